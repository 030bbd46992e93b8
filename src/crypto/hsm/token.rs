//! Loaded modules and logged-in tokens, one of each per process, with a pool of sessions.
//!
//! A PKCS#11 module is a shared library with global state: loading it twice yields the same
//! instance, and the login state of a token is shared by every session of the process. So the
//! process keeps one context per module path and one [`TokenInner`] per token, and everything
//! that uses a token goes through them.

use super::error::{HsmError, classify};
use crate::crypto::secret::SecretString;
use cryptoki::context::{CInitializeArgs, CInitializeFlags, Pkcs11};
use cryptoki::error::{Error as CkError, RvError};
use cryptoki::object::ObjectHandle;
use cryptoki::session::{Session, SessionState, UserType};
use cryptoki::slot::Slot;
use cryptoki::types::AuthPin;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex, MutexGuard};
use subtle::ConstantTimeEq;

/// Where a token is: the PKCS#11 module that drives it and the token's label.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TokenLocation {
    /// The path of the PKCS#11 module (for SoftHSM2, `libsofthsm2.so`).
    pub module: PathBuf,
    /// The token label, as `C_GetTokenInfo` reports it (without padding).
    pub label: String,
}

impl TokenLocation {
    /// The default token named by `LKMS_PKCS11_MODULE` (the module's path) and
    /// `LKMS_PKCS11_TOKEN_LABEL`, when both are set and not empty.
    pub fn from_env() -> Option<Self> {
        let module = std::env::var_os("LKMS_PKCS11_MODULE").filter(|m| !m.is_empty())?;
        let label = std::env::var("LKMS_PKCS11_TOKEN_LABEL")
            .ok()
            .filter(|l| !l.is_empty())?;
        Some(Self {
            module: PathBuf::from(module),
            label,
        })
    }
}

/// Idle sessions kept open per token for reuse; more are opened on demand and closed after.
const MAX_IDLE_SESSIONS: usize = 8;

static MODULES: LazyLock<Mutex<HashMap<PathBuf, Pkcs11>>> = LazyLock::new(Default::default);
static TOKENS: LazyLock<Mutex<HashMap<TokenLocation, Arc<TokenInner>>>> =
    LazyLock::new(Default::default);

/// Locks a mutex, carrying on after a panic elsewhere (the guarded state stays consistent:
/// every update is a single assignment).
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The initialised context of the module at `path`, loading it on first use.
fn module(path: &Path) -> Result<Pkcs11, HsmError> {
    let mut modules = lock(&MODULES);
    if let Some(ctx) = modules.get(path) {
        return Ok(ctx.clone());
    }
    let shown = path.display();
    let ctx = Pkcs11::new(path).map_err(|e| {
        HsmError::ClusterNotFound(format!("cannot load the PKCS#11 module {shown}: {e}"))
    })?;
    match ctx.initialize(CInitializeArgs::new(CInitializeFlags::OS_LOCKING_OK)) {
        Ok(()) | Err(CkError::Pkcs11(RvError::CryptokiAlreadyInitialized, _)) => {}
        Err(e) => {
            return Err(HsmError::ClusterNotFound(format!(
                "the PKCS#11 module {shown} did not initialise: {e}"
            )));
        }
    }
    modules.insert(path.to_path_buf(), ctx.clone());
    Ok(ctx)
}

/// The slot holding the token labelled as `location` says, checked ready for a user login.
fn find_slot(ctx: &Pkcs11, location: &TokenLocation) -> Result<Slot, HsmError> {
    let slots = ctx.get_slots_with_token().map_err(|e| classify(e, false))?;
    for slot in slots {
        let Ok(info) = ctx.get_token_info(slot) else {
            continue;
        };
        if info.label() != location.label {
            continue;
        }
        if info.user_pin_locked() {
            return Err(HsmError::UserLockedOut);
        }
        if !info.user_pin_initialized() {
            return Err(HsmError::UserNotFound);
        }
        return Ok(slot);
    }
    Err(HsmError::ClusterNotFound(format!(
        "no token labelled {} in {}",
        location.label,
        location.module.display()
    )))
}

/// The serial number of the token at `location`, found without logging in.
pub(super) fn serial(location: &TokenLocation) -> Result<String, HsmError> {
    let ctx = module(&location.module)?;
    let slots = ctx.get_slots_with_token().map_err(|e| classify(e, false))?;
    slots
        .into_iter()
        .filter_map(|slot| ctx.get_token_info(slot).ok())
        .find(|info| info.label() == location.label)
        .map(|info| info.serial_number().to_string())
        .ok_or_else(|| {
            HsmError::ClusterNotFound(format!(
                "no token labelled {} in {}",
                location.label,
                location.module.display()
            ))
        })
}

/// The sessions and login of one token.
#[derive(Default)]
struct State {
    slot: Option<Slot>,
    /// A session held open while connected: a token logs the process out when its last
    /// session closes.
    anchor: Option<Session>,
    idle: Vec<Session>,
    /// The PIN that logged in, kept to log in again after the token comes back.
    pin: Option<SecretString>,
}

/// One token as this process uses it.
pub(super) struct TokenInner {
    ctx: Pkcs11,
    location: TokenLocation,
    state: Mutex<State>,
    /// Key object handles by label; handles stay valid across sessions until the object or
    /// the login goes away.
    handles: Mutex<HashMap<String, ObjectHandle>>,
}

impl TokenInner {
    /// Connects the process's instance of the token at `location`, logging in with `pin`.
    pub(super) fn connect(location: &TokenLocation, pin: &str) -> Result<Arc<Self>, HsmError> {
        let ctx = module(&location.module)?;
        let inner = lock(&TOKENS)
            .entry(location.clone())
            .or_insert_with(|| {
                Arc::new(Self {
                    ctx,
                    location: location.clone(),
                    state: Mutex::default(),
                    handles: Mutex::default(),
                })
            })
            .clone();
        inner.log_in(pin)?;
        // A connection kept from earlier may have outlived its token: prove it answers.
        inner.run(|session| {
            let info = session.get_session_info().map_err(|e| classify(e, false))?;
            if info.session_state() == SessionState::RwUser {
                Ok(())
            } else {
                Err(HsmError::TokenGone("the token logged the user out".into()))
            }
        })?;
        Ok(inner)
    }

    pub(super) fn location(&self) -> &TokenLocation {
        &self.location
    }

    fn log_in(&self, pin: &str) -> Result<(), HsmError> {
        let mut st = lock(&self.state);
        if st.anchor.is_none() {
            return self.open_logged_in(&mut st, pin);
        }
        if let Some(current) = &st.pin
            && bool::from(current.expose().as_bytes().ct_eq(pin.as_bytes()))
        {
            return Ok(());
        }
        // Logged in with another PIN: only the token can say whether this one is right.
        let previous = st.pin.take();
        self.reset(&mut st);
        let result = self.open_logged_in(&mut st, pin);
        if result.is_err()
            && let Some(previous) = previous
        {
            // Leave the earlier connection as it was; if that fails too, it reconnects later.
            let _ = self.open_logged_in(&mut st, previous.expose());
        }
        result
    }

    /// Finds the token, opens the anchor session and logs the user in.
    fn open_logged_in(&self, st: &mut State, pin: &str) -> Result<(), HsmError> {
        let slot = find_slot(&self.ctx, &self.location)?;
        let session = self
            .ctx
            .open_rw_session(slot)
            .map_err(|e| classify(e, false))?;
        let auth = AuthPin::from(pin);
        match session.login(UserType::User, Some(&auth)) {
            Ok(()) => {}
            Err(CkError::Pkcs11(RvError::UserAlreadyLoggedIn, _)) => {
                // Logged in through a connection this process no longer tracks, so the PIN
                // has not been checked: log out and let the token check it.
                session.logout().map_err(|e| classify(e, false))?;
                session
                    .login(UserType::User, Some(&auth))
                    .map_err(|e| classify(e, false))?;
            }
            Err(e) => return Err(classify(e, false)),
        }
        st.slot = Some(slot);
        st.anchor = Some(session);
        st.pin = Some(SecretString::new(pin.to_string()));
        lock(&self.handles).clear();
        Ok(())
    }

    /// Logs out and closes every session, keeping the PIN for a later reconnection.
    fn reset(&self, st: &mut State) {
        if let Some(anchor) = &st.anchor {
            let _ = anchor.logout();
        }
        st.idle.clear();
        st.anchor = None;
        st.slot = None;
        lock(&self.handles).clear();
    }

    /// Logs out, closes every session and forgets the PIN.
    pub(super) fn disconnect(self: &Arc<Self>) {
        let mut st = lock(&self.state);
        self.reset(&mut st);
        st.pin = None;
        drop(st);
        let mut tokens = lock(&TOKENS);
        if tokens
            .get(&self.location)
            .is_some_and(|t| Arc::ptr_eq(t, self))
        {
            tokens.remove(&self.location);
        }
    }

    /// Disconnects the process's connection to the token at `location`, if it has one.
    pub(super) fn disconnect_at(location: &TokenLocation) {
        let existing = lock(&TOKENS).get(location).cloned();
        if let Some(inner) = existing {
            inner.disconnect();
        }
    }

    /// A logged-in session: an idle one, or a new one (reconnecting first if the token went
    /// away and came back).
    fn checkout(&self) -> Result<Session, HsmError> {
        let mut st = lock(&self.state);
        if st.anchor.is_none() {
            let pin = st.pin.clone().ok_or(HsmError::Disconnected)?;
            self.open_logged_in(&mut st, pin.expose())?;
        }
        if let Some(session) = st.idle.pop() {
            return Ok(session);
        }
        let slot = st.slot.ok_or(HsmError::Disconnected)?;
        self.ctx
            .open_rw_session(slot)
            .map_err(|e| classify(e, false))
    }

    fn checkin(&self, session: Session) {
        let mut st = lock(&self.state);
        if st.anchor.is_some() && st.idle.len() < MAX_IDLE_SESSIONS {
            st.idle.push(session);
        }
    }

    /// Runs `op` on a pooled session. When the token's sessions are found dead, everything is
    /// reset and `op` runs once more on a fresh login, so a token that was replaced keeps
    /// working and one that is gone fails at once.
    pub(super) fn run<T>(
        &self,
        op: impl Fn(&Session) -> Result<T, HsmError>,
    ) -> Result<T, HsmError> {
        let mut last = None;
        for _ in 0..2 {
            let result = self.checkout().and_then(|session| {
                let result = op(&session);
                if result.as_ref().is_err_and(HsmError::sessions_lost) {
                    drop(session);
                } else {
                    self.checkin(session);
                }
                result
            });
            match result {
                Err(e) if e.sessions_lost() => {
                    let mut st = lock(&self.state);
                    self.reset(&mut st);
                    last = Some(e);
                }
                other => return other,
            }
        }
        Err(last.unwrap_or(HsmError::Disconnected))
    }

    /// The cached handle of the key labelled `label`, if any.
    pub(super) fn cached_handle(&self, label: &str) -> Option<ObjectHandle> {
        lock(&self.handles).get(label).copied()
    }

    pub(super) fn remember_handle(&self, label: &str, handle: ObjectHandle) {
        lock(&self.handles).insert(label.to_string(), handle);
    }

    pub(super) fn forget_handle(&self, label: &str) {
        lock(&self.handles).remove(label);
    }
}

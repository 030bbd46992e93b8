//! Finding (or, for a new keystore, creating) the 256-bit root key.
//!
//! First found wins: `LKMS_ROOT_KEY` (base64 of 32 bytes); an entry in the OS keyring (Secret
//! Service, Keychain, Credential Manager); a 0600 root-key file in the platform config
//! directory, outside any keystore. A new root key goes to the keyring when one is reachable,
//! otherwise to the file, with a one-line notice on stderr.

use super::error::{StoreError, StoreResult};
use super::{fsutil, rootcache};
use crate::crypto::secret::{Key256, SecretString};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use std::io::{Read, Write};
use std::path::PathBuf;
use zeroize::Zeroizing;

/// The keyring service name lkms stores its root key under.
pub const KEYRING_SERVICE: &str = "lkms";
/// The default keyring account (user) name; `LKMS_KEYRING_USER` overrides it.
pub const KEYRING_DEFAULT_USER: &str = "root-key";

/// Where the root key came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RootKeySource {
    /// The `LKMS_ROOT_KEY` environment variable.
    Environment,
    /// The OS keyring, under service `lkms` and this user name.
    Keyring(String),
    /// The OS keyring's root key, read from the kernel-keyring cache.
    KeyringCache(String),
    /// The root-key file at this path.
    File(PathBuf),
}

impl std::fmt::Display for RootKeySource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Environment => f.write_str("environment variable LKMS_ROOT_KEY"),
            Self::Keyring(user) => write!(f, "OS keyring (service {KEYRING_SERVICE}, user {user})"),
            Self::KeyringCache(user) => write!(
                f,
                "OS keyring (service {KEYRING_SERVICE}, user {user}), cached in the kernel keyring"
            ),
            Self::File(p) => write!(f, "root-key file {}", p.display()),
        }
    }
}

/// Settings that decide where the root key is looked for, read from the environment once.
#[derive(Debug, Clone)]
pub struct RootKeyConfig {
    /// The value of `LKMS_ROOT_KEY`, if set.
    pub env_value: Option<SecretString>,
    /// False when `LKMS_NO_KEYRING` is set: the keyring is neither read nor written.
    pub use_keyring: bool,
    /// The keyring user name.
    pub keyring_user: String,
    /// Seconds a keyring root key is cached in the kernel keyring (0: no cache).
    pub cache_seconds: u32,
    /// The root-key file path (`LKMS_ROOT_KEY_FILE`, else `<config dir>/root-key`).
    pub file: PathBuf,
}

impl RootKeyConfig {
    /// Reads the settings from the process environment.
    pub fn from_env() -> Self {
        let file = std::env::var_os("LKMS_ROOT_KEY_FILE")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(|| {
                directories::ProjectDirs::from("", "", "lkms")
                    .map(|d| d.config_dir().join("root-key"))
            })
            .unwrap_or_else(|| PathBuf::from(".lkms-root-key"));
        Self {
            env_value: std::env::var("LKMS_ROOT_KEY").ok().map(SecretString::new),
            use_keyring: std::env::var_os("LKMS_NO_KEYRING").is_none_or(|v| v.is_empty()),
            keyring_user: std::env::var("LKMS_KEYRING_USER")
                .ok()
                .filter(|v| !v.is_empty())
                .unwrap_or_else(|| KEYRING_DEFAULT_USER.to_string()),
            cache_seconds: rootcache::ttl_from_env(),
            file,
        }
    }
}

fn decode_key(text: &str, source: &RootKeySource) -> StoreResult<Key256> {
    if let (RootKeySource::File(path), true) = (source, text.trim().is_empty()) {
        return Err(StoreError::Config(format!(
            "the root-key file {} is empty. lkms never leaves it so, but an older lkms could when \
             interrupted on first use. If no keystore was ever opened with it, delete it and \
             run again; otherwise restore it from a backup. lkms will not replace it: every key \
             sealed under the lost root key would be orphaned.",
            path.display()
        )));
    }
    let bytes = Zeroizing::new(B64.decode(text.trim().as_bytes()).map_err(|_| {
        StoreError::Config(format!("the root key in the {source} is not valid base64"))
    })?);
    Key256::from_slice(&bytes).ok_or_else(|| {
        StoreError::Config(format!(
            "the root key in the {source} must be 32 bytes (base64 of 32 bytes), not {} bytes",
            bytes.len()
        ))
    })
}

/// The outcome of asking the keyring.
enum KeyringLookup {
    Found(Zeroizing<String>),
    Empty(keyring::Entry),
    Unreachable,
}

fn cached(cfg: &RootKeyConfig) -> Option<Zeroizing<String>> {
    if !cfg.use_keyring || cfg.cache_seconds == 0 {
        return None;
    }
    let bytes = rootcache::get(&cfg.keyring_user)?;
    String::from_utf8(bytes.to_vec()).ok().map(Zeroizing::new)
}

fn remember(cfg: &RootKeyConfig, text: &str) {
    rootcache::put(&cfg.keyring_user, text.as_bytes(), cfg.cache_seconds);
}

fn keyring_lookup(cfg: &RootKeyConfig) -> KeyringLookup {
    if !cfg.use_keyring {
        return KeyringLookup::Unreachable;
    }
    let Ok(entry) = keyring::Entry::new(KEYRING_SERVICE, &cfg.keyring_user) else {
        return KeyringLookup::Unreachable;
    };
    match entry.get_password() {
        Ok(text) => KeyringLookup::Found(Zeroizing::new(text)),
        Err(keyring::Error::NoEntry) => KeyringLookup::Empty(entry),
        Err(_) => KeyringLookup::Unreachable,
    }
}

fn read_file(path: &PathBuf) -> StoreResult<Option<Zeroizing<String>>> {
    match std::fs::File::open(path) {
        Ok(mut f) => {
            let mut text = Zeroizing::new(String::new());
            f.read_to_string(&mut text).map_err(|e| {
                StoreError::Config(format!("cannot read root-key file {}: {e}", path.display()))
            })?;
            Ok(Some(text))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(StoreError::Config(format!(
            "cannot read root-key file {}: {e}",
            path.display()
        ))),
    }
}

/// Finds an existing root key.
pub fn find(cfg: &RootKeyConfig) -> StoreResult<Option<(Key256, RootKeySource)>> {
    if let Some(v) = &cfg.env_value {
        let src = RootKeySource::Environment;
        return Ok(Some((decode_key(v.expose(), &src)?, src)));
    }
    if let Some(text) = cached(cfg) {
        let src = RootKeySource::KeyringCache(cfg.keyring_user.clone());
        if let Ok(key) = decode_key(&text, &src) {
            return Ok(Some((key, src)));
        }
        rootcache::forget(&cfg.keyring_user);
    }
    if let KeyringLookup::Found(text) = keyring_lookup(cfg) {
        let src = RootKeySource::Keyring(cfg.keyring_user.clone());
        let key = decode_key(&text, &src)?;
        remember(cfg, &text);
        return Ok(Some((key, src)));
    }
    if let Some(text) = read_file(&cfg.file)? {
        let src = RootKeySource::File(cfg.file.clone());
        return Ok(Some((decode_key(&text, &src)?, src)));
    }
    Ok(None)
}

/// Finds the root key, or creates one (in the keyring if reachable, else in the file).
pub fn find_or_create(cfg: &RootKeyConfig) -> StoreResult<(Key256, RootKeySource)> {
    if let Some(v) = &cfg.env_value {
        let src = RootKeySource::Environment;
        return Ok((decode_key(v.expose(), &src)?, src));
    }
    match keyring_lookup(cfg) {
        KeyringLookup::Found(text) => {
            let src = RootKeySource::Keyring(cfg.keyring_user.clone());
            let key = decode_key(&text, &src)?;
            remember(cfg, &text);
            return Ok((key, src));
        }
        KeyringLookup::Empty(entry) => {
            if let Some(text) = read_file(&cfg.file)? {
                let src = RootKeySource::File(cfg.file.clone());
                return Ok((decode_key(&text, &src)?, src));
            }
            let key = Key256::generate();
            let text = Zeroizing::new(B64.encode(key.expose()));
            if entry.set_password(&text).is_ok() {
                remember(cfg, &text);
                return Ok((key, RootKeySource::Keyring(cfg.keyring_user.clone())));
            }
        }
        KeyringLookup::Unreachable => {}
    }
    if let Some(text) = read_file(&cfg.file)? {
        let src = RootKeySource::File(cfg.file.clone());
        return Ok((decode_key(&text, &src)?, src));
    }
    create_file(cfg)
}

/// Creates the root-key file so that it appears whole or not at all: the key goes to a private
/// temp file in the same directory, which is synced and then hard-linked to the final name. The
/// link fails if another process got there first; then its key is the one.
fn create_file(cfg: &RootKeyConfig) -> StoreResult<(Key256, RootKeySource)> {
    let path = &cfg.file;
    let fail = |e: std::io::Error| {
        StoreError::Config(format!(
            "cannot create root-key file {}: {e}",
            path.display()
        ))
    };
    let dir = path.parent().unwrap_or(std::path::Path::new("."));
    fsutil::private_dir_all(dir).map_err(fail)?;
    let key = Key256::generate();
    let text = Zeroizing::new(format!("{}\n", B64.encode(key.expose())));
    let tmp = fsutil::temp_name(path);
    let written = (|| {
        let mut f = fsutil::create_private(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        std::fs::hard_link(&tmp, path)
    })();
    let _ = std::fs::remove_file(&tmp);
    match written {
        Ok(()) => {
            fsutil::sync_dir(dir).map_err(fail)?;
            eprintln!(
                "lkms: no OS keyring reachable; created root-key file {} (mode 0600)",
                path.display()
            );
            Ok((key, RootKeySource::File(path.clone())))
        }
        // Another process created it first: use theirs.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let text = read_file(path)?.unwrap_or_default();
            let src = RootKeySource::File(path.clone());
            Ok((decode_key(&text, &src)?, src))
        }
        Err(e) => Err(fail(e)),
    }
}

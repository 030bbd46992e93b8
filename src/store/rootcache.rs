//! A short-lived cache of a keyring-held root key in the Linux kernel keyring.
//!
//! Asking the Secret Service over D-Bus costs about ten times what the rest of a call does, so
//! after one lookup the root key is kept in the kernel's per-user keyring (memory only, never a
//! file) for `LKMS_ROOT_KEY_CACHE_SECONDS` (default 600; 0 turns the cache off). Only processes
//! of the same user can read it, the same boundary an unlocked Secret Service has.

use crate::crypto::secret::Secret;
use zeroize::Zeroizing;

/// How long a cached root key lives, from `LKMS_ROOT_KEY_CACHE_SECONDS`.
pub fn ttl_from_env() -> u32 {
    std::env::var("LKMS_ROOT_KEY_CACHE_SECONDS")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(600)
}

#[cfg(target_os = "linux")]
mod imp {
    use super::{Secret, Zeroizing};
    use linux_keyutils::{KeyPermissionsBuilder, KeyRing, KeyRingIdentifier, Permission};

    fn description(user: &str) -> String {
        format!("lkms:root-key:{user}")
    }

    fn ring() -> Option<KeyRing> {
        KeyRing::from_special_id(KeyRingIdentifier::User, false).ok()
    }

    pub fn get(user: &str) -> Option<Secret> {
        let key = ring()?.search(&description(user)).ok()?;
        let mut buf = Zeroizing::new(vec![0u8; 128]);
        let n = key.read(&mut *buf).ok()?;
        buf.truncate(n);
        Some(buf.into())
    }

    pub fn put(user: &str, secret: &[u8], ttl: u32) {
        let Some(ring) = ring() else { return };
        let Ok(key) = ring.add_key(&description(user), secret) else {
            return;
        };
        let perms = KeyPermissionsBuilder::builder()
            .posessor(Permission::ALL)
            .user(Permission::VIEW | Permission::READ | Permission::SEARCH)
            .build();
        let _ = key.set_perms(perms);
        if key.set_timeout(ttl as usize).is_err() {
            // A cache entry that cannot expire is not kept.
            let _ = key.invalidate();
        }
    }

    pub fn forget(user: &str) {
        if let Some(key) = ring().and_then(|r| r.search(&description(user)).ok()) {
            let _ = key.invalidate();
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod imp {
    use super::{Secret, Zeroizing};

    pub fn get(_user: &str) -> Option<Secret> {
        None
    }

    pub fn put(_user: &str, _secret: &[u8], _ttl: u32) {}

    pub fn forget(_user: &str) {}
}

/// The cached root key (base64 text) for keyring user `user`, if any.
pub fn get(user: &str) -> Option<Secret> {
    imp::get(user)
}

/// Caches the root key (base64 text) for `ttl` seconds; does nothing when `ttl` is 0.
pub fn put(user: &str, secret: &[u8], ttl: u32) {
    if ttl > 0 {
        imp::put(user, secret, ttl);
    }
}

/// Drops a cached root key (used when it no longer opens the keystore).
pub fn forget(user: &str) {
    imp::forget(user);
}

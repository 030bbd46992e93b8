//! Sub-keys derived from the root key, and HMAC-SHA-256 document tags.

use super::secret::Key256;
use hkdf::Hkdf;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

/// Derives a purpose-specific 256-bit key from `root` (HKDF-SHA-256, `info` names the purpose).
pub fn subkey(root: &Key256, info: &str) -> Key256 {
    let [key] = subkeys(root, [info]);
    key
}

/// [`subkey`] for several purposes at once, with one HKDF extract (each expand is the same).
pub fn subkeys<const N: usize>(root: &Key256, infos: [&str; N]) -> [Key256; N] {
    let hk = Hkdf::<Sha256>::new(Some(b"lkms keystore v1"), root.expose());
    infos.map(|info| {
        let mut out = [0u8; 32];
        // 32 bytes is far below HKDF-SHA-256's 8160-byte output limit, so expand cannot fail.
        let _ = hk.expand(info.as_bytes(), &mut out);
        let key = Key256::from_bytes(out);
        zeroize::Zeroize::zeroize(&mut out);
        key
    })
}

fn hmac(key: &Key256, parts: &[&[u8]]) -> Hmac<Sha256> {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key.expose())
        .unwrap_or_else(|_| unreachable!("HMAC accepts keys of any length"));
    for p in parts {
        mac.update(&(p.len() as u64).to_be_bytes());
        mac.update(p);
    }
    mac
}

/// HMAC-SHA-256 over length-prefixed `parts` (so part boundaries are unambiguous).
pub fn tag(key: &Key256, parts: &[&[u8]]) -> [u8; 32] {
    hmac(key, parts).finalize().into_bytes().into()
}

/// Checks a tag made by [`tag`] in constant time.
pub fn verify(key: &Key256, parts: &[&[u8]], expected: &[u8]) -> bool {
    hmac(key, parts).verify_slice(expected).is_ok()
}

//! AES-256-GCM with a random 96-bit nonce: `nonce ‖ ciphertext ‖ tag`.

use super::random;
use super::secret::Key256;
use super::secret::Secret;
use aes_gcm::aead::{Aead, AeadInOut, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use zeroize::Zeroize;

/// Length of the nonce that starts every sealed value.
pub const NONCE_LEN: usize = 12;
/// Length of the GCM tag that ends every sealed value.
pub const TAG_LEN: usize = 16;

fn cipher(key: &Key256) -> Aes256Gcm {
    Aes256Gcm::new(key.expose().into())
}

/// Encrypts `plaintext` bound to `aad`; returns `nonce ‖ ciphertext ‖ tag`.
pub fn seal(key: &Key256, aad: &[u8], plaintext: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    seal_into(&mut out, key, aad, plaintext);
    out
}

/// [`seal`], appended to `out` (a ciphertext blob's header): the plaintext is copied once,
/// into its place at the end of `out`, and encrypted there.
pub fn seal_into(out: &mut Vec<u8>, key: &Key256, aad: &[u8], plaintext: &[u8]) {
    let mut nonce = [0u8; NONCE_LEN];
    random::fill_nonce(&mut nonce);
    out.reserve(NONCE_LEN + plaintext.len() + TAG_LEN);
    out.extend_from_slice(&nonce);
    let start = out.len();
    out.extend_from_slice(plaintext);
    let sealed =
        cipher(key).encrypt_inout_detached(&Nonce::from(nonce), aad, (&mut out[start..]).into());
    match sealed {
        Ok(tag) => out.extend_from_slice(&tag),
        // Encryption only fails for inputs beyond GCM's limits (~64 GiB), far over any KMS
        // limit; the plaintext copy is wiped and nothing of it returned.
        Err(_) => {
            out[start..].zeroize();
            out.truncate(start);
        }
    }
}

/// Decrypts a value made by [`seal`]; `None` if it was altered or `aad` differs.
pub fn open(key: &Key256, aad: &[u8], sealed: &[u8]) -> Option<Secret> {
    if sealed.len() < NONCE_LEN + TAG_LEN {
        return None;
    }
    let (nonce, body) = sealed.split_at(NONCE_LEN);
    let nonce: [u8; NONCE_LEN] = nonce.try_into().ok()?;
    cipher(key)
        .decrypt(&Nonce::from(nonce), Payload { msg: body, aad })
        .ok()
        .map(Secret::new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_after_a_header_opens_and_refuses_any_change() {
        let key = Key256::from_bytes([7u8; 32]);
        let mut blob = b"header".to_vec();
        seal_into(&mut blob, &key, b"aad", b"secret words");
        assert_eq!(blob.len(), 6 + NONCE_LEN + 12 + TAG_LEN);
        assert!(!blob.windows(6).any(|w| w == b"secret"));
        let sealed = &blob[6..];
        assert_eq!(
            open(&key, b"aad", sealed).unwrap().expose(),
            b"secret words"
        );
        assert!(open(&key, b"other", sealed).is_none());
        for i in 0..sealed.len() {
            let mut bad = sealed.to_vec();
            bad[i] ^= 1;
            assert!(open(&key, b"aad", &bad).is_none(), "byte {i}");
        }
        let alone = seal(&key, b"", b"");
        assert_eq!(open(&key, b"", &alone).unwrap().expose(), b"");
    }
}

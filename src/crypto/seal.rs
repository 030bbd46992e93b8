//! AES-256-GCM with a random 96-bit nonce: `nonce ‖ ciphertext ‖ tag`.

use super::random;
use super::secret::Key256;
use super::secret::Secret;
use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};

/// Length of the nonce that starts every sealed value.
pub const NONCE_LEN: usize = 12;
/// Length of the GCM tag that ends every sealed value.
pub const TAG_LEN: usize = 16;

fn cipher(key: &Key256) -> Aes256Gcm {
    Aes256Gcm::new(key.expose().into())
}

/// Encrypts `plaintext` bound to `aad`; returns `nonce ‖ ciphertext ‖ tag`.
pub fn seal(key: &Key256, aad: &[u8], plaintext: &[u8]) -> Vec<u8> {
    let mut nonce = [0u8; NONCE_LEN];
    random::fill(&mut nonce);
    let mut out = nonce.to_vec();
    let body = cipher(key)
        .encrypt(
            &Nonce::from(nonce),
            Payload {
                msg: plaintext,
                aad,
            },
        )
        // Encryption only fails for inputs beyond GCM's limits (~64 GiB), far over any KMS limit.
        .unwrap_or_default();
    out.extend_from_slice(&body);
    out
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

//! Ed25519 keys: EdDSA signatures, pure (over the message) or pre-hashed with SHA-512
//! (Ed25519ph). Private keys travel (sealed) as PKCS#8 DER, public keys as DER SPKI.

use super::random;
use super::secret::Secret;
use ed25519_dalek::pkcs8::{DecodePrivateKey, EncodePublicKey};
use ed25519_dalek::{Signature, SigningKey};
use sha2::{Digest, Sha512};
use zeroize::Zeroizing;

/// The stored key does not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadKey;

fn key(pkcs8: &[u8]) -> Result<SigningKey, BadKey> {
    SigningKey::from_pkcs8_der(pkcs8).map_err(|_| BadKey)
}

/// The fixed RFC 8410 PKCS#8 (version 1) prefix of an Ed25519 private key; the 32-byte seed
/// follows. Written by hand because the crate emits version 2 (with the public key), which
/// OpenSSL 3.0 cannot read.
const PKCS8_V1_PREFIX: [u8; 16] = [
    0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
];

/// A new private key, as PKCS#8 DER.
pub fn generate() -> Secret {
    let mut der = Zeroizing::new(Vec::with_capacity(48));
    der.extend_from_slice(&PKCS8_V1_PREFIX);
    let mut seed = Zeroizing::new([0u8; 32]);
    random::fill(seed.as_mut());
    der.extend_from_slice(seed.as_ref());
    der.into()
}

/// The DER SubjectPublicKeyInfo of a PKCS#8 private key.
pub fn public_key_der(pkcs8: &[u8]) -> Result<Vec<u8>, BadKey> {
    key(pkcs8)?
        .verifying_key()
        .to_public_key_der()
        .map(|d| d.as_bytes().to_vec())
        .map_err(|_| BadKey)
}

/// How the message is signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Pure Ed25519 over the message.
    Pure,
    /// Ed25519ph: lkms hashes the message with SHA-512.
    Prehash,
    /// Ed25519ph over a SHA-512 digest computed by the caller (64 bytes).
    Digest,
}

/// A "hash" whose output is a SHA-512 digest the caller already computed.
#[derive(Clone)]
struct Given([u8; 64]);

impl Default for Given {
    fn default() -> Self {
        Self([0; 64])
    }
}

impl sha2::digest::HashMarker for Given {}

impl sha2::digest::OutputSizeUser for Given {
    type OutputSize = sha2::digest::consts::U64;
}

impl sha2::digest::Update for Given {
    fn update(&mut self, _data: &[u8]) {}
}

impl sha2::digest::FixedOutput for Given {
    fn finalize_into(self, out: &mut sha2::digest::Output<Self>) {
        out.copy_from_slice(&self.0);
    }
}

fn given(digest: &[u8]) -> Result<Given, BadKey> {
    <[u8; 64]>::try_from(digest).map(Given).map_err(|_| BadKey)
}

/// Signs `message` as `mode` says.
pub fn sign(pkcs8: &[u8], message: &[u8], mode: Mode) -> Result<Vec<u8>, BadKey> {
    use ed25519_dalek::Signer;
    let sk = key(pkcs8)?;
    let sig = match mode {
        Mode::Pure => sk.sign(message),
        Mode::Prehash => sk
            .sign_prehashed(Sha512::new_with_prefix(message), None)
            .map_err(|_| BadKey)?,
        Mode::Digest => sk
            .sign_prehashed(given(message)?, None)
            .map_err(|_| BadKey)?,
    };
    Ok(sig.to_bytes().to_vec())
}

/// Checks a signature made by [`sign`].
pub fn verify(pkcs8: &[u8], message: &[u8], mode: Mode, signature: &[u8]) -> Result<bool, BadKey> {
    let vk = key(pkcs8)?.verifying_key();
    let Ok(sig) = Signature::from_slice(signature) else {
        return Ok(false);
    };
    Ok(match mode {
        Mode::Pure => vk.verify_strict(message, &sig).is_ok(),
        Mode::Prehash => vk
            .verify_prehashed_strict(Sha512::new_with_prefix(message), None, &sig)
            .is_ok(),
        Mode::Digest => vk
            .verify_prehashed_strict(given(message)?, None, &sig)
            .is_ok(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pure_and_prehashed() {
        let k = generate();
        assert_eq!(public_key_der(&k).unwrap().len(), 44);
        for mode in [Mode::Pure, Mode::Prehash] {
            let sig = sign(&k, b"msg", mode).unwrap();
            assert_eq!(sig.len(), 64);
            assert!(verify(&k, b"msg", mode, &sig).unwrap());
            assert!(!verify(&k, b"msh", mode, &sig).unwrap());
        }
        // Ed25519ph over a digest computed outside equals Ed25519ph over the message.
        let digest = Sha512::digest(b"msg");
        let sig = sign(&k, &digest, Mode::Digest).unwrap();
        assert!(verify(&k, b"msg", Mode::Prehash, &sig).unwrap());
        assert!(!verify(&k, b"msg", Mode::Pure, &sig).unwrap());
    }
}

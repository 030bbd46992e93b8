//! Ed25519 keys: EdDSA signatures, pure (over the message) or pre-hashed with SHA-512
//! (Ed25519ph). Private keys travel (sealed) as PKCS#8 DER, public keys as DER SPKI.

use super::random;
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
pub fn generate() -> Zeroizing<Vec<u8>> {
    let mut der = Zeroizing::new(Vec::with_capacity(48));
    der.extend_from_slice(&PKCS8_V1_PREFIX);
    let mut seed = Zeroizing::new([0u8; 32]);
    random::fill(seed.as_mut());
    der.extend_from_slice(seed.as_ref());
    der
}

/// The DER SubjectPublicKeyInfo of a PKCS#8 private key.
pub fn public_key_der(pkcs8: &[u8]) -> Result<Vec<u8>, BadKey> {
    key(pkcs8)?
        .verifying_key()
        .to_public_key_der()
        .map(|d| d.as_bytes().to_vec())
        .map_err(|_| BadKey)
}

/// Signs `message` (pure Ed25519), or its SHA-512 pre-hash when `prehash` is set (Ed25519ph).
pub fn sign(pkcs8: &[u8], message: &[u8], prehash: bool) -> Result<Vec<u8>, BadKey> {
    use ed25519_dalek::Signer;
    let sk = key(pkcs8)?;
    let sig = if prehash {
        sk.sign_prehashed(Sha512::new_with_prefix(message), None)
            .map_err(|_| BadKey)?
    } else {
        sk.sign(message)
    };
    Ok(sig.to_bytes().to_vec())
}

/// Checks a signature made by [`sign`].
pub fn verify(
    pkcs8: &[u8],
    message: &[u8],
    prehash: bool,
    signature: &[u8],
) -> Result<bool, BadKey> {
    let vk = key(pkcs8)?.verifying_key();
    let Ok(sig) = Signature::from_slice(signature) else {
        return Ok(false);
    };
    Ok(if prehash {
        vk.verify_prehashed_strict(Sha512::new_with_prefix(message), None, &sig)
            .is_ok()
    } else {
        vk.verify_strict(message, &sig).is_ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pure_and_prehashed() {
        let k = generate();
        assert_eq!(public_key_der(&k).unwrap().len(), 44);
        for ph in [false, true] {
            let sig = sign(&k, b"msg", ph).unwrap();
            assert_eq!(sig.len(), 64);
            assert!(verify(&k, b"msg", ph, &sig).unwrap());
            assert!(!verify(&k, b"msh", ph, &sig).unwrap());
            assert!(!verify(&k, b"msg", !ph, &sig).unwrap());
        }
    }
}

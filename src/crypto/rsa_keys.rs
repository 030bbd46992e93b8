//! RSA keys: PKCS#1 v1.5 and PSS signatures over a digest, OAEP encryption with SHA-1 or
//! SHA-256. Private keys travel (sealed) as PKCS#8 DER, public keys as DER SPKI.

use super::secret::Secret;
use rand_core::UnwrapErr;
use rsa::pkcs8::{DecodePrivateKey, EncodePrivateKey, EncodePublicKey};
use rsa::signature::SignatureEncoding;
use rsa::signature::hazmat::{PrehashSigner, PrehashVerifier, RandomizedPrehashSigner};
use rsa::traits::{RandomizedDecryptor, RandomizedEncryptor};
use rsa::{RsaPrivateKey, RsaPublicKey};

/// The hash of a signature or OAEP scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hash {
    /// SHA-1 (OAEP only).
    Sha1,
    /// SHA-256.
    Sha256,
    /// SHA-384.
    Sha384,
    /// SHA-512.
    Sha512,
}

/// The signature padding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Padding {
    /// RSASSA-PKCS1-v1_5.
    Pkcs1v15,
    /// RSASSA-PSS with a salt as long as the digest.
    Pss,
}

/// Why an RSA operation failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RsaError {
    /// The stored private key does not parse.
    BadPrivateKey,
    /// Signing or encryption failed (wrong digest length, message too long).
    Failed,
    /// The ciphertext does not decrypt.
    BadCiphertext,
}

fn rng() -> UnwrapErr<getrandom::SysRng> {
    UnwrapErr(getrandom::SysRng)
}

fn private(pkcs8: &[u8]) -> Result<RsaPrivateKey, RsaError> {
    RsaPrivateKey::from_pkcs8_der(pkcs8).map_err(|_| RsaError::BadPrivateKey)
}

/// A new private key of `bits` bits, as PKCS#8 DER.
pub fn generate(bits: usize) -> Result<Secret, RsaError> {
    let key = RsaPrivateKey::new(&mut rng(), bits).map_err(|_| RsaError::Failed)?;
    let der = key.to_pkcs8_der().map_err(|_| RsaError::Failed)?;
    Ok(Secret::new(der.as_bytes().to_vec()))
}

/// An imported PKCS#8 private key re-encoded the way lkms stores keys, if it is a valid RSA key
/// of `bits` bits.
pub fn normalize(pkcs8: &[u8], bits: usize) -> Option<Secret> {
    use rsa::traits::PublicKeyParts;
    let key = private(pkcs8).ok()?;
    if key.size() * 8 != bits {
        return None;
    }
    let der = key.to_pkcs8_der().ok()?;
    Some(Secret::new(der.as_bytes().to_vec()))
}

/// The DER SubjectPublicKeyInfo of a PKCS#8 private key.
pub fn public_key_der(pkcs8: &[u8]) -> Result<Vec<u8>, RsaError> {
    private(pkcs8)?
        .to_public_key()
        .to_public_key_der()
        .map(|d| d.as_bytes().to_vec())
        .map_err(|_| RsaError::BadPrivateKey)
}

macro_rules! with_hash {
    ($hash:expr, $h:ident => $body:expr) => {
        match $hash {
            Hash::Sha1 => {
                type $h = sha1::Sha1;
                $body
            }
            Hash::Sha256 => {
                type $h = sha2::Sha256;
                $body
            }
            Hash::Sha384 => {
                type $h = sha2::Sha384;
                $body
            }
            Hash::Sha512 => {
                type $h = sha2::Sha512;
                $body
            }
        }
    };
}

/// Signs a digest.
pub fn sign_digest(
    pkcs8: &[u8],
    padding: Padding,
    hash: Hash,
    digest: &[u8],
) -> Result<Vec<u8>, RsaError> {
    let key = private(pkcs8)?;
    with_hash!(hash, H => match padding {
        Padding::Pkcs1v15 => rsa::pkcs1v15::SigningKey::<H>::new(key)
            .sign_prehash(digest)
            .map(|s| s.to_vec())
            .map_err(|_| RsaError::Failed),
        Padding::Pss => rsa::pss::SigningKey::<H>::new(key)
            .sign_prehash_with_rng(&mut rng(), digest)
            .map(|s| s.to_vec())
            .map_err(|_| RsaError::Failed),
    })
}

/// Checks a signature over a digest with the key pair's public half.
pub fn verify_digest(
    pkcs8: &[u8],
    padding: Padding,
    hash: Hash,
    digest: &[u8],
    signature: &[u8],
) -> Result<bool, RsaError> {
    let public = private(pkcs8)?.to_public_key();
    Ok(with_hash!(hash, H => match padding {
        Padding::Pkcs1v15 => rsa::pkcs1v15::Signature::try_from(signature)
            .map(|s| rsa::pkcs1v15::VerifyingKey::<H>::new(public).verify_prehash(digest, &s).is_ok())
            .unwrap_or(false),
        Padding::Pss => rsa::pss::Signature::try_from(signature)
            .map(|s| rsa::pss::VerifyingKey::<H>::new(public).verify_prehash(digest, &s).is_ok())
            .unwrap_or(false),
    }))
}

/// OAEP-encrypts with the public half of a key pair.
pub fn encrypt(pkcs8: &[u8], hash: Hash, plaintext: &[u8]) -> Result<Vec<u8>, RsaError> {
    let public: RsaPublicKey = private(pkcs8)?.to_public_key();
    with_hash!(hash, H => rsa::oaep::EncryptingKey::<H>::new(public)
        .encrypt_with_rng(&mut rng(), plaintext)
        .map_err(|_| RsaError::Failed))
}

/// OAEP-decrypts (with blinding).
pub fn decrypt(pkcs8: &[u8], hash: Hash, ciphertext: &[u8]) -> Result<Secret, RsaError> {
    let key = private(pkcs8)?;
    with_hash!(hash, H => rsa::oaep::DecryptingKey::<H>::new(key)
        .decrypt_with_rng(&mut rng(), ciphertext)
        .map(Secret::new)
        .map_err(|_| RsaError::BadCiphertext))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The key size in bits of a DER public key.
    fn public_bits(spki: &[u8]) -> Option<usize> {
        use rsa::pkcs8::DecodePublicKey;
        use rsa::traits::PublicKeyParts;
        RsaPublicKey::from_public_key_der(spki)
            .ok()
            .map(|k| k.size() * 8)
    }

    #[test]
    fn sign_verify_encrypt_decrypt() {
        let key = generate(2048).unwrap();
        assert_eq!(public_bits(&public_key_der(&key).unwrap()), Some(2048));
        let digest = [9u8; 32];
        for padding in [Padding::Pkcs1v15, Padding::Pss] {
            let sig = sign_digest(&key, padding, Hash::Sha256, &digest).unwrap();
            assert!(verify_digest(&key, padding, Hash::Sha256, &digest, &sig).unwrap());
            assert!(!verify_digest(&key, padding, Hash::Sha256, &[8u8; 32], &sig).unwrap());
        }
        for hash in [Hash::Sha1, Hash::Sha256] {
            let ct = encrypt(&key, hash, b"secret").unwrap();
            assert_eq!(ct.len(), 256);
            assert_eq!(decrypt(&key, hash, &ct).unwrap().expose(), b"secret");
        }
        assert!(matches!(
            decrypt(&key, Hash::Sha256, &[1u8; 256]),
            Err(RsaError::BadCiphertext)
        ));
    }
}

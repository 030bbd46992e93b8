//! Elliptic-curve keys: NIST P-256, P-384, P-521 and secp256k1. Private keys travel (sealed)
//! as PKCS#8 DER, public keys as DER SubjectPublicKeyInfo, signatures as DER ECDSA.

use super::random;
use super::secret::Secret;
use zeroize::Zeroizing;

/// The curves lkms supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Curve {
    /// NIST P-256 (secp256r1).
    P256,
    /// NIST P-384.
    P384,
    /// NIST P-521.
    P521,
    /// secp256k1.
    K256,
}

/// Why an EC operation failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EccError {
    /// The stored private key does not parse (it was sealed, so this means a bug or damage).
    BadPrivateKey,
    /// The peer's public key is not a DER SubjectPublicKeyInfo on this curve.
    BadPublicKey,
    /// The digest has the wrong length or signing failed.
    SignFailed,
}

macro_rules! per_curve {
    ($curve:expr, $m:ident => $body:expr) => {
        match $curve {
            Curve::P256 => {
                use p256 as $m;
                $body
            }
            Curve::P384 => {
                use p384 as $m;
                $body
            }
            Curve::P521 => {
                use p521 as $m;
                $body
            }
            Curve::K256 => {
                use k256 as $m;
                $body
            }
        }
    };
}

impl Curve {
    fn scalar_len(self) -> usize {
        match self {
            Curve::P256 | Curve::K256 => 32,
            Curve::P384 => 48,
            Curve::P521 => 66,
        }
    }
}

/// A new private key, as PKCS#8 DER.
pub fn generate(curve: Curve) -> Secret {
    use p256::pkcs8::EncodePrivateKey;
    loop {
        let mut bytes = Zeroizing::new(random::bytes(curve.scalar_len()));
        if curve == Curve::P521 {
            // A P-521 scalar has 521 bits: clear the top seven of the 66 bytes.
            bytes[0] &= 0x01;
        }
        let der = per_curve!(curve, c => c::SecretKey::from_slice(&bytes)
            .ok()
            .and_then(|k| k.to_pkcs8_der().ok())
            .map(|d| Secret::copy(d.as_bytes())));
        if let Some(der) = der {
            return der;
        }
    }
}

/// An imported PKCS#8 private key re-encoded the way lkms stores keys, if it is a key on `curve`.
pub fn normalize(curve: Curve, pkcs8: &[u8]) -> Option<Secret> {
    use p256::pkcs8::{DecodePrivateKey, EncodePrivateKey};
    per_curve!(curve, c => c::SecretKey::from_pkcs8_der(pkcs8)
        .ok()
        .and_then(|k| k.to_pkcs8_der().ok())
        .map(|d| Secret::new(d.as_bytes().to_vec())))
}

/// The DER SubjectPublicKeyInfo of a PKCS#8 private key.
pub fn public_key_der(curve: Curve, pkcs8: &[u8]) -> Result<Vec<u8>, EccError> {
    use p256::pkcs8::{DecodePrivateKey, EncodePublicKey};
    per_curve!(curve, c => {
        let sk = c::SecretKey::from_pkcs8_der(pkcs8).map_err(|_| EccError::BadPrivateKey)?;
        sk.public_key()
            .to_public_key_der()
            .map(|d| d.as_bytes().to_vec())
            .map_err(|_| EccError::BadPrivateKey)
    })
}

/// Signs a message digest; returns a DER ECDSA signature (low-S on secp256k1).
pub fn sign_digest(curve: Curve, pkcs8: &[u8], digest: &[u8]) -> Result<Vec<u8>, EccError> {
    use p256::ecdsa::signature::hazmat::PrehashSigner;
    use p256::pkcs8::DecodePrivateKey;
    per_curve!(curve, c => {
        let sk = c::ecdsa::SigningKey::from_pkcs8_der(pkcs8).map_err(|_| EccError::BadPrivateKey)?;
        let sig: c::ecdsa::Signature = sk.sign_prehash(digest).map_err(|_| EccError::SignFailed)?;
        Ok(sig.normalize_s().to_der().as_bytes().to_vec())
    })
}

/// Checks a DER ECDSA signature over a digest with the key pair's public half.
pub fn verify_digest(
    curve: Curve,
    pkcs8: &[u8],
    digest: &[u8],
    signature: &[u8],
) -> Result<bool, EccError> {
    use p256::ecdsa::signature::hazmat::PrehashVerifier;
    use p256::pkcs8::DecodePrivateKey;
    per_curve!(curve, c => {
        let sk = c::ecdsa::SigningKey::from_pkcs8_der(pkcs8).map_err(|_| EccError::BadPrivateKey)?;
        let vk = c::ecdsa::VerifyingKey::from(&sk);
        let Ok(sig) = c::ecdsa::Signature::from_der(signature) else {
            return Ok(false);
        };
        // (r, s) and (r, n - s) are both valid ECDSA signatures; k256 accepts only the low-S
        // form, so a high-S signature (as openssl makes) is checked in that form.
        Ok(vk.verify_prehash(digest, &sig.normalize_s()).is_ok())
    })
}

/// ECDH: the shared secret (the x coordinate) of our private key and a peer's DER public key.
pub fn derive(curve: Curve, pkcs8: &[u8], peer_spki: &[u8]) -> Result<Secret, EccError> {
    use p256::pkcs8::{DecodePrivateKey, DecodePublicKey};
    per_curve!(curve, c => {
        let sk = c::SecretKey::from_pkcs8_der(pkcs8).map_err(|_| EccError::BadPrivateKey)?;
        let peer = c::PublicKey::from_public_key_der(peer_spki).map_err(|_| EccError::BadPublicKey)?;
        let shared = c::ecdh::diffie_hellman(sk.to_nonzero_scalar(), peer.as_affine());
        Ok(Secret::new(shared.raw_secret_bytes().to_vec()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_verify_derive_on_every_curve() {
        for curve in [Curve::P256, Curve::P384, Curve::P521, Curve::K256] {
            let a = generate(curve);
            let b = generate(curve);
            let digest = vec![
                7u8;
                if curve == Curve::P384 {
                    48
                } else if curve == Curve::P521 {
                    64
                } else {
                    32
                }
            ];
            let sig = sign_digest(curve, &a, &digest).unwrap();
            assert!(verify_digest(curve, &a, &digest, &sig).unwrap());
            assert!(!verify_digest(curve, &b, &digest, &sig).unwrap());
            assert!(!verify_digest(curve, &a, &digest, b"garbage").unwrap());
            let ab = derive(curve, &a, &public_key_der(curve, &b).unwrap()).unwrap();
            let ba = derive(curve, &b, &public_key_der(curve, &a).unwrap()).unwrap();
            assert!(ab.ct_eq(&ba));
            assert!(matches!(
                derive(curve, &a, b"not a key"),
                Err(EccError::BadPublicKey)
            ));
        }
    }

    #[test]
    fn high_s_signatures_verify_on_secp256k1() {
        let key = generate(Curve::K256);
        let digest = [7u8; 32];
        let der = sign_digest(Curve::K256, &key, &digest).unwrap();
        let sig = k256::ecdsa::Signature::from_der(&der).unwrap();
        let (r, s) = sig.split_scalars();
        let high = k256::ecdsa::Signature::from_scalars(r, -s).unwrap();
        assert_ne!(high, sig);
        let high_der = high.to_der();
        assert!(verify_digest(Curve::K256, &key, &digest, high_der.as_bytes()).unwrap());
    }
}

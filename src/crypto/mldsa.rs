//! ML-DSA (FIPS 204) keys: ML-DSA-44, -65 and -87 signatures over a message (empty context)
//! or over an externally computed μ. Private keys travel (sealed) as PKCS#8 DER holding the
//! seed; public keys as DER SPKI.

use super::random;
use super::secret::Secret;
use ml_dsa::signature::SignatureEncoding;
use ml_dsa::{B32, MlDsa44, MlDsa65, MlDsa87, Signature, SigningKey};
use p256::pkcs8::{DecodePrivateKey, EncodePrivateKey, EncodePublicKey};
use zeroize::Zeroizing;

/// The ML-DSA parameter sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// ML-DSA-44.
    L44,
    /// ML-DSA-65.
    L65,
    /// ML-DSA-87.
    L87,
}

/// The stored key does not parse, or μ has the wrong length.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failed;

macro_rules! per_level {
    ($level:expr, $p:ident => $body:expr) => {
        match $level {
            Level::L44 => {
                type $p = MlDsa44;
                $body
            }
            Level::L65 => {
                type $p = MlDsa65;
                $body
            }
            Level::L87 => {
                type $p = MlDsa87;
                $body
            }
        }
    };
}

/// A new private key (PKCS#8 DER of a fresh 32-byte seed).
pub fn generate(level: Level) -> Secret {
    let mut seed_bytes = Zeroizing::new([0u8; 32]);
    random::fill(seed_bytes.as_mut());
    let seed = B32::from(*seed_bytes);
    per_level!(level, P => {
        let sk = SigningKey::<P>::from_seed(&seed);
        Secret::new(sk.to_pkcs8_der().map(|d| d.as_bytes().to_vec()).unwrap_or_default())
    })
}

/// The DER SubjectPublicKeyInfo of a PKCS#8 private key.
pub fn public_key_der(level: Level, pkcs8: &[u8]) -> Result<Vec<u8>, Failed> {
    per_level!(level, P => {
        let sk = SigningKey::<P>::from_pkcs8_der(pkcs8).map_err(|_| Failed)?;
        sk.expanded_key()
            .verifying_key()
            .to_public_key_der()
            .map(|d| d.as_bytes().to_vec())
            .map_err(|_| Failed)
    })
}

/// Signs `message` with an empty context, or the 64-byte μ when `external_mu` is set.
pub fn sign(
    level: Level,
    pkcs8: &[u8],
    message: &[u8],
    external_mu: bool,
) -> Result<Vec<u8>, Failed> {
    per_level!(level, P => {
        let sk = SigningKey::<P>::from_pkcs8_der(pkcs8).map_err(|_| Failed)?;
        let sig = if external_mu {
            let mu: [u8; 64] = message.try_into().map_err(|_| Failed)?;
            sk.expanded_key().sign_mu_deterministic(&mu.into())
        } else {
            sk.expanded_key().sign_deterministic(message, &[]).map_err(|_| Failed)?
        };
        Ok(sig.to_bytes().to_vec())
    })
}

/// Checks a signature made by [`sign`].
pub fn verify(
    level: Level,
    pkcs8: &[u8],
    message: &[u8],
    external_mu: bool,
    signature: &[u8],
) -> Result<bool, Failed> {
    per_level!(level, P => {
        let sk = SigningKey::<P>::from_pkcs8_der(pkcs8).map_err(|_| Failed)?;
        let vk = sk.expanded_key().verifying_key();
        let Ok(sig) = Signature::<P>::try_from(signature) else {
            return Ok(false);
        };
        Ok(if external_mu {
            let mu: [u8; 64] = message.try_into().map_err(|_| Failed)?;
            vk.verify_mu(&mu.into(), &sig)
        } else {
            vk.verify_with_context(message, &[], &sig)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_and_verify_every_level() {
        for level in [Level::L44, Level::L65, Level::L87] {
            let k = generate(level);
            assert!(!public_key_der(level, &k).unwrap().is_empty());
            let sig = sign(level, &k, b"message", false).unwrap();
            assert!(verify(level, &k, b"message", false, &sig).unwrap());
            assert!(!verify(level, &k, b"massage", false, &sig).unwrap());
            let mu = [5u8; 64];
            let sig = sign(level, &k, &mu, true).unwrap();
            assert!(verify(level, &k, &mu, true, &sig).unwrap());
            assert_eq!(sign(level, &k, &[1u8; 63], true), Err(Failed));
        }
    }
}

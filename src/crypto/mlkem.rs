//! ML-KEM (FIPS 203) keys: ML-KEM-512, -768 and -1024 encapsulation. Private keys travel
//! (sealed) as PKCS#8 DER holding the 64-byte seed; public keys as DER SPKI.

use super::random;
use super::secret::Secret;
use ml_kem::{Decapsulate, DecapsulationKey, MlKem512, MlKem768, MlKem1024, Seed};
use p256::pkcs8::{DecodePrivateKey, EncodePrivateKey, EncodePublicKey};
use zeroize::Zeroizing;

/// The ML-KEM parameter sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// ML-KEM-512.
    L512,
    /// ML-KEM-768.
    L768,
    /// ML-KEM-1024.
    L1024,
}

/// The stored key does not parse, or a ciphertext has the wrong length.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failed;

macro_rules! per_level {
    ($level:expr, $p:ident => $body:expr) => {
        match $level {
            Level::L512 => {
                type $p = MlKem512;
                $body
            }
            Level::L768 => {
                type $p = MlKem768;
                $body
            }
            Level::L1024 => {
                type $p = MlKem1024;
                $body
            }
        }
    };
}

/// A new private key (PKCS#8 DER of a fresh 64-byte seed).
pub fn generate(level: Level) -> Secret {
    let mut seed = Zeroizing::new([0u8; 64]);
    random::fill(seed.as_mut());
    per_level!(level, P => {
        let dk = DecapsulationKey::<P>::from_seed(Seed::from(*seed));
        Secret::new(dk.to_pkcs8_der().map(|d| d.as_bytes().to_vec()).unwrap_or_default())
    })
}

/// The DER SubjectPublicKeyInfo (the encapsulation key) of a PKCS#8 private key.
pub fn public_key_der(level: Level, pkcs8: &[u8]) -> Result<Vec<u8>, Failed> {
    per_level!(level, P => {
        let dk = DecapsulationKey::<P>::from_pkcs8_der(pkcs8).map_err(|_| Failed)?;
        dk.encapsulation_key().to_public_key_der().map(|d| d.as_bytes().to_vec()).map_err(|_| Failed)
    })
}

/// Encapsulates to the key pair's public half: (ciphertext, shared secret).
pub fn encapsulate(level: Level, pkcs8: &[u8]) -> Result<(Vec<u8>, Secret), Failed> {
    let mut m = Zeroizing::new([0u8; 32]);
    random::fill(m.as_mut());
    per_level!(level, P => {
        let dk = DecapsulationKey::<P>::from_pkcs8_der(pkcs8).map_err(|_| Failed)?;
        let (ct, shared) = dk.encapsulation_key().encapsulate_deterministic(&(*m).into());
        Ok((ct.to_vec(), Secret::new(shared.to_vec())))
    })
}

/// Recovers the shared secret of a ciphertext.
pub fn decapsulate(level: Level, pkcs8: &[u8], ciphertext: &[u8]) -> Result<Secret, Failed> {
    per_level!(level, P => {
        let dk = DecapsulationKey::<P>::from_pkcs8_der(pkcs8).map_err(|_| Failed)?;
        let shared = dk.decapsulate_slice(ciphertext).map_err(|_| Failed)?;
        Ok(Secret::new(shared.to_vec()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_every_level() {
        for level in [Level::L512, Level::L768, Level::L1024] {
            let k = generate(level);
            assert!(!public_key_der(level, &k).unwrap().is_empty());
            let (ct, ss) = encapsulate(level, &k).unwrap();
            assert!(decapsulate(level, &k, &ct).unwrap().ct_eq(&ss));
            assert!(matches!(decapsulate(level, &k, &ct[1..]), Err(Failed)));
        }
    }
}

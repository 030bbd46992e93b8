//! HMAC with SHA-224/256/384/512 for GENERATE_VERIFY_MAC keys.

/// The hash of an HMAC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hash {
    /// HMAC-SHA-224.
    Sha224,
    /// HMAC-SHA-256.
    Sha256,
    /// HMAC-SHA-384.
    Sha384,
    /// HMAC-SHA-512.
    Sha512,
}
use super::secret::Secret;
use hmac::{Hmac, KeyInit, Mac};

macro_rules! with_hmac {
    ($alg:expr, $key:expr, $m:ident => $body:expr) => {
        match $alg {
            Hash::Sha224 => {
                <Hmac<sha2::Sha224> as KeyInit>::new_from_slice($key).map(|mut $m| $body)
            }
            Hash::Sha256 => {
                <Hmac<sha2::Sha256> as KeyInit>::new_from_slice($key).map(|mut $m| $body)
            }
            Hash::Sha384 => {
                <Hmac<sha2::Sha384> as KeyInit>::new_from_slice($key).map(|mut $m| $body)
            }
            Hash::Sha512 => {
                <Hmac<sha2::Sha512> as KeyInit>::new_from_slice($key).map(|mut $m| $body)
            }
        }
    };
}

/// The HMAC of `message` under `key`.
pub fn compute(alg: Hash, key: &[u8], message: &[u8]) -> Vec<u8> {
    // HMAC takes keys of any length, so building the MAC cannot fail.
    with_hmac!(alg, key, m => {
        m.update(message);
        m.finalize().into_bytes().to_vec()
    })
    .unwrap_or_default()
}

/// Checks `mac` against the HMAC of `message` in constant time.
pub fn verify(alg: Hash, key: &[u8], message: &[u8], mac: &[u8]) -> bool {
    with_hmac!(alg, key, m => {
        m.update(message);
        m.verify_slice(mac).is_ok()
    })
    .unwrap_or(false)
}

/// A SigV4 signature: the HMAC-SHA-256 of `to_sign` under the signing key for the scope.
pub fn sigv4_sign(secret: &str, scope: [&str; 3], to_sign: &[u8]) -> Vec<u8> {
    SigningKey::derive(secret, scope).sign(to_sign)
}

/// Checks a SigV4 signature: the HMAC-SHA-256 of `to_sign` under the signing key derived from
/// `secret` and the credential scope (`date`, `region`, `service`), in constant time.
pub fn sigv4_matches(secret: &str, scope: [&str; 3], to_sign: &[u8], signature: &[u8]) -> bool {
    SigningKey::derive(secret, scope).matches(to_sign, signature)
}

/// A SigV4 signing key: the chain of HMACs from a secret access key through one credential
/// scope. A server keeps it for the scope's day instead of deriving it for every request.
#[derive(Clone)]
pub struct SigningKey(Secret);

impl SigningKey {
    /// Derives the signing key of `secret` for the scope (`date`, `region`, `service`).
    pub fn derive(secret: &str, scope: [&str; 3]) -> Self {
        let alg = Hash::Sha256;
        let mut key = Secret::new(format!("AWS4{secret}").into_bytes());
        for part in scope.iter().copied().chain(["aws4_request"]) {
            key = Secret::new(compute(alg, &key, part.as_bytes()));
        }
        Self(key)
    }

    /// The HMAC-SHA-256 of `to_sign` under this key: a signature.
    pub fn sign(&self, to_sign: &[u8]) -> Vec<u8> {
        compute(Hash::Sha256, &self.0, to_sign)
    }

    /// Whether `signature` is the HMAC-SHA-256 of `to_sign` under this key (constant time).
    pub fn matches(&self, to_sign: &[u8], signature: &[u8]) -> bool {
        verify(Hash::Sha256, &self.0, to_sign, signature)
    }
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SigningKey(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compute_and_verify() {
        let mac = compute(Hash::Sha256, b"key", b"msg");
        assert_eq!(mac.len(), 32);
        assert!(verify(Hash::Sha256, b"key", b"msg", &mac));
        assert!(!verify(Hash::Sha256, b"key", b"msh", &mac));
        assert!(!verify(Hash::Sha384, b"key", b"msg", &mac));
    }
}

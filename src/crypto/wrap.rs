//! Unwrapping key material sent for import (GetParametersForImport / ImportKeyMaterial):
//! RSAES-OAEP with SHA-1 or SHA-256, RSA-OAEP of an AES-256 key followed by AES key wrap with
//! padding (RFC 5649, CKM_RSA_AES_KEY_WRAP), and SM2PKE.

use super::secret::Secret;
use super::{rsa_keys, sm2_keys};
use aes_kw::{KeyInit, KwpAes256};
use zeroize::Zeroizing;

/// How imported material was wrapped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wrapping {
    /// RSAES_OAEP_SHA_1: OAEP with SHA-1 and MGF1-SHA-1 directly over the material.
    OaepSha1,
    /// RSAES_OAEP_SHA_256: OAEP with SHA-256 and MGF1-SHA-256 directly over the material.
    OaepSha256,
    /// RSA_AES_KEY_WRAP_SHA_1: OAEP-SHA-1 of an AES-256 key, then AES-KWP of the material.
    RsaAesSha1,
    /// RSA_AES_KEY_WRAP_SHA_256: OAEP-SHA-256 of an AES-256 key, then AES-KWP of the material.
    RsaAesSha256,
    /// SM2PKE with an SM2 wrapping key.
    Sm2Pke,
}

impl Wrapping {
    fn oaep_hash(self) -> rsa_keys::Hash {
        match self {
            Self::OaepSha1 | Self::RsaAesSha1 => rsa_keys::Hash::Sha1,
            _ => rsa_keys::Hash::Sha256,
        }
    }
}

/// Recovers wrapped material with the wrapping private key (PKCS#8 DER). `modulus_len` is the
/// RSA modulus size in bytes (it splits the two parts of an RSA-AES wrapping). `None` if the
/// ciphertext does not unwrap.
pub fn unwrap(
    wrapping: Wrapping,
    private: &[u8],
    modulus_len: usize,
    ciphertext: &[u8],
) -> Option<Secret> {
    match wrapping {
        Wrapping::Sm2Pke => sm2_keys::decrypt(private, ciphertext).ok(),
        Wrapping::OaepSha1 | Wrapping::OaepSha256 => {
            rsa_keys::decrypt(private, wrapping.oaep_hash(), ciphertext).ok()
        }
        Wrapping::RsaAesSha1 | Wrapping::RsaAesSha256 => {
            if ciphertext.len() <= modulus_len {
                return None;
            }
            let (rsa_part, kwp_part) = ciphertext.split_at(modulus_len);
            let aes_key = rsa_keys::decrypt(private, wrapping.oaep_hash(), rsa_part).ok()?;
            let kw = KwpAes256::new_from_slice(&aes_key).ok()?;
            let mut buf = Zeroizing::new(vec![0u8; kwp_part.len().checked_sub(8)?]);
            let len = kw.unwrap_key(kwp_part, &mut buf).ok()?.len();
            buf.truncate(len);
            Some(buf.into())
        }
    }
}

/// Wraps material the way a client would (used by lkms's own tests and benchmarks).
pub fn wrap(wrapping: Wrapping, private: &[u8], material: &[u8]) -> Option<Vec<u8>> {
    match wrapping {
        Wrapping::Sm2Pke => sm2_keys::encrypt(private, material).ok(),
        Wrapping::OaepSha1 | Wrapping::OaepSha256 => {
            rsa_keys::encrypt(private, wrapping.oaep_hash(), material).ok()
        }
        Wrapping::RsaAesSha1 | Wrapping::RsaAesSha256 => {
            let aes_key = Zeroizing::new(super::random::bytes(32));
            let mut out = rsa_keys::encrypt(private, wrapping.oaep_hash(), &aes_key).ok()?;
            let kw = KwpAes256::new_from_slice(&aes_key).ok()?;
            let mut buf = vec![0u8; material.len().div_ceil(8) * 8 + 8];
            out.extend_from_slice(kw.wrap_key(material, &mut buf).ok()?);
            Some(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_wrapping_round_trips_and_rejects_noise() {
        let rsa = rsa_keys::generate(2048).unwrap();
        let sm2 = sm2_keys::generate();
        let material = b"0123456789abcdef0123456789abcdef-and-more";
        for (w, key) in [
            (Wrapping::OaepSha1, &rsa),
            (Wrapping::OaepSha256, &rsa),
            (Wrapping::RsaAesSha1, &rsa),
            (Wrapping::RsaAesSha256, &rsa),
            (Wrapping::Sm2Pke, &sm2),
        ] {
            let ct = wrap(w, key, material).unwrap();
            assert_eq!(
                unwrap(w, key, 256, &ct).unwrap().expose(),
                material,
                "{w:?}"
            );
            let mut bad = ct.clone();
            let last = bad.len() - 1;
            bad[last] ^= 1;
            assert!(unwrap(w, key, 256, &bad).is_none(), "{w:?}");
            assert!(unwrap(w, key, 256, &ct[..ct.len() / 2]).is_none(), "{w:?}");
            assert!(unwrap(w, key, 256, &[]).is_none(), "{w:?}");
        }
    }
}

//! What each key spec means: its material, usages and algorithms.

use crate::crypto::secret::Secret;
use crate::crypto::{
    ecc::{self, Curve},
    random, rsa_keys,
};
use crate::model::{
    EncryptionAlgorithmSpec, KeyAgreementAlgorithmSpec, KeySpec, KeyUsageType, MacAlgorithmSpec,
    SigningAlgorithmSpec,
};

/// The key specs lkms can create today.
pub fn supported(spec: KeySpec) -> bool {
    matches!(
        spec,
        KeySpec::SYMMETRIC_DEFAULT
            | KeySpec::HMAC_224
            | KeySpec::HMAC_256
            | KeySpec::HMAC_384
            | KeySpec::HMAC_512
            | KeySpec::ECC_NIST_P256
            | KeySpec::ECC_NIST_P384
            | KeySpec::ECC_NIST_P521
            | KeySpec::ECC_SECG_P256K1
            | KeySpec::RSA_2048
            | KeySpec::RSA_3072
            | KeySpec::RSA_4096
            | KeySpec::ECC_NIST_EDWARDS25519
            | KeySpec::ML_DSA_44
            | KeySpec::ML_DSA_65
            | KeySpec::ML_DSA_87
            | KeySpec::ML_KEM_512
            | KeySpec::ML_KEM_768
            | KeySpec::ML_KEM_1024
            | KeySpec::SM2
    )
}

/// The ML-KEM parameter set of a key spec.
pub fn mlkem_level(spec: KeySpec) -> Option<crate::crypto::mlkem::Level> {
    use crate::crypto::mlkem::Level;
    Some(match spec {
        KeySpec::ML_KEM_512 => Level::L512,
        KeySpec::ML_KEM_768 => Level::L768,
        KeySpec::ML_KEM_1024 => Level::L1024,
        _ => return None,
    })
}

/// The ML-DSA parameter set of a key spec.
pub fn mldsa_level(spec: KeySpec) -> Option<crate::crypto::mldsa::Level> {
    use crate::crypto::mldsa::Level;
    Some(match spec {
        KeySpec::ML_DSA_44 => Level::L44,
        KeySpec::ML_DSA_65 => Level::L65,
        KeySpec::ML_DSA_87 => Level::L87,
        _ => return None,
    })
}

/// True for key specs whose material is a key pair (lkms holds the private half).
pub fn is_key_pair(spec: KeySpec) -> bool {
    curve(spec).is_some()
        || rsa_bits(spec).is_some()
        || mldsa_level(spec).is_some()
        || mlkem_level(spec).is_some()
        || spec == KeySpec::ECC_NIST_EDWARDS25519
        || spec == KeySpec::SM2
}

/// The modulus size of an RSA key spec.
pub fn rsa_bits(spec: KeySpec) -> Option<usize> {
    Some(match spec {
        KeySpec::RSA_2048 => 2048,
        KeySpec::RSA_3072 => 3072,
        KeySpec::RSA_4096 => 4096,
        _ => return None,
    })
}

/// The encryption algorithms of an ENCRYPT_DECRYPT key of `spec`.
pub fn encryption_algorithms(spec: KeySpec) -> &'static [EncryptionAlgorithmSpec] {
    match spec {
        KeySpec::SYMMETRIC_DEFAULT => &[EncryptionAlgorithmSpec::SYMMETRIC_DEFAULT],
        KeySpec::RSA_2048 | KeySpec::RSA_3072 | KeySpec::RSA_4096 => &[
            EncryptionAlgorithmSpec::RSAES_OAEP_SHA_1,
            EncryptionAlgorithmSpec::RSAES_OAEP_SHA_256,
        ],
        KeySpec::SM2 => &[EncryptionAlgorithmSpec::SM2PKE],
        _ => &[],
    }
}

/// The curve of an elliptic-curve key spec.
pub fn curve(spec: KeySpec) -> Option<Curve> {
    Some(match spec {
        KeySpec::ECC_NIST_P256 => Curve::P256,
        KeySpec::ECC_NIST_P384 => Curve::P384,
        KeySpec::ECC_NIST_P521 => Curve::P521,
        KeySpec::ECC_SECG_P256K1 => Curve::K256,
        _ => return None,
    })
}

/// The signing algorithms of a SIGN_VERIFY key of `spec`.
pub fn signing_algorithms(spec: KeySpec) -> &'static [SigningAlgorithmSpec] {
    match spec {
        KeySpec::ECC_NIST_P256 | KeySpec::ECC_SECG_P256K1 => &[SigningAlgorithmSpec::ECDSA_SHA_256],
        KeySpec::ECC_NIST_P384 => &[SigningAlgorithmSpec::ECDSA_SHA_384],
        KeySpec::ECC_NIST_P521 => &[SigningAlgorithmSpec::ECDSA_SHA_512],
        KeySpec::ML_DSA_44 | KeySpec::ML_DSA_65 | KeySpec::ML_DSA_87 => {
            &[SigningAlgorithmSpec::ML_DSA_SHAKE_256]
        }
        KeySpec::SM2 => &[SigningAlgorithmSpec::SM2DSA],
        KeySpec::ECC_NIST_EDWARDS25519 => &[
            SigningAlgorithmSpec::ED25519_SHA_512,
            SigningAlgorithmSpec::ED25519_PH_SHA_512,
        ],
        KeySpec::RSA_2048 | KeySpec::RSA_3072 | KeySpec::RSA_4096 => &[
            SigningAlgorithmSpec::RSASSA_PSS_SHA_256,
            SigningAlgorithmSpec::RSASSA_PSS_SHA_384,
            SigningAlgorithmSpec::RSASSA_PSS_SHA_512,
            SigningAlgorithmSpec::RSASSA_PKCS1_V1_5_SHA_256,
            SigningAlgorithmSpec::RSASSA_PKCS1_V1_5_SHA_384,
            SigningAlgorithmSpec::RSASSA_PKCS1_V1_5_SHA_512,
        ],
        _ => &[],
    }
}

/// The key agreement algorithms of a KEY_AGREEMENT key of `spec`.
pub fn key_agreement_algorithms(spec: KeySpec) -> &'static [KeyAgreementAlgorithmSpec] {
    match spec {
        KeySpec::ECC_NIST_P256 | KeySpec::ECC_NIST_P384 | KeySpec::ECC_NIST_P521 | KeySpec::SM2 => {
            &[KeyAgreementAlgorithmSpec::ECDH]
        }
        _ => &[],
    }
}

/// The usages a spec allows.
pub fn usages(spec: KeySpec) -> &'static [KeyUsageType] {
    match spec {
        KeySpec::SYMMETRIC_DEFAULT => &[KeyUsageType::ENCRYPT_DECRYPT],
        KeySpec::HMAC_224 | KeySpec::HMAC_256 | KeySpec::HMAC_384 | KeySpec::HMAC_512 => {
            &[KeyUsageType::GENERATE_VERIFY_MAC]
        }
        KeySpec::ECC_NIST_P256 | KeySpec::ECC_NIST_P384 | KeySpec::ECC_NIST_P521 => {
            &[KeyUsageType::SIGN_VERIFY, KeyUsageType::KEY_AGREEMENT]
        }
        KeySpec::ECC_SECG_P256K1
        | KeySpec::ECC_NIST_EDWARDS25519
        | KeySpec::ML_DSA_44
        | KeySpec::ML_DSA_65
        | KeySpec::ML_DSA_87 => &[KeyUsageType::SIGN_VERIFY],
        KeySpec::ML_KEM_512 | KeySpec::ML_KEM_768 | KeySpec::ML_KEM_1024 => {
            &[KeyUsageType::ENCAPSULATE_DECAPSULATE]
        }
        KeySpec::SM2 => &[
            KeyUsageType::ENCRYPT_DECRYPT,
            KeyUsageType::SIGN_VERIFY,
            KeyUsageType::KEY_AGREEMENT,
        ],
        KeySpec::RSA_2048 | KeySpec::RSA_3072 | KeySpec::RSA_4096 => {
            &[KeyUsageType::ENCRYPT_DECRYPT, KeyUsageType::SIGN_VERIFY]
        }
    }
}

/// The algorithms a key offers, one list per usage; only its usage's list is present.
#[derive(Debug, Default)]
pub struct Algorithms {
    /// With ENCRYPT_DECRYPT.
    pub encryption: Option<Vec<EncryptionAlgorithmSpec>>,
    /// With SIGN_VERIFY.
    pub signing: Option<Vec<SigningAlgorithmSpec>>,
    /// With KEY_AGREEMENT.
    pub key_agreement: Option<Vec<KeyAgreementAlgorithmSpec>>,
    /// With ENCAPSULATE_DECAPSULATE.
    pub encapsulation: Option<Vec<crate::model::EncapsulationAlgorithmSpec>>,
}

/// What DescribeKey and GetPublicKey list for a key of `spec` and `usage`.
pub fn algorithms(spec: KeySpec, usage: KeyUsageType) -> Algorithms {
    let only = |u: KeyUsageType| usage == u;
    Algorithms {
        encryption: only(KeyUsageType::ENCRYPT_DECRYPT)
            .then(|| encryption_algorithms(spec).to_vec()),
        signing: only(KeyUsageType::SIGN_VERIFY).then(|| signing_algorithms(spec).to_vec()),
        key_agreement: only(KeyUsageType::KEY_AGREEMENT)
            .then(|| key_agreement_algorithms(spec).to_vec()),
        encapsulation: only(KeyUsageType::ENCAPSULATE_DECAPSULATE)
            .then(|| vec![crate::model::EncapsulationAlgorithmSpec::ML_KEM]),
    }
}

/// The MAC algorithm of an HMAC key spec.
pub fn mac_algorithm(spec: KeySpec) -> Option<MacAlgorithmSpec> {
    Some(match spec {
        KeySpec::HMAC_224 => MacAlgorithmSpec::HMAC_SHA_224,
        KeySpec::HMAC_256 => MacAlgorithmSpec::HMAC_SHA_256,
        KeySpec::HMAC_384 => MacAlgorithmSpec::HMAC_SHA_384,
        KeySpec::HMAC_512 => MacAlgorithmSpec::HMAC_SHA_512,
        _ => return None,
    })
}

/// Fresh key material for `spec`: 256 bits for symmetric keys, as many bits as the digest for
/// HMAC keys (224, 256, 384, 512), a PKCS#8 DER private key for RSA and elliptic-curve keys.
pub fn new_material(spec: KeySpec) -> Secret {
    if let Some(c) = curve(spec) {
        return ecc::generate(c);
    }
    if spec == KeySpec::ECC_NIST_EDWARDS25519 {
        return crate::crypto::ed25519::generate();
    }
    if let Some(level) = mldsa_level(spec) {
        return crate::crypto::mldsa::generate(level);
    }
    if let Some(level) = mlkem_level(spec) {
        return crate::crypto::mlkem::generate(level);
    }
    if spec == KeySpec::SM2 {
        return crate::crypto::sm2_keys::generate();
    }
    if let Some(bits) = rsa_bits(spec) {
        // Generation only fails on an unusable random source, which is retried.
        loop {
            if let Ok(der) = rsa_keys::generate(bits) {
                return der;
            }
        }
    }
    let len = match spec {
        KeySpec::HMAC_224 => 28,
        KeySpec::HMAC_384 => 48,
        KeySpec::HMAC_512 => 64,
        _ => 32,
    };
    Secret::new(random::bytes(len))
}

/// True for the key specs whose material can be imported (origin EXTERNAL).
pub fn importable(spec: KeySpec) -> bool {
    spec == KeySpec::SYMMETRIC_DEFAULT
        || mac_algorithm(spec).is_some()
        || rsa_bits(spec).is_some()
        || curve(spec).is_some()
        || spec == KeySpec::SM2
}

/// The lengths in bytes AWS accepts for imported HMAC key material.
pub fn hmac_import_lengths(spec: KeySpec) -> Option<(usize, usize)> {
    Some(match spec {
        KeySpec::HMAC_224 => (28, 64),
        KeySpec::HMAC_256 => (32, 64),
        KeySpec::HMAC_384 => (48, 128),
        KeySpec::HMAC_512 => (64, 128),
        _ => return None,
    })
}

/// Imported material in the form lkms stores for `spec`, or `None` if it is not material of that
/// spec: 32 bytes for symmetric keys, a length in [`hmac_import_lengths`] for HMAC keys, a PKCS#8
/// DER private key of the right size or curve for RSA, ECC and SM2 keys (re-encoded, so the same
/// key always gives the same bytes).
pub fn import_material(spec: KeySpec, bytes: &[u8]) -> Option<Secret> {
    if let Some(bits) = rsa_bits(spec) {
        return rsa_keys::normalize(bytes, bits);
    }
    if let Some(c) = curve(spec) {
        return ecc::normalize(c, bytes);
    }
    if spec == KeySpec::SM2 {
        return crate::crypto::sm2_keys::normalize(bytes);
    }
    let ok = match hmac_import_lengths(spec) {
        Some((min, max)) => (min..=max).contains(&bytes.len()),
        None => spec == KeySpec::SYMMETRIC_DEFAULT && bytes.len() == 32,
    };
    ok.then(|| Secret::new(bytes.to_vec()))
}

/// The DER SubjectPublicKeyInfo of a key pair of `spec` held as PKCS#8 `private`.
pub fn public_key_der(spec: KeySpec, private: &[u8]) -> Option<Vec<u8>> {
    use crate::crypto::{ed25519, mldsa, mlkem};
    if let Some(c) = curve(spec) {
        return ecc::public_key_der(c, private).ok();
    }
    if let Some(level) = mldsa_level(spec) {
        return mldsa::public_key_der(level, private).ok();
    }
    if let Some(level) = mlkem_level(spec) {
        return mlkem::public_key_der(level, private).ok();
    }
    match spec {
        KeySpec::ECC_NIST_EDWARDS25519 => ed25519::public_key_der(private).ok(),
        KeySpec::SM2 => crate::crypto::sm2_keys::public_key_der(private).ok(),
        _ if rsa_bits(spec).is_some() => rsa_keys::public_key_der(private).ok(),
        _ => None,
    }
}

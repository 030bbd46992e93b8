//! Importing key material, shared by GetParametersForImport, ImportKeyMaterial,
//! DeleteImportedKeyMaterial, housekeeping (expiry) and DescribeKey (import terms).
//!
//! An import token is the wrapping private key and its terms sealed under the keystore's sealing
//! key, bound to one key: lkms keeps no state between the two calls, and a token opens only in
//! the keystore and for the key it was made for. Imported material gets an ID that is a keyed
//! hash of the key and the material, so a re-import is recognised as the same material.

use super::{Service, keyspec};
use crate::crypto::secret::Secret;
use crate::crypto::wrap::Wrapping;
use crate::crypto::{rsa_keys, sm2_keys};
use crate::error::{Error, ErrorCode, kms};
use crate::model::*;
use crate::steps::validate::invalid;
use crate::store::KeyRecord;
use zeroize::Zeroizing;

/// What every import token starts with (format version 1).
pub const TOKEN_MAGIC: &[u8] = b"LKIT\x01";
/// How long a public key and import token stay usable.
pub const TOKEN_LIFETIME_MS: i64 = 24 * 3_600_000;
/// The latest `ValidTo` an import may set, from now.
pub const MAX_VALID_TO_MS: i64 = 365 * 86_400_000;
/// KeyMaterialId names existing material, so it cannot go with NEW_KEY_MATERIAL.
pub const NEW_WITH_ID: &str =
    "You cannot specify a KeyMaterialId with ImportType NEW_KEY_MATERIAL.";

/// The contents of an import token.
pub struct Token {
    /// The wrapping algorithm.
    pub wrapping: AlgorithmSpec,
    /// The wrapping key spec.
    pub spec: WrappingKeySpec,
    /// When it expires, epoch milliseconds.
    pub valid_to: i64,
    /// The wrapping private key.
    pub private: Secret,
}

impl Token {
    /// `alg ‖ spec ‖ valid_to (i64, big-endian) ‖ PKCS#8 private key`.
    pub fn encode(&self) -> Secret {
        let mut out = Zeroizing::new(Vec::with_capacity(self.private.len() + 10));
        out.push(index(AlgorithmSpec::ALL, self.wrapping.as_str()));
        out.push(index(WrappingKeySpec::ALL, self.spec.as_str()));
        out.extend_from_slice(&self.valid_to.to_be_bytes());
        out.extend_from_slice(&self.private);
        out.into()
    }

    /// The inverse of [`Token::encode`]; `None` for anything else. Public for the fuzz target.
    pub fn decode(bytes: &[u8]) -> Option<Self> {
        let ([alg, spec], rest) = bytes.split_first_chunk::<2>()?;
        let (valid_to, private) = rest.split_first_chunk::<8>()?;
        Some(Self {
            wrapping: AlgorithmSpec::parse(AlgorithmSpec::ALL.get(*alg as usize)?)?,
            spec: WrappingKeySpec::parse(WrappingKeySpec::ALL.get(*spec as usize)?)?,
            valid_to: i64::from_be_bytes(*valid_to),
            private: Secret::new(private.to_vec()),
        })
    }
}

fn index(all: &[&str], name: &str) -> u8 {
    all.iter().position(|n| *n == name).unwrap_or(0) as u8
}

/// The unwrapping scheme of a wrapping algorithm (`None` for the retired PKCS#1 v1.5).
pub fn wrapping(alg: AlgorithmSpec) -> Option<Wrapping> {
    Some(match alg {
        AlgorithmSpec::RSAES_OAEP_SHA_1 => Wrapping::OaepSha1,
        AlgorithmSpec::RSAES_OAEP_SHA_256 => Wrapping::OaepSha256,
        AlgorithmSpec::RSA_AES_KEY_WRAP_SHA_1 => Wrapping::RsaAesSha1,
        AlgorithmSpec::RSA_AES_KEY_WRAP_SHA_256 => Wrapping::RsaAesSha256,
        AlgorithmSpec::SM2PKE => Wrapping::Sm2Pke,
        AlgorithmSpec::RSAES_PKCS1_V1_5 => return None,
    })
}

/// The modulus length in bytes of an RSA wrapping key spec (0 for SM2).
pub fn modulus_len(spec: WrappingKeySpec) -> usize {
    match spec {
        WrappingKeySpec::RSA_2048 => 256,
        WrappingKeySpec::RSA_3072 => 384,
        WrappingKeySpec::RSA_4096 => 512,
        WrappingKeySpec::SM2 => 0,
    }
}

/// AWS's rules on which wrapping suits which material.
pub fn check_wrapping(
    key: KeySpec,
    alg: AlgorithmSpec,
    spec: WrappingKeySpec,
) -> Result<(), Error> {
    let rsa_aes = matches!(
        alg,
        AlgorithmSpec::RSA_AES_KEY_WRAP_SHA_1 | AlgorithmSpec::RSA_AES_KEY_WRAP_SHA_256
    );
    if alg == AlgorithmSpec::RSAES_PKCS1_V1_5 {
        return Err(invalid(
            "The RSAES_PKCS1_V1_5 wrapping algorithm is no longer supported. Use \
             RSAES_OAEP_SHA_256, RSAES_OAEP_SHA_1, RSA_AES_KEY_WRAP_SHA_256 or \
             RSA_AES_KEY_WRAP_SHA_1.",
        ));
    }
    if (alg == AlgorithmSpec::SM2PKE) != (spec == WrappingKeySpec::SM2) {
        return Err(invalid(format!(
            "The wrapping algorithm {} cannot be used with the wrapping key spec {}.",
            alg.as_str(),
            spec.as_str()
        )));
    }
    if keyspec::rsa_bits(key).is_some() && !rsa_aes {
        return Err(invalid(format!(
            "Key material for a {} key must be wrapped with RSA_AES_KEY_WRAP_SHA_256 or \
             RSA_AES_KEY_WRAP_SHA_1.",
            key.as_str()
        )));
    }
    if key == KeySpec::ECC_NIST_P521 && spec == WrappingKeySpec::RSA_2048 && !rsa_aes {
        return Err(invalid(
            "An RSA_2048 wrapping key cannot wrap ECC_NIST_P521 key material directly. Use an \
             RSA_AES_KEY_WRAP wrapping algorithm or a longer wrapping key.",
        ));
    }
    Ok(())
}

/// A fresh wrapping key pair: the PKCS#8 private key and the DER public key.
pub fn wrapping_key(spec: WrappingKeySpec) -> Result<(Secret, Vec<u8>), Error> {
    let private = match spec {
        WrappingKeySpec::SM2 => sm2_keys::generate(),
        _ => {
            let bits = modulus_len(spec) * 8;
            // Generation only fails on an unusable random source; three tries tell that apart.
            (0..3)
                .find_map(|_| rsa_keys::generate(bits).ok())
                .ok_or_else(|| internal("The wrapping key could not be generated."))?
        }
    };
    let public = match spec {
        WrappingKeySpec::SM2 => sm2_keys::public_key_der(&private).ok(),
        _ => rsa_keys::public_key_der(&private).ok(),
    }
    .ok_or_else(|| internal("The wrapping key could not be encoded."))?;
    Ok((private, public))
}

/// KMSInternalException with `message`.
pub fn internal(message: &str) -> Error {
    kms(ErrorCode::KMSInternalException, message)
}

/// IncorrectKeyMaterialException with `message`.
pub fn incorrect(message: String) -> Error {
    kms(ErrorCode::IncorrectKeyMaterialException, message)
}

/// Removes a material from use: pending-rotation material is forgotten, other material loses
/// its bytes (the same material can be imported again). Then the key state follows.
pub fn drop_material(rec: &mut KeyRecord, index: usize) {
    if rec.materials[index].pending_rotation() {
        rec.materials.remove(index);
    } else {
        rec.materials[index].sealed = None;
    }
    if rec.lacks_material() && rec.key_state != KeyState::PendingDeletion {
        rec.key_state = KeyState::PendingImport;
    }
}

/// The ID of imported material `bytes` for `rec`: bound to its Region, or for a multi-Region key
/// to all its Regions at once, so the same material has the same ID in every related key.
pub fn material_id(svc: &Service, rec: &KeyRecord, bytes: &[u8]) -> String {
    let scope = match rec.multi_region {
        Some(_) => super::multi_region::MATERIAL_SCOPE,
        None => svc.region(),
    };
    svc.store().imported_material_id(scope, &rec.key_id, bytes)
}

/// Refuses keys whose origin is not EXTERNAL.
pub fn external(svc: &Service, rec: &KeyRecord) -> Result<(), Error> {
    if rec.origin == OriginType::EXTERNAL {
        return Ok(());
    }
    Err(kms(
        ErrorCode::UnsupportedOperationException,
        format!(
            "{} origin is {} which is not valid for this operation.",
            svc.key_arn(&rec.key_id),
            rec.origin.as_str()
        ),
    ))
}

/// Opens an import token for `key_id`, refusing other keys' tokens, altered and expired ones.
pub fn open_token(svc: &Service, key_id: &str, token: &[u8]) -> Result<Token, Error> {
    let invalid_token = || {
        kms(
            ErrorCode::InvalidImportTokenException,
            "The import token is not valid for this key. Use the import token and public key \
             from one GetParametersForImport response for this key.",
        )
    };
    let sealed = token.strip_prefix(TOKEN_MAGIC).ok_or_else(invalid_token)?;
    let payload = svc
        .store()
        .open_import_token(svc.region(), key_id, sealed)
        .ok_or_else(invalid_token)?;
    let token = Token::decode(&payload).ok_or_else(invalid_token)?;
    if token.valid_to <= svc.now_millis() {
        let when = Timestamp::from_epoch_millis(token.valid_to)
            .map(Timestamp::to_iso)
            .unwrap_or_default();
        return Err(kms(
            ErrorCode::ExpiredImportTokenException,
            format!(
                "The import token expired at {when}. Call GetParametersForImport for a new \
                 public key and import token."
            ),
        ));
    }
    Ok(token)
}

/// The first material of `rec` still held although its ValidTo has passed.
pub fn first_expired(svc: &Service, rec: &KeyRecord) -> Option<usize> {
    let now = svc.now_millis();
    rec.materials.iter().position(|m| {
        m.sealed.is_some()
            && m.import
                .as_ref()
                .and_then(|i| i.valid_to)
                .is_some_and(|t| t <= now)
    })
}

/// ValidTo and ExpirationModel of an imported key for DescribeKey: the earliest expiry of
/// the material it holds now.
pub fn terms(rec: &KeyRecord) -> (Option<Timestamp>, Option<ExpirationModelType>) {
    if rec.origin != OriginType::EXTERNAL {
        return (None, None);
    }
    let held = || {
        rec.materials
            .iter()
            .filter(|m| m.sealed.is_some())
            .filter_map(|m| m.import.as_ref())
    };
    let valid_to = held().filter_map(|i| i.valid_to).min();
    let model = match valid_to {
        Some(_) => Some(ExpirationModelType::KEY_MATERIAL_EXPIRES),
        None => held()
            .next()
            .map(|_| ExpirationModelType::KEY_MATERIAL_DOES_NOT_EXPIRE),
    };
    (valid_to.and_then(Timestamp::from_epoch_millis), model)
}

/// What material a key spec takes, for error messages.
pub fn expected_material(spec: KeySpec) -> String {
    if let Some((min, max)) = keyspec::hmac_import_lengths(spec) {
        return format!("it must be {min} to {max} bytes");
    }
    if spec == KeySpec::SYMMETRIC_DEFAULT {
        return "it must be 32 bytes (256 bits)".into();
    }
    format!(
        "it must be a DER-encoded PKCS#8 private key of key spec {}",
        spec.as_str()
    )
}

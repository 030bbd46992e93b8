//! Key pairs: resolving an asymmetric key for an operation, the family its spec belongs to, and
//! its public half.

use super::{Service, authorise, key_state, keyref, keyspec, material};
use crate::crypto::secret::Secret;
use crate::crypto::{ecc, ecc::Curve, ed25519, mldsa, mlkem, rsa_keys, sm2_keys};
use crate::error::{Error, ErrorCode, kms};
use crate::model::{KeySpec, KeyUsageType};
use crate::store::KeyRecord;

/// The family of an asymmetric key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// ECDSA and ECDH on a NIST curve or secp256k1.
    Ec(Curve),
    /// RSA signatures and OAEP.
    Rsa,
    /// EdDSA on Curve25519.
    Ed25519,
    /// ML-DSA signatures.
    MlDsa(mldsa::Level),
    /// ML-KEM encapsulation.
    MlKem(mlkem::Level),
    /// SM2 signatures, encryption and key agreement.
    Sm2,
}

/// The family of a key spec; `None` for symmetric and HMAC specs.
pub fn family(spec: KeySpec) -> Option<Family> {
    keyspec::curve(spec)
        .map(Family::Ec)
        .or_else(|| keyspec::rsa_bits(spec).map(|_| Family::Rsa))
        .or_else(|| (spec == KeySpec::ECC_NIST_EDWARDS25519).then_some(Family::Ed25519))
        .or_else(|| keyspec::mldsa_level(spec).map(Family::MlDsa))
        .or_else(|| keyspec::mlkem_level(spec).map(Family::MlKem))
        .or_else(|| (spec == KeySpec::SM2).then_some(Family::Sm2))
}

/// The stored private key failed to load or to run: the store is damaged, not the request.
pub fn unusable<E>(_: E) -> Error {
    kms(
        ErrorCode::KMSInternalException,
        "The key's private key could not be used.",
    )
}

/// An asymmetric key ready for use: its record, family and unsealed private key.
pub struct PairKey {
    /// The key.
    pub key: KeyRecord,
    /// Its family.
    pub family: Family,
    /// Its private key (PKCS#8 DER).
    pub private: Secret,
}

/// Resolves the key `key_id` names for `op`, authorises `auth` on it, checks its state and
/// that its usage is `usage`, and unseals its private key.
pub fn resolve(
    svc: &Service,
    op: &str,
    auth: &authorise::Ask<'_>,
    key_id: &str,
    usage: KeyUsageType,
) -> Result<PairKey, Error> {
    let key = keyref::resolve(svc, key_id, keyref::Aliases::Accepted)?;
    authorise::key(svc, auth, &key)?;
    ready(svc, op, key, usage)
}

/// Checks an already resolved and authorised key's state and usage, and unseals it.
pub fn ready(
    svc: &Service,
    op: &str,
    key: KeyRecord,
    usage: KeyUsageType,
) -> Result<PairKey, Error> {
    let arn = svc.key_arn(&key.key_id);
    key_state::require(svc, key_state::Use::Cryptographic, &key)?;
    if key.key_usage != usage {
        return Err(kms(
            ErrorCode::InvalidKeyUsageException,
            format!(
                "{arn} key usage is {} which is not valid for {op}.",
                key.key_usage.as_str()
            ),
        ));
    }
    let family = family(key.key_spec).ok_or_else(|| {
        kms(
            ErrorCode::UnsupportedOperationException,
            format!(
                "lkms does not support {op} with KeySpec {} yet.",
                key.key_spec.as_str()
            ),
        )
    })?;
    let (private, _) = material::current(svc, &key)?;
    Ok(PairKey {
        key,
        family,
        private,
    })
}

/// Resolves an ML-KEM key for Encapsulate or Decapsulate (`op`, authorising `auth`),
/// answers a dry run, and returns it with its parameter set.
pub fn ml_kem(
    svc: &Service,
    op: &str,
    auth: &authorise::Ask<'_>,
    key_id: &str,
    dry_run: Option<bool>,
) -> Result<(PairKey, mlkem::Level), Error> {
    let pair = resolve(svc, op, auth, key_id, KeyUsageType::ENCAPSULATE_DECAPSULATE)?;
    let Family::MlKem(level) = pair.family else {
        return Err(unusable(()));
    };
    super::request::dry_run(dry_run)?;
    Ok((pair, level))
}

/// The DER SubjectPublicKeyInfo of a key pair.
pub fn public_key_der(family: Family, private: &[u8]) -> Result<Vec<u8>, Error> {
    match family {
        Family::Ec(curve) => ecc::public_key_der(curve, private).map_err(unusable),
        Family::Rsa => rsa_keys::public_key_der(private).map_err(unusable),
        Family::Ed25519 => ed25519::public_key_der(private).map_err(unusable),
        Family::MlDsa(level) => mldsa::public_key_der(level, private).map_err(unusable),
        Family::MlKem(level) => mlkem::public_key_der(level, private).map_err(unusable),
        Family::Sm2 => sm2_keys::public_key_der(private).map_err(unusable),
    }
}

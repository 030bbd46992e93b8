//! HMAC keys, shared by GenerateMac and VerifyMac: the key must be usable and its spec must
//! match the MAC algorithm.

use super::{Service, authorise, key_state, keyref, keyspec, material, request};
use crate::crypto::mac;
use crate::crypto::secret::Secret;
use crate::error::{Error, ErrorCode, kms};
use crate::model::{KeyUsageType, MacAlgorithmSpec};
use crate::store::KeyRecord;

/// An HMAC key ready for GenerateMac or VerifyMac.
pub struct MacKey {
    /// The key.
    pub key: KeyRecord,
    /// The MAC algorithm.
    pub alg: MacAlgorithmSpec,
    /// The key material.
    pub material: Secret,
}

/// What GenerateMac and VerifyMac requests name: the key, the algorithm, DryRun.
pub type Ask<'a> = (&'a str, &'a str, Option<bool>);

/// Resolves the HMAC key `key_id` names for `op` (needing `auth.action()`), checks it may compute `alg`
/// MACs, answers a dry run, and unseals its material.
pub fn prepare(
    svc: &Service,
    op: &str,
    auth: &authorise::Ask<'_>,
    ask: Ask,
) -> Result<MacKey, Error> {
    let (key_id, alg, dry_run) = ask;
    let alg = MacAlgorithmSpec::parse(alg).unwrap_or(MacAlgorithmSpec::HMAC_SHA_256);
    let key = keyref::resolve(svc, key_id, keyref::Aliases::Refused)?;
    authorise::key(svc, auth, &key)?;
    check(svc, op, &key, alg)?;
    request::dry_run(dry_run)?;
    let (material, _) = material::current(svc, &key)?;
    Ok(MacKey { key, alg, material })
}

/// The hash of a MAC algorithm.
pub fn hash(alg: MacAlgorithmSpec) -> mac::Hash {
    match alg {
        MacAlgorithmSpec::HMAC_SHA_224 => mac::Hash::Sha224,
        MacAlgorithmSpec::HMAC_SHA_256 => mac::Hash::Sha256,
        MacAlgorithmSpec::HMAC_SHA_384 => mac::Hash::Sha384,
        MacAlgorithmSpec::HMAC_SHA_512 => mac::Hash::Sha512,
    }
}

/// Checks that `rec` may compute `alg` MACs for `op`: its state, usage and spec.
fn check(svc: &Service, op: &str, rec: &KeyRecord, alg: MacAlgorithmSpec) -> Result<(), Error> {
    key_state::require(svc, key_state::Use::Cryptographic, rec)?;
    if rec.key_usage != KeyUsageType::GENERATE_VERIFY_MAC {
        return Err(kms(
            ErrorCode::InvalidKeyUsageException,
            format!(
                "{} key usage is {} which is not valid for {op}.",
                svc.key_arn(&rec.key_id),
                rec.key_usage.as_str()
            ),
        ));
    }
    if keyspec::mac_algorithm(rec.key_spec) != Some(alg) {
        return Err(kms(
            ErrorCode::InvalidKeyUsageException,
            format!(
                "Algorithm {} is incompatible with key spec {}.",
                alg.as_str(),
                rec.key_spec.as_str()
            ),
        ));
    }
    Ok(())
}

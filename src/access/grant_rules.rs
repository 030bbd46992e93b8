//! The rules CreateGrant checks: which operations a key's usage admits, what constraints a
//! key admits, and the per-key grant quotas with AWS's LimitExceededException wording.

use super::grant::{Grant, GrantConstraints, GrantOperation};
use crate::error::{Error, ErrorCode, kms};
use crate::model::{KeySpec, KeyUsageType};

/// The operations a grant may allow on a key of this spec and usage, besides `CreateGrant`,
/// `DescribeKey` and `RetireGrant`, which every key admits.
pub fn usage_operations(spec: KeySpec, usage: KeyUsageType) -> &'static [GrantOperation] {
    use GrantOperation::*;
    match usage {
        KeyUsageType::ENCRYPT_DECRYPT if spec == KeySpec::SYMMETRIC_DEFAULT => &[
            Decrypt,
            Encrypt,
            GenerateDataKey,
            GenerateDataKeyPair,
            GenerateDataKeyPairWithoutPlaintext,
            GenerateDataKeyWithoutPlaintext,
            ReEncryptFrom,
            ReEncryptTo,
        ],
        KeyUsageType::ENCRYPT_DECRYPT => {
            &[Decrypt, Encrypt, GetPublicKey, ReEncryptFrom, ReEncryptTo]
        }
        KeyUsageType::SIGN_VERIFY => &[GetPublicKey, Sign, Verify],
        KeyUsageType::GENERATE_VERIFY_MAC => &[GenerateMac, VerifyMac],
        KeyUsageType::KEY_AGREEMENT => &[DeriveSharedSecret, GetPublicKey],
        KeyUsageType::ENCAPSULATE_DECAPSULATE => &[Decapsulate, Encapsulate, GetPublicKey],
    }
}

fn validation(message: String) -> Error {
    kms(ErrorCode::ValidationException, message)
}

/// Checks a new grant's operations and constraints against the key, as CreateGrant does.
pub fn check_new_grant(
    operations: &[GrantOperation],
    constraints: &GrantConstraints,
    spec: KeySpec,
    usage: KeyUsageType,
) -> Result<(), Error> {
    use GrantOperation::*;
    if !operations.is_empty() && operations.iter().all(|o| *o == CreateGrant) {
        return Err(validation(
            "Grants must not contain only the CreateGrant operation.".into(),
        ));
    }
    let allowed = usage_operations(spec, usage);
    let bad: Vec<&str> = operations
        .iter()
        .filter(|o| !matches!(o, CreateGrant | DescribeKey | RetireGrant) && !allowed.contains(o))
        .map(|o| o.as_str())
        .collect();
    if !bad.is_empty() {
        return Err(validation(format!(
            "Grant operations [{}] are not valid for a KMS key with KeySpec {} and KeyUsage {}.",
            bad.join(", "),
            spec.as_str(),
            usage.as_str()
        )));
    }
    if constraints.is_empty() {
        return Ok(());
    }
    if !(spec == KeySpec::SYMMETRIC_DEFAULT && usage == KeyUsageType::ENCRYPT_DECRYPT) {
        return Err(validation(format!(
            "Encryption context grant constraints are not supported for KMS keys with KeySpec {}.",
            spec.as_str()
        )));
    }
    for ec in [
        &constraints.encryption_context_subset,
        &constraints.encryption_context_equals,
    ]
    .into_iter()
    .flatten()
    {
        if ec.len() > 8 || ec.values().any(|v| v.chars().count() > 384) {
            return Err(validation(
                "A grant constraint can hold at most 8 encryption context pairs, each value at \
                 most 384 characters."
                    .into(),
            ));
        }
    }
    Ok(())
}

/// The grant quotas: spec §13 (the guide's 2500 per key and 30 per grantee per key) unless
/// configured otherwise; [`GrantLimits::CURRENT`] is today's AWS (50,000, no per-grantee cap).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GrantLimits {
    /// Grants on one key.
    pub per_key: usize,
    /// Grants on one key for the same grantee principal.
    pub per_grantee_per_key: Option<usize>,
}

impl GrantLimits {
    /// Spec §13.
    pub const GUIDE: Self = Self {
        per_key: 2500,
        per_grantee_per_key: Some(30),
    };
    /// Current AWS quotas (spec §17).
    pub const CURRENT: Self = Self {
        per_key: 50_000,
        per_grantee_per_key: None,
    };

    /// Whether one more grant for `grantee` fits beside the key's `existing` grants.
    pub fn check_room(&self, existing: &[Grant], grantee: &str) -> Result<(), Error> {
        let full = |what: &str, quota: usize, usage: usize| {
            kms(
                ErrorCode::LimitExceededException,
                format!("{what} is {quota} but the current usage is {usage}."),
            )
        };
        if existing.len() >= self.per_key {
            return Err(full(
                "Grant quota for this key",
                self.per_key,
                existing.len(),
            ));
        }
        if let Some(cap) = self.per_grantee_per_key {
            let n = existing
                .iter()
                .filter(|g| g.grantee_principal == grantee)
                .count();
            if n >= cap {
                return Err(full(
                    "Grant quota for this grantee principal on this key",
                    cap,
                    n,
                ));
            }
        }
        Ok(())
    }
}

impl Default for GrantLimits {
    fn default() -> Self {
        Self::GUIDE
    }
}

//! The action table (spec §4.9): which IAM actions each API operation authorises, on what,
//! and which condition keys it sets (spec §5.2–§5.3).

/// What an authorisation is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum On {
    /// No resource (`*`); IAM policies alone decide.
    Account,
    /// The alias ARN named in the request; IAM policies alone decide.
    Alias,
    /// The key the request names: `KeyId`, ReEncrypt's source key, UpdateAlias's current
    /// target, UpdatePrimaryRegion's primary.
    Key,
    /// The second key: ReEncrypt's destination, UpdateAlias's new target,
    /// UpdatePrimaryRegion's replica in the new primary Region.
    OtherKey,
}

/// One authorisation an operation needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Check {
    /// The IAM action.
    pub action: &'static str,
    /// What it is on.
    pub on: On,
}

const fn on(action: &'static str, on: On) -> Check {
    Check { action, on }
}

/// A table of operations, each with its action `kms:<Operation>` made at compile time.
macro_rules! operations {
    ($(#[$doc:meta])* $name:ident: $($op:literal),+ $(,)?) => {
        $(#[$doc])*
        const $name: &[(&str, &str)] = &[$(($op, concat!("kms:", $op))),+];
    };
}

operations!(
    /// Operations decided by IAM policies alone, on Resource `*`.
    IAM_ONLY:
    "CreateKey",
    "GenerateRandom",
    "ListAliases",
    "ListKeys",
    "ListRetirableGrants",
    "ConnectCustomKeyStore",
    "CreateCustomKeyStore",
    "DeleteCustomKeyStore",
    "DescribeCustomKeyStores",
    "DisconnectCustomKeyStore",
    "UpdateCustomKeyStore",
);

operations!(
    /// Operations on one key whose action is `kms:<Operation>`.
    ON_KEY:
    "CancelKeyDeletion",
    "CreateGrant",
    "Decapsulate",
    "Decrypt",
    "DeleteImportedKeyMaterial",
    "DeriveSharedSecret",
    "DescribeKey",
    "DisableKey",
    "DisableKeyRotation",
    "EnableKey",
    "EnableKeyRotation",
    "Encapsulate",
    "Encrypt",
    "GenerateDataKey",
    "GenerateDataKeyPair",
    "GenerateDataKeyPairWithoutPlaintext",
    "GenerateDataKeyWithoutPlaintext",
    "GenerateMac",
    "GetKeyLastUsage",
    "GetKeyPolicy",
    "GetKeyRotationStatus",
    "GetParametersForImport",
    "GetPublicKey",
    "ImportKeyMaterial",
    "ListGrants",
    "ListKeyPolicies",
    "ListKeyRotations",
    "ListResourceTags",
    "PutKeyPolicy",
    // Decided by the grant first (Grant::retire_right); a policy allowing kms:RetireGrant
    // on the key is the fallback.
    "RetireGrant",
    "RevokeGrant",
    "RotateKeyOnDemand",
    "ScheduleKeyDeletion",
    "Sign",
    "TagResource",
    "UntagResource",
    "UpdateKeyDescription",
    "Verify",
    "VerifyMac",
);

/// The authorisations `operation` needs, in the order to check them; `None` for a name that
/// is not a KMS operation.
pub fn checks(operation: &str) -> Option<Vec<Check>> {
    let action = |op: &str| -> Option<&'static str> {
        IAM_ONLY
            .iter()
            .chain(ON_KEY)
            .find(|(o, _)| *o == op)
            .map(|(_, a)| *a)
    };
    let two = |a: &'static str, x: On, y: On| Some(vec![on(a, x), on(a, y)]);
    match operation {
        "CreateAlias" => two("kms:CreateAlias", On::Alias, On::Key),
        "DeleteAlias" => two("kms:DeleteAlias", On::Alias, On::Key),
        "UpdateAlias" => Some(vec![
            on("kms:UpdateAlias", On::Alias),
            on("kms:UpdateAlias", On::Key),
            on("kms:UpdateAlias", On::OtherKey),
        ]),
        "ReEncrypt" => Some(vec![
            on("kms:ReEncryptFrom", On::Key),
            on("kms:ReEncryptTo", On::OtherKey),
        ]),
        // The replica is a new key in another Region: CreateKey there, on `*`.
        "ReplicateKey" => Some(vec![
            on("kms:ReplicateKey", On::Key),
            on("kms:CreateKey", On::Account),
        ]),
        "UpdatePrimaryRegion" => two("kms:UpdatePrimaryRegion", On::Key, On::OtherKey),
        op if is_iam_only(op) => Some(vec![on(action(op)?, On::Account)]),
        op => Some(vec![on(action(op)?, On::Key)]),
    }
}

/// Whether `operation` is decided by IAM policies alone.
fn is_iam_only(operation: &str) -> bool {
    IAM_ONLY.iter().any(|(o, _)| *o == operation)
}

/// Whether `kms:CallerAccount` (and `kms:ViaService`, for calls through a service) apply:
/// every operation except the IAM-only ones and RetireGrant (spec §5.2).
pub fn has_caller_account(operation: &str) -> bool {
    !is_iam_only(operation) && operation != "RetireGrant"
}

/// The keys that describe the key (`Context::key`), set on every operation on a key.
pub const KEY_KEYS: &[&str] = &[
    "kms:KeySpec",
    "kms:KeyUsage",
    "kms:KeyOrigin",
    "kms:ResourceAliases",
    "aws:ResourceTag/",
];

/// The request-specific condition keys `operation` sets, beyond the global `aws:` keys,
/// `kms:CallerAccount` and the key-describing keys. A name ending in `:` or `/` is a prefix.
pub fn request_keys(operation: &str) -> &'static [&'static str] {
    const EC: &[&str] = &[
        "kms:EncryptionContext:",
        "kms:EncryptionContextKeys",
        "kms:EncryptionAlgorithm",
        "kms:RequestAlias",
    ];
    match operation {
        "Encrypt"
        | "Decrypt"
        | "GenerateDataKey"
        | "GenerateDataKeyWithoutPlaintext"
        | "GenerateDataKeyPair"
        | "GenerateDataKeyPairWithoutPlaintext" => EC,
        "ReEncrypt" => &[
            "kms:EncryptionContext:",
            "kms:EncryptionContextKeys",
            "kms:EncryptionAlgorithm",
            "kms:ReEncryptOnSameKey",
            "kms:RequestAlias",
        ],
        "Sign" | "Verify" => &[
            "kms:SigningAlgorithm",
            "kms:MessageType",
            "kms:RequestAlias",
        ],
        "GenerateMac" | "VerifyMac" => &["kms:MacAlgorithm", "kms:RequestAlias"],
        "DescribeKey" | "GetPublicKey" | "DeriveSharedSecret" | "Encapsulate" | "Decapsulate" => {
            &["kms:RequestAlias"]
        }
        "CreateGrant" => &[
            "kms:GrantOperations",
            "kms:GrantConstraintType",
            "kms:GrantIsForAWSResource",
            "kms:GranteePrincipal",
            "kms:RetiringPrincipal",
        ],
        "CreateKey" => &[
            "kms:KeySpec",
            "kms:KeyUsage",
            "kms:KeyOrigin",
            "kms:BypassPolicyLockoutSafetyCheck",
            "aws:RequestTag/",
            "aws:TagKeys",
        ],
        "PutKeyPolicy" => &["kms:BypassPolicyLockoutSafetyCheck"],
        "ScheduleKeyDeletion" => &["kms:ScheduleKeyDeletionPendingWindowInDays"],
        "EnableKeyRotation" => &["kms:RotationPeriodInDays"],
        "TagResource" => &["aws:RequestTag/", "aws:TagKeys"],
        "UntagResource" => &["aws:TagKeys"],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_model_operation_has_checks() {
        let model = crate::spec::OPERATIONS;
        assert_eq!(model.len(), 56);
        for op in model.iter().map(|o| o.name) {
            let c = checks(op).unwrap_or_else(|| panic!("{op} has no checks"));
            assert!(!c.is_empty(), "{op}");
            assert!(
                c.iter()
                    .all(|c| c.action.starts_with("kms:") && c.action != "kms:*")
            );
        }
        assert_eq!(checks("Frobnicate"), None);
    }

    #[test]
    fn spec_4_9_rows() {
        assert_eq!(
            checks("ReEncrypt").unwrap(),
            [
                on("kms:ReEncryptFrom", On::Key),
                on("kms:ReEncryptTo", On::OtherKey)
            ]
        );
        let ua = checks("UpdateAlias").unwrap();
        assert_eq!(
            ua.iter().map(|c| c.on).collect::<Vec<_>>(),
            [On::Alias, On::Key, On::OtherKey]
        );
        assert_eq!(
            checks("CreateAlias").unwrap(),
            [
                on("kms:CreateAlias", On::Alias),
                on("kms:CreateAlias", On::Key)
            ]
        );
        for op in [
            "CreateKey",
            "ListKeys",
            "ListAliases",
            "GenerateRandom",
            "ListRetirableGrants",
        ] {
            assert_eq!(checks(op).unwrap()[0].on, On::Account, "{op}");
            assert!(!has_caller_account(op));
        }
        assert_eq!(checks("Encrypt").unwrap(), [on("kms:Encrypt", On::Key)]);
        assert!(has_caller_account("Encrypt") && !has_caller_account("RetireGrant"));
        assert!(request_keys("ReEncrypt").contains(&"kms:ReEncryptOnSameKey"));
        assert!(request_keys("CreateGrant").contains(&"kms:GrantOperations"));
    }
}

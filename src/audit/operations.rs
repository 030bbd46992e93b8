//! How CloudTrail classifies each KMS operation: read-only or not, cryptographic or not, and
//! whether it counts as a use of the key for GetKeyLastUsage.

/// The operations GetKeyLastUsage tracks: the model's `KeyLastUsageTrackingOperation` values.
pub const TRACKED: &[&str] = &[
    "Decrypt",
    "DeriveSharedSecret",
    "Encrypt",
    "GenerateDataKey",
    "GenerateDataKeyPair",
    "GenerateDataKeyPairWithoutPlaintext",
    "GenerateDataKeyWithoutPlaintext",
    "GenerateMac",
    "ReEncrypt",
    "Sign",
    "Verify",
    "VerifyMac",
    "Encapsulate",
    "Decapsulate",
];

/// Whether a successful call of `operation` is a use of its key(s) that GetKeyLastUsage reports.
pub fn is_tracked(operation: &str) -> bool {
    TRACKED.contains(&operation)
}

/// Whether `operation` is cryptographic: CloudTrail records `responseElements: null` for it,
/// since its response holds plaintext, ciphertext, signatures or MACs.
pub fn is_cryptographic(operation: &str) -> bool {
    is_tracked(operation) || operation == "GenerateRandom"
}

/// The event's `readOnly` flag: true for Describe, List and Get calls and for the cryptographic
/// operations, except ReEncrypt, which the guide records as `false`.
pub fn is_read_only(operation: &str) -> bool {
    ["Describe", "List", "Get"]
        .iter()
        .any(|p| operation.starts_with(p))
        || (is_cryptographic(operation) && operation != "ReEncrypt")
}

/// Whether CloudTrail writes `responseElements` for a successful call: only for calls that
/// change something and return no secret; reads and cryptographic calls get `null`.
pub fn records_response(operation: &str) -> bool {
    !is_read_only(operation) && !is_cryptographic(operation)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classification_follows_the_guide() {
        for op in [
            "Encrypt",
            "Decrypt",
            "GenerateDataKey",
            "GenerateRandom",
            "Sign",
        ] {
            assert!(is_read_only(op), "{op}");
            assert!(!records_response(op), "{op}");
        }
        for op in [
            "DescribeKey",
            "ListAliases",
            "GetKeyPolicy",
            "GetParametersForImport",
        ] {
            assert!(is_read_only(op), "{op}");
            assert!(!is_cryptographic(op), "{op}");
        }
        assert!(!is_read_only("ReEncrypt"));
        assert!(is_cryptographic("ReEncrypt"));
        assert!(!records_response("ReEncrypt"));
        for op in [
            "CreateKey",
            "DisableKey",
            "CreateGrant",
            "ScheduleKeyDeletion",
        ] {
            assert!(!is_read_only(op) && records_response(op), "{op}");
        }
        assert!(is_tracked("VerifyMac") && !is_tracked("GenerateRandom"));
        assert!(!is_tracked("DescribeKey") && !is_tracked("GetPublicKey"));
    }

    #[test]
    fn tracked_operations_are_the_model_enum() {
        let shape = crate::spec::shape("KeyLastUsageTrackingOperation").unwrap();
        let mut model: Vec<&str> = shape.enum_values.to_vec();
        let mut ours = TRACKED.to_vec();
        model.sort_unstable();
        ours.sort_unstable();
        assert_eq!(model, ours);
    }
}

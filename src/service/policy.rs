//! Key policies: the default policy and the checks made when one is given.
//! Full statement validation and evaluation come with the key-policy work.

use super::validate::Validator;
use crate::error::{Error, ErrorCode, kms};

/// The largest key policy KMS accepts, in bytes.
pub const MAX_POLICY_BYTES: usize = 32768;

/// The policy KMS attaches when CreateKey is given none, formatted as KMS returns it.
pub fn default_policy(account: &str) -> String {
    format!(
        "{{\n  \"Version\" : \"2012-10-17\",\n  \"Id\" : \"key-default-1\",\n  \"Statement\" : [ {{\n    \
         \"Sid\" : \"Enable IAM User Permissions\",\n    \"Effect\" : \"Allow\",\n    \
         \"Principal\" : {{\n      \"AWS\" : \"arn:aws:iam::{account}:root\"\n    }},\n    \
         \"Action\" : \"kms:*\",\n    \"Resource\" : \"*\"\n  }} ]\n}}"
    )
}

/// Adds the model's constraints on a `Policy` member to `v`.
pub fn constrain(v: &mut Validator, policy: &str) {
    v.length("policy", Some(policy), policy.len(), 1, MAX_POLICY_BYTES);
    let ok = policy
        .chars()
        .all(|c| matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{ff}'));
    v.pattern(
        "policy",
        policy,
        ok,
        "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
    );
}

/// Checks that a policy is a JSON document with the required top-level elements.
pub fn check_document(policy: &str) -> Result<(), Error> {
    let malformed = |m: &str| Err(kms(ErrorCode::MalformedPolicyDocumentException, m));
    let Ok(doc) = serde_json::from_str::<serde_json::Value>(policy) else {
        return malformed("The key policy is not valid JSON.");
    };
    let Some(obj) = doc.as_object() else {
        return malformed("The key policy must be a JSON object.");
    };
    if !obj.contains_key("Statement") {
        return malformed("The key policy has no Statement element.");
    }
    Ok(())
}

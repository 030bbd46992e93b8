//! Help text for members, in lkms's own words: a sentence per common member; members without an
//! entry here get a description built from their type; and, for long help and man pages, the
//! constraints the model puts on each. Each operation's summary, description and examples live in
//! its own file under [`crate::ops`].

use crate::spec::{self, Kind};

fn member_sentence(member: &str) -> Option<&'static str> {
    Some(match member {
        "KeyId" => {
            "The key: key ID or key ARN (alias name or alias ARN where the operation takes one)."
        }
        "TargetKeyId" => "The key ID or key ARN the alias points to.",
        "DestinationKeyId" => "The key to encrypt under: key ID, key ARN, alias name or alias ARN.",
        "SourceKeyId" => "The key that made the ciphertext, if you want it checked.",
        "AliasName" => "The alias: alias/ followed by letters, digits, /, _, - or :.",
        "Plaintext" => "The data: base64 text, or fileb://PATH for raw bytes.",
        "CiphertextBlob" => "The ciphertext: fileb://PATH for raw bytes, or base64 text.",
        "EncryptionContext" | "SourceEncryptionContext" | "DestinationEncryptionContext" => {
            "Authenticated context that must be given again to decrypt: k1=v1,k2=v2 or JSON."
        }
        "GrantTokens" => {
            "Grant tokens for grants that are not yet in effect (values after the flag)."
        }
        "Description" => "A description of the key, up to 8192 characters.",
        "Policy" => "A key policy document (JSON), inline or file://PATH.",
        "PolicyName" => "The policy name; default is the only one.",
        "Tags" => "Tags: TagKey=k,TagValue=v ... or a JSON list.",
        "TagKeys" => "Tag keys to remove: values after the flag, or a JSON list.",
        "NumberOfBytes" => "How many bytes, 1 to 1024.",
        "PendingWindowInDays" => "Days to wait before deleting, 7 to 30.",
        "RotationPeriodInDays" => "Days between automatic rotations, 90 to 2560.",
        "Limit" => "Items per page; turns automatic paging off.",
        "Marker" => "NextMarker from the previous page; turns automatic paging off.",
        "DryRun" => "Check the request and permissions without doing it.",
        "Origin" => "Where the material comes from: AWS_KMS, or EXTERNAL to import it later.",
        "KeyUsage" => "What the key is for.",
        "KeySpec" => "The kind of key (for a data key: AES_256 or AES_128).",
        "CustomerMasterKeySpec" => "Deprecated name for --key-spec.",
        "BypassPolicyLockoutSafetyCheck" => {
            "Skip the check that the policy still lets you change it later."
        }
        "MultiRegion" => "Make a multi-Region key.",
        _ => return None,
    })
}

/// The help line for member `member` of shape `shape`.
pub fn member(member: &str, shape: &str) -> String {
    if let Some(s) = member_sentence(member) {
        return s.to_string();
    }
    let Some(s) = spec::shape(shape) else {
        return String::new();
    };
    match s.kind {
        Kind::String if !s.enum_values.is_empty() => {
            format!("One of: {}.", s.enum_values.join(", "))
        }
        Kind::String => "A string, or file://PATH to read it from a file.".into(),
        Kind::Integer => match (s.min, s.max) {
            (Some(a), Some(b)) => format!("A whole number from {a} to {b}."),
            _ => "A whole number.".into(),
        },
        Kind::Boolean => "A switch; --no-... turns it off.".into(),
        Kind::Blob => "Binary data: base64 text, or fileb://PATH for raw bytes.".into(),
        Kind::Timestamp => "A time: ISO 8601 (2030-01-02T03:04:05Z) or epoch seconds.".into(),
        Kind::List => "A list: values after the flag, or a JSON list.".into(),
        Kind::Map => "Pairs: k1=v1,k2=v2 or a JSON object.".into(),
        Kind::Structure => {
            let names: Vec<&str> = s.members.iter().map(|(m, _)| *m).collect();
            format!(
                "A structure ({}): shorthand Name=value,... or JSON.",
                names.join(", ")
            )
        }
    }
}

/// The model's constraints on a member, in a sentence: required or optional, then lengths,
/// ranges, allowed values (unless `said` already lists them) and pattern.
pub fn constraints(shape: &str, required: bool, said: &str) -> String {
    let mut parts = vec![if required { "Required." } else { "Optional." }.to_string()];
    let Some(s) = spec::shape(shape) else {
        return parts.join(" ");
    };
    let unit = match s.kind {
        Kind::Blob => Some("bytes"),
        Kind::String => Some("characters"),
        Kind::List => Some("items"),
        Kind::Map => Some("pairs"),
        _ => None,
    };
    match (s.kind, s.min, s.max, unit) {
        (Kind::Integer, Some(a), Some(b), _) => parts.push(format!("From {a} to {b}.")),
        (Kind::Integer, Some(a), None, _) => parts.push(format!("At least {a}.")),
        (_, Some(a), Some(b), Some(u)) if a == b => parts.push(format!("Exactly {a} {u}.")),
        (_, Some(a), Some(b), Some(u)) => parts.push(format!("{a} to {b} {u}.")),
        (_, None, Some(b), Some(u)) => parts.push(format!("At most {b} {u}.")),
        (_, Some(a), None, Some(u)) if a > 0 => parts.push(format!("At least {a} {u}.")),
        _ => {}
    }
    if !s.enum_values.is_empty() && !said.starts_with("One of:") {
        parts.push(format!("One of: {}.", s.enum_values.join(", ")));
    }
    if let Some(p) = s.pattern {
        parts.push(format!("Pattern: {p}"));
    }
    parts.join(" ")
}

//! Help text, in lkms's own words: a summary per operation and a sentence per common member.
//! Members without an entry here get a description built from their type.

use crate::spec::{self, Kind};

/// One line saying what an operation does.
pub fn summary(op: &str) -> &'static str {
    match op {
        "CancelKeyDeletion" => "Stops a scheduled key deletion; the key is left Disabled.",
        "ConnectCustomKeyStore" => "Connects a custom key store to its backing store.",
        "CreateAlias" => "Gives a key a friendly name that works wherever --key-id takes an alias.",
        "CreateCustomKeyStore" => {
            "Creates a custom key store backed by CloudHSM or an external proxy."
        }
        "CreateGrant" => "Lets another principal use a key for chosen operations.",
        "CreateKey" => "Creates a KMS key in the current region and prints its metadata.",
        "Decapsulate" => "Recovers a shared secret from an ML-KEM ciphertext.",
        "Decrypt" => "Decrypts a ciphertext blob and prints the plaintext (base64).",
        "DeleteAlias" => "Deletes an alias; the key it pointed to is not affected.",
        "DeleteCustomKeyStore" => "Deletes a custom key store.",
        "DeleteImportedKeyMaterial" => {
            "Deletes imported key material; the key waits for new material."
        }
        "DeriveSharedSecret" => {
            "Derives a shared secret from a key-agreement key and a peer's public key."
        }
        "DescribeCustomKeyStores" => "Lists custom key stores and their connection states.",
        "DescribeKey" => "Prints a key's metadata: state, usage, spec, dates and current material.",
        "DisableKey" => "Disables a key: it keeps its material but refuses cryptographic use.",
        "DisableKeyRotation" => "Turns off automatic rotation; existing material versions stay.",
        "DisconnectCustomKeyStore" => "Disconnects a custom key store.",
        "EnableKey" => "Enables a disabled key so it can be used again.",
        "EnableKeyRotation" => "Turns on automatic rotation: new key material every period.",
        "Encapsulate" => "Makes an ML-KEM ciphertext and shared secret for a key.",
        "Encrypt" => "Encrypts up to 4096 bytes under a key and prints the ciphertext blob.",
        "GenerateDataKey" => {
            "Makes a data key and prints it in plaintext and encrypted under a key."
        }
        "GenerateDataKeyPair" => {
            "Makes an asymmetric data key pair, the private half also encrypted."
        }
        "GenerateDataKeyPairWithoutPlaintext" => {
            "Makes a data key pair and prints only the encrypted private half."
        }
        "GenerateDataKeyWithoutPlaintext" => "Makes a data key and prints only its encrypted copy.",
        "GenerateMac" => "Computes an HMAC of a message with an HMAC key.",
        "GenerateRandom" => "Prints 1 to 1024 cryptographically secure random bytes.",
        "GetKeyLastUsage" => "Says when a key was last used.",
        "GetKeyPolicy" => "Prints a key's policy exactly as it was stored.",
        "GetKeyRotationStatus" => {
            "Prints whether automatic rotation is on and when it next happens."
        }
        "GetParametersForImport" => {
            "Prints a wrapping public key and import token for importing material."
        }
        "GetPublicKey" => "Prints the public half of an asymmetric key.",
        "ImportKeyMaterial" => {
            "Imports wrapped key material into a key made with --origin EXTERNAL."
        }
        "ListAliases" => "Lists the aliases in the region, or only those of one key.",
        "ListGrants" => "Lists the grants on a key.",
        "ListKeyPolicies" => "Lists the names of a key's policies (always default).",
        "ListKeyRotations" => "Lists a key's completed rotations, oldest first.",
        "ListKeys" => "Lists the keys in the region, in every state.",
        "ListResourceTags" => "Lists a key's tags, sorted by tag key.",
        "ListRetirableGrants" => "Lists the grants a principal may retire.",
        "PutKeyPolicy" => {
            "Replaces a key's policy; the document is checked, then kept byte for byte."
        }
        "ReEncrypt" => {
            "Decrypts and encrypts again under another key without exposing the plaintext."
        }
        "ReplicateKey" => "Copies a multi-Region key to another region.",
        "RetireGrant" => "Ends a grant, as its grantee or retiring principal.",
        "RevokeGrant" => "Ends a grant, as the key's administrator.",
        "RotateKeyOnDemand" => {
            "Rotates a key now: new material becomes current (10 times at most)."
        }
        "ScheduleKeyDeletion" => "Schedules a key's deletion after 7 to 30 days (default 30).",
        "Sign" => "Signs a message or digest with an asymmetric key.",
        "TagResource" => "Adds tags to a key, or replaces the values of existing tag keys.",
        "UntagResource" => "Removes tags from a key by tag key.",
        "UpdateAlias" => "Points an existing alias at another key.",
        "UpdateCustomKeyStore" => "Changes a custom key store's settings.",
        "UpdateKeyDescription" => "Replaces a key's description.",
        "UpdatePrimaryRegion" => "Makes a replica of a multi-Region key its primary.",
        "Verify" => "Checks a signature made by Sign.",
        "VerifyMac" => "Checks an HMAC made by GenerateMac.",
        _ => "An AWS KMS operation.",
    }
}

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

//! Key resolution: the identifiers `KeyId` accepts (key ID, key ARN, alias name, alias ARN),
//! and finding the key they name with AWS's error for each way that fails.

use super::Service;
use super::{housekeeping, managed};
use crate::error::{Error, ErrorCode, kms};
use crate::store::KeyRecord;

/// Whether an operation accepts alias names and alias ARNs as `KeyId`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aliases {
    /// DescribeKey, Encrypt, Decrypt, GenerateDataKey*, ReEncrypt and the like.
    Accepted,
    /// Everything else: key ID or key ARN only.
    Refused,
}

/// Resolves a `KeyId` parameter to an existing key, with AWS's errors for each failure. The key
/// is loaded through [`housekeeping::load`], so a deletion, expiry or rotation that has fallen
/// due happens first. A predefined `alias/aws/<service>` that does not exist yet gets its AWS
/// managed key now, as AWS makes it on first reference.
pub fn resolve(svc: &Service, input: &str, aliases: Aliases) -> Result<KeyRecord, Error> {
    let not_found = |m: String| kms(ErrorCode::NotFoundException, m);
    let parsed = parse(input, svc.region(), svc.account_id());
    // Key IDs and alias names are looked up in the caller's own account: a caller of another
    // account reaches this keystore's keys only by ARN.
    let caller_account = &svc.caller().account;
    if caller_account != svc.account_id() && !input.starts_with("arn:") {
        let arn =
            |resource: &str| format!("arn:aws:kms:{}:{caller_account}:{resource}", svc.region());
        return Err(match parsed {
            Ok(KeyRef::Key(id)) => not_found(format!(
                "Key '{}' does not exist",
                arn(&format!("key/{id}"))
            )),
            Ok(KeyRef::Alias(a)) if aliases == Aliases::Accepted => {
                not_found(format!("Alias {} is not found.", arn(&a)))
            }
            _ => not_found(format!("Invalid keyId '{input}'")),
        });
    }
    match parsed {
        Ok(KeyRef::Key(id)) => housekeeping::load(svc, &id)?
            .ok_or_else(|| not_found(format!("Key '{}' does not exist", svc.key_arn(&id)))),
        Ok(KeyRef::Alias(alias)) => match aliases {
            Aliases::Accepted => {
                let missing =
                    || not_found(format!("Alias {} is not found.", svc.alias_arn(&alias)));
                let Some(target) = svc.read_alias(&alias)? else {
                    return managed::provision(svc, &alias)?.ok_or_else(missing);
                };
                housekeeping::load(svc, &target.target_key_id)?.ok_or_else(missing)
            }
            Aliases::Refused => Err(not_found(format!("Invalid keyId '{input}'"))),
        },
        Err(KeyRefError::InvalidKeyId) => Err(not_found(format!("Invalid keyId '{input}'"))),
        Err(KeyRefError::OtherRegion(r)) => Err(not_found(format!("Invalid arn {r}"))),
        Err(KeyRefError::OtherAccount) => Err(not_found(format!("Key '{input}' does not exist"))),
        Err(KeyRefError::InvalidArn) => Err(kms(
            ErrorCode::InvalidArnException,
            format!("{input} is not a valid KMS key or alias ARN"),
        )),
    }
}

/// The alias a `KeyId` names (`alias/…`), whether given as an alias name or an alias ARN.
pub fn alias_named(input: &str) -> Option<&str> {
    let alias = match input.strip_prefix("arn:") {
        Some(rest) => rest.splitn(5, ':').nth(4)?,
        None => input,
    };
    alias.starts_with("alias/").then_some(alias)
}

/// What a key identifier names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyRef {
    /// A key ID (from a bare ID or a key ARN in this region and account).
    Key(String),
    /// An alias name, `alias/…` (from a bare name or an alias ARN).
    Alias(String),
}

pub use crate::model::is_key_id;

/// Why an identifier was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyRefError {
    /// Not a key ID, key ARN, alias name or alias ARN.
    InvalidKeyId,
    /// An ARN that is not a KMS key or alias ARN.
    InvalidArn,
    /// A well-formed ARN for another region (carries that region).
    OtherRegion(String),
    /// A well-formed ARN for another account (carries the full input).
    OtherAccount,
}

/// Parses `input` as seen from `region` and `account`.
pub fn parse(input: &str, region: &str, account: &str) -> Result<KeyRef, KeyRefError> {
    if let Some(rest) = input.strip_prefix("arn:") {
        let parts: Vec<&str> = rest.splitn(5, ':').collect();
        let [partition, service, arn_region, arn_account, resource] = parts[..] else {
            return Err(KeyRefError::InvalidArn);
        };
        if partition.is_empty() || service != "kms" {
            return Err(KeyRefError::InvalidArn);
        }
        let kind = if let Some(id) = resource.strip_prefix("key/") {
            if !is_key_id(id) {
                return Err(KeyRefError::InvalidArn);
            }
            KeyRef::Key(id.to_string())
        } else if resource.starts_with("alias/") && resource.len() > "alias/".len() {
            KeyRef::Alias(resource.to_string())
        } else {
            return Err(KeyRefError::InvalidArn);
        };
        if arn_region != region {
            return Err(KeyRefError::OtherRegion(arn_region.to_string()));
        }
        if arn_account != account {
            return Err(KeyRefError::OtherAccount);
        }
        return Ok(kind);
    }
    if input.starts_with("alias/") && input.len() > "alias/".len() {
        return Ok(KeyRef::Alias(input.to_string()));
    }
    if is_key_id(input) {
        return Ok(KeyRef::Key(input.to_string()));
    }
    Err(KeyRefError::InvalidKeyId)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "1234abcd-12ab-34cd-56ef-1234567890ab";

    #[test]
    fn forms() {
        let p = |s: &str| parse(s, "us-east-1", "111122223333");
        assert_eq!(p(ID), Ok(KeyRef::Key(ID.into())));
        assert_eq!(
            p(&format!("arn:aws:kms:us-east-1:111122223333:key/{ID}")),
            Ok(KeyRef::Key(ID.into()))
        );
        assert_eq!(p("alias/x"), Ok(KeyRef::Alias("alias/x".into())));
        assert_eq!(
            p("arn:aws:kms:us-east-1:111122223333:alias/x"),
            Ok(KeyRef::Alias("alias/x".into()))
        );
        assert_eq!(
            p(&format!("arn:aws:kms:eu-west-1:111122223333:key/{ID}")),
            Err(KeyRefError::OtherRegion("eu-west-1".into()))
        );
        assert_eq!(
            p(&format!("arn:aws:kms:us-east-1:444455556666:key/{ID}")),
            Err(KeyRefError::OtherAccount)
        );
        assert_eq!(
            p("arn:aws:kms:us-east-1:111122223333:key/nope"),
            Err(KeyRefError::InvalidArn)
        );
        assert_eq!(p("arn:aws:kms"), Err(KeyRefError::InvalidArn));
        assert_eq!(p("alias/"), Err(KeyRefError::InvalidKeyId));
        assert_eq!(p(&ID.to_uppercase()), Err(KeyRefError::InvalidKeyId));
        assert_eq!(p("../../etc/passwd"), Err(KeyRefError::InvalidKeyId));
        assert!(is_key_id("mrk-1234567890abcdef1234567890abcdef"));
        // kms:RequestAlias: the alias, however the request names it; none for keys.
        assert_eq!(alias_named("alias/x"), Some("alias/x"));
        assert_eq!(
            alias_named("arn:aws:kms:us-east-1:111122223333:alias/x"),
            Some("alias/x")
        );
        assert_eq!(alias_named(ID), None);
        assert_eq!(
            alias_named(&format!("arn:aws:kms:us-east-1:111122223333:key/{ID}")),
            None
        );
        assert_eq!(alias_named("arn:aws"), None);
        assert!(!is_key_id("mrk-1234"));
    }
}

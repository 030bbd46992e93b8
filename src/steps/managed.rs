//! AWS managed keys: the key behind `alias/aws/<service>`, made the first time the alias is
//! named, as AWS makes it: KeyManager AWS, the service's description and key policy (use only
//! through the service, `kms:ViaService` and `kms:CallerAccount`; direct access to the key's
//! metadata for the account), automatic rotation every year, and nothing a caller may change.
//!
//! The policy decides what a direct caller may do, as in AWS: describe, get and list (and revoke
//! grants, for services that grant); everything else is AccessDeniedException, because no
//! statement of the policy allows it.

pub use super::managed_services::RESERVED_PREFIX;
use super::managed_services::{entry, policy, services};
use super::{Service, material, persist, rotation};
use crate::crypto::random;
use crate::error::{Error, ErrorCode, kms};
use crate::model::{KeyManagerType, KeySpec, KeyState, KeyUsageType, OriginType};
use crate::store::{AliasRecord, KeyRecord, RotationSettings};

/// True when `alias` (`alias/…`) is one of AWS's predefined managed-key aliases.
pub fn is_predefined(alias: &str) -> bool {
    entry(alias).is_some()
}

/// Every predefined alias, sorted by name. ListAliases shows each one, with no target, until
/// its key is made.
pub fn predefined_aliases() -> Vec<String> {
    let mut names: Vec<String> = services()
        .map(|service| format!("{RESERVED_PREFIX}{service}"))
        .collect();
    names.sort();
    names
}

/// The key behind a predefined alias that does not exist yet: made now, with its alias, as AWS
/// makes it on first reference. `None` for any other alias. Another process that made it first
/// wins: its key is returned.
pub fn provision(svc: &Service, alias: &str) -> Result<Option<KeyRecord>, Error> {
    let Some(entry) = entry(alias) else {
        return Ok(None);
    };
    let store = svc.store();
    let _lock = store.lock()?;
    if let Some(existing) = store.load_alias(svc.region(), alias)? {
        return persist::load_locked(svc, &existing.target_key_id).map(Some);
    }
    let now = svc.now_millis();
    let key_id = random::uuid_v4();
    let material_id = random::hex_id();
    let bytes = super::keyspec::new_material(KeySpec::SYMMETRIC_DEFAULT);
    let rec = KeyRecord {
        key_id: key_id.clone(),
        creation_date: now,
        description: format!(
            "Default key that protects my {} when no other key is defined",
            entry.protects
        ),
        key_usage: KeyUsageType::ENCRYPT_DECRYPT,
        key_spec: KeySpec::SYMMETRIC_DEFAULT,
        origin: OriginType::AWS_KMS,
        key_manager: KeyManagerType::AWS,
        key_state: KeyState::Enabled,
        deletion_date: None,
        pending_window_in_days: None,
        policy: policy(entry, svc.account_id(), svc.region()),
        tags: Vec::new(),
        materials: vec![material::seal(svc, &key_id, &material_id, &bytes, now)],
        current_material_id: Some(material_id),
        rotation: Some(RotationSettings {
            enabled: true,
            period_days: rotation::DEFAULT_PERIOD_DAYS,
            next_rotation: Some(now + i64::from(rotation::DEFAULT_PERIOD_DAYS) * rotation::DAY_MS),
        }),
        on_demand_rotations: 0,
        custom_key_store_id: None,
        xks_key_id: None,
        multi_region: None,
    };
    store.write_key(svc.region(), &rec)?;
    store.write_alias(
        svc.region(),
        &AliasRecord {
            alias_name: alias.to_string(),
            target_key_id: key_id,
            creation_date: now,
            last_updated_date: now,
        },
    )?;
    Ok(Some(rec))
}

/// The AccessDeniedException AWS gives a direct caller for `action` on an AWS managed key, or
/// `None` when the managed-key policy lets the account do it (describe, get, list; revoke grants
/// where the service grants). Customer managed keys are never refused here.
pub fn refused(svc: &Service, action: &str, rec: &KeyRecord) -> Option<Error> {
    if rec.key_manager != KeyManagerType::AWS {
        return None;
    }
    let allowed = ["kms:Describe", "kms:Get", "kms:List"]
        .iter()
        .any(|p| action.starts_with(p))
        || (action == "kms:RevokeGrant" && rec.policy.contains("\"kms:RevokeGrant\""));
    (!allowed).then(|| {
        kms(
            ErrorCode::AccessDeniedException,
            format!(
                "User: {} is not authorized to perform: {action} on resource: {} because no \
                 resource-based policy allows the {action} action",
                svc.caller().principal,
                svc.key_arn(&rec.key_id)
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_aws_aliases_of_known_services_are_predefined() {
        assert!(is_predefined("alias/aws/s3"));
        assert!(is_predefined("alias/aws/secretsmanager"));
        assert!(!is_predefined("alias/aws/nope"));
        assert!(!is_predefined("alias/s3"));
        assert!(!is_predefined("alias/aws/"));
    }
}

//! ReplicateKey: copies a multi-Region primary key into another Region. The replica has the
//! primary's key ID, key spec, usage, origin, material versions and rotation settings, and its
//! own policy (given or the default), description, tags and key state: it is Creating for a
//! moment by the clock, then Enabled — or PendingImport when the primary's material was
//! imported, which each replica must import in turn. One replica per Region.

use super::prelude::*;
use crate::steps::multi_region::{self, SETTLE_MS};
use crate::steps::{housekeeping, metadata, policy, replication, tags};
use crate::store::{KeyRecord, MultiRegionRecord};

op!(keystore "ReplicateKey", "Copies a multi-Region primary key, with its key material, to another region.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Copies a multi-Region primary key into another Region of the same keystore: the replica has the same key ID and key material (and rotation history), so each decrypts what the other encrypted. The replica is Creating for a moment, then takes the primary's state; imported material must be imported into the replica too.",
    errors: &[],
    examples: &[Example {
        title: "Replicate a multi-Region key",
        command: r##"key=$(lkms create-key --multi-region --query KeyMetadata.KeyId --output text) && lkms replicate-key --key-id "$key" --replica-region eu-west-1 --query 'ReplicaKeyMetadata.[KeyState,MultiRegionConfiguration.MultiRegionKeyType]' --output text && LKMS_NOW=2025-01-01T00:00:02Z lkms describe-key --key-id "$key" --region eu-west-1 --query KeyMetadata.KeyState --output text"##,
        output: r##"Creating	REPLICA
Enabled"##,
    }],
};

/// Runs ReplicateKey, in the order AWS checks.
pub fn handle(svc: &Service, req: ReplicateKeyRequest) -> Result<ReplicateKeyResponse, Error> {
    let tag_list = req.tags.unwrap_or_default();
    tags::check(&tag_list)?;
    let policy_text = match req.policy {
        Some(p) => {
            policy::check_document(&p)?;
            p
        }
        None => policy::default_policy(svc.account_id()),
    };
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:ReplicateKey"), &key)?;
    multi_region::require_primary(svc, &key)?;
    key_state::require(svc, Use::Replicate, &key)?;
    let rsvc = svc.in_region(&req.replica_region);
    authorise::account(&rsvc, &Ask::new("kms:CreateKey"))?;
    if !tag_list.is_empty() {
        authorise::account(&rsvc, &Ask::new("kms:TagResource"))?;
    }
    let exists = || {
        kms(
            ErrorCode::AlreadyExistsException,
            format!("Key '{}' already exists", rsvc.key_arn(&key.key_id)),
        )
    };
    // A replica whose deletion is due goes first, so the Region can take a new one.
    if req.replica_region == svc.region() || housekeeping::load(&rsvc, &key.key_id)?.is_some() {
        return Err(exists());
    }

    let store = svc.store();
    let _lock = store.lock()?;
    let primary = crate::steps::persist::load_locked(svc, &key.key_id)?;
    let rel = multi_region::require_primary(svc, &primary)?;
    key_state::require(svc, Use::Replicate, &primary)?;
    if store.load_key(rsvc.region(), &key.key_id)?.is_some() {
        return Err(exists());
    }
    let now = svc.now_millis();
    let mut replica = KeyRecord {
        creation_date: now,
        description: req.description.unwrap_or_default(),
        key_state: KeyState::Creating,
        deletion_date: None,
        pending_window_in_days: None,
        policy: policy_text.clone(),
        tags: tag_list.clone(),
        materials: Vec::new(),
        multi_region: Some(MultiRegionRecord {
            primary_region: svc.region().to_string(),
            epoch: multi_region::epoch(&rel),
            settles_at: Some(now + SETTLE_MS),
        }),
        ..primary.clone()
    };
    replication::share(svc, &primary, &rsvc, &mut replica)?;
    replica.key_state = KeyState::Creating;
    // The replica's policy must leave the caller able to change it, as CreateKey's must.
    let bypass = req.bypass_policy_lockout_safety_check.unwrap_or(false);
    authorise::new_key_policy(&rsvc, &replica.policy, &replica, bypass)?;
    store.create_key_locked(rsvc.region(), &replica)?;
    record::touched_in(svc, &rsvc, &replica.key_id);
    Ok(ReplicateKeyResponse {
        replica_key_metadata: Some(metadata::of(&rsvc, &replica)?),
        replica_policy: Some(policy_text),
        replica_tags: (!tag_list.is_empty()).then_some(tag_list),
    })
}

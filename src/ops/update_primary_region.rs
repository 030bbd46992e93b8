//! UpdatePrimaryRegion: makes the replica in `PrimaryRegion` the primary key and the current
//! primary its replica. Both must be usable (Enabled, or already Updating); both are Updating for
//! a moment by the clock, cryptography going on meanwhile, then Enabled again. The other replicas
//! follow the new primary. Key ARNs, material, policies and everything else stay as they are.

use super::prelude::*;
use crate::steps::multi_region::{self, SETTLE_MS};
use crate::steps::{housekeeping, persist};

op!(keystore "UpdatePrimaryRegion", "Makes the replica in another region the primary of a multi-Region key.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Makes the replica in another Region the primary of a multi-Region key; the old primary becomes a replica. Both are Updating for a moment. Only the primary can be replicated, rotated and given new imported material.",
    errors: &[],
    examples: &[Example {
        title: "Move the primary to eu-west-1",
        command: r##"key=$(lkms create-key --multi-region --query KeyMetadata.KeyId --output text) && lkms replicate-key --key-id "$key" --replica-region eu-west-1 > /dev/null && LKMS_NOW=2025-01-01T00:00:02Z lkms update-primary-region --key-id "$key" --primary-region eu-west-1 && LKMS_NOW=2025-01-01T00:00:04Z lkms describe-key --key-id "$key" --query KeyMetadata.MultiRegionConfiguration.PrimaryKey.Region --output text"##,
        output: r##"eu-west-1"##,
    }],
};

/// Runs UpdatePrimaryRegion, in the order AWS checks.
pub fn handle(svc: &Service, req: UpdatePrimaryRegionRequest) -> Result<(), Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:UpdatePrimaryRegion"), &key)?;
    multi_region::require_primary(svc, &key)?;
    key_state::require(svc, Use::UpdatePrimaryRegion, &key)?;
    if req.primary_region == svc.region() {
        return Err(kms(
            ErrorCode::UnsupportedOperationException,
            format!(
                "{} is already the primary key in {}.",
                svc.key_arn(&key.key_id),
                svc.region()
            ),
        ));
    }
    let nsvc = svc.in_region(&req.primary_region);
    let missing = || {
        kms(
            ErrorCode::NotFoundException,
            format!("Key '{}' does not exist", nsvc.key_arn(&key.key_id)),
        )
    };
    let replica = housekeeping::load(&nsvc, &key.key_id)?.ok_or_else(missing)?;
    authorise::key(&nsvc, &Ask::new("kms:UpdatePrimaryRegion"), &replica)?;
    record::touched_in(svc, &nsvc, &key.key_id);
    key_state::require(&nsvc, Use::UpdatePrimaryRegion, &replica)?;

    let store = svc.store();
    let _lock = store.lock()?;
    let old = persist::load_locked(svc, &key.key_id)?;
    let rel = multi_region::require_primary(svc, &old)?;
    key_state::require(svc, Use::UpdatePrimaryRegion, &old)?;
    let new = persist::load_locked(&nsvc, &key.key_id).map_err(|_| missing())?;
    key_state::require(&nsvc, Use::UpdatePrimaryRegion, &new)?;
    let epoch = multi_region::epoch(&rel) + 1;
    let settles = svc.now_millis() + SETTLE_MS;
    // The new primary first: its higher count makes it the primary even if lkms stops before
    // the other documents are written.
    let mut order = vec![
        (nsvc.region().to_string(), new),
        (svc.region().to_string(), old),
    ];
    order.extend(
        rel.replicas()
            .filter(|(r, _)| *r != req.primary_region)
            .cloned(),
    );
    for (i, (region, mut rec)) in order.into_iter().enumerate() {
        let Some(m) = &mut rec.multi_region else {
            continue;
        };
        m.primary_region = req.primary_region.clone();
        m.epoch = epoch;
        if i < 2 {
            m.settles_at = Some(settles);
            rec.key_state = KeyState::Updating;
        }
        store.write_key(&region, &rec)?;
    }
    Ok(())
}

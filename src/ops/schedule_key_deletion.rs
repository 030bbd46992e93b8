//! ScheduleKeyDeletion: the key becomes PendingDeletion and is deleted, with its material and
//! aliases, at the first UTC midnight at least `PendingWindowInDays` (7–30, default 30) days from
//! now. Key ID or key ARN only; a key already pending deletion is refused. A multi-Region primary
//! with replicas becomes PendingReplicaDeletion instead: its waiting period starts when the last
//! replica is deleted.

use super::prelude::*;
use crate::steps::rotation::DAY_MS;
use crate::steps::{housekeeping, multi_region, persist};

op!(keystore "ScheduleKeyDeletion", "Schedules a key's deletion after 7 to 30 days (default 30).", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Schedules a key's deletion after --pending-window-in-days (7 to 30, default 30). Until then the key is PendingDeletion: it refuses every use and CancelKeyDeletion brings it back. When the date passes the key, its material and its aliases are gone for good.",
    errors: &[(
        "KMSInvalidStateException",
        "The key is already pending deletion.",
    )],
    examples: &[Example {
        title: "Delete in seven days",
        command: r##"lkms schedule-key-deletion --key-id 0987dcba-09fe-87dc-65ba-ab0987654321 --pending-window-in-days 7"##,
        output: r##"{
    "KeyId": "arn:aws:kms:us-east-1:111122223333:key/0987dcba-09fe-87dc-65ba-ab0987654321",
    "DeletionDate": "2025-01-08T00:00:00+00:00",
    "KeyState": "PendingDeletion",
    "PendingWindowInDays": 7
}"##,
    }],
};

/// Runs ScheduleKeyDeletion, in the order AWS checks.
pub fn handle(
    svc: &Service,
    req: ScheduleKeyDeletionRequest,
) -> Result<ScheduleKeyDeletionResponse, Error> {
    let days = req.pending_window_in_days.unwrap_or(30) as u32;
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(
        svc,
        &Ask::new("kms:ScheduleKeyDeletion").keys(|k| {
            k.pending_window_in_days(days as i64);
        }),
        &key,
    )?;
    let earliest = svc.now_millis() + days as i64 * DAY_MS;
    let deletion = (earliest + DAY_MS - 1).div_euclid(DAY_MS) * DAY_MS;
    housekeeping::purge_due_replicas(svc, &key)?;
    let key_id = key.key_id;
    let store = svc.store();
    let _lock = store.lock()?;
    let mut r = persist::load_locked(svc, &key_id)?;
    key_state::require(svc, Use::ScheduleKeyDeletion, &r)?;
    // A multi-Region primary with replicas waits for them: its waiting period starts when the
    // last replica is deleted, so it has no date (and no index entry) yet.
    if multi_region::has_replicas(svc, &r)? {
        r.key_state = KeyState::PendingReplicaDeletion;
        r.deletion_date = None;
        r.pending_window_in_days = Some(days);
        store.write_key(svc.region(), &r)?;
        return Ok(ScheduleKeyDeletionResponse {
            key_id: Some(svc.key_arn(&key_id)),
            deletion_date: None,
            key_state: Some(KeyState::PendingReplicaDeletion),
            pending_window_in_days: Some(i64::from(days)),
        });
    }
    r.key_state = KeyState::PendingDeletion;
    r.deletion_date = Some(deletion);
    r.pending_window_in_days = Some(days);
    // The index first: if lkms stops between the two writes, the index names a key whose
    // document does not back it, which housekeeping drops; the reverse would hide the deletion.
    let mut deletions = store.load_deletions(svc.region())?;
    deletions.insert(key_id.clone(), deletion);
    store.write_deletions(svc.region(), &deletions)?;
    store.write_key(svc.region(), &r)?;
    Ok(ScheduleKeyDeletionResponse {
        key_id: Some(svc.key_arn(&key_id)),
        deletion_date: Some(
            Timestamp::from_epoch_millis(deletion).unwrap_or_else(|| svc.clock().now()),
        ),
        key_state: Some(KeyState::PendingDeletion),
        pending_window_in_days: Some(i64::from(days)),
    })
}

//! Housekeeping: the work that falls due with time rather than with a request — completing a
//! scheduled deletion (and destroying the key's object in its CloudHSM key store's token), deleting
//! imported material past its ValidTo, making automatic rotations.
//!
//! It happens at two named points only: [`settle`], which key resolution calls on every key it
//! reads, and [`settle_region`], which the list operations call before listing. The store's reads
//! never do it behind a caller's back. Each piece of work is written to the audit trail as the
//! service event AWS writes for it (`DeleteKey`, `DeleteExpiredKeyMaterial`, `RotateKey`), dated
//! when it fell due.

use super::persist::load_locked;
use super::{Service, import, key_state, multi_region, record, replication, rotation};
use crate::audit::ServiceAction;
use crate::error::Error;
use crate::model::{KeyState, RotationType};
use crate::store::{KeyRecord, RotationSettings};

/// Automatic rotations made at one access at most, however far the clock has moved.
const MAX_CATCH_UP: usize = 100;
const DAY_MS: i64 = 86_400_000;

/// Reads a key and settles it; `None` if it does not exist (or its deletion just completed).
/// A key found is one the call touched (an audit event names it).
pub fn load(svc: &Service, key_id: &str) -> Result<Option<KeyRecord>, Error> {
    let settled = match svc.read_key(key_id)? {
        Some(rec) => settle(svc, rec)?,
        None => None,
    };
    if settled.is_some() {
        record::touched(svc, key_id);
    }
    Ok(settled)
}

/// Brings a key read from the store up to date with the clock: `None` if its deletion was due
/// (it is deleted now), else the key after expiring imports and making due rotations.
pub fn settle(svc: &Service, rec: KeyRecord) -> Result<Option<KeyRecord>, Error> {
    if key_state::deletion_due(svc, &rec) {
        purge(svc, &rec.key_id)?;
        return Ok(None);
    }
    if multi_region::transition_due(svc, &rec) {
        return finish_transition(svc, &rec.key_id).map(Some);
    }
    if rec.key_state == KeyState::PendingReplicaDeletion {
        return settle_replica_deletion(svc, rec);
    }
    if import::first_expired(svc, &rec).is_some() {
        return expire_imports(svc, &rec.key_id).map(Some);
    }
    if rotation_due(svc, &rec) {
        return rotate_due(svc, &rec.key_id).map(Some);
    }
    Ok(Some(rec))
}

/// Completes every deletion in the region whose date has passed; returns the deleted key IDs,
/// sorted. The region's deletion index says where to look; the key documents decide.
pub fn settle_region(svc: &Service) -> Result<Vec<String>, Error> {
    let now = svc.now_millis();
    let due: Vec<String> = svc
        .store()
        .load_deletions(svc.region())?
        .into_iter()
        .filter(|(_, when)| *when <= now)
        .map(|(id, _)| id)
        .collect();
    let mut gone = Vec::new();
    for id in due {
        if purge(svc, &id)? {
            gone.push(id);
        }
    }
    Ok(gone)
}

/// Completes the deletion of `key_id` if its document says it is due (under the lock): its
/// aliases and grants first, then its document, then its index entry. A crash at any point leaves either a
/// key still pending deletion (deleted at the next access) or an index entry for a key that is
/// gone (dropped here), never an alias pointing at a missing key. An index entry the document
/// does not back (the deletion was cancelled) is dropped. A key in a CloudHSM key store also
/// loses its object in the token (a best effort, as in AWS). Returns whether the key is gone. A
/// deletion completed here is a `DeleteKey` service event, and forgets the key's last use.
fn purge(svc: &Service, key_id: &str) -> Result<bool, Error> {
    let store = svc.store();
    let region = svc.region();
    let lock = store.lock()?;
    let mut event = None;
    let (gone, entry) = match store.load_key(region, key_id)? {
        Some(rec) if key_state::deletion_due(svc, &rec) => {
            super::key_stores::destroy_backing_key(svc, &rec);
            // Its grants go with it.
            store.write_grants::<crate::access::Grant>(region, key_id, &[])?;
            store.delete_key_and_aliases(region, key_id)?;
            let when = rec.deletion_date.unwrap_or_else(|| svc.now_millis());
            if rec.multi_region.is_some() {
                multi_region::replica_gone(svc, key_id, when)?;
            }
            let action = ServiceAction::DeleteKey;
            event = Some(record::service_event(svc, action, key_id, when));
            (true, None)
        }
        // Pending, not yet due: the index keeps the document's date.
        Some(rec) if rec.key_state == KeyState::PendingDeletion => (false, rec.deletion_date),
        Some(_) => (false, None),
        None => (true, None),
    };
    let mut deletions = store.load_deletions(region)?;
    let before = deletions.get(key_id).copied();
    if before != entry {
        match entry {
            Some(date) => deletions.insert(key_id.to_string(), date),
            None => deletions.remove(key_id),
        };
        store.write_deletions(region, &deletions)?;
    }
    drop(lock);
    if let Some(event) = event {
        record::key_deleted(svc, key_id);
        record::service_events(svc, &[event]);
    }
    Ok(gone)
}

/// Ends a Creating or Updating state that has run its course, under the lock.
fn finish_transition(svc: &Service, key_id: &str) -> Result<KeyRecord, Error> {
    let _lock = svc.store().lock()?;
    let mut rec = load_locked(svc, key_id)?;
    if multi_region::transition_due(svc, &rec) {
        multi_region::finish_transition(&mut rec);
        svc.store().write_key(svc.region(), &rec)?;
    }
    Ok(rec)
}

/// A primary in PendingReplicaDeletion: completes its replicas' deletions that are due (the
/// last one starts the primary's waiting period), then settles the primary as it is now.
fn settle_replica_deletion(svc: &Service, rec: KeyRecord) -> Result<Option<KeyRecord>, Error> {
    purge_due_replicas(svc, &rec)?;
    {
        let _lock = svc.store().lock()?;
        let Some(mut now) = svc.store().load_key(svc.region(), &rec.key_id)? else {
            return Ok(None);
        };
        // A process stopped between deleting the last replica and updating the primary: the
        // waiting period starts at this access instead.
        if now.key_state == KeyState::PendingReplicaDeletion
            && !multi_region::has_replicas(svc, &now)?
        {
            multi_region::start_primary_deletion(svc, &mut now, svc.now_millis())?;
        }
        if now.key_state == KeyState::PendingReplicaDeletion {
            return Ok(Some(now));
        }
    }
    load(svc, &rec.key_id)
}

/// Completes the deletions of `rec`'s replicas that are due, whichever Region is looked at.
pub fn purge_due_replicas(svc: &Service, rec: &KeyRecord) -> Result<(), Error> {
    for region in multi_region::due_replicas(svc, rec)? {
        purge(&svc.in_region(&region), &rec.key_id)?;
    }
    Ok(())
}

/// Deletes every imported material past its ValidTo, under the lock; returns the key.
fn expire_imports(svc: &Service, key_id: &str) -> Result<KeyRecord, Error> {
    let _lock = svc.store().lock()?;
    let mut rec = load_locked(svc, key_id)?;
    let mut events = Vec::new();
    while let Some(i) = import::first_expired(svc, &rec) {
        let m = &rec.materials[i];
        let action = ServiceAction::DeleteExpiredKeyMaterial {
            key_material_id: &m.material_id,
        };
        let when = m.import.as_ref().and_then(|i| i.valid_to);
        let when = when.unwrap_or_else(|| svc.now_millis());
        events.push(record::service_event(svc, action, key_id, when));
        import::drop_material(&mut rec, i);
    }
    if !events.is_empty() {
        svc.store().write_key(svc.region(), &rec)?;
        record::service_events(svc, &events);
    }
    Ok(rec)
}

/// True if `rec` has an automatic rotation due now.
fn rotation_due(svc: &Service, rec: &KeyRecord) -> bool {
    rec.key_state == KeyState::Enabled
        && rec
            .rotation
            .as_ref()
            .is_some_and(|r| r.enabled && r.next_rotation.is_some_and(|n| n <= svc.now_millis()))
}

/// Makes every automatic rotation that is due, under the lock; returns the updated key. A
/// multi-Region key rotates at its primary, whose new material then reaches every replica.
fn rotate_due(svc: &Service, key_id: &str) -> Result<KeyRecord, Error> {
    let _lock = svc.store().lock()?;
    let rec = load_locked(svc, key_id)?;
    let Some(rel) = multi_region::related(svc, &rec)? else {
        return rotate_locked(svc, rec);
    };
    if rel.primary == svc.region() {
        let rec = rotate_locked(svc, rec)?;
        replication::propagate(svc, &rec)?;
        return Ok(rec);
    }
    let psvc = svc.in_region(&rel.primary);
    if let Some(primary) = rel.primary_key().cloned() {
        let primary = rotate_locked(&psvc, primary)?;
        replication::propagate(&psvc, &primary)?;
    }
    load_locked(svc, key_id)
}

/// The rotations due on `rec`, made and written (lock held).
fn rotate_locked(svc: &Service, mut rec: KeyRecord) -> Result<KeyRecord, Error> {
    let now = svc.now_millis();
    let mut events = Vec::new();
    for _ in 0..MAX_CATCH_UP {
        if !rotation_due(svc, &rec) {
            break;
        }
        let Some(settings) = rec.rotation.clone() else {
            break;
        };
        let when = settings.next_rotation.unwrap_or(now);
        let previous = rec.current_material_id.clone();
        rotation::add_material(svc, &mut rec, RotationType::AUTOMATIC, when);
        let action = ServiceAction::RotateKey {
            key_origin: rec.origin.as_str(),
            previous_key_material_id: previous.as_deref(),
            current_key_material_id: rec.current_material_id.as_deref(),
        };
        events.push(record::service_event(svc, action, &rec.key_id, when));
        let next = when + settings.period_days as i64 * DAY_MS;
        rec.rotation = Some(RotationSettings {
            next_rotation: Some(next.max(when + DAY_MS)),
            ..settings
        });
    }
    if !events.is_empty() {
        svc.store().write_key(svc.region(), &rec)?;
        record::service_events(svc, &events);
    }
    Ok(rec)
}

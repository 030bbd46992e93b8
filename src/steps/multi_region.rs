//! Multi-Region keys (kms-behaviour.md §17): a primary key and its replicas, one per Region,
//! sharing key ID and key material.
//!
//! Each Region keeps its own self-contained key document. The set of related keys is the set of
//! Regions holding a document with the key's ID, so creating or deleting a replica writes one
//! document only. Each document names the primary's Region with a count of primary changes;
//! the highest count wins, so an UpdatePrimaryRegion cut short by a crash still has one answer.
//! Shared properties (material, rotation) are copied from the primary by [`super::replication`].

use super::{Service, key_state};
use crate::crypto::random;
use crate::error::{Error, ErrorCode, kms};
use crate::model::{KeyState, MultiRegionConfiguration, MultiRegionKey, MultiRegionKeyType};
use crate::store::KeyRecord;

/// How long the transient states Creating (ReplicateKey) and Updating (UpdatePrimaryRegion)
/// last, by the injected clock: AWS says "a few seconds".
pub const SETTLE_MS: i64 = 1_000;
/// What imported material IDs of multi-Region keys are bound to instead of a Region, so related
/// keys give the same material the same ID.
pub const MATERIAL_SCOPE: &str = "multi-Region";

/// A fresh multi-Region key ID: `mrk-` and 32 hex digits.
pub fn new_key_id() -> String {
    format!("mrk-{}", random::to_hex(&random::bytes(16)))
}

/// The related keys of a multi-Region key as their documents say.
#[derive(Debug)]
pub struct Related {
    /// The Region of the primary key.
    pub primary: String,
    /// Every Region holding a key of the set, the primary's included, sorted, with its document.
    pub keys: Vec<(String, KeyRecord)>,
}

impl Related {
    /// The replicas: every related key but the primary.
    pub fn replicas(&self) -> impl Iterator<Item = &(String, KeyRecord)> {
        self.keys.iter().filter(|(r, _)| *r != self.primary)
    }

    /// The primary key's document, if it exists.
    pub fn primary_key(&self) -> Option<&KeyRecord> {
        self.keys
            .iter()
            .find(|(r, _)| *r == self.primary)
            .map(|(_, k)| k)
    }
}

/// The documents with `key_id` in every Region but `svc`'s, as stored: no housekeeping.
fn others(svc: &Service, key_id: &str) -> Result<Vec<(String, KeyRecord)>, Error> {
    let mut docs = Vec::new();
    for region in svc.store().list_regions()? {
        if region != svc.region()
            && let Some(doc) = svc.store().load_key(&region, key_id)?
            && doc.multi_region.is_some()
        {
            docs.push((region, doc));
        }
    }
    Ok(docs)
}

/// Reads every key related to `rec` (which stands for its own Region's document, as the caller
/// holds it); `None` for a single-Region key. A related key whose deletion is due counts as
/// deleted, whether or not housekeeping has removed its document yet.
pub fn related(svc: &Service, rec: &KeyRecord) -> Result<Option<Related>, Error> {
    let Some(own) = &rec.multi_region else {
        return Ok(None);
    };
    let mut keys = vec![(svc.region().to_string(), rec.clone())];
    let (mut primary, mut epoch) = (own.primary_region.clone(), own.epoch);
    for (region, doc) in others(svc, &rec.key_id)? {
        if let Some(m) = &doc.multi_region
            && m.epoch > epoch
        {
            (primary, epoch) = (m.primary_region.clone(), m.epoch);
        }
        if !key_state::deletion_due(svc, &doc) {
            keys.push((region, doc));
        }
    }
    keys.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(Some(Related { primary, keys }))
}

/// The highest primary-change count among related keys.
pub fn epoch(related: &Related) -> u64 {
    related
        .keys
        .iter()
        .filter_map(|(_, k)| k.multi_region.as_ref().map(|m| m.epoch))
        .max()
        .unwrap_or(0)
}

/// UnsupportedOperationException "<arn> is not a multi-region primary key.", AWS's answer when
/// a replica or single-Region key is named where a primary is needed.
pub fn not_primary(svc: &Service, rec: &KeyRecord) -> Error {
    kms(
        ErrorCode::UnsupportedOperationException,
        format!(
            "{} is not a multi-region primary key.",
            svc.key_arn(&rec.key_id)
        ),
    )
}

/// The related keys of `rec`, refusing anything but a multi-Region primary key.
pub fn require_primary(svc: &Service, rec: &KeyRecord) -> Result<Related, Error> {
    match related(svc, rec)? {
        Some(rel) if rel.primary == svc.region() => Ok(rel),
        _ => Err(not_primary(svc, rec)),
    }
}

/// Refuses a replica key (single-Region keys pass): rotation is managed on the primary only.
pub fn refuse_replica(svc: &Service, rec: &KeyRecord) -> Result<(), Error> {
    match is_replica(svc, rec)? {
        true => Err(not_primary(svc, rec)),
        false => Ok(()),
    }
}

/// True if `rec` is a multi-Region replica key.
pub fn is_replica(svc: &Service, rec: &KeyRecord) -> Result<bool, Error> {
    Ok(related(svc, rec)?.is_some_and(|rel| rel.primary != svc.region()))
}

/// True if `rec` is a multi-Region primary key with at least one replica.
pub fn has_replicas(svc: &Service, rec: &KeyRecord) -> Result<bool, Error> {
    Ok(related(svc, rec)?
        .is_some_and(|rel| rel.primary == svc.region() && rel.replicas().next().is_some()))
}

/// MultiRegionConfiguration for DescribeKey: this key's type, the primary, every replica.
pub fn configuration(svc: &Service, related: &Related, key_id: &str) -> MultiRegionConfiguration {
    let entry = |region: &str| MultiRegionKey {
        arn: Some(svc.in_region(region).key_arn(key_id)),
        region: Some(region.to_string()),
    };
    MultiRegionConfiguration {
        multi_region_key_type: Some(if related.primary == svc.region() {
            MultiRegionKeyType::PRIMARY
        } else {
            MultiRegionKeyType::REPLICA
        }),
        primary_key: Some(entry(&related.primary)),
        replica_keys: Some(related.replicas().map(|(r, _)| entry(r)).collect()),
    }
}

/// True when `rec` is Creating or Updating and that state has run its course.
pub fn transition_due(svc: &Service, rec: &KeyRecord) -> bool {
    matches!(rec.key_state, KeyState::Creating | KeyState::Updating)
        && rec
            .multi_region
            .as_ref()
            .is_none_or(|m| m.settles_at.is_none_or(|t| t <= svc.now_millis()))
}

/// Ends a transient state: a new replica is Enabled, or PendingImport while it lacks imported
/// material; keys whose primary Region changed return to Enabled, the state they had to be in.
pub fn finish_transition(rec: &mut KeyRecord) {
    rec.key_state = if rec.key_state == KeyState::Creating && rec.lacks_material() {
        KeyState::PendingImport
    } else {
        KeyState::Enabled
    };
    if let Some(m) = &mut rec.multi_region {
        m.settles_at = None;
    }
}

/// The deletion date of a key whose waiting period of `days` starts at `from`: the first UTC
/// midnight at least that many days later.
pub fn deletion_date(from: i64, days: u32) -> i64 {
    let day = super::rotation::DAY_MS;
    let earliest = from + i64::from(days) * day;
    (earliest + day - 1).div_euclid(day) * day
}

/// Starts the waiting period of a primary key in PendingReplicaDeletion whose last replica went
/// at `from` (lock held): the deletion index first, then the document, as scheduling does.
pub fn start_primary_deletion(svc: &Service, rec: &mut KeyRecord, from: i64) -> Result<(), Error> {
    let date = deletion_date(from, rec.pending_window_in_days.unwrap_or(30));
    let store = svc.store();
    let mut deletions = store.load_deletions(svc.region())?;
    deletions.insert(rec.key_id.clone(), date);
    store.write_deletions(svc.region(), &deletions)?;
    rec.key_state = KeyState::PendingDeletion;
    rec.deletion_date = Some(date);
    store.write_key(svc.region(), rec)?;
    Ok(())
}

/// After the document of a multi-Region key in `svc`'s Region was deleted at `when` (lock
/// held): if that was the last replica of a primary waiting in PendingReplicaDeletion, the
/// primary's waiting period starts now.
pub fn replica_gone(svc: &Service, key_id: &str, when: i64) -> Result<(), Error> {
    let mut docs = Vec::new();
    for region in svc.store().list_regions()? {
        if let Some(doc) = svc.store().load_key(&region, key_id)? {
            docs.push((region, doc));
        }
    }
    let Some((region, mut primary)) = docs
        .iter()
        .max_by_key(|(_, d)| d.multi_region.as_ref().map_or(0, |m| m.epoch))
        .and_then(|(_, d)| d.multi_region.as_ref())
        .map(|m| m.primary_region.clone())
        .and_then(|p| docs.iter().find(|(r, _)| *r == p).cloned())
    else {
        return Ok(());
    };
    if primary.key_state == KeyState::PendingReplicaDeletion && docs.len() == 1 {
        start_primary_deletion(&svc.in_region(&region), &mut primary, when)?;
    }
    Ok(())
}

/// The Regions of the keys related to `rec` whose deletion is due, earliest deletion first (so
/// the last one deleted gives the date a waiting primary's period starts from).
pub fn due_replicas(svc: &Service, rec: &KeyRecord) -> Result<Vec<String>, Error> {
    if rec.multi_region.is_none() {
        return Ok(Vec::new());
    }
    let mut due: Vec<(String, KeyRecord)> = others(svc, &rec.key_id)?
        .into_iter()
        .filter(|(_, k)| key_state::deletion_due(svc, k))
        .collect();
    due.sort_by_key(|(_, k)| k.deletion_date);
    Ok(due.into_iter().map(|(r, _)| r).collect())
}

#[cfg(test)]
#[path = "multi_region_tests.rs"]
mod tests;

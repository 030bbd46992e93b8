//! Replication: copying the shared properties of a multi-Region primary key — its material
//! versions, current material, rotation settings and rotation count — to its replicas.
//!
//! Each replica document holds its own sealed copy of every material version, sealed for its own
//! Region, so a document is self-contained and opens alone. Material that lkms made is copied;
//! imported material is not (AWS makes each replica import the same material): the replica gets
//! the version's ID and history with no sealed bytes until the same material is imported there.
//! Policies, grants, aliases, tags, description and key state are never copied.
//!
//! Every copy happens under the keystore lock, right after the primary's document is written.
//! A process stopped in between leaves a replica behind, never ahead; [`catch_up`] brings it up
//! to date when it meets a material version it lacks.

use super::{Service, material, multi_region};
use crate::error::Error;
use crate::model::{KeyState, OriginType};
use crate::store::{KeyRecord, Material};

/// The properties the primary shares, for telling whether an update changed them.
pub fn shared(rec: &KeyRecord) -> impl PartialEq + use<> {
    (
        rec.materials.clone(),
        rec.current_material_id.clone(),
        rec.rotation.clone(),
        rec.on_demand_rotations,
    )
}

/// Makes `replica` (in `rsvc`'s Region) share the properties of `primary` (in `psvc`'s).
pub fn share(
    psvc: &Service,
    primary: &KeyRecord,
    rsvc: &Service,
    replica: &mut KeyRecord,
) -> Result<(), Error> {
    let imported = primary.origin == OriginType::EXTERNAL;
    let mut materials = Vec::with_capacity(primary.materials.len());
    for m in &primary.materials {
        let mut copy = match replica.material(&m.material_id) {
            Some(own) if own.sealed.is_some() || imported => own.clone(),
            _ if imported => Material {
                sealed: None,
                ..m.clone()
            },
            _ => {
                let bytes = material::open(psvc, primary, m)?;
                material::seal(rsvc, &replica.key_id, &m.material_id, &bytes, m.created)
            }
        };
        copy.created = m.created;
        copy.rotation_type = m.rotation_type;
        copy.rotation_date = m.rotation_date;
        if let (Some(own), Some(theirs)) = (&mut copy.import, &m.import) {
            own.pending_rotation = theirs.pending_rotation;
        }
        materials.push(copy);
    }
    replica.materials = materials;
    replica.current_material_id = primary.current_material_id.clone();
    replica.rotation = primary.rotation.clone();
    replica.on_demand_rotations = primary.on_demand_rotations;
    if replica.lacks_material()
        && matches!(replica.key_state, KeyState::Enabled | KeyState::Disabled)
    {
        replica.key_state = KeyState::PendingImport;
    }
    Ok(())
}

/// Copies the shared properties of `primary`, just written in `psvc`'s Region, to each of its
/// replicas (lock held). Does nothing for single-Region keys and replicas.
pub fn propagate(psvc: &Service, primary: &KeyRecord) -> Result<(), Error> {
    let Some(rel) = multi_region::related(psvc, primary)? else {
        return Ok(());
    };
    if rel.primary != psvc.region() {
        return Ok(());
    }
    for (region, rec) in rel.replicas() {
        let rsvc = psvc.in_region(region);
        let mut copy = rec.clone();
        share(psvc, primary, &rsvc, &mut copy)?;
        if shared(&copy) != shared(rec) || copy.key_state != rec.key_state {
            psvc.store().write_key(region, &copy)?;
        }
    }
    Ok(())
}

/// Brings the replica `key_id` in `svc`'s Region up to date with its primary (takes the lock);
/// returns the key as it is now, or `None` if it is gone.
pub fn catch_up(svc: &Service, key_id: &str) -> Result<Option<KeyRecord>, Error> {
    let _lock = svc.store().lock()?;
    let Some(mut rec) = svc.store().load_key(svc.region(), key_id)? else {
        return Ok(None);
    };
    let Some(rel) = multi_region::related(svc, &rec)? else {
        return Ok(Some(rec));
    };
    let Some(primary) = rel.primary_key().filter(|_| rel.primary != svc.region()) else {
        return Ok(Some(rec));
    };
    let before = shared(&rec);
    share(&svc.in_region(&rel.primary), primary, svc, &mut rec)?;
    if shared(&rec) != before {
        svc.store().write_key(svc.region(), &rec)?;
    }
    Ok(Some(rec))
}

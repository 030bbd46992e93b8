//! Persisting a key: every change is a read-modify-write of its document under the keystore's
//! write lock, so concurrent processes never lose each other's updates.

use super::Service;
use super::key_state::{self, Use};
use super::replication;
use crate::error::{Error, ErrorCode, kms};
use crate::model::KeyState;
use crate::store::KeyRecord;

/// Runs `f` on a freshly loaded key while holding the write lock, then stores the result. When
/// `f` changed what a multi-Region primary key shares, its replicas get the change under the same
/// lock.
pub fn update<T>(
    svc: &Service,
    key_id: &str,
    f: impl FnOnce(&mut KeyRecord) -> Result<T, Error>,
) -> Result<T, Error> {
    let _lock = svc.store().lock()?;
    let mut rec = load_locked(svc, key_id)?;
    let before = replication::shared(&rec);
    let out = f(&mut rec)?;
    svc.store().write_key(svc.region(), &rec)?;
    if rec.multi_region.is_some() && replication::shared(&rec) != before {
        replication::propagate(svc, &rec)?;
    }
    Ok(out)
}

/// Reads a key while the caller holds the lock: NotFound if it is gone or its deletion is due.
pub fn load_locked(svc: &Service, key_id: &str) -> Result<KeyRecord, Error> {
    match svc.store().load_key(svc.region(), key_id)? {
        Some(r) if !key_state::deletion_due(svc, &r) => Ok(r),
        _ => Err(kms(
            ErrorCode::NotFoundException,
            format!("Key '{}' does not exist", svc.key_arn(key_id)),
        )),
    }
}

/// Writes a new key (CreateKey) and lists it; concurrent creations share one flush (see
/// [`crate::store::group`]). Do not hold the lock.
pub fn create(svc: &Service, rec: &KeyRecord) -> Result<(), Error> {
    svc.store().create_key(svc.region(), rec)?;
    super::record::key_created(svc, rec);
    Ok(())
}

/// Moves a key to Enabled or Disabled (EnableKey, DisableKey): refused in the states the table
/// refuses; a key already there stays as it is.
pub fn set_enabled(svc: &Service, key: &KeyRecord, enabled: bool) -> Result<(), Error> {
    let target = if enabled {
        KeyState::Enabled
    } else {
        KeyState::Disabled
    };
    key_state::require(svc, Use::EnableDisable, key)?;
    if key.key_state == target {
        return Ok(());
    }
    update(svc, &key.key_id, |r| {
        key_state::require(svc, Use::EnableDisable, r)?;
        r.key_state = target;
        Ok(())
    })
}

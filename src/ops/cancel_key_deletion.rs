//! CancelKeyDeletion: stops a scheduled key deletion. The key is left Disabled (PendingImport when
//! it lacks imported material), as AWS leaves it; only a key pending deletion can be cancelled, and
//! the key ID or key ARN must name it (not an alias).

use super::prelude::*;
use crate::steps::persist;

op!(keystore "CancelKeyDeletion", "Stops a scheduled key deletion; the key is left Disabled.", handle);

/// Runs CancelKeyDeletion, in the order AWS checks.
pub fn handle(svc: &Service, req: CancelKeyDeletionRequest) -> Result<CancelKeyDeletionResponse, Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:CancelKeyDeletion"), &key)?;
    let key_id = key.key_id;
    let store = svc.store();
    let _lock = store.lock()?;
    let mut r = persist::load_locked(svc, &key_id)?;
    key_state::require(svc, Use::CancelKeyDeletion, &r)?;
    r.key_state = if r.lacks_material() {
        KeyState::PendingImport
    } else {
        KeyState::Disabled
    };
    r.deletion_date = None;
    r.pending_window_in_days = None;
    let mut deletions = store.load_deletions(svc.region())?;
    deletions.remove(&key_id);
    store.write_key(svc.region(), &r)?;
    store.write_deletions(svc.region(), &deletions)?;
    Ok(CancelKeyDeletionResponse {
        key_id: Some(svc.key_arn(&key_id)),
    })
}

//! RevokeGrant: deletes a grant of a key, as a principal allowed `kms:RevokeGrant` on it. Works
//! in every key state; an unknown grant ID is InvalidGrantIdException.

use super::prelude::*;
use crate::steps::grants;

op!(keystore "RevokeGrant", "Ends a grant, as someone who may administer the key.", handle);

/// Runs RevokeGrant, in the order AWS checks.
pub fn handle(svc: &Service, req: RevokeGrantRequest) -> Result<(), Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:RevokeGrant"), &key)?;
    request::dry_run(req.dry_run)?;
    grants::remove(svc, &key.key_id, &req.grant_id)
}

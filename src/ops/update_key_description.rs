//! UpdateKeyDescription: replaces a key's description (empty is allowed). Key ID or key ARN only;
//! refused for a key pending deletion.

use super::prelude::*;
use crate::steps::persist;

op!(keystore "UpdateKeyDescription", "Replaces a key's description.", handle);

/// Runs UpdateKeyDescription, in the order AWS checks.
pub fn handle(svc: &Service, req: UpdateKeyDescriptionRequest) -> Result<(), Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:UpdateKeyDescription"), &key)?;
    persist::update(svc, &key.key_id, |r| {
        key_state::require(svc, Use::UpdateKeyDescription, r)?;
        r.description = req.description;
        Ok(())
    })
}

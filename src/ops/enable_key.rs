//! EnableKey: a Disabled key becomes Enabled. Key ID or key ARN only; a key pending deletion or
//! pending import is refused; an enabled key stays as it is.

use super::prelude::*;
use crate::steps::persist;

op!(keystore "EnableKey", "Enables a disabled key so it can be used again.", handle);

/// The request (shared with other operations).
pub type Request = KeyIdRequest;

/// Runs EnableKey, in the order AWS checks.
pub fn handle(svc: &Service, req: Request) -> Result<(), Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, "kms:EnableKey", &key)?;
    key_state::require(svc, Use::EnableDisable, &key)?;
    if key.key_state == KeyState::Enabled {
        return Ok(());
    }
    persist::update(svc, &key.key_id, |r| {
        key_state::require(svc, Use::EnableDisable, r)?;
        r.key_state = KeyState::Enabled;
        Ok(())
    })
}

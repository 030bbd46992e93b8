//! DisableKey: the key keeps its material but refuses cryptographic use until it is enabled again.
//! Key ID or key ARN only; a key pending deletion or pending import is refused.

use super::prelude::*;
use crate::steps::persist;

op!(keystore "DisableKey", "Disables a key: it keeps its material but refuses cryptographic use.", handle);

/// The request (shared with other operations).
pub type Request = KeyIdRequest;

/// Runs DisableKey, in the order AWS checks.
pub fn handle(svc: &Service, req: Request) -> Result<(), Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, "kms:DisableKey", &key)?;
    key_state::require(svc, Use::EnableDisable, &key)?;
    if key.key_state == KeyState::Disabled {
        return Ok(());
    }
    persist::update(svc, &key.key_id, |r| {
        key_state::require(svc, Use::EnableDisable, r)?;
        r.key_state = KeyState::Disabled;
        Ok(())
    })
}

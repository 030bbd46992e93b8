//! DisableKey: the key keeps its material but refuses cryptographic use until it is enabled again.
//! Key ID or key ARN only; a key pending deletion or pending import is refused.

use super::prelude::*;
use crate::steps::persist;

op!(keystore "DisableKey", "Disables a key: it keeps its material but refuses cryptographic use.", handle);

/// Runs DisableKey, in the order AWS checks.
pub fn handle(svc: &Service, req: DisableKeyRequest) -> Result<(), Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:DisableKey"), &key)?;
    persist::set_enabled(svc, &key, false)
}

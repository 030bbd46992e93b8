//! EnableKey: a Disabled key becomes Enabled. Key ID or key ARN only; a key pending deletion or
//! pending import is refused; an enabled key stays as it is.

use super::prelude::*;
use crate::steps::persist;

op!(keystore "EnableKey", "Enables a disabled key so it can be used again.", handle);

/// Runs EnableKey, in the order AWS checks.
pub fn handle(svc: &Service, req: EnableKeyRequest) -> Result<(), Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:EnableKey"), &key)?;
    persist::set_enabled(svc, &key, true)
}

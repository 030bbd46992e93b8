//! DeleteAlias: deletes an alias whatever the state of its key; the key is not affected.

use super::prelude::*;
use crate::steps::aliases;

op!(keystore "DeleteAlias", "Deletes an alias; the key it pointed to is not affected.", handle);

/// Runs DeleteAlias, in the order AWS checks.
pub fn handle(svc: &Service, req: DeleteAliasRequest) -> Result<(), Error> {
    aliases::check_prefix(&req.alias_name)?;
    aliases::check_not_reserved(&req.alias_name)?;
    let store = svc.store();
    let _lock = store.lock()?;
    if store.load_alias(svc.region(), &req.alias_name)?.is_none() {
        return Err(aliases::not_found(svc, &req.alias_name));
    }
    Ok(store.delete_alias(svc.region(), &req.alias_name)?)
}

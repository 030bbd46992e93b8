//! DeleteAlias: deletes an alias whatever the state of its key; the key is not affected.

use super::prelude::*;
use crate::steps::aliases;

op!(keystore "DeleteAlias", "Deletes an alias; the key it pointed to is not affected.", handle);

/// The request.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct Request {
    pub alias_name: String,
}

/// Runs DeleteAlias, in the order AWS checks.
pub fn handle(svc: &Service, req: Request) -> Result<(), Error> {
    aliases::check_prefix(&req.alias_name)?;
    let store = svc.store();
    let _lock = store.lock()?;
    if store.load_alias(svc.region(), &req.alias_name)?.is_none() {
        return Err(aliases::not_found(svc, &req.alias_name));
    }
    Ok(store.delete_alias(svc.region(), &req.alias_name)?)
}

//! UpdateAlias: points an existing alias at another key. The old target may be pending deletion;
//! the new one may not.

use super::prelude::*;
use crate::steps::{aliases, persist};

op!(keystore "UpdateAlias", "Points an existing alias at another key.", handle);

/// Runs UpdateAlias, in the order AWS checks.
pub fn handle(svc: &Service, req: UpdateAliasRequest) -> Result<(), Error> {
    aliases::check_prefix(&req.alias_name)?;
    aliases::check_not_reserved(&req.alias_name)?;
    let target = aliases::target(svc, &req.target_key_id)?;
    authorise::key(svc, "kms:UpdateAlias", &target)?;
    let store = svc.store();
    let _lock = store.lock()?;
    let mut alias = store
        .load_alias(svc.region(), &req.alias_name)?
        .ok_or_else(|| aliases::not_found(svc, &req.alias_name))?;
    persist::load_locked(svc, &target.key_id)?;
    alias.target_key_id = target.key_id;
    alias.last_updated_date = svc.now_millis();
    Ok(store.write_alias(svc.region(), &alias)?)
}

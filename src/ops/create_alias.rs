//! CreateAlias: a new alias (`alias/…`, not `alias/aws/…`) for a key named by key ID or key ARN.
//! The key may not be pending deletion; a name already in use is AlreadyExistsException.

use super::prelude::*;
use crate::steps::{aliases, persist};
use crate::store::AliasRecord;

op!(keystore "CreateAlias", "Gives a key a friendly name that works wherever --key-id takes an alias.", handle);

/// Runs CreateAlias, in the order AWS checks.
pub fn handle(svc: &Service, req: CreateAliasRequest) -> Result<(), Error> {
    aliases::check_new_name(&req.alias_name)?;
    let ask = Ask::new("kms:CreateAlias");
    authorise::alias(svc, &ask, &req.alias_name)?;
    let target = aliases::target(svc, &req.target_key_id, &ask)?;
    record::touched_alias(svc, &req.alias_name);
    let store = svc.store();
    let _lock = store.lock()?;
    if store.load_alias(svc.region(), &req.alias_name)?.is_some() {
        return Err(kms(
            ErrorCode::AlreadyExistsException,
            format!(
                "An alias with the name {} already exists",
                svc.alias_arn(&req.alias_name)
            ),
        ));
    }
    // The target may have been deleted since it was resolved.
    persist::load_locked(svc, &target.key_id)?;
    let now = svc.now_millis();
    Ok(store.write_alias(
        svc.region(),
        &AliasRecord {
            alias_name: req.alias_name,
            target_key_id: target.key_id,
            creation_date: now,
            last_updated_date: now,
        },
    )?)
}

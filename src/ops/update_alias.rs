//! UpdateAlias: points an existing alias at another key. The old target may be pending deletion;
//! the new one may not.

use super::prelude::*;
use crate::steps::{aliases, housekeeping, persist};

op!(keystore "UpdateAlias", "Points an existing alias at another key.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Points an existing alias at another key, the usual way to switch an application to a new key. The old target may be pending deletion; the new one may not. AWS managed keys' aliases (alias/aws/) cannot be changed.",
    errors: &[(
        "InvalidAliasNameException",
        "The name begins with alias/aws/.",
    )],
    examples: &[Example {
        title: "Point an alias at another key",
        command: r##"lkms update-alias --alias-name alias/example --target-key-id 0987dcba-09fe-87dc-65ba-ab0987654321 && lkms describe-key --key-id alias/example --query KeyMetadata.Description --output text"##,
        output: r##"Second example key"##,
    }],
};

/// Runs UpdateAlias, in the order AWS checks.
pub fn handle(svc: &Service, req: UpdateAliasRequest) -> Result<(), Error> {
    aliases::check_prefix(&req.alias_name)?;
    aliases::check_not_reserved(&req.alias_name)?;
    let ask = Ask::new("kms:UpdateAlias");
    authorise::alias(svc, &ask, &req.alias_name)?;
    // The key the alias points at now must allow it as well as the new one.
    if let Some(current) = svc.store().load_alias(svc.region(), &req.alias_name)?
        && let Some(key) = housekeeping::load(svc, &current.target_key_id)?
    {
        authorise::key(svc, &ask, &key)?;
    }
    let target = aliases::target(svc, &req.target_key_id, &ask)?;
    record::touched_alias(svc, &req.alias_name);
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

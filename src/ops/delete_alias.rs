//! DeleteAlias: deletes an alias whatever the state of its key; the key is not affected.

use super::prelude::*;
use crate::steps::{aliases, housekeeping};

op!(keystore "DeleteAlias", "Deletes an alias; the key it pointed to is not affected.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Deletes an alias. The key it pointed to is not changed and can still be named by key ID, key ARN or its other aliases. Works whatever the key's state.",
    errors: &[(
        "InvalidAliasNameException",
        "The name begins with alias/aws/: AWS managed keys' aliases cannot be deleted.",
    )],
    examples: &[Example {
        title: "Delete an alias",
        command: r##"lkms delete-alias --alias-name alias/example-2 && lkms list-aliases --key-id 0987dcba-09fe-87dc-65ba-ab0987654321 --query Aliases"##,
        output: r##"[]"##,
    }],
};

/// Runs DeleteAlias, in the order AWS checks.
pub fn handle(svc: &Service, req: DeleteAliasRequest) -> Result<(), Error> {
    aliases::check_prefix(&req.alias_name)?;
    aliases::check_not_reserved(&req.alias_name)?;
    let ask = Ask::new("kms:DeleteAlias");
    authorise::alias(svc, &ask, &req.alias_name)?;
    let alias = svc
        .store()
        .load_alias(svc.region(), &req.alias_name)?
        .ok_or_else(|| aliases::not_found(svc, &req.alias_name))?;
    if let Some(key) = housekeeping::load(svc, &alias.target_key_id)? {
        authorise::key(svc, &ask, &key)?;
    }
    let store = svc.store();
    let _lock = store.lock()?;
    let Some(alias) = store.load_alias(svc.region(), &req.alias_name)? else {
        return Err(aliases::not_found(svc, &req.alias_name));
    };
    record::touched_alias(svc, &alias.alias_name);
    record::touched(svc, &alias.target_key_id);
    Ok(store.delete_alias(svc.region(), &req.alias_name)?)
}

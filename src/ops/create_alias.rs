//! CreateAlias: a new alias (`alias/…`, not `alias/aws/…`) for a key named by key ID or key ARN.
//! The key may not be pending deletion; a name already in use is AlreadyExistsException.

use super::prelude::*;
use crate::steps::{aliases, persist};
use crate::store::AliasRecord;

op!(keystore "CreateAlias", "Gives a key a friendly name that works wherever --key-id takes an alias.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Creates an alias, a name (alias/ followed by letters, digits, /, _ or -) that stands for a key in Encrypt, Decrypt, DescribeKey and the other operations that take one. An alias points to one key; a key may have many. The key may be enabled, disabled or pending import, but not pending deletion. Names under alias/aws/ belong to AWS managed keys.",
    errors: &[
        (
            "AlreadyExistsException",
            "An alias with this name exists in the region.",
        ),
        (
            "InvalidAliasNameException",
            "The name begins with alias/aws/, reserved for AWS managed keys.",
        ),
    ],
    examples: &[Example {
        title: "Name a key",
        command: r##"lkms create-alias --alias-name alias/orders --target-key-id 1234abcd-12ab-34cd-56ef-1234567890ab && lkms list-aliases --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --query 'Aliases[].AliasName'"##,
        output: r##"[
    "alias/example",
    "alias/orders"
]"##,
    }],
};

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

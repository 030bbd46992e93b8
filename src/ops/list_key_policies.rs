//! ListKeyPolicies: the names of a key's policies — always the one name, `default`.

use super::prelude::*;
use crate::steps::{paging, policy};

op!(keystore "ListKeyPolicies", "Lists the names of a key's policies (always default).", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Lists the names of a key's policies. A key has exactly one, named default.",
    errors: &[],
    examples: &[Example {
        title: "A key's policy names",
        command: r##"lkms list-key-policies --key-id 1234abcd-12ab-34cd-56ef-1234567890ab"##,
        output: r##"{
    "PolicyNames": [
        "default"
    ]
}"##,
    }],
};

/// Runs ListKeyPolicies, in the order AWS checks.
pub fn handle(
    svc: &Service,
    req: ListKeyPoliciesRequest,
) -> Result<ListKeyPoliciesResponse, Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:ListKeyPolicies"), &key)?;
    let names = [policy::DEFAULT_NAME.to_string()];
    let page = paging::page(
        &names,
        Clone::clone,
        req.limit,
        req.marker.as_deref(),
        100,
        1000,
    )?;
    Ok(ListKeyPoliciesResponse {
        policy_names: Some(page.items),
        next_marker: page.next_marker,
        truncated: Some(page.truncated),
    })
}

//! ListKeys: one page of the region's keys in every state, ordered by key ID (100 to a page by
//! default, 1000 at most). Every key belongs to the keystore's own account, so `ResourceOwners`
//! without SELF lists none.

use super::prelude::*;
use crate::steps::{aliases, paging};

op!(keystore "ListKeys", "Lists the keys in the region, in every state.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Lists the region's keys in every state, by key ID. The CLI follows the pages; --max-items stops early and prints a NextToken for --starting-token.",
    errors: &[],
    examples: &[Example {
        title: "The first two keys, and where to go on",
        command: r##"lkms list-keys --max-items 2"##,
        output: r##"{
    "Keys": [
        {
            "KeyId": "0987dcba-09fe-87dc-65ba-ab0987654321",
            "KeyArn": "arn:aws:kms:us-east-1:111122223333:key/0987dcba-09fe-87dc-65ba-ab0987654321"
        },
        {
            "KeyId": "1234abcd-12ab-34cd-56ef-1234567890ab",
            "KeyArn": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
        }
    ],
    "NextToken": "…"
}"##,
    }],
};

/// Runs ListKeys, in the order AWS checks.
pub fn handle(svc: &Service, req: ListKeysRequest) -> Result<ListKeysResponse, Error> {
    authorise::account(svc, &Ask::new("kms:ListKeys"))?;
    // Every key belongs to the keystore's account: a caller of another account owns none.
    let own = svc.caller().account == svc.account_id()
        && req
            .resource_owners
            .as_ref()
            .is_none_or(|o| o.iter().any(|x| x == "SELF"));
    let page = paging::page_from(
        req.limit,
        req.marker.as_deref(),
        100,
        1000,
        String::as_str,
        |start, n| match own {
            true => aliases::read_index(svc, |index| index.keys_from(svc.store(), start, n)),
            false => Ok(Vec::new()),
        },
    )?;
    Ok(ListKeysResponse {
        keys: Some(
            page.items
                .into_iter()
                .map(|id| KeyListEntry {
                    key_arn: Some(svc.key_arn(&id)),
                    key_id: Some(id),
                })
                .collect(),
        ),
        next_marker: page.next_marker,
        truncated: Some(page.truncated),
    })
}

//! ListKeys: one page of the region's keys in every state, ordered by key ID (100 to a page by
//! default, 1000 at most). Every key belongs to the keystore's own account, so `ResourceOwners`
//! without SELF lists none.

use super::prelude::*;
use crate::steps::{housekeeping, paging};

op!(keystore "ListKeys", "Lists the keys in the region, in every state.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Lists the region's keys in every state, by key ID. The CLI follows the pages; --max-items stops early and prints a NextToken for --starting-token.",
    errors: &[
    ],
    examples: &[
        Example {
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
        },
    ],
};


/// Runs ListKeys, in the order AWS checks.
pub fn handle(svc: &Service, req: ListKeysRequest) -> Result<ListKeysResponse, Error> {
    authorise::account(svc, "kms:ListKeys")?;
    let own = req
        .resource_owners
        .as_ref()
        .is_none_or(|o| o.iter().any(|x| x == "SELF"));
    let none = Vec::new();
    let ids = if own { live_key_ids(svc)? } else { &none };
    let page = paging::page(
        ids.as_slice(),
        String::clone,
        req.limit,
        req.marker.as_deref(),
        100,
        1000,
    )?;
    Ok(ListKeysResponse {
        keys: Some(page
            .items
            .into_iter()
            .map(|id| KeyListEntry {
                key_arn: Some(svc.key_arn(&id)),
                key_id: Some(id),
            })
            .collect()),
        next_marker: page.next_marker,
        truncated: Some(page.truncated),
    })
}

/// The region's key IDs, after completing the deletions that are due.
fn live_key_ids(svc: &Service) -> Result<&Vec<String>, Error> {
    svc.cached_key_ids(|| {
        let due = housekeeping::settle_region(svc)?;
        let mut ids = svc.store().list_key_ids(svc.region())?;
        ids.retain(|id| due.binary_search(id).is_err());
        Ok(ids)
    })
}

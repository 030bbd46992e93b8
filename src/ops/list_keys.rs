//! ListKeys: one page of the region's keys in every state, ordered by key ID (100 to a page by
//! default, 1000 at most). Every key belongs to the keystore's own account, so `ResourceOwners`
//! without SELF lists none.

use super::prelude::*;
use crate::steps::{housekeeping, paging};

op!(keystore "ListKeys", "Lists the keys in the region, in every state.", handle);

/// Runs ListKeys, in the order AWS checks.
pub fn handle(svc: &Service, req: ListKeysRequest) -> Result<ListKeysResponse, Error> {
    authorise::account(svc, &Ask::new("kms:ListKeys"))?;
    // Every key belongs to the keystore's account: a caller of another account owns none.
    let own = svc.caller().account == svc.account_id()
        && req
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

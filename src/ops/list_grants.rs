//! ListGrants: one page of a key's grants, oldest first (50 to a page by default, 100 at most),
//! optionally only the grant `GrantId` or the grants of `GranteePrincipal`. Works in every key
//! state; the caller needs `kms:ListGrants` on the key.

use super::prelude::*;
use crate::steps::grants;

op!(keystore "ListGrants", "Lists the grants on a key.", handle);

/// Runs ListGrants, in the order AWS checks.
pub fn handle(svc: &Service, req: ListGrantsRequest) -> Result<ListGrantsResponse, Error> {
    if req.grantee_service_principal.is_some() {
        return Err(kms(
            ErrorCode::UnsupportedOperationException,
            "lkms does not support service principals in grants yet.",
        ));
    }
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:ListGrants"), &key)?;
    let mut list = grants::load(svc, &key.key_id)?;
    list.retain(|g| {
        req.grant_id.as_ref().is_none_or(|id| *id == g.grant_id)
            && req
                .grantee_principal
                .as_ref()
                .is_none_or(|p| *p == g.grantee_principal)
    });
    let page = grants::page(&list, req.limit, req.marker.as_deref())?;
    Ok(ListGrantsResponse {
        grants: Some(page.items.iter().map(grants::list_entry).collect()),
        next_marker: page.next_marker,
        truncated: Some(page.truncated),
    })
}

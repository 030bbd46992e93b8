//! ListRetirableGrants: one page of the region's grants whose retiring principal is
//! `RetiringPrincipal`, on every key. An IAM-only permission (`kms:ListRetirableGrants` on `*`).

use super::prelude::*;
use crate::steps::grants;

op!(keystore "ListRetirableGrants", "Lists the grants a principal may retire.", handle);

/// Runs ListRetirableGrants, in the order AWS checks.
pub fn handle(
    svc: &Service,
    req: ListRetirableGrantsRequest,
) -> Result<ListGrantsResponse, Error> {
    if req.retiring_service_principal.is_some() {
        return Err(kms(
            ErrorCode::UnsupportedOperationException,
            "lkms does not support service principals in grants yet.",
        ));
    }
    let retiring = request::required(OP.name, "RetiringPrincipal", req.retiring_principal.as_ref())?;
    authorise::account(svc, &Ask::new("kms:ListRetirableGrants"))?;
    let list = grants::retirable_by(svc, retiring)?;
    let page = grants::page(&list, req.limit, req.marker.as_deref())?;
    Ok(ListGrantsResponse {
        grants: Some(page.items.iter().map(grants::list_entry).collect()),
        next_marker: page.next_marker,
        truncated: Some(page.truncated),
    })
}

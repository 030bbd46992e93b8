//! ListRetirableGrants: one page of the region's grants whose retiring principal is
//! `RetiringPrincipal`, on every key. An IAM-only permission (`kms:ListRetirableGrants` on `*`).

use super::prelude::*;
use crate::steps::grants;

op!(keystore "ListRetirableGrants", "Lists the grants a principal may retire.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Lists the region's grants, on any key, whose retiring principal is exactly the one given: the grants that principal may retire with RetireGrant. The entries are those of ListGrants, oldest first. The permission is kms:ListRetirableGrants in an identity policy (resource \"*\"); no key policy takes part. The CLI follows the pages (50 grants a page unless --page-size says otherwise, 100 at most).",
    errors: &[
        (
            "NotFoundException",
            "Never: a principal that may retire no grant gets an empty list.",
        ),
        (
            "InvalidArnException",
            "Never: lkms compares the retiring principal as given, so one that is not an ARN matches no grant.",
        ),
        (
            "UnsupportedOperationException",
            "Not one of AWS's errors for ListRetirableGrants: lkms gives it for --retiring-service-principal, as it does not support service principals yet.",
        ),
    ],
    examples: &[Example {
        title: "What a role may retire, across keys",
        command: r##"lkms create-grant --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --grantee-principal arn:aws:iam::111122223333:role/app --operations Encrypt --retiring-principal arn:aws:iam::111122223333:role/ops > /dev/null && LKMS_NOW=2025-01-01T00:01:00Z lkms create-grant --key-id 0987dcba-09fe-87dc-65ba-ab0987654321 --grantee-principal arn:aws:iam::111122223333:role/app --operations Decrypt --retiring-principal arn:aws:iam::111122223333:role/ops > /dev/null && lkms list-retirable-grants --retiring-principal arn:aws:iam::111122223333:role/ops --query 'Grants[].[KeyId,Operations[0]]' --output text"##,
        output: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab\tEncrypt\narn:aws:kms:us-east-1:111122223333:key/0987dcba-09fe-87dc-65ba-ab0987654321\tDecrypt",
    }],
};

/// Runs ListRetirableGrants, in the order AWS checks.
pub fn handle(svc: &Service, req: ListRetirableGrantsRequest) -> Result<ListGrantsResponse, Error> {
    if req.retiring_service_principal.is_some() {
        return Err(kms(
            ErrorCode::UnsupportedOperationException,
            "lkms does not support service principals in grants yet.",
        ));
    }
    let retiring = request::required(
        OP.name,
        "RetiringPrincipal",
        req.retiring_principal.as_ref(),
    )?;
    authorise::account(svc, &Ask::new("kms:ListRetirableGrants"))?;
    let list = grants::retirable_by(svc, retiring)?;
    let page = grants::page(&list, req.limit, req.marker.as_deref())?;
    Ok(ListGrantsResponse {
        grants: Some(page.items.iter().map(grants::list_entry).collect()),
        next_marker: page.next_marker,
        truncated: Some(page.truncated),
    })
}

//! ListGrants: one page of a key's grants, oldest first (50 to a page by default, 100 at most),
//! optionally only the grant `GrantId` or the grants of `GranteePrincipal`. Works in every key
//! state; the caller needs `kms:ListGrants` on the key.

use super::prelude::*;
use crate::steps::grants;

op!(keystore "ListGrants", "Lists the grants on a key.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Lists the grants on one key, oldest first: each with its grant ID, name, creation date, grantee and retiring principals, operations, constraints and the account that issued it; the key appears as its ARN. --grant-id or --grantee-principal keeps only the matching grants. Works in every key state. Key ID or key ARN only. The CLI follows the pages (50 grants a page unless --page-size says otherwise, 100 at most); --max-items stops early and prints a NextToken for --starting-token.",
    errors: &[
        (
            "NotFoundException",
            "No key has that key ID or key ARN here; alias names and alias ARNs are not accepted.",
        ),
        (
            "InvalidGrantIdException",
            "Never: a --grant-id the key does not have just lists no grants.",
        ),
        (
            "KMSInvalidStateException",
            "Never: the grants of a key can be listed in every key state.",
        ),
        (
            "UnsupportedOperationException",
            "Not one of AWS's errors for ListGrants: lkms gives it for --grantee-service-principal, as it does not support service principals yet.",
        ),
    ],
    examples: &[
        Example {
            title: "The grants on a key",
            command: r##"lkms create-grant --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --grantee-principal arn:aws:iam::111122223333:role/app --operations Encrypt Decrypt --retiring-principal arn:aws:iam::111122223333:role/ops --constraints 'EncryptionContextSubset={Department=Finance}' --name finance-app > /dev/null && lkms list-grants --key-id 1234abcd-12ab-34cd-56ef-1234567890ab"##,
            output: r##"{
    "Grants": [
        {
            "KeyId": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            "GrantId": "…",
            "Name": "finance-app",
            "CreationDate": "2025-01-01T00:00:00+00:00",
            "GranteePrincipal": "arn:aws:iam::111122223333:role/app",
            "RetiringPrincipal": "arn:aws:iam::111122223333:role/ops",
            "IssuingAccount": "arn:aws:iam::111122223333:root",
            "Operations": [
                "Encrypt",
                "Decrypt"
            ],
            "Constraints": {
                "EncryptionContextSubset": {
                    "Department": "Finance"
                }
            }
        }
    ]
}"##,
        },
        Example {
            title: "Only the grants of one grantee",
            command: r##"lkms create-grant --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --grantee-principal arn:aws:iam::111122223333:role/app --operations Encrypt Decrypt > /dev/null && lkms create-grant --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --grantee-principal arn:aws:iam::111122223333:role/auditor --operations DescribeKey > /dev/null && lkms list-grants --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --grantee-principal arn:aws:iam::111122223333:role/auditor --query 'Grants[].[GranteePrincipal,Operations[0]]' --output text"##,
            output: "arn:aws:iam::111122223333:role/auditor\tDescribeKey",
        },
    ],
};

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

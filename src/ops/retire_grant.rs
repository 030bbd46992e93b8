//! RetireGrant: deletes a grant named by its token, or by key and grant ID. The right to retire
//! comes from the grant: its retiring principal, its grantee when it allows RetireGrant, and the
//! root of the account that created it may; anyone else needs `kms:RetireGrant` on the key.
//! Works in every key state.

use super::prelude::*;
use crate::access::Grant;
use crate::steps::grants;

op!(keystore "RetireGrant", "Ends a grant, as its retiring principal or grantee.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Deletes a grant whose work is done. Name it by its grant token, or by --key-id (key ID or key ARN) and --grant-id. The grant itself says who may retire it: its retiring principal, its grantee when its operations include RetireGrant, and the root of the account that created it; anyone else needs kms:RetireGrant on the key. Works in every key state. Prints nothing.",
    errors: &[
        (
            "ValidationException",
            "Also: neither --grant-token nor both --key-id and --grant-id were given (\"Either GrantToken, or KeyId and GrantId, must be specified.\").",
        ),
        (
            "InvalidGrantTokenException",
            "The token was not issued by this keystore or was altered, or its grant has been retired or revoked already.",
        ),
        (
            "InvalidGrantIdException",
            "The key has no grant with that ID (perhaps retired or revoked already).",
        ),
        (
            "NotFoundException",
            "No key has that key ID or key ARN here; alias names and alias ARNs are not accepted.",
        ),
        (
            "AccessDeniedException",
            "The caller is none of those the grant lets retire it, and no policy allows it kms:RetireGrant on the key.",
        ),
        (
            "KMSInvalidStateException",
            "Never: a grant can be retired in every key state.",
        ),
    ],
    examples: &[
        Example {
            title: "Retire a grant by its token",
            command: r##"token=$(lkms create-grant --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --grantee-principal arn:aws:iam::111122223333:role/app --operations Decrypt RetireGrant --query GrantToken --output text) && lkms retire-grant --grant-token "$token" && lkms list-grants --key-id 1234abcd-12ab-34cd-56ef-1234567890ab"##,
            output: r##"{
    "Grants": []
}"##,
        },
        Example {
            title: "Retire a grant by key ARN and grant ID",
            command: r##"id=$(lkms create-grant --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --grantee-principal arn:aws:iam::111122223333:role/app --operations Decrypt --query GrantId --output text) && lkms retire-grant --key-id arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab --grant-id "$id" && lkms list-grants --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --query 'length(Grants)'"##,
            output: r##"0"##,
        },
        Example {
            title: "A grant ID alone is not enough",
            command: r##"lkms retire-grant --grant-id 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"##,
            output: r##"aws: [ERROR]: An error occurred (ValidationException) when calling the RetireGrant operation: Either GrantToken, or KeyId and GrantId, must be specified."##,
        },
    ],
};

/// Runs RetireGrant, in the order AWS checks.
pub fn handle(svc: &Service, req: RetireGrantRequest) -> Result<(), Error> {
    let (key, grant_id, grant): (_, String, Option<Grant>) =
        match (&req.grant_token, &req.key_id, &req.grant_id) {
            (Some(token), _, _) => {
                let (key_id, grant) = grants::by_token(svc, token)?;
                let key = keyref::resolve(svc, &svc.key_arn(&key_id), Aliases::Refused)?;
                (key, grant.grant_id.clone(), Some(grant))
            }
            (None, Some(key_id), Some(grant_id)) => {
                let key = keyref::resolve(svc, key_id, Aliases::Refused)?;
                let grant = grants::load(svc, &key.key_id)?
                    .into_iter()
                    .find(|g| &g.grant_id == grant_id);
                (key, grant_id.clone(), grant)
            }
            _ => {
                return Err(invalid(
                    "Either GrantToken, or KeyId and GrantId, must be specified.",
                ));
            }
        };
    let entitled = grant
        .as_ref()
        .and_then(|g| g.retire_right(svc.caller().principal()))
        .is_some();
    if !entitled {
        authorise::key(svc, &Ask::new("kms:RetireGrant"), &key)?;
    }
    request::dry_run(req.dry_run)?;
    grants::remove(svc, &key.key_id, &grant_id)
}

//! RevokeGrant: deletes a grant of a key, as a principal allowed `kms:RevokeGrant` on it. Works
//! in every key state; an unknown grant ID is InvalidGrantIdException.

use super::prelude::*;
use crate::steps::grants;

op!(keystore "RevokeGrant", "Ends a grant, as someone who may administer the key.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Deletes a grant of a key by its grant ID, taking away what it allowed. Where RetireGrant is for those the grant names, RevokeGrant is for the key's administrators: the caller needs kms:RevokeGrant on the key from its key policy or an identity policy. Key ID or key ARN only; works in every key state. Prints nothing.",
    errors: &[
        (
            "NotFoundException",
            "No key has that key ID or key ARN here; alias names and alias ARNs are not accepted.",
        ),
        (
            "InvalidGrantIdException",
            "The key has no grant with that ID (perhaps retired or revoked already).",
        ),
        (
            "KMSInvalidStateException",
            "Never: a grant can be revoked in every key state.",
        ),
    ],
    examples: &[
        Example {
            title: "Revoke a grant",
            command: r##"id=$(lkms create-grant --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --grantee-principal arn:aws:iam::111122223333:role/app --operations Decrypt --query GrantId --output text) && lkms revoke-grant --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --grant-id "$id" && lkms list-grants --key-id 1234abcd-12ab-34cd-56ef-1234567890ab"##,
            output: r##"{
    "Grants": []
}"##,
        },
        Example {
            title: "A grant the key does not have",
            command: r##"lkms revoke-grant --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --grant-id 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"##,
            output: r##"aws: [ERROR]: An error occurred (InvalidGrantIdException) when calling the RevokeGrant operation: Grant ID 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef is not valid."##,
        },
    ],
};

/// Runs RevokeGrant, in the order AWS checks.
pub fn handle(svc: &Service, req: RevokeGrantRequest) -> Result<(), Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:RevokeGrant"), &key)?;
    request::dry_run(req.dry_run)?;
    grants::remove(svc, &key.key_id, &req.grant_id)
}

//! RetireGrant: deletes a grant named by its token, or by key and grant ID. The right to retire
//! comes from the grant: its retiring principal, its grantee when it allows RetireGrant, and the
//! root of the account that created it may; anyone else needs `kms:RetireGrant` on the key.
//! Works in every key state.

use super::prelude::*;
use crate::access::Grant;
use crate::steps::grants;

op!(keystore "RetireGrant", "Ends a grant, as its retiring principal or grantee.", handle);

/// Runs RetireGrant, in the order AWS checks.
pub fn handle(svc: &Service, req: RetireGrantRequest) -> Result<(), Error> {
    let (key, grant_id, grant): (_, String, Option<Grant>) = match (&req.grant_token, &req.key_id, &req.grant_id) {
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

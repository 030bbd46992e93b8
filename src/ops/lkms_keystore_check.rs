//! LkmsKeystoreCheck (`lkms keystore check [--repair]`): verifies every document of the keystore,
//! compares documents with the write journal and the generation recorded outside the keystore
//! (rollback), matches the deletion index and the aliases with the keys, and reports leftover
//! temp files and loose permissions. With `Repair`, rebuilds what is derived (the deletion index,
//! journal lines lost in a crash), removes dangling aliases and dead writers' temp files and sets
//! modes; it never deletes a key or its material. lkms's own operation, command line only.

use super::prelude::*;
use crate::store::check::Finding;

op!(lkms "LkmsKeystoreCheck", "Checks the keystore's integrity, crash consistency and permissions; --repair mends what is derived.", handle);

/// The request.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct LkmsKeystoreCheckRequest {
    #[serde(default)]
    pub repair: bool,
}

/// The response: every finding, and whether the keystore is clean now.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct LkmsKeystoreCheckResponse {
    pub clean: bool,
    pub findings: Vec<Finding>,
}

impl TakeSecrets for LkmsKeystoreCheckResponse {}

/// Runs the check.
pub fn handle(
    svc: &Service,
    req: LkmsKeystoreCheckRequest,
) -> Result<LkmsKeystoreCheckResponse, Error> {
    let findings = svc.store().check(req.repair)?;
    Ok(LkmsKeystoreCheckResponse {
        clean: findings.iter().all(|f| f.repaired),
        findings,
    })
}

//! LkmsSeed (`lkms keystore seed --file`, and `LKMS_SEED_FILE` when a keystore is first used):
//! makes the region's keys match a seed document — fixed key IDs, material, aliases, tags,
//! policies, rotation and creation dates — idempotently and all or nothing. lkms's own operation,
//! command line only.

use super::prelude::*;
use crate::steps::{seed, seed_apply};

op!(lkms "LkmsSeed", "Creates or restores the keys a seed file describes (idempotent, all or nothing).", handle);

/// The request: the seed document, already read as JSON.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct LkmsSeedRequest {
    /// The seed document.
    pub seed: serde_json::Value,
}

/// What the seed did, by key ID.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct LkmsSeedResponse {
    /// Keys made now.
    pub created: Vec<String>,
    /// Keys brought back to the seed's description of them.
    pub updated: Vec<String>,
    /// Keys already as the seed describes them.
    pub unchanged: Vec<String>,
}

impl TakeSecrets for LkmsSeedResponse {}

/// Runs LkmsSeed: reads the whole document, then applies it under the write lock.
pub fn handle(svc: &Service, req: LkmsSeedRequest) -> Result<LkmsSeedResponse, Error> {
    let keys = seed::parse(&req.seed)?;
    let report = seed_apply::apply(svc, &keys)?;
    Ok(LkmsSeedResponse {
        created: report.created,
        updated: report.updated,
        unchanged: report.unchanged,
    })
}

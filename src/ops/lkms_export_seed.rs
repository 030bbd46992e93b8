//! LkmsExportSeed (`lkms keystore export-seed`): the region's customer managed keys as a seed
//! document that `lkms keystore seed` reads back. Key material is included only when asked for;
//! the document then says so and is handed over as a secret. lkms's own operation, command line
//! only.

use super::prelude::*;
use crate::steps::seed_apply;

op!(lkms "LkmsExportSeed", "Writes the region's keys as a seed file (key material only when asked for).", handle);

/// The request.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct LkmsExportSeedRequest {
    /// Include each key's current material.
    #[serde(default)]
    pub include_key_material: bool,
}

/// The response: the seed document's text, kept secret until it is written.
#[derive(Debug, Serialize)]
pub struct LkmsExportSeedResponse {
    /// The document (secret, since it may hold key material).
    #[serde(skip)]
    pub seed: Option<SecretBlob>,
}

impl TakeSecrets for LkmsExportSeedResponse {
    fn take_secrets(&mut self) -> Vec<(&'static str, SecretBlob)> {
        self.seed
            .take()
            .map(|s| vec![("Seed", s)])
            .unwrap_or_default()
    }
}

/// Runs LkmsExportSeed.
pub fn handle(svc: &Service, req: LkmsExportSeedRequest) -> Result<LkmsExportSeedResponse, Error> {
    let text = seed_apply::export(svc, req.include_key_material)?;
    Ok(LkmsExportSeedResponse {
        seed: Some(SecretBlob(text)),
    })
}

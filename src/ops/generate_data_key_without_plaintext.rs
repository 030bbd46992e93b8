//! GenerateDataKeyWithoutPlaintext: as GenerateDataKey, returning only the encrypted copy.

use super::prelude::*;
use crate::steps::data_keys;

op!(keystore "GenerateDataKeyWithoutPlaintext", "Makes a data key and prints only its encrypted copy.", handle);

/// The request (shared with other operations).
pub type Request = GenerateDataKeyRequest;

/// The response.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct Response {
    pub ciphertext_blob: Blob,
    pub key_id: String,
    pub key_material_id: String,
}

impl Reply for Response {}

/// Runs GenerateDataKeyWithoutPlaintext, in the order AWS checks.
pub fn handle(svc: &Service, req: Request) -> Result<Response, Error> {
    let dk = data_keys::generate(svc, OP.name, "kms:GenerateDataKeyWithoutPlaintext", &req)?;
    Ok(Response {
        ciphertext_blob: Blob(dk.blob),
        key_id: svc.key_arn(&dk.key.key_id),
        key_material_id: dk.material_id,
    })
}

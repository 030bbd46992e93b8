//! GenerateDataKey: a fresh data key of `KeySpec` (AES_256, AES_128) or `NumberOfBytes` (1–1024,
//! exactly one of them), returned in plaintext and encrypted under a symmetric encryption key. The
//! checks and the work are those of [`data_keys::generate`].

use super::prelude::*;
use crate::steps::data_keys;

op!(keystore "GenerateDataKey", "Makes a data key and prints it in plaintext and encrypted under a key.", handle);

/// The request (shared with other operations).
pub type Request = GenerateDataKeyRequest;

/// The response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct Response {
    pub ciphertext_blob: Blob,
    #[serde(skip)]
    pub plaintext: SecretBlob,
    pub key_id: String,
    pub key_material_id: String,
}

impl Reply for Response {
    fn secrets(&mut self) -> Vec<(&'static str, SecretBlob)> {
        vec![("Plaintext", std::mem::take(&mut self.plaintext))]
    }
}

/// Runs GenerateDataKey, in the order AWS checks.
pub fn handle(svc: &Service, req: Request) -> Result<Response, Error> {
    let dk = data_keys::generate(svc, OP.name, "kms:GenerateDataKey", &req)?;
    Ok(Response {
        ciphertext_blob: Blob(dk.blob),
        plaintext: SecretBlob(dk.plaintext),
        key_id: svc.key_arn(&dk.key.key_id),
        key_material_id: dk.material_id,
    })
}

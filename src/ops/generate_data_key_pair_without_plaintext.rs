//! GenerateDataKeyPairWithoutPlaintext: as GenerateDataKeyPair, without the plaintext private key.

use super::prelude::*;
use crate::steps::data_keys;

op!(keystore "GenerateDataKeyPairWithoutPlaintext", "Makes a data key pair and prints only the encrypted private half.", handle);

/// The request (shared with other operations).
pub type Request = GenerateDataKeyPairRequest;

/// The response.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct Response {
    pub private_key_ciphertext_blob: Blob,
    pub public_key: Blob,
    pub key_id: String,
    pub key_pair_spec: DataKeyPairSpec,
    pub key_material_id: String,
}

impl Reply for Response {}

/// Runs GenerateDataKeyPairWithoutPlaintext, in the order AWS checks.
pub fn handle(svc: &Service, req: Request) -> Result<Response, Error> {
    let p = data_keys::generate_pair(
        svc,
        OP.name,
        "kms:GenerateDataKeyPairWithoutPlaintext",
        &req,
    )?;
    Ok(Response {
        private_key_ciphertext_blob: Blob(p.blob),
        public_key: Blob(p.public),
        key_id: svc.key_arn(&p.key.key_id),
        key_pair_spec: p.spec,
        key_material_id: p.material_id,
    })
}

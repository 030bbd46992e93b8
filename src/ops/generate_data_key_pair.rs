//! GenerateDataKeyPair: a fresh key pair of `KeyPairSpec`; the private half (PKCS#8 DER) is
//! returned in plaintext and encrypted under a symmetric encryption key, the public half as DER
//! SubjectPublicKeyInfo. The checks and the work are those of [`data_keys::generate_pair`].

use super::prelude::*;
use crate::steps::data_keys;

op!(keystore "GenerateDataKeyPair", "Makes an asymmetric data key pair, the private half also encrypted.", handle);

/// The request (shared with other operations).
pub type Request = GenerateDataKeyPairRequest;

/// The response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct Response {
    pub private_key_ciphertext_blob: Blob,
    #[serde(skip)]
    pub private_key_plaintext: SecretBlob,
    pub public_key: Blob,
    pub key_id: String,
    pub key_pair_spec: DataKeyPairSpec,
    pub key_material_id: String,
}

impl Reply for Response {
    fn secrets(&mut self) -> Vec<(&'static str, SecretBlob)> {
        vec![("PrivateKeyPlaintext", std::mem::take(&mut self.private_key_plaintext))]
    }
}

/// Runs GenerateDataKeyPair, in the order AWS checks.
pub fn handle(svc: &Service, req: Request) -> Result<Response, Error> {
    let p = data_keys::generate_pair(svc, OP.name, "kms:GenerateDataKeyPair", &req)?;
    Ok(Response {
        private_key_ciphertext_blob: Blob(p.blob),
        private_key_plaintext: SecretBlob(p.private),
        public_key: Blob(p.public),
        key_id: svc.key_arn(&p.key.key_id),
        key_pair_spec: p.spec,
        key_material_id: p.material_id,
    })
}

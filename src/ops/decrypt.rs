//! Decrypt: opens a ciphertext made by Encrypt, GenerateDataKey(Pair) or ReEncrypt. A symmetric
//! blob names its key, so `KeyId` is optional (when given it must be that key:
//! IncorrectKeyException); asymmetric ciphertexts need the key. The encryption context must be the
//! one the ciphertext was made with.

use super::prelude::*;
use crate::steps::envelope::{self, Ciphertext};

op!(keystore "Decrypt", "Decrypts a ciphertext blob and prints the plaintext (base64).", handle);

/// The request.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct Request {
    pub ciphertext_blob: Blob,
    pub encryption_context: Option<EncryptionContext>,
    pub grant_tokens: Option<Vec<String>>,
    pub key_id: Option<String>,
    pub encryption_algorithm: Option<String>,
    pub recipient: Option<serde_json::Value>,
    pub dry_run: Option<bool>,
    pub dry_run_modifiers: Option<Vec<String>>,
}

/// The response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct Response {
    pub key_id: String,
    #[serde(skip)]
    pub plaintext: SecretBlob,
    pub encryption_algorithm: EncryptionAlgorithmSpec,
    pub key_material_id: String,
}

impl Reply for Response {
    fn secrets(&mut self) -> Vec<(&'static str, SecretBlob)> {
        vec![("Plaintext", std::mem::take(&mut self.plaintext))]
    }
}

/// Runs Decrypt, in the order AWS checks.
pub fn handle(svc: &Service, req: Request) -> Result<Response, Error> {
    request::no_recipient(req.recipient.as_ref())?;
    let opened = envelope::open(
        svc,
        OP.name,
        "kms:Decrypt",
        Ciphertext {
            blob: &req.ciphertext_blob.0,
            context: req.encryption_context.as_ref(),
            key_id: req.key_id.as_deref(),
            algorithm: req.encryption_algorithm.as_deref(),
        },
        req.dry_run,
    )?;
    record::key_used(svc, OP.name, &opened.key);
    Ok(Response {
        key_id: svc.key_arn(&opened.key.key_id),
        plaintext: SecretBlob(opened.plaintext),
        encryption_algorithm: opened.alg,
        key_material_id: opened.material_id,
    })
}

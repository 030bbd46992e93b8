//! ReEncrypt: decrypts under the source key and encrypts under the destination key without the
//! plaintext leaving lkms. The source is checked as Decrypt checks it (kms:ReEncryptFrom), the
//! destination as Encrypt does (kms:ReEncryptTo).

use super::prelude::*;
use crate::steps::envelope::{self, Ciphertext};

op!(keystore "ReEncrypt", "Decrypts and encrypts again under another key without exposing the plaintext.", handle);

/// The request.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct Request {
    pub ciphertext_blob: Blob,
    pub source_encryption_context: Option<EncryptionContext>,
    pub source_key_id: Option<String>,
    pub destination_key_id: String,
    pub destination_encryption_context: Option<EncryptionContext>,
    pub source_encryption_algorithm: Option<String>,
    pub destination_encryption_algorithm: Option<String>,
    pub grant_tokens: Option<Vec<String>>,
    pub dry_run: Option<bool>,
    pub dry_run_modifiers: Option<Vec<String>>,
}

/// The response.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct Response {
    pub ciphertext_blob: Blob,
    pub source_key_id: String,
    pub key_id: String,
    pub source_encryption_algorithm: EncryptionAlgorithmSpec,
    pub destination_encryption_algorithm: EncryptionAlgorithmSpec,
    pub source_key_material_id: String,
    pub destination_key_material_id: String,
}

impl Reply for Response {}

/// Runs ReEncrypt, in the order AWS checks.
pub fn handle(svc: &Service, req: Request) -> Result<Response, Error> {
    let dest = keyref::resolve(svc, &req.destination_key_id, Aliases::Accepted)?;
    let opened = envelope::open(
        svc,
        OP.name,
        "kms:ReEncryptFrom",
        Ciphertext {
            blob: &req.ciphertext_blob.0,
            context: req.source_encryption_context.as_ref(),
            key_id: req.source_key_id.as_deref(),
            algorithm: req.source_encryption_algorithm.as_deref(),
        },
        None,
    )?;
    authorise::key(svc, "kms:ReEncryptTo", &dest)?;
    let dest_alg = envelope::algorithm(
        svc,
        OP.name,
        &dest,
        req.destination_encryption_algorithm.as_deref(),
    )?;
    request::dry_run(req.dry_run)?;
    let (blob, dest_material) = envelope::seal(
        svc,
        &dest,
        &opened.plaintext,
        req.destination_encryption_context.as_ref(),
        dest_alg,
    )?;
    record::key_used(svc, OP.name, &opened.key);
    record::key_used(svc, OP.name, &dest);
    Ok(Response {
        ciphertext_blob: Blob(blob),
        source_key_id: svc.key_arn(&opened.key.key_id),
        key_id: svc.key_arn(&dest.key_id),
        source_encryption_algorithm: opened.alg,
        destination_encryption_algorithm: dest_alg,
        source_key_material_id: opened.material_id,
        destination_key_material_id: dest_material,
    })
}

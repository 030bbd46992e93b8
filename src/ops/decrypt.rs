//! Decrypt: opens a ciphertext made by Encrypt, GenerateDataKey(Pair) or ReEncrypt. A symmetric
//! blob names its key, so `KeyId` is optional (when given it must be that key:
//! IncorrectKeyException); asymmetric ciphertexts need the key. The encryption context must be the
//! one the ciphertext was made with.

use super::prelude::*;
use crate::steps::envelope::{self, Ciphertext};
use crate::steps::metadata::shown_material_id;

op!(keystore "Decrypt", "Decrypts a ciphertext blob and prints the plaintext (base64).", handle);

/// Runs Decrypt, in the order AWS checks.
pub fn handle(svc: &Service, req: DecryptRequest) -> Result<DecryptResponse, Error> {
    request::no_recipient(req.recipient.as_ref())?;
    let opened = envelope::open(
        svc,
        OP.name,
        "kms:Decrypt",
        Ciphertext {
            blob: &request::required(OP.name, "CiphertextBlob", req.ciphertext_blob.as_ref())?.0,
            context: req.encryption_context.as_ref(),
            key_id: req.key_id.as_deref(),
            algorithm: req.encryption_algorithm.as_deref(),
        },
        req.dry_run,
    )?;
    record::key_used(svc, OP.name, &opened.key);
    Ok(DecryptResponse {
        key_id: Some(svc.key_arn(&opened.key.key_id)),
        plaintext: Some(SecretBlob(opened.plaintext)),
        encryption_algorithm: Some(opened.alg),
        key_material_id: shown_material_id(&opened.key, opened.material_id),
        ..Default::default()
    })
}

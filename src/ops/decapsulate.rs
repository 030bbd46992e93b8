//! Decapsulate: the shared secret inside an ML-KEM ciphertext made for the key. A ciphertext that
//! does not decapsulate is InvalidCiphertextException.

use super::prelude::*;
use crate::crypto::mlkem;
use crate::steps::asymmetric;

op!(keystore "Decapsulate", "Recovers a shared secret from an ML-KEM ciphertext.", handle);

/// Runs Decapsulate, in the order AWS checks.
pub fn handle(svc: &Service, req: DecapsulateRequest) -> Result<DecapsulateResponse, Error> {
    let (pair, level) =
        asymmetric::ml_kem(svc, OP.name, "kms:Decapsulate", &req.key_id, req.dry_run)?;
    let shared = mlkem::decapsulate(level, &pair.private, &req.shared_secret_ciphertext_blob.0)
        .map_err(|_| kms_bare(ErrorCode::InvalidCiphertextException))?;
    record::key_used(svc, OP.name, &pair.key);
    Ok(DecapsulateResponse {
        key_id: Some(svc.key_arn(&pair.key.key_id)),
        shared_secret: Some(SecretBlob(shared)),
        encapsulation_algorithm: Some(EncapsulationAlgorithmSpec::ML_KEM),
    })
}

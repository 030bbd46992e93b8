//! Encapsulate: a fresh shared secret and its ML-KEM ciphertext for an ML-KEM key
//! (KEY_ENCAPSULATION usage).

use super::prelude::*;
use crate::crypto::mlkem;
use crate::steps::asymmetric::{self, unusable};

op!(keystore "Encapsulate", "Makes an ML-KEM ciphertext and shared secret for a key.", handle);

/// Runs Encapsulate, in the order AWS checks.
pub fn handle(svc: &Service, req: EncapsulateRequest) -> Result<EncapsulateResponse, Error> {
    let (pair, level) =
        asymmetric::ml_kem(
        svc,
        OP.name,
        &Ask::new("kms:Encapsulate")
            .named_by(&req.key_id)
            .grant_tokens(req.grant_tokens.as_ref()),
        &req.key_id,
        req.dry_run,
    )?;
    let (ct, shared) = mlkem::encapsulate(level, &pair.private).map_err(unusable)?;
    record::key_used(svc, OP.name, &pair.key);
    Ok(EncapsulateResponse {
        key_id: Some(svc.key_arn(&pair.key.key_id)),
        shared_secret: Some(SecretBlob(shared)),
        shared_secret_ciphertext_blob: Some(Blob(ct)),
        encapsulation_algorithm: Some(EncapsulationAlgorithmSpec::ML_KEM),
    })
}

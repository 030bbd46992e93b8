//! Decapsulate: the shared secret inside an ML-KEM ciphertext made for the key. A ciphertext that
//! does not decapsulate is InvalidCiphertextException.

use super::prelude::*;
use crate::crypto::mlkem;
use crate::steps::asymmetric;

op!(keystore "Decapsulate", "Recovers a shared secret from an ML-KEM ciphertext.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Recovers the shared secret from a ciphertext that Encapsulate (or an ML-KEM encapsulation made elsewhere with the key's public key) produced. Needs an ML-KEM key with usage ENCAPSULATE_DECAPSULATE.",
    errors: &[(
        "InvalidCiphertextException",
        "The ciphertext does not decapsulate under this key (sent without a message).",
    )],
    examples: &[Example {
        title: "Both sides get the same secret",
        command: r##"lkms encapsulate --key-id alias/example-kem --encapsulation-algorithm ML_KEM --query '[SharedSecret,SharedSecretCiphertextBlob]' --output text > enc.txt && read secret ct < enc.txt && lkms decapsulate --key-id alias/example-kem --encapsulation-algorithm ML_KEM --shared-secret-ciphertext-blob "$ct" --query SharedSecret --output text > dec.txt && [ "$(cat dec.txt)" = "$secret" ] && echo same"##,
        output: r##"same"##,
    }],
};

/// Runs Decapsulate, in the order AWS checks.
pub fn handle(svc: &Service, req: DecapsulateRequest) -> Result<DecapsulateResponse, Error> {
    let (pair, level) = asymmetric::ml_kem(
        svc,
        OP.name,
        &Ask::new("kms:Decapsulate")
            .named_by(&req.key_id)
            .grant_tokens(req.grant_tokens.as_ref()),
        &req.key_id,
        req.dry_run,
    )?;
    let shared = mlkem::decapsulate(level, &pair.private, &req.shared_secret_ciphertext_blob.0)
        .map_err(|_| kms_bare(ErrorCode::InvalidCiphertextException))?;
    record::key_used(svc, OP.name, &pair.key);
    Ok(DecapsulateResponse {
        key_id: Some(svc.key_arn(&pair.key.key_id)),
        shared_secret: Some(SecretBlob(shared)),
        encapsulation_algorithm: Some(EncapsulationAlgorithmSpec::ML_KEM),
    })
}

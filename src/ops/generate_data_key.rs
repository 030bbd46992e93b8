//! GenerateDataKey: a fresh data key of `KeySpec` (AES_256, AES_128) or `NumberOfBytes` (1–1024,
//! exactly one of them), returned in plaintext and encrypted under a symmetric encryption key. The
//! checks and the work are those of [`data_keys::generate`].

use super::prelude::*;
use crate::steps::data_keys;

op!(keystore "GenerateDataKey", "Makes a data key and prints it in plaintext and encrypted under a key.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Makes a random data key (--key-spec AES_256 or AES_128, or --number-of-bytes) and prints it both in plaintext, to use and forget, and encrypted under the KMS key, to store beside the data. Decrypt gives the plaintext key back.",
    errors: &[(
        "ValidationException",
        "Also: neither or both of KeySpec and NumberOfBytes.",
    )],
    examples: &[Example {
        title: "Make an AES-256 data key",
        command: r##"lkms generate-data-key --key-id alias/example --key-spec AES_256"##,
        output: r##"{
    "CiphertextBlob": "…",
    "Plaintext": "…",
    "KeyId": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    "KeyMaterialId": "…"
}"##,
    }],
};

/// Runs GenerateDataKey, in the order AWS checks.
pub fn handle(
    svc: &Service,
    req: GenerateDataKeyRequest,
) -> Result<GenerateDataKeyResponse, Error> {
    let dk = data_keys::generate(
        svc,
        OP.name,
        &Ask::new("kms:GenerateDataKey")
            .named_by(&req.key_id)
            .encryption_context(req.encryption_context.as_ref())
            .grant_tokens(req.grant_tokens.as_ref())
            .keys(|k| {
                k.encryption_algorithm("SYMMETRIC_DEFAULT");
            }),
        data_keys::Ask {
            key_id: &req.key_id,
            encryption_context: req.encryption_context.as_ref(),
            number_of_bytes: req.number_of_bytes,
            key_spec: req.key_spec.as_deref(),
            recipient: req.recipient.is_some(),
            dry_run: req.dry_run,
        },
    )?;
    Ok(GenerateDataKeyResponse {
        ciphertext_blob: Some(Blob(dk.blob)),
        plaintext: Some(SecretBlob(dk.plaintext)),
        key_id: Some(svc.key_arn(&dk.key.key_id)),
        key_material_id: Some(dk.material_id).filter(|m| !m.is_empty()),
        ..Default::default()
    })
}

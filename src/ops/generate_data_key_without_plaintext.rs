//! GenerateDataKeyWithoutPlaintext: as GenerateDataKey, returning only the encrypted copy.

use super::prelude::*;
use crate::steps::data_keys;

op!(keystore "GenerateDataKeyWithoutPlaintext", "Makes a data key and prints only its encrypted copy.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Like GenerateDataKey, without the plaintext: the encrypted data key is stored now and decrypted when it is needed.",
    errors: &[(
        "ValidationException",
        "Also: neither or both of KeySpec and NumberOfBytes.",
    )],
    examples: &[Example {
        title: "Only the encrypted data key",
        command: r##"lkms generate-data-key-without-plaintext --key-id alias/example --key-spec AES_128 --query 'keys(@)'"##,
        output: r##"[
    "CiphertextBlob",
    "KeyId",
    "KeyMaterialId"
]"##,
    }],
};

/// Runs GenerateDataKeyWithoutPlaintext, in the order AWS checks.
pub fn handle(
    svc: &Service,
    req: GenerateDataKeyWithoutPlaintextRequest,
) -> Result<GenerateDataKeyWithoutPlaintextResponse, Error> {
    let dk = data_keys::generate(
        svc,
        OP.name,
        &Ask::new("kms:GenerateDataKeyWithoutPlaintext")
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
            recipient: false,
            dry_run: req.dry_run,
        },
    )?;
    Ok(GenerateDataKeyWithoutPlaintextResponse {
        ciphertext_blob: Some(Blob(dk.blob)),
        key_id: Some(svc.key_arn(&dk.key.key_id)),
        key_material_id: Some(dk.material_id).filter(|m| !m.is_empty()),
    })
}

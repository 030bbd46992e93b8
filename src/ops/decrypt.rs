//! Decrypt: opens a ciphertext made by Encrypt, GenerateDataKey(Pair) or ReEncrypt. A symmetric
//! blob names its key, so `KeyId` is optional (when given it must be that key:
//! IncorrectKeyException); asymmetric ciphertexts need the key. The encryption context must be the
//! one the ciphertext was made with.

use super::prelude::*;
use crate::steps::envelope::{self, Ciphertext};
use crate::steps::metadata::shown_material_id;

op!(keystore "Decrypt", "Decrypts a ciphertext blob and prints the plaintext (base64).", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Decrypts a ciphertext. A symmetric ciphertext names its key and material, so --key-id is optional (when given it must be that key); an RSA or SM2 ciphertext needs --key-id and --encryption-algorithm. The encryption context must be the one used to encrypt. For RSA, as AWS does, lkms tries the other OAEP digest when the named one fails.",
    errors: &[
        (
            "IncorrectKeyException",
            "--key-id names another key than the one that made the symmetric ciphertext; checked before anything else about that key, so even an HMAC key gets it.",
        ),
        (
            "InvalidCiphertextException",
            "The ciphertext is altered or truncated, the encryption context differs, or it is no ciphertext of this key (sent without a message).",
        ),
        (
            "AccessDeniedException",
            "The ciphertext names a key that is not in this keystore and region; or the key is an AWS managed key, which only its service may use.",
        ),
    ],
    examples: &[
        Example {
            title: "Decrypt what Encrypt made",
            command: r##"blob=$(lkms encrypt --key-id alias/example --plaintext SGVsbG8sIHdvcmxkIQ== --query CiphertextBlob --output text) && lkms decrypt --ciphertext-blob "$blob""##,
            output: r##"{
    "KeyId": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    "Plaintext": "SGVsbG8sIHdvcmxkIQ==",
    "EncryptionAlgorithm": "SYMMETRIC_DEFAULT",
    "KeyMaterialId": "…"
}"##,
        },
        Example {
            title: "Name another key than the ciphertext's",
            command: r##"blob=$(lkms encrypt --key-id alias/example --plaintext SGVsbG8sIHdvcmxkIQ== --query CiphertextBlob --output text) && lkms decrypt --ciphertext-blob "$blob" --key-id alias/example-2"##,
            output: r##"aws: [ERROR]: An error occurred (IncorrectKeyException) when calling the Decrypt operation: The key ID in the request does not identify a CMK that can perform this operation."##,
        },
    ],
};

/// Runs Decrypt, in the order AWS checks.
pub fn handle(svc: &Service, req: DecryptRequest) -> Result<DecryptResponse, Error> {
    request::no_recipient(req.recipient.as_ref())?;
    let opened = envelope::open(
        svc,
        OP.name,
        &Ask::new("kms:Decrypt")
            .named_by(req.key_id.as_deref().unwrap_or_default())
            .encryption_context(req.encryption_context.as_ref())
            .grant_tokens(req.grant_tokens.as_ref())
            .keys(|k| {
                k.encryption_algorithm(envelope::algorithm_named(
                    req.encryption_algorithm.as_deref(),
                ));
            }),
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

//! ReEncrypt: decrypts under the source key and encrypts under the destination key without the
//! plaintext leaving lkms. The source is checked as Decrypt checks it (kms:ReEncryptFrom), the
//! destination as Encrypt does (kms:ReEncryptTo).

use super::prelude::*;
use crate::steps::envelope::{self, Ciphertext};
use crate::steps::metadata::shown_material_id;

op!(keystore "ReEncrypt", "Decrypts and encrypts again under another key without exposing the plaintext.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Decrypts a ciphertext and encrypts the plaintext again under another key (or the same key's current material), without the plaintext leaving lkms. The source is checked as Decrypt checks it and the destination as Encrypt does; contexts and algorithms can change on the way.",
    errors: &[(
        "IncorrectKeyException",
        "--source-key-id names another key than the one that made the symmetric ciphertext.",
    )],
    examples: &[Example {
        title: "Move a ciphertext to another key",
        command: r##"blob=$(lkms encrypt --key-id alias/example --plaintext SGVsbG8sIHdvcmxkIQ== --query CiphertextBlob --output text) && lkms re-encrypt --ciphertext-blob "$blob" --destination-key-id alias/example-2 --query '[SourceKeyId,KeyId]'"##,
        output: r##"[
    "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    "arn:aws:kms:us-east-1:111122223333:key/0987dcba-09fe-87dc-65ba-ab0987654321"
]"##,
    }],
};

/// Runs ReEncrypt, in the order AWS checks.
pub fn handle(svc: &Service, req: ReEncryptRequest) -> Result<ReEncryptResponse, Error> {
    let dest = keyref::resolve(svc, &req.destination_key_id, Aliases::Accepted)?;
    let opened = envelope::open(
        svc,
        OP.name,
        &Ask::new("kms:ReEncryptFrom")
            .named_by(req.source_key_id.as_deref().unwrap_or_default())
            .encryption_context(req.source_encryption_context.as_ref())
            .grant_tokens(req.grant_tokens.as_ref())
            .reencrypt_with(&dest.key_id)
            .keys(|k| {
                k.encryption_algorithm(envelope::algorithm_named(
                    req.source_encryption_algorithm.as_deref(),
                ));
            }),
        Ciphertext {
            blob: &request::required(OP.name, "CiphertextBlob", req.ciphertext_blob.as_ref())?.0,
            context: req.source_encryption_context.as_ref(),
            key_id: req.source_key_id.as_deref(),
            algorithm: req.source_encryption_algorithm.as_deref(),
        },
        None,
    )?;
    authorise::key(
        svc,
        &Ask::new("kms:ReEncryptTo")
            .named_by(&req.destination_key_id)
            .encryption_context(req.destination_encryption_context.as_ref())
            .grant_tokens(req.grant_tokens.as_ref())
            .reencrypt_with(&opened.key.key_id)
            .keys(|k| {
                k.encryption_algorithm(envelope::algorithm_named(
                    req.destination_encryption_algorithm.as_deref(),
                ));
            }),
        &dest,
    )?;
    let dest_alg = envelope::algorithm(
        svc,
        OP.name,
        &dest,
        req.destination_encryption_algorithm.as_deref(),
    )?;
    request::dry_run(req.dry_run)?;
    let (blob, dest_material) = envelope::seal(
        svc,
        OP.name,
        &dest,
        &opened.plaintext,
        req.destination_encryption_context.as_ref(),
        dest_alg,
    )?;
    record::key_used(svc, OP.name, &opened.key);
    record::key_used(svc, OP.name, &dest);
    Ok(ReEncryptResponse {
        ciphertext_blob: Some(Blob(blob)),
        source_key_id: Some(svc.key_arn(&opened.key.key_id)),
        key_id: Some(svc.key_arn(&dest.key_id)),
        source_encryption_algorithm: Some(opened.alg),
        destination_encryption_algorithm: Some(dest_alg),
        source_key_material_id: shown_material_id(&opened.key, opened.material_id),
        destination_key_material_id: shown_material_id(&dest, dest_material),
    })
}

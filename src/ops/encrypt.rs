//! Encrypt: encrypts up to 4096 bytes under a symmetric key (lkms's AES-256-GCM envelope, bound to
//! the encryption context), an RSA key (raw RSAES-OAEP, within AWS's size limits) or an SM2 key
//! (SM2PKE). Alias names and ARNs are accepted; the key must be Enabled with usage ENCRYPT_DECRYPT
//! and the algorithm must suit its spec.

use super::prelude::*;
use crate::steps::envelope;

op!(keystore "Encrypt", "Encrypts up to 4096 bytes under a key and prints the ciphertext blob.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Encrypts up to 4096 bytes under a key. A symmetric key makes an authenticated ciphertext that names the key and its current material, bound to the encryption context; an RSA key makes a raw RSAES-OAEP ciphertext (so data encrypted offline with the public key decrypts too) and an SM2 key an SM2PKE one, within the size limits of the key spec.",
    errors: &[(
        "ValidationException",
        "Also: the plaintext is over the limit of an RSA or SM2 key spec (e.g. 190 bytes for RSA_2048 with RSAES_OAEP_SHA_256).",
    )],
    examples: &[Example {
        title: "Encrypt with an encryption context",
        command: r##"lkms encrypt --key-id alias/example --plaintext SGVsbG8sIHdvcmxkIQ== --encryption-context purpose=example"##,
        output: r##"{
    "CiphertextBlob": "…",
    "KeyId": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    "EncryptionAlgorithm": "SYMMETRIC_DEFAULT"
}"##,
    }],
};

/// Runs Encrypt, in the order AWS checks.
pub fn handle(svc: &Service, req: EncryptRequest) -> Result<EncryptResponse, Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Accepted)?;
    authorise::key(
        svc,
        &Ask::new("kms:Encrypt")
            .named_by(&req.key_id)
            .encryption_context(req.encryption_context.as_ref())
            .grant_tokens(req.grant_tokens.as_ref())
            .keys(|k| {
                k.encryption_algorithm(envelope::algorithm_named(
                    req.encryption_algorithm.as_deref(),
                ));
            }),
        &key,
    )?;
    let alg = envelope::algorithm(svc, OP.name, &key, req.encryption_algorithm.as_deref())?;
    request::dry_run(req.dry_run)?;
    let (blob, _) = envelope::seal(
        svc,
        OP.name,
        &key,
        &req.plaintext.0,
        req.encryption_context.as_ref(),
        alg,
    )?;
    record::key_used(svc, OP.name, &key);
    Ok(EncryptResponse {
        ciphertext_blob: Some(Blob(blob)),
        key_id: Some(svc.key_arn(&key.key_id)),
        encryption_algorithm: Some(alg),
    })
}

//! Encrypt: encrypts up to 4096 bytes under a symmetric key (lkms's AES-256-GCM envelope, bound to
//! the encryption context), an RSA key (raw RSAES-OAEP, within AWS's size limits) or an SM2 key
//! (SM2PKE). Alias names and ARNs are accepted; the key must be Enabled with usage ENCRYPT_DECRYPT
//! and the algorithm must suit its spec.

use super::prelude::*;
use crate::steps::envelope;

op!(keystore "Encrypt", "Encrypts up to 4096 bytes under a key and prints the ciphertext blob.", handle);

/// Runs Encrypt, in the order AWS checks.
pub fn handle(svc: &Service, req: EncryptRequest) -> Result<EncryptResponse, Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Accepted)?;
    authorise::key(svc, &Ask::new("kms:Encrypt")
        .named_by(&req.key_id)
        .encryption_context(req.encryption_context.as_ref())
        .grant_tokens(req.grant_tokens.as_ref())
        .keys(|k| {
            k.encryption_algorithm(envelope::algorithm_named(req.encryption_algorithm.as_deref()));
        }), &key)?;
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

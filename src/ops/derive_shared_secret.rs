//! DeriveSharedSecret: ECDH between a KEY_AGREEMENT key (NIST curve or SM2) and a peer's DER public
//! key on the same curve.

use super::prelude::*;
use crate::crypto::ecc::{self, EccError};
use crate::crypto::sm2_keys;
use crate::steps::asymmetric::{self, Family, unusable};

op!(keystore "DeriveSharedSecret", "Derives a shared secret from a key-agreement key and a peer's public key.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Runs ECDH between a KEY_AGREEMENT key (NIST curves or SM2) and another party's public key (DER SubjectPublicKeyInfo on the same curve) and prints the raw shared secret, which the other party derives too from this key's public key.",
    errors: &[(
        "ValidationException",
        "Also, without a message, as AWS answers: the public key cannot be used (not DER, not on the key's curve).",
    )],
    examples: &[Example {
        title: "Agree on a secret with another key's public key",
        command: r##"pub=$(lkms get-public-key --key-id alias/example-sign --query PublicKey --output text) && lkms derive-shared-secret --key-id alias/example-ecdh --key-agreement-algorithm ECDH --public-key "$pub" --query '[KeyAgreementAlgorithm,KeyOrigin,SharedSecret]' --output text"##,
        output: r##"ECDH	AWS_KMS	UPnqlKnSTynDm9iX2fcpdOmKVAIP6QLJB9KDTa/3n8I="##,
    }],
};

/// Runs DeriveSharedSecret, in the order AWS checks.
pub fn handle(
    svc: &Service,
    req: DeriveSharedSecretRequest,
) -> Result<DeriveSharedSecretResponse, Error> {
    request::no_recipient(req.recipient.as_ref())?;
    let pair = asymmetric::resolve(
        svc,
        OP.name,
        &Ask::new("kms:DeriveSharedSecret")
            .named_by(&req.key_id)
            .grant_tokens(req.grant_tokens.as_ref()),
        &req.key_id,
        KeyUsageType::KEY_AGREEMENT,
    )?;
    request::dry_run(req.dry_run)?;
    let derived = match pair.family {
        Family::Ec(curve) => ecc::derive(curve, &pair.private, &req.public_key.0),
        Family::Sm2 => {
            sm2_keys::derive(&pair.private, &req.public_key.0).map_err(|_| EccError::BadPublicKey)
        }
        _ => Err(EccError::BadPrivateKey),
    };
    let secret = derived.map_err(|e| match e {
        // AWS answers a public key it cannot use with a ValidationException without a message.
        EccError::BadPublicKey => kms_bare(ErrorCode::ValidationException),
        other => unusable(other),
    })?;
    record::key_used(svc, OP.name, &pair.key);
    Ok(DeriveSharedSecretResponse {
        key_id: Some(svc.key_arn(&pair.key.key_id)),
        shared_secret: Some(SecretBlob(secret)),
        key_agreement_algorithm: Some(KeyAgreementAlgorithmSpec::ECDH),
        key_origin: Some(pair.key.origin),
        ..Default::default()
    })
}

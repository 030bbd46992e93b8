//! Sign: signs a message (RAW, hashed with the algorithm's hash), a digest (DIGEST) or ML-DSA's μ
//! (EXTERNAL_MU) with an asymmetric SIGN_VERIFY key. The signature is in AWS's encoding (DER for
//! ECDSA and SM2DSA), so openssl verifies it.

use super::prelude::*;
use crate::steps::signing;

op!(keystore "Sign", "Signs a message or digest with an asymmetric key.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Signs a message (up to 4096 bytes, hashed by lkms) or a digest (--message-type DIGEST, already hashed: its length must match the algorithm) with a SIGN_VERIFY key. The signature is the standard one for the algorithm, so other tools verify it with the public key.",
    errors: &[(
        "ValidationException",
        "Also: a digest of the wrong length (\"Digest is invalid length for algorithm ECDSA_SHA_256.\").",
    )],
    examples: &[Example {
        title: "Sign a message",
        command: r##"lkms sign --key-id alias/example-sign --message SGVsbG8= --message-type RAW --signing-algorithm ECDSA_SHA_256 --query '[KeyId,SigningAlgorithm]'"##,
        output: r##"[
    "arn:aws:kms:us-east-1:111122223333:key/3c4d5e6f-7081-4923-8b4c-5d6e7f809102",
    "ECDSA_SHA_256"
]"##,
    }],
};

/// Runs Sign, in the order AWS checks.
pub fn handle(svc: &Service, req: SignRequest) -> Result<SignResponse, Error> {
    let s = signing::prepare(
        svc,
        OP.name,
        &Ask::new("kms:Sign")
            .named_by(&req.key_id)
            .grant_tokens(req.grant_tokens.as_ref())
            .keys(|k| {
                k.signing_algorithm(&req.signing_algorithm)
                    .message_type(req.message_type.as_deref().unwrap_or("RAW"));
            }),
        (&req).into(),
    )?;
    let signature = s.sign()?;
    record::key_used(svc, OP.name, &s.key);
    Ok(SignResponse {
        key_id: Some(svc.key_arn(&s.key.key_id)),
        signature: Some(Blob(signature)),
        signing_algorithm: Some(s.alg),
    })
}

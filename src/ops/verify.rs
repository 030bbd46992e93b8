//! Verify: checks a signature made by Sign (or offline with the public key). A signature that does
//! not verify is KMSInvalidSignatureException with no message, as AWS answers.

use super::prelude::*;
use crate::steps::signing;

op!(keystore "Verify", "Checks a signature made by Sign.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Checks a signature against a message or digest with a SIGN_VERIFY key. A valid signature prints SignatureValid true; one that does not verify is KMSInvalidSignatureException, sent without a message as AWS sends it.",
    errors: &[(
        "KMSInvalidSignatureException",
        "The signature does not verify for this key, algorithm and message (sent without a message).",
    )],
    examples: &[
        Example {
            title: "Verify what Sign made",
            command: r##"sig=$(lkms sign --key-id alias/example-sign --message SGVsbG8= --message-type RAW --signing-algorithm ECDSA_SHA_256 --query Signature --output text) && lkms verify --key-id alias/example-sign --message SGVsbG8= --message-type RAW --signing-algorithm ECDSA_SHA_256 --signature "$sig""##,
            output: r##"{
    "KeyId": "arn:aws:kms:us-east-1:111122223333:key/3c4d5e6f-7081-4923-8b4c-5d6e7f809102",
    "SignatureValid": true,
    "SigningAlgorithm": "ECDSA_SHA_256"
}"##,
        },
        Example {
            title: "A signature of another message",
            command: r##"sig=$(lkms sign --key-id alias/example-sign --message SGVsbG8= --message-type RAW --signing-algorithm ECDSA_SHA_256 --query Signature --output text) && lkms verify --key-id alias/example-sign --message QnllIQ== --message-type RAW --signing-algorithm ECDSA_SHA_256 --signature "$sig""##,
            output: r##"aws: [ERROR]: An error occurred (KMSInvalidSignatureException) when calling the Verify operation:"##,
        },
    ],
};

/// Runs Verify, in the order AWS checks.
pub fn handle(svc: &Service, req: VerifyRequest) -> Result<VerifyResponse, Error> {
    let s = signing::prepare(
        svc,
        OP.name,
        &Ask::new("kms:Verify")
            .named_by(&req.key_id)
            .grant_tokens(req.grant_tokens.as_ref())
            .keys(|k| {
                k.signing_algorithm(&req.signing_algorithm)
                    .message_type(req.message_type.as_deref().unwrap_or("RAW"));
            }),
        (&req).into(),
    )?;
    if !s.verify(&req.signature.0)? {
        return Err(kms_bare(ErrorCode::KMSInvalidSignatureException));
    }
    record::key_used(svc, OP.name, &s.key);
    Ok(VerifyResponse {
        key_id: Some(svc.key_arn(&s.key.key_id)),
        signature_valid: Some(true),
        signing_algorithm: Some(s.alg),
    })
}

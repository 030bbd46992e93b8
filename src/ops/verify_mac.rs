//! VerifyMac: checks an HMAC made by GenerateMac, in constant time. A MAC that does not match is
//! KMSInvalidMacException with no message, as AWS answers.

use super::prelude::*;
use crate::crypto::mac;
use crate::steps::hmac_keys;

op!(keystore "VerifyMac", "Checks an HMAC made by GenerateMac.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Checks an HMAC against a message with an HMAC key. A MAC that matches prints MacValid true; one that does not is KMSInvalidMacException, sent without a message as AWS sends it.",
    errors: &[(
        "KMSInvalidMacException",
        "The MAC does not match (sent without a message).",
    )],
    examples: &[Example {
        title: "Verify what GenerateMac made",
        command: r##"mac=$(lkms generate-mac --key-id 4d5e6f70-8192-4a34-9c5d-6e7f80910213 --mac-algorithm HMAC_SHA_256 --message SGVsbG8= --query Mac --output text) && lkms verify-mac --key-id 4d5e6f70-8192-4a34-9c5d-6e7f80910213 --mac-algorithm HMAC_SHA_256 --message SGVsbG8= --mac "$mac""##,
        output: r##"{
    "KeyId": "arn:aws:kms:us-east-1:111122223333:key/4d5e6f70-8192-4a34-9c5d-6e7f80910213",
    "MacValid": true,
    "MacAlgorithm": "HMAC_SHA_256"
}"##,
    }],
};

/// Runs VerifyMac, in the order AWS checks.
pub fn handle(svc: &Service, req: VerifyMacRequest) -> Result<VerifyMacResponse, Error> {
    let ask = (req.key_id.as_str(), req.mac_algorithm.as_str(), req.dry_run);
    let hmac_keys::MacKey { key, alg, material } = hmac_keys::prepare(
        svc,
        OP.name,
        &Ask::new("kms:VerifyMac")
            .grant_tokens(req.grant_tokens.as_ref())
            .keys(|k| {
                k.mac_algorithm(&req.mac_algorithm);
            }),
        ask,
    )?;
    if !mac::verify(hmac_keys::hash(alg), &material, &req.message.0, &req.mac.0) {
        return Err(kms_bare(ErrorCode::KMSInvalidMacException));
    }
    record::key_used(svc, OP.name, &key);
    Ok(VerifyMacResponse {
        key_id: Some(svc.key_arn(&key.key_id)),
        mac_valid: Some(true),
        mac_algorithm: Some(alg),
    })
}

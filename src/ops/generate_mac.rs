//! GenerateMac: the HMAC of up to 4096 bytes under an HMAC key, with the one MAC algorithm its spec
//! allows. Key ID or key ARN only.

use super::prelude::*;
use crate::crypto::mac;
use crate::steps::hmac_keys;

op!(keystore "GenerateMac", "Computes an HMAC of a message with an HMAC key.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Computes an HMAC of a message (at most 4096 bytes) with an HMAC key and the algorithm that matches its key spec (HMAC_256 keys compute HMAC_SHA_256, and so on).",
    errors: &[],
    examples: &[Example {
        title: "Compute an HMAC",
        command: r##"lkms generate-mac --key-id 4d5e6f70-8192-4a34-9c5d-6e7f80910213 --mac-algorithm HMAC_SHA_256 --message SGVsbG8= --query Mac --output text"##,
        output: r##"+6KwDeBjbsdkzyPP7qmifR+inauCszG8jCFrZSpokXs="##,
    }],
};

/// Runs GenerateMac, in the order AWS checks.
pub fn handle(svc: &Service, req: GenerateMacRequest) -> Result<GenerateMacResponse, Error> {
    let ask = (req.key_id.as_str(), req.mac_algorithm.as_str(), req.dry_run);
    let hmac_keys::MacKey { key, alg, material } = hmac_keys::prepare(
        svc,
        OP.name,
        &Ask::new("kms:GenerateMac")
            .grant_tokens(req.grant_tokens.as_ref())
            .keys(|k| {
                k.mac_algorithm(&req.mac_algorithm);
            }),
        ask,
    )?;
    let mac = mac::compute(hmac_keys::hash(alg), &material, &req.message.0);
    record::key_used(svc, OP.name, &key);
    Ok(GenerateMacResponse {
        mac: Some(Blob(mac)),
        mac_algorithm: Some(alg),
        key_id: Some(svc.key_arn(&key.key_id)),
    })
}

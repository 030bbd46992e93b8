//! VerifyMac: checks an HMAC made by GenerateMac, in constant time. A MAC that does not match is
//! KMSInvalidMacException with no message, as AWS answers.

use super::prelude::*;
use crate::crypto::mac;
use crate::steps::hmac_keys;

op!(keystore "VerifyMac", "Checks an HMAC made by GenerateMac.", handle);

/// Runs VerifyMac, in the order AWS checks.
pub fn handle(svc: &Service, req: VerifyMacRequest) -> Result<VerifyMacResponse, Error> {
    let ask = (req.key_id.as_str(), req.mac_algorithm.as_str(), req.dry_run);
    let hmac_keys::MacKey { key, alg, material } =
        hmac_keys::prepare(svc, OP.name, "kms:VerifyMac", ask)?;
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

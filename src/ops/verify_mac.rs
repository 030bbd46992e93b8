//! VerifyMac: checks an HMAC made by GenerateMac, in constant time. A MAC that does not match is
//! KMSInvalidMacException with no message, as AWS answers.

use super::prelude::*;
use crate::crypto::mac;
use crate::steps::{hmac_keys, material};

op!(keystore "VerifyMac", "Checks an HMAC made by GenerateMac.", handle);

/// The request.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct Request {
    pub message: SecretBlob,
    pub key_id: String,
    pub mac_algorithm: String,
    pub mac: Blob,
    pub grant_tokens: Option<Vec<String>>,
    pub dry_run: Option<bool>,
}

/// The response.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct Response {
    pub key_id: String,
    pub mac_valid: bool,
    pub mac_algorithm: MacAlgorithmSpec,
}

impl Reply for Response {}

/// Runs VerifyMac, in the order AWS checks.
pub fn handle(svc: &Service, req: Request) -> Result<Response, Error> {
    let alg = MacAlgorithmSpec::parse(&req.mac_algorithm).unwrap_or(MacAlgorithmSpec::HMAC_SHA_256);
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, "kms:VerifyMac", &key)?;
    hmac_keys::check(svc, OP.name, &key, alg)?;
    request::dry_run(req.dry_run)?;
    let (mac_key, _) = material::current(svc, &key)?;
    if !mac::verify(alg, &mac_key, &req.message.0, &req.mac.0) {
        return Err(kms(ErrorCode::KMSInvalidMacException, ""));
    }
    record::key_used(svc, OP.name, &key);
    Ok(Response {
        key_id: svc.key_arn(&key.key_id),
        mac_valid: true,
        mac_algorithm: alg,
    })
}

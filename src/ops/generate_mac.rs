//! GenerateMac: the HMAC of up to 4096 bytes under an HMAC key, with the one MAC algorithm its spec
//! allows. Key ID or key ARN only.

use super::prelude::*;
use crate::crypto::mac;
use crate::steps::{hmac_keys, material};

op!(keystore "GenerateMac", "Computes an HMAC of a message with an HMAC key.", handle);

/// The request.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct Request {
    pub message: SecretBlob,
    pub key_id: String,
    pub mac_algorithm: String,
    pub grant_tokens: Option<Vec<String>>,
    pub dry_run: Option<bool>,
}

/// The response.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct Response {
    pub mac: Blob,
    pub mac_algorithm: MacAlgorithmSpec,
    pub key_id: String,
}

impl Reply for Response {}

/// Runs GenerateMac, in the order AWS checks.
pub fn handle(svc: &Service, req: Request) -> Result<Response, Error> {
    let alg = MacAlgorithmSpec::parse(&req.mac_algorithm).unwrap_or(MacAlgorithmSpec::HMAC_SHA_256);
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, "kms:GenerateMac", &key)?;
    hmac_keys::check(svc, OP.name, &key, alg)?;
    request::dry_run(req.dry_run)?;
    let (mac_key, _) = material::current(svc, &key)?;
    let mac = mac::compute(alg, &mac_key, &req.message.0);
    record::key_used(svc, OP.name, &key);
    Ok(Response {
        mac: Blob(mac),
        mac_algorithm: alg,
        key_id: svc.key_arn(&key.key_id),
    })
}

//! Sign: signs a message (RAW, hashed with the algorithm's hash), a digest (DIGEST) or ML-DSA's μ
//! (EXTERNAL_MU) with an asymmetric SIGN_VERIFY key. The signature is in AWS's encoding (DER for
//! ECDSA and SM2DSA), so openssl verifies it.

use super::prelude::*;
use crate::steps::signing;

op!(keystore "Sign", "Signs a message or digest with an asymmetric key.", handle);

/// The request.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct Request {
    pub key_id: String,
    pub message: SecretBlob,
    pub message_type: Option<String>,
    pub grant_tokens: Option<Vec<String>>,
    pub signing_algorithm: String,
    pub dry_run: Option<bool>,
}

/// The response.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct Response {
    pub key_id: String,
    pub signature: Blob,
    pub signing_algorithm: SigningAlgorithmSpec,
}

impl Reply for Response {}

/// Runs Sign, in the order AWS checks.
pub fn handle(svc: &Service, req: Request) -> Result<Response, Error> {
    let s = signing::prepare(
        svc,
        OP.name,
        "kms:Sign",
        &req.key_id,
        &req.message.0,
        req.message_type.as_deref(),
        &req.signing_algorithm,
    )?;
    request::dry_run(req.dry_run)?;
    let signature = s.sign()?;
    record::key_used(svc, OP.name, &s.key);
    Ok(Response {
        key_id: svc.key_arn(&s.key.key_id),
        signature: Blob(signature),
        signing_algorithm: s.alg,
    })
}

//! Verify: checks a signature made by Sign (or offline with the public key). A signature that does
//! not verify is KMSInvalidSignatureException with no message, as AWS answers.

use super::prelude::*;
use crate::steps::signing;

op!(keystore "Verify", "Checks a signature made by Sign.", handle);

/// The request.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct Request {
    pub key_id: String,
    pub message: SecretBlob,
    pub message_type: Option<String>,
    pub signature: Blob,
    pub signing_algorithm: String,
    pub grant_tokens: Option<Vec<String>>,
    pub dry_run: Option<bool>,
}

/// The response.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct Response {
    pub key_id: String,
    pub signature_valid: bool,
    pub signing_algorithm: SigningAlgorithmSpec,
}

impl Reply for Response {}

/// Runs Verify, in the order AWS checks.
pub fn handle(svc: &Service, req: Request) -> Result<Response, Error> {
    let s = signing::prepare(
        svc,
        OP.name,
        "kms:Verify",
        &req.key_id,
        &req.message.0,
        req.message_type.as_deref(),
        &req.signing_algorithm,
    )?;
    request::dry_run(req.dry_run)?;
    if !s.verify(&req.signature.0)? {
        return Err(kms(ErrorCode::KMSInvalidSignatureException, ""));
    }
    record::key_used(svc, OP.name, &s.key);
    Ok(Response {
        key_id: svc.key_arn(&s.key.key_id),
        signature_valid: true,
        signing_algorithm: s.alg,
    })
}

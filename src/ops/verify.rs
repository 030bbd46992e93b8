//! Verify: checks a signature made by Sign (or offline with the public key). A signature that does
//! not verify is KMSInvalidSignatureException with no message, as AWS answers.

use super::prelude::*;
use crate::steps::signing;

op!(keystore "Verify", "Checks a signature made by Sign.", handle);

/// Runs Verify, in the order AWS checks.
pub fn handle(svc: &Service, req: VerifyRequest) -> Result<VerifyResponse, Error> {
    let s = signing::prepare(svc, OP.name, "kms:Verify", (&req).into())?;
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

//! Sign: signs a message (RAW, hashed with the algorithm's hash), a digest (DIGEST) or ML-DSA's μ
//! (EXTERNAL_MU) with an asymmetric SIGN_VERIFY key. The signature is in AWS's encoding (DER for
//! ECDSA and SM2DSA), so openssl verifies it.

use super::prelude::*;
use crate::steps::signing;

op!(keystore "Sign", "Signs a message or digest with an asymmetric key.", handle);

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

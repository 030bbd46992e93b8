//! DeriveSharedSecret: ECDH between a KEY_AGREEMENT key (NIST curve or SM2) and a peer's DER public
//! key on the same curve.

use super::prelude::*;
use crate::crypto::ecc::{self, EccError};
use crate::crypto::sm2_keys;
use crate::steps::asymmetric::{self, Family, unusable};

op!(keystore "DeriveSharedSecret", "Derives a shared secret from a key-agreement key and a peer's public key.", handle);

/// The request.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct Request {
    pub key_id: String,
    pub key_agreement_algorithm: String,
    pub public_key: Blob,
    pub grant_tokens: Option<Vec<String>>,
    pub dry_run: Option<bool>,
    pub recipient: Option<serde_json::Value>,
}

/// The response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct Response {
    pub key_id: String,
    #[serde(skip)]
    pub shared_secret: SecretBlob,
    pub key_agreement_algorithm: KeyAgreementAlgorithmSpec,
    pub key_origin: OriginType,
}

impl Reply for Response {
    fn secrets(&mut self) -> Vec<(&'static str, SecretBlob)> {
        vec![("SharedSecret", std::mem::take(&mut self.shared_secret))]
    }
}

/// Runs DeriveSharedSecret, in the order AWS checks.
pub fn handle(svc: &Service, req: Request) -> Result<Response, Error> {
    request::no_recipient(req.recipient.as_ref())?;
    let pair = asymmetric::resolve(
        svc,
        OP.name,
        "kms:DeriveSharedSecret",
        &req.key_id,
        KeyUsageType::KEY_AGREEMENT,
    )?;
    request::dry_run(req.dry_run)?;
    let derived = match pair.family {
        Family::Ec(curve) => ecc::derive(curve, &pair.private, &req.public_key.0),
        Family::Sm2 => sm2_keys::derive(&pair.private, &req.public_key.0)
            .map_err(|_| EccError::BadPublicKey),
        _ => Err(EccError::BadPrivateKey),
    };
    let secret = derived.map_err(|e| match e {
        EccError::BadPublicKey => invalid(format!(
            "PublicKey must be a DER-encoded SubjectPublicKeyInfo on the curve of key spec {}.",
            pair.key.key_spec.as_str()
        )),
        other => unusable(other),
    })?;
    record::key_used(svc, OP.name, &pair.key);
    Ok(Response {
        key_id: svc.key_arn(&pair.key.key_id),
        shared_secret: SecretBlob(secret),
        key_agreement_algorithm: KeyAgreementAlgorithmSpec::ECDH,
        key_origin: pair.key.origin,
    })
}

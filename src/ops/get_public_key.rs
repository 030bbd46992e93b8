//! GetPublicKey: the public half of an asymmetric key as DER SubjectPublicKeyInfo, with what the
//! key may be used for. Symmetric and HMAC keys have none (UnsupportedOperationException).

use super::prelude::*;
use crate::steps::{asymmetric, keyspec};

op!(keystore "GetPublicKey", "Prints the public half of an asymmetric key.", handle);

/// The request (shared with other operations).
pub type Request = KeyIdRequest;

/// The response.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct Response {
    pub key_id: String,
    pub public_key: Blob,
    pub customer_master_key_spec: KeySpec,
    pub key_spec: KeySpec,
    pub key_usage: KeyUsageType,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encryption_algorithms: Option<Vec<EncryptionAlgorithmSpec>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signing_algorithms: Option<Vec<SigningAlgorithmSpec>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_agreement_algorithms: Option<Vec<KeyAgreementAlgorithmSpec>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encapsulation_algorithms: Option<Vec<EncapsulationAlgorithmSpec>>,
}

impl Reply for Response {}

/// Runs GetPublicKey, in the order AWS checks.
pub fn handle(svc: &Service, req: Request) -> Result<Response, Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Accepted)?;
    authorise::key(svc, "kms:GetPublicKey", &key)?;
    key_state::require(svc, Use::Cryptographic, &key)?;
    if !keyspec::is_key_pair(key.key_spec) {
        return Err(kms(
            ErrorCode::UnsupportedOperationException,
            format!(
                "{} key spec is {} which is not valid for GetPublicKey.",
                svc.key_arn(&key.key_id),
                key.key_spec.as_str()
            ),
        ));
    }
    let usage = key.key_usage;
    let pair = asymmetric::ready(svc, OP.name, key, usage)?;
    let public = asymmetric::public_key_der(pair.family, &pair.private)?;
    let rec = &pair.key;
    Ok(Response {
        key_id: svc.key_arn(&rec.key_id),
        public_key: Blob(public),
        customer_master_key_spec: rec.key_spec,
        key_spec: rec.key_spec,
        key_usage: rec.key_usage,
        encryption_algorithms: (rec.key_usage == KeyUsageType::ENCRYPT_DECRYPT)
            .then(|| keyspec::encryption_algorithms(rec.key_spec).to_vec()),
        signing_algorithms: (rec.key_usage == KeyUsageType::SIGN_VERIFY)
            .then(|| keyspec::signing_algorithms(rec.key_spec).to_vec()),
        key_agreement_algorithms: (rec.key_usage == KeyUsageType::KEY_AGREEMENT)
            .then(|| keyspec::key_agreement_algorithms(rec.key_spec).to_vec()),
        encapsulation_algorithms: (rec.key_usage == KeyUsageType::ENCAPSULATE_DECAPSULATE)
            .then(|| vec![EncapsulationAlgorithmSpec::ML_KEM]),
    })
}

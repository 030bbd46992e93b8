//! Encapsulate: a fresh shared secret and its ML-KEM ciphertext for an ML-KEM key
//! (ENCAPSULATE_DECAPSULATE usage).

use super::prelude::*;
use crate::crypto::mlkem;
use crate::steps::asymmetric::{self, Family, unusable};

op!(keystore "Encapsulate", "Makes an ML-KEM ciphertext and shared secret for a key.", handle);

/// The request.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct Request {
    pub key_id: String,
    pub encapsulation_algorithm: String,
    pub grant_tokens: Option<Vec<String>>,
    pub dry_run: Option<bool>,
}

/// The response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct Response {
    pub key_id: String,
    #[serde(skip)]
    pub shared_secret: SecretBlob,
    pub shared_secret_ciphertext_blob: Blob,
    pub encapsulation_algorithm: EncapsulationAlgorithmSpec,
}

impl Reply for Response {
    fn secrets(&mut self) -> Vec<(&'static str, SecretBlob)> {
        vec![("SharedSecret", std::mem::take(&mut self.shared_secret))]
    }
}

/// Runs Encapsulate, in the order AWS checks.
pub fn handle(svc: &Service, req: Request) -> Result<Response, Error> {
    let pair = asymmetric::resolve(
        svc,
        OP.name,
        "kms:Encapsulate",
        &req.key_id,
        KeyUsageType::ENCAPSULATE_DECAPSULATE,
    )?;
    let Family::MlKem(level) = pair.family else {
        return Err(unusable(()));
    };
    request::dry_run(req.dry_run)?;
    let (ct, shared) = mlkem::encapsulate(level, &pair.private).map_err(unusable)?;
    record::key_used(svc, OP.name, &pair.key);
    Ok(Response {
        key_id: svc.key_arn(&pair.key.key_id),
        shared_secret: SecretBlob(shared),
        shared_secret_ciphertext_blob: Blob(ct),
        encapsulation_algorithm: EncapsulationAlgorithmSpec::ML_KEM,
    })
}

//! GetParametersForImport: a fresh wrapping key pair and an import token valid for 24 hours, for a
//! key made with `--origin EXTERNAL`. AWS's rules decide which wrapping algorithm suits which key
//! spec (RSAES_PKCS1_V1_5 is refused; RSA material needs RSA_AES_KEY_WRAP).

use super::prelude::*;
use crate::steps::import::{self, Token, TOKEN_LIFETIME_MS, TOKEN_MAGIC};

op!(keystore "GetParametersForImport", "Prints a wrapping public key and import token for importing material.", handle);

/// The request.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct Request {
    pub key_id: String,
    pub wrapping_algorithm: String,
    pub wrapping_key_spec: String,
}

/// The response.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct Response {
    pub key_id: String,
    pub import_token: Blob,
    pub public_key: Blob,
    pub parameters_valid_to: Timestamp,
}

impl Reply for Response {}

/// Runs GetParametersForImport, in the order AWS checks.
pub fn handle(svc: &Service, req: Request) -> Result<Response, Error> {
    let (Some(alg), Some(spec)) = (
        AlgorithmSpec::parse(&req.wrapping_algorithm),
        WrappingKeySpec::parse(&req.wrapping_key_spec),
    ) else {
        return Err(invalid("Unknown wrapping algorithm or wrapping key spec."));
    };
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, "kms:GetParametersForImport", &key)?;
    import::external(svc, &key)?;
    key_state::require(svc, Use::Import, &key)?;
    import::check_wrapping(key.key_spec, alg, spec)?;

    let (private, public) = import::wrapping_key(spec)?;
    let valid_to = svc.now_millis() + TOKEN_LIFETIME_MS;
    let token = Token {
        wrapping: alg,
        spec,
        valid_to,
        private,
    };
    let mut import_token = TOKEN_MAGIC.to_vec();
    import_token.extend(
        svc.store()
            .seal_import_token(svc.region(), &key.key_id, &token.encode()),
    );
    Ok(Response {
        key_id: svc.key_arn(&key.key_id),
        import_token: Blob(import_token),
        public_key: Blob(public),
        parameters_valid_to: Timestamp::from_epoch_millis(valid_to)
            .unwrap_or_else(|| svc.clock().now()),
    })
}

//! LkmsAddCredential (`lkms credentials add`): stores an access key that `lkms serve` accepts, its
//! secret sealed under the root key, acting as a principal (the account root by default). lkms's
//! own operation: the command line runs it, the server never does.

use super::prelude::*;
use crate::steps::credentials;

op!(lkms "LkmsAddCredential", "Adds (or replaces) an access key; requests signed with it act as --principal.", handle);

/// The request: the access key, its secret and the principal it acts as.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct LkmsAddCredentialRequest {
    pub access_key_id: String,
    pub secret_access_key: SecretText,
    pub principal: Option<String>,
    pub session_token: Option<SecretText>,
    pub expiration: Option<String>,
}

/// Runs LkmsAddCredential, in the order AWS checks.
pub fn handle(svc: &Service, req: LkmsAddCredentialRequest) -> Result<(), Error> {
    credentials::add(
        svc,
        credentials::NewCredential {
            access_key_id: &req.access_key_id,
            secret: &req.secret_access_key.0,
            principal: req.principal.as_deref(),
            session_token: req.session_token.as_ref().map(|t| t.0.as_str()),
            expiration: req.expiration.as_deref(),
        },
    )
}

//! LkmsAddCredential (`lkms credentials add`): stores an access key that `lkms serve` and the
//! command line accept, its secret sealed under the root key, acting as a principal (the account
//! root by default), optionally with an IAM identity policy for that principal. lkms's own
//! operation: the command line runs it, the server never does.

use super::prelude::*;
use crate::steps::{credentials, identity_policies};

/// The name an identity policy given with `credentials add` is attached under by default.
pub const DEFAULT_POLICY_NAME: &str = "default";

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
    pub identity_policy: Option<String>,
    pub policy_name: Option<String>,
}

/// Runs LkmsAddCredential, in the order AWS checks.
pub fn handle(svc: &Service, req: LkmsAddCredentialRequest) -> Result<(), Error> {
    let name = req.policy_name.as_deref().unwrap_or(DEFAULT_POLICY_NAME);
    if let Some(doc) = &req.identity_policy {
        let principal = req.principal.as_deref().unwrap_or_default();
        identity_policies::check(principal, name, doc)?;
    }
    credentials::add(
        svc,
        credentials::NewCredential {
            access_key_id: &req.access_key_id,
            secret: &req.secret_access_key.0,
            principal: req.principal.as_deref(),
            session_token: req.session_token.as_ref().map(|t| t.0.as_str()),
            expiration: req.expiration.as_deref(),
        },
    )?;
    match (&req.identity_policy, &req.principal) {
        (Some(doc), Some(principal)) => identity_policies::put(svc, principal, name, doc),
        _ => Ok(()),
    }
}

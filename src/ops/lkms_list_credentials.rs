//! LkmsListCredentials (`lkms credentials list`): the stored access keys and the principals they
//! act as; secrets are never shown. lkms's own operation, command line only.

use super::prelude::*;
use crate::steps::credentials;

op!(lkms "LkmsListCredentials", "Lists the access keys and their principals (never the secrets).", handle);

/// The request: nothing.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LkmsListCredentialsRequest {}

/// One access key.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct Entry {
    pub access_key_id: String,
    pub principal: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiration: Option<Timestamp>,
}

/// The response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct LkmsListCredentialsResponse {
    pub credentials: Vec<Entry>,
}

impl TakeSecrets for LkmsListCredentialsResponse {}

/// Runs LkmsListCredentials, in the order AWS checks.
pub fn handle(
    svc: &Service,
    _req: LkmsListCredentialsRequest,
) -> Result<LkmsListCredentialsResponse, Error> {
    let credentials = credentials::list(svc)?
        .into_iter()
        .map(|(access_key_id, principal, expiration)| Entry {
            access_key_id,
            principal,
            expiration: expiration.and_then(Timestamp::from_epoch_millis),
        })
        .collect();
    Ok(LkmsListCredentialsResponse { credentials })
}

//! LkmsRemoveCredential (`lkms credentials remove`): forgets an access key; requests signed with it
//! are refused from then on. lkms's own operation, command line only.

use super::prelude::*;
use crate::steps::credentials;

op!(lkms "LkmsRemoveCredential", "Removes an access key.", handle);

/// The request: the access key to remove.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct LkmsRemoveCredentialRequest {
    pub access_key_id: String,
}

/// Runs LkmsRemoveCredential, in the order AWS checks.
pub fn handle(svc: &Service, req: LkmsRemoveCredentialRequest) -> Result<(), Error> {
    credentials::remove(svc, &req.access_key_id)
}

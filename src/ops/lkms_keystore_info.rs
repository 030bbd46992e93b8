//! LkmsKeystoreInfo (`lkms keystore info`): what the keystore in use is — its path, format version,
//! account, the region and caller of this call, where the root key came from, and how many keys the
//! region holds. lkms's own operation, command line only.

use super::prelude::*;

op!(lkms "LkmsKeystoreInfo", "Prints the keystore's path, format version, account, region, root-key source, caller and key count.", handle);

/// The request: nothing.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LkmsKeystoreInfoRequest {}

/// The response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct LkmsKeystoreInfoResponse {
    pub path: String,
    pub format_version: u64,
    pub account_id: String,
    pub region: String,
    pub root_key_source: String,
    pub caller: String,
    pub key_count: usize,
}

impl TakeSecrets for LkmsKeystoreInfoResponse {}

/// Runs LkmsKeystoreInfo, in the order AWS checks.
pub fn handle(
    svc: &Service,
    _req: LkmsKeystoreInfoRequest,
) -> Result<LkmsKeystoreInfoResponse, Error> {
    let store = svc.store();
    Ok(LkmsKeystoreInfoResponse {
        path: store.dir().display().to_string(),
        format_version: store.format_version(),
        account_id: svc.account_id().to_string(),
        region: svc.region().to_string(),
        root_key_source: svc.root_key_source(),
        caller: svc.caller().principal.clone(),
        key_count: store.index(svc.region())?.key_count(store)?,
    })
}

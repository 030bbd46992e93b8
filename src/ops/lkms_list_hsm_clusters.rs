//! LkmsListHsmClusters (`lkms hsm-clusters list`): the registered clusters and their tokens, and
//! the default token of `LKMS_PKCS11_MODULE` and `LKMS_PKCS11_TOKEN_LABEL` when it is set.
//! lkms's own operation, command line only.

use super::prelude::*;
use crate::crypto::hsm::TokenLocation;
use crate::steps::key_stores::cloudhsm;

op!(lkms "LkmsListHsmClusters", "Lists the PKCS#11 tokens registered as CloudHSM clusters.", handle);

/// The request: nothing.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LkmsListHsmClustersRequest {}

/// One registered cluster.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct Entry {
    pub cloud_hsm_cluster_id: String,
    pub pkcs11_module: String,
    pub token_label: String,
    pub trust_anchor_required: bool,
}

/// The token any other cluster ID stands for.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct DefaultToken {
    pub pkcs11_module: String,
    pub token_label: String,
}

/// The response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct LkmsListHsmClustersResponse {
    pub hsm_clusters: Vec<Entry>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_token: Option<DefaultToken>,
}

impl TakeSecrets for LkmsListHsmClustersResponse {}

/// Runs LkmsListHsmClusters.
pub fn handle(
    svc: &Service,
    _req: LkmsListHsmClustersRequest,
) -> Result<LkmsListHsmClustersResponse, Error> {
    let hsm_clusters = cloudhsm::clusters(svc)?
        .into_iter()
        .map(|(id, c)| Entry {
            cloud_hsm_cluster_id: id,
            pkcs11_module: c.pkcs11_module,
            token_label: c.token_label,
            trust_anchor_required: c.trust_anchor_certificate.is_some(),
        })
        .collect();
    let default_token = TokenLocation::from_env().map(|l| DefaultToken {
        pkcs11_module: l.module.display().to_string(),
        token_label: l.label,
    });
    Ok(LkmsListHsmClustersResponse {
        hsm_clusters,
        default_token,
    })
}

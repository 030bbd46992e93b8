//! LkmsAddHsmCluster (`lkms hsm-clusters add`): registers a PKCS#11 token as the CloudHSM cluster
//! with this ID, so CloudHSM key stores on that cluster keep their keys in that token. lkms's own
//! operation: the command line runs it, the server never does.

use super::prelude::*;
use crate::steps::key_stores::cloudhsm;
use crate::store::HsmCluster;

op!(lkms "LkmsAddHsmCluster", "Registers (or replaces) a PKCS#11 token as a CloudHSM cluster.", handle);

/// The request: the cluster ID and the token that stands for it.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct LkmsAddHsmClusterRequest {
    pub cloud_hsm_cluster_id: String,
    pub pkcs11_module: String,
    pub token_label: String,
    pub trust_anchor_certificate: Option<String>,
}

/// Runs LkmsAddHsmCluster.
pub fn handle(svc: &Service, req: LkmsAddHsmClusterRequest) -> Result<(), Error> {
    cloudhsm::add_cluster(
        svc,
        &req.cloud_hsm_cluster_id,
        HsmCluster {
            pkcs11_module: req.pkcs11_module,
            token_label: req.token_label,
            trust_anchor_certificate: req.trust_anchor_certificate,
        },
    )
}

//! LkmsRemoveHsmCluster (`lkms hsm-clusters remove`): forgets a registered cluster; refused while
//! a custom key store uses it. The token and its keys are not touched. lkms's own operation,
//! command line only.

use super::prelude::*;
use crate::steps::key_stores::cloudhsm;

op!(lkms "LkmsRemoveHsmCluster", "Forgets a registered CloudHSM cluster (its token is not touched).", handle);

/// The request: the cluster to forget.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct LkmsRemoveHsmClusterRequest {
    pub cloud_hsm_cluster_id: String,
}

/// Runs LkmsRemoveHsmCluster.
pub fn handle(svc: &Service, req: LkmsRemoveHsmClusterRequest) -> Result<(), Error> {
    cloudhsm::remove_cluster(svc, &req.cloud_hsm_cluster_id)
}

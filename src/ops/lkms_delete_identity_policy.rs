//! LkmsDeleteIdentityPolicy (`lkms credentials delete-identity-policy`): detaches a named
//! identity policy from a user or role. lkms's own operation, command line only.

use super::prelude::*;
use crate::steps::identity_policies;

op!(lkms "LkmsDeleteIdentityPolicy", "Detaches a named IAM identity policy from a user or role.", handle);

/// The request: whose policy and its name.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct LkmsDeleteIdentityPolicyRequest {
    pub principal: String,
    pub policy_name: String,
}

/// Runs LkmsDeleteIdentityPolicy.
pub fn handle(svc: &Service, req: LkmsDeleteIdentityPolicyRequest) -> Result<(), Error> {
    identity_policies::delete(svc, &req.principal, &req.policy_name)
}

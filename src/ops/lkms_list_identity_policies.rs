//! LkmsListIdentityPolicies (`lkms credentials list-identity-policies`): the names of a user's
//! or role's identity policies, sorted. lkms's own operation, command line only.

use super::prelude::*;
use crate::steps::identity_policies;

op!(lkms "LkmsListIdentityPolicies", "Lists the names of a user's or role's IAM identity policies.", handle);

/// The request: whose policies.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct LkmsListIdentityPoliciesRequest {
    pub principal: String,
}

/// The response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct LkmsListIdentityPoliciesResponse {
    pub policy_names: Vec<String>,
}

impl TakeSecrets for LkmsListIdentityPoliciesResponse {}

/// Runs LkmsListIdentityPolicies.
pub fn handle(
    svc: &Service,
    req: LkmsListIdentityPoliciesRequest,
) -> Result<LkmsListIdentityPoliciesResponse, Error> {
    Ok(LkmsListIdentityPoliciesResponse {
        policy_names: identity_policies::list(svc, &req.principal)?,
    })
}

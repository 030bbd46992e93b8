//! LkmsGetIdentityPolicy (`lkms credentials get-identity-policy`): prints one named identity
//! policy of a user or role, exactly as it was put. lkms's own operation, command line only.

use super::prelude::*;
use crate::steps::identity_policies;

op!(lkms "LkmsGetIdentityPolicy", "Prints a named IAM identity policy of a user or role.", handle);

/// The request: whose policy and its name.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct LkmsGetIdentityPolicyRequest {
    pub principal: String,
    pub policy_name: String,
}

/// The response: the policy as IAM's GetUserPolicy names its members.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct LkmsGetIdentityPolicyResponse {
    pub principal: String,
    pub policy_name: String,
    pub policy_document: String,
}

impl TakeSecrets for LkmsGetIdentityPolicyResponse {}

/// Runs LkmsGetIdentityPolicy.
pub fn handle(
    svc: &Service,
    req: LkmsGetIdentityPolicyRequest,
) -> Result<LkmsGetIdentityPolicyResponse, Error> {
    let policy_document = identity_policies::get(svc, &req.principal, &req.policy_name)?;
    Ok(LkmsGetIdentityPolicyResponse {
        principal: req.principal,
        policy_name: req.policy_name,
        policy_document,
    })
}

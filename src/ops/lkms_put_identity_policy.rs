//! LkmsPutIdentityPolicy (`lkms credentials put-identity-policy`): attaches an IAM identity
//! policy, under a name, to an IAM user or role (a session has its role's). Replaces a policy of
//! the same name. lkms's own operation: the command line runs it, the server never does.

use super::prelude::*;
use crate::steps::identity_policies;

op!(lkms "LkmsPutIdentityPolicy", "Attaches (or replaces) a named IAM identity policy of a user or role.", handle);

/// The request: whose policy, its name and its document.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct LkmsPutIdentityPolicyRequest {
    pub principal: String,
    pub policy_name: String,
    pub policy_document: String,
}

/// Runs LkmsPutIdentityPolicy.
pub fn handle(svc: &Service, req: LkmsPutIdentityPolicyRequest) -> Result<(), Error> {
    identity_policies::put(svc, &req.principal, &req.policy_name, &req.policy_document)
}

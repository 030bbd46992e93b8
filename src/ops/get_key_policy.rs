//! GetKeyPolicy: a key's policy exactly as it was put. `default` is the only policy name.

use super::prelude::*;
use crate::steps::policy;

op!(keystore "GetKeyPolicy", "Prints a key's policy exactly as it was stored.", handle);

/// Runs GetKeyPolicy, in the order AWS checks.
pub fn handle(svc: &Service, req: GetKeyPolicyRequest) -> Result<GetKeyPolicyResponse, Error> {
    let name = req.policy_name.unwrap_or_else(|| policy::DEFAULT_NAME.to_string());
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:GetKeyPolicy"), &key)?;
    policy::require_default_name(svc, &name, &key.key_id)?;
    Ok(GetKeyPolicyResponse {
        policy: Some(key.policy),
        policy_name: Some(name),
    })
}

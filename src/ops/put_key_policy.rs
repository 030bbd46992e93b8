//! PutKeyPolicy: validates a policy document and stores it byte for byte, in every key state.
//! `default` is the only policy name.

use super::prelude::*;
use crate::steps::{persist, policy};

op!(keystore "PutKeyPolicy", "Replaces a key's policy; the document is checked, then kept byte for byte.", handle);

/// Runs PutKeyPolicy, in the order AWS checks.
pub fn handle(svc: &Service, req: PutKeyPolicyRequest) -> Result<(), Error> {
    let name = req.policy_name.unwrap_or_else(|| policy::DEFAULT_NAME.to_string());
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    let bypass = req.bypass_policy_lockout_safety_check.unwrap_or(false);
    authorise::key(
        svc,
        &Ask::new("kms:PutKeyPolicy").keys(|k| {
            k.bypass_policy_lockout_safety_check(bypass);
        }),
        &key,
    )?;
    policy::require_default_name(svc, &name, &key.key_id)?;
    policy::check_document(&req.policy)?;
    authorise::new_key_policy(svc, &req.policy, &key, bypass)?;
    persist::update(svc, &key.key_id, |r| {
        r.policy = req.policy;
        Ok(())
    })
}

//! PutKeyPolicy: validates a policy document and stores it byte for byte, in every key state.
//! `default` is the only policy name.

use super::prelude::*;
use crate::steps::{persist, policy};

op!(keystore "PutKeyPolicy", "Replaces a key's policy; the document is checked, then kept byte for byte.", handle);

/// The request.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct Request {
    pub key_id: String,
    pub policy_name: Option<String>,
    pub policy: String,
    pub bypass_policy_lockout_safety_check: Option<bool>,
}

/// Runs PutKeyPolicy, in the order AWS checks.
pub fn handle(svc: &Service, req: Request) -> Result<(), Error> {
    let name = req.policy_name.unwrap_or_else(|| policy::DEFAULT_NAME.to_string());
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, "kms:PutKeyPolicy", &key)?;
    policy::require_default_name(svc, &name, &key.key_id)?;
    policy::check_document(&req.policy)?;
    persist::update(svc, &key.key_id, |r| {
        r.policy = req.policy;
        Ok(())
    })
}

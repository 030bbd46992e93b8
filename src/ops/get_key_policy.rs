//! GetKeyPolicy: a key's policy exactly as it was put. `default` is the only policy name.

use super::prelude::*;
use crate::steps::policy;

op!(keystore "GetKeyPolicy", "Prints a key's policy exactly as it was stored.", handle);

/// The request.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct Request {
    pub key_id: String,
    pub policy_name: Option<String>,
}

/// The response.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct Response {
    pub policy: String,
    pub policy_name: String,
}

impl Reply for Response {}

/// Runs GetKeyPolicy, in the order AWS checks.
pub fn handle(svc: &Service, req: Request) -> Result<Response, Error> {
    let name = req.policy_name.unwrap_or_else(|| policy::DEFAULT_NAME.to_string());
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, "kms:GetKeyPolicy", &key)?;
    policy::require_default_name(svc, &name, &key.key_id)?;
    Ok(Response {
        policy: key.policy,
        policy_name: name,
    })
}

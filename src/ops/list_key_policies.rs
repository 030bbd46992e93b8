//! ListKeyPolicies: the names of a key's policies — always the one name, `default`.

use super::prelude::*;
use crate::steps::{paging, policy};

op!(keystore "ListKeyPolicies", "Lists the names of a key's policies (always default).", handle);

/// The request (shared with other operations).
pub type Request = KeyPageRequest;

/// The response.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct Response {
    pub policy_names: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_marker: Option<String>,
    pub truncated: bool,
}

impl Reply for Response {}

/// Runs ListKeyPolicies, in the order AWS checks.
pub fn handle(svc: &Service, req: Request) -> Result<Response, Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, "kms:ListKeyPolicies", &key)?;
    let names = [policy::DEFAULT_NAME.to_string()];
    let page = paging::page(
        &names,
        Clone::clone,
        req.limit,
        req.marker.as_deref(),
        100,
        1000,
    )?;
    Ok(Response {
        policy_names: page.items,
        next_marker: page.next_marker,
        truncated: page.truncated,
    })
}

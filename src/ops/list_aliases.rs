//! ListAliases: one page of the region's aliases (or only those of `KeyId`, named by key ID or key
//! ARN), sorted by name, 50 to a page by default and 100 at most.

use super::prelude::*;
use crate::steps::{aliases, paging};

op!(keystore "ListAliases", "Lists the aliases in the region, or only those of one key.", handle);

/// The request.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct Request {
    pub key_id: Option<String>,
    pub limit: Option<i64>,
    pub marker: Option<String>,
}

/// One ListAliases entry.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct AliasListEntry {
    pub alias_name: String,
    pub alias_arn: String,
    pub target_key_id: String,
    pub creation_date: Timestamp,
    pub last_updated_date: Timestamp,
}

/// The response.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct Response {
    pub aliases: Vec<AliasListEntry>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_marker: Option<String>,
    pub truncated: bool,
}

impl Reply for Response {}

/// Runs ListAliases, in the order AWS checks.
pub fn handle(svc: &Service, req: Request) -> Result<Response, Error> {
    authorise::account(svc, "kms:ListAliases")?;
    let filter = req
        .key_id
        .as_deref()
        .map(|k| keyref::resolve(svc, k, Aliases::Refused).map(|r| r.key_id))
        .transpose()?;
    let ts = |ms| Timestamp::from_epoch_millis(ms).unwrap_or_else(|| svc.clock().now());
    let entries: Vec<AliasListEntry> = aliases::all(svc)?
        .iter()
        .filter(|a| filter.as_ref().is_none_or(|k| *k == a.target_key_id))
        .map(|a| AliasListEntry {
            alias_arn: svc.alias_arn(&a.alias_name),
            alias_name: a.alias_name.clone(),
            target_key_id: a.target_key_id.clone(),
            creation_date: ts(a.creation_date),
            last_updated_date: ts(a.last_updated_date),
        })
        .collect();
    let page = paging::page(
        &entries,
        |e| e.alias_name.clone(),
        req.limit,
        req.marker.as_deref(),
        50,
        100,
    )?;
    Ok(Response {
        aliases: page.items,
        next_marker: page.next_marker,
        truncated: page.truncated,
    })
}

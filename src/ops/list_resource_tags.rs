//! ListResourceTags: a key's tags sorted by tag key, 50 to a page.

use super::prelude::*;
use crate::steps::paging;

op!(keystore "ListResourceTags", "Lists a key's tags, sorted by tag key.", handle);

/// The request (shared with other operations).
pub type Request = KeyPageRequest;

/// The response.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct Response {
    pub tags: Vec<Tag>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_marker: Option<String>,
    pub truncated: bool,
}

impl Reply for Response {}

/// Runs ListResourceTags, in the order AWS checks.
pub fn handle(svc: &Service, req: Request) -> Result<Response, Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, "kms:ListResourceTags", &key)?;
    let mut tags = key.tags;
    tags.sort_by(|a, b| a.tag_key.cmp(&b.tag_key));
    let page = paging::page(
        &tags,
        |t| t.tag_key.clone(),
        req.limit,
        req.marker.as_deref(),
        50,
        50,
    )?;
    Ok(Response {
        tags: page.items,
        next_marker: page.next_marker,
        truncated: page.truncated,
    })
}

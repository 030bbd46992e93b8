//! ListResourceTags: a key's tags sorted by tag key, 50 to a page.

use super::prelude::*;
use crate::steps::paging;

op!(keystore "ListResourceTags", "Lists a key's tags, sorted by tag key.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Lists a key's tags in the order they were added.",
    errors: &[],
    examples: &[Example {
        title: "The example key's tags",
        command: r##"lkms list-resource-tags --key-id 1234abcd-12ab-34cd-56ef-1234567890ab"##,
        output: r##"{
    "Tags": [
        {
            "TagKey": "Purpose",
            "TagValue": "examples"
        }
    ]
}"##,
    }],
};

/// Runs ListResourceTags, in the order AWS checks.
pub fn handle(
    svc: &Service,
    req: ListResourceTagsRequest,
) -> Result<ListResourceTagsResponse, Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:ListResourceTags"), &key)?;
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
    Ok(ListResourceTagsResponse {
        tags: Some(page.items),
        next_marker: page.next_marker,
        truncated: Some(page.truncated),
    })
}

//! TagResource: adds tags to a key, replacing the values of tag keys it already has; at most 50
//! tags per key, none beginning with `aws:`. Refused for a key pending deletion.

use super::prelude::*;
use crate::steps::{persist, tags};

op!(keystore "TagResource", "Adds tags to a key, or replaces the values of existing tag keys.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Adds tags to a key; a tag key that exists gets the new value. At most 50 tags, no duplicate keys, and tag keys may not begin with aws:.",
    errors: &[],
    examples: &[Example {
        title: "Tag a key",
        command: r##"lkms tag-resource --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --tags TagKey=team,TagValue=payments && lkms list-resource-tags --key-id 1234abcd-12ab-34cd-56ef-1234567890ab"##,
        output: r##"{
    "Tags": [
        {
            "TagKey": "Purpose",
            "TagValue": "examples"
        },
        {
            "TagKey": "team",
            "TagValue": "payments"
        }
    ]
}"##,
    }],
};

/// Runs TagResource, in the order AWS checks.
pub fn handle(svc: &Service, req: TagResourceRequest) -> Result<(), Error> {
    tags::check(&req.tags)?;
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(
        svc,
        &Ask::new("kms:TagResource").keys(|k| {
            k.request_tags(&tags::pairs(&req.tags));
        }),
        &key,
    )?;
    persist::update(svc, &key.key_id, |r| {
        key_state::require(svc, Use::Tagging, r)?;
        for t in req.tags {
            match r.tags.iter_mut().find(|e| e.tag_key == t.tag_key) {
                Some(existing) => existing.tag_value = t.tag_value,
                None => r.tags.push(t),
            }
        }
        if r.tags.len() > tags::MAX_TAGS {
            return Err(tags::tag_err("Too many tags"));
        }
        Ok(())
    })
}

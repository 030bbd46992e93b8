//! UntagResource: removes tags by tag key; keys the key does not have are ignored. Refused for a
//! key pending deletion.

use super::prelude::*;
use crate::steps::{persist, tags};

op!(keystore "UntagResource", "Removes tags from a key by tag key.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Removes the tags with the given tag keys from a key; keys it does not have are ignored.",
    errors: &[],
    examples: &[Example {
        title: "Remove a tag",
        command: r##"lkms untag-resource --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --tag-keys Purpose && lkms list-resource-tags --key-id 1234abcd-12ab-34cd-56ef-1234567890ab"##,
        output: r##"{
    "Tags": []
}"##,
    }],
};

/// Runs UntagResource, in the order AWS checks.
pub fn handle(svc: &Service, req: UntagResourceRequest) -> Result<(), Error> {
    if req.tag_keys.iter().any(|k| tags::reserved(k)) {
        return Err(tags::tag_err("Tags beginning with aws: are reserved"));
    }
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(
        svc,
        &Ask::new("kms:UntagResource").keys(|k| {
            k.tag_keys(req.tag_keys.iter().map(String::as_str));
        }),
        &key,
    )?;
    persist::update(svc, &key.key_id, |r| {
        key_state::require(svc, Use::Tagging, r)?;
        r.tags.retain(|t| !req.tag_keys.contains(&t.tag_key));
        Ok(())
    })
}

//! UntagResource: removes tags by tag key; keys the key does not have are ignored. Refused for a
//! key pending deletion.

use super::prelude::*;
use crate::steps::{persist, tags};

op!(keystore "UntagResource", "Removes tags from a key by tag key.", handle);

/// Runs UntagResource, in the order AWS checks.
pub fn handle(svc: &Service, req: UntagResourceRequest) -> Result<(), Error> {
    if req.tag_keys.iter().any(|k| tags::reserved(k)) {
        return Err(tags::tag_err("Tags beginning with aws: are reserved"));
    }
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:UntagResource").keys(|k| {
        k.tag_keys(req.tag_keys.iter().map(String::as_str));
    }), &key)?;
    persist::update(svc, &key.key_id, |r| {
        key_state::require(svc, Use::Tagging, r)?;
        r.tags.retain(|t| !req.tag_keys.contains(&t.tag_key));
        Ok(())
    })
}

//! TagResource: adds tags to a key, replacing the values of tag keys it already has; at most 50
//! tags per key, none beginning with `aws:`. Refused for a key pending deletion.

use super::prelude::*;
use crate::steps::{persist, tags};

op!(keystore "TagResource", "Adds tags to a key, or replaces the values of existing tag keys.", handle);

/// Runs TagResource, in the order AWS checks.
pub fn handle(svc: &Service, req: TagResourceRequest) -> Result<(), Error> {
    tags::check(&req.tags)?;
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:TagResource").keys(|k| {
        k.request_tags(&tags::pairs(&req.tags));
    }), &key)?;
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

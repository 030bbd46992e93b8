//! Tags: the rules AWS enforces, and TagResource, UntagResource, ListResourceTags.

use super::paging;
use super::state::{self, Op};
use super::validate::Validator;
use super::{Aliases, Service};
use crate::error::{Error, ErrorCode, kms};
use crate::model::{
    KeyPageRequest, ListResourceTagsResponse, Tag, TagResourceRequest, UntagResourceRequest,
};

/// The most tags one key may carry.
pub const MAX_TAGS: usize = 50;

fn tag_err(m: &str) -> Error {
    kms(ErrorCode::TagException, m)
}

fn reserved(key: &str) -> bool {
    key.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("aws:"))
}

/// Checks a list of new tags: lengths (ValidationException), then the TagException rules.
pub fn check(tags: &[Tag]) -> Result<(), Error> {
    let mut v = Validator::new();
    for (i, t) in tags.iter().enumerate() {
        v.str_len(&format!("tags.{}.member.tagKey", i + 1), &t.tag_key, 1, 128);
        v.str_len(
            &format!("tags.{}.member.tagValue", i + 1),
            &t.tag_value,
            0,
            256,
        );
    }
    v.finish()?;
    if tags.len() > MAX_TAGS {
        return Err(tag_err("Too many tags"));
    }
    if tags.iter().any(|t| reserved(&t.tag_key)) {
        return Err(tag_err("Tags beginning with aws: are reserved"));
    }
    let mut keys: Vec<&str> = tags.iter().map(|t| t.tag_key.as_str()).collect();
    keys.sort_unstable();
    if keys.windows(2).any(|w| w[0] == w[1]) {
        return Err(tag_err("Duplicate tag keys"));
    }
    Ok(())
}

impl Service {
    /// TagResource: adds tags, replacing the value of keys the key already has.
    pub fn tag_resource(&self, req: TagResourceRequest) -> Result<(), Error> {
        let mut v = Validator::new();
        v.str_len("keyId", &req.key_id, 1, 2048);
        v.finish()?;
        check(&req.tags)?;
        let rec = self.resolve(&req.key_id, Aliases::Refused)?;
        self.update(&rec.key_id, |r| {
            state::check(Op::Tagging, r.key_state, &self.key_arn(&r.key_id))?;
            for t in req.tags {
                match r.tags.iter_mut().find(|e| e.tag_key == t.tag_key) {
                    Some(existing) => existing.tag_value = t.tag_value,
                    None => r.tags.push(t),
                }
            }
            if r.tags.len() > MAX_TAGS {
                return Err(tag_err("Too many tags"));
            }
            Ok(())
        })
    }

    /// UntagResource: removes tags by key; keys the key does not have are ignored.
    pub fn untag_resource(&self, req: UntagResourceRequest) -> Result<(), Error> {
        let mut v = Validator::new();
        v.str_len("keyId", &req.key_id, 1, 2048);
        for (i, k) in req.tag_keys.iter().enumerate() {
            v.str_len(&format!("tagKeys.{}.member", i + 1), k, 1, 128);
        }
        v.finish()?;
        if req.tag_keys.iter().any(|k| reserved(k)) {
            return Err(tag_err("Tags beginning with aws: are reserved"));
        }
        let rec = self.resolve(&req.key_id, Aliases::Refused)?;
        self.update(&rec.key_id, |r| {
            state::check(Op::Tagging, r.key_state, &self.key_arn(&r.key_id))?;
            r.tags.retain(|t| !req.tag_keys.contains(&t.tag_key));
            Ok(())
        })
    }

    /// ListResourceTags: the key's tags sorted by tag key, 50 to a page.
    pub fn list_resource_tags(
        &self,
        req: KeyPageRequest,
    ) -> Result<ListResourceTagsResponse, Error> {
        let mut v = Validator::new();
        v.str_len("keyId", &req.key_id, 1, 2048);
        paging::check(&mut v, req.limit, req.marker.as_deref());
        v.finish()?;
        let mut tags = self.resolve(&req.key_id, Aliases::Refused)?.tags;
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
            tags: page.items,
            next_marker: page.next_marker,
            truncated: page.truncated,
        })
    }
}

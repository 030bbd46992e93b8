//! The tagging rules AWS enforces on CreateKey and TagResource.

use super::validate::Validator;
use crate::error::{Error, ErrorCode, kms};
use crate::model::Tag;

/// The most tags one key may carry.
pub const MAX_TAGS: usize = 50;

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
    let tag_err = |m: &str| Err(kms(ErrorCode::TagException, m));
    if tags.len() > MAX_TAGS {
        return tag_err("Too many tags");
    }
    if tags.iter().any(|t| {
        t.tag_key
            .get(..4)
            .is_some_and(|p| p.eq_ignore_ascii_case("aws:"))
    }) {
        return tag_err("Tags beginning with aws: are reserved");
    }
    let mut keys: Vec<&str> = tags.iter().map(|t| t.tag_key.as_str()).collect();
    keys.sort_unstable();
    if keys.windows(2).any(|w| w[0] == w[1]) {
        return tag_err("Duplicate tag keys");
    }
    Ok(())
}

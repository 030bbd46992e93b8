//! Tags: the rules AWS enforces on tag keys beyond the model's lengths (TagException).

use crate::error::{Error, ErrorCode, kms};
use crate::model::Tag;

/// The tags as (key, value) pairs, for the `aws:RequestTag/<k>` condition keys.
pub fn pairs(tags: &[Tag]) -> Vec<(String, String)> {
    tags.iter()
        .map(|t| (t.tag_key.clone(), t.tag_value.clone()))
        .collect()
}

/// The most tags one key may carry.
pub const MAX_TAGS: usize = 50;

/// A TagException with message `m`.
pub fn tag_err(m: &str) -> Error {
    kms(ErrorCode::TagException, m)
}

/// True for tag keys that begin with `aws:` (any case), which AWS reserves.
pub fn reserved(key: &str) -> bool {
    key.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("aws:"))
}

/// Checks a list of new tags (already within the model's lengths) against the TagException
/// rules: how many, reserved keys, duplicates.
pub fn check(tags: &[Tag]) -> Result<(), Error> {
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

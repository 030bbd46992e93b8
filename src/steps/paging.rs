//! One page of a sorted list, with opaque `NextMarker` values (base64 of the next item's sort key).

use crate::error::{Error, ErrorCode, kms};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;

/// A page of items and where the next page starts.
#[derive(Debug)]
pub struct Page<T> {
    /// The items on this page.
    pub items: Vec<T>,
    /// The marker for the next page, when there is one.
    pub next_marker: Option<String>,
    /// Whether more items follow.
    pub truncated: bool,
}

/// Cuts one page out of `items`, which must be sorted by `key`. `limit` is the request's
/// (already validated) limit, `default` and `max` the operation's own page sizes.
pub fn page<T: Clone>(
    items: &[T],
    key: impl Fn(&T) -> String,
    limit: Option<i64>,
    marker: Option<&str>,
    default: usize,
    max: usize,
) -> Result<Page<T>, Error> {
    let size = limit.map_or(default, |l| (l as usize).min(max));
    let start = match marker {
        None => 0,
        Some(m) => {
            let after = decode_marker(m)?;
            items.partition_point(|i| key(i) < after)
        }
    };
    let items_out: Vec<T> = items[start.min(items.len())..]
        .iter()
        .take(size)
        .cloned()
        .collect();
    let next = items
        .get(start + items_out.len())
        .map(|i| B64.encode(key(i)));
    Ok(Page {
        items: items_out,
        truncated: next.is_some(),
        next_marker: next,
    })
}

/// One page of a sorted list held in an index: `fetch(start, n)` returns up to `n` items whose
/// sort key is `start` or after. The marker names the first item of the next page, so it stays
/// valid while items are added and removed between pages: no item is listed twice, and none
/// that existed throughout is skipped.
pub fn page_from<T>(
    limit: Option<i64>,
    marker: Option<&str>,
    default: usize,
    max: usize,
    key: impl Fn(&T) -> &str,
    fetch: impl FnOnce(&str, usize) -> Result<Vec<T>, Error>,
) -> Result<Page<T>, Error> {
    let size = limit.map_or(default, |l| (l as usize).min(max));
    let start = match marker {
        None => String::new(),
        Some(m) => decode_marker(m)?,
    };
    let mut items = fetch(&start, size + 1)?;
    let next = match items.len() > size {
        true => items.pop().map(|i| B64.encode(key(&i))),
        false => None,
    };
    Ok(Page {
        items,
        truncated: next.is_some(),
        next_marker: next,
    })
}

fn decode_marker(m: &str) -> Result<String, Error> {
    B64.decode(m)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .ok_or_else(|| {
            kms(
                ErrorCode::InvalidMarkerException,
                "The marker is not one that lkms returned.",
            )
        })
}

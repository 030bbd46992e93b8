//! One page of a sorted list, with opaque `NextMarker` values: base64 of the next item's sort key
//! and a check value, so that a marker lkms did not issue is refused with InvalidMarkerException
//! (as AWS refuses one it did not issue) instead of silently starting somewhere.

use crate::error::{Error, ErrorCode, kms};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use sha2::{Digest, Sha256};

/// AWS's words for a marker it did not issue (the model's description of the exception).
const INVALID_MARKER: &str = "The request was rejected because the marker that specifies where \
                              pagination should next begin is not valid.";
/// Bytes of check value after the sort key.
const CHECK_LEN: usize = 8;

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

/// The check value of a sort key. It tells markers lkms made from anything else (a typo, another
/// service's marker, `enp6eg==`); it is no secret, since a marker only says where a page starts.
fn check(key: &[u8]) -> [u8; CHECK_LEN] {
    let digest = Sha256::new()
        .chain_update(b"lkms paging marker v1\0")
        .chain_update(key)
        .finalize();
    let mut out = [0u8; CHECK_LEN];
    out.copy_from_slice(&digest[..CHECK_LEN]);
    out
}

/// The marker that starts a page at the item with sort key `key`.
fn encode(key: &str) -> String {
    let mut bytes = key.as_bytes().to_vec();
    bytes.extend_from_slice(&check(key.as_bytes()));
    B64.encode(bytes)
}

/// The sort key a marker names, or InvalidMarkerException for one lkms did not issue.
fn decode(marker: &str) -> Result<String, Error> {
    let invalid = || kms(ErrorCode::InvalidMarkerException, INVALID_MARKER);
    let bytes = B64.decode(marker).map_err(|_| invalid())?;
    let split = bytes.len().checked_sub(CHECK_LEN).ok_or_else(invalid)?;
    let (key, tail) = bytes.split_at(split);
    if tail != check(key) {
        return Err(invalid());
    }
    String::from_utf8(key.to_vec()).map_err(|_| invalid())
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
            let after = decode(m)?;
            items.partition_point(|i| key(i) < after)
        }
    };
    let items_out: Vec<T> = items[start.min(items.len())..]
        .iter()
        .take(size)
        .cloned()
        .collect();
    let next = items.get(start + items_out.len()).map(|i| encode(&key(i)));
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
        Some(m) => decode(m)?,
    };
    let mut items = fetch(&start, size + 1)?;
    let next = match items.len() > size {
        true => items.pop().map(|i| encode(key(&i))),
        false => None,
    };
    Ok(Page {
        items,
        truncated: next.is_some(),
        next_marker: next,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("alias/k{i:03}")).collect()
    }

    #[test]
    fn markers_lkms_issued_page_through_everything() {
        let all = names(7);
        let mut seen = Vec::new();
        let mut marker = None;
        loop {
            let p = page(&all, String::clone, Some(3), marker.as_deref(), 50, 100).unwrap();
            seen.extend(p.items);
            match p.next_marker {
                Some(m) => marker = Some(m),
                None => break,
            }
        }
        assert_eq!(seen, all);
    }

    #[test]
    fn markers_lkms_did_not_issue_are_refused() {
        let all = names(3);
        let real = page(&all, String::clone, Some(1), None, 50, 100)
            .unwrap()
            .next_marker
            .unwrap();
        let mut tampered = B64.decode(&real).unwrap();
        tampered[0] ^= 1;
        for m in [
            "enp6eg==".to_string(),
            "!!".to_string(),
            B64.encode("alias/k001"),
            B64.encode(tampered),
            B64.encode([0xff; CHECK_LEN]),
        ] {
            let e = page(&all, String::clone, None, Some(&m), 50, 100).unwrap_err();
            assert_eq!(
                e.to_string(),
                format!("InvalidMarkerException: {INVALID_MARKER}"),
                "{m}"
            );
        }
    }
}

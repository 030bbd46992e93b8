//! Automatic paging the way the AWS CLI does it: follow the markers, merge the result key, and
//! with `--max-items` stop early and print a `NextToken` that `--starting-token` resumes from.

use crate::error::Error;
use crate::spec::Paginator;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use serde_json::{Map, Value};

/// The largest page the model lets a request ask for (operations cut it to their own maximum).
const MAX_LIMIT: usize = 1000;

/// The CLI paging options of one call.
#[derive(Debug, Default)]
pub struct Options {
    /// `--page-size`.
    pub page_size: Option<i64>,
    /// `--max-items`.
    pub max_items: Option<i64>,
    /// `--starting-token`.
    pub starting_token: Option<String>,
}

/// A position inside the paged result: the marker of a page and how many of its items were
/// already printed. Encoded like botocore's token, base64 of
/// `{"Marker": ..., "boto_truncate_amount": n}`.
fn encode_token(marker: Option<&str>, consumed: usize) -> String {
    let marker = serde_json::to_string(&marker).unwrap_or_else(|_| "null".into());
    B64.encode(format!(
        "{{\"Marker\": {marker}, \"boto_truncate_amount\": {consumed}}}"
    ))
}

fn decode_token(token: &str) -> Result<(Option<String>, usize), Error> {
    let bad = || Error::Usage(format!("Bad starting token: {token}"));
    let bytes = B64.decode(token.trim()).map_err(|_| bad())?;
    let v: Value = serde_json::from_slice(&bytes).map_err(|_| bad())?;
    let marker = match v.get("Marker") {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Null) | None => None,
        _ => return Err(bad()),
    };
    let consumed = v
        .get("boto_truncate_amount")
        .and_then(Value::as_u64)
        .unwrap_or(0) as usize;
    Ok((marker, consumed))
}

/// Runs a paginated operation: `call` makes one request. Returns `{result_key: [...]}` plus a
/// `NextToken` when `--max-items` cut the result short.
pub fn run(
    pag: &Paginator,
    request: Map<String, Value>,
    opts: &Options,
    mut call: impl FnMut(Value) -> Result<Option<Value>, Error>,
) -> Result<Option<Value>, Error> {
    let (mut marker, mut skip) = match &opts.starting_token {
        Some(t) => decode_token(t)?,
        None => (None, 0),
    };
    let max = opts.max_items.map(|m| m.max(0) as usize);
    let mut items: Vec<Value> = Vec::new();
    let mut next_token = None;
    let mut progress = super::progress::Progress::new();
    loop {
        progress.update(format!("{}: {} so far", pag.result_key, items.len()));
        let mut req = request.clone();
        // Without --page-size, a page ends where --max-items does, so the token that resumes
        // the listing is the service's own marker: it stays valid however the list changes
        // between the two commands (a count of items to skip would not).
        let wanted = max.map(|m| (m.saturating_sub(items.len()) + skip).clamp(1, MAX_LIMIT) as i64);
        if let Some(size) = opts.page_size.or(wanted) {
            req.insert(pag.limit_key.into(), Value::from(size));
        }
        if let Some(m) = &marker {
            req.insert(pag.input_token.into(), Value::String(m.clone()));
        }
        let mut page = call(Value::Object(req))?.unwrap_or(Value::Null);
        let page_items = match page.get_mut(pag.result_key).map(Value::take) {
            Some(Value::Array(list)) => list,
            _ => Vec::new(),
        };
        let available = page_items.len().saturating_sub(skip);
        let room = max.map_or(usize::MAX, |m| m - items.len());
        let take = available.min(room);
        items.extend(page_items.into_iter().skip(skip).take(take));
        let next_marker = page
            .get(pag.output_token)
            .and_then(Value::as_str)
            .map(String::from);
        // Without a member that says so (CloudTrail), more pages follow while a token comes back.
        let more = if pag.more_results.is_empty() {
            next_marker.is_some()
        } else {
            page.get(pag.more_results) == Some(&Value::Bool(true))
        };
        if take < available {
            next_token = Some(encode_token(marker.as_deref(), skip + take));
            break;
        }
        if max.is_some_and(|m| items.len() >= m) && more {
            next_token = next_marker.as_deref().map(|m| encode_token(Some(m), 0));
            break;
        }
        match next_marker {
            Some(m) if more => {
                marker = Some(m);
                skip = 0;
            }
            _ => break,
        }
    }
    let mut out = Map::new();
    out.insert(pag.result_key.into(), Value::Array(items));
    if let Some(t) = next_token {
        out.insert("NextToken".into(), Value::String(t));
    }
    Ok(Some(Value::Object(out)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip() {
        let t = encode_token(None, 1);
        assert_eq!(
            String::from_utf8(B64.decode(&t).unwrap()).unwrap(),
            "{\"Marker\": null, \"boto_truncate_amount\": 1}"
        );
        assert_eq!(decode_token(&t).unwrap(), (None, 1));
        assert_eq!(
            decode_token(&encode_token(Some("bQ=="), 3)).unwrap(),
            (Some("bQ==".into()), 3)
        );
        assert!(decode_token("!!").is_err());
    }
}

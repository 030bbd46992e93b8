//! The audit trail's own small documents (digests, last-use slots, the tracking start):
//! `{"<Kind>": {...}, "Mac": "<hex>"}`, MACed under the audit key over the kind, the file's
//! identity and the canonical JSON of the body.
//!
//! They are not keystore documents: they are written outside the keystore's lock and journal
//! (a last-use slot is rewritten on every cryptographic call), so they carry no generation. The
//! audit key is bound to the keystore's ID, so they cannot be moved to another keystore.

use super::super::canonical;
use super::super::error::{StoreError, StoreResult};
use crate::crypto::derive;
use crate::crypto::random;
use crate::crypto::secret::Key256;
use serde::{Serialize, de::DeserializeOwned};
use serde_json::{Map, Value};
use std::path::Path;

const DOMAIN: &[u8] = b"lkms audit document v1";

/// What the MAC covers.
fn parts<'a>(kind: &'a str, identity: &'a [&'a str], canon: &'a [u8]) -> Vec<&'a [u8]> {
    let mut parts: Vec<&[u8]> = vec![DOMAIN, kind.as_bytes()];
    parts.extend(identity.iter().map(|s| s.as_bytes()));
    parts.push(canon);
    parts
}

/// Serialises `body` as a MACed document of `kind`.
pub(super) fn encode<T: Serialize>(
    key: &Key256,
    kind: &str,
    identity: &[&str],
    body: &T,
) -> Vec<u8> {
    let value = serde_json::to_value(body).unwrap_or(Value::Null);
    let canon = canonical::to_vec(&value);
    let mac = derive::tag(key, &parts(kind, identity, &canon));
    let mut doc = Map::new();
    doc.insert(kind.into(), value);
    doc.insert("Mac".into(), Value::String(random::to_hex(&mac)));
    let mut out = serde_json::to_vec_pretty(&Value::Object(doc)).unwrap_or_default();
    out.push(b'\n');
    out
}

fn tampered(path: &Path) -> StoreError {
    StoreError::Corrupt(format!(
        "audit file {} failed its integrity check: it was changed outside lkms or belongs \
         elsewhere",
        path.display()
    ))
}

/// Parses and verifies a document of `kind` read from `path`.
pub(super) fn decode<T: DeserializeOwned>(
    key: &Key256,
    kind: &str,
    identity: &[&str],
    bytes: &[u8],
    path: &Path,
) -> StoreResult<T> {
    let doc: Value = serde_json::from_slice(bytes).map_err(|_| tampered(path))?;
    decode_value(key, kind, identity, doc, path)
}

/// Verifies an already parsed document of `kind` (read from `path`).
pub(super) fn decode_value<T: DeserializeOwned>(
    key: &Key256,
    kind: &str,
    identity: &[&str],
    mut doc: Value,
    path: &Path,
) -> StoreResult<T> {
    let mac = doc
        .get("Mac")
        .and_then(Value::as_str)
        .and_then(random::from_hex)
        .ok_or_else(|| tampered(path))?;
    let body = doc
        .get_mut(kind)
        .map(Value::take)
        .ok_or_else(|| tampered(path))?;
    let canon = canonical::to_vec(&body);
    if !derive::verify(key, &parts(kind, identity, &canon), &mac) {
        return Err(tampered(path));
    }
    serde_json::from_value(body).map_err(|_| tampered(path))
}

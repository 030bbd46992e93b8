//! Integrity-protected JSON documents: `{"FormatVersion": 1, "<Kind>": {...}, "Mac": "<hex>"}`.
//!
//! The MAC is HMAC-SHA-256 under a key derived from the root key, over the document kind, the
//! identity of the file (for example region and key ID) and the canonical JSON of the body.
//! Moving a document to another name, or editing any value in it, breaks the MAC.

use super::canonical;
use super::error::{StoreError, StoreResult, io_error};
use super::fsutil;
use crate::crypto::{derive, random, secret::Key256};
use serde::{Serialize, de::DeserializeOwned};
use serde_json::{Map, Value};
use std::path::Path;

/// The format version written into every document.
pub const FORMAT_VERSION: u64 = 1;

fn mac_parts<'a>(kind: &'a str, identity: &'a [&'a str], body: &'a [u8]) -> Vec<&'a [u8]> {
    let mut parts: Vec<&[u8]> = vec![kind.as_bytes()];
    parts.extend(identity.iter().map(|s| s.as_bytes()));
    parts.push(body);
    parts
}

/// Serialises `body` as a MACed document of `kind`.
pub fn encode<T: Serialize>(mac_key: &Key256, kind: &str, identity: &[&str], body: &T) -> Vec<u8> {
    let value = serde_json::to_value(body).unwrap_or(Value::Null);
    let canon = canonical::to_vec(&value);
    let mac = derive::tag(mac_key, &mac_parts(kind, identity, &canon));
    let mut doc = Map::new();
    doc.insert("FormatVersion".into(), Value::from(FORMAT_VERSION));
    doc.insert(kind.into(), value);
    doc.insert("Mac".into(), Value::String(random::to_hex(&mac)));
    let mut out = serde_json::to_vec_pretty(&Value::Object(doc)).unwrap_or_default();
    out.push(b'\n');
    out
}

/// Parses and verifies a document of `kind` read from `path`.
pub fn decode<T: DeserializeOwned>(
    mac_key: &Key256,
    kind: &str,
    identity: &[&str],
    bytes: &[u8],
    path: &Path,
) -> StoreResult<T> {
    let doc: Value = serde_json::from_slice(bytes).map_err(|_| tampered(path))?;
    decode_value(mac_key, kind, identity, doc, path)
}

fn tampered(path: &Path) -> StoreError {
    StoreError::Corrupt(format!(
        "keystore file {} failed its integrity check: it was changed outside lkms or belongs \
         elsewhere; restore it from a backup or remove it",
        path.display()
    ))
}

/// Verifies an already parsed document of `kind` (read from `path`).
pub fn decode_value<T: DeserializeOwned>(
    mac_key: &Key256,
    kind: &str,
    identity: &[&str],
    mut doc: Value,
    path: &Path,
) -> StoreResult<T> {
    let version = doc.get("FormatVersion").and_then(Value::as_u64);
    if version != Some(FORMAT_VERSION) {
        return Err(StoreError::Corrupt(format!(
            "keystore file {} has format version {}, which this lkms ({}) does not read",
            path.display(),
            version.map_or("(none)".to_string(), |v| v.to_string()),
            env!("CARGO_PKG_VERSION")
        )));
    }
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
    if !derive::verify(mac_key, &mac_parts(kind, identity, &canon), &mac) {
        return Err(tampered(path));
    }
    serde_json::from_value(body).map_err(|_| tampered(path))
}

/// Encodes and atomically writes a document.
pub fn write<T: Serialize>(
    mac_key: &Key256,
    kind: &str,
    identity: &[&str],
    body: &T,
    path: &Path,
) -> StoreResult<()> {
    let bytes = encode(mac_key, kind, identity, body);
    fsutil::atomic_write(path, &bytes).map_err(|e| io_error(path, e))
}

//! Integrity-protected JSON documents: `{"FormatVersion": 2, "<Kind>": {...}, "Mac": "<hex>"}`.
//!
//! The MAC is HMAC-SHA-256 under a key derived from the root key, over the keystore ID, the
//! document kind, the identity of the file (for example region and key ID) and the canonical
//! JSON of the body. Moving a document to another keystore (even one sharing the root key), to
//! another kind or another name, or editing any value in it, breaks the MAC.
//!
//! Format 1 (lkms 0.1) did not bind the keystore ID. Such documents are read only while
//! [`super::upgrade`] rewrites a format-1 keystore; afterwards they are refused like any other
//! document that fails its check.

use super::canonical;
use super::error::{StoreError, StoreResult, io_error};
use super::fsutil;
use super::generation::Generations;
use crate::crypto::{derive, random, secret::Key256};
use serde::{Serialize, de::DeserializeOwned};
use serde_json::{Map, Value};
use std::path::Path;

/// The format version written into every document.
pub const FORMAT_VERSION: u64 = 2;
/// The format of lkms 0.1, read only to upgrade it.
pub const LEGACY_FORMAT: u64 = 1;

/// The key that MACs one keystore's documents: the MAC key derived from the root key, bound to
/// the keystore's ID.
pub struct DocKey {
    mac_key: Key256,
    keystore_id: String,
    /// The keystore's generations: every write gets the next one.
    generations: Generations,
    /// Where temp files are made before they are renamed into place.
    staging: std::path::PathBuf,
    /// While a format-1 keystore is being upgraded, format-1 documents are accepted too.
    accept_legacy: bool,
}

impl std::fmt::Debug for DocKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DocKey(keystore {})", self.keystore_id)
    }
}

impl DocKey {
    /// The document key of keystore `keystore_id`, whose temp files go to `staging` and whose
    /// writes are numbered by `generations`.
    pub fn new(
        mac_key: Key256,
        keystore_id: &str,
        staging: &Path,
        generations: Generations,
    ) -> Self {
        Self {
            mac_key,
            keystore_id: keystore_id.to_string(),
            generations,
            staging: staging.to_path_buf(),
            accept_legacy: false,
        }
    }

    /// The same key, also accepting format-1 documents (for the upgrade only).
    pub(super) fn legacy(&self) -> Self {
        Self {
            mac_key: self.mac_key.clone(),
            keystore_id: self.keystore_id.clone(),
            generations: self.generations.clone(),
            staging: self.staging.clone(),
            accept_legacy: true,
        }
    }

    /// The keystore's generations.
    pub fn generations(&self) -> &Generations {
        &self.generations
    }

    fn parts<'a>(
        &'a self,
        version: u64,
        generation: &'a [u8; 8],
        kind: &'a str,
        identity: &'a [&'a str],
        body: &'a [u8],
    ) -> Vec<&'a [u8]> {
        let mut parts: Vec<&[u8]> = Vec::with_capacity(identity.len() + 4);
        if version != LEGACY_FORMAT {
            parts.push(self.keystore_id.as_bytes());
            parts.push(generation);
        }
        parts.push(kind.as_bytes());
        parts.extend(identity.iter().map(|s| s.as_bytes()));
        parts.push(body);
        parts
    }
}

/// Serialises `body` as a MACed document of `kind`, written by generation `generation`.
pub fn encode<T: Serialize>(
    key: &DocKey,
    generation: u64,
    kind: &str,
    identity: &[&str],
    body: &T,
) -> Vec<u8> {
    let value = serde_json::to_value(body).unwrap_or(Value::Null);
    let canon = canonical::to_vec(&value);
    let g = generation.to_be_bytes();
    let mac = derive::tag(
        &key.mac_key,
        &key.parts(FORMAT_VERSION, &g, kind, identity, &canon),
    );
    let mut doc = Map::new();
    doc.insert("FormatVersion".into(), Value::from(FORMAT_VERSION));
    doc.insert("Generation".into(), Value::from(generation));
    doc.insert(kind.into(), value);
    doc.insert("Mac".into(), Value::String(random::to_hex(&mac)));
    let mut out = serde_json::to_vec_pretty(&Value::Object(doc)).unwrap_or_default();
    out.push(b'\n');
    out
}

/// Parses and verifies a document of `kind` read from `path`.
pub fn decode<T: DeserializeOwned>(
    key: &DocKey,
    kind: &str,
    identity: &[&str],
    bytes: &[u8],
    path: &Path,
) -> StoreResult<T> {
    let doc: Value = serde_json::from_slice(bytes).map_err(|_| tampered(path))?;
    decode_value(key, kind, identity, doc, path)
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
    key: &DocKey,
    kind: &str,
    identity: &[&str],
    mut doc: Value,
    path: &Path,
) -> StoreResult<T> {
    let version = doc.get("FormatVersion").and_then(Value::as_u64);
    let legacy = version == Some(LEGACY_FORMAT) && key.accept_legacy;
    if version != Some(FORMAT_VERSION) && !legacy {
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
    let version = version.unwrap_or(FORMAT_VERSION);
    let generation = match doc.get("Generation") {
        Some(g) => g.as_u64().ok_or_else(|| tampered(path))?,
        None if version == LEGACY_FORMAT => 0,
        None => return Err(tampered(path)),
    };
    if !derive::verify(
        &key.mac_key,
        &key.parts(version, &generation.to_be_bytes(), kind, identity, &canon),
        &mac,
    ) {
        return Err(tampered(path));
    }
    serde_json::from_value(body).map_err(|_| tampered(path))
}

/// Encodes and atomically writes a document.
pub fn write<T: Serialize>(
    key: &DocKey,
    kind: &str,
    identity: &[&str],
    body: &T,
    path: &Path,
) -> StoreResult<()> {
    let g = key.generations.begin(path, false)?;
    let bytes = encode(key, g, kind, identity, body);
    fsutil::atomic_write_staged(&key.staging, path, &bytes).map_err(|e| io_error(path, e))?;
    key.generations.record(g, path, false)
}

/// Removes a document for good, as the next generation. Hold the lock.
pub fn remove(key: &DocKey, path: &Path) -> StoreResult<()> {
    if !path.exists() {
        return Ok(());
    }
    let g = key.generations.begin(path, true)?;
    fsutil::remove(path)?;
    key.generations.record(g, path, true)
}

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

use super::batch::Batch;
use super::canonical;
use super::error::{StoreError, StoreResult};
use super::generation::Generations;
use crate::crypto::{derive, random, secret::Key256};
use serde::{Serialize, de::DeserializeOwned};
use serde_json::Value;
use serde_json::value::RawValue;
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

    /// Where temp files are made before they are renamed into place.
    pub fn staging(&self) -> &Path {
        &self.staging
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

/// Serialises `body` as a MACed document of `kind`, written by generation `generation`. The body
/// is written in its canonical form (the bytes the MAC covers), so a reader verifies it without
/// re-encoding it; the envelope stays one member to a line.
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
    let kind_json = serde_json::to_string(kind).unwrap_or_default();
    let mut out = Vec::with_capacity(canon.len() + kind_json.len() + 160);
    out.extend_from_slice(
        format!("{{\n  \"FormatVersion\": {FORMAT_VERSION},\n  \"Generation\": {generation},\n  {kind_json}: ")
            .as_bytes(),
    );
    out.extend_from_slice(&canon);
    out.extend_from_slice(format!(",\n  \"Mac\": \"{}\"\n}}\n", random::to_hex(&mac)).as_bytes());
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
    decode_numbered(key, kind, identity, bytes, path).map(|(body, _)| body)
}

/// [`decode`], also returning the generation that wrote the document.
pub fn decode_numbered<T: DeserializeOwned>(
    key: &DocKey,
    kind: &str,
    identity: &[&str],
    bytes: &[u8],
    path: &Path,
) -> StoreResult<(T, u64)> {
    if let Some(found) = decode_canonical(key, kind, identity, bytes) {
        return found.ok_or_else(|| tampered(path));
    }
    let doc: Value = serde_json::from_slice(bytes).map_err(|_| tampered(path))?;
    decode_value_numbered(key, kind, identity, doc, path)
}

/// The fast path of [`decode`], for a document whose body is stored in canonical form (as
/// [`encode`] writes it): the MAC is checked over the stored bytes and the body parsed once,
/// straight into `T`. `None` when the document is not in that form (an older, indented one, or
/// one re-formatted by hand), which the slow path then re-encodes and checks.
fn decode_canonical<T: DeserializeOwned>(
    key: &DocKey,
    kind: &str,
    identity: &[&str],
    bytes: &[u8],
) -> Option<Option<(T, u64)>> {
    let members = serde_json::from_slice::<RawMembers<'_>>(bytes).ok()?.0;
    let member = |name: &str| members.iter().find(|(k, _)| *k == name).map(|(_, v)| *v);
    let version: u64 = serde_json::from_str(member("FormatVersion")?.get()).ok()?;
    let body = member(kind)?.get();
    // Canonical JSON has no line breaks outside strings, where they are escaped.
    if version != FORMAT_VERSION || body.contains('\n') {
        return None;
    }
    let generation: u64 = serde_json::from_str(member("Generation")?.get()).ok()?;
    let mac: &str = serde_json::from_str(member("Mac")?.get()).ok()?;
    let mac = random::from_hex(mac)?;
    let g = generation.to_be_bytes();
    let parts = key.parts(version, &g, kind, identity, body.as_bytes());
    if !derive::verify(&key.mac_key, &parts, &mac) {
        return None;
    }
    Some(serde_json::from_str(body).ok().map(|b| (b, generation)))
}

/// A JSON object's members, unparsed.
struct RawMembers<'a>(Vec<(&'a str, &'a RawValue)>);

impl<'de> serde::Deserialize<'de> for RawMembers<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = RawMembers<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut m: A,
            ) -> Result<Self::Value, A::Error> {
                let mut out = Vec::with_capacity(4);
                while let Some(entry) = m.next_entry()? {
                    out.push(entry);
                }
                Ok(RawMembers(out))
            }
        }
        d.deserialize_map(Visit)
    }
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
    doc: Value,
    path: &Path,
) -> StoreResult<T> {
    decode_value_numbered(key, kind, identity, doc, path).map(|(body, _)| body)
}

fn decode_value_numbered<T: DeserializeOwned>(
    key: &DocKey,
    kind: &str,
    identity: &[&str],
    mut doc: Value,
    path: &Path,
) -> StoreResult<(T, u64)> {
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
    let body = serde_json::from_value(body).map_err(|_| tampered(path))?;
    Ok((body, generation))
}

/// Encodes and atomically writes a document (a batch of one; see [`super::batch`]). Hold the
/// lock.
pub fn write<T: Serialize>(
    key: &DocKey,
    kind: &str,
    identity: &[&str],
    body: &T,
    path: &Path,
) -> StoreResult<()> {
    write_numbered(key, kind, identity, body, path).map(drop)
}

/// [`write`], returning the generation that wrote the document.
pub fn write_numbered<T: Serialize>(
    key: &DocKey,
    kind: &str,
    identity: &[&str],
    body: &T,
    path: &Path,
) -> StoreResult<u64> {
    let mut batch = Batch::new(key)?;
    batch.write(kind, identity, body, path)?;
    batch.commit()
}

/// Removes a document for good, as the next generation. Hold the lock.
pub fn remove(key: &DocKey, path: &Path) -> StoreResult<()> {
    if !path.exists() {
        return Ok(());
    }
    let mut batch = Batch::new(key)?;
    batch.remove(path);
    batch.commit().map(drop)
}

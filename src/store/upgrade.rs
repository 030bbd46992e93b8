//! Upgrading a keystore written by lkms 0.1: its documents (format 1) were MACed without the
//! keystore ID. Under the write lock, every format-1 document is verified with the old scheme and
//! rewritten in format 2; keystore.json goes last, so a crash part-way leaves a keystore that the
//! next open finishes upgrading (format-2 documents are skipped, format-1 ones still verified).

use super::document::{self, LEGACY_FORMAT};
use super::error::{StoreError, StoreResult, io_error};
use super::fsutil;
use super::keystore::Keystore;
use serde_json::Value;
use std::path::Path;

/// Upgrades every format-1 document of `ks`, then its configuration.
pub(super) fn run(ks: &Keystore) -> StoreResult<()> {
    let _lock = ks.lock()?;
    let legacy = ks.doc_key().legacy();
    for top in ["keys", "aliases"] {
        for region in fsutil::entries(&ks.dir().join(top))? {
            for file in fsutil::entries(&region.path())? {
                let name = file.file_name().to_string_lossy().into_owned();
                if name.ends_with(".json") && !name.starts_with('.') {
                    let region = region.file_name().to_string_lossy().into_owned();
                    upgrade_file(ks, &legacy, &file.path(), &region)?;
                }
            }
        }
    }
    let credentials = ks.dir().join("credentials.json");
    if credentials.exists() {
        upgrade_file(ks, &legacy, &credentials, "")?;
    }
    ks.write_config()
}

/// Rewrites one document in format 2 if it is in format 1.
fn upgrade_file(
    ks: &Keystore,
    legacy: &document::DocKey,
    path: &Path,
    region: &str,
) -> StoreResult<()> {
    let bytes = std::fs::read(path).map_err(|e| io_error(path, e))?;
    let doc: Value = serde_json::from_slice(&bytes).map_err(|_| {
        StoreError::Corrupt(format!("keystore file {} is not JSON", path.display()))
    })?;
    if doc["FormatVersion"].as_u64() != Some(LEGACY_FORMAT) {
        return Ok(());
    }
    let kind = ["Key", "Deletions", "Alias", "Credentials"]
        .into_iter()
        .find(|k| doc.get(*k).is_some())
        .ok_or_else(|| {
            StoreError::Corrupt(format!(
                "keystore file {} is no lkms document",
                path.display()
            ))
        })?;
    let owned = |member: &str| doc[kind][member].as_str().unwrap_or_default().to_string();
    let identity: Vec<String> = match kind {
        "Key" => vec![region.to_string(), owned("KeyId")],
        "Alias" => vec![region.to_string(), owned("AliasName")],
        "Deletions" => vec![region.to_string()],
        _ => Vec::new(),
    };
    let identity: Vec<&str> = identity.iter().map(String::as_str).collect();
    let body: Value = document::decode_value(legacy, kind, &identity, doc, path)?;
    document::write(ks.doc_key(), kind, &identity, &body, path)
}

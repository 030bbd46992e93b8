//! Alias documents: `aliases/<region>/<sha256 of the name>.json`, one per alias.
//!
//! Hashing the name gives a fixed-length file name that is safe on every filesystem (alias
//! names may hold `/` and `:` and differ only in case), and resolving an alias reads one file.

use super::Keystore;
use super::document;
use super::error::io_error;
use super::error::{StoreError, StoreResult};
use super::fsutil;
use crate::crypto::random;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::PathBuf;

const ALIAS_KIND: &str = "Alias";

/// Everything lkms keeps about one alias.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct AliasRecord {
    /// The full name, `alias/…`.
    pub alias_name: String,
    /// The key ID it points to.
    pub target_key_id: String,
    /// When it was created, epoch milliseconds.
    pub creation_date: i64,
    /// When it was last pointed at a key, epoch milliseconds.
    pub last_updated_date: i64,
}

impl Keystore {
    fn alias_dir(&self, region: &str) -> PathBuf {
        self.dir().join("aliases").join(region)
    }

    fn alias_path(&self, region: &str, name: &str) -> PathBuf {
        let digest = Sha256::digest(name.as_bytes());
        self.alias_dir(region)
            .join(format!("{}.json", random::to_hex(&digest)))
    }

    /// Reads an alias; `None` if it does not exist in `region`.
    pub fn load_alias(&self, region: &str, name: &str) -> StoreResult<Option<AliasRecord>> {
        let path = self.alias_path(region, name);
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(io_error(&path, e)),
        };
        let rec: AliasRecord =
            document::decode(self.doc_key(), ALIAS_KIND, &[region, name], &bytes, &path)?;
        Ok(Some(rec))
    }

    /// Writes an alias atomically. Hold the lock.
    pub fn write_alias(&self, region: &str, rec: &AliasRecord) -> StoreResult<()> {
        let dir = self.alias_dir(region);
        fsutil::private_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
        let path = self.alias_path(region, &rec.alias_name);
        document::write(
            self.doc_key(),
            ALIAS_KIND,
            &[region, &rec.alias_name],
            rec,
            &path,
        )
    }

    /// Removes an alias. Hold the lock.
    pub fn delete_alias(&self, region: &str, name: &str) -> StoreResult<()> {
        document::remove(self.doc_key(), &self.alias_path(region, name))
    }

    /// Every alias in `region`, sorted by name. Reads every alias document.
    pub fn list_aliases(&self, region: &str) -> StoreResult<Vec<AliasRecord>> {
        let dir = self.alias_dir(region);
        let mut out = Vec::new();
        for entry in fsutil::entries(&dir)? {
            let path = entry.path();
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') || !name.ends_with(".json") {
                continue;
            }
            let bytes = std::fs::read(&path).map_err(|e| io_error(&path, e))?;
            // The identity is the alias name inside; verify with it, then check the file name.
            let doc: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
            let claimed = doc[ALIAS_KIND]["AliasName"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            let rec: AliasRecord = document::decode_value(
                self.doc_key(),
                ALIAS_KIND,
                &[region, &claimed],
                doc,
                &path,
            )?;
            if self.alias_path(region, &rec.alias_name) != path {
                return Err(StoreError::Corrupt(format!(
                    "keystore file {} holds alias {} under another name",
                    path.display(),
                    rec.alias_name
                )));
            }
            out.push(rec);
        }
        out.sort_by(|a, b| a.alias_name.cmp(&b.alias_name));
        Ok(out)
    }
}

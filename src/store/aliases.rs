//! Alias documents: `aliases/<region>/<sha256 of the name>.json`, one per alias.
//!
//! Hashing the name gives a fixed-length file name that is safe on every filesystem (alias
//! names may hold `/` and `:` and differ only in case), and resolving an alias reads one file.

use super::Keystore;
use super::document;
use super::error::io_error;
use super::error::{StoreError, StoreResult};
use super::fsutil;
use super::index::IndexTx;
use crate::crypto::random;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

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

/// The hex SHA-256 of an alias name: its document's file name without `.json`.
pub(super) fn name_hash(name: &str) -> String {
    random::to_hex(&Sha256::digest(name.as_bytes()))
}

impl Keystore {
    pub(super) fn alias_dir(&self, region: &str) -> PathBuf {
        self.dir().join("aliases").join(region)
    }

    pub(super) fn alias_path(&self, region: &str, name: &str) -> PathBuf {
        self.alias_dir(region)
            .join(format!("{}.json", name_hash(name)))
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

    /// Writes an alias atomically, and the region's index. Hold the lock.
    pub fn write_alias(&self, region: &str, rec: &AliasRecord) -> StoreResult<()> {
        let dir = self.alias_dir(region);
        fsutil::private_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
        let path = self.alias_path(region, &rec.alias_name);
        let mut tx = IndexTx::begin(self, region)?;
        let identity = [region, rec.alias_name.as_str()];
        tx.batch().write(ALIAS_KIND, &identity, rec, &path)?;
        tx.put_alias(rec)?;
        tx.commit().map(drop)
    }

    /// Writes many new aliases in one batch (one flush) and lists them: for filling a keystore
    /// in bulk. Their targets are not checked. Hold the lock.
    pub fn write_aliases(&self, region: &str, recs: &[AliasRecord]) -> StoreResult<()> {
        let dir = self.alias_dir(region);
        fsutil::private_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
        let mut tx = IndexTx::begin(self, region)?;
        for rec in recs {
            let path = self.alias_path(region, &rec.alias_name);
            let identity = [region, rec.alias_name.as_str()];
            tx.batch().write(ALIAS_KIND, &identity, rec, &path)?;
        }
        tx.put_aliases(recs)?;
        tx.commit().map(drop)
    }

    /// Removes an alias, and unlists it. Hold the lock.
    pub fn delete_alias(&self, region: &str, name: &str) -> StoreResult<()> {
        let mut tx = IndexTx::begin(self, region)?;
        tx.batch().remove(&self.alias_path(region, name));
        tx.remove_alias(name)?;
        tx.commit().map(drop)
    }

    /// Every alias in `region`, sorted by name (from the region's index).
    pub fn list_aliases(&self, region: &str) -> StoreResult<Vec<AliasRecord>> {
        self.index(region)?.aliases_from(self, "", usize::MAX)
    }

    /// Reads and verifies the alias document at `path` (in `region`'s alias directory), whose
    /// name is known only from inside it; `None` if there is no such document.
    pub(super) fn read_alias_file(
        &self,
        region: &str,
        path: &Path,
    ) -> StoreResult<Option<AliasRecord>> {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if name.starts_with('.') || !name.ends_with(".json") {
            return Ok(None);
        }
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(io_error(path, e)),
        };
        // The identity is the alias name inside; verify with it, then check the file name.
        let doc: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
        let claimed = doc[ALIAS_KIND]["AliasName"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let rec: AliasRecord = document::decode(
            self.doc_key(),
            ALIAS_KIND,
            &[region, &claimed],
            &bytes,
            path,
        )?;
        if self.alias_path(region, &rec.alias_name) != path {
            return Err(StoreError::Corrupt(format!(
                "keystore file {} holds alias {} under another name",
                path.display(),
                rec.alias_name
            )));
        }
        Ok(Some(rec))
    }
}

//! Grant documents: `grants/<region>/<key-id>.json`, one per key that has grants, MACed like
//! every other document and bound to its region and key, so a grant list cannot be moved to
//! another key. The store keeps the grants as the steps give them (any serde type): it knows
//! nothing of what a grant allows.

use super::Keystore;
use super::document;
use super::error::{StoreResult, io_error};
use super::fsutil;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::path::PathBuf;

const KIND: &str = "Grants";

impl Keystore {
    fn grants_dir(&self, region: &str) -> PathBuf {
        self.dir().join("grants").join(region)
    }

    fn grants_path(&self, region: &str, key_id: &str) -> PathBuf {
        self.grants_dir(region).join(format!("{key_id}.json"))
    }

    /// The grants of a key (none when it has no grant document).
    pub fn load_grants<T: DeserializeOwned>(
        &self,
        region: &str,
        key_id: &str,
    ) -> StoreResult<Vec<T>> {
        match self.read_grants(region, key_id)? {
            Some(bytes) => self.decode_grants(region, key_id, &bytes),
            None => Ok(Vec::new()),
        }
    }

    /// The grant document of a key as stored, unverified; `None` when it has none. (A reader
    /// that keeps what [`Self::decode_grants`] made of the same bytes need not verify again.)
    pub fn read_grants(&self, region: &str, key_id: &str) -> StoreResult<Option<Vec<u8>>> {
        let path = self.grants_path(region, key_id);
        match std::fs::read(&path) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io_error(&path, e)),
        }
    }

    /// Verifies and reads a grant document of a key, as [`Self::read_grants`] returned it.
    pub fn decode_grants<T: DeserializeOwned>(
        &self,
        region: &str,
        key_id: &str,
        bytes: &[u8],
    ) -> StoreResult<Vec<T>> {
        let path = self.grants_path(region, key_id);
        document::decode(self.doc_key(), KIND, &[region, key_id], bytes, &path)
    }

    /// Replaces the grants of a key; an empty list removes the document. Hold the lock.
    pub fn write_grants<T: Serialize>(
        &self,
        region: &str,
        key_id: &str,
        grants: &[T],
    ) -> StoreResult<()> {
        let path = self.grants_path(region, key_id);
        if grants.is_empty() {
            return document::remove(self.doc_key(), &path);
        }
        let dir = self.grants_dir(region);
        fsutil::private_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
        document::write(self.doc_key(), KIND, &[region, key_id], &grants, &path)
    }

    /// The IDs of the keys in `region` that have grants, sorted.
    pub fn list_keys_with_grants(&self, region: &str) -> StoreResult<Vec<String>> {
        let mut ids: Vec<String> = fsutil::entries(&self.grants_dir(region))?
            .into_iter()
            .filter_map(|e| {
                let name = e.file_name().into_string().ok()?;
                let id = name.strip_suffix(".json")?;
                crate::model::is_key_id(id).then(|| id.to_string())
            })
            .collect();
        ids.sort_unstable();
        Ok(ids)
    }
}

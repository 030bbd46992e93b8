//! Key documents and the region's key index: writing, removing and listing keys.

use super::document;
use super::error::{StoreResult, io_error};
use super::fsutil;
use super::index::{INDEX_DIR, IndexTx, LAG};
use super::keyrecord::KeyRecord;
use super::keystore::{KEY_KIND, Keystore};

impl Keystore {
    /// Rewrites an existing key's document atomically. Hold [`Keystore::lock`] around
    /// read-modify-write. (A new key goes through [`Keystore::create_key`], which lists it.)
    pub fn write_key(&self, region: &str, rec: &KeyRecord) -> StoreResult<()> {
        let dir = self.key_dir(region);
        fsutil::private_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
        let path = self.key_path(region, &rec.key_id);
        let identity = [region, rec.key_id.as_str()];
        let g = document::write_numbered(self.doc_key(), KEY_KIND, &identity, rec, &path)?;
        self.keep_indexes_near(g);
        Ok(())
    }

    /// Writes a new key's document and lists it, for a caller that already holds the lock
    /// (ReplicateKey); [`Keystore::create_key`] takes the lock itself and writes concurrent
    /// creations together. A new key written with [`Keystore::write_key`] is listed too, once
    /// the journal is replayed, but this lists it at once.
    pub fn create_key_locked(&self, region: &str, rec: &KeyRecord) -> StoreResult<()> {
        let dir = self.key_dir(region);
        fsutil::private_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
        let mut tx = IndexTx::begin(self, region)?;
        let identity = [region, rec.key_id.as_str()];
        let path = self.key_path(region, &rec.key_id);
        tx.batch().write(KEY_KIND, &identity, rec, &path)?;
        tx.add_key(&rec.key_id)?;
        tx.commit().map(drop)
    }

    /// Removes a key's document for good, and unlists it. Hold the lock.
    pub fn delete_key(&self, region: &str, key_id: &str) -> StoreResult<()> {
        let mut tx = IndexTx::begin(self, region)?;
        tx.batch().remove(&self.key_path(region, key_id));
        tx.remove_key(key_id)?;
        tx.commit().map(drop)
    }

    /// Removes a key's aliases and then its document, in one batch, and unlists them all;
    /// returns the names of the aliases removed. Hold the lock.
    pub fn delete_key_and_aliases(&self, region: &str, key_id: &str) -> StoreResult<Vec<String>> {
        let mut tx = IndexTx::begin(self, region)?;
        let names: Vec<String> = tx
            .aliases_of(key_id)?
            .into_iter()
            .map(|a| a.alias_name)
            .collect();
        for name in &names {
            let path = self.alias_path(region, name);
            tx.batch().remove(&path);
            tx.remove_alias(name)?;
        }
        tx.batch().remove(&self.key_path(region, key_id));
        tx.remove_key(key_id)?;
        tx.commit()?;
        Ok(names)
    }

    /// The IDs of all keys stored for `region`, sorted (from the region's index).
    pub fn list_key_ids(&self, region: &str) -> StoreResult<Vec<String>> {
        self.index(region)?.keys_from(self, "", usize::MAX)
    }

    /// Keeps every region's index manifest within [`LAG`] generations of the journal, so that
    /// readers replay few lines: called after writes that do not touch an index, it rewrites
    /// the manifests once every [`LAG`] generations. Best effort: the write it follows stands
    /// either way. Hold the lock.
    pub(super) fn keep_indexes_near(&self, generation: u64) {
        if !generation.is_multiple_of(LAG) {
            return;
        }
        let Ok(regions) = fsutil::entries(&self.dir().join(INDEX_DIR)) else {
            return;
        };
        for region in regions {
            let name = region.file_name().to_string_lossy().into_owned();
            if let Ok(tx) = IndexTx::begin(self, &name) {
                let _ = tx.commit();
            }
        }
    }
}

//! Reading chunks, through a cache every reader of the keystore in this process shares.

use super::rows::{ChunkBody, ChunkRef, Row};
use super::{CHUNK_KIND, INDEX_DIR};
use crate::store::document;
use crate::store::error::{StoreError, StoreResult, io_error};
use crate::store::keystore::Keystore;
use std::any::Any;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// True when a reader failed because a chunk of the manifest it read has been replaced and
/// removed since: it should read the index again.
pub fn is_stale(e: &StoreError) -> bool {
    matches!(e, StoreError::Io { path, source }
        if source.kind() == std::io::ErrorKind::NotFound
            && path.parent().and_then(Path::parent).is_some_and(|p| p.ends_with(INDEX_DIR)))
}

/// The file name of chunk `id` of `table`.
pub(super) fn chunk_file(table: &str, id: &str) -> String {
    format!("{table}.{id}.json")
}

/// Loaded chunks, shared by every reader of the keystore in this process. Chunks never change
/// (a change writes a new one), so a chunk found here is always current.
pub struct ChunkCache(Mutex<lru::LruCache<PathBuf, Arc<dyn Any + Send + Sync>>>);

/// Chunks kept in memory: enough for a listing to walk a table, small enough for a server.
const CACHED_CHUNKS: usize = 128;

impl Default for ChunkCache {
    fn default() -> Self {
        let n = std::num::NonZeroUsize::new(CACHED_CHUNKS).unwrap_or(std::num::NonZeroUsize::MIN);
        Self(Mutex::new(lru::LruCache::new(n)))
    }
}

impl std::fmt::Debug for ChunkCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ChunkCache")
    }
}

impl Keystore {
    /// A chunk of `region`'s index, verified against its entry in the manifest.
    pub(super) fn index_chunk<R: Row>(
        &self,
        region: &str,
        c: &ChunkRef,
    ) -> StoreResult<Arc<Vec<R>>> {
        let path = self.index_dir(region).join(chunk_file(R::TABLE, &c.0));
        let cache = &self.chunk_cache().0;
        let lock = || cache.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(hit) = lock().get(&path).cloned()
            && let Ok(rows) = hit.downcast::<Vec<R>>()
        {
            return Ok(rows);
        }
        let rows = read_chunk::<R>(self, region, c, &path)?;
        lock().put(path, rows.clone());
        Ok(rows)
    }
}

fn read_chunk<R: Row>(
    store: &Keystore,
    region: &str,
    c: &ChunkRef,
    path: &Path,
) -> StoreResult<Arc<Vec<R>>> {
    let bytes = std::fs::read(path).map_err(|e| io_error(path, e))?;
    let (body, generation) = document::decode_numbered::<ChunkBody<Vec<R>>>(
        store.doc_key(),
        CHUNK_KIND,
        &[region, R::TABLE, &c.0],
        &bytes,
        path,
    )?;
    if generation != c.3 || body.entries.len() != c.2 {
        return Err(StoreError::Corrupt(format!(
            "index chunk {} does not match the index's manifest; run `lkms keystore check \
             --repair`",
            path.display()
        )));
    }
    Ok(Arc::new(body.entries))
}

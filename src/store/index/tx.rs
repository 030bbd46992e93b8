//! A writer's view of a region's index: documents and index changes staged in one batch, so the
//! documents are put in place first and the index after them (see [`super`]).

use super::table::Part;
use super::{
    CHUNK_KIND, ChunkBody, ChunkRef, Index, KeyRow, LAG, MANIFEST, MANIFEST_KIND, Manifest, Row,
    Table, chunk_file,
};
use crate::crypto::random;
use crate::store::aliases::AliasRecord;
use crate::store::batch::Batch;
use crate::store::error::{StoreResult, io_error};
use crate::store::fsutil;
use crate::store::keystore::Keystore;
use std::path::PathBuf;

/// Changes to a region's documents and its index, committed together. Hold the keystore lock
/// from [`IndexTx::begin`] to [`IndexTx::commit`].
pub struct IndexTx<'a> {
    store: &'a Keystore,
    index: Index,
    batch: Batch<'a>,
    /// Chunk files a stopped writer left: removed with this commit.
    orphans: Vec<PathBuf>,
    /// The files of an index being rebuilt: removed once the new manifest is written.
    old_files: Vec<PathBuf>,
}

impl<'a> IndexTx<'a> {
    /// Starts changes to `region`: its index read and brought up to date. Hold the lock.
    pub fn begin(store: &'a Keystore, region: &str) -> StoreResult<Self> {
        let batch = Batch::new(store.doc_key())?;
        let (index, orphans) = Index::load(store, region, true)?;
        Ok(Self {
            store,
            index,
            batch,
            orphans,
            old_files: Vec::new(),
        })
    }

    /// The batch the documents of this change are written in (before the index).
    pub fn batch(&mut self) -> &mut Batch<'a> {
        &mut self.batch
    }

    /// The index as it stands with the changes made so far.
    pub fn index(&self) -> &Index {
        &self.index
    }

    /// Starts a rebuild of `region`'s index from its documents, whatever state the old one is
    /// in: every chunk is written anew, and `old_files` are removed after the new manifest.
    /// Hold the lock.
    pub(super) fn begin_rebuilt(
        store: &'a Keystore,
        region: &str,
        old_files: Vec<PathBuf>,
    ) -> StoreResult<Self> {
        let batch = Batch::new(store.doc_key())?;
        let end = batch.next_generation() - 1;
        Ok(Self {
            store,
            index: super::build::rebuild(store, region, end)?,
            batch,
            orphans: Vec::new(),
            old_files,
        })
    }

    /// Lists key `key_id`.
    pub fn add_key(&mut self, key_id: &str) -> StoreResult<()> {
        let src = self.index.src_owned(self.store);
        let row = Some(KeyRow(key_id.to_string()));
        self.index.keys.edit(&src.get(), key_id, row)
    }

    /// Unlists key `key_id`.
    pub fn remove_key(&mut self, key_id: &str) -> StoreResult<()> {
        let src = self.index.src_owned(self.store);
        self.index.keys.edit(&src.get(), key_id, None)
    }

    /// Lists (or updates) an alias.
    pub fn put_alias(&mut self, rec: &AliasRecord) -> StoreResult<()> {
        self.index.put_alias(self.store, rec)
    }

    /// Lists (or updates) many aliases at once: the alias tables are rebuilt whole, once.
    pub fn put_aliases(&mut self, recs: &[AliasRecord]) -> StoreResult<()> {
        let src = self.index.src_owned(self.store);
        for rec in recs {
            if let Some(old) = self.index.aliases.get(&src.get(), &rec.alias_name)?
                && old.1 != rec.target_key_id
            {
                let stale = super::target_key(&old.1, &rec.alias_name);
                self.index.targets.edit(&src.get(), &stale, None)?;
            }
        }
        let rows = recs.iter().map(super::AliasRow::of).collect();
        self.index.aliases.merge_rows(&src.get(), rows)?;
        let targets = recs.iter().map(super::TargetRow::of).collect();
        self.index.targets.merge_rows(&src.get(), targets)
    }

    /// Unlists alias `name`.
    pub fn remove_alias(&mut self, name: &str) -> StoreResult<()> {
        self.index.remove_alias(self.store, name)
    }

    /// Every alias of key `key_id`.
    pub fn aliases_of(&self, key_id: &str) -> StoreResult<Vec<AliasRecord>> {
        self.index.aliases_of(self.store, key_id, "", usize::MAX)
    }

    /// Writes the staged documents, then the changed chunks and the manifest; returns the last
    /// generation written.
    pub fn commit(mut self) -> StoreResult<u64> {
        let index = &mut self.index;
        let dirty = index.rebuilt
            || !self.orphans.is_empty()
            || self
                .batch
                .next_generation()
                .saturating_sub(index.generation)
                > LAG
            || changed(&index.keys)
            || changed(&index.aliases)
            || changed(&index.targets);
        if !dirty {
            return self.batch.commit();
        }
        let dir = self.store.index_dir(&index.region);
        fsutil::private_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
        let src = index.src_owned(self.store);
        index.keys.merge_small(&src.get())?;
        index.aliases.merge_small(&src.get())?;
        index.targets.merge_small(&src.get())?;
        let region = index.region.clone();
        // First what no manifest will list: the chunks the last manifest retired (kept for
        // readers of the one before it) and those a stopped writer left. Removed before the new
        // manifest, so a writer stopped here leaves nothing unlisted behind.
        for file in std::mem::take(&mut index.retired) {
            self.batch.remove(&dir.join(file));
        }
        for path in std::mem::take(&mut self.orphans) {
            self.batch.remove(&path);
        }
        let keys = write_table(&mut self.batch, &region, &dir, &mut index.keys)?;
        let aliases = write_table(&mut self.batch, &region, &dir, &mut index.aliases)?;
        let targets = write_table(&mut self.batch, &region, &dir, &mut index.targets)?;
        // The chunks this manifest stops listing stay until the next one, for its readers.
        let mut retired = replaced(&mut index.keys);
        retired.extend(replaced(&mut index.aliases));
        retired.extend(replaced(&mut index.targets));
        let manifest = Manifest {
            keys,
            aliases,
            targets,
            retired,
        };
        self.batch
            .write(MANIFEST_KIND, &[&region], &manifest, &dir.join(MANIFEST))?;
        for path in std::mem::take(&mut self.old_files) {
            self.batch.remove(&path);
        }
        self.batch.commit()
    }
}

fn changed<R: Row>(t: &Table<R>) -> bool {
    !t.replaced.is_empty() || t.parts.iter().any(|p| matches!(p, Part::Fresh(_)))
}

/// The file names of the chunks a table stopped using.
fn replaced<R: Row>(t: &mut Table<R>) -> Vec<String> {
    std::mem::take(&mut t.replaced)
        .into_iter()
        .map(|id| chunk_file(R::TABLE, &id))
        .collect()
}

/// Stages every chunk changed in memory as a new chunk file; returns the table's chunk list.
fn write_table<R: Row>(
    batch: &mut Batch,
    region: &str,
    dir: &std::path::Path,
    table: &mut Table<R>,
) -> StoreResult<Vec<ChunkRef>> {
    let mut refs = Vec::with_capacity(table.parts.len());
    for part in &mut table.parts {
        if let Part::Fresh(rows) = part {
            let id = random::to_hex(&random::bytes(8));
            let first = rows
                .first()
                .map(|r| r.key().to_string())
                .unwrap_or_default();
            let c = ChunkRef(id, first, rows.len(), batch.next_generation());
            let body = ChunkBody {
                entries: rows.as_slice(),
            };
            let path = dir.join(chunk_file(R::TABLE, &c.0));
            batch.write(CHUNK_KIND, &[region, R::TABLE, &c.0], &body, &path)?;
            *part = Part::Stored(c);
        }
        if let Part::Stored(c) = part {
            refs.push(c.clone());
        }
    }
    Ok(refs)
}

//! Region indexes, so that listing keys and aliases costs what the page costs, not what the
//! region holds: the region's key IDs, its aliases by name, and its aliases by target key, each
//! a table of sorted rows cut into chunks of at most [`table::CHUNK_MAX`] rows.
//!
//! ```text
//! index/<region>/manifest.json            the chunks of each table: ID, first key, rows, generation
//! index/<region>/<table>.<chunk-id>.json  one chunk: its rows
//! ```
//!
//! Both are MACed documents, written through [`super::batch`] like every other, so they are
//! journaled and bound to their region, table and chunk. Chunks are never rewritten: a change
//! writes the changed chunks under new IDs and then the manifest, so a reader that read a
//! manifest reads chunks that match it. A replaced chunk stays until the manifest after next;
//! a reader slower than that finds it gone, reads the manifest again and goes on from where it
//! was (see [`is_stale`]).
//!
//! The key and alias documents stay the truth; the index is derived from them. The manifest's
//! generation says which writes it reflects: every journal line after it that names a key or
//! alias file of the region is replayed by whoever reads the index — a reader keeps the result
//! in memory, a writer (holding the lock) writes it — so an index left behind by a writer that
//! stopped between a document and the index heals itself. Writers keep the manifest within
//! [`LAG`] generations of the journal so that replays stay short. A missing or damaged index is
//! rebuilt from the documents (`keystore check` reports it; `--repair` writes it).

mod build;
mod chunks;
mod rows;
mod table;
mod tx;
mod verify;

use super::aliases::AliasRecord;
use super::document;
use super::error::{StoreResult, io_error};
use super::generation::Entry;
use super::keystore::Keystore;
use chunks::chunk_file;
pub use chunks::{ChunkCache, is_stale};
pub use rows::{AliasRow, ChunkRef, KeyRow, Row, TargetRow};
use rows::{ChunkBody, Manifest, target_key};
use std::collections::BTreeMap;
use std::path::PathBuf;
use table::Source;
pub use table::Table;
pub use tx::IndexTx;
pub use verify::IndexReport;

/// The directory of the indexes, in the keystore directory.
pub const INDEX_DIR: &str = "index";
const MANIFEST: &str = "manifest.json";
/// The document kind of a manifest (identity: the region).
pub const MANIFEST_KIND: &str = "Index";
/// The document kind of a chunk (identity: region, table, chunk ID).
pub const CHUNK_KIND: &str = "IndexChunk";
/// How far the journal may run ahead of a manifest before a writer rewrites it anyway.
pub const LAG: u64 = 256;

/// A region's index as one reader (or one writer) sees it.
pub struct Index {
    region: String,
    /// The generation of the manifest it was read from (the journal's end when rebuilt).
    generation: u64,
    keys: Table<KeyRow>,
    aliases: Table<AliasRow>,
    targets: Table<TargetRow>,
    retired: Vec<String>,
    /// Built from the documents: there was no manifest, or it failed its check.
    rebuilt: bool,
    /// The chunk files the manifest on disk lists or retires.
    on_disk: std::collections::HashSet<String>,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Index({}, generation {})", self.region, self.generation)
    }
}

impl Index {
    fn src<'a>(&'a self, store: &'a Keystore) -> Source<'a> {
        Source {
            store,
            region: &self.region,
        }
    }

    /// Reads the index of `region`, brought up to date with the journal. A writer (`writer`,
    /// holding the lock) folds every change into the chunks; a reader keeps key changes aside.
    /// Also returns the chunk files a stopped writer left unlisted, and whether anything
    /// changed.
    fn load(store: &Keystore, region: &str, writer: bool) -> StoreResult<(Self, Vec<PathBuf>)> {
        let gens = store.doc_key().generations();
        let end = gens.tail()?.0;
        let path = store.index_dir(region).join(MANIFEST);
        let read = match std::fs::read(&path) {
            Ok(bytes) => document::decode_numbered::<Manifest>(
                store.doc_key(),
                MANIFEST_KIND,
                &[region],
                &bytes,
                &path,
            )
            .ok(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(io_error(&path, e)),
        };
        let Some((m, generation)) = read else {
            return Ok((build::rebuild(store, region, end)?, Vec::new()));
        };
        let on_disk = [
            (KeyRow::TABLE, &m.keys),
            (AliasRow::TABLE, &m.aliases),
            (TargetRow::TABLE, &m.targets),
        ]
        .into_iter()
        .flat_map(|(table, refs)| refs.iter().map(move |c| chunk_file(table, &c.0)))
        .chain(m.retired.iter().cloned())
        .collect();
        let mut index = Self {
            on_disk,
            region: region.to_string(),
            generation,
            keys: Table::stored(m.keys),
            aliases: Table::stored(m.aliases),
            targets: Table::stored(m.targets),
            retired: m.retired,
            rebuilt: false,
        };
        let orphans = if end > generation {
            index.catch_up(store, &gens.entries_after(generation)?, writer)?
        } else {
            Vec::new()
        };
        Ok((index, orphans))
    }

    /// Replays journal lines written after the manifest; returns the chunk files among them
    /// that no manifest lists (a writer stopped before its manifest).
    fn catch_up(
        &mut self,
        store: &Keystore,
        lines: &[Entry],
        writer: bool,
    ) -> StoreResult<Vec<PathBuf>> {
        let mut latest: BTreeMap<&str, bool> = BTreeMap::new();
        for e in lines {
            latest.insert(&e.path, e.removed);
        }
        let mut orphans = Vec::new();
        let src = self.src_owned(store);
        for (rel, removed) in latest {
            let parts: Vec<&str> = rel.split('/').collect();
            match parts[..] {
                ["keys", r, file] if r == self.region => {
                    let Some(id) = file.strip_suffix(".json") else {
                        continue;
                    };
                    if !crate::model::is_key_id(id) {
                        continue;
                    }
                    let present = store.dir().join(rel).exists();
                    let row = present.then(|| KeyRow(id.to_string()));
                    if writer {
                        self.keys.edit(&src.get(), id, row)?;
                    } else {
                        self.keys.note(id.to_string(), row);
                    }
                }
                ["aliases", r, file] if r == self.region => self.alias_file_changed(store, file)?,
                [INDEX_DIR, r, file] if r == self.region && writer && !removed => {
                    let path = store.dir().join(rel);
                    if file != MANIFEST && !self.lists(file) && path.exists() {
                        orphans.push(path);
                    }
                }
                _ => {}
            }
        }
        if writer {
            self.keys.fold(&src.get())?;
        }
        Ok(orphans)
    }

    /// A source that does not borrow the index (so its tables can be edited meanwhile).
    fn src_owned<'a>(&self, store: &'a Keystore) -> OwnedSource<'a> {
        OwnedSource {
            store,
            region: self.region.clone(),
        }
    }

    /// True if the manifest on disk lists or retires the chunk file `file`.
    fn lists(&self, file: &str) -> bool {
        self.on_disk.contains(file)
    }

    /// Replays a change of the alias file `file` (named by the hash of the alias name).
    fn alias_file_changed(&mut self, store: &Keystore, file: &str) -> StoreResult<()> {
        let path = store.alias_dir(&self.region).join(file);
        if let Some(rec) = store.read_alias_file(&self.region, &path)? {
            return self.put_alias(store, &rec);
        }
        let Some(hash) = file.strip_suffix(".json") else {
            return Ok(());
        };
        // Gone: which alias it was is known only by its hash (rare: a writer stopped between
        // removing an alias and updating the index).
        let src = self.src(store);
        let gone = self
            .aliases
            .all(&src)?
            .into_iter()
            .find(|row| super::aliases::name_hash(&row.0) == hash);
        if let Some(row) = gone {
            self.remove_alias(store, &row.0)?;
        }
        Ok(())
    }

    fn put_alias(&mut self, store: &Keystore, rec: &AliasRecord) -> StoreResult<()> {
        let src = self.src_owned(store);
        let name = &rec.alias_name;
        if let Some(old) = self.aliases.get(&src.get(), name)?
            && old.1 != rec.target_key_id
        {
            self.targets
                .edit(&src.get(), &target_key(&old.1, name), None)?;
        }
        let row = AliasRow::of(rec);
        self.aliases.edit(&src.get(), name, Some(row))?;
        let target = TargetRow::of(rec);
        let key = target.0.clone();
        self.targets.edit(&src.get(), &key, Some(target))
    }

    fn remove_alias(&mut self, store: &Keystore, name: &str) -> StoreResult<()> {
        let src = self.src_owned(store);
        if let Some(old) = self.aliases.get(&src.get(), name)? {
            self.aliases.edit(&src.get(), name, None)?;
            self.targets
                .edit(&src.get(), &target_key(&old.1, name), None)?;
        }
        Ok(())
    }

    /// Up to `n` key IDs from `start` on, in order.
    pub fn keys_from(&self, store: &Keystore, start: &str, n: usize) -> StoreResult<Vec<String>> {
        let rows = self.keys.from(&self.src(store), start, n)?;
        Ok(rows.into_iter().map(|r| r.0).collect())
    }

    /// How many keys the region holds.
    pub fn key_count(&self, store: &Keystore) -> StoreResult<usize> {
        self.keys.len(&self.src(store))
    }

    /// Up to `n` aliases whose name is `start` or after, in order of name.
    pub fn aliases_from(
        &self,
        store: &Keystore,
        start: &str,
        n: usize,
    ) -> StoreResult<Vec<AliasRecord>> {
        let rows = self.aliases.from(&self.src(store), start, n)?;
        Ok(rows.into_iter().map(AliasRow::record).collect())
    }

    /// Up to `n` aliases of key `key_id` whose name is `start` or after, in order of name.
    pub fn aliases_of(
        &self,
        store: &Keystore,
        key_id: &str,
        start: &str,
        n: usize,
    ) -> StoreResult<Vec<AliasRecord>> {
        let prefix = target_key(key_id, "");
        let from = target_key(key_id, start);
        let rows = self
            .targets
            .scan(&self.src(store), &from, |k| k.starts_with(&prefix), n)?;
        Ok(rows.into_iter().map(TargetRow::record).collect())
    }

    /// The alias `name` as the index has it.
    pub fn alias(&self, store: &Keystore, name: &str) -> StoreResult<Option<AliasRecord>> {
        Ok(self
            .aliases
            .get(&self.src(store), name)?
            .map(AliasRow::record))
    }
}

/// A [`Source`] that owns the region name.
struct OwnedSource<'a> {
    store: &'a Keystore,
    region: String,
}

impl OwnedSource<'_> {
    fn get(&self) -> Source<'_> {
        Source {
            store: self.store,
            region: &self.region,
        }
    }
}

impl Keystore {
    /// The directory of `region`'s index.
    pub(super) fn index_dir(&self, region: &str) -> PathBuf {
        self.dir().join(INDEX_DIR).join(region)
    }

    /// The index of `region`, up to date with the documents (see the module documentation).
    /// Do not hold the lock: a reader never writes.
    pub fn index(&self, region: &str) -> StoreResult<Index> {
        Ok(Index::load(self, region, false)?.0)
    }
}

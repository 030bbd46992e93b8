//! One table of a region's index: rows sorted by key, cut into chunks. A table read from disk
//! holds only its chunk list; rows are loaded chunk by chunk as a reader walks them (through
//! the keystore's chunk cache). Edits replace whole chunks in memory; a transaction writes
//! them as new chunk files (see [`super::tx`]).

use super::{ChunkRef, Row};
use crate::store::error::StoreResult;
use crate::store::keystore::Keystore;
use std::collections::BTreeMap;
use std::ops::Bound;
use std::sync::Arc;

/// A chunk grows to this many rows, then splits in two.
pub const CHUNK_MAX: usize = 1000;
/// A changed chunk below this many rows is merged with its neighbour.
const CHUNK_MIN: usize = 125;
/// Rows to a chunk when a table is built whole (room to grow before the first split).
pub const CHUNK_BUILD: usize = 800;

/// A run of rows: a chunk on disk, or rows changed in memory and not yet written.
#[derive(Clone)]
pub(super) enum Part<R> {
    Stored(ChunkRef),
    Fresh(Arc<Vec<R>>),
}

/// Where a table's chunks come from.
pub(super) struct Source<'a> {
    pub store: &'a Keystore,
    pub region: &'a str,
}

/// A sorted table of rows.
#[derive(Clone)]
pub struct Table<R: Row> {
    pub(super) parts: Vec<Part<R>>,
    /// Rows known to have changed since the chunks were written — present, or gone — kept
    /// beside them by readers, which do not rewrite chunks.
    pub(super) overlay: BTreeMap<String, Option<R>>,
    /// Chunks on disk this table no longer uses.
    pub(super) replaced: Vec<String>,
}

impl<R: Row> Table<R> {
    /// A table of the chunks `refs`.
    pub(super) fn stored(refs: Vec<ChunkRef>) -> Self {
        Self {
            parts: refs.into_iter().map(Part::Stored).collect(),
            overlay: BTreeMap::new(),
            replaced: Vec::new(),
        }
    }

    /// A table of `rows`, sorted by key, cut into chunks of [`CHUNK_BUILD`].
    pub(super) fn built(rows: Vec<R>) -> Self {
        let mut parts = Vec::new();
        let mut rows = rows.into_iter().peekable();
        while rows.peek().is_some() {
            let chunk: Vec<R> = rows.by_ref().take(CHUNK_BUILD).collect();
            parts.push(Part::Fresh(Arc::new(chunk)));
        }
        Self {
            parts,
            overlay: BTreeMap::new(),
            replaced: Vec::new(),
        }
    }

    fn first_key(&self, i: usize) -> &str {
        match &self.parts[i] {
            Part::Stored(c) => &c.1,
            Part::Fresh(rows) => rows.first().map_or("", |r| r.key()),
        }
    }

    /// The part a row with `key` belongs in: the last whose first key is not after it.
    fn locate(&self, key: &str) -> usize {
        let (mut lo, mut hi) = (0, self.parts.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.first_key(mid) <= key {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo.saturating_sub(1)
    }

    fn rows(&self, src: &Source, i: usize) -> StoreResult<Arc<Vec<R>>> {
        match &self.parts[i] {
            Part::Stored(c) => src.store.index_chunk::<R>(src.region, c),
            Part::Fresh(rows) => Ok(rows.clone()),
        }
    }

    /// Up to `n` rows whose key is `start` or after, in order.
    pub(super) fn from(&self, src: &Source, start: &str, n: usize) -> StoreResult<Vec<R>> {
        self.scan(src, start, |_| true, n)
    }

    /// Up to `n` rows from `start` on while `keep` holds.
    pub(super) fn scan(
        &self,
        src: &Source,
        start: &str,
        keep: impl Fn(&str) -> bool,
        n: usize,
    ) -> StoreResult<Vec<R>> {
        let mut out = Vec::new();
        let mut overlay = self
            .overlay
            .range::<str, _>((Bound::Included(start), Bound::Unbounded))
            .peekable();
        let mut part = self.locate(start);
        let mut rows = match self.parts.is_empty() {
            true => Arc::new(Vec::new()),
            false => self.rows(src, part)?,
        };
        let mut pos = rows.partition_point(|r| r.key() < start);
        while out.len() < n {
            while pos >= rows.len() && part + 1 < self.parts.len() {
                part += 1;
                rows = self.rows(src, part)?;
                pos = 0;
            }
            let stored = rows.get(pos);
            let changed = overlay.peek();
            let (row, take_stored, take_changed) = match (stored, changed) {
                (None, None) => break,
                (Some(s), None) => (Some(s), true, false),
                (None, Some((_, c))) => (c.as_ref(), false, true),
                (Some(s), Some((k, c))) => match s.key().cmp(k.as_str()) {
                    std::cmp::Ordering::Less => (Some(s), true, false),
                    std::cmp::Ordering::Equal => (c.as_ref(), true, true),
                    std::cmp::Ordering::Greater => (c.as_ref(), false, true),
                },
            };
            if let Some(r) = row {
                if !keep(r.key()) {
                    break;
                }
                out.push(r.clone());
            }
            if take_stored {
                pos += 1;
            }
            if take_changed {
                overlay.next();
            }
        }
        Ok(out)
    }

    /// The row with `key`, if there is one.
    pub(super) fn get(&self, src: &Source, key: &str) -> StoreResult<Option<R>> {
        Ok(self.scan(src, key, |k| k == key, 1)?.into_iter().next())
    }

    /// How many rows the table holds.
    pub(super) fn len(&self, src: &Source) -> StoreResult<usize> {
        let mut n: usize = self
            .parts
            .iter()
            .map(|p| match p {
                Part::Stored(c) => c.2,
                Part::Fresh(rows) => rows.len(),
            })
            .sum();
        for (key, row) in &self.overlay {
            let part = self.locate(key);
            let stored = !self.parts.is_empty()
                && self
                    .rows(src, part)?
                    .binary_search_by(|r| r.key().cmp(key))
                    .is_ok();
            match (stored, row.is_some()) {
                (false, true) => n += 1,
                (true, false) => n -= 1,
                _ => {}
            }
        }
        Ok(n)
    }

    /// Every row, in order.
    pub(super) fn all(&self, src: &Source) -> StoreResult<Vec<R>> {
        self.from(src, "", usize::MAX)
    }

    /// Notes that `key` now holds `row` (or nothing), for a reader: no chunk is loaded.
    pub(super) fn note(&mut self, key: String, row: Option<R>) {
        self.overlay.insert(key, row);
    }

    /// Sets `key` to `row` (or removes it) in the chunks themselves.
    pub(super) fn edit(&mut self, src: &Source, key: &str, row: Option<R>) -> StoreResult<()> {
        if self.parts.is_empty() {
            if let Some(r) = row {
                self.parts.push(Part::Fresh(Arc::new(vec![r])));
            }
            return Ok(());
        }
        let i = self.locate(key);
        let found = match &self.parts[i] {
            Part::Stored(_) => self.rows(src, i)?.binary_search_by(|r| r.key().cmp(key)),
            Part::Fresh(rows) => rows.binary_search_by(|r| r.key().cmp(key)),
        };
        match (&found, &row) {
            (Err(_), None) => return Ok(()),
            (Ok(p), Some(r)) if self.rows(src, i)?[*p] == *r => return Ok(()),
            _ => {}
        }
        // A chunk already changed in this transaction is changed in place.
        let mut rows = match std::mem::replace(&mut self.parts[i], Part::Fresh(Arc::default())) {
            Part::Fresh(rows) => Arc::try_unwrap(rows).unwrap_or_else(|shared| (*shared).clone()),
            Part::Stored(c) => {
                self.parts[i] = Part::Stored(c);
                (*self.rows(src, i)?).clone()
            }
        };
        match (found, row) {
            (Ok(p), Some(r)) => rows[p] = r,
            (Ok(p), None) => {
                rows.remove(p);
            }
            (Err(p), Some(r)) => rows.insert(p, r),
            (Err(_), None) => {}
        }
        self.replace(i, 1, rows);
        Ok(())
    }

    /// Adds or replaces many rows at once (sorted or not): the table is rebuilt whole, which
    /// costs what it holds, once.
    pub(super) fn merge_rows(&mut self, src: &Source, mut rows: Vec<R>) -> StoreResult<()> {
        rows.sort_unstable_by(|a, b| a.key().cmp(b.key()));
        rows.dedup_by(|later, earlier| later.key() == earlier.key());
        let mut merged = Vec::with_capacity(rows.len());
        let mut new = rows.into_iter().peekable();
        for old in self.all(src)? {
            while new.peek().is_some_and(|n| n.key() < old.key()) {
                merged.extend(new.next());
            }
            if new.peek().is_some_and(|n| n.key() == old.key()) {
                continue;
            }
            merged.push(old);
        }
        merged.extend(new);
        self.overlay.clear();
        for part in std::mem::take(&mut self.parts) {
            if let Part::Stored(c) = part {
                self.replaced.push(c.0);
            }
        }
        self.parts = Self::built(merged).parts;
        Ok(())
    }

    /// Folds the overlay into the chunks (a writer's catch-up).
    pub(super) fn fold(&mut self, src: &Source) -> StoreResult<()> {
        for (key, row) in std::mem::take(&mut self.overlay) {
            self.edit(src, &key, row)?;
        }
        Ok(())
    }

    /// Replaces `count` parts from `i` with `rows`, split into chunks that fit.
    fn replace(&mut self, i: usize, count: usize, rows: Vec<R>) {
        for part in &self.parts[i..i + count] {
            if let Part::Stored(c) = part {
                self.replaced.push(c.0.clone());
            }
        }
        if rows.len() <= CHUNK_MAX {
            let new = (!rows.is_empty()).then(|| Part::Fresh(Arc::new(rows)));
            self.parts.splice(i..i + count, new);
            return;
        }
        let pieces = rows.len().div_ceil(CHUNK_MAX);
        let size = rows.len().div_ceil(pieces);
        let mut new = Vec::new();
        let mut rows = rows.into_iter().peekable();
        while rows.peek().is_some() {
            new.push(Part::Fresh(Arc::new(rows.by_ref().take(size).collect())));
        }
        self.parts.splice(i..i + count, new);
    }

    /// Merges each small changed chunk with a neighbour, so deletions do not leave a trail of
    /// tiny chunks.
    pub(super) fn merge_small(&mut self, src: &Source) -> StoreResult<()> {
        let mut i = 0;
        while i < self.parts.len() {
            let small = matches!(&self.parts[i], Part::Fresh(r) if r.len() < CHUNK_MIN);
            if !small || self.parts.len() < 2 {
                i += 1;
                continue;
            }
            let at = if i + 1 < self.parts.len() { i } else { i - 1 };
            let mut rows = (*self.rows(src, at)?).clone();
            rows.extend(self.rows(src, at + 1)?.iter().cloned());
            let merged_len = rows.len();
            self.replace(at, 2, rows);
            // Move on once the merged chunk is big enough (or was split again).
            if merged_len >= CHUNK_MIN {
                i = at + 1;
            } else {
                i = at;
                if self.parts.len() < 2 {
                    break;
                }
            }
        }
        Ok(())
    }
}

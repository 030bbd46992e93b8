//! Rollback detection. Every document write or removal gets the keystore's next generation: the
//! document carries it (under its MAC), and `journal` — an append-only, MAC-chained log in the
//! keystore — records which file each generation wrote or removed. A copy of the latest
//! generation is kept outside the keystore, beside the root-key file, so a keystore restored
//! from an older copy can be told from the one this machine last wrote.
//!
//! What it catches: a document replaced by an older copy of itself (its generation is older
//! than the journal's last write of that file), a removed document put back, journal lines
//! edited, dropped or reordered, and a whole keystore directory (journal included) restored from
//! an older copy on this machine (the outside record is ahead). What it does not catch: a
//! rollback by someone who also rolls back the outside record or holds the root key (they can
//! forge anything), and a rollback on a machine that never saw the newer state.
//!
//! The journal and the record are written without fsync: losing their last lines in a power cut
//! leaves documents ahead of the journal, which `keystore check` reports as repairable and never
//! as a rollback. Documents themselves are written first and synced, so a rollback cannot hide in
//! that window.

use super::error::{StoreResult, io_error};
use super::fsutil;
use crate::crypto::{derive, random, secret::Key256};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// The journal's file name in the keystore directory.
pub const JOURNAL: &str = "journal";
/// The write in progress: written before a document, removed once the journal has its line.
pub const PENDING: &str = "journal.pending";
/// A journal above this size (and twice its size after the last compaction) is compacted to one
/// line per file on the next write.
const COMPACT_AT: u64 = 8 << 20;
/// The journal's size after its last compaction.
pub const COMPACTED: &str = "journal.compacted";

/// One journal line.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct Entry {
    /// The generation.
    #[serde(rename = "G")]
    pub generation: u64,
    /// The file, relative to the keystore directory.
    pub path: String,
    /// True when the file was removed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub removed: bool,
    /// HMAC of this line's fields and the previous line's MAC (hex).
    pub mac: String,
}

/// The keystore's generations: its journal and its record outside the keystore.
#[derive(Clone)]
pub struct Generations {
    dir: PathBuf,
    record: Option<PathBuf>,
    /// The key the journal key is derived from, and the label of the derivation.
    base: Key256,
    label: String,
    /// The journal's MAC key, derived on first use: reads never need it.
    key: std::sync::OnceLock<Key256>,
}

impl std::fmt::Debug for Generations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Generations({})", self.dir.display())
    }
}

/// The journal read whole: its entries in order, and where its chain first breaks.
pub struct Journal {
    /// Every line that parsed, in file order.
    pub entries: Vec<Entry>,
    /// The 1-based line of the first line that is not valid JSON or whose MAC fails.
    pub broken_at: Option<usize>,
}

impl Generations {
    /// The generations of the keystore in `dir`; `record` is the file outside the keystore
    /// (none when there is nowhere to put it); the journal and the record are MACed with the key
    /// derived from `base` under `label`.
    pub fn new(dir: &Path, record: Option<PathBuf>, base: &Key256, label: &str) -> Self {
        Self {
            dir: dir.to_path_buf(),
            record,
            base: base.clone(),
            label: label.to_string(),
            key: std::sync::OnceLock::new(),
        }
    }

    fn key(&self) -> &Key256 {
        self.key
            .get_or_init(|| derive::subkey(&self.base, &self.label))
    }

    pub(super) fn journal_path(&self) -> PathBuf {
        self.dir.join(JOURNAL)
    }

    fn line_mac(&self, e: &Entry, previous: &[u8]) -> [u8; 32] {
        let g = e.generation.to_be_bytes();
        let removed = [u8::from(e.removed)];
        derive::tag(
            self.key(),
            &[b"journal", &g, e.path.as_bytes(), &removed, previous],
        )
    }

    /// The last journal line (generation 0 and no MAC when the journal is empty).
    pub(super) fn tail(&self) -> StoreResult<(u64, Vec<u8>)> {
        let path = self.journal_path();
        let mut f = match std::fs::File::open(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((0, Vec::new())),
            Err(e) => return Err(io_error(&path, e)),
        };
        let len = f.metadata().map_err(|e| io_error(&path, e))?.len();
        let start = len.saturating_sub(4096);
        f.seek(SeekFrom::Start(start))
            .map_err(|e| io_error(&path, e))?;
        let mut buf = String::new();
        f.read_to_string(&mut buf).map_err(|e| io_error(&path, e))?;
        let last = buf
            .lines()
            .rev()
            .find_map(|l| serde_json::from_str::<Entry>(l).ok());
        Ok(last.map_or((0, Vec::new()), |e| {
            (e.generation, random::from_hex(&e.mac).unwrap_or_default())
        }))
    }

    /// Starts a write of `file` (or its removal): finishes any write a stopped writer left,
    /// notes this one as pending, and returns its generation. Call with the keystore lock held.
    pub fn begin(&self, file: &Path, removed: bool) -> StoreResult<u64> {
        let g = self.reserve()? + 1;
        self.note_pending(g, file, removed)?;
        Ok(g)
    }

    /// Finishes any write a stopped writer left and returns the last generation written: the
    /// writes that follow take the next ones, in order. Call with the keystore lock held.
    pub fn reserve(&self) -> StoreResult<u64> {
        self.heal()?;
        Ok(self.tail()?.0)
    }

    /// Notes that generation `g` is about to write (or remove) `file`, so that a writer stopped
    /// half way is completed by the next one (see [`Self::heal`]).
    pub fn note_pending(&self, g: u64, file: &Path, removed: bool) -> StoreResult<()> {
        let pending = Entry {
            generation: g,
            path: self.relative(file),
            removed,
            mac: String::new(),
        };
        let text = serde_json::to_vec(&pending).unwrap_or_default();
        self.set_pending(&text)
    }

    /// Replaces the pending note in place: the file stays (empty when nothing is pending), so
    /// that writes do not create and delete a file each — on ext4, allocating inodes among many
    /// recently freed ones was most of a batch's cost.
    fn set_pending(&self, text: &[u8]) -> StoreResult<()> {
        let path = self.dir.join(PENDING);
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        opts.open(&path)
            .and_then(|mut f| f.write_all(text))
            .map_err(|e| io_error(&path, e))
    }

    /// Completes a write a writer that stopped left half done: if its document (or removal)
    /// reached the disk, the journal gets its line; otherwise the note is dropped.
    pub fn heal(&self) -> StoreResult<()> {
        let path = self.dir.join(PENDING);
        let text = match std::fs::read(&path) {
            Ok(t) if !t.is_empty() => t,
            _ => return Ok(()),
        };
        if let Ok(p) = serde_json::from_slice::<Entry>(&text) {
            let file = self.dir.join(&p.path);
            let done = if p.removed {
                !file.exists()
            } else {
                std::fs::read(&file)
                    .ok()
                    .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
                    .and_then(|v| v["Generation"].as_u64())
                    == Some(p.generation)
            };
            if done && self.tail()?.0 < p.generation {
                self.append(p.generation, &file, p.removed)?;
                self.write_record(p.generation);
            }
        }
        self.done()
    }

    pub(super) fn relative(&self, file: &Path) -> String {
        file.strip_prefix(&self.dir)
            .unwrap_or(file)
            .to_string_lossy()
            .into_owned()
    }

    /// Records that generation `g` wrote (or removed) `file`, ending the write [`Self::begin`]
    /// started. Call with the keystore lock held, after the write.
    pub fn record(&self, g: u64, file: &Path, removed: bool) -> StoreResult<()> {
        self.append(g, file, removed)?;
        self.write_record(g);
        self.done()
    }

    /// Ends the pending write noted last (its line is in the journal).
    pub fn done(&self) -> StoreResult<()> {
        self.set_pending(b"")
    }

    /// Appends the journal line of generation `g` (the record outside the keystore is left to
    /// the caller: once per batch of writes is enough).
    pub fn append(&self, g: u64, file: &Path, removed: bool) -> StoreResult<()> {
        let path = self.journal_path();
        if let Ok(m) = std::fs::metadata(&path)
            && m.len() > COMPACT_AT
            && m.len() > 2 * self.compacted_size()
        {
            self.compact()?;
        }
        let (_, previous) = self.tail()?;
        let mut entry = Entry {
            generation: g,
            path: self.relative(file),
            removed,
            mac: String::new(),
        };
        entry.mac = random::to_hex(&self.line_mac(&entry, &previous));
        let mut line = serde_json::to_string(&entry).unwrap_or_default();
        line.push('\n');
        let mut f = append_private(&path).map_err(|e| io_error(&path, e))?;
        f.write_all(line.as_bytes())
            .map_err(|e| io_error(&path, e))?;
        Ok(())
    }

    /// The journal's size after its last compaction: a journal of a large keystore stays large
    /// when compacted (a line per file), so it is compacted again only once it has doubled.
    fn compacted_size(&self) -> u64 {
        std::fs::read_to_string(self.dir.join(COMPACTED))
            .ok()
            .and_then(|t| t.trim().parse().ok())
            .unwrap_or(0)
    }

    /// Keeps the latest generation outside the keystore. Best effort: without it, only the
    /// whole-keystore rollback goes unseen.
    pub fn write_record(&self, g: u64) {
        let Some(path) = &self.record else {
            return;
        };
        let mac = derive::tag(self.key(), &[b"generation record", &g.to_be_bytes()]);
        let text = format!(
            "{{\"Generation\":{g},\"Mac\":\"{}\"}}\n",
            random::to_hex(&mac)
        );
        if let Some(parent) = path.parent() {
            let _ = fsutil::private_dir_all(parent);
        }
        // Rewritten in place, no temp file and no rename (see `set_pending`): a record cut short
        // by a crash fails its MAC and counts as none until the next write.
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let _ = opts
            .open(path)
            .and_then(|mut f| f.write_all(text.as_bytes()));
    }

    /// The generation recorded outside the keystore, if there is one and it verifies.
    pub fn outside_record(&self) -> Option<u64> {
        let text = std::fs::read_to_string(self.record.as_ref()?).ok()?;
        let v: serde_json::Value = serde_json::from_str(&text).ok()?;
        let g = v["Generation"].as_u64()?;
        let mac = random::from_hex(v["Mac"].as_str()?)?;
        derive::verify(self.key(), &[b"generation record", &g.to_be_bytes()], &mac).then_some(g)
    }

    /// Reads and verifies the whole journal.
    pub fn read(&self) -> StoreResult<Journal> {
        let path = self.journal_path();
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(io_error(&path, e)),
        };
        let mut entries = Vec::new();
        let mut broken_at = None;
        let mut previous: Vec<u8> = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let Ok(e) = serde_json::from_str::<Entry>(line) else {
                broken_at.get_or_insert(i + 1);
                continue;
            };
            let mac = random::from_hex(&e.mac).unwrap_or_default();
            let chained = derive::verify(
                self.key(),
                &[
                    b"journal",
                    &e.generation.to_be_bytes(),
                    e.path.as_bytes(),
                    &[u8::from(e.removed)],
                    &previous,
                ],
                &mac,
            );
            let ordered = entries
                .last()
                .is_none_or(|p: &Entry| p.generation < e.generation);
            if !chained || !ordered {
                broken_at.get_or_insert(i + 1);
            }
            previous = mac;
            entries.push(e);
        }
        Ok(Journal { entries, broken_at })
    }

    /// Rewrites the journal as one line per file (its latest), chained afresh; the last
    /// generation is kept. Call with the keystore lock held.
    pub fn compact(&self) -> StoreResult<()> {
        let journal = self.read()?;
        let mut latest: BTreeMap<String, Entry> = BTreeMap::new();
        for e in journal.entries {
            latest.insert(e.path.clone(), e);
        }
        let mut kept: Vec<Entry> = latest.into_values().collect();
        kept.sort_by_key(|e| e.generation);
        self.rewrite(kept)
    }

    /// Replaces the journal with `entries` (sorted by generation), chained afresh.
    pub fn rewrite(&self, entries: Vec<Entry>) -> StoreResult<()> {
        let mut out = String::new();
        let mut previous: Vec<u8> = Vec::new();
        for mut e in entries {
            let mac = self.line_mac(&e, &previous);
            e.mac = random::to_hex(&mac);
            previous = mac.to_vec();
            out.push_str(&serde_json::to_string(&e).unwrap_or_default());
            out.push('\n');
        }
        let path = self.journal_path();
        fsutil::atomic_write(&path, out.as_bytes()).map_err(|e| io_error(&path, e))?;
        // Only a hint for the next compaction: best effort, no sync.
        let size = self.dir.join(COMPACTED);
        let _ = fsutil::atomic_write_unsynced(&size, out.len().to_string().as_bytes());
        Ok(())
    }
}

pub(super) fn append_private(path: &Path) -> std::io::Result<std::fs::File> {
    let mut opts = std::fs::OpenOptions::new();
    opts.append(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path)
}

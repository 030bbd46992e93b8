//! The audit files a process keeps open from one append to the next.
//!
//! `lkms serve` appends thousands of times a second, a few events at a time; opening the lock
//! file, the log and each last-use file by path for every append was most of the cost of
//! recording a call. A process keeps them open instead, and checks before each reuse what a
//! path lookup would have caught: that the file is still linked (not removed or replaced by
//! another process) and, for the log, that the head in the lock file is the one this process
//! wrote last and the file ends where that head says. Anything else goes the long way (open by
//! path, reconcile), exactly as a fresh process would.
//!
//! The whole set sits behind one mutex, held for a whole append: the open lock file is shared
//! by this process's threads, and `flock` on one open file does not exclude its other users,
//! so the mutex is what keeps two threads of one process from appending at once.

use crate::audit::record::Head;
use sha2::{Digest as _, Sha256};
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

/// The most last-use files kept open; past it the set starts again (a server using more keys
/// than this at once reopens some).
const MAX_USAGE_FILES: usize = 256;

/// The open files; see the module comment.
#[derive(Debug, Default)]
pub(crate) struct HeldFiles {
    /// The audit lock file (unlocked between appends).
    pub lock: Option<File>,
    /// The current log file, open for appending, with the head this process wrote after its
    /// last append to it and, when this process wrote all of the file, its tally.
    pub log: Option<KeptLog>,
    /// Last-use files, by path, with the time of the last use this process wrote to each.
    usage: HashMap<PathBuf, (File, Option<i64>)>,
}

impl HeldFiles {
    /// The last-use file at `path`: the one this process holds while it is still linked, or
    /// else `open`'s, kept for the next use of its key; with the time of the last use this
    /// process wrote to it (`None` when just opened: read the file).
    pub fn usage_file<E>(
        &mut self,
        path: PathBuf,
        open: impl FnOnce() -> Result<File, E>,
    ) -> Result<(&mut File, &mut Option<i64>), E> {
        if self.usage.get(&path).is_some_and(|(f, _)| !linked(f)) {
            self.usage.remove(&path);
        }
        if self.usage.len() >= MAX_USAGE_FILES && !self.usage.contains_key(&path) {
            self.usage.clear();
        }
        match self.usage.entry(path) {
            Entry::Occupied(e) => {
                let (file, last) = e.into_mut();
                Ok((file, last))
            }
            Entry::Vacant(v) => {
                let (file, last) = v.insert((open()?, None));
                Ok((file, last))
            }
        }
    }

    /// Closes a last-use file (its key is gone).
    pub fn forget_usage_file(&mut self, path: &Path) {
        self.usage.remove(path);
    }
}

/// The current log file kept open: the head this process wrote after its last append to it,
/// the file (open for appending) and, when this process wrote all of it, its tally.
pub(crate) type KeptLog = (Head, File, Option<Tally>);

/// What a writer that wrote a whole log file knows of it: enough to sign it when it is full
/// without reading it back (reading and hashing 8 MiB under the audit lock held every call
/// waiting for its record for milliseconds, once per file).
#[derive(Debug, Clone, Default)]
pub(crate) struct Tally {
    /// SHA-256 of the file's bytes so far.
    pub sha: Sha256,
    /// Its length.
    pub len: u64,
    /// Its records (lines).
    pub records: u64,
    /// The sequence number of its first record (0 while empty).
    pub first_seq: u64,
}

impl Tally {
    /// Counts `bytes` (`records` whole records, the first numbered `first_seq`) appended to
    /// the file.
    pub fn add(&mut self, bytes: &[u8], first_seq: u64, records: u64) {
        if self.records == 0 {
            self.first_seq = first_seq;
        }
        self.sha.update(bytes);
        self.len += bytes.len() as u64;
        self.records += records;
    }
}

/// The held files of one keystore.
#[derive(Debug, Default)]
pub(crate) struct Held(Mutex<HeldFiles>);

impl Held {
    /// Takes the files for one append or usage write.
    pub fn take(&self) -> MutexGuard<'_, HeldFiles> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Whether an open file still has a name (was not removed or renamed over).
#[cfg(unix)]
pub(crate) fn linked(file: &File) -> bool {
    use std::os::unix::fs::MetadataExt;
    file.metadata().is_ok_and(|m| m.nlink() > 0)
}

/// Whether an open file still has a name (always assumed off Unix).
#[cfg(not(unix))]
pub(crate) fn linked(_file: &File) -> bool {
    true
}

/// Whether the held log file is still the one in place and ends at `len`.
#[cfg(unix)]
pub(crate) fn ends_at(file: &File, len: u64) -> bool {
    use std::os::unix::fs::MetadataExt;
    file.metadata()
        .is_ok_and(|m| m.nlink() > 0 && m.len() == len)
}

/// Whether the held log file ends at `len`.
#[cfg(not(unix))]
pub(crate) fn ends_at(file: &File, len: u64) -> bool {
    file.metadata().is_ok_and(|m| m.len() == len)
}

//! The audit lock (an exclusive lock on `audit/lock`, whose first bytes hold the log's head) and
//! the files under it.

use super::super::error::{StoreResult, io_error};
use super::super::fsutil;
use super::super::held::linked;
use super::log_number;
use crate::audit::record::{self, Head, HeadState};
use crate::crypto::secret::Key256;
use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

/// Opens (creating if needed, mode 0600) a file for reading and writing without truncating.
pub(super) fn open_rw(path: &Path, append: bool) -> std::io::Result<File> {
    let mut o = OpenOptions::new();
    o.read(true).create(true);
    if append {
        o.append(true);
    } else {
        o.write(true).truncate(false);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    o.open(path)
}

/// The lock file, locked: released when dropped (closing the file drops its lock) or when the
/// process dies, or handed back open by [`AuditLock::release`] for this process's next append.
pub(super) struct AuditLock {
    file: File,
    path: PathBuf,
}

impl AuditLock {
    /// Locks the audit lock, reusing `held` (the lock file this process kept open) while it is
    /// still the file in place.
    pub(super) fn acquire(dir: &Path, held: Option<File>) -> StoreResult<Self> {
        let path = dir.join("lock");
        if let Some(file) = held {
            file.lock().map_err(|e| io_error(&path, e))?;
            if linked(&file) {
                return Ok(Self { file, path });
            }
            let _ = file.unlock();
        }
        if !dir.is_dir() {
            std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
            fsutil::restrict_dir(dir).map_err(|e| io_error(dir, e))?;
        }
        let file = open_rw(&path, false).map_err(|e| io_error(&path, e))?;
        file.lock().map_err(|e| io_error(&path, e))?;
        Ok(Self { file, path })
    }

    /// Unlocks, and gives the file back to keep open.
    pub(super) fn release(self) -> Option<File> {
        self.file.unlock().ok().map(|()| self.file)
    }

    pub(super) fn read_head(&mut self, key: &Key256) -> StoreResult<HeadState> {
        let buf = fsutil::read_start(&self.file, record::HEAD_SIZE)
            .map_err(|e| io_error(&self.path, e))?;
        Ok(record::decode_head(key, &buf))
    }

    /// Rewrites the head. Never synced, even in sync mode: once the log itself is on disk, a
    /// head lost in a crash is caught up from the log by the next writer.
    pub(super) fn write_head(&mut self, key: &Key256, h: &Head) -> StoreResult<()> {
        let block = record::encode_head(key, h);
        fsutil::write_start(&self.file, &block).map_err(|e| io_error(&self.path, e))
    }
}

/// The numbers of the log files present, ascending.
pub(super) fn log_numbers(dir: &Path) -> StoreResult<Vec<u64>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io_error(dir, e)),
    };
    let mut nums: Vec<u64> = entries
        .filter_map(|e| e.ok()?.file_name().to_str().and_then(log_number))
        .collect();
    nums.sort_unstable();
    Ok(nums)
}

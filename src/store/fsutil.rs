//! Atomic file replacement and the keystore-wide write lock.

use super::error::{StoreResult, io_error};
use crate::crypto::random;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` atomically: a temp file in the same directory (mode 0600), fsync,
/// rename over the target, fsync the directory. Readers see the old file or the new, never half.
pub fn atomic_write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_via(&temp_name(path), path, bytes)
}

/// [`atomic_write`] with the temp file in `staging` (on the same filesystem), a directory that
/// stays small, so that temp files left by writers that died are swept here on every write
/// without listing the (possibly large) target directory.
pub fn atomic_write_staged(staging: &Path, path: &Path, bytes: &[u8]) -> io::Result<()> {
    match fs::create_dir(staging) {
        Ok(()) => restrict_dir(staging)?,
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(e),
    }
    sweep_temps(staging);
    let name = path.file_name().unwrap_or_default();
    write_via(&temp_name(&staging.join(name)), path, bytes)
}

fn write_via(tmp: &Path, path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = tmp.to_path_buf();
    let result = (|| {
        let mut f = create_private(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        fs::rename(&tmp, path)?;
        sync_dir(dir)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Writes `bytes` to a new private file at `path` without syncing it; the file stays open so
/// the caller can sync it later (or sync the whole filesystem instead).
pub fn write_new(path: &Path, bytes: &[u8]) -> io::Result<File> {
    let mut f = create_private(path)?;
    if let Err(e) = f.write_all(bytes) {
        let _ = fs::remove_file(path);
        return Err(e);
    }
    Ok(f)
}

/// Flushes every change on the filesystem holding `dir` to disk at once (one journal commit for
/// many files). Elsewhere than on Linux, where `syncfs` does not exist, it syncs `dir` only, so
/// callers sync files one by one there.
pub fn sync_filesystem(dir: &Path) -> io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        rustix::fs::syncfs(File::open(dir)?)?;
        Ok(())
    }
    #[cfg(not(target_os = "linux"))]
    sync_dir(dir)
}

/// Whether [`sync_filesystem`] flushes the whole filesystem here.
pub const SYNCS_FILESYSTEM: bool = cfg!(target_os = "linux");

/// [`atomic_write`] without syncing: for hints that may be lost in a power cut but must never be
/// seen half written.
pub fn atomic_write_unsynced(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = temp_name(path);
    let written = write_new(&tmp, bytes).and_then(|_| fs::rename(&tmp, path));
    if written.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    written
}

/// A fresh temp-file name beside `path`, naming the writer's process so that temp files left by
/// a writer that died can be told apart from one being written: `.<name>.<pid>.<random>.tmp`.
pub fn temp_name(path: &Path) -> PathBuf {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    dir.join(format!(
        ".{name}.{}.{}.tmp",
        std::process::id(),
        random::to_hex(&random::bytes(6))
    ))
}

/// True for a temp file left by a writer that is no longer running (on Linux, its process is
/// gone; elsewhere, it is older than an hour).
pub fn is_stale_temp(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !name.starts_with('.') || !name.ends_with(".tmp") {
        return false;
    }
    let pid = name.rsplit('.').nth(2).and_then(|p| p.parse::<u32>().ok());
    if cfg!(target_os = "linux") {
        return match pid {
            Some(pid) => pid != std::process::id() && !Path::new(&format!("/proc/{pid}")).exists(),
            // Names from before the writer's PID was recorded: stale once an hour old.
            None => older_than_an_hour(path),
        };
    }
    older_than_an_hour(path)
}

fn older_than_an_hour(path: &Path) -> bool {
    fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|age| age.as_secs() > 3600)
}

/// Removes the stale temp files in `dir` (see [`is_stale_temp`]); returns how many.
pub fn sweep_temps(dir: &Path) -> usize {
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| is_stale_temp(p))
        .filter(|p| fs::remove_file(p).is_ok())
        .count()
}

/// Creates a new file readable and writable by its owner only; fails if it exists.
pub fn create_private(path: &Path) -> io::Result<File> {
    let mut opts = OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path)
}

/// Creates a directory and its missing parents private to their owner (0700).
pub fn private_dir_all(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Makes a directory private to its owner (0700): key IDs and metadata are not secret, but
/// nobody else needs to list them.
pub fn restrict_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Flushes a directory entry change (a rename or a removal) to disk.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Removes a file and flushes the directory; a file that is already gone is fine.
pub fn remove(path: &Path) -> StoreResult<()> {
    let removed = match fs::remove_file(path) {
        Ok(()) => sync_dir(path.parent().unwrap_or(Path::new("."))),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    };
    removed.map_err(|e| io_error(path, e))
}

/// The entries of a directory; none if it does not exist.
pub fn entries(dir: &Path) -> StoreResult<Vec<fs::DirEntry>> {
    match fs::read_dir(dir) {
        Ok(e) => Ok(e.filter_map(Result::ok).collect()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(io_error(dir, e)),
    }
}

/// An exclusive, cross-process lock held until dropped.
#[derive(Debug)]
pub struct WriteLock {
    file: File,
    _path: PathBuf,
}

impl WriteLock {
    /// Blocks until this process holds the lock file at `path`.
    pub fn acquire(path: &Path) -> io::Result<Self> {
        let mut opts = OpenOptions::new();
        opts.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let file = opts.open(path)?;
        file.lock()?;
        Ok(Self {
            file,
            _path: path.to_path_buf(),
        })
    }
}

impl Drop for WriteLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

/// Up to `limit` bytes from the start of `file`, without moving its position (one `pread` on
/// Unix): for the small blocks rewritten in place (the audit head, last-use slots).
pub fn read_start(file: &File, limit: usize) -> io::Result<Vec<u8>> {
    let mut buf = vec![0u8; limit];
    let mut got = 0;
    while got < limit {
        #[cfg(unix)]
        let n = std::os::unix::fs::FileExt::read_at(file, &mut buf[got..], got as u64)?;
        #[cfg(not(unix))]
        let n = {
            use std::io::{Read, Seek, SeekFrom};
            let mut f = file;
            f.seek(SeekFrom::Start(got as u64))?;
            f.read(&mut buf[got..])?
        };
        if n == 0 {
            break;
        }
        got += n;
    }
    buf.truncate(got);
    Ok(buf)
}

/// Writes `bytes` at the start of `file`, without moving its position (one `pwrite` on Unix).
pub fn write_start(file: &File, bytes: &[u8]) -> io::Result<()> {
    #[cfg(unix)]
    {
        std::os::unix::fs::FileExt::write_all_at(file, bytes, 0)
    }
    #[cfg(not(unix))]
    {
        use std::io::{Seek, SeekFrom, Write};
        let mut f = file;
        f.seek(SeekFrom::Start(0))?;
        f.write_all(bytes)
    }
}

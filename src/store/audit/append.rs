//! Appending to the audit log: many processes at once, safe against a crash at any point.
//!
//! A writer takes the audit lock (an exclusive lock on `audit/lock`), reads the head kept at the
//! start of that file (current file, its length after the last record, last sequence number
//! and MAC), checks the current file against it, writes its records in one `write` at the end
//! of the file, and then rewrites the head. Holding the lock means records never interleave.
//!
//! Crashes leave one of three states, each handled by the next writer under the lock:
//! - the file is longer than the head says: complete records that chain on from the head are
//!   adopted (the crash came after the write, before the head); anything else (a torn write) is
//!   moved to `audit/torn-…` and cut off, and a note in the chain records it;
//! - the file is shorter than the head says (records gone): the writer continues after the last
//!   surviving record, keeps the numbering (so verify shows the gap) and writes a note;
//! - the head is missing or fails its MAC: it is rebuilt from the log, with a note.

use super::super::error::{StoreResult, io_error};
use super::super::fsutil;
use super::{AuditSettings, Keystore, digest_name, log_name, log_number, sealed};
use crate::audit::record::{self, Body, Digest, Head, HeadState, Link};
use crate::crypto::random;
use crate::crypto::secret::Key256;
use crate::model::Timestamp;
use serde_json::Value;
use sha2::{Digest as _, Sha256};
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// Where an appended event landed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppendReceipt {
    /// The event's sequence number in the log.
    pub seq: u64,
    /// The log file it is in.
    pub file: String,
}

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

/// The lock file, locked: released when dropped (or when the process dies).
pub(super) struct AuditLock {
    file: File,
    path: PathBuf,
}

impl AuditLock {
    pub(super) fn acquire(dir: &Path) -> StoreResult<Self> {
        if !dir.is_dir() {
            std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
            fsutil::restrict_dir(dir).map_err(|e| io_error(dir, e))?;
        }
        let path = dir.join("lock");
        let file = open_rw(&path, false).map_err(|e| io_error(&path, e))?;
        file.lock().map_err(|e| io_error(&path, e))?;
        Ok(Self { file, path })
    }

    pub(super) fn read_head(&mut self, key: &Key256) -> StoreResult<HeadState> {
        let mut buf = Vec::with_capacity(record::HEAD_SIZE);
        self.file
            .seek(SeekFrom::Start(0))
            .and_then(|_| {
                (&self.file)
                    .take(record::HEAD_SIZE as u64)
                    .read_to_end(&mut buf)
            })
            .map_err(|e| io_error(&self.path, e))?;
        Ok(record::decode_head(key, &buf))
    }

    /// Rewrites the head. Never synced, even in sync mode: once the log itself is on disk, a
    /// head lost in a crash is caught up from the log by the next writer.
    fn write_head(&mut self, key: &Key256, h: &Head) -> StoreResult<()> {
        let block = record::encode_head(key, h);
        self.file
            .seek(SeekFrom::Start(0))
            .and_then(|_| self.file.write_all(&block))
            .map_err(|e| io_error(&self.path, e))
    }
}

impl Drop for AuditLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

/// The last authentic record in `bytes`: its sequence number, MAC and end offset.
fn last_record(key: &Key256, bytes: &[u8]) -> Option<(u64, Link, u64)> {
    let mut found = None;
    let mut start = 0;
    while let Some(n) = bytes[start..].iter().position(|b| *b == b'\n') {
        let line = &bytes[start..start + n];
        start += n + 1;
        if record::authentic(key, line)
            && let Some(p) = record::parse(line)
        {
            found = Some((p.seq, p.mac, start as u64));
        }
    }
    found
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

struct Writer<'a> {
    key: &'a Key256,
    dir: PathBuf,
    settings: &'a AuditSettings,
    now: Timestamp,
}

impl Writer<'_> {
    fn path(&self, n: u64) -> PathBuf {
        self.dir.join(log_name(n))
    }

    fn read(&self, path: &Path) -> StoreResult<Vec<u8>> {
        match std::fs::read(path) {
            Ok(b) => Ok(b),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
            Err(e) => Err(io_error(path, e)),
        }
    }

    /// A head rebuilt from the files when the lock file's is missing or altered.
    fn rebuild(&self) -> StoreResult<Head> {
        let nums = log_numbers(&self.dir)?;
        let Some(&current) = nums.last() else {
            return Ok(Head::EMPTY);
        };
        for &n in nums.iter().rev() {
            if let Some((seq, last, end)) = last_record(self.key, &self.read(&self.path(n))?) {
                let len = if n == current { end } else { 0 };
                return Ok(Head {
                    file: current,
                    len,
                    seq,
                    last,
                });
            }
        }
        Ok(Head {
            file: current,
            ..Head::EMPTY
        })
    }

    /// Brings the head in line with the current file (see the module comment); returns the
    /// file open for appending and the notes to write before the new records.
    fn reconcile(&self, h: &mut Head, notes: &mut Vec<Body>) -> StoreResult<File> {
        let path = self.path(h.file);
        let mut file = open_rw(&path, true).map_err(|e| io_error(&path, e))?;
        let actual = file.metadata().map_err(|e| io_error(&path, e))?.len();
        if actual == h.len {
            return Ok(file);
        }
        let bytes = self.read(&path)?;
        if actual < h.len {
            let expected = h.seq;
            let survivor = last_record(self.key, &bytes);
            if let Some((_, last, end)) = survivor {
                h.last = last;
                h.len = end;
            } else {
                h.len = 0;
            }
            notes.push(record::lost_note(
                &log_name(h.file),
                expected,
                survivor.map_or(0, |s| s.0),
            ));
        } else {
            // Adopt complete records that chain on from the head.
            let mut at = h.len as usize;
            while let Some(n) = bytes
                .get(at..)
                .and_then(|b| b.iter().position(|c| *c == b'\n'))
            {
                let line = &bytes[at..at + n];
                match record::parse(line) {
                    Some(p)
                        if p.seq == h.seq + 1
                            && p.prev == h.last
                            && record::authentic(self.key, line) =>
                    {
                        h.seq = p.seq;
                        h.last = p.mac;
                        at += n + 1;
                        h.len = at as u64;
                    }
                    _ => break,
                }
            }
        }
        if (h.len as usize) < bytes.len() {
            let tail = &bytes[h.len as usize..];
            let name = format!(
                "torn-{:06}-{}-{}.bin",
                h.file,
                h.len,
                random::to_hex(&random::bytes(4))
            );
            let qpath = self.dir.join(&name);
            let mut q = fsutil::create_private(&qpath).map_err(|e| io_error(&qpath, e))?;
            q.write_all(tail)
                .and_then(|_| q.sync_all())
                .map_err(|e| io_error(&qpath, e))?;
            file.set_len(h.len).map_err(|e| io_error(&path, e))?;
            notes.push(record::torn_note(
                &log_name(h.file),
                h.len,
                tail.len() as u64,
                &name,
            ));
        }
        file.seek(SeekFrom::End(0))
            .map_err(|e| io_error(&path, e))?;
        Ok(file)
    }

    /// Signs the closed file `n` (unless a crash left its digest already written).
    fn close(&self, n: u64, h: &Head) -> StoreResult<()> {
        let dpath = self.dir.join(digest_name(n));
        if dpath.exists() {
            return Ok(());
        }
        let bytes = self.read(&self.path(n))?;
        let first_seq = bytes
            .split(|b| *b == b'\n')
            .next()
            .and_then(record::parse)
            .map_or(0, |p| p.seq);
        let previous_digest = match n.checked_sub(1).filter(|p| *p > 0) {
            Some(p) => self
                .read(&self.dir.join(digest_name(p)))
                .ok()
                .and_then(|b| serde_json::from_slice::<Value>(&b).ok())
                .and_then(|v| v["Mac"].as_str().map(str::to_string)),
            None => None,
        };
        let digest = Digest {
            file: log_name(n),
            first_seq,
            last_seq: h.seq,
            records: bytes.iter().filter(|b| **b == b'\n').count() as u64,
            bytes: bytes.len() as u64,
            sha256: random::to_hex(&Sha256::digest(&bytes)),
            last_mac: random::to_hex(&h.last),
            previous_digest,
            closed: self.now.epoch_millis(),
        };
        let doc = sealed::encode(self.key, "AuditDigest", &[&log_name(n)], &digest);
        fsutil::atomic_write(&dpath, &doc).map_err(|e| io_error(&dpath, e))
    }

    fn append(&self, bodies: &[Body]) -> StoreResult<AppendReceipt> {
        let mut lock = AuditLock::acquire(&self.dir)?;
        let mut notes = Vec::new();
        let mut h = match lock.read_head(self.key)? {
            HeadState::Valid(h) => h,
            // The first writer writes an empty head before the first record, so a crash
            // between that record and the head leaves a head the next writer catches up from,
            // not a missing one (which would read as tampering).
            HeadState::Missing if log_numbers(&self.dir)?.is_empty() => {
                lock.write_head(self.key, &Head::EMPTY)?;
                Head::EMPTY
            }
            state => {
                let was = if state == HeadState::Missing {
                    "missing"
                } else {
                    "altered or torn"
                };
                notes.push(record::head_note(was));
                self.rebuild()?
            }
        };
        // A digest means the file was closed before a crash: move on to the next.
        while self.dir.join(digest_name(h.file)).exists() {
            h = Head {
                file: h.file + 1,
                len: 0,
                ..h
            };
        }
        let (mut file, buf, sealed) = loop {
            let file = self.reconcile(&mut h, &mut notes)?;
            let mut sealed = h;
            let mut buf = Vec::new();
            for body in notes.iter().chain(bodies) {
                let (line, mac) = record::seal(self.key, sealed.seq + 1, &sealed.last, body);
                sealed.seq += 1;
                sealed.last = mac;
                buf.extend_from_slice(&line);
            }
            if h.len == 0 || h.len + buf.len() as u64 <= self.settings.max_file_bytes {
                break (file, buf, sealed);
            }
            self.close(h.file, &h)?;
            h = Head {
                file: h.file + 1,
                len: 0,
                ..h
            };
        };
        let path = self.path(h.file);
        let new_file = h.len == 0;
        file.write_all(&buf).map_err(|e| io_error(&path, e))?;
        if self.settings.sync {
            file.sync_data().map_err(|e| io_error(&path, e))?;
            if new_file {
                fsutil::sync_dir(&self.dir).map_err(|e| io_error(&self.dir, e))?;
            }
        }
        let h = Head {
            len: h.len + buf.len() as u64,
            ..sealed
        };
        lock.write_head(self.key, &h)?;
        Ok(AppendReceipt {
            seq: h.seq,
            file: log_name(h.file),
        })
    }
}

impl Keystore {
    /// Appends one event (from `audit::event`) to the audit log, unless the trail is off
    /// (`Ok(None)`). Safe to call from any number of processes and threads at once.
    pub fn append_audit_event(
        &self,
        event: &Value,
        settings: &AuditSettings,
        now: Timestamp,
    ) -> StoreResult<Option<AppendReceipt>> {
        self.append_audit_events(std::slice::from_ref(event), settings, now)
    }

    /// Appends several events in one write (e.g. the service events of one housekeeping pass);
    /// the receipt names the last. Nothing is written when the trail is off or `events` empty.
    pub fn append_audit_events(
        &self,
        events: &[Value],
        settings: &AuditSettings,
        now: Timestamp,
    ) -> StoreResult<Option<AppendReceipt>> {
        if !settings.enabled || events.is_empty() {
            return Ok(None);
        }
        let bodies: Vec<Body> = events.iter().cloned().map(Body::Event).collect();
        let w = Writer {
            key: self.audit_key(),
            dir: self.audit_dir(),
            settings,
            now,
        };
        w.append(&bodies).map(Some)
    }
}

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
use super::super::held::{HeldFiles, KeptLog, Tally, ends_at};
use super::lock::{AuditLock, log_numbers, open_rw};
use super::{AuditSettings, Keystore, digest_name, log_name, prune, sealed};
use crate::audit::record::{self, Body, Digest, Head, HeadState, Link};
use crate::audit::retention::Pruned;
use crate::crypto::random;
use crate::crypto::secret::Key256;
use crate::model::Timestamp;
use serde_json::Value;
use sha2::Digest as _;
use std::fs::File;
use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// Where an appended event landed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppendReceipt {
    /// The event's sequence number in the log.
    pub seq: u64,
    /// The log file it is in.
    pub file: String,
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

    /// Signs the closed file `n` (unless a crash left its digest already written), from the
    /// tally of a writer that wrote all of it, or else by reading it.
    fn close(&self, n: u64, h: &Head, tally: Option<Tally>) -> StoreResult<()> {
        let dpath = self.dir.join(digest_name(n));
        if dpath.exists() {
            return Ok(());
        }
        let tally = match tally.filter(|t| t.len == h.len) {
            Some(t) => t,
            None => {
                let bytes = self.read(&self.path(n))?;
                let first_seq = bytes
                    .split(|b| *b == b'\n')
                    .next()
                    .and_then(record::parse)
                    .map_or(0, |p| p.seq);
                let mut t = Tally::default();
                let records = bytes.iter().filter(|b| **b == b'\n').count() as u64;
                t.add(&bytes, first_seq, records);
                t
            }
        };
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
            first_seq: tally.first_seq,
            last_seq: h.seq,
            records: tally.records,
            bytes: tally.len,
            sha256: random::to_hex(&tally.sha.finalize()),
            last_mac: random::to_hex(&h.last),
            previous_digest,
            closed: self.now.epoch_millis(),
        };
        let doc = sealed::encode(self.key, "AuditDigest", &[&log_name(n)], &digest);
        // As durable as the log it signs: synced in sync mode only.
        let written = if self.settings.sync {
            fsutil::atomic_write(&dpath, &doc)
        } else {
            fsutil::atomic_write_unsynced(&dpath, &doc)
        };
        written.map_err(|e| io_error(&dpath, e))
    }

    /// Appends under the audit lock, reusing the files this process kept open (see
    /// `store::held`).
    fn append(&self, bodies: &[Body], held: &mut HeldFiles) -> StoreResult<AppendReceipt> {
        let mut lock = AuditLock::acquire(&self.dir, held.lock.take())?;
        let kept = held.log.take();
        let (receipt, log) = self.append_locked(&mut lock, bodies, kept)?;
        held.log = Some(log);
        held.lock = lock.release();
        Ok(receipt)
    }

    fn append_locked(
        &self,
        lock: &mut AuditLock,
        bodies: &[Body],
        kept: Option<KeptLog>,
    ) -> StoreResult<(AppendReceipt, KeptLog)> {
        let mut notes = Vec::new();
        let mut pruning = None;
        let state = lock.read_head(self.key)?;
        // The head this process wrote last, over a log that still ends where it says: nobody
        // appended since, so the file needs none of the checks below.
        let mut reuse = match (state, kept) {
            (HeadState::Valid(h), Some((last, file, tally)))
                if h == last && ends_at(&file, h.len) =>
            {
                Some((file, tally))
            }
            _ => None,
        };
        let mut h = match state {
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
        while reuse.is_none() && self.dir.join(digest_name(h.file)).exists() {
            h = Head {
                file: h.file + 1,
                len: 0,
                ..h
            };
        }
        let mut rest = bodies;
        loop {
            let (mut file, mut tally) = match reuse.take() {
                Some(kept) => kept,
                None => {
                    let file = self.reconcile(&mut h, &mut notes)?;
                    // A file this writer starts is one it can tally.
                    (file, (h.len == 0).then(Tally::default))
                }
            };
            let (buf, sealed, taken) = self.seal_fitting(&h, &notes, rest);
            if buf.is_empty() {
                // Not even the first record fits in what is left of this file.
                self.close(h.file, &h, tally)?;
                h = Head {
                    file: h.file + 1,
                    len: 0,
                    ..h
                };
                self.plan_pruning(h.file, &mut notes, &mut pruning)?;
                continue;
            }
            let path = self.path(h.file);
            let new_file = h.len == 0;
            file.write_all(&buf).map_err(|e| io_error(&path, e))?;
            if let Some(t) = tally.as_mut() {
                t.add(&buf, h.seq + 1, sealed.seq - h.seq);
            }
            if self.settings.sync {
                file.sync_data().map_err(|e| io_error(&path, e))?;
                if new_file {
                    fsutil::sync_dir(&self.dir).map_err(|e| io_error(&self.dir, e))?;
                }
            }
            h = Head {
                len: h.len + buf.len() as u64,
                ..sealed
            };
            lock.write_head(self.key, &h)?;
            notes.clear();
            // The note is in the log: the files it names may go. (One that cannot be deleted
            // now is deleted by the next pruning.)
            if let Some(p) = pruning.take() {
                let _ = prune::delete(&self.dir, &p);
            }
            rest = &rest[taken..];
            if rest.is_empty() {
                let receipt = AppendReceipt {
                    seq: h.seq,
                    file: log_name(h.file),
                };
                return Ok((receipt, (h, file, tally)));
            }
            // The file is full: what is left goes on in the next, exactly as if another
            // append under the lock came after this one.
            self.close(h.file, &h, tally)?;
            h = Head {
                file: h.file + 1,
                len: 0,
                ..h
            };
            self.plan_pruning(h.file, &mut notes, &mut pruning)?;
        }
    }

    /// On starting file `current`, with a retention set: the note naming the closed files old
    /// enough to delete goes first in it (see `prune`).
    fn plan_pruning(
        &self,
        current: u64,
        notes: &mut Vec<Body>,
        pruning: &mut Option<Pruned>,
    ) -> StoreResult<()> {
        let Some(days) = self.settings.retention_days else {
            return Ok(());
        };
        if pruning.is_none()
            && let Some((note, p)) = prune::plan(self.key, &self.dir, days, self.now, current)?
        {
            notes.push(note);
            *pruning = Some(p);
        }
        Ok(())
    }

    /// Seals the notes and then as many of `bodies` as fit in the current file (at least one
    /// record in an empty file). Returns the bytes, the head after them and how many of
    /// `bodies` they hold; no bytes when nothing fits.
    fn seal_fitting(&self, h: &Head, notes: &[Body], bodies: &[Body]) -> (Vec<u8>, Head, usize) {
        let mut sealed = *h;
        // Room for the usual event, so the batch is rarely copied as it grows.
        let mut buf = Vec::with_capacity((notes.len() + bodies.len()) * 1536);
        let mut taken = 0;
        for (i, body) in notes.iter().chain(bodies).enumerate() {
            let before = buf.len();
            let mac = record::seal_into(&mut buf, self.key, sealed.seq + 1, &sealed.last, body);
            if h.len + buf.len() as u64 > self.settings.max_file_bytes {
                // The notes and the first record go together: in the next file if not here
                // (an empty file takes them whatever their size).
                let first = i <= notes.len();
                match (first, h.len > 0) {
                    (true, true) => return (Vec::new(), *h, 0),
                    (true, false) => {}
                    (false, _) => {
                        buf.truncate(before);
                        break;
                    }
                }
            }
            sealed.seq += 1;
            sealed.last = mac;
            if i >= notes.len() {
                taken += 1;
            }
        }
        (buf, sealed, taken)
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

    /// Appends several events under one hold of the lock, in one write unless they fill the
    /// current file (the service events of one housekeeping pass, or the calls a server
    /// gathered); the receipt names the last. Nothing is written when the trail is off or
    /// `events` empty.
    pub fn append_audit_events(
        &self,
        events: &[Value],
        settings: &AuditSettings,
        now: Timestamp,
    ) -> StoreResult<Option<AppendReceipt>> {
        self.append_audit_batch(events.to_vec(), settings, now)
    }

    /// [`Keystore::append_audit_events`], taking the events (no copy of them is made).
    pub fn append_audit_batch(
        &self,
        events: Vec<Value>,
        settings: &AuditSettings,
        now: Timestamp,
    ) -> StoreResult<Option<AppendReceipt>> {
        self.append_bodies(events.into_iter().map(Body::Event).collect(), settings, now)
    }

    /// [`Keystore::append_audit_batch`] for events already serialised as compact JSON (as
    /// `model::json::to_vec` writes them), so the caller's threads, not the writer, pay for it.
    pub fn append_audit_serialized(
        &self,
        events: Vec<Vec<u8>>,
        settings: &AuditSettings,
        now: Timestamp,
    ) -> StoreResult<Option<AppendReceipt>> {
        self.append_bodies(
            events.into_iter().map(Body::EventJson).collect(),
            settings,
            now,
        )
    }

    fn append_bodies(
        &self,
        bodies: Vec<Body>,
        settings: &AuditSettings,
        now: Timestamp,
    ) -> StoreResult<Option<AppendReceipt>> {
        if !settings.enabled || bodies.is_empty() {
            return Ok(None);
        }
        let w = Writer {
            key: self.audit_key(),
            dir: self.audit_dir(),
            settings,
            now,
        };
        w.append(&bodies, &mut self.held_audit_files()).map(Some)
    }
}

//! The data behind GetKeyLastUsage: one small MACed file per key and Region, independent of
//! the audit trail (it works with the trail off).
//!
//! Recording a use runs on every successful cryptographic call, so it is cheap: the file is a
//! fixed-size slot rewritten in place by one `write` at offset 0, without fsync and without a
//! lock (a temp file renamed into place costs 30 times more on ext4, which flushes data on a
//! rename over an existing file). Writers of one file are serialised by the kernel; a reader
//! that catches a write half done sees its MAC fail and reads again. A process killed at any
//! point loses nothing already written; an operating-system crash or power cut can lose the
//! uses of the last few seconds (the file then shows an earlier use, or is empty, which reads
//! as "no use recorded"). Two calls racing on one key both succeed; the later write wins, which
//! may be the slightly older use. A process that keeps the file open (see `store::held`) skips reading
//! it while the last use written there is its own.

use super::super::error::{StoreResult, io_error};
use super::super::fsutil;
use super::lock::open_rw;
use super::{Keystore, sealed};
use crate::audit::usage::KeyUsage;
use crate::crypto::random;
use crate::model::Timestamp;
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The size of a usage file: the MACed document padded with spaces.
const USAGE_SLOT: usize = 1024;
const USAGE_KIND: &str = "KeyUsage";
const TRACKING_KIND: &str = "UsageTracking";

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct Tracking {
    /// When tracking began for the keystore, epoch milliseconds.
    since: i64,
}

/// The time of the use recorded in a slot's `bytes`, unchecked; `None` for an empty slot (or
/// one that does not parse, which is then simply overwritten).
fn recorded_time(bytes: &[u8]) -> Option<i64> {
    #[derive(Deserialize)]
    struct Slot {
        #[serde(rename = "KeyUsage")]
        usage: Recorded,
    }
    #[derive(Deserialize)]
    struct Recorded {
        #[serde(rename = "Timestamp")]
        timestamp: i64,
    }
    serde_json::from_slice::<Slot>(bytes.trim_ascii_end())
        .ok()
        .map(|s| s.usage.timestamp)
}

/// Writes `bytes` to a fresh temp file next to `path`; returns the temp path.
fn write_temp(path: &Path, bytes: &[u8], sync: bool) -> std::io::Result<PathBuf> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = dir.join(format!(".usage.{}.tmp", random::to_hex(&random::bytes(8))));
    let res = fsutil::create_private(&tmp).and_then(|mut f| {
        f.write_all(bytes)?;
        if sync { f.sync_all() } else { Ok(()) }
    });
    match res {
        Ok(()) => Ok(tmp),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// Creates `dir` and its missing parents, readable by the owner only.
fn create_private_dirs(dir: &Path) -> StoreResult<()> {
    if dir.is_dir() {
        return Ok(());
    }
    if let Some(parent) = dir.parent() {
        create_private_dirs(parent)?;
    }
    match std::fs::create_dir(dir) {
        Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => return Err(io_error(dir, e)),
        _ => {}
    }
    fsutil::restrict_dir(dir).map_err(|e| io_error(dir, e))
}

impl Keystore {
    fn usage_path(&self, region: &str, key_id: &str) -> PathBuf {
        self.dir()
            .join("usage")
            .join(region)
            .join(format!("{key_id}.last-use"))
    }

    /// Records a successful cryptographic use of key `key_id` in `region` (call it for each key
    /// a call used: ReEncrypt uses two). Keeps the newer use if a newer one is already there.
    ///
    /// The file is opened once, read and rewritten through the same handle. The use already
    /// there is compared without checking its MAC (that costs more than the rest): an altered
    /// file can at worst stop updates, and GetKeyLastUsage, which does check it, reports it.
    pub fn record_key_usage(
        &self,
        region: &str,
        key_id: &str,
        usage: &KeyUsage,
    ) -> StoreResult<()> {
        let path = self.usage_path(region, key_id);
        let mut held = self.held_audit_files();
        let (file, written) = held.usage_file(path.clone(), || {
            let file = match open_rw(&path, false) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    let dir = path.parent().unwrap_or(Path::new("."));
                    create_private_dirs(dir)?;
                    open_rw(&path, false)
                }
                other => other,
            };
            file.map_err(|e| io_error(&path, e))
        })?;
        // A file this process holds and wrote has its first use, and a newer use only from a
        // writer racing this one (the later write wins then anyway): no need to read it.
        match *written {
            Some(t) if t > usage.timestamp => return Ok(()),
            Some(_) => {}
            None => {
                let existing =
                    fsutil::read_start(file, 4 * USAGE_SLOT).map_err(|e| io_error(&path, e))?;
                match recorded_time(&existing) {
                    Some(t) if t > usage.timestamp => return Ok(()),
                    Some(_) => {}
                    // The key's first recorded use: tracking began no later than now.
                    None => {
                        if let Some(t) = Timestamp::from_epoch_millis(usage.timestamp) {
                            self.usage_tracking_start(t)?;
                        }
                    }
                }
            }
        }
        let mut bytes = sealed::encode(self.audit_key(), USAGE_KIND, &[region, key_id], usage);
        let padded = bytes.len() <= USAGE_SLOT;
        if padded {
            bytes.resize(USAGE_SLOT, b' ');
        }
        fsutil::write_start(file, &bytes)
            .and_then(|_| {
                if padded {
                    Ok(())
                } else {
                    file.set_len(bytes.len() as u64)
                }
            })
            .map_err(|e| io_error(&path, e))?;
        *written = Some(usage.timestamp);
        Ok(())
    }

    /// The last recorded use of key `key_id` in `region`; `None` if none was recorded (or a
    /// crash left the file empty). An altered file is an integrity error.
    pub fn key_last_usage(&self, region: &str, key_id: &str) -> StoreResult<Option<KeyUsage>> {
        let path = self.usage_path(region, key_id);
        let mut attempts = 0;
        loop {
            let bytes = match std::fs::read(&path) {
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
                Err(e) => return Err(io_error(&path, e)),
            };
            if bytes.iter().all(|b| *b == 0 || b.is_ascii_whitespace()) {
                return Ok(None);
            }
            match sealed::decode(
                self.audit_key(),
                USAGE_KIND,
                &[region, key_id],
                &bytes,
                &path,
            ) {
                Ok(u) => return Ok(Some(u)),
                // A concurrent writer may have been half-way through its write: read again.
                Err(_) if attempts < 3 => {
                    attempts += 1;
                    std::thread::yield_now();
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// Forgets a key's usage (when the key is deleted for good).
    pub fn delete_key_usage(&self, region: &str, key_id: &str) -> StoreResult<()> {
        let path = self.usage_path(region, key_id);
        self.held_audit_files().forget_usage_file(&path);
        fsutil::remove(&path)
    }

    /// When last-usage tracking began for this keystore: fixed the first time anyone asks
    /// (`now` then), by whichever process gets there first.
    pub fn usage_tracking_start(&self, now: Timestamp) -> StoreResult<Timestamp> {
        let dir = self.dir().join("usage");
        let path = dir.join("tracking-start");
        let read = |path: &Path| -> StoreResult<Option<Timestamp>> {
            match std::fs::read(path) {
                Ok(b) => {
                    let t: Tracking =
                        sealed::decode(self.audit_key(), TRACKING_KIND, &[], &b, path)?;
                    Ok(Timestamp::from_epoch_millis(t.since))
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(io_error(path, e)),
            }
        };
        if let Some(t) = read(&path)? {
            return Ok(t);
        }
        create_private_dirs(&dir)?;
        let doc = sealed::encode(
            self.audit_key(),
            TRACKING_KIND,
            &[],
            &Tracking {
                since: now.epoch_millis(),
            },
        );
        let tmp = write_temp(&path, &doc, true).map_err(|e| io_error(&path, e))?;
        // A hard link creates the file only if it does not exist yet, atomically.
        let linked = std::fs::hard_link(&tmp, &path);
        let _ = std::fs::remove_file(&tmp);
        match linked {
            Ok(()) => {
                fsutil::sync_dir(&dir).map_err(|e| io_error(&dir, e))?;
                Ok(now)
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                read(&path)?.ok_or_else(|| io_error(&path, e))
            }
            Err(e) => Err(io_error(&path, e)),
        }
    }
}

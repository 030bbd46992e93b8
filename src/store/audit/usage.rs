//! The data behind GetKeyLastUsage: one small MACed file per key and Region, independent of
//! the audit trail (it works with the trail off).
//!
//! Recording a use runs on every successful cryptographic call, so it is cheap: write a temp
//! file and rename it over the old one, without fsync and without any lock. The rename is
//! atomic, so a reader sees the old use or the new one. A process killed at any point loses
//! nothing already renamed; an operating-system crash or power cut can lose the uses of the
//! last few seconds (the file then shows an earlier use, or, on a file system that does not
//! order renames after data, an empty file, which reads as "no use recorded"). Two calls racing
//! on one key both succeed; the later rename wins, which may be the slightly older use.

use super::super::document::{self, io_error};
use super::super::fsutil;
use super::Keystore;
use crate::audit::usage::KeyUsage;
use crate::crypto::random;
use crate::error::Error;
use crate::model::Timestamp;
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};

const USAGE_KIND: &str = "KeyUsage";
const TRACKING_KIND: &str = "UsageTracking";

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct Tracking {
    /// When tracking began for the keystore, epoch milliseconds.
    since: i64,
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

impl Keystore {
    fn usage_path(&self, region: &str, key_id: &str) -> PathBuf {
        self.dir()
            .join("usage")
            .join(region)
            .join(format!("{key_id}.json"))
    }

    /// Records a successful cryptographic use of key `key_id` in `region` (call it for each key
    /// a call used: ReEncrypt uses two). Keeps the newer use if a newer one is already there.
    pub fn record_key_usage(
        &self,
        region: &str,
        key_id: &str,
        usage: &KeyUsage,
    ) -> Result<(), Error> {
        if let Ok(Some(existing)) = self.key_last_usage(region, key_id)
            && existing.timestamp > usage.timestamp
        {
            return Ok(());
        }
        let path = self.usage_path(region, key_id);
        let bytes = document::encode(self.mac_key(), USAGE_KIND, &[region, key_id], usage);
        let dir = path.parent().unwrap_or(Path::new("."));
        let tmp = match write_temp(&path, &bytes, false) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                std::fs::create_dir_all(dir).map_err(|e| io_error(dir, &e))?;
                write_temp(&path, &bytes, false)
            }
            other => other,
        }
        .map_err(|e| io_error(&path, &e))?;
        std::fs::rename(&tmp, &path).map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            io_error(&path, &e)
        })
    }

    /// The last recorded use of key `key_id` in `region`; `None` if none was recorded (or the
    /// file was left empty by a crash). An altered file is an integrity error.
    pub fn key_last_usage(&self, region: &str, key_id: &str) -> Result<Option<KeyUsage>, Error> {
        let path = self.usage_path(region, key_id);
        match std::fs::read(&path) {
            Ok(b) if b.is_empty() => Ok(None),
            Ok(b) => {
                document::decode(self.mac_key(), USAGE_KIND, &[region, key_id], &b, &path).map(Some)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io_error(&path, &e)),
        }
    }

    /// Forgets a key's usage (when the key is deleted for good).
    pub fn delete_key_usage(&self, region: &str, key_id: &str) -> Result<(), Error> {
        let path = self.usage_path(region, key_id);
        fsutil::remove(&path).map_err(|e| io_error(&path, &e))
    }

    /// When last-usage tracking began for this keystore: fixed the first time anyone asks
    /// (`now` then), by whichever process gets there first.
    pub fn usage_tracking_start(&self, now: Timestamp) -> Result<Timestamp, Error> {
        let dir = self.dir().join("usage");
        let path = dir.join("tracking.json");
        let read = |path: &Path| -> Result<Option<Timestamp>, Error> {
            match std::fs::read(path) {
                Ok(b) => {
                    let t: Tracking =
                        document::decode(self.mac_key(), TRACKING_KIND, &[], &b, path)?;
                    Ok(Timestamp::from_epoch_millis(t.since))
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(io_error(path, &e)),
            }
        };
        if let Some(t) = read(&path)? {
            return Ok(t);
        }
        std::fs::create_dir_all(&dir).map_err(|e| io_error(&dir, &e))?;
        let doc = document::encode(
            self.mac_key(),
            TRACKING_KIND,
            &[],
            &Tracking {
                since: now.epoch_millis(),
            },
        );
        let tmp = write_temp(&path, &doc, true).map_err(|e| io_error(&path, &e))?;
        // A hard link creates the file only if it does not exist yet, atomically.
        let linked = std::fs::hard_link(&tmp, &path);
        let _ = std::fs::remove_file(&tmp);
        match linked {
            Ok(()) => {
                fsutil::sync_dir(&dir).map_err(|e| io_error(&dir, &e))?;
                Ok(now)
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                read(&path)?.ok_or_else(|| io_error(&path, &e))
            }
            Err(e) => Err(io_error(&path, &e)),
        }
    }
}

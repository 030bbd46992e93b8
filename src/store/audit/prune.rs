//! Deleting closed log files older than the retention (see `audit::retention`). A writer plans
//! under the audit lock when it closes a file, writes the note with its next records, and only
//! then deletes: a crash in between leaves files that the note already covers, which the next
//! pruning deletes.

use super::super::error::{StoreResult, io_error};
use super::lock::log_numbers;
use super::{digest_name, digest_number, log_name, log_number, sealed};
use crate::audit::record::{Body, Digest};
use crate::audit::retention::{self, Pruned};
use crate::crypto::random;
use crate::crypto::secret::Key256;
use crate::model::Timestamp;
use serde_json::Value;
use std::path::Path;

const DAY_MS: i64 = 86_400_000;

/// The closed files (numbered below `current`) whose digests say they were closed more than
/// `days` before `now`, from the oldest on and stopping at the first that is not: the note to
/// write and the files to delete after it; `None` when there are none.
pub(super) fn plan(
    key: &Key256,
    dir: &Path,
    days: u32,
    now: Timestamp,
    current: u64,
) -> StoreResult<Option<(Body, Pruned)>> {
    let cutoff = now.epoch_millis() - i64::from(days) * DAY_MS;
    let mut found: Option<Pruned> = None;
    for n in log_numbers(dir)?.into_iter().filter(|n| *n < current) {
        let path = dir.join(digest_name(n));
        let Ok(bytes) = std::fs::read(&path) else {
            break;
        };
        let Ok(doc) = serde_json::from_slice::<Value>(&bytes) else {
            break;
        };
        let mac = doc["Mac"].as_str().map(str::to_string);
        let Ok(d) = sealed::decode_value::<Digest>(key, "AuditDigest", &[&log_name(n)], doc, &path)
        else {
            break;
        };
        let last_mac = random::from_hex(&d.last_mac).and_then(|m| m.try_into().ok());
        let (Some(mac), Some(last_mac)) = (mac, last_mac) else {
            break;
        };
        if d.closed >= cutoff {
            break;
        }
        found = Some(Pruned {
            first_file: found.as_ref().map_or(n, |f| f.first_file),
            through_file: n,
            last_seq: d.last_seq,
            last_mac,
            last_digest: mac,
            retention_days: days,
        });
    }
    Ok(found.map(|p| (retention::note(&p), p)))
}

/// Deletes every log file numbered up to `p.through_file`, then their digests (a file already
/// gone is fine). Logs go first: a log left by a crash keeps the digest that dates it, so the
/// next pruning finds it old and deletes it; a digest left alone is deleted with the next.
pub(super) fn delete(dir: &Path, p: &Pruned) -> StoreResult<()> {
    for number_of in [log_number, digest_number] {
        let entries = std::fs::read_dir(dir).map_err(|e| io_error(dir, e))?;
        for entry in entries.flatten() {
            let number = entry.file_name().to_str().and_then(number_of);
            if number.is_some_and(|n| n <= p.through_file) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    Ok(())
}

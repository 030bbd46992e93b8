//! The audit trail on disk: an append-only, MAC-chained log of CloudTrail events with a signed
//! digest per closed file, the per-key last-usage files behind GetKeyLastUsage, and the
//! keystore settings that switch the trail off.
//!
//! Layout under the keystore directory:
//! ```text
//! settings.json                    keystore settings (audit trail on/off, file size, sync), MACed
//! audit/lock                       the audit lock (held while appending) and the log's head
//! audit/log-000001.jsonl           closed log file: one record per line (see audit::record)
//! audit/log-000001.digest          its signed digest: SHA-256, record range, previous digest
//! audit/log-000002.jsonl           the current log file
//! audit/torn-000002-1234.bin       bytes of an interrupted write, cut from the log and kept
//! usage/tracking-start             when last-usage tracking began for the keystore, MACed
//! usage/<region>/<key-id>.last-use the key's last successful cryptographic use, MACed
//! ```
//!
//! The digests and last-use files are JSON MACed under the audit key (see `sealed`), not keystore
//! documents: they carry no generation and are not journaled, so they are not named `.json`. The
//! audit lock is separate from the keystore's write lock, so appending an event never waits for
//! key writes and key writes never wait for the audit trail.

mod append;
mod lock;
mod prune;
mod read;
mod sealed;
mod settings;
mod usage;

pub use append::AppendReceipt;
pub use read::LookupError;
pub use settings::{AuditSettings, DEFAULT_MAX_FILE_BYTES, MAX_RETENTION_DAYS, MIN_MAX_FILE_BYTES};

use super::Keystore;
use std::path::PathBuf;

const AUDIT_DIR: &str = "audit";

pub(crate) use crate::audit::{digest_name, digest_number, log_name, log_number};

impl Keystore {
    fn audit_dir(&self) -> PathBuf {
        self.dir().join(AUDIT_DIR)
    }
}

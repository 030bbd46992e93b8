//! Keystore settings (`settings.json`): for now, the audit trail's.

use super::super::document;
use super::super::error::{StoreError, StoreResult, io_error};
use super::Keystore;
use serde::{Deserialize, Serialize};

const SETTINGS_FILE: &str = "settings.json";
const SETTINGS_KIND: &str = "Settings";
/// The default size at which a log file is closed and a new one begun.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;
/// The smallest allowed log file size (one large event must fit).
pub const MIN_MAX_FILE_BYTES: u64 = 64 * 1024;
/// The longest retention that can be set, in days (ten years).
pub const MAX_RETENTION_DAYS: u32 = 3653;

/// How the audit trail behaves in this keystore.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AuditSettings {
    /// Whether calls are logged at all. GetKeyLastUsage keeps working either way.
    #[serde(default = "enabled_default")]
    pub enabled: bool,
    /// The size in bytes after which a log file is closed (signed) and a new one begun.
    #[serde(default = "max_default")]
    pub max_file_bytes: u64,
    /// Whether every append waits for the disk (fdatasync) before the call returns.
    #[serde(default)]
    pub sync: bool,
    /// How many days a closed log file is kept; every file is kept when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_days: Option<u32>,
}

fn enabled_default() -> bool {
    true
}

fn max_default() -> u64 {
    DEFAULT_MAX_FILE_BYTES
}

impl Default for AuditSettings {
    fn default() -> Self {
        Self {
            enabled: true,
            max_file_bytes: DEFAULT_MAX_FILE_BYTES,
            sync: false,
            retention_days: None,
        }
    }
}

/// The settings document. Members added later get defaults, so older files stay readable.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Settings {
    #[serde(default)]
    audit_trail: AuditSettings,
}

impl Keystore {
    /// The audit trail settings; the defaults (on, 8 MiB files, no sync) when none were saved.
    pub fn audit_settings(&self) -> StoreResult<AuditSettings> {
        let path = self.dir().join(SETTINGS_FILE);
        match std::fs::read(&path) {
            Ok(bytes) => {
                let s: Settings =
                    document::decode(self.doc_key(), SETTINGS_KIND, &[], &bytes, &path)?;
                Ok(s.audit_trail)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(AuditSettings::default()),
            Err(e) => Err(io_error(&path, e)),
        }
    }

    /// Saves the audit trail settings (under the keystore's write lock).
    pub fn set_audit_settings(&self, audit: &AuditSettings) -> StoreResult<()> {
        if audit.max_file_bytes < MIN_MAX_FILE_BYTES {
            return Err(StoreError::Config(format!(
                "the audit log file size must be at least {MIN_MAX_FILE_BYTES} bytes, not {}",
                audit.max_file_bytes
            )));
        }
        if let Some(d) = audit
            .retention_days
            .filter(|d| !(1..=MAX_RETENTION_DAYS).contains(d))
        {
            return Err(StoreError::Config(format!(
                "the audit log retention must be 1 to {MAX_RETENTION_DAYS} days, not {d}"
            )));
        }
        let _lock = self.lock()?;
        let path = self.dir().join(SETTINGS_FILE);
        let settings = Settings {
            audit_trail: audit.clone(),
        };
        document::write(self.doc_key(), SETTINGS_KIND, &[], &settings, &path)
    }
}

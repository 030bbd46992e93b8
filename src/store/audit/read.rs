//! Reading the audit log back: `audit verify` and LookupEvents.

use super::super::error::{StoreError, StoreResult, io_error};
use super::lock::{AuditLock, log_numbers};
use super::{Keystore, digest_name, log_name, sealed};
use crate::audit::lookup::{CloudTrailError, LookupEventsInput, Query};
use crate::audit::record::{self, Body, Digest};
use crate::audit::verify::{self, DigestState, LogFile, Report};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// Why a lookup failed: a request CloudTrail would refuse, or the keystore.
#[derive(Debug)]
pub enum LookupError {
    /// The request is not valid (a CloudTrail exception).
    Request(CloudTrailError),
    /// The log could not be read.
    Store(StoreError),
}

impl fmt::Display for LookupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Request(e) => e.fmt(f),
            Self::Store(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for LookupError {}

fn read_opt(path: &Path) -> StoreResult<Option<Vec<u8>>> {
    match std::fs::read(path) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io_error(path, e)),
    }
}

/// The digest numbers present in `dir`.
fn digest_numbers(dir: &Path) -> StoreResult<Vec<u64>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io_error(dir, e)),
    };
    let mut nums: Vec<u64> = entries
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            super::digest_number(&name)
        })
        .collect();
    nums.sort_unstable();
    Ok(nums)
}

impl Keystore {
    /// Checks the whole audit log (every record, every closed file against its digest, the end
    /// against the head) and reports what is wrong, in log order; a clean log has no findings.
    /// Holds the audit lock while reading, so it sees no write half done.
    pub fn verify_audit_log(&self) -> StoreResult<Report> {
        let dir = self.audit_dir();
        if !dir.is_dir() {
            return Ok(Report {
                files_checked: 0,
                records_checked: 0,
                findings: Vec::new(),
            });
        }
        let key = self.audit_key();
        let mut lock = AuditLock::acquire(&dir, None)?;
        let head = lock.read_head(key)?;
        let mut files = Vec::new();
        for n in log_numbers(&dir)? {
            let path = dir.join(log_name(n));
            if let Some(bytes) = read_opt(&path)? {
                files.push((n, log_name(n), bytes));
            }
        }
        let mut digests = BTreeMap::new();
        for n in digest_numbers(&dir)? {
            let name = digest_name(n);
            let path = dir.join(&name);
            let Some(bytes) = read_opt(&path)? else {
                continue;
            };
            let doc: Value = serde_json::from_slice(&bytes).unwrap_or_default();
            let mac = doc["Mac"].as_str().unwrap_or_default().to_string();
            let state = match sealed::decode_value::<Digest>(
                key,
                "AuditDigest",
                &[&log_name(n)],
                doc,
                &path,
            ) {
                Ok(d) => DigestState::Valid(d, mac),
                Err(_) => DigestState::Invalid,
            };
            digests.insert(n, (name, state));
        }
        drop(lock);
        let views: Vec<LogFile> = files
            .iter()
            .map(|(n, name, bytes)| LogFile {
                number: *n,
                name,
                bytes,
            })
            .collect();
        Ok(verify::analyse(key, &views, &digests, head))
    }

    /// LookupEvents over the audit log: newest first, one attribute, a time range, pages of at
    /// most 50 with a NextToken that stays valid while events are appended.
    pub fn lookup_audit_events(&self, input: &LookupEventsInput) -> Result<Value, LookupError> {
        let query = Query::new(input).map_err(LookupError::Request)?;
        let dir = self.audit_dir();
        let nums = log_numbers(&dir).map_err(LookupError::Store)?;
        let mut failure = None;
        let records = nums.iter().rev().flat_map(|&n| {
            let bytes = match read_opt(&dir.join(log_name(n))) {
                Ok(b) => b.unwrap_or_default(),
                Err(e) => {
                    failure.get_or_insert(e);
                    Vec::new()
                }
            };
            events_newest_first(&bytes, query.before())
        });
        let out = query.run(records);
        match failure {
            Some(e) => Err(LookupError::Store(e)),
            None => Ok(out),
        }
    }
}

/// The events of one file, newest first, below sequence number `before`. Incomplete or
/// unreadable lines and lkms's own notes are skipped (verify reports them).
fn events_newest_first(bytes: &[u8], before: Option<u64>) -> Vec<(u64, Value)> {
    let complete = match bytes.iter().rposition(|b| *b == b'\n') {
        Some(i) => &bytes[..i],
        None => return Vec::new(),
    };
    complete
        .split(|b| *b == b'\n')
        .rev()
        .filter_map(record::parse)
        .filter(|p| before.is_none_or(|b| p.seq < b))
        .filter_map(|p| match p.body {
            Body::Event(e) => Some((p.seq, e)),
            // Parsing never makes the serialised form.
            Body::Note(_) | Body::EventJson(_) => None,
        })
        .collect()
}

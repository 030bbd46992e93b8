//! The audit trail's pure parts: CloudTrail-shaped events, the record chain that makes the log
//! tamper-evident, its verification, LookupEvents, and the data behind GetKeyLastUsage.
//!
//! Nothing here touches the filesystem; `store::audit` writes and reads the log.
//!
//! The record step of an operation builds the event with [`event::api_call`] from what the
//! operation knows (caller, request and response in wire form, or the error), appends it with
//! `Keystore::append_audit_event`, and, for a successful tracked cryptographic call, records
//! [`usage::KeyUsage`] with `Keystore::record_key_usage` for each key used.

pub mod event;
pub mod identity;
pub mod lookup;
pub mod operations;
pub mod record;
pub mod redact;
pub mod retention;
pub mod usage;
pub mod verify;
mod verify_files;

#[cfg(test)]
mod event_tests;
#[cfg(test)]
mod event_tests_admin;

pub use event::{ApiCall, EventIds, Outcome, ServiceAction, ServiceEvent};
pub use identity::Caller;
pub use lookup::{CloudTrailError, CloudTrailErrorCode, LookupEventsInput, Query};
pub use usage::KeyUsage;
pub use verify::{Finding, FindingKind};

/// The name of log file `n`: part of the trail's format, since notes and findings name files.
pub fn log_name(n: u64) -> String {
    format!("log-{n:06}.jsonl")
}

/// The name of log file `n`'s digest.
pub fn digest_name(n: u64) -> String {
    format!("log-{n:06}.digest")
}

/// The number of a log file from its name.
pub fn log_number(name: &str) -> Option<u64> {
    number_in(name, ".jsonl")
}

/// The number of a digest from its name.
pub fn digest_number(name: &str) -> Option<u64> {
    number_in(name, ".digest")
}

fn number_in(name: &str, suffix: &str) -> Option<u64> {
    let digits = name.strip_prefix("log-")?.strip_suffix(suffix)?;
    (digits.len() >= 6 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

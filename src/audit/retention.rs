//! Retention: the note a writer puts in the chain before it deletes closed log files that are
//! older than the keystore's retention, and what `audit verify` reads from it. The note names
//! the last deleted file, the last record in it and that file's digest, so the files left over
//! are checked against what was deleted: the first record kept must chain to the last one
//! deleted, and the first digest kept to the last digest deleted. Files are deleted only after
//! the note is in the log, and only files the note covers count as pruned; a file missing
//! beyond it is still reported as removed.

use super::record::{Body, Link};
use crate::crypto::random;
use serde_json::{Map, Value};

/// The note's kind.
const KIND: &str = "LogFilesPruned";

/// What a pruning note says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pruned {
    /// The first log file deleted by this pruning.
    pub first_file: u64,
    /// The last log file deleted (every file up to it is gone or may go).
    pub through_file: u64,
    /// The sequence number of the last record in it.
    pub last_seq: u64,
    /// That record's MAC: the first record kept chains to it.
    pub last_mac: Link,
    /// The MAC of the last deleted file's digest: the first digest kept names it.
    pub last_digest: String,
    /// The retention in force, in days.
    pub retention_days: u32,
}

/// The note recording a pruning.
pub fn note(p: &Pruned) -> Body {
    let mut m = Map::new();
    m.insert("Kind".into(), KIND.into());
    m.insert("FirstFile".into(), super::log_name(p.first_file).into());
    m.insert("ThroughFile".into(), super::log_name(p.through_file).into());
    m.insert("LastSequence".into(), p.last_seq.into());
    m.insert("LastMac".into(), random::to_hex(&p.last_mac).into());
    m.insert("LastDigest".into(), p.last_digest.clone().into());
    m.insert("RetentionDays".into(), p.retention_days.into());
    Body::Note(Value::Object(m))
}

/// The pruning a record notes, if it is such a note.
pub fn of(body: &Body) -> Option<Pruned> {
    let Body::Note(n) = body else { return None };
    if n["Kind"].as_str() != Some(KIND) {
        return None;
    }
    let file = |k: &str| super::log_number(n[k].as_str()?);
    Some(Pruned {
        first_file: file("FirstFile")?,
        through_file: file("ThroughFile")?,
        last_seq: n["LastSequence"].as_u64()?,
        last_mac: random::from_hex(n["LastMac"].as_str()?)?.try_into().ok()?,
        last_digest: n["LastDigest"].as_str()?.to_string(),
        retention_days: u32::try_from(n["RetentionDays"].as_u64()?).ok()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pruning_note_reads_back() {
        let p = Pruned {
            first_file: 1,
            through_file: 12,
            last_seq: 7000,
            last_mac: [3; 32],
            last_digest: "ab".repeat(32),
            retention_days: 90,
        };
        assert_eq!(of(&note(&p)), Some(p));
        assert_eq!(of(&super::super::record::head_note("missing")), None);
    }
}

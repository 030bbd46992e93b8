//! Checking the audit log: every record's MAC and place in the chain, every closed file against
//! its signed digest, and the end of the log against the head.
//!
//! Records cannot be forged without the root key, so whatever is wrong is one of: a record
//! whose bytes changed (edited), a record that is gone (removed), a line lkms did not write or a
//! copy of a real record (inserted), a real record in the wrong place (reordered), an
//! incomplete last line (torn), or a whole file gone or changed.

use super::record::{self, Body, Digest, HeadState, Link};
use super::retention::{self, Pruned};
use crate::crypto::secret::Key256;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};

/// What is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum FindingKind {
    /// A record whose content changed after it was written.
    EditedEvent,
    /// Records missing from the chain.
    RemovedEvents,
    /// A line lkms did not write there (foreign, or a copy of another record).
    InsertedEvent,
    /// A genuine record out of its place.
    ReorderedEvent,
    /// An incomplete last line (an interrupted write not yet repaired).
    TornRecord,
    /// A torn write that a later writer cut off (the event being written was lost).
    RepairedTornRecord,
    /// A writer found fewer records than the head counted and carried on after them.
    RecordsLost,
    /// A whole log file is missing.
    RemovedFile,
    /// A closed log file's bytes differ from its digest.
    EditedFile,
    /// A closed log file has no digest.
    MissingDigest,
    /// A digest whose signature does not verify, or that belongs to another file.
    InvalidDigest,
    /// The head (end-of-log marker) is missing or altered.
    InvalidHead,
}

/// One problem, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Finding {
    /// What is wrong.
    pub kind: FindingKind,
    /// The log (or digest) file concerned.
    pub file: String,
    /// The 1-based line in that file, when one line is concerned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// The record's sequence number (the first of a range), when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sequence: Option<u64>,
    /// A sentence for people.
    pub detail: String,
}

/// The outcome of a verification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Report {
    /// How many log files were read.
    pub files_checked: usize,
    /// How many complete lines they held.
    pub records_checked: usize,
    /// Everything found wrong, in log order; empty for a clean log.
    pub findings: Vec<Finding>,
}

/// One log file as read from disk.
#[derive(Debug, Clone, Copy)]
pub struct LogFile<'a> {
    /// Its number (`log-000007.jsonl` is 7).
    pub number: u64,
    /// Its name.
    pub name: &'a str,
    /// Its bytes.
    pub bytes: &'a [u8],
}

/// A digest document as found on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DigestState {
    /// Its signature does not verify.
    Invalid,
    /// A valid digest and its document MAC (hex).
    Valid(Digest, String),
}

#[derive(Clone, Copy)]
pub(super) struct Pos<'a> {
    pub(super) file: &'a str,
    pub(super) line: u64,
}

pub(super) fn finding(kind: FindingKind, pos: Pos, seq: Option<u64>, detail: String) -> Finding {
    Finding {
        kind,
        file: pos.file.to_string(),
        line: (pos.line > 0).then_some(pos.line),
        sequence: seq,
        detail,
    }
}

struct Genuine<'a> {
    pos: Pos<'a>,
    seq: u64,
    prev: Link,
    mac: Link,
}

/// Checks the log (`files` in number order, `digests` by file number, the lock file's `head`)
/// and reports every finding, in log order; a clean log gives none.
pub fn analyse(
    key: &Key256,
    files: &[LogFile],
    digests: &BTreeMap<u64, (String, DigestState)>,
    head: HeadState,
) -> Report {
    let mut out = Vec::new();
    let mut genuine: Vec<Genuine> = Vec::new();
    // The latest pruning the log records: the files it deleted are not missing.
    let mut pruned: Option<Pruned> = None;
    let mut suspects: Vec<(Pos, Option<u64>, usize)> = Vec::new();
    for f in files {
        let mut rest = f.bytes;
        let mut line_no = 0;
        while !rest.is_empty() {
            line_no += 1;
            let pos = Pos {
                file: f.name,
                line: line_no,
            };
            let Some(end) = rest.iter().position(|b| *b == b'\n') else {
                out.push(finding(
                    FindingKind::TornRecord,
                    pos,
                    None,
                    format!(
                        "the last line ({} bytes) is incomplete: a write was interrupted; the next \
                     append repairs it",
                        rest.len()
                    ),
                ));
                break;
            };
            let line = &rest[..end];
            rest = &rest[end + 1..];
            let parsed = record::parse(line);
            match parsed {
                Some(p) if record::authentic(key, line) => {
                    note_findings(&p.body, pos, p.seq, &mut out);
                    if let Some(pr) = retention::of(&p.body)
                        && pruned
                            .as_ref()
                            .is_none_or(|old| pr.through_file > old.through_file)
                    {
                        pruned = Some(pr);
                    }
                    genuine.push(Genuine {
                        pos,
                        seq: p.seq,
                        prev: p.prev,
                        mac: p.mac,
                    });
                }
                other => suspects.push((pos, other.map(|p| p.seq), genuine.len())),
            }
        }
    }
    // Genuine records: duplicates, splices from another copy of the log, order.
    let mut by_seq: HashMap<u64, usize> = HashMap::new();
    let mut max_seen = 0;
    for (i, g) in genuine.iter().enumerate() {
        if let Some(&first) = by_seq.get(&g.seq) {
            let at = genuine[first].pos;
            out.push(finding(
                FindingKind::InsertedEvent,
                g.pos,
                Some(g.seq),
                format!("a copy of record {} ({} line {})", g.seq, at.file, at.line),
            ));
            continue;
        }
        by_seq.insert(g.seq, i);
        if g.seq < max_seen {
            out.push(finding(
                FindingKind::ReorderedEvent,
                g.pos,
                Some(g.seq),
                format!("record {} comes after record {}", g.seq, max_seen),
            ));
        }
        max_seen = max_seen.max(g.seq);
    }
    for g in &genuine {
        let prev_mac = g
            .seq
            .checked_sub(1)
            .and_then(|s| by_seq.get(&s))
            .map(|&i| genuine[i].mac);
        // The first record after the pruned ones chains to the last of them, as the note says.
        let prev_mac = prev_mac.or_else(|| {
            pruned
                .as_ref()
                .filter(|p| g.seq == p.last_seq + 1)
                .map(|p| p.last_mac)
        });
        if prev_mac.is_some_and(|m| m != g.prev) {
            out.push(finding(
                FindingKind::InsertedEvent,
                g.pos,
                Some(g.seq),
                format!(
                    "record {} does not chain to record {}: it comes from another copy of this log",
                    g.seq,
                    g.seq - 1
                ),
            ));
        }
    }
    let head_seq = match head {
        HeadState::Valid(h) => h.seq,
        _ => 0,
    };
    let last = max_seen.max(head_seq);
    // Lines that are not genuine: an edit where a record is missing, otherwise an insertion.
    let mut accounted: HashSet<u64> = HashSet::new();
    let missing = |s: u64, acc: &HashSet<u64>| {
        s >= 1 && s <= last && !by_seq.contains_key(&s) && !acc.contains(&s)
    };
    let suspects_count = suspects.len();
    for (pos, claimed, before) in suspects {
        let prev_seq = before.checked_sub(1).map(|i| genuine[i].seq).unwrap_or(0);
        let next_seq = genuine.get(before).map(|g| g.seq);
        let by_place = prev_seq + 1;
        let seq = claimed.filter(|s| missing(*s, &accounted)).or_else(|| {
            (missing(by_place, &accounted) && next_seq.is_none_or(|n| n > by_place))
                .then_some(by_place)
        });
        match seq {
            Some(s) => {
                accounted.insert(s);
                out.push(finding(
                    FindingKind::EditedEvent,
                    pos,
                    Some(s),
                    format!("record {s} was changed after it was written"),
                ));
            }
            None => out.push(finding(
                FindingKind::InsertedEvent,
                pos,
                claimed,
                "this line was not written by lkms".into(),
            )),
        }
    }
    let removed_files = super::verify_files::check(files, digests, head, pruned.as_ref(), &mut out);
    // Missing sequence numbers, in ranges, unless a removed file explains them.
    let mut s = 1;
    while s <= last {
        if by_seq.contains_key(&s) || accounted.contains(&s) {
            s += 1;
            continue;
        }
        let start = s;
        while s <= last && !by_seq.contains_key(&s) && !accounted.contains(&s) {
            s += 1;
        }
        let end = s - 1;
        if covered(&removed_files, start, end) {
            continue;
        }
        let after = start
            .checked_sub(1)
            .and_then(|p| by_seq.get(&p))
            .map(|&i| genuine[i].pos);
        let pos = after.unwrap_or(Pos {
            file: files.first().map_or("", |f| f.name),
            line: 0,
        });
        let what = if start == end {
            format!("record {start} is")
        } else {
            format!("records {start} to {end} are")
        };
        let place = after.map_or("at the start of the log".to_string(), |p| {
            format!("after line {}", p.line)
        });
        out.push(finding(
            FindingKind::RemovedEvents,
            pos,
            Some(start),
            format!("{what} missing ({place})"),
        ));
    }
    match head {
        HeadState::Invalid => out.push(finding(
            FindingKind::InvalidHead,
            Pos {
                file: "lock",
                line: 0,
            },
            None,
            "the end-of-log marker was altered".into(),
        )),
        HeadState::Missing if !genuine.is_empty() => out.push(finding(
            FindingKind::InvalidHead,
            Pos {
                file: "lock",
                line: 0,
            },
            None,
            "the end-of-log marker is missing".into(),
        )),
        _ => {}
    }
    Report {
        files_checked: files.len(),
        records_checked: genuine.len() + suspects_count,
        findings: out,
    }
}

/// Whether the sequence numbers `start..=end` all fall in `ranges` taken together (the
/// records of removed files next to each other, or next to the pruned ones).
fn covered(ranges: &[(u64, u64)], start: u64, end: u64) -> bool {
    let mut sorted = ranges.to_vec();
    sorted.sort_unstable();
    let mut next = start;
    for (a, b) in sorted {
        if a > next {
            break;
        }
        next = next.max(b.saturating_add(1));
        if next > end {
            return true;
        }
    }
    false
}

fn note_findings(body: &Body, pos: Pos, seq: u64, out: &mut Vec<Finding>) {
    let Body::Note(n) = body else { return };
    let text = |k: &str| n[k].as_str().unwrap_or_default().to_string();
    let num = |k: &str| n[k].as_u64().unwrap_or_default();
    match n["Kind"].as_str() {
        Some("TornRecordRepaired") => out.push(finding(
            FindingKind::RepairedTornRecord,
            pos,
            Some(seq),
            format!(
                "an interrupted write of {} bytes at offset {} of {} was cut off and kept in {}; \
                     the event it held is lost",
                num("Bytes"),
                num("Offset"),
                text("File"),
                text("QuarantinedAs")
            ),
        )),
        Some("RecordsMissing") => out.push(finding(
            FindingKind::RecordsLost,
            pos,
            Some(seq),
            format!(
                "a writer found {} ending at record {} although {} records had been written",
                text("File"),
                num("FoundSeq"),
                num("ExpectedSeq")
            ),
        )),
        Some("HeadRebuilt") => out.push(finding(
            FindingKind::InvalidHead,
            pos,
            Some(seq),
            format!(
                "a writer found the end-of-log marker {} and rebuilt it",
                text("HeadWas")
            ),
        )),
        _ => {}
    }
}

#[cfg(test)]
mod covered_tests {
    use super::covered;

    #[test]
    fn ranges_next_to_each_other_cover_a_gap_together() {
        let ranges = [(10, 19), (1, 9), (25, 30)];
        assert!(covered(&ranges, 1, 19));
        assert!(covered(&ranges, 5, 12));
        assert!(!covered(&ranges, 15, 25));
        assert!(covered(&ranges, 26, 30));
        assert!(!covered(&ranges, 31, 31));
        assert!(!covered(&[], 1, 1));
    }
}

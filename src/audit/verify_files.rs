//! The file-level half of verification: closed files against their signed digests, and the
//! digests against each other.

use super::record::HeadState;
use super::retention::Pruned;
use super::verify::{DigestState, Finding, FindingKind, LogFile, Pos, finding};
use crate::crypto::random::to_hex;
use sha2::{Digest as _, Sha256};
use std::collections::BTreeMap;

/// Checks files and digests; returns the sequence ranges of removed files known from digests,
/// and of the files a pruning note says were deleted.
pub(super) fn check(
    files: &[LogFile],
    digests: &BTreeMap<u64, (String, DigestState)>,
    head: HeadState,
    pruned: Option<&Pruned>,
    out: &mut Vec<Finding>,
) -> Vec<(u64, u64)> {
    let present: BTreeMap<u64, &LogFile> = files.iter().map(|f| (f.number, f)).collect();
    let current = match head {
        HeadState::Valid(h) => h.file,
        _ => present.keys().next_back().copied().unwrap_or(1),
    };
    let highest = [
        current,
        present.keys().next_back().copied().unwrap_or(0),
        digests.keys().next_back().copied().unwrap_or(0),
    ]
    .into_iter()
    .max()
    .unwrap_or(0);
    let mut removed: Vec<(u64, u64)> = pruned.iter().map(|p| (1, p.last_seq)).collect();
    // The previous digest's MAC: `Some(None)` before the first file, `None` when unknown.
    let mut previous: Option<Option<String>> = Some(None);
    for n in 1..=highest {
        let name = super::log_name(n);
        let at = Pos {
            file: &name,
            line: 0,
        };
        let digest = digests.get(&n);
        // A file the pruning note covers may be gone, with or without its digest (a crash can
        // stop the deleting half way); the first file kept must follow the last one deleted.
        if let Some(p) = pruned.filter(|p| n <= p.through_file) {
            let whole =
                present.contains_key(&n) && matches!(digest, Some((_, DigestState::Valid(..))));
            if !whole {
                previous = (n == p.through_file).then(|| Some(p.last_digest.clone()));
                continue;
            }
        }
        let valid = match digest {
            Some((_, DigestState::Valid(d, mac))) => Some((d, mac)),
            Some((dname, DigestState::Invalid)) => {
                out.push(finding(
                    FindingKind::InvalidDigest,
                    Pos {
                        file: dname,
                        line: 0,
                    },
                    None,
                    "the digest's signature does not verify: it was altered or belongs elsewhere"
                        .into(),
                ));
                None
            }
            None => None,
        };
        match (present.get(&n), valid) {
            (None, Some((d, _))) => {
                removed.push((d.first_seq, d.last_seq));
                out.push(finding(
                    FindingKind::RemovedFile,
                    at,
                    Some(d.first_seq),
                    format!(
                        "the file is missing; its digest lists records {} to {}",
                        d.first_seq, d.last_seq
                    ),
                ));
            }
            (None, None) if n < current => out.push(finding(
                FindingKind::RemovedFile,
                at,
                None,
                "the file and its digest are missing".into(),
            )),
            (Some(_), None) if n < current && digest.is_none() => out.push(finding(
                FindingKind::MissingDigest,
                at,
                None,
                "the file was closed but has no digest".into(),
            )),
            (Some(f), Some((d, _))) => {
                let sha = to_hex(&Sha256::digest(f.bytes));
                if sha != d.sha256 || d.bytes != f.bytes.len() as u64 {
                    out.push(finding(
                        FindingKind::EditedFile,
                        at,
                        None,
                        format!(
                            "the file changed after it was closed ({} bytes now, {} when closed)",
                            f.bytes.len(),
                            d.bytes
                        ),
                    ));
                }
            }
            _ => {}
        }
        if let Some((d, mac)) = valid {
            let breaks_chain = previous.as_ref().is_some_and(|p| d.previous_digest != *p);
            if d.file != name || breaks_chain {
                out.push(finding(
                    FindingKind::InvalidDigest,
                    at,
                    None,
                    "the digest does not follow the previous file's digest".into(),
                ));
            }
            previous = Some(Some(mac.clone()));
        } else {
            previous = None;
        }
    }
    removed
}

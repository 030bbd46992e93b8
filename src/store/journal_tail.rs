//! Reading the journal from its end, for the readers that only need what changed lately: the
//! caches of `lkms serve` and the region indexes (see [`super::index`]).

use super::error::{StoreResult, io_error};
use super::generation::{Entry, Generations, JOURNAL, PENDING};
use std::io::{Read, Seek, SeekFrom};

impl Generations {
    /// The journal's lines after generation `g`, oldest first, read backwards from the end of
    /// the journal (so the cost is that of the lines after `g`). Lines are not verified: they
    /// only say which files to look at again.
    pub fn entries_after(&self, g: u64) -> StoreResult<Vec<Entry>> {
        const BLOCK: u64 = 8192;
        let path = self.journal_path();
        let mut f = match std::fs::File::open(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(io_error(&path, e)),
        };
        let mut end = f.metadata().map_err(|e| io_error(&path, e))?.len();
        // The start of the text already read, up to its first line break (a partial line).
        let mut carry: Vec<u8> = Vec::new();
        let mut out = Vec::new();
        loop {
            let start = end.saturating_sub(BLOCK);
            let mut buf = vec![0; (end - start) as usize];
            f.seek(SeekFrom::Start(start))
                .and_then(|_| f.read_exact(&mut buf))
                .map_err(|e| io_error(&path, e))?;
            buf.extend_from_slice(&carry);
            let whole = if start == 0 {
                carry = Vec::new();
                &buf[..]
            } else {
                let Some(cut) = buf.iter().position(|b| *b == b'\n') else {
                    carry = buf;
                    end = start;
                    continue;
                };
                carry = buf[..cut].to_vec();
                &buf[cut + 1..]
            };
            for line in whole.rsplit(|b| *b == b'\n') {
                let Ok(e) = serde_json::from_slice::<Entry>(line) else {
                    continue;
                };
                if e.generation <= g {
                    out.reverse();
                    return Ok(out);
                }
                out.push(e);
            }
            if start == 0 {
                out.reverse();
                return Ok(out);
            }
            end = start;
        }
    }
}

/// What the journal says about changes: its identity and length, and the file a write in
/// progress is changing.
pub struct JournalState {
    /// (device, inode) and length; `None` when there is no journal.
    pub file: Option<((u64, u64), u64)>,
    /// The file named by `journal.pending`, relative to the keystore.
    pub pending: Option<String>,
}

impl super::keystore::Keystore {
    /// The journal's identity and length, and any write in progress (one `stat` when there is
    /// none). For caches of long-lived processes.
    pub fn journal_changes(&self) -> JournalState {
        let meta = std::fs::metadata(self.dir().join(JOURNAL)).ok();
        let file = meta.map(|m| (file_id(&m), m.len()));
        // The note is empty when no write is in progress: one stat, no read.
        let note = self.dir().join(PENDING);
        let pending = std::fs::metadata(&note)
            .is_ok_and(|m| m.len() > 0)
            .then(|| std::fs::read(&note).ok())
            .flatten()
            .and_then(|b| serde_json::from_slice::<Entry>(&b).ok())
            .map(|e| e.path);
        JournalState { file, pending }
    }

    /// The files named by the journal's complete lines after byte `offset`, and the offset just
    /// past the last complete line.
    pub fn journal_paths_since(&self, offset: u64) -> (Vec<String>, u64) {
        let Ok(mut f) = std::fs::File::open(self.dir().join(JOURNAL)) else {
            return (Vec::new(), offset);
        };
        let mut buf = Vec::new();
        if f.seek(SeekFrom::Start(offset)).is_err() || f.read_to_end(&mut buf).is_err() {
            return (Vec::new(), offset);
        }
        let complete = buf.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
        let paths = buf[..complete]
            .split(|b| *b == b'\n')
            .filter_map(|line| serde_json::from_slice::<Entry>(line).ok())
            .map(|e| e.path)
            .collect();
        (paths, offset + complete as u64)
    }
}

#[cfg(unix)]
fn file_id(m: &std::fs::Metadata) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    (m.dev(), m.ino())
}

#[cfg(not(unix))]
fn file_id(_m: &std::fs::Metadata) -> (u64, u64) {
    (0, 0)
}

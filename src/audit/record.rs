//! The audit log's on-disk records: one JSON line per record, chained by MACs.
//!
//! A line reads `{"Seq":N,"Prev":"<hex>","Event":{…},"Mac":"<hex>"}` (or `"Note"` instead of
//! `"Event"` for lkms's own remarks, such as a repaired torn write). `Mac` is HMAC-SHA-256, under
//! a key derived from the keystore's root key, of the exact bytes before `,"Mac"`; those bytes
//! hold the sequence number and the previous record's MAC, so a record cannot be edited, moved
//! or forged without the key, and the chain runs across file boundaries. `Seq` counts records
//! from 1 over the whole log.

use crate::crypto::derive;
use crate::crypto::random::{from_hex, push_hex, to_hex};
use crate::crypto::secret::Key256;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A chain link: the MAC of a record (all zeros before the first record).
pub type Link = [u8; 32];
/// The link before the first record.
pub const GENESIS: Link = [0; 32];

const RECORD_DOMAIN: &[u8] = b"lkms audit record v1";
const HEAD_DOMAIN: &[u8] = b"lkms audit head v1";
/// `,"Mac":"` + 64 hex digits + `"}`.
const MAC_SUFFIX_LEN: usize = 8 + 64 + 2;

/// What a record carries.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// A CloudTrail event.
    Event(Value),
    /// lkms's own remark about the log itself (never returned by lookups).
    Note(Value),
    /// A CloudTrail event already serialised as compact JSON (the bytes `serde_json::to_vec`
    /// and `model::json::to_vec` make of the event): the server serialises each call's event
    /// on the thread that ran the call, so the one thread that writes the log only chains and
    /// appends. Read back as `Event`.
    EventJson(Vec<u8>),
}

/// A record read back from a line.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    /// Its sequence number.
    pub seq: u64,
    /// The MAC of the record before it.
    pub prev: Link,
    /// What it carries.
    pub body: Body,
    /// Its own MAC, as written.
    pub mac: Link,
}

/// Encodes a record as one line (with its newline); returns the line and its MAC.
pub fn seal(key: &Key256, seq: u64, prev: &Link, body: &Body) -> (Vec<u8>, Link) {
    let mut line = Vec::new();
    let mac = seal_into(&mut line, key, seq, prev, body);
    (line, mac)
}

/// [`seal`], appending the line to `out` (the batch of lines one write appends to the log):
/// the record is written and MACed where it will be written from, without a copy.
pub fn seal_into(out: &mut Vec<u8>, key: &Key256, seq: u64, prev: &Link, body: &Body) -> Link {
    // Serialising a Value cannot fail (its map keys are strings).
    let json = |v: &Value| std::borrow::Cow::Owned(serde_json::to_vec(v).unwrap_or_default());
    let (member, json) = match body {
        Body::Event(v) => ("Event", json(v)),
        Body::Note(v) => ("Note", json(v)),
        Body::EventJson(b) => ("Event", std::borrow::Cow::Borrowed(b.as_slice())),
    };
    let start = out.len();
    out.reserve(json.len() + 64 + 2 * MAC_SUFFIX_LEN);
    out.extend_from_slice(b"{\"Seq\":");
    out.extend_from_slice(seq.to_string().as_bytes());
    out.extend_from_slice(b",\"Prev\":\"");
    push_hex(out, prev);
    out.extend_from_slice(b"\",\"");
    out.extend_from_slice(member.as_bytes());
    out.extend_from_slice(b"\":");
    out.extend_from_slice(&json);
    let mac = derive::tag(key, &[RECORD_DOMAIN, &out[start..]]);
    out.extend_from_slice(b",\"Mac\":\"");
    push_hex(out, &mac);
    out.extend_from_slice(b"\"}\n");
    mac
}

fn link(v: &Value) -> Option<Link> {
    from_hex(v.as_str()?)?.try_into().ok()
}

/// Parses a line (without its newline); `None` when it is not a well-formed record.
pub fn parse(line: &[u8]) -> Option<Parsed> {
    let v: Value = serde_json::from_slice(line).ok()?;
    let obj = v.as_object()?;
    let body = match (obj.get("Event"), obj.get("Note")) {
        (Some(e), None) => Body::Event(e.clone()),
        (None, Some(n)) => Body::Note(n.clone()),
        _ => return None,
    };
    Some(Parsed {
        seq: obj.get("Seq")?.as_u64()?,
        prev: link(obj.get("Prev")?)?,
        body,
        mac: link(obj.get("Mac")?)?,
    })
}

/// Whether `line` (without its newline) carries a valid MAC under `key`.
pub fn authentic(key: &Key256, line: &[u8]) -> bool {
    let Some(cut) = line.len().checked_sub(MAC_SUFFIX_LEN) else {
        return false;
    };
    let (signed, suffix) = line.split_at(cut);
    let Some(hex) = suffix
        .strip_prefix(b",\"Mac\":\"")
        .and_then(|s| s.strip_suffix(b"\"}"))
    else {
        return false;
    };
    let Some(mac) = std::str::from_utf8(hex).ok().and_then(from_hex) else {
        return false;
    };
    derive::verify(key, &[RECORD_DOMAIN, signed], &mac)
}

/// Where the log ends: the current file, its length after the last complete record, and the
/// last record's sequence number and MAC. Kept at the start of the audit lock file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Head {
    /// The current file's number.
    pub file: u64,
    /// Its length in bytes after the last complete record.
    pub len: u64,
    /// The last record's sequence number (0 before any).
    pub seq: u64,
    /// The last record's MAC.
    pub last: Link,
}

impl Head {
    /// The head of an empty log.
    pub const EMPTY: Head = Head {
        file: 1,
        len: 0,
        seq: 0,
        last: GENESIS,
    };
}

/// The space the head takes at the start of the lock file.
pub const HEAD_SIZE: usize = 256;

/// What the lock file says about the head.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadState {
    /// Nothing written yet.
    Missing,
    /// Present but altered or torn.
    Invalid,
    /// A head with a valid MAC.
    Valid(Head),
}

fn head_tag(key: &Key256, h: &Head) -> Link {
    derive::tag(
        key,
        &[
            HEAD_DOMAIN,
            &h.file.to_be_bytes(),
            &h.len.to_be_bytes(),
            &h.seq.to_be_bytes(),
            &h.last,
        ],
    )
}

/// The head as a fixed-size block (JSON padded with spaces and a newline).
pub fn encode_head(key: &Key256, h: &Head) -> Vec<u8> {
    let text = format!(
        "{{\"File\":{},\"Len\":{},\"Seq\":{},\"Last\":\"{}\",\"Mac\":\"{}\"}}",
        h.file,
        h.len,
        h.seq,
        to_hex(&h.last),
        to_hex(&head_tag(key, h))
    );
    let mut out = text.into_bytes();
    out.resize(HEAD_SIZE - 1, b' ');
    out.push(b'\n');
    out
}

/// Reads a head block.
pub fn decode_head(key: &Key256, bytes: &[u8]) -> HeadState {
    if bytes.iter().all(|b| *b == 0) {
        return HeadState::Missing;
    }
    let parsed = (|| {
        let v: Value = serde_json::from_slice(bytes).ok()?;
        let h = Head {
            file: v.get("File")?.as_u64()?,
            len: v.get("Len")?.as_u64()?,
            seq: v.get("Seq")?.as_u64()?,
            last: link(v.get("Last")?)?,
        };
        let mac = from_hex(v.get("Mac")?.as_str()?)?;
        derive::verify(
            key,
            &[
                HEAD_DOMAIN,
                &h.file.to_be_bytes(),
                &h.len.to_be_bytes(),
                &h.seq.to_be_bytes(),
                &h.last,
            ],
            &mac,
        )
        .then_some(h)
    })();
    parsed.map_or(HeadState::Invalid, HeadState::Valid)
}

/// The signed summary of a closed log file (the body of its digest document).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct Digest {
    /// The log file's name.
    pub file: String,
    /// The first record's sequence number (0 for an empty file).
    pub first_seq: u64,
    /// The last record's sequence number.
    pub last_seq: u64,
    /// How many records it holds.
    pub records: u64,
    /// Its length in bytes.
    pub bytes: u64,
    /// SHA-256 of its bytes, hex.
    pub sha256: String,
    /// The last record's MAC, hex: the next file's first record chains to it.
    pub last_mac: String,
    /// The previous digest document's MAC, hex (none for the first file).
    pub previous_digest: Option<String>,
    /// When the file was closed, epoch milliseconds.
    pub closed: i64,
}

/// A note recording that a torn (incomplete) write was cut from the end of a file.
pub fn torn_note(file: &str, offset: u64, bytes: u64, quarantine: &str) -> Body {
    let mut m = Map::new();
    m.insert("Kind".into(), "TornRecordRepaired".into());
    m.insert("File".into(), file.into());
    m.insert("Offset".into(), offset.into());
    m.insert("Bytes".into(), bytes.into());
    m.insert("QuarantinedAs".into(), quarantine.into());
    Body::Note(Value::Object(m))
}

/// A note recording that the log did not match its head: records the head counted are gone.
pub fn lost_note(file: &str, expected_seq: u64, found_seq: u64) -> Body {
    let mut m = Map::new();
    m.insert("Kind".into(), "RecordsMissing".into());
    m.insert("File".into(), file.into());
    m.insert("ExpectedSeq".into(), expected_seq.into());
    m.insert("FoundSeq".into(), found_seq.into());
    Body::Note(Value::Object(m))
}

/// A note recording that the head was missing or altered and was rebuilt from the log.
pub fn head_note(state: &str) -> Body {
    let mut m = Map::new();
    m.insert("Kind".into(), "HeadRebuilt".into());
    m.insert("HeadWas".into(), state.into());
    Body::Note(Value::Object(m))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn key() -> Key256 {
        Key256::from_bytes([7; 32])
    }

    #[test]
    fn a_serialised_event_seals_to_the_same_line_and_reads_back_as_an_event() {
        let event = json!({"eventName": "Encrypt", "userAgent": "a \"quoted\" agent", "n": 1});
        let json = serde_json::to_vec(&event).unwrap();
        let (line, mac) = seal(&key(), 3, &[9; 32], &Body::Event(event.clone()));
        assert_eq!(
            seal(&key(), 3, &[9; 32], &Body::EventJson(json)),
            (line.clone(), mac)
        );
        let parsed = parse(&line[..line.len() - 1]).unwrap();
        assert_eq!(parsed.body, Body::Event(event));
    }

    #[test]
    fn records_round_trip_and_detect_edits() {
        let body = Body::Event(json!({"eventName": "Encrypt", "n": 1}));
        let (line, mac) = seal(&key(), 1, &GENESIS, &body);
        assert_eq!(line.last(), Some(&b'\n'));
        let line = &line[..line.len() - 1];
        assert!(authentic(&key(), line));
        let p = parse(line).unwrap();
        assert_eq!((p.seq, p.prev, p.mac, &p.body), (1, GENESIS, mac, &body));
        let edited = String::from_utf8(line.to_vec())
            .unwrap()
            .replace("Encrypt", "Decrypt");
        assert!(!authentic(&key(), edited.as_bytes()));
        assert!(parse(edited.as_bytes()).is_some());
        assert!(!authentic(&Key256::from_bytes([8; 32]), line));
        assert!(!authentic(&key(), b"{}"));
        assert!(parse(b"{\"Seq\":1").is_none());
    }

    #[test]
    fn heads_round_trip() {
        let h = Head {
            file: 3,
            len: 999,
            seq: 42,
            last: [9; 32],
        };
        let block = encode_head(&key(), &h);
        assert_eq!(block.len(), HEAD_SIZE);
        assert_eq!(decode_head(&key(), &block), HeadState::Valid(h));
        assert_eq!(decode_head(&key(), &[0; HEAD_SIZE]), HeadState::Missing);
        let mut bad = block.clone();
        bad[8] = b'4';
        assert_eq!(decode_head(&key(), &bad), HeadState::Invalid);
        assert_eq!(decode_head(&key(), &block[..40]), HeadState::Invalid);
    }
}

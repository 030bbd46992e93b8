//! Values with a wire form of their own: timestamps, blobs and secret blobs.

use crate::crypto::secret::Secret;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;
use time::OffsetDateTime;
use zeroize::Zeroizing;

/// A point in time with millisecond precision, as KMS keeps it.
///
/// It prints the way AWS CLI v2 prints timestamps: ISO 8601 with a `+00:00` offset and
/// microseconds (omitted when zero), like Python's `datetime.isoformat()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Timestamp(pub OffsetDateTime);

impl Timestamp {
    /// Milliseconds since the Unix epoch.
    pub fn epoch_millis(self) -> i64 {
        (self.0.unix_timestamp_nanos() / 1_000_000) as i64
    }

    /// From milliseconds since the Unix epoch.
    pub fn from_epoch_millis(ms: i64) -> Option<Self> {
        OffsetDateTime::from_unix_timestamp_nanos(ms as i128 * 1_000_000)
            .ok()
            .map(Self)
    }

    /// The CLI v2 rendering.
    pub fn to_iso(self) -> String {
        use std::fmt::Write as _;
        let t = self.0.to_offset(time::UtcOffset::UTC);
        let micros = t.microsecond();
        let mut s = String::with_capacity(32);
        let _ = write!(
            s,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        );
        if micros != 0 {
            let _ = write!(s, ".{micros:06}");
        }
        s.push_str("+00:00");
        s
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    /// Requests carry timestamps as epoch seconds (the wire form the CLI also produces).
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let secs = f64::deserialize(d)?;
        let millis = secs * 1000.0;
        if !millis.is_finite() || millis.abs() > 1e15 {
            return Err(serde::de::Error::custom("timestamp out of range"));
        }
        Self::from_epoch_millis(millis.round() as i64)
            .ok_or_else(|| serde::de::Error::custom("timestamp out of range"))
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_iso())
    }
}

/// Binary data, printed as base64.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Blob(pub Vec<u8>);

impl Serialize for Blob {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::b64::encode(&self.0))
    }
}

impl<'de> Deserialize<'de> for Blob {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(Base64Visitor).map(Blob)
    }
}

/// Decodes a base64 string where the deserializer holds it, without copying it first (a
/// request's blobs are kilobytes).
struct Base64Visitor;

impl serde::de::Visitor<'_> for Base64Visitor {
    type Value = Vec<u8>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Vec<u8>, E> {
        super::b64::decode(text.as_bytes()).map_err(E::custom)
    }

    fn visit_string<E: serde::de::Error>(self, text: String) -> Result<Vec<u8>, E> {
        // An owned string may be the only other copy of a secret: wipe it.
        let text = Zeroizing::new(text);
        self.visit_str(&text)
    }
}

/// Secret binary data (plaintexts, data keys, shared secrets): zeroized when dropped, never
/// printed. It reads base64 from requests but has no `Serialize`: a response hands its secret
/// members over separately ([`crate::ops::Reply`]) and only a face turns them into base64.
#[derive(Clone, Default)]
pub struct SecretBlob(pub Secret);

impl SecretBlob {
    /// Wraps bytes that must be wiped after use.
    pub fn new(bytes: Vec<u8>) -> Self {
        Self(Secret::new(bytes))
    }
}

impl std::fmt::Debug for SecretBlob {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SecretBlob({} bytes)", self.0.len())
    }
}

impl<'de> Deserialize<'de> for SecretBlob {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(Base64Visitor).map(SecretBlob::new)
    }
}

/// An encryption context: string keys to string values.
pub type EncryptionContext = BTreeMap<String, String>;

/// Secret text (a secret access key in a request): zeroized when dropped, never printed.
#[derive(Clone, Default)]
pub struct SecretText(pub Zeroizing<String>);

impl std::fmt::Debug for SecretText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretText(<redacted>)")
    }
}

impl<'de> Deserialize<'de> for SecretText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(|s| Self(Zeroizing::new(s)))
    }
}

/// True for the key ID forms lkms issues: a lowercase UUID, or `mrk-` and 32 hex digits.
pub fn is_key_id(s: &str) -> bool {
    let hex = |c: u8| c.is_ascii_digit() || (b'a'..=b'f').contains(&c);
    if let Some(rest) = s.strip_prefix("mrk-") {
        return rest.len() == 32 && rest.bytes().all(hex);
    }
    s.len() == 36
        && s.bytes().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == b'-',
            _ => hex(c),
        })
}

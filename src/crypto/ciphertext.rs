//! The ciphertext blob lkms returns from Encrypt and GenerateDataKey.
//!
//! ```text
//! "LKMS" ‖ version (1) ‖ len ‖ key ID ‖ len ‖ material ID ‖ nonce (12) ‖ ciphertext ‖ tag (16)
//! ```
//! Lengths are one byte. The whole header is authenticated as AAD together with the canonical
//! encryption context, so no byte of the blob can change without decryption failing.

use super::seal::{NONCE_LEN, TAG_LEN};

const MAGIC: &[u8; 4] = b"LKMS";
const VERSION: u8 = 1;

/// A parsed blob: which key and material made it, and the sealed body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    /// The KMS key ID (any form the keystore issues, e.g. a UUID or `mrk-…`).
    pub key_id: String,
    /// The key material ID (64 hex characters).
    pub material_id: String,
    /// `nonce ‖ ciphertext ‖ tag` as made by [`super::seal::seal`].
    pub sealed: Vec<u8>,
}

/// Builds the header that is both the blob's prefix and part of its AAD.
pub fn header(key_id: &str, material_id: &str) -> Vec<u8> {
    let mut h = Vec::with_capacity(7 + key_id.len() + material_id.len());
    h.extend_from_slice(MAGIC);
    h.push(VERSION);
    // Key IDs and material IDs are at most 64 characters, validated where they are made.
    h.push(key_id.len() as u8);
    h.extend_from_slice(key_id.as_bytes());
    h.push(material_id.len() as u8);
    h.extend_from_slice(material_id.as_bytes());
    h
}

/// The AAD for a blob: its header and the encoded encryption context, length-separated.
pub fn aad(header: &[u8], context: &[u8]) -> Vec<u8> {
    let mut a = Vec::with_capacity(8 + header.len() + context.len());
    a.extend_from_slice(&(header.len() as u32).to_be_bytes());
    a.extend_from_slice(header);
    a.extend_from_slice(context);
    a
}

/// Parses a blob; `None` for anything that is not a well-formed lkms blob.
pub fn parse(blob: &[u8]) -> Option<(Vec<u8>, Envelope)> {
    let rest = blob.strip_prefix(MAGIC.as_slice())?;
    let (&version, rest) = rest.split_first()?;
    if version != VERSION {
        return None;
    }
    let (key_id, rest) = take_field(rest)?;
    let (material_id, sealed) = take_field(rest)?;
    if sealed.len() < NONCE_LEN + TAG_LEN {
        return None;
    }
    let header_len = blob.len() - sealed.len();
    Some((
        blob[..header_len].to_vec(),
        Envelope {
            key_id,
            material_id,
            sealed: sealed.to_vec(),
        },
    ))
}

/// The key ID a blob names, read from its first bytes only (`None` if they are not the start
/// of an lkms blob).
pub fn key_id_of(prefix: &[u8]) -> Option<String> {
    let rest = prefix.strip_prefix(MAGIC.as_slice())?;
    let (&version, rest) = rest.split_first()?;
    (version == VERSION).then_some(())?;
    take_field(rest).map(|(key_id, _)| key_id)
}

fn take_field(input: &[u8]) -> Option<(String, &[u8])> {
    let (&len, rest) = input.split_first()?;
    let len = len as usize;
    if len == 0 || rest.len() < len {
        return None;
    }
    let (field, rest) = rest.split_at(len);
    let s = std::str::from_utf8(field).ok()?;
    if !s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return None;
    }
    Some((s.to_string(), rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_rejections() {
        let mut blob = header("1234abcd-12ab-34cd-56ef-1234567890ab", "ab12");
        blob.extend_from_slice(&[0u8; NONCE_LEN + TAG_LEN + 3]);
        let (h, env) = parse(&blob).unwrap();
        assert_eq!(h, header("1234abcd-12ab-34cd-56ef-1234567890ab", "ab12"));
        assert_eq!(env.key_id, "1234abcd-12ab-34cd-56ef-1234567890ab");
        assert_eq!(env.material_id, "ab12");
        assert_eq!(env.sealed.len(), NONCE_LEN + TAG_LEN + 3);
        for n in 0..blob.len() - 3 {
            assert!(parse(&blob[..n]).is_none(), "prefix of {n} bytes");
        }
        let mut wrong = blob.clone();
        wrong[4] = 2;
        assert!(parse(&wrong).is_none(), "unknown version");
    }

    #[test]
    fn parse_never_panics_on_noise() {
        let mut state = 7u64;
        for len in 0..300 {
            for _ in 0..20 {
                let mut b: Vec<u8> = (0..len)
                    .map(|_| {
                        state = state.wrapping_mul(6364136223846793005).wrapping_add(1);
                        (state >> 33) as u8
                    })
                    .collect();
                if len > 6 {
                    b[..5].copy_from_slice(b"LKMS\x01");
                }
                let _ = parse(&b);
            }
        }
    }
}

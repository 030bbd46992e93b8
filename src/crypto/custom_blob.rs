//! Ciphertext blobs of keys in custom key stores (version 2 of the lkms blob).
//!
//! ```text
//! "LKMS" ‖ 2 ‖ kind ‖ len ‖ key ID ‖ len ‖ custom key store ID ‖ len ‖ material ID ‖ body
//!
//! kind 1, AWS_CLOUDHSM: no material ID (length 0);
//!     body = IV (12) ‖ ciphertext ‖ tag (16), AES-GCM made inside the PKCS#11 token.
//! kind 2, EXTERNAL_KEY_STORE: material ID of the lkms-held key of the inner layer;
//!     body = len ‖ ciphertextMetadata (0–20) ‖ len ‖ IV (12 or 16) ‖ tag (16) ‖ outer ciphertext
//!     where outer = the XKS proxy's AES-GCM of inner, and
//!           inner = nonce (12) ‖ ciphertext ‖ tag (16) under the lkms-held key.
//! ```
//! Lengths are one byte. Version 1 blobs ([`super::ciphertext`]) keep their format, so every
//! blob made before custom key stores still decrypts; the version byte tells the two apart and
//! the kind byte and store ID say which key store made a version 2 blob. As in version 1, the
//! whole header (everything before the body) and the encoded encryption context form the AAD
//! ([`super::ciphertext::aad`]) of the token's GCM and of the inner layer; the XKS proxy gets
//! the SHA-256 of that AAD, which binds it as well and stays within the proxy's AAD limit.

use super::ciphertext;
use super::hsm::{self, GcmCiphertext};
use sha2::{Digest, Sha256};

const MAGIC: &[u8; 4] = b"LKMS";
const VERSION: u8 = 2;
const IV_LENS: [usize; 2] = [12, 16];
const XKS_TAG_LEN: usize = 16;
/// The most ciphertext metadata an XKS proxy may return.
pub const MAX_XKS_METADATA: usize = 20;

/// Which kind of custom key store made a blob.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreKind {
    /// `AWS_CLOUDHSM`: a PKCS#11 token.
    CloudHsm,
    /// `EXTERNAL_KEY_STORE`: an XKS proxy.
    External,
}

impl StoreKind {
    fn byte(self) -> u8 {
        match self {
            Self::CloudHsm => 1,
            Self::External => 2,
        }
    }
}

/// The header fields of a version 2 blob.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomHeader {
    /// The kind of key store.
    pub kind: StoreKind,
    /// The KMS key ID.
    pub key_id: String,
    /// The custom key store ID (`cks-…`).
    pub store_id: String,
    /// For XKS keys, the material ID of the lkms-held inner key; empty for CloudHSM keys.
    pub material_id: String,
}

/// The external layer of an XKS blob, as the proxy's Encrypt returned it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XksLayer {
    /// The proxy's ciphertextMetadata (at most 20 bytes, often none).
    pub metadata: Vec<u8>,
    /// The IV the proxy chose (12 or 16 bytes).
    pub iv: Vec<u8>,
    /// The authentication tag.
    pub tag: [u8; XKS_TAG_LEN],
    /// The proxy's ciphertext of the inner layer.
    pub ciphertext: Vec<u8>,
}

/// The body of a version 2 blob.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CustomBody {
    /// AES-GCM made in a PKCS#11 token.
    CloudHsm(GcmCiphertext),
    /// The two layers of an external key store.
    External(XksLayer),
}

/// A parsed version 2 blob.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomBlob {
    /// The raw header bytes (for the AAD).
    pub header_bytes: Vec<u8>,
    /// The header fields.
    pub header: CustomHeader,
    /// The body.
    pub body: CustomBody,
}

/// Any lkms blob, by format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnyBlob {
    /// Version 1: a key whose material lkms holds (header bytes and envelope).
    Local(Vec<u8>, ciphertext::Envelope),
    /// Version 2: a key in a custom key store.
    Custom(CustomBlob),
}

/// Parses either version; `None` for anything that is not a well-formed lkms blob.
pub fn parse_any(blob: &[u8]) -> Option<AnyBlob> {
    match blob.get(MAGIC.len()) {
        Some(&VERSION) => parse(blob).map(AnyBlob::Custom),
        _ => ciphertext::parse(blob).map(|(h, e)| AnyBlob::Local(h, e)),
    }
}

/// The header bytes of a version 2 blob. IDs are at most 64 characters, checked where made.
pub fn header(h: &CustomHeader) -> Vec<u8> {
    let mut out = Vec::with_capacity(9 + h.key_id.len() + h.store_id.len() + h.material_id.len());
    out.extend_from_slice(MAGIC);
    out.push(VERSION);
    out.push(h.kind.byte());
    for field in [&h.key_id, &h.store_id, &h.material_id] {
        out.push(field.len() as u8);
        out.extend_from_slice(field.as_bytes());
    }
    out
}

/// The whole blob: `header ‖ body`.
pub fn build(header_bytes: &[u8], body: &CustomBody) -> Vec<u8> {
    let mut out = header_bytes.to_vec();
    match body {
        CustomBody::CloudHsm(g) => out.extend_from_slice(&g.to_bytes()),
        CustomBody::External(x) => {
            out.push(x.metadata.len() as u8);
            out.extend_from_slice(&x.metadata);
            out.push(x.iv.len() as u8);
            out.extend_from_slice(&x.iv);
            out.extend_from_slice(&x.tag);
            out.extend_from_slice(&x.ciphertext);
        }
    }
    out
}

/// The AAD given to the XKS proxy: the SHA-256 of the blob's AAD.
pub fn xks_aad(aad: &[u8]) -> Vec<u8> {
    Sha256::digest(aad).to_vec()
}

/// Parses a version 2 blob; `None` if malformed.
pub fn parse(blob: &[u8]) -> Option<CustomBlob> {
    let rest = blob.strip_prefix(MAGIC.as_slice())?;
    let (&version, rest) = rest.split_first()?;
    if version != VERSION {
        return None;
    }
    let (&kind, rest) = rest.split_first()?;
    let kind = match kind {
        1 => StoreKind::CloudHsm,
        2 => StoreKind::External,
        _ => return None,
    };
    let (key_id, rest) = take_id(rest, false)?;
    let (store_id, rest) = take_id(rest, false)?;
    let (material_id, body) = take_id(rest, kind == StoreKind::CloudHsm)?;
    if (kind == StoreKind::CloudHsm) != material_id.is_empty() {
        return None;
    }
    let header_bytes = blob[..blob.len() - body.len()].to_vec();
    let body = match kind {
        StoreKind::CloudHsm => CustomBody::CloudHsm(GcmCiphertext::from_bytes(body)?),
        StoreKind::External => CustomBody::External(parse_xks(body)?),
    };
    Some(CustomBlob {
        header_bytes,
        header: CustomHeader {
            kind,
            key_id,
            store_id,
            material_id,
        },
        body,
    })
}

fn parse_xks(body: &[u8]) -> Option<XksLayer> {
    let (metadata, rest) = take_bytes(body)?;
    if metadata.len() > MAX_XKS_METADATA {
        return None;
    }
    let (iv, rest) = take_bytes(rest)?;
    if !IV_LENS.contains(&iv.len()) || rest.len() < XKS_TAG_LEN {
        return None;
    }
    let (tag, ciphertext) = rest.split_at(XKS_TAG_LEN);
    // The outer ciphertext wraps an inner sealed value, never shorter than nonce and tag.
    if ciphertext.len() < hsm::IV_LEN + hsm::TAG_LEN {
        return None;
    }
    Some(XksLayer {
        metadata: metadata.to_vec(),
        iv: iv.to_vec(),
        tag: tag.try_into().ok()?,
        ciphertext: ciphertext.to_vec(),
    })
}

fn take_bytes(input: &[u8]) -> Option<(&[u8], &[u8])> {
    let (&len, rest) = input.split_first()?;
    (rest.len() >= len as usize).then(|| rest.split_at(len as usize))
}

/// A length-prefixed ID of letters, digits and hyphens; empty only where `may_be_empty`.
fn take_id(input: &[u8], may_be_empty: bool) -> Option<(String, &[u8])> {
    let (field, rest) = take_bytes(input)?;
    if field.is_empty() && !may_be_empty {
        return None;
    }
    if !field
        .iter()
        .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
    {
        return None;
    }
    Some((String::from_utf8(field.to_vec()).ok()?, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hsm_header() -> CustomHeader {
        CustomHeader {
            kind: StoreKind::CloudHsm,
            key_id: "1234abcd-12ab-34cd-56ef-1234567890ab".into(),
            store_id: "cks-1234567890abcdef0".into(),
            material_id: String::new(),
        }
    }

    fn xks_header() -> CustomHeader {
        CustomHeader {
            kind: StoreKind::External,
            material_id: "ab".repeat(32),
            ..hsm_header()
        }
    }

    #[test]
    fn cloudhsm_blobs_round_trip() {
        let body = CustomBody::CloudHsm(GcmCiphertext {
            iv: [1; 12],
            ciphertext: vec![9; 5],
            tag: [2; 16],
        });
        let h = header(&hsm_header());
        let blob = build(&h, &body);
        let parsed = parse(&blob).unwrap();
        assert_eq!(parsed.header, hsm_header());
        assert_eq!(parsed.header_bytes, h);
        assert_eq!(parsed.body, body);
        assert!(matches!(parse_any(&blob), Some(AnyBlob::Custom(_))));
        for n in 0..h.len() + 28 {
            assert!(parse(&blob[..n]).is_none(), "prefix of {n} bytes");
        }
    }

    #[test]
    fn xks_blobs_round_trip() {
        for (metadata, iv) in [(vec![], vec![3; 12]), (vec![7; 20], vec![4; 16])] {
            let body = CustomBody::External(XksLayer {
                metadata,
                iv,
                tag: [5; 16],
                ciphertext: vec![6; 40],
            });
            let blob = build(&header(&xks_header()), &body);
            let parsed = parse(&blob).unwrap();
            assert_eq!(parsed.header, xks_header());
            assert_eq!(parsed.body, body);
        }
    }

    #[test]
    fn malformed_blobs_are_rejected() {
        let ok = build(
            &header(&xks_header()),
            &CustomBody::External(XksLayer {
                metadata: vec![],
                iv: vec![3; 12],
                tag: [5; 16],
                ciphertext: vec![6; 40],
            }),
        );
        let h = header(&xks_header()).len();
        let mut bad_iv = ok.clone();
        bad_iv[h + 1] = 13;
        assert!(parse(&bad_iv).is_none(), "IV of 13 bytes");
        let mut bad_kind = ok.clone();
        bad_kind[5] = 3;
        assert!(parse(&bad_kind).is_none(), "unknown kind");
        // An XKS header with no material, or a CloudHSM header with one, is not a blob.
        let mut no_material = xks_header();
        no_material.material_id.clear();
        let blob = build(
            &header(&no_material),
            &CustomBody::CloudHsm(GcmCiphertext::from_bytes(&[0; 40]).unwrap()),
        );
        assert!(parse(&blob).is_none());
        let mut hsm_with_material = hsm_header();
        hsm_with_material.material_id = "ab".into();
        let blob = build(
            &header(&hsm_with_material),
            &CustomBody::CloudHsm(GcmCiphertext::from_bytes(&[0; 40]).unwrap()),
        );
        assert!(parse(&blob).is_none());
    }

    #[test]
    fn version_1_blobs_still_parse_as_local() {
        let mut blob = ciphertext::header("1234abcd-12ab-34cd-56ef-1234567890ab", "ab12");
        blob.extend_from_slice(&[0u8; 40]);
        match parse_any(&blob) {
            Some(AnyBlob::Local(_, env)) => assert_eq!(env.material_id, "ab12"),
            other => panic!("{other:?}"),
        }
        assert!(parse(&blob).is_none());
        assert!(parse_any(b"LKMS").is_none());
    }

    #[test]
    fn noise_never_panics() {
        let mut state = 11u64;
        for len in 0..200 {
            for _ in 0..20 {
                let mut b: Vec<u8> = (0..len)
                    .map(|_| {
                        state = state.wrapping_mul(6364136223846793005).wrapping_add(1);
                        (state >> 33) as u8
                    })
                    .collect();
                if len > 6 {
                    b[..6].copy_from_slice(b"LKMS\x02\x02");
                }
                let _ = parse_any(&b);
            }
        }
    }
}

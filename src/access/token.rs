//! Grant tokens. A token is not secret (it says which grant it is for and who the grantee
//! is) but it cannot be forged: it carries an HMAC-SHA-256 tag under a key derived from the
//! keystore's root key, over the key ARN, grant ID and grantee, so a token works only in the
//! keystore that issued it and only for its grant.
//!
//! Layout (then base64url without padding): version byte `1`, 16 random bytes (so each
//! CreateGrant returns a new token, as KMS does), the three fields each as a big-endian
//! `u16` length and UTF-8 bytes, then the 32-byte tag.

use crate::crypto::{derive, random, secret::Key256};
use crate::error::{Error, ErrorCode, kms};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64URL;

const VERSION: u8 = 1;
const DOMAIN: &[u8] = b"lkms grant token v1";
const NONCE: usize = 16;
const TAG: usize = 32;

/// The message of `InvalidGrantTokenException` for a token lkms did not issue (lkms's own
/// wording: no AWS text is recorded in the spec).
pub const INVALID_GRANT_TOKEN: &str = "The grant token is not valid.";

/// What a grant token says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantTokenClaims {
    /// The key the grant is on (its ARN).
    pub key_arn: String,
    /// The grant ID.
    pub grant_id: String,
    /// The grantee principal.
    pub grantee: String,
}

fn tag_parts<'a>(nonce: &'a [u8], c: &'a GrantTokenClaims) -> [&'a [u8]; 6] {
    [
        DOMAIN,
        &[VERSION],
        nonce,
        c.key_arn.as_bytes(),
        c.grant_id.as_bytes(),
        c.grantee.as_bytes(),
    ]
}

/// Issues a token for `claims`. `mac_key` is the keystore's grant-token key (derive it from
/// the root key with [`derive::subkey`] and a purpose name of its own).
pub fn issue(mac_key: &Key256, claims: &GrantTokenClaims) -> String {
    let mut nonce = [0u8; NONCE];
    random::fill(&mut nonce);
    let mut out = Vec::with_capacity(256);
    out.push(VERSION);
    out.extend_from_slice(&nonce);
    for field in [&claims.key_arn, &claims.grant_id, &claims.grantee] {
        // Fields come from a key ARN, a 64-hex grant ID and a principal ARN: all far below
        // 64 KiB, and a longer one is cut at the limit and so fails verification.
        let bytes = &field.as_bytes()[..field.len().min(u16::MAX as usize)];
        out.extend_from_slice(&(bytes.len() as u16).to_be_bytes());
        out.extend_from_slice(bytes);
    }
    out.extend_from_slice(&derive::tag(mac_key, &tag_parts(&nonce, claims)));
    B64URL.encode(out)
}

fn invalid() -> Error {
    kms(ErrorCode::InvalidGrantTokenException, INVALID_GRANT_TOKEN)
}

/// Checks a token's tag and returns what it says; `InvalidGrantTokenException` for anything
/// lkms did not issue with this key, or that was changed.
pub fn open(mac_key: &Key256, token: &str) -> Result<GrantTokenClaims, Error> {
    let bytes = B64URL.decode(token.trim()).map_err(|_| invalid())?;
    let (&version, rest) = bytes.split_first().ok_or_else(invalid)?;
    if version != VERSION || rest.len() < NONCE + TAG {
        return Err(invalid());
    }
    let (nonce, mut rest) = rest.split_at(NONCE);
    let mut fields = Vec::with_capacity(3);
    for _ in 0..3 {
        let (len, tail) = rest.split_at_checked(2).ok_or_else(invalid)?;
        let len = usize::from(u16::from_be_bytes([len[0], len[1]]));
        let (field, tail) = tail.split_at_checked(len).ok_or_else(invalid)?;
        fields.push(String::from_utf8(field.to_vec()).map_err(|_| invalid())?);
        rest = tail;
    }
    if rest.len() != TAG {
        return Err(invalid());
    }
    let mut it = fields.into_iter();
    let claims = GrantTokenClaims {
        key_arn: it.next().unwrap_or_default(),
        grant_id: it.next().unwrap_or_default(),
        grantee: it.next().unwrap_or_default(),
    };
    if !derive::verify(mac_key, &tag_parts(nonce, &claims), rest) {
        return Err(invalid());
    }
    Ok(claims)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims() -> GrantTokenClaims {
        GrantTokenClaims {
            key_arn: "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
                .into(),
            grant_id: "ab".repeat(32),
            grantee: "arn:aws:iam::111122223333:role/Worker".into(),
        }
    }

    fn assert_invalid(r: Result<GrantTokenClaims, Error>) {
        match r {
            Err(Error::Service(e)) => {
                assert_eq!(e.code, ErrorCode::InvalidGrantTokenException);
                assert_eq!(e.text(), INVALID_GRANT_TOKEN);
            }
            other => panic!("expected InvalidGrantTokenException, got {other:?}"),
        }
    }

    #[test]
    fn a_token_opens_with_its_key_and_each_is_new() {
        let key = Key256::from_bytes([7; 32]);
        let t1 = issue(&key, &claims());
        let t2 = issue(&key, &claims());
        assert_ne!(t1, t2);
        assert_eq!(open(&key, &t1).unwrap(), claims());
        assert_eq!(open(&key, &t2).unwrap(), claims());
        assert!(t1.len() < 8192);
    }

    #[test]
    fn another_keystore_cannot_open_it() {
        let t = issue(&Key256::from_bytes([7; 32]), &claims());
        assert_invalid(open(&Key256::from_bytes([8; 32]), &t));
    }

    #[test]
    fn any_changed_byte_is_detected() {
        let key = Key256::from_bytes([7; 32]);
        let raw = B64URL.decode(issue(&key, &claims())).unwrap();
        for i in 0..raw.len() {
            let mut bad = raw.clone();
            bad[i] ^= 0x01;
            assert_invalid(open(&key, &B64URL.encode(&bad)));
        }
        // A forged token for another grant, with a made-up tag.
        let mut forged = claims();
        forged.grant_id = "cd".repeat(32);
        let other = Key256::from_bytes([9; 32]);
        assert_invalid(open(&key, &issue(&other, &forged)));
    }

    #[test]
    fn garbage_is_refused_without_panicking() {
        let key = Key256::from_bytes([7; 32]);
        for t in [
            "",
            "!!!",
            "AQ",
            &B64URL.encode([1u8; 49]),
            &B64URL.encode([1u8; 200]),
        ] {
            assert_invalid(open(&key, t));
        }
    }
}

//! The canonical, unambiguous byte encoding of an encryption context used as AAD.
//!
//! Pairs are sorted by key (a `BTreeMap` already is) and every key and value is prefixed by its
//! length, so `{"ab":"c"}` and `{"a":"bc"}` encode differently.

use crate::model::EncryptionContext;

/// Encodes `ctx` as `count ‖ (len ‖ key ‖ len ‖ value)*`, lengths as big-endian u32.
pub fn encode(ctx: &EncryptionContext) -> Vec<u8> {
    let mut out = Vec::with_capacity(4 + ctx.len() * 16);
    out.extend_from_slice(&(ctx.len() as u32).to_be_bytes());
    for (k, v) in ctx {
        for part in [k.as_bytes(), v.as_bytes()] {
            out.extend_from_slice(&(part.len() as u32).to_be_bytes());
            out.extend_from_slice(part);
        }
    }
    out
}

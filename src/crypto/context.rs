//! The canonical, unambiguous byte encoding of an encryption context used as AAD.
//!
//! Pairs are sorted by key (a `BTreeMap` already is) and every key and value is prefixed by its
//! length, so `{"ab":"c"}` and `{"a":"bc"}` encode differently.

use std::collections::BTreeMap;

/// Encodes `ctx` as `count ‖ (len ‖ key ‖ len ‖ value)*`, lengths as big-endian u32.
pub fn encode(ctx: &BTreeMap<String, String>) -> Vec<u8> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn encoding_is_unambiguous_and_order_free() {
        assert_ne!(encode(&ctx(&[("ab", "c")])), encode(&ctx(&[("a", "bc")])));
        assert_ne!(encode(&ctx(&[])), encode(&ctx(&[("", "")])));
        assert_ne!(
            encode(&ctx(&[("a", "b"), ("c", "d")])),
            encode(&ctx(&[("a", "bcd")]))
        );
        assert_eq!(
            encode(&ctx(&[("x", "1"), ("a", "2")])),
            encode(&ctx(&[("a", "2"), ("x", "1")]))
        );
    }
}

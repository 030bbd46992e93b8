//! A canonical JSON encoding (sorted keys, no white space) used as MAC input, so that
//! re-formatting a document does not matter but any change of a value does.

use serde_json::Value;

/// Appends the canonical encoding of `v` to `out`.
pub fn encode(v: &Value, out: &mut Vec<u8>) {
    crate::model::json::write(out, v, true);
}

/// The canonical encoding of `v`.
pub fn to_vec(v: &Value) -> Vec<u8> {
    let mut out = Vec::new();
    encode(v, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_sorted_no_space_scalars_as_serde_json_renders_them() {
        let v: Value =
            serde_json::from_str(r#"{"b": [1, 2.5, "x\n\"y"], "a": {"d": null, "c": true}}"#)
                .unwrap();
        assert_eq!(
            String::from_utf8(to_vec(&v)).unwrap(),
            r#"{"a":{"c":true,"d":null},"b":[1,2.5,"x\n\"y"]}"#
        );
    }
}

//! A canonical JSON encoding (sorted keys, no white space) used as MAC input, so that
//! re-formatting a document does not matter but any change of a value does.

use serde_json::Value;

/// Appends the canonical encoding of `v` to `out`.
pub fn encode(v: &Value, out: &mut Vec<u8>) {
    match v {
        Value::Object(map) => {
            let mut members: Vec<(&String, &Value)> = map.iter().collect();
            members.sort_unstable_by(|a, b| a.0.cmp(b.0));
            out.push(b'{');
            for (i, (k, v)) in members.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                scalar(k, out);
                out.push(b':');
                encode(v, out);
            }
            out.push(b'}');
        }
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                encode(item, out);
            }
            out.push(b']');
        }
        // Scalars have one serde_json rendering each.
        other => scalar(other, out),
    }
}

/// serde_json's compact rendering of a string or scalar, written in place.
fn scalar<T: serde::Serialize + ?Sized>(v: &T, out: &mut Vec<u8>) {
    // Writing to a Vec cannot fail, and strings and scalars always serialise.
    let _ = serde_json::to_writer(&mut *out, v);
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

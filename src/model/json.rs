//! JSON of a `serde_json::Value`, compact or indented, byte for byte what serde_json makes,
//! faster on long strings.
//!
//! serde_json looks at every byte of every string for characters to escape, one at a time. A
//! server response carries its blobs as base64 strings of several KiB, where nothing ever needs
//! escaping; here a string is first checked in one pass the compiler turns into vector
//! instructions, and copied whole when it is clean. Anything else goes through serde_json.
//! With sorted keys it is also the keystore's canonical encoding (`store::canonical`); indented,
//! it is the command line's JSON output.

use serde_json::Value;

/// The compact JSON of `v` (identical to `serde_json::to_vec(v)`).
pub fn to_vec(v: &Value) -> Vec<u8> {
    let mut out = Vec::with_capacity(256);
    write(&mut out, v, false);
    out
}

/// Appends the compact JSON of `v` to `out`, with each object's members in the order of their
/// names when `sorted` (else in their own order, as serde_json writes them).
pub fn write(out: &mut Vec<u8>, v: &Value, sorted: bool) {
    match v {
        Value::String(s) => string(out, s),
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write(out, item, sorted);
            }
            out.push(b']');
        }
        Value::Object(map) => {
            out.push(b'{');
            if sorted {
                let mut sorted_members: Vec<(&String, &Value)> = map.iter().collect();
                sorted_members.sort_unstable_by(|a, b| a.0.cmp(b.0));
                members(out, sorted_members.into_iter(), true);
            } else {
                members(out, map.iter(), false);
            }
            out.push(b'}');
        }
        // Null, booleans and numbers: serde_json's own form (writing to a Vec cannot fail).
        other => {
            let _ = serde_json::to_writer(&mut *out, other);
        }
    }
}

/// Appends `v` as serde_json's `PrettyFormatter` writes it with `indent` per level, starting at
/// nesting `level`: the same bytes, with long strings copied whole as in [`write`]. The command
/// line prints every answer this way, and an Encrypt's answer is a 5.5 KiB blob.
pub fn write_pretty(out: &mut Vec<u8>, v: &Value, indent: &[u8], level: usize) {
    let open = |out: &mut Vec<u8>, first: bool, level: usize| {
        out.extend_from_slice(if first { b"\n" } else { b",\n" });
        for _ in 0..level {
            out.extend_from_slice(indent);
        }
    };
    let close = |out: &mut Vec<u8>, level: usize, bracket: u8| {
        out.push(b'\n');
        for _ in 0..level {
            out.extend_from_slice(indent);
        }
        out.push(bracket);
    };
    match v {
        Value::Array(items) if !items.is_empty() => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                open(out, i == 0, level + 1);
                write_pretty(out, item, indent, level + 1);
            }
            close(out, level, b']');
        }
        Value::Object(map) if !map.is_empty() => {
            out.push(b'{');
            for (i, (k, item)) in map.iter().enumerate() {
                open(out, i == 0, level + 1);
                string(out, k);
                out.extend_from_slice(b": ");
                write_pretty(out, item, indent, level + 1);
            }
            close(out, level, b'}');
        }
        // Strings, scalars and the empty `[]` and `{}` look the same either way.
        other => write(out, other, false),
    }
}

fn members<'a>(
    out: &mut Vec<u8>,
    items: impl Iterator<Item = (&'a String, &'a Value)>,
    sorted: bool,
) {
    for (i, (k, item)) in items.enumerate() {
        if i > 0 {
            out.push(b',');
        }
        string(out, k);
        out.push(b':');
        write(out, item, sorted);
    }
}

/// A JSON object written member by member, in the order given: the same bytes [`write`] makes
/// of a `Value::Object` holding those members, without building one (an audit event has two
/// dozen members, and every call writes one).
pub struct Object<'a> {
    out: &'a mut Vec<u8>,
    empty: bool,
}

impl<'a> Object<'a> {
    /// Opens an object at the end of `out`.
    pub fn new(out: &'a mut Vec<u8>) -> Self {
        out.push(b'{');
        Self { out, empty: true }
    }

    fn name(&mut self, name: &str) {
        if !self.empty {
            self.out.push(b',');
        }
        self.empty = false;
        string(self.out, name);
        self.out.push(b':');
    }

    /// A string member.
    pub fn str(&mut self, name: &str, value: &str) {
        self.name(name);
        string(self.out, value);
    }

    /// A boolean member.
    pub fn bool(&mut self, name: &str, value: bool) {
        self.name(name);
        self.out
            .extend_from_slice(if value { b"true" } else { b"false" });
    }

    /// A member holding any JSON value.
    pub fn value(&mut self, name: &str, value: &Value) {
        self.name(name);
        write(self.out, value, false);
    }

    /// A member holding an object written by `body`.
    pub fn object(&mut self, name: &str, body: impl FnOnce(&mut Object)) {
        self.name(name);
        let mut inner = Object::new(self.out);
        body(&mut inner);
        inner.close();
    }

    /// A member holding an array of objects, one written by `body` per item.
    pub fn objects<T>(&mut self, name: &str, items: &[T], body: impl Fn(&mut Object, &T)) {
        self.name(name);
        self.out.push(b'[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            let mut inner = Object::new(self.out);
            body(&mut inner, item);
            inner.close();
        }
        self.out.push(b']');
    }

    /// Closes the object.
    pub fn close(self) {
        self.out.push(b'}');
    }
}

fn string(out: &mut Vec<u8>, s: &str) {
    // No early exit, so the loop vectorises; the same characters serde_json escapes.
    let needs_escape = s.bytes().fold(false, |acc, b| {
        acc | (b < 0x20) | (b == b'"') | (b == b'\\')
    });
    if needs_escape {
        let _ = serde_json::to_writer(&mut *out, s);
    } else {
        // Room for what usually follows a long string too (a response's other members), so
        // the buffer is not doubled, and the blob copied again, for its last few bytes.
        out.reserve(s.len() + 2 + if s.len() > 1024 { 512 } else { 0 });
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_object_written_member_by_member_is_the_value_written_whole() {
        let mut out = Vec::new();
        let mut o = Object::new(&mut out);
        o.str("a\"b", "tab\there");
        o.bool("t", true);
        o.value("v", &json!({"x": [1, null], "y": "z"}));
        o.object("empty", |_| {});
        o.objects("list", &["p", "q"], |o, s| o.str("s", s));
        o.objects("none", &[] as &[&str], |o, s| o.str("s", s));
        o.close();
        let whole = json!({
            "a\"b": "tab\there", "t": true, "v": {"x": [1, null], "y": "z"}, "empty": {},
            "list": [{"s": "p"}, {"s": "q"}], "none": []
        });
        assert_eq!(out, serde_json::to_vec(&whole).unwrap());
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let long = "QUJD".repeat(2000);
        let cases = [
            json!(null),
            json!({"CiphertextBlob": long, "KeyId": "arn:aws:kms:us-east-1:1:key/k"}),
            json!({"a": [1, -2, 3.5, 1e300, true, false, null], "b": {}, "c": []}),
            json!({"quote\"d": "tab\there", "nl": "a\nb", "bs": "back\\slash", "ctl": "\u{1}\u{1f}"}),
            json!({"unicode": "é ✓ 🙂", "del": "\u{7f}", "slash": "a/b", "empty": ""}),
            json!([[[{"deep": [{"x": "y"}]}]]]),
            json!(u64::MAX),
            json!(i64::MIN),
        ];
        for v in cases {
            assert_eq!(to_vec(&v), serde_json::to_vec(&v).unwrap(), "{v}");
        }
    }

    #[test]
    fn pretty_output_is_serde_jsons_pretty_output() {
        let v = json!({
            "CiphertextBlob": "QUJD".repeat(2000), "empty": {}, "none": [], "n": [1, -2.5, null],
            "nested": {"a": [{"b": true, "c": "tab\there"}, []], "unicode": "é ✓"},
        });
        for (indent, level) in [(&b"    "[..], 0), (&b"  "[..], 0)] {
            let mut ours = Vec::new();
            write_pretty(&mut ours, &v, indent, level);
            let mut theirs = Vec::new();
            let fmt = serde_json::ser::PrettyFormatter::with_indent(indent);
            serde::Serialize::serialize(
                &v,
                &mut serde_json::Serializer::with_formatter(&mut theirs, fmt),
            )
            .unwrap();
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                String::from_utf8(theirs).unwrap()
            );
        }
        for scalar in [json!("x"), json!(1), json!([]), json!({})] {
            let mut ours = Vec::new();
            write_pretty(&mut ours, &scalar, b"    ", 0);
            assert_eq!(ours, serde_json::to_vec_pretty(&scalar).unwrap());
        }
    }

    #[test]
    fn every_single_byte_character_is_written_as_serde_json_writes_it() {
        for c in (0u32..0x100).filter_map(char::from_u32) {
            let v = json!({ format!("k{c}"): format!("a{c}b") });
            assert_eq!(to_vec(&v), serde_json::to_vec(&v).unwrap(), "{c:?}");
        }
    }
}

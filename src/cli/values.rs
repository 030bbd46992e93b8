//! Parameter values as the AWS CLI v2 reads them: `file://` and `fileb://`, base64 blobs,
//! JSON, and shorthand (`k1=v1,k2=v2`, `TagKey=k,TagValue=v`).

use crate::error::Error;
use crate::model::{EncryptionContext, Tag};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use zeroize::Zeroizing;

/// How blob parameters given as text are read (`--cli-binary-format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BinaryFormat {
    /// Text is base64 and is decoded (the v2 default).
    #[default]
    Base64,
    /// Text is used as raw bytes (`raw-in-base64-out`, the v1 behaviour).
    RawInBase64Out,
}

fn param_error(param: &str, detail: impl std::fmt::Display) -> Error {
    Error::Usage(format!("Error parsing parameter '--{param}': {detail}"))
}

/// The largest parameter file lkms reads; every KMS parameter is far smaller, and the cap keeps
/// `fileb:///dev/zero` from exhausting memory.
const MAX_PARAM_FILE: u64 = 16 * 1024 * 1024;

fn load_file(param: &str, prefix: &str, path: &str) -> Result<Vec<u8>, Error> {
    use std::io::Read;
    let read = || -> std::io::Result<Vec<u8>> {
        let mut buf = Vec::new();
        std::fs::File::open(path)?
            .take(MAX_PARAM_FILE + 1)
            .read_to_end(&mut buf)?;
        Ok(buf)
    };
    let bytes = read().map_err(|e| {
        let errno = e.raw_os_error().unwrap_or(0);
        let reason = e.to_string();
        let reason = reason
            .split(" (os error")
            .next()
            .unwrap_or(&reason)
            .to_string();
        param_error(
            param,
            format!("Unable to load paramfile {prefix}{path}: [Errno {errno}] {reason}: '{path}'"),
        )
    })?;
    if bytes.len() as u64 > MAX_PARAM_FILE {
        return Err(param_error(
            param,
            format!("Unable to load paramfile {prefix}{path}: it is larger than 16 MiB"),
        ));
    }
    Ok(bytes)
}

/// A string parameter: `file://path` reads the file's text, anything else is taken as is.
pub fn text(param: &str, value: &str) -> Result<String, Error> {
    if let Some(path) = value.strip_prefix("file://") {
        let bytes = load_file(param, "file://", path)?;
        return String::from_utf8(bytes)
            .map_err(|_| param_error(param, format!("file://{path} is not valid UTF-8 text")));
    }
    if let Some(path) = value.strip_prefix("fileb://") {
        let bytes = load_file(param, "fileb://", path)?;
        return String::from_utf8(bytes)
            .map_err(|_| param_error(param, format!("fileb://{path} is not valid UTF-8 text")));
    }
    Ok(value.to_string())
}

/// A blob parameter: `fileb://` gives raw bytes; `file://` and plain text are base64
/// (or raw text with [`BinaryFormat::RawInBase64Out`]).
pub fn blob(param: &str, value: &str, format: BinaryFormat) -> Result<Zeroizing<Vec<u8>>, Error> {
    if let Some(path) = value.strip_prefix("fileb://") {
        return load_file(param, "fileb://", path).map(Zeroizing::new);
    }
    let text = Zeroizing::new(text(param, value)?);
    match format {
        BinaryFormat::RawInBase64Out => Ok(Zeroizing::new(text.as_bytes().to_vec())),
        BinaryFormat::Base64 => {
            let compact: Zeroizing<String> =
                Zeroizing::new(text.chars().filter(|c| !c.is_ascii_whitespace()).collect());
            B64.decode(compact.as_bytes())
                .map(Zeroizing::new)
                .map_err(|_| Error::Usage(format!("Invalid base64: \"{}\"", text.as_str())))
        }
    }
}

/// A map of strings (`--encryption-context`): JSON object or shorthand `k1=v1,k2=v2`.
pub fn string_map(param: &str, value: &str) -> Result<EncryptionContext, Error> {
    let value = text(param, value)?;
    if value.trim_start().starts_with('{') {
        return serde_json::from_str::<EncryptionContext>(&value)
            .map_err(|e| param_error(param, format!("Invalid JSON: {e}\nJSON received: {value}")));
    }
    let pairs = shorthand(param, &value)?;
    Ok(pairs.into_iter().collect())
}

/// A list of strings (`--tag-keys`, `--grant-tokens`): values after one flag, or a JSON array.
pub fn string_list(param: &str, values: &[String]) -> Result<Vec<String>, Error> {
    if let [single] = values {
        let v = text(param, single)?;
        if v.trim_start().starts_with('[') {
            return serde_json::from_str::<Vec<String>>(&v)
                .map_err(|e| param_error(param, format!("Invalid JSON: {e}\nJSON received: {v}")));
        }
    }
    values.iter().map(|v| text(param, v)).collect()
}

/// A list of tags (`--tags`): one JSON array, or one `TagKey=k,TagValue=v` per value.
pub fn tags(param: &str, values: &[String]) -> Result<Vec<Tag>, Error> {
    if let [single] = values {
        let v = text(param, single)?;
        if v.trim_start().starts_with('[') {
            return serde_json::from_str::<Vec<Tag>>(&v)
                .map_err(|e| param_error(param, format!("Invalid JSON: {e}\nJSON received: {v}")));
        }
    }
    let mut out = Vec::with_capacity(values.len());
    for (i, raw) in values.iter().enumerate() {
        let pairs = shorthand(param, &text(param, raw)?)?;
        let (mut key, mut val, mut unknown) = (None, None, Vec::new());
        for (k, v) in pairs {
            match k.as_str() {
                "TagKey" => key = Some(v),
                "TagValue" => val = Some(v),
                _ => unknown.push(k),
            }
        }
        let mut problems = Vec::new();
        if key.is_none() {
            problems.push(format!(
                "Missing required parameter in Tags[{i}]: \"TagKey\""
            ));
        }
        if val.is_none() {
            problems.push(format!(
                "Missing required parameter in Tags[{i}]: \"TagValue\""
            ));
        }
        for u in unknown {
            problems.push(format!(
                "Unknown parameter in Tags[{i}]: \"{u}\", must be one of: TagKey, TagValue"
            ));
        }
        if !problems.is_empty() {
            return Err(Error::Usage(format!(
                "Parameter validation failed:\n{}",
                problems.join("\n")
            )));
        }
        out.push(Tag {
            tag_key: key.unwrap_or_default(),
            tag_value: val.unwrap_or_default(),
        });
    }
    Ok(out)
}

/// Parses `k1=v1,k2="v,2",k3=v\,3` into pairs, with AWS-style errors pointing at the problem.
pub fn shorthand(param: &str, input: &str) -> Result<Vec<(String, String)>, Error> {
    let chars: Vec<char> = input.chars().collect();
    let mut pos = 0;
    let mut out = Vec::new();
    let expected = |what: &str, pos: usize| {
        let got = chars
            .get(pos)
            .map_or_else(|| "EOF".to_string(), |c| c.to_string());
        param_error(
            param,
            format!(
                "Expected: '{what}', received: '{got}' for input:\n{input}\n{}^",
                " ".repeat(pos)
            ),
        )
    };
    loop {
        let start = pos;
        while pos < chars.len() && !matches!(chars[pos], '=' | ',') && !chars[pos].is_whitespace() {
            pos += 1;
        }
        if pos == start || chars.get(pos) != Some(&'=') {
            return Err(expected("=", pos));
        }
        let key: String = chars[start..pos].iter().collect();
        pos += 1;
        let mut value = String::new();
        if let Some(&q) = chars.get(pos).filter(|c| matches!(c, '"' | '\'')) {
            pos += 1;
            loop {
                match chars.get(pos) {
                    None => return Err(expected(&q.to_string(), pos)),
                    Some('\\') if chars.get(pos + 1) == Some(&q) => {
                        value.push(q);
                        pos += 2;
                    }
                    Some(&c) if c == q => {
                        pos += 1;
                        break;
                    }
                    Some(&c) => {
                        value.push(c);
                        pos += 1;
                    }
                }
            }
        } else {
            while let Some(&c) = chars.get(pos) {
                match c {
                    '\\' if chars.get(pos + 1) == Some(&',') => {
                        value.push(',');
                        pos += 2;
                    }
                    ',' => break,
                    _ => {
                        value.push(c);
                        pos += 1;
                    }
                }
            }
        }
        out.push((key, value));
        match chars.get(pos) {
            None => return Ok(out),
            Some(',') => pos += 1,
            Some(_) => return Err(expected(",", pos)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(input: &str) -> Vec<(String, String)> {
        shorthand("p", input).unwrap()
    }

    #[test]
    fn shorthand_forms() {
        let p = |k: &str, v: &str| (k.to_string(), v.to_string());
        assert_eq!(pairs("k1=v1,k2=v2"), [p("k1", "v1"), p("k2", "v2")]);
        assert_eq!(pairs(r#"k1="v,1",k2=v2"#), [p("k1", "v,1"), p("k2", "v2")]);
        assert_eq!(pairs(r"k1=v\,1,k2=v2"), [p("k1", "v,1"), p("k2", "v2")]);
        assert_eq!(pairs("k1=a=b"), [p("k1", "a=b")]);
        assert_eq!(pairs("k1="), [p("k1", "")]);
        assert_eq!(pairs("k='it\\'s'"), [p("k", "it's")]);
    }

    #[test]
    fn shorthand_errors_point_at_the_problem() {
        for (input, msg) in [
            (
                "novalue",
                "Expected: '=', received: 'EOF' for input:\nnovalue\n       ^",
            ),
            ("=v", "Expected: '=', received: '=' for input:\n=v\n^"),
            (
                "k=\"open",
                "Expected: '\"', received: 'EOF' for input:\nk=\"open\n       ^",
            ),
            (
                "k=\"v\"x",
                "Expected: ',', received: 'x' for input:\nk=\"v\"x\n     ^",
            ),
            ("", "Expected: '=', received: 'EOF' for input:\n\n^"),
        ] {
            match shorthand("p", input) {
                Err(Error::Usage(m)) => {
                    assert_eq!(
                        m,
                        format!("Error parsing parameter '--p': {msg}"),
                        "{input}"
                    )
                }
                other => panic!("{input}: {other:?}"),
            }
        }
    }

    #[test]
    fn shorthand_never_panics() {
        let alphabet = ['a', '=', ',', '\\', '"', '\'', ' ', 'é', '{'];
        let mut state = 12345u32;
        for _ in 0..20_000 {
            let len = (state % 9) as usize;
            let s: String = (0..len)
                .map(|_| {
                    state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    alphabet[(state >> 16) as usize % alphabet.len()]
                })
                .collect();
            let _ = shorthand("p", &s);
            let _ = string_map("p", &s);
        }
    }

    #[test]
    fn blobs() {
        assert_eq!(
            blob("p", "aGk=", BinaryFormat::Base64).unwrap().as_slice(),
            b"hi"
        );
        assert_eq!(
            blob("p", "aGk=", BinaryFormat::RawInBase64Out)
                .unwrap()
                .as_slice(),
            b"aGk="
        );
        assert!(matches!(
            blob("p", "a", BinaryFormat::Base64),
            Err(Error::Usage(_))
        ));
    }
}

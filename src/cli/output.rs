//! Printing responses the way AWS CLI v2 does: `--query` (JMESPath) first, then the format.

use super::query::Query;
use crate::error::Error;
use serde_json::Value;
use std::io::Write;

/// The output formats lkms prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// JSON with four-space indentation (the default).
    #[default]
    Json,
    /// Tab-separated text.
    Text,
    /// Boxed tables titled with the operation.
    Table,
    /// YAML.
    Yaml,
    /// YAML as a stream (a list with one document per response).
    YamlStream,
    /// Nothing at all.
    Off,
}

impl Format {
    /// Parses a format name.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "json" => Some(Self::Json),
            "text" => Some(Self::Text),
            "table" => Some(Self::Table),
            "yaml" => Some(Self::Yaml),
            "yaml-stream" => Some(Self::YamlStream),
            "off" => Some(Self::Off),
            _ => None,
        }
    }
}

/// Renders `value` as AWS CLI v2 JSON: four-space indent, non-ASCII kept, trailing newline.
pub fn to_json(value: &Value) -> String {
    let mut buf = Vec::with_capacity(256);
    crate::model::json::write_pretty(&mut buf, value, b"    ", 0);
    buf.push(b'\n');
    String::from_utf8(buf).unwrap_or_default()
}

/// A scalar as the AWS CLI prints it in text and table output: Python's `str()` of it.
pub(super) fn scalar(v: &Value) -> String {
    match v {
        Value::Null => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// True for anything but a structure or a list.
pub(super) fn is_scalar(v: &Value) -> bool {
    !matches!(v, Value::Object(_) | Value::Array(_))
}

/// Renders `value` as AWS CLI text output: one line per structure, scalars sorted by name,
/// nested structures under their member name in upper case, tab-separated.
pub fn to_text(value: &Value) -> String {
    let mut out = String::new();
    text_item(value, None, None, &mut out);
    out
}

fn text_item(v: &Value, id: Option<&str>, keys: Option<&[String]>, out: &mut String) {
    match v {
        Value::Object(map) => {
            let mut scalars = Vec::new();
            let mut nested: Vec<(&String, &Value)> = Vec::new();
            match keys {
                None => {
                    let mut sorted: Vec<_> = map.iter().collect();
                    sorted.sort_by(|a, b| a.0.cmp(b.0));
                    for (k, val) in sorted {
                        if is_scalar(val) {
                            scalars.push(scalar(val));
                        } else {
                            nested.push((k, val));
                        }
                    }
                }
                Some(keys) => {
                    // A member this structure lacks is an empty field (a null one prints None).
                    for k in keys {
                        scalars.push(map.get(k).map_or_else(String::new, scalar));
                    }
                    let mut rest: Vec<_> = map.iter().filter(|(k, _)| !keys.contains(k)).collect();
                    rest.sort_by(|a, b| a.0.cmp(b.0));
                    nested.extend(rest);
                }
            }
            if !scalars.is_empty() {
                if let Some(id) = id {
                    scalars.insert(0, id.to_uppercase());
                }
                out.push_str(&scalars.join("\t"));
                out.push('\n');
            }
            for (k, val) in nested {
                text_item(val, Some(k), None, out);
            }
        }
        Value::Array(items) => {
            if items.is_empty() {
                return;
            }
            if items.iter().any(|i| i.is_object()) {
                let mut all: Vec<String> = items
                    .iter()
                    .filter_map(Value::as_object)
                    .flat_map(|m| {
                        m.iter()
                            .filter(|(_, v)| is_scalar(v))
                            .map(|(k, _)| k.clone())
                    })
                    .collect();
                all.sort();
                all.dedup();
                for item in items {
                    text_item(item, id, Some(&all), out);
                }
            } else {
                let (scalars, nested): (Vec<&Value>, Vec<&Value>) =
                    items.iter().partition(|i| is_scalar(i));
                if !scalars.is_empty() {
                    match id {
                        Some(id) => {
                            for s in scalars {
                                out.push_str(&format!("{}\t{}\n", id.to_uppercase(), scalar(s)));
                            }
                        }
                        None => {
                            let line: Vec<String> = scalars.into_iter().map(scalar).collect();
                            out.push_str(&line.join("\t"));
                            out.push('\n');
                        }
                    }
                }
                for n in nested {
                    text_item(n, id, None, out);
                }
            }
        }
        other => {
            out.push_str(&scalar(other));
            out.push('\n');
        }
    }
}

fn to_yaml_node(v: &Value) -> yaml_rust2::Yaml {
    use yaml_rust2::Yaml;
    match v {
        Value::Null => Yaml::Null,
        Value::Bool(b) => Yaml::Boolean(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Yaml::Integer(i),
            None => Yaml::Real(n.to_string()),
        },
        Value::String(s) => Yaml::String(s.clone()),
        Value::Array(items) => Yaml::Array(items.iter().map(to_yaml_node).collect()),
        Value::Object(m) => Yaml::Hash(
            m.iter()
                .map(|(k, v)| (Yaml::String(k.clone()), to_yaml_node(v)))
                .collect(),
        ),
    }
}

/// Renders `value` as YAML (member order kept, no document marker).
pub fn to_yaml(value: &Value) -> String {
    let mut out = String::new();
    let node = to_yaml_node(value);
    let _ = yaml_rust2::YamlEmitter::new(&mut out).dump(&node);
    let body = out
        .strip_prefix("---\n")
        .or_else(|| out.strip_prefix("--- "))
        .unwrap_or(&out);
    format!("{body}\n")
}

/// `value` in an output format; `title` heads a table (the operation's name).
pub fn render(value: &Value, format: Format, title: &str) -> String {
    match format {
        Format::Off => String::new(),
        Format::Json => to_json(value),
        Format::Text => to_text(value),
        Format::Table => super::table::render(title, value),
        Format::Yaml => to_yaml(value),
        Format::YamlStream => to_yaml(&Value::Array(vec![value.clone()])),
    }
}

/// Prints a response: nothing for an empty response, else query and format it.
pub fn print(
    value: Option<Value>,
    query: Option<&Query>,
    format: Format,
    operation: &str,
) -> Result<(), Error> {
    let Some(mut value) = value else {
        return Ok(());
    };
    if let Some(q) = query {
        value = q.apply(&value)?;
    }
    if format == Format::Off {
        return Ok(());
    }
    let rendered = render(&value, format, operation);
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`lkms ... | head`) is not an error worth reporting.
    let _ = stdout.write_all(rendered.as_bytes());
    let _ = stdout.flush();
    // The process ends next: freeing a listing of 100,000 items value by value would cost a
    // third of the command's time, for memory the system takes back at once anyway.
    std::mem::forget(value);
    std::mem::forget(rendered);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn text_layout_follows_the_aws_cli() {
        let v =
            json!({"KeyMetadata": {"KeyId": "k", "Enabled": true, "Algs": ["A", "B"], "Arn": "a"}});
        assert_eq!(to_text(&v), "KEYMETADATA\ta\tTrue\tk\nALGS\tA\nALGS\tB\n");
        // As awscli's text.py prints it: a missing member empty, a null one None.
        let list = json!({"Keys": [
            {"KeyId": "1", "KeyArn": "x"}, {"KeyId": "2"}, {"KeyId": null, "KeyArn": "y"}
        ]});
        assert_eq!(to_text(&list), "KEYS\tx\t1\nKEYS\t\t2\nKEYS\ty\tNone\n");
        assert_eq!(to_text(&json!(["a", "b"])), "a\tb\n");
        assert_eq!(to_text(&json!(null)), "None\n");
        assert_eq!(to_text(&json!([])), "");
    }

    #[test]
    fn json_layout_uses_four_spaces() {
        assert_eq!(
            to_json(&json!({"A": [1], "B": {}})),
            "{\n    \"A\": [\n        1\n    ],\n    \"B\": {}\n}\n"
        );
        assert_eq!(to_json(&json!("é")), "\"é\"\n");
    }
}

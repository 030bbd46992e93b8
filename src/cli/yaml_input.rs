//! AWS CLI v2's YAML request input: `--cli-input-yaml` reads a request written in YAML, and
//! `--generate-cli-skeleton yaml-input` prints the template for it, laid out as the aws CLI's
//! YAML writer lays it out (a comment after each member: `[REQUIRED]`, what it is, its values).

use super::{request, values};
use crate::error::Error;
use crate::spec::{self, Kind};
use serde_json::{Map, Number, Value};
use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::{Yaml, YamlLoader};

/// Reads `--cli-input-yaml` (inline or `file://`): a YAML mapping of API member names.
pub fn input(text: &str) -> Result<Map<String, Value>, Error> {
    let text = values::text("cli-input-yaml", text)?;
    let invalid =
        || Error::Usage("Error parsing parameter 'cli-input-yaml': Invalid YAML received.".into());
    // The loader copies what an alias names, and nests as deep as the text: count first, so
    // that aliases of aliases (a few lines that stand for billions of nodes) and deep nesting
    // are refused instead of filling memory or the stack.
    if expanded_nodes(&text).is_none_or(|n| n > MAX_NODES) {
        return Err(invalid());
    }
    let docs = YamlLoader::load_from_str(&text).map_err(|_| invalid())?;
    let value = match docs.as_slice() {
        [] => Value::Null,
        [one] => json(one).ok_or_else(invalid)?,
        // The aws CLI's loader takes exactly one document.
        _ => return Err(invalid()),
    };
    match value {
        Value::Object(m) => Ok(m),
        other => Err(Error::Usage(format!(
            "Error parsing parameter '--cli-input-yaml': Invalid type: expecting map, received {}",
            request::py_type(&other)
        ))),
    }
}

/// The most nodes a YAML request may stand for once its aliases are expanded: far beyond any
/// request (a request is at most a few thousand values).
const MAX_NODES: u64 = 100_000;

/// How deep a YAML request may nest: as deep as JSON may (serde_json's limit), far deeper than
/// any request.
const MAX_DEPTH: usize = 128;

/// How many nodes `text` stands for with every alias expanded; `None` if it does not parse or
/// nests deeper than [`MAX_DEPTH`].
fn expanded_nodes(text: &str) -> Option<u64> {
    #[derive(Default)]
    struct Count {
        /// Nodes under each open collection, with its anchor.
        open: Vec<(usize, u64)>,
        /// Nodes each anchor stands for.
        anchored: std::collections::HashMap<usize, u64>,
        total: u64,
        too_deep: bool,
    }
    impl Count {
        fn add(&mut self, anchor: usize, nodes: u64) {
            if anchor > 0 {
                self.anchored.insert(anchor, nodes);
            }
            match self.open.last_mut() {
                Some((_, n)) => *n = n.saturating_add(nodes),
                None => self.total = self.total.saturating_add(nodes),
            }
        }

        fn event(&mut self, ev: Event) {
            match ev {
                Event::Scalar(_, _, anchor, _) => self.add(anchor, 1),
                Event::Alias(id) => {
                    let n = self.anchored.get(&id).copied().unwrap_or(1);
                    self.add(0, n);
                }
                Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                    self.open.push((anchor, 1));
                    self.too_deep |= self.open.len() > MAX_DEPTH;
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    if let Some((anchor, n)) = self.open.pop() {
                        self.add(anchor, n);
                    }
                }
                _ => {}
            }
        }
    }
    // Event by event: the parser's own loading recurses once per level.
    let mut count = Count::default();
    let mut parser = Parser::new_from_str(text);
    loop {
        let (ev, _) = parser.next_token().ok()?;
        if ev == Event::StreamEnd {
            return Some(count.total);
        }
        count.event(ev);
        if count.too_deep {
            return None;
        }
    }
}

/// A YAML node as JSON; `None` for what YAML could not resolve (a bad tagged value, an alias
/// to nothing).
fn json(y: &Yaml) -> Option<Value> {
    Some(match y {
        Yaml::Null => Value::Null,
        Yaml::Boolean(b) => Value::Bool(*b),
        Yaml::Integer(i) => Value::from(*i),
        Yaml::Real(r) => Number::from_f64(r.parse().ok()?).map_or(Value::Null, Value::Number),
        // A `!!binary` value arrives as its base64 text, which is what a blob member takes.
        Yaml::String(s) => Value::String(s.clone()),
        Yaml::Array(items) => Value::Array(items.iter().map(json).collect::<Option<_>>()?),
        Yaml::Hash(h) => {
            let mut m = Map::new();
            for (k, v) in h {
                let key = match k {
                    Yaml::String(s) | Yaml::Real(s) => s.clone(),
                    Yaml::Integer(i) => i.to_string(),
                    Yaml::Boolean(b) => if *b { "True" } else { "False" }.into(),
                    _ => return None,
                };
                m.insert(key, json(v)?);
            }
            Value::Object(m)
        }
        Yaml::Alias(_) | Yaml::BadValue => return None,
    })
}

/// The YAML template of an operation's request: every member with a placeholder and its
/// comment.
pub fn skeleton(input: Option<&str>) -> String {
    let mut out = String::new();
    match input.and_then(spec::shape) {
        Some(shape) if !shape.members.is_empty() => structure(&mut out, shape, 0, false),
        _ => out.push_str("{}\n"),
    }
    out
}

/// The members of a structure at `indent`; `in_list` when the first one follows a `- `.
fn structure(out: &mut String, shape: &spec::Shape, indent: usize, in_list: bool) {
    for (i, (member, shape_name)) in shape.members.iter().enumerate() {
        let Some(s) = spec::shape(shape_name) else {
            continue;
        };
        if i > 0 || !in_list {
            out.push_str(&" ".repeat(indent));
        }
        out.push_str(member);
        out.push(':');
        let comment = comment(s, shape.required.contains(member));
        // The writer puts two spaces before the first comment of a mapping, one before the rest.
        let gap = if i == 0 { "  " } else { " " };
        match s.kind {
            Kind::Structure | Kind::List | Kind::Map => {
                if let Some(c) = &comment {
                    out.push_str(&format!("{gap}# {c}"));
                }
                out.push('\n');
                nested(out, s, indent);
            }
            _ => {
                out.push(' ');
                out.push_str(&scalar(s));
                if let Some(c) = &comment {
                    out.push_str(&format!("{gap}# {c}"));
                }
                out.push('\n');
            }
        }
    }
}

/// The value of a collection member, below its key.
fn nested(out: &mut String, s: &spec::Shape, indent: usize) {
    match s.kind {
        Kind::Structure if s.members.is_empty() => {}
        Kind::Structure => structure(out, s, indent + 2, false),
        Kind::Map => {
            let value = s.value.and_then(spec::shape);
            out.push_str(&" ".repeat(indent + 2));
            out.push_str("KeyName: ");
            out.push_str(&value.map_or_else(|| "''".into(), scalar));
            out.push('\n');
        }
        // A block list sits at its key's indentation, as the aws CLI's writer puts it.
        _ => {
            out.push_str(&" ".repeat(indent));
            out.push_str("- ");
            match s.member.and_then(spec::shape) {
                Some(e) if e.kind == Kind::Structure => structure(out, e, indent + 2, true),
                Some(e) => {
                    out.push_str(&scalar(e));
                    out.push('\n');
                }
                None => out.push_str("''\n"),
            }
        }
    }
}

/// A scalar's placeholder, as the JSON skeleton has it.
fn scalar(s: &spec::Shape) -> String {
    match s.kind {
        Kind::String => s
            .enum_values
            .first()
            .map_or_else(|| "''".into(), |v| v.to_string()),
        Kind::Integer => "0".into(),
        Kind::Boolean => "true".into(),
        Kind::Blob => "!!binary ''".into(),
        Kind::Timestamp => "1970-01-01 00:00:00".into(),
        _ => "{}".into(),
    }
}

/// `[REQUIRED]` and the member's values, as the aws CLI writes them. (The aws CLI also gives
/// the first sentence of AWS's documentation of the member, which lkms does not carry; its
/// flag help speaks of command-line syntax, which would mislead here.)
fn comment(s: &spec::Shape, required: bool) -> Option<String> {
    let mut parts = Vec::new();
    if required {
        parts.push("[REQUIRED]".to_string());
    }
    if !s.enum_values.is_empty() {
        parts.push(format!("Valid values are: {}.", s.enum_values.join(", ")));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_reads_as_the_json_it_stands_for() {
        let m = input("KeyId: alias/x\nNumberOfBytes: 12\nOn: true\nTags:\n- TagKey: a\n  TagValue: b\nPlaintext: !!binary aGk=\n").unwrap();
        assert_eq!(
            Value::Object(m),
            serde_json::json!({"KeyId": "alias/x", "NumberOfBytes": 12, "On": true,
                "Tags": [{"TagKey": "a", "TagValue": "b"}], "Plaintext": "aGk="})
        );
    }

    #[test]
    fn aliases_may_not_stand_for_more_than_a_request_holds() {
        // The mapping, two keys, the list and its two items, and the list again.
        assert_eq!(expanded_nodes("a: &x [1, 2]\nb: *x\n"), Some(9));
        let mut bomb = String::from("l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let refs = vec![format!("*l{}", i - 1); 10].join(", ");
            bomb.push_str(&format!("l{i}: &l{i} [{refs}]\n"));
        }
        assert!(expanded_nodes(&bomb).unwrap() > 10_u64.pow(11));
        assert!(matches!(input(&bomb), Err(Error::Usage(_))));
        assert!(input("a: &x [1, 2]\nb: *x\n").is_ok());
    }

    #[test]
    fn only_one_mapping_is_a_request() {
        let err = |t: &str| match input(t) {
            Err(Error::Usage(m)) => m,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            err("[1, 2"),
            "Error parsing parameter 'cli-input-yaml': Invalid YAML received."
        );
        assert_eq!(
            err("a: 1\n---\nb: 2\n"),
            "Error parsing parameter 'cli-input-yaml': Invalid YAML received."
        );
        assert_eq!(
            err("- a\n"),
            "Error parsing parameter '--cli-input-yaml': Invalid type: expecting map, received <class 'list'>"
        );
        assert_eq!(
            err(""),
            "Error parsing parameter '--cli-input-yaml': Invalid type: expecting map, received <class 'NoneType'>"
        );
    }
}

//! Turning flag values and `--cli-input-json` into the wire-form JSON request, typed and
//! checked against the operation's model the way the AWS CLI's parameter validation does.

use super::shorthand;
use super::values::{self, BinaryFormat};
use crate::error::Error;
use crate::spec::{self, Kind, Shape};
use serde_json::{Map, Value};

/// Python's rendering of a value, as the AWS CLI's messages show it.
fn py_repr(v: &Value) -> String {
    match v {
        Value::Null => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => format!("'{s}'"),
        Value::Array(items) => format!(
            "[{}]",
            items.iter().map(py_repr).collect::<Vec<_>>().join(", ")
        ),
        Value::Object(m) => format!(
            "{{{}}}",
            m.iter()
                .map(|(k, v)| format!("'{k}': {}", py_repr(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

pub(super) fn py_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "<class 'NoneType'>",
        Value::Bool(_) => "<class 'bool'>",
        Value::Number(n) if n.is_f64() => "<class 'float'>",
        Value::Number(_) => "<class 'int'>",
        Value::String(_) => "<class 'str'>",
        Value::Array(_) => "<class 'list'>",
        Value::Object(_) => "<class 'dict'>",
    }
}

/// Collects the problems of one request, like botocore's parameter validation.
#[derive(Default)]
pub struct Checker {
    problems: Vec<String>,
    /// Values came from shorthand or flags, where everything is text: read numbers and
    /// booleans from strings, and a single value where a list belongs as a one-item list.
    lenient: bool,
}

impl Checker {
    fn invalid_type(&mut self, path: &str, v: &Value, valid: &str) {
        self.problems.push(format!(
            "Invalid type for parameter {path}, value: {}, type: {}, valid types: {valid}",
            py_repr(v),
            py_type(v)
        ));
    }

    /// Checks `v` against shape `shape_name`, returning it with its wire types.
    pub fn check(&mut self, shape_name: &str, v: Value, path: &str) -> Value {
        let Some(shape) = spec::shape(shape_name) else {
            return v;
        };
        match shape.kind {
            Kind::Structure => self.structure(shape, v, path),
            Kind::List => {
                let items = match v {
                    Value::Array(items) => items,
                    other if self.lenient && !other.is_object() => vec![other],
                    other => {
                        self.invalid_type(path, &other, "<class 'list'>, <class 'tuple'>");
                        return other;
                    }
                };
                let member = shape.member.unwrap_or_default();
                Value::Array(
                    items
                        .into_iter()
                        .enumerate()
                        .map(|(i, item)| self.check(member, item, &format!("{path}[{i}]")))
                        .collect(),
                )
            }
            Kind::Map => match v {
                Value::Object(m) => {
                    let value_shape = shape.value.unwrap_or_default();
                    Value::Object(
                        m.into_iter()
                            .map(|(k, item)| {
                                let checked = self.check(value_shape, item, &format!("{path}.{k}"));
                                (k, checked)
                            })
                            .collect(),
                    )
                }
                other => {
                    self.invalid_type(path, &other, "<class 'dict'>");
                    other
                }
            },
            Kind::String => match v {
                Value::String(_) => v,
                other => {
                    self.invalid_type(path, &other, "<class 'str'>");
                    other
                }
            },
            Kind::Integer => match v {
                Value::Number(ref n) if n.is_i64() => v,
                Value::String(ref s) if self.lenient => match s.trim().parse::<i64>() {
                    Ok(n) => Value::from(n),
                    Err(_) => {
                        self.invalid_type(path, &v, "<class 'int'>");
                        v
                    }
                },
                other => {
                    self.invalid_type(path, &other, "<class 'int'>");
                    other
                }
            },
            Kind::Boolean => match v {
                Value::Bool(_) => v,
                Value::String(ref s) if self.lenient && (s == "true" || s == "false") => {
                    Value::Bool(s == "true")
                }
                other => {
                    self.invalid_type(path, &other, "<class 'bool'>");
                    other
                }
            },
            Kind::Blob => match v {
                Value::String(_) => v,
                other => {
                    self.invalid_type(
                        path,
                        &other,
                        "<class 'bytes'>, <class 'bytearray'>, file-like object",
                    );
                    other
                }
            },
            Kind::Timestamp => match &v {
                Value::Number(_) => v,
                Value::String(s) => match crate::clock::parse_instant(s) {
                    Some(t) => serde_json::Number::from_f64(t.epoch_millis() as f64 / 1000.0)
                        .map(Value::Number)
                        .unwrap_or(v),
                    None => {
                        self.problems.push(format!(
                            "Invalid timestamp value for parameter {path}: '{s}'"
                        ));
                        v
                    }
                },
                other => {
                    let other = other.clone();
                    self.invalid_type(path, &other, "<class 'datetime.datetime'>, <class 'str'>");
                    other
                }
            },
        }
    }

    fn structure(&mut self, shape: &Shape, v: Value, path: &str) -> Value {
        let Value::Object(map) = v else {
            self.invalid_type(path, &v, "<class 'dict'>");
            return v;
        };
        let where_ = if path.is_empty() { "input" } else { path };
        for req in shape.required {
            if !map.contains_key(*req) {
                self.problems
                    .push(format!("Missing required parameter in {where_}: \"{req}\""));
            }
        }
        let mut out = Map::new();
        for (k, item) in map {
            match shape.members.iter().find(|(m, _)| *m == k) {
                Some((_, member_shape)) => {
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    let checked = self.check(member_shape, item, &p);
                    out.insert(k, checked);
                }
                None => {
                    let names: Vec<&str> = shape.members.iter().map(|(m, _)| *m).collect();
                    self.problems.push(format!(
                        "Unknown parameter in {where_}: \"{k}\", must be one of: {}",
                        names.join(", ")
                    ));
                }
            }
        }
        Value::Object(out)
    }

    /// `Ok` when nothing was wrong, else the AWS CLI's "Parameter validation failed" error.
    pub fn finish(self) -> Result<(), Error> {
        if self.problems.is_empty() {
            return Ok(());
        }
        Err(Error::Usage(format!(
            "Parameter validation failed:\n{}",
            self.problems.join("\n")
        )))
    }
}

fn parse_json(param: &str, text: &str) -> Result<Value, Error> {
    serde_json::from_str(text).map_err(|e| {
        Error::Usage(format!(
            "Error parsing parameter '--{param}': Invalid JSON: {e}\nJSON received: {text}"
        ))
    })
}

/// Structured text given to a flag: JSON if it starts like JSON, else shorthand.
fn structured(param: &str, text: &str, open: char) -> Result<Value, Error> {
    if text.trim_start().starts_with(open) {
        parse_json(param, text)
    } else {
        shorthand::parse(param, text)
    }
}

/// A map given to `--param` as shorthand (`k=v,k2=v2`), JSON, or `file://` of either.
pub fn map_flag(param: &str, value: &str) -> Result<Value, Error> {
    structured(param, &values::text(param, value)?, '{')
}

/// The JSON value of one member given as `--param VALUE...`, before type checking.
pub fn flag_value(
    param: &str,
    shape: &Shape,
    raw: &[String],
    format: BinaryFormat,
) -> Result<Value, Error> {
    let first = raw.first().map(String::as_str).unwrap_or_default();
    match shape.kind {
        Kind::Blob => {
            let bytes = values::blob(param, first, format)?;
            Ok(Value::String(crate::model::b64::encode(bytes.expose())))
        }
        Kind::Integer => {
            let text = values::text(param, first)?;
            text.trim().parse::<i64>().map(Value::from).map_err(|_| {
                Error::Usage(format!(
                    "Error parsing parameter '--{param}': invalid literal for int() with base 10: '{text}'"
                ))
            })
        }
        Kind::String | Kind::Timestamp | Kind::Boolean => {
            Ok(Value::String(values::text(param, first)?))
        }
        Kind::Map | Kind::Structure => structured(param, &values::text(param, first)?, '{'),
        Kind::List => {
            if let [single] = raw {
                let text = values::text(param, single)?;
                if text.trim_start().starts_with('[') {
                    return parse_json(param, &text);
                }
            }
            let element = shape.member.and_then(spec::shape);
            let nested = element.is_some_and(|e| matches!(e.kind, Kind::Structure | Kind::Map));
            raw.iter()
                .map(|r| {
                    let text = values::text(param, r)?;
                    if nested {
                        structured(param, &text, '{')
                    } else {
                        Ok(Value::String(text))
                    }
                })
                .collect::<Result<Vec<_>, _>>()
                .map(Value::Array)
        }
    }
}

/// Reads `--cli-input-json` (inline or `file://`): a JSON object of API member names, refused
/// in AWS CLI v2's words.
pub fn input_json(text: &str) -> Result<Map<String, Value>, Error> {
    let text = values::text("cli-input-json", text)?;
    let value: Value = serde_json::from_str(&text).map_err(|_| {
        Error::Usage("Error parsing parameter 'cli-input-json': Invalid JSON received.".into())
    })?;
    match value {
        Value::Object(m) => Ok(m),
        other => Err(Error::Usage(format!(
            "Error parsing parameter '--cli-input-json': Invalid type: expecting map, received {}",
            py_type(&other)
        ))),
    }
}

/// Checks a whole request against the operation's input shape.
pub fn check_request(input_shape: &str, request: Value, lenient: bool) -> Result<Value, Error> {
    let mut c = Checker {
        problems: Vec::new(),
        lenient,
    };
    let v = c.check(input_shape, request, "");
    c.finish().map(|()| v)
}

/// A copy of `v` with the values of sensitive members (plaintexts, key material) replaced by
/// `"***"`, for `--debug`.
pub fn redacted(shape_name: &str, v: &Value) -> Value {
    let Some(shape) = spec::shape(shape_name) else {
        return v.clone();
    };
    if shape.sensitive {
        return Value::String("***".into());
    }
    match (shape.kind, v) {
        (Kind::Structure, Value::Object(m)) => Value::Object(
            m.iter()
                .map(|(k, item)| {
                    let member = shape.members.iter().find(|(n, _)| n == k).map(|(_, s)| *s);
                    (
                        k.clone(),
                        member.map_or_else(|| item.clone(), |s| redacted(s, item)),
                    )
                })
                .collect(),
        ),
        (Kind::List, Value::Array(items)) => Value::Array(
            items
                .iter()
                .map(|i| redacted(shape.member.unwrap_or_default(), i))
                .collect(),
        ),
        _ => v.clone(),
    }
}

/// A request skeleton for `--generate-cli-skeleton`: every member with a placeholder.
pub fn skeleton(shape_name: &str) -> Value {
    skeleton_of(shape_name, None)
}

/// A response skeleton for `--generate-cli-skeleton output`, as the aws CLI makes it: every
/// string is its member's name (a list's items the name of their shape).
pub fn output_skeleton(shape_name: &str) -> Value {
    skeleton_of(shape_name, Some(""))
}

/// A skeleton of `shape_name`; `name` is the member's name for a response skeleton, `None` for
/// a request's (strings empty or their first value).
fn skeleton_of(shape_name: &str, name: Option<&str>) -> Value {
    let Some(shape) = spec::shape(shape_name) else {
        return Value::Null;
    };
    // Below a member, a response skeleton names strings after it.
    let named = |n: &'static str| name.map(|_| n);
    match shape.kind {
        Kind::Structure => Value::Object(
            shape
                .members
                .iter()
                .map(|(m, s)| (m.to_string(), skeleton_of(s, named(m))))
                .collect(),
        ),
        Kind::List => {
            let item = shape.member.unwrap_or_default();
            Value::Array(vec![skeleton_of(item, named(item))])
        }
        Kind::Map => {
            let mut m = Map::new();
            let value = skeleton_of(shape.value.unwrap_or_default(), named(""));
            m.insert("KeyName".into(), value);
            Value::Object(m)
        }
        Kind::String => Value::String(match name {
            Some(n) => n.into(),
            None => shape.enum_values.first().copied().unwrap_or("").into(),
        }),
        Kind::Integer => Value::from(0),
        Kind::Boolean => Value::Bool(true),
        Kind::Blob => Value::Null,
        Kind::Timestamp => Value::String("1970-01-01T00:00:00".into()),
    }
}

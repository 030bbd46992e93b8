//! The faces' last step: an operation's [`Output`] as the JSON its response shape describes,
//! with secret members turned into base64 here and nowhere earlier, in the model's member order.

use crate::ops::Output;
use crate::spec::{self, Kind};
use serde_json::{Map, Value};

/// The response of operation `op` as JSON; `None` for operations without output.
pub fn render(op: &str, output: Output) -> Option<Value> {
    let Output { public, secrets } = output;
    if secrets.is_empty() {
        return public;
    }
    let mut members = match public {
        Some(Value::Object(m)) => m,
        _ => Map::new(),
    };
    for (name, secret) in &secrets {
        members.insert(
            (*name).to_string(),
            Value::String(crate::model::b64::encode(&secret.0)),
        );
    }
    let order = spec::operation(op)
        .and_then(|o| o.output)
        .and_then(spec::shape)
        .map(|s| s.members)
        .unwrap_or_default();
    let mut ordered = Map::new();
    for (name, _) in order {
        if let Some(v) = members.remove(*name) {
            ordered.insert((*name).to_string(), v);
        }
    }
    ordered.extend(members);
    Some(Value::Object(ordered))
}

/// Rewrites the timestamps of a response (of shape `shape_name`) into their wire form, epoch
/// seconds: for the server, and for the command line under `cli_timestamp_format = wire`. The
/// core renders them as ISO 8601, the way the CLI prints them by default.
pub fn epoch_timestamps(shape_name: &str, v: &mut Value) {
    let Some(shape) = spec::shape(shape_name) else {
        return;
    };
    match shape.kind {
        Kind::Timestamp => {
            let secs = v
                .as_str()
                .and_then(crate::clock::parse_instant)
                .and_then(|t| serde_json::Number::from_f64(t.epoch_millis() as f64 / 1000.0));
            if let Some(n) = secs {
                *v = Value::Number(n);
            }
        }
        Kind::Structure => {
            if let Value::Object(m) = v {
                for (name, member) in shape.members {
                    if let Some(x) = m.get_mut(*name) {
                        epoch_timestamps(member, x);
                    }
                }
            }
        }
        Kind::List => {
            if let (Value::Array(items), Some(member)) = (v, shape.member) {
                for x in items {
                    epoch_timestamps(member, x);
                }
            }
        }
        _ => {}
    }
}

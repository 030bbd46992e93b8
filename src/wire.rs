//! The faces' last step: an operation's [`Output`] as the JSON its response shape describes,
//! with secret members turned into base64 here and nowhere earlier, in the model's member order.

use crate::ops::Output;
use crate::spec;
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

//! The registry against the model: every operation once, in order, and every request member
//! accepted.

use super::*;
use crate::spec::{self, Kind};

/// A request with every member of the operation's input set to a value of its type.
fn full_request(shape: &str) -> Value {
    let s = spec::shape(shape).unwrap();
    match s.kind {
        Kind::Structure => Value::Object(
            s.members
                .iter()
                .map(|(m, sh)| (m.to_string(), full_request(sh)))
                .collect(),
        ),
        Kind::List => Value::Array(vec![full_request(s.member.unwrap())]),
        Kind::Map => serde_json::json!({"k": "v"}),
        Kind::String => Value::String(s.enum_values.first().copied().unwrap_or("x").into()),
        Kind::Integer => Value::from(1),
        Kind::Boolean => Value::Bool(false),
        Kind::Blob => Value::String("AA==".into()),
        Kind::Timestamp => Value::from(1_700_000_000),
    }
}

/// Every implemented operation's request type accepts every member the model defines.
#[test]
fn request_types_cover_the_model() {
    let mut implemented = 0;
    for op in OPERATIONS.iter().filter(|o| o.audience == Audience::Api) {
        let model = spec::operation(op.name).unwrap_or_else(|| panic!("{} not in model", op.name));
        if !op.implemented() {
            continue;
        }
        implemented += 1;
        let request = full_request(model.input.unwrap());
        if let Err(e) = (op.parse)(&request) {
            panic!("{}: {e}", op.name);
        }
    }
    assert_eq!(implemented, 50);
}

/// The registry holds the model's 56 operations, each once, in the model's order.
#[test]
fn registry_matches_the_model() {
    let api: Vec<&str> = OPERATIONS
        .iter()
        .filter(|o| o.audience == Audience::Api)
        .map(|o| o.name)
        .collect();
    let model: Vec<&str> = spec::OPERATIONS.iter().map(|o| o.name).collect();
    assert_eq!(api, model);
}

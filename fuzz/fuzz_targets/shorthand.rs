//! The shorthand parser (`cli::shorthand::parse`): any text becomes a JSON object nested less
//! than the limit, or the AWS CLI's "Error parsing parameter" message. What parses is then
//! checked against request shapes of each kind (a map, a list of structures, nested
//! structures), as `--encryption-context`, `--tags` and `--constraints` values are: the check
//! answers, or says "Parameter validation failed".
#![no_main]

use libfuzzer_sys::fuzz_target;
use lkms::cli::request::check_request;
use lkms::cli::shorthand::{MAX_DEPTH, parse};
use lkms::error::Error;
use serde_json::{Value, json};

/// How deeply `v` nests, the outermost structure counting as one (without recursion, so the
/// check cannot overflow where the parser did not).
fn depth(v: &Value) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(v, 1)];
    while let Some((v, d)) = stack.pop() {
        let children: Vec<&Value> = match v {
            Value::Array(items) => items.iter().collect(),
            Value::Object(m) => m.values().collect(),
            _ => continue,
        };
        deepest = deepest.max(d);
        stack.extend(children.into_iter().map(|c| (c, d + 1)));
    }
    deepest
}

fn checked(shape: &str, request: Value) {
    match check_request(shape, request, true) {
        Ok(v) => assert!(v.is_object()),
        Err(Error::Usage(m)) => assert!(m.starts_with("Parameter validation failed:\n"), "{m}"),
        Err(other) => panic!("not a usage error: {other:?}"),
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    match parse("p", input) {
        Ok(v) => {
            assert!(v.is_object(), "{v}");
            assert!(depth(&v) < MAX_DEPTH);
            checked(
                "EncryptRequest",
                json!({"KeyId": "k", "Plaintext": "aGk=", "EncryptionContext": v.clone()}),
            );
            checked(
                "TagResourceRequest",
                json!({"KeyId": "k", "Tags": [v.clone()]}),
            );
            checked(
                "CreateGrantRequest",
                json!({"KeyId": "k", "GranteePrincipal": "p", "Operations": ["Encrypt"],
                       "Constraints": v}),
            );
        }
        Err(Error::Usage(m)) => assert!(m.starts_with("Error parsing parameter '--p': "), "{m}"),
        Err(other) => panic!("not a usage error: {other:?}"),
    }
});

//! `--cli-input-yaml` (`cli::yaml_input::input`): any text is a request (a JSON object) or is
//! refused with one of the AWS CLI's three messages for it. The node and depth limits keep the
//! YAML loader within memory and the stack (libFuzzer's `-rss_limit_mb` and `-timeout` catch
//! a document that slips past them).
#![no_main]

use libfuzzer_sys::fuzz_target;
use lkms::cli::yaml_input::input;
use lkms::error::Error;
use serde_json::Value;

/// Equal, floats within a few units in the last place.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) if x.is_f64() || y.is_f64() => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            x == y || (x - y).abs() <= x.abs().max(y.abs()) * 1e-15
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // `file://` and `fileb://` values are read from disk: not what is fuzzed here.
    if text.starts_with("file") {
        return;
    }
    match input(text) {
        Ok(request) => {
            // A request serialises back to JSON and reads the same (a float may come back a
            // unit in the last place off: serde_json reads floats fast, not exactly).
            let json = serde_json::to_string(&request).unwrap();
            let again: Value = serde_json::from_str(&json).unwrap();
            assert!(same(&again, &Value::Object(request)), "{json}");
        }
        Err(Error::Usage(m)) => assert!(
            m == "Error parsing parameter 'cli-input-yaml': Invalid YAML received."
                || m.starts_with(
                    "Error parsing parameter '--cli-input-yaml': Invalid type: expecting map, received <class '"
                ),
            "{m}"
        ),
        Err(other) => panic!("not a usage error: {other:?}"),
    }
});

//! `--cli-input-yaml` (`cli::yaml_input::input`): any text is a request (a JSON object) or is
//! refused with one of the AWS CLI's three messages for it. The node and depth limits keep the
//! YAML loader within memory and the stack (libFuzzer's `-rss_limit_mb` and `-timeout` catch
//! a document that slips past them).
#![no_main]

use libfuzzer_sys::fuzz_target;
use lkms::cli::yaml_input::input;
use lkms::error::Error;

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
            // A request serialises back to JSON and reads the same.
            let json = serde_json::to_string(&request).unwrap();
            let again: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(&json).unwrap();
            assert_eq!(again, request);
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

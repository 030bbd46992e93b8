//! `--query` (`cli::query::Query`): any expression is compiled and applied to a ListKeys-like
//! response, or refused with the AWS CLI's "Bad value for --query" message. The limits keep the
//! jmespath crate's recursion within the stack and its results within memory (libFuzzer's
//! `-rss_limit_mb` and `-timeout` catch an expression that slips past them).
#![no_main]

use libfuzzer_sys::fuzz_target;
use lkms::cli::query::Query;
use lkms::error::Error;
use serde_json::json;

fuzz_target!(|data: &[u8]| {
    let Ok(expr) = std::str::from_utf8(data) else {
        return;
    };
    let response = json!({
        "Keys": [
            {"KeyId": "1234abcd-12ab-34cd-56ef-1234567890ab", "KeyArn": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"},
            {"KeyId": "mrk-1", "KeyArn": "a", "Tags": [{"TagKey": "k", "TagValue": "v"}], "N": 3.5}
        ],
        "Truncated": false,
        "Empty": {},
        "Null": null
    });
    let usage = |e: Error| match e {
        Error::Usage(m) => assert!(m.starts_with("Bad value for --query "), "{m}"),
        other => panic!("not a usage error: {other:?}"),
    };
    match Query::compile(expr) {
        Ok(q) => {
            if let Err(e) = q.apply(&response) {
                usage(e);
            }
        }
        Err(e) => usage(e),
    }
});

//! The SigV4 `Authorization` header (`server::sigv4::parse`), the credential scope in it
//! (`sigv4::scope`), the Region check (`server::region::is_aws_region`) and the request time
//! (`server::timestamp::request_time`): any header is parsed or refused with AWS's error codes.
//!
//! Input: one flag byte (bit 0: the request has a date header; bit 1: it is `Date`, not
//! `X-Amz-Date`), then the Authorization header, a newline, and the date header's value.
#![no_main]

use hyper::HeaderMap;
use hyper::header::HeaderValue;
use libfuzzer_sys::fuzz_target;
use lkms::server::{region, sigv4, timestamp};

fn assert_code(r: &sigv4::Rejection) {
    assert!(
        matches!(
            r.code,
            "IncompleteSignatureException" | "InvalidSignatureException"
        ),
        "{r:?}"
    );
    assert!(!r.message.is_empty());
}

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let (authorization, date) = text.split_once('\n').unwrap_or((&text, ""));
    match sigv4::parse(authorization, flags & 1 == 1) {
        Ok(auth) => match sigv4::scope(&auth.credential) {
            Ok(scope) => {
                let _ = region::is_aws_region(&scope.region);
            }
            Err(r) => assert_code(&r),
        },
        Err(r) => assert_code(&r),
    }
    if let Ok(value) = HeaderValue::from_str(date) {
        let mut headers = HeaderMap::new();
        let name = if flags & 2 == 2 { "date" } else { "x-amz-date" };
        headers.insert(name, value);
        if let Err(r) = timestamp::request_time(&headers) {
            assert_code(&r);
        }
    }
});

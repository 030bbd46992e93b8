//! Key policy documents (`steps::policy::check_document`): any text is accepted or refused
//! with MalformedPolicyDocumentException, never another error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lkms::error::{Error, ErrorCode};
use lkms::steps::policy::check_document;

fuzz_target!(|data: &[u8]| {
    let Ok(policy) = std::str::from_utf8(data) else {
        return;
    };
    match check_document(policy) {
        Ok(()) => {}
        Err(Error::Service(e)) => {
            assert_eq!(e.code, ErrorCode::MalformedPolicyDocumentException, "{e:?}");
            assert!(!e.text().is_empty(), "a policy refusal always says why");
        }
        Err(other) => panic!("not a service error: {other:?}"),
    }
});

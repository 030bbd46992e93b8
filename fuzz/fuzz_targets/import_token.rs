//! The import token payload (`steps::import::Token::decode`): any bytes decode or are refused,
//! and a payload that decodes is exactly what encoding its token gives back.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lkms::steps::import::Token;

fuzz_target!(|payload: &[u8]| {
    if let Some(token) = Token::decode(payload) {
        assert!(token.encode().ct_eq(payload));
    }
});

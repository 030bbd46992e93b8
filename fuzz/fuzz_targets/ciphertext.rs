//! The ciphertext blob parser (`crypto::ciphertext::parse`): any bytes are parsed or refused,
//! and a blob that parses is exactly the header lkms writes followed by the sealed body.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lkms::crypto::ciphertext::{header, parse};

fuzz_target!(|blob: &[u8]| {
    if let Some((head, envelope)) = parse(blob) {
        assert_eq!(head, header(&envelope.key_id, &envelope.material_id));
        assert_eq!([head.as_slice(), &envelope.sealed].concat(), blob);
    }
});

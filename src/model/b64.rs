//! Standard base64 (RFC 4648, padded, strict) for the blobs of requests and responses.
//!
//! Every Encrypt, Decrypt and data-key call decodes and encodes kilobytes of base64, and the
//! portable decoder was 8% of a server request. `base64-simd` does the same work with the
//! CPU's vector instructions. It accepts exactly what the `base64` crate's `STANDARD` engine
//! accepts (canonical padding and final bits; compared over millions of inputs, and in the unit
//! tests below). Failures are reported by the `base64` crate, so error texts do not change.
//!
//! Only `lkms serve` turns the vector code on ([`use_vector_code`]). Before its first use it
//! asks the CPU what it supports, seven `CPUID` instructions; in a virtual machine each one
//! traps to the hypervisor (3.6 µs apiece measured here), so that question cost a command-line
//! call more than the portable code takes for the few kilobytes one call handles.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use std::sync::atomic::{AtomicBool, Ordering};
use zeroize::Zeroize;

static VECTOR: AtomicBool = AtomicBool::new(false);

/// Makes every later call use the vector code: for a long-running server, which pays the
/// detection once and gains on every request.
pub fn use_vector_code() {
    VECTOR.store(true, Ordering::Relaxed);
}

fn vector() -> bool {
    VECTOR.load(Ordering::Relaxed)
}

/// `bytes` as standard, padded base64.
pub fn encode(bytes: &[u8]) -> String {
    encode_with(vector(), bytes)
}

fn encode_with(vector: bool, bytes: &[u8]) -> String {
    if vector {
        base64_simd::STANDARD.encode_to_string(bytes)
    } else {
        STANDARD.encode(bytes)
    }
}

/// Decodes standard, padded base64 into a buffer of exactly the decoded length, so a secret
/// never leaves a copy behind in a grown allocation.
pub fn decode(text: &[u8]) -> Result<Vec<u8>, base64::DecodeError> {
    decode_with(vector(), text)
}

fn decode_with(vector: bool, text: &[u8]) -> Result<Vec<u8>, base64::DecodeError> {
    if vector {
        let fast = base64_simd::STANDARD;
        if let Ok(n) = fast.decoded_length(text) {
            let mut out = vec![0u8; n];
            match fast.decode(text, base64_simd::Out::from_slice(&mut out)) {
                Ok(done) => {
                    let len = done.len();
                    out.truncate(len);
                    return Ok(out);
                }
                // What was decoded before the fault may be part of a secret.
                Err(_) => out.zeroize(),
            }
        }
        // Not base64: the portable decoder names the fault the way lkms always has.
    }
    portable(text)
}

/// The portable decoder, into a buffer of its estimate (never grown), wiped if the text turns
/// out not to be base64 part of the way through.
fn portable(text: &[u8]) -> Result<Vec<u8>, base64::DecodeError> {
    let mut out = vec![0u8; base64::decoded_len_estimate(text.len())];
    match STANDARD.decode_slice(text, &mut out) {
        Ok(len) => {
            out.truncate(len);
            Ok(out)
        }
        Err(e) => {
            out.zeroize();
            Err(match e {
                base64::DecodeSliceError::DecodeError(e) => e,
                // The estimate is the decoder's own upper bound, so this cannot happen; should
                // it, the text is still refused.
                base64::DecodeSliceError::OutputSliceTooSmall => {
                    base64::DecodeError::InvalidLength(text.len())
                }
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Inputs at the edges of the format, and long ones that take the vector path.
    fn cases() -> Vec<String> {
        let mut v: Vec<String> = [
            "",
            "QQ==",
            "QR==",
            "QUI=",
            "QUJ=",
            "QUJD",
            "QQ",
            "QQ=",
            "QQ===",
            "Q===",
            "====",
            "QUJD\n",
            " QUJD",
            "QU JD",
            "QUJD=",
            "-_-_",
            "QUJD====",
            "\u{e9}QUJD",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let long = STANDARD.encode((0..=255u8).cycle().take(4099).collect::<Vec<u8>>());
        for cut in [0, 1, 2, 3, 4, 5] {
            v.push(long[..long.len() - cut].to_string());
        }
        for (i, bad) in [(7, '*'), (100, '='), (2000, '-'), (5000, ' ')] {
            let mut s = long.clone();
            s.replace_range(i..i + 1, &bad.to_string());
            v.push(s);
        }
        v
    }

    #[test]
    fn accepts_and_refuses_exactly_what_the_portable_decoder_does() {
        for text in cases() {
            assert_eq!(
                decode_with(true, text.as_bytes()),
                STANDARD.decode(text.as_bytes()),
                "{text:?}"
            );
            assert_eq!(
                decode_with(false, text.as_bytes()),
                STANDARD.decode(text.as_bytes()),
                "{text:?}"
            );
        }
    }

    #[test]
    fn encodes_like_the_portable_encoder() {
        for n in (0..70).chain([4096, 4097, 4098]) {
            let bytes: Vec<u8> = (0..n).map(|i| (i * 37 + 11) as u8).collect();
            assert_eq!(encode_with(true, &bytes), STANDARD.encode(&bytes));
            assert_eq!(encode_with(false, &bytes), STANDARD.encode(&bytes));
        }
    }

    #[test]
    fn the_vector_code_is_off_until_a_server_turns_it_on() {
        // Unit tests never start a server, so the switch is still in its initial position.
        assert!(!vector());
    }
}

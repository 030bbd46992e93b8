//! Operating-system randomness.

/// Fills `buf` from the OS random source.
///
/// A machine without a working random source cannot run a KMS at all, so this aborts the
/// process with a message rather than returning weak bytes.
pub fn fill(buf: &mut [u8]) {
    if let Err(e) = getrandom::fill(buf) {
        eprintln!("lkms: the operating system's random number generator failed: {e}");
        std::process::exit(255);
    }
}

/// `n` random bytes.
pub fn bytes(n: usize) -> Vec<u8> {
    let mut v = vec![0u8; n];
    fill(&mut v);
    v
}

/// A random version-4 UUID in lowercase hex, as KMS key IDs are.
pub fn uuid_v4() -> String {
    let mut b = [0u8; 16];
    fill(&mut b);
    uuid::Builder::from_random_bytes(b)
        .into_uuid()
        .hyphenated()
        .to_string()
}

/// A version-4 UUID unique in this process and, with overwhelming odds, across processes: a
/// random base drawn once, plus a counter. For identifiers that must be unique but need not be
/// unpredictable (request and event IDs), made without a system call each.
pub fn unique_uuid() -> String {
    use std::sync::OnceLock;
    use std::sync::atomic::{AtomicU64, Ordering};
    static BASE: OnceLock<[u8; 16]> = OnceLock::new();
    static COUNT: AtomicU64 = AtomicU64::new(0);
    let mut b = *BASE.get_or_init(|| {
        let mut b = [0u8; 16];
        fill(&mut b);
        b
    });
    let n = COUNT.fetch_add(1, Ordering::Relaxed).to_be_bytes();
    for (x, y) in b[8..].iter_mut().zip(n) {
        *x ^= y;
    }
    uuid::Builder::from_random_bytes(b)
        .into_uuid()
        .hyphenated()
        .to_string()
}

/// 32 random bytes in lowercase hex, the form of KMS key material IDs.
pub fn hex_id() -> String {
    to_hex(&bytes(32))
}

/// Lowercase hex.
pub fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

/// Parses lowercase or uppercase hex; `None` on odd length or a non-hex digit.
pub fn from_hex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

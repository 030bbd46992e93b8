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

/// Fills `buf` (at most 4 KiB) from the OS random source like [`fill`], but from bytes drawn
/// 4 KiB at a time by each thread: a system call per GCM nonce was 2% of a served Encrypt.
/// For nonces, which must never repeat but are no secret (each is stored beside its
/// ciphertext); key material comes from [`fill`] directly. lkms never forks, so no two
/// processes share a pool.
pub fn fill_nonce(buf: &mut [u8]) {
    use std::cell::RefCell;
    const POOL: usize = 4096;
    thread_local! {
        static DRAWN: RefCell<(Box<[u8; POOL]>, usize)> = RefCell::new((Box::new([0; POOL]), POOL));
    }
    if buf.len() > POOL {
        return fill(buf);
    }
    DRAWN.with_borrow_mut(|(pool, used)| {
        if POOL - *used < buf.len() {
            fill(&mut pool[..]);
            *used = 0;
        }
        let taken = &mut pool[*used..*used + buf.len()];
        buf.copy_from_slice(taken);
        // Handed out once: wiped so it cannot be handed out again by mistake.
        taken.fill(0);
        *used += buf.len();
    });
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
    let mut out = Vec::with_capacity(bytes.len() * 2);
    push_hex(&mut out, bytes);
    // Hex digits are ASCII.
    String::from_utf8(out).unwrap_or_default()
}

/// Appends `bytes` to `out` in lowercase hex (what [`to_hex`] makes).
pub fn push_hex(out: &mut Vec<u8>, bytes: &[u8]) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)]);
        out.push(DIGITS[usize::from(b & 15)]);
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nonces_never_repeat_across_pool_refills() {
        let mut seen = std::collections::HashSet::new();
        // 12-byte nonces through several 4 KiB pools, and a request larger than a pool.
        for _ in 0..2000 {
            let mut n = [0u8; 12];
            fill_nonce(&mut n);
            assert!(seen.insert(n), "a nonce repeated");
        }
        let mut big = vec![0u8; 5000];
        fill_nonce(&mut big);
        assert!(big.iter().any(|&b| b != 0));
    }
}

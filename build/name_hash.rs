//! The hash that indexes the model's tables by name, shared by build.rs, which sorts the index
//! (and checks that no two names share a hash), and `spec`, which searches it. It reads the
//! length and the first and last eight bytes only: a lookup runs on every request, a dozen
//! times, and the names are few enough for that to tell them apart.

/// The hash of `name`.
pub fn name_hash(name: &str) -> u64 {
    let b = name.as_bytes();
    let word = |part: &[u8]| {
        let mut w = [0u8; 8];
        w[..part.len()].copy_from_slice(part);
        u64::from_le_bytes(w)
    };
    let head = word(&b[..b.len().min(8)]);
    let tail = word(&b[b.len().saturating_sub(8)..]);
    (head ^ tail.rotate_left(29) ^ (b.len() as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15))
        .wrapping_mul(0xff51_afd7_ed55_8ccd)
}

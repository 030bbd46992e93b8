//! The hash that indexes the model's tables by name (FNV-1a, 64 bits), shared by build.rs,
//! which sorts the index, and `spec`, which searches it.

/// FNV-1a of `name`.
pub fn name_hash(name: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in name.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

//! Secrets: types that are wiped on drop, never printed, and compared only in constant time.

use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

/// A 256-bit key: root keys, sub-keys and symmetric key material.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct Key256([u8; 32]);

impl Key256 {
    /// Wraps 32 bytes.
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    /// Copies a 32-byte slice; `None` for any other length.
    pub fn from_slice(bytes: &[u8]) -> Option<Self> {
        <[u8; 32]>::try_from(bytes).ok().map(Self)
    }

    /// A fresh random key.
    pub fn generate() -> Self {
        let mut k = [0u8; 32];
        super::random::fill(&mut k);
        let key = Self(k);
        k.zeroize();
        key
    }

    /// The raw bytes.
    pub fn expose(&self) -> &[u8; 32] {
        &self.0
    }
}

impl std::fmt::Debug for Key256 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key256(<redacted>)")
    }
}

/// Secret bytes: key material, plaintexts, data keys, shared secrets. Wiped when dropped, never
/// printed (its `Debug` shows only the length), and compared only in constant time
/// ([`Secret::ct_eq`]); it has no `PartialEq` and no `Serialize`.
#[derive(Clone, Default)]
pub struct Secret(Vec<u8>);

impl Drop for Secret {
    fn drop(&mut self) {
        wipe(&mut self.0);
    }
}

/// Overwrites the whole allocation of `bytes` (its spare capacity too) with zeros, by volatile
/// writes the compiler cannot drop, eight bytes at a time where the buffer is aligned for it
/// (`zeroize` on a byte slice stores one byte at a time: for a 4 KiB plaintext, 4,096 stores
/// and 2% of a served Encrypt).
pub fn wipe(bytes: &mut Vec<u8>) {
    bytes.resize(bytes.capacity(), 0);
    wipe_slice(bytes);
}

/// Zeroes `bytes` by volatile writes: words over the aligned middle, bytes at the ends.
fn wipe_slice(bytes: &mut [u8]) {
    let (head, words, tail) = bytemuck::pod_align_to_mut::<u8, u64>(bytes);
    head.zeroize();
    words.zeroize();
    tail.zeroize();
}

impl Secret {
    /// Takes ownership of bytes that must be wiped after use.
    pub fn new(bytes: Vec<u8>) -> Self {
        Self(bytes)
    }

    /// A copy of a slice.
    pub fn copy(bytes: &[u8]) -> Self {
        Self::new(bytes.to_vec())
    }

    /// The bytes.
    pub fn expose(&self) -> &[u8] {
        &self.0
    }

    /// Equal in content, compared in constant time.
    pub fn ct_eq(&self, other: &[u8]) -> bool {
        bool::from(subtle::ConstantTimeEq::ct_eq(self.0.as_slice(), other))
    }
}

impl std::ops::Deref for Secret {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        &self.0
    }
}

impl From<Zeroizing<Vec<u8>>> for Secret {
    fn from(mut bytes: Zeroizing<Vec<u8>>) -> Self {
        // The allocation moves over (and is wiped when the Secret goes); the empty Vec left
        // behind has nothing to wipe.
        Self(std::mem::take(&mut *bytes))
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Secret(<{} bytes>)", self.0.len())
    }
}

/// Secret text: a secret access key, a root key in base64. Wiped when dropped, never printed.
#[derive(Clone, Default)]
pub struct SecretString(Zeroizing<String>);

impl SecretString {
    /// Takes ownership of text that must be wiped after use.
    pub fn new(text: String) -> Self {
        Self(Zeroizing::new(text))
    }

    /// The text.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Whether `other` is the same text, in time that does not depend on where they differ.
    pub fn ct_eq(&self, other: &SecretString) -> bool {
        bool::from(subtle::ConstantTimeEq::ct_eq(
            self.0.as_bytes(),
            other.0.as_bytes(),
        ))
    }
}

impl std::fmt::Debug for SecretString {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretString(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wipe_zeroes_every_byte_of_the_allocation() {
        for (len, cap) in [
            (0, 0),
            (1, 1),
            (7, 9),
            (100, 4099),
            (4096, 4096),
            (4096, 8192),
        ] {
            let mut v = Vec::with_capacity(cap);
            v.resize(len, 0xA5u8);
            v.spare_capacity_mut().iter_mut().for_each(|b| {
                b.write(0x5A);
            });
            let cap = v.capacity();
            wipe(&mut v);
            assert_eq!(v.len(), cap, "the spare capacity is wiped too");
            assert!(v.iter().all(|&b| b == 0));
        }
        // A slice that starts off an 8-byte boundary: the ends are wiped byte by byte.
        let mut v = [0xA5u8; 64];
        wipe_slice(&mut v[3..]);
        assert!(v[3..].iter().all(|&b| b == 0) && v[..3] == [0xA5; 3]);
    }

    #[test]
    fn a_secret_taken_from_zeroizing_keeps_its_bytes() {
        let s = Secret::from(Zeroizing::new(vec![1, 2, 3]));
        assert!(s.ct_eq(&[1, 2, 3]));
    }
}

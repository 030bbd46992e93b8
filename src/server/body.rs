//! Response bodies that can wipe themselves: a Decrypt or GenerateDataKey answer holds a
//! plaintext or data key as base64, and its buffer is zeroed once hyper has written and dropped
//! it, not freed as it is. (hyper writes a body of this kind from the buffer itself, with the
//! headers in one vectored write, so no copy of it is made on the way out.)

use hyper::body::Buf;

/// A response body; `secret` ones are wiped when dropped.
#[derive(Debug)]
pub struct ReplyBody {
    bytes: Vec<u8>,
    at: usize,
    secret: bool,
}

impl ReplyBody {
    /// A body of `bytes`, wiped when dropped if `secret`.
    pub fn new(bytes: Vec<u8>, secret: bool) -> Self {
        Self {
            bytes,
            at: 0,
            secret,
        }
    }
}

impl Buf for ReplyBody {
    fn remaining(&self) -> usize {
        self.bytes.len() - self.at
    }

    fn chunk(&self) -> &[u8] {
        &self.bytes[self.at..]
    }

    fn advance(&mut self, n: usize) {
        self.at = self.at.saturating_add(n).min(self.bytes.len());
    }
}

impl Drop for ReplyBody {
    fn drop(&mut self) {
        if self.secret {
            crate::crypto::secret::wipe(&mut self.bytes);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_reads_out_in_pieces() {
        let mut b = ReplyBody::new(b"{\"Plaintext\":\"aGk=\"}".to_vec(), true);
        assert_eq!(b.remaining(), 20);
        b.advance(14);
        assert_eq!(b.chunk(), b"aGk=\"}");
        b.advance(100);
        assert_eq!((b.remaining(), b.chunk()), (0, &b""[..]));
    }
}

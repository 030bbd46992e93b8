//! The store's own errors. The store never builds a KMS exception: the steps map these (most to
//! a configuration error naming the file, material pending import to KMSInvalidStateException).

use std::path::{Path, PathBuf};

/// What can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A keystore path could not be read, written, created or locked.
    #[error("cannot use keystore path {}: {source}", path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// A document or sealed value failed its integrity check, or is not what its name says.
    #[error("{0}")]
    Corrupt(String),
    /// The root key is missing, wrong or unusable, or a keystore setting is invalid.
    #[error("{0}")]
    Config(String),
    /// Imported material that was deleted or expired: there is nothing to unseal.
    #[error("Key material {material_id} of key {key_id} is pending import.")]
    PendingImport {
        /// The key.
        key_id: String,
        /// The material.
        material_id: String,
    },
}

/// The store's results.
pub type StoreResult<T> = Result<T, StoreError>;

/// An I/O failure on a keystore path.
pub fn io_error(path: &Path, e: std::io::Error) -> StoreError {
    StoreError::Io {
        path: path.to_path_buf(),
        source: e,
    }
}

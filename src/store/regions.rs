//! The Regions of a keystore: one keystore holds every Region of its account, each a directory
//! of key documents (multi-Region keys have one document in each Region they are in).

use super::error::StoreResult;
use super::fsutil;
use super::keystore::Keystore;

impl Keystore {
    /// The Regions that hold key documents, sorted. Only names spelled like a Region count, so
    /// a stray directory never becomes a path component.
    pub fn list_regions(&self) -> StoreResult<Vec<String>> {
        let mut regions: Vec<String> = fsutil::entries(&self.dir().join("keys"))?
            .into_iter()
            .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| {
                !n.is_empty()
                    && n.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            })
            .collect();
        regions.sort_unstable();
        Ok(regions)
    }
}

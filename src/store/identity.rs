//! IAM identity policies: `identity-policies/<sha256 of the principal ARN>.json`, one document
//! per principal holding its named policies exactly as given. IAM is global, so these belong
//! to the keystore's account and not to a region. Each document is MACed and bound to its
//! principal, so policies cannot be moved from one principal to another.

use super::Keystore;
use super::document;
use super::error::{StoreError, StoreResult, io_error};
use super::fsutil;
use crate::crypto::random;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::PathBuf;

const KIND: &str = "IdentityPolicies";

/// The identity policies of one principal.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct IdentityPolicies {
    /// The principal's ARN (a user or role; sessions use their role's).
    pub principal: String,
    /// Policy name to policy document, each exactly as given.
    pub policies: BTreeMap<String, String>,
}

impl Keystore {
    fn identity_path(&self, principal: &str) -> PathBuf {
        let digest = Sha256::digest(principal.as_bytes());
        self.dir()
            .join("identity-policies")
            .join(format!("{}.json", random::to_hex(&digest)))
    }

    /// The identity policies of `principal` (none when it has no document).
    pub fn load_identity_policies(&self, principal: &str) -> StoreResult<IdentityPolicies> {
        let path = self.identity_path(principal);
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(IdentityPolicies {
                    principal: principal.to_string(),
                    policies: BTreeMap::new(),
                });
            }
            Err(e) => return Err(io_error(&path, e)),
        };
        let doc: IdentityPolicies =
            document::decode(self.doc_key(), KIND, &[principal], &bytes, &path)?;
        if doc.principal != principal {
            return Err(StoreError::Corrupt(format!(
                "keystore file {} holds the policies of {} under another name",
                path.display(),
                doc.principal
            )));
        }
        Ok(doc)
    }

    /// Replaces the identity policies of a principal; none removes the document. Hold the lock.
    pub fn write_identity_policies(&self, doc: &IdentityPolicies) -> StoreResult<()> {
        let path = self.identity_path(&doc.principal);
        if doc.policies.is_empty() {
            return document::remove(self.doc_key(), &path);
        }
        let dir = self.dir().join("identity-policies");
        fsutil::private_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
        document::write(self.doc_key(), KIND, &[&doc.principal], doc, &path)
    }
}

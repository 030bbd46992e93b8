//! Parsed policies, kept per process and looked up by the document's text, so each version of
//! a key policy or identity policy is parsed once however often it is evaluated (the server is
//! long-lived; a CLI call parses what it needs once).

use crate::access::{Policy, PolicyKind};
use crate::error::{Error, ErrorCode, kms};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// Documents kept per kind before the cache starts over (a bound on memory, far above what one
/// keystore's policies need).
const MAX_ENTRIES: usize = 4096;

type Cache = Mutex<HashMap<String, Arc<Policy>>>;

fn cache(kind: PolicyKind) -> &'static Cache {
    static KEY: OnceLock<Cache> = OnceLock::new();
    static IDENTITY: OnceLock<Cache> = OnceLock::new();
    match kind {
        PolicyKind::Key => KEY.get_or_init(Default::default),
        PolicyKind::Identity => IDENTITY.get_or_init(Default::default),
    }
}

/// The parsed form of `document`, parsing it only the first time this process sees it.
pub fn parsed(document: &str, kind: PolicyKind) -> Result<Arc<Policy>, Error> {
    let cache = cache(kind);
    if let Some(p) = cache.lock().ok().and_then(|c| c.get(document).cloned()) {
        return Ok(p);
    }
    let policy = Policy::parse(document, kind).map_err(|e| {
        // Stored documents were checked when they were put; one that no longer parses was
        // changed by a newer or older lkms.
        kms(
            ErrorCode::KMSInternalException,
            format!("A stored policy cannot be evaluated: {e}"),
        )
    })?;
    if let Ok(mut c) = cache.lock() {
        if c.len() >= MAX_ENTRIES {
            c.clear();
        }
        c.insert(document.to_string(), policy.clone());
    }
    Ok(policy)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_is_parsed_once() {
        let doc = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"kms:Encrypt","Resource":"*","Sid":"policy_cache test"}]}"#;
        let a = parsed(doc, PolicyKind::Key).unwrap();
        let b = parsed(doc, PolicyKind::Key).unwrap();
        assert!(Arc::ptr_eq(&a, &b));
        assert!(parsed("{", PolicyKind::Identity).is_err());
    }
}

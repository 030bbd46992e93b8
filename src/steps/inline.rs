//! Which requests `lkms serve` answers on its network threads rather than on a blocking thread.
//! Handing a request to another thread and back costs two context switches, more than an
//! Encrypt itself once its key is cached; but a request that reads files, writes them or calls
//! out (a key in an external key store, a CloudHSM token) must not hold a network thread. So
//! only the cryptographic and describe operations run inline, and only when every key they name
//! is in the cache and lives in lkms itself (what they may still do on disk — a stat of the
//! journal, a rotation that falls due — is brief and rare).

use super::Service;
use super::keyref::{self, KeyRef};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use serde_json::Value;

/// The operations that may run inline.
const QUICK: &[&str] = &[
    "Decrypt",
    "DescribeKey",
    "Encrypt",
    "GenerateDataKey",
    "GenerateDataKeyWithoutPlaintext",
    "GenerateMac",
    "Sign",
    "Verify",
    "VerifyMac",
];

/// True when `request` of operation `op` may run on the calling (network) thread.
pub fn runs_inline(svc: &Service, op: &str, request: &Value) -> bool {
    if !QUICK.contains(&op) {
        return false;
    }
    let named = request.get("KeyId").and_then(Value::as_str);
    let key = match (named, op) {
        (Some(k), _) => k.to_string(),
        (None, "Decrypt") => match blob_key(request) {
            Some(k) => k,
            None => return false,
        },
        _ => return false,
    };
    cached_and_local(svc, &key)
}

/// The key ID at the start of a request's `CiphertextBlob` (only its first bytes decoded).
fn blob_key(request: &Value) -> Option<String> {
    let blob = request.get("CiphertextBlob")?.as_str()?;
    let prefix = blob.get(..blob.len().min(96) / 4 * 4)?;
    let bytes = B64.decode(prefix).ok()?;
    crate::crypto::ciphertext::key_id_of(&bytes)
}

/// True when the key `input` names is cached and is not in a custom key store.
fn cached_and_local(svc: &Service, input: &str) -> bool {
    let Some(cache) = svc.cache() else {
        return false;
    };
    let id = match keyref::parse(input, svc.region(), svc.account_id()) {
        Ok(KeyRef::Key(id)) => id,
        Ok(KeyRef::Alias(name)) => match cache.alias(svc.region(), &name) {
            Some(a) => a.target_key_id.clone(),
            None => return false,
        },
        Err(_) => return false,
    };
    cache
        .key(svc.region(), &id)
        .is_some_and(|k| k.custom_key_store_id.is_none())
}

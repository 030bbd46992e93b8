//! Wiping the secrets a request or response carries as JSON text: the base64 of a plaintext,
//! data key or key material, and sensitive strings (passwords), found through the API model.
//! The typed values built from them are zeroizing already; these are the text they came from
//! (a request) or went to (a response), which would otherwise be freed as they are.

use crate::crypto::secret::wipe;
use crate::spec::{self, Kind};
use serde_json::Value;

/// Wipes, in place, every blob and sensitive string of `value`, a value of shape `shape_name`
/// (the strings are left empty).
pub fn secrets(shape_name: &str, value: &mut Value) {
    let Some(shape) = spec::shape(shape_name) else {
        return;
    };
    match (shape.kind, value) {
        (Kind::Blob | Kind::String, Value::String(s))
            if shape.kind == Kind::Blob || shape.sensitive =>
        {
            wipe(&mut std::mem::take(s).into_bytes());
        }
        (Kind::Structure, Value::Object(m)) => {
            for (name, member) in shape.members {
                if let Some(v) = m.get_mut(*name) {
                    secrets(member, v);
                }
            }
        }
        (Kind::List, Value::Array(items)) => {
            for v in items {
                secrets(shape.member.unwrap_or_default(), v);
            }
        }
        (Kind::Map, Value::Object(m)) => {
            for v in m.values_mut() {
                secrets(shape.value.unwrap_or_default(), v);
            }
        }
        _ => {}
    }
}

/// A request whose secrets are wiped when it is dropped, on every path out of an operation.
pub struct Request {
    shape: Option<&'static str>,
    /// The request.
    pub value: Value,
}

impl Request {
    /// The request of operation `op`.
    pub fn new(op: &str, value: Value) -> Self {
        Self {
            shape: spec::operation(op).and_then(|o| o.input),
            value,
        }
    }
}

impl Drop for Request {
    fn drop(&mut self) {
        if let Some(shape) = self.shape {
            secrets(shape, &mut self.value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn blobs_and_sensitive_strings_are_wiped_and_nothing_else() {
        let mut v = json!({
            "KeyId": "alias/k",
            "Plaintext": "c2VjcmV0",
            "EncryptionContext": {"a": "b"},
            "GrantTokens": ["t"],
        });
        secrets("EncryptRequest", &mut v);
        assert_eq!(
            v,
            json!({"KeyId": "alias/k", "Plaintext": "", "EncryptionContext": {"a": "b"},
                   "GrantTokens": ["t"]})
        );
        let mut v = json!({"KeyStorePassword": "hunter22", "CustomKeyStoreName": "n"});
        secrets("CreateCustomKeyStoreRequest", &mut v);
        assert_eq!(
            v,
            json!({"KeyStorePassword": "", "CustomKeyStoreName": "n"})
        );
        let mut v = json!({"Plaintext": "a2V5", "KeyId": "k", "CiphertextBlob": "Y3Q="});
        secrets("GenerateDataKeyResponse", &mut v);
        assert_eq!(
            v,
            json!({"Plaintext": "", "KeyId": "k", "CiphertextBlob": ""})
        );
    }

    #[test]
    fn a_request_is_wiped_when_dropped() {
        let r = Request::new("Encrypt", json!({"KeyId": "k", "Plaintext": "c2VjcmV0"}));
        assert_eq!(r.shape, Some("EncryptRequest"));
        drop(r);
    }
}

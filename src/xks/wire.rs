//! The JSON bodies of the XKS Proxy API v1, and the checks an answer must pass.

use super::error::{ProxyError, XksError};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

/// The `requestMetadata` object every request carries (audit context for the proxy).
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct RequestMetadata {
    /// The ARN of the principal that called KMS (absent in health checks).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aws_principal_arn: Option<String>,
    /// The KMS key's ARN (absent in health checks and in CreateKey's metadata lookup).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kms_key_arn: Option<String>,
    /// The KMS operation that caused the call, e.g. `Encrypt` or `CreateCustomKeyStore`.
    pub kms_operation: String,
    /// The KMS request ID.
    pub kms_request_id: String,
    /// The AWS service that called KMS on the user's behalf, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kms_via_service: Option<String>,
}

/// The external key as GetKeyMetadata describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XksKeyMetadata {
    /// `AES_256` for a usable key.
    pub key_spec: String,
    /// E.g. `["ENCRYPT", "DECRYPT"]`.
    pub key_usage: Vec<String>,
    /// `ENABLED` or `DISABLED`.
    pub key_status: String,
}

impl XksKeyMetadata {
    /// Checks what CreateKey requires of an external key: AES-256, ENCRYPT and DECRYPT,
    /// ENABLED.
    pub fn check_usable(&self) -> Result<(), XksError> {
        let unsuitable = |why: String| Err(XksError::KeyUnsuitable(why));
        if self.key_spec != "AES_256" {
            return unsuitable(format!("its key spec is {}", self.key_spec));
        }
        for usage in ["ENCRYPT", "DECRYPT"] {
            if !self.key_usage.iter().any(|u| u == usage) {
                return unsuitable(format!("its key usage lacks {usage}"));
            }
        }
        if self.key_status != "ENABLED" {
            return unsuitable(format!("its status is {}", self.key_status));
        }
        Ok(())
    }
}

/// One external key manager in a GetHealthStatus answer.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct EkmFleetMember {
    /// Its ID.
    pub id: String,
    /// Its model.
    pub model: String,
    /// `ACTIVE`, `DEGRADED` or `UNAVAILABLE`.
    #[serde(rename = "healthStatus")]
    pub health_status: String,
}

/// A GetHealthStatus answer.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HealthStatus {
    /// Proxies in the fleet (at least one).
    pub xks_proxy_fleet_size: u64,
    /// The proxy's vendor.
    pub xks_proxy_vendor: String,
    /// The proxy's model.
    pub xks_proxy_model: String,
    /// The key managers' vendor.
    pub ekm_vendor: String,
    /// One to ten key managers.
    pub ekm_fleet_details: Vec<EkmFleetMember>,
}

/// An Encrypt answer, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XksCiphertext {
    /// The proxy's ciphertext (as long as the plaintext).
    pub ciphertext: Vec<u8>,
    /// The proxy's ciphertextMetadata (0–20 bytes).
    pub metadata: Vec<u8>,
    /// The IV (12 or 16 bytes).
    pub iv: Vec<u8>,
    /// The tag (16 bytes).
    pub tag: [u8; 16],
}

fn b64(bytes: &[u8]) -> String {
    B64.encode(bytes)
}

fn invalid(why: impl Into<String>) -> XksError {
    XksError::InvalidResponse(why.into())
}

/// The request body of GetKeyMetadata or GetHealthStatus.
pub fn metadata_only(meta: &RequestMetadata) -> Vec<u8> {
    json!({ "requestMetadata": meta }).to_string().into_bytes()
}

/// The request body of Encrypt (always asking for a SHA-256 CDIV).
pub fn encrypt_request(meta: &RequestMetadata, plaintext: &[u8], aad: &[u8]) -> Zeroizing<Vec<u8>> {
    let mut body = json!({
        "requestMetadata": meta,
        "plaintext": b64(plaintext),
        "encryptionAlgorithm": "AES_GCM",
        "ciphertextDataIntegrityValueAlgorithm": "SHA_256",
    });
    if !aad.is_empty() {
        body["additionalAuthenticatedData"] = Value::String(b64(aad));
    }
    // Sized up front so the buffer holding the encoded plaintext never moves.
    let mut out = Zeroizing::new(Vec::with_capacity(
        1024 + (plaintext.len() + aad.len()) * 4 / 3 + 2048,
    ));
    // Writing JSON to memory cannot fail.
    let _ = serde_json::to_writer(&mut *out, &body);
    zeroize_value(&mut body);
    out
}

/// The request body of Decrypt.
pub fn decrypt_request(meta: &RequestMetadata, ct: &XksCiphertext, aad: &[u8]) -> Vec<u8> {
    let mut body = json!({
        "requestMetadata": meta,
        "ciphertext": b64(&ct.ciphertext),
        "encryptionAlgorithm": "AES_GCM",
        "initializationVector": b64(&ct.iv),
        "authenticationTag": b64(&ct.tag),
    });
    if !ct.metadata.is_empty() {
        body["ciphertextMetadata"] = Value::String(b64(&ct.metadata));
    }
    if !aad.is_empty() {
        body["additionalAuthenticatedData"] = Value::String(b64(aad));
    }
    body.to_string().into_bytes()
}

/// Wipes the string values of a JSON value that held a secret.
fn zeroize_value(v: &mut Value) {
    match v {
        Value::String(s) => zeroize::Zeroize::zeroize(s),
        Value::Object(m) => m.values_mut().for_each(zeroize_value),
        _ => {}
    }
}

/// The body of an error answer: the error the API defines, or `InvalidResponse`.
pub fn error_answer(status: u16, body: &[u8]) -> XksError {
    let name = serde_json::from_slice::<Value>(body)
        .ok()
        .and_then(|v| v.get("errorName")?.as_str().map(str::to_string));
    match name.as_deref().and_then(ProxyError::parse) {
        Some(e) => XksError::Proxy(e),
        None => invalid(format!("HTTP {status} without a known errorName")),
    }
}

fn object(body: &[u8]) -> Result<serde_json::Map<String, Value>, XksError> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(m)) => Ok(m),
        _ => Err(invalid("the body is not a JSON object")),
    }
}

fn base64_field(
    m: &serde_json::Map<String, Value>,
    name: &str,
) -> Result<Option<Zeroizing<Vec<u8>>>, XksError> {
    match m.get(name) {
        None => Ok(None),
        Some(Value::String(s)) => B64
            .decode(s)
            .map(|b| Some(Zeroizing::new(b)))
            .map_err(|_| invalid(format!("{name} is not base64"))),
        Some(_) => Err(invalid(format!("{name} is not a string"))),
    }
}

fn required(
    m: &serde_json::Map<String, Value>,
    name: &str,
) -> Result<Zeroizing<Vec<u8>>, XksError> {
    base64_field(m, name)?.ok_or_else(|| invalid(format!("{name} is missing")))
}

/// Parses and checks a GetKeyMetadata answer.
pub fn key_metadata(body: &[u8]) -> Result<XksKeyMetadata, XksError> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Raw {
        key_spec: String,
        key_usage: Vec<String>,
        key_status: String,
    }
    let raw: Raw = serde_json::from_slice(body).map_err(|e| invalid(e.to_string()))?;
    if raw.key_usage.len() > 10 {
        return Err(invalid("more than ten keyUsage values"));
    }
    Ok(XksKeyMetadata {
        key_spec: raw.key_spec,
        key_usage: raw.key_usage,
        key_status: raw.key_status,
    })
}

/// Parses and checks a GetHealthStatus answer.
pub fn health(body: &[u8]) -> Result<HealthStatus, XksError> {
    let h: HealthStatus = serde_json::from_slice(body).map_err(|e| invalid(e.to_string()))?;
    if h.xks_proxy_fleet_size == 0 || !(1..=10).contains(&h.ekm_fleet_details.len()) {
        return Err(invalid("fleet sizes out of range"));
    }
    const STATES: [&str; 3] = ["ACTIVE", "DEGRADED", "UNAVAILABLE"];
    if h.ekm_fleet_details
        .iter()
        .any(|m| !STATES.contains(&m.health_status.as_str()))
    {
        return Err(invalid("unknown healthStatus"));
    }
    if h.ekm_fleet_details
        .iter()
        .all(|m| m.health_status == "UNAVAILABLE")
    {
        return Err(XksError::AllKeyManagersUnavailable);
    }
    Ok(h)
}

/// Parses an Encrypt answer and checks it against the request: lengths, and the CDIV over
/// `aad ‖ metadata ‖ iv ‖ ciphertext ‖ tag`.
pub fn encrypt_answer(
    body: &[u8],
    plaintext_len: usize,
    aad: &[u8],
) -> Result<XksCiphertext, XksError> {
    let m = object(body)?;
    let ciphertext = required(&m, "ciphertext")?;
    let iv = required(&m, "initializationVector")?;
    let tag = required(&m, "authenticationTag")?;
    let metadata = base64_field(&m, "ciphertextMetadata")?.unwrap_or_default();
    let cdiv = required(&m, "ciphertextDataIntegrityValue")?;
    if ciphertext.len() != plaintext_len {
        return Err(invalid("ciphertext and plaintext lengths differ"));
    }
    if !matches!(iv.len(), 12 | 16) || metadata.len() > 20 {
        return Err(invalid(
            "initializationVector or ciphertextMetadata of a wrong length",
        ));
    }
    let tag: [u8; 16] = tag[..]
        .try_into()
        .map_err(|_| invalid("authenticationTag is not 16 bytes"))?;
    let mut h = Sha256::new();
    for part in [aad, &metadata, &iv, &ciphertext, &tag] {
        h.update(part);
    }
    if !bool::from(h.finalize().as_slice().ct_eq(&cdiv)) {
        return Err(invalid("ciphertextDataIntegrityValue does not match"));
    }
    Ok(XksCiphertext {
        ciphertext: ciphertext.to_vec(),
        metadata: metadata.to_vec(),
        iv: iv.to_vec(),
        tag,
    })
}

/// Parses a Decrypt answer; the plaintext must be as long as the ciphertext.
pub fn decrypt_answer(body: &[u8], ciphertext_len: usize) -> Result<Zeroizing<Vec<u8>>, XksError> {
    let plaintext = required(&object(body)?, "plaintext")?;
    if plaintext.len() != ciphertext_len {
        return Err(invalid("plaintext and ciphertext lengths differ"));
    }
    Ok(plaintext)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The CDIV example of the XKS Proxy API specification (Appendix C).
    #[test]
    fn specification_cdiv_example() {
        let body = br#"{"authenticationTag":"vBxN2ncH1oEkR8WVXpmyYQ==","ciphertext":"ghxkK1txeDNn3q8Y","ciphertextDataIntegrityValue":"qHA/ImC9h5HsLRXqCyPmWgYx7tzyoTplzILbP0fPXsc=","ciphertextMetadata":"a2V5X3ZlcnNpb249MQ==","initializationVector":"HMrlRw85cAJUd5Ax"}"#;
        let aad = b"project=nile,department=marketing";
        let ct = encrypt_answer(body, 12, aad).unwrap();
        assert_eq!(ct.metadata, b"key_version=1");
        assert_eq!(ct.iv.len(), 12);
        let err = encrypt_answer(body, 12, b"other aad").unwrap_err();
        assert!(matches!(err, XksError::InvalidResponse(_)));
        assert!(encrypt_answer(body, 13, aad).is_err(), "length mismatch");
    }

    #[test]
    fn malformed_answers_are_invalid_responses() {
        for body in [&b"not json"[..], b"[]", b"{\"ciphertext\":1}", b"{}"] {
            assert!(matches!(
                encrypt_answer(body, 0, b""),
                Err(XksError::InvalidResponse(_))
            ));
            assert!(matches!(
                decrypt_answer(body, 0),
                Err(XksError::InvalidResponse(_))
            ));
            assert!(matches!(health(body), Err(XksError::InvalidResponse(_))));
            assert!(matches!(
                key_metadata(body),
                Err(XksError::InvalidResponse(_))
            ));
        }
        assert_eq!(
            error_answer(404, br#"{"errorName":"KeyNotFoundException"}"#),
            XksError::Proxy(ProxyError::KeyNotFoundException)
        );
        assert!(matches!(
            error_answer(500, b"<html>oops</html>"),
            XksError::InvalidResponse(_)
        ));
    }

    #[test]
    fn health_and_metadata_checks() {
        let h = |states: &str| {
            let details: Vec<String> = states
                .split(',')
                .map(|s| format!(r#"{{"id":"a","model":"m","healthStatus":"{s}"}}"#))
                .collect();
            health(
                format!(
                    r#"{{"xksProxyFleetSize":1,"xksProxyVendor":"v","xksProxyModel":"m","ekmVendor":"e","ekmFleetDetails":[{}]}}"#,
                    details.join(",")
                )
                .as_bytes(),
            )
        };
        assert!(h("ACTIVE").is_ok());
        assert!(h("UNAVAILABLE,DEGRADED").is_ok());
        assert_eq!(
            h("UNAVAILABLE,UNAVAILABLE"),
            Err(XksError::AllKeyManagersUnavailable)
        );
        assert!(matches!(h("BROKEN"), Err(XksError::InvalidResponse(_))));
        let meta = |spec: &str, usage: &str, status: &str| XksKeyMetadata {
            key_spec: spec.into(),
            key_usage: usage.split(',').map(str::to_string).collect(),
            key_status: status.into(),
        };
        assert!(
            meta("AES_256", "ENCRYPT,DECRYPT", "ENABLED")
                .check_usable()
                .is_ok()
        );
        for m in [
            meta("AES_128", "ENCRYPT,DECRYPT", "ENABLED"),
            meta("AES_256", "ENCRYPT", "ENABLED"),
            meta("AES_256", "ENCRYPT,DECRYPT", "DISABLED"),
        ] {
            assert!(matches!(m.check_usable(), Err(XksError::KeyUnsuitable(_))));
        }
    }

    #[test]
    fn request_bodies_follow_the_api() {
        let meta = RequestMetadata {
            kms_operation: "Encrypt".into(),
            kms_request_id: "r".into(),
            ..Default::default()
        };
        let v: Value =
            serde_json::from_slice(&encrypt_request(&meta, b"Hello World!", b"")).unwrap();
        assert_eq!(v["plaintext"], "SGVsbG8gV29ybGQh");
        assert_eq!(v["encryptionAlgorithm"], "AES_GCM");
        assert!(v.get("additionalAuthenticatedData").is_none());
        assert_eq!(v["requestMetadata"]["kmsOperation"], "Encrypt");
        assert!(v["requestMetadata"].get("kmsKeyArn").is_none());
    }
}

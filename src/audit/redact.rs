//! `requestParameters` and `responseElements`: the wire request or response with CloudTrail's
//! redactions and naming, driven by the API model so that every operation is covered.
//!
//! A member is kept only if the model knows it and it is neither binary (plaintext, ciphertext,
//! signatures, MACs, public keys, import tokens, wrapped material, attestation documents) nor
//! marked sensitive (passwords, proxy secrets), nor a grant token. Anything the model does not
//! know is dropped, so a member added later cannot leak by default. Member names become
//! lowerCamelCase as CloudTrail writes them (`KeyId` -> `keyId`, `AWSAccountId` stays), except
//! inside maps, whose keys are the caller's own (encryption context pairs are kept verbatim).

use crate::model::Timestamp;
use crate::spec::{self, Kind, Shape};
use serde_json::{Map, Value};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// Members never recorded although not binary: grant tokens are bearer credentials.
const NEVER: &[&str] = &["GrantToken", "GrantTokens"];

/// CloudTrail's member naming: the first letter lowered unless the name opens with an acronym
/// (two capitals), as in `AWSAccountId`.
pub fn camel(name: &str) -> String {
    let mut chars = name.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_ascii_uppercase() && b.is_ascii_uppercase() => name.into(),
        (Some(a), _) => a.to_ascii_lowercase().to_string() + &name[a.len_utf8()..],
        (None, _) => String::new(),
    }
}

/// Parses a timestamp in either form the core uses: epoch seconds (requests) or RFC 3339
/// (responses).
pub fn parse_time(v: &Value) -> Option<Timestamp> {
    match v {
        Value::Number(n) => {
            let millis = n.as_f64()? * 1000.0;
            (millis.is_finite() && millis.abs() < 1e15)
                .then(|| Timestamp::from_epoch_millis(millis.round() as i64))
                .flatten()
        }
        Value::String(s) => OffsetDateTime::parse(s, &Rfc3339)
            .ok()
            .and_then(|t| Timestamp::from_epoch_millis(Timestamp(t).epoch_millis())),
        _ => None,
    }
}

/// A date inside request parameters or response elements, as CloudTrail prints KMS dates:
/// `Aug 10, 2022, 10:38:27 PM` (UTC).
pub fn element_date(t: Timestamp) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let t = t.0.to_offset(time::UtcOffset::UTC);
    let hour = match t.hour() % 12 {
        0 => 12,
        h => h,
    };
    format!(
        "{} {}, {}, {}:{:02}:{:02} {}",
        MONTHS[usize::from(u8::from(t.month())) - 1],
        t.day(),
        t.year(),
        hour,
        t.minute(),
        t.second(),
        if t.hour() < 12 { "AM" } else { "PM" }
    )
}

/// `eventTime`: ISO 8601 UTC in whole seconds, e.g. `2014-11-04T00:52:27Z`.
pub fn event_time(t: Timestamp) -> String {
    let t = t.0.to_offset(time::UtcOffset::UTC);
    // Digit by digit: every event has one, and the formatting machinery cost more than the
    // rest of the event's header.
    let mut s = String::with_capacity(20);
    let mut digits = |n: u32, width: u32, then: char| {
        for p in (0..width).rev() {
            s.push(char::from(b'0' + (n / 10u32.pow(p) % 10) as u8));
        }
        s.push(then);
    };
    digits(t.year().clamp(0, 9999) as u32, 4, '-');
    digits(u32::from(u8::from(t.month())), 2, '-');
    digits(u32::from(t.day()), 2, 'T');
    digits(u32::from(t.hour()), 2, ':');
    digits(u32::from(t.minute()), 2, ':');
    digits(u32::from(t.second()), 2, 'Z');
    s
}

fn keep(shape: &Shape) -> bool {
    shape.kind != Kind::Blob && !shape.sensitive
}

fn walk(shape: &Shape, v: &Value) -> Option<Value> {
    match shape.kind {
        Kind::Structure => {
            let obj = v.as_object()?;
            let mut out = Map::new();
            for (member, shape_name) in shape.members {
                let (Some(value), Some(s)) = (obj.get(*member), spec::shape(shape_name)) else {
                    continue;
                };
                if NEVER.contains(member) || !keep(s) {
                    continue;
                }
                if let Some(kept) = walk(s, value) {
                    out.insert(camel(member), kept);
                }
            }
            (!out.is_empty()).then_some(Value::Object(out))
        }
        Kind::List => {
            let element = spec::shape(shape.member?)?;
            if !keep(element) {
                return None;
            }
            let items = v.as_array()?;
            Some(Value::Array(
                items.iter().filter_map(|i| walk(element, i)).collect(),
            ))
        }
        // Map keys are caller data (encryption context): kept as given, values are strings.
        Kind::Map => v.as_object().map(|_| v.clone()),
        Kind::Timestamp => parse_time(v).map(|t| Value::String(element_date(t))),
        Kind::Blob => None,
        Kind::String | Kind::Integer | Kind::Boolean => Some(v.clone()),
    }
}

fn redact(shape_name: Option<&str>, v: &Value) -> Value {
    shape_name
        .and_then(spec::shape)
        .and_then(|s| walk(s, v))
        .unwrap_or(Value::Null)
}

/// The `requestParameters` of a call of `operation` with wire request `request`; `null` when
/// nothing is left (or for GenerateRandom, which the guide shows with `null`).
pub fn request_parameters(operation: &str, request: &Value) -> Value {
    if operation == "GenerateRandom" {
        return Value::Null;
    }
    redact(spec::operation(operation).and_then(|o| o.input), request)
}

/// The redacted, renamed response of `operation` (before the record step decides whether
/// CloudTrail shows it at all).
pub fn response_members(operation: &str, response: &Value) -> Value {
    redact(spec::operation(operation).and_then(|o| o.output), response)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn names_follow_cloudtrail() {
        assert_eq!(camel("KeyId"), "keyId");
        assert_eq!(camel("AWSAccountId"), "AWSAccountId");
        assert_eq!(camel("EncryptionContext"), "encryptionContext");
        assert_eq!(camel(""), "");
    }

    #[test]
    fn dates_print_as_cloudtrail_prints_them() {
        let t = parse_time(&json!(1_660_171_107)).unwrap();
        assert_eq!(element_date(t), "Aug 10, 2022, 10:38:27 PM");
        assert_eq!(event_time(t), "2022-08-10T22:38:27Z");
        let early = parse_time(&json!("0987-01-02T03:04:05+00:00")).unwrap();
        assert_eq!(event_time(early), "0987-01-02T03:04:05Z");
        let midnight = parse_time(&json!("2014-11-04T00:52:59+00:00")).unwrap();
        assert_eq!(element_date(midnight), "Nov 4, 2014, 12:52:59 AM");
        assert!(parse_time(&json!("yesterday")).is_none());
        assert!(parse_time(&json!(1e300)).is_none());
    }

    #[test]
    fn secrets_and_unknown_members_are_dropped() {
        let req = json!({
            "KeyId": "alias/app",
            "Plaintext": "c2VjcmV0",
            "EncryptionContext": {"Dept": "Eng", "KeyId": "not-a-member"},
            "GrantTokens": ["token"],
            "EncryptionAlgorithm": "SYMMETRIC_DEFAULT",
            "Invented": "x"
        });
        let p = request_parameters("Encrypt", &req);
        assert_eq!(
            p,
            json!({
                "keyId": "alias/app",
                "encryptionContext": {"Dept": "Eng", "KeyId": "not-a-member"},
                "encryptionAlgorithm": "SYMMETRIC_DEFAULT"
            })
        );
        let keys: Vec<&String> = p.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["keyId", "encryptionContext", "encryptionAlgorithm"]);
        assert_eq!(
            request_parameters("GenerateRandom", &json!({"NumberOfBytes": 8})),
            Value::Null
        );
        assert_eq!(request_parameters("NoSuchOperation", &req), Value::Null);
        assert_eq!(
            request_parameters("Encrypt", &json!({"Plaintext": "AA=="})),
            Value::Null
        );
    }

    #[test]
    fn nested_structures_are_renamed_and_filtered() {
        let req = json!({
            "KeyId": "k",
            "GranteePrincipal": "arn:aws:iam::111122223333:role/App",
            "Operations": ["Encrypt", "Decrypt"],
            "Constraints": {"EncryptionContextSubset": {"Dept": "Eng"}},
            "GrantTokens": ["t"],
            "Name": "n"
        });
        assert_eq!(
            request_parameters("CreateGrant", &req),
            json!({
                "keyId": "k",
                "granteePrincipal": "arn:aws:iam::111122223333:role/App",
                "operations": ["Encrypt", "Decrypt"],
                "constraints": {"encryptionContextSubset": {"Dept": "Eng"}},
                "name": "n"
            })
        );
        let tags = json!({"KeyId": "k", "Tags": [{"TagKey": "a", "TagValue": "b"}]});
        assert_eq!(
            request_parameters("TagResource", &tags),
            json!({"keyId": "k", "tags": [{"tagKey": "a", "tagValue": "b"}]})
        );
        let import = json!({
            "KeyId": "k", "ImportToken": "AAAA", "EncryptedKeyMaterial": "BBBB",
            "ValidTo": 1_700_000_000, "ExpirationModel": "KEY_MATERIAL_EXPIRES"
        });
        assert_eq!(
            request_parameters("ImportKeyMaterial", &import),
            json!({"keyId": "k", "validTo": "Nov 14, 2023, 10:13:20 PM",
                   "expirationModel": "KEY_MATERIAL_EXPIRES"})
        );
        let store = json!({
            "CustomKeyStoreId": "cks-1", "KeyStorePassword": "hunter2",
            "XksProxyAuthenticationCredential": {"AccessKeyId": "AK", "RawSecretAccessKey": "S"}
        });
        assert_eq!(
            request_parameters("UpdateCustomKeyStore", &store),
            json!({"customKeyStoreId": "cks-1"})
        );
    }
}

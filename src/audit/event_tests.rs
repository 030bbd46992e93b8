//! Event shapes of cryptographic calls, with the redactions proven on the serialised event:
//! no plaintext, ciphertext, key material, token, signature or MAC survives.

use super::event::*;
use super::identity::Caller;
use crate::model::Timestamp;
use serde_json::{Value, json};

pub(super) const KEY: &str =
    "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
pub(super) const KEY2: &str =
    "arn:aws:kms:eu-west-1:111122223333:key/0987dcba-09fe-87dc-65ba-ab0987654321";
/// Base64 of a recognisable secret, used as every secret value.
pub(super) const SECRET_B64: &str = "U0VDUkVULURPLU5PVC1MT0c=";
pub(super) const SECRET_TEXT: &str = "SECRET-DO-NOT-LOG";

pub(super) fn ids() -> EventIds {
    EventIds {
        request_id: "11111111-1111-4111-8111-111111111111".into(),
        event_id: "22222222-2222-4222-8222-222222222222".into(),
    }
}

pub(super) fn build(op: &str, request: &Value, outcome: Outcome, resources: &[&str]) -> Value {
    let ids = ids();
    api_call(&ApiCall {
        operation: op,
        caller: Caller {
            arn: "arn:aws:iam::111122223333:user/Alice",
            access_key_id: Some("AKIAIOSFODNN7EXAMPLE"),
        },
        region: "eu-west-1",
        source_ip: "127.0.0.1",
        user_agent: "lkms/0.1.0",
        parameters: &super::redact::request_parameters(op, request),
        outcome,
        resources,
        key_material_id: None,
        time: Timestamp::from_epoch_millis(1_700_000_000_250).unwrap(),
        ids: &ids,
    })
}

pub(super) fn assert_clean(event: &Value) {
    let text = serde_json::to_string(event).unwrap();
    assert!(!text.contains(SECRET_B64), "secret leaked: {text}");
    assert!(!text.contains(SECRET_TEXT), "secret leaked: {text}");
    assert!(
        !text.contains("grant-token-value"),
        "grant token leaked: {text}"
    );
}

pub(super) fn keys(v: &Value) -> Vec<&str> {
    v.as_object().unwrap().keys().map(String::as_str).collect()
}

#[test]
fn encrypt_keeps_context_and_drops_plaintext() {
    let req = json!({"KeyId": "alias/app", "Plaintext": SECRET_B64,
        "EncryptionContext": {"Dept": "Eng"}, "GrantTokens": ["grant-token-value"]});
    let resp = json!({"CiphertextBlob": SECRET_B64, "KeyId": KEY,
        "EncryptionAlgorithm": "SYMMETRIC_DEFAULT"});
    let e = build("Encrypt", &req, Outcome::Success(&resp), &[KEY]);
    assert_clean(&e);
    assert_eq!(
        keys(&e),
        [
            "eventVersion",
            "userIdentity",
            "eventTime",
            "eventSource",
            "eventName",
            "awsRegion",
            "sourceIPAddress",
            "userAgent",
            "requestParameters",
            "responseElements",
            "requestID",
            "eventID",
            "readOnly",
            "resources",
            "eventType",
            "managementEvent",
            "recipientAccountId",
            "eventCategory"
        ]
    );
    assert_eq!(e["eventVersion"], EVENT_VERSION);
    assert_eq!(e["eventTime"], "2023-11-14T22:13:20Z");
    assert_eq!(e["eventSource"], "kms.amazonaws.com");
    assert_eq!(
        e["requestParameters"],
        json!({"keyId": "alias/app", "encryptionContext": {"Dept": "Eng"}})
    );
    assert_eq!(e["responseElements"], Value::Null);
    assert_eq!(e["readOnly"], true);
    assert_eq!(
        e["resources"],
        json!([{"accountId": "111122223333", "type": "AWS::KMS::Key", "ARN": KEY}])
    );
    assert_eq!(e["eventType"], "AwsApiCall");
    assert_eq!(e["managementEvent"], true);
    assert_eq!(e["eventCategory"], "Management");
    assert_eq!(e["recipientAccountId"], "111122223333");
    assert_eq!(e["userIdentity"]["accessKeyId"], "AKIAIOSFODNN7EXAMPLE");
    assert_eq!(e["requestID"], "11111111-1111-4111-8111-111111111111");
    assert_eq!(e["eventID"], "22222222-2222-4222-8222-222222222222");
}

#[test]
fn decrypt_failure_has_error_and_no_response() {
    let req = json!({"CiphertextBlob": SECRET_B64, "EncryptionContext": {"a": "b"}});
    let e = build(
        "Decrypt",
        &req,
        Outcome::Failure {
            code: "InvalidCiphertextException",
            message: "",
        },
        &[],
    );
    assert_clean(&e);
    assert_eq!(e["errorCode"], "InvalidCiphertextException");
    assert!(
        e.get("errorMessage").is_none(),
        "an empty message is not written"
    );
    assert_eq!(e["responseElements"], Value::Null);
    assert_eq!(
        e["requestParameters"],
        json!({"encryptionContext": {"a": "b"}})
    );
    assert_eq!(e["resources"], json!([]));
    let k: Vec<&str> = keys(&e);
    let at = |name: &str| k.iter().position(|x| *x == name).unwrap();
    assert!(at("userAgent") < at("errorCode") && at("errorCode") < at("requestParameters"));
    let e = build(
        "DisableKey",
        &json!({"KeyId": "nope"}),
        Outcome::Failure {
            code: "NotFoundException",
            message: "Invalid keyId 'nope'",
        },
        &[],
    );
    assert_eq!(e["errorMessage"], "Invalid keyId 'nope'");
    // A failed call on a key has no response elements, not even the key ARN.
    assert_eq!(e["responseElements"], Value::Null);
}

#[test]
fn data_keys_record_material_and_never_the_keys() {
    let req =
        json!({"KeyId": KEY, "NumberOfBytes": 64, "EncryptionContext": {"aws:ebs:id": "vol-1"}});
    let resp = json!({"CiphertextBlob": SECRET_B64, "Plaintext": SECRET_B64, "KeyId": KEY,
        "KeyMaterialId": "ab".repeat(32)});
    let e = build("GenerateDataKey", &req, Outcome::Success(&resp), &[KEY]);
    assert_clean(&e);
    assert_eq!(e["requestParameters"]["numberOfBytes"], 64);
    assert_eq!(
        e["additionalEventData"],
        json!({"keyMaterialId": "ab".repeat(32)})
    );
    let pair = json!({"PrivateKeyPlaintext": SECRET_B64, "PrivateKeyCiphertextBlob": SECRET_B64,
        "PublicKey": SECRET_B64, "KeyId": KEY, "KeyPairSpec": "ECC_NIST_P256"});
    let e = build(
        "GenerateDataKeyPair",
        &json!({"KeyId": KEY, "KeyPairSpec": "ECC_NIST_P256"}),
        Outcome::Success(&pair),
        &[KEY],
    );
    assert_clean(&e);
    assert_eq!(
        e["requestParameters"],
        json!({"keyId": KEY, "keyPairSpec": "ECC_NIST_P256"})
    );
    assert_eq!(e["responseElements"], Value::Null);
}

#[test]
fn reencrypt_names_both_keys_and_is_not_read_only() {
    let req = json!({"CiphertextBlob": SECRET_B64, "DestinationKeyId": KEY2,
        "SourceEncryptionContext": {"s": "1"}, "DestinationEncryptionContext": {"d": "2"}});
    let resp = json!({"CiphertextBlob": SECRET_B64, "SourceKeyId": KEY, "KeyId": KEY2,
        "SourceKeyMaterialId": "01".repeat(32), "DestinationKeyMaterialId": "02".repeat(32)});
    let e = build("ReEncrypt", &req, Outcome::Success(&resp), &[KEY, KEY2]);
    assert_clean(&e);
    assert_eq!(e["readOnly"], false);
    assert_eq!(e["resources"].as_array().unwrap().len(), 2);
    assert_eq!(
        e["requestParameters"],
        json!({"sourceEncryptionContext": {"s": "1"},
        "destinationKeyId": KEY2, "destinationEncryptionContext": {"d": "2"}})
    );
    assert_eq!(
        e["additionalEventData"]["sourceKeyMaterialId"],
        "01".repeat(32)
    );
    assert_eq!(
        e["additionalEventData"]["destinationKeyMaterialId"],
        "02".repeat(32)
    );
}

#[test]
fn signatures_macs_and_shared_secrets_are_dropped() {
    let sign = json!({"KeyId": KEY, "Message": SECRET_B64, "MessageType": "RAW",
        "SigningAlgorithm": "ECDSA_SHA_256"});
    let e = build(
        "Sign",
        &sign,
        Outcome::Success(&json!({"Signature": SECRET_B64})),
        &[KEY],
    );
    assert_clean(&e);
    assert_eq!(
        e["requestParameters"],
        json!({"keyId": KEY, "messageType": "RAW",
        "signingAlgorithm": "ECDSA_SHA_256"})
    );
    let verify = json!({"KeyId": KEY, "Message": SECRET_B64, "Signature": SECRET_B64,
        "SigningAlgorithm": "ECDSA_SHA_256"});
    let e = build(
        "Verify",
        &verify,
        Outcome::Failure {
            code: "KMSInvalidSignatureException",
            message: "",
        },
        &[KEY],
    );
    assert_clean(&e);
    let mac = json!({"KeyId": KEY, "Message": SECRET_B64, "Mac": SECRET_B64,
        "MacAlgorithm": "HMAC_SHA_256"});
    let e = build(
        "VerifyMac",
        &mac,
        Outcome::Success(&json!({"MacValid": true})),
        &[KEY],
    );
    assert_clean(&e);
    assert_eq!(
        e["requestParameters"],
        json!({"keyId": KEY, "macAlgorithm": "HMAC_SHA_256"})
    );
    let derive = json!({"KeyId": KEY, "KeyAgreementAlgorithm": "ECDH", "PublicKey": SECRET_B64});
    let e = build(
        "DeriveSharedSecret",
        &derive,
        Outcome::Success(&json!({"SharedSecret": SECRET_B64})),
        &[KEY],
    );
    assert_clean(&e);
    assert_eq!(
        e["requestParameters"],
        json!({"keyId": KEY, "keyAgreementAlgorithm": "ECDH"})
    );
    let e = build(
        "GenerateRandom",
        &json!({"NumberOfBytes": 16}),
        Outcome::Success(&json!({"Plaintext": SECRET_B64})),
        &[],
    );
    assert_clean(&e);
    assert_eq!(
        (&e["requestParameters"], &e["responseElements"]),
        (&Value::Null, &Value::Null)
    );
    assert_eq!(e["resources"], json!([]));
}

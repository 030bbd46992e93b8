//! Event shapes of key management calls, reads and service events; and every operation of the
//! model built once with every member set, secrets included, to prove none is recorded.

use super::event::*;
use super::event_tests::{KEY, SECRET_B64, assert_clean, build, keys};
use crate::model::Timestamp;
use serde_json::{Value, json};
#[test]
fn create_key_records_its_metadata() {
    let req = json!({"Description": "", "KeyUsage": "ENCRYPT_DECRYPT", "Policy": "{}"});
    let resp = json!({"KeyMetadata": {"AWSAccountId": "111122223333", "KeyId": "1234abcd-12ab-34cd-56ef-1234567890ab",
        "Arn": KEY, "CreationDate": "2022-08-10T22:38:27.123000+00:00", "Enabled": true,
        "Description": "", "KeyUsage": "ENCRYPT_DECRYPT", "KeyState": "Enabled"}});
    let e = build("CreateKey", &req, Outcome::Success(&resp), &[KEY]);
    assert_eq!(e["readOnly"], false);
    assert_eq!(
        e["requestParameters"],
        json!({"policy": "{}", "description": "", "keyUsage": "ENCRYPT_DECRYPT"})
    );
    let meta = &e["responseElements"]["keyMetadata"];
    assert_eq!(meta["AWSAccountId"], "111122223333");
    assert_eq!(meta["arn"], KEY);
    assert_eq!(meta["creationDate"], "Aug 10, 2022, 10:38:27 PM");
    assert_eq!(meta["enabled"], true);
    assert!(e["responseElements"].get("keyId").is_none());
}

#[test]
fn key_changes_record_the_key_arn() {
    let e = build(
        "DisableKey",
        &json!({"KeyId": "1234abcd-12ab-34cd-56ef-1234567890ab"}),
        Outcome::Success(&Value::Null),
        &[KEY],
    );
    assert_eq!(e["responseElements"], json!({"keyId": KEY}));
    let resp = json!({"KeyId": KEY, "DeletionDate": 1_700_006_400, "KeyState": "PendingDeletion",
        "PendingWindowInDays": 7});
    let e = build(
        "ScheduleKeyDeletion",
        &json!({"KeyId": KEY, "PendingWindowInDays": 7}),
        Outcome::Success(&resp),
        &[KEY],
    );
    assert_eq!(
        e["responseElements"],
        json!({"keyId": KEY, "deletionDate": "Nov 15, 2023, 12:00:00 AM",
        "keyState": "PendingDeletion", "pendingWindowInDays": 7})
    );
    let grant = json!({"KeyId": KEY, "GranteePrincipal": "arn:aws:iam::111122223333:role/App",
        "Operations": ["Decrypt"], "GrantTokens": ["grant-token-value"]});
    let resp = json!({"GrantToken": "grant-token-value", "GrantId": "ab".repeat(32)});
    let e = build("CreateGrant", &grant, Outcome::Success(&resp), &[KEY]);
    assert_clean(&e);
    assert_eq!(
        e["responseElements"],
        json!({"grantId": "ab".repeat(32), "keyId": KEY})
    );
    let alias = "arn:aws:kms:eu-west-1:111122223333:alias/app";
    let e = build(
        "CreateAlias",
        &json!({"AliasName": "alias/app", "TargetKeyId": KEY}),
        Outcome::Success(&Value::Null),
        &[alias, KEY],
    );
    assert_eq!(e["resources"][0]["type"], "AWS::KMS::Alias");
    assert_eq!(e["resources"][1]["type"], "AWS::KMS::Key");
    assert_eq!(e["responseElements"], json!({"keyId": KEY}));
}

#[test]
fn import_never_records_tokens_or_material() {
    let req = json!({"KeyId": KEY, "WrappingAlgorithm": "RSAES_OAEP_SHA_256", "WrappingKeySpec": "RSA_2048"});
    let resp = json!({"KeyId": KEY, "ImportToken": SECRET_B64, "PublicKey": SECRET_B64,
        "ParametersValidTo": 1_700_086_400});
    let e = build(
        "GetParametersForImport",
        &req,
        Outcome::Success(&resp),
        &[KEY],
    );
    assert_clean(&e);
    assert_eq!(e["readOnly"], true);
    assert_eq!(e["responseElements"], Value::Null);
    let req = json!({"KeyId": KEY, "ImportToken": SECRET_B64, "EncryptedKeyMaterial": SECRET_B64,
        "ExpirationModel": "KEY_MATERIAL_DOES_NOT_EXPIRE"});
    let e = build(
        "ImportKeyMaterial",
        &req,
        Outcome::Success(&json!({"KeyId": KEY, "KeyMaterialId": "cd".repeat(32)})),
        &[KEY],
    );
    assert_clean(&e);
    assert_eq!(
        e["requestParameters"],
        json!({"keyId": KEY, "expirationModel": "KEY_MATERIAL_DOES_NOT_EXPIRE"})
    );
    assert_eq!(
        e["responseElements"],
        json!({"keyId": KEY, "keyMaterialId": "cd".repeat(32)})
    );
}

#[test]
fn reads_record_no_response() {
    let e = build(
        "ListAliases",
        &json!({"Limit": 5, "Marker": "m"}),
        Outcome::Success(&json!({"Aliases": [], "Truncated": false})),
        &[],
    );
    assert_eq!(e["readOnly"], true);
    assert_eq!(e["requestParameters"], json!({"limit": 5, "marker": "m"}));
    assert_eq!(e["responseElements"], Value::Null);
    assert_eq!(e["recipientAccountId"], "111122223333");
}

#[test]
fn service_events_have_aws_shape() {
    let t = Timestamp::from_epoch_millis(1_610_588_519_000).unwrap();
    let rotate = service_event(&ServiceEvent {
        action: ServiceAction::RotateKey {
            key_origin: "AWS_KMS",
            previous_key_material_id: Some("aa"),
            current_key_material_id: Some("bb"),
        },
        key_arn: KEY,
        time: t,
        event_id: "e1",
    });
    assert_eq!(rotate["eventName"], "RotateKey");
    assert_eq!(rotate["eventType"], "AwsServiceEvent");
    assert_eq!(
        rotate["userIdentity"],
        json!({"accountId": "111122223333", "invokedBy": "AWS Internal"})
    );
    assert_eq!(rotate["sourceIPAddress"], "AWS Internal");
    assert_eq!(rotate["awsRegion"], "eu-west-1");
    assert_eq!(rotate["eventTime"], "2021-01-14T01:41:59Z");
    assert_eq!(
        rotate["serviceEventDetails"],
        json!({"rotationType": "AUTOMATIC",
        "keyId": "1234abcd-12ab-34cd-56ef-1234567890ab", "keyOrigin": "AWS_KMS",
        "previousKeyMaterialId": "aa", "currentKeyMaterialId": "bb"})
    );
    assert!(rotate.get("requestID").is_none());
    let delete = service_event(&ServiceEvent {
        action: ServiceAction::DeleteKey,
        key_arn: KEY,
        time: t,
        event_id: "e2",
    });
    assert_eq!(
        keys(&delete),
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
            "eventID",
            "readOnly",
            "resources",
            "eventType",
            "managementEvent",
            "recipientAccountId",
            "eventCategory"
        ]
    );
    let expired = service_event(&ServiceEvent {
        action: ServiceAction::DeleteExpiredKeyMaterial {
            key_material_id: "cc",
        },
        key_arn: KEY,
        time: t,
        event_id: "e3",
    });
    assert_eq!(expired["serviceEventDetails"]["keyMaterialId"], "cc");
    assert_eq!(expired["resources"][0]["ARN"], KEY);
}

#[test]
fn every_operation_builds_without_leaking() {
    // A request and response with every member the model has, all secrets set to one value.
    for op in crate::spec::OPERATIONS {
        let req = full(op.input);
        let resp = full(op.output);
        for outcome in [
            Outcome::Success(&resp),
            Outcome::Failure {
                code: "X",
                message: "m",
            },
        ] {
            let e = build(op.name, &req, outcome, &[KEY]);
            assert_clean(&e);
            assert_eq!(e["eventName"], op.name);
        }
    }
}

fn full(shape: Option<&str>) -> Value {
    use crate::spec::{Kind, shape as get};
    fn fill(name: &str, depth: usize) -> Value {
        let Some(s) = get(name) else {
            return Value::Null;
        };
        let secret = s.sensitive || s.kind == Kind::Blob;
        match s.kind {
            _ if secret => SECRET_B64.into(),
            Kind::Structure if depth < 4 => Value::Object(
                s.members
                    .iter()
                    .map(|(m, t)| {
                        (
                            m.to_string(),
                            if m.starts_with("GrantToken") {
                                if *m == "GrantTokens" {
                                    json!(["grant-token-value"])
                                } else {
                                    json!("grant-token-value")
                                }
                            } else {
                                fill(t, depth + 1)
                            },
                        )
                    })
                    .collect(),
            ),
            Kind::List => json!([fill(s.member.unwrap_or_default(), depth + 1)]),
            Kind::Map => json!({"k": "v"}),
            Kind::Integer => json!(1),
            Kind::Boolean => json!(true),
            Kind::Timestamp => json!(1_700_000_000),
            _ => json!("x"),
        }
    }
    shape.map_or(Value::Null, |s| fill(s, 0))
}

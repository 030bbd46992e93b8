//! The events KMS writes on its own (issue 16): `RotateKey` for an automatic rotation,
//! `DeleteKey` when a scheduled deletion completes, `DeleteExpiredKeyMaterial` when imported
//! material expires — each written when lkms's clock passes the date, dated with that date.

mod common;
#[path = "audit_support/trail.rs"]
mod trail;
use common::*;
use serde_json::Value;
use trail::*;

const DAY: i64 = 86_400;

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

fn at(env: &Env, secs: i64, args: &[&str]) -> Value {
    let r = env.run_env(args, &[("LKMS_NOW", &secs.to_string())]);
    assert_eq!(r.code, 0, "{args:?}: {r:?}");
    if r.stdout.is_empty() {
        Value::Null
    } else {
        r.json()
    }
}

/// The one service event named `name`, with the fields every service event has checked.
fn service_event(env: &Env, name: &str, key: &str) -> Value {
    let found = named(env, name);
    assert_eq!(found.len(), 1, "{name}: {found:?}");
    let e = found[0].clone();
    assert_eq!(e["eventType"], "AwsServiceEvent");
    assert_eq!(e["eventSource"], "kms.amazonaws.com");
    assert_eq!(e["sourceIPAddress"], "AWS Internal");
    assert_eq!(e["userIdentity"]["invokedBy"], "AWS Internal");
    assert_eq!(e["userIdentity"]["accountId"], "111122223333");
    assert_eq!(e["awsRegion"], "us-east-1");
    assert_eq!(resource_arns(&e), [env.arn(key)]);
    e
}

fn iso(secs: i64) -> String {
    let t = time::OffsetDateTime::from_unix_timestamp(secs).unwrap();
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap()
}

#[test]
fn automatic_rotation_is_a_rotate_key_event() {
    let env = Env::new();
    let start = now();
    let key = at(&env, start, &["create-key"])["KeyMetadata"]["KeyId"]
        .as_str()
        .unwrap()
        .to_string();
    let first =
        at(&env, start, &["describe-key", "--key-id", &key])["KeyMetadata"]["CurrentKeyMaterialId"]
            .clone();
    at(
        &env,
        start,
        &[
            "enable-key-rotation",
            "--key-id",
            &key,
            "--rotation-period-in-days",
            "90",
        ],
    );
    let md = at(&env, start + 91 * DAY, &["describe-key", "--key-id", &key]);
    let e = service_event(&env, "RotateKey", &key);
    let details = &e["serviceEventDetails"];
    assert_eq!(details["rotationType"], "AUTOMATIC");
    assert_eq!(details["keyId"], key.as_str());
    assert_eq!(details["keyOrigin"], "AWS_KMS");
    assert_eq!(details["previousKeyMaterialId"], first);
    assert_eq!(
        details["currentKeyMaterialId"],
        md["KeyMetadata"]["CurrentKeyMaterialId"]
    );
    // Dated when the rotation fell due, which is before the call that noticed it.
    let due = e["eventTime"].as_str().unwrap();
    let describe = &named(&env, "DescribeKey")[0];
    assert!(due <= describe["eventTime"].as_str().unwrap());
    assert!(due >= iso(start + 90 * DAY).as_str(), "{due}");
}

#[test]
fn a_completed_deletion_is_a_delete_key_event() {
    let env = Env::new();
    let start = now();
    let key = at(&env, start, &["create-key"])["KeyMetadata"]["KeyId"]
        .as_str()
        .unwrap()
        .to_string();
    at(
        &env,
        start,
        &[
            "schedule-key-deletion",
            "--key-id",
            &key,
            "--pending-window-in-days",
            "7",
        ],
    );
    assert!(named(&env, "DeleteKey").is_empty());
    at(&env, start + 8 * DAY, &["list-keys"]);
    let e = service_event(&env, "DeleteKey", &key);
    assert_eq!(e["readOnly"], false);
    // Seen once: a second look writes nothing more.
    at(&env, start + 9 * DAY, &["list-keys"]);
    assert_eq!(named(&env, "DeleteKey").len(), 1);
    assert_eq!(verify(&env).0, 0);
}

#[test]
fn expired_imported_material_is_a_delete_expired_key_material_event() {
    let env = Env::new();
    let start = now();
    let key = at(&env, start, &["create-key", "--origin", "EXTERNAL"])["KeyMetadata"]["KeyId"]
        .as_str()
        .unwrap()
        .to_string();
    let p = at(
        &env,
        start,
        &[
            "get-parameters-for-import",
            "--key-id",
            &key,
            "--wrapping-algorithm",
            "RSAES_OAEP_SHA_256",
            "--wrapping-key-spec",
            "RSA_2048",
        ],
    );
    let public = env.file("wrapping.der", &unb64(p["PublicKey"].as_str().unwrap()));
    let material = env.file("material.bin", &[7u8; 32]);
    let wrapped = env.dir.path().join("wrapped.bin");
    let s = |p: &std::path::Path| p.to_str().unwrap().to_string();
    openssl(&[
        "pkeyutl",
        "-encrypt",
        "-pubin",
        "-keyform",
        "DER",
        "-inkey",
        &s(&public),
        "-in",
        &s(&material),
        "-out",
        &s(&wrapped),
        "-pkeyopt",
        "rsa_padding_mode:oaep",
        "-pkeyopt",
        "rsa_oaep_md:sha256",
        "-pkeyopt",
        "rsa_mgf1_md:sha256",
    ]);
    let valid_to = start + DAY;
    let imported = at(
        &env,
        start,
        &[
            "import-key-material",
            "--key-id",
            &key,
            "--encrypted-key-material",
            &format!("fileb://{}", s(&wrapped)),
            "--import-token",
            p["ImportToken"].as_str().unwrap(),
            "--expiration-model",
            "KEY_MATERIAL_EXPIRES",
            "--valid-to",
            &valid_to.to_string(),
        ],
    );
    let md = at(&env, start + 2 * DAY, &["describe-key", "--key-id", &key]);
    assert_eq!(md["KeyMetadata"]["KeyState"], "PendingImport");
    let e = service_event(&env, "DeleteExpiredKeyMaterial", &key);
    assert_eq!(e["serviceEventDetails"]["keyId"], key.as_str());
    assert_eq!(
        e["serviceEventDetails"]["keyMaterialId"],
        imported["KeyMaterialId"]
    );
    assert_eq!(
        e["eventTime"],
        iso(valid_to).replace("+00:00", "Z").as_str()
    );
}

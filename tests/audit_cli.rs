//! The audit trail through the command line (issue 16): every call, success or error, is one
//! CloudTrail event; nothing secret is logged; `lkms audit lookup-events` mirrors
//! `aws cloudtrail lookup-events` (attributes, times, paging, output formats, errors); the trail
//! can be turned off and on.

mod common;
#[path = "audit_support/trail.rs"]
mod trail;
use common::*;
use serde_json::Value;
use trail::*;

const PLAINTEXT: &[u8] = b"SECRET-plaintext-must-not-be-logged";

#[test]
fn every_call_is_one_event_and_nothing_secret_is_logged() {
    let env = Env::new();
    let key = env.create_key();
    let key2 = env.create_key();
    env.ok(&[
        "create-alias",
        "--alias-name",
        "alias/app",
        "--target-key-id",
        &key,
    ]);
    let blob = env.ok(&[
        "encrypt",
        "--key-id",
        "alias/app",
        "--plaintext",
        &b64(PLAINTEXT),
        "--encryption-context",
        "dept=eng",
    ])["CiphertextBlob"]
        .as_str()
        .unwrap()
        .to_string();
    env.ok(&[
        "re-encrypt",
        "--ciphertext-blob",
        &blob,
        "--source-encryption-context",
        "dept=eng",
        "--destination-key-id",
        &key2,
    ]);
    let wrong_context = env.run(&[
        "decrypt",
        "--ciphertext-blob",
        &blob,
        "--encryption-context",
        "dept=ops",
    ]);
    assert_eq!(wrong_context.code, 254);
    env.ok(&["disable-key", "--key-id", &key]);
    env.service_err(
        &["encrypt", "--key-id", &key, "--plaintext", "aGk="],
        "Encrypt",
        "DisabledException",
        &format!("{} is disabled.", env.arn(&key)),
    );
    let names: Vec<String> = records(&env, &[])
        .iter()
        .map(|r| r["eventName"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        [
            "Encrypt",
            "DisableKey",
            "Decrypt",
            "ReEncrypt",
            "Encrypt",
            "CreateAlias",
            "CreateKey",
            "CreateKey"
        ]
    );
    let all = records(&env, &[]);
    // The failed Encrypt: the error AWS returned, the key it named, the request without data.
    let failed = &all[0];
    assert_eq!(failed["errorCode"], "DisabledException");
    assert_eq!(
        failed["errorMessage"],
        format!("{} is disabled.", env.arn(&key))
    );
    assert_eq!(failed["requestParameters"]["keyId"], key.as_str());
    assert_eq!(resource_arns(failed), [env.arn(&key)]);
    assert_eq!(failed["responseElements"], Value::Null);
    // The failed Decrypt names the ciphertext's key and keeps the context it was given.
    let decrypt = &all[2];
    assert_eq!(decrypt["errorCode"], "InvalidCiphertextException");
    assert_eq!(
        decrypt["requestParameters"]["encryptionContext"]["dept"],
        "ops"
    );
    assert_eq!(resource_arns(decrypt), [env.arn(&key)]);
    // ReEncrypt names both keys and is not read-only; Encrypt is.
    let mut both = resource_arns(&all[3]);
    both.sort();
    let mut expected = vec![env.arn(&key), env.arn(&key2)];
    expected.sort();
    assert_eq!(both, expected);
    assert_eq!(all[3]["readOnly"], false);
    let encrypt = &all[4];
    assert_eq!(encrypt["readOnly"], true);
    assert_eq!(encrypt["requestParameters"]["keyId"], "alias/app");
    assert_eq!(resource_arns(encrypt), [env.arn(&key)]);
    assert!(encrypt["additionalEventData"]["keyMaterialId"].is_string());
    // CreateAlias names the key and the alias; CreateKey answers with the key's metadata.
    assert_eq!(
        resource_arns(&all[5]),
        [
            env.arn(&key),
            "arn:aws:kms:us-east-1:111122223333:alias/app".to_string()
        ]
    );
    assert_eq!(all[7]["responseElements"]["keyMetadata"]["keyId"], key);
    for r in &all {
        assert_eq!(r["eventSource"], "kms.amazonaws.com");
        assert_eq!(r["awsRegion"], "us-east-1");
        assert_eq!(r["sourceIPAddress"], "127.0.0.1");
        assert!(r["userAgent"].as_str().unwrap().starts_with("lkms/"));
        assert_eq!(r["userIdentity"]["arn"], "arn:aws:iam::111122223333:root");
        assert_eq!(r["eventType"], "AwsApiCall");
    }
    let ids: std::collections::BTreeSet<&str> = all
        .iter()
        .flat_map(|r| {
            [
                r["eventID"].as_str().unwrap(),
                r["requestID"].as_str().unwrap(),
            ]
        })
        .collect();
    assert_eq!(ids.len(), 2 * all.len(), "IDs are unique");
    // Neither the plaintext nor the ciphertext is anywhere in the trail.
    for f in files_under(&env.keystore().join("audit")) {
        let text = String::from_utf8_lossy(&std::fs::read(&f).unwrap()).into_owned();
        for secret in [
            String::from_utf8_lossy(PLAINTEXT).into_owned(),
            b64(PLAINTEXT),
            blob.clone(),
            blob[..40].to_string(),
        ] {
            assert!(!text.contains(&secret), "{f:?} holds a secret");
        }
    }
    assert_eq!(verify(&env), (0, verify(&env).1));
}

#[test]
fn generate_random_is_recorded_only_in_a_keystore_that_exists() {
    let env = Env::new();
    env.ok(&["generate-random", "--number-of-bytes", "8"]);
    assert!(!env.keystore().exists(), "generate-random made a keystore");
    env.create_key();
    env.ok(&["generate-random", "--number-of-bytes", "8"]);
    let r = &named(&env, "GenerateRandom")[0];
    assert_eq!(r["requestParameters"], Value::Null);
    assert_eq!(r["resources"], serde_json::json!([]));
}

#[test]
fn the_trail_turns_off_and_on_and_says_so() {
    let env = Env::new();
    let key = env.create_key();
    assert_eq!(
        env.ok(&["audit", "status"]),
        serde_json::json!({"Enabled": true, "MaxFileBytes": 8388608, "Sync": false})
    );
    assert_eq!(env.ok(&["audit", "disable"])["Enabled"], false);
    env.encrypt(&key, b"off the record");
    // GetKeyLastUsage keeps working with the trail off.
    let used = env.ok(&["get-key-last-usage", "--key-id", &key]);
    assert_eq!(used["KeyLastUsage"]["Operation"], "Encrypt");
    assert_eq!(
        env.ok(&["audit", "enable", "--max-file-bytes", "65536", "--sync"]),
        serde_json::json!({"Enabled": true, "MaxFileBytes": 65536, "Sync": true})
    );
    env.ok(&["describe-key", "--key-id", &key]);
    let names: Vec<String> = records(&env, &[])
        .iter()
        .map(|r| r["eventName"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        ["DescribeKey", "StartLogging", "StopLogging", "CreateKey"]
    );
    let stop = &named(&env, "StopLogging")[0];
    assert_eq!(stop["eventSource"], "cloudtrail.amazonaws.com");
    assert_eq!(
        stop["userIdentity"]["arn"],
        "arn:aws:iam::111122223333:root"
    );
    // The event ID GetKeyLastUsage reported belongs to a call made with the trail off.
    let id = used["KeyLastUsage"]["CloudTrailEventId"].as_str().unwrap();
    assert!(
        records(
            &env,
            &[
                "--lookup-attributes",
                &format!("AttributeKey=EventId,AttributeValue={id}")
            ]
        )
        .is_empty()
    );
    let small = env.run(&["audit", "enable", "--max-file-bytes", "100"]);
    assert_eq!(small.code, 252);
    assert_eq!(
        small.stderr,
        "\naws: [ERROR]: An error occurred (ParamValidation): The audit log file size must be at least 65536 bytes, not 100.\n"
    );
    assert_eq!(verify(&env).0, 0);
}

#[test]
fn multi_region_events_name_the_keys_of_both_regions() {
    let env = Env::new();
    // The replica leaves Creating by the clock, so the calls run at set times.
    let at = |secs: &str, args: &[&str]| {
        let r = env.run_env(args, &[("LKMS_NOW", secs)]);
        assert_eq!(r.code, 0, "{args:?}: {r:?}");
        r
    };
    let created = at("1800000000", &["create-key", "--multi-region"]).json();
    let id = created["KeyMetadata"]["KeyId"]
        .as_str()
        .unwrap()
        .to_string();
    let replicate = [
        "replicate-key",
        "--key-id",
        &id,
        "--replica-region",
        "eu-west-1",
    ];
    at("1800000000", &replicate);
    let primary = format!("arn:aws:kms:us-east-1:111122223333:key/{id}");
    let replica = format!("arn:aws:kms:eu-west-1:111122223333:key/{id}");
    let event = &named(&env, "ReplicateKey")[0];
    assert_eq!(resource_arns(event), [primary.clone(), replica.clone()]);
    let update = [
        "update-primary-region",
        "--key-id",
        &id,
        "--primary-region",
        "eu-west-1",
    ];
    at("1800000600", &update);
    let event = &named(&env, "UpdatePrimaryRegion")[0];
    assert_eq!(resource_arns(event), [primary, replica]);
}

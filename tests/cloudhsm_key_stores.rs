//! CloudHSM key stores on SoftHSM2 tokens, through the command line (issue 18): the AWS CLI's own
//! examples, the life cycle of a store and its keys, connection failures with AWS's codes, the
//! cluster registry, and proof that the key material stays in the token. A missing SoftHSM2,
//! pkcs11-tool or openssl fails these tests.

mod common;
mod hsm_setup;
mod key_store_env;
#[path = "softhsm/mod.rs"]
mod softhsm;

use common::*;
use hsm_setup::*;
use serde_json::Value;

#[test]
fn the_aws_cli_examples_run_as_written_and_keys_work_in_the_token() {
    let s = setup();
    let c = &s.cks;
    let id = s.create("ExampleCloudHSMKeyStore", CLUSTER, PASSWORD);
    assert!(id.starts_with("cks-") && id.len() == 21, "{id}");
    let entry = c.store(&id);
    assert_eq!(entry["CustomKeyStoreName"], "ExampleCloudHSMKeyStore");
    assert_eq!(entry["CloudHsmClusterId"], CLUSTER);
    assert_eq!(entry["CustomKeyStoreType"], "AWS_CLOUDHSM");
    assert_eq!(entry["ConnectionState"], "DISCONNECTED");
    assert_eq!(
        entry["TrustAnchorCertificate"].as_str().unwrap(),
        std::fs::read_to_string(&s.ca).unwrap()
    );
    assert!(entry.get("ConnectionErrorCode").is_none(), "{entry}");
    // The password is sealed: it is in no response and in no file of the keystore.
    let listed = c.ok(&["describe-custom-key-stores"]).to_string();
    assert!(!listed.contains(PASSWORD), "{listed}");
    for f in files_under(&c.env.keystore()) {
        let bytes = std::fs::read(&f).unwrap();
        assert!(
            !bytes
                .windows(PASSWORD.len())
                .any(|w| w == PASSWORD.as_bytes()),
            "{} holds the password",
            f.display()
        );
    }
    // A key needs a connected store.
    c.err(
        &[
            "create-key",
            "--origin",
            "AWS_CLOUDHSM",
            "--custom-key-store-id",
            &id,
        ],
        "CreateKey",
        "CustomKeyStoreInvalidStateException",
        &format!(
            "Custom key store {id} is not connected (its connection state is DISCONNECTED). \
             Connect it with ConnectCustomKeyStore and try again."
        ),
    );
    assert_eq!(
        c.ok(&["connect-custom-key-store", "--custom-key-store-id", &id]),
        serde_json::json!({})
    );
    assert_eq!(c.state(&id), "CONNECTED");
    // Connecting a connected store changes nothing.
    c.connect(&id);
    let key = s.key(&id);
    let md = c.metadata(&key);
    assert_eq!(md["Origin"], "AWS_CLOUDHSM");
    assert_eq!(md["CustomKeyStoreId"], id.as_str());
    assert_eq!(md["CloudHsmClusterId"], CLUSTER);
    assert_eq!(md["KeyState"], "Enabled");
    assert_eq!(md["KeySpec"], "SYMMETRIC_DEFAULT");
    assert!(md.get("CurrentKeyMaterialId").is_none(), "{md}");
    assert!(
        s.objects().contains(&format!("label:      {key}")),
        "{}",
        s.objects()
    );
    // The key record holds no key material: it is in the token only.
    let record: Value =
        serde_json::from_slice(&std::fs::read(c.env.key_file(&key)).unwrap()).unwrap();
    assert_eq!(
        record["Key"]["Materials"],
        serde_json::json!([]),
        "{record}"
    );

    // Cryptography in the token.
    let blob = c.encrypt(&key, &b64(b"in the token"), "app=test");
    let out = c.decrypt(&blob, "app=test");
    assert_eq!(unb64(out["Plaintext"].as_str().unwrap()), b"in the token");
    assert_eq!(out["KeyId"], c.env.arn(&key).as_str());
    assert!(out.get("KeyMaterialId").is_none(), "{out}");
    c.err(
        &[
            "decrypt",
            "--ciphertext-blob",
            &blob,
            "--encryption-context",
            "app=other",
        ],
        "Decrypt",
        "InvalidCiphertextException",
        "",
    );
    let dk = c.ok(&[
        "generate-data-key",
        "--key-id",
        &key,
        "--key-spec",
        "AES_256",
    ]);
    let back = c.ok(&[
        "decrypt",
        "--ciphertext-blob",
        dk["CiphertextBlob"].as_str().unwrap(),
    ]);
    assert_eq!(back["Plaintext"], dk["Plaintext"]);
    let dk = c.ok(&[
        "generate-data-key-without-plaintext",
        "--key-id",
        &key,
        "--number-of-bytes",
        "16",
    ]);
    assert!(dk.get("Plaintext").is_none());
    let back = c.ok(&[
        "decrypt",
        "--ciphertext-blob",
        dk["CiphertextBlob"].as_str().unwrap(),
    ]);
    assert_eq!(unb64(back["Plaintext"].as_str().unwrap()).len(), 16);
    // ReEncrypt to a key lkms holds and back into the token.
    let local = c.env.create_key();
    let moved = c.ok(&[
        "re-encrypt",
        "--ciphertext-blob",
        &blob,
        "--source-encryption-context",
        "app=test",
        "--destination-key-id",
        &local,
    ]);
    assert_eq!(moved["SourceKeyId"], c.env.arn(&key).as_str());
    assert!(moved.get("SourceKeyMaterialId").is_none(), "{moved}");
    let again = c.ok(&[
        "re-encrypt",
        "--ciphertext-blob",
        moved["CiphertextBlob"].as_str().unwrap(),
        "--destination-key-id",
        &key,
        "--destination-encryption-context",
        "app=back",
    ]);
    let out = c.decrypt(again["CiphertextBlob"].as_str().unwrap(), "app=back");
    assert_eq!(unb64(out["Plaintext"].as_str().unwrap()), b"in the token");
    let arn = c.env.arn(&key);
    let origin_refused =
        format!("{arn} origin is AWS_CLOUDHSM which is not valid for this operation.");
    c.err(
        &[
            "generate-data-key-pair",
            "--key-id",
            &key,
            "--key-pair-spec",
            "ECC_NIST_P256",
        ],
        "GenerateDataKeyPair",
        "UnsupportedOperationException",
        &origin_refused,
    );
    for (op, args) in [
        (
            "EnableKeyRotation",
            vec!["enable-key-rotation", "--key-id", &key],
        ),
        (
            "RotateKeyOnDemand",
            vec!["rotate-key-on-demand", "--key-id", &key],
        ),
        (
            "GetKeyRotationStatus",
            vec!["get-key-rotation-status", "--key-id", &key],
        ),
        (
            "GetParametersForImport",
            vec![
                "get-parameters-for-import",
                "--key-id",
                &key,
                "--wrapping-algorithm",
                "RSAES_OAEP_SHA_256",
                "--wrapping-key-spec",
                "RSA_2048",
            ],
        ),
    ] {
        c.err(&args, op, "UnsupportedOperationException", &origin_refused);
    }
}

#[test]
fn a_disconnected_store_makes_its_keys_unavailable_until_it_is_back() {
    let s = setup();
    let c = &s.cks;
    let id = s.create("ExampleCloudHSMKeyStore", CLUSTER, PASSWORD);
    c.connect(&id);
    let key = s.key(&id);
    let arn = c.env.arn(&key);
    let local = c.env.create_key();
    // Aliases and tags work as for any key.
    c.ok(&[
        "create-alias",
        "--alias-name",
        "alias/in-hsm",
        "--target-key-id",
        &key,
    ]);
    c.ok(&[
        "tag-resource",
        "--key-id",
        &key,
        "--tags",
        "TagKey=where,TagValue=token",
    ]);
    let blob = c.encrypt("alias/in-hsm", &b64(b"via alias"), "a=b");

    // GenerateRandom draws from the token of a connected store.
    let r = c.ok(&[
        "generate-random",
        "--number-of-bytes",
        "48",
        "--custom-key-store-id",
        &id,
    ]);
    assert_eq!(unb64(r["Plaintext"].as_str().unwrap()).len(), 48);
    // Disconnected: the key is Unavailable; management works, cryptography does not.
    c.disconnect(&id);
    c.err(
        &[
            "generate-random",
            "--number-of-bytes",
            "8",
            "--custom-key-store-id",
            &id,
        ],
        "GenerateRandom",
        "CustomKeyStoreInvalidStateException",
        &format!(
            "Custom key store {id} is not connected (its connection state is DISCONNECTED). \
             Connect it with ConnectCustomKeyStore and try again."
        ),
    );
    assert_eq!(c.state(&id), "DISCONNECTED");
    let md = c.metadata(&key);
    assert_eq!(md["KeyState"], "Unavailable");
    assert_eq!(md["Enabled"], false);
    let unavailable = format!("{arn} is unavailable.");
    c.err(
        &["encrypt", "--key-id", &key, "--plaintext", &b64(b"x")],
        "Encrypt",
        "KMSInvalidStateException",
        &unavailable,
    );
    c.err(
        &[
            "decrypt",
            "--ciphertext-blob",
            &blob,
            "--encryption-context",
            "a=b",
        ],
        "Decrypt",
        "KMSInvalidStateException",
        &unavailable,
    );
    c.err(
        &[
            "generate-data-key",
            "--key-id",
            &key,
            "--key-spec",
            "AES_256",
        ],
        "GenerateDataKey",
        "KMSInvalidStateException",
        &unavailable,
    );
    c.err(
        &[
            "re-encrypt",
            "--ciphertext-blob",
            &blob,
            "--source-encryption-context",
            "a=b",
            "--destination-key-id",
            &local,
        ],
        "ReEncrypt",
        "KMSInvalidStateException",
        &unavailable,
    );
    c.ok(&[
        "update-key-description",
        "--key-id",
        &key,
        "--description",
        "offline",
    ]);
    c.ok(&["untag-resource", "--key-id", &key, "--tag-keys", "where"]);
    let policy = c.ok(&[
        "get-key-policy",
        "--key-id",
        &key,
        "--policy-name",
        "default",
    ]);
    c.ok(&[
        "put-key-policy",
        "--key-id",
        &key,
        "--policy",
        policy["Policy"].as_str().unwrap(),
    ]);
    let aliases = c.ok(&["list-aliases", "--key-id", &key]);
    assert_eq!(aliases["Aliases"][0]["AliasName"], "alias/in-hsm");
    c.ok(&["disable-key", "--key-id", &key]);
    assert_eq!(c.metadata(&key)["KeyState"], "Unavailable");
    c.err(
        &["disconnect-custom-key-store", "--custom-key-store-id", &id],
        "DisconnectCustomKeyStore",
        "CustomKeyStoreInvalidStateException",
        &format!("Custom key store {id} is DISCONNECTED: there is no connection to end."),
    );
    // Reconnected, the key has the state it was given meanwhile.
    c.connect(&id);
    assert_eq!(c.metadata(&key)["KeyState"], "Disabled");
    c.ok(&["enable-key", "--key-id", &key]);
    let out = c.decrypt(&blob, "a=b");
    assert_eq!(unb64(out["Plaintext"].as_str().unwrap()), b"via alias");

    // Deletion: the store cannot go while connected, nor while it holds keys.
    c.ok(&[
        "schedule-key-deletion",
        "--key-id",
        &key,
        "--pending-window-in-days",
        "7",
    ]);
    c.err(
        &["delete-custom-key-store", "--custom-key-store-id", &id],
        "DeleteCustomKeyStore",
        "CustomKeyStoreInvalidStateException",
        &format!(
            "Custom key store {id} is CONNECTED; it can be deleted only while it is DISCONNECTED."
        ),
    );
    c.disconnect(&id);
    // A key pending deletion stays so while its store is disconnected, and can be cancelled.
    assert_eq!(c.metadata(&key)["KeyState"], "PendingDeletion");
    c.err(
        &["delete-custom-key-store", "--custom-key-store-id", &id],
        "DeleteCustomKeyStore",
        "CustomKeyStoreHasCMKsException",
        &format!(
            "Custom key store {id} contains KMS keys. Schedule their deletion \
             (ScheduleKeyDeletion) and delete the key store when their waiting periods have \
             ended."
        ),
    );
    c.connect(&id);
    // When the waiting period ends the key goes, and so does its object in the token.
    let later = "2999-01-01T00:00:00Z";
    let r = c.run_with(&["list-keys"], &[("LKMS_NOW", later)]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(!r.stdout.contains(&key), "{r:?}");
    assert!(!s.objects().contains(&key), "{}", s.objects());
    c.disconnect(&id);
    c.ok(&["delete-custom-key-store", "--custom-key-store-id", &id]);
    assert_eq!(
        c.ok(&["describe-custom-key-stores"]),
        serde_json::json!({"CustomKeyStores": []})
    );
    c.err(
        &["describe-custom-key-stores", "--custom-key-store-id", &id],
        "DescribeCustomKeyStores",
        "CustomKeyStoreNotFoundException",
        &format!("Custom key store '{id}' does not exist in this Region."),
    );
}

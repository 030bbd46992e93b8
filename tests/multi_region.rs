//! Multi-Region keys (issue 16) through the command line: create-key --multi-region,
//! replicate-key, and cryptography across Regions — symmetric, RSA, ECC and HMAC keys — with
//! AWS's error for every way a call names the wrong key or Region.

mod common;
mod mrk_support;
use common::*;
use mrk_support::*;
use serde_json::json;

#[test]
fn create_key_multi_region_shape() {
    let env = Env::new();
    let v = ok_at(&env, T0, PRIMARY, &["create-key", "--multi-region"]);
    let md = &v["KeyMetadata"];
    let id = md["KeyId"].as_str().unwrap();
    let hex = id.strip_prefix("mrk-").unwrap();
    assert!(
        hex.len() == 32 && hex.bytes().all(|b| b.is_ascii_hexdigit()),
        "{id}"
    );
    assert_eq!(md["MultiRegion"], true);
    assert_eq!(
        md["MultiRegionConfiguration"],
        json!({
            "MultiRegionKeyType": "PRIMARY",
            "PrimaryKey": {"Arn": arn_in(PRIMARY, id), "Region": PRIMARY},
            "ReplicaKeys": []
        })
    );
    // AWS's member order: MultiRegion and its configuration after the algorithms.
    let keys: Vec<&String> = md.as_object().unwrap().keys().collect();
    let at = |k: &str| keys.iter().position(|x| *x == k).unwrap();
    assert!(at("EncryptionAlgorithms") < at("MultiRegion"));
    assert_eq!(at("MultiRegion") + 1, at("MultiRegionConfiguration"));
    assert!(at("MultiRegionConfiguration") < at("CurrentKeyMaterialId"));

    let single = ok_at(&env, T0, PRIMARY, &["create-key", "--no-multi-region"]);
    assert_eq!(single["KeyMetadata"]["MultiRegion"], false);
    assert!(
        single["KeyMetadata"]
            .get("MultiRegionConfiguration")
            .is_none()
    );
}

#[test]
fn replica_is_creating_then_enabled_with_its_own_properties() {
    let env = Env::new();
    let id = create_mrk(
        &env,
        &[
            "--description",
            "primary",
            "--tags",
            "TagKey=side,TagValue=p",
        ],
    );
    let policy = r#"{"Version":"2012-10-17","Statement":[{"Sid":"r","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}]}"#;
    let v = replicate(
        &env,
        &id,
        REPLICA,
        &[
            "--description",
            "replica",
            "--policy",
            policy,
            "--tags",
            "TagKey=side,TagValue=r",
        ],
    );
    assert_eq!(
        v.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["ReplicaKeyMetadata", "ReplicaPolicy", "ReplicaTags"]
    );
    let md = &v["ReplicaKeyMetadata"];
    assert_eq!(md["Arn"], arn_in(REPLICA, &id));
    assert_eq!(
        (&md["KeyState"], &md["Enabled"]),
        (&json!("Creating"), &json!(false))
    );
    assert!(md.get("CurrentKeyMaterialId").is_none(), "{md}");
    assert_eq!(md["Description"], "replica");
    let config = json!({
        "MultiRegionKeyType": "REPLICA",
        "PrimaryKey": {"Arn": arn_in(PRIMARY, &id), "Region": PRIMARY},
        "ReplicaKeys": [{"Arn": arn_in(REPLICA, &id), "Region": REPLICA}]
    });
    assert_eq!(md["MultiRegionConfiguration"], config);
    assert_eq!(v["ReplicaPolicy"], policy);
    assert_eq!(
        v["ReplicaTags"],
        json!([{"TagKey": "side", "TagValue": "r"}])
    );

    // Creating: managed, not used, until the clock moves on.
    let r = at(
        &env,
        T0,
        REPLICA,
        &["encrypt", "--key-id", &id, "--plaintext", "aGk="],
    );
    let creating = format!("{} is creating.", arn_in(REPLICA, &id));
    assert_service_err(&r, "Encrypt", "KMSInvalidStateException", &creating);
    ok_at(
        &env,
        T0,
        REPLICA,
        &[
            "update-key-description",
            "--key-id",
            &id,
            "--description",
            "x",
        ],
    );
    let md = describe(&env, T1, REPLICA, &id);
    assert_eq!(
        (&md["KeyState"], &md["Enabled"]),
        (&json!("Enabled"), &json!(true))
    );
    assert_eq!(md["MultiRegionConfiguration"], config);
    let primary = describe(&env, T1, PRIMARY, &id);
    assert_eq!(md["CurrentKeyMaterialId"], primary["CurrentKeyMaterialId"]);
    assert_eq!(
        primary["MultiRegionConfiguration"]["MultiRegionKeyType"],
        "PRIMARY"
    );
    assert_eq!(
        primary["MultiRegionConfiguration"]["ReplicaKeys"],
        config["ReplicaKeys"]
    );

    // Policies, tags, descriptions and aliases are not shared.
    let get_policy =
        |region| ok_at(&env, T1, region, &["get-key-policy", "--key-id", &id])["Policy"].clone();
    assert_eq!(get_policy(REPLICA), policy);
    assert_ne!(get_policy(PRIMARY), policy);
    let tags =
        |region| ok_at(&env, T1, region, &["list-resource-tags", "--key-id", &id])["Tags"].clone();
    assert_eq!(tags(PRIMARY), json!([{"TagKey": "side", "TagValue": "p"}]));
    assert_eq!(tags(REPLICA), json!([{"TagKey": "side", "TagValue": "r"}]));
    assert_eq!(describe(&env, T1, PRIMARY, &id)["Description"], "primary");
    ok_at(
        &env,
        T1,
        REPLICA,
        &[
            "create-alias",
            "--alias-name",
            "alias/eu",
            "--target-key-id",
            &id,
        ],
    );
    let r = at(&env, T1, PRIMARY, &["describe-key", "--key-id", "alias/eu"]);
    let missing = "Alias arn:aws:kms:us-east-1:111122223333:alias/eu is not found.";
    assert_service_err(&r, "DescribeKey", "NotFoundException", missing);
    assert_eq!(
        describe(&env, T1, REPLICA, "alias/eu")["KeyId"],
        id.as_str()
    );

    // Without a policy or tags: the default policy, and no ReplicaTags.
    let v = replicate(&env, &id, "ap-southeast-2", &[]);
    assert!(v.get("ReplicaTags").is_none(), "{v}");
    assert!(
        v["ReplicaPolicy"]
            .as_str()
            .unwrap()
            .contains("key-default-1")
    );
    let regions: Vec<_> =
        describe(&env, T1, REPLICA, &id)["MultiRegionConfiguration"]["ReplicaKeys"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k["Region"].as_str().unwrap().to_string())
            .collect();
    assert_eq!(regions, ["ap-southeast-2", REPLICA]);
}

/// Creates a key of `spec`/`usage`, replicates it and waits out Creating; returns its ID.
fn replicated(env: &Env, extra: &[&str]) -> String {
    let id = create_mrk(env, extra);
    replicate(env, &id, REPLICA, &[]);
    assert_eq!(describe(env, T1, REPLICA, &id)["KeyState"], "Enabled");
    id
}

#[test]
fn ciphertexts_and_signatures_cross_regions() {
    let env = Env::new();
    // Symmetric: either Region decrypts what the other made, and re-encrypts it.
    let id = replicated(&env, &[]);
    for (from, to) in [(PRIMARY, REPLICA), (REPLICA, PRIMARY)] {
        let ct = ok_at(
            &env,
            T1,
            from,
            &[
                "encrypt",
                "--key-id",
                &id,
                "--plaintext",
                "c2VjcmV0",
                "--encryption-context",
                "app=x",
            ],
        )["CiphertextBlob"]
            .as_str()
            .unwrap()
            .to_string();
        let out = ok_at(
            &env,
            T1,
            to,
            &[
                "decrypt",
                "--ciphertext-blob",
                &ct,
                "--encryption-context",
                "app=x",
            ],
        );
        assert_eq!(out["Plaintext"], "c2VjcmV0");
        assert_eq!(out["KeyId"], arn_in(to, &id));
        let r = at(&env, T1, to, &["decrypt", "--ciphertext-blob", &ct]);
        assert_service_err(&r, "Decrypt", "InvalidCiphertextException", "");
    }

    // RSA encryption: OAEP ciphertexts of one Region open in the other.
    let rsa = replicated(
        &env,
        &["--key-spec", "RSA_2048", "--key-usage", "ENCRYPT_DECRYPT"],
    );
    let pk = |region| {
        ok_at(&env, T1, region, &["get-public-key", "--key-id", &rsa])["PublicKey"].clone()
    };
    assert_eq!(pk(PRIMARY), pk(REPLICA));
    let alg = ["--encryption-algorithm", "RSAES_OAEP_SHA_256"];
    let mut args = vec!["encrypt", "--key-id", &rsa, "--plaintext", "b2FlcA=="];
    args.extend(alg);
    let ct = ok_at(&env, T1, REPLICA, &args)["CiphertextBlob"]
        .as_str()
        .unwrap()
        .to_string();
    let mut args = vec!["decrypt", "--key-id", &rsa, "--ciphertext-blob", &ct];
    args.extend(alg);
    assert_eq!(ok_at(&env, T1, PRIMARY, &args)["Plaintext"], "b2FlcA==");

    // ECC and RSA signatures made in one Region verify in the other.
    for (spec, algorithm) in [
        ("ECC_NIST_P256", "ECDSA_SHA_256"),
        ("RSA_3072", "RSASSA_PSS_SHA_384"),
    ] {
        let k = replicated(&env, &["--key-spec", spec, "--key-usage", "SIGN_VERIFY"]);
        for (from, to) in [(PRIMARY, REPLICA), (REPLICA, PRIMARY)] {
            let msg = ["--message", "bXNn", "--signing-algorithm", algorithm];
            let mut args = vec!["sign", "--key-id", &k];
            args.extend(msg);
            let sig = ok_at(&env, T1, from, &args)["Signature"]
                .as_str()
                .unwrap()
                .to_string();
            let mut args = vec!["verify", "--key-id", &k, "--signature", &sig];
            args.extend(msg);
            assert_eq!(ok_at(&env, T1, to, &args)["SignatureValid"], true, "{spec}");
        }
    }

    // HMAC: a MAC from the replica verifies at the primary.
    let h = replicated(
        &env,
        &[
            "--key-spec",
            "HMAC_256",
            "--key-usage",
            "GENERATE_VERIFY_MAC",
        ],
    );
    let mac_args = ["--message", "bWFj", "--mac-algorithm", "HMAC_SHA_256"];
    let mut args = vec!["generate-mac", "--key-id", &h];
    args.extend(mac_args);
    let mac = ok_at(&env, T1, REPLICA, &args)["Mac"]
        .as_str()
        .unwrap()
        .to_string();
    let mut args = vec!["verify-mac", "--key-id", &h, "--mac", &mac];
    args.extend(mac_args);
    assert_eq!(ok_at(&env, T1, PRIMARY, &args)["MacValid"], true);
}

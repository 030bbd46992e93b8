//! GetKeyLastUsage through the command line (issue 16): after each kind of cryptographic
//! operation it names that operation, and its CloudTrail event ID and request ID are those of
//! the call's event in the audit trail; other calls and failed ones leave it as it was.

mod common;
#[path = "audit_support/trail.rs"]
mod trail;
use common::*;
use serde_json::{Value, json};
use trail::*;

fn create(env: &Env, spec: &str, usage: &str) -> String {
    env.ok(&["create-key", "--key-spec", spec, "--key-usage", usage])["KeyMetadata"]["KeyId"]
        .as_str()
        .unwrap()
        .to_string()
}

fn last_usage(env: &Env, key: &str) -> Value {
    env.ok(&["get-key-last-usage", "--key-id", key])
}

/// Runs `args`, then checks that `key`'s last use is that call: operation `op`, and the event ID
/// and request ID of the call's event.
fn used_by(env: &Env, key: &str, op: &str, args: &[&str]) -> Value {
    let out = env.ok(args);
    let u = last_usage(env, key);
    assert_eq!(u["KeyLastUsage"]["Operation"], op, "after {args:?}: {u}");
    let id = u["KeyLastUsage"]["CloudTrailEventId"].as_str().unwrap();
    let attr = format!("AttributeKey=EventId,AttributeValue={id}");
    let found = records(env, &["--lookup-attributes", &attr]);
    assert_eq!(found.len(), 1, "event {id} of {op}");
    assert_eq!(found[0]["eventName"], op);
    assert_eq!(found[0]["requestID"], u["KeyLastUsage"]["KmsRequestId"]);
    assert!(resource_arns(&found[0]).contains(&env.arn(key)));
    out
}

#[test]
fn symmetric_operations_and_re_encrypt_record_each_key() {
    let env = Env::new();
    let key = env.create_key();
    let u = last_usage(&env, &key);
    assert_eq!(u["KeyId"], key.as_str());
    assert_eq!(u["KeyLastUsage"], json!({}));
    assert_eq!(u["TrackingStartDate"], u["KeyCreationDate"]);
    let keys: Vec<&str> = u.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "KeyId",
            "KeyLastUsage",
            "TrackingStartDate",
            "KeyCreationDate"
        ]
    );
    let blob = used_by(
        &env,
        &key,
        "Encrypt",
        &["encrypt", "--key-id", &key, "--plaintext", "aGk="],
    )["CiphertextBlob"]
        .as_str()
        .unwrap()
        .to_string();
    used_by(
        &env,
        &key,
        "Decrypt",
        &["decrypt", "--ciphertext-blob", &blob],
    );
    for op in ["generate-data-key", "generate-data-key-without-plaintext"] {
        let name = if op == "generate-data-key" {
            "GenerateDataKey"
        } else {
            "GenerateDataKeyWithoutPlaintext"
        };
        used_by(
            &env,
            &key,
            name,
            &[op, "--key-id", &key, "--key-spec", "AES_256"],
        );
    }
    for (op, name) in [
        ("generate-data-key-pair", "GenerateDataKeyPair"),
        (
            "generate-data-key-pair-without-plaintext",
            "GenerateDataKeyPairWithoutPlaintext",
        ),
    ] {
        used_by(
            &env,
            &key,
            name,
            &[op, "--key-id", &key, "--key-pair-spec", "ECC_NIST_P256"],
        );
    }
    // ReEncrypt is a use of both keys, recorded with the same event.
    let dest = env.create_key();
    used_by(
        &env,
        &key,
        "ReEncrypt",
        &[
            "re-encrypt",
            "--ciphertext-blob",
            &blob,
            "--destination-key-id",
            &dest,
        ],
    );
    let (a, b) = (last_usage(&env, &key), last_usage(&env, &dest));
    assert_eq!(b["KeyLastUsage"]["Operation"], "ReEncrypt");
    assert_eq!(a["KeyLastUsage"], b["KeyLastUsage"]);
    // Calls that are not cryptographic, and failed ones, change nothing.
    let before = last_usage(&env, &key);
    env.ok(&["describe-key", "--key-id", &key]);
    let dry = env.run(&[
        "encrypt",
        "--key-id",
        &key,
        "--plaintext",
        "aGk=",
        "--dry-run",
    ]);
    assert_eq!(dry.code, 254, "{dry:?}");
    let bad = env.run(&["decrypt", "--ciphertext-blob", &b64(&[1u8; 64])]);
    assert_eq!(bad.code, 254, "{bad:?}");
    assert_eq!(last_usage(&env, &key), before);
}

#[test]
fn signing_mac_agreement_and_kem_operations_are_recorded() {
    let env = Env::new();
    let signer = create(&env, "ECC_NIST_P256", "SIGN_VERIFY");
    let sig = used_by(
        &env,
        &signer,
        "Sign",
        &[
            "sign",
            "--key-id",
            &signer,
            "--message",
            "aGk=",
            "--signing-algorithm",
            "ECDSA_SHA_256",
        ],
    )["Signature"]
        .as_str()
        .unwrap()
        .to_string();
    let verify = |signature: &str| {
        vec![
            "verify".to_string(),
            "--key-id".into(),
            signer.clone(),
            "--message".into(),
            "aGk=".into(),
            "--signing-algorithm".into(),
            "ECDSA_SHA_256".into(),
            "--signature".into(),
            signature.to_string(),
        ]
    };
    let args = verify(&sig);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    used_by(&env, &signer, "Verify", &args);
    // A signature that does not verify is an error: no use recorded.
    let before = last_usage(&env, &signer);
    let mut wrong = unb64(&sig);
    let last = wrong.len() - 1;
    wrong[last] ^= 1;
    let args = verify(&b64(&wrong));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    assert_eq!(env.run(&args).code, 254);
    assert_eq!(last_usage(&env, &signer), before);
    env.ok(&["get-public-key", "--key-id", &signer]);
    assert_eq!(last_usage(&env, &signer), before);

    let mac_key = create(&env, "HMAC_256", "GENERATE_VERIFY_MAC");
    let mac_args = [
        "--key-id",
        &mac_key,
        "--message",
        "aGk=",
        "--mac-algorithm",
        "HMAC_SHA_256",
    ];
    let mac = used_by(
        &env,
        &mac_key,
        "GenerateMac",
        &[&["generate-mac"], &mac_args[..]].concat(),
    )["Mac"]
        .as_str()
        .unwrap()
        .to_string();
    used_by(
        &env,
        &mac_key,
        "VerifyMac",
        &[&["verify-mac"], &mac_args[..], &["--mac", &mac]].concat(),
    );

    let agreer = create(&env, "ECC_NIST_P256", "KEY_AGREEMENT");
    let peer = create(&env, "ECC_NIST_P256", "KEY_AGREEMENT");
    let public = env.ok(&["get-public-key", "--key-id", &peer])["PublicKey"]
        .as_str()
        .unwrap()
        .to_string();
    used_by(
        &env,
        &agreer,
        "DeriveSharedSecret",
        &[
            "derive-shared-secret",
            "--key-id",
            &agreer,
            "--key-agreement-algorithm",
            "ECDH",
            "--public-key",
            &public,
        ],
    );
    assert_eq!(last_usage(&env, &peer)["KeyLastUsage"], json!({}));

    let kem = create(&env, "ML_KEM_768", "ENCAPSULATE_DECAPSULATE");
    let alg = ["--key-id", &kem, "--encapsulation-algorithm", "ML_KEM"];
    let e = used_by(
        &env,
        &kem,
        "Encapsulate",
        &[&["encapsulate"], &alg[..]].concat(),
    );
    let ct = e["SharedSecretCiphertextBlob"].as_str().unwrap();
    used_by(
        &env,
        &kem,
        "Decapsulate",
        &[
            &["decapsulate"],
            &alg[..],
            &["--shared-secret-ciphertext-blob", ct],
        ]
        .concat(),
    );
}

#[test]
fn key_ids_arns_states_and_errors() {
    let env = Env::new();
    let key = env.create_key();
    env.encrypt(&key, b"x");
    // A key ARN works; a key pending deletion still answers.
    env.ok(&[
        "schedule-key-deletion",
        "--key-id",
        &key,
        "--pending-window-in-days",
        "7",
    ]);
    let u = last_usage(&env, &env.arn(&key));
    assert_eq!(u["KeyId"], key.as_str());
    assert_eq!(u["KeyLastUsage"]["Operation"], "Encrypt");
    env.ok(&[
        "create-alias",
        "--alias-name",
        "alias/a",
        "--target-key-id",
        &env.create_key(),
    ]);
    env.service_err(
        &["get-key-last-usage", "--key-id", "alias/a"],
        "GetKeyLastUsage",
        "NotFoundException",
        "Invalid keyId 'alias/a'",
    );
    let missing = "1234abcd-12ab-34cd-56ef-1234567890ab";
    env.service_err(
        &["get-key-last-usage", "--key-id", missing],
        "GetKeyLastUsage",
        "NotFoundException",
        &format!("Key '{}' does not exist", env.arn(missing)),
    );
    // The failure is in the trail too.
    let failed = &named(&env, "GetKeyLastUsage")[0];
    assert_eq!(failed["errorCode"], "NotFoundException");
    // Each Region tracks its own keys: the key is not found in another Region.
    let other = env.run(&[
        "get-key-last-usage",
        "--key-id",
        &key,
        "--region",
        "eu-west-1",
    ]);
    assert_eq!(other.code, 254);
    // Once the deletion completes, the key and its last use are gone.
    let later = (time_now() + 8 * 86_400).to_string();
    let r = env.run_env(
        &["get-key-last-usage", "--key-id", &key],
        &[("LKMS_NOW", &later)],
    );
    assert_eq!(r.code, 254, "{r:?}");
    let usage_file = env
        .keystore()
        .join("usage")
        .join("us-east-1")
        .join(format!("{key}.last-use"));
    assert!(!usage_file.exists());
}

fn time_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

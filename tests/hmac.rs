//! HMAC keys: create-key with HMAC_* specs, generate-mac and verify-mac, checked against the
//! openssl command line with the same key material.

mod common;
use common::*;
use lkms::crypto::secret::{Secret, SecretString};
use lkms::store::Keystore;
use lkms::store::rootkey::RootKeyConfig;
use std::process::Command;

const SPECS: [(&str, &str, &str, usize); 4] = [
    ("HMAC_224", "HMAC_SHA_224", "sha224", 28),
    ("HMAC_256", "HMAC_SHA_256", "sha256", 32),
    ("HMAC_384", "HMAC_SHA_384", "sha384", 48),
    ("HMAC_512", "HMAC_SHA_512", "sha512", 64),
];

fn hmac_key(env: &Env, spec: &str) -> String {
    let v = env.ok(&[
        "create-key",
        "--key-spec",
        spec,
        "--key-usage",
        "GENERATE_VERIFY_MAC",
    ]);
    v["KeyMetadata"]["KeyId"].as_str().unwrap().to_string()
}

/// The key's current material, unsealed through the library.
fn material(env: &Env, key_id: &str) -> Secret {
    let cfg = RootKeyConfig {
        env_value: Some(SecretString::new(env.root_key.clone())),
        use_keyring: false,
        keyring_user: "unused".into(),
        cache_seconds: 0,
        file: "/nonexistent".into(),
    };
    let store = Keystore::open(&env.keystore(), &cfg).unwrap();
    let rec = store.load_key("us-east-1", key_id).unwrap().unwrap();
    let m = rec
        .material(rec.current_material_id.as_deref().unwrap())
        .unwrap();
    store.open_material("us-east-1", key_id, m).unwrap()
}

#[test]
fn macs_match_openssl_for_every_spec() {
    let env = Env::new();
    let message = env.file("message.bin", b"the quick brown fox\x00\xff");
    for (spec, alg, digest, len) in SPECS {
        let id = hmac_key(&env, spec);
        let md = env.ok(&["describe-key", "--key-id", &id])["KeyMetadata"].clone();
        assert_eq!(md["KeySpec"], spec);
        assert_eq!(md["KeyUsage"], "GENERATE_VERIFY_MAC");
        assert_eq!(md["MacAlgorithms"], serde_json::json!([alg]));
        assert!(md.get("EncryptionAlgorithms").is_none());
        let key = material(&env, &id);
        assert_eq!(key.len(), len, "{spec} material length");
        let v = env.ok(&[
            "generate-mac",
            "--key-id",
            &id,
            "--mac-algorithm",
            alg,
            "--message",
            &format!("fileb://{}", message.display()),
        ]);
        assert_eq!(
            v.as_object().unwrap().keys().collect::<Vec<_>>(),
            ["Mac", "MacAlgorithm", "KeyId"]
        );
        assert_eq!(v["KeyId"], env.arn(&id));
        let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
        let out = Command::new("openssl")
            .args([
                "dgst",
                &format!("-{digest}"),
                "-mac",
                "HMAC",
                "-macopt",
                &format!("hexkey:{hex}"),
                "-binary",
            ])
            .arg(&message)
            .output()
            .expect("the openssl command line is installed");
        assert!(out.status.success(), "{out:?}");
        assert_eq!(unb64(v["Mac"].as_str().unwrap()), out.stdout, "{spec}");
        let ok = env.ok(&[
            "verify-mac",
            "--key-id",
            &env.arn(&id),
            "--mac-algorithm",
            alg,
            "--message",
            &format!("fileb://{}", message.display()),
            "--mac",
            v["Mac"].as_str().unwrap(),
        ]);
        assert_eq!(
            ok,
            serde_json::json!({"KeyId": env.arn(&id), "MacValid": true, "MacAlgorithm": alg})
        );
    }
}

#[test]
fn mac_errors() {
    let env = Env::new();
    let id = hmac_key(&env, "HMAC_256");
    let mac = env.ok(&[
        "generate-mac",
        "--key-id",
        &id,
        "--mac-algorithm",
        "HMAC_SHA_256",
        "--message",
        "aGk=",
    ])["Mac"]
        .as_str()
        .unwrap()
        .to_string();
    let mut bad = unb64(&mac);
    bad[0] ^= 1;
    env.service_err(
        &[
            "verify-mac",
            "--key-id",
            &id,
            "--mac-algorithm",
            "HMAC_SHA_256",
            "--message",
            "aGk=",
            "--mac",
            &b64(&bad),
        ],
        "VerifyMac",
        "KMSInvalidMacException",
        "",
    );
    env.service_err(
        &[
            "verify-mac",
            "--key-id",
            &id,
            "--mac-algorithm",
            "HMAC_SHA_256",
            "--message",
            "aGo=",
            "--mac",
            &mac,
        ],
        "VerifyMac",
        "KMSInvalidMacException",
        "",
    );
    env.service_err(
        &[
            "generate-mac",
            "--key-id",
            &id,
            "--mac-algorithm",
            "HMAC_SHA_224",
            "--message",
            "aGk=",
        ],
        "GenerateMac",
        "InvalidKeyUsageException",
        "Algorithm HMAC_SHA_224 is incompatible with key spec HMAC_256.",
    );
    env.service_err(
        &["encrypt", "--key-id", &id, "--plaintext", "aGk="],
        "Encrypt",
        "InvalidKeyUsageException",
        &format!(
            "{} key usage is GENERATE_VERIFY_MAC which is not valid for Encrypt.",
            env.arn(&id)
        ),
    );
    let sym = env.create_key();
    env.service_err(
        &[
            "generate-mac",
            "--key-id",
            &sym,
            "--mac-algorithm",
            "HMAC_SHA_256",
            "--message",
            "aGk=",
        ],
        "GenerateMac",
        "InvalidKeyUsageException",
        &format!(
            "{} key usage is ENCRYPT_DECRYPT which is not valid for GenerateMac.",
            env.arn(&sym)
        ),
    );
    env.service_err(
        &["create-key", "--key-spec", "HMAC_256"],
        "CreateKey",
        "ValidationException",
        "You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.",
    );
    env.service_err(
        &[
            "create-key",
            "--key-spec",
            "HMAC_256",
            "--key-usage",
            "ENCRYPT_DECRYPT",
        ],
        "CreateKey",
        "ValidationException",
        "KeyUsage ENCRYPT_DECRYPT is not compatible with KeySpec HMAC_256",
    );
    env.service_err(
        &[
            "generate-mac",
            "--key-id",
            &id,
            "--mac-algorithm",
            "HMAC_MD5",
            "--message",
            "aGk=",
        ],
        "GenerateMac",
        "ValidationException",
        "1 validation error detected: Value 'HMAC_MD5' at 'macAlgorithm' failed to satisfy \
         constraint: Member must satisfy enum value set: [HMAC_SHA_384, HMAC_SHA_256, \
         HMAC_SHA_224, HMAC_SHA_512]",
    );
    env.ok(&[
        "create-alias",
        "--alias-name",
        "alias/mac",
        "--target-key-id",
        &id,
    ]);
    env.service_err(
        &[
            "generate-mac",
            "--key-id",
            "alias/mac",
            "--mac-algorithm",
            "HMAC_SHA_256",
            "--message",
            "aGk=",
        ],
        "GenerateMac",
        "NotFoundException",
        "Invalid keyId 'alias/mac'",
    );
    env.ok(&["disable-key", "--key-id", &id]);
    env.service_err(
        &[
            "generate-mac",
            "--key-id",
            &id,
            "--mac-algorithm",
            "HMAC_SHA_256",
            "--message",
            "aGk=",
        ],
        "GenerateMac",
        "DisabledException",
        &format!("{} is disabled.", env.arn(&id)),
    );
    env.service_err(
        &["enable-key-rotation", "--key-id", &id],
        "EnableKeyRotation",
        "UnsupportedOperationException",
        &format!(
            "{} key spec is HMAC_256 which is not valid for this operation.",
            env.arn(&id)
        ),
    );
}

//! Issue 15 through the command line: lkms answers as AWS KMS answers today (texts recorded
//! against AWS in 2024–2025), item by item. tests/answers_serve.rs checks the same through
//! `lkms serve` with boto3, the aws CLI and raw HTTP.

mod common;
use common::*;
use serde_json::{Value, json};

fn key(env: &Env, spec: &str, usage: &str) -> String {
    env.ok(&["create-key", "--key-spec", spec, "--key-usage", usage])["KeyMetadata"]["KeyId"]
        .as_str()
        .unwrap()
        .to_string()
}

fn sign(env: &Env, id: &str, message: &str) -> String {
    env.ok(&[
        "sign",
        "--key-id",
        id,
        "--message",
        message,
        "--message-type",
        "RAW",
        "--signing-algorithm",
        "ECDSA_SHA_256",
    ])["Signature"]
        .as_str()
        .unwrap()
        .to_string()
}

fn schedule_deletion(env: &Env, id: &str) {
    env.ok(&[
        "schedule-key-deletion",
        "--key-id",
        id,
        "--pending-window-in-days",
        "7",
    ]);
}

/// Item 1: five failures AWS sends without a message; the CLI prints what the aws CLI prints
/// for them (botocore's text with an empty message: it ends in ": ").
#[test]
fn item_1_errors_without_a_message() {
    let env = Env::new();
    let signer = key(&env, "ECC_NIST_P256", "SIGN_VERIFY");
    let sig = sign(&env, &signer, "aGk=");
    let r = env.run(&[
        "verify",
        "--key-id",
        &signer,
        "--message",
        "Ynll",
        "--message-type",
        "RAW",
        "--signing-algorithm",
        "ECDSA_SHA_256",
        "--signature",
        &sig,
    ]);
    assert_eq!(r.code, 254);
    assert_eq!(
        r.stderr,
        "\naws: [ERROR]: An error occurred (KMSInvalidSignatureException) when calling the Verify operation:\n"
    );
    let sym = env.create_key();
    let blob = env.encrypt(&sym, b"x");
    env.service_err(
        &[
            "decrypt",
            "--ciphertext-blob",
            &blob,
            "--encryption-context",
            "a=b",
        ],
        "Decrypt",
        "InvalidCiphertextException",
        "",
    );
    let mac = key(&env, "HMAC_256", "GENERATE_VERIFY_MAC");
    env.service_err(
        &[
            "verify-mac",
            "--key-id",
            &mac,
            "--mac-algorithm",
            "HMAC_SHA_256",
            "--message",
            "aGk=",
            "--mac",
            &b64(&[0u8; 32]),
        ],
        "VerifyMac",
        "KMSInvalidMacException",
        "",
    );
    let rsa = key(&env, "RSA_2048", "ENCRYPT_DECRYPT");
    env.service_err(
        &["rotate-key-on-demand", "--key-id", &rsa],
        "RotateKeyOnDemand",
        "UnsupportedOperationException",
        "",
    );
    let agree = key(&env, "ECC_NIST_P256", "KEY_AGREEMENT");
    env.service_err(
        &[
            "derive-shared-secret",
            "--key-id",
            &agree,
            "--key-agreement-algorithm",
            "ECDH",
            "--public-key",
            "AAAA",
        ],
        "DeriveSharedSecret",
        "ValidationException",
        "",
    );
}

const INCORRECT: &str =
    "The key ID in the request does not identify a CMK that can perform this operation.";

/// Item 2: a named key that is not the symmetric ciphertext's is IncorrectKeyException, checked
/// before anything else about that key.
#[test]
fn item_2_incorrect_key() {
    let env = Env::new();
    let a = env.create_key();
    let b = env.create_key();
    let hmac = key(&env, "HMAC_256", "GENERATE_VERIFY_MAC");
    let blob = env.encrypt(&a, b"under a");
    env.service_err(
        &["decrypt", "--ciphertext-blob", &blob, "--key-id", &b],
        "Decrypt",
        "IncorrectKeyException",
        INCORRECT,
    );
    for source in [&b, &hmac] {
        env.service_err(
            &[
                "re-encrypt",
                "--ciphertext-blob",
                &blob,
                "--source-key-id",
                source,
                "--destination-key-id",
                &b,
            ],
            "ReEncrypt",
            "IncorrectKeyException",
            INCORRECT,
        );
    }
    // The right key, by ARN or alias, still decrypts.
    env.ok(&[
        "create-alias",
        "--alias-name",
        "alias/a",
        "--target-key-id",
        &a,
    ]);
    for named in [env.arn(&a), "alias/a".to_string()] {
        let v = env.ok(&["decrypt", "--ciphertext-blob", &blob, "--key-id", &named]);
        assert_eq!(unb64(v["Plaintext"].as_str().unwrap()), b"under a");
    }
}

/// Item 3: every cryptographic operation on a key pending deletion is KMSInvalidStateException
/// "<key ARN> is pending deletion."; disabled keys DisabledException "<key ARN> is disabled.".
#[test]
fn item_3_key_states_of_todays_aws() {
    let env = Env::new();
    let sym = env.create_key();
    let blob = env.encrypt(&sym, b"x");
    let signer = key(&env, "ECC_NIST_P256", "SIGN_VERIFY");
    let sig = sign(&env, &signer, "aGk=");
    let mac = key(&env, "HMAC_256", "GENERATE_VERIFY_MAC");
    let agree = key(&env, "ECC_NIST_P256", "KEY_AGREEMENT");
    let peer = env.ok(&["get-public-key", "--key-id", &signer])["PublicKey"]
        .as_str()
        .unwrap()
        .to_string();
    let other = env.create_key();
    let calls: Vec<(&str, Vec<&str>, &String)> = vec![
        (
            "Encrypt",
            vec!["encrypt", "--key-id", &sym, "--plaintext", "aGk="],
            &sym,
        ),
        ("Decrypt", vec!["decrypt", "--ciphertext-blob", &blob], &sym),
        (
            "GenerateDataKey",
            vec![
                "generate-data-key",
                "--key-id",
                &sym,
                "--key-spec",
                "AES_256",
            ],
            &sym,
        ),
        (
            "GenerateDataKeyWithoutPlaintext",
            vec![
                "generate-data-key-without-plaintext",
                "--key-id",
                &sym,
                "--number-of-bytes",
                "16",
            ],
            &sym,
        ),
        (
            "GenerateDataKeyPair",
            vec![
                "generate-data-key-pair",
                "--key-id",
                &sym,
                "--key-pair-spec",
                "ECC_NIST_P256",
            ],
            &sym,
        ),
        (
            "GenerateDataKeyPairWithoutPlaintext",
            vec![
                "generate-data-key-pair-without-plaintext",
                "--key-id",
                &sym,
                "--key-pair-spec",
                "ECC_NIST_P256",
            ],
            &sym,
        ),
        (
            "ReEncrypt",
            vec![
                "re-encrypt",
                "--ciphertext-blob",
                &blob,
                "--destination-key-id",
                &other,
            ],
            &sym,
        ),
        (
            "Sign",
            vec![
                "sign",
                "--key-id",
                &signer,
                "--message",
                "aGk=",
                "--message-type",
                "RAW",
                "--signing-algorithm",
                "ECDSA_SHA_256",
            ],
            &signer,
        ),
        (
            "Verify",
            vec![
                "verify",
                "--key-id",
                &signer,
                "--message",
                "aGk=",
                "--message-type",
                "RAW",
                "--signing-algorithm",
                "ECDSA_SHA_256",
                "--signature",
                &sig,
            ],
            &signer,
        ),
        (
            "GetPublicKey",
            vec!["get-public-key", "--key-id", &signer],
            &signer,
        ),
        (
            "GenerateMac",
            vec![
                "generate-mac",
                "--key-id",
                &mac,
                "--mac-algorithm",
                "HMAC_SHA_256",
                "--message",
                "aGk=",
            ],
            &mac,
        ),
        (
            "VerifyMac",
            vec![
                "verify-mac",
                "--key-id",
                &mac,
                "--mac-algorithm",
                "HMAC_SHA_256",
                "--message",
                "aGk=",
                "--mac",
                "AAAA",
            ],
            &mac,
        ),
        (
            "DeriveSharedSecret",
            vec![
                "derive-shared-secret",
                "--key-id",
                &agree,
                "--key-agreement-algorithm",
                "ECDH",
                "--public-key",
                &peer,
            ],
            &agree,
        ),
    ];
    for id in [&sym, &signer, &mac, &agree] {
        env.ok(&["disable-key", "--key-id", id]);
    }
    for (op, args, id) in &calls {
        env.service_err(
            args,
            op,
            "DisabledException",
            &format!("{} is disabled.", env.arn(id)),
        );
    }
    for id in [&sym, &signer, &mac, &agree] {
        schedule_deletion(&env, id);
    }
    for (op, args, id) in &calls {
        env.service_err(
            args,
            op,
            "KMSInvalidStateException",
            &format!("{} is pending deletion.", env.arn(id)),
        );
    }
    let pending = env.create_external_key();
    env.service_err(
        &["encrypt", "--key-id", &pending, "--plaintext", "aGk="],
        "Encrypt",
        "KMSInvalidStateException",
        &format!("{} is pending import.", env.arn(&pending)),
    );
}

/// An EXTERNAL key seeded with fixed material (symmetric), and an imported ECC key.
fn seeded_imports(env: &Env) -> (String, String) {
    let pem = env.dir.path().join("ec.pem");
    openssl(&[
        "genpkey",
        "-algorithm",
        "EC",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-out",
        &pem.display().to_string(),
    ]);
    let sym = "11111111-2222-4333-8444-555555555555";
    let ecc = "22222222-3333-4444-8555-666666666666";
    let seed = json!({"LkmsSeed": 1, "Keys": [
        {"KeyId": sym, "Origin": "EXTERNAL", "KeyMaterial": b64(&[9u8; 32])},
        {"KeyId": ecc, "Origin": "EXTERNAL", "KeySpec": "ECC_NIST_P256", "KeyUsage": "SIGN_VERIFY",
         "KeyMaterial": std::fs::read_to_string(&pem).unwrap()},
    ]});
    let file = env.file("imports.json", seed.to_string().as_bytes());
    env.ok(&["keystore", "seed", "--file", &file.display().to_string()]);
    (sym.to_string(), ecc.to_string())
}

/// Item 4: the import texts AWS gives today.
#[test]
fn item_4_import_texts() {
    let env = Env::new();
    let own = env.create_key();
    env.service_err(
        &[
            "get-parameters-for-import",
            "--key-id",
            &own,
            "--wrapping-algorithm",
            "RSAES_OAEP_SHA_256",
            "--wrapping-key-spec",
            "RSA_2048",
        ],
        "GetParametersForImport",
        "UnsupportedOperationException",
        &format!(
            "{} origin is AWS_KMS which is not valid for this operation.",
            env.arn(&own)
        ),
    );
    let (imported, _) = seeded_imports(&env);
    env.service_err(
        &["enable-key-rotation", "--key-id", &imported],
        "EnableKeyRotation",
        "UnsupportedOperationException",
        &format!(
            "{} origin is EXTERNAL which is not valid for this operation.",
            env.arn(&imported)
        ),
    );
    env.service_err(
        &["rotate-key-on-demand", "--key-id", &imported],
        "RotateKeyOnDemand",
        "KMSInvalidStateException",
        &format!(
            "No available key material pending rotation for the key: {}.",
            env.arn(&imported)
        ),
    );
    env.service_err(
        &[
            "import-key-material",
            "--key-id",
            &imported,
            "--import-token",
            "AAAA",
            "--encrypted-key-material",
            "AAAA",
            "--expiration-model",
            "KEY_MATERIAL_EXPIRES",
        ],
        "ImportKeyMaterial",
        "ValidationException",
        "A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES",
    );
}

/// Item 5: enum values in AWS's order.
#[test]
fn item_5_enum_order() {
    let env = Env::new();
    let mac = key(&env, "HMAC_256", "GENERATE_VERIFY_MAC");
    env.service_err(
        &[
            "generate-mac",
            "--key-id",
            &mac,
            "--mac-algorithm",
            "INVALID",
            "--message",
            "aGk=",
        ],
        "GenerateMac",
        "ValidationException",
        "1 validation error detected: Value 'INVALID' at 'macAlgorithm' failed to satisfy \
         constraint: Member must satisfy enum value set: [HMAC_SHA_384, HMAC_SHA_256, \
         HMAC_SHA_224, HMAC_SHA_512]",
    );
    let agree = key(&env, "ECC_NIST_P256", "KEY_AGREEMENT");
    env.service_err(
        &[
            "derive-shared-secret",
            "--key-id",
            &agree,
            "--key-agreement-algorithm",
            "INVALID",
            "--public-key",
            "AAAA",
        ],
        "DeriveSharedSecret",
        "ValidationException",
        "1 validation error detected: Value 'INVALID' at 'keyAgreementAlgorithm' failed to \
         satisfy constraint: Member must satisfy enum value set: [ECDH]",
    );
}

/// Item 6: CurrentKeyMaterialId and KeyMaterialId only for symmetric encryption keys.
#[test]
fn item_6_material_ids_only_for_symmetric_keys() {
    let env = Env::new();
    let describe = |id: &str| env.ok(&["describe-key", "--key-id", id])["KeyMetadata"].clone();
    let sym = env.create_key();
    assert!(describe(&sym)["CurrentKeyMaterialId"].is_string());
    let (imported_sym, imported_ecc) = seeded_imports(&env);
    assert!(describe(&imported_sym)["CurrentKeyMaterialId"].is_string());
    for id in [
        key(&env, "HMAC_256", "GENERATE_VERIFY_MAC"),
        key(&env, "RSA_2048", "ENCRYPT_DECRYPT"),
        imported_ecc,
    ] {
        let md = describe(&id);
        assert!(md.get("CurrentKeyMaterialId").is_none(), "{md}");
    }
    let blob = env.encrypt(&sym, b"x");
    assert!(env.ok(&["decrypt", "--ciphertext-blob", &blob])["KeyMaterialId"].is_string());
    let rsa = key(&env, "RSA_2048", "ENCRYPT_DECRYPT");
    let rsa_blob = env.ok(&[
        "encrypt",
        "--key-id",
        &rsa,
        "--encryption-algorithm",
        "RSAES_OAEP_SHA_256",
        "--plaintext",
        "aGk=",
    ])["CiphertextBlob"]
        .as_str()
        .unwrap()
        .to_string();
    let args = [
        "--key-id",
        &rsa,
        "--encryption-algorithm",
        "RSAES_OAEP_SHA_256",
        "--ciphertext-blob",
        &rsa_blob,
    ];
    let d = env.ok(&[&["decrypt"][..], &args].concat());
    assert!(d.get("KeyMaterialId").is_none(), "{d}");
    let re = env.ok(&[
        "re-encrypt",
        "--ciphertext-blob",
        &rsa_blob,
        "--source-key-id",
        &rsa,
        "--source-encryption-algorithm",
        "RSAES_OAEP_SHA_256",
        "--destination-key-id",
        &sym,
    ]);
    assert!(re.get("SourceKeyMaterialId").is_none(), "{re}");
    assert!(re["DestinationKeyMaterialId"].is_string(), "{re}");
}

/// Item 7: RotateKeyOnDemand answers with the ARN, checks the state before the key spec.
#[test]
fn item_7_rotate_key_on_demand() {
    let env = Env::new();
    let sym = env.create_key();
    assert_eq!(
        env.ok(&["rotate-key-on-demand", "--key-id", &sym]),
        json!({"KeyId": env.arn(&sym)})
    );
    let rsa = key(&env, "RSA_2048", "SIGN_VERIFY");
    env.ok(&["disable-key", "--key-id", &rsa]);
    env.service_err(
        &["rotate-key-on-demand", "--key-id", &rsa],
        "RotateKeyOnDemand",
        "DisabledException",
        &format!("{} is disabled.", env.arn(&rsa)),
    );
    let hmac = key(&env, "HMAC_384", "GENERATE_VERIFY_MAC");
    env.service_err(
        &["rotate-key-on-demand", "--key-id", &hmac],
        "RotateKeyOnDemand",
        "UnsupportedOperationException",
        "",
    );
}

/// Item 8: an OAEP ciphertext made by openssl decrypts whichever OAEP digest the request names;
/// the answer says which one decrypted it.
#[test]
fn item_8_rsa_decrypt_tries_the_other_digest() {
    let env = Env::new();
    let rsa = key(&env, "RSA_3072", "ENCRYPT_DECRYPT");
    let der = env.file(
        "pub.der",
        &unb64(
            env.ok(&["get-public-key", "--key-id", &rsa])["PublicKey"]
                .as_str()
                .unwrap(),
        ),
    );
    let pt = env.file("pt.bin", b"made offline");
    for (md, made, named) in [
        ("sha256", "RSAES_OAEP_SHA_256", "RSAES_OAEP_SHA_1"),
        ("sha1", "RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256"),
    ] {
        let ct = env.dir.path().join(format!("ct-{md}.bin"));
        openssl(&[
            "pkeyutl",
            "-encrypt",
            "-pubin",
            "-keyform",
            "DER",
            "-inkey",
            &der.display().to_string(),
            "-pkeyopt",
            "rsa_padding_mode:oaep",
            "-pkeyopt",
            &format!("rsa_oaep_md:{md}"),
            "-pkeyopt",
            &format!("rsa_mgf1_md:{md}"),
            "-in",
            &pt.display().to_string(),
            "-out",
            &ct.display().to_string(),
        ]);
        let d = env.ok(&[
            "decrypt",
            "--key-id",
            &rsa,
            "--encryption-algorithm",
            named,
            "--ciphertext-blob",
            &format!("fileb://{}", ct.display()),
        ]);
        assert_eq!(unb64(d["Plaintext"].as_str().unwrap()), b"made offline");
        assert_eq!(d["EncryptionAlgorithm"], made);
    }
}

/// Item 9: AWS managed keys, made on first reference, with AWS's description, policy and
/// rotation, and AWS's refusals.
#[test]
fn item_9_aws_managed_keys() {
    let env = Env::new();
    let md = env.ok(&["describe-key", "--key-id", "alias/aws/s3"])["KeyMetadata"].clone();
    let id = md["KeyId"].as_str().unwrap().to_string();
    assert_eq!(md["KeyManager"], "AWS");
    assert_eq!(
        md["Description"],
        "Default key that protects my S3 objects when no other key is defined"
    );
    assert_eq!(md["KeyState"], "Enabled");
    // The same key on every later reference, by alias ARN too.
    let again = env.ok(&[
        "describe-key",
        "--key-id",
        "arn:aws:kms:us-east-1:111122223333:alias/aws/s3",
    ]);
    assert_eq!(again["KeyMetadata"]["KeyId"], id.as_str());
    let ebs = env.ok(&["describe-key", "--key-id", "alias/aws/ebs"])["KeyMetadata"].clone();
    assert_eq!(
        ebs["Description"],
        "Default key that protects my EBS volumes when no other key is defined"
    );
    let policy: Value = serde_json::from_str(
        env.ok(&["get-key-policy", "--key-id", &id])["Policy"]
            .as_str()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(policy["Id"], "auto-s3-2");
    assert_eq!(
        policy["Statement"][0]["Condition"],
        json!({"StringEquals": {"kms:CallerAccount": "111122223333",
                                "kms:ViaService": "s3.us-east-1.amazonaws.com"}})
    );
    assert_eq!(
        policy["Statement"][1]["Action"],
        json!(["kms:Describe*", "kms:Get*", "kms:List*"])
    );
    let status = env.ok(&["get-key-rotation-status", "--key-id", &id]);
    assert_eq!(status["KeyRotationEnabled"], true);
    assert_eq!(status["RotationPeriodInDays"], 365);
    let denied = |action: &str| {
        format!(
            "User: arn:aws:iam::111122223333:root is not authorized to perform: {action} on \
             resource: {} because no resource-based policy allows the {action} action",
            env.arn(&id)
        )
    };
    let policy_text = env.ok(&["get-key-policy", "--key-id", &id])["Policy"]
        .as_str()
        .unwrap()
        .to_string();
    for (op, args, action) in [
        (
            "PutKeyPolicy",
            vec!["put-key-policy", "--key-id", &id, "--policy", &policy_text],
            "kms:PutKeyPolicy",
        ),
        (
            "ScheduleKeyDeletion",
            vec!["schedule-key-deletion", "--key-id", &id],
            "kms:ScheduleKeyDeletion",
        ),
        (
            "DisableKey",
            vec!["disable-key", "--key-id", &id],
            "kms:DisableKey",
        ),
        (
            "DisableKeyRotation",
            vec!["disable-key-rotation", "--key-id", &id],
            "kms:DisableKeyRotation",
        ),
        (
            "TagResource",
            vec![
                "tag-resource",
                "--key-id",
                &id,
                "--tags",
                "TagKey=a,TagValue=b",
            ],
            "kms:TagResource",
        ),
        (
            "UpdateKeyDescription",
            vec![
                "update-key-description",
                "--key-id",
                &id,
                "--description",
                "x",
            ],
            "kms:UpdateKeyDescription",
        ),
        (
            "CreateAlias",
            vec![
                "create-alias",
                "--alias-name",
                "alias/mine",
                "--target-key-id",
                &id,
            ],
            "kms:CreateAlias",
        ),
        (
            "Encrypt",
            vec!["encrypt", "--key-id", "alias/aws/s3", "--plaintext", "aGk="],
            "kms:Encrypt",
        ),
    ] {
        env.service_err(&args, op, "AccessDeniedException", &denied(action));
    }
    let reserved = "Alias names that begin with \"alias/aws/\" are reserved for AWS managed keys.";
    let mine = env.create_key();
    for (op, args) in [
        (
            "CreateAlias",
            vec![
                "create-alias",
                "--alias-name",
                "alias/aws/mine",
                "--target-key-id",
                &mine,
            ],
        ),
        (
            "UpdateAlias",
            vec![
                "update-alias",
                "--alias-name",
                "alias/aws/s3",
                "--target-key-id",
                &mine,
            ],
        ),
        (
            "DeleteAlias",
            vec!["delete-alias", "--alias-name", "alias/aws/s3"],
        ),
    ] {
        env.service_err(&args, op, "InvalidAliasNameException", reserved);
    }
    env.service_err(
        &[
            "create-alias",
            "--alias-name",
            "aws/s3",
            "--target-key-id",
            &mine,
        ],
        "CreateAlias",
        "ValidationException",
        "Alias must start with the prefix \"alias/\". Please see \
         https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html",
    );
    // A service without an AWS managed key has no such alias.
    env.service_err(
        &["describe-key", "--key-id", "alias/aws/nothing"],
        "DescribeKey",
        "NotFoundException",
        "Alias arn:aws:kms:us-east-1:111122223333:alias/aws/nothing is not found.",
    );
    let keys = env.ok(&["list-keys"])["Keys"].clone();
    assert_eq!(keys.as_array().unwrap().len(), 3, "{keys}");
}

const INVALID_MARKER: &str = "The request was rejected because the marker that specifies where \
                              pagination should next begin is not valid.";

/// Item 10: a marker lkms did not issue is InvalidMarkerException in every paginated operation.
#[test]
fn item_10_invalid_markers() {
    let env = Env::new();
    let id = env.create_key();
    for (op, args) in [
        ("ListKeys", vec!["list-keys"]),
        ("ListAliases", vec!["list-aliases"]),
        (
            "ListKeyPolicies",
            vec!["list-key-policies", "--key-id", &id],
        ),
        (
            "ListKeyRotations",
            vec!["list-key-rotations", "--key-id", &id],
        ),
        (
            "ListResourceTags",
            vec!["list-resource-tags", "--key-id", &id],
        ),
    ] {
        let mut with_marker = args.clone();
        with_marker.extend(["--marker", "enp6eg=="]);
        env.service_err(&with_marker, op, "InvalidMarkerException", INVALID_MARKER);
    }
    // Markers lkms issued still page.
    for _ in 0..3 {
        env.create_key();
    }
    let first = env.ok(&["list-keys", "--limit", "2"]);
    let next = env.ok(&[
        "list-keys",
        "--limit",
        "2",
        "--marker",
        first["NextMarker"].as_str().unwrap(),
    ]);
    assert_eq!(next["Keys"].as_array().unwrap().len(), 2);
}

/// Item 11: unambiguous prefixes of long options, as argparse accepts them.
#[test]
fn item_11_option_prefixes() {
    let env = Env::new();
    let md = env.ok(&[
        "create-key",
        "--desc",
        "by prefix",
        "--tag",
        "TagKey=a,TagValue=1",
    ]);
    let id = md["KeyMetadata"]["KeyId"].as_str().unwrap().to_string();
    assert_eq!(md["KeyMetadata"]["Description"], "by prefix");
    env.ok(&["untag-resource", "--key-id", &id, "--tag-key", "a"]);
    assert_eq!(
        env.ok(&["list-resource-tags", "--key-id", &id])["Tags"],
        json!([])
    );
    // A global option by prefix, before or after the command.
    let r = env.ok(&[
        "--reg",
        "eu-west-1",
        "create-key",
        "--query",
        "KeyMetadata.Arn",
    ]);
    assert!(
        r.as_str().unwrap().starts_with("arn:aws:kms:eu-west-1:"),
        "{r}"
    );
    let r = env.ok(&["list-keys", "--regi=eu-west-1", "--que", "length(Keys)"]);
    assert_eq!(r, json!(1));
    // Ambiguous prefixes name their candidates, as aws does, and change nothing.
    for (args, message) in [
        (
            vec!["create-key", "--key", "x"],
            "ambiguous option: --key could match --key-usage, --key-spec",
        ),
        (
            vec!["list-keys", "--ma", "1"],
            "ambiguous option: --ma could match --marker, --max-items",
        ),
    ] {
        let r = env.run(&args);
        assert_eq!(r.code, 252, "{r:?}");
        assert_eq!(r.stderr, param_err_text(&format!("{message}\n\n{USAGE}")));
        assert_eq!(r.stdout, "");
    }
    assert_eq!(env.ok(&["list-keys", "--query", "length(Keys)"]), json!(1));
}

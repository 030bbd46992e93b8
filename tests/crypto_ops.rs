//! encrypt, decrypt, re-encrypt, generate-data-key(-without-plaintext), generate-random.

mod common;
use common::*;

#[test]
fn encrypt_decrypt_round_trip_with_the_readme_idiom() {
    let env = Env::new();
    let id = env.create_key();
    let secret = env.file("secret.txt", b"hunter2\n");
    let r = env.run(&[
        "encrypt",
        "--key-id",
        &id,
        "--plaintext",
        &format!("fileb://{}", secret.display()),
        "--encryption-context",
        "app=web",
        "--output",
        "text",
        "--query",
        "CiphertextBlob",
    ]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(!r.stdout.contains('"'), "text output has no quotes");
    let blob = unb64(r.stdout.trim());
    let enc = env.file("secret.enc", &blob);
    let r = env.run(&[
        "decrypt",
        "--ciphertext-blob",
        &format!("fileb://{}", enc.display()),
        "--encryption-context",
        "app=web",
        "--output",
        "text",
        "--query",
        "Plaintext",
    ]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(unb64(r.stdout.trim()), b"hunter2\n");
}

#[test]
fn encrypt_output_shape() {
    let env = Env::new();
    let id = env.create_key();
    let v = env.ok(&["encrypt", "--key-id", &id, "--plaintext", "aGVsbG8="]);
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["CiphertextBlob", "KeyId", "EncryptionAlgorithm"]);
    assert_eq!(v["KeyId"], env.arn(&id));
    assert_eq!(v["EncryptionAlgorithm"], "SYMMETRIC_DEFAULT");
    let d = env.ok(&[
        "decrypt",
        "--ciphertext-blob",
        v["CiphertextBlob"].as_str().unwrap(),
    ]);
    let keys: Vec<&String> = d.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        ["KeyId", "Plaintext", "EncryptionAlgorithm", "KeyMaterialId"]
    );
    assert_eq!(d["Plaintext"], "aGVsbG8=");
    let md = env.ok(&["describe-key", "--key-id", &id]);
    assert_eq!(
        d["KeyMaterialId"],
        md["KeyMetadata"]["CurrentKeyMaterialId"]
    );
    // Text output: scalars sorted by member name, tab-separated.
    let r = env.run(&[
        "encrypt",
        "--key-id",
        &id,
        "--plaintext",
        "aGVsbG8=",
        "--output",
        "text",
    ]);
    let cols: Vec<&str> = r.stdout.trim_end().split('\t').collect();
    assert_eq!(cols.len(), 3);
    assert_eq!(cols[1], "SYMMETRIC_DEFAULT");
    assert_eq!(cols[2], env.arn(&id));
}

#[test]
fn plaintext_size_limits() {
    let env = Env::new();
    let id = env.create_key();
    let max = b64(&[7u8; 4096]);
    let ct = env.ok(&["encrypt", "--key-id", &id, "--plaintext", &max])["CiphertextBlob"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(unb64(&ct).len() <= 6144);
    let d = env.ok(&["decrypt", "--ciphertext-blob", &ct]);
    assert_eq!(d["Plaintext"], max.as_str());
    env.service_err(
        &[
            "encrypt",
            "--key-id",
            &id,
            "--plaintext",
            &b64(&[7u8; 4097]),
        ],
        "Encrypt",
        "ValidationException",
        "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member \
         must have length less than or equal to 4096",
    );
    let empty = env.file("empty", b"");
    env.service_err(
        &[
            "encrypt",
            "--key-id",
            &id,
            "--plaintext",
            &format!("fileb://{}", empty.display()),
        ],
        "Encrypt",
        "ValidationException",
        "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member \
         must have length greater than or equal to 1",
    );
    env.service_err(
        &["decrypt", "--ciphertext-blob", &b64(&[1u8; 6145])],
        "Decrypt",
        "ValidationException",
        "1 validation error detected: Value at 'ciphertextBlob' failed to satisfy constraint: \
         Member must have length less than or equal to 6144",
    );
}

#[test]
fn encryption_context_must_match_exactly() {
    let env = Env::new();
    let id = env.create_key();
    let ct = env.ok(&[
        "encrypt",
        "--key-id",
        &id,
        "--plaintext",
        "AQID",
        "--encryption-context",
        "a=bc",
    ])["CiphertextBlob"]
        .as_str()
        .unwrap()
        .to_string();
    let bad = |ctx: Option<&str>| {
        let mut args = vec!["decrypt", "--ciphertext-blob", ct.as_str()];
        if let Some(c) = ctx {
            args.extend(["--encryption-context", c]);
        }
        let r = env.run(&args);
        assert_service_err(&r, "Decrypt", "InvalidCiphertextException", "");
    };
    bad(Some("ab=c")); // the classic concatenation collision
    bad(None);
    bad(Some("a=bc,x=y"));
    bad(Some("A=bc"));
    bad(Some(r#"{"a":"b","c":""}"#));
    let ok = env.ok(&[
        "decrypt",
        "--ciphertext-blob",
        &ct,
        "--encryption-context",
        r#"{"a":"bc"}"#,
    ]);
    assert_eq!(ok["Plaintext"], "AQID");
    // Order of pairs does not matter.
    let ct2 = env.ok(&[
        "encrypt",
        "--key-id",
        &id,
        "--plaintext",
        "AQID",
        "--encryption-context",
        "k1=v1,k2=v2",
    ])["CiphertextBlob"]
        .as_str()
        .unwrap()
        .to_string();
    env.ok(&[
        "decrypt",
        "--ciphertext-blob",
        &ct2,
        "--encryption-context",
        "k2=v2,k1=v1",
    ]);
    // Shorthand quoting and escapes.
    let ct3 = env.ok(&[
        "encrypt",
        "--key-id",
        &id,
        "--plaintext",
        "AQID",
        "--encryption-context",
        r#"k1="v,1",k2=a=b"#,
    ])["CiphertextBlob"]
        .as_str()
        .unwrap()
        .to_string();
    env.ok(&[
        "decrypt",
        "--ciphertext-blob",
        &ct3,
        "--encryption-context",
        r"k1=v\,1,k2=a=b",
    ]);
    let ctx_file = env.file("ctx.json", br#"{"k1":"v,1","k2":"a=b"}"#);
    env.ok(&[
        "decrypt",
        "--ciphertext-blob",
        &ct3,
        "--encryption-context",
        &format!("file://{}", ctx_file.display()),
    ]);
}

#[test]
fn every_byte_of_the_blob_is_authenticated() {
    let env = Env::new();
    let id = env.create_key();
    let ct = unb64(
        env.ok(&[
            "encrypt",
            "--key-id",
            &id,
            "--plaintext",
            "c2VjcmV0",
            "--encryption-context",
            "a=b",
        ])["CiphertextBlob"]
            .as_str()
            .unwrap(),
    );
    // Flip one bit in each byte: magic, version, lengths, key ID, material ID, nonce, body, tag.
    for i in 0..ct.len() {
        let mut t = ct.clone();
        t[i] ^= 0x01;
        let r = env.run(&[
            "decrypt",
            "--ciphertext-blob",
            &b64(&t),
            "--encryption-context",
            "a=b",
        ]);
        assert_eq!(r.code, 254, "byte {i} changed but decrypt succeeded");
        assert!(
            r.stderr.contains("(InvalidCiphertextException)")
                || r.stderr.contains("(AccessDeniedException)"),
            "byte {i}: {r:?}"
        );
    }
    // Truncations at every length.
    for n in [0usize, 1, 4, 5, 10, 41, 42, 100, ct.len() - 1] {
        let t = &ct[..n.min(ct.len())];
        let r = env.run(&[
            "decrypt",
            "--ciphertext-blob",
            &b64(t),
            "--encryption-context",
            "a=b",
        ]);
        assert_eq!(r.code, 254, "truncated to {n}: {r:?}");
    }
    // Appended bytes.
    let mut t = ct.clone();
    t.push(0);
    let r = env.run(&[
        "decrypt",
        "--ciphertext-blob",
        &b64(&t),
        "--encryption-context",
        "a=b",
    ]);
    assert_service_err(&r, "Decrypt", "InvalidCiphertextException", "");
    // Garbage that is not an lkms blob at all.
    let r = env.run(&[
        "decrypt",
        "--ciphertext-blob",
        &b64(b"not a ciphertext blob at all"),
    ]);
    assert_service_err(&r, "Decrypt", "InvalidCiphertextException", "");
}

#[test]
fn decrypt_key_id_must_match_the_blob() {
    let env = Env::new();
    let a = env.create_key();
    let b = env.create_key();
    let ct = env.encrypt(&a, b"x");
    env.ok(&["decrypt", "--ciphertext-blob", &ct, "--key-id", &a]);
    env.ok(&[
        "decrypt",
        "--ciphertext-blob",
        &ct,
        "--key-id",
        &env.arn(&a),
    ]);
    env.service_err(
        &["decrypt", "--ciphertext-blob", &ct, "--key-id", &b],
        "Decrypt",
        "IncorrectKeyException",
        "The key ID in the request does not identify a CMK that can perform this operation.",
    );
    env.service_err(
        &[
            "decrypt",
            "--ciphertext-blob",
            &ct,
            "--key-id",
            "11111111-2222-3333-4444-555555555555",
        ],
        "Decrypt",
        "NotFoundException",
        &format!(
            "Key '{}' does not exist",
            env.arn("11111111-2222-3333-4444-555555555555")
        ),
    );
    // A blob from another keystore names a key this one does not have.
    let other = Env::new();
    let foreign = other.encrypt(&other.create_key(), b"x");
    env.service_err(
        &["decrypt", "--ciphertext-blob", &foreign],
        "Decrypt",
        "AccessDeniedException",
        "The ciphertext refers to a customer master key that does not exist, does not exist in \
         this region, or you are not allowed to access.",
    );
    // A blob is only good in the key's region.
    let r = env.run(&["decrypt", "--ciphertext-blob", &ct, "--region", "eu-west-1"]);
    assert!(r.stderr.contains("(AccessDeniedException)"), "{r:?}");
}

#[test]
fn algorithms_and_dry_run() {
    let env = Env::new();
    let id = env.create_key();
    env.ok(&[
        "encrypt",
        "--key-id",
        &id,
        "--plaintext",
        "AA==",
        "--encryption-algorithm",
        "SYMMETRIC_DEFAULT",
    ]);
    env.service_err(
        &[
            "encrypt",
            "--key-id",
            &id,
            "--plaintext",
            "AA==",
            "--encryption-algorithm",
            "RSAES_OAEP_SHA_256",
        ],
        "Encrypt",
        "InvalidKeyUsageException",
        "Algorithm RSAES_OAEP_SHA_256 is incompatible with key spec SYMMETRIC_DEFAULT.",
    );
    env.service_err(
        &[
            "encrypt",
            "--key-id",
            &id,
            "--plaintext",
            "AA==",
            "--encryption-algorithm",
            "ROT13",
        ],
        "Encrypt",
        "ValidationException",
        "1 validation error detected: Value 'ROT13' at 'encryptionAlgorithm' failed to satisfy \
         constraint: Member must satisfy enum value set: [SYMMETRIC_DEFAULT, RSAES_OAEP_SHA_1, \
         RSAES_OAEP_SHA_256, SM2PKE]",
    );
    let dry = "The request would have succeeded, but the DryRun option is set.";
    env.service_err(
        &[
            "encrypt",
            "--key-id",
            &id,
            "--plaintext",
            "AA==",
            "--dry-run",
        ],
        "Encrypt",
        "DryRunOperationException",
        dry,
    );
    env.ok(&[
        "encrypt",
        "--key-id",
        &id,
        "--plaintext",
        "AA==",
        "--dry-run",
        "--no-dry-run",
    ]);
    let ct = env.encrypt(&id, b"z");
    env.service_err(
        &["decrypt", "--ciphertext-blob", &ct, "--dry-run"],
        "Decrypt",
        "DryRunOperationException",
        dry,
    );
    env.service_err(
        &[
            "generate-data-key",
            "--key-id",
            &id,
            "--key-spec",
            "AES_256",
            "--dry-run",
        ],
        "GenerateDataKey",
        "DryRunOperationException",
        dry,
    );
    env.service_err(
        &[
            "re-encrypt",
            "--ciphertext-blob",
            &ct,
            "--destination-key-id",
            &id,
            "--dry-run",
        ],
        "ReEncrypt",
        "DryRunOperationException",
        dry,
    );
    // A dry run on a disabled key reports the state error, not the dry-run success.
    env.ok(&["disable-key", "--key-id", &id]);
    env.service_err(
        &[
            "encrypt",
            "--key-id",
            &id,
            "--plaintext",
            "AA==",
            "--dry-run",
        ],
        "Encrypt",
        "DisabledException",
        &format!("{} is disabled.", env.arn(&id)),
    );
    let tokens: Vec<String> = (0..11).map(|i| format!("t{i}")).collect();
    let mut args = vec![
        "encrypt",
        "--key-id",
        id.as_str(),
        "--plaintext",
        "AA==",
        "--grant-tokens",
    ];
    args.extend(tokens.iter().map(String::as_str));
    env.service_err(
        &args,
        "Encrypt",
        "ValidationException",
        "1 validation error detected: Value at 'grantTokens' failed to satisfy constraint: Member \
         must have length less than or equal to 10",
    );
}

#[test]
fn re_encrypt_moves_between_keys_and_contexts() {
    let env = Env::new();
    let a = env.create_key();
    let b = env.create_key();
    let ct = env.ok(&[
        "encrypt",
        "--key-id",
        &a,
        "--plaintext",
        "cGF5bG9hZA==",
        "--encryption-context",
        "s=1",
    ])["CiphertextBlob"]
        .as_str()
        .unwrap()
        .to_string();
    let v = env.ok(&[
        "re-encrypt",
        "--ciphertext-blob",
        &ct,
        "--source-encryption-context",
        "s=1",
        "--destination-key-id",
        &b,
        "--destination-encryption-context",
        "d=2",
    ]);
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "CiphertextBlob",
            "SourceKeyId",
            "KeyId",
            "SourceEncryptionAlgorithm",
            "DestinationEncryptionAlgorithm",
            "SourceKeyMaterialId",
            "DestinationKeyMaterialId"
        ]
    );
    assert_eq!(v["SourceKeyId"], env.arn(&a));
    assert_eq!(v["KeyId"], env.arn(&b));
    let new_ct = v["CiphertextBlob"].as_str().unwrap();
    let d = env.ok(&[
        "decrypt",
        "--ciphertext-blob",
        new_ct,
        "--encryption-context",
        "d=2",
    ]);
    assert_eq!(d["Plaintext"], "cGF5bG9hZA==");
    assert_eq!(d["KeyId"], env.arn(&b));
    let r = env.run(&[
        "re-encrypt",
        "--ciphertext-blob",
        &ct,
        "--destination-key-id",
        &b,
    ]);
    assert_service_err(&r, "ReEncrypt", "InvalidCiphertextException", "");
    env.service_err(
        &[
            "re-encrypt",
            "--ciphertext-blob",
            &ct,
            "--source-encryption-context",
            "s=1",
            "--source-key-id",
            &b,
            "--destination-key-id",
            &b,
        ],
        "ReEncrypt",
        "IncorrectKeyException",
        "The key ID in the request does not identify a CMK that can perform this operation.",
    );
    let ct_file = env.file("ct.bin", &unb64(&ct));
    env.ok(&[
        "re-encrypt",
        "--ciphertext-blob",
        &format!("fileb://{}", ct_file.display()),
        "--source-encryption-context",
        "s=1",
        "--destination-key-id",
        &a,
    ]);
}

#[test]
fn data_keys() {
    let env = Env::new();
    let id = env.create_key();
    let v = env.ok(&[
        "generate-data-key",
        "--key-id",
        &id,
        "--key-spec",
        "AES_256",
        "--encryption-context",
        "f=x",
    ]);
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        ["CiphertextBlob", "Plaintext", "KeyId", "KeyMaterialId"]
    );
    assert_eq!(unb64(v["Plaintext"].as_str().unwrap()).len(), 32);
    let d = env.ok(&[
        "decrypt",
        "--ciphertext-blob",
        v["CiphertextBlob"].as_str().unwrap(),
        "--encryption-context",
        "f=x",
    ]);
    assert_eq!(d["Plaintext"], v["Plaintext"]);
    let v = env.ok(&[
        "generate-data-key",
        "--key-id",
        &id,
        "--key-spec",
        "AES_128",
    ]);
    assert_eq!(unb64(v["Plaintext"].as_str().unwrap()).len(), 16);
    let v = env.ok(&[
        "generate-data-key",
        "--key-id",
        &id,
        "--number-of-bytes",
        "1024",
    ]);
    assert_eq!(unb64(v["Plaintext"].as_str().unwrap()).len(), 1024);

    let w = env.ok(&[
        "generate-data-key-without-plaintext",
        "--key-id",
        &id,
        "--number-of-bytes",
        "64",
    ]);
    let keys: Vec<&String> = w.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["CiphertextBlob", "KeyId", "KeyMaterialId"]);
    let d = env.ok(&[
        "decrypt",
        "--ciphertext-blob",
        w["CiphertextBlob"].as_str().unwrap(),
    ]);
    assert_eq!(unb64(d["Plaintext"].as_str().unwrap()).len(), 64);

    for op in ["generate-data-key", "generate-data-key-without-plaintext"] {
        let name = if op == "generate-data-key" {
            "GenerateDataKey"
        } else {
            "GenerateDataKeyWithoutPlaintext"
        };
        let either = "Please specify either number of bytes or key spec.";
        env.service_err(&[op, "--key-id", &id], name, "ValidationException", either);
        env.service_err(
            &[
                op,
                "--key-id",
                &id,
                "--key-spec",
                "AES_256",
                "--number-of-bytes",
                "32",
            ],
            name,
            "ValidationException",
            either,
        );
        env.service_err(
            &[op, "--key-id", &id, "--number-of-bytes", "1025"],
            name,
            "ValidationException",
            "1 validation error detected: Value '1025' at 'numberOfBytes' failed to satisfy \
             constraint: Member must have value less than or equal to 1024",
        );
        env.service_err(
            &[op, "--key-id", &id, "--number-of-bytes", "0"],
            name,
            "ValidationException",
            "1 validation error detected: Value '0' at 'numberOfBytes' failed to satisfy \
             constraint: Member must have value greater than or equal to 1",
        );
        env.service_err(
            &[op, "--key-id", &id, "--key-spec", "AES_512"],
            name,
            "ValidationException",
            "1 validation error detected: Value 'AES_512' at 'keySpec' failed to satisfy \
             constraint: Member must satisfy enum value set: [AES_256, AES_128]",
        );
    }
}

#[test]
fn generate_random() {
    let env = Env::new();
    let v = env.ok(&["generate-random", "--number-of-bytes", "32"]);
    assert_eq!(
        v.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["Plaintext"]
    );
    let a = unb64(v["Plaintext"].as_str().unwrap());
    let b = unb64(
        env.ok(&["generate-random", "--number-of-bytes", "32"])["Plaintext"]
            .as_str()
            .unwrap(),
    );
    assert_eq!(a.len(), 32);
    assert_ne!(a, b);
    assert_eq!(
        unb64(
            env.ok(&["generate-random", "--number-of-bytes", "1024"])["Plaintext"]
                .as_str()
                .unwrap()
        )
        .len(),
        1024
    );
    env.service_err(
        &["generate-random"],
        "GenerateRandom",
        "ValidationException",
        "NumberOfBytes is required.",
    );
    env.service_err(
        &["generate-random", "--number-of-bytes", "1025"],
        "GenerateRandom",
        "ValidationException",
        "1 validation error detected: Value '1025' at 'numberOfBytes' failed to satisfy \
         constraint: Member must have value less than or equal to 1024",
    );
    env.service_err(
        &["generate-random", "--number-of-bytes", "0"],
        "GenerateRandom",
        "ValidationException",
        "1 validation error detected: Value '0' at 'numberOfBytes' failed to satisfy \
         constraint: Member must have value greater than or equal to 1",
    );
    // It needs no key, so it works without any root key or keystore.
    let r = env.run_env(
        &["generate-random", "--number-of-bytes", "8"],
        &[("LKMS_ROOT_KEY", "not base64!")],
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert!(!env.keystore().exists());
}

#[test]
fn features_lkms_lacks_are_named() {
    let env = Env::new();
    let id = env.create_key();
    let ct = env.encrypt(&id, b"x");
    env.service_err(
        &[
            "decrypt",
            "--ciphertext-blob",
            &ct,
            "--recipient",
            "KeyEncryptionAlgorithm=RSAES_OAEP_SHA_256",
        ],
        "Decrypt",
        "UnsupportedOperationException",
        "lkms does not support Recipient (Nitro Enclaves attestation) yet.",
    );
    env.service_err(
        &[
            "generate-random",
            "--number-of-bytes",
            "8",
            "--custom-key-store-id",
            "cks-1",
        ],
        "GenerateRandom",
        "CustomKeyStoreNotFoundException",
        "Custom key store 'cks-1' does not exist in this Region.",
    );
    let r = env.run(&[
        "encrypt",
        "--key-id",
        &id,
        "--plaintext",
        "fileb:///dev/zero",
    ]);
    assert_eq!(r.code, 252, "{r:?}");
    assert!(r.stderr.contains("larger than 16 MiB"), "{r:?}");
}

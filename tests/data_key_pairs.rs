//! generate-data-key-pair and generate-data-key-pair-without-plaintext: PKCS#8 private keys
//! that openssl reads, DER public keys that match them, and private keys encrypted under the
//! KMS key that decrypt with the same encryption context.

mod common;
use common::*;

#[test]
fn pairs_for_every_supported_spec() {
    let env = Env::new();
    let id = env.create_key();
    for spec in [
        "RSA_2048",
        "RSA_3072",
        "ECC_NIST_P256",
        "ECC_NIST_P384",
        "ECC_NIST_P521",
        "ECC_SECG_P256K1",
        "ECC_NIST_EDWARDS25519",
        "SM2",
    ] {
        let v = env.ok(&[
            "generate-data-key-pair",
            "--key-id",
            &id,
            "--key-pair-spec",
            spec,
            "--encryption-context",
            "purpose=pair",
        ]);
        assert_eq!(
            v.as_object().unwrap().keys().collect::<Vec<_>>(),
            [
                "PrivateKeyCiphertextBlob",
                "PrivateKeyPlaintext",
                "PublicKey",
                "KeyId",
                "KeyPairSpec",
                "KeyMaterialId"
            ]
        );
        assert_eq!(v["KeyPairSpec"], spec);
        assert_eq!(v["KeyId"], env.arn(&id));
        let private = unb64(v["PrivateKeyPlaintext"].as_str().unwrap());
        let private_file = env.file(&format!("{spec}.p8"), &private);
        let derived_public = openssl(&[
            "pkey",
            "-inform",
            "DER",
            "-in",
            &private_file.display().to_string(),
            "-pubout",
            "-outform",
            "DER",
        ]);
        assert_eq!(
            derived_public,
            unb64(v["PublicKey"].as_str().unwrap()),
            "{spec}: public key matches the private key"
        );
        let d = env.ok(&[
            "decrypt",
            "--ciphertext-blob",
            v["PrivateKeyCiphertextBlob"].as_str().unwrap(),
            "--encryption-context",
            "purpose=pair",
        ]);
        assert_eq!(unb64(d["Plaintext"].as_str().unwrap()), private, "{spec}");
        let r = env.run(&[
            "decrypt",
            "--ciphertext-blob",
            v["PrivateKeyCiphertextBlob"].as_str().unwrap(),
        ]);
        assert_service_err(&r, "Decrypt", "InvalidCiphertextException", "");

        let w = env.ok(&[
            "generate-data-key-pair-without-plaintext",
            "--key-id",
            &id,
            "--key-pair-spec",
            spec,
        ]);
        assert_eq!(
            w.as_object().unwrap().keys().collect::<Vec<_>>(),
            [
                "PrivateKeyCiphertextBlob",
                "PublicKey",
                "KeyId",
                "KeyPairSpec",
                "KeyMaterialId"
            ]
        );
        let d = env.ok(&[
            "decrypt",
            "--ciphertext-blob",
            w["PrivateKeyCiphertextBlob"].as_str().unwrap(),
        ]);
        let f = env.file(
            &format!("{spec}-w.p8"),
            &unb64(d["Plaintext"].as_str().unwrap()),
        );
        let public = openssl(&[
            "pkey",
            "-inform",
            "DER",
            "-in",
            &f.display().to_string(),
            "-pubout",
            "-outform",
            "DER",
        ]);
        assert_eq!(public, unb64(w["PublicKey"].as_str().unwrap()));
    }
}

#[test]
fn ml_kem_pairs() {
    let env = Env::new();
    let id = env.create_key();
    let v = env.ok(&[
        "generate-data-key-pair",
        "--key-id",
        &id,
        "--key-pair-spec",
        "ML_KEM_768",
    ]);
    let private = unb64(v["PrivateKeyPlaintext"].as_str().unwrap());
    let public =
        lkms::crypto::mlkem::public_key_der(lkms::crypto::mlkem::Level::L768, &private).unwrap();
    assert_eq!(public, unb64(v["PublicKey"].as_str().unwrap()));
    let d = env.ok(&[
        "decrypt",
        "--ciphertext-blob",
        v["PrivateKeyCiphertextBlob"].as_str().unwrap(),
    ]);
    assert_eq!(unb64(d["Plaintext"].as_str().unwrap()), private);
}

#[test]
fn pair_errors() {
    let env = Env::new();
    let id = env.create_key();
    env.service_err(
        &[
            "generate-data-key-pair",
            "--key-id",
            &id,
            "--key-pair-spec",
            "DSA_1024",
        ],
        "GenerateDataKeyPair",
        "ValidationException",
        "1 validation error detected: Value 'DSA_1024' at 'keyPairSpec' failed to satisfy \
         constraint: Member must satisfy enum value set: [RSA_2048, RSA_3072, RSA_4096, \
         ECC_NIST_P256, ECC_NIST_P384, ECC_NIST_P521, ECC_SECG_P256K1, SM2, \
         ECC_NIST_EDWARDS25519, ML_KEM_512, ML_KEM_768, ML_KEM_1024]",
    );
    let rsa = env.ok(&[
        "create-key",
        "--key-spec",
        "RSA_2048",
        "--key-usage",
        "ENCRYPT_DECRYPT",
    ])["KeyMetadata"]["KeyId"]
        .as_str()
        .unwrap()
        .to_string();
    env.service_err(
        &[
            "generate-data-key-pair-without-plaintext",
            "--key-id",
            &rsa,
            "--key-pair-spec",
            "ECC_NIST_P256",
        ],
        "GenerateDataKeyPairWithoutPlaintext",
        "InvalidKeyUsageException",
        &format!(
            "{} key spec is RSA_2048 which is not valid for GenerateDataKeyPairWithoutPlaintext.",
            env.arn(&rsa)
        ),
    );
    env.ok(&["disable-key", "--key-id", &id]);
    env.service_err(
        &[
            "generate-data-key-pair",
            "--key-id",
            &id,
            "--key-pair-spec",
            "ECC_NIST_P256",
        ],
        "GenerateDataKeyPair",
        "DisabledException",
        &format!("{} is disabled.", env.arn(&id)),
    );
}

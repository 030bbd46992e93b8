//! RSA keys: get-public-key, sign and verify with every RSASSA algorithm, OAEP encrypt and
//! decrypt, checked with the openssl command line.

mod common;
use common::*;
use std::path::Path;

fn s(p: &Path) -> String {
    p.display().to_string()
}

fn key(env: &Env, spec: &str, usage: &str) -> String {
    env.ok(&["create-key", "--key-spec", spec, "--key-usage", usage])["KeyMetadata"]["KeyId"]
        .as_str()
        .unwrap()
        .to_string()
}

fn public_key_file(env: &Env, id: &str, name: &str) -> std::path::PathBuf {
    let v = env.ok(&["get-public-key", "--key-id", id]);
    env.file(name, &unb64(v["PublicKey"].as_str().unwrap()))
}

#[test]
fn every_signing_algorithm_verifies_with_openssl() {
    let env = Env::new();
    let id = key(&env, "RSA_2048", "SIGN_VERIFY");
    let md = env.ok(&["describe-key", "--key-id", &id])["KeyMetadata"].clone();
    assert_eq!(
        md["SigningAlgorithms"],
        serde_json::json!([
            "RSASSA_PSS_SHA_256",
            "RSASSA_PSS_SHA_384",
            "RSASSA_PSS_SHA_512",
            "RSASSA_PKCS1_V1_5_SHA_256",
            "RSASSA_PKCS1_V1_5_SHA_384",
            "RSASSA_PKCS1_V1_5_SHA_512"
        ])
    );
    let pub_der = public_key_file(&env, &id, "rsa.der");
    let pub_path = s(&pub_der);
    let msg = env.file("msg.txt", b"an RSA-signed message\n");
    for (alg, digest, pss) in [
        ("RSASSA_PKCS1_V1_5_SHA_256", "-sha256", false),
        ("RSASSA_PKCS1_V1_5_SHA_384", "-sha384", false),
        ("RSASSA_PKCS1_V1_5_SHA_512", "-sha512", false),
        ("RSASSA_PSS_SHA_256", "-sha256", true),
        ("RSASSA_PSS_SHA_384", "-sha384", true),
        ("RSASSA_PSS_SHA_512", "-sha512", true),
    ] {
        let v = env.ok(&[
            "sign",
            "--key-id",
            &id,
            "--message",
            &format!("fileb://{}", s(&msg)),
            "--signing-algorithm",
            alg,
        ]);
        let sig_bytes = unb64(v["Signature"].as_str().unwrap());
        assert_eq!(sig_bytes.len(), 256);
        let sig = env.file("sig.bin", &sig_bytes);
        let mut args = vec![
            "dgst",
            digest,
            "-verify",
            pub_path.as_str(),
            "-keyform",
            "DER",
        ];
        if pss {
            args.extend([
                "-sigopt",
                "rsa_padding_mode:pss",
                "-sigopt",
                "rsa_pss_saltlen:digest",
            ]);
        }
        let sig_path = s(&sig);
        let msg_path = s(&msg);
        args.extend(["-signature", &sig_path, &msg_path]);
        let out = openssl(&args);
        assert_eq!(String::from_utf8_lossy(&out).trim(), "Verified OK", "{alg}");
        let ok = env.ok(&[
            "verify",
            "--key-id",
            &id,
            "--message",
            &format!("fileb://{}", s(&msg)),
            "--signing-algorithm",
            alg,
            "--signature",
            v["Signature"].as_str().unwrap(),
        ]);
        assert_eq!(ok["SignatureValid"], true);
        // DIGEST messages are not hashed again.
        let d = openssl(&["dgst", digest, "-binary", &s(&msg)]);
        let v2 = env.ok(&[
            "sign",
            "--key-id",
            &id,
            "--message",
            &b64(&d),
            "--message-type",
            "DIGEST",
            "--signing-algorithm",
            alg,
        ]);
        env.ok(&[
            "verify",
            "--key-id",
            &id,
            "--message",
            &format!("fileb://{}", s(&msg)),
            "--signing-algorithm",
            alg,
            "--signature",
            v2["Signature"].as_str().unwrap(),
        ]);
    }
    env.service_err(
        &[
            "verify",
            "--key-id",
            &id,
            "--message",
            "aGk=",
            "--signing-algorithm",
            "RSASSA_PSS_SHA_256",
            "--signature",
            &b64(&[0u8; 256]),
        ],
        "Verify",
        "KMSInvalidSignatureException",
        "",
    );
    env.service_err(
        &[
            "sign",
            "--key-id",
            &id,
            "--message",
            "aGk=",
            "--signing-algorithm",
            "ECDSA_SHA_256",
        ],
        "Sign",
        "InvalidKeyUsageException",
        "Algorithm ECDSA_SHA_256 is incompatible with key spec RSA_2048.",
    );
}

#[test]
fn oaep_interoperates_with_openssl_and_enforces_sizes() {
    let env = Env::new();
    let id = key(&env, "RSA_2048", "ENCRYPT_DECRYPT");
    let md = env.ok(&["describe-key", "--key-id", &id])["KeyMetadata"].clone();
    assert_eq!(
        md["EncryptionAlgorithms"],
        serde_json::json!(["RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256"])
    );
    let pub_der = public_key_file(&env, &id, "enc.der");
    let pt = env.file("pt.bin", b"offline-encrypted secret");
    for (alg, md_name) in [
        ("RSAES_OAEP_SHA_1", "sha1"),
        ("RSAES_OAEP_SHA_256", "sha256"),
    ] {
        // Encrypted offline with the public key, decrypted by lkms.
        let ct = env.dir.path().join(format!("ct-{md_name}.bin"));
        openssl(&[
            "pkeyutl",
            "-encrypt",
            "-pubin",
            "-inkey",
            &s(&pub_der),
            "-keyform",
            "DER",
            "-pkeyopt",
            "rsa_padding_mode:oaep",
            "-pkeyopt",
            &format!("rsa_oaep_md:{md_name}"),
            "-in",
            &s(&pt),
            "-out",
            &s(&ct),
        ]);
        let d = env.ok(&[
            "decrypt",
            "--key-id",
            &id,
            "--encryption-algorithm",
            alg,
            "--ciphertext-blob",
            &format!("fileb://{}", s(&ct)),
        ]);
        assert_eq!(
            unb64(d["Plaintext"].as_str().unwrap()),
            b"offline-encrypted secret"
        );
        assert_eq!(d["EncryptionAlgorithm"], alg);
        // Encrypted by lkms: raw OAEP, as long as the modulus.
        let e = env.ok(&[
            "encrypt",
            "--key-id",
            &id,
            "--encryption-algorithm",
            alg,
            "--plaintext",
            "aGk=",
        ]);
        assert_eq!(unb64(e["CiphertextBlob"].as_str().unwrap()).len(), 256);
        assert_eq!(e["EncryptionAlgorithm"], alg);
        let d = env.ok(&[
            "decrypt",
            "--key-id",
            &id,
            "--encryption-algorithm",
            alg,
            "--ciphertext-blob",
            e["CiphertextBlob"].as_str().unwrap(),
        ]);
        assert_eq!(d["Plaintext"], "aGk=");
    }
    env.ok(&[
        "encrypt",
        "--key-id",
        &id,
        "--encryption-algorithm",
        "RSAES_OAEP_SHA_256",
        "--plaintext",
        &b64(&[1u8; 190]),
    ]);
    env.service_err(
        &["encrypt", "--key-id", &id, "--encryption-algorithm", "RSAES_OAEP_SHA_256", "--plaintext", &b64(&[1u8; 191])],
        "Encrypt",
        "ValidationException",
        "Algorithm RSAES_OAEP_SHA_256 and key spec RSA_2048 cannot encrypt data larger than 190 bytes.",
    );
    env.ok(&[
        "encrypt",
        "--key-id",
        &id,
        "--encryption-algorithm",
        "RSAES_OAEP_SHA_1",
        "--plaintext",
        &b64(&[1u8; 214]),
    ]);
    env.service_err(
        &["encrypt", "--key-id", &id, "--encryption-algorithm", "RSAES_OAEP_SHA_1", "--plaintext", &b64(&[1u8; 215])],
        "Encrypt",
        "ValidationException",
        "Algorithm RSAES_OAEP_SHA_1 and key spec RSA_2048 cannot encrypt data larger than 214 bytes.",
    );
    env.service_err(
        &["encrypt", "--key-id", &id, "--plaintext", "aGk="],
        "Encrypt",
        "InvalidKeyUsageException",
        "Algorithm SYMMETRIC_DEFAULT is incompatible with key spec RSA_2048.",
    );
    let e = env.ok(&[
        "encrypt",
        "--key-id",
        &id,
        "--encryption-algorithm",
        "RSAES_OAEP_SHA_256",
        "--plaintext",
        "aGk=",
    ]);
    let blob = e["CiphertextBlob"].as_str().unwrap().to_string();
    // Without --key-id the ciphertext names no key.
    env.service_err(
        &["decrypt", "--ciphertext-blob", &blob],
        "Decrypt",
        "InvalidCiphertextException",
        "",
    );
    // Named as SHA-1, the SHA-256 ciphertext still decrypts: AWS tries the other OAEP digest.
    let d = env.ok(&[
        "decrypt",
        "--key-id",
        &id,
        "--encryption-algorithm",
        "RSAES_OAEP_SHA_1",
        "--ciphertext-blob",
        &blob,
    ]);
    assert_eq!(d["Plaintext"], "aGk=");
    // Bytes that are no OAEP ciphertext under either digest do not.
    env.service_err(
        &[
            "decrypt",
            "--key-id",
            &id,
            "--encryption-algorithm",
            "RSAES_OAEP_SHA_1",
            "--ciphertext-blob",
            &b64(&[7u8; 256]),
        ],
        "Decrypt",
        "InvalidCiphertextException",
        "",
    );
    // Re-encrypt from the RSA key to a symmetric key.
    let sym = env.create_key();
    let re = env.ok(&[
        "re-encrypt",
        "--ciphertext-blob",
        &blob,
        "--source-key-id",
        &id,
        "--source-encryption-algorithm",
        "RSAES_OAEP_SHA_256",
        "--destination-key-id",
        &sym,
    ]);
    assert_eq!(re["SourceEncryptionAlgorithm"], "RSAES_OAEP_SHA_256");
    assert_eq!(re["DestinationEncryptionAlgorithm"], "SYMMETRIC_DEFAULT");
    let d = env.ok(&[
        "decrypt",
        "--ciphertext-blob",
        re["CiphertextBlob"].as_str().unwrap(),
    ]);
    assert_eq!(d["Plaintext"], "aGk=");
    env.service_err(
        &[
            "generate-data-key",
            "--key-id",
            &id,
            "--key-spec",
            "AES_256",
        ],
        "GenerateDataKey",
        "InvalidKeyUsageException",
        &format!(
            "{} key spec is RSA_2048 which is not valid for GenerateDataKey.",
            env.arn(&id)
        ),
    );
}

#[test]
fn larger_keys() {
    let env = Env::new();
    for (spec, bits, limit) in [("RSA_3072", "3072", 318), ("RSA_4096", "4096", 446)] {
        // Key generation may show a spinner, but only on a terminal: never into a pipe.
        let r = env.run(&[
            "create-key",
            "--key-spec",
            spec,
            "--key-usage",
            "ENCRYPT_DECRYPT",
        ]);
        assert_eq!((r.code, r.stderr.as_str()), (0, ""), "{spec}");
        let id = r.json()["KeyMetadata"]["KeyId"]
            .as_str()
            .unwrap()
            .to_string();
        let der = public_key_file(&env, &id, &format!("{spec}.der"));
        let text = openssl(&[
            "pkey",
            "-pubin",
            "-inform",
            "DER",
            "-in",
            &s(&der),
            "-text",
            "-noout",
        ]);
        assert!(
            String::from_utf8_lossy(&text).contains(&format!("({bits} bit)")),
            "{spec}"
        );
        env.ok(&[
            "encrypt",
            "--key-id",
            &id,
            "--encryption-algorithm",
            "RSAES_OAEP_SHA_256",
            "--plaintext",
            &b64(&vec![2u8; limit]),
        ]);
        env.service_err(
            &["encrypt", "--key-id", &id, "--encryption-algorithm", "RSAES_OAEP_SHA_256", "--plaintext", &b64(&vec![2u8; limit + 1])],
            "Encrypt",
            "ValidationException",
            &format!("Algorithm RSAES_OAEP_SHA_256 and key spec {spec} cannot encrypt data larger than {limit} bytes."),
        );
    }
}

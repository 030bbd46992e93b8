//! SM2 keys: SM2DSA signatures that openssl verifies (with the default distinguishing ID), and
//! SM2PKE ciphertexts made by openssl that lkms decrypts.

mod common;
use common::*;
use std::process::Command;

fn openssl(args: &[&str]) -> std::process::Output {
    Command::new("openssl")
        .args(args)
        .output()
        .expect("the openssl command line is installed")
}

fn key(env: &Env, usage: &str) -> String {
    env.ok(&["create-key", "--key-spec", "SM2", "--key-usage", usage])["KeyMetadata"]["KeyId"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn sm2dsa_signatures_verify_with_openssl() {
    let env = Env::new();
    let id = key(&env, "SIGN_VERIFY");
    let md = env.ok(&["describe-key", "--key-id", &id])["KeyMetadata"].clone();
    assert_eq!(md["SigningAlgorithms"], serde_json::json!(["SM2DSA"]));
    let pub_der = env.file(
        "sm2.der",
        &unb64(
            env.ok(&["get-public-key", "--key-id", &id])["PublicKey"]
                .as_str()
                .unwrap(),
        ),
    );
    let msg = env.file("msg.txt", b"sign me with SM2");
    let v = env.ok(&[
        "sign",
        "--key-id",
        &id,
        "--message",
        &format!("fileb://{}", msg.display()),
        "--signing-algorithm",
        "SM2DSA",
    ]);
    let sig = env.file("sig.der", &unb64(v["Signature"].as_str().unwrap()));
    let out = openssl(&[
        "dgst",
        "-sm3",
        "-verify",
        &pub_der.display().to_string(),
        "-keyform",
        "DER",
        "-sigopt",
        "distid:1234567812345678",
        "-signature",
        &sig.display().to_string(),
        &msg.display().to_string(),
    ]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "Verified OK",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    env.ok(&[
        "verify",
        "--key-id",
        &id,
        "--message",
        &format!("fileb://{}", msg.display()),
        "--signing-algorithm",
        "SM2DSA",
        "--signature",
        v["Signature"].as_str().unwrap(),
    ]);
    env.service_err(
        &[
            "verify",
            "--key-id",
            &id,
            "--message",
            "aGk=",
            "--signing-algorithm",
            "SM2DSA",
            "--signature",
            v["Signature"].as_str().unwrap(),
        ],
        "Verify",
        "KMSInvalidSignatureException",
        "",
    );
}

#[test]
fn sm2pke_interoperates_with_openssl() {
    let env = Env::new();
    let id = key(&env, "ENCRYPT_DECRYPT");
    let md = env.ok(&["describe-key", "--key-id", &id])["KeyMetadata"].clone();
    assert_eq!(md["EncryptionAlgorithms"], serde_json::json!(["SM2PKE"]));
    let pub_der = env.file(
        "sm2e.der",
        &unb64(
            env.ok(&["get-public-key", "--key-id", &id])["PublicKey"]
                .as_str()
                .unwrap(),
        ),
    );
    let pt = env.file("pt.bin", b"SM2 secret");
    let ct = env.dir.path().join("ct.der");
    let out = openssl(&[
        "pkeyutl",
        "-encrypt",
        "-pubin",
        "-inkey",
        &pub_der.display().to_string(),
        "-keyform",
        "DER",
        "-in",
        &pt.display().to_string(),
        "-out",
        &ct.display().to_string(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let d = env.ok(&[
        "decrypt",
        "--key-id",
        &id,
        "--encryption-algorithm",
        "SM2PKE",
        "--ciphertext-blob",
        &format!("fileb://{}", ct.display()),
    ]);
    assert_eq!(unb64(d["Plaintext"].as_str().unwrap()), b"SM2 secret");
    let e = env.ok(&[
        "encrypt",
        "--key-id",
        &id,
        "--encryption-algorithm",
        "SM2PKE",
        "--plaintext",
        "aGk=",
    ]);
    let d = env.ok(&[
        "decrypt",
        "--key-id",
        &id,
        "--encryption-algorithm",
        "SM2PKE",
        "--ciphertext-blob",
        e["CiphertextBlob"].as_str().unwrap(),
    ]);
    assert_eq!(d["Plaintext"], "aGk=");
    env.service_err(
        &[
            "encrypt",
            "--key-id",
            &id,
            "--encryption-algorithm",
            "SM2PKE",
            "--plaintext",
            &b64(&[1u8; 1025]),
        ],
        "Encrypt",
        "ValidationException",
        "Algorithm SM2PKE and key spec SM2 cannot encrypt data larger than 1024 bytes.",
    );
}

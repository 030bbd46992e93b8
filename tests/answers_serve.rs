//! Issue 15 through `lkms serve`: boto3 (tests/clients/answers_boto3.py) checks items 1–10 with
//! AWS's exact codes and texts; a raw HTTP client checks that an error without a message has no
//! `message` member at all; and the real aws CLI prints the same text for it as lkms's own CLI.

mod common;
#[path = "serve_support/mod.rs"]
mod support;

use common::*;
use serde_json::json;
use std::process::Command;
use support::*;

fn key(env: &Env, spec: &str, usage: &str) -> String {
    env.ok(&["create-key", "--key-spec", spec, "--key-usage", usage])["KeyMetadata"]["KeyId"]
        .as_str()
        .unwrap()
        .to_string()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Keys in every situation the boto3 script checks, made on the command line.
fn fixture(env: &Env) -> serde_json::Value {
    let sym = env.create_key();
    let other = env.create_key();
    let pending_deletion = env.create_key();
    let pending_blob = unb64(&env.encrypt(&pending_deletion, b"x"));
    env.ok(&[
        "schedule-key-deletion",
        "--key-id",
        &pending_deletion,
        "--pending-window-in-days",
        "7",
    ]);
    let disabled = env.create_key();
    env.ok(&["disable-key", "--key-id", &disabled]);
    let disabled_rsa = key(env, "RSA_2048", "SIGN_VERIFY");
    env.ok(&["disable-key", "--key-id", &disabled_rsa]);
    let rsa = key(env, "RSA_2048", "ENCRYPT_DECRYPT");
    let der = env.file(
        "rsa.der",
        &unb64(
            env.ok(&["get-public-key", "--key-id", &rsa])["PublicKey"]
                .as_str()
                .unwrap(),
        ),
    );
    let pt = env.file("pt.bin", b"made by openssl");
    let ct = env.dir.path().join("ct.bin");
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
        "rsa_oaep_md:sha256",
        "-pkeyopt",
        "rsa_mgf1_md:sha256",
        "-in",
        &pt.display().to_string(),
        "-out",
        &ct.display().to_string(),
    ]);
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
    let imported = "11111111-2222-4333-8444-555555555555";
    let imported_ecc = "22222222-3333-4444-8555-666666666666";
    let seed = json!({"LkmsSeed": 1, "Keys": [
        {"KeyId": imported, "Origin": "EXTERNAL", "KeyMaterial": b64(&[3u8; 32])},
        {"KeyId": imported_ecc, "Origin": "EXTERNAL", "KeySpec": "ECC_NIST_P256",
         "KeyUsage": "SIGN_VERIFY", "KeyMaterial": std::fs::read_to_string(&pem).unwrap()},
    ]});
    let seed_file = env.file("seed.json", seed.to_string().as_bytes());
    env.ok(&[
        "keystore",
        "seed",
        "--file",
        &seed_file.display().to_string(),
    ]);
    json!({
        "sym": sym,
        "other": other,
        "pending_deletion": pending_deletion,
        "pending_blob": hex(&pending_blob),
        "pending_import": env.create_external_key(),
        "disabled": disabled,
        "disabled_rsa": disabled_rsa,
        "rsa": rsa,
        "signer": key(env, "ECC_NIST_P256", "SIGN_VERIFY"),
        "mac": key(env, "HMAC_256", "GENERATE_VERIFY_MAC"),
        "agree": key(env, "ECC_NIST_P256", "KEY_AGREEMENT"),
        "imported": imported,
        "imported_ecc": imported_ecc,
        "openssl_sha256_blob": hex(&std::fs::read(&ct).unwrap()),
    })
}

fn client(env: &Env, program: &str) -> Command {
    let mut cmd = Command::new(program);
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.dir.path())
        .env("AWS_ACCESS_KEY_ID", ACCESS_KEY)
        .env("AWS_SECRET_ACCESS_KEY", SECRET)
        .env("AWS_DEFAULT_REGION", "us-east-1")
        .env("AWS_CONFIG_FILE", env.dir.path().join("no-config"))
        .env(
            "AWS_SHARED_CREDENTIALS_FILE",
            env.dir.path().join("no-credentials"),
        );
    cmd
}

#[test]
fn items_1_to_10_through_boto3() {
    let bin = venv_bin();
    let env = env_with_credentials(&[]);
    let fx = fixture(&env);
    let fx_file = env.file("fixture.json", fx.to_string().as_bytes());
    let server = Server::start(&env, &[], &[]);
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/clients/answers_boto3.py"
    );
    let out = client(&env, &format!("{bin}/python"))
        .args([script, &server.endpoint, &fx_file.display().to_string()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "ok\n");
}

/// Item 1 on the wire: the body is `{"__type": code}` and nothing else, for each case.
#[test]
fn item_1_no_message_member_on_the_wire() {
    let env = Env::new();
    let signer = key(&env, "ECC_NIST_P256", "SIGN_VERIFY");
    let sig = env.ok(&[
        "sign",
        "--key-id",
        &signer,
        "--message",
        "aGk=",
        "--message-type",
        "RAW",
        "--signing-algorithm",
        "ECDSA_SHA_256",
    ])["Signature"]
        .as_str()
        .unwrap()
        .to_string();
    let sym = env.create_key();
    let blob = env.encrypt(&sym, b"x");
    let mac = key(&env, "HMAC_256", "GENERATE_VERIFY_MAC");
    let rsa = key(&env, "RSA_2048", "ENCRYPT_DECRYPT");
    let agree = key(&env, "ECC_NIST_P256", "KEY_AGREEMENT");
    let server = Server::start(&env, &["--dev"], &[]);
    for (op, body, code) in [
        (
            "Verify",
            json!({"KeyId": signer, "Message": "Ynll", "MessageType": "RAW",
            "SigningAlgorithm": "ECDSA_SHA_256", "Signature": sig}),
            "KMSInvalidSignatureException",
        ),
        (
            "Decrypt",
            json!({"CiphertextBlob": blob, "EncryptionContext": {"a": "b"}}),
            "InvalidCiphertextException",
        ),
        (
            "VerifyMac",
            json!({"KeyId": mac, "MacAlgorithm": "HMAC_SHA_256", "Message": "aGk=",
            "Mac": b64(&[0u8; 32])}),
            "KMSInvalidMacException",
        ),
        (
            "RotateKeyOnDemand",
            json!({"KeyId": rsa}),
            "UnsupportedOperationException",
        ),
        (
            "DeriveSharedSecret",
            json!({"KeyId": agree, "KeyAgreementAlgorithm": "ECDH",
            "PublicKey": "AAAA"}),
            "ValidationException",
        ),
    ] {
        let (status, reply) = server.send(op, &[], &body.to_string());
        assert_eq!(status, 400, "{op}: {reply}");
        assert_eq!(reply, json!({"__type": code}), "{op}");
    }
    // An error with a message still carries it.
    let (_, reply) = server.send("DescribeKey", &[], r#"{"KeyId": "alias/none"}"#);
    assert_eq!(
        reply,
        json!({"__type": "NotFoundException",
               "message": "Alias arn:aws:kms:us-east-1:111122223333:alias/none is not found."})
    );
}

/// Item 1 in the aws CLI: for an error without a message, the real aws CLI and lkms's CLI print
/// the same text.
#[test]
fn item_1_the_aws_cli_prints_what_lkms_prints() {
    let bin = venv_bin();
    let env = env_with_credentials(&[]);
    let signer = key(&env, "ECC_NIST_P256", "SIGN_VERIFY");
    let sig = env.ok(&[
        "sign",
        "--key-id",
        &signer,
        "--message",
        "aGk=",
        "--message-type",
        "RAW",
        "--signing-algorithm",
        "ECDSA_SHA_256",
    ])["Signature"]
        .as_str()
        .unwrap()
        .to_string();
    let message = env.file("message.bin", b"bye");
    let signature = env.file("signature.bin", &unb64(&sig));
    let args = [
        "kms".to_string(),
        "verify".into(),
        "--key-id".into(),
        signer.clone(),
        "--message".into(),
        format!("fileb://{}", message.display()),
        "--message-type".into(),
        "RAW".into(),
        "--signing-algorithm".into(),
        "ECDSA_SHA_256".into(),
        "--signature".into(),
        format!("fileb://{}", signature.display()),
    ];
    let server = Server::start(&env, &[], &[]);
    let aws = client(&env, &format!("{bin}/aws"))
        .args(&args)
        .args(["--endpoint-url", &server.endpoint])
        .output()
        .unwrap();
    let refs: Vec<&str> = args.iter().skip(1).map(String::as_str).collect();
    let ours = env.run(&refs);
    assert_eq!(ours.code, 254);
    assert!(!aws.status.success());
    // The installed aws CLI is v1, which prints the line without v2's `aws: [ERROR]:` and
    // keeps the trailing blank that v2 strips.
    let v1 = String::from_utf8_lossy(&aws.stderr);
    assert_eq!(format!("\naws: [ERROR]: {}\n", v1.trim()), ours.stderr);
    assert_eq!(
        ours.stderr,
        "\naws: [ERROR]: An error occurred (KMSInvalidSignatureException) when calling the Verify operation:\n"
    );
}

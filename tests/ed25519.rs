//! Ed25519 keys (ECC_NIST_EDWARDS25519): pure EdDSA signatures that openssl verifies, and
//! Ed25519ph.

mod common;
use common::*;
use std::process::Command;

#[test]
fn ed25519_signatures() {
    let env = Env::new();
    let id = env.ok(&[
        "create-key",
        "--key-spec",
        "ECC_NIST_EDWARDS25519",
        "--key-usage",
        "SIGN_VERIFY",
    ])["KeyMetadata"]["KeyId"]
        .as_str()
        .unwrap()
        .to_string();
    let md = env.ok(&["describe-key", "--key-id", &id])["KeyMetadata"].clone();
    assert_eq!(
        md["SigningAlgorithms"],
        serde_json::json!(["ED25519_SHA_512", "ED25519_PH_SHA_512"])
    );
    let pk = env.ok(&["get-public-key", "--key-id", &id]);
    let pub_der = env.file("ed.der", &unb64(pk["PublicKey"].as_str().unwrap()));
    let msg = env.file("msg.bin", b"edwards says hello");
    let v = env.ok(&[
        "sign",
        "--key-id",
        &id,
        "--message",
        &format!("fileb://{}", msg.display()),
        "--signing-algorithm",
        "ED25519_SHA_512",
    ]);
    let sig = unb64(v["Signature"].as_str().unwrap());
    assert_eq!(sig.len(), 64);
    let sig_file = env.file("ed.sig", &sig);
    let out = Command::new("openssl")
        .args(["pkeyutl", "-verify", "-pubin", "-inkey"])
        .arg(&pub_der)
        .args(["-keyform", "DER", "-rawin", "-in"])
        .arg(&msg)
        .arg("-sigfile")
        .arg(&sig_file)
        .output()
        .expect("the openssl command line is installed");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("Signature Verified Successfully"),
        "{out:?}"
    );
    env.ok(&[
        "verify",
        "--key-id",
        &id,
        "--message",
        &format!("fileb://{}", msg.display()),
        "--signing-algorithm",
        "ED25519_SHA_512",
        "--signature",
        v["Signature"].as_str().unwrap(),
    ]);

    let ph = env.ok(&[
        "sign",
        "--key-id",
        &id,
        "--message",
        "aGk=",
        "--signing-algorithm",
        "ED25519_PH_SHA_512",
    ]);
    env.ok(&[
        "verify",
        "--key-id",
        &id,
        "--message",
        "aGk=",
        "--signing-algorithm",
        "ED25519_PH_SHA_512",
        "--signature",
        ph["Signature"].as_str().unwrap(),
    ]);
    env.service_err(
        &[
            "verify",
            "--key-id",
            &id,
            "--message",
            "aGk=",
            "--signing-algorithm",
            "ED25519_SHA_512",
            "--signature",
            ph["Signature"].as_str().unwrap(),
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
            &b64(&[0u8; 64]),
            "--message-type",
            "DIGEST",
            "--signing-algorithm",
            "ED25519_SHA_512",
        ],
        "Sign",
        "ValidationException",
        "The ED25519_SHA_512 signing algorithm requires MessageType RAW.",
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
        "Algorithm ECDSA_SHA_256 is incompatible with key spec ECC_NIST_EDWARDS25519.",
    );
}

#[test]
fn ed25519ph_over_a_digest_computed_outside() {
    let env = Env::new();
    let id = env.ok(&[
        "create-key",
        "--key-spec",
        "ECC_NIST_EDWARDS25519",
        "--key-usage",
        "SIGN_VERIFY",
    ])["KeyMetadata"]["KeyId"]
        .as_str()
        .unwrap()
        .to_string();
    let msg = env.file("m.bin", b"prehashed elsewhere");
    let digest = Command::new("openssl")
        .args(["dgst", "-sha512", "-binary"])
        .arg(&msg)
        .output()
        .unwrap()
        .stdout;
    assert_eq!(digest.len(), 64);
    let d = env.ok(&[
        "sign",
        "--key-id",
        &id,
        "--message",
        &b64(&digest),
        "--message-type",
        "DIGEST",
        "--signing-algorithm",
        "ED25519_PH_SHA_512",
    ]);
    // It verifies as Ed25519ph of the message itself.
    env.ok(&[
        "verify",
        "--key-id",
        &id,
        "--message",
        &format!("fileb://{}", msg.display()),
        "--signing-algorithm",
        "ED25519_PH_SHA_512",
        "--signature",
        d["Signature"].as_str().unwrap(),
    ]);
    env.service_err(
        &[
            "sign",
            "--key-id",
            &id,
            "--message",
            &b64(&digest[1..]),
            "--message-type",
            "DIGEST",
            "--signing-algorithm",
            "ED25519_PH_SHA_512",
        ],
        "Sign",
        "ValidationException",
        "Digest is invalid length for algorithm ED25519_PH_SHA_512.",
    );
}

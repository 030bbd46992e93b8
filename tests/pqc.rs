//! ML-KEM encapsulation, and ML-DSA and ML-KEM checked against a second implementation:
//! pyca/cryptography (PyPI), whose wheels bundle an OpenSSL with ML-DSA and ML-KEM.
//! `.ci/run` installs it into `.ci/.venv`; where it is missing these checks say they were
//! skipped, and with `CI=true` they fail.

mod common;
use common::*;
use std::process::Command;

/// A Python with pyca/cryptography's ML-DSA and ML-KEM, if there is one.
fn pyca() -> Option<String> {
    let candidates = [
        std::env::var("LKMS_TEST_PYTHON").ok(),
        Some(concat!(env!("CARGO_MANIFEST_DIR"), "/.ci/.venv/bin/python").to_string()),
        Some("python3".to_string()),
    ];
    for py in candidates.into_iter().flatten() {
        let ok = Command::new(&py)
            .args([
                "-c",
                "from cryptography.hazmat.primitives.asymmetric import mldsa, mlkem",
            ])
            .output()
            .is_ok_and(|o| o.status.success());
        if ok {
            return Some(py);
        }
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!(
            "pyca/cryptography with ML-DSA/ML-KEM is missing, but CI=true: .ci/run must install it"
        );
    }
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED: pyca/cryptography with ML-DSA/ML-KEM not installed"
    );
    None
}

fn python(py: &str, script: &str, args: &[&str]) -> String {
    let out = Command::new(py)
        .arg("-c")
        .arg(script)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

fn create(env: &Env, spec: &str, usage: &str) -> String {
    env.ok(&["create-key", "--key-spec", spec, "--key-usage", usage])["KeyMetadata"]["KeyId"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn ml_kem_round_trip_and_rules() {
    let env = Env::new();
    for spec in ["ML_KEM_512", "ML_KEM_768", "ML_KEM_1024"] {
        let id = create(&env, spec, "ENCAPSULATE_DECAPSULATE");
        let md = env.ok(&["describe-key", "--key-id", &id])["KeyMetadata"].clone();
        assert_eq!(md["EncapsulationAlgorithms"], serde_json::json!(["ML_KEM"]));
        assert_eq!(
            env.ok(&["get-public-key", "--key-id", &id])["EncapsulationAlgorithms"],
            serde_json::json!(["ML_KEM"])
        );
        let e = env.ok(&[
            "encapsulate",
            "--key-id",
            &id,
            "--encapsulation-algorithm",
            "ML_KEM",
        ]);
        assert_eq!(
            e.as_object().unwrap().keys().collect::<Vec<_>>(),
            [
                "KeyId",
                "SharedSecret",
                "SharedSecretCiphertextBlob",
                "EncapsulationAlgorithm"
            ]
        );
        let d = env.ok(&[
            "decapsulate",
            "--key-id",
            &id,
            "--encapsulation-algorithm",
            "ML_KEM",
            "--shared-secret-ciphertext-blob",
            e["SharedSecretCiphertextBlob"].as_str().unwrap(),
        ]);
        assert_eq!(d["SharedSecret"], e["SharedSecret"]);
        assert_eq!(unb64(d["SharedSecret"].as_str().unwrap()).len(), 32);
        // A changed ciphertext gives another secret (ML-KEM's implicit rejection).
        let mut ct = unb64(e["SharedSecretCiphertextBlob"].as_str().unwrap());
        ct[0] ^= 1;
        let d2 = env.ok(&[
            "decapsulate",
            "--key-id",
            &id,
            "--encapsulation-algorithm",
            "ML_KEM",
            "--shared-secret-ciphertext-blob",
            &b64(&ct),
        ]);
        assert_ne!(d2["SharedSecret"], e["SharedSecret"]);
        env.service_err(
            &[
                "decapsulate",
                "--key-id",
                &id,
                "--encapsulation-algorithm",
                "ML_KEM",
                "--shared-secret-ciphertext-blob",
                &b64(&ct[1..]),
            ],
            "Decapsulate",
            "InvalidCiphertextException",
            "",
        );
    }
    let sym = env.create_key();
    env.service_err(
        &[
            "encapsulate",
            "--key-id",
            &sym,
            "--encapsulation-algorithm",
            "ML_KEM",
        ],
        "Encapsulate",
        "InvalidKeyUsageException",
        &format!(
            "{} key usage is ENCRYPT_DECRYPT which is not valid for Encapsulate.",
            env.arn(&sym)
        ),
    );
}

#[test]
fn pyca_cryptography_agrees() {
    let Some(py) = pyca() else { return };
    let env = Env::new();
    // pyca encapsulates to lkms's public key; lkms decapsulates the same secret.
    for spec in ["ML_KEM_768", "ML_KEM_1024"] {
        let id = create(&env, spec, "ENCAPSULATE_DECAPSULATE");
        let der = env.ok(&["get-public-key", "--key-id", &id])["PublicKey"]
            .as_str()
            .unwrap()
            .to_string();
        let out = python(
            &py,
            "import base64,sys\nfrom cryptography.hazmat.primitives import serialization\nk=serialization.load_der_public_key(base64.b64decode(sys.argv[1]))\nss,ct=k.encapsulate()\nprint(base64.b64encode(ss).decode(), base64.b64encode(ct).decode())",
            &[&der],
        );
        let (ss, ct) = out.split_once(' ').unwrap();
        let d = env.ok(&[
            "decapsulate",
            "--key-id",
            &id,
            "--encapsulation-algorithm",
            "ML_KEM",
            "--shared-secret-ciphertext-blob",
            ct,
        ]);
        assert_eq!(d["SharedSecret"], ss, "{spec}");
    }
    // pyca verifies lkms's ML-DSA signatures with lkms's public key.
    for spec in ["ML_DSA_44", "ML_DSA_65", "ML_DSA_87"] {
        let id = create(&env, spec, "SIGN_VERIFY");
        let der = env.ok(&["get-public-key", "--key-id", &id])["PublicKey"]
            .as_str()
            .unwrap()
            .to_string();
        let message = b64(b"checked by a second implementation");
        let sig = env.ok(&[
            "sign",
            "--key-id",
            &id,
            "--message",
            &message,
            "--signing-algorithm",
            "ML_DSA_SHAKE_256",
        ])["Signature"]
            .as_str()
            .unwrap()
            .to_string();
        let verdict = python(
            &py,
            "import base64,sys\nfrom cryptography.hazmat.primitives import serialization\nk=serialization.load_der_public_key(base64.b64decode(sys.argv[1]))\nk.verify(base64.b64decode(sys.argv[3]), base64.b64decode(sys.argv[2]))\nprint('ok')",
            &[&der, &message, &sig],
        );
        assert_eq!(verdict, "ok", "{spec}");
    }
}

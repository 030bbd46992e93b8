//! ML-DSA keys (ML_DSA_44/65/87): RAW signatures, and EXTERNAL_MU signatures over a μ computed
//! outside lkms (FIPS 204: μ = SHAKE256(SHAKE256(pk, 64) ‖ 0 ‖ 0 ‖ M, 64), here with Python's
//! hashlib), which must verify as signatures of M.

mod common;
use common::*;
use std::process::Command;

fn mu(public_key_raw: &[u8], message: &[u8]) -> Vec<u8> {
    let script = "import hashlib,sys\npk=bytes.fromhex(sys.argv[1]); m=bytes.fromhex(sys.argv[2])\ntr=hashlib.shake_256(pk).digest(64)\nsys.stdout.write(hashlib.shake_256(tr+b'\\x00\\x00'+m).digest(64).hex())";
    let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
    let out = Command::new("python3")
        .args(["-c", script, &hex(public_key_raw), &hex(message)])
        .output()
        .expect("python3 is installed");
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
        .collect()
}

#[test]
fn ml_dsa_raw_and_external_mu() {
    let env = Env::new();
    for (spec, pk_len) in [
        ("ML_DSA_44", 1312),
        ("ML_DSA_65", 1952),
        ("ML_DSA_87", 2592),
    ] {
        let id = env.ok(&[
            "create-key",
            "--key-spec",
            spec,
            "--key-usage",
            "SIGN_VERIFY",
        ])["KeyMetadata"]["KeyId"]
            .as_str()
            .unwrap()
            .to_string();
        let md = env.ok(&["describe-key", "--key-id", &id])["KeyMetadata"].clone();
        assert_eq!(
            md["SigningAlgorithms"],
            serde_json::json!(["ML_DSA_SHAKE_256"])
        );
        let spki = unb64(
            env.ok(&["get-public-key", "--key-id", &id])["PublicKey"]
                .as_str()
                .unwrap(),
        );
        let raw_pk = &spki[spki.len() - pk_len..];
        let message = b"post-quantum hello";
        let v = env.ok(&[
            "sign",
            "--key-id",
            &id,
            "--message",
            &b64(message),
            "--signing-algorithm",
            "ML_DSA_SHAKE_256",
        ]);
        env.ok(&[
            "verify",
            "--key-id",
            &id,
            "--message",
            &b64(message),
            "--signing-algorithm",
            "ML_DSA_SHAKE_256",
            "--signature",
            v["Signature"].as_str().unwrap(),
        ]);
        let m = mu(raw_pk, message);
        let e = env.ok(&[
            "sign",
            "--key-id",
            &id,
            "--message",
            &b64(&m),
            "--message-type",
            "EXTERNAL_MU",
            "--signing-algorithm",
            "ML_DSA_SHAKE_256",
        ]);
        // A signature over μ is a signature over the message itself.
        env.ok(&[
            "verify",
            "--key-id",
            &id,
            "--message",
            &b64(message),
            "--signing-algorithm",
            "ML_DSA_SHAKE_256",
            "--signature",
            e["Signature"].as_str().unwrap(),
        ]);
        env.service_err(
            &[
                "verify",
                "--key-id",
                &id,
                "--message",
                &b64(b"other"),
                "--signing-algorithm",
                "ML_DSA_SHAKE_256",
                "--signature",
                e["Signature"].as_str().unwrap(),
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
                &b64(&m[..63]),
                "--message-type",
                "EXTERNAL_MU",
                "--signing-algorithm",
                "ML_DSA_SHAKE_256",
            ],
            "Sign",
            "ValidationException",
            "Digest is invalid length for algorithm ML_DSA_SHAKE_256.",
        );
        env.service_err(
            &[
                "sign",
                "--key-id",
                &id,
                "--message",
                &b64(&m),
                "--message-type",
                "DIGEST",
                "--signing-algorithm",
                "ML_DSA_SHAKE_256",
            ],
            "Sign",
            "ValidationException",
            "The ML_DSA_SHAKE_256 signing algorithm does not support MessageType DIGEST.",
        );
    }
}

//! Elliptic-curve keys (P-256, P-384, P-521, secp256k1): get-public-key, sign, verify and
//! derive-shared-secret, checked with the openssl command line.

mod common;
use common::*;
use std::path::Path;

const SIGNING: [(&str, &str, &str, &str, usize); 4] = [
    ("ECC_NIST_P256", "ECDSA_SHA_256", "-sha256", "P-256", 32),
    ("ECC_NIST_P384", "ECDSA_SHA_384", "-sha384", "P-384", 48),
    ("ECC_NIST_P521", "ECDSA_SHA_512", "-sha512", "P-521", 64),
    (
        "ECC_SECG_P256K1",
        "ECDSA_SHA_256",
        "-sha256",
        "secp256k1",
        32,
    ),
];

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

fn s(p: &Path) -> String {
    p.display().to_string()
}

#[test]
fn signatures_verify_with_openssl() {
    let env = Env::new();
    let msg = env.file("msg.txt", b"sign me, please\n");
    for (spec, alg, digest, curve, dlen) in SIGNING {
        let id = key(&env, spec, "SIGN_VERIFY");
        let md = env.ok(&["describe-key", "--key-id", &id])["KeyMetadata"].clone();
        assert_eq!(md["SigningAlgorithms"], serde_json::json!([alg]), "{spec}");
        assert!(md.get("EncryptionAlgorithms").is_none());
        let pk = env.ok(&["get-public-key", "--key-id", &id]);
        assert_eq!(
            pk.as_object().unwrap().keys().collect::<Vec<_>>(),
            [
                "KeyId",
                "PublicKey",
                "CustomerMasterKeySpec",
                "KeySpec",
                "KeyUsage",
                "SigningAlgorithms"
            ]
        );
        let pub_der = public_key_file(&env, &id, &format!("{spec}.der"));
        let text = openssl(&[
            "pkey",
            "-pubin",
            "-inform",
            "DER",
            "-in",
            &s(&pub_der),
            "-text",
            "-noout",
        ]);
        let text = String::from_utf8_lossy(&text);
        assert!(
            text.contains(curve)
                || text.contains(&curve.to_lowercase())
                || (curve == "P-256" && text.contains("prime256v1")),
            "{spec}: {text}"
        );

        // RAW: lkms hashes the message.
        let v = env.ok(&[
            "sign",
            "--key-id",
            &id,
            "--message",
            &format!("fileb://{}", s(&msg)),
            "--signing-algorithm",
            alg,
        ]);
        assert_eq!(v["SigningAlgorithm"], alg);
        let sig = env.file("sig.bin", &unb64(v["Signature"].as_str().unwrap()));
        let out = openssl(&[
            "dgst",
            digest,
            "-verify",
            &s(&pub_der),
            "-keyform",
            "DER",
            "-signature",
            &s(&sig),
            &s(&msg),
        ]);
        assert_eq!(
            String::from_utf8_lossy(&out).trim(),
            "Verified OK",
            "{spec}"
        );
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

        // DIGEST: the message is the digest and is not hashed again.
        let d = openssl(&["dgst", digest, "-binary", &s(&msg)]);
        assert_eq!(d.len(), dlen);
        let dfile = env.file("digest.bin", &d);
        let v = env.ok(&[
            "sign",
            "--key-id",
            &id,
            "--message",
            &format!("fileb://{}", s(&dfile)),
            "--message-type",
            "DIGEST",
            "--signing-algorithm",
            alg,
        ]);
        let sig = env.file("sig2.bin", &unb64(v["Signature"].as_str().unwrap()));
        let out = openssl(&[
            "dgst",
            digest,
            "-verify",
            &s(&pub_der),
            "-keyform",
            "DER",
            "-signature",
            &s(&sig),
            &s(&msg),
        ]);
        assert_eq!(
            String::from_utf8_lossy(&out).trim(),
            "Verified OK",
            "{spec} DIGEST"
        );
        env.service_err(
            &[
                "sign",
                "--key-id",
                &id,
                "--message",
                &b64(&d[1..]),
                "--message-type",
                "DIGEST",
                "--signing-algorithm",
                alg,
            ],
            "Sign",
            "ValidationException",
            &format!("Digest is invalid length for algorithm {alg}."),
        );
        // A changed signature or message is refused.
        let mut bad = unb64(v["Signature"].as_str().unwrap());
        let last = bad.len() - 1;
        bad[last] ^= 1;
        env.service_err(
            &[
                "verify",
                "--key-id",
                &id,
                "--message",
                &format!("fileb://{}", s(&dfile)),
                "--message-type",
                "DIGEST",
                "--signing-algorithm",
                alg,
                "--signature",
                &b64(&bad),
            ],
            "Verify",
            "KMSInvalidSignatureException",
            "",
        );
        env.service_err(
            &[
                "verify",
                "--key-id",
                &id,
                "--message",
                "aGk=",
                "--signing-algorithm",
                alg,
                "--signature",
                v["Signature"].as_str().unwrap(),
            ],
            "Verify",
            "KMSInvalidSignatureException",
            "",
        );
        if spec == "ECC_SECG_P256K1" {
            for _ in 0..20 {
                let v = env.ok(&[
                    "sign",
                    "--key-id",
                    &id,
                    "--message",
                    &b64(format!("{}", rand_u32()).as_bytes()),
                    "--signing-algorithm",
                    alg,
                ]);
                let sig =
                    k256::ecdsa::Signature::from_der(&unb64(v["Signature"].as_str().unwrap()))
                        .unwrap();
                assert_eq!(sig.normalize_s(), sig, "secp256k1 signatures are low-S");
            }
        }
    }
}

fn rand_u32() -> u32 {
    let mut b = [0u8; 4];
    getrandom::fill(&mut b).unwrap();
    u32::from_le_bytes(b)
}

#[test]
fn ecdh_matches_openssl() {
    let env = Env::new();
    for (spec, curve) in [
        ("ECC_NIST_P256", "P-256"),
        ("ECC_NIST_P384", "P-384"),
        ("ECC_NIST_P521", "P-521"),
    ] {
        let id = key(&env, spec, "KEY_AGREEMENT");
        let md = env.ok(&["describe-key", "--key-id", &id])["KeyMetadata"].clone();
        assert_eq!(md["KeyAgreementAlgorithms"], serde_json::json!(["ECDH"]));
        let peer = env.dir.path().join(format!("peer-{spec}.pem"));
        openssl(&[
            "genpkey",
            "-algorithm",
            "EC",
            "-pkeyopt",
            &format!("ec_paramgen_curve:{curve}"),
            "-out",
            &s(&peer),
        ]);
        let peer_der = env.dir.path().join(format!("peer-{spec}.der"));
        openssl(&[
            "pkey",
            "-in",
            &s(&peer),
            "-pubout",
            "-outform",
            "DER",
            "-out",
            &s(&peer_der),
        ]);
        let v = env.ok(&[
            "derive-shared-secret",
            "--key-id",
            &id,
            "--key-agreement-algorithm",
            "ECDH",
            "--public-key",
            &format!("fileb://{}", s(&peer_der)),
        ]);
        assert_eq!(
            v.as_object().unwrap().keys().collect::<Vec<_>>(),
            [
                "KeyId",
                "SharedSecret",
                "KeyAgreementAlgorithm",
                "KeyOrigin"
            ]
        );
        assert_eq!(v["KeyOrigin"], "AWS_KMS");
        let kms_pub = public_key_file(&env, &id, &format!("kms-{spec}.der"));
        let expected = openssl(&[
            "pkeyutl",
            "-derive",
            "-inkey",
            &s(&peer),
            "-peerkey",
            &s(&kms_pub),
            "-peerform",
            "DER",
        ]);
        assert_eq!(
            unb64(v["SharedSecret"].as_str().unwrap()),
            expected,
            "{spec}"
        );
        env.service_err(
            &[
                "derive-shared-secret",
                "--key-id",
                &id,
                "--key-agreement-algorithm",
                "ECDH",
                "--public-key",
                "AAAA",
            ],
            "DeriveSharedSecret",
            "ValidationException",
            // AWS sends no message for a public key it cannot use.
            "",
        );
    }
}

#[test]
fn usage_and_spec_rules() {
    let env = Env::new();
    let signer = key(&env, "ECC_NIST_P256", "SIGN_VERIFY");
    let agreer = key(&env, "ECC_NIST_P384", "KEY_AGREEMENT");
    let sym = env.create_key();
    env.service_err(
        &["encrypt", "--key-id", &signer, "--plaintext", "aGk="],
        "Encrypt",
        "InvalidKeyUsageException",
        &format!(
            "{} key usage is SIGN_VERIFY which is not valid for Encrypt.",
            env.arn(&signer)
        ),
    );
    env.service_err(
        &[
            "sign",
            "--key-id",
            &agreer,
            "--message",
            "aGk=",
            "--signing-algorithm",
            "ECDSA_SHA_384",
        ],
        "Sign",
        "InvalidKeyUsageException",
        &format!(
            "{} key usage is KEY_AGREEMENT which is not valid for Sign.",
            env.arn(&agreer)
        ),
    );
    env.service_err(
        &[
            "derive-shared-secret",
            "--key-id",
            &signer,
            "--key-agreement-algorithm",
            "ECDH",
            "--public-key",
            "AAAA",
        ],
        "DeriveSharedSecret",
        "InvalidKeyUsageException",
        &format!(
            "{} key usage is SIGN_VERIFY which is not valid for DeriveSharedSecret.",
            env.arn(&signer)
        ),
    );
    env.service_err(
        &[
            "sign",
            "--key-id",
            &signer,
            "--message",
            "aGk=",
            "--signing-algorithm",
            "ECDSA_SHA_384",
        ],
        "Sign",
        "InvalidKeyUsageException",
        "Algorithm ECDSA_SHA_384 is incompatible with key spec ECC_NIST_P256.",
    );
    env.service_err(
        &["get-public-key", "--key-id", &sym],
        "GetPublicKey",
        "UnsupportedOperationException",
        &format!(
            "{} key spec is SYMMETRIC_DEFAULT which is not valid for GetPublicKey.",
            env.arn(&sym)
        ),
    );
    env.service_err(
        &[
            "create-key",
            "--key-spec",
            "ECC_SECG_P256K1",
            "--key-usage",
            "KEY_AGREEMENT",
        ],
        "CreateKey",
        "ValidationException",
        "KeyUsage KEY_AGREEMENT is not compatible with KeySpec ECC_SECG_P256K1",
    );
    env.service_err(
        &["create-key", "--key-spec", "ECC_NIST_P256"],
        "CreateKey",
        "ValidationException",
        "You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.",
    );
    // Aliases work for Sign, Verify and GetPublicKey.
    env.ok(&[
        "create-alias",
        "--alias-name",
        "alias/signer",
        "--target-key-id",
        &signer,
    ]);
    let v = env.ok(&[
        "sign",
        "--key-id",
        "alias/signer",
        "--message",
        "aGk=",
        "--signing-algorithm",
        "ECDSA_SHA_256",
    ]);
    env.ok(&[
        "verify",
        "--key-id",
        "alias/signer",
        "--message",
        "aGk=",
        "--signing-algorithm",
        "ECDSA_SHA_256",
        "--signature",
        v["Signature"].as_str().unwrap(),
    ]);
    env.ok(&["get-public-key", "--key-id", "alias/signer"]);
    // Key states apply.
    env.ok(&["disable-key", "--key-id", &signer]);
    env.service_err(
        &[
            "sign",
            "--key-id",
            &signer,
            "--message",
            "aGk=",
            "--signing-algorithm",
            "ECDSA_SHA_256",
        ],
        "Sign",
        "DisabledException",
        &format!("{} is disabled.", env.arn(&signer)),
    );
    // Asymmetric keys do not rotate: AWS says so without a message.
    env.service_err(
        &["rotate-key-on-demand", "--key-id", &agreer],
        "RotateKeyOnDemand",
        "UnsupportedOperationException",
        "",
    );
}

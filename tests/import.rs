//! Importing key material (issue 6): the AWS guide's flow scripted with the real openssl command
//! line — get-parameters-for-import, wrap with `openssl pkeyutl` / `openssl enc
//! -id-aes256-wrap-pad`, import-key-material — for symmetric, HMAC, RSA, ECC and SM2 keys, and
//! proof that lkms then uses exactly the imported material.

mod common;
use common::*;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::Command;

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The two files the guide's step 2 produces: the wrapping public key and the import token.
struct Params {
    public_key: PathBuf,
    token: PathBuf,
    valid_to: String,
}

fn params(env: &Env, key_id: &str, alg: &str, spec: &str) -> Params {
    let v = env.ok(&[
        "get-parameters-for-import",
        "--key-id",
        key_id,
        "--wrapping-algorithm",
        alg,
        "--wrapping-key-spec",
        spec,
    ]);
    assert_eq!(v["KeyId"], env.arn(key_id));
    // Each call gets its own files: a test may hold several tokens for one key.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tag = format!("{key_id}-{alg}-{spec}-{n}");
    Params {
        public_key: env.file(
            &format!("wrapping-{tag}.der"),
            &unb64(v["PublicKey"].as_str().unwrap()),
        ),
        token: env.file(
            &format!("token-{tag}.bin"),
            &unb64(v["ImportToken"].as_str().unwrap()),
        ),
        valid_to: v["ParametersValidTo"].as_str().unwrap().to_string(),
    }
}

/// Wraps `material` as the AWS guide does for `alg`, with openssl only.
fn wrap(env: &Env, alg: &str, public_key: &Path, material: &Path) -> PathBuf {
    let out = env.dir.path().join(format!(
        "wrapped-{}-{}",
        alg,
        material.file_name().unwrap().to_str().unwrap()
    ));
    // `openssl pkeyutl -encrypt` under the wrapping key: OAEP with `md` for RSA, plain for SM2.
    let pkeyutl = |md: Option<&str>, input: &Path, output: &Path| {
        let mut args = vec![
            "pkeyutl".to_string(),
            "-encrypt".into(),
            "-pubin".into(),
            "-inkey".into(),
            path(public_key).into(),
            "-keyform".into(),
            "DER".into(),
            "-in".into(),
            path(input).into(),
            "-out".into(),
            path(output).into(),
        ];
        if let Some(md) = md {
            for opt in [
                "rsa_padding_mode:oaep".to_string(),
                format!("rsa_oaep_md:{md}"),
                format!("rsa_mgf1_md:{md}"),
            ] {
                args.extend(["-pkeyopt".to_string(), opt]);
            }
        }
        openssl(&strs(&args));
    };
    let oaep = |md: &str, input: &Path, output: &Path| pkeyutl(Some(md), input, output);
    match alg {
        "RSAES_OAEP_SHA_1" => oaep("sha1", material, &out),
        "RSAES_OAEP_SHA_256" => oaep("sha256", material, &out),
        "RSA_AES_KEY_WRAP_SHA_1" | "RSA_AES_KEY_WRAP_SHA_256" => {
            let md = if alg.ends_with("SHA_1") {
                "sha1"
            } else {
                "sha256"
            };
            let aes = env.dir.path().join("aes-key.bin");
            openssl(&["rand", "-out", path(&aes), "32"]);
            let aes_hex: String = std::fs::read(&aes)
                .unwrap()
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            let kwp = env.dir.path().join("material-kwp.bin");
            openssl(&[
                "enc",
                "-id-aes256-wrap-pad",
                "-K",
                &aes_hex,
                "-iv",
                "A65959A6",
                "-in",
                path(material),
                "-out",
                path(&kwp),
            ]);
            let rsa = env.dir.path().join("aes-key-wrapped.bin");
            oaep(md, &aes, &rsa);
            let mut both = std::fs::read(&rsa).unwrap();
            both.extend(std::fs::read(&kwp).unwrap());
            std::fs::write(&out, both).unwrap();
        }
        "SM2PKE" => pkeyutl(None, material, &out),
        other => panic!("no wrapping for {other}"),
    }
    out
}

fn import_args<'a>(key_id: &'a str, wrapped: &'a str, token: &'a str) -> Vec<&'a str> {
    vec![
        "import-key-material",
        "--key-id",
        key_id,
        "--encrypted-key-material",
        wrapped,
        "--import-token",
        token,
    ]
}

/// The guide's steps 2 and 3 (fresh parameters, openssl wraps `material`) and the arguments of
/// step 4 for material that does not expire.
fn guide_args(env: &Env, key_id: &str, alg: &str, spec: &str, material: &Path) -> Vec<String> {
    let p = params(env, key_id, alg, spec);
    let wrapped = wrap(env, alg, &p.public_key, material);
    let (w, t) = (
        format!("fileb://{}", path(&wrapped)),
        format!("fileb://{}", path(&p.token)),
    );
    import_args(key_id, &w, &t)
        .into_iter()
        .chain(["--expiration-model", "KEY_MATERIAL_DOES_NOT_EXPIRE"])
        .map(String::from)
        .collect()
}

fn strs(args: &[String]) -> Vec<&str> {
    args.iter().map(String::as_str).collect()
}

/// Runs the whole guide: parameters, wrap, import (material that does not expire).
fn import(env: &Env, key_id: &str, alg: &str, spec: &str, material: &Path) -> Value {
    env.ok(&strs(&guide_args(env, key_id, alg, spec, material)))
}

fn random_file(env: &Env, name: &str, len: usize) -> PathBuf {
    let p = env.dir.path().join(name);
    openssl(&["rand", "-out", path(&p), &len.to_string()]);
    p
}

fn external_key(env: &Env, spec: &str, usage: &str) -> String {
    env.ok(&[
        "create-key",
        "--origin",
        "EXTERNAL",
        "--key-spec",
        spec,
        "--key-usage",
        usage,
    ])["KeyMetadata"]["KeyId"]
        .as_str()
        .unwrap()
        .to_string()
}

fn decrypt(env: &Env, blob: &str) -> Vec<u8> {
    unb64(
        env.ok(&["decrypt", "--ciphertext-blob", blob])["Plaintext"]
            .as_str()
            .unwrap(),
    )
}

#[test]
fn symmetric_import_with_every_rsa_wrapping_and_reimport_after_delete() {
    let env = Env::new();
    for (alg, spec) in [
        ("RSAES_OAEP_SHA_256", "RSA_2048"),
        ("RSAES_OAEP_SHA_1", "RSA_3072"),
        ("RSA_AES_KEY_WRAP_SHA_256", "RSA_2048"),
        ("RSA_AES_KEY_WRAP_SHA_1", "RSA_2048"),
    ] {
        let key = env.create_external_key();
        let md = env.ok(&["describe-key", "--key-id", &key])["KeyMetadata"].clone();
        assert_eq!(
            (&md["KeyState"], &md["Enabled"], &md["Origin"]),
            (&json!("PendingImport"), &json!(false), &json!("EXTERNAL"))
        );
        assert!(md.get("ExpirationModel").is_none() && md.get("ValidTo").is_none());
        let material = random_file(&env, &format!("material-{alg}.bin"), 32);
        let out = import(&env, &key, alg, spec, &material);
        assert_eq!(out["KeyId"], env.arn(&key), "{alg}");
        let material_id = out["KeyMaterialId"].as_str().unwrap().to_string();
        assert_eq!(material_id.len(), 64);
        let md = env.ok(&["describe-key", "--key-id", &key])["KeyMetadata"].clone();
        assert_eq!(md["KeyState"], "Enabled", "{alg}");
        assert_eq!(md["ExpirationModel"], "KEY_MATERIAL_DOES_NOT_EXPIRE");
        assert_eq!(md["CurrentKeyMaterialId"], material_id.as_str());
        assert!(md.get("ValidTo").is_none());

        let blob = env.encrypt(&key, b"made before the delete");
        let del = env.ok(&["delete-imported-key-material", "--key-id", &key]);
        assert_eq!(
            del,
            json!({"KeyId": env.arn(&key), "KeyMaterialId": material_id})
        );
        assert_eq!(env.state(&key), "PendingImport");
        env.service_err(
            &["decrypt", "--ciphertext-blob", &blob],
            "Decrypt",
            "KMSInvalidStateException",
            &format!("{} is pending import.", env.arn(&key)),
        );
        // Different bytes are refused; the same bytes bring the old ciphertext back.
        let other = random_file(&env, "other.bin", 32);
        env.service_err(
            &strs(&guide_args(&env, &key, alg, spec, &other)),
            "ImportKeyMaterial",
            "IncorrectKeyMaterialException",
            &format!("The key material is not associated with {}.", env.arn(&key)),
        );
        let again = import(&env, &key, alg, spec, &material);
        assert_eq!(again["KeyMaterialId"], material_id.as_str());
        assert_eq!(env.state(&key), "Enabled");
        assert_eq!(decrypt(&env, &blob), b"made before the delete");
    }
}

#[test]
fn the_same_material_in_two_keys_does_not_make_ciphertexts_portable() {
    let env = Env::new();
    let material = random_file(&env, "shared.bin", 32);
    let (a, b) = (env.create_external_key(), env.create_external_key());
    let id_a =
        import(&env, &a, "RSAES_OAEP_SHA_256", "RSA_2048", &material)["KeyMaterialId"].clone();
    let id_b =
        import(&env, &b, "RSAES_OAEP_SHA_256", "RSA_2048", &material)["KeyMaterialId"].clone();
    assert_ne!(id_a, id_b, "material IDs depend on the key");
    let blob = env.encrypt(&a, b"for a only");
    let r = env.run(&["decrypt", "--ciphertext-blob", &blob, "--key-id", &b]);
    assert_eq!(r.code, 254);
    assert!(r.stderr.contains("IncorrectKeyException"), "{r:?}");
    assert_eq!(decrypt(&env, &blob), b"for a only");
}

#[test]
fn imported_hmac_keys_match_openssl() {
    let env = Env::new();
    let message = env.file("message.bin", b"imported HMAC keys compute the same MAC");
    for (spec, alg, md, len) in [
        ("HMAC_224", "HMAC_SHA_224", "sha224", 28),
        ("HMAC_256", "HMAC_SHA_256", "sha256", 40),
        ("HMAC_384", "HMAC_SHA_384", "sha384", 128),
        ("HMAC_512", "HMAC_SHA_512", "sha512", 64),
    ] {
        let key = external_key(&env, spec, "GENERATE_VERIFY_MAC");
        let material = random_file(&env, &format!("{spec}.key"), len);
        import(&env, &key, "RSAES_OAEP_SHA_256", "RSA_4096", &material);
        let mac = env.ok(&[
            "generate-mac",
            "--key-id",
            &key,
            "--mac-algorithm",
            alg,
            "--message",
            &format!("fileb://{}", path(&message)),
        ])["Mac"]
            .as_str()
            .unwrap()
            .to_string();
        let hex: String = std::fs::read(&material)
            .unwrap()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let expected = openssl(&[
            "dgst",
            &format!("-{md}"),
            "-mac",
            "HMAC",
            "-macopt",
            &format!("hexkey:{hex}"),
            "-binary",
            path(&message),
        ]);
        assert_eq!(unb64(&mac), expected, "{spec}");
    }
    // Too short for HMAC_256.
    let key = external_key(&env, "HMAC_256", "GENERATE_VERIFY_MAC");
    let short = random_file(&env, "short.key", 16);
    env.service_err(
        &strs(&guide_args(
            &env,
            &key,
            "RSAES_OAEP_SHA_256",
            "RSA_2048",
            &short,
        )),
        "ImportKeyMaterial",
        "IncorrectKeyMaterialException",
        "The key material is not valid for a HMAC_256 key: it must be 32 to 64 bytes.",
    );
}

/// A private key made by openssl, as the PKCS#8 DER file AWS asks for, and its public key.
fn openssl_key_pair(env: &Env, name: &str, genpkey: &[&str]) -> (PathBuf, Vec<u8>) {
    let pem = env.dir.path().join(format!("{name}.pem"));
    let mut args = vec!["genpkey"];
    args.extend(genpkey);
    args.extend(["-out", path(&pem)]);
    openssl(&args);
    let der = env.dir.path().join(format!("{name}.pk8.der"));
    openssl(&[
        "pkcs8",
        "-topk8",
        "-nocrypt",
        "-in",
        path(&pem),
        "-outform",
        "DER",
        "-out",
        path(&der),
    ]);
    let public = openssl(&["pkey", "-in", path(&pem), "-pubout", "-outform", "DER"]);
    (der, public)
}

/// Key spec, openssl genpkey options, signing algorithm, openssl digest, wrapping algorithm and
/// wrapping key spec.
type SigningCase<'a> = (&'a str, &'a [&'a str], &'a str, &'a str, &'a str, &'a str);

#[test]
fn imported_signing_keys_are_the_openssl_keys() {
    let env = Env::new();
    let message = env.file("signed.txt", b"signed by an imported key");
    let cases: [SigningCase; 5] = [
        (
            "RSA_2048",
            &["-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"],
            "RSASSA_PKCS1_V1_5_SHA_256",
            "-sha256",
            "RSA_AES_KEY_WRAP_SHA_256",
            "RSA_2048",
        ),
        (
            "ECC_NIST_P256",
            &["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"],
            "ECDSA_SHA_256",
            "-sha256",
            "RSAES_OAEP_SHA_256",
            "RSA_2048",
        ),
        (
            "ECC_NIST_P384",
            &["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384"],
            "ECDSA_SHA_384",
            "-sha384",
            "RSAES_OAEP_SHA_1",
            "RSA_3072",
        ),
        (
            "ECC_NIST_P521",
            &["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-521"],
            "ECDSA_SHA_512",
            "-sha512",
            "RSA_AES_KEY_WRAP_SHA_1",
            "RSA_2048",
        ),
        (
            "ECC_SECG_P256K1",
            &[
                "-algorithm",
                "EC",
                "-pkeyopt",
                "ec_paramgen_curve:secp256k1",
            ],
            "ECDSA_SHA_256",
            "-sha256",
            "RSA_AES_KEY_WRAP_SHA_256",
            "RSA_4096",
        ),
    ];
    for (spec, genpkey, alg, md, wrapping, wrapping_spec) in cases {
        let key = external_key(&env, spec, "SIGN_VERIFY");
        let (private, public) = openssl_key_pair(&env, spec, genpkey);
        import(&env, &key, wrapping, wrapping_spec, &private);
        assert_eq!(env.state(&key), "Enabled", "{spec}");
        let got = env.ok(&["get-public-key", "--key-id", &key]);
        assert_eq!(unb64(got["PublicKey"].as_str().unwrap()), public, "{spec}");
        assert_eq!(got["KeySpec"], spec);

        // lkms signs, openssl verifies with its own public key.
        let sig = env.ok(&[
            "sign",
            "--key-id",
            &key,
            "--signing-algorithm",
            alg,
            "--message",
            &format!("fileb://{}", path(&message)),
        ])["Signature"]
            .as_str()
            .unwrap()
            .to_string();
        let sig_file = env.file(&format!("{spec}.sig"), &unb64(&sig));
        let pem = env.dir.path().join(format!("{spec}.pem"));
        let ok = openssl(&[
            "dgst",
            md,
            "-prverify",
            path(&pem),
            "-signature",
            path(&sig_file),
            path(&message),
        ]);
        assert_eq!(String::from_utf8_lossy(&ok).trim(), "Verified OK", "{spec}");

        // openssl signs with the private key it kept, lkms verifies.
        let theirs = env.dir.path().join(format!("{spec}-openssl.sig"));
        openssl(&[
            "dgst",
            md,
            "-sign",
            path(&pem),
            "-out",
            path(&theirs),
            path(&message),
        ]);
        let v = env.ok(&[
            "verify",
            "--key-id",
            &key,
            "--signing-algorithm",
            alg,
            "--message",
            &format!("fileb://{}", path(&message)),
            "--signature",
            &format!("fileb://{}", path(&theirs)),
        ]);
        assert_eq!(v["SignatureValid"], true, "{spec}");
    }
}

#[test]
fn imported_rsa_encryption_key_interoperates_with_openssl() {
    let env = Env::new();
    let key = external_key(&env, "RSA_2048", "ENCRYPT_DECRYPT");
    let (private, _) = openssl_key_pair(
        &env,
        "rsa-enc",
        &["-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"],
    );
    import(&env, &key, "RSA_AES_KEY_WRAP_SHA_1", "RSA_3072", &private);
    let pem = env.dir.path().join("rsa-enc.pem");
    // lkms encrypts, openssl decrypts with the private key it kept.
    let ct = env.ok(&[
        "encrypt",
        "--key-id",
        &key,
        "--encryption-algorithm",
        "RSAES_OAEP_SHA_256",
        "--plaintext",
        &b64(b"to openssl"),
    ])["CiphertextBlob"]
        .as_str()
        .unwrap()
        .to_string();
    let ct_file = env.file("lkms.ct", &unb64(&ct));
    let plain = openssl(&[
        "pkeyutl",
        "-decrypt",
        "-inkey",
        path(&pem),
        "-pkeyopt",
        "rsa_padding_mode:oaep",
        "-pkeyopt",
        "rsa_oaep_md:sha256",
        "-in",
        path(&ct_file),
    ]);
    assert_eq!(plain, b"to openssl");
}

#[test]
fn imported_sm2_key_with_sm2pke_wrapping() {
    let env = Env::new();
    let key = external_key(&env, "SM2", "SIGN_VERIFY");
    let (private, public) = openssl_key_pair(&env, "sm2", &["-algorithm", "SM2"]);
    import(&env, &key, "SM2PKE", "SM2", &private);
    let got = env.ok(&["get-public-key", "--key-id", &key]);
    assert_eq!(unb64(got["PublicKey"].as_str().unwrap()), public);
}

#[test]
fn wrapping_choices_aws_refuses() {
    let env = Env::new();
    let sym = env.create_external_key();
    let rsa = external_key(&env, "RSA_2048", "SIGN_VERIFY");
    let p521 = external_key(&env, "ECC_NIST_P521", "SIGN_VERIFY");
    let gp = |key: &str, alg: &str, spec: &str| {
        vec![
            "get-parameters-for-import".to_string(),
            "--key-id".into(),
            key.into(),
            "--wrapping-algorithm".into(),
            alg.into(),
            "--wrapping-key-spec".into(),
            spec.into(),
        ]
    };
    let cases = [
        (
            gp(&sym, "RSAES_PKCS1_V1_5", "RSA_2048"),
            "The RSAES_PKCS1_V1_5 wrapping algorithm is no longer supported. Use \
             RSAES_OAEP_SHA_256, RSAES_OAEP_SHA_1, RSA_AES_KEY_WRAP_SHA_256 or \
             RSA_AES_KEY_WRAP_SHA_1."
                .to_string(),
        ),
        (
            gp(&sym, "SM2PKE", "RSA_2048"),
            "The wrapping algorithm SM2PKE cannot be used with the wrapping key spec RSA_2048."
                .into(),
        ),
        (
            gp(&sym, "RSAES_OAEP_SHA_256", "SM2"),
            "The wrapping algorithm RSAES_OAEP_SHA_256 cannot be used with the wrapping key \
             spec SM2."
                .into(),
        ),
        (
            gp(&rsa, "RSAES_OAEP_SHA_256", "RSA_4096"),
            "Key material for a RSA_2048 key must be wrapped with RSA_AES_KEY_WRAP_SHA_256 or \
             RSA_AES_KEY_WRAP_SHA_1."
                .into(),
        ),
        (
            gp(&p521, "RSAES_OAEP_SHA_1", "RSA_2048"),
            "An RSA_2048 wrapping key cannot wrap ECC_NIST_P521 key material directly. Use an \
             RSA_AES_KEY_WRAP wrapping algorithm or a longer wrapping key."
                .into(),
        ),
        (
            gp(&sym, "RSA_OAEP", "RSA_2048"),
            "1 validation error detected: Value 'RSA_OAEP' at 'wrappingAlgorithm' failed to \
             satisfy constraint: Member must satisfy enum value set: [RSAES_PKCS1_V1_5, \
             RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, RSA_AES_KEY_WRAP_SHA_1, \
             RSA_AES_KEY_WRAP_SHA_256, SM2PKE]"
                .into(),
        ),
        (
            gp(&sym, "RSAES_OAEP_SHA_256", "RSA_1024"),
            "1 validation error detected: Value 'RSA_1024' at 'wrappingKeySpec' failed to \
             satisfy constraint: Member must satisfy enum value set: [RSA_2048, RSA_3072, \
             RSA_4096, SM2]"
                .into(),
        ),
    ];
    for (args, message) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        env.service_err(
            &args,
            "GetParametersForImport",
            "ValidationException",
            &message,
        );
    }
    // The larger wrapping key, or an RSA_AES algorithm, is fine for P-521.
    params(&env, &p521, "RSAES_OAEP_SHA_256", "RSA_3072");
}

#[test]
fn keys_that_take_no_import() {
    let env = Env::new();
    let own = env.create_key();
    let arn = env.arn(&own);
    let refused = format!("{arn} origin is AWS_KMS which is not valid for this operation.");
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
        &refused,
    );
    env.service_err(
        &["delete-imported-key-material", "--key-id", &own],
        "DeleteImportedKeyMaterial",
        "UnsupportedOperationException",
        &refused,
    );
    env.service_err(
        &import_args(&own, "AAAA", "AAAA")
            .into_iter()
            .chain(["--expiration-model", "KEY_MATERIAL_DOES_NOT_EXPIRE"])
            .collect::<Vec<_>>(),
        "ImportKeyMaterial",
        "UnsupportedOperationException",
        &refused,
    );
    for spec in ["ML_DSA_65", "ECC_NIST_EDWARDS25519"] {
        env.service_err(
            &[
                "create-key",
                "--origin",
                "EXTERNAL",
                "--key-spec",
                spec,
                "--key-usage",
                "SIGN_VERIFY",
            ],
            "CreateKey",
            "UnsupportedOperationException",
            &format!(
                "KeySpec {spec} is not supported with Origin EXTERNAL: key material can be \
                 imported only for SYMMETRIC_DEFAULT, HMAC, RSA, ECC_NIST, ECC_SECG_P256K1 and \
                 SM2 keys."
            ),
        );
    }
    let ext = env.create_external_key();
    env.service_err(
        &[
            "get-parameters-for-import",
            "--key-id",
            "alias/none",
            "--wrapping-algorithm",
            "RSAES_OAEP_SHA_256",
            "--wrapping-key-spec",
            "RSA_2048",
        ],
        "GetParametersForImport",
        "NotFoundException",
        "Invalid keyId 'alias/none'",
    );
    // Nothing imported yet: deleting is accepted and changes nothing.
    assert_eq!(
        env.ok(&["delete-imported-key-material", "--key-id", &ext]),
        json!({"KeyId": env.arn(&ext)})
    );
    assert_eq!(env.state(&ext), "PendingImport");
}

/// A token and wrapped symmetric material ready for import-key-material.
fn prepared(env: &Env, key: &str, name: &str) -> (String, String, PathBuf) {
    let p = params(env, key, "RSAES_OAEP_SHA_256", "RSA_2048");
    let material = random_file(env, name, 32);
    let wrapped = wrap(env, "RSAES_OAEP_SHA_256", &p.public_key, &material);
    (
        format!("fileb://{}", path(&wrapped)),
        format!("fileb://{}", path(&p.token)),
        material,
    )
}

#[test]
fn bad_tokens_bad_material_and_bad_terms() {
    let env = Env::new();
    let key = env.create_external_key();
    let other = env.create_external_key();
    let (w, t, _) = prepared(&env, &key, "m1.bin");
    let never = ["--expiration-model", "KEY_MATERIAL_DOES_NOT_EXPIRE"];
    let with = |extra: &[&str], key: &str, w: &str, t: &str| -> Vec<String> {
        import_args(key, w, t)
            .into_iter()
            .chain(extra.iter().copied())
            .map(String::from)
            .collect()
    };
    let err = |args: Vec<String>, code: &str, message: &str| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        env.service_err(&args, "ImportKeyMaterial", code, message);
    };
    let bad_token = "The import token is not valid for this key. Use the import token and public \
                     key from one GetParametersForImport response for this key.";
    // Another key's token.
    err(
        with(&never, &other, &w, &t),
        "InvalidImportTokenException",
        bad_token,
    );
    // A token altered in one byte, and something that is no token at all.
    let mut token = std::fs::read(t.strip_prefix("fileb://").unwrap()).unwrap();
    let mid = token.len() / 2;
    token[mid] ^= 0x01;
    let altered = format!("fileb://{}", path(&env.file("altered.token", &token)));
    err(
        with(&never, &key, &w, &altered),
        "InvalidImportTokenException",
        bad_token,
    );
    err(
        with(&never, &key, &w, "bm90IGEgdG9rZW4="),
        "InvalidImportTokenException",
        bad_token,
    );
    // A token past its 24 hours.
    let p = params(&env, &key, "RSAES_OAEP_SHA_256", "RSA_2048");
    let fresh = format!("fileb://{}", path(&p.token));
    let wrapped = wrap(
        &env,
        "RSAES_OAEP_SHA_256",
        &p.public_key,
        &random_file(&env, "late.bin", 32),
    );
    let late_w = format!("fileb://{}", path(&wrapped));
    let args = with(&never, &key, &late_w, &fresh);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let later = (time_of(&p.valid_to) + 1).to_string();
    let r = env.run_env(&args, &[("LKMS_NOW", &later)]);
    assert_service_err(
        &r,
        "ImportKeyMaterial",
        "ExpiredImportTokenException",
        &format!(
            "The import token expired at {}. Call GetParametersForImport for a new public key \
             and import token.",
            p.valid_to
        ),
    );
    // Material wrapped under a different public key does not unwrap.
    err(
        with(&never, &key, &w, &fresh),
        "InvalidCiphertextException",
        "The encrypted key material does not unwrap with the public key of this import token \
         and RSAES_OAEP_SHA_256.",
    );
    // 16 bytes is not a symmetric key.
    let p = params(&env, &key, "RSAES_OAEP_SHA_256", "RSA_2048");
    let short = wrap(
        &env,
        "RSAES_OAEP_SHA_256",
        &p.public_key,
        &random_file(&env, "short.bin", 16),
    );
    err(
        with(
            &never,
            &key,
            &format!("fileb://{}", path(&short)),
            &format!("fileb://{}", path(&p.token)),
        ),
        "IncorrectKeyMaterialException",
        "The key material is not valid for a SYMMETRIC_DEFAULT key: it must be 32 bytes (256 \
         bits).",
    );
    // Expiration terms.
    let invalid = |extra: &[&str], message: &str| {
        err(with(extra, &key, &w, &t), "ValidationException", message)
    };
    invalid(
        &[],
        "A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES",
    );
    invalid(
        &["--expiration-model", "KEY_MATERIAL_EXPIRES"],
        "A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES",
    );
    invalid(
        &[
            "--expiration-model",
            "KEY_MATERIAL_DOES_NOT_EXPIRE",
            "--valid-to",
            "2099-01-01T00:00:00Z",
        ],
        "A ValidTo date must not be set if the ExpirationModel is KEY_MATERIAL_DOES_NOT_EXPIRE.",
    );
    invalid(
        &["--valid-to", "2001-01-01T00:00:00Z"],
        "ValidTo must be a date and time in the future.",
    );
    invalid(
        &["--valid-to", "2099-01-01T00:00:00Z"],
        "ValidTo must be no more than 365 days after the request.",
    );
    invalid(
        &["--expiration-model", "SOMETIMES"],
        "1 validation error detected: Value 'SOMETIMES' at 'expirationModel' failed to satisfy \
         constraint: Member must satisfy enum value set: [KEY_MATERIAL_EXPIRES, \
         KEY_MATERIAL_DOES_NOT_EXPIRE]",
    );
    invalid(
        &["--key-material-id", "ABC"],
        "2 validation errors detected: Value 'ABC' at 'keyMaterialId' failed to satisfy \
         constraint: Member must have length greater than or equal to 64; Value 'ABC' at \
         'keyMaterialId' failed to satisfy constraint: Member must satisfy regular expression \
         pattern: ^[a-f0-9]+$",
    );
    invalid(
        &[
            "--expiration-model",
            "KEY_MATERIAL_DOES_NOT_EXPIRE",
            "--import-type",
            "NEW_KEY_MATERIAL",
            "--key-material-id",
            &"a".repeat(64),
        ],
        "You cannot specify a KeyMaterialId with ImportType NEW_KEY_MATERIAL.",
    );
    // Nothing above changed the key.
    assert_eq!(env.state(&key), "PendingImport");
    // The good import still works; a key pending deletion takes none.
    env.ok(&with(&never, &key, &w, &t)
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>());
    env.ok(&["schedule-key-deletion", "--key-id", &key]);
    let arn = env.arn(&key);
    err(
        with(&never, &key, &w, &t),
        "KMSInvalidStateException",
        &format!("{arn} is pending deletion."),
    );
    env.service_err(
        &[
            "get-parameters-for-import",
            "--key-id",
            &key,
            "--wrapping-algorithm",
            "RSAES_OAEP_SHA_256",
            "--wrapping-key-spec",
            "RSA_2048",
        ],
        "GetParametersForImport",
        "KMSInvalidStateException",
        &format!("{arn} is pending deletion."),
    );
    // Deleting material of a key pending deletion keeps its state.
    env.ok(&["delete-imported-key-material", "--key-id", &key]);
    assert_eq!(env.state(&key), "PendingDeletion");
    env.ok(&["cancel-key-deletion", "--key-id", &key]);
    assert_eq!(env.state(&key), "PendingImport");
}

/// Epoch seconds of a CLI timestamp.
fn time_of(iso: &str) -> i64 {
    let out = Command::new("date")
        .args(["-u", "-d", iso, "+%s"])
        .output()
        .unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

#[test]
fn asymmetric_keys_stay_bound_to_their_first_material() {
    let env = Env::new();
    let key = external_key(&env, "ECC_NIST_P256", "SIGN_VERIFY");
    let curve = &["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"];
    let (first, _) = openssl_key_pair(&env, "first", curve);
    let (second, _) = openssl_key_pair(&env, "second", curve);
    let id = import(&env, &key, "RSAES_OAEP_SHA_256", "RSA_2048", &first)["KeyMaterialId"].clone();
    let arn = env.arn(&key);
    let mut args = guide_args(&env, &key, "RSAES_OAEP_SHA_256", "RSA_2048", &second);
    env.service_err(
        &strs(&args),
        "ImportKeyMaterial",
        "IncorrectKeyMaterialException",
        &format!(
            "{arn} is bound to the key material first imported into it; different key material \
             cannot be imported."
        ),
    );
    args.extend(["--import-type".into(), "NEW_KEY_MATERIAL".into()]);
    env.service_err(
        &strs(&args),
        "ImportKeyMaterial",
        "ValidationException",
        "ImportType, KeyMaterialId and KeyMaterialDescription can be used only with symmetric \
         encryption keys.",
    );
    // Not even a PKCS#8 key of another curve is accepted.
    let (p384, _) = openssl_key_pair(
        &env,
        "p384",
        &["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384"],
    );
    env.service_err(
        &strs(&guide_args(
            &env,
            &key,
            "RSAES_OAEP_SHA_256",
            "RSA_2048",
            &p384,
        )),
        "ImportKeyMaterial",
        "IncorrectKeyMaterialException",
        "The key material is not valid for a ECC_NIST_P256 key: it must be a DER-encoded PKCS#8 \
         private key of key spec ECC_NIST_P256.",
    );
    // After a delete, only the same key pair comes back.
    env.ok(&["delete-imported-key-material", "--key-id", &key]);
    assert_eq!(env.state(&key), "PendingImport");
    let again = import(&env, &key, "RSA_AES_KEY_WRAP_SHA_256", "RSA_2048", &first);
    assert_eq!(again["KeyMaterialId"], id);
    assert_eq!(env.state(&key), "Enabled");
    // A disabled key takes a re-import (to change its expiry) and stays disabled.
    env.ok(&["disable-key", "--key-id", &key]);
    import(&env, &key, "RSAES_OAEP_SHA_1", "RSA_2048", &first);
    assert_eq!(env.state(&key), "Disabled");
}

#[test]
fn imported_material_expires_at_valid_to() {
    let env = Env::new();
    let key = env.create_external_key();
    let now = "2030-06-01T00:00:00Z";
    let at = |args: &[&str], when: &str| {
        let r = env.run_env(args, &[("LKMS_NOW", when)]);
        assert_eq!(r.code, 0, "{r:?}");
        r
    };
    let p = {
        let r = at(
            &[
                "get-parameters-for-import",
                "--key-id",
                &key,
                "--wrapping-algorithm",
                "RSAES_OAEP_SHA_256",
                "--wrapping-key-spec",
                "RSA_2048",
            ],
            now,
        );
        let v = r.json();
        assert_eq!(v["ParametersValidTo"], "2030-06-02T00:00:00+00:00");
        (
            env.file("pk.der", &unb64(v["PublicKey"].as_str().unwrap())),
            env.file("tok.bin", &unb64(v["ImportToken"].as_str().unwrap())),
        )
    };
    let material = random_file(&env, "expiring.bin", 32);
    let wrapped = wrap(&env, "RSAES_OAEP_SHA_256", &p.0, &material);
    let (w, t) = (
        format!("fileb://{}", path(&wrapped)),
        format!("fileb://{}", path(&p.1)),
    );
    let mut args = import_args(&key, &w, &t);
    args.extend([
        "--expiration-model",
        "KEY_MATERIAL_EXPIRES",
        "--valid-to",
        "2030-06-10T12:00:00Z",
    ]);
    at(&args, now);
    let md = at(&["describe-key", "--key-id", &key], now).json()["KeyMetadata"].clone();
    assert_eq!(md["KeyState"], "Enabled");
    assert_eq!(md["ExpirationModel"], "KEY_MATERIAL_EXPIRES");
    assert_eq!(md["ValidTo"], "2030-06-10T12:00:00+00:00");
    let blob = at(
        &[
            "encrypt",
            "--key-id",
            &key,
            "--plaintext",
            &b64(b"short-lived"),
        ],
        now,
    )
    .json()["CiphertextBlob"]
        .as_str()
        .unwrap()
        .to_string();
    // A second before ValidTo it still works; at ValidTo the material is gone.
    at(
        &["decrypt", "--ciphertext-blob", &blob],
        "2030-06-10T11:59:59Z",
    );
    let md = at(&["describe-key", "--key-id", &key], "2030-06-10T12:00:00Z").json()["KeyMetadata"]
        .clone();
    assert_eq!(md["KeyState"], "PendingImport");
    assert_eq!(md["Enabled"], false);
    assert!(md.get("ValidTo").is_none() && md.get("ExpirationModel").is_none());
    let r = env.run_env(
        &["decrypt", "--ciphertext-blob", &blob],
        &[("LKMS_NOW", "2030-06-11T00:00:00Z")],
    );
    assert_service_err(
        &r,
        "Decrypt",
        "KMSInvalidStateException",
        &format!("{} is pending import.", env.arn(&key)),
    );
    // The deletion is stored: even with the clock moved back, the key stays PendingImport.
    assert_eq!(
        at(&["describe-key", "--key-id", &key], now).json()["KeyMetadata"]["KeyState"],
        "PendingImport"
    );
}

#[test]
fn several_materials_for_one_symmetric_key_with_on_demand_rotation() {
    let env = Env::new();
    let key = env.create_external_key();
    let arn = env.arn(&key);
    let first = import(
        &env,
        &key,
        "RSAES_OAEP_SHA_256",
        "RSA_2048",
        &random_file(&env, "a.bin", 32),
    )["KeyMaterialId"]
        .as_str()
        .unwrap()
        .to_string();
    let blob_a = env.encrypt(&key, b"under A");
    env.service_err(
        &["rotate-key-on-demand", "--key-id", &key],
        "RotateKeyOnDemand",
        "KMSInvalidStateException",
        &format!("No available key material pending rotation for the key: {arn}."),
    );
    for op in ["enable-key-rotation", "get-key-rotation-status"] {
        let r = env.run(&[op, "--key-id", &key]);
        assert_eq!(r.code, 254);
        assert!(
            r.stderr
                .contains("(UnsupportedOperationException) when calling the")
                && r.stderr
                    .contains("origin is EXTERNAL which is not valid for this operation."),
            "{r:?}"
        );
    }

    // Material B, imported as new material with a description: pending until rotated in.
    let (w, t, b_file) = prepared(&env, &key, "b.bin");
    let mut args = import_args(&key, &w, &t);
    args.extend([
        "--expiration-model",
        "KEY_MATERIAL_DOES_NOT_EXPIRE",
        "--import-type",
        "NEW_KEY_MATERIAL",
        "--key-material-description",
        "second material: 2030/06",
    ]);
    let second = env.ok(&args)["KeyMaterialId"].as_str().unwrap().to_string();
    assert_ne!(first, second);
    // A second pending material is refused.
    let (w2, t2, _) = prepared(&env, &key, "c.bin");
    let mut args2 = import_args(&key, &w2, &t2);
    args2.extend([
        "--expiration-model",
        "KEY_MATERIAL_DOES_NOT_EXPIRE",
        "--import-type",
        "NEW_KEY_MATERIAL",
    ]);
    // AWS names the refused material, the key by its ID and the pending material.
    let r = env.run(&args2);
    assert_eq!(r.code, 254, "{r:?}");
    let head = "\naws: [ERROR]: An error occurred (KMSInvalidStateException) when calling the ImportKeyMaterial \
                operation: New key material (id: ";
    let tail = format!(
        ") cannot be imported into KMS key {key}, because another key material (id: {second}) \
         is pending rotation.\n"
    );
    let refused_id = r
        .stderr
        .strip_prefix(head)
        .and_then(|rest| rest.strip_suffix(&tail))
        .unwrap_or_else(|| panic!("unexpected stderr: {:?}", r.stderr));
    assert!(
        refused_id.len() == 64 && refused_id.bytes().all(|b| b.is_ascii_hexdigit()),
        "{refused_id}"
    );
    assert_ne!(refused_id, second);
    let list = env.ok(&[
        "list-key-rotations",
        "--key-id",
        &key,
        "--include-key-material",
        "ALL_KEY_MATERIAL",
    ]);
    assert_eq!(
        list["Rotations"],
        json!([
            {"KeyId": key, "KeyMaterialId": first, "ImportState": "IMPORTED",
             "KeyMaterialState": "CURRENT", "ExpirationModel": "KEY_MATERIAL_DOES_NOT_EXPIRE"},
            {"KeyId": key, "KeyMaterialId": second,
             "KeyMaterialDescription": "second material: 2030/06", "ImportState": "IMPORTED",
             "KeyMaterialState": "PENDING_ROTATION",
             "ExpirationModel": "KEY_MATERIAL_DOES_NOT_EXPIRE"},
        ])
    );
    assert_eq!(
        env.ok(&["list-key-rotations", "--key-id", &key])["Rotations"],
        json!([])
    );
    // Still encrypting under A until the rotation.
    let md = env.ok(&["describe-key", "--key-id", &key])["KeyMetadata"].clone();
    assert_eq!(md["CurrentKeyMaterialId"], first.as_str());

    env.ok(&["rotate-key-on-demand", "--key-id", &key]);
    let md = env.ok(&["describe-key", "--key-id", &key])["KeyMetadata"].clone();
    assert_eq!(md["CurrentKeyMaterialId"], second.as_str());
    let blob_b = env.encrypt(&key, b"under B");
    let dec = env.ok(&["decrypt", "--ciphertext-blob", &blob_b]);
    assert_eq!(dec["KeyMaterialId"], second.as_str());
    let rotations = env.ok(&["list-key-rotations", "--key-id", &key])["Rotations"].clone();
    assert_eq!(rotations.as_array().unwrap().len(), 1);
    assert_eq!(rotations[0]["KeyMaterialId"], second.as_str());
    assert_eq!(rotations[0]["KeyMaterialState"], "CURRENT");
    assert_eq!(rotations[0]["RotationType"], "ON_DEMAND");
    assert!(rotations[0]["RotationDate"].is_string());
    assert_eq!(decrypt(&env, &blob_a), b"under A");
    assert_eq!(decrypt(&env, &blob_b), b"under B");

    // Deleting the older material makes the whole key PendingImport until it is back.
    let del = env.ok(&[
        "delete-imported-key-material",
        "--key-id",
        &key,
        "--key-material-id",
        &first,
    ]);
    assert_eq!(del["KeyMaterialId"], first.as_str());
    assert_eq!(env.state(&key), "PendingImport");
    let all = env.ok(&[
        "list-key-rotations",
        "--key-id",
        &key,
        "--include-key-material",
        "ALL_KEY_MATERIAL",
    ])["Rotations"]
        .clone();
    assert_eq!(all[0]["ImportState"], "PENDING_IMPORT");
    assert_eq!(all[0]["KeyMaterialState"], "NON_CURRENT");
    env.service_err(
        &[
            "delete-imported-key-material",
            "--key-id",
            &key,
            "--key-material-id",
            &"0".repeat(64),
        ],
        "DeleteImportedKeyMaterial",
        "NotFoundException",
        &format!(
            "Key material {} is not associated with {arn}.",
            "0".repeat(64)
        ),
    );
    // Re-import B's bytes while naming A's material ID: refused. A's bytes under A's ID: back.
    let by_id = |file: &Path, extra: &[&str]| {
        let mut args = guide_args(&env, &key, "RSA_AES_KEY_WRAP_SHA_256", "RSA_2048", file);
        args.extend(["--key-material-id", first.as_str()].map(String::from));
        args.extend(extra.iter().map(|a| a.to_string()));
        args
    };
    env.service_err(
        &strs(&by_id(&b_file, &[])),
        "ImportKeyMaterial",
        "IncorrectKeyMaterialException",
        &format!("The key material does not match key material ID {first}."),
    );
    let a_file = env.dir.path().join("a.bin");
    let args = by_id(&a_file, &["--import-type", "EXISTING_KEY_MATERIAL"]);
    env.ok(&strs(&args));
    assert_eq!(env.state(&key), "Enabled");
    assert_eq!(decrypt(&env, &blob_a), b"under A");
}

#[test]
fn import_tokens_and_material_never_sit_on_disk_in_the_clear() {
    let env = Env::new();
    let key = env.create_external_key();
    let material = random_file(&env, "secret.bin", 32);
    import(&env, &key, "RSAES_OAEP_SHA_256", "RSA_2048", &material);
    let secret = std::fs::read(&material).unwrap();
    for f in files_under(&env.keystore()) {
        let bytes = std::fs::read(&f).unwrap();
        assert!(
            !bytes.windows(secret.len()).any(|w| w == secret.as_slice()),
            "{f:?} holds the material"
        );
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains(&b64(&secret)), "{f:?} holds the material");
    }
}

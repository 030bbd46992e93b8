//! CloudHSM key stores and their tokens (issue 18): the registry of clusters (`lkms hsm-clusters`,
//! trust anchors, related clusters), and proof that a key's material stays in its token — the
//! object refuses to give its value, and ciphertexts open only where that object is.

mod common;
mod hsm_setup;
mod key_store_env;
#[path = "softhsm/mod.rs"]
mod softhsm;

use common::*;
use hsm_setup::*;
use key_store_env::Cks;

/// Runs lkms and expects a usage error (exit 252) printing `message`.
fn usage_err(c: &Cks, args: &[&str], message: &str) {
    let r = c.run(args);
    assert_eq!(r.code, 252, "{r:?}");
    assert_eq!(r.stderr, param_err_text(message), "{r:?}");
}

#[test]
fn the_cluster_registry_names_tokens_and_trust_anchors() {
    let s = setup();
    s.hsm.init_token("other");
    let c = &s.cks;
    let module = softhsm::module().display().to_string();
    let listed = c.ok(&["hsm-clusters", "list"]);
    assert_eq!(
        listed,
        serde_json::json!({
            "HsmClusters": [],
            "DefaultToken": {"Pkcs11Module": module, "TokenLabel": "kms"}
        })
    );
    let add = |cluster: &str, label: &str, more: &[&str]| {
        let mut a = vec![
            "hsm-clusters",
            "add",
            "--cloud-hsm-cluster-id",
            cluster,
            "--pkcs11-module",
            &module,
            "--token-label",
            label,
        ];
        a.extend_from_slice(more);
        c.run(&a)
    };
    usage_err(
        c,
        &[
            "hsm-clusters",
            "add",
            "--cloud-hsm-cluster-id",
            "cluster-1",
            "--pkcs11-module",
            &module,
            "--token-label",
            "kms",
        ],
        "--cloud-hsm-cluster-id must be `cluster-` and 11 to 16 letters or digits, as AWS's \
         cluster IDs are, not 'cluster-1'",
    );
    usage_err(
        c,
        &[
            "hsm-clusters",
            "add",
            "--cloud-hsm-cluster-id",
            "cluster-aaaaaaaaaaa",
            "--pkcs11-module",
            "/nonexistent.so",
            "--token-label",
            "kms",
        ],
        "--pkcs11-module /nonexistent.so is not a file (the path of a PKCS#11 module, such as \
         libsofthsm2.so)",
    );
    let junk = s.hsm.dir.path().join("junk.pem");
    std::fs::write(
        &junk,
        "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
    )
    .unwrap();
    let junk_arg = format!("file://{}", junk.display());
    let r = add(
        "cluster-aaaaaaaaaaa",
        "kms",
        &["--trust-anchor-certificate", &junk_arg],
    );
    assert_eq!(r.code, 252, "{r:?}");
    assert_eq!(
        r.stderr,
        "\naws: [ERROR]: An error occurred (ParamValidation): --trust-anchor-certificate is not valid: it is not an X.509 certificate\n"
    );
    let anchor = s.anchor();
    assert_eq!(
        add(
            "cluster-aaaaaaaaaaa",
            "kms",
            &["--trust-anchor-certificate", &anchor]
        )
        .code,
        0
    );
    assert_eq!(add("cluster-bbbbbbbbbbb", "other", &[]).code, 0);
    assert_eq!(add("cluster-ccccccccccc", "kms", &[]).code, 0);
    let listed = c.ok(&["hsm-clusters", "list"]);
    assert_eq!(listed["HsmClusters"].as_array().unwrap().len(), 3);
    assert_eq!(
        listed["HsmClusters"][0],
        serde_json::json!({
            "CloudHsmClusterId": "cluster-aaaaaaaaaaa", "Pkcs11Module": module,
            "TokenLabel": "kms", "TrustAnchorRequired": true
        })
    );
    // A registered trust anchor must be the one given.
    let stranger = s.hsm.dir.path().join("stranger.crt");
    certificate(&stranger, "someone else");
    c.err(
        &[
            "create-custom-key-store",
            "--custom-key-store-name",
            "a",
            "--cloud-hsm-cluster-id",
            "cluster-aaaaaaaaaaa",
            "--key-store-password",
            PASSWORD,
            "--trust-anchor-certificate",
            &format!("file://{}", stranger.display()),
        ],
        "CreateCustomKeyStore",
        "IncorrectTrustAnchorException",
        "The trust anchor certificate is not the trust anchor certificate of CloudHSM cluster \
         cluster-aaaaaaaaaaa.",
    );
    let id = s.create("a", "cluster-aaaaaaaaaaa", PASSWORD);
    // Another cluster ID on the same token is related; a cluster on another token is not.
    let update = |cluster: &str| {
        vec![
            "update-custom-key-store".to_string(),
            "--custom-key-store-id".into(),
            id.clone(),
            "--cloud-hsm-cluster-id".into(),
            cluster.to_string(),
        ]
    };
    let args = update("cluster-bbbbbbbbbbb");
    c.err(
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
        "UpdateCustomKeyStore",
        "CloudHsmClusterNotRelatedException",
        &format!(
            "CloudHSM cluster cluster-bbbbbbbbbbb is not related to cluster cluster-aaaaaaaaaaa: \
             its token is not the token that holds the keys of custom key store {id}."
        ),
    );
    let args = update("cluster-ccccccccccc");
    c.ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(c.store(&id)["CloudHsmClusterId"], "cluster-ccccccccccc");
    c.err(
        &[
            "update-custom-key-store",
            "--custom-key-store-id",
            &id,
            "--xks-proxy-uri-path",
            "/kms/xks/v1",
        ],
        "UpdateCustomKeyStore",
        "ValidationException",
        "The XksProxyUriPath parameter is not valid for a custom key store of type AWS_CLOUDHSM.",
    );
    c.connect(&id);
    let key = s.key(&id);
    let blob = c.encrypt(&key, &b64(b"related"), "x=y");
    assert_eq!(
        unb64(c.decrypt(&blob, "x=y")["Plaintext"].as_str().unwrap()),
        b"related"
    );
    // A cluster in use cannot be forgotten; others can.
    usage_err(
        c,
        &[
            "hsm-clusters",
            "remove",
            "--cloud-hsm-cluster-id",
            "cluster-ccccccccccc",
        ],
        &format!(
            "CloudHSM cluster cluster-ccccccccccc is used by custom key store {id} in us-east-1; \
             delete that key store first"
        ),
    );
    c.ok(&[
        "hsm-clusters",
        "remove",
        "--cloud-hsm-cluster-id",
        "cluster-bbbbbbbbbbb",
    ]);
    usage_err(
        c,
        &[
            "hsm-clusters",
            "remove",
            "--cloud-hsm-cluster-id",
            "cluster-bbbbbbbbbbb",
        ],
        "no CloudHSM cluster cluster-bbbbbbbbbbb is registered in this keystore",
    );
    assert_eq!(
        c.ok(&["hsm-clusters", "list"])["HsmClusters"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    // `keystore check` verifies the stores and clusters documents, and sees a rollback.
    let r = c.run(&["keystore", "check"]);
    assert_eq!(r.code, 0, "{r:?}");
    let doc = c
        .env
        .keystore()
        .join("custom-key-stores")
        .join("us-east-1.json");
    let old = std::fs::read(&doc).unwrap();
    c.ok(&[
        "update-custom-key-store",
        "--custom-key-store-id",
        &id,
        "--new-custom-key-store-name",
        "b",
    ]);
    std::fs::write(&doc, old).unwrap();
    let r = c.run(&["keystore", "check"]);
    assert_eq!(r.code, 1, "{r:?}");
    let findings = r.json()["Findings"].clone();
    assert_eq!(findings[0]["Kind"], "RolledBack", "{findings}");
    assert_eq!(
        findings[0]["Path"], "custom-key-stores/us-east-1.json",
        "{findings}"
    );
}

#[test]
fn key_material_stays_in_the_token_and_ciphertexts_open_only_there() {
    let s = setup();
    let c = &s.cks;
    let id = s.create("store", CLUSTER, PASSWORD);
    c.connect(&id);
    let key = s.key(&id);
    let arn = c.env.arn(&key);
    let blob = c.encrypt(&key, &b64(b"only in the token"), "k=v");
    // The token refuses the key's value: it is sensitive and was never extractable.
    let read = s.hsm.pkcs11_tool(
        "kms",
        &[
            "--login",
            "--pin",
            PASSWORD,
            "--read-object",
            "--type",
            "secrkey",
            "--label",
            &key,
        ],
    );
    assert!(!read.status.success(), "{read:?}");
    let said = String::from_utf8_lossy(&read.stderr);
    assert!(said.contains("CKR_ATTRIBUTE_SENSITIVE"), "{said}");
    let objects = s.objects();
    assert!(
        objects.contains("sensitive, always sensitive, never extractable"),
        "{objects}"
    );
    // The same keystore and root key with another token of the same name and PIN: the
    // ciphertext does not open, there is nothing in lkms to open it with.
    let elsewhere = softhsm::SoftHsm::new();
    elsewhere.init_token_with_pin("kms", PASSWORD);
    let copy = Cks {
        env: common::Env {
            dir: tempfile::TempDir::new().unwrap(),
            root_key: c.env.root_key.clone(),
        },
        vars: c
            .vars
            .iter()
            .map(|(k, v)| match k.as_str() {
                "SOFTHSM2_CONF" => (k.clone(), elsewhere.conf().display().to_string()),
                _ => (k.clone(), v.clone()),
            })
            .collect(),
    };
    for f in files_under(&c.env.keystore()) {
        let to = copy
            .env
            .keystore()
            .join(f.strip_prefix(c.env.keystore()).unwrap());
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(&f, &to).unwrap();
    }
    let missing = format!("{arn} has no key material in its CloudHSM cluster.");
    copy.err(
        &[
            "decrypt",
            "--ciphertext-blob",
            &blob,
            "--encryption-context",
            "k=v",
        ],
        "Decrypt",
        "KMSInvalidStateException",
        &missing,
    );
    // Altered, the ciphertext does not open in the token either.
    let mut bytes = unb64(&blob);
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    c.err(
        &[
            "decrypt",
            "--ciphertext-blob",
            &b64(&bytes),
            "--encryption-context",
            "k=v",
        ],
        "Decrypt",
        "InvalidCiphertextException",
        "",
    );
    // With its object destroyed in the token, the key can neither encrypt nor decrypt.
    let deleted = s.hsm.pkcs11_tool(
        "kms",
        &[
            "--login",
            "--pin",
            PASSWORD,
            "--delete-object",
            "--type",
            "secrkey",
            "--label",
            &key,
        ],
    );
    assert!(deleted.status.success(), "{deleted:?}");
    c.err(
        &[
            "decrypt",
            "--ciphertext-blob",
            &blob,
            "--encryption-context",
            "k=v",
        ],
        "Decrypt",
        "KMSInvalidStateException",
        &missing,
    );
    c.err(
        &["encrypt", "--key-id", &key, "--plaintext", &b64(b"x")],
        "Encrypt",
        "KMSInvalidStateException",
        &missing,
    );
}

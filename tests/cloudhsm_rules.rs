//! CloudHSM key stores (issue 18): AWS's rules for their parameters and names, the registry of
//! clusters (`lkms hsm-clusters`), and proof that a key's material never leaves its token: the
//! object refuses to give its value, and ciphertexts open only where that object is.

mod common;
mod hsm_setup;
mod key_store_env;
#[path = "softhsm/mod.rs"]
mod softhsm;

use hsm_setup::*;

const CREATE: &str = "CreateCustomKeyStore";
const INVALID: &str = "ValidationException";

#[test]
fn parameters_names_and_clusters_follow_aws_rules() {
    let s = setup();
    let c = &s.cks;
    let anchor = s.anchor();
    let base = [
        "create-custom-key-store",
        "--custom-key-store-name",
        "n",
        "--cloud-hsm-cluster-id",
        CLUSTER,
        "--trust-anchor-certificate",
        &anchor,
    ];
    c.err(
        &base,
        CREATE,
        INVALID,
        "The KeyStorePassword parameter is required for a custom key store of type AWS_CLOUDHSM.",
    );
    let mut with_path = base.to_vec();
    with_path.extend([
        "--key-store-password",
        PASSWORD,
        "--xks-proxy-uri-path",
        "/kms/xks/v1",
    ]);
    c.err(
        &with_path,
        CREATE,
        INVALID,
        "The XksProxyUriPath parameter is not valid for a custom key store of type AWS_CLOUDHSM.",
    );
    let not_pem = s.hsm.dir.path().join("not.pem");
    std::fs::write(&not_pem, "just text").unwrap();
    c.err(
        &[
            "create-custom-key-store",
            "--custom-key-store-name",
            "n",
            "--cloud-hsm-cluster-id",
            CLUSTER,
            "--key-store-password",
            PASSWORD,
            "--trust-anchor-certificate",
            &format!("file://{}", not_pem.display()),
        ],
        CREATE,
        "IncorrectTrustAnchorException",
        "The trust anchor certificate is not valid: it holds no PEM certificate.",
    );
    let id = s.create("first", CLUSTER, PASSWORD);
    c.err(
        &[
            "create-custom-key-store",
            "--custom-key-store-name",
            "first",
            "--cloud-hsm-cluster-id",
            "cluster-othercluster",
            "--key-store-password",
            PASSWORD,
            "--trust-anchor-certificate",
            &anchor,
        ],
        CREATE,
        "CustomKeyStoreNameInUseException",
        "The custom key store name 'first' is already used by another custom key store in this \
         account and Region.",
    );
    // The same cluster, or another cluster ID on the same token, is in use.
    for cluster in [CLUSTER, "cluster-othercluster"] {
        c.err(
            &[
                "create-custom-key-store",
                "--custom-key-store-name",
                "second",
                "--cloud-hsm-cluster-id",
                cluster,
                "--key-store-password",
                PASSWORD,
                "--trust-anchor-certificate",
                &anchor,
            ],
            CREATE,
            "CloudHsmClusterInUseException",
            &format!(
                "CloudHSM cluster {cluster} is already associated with custom key store {id}."
            ),
        );
    }
    // Keys in custom key stores are symmetric encryption keys, made where the origin says.
    let create_key = |extra: &[&str]| {
        let mut a = vec!["create-key"];
        a.extend_from_slice(extra);
        a.iter().map(|s| s.to_string()).collect::<Vec<_>>()
    };
    let cases: Vec<(Vec<String>, &str, String)> = vec![
        (
            create_key(&["--origin", "AWS_CLOUDHSM"]),
            INVALID,
            "You must specify a CustomKeyStoreId when the Origin is AWS_CLOUDHSM.".into(),
        ),
        (
            create_key(&["--custom-key-store-id", &id]),
            INVALID,
            "The CustomKeyStoreId parameter is valid only when the Origin is AWS_CLOUDHSM or \
             EXTERNAL_KEY_STORE."
                .into(),
        ),
        (
            create_key(&[
                "--origin",
                "AWS_CLOUDHSM",
                "--custom-key-store-id",
                &id,
                "--xks-key-id",
                "k",
            ]),
            INVALID,
            "The XksKeyId parameter is valid only when the Origin is EXTERNAL_KEY_STORE.".into(),
        ),
        (
            create_key(&[
                "--origin",
                "AWS_CLOUDHSM",
                "--custom-key-store-id",
                &id,
                "--key-spec",
                "HMAC_256",
                "--key-usage",
                "GENERATE_VERIFY_MAC",
            ]),
            "UnsupportedOperationException",
            "Origin AWS_CLOUDHSM supports only symmetric encryption keys: KeySpec \
             SYMMETRIC_DEFAULT with KeyUsage ENCRYPT_DECRYPT."
                .into(),
        ),
        (
            create_key(&[
                "--origin",
                "EXTERNAL_KEY_STORE",
                "--custom-key-store-id",
                &id,
                "--xks-key-id",
                "k",
            ]),
            "UnsupportedOperationException",
            format!(
                "Custom key store {id} is of type AWS_CLOUDHSM, which does not hold keys with \
                 Origin EXTERNAL_KEY_STORE."
            ),
        ),
        (
            create_key(&[
                "--origin",
                "AWS_CLOUDHSM",
                "--custom-key-store-id",
                "cks-00000000000000000",
            ]),
            "CustomKeyStoreNotFoundException",
            "Custom key store 'cks-00000000000000000' does not exist in this Region.".into(),
        ),
    ];
    for (args, code, message) in &cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        c.err(&args, "CreateKey", code, message);
    }
    let missing = "cks-00000000000000000";
    let not_found = format!("Custom key store '{missing}' does not exist in this Region.");
    for (op, cli) in [
        ("ConnectCustomKeyStore", "connect-custom-key-store"),
        ("DisconnectCustomKeyStore", "disconnect-custom-key-store"),
        ("DeleteCustomKeyStore", "delete-custom-key-store"),
        ("UpdateCustomKeyStore", "update-custom-key-store"),
    ] {
        c.err(
            &[cli, "--custom-key-store-id", missing],
            op,
            "CustomKeyStoreNotFoundException",
            &not_found,
        );
    }
    c.err(
        &[
            "describe-custom-key-stores",
            "--custom-key-store-name",
            "nope",
        ],
        "DescribeCustomKeyStores",
        "CustomKeyStoreNotFoundException",
        "Custom key store named 'nope' does not exist in this Region.",
    );
    c.err(
        &[
            "describe-custom-key-stores",
            "--custom-key-store-name",
            "first",
            "--custom-key-store-id",
            &id,
        ],
        "DescribeCustomKeyStores",
        INVALID,
        "You cannot specify both CustomKeyStoreId and CustomKeyStoreName.",
    );
    let by_name = c.ok(&[
        "describe-custom-key-stores",
        "--custom-key-store-name",
        "first",
    ]);
    assert_eq!(
        by_name["CustomKeyStores"][0]["CustomKeyStoreId"],
        id.as_str()
    );
    // Ten stores per region; pages of them.
    let module = softhsm::module().display().to_string();
    for i in 1..10 {
        let label = format!("t{i}");
        s.hsm.init_token(&label);
        let cluster = format!("cluster-registered{i:03}");
        c.ok(&[
            "hsm-clusters",
            "add",
            "--cloud-hsm-cluster-id",
            &cluster,
            "--pkcs11-module",
            &module,
            "--token-label",
            &label,
        ]);
        s.create(&format!("store {i}"), &cluster, softhsm::PIN);
    }
    s.hsm.init_token("t10");
    c.ok(&[
        "hsm-clusters",
        "add",
        "--cloud-hsm-cluster-id",
        "cluster-registered010",
        "--pkcs11-module",
        &module,
        "--token-label",
        "t10",
    ]);
    c.err(
        &[
            "create-custom-key-store",
            "--custom-key-store-name",
            "eleventh",
            "--cloud-hsm-cluster-id",
            "cluster-registered010",
            "--key-store-password",
            softhsm::PIN,
            "--trust-anchor-certificate",
            &anchor,
        ],
        CREATE,
        "LimitExceededException",
        "This account and Region already have 10 custom key stores, the most allowed.",
    );
    let page = c.ok(&["describe-custom-key-stores", "--max-items", "4"]);
    assert_eq!(page["CustomKeyStores"].as_array().unwrap().len(), 4);
    assert!(page["NextToken"].is_string(), "{page}");
    let all = c.ok(&["describe-custom-key-stores", "--page-size", "3"]);
    let ids: Vec<&str> = all["CustomKeyStores"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["CustomKeyStoreId"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 10);
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "{ids:?}");
    // Other regions are other stores.
    let other = c.ok(&["describe-custom-key-stores", "--region", "eu-west-1"]);
    assert_eq!(other, serde_json::json!({"CustomKeyStores": []}));
}

//! Connecting CloudHSM key stores to SoftHSM2 tokens (issue 18): a wrong password, a locked user
//! and a missing token end in FAILED with AWS's ConnectionErrorCode; creating a store needs its
//! cluster's token. A missing SoftHSM2 fails these tests.

mod common;
mod hsm_setup;
mod key_store_env;
#[path = "softhsm/mod.rs"]
mod softhsm;

use common::*;
use hsm_setup::*;

#[test]
fn a_wrong_password_fails_the_connection_with_invalid_credentials() {
    let s = setup();
    let c = &s.cks;
    // AWS does not try the password when the store is created.
    let id = s.create("wrong-pin", CLUSTER, "not-the-pin");
    c.connect(&id);
    let entry = c.store(&id);
    assert_eq!(entry["ConnectionState"], "FAILED");
    assert_eq!(entry["ConnectionErrorCode"], "INVALID_CREDENTIALS");
    c.err(
        &["connect-custom-key-store", "--custom-key-store-id", &id],
        "ConnectCustomKeyStore",
        "CustomKeyStoreInvalidStateException",
        &format!(
            "Custom key store {id} is FAILED. Disconnect it (DisconnectCustomKeyStore) before \
             connecting it again."
        ),
    );
    // The password of a store that is not disconnected cannot change.
    c.err(
        &[
            "update-custom-key-store",
            "--custom-key-store-id",
            &id,
            "--key-store-password",
            PASSWORD,
        ],
        "UpdateCustomKeyStore",
        "CustomKeyStoreInvalidStateException",
        &format!(
            "Custom key store {id} is FAILED; its password and cluster can be changed only while \
             it is DISCONNECTED."
        ),
    );
    // Disconnected, the error code stays to be read; the right password then connects.
    c.disconnect(&id);
    let entry = c.store(&id);
    assert_eq!(entry["ConnectionState"], "DISCONNECTED");
    assert_eq!(entry["ConnectionErrorCode"], "INVALID_CREDENTIALS");
    c.ok(&[
        "update-custom-key-store",
        "--custom-key-store-id",
        &id,
        "--key-store-password",
        PASSWORD,
    ]);
    c.connect(&id);
    let entry = c.store(&id);
    assert_eq!(entry["ConnectionState"], "CONNECTED");
    assert!(entry.get("ConnectionErrorCode").is_none(), "{entry}");
    // The name may change while connected.
    c.ok(&[
        "update-custom-key-store",
        "--custom-key-store-id",
        &id,
        "--new-custom-key-store-name",
        "renamed",
    ]);
    assert_eq!(c.store(&id)["CustomKeyStoreName"], "renamed");
    let key = s.key(&id);
    let blob = c.encrypt(&key, &b64(b"pin"), "k=v");
    assert_eq!(
        unb64(c.decrypt(&blob, "k=v")["Plaintext"].as_str().unwrap()),
        b"pin"
    );
}

#[test]
fn missing_tokens_and_locked_users_have_aws_connection_error_codes() {
    let s = setup();
    s.hsm.init_token("locked");
    s.hsm.init_token("spare");
    let c = &s.cks;
    let module = softhsm::module().display().to_string();
    let add = |cluster: &str, label: &str| {
        c.ok(&[
            "hsm-clusters",
            "add",
            "--cloud-hsm-cluster-id",
            cluster,
            "--pkcs11-module",
            &module,
            "--token-label",
            label,
        ]);
    };
    add("cluster-lockedlocked1", "locked");
    add("cluster-sparesparesp", "spare");
    let locked = s.create("locked", "cluster-lockedlocked1", softhsm::PIN);
    let gone = s.create("gone", "cluster-sparesparesp", softhsm::PIN);
    s.hsm.lock_user_pin("locked");
    s.hsm.delete_token("spare");
    c.connect(&locked);
    assert_eq!(c.store(&locked)["ConnectionErrorCode"], "USER_LOCKED_OUT");
    c.connect(&gone);
    assert_eq!(c.store(&gone)["ConnectionState"], "FAILED");
    assert_eq!(c.store(&gone)["ConnectionErrorCode"], "CLUSTER_NOT_FOUND");
    // Creating a store needs its token present (the cluster active).
    let r = c.run_with(
        &[
            "create-custom-key-store",
            "--custom-key-store-name",
            "x",
            "--cloud-hsm-cluster-id",
            "cluster-sparesparesq",
            "--key-store-password",
            PASSWORD,
            "--trust-anchor-certificate",
            &s.anchor(),
        ],
        &[("LKMS_PKCS11_TOKEN_LABEL", "absent")],
    );
    assert_service_err(
        &r,
        "CreateCustomKeyStore",
        "CloudHsmClusterNotActiveException",
        &format!(
            "CloudHSM cluster cluster-sparesparesq is not active: no token labelled absent in \
             {module}."
        ),
    );
    // Without a registration or a default token, a cluster ID names nothing.
    let r = c.run_with(
        &[
            "create-custom-key-store",
            "--custom-key-store-name",
            "y",
            "--cloud-hsm-cluster-id",
            "cluster-nowherenowhe",
            "--key-store-password",
            PASSWORD,
            "--trust-anchor-certificate",
            &s.anchor(),
        ],
        &[("LKMS_PKCS11_TOKEN_LABEL", "")],
    );
    assert_service_err(
        &r,
        "CreateCustomKeyStore",
        "CloudHsmClusterNotFoundException",
        "CloudHSM cluster cluster-nowherenowhe was not found. Register its PKCS#11 token with \
         `lkms hsm-clusters add`, or name a default token with LKMS_PKCS11_MODULE and \
         LKMS_PKCS11_TOKEN_LABEL.",
    );
}

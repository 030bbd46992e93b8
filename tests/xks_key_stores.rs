//! External key stores through the command line (issue 18), against the test XKS proxy
//! (tests/fixtures/xks_proxy.py, keys in a SoftHSM2 token): the life cycle of a store and its
//! keys with double encryption, and every failure of the proxy as AWS reports it — wrong
//! credential, unreachable, timed out, uninterpretable, unknown or unsuitable external keys.
//! A missing SoftHSM2, openssl or PyKCS11 fails these tests.

mod common;
mod key_store_env;
mod xks_fixture;
mod xks_setup;

use common::*;
use xks_fixture::*;
use xks_setup::*;

#[test]
fn external_key_store_life_cycle_with_double_encryption() {
    let c = cks();
    let id = create(&c, "ExampleExternalKeyStore", PATH);
    let entry = c.store(&id);
    assert_eq!(entry["CustomKeyStoreType"], "EXTERNAL_KEY_STORE");
    assert_eq!(entry["ConnectionState"], "DISCONNECTED");
    assert_eq!(
        entry["XksProxyConfiguration"],
        serde_json::json!({
            "Connectivity": "PUBLIC_ENDPOINT", "AccessKeyId": ACCESS_KEY_ID,
            "UriEndpoint": ENDPOINT, "UriPath": PATH
        })
    );
    assert!(
        !c.ok(&["describe-custom-key-stores"])
            .to_string()
            .contains(SECRET)
    );
    c.connect(&id);
    assert_eq!(c.state(&id), "CONNECTED");
    let key = xks_key(&c, &id, KEY);
    let md = c.metadata(&key);
    assert_eq!(md["Origin"], "EXTERNAL_KEY_STORE");
    assert_eq!(md["CustomKeyStoreId"], id.as_str());
    assert_eq!(md["XksKeyConfiguration"], serde_json::json!({"Id": KEY}));
    assert!(md.get("CloudHsmClusterId").is_none(), "{md}");
    let arn = c.env.arn(&key);
    c.err(
        &[
            "create-key",
            "--origin",
            "EXTERNAL_KEY_STORE",
            "--custom-key-store-id",
            &id,
            "--xks-key-id",
            KEY,
        ],
        "CreateKey",
        "XksKeyAlreadyInUseException",
        &format!(
            "The external key {KEY} is already associated with KMS key {arn} in custom key store \
             {id}."
        ),
    );
    let blob = c.encrypt(&key, &b64(b"twice encrypted"), "app=xks");
    let out = c.decrypt(&blob, "app=xks");
    assert_eq!(
        unb64(out["Plaintext"].as_str().unwrap()),
        b"twice encrypted"
    );
    c.err(
        &[
            "decrypt",
            "--ciphertext-blob",
            &blob,
            "--encryption-context",
            "app=other",
        ],
        "Decrypt",
        "KMSInvalidStateException",
        "The external key store proxy rejected the request because the specified ciphertext or \
         encryption context is corrupted, missing, or otherwise invalid.",
    );
    let dk = c.ok(&[
        "generate-data-key",
        "--key-id",
        &key,
        "--number-of-bytes",
        "24",
    ]);
    let back = c.ok(&[
        "decrypt",
        "--ciphertext-blob",
        dk["CiphertextBlob"].as_str().unwrap(),
    ]);
    assert_eq!(back["Plaintext"], dk["Plaintext"]);
    let other = xks_key(&c, &id, KEY_2);
    let moved = c.ok(&[
        "re-encrypt",
        "--ciphertext-blob",
        &blob,
        "--source-encryption-context",
        "app=xks",
        "--destination-key-id",
        &other,
    ]);
    let out = c.ok(&[
        "decrypt",
        "--ciphertext-blob",
        moved["CiphertextBlob"].as_str().unwrap(),
    ]);
    assert_eq!(
        unb64(out["Plaintext"].as_str().unwrap()),
        b"twice encrypted"
    );
    c.err(
        &["enable-key-rotation", "--key-id", &key],
        "EnableKeyRotation",
        "UnsupportedOperationException",
        &format!("{arn} origin is EXTERNAL_KEY_STORE which is not valid for this operation."),
    );
    // The credential and the path may change while connected (the proxy takes any prefix).
    c.ok(&[
        "update-custom-key-store",
        "--custom-key-store-id",
        &id,
        "--xks-proxy-uri-path",
        "/tenant-a/kms/xks/v1",
    ]);
    assert_eq!(
        c.store(&id)["XksProxyConfiguration"]["UriPath"],
        "/tenant-a/kms/xks/v1"
    );
    assert_eq!(
        unb64(c.decrypt(&blob, "app=xks")["Plaintext"].as_str().unwrap()),
        b"twice encrypted"
    );
    c.err(
        &[
            "update-custom-key-store",
            "--custom-key-store-id",
            &id,
            "--xks-proxy-uri-endpoint",
            "https://other.lkms.test",
        ],
        "UpdateCustomKeyStore",
        "CustomKeyStoreInvalidStateException",
        &format!(
            "Custom key store {id} is CONNECTED; its proxy endpoint and connectivity can be \
             changed only while it is DISCONNECTED."
        ),
    );
    // A new credential is tried before it is kept.
    c.err(
        &[
            "update-custom-key-store",
            "--custom-key-store-id",
            &id,
            "--xks-proxy-authentication-credential",
            &credential_arg("d3JvbmctLXdyb25nLS13cm9uZy0td3JvbmctLXdyb25nLS13cm9uZw"),
        ],
        "UpdateCustomKeyStore",
        "XksProxyIncorrectAuthenticationCredentialException",
        "The external key store proxy rejected the request because it could not authenticate \
         AWS KMS. Verify the XKS proxy authentication credentials for your external key store \
         and update if necessary.",
    );
    c.err(
        &[
            "generate-random",
            "--number-of-bytes",
            "8",
            "--custom-key-store-id",
            &id,
        ],
        "GenerateRandom",
        "UnsupportedOperationException",
        &format!(
            "Custom key store {id} is an external key store, which cannot generate random \
             bytes; only CloudHSM key stores can."
        ),
    );
    // Disconnected: Unavailable.
    c.disconnect(&id);
    assert_eq!(c.metadata(&key)["KeyState"], "Unavailable");
    c.err(
        &[
            "decrypt",
            "--ciphertext-blob",
            &blob,
            "--encryption-context",
            "app=xks",
        ],
        "Decrypt",
        "KMSInvalidStateException",
        &format!("{arn} is unavailable."),
    );
    for k in [&key, &other] {
        c.ok(&[
            "schedule-key-deletion",
            "--key-id",
            k,
            "--pending-window-in-days",
            "7",
        ]);
    }
    let r = c.run_with(&["list-keys"], &[("LKMS_NOW", "2999-01-01T00:00:00Z")]);
    assert_eq!(r.code, 0, "{r:?}");
    c.ok(&["delete-custom-key-store", "--custom-key-store-id", &id]);
    assert_eq!(
        c.ok(&["describe-custom-key-stores"]),
        serde_json::json!({"CustomKeyStores": []})
    );
}

#[test]
fn proxy_failures_at_create_and_connect_are_aws_exceptions() {
    let c = cks();
    let fail = |args: Vec<String>, more: &[(&str, &str)], code: &str, message: &str| {
        let r = c.run_with(&strs(&args), more);
        assert_service_err(&r, CREATE, code, message);
    };
    fail(
        create_args(
            "bad-secret",
            PATH,
            "d3JvbmctLXdyb25nLS13cm9uZy0td3JvbmctLXdyb25nLS13cm9uZw",
        ),
        &[],
        "XksProxyIncorrectAuthenticationCredentialException",
        "The external key store proxy rejected the request because it could not authenticate \
         AWS KMS. Verify the XKS proxy authentication credentials for your external key store \
         and update if necessary.",
    );
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let closed_addr = closed.local_addr().unwrap().to_string();
    drop(closed);
    fail(
        create_args("refused", PATH, SECRET),
        &[("LKMS_XKS_CONNECT_TO", &closed_addr)],
        "XksProxyUriUnreachableException",
        UNREACHABLE,
    );
    fail(
        create_args("slow", "/slow-3000/kms/xks/v1", SECRET),
        &[("LKMS_XKS_TIMEOUT_MS", "300")],
        "XksProxyUriUnreachableException",
        TIMED_OUT,
    );
    fail(
        create_args("garbage", "/garbage/kms/xks/v1", SECRET),
        &[],
        "XksProxyInvalidResponseException",
        "AWS KMS cannot interpret the response from the external key store proxy. If you see \
         this error repeatedly, report it to your external key store proxy administrator.",
    );
    fail(
        create_args("down", "/unavailable/kms/xks/v1", SECRET),
        &[],
        "XksProxyUriUnreachableException",
        "The external key store proxy reports that none of its external key managers is \
         available. Verify that the external key managers are running and reachable from the \
         proxy.",
    );
    let mut vpc = create_args("vpc", PATH, SECRET);
    vpc[6] = "VPC_ENDPOINT_SERVICE".into();
    vpc.extend([
        "--xks-proxy-vpc-endpoint-service-name".into(),
        "com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0".into(),
    ]);
    fail(
        vpc,
        &[],
        "XksProxyVpcEndpointServiceNotFoundException",
        "The VPC endpoint service com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0 was \
         not found: lkms has no VPC, so external key stores reach their proxy through a \
         PUBLIC_ENDPOINT.",
    );
    let mut no_path = create_args("no-path", PATH, SECRET);
    no_path.drain(9..11);
    fail(
        no_path,
        &[],
        "ValidationException",
        "The XksProxyUriPath parameter is required for a custom key store of type \
         EXTERNAL_KEY_STORE.",
    );
    let id = create(&c, "first", PATH);
    fail(
        create_args("second", PATH, SECRET),
        &[],
        "XksProxyUriInUseException",
        &format!("The XKS proxy URI {ENDPOINT}{PATH} is already used by custom key store {id}."),
    );
    // Connection failures leave the store FAILED with AWS's code.
    let slow = create(&c, "slow", "/slow-2000/kms/xks/v1");
    let r = c.run_with(
        &["connect-custom-key-store", "--custom-key-store-id", &slow],
        &[("LKMS_XKS_TIMEOUT_MS", "200")],
    );
    assert_eq!(r.code, 0, "{r:?}");
    let entry = c.store(&slow);
    assert_eq!(entry["ConnectionState"], "FAILED");
    assert_eq!(entry["ConnectionErrorCode"], "XKS_PROXY_TIMED_OUT");
    let r = c.run_with(
        &["connect-custom-key-store", "--custom-key-store-id", &id],
        &[("LKMS_XKS_CONNECT_TO", &closed_addr)],
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(
        c.store(&id)["ConnectionErrorCode"],
        "XKS_PROXY_NOT_REACHABLE"
    );
}

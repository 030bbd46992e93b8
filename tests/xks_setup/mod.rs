//! External key stores for the end-to-end tests: a keystore whose lkms runs reach the shared
//! test XKS proxy, and the commands that create stores and keys in it.
#![allow(dead_code)]

use crate::key_store_env::Cks;
use crate::xks_fixture::*;

pub const CREATE: &str = "CreateCustomKeyStore";
pub const UNREACHABLE: &str = "AWS KMS cannot communicate with the external key store proxy. This \
    might be a transient network issue. If you see this error repeatedly, verify that your \
    external key store proxy is active and is connected to the network, and that its endpoint \
    URI is correct in your external keystore.";
pub const TIMED_OUT: &str = "AWS KMS rejected the request because the external key store proxy did \
    not respond in time. Retry the request. If you see this error repeatedly, report it to your \
    external key store proxy administrator.";

/// A keystore whose lkms runs reach the shared test proxy (with a timeout generous enough for
/// a loaded machine).
pub fn cks() -> Cks {
    let mut vars: Vec<(String, String)> = XksProxy::shared()
        .env()
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    vars.push(("LKMS_XKS_TIMEOUT_MS".into(), "10000".into()));
    Cks::new(vars)
}

pub fn credential_arg(secret: &str) -> String {
    format!("AccessKeyId={ACCESS_KEY_ID},RawSecretAccessKey={secret}")
}

/// The arguments that create an external key store named `name` at `path`.
pub fn create_args(name: &str, path: &str, secret: &str) -> Vec<String> {
    [
        "create-custom-key-store",
        "--custom-key-store-name",
        name,
        "--custom-key-store-type",
        "EXTERNAL_KEY_STORE",
        "--xks-proxy-connectivity",
        "PUBLIC_ENDPOINT",
        "--xks-proxy-uri-endpoint",
        ENDPOINT,
        "--xks-proxy-uri-path",
        path,
        "--xks-proxy-authentication-credential",
        &credential_arg(secret),
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

pub fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

pub fn create(c: &Cks, name: &str, path: &str) -> String {
    c.ok(&strs(&create_args(name, path, SECRET)))["CustomKeyStoreId"]
        .as_str()
        .unwrap()
        .to_string()
}

pub fn xks_key(c: &Cks, store: &str, external: &str) -> String {
    let v = c.ok(&[
        "create-key",
        "--origin",
        "EXTERNAL_KEY_STORE",
        "--custom-key-store-id",
        store,
        "--xks-key-id",
        external,
    ]);
    v["KeyMetadata"]["KeyId"].as_str().unwrap().to_string()
}

//! A throw-away keystore (tests/common) whose lkms runs see extra environment: the SoftHSM2
//! tokens of a test (`SOFTHSM2_CONF`, the default token) or the test XKS proxy (`LKMS_XKS_*`).
#![allow(dead_code)]

use super::common::{Env, Run, assert_service_err};
use serde_json::Value;

/// A keystore and the environment every lkms run gets.
pub struct Cks {
    pub env: Env,
    pub vars: Vec<(String, String)>,
}

impl Cks {
    /// A fresh keystore; runs see `vars`.
    pub fn new(vars: Vec<(String, String)>) -> Self {
        Self {
            env: Env::new(),
            vars,
        }
    }

    /// Runs lkms with `args`, the extra environment, and `more`.
    pub fn run_with(&self, args: &[&str], more: &[(&str, &str)]) -> Run {
        let mut vars: Vec<(&str, &str)> = self
            .vars
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        vars.extend_from_slice(more);
        self.env.run_env(args, &vars)
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with(args, &[])
    }

    /// Runs lkms and expects success; the JSON output (`Null` when there is none).
    pub fn ok(&self, args: &[&str]) -> Value {
        let r = self.run(args);
        assert_eq!(r.code, 0, "lkms {args:?} failed: {r:?}");
        if r.stdout.is_empty() {
            Value::Null
        } else {
            r.json()
        }
    }

    /// Runs lkms and expects the service error `code` of `operation` with exactly `message`.
    pub fn err(&self, args: &[&str], operation: &str, code: &str, message: &str) {
        let r = self.run(args);
        assert_service_err(&r, operation, code, message);
    }

    /// The DescribeCustomKeyStores entry of the store `id`.
    pub fn store(&self, id: &str) -> Value {
        let v = self.ok(&["describe-custom-key-stores", "--custom-key-store-id", id]);
        v["CustomKeyStores"][0].clone()
    }

    /// The store's ConnectionState.
    pub fn state(&self, id: &str) -> String {
        self.store(id)["ConnectionState"]
            .as_str()
            .unwrap()
            .to_string()
    }

    pub fn connect(&self, id: &str) {
        self.ok(&["connect-custom-key-store", "--custom-key-store-id", id]);
    }

    pub fn disconnect(&self, id: &str) {
        self.ok(&["disconnect-custom-key-store", "--custom-key-store-id", id]);
    }

    /// The KeyMetadata of a key.
    pub fn metadata(&self, key: &str) -> Value {
        self.ok(&["describe-key", "--key-id", key])["KeyMetadata"].clone()
    }

    /// Encrypts `plaintext` (base64) under `key` with the context `ctx` (`k=v`).
    pub fn encrypt(&self, key: &str, plaintext_b64: &str, ctx: &str) -> String {
        let v = self.ok(&[
            "encrypt",
            "--key-id",
            key,
            "--plaintext",
            plaintext_b64,
            "--encryption-context",
            ctx,
        ]);
        v["CiphertextBlob"].as_str().unwrap().to_string()
    }

    /// Decrypts `blob` with the context `ctx`; the Decrypt response.
    pub fn decrypt(&self, blob: &str, ctx: &str) -> Value {
        self.ok(&[
            "decrypt",
            "--ciphertext-blob",
            blob,
            "--encryption-context",
            ctx,
        ])
    }
}

//! A keystore whose lkms runs see a SoftHSM2 token `kms` as the default token, and a CA
//! certificate to give as trust anchor: what the CloudHSM key store tests start from.
#![allow(dead_code)]

use crate::common::openssl;
use crate::key_store_env::Cks;
use crate::softhsm::{self, SoftHsm};
use std::path::PathBuf;

pub const CLUSTER: &str = "cluster-1a23b4cdefg";
pub const PASSWORD: &str = "ExamplePassword";

/// A keystore, a SoftHSM2 token `kms` (PIN [`PASSWORD`]) as the default token, and a CA
/// certificate to give as trust anchor.
pub struct Setup {
    pub hsm: SoftHsm,
    pub cks: Cks,
    pub ca: PathBuf,
}

pub fn setup() -> Setup {
    let hsm = SoftHsm::new();
    hsm.init_token_with_pin("kms", PASSWORD);
    let ca = hsm.dir.path().join("customerCA.crt");
    certificate(&ca, "lkms test cluster CA");
    let cks = Cks::new(vec![
        ("SOFTHSM2_CONF".into(), hsm.conf().display().to_string()),
        (
            "LKMS_PKCS11_MODULE".into(),
            softhsm::module().display().to_string(),
        ),
        ("LKMS_PKCS11_TOKEN_LABEL".into(), "kms".into()),
    ]);
    Setup { hsm, cks, ca }
}

/// A self-signed P-256 certificate written to `path`.
pub fn certificate(path: &std::path::Path, cn: &str) {
    let key = path.with_extension("key");
    openssl(&[
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        &key.display().to_string(),
        "-out",
        &path.display().to_string(),
        "-days",
        "2",
        "-subj",
        &format!("/CN={cn}"),
    ]);
}

impl Setup {
    pub fn anchor(&self) -> String {
        format!("file://{}", self.ca.display())
    }

    /// Creates a CloudHSM key store; returns its ID.
    pub fn create(&self, name: &str, cluster: &str, password: &str) -> String {
        let v = self.cks.ok(&[
            "create-custom-key-store",
            "--custom-key-store-name",
            name,
            "--cloud-hsm-cluster-id",
            cluster,
            "--key-store-password",
            password,
            "--trust-anchor-certificate",
            &self.anchor(),
        ]);
        v["CustomKeyStoreId"].as_str().unwrap().to_string()
    }

    /// Creates a key in the store; returns its key ID.
    pub fn key(&self, store: &str) -> String {
        let v = self.cks.ok(&[
            "create-key",
            "--origin",
            "AWS_CLOUDHSM",
            "--custom-key-store-id",
            store,
        ]);
        v["KeyMetadata"]["KeyId"].as_str().unwrap().to_string()
    }

    /// The key objects of the token `kms`, as pkcs11-tool lists them.
    pub fn objects(&self) -> String {
        let out = self
            .hsm
            .pkcs11_tool("kms", &["--login", "--pin", PASSWORD, "--list-objects"]);
        assert!(out.status.success(), "{out:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }
}

//! Custom key stores (CloudHSM key stores backed by PKCS#11 tokens, and external key stores
//! backed by XKS proxies), and the PKCS#11 tokens registered as CloudHSM clusters.
//!
//! A region's custom key stores are one MACed document, `custom-key-stores/<region>.json`, so
//! a name is unique by construction under the lock. The key-store password and the XKS proxy's
//! secret access key are sealed under the keystore's sealing key, bound to region, store ID (and
//! access key ID), so neither sits on disk in the clear or opens for another store.
//! `hsm-clusters.json` maps cluster IDs to tokens (module path and token label).

use super::document;
use super::error::{StoreError, StoreResult, io_error};
use super::keystore::Keystore;
use crate::crypto::secret::SecretString;
use crate::model::XksProxyConnectivityType;
use crate::model::{ConnectionErrorCodeType, ConnectionStateType, CustomKeyStoreType};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const STORES_DIR: &str = "custom-key-stores";
const STORES_KIND: &str = "CustomKeyStores";
const CLUSTERS_FILE: &str = "hsm-clusters.json";
const CLUSTERS_KIND: &str = "HsmClusters";
const PASSWORD_PURPOSE: &str = "lkms key store password v1";
const XKS_SECRET_PURPOSE: &str = "lkms xks proxy secret v1";

/// One custom key store.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct CustomKeyStoreRecord {
    /// `cks-` and 17 hexadecimal digits.
    pub custom_key_store_id: String,
    /// The friendly name, unique in the region.
    pub custom_key_store_name: String,
    /// AWS_CLOUDHSM or EXTERNAL_KEY_STORE.
    pub custom_key_store_type: CustomKeyStoreType,
    /// Creation time, epoch milliseconds.
    pub creation_date: i64,
    /// The connection state.
    pub connection_state: ConnectionStateType,
    /// Why the last connection attempt failed (with state FAILED, or kept after a disconnect).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_error_code: Option<ConnectionErrorCodeType>,
    /// The settings of a CloudHSM key store.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_hsm: Option<CloudHsmSettings>,
    /// The settings of an external key store.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub xks: Option<XksSettings>,
}

/// Where a CloudHSM key store's keys live.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct CloudHsmSettings {
    /// The cluster ID (`cluster-…`), resolved to a token through the registered clusters.
    pub cluster_id: String,
    /// The trust anchor certificate (PEM), as given.
    pub trust_anchor_certificate: String,
    /// Base64 of the sealed key-store password (the token's user PIN).
    pub sealed_password: String,
    /// The serial number of the token the store was created on: a new cluster must lead to
    /// the same token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_serial: Option<String>,
}

/// How an external key store reaches its XKS proxy.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct XksSettings {
    /// PUBLIC_ENDPOINT or VPC_ENDPOINT_SERVICE.
    pub connectivity: XksProxyConnectivityType,
    /// `https://host`.
    pub uri_endpoint: String,
    /// `[/prefix]/kms/xks/v1`.
    pub uri_path: String,
    /// The VPC endpoint service name, for VPC_ENDPOINT_SERVICE connectivity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_endpoint_service_name: Option<String>,
    /// The account that owns the VPC endpoint service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vpc_endpoint_service_owner: Option<String>,
    /// The proxy credential's access key ID.
    pub access_key_id: String,
    /// Base64 of the sealed raw secret access key.
    pub sealed_secret: String,
}

/// A region's custom key stores by ID.
pub type CustomKeyStores = BTreeMap<String, CustomKeyStoreRecord>;

/// A PKCS#11 token registered as a CloudHSM cluster (`lkms hsm-clusters add`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct HsmCluster {
    /// The path of the PKCS#11 module.
    pub pkcs11_module: String,
    /// The token's label.
    pub token_label: String,
    /// The certificate CreateCustomKeyStore must be given as trust anchor, if one was set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trust_anchor_certificate: Option<String>,
}

/// Registered clusters by cluster ID.
pub type HsmClusters = BTreeMap<String, HsmCluster>;

fn read_doc<T: DeserializeOwned + Default>(
    ks: &Keystore,
    kind: &str,
    identity: &[&str],
    path: &Path,
) -> StoreResult<T> {
    match std::fs::read(path) {
        Ok(bytes) => document::decode(ks.doc_key(), kind, identity, &bytes, path),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(T::default()),
        Err(e) => Err(io_error(path, e)),
    }
}

fn unsealed(
    opened: Option<crate::crypto::secret::Secret>,
    what: String,
) -> StoreResult<SecretString> {
    opened
        .and_then(|b| String::from_utf8(b.to_vec()).ok())
        .map(SecretString::new)
        .ok_or_else(|| {
            StoreError::Corrupt(format!("{what} does not open: it was altered or moved"))
        })
}

impl Keystore {
    fn stores_path(&self, region: &str) -> PathBuf {
        self.dir().join(STORES_DIR).join(format!("{region}.json"))
    }

    /// The custom key stores of `region` (none if there are none yet).
    pub fn load_custom_key_stores(&self, region: &str) -> StoreResult<CustomKeyStores> {
        read_doc(self, STORES_KIND, &[region], &self.stores_path(region))
    }

    /// Replaces the custom key stores of `region`. Hold the lock.
    pub fn write_custom_key_stores(&self, region: &str, s: &CustomKeyStores) -> StoreResult<()> {
        let path = self.stores_path(region);
        let dir = self.dir().join(STORES_DIR);
        super::fsutil::private_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
        document::write(self.doc_key(), STORES_KIND, &[region], s, &path)
    }

    /// The regions that have custom key stores (or had them).
    pub fn custom_key_store_regions(&self) -> StoreResult<Vec<String>> {
        let mut regions: Vec<String> = super::fsutil::entries(&self.dir().join(STORES_DIR))?
            .into_iter()
            .filter_map(|e| {
                let name = e.file_name().into_string().ok()?;
                name.strip_suffix(".json").map(str::to_string)
            })
            .collect();
        regions.sort_unstable();
        Ok(regions)
    }

    /// The key-store password sealed for the store `id` of `region`, in base64.
    pub fn seal_key_store_password(&self, region: &str, id: &str, password: &str) -> String {
        B64.encode(self.seal_bound(PASSWORD_PURPOSE, &[region, id], password.as_bytes()))
    }

    /// The key-store password of a CloudHSM key store.
    pub fn open_key_store_password(
        &self,
        region: &str,
        id: &str,
        sealed: &str,
    ) -> StoreResult<SecretString> {
        let opened = B64
            .decode(sealed)
            .ok()
            .and_then(|s| self.open_bound(PASSWORD_PURPOSE, &[region, id], &s));
        unsealed(opened, format!("the password of custom key store {id}"))
    }

    /// The XKS proxy's secret access key sealed for the store `id` and `access_key_id`.
    pub fn seal_xks_secret(
        &self,
        region: &str,
        id: &str,
        access_key_id: &str,
        secret: &str,
    ) -> String {
        B64.encode(self.seal_bound(
            XKS_SECRET_PURPOSE,
            &[region, id, access_key_id],
            secret.as_bytes(),
        ))
    }

    /// The XKS proxy's secret access key of an external key store.
    pub fn open_xks_secret(
        &self,
        region: &str,
        id: &str,
        x: &XksSettings,
    ) -> StoreResult<SecretString> {
        let opened = B64
            .decode(&x.sealed_secret)
            .ok()
            .and_then(|s| self.open_bound(XKS_SECRET_PURPOSE, &[region, id, &x.access_key_id], &s));
        unsealed(opened, format!("the proxy secret of custom key store {id}"))
    }

    /// The registered CloudHSM clusters.
    pub fn load_hsm_clusters(&self) -> StoreResult<HsmClusters> {
        read_doc(self, CLUSTERS_KIND, &[], &self.dir().join(CLUSTERS_FILE))
    }

    /// Replaces the registered CloudHSM clusters. Hold the lock.
    pub fn write_hsm_clusters(&self, c: &HsmClusters) -> StoreResult<()> {
        document::write(
            self.doc_key(),
            CLUSTERS_KIND,
            &[],
            c,
            &self.dir().join(CLUSTERS_FILE),
        )
    }
}

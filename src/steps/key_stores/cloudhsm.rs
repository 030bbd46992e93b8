//! CloudHSM key stores on PKCS#11 tokens: which token a cluster ID names, logging in with the
//! key-store password, and the key objects and AES-GCM inside the token.

use super::super::Service;
use crate::crypto::custom_blob::{CustomBlob, CustomHeader, StoreKind};
use crate::crypto::hsm::{HsmError, Token, TokenLocation};
use crate::crypto::secret::Secret;
use crate::error::{Error, ErrorCode, kms};
use crate::model::ConnectionErrorCodeType;
use crate::store::{CustomKeyStoreRecord, HsmCluster, HsmClusters, KeyRecord};
use std::path::PathBuf;

/// What a cryptographic operation says when the token cannot be used (AWS's text).
pub const UNREACHABLE: &str = "KMS cannot communicate with your CloudHSM cluster";

/// The registered clusters.
pub fn clusters(svc: &Service) -> Result<HsmClusters, Error> {
    Ok(svc.store().load_hsm_clusters()?)
}

fn location_of(c: &HsmCluster) -> TokenLocation {
    TokenLocation {
        module: PathBuf::from(&c.pkcs11_module),
        label: c.token_label.clone(),
    }
}

/// The token a cluster ID names: its registration, else the default token of
/// `LKMS_PKCS11_MODULE` and `LKMS_PKCS11_TOKEN_LABEL`; `None` when neither exists. Also returns
/// the trust anchor the registration requires, if any.
pub fn resolve(
    svc: &Service,
    cluster_id: &str,
) -> Result<Option<(TokenLocation, Option<String>)>, Error> {
    if let Some(c) = clusters(svc)?.get(cluster_id) {
        return Ok(Some((location_of(c), c.trust_anchor_certificate.clone())));
    }
    Ok(TokenLocation::from_env().map(|l| (l, None)))
}

/// CloudHsmClusterNotFoundException for `cluster_id`.
pub fn cluster_not_found(cluster_id: &str) -> Error {
    kms(
        ErrorCode::CloudHsmClusterNotFoundException,
        format!(
            "CloudHSM cluster {cluster_id} was not found. Register its PKCS#11 token with \
             `lkms hsm-clusters add`, or name a default token with LKMS_PKCS11_MODULE and \
             LKMS_PKCS11_TOKEN_LABEL."
        ),
    )
}

/// The serial number of the cluster's token, asked without logging in:
/// CloudHsmClusterNotFoundException for an unknown cluster, CloudHsmClusterNotActiveException
/// when its token is not there.
pub fn token_serial(svc: &Service, cluster_id: &str) -> Result<String, Error> {
    let (location, _) = resolve(svc, cluster_id)?.ok_or_else(|| cluster_not_found(cluster_id))?;
    Token::serial_number(&location).map_err(|e| {
        kms(
            ErrorCode::CloudHsmClusterNotActiveException,
            format!("CloudHSM cluster {cluster_id} is not active: {e}."),
        )
    })
}

/// Logs in to the store's token with its password (once per process; later calls reuse the
/// session).
fn token(svc: &Service, store: &CustomKeyStoreRecord) -> Result<Token, HsmError> {
    let settings = store
        .cloud_hsm
        .as_ref()
        .ok_or_else(|| HsmError::Internal("not a CloudHSM key store".into()))?;
    let (location, _) = resolve(svc, &settings.cluster_id)
        .map_err(|e| HsmError::Internal(e.to_string()))?
        .ok_or_else(|| HsmError::ClusterNotFound(settings.cluster_id.clone()))?;
    let password = svc
        .store()
        .open_key_store_password(
            svc.region(),
            &store.custom_key_store_id,
            &settings.sealed_password,
        )
        .map_err(|e| HsmError::Internal(e.to_string()))?;
    Token::connect(&location, password.expose())
}

/// ConnectCustomKeyStore's attempt: logs in to the token; the ConnectionErrorCode if it fails.
pub fn connect(svc: &Service, store: &CustomKeyStoreRecord) -> Result<(), ConnectionErrorCodeType> {
    token(svc, store).map(drop).map_err(|e| {
        ConnectionErrorCodeType::parse(e.connection_error_code())
            .unwrap_or(ConnectionErrorCodeType::INTERNAL_ERROR)
    })
}

/// Logs this process out of the store's token (other processes see the DISCONNECTED state).
pub fn disconnect(svc: &Service, store: &CustomKeyStoreRecord) {
    let Some(settings) = &store.cloud_hsm else {
        return;
    };
    if let Ok(Some((location, _))) = resolve(svc, &settings.cluster_id) {
        Token::disconnect_at(&location);
    }
}

/// A token failure in a cryptographic operation, as AWS reports it.
fn crypto_error(svc: &Service, rec: &KeyRecord, e: HsmError) -> Error {
    match e {
        HsmError::InvalidCiphertext => kms(ErrorCode::InvalidCiphertextException, ""),
        HsmError::KeyNotFound(_) => kms(
            ErrorCode::KMSInvalidStateException,
            format!(
                "{} has no key material in its CloudHSM cluster.",
                svc.key_arn(&rec.key_id)
            ),
        ),
        _ => kms(ErrorCode::KMSInvalidStateException, UNREACHABLE),
    }
}

/// Generates the key's AES-256 object (sensitive, never extractable, labelled with the key ID)
/// in the store's token, for CreateKey.
pub fn create_key(svc: &Service, store: &CustomKeyStoreRecord, key_id: &str) -> Result<(), Error> {
    let fail = |e: HsmError| {
        kms(
            ErrorCode::CustomKeyStoreInvalidStateException,
            format!("{UNREACHABLE}: {e}."),
        )
    };
    token(svc, store)
        .map_err(fail)?
        .generate_key(key_id)
        .map_err(fail)
}

fn header(store: &CustomKeyStoreRecord, rec: &KeyRecord) -> CustomHeader {
    CustomHeader {
        kind: StoreKind::CloudHsm,
        key_id: rec.key_id.clone(),
        store_id: store.custom_key_store_id.clone(),
        material_id: String::new(),
    }
}

/// AES-GCM inside the token; returns the version 2 blob.
pub fn seal(
    svc: &Service,
    store: &CustomKeyStoreRecord,
    rec: &KeyRecord,
    plaintext: &[u8],
    context: &[u8],
) -> Result<Vec<u8>, Error> {
    token(svc, store)
        .and_then(|t| t.seal_blob(&header(store, rec), context, plaintext))
        .map_err(|e| crypto_error(svc, rec, e))
}

/// Opens a blob inside the token.
pub fn open(
    svc: &Service,
    store: &CustomKeyStoreRecord,
    rec: &KeyRecord,
    blob: &CustomBlob,
    context: &[u8],
) -> Result<Secret, Error> {
    if blob.header.kind != StoreKind::CloudHsm {
        return Err(kms(ErrorCode::InvalidCiphertextException, ""));
    }
    token(svc, store)
        .and_then(|t| t.open_blob(blob, context))
        .map_err(|e| crypto_error(svc, rec, e))
}

/// Destroys the key's object in the token, if the token can be reached; errors are ignored.
pub fn destroy(svc: &Service, store: &CustomKeyStoreRecord, rec: &KeyRecord) {
    if let Ok(t) = token(svc, store) {
        let _ = t.destroy_key(&rec.key_id);
    }
}

/// `n` random bytes from the store's token (GenerateRandom with a CustomKeyStoreId).
pub fn random(svc: &Service, store: &CustomKeyStoreRecord, n: usize) -> Result<Secret, Error> {
    token(svc, store)
        .and_then(|t| t.random(n))
        .map_err(|_| kms(ErrorCode::KMSInternalException, UNREACHABLE))
}

/// True for the form of a CloudHSM cluster ID: `cluster-` and 11 to 16 letters or digits (the
/// model allows only the digits 2-7, but AWS's own examples use others, see
/// [`crate::steps::validate`]).
fn is_cluster_id(id: &str) -> bool {
    id.strip_prefix("cluster-").is_some_and(|rest| {
        (11..=16).contains(&rest.len()) && rest.bytes().all(|b| b.is_ascii_alphanumeric())
    })
}

/// Registers (or replaces) the token that stands for CloudHSM cluster `cluster_id`
/// (`lkms hsm-clusters add`).
pub fn add_cluster(svc: &Service, cluster_id: &str, cluster: HsmCluster) -> Result<(), Error> {
    if !is_cluster_id(cluster_id) {
        return Err(Error::Usage(format!(
            "--cloud-hsm-cluster-id must be `cluster-` and 11 to 16 letters or digits, as \
             AWS's cluster IDs are, not '{cluster_id}'"
        )));
    }
    if !std::path::Path::new(&cluster.pkcs11_module).is_file() {
        return Err(Error::Usage(format!(
            "--pkcs11-module {} is not a file (the path of a PKCS#11 module, such as \
             libsofthsm2.so)",
            cluster.pkcs11_module
        )));
    }
    if cluster.token_label.is_empty() || cluster.token_label.len() > 32 {
        return Err(Error::Usage(
            "--token-label must be 1 to 32 bytes, as PKCS#11 token labels are".into(),
        ));
    }
    if let Some(pem) = &cluster.trust_anchor_certificate {
        crate::crypto::certificate::parse_pem(pem).map_err(|why| {
            Error::Usage(format!("--trust-anchor-certificate is not valid: {why}"))
        })?;
    }
    let store = svc.store();
    let _lock = store.lock()?;
    let mut all = store.load_hsm_clusters()?;
    all.insert(cluster_id.to_string(), cluster);
    Ok(store.write_hsm_clusters(&all)?)
}

/// Forgets a registered cluster (`lkms hsm-clusters remove`); refused while a custom key store
/// of any region uses it.
pub fn remove_cluster(svc: &Service, cluster_id: &str) -> Result<(), Error> {
    let store = svc.store();
    let _lock = store.lock()?;
    let mut all = store.load_hsm_clusters()?;
    if !all.contains_key(cluster_id) {
        return Err(Error::Usage(format!(
            "no CloudHSM cluster {cluster_id} is registered in this keystore"
        )));
    }
    for region in store.custom_key_store_regions()? {
        let user = store
            .load_custom_key_stores(&region)?
            .into_values()
            .find(|s| {
                s.cloud_hsm
                    .as_ref()
                    .is_some_and(|c| c.cluster_id == cluster_id)
            });
        if let Some(s) = user {
            return Err(Error::Usage(format!(
                "CloudHSM cluster {cluster_id} is used by custom key store {} in {region}; \
                 delete that key store first",
                s.custom_key_store_id
            )));
        }
    }
    all.remove(cluster_id);
    Ok(store.write_hsm_clusters(&all)?)
}

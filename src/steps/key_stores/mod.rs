//! Custom key stores: finding them, their connection state and what it does to their keys, and
//! routing a key's cryptography to its backing store — a PKCS#11 token for AWS_CLOUDHSM key
//! stores ([`cloudhsm`]), an XKS proxy for external key stores ([`external`]).
//!
//! The connection state is the keystore's, so every process sees it: a CONNECTED store means
//! "log in (or reach the proxy) when a key is used"; each process logs in to a token once and
//! keeps the session (see [`crate::crypto::hsm`]). While a store is not CONNECTED its keys are
//! `Unavailable` (unless pending deletion): described and managed, never used.

pub mod cloudhsm;
pub mod external;
pub mod new_key;
pub mod rules;

use super::Service;
use crate::crypto::custom_blob::CustomBlob;
use crate::crypto::random;
use crate::crypto::secret::Secret;
use crate::error::{Error, ErrorCode, kms};
use crate::model::{
    ConnectionStateType, CustomKeyStoreType, CustomKeyStoresListEntry, KeyState, OriginType,
    Timestamp, XksProxyConfigurationType,
};
use crate::store::{CustomKeyStoreRecord, CustomKeyStores, KeyRecord};

/// The most custom key stores a region holds (AWS's quota).
pub const MAX_PER_REGION: usize = 10;

/// CustomKeyStoreNotFoundException for the ID `id`.
pub fn not_found(id: &str) -> Error {
    kms(
        ErrorCode::CustomKeyStoreNotFoundException,
        format!("Custom key store '{id}' does not exist in this Region."),
    )
}

/// A fresh custom key store ID: `cks-` and 17 hexadecimal digits, as AWS issues them.
pub fn new_id() -> String {
    let hex = random::hex_id();
    format!("cks-{}", &hex[..17])
}

/// The key-store password of the store `id`, sealed for its record.
pub fn seal_password(svc: &Service, id: &str, password: &str) -> String {
    svc.store()
        .seal_key_store_password(svc.region(), id, password)
}

/// The XKS proxy secret of the store `id`, sealed for its record.
pub fn seal_secret(svc: &Service, id: &str, access_key_id: &str, secret: &str) -> String {
    svc.store()
        .seal_xks_secret(svc.region(), id, access_key_id, secret)
}

/// The XKS proxy secret of the store `id`, opened.
pub fn open_secret(
    svc: &Service,
    id: &str,
    x: &crate::store::XksSettings,
) -> Result<crate::crypto::secret::SecretString, Error> {
    Ok(svc.store().open_xks_secret(svc.region(), id, x)?)
}

/// The region's custom key stores.
pub fn all(svc: &Service) -> Result<CustomKeyStores, Error> {
    Ok(svc.store().load_custom_key_stores(svc.region())?)
}

/// The custom key store `id`, or CustomKeyStoreNotFoundException.
pub fn find(svc: &Service, id: &str) -> Result<CustomKeyStoreRecord, Error> {
    all(svc)?.remove(id).ok_or_else(|| not_found(id))
}

/// Runs `f` on the region's custom key stores under the write lock, then stores them.
pub fn update<T>(
    svc: &Service,
    f: impl FnOnce(&mut CustomKeyStores) -> Result<T, Error>,
) -> Result<T, Error> {
    let store = svc.store();
    let _lock = store.lock()?;
    let mut stores = store.load_custom_key_stores(svc.region())?;
    let out = f(&mut stores)?;
    store.write_custom_key_stores(svc.region(), &stores)?;
    Ok(out)
}

/// Runs `f` on the custom key store `id` under the write lock, then stores it.
pub fn update_one<T>(
    svc: &Service,
    id: &str,
    f: impl FnOnce(&mut CustomKeyStoreRecord) -> Result<T, Error>,
) -> Result<T, Error> {
    update(svc, |stores| {
        f(stores.get_mut(id).ok_or_else(|| not_found(id))?)
    })
}

/// CustomKeyStoreNameInUseException unless `name` is free in the region (the store `except`
/// may already have it).
pub fn name_free(stores: &CustomKeyStores, name: &str, except: Option<&str>) -> Result<(), Error> {
    let taken = stores
        .values()
        .any(|s| s.custom_key_store_name == name && Some(s.custom_key_store_id.as_str()) != except);
    if taken {
        return Err(kms(
            ErrorCode::CustomKeyStoreNameInUseException,
            format!(
                "The custom key store name '{name}' is already used by another custom key store \
                 in this account and Region."
            ),
        ));
    }
    Ok(())
}

/// The key state the world sees: a key in a custom key store that is not connected is
/// `Unavailable`, unless it is pending deletion (so its deletion can always be cancelled). The
/// stored state is kept and comes back when the store is connected again.
pub fn effective_state(svc: &Service, rec: &KeyRecord) -> Result<KeyState, Error> {
    let Some(id) = &rec.custom_key_store_id else {
        return Ok(rec.key_state);
    };
    if rec.key_state == KeyState::PendingDeletion {
        return Ok(rec.key_state);
    }
    let connected = all(svc)?
        .get(id)
        .is_some_and(|s| s.connection_state == ConnectionStateType::CONNECTED);
    Ok(if connected {
        rec.key_state
    } else {
        KeyState::Unavailable
    })
}

/// The entry DescribeCustomKeyStores returns for a store: never its password or secret.
pub fn entry(s: &CustomKeyStoreRecord) -> CustomKeyStoresListEntry {
    let xks = s.xks.as_ref().map(|x| XksProxyConfigurationType {
        connectivity: Some(x.connectivity),
        access_key_id: Some(x.access_key_id.clone()),
        uri_endpoint: Some(x.uri_endpoint.clone()),
        uri_path: Some(x.uri_path.clone()),
        vpc_endpoint_service_name: x.vpc_endpoint_service_name.clone(),
        vpc_endpoint_service_owner: x.vpc_endpoint_service_owner.clone(),
    });
    CustomKeyStoresListEntry {
        custom_key_store_id: Some(s.custom_key_store_id.clone()),
        custom_key_store_name: Some(s.custom_key_store_name.clone()),
        cloud_hsm_cluster_id: s.cloud_hsm.as_ref().map(|c| c.cluster_id.clone()),
        trust_anchor_certificate: s
            .cloud_hsm
            .as_ref()
            .map(|c| c.trust_anchor_certificate.clone()),
        connection_state: Some(s.connection_state),
        connection_error_code: s.connection_error_code,
        creation_date: Timestamp::from_epoch_millis(s.creation_date),
        custom_key_store_type: Some(s.custom_key_store_type),
        xks_proxy_configuration: xks,
    }
}

/// The store of a key that lives in one, checked to be the kind its origin says.
fn store_of(svc: &Service, rec: &KeyRecord) -> Result<CustomKeyStoreRecord, Error> {
    let internal = || {
        kms(
            ErrorCode::KMSInternalException,
            format!(
                "The custom key store of {} is missing.",
                svc.key_arn(&rec.key_id)
            ),
        )
    };
    let id = rec.custom_key_store_id.as_deref().ok_or_else(internal)?;
    let store = all(svc)?.remove(id).ok_or_else(internal)?;
    let expected = match rec.origin {
        OriginType::AWS_CLOUDHSM => CustomKeyStoreType::AWS_CLOUDHSM,
        _ => CustomKeyStoreType::EXTERNAL_KEY_STORE,
    };
    if store.custom_key_store_type != expected {
        return Err(internal());
    }
    Ok(store)
}

/// Encrypts `plaintext` under a key in a custom key store for operation `op`: AES-GCM in the
/// token, or the two layers of an external key store. Returns the version 2 blob.
pub fn seal(
    svc: &Service,
    op: &str,
    rec: &KeyRecord,
    plaintext: &[u8],
    context: &[u8],
) -> Result<Vec<u8>, Error> {
    let store = store_of(svc, rec)?;
    match rec.origin {
        OriginType::AWS_CLOUDHSM => cloudhsm::seal(svc, &store, rec, plaintext, context),
        _ => external::seal(svc, op, &store, rec, plaintext, context),
    }
}

/// Decrypts a version 2 blob made under `rec` for operation `op`. A blob that names another
/// store, or was made by the other kind of store, is InvalidCiphertextException.
pub fn open(
    svc: &Service,
    op: &str,
    rec: &KeyRecord,
    blob: &CustomBlob,
    context: &[u8],
) -> Result<Secret, Error> {
    let store = store_of(svc, rec)?;
    if blob.header.store_id != store.custom_key_store_id {
        return Err(kms(ErrorCode::InvalidCiphertextException, ""));
    }
    match rec.origin {
        OriginType::AWS_CLOUDHSM => cloudhsm::open(svc, &store, rec, blob, context),
        _ => external::open(svc, op, &store, rec, blob, context),
    }
}

/// CustomKeyStoreInvalidStateException unless the store is CONNECTED (CreateKey, GenerateRandom).
pub fn require_connected(store: &CustomKeyStoreRecord) -> Result<(), Error> {
    if store.connection_state == ConnectionStateType::CONNECTED {
        return Ok(());
    }
    Err(kms(
        ErrorCode::CustomKeyStoreInvalidStateException,
        format!(
            "Custom key store {} is not connected (its connection state is {}). Connect it \
             with ConnectCustomKeyStore and try again.",
            store.custom_key_store_id,
            store.connection_state.as_str()
        ),
    ))
}

/// GenerateRandom with a CustomKeyStoreId: `n` bytes from the token of a connected CloudHSM key
/// store. External key stores cannot generate random bytes (UnsupportedOperationException).
pub fn random(svc: &Service, id: &str, n: usize) -> Result<Secret, Error> {
    let store = find(svc, id)?;
    if store.custom_key_store_type == CustomKeyStoreType::EXTERNAL_KEY_STORE {
        return Err(kms(
            ErrorCode::UnsupportedOperationException,
            format!(
                "Custom key store {id} is an external key store, which cannot generate random \
                 bytes; only CloudHSM key stores can."
            ),
        ));
    }
    require_connected(&store)?;
    cloudhsm::random(svc, &store, n)
}

/// After a key's waiting period: destroys its key object in the token, as a best effort (AWS
/// too leaves the material in the cluster when it cannot reach it). External keys are never
/// touched: KMS does not manage keys in the external key manager.
pub fn destroy_backing_key(svc: &Service, rec: &KeyRecord) {
    if rec.origin != OriginType::AWS_CLOUDHSM {
        return;
    }
    if let Ok(store) = store_of(svc, rec)
        && store.connection_state == ConnectionStateType::CONNECTED
    {
        cloudhsm::destroy(svc, &store, rec);
    }
}

/// The keys of the region that live in the store `id`, keys pending deletion included (due
/// deletions are completed first).
pub fn keys_in(svc: &Service, id: &str) -> Result<Vec<KeyRecord>, Error> {
    super::housekeeping::settle_region(svc)?;
    let mut keys = Vec::new();
    for key_id in svc.store().list_key_ids(svc.region())? {
        if let Some(rec) = svc.store().load_key(svc.region(), &key_id)?
            && rec.custom_key_store_id.as_deref() == Some(id)
        {
            keys.push(rec);
        }
    }
    Ok(keys)
}

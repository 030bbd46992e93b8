//! External key stores: a client of the store's XKS proxy, its health check, the external key's
//! metadata, and the two layers of encryption (see [`crate::xks::envelope`]).

use super::super::{Service, material};
use crate::crypto::custom_blob::{CustomBlob, CustomHeader, StoreKind};
use crate::crypto::random;
use crate::crypto::secret::{Secret, SecretString};
use crate::error::Error;
use crate::model::ConnectionErrorCodeType;
use crate::store::{CustomKeyStoreRecord, KeyRecord};
use crate::xks::{self, RequestMetadata, XksClient, XksContext, XksCredential, XksError};

/// Where and how to reach a proxy.
pub struct Proxy<'a> {
    /// `XksProxyUriEndpoint`.
    pub endpoint: &'a str,
    /// `XksProxyUriPath`.
    pub path: &'a str,
    /// The credential's access key ID.
    pub access_key_id: &'a str,
    /// The credential's raw secret access key.
    pub secret: SecretString,
}

/// A client for `proxy`, with the settings of the environment (`LKMS_XKS_*`).
pub fn client(svc: &Service, proxy: Proxy) -> Result<XksClient, XksError> {
    let options = xks::XksOptions::from_env(svc.region())?;
    let credential = XksCredential {
        access_key_id: proxy.access_key_id.to_string(),
        raw_secret_access_key: proxy.secret,
    };
    XksClient::new(proxy.endpoint, proxy.path, &credential, &options)
}

/// A client for the store's proxy.
fn store_client(svc: &Service, store: &CustomKeyStoreRecord) -> Result<XksClient, XksError> {
    let x = store
        .xks
        .as_ref()
        .ok_or_else(|| XksError::InvalidConfiguration("not an external key store".into()))?;
    let secret = svc
        .store()
        .open_xks_secret(svc.region(), &store.custom_key_store_id, x)
        .map_err(|e| XksError::InvalidConfiguration(e.to_string()))?;
    client(
        svc,
        Proxy {
            endpoint: &x.uri_endpoint,
            path: &x.uri_path,
            access_key_id: &x.access_key_id,
            secret,
        },
    )
}

/// The `requestMetadata` of a call made for operation `op` (on the key `key_arn`).
pub fn metadata(svc: &Service, op: &str, key_arn: Option<String>) -> RequestMetadata {
    RequestMetadata {
        aws_principal_arn: key_arn.as_ref().map(|_| svc.caller().principal.clone()),
        kms_key_arn: key_arn,
        kms_operation: op.to_string(),
        kms_request_id: random::uuid_v4(),
        kms_via_service: None,
    }
}

/// GetHealthStatus for operation `op` (CreateCustomKeyStore, UpdateCustomKeyStore), with the
/// exceptions those operations raise.
pub fn check_health(svc: &Service, op: &str, proxy: Proxy) -> Result<(), Error> {
    let to_kms = |e: XksError| Error::from(e.to_kms_error(XksContext::CustomKeyStore));
    let c = client(svc, proxy).map_err(to_kms)?;
    c.health(&metadata(svc, op, None)).map(drop).map_err(to_kms)
}

/// ConnectCustomKeyStore's attempt: a health check; the ConnectionErrorCode if it fails.
pub fn connect(svc: &Service, store: &CustomKeyStoreRecord) -> Result<(), ConnectionErrorCodeType> {
    store_client(svc, store)
        .and_then(|c| c.health(&metadata(svc, "ConnectCustomKeyStore", None)))
        .map(drop)
        .map_err(|e| {
            ConnectionErrorCodeType::parse(e.connection_error_code())
                .unwrap_or(ConnectionErrorCodeType::XKS_PROXY_INVALID_RESPONSE)
        })
}

/// CreateKey's check of the external key: it exists and is an enabled AES-256 key that
/// encrypts and decrypts.
pub fn check_key(
    svc: &Service,
    store: &CustomKeyStoreRecord,
    xks_key_id: &str,
    key_arn: &str,
) -> Result<(), Error> {
    store_client(svc, store)
        .and_then(|c| {
            c.key_metadata(
                xks_key_id,
                &metadata(svc, "CreateKey", Some(key_arn.into())),
            )
        })
        .and_then(|m| m.check_usable())
        .map_err(|e| e.to_kms_error(XksContext::CreateKey).into())
}

fn crypto(e: XksError) -> Error {
    e.to_kms_error(XksContext::Cryptographic).into()
}

/// The inner layer under the key's current lkms-held material, the outer in the proxy.
pub fn seal(
    svc: &Service,
    op: &str,
    store: &CustomKeyStoreRecord,
    rec: &KeyRecord,
    plaintext: &[u8],
    context: &[u8],
) -> Result<Vec<u8>, Error> {
    let (material, material_id) = material::current(svc, rec)?;
    let inner = material::key256(&material)?;
    let header = CustomHeader {
        kind: StoreKind::External,
        key_id: rec.key_id.clone(),
        store_id: store.custom_key_store_id.clone(),
        material_id,
    };
    let client = store_client(svc, store).map_err(crypto)?;
    let meta = metadata(svc, op, Some(svc.key_arn(&rec.key_id)));
    let xks_key_id = rec.xks_key_id.as_deref().unwrap_or_default();
    xks::envelope::seal(
        &client, xks_key_id, &meta, &inner, &header, context, plaintext,
    )
    .map_err(crypto)
}

/// Removes both layers: the proxy the outer one, the material the header names the inner one.
pub fn open(
    svc: &Service,
    op: &str,
    store: &CustomKeyStoreRecord,
    rec: &KeyRecord,
    blob: &CustomBlob,
    context: &[u8],
) -> Result<Secret, Error> {
    let invalid = || crate::error::kms(crate::error::ErrorCode::InvalidCiphertextException, "");
    if blob.header.kind != StoreKind::External {
        return Err(invalid());
    }
    let version = rec.material(&blob.header.material_id).ok_or_else(invalid)?;
    let inner = material::key256(&material::open(svc, rec, version)?)?;
    let client = store_client(svc, store).map_err(crypto)?;
    let meta = metadata(svc, op, Some(svc.key_arn(&rec.key_id)));
    let xks_key_id = rec.xks_key_id.as_deref().unwrap_or_default();
    xks::envelope::open(&client, xks_key_id, &meta, &inner, blob, context).map_err(crypto)
}

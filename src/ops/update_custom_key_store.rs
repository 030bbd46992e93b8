//! UpdateCustomKeyStore: changes a custom key store's settings, with AWS's rules.
//!
//! Any store: a new name (unique in the region) while CONNECTED or DISCONNECTED. A CloudHSM key
//! store: a new key-store password (sealed, never returned) or a new cluster only while
//! DISCONNECTED; the new cluster must be related to the old one — in lkms, its token must be the
//! token the store was created on (same serial number). An external key store: a new credential
//! or URI path in either state; a new endpoint or connectivity only while DISCONNECTED; new proxy
//! settings are checked with GetHealthStatus before they are kept.

use super::prelude::*;
use crate::crypto::secret::SecretString;
use crate::steps::key_stores::{self, cloudhsm, external, rules};
use crate::store::CustomKeyStoreRecord;

op!(keystore "UpdateCustomKeyStore", "Changes a custom key store's name, password, cluster or proxy settings.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Changes a custom key store's name, its key-store password, its cluster (only to the same token) or its XKS proxy settings. Most changes need the store to be disconnected.",
    errors: &[],
    examples: &[Example {
        title: "A store that does not exist",
        command: r##"lkms update-custom-key-store --custom-key-store-id cks-1234567890abcdef0 --new-custom-key-store-name Renamed"##,
        output: r##"aws: [ERROR]: An error occurred (CustomKeyStoreNotFoundException) when calling the UpdateCustomKeyStore operation: Custom key store 'cks-1234567890abcdef0' does not exist in this Region."##,
    }],
};

use CustomKeyStoreType::{AWS_CLOUDHSM, EXTERNAL_KEY_STORE};

/// Runs UpdateCustomKeyStore, in the order AWS checks.
pub fn handle(
    svc: &Service,
    req: UpdateCustomKeyStoreRequest,
) -> Result<UpdateCustomKeyStoreResponse, Error> {
    let id = req.custom_key_store_id.clone();
    let current = key_stores::find(svc, &id)?;
    authorise::account(svc, &Ask::new("kms:UpdateCustomKeyStore"))?;
    let stores = key_stores::all(svc)?;
    if let Some(name) = &req.new_custom_key_store_name {
        key_stores::name_free(&stores, name, Some(&id))?;
    }
    let mut updated = current.clone();
    match current.custom_key_store_type {
        AWS_CLOUDHSM => update_cloudhsm(svc, &req, &current, &mut updated)?,
        EXTERNAL_KEY_STORE => update_external(svc, &req, &current, &mut updated)?,
    }
    if let Some(name) = &req.new_custom_key_store_name {
        updated.custom_key_store_name = name.clone();
    }
    key_stores::update(svc, |stores| {
        let now = stores.get(&id).ok_or_else(|| key_stores::not_found(&id))?;
        if now.connection_state != current.connection_state {
            return Err(kms(
                ErrorCode::CustomKeyStoreInvalidStateException,
                format!("Custom key store {id} changed its connection state; try again."),
            ));
        }
        key_stores::name_free(stores, &updated.custom_key_store_name, Some(&id))?;
        if let Some(c) = &updated.cloud_hsm {
            rules::cluster_free(stores, &c.cluster_id, c.token_serial.as_deref(), Some(&id))?;
        }
        if let Some(x) = &updated.xks {
            rules::proxy_free(
                stores,
                x.connectivity,
                &x.uri_endpoint,
                &x.uri_path,
                Some(&id),
            )?;
        }
        stores.insert(id.clone(), updated);
        Ok(())
    })?;
    Ok(UpdateCustomKeyStoreResponse {})
}

fn disconnected(current: &CustomKeyStoreRecord, what: &str) -> Result<(), Error> {
    if current.connection_state != ConnectionStateType::DISCONNECTED {
        return Err(rules::must_be_disconnected(
            &current.custom_key_store_id,
            current.connection_state,
            what,
        ));
    }
    Ok(())
}

fn update_cloudhsm(
    svc: &Service,
    req: &UpdateCustomKeyStoreRequest,
    current: &CustomKeyStoreRecord,
    updated: &mut CustomKeyStoreRecord,
) -> Result<(), Error> {
    rules::only_for(
        AWS_CLOUDHSM,
        &[
            ("XksProxyUriEndpoint", req.xks_proxy_uri_endpoint.is_some()),
            ("XksProxyUriPath", req.xks_proxy_uri_path.is_some()),
            (
                "XksProxyVpcEndpointServiceName",
                req.xks_proxy_vpc_endpoint_service_name.is_some(),
            ),
            (
                "XksProxyVpcEndpointServiceOwner",
                req.xks_proxy_vpc_endpoint_service_owner.is_some(),
            ),
            (
                "XksProxyAuthenticationCredential",
                req.xks_proxy_authentication_credential.is_some(),
            ),
            ("XksProxyConnectivity", req.xks_proxy_connectivity.is_some()),
        ],
    )?;
    if req.key_store_password.is_none() && req.cloud_hsm_cluster_id.is_none() {
        return Ok(());
    }
    disconnected(current, "its password and cluster can be changed")?;
    let id = &current.custom_key_store_id;
    let Some(settings) = updated.cloud_hsm.as_mut() else {
        return Ok(());
    };
    if let Some(password) = &req.key_store_password {
        settings.sealed_password = key_stores::seal_password(svc, id, &password.0);
    }
    if let Some(cluster_id) = &req.cloud_hsm_cluster_id
        && cluster_id != &settings.cluster_id
    {
        rules::cluster_free(&key_stores::all(svc)?, cluster_id, None, Some(id))?;
        let serial = cloudhsm::token_serial(svc, cluster_id)?;
        if settings.token_serial.as_ref().is_some_and(|s| s != &serial) {
            return Err(kms(
                ErrorCode::CloudHsmClusterNotRelatedException,
                format!(
                    "CloudHSM cluster {cluster_id} is not related to cluster {}: its token is \
                     not the token that holds the keys of custom key store {id}.",
                    settings.cluster_id
                ),
            ));
        }
        settings.cluster_id = cluster_id.clone();
        settings.token_serial = Some(serial);
    }
    Ok(())
}

fn update_external(
    svc: &Service,
    req: &UpdateCustomKeyStoreRequest,
    current: &CustomKeyStoreRecord,
    updated: &mut CustomKeyStoreRecord,
) -> Result<(), Error> {
    rules::only_for(
        EXTERNAL_KEY_STORE,
        &[
            ("CloudHsmClusterId", req.cloud_hsm_cluster_id.is_some()),
            ("KeyStorePassword", req.key_store_password.is_some()),
        ],
    )?;
    let connectivity = req
        .xks_proxy_connectivity
        .as_deref()
        .and_then(XksProxyConnectivityType::parse);
    let moves = req.xks_proxy_uri_endpoint.is_some()
        || connectivity.is_some()
        || req.xks_proxy_vpc_endpoint_service_name.is_some()
        || req.xks_proxy_vpc_endpoint_service_owner.is_some();
    if moves {
        disconnected(
            current,
            "its proxy endpoint and connectivity can be changed",
        )?;
    }
    let id = &current.custom_key_store_id;
    let Some(x) = updated.xks.as_mut() else {
        return Ok(());
    };
    if let Some(c) = connectivity {
        x.connectivity = c;
    }
    if let Some(name) = &req.xks_proxy_vpc_endpoint_service_name {
        if x.connectivity != XksProxyConnectivityType::VPC_ENDPOINT_SERVICE {
            return Err(invalid(
                "The XksProxyVpcEndpointServiceName parameter is valid only when \
                 XksProxyConnectivity is VPC_ENDPOINT_SERVICE.",
            ));
        }
        return Err(rules::no_vpc_service(name));
    }
    if x.connectivity == XksProxyConnectivityType::VPC_ENDPOINT_SERVICE {
        return Err(invalid(
            "The XksProxyVpcEndpointServiceName parameter is required when \
             XksProxyConnectivity is VPC_ENDPOINT_SERVICE.",
        ));
    }
    if let Some(endpoint) = &req.xks_proxy_uri_endpoint {
        x.uri_endpoint = endpoint.clone();
    }
    if let Some(path) = &req.xks_proxy_uri_path {
        x.uri_path = path.clone();
    }
    let mut secret = key_stores::open_secret(svc, id, x)?;
    if let Some(c) = &req.xks_proxy_authentication_credential {
        x.access_key_id = c.access_key_id.0.to_string();
        secret = SecretString::new(c.raw_secret_access_key.0.to_string());
    }
    let changed = moves
        || req.xks_proxy_uri_path.is_some()
        || req.xks_proxy_authentication_credential.is_some();
    if changed {
        rules::proxy_free(
            &key_stores::all(svc)?,
            x.connectivity,
            &x.uri_endpoint,
            &x.uri_path,
            Some(id),
        )?;
        x.sealed_secret = key_stores::seal_secret(svc, id, &x.access_key_id, secret.expose());
        external::check_health(
            svc,
            OP.name,
            external::Proxy {
                endpoint: &x.uri_endpoint,
                path: &x.uri_path,
                access_key_id: &x.access_key_id,
                secret,
            },
        )?;
    }
    Ok(())
}

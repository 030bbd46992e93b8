//! AWS's rules for the settings of custom key stores: which parameters each type takes, and
//! what must be unique in a region (names, clusters, proxy addresses).

use crate::error::{Error, ErrorCode, kms};
use crate::model::{ConnectionStateType, CustomKeyStoreType, XksProxyConnectivityType};
use crate::steps::validate::invalid;
use crate::store::CustomKeyStores;

/// Refuses parameters given for the other type of key store: each `(name, given)` that is
/// given is a ValidationException naming `kind`.
pub fn only_for(kind: CustomKeyStoreType, others: &[(&str, bool)]) -> Result<(), Error> {
    match others.iter().find(|(_, given)| *given) {
        Some((name, _)) => Err(invalid(format!(
            "The {name} parameter is not valid for a custom key store of type {}.",
            kind.as_str()
        ))),
        None => Ok(()),
    }
}

/// Requires every `(name, given)` of a key store of type `kind`.
pub fn required_for(kind: CustomKeyStoreType, needed: &[(&str, bool)]) -> Result<(), Error> {
    match needed.iter().find(|(_, given)| !*given) {
        Some((name, _)) => Err(invalid(format!(
            "The {name} parameter is required for a custom key store of type {}.",
            kind.as_str()
        ))),
        None => Ok(()),
    }
}

/// LimitExceededException when the region already has its quota of custom key stores.
pub fn below_limit(stores: &CustomKeyStores) -> Result<(), Error> {
    if stores.len() >= super::MAX_PER_REGION {
        return Err(kms(
            ErrorCode::LimitExceededException,
            format!(
                "This account and Region already have {} custom key stores, the most allowed.",
                super::MAX_PER_REGION
            ),
        ));
    }
    Ok(())
}

/// CloudHsmClusterInUseException when another store (not `except`) uses `cluster_id`, or a
/// cluster on the same token (`serial`): AWS refuses clusters that share a backup history, and
/// two cluster IDs on one token are one cluster under two names.
pub fn cluster_free(
    stores: &CustomKeyStores,
    cluster_id: &str,
    serial: Option<&str>,
    except: Option<&str>,
) -> Result<(), Error> {
    let holder = stores.values().find(|s| {
        Some(s.custom_key_store_id.as_str()) != except
            && s.cloud_hsm.as_ref().is_some_and(|c| {
                c.cluster_id == cluster_id
                    || (serial.is_some() && c.token_serial.as_deref() == serial)
            })
    });
    match holder {
        Some(s) => Err(kms(
            ErrorCode::CloudHsmClusterInUseException,
            format!(
                "CloudHSM cluster {cluster_id} is already associated with custom key store {}.",
                s.custom_key_store_id
            ),
        )),
        None => Ok(()),
    }
}

/// The proxy addresses of external key stores are unique in a region: endpoint and path
/// together for public endpoints (XksProxyUriInUseException), the endpoint alone for VPC
/// endpoint services (XksProxyUriEndpointInUseException).
pub fn proxy_free(
    stores: &CustomKeyStores,
    connectivity: XksProxyConnectivityType,
    endpoint: &str,
    path: &str,
    except: Option<&str>,
) -> Result<(), Error> {
    for s in stores.values() {
        let Some(x) = &s.xks else { continue };
        if Some(s.custom_key_store_id.as_str()) == except || x.uri_endpoint != endpoint {
            continue;
        }
        let id = &s.custom_key_store_id;
        if connectivity == XksProxyConnectivityType::VPC_ENDPOINT_SERVICE
            || x.connectivity == XksProxyConnectivityType::VPC_ENDPOINT_SERVICE
        {
            return Err(kms(
                ErrorCode::XksProxyUriEndpointInUseException,
                format!(
                    "The XKS proxy endpoint {endpoint} is already used by custom key store {id}."
                ),
            ));
        }
        if x.uri_path == path {
            return Err(kms(
                ErrorCode::XksProxyUriInUseException,
                format!(
                    "The XKS proxy URI {endpoint}{path} is already used by custom key store {id}."
                ),
            ));
        }
    }
    Ok(())
}

/// lkms reaches proxies over public endpoints only: there is no VPC to hold an endpoint
/// service, so every VPC endpoint service name is one that cannot be found.
pub fn no_vpc_service(name: &str) -> Error {
    kms(
        ErrorCode::XksProxyVpcEndpointServiceNotFoundException,
        format!(
            "The VPC endpoint service {name} was not found: lkms has no VPC, so external key \
             stores reach their proxy through a PUBLIC_ENDPOINT."
        ),
    )
}

/// CustomKeyStoreInvalidStateException for operation `what` on a store that must be
/// disconnected.
pub fn must_be_disconnected(id: &str, state: ConnectionStateType, what: &str) -> Error {
    kms(
        ErrorCode::CustomKeyStoreInvalidStateException,
        format!(
            "Custom key store {id} is {}; {what} only while it is DISCONNECTED.",
            state.as_str()
        ),
    )
}

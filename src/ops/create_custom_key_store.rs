//! CreateCustomKeyStore: a custom key store, DISCONNECTED until ConnectCustomKeyStore.
//!
//! AWS_CLOUDHSM (the default type): a PKCS#11 token stands for the CloudHSM cluster (`lkms
//! hsm-clusters add`, or the default token of `LKMS_PKCS11_MODULE` and
//! `LKMS_PKCS11_TOKEN_LABEL`); the trust anchor must be a PEM certificate (the registered one,
//! if the cluster has one); the token must be present, but the password is only tried by
//! ConnectCustomKeyStore, as in AWS. It is sealed under the root key and never returned.
//!
//! EXTERNAL_KEY_STORE: an XKS proxy on a public endpoint, checked with GetHealthStatus signed
//! with the proxy credential; its secret is sealed like the password. Names are unique in the
//! region, clusters and proxy URIs belong to one store, and a region holds ten stores at most.

use super::prelude::*;
use crate::crypto::certificate;
use crate::crypto::secret::SecretString;
use crate::steps::key_stores::{self, cloudhsm, external, rules};
use crate::store::{CloudHsmSettings, CustomKeyStoreRecord, CustomKeyStores, XksSettings};

op!(keystore "CreateCustomKeyStore", "Creates a custom key store backed by a PKCS#11 token (CloudHSM) or an XKS proxy.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Creates a custom key store: a CloudHSM key store, backed by the PKCS#11 token that stands for the cluster ID (registered with lkms hsm-clusters add, or named by LKMS_PKCS11_MODULE and LKMS_PKCS11_TOKEN_LABEL), or an external key store backed by an XKS proxy. The store starts DISCONNECTED; the README walks through a whole CloudHSM key store on SoftHSM2.",
    errors: &[],
    examples: &[Example {
        title: "A cluster with no token to stand for it",
        command: r##"openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj /CN=customerCA -keyout ca.key -out customerCA.crt 2>/dev/null && lkms create-custom-key-store --custom-key-store-name ExampleCloudHSMKeyStore --cloud-hsm-cluster-id cluster-1a23b4cdefg --key-store-password ExamplePassword --trust-anchor-certificate file://customerCA.crt"##,
        output: r##"aws: [ERROR]: An error occurred (CloudHsmClusterNotFoundException) when calling the CreateCustomKeyStore operation: CloudHSM cluster cluster-1a23b4cdefg was not found. Register its PKCS#11 token with `lkms hsm-clusters add`, or name a default token with LKMS_PKCS11_MODULE and LKMS_PKCS11_TOKEN_LABEL."##,
    }],
};

use CustomKeyStoreType::{AWS_CLOUDHSM, EXTERNAL_KEY_STORE};

/// Runs CreateCustomKeyStore, in the order AWS checks.
pub fn handle(
    svc: &Service,
    req: CreateCustomKeyStoreRequest,
) -> Result<CreateCustomKeyStoreResponse, Error> {
    let kind = req
        .custom_key_store_type
        .as_deref()
        .and_then(CustomKeyStoreType::parse)
        .unwrap_or(AWS_CLOUDHSM);
    authorise::account(svc, &Ask::new("kms:CreateCustomKeyStore"))?;
    let id = key_stores::new_id();
    let existing = key_stores::all(svc)?;
    let mut record = match kind {
        AWS_CLOUDHSM => cloudhsm_store(svc, &req, &existing, &id)?,
        EXTERNAL_KEY_STORE => external_store(svc, &req, &existing, &id)?,
    };
    record.creation_date = svc.now_millis();
    // Checked again under the lock: another process may have created a store meanwhile.
    key_stores::update(svc, |stores| {
        unique(stores, &record)?;
        stores.insert(id.clone(), record);
        Ok(())
    })?;
    Ok(CreateCustomKeyStoreResponse {
        custom_key_store_id: Some(id),
    })
}

/// The region's rules for a new store: below the quota, a free name, a free cluster or URI.
fn unique(stores: &CustomKeyStores, r: &CustomKeyStoreRecord) -> Result<(), Error> {
    key_stores::name_free(stores, &r.custom_key_store_name, None)?;
    if let Some(c) = &r.cloud_hsm {
        rules::cluster_free(stores, &c.cluster_id, c.token_serial.as_deref(), None)?;
    }
    if let Some(x) = &r.xks {
        rules::proxy_free(stores, x.connectivity, &x.uri_endpoint, &x.uri_path, None)?;
    }
    rules::below_limit(stores)
}

fn new_record(
    req: &CreateCustomKeyStoreRequest,
    id: &str,
    kind: CustomKeyStoreType,
) -> CustomKeyStoreRecord {
    CustomKeyStoreRecord {
        custom_key_store_id: id.to_string(),
        custom_key_store_name: req.custom_key_store_name.clone(),
        custom_key_store_type: kind,
        creation_date: 0,
        connection_state: ConnectionStateType::DISCONNECTED,
        connection_error_code: None,
        cloud_hsm: None,
        xks: None,
    }
}

fn cloudhsm_store(
    svc: &Service,
    req: &CreateCustomKeyStoreRequest,
    existing: &CustomKeyStores,
    id: &str,
) -> Result<CustomKeyStoreRecord, Error> {
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
    rules::required_for(
        AWS_CLOUDHSM,
        &[
            ("CloudHsmClusterId", req.cloud_hsm_cluster_id.is_some()),
            (
                "TrustAnchorCertificate",
                req.trust_anchor_certificate.is_some(),
            ),
            ("KeyStorePassword", req.key_store_password.is_some()),
        ],
    )?;
    let (Some(cluster_id), Some(anchor), Some(password)) = (
        &req.cloud_hsm_cluster_id,
        &req.trust_anchor_certificate,
        &req.key_store_password,
    ) else {
        return Err(invalid("A required parameter is missing."));
    };
    let mut record = new_record(req, id, AWS_CLOUDHSM);
    key_stores::name_free(existing, &record.custom_key_store_name, None)?;
    rules::cluster_free(existing, cluster_id, None, None)?;
    let (_, required_anchor) = cloudhsm::resolve(svc, cluster_id)?
        .ok_or_else(|| cloudhsm::cluster_not_found(cluster_id))?;
    let der = certificate::parse_pem(anchor).map_err(|why| {
        kms(
            ErrorCode::IncorrectTrustAnchorException,
            format!("The trust anchor certificate is not valid: {why}."),
        )
    })?;
    if let Some(required) = required_anchor
        && certificate::parse_pem(&required).ok() != Some(der)
    {
        return Err(kms(
            ErrorCode::IncorrectTrustAnchorException,
            format!(
                "The trust anchor certificate is not the trust anchor certificate of CloudHSM \
                 cluster {cluster_id}."
            ),
        ));
    }
    let serial = cloudhsm::token_serial(svc, cluster_id)?;
    rules::cluster_free(existing, cluster_id, Some(&serial), None)?;
    record.cloud_hsm = Some(CloudHsmSettings {
        cluster_id: cluster_id.clone(),
        trust_anchor_certificate: anchor.clone(),
        sealed_password: key_stores::seal_password(svc, id, &password.0),
        token_serial: Some(serial),
    });
    Ok(record)
}

fn external_store(
    svc: &Service,
    req: &CreateCustomKeyStoreRequest,
    existing: &CustomKeyStores,
    id: &str,
) -> Result<CustomKeyStoreRecord, Error> {
    rules::only_for(
        EXTERNAL_KEY_STORE,
        &[
            ("CloudHsmClusterId", req.cloud_hsm_cluster_id.is_some()),
            (
                "TrustAnchorCertificate",
                req.trust_anchor_certificate.is_some(),
            ),
            ("KeyStorePassword", req.key_store_password.is_some()),
        ],
    )?;
    rules::required_for(
        EXTERNAL_KEY_STORE,
        &[
            ("XksProxyUriEndpoint", req.xks_proxy_uri_endpoint.is_some()),
            ("XksProxyUriPath", req.xks_proxy_uri_path.is_some()),
            (
                "XksProxyAuthenticationCredential",
                req.xks_proxy_authentication_credential.is_some(),
            ),
            ("XksProxyConnectivity", req.xks_proxy_connectivity.is_some()),
        ],
    )?;
    let (Some(endpoint), Some(path), Some(credential), Some(connectivity)) = (
        &req.xks_proxy_uri_endpoint,
        &req.xks_proxy_uri_path,
        &req.xks_proxy_authentication_credential,
        req.xks_proxy_connectivity
            .as_deref()
            .and_then(XksProxyConnectivityType::parse),
    ) else {
        return Err(invalid("A required parameter is missing."));
    };
    let vpc = connectivity == XksProxyConnectivityType::VPC_ENDPOINT_SERVICE;
    let service = req.xks_proxy_vpc_endpoint_service_name.as_deref();
    if vpc && service.is_none() {
        return Err(invalid(
            "The XksProxyVpcEndpointServiceName parameter is required when \
             XksProxyConnectivity is VPC_ENDPOINT_SERVICE.",
        ));
    }
    if !vpc && (service.is_some() || req.xks_proxy_vpc_endpoint_service_owner.is_some()) {
        return Err(invalid(
            "The XksProxyVpcEndpointServiceName and XksProxyVpcEndpointServiceOwner parameters \
             are valid only when XksProxyConnectivity is VPC_ENDPOINT_SERVICE.",
        ));
    }
    let mut record = new_record(req, id, EXTERNAL_KEY_STORE);
    key_stores::name_free(existing, &record.custom_key_store_name, None)?;
    rules::proxy_free(existing, connectivity, endpoint, path, None)?;
    if let Some(name) = service {
        return Err(rules::no_vpc_service(name));
    }
    let access_key_id = credential.access_key_id.0.to_string();
    external::check_health(
        svc,
        OP.name,
        external::Proxy {
            endpoint,
            path,
            access_key_id: &access_key_id,
            secret: SecretString::new(credential.raw_secret_access_key.0.to_string()),
        },
    )?;
    record.xks = Some(XksSettings {
        connectivity,
        uri_endpoint: endpoint.clone(),
        uri_path: path.clone(),
        vpc_endpoint_service_name: None,
        vpc_endpoint_service_owner: None,
        sealed_secret: key_stores::seal_secret(
            svc,
            id,
            &access_key_id,
            &credential.raw_secret_access_key.0,
        ),
        access_key_id,
    });
    Ok(record)
}

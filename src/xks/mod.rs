//! The client side of the AWS XKS Proxy API v1, for keys in external key stores.
//!
//! An [`XksClient`] speaks to one proxy: `POST https://<endpoint><path>/health` and
//! `…/keys/<external key ID>/metadata|encrypt|decrypt`, JSON bodies with `requestMetadata` and
//! base64 fields, each request SigV4-signed with the proxy credential (service
//! `kms-xks-proxy`). Every failure is an [`XksError`], which knows the KMS exception and
//! message for each kind of operation ([`XksContext`]) and the `ConnectionErrorCode`.
//! [`envelope`] adds the two layers of encryption AWS uses for these keys.
//!
//! Settings for running against a private or local proxy (documented in [`XksOptions`]):
//! `LKMS_XKS_CA_FILE`, `LKMS_XKS_CONNECT_TO`, `LKMS_XKS_TIMEOUT_MS`.

pub mod envelope;
mod error;
mod transport;
mod wire;

pub use error::{ProxyError, XksContext, XksError};
pub use transport::{SERVICE, TrustRoots};
pub use wire::{EkmFleetMember, HealthStatus, RequestMetadata, XksCiphertext, XksKeyMetadata};

use crate::crypto::secret::{Secret, SecretString};
use std::net::SocketAddr;
use std::time::Duration;
use zeroize::Zeroizing;

/// How long KMS waits for a proxy's answer (the XKS Proxy API specification: 250 ms).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_millis(250);

/// The proxy authentication credential (`XksProxyAuthenticationCredential`).
#[derive(Clone)]
pub struct XksCredential {
    /// `AccessKeyId`.
    pub access_key_id: String,
    /// `RawSecretAccessKey`.
    pub raw_secret_access_key: SecretString,
}

impl std::fmt::Debug for XksCredential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("XksCredential(<redacted>)")
    }
}

/// How to reach proxies.
#[derive(Clone)]
pub struct XksOptions {
    /// The region named in the SigV4 credential scope.
    pub region: String,
    /// The limit on each call, connection included.
    pub timeout: Duration,
    /// The certificate authorities trusted for the proxy's certificate.
    pub trust: TrustRoots,
    /// Connect here instead of resolving the endpoint's host (the host still names the proxy
    /// in TLS and in the signed `Host` header).
    pub connect_to: Option<SocketAddr>,
}

impl XksOptions {
    /// AWS's behaviour (public CAs, 250 ms, DNS), changed by the environment:
    ///
    /// - `LKMS_XKS_CA_FILE`: a PEM file of CA certificates to trust instead of the public
    ///   roots, for a proxy with a private or test certificate;
    /// - `LKMS_XKS_CONNECT_TO`: an `ip:port` to connect to instead of the endpoint's host on
    ///   port 443 (the API model's endpoints name a host and no port);
    /// - `LKMS_XKS_TIMEOUT_MS`: the timeout in milliseconds.
    ///
    /// Reads the CA file, so an unreadable one is an [`XksError::Tls`] here.
    pub fn from_env(region: &str) -> Result<Self, XksError> {
        let trust = match std::env::var_os("LKMS_XKS_CA_FILE") {
            Some(path) => TrustRoots::Pem(std::fs::read(&path).map_err(|e| {
                XksError::Tls(format!("LKMS_XKS_CA_FILE {}: {e}", path.to_string_lossy()))
            })?),
            None => TrustRoots::WebPki,
        };
        let connect_to = match std::env::var("LKMS_XKS_CONNECT_TO") {
            Ok(v) => Some(v.parse().map_err(|_| {
                XksError::InvalidConfiguration(format!("LKMS_XKS_CONNECT_TO {v:?} is not ip:port"))
            })?),
            Err(_) => None,
        };
        let timeout = std::env::var("LKMS_XKS_TIMEOUT_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .map_or(DEFAULT_TIMEOUT, Duration::from_millis);
        Ok(Self {
            region: region.to_string(),
            timeout,
            trust,
            connect_to,
        })
    }
}

/// A client of one XKS proxy. Connections are kept alive between calls.
pub struct XksClient {
    agent: ureq::Agent,
    host: String,
    path: String,
    access_key_id: String,
    secret: SecretString,
    region: String,
}

fn valid_host(host: &str) -> bool {
    let (name, port) = match host.rsplit_once(':') {
        Some((n, p)) => (n, Some(p)),
        None => (host, None),
    };
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        && port.is_none_or(|p| p.parse::<u16>().is_ok())
}

impl XksClient {
    /// A client for the proxy at `uri_endpoint` (`https://host`, or `https://host:port`) and
    /// `uri_path` (e.g. `/kms/xks/v1` or `/prefix/kms/xks/v1`).
    pub fn new(
        uri_endpoint: &str,
        uri_path: &str,
        credential: &XksCredential,
        options: &XksOptions,
    ) -> Result<Self, XksError> {
        let host = uri_endpoint
            .strip_prefix("https://")
            .filter(|h| valid_host(h))
            .ok_or_else(|| {
                XksError::InvalidConfiguration(format!("{uri_endpoint:?} is not https://host"))
            })?;
        let path = uri_path.trim_end_matches('/');
        if !path.starts_with('/')
            || !path
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"/_-".contains(&b))
        {
            return Err(XksError::InvalidConfiguration(format!(
                "{uri_path:?} is not a URI path"
            )));
        }
        Ok(Self {
            agent: transport::agent(&options.trust, options.timeout, options.connect_to)?,
            host: host.to_string(),
            path: path.to_string(),
            access_key_id: credential.access_key_id.clone(),
            secret: credential.raw_secret_access_key.clone(),
            region: options.region.clone(),
        })
    }

    /// One API call: the answer body of a 200, or the error the answer stands for.
    fn call(&self, suffix: &str, body: &[u8]) -> Result<Zeroizing<Vec<u8>>, XksError> {
        let signer = transport::Signer {
            host: &self.host,
            access_key_id: &self.access_key_id,
            secret: self.secret.expose(),
            region: &self.region,
        };
        let path = format!("{}{suffix}", self.path);
        let (status, answer) = transport::post(&self.agent, &signer, &path, body)?;
        match status {
            200 => Ok(answer),
            400..=599 => Err(wire::error_answer(status, &answer)),
            _ => Err(XksError::InvalidResponse(format!("HTTP {status}"))),
        }
    }

    fn key_path(key_id: &str, op: &str) -> Result<String, XksError> {
        let ok = (1..=128).contains(&key_id.len())
            && key_id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b));
        if !ok {
            return Err(XksError::InvalidConfiguration(format!(
                "{key_id:?} is not an external key ID"
            )));
        }
        Ok(format!("/keys/{key_id}/{op}"))
    }

    /// GetHealthStatus: [`XksError::AllKeyManagersUnavailable`] when no key manager can serve.
    pub fn health(&self, meta: &RequestMetadata) -> Result<HealthStatus, XksError> {
        wire::health(&self.call("/health", &wire::metadata_only(meta))?)
    }

    /// GetKeyMetadata of the external key `key_id`.
    pub fn key_metadata(
        &self,
        key_id: &str,
        meta: &RequestMetadata,
    ) -> Result<XksKeyMetadata, XksError> {
        let path = Self::key_path(key_id, "metadata")?;
        wire::key_metadata(&self.call(&path, &wire::metadata_only(meta))?)
    }

    /// Encrypt with the external key: AES-GCM in the proxy's key manager, checked against the
    /// request (lengths and the ciphertext data integrity value).
    pub fn encrypt(
        &self,
        key_id: &str,
        meta: &RequestMetadata,
        plaintext: &[u8],
        aad: &[u8],
    ) -> Result<XksCiphertext, XksError> {
        let path = Self::key_path(key_id, "encrypt")?;
        let body = wire::encrypt_request(meta, plaintext, aad);
        wire::encrypt_answer(&self.call(&path, &body)?, plaintext.len(), aad)
    }

    /// Decrypt with the external key.
    pub fn decrypt(
        &self,
        key_id: &str,
        meta: &RequestMetadata,
        ciphertext: &XksCiphertext,
        aad: &[u8],
    ) -> Result<Secret, XksError> {
        let path = Self::key_path(key_id, "decrypt")?;
        let body = wire::decrypt_request(meta, ciphertext, aad);
        wire::decrypt_answer(&self.call(&path, &body)?, ciphertext.ciphertext.len())
            .map(Secret::from)
    }
}

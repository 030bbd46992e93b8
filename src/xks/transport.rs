//! HTTPS to the proxy: a ureq agent with its own trust roots and timeout, optionally sent to a
//! fixed address, and SigV4-signed POSTs whose failures are sorted into [`XksError`]s.

use super::error::XksError;
use crate::crypto::sigv4;
use std::io::ErrorKind;
use std::net::SocketAddr;
use std::time::Duration;
use time::OffsetDateTime;
use time::macros::format_description;
use ureq::config::Config;
use ureq::http::Uri;
use ureq::tls::{PemItem, RootCerts, TlsConfig};
use ureq::unversioned::resolver::{ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::{DefaultConnector, NextTimeout};
use zeroize::Zeroizing;

/// The service name in the SigV4 credential scope of every XKS request.
pub const SERVICE: &str = "kms-xks-proxy";
/// The largest answer read; every valid answer is far smaller.
const MAX_ANSWER: u64 = 64 * 1024;

/// Which certificate authorities the client trusts.
#[derive(Clone, PartialEq, Eq)]
pub enum TrustRoots {
    /// The public roots (Mozilla's list), as AWS KMS trusts public CAs only.
    WebPki,
    /// The certificates of a PEM bundle, and no others.
    Pem(Vec<u8>),
}

/// Sends every connection to `0`, whatever the URI's host, so the URI (and the TLS name and
/// the signed Host header) keep the proxy's name.
#[derive(Debug)]
struct FixedAddress(SocketAddr);

impl Resolver for FixedAddress {
    fn resolve(
        &self,
        _uri: &Uri,
        _config: &Config,
        _timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let mut addrs = self.empty();
        addrs.push(self.0);
        Ok(addrs)
    }
}

/// An HTTPS agent for one proxy.
pub fn agent(
    trust: &TrustRoots,
    timeout: Duration,
    connect_to: Option<SocketAddr>,
) -> Result<ureq::Agent, XksError> {
    let roots = match trust {
        TrustRoots::WebPki => RootCerts::WebPki,
        TrustRoots::Pem(pem) => {
            let certs: Vec<_> = ureq::tls::parse_pem(pem)
                .filter_map(|item| match item {
                    Ok(PemItem::Certificate(c)) => Some(c),
                    _ => None,
                })
                .collect();
            if certs.is_empty() {
                return Err(XksError::Tls(
                    "the trusted CA file holds no PEM certificate".into(),
                ));
            }
            RootCerts::new_with_certs(&certs)
        }
    };
    let config = ureq::Agent::config_builder()
        .https_only(true)
        .http_status_as_error(false)
        .max_redirects(0)
        .timeout_global(Some(timeout))
        // Reuse connections only while proxies commonly keep them open.
        .max_idle_age(Duration::from_secs(4))
        .user_agent("lkms")
        .tls_config(TlsConfig::builder().root_certs(roots).build())
        .build();
    Ok(match connect_to {
        Some(addr) => {
            ureq::Agent::with_parts(config, DefaultConnector::default(), FixedAddress(addr))
        }
        None => ureq::Agent::new_with_config(config),
    })
}

/// The `x-amz-date` form of now (UTC; always the real clock, since the proxy checks it).
fn amz_now() -> (String, String) {
    let now = OffsetDateTime::now_utc();
    let stamp = now
        .format(format_description!(
            "[year][month][day]T[hour][minute][second]Z"
        ))
        .unwrap_or_default();
    let date = stamp.get(..8).unwrap_or_default().to_string();
    (stamp, date)
}

/// What a signed POST needs besides its path and body.
pub struct Signer<'a> {
    /// The proxy's host, as the endpoint names it (`host` or `host:port`).
    pub host: &'a str,
    /// The access key ID of the proxy credential.
    pub access_key_id: &'a str,
    /// The raw secret access key.
    pub secret: &'a str,
    /// The region for the credential scope.
    pub region: &'a str,
}

/// POSTs `body` to `https://{host}{path}`, signed; returns the status and the answer body.
pub fn post(
    agent: &ureq::Agent,
    signer: &Signer,
    path: &str,
    body: &[u8],
) -> Result<(u16, Zeroizing<Vec<u8>>), XksError> {
    let (amz_date, date) = amz_now();
    let scope = sigv4::Scope {
        date: &date,
        region: signer.region,
        service: SERVICE,
    };
    let headers = [
        ("host", signer.host.to_string()),
        ("x-amz-date", amz_date.clone()),
    ];
    let authorization = sigv4::authorization(
        signer.access_key_id,
        signer.secret,
        &scope,
        &amz_date,
        "POST",
        path,
        &headers,
        body,
    );
    let url = format!("https://{}{path}", signer.host);
    let mut answer = agent
        .post(&url)
        .header("Host", signer.host)
        .header("X-Amz-Date", &amz_date)
        .header("Authorization", &authorization)
        .header("Content-Type", "application/json")
        .send(body)
        .map_err(classify)?;
    let status = answer.status().as_u16();
    let bytes = answer
        .body_mut()
        .with_config()
        .limit(MAX_ANSWER)
        .read_to_vec()
        .map_err(classify)?;
    Ok((status, Zeroizing::new(bytes)))
}

/// Sorts a ureq failure into the cases KMS tells apart.
fn classify(e: ureq::Error) -> XksError {
    use ureq::Error as E;
    match e {
        E::Timeout(_) => XksError::TimedOut,
        E::Io(io) => match io.kind() {
            ErrorKind::TimedOut | ErrorKind::WouldBlock => XksError::TimedOut,
            // rustls reports a rejected certificate or a peer that does not speak TLS so.
            ErrorKind::InvalidData => XksError::Tls(io.to_string()),
            _ => XksError::Unreachable(io.to_string()),
        },
        E::HostNotFound | E::ConnectionFailed => XksError::Unreachable(e.to_string()),
        E::Tls(_) | E::Pem(_) | E::Rustls(_) => XksError::Tls(e.to_string()),
        E::BadUri(_) | E::RequireHttpsOnly(_) => XksError::InvalidConfiguration(e.to_string()),
        other => XksError::InvalidResponse(other.to_string()),
    }
}

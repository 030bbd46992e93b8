//! `lkms serve`: the KMS wire protocol on loopback, over the same keystore as the CLI.

use crate::cli::Ctx;
use crate::cli::report::Outcome;
use crate::clock::Clock;
use crate::error::Error;
use crate::ops::ServiceConfig;
use crate::server::{self, protocol::Shared, region::Regions};
use serde_json::Value;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};

/// The port `lkms serve` listens on unless told otherwise.
pub const DEFAULT_PORT: u16 = 4599;
/// Key documents `lkms serve` keeps in memory unless told otherwise.
pub const DEFAULT_CACHE_KEYS: usize = 10_000;

/// Serves the AWS KMS API over HTTP for SDKs, the aws CLI, Terraform and sops (lkms only).
///
/// Point a client at it with AWS_ENDPOINT_URL_KMS=http://127.0.0.1:4599 (or --endpoint-url).
/// Requests must be signed with an access key added by `lkms credentials add`; with --dev any
/// signature is accepted and every caller is the account root. The region is the one in each
/// request's signature. Stops on Ctrl-C or SIGTERM after finishing the requests in flight.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The port [default: $LKMS_PORT, else 4599; 0 picks a free port, printed on start-up].
    #[arg(long)]
    port: Option<u16>,
    /// The address to listen on [default: 127.0.0.1].
    #[arg(long, value_name = "IP")]
    bind: Option<IpAddr>,
    /// Allow a non-loopback --bind address (anyone who reaches it can use your keys).
    #[arg(long)]
    allow_remote: bool,
    /// Development mode: accept any signature (or none) and treat every caller as the account
    /// root [default: on if $LKMS_SERVE_DEV is 1].
    #[arg(long)]
    dev: bool,
    /// Do not log requests to stderr.
    #[arg(long)]
    quiet: bool,
    /// Answer only for these Regions, comma-separated [default: $LKMS_SERVE_REGIONS, else
    /// any well-formed Region name].
    #[arg(long, value_name = "REGION,...")]
    regions: Option<String>,
    /// Connections served at once; more wait [default: $LKMS_SERVE_MAX_CONNECTIONS, else 1024
    /// or what the open-file limit leaves room for].
    #[arg(long, value_name = "N")]
    max_connections: Option<usize>,
    /// Key documents (and as many unsealed materials) kept in memory between requests; a
    /// change made by another process is noticed at the next request [default:
    /// $LKMS_SERVE_CACHE_KEYS, else 10000; 0 keeps none].
    #[arg(long, value_name = "N")]
    cache_keys: Option<usize>,
}

impl Args {
    /// Runs the server until it is stopped.
    pub fn run(self, ctx: &Ctx) -> Outcome<Option<Value>> {
        let port = match self.port {
            Some(p) => p,
            None => match std::env::var("LKMS_PORT") {
                Ok(v) if !v.is_empty() => v.parse().map_err(|_| {
                    anyhow::Error::from(Error::Usage(format!(
                        "LKMS_PORT must be a port number, not \'{v}\'"
                    )))
                })?,
                _ => DEFAULT_PORT,
            },
        };
        let ip = self.bind.unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
        if !ip.is_loopback() {
            if !self.allow_remote {
                return Err(Error::Usage(format!(
                    "--bind {ip} is not a loopback address; add --allow-remote to listen there \
                     anyway"
                ))
                .into());
            }
            eprintln!(
                "lkms serve: WARNING: listening on {ip}, which other machines may reach; anyone \
                 who can connect and sign requests can use these keys"
            );
        }
        let dev = self.dev || std::env::var("LKMS_SERVE_DEV").is_ok_and(|v| v == "1");
        let (regions, max_connections) = self.limits()?;
        let clock = Clock::from_env().map_err(Error::Config)?;
        let region = ctx.region()?;
        let cache_keys = self.cache_keys()?;
        let mut service = crate::cli::context::open_service(ServiceConfig {
            dir: ctx.keystore_dir()?,
            region: region.clone(),
            clock,
            caller: None,
        })?;
        if cache_keys > 0 {
            service = service.with_cache(cache_keys);
        }
        let service = service.with_record_queue()?;
        let shared = Shared {
            service,
            default_region: region,
            dev,
            regions,
        };
        if dev && !shared.regions.allows(&shared.default_region) {
            return Err(Error::Usage(format!(
                "--regions does not include {}, the Region of unsigned requests",
                shared.default_region
            ))
            .into());
        }
        server::run(
            shared,
            server::Options {
                addr: SocketAddr::new(ip, port),
                quiet: self.quiet,
                max_connections,
            },
        )?;
        Ok(None)
    }

    /// The cache size, from the flag or the environment.
    fn cache_keys(&self) -> Result<usize, Error> {
        if let Some(n) = self.cache_keys {
            return Ok(n);
        }
        match std::env::var("LKMS_SERVE_CACHE_KEYS") {
            Ok(v) if !v.is_empty() => v.parse().map_err(|_| {
                Error::Usage(format!("LKMS_SERVE_CACHE_KEYS must be a number, not '{v}'"))
            }),
            _ => Ok(DEFAULT_CACHE_KEYS),
        }
    }

    /// The Region allow-list and the connection cap, from the flags or the environment.
    fn limits(&self) -> Result<(Regions, Option<usize>), Error> {
        let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let regions = match self.regions.clone().or_else(|| env("LKMS_SERVE_REGIONS")) {
            Some(list) => {
                Regions::only(&list).map_err(|e| Error::Usage(format!("--regions: {e}")))?
            }
            None => Regions::any(),
        };
        let max = match self.max_connections {
            Some(n) => Some(n),
            None => match env("LKMS_SERVE_MAX_CONNECTIONS") {
                Some(v) => Some(v.parse().map_err(|_| {
                    Error::Usage(format!(
                        "LKMS_SERVE_MAX_CONNECTIONS must be a number, not '{v}'"
                    ))
                })?),
                None => None,
            },
        };
        if max == Some(0) {
            return Err(Error::Usage("--max-connections must be at least 1".into()));
        }
        Ok((regions, max))
    }
}

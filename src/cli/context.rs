//! What a command needs besides its own flags: the global options, the selected AWS profile, who
//! is calling, and the service, opened on first use so commands that need no key never touch the
//! root key.
//!
//! The caller is found as the aws CLI finds its credentials: `AWS_ACCESS_KEY_ID` /
//! `AWS_SECRET_ACCESS_KEY` (and `AWS_SESSION_TOKEN`) unless `--profile` is given, else the
//! profile's access key in the shared credentials file or the config file. The core checks the
//! key against the keystore's credentials (`ops::authenticate`). `LKMS_PRINCIPAL` acts as a
//! principal without an access key (the keystore's owner simulating a caller); with none of
//! these the caller is the keystore's account root.

use super::config::{self, AccessKey};
use super::values::BinaryFormat;
use crate::clock::Clock;
use crate::crypto::secret::SecretString;
use crate::error::Error;
use crate::ops::{self, Audience, Caller, Origin, Runner, Service, ServiceConfig};
use crate::wire;
use serde_json::Value;
use std::cell::OnceCell;
use std::path::PathBuf;

/// Options every subcommand accepts, before or after the subcommand name.
#[derive(clap::Args, Debug, Default)]
pub struct GlobalArgs {
    /// Keystore directory [default: $LKMS_HOME, else the platform data directory].
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        value_name = "DIR"
    )]
    pub keystore: Option<PathBuf>,
    /// Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile's region, else
    /// us-east-1].
    #[arg(long, global = true, help_heading = "Global options")]
    pub region: Option<String>,
    /// Output format [default: $AWS_DEFAULT_OUTPUT, else the profile's output, else json].
    #[arg(long, global = true, help_heading = "Global options", value_parser = ["json", "text", "table", "yaml", "yaml-stream", "off"])]
    pub output: Option<String>,
    /// A JMESPath expression applied to the response before it is printed.
    #[arg(long, global = true, help_heading = "Global options")]
    pub query: Option<String>,
    /// How blob arguments given as text are read.
    #[arg(long, global = true, help_heading = "Global options", value_parser = ["base64", "raw-in-base64-out"])]
    pub cli_binary_format: Option<String>,
    /// Print one raw page of a list instead of following the pages.
    #[arg(long, global = true, help_heading = "Global options")]
    pub no_paginate: bool,
    /// Print diagnostics to stderr.
    #[arg(long, global = true, help_heading = "Global options")]
    pub debug: bool,
    /// The profile in the AWS config and credentials files whose region, output,
    /// cli_binary_format and access key apply.
    #[arg(long, global = true, help_heading = "Global options")]
    pub profile: Option<String>,
    /// Accepted for compatibility and ignored: lkms works locally.
    #[arg(long, global = true, help_heading = "Global options")]
    pub endpoint_url: Option<String>,
    /// Accepted for compatibility: lkms never pages its output.
    #[arg(long, global = true, help_heading = "Global options")]
    pub no_cli_pager: bool,
    /// Accepted for compatibility and ignored: lkms makes no TLS connections.
    #[arg(long, global = true, help_heading = "Global options")]
    pub no_verify_ssl: bool,
    /// Accepted for compatibility and ignored: lkms makes no TLS connections.
    #[arg(long, global = true, help_heading = "Global options")]
    pub ca_bundle: Option<String>,
    /// Accepted for compatibility and ignored: lkms signs nothing.
    #[arg(long, global = true, help_heading = "Global options")]
    pub no_sign_request: bool,
    /// Accepted for compatibility and ignored: lkms makes no network calls.
    #[arg(long, global = true, help_heading = "Global options")]
    pub cli_read_timeout: Option<i64>,
    /// Accepted for compatibility and ignored: lkms makes no network calls.
    #[arg(long, global = true, help_heading = "Global options")]
    pub cli_connect_timeout: Option<i64>,
    /// Accepted for compatibility: lkms prints no colour.
    #[arg(long, global = true, help_heading = "Global options", value_parser = ["on", "off", "auto"])]
    pub color: Option<String>,
    /// How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile's
    /// cli_error_format, else enhanced].
    #[arg(long, global = true, help_heading = "Global options", value_parser = super::report::ERROR_FORMATS)]
    pub cli_error_format: Option<String>,
    /// Accepted for compatibility: lkms never prompts.
    #[arg(long, global = true, help_heading = "Global options")]
    pub no_cli_auto_prompt: bool,
    /// Refused: lkms does not prompt for parameters.
    #[arg(long, global = true, help_heading = "Global options")]
    pub cli_auto_prompt: bool,
}

/// What a subcommand needs besides its own flags: the global options and, on first use, the
/// opened keystore (so commands that need no key never touch the root key).
pub struct Ctx {
    /// The global options.
    pub global: GlobalArgs,
    /// The settings of the selected profile in the AWS config file.
    pub profile: config::Profile,
    pub(super) service: OnceCell<Service>,
    /// The exit code when the command succeeds but has bad news to report (keystore check).
    pub exit_code: std::cell::Cell<i32>,
    /// The service as the caller sees it (the same keystore), made on first use.
    pub(super) as_caller: OnceCell<Service>,
}

/// Who a command says it is, before the keystore is asked.
enum Presented {
    /// No credentials: the account root.
    Nobody,
    /// `LKMS_PRINCIPAL`: a principal, without an access key.
    Principal(String),
    /// An access key and its secret.
    Key(AccessKey),
}

pub(super) fn env_nonempty(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

fn valid_region(r: &str) -> bool {
    !r.is_empty()
        && r.len() <= 64
        && r.split('-').all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

impl Ctx {
    /// How blob arguments are read.
    pub fn binary_format(&self) -> BinaryFormat {
        let chosen = self
            .global
            .cli_binary_format
            .as_deref()
            .or(self.profile.cli_binary_format.as_deref());
        match chosen {
            Some("raw-in-base64-out") => BinaryFormat::RawInBase64Out,
            _ => BinaryFormat::Base64,
        }
    }

    /// The keystore directory in use.
    pub fn keystore_dir(&self) -> Result<PathBuf, Error> {
        if let Some(d) = &self.global.keystore {
            return Ok(d.clone());
        }
        if let Some(d) = std::env::var_os("LKMS_HOME").filter(|v| !v.is_empty()) {
            return Ok(PathBuf::from(d));
        }
        directories::ProjectDirs::from("", "", "lkms")
            .map(|d| d.data_dir().to_path_buf())
            .ok_or_else(|| {
                Error::Config("cannot find a home directory; set LKMS_HOME or --keystore".into())
            })
    }

    /// The region in use.
    pub fn region(&self) -> Result<String, Error> {
        let region = self
            .global
            .region
            .clone()
            .or_else(|| env_nonempty("AWS_REGION"))
            .or_else(|| env_nonempty("AWS_DEFAULT_REGION"))
            .or_else(|| self.profile.region.clone())
            .unwrap_or_else(|| "us-east-1".to_string());
        if !valid_region(&region) {
            return Err(Error::Config(format!(
                "Provided region_name '{region}' doesn't match a supported format."
            )));
        }
        Ok(region)
    }

    /// The credentials the command presents.
    fn presented(&self) -> Result<Presented, Error> {
        if let Some(p) = env_nonempty("LKMS_PRINCIPAL") {
            return Ok(Presented::Principal(p));
        }
        if !self.profile.from_flag {
            let id = env_nonempty("AWS_ACCESS_KEY_ID");
            let secret = env_nonempty("AWS_SECRET_ACCESS_KEY");
            match (id, secret) {
                (Some(access_key_id), Some(secret)) => {
                    return Ok(Presented::Key(AccessKey {
                        access_key_id,
                        secret: SecretString::new(secret),
                        session_token: env_nonempty("AWS_SESSION_TOKEN"),
                    }));
                }
                (Some(_), None) => return Err(partial("AWS_SECRET_ACCESS_KEY")),
                (None, Some(_)) => return Err(partial("AWS_ACCESS_KEY_ID")),
                (None, None) => {}
            }
        }
        Ok(match &self.profile.access_key {
            Some(k) => Presented::Key(k.clone()),
            None => Presented::Nobody,
        })
    }

    /// The service as the calling principal sees it: the keystore's, for the caller the
    /// command's credentials name (checked against the keystore's access keys).
    pub fn caller_service(&self) -> Result<&Service, Error> {
        if let Some(s) = self.as_caller.get() {
            return Ok(s);
        }
        let owner = self.service()?;
        // The access key presented is the one the audit trail records, as `lkms serve` records
        // the one a request is signed with.
        let (caller, access_key_id) = match self.presented()? {
            Presented::Nobody => (Caller::root(owner.account_id()), None),
            Presented::Principal(p) => (Caller::parse(&p)?, None),
            Presented::Key(k) => (
                ops::authenticate(
                    owner,
                    &k.access_key_id,
                    &k.secret,
                    k.session_token.as_deref(),
                )?,
                Some(k.access_key_id),
            ),
        };
        if self.global.debug {
            eprintln!("lkms: calling as {}", caller.principal);
        }
        let service = owner
            .for_request(owner.region().to_string(), caller)
            .with_origin(Origin {
                access_key_id,
                ..Origin::command_line()
            });
        Ok(self.as_caller.get_or_init(|| service))
    }

    /// What the service is opened with: the keystore, region and clock the command names.
    fn service_config(&self) -> Result<ServiceConfig, Error> {
        Ok(ServiceConfig {
            dir: self.keystore_dir()?,
            region: self.region()?,
            clock: Clock::from_env().map_err(Error::Config)?,
            caller: None,
        })
    }

    /// The caller's service if the keystore exists already and opens: operations that need
    /// no keystore use it only to record their calls in its audit trail.
    fn existing_service(&self) -> Option<&Service> {
        if self.service.get().is_none() {
            let service = Service::open_existing(self.service_config().ok()?)?;
            self.service.get_or_init(|| service);
        }
        self.caller_service().ok()
    }

    /// The service as the keystore's owner (its account root), opening the keystore on first
    /// use.
    pub fn service(&self) -> Result<&Service, Error> {
        if let Some(s) = self.service.get() {
            return Ok(s);
        }
        let cfg = self.service_config()?;
        let (dir, region) = (cfg.dir.clone(), cfg.region.clone());
        let service = open_service(cfg)?;
        if self.global.debug {
            eprintln!(
                "lkms: keystore {} (root key from the {}), region {region}",
                dir.display(),
                service.root_key_source()
            );
        }
        Ok(self.service.get_or_init(|| service))
    }

    /// Runs operation `name` (an API or lkms operation) as the caller on a wire-form request
    /// and renders its response for printing.
    pub fn call(&self, name: &str, request: Value) -> Result<Option<Value>, Error> {
        let op = ops::find(name).ok_or_else(|| ops::not_yet_supported(name))?;
        let (output, service) = match op.runner {
            Runner::Keystore(_) => {
                let service = self.caller_service()?;
                (ops::call(service, op, request), Some(service))
            }
            // No keystore needed (unless the request asks for one): the call is recorded only in
            // a keystore that exists already.
            Runner::KeystoreIf(wants, f) => {
                // The keystore is opened when the request needs it, or when credentials name a
                // caller whose permissions must be checked (without any, the caller is the
                // root, whom no policy refuses an operation that touches no key).
                let named = !matches!(self.presented()?, Presented::Nobody);
                let service = if wants(&request) || named {
                    Some(self.caller_service()?)
                } else {
                    self.existing_service()
                };
                match service {
                    Some(service) => (ops::call(service, op, request), Some(service)),
                    None => (f(None, request), None),
                }
            }
            Runner::Standalone(f) => match self.existing_service() {
                Some(service) => (ops::call(service, op, request), Some(service)),
                None => (f(request), None),
            },
            Runner::NotYet => match self.existing_service() {
                Some(service) => (ops::call(service, op, request), Some(service)),
                None => (Err(ops::not_yet_supported(op.name)), None),
            },
        };
        if let Some(warning) = service.and_then(Service::take_audit_warning) {
            eprintln!("lkms: warning: {warning}");
        }
        Ok(wire::render(op.name, output?))
    }

    /// Runs one of lkms's own operations as the keystore's owner, whatever credentials the
    /// command carries (managing access keys must not need one).
    pub fn call_as_owner(&self, name: &str, request: Value) -> Result<Option<Value>, Error> {
        let op = ops::find(name)
            .filter(|o| o.audience == Audience::Lkms)
            .ok_or_else(|| ops::not_yet_supported(name))?;
        Ok(wire::render(
            op.name,
            ops::call(self.service()?, op, request)?,
        ))
    }
}

fn partial(missing: &str) -> Error {
    Error::Config(format!(
        "Partial credentials found in env, missing: {missing}"
    ))
}

/// Opens the service; when that makes a new keystore and `LKMS_SEED_FILE` names a seed file,
/// seeds it first, so a test suite's first command already sees its fixtures.
pub fn open_service(cfg: ServiceConfig) -> Result<Service, Error> {
    let fresh = !Service::exists(&cfg.dir);
    let service = Service::open(cfg)?;
    if let Some(path) = env_nonempty("LKMS_SEED_FILE").filter(|_| fresh) {
        super::commands::keystore::seed(&service, std::path::Path::new(&path)).map_err(|e| {
            Error::Config(format!(
                "LKMS_SEED_FILE: {e}; the new keystore is unseeded: fix the file and run \
                 `lkms keystore seed --file {path}`"
            ))
        })?;
    }
    Ok(service)
}

//! What a command needs besides its own flags: the global options, the selected AWS profile, and
//! the service, opened on first use so commands that need no key never touch the root key.

use super::config;
use super::values::BinaryFormat;
use crate::clock::Clock;
use crate::error::Error;
use crate::ops::{self, Runner, Service, ServiceConfig};
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
    /// The profile in the AWS config file whose region, output and cli_binary_format apply.
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

    /// The service, opening the keystore on first use.
    pub fn service(&self) -> Result<&Service, Error> {
        if let Some(s) = self.service.get() {
            return Ok(s);
        }
        let region = self.region()?;
        let clock = Clock::from_env().map_err(Error::Config)?;
        let dir = self.keystore_dir()?;
        let caller = std::env::var("LKMS_PRINCIPAL")
            .ok()
            .filter(|p| !p.is_empty());
        let service = open_service(ServiceConfig {
            dir: dir.clone(),
            region: region.clone(),
            clock,
            caller,
        })?;
        if self.global.debug {
            eprintln!(
                "lkms: keystore {} (root key from the {}), region {region}",
                dir.display(),
                service.root_key_source()
            );
        }
        Ok(self.service.get_or_init(|| service))
    }

    /// Runs operation `name` (an API or lkms operation) on a wire-form request and renders its
    /// response for printing.
    pub fn call(&self, name: &str, request: Value) -> Result<Option<Value>, Error> {
        let op = ops::find(name).ok_or_else(|| ops::not_yet_supported(name))?;
        let output = match op.runner {
            Runner::Keystore(_) => ops::call(self.service()?, op, request)?,
            Runner::Standalone(f) => f(request)?,
            Runner::KeystoreIf(wants, f) => {
                let service = if wants(&request) {
                    Some(self.service()?)
                } else {
                    None
                };
                f(service, request)?
            }
            Runner::NotYet => return Err(ops::not_yet_supported(op.name)),
        };
        Ok(wire::render(op.name, output))
    }
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

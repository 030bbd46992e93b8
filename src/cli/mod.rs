//! The command-line face: `aws kms` (AWS CLI v2) conventions for every operation of the API.
//! The subcommands and their flags are built from the model (see [`crate::spec`]); flag values
//! become the wire-form JSON request, which [`Service::call`] runs.

pub mod args;
pub mod commands;
pub mod config;
pub mod help;
pub mod output;
pub mod paging;
pub mod progress;
pub mod request;
pub mod shorthand;
pub mod table;
pub mod values;

use crate::clock::Clock;
use crate::error::Error;
use crate::service::Service;
use crate::service::caller::Caller;
use crate::service::dispatch;
use crate::spec;
use crate::store::Keystore;
use crate::store::rootkey::RootKeyConfig;
use clap::{ArgMatches, Args as _, Command, FromArgMatches};
use serde_json::{Map, Value};
use std::cell::OnceCell;
use std::ffi::OsString;
use std::path::PathBuf;
use values::BinaryFormat;

/// Exit code for a service error.
pub const EXIT_SERVICE: i32 = 254;
/// Exit code for a bad argument.
pub const EXIT_USAGE: i32 = 252;
/// Exit code for a configuration problem (root key, keystore, region, profile).
pub const EXIT_CONFIG: i32 = 253;
/// Exit code for anything else.
pub const EXIT_OTHER: i32 = 255;

const ABOUT: &str = "`aws kms` on your own machine: an offline KMS on an encrypted local keystore.";
const LONG_ABOUT: &str =
    "`aws kms` on your own machine: an offline KMS on an encrypted local keystore.

Subcommands, flags, output and errors follow `aws kms` (AWS CLI v2); `lkms kms ...` and a copy
or link named `aws` (`aws kms ...`) work too. Keys live in the keystore directory (--keystore,
else $LKMS_HOME, else the platform data directory); their material is sealed under a root key
from $LKMS_ROOT_KEY, the OS keyring, or a root-key file.";

// lkms's own subcommands (not `aws kms` operations). A plain comment: a doc comment here
// would replace lkms's description in --help.
#[derive(clap::Subcommand, Debug)]
enum Own {
    /// Inspects the local keystore (lkms only; not an `aws kms` command).
    Keystore(commands::keystore::Args),
    /// Prints a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions(commands::completions::Args),
    /// Serves the AWS KMS API over HTTP for SDKs, the aws CLI, Terraform and sops (lkms only).
    Serve(commands::serve::Args),
    /// Manages the access keys `lkms serve` accepts (lkms only; not an `aws kms` command).
    Credentials(commands::credentials::Args),
    /// Writes completions and man pages into a directory.
    #[command(hide = true)]
    GenerateDocs(commands::completions::DocsArgs),
}

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
    service: OnceCell<Service>,
}

fn env_nonempty(name: &str) -> Option<String> {
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
            .filter(|p| !p.is_empty())
            .map(|p| Caller::parse(&p))
            .transpose()?;
        let store = Keystore::open(&dir, &RootKeyConfig::from_env())?;
        if self.global.debug {
            eprintln!(
                "lkms: keystore {} (root key from the {}), region {region}",
                dir.display(),
                store.root_source()
            );
        }
        let mut service = Service::new(store, region, clock);
        if let Some(c) = caller {
            service = service.with_caller(c);
        }
        Ok(self.service.get_or_init(|| service))
    }
}

/// Converts a response into the JSON value the printer works on.
pub fn to_value<T: serde::Serialize>(resp: T) -> Result<Option<Value>, Error> {
    serde_json::to_value(resp)
        .map(Some)
        .map_err(|e| Error::Other(format!("cannot render the response: {e}")))
}

fn root_command() -> Command {
    GlobalArgs::augment_args(
        Command::new("lkms")
            .version(env!("CARGO_PKG_VERSION"))
            .max_term_width(100)
            .subcommand_required(true)
            .args_override_self(true),
    )
}

/// Sets lkms's own description last: deriving arguments would otherwise replace it.
fn described(cmd: Command) -> Command {
    cmd.about(ABOUT).long_about(LONG_ABOUT)
}

/// The whole command line: every operation and lkms's own commands (for help, completions
/// and man pages).
pub fn full_command() -> Command {
    use clap::Subcommand as _;
    described(Own::augment_subcommands(
        root_command().subcommands(args::all_operations()),
    ))
}

/// Global options that take a value, so their values are not mistaken for the subcommand.
const TAKES_VALUE: &[&str] = &[
    "--keystore",
    "--region",
    "--output",
    "--query",
    "--cli-binary-format",
    "--profile",
    "--endpoint-url",
    "--color",
    "--ca-bundle",
    "--cli-read-timeout",
    "--cli-connect-timeout",
];

/// Index of the first argument that is neither an option nor a global option's value.
fn first_positional(args: &[OsString]) -> Option<usize> {
    let mut i = 1;
    while i < args.len() {
        let arg = args[i].to_str()?;
        if arg == "--" {
            return None;
        }
        if arg.starts_with('-') {
            if TAKES_VALUE.contains(&arg) {
                i += 1;
            }
            i += 1;
            continue;
        }
        return Some(i);
    }
    None
}

/// Accepts `lkms kms <op>` and, when called as `aws`, `aws kms <op>`: drops the service name.
fn strip_service(mut args: Vec<OsString>) -> Result<Vec<OsString>, Error> {
    let called_as_aws = args
        .first()
        .and_then(|a| {
            PathBuf::from(a)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
        })
        .is_some_and(|name| name == "aws");
    if let Some(i) = first_positional(&args) {
        match args[i].to_str() {
            Some("kms") => {
                args.remove(i);
            }
            Some(other) if called_as_aws => {
                return Err(Error::Usage(format!(
                    "aws: lkms provides only the kms service, not '{other}'. Usage: aws kms <command> ..."
                )));
            }
            _ => {}
        }
    } else if called_as_aws && !args.iter().skip(1).any(|a| a == "--version") {
        return Err(Error::Usage(
            "aws: lkms provides only the kms service. Usage: aws kms <command> ...".into(),
        ));
    }
    // `aws kms encrypt help` asks for help the AWS way.
    if args.len() > 2
        && args.last().is_some_and(|a| a == "help")
        && first_positional(&args) != Some(args.len() - 1)
    {
        let last = args.len() - 1;
        args[last] = OsString::from("--help");
    }
    Ok(args)
}

/// What was asked for: an API operation with its flags, or one of lkms's own commands.
enum Invocation {
    Operation(&'static spec::Operation, ArgMatches),
    Own(Own),
}

/// Parses the command line. Building clap's definition of all 56 operations costs more than an
/// encrypt, so a known subcommand is parsed with only its own definition; anything else (help,
/// a typo) goes through the full definition for the complete message.
fn parse(args: Vec<OsString>) -> Result<(GlobalArgs, Invocation), clap::Error> {
    use clap::Subcommand as _;
    let name = first_positional(&args).and_then(|i| args[i].to_str().map(String::from));
    let op = name.as_deref().and_then(spec::operation_by_cli_name);
    let cmd = match (op, name.as_deref()) {
        (Some(op), _) => {
            let skeleton_or_json = args.iter().any(|a| {
                a == "--cli-input-json"
                    || a == "--generate-cli-skeleton"
                    || a.to_string_lossy().starts_with("--cli-input-json=")
            });
            root_command().subcommand(args::operation_command(op, !skeleton_or_json))
        }
        (None, Some("keystore" | "completions" | "generate-docs" | "serve" | "credentials")) => {
            Own::augment_subcommands(root_command())
        }
        _ => full_command(),
    };
    let matches = cmd.try_get_matches_from(args)?;
    let global = GlobalArgs::from_arg_matches(&matches)?;
    let (sub, sub_matches) = matches
        .subcommand()
        .ok_or_else(|| clap::Error::new(clap::error::ErrorKind::MissingSubcommand))?;
    match spec::operation_by_cli_name(sub) {
        Some(op) => Ok((global, Invocation::Operation(op, sub_matches.clone()))),
        None => Ok((global, Invocation::Own(Own::from_arg_matches(&matches)?))),
    }
}

/// Builds the wire-form request of `op` from `--cli-input-json` and the flags.
fn build_request(
    op: &spec::Operation,
    m: &ArgMatches,
    format: BinaryFormat,
) -> Result<Map<String, Value>, Error> {
    let mut req = match m.get_one::<String>("cli-input-json") {
        Some(j) => request::input_json(j)?,
        None => Map::new(),
    };
    let Some(input) = op.input.and_then(spec::shape) else {
        return Ok(req);
    };
    for (member, shape_name) in input.members {
        let Some(shape) = spec::shape(shape_name) else {
            continue;
        };
        if shape.kind == spec::Kind::Boolean {
            if m.get_flag(member) {
                req.insert(member.to_string(), Value::Bool(true));
            } else if m.get_flag(&args::negated_id(member)) {
                req.insert(member.to_string(), Value::Bool(false));
            }
            continue;
        }
        if let Some(raw) = m.get_many::<String>(member) {
            let raw: Vec<String> = raw.cloned().collect();
            let value = request::flag_value(&spec::kebab(member), shape, &raw, format)?;
            req.insert(member.to_string(), value);
        }
    }
    match request::check_request(op.input.unwrap_or_default(), Value::Object(req), true)? {
        Value::Object(m) => Ok(m),
        _ => Ok(Map::new()),
    }
}

/// Runs one API operation as the command line asked.
fn run_operation(
    ctx: &Ctx,
    op: &'static spec::Operation,
    m: &ArgMatches,
) -> Result<Option<Value>, Error> {
    if let Some(which) = m.get_one::<String>("generate-cli-skeleton") {
        let shape = if which == "output" {
            op.output
        } else {
            op.input
        };
        return Ok(Some(
            shape.map_or(Value::Object(Map::new()), request::skeleton),
        ));
    }
    let req = build_request(op, m, ctx.binary_format())?;
    let call = |r: Value| -> Result<Option<Value>, Error> {
        if ctx.global.debug {
            let shown = request::redacted(op.input.unwrap_or_default(), &r);
            eprintln!("lkms: calling {} with {shown}", op.name);
        }
        if dispatch::needs_no_keystore(op.name) {
            dispatch::call_without_keystore(op.name, r)
        } else if !dispatch::IMPLEMENTED.contains(&op.name) {
            Err(dispatch::not_yet_supported(op.name))
        } else {
            ctx.service()?.call(op.name, r)
        }
    };
    let Some(pag) = &op.paginator else {
        // RSA-3072/4096 key generation (a key, a data key pair or an import wrapping key) can
        // take a while: show a spinner on a terminal.
        let spec = req
            .get("KeySpec")
            .or_else(|| req.get("KeyPairSpec"))
            .or_else(|| req.get("WrappingKeySpec"))
            .and_then(Value::as_str);
        let _spinner = matches!(spec, Some("RSA_3072" | "RSA_4096")).then(|| {
            progress::Delayed::start(format!("Generating an {} key", spec.unwrap_or_default()))
        });
        return call(Value::Object(req));
    };
    let opts = paging::Options {
        page_size: m.get_one::<i64>("page-size").copied(),
        max_items: m.get_one::<i64>("max-items").copied(),
        starting_token: m.get_one::<String>("starting-token").cloned(),
    };
    let manual = req.contains_key(pag.limit_key) || req.contains_key(pag.input_token);
    if ctx.global.no_paginate || manual {
        let used: Vec<&str> = [
            ("--max-items", opts.max_items.is_some()),
            ("--page-size", opts.page_size.is_some()),
            ("--starting-token", opts.starting_token.is_some()),
        ]
        .iter()
        .filter(|(_, set)| *set)
        .map(|(n, _)| *n)
        .collect();
        if ctx.global.no_paginate && !used.is_empty() {
            return Err(Error::Usage(format!(
                "Error during pagination: Cannot specify --no-paginate along with pagination arguments: {}",
                used.join(", ")
            )));
        }
        return call(Value::Object(req));
    }
    paging::run(pag, req, &opts, call)
}

/// Runs lkms with these arguments (the first is the program name); returns the exit code.
pub fn run(args: Vec<OsString>) -> i32 {
    let args = match strip_service(args) {
        Ok(a) => a,
        Err(e) => return report(&e, ""),
    };
    let (global, invocation) = match parse(args) {
        Ok(p) => p,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_USAGE } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    let operation = match &invocation {
        Invocation::Operation(op, _) => op.name,
        Invocation::Own(_) => "lkms",
    };
    let profile = match config::load(global.profile.as_deref()) {
        Ok(p) => p,
        Err(e) => return report(&e, operation),
    };
    let format_name = global
        .output
        .clone()
        .or_else(|| env_nonempty("AWS_DEFAULT_OUTPUT"))
        .or_else(|| profile.output.clone())
        .unwrap_or_else(|| "json".to_string());
    let Some(format) = output::Format::parse(&format_name) else {
        eprintln!(
            "\naws: error: argument --output: Invalid choice, valid choices are:\n\njson | text\ntable | yaml\nyaml-stream | off\n"
        );
        return EXIT_USAGE;
    };
    // The expression is checked before the command runs, so a typo changes nothing.
    let query = match global
        .query
        .as_deref()
        .map(output::Query::compile)
        .transpose()
    {
        Ok(q) => q,
        Err(e) => return report(&e, operation),
    };
    let ctx = Ctx {
        global,
        profile,
        service: OnceCell::new(),
    };
    let result = match invocation {
        Invocation::Operation(op, m) => run_operation(&ctx, op, &m),
        Invocation::Own(Own::Keystore(a)) => a.run(&ctx),
        Invocation::Own(Own::Completions(a)) => a.run(&ctx),
        Invocation::Own(Own::Serve(a)) => a.run(&ctx),
        Invocation::Own(Own::Credentials(a)) => a.run(&ctx),
        Invocation::Own(Own::GenerateDocs(a)) => a.run(&ctx),
    }
    .and_then(|value| output::print(value, query.as_ref(), format, operation));
    match result {
        Ok(()) => 0,
        Err(e) => report(&e, operation),
    }
}

/// Prints an error the way the AWS CLI does and returns its exit code.
fn report(e: &Error, operation: &str) -> i32 {
    match e {
        Error::Service(k) => {
            eprintln!(
                "\nAn error occurred ({}) when calling the {operation} operation: {}",
                k.code.as_str(),
                k.message
            );
            EXIT_SERVICE
        }
        Error::Usage(m) => {
            eprintln!("\n{m}");
            EXIT_USAGE
        }
        Error::Config(m) => {
            eprintln!("lkms: {m}");
            EXIT_CONFIG
        }
        Error::Other(m) => {
            eprintln!("\n{m}");
            EXIT_OTHER
        }
    }
}

//! The command-line face: global options, subcommands, output and exit codes, following the
//! AWS CLI v2 conventions.

pub mod commands;
pub mod output;
pub mod values;

use crate::clock::Clock;
use crate::error::Error;
use crate::service::Service;
use crate::service::caller::Caller;
use crate::store::Keystore;
use crate::store::rootkey::RootKeyConfig;
use clap::{Parser, Subcommand};
use std::cell::OnceCell;
use std::ffi::OsString;
use std::path::PathBuf;
use values::BinaryFormat;

/// Exit code for a service error.
pub const EXIT_SERVICE: i32 = 254;
/// Exit code for a bad argument.
pub const EXIT_USAGE: i32 = 252;
/// Exit code for a configuration problem (root key, keystore, region).
pub const EXIT_CONFIG: i32 = 253;
/// Exit code for anything else.
pub const EXIT_OTHER: i32 = 255;

/// `aws kms` on your own machine: an offline KMS on an encrypted local keystore.
///
/// Subcommands, flags, output and errors follow `aws kms` (AWS CLI v2). Keys live in the
/// keystore directory (--keystore, else $LKMS_HOME, else the platform data directory); their
/// material is sealed under a root key from $LKMS_ROOT_KEY, the OS keyring, or a root-key file.
#[derive(Parser, Debug)]
#[command(name = "lkms", version, max_term_width = 100)]
struct Cli {
    #[command(flatten)]
    global: GlobalArgs,
    #[command(subcommand)]
    command: Command,
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
    /// Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else us-east-1].
    #[arg(long, global = true, help_heading = "Global options")]
    pub region: Option<String>,
    /// Output format [default: $AWS_DEFAULT_OUTPUT, else json].
    #[arg(long, global = true, help_heading = "Global options", value_parser = ["json", "text", "off"])]
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
    /// Accepted for compatibility; lkms has no profiles yet.
    #[arg(long, global = true, help_heading = "Global options")]
    pub profile: Option<String>,
    /// Accepted for compatibility and ignored: lkms works locally.
    #[arg(long, global = true, help_heading = "Global options")]
    pub endpoint_url: Option<String>,
    /// Accepted for compatibility: lkms never pages its output.
    #[arg(long, global = true, help_heading = "Global options")]
    pub no_cli_pager: bool,
    /// Accepted for compatibility: lkms prints no colour.
    #[arg(long, global = true, help_heading = "Global options", value_parser = ["on", "off", "auto"])]
    pub color: Option<String>,
}

/// Declares the subcommands once: the clap enum, each one's API operation name, its dispatch,
/// and a builder for one subcommand alone (so a call parses only the flags it needs).
macro_rules! subcommands {
    ($($variant:ident, $module:ident, $name:literal;)*) => {
        #[derive(Subcommand, Debug)]
        enum Command {
            $($variant(commands::$module::Args),)*
            Keystore(commands::keystore::Args),
        }

        impl Command {
            /// The API operation name used in error messages.
            fn operation(&self) -> &'static str {
                match self {
                    $(Self::$variant(_) => stringify!($variant),)*
                    Self::Keystore(_) => "Keystore",
                }
            }

            fn run(self, ctx: &Ctx) -> Result<Option<serde_json::Value>, Error> {
                match self {
                    $(Self::$variant(a) => a.run(ctx),)*
                    Self::Keystore(a) => a.run(ctx),
                }
            }
        }

        /// The clap definition of the subcommand called `name`, built on its own.
        fn single_subcommand(name: &str) -> Option<clap::Command> {
            use clap::Args as _;
            match name {
                $($name => Some(commands::$module::Args::augment_args(clap::Command::new($name))),)*
                "keystore" => Some(commands::keystore::Args::augment_args(clap::Command::new("keystore"))),
                _ => None,
            }
        }
    };
}

subcommands! {
    CancelKeyDeletion, cancel_key_deletion, "cancel-key-deletion";
    CreateAlias, create_alias, "create-alias";
    CreateKey, create_key, "create-key";
    Decrypt, decrypt, "decrypt";
    DeleteAlias, delete_alias, "delete-alias";
    DescribeKey, describe_key, "describe-key";
    DisableKey, disable_key, "disable-key";
    DisableKeyRotation, disable_key_rotation, "disable-key-rotation";
    EnableKey, enable_key, "enable-key";
    EnableKeyRotation, enable_key_rotation, "enable-key-rotation";
    Encrypt, encrypt, "encrypt";
    GenerateDataKey, generate_data_key, "generate-data-key";
    GenerateDataKeyWithoutPlaintext, generate_data_key_without_plaintext, "generate-data-key-without-plaintext";
    GenerateRandom, generate_random, "generate-random";
    GetKeyPolicy, get_key_policy, "get-key-policy";
    GetKeyRotationStatus, get_key_rotation_status, "get-key-rotation-status";
    ListAliases, list_aliases, "list-aliases";
    ListKeyPolicies, list_key_policies, "list-key-policies";
    ListKeyRotations, list_key_rotations, "list-key-rotations";
    ListKeys, list_keys, "list-keys";
    ListResourceTags, list_resource_tags, "list-resource-tags";
    PutKeyPolicy, put_key_policy, "put-key-policy";
    ReEncrypt, re_encrypt, "re-encrypt";
    RotateKeyOnDemand, rotate_key_on_demand, "rotate-key-on-demand";
    ScheduleKeyDeletion, schedule_key_deletion, "schedule-key-deletion";
    TagResource, tag_resource, "tag-resource";
    UntagResource, untag_resource, "untag-resource";
    UpdateAlias, update_alias, "update-alias";
    UpdateKeyDescription, update_key_description, "update-key-description";
}

/// What a subcommand needs besides its own flags: the global options and, on first use, the
/// opened keystore (so commands that need no key never touch the root key).
pub struct Ctx {
    /// The global options.
    pub global: GlobalArgs,
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
        match self.global.cli_binary_format.as_deref() {
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

/// The first argument that is neither an option nor a global option's value: the subcommand.
fn subcommand_name(args: &[OsString]) -> Option<&str> {
    const TAKES_VALUE: &[&str] = &[
        "--keystore",
        "--region",
        "--output",
        "--query",
        "--cli-binary-format",
        "--profile",
        "--endpoint-url",
        "--color",
    ];
    let mut iter = args.iter().skip(1);
    while let Some(arg) = iter.next() {
        let arg = arg.to_str()?;
        if arg == "--" {
            return None;
        }
        if arg.starts_with('-') {
            if TAKES_VALUE.contains(&arg) {
                iter.next();
            }
            continue;
        }
        return Some(arg);
    }
    None
}

/// Parses the command line. Building clap's definition of every subcommand costs more than an
/// encrypt, so a known subcommand is parsed with only its own definition; anything else (help,
/// a typo) goes through the full definition for the complete message.
fn parse(args: Vec<OsString>) -> Result<Cli, clap::Error> {
    use clap::{Args as _, FromArgMatches};
    if let Some(sub) = subcommand_name(&args).and_then(single_subcommand) {
        let cmd = GlobalArgs::augment_args(
            clap::Command::new("lkms")
                .version(env!("CARGO_PKG_VERSION"))
                .max_term_width(100),
        )
        .subcommand(sub)
        .subcommand_required(true);
        let matches = cmd.try_get_matches_from(args)?;
        return Cli::from_arg_matches(&matches);
    }
    Cli::try_parse_from(args)
}

/// Runs lkms with these arguments (the first is the program name); returns the exit code.
pub fn run(args: Vec<OsString>) -> i32 {
    let cli = match parse(args) {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_USAGE } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    let format_name = cli
        .global
        .output
        .clone()
        .or_else(|| env_nonempty("AWS_DEFAULT_OUTPUT"))
        .unwrap_or_else(|| "json".to_string());
    let Some(format) = output::Format::parse(&format_name) else {
        eprintln!(
            "\naws: error: argument --output: Invalid choice, valid choices are:\n\njson | text | off\n"
        );
        return EXIT_USAGE;
    };
    let operation = cli.command.operation();
    // The expression is checked before the command runs, so a typo changes nothing.
    let query = match cli
        .global
        .query
        .as_deref()
        .map(output::Query::compile)
        .transpose()
    {
        Ok(q) => q,
        Err(e) => return report(&e, operation),
    };
    let ctx = Ctx {
        global: cli.global,
        service: OnceCell::new(),
    };
    let result = cli
        .command
        .run(&ctx)
        .and_then(|value| output::print(value, query.as_ref(), format));
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

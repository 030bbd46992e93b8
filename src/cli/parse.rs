//! Parsing the command line: `aws kms`'s conventions (`lkms kms <op>`, a binary named `aws`,
//! `<op> help`) and one clap subcommand per operation of the registry, plus lkms's own commands.

use super::context::GlobalArgs;
use super::{args, commands};
use crate::error::Error;
use crate::spec;
use clap::{ArgMatches, Args as _, Command, FromArgMatches};
use std::ffi::OsString;
use std::path::PathBuf;

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
pub(super) enum Own {
    /// Inspects the local keystore (lkms only; not an `aws kms` command).
    Keystore(commands::keystore::Args),
    /// Prints a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions(commands::completions::Args),
    /// Serves the AWS KMS API over HTTP for SDKs, the aws CLI, Terraform and sops (lkms only).
    Serve(commands::serve::Args),
    /// Manages the access keys lkms accepts and their principals' identity policies (lkms
    /// only; not an `aws kms` command).
    Credentials(commands::credentials::Args),
    /// Manages the PKCS#11 tokens that stand for CloudHSM clusters (lkms only; not an `aws
    /// kms` command).
    HsmClusters(commands::hsm_clusters::Args),
    /// Says whether a principal may perform an action on a key, and what decides it (lkms
    /// only; the IAM policy simulator's allowed, explicitDeny or implicitDeny).
    Authorize(commands::authorize::Args),
    /// Checks and searches the keystore's audit trail, or turns it off (lkms only).
    Audit(commands::audit::Args),
    /// Writes completions and man pages into a directory.
    #[command(hide = true)]
    GenerateDocs(commands::completions::DocsArgs),
}

pub(super) fn root_command() -> Command {
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
pub(super) fn strip_service(mut args: Vec<OsString>) -> Result<Vec<OsString>, Error> {
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
pub(super) enum Invocation {
    Operation(&'static spec::Operation, ArgMatches),
    Own(Own),
}

/// Parses the command line. Building clap's definition of all 56 operations costs more than an
/// encrypt, so a known subcommand is parsed with only its own definition; anything else (help,
/// a typo) goes through the full definition for the complete message.
pub(super) fn parse(args: Vec<OsString>) -> Result<(GlobalArgs, Invocation), clap::Error> {
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
        (
            None,
            Some(
                "keystore" | "completions" | "generate-docs" | "serve" | "credentials"
                | "hsm-clusters" | "audit",
            ),
        ) => Own::augment_subcommands(root_command()),
        _ => full_command(),
    };
    let mut matches = cmd.try_get_matches_from(args)?;
    let global = GlobalArgs::from_arg_matches(&matches)?;
    let sub = matches
        .subcommand_name()
        .ok_or_else(|| clap::Error::new(clap::error::ErrorKind::MissingSubcommand))?;
    match spec::operation_by_cli_name(sub) {
        // The operation's matches are taken, not copied: this runs on every command.
        Some(op) => match matches.remove_subcommand() {
            Some((_, sub_matches)) => Ok((global, Invocation::Operation(op, sub_matches))),
            None => Err(clap::Error::new(clap::error::ErrorKind::MissingSubcommand)),
        },
        None => Ok((global, Invocation::Own(Own::from_arg_matches(&matches)?))),
    }
}

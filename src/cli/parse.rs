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
    "--cli-error-format",
];

/// Index of the first argument that is neither an option nor a global option's value (global
/// options may be given by any unambiguous prefix of their names, `globals`).
fn first_positional(args: &[OsString], globals: &[String]) -> Option<usize> {
    let mut i = 1;
    while i < args.len() {
        let arg = args[i].to_str()?;
        if arg == "--" {
            return None;
        }
        if arg.starts_with('-') {
            let named = match matches(arg.trim_start_matches('-'), globals)[..] {
                [one] => format!("--{one}"),
                _ => arg.to_string(),
            };
            if TAKES_VALUE.contains(&named.as_str()) {
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
    let globals = global_names();
    if let Some(i) = first_positional(&args, &globals) {
        match args[i].to_str() {
            Some("kms") => {
                args.remove(i);
            }
            Some(other) if called_as_aws => {
                return Err(Error::Usage(format!(
                    "lkms provides only the kms service, not '{other}'. Usage: aws kms <command> ..."
                )));
            }
            _ => {}
        }
    } else if called_as_aws && !args.iter().skip(1).any(|a| a == "--version") {
        return Err(Error::Usage(
            "lkms provides only the kms service. Usage: aws kms <command> ...".into(),
        ));
    }
    // `aws kms encrypt help` asks for help the AWS way.
    if args.len() > 2
        && args.last().is_some_and(|a| a == "help")
        && first_positional(&args, &globals) != Some(args.len() - 1)
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

/// Why the command line could not be parsed.
pub(super) enum Failure {
    /// clap's own report (usage, unknown flags, `--help` and `--version` too).
    Clap(clap::Error),
    /// An option prefix that matches several options, worded as the aws CLI words it.
    Ambiguous(String),
    /// Words no option takes, listed as the aws CLI lists them (`Unknown options: --foo, bar`).
    Unknown(String),
}

impl From<clap::Error> for Failure {
    fn from(e: clap::Error) -> Self {
        Self::Clap(e)
    }
}

/// The long option names a command knows, in definition order.
fn long_names(cmd: &Command) -> Vec<String> {
    cmd.get_arguments()
        .filter_map(|a| a.get_long())
        .map(String::from)
        .collect()
}

/// lkms's own global options, which the aws CLI does not have: given in full only, so that a
/// prefix means what it means to aws (`--key` on create-key is ambiguous, not `--keystore`).
const EXACT_ONLY: &[&str] = &["keystore"];

/// What an option prefix names among `names`: the name itself when it is one, else every name
/// it begins.
fn matches<'a>(prefix: &str, names: &'a [String]) -> Vec<&'a str> {
    if let Some(exact) = names.iter().find(|n| *n == prefix) {
        return vec![exact];
    }
    names
        .iter()
        .filter(|n| n.starts_with(prefix) && !EXACT_ONLY.contains(&n.as_str()))
        .map(String::as_str)
        .collect()
}

/// Accepts unambiguous prefixes of long options, as the aws CLI (Python's argparse) does: an
/// exact name is itself, a prefix of exactly one option becomes that option, and a prefix of
/// several is an error naming them. Global options are matched first, as aws's main parser
/// sees them before the operation's.
fn expand_prefixes(
    args: &mut [OsString],
    globals: &[String],
    own: &[String],
) -> Result<(), Failure> {
    for arg in args.iter_mut().skip(1) {
        let Some(text) = arg.to_str() else {
            continue;
        };
        if text == "--" {
            break;
        }
        let Some(body) = text.strip_prefix("--").filter(|b| !b.is_empty()) else {
            continue;
        };
        let (name, value) = match body.split_once('=') {
            Some((n, v)) => (n, Some(v)),
            None => (body, None),
        };
        let mut found = matches(name, globals);
        if found.is_empty() {
            found = matches(name, own);
        }
        match found[..] {
            [one] if one != name => {
                let full = match value {
                    Some(v) => format!("--{one}={v}"),
                    None => format!("--{one}"),
                };
                *arg = OsString::from(full);
            }
            [_, _, ..] => {
                let list: Vec<String> = found.iter().map(|n| format!("--{n}")).collect();
                return Err(Failure::Ambiguous(format!(
                    "ambiguous option: --{name} could match {}",
                    list.join(", ")
                )));
            }
            _ => {}
        }
    }
    Ok(())
}

/// The global options and clap's own, in definition order, for matching prefixes (a test
/// checks the list against the clap definition; building that costs start-up time).
const GLOBAL_NAMES: &[&str] = &[
    "keystore",
    "region",
    "output",
    "query",
    "cli-binary-format",
    "no-paginate",
    "debug",
    "profile",
    "endpoint-url",
    "no-cli-pager",
    "no-verify-ssl",
    "ca-bundle",
    "no-sign-request",
    "cli-read-timeout",
    "cli-connect-timeout",
    "color",
    "cli-error-format",
    "no-cli-auto-prompt",
    "cli-auto-prompt",
    "help",
    "version",
];

/// The global option a word such as `--cli-error` names, as the parser expands it (in full, or
/// by a prefix of it alone); `None` for anything else.
pub(super) fn global_option(word: &str) -> Option<&'static str> {
    let given = word.strip_prefix("--")?;
    let names = global_names();
    match matches(given, &names)[..] {
        [one] => GLOBAL_NAMES.iter().copied().find(|n| *n == one),
        _ => None,
    }
}

/// [`GLOBAL_NAMES`] as the matcher takes them.
fn global_names() -> Vec<String> {
    GLOBAL_NAMES.iter().map(|n| n.to_string()).collect()
}

/// Parses the command line. Building clap's definition of all 56 operations costs more than an
/// encrypt, so a known subcommand is parsed with only its own definition; anything else (help,
/// a typo) goes through the full definition for the complete message.
pub(super) fn parse(mut args: Vec<OsString>) -> Result<(GlobalArgs, Invocation), Failure> {
    use clap::Subcommand as _;
    let globals = global_names();
    let long_help = if args.iter().any(|a| a == "--help" || a == "-h") {
        args::LongHelp::Yes
    } else {
        args::LongHelp::No
    };
    let name = first_positional(&args, &globals).and_then(|i| args[i].to_str().map(String::from));
    let op = name.as_deref().and_then(spec::operation_by_cli_name);
    let cmd = match (op, name.as_deref()) {
        (Some(op), _) => {
            let full = args::operation_command(op, true, long_help);
            expand_prefixes(&mut args, &globals, &long_names(&full))?;
            // A request skeleton needs no members; a response skeleton checks the request.
            let skeleton_or_json = args.iter().enumerate().any(|(i, a)| {
                let a = a.to_string_lossy();
                let output_next = args.get(i + 1).is_some_and(|n| n == "output");
                a == "--cli-input-json"
                    || a == "--cli-input-yaml"
                    || (a == "--generate-cli-skeleton" && !output_next)
                    || a.starts_with("--cli-input-json=")
                    || a.starts_with("--cli-input-yaml=")
                    || (a.starts_with("--generate-cli-skeleton=") && !a.ends_with("=output"))
            });
            let sub = if skeleton_or_json {
                args::operation_command(op, false, long_help)
            } else {
                full
            };
            // Help text of an operation is laid out by hand (examples, JSON): not wrapped.
            root_command().term_width(0).subcommand(sub)
        }
        (
            None,
            Some(
                "keystore" | "completions" | "generate-docs" | "serve" | "credentials"
                | "hsm-clusters" | "audit",
            ),
        ) => Own::augment_subcommands(root_command()),
        // `--version` alone needs none of the 60 subcommands a full command builds (2 ms).
        (None, None) if args.iter().skip(1).any(|a| a == "--version") => root_command(),
        _ => full_command(),
    };
    let mut cmd = cmd;
    let mut matches = match cmd.try_get_matches_from_mut(&args) {
        Ok(m) => m,
        Err(e) if e.kind() == clap::error::ErrorKind::UnknownArgument => {
            let words = super::arg_errors::unknown_words(&cmd, &args);
            return Err(if words.is_empty() {
                e.into()
            } else {
                Failure::Unknown(format!("Unknown options: {}", words.join(", ")))
            });
        }
        Err(e) => return Err(e.into()),
    };
    let global = GlobalArgs::from_arg_matches(&matches)?;
    let sub = matches
        .subcommand_name()
        .ok_or_else(|| clap::Error::new(clap::error::ErrorKind::MissingSubcommand))?;
    match spec::operation_by_cli_name(sub) {
        // The operation's matches are taken, not copied: this runs on every command.
        Some(op) => match matches.remove_subcommand() {
            Some((_, sub_matches)) => Ok((global, Invocation::Operation(op, sub_matches))),
            None => Err(clap::Error::new(clap::error::ErrorKind::MissingSubcommand).into()),
        },
        None => Ok((global, Invocation::Own(Own::from_arg_matches(&matches)?))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn expand(args: &[&str]) -> Result<Vec<String>, String> {
        let globals = names(&["keystore", "region", "no-paginate", "no-verify-ssl"]);
        let own = names(&["key-id", "key-spec", "key-usage", "description", "tag-keys"]);
        let mut v: Vec<OsString> = args.iter().map(OsString::from).collect();
        match expand_prefixes(&mut v, &globals, &own) {
            Ok(()) => Ok(v.into_iter().map(|a| a.into_string().unwrap()).collect()),
            Err(Failure::Ambiguous(m) | Failure::Unknown(m)) => Err(m),
            Err(Failure::Clap(e)) => Err(e.to_string()),
        }
    }

    /// The constant list of global options is the clap definition's.
    #[test]
    fn global_names_match_the_definition() {
        let mut defined = long_names(&root_command());
        defined.extend(["help".to_string(), "version".to_string()]);
        assert_eq!(defined, global_names());
    }

    #[test]
    fn prefixes_expand_exact_names_stay_and_ambiguity_is_named() {
        assert_eq!(
            expand(&[
                "lkms",
                "x",
                "--desc",
                "d",
                "--tag-key",
                "a",
                "--reg=eu-west-1"
            ])
            .unwrap(),
            [
                "lkms",
                "x",
                "--description",
                "d",
                "--tag-keys",
                "a",
                "--region=eu-west-1"
            ]
        );
        assert_eq!(
            expand(&["lkms", "x", "--key-id", "k", "--", "--desc"]).unwrap(),
            ["lkms", "x", "--key-id", "k", "--", "--desc"]
        );
        assert_eq!(
            expand(&["lkms", "x", "--key", "k"]).unwrap_err(),
            "ambiguous option: --key could match --key-id, --key-spec, --key-usage"
        );
        // Global options are matched first, as aws's main parser sees them first.
        assert_eq!(
            expand(&["lkms", "x", "--no"]).unwrap_err(),
            "ambiguous option: --no could match --no-paginate, --no-verify-ssl"
        );
        assert_eq!(
            expand(&["lkms", "--unknown"]).unwrap(),
            ["lkms", "--unknown"]
        );
        assert_eq!(
            expand(&["lkms", "--keys", "d"]).unwrap(),
            ["lkms", "--keys", "d"]
        );
    }
}

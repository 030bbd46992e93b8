//! The clap definitions: global options, and one subcommand per API operation built from the
//! model (every member is a `--kebab-case` flag), plus lkms's own commands.

use super::{help, help_sections};
use crate::ops;
use crate::spec::{self, Kind, Operation};
use clap::{Arg, ArgAction, Command};

/// The id of the `--no-...` half of a boolean member's flag pair.
pub fn negated_id(member: &str) -> String {
    format!("no:{member}")
}

fn value_name(kind: Kind) -> &'static str {
    match kind {
        Kind::String => "STRING",
        Kind::Integer => "INTEGER",
        Kind::Boolean => "BOOLEAN",
        Kind::Blob => "BLOB",
        Kind::Timestamp => "TIMESTAMP",
        Kind::List => "VALUE",
        Kind::Map => "MAP",
        Kind::Structure => "STRUCTURE",
    }
}

/// Whether to build the long help (description, constraints, OUTPUT, ERRORS, EXAMPLES): only for
/// `--help`, man pages and completions, since a command that runs never shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LongHelp {
    /// Build it.
    Yes,
    /// Leave it out.
    No,
}

/// The subcommand for an operation. With `enforce_required` false (when `--cli-input-json`
/// supplies members), required members are checked after merging instead of by clap.
pub fn operation_command(op: &Operation, enforce_required: bool, long_help: LongHelp) -> Command {
    let registered = ops::find(op.name);
    let mut about = registered
        .map_or("An AWS KMS operation.", |o| o.summary)
        .to_string();
    if !registered.is_some_and(|o| o.implemented()) {
        about.push_str(" (not yet supported by lkms)");
    }
    let docs = long_help == LongHelp::Yes;
    let mut cmd = Command::new(spec::kebab(op.name)).args_override_self(true);
    if docs {
        let mut long_about = about.clone();
        if let Some(text) = registered.map(|o| o.docs.about).filter(|a| !a.is_empty()) {
            long_about.push_str("\n\n");
            long_about.push_str(text);
        }
        cmd = cmd
            .long_about(long_about)
            .after_long_help(help_sections::plain(op));
    }
    cmd = cmd.about(about);
    let input = op.input.and_then(spec::shape);
    for (member, shape_name) in input.map(|s| s.members).unwrap_or_default() {
        let Some(shape) = spec::shape(shape_name) else {
            continue;
        };
        let flag = spec::kebab(member);
        let text = help::member(member, shape_name);
        let in_model = input.is_some_and(|s| s.required.contains(member));
        let required = enforce_required && in_model;
        let long =
            docs.then(|| format!("{text}\n{}", help::constraints(shape_name, in_model, &text)));
        let paging_member = op
            .paginator
            .as_ref()
            .is_some_and(|p| *member == p.limit_key || *member == p.input_token);
        let with_long = |arg: Arg| match &long {
            Some(l) => arg.long_help(l.clone()),
            None => arg,
        };
        if shape.kind == Kind::Boolean {
            cmd = cmd
                .arg(with_long(
                    Arg::new(*member)
                        .long(flag.clone())
                        .action(ArgAction::SetTrue)
                        .overrides_with(negated_id(member))
                        .help(text),
                ))
                .arg(
                    Arg::new(negated_id(member))
                        .long(format!("no-{flag}"))
                        .action(ArgAction::SetTrue)
                        .overrides_with(*member)
                        .help(format!("Turns --{flag} off.")),
                );
            continue;
        }
        let mut arg = with_long(
            Arg::new(*member)
                .long(flag)
                .value_name(value_name(shape.kind))
                .required(required)
                .hide(paging_member)
                .help(text),
        );
        arg = match shape.kind {
            Kind::List => arg.num_args(1..).action(ArgAction::Set),
            Kind::Integer => arg.num_args(1).allow_negative_numbers(true),
            _ => arg.num_args(1),
        };
        cmd = cmd.arg(arg);
    }
    cmd = cmd
        .arg(
            Arg::new("cli-input-json")
                .long("cli-input-json")
                .value_name("JSON")
                .help("The request as JSON (inline or file://PATH) with the API's member names; flags override it."),
        )
        .arg(
            Arg::new("cli-input-yaml")
                .long("cli-input-yaml")
                .value_name("YAML")
                .help("The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it."),
        )
        .arg(
            Arg::new("generate-cli-skeleton")
                .long("generate-cli-skeleton")
                .num_args(0..=1)
                .default_missing_value("input")
                .value_parser(["input", "output", "yaml-input"])
                .help("Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop."),
        );
    if op.paginator.is_some() {
        cmd = cmd
            .arg(
                Arg::new("starting-token")
                    .long("starting-token")
                    .value_name("TOKEN")
                    .help("Resume from the NextToken an earlier --max-items run printed."),
            )
            .arg(
                Arg::new("page-size")
                    .long("page-size")
                    .value_name("INTEGER")
                    .value_parser(clap::value_parser!(i64))
                    .allow_negative_numbers(true)
                    .help("Items fetched per request while paging."),
            )
            .arg(
                Arg::new("max-items")
                    .long("max-items")
                    .value_name("INTEGER")
                    .value_parser(clap::value_parser!(i64))
                    .allow_negative_numbers(true)
                    .help("Print at most this many items, and a NextToken to continue."),
            );
    }
    cmd
}

/// Every operation's subcommand.
pub fn all_operations() -> impl Iterator<Item = Command> {
    spec::OPERATIONS
        .iter()
        .map(|op| operation_command(op, true, LongHelp::Yes))
}

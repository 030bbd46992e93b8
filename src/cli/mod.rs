//! The command-line face: `aws kms` (AWS CLI v2) conventions for every operation of the API.
//! The subcommands and their flags are built from the model and the operation registry (see
//! [`crate::ops`]); flag values become the wire-form JSON request, which the registry runs.
//!
//! [`parse`] reads argv, [`invoke`] runs an operation, [`context`] holds what a command needs,
//! [`report`] prints errors and picks exit codes, [`output`] prints responses.

pub mod arg_errors;
pub mod args;
pub mod commands;
pub mod config;
pub mod context;
pub mod help;
pub mod help_model;
pub mod help_sections;
pub mod invoke;
pub mod output;
pub mod paging;
pub mod parse;
pub mod progress;
pub mod query;
pub mod report;
pub mod request;
pub mod shorthand;
pub mod table;
pub mod values;
pub mod yaml_input;

pub use context::{Ctx, GlobalArgs};
pub use parse::full_command;
pub use report::{EXIT_CONFIG, EXIT_OTHER, EXIT_SERVICE, EXIT_USAGE};

use context::env_nonempty;
use parse::{Invocation, Own};
use report::{ErrorFormat, report};
use std::cell::OnceCell;
use std::ffi::OsString;

/// Runs lkms with these arguments (the first is the program name); returns the exit code.
pub fn run(args: Vec<OsString>) -> i32 {
    // The error format is worked out from the words given only when there is an error to
    // print, so a command that succeeds never reads the profile for it.
    let words = args.clone();
    match run_command(args, &words) {
        Ok(code) => code,
        Err((e, operation)) => report(&e, operation, ErrorFormat::of(&words)),
    }
}

/// Parses and runs a command: its exit code, or the error to report with the operation it
/// happened in.
fn run_command(
    args: Vec<OsString>,
    words: &[OsString],
) -> Result<i32, (anyhow::Error, &'static str)> {
    let args = parse::strip_service(args).map_err(|e| (e.into(), ""))?;
    let (global, invocation) = match parse::parse(args) {
        Ok(p) => p,
        Err(parse::Failure::Clap(e)) if !e.use_stderr() => {
            // Help and the version.
            let _ = e.print();
            return Ok(0);
        }
        Err(parse::Failure::Clap(e)) => {
            report::argument_error(words, arg_errors::describe(&e, words));
            return Ok(EXIT_USAGE);
        }
        Err(parse::Failure::Unknown(m)) => {
            report::argument_error(words, arg_errors::ArgError::Unknown(m));
            return Ok(EXIT_USAGE);
        }
        Err(parse::Failure::Ambiguous(m)) => {
            report::argument_error(words, arg_errors::ArgError::Param(m));
            return Ok(EXIT_USAGE);
        }
    };
    let operation = match &invocation {
        Invocation::Operation(op, _) => op.name,
        Invocation::Own(Own::Audit(a)) => a.operation(),
        Invocation::Own(_) => "lkms",
    };
    let fail = |e: anyhow::Error| (e, operation);
    if global.cli_auto_prompt {
        return Err(fail(
            crate::error::Error::Usage(
                "lkms does not prompt for parameters (--cli-auto-prompt): give them as options, \
                 or as a whole request with --cli-input-json or --cli-input-yaml."
                    .into(),
            )
            .into(),
        ));
    }
    let profile = config::load(global.profile.as_deref()).map_err(|e| fail(e.into()))?;
    // The profile's `cli_timestamp_format` is checked before anything runs (`invoke` applies
    // `wire`; `iso8601` is the default).
    if let Some(other) = profile
        .cli_timestamp_format
        .as_deref()
        .filter(|f| !matches!(*f, "wire" | "iso8601"))
    {
        return Err(fail(
            crate::error::Error::Config(format!(
                "Unknown cli_timestamp_format value: {other}, valid values are \"wire\" or \
                 \"iso8601\""
            ))
            .into(),
        ));
    }
    let format_name = global
        .output
        .clone()
        .or_else(|| env_nonempty("AWS_DEFAULT_OUTPUT"))
        .or_else(|| profile.output.clone())
        .unwrap_or_else(|| "json".to_string());
    let Some(format) = output::Format::parse(&format_name) else {
        // Only the flag's choices are checked when it is parsed; a bad value from the
        // environment or the profile is the formatter's error, as in the aws CLI.
        report::write_error(&format!("Unknown output type: {format_name}"));
        return Ok(EXIT_OTHER);
    };
    // The expression is checked before the command runs, so a typo changes nothing.
    let query = global
        .query
        .as_deref()
        .map(query::Query::compile)
        .transpose()
        .map_err(|e| fail(e.into()))?;
    let ctx = Ctx {
        global,
        profile,
        service: OnceCell::new(),
        exit_code: std::cell::Cell::new(0),
        as_caller: OnceCell::new(),
    };
    let value = match invocation {
        Invocation::Operation(op, m) => invoke::run_operation(&ctx, op, &m),
        Invocation::Own(Own::Audit(a)) => a.run(&ctx),
        Invocation::Own(Own::Keystore(a)) => a.run(&ctx),
        Invocation::Own(Own::Completions(a)) => a.run(&ctx),
        Invocation::Own(Own::Serve(a)) => a.run(&ctx),
        Invocation::Own(Own::Credentials(a)) => a.run(&ctx),
        Invocation::Own(Own::HsmClusters(a)) => a.run(&ctx),
        Invocation::Own(Own::Authorize(a)) => a.run(&ctx),
        Invocation::Own(Own::GenerateDocs(a)) => a.run(&ctx),
    }
    .map_err(fail)?;
    output::print(value, query.as_ref(), format, operation).map_err(|e| fail(e.into()))?;
    Ok(ctx.exit_code.get())
}

//! The command-line face: `aws kms` (AWS CLI v2) conventions for every operation of the API.
//! The subcommands and their flags are built from the model and the operation registry (see
//! [`crate::ops`]); flag values become the wire-form JSON request, which the registry runs.
//!
//! [`parse`] reads argv, [`invoke`] runs an operation, [`context`] holds what a command needs,
//! [`report`] prints errors and picks exit codes, [`output`] prints responses.

pub mod args;
pub mod commands;
pub mod config;
pub mod context;
pub mod help;
pub mod invoke;
pub mod output;
pub mod paging;
pub mod parse;
pub mod progress;
pub mod report;
pub mod request;
pub mod shorthand;
pub mod table;
pub mod values;

pub use context::{Ctx, GlobalArgs};
pub use parse::full_command;
pub use report::{EXIT_CONFIG, EXIT_OTHER, EXIT_SERVICE, EXIT_USAGE};

use context::env_nonempty;
use parse::{Invocation, Own};
use report::report;
use std::cell::OnceCell;
use std::ffi::OsString;

/// Runs lkms with these arguments (the first is the program name); returns the exit code.
pub fn run(args: Vec<OsString>) -> i32 {
    let args = match parse::strip_service(args) {
        Ok(a) => a,
        Err(e) => return report(&e, ""),
    };
    let (global, invocation) = match parse::parse(args) {
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
        Invocation::Operation(op, m) => invoke::run_operation(&ctx, op, &m),
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

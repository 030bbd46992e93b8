//! Errors as the AWS CLI v2 reports them (2.34 and later): the message on stderr, in the format
//! `--cli-error-format` chooses, and the exit code of its kind.
//!
//! Every plain-text error is one line `aws: [ERROR]: <message>` after a blank line, the form the
//! aws CLI gives all its errors. `enhanced` (the default) names the kind of a local error
//! (`An error occurred (ParamValidation): …`); `legacy` leaves that out; `json`, `yaml`, `text`
//! and `table` print the error's fields (`Code`, `Message`) in that output format instead. An
//! unknown option and an unexpected failure are always plain text, as in the aws CLI.

use super::arg_errors::ArgError;
use super::config;
use super::output;
use crate::error::Error;
use serde_json::{Map, Value};
use std::ffi::OsString;

/// Exit code for a service error.
pub const EXIT_SERVICE: i32 = 254;
/// Exit code for a bad argument.
pub const EXIT_USAGE: i32 = 252;
/// Exit code for a configuration problem (root key, keystore, region, profile).
pub const EXIT_CONFIG: i32 = 253;
/// Exit code for anything else.
pub const EXIT_OTHER: i32 = 255;

/// The command line's own result: typed core errors, and the face's local failures with the
/// context of what was being done (a file, a directory).
pub type Outcome<T> = anyhow::Result<T>;

/// The usage lines the aws CLI prints after an argument error (lkms's commands sit where aws has
/// `<command> <subcommand>`).
pub const USAGE: &str = "lkms [options] <command> [parameters]\nTo see help text, you can run:\n\n  lkms help\n  lkms <command> help\n";

/// The aws CLI's own usage lines, for lkms run under the name `aws`.
pub const AWS_USAGE: &str = "aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n";

/// The usage lines for a command line: the aws CLI's when lkms runs as `aws`.
fn usage(words: &[OsString]) -> &'static str {
    let name = words
        .first()
        .and_then(|w| std::path::Path::new(w).file_stem())
        .map(|s| s.to_string_lossy().into_owned());
    if name.as_deref() == Some("aws") {
        AWS_USAGE
    } else {
        USAGE
    }
}

/// Prints a command line that could not be parsed, as the aws CLI prints one.
pub fn argument_error(words: &[OsString], e: ArgError) {
    let usage = usage(words);
    match e {
        ArgError::Unknown(m) => {
            eprint!("\nusage: {usage}\n");
            write_error(&m);
        }
        ArgError::Param(m) => {
            param_validation(ErrorFormat::of(words), &format!("{m}\n\nusage: {usage}"));
        }
    }
}

/// How errors are printed: `--cli-error-format`, else `AWS_CLI_ERROR_FORMAT`, else the profile's
/// `cli_error_format`, else `enhanced`. A value the aws CLI does not know means `enhanced`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorFormat {
    /// `aws: [ERROR]: An error occurred (Kind): message`, with a service error's extra fields.
    Enhanced,
    /// `aws: [ERROR]: message`.
    Legacy,
    /// The error's fields as the matching `--output` format prints them.
    Structured(output::Format),
}

/// The values `--cli-error-format` takes, in the aws CLI's order.
pub const ERROR_FORMATS: [&str; 6] = ["legacy", "json", "yaml", "text", "table", "enhanced"];

impl ErrorFormat {
    /// The format a value names (any case, as the aws CLI lowers it); `enhanced` if unknown.
    pub fn named(name: &str) -> Self {
        match name.to_ascii_lowercase().as_str() {
            "legacy" => Self::Legacy,
            "json" => Self::Structured(output::Format::Json),
            "yaml" => Self::Structured(output::Format::Yaml),
            "text" => Self::Structured(output::Format::Text),
            "table" => Self::Structured(output::Format::Table),
            _ => Self::Enhanced,
        }
    }

    /// The format in force for a command line. Read only when an error is printed, so a
    /// command that succeeds never reads the profile for it.
    pub fn of(args: &[OsString]) -> Self {
        if let Some(flag) = flag_value(args, "cli-error-format") {
            return Self::named(&flag);
        }
        // The aws CLI takes the variable when it is set at all; set but empty, it falls back
        // to `enhanced`, not to the profile.
        if let Some(v) = std::env::var_os("AWS_CLI_ERROR_FORMAT") {
            return Self::named(&v.to_string_lossy());
        }
        let profile = flag_value(args, "profile");
        config::load(profile.as_deref())
            .ok()
            .and_then(|p| p.cli_error_format)
            .map_or(Self::Enhanced, |f| Self::named(&f))
    }
}

/// The value of global option `--name` (or a prefix the parser would take for it) on a command
/// line that may not have parsed, `--name value` or `--name=value`; the last one given.
fn flag_value(args: &[OsString], name: &str) -> Option<String> {
    let mut found = None;
    let mut it = args.iter().skip(1).filter_map(|a| a.to_str());
    while let Some(arg) = it.next() {
        if arg == "--" {
            break;
        }
        let (given, value) = match arg.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (arg, None),
        };
        if super::parse::global_option(given) == Some(name) {
            found = value.or_else(|| it.next().map(String::from));
        }
    }
    found
}

/// Writes `\naws: [ERROR]: <message>\n` to stderr, the message stripped of surrounding blanks.
pub fn write_error(message: &str) {
    if message.is_empty() {
        eprint!("\naws: [ERROR]:\n");
    } else {
        eprint!("\naws: [ERROR]: {}\n", message.trim());
    }
}

/// Prints an error of a kind with fields (`info`, in the aws CLI's member order): `enhanced` is
/// `plain` with the kind named first (or, for a service error, as it is), `legacy` is `plain`.
fn show(format: ErrorFormat, plain: &str, enhanced: &str, info: Map<String, Value>) {
    match format {
        ErrorFormat::Legacy => write_error(plain),
        ErrorFormat::Enhanced => write_error(enhanced),
        ErrorFormat::Structured(f) => {
            eprint!("{}", output::render(&Value::Object(info), f, "error"))
        }
    }
}

/// The fields of a local error: `Code` then `Message`.
fn local(code: &str, message: &str) -> Map<String, Value> {
    let mut info = Map::new();
    info.insert("Code".into(), code.into());
    info.insert("Message".into(), message.into());
    info
}

/// Prints an argument error of the aws CLI's `ParamValidation` kind (the message may end in the
/// usage lines).
pub fn param_validation(format: ErrorFormat, message: &str) {
    show(
        format,
        message,
        &format!("An error occurred (ParamValidation): {message}"),
        local("ParamValidation", message),
    );
}

/// Prints an error the way the AWS CLI does and returns its exit code. The kind (and so the
/// exit code) is that of the typed error underneath any context; context is printed before it.
pub fn report(e: &anyhow::Error, operation: &str, format: ErrorFormat) -> i32 {
    match e.downcast_ref::<Error>() {
        Some(Error::Service(k)) => {
            // Without a message botocore's text ends in ": " (its Message is ''); the aws CLI
            // strips that space when it prints the line.
            let text = k.text();
            let line = format!(
                "An error occurred ({}) when calling the {operation} operation: {text}",
                k.code.as_str()
            );
            // botocore's fields in its order: Message and Code from the error, then the modeled
            // `message` member when the service sent one.
            let mut info = Map::new();
            info.insert("Message".into(), text.into());
            info.insert("Code".into(), k.code.as_str().into());
            if k.message.is_some() {
                info.insert("message".into(), text.into());
            }
            show(format, &line, &line, info);
            EXIT_SERVICE
        }
        Some(Error::Usage(_)) => {
            param_validation(format, &format!("{e:#}"));
            EXIT_USAGE
        }
        Some(Error::Config(_)) => {
            let message = format!("{e:#}");
            show(
                format,
                &message,
                &format!("An error occurred (Configuration): {message}"),
                local("Configuration", &message),
            );
            EXIT_CONFIG
        }
        Some(Error::Other(_)) | None => {
            write_error(&format!("{e:#}"));
            EXIT_OTHER
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        std::iter::once("lkms")
            .chain(list.iter().copied())
            .map(OsString::from)
            .collect()
    }

    #[test]
    fn the_flag_is_found_before_parsing_in_every_spelling() {
        let f = |l: &[&str]| flag_value(&args(l), "cli-error-format");
        assert_eq!(
            f(&["--cli-error-format", "json", "encrypt"]),
            Some("json".into())
        );
        assert_eq!(
            f(&["encrypt", "--cli-error-format=yaml"]),
            Some("yaml".into())
        );
        assert_eq!(f(&["--cli-error", "text"]), Some("text".into()));
        assert_eq!(
            f(&["--cli-e", "table", "--cli-error-format", "legacy"]),
            Some("legacy".into())
        );
        assert_eq!(f(&["--cli", "json"]), None);
        assert_eq!(f(&["--", "--cli-error-format", "json"]), None);
        assert_eq!(f(&["--cli-error-format"]), None);
    }

    #[test]
    fn names_are_read_in_any_case_and_unknown_ones_mean_enhanced() {
        assert_eq!(ErrorFormat::named("LEGACY"), ErrorFormat::Legacy);
        assert_eq!(
            ErrorFormat::named("Json"),
            ErrorFormat::Structured(output::Format::Json)
        );
        assert_eq!(ErrorFormat::named("enhanced"), ErrorFormat::Enhanced);
        assert_eq!(ErrorFormat::named("off"), ErrorFormat::Enhanced);
        assert_eq!(ErrorFormat::named(""), ErrorFormat::Enhanced);
    }
}

//! clap's parse errors reworded as the aws CLI's argparse words them, so that a bad command line
//! reads the same in lkms: `the following arguments are required: --key-id, --plaintext`,
//! `argument --output: Found invalid choice 'jsn'` with argparse's close matches, `argument
//! --key-id: expected one argument`, `Unknown options: --foo`.

use clap::Command;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use std::ffi::OsString;

/// An argument error in the aws CLI's two kinds.
#[derive(Debug, PartialEq, Eq)]
pub enum ArgError {
    /// Words left over that no option takes (`Unknown options: …`): printed as plain text.
    Unknown(String),
    /// Anything else argparse refuses; the message, without the usage lines.
    Param(String),
}

/// The aws CLI's wording of a clap error (one that clap prints to stderr) on command line
/// `words`.
pub fn describe(e: &clap::Error, words: &[OsString]) -> ArgError {
    let arg = || flag_name(&string(e, ContextKind::InvalidArg).unwrap_or_default());
    match e.kind() {
        ErrorKind::UnknownArgument => ArgError::Unknown(format!(
            "Unknown options: {}",
            string(e, ContextKind::InvalidArg).unwrap_or_default()
        )),
        ErrorKind::MissingRequiredArgument => {
            let names: Vec<String> = strings(e, ContextKind::InvalidArg)
                .iter()
                .map(|a| flag_name(a))
                .collect();
            ArgError::Param(format!(
                "the following arguments are required: {}",
                names.join(", ")
            ))
        }
        ErrorKind::InvalidSubcommand => {
            let value = string(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            let names = command_names();
            let choices: Vec<&str> = names.iter().map(String::as_str).collect();
            ArgError::Param(format!(
                "argument operation: {}",
                invalid_choice(&value, &choices)
            ))
        }
        ErrorKind::InvalidValue => {
            let value = string(e, ContextKind::InvalidValue).unwrap_or_default();
            let choices = strings(e, ContextKind::ValidValue);
            // No value at all (`--output` last) is not an empty one (`--output ''`).
            let missing = value.is_empty()
                && (choices.is_empty() || clap_message(e).starts_with("a value is required"));
            if missing {
                ArgError::Param(format!("argument {}: expected one argument", arg()))
            } else {
                let refs: Vec<&str> = choices.iter().map(String::as_str).collect();
                ArgError::Param(format!(
                    "argument {}: {}",
                    arg(),
                    invalid_choice(&value, &refs)
                ))
            }
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            // After a service name (`lkms kms`) what is missing is the operation.
            let named_service = words.iter().skip(1).any(|w| w == "kms");
            let missing = if named_service {
                "operation"
            } else {
                "command"
            };
            ArgError::Param(format!("the following arguments are required: {missing}"))
        }
        ErrorKind::NoEquals | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            ArgError::Param(format!("argument {}: expected one argument", arg()))
        }
        _ => ArgError::Param(clap_message(e)),
    }
}

/// The words of a command line that neither an option nor the subcommand takes, in order: what
/// argparse leaves over and the aws CLI lists as unknown options (an unknown option's value
/// among them). A list option takes every word up to the next option, as argparse's `nargs='+'`.
pub fn unknown_words(cmd: &Command, args: &[OsString]) -> Vec<String> {
    let mut out = Vec::new();
    let mut sub: Option<&Command> = None;
    let mut i = 1;
    while i < args.len() {
        let word = args[i].to_string_lossy();
        i += 1;
        if word == "--" {
            break;
        }
        let Some(body) = word.strip_prefix("--") else {
            match cmd.find_subcommand(&*word) {
                Some(s) if sub.is_none() => sub = Some(s),
                _ => out.push(word.into_owned()),
            }
            continue;
        };
        let (name, inline) = match body.split_once('=') {
            Some((n, _)) => (n, true),
            None => (body, false),
        };
        let known = cmd
            .get_arguments()
            .chain(sub.into_iter().flat_map(Command::get_arguments))
            .find(|a| a.get_long() == Some(name));
        match known {
            None => out.push(word.into_owned()),
            Some(a) if !inline && a.get_action().takes_values() => {
                let many = a.get_num_args().is_some_and(|n| n.max_values() > 1);
                while i < args.len() && !args[i].to_string_lossy().starts_with("--") {
                    i += 1;
                    if !many {
                        break;
                    }
                }
            }
            Some(_) => {}
        }
    }
    out
}

/// The names of the subcommands help lists (the choices of an unknown one).
fn command_names() -> Vec<String> {
    super::parse::full_command()
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .map(|c| c.get_name().to_string())
        .collect()
}

/// argparse's text for a value outside the choices, with difflib's close matches.
fn invalid_choice(value: &str, choices: &[&str]) -> String {
    let mut lines = vec![format!("Found invalid choice '{value}'\n")];
    let close = close_matches(value, choices, 3, 0.8);
    if !close.is_empty() {
        lines.push("Maybe you meant:\n".into());
        lines.extend(close.iter().map(|w| format!("  * {w}")));
    }
    lines.join("\n")
}

/// `--key-id <STRING>` -> `--key-id`.
fn flag_name(usage: &str) -> String {
    usage.split_whitespace().next().unwrap_or(usage).to_string()
}

fn string(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => v.first().cloned(),
        _ => None,
    }
}

fn strings(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// clap's own message for the rare kinds argparse has no words for: its first line, without
/// clap's `error: ` prefix.
fn clap_message(e: &clap::Error) -> String {
    let rendered = e.render().to_string();
    let first = rendered.lines().next().unwrap_or_default();
    first.strip_prefix("error: ").unwrap_or(first).to_string()
}

/// Python's `difflib.get_close_matches(word, possibilities, n, cutoff)`: the `n` best
/// possibilities whose similarity ratio to `word` is at least `cutoff`, best first (ties: the
/// later name first, as its heap orders them).
pub fn close_matches<'a>(
    word: &str,
    possibilities: &[&'a str],
    n: usize,
    cutoff: f64,
) -> Vec<&'a str> {
    let w: Vec<char> = word.chars().collect();
    let mut scored: Vec<(f64, &str)> = possibilities
        .iter()
        .filter_map(|p| {
            let r = ratio(&p.chars().collect::<Vec<_>>(), &w);
            (r >= cutoff).then_some((r, *p))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| b.1.cmp(a.1)));
    scored.into_iter().take(n).map(|(_, p)| p).collect()
}

/// `SequenceMatcher(None, a, b).ratio()`: twice the matched characters over both lengths.
fn ratio(a: &[char], b: &[char]) -> f64 {
    let total = a.len() + b.len();
    if total == 0 {
        return 1.0;
    }
    2.0 * matched(a, b) as f64 / total as f64
}

/// The characters difflib's matching blocks cover: the longest common run (earliest in `a`,
/// then in `b`), then the same on each side of it.
fn matched(a: &[char], b: &[char]) -> usize {
    let (mut best_i, mut best_j, mut best) = (0, 0, 0);
    // Run lengths ending at each position of `b`, for the previous position of `a`.
    let mut prev = vec![0usize; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![0usize; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            if ca == cb {
                let k = prev[j] + 1;
                cur[j + 1] = k;
                if k > best {
                    (best_i, best_j, best) = (i + 1 - k, j + 1 - k, k);
                }
            }
        }
        prev = cur;
    }
    if best == 0 {
        return 0;
    }
    best + matched(&a[..best_i], &b[..best_j]) + matched(&a[best_i + best..], &b[best_j + best..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_are_difflibs() {
        // Values from Python 3.11's difflib.SequenceMatcher(None, a, b).ratio().
        let r = |a: &str, b: &str| {
            ratio(
                &a.chars().collect::<Vec<_>>(),
                &b.chars().collect::<Vec<_>>(),
            )
        };
        assert_eq!(r("encrypt", "encrpyt"), 2.0 * 6.0 / 14.0);
        assert_eq!(r("abc", "abc"), 1.0);
        assert_eq!(r("", "x"), 0.0);
        assert_eq!(r("decrypt", "encrypt"), 2.0 * 6.0 / 14.0);
    }

    #[test]
    fn close_matches_take_the_best_three_over_the_cutoff() {
        let choices = ["encrypt", "decrypt", "re-encrypt", "sign"];
        assert_eq!(close_matches("encrpyt", &choices, 3, 0.8), ["encrypt"]);
        assert_eq!(
            close_matches("ecrypt", &choices, 3, 0.8),
            ["encrypt", "decrypt"]
        );
        assert!(close_matches("zzz", &choices, 3, 0.8).is_empty());
    }

    #[test]
    fn invalid_choices_read_as_argparse_writes_them() {
        assert_eq!(
            invalid_choice("jsn", &["json", "text"]),
            "Found invalid choice 'jsn'\n\nMaybe you meant:\n\n  * json"
        );
        assert_eq!(invalid_choice("x", &["json"]), "Found invalid choice 'x'\n");
    }
}

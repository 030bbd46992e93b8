//! The sections of an operation's help after its options, as `aws kms <op> help` has them: OUTPUT
//! (the response members and what they mean), ERRORS (the model's exceptions for the operation
//! and when lkms raises each) and EXAMPLES (from the operation's own file, each one run by a
//! test). The same sections feed `--help` and the man pages.

use super::help_model::{error_when, output_member};
use crate::ops::{self, Example};
use crate::spec::{self, Kind};
use clap_mangen::roff::{Roff, bold, italic, roman};

/// One entry of a section: a heading and its text.
pub struct Entry {
    /// The heading (a member, an exception, an example's title).
    pub head: String,
    /// The text under it.
    pub body: Body,
}

/// What is under a heading.
pub enum Body {
    /// A sentence or two.
    Prose(String),
    /// A command and what it prints, shown as typed.
    Example(&'static Example),
}

/// One section: its title and entries.
pub struct Section {
    /// OUTPUT, ERRORS or EXAMPLES.
    pub title: &'static str,
    /// Its entries.
    pub entries: Vec<Entry>,
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::String => "string",
        Kind::Integer => "integer",
        Kind::Boolean => "boolean",
        Kind::Blob => "blob",
        Kind::Timestamp => "timestamp",
        Kind::List => "list",
        Kind::Map => "map",
        Kind::Structure => "structure",
    }
}

/// The errors every operation can raise although the model does not list them per operation.
const COMMON_ERRORS: &[&str] = &["ValidationException", "AccessDeniedException"];

/// When an operation lkms does not build yet raises the rest of its exceptions.
const NOT_YET: &str = "Not yet: every request gets UnsupportedOperationException for now.";

/// The sections of operation `op` after its options.
pub fn sections(op: &spec::Operation) -> Vec<Section> {
    let docs = ops::find(op.name).map(|o| o.docs);
    let mut out = Vec::new();
    let members = op
        .output
        .and_then(spec::shape)
        .map(|s| s.members)
        .unwrap_or_default();
    let output: Vec<Entry> = members
        .iter()
        .map(|(m, shape)| Entry {
            head: match spec::shape(shape) {
                Some(s) => format!("{m} ({})", kind_name(s.kind)),
                None => m.to_string(),
            },
            body: Body::Prose(output_member(m).to_string()),
        })
        .collect();
    out.push(Section {
        title: "OUTPUT",
        entries: if output.is_empty() {
            vec![Entry {
                head: "None".into(),
                body: Body::Prose("The command prints nothing when it succeeds.".into()),
            }]
        } else {
            output
        },
    });
    // The model's exceptions, those every operation can raise, then any the operation's own
    // file adds (UnsupportedOperationException for operations lkms does not build yet).
    let implemented = ops::find(op.name).is_some_and(|o| o.implemented());
    let own_codes = docs.map(|d| d.errors).unwrap_or_default();
    let mut codes: Vec<&str> = op.errors.to_vec();
    for c in COMMON_ERRORS
        .iter()
        .copied()
        .chain(own_codes.iter().map(|(c, _)| *c))
    {
        if !codes.contains(&c) {
            codes.push(c);
        }
    }
    let errors = codes
        .into_iter()
        .map(|code| {
            let own = own_codes.iter().find(|(c, _)| *c == code).map(|(_, w)| *w);
            let general = if implemented {
                error_when(code)
            } else {
                NOT_YET
            };
            Entry {
                head: code.to_string(),
                body: Body::Prose(own.unwrap_or(general).to_string()),
            }
        })
        .collect();
    out.push(Section {
        title: "ERRORS",
        entries: errors,
    });
    let examples: Vec<Entry> = docs
        .map(|d| d.examples)
        .unwrap_or_default()
        .iter()
        .map(|e| Entry {
            head: e.title.to_string(),
            body: Body::Example(e),
        })
        .collect();
    if !examples.is_empty() {
        out.push(Section {
            title: "EXAMPLES",
            entries: examples,
        });
    }
    out
}

/// The sections as terminal help text (clap's `after_long_help`).
pub fn plain(op: &spec::Operation) -> String {
    let mut text = String::new();
    for s in sections(op) {
        text.push_str(&format!("\n{}:\n", s.title));
        for e in s.entries {
            text.push_str(&format!("  {}\n", e.head));
            match e.body {
                Body::Prose(p) => text.push_str(&format!("          {p}\n")),
                Body::Example(ex) => {
                    text.push_str(&format!("          $ {}\n", ex.command));
                    for line in ex.output.lines() {
                        text.push_str(&format!("          {line}\n"));
                    }
                    text.push('\n');
                }
            }
        }
    }
    if text.ends_with("\n\n") {
        text.pop();
    }
    text
}

/// The sections as man-page sections.
pub fn roff(op: &spec::Operation, roff: &mut Roff) {
    for s in sections(op) {
        roff.control("SH", [s.title]);
        for e in s.entries {
            roff.control("TP", []);
            roff.text([bold(e.head)]);
            match e.body {
                Body::Prose(p) => {
                    roff.text([roman(p)]);
                }
                Body::Example(ex) => {
                    roff.control("nf", []);
                    roff.text([italic(format!("$ {}", ex.command))]);
                    for line in ex.output.lines() {
                        roff.text([roman(line)]);
                    }
                    roff.control("fi", []);
                }
            }
        }
    }
}

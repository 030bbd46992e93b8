//! What an operation's help and man page say beyond its one-line summary: written in the
//! operation's own file and handed to `op!`. The options, their constraints, the response members
//! and the exceptions come from the model, so only the prose and the examples live here.

/// An operation's own words for its help and man page.
pub struct Docs {
    /// What the operation does and how lkms does it: a paragraph, in plain sentences.
    pub about: &'static str,
    /// When lkms raises an exception of the model, where the general rule does not say it well
    /// enough for this operation: (exception, when).
    pub errors: &'static [(&'static str, &'static str)],
    /// Worked examples; a test runs every one against the keys of `examples/seed.json` and
    /// checks its output.
    pub examples: &'static [Example],
}

impl Docs {
    /// No words beyond the summary (lkms's own operations, whose help comes from their flags).
    pub const NONE: Docs = Docs {
        about: "",
        errors: &[],
        examples: &[],
    };
}

/// One worked example.
pub struct Example {
    /// What it shows, as a heading.
    pub title: &'static str,
    /// The command line (a POSIX shell line; `lkms` is on the PATH).
    pub command: &'static str,
    /// What it prints: stdout, or for a failing command its stderr. In it `…` stands for any
    /// text within a line (key material IDs, ciphertexts, dates of the moment).
    pub output: &'static str,
}

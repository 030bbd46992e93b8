//! Policy variables: `${aws:username}`, `${kms:CallerAccount}`, any context key, a default
//! (`${aws:username, 'nobody'}`), and the escapes `${*}`, `${?}`, `${$}` for a literal `*`,
//! `?` or `$`. Variables are read once when the policy is parsed and filled in per request.

use super::context::Context;
use super::pattern::{self, Tok};

/// A policy string with its variables located.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    parts: Vec<Part>,
    /// The tokens, computed once, when the string has no variable.
    fixed: Option<Vec<Tok>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    /// Policy text: `*` and `?` in it are wildcards.
    Text(String),
    /// A literal character from an escape.
    Escaped(char),
    /// A context key (lowercase) and its default.
    Var(String, Option<String>),
}

impl Template {
    /// Reads `text`; with `variables` false (policy Version 2008-10-17) `${…}` is plain text.
    pub fn parse(text: &str, variables: bool) -> Self {
        let parts = if variables {
            split(text)
        } else {
            vec![Part::Text(text.to_string())]
        };
        let fixed = parts
            .iter()
            .all(|p| !matches!(p, Part::Var(..)))
            .then(|| tokens(&parts, |_, _| None).unwrap_or_default());
        Self { parts, fixed }
    }

    /// The tokens with every variable filled from `ctx`; `None` when a variable has no single
    /// value and no default, which makes the policy element it sits in match nothing.
    pub fn resolve(&self, ctx: &Context) -> Option<Vec<Tok>> {
        if let Some(fixed) = &self.fixed {
            return Some(fixed.clone());
        }
        tokens(&self.parts, |key, default| match ctx.get(key) {
            Some([one]) => Some(one.clone()),
            _ => default.clone(),
        })
    }

    /// The tokens when the template has no variable (no context needed).
    pub fn fixed(&self) -> Option<&[Tok]> {
        self.fixed.as_deref()
    }
}

fn tokens(
    parts: &[Part],
    lookup: impl Fn(&str, &Option<String>) -> Option<String>,
) -> Option<Vec<Tok>> {
    let mut out = Vec::new();
    for part in parts {
        match part {
            Part::Text(t) => out.extend(pattern::wild(t)),
            Part::Escaped(c) => out.push(Tok::Lit(*c)),
            Part::Var(key, default) => out.extend(pattern::literal(&lookup(key, default)?)),
        }
    }
    Some(out)
}

/// Splits policy text into text, escapes and variables. Anything that is not a well-formed
/// `${…}` stays text.
fn split(text: &str) -> Vec<Part> {
    let mut parts = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("${") {
        let after = &rest[start + 2..];
        let Some(end) = after.find('}') else { break };
        let inner = after[..end].trim();
        let part = match inner {
            "*" => Some(Part::Escaped('*')),
            "?" => Some(Part::Escaped('?')),
            "$" => Some(Part::Escaped('$')),
            _ => variable(inner),
        };
        plain.push_str(&rest[..start]);
        match part {
            Some(p) => {
                if !plain.is_empty() {
                    parts.push(Part::Text(std::mem::take(&mut plain)));
                }
                parts.push(p);
            }
            None => plain.push_str(&rest[start..start + 2 + end + 1]),
        }
        rest = &after[end + 1..];
    }
    plain.push_str(rest);
    if !plain.is_empty() || parts.is_empty() {
        parts.push(Part::Text(plain));
    }
    parts
}

/// `key` or `key, 'default'` (a quote inside the default is written `''`).
fn variable(inner: &str) -> Option<Part> {
    let valid_key = |k: &str| {
        !k.is_empty()
            && k.chars()
                .all(|c| c.is_ascii_alphanumeric() || ":/_-.@+=".contains(c))
    };
    match inner.split_once(',') {
        None => valid_key(inner).then(|| Part::Var(inner.to_ascii_lowercase(), None)),
        Some((key, default)) => {
            let key = key.trim();
            let quoted = default.trim().strip_prefix('\'')?.strip_suffix('\'')?;
            if !valid_key(key) || quoted.replace("''", "").contains('\'') {
                return None;
            }
            Some(Part::Var(
                key.to_ascii_lowercase(),
                Some(quoted.replace("''", "'")),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::pattern::{matches, to_text};

    fn ctx() -> Context {
        let mut c = Context::new();
        c.set("aws:username", "alice");
        c.set_all("aws:TagKeys", ["a", "b"]);
        c
    }

    fn text(t: &Template) -> Option<String> {
        t.resolve(&ctx()).map(|toks| to_text(&toks))
    }

    #[test]
    fn variables_are_filled_case_insensitively() {
        let t = Template::parse("key/${AWS:UserName}/*", true);
        assert_eq!(text(&t).as_deref(), Some("key/alice/*"));
        assert!(t.fixed().is_none());
    }

    #[test]
    fn missing_or_multi_valued_variables_resolve_to_nothing_unless_defaulted() {
        assert_eq!(text(&Template::parse("${aws:userid}", true)), None);
        assert_eq!(text(&Template::parse("${aws:TagKeys}", true)), None);
        let t = Template::parse("${aws:userid, 'it''s me'}", true);
        assert_eq!(text(&t).as_deref(), Some("it's me"));
    }

    #[test]
    fn escapes_are_literal_characters() {
        let t = Template::parse("a${*}b${?}${$}", true);
        let toks = t.resolve(&ctx()).unwrap();
        assert!(matches(&toks, "a*b?$"));
        assert!(!matches(&toks, "aXbY$"));
        assert!(t.fixed().is_some());
    }

    #[test]
    fn variable_values_never_act_as_wildcards() {
        let mut c = Context::new();
        c.set("aws:username", "*");
        let toks = Template::parse("${aws:username}", true)
            .resolve(&c)
            .unwrap();
        assert!(matches(&toks, "*"));
        assert!(!matches(&toks, "bob"));
    }

    #[test]
    fn old_version_and_malformed_variables_are_text() {
        let t = Template::parse("${aws:username}", false);
        assert_eq!(text(&t).as_deref(), Some("${aws:username}"));
        for odd in ["${", "${}", "${a b}", "x${aws:username", "${k, 'unclosed}"] {
            assert_eq!(text(&Template::parse(odd, true)).as_deref(), Some(odd));
        }
    }
}

//! Wildcard patterns: `*` matches any run of characters, `?` exactly one. Used for actions,
//! `StringLike` and (segment by segment) for ARNs.
//!
//! A pattern is a list of tokens rather than a string so that a literal `*` or `?` (written
//! `${*}` / `${?}` in a policy, or coming from a policy variable's value) never acts as a
//! wildcard.

/// One element of a pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tok {
    /// This character exactly.
    Lit(char),
    /// Any run of characters, including none.
    Star,
    /// Exactly one character.
    One,
}

/// Tokens of `text` in which `*` and `?` are wildcards.
pub fn wild(text: &str) -> Vec<Tok> {
    text.chars()
        .map(|c| match c {
            '*' => Tok::Star,
            '?' => Tok::One,
            c => Tok::Lit(c),
        })
        .collect()
}

/// Tokens of `text` taken literally.
pub fn literal(text: &str) -> impl Iterator<Item = Tok> + '_ {
    text.chars().map(Tok::Lit)
}

/// The text a pattern stands for when wildcards are read as plain characters (for the
/// equality operators, where `*` has no special meaning).
pub fn to_text(toks: &[Tok]) -> String {
    toks.iter()
        .map(|t| match t {
            Tok::Lit(c) => *c,
            Tok::Star => '*',
            Tok::One => '?',
        })
        .collect()
}

/// Whether `text` matches `pat` (case-sensitive).
pub fn matches(pat: &[Tok], text: &str) -> bool {
    let text: Vec<char> = text.chars().collect();
    matches_chars(pat, &text)
}

/// Iterative matcher with single-star backtracking: linear in practice, never recursive, so
/// hostile patterns cannot exhaust the stack.
fn matches_chars(pat: &[Tok], text: &[char]) -> bool {
    let (mut p, mut t) = (0usize, 0usize);
    let mut resume: Option<(usize, usize)> = None;
    while t < text.len() {
        match pat.get(p) {
            Some(Tok::Star) => {
                resume = Some((p, t));
                p += 1;
            }
            Some(Tok::One) => {
                p += 1;
                t += 1;
            }
            Some(Tok::Lit(c)) if *c == text[t] => {
                p += 1;
                t += 1;
            }
            _ => match resume {
                Some((sp, st)) => {
                    p = sp + 1;
                    t = st + 1;
                    resume = Some((sp, st + 1));
                }
                None => return false,
            },
        }
    }
    pat[p.min(pat.len())..].iter().all(|t| *t == Tok::Star)
}

/// Whether the ARN `text` matches the ARN pattern `pat`: the six colon-separated parts are
/// compared one by one, so a wildcard never spans a colon before the resource part (the
/// resource part itself may contain colons).
pub fn arn_matches(pat: &[Tok], text: &str) -> bool {
    let pat_parts = split_tokens(pat);
    let text_parts: Vec<&str> = text.splitn(6, ':').collect();
    pat_parts.len() == text_parts.len()
        && pat_parts
            .iter()
            .zip(&text_parts)
            .all(|(p, t)| matches(p, t))
}

/// Splits a pattern at its first five literal colons.
fn split_tokens(pat: &[Tok]) -> Vec<&[Tok]> {
    let mut parts = Vec::with_capacity(6);
    let mut start = 0;
    for (i, t) in pat.iter().enumerate() {
        if *t == Tok::Lit(':') && parts.len() < 5 {
            parts.push(&pat[start..i]);
            start = i + 1;
        }
    }
    parts.push(&pat[start..]);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stars_and_question_marks() {
        assert!(matches(&wild("kms:*"), "kms:Encrypt"));
        assert!(matches(&wild("kms:ReEncrypt*"), "kms:ReEncryptFrom"));
        assert!(matches(&wild("kms:Re?ncrypt*"), "kms:ReEncryptTo"));
        assert!(!matches(&wild("kms:Re?ncrypt"), "kms:ReEncryptTo"));
        assert!(matches(&wild("*"), ""));
        assert!(matches(&wild("a*b*c"), "aXXbYYbc"));
        assert!(!matches(&wild("a*b*c"), "aXXbYYb"));
        assert!(!matches(&wild("kms:Encrypt"), "kms:encrypt"));
    }

    #[test]
    fn literal_wildcards_do_not_match_anything() {
        let mut pat: Vec<Tok> = literal("a*").collect();
        assert!(matches(&pat, "a*"));
        assert!(!matches(&pat, "ab"));
        pat.push(Tok::Star);
        assert!(matches(&pat, "a*xyz"));
        assert_eq!(to_text(&pat), "a**");
    }

    #[test]
    fn arns_match_part_by_part() {
        let key = "arn:aws:kms:us-east-1:111122223333:key/1234";
        assert!(arn_matches(&wild("arn:aws:kms:*:111122223333:key/*"), key));
        assert!(arn_matches(&wild(key), key));
        assert!(!arn_matches(&wild("arn:aws:kms:*:444455556666:key/*"), key));
        // A star does not swallow the account part.
        assert!(!arn_matches(&wild("arn:aws:kms:*"), key));
        assert!(arn_matches(&wild("arn:aws:kms:*:*:*"), key));
        // The resource part may hold colons.
        assert!(arn_matches(
            &wild("arn:aws:s3:::bucket/a:b*"),
            "arn:aws:s3:::bucket/a:bc"
        ));
    }

    #[test]
    fn long_hostile_patterns_finish() {
        let pat = wild(&"*a".repeat(200));
        assert!(!matches(&pat, &"a".repeat(199)));
        assert!(matches(&pat, &"a".repeat(200)));
    }
}

//! The AWS CLI shorthand syntax, parsed into untyped JSON (strings, lists, objects) exactly as
//! the AWS CLI's own parser (`awscli/shorthand.py`) reads it; the operation's model then gives
//! the values their types. `tests/shorthand_parity.rs` runs that parser beside this one.
//!
//! ```text
//! k1=v1,k2=v2          {"k1": "v1", "k2": "v2"}
//! k="v,1",k2=v\,2      quoting and escaped commas
//! k=a=b                {"k": "a=b"} (the first = splits)
//! k=a,b,c2=d           {"k": ["a", "b"], "c2": "d"} (values without = continue a list)
//! k=[a, b]             an explicit list (white space around items is dropped)
//! Outer={k=v, k2=w}    a nested structure or map
//! k@=file://v.txt      the value read from a file
//! ```
//!
//! The AWS CLI's rules, which this follows to the character: a key is made of letters, digits
//! and `-_.#/:` (and may be empty); white space may stand around `=`, `,`, `[`, `]`, `{` and `}`;
//! a bare value ends at `,` (and, in brackets and braces, at `]` or `}`), loses its trailing
//! white space, and keeps every backslash except in `\,`; a quoted value ends at the last quote
//! that lets everything before it parse, with `\'` (or `\"`) and `\\` unescaped; a top-level
//! value followed by `,` and values without `=` is a list; a key given twice at the top level
//! is an error.

use crate::error::Error;
use serde_json::{Map, Value};

/// The nesting depth at which a value given on the command line is refused, in shorthand and
/// in JSON alike: serde_json's default recursion limit, which the JSON parser already applies,
/// so a value may nest at most 127 levels (the outermost object counting as one). The AWS CLI
/// sets no limit of its own; Python's recursion limit stops it (awscli 1.46.3 on Python 3.11
/// parses 494 levels of shorthand and 993 of JSON, and a whole command fails from 487 levels of
/// shorthand and 328 of JSON). No KMS request nests deeper than three levels (TagResource: the
/// request, its tag list, a tag).
pub const MAX_DEPTH: usize = 128;

/// Python's `str.isspace()`, which the parser's regular expressions (`\s`) and `rstrip` use.
fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// `string.whitespace`, which the parser skips between tokens.
fn ascii_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{0b}' | '\u{0c}')
}

/// The characters that may start a bare value: not white space or a control character, not
/// `"`, `'`, `,`, `=`, `[` or `{`, and within the Basic Multilingual Plane.
fn starts_word(c: char) -> bool {
    matches!(c, '!' | '#'..='&' | '('..='+' | '-'..='<' | '>'..='Z' | '\\'..='z' | '|'..='\u{ffff}')
}

/// What may follow in a first value (after `key=`, or in brackets and braces): also `=`, `[`,
/// `{` and white space, but not `]` or `}`.
fn follows_first(c: char) -> bool {
    py_space(c)
        || matches!(c, '!' | '#'..='&' | '('..='+' | '-'..='\\' | '^'..='|' | '~'..='\u{ffff}')
}

/// What may follow in a later value of a list without brackets: anything but `"`, `'`, `,`
/// and `=` (and control characters).
fn follows_second(c: char) -> bool {
    py_space(c) || matches!(c, '!' | '#'..='&' | '('..='+' | '-'..='<' | '>'..='\u{ffff}')
}

/// The characters of a key.
fn in_key(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '#' | '/' | ':')
}

struct Parser<'a> {
    param: &'a str,
    chars: Vec<char>,
    pos: usize,
    /// How many `{` and `[` are open at `pos`, the top-level structure counting as one.
    depth: usize,
    /// The current `key@=`: values are read from the `file://` or `fileb://` they name.
    from_files: bool,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn at_end(&self) -> bool {
        self.pos >= self.chars.len()
    }

    /// The input with a caret under `at`, as the AWS CLI shows it (a line break before `at`
    /// moves the caret to its line, one after it ends the line the caret follows).
    fn location(&self, at: usize) -> String {
        let chars = &self.chars;
        let at = at.min(chars.len());
        let line_start = chars[..at]
            .iter()
            .rposition(|&c| c == '\n')
            .map_or(0, |i| i + 1);
        let line_end = chars[at..]
            .iter()
            .position(|&c| c == '\n')
            .map_or(chars.len(), |i| at + i);
        let consumed: String = chars[..line_end].iter().collect();
        let remaining: String = chars[line_end..].iter().collect();
        format!("{consumed}\n{}^{remaining}", " ".repeat(at - line_start))
    }

    fn error(&self, detail: String) -> Error {
        Error::Usage(format!(
            "Error parsing parameter '--{}': {detail}",
            self.param
        ))
    }

    fn expected(&self, what: &str, got: &str) -> Error {
        self.error(format!(
            "Expected: '{what}', received: '{got}' for input:\n{}",
            self.location(self.pos)
        ))
    }

    fn skip_space(&mut self) {
        while self.peek().is_some_and(ascii_space) {
            self.pos += 1;
        }
    }

    /// `_expect`: the character `c` (after white space, and white space after it, when
    /// `spaced`), or the AWS CLI's error naming what came instead.
    fn expect(&mut self, c: char, spaced: bool) -> Result<(), Error> {
        if spaced {
            self.skip_space();
        }
        match self.peek() {
            None => return Err(self.expected(&c.to_string(), "EOF")),
            Some(got) if got != c => return Err(self.expected(&c.to_string(), &got.to_string())),
            Some(_) => self.pos += 1,
        }
        if spaced {
            self.skip_space();
        }
        Ok(())
    }

    /// Steps into a `{` or `[`; an error when that nests too deeply (the recursive descent
    /// below would otherwise exhaust the stack).
    fn open(&mut self, c: char) -> Result<(), Error> {
        self.skip_space();
        if self.peek() == Some(c) {
            self.depth += 1;
            if self.depth >= MAX_DEPTH {
                return Err(self.error(format!(
                    "Nesting too deep: a value may nest at most {} levels, and this one goes \
                     deeper at character {}.",
                    MAX_DEPTH - 1,
                    self.pos + 1
                )));
            }
        }
        self.expect(c, true)
    }

    fn close(&mut self, c: char) -> Result<(), Error> {
        self.expect(c, false)?;
        self.depth -= 1;
        Ok(())
    }

    /// The whole parameter: `key=value` pairs separated by commas.
    fn parameter(&mut self) -> Result<Map<String, Value>, Error> {
        let mut out = Map::new();
        let (key, value) = self.key_value()?;
        out.insert(key, value);
        let mut last = self.pos;
        while !self.at_end() {
            self.expect(',', true)?;
            let (key, value) = self.key_value()?;
            if out.contains_key(&key) {
                return Err(self.error(format!(
                    "Second instance of key \"{key}\" encountered for input:\n{}\nThis is often \
                     because there is a preceding \",\" instead of a space.",
                    self.location(last + 1)
                )));
            }
            out.insert(key, value);
            last = self.pos;
        }
        Ok(out)
    }

    fn key(&mut self) -> String {
        let start = self.pos;
        while self.peek().is_some_and(in_key) {
            self.pos += 1;
        }
        self.chars[start..self.pos].iter().collect()
    }

    /// `=`, or `@=` for a value read from a file.
    fn assignment(&mut self) -> Result<(), Error> {
        // As in the AWS CLI, looking for `@` steps over white space even when none follows.
        self.skip_space();
        self.from_files = self.peek() == Some('@');
        if self.from_files {
            self.pos += 1;
            self.skip_space();
        }
        self.expect('=', true)
    }

    fn key_value(&mut self) -> Result<(String, Value), Error> {
        let key = self.key();
        self.assignment()?;
        let value = match self.peek() {
            None => Value::String(String::new()),
            Some('[') => self.list()?,
            Some('{') => self.object()?,
            Some(_) => self.csv()?,
        };
        Ok((key, value))
    }

    /// A top-level value, or a list of values without brackets: `a,b,c` up to the next `key=`.
    fn csv(&mut self) -> Result<Value, Error> {
        let first = self.first_value()?;
        self.skip_space();
        if self.peek() != Some(',') {
            return Ok(first);
        }
        self.expect(',', true)?;
        let mut list = vec![first];
        loop {
            match self.next_of_list() {
                Ok((v, last)) => {
                    list.push(v);
                    if last {
                        break;
                    }
                }
                Err(e) if self.at_end() => return Err(e),
                Err(_) => {
                    // A `key=` follows: back to the comma before it, for the next pair.
                    while self.pos > 0 && self.chars.get(self.pos).is_some_and(|&c| c != ',') {
                        self.pos -= 1;
                    }
                    break;
                }
            }
        }
        Ok(if list.len() == 1 {
            list.swap_remove(0)
        } else {
            Value::Array(list)
        })
    }

    /// The next value of a list without brackets, and whether the input ends after it.
    fn next_of_list(&mut self) -> Result<(Value, bool), Error> {
        let value = self.second_value()?;
        self.skip_space();
        if self.at_end() {
            return Ok((value, true));
        }
        self.expect(',', true)?;
        Ok((value, false))
    }

    fn list(&mut self) -> Result<Value, Error> {
        self.open('[')?;
        let mut items = Vec::new();
        while self.peek() != Some(']') {
            items.push(self.nested_value()?);
            self.skip_space();
            if self.peek() != Some(']') {
                self.expect(',', false)?;
                self.skip_space();
            }
        }
        self.close(']')?;
        Ok(Value::Array(items))
    }

    fn object(&mut self) -> Result<Value, Error> {
        self.open('{')?;
        let mut members = Map::new();
        while self.peek() != Some('}') {
            let key = self.key();
            self.assignment()?;
            let value = self.nested_value()?;
            self.skip_space();
            if self.peek() != Some('}') {
                self.expect(',', false)?;
                self.skip_space();
            }
            members.insert(key, value);
        }
        self.close('}')?;
        Ok(Value::Object(members))
    }

    /// A value in brackets or braces.
    fn nested_value(&mut self) -> Result<Value, Error> {
        match self.peek() {
            Some('[') => self.list(),
            Some('{') => self.object(),
            _ => self.first_value(),
        }
    }

    fn first_value(&mut self) -> Result<Value, Error> {
        match self.peek() {
            Some(q @ ('\'' | '"')) => self.quoted(q),
            _ => {
                let bare = self.bare(starts_word, follows_first);
                self.finish(bare)
            }
        }
    }

    fn second_value(&mut self) -> Result<Value, Error> {
        match self.peek() {
            Some(q @ ('\'' | '"')) => self.quoted(q),
            _ => match self.bare(starts_word, follows_second) {
                Some(bare) => self.finish(Some(bare)),
                None => Err(self.expected("<second>", "<none>")),
            },
        }
    }

    /// A bare value: a first character that `starts`, then characters that `follow`, with
    /// `\,` taken as one (so that the comma does not end the value). `None` if none starts.
    fn bare(&mut self, starts: fn(char) -> bool, follows: fn(char) -> bool) -> Option<String> {
        let start = self.pos;
        let mut first = true;
        while let Some(c) = self.peek() {
            if c == '\\' && self.chars.get(self.pos + 1) == Some(&',') {
                self.pos += 2;
            } else if (first && starts(c)) || (!first && follows(c)) {
                self.pos += 1;
            } else {
                break;
            }
            first = false;
        }
        (self.pos > start).then(|| {
            let raw: String = self.chars[start..self.pos].iter().collect();
            raw.replace("\\,", ",")
                .trim_end_matches(py_space)
                .to_string()
        })
    }

    /// A quoted value. As the AWS CLI's regular expression matches it, it ends at the first
    /// quote without a backslash before it, or failing that at the last quote of the input.
    fn quoted(&mut self, q: char) -> Result<Value, Error> {
        let body = self.pos + 1;
        let rest = &self.chars[body..];
        let close = rest
            .iter()
            .enumerate()
            .position(|(i, &c)| c == q && (i == 0 || rest[i - 1] != '\\'))
            .or_else(|| rest.iter().rposition(|&c| c == q));
        let Some(close) = close else {
            let name = if q == '\'' {
                "singled quoted"
            } else {
                "double quoted"
            };
            return Err(self.expected(&format!("<{name}>"), "<none>"));
        };
        let raw: String = rest[..close].iter().collect();
        self.pos = body + close + 1;
        let text = raw
            .replace(&format!("\\{q}"), &q.to_string())
            .replace("\\\\", "\\");
        self.finish(Some(text))
    }

    /// A value as given, or read from the file it names after `key@=`.
    fn finish(&self, value: Option<String>) -> Result<Value, Error> {
        let value = value.unwrap_or_default();
        if self.from_files && (value.starts_with("file://") || value.starts_with("fileb://")) {
            return super::values::text(self.param, &value).map(Value::String);
        }
        Ok(Value::String(value))
    }
}

/// Parses shorthand `input` given to `--param` into an untyped JSON object.
pub fn parse(param: &str, input: &str) -> Result<Value, Error> {
    let mut p = Parser {
        param,
        chars: input.chars().collect(),
        pos: 0,
        depth: 1,
        from_files: false,
    };
    p.parameter().map(Value::Object)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ok(input: &str) -> Value {
        parse("p", input).unwrap()
    }

    #[test]
    fn forms() {
        assert_eq!(ok("k1=v1,k2=v2"), json!({"k1": "v1", "k2": "v2"}));
        assert_eq!(ok(r#"k1="v,1",k2=v2"#), json!({"k1": "v,1", "k2": "v2"}));
        assert_eq!(ok(r"k1=v\,1,k2=v2"), json!({"k1": "v,1", "k2": "v2"}));
        assert_eq!(ok("k1=a=b"), json!({"k1": "a=b"}));
        assert_eq!(ok("k1="), json!({"k1": ""}));
        assert_eq!(ok("k='it\\'s'"), json!({"k": "it's"}));
        assert_eq!(
            ok("TagKey=a,TagValue=b,c"),
            json!({"TagKey": "a", "TagValue": ["b", "c"]})
        );
        assert_eq!(ok("k=[a,b],j=[]"), json!({"k": ["a", "b"], "j": []}));
        assert_eq!(
            ok("EncryptionContextSubset={k=v,k2=v2}"),
            json!({"EncryptionContextSubset": {"k": "v", "k2": "v2"}})
        );
        assert_eq!(
            ok("A={B={C=d}},E=f"),
            json!({"A": {"B": {"C": "d"}}, "E": "f"})
        );
        assert_eq!(
            ok("L=[{a=1},{a=2}]"),
            json!({"L": [{"a": "1"}, {"a": "2"}]})
        );
    }

    /// Each message as awscli 1.46.3's parser gives it (`tests/shorthand_parity.rs` compares
    /// many more with that parser itself).
    #[test]
    fn errors_point_at_the_problem() {
        for (input, msg) in [
            (
                "novalue",
                "Expected: '=', received: 'EOF' for input:\nnovalue\n       ^",
            ),
            (
                "k=\"open",
                "Expected: '<double quoted>', received: '<none>' for input:\nk=\"open\n  ^",
            ),
            (
                "k={a=b",
                "Expected: ',', received: 'EOF' for input:\nk={a=b\n      ^",
            ),
            (
                "k=[a,b",
                "Expected: ',', received: 'EOF' for input:\nk=[a,b\n      ^",
            ),
            ("", "Expected: '=', received: 'EOF' for input:\n\n^"),
            (
                " k1 = v1",
                "Expected: '=', received: 'k' for input:\n k1 = v1\n ^",
            ),
            (
                "k=a,k=b",
                "Second instance of key \"k\" encountered for input:\nk=a,k=b\n    ^\nThis is \
                 often because there is a preceding \",\" instead of a space.",
            ),
            // The caret under its own line.
            (
                "a=1,\nb==2,\nc=3",
                "Expected: ',', received: '=' for input:\na=1,\nb==2,\n  ^\nc=3",
            ),
        ] {
            match parse("p", input) {
                Err(Error::Usage(m)) => assert_eq!(
                    m,
                    format!("Error parsing parameter '--p': {msg}"),
                    "{input}"
                ),
                other => panic!("{input}: {other:?}"),
            }
        }
    }

    #[test]
    fn white_space_backslashes_and_quotes_as_the_aws_cli_reads_them() {
        assert_eq!(
            ok("TagKey = a, TagValue= b c "),
            json!({"TagKey": "a", "TagValue": "b c"})
        );
        assert_eq!(
            ok("k={a=1, b=[x, y]}"),
            json!({"k": {"a": "1", "b": ["x", "y"]}})
        );
        assert_eq!(ok("k={},j=[ ]"), json!({"k": {}, "j": []}));
        assert_eq!(ok("k=a, b, c"), json!({"k": ["a", "b", "c"]}));
        // Only `\,` is an escape in a bare value.
        assert_eq!(ok(r"k=C:\dir\,x\=y"), json!({"k": r"C:\dir,x\=y"}));
        // In quotes, the quote and the backslash are.
        assert_eq!(ok(r#"k="a \"b\" \\ c""#), json!({"k": r#"a "b" \ c"#}));
        // An empty key is a key.
        assert_eq!(ok("=v"), json!({"": "v"}));
    }

    #[test]
    fn key_at_equals_reads_the_value_from_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v.txt");
        std::fs::write(&path, "from, the file").unwrap();
        let file = format!("file://{}", path.display());
        assert_eq!(
            ok(&format!("k@={file},j=file://x")),
            json!({"k": "from, the file", "j": "file://x"})
        );
        assert_eq!(
            ok(&format!("k={{a @= '{file}'}}")),
            json!({"k": {"a": "from, the file"}})
        );
        // Without `file://` or `fileb://` the value is the text itself.
        assert_eq!(ok("k@=plain"), json!({"k": "plain"}));
        let missing = dir.path().join("nope");
        match parse("p", &format!("k@=file://{}", missing.display())) {
            Err(Error::Usage(m)) => assert!(
                m.starts_with(&format!(
                    "Error parsing parameter '--p': Unable to load paramfile file://{}: [Errno 2]",
                    missing.display()
                )),
                "{m}"
            ),
            other => panic!("{other:?}"),
        }
    }

    /// `k=` then `depth - 1` levels of `open`, the innermost holding `inner`.
    fn nested(depth: usize, open: &str, inner: &str, close: &str) -> String {
        let levels = (depth - 1).div_ceil(open.matches(['{', '[']).count());
        format!("k={}{inner}{}", open.repeat(levels), close.repeat(levels))
    }

    #[test]
    fn nesting_is_limited_like_json() {
        // 127 levels, the outermost object counting as one, as serde_json accepts.
        let deepest = ok(&nested(MAX_DEPTH - 1, "{k=", "v", "}"));
        let mut v = &deepest;
        for _ in 0..MAX_DEPTH - 2 {
            v = &v["k"];
        }
        assert_eq!(v, &json!({"k": "v"}));
        ok(&nested(MAX_DEPTH - 1, "[", "v", "]"));
        // One more level, and far more than the stack would take, in every nesting form.
        for depth in [MAX_DEPTH, 100_000] {
            for (open, inner, close) in [
                ("{k=", "v", "}"),
                ("[", "v", "]"),
                ("[{k=", "v", "}]"),
                ("{k=[a,", "b", "]}"),
            ] {
                let input = nested(depth, open, inner, close);
                // The opening bracket that makes the 128th level.
                let at = input
                    .match_indices(['{', '['])
                    .nth(MAX_DEPTH - 2)
                    .map(|(i, _)| i)
                    .unwrap();
                match parse("encryption-context", &input) {
                    Err(Error::Usage(m)) => assert_eq!(
                        m,
                        format!(
                            "Error parsing parameter '--encryption-context': Nesting too deep: a \
                             value may nest at most 127 levels, and this one goes deeper at \
                             character {}.",
                            at + 1
                        ),
                        "{open} x {depth}"
                    ),
                    other => panic!("{open} x {depth}: {other:?}"),
                }
            }
        }
    }

    #[test]
    fn never_panics() {
        let alphabet = ['a', '=', ',', '\\', '"', '\'', ' ', 'é', '{', '}', '[', ']'];
        let mut state = 12345u32;
        for _ in 0..50_000 {
            let len = (state % 10) as usize;
            let s: String = (0..len)
                .map(|_| {
                    state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    alphabet[(state >> 16) as usize % alphabet.len()]
                })
                .collect();
            let _ = parse("p", &s);
        }
    }
}

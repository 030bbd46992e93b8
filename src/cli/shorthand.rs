//! The AWS CLI shorthand syntax, parsed into untyped JSON (strings, lists, objects); the
//! operation's model then gives the values their types.
//!
//! ```text
//! k1=v1,k2=v2          {"k1": "v1", "k2": "v2"}
//! k="v,1",k2=v\,2      quoting and escaped commas
//! k=a=b                {"k": "a=b"} (the first = splits)
//! k=a,b,c2=d           {"k": ["a", "b"], "c2": "d"} (values without = continue a list)
//! k=[a,b]              an explicit list
//! Outer={k=v}          a nested structure or map
//! ```

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

struct Parser<'a> {
    param: &'a str,
    input: &'a str,
    chars: Vec<char>,
    pos: usize,
    /// How many `{` and `[` are open at `pos`, the top-level structure counting as one.
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn expected(&self, what: &str) -> Error {
        let got = self
            .peek()
            .map_or_else(|| "EOF".to_string(), |c| c.to_string());
        Error::Usage(format!(
            "Error parsing parameter '--{}': Expected: '{what}', received: '{got}' for input:\n{}\n{}^",
            self.param,
            self.input,
            " ".repeat(self.pos)
        ))
    }

    /// Steps into a `{` or `[` at the current position; an error when that nests too deeply
    /// (the recursive descent below would otherwise exhaust the stack).
    fn open(&mut self) -> Result<(), Error> {
        self.depth += 1;
        if self.depth >= MAX_DEPTH {
            return Err(Error::Usage(format!(
                "Error parsing parameter '--{}': Nesting too deep: a value may nest at most {} \
                 levels, and this one goes deeper at character {}.",
                self.param,
                MAX_DEPTH - 1,
                self.pos + 1
            )));
        }
        self.pos += 1;
        Ok(())
    }

    /// Steps out of a `{` or `[` that the current position closes.
    fn close(&mut self) {
        self.depth -= 1;
        self.pos += 1;
    }

    /// `key=value` pairs separated by commas, until the end or `close`.
    fn pairs(&mut self, close: Option<char>) -> Result<Map<String, Value>, Error> {
        let mut out = Map::new();
        loop {
            let start = self.pos;
            while let Some(c) = self.peek() {
                if matches!(c, '=' | ',' | '{' | '}' | '[' | ']') || c.is_whitespace() {
                    break;
                }
                self.pos += 1;
            }
            if self.pos == start || self.peek() != Some('=') {
                return Err(self.expected("="));
            }
            let key: String = self.chars[start..self.pos].iter().collect();
            self.pos += 1;
            let value = self.values(close)?;
            out.insert(key, value);
            match self.peek() {
                None if close.is_none() => return Ok(out),
                Some(c) if Some(c) == close => return Ok(out),
                Some(',') => self.pos += 1,
                _ => {
                    return Err(self.expected(close.map_or(",".to_string(), String::from).as_str()));
                }
            }
        }
    }

    /// True if the text from the current position up to the next separator holds a `=`,
    /// i.e. a new `key=` starts here rather than another value of a csv list.
    fn next_is_key(&self) -> bool {
        for &c in &self.chars[self.pos..] {
            match c {
                '=' => return true,
                ',' | '}' | ']' | '{' | '[' | '"' | '\'' => return false,
                _ => {}
            }
        }
        false
    }

    /// The value after `key=`: an explicit list, a nested structure, or one or more scalars.
    fn values(&mut self, close: Option<char>) -> Result<Value, Error> {
        match self.peek() {
            Some('[') => return self.list(),
            Some('{') => {
                self.open()?;
                let inner = self.pairs(Some('}'))?;
                self.close();
                return Ok(Value::Object(inner));
            }
            _ => {}
        }
        let first = self.scalar(close, true)?;
        let mut items = vec![first];
        while self.peek() == Some(',') {
            let save = self.pos;
            self.pos += 1;
            if self.next_is_key() || self.peek().is_none() {
                self.pos = save;
                break;
            }
            items.push(self.scalar(close, false)?);
        }
        Ok(if items.len() == 1 {
            items.remove(0)
        } else {
            Value::Array(items)
        })
    }

    fn list(&mut self) -> Result<Value, Error> {
        self.open()?;
        let mut items = Vec::new();
        if self.peek() == Some(']') {
            self.close();
            return Ok(Value::Array(items));
        }
        loop {
            let item = match self.peek() {
                Some('{') => {
                    self.open()?;
                    let inner = self.pairs(Some('}'))?;
                    self.close();
                    Value::Object(inner)
                }
                Some('[') => self.list()?,
                _ => self.scalar(Some(']'), false)?,
            };
            items.push(item);
            match self.peek() {
                Some(',') => self.pos += 1,
                Some(']') => {
                    self.close();
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.expected("]")),
            }
        }
    }

    /// A quoted or bare string; a bare first value may hold `=` (`k=a=b`).
    fn scalar(&mut self, close: Option<char>, first: bool) -> Result<Value, Error> {
        let mut s = String::new();
        if let Some(q) = self.peek().filter(|c| matches!(c, '"' | '\'')) {
            self.pos += 1;
            loop {
                match self.peek() {
                    None => return Err(self.expected(&q.to_string())),
                    Some('\\') if self.chars.get(self.pos + 1) == Some(&q) => {
                        s.push(q);
                        self.pos += 2;
                    }
                    Some(c) if c == q => {
                        self.pos += 1;
                        return Ok(Value::String(s));
                    }
                    Some(c) => {
                        s.push(c);
                        self.pos += 1;
                    }
                }
            }
        }
        while let Some(c) = self.peek() {
            match c {
                '\\' if matches!(
                    self.chars.get(self.pos + 1),
                    Some(',' | '\\' | '=' | '}' | ']')
                ) =>
                {
                    s.push(self.chars[self.pos + 1]);
                    self.pos += 2;
                }
                ',' => break,
                c if Some(c) == close => break,
                '=' if !first => return Err(self.expected(",")),
                _ => {
                    s.push(c);
                    self.pos += 1;
                }
            }
        }
        Ok(Value::String(s))
    }
}

/// Parses shorthand `input` given to `--param` into an untyped JSON object.
pub fn parse(param: &str, input: &str) -> Result<Value, Error> {
    let mut p = Parser {
        param,
        input,
        chars: input.chars().collect(),
        pos: 0,
        depth: 1,
    };
    p.pairs(None).map(Value::Object)
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

    #[test]
    fn errors_point_at_the_problem() {
        for (input, msg) in [
            (
                "novalue",
                "Expected: '=', received: 'EOF' for input:\nnovalue\n       ^",
            ),
            ("=v", "Expected: '=', received: '=' for input:\n=v\n^"),
            (
                "k=\"open",
                "Expected: '\"', received: 'EOF' for input:\nk=\"open\n       ^",
            ),
            (
                "k={a=b",
                "Expected: '}', received: 'EOF' for input:\nk={a=b\n      ^",
            ),
            (
                "k=[a,b",
                "Expected: ']', received: 'EOF' for input:\nk=[a,b\n      ^",
            ),
            ("", "Expected: '=', received: 'EOF' for input:\n\n^"),
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

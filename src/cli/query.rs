//! `--query`: a JMESPath expression applied to the response before it is printed, checked first
//! so that no expression can exhaust the stack or the memory.
//!
//! Two limits, both checked before the expression runs. The jmespath crate parses, evaluates
//! and drops its syntax tree recursively, so the number of operators bounds how deeply the tree
//! nests. And JMESPath can grow its result: `[@,@][]` doubles it, so a few dozen characters can
//! ask for more memory than the machine has (the fuzz target found this); a bound on that
//! growth, read from the syntax tree, refuses such expressions.

use crate::error::Error;
use jmespath::ast::{Ast, KeyValuePair};
use serde_json::Value;
use std::borrow::Cow;

/// The most operators a `--query` expression may hold. The tree nests at most one level per
/// operator (`a.b.c…` as deeply as `!!!…`), and a debug build overflows the main thread's
/// 8 MiB stack from about 820 levels. The AWS CLI's JMESPath stops from about 250 to 500 nested
/// levels, where Python's recursion limit does.
pub const MAX_QUERY_OPERATORS: usize = 256;

/// The most an expression may make of the response: a bound on the size of everything it
/// builds while it runs, as a multiple of the response's size. Selecting, filtering, sorting and
/// reshaping stay in the tens; each `[a, b]` or `{a: x, b: y}` under a projection multiplies.
pub const MAX_QUERY_GROWTH: f64 = 1000.0;

/// How many operator characters `expr` holds outside quoted names, raw strings and JSON
/// literals (each of which counts as one): a bound on how deeply its syntax tree nests.
fn operators(expr: &str) -> usize {
    let mut count = 0;
    let mut chars = expr.chars();
    while let Some(c) = chars.next() {
        if matches!(c, '"' | '\'' | '`') {
            // The lexer's rule: a backslash takes the next character, the same quote closes.
            while let Some(d) = chars.next() {
                if d == '\\' {
                    chars.next();
                } else if d == c {
                    break;
                }
            }
        } else if c.is_alphanumeric() || c == '_' || c.is_whitespace() {
            continue;
        }
        count += 1;
    }
    count
}

/// `expr` with each JSON literal that is not JSON, such as `` `alias/app` ``, written as the JSON
/// string it spells. The AWS CLI's JMESPath (jmespath.py) still reads them so (JEP 12 deprecated
/// the form; scripts and AWS's own examples use it, as in ``Aliases[?AliasName==`alias/app`]``)
/// where the jmespath crate refuses them. Its rule: the text between the backticks (`` \` ``
/// standing for a backtick), if not JSON, with its leading white space dropped and quotes put
/// around it, must be. A literal that is not JSON either way is left for the parser to refuse.
fn legacy_literals(expr: &str) -> Cow<'_, str> {
    let b = expr.as_bytes();
    let mut out = String::new();
    let mut copied = 0;
    let mut i = 0;
    while i < b.len() {
        let quote = b[i];
        if !matches!(quote, b'"' | b'\'' | b'`') {
            i += 1;
            continue;
        }
        // The lexer's rule: a backslash takes the next character, the same quote closes.
        let open = i;
        i += 1;
        while i < b.len() && b[i] != quote {
            i += if b[i] == b'\\' { 2 } else { 1 };
        }
        if i >= b.len() {
            break;
        }
        if quote == b'`' {
            let lexeme = expr[open + 1..i].replace("\\`", "`");
            let as_string =
                || serde_json::from_str::<Value>(&format!("\"{}\"", lexeme.trim_start())).ok();
            if let (Err(_), Some(string)) = (serde_json::from_str::<Value>(&lexeme), as_string()) {
                out.push_str(&expr[copied..open]);
                out.push('`');
                out.push_str(&string.to_string().replace('`', "\\`"));
                out.push('`');
                copied = i + 1;
            }
        }
        i += 1;
    }
    if copied == 0 {
        return Cow::Borrowed(expr);
    }
    out.push_str(&expr[copied..]);
    Cow::Owned(out)
}

/// Bounds of one subexpression, as multiples of the size of the value it is applied to: `out`
/// for its result, `work` for everything built while computing it (the result included).
#[derive(Clone, Copy)]
struct Growth {
    out: f64,
    work: f64,
}

impl Growth {
    const UNIT: Self = Self {
        out: 1.0,
        work: 1.0,
    };

    /// `self`'s result fed to `then`: a sub-expression or a pipe, or a projection, whose
    /// right-hand side runs on the elements of the left-hand result (together no larger than
    /// it, so the same bound holds).
    fn then(self, then: Self) -> Self {
        Self {
            out: self.out * then.out,
            work: self.work + then.work * self.out,
        }
    }

    /// Several subexpressions on the same value, their results side by side.
    fn side_by_side<'a>(parts: impl Iterator<Item = &'a Ast>) -> Self {
        parts.map(growth).fold(Self::UNIT, |acc, g| Self {
            out: acc.out + g.out,
            work: acc.work + g.work + g.out,
        })
    }
}

/// The growth bound of `ast` (recursive, on a tree whose depth the operator limit bounds).
fn growth(ast: &Ast) -> Growth {
    match ast {
        Ast::Identity { .. } | Ast::Field { .. } | Ast::Index { .. } | Ast::Slice { .. } => {
            Growth::UNIT
        }
        Ast::Literal { value, .. } => {
            let size = serde_json::to_string(&**value).map_or(1, |s| s.len()) as f64;
            Growth {
                out: size,
                work: size,
            }
        }
        Ast::Subexpr { lhs, rhs, .. } | Ast::Projection { lhs, rhs, .. } => {
            growth(lhs).then(growth(rhs))
        }
        Ast::Flatten { node, .. }
        | Ast::ObjectValues { node, .. }
        | Ast::Expref { ast: node, .. } => {
            let g = growth(node);
            Growth {
                out: g.out,
                work: g.work + g.out,
            }
        }
        Ast::Not { node, .. } => Growth {
            out: 1.0,
            work: growth(node).work + 1.0,
        },
        Ast::Comparison { lhs, rhs, .. } => Growth {
            out: 1.0,
            work: growth(lhs).work + growth(rhs).work + 1.0,
        },
        Ast::And { lhs, rhs, .. } | Ast::Or { lhs, rhs, .. } => {
            let (l, r) = (growth(lhs), growth(rhs));
            Growth {
                out: l.out.max(r.out),
                work: l.work + r.work,
            }
        }
        Ast::Condition {
            predicate, then, ..
        } => {
            let (p, t) = (growth(predicate), growth(then));
            Growth {
                out: t.out,
                work: p.work + t.work,
            }
        }
        Ast::MultiList { elements, .. } => Growth::side_by_side(elements.iter()),
        Ast::MultiHash { elements, .. } => {
            Growth::side_by_side(elements.iter().map(|KeyValuePair { value, .. }| value))
        }
        Ast::Function { name, args, .. } => function(name, args),
    }
}

/// The growth bound of a function call. One argument: the result is at most one larger than
/// it, except `to_string`, whose escaping can double it (so nested calls grow exponentially).
/// Several: at most their product (`join` repeats its separator, `map` its expression), and
/// an expression argument may run on every element of the others.
fn function(name: &str, args: &[Ast]) -> Growth {
    let parts: Vec<Growth> = args.iter().map(growth).collect();
    let out = match (name, parts.as_slice()) {
        ("to_string", [arg]) => 2.0 * arg.out + 2.0,
        (_, [arg]) => arg.out + 1.0,
        _ => parts.iter().map(|g| 1.0 + g.out).product(),
    };
    let work = parts.iter().enumerate().map(|(i, g)| {
        let others: f64 = parts
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, o)| 1.0 + o.out)
            .product();
        g.work * others
    });
    Growth {
        out,
        work: out + work.sum::<f64>(),
    }
}

/// A compiled `--query` expression.
pub struct Query {
    compiled: jmespath::Expression<'static>,
    /// As given, for messages.
    text: String,
}

impl Query {
    /// Compiles `expr`, with the AWS CLI's message when it is not valid JMESPath, and refuses
    /// an expression past either limit.
    pub fn compile(expr: &str) -> Result<Self, Error> {
        let refuse = |why: String| {
            Error::Usage(format!(
                "Bad value for --query {expr}: Invalid jmespath expression: {why}"
            ))
        };
        let n = operators(expr);
        if n > MAX_QUERY_OPERATORS {
            return Err(refuse(format!(
                "it holds {n} operators, and lkms evaluates at most {MAX_QUERY_OPERATORS}."
            )));
        }
        let compiled =
            jmespath::compile(&legacy_literals(expr)).map_err(|e| refuse(e.to_string()))?;
        if growth(compiled.as_ast()).work > MAX_QUERY_GROWTH {
            return Err(refuse(format!(
                "it could build more than {MAX_QUERY_GROWTH} times the response, which lkms \
                 does not evaluate."
            )));
        }
        Ok(Self {
            compiled,
            text: expr.to_string(),
        })
    }

    /// Applies the expression to `value`.
    pub fn apply(&self, value: &Value) -> Result<Value, Error> {
        let fail = |e: &dyn std::fmt::Display| {
            Error::Usage(format!("Bad value for --query {}: {e}", self.text))
        };
        let data = jmespath::Variable::from_serializable(value).map_err(|e| fail(&e))?;
        let result = self.compiled.search(data).map_err(|e| fail(&e))?;
        serde_json::to_value(&*result).map_err(|e| fail(&e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn work(expr: &str) -> f64 {
        growth(jmespath::compile(expr).unwrap().as_ast()).work
    }

    #[test]
    fn literals_that_are_not_json_are_read_as_strings_like_the_aws_cli() {
        let aliases = serde_json::json!({"Aliases": [
            {"AliasName": "alias/app", "TargetKeyId": "k1"},
            {"AliasName": "alias/other app", "TargetKeyId": "k2"},
            {"AliasName": "a`b", "TargetKeyId": "k3"},
        ]});
        let run = |expr: &str| Query::compile(expr).unwrap().apply(&aliases).unwrap();
        // Each answer checked against jmespath.py 1.1.0, the AWS CLI's.
        assert_eq!(
            run("Aliases[?AliasName==`alias/app`].TargetKeyId"),
            serde_json::json!(["k1"])
        );
        assert_eq!(
            run("Aliases[?AliasName==` alias/other app`].TargetKeyId"),
            serde_json::json!(["k2"])
        );
        assert_eq!(
            run(r"Aliases[?AliasName==`a\`b`].TargetKeyId"),
            serde_json::json!(["k3"])
        );
        // JSON literals, backticks inside quotes and raw strings are left as they are.
        assert_eq!(run("`[1, 2]`"), serde_json::json!([1, 2]));
        assert_eq!(run("`\"alias/app\"`"), serde_json::json!("alias/app"));
        assert_eq!(run("'`x`'"), serde_json::json!("`x`"));
        assert_eq!(legacy_literals(r#"a."`b`".c"#), r#"a."`b`".c"#);
        assert_eq!(legacy_literals("`true` || `x y`"), r#"`true` || `"x y"`"#);
        // Not JSON either way: refused as before, the expression as given in the message.
        match Query::compile("a[?b==`x\"y`]") {
            Err(Error::Usage(m)) => assert!(
                m.starts_with("Bad value for --query a[?b==`x\"y`]: Invalid jmespath"),
                "{m}"
            ),
            other => panic!("{:?}", other.err()),
        }
    }

    #[test]
    fn operators_are_counted_outside_quotes() {
        assert_eq!(operators("Keys[0].KeyId"), 3);
        assert_eq!(operators("Keys[?KeyId=='a,b.c[']"), 6);
        assert_eq!(operators(r#""a.b"."c\".d""#), 3);
        assert_eq!(operators("`[[1]]` || 'it\\'s'"), 4);
        assert_eq!(operators("a \t b"), 0);
        // An unclosed quote swallows the rest; the parser then refuses it.
        assert_eq!(operators("'[[[["), 1);
    }

    #[test]
    fn everyday_queries_grow_little() {
        for expr in [
            "Keys[*].KeyId",
            "Keys[?KeyId=='x'].{Id: KeyId, Arn: KeyArn}",
            "sort_by(Keys, &KeyId)[-1].KeyArn",
            "length(Keys[?starts_with(KeyId, 'mrk-')])",
            "join(', ', Keys[].KeyId)",
            "KeyMetadata.[KeyId, Arn, KeyState, KeySpec, KeyUsage, CreationDate, Enabled]",
            "Aliases[?TargetKeyId && contains(AliasName, 'app')] | [0].AliasName",
            "Tags[*].{Key: TagKey, Value: TagValue} | sort_by(@, &Key)",
        ] {
            let w = work(expr);
            assert!(w < 100.0, "{expr}: {w}");
        }
    }

    #[test]
    fn growing_queries_are_refused_before_they_run() {
        // Each `[@,@,@,@][]` makes four copies of what it is given.
        let expr = format!("Keys{}", " | [@,@,@,@][]".repeat(6));
        assert!(work(&expr) > MAX_QUERY_GROWTH);
        match Query::compile(&expr) {
            Err(Error::Usage(m)) => assert_eq!(
                m,
                format!(
                    "Bad value for --query {expr}: Invalid jmespath expression: it could build \
                     more than 1000 times the response, which lkms does not evaluate."
                )
            ),
            other => panic!("{:?}", other.err()),
        }
        // The same by functions, by a multi-select hash and by escaping.
        assert!(work(&format!("Keys{}", "| map(&[@,@], @)[]".repeat(6))) > MAX_QUERY_GROWTH);
        assert!(work(&format!("Keys{}", "[*].{a: @, b: @}.*[]".repeat(6))) > MAX_QUERY_GROWTH);
        let escaped = format!("{}@{}", "to_string(".repeat(10), ")".repeat(10));
        assert!(work(&escaped) > MAX_QUERY_GROWTH);
        // Fewer copies are evaluated.
        let fewer = format!("Keys{}", " | [@,@][]".repeat(3));
        assert!(work(&fewer) < MAX_QUERY_GROWTH);
        let keys = serde_json::json!({"Keys": [1]});
        assert_eq!(
            Query::compile(&fewer).unwrap().apply(&keys).unwrap(),
            serde_json::json!([1, 1, 1, 1, 1, 1, 1, 1])
        );
    }

    #[test]
    fn long_queries_are_refused_before_parsing() {
        let at_limit = "!".repeat(MAX_QUERY_OPERATORS - 1) + "a";
        assert!(Query::compile(&at_limit).is_ok());
        let over = "!".repeat(MAX_QUERY_OPERATORS + 1) + "a";
        match Query::compile(&over) {
            Err(Error::Usage(m)) => assert_eq!(
                m,
                format!(
                    "Bad value for --query {over}: Invalid jmespath expression: it holds 257 \
                     operators, and lkms evaluates at most 256."
                )
            ),
            other => panic!("{:?}", other.err()),
        }
    }

    /// Found by the `query` fuzz target: 173 characters that took 22 s and 2.6 GB (the Rust
    /// jmespath crate reads `[@ @]` as `[@, @]`, and each `[...][]` multiplies).
    #[test]
    fn the_fuzzers_out_of_memory_query_is_refused() {
        let expr = concat!(
            r#"*[@D`{}`DDDHHHHHHHHH@@][][HH@@DDDHHHHHHHHH@@][][HH@@][][@@&@Ke@@@@@@e0"#,
            r#"@@][][@@H@@@@a@&@Keys@C@@@@a@&@Keys@@@@@][][@@&@Ke@@@@@@e0@@][][@@H@@@"#,
            r#"@a@&@Keys@C@@@@a@&@Keys@@@@@@@@@]"#,
        );
        assert!(work(expr) > MAX_QUERY_GROWTH);
        assert!(Query::compile(expr).is_err());
    }
}

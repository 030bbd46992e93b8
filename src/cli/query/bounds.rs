//! The two limits on a `--query` expression, both checked before it runs. The jmespath crate
//! parses, evaluates and drops its syntax tree recursively, so the number of operators bounds
//! how deeply the tree nests. And JMESPath can grow its result: `[@,@][]` doubles it, so a few
//! dozen characters can ask for more memory than the machine has (the fuzz target found this);
//! a bound on that growth, read from the syntax tree, refuses such expressions.

use jmespath::ast::{Ast, KeyValuePair};

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
pub(super) fn operators(expr: &str) -> usize {
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

/// Bounds of one subexpression, as multiples of the size of the value it is applied to: `out`
/// for its result, `work` for everything built while computing it (the result included).
#[derive(Clone, Copy)]
pub(super) struct Growth {
    out: f64,
    pub(super) work: f64,
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
pub(super) fn growth(ast: &Ast) -> Growth {
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

#[cfg(test)]
mod tests {
    use super::super::Query;
    use super::*;
    use crate::error::Error;
    fn work(expr: &str) -> f64 {
        growth(jmespath::compile(expr).unwrap().as_ast()).work
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

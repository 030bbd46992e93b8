//! Where the AWS CLI's JMESPath (jmespath.py) reads or answers otherwise than the jmespath
//! crate, lkms does as the AWS CLI does, since scripts written for `aws` rely on it: string
//! literals in backticks, ordering comparisons of strings, and the order of an object's keys.

use jmespath::ast::{Ast, Comparator, KeyValuePair};
use jmespath::{Context, Rcvar, Runtime, SearchResult, Variable};
use serde_json::Value;
use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::LazyLock;

/// `expr` with each JSON literal that is not JSON, such as `` `alias/app` ``, written as the JSON
/// string it spells. The AWS CLI's JMESPath (jmespath.py) still reads them so (JEP 12 deprecated
/// the form; scripts and AWS's own examples use it, as in ``Aliases[?AliasName==`alias/app`]``)
/// where the jmespath crate refuses them. Its rule: the text between the backticks (`` \` ``
/// standing for a backtick), if not JSON, with its leading white space dropped and quotes put
/// around it, must be. A literal that is not JSON either way is left for the parser to refuse.
pub(super) fn legacy_literals(expr: &str) -> Cow<'_, str> {
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

/// JMESPath's functions, and the ordering comparisons as the AWS CLI's jmespath.py makes them
/// (see [`python_ordering`]) under the operators' own names, which no expression can call.
pub(super) static RUNTIME: LazyLock<Runtime> = LazyLock::new(|| {
    let mut runtime = Runtime::new();
    runtime.register_builtin_functions();
    runtime.register_function("<", Box::new(less));
    runtime.register_function("<=", Box::new(less_or_equal));
    runtime.register_function(">", Box::new(greater));
    runtime.register_function(">=", Box::new(greater_or_equal));
    runtime
});

fn less(args: &[Rcvar], _: &mut Context<'_>) -> SearchResult {
    Ok(ordered(args, Ordering::is_lt))
}

fn less_or_equal(args: &[Rcvar], _: &mut Context<'_>) -> SearchResult {
    Ok(ordered(args, Ordering::is_le))
}

fn greater(args: &[Rcvar], _: &mut Context<'_>) -> SearchResult {
    Ok(ordered(args, Ordering::is_gt))
}

fn greater_or_equal(args: &[Rcvar], _: &mut Context<'_>) -> SearchResult {
    Ok(ordered(args, Ordering::is_ge))
}

/// jmespath.py orders two numbers, and two strings (by code point, which is UTF-8's byte
/// order); anything else is null. (Python itself fails on a string against a number, and the
/// AWS CLI prints that failure; here that is null too, as the JMESPath specification says.)
fn ordered(args: &[Rcvar], test: fn(Ordering) -> bool) -> Rcvar {
    let order = match args {
        [a, b] => match (&**a, &**b) {
            (Variable::Number(a), Variable::Number(b)) => a
                .as_f64()
                .zip(b.as_f64())
                .and_then(|(a, b)| a.partial_cmp(&b)),
            (Variable::String(a), Variable::String(b)) => Some(a.cmp(b)),
            _ => None,
        },
        _ => None,
    };
    Rcvar::new(order.map_or(Variable::Null, |o| Variable::Bool(test(o))))
}

/// Turns each ordering comparison (`<`, `<=`, `>`, `>=`) in `ast` into a call of the function
/// of that name in [`RUNTIME`]. The jmespath crate orders numbers only, as the JMESPath
/// specification says; the AWS CLI's jmespath.py orders strings too, and scripts rely on it:
/// ``Aliases[?CreationDate > `2025-01-01`]``.
pub(super) fn python_ordering(ast: &mut Ast) {
    match ast {
        Ast::Comparison {
            offset,
            comparator,
            lhs,
            rhs,
        } => {
            python_ordering(lhs);
            python_ordering(rhs);
            let name = match comparator {
                Comparator::LessThan => "<",
                Comparator::LessThanEqual => "<=",
                Comparator::GreaterThan => ">",
                Comparator::GreaterThanEqual => ">=",
                Comparator::Equal | Comparator::NotEqual => return,
            };
            let at = *offset;
            let lhs = std::mem::replace(&mut **lhs, Ast::Identity { offset: at });
            let rhs = std::mem::replace(&mut **rhs, Ast::Identity { offset: at });
            *ast = Ast::Function {
                offset: at,
                name: name.to_string(),
                args: vec![lhs, rhs],
            };
        }
        Ast::Subexpr { lhs, rhs, .. }
        | Ast::Projection { lhs, rhs, .. }
        | Ast::And { lhs, rhs, .. }
        | Ast::Or { lhs, rhs, .. } => {
            python_ordering(lhs);
            python_ordering(rhs);
        }
        Ast::Condition {
            predicate, then, ..
        } => {
            python_ordering(predicate);
            python_ordering(then);
        }
        Ast::Flatten { node, .. }
        | Ast::ObjectValues { node, .. }
        | Ast::Not { node, .. }
        | Ast::Expref { ast: node, .. } => python_ordering(node),
        Ast::Function { args: list, .. } | Ast::MultiList { elements: list, .. } => {
            list.iter_mut().for_each(python_ordering)
        }
        Ast::MultiHash { elements, .. } => elements
            .iter_mut()
            .for_each(|pair| python_ordering(&mut pair.value)),
        Ast::Identity { .. }
        | Ast::Field { .. }
        | Ast::Index { .. }
        | Ast::Literal { .. }
        | Ast::Slice { .. } => {}
    }
}

/// The key orders of the objects in a response that are not in sorted order, by their sorted
/// keys. The jmespath crate hands back every object with its keys sorted, where jmespath.py
/// keeps them as they came: KeyMetadata under `--query KeyMetadata` in the model's order.
pub(super) struct KeyOrders<'a>(HashMap<String, Vec<&'a str>>);

impl<'a> KeyOrders<'a> {
    /// The orders of `response`'s objects.
    pub(super) fn of(response: &'a Value) -> Self {
        let mut orders = KeyOrders(HashMap::new());
        orders.collect(response);
        orders
    }

    fn collect(&mut self, value: &'a Value) {
        match value {
            Value::Object(map) => {
                let order: Vec<&str> = map.keys().map(String::as_str).collect();
                if !order.is_sorted() {
                    let mut sorted = order.clone();
                    sorted.sort_unstable();
                    self.0.entry(sorted.join("\0")).or_insert(order);
                }
                map.values().for_each(|v| self.collect(v));
            }
            Value::Array(items) => items.iter().for_each(|v| self.collect(v)),
            _ => {}
        }
    }

    /// The response's order of an object whose keys, sorted, are `keys`.
    fn of_keys(&self, keys: &[&str]) -> Option<&[&'a str]> {
        self.0.get(&keys.join("\0")).map(Vec::as_slice)
    }
}

/// `result`'s objects with their keys in jmespath.py's order: a multi-select hash's in the
/// order the expression names them, any other object in the order the response had it. The
/// syntax tree says which parts of the result a multi-select hash made.
pub(super) fn restore_key_order(ast: &Ast, result: &mut Value, orders: &KeyOrders<'_>) {
    match (ast, result) {
        (Ast::MultiHash { elements, .. }, Value::Object(map)) => {
            let mut made = std::mem::take(map);
            for KeyValuePair { key, value: part } in elements {
                if let Some(mut value) = made.remove(key) {
                    restore_key_order(part, &mut value, orders);
                    map.insert(key.clone(), value);
                }
            }
        }
        (Ast::Projection { rhs, .. }, Value::Array(items)) => items
            .iter_mut()
            .for_each(|item| restore_key_order(rhs, item, orders)),
        (Ast::MultiList { elements, .. }, Value::Array(items)) => elements
            .iter()
            .zip(items.iter_mut())
            .for_each(|(part, item)| restore_key_order(part, item, orders)),
        (Ast::Subexpr { rhs: last, .. } | Ast::Condition { then: last, .. }, value) => {
            restore_key_order(last, value, orders)
        }
        (_, value) => as_in_response(value, orders),
    }
}

/// `value`'s objects, and those within them, in the response's order where it had them.
fn as_in_response(value: &mut Value, orders: &KeyOrders<'_>) {
    match value {
        Value::Object(map) => {
            // The crate's objects come with their keys sorted.
            let order = {
                let keys: Vec<&str> = map.keys().map(String::as_str).collect();
                orders.of_keys(&keys).map(<[&str]>::to_vec)
            };
            if let Some(order) = order {
                let mut sorted = std::mem::take(map);
                for key in order {
                    if let Some((key, v)) = sorted.remove_entry(key) {
                        map.insert(key, v);
                    }
                }
                map.append(&mut sorted);
            }
            map.values_mut().for_each(|v| as_in_response(v, orders));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| as_in_response(v, orders)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::super::Query;
    use super::*;
    use crate::error::Error;
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

    /// Each answer checked against jmespath.py 1.1.0, the AWS CLI's, except where it fails.
    #[test]
    fn strings_are_ordered_like_the_aws_cli() {
        let aliases = serde_json::json!({"Aliases": [
            {"AliasName": "alias/a", "CreationDate": "2024-05-01T00:00:00+00:00", "N": 1},
            {"AliasName": "alias/b", "CreationDate": "2025-02-01T00:00:00+00:00", "N": 3},
            {"AliasName": "alias/c", "N": "2"},
        ]});
        let run = |expr: &str| Query::compile(expr).unwrap().apply(&aliases).unwrap();
        assert_eq!(
            run("Aliases[?CreationDate > `2025-01-01`].AliasName"),
            serde_json::json!(["alias/b"])
        );
        assert_eq!(
            run("Aliases[?AliasName <= 'alias/b'].AliasName"),
            serde_json::json!(["alias/a", "alias/b"])
        );
        assert_eq!(run("`null` < `1`"), Value::Null);
        assert_eq!(run("`true` < `false`"), Value::Null);
        // Inside an expression argument, too.
        assert_eq!(
            run("max_by(Aliases[?CreationDate >= '2024'], &N).AliasName"),
            serde_json::json!("alias/b")
        );
        // A string against a number: jmespath.py fails ("'>=' not supported between instances
        // of 'str' and 'int'"); here it is null, as the JMESPath specification says.
        assert_eq!(
            run("Aliases[?N >= `2`].AliasName"),
            serde_json::json!(["alias/b"])
        );
    }

    #[test]
    fn keys_keep_the_order_of_the_response_and_of_the_expression() {
        let response = serde_json::json!({"KeyMetadata": {
            "KeyId": "k", "Arn": "a", "Enabled": true,
            "Tags": [{"TagKey": "t", "TagValue": "v"}],
        }});
        let run = |expr: &str| {
            let out = Query::compile(expr).unwrap().apply(&response).unwrap();
            serde_json::to_string(&out).unwrap()
        };
        assert_eq!(
            run("KeyMetadata"),
            r#"{"KeyId":"k","Arn":"a","Enabled":true,"Tags":[{"TagKey":"t","TagValue":"v"}]}"#
        );
        assert_eq!(
            run("{Z: KeyMetadata.KeyId, A: KeyMetadata.Arn}"),
            r#"{"Z":"k","A":"a"}"#
        );
        assert_eq!(
            run("[KeyMetadata][*].{Id: KeyId, T: Tags[0]}"),
            r#"[{"Id":"k","T":{"TagKey":"t","TagValue":"v"}}]"#
        );
        assert_eq!(
            run("KeyMetadata | {Only: Tags} | Only[0]"),
            r#"{"TagKey":"t","TagValue":"v"}"#
        );
        assert_eq!(
            run("[KeyMetadata.{B: Enabled, A: KeyId}, KeyMetadata.Tags[0]]"),
            r#"[{"B":true,"A":"k"},{"TagKey":"t","TagValue":"v"}]"#
        );
    }
}

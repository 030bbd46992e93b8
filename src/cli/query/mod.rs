//! `--query`: a JMESPath expression applied to the response before it is printed, read and
//! answered as the AWS CLI's JMESPath does (`aws_cli`), and checked first so that no
//! expression can exhaust the stack or the memory (`bounds`).

mod aws_cli;
mod bounds;

use crate::error::Error;
pub use bounds::{MAX_QUERY_GROWTH, MAX_QUERY_OPERATORS};
use serde_json::Value;

/// A compiled `--query` expression.
pub struct Query {
    compiled: jmespath::Expression<'static>,
    /// Its syntax tree, for the order of the result's keys.
    ast: jmespath::ast::Ast,
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
        let n = bounds::operators(expr);
        if n > MAX_QUERY_OPERATORS {
            return Err(refuse(format!(
                "it holds {n} operators, and lkms evaluates at most {MAX_QUERY_OPERATORS}."
            )));
        }
        let mut ast =
            jmespath::parse(&aws_cli::legacy_literals(expr)).map_err(|e| refuse(e.to_string()))?;
        if bounds::growth(&ast).work > MAX_QUERY_GROWTH {
            return Err(refuse(format!(
                "it could build more than {MAX_QUERY_GROWTH} times the response, which lkms \
                 does not evaluate."
            )));
        }
        aws_cli::python_ordering(&mut ast);
        Ok(Self {
            compiled: jmespath::Expression::new(expr, ast.clone(), &aws_cli::RUNTIME),
            ast,
            text: expr.to_string(),
        })
    }

    /// Applies the expression to `value`; objects keep their keys in the order `value` or the
    /// expression gives them, as in the AWS CLI.
    pub fn apply(&self, value: &Value) -> Result<Value, Error> {
        let fail = |e: &dyn std::fmt::Display| {
            Error::Usage(format!("Bad value for --query {}: {e}", self.text))
        };
        let data = jmespath::Variable::from_serializable(value).map_err(|e| fail(&e))?;
        let result = self.compiled.search(data).map_err(|e| fail(&e))?;
        let mut result = serde_json::to_value(&*result).map_err(|e| fail(&e))?;
        // Only a result holding a structure has key order to restore: `Keys[].KeyId` over a
        // long listing skips the walk of the whole response.
        if holds_object(&result) {
            aws_cli::restore_key_order(&self.ast, &mut result, &aws_cli::KeyOrders::of(value));
        }
        Ok(result)
    }
}

fn holds_object(v: &Value) -> bool {
    match v {
        Value::Object(_) => true,
        Value::Array(items) => items.iter().any(holds_object),
        _ => false,
    }
}

//! Parsed policy documents: a key policy or an IAM identity policy, read once into a typed
//! form that callers share as `Arc<Policy>` and cache by document version.

use super::condition::{Condition, Operator};
use super::pattern::{self, Tok};
use super::principal::Entry;
use super::variables::Template;
use serde_json::{Map, Value};
use std::sync::Arc;

/// Which kind of document a policy is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PolicyKind {
    /// A key policy: every statement names its principals.
    Key,
    /// An IAM identity policy: no principals; the attached identity is the principal.
    Identity,
}

/// `Allow` or `Deny`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// The statement grants.
    Allow,
    /// The statement refuses, overriding every grant.
    Deny,
}

/// A parsed policy document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Policy {
    /// The document's `Id`, if any.
    pub id: Option<String>,
    /// The statements in document order.
    pub statements: Vec<Statement>,
}

/// Who a key-policy statement is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Principals {
    /// `Principal`: the statement applies to these.
    Only(Vec<Entry>),
    /// `NotPrincipal`: the statement applies to everyone else.
    AllBut(Vec<Entry>),
}

/// `Action`/`NotAction` or `Resource`/`NotResource`: a list, possibly inverted. A missing
/// element is an empty, non-inverted list, so the statement never applies (AWS accepts such
/// statements and ignores them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed<T> {
    /// True for the `Not…` form.
    pub inverted: bool,
    /// The patterns.
    pub items: Vec<T>,
}

/// One statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// The `Sid`, if any.
    pub sid: Option<String>,
    /// The statement's place in the document, counting from 1.
    pub position: usize,
    /// `Allow` or `Deny`.
    pub effect: Effect,
    /// Key policies only.
    pub principals: Option<Principals>,
    /// Action patterns, lowercase (actions match case-insensitively).
    pub actions: Listed<Vec<Tok>>,
    /// Resource patterns.
    pub resources: Listed<Template>,
    /// Conditions, all of which must hold.
    pub conditions: Vec<Condition>,
}

/// Why a document could not be read as a policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyError(pub String);

impl std::fmt::Display for PolicyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn err<T>(msg: impl Into<String>) -> Result<T, PolicyError> {
    Err(PolicyError(msg.into()))
}

/// A string or a list of strings (JSON numbers and booleans read as their text).
fn strings(v: &Value, what: &str) -> Result<Vec<String>, PolicyError> {
    let one = |x: &Value| match x {
        Value::String(s) => Ok(s.clone()),
        Value::Bool(b) => Ok(b.to_string()),
        Value::Number(n) => Ok(n.to_string()),
        _ => err(format!("{what} must be a string or a list of strings.")),
    };
    match v {
        Value::Array(items) => items.iter().map(one).collect(),
        other => Ok(vec![one(other)?]),
    }
}

impl Policy {
    /// Parses `document` once; share the result as `Arc<Policy>`.
    pub fn parse(document: &str, kind: PolicyKind) -> Result<Arc<Self>, PolicyError> {
        let doc: Value = serde_json::from_str(document)
            .map_err(|e| PolicyError(format!("The policy is not valid JSON: {e}.")))?;
        let Value::Object(top) = doc else {
            return err("The policy must be a JSON object.");
        };
        // Version 2008-10-17 predates policy variables: `${…}` is plain text there.
        let variables = match top.get("Version").and_then(Value::as_str) {
            Some("2012-10-17") => true,
            Some("2008-10-17") | None => false,
            Some(other) => return err(format!("The policy Version '{other}' is not supported.")),
        };
        let id = top.get("Id").and_then(Value::as_str).map(str::to_string);
        let list = match top.get("Statement") {
            Some(Value::Array(list)) => list.iter().collect(),
            Some(one @ Value::Object(_)) => vec![one],
            _ => return err("The policy must have a Statement."),
        };
        let statements = list
            .into_iter()
            .enumerate()
            .map(|(i, s)| statement(s, i + 1, kind, variables))
            .collect::<Result<_, _>>()?;
        Ok(Arc::new(Self { id, statements }))
    }
}

impl Policy {
    /// Whether deciding on the policy reads the request context at all: a condition, or a
    /// policy variable in a resource. Without either, a request needs no context built.
    pub fn reads_context(&self) -> bool {
        self.statements.iter().any(|s| {
            !s.conditions.is_empty() || s.resources.items.iter().any(|r| r.fixed().is_none())
        })
    }

    /// Whether any statement tests the condition key `key` (any case): some keys cost a read
    /// to fill in, and are only worth it when a policy looks at them.
    pub fn tests_key(&self, key: &str) -> bool {
        self.statements
            .iter()
            .flat_map(|s| &s.conditions)
            .any(|c| c.key.eq_ignore_ascii_case(key))
    }
}

fn statement(
    v: &Value,
    position: usize,
    kind: PolicyKind,
    variables: bool,
) -> Result<Statement, PolicyError> {
    let Value::Object(s) = v else {
        return err(format!("Statement {position} is not an object."));
    };
    let sid = match s.get("Sid") {
        None => None,
        Some(Value::String(sid)) => Some(sid.clone()),
        Some(_) => return err(format!("Statement {position}: Sid must be a string.")),
    };
    let effect = match s.get("Effect").and_then(Value::as_str) {
        Some("Allow") => Effect::Allow,
        Some("Deny") => Effect::Deny,
        _ => {
            return err(format!(
                "Statement {position}: Effect must be Allow or Deny."
            ));
        }
    };
    let principals = principals(s, kind, position)?;
    let actions = listed(s, "Action", "NotAction", |a| {
        Ok(pattern::wild(&a.to_ascii_lowercase()))
    })?;
    let resources = listed(s, "Resource", "NotResource", |r| {
        Ok(Template::parse(r, variables))
    })?;
    if kind == PolicyKind::Identity && (actions.items.is_empty() || resources.items.is_empty()) {
        return err(format!(
            "Statement {position}: an identity policy statement needs Action and Resource."
        ));
    }
    let conditions = match s.get("Condition") {
        None => Vec::new(),
        Some(c) => conditions(c, variables, position)?,
    };
    Ok(Statement {
        sid,
        position,
        effect,
        principals,
        actions,
        resources,
        conditions,
    })
}

fn principals(
    s: &Map<String, Value>,
    kind: PolicyKind,
    position: usize,
) -> Result<Option<Principals>, PolicyError> {
    let (value, inverted) = match (s.get("Principal"), s.get("NotPrincipal")) {
        (Some(_), Some(_)) => {
            return err(format!(
                "Statement {position}: has both Principal and NotPrincipal."
            ));
        }
        (Some(p), None) => (p, false),
        (None, Some(p)) => (p, true),
        (None, None) if kind == PolicyKind::Identity => return Ok(None),
        (None, None) => return err(format!("Statement {position}: has no Principal.")),
    };
    if kind == PolicyKind::Identity {
        return err("Policy document should not specify a principal.");
    }
    let mut entries = Vec::new();
    match value {
        Value::String(s) if s == "*" => entries.push(Entry::Any),
        Value::Object(map) => {
            for (kind, v) in map {
                for p in strings(v, "Principal")? {
                    entries.push(match kind.as_str() {
                        "AWS" => Entry::aws(&p),
                        "Service" => Entry::Service(p),
                        _ => Entry::Other(p),
                    });
                }
            }
        }
        _ => return err(format!("Statement {position}: Principal is not valid.")),
    }
    Ok(Some(if inverted {
        Principals::AllBut(entries)
    } else {
        Principals::Only(entries)
    }))
}

fn listed<T>(
    s: &Map<String, Value>,
    name: &str,
    not_name: &str,
    read: impl Fn(&str) -> Result<T, PolicyError>,
) -> Result<Listed<T>, PolicyError> {
    let (value, inverted) = match (s.get(name), s.get(not_name)) {
        (Some(_), Some(_)) => return err(format!("A statement has both {name} and {not_name}.")),
        (Some(v), None) => (v, false),
        (None, Some(v)) => (v, true),
        (None, None) => return Ok(Listed::default_for()),
    };
    let items = strings(value, name)?
        .iter()
        .map(|x| read(x))
        .collect::<Result<_, _>>()?;
    Ok(Listed { inverted, items })
}

impl<T> Listed<T> {
    fn default_for() -> Self {
        Self {
            inverted: false,
            items: Vec::new(),
        }
    }
}

fn conditions(v: &Value, variables: bool, position: usize) -> Result<Vec<Condition>, PolicyError> {
    let Value::Object(ops) = v else {
        return err(format!(
            "Statement {position}: Condition must be an object."
        ));
    };
    let mut out = Vec::new();
    for (name, body) in ops {
        let op = Operator::parse(name).ok_or_else(|| {
            PolicyError(format!(
                "Statement {position}: unknown condition operator '{name}'."
            ))
        })?;
        let Value::Object(keys) = body else {
            return err(format!(
                "Statement {position}: condition operator '{name}' must map keys to values."
            ));
        };
        for (key, values) in keys {
            let values = strings(values, "A condition value")?
                .iter()
                .map(|x| Template::parse(x, variables && op.takes_variables()))
                .collect();
            out.push(Condition {
                op,
                key: key.to_ascii_lowercase(),
                values,
            });
        }
    }
    Ok(out)
}

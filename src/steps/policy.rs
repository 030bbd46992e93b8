//! Key policy documents: the default policy, and the validation PutKeyPolicy and CreateKey
//! apply before a policy is stored. Policies are stored exactly as given; evaluating them
//! against the caller is separate.

use crate::error::{Error, ErrorCode, kms};
use serde_json::{Map, Value};

/// The policy KMS attaches when CreateKey is given none, formatted as KMS returns it.
pub fn default_policy(account: &str) -> String {
    format!(
        "{{\n  \"Version\" : \"2012-10-17\",\n  \"Id\" : \"key-default-1\",\n  \"Statement\" : [ {{\n    \
         \"Sid\" : \"Enable IAM User Permissions\",\n    \"Effect\" : \"Allow\",\n    \
         \"Principal\" : {{\n      \"AWS\" : \"arn:aws:iam::{account}:root\"\n    }},\n    \
         \"Action\" : \"kms:*\",\n    \"Resource\" : \"*\"\n  }} ]\n}}"
    )
}

pub use crate::access::lockout::INVALID_PRINCIPALS;

fn malformed(message: String) -> Error {
    kms(ErrorCode::MalformedPolicyDocumentException, message)
}

/// A string, or a non-empty list of strings.
fn strings<'a>(v: &'a Value, what: &str, sid: &str) -> Result<Vec<&'a str>, Error> {
    let bad = || {
        malformed(format!(
            "{sid}: {what} must be a string or a non-empty list of strings."
        ))
    };
    match v {
        Value::String(s) => Ok(vec![s.as_str()]),
        Value::Array(items) if !items.is_empty() => {
            items.iter().map(|i| i.as_str().ok_or_else(bad)).collect()
        }
        _ => Err(bad()),
    }
}

fn is_account(s: &str) -> bool {
    s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit())
}

/// An `AWS` principal: `*`, an account ID, or an account root, IAM user or role, or STS
/// assumed-role ARN. IAM groups are not principals.
fn valid_aws_principal(p: &str) -> bool {
    if p == "*" || is_account(p) {
        return true;
    }
    let Some((account, resource)) = p
        .strip_prefix("arn:aws:iam::")
        .or_else(|| p.strip_prefix("arn:aws:sts::"))
        .and_then(|r| r.split_once(':'))
    else {
        return false;
    };
    is_account(account)
        && (resource == "root"
            || ["user/", "role/", "assumed-role/", "federated-user/"]
                .iter()
                .any(|prefix| resource.strip_prefix(prefix).is_some_and(|n| !n.is_empty())))
}

fn valid_service_principal(p: &str) -> bool {
    let host = p
        .strip_suffix(".amazonaws.com")
        .or_else(|| p.strip_suffix(".amazonaws.com.cn"));
    host.is_some_and(|h| {
        !h.is_empty()
            && h.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
    })
}

fn check_principal(v: &Value, sid: &str) -> Result<(), Error> {
    let invalid = || malformed(INVALID_PRINCIPALS.to_string());
    match v {
        Value::String(s) if s == "*" => Ok(()),
        Value::Object(map) if !map.is_empty() => {
            for (kind, value) in map {
                let list = strings(value, "Principal", sid).map_err(|_| invalid())?;
                let ok = match kind.as_str() {
                    "AWS" => list.iter().all(|p| valid_aws_principal(p)),
                    "Service" => list.iter().all(|p| valid_service_principal(p)),
                    "Federated" | "CanonicalUser" => list.iter().all(|p| !p.is_empty()),
                    _ => false,
                };
                if !ok {
                    return Err(invalid());
                }
            }
            Ok(())
        }
        _ => Err(invalid()),
    }
}

fn check_actions(v: &Value, field: &str, sid: &str) -> Result<(), Error> {
    for a in strings(v, field, sid)? {
        let ok = a == "*"
            || a.split_once(':').is_some_and(|(service, action)| {
                !service.is_empty()
                    && service
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-')
                    && !action.is_empty()
                    && action
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'*' || b == b'?')
            });
        if !ok {
            return Err(malformed(format!(
                "{sid}: {field} '{a}' is not of the form service:action."
            )));
        }
    }
    Ok(())
}

fn check_resources(v: &Value, field: &str, sid: &str) -> Result<(), Error> {
    for r in strings(v, field, sid)? {
        if r != "*" && !r.starts_with("arn:") {
            return Err(malformed(format!(
                "{sid}: {field} '{r}' must be \"*\" or an ARN."
            )));
        }
    }
    Ok(())
}

fn check_condition(v: &Value, sid: &str) -> Result<(), Error> {
    let Value::Object(ops) = v else {
        return Err(malformed(format!("{sid}: Condition must be an object.")));
    };
    for (op, body) in ops {
        let base = op
            .strip_prefix("ForAllValues:")
            .or_else(|| op.strip_prefix("ForAnyValue:"))
            .unwrap_or(op);
        // The set prefix is checked for any operator here, as before; the rest is the engine's.
        if crate::access::condition::Operator::parse(base).is_none() {
            return Err(malformed(format!(
                "{sid}: unknown condition operator '{op}'."
            )));
        }
        let Value::Object(keys) = body else {
            return Err(malformed(format!(
                "{sid}: condition operator '{op}' must map condition keys to values."
            )));
        };
        if keys.is_empty() {
            return Err(malformed(format!(
                "{sid}: condition operator '{op}' has no condition keys."
            )));
        }
        for (key, value) in keys {
            let scalar =
                |x: &Value| matches!(x, Value::String(_) | Value::Bool(_) | Value::Number(_));
            let ok = match value {
                Value::Array(items) => !items.is_empty() && items.iter().all(scalar),
                other => scalar(other),
            };
            if key.is_empty() || !ok {
                return Err(malformed(format!(
                    "{sid}: condition key '{key}' under '{op}' needs a value or a non-empty list of values."
                )));
            }
        }
    }
    Ok(())
}

fn exactly_one(stmt: &Map<String, Value>, a: &str, b: &str, sid: &str) -> Result<(), Error> {
    match (stmt.contains_key(a), stmt.contains_key(b)) {
        (true, true) => Err(malformed(format!("{sid}: has both {a} and {b}; use one."))),
        (false, false) => Err(malformed(format!("{sid}: has neither {a} nor {b}."))),
        _ => Ok(()),
    }
}

fn check_statement(stmt: &Value, index: usize) -> Result<(), Error> {
    let Value::Object(stmt) = stmt else {
        return Err(malformed(format!("Statement {index} is not an object.")));
    };
    let sid = match stmt.get("Sid") {
        None => format!("Statement {index}"),
        Some(Value::String(s)) => format!("Statement {index} ({s})"),
        Some(_) => {
            return Err(malformed(format!(
                "Statement {index}: Sid must be a string."
            )));
        }
    };
    const KNOWN: &[&str] = &[
        "Sid",
        "Effect",
        "Principal",
        "NotPrincipal",
        "Action",
        "NotAction",
        "Resource",
        "NotResource",
        "Condition",
    ];
    if let Some(unknown) = stmt.keys().find(|k| !KNOWN.contains(&k.as_str())) {
        return Err(malformed(format!("{sid}: unknown element '{unknown}'.")));
    }
    match stmt.get("Effect").and_then(Value::as_str) {
        Some("Allow" | "Deny") => {}
        _ => {
            return Err(malformed(format!(
                "{sid}: Effect must be \"Allow\" or \"Deny\"."
            )));
        }
    }
    exactly_one(stmt, "Principal", "NotPrincipal", &sid)?;
    for field in ["Principal", "NotPrincipal"] {
        if let Some(p) = stmt.get(field) {
            check_principal(p, &sid)?;
        }
    }
    exactly_one(stmt, "Action", "NotAction", &sid)?;
    for field in ["Action", "NotAction"] {
        if let Some(a) = stmt.get(field) {
            check_actions(a, field, &sid)?;
        }
    }
    exactly_one(stmt, "Resource", "NotResource", &sid)?;
    for field in ["Resource", "NotResource"] {
        if let Some(r) = stmt.get(field) {
            check_resources(r, field, &sid)?;
        }
    }
    if let Some(c) = stmt.get("Condition") {
        check_condition(c, &sid)?;
    }
    Ok(())
}

/// Checks a key policy document; `MalformedPolicyDocumentException` says what is wrong.
pub fn check_document(policy: &str) -> Result<(), Error> {
    let doc: Value = serde_json::from_str(policy)
        .map_err(|e| malformed(format!("The key policy is not valid JSON: {e}.")))?;
    let Value::Object(top) = doc else {
        return Err(malformed("The key policy must be a JSON object.".into()));
    };
    if let Some(unknown) = top
        .keys()
        .find(|k| !["Version", "Id", "Statement"].contains(&k.as_str()))
    {
        return Err(malformed(format!(
            "The key policy has an unknown element '{unknown}'."
        )));
    }
    match top.get("Version").and_then(Value::as_str) {
        Some("2012-10-17" | "2008-10-17") => {}
        Some(other) => {
            return Err(malformed(format!(
                "The key policy Version '{other}' is not supported; use \"2012-10-17\"."
            )));
        }
        None => {
            return Err(malformed(
                "The key policy has no Version; use \"2012-10-17\".".into(),
            ));
        }
    }
    if top.get("Id").is_some_and(|id| !id.is_string()) {
        return Err(malformed("The key policy Id must be a string.".into()));
    }
    let statements = match top.get("Statement") {
        Some(Value::Array(list)) if !list.is_empty() => list.iter().collect::<Vec<_>>(),
        Some(obj @ Value::Object(_)) => vec![obj],
        Some(_) => {
            return Err(malformed(
                "The key policy Statement must be an object or a non-empty list of objects.".into(),
            ));
        }
        None => return Err(malformed("The key policy has no Statement.".into())),
    };
    for (i, s) in statements.into_iter().enumerate() {
        check_statement(s, i + 1)?;
    }
    Ok(())
}

/// The only key policy name.
pub const DEFAULT_NAME: &str = "default";

/// NotFoundException unless `name` is `default`, the only key policy name.
pub fn require_default_name(svc: &super::Service, name: &str, key_id: &str) -> Result<(), Error> {
    if name != DEFAULT_NAME {
        return Err(kms(
            ErrorCode::NotFoundException,
            format!(
                "No such policy exists: {name} (the only key policy name is \"default\") for key {}",
                svc.key_arn(key_id)
            ),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_policy_is_valid_and_accounts_vary() {
        check_document(&default_policy("111122223333")).unwrap();
        assert!(default_policy("444455556666").contains("arn:aws:iam::444455556666:root"));
    }

    #[test]
    fn never_panics_on_odd_documents() {
        for doc in [
            "",
            "null",
            "[]",
            "{}",
            "{\"Version\":1}",
            "{\"Version\":\"2012-10-17\",\"Statement\":[1]}",
            "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":[],\"Action\":\"kms:*\",\"Resource\":\"*\"}}",
            "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\",\"Condition\":{\"Bool\":[]}}}",
        ] {
            assert!(check_document(doc).is_err(), "{doc}");
        }
    }
}

//! Model-driven validation: every request's length, range, pattern and enum constraints, checked
//! generically from the API model's tables (generated at build time from `model/kms.json`), and
//! reported with AWS's ValidationException wording: `1 validation error detected: Value '1025' at
//! 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to
//! 1024`, or `2 validation errors detected: …; …` for several.
//!
//! No operation re-types a limit the model states. Where AWS enforces a tighter limit than the
//! model publishes, [`TIGHTER`] says so, once; where AWS lists an enum's values in another order
//! than the model's, [`AWS_ENUM_ORDER`] says so, once.

use crate::error::{Error, ErrorCode, kms};
use crate::spec::{self, Kind, Shape};
use serde_json::Value;

/// Limits AWS enforces that are tighter than the published model's: (shape, min, max).
const TIGHTER: &[(&str, i64, i64)] = &[
    // Key policies: at most 32 KiB, although the model allows 128 KiB.
    ("PolicyType", 1, 32768),
    // Deletion waiting periods: 7 to 30 days, although the model allows 1 to 365.
    ("PendingWindowInDaysType", 7, 30),
];

/// Patterns lkms does not enforce: AWS's own documentation and AWS CLI examples use the cluster
/// ID `cluster-1a23b4cdefg`, whose `1` the model's pattern (`cluster-[2-7a-zA-Z]{11,16}`) refuses;
/// lkms takes the examples as written (lengths are still checked).
const UNENFORCED_PATTERNS: &[&str] = &["CloudHsmClusterIdType"];

/// Enum value sets in the order AWS lists them in its ValidationException texts, where that order
/// was recorded against AWS (2023–2025); every other enum is listed in the model's order. Each
/// entry holds exactly the model's values (a test checks), so the model still decides the set.
const AWS_ENUM_ORDER: &[(&str, &[&str])] = &[
    (
        "MacAlgorithmSpec",
        &[
            "HMAC_SHA_384",
            "HMAC_SHA_256",
            "HMAC_SHA_224",
            "HMAC_SHA_512",
        ],
    ),
    ("KeyAgreementAlgorithmSpec", &["ECDH"]),
];

/// The values of enum shape `name` in the order AWS lists them.
fn enum_order<'a>(name: &str, model: &'a [&'a str]) -> &'a [&'a str] {
    AWS_ENUM_ORDER
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(model, |(_, order)| order)
}

/// Checks a wire-form request of API operation `op` against its input shape's constraints, in
/// the model's member order. Operations the model does not define (lkms's own) pass.
pub fn request(op: &str, request: &Value) -> Result<(), Error> {
    let input = spec::operation(op)
        .and_then(|o| o.input)
        .and_then(spec::shape);
    let mut v = Validator::new();
    if let (Some(shape), Value::Object(_)) = (input, request) {
        v.structure(shape, request, "");
    }
    v.finish()
}

/// The member's name as AWS prints it in a path: `KeyId` → `keyId`.
fn lower_camel(member: &str) -> String {
    let mut chars = member.chars();
    chars
        .next()
        .map(|c| c.to_ascii_lowercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// The length of a base64 blob once decoded.
fn decoded_len(text: &str) -> usize {
    let bytes = text.as_bytes();
    let padding = bytes.iter().rev().take_while(|b| **b == b'=').count();
    (bytes.len() / 4 * 3).saturating_sub(padding.min(2))
}

/// True when `value` matches the whole of a model `pattern` (Java's `String.matches`).
fn matches_pattern(pattern: &str, value: &str) -> bool {
    regex_lite::Regex::new(&format!("^(?:{pattern})$")).is_ok_and(|re| re.is_match(value))
}

/// The (min, max) that apply to a shape: the model's, or AWS's tighter one.
fn bounds(name: &str, shape: &Shape) -> (Option<i64>, Option<i64>) {
    TIGHTER
        .iter()
        .find(|(n, _, _)| *n == name)
        .map_or((shape.min, shape.max), |(_, min, max)| {
            (Some(*min), Some(*max))
        })
}

/// Collects constraint violations for one request.
#[derive(Debug, Default)]
pub struct Validator {
    problems: Vec<String>,
}

fn shown(value: Option<&str>) -> String {
    // Sensitive members (plaintext) are reported without their value, as AWS does.
    value.map_or_else(|| "Value".to_string(), |v| format!("Value '{v}'"))
}

impl Validator {
    /// A validator with no problems yet.
    pub fn new() -> Self {
        Self::default()
    }

    fn push(&mut self, value: Option<&str>, member: &str, constraint: String) {
        self.problems.push(format!(
            "{} at '{member}' failed to satisfy constraint: Member must {constraint}",
            shown(value)
        ));
    }

    /// A length (in characters) within `min..=max`; `value` is `None` for sensitive members.
    pub fn length(
        &mut self,
        member: &str,
        value: Option<&str>,
        len: usize,
        min: usize,
        max: usize,
    ) {
        if len < min {
            self.push(
                value,
                member,
                format!("have length greater than or equal to {min}"),
            );
        } else if len > max {
            self.push(
                value,
                member,
                format!("have length less than or equal to {max}"),
            );
        }
    }

    /// A string's length in characters.
    pub fn str_len(&mut self, member: &str, value: &str, min: usize, max: usize) {
        self.length(member, Some(value), value.chars().count(), min, max);
    }

    /// An integer within `min..=max`.
    pub fn range(&mut self, member: &str, value: i64, min: i64, max: i64) {
        let v = value.to_string();
        if value < min {
            self.push(
                Some(&v),
                member,
                format!("have value greater than or equal to {min}"),
            );
        } else if value > max {
            self.push(
                Some(&v),
                member,
                format!("have value less than or equal to {max}"),
            );
        }
    }

    /// An enumeration value.
    pub fn one_of(&mut self, member: &str, value: &str, allowed: &[&str]) {
        if !allowed.contains(&value) {
            self.push(
                Some(value),
                member,
                format!("satisfy enum value set: [{}]", allowed.join(", ")),
            );
        }
    }

    /// A pattern check already decided by the caller.
    pub fn pattern(&mut self, member: &str, value: &str, ok: bool, pattern: &str) {
        if !ok {
            self.push(
                Some(value),
                member,
                format!("satisfy regular expression pattern: {pattern}"),
            );
        }
    }

    fn structure(&mut self, shape: &Shape, value: &Value, prefix: &str) {
        let Value::Object(members) = value else {
            return;
        };
        for (member, shape_name) in shape.members {
            if let Some(v) = members.get(*member).filter(|v| !v.is_null()) {
                let path = format!("{prefix}{}", lower_camel(member));
                self.value(shape_name, v, &path);
            }
        }
    }

    fn value(&mut self, name: &str, value: &Value, path: &str) {
        let Some(shape) = spec::shape(name) else {
            return;
        };
        let (min, max) = bounds(name, shape);
        let to_usize = |n: Option<i64>, default| n.map_or(default, |n| n.max(0) as usize);
        let (lo, hi) = (to_usize(min, 0), to_usize(max, usize::MAX));
        match (shape.kind, value) {
            (Kind::String, Value::String(s)) => {
                let shown = (!shape.sensitive).then_some(s.as_str());
                self.length(path, shown, s.chars().count(), lo, hi);
                if !shape.enum_values.is_empty() {
                    self.one_of(path, s, enum_order(name, shape.enum_values));
                }
                if let Some(p) = shape.pattern
                    && !shape.sensitive
                    && !UNENFORCED_PATTERNS.contains(&name)
                {
                    self.pattern(path, s, matches_pattern(p, s), p);
                }
            }
            (Kind::Blob, Value::String(s)) => self.length(path, None, decoded_len(s), lo, hi),
            (Kind::Integer, Value::Number(n)) => {
                if let Some(n) = n.as_i64() {
                    self.range(path, n, min.unwrap_or(i64::MIN), max.unwrap_or(i64::MAX));
                }
            }
            (Kind::List, Value::Array(items)) => {
                self.length(path, None, items.len(), lo, hi);
                for (i, item) in items.iter().enumerate() {
                    let p = format!("{path}.{}.member", i + 1);
                    self.value(shape.member.unwrap_or_default(), item, &p);
                }
            }
            (Kind::Structure, Value::Object(_)) => {
                self.structure(shape, value, &format!("{path}."));
            }
            _ => {}
        }
    }

    /// `Ok` when nothing was wrong, else the ValidationException.
    pub fn finish(self) -> Result<(), Error> {
        match self.problems.len() {
            0 => Ok(()),
            n => Err(kms(
                ErrorCode::ValidationException,
                format!(
                    "{n} validation error{} detected: {}",
                    if n == 1 { "" } else { "s" },
                    self.problems.join("; ")
                ),
            )),
        }
    }
}

/// A ValidationException with a free-form message.
pub fn invalid(message: impl Into<String>) -> Error {
    kms(ErrorCode::ValidationException, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each re-ordered enum holds exactly the model's values, so only the order differs.
    #[test]
    fn aws_orders_are_permutations_of_the_model() {
        for (name, order) in AWS_ENUM_ORDER {
            let shape = spec::shape(name).unwrap_or_else(|| panic!("{name} is not in the model"));
            let mut model: Vec<&str> = shape.enum_values.to_vec();
            let mut ours: Vec<&str> = order.to_vec();
            model.sort_unstable();
            ours.sort_unstable();
            assert_eq!(ours, model, "{name}");
        }
    }

    /// AWS's recorded text for an unknown MacAlgorithm, word for word.
    #[test]
    fn mac_algorithm_in_aws_order() {
        let e = request(
            "GenerateMac",
            &serde_json::json!({"KeyId": "k", "Message": "AA==", "MacAlgorithm": "INVALID"}),
        )
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            "ValidationException: 1 validation error detected: Value 'INVALID' at \
             'macAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: \
             [HMAC_SHA_384, HMAC_SHA_256, HMAC_SHA_224, HMAC_SHA_512]"
        );
    }
}

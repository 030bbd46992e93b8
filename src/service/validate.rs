//! Model constraints, reported with AWS's ValidationException wording:
//! `1 validation error detected: Value '1025' at 'numberOfBytes' failed to satisfy constraint:
//! Member must have value less than or equal to 1024`.

use crate::error::{Error, ErrorCode, kms};

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

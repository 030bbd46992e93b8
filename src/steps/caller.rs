//! Who is calling: the principal that policies will be evaluated against.

use crate::error::Error;

/// The calling principal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    /// The principal's ARN, e.g. `arn:aws:iam::111122223333:root`.
    pub principal: String,
    /// The account the principal belongs to.
    pub account: String,
}

impl Caller {
    /// The root principal of `account`.
    pub fn root(account: &str) -> Self {
        Self {
            principal: format!("arn:aws:iam::{account}:root"),
            account: account.to_string(),
        }
    }

    /// Parses a principal ARN: an account root, IAM user or role, or assumed-role session.
    pub fn parse(arn: &str) -> Result<Self, Error> {
        let bad = || {
            Error::Config(format!(
                "LKMS_PRINCIPAL must be an IAM principal ARN such as \
                 arn:aws:iam::111122223333:root or arn:aws:iam::111122223333:role/Name, not '{arn}'"
            ))
        };
        let (account, resource) = arn
            .strip_prefix("arn:aws:iam::")
            .or_else(|| arn.strip_prefix("arn:aws:sts::"))
            .and_then(|rest| rest.split_once(':'))
            .ok_or_else(bad)?;
        let valid_account = account.len() == 12 && account.bytes().all(|b| b.is_ascii_digit());
        let valid_resource = resource == "root"
            || ["user/", "role/", "assumed-role/"]
                .iter()
                .any(|p| resource.strip_prefix(p).is_some_and(|n| !n.is_empty()));
        if !valid_account || !valid_resource {
            return Err(bad());
        }
        Ok(Self {
            principal: arn.to_string(),
            account: account.to_string(),
        })
    }
}

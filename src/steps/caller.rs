//! Who is calling: the principal that policies are evaluated against, and where the call came
//! from (`aws:SourceIp`).

use crate::access::Principal;
use crate::error::Error;
use std::net::{IpAddr, Ipv4Addr};

/// The calling principal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    /// The principal's ARN, e.g. `arn:aws:iam::111122223333:root`.
    pub principal: String,
    /// The account the principal belongs to.
    pub account: String,
    parsed: Principal,
    source_ip: IpAddr,
}

impl Caller {
    /// The root principal of `account`.
    pub fn root(account: &str) -> Self {
        Self::of(Principal::root(account))
    }

    /// A caller acting as `principal`, calling from the local machine.
    pub fn of(principal: Principal) -> Self {
        Self {
            principal: principal.arn().to_string(),
            account: principal.account().to_string(),
            parsed: principal,
            source_ip: IpAddr::V4(Ipv4Addr::LOCALHOST),
        }
    }

    /// Parses a principal ARN: an account root, IAM user or role, assumed-role session or
    /// federated user.
    pub fn parse(arn: &str) -> Result<Self, Error> {
        Principal::parse(arn).map(Self::of).ok_or_else(|| {
            Error::Config(format!(
                "LKMS_PRINCIPAL must be an IAM principal ARN such as \
                 arn:aws:iam::111122223333:root or arn:aws:iam::111122223333:role/Name, not '{arn}'"
            ))
        })
    }

    /// The same caller, calling from `ip` (the server sees the client's address).
    pub fn from_address(mut self, ip: IpAddr) -> Self {
        self.source_ip = ip;
        self
    }

    /// The principal, parsed.
    pub fn principal(&self) -> &Principal {
        &self.parsed
    }

    /// Where the call came from: the client's address for the server, 127.0.0.1 for the CLI.
    pub fn source_ip(&self) -> IpAddr {
        self.source_ip
    }

    /// Whether the caller is the root user of `account`.
    pub fn is_root_of(&self, account: &str) -> bool {
        self.parsed.is_root() && self.account == account
    }
}

//! Who is calling, and how a policy's `Principal` entries name callers.

use sha2::{Digest, Sha256};

/// The kind of a calling principal (the `aws:PrincipalType` of the request).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrincipalKind {
    /// An account's root user, `arn:aws:iam::ACCOUNT:root`.
    Root,
    /// An IAM user, `arn:aws:iam::ACCOUNT:user/[PATH/]NAME`.
    User,
    /// An IAM role used directly, `arn:aws:iam::ACCOUNT:role/[PATH/]NAME`.
    Role,
    /// An assumed-role session, `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`.
    AssumedRole,
    /// A federated user, `arn:aws:sts::ACCOUNT:federated-user/NAME`.
    FederatedUser,
    /// An AWS service principal such as `ses.amazonaws.com`.
    Service,
}

/// A calling principal, parsed once per request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    arn: String,
    partition: String,
    account: String,
    kind: PrincipalKind,
    /// User name, role name (for a session: the role's), federated user name or service.
    name: String,
}

/// The last segment of an IAM path (`division/alice` → `alice`), if not empty.
fn last(path: &str) -> Option<&str> {
    path.rsplit('/').next().filter(|n| !n.is_empty())
}

fn is_account(s: &str) -> bool {
    s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit())
}

impl Principal {
    /// Parses an IAM or STS principal ARN; `None` when it is not one lkms can call as.
    pub fn parse(arn: &str) -> Option<Self> {
        let mut parts = arn.splitn(6, ':');
        let (Some("arn"), Some(partition), Some(service), Some(""), Some(account), Some(res)) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            return None;
        };
        if partition.is_empty() || !is_account(account) || res.contains(['*', '?']) {
            return None;
        }
        let (kind, name) = match (service, res.split_once('/')) {
            ("iam", None) if res == "root" => (PrincipalKind::Root, String::new()),
            ("iam", Some(("user", path))) => (PrincipalKind::User, last(path)?.to_string()),
            ("iam", Some(("role", path))) => (PrincipalKind::Role, last(path)?.to_string()),
            ("sts", Some(("assumed-role", rest))) => {
                let (role, session) = rest.split_once('/')?;
                if role.is_empty() || session.is_empty() || session.contains('/') {
                    return None;
                }
                (PrincipalKind::AssumedRole, role.to_string())
            }
            ("sts", Some(("federated-user", n))) if !n.is_empty() && !n.contains('/') => {
                (PrincipalKind::FederatedUser, n.to_string())
            }
            _ => return None,
        };
        Some(Self {
            arn: arn.to_string(),
            partition: partition.to_string(),
            account: account.to_string(),
            kind,
            name,
        })
    }

    /// The root user of `account` (which must be a 12-digit account ID to be meaningful).
    pub fn root(account: &str) -> Self {
        Self {
            arn: format!("arn:aws:iam::{account}:root"),
            partition: "aws".into(),
            account: account.into(),
            kind: PrincipalKind::Root,
            name: String::new(),
        }
    }

    /// An AWS service principal, e.g. `ses.amazonaws.com`.
    pub fn service(name: &str) -> Self {
        Self {
            arn: name.into(),
            partition: "aws".into(),
            account: String::new(),
            kind: PrincipalKind::Service,
            name: name.into(),
        }
    }

    /// The principal's ARN as it calls (a session ARN for a session; the name for a service).
    pub fn arn(&self) -> &str {
        &self.arn
    }

    /// The 12-digit account the principal belongs to (empty for a service).
    pub fn account(&self) -> &str {
        &self.account
    }

    /// The kind of principal.
    pub fn kind(&self) -> PrincipalKind {
        self.kind
    }

    /// Whether this is an account's root user.
    pub fn is_root(&self) -> bool {
        self.kind == PrincipalKind::Root
    }

    /// The ARN of the principal's account root.
    pub fn root_arn(&self) -> String {
        format!("arn:{}:iam::{}:root", self.partition, self.account)
    }

    /// For a session (or a role called directly): the role's name.
    pub fn role_name(&self) -> Option<&str> {
        matches!(self.kind, PrincipalKind::Role | PrincipalKind::AssumedRole).then_some(&*self.name)
    }

    /// `aws:PrincipalArn`: the caller's ARN, except that a session reports its role's ARN.
    pub fn principal_arn(&self) -> String {
        match self.kind {
            PrincipalKind::AssumedRole => {
                format!(
                    "arn:{}:iam::{}:role/{}",
                    self.partition, self.account, self.name
                )
            }
            _ => self.arn.clone(),
        }
    }

    /// `aws:PrincipalType`.
    pub fn principal_type(&self) -> &'static str {
        match self.kind {
            PrincipalKind::Root => "Account",
            PrincipalKind::User => "User",
            PrincipalKind::Role | PrincipalKind::AssumedRole => "AssumedRole",
            PrincipalKind::FederatedUser => "FederatedUser",
            PrincipalKind::Service => "Service",
        }
    }

    /// `aws:username`: present for IAM users only.
    pub fn username(&self) -> Option<&str> {
        (self.kind == PrincipalKind::User).then_some(&*self.name)
    }

    /// `aws:userid`. AWS uses unique IDs lkms does not have, so IAM users and roles get a
    /// stable stand-in of the same shape (`AIDA…`, `AROA…`, 21 characters) derived from the ARN.
    pub fn user_id(&self) -> String {
        let unique = |prefix: &str, arn: &str| {
            const B32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
            let digest = Sha256::digest(arn.as_bytes());
            let tail: String = digest
                .iter()
                .take(17)
                .map(|b| B32[(b & 31) as usize] as char)
                .collect();
            format!("{prefix}{tail}")
        };
        match self.kind {
            PrincipalKind::Root => self.account.clone(),
            PrincipalKind::User => unique("AIDA", &self.arn),
            PrincipalKind::Role => unique("AROA", &self.arn),
            PrincipalKind::AssumedRole => {
                let session = self.arn.rsplit('/').next().unwrap_or_default();
                format!("{}:{session}", unique("AROA", &self.principal_arn()))
            }
            PrincipalKind::FederatedUser => format!("{}:{}", self.account, self.name),
            PrincipalKind::Service => self.name.clone(),
        }
    }

    /// Whether `role_arn` is the role of this session (any path), without allocating: this
    /// runs for every statement and grant on every call.
    pub fn is_session_of(&self, role_arn: &str) -> bool {
        if self.kind != PrincipalKind::AssumedRole {
            return false;
        }
        let mut parts = role_arn.splitn(6, ':');
        let (Some("arn"), Some(partition), Some("iam"), Some(""), Some(account), Some(res)) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            return false;
        };
        partition == self.partition
            && account == self.account
            && res.starts_with("role/")
            && last(res) == Some(self.name.as_str())
    }

    /// How a principal written as text (a grant's grantee or retiring principal: an ARN, an
    /// account ID or a service name) reaches this caller, without allocating.
    pub fn reached_by(&self, text: &str) -> Option<Via> {
        if text == self.arn {
            return Some(Via::Direct);
        }
        if self.kind == PrincipalKind::Service {
            return None;
        }
        let account = if is_account(text) {
            Some(text)
        } else {
            text.strip_suffix(":root")
                .and_then(|t| t.strip_prefix("arn:"))
                .and_then(|t| t.split_once(":iam::"))
                .map(|(_, acct)| acct)
                .filter(|a| is_account(a))
        };
        match account {
            Some(a) if a == self.account && self.is_root() => Some(Via::Direct),
            Some(a) if a == self.account => Some(Via::Account),
            Some(_) => None,
            None => self.is_session_of(text).then_some(Via::Direct),
        }
    }

    /// The identities the caller acts as, for `NotPrincipal`: its own ARN, its role's ARN
    /// for a session, and its account.
    fn identities(&self) -> Vec<Entry> {
        let mut ids = Vec::with_capacity(3);
        match self.kind {
            PrincipalKind::Root => {}
            PrincipalKind::Service => return vec![Entry::Service(self.name.clone())],
            PrincipalKind::AssumedRole => {
                ids.push(Entry::Arn(self.arn.clone()));
                ids.push(Entry::Arn(self.principal_arn()));
            }
            _ => ids.push(Entry::Arn(self.arn.clone())),
        }
        ids.push(Entry::Account(self.account.clone()));
        ids
    }
}

/// How a principal named somewhere reaches a caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// It names the caller (or, for a session, the session's role).
    Direct,
    /// It names the caller's account, whose IAM policies then decide.
    Account,
}

/// One principal named in a policy's `Principal` or `NotPrincipal`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// `"*"` or `{"AWS": "*"}`: everyone.
    Any,
    /// An account, written as its ID or its root ARN.
    Account(String),
    /// An IAM user, role, session or federated user ARN.
    Arn(String),
    /// A service principal.
    Service(String),
    /// A `Federated` or `CanonicalUser` principal: lkms callers are never one.
    Other(String),
    /// An `AWS` value that names no principal (a group, a wildcard inside an ARN): it
    /// matches nothing, and a new key policy holding one is refused.
    Invalid(String),
}

impl Entry {
    /// Reads an `AWS` principal value.
    pub fn aws(value: &str) -> Self {
        if value == "*" {
            return Self::Any;
        }
        if is_account(value) {
            return Self::Account(value.to_string());
        }
        match Principal::parse(value) {
            Some(p) if p.kind == PrincipalKind::Root => Self::Account(p.account),
            Some(_) => Self::Arn(value.to_string()),
            None => Self::Invalid(value.to_string()),
        }
    }

    /// Whether this entry names `caller` itself. An account names only its root user here;
    /// the account's other principals reach a statement through [`Entry::names_account_of`].
    /// A role names every session of that role.
    pub fn names(&self, caller: &Principal) -> bool {
        match self {
            Self::Any => true,
            Self::Account(a) => caller.is_root() && *a == caller.account,
            Self::Arn(arn) => *arn == caller.arn || caller.is_session_of(arn),
            Self::Service(s) => caller.kind == PrincipalKind::Service && *s == caller.name,
            Self::Other(_) | Self::Invalid(_) => false,
        }
    }

    /// Whether this entry is the caller's account (so its IAM policies decide).
    pub fn names_account_of(&self, caller: &Principal) -> bool {
        matches!(self, Self::Account(a) if *a == caller.account && !caller.account.is_empty())
    }
}

/// Whether a `NotPrincipal` list leaves `caller` out: only when every identity the caller
/// acts as is listed, which is why AWS advises listing the account along with its users.
pub fn excluded_by(not_principal: &[Entry], caller: &Principal) -> bool {
    caller.identities().iter().all(|id| {
        not_principal.iter().any(|e| match (e, id) {
            (Entry::Any, _) => true,
            (Entry::Arn(a), Entry::Arn(b)) => a == b,
            (Entry::Account(a), Entry::Account(b)) => a == b,
            (Entry::Service(a), Entry::Service(b)) => a == b,
            _ => false,
        })
    })
}

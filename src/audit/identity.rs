//! The `userIdentity` block of an event, built from the caller's principal ARN.
//!
//! AWS fills `principalId` with IAM's unique IDs (`AIDA…` for users, `AROA…` for roles). lkms
//! has no IAM, so it derives a stable stand-in from the ARN: the same principal always gets the
//! same ID, and the ID has IAM's shape.

use crate::model::json::Object;
use serde_json::Value;
use sha2::{Digest, Sha256};

/// Who made a call, as the record step knows it.
#[derive(Debug, Clone, Copy)]
pub struct Caller<'a> {
    /// The principal's ARN: `arn:aws:iam::<acct>:root`, `…:user/<name>`, `…:role/<name>` or
    /// `arn:aws:sts::<acct>:assumed-role/<role>/<session>`.
    pub arn: &'a str,
    /// The access key ID that signed the request (`lkms serve`), when there was one.
    pub access_key_id: Option<&'a str>,
}

/// The kinds of principal CloudTrail names in `userIdentity.type`.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Principal {
    Root,
    User { name: String },
    Role { name: String },
    Session { role: String, session: String },
    Unknown,
}

fn split_arn(arn: &str) -> (String, Principal) {
    let Some((account, resource)) = arn
        .strip_prefix("arn:aws:iam::")
        .or_else(|| arn.strip_prefix("arn:aws:sts::"))
        .and_then(|rest| rest.split_once(':'))
    else {
        return (String::new(), Principal::Unknown);
    };
    let last = |path: &str| path.rsplit('/').next().unwrap_or_default().to_string();
    let principal = if resource == "root" {
        Principal::Root
    } else if let Some(path) = resource.strip_prefix("user/") {
        Principal::User { name: last(path) }
    } else if let Some(path) = resource.strip_prefix("role/") {
        Principal::Role { name: last(path) }
    } else if let Some(rest) = resource.strip_prefix("assumed-role/") {
        match rest.split_once('/') {
            Some((role, session)) => Principal::Session {
                role: role.to_string(),
                session: session.to_string(),
            },
            None => Principal::Unknown,
        }
    } else {
        Principal::Unknown
    };
    (account.to_string(), principal)
}

/// An IAM-shaped unique ID (`prefix` + 17 characters of base32) derived from `arn`.
fn unique_id(prefix: &str, arn: &str) -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let digest = Sha256::digest(arn.as_bytes());
    let mut id = String::from(prefix);
    id.extend(
        digest
            .iter()
            .take(17)
            .map(|b| ALPHABET[(b & 31) as usize] as char),
    );
    id
}

impl Caller<'_> {
    /// The caller's account ID (empty if the ARN names none).
    pub fn account_id(&self) -> String {
        split_arn(self.arn).0
    }

    /// The `userIdentity` object, members in the order CloudTrail writes them.
    pub fn user_identity(&self) -> Value {
        let mut out = Vec::new();
        let mut m = Object::new(&mut out);
        self.write_identity(&mut m);
        m.close();
        serde_json::from_slice(&out).unwrap_or(Value::Null)
    }

    /// Writes the members of [`Self::user_identity`] (every event has them).
    pub fn write_identity(&self, m: &mut Object) {
        let (account, principal) = split_arn(self.arn);
        let (kind, principal_id) = match &principal {
            Principal::Root => ("Root", account.clone()),
            Principal::User { .. } => ("IAMUser", unique_id("AIDA", self.arn)),
            Principal::Role { .. } => ("AssumedRole", unique_id("AROA", self.arn)),
            Principal::Session { role, session } => {
                let role_arn = format!("arn:aws:iam::{account}:role/{role}");
                let id = unique_id("AROA", &role_arn);
                ("AssumedRole", format!("{id}:{session}"))
            }
            Principal::Unknown => ("Unknown", self.arn.to_string()),
        };
        m.str("type", kind);
        m.str("principalId", &principal_id);
        m.str("arn", self.arn);
        m.str("accountId", &account);
        if let Some(key) = self.access_key_id {
            m.str("accessKeyId", key);
        }
        match &principal {
            Principal::User { name } => m.str("userName", name),
            Principal::Role { name } => {
                m.object("sessionContext", |c| issuer(c, self.arn, &account, name));
            }
            Principal::Session { role, .. } => {
                let role_arn = format!("arn:aws:iam::{account}:role/{role}");
                m.object("sessionContext", |c| issuer(c, &role_arn, &account, role));
            }
            Principal::Root | Principal::Unknown => {}
        }
    }

    /// The user name CloudTrail's LookupEvents reports and filters on: `root`, the IAM user's
    /// name, or the role session's name (the role's name when the ARN is the role itself).
    pub fn lookup_username(&self) -> Option<String> {
        match split_arn(self.arn).1 {
            Principal::Root => Some("root".into()),
            Principal::User { name } | Principal::Role { name } => Some(name),
            Principal::Session { session, .. } => Some(session),
            Principal::Unknown => None,
        }
    }
}

/// The members of a role session's `sessionContext`.
fn issuer(c: &mut Object, role_arn: &str, account: &str, role: &str) {
    c.object("sessionIssuer", |i| {
        i.str("type", "Role");
        i.str("principalId", &unique_id("AROA", role_arn));
        i.str("arn", role_arn);
        i.str("accountId", account);
        i.str("userName", role);
    });
}

/// Writes the `userIdentity` members of a service event: the account, and `invokedBy` AWS
/// itself.
pub fn write_service_identity(m: &mut Object, account: &str) {
    m.str("accountId", account);
    m.str("invokedBy", "AWS Internal");
}

/// The LookupEvents user name of a recorded event, read back from its `userIdentity`.
pub fn username_of(event: &Value) -> Option<String> {
    let arn = event["userIdentity"]["arn"].as_str()?;
    Caller {
        arn,
        access_key_id: None,
    }
    .lookup_username()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identity(arn: &str, key: Option<&str>) -> Value {
        Caller {
            arn,
            access_key_id: key,
        }
        .user_identity()
    }

    #[test]
    fn root_user_and_sessions() {
        let root = identity("arn:aws:iam::111122223333:root", Some("AKIAEXAMPLE"));
        assert_eq!(root["type"], "Root");
        assert_eq!(root["principalId"], "111122223333");
        assert_eq!(root["accountId"], "111122223333");
        assert_eq!(root["accessKeyId"], "AKIAEXAMPLE");
        assert!(root.get("userName").is_none());

        let alice = identity("arn:aws:iam::111122223333:user/dev/Alice", None);
        assert_eq!(alice["type"], "IAMUser");
        assert_eq!(alice["userName"], "Alice");
        let id = alice["principalId"].as_str().unwrap();
        assert!(id.starts_with("AIDA") && id.len() == 21, "{id}");
        assert!(alice.get("accessKeyId").is_none());
        // Stable: the same principal always gets the same ID.
        assert_eq!(
            identity("arn:aws:iam::111122223333:user/dev/Alice", None)["principalId"],
            alice["principalId"]
        );
        let keys: Vec<&String> = alice.as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            ["type", "principalId", "arn", "accountId", "userName"]
        );

        let s = identity("arn:aws:sts::111122223333:assumed-role/Admin/ci-job", None);
        assert_eq!(s["type"], "AssumedRole");
        let issuer = &s["sessionContext"]["sessionIssuer"];
        assert_eq!(issuer["arn"], "arn:aws:iam::111122223333:role/Admin");
        assert_eq!(issuer["userName"], "Admin");
        let role_id = issuer["principalId"].as_str().unwrap();
        assert!(role_id.starts_with("AROA"));
        assert_eq!(s["principalId"], format!("{role_id}:ci-job"));
        assert_eq!(
            username_of(&serde_json::json!({"userIdentity": s})),
            Some("ci-job".into())
        );
    }

    #[test]
    fn lookup_usernames() {
        let name = |arn: &str| {
            Caller {
                arn,
                access_key_id: None,
            }
            .lookup_username()
        };
        assert_eq!(
            name("arn:aws:iam::111122223333:root").as_deref(),
            Some("root")
        );
        assert_eq!(
            name("arn:aws:iam::111122223333:role/Ops").as_deref(),
            Some("Ops")
        );
        assert_eq!(name("not an arn"), None);
        assert_eq!(identity("not an arn", None)["type"], "Unknown");
    }
}

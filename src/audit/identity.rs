//! The `userIdentity` block of an event, built from the caller's principal ARN.
//!
//! AWS fills `principalId` with IAM's unique IDs (`AIDA…` for users, `AROA…` for roles). lkms
//! has no IAM, so it derives a stable stand-in from the ARN: the same principal always gets the
//! same ID, and the ID has IAM's shape.

use serde_json::{Map, Value};
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

fn insert(map: &mut Map<String, Value>, key: &str, value: impl Into<Value>) {
    map.insert(key.to_string(), value.into());
}

impl Caller<'_> {
    /// The caller's account ID (empty if the ARN names none).
    pub fn account_id(&self) -> String {
        split_arn(self.arn).0
    }

    /// The `userIdentity` object, members in the order CloudTrail writes them.
    pub fn user_identity(&self) -> Value {
        let (account, principal) = split_arn(self.arn);
        let mut m = Map::new();
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
        insert(&mut m, "type", kind);
        insert(&mut m, "principalId", principal_id);
        insert(&mut m, "arn", self.arn);
        insert(&mut m, "accountId", account.clone());
        if let Some(key) = self.access_key_id {
            insert(&mut m, "accessKeyId", key);
        }
        match &principal {
            Principal::User { name } => insert(&mut m, "userName", name.as_str()),
            Principal::Role { name } => {
                m.insert("sessionContext".into(), issuer(self.arn, &account, name));
            }
            Principal::Session { role, .. } => {
                let role_arn = format!("arn:aws:iam::{account}:role/{role}");
                m.insert("sessionContext".into(), issuer(&role_arn, &account, role));
            }
            Principal::Root | Principal::Unknown => {}
        }
        Value::Object(m)
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

fn issuer(role_arn: &str, account: &str, role: &str) -> Value {
    let mut issuer = Map::new();
    insert(&mut issuer, "type", "Role");
    insert(&mut issuer, "principalId", unique_id("AROA", role_arn));
    insert(&mut issuer, "arn", role_arn);
    insert(&mut issuer, "accountId", account);
    insert(&mut issuer, "userName", role);
    let mut ctx = Map::new();
    ctx.insert("sessionIssuer".into(), Value::Object(issuer));
    Value::Object(ctx)
}

/// The `userIdentity` of a service event: the account, and `invokedBy` AWS itself.
pub fn service_identity(account: &str) -> Value {
    let mut m = Map::new();
    insert(&mut m, "accountId", account);
    insert(&mut m, "invokedBy", "AWS Internal");
    Value::Object(m)
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

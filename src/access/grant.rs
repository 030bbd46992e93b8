//! Grants (spec §6): who a grant is for, what it allows under which constraints, which
//! operations a key's usage admits, who may retire it, and the per-key limits.

use super::principal::{Principal, Via};
use crate::model::Timestamp;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

macro_rules! grant_operations {
    ($($op:ident),+ $(,)?) => {
        /// An operation a grant can allow (the API model's `GrantOperation`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum GrantOperation { $(#[allow(missing_docs)] $op),+ }

        impl GrantOperation {
            /// Every operation, in the model's order.
            pub const ALL: &'static [GrantOperation] = &[$(Self::$op),+];

            /// The wire name.
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$op => stringify!($op)),+ }
            }

            /// Parses a wire name.
            pub fn parse(s: &str) -> Option<Self> {
                match s { $(stringify!($op) => Some(Self::$op),)+ _ => None }
            }
        }
    };
}

grant_operations!(
    Decrypt,
    Encrypt,
    GenerateDataKey,
    GenerateDataKeyWithoutPlaintext,
    ReEncryptFrom,
    ReEncryptTo,
    Sign,
    Verify,
    GetPublicKey,
    CreateGrant,
    RetireGrant,
    DescribeKey,
    GenerateDataKeyPair,
    GenerateDataKeyPairWithoutPlaintext,
    GenerateMac,
    VerifyMac,
    DeriveSharedSecret,
    Encapsulate,
    Decapsulate,
);

impl GrantOperation {
    /// The grant operation an IAM action stands for (`kms:Encrypt` → `Encrypt`).
    pub fn from_action(action: &str) -> Option<Self> {
        Self::parse(action.strip_prefix("kms:")?)
    }

    /// Whether the operation takes an encryption context, so constraints apply to it.
    pub fn takes_encryption_context(self) -> bool {
        use GrantOperation::*;
        matches!(
            self,
            Decrypt
                | Encrypt
                | GenerateDataKey
                | GenerateDataKeyWithoutPlaintext
                | ReEncryptFrom
                | ReEncryptTo
                | GenerateDataKeyPair
                | GenerateDataKeyPairWithoutPlaintext
        )
    }
}

/// `EncryptionContextEquals` / `EncryptionContextSubset`. Constraint keys compare without
/// regard to case, values exactly, as AWS documents for grant constraints.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GrantConstraints {
    /// The request's encryption context must contain these pairs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encryption_context_subset: Option<BTreeMap<String, String>>,
    /// The request's encryption context must be exactly these pairs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encryption_context_equals: Option<BTreeMap<String, String>>,
}

fn folded(ec: &BTreeMap<String, String>) -> BTreeMap<String, &str> {
    ec.iter()
        .map(|(k, v)| (k.to_lowercase(), v.as_str()))
        .collect()
}

fn contains_all(whole: &BTreeMap<String, &str>, part: &BTreeMap<String, &str>) -> bool {
    part.iter().all(|(k, v)| whole.get(k) == Some(v))
}

impl GrantConstraints {
    /// Whether there is no constraint.
    pub fn is_empty(&self) -> bool {
        self.encryption_context_subset.is_none() && self.encryption_context_equals.is_none()
    }

    /// The `kms:GrantConstraintType` values these constraints give.
    pub fn types(&self) -> Vec<&'static str> {
        let mut t = Vec::new();
        if self.encryption_context_equals.is_some() {
            t.push("EncryptionContextEquals");
        }
        if self.encryption_context_subset.is_some() {
            t.push("EncryptionContextSubset");
        }
        t
    }

    /// Whether a request with encryption context `ec` meets every constraint.
    pub fn satisfied_by(&self, ec: &BTreeMap<String, String>) -> bool {
        let request = folded(ec);
        let subset_ok = self
            .encryption_context_subset
            .as_ref()
            .is_none_or(|s| contains_all(&request, &folded(s)));
        let equals_ok = self
            .encryption_context_equals
            .as_ref()
            .is_none_or(|e| folded(e) == request);
        subset_ok && equals_ok
    }

    /// Whether `child` is as strict as these constraints or stricter (a grant created through
    /// a grant's `CreateGrant` permission): an `Equals` must be repeated exactly; a `Subset`
    /// may grow, or become an `Equals` that contains it.
    pub fn admits_child(&self, child: &GrantConstraints) -> bool {
        let child_eq = child.encryption_context_equals.as_ref().map(folded);
        let child_sub = child.encryption_context_subset.as_ref().map(folded);
        let eq_ok = self
            .encryption_context_equals
            .as_ref()
            .is_none_or(|e| child_eq.as_ref() == Some(&folded(e)));
        let sub_ok = self.encryption_context_subset.as_ref().is_none_or(|s| {
            let s = folded(s);
            child_eq.as_ref().is_some_and(|c| contains_all(c, &s))
                || child_sub.as_ref().is_some_and(|c| contains_all(c, &s))
        });
        eq_ok && sub_ok
    }
}

/// A grant as lkms stores it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Grant {
    /// 64 lowercase hex characters.
    pub grant_id: String,
    /// The key's ARN.
    pub key_arn: String,
    /// The grant's name (`""` when none was given).
    #[serde(default)]
    pub name: String,
    /// When the grant was created, in milliseconds since the epoch.
    pub creation_date_millis: i64,
    /// Who gets the permissions: a principal ARN, or a service principal.
    pub grantee_principal: String,
    /// Who may retire the grant besides the grantee and the issuing account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retiring_principal: Option<String>,
    /// The root ARN of the account that created the grant.
    pub issuing_account: String,
    /// The principal that created the grant (for the audit trail; not shown by ListGrants).
    pub issuing_principal: String,
    /// What the grant allows.
    pub operations: Vec<GrantOperation>,
    /// Constraints on the encryption context.
    #[serde(default, skip_serializing_if = "GrantConstraints::is_empty")]
    pub constraints: GrantConstraints,
}

/// How a principal reaches a grant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// The grant names the caller (or, for a session, its role).
    Direct,
    /// The grant names the caller's account: the caller's IAM policies decide.
    ThroughAccount,
}

/// Why a principal may retire a grant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetireRight {
    /// The caller is the grant's retiring principal.
    RetiringPrincipal,
    /// The caller is the grantee and the grant allows `RetireGrant`.
    Grantee,
    /// The caller is the root of the account that created the grant.
    IssuingAccount,
}

impl Grant {
    /// A fresh grant ID: 32 random bytes in hex, the form KMS uses.
    pub fn new_id() -> String {
        crate::crypto::random::hex_id()
    }

    /// The creation date.
    pub fn creation_date(&self) -> Option<Timestamp> {
        Timestamp::from_epoch_millis(self.creation_date_millis)
    }

    /// How `caller` reaches this grant as its grantee, if at all.
    pub fn reach(&self, caller: &Principal) -> Option<Reach> {
        match caller.reached_by(&self.grantee_principal)? {
            Via::Direct => Some(Reach::Direct),
            Via::Account => Some(Reach::ThroughAccount),
        }
    }

    /// Whether the grant allows `op` for a request with encryption context `ec` (constraints
    /// apply only to operations that take an encryption context).
    pub fn permits(&self, op: GrantOperation, ec: Option<&BTreeMap<String, String>>) -> bool {
        let empty = BTreeMap::new();
        self.operations.contains(&op)
            && (!op.takes_encryption_context()
                || self.constraints.satisfied_by(ec.unwrap_or(&empty)))
    }

    /// Whether this grant's `CreateGrant` permission covers creating a grant with `operations`
    /// and `constraints`: a subset of its operations, under constraints as strict or stricter.
    pub fn permits_child(
        &self,
        operations: &[GrantOperation],
        constraints: &GrantConstraints,
    ) -> bool {
        self.operations.contains(&GrantOperation::CreateGrant)
            && operations.iter().all(|op| self.operations.contains(op))
            && self.constraints.admits_child(constraints)
    }

    /// Why `caller` may retire this grant, or `None` (then only a policy allowing
    /// `kms:RetireGrant` on the key lets it).
    pub fn retire_right(&self, caller: &Principal) -> Option<RetireRight> {
        if self
            .retiring_principal
            .as_deref()
            .is_some_and(|r| caller.reached_by(r) == Some(Via::Direct))
        {
            Some(RetireRight::RetiringPrincipal)
        } else if self.operations.contains(&GrantOperation::RetireGrant)
            && caller.reached_by(&self.grantee_principal) == Some(Via::Direct)
        {
            Some(RetireRight::Grantee)
        } else if caller.is_root() && caller.arn() == self.issuing_account {
            Some(RetireRight::IssuingAccount)
        } else {
            None
        }
    }

    /// Whether a repeated CreateGrant with the same `Name` and these parameters is this grant
    /// again (KMS then returns the same grant ID).
    pub fn same_request(
        &self,
        grantee: &str,
        retiring: Option<&str>,
        operations: &[GrantOperation],
        constraints: &GrantConstraints,
    ) -> bool {
        let mut mine = self.operations.clone();
        let mut theirs = operations.to_vec();
        mine.sort();
        mine.dedup();
        theirs.sort();
        theirs.dedup();
        self.grantee_principal == grantee
            && self.retiring_principal.as_deref() == retiring
            && mine == theirs
            && self.constraints == *constraints
    }

    /// The grant as a ListGrants / ListRetirableGrants entry.
    pub fn list_entry(&self) -> serde_json::Value {
        let mut e = serde_json::Map::new();
        let mut put = |k: &str, v: serde_json::Value| {
            e.insert(k.to_string(), v);
        };
        put("KeyId", self.key_arn.clone().into());
        put("GrantId", self.grant_id.clone().into());
        put("Name", self.name.clone().into());
        put(
            "CreationDate",
            (self.creation_date_millis as f64 / 1000.0).into(),
        );
        put("GranteePrincipal", self.grantee_principal.clone().into());
        if let Some(r) = &self.retiring_principal {
            put("RetiringPrincipal", r.clone().into());
        }
        put("IssuingAccount", self.issuing_account.clone().into());
        let ops = self.operations.iter().map(|o| o.as_str().into()).collect();
        put("Operations", serde_json::Value::Array(ops));
        if !self.constraints.is_empty() {
            put(
                "Constraints",
                serde_json::to_value(&self.constraints).unwrap_or_default(),
            );
        }
        serde_json::Value::Object(e)
    }
}

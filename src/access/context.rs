//! The request context: every condition key of one request, each with one or more values.
//!
//! Key names are case-insensitive (stored lowercase), values are kept as text and read as
//! numbers, dates, booleans or addresses by the operator that compares them. A key with no
//! values is absent. Builders set the global `aws:` keys and the `kms:` keys of spec §5; which
//! of them an operation sets is listed in [`super::actions`].

use super::principal::Principal;
use crate::model::{KeySpec, KeyUsageType, OriginType, Timestamp};
use std::collections::{BTreeMap, HashMap};
use std::net::IpAddr;

/// Condition keys and their values for one request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Context {
    values: HashMap<String, Vec<String>>,
}

/// The facts of a request that do not depend on the operation.
#[derive(Debug, Clone, Copy)]
pub struct Environment {
    /// The time of the request (`aws:CurrentTime`, `aws:EpochTime`).
    pub now: Timestamp,
    /// The caller's address (`aws:SourceIp`): the client's for the server, 127.0.0.1 for the CLI.
    pub source_ip: IpAddr,
    /// Whether the request came over TLS (`aws:SecureTransport`); lkms serves plain HTTP.
    pub secure_transport: bool,
}

/// What the key-related condition keys say about the KMS key a request names.
#[derive(Debug, Clone, Copy)]
pub struct KeyFacts<'a> {
    /// `kms:KeySpec`.
    pub spec: KeySpec,
    /// `kms:KeyUsage`.
    pub usage: KeyUsageType,
    /// `kms:KeyOrigin`.
    pub origin: OriginType,
    /// The key's tags (`aws:ResourceTag/<key>`).
    pub tags: &'a [(String, String)],
    /// The key's aliases, `alias/…` (`kms:ResourceAliases`).
    pub aliases: &'a [String],
}

impl Context {
    /// An empty context.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `key` to one value.
    pub fn set(&mut self, key: &str, value: impl Into<String>) -> &mut Self {
        self.values
            .insert(key.to_ascii_lowercase(), vec![value.into()]);
        self
    }

    /// Sets a multi-valued `key`; an empty list removes the key (an empty set is absent).
    pub fn set_all<I, S>(&mut self, key: &str, values: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let list: Vec<String> = values.into_iter().map(Into::into).collect();
        if list.is_empty() {
            self.values.remove(&key.to_ascii_lowercase());
        } else {
            self.values.insert(key.to_ascii_lowercase(), list);
        }
        self
    }

    /// Adds every key of `other`, replacing keys both have.
    pub fn extend(&mut self, other: &Context) -> &mut Self {
        for (k, v) in &other.values {
            self.values.insert(k.clone(), v.clone());
        }
        self
    }

    /// Removes `key`.
    pub fn remove(&mut self, key: &str) -> &mut Self {
        self.values.remove(&key.to_ascii_lowercase());
        self
    }

    /// The values of `key` (any case), `None` when absent.
    pub fn get(&self, key: &str) -> Option<&[String]> {
        let found = match self.values.get(key) {
            Some(v) => Some(v),
            None if key.bytes().any(|b| b.is_ascii_uppercase()) => {
                self.values.get(&key.to_ascii_lowercase())
            }
            None => None,
        };
        found.map(Vec::as_slice)
    }

    /// The keys every request carries: the caller's, the environment's, and
    /// `kms:CallerAccount` where the operation has it (spec §5.2). Add the operation's own
    /// keys ([`super::actions::request_keys`]) with the other builders.
    pub fn for_call(principal: &Principal, env: &Environment, operation: &str) -> Self {
        let mut c = Self::new();
        c.principal(principal).environment(env);
        if super::actions::has_caller_account(operation) && !principal.account().is_empty() {
            c.caller_account(principal.account());
        }
        c
    }

    /// The caller's keys: `aws:PrincipalArn`, `aws:PrincipalAccount`, `aws:PrincipalType`,
    /// `aws:userid` and, for IAM users, `aws:username`.
    pub fn principal(&mut self, p: &Principal) -> &mut Self {
        self.set("aws:PrincipalArn", p.principal_arn());
        if !p.account().is_empty() {
            self.set("aws:PrincipalAccount", p.account());
        }
        self.set("aws:PrincipalType", p.principal_type());
        self.set("aws:userid", p.user_id());
        match p.username() {
            Some(name) => self.set("aws:username", name),
            None => self.remove("aws:username"),
        }
    }

    /// `aws:CurrentTime`, `aws:EpochTime`, `aws:SourceIp`, `aws:SecureTransport`.
    pub fn environment(&mut self, env: &Environment) -> &mut Self {
        let t = env.now.0.to_offset(time::UtcOffset::UTC);
        let iso = format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        );
        self.set("aws:CurrentTime", iso);
        self.set("aws:EpochTime", t.unix_timestamp().to_string());
        self.set("aws:SourceIp", env.source_ip.to_string());
        self.set("aws:SecureTransport", env.secure_transport.to_string())
    }

    /// `kms:CallerAccount`.
    pub fn caller_account(&mut self, account: &str) -> &mut Self {
        self.set("kms:CallerAccount", account)
    }

    /// `kms:ViaService`: only for calls an integrated service makes; direct calls leave it out.
    pub fn via_service(&mut self, service: Option<&str>) -> &mut Self {
        match service {
            Some(s) => self.set("kms:ViaService", s),
            None => self.remove("kms:ViaService"),
        }
    }

    /// The keys that describe the KMS key: `kms:KeySpec`, `kms:KeyUsage`, `kms:KeyOrigin`,
    /// `aws:ResourceTag/<k>` and `kms:ResourceAliases`.
    pub fn key(&mut self, key: &KeyFacts<'_>) -> &mut Self {
        self.key_spec(key.spec, key.usage, key.origin);
        for (k, v) in key.tags {
            self.set(&format!("aws:ResourceTag/{k}"), v.clone());
        }
        self.set_all("kms:ResourceAliases", key.aliases.iter().cloned())
    }

    /// `kms:KeySpec`, `kms:KeyUsage`, `kms:KeyOrigin` (for CreateKey: the requested values).
    pub fn key_spec(
        &mut self,
        spec: KeySpec,
        usage: KeyUsageType,
        origin: OriginType,
    ) -> &mut Self {
        self.set("kms:KeySpec", spec.as_str());
        self.set("kms:KeyUsage", usage.as_str());
        self.set("kms:KeyOrigin", origin.as_str())
    }

    /// `kms:EncryptionContext:<k>` for each pair and `kms:EncryptionContextKeys` (absent when
    /// the context is empty).
    pub fn encryption_context(&mut self, ec: &BTreeMap<String, String>) -> &mut Self {
        for (k, v) in ec {
            self.set(&format!("kms:EncryptionContext:{k}"), v.clone());
        }
        self.set_all("kms:EncryptionContextKeys", ec.keys().cloned())
    }

    /// `kms:RequestAlias`: the alias the request named the key by, if it did.
    pub fn request_alias(&mut self, alias: &str) -> &mut Self {
        self.set("kms:RequestAlias", alias)
    }

    /// `kms:EncryptionAlgorithm`.
    pub fn encryption_algorithm(&mut self, alg: &str) -> &mut Self {
        self.set("kms:EncryptionAlgorithm", alg)
    }

    /// `kms:SigningAlgorithm`.
    pub fn signing_algorithm(&mut self, alg: &str) -> &mut Self {
        self.set("kms:SigningAlgorithm", alg)
    }

    /// `kms:MacAlgorithm`.
    pub fn mac_algorithm(&mut self, alg: &str) -> &mut Self {
        self.set("kms:MacAlgorithm", alg)
    }

    /// `kms:MessageType`.
    pub fn message_type(&mut self, message_type: &str) -> &mut Self {
        self.set("kms:MessageType", message_type)
    }

    /// CreateGrant's keys: `kms:GrantOperations`, `kms:GrantConstraintType` (when there are
    /// constraints), `kms:GrantIsForAWSResource`, `kms:GranteePrincipal` and
    /// `kms:RetiringPrincipal`.
    pub fn grant_request(&mut self, grant: &GrantRequestFacts<'_>) -> &mut Self {
        self.set_all("kms:GrantOperations", grant.operations.iter().copied());
        self.set_all(
            "kms:GrantConstraintType",
            grant.constraint_types.iter().copied(),
        );
        self.set(
            "kms:GrantIsForAWSResource",
            grant.for_aws_resource.to_string(),
        );
        self.set("kms:GranteePrincipal", grant.grantee);
        match grant.retiring {
            Some(r) => self.set("kms:RetiringPrincipal", r),
            None => self.remove("kms:RetiringPrincipal"),
        }
    }

    /// `kms:ReEncryptOnSameKey`.
    pub fn reencrypt_on_same_key(&mut self, same: bool) -> &mut Self {
        self.set("kms:ReEncryptOnSameKey", same.to_string())
    }

    /// `kms:ScheduleKeyDeletionPendingWindowInDays`.
    pub fn pending_window_in_days(&mut self, days: i64) -> &mut Self {
        self.set(
            "kms:ScheduleKeyDeletionPendingWindowInDays",
            days.to_string(),
        )
    }

    /// `kms:BypassPolicyLockoutSafetyCheck`.
    pub fn bypass_policy_lockout_safety_check(&mut self, bypass: bool) -> &mut Self {
        self.set("kms:BypassPolicyLockoutSafetyCheck", bypass.to_string())
    }

    /// `kms:RotationPeriodInDays`.
    pub fn rotation_period_in_days(&mut self, days: i64) -> &mut Self {
        self.set("kms:RotationPeriodInDays", days.to_string())
    }

    /// `aws:RequestTag/<k>` for each tag and `aws:TagKeys` (CreateKey, TagResource).
    pub fn request_tags(&mut self, tags: &[(String, String)]) -> &mut Self {
        for (k, v) in tags {
            self.set(&format!("aws:RequestTag/{k}"), v.clone());
        }
        self.tag_keys(tags.iter().map(|(k, _)| k.as_str()))
    }

    /// `aws:TagKeys` alone (UntagResource).
    pub fn tag_keys<'k>(&mut self, keys: impl IntoIterator<Item = &'k str>) -> &mut Self {
        self.set_all("aws:TagKeys", keys)
    }
}

/// What a CreateGrant request asks for, as condition keys see it.
#[derive(Debug, Clone, Copy)]
pub struct GrantRequestFacts<'a> {
    /// The operations of the new grant.
    pub operations: &'a [&'a str],
    /// `EncryptionContextEquals` and/or `EncryptionContextSubset`, when constrained.
    pub constraint_types: &'a [&'a str],
    /// True only when an integrated AWS service creates the grant; direct calls are false.
    pub for_aws_resource: bool,
    /// The grantee principal.
    pub grantee: &'a str,
    /// The retiring principal, if any.
    pub retiring: Option<&'a str>,
}

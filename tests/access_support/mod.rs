//! Shared by the access-control tests: principals with access keys in the keystore, commands run
//! as one of them (the credentials in the environment, as the aws CLI takes them), policies
//! written compactly, and AWS's AccessDenied texts.
#![allow(dead_code)]

use crate::common::{Env, Run, assert_service_err};
use serde_json::Value;

pub const ACCOUNT: &str = "111122223333";
pub const PARTNER: &str = "444455556666";

/// A principal with an access key stored in the keystore.
#[derive(Debug, Clone)]
pub struct Who {
    pub key: String,
    pub secret: String,
    pub arn: String,
}

/// The ARN of IAM user `name` of this keystore's account.
pub fn user_arn(name: &str) -> String {
    format!("arn:aws:iam::{ACCOUNT}:user/{name}")
}

/// Stores an access key for `arn` (with `identity_policy` attached when given).
pub fn add(env: &Env, name: &str, arn: &str, identity_policy: Option<&str>) -> Who {
    let key = format!("AKIA{:0>16}", name.to_uppercase());
    let secret = format!("secret-of-{name}");
    let mut args = vec![
        "credentials",
        "add",
        "--access-key-id",
        &key,
        "--secret-access-key",
        &secret,
        "--principal",
        arn,
    ];
    if let Some(p) = identity_policy {
        args.extend(["--identity-policy", p]);
    }
    env.ok(&args);
    Who {
        key: key.clone(),
        secret,
        arn: arn.to_string(),
    }
}

/// Runs lkms as `who`.
pub fn run_as(env: &Env, who: &Who, args: &[&str]) -> Run {
    env.run_env(
        args,
        &[
            ("AWS_ACCESS_KEY_ID", &who.key),
            ("AWS_SECRET_ACCESS_KEY", &who.secret),
        ],
    )
}

/// Runs lkms as `who`, expects success and returns the JSON output.
pub fn ok_as(env: &Env, who: &Who, args: &[&str]) -> Value {
    let r = run_as(env, who, args);
    assert_eq!(r.code, 0, "{} {args:?} failed: {r:?}", who.arn);
    if r.stdout.is_empty() {
        Value::Null
    } else {
        r.json()
    }
}

/// A policy document of `statements`.
pub fn policy(statements: &[String]) -> String {
    format!(
        r#"{{"Version":"2012-10-17","Statement":[{}]}}"#,
        statements.join(",")
    )
}

/// A key-policy statement: `effect` for `principal` on `actions` (a JSON string or list), with
/// an optional condition block.
pub fn statement(
    sid: &str,
    effect: &str,
    principal: &str,
    actions: &str,
    condition: &str,
) -> String {
    statement_for(sid, effect, &[principal], actions, condition)
}

/// [`statement`] for several principals.
pub fn statement_for(
    sid: &str,
    effect: &str,
    principals: &[&str],
    actions: &str,
    condition: &str,
) -> String {
    let list: Vec<String> = principals.iter().map(|p| format!("\"{p}\"")).collect();
    let principal = match list.as_slice() {
        [one] => one.clone(),
        many => format!("[{}]", many.join(",")),
    };
    let condition = if condition.is_empty() {
        String::new()
    } else {
        format!(r#","Condition":{condition}"#)
    };
    format!(
        r#"{{"Sid":"{sid}","Effect":"{effect}","Principal":{{"AWS":{principal}}},"Action":{actions},"Resource":"*"{condition}}}"#
    )
}

/// The default policy's statement: the account root may do everything (and IAM policies apply).
pub fn root_statement() -> String {
    statement(
        "Enable IAM User Permissions",
        "Allow",
        &format!("arn:aws:iam::{ACCOUNT}:root"),
        r#""kms:*""#,
        "",
    )
}

/// An identity policy: `effect` on `actions` on `resource`, with an optional condition.
pub fn identity(effect: &str, actions: &str, resource: &str, condition: &str) -> String {
    let condition = if condition.is_empty() {
        String::new()
    } else {
        format!(r#","Condition":{condition}"#)
    };
    format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"{effect}","Action":{actions},"Resource":"{resource}"{condition}}}]}}"#
    )
}

/// Creates a key with `policy` (as the root, past the lockout check) and returns its ID.
pub fn key_with_policy(env: &Env, policy: &str) -> String {
    env.ok(&[
        "create-key",
        "--policy",
        policy,
        "--bypass-policy-lockout-safety-check",
    ])["KeyMetadata"]["KeyId"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Why a denial happened, as AWS words the end of the message.
#[derive(Debug, Clone, Copy)]
pub enum Why {
    NoResourcePolicy,
    NoIdentityPolicy,
    ExplicitResource,
    ExplicitIdentity,
}

/// AWS's AccessDeniedException text.
pub fn denial(principal: &str, action: &str, resource: &str, why: Why) -> String {
    let head =
        format!("User: {principal} is not authorized to perform: {action} on resource: {resource}");
    match why {
        Why::NoResourcePolicy => {
            format!("{head} because no resource-based policy allows the {action} action")
        }
        Why::NoIdentityPolicy => {
            format!("{head} because no identity-based policy allows the {action} action")
        }
        Why::ExplicitResource => format!("{head} with an explicit deny in a resource-based policy"),
        Why::ExplicitIdentity => {
            format!("{head} with an explicit deny in an identity-based policy")
        }
    }
}

/// Asserts that `r` is the AccessDeniedException of `op` for `action` on `resource`.
pub fn assert_denied(r: &Run, op: &str, principal: &str, action: &str, resource: &str, why: Why) {
    assert_service_err(
        r,
        op,
        "AccessDeniedException",
        &denial(principal, action, resource, why),
    );
}

/// The base64 of some plaintext.
pub const HELLO: &str = "aGVsbG8=";

/// A tester (an IAM user with no identity policy) and a keystore to try condition keys in.
pub struct T {
    pub env: Env,
    pub tester: Who,
}

impl T {
    pub fn new() -> Self {
        let env = Env::new();
        let tester = add(&env, "tester", &user_arn("tester"), None);
        Self { env, tester }
    }

    /// A key (made with `create` arguments) whose policy lets the tester do `actions` when
    /// `condition` holds (and the root everything, to set it up).
    pub fn key(&self, actions: &str, condition: &str, create: &[&str]) -> String {
        let p = policy(&[
            root_statement(),
            statement("Tester", "Allow", &self.tester.arn, actions, condition),
        ]);
        let mut args = vec![
            "create-key",
            "--policy",
            &p,
            "--bypass-policy-lockout-safety-check",
        ];
        args.extend_from_slice(create);
        self.env.ok(&args)["KeyMetadata"]["KeyId"]
            .as_str()
            .unwrap()
            .to_string()
    }

    pub fn allowed(&self, args: &[&str]) -> serde_json::Value {
        ok_as(&self.env, &self.tester, args)
    }

    pub fn denied(&self, args: &[&str], op: &str, action: &str, key: &str) {
        let r = run_as(&self.env, &self.tester, args);
        assert_denied(
            &r,
            op,
            &self.tester.arn,
            action,
            &self.env.arn(key),
            Why::NoIdentityPolicy,
        );
    }

    /// The same request allowed on a key with condition `yes` and refused on one with `no`.
    pub fn yes_no(
        &self,
        actions: &str,
        yes: &str,
        no: &str,
        create: &[&str],
        args: &[&str],
        op: &str,
    ) {
        let action = format!("kms:{op}");
        for (condition, allow) in [(yes, true), (no, false)] {
            let key = self.key(actions, condition, create);
            let args: Vec<&str> = args
                .iter()
                .map(|a| if *a == "KEY" { key.as_str() } else { a })
                .collect();
            if allow {
                self.allowed(&args);
            } else {
                self.denied(&args, op, &action, &key);
            }
        }
    }
}

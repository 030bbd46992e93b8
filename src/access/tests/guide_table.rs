//! The guide's worked example (spec §4.7), cell by cell: CMK1's policy enables IAM policies,
//! CMK2's allows Alice and Charlie; Alice has no IAM policy, Bob's allows kms:* on every key,
//! Charlie's denies kms:* on every key.

use super::*;

const ALL_KEYS: &str = "arn:aws:kms:*:111122223333:key/*";

fn cmk1() -> Arc<Policy> {
    key_policy(&root_statement(ACCOUNT))
}

fn cmk2() -> Arc<Policy> {
    key_policy(&format!(
        r#"{{"Sid":"AliceAndCharlie","Effect":"Allow","Principal":{{"AWS":["arn:aws:iam::{ACCOUNT}:user/Alice","arn:aws:iam::{ACCOUNT}:user/Charlie"]}},"Action":"kms:*","Resource":"*"}}"#
    ))
}

fn iam(name: &str) -> Vec<NamedPolicy> {
    let bob = format!(r#"{{"Effect":"Allow","Action":"kms:*","Resource":"{ALL_KEYS}"}}"#);
    let charlie = format!(r#"{{"Effect":"Deny","Action":"kms:*","Resource":"{ALL_KEYS}"}}"#);
    match name {
        "Bob" => vec![identity("BobKms", &bob)],
        "Charlie" => vec![identity("CharlieDeny", &charlie)],
        _ => Vec::new(),
    }
}

fn cell(name: &str, key_arn: &str, policy: &Policy) -> &'static str {
    let p = user(name);
    let ids = iam(name);
    let mut ask = Ask::new(&p, "kms:Encrypt", policy).identity(&ids);
    ask.key_arn = key_arn;
    ask.outcome()
}

#[test]
fn alice_cmk1_denied_cmk2_allowed() {
    assert_eq!(cell("Alice", KEY1, &cmk1()), "implicitDeny");
    assert_eq!(cell("Alice", KEY2, &cmk2()), "allowed");
}

#[test]
fn bob_cmk1_allowed_cmk2_denied() {
    assert_eq!(cell("Bob", KEY1, &cmk1()), "allowed");
    // CMK2 does not enable IAM policies.
    assert_eq!(cell("Bob", KEY2, &cmk2()), "implicitDeny");
}

#[test]
fn charlie_denied_on_both_by_his_explicit_deny() {
    assert_eq!(cell("Charlie", KEY1, &cmk1()), "explicitDeny");
    // The explicit deny beats CMK2's allow.
    assert_eq!(cell("Charlie", KEY2, &cmk2()), "explicitDeny");
}

#[test]
fn the_deciding_statements_are_reported() {
    let bob = user("Bob");
    let ids = iam("Bob");
    let p = cmk1();
    let d = Ask::new(&bob, "kms:Encrypt", &p).identity(&ids).decide();
    assert_eq!(
        d.basis,
        [
            Basis::KeyPolicy {
                sid: Some("Enable IAM User Permissions".into()),
                position: 1
            },
            Basis::IdentityPolicy {
                policy: "BobKms".into(),
                sid: None,
                position: 1
            }
        ]
    );
    assert_eq!(
        d.explain(),
        r#"key policy statement "Enable IAM User Permissions" and identity policy "BobKms" statement #1"#
    );
    let charlie = user("Charlie");
    let ids = iam("Charlie");
    let p = cmk2();
    let mut ask = Ask::new(&charlie, "kms:Encrypt", &p).identity(&ids);
    ask.key_arn = KEY2;
    let d = ask.decide();
    assert_eq!(d.policy_type, Some(PolicyType::IdentityBased));
    assert_eq!(d.explain(), r#"identity policy "CharlieDeny" statement #1"#);
}

#[test]
fn the_account_root_uses_cmk1_without_any_identity_policy() {
    let root = Principal::root(ACCOUNT);
    let p = cmk1();
    let d = Ask::new(&root, "kms:Encrypt", &p).decide();
    assert!(d.is_allowed());
    assert_eq!(
        d.explain(),
        r#"key policy statement "Enable IAM User Permissions""#
    );
    // …but not CMK2, whose policy does not name the root.
    let p = cmk2();
    assert_eq!(Ask::new(&root, "kms:Encrypt", &p).outcome(), "implicitDeny");
}

//! The context builders: which keys they set, and how values are written.

use super::*;
use crate::access::context::GrantRequestFacts;
use crate::model::{KeySpec, KeyUsageType, OriginType, Timestamp};

fn one<'c>(c: &'c Context, key: &str) -> &'c str {
    match c.get(key) {
        Some([v]) => v,
        other => panic!("{key}: {other:?}"),
    }
}

#[test]
fn principal_keys_for_each_kind() {
    let mut c = Context::new();
    c.principal(&user("alice"));
    assert_eq!(
        one(&c, "aws:PrincipalArn"),
        "arn:aws:iam::111122223333:user/alice"
    );
    assert_eq!(one(&c, "AWS:PRINCIPALACCOUNT"), ACCOUNT);
    assert_eq!(one(&c, "aws:PrincipalType"), "User");
    assert_eq!(one(&c, "aws:username"), "alice");
    assert!(one(&c, "aws:userid").starts_with("AIDA"));
    // The same context reused for a session drops aws:username.
    c.principal(&who("arn:aws:sts::111122223333:assumed-role/R/s"));
    assert_eq!(
        one(&c, "aws:PrincipalArn"),
        "arn:aws:iam::111122223333:role/R"
    );
    assert!(c.get("aws:username").is_none());
    c.principal(&Principal::root(ACCOUNT));
    assert_eq!(one(&c, "aws:PrincipalType"), "Account");
    assert_eq!(one(&c, "aws:userid"), ACCOUNT);
}

#[test]
fn environment_keys() {
    let mut c = Context::new();
    c.environment(&Environment {
        now: Timestamp::from_epoch_millis(1_748_736_000_250).unwrap(),
        source_ip: "127.0.0.1".parse().unwrap(),
        secure_transport: false,
    });
    assert_eq!(one(&c, "aws:CurrentTime"), "2025-06-01T00:00:00Z");
    assert_eq!(one(&c, "aws:EpochTime"), "1748736000");
    assert_eq!(one(&c, "aws:SourceIp"), "127.0.0.1");
    assert_eq!(one(&c, "aws:SecureTransport"), "false");
    assert!(condition_allows(
        r#"{"DateLessThan":{"aws:CurrentTime":"2025-06-02"}}"#,
        &c
    ));
    assert!(condition_allows(
        r#"{"IpAddress":{"aws:SourceIp":"127.0.0.0/8"}}"#,
        &c
    ));
    assert!(condition_allows(
        r#"{"Bool":{"aws:SecureTransport":false}}"#,
        &c
    ));
}

#[test]
fn key_and_request_keys() {
    let tags = [("Team".to_string(), "Payments".to_string())];
    let aliases = ["alias/pay".to_string(), "alias/pay-prod".to_string()];
    let mut c = Context::new();
    c.key(&KeyFacts {
        spec: KeySpec::SYMMETRIC_DEFAULT,
        usage: KeyUsageType::ENCRYPT_DECRYPT,
        origin: OriginType::EXTERNAL,
        tags: &tags,
        aliases: &aliases,
    })
    .encryption_context(&BTreeMap::from([
        ("Dept".into(), "Finance".into()),
        ("Project".into(), "X".into()),
    ]))
    .request_alias("alias/pay")
    .encryption_algorithm("SYMMETRIC_DEFAULT")
    .reencrypt_on_same_key(true)
    .via_service(None);
    assert_eq!(one(&c, "kms:KeySpec"), "SYMMETRIC_DEFAULT");
    assert_eq!(one(&c, "kms:KeyOrigin"), "EXTERNAL");
    assert_eq!(one(&c, "aws:ResourceTag/team"), "Payments");
    assert_eq!(c.get("kms:ResourceAliases").unwrap().len(), 2);
    assert_eq!(one(&c, "kms:EncryptionContext:Dept"), "Finance");
    assert_eq!(
        c.get("kms:EncryptionContextKeys").unwrap(),
        ["Dept", "Project"]
    );
    assert_eq!(one(&c, "kms:RequestAlias"), "alias/pay");
    assert_eq!(one(&c, "kms:ReEncryptOnSameKey"), "true");
    assert!(c.get("kms:ViaService").is_none());
    // An empty encryption context leaves kms:EncryptionContextKeys absent (Null true).
    let mut empty = Context::new();
    empty.encryption_context(&BTreeMap::new());
    assert!(empty.get("kms:EncryptionContextKeys").is_none());
    assert!(condition_allows(
        r#"{"Null":{"kms:EncryptionContextKeys":true}}"#,
        &empty
    ));
    // Tag conditions (ABAC) on the key's tags.
    assert!(condition_allows(
        r#"{"StringEquals":{"aws:ResourceTag/Team":"Payments"}}"#,
        &c
    ));
    assert!(!condition_allows(
        r#"{"StringEquals":{"aws:ResourceTag/Team":"HR"}}"#,
        &c
    ));
}

#[test]
fn operation_specific_keys() {
    let mut c = Context::new();
    c.grant_request(&GrantRequestFacts {
        operations: &["Encrypt", "Decrypt"],
        constraint_types: &["EncryptionContextSubset"],
        for_aws_resource: false,
        grantee: "arn:aws:iam::111122223333:role/W",
        retiring: None,
    })
    .pending_window_in_days(7)
    .rotation_period_in_days(365)
    .bypass_policy_lockout_safety_check(false)
    .signing_algorithm("ECDSA_SHA_256")
    .message_type("DIGEST")
    .mac_algorithm("HMAC_SHA_256")
    .request_tags(&[("env".into(), "prod".into())])
    .via_service(Some("ec2.us-east-1.amazonaws.com"));
    assert_eq!(
        c.get("kms:GrantOperations").unwrap(),
        ["Encrypt", "Decrypt"]
    );
    assert_eq!(one(&c, "kms:GrantIsForAWSResource"), "false");
    assert_eq!(
        one(&c, "kms:GrantConstraintType"),
        "EncryptionContextSubset"
    );
    assert!(c.get("kms:RetiringPrincipal").is_none());
    assert_eq!(one(&c, "kms:ScheduleKeyDeletionPendingWindowInDays"), "7");
    assert_eq!(one(&c, "kms:RotationPeriodInDays"), "365");
    assert_eq!(one(&c, "kms:BypassPolicyLockoutSafetyCheck"), "false");
    assert_eq!(one(&c, "kms:SigningAlgorithm"), "ECDSA_SHA_256");
    assert_eq!(one(&c, "kms:MessageType"), "DIGEST");
    assert_eq!(one(&c, "kms:MacAlgorithm"), "HMAC_SHA_256");
    assert_eq!(one(&c, "aws:RequestTag/env"), "prod");
    assert_eq!(c.get("aws:TagKeys").unwrap(), ["env"]);
    assert_eq!(one(&c, "kms:ViaService"), "ec2.us-east-1.amazonaws.com");
    // The guide's GrantIsForAWSResource statement refuses direct CreateGrant calls.
    assert!(!condition_allows(
        r#"{"Bool":{"kms:GrantIsForAWSResource":true}}"#,
        &c
    ));
    assert!(condition_allows(
        r#"{"NumericLessThanEquals":{"kms:ScheduleKeyDeletionPendingWindowInDays":"10"}}"#,
        &c
    ));
}

#[test]
fn only_conditions_and_resource_variables_read_the_context() {
    let read = |doc: &str, kind| Policy::parse(doc, kind).unwrap().reads_context();
    let stmt = |extra: &str| {
        format!(
            r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"AWS":"arn:aws:iam::111122223333:root"}},"Action":"kms:*","Resource":"*"{extra}}}]}}"#
        )
    };
    assert!(!read(&stmt(""), PolicyKind::Key));
    let cond = r#","Condition":{"StringEquals":{"kms:CallerAccount":"111122223333"}}"#;
    assert!(read(&stmt(cond), PolicyKind::Key));
    let identity = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:Encrypt","Resource":"arn:aws:kms:*:111122223333:key/${aws:username}"}]}"#;
    assert!(read(identity, PolicyKind::Identity));
    // Version 2008-10-17 has no policy variables: the same text is plain.
    let old = identity.replace("2012-10-17", "2008-10-17");
    assert!(!read(&old, PolicyKind::Identity));
}

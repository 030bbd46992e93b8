//! Each KMS condition key of issue 14, set by its builder: one request a condition on it
//! allows, one it does not.

use super::*;
use crate::access::context::GrantRequestFacts;
use crate::model::{KeySpec, KeyUsageType, OriginType, Timestamp};

fn env() -> Environment {
    Environment {
        now: Timestamp::from_epoch_millis(1_748_736_000_000).unwrap(),
        source_ip: "127.0.0.1".parse().unwrap(),
        secure_transport: false,
    }
}

fn key_ctx(spec: KeySpec, usage: KeyUsageType, origin: OriginType) -> Context {
    let mut c = Context::new();
    c.key(&KeyFacts {
        spec,
        usage,
        origin,
        tags: &[],
        aliases: &["alias/app".to_string()],
    });
    c
}

fn grant_ctx(ops: &[&str], types: &[&str]) -> Context {
    let mut c = Context::new();
    c.grant_request(&GrantRequestFacts {
        operations: ops,
        constraint_types: types,
        for_aws_resource: false,
        grantee: "arn:aws:iam::111122223333:role/W",
        retiring: Some("arn:aws:iam::111122223333:role/Cleaner"),
    });
    c
}

/// Ends a builder chain inside a `with` closure.
fn keep(_: &mut Context) {}

fn with(f: impl FnOnce(&mut Context)) -> Context {
    let mut c = Context::new();
    f(&mut c);
    c
}

/// (condition, context it allows, context it refuses)
#[rustfmt::skip]
fn cases() -> Vec<(&'static str, Context, Context)> {
    use KeySpec::*;
    use KeyUsageType::*;
    use OriginType::*;
    let ec = |k: &str, v: &str| with(|c| keep(c.encryption_context(&BTreeMap::from([(k.into(), v.into())])))) ;
    vec![
        (r#"{"StringEquals":{"kms:EncryptionContext:Dept":"Finance"}}"#, ec("Dept", "Finance"), ec("Dept", "HR")),
        (r#"{"ForAllValues:StringEquals":{"kms:EncryptionContextKeys":["Dept"]}}"#, ec("Dept", "x"), ec("Team", "x")),
        (r#"{"StringEquals":{"kms:CallerAccount":"111122223333"}}"#,
            Context::for_call(&user("a"), &env(), "Encrypt"),
            Context::for_call(&who("arn:aws:iam::444455556666:user/e"), &env(), "Encrypt")),
        (r#"{"ForAllValues:StringEquals":{"kms:GrantOperations":["Decrypt"]}}"#, grant_ctx(&["Decrypt"], &[]), grant_ctx(&["Decrypt", "Encrypt"], &[])),
        (r#"{"StringEquals":{"kms:GrantConstraintType":"EncryptionContextEquals"}}"#,
            grant_ctx(&["Decrypt"], &["EncryptionContextEquals"]), grant_ctx(&["Decrypt"], &[])),
        (r#"{"StringEquals":{"kms:GranteePrincipal":"arn:aws:iam::111122223333:role/W"}}"#, grant_ctx(&["Decrypt"], &[]), Context::new()),
        (r#"{"StringLike":{"kms:RetiringPrincipal":"*:role/Cleaner"}}"#, grant_ctx(&["Decrypt"], &[]), Context::new()),
        (r#"{"Bool":{"kms:GrantIsForAWSResource":"false"}}"#, grant_ctx(&["Decrypt"], &[]), with(|c| keep(c.set("kms:GrantIsForAWSResource", "true")))),
        (r#"{"Bool":{"kms:ReEncryptOnSameKey":true}}"#, with(|c| keep(c.reencrypt_on_same_key(true))), with(|c| keep(c.reencrypt_on_same_key(false)))),
        (r#"{"StringEquals":{"kms:KeySpec":"RSA_2048"}}"#, key_ctx(RSA_2048, SIGN_VERIFY, AWS_KMS), key_ctx(SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT, AWS_KMS)),
        (r#"{"StringEquals":{"kms:KeyUsage":"GENERATE_VERIFY_MAC"}}"#, key_ctx(HMAC_256, GENERATE_VERIFY_MAC, AWS_KMS), key_ctx(RSA_2048, SIGN_VERIFY, AWS_KMS)),
        (r#"{"StringEquals":{"kms:KeyOrigin":"EXTERNAL"}}"#, key_ctx(SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT, EXTERNAL), key_ctx(SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT, AWS_KMS)),
        (r#"{"StringEquals":{"kms:EncryptionAlgorithm":"RSAES_OAEP_SHA_256"}}"#,
            with(|c| keep(c.encryption_algorithm("RSAES_OAEP_SHA_256"))), with(|c| keep(c.encryption_algorithm("RSAES_OAEP_SHA_1")))),
        (r#"{"StringLike":{"kms:SigningAlgorithm":"ECDSA_*"}}"#, with(|c| keep(c.signing_algorithm("ECDSA_SHA_256"))), with(|c| keep(c.signing_algorithm("RSASSA_PSS_SHA_256")))),
        (r#"{"StringEquals":{"kms:MacAlgorithm":"HMAC_SHA_512"}}"#, with(|c| keep(c.mac_algorithm("HMAC_SHA_512"))), with(|c| keep(c.mac_algorithm("HMAC_SHA_256")))),
        (r#"{"StringEquals":{"kms:MessageType":"RAW"}}"#, with(|c| keep(c.message_type("RAW"))), with(|c| keep(c.message_type("DIGEST")))),
        (r#"{"StringEquals":{"kms:RequestAlias":"alias/app"}}"#, with(|c| keep(c.request_alias("alias/app"))), Context::new()),
        (r#"{"ForAnyValue:StringLike":{"kms:ResourceAliases":"alias/app*"}}"#, key_ctx(SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT, AWS_KMS), Context::new()),
        (r#"{"NumericGreaterThanEquals":{"kms:ScheduleKeyDeletionPendingWindowInDays":"14"}}"#,
            with(|c| keep(c.pending_window_in_days(30))), with(|c| keep(c.pending_window_in_days(7)))),
        (r#"{"Bool":{"kms:BypassPolicyLockoutSafetyCheck":false}}"#,
            with(|c| keep(c.bypass_policy_lockout_safety_check(false))), with(|c| keep(c.bypass_policy_lockout_safety_check(true)))),
        (r#"{"NumericLessThanEquals":{"kms:RotationPeriodInDays":"365"}}"#,
            with(|c| keep(c.rotation_period_in_days(180))), with(|c| keep(c.rotation_period_in_days(730)))),
        (r#"{"Null":{"kms:ViaService":"true"}}"#, with(|c| keep(c.via_service(None))), with(|c| keep(c.via_service(Some("rds.us-east-1.amazonaws.com"))))),
    ]
}

#[test]
fn each_kms_key_allows_and_refuses() {
    let all = cases();
    assert_eq!(all.len(), 22);
    for (cond, yes, no) in &all {
        assert!(condition_allows(cond, yes), "should allow: {cond}");
        assert!(!condition_allows(cond, no), "should refuse: {cond}");
    }
}

#[test]
fn for_call_sets_caller_account_only_where_the_operation_has_it() {
    let alice = user("alice");
    let c = Context::for_call(&alice, &env(), "Decrypt");
    assert_eq!(c.get("kms:CallerAccount"), Some(&[ACCOUNT.to_string()][..]));
    assert_eq!(c.get("aws:SourceIp"), Some(&["127.0.0.1".to_string()][..]));
    for op in ["CreateKey", "ListKeys", "GenerateRandom", "RetireGrant"] {
        assert!(
            Context::for_call(&alice, &env(), op)
                .get("kms:CallerAccount")
                .is_none(),
            "{op}"
        );
    }
}

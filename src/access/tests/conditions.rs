//! Set operators, IfExists, Null, missing keys, AND/OR, key-name case, policy variables.

use super::*;

fn ctx(pairs: &[(&str, &[&str])]) -> Context {
    let mut c = Context::new();
    for (k, v) in pairs {
        c.set_all(k, v.iter().copied());
    }
    c
}

const OPS: &str = "kms:GrantOperations";

#[test]
fn for_all_values_needs_every_request_value_in_the_policy_set() {
    let cond = r#"{"ForAllValues:StringEquals":{"kms:GrantOperations":["Encrypt","ReEncryptTo"]}}"#;
    assert!(condition_allows(cond, &ctx(&[(OPS, &["Encrypt"])])));
    assert!(condition_allows(
        cond,
        &ctx(&[(OPS, &["Encrypt", "ReEncryptTo"])])
    ));
    assert!(!condition_allows(
        cond,
        &ctx(&[(OPS, &["Encrypt", "Decrypt"])])
    ));
    // An absent (empty) set passes ForAllValues: AWS's well-known pitfall.
    assert!(condition_allows(cond, &Context::new()));
}

#[test]
fn for_any_value_needs_one_request_value_in_the_policy_set() {
    let cond = r#"{"ForAnyValue:StringEquals":{"kms:GrantOperations":["Decrypt"]}}"#;
    assert!(condition_allows(
        cond,
        &ctx(&[(OPS, &["Encrypt", "Decrypt"])])
    ));
    assert!(!condition_allows(cond, &ctx(&[(OPS, &["Encrypt"])])));
    assert!(!condition_allows(cond, &Context::new()));
}

#[test]
fn negated_set_operators() {
    let all_not = r#"{"ForAllValues:StringNotLike":{"aws:TagKeys":["aws:*","Secret*"]}}"#;
    assert!(condition_allows(
        all_not,
        &ctx(&[("aws:TagKeys", &["Team", "Cost"])])
    ));
    assert!(!condition_allows(
        all_not,
        &ctx(&[("aws:TagKeys", &["Team", "SecretX"])])
    ));
    let any_not = r#"{"ForAnyValue:StringNotEquals":{"aws:TagKeys":["Team"]}}"#;
    assert!(condition_allows(
        any_not,
        &ctx(&[("aws:TagKeys", &["Team", "Cost"])])
    ));
    assert!(!condition_allows(
        any_not,
        &ctx(&[("aws:TagKeys", &["Team"])])
    ));
}

#[test]
fn set_operators_with_bool_and_strings_of_booleans() {
    let cond = r#"{"ForAnyValue:Bool":{"aws:SecureTransport":"false"}}"#;
    assert!(condition_allows(
        cond,
        &ctx(&[("aws:SecureTransport", &["false"])])
    ));
    assert!(!condition_allows(
        cond,
        &ctx(&[("aws:SecureTransport", &["true"])])
    ));
}

#[test]
fn plain_operators_on_multi_valued_keys_match_any_value() {
    let cond = r#"{"StringEquals":{"kms:ResourceAliases":"alias/prod"}}"#;
    let both = ctx(&[("kms:ResourceAliases", &["alias/test", "alias/prod"])]);
    assert!(condition_allows(cond, &both));
    let not = r#"{"StringNotEquals":{"kms:ResourceAliases":"alias/prod"}}"#;
    assert!(!condition_allows(not, &both));
}

#[test]
fn if_exists_passes_when_the_key_is_absent_and_checks_it_when_present() {
    let cond = r#"{"StringEqualsIfExists":{"kms:ViaService":"ec2.us-east-1.amazonaws.com"}}"#;
    assert!(condition_allows(cond, &Context::new()));
    let via = |s: &str| ctx(&[("kms:ViaService", &[s])]);
    assert!(condition_allows(cond, &via("ec2.us-east-1.amazonaws.com")));
    assert!(!condition_allows(cond, &via("rds.us-east-1.amazonaws.com")));
    let set = r#"{"ForAnyValue:StringLikeIfExists":{"aws:TagKeys":"x*"}}"#;
    assert!(condition_allows(set, &Context::new()));
    assert!(!condition_allows(set, &ctx(&[("aws:TagKeys", &["y"])])));
}

#[test]
fn missing_keys_fail_positive_operators_and_pass_negated_ones() {
    let empty = Context::new();
    assert!(!condition_allows(
        r#"{"StringEquals":{"kms:ViaService":"x"}}"#,
        &empty
    ));
    assert!(!condition_allows(
        r#"{"NumericLessThan":{"kms:RotationPeriodInDays":"9"}}"#,
        &empty
    ));
    assert!(condition_allows(
        r#"{"StringNotEquals":{"kms:ViaService":"x"}}"#,
        &empty
    ));
    assert!(condition_allows(
        r#"{"ArnNotLike":{"aws:SourceArn":"arn:*"}}"#,
        &empty
    ));
    assert!(condition_allows(
        r#"{"NotIpAddress":{"aws:SourceIp":"10.0.0.0/8"}}"#,
        &empty
    ));
}

#[test]
fn null_checks_presence() {
    let ses = r#"{"Null":{"kms:EncryptionContext:aws:ses:rule-name":false}}"#;
    assert!(condition_allows(
        ses,
        &ctx(&[("kms:EncryptionContext:aws:ses:rule-name", &["r"])])
    ));
    assert!(!condition_allows(ses, &Context::new()));
    let absent = r#"{"Null":{"kms:ViaService":"true"}}"#;
    assert!(condition_allows(absent, &Context::new()));
    assert!(!condition_allows(
        absent,
        &ctx(&[("kms:ViaService", &["s3.x.amazonaws.com"])])
    ));
}

#[test]
fn keys_are_anded_values_ored_and_operators_anded() {
    let cond = r#"{"StringEquals":{"kms:CallerAccount":"111122223333","kms:ViaService":["ec2.us-west-2.amazonaws.com","rds.us-west-2.amazonaws.com"]},"Bool":{"aws:SecureTransport":"false"}}"#;
    let base = [
        ("kms:CallerAccount", &["111122223333"][..]),
        ("kms:ViaService", &["rds.us-west-2.amazonaws.com"][..]),
        ("aws:SecureTransport", &["false"][..]),
    ];
    assert!(condition_allows(cond, &ctx(&base)));
    let mut wrong_account = base;
    wrong_account[0].1 = &["444455556666"];
    assert!(!condition_allows(cond, &ctx(&wrong_account)));
    let mut wrong_service = base;
    wrong_service[1].1 = &["s3.us-west-2.amazonaws.com"];
    assert!(!condition_allows(cond, &ctx(&wrong_service)));
    let mut tls = base;
    tls[2].1 = &["true"];
    assert!(!condition_allows(cond, &ctx(&tls)));
}

#[test]
fn condition_key_names_ignore_case_values_do_not() {
    let cond = r#"{"StringEquals":{"KMS:encryptioncontext:AppName":"ExampleApp"}}"#;
    let mut c = Context::new();
    c.encryption_context(&BTreeMap::from([("appname".into(), "ExampleApp".into())]));
    assert!(condition_allows(cond, &c));
    let mut c = Context::new();
    c.encryption_context(&BTreeMap::from([("AppName".into(), "exampleapp".into())]));
    assert!(!condition_allows(cond, &c));
}

#[test]
fn policy_variables_in_condition_values() {
    let alice = user("alice");
    let mut c = ctx_for(&alice);
    c.set("kms:EncryptionContext:owner", "alice");
    let cond = r#"{"StringEquals":{"kms:EncryptionContext:owner":"${aws:username}"}}"#;
    assert!(condition_allows(cond, &c));
    c.set("kms:EncryptionContext:owner", "bob");
    assert!(!condition_allows(cond, &c));
    // A role session has no aws:username: the condition cannot be met…
    let session = who("arn:aws:sts::111122223333:assumed-role/App/alice");
    let mut c = ctx_for(&session);
    c.set("kms:EncryptionContext:owner", "");
    assert!(!condition_allows(cond, &c));
    // …unless the variable has a default.
    let defaulted =
        r#"{"StringEquals":{"kms:EncryptionContext:owner":"${aws:username,'nobody'}"}}"#;
    c.set("kms:EncryptionContext:owner", "nobody");
    assert!(condition_allows(defaulted, &c));
    let account = r#"{"StringLike":{"kms:EncryptionContext:tenant":"${aws:PrincipalAccount}-*"}}"#;
    c.set("kms:EncryptionContext:tenant", "111122223333-eu");
    assert!(condition_allows(account, &c));
}

#[test]
fn escapes_make_wildcards_literal_in_like_operators() {
    let cond = r#"{"StringLike":{"kms:EncryptionContext:path":"/data/${*}/x"}}"#;
    let path = |p: &str| ctx(&[("kms:EncryptionContext:path", &[p])]);
    assert!(condition_allows(cond, &path("/data/*/x")));
    assert!(!condition_allows(cond, &path("/data/any/x")));
    let cost = r#"{"StringEquals":{"kms:EncryptionContext:cost":"${$}5${?}"}}"#;
    assert!(condition_allows(
        cost,
        &ctx(&[("kms:EncryptionContext:cost", &["$5?"])])
    ));
}

#[test]
fn policy_variables_in_resources_and_the_2008_version() {
    let bob = user("bob");
    let stmt = r#"{"Effect":"Allow","Action":"kms:Encrypt","Resource":"arn:aws:kms:*:111122223333:key/${aws:username}-*"}"#;
    let ids = [identity("own", stmt)];
    let policy = key_policy(&root_statement(ACCOUNT));
    let mut ask = Ask::new(&bob, "kms:Encrypt", &policy).identity(&ids);
    ask.key_arn = "arn:aws:kms:us-east-1:111122223333:key/bob-1";
    assert!(ask.decide().is_allowed());
    ask.key_arn = "arn:aws:kms:us-east-1:111122223333:key/alice-1";
    assert!(!ask.decide().is_allowed());
    // A session has no aws:username: the statement does not apply (it does not turn into
    // key/-* and match more than it should).
    let session = who("arn:aws:sts::111122223333:assumed-role/App/s");
    let mut ask = Ask::new(&session, "kms:Encrypt", &policy).identity(&ids);
    ask.key_arn = "arn:aws:kms:us-east-1:111122223333:key/-1";
    assert!(!ask.decide().is_allowed());
    // Version 2008-10-17 has no variables: the text is literal.
    let old = Policy::parse(
        r#"{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Action":"kms:Encrypt","Resource":"arn:aws:kms:*:111122223333:key/${aws:username}-*"}]}"#,
        PolicyKind::Identity,
    )
    .unwrap();
    let ids = [NamedPolicy {
        name: "old".into(),
        policy: old,
    }];
    let mut ask = Ask::new(&bob, "kms:Encrypt", &policy).identity(&ids);
    ask.key_arn = "arn:aws:kms:us-east-1:111122223333:key/bob-1";
    assert!(!ask.decide().is_allowed());
    ask.key_arn = "arn:aws:kms:us-east-1:111122223333:key/${aws:username}-1";
    assert!(ask.decide().is_allowed());
}

#[test]
fn an_unresolved_resource_variable_matches_nothing_but_spares_its_neighbours() {
    let session = who("arn:aws:sts::111122223333:assumed-role/App/s");
    let policy = key_policy(&root_statement(ACCOUNT));
    let listed = [identity(
        "list",
        &format!(
            r#"{{"Effect":"Allow","Action":"kms:Encrypt","Resource":["arn:aws:kms:*:111122223333:key/${{aws:username}}","{KEY1}"]}}"#
        ),
    )];
    let ask = Ask::new(&session, "kms:Encrypt", &policy).identity(&listed);
    assert!(ask.decide().is_allowed());
    // Under NotResource an unresolved entry would widen the statement: it does not apply.
    let inverted = [identity(
        "not",
        r#"{"Effect":"Deny","Action":"kms:Encrypt","NotResource":"arn:aws:kms:*:111122223333:key/${aws:username}"}"#,
    )];
    let ids = [listed[0].clone(), inverted[0].clone()];
    let ask = Ask::new(&session, "kms:Encrypt", &policy).identity(&ids);
    assert!(ask.decide().is_allowed());
}

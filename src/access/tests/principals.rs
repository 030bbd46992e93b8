//! Principals, NotPrincipal/NotAction/NotResource, sessions and accounts.

use super::*;

const ROLE: &str = "arn:aws:iam::111122223333:role/KMSRole";
const SESSION: &str = "arn:aws:sts::111122223333:assumed-role/KMSRole/worker-1";

#[test]
fn a_role_in_a_key_policy_covers_its_sessions() {
    let policy = key_policy(&allow(ROLE, "kms:Decrypt"));
    let session = who(SESSION);
    assert_eq!(
        Ask::new(&session, "kms:Decrypt", &policy).outcome(),
        "allowed"
    );
    // A role with a path in the policy still names the session's role.
    let pathed = key_policy(&allow(
        "arn:aws:iam::111122223333:role/team/KMSRole",
        "kms:Decrypt",
    ));
    assert_eq!(
        Ask::new(&session, "kms:Decrypt", &pathed).outcome(),
        "allowed"
    );
    // Another role's session, or the same role name in another account, is not covered.
    let other = who("arn:aws:sts::111122223333:assumed-role/Other/worker-1");
    assert_eq!(
        Ask::new(&other, "kms:Decrypt", &policy).outcome(),
        "implicitDeny"
    );
    let elsewhere = who("arn:aws:sts::444455556666:assumed-role/KMSRole/worker-1");
    assert_eq!(
        Ask::new(&elsewhere, "kms:Decrypt", &policy).outcome(),
        "implicitDeny"
    );
    // A policy naming one session covers only that session.
    let one = key_policy(&allow(SESSION, "kms:Decrypt"));
    assert_eq!(Ask::new(&session, "kms:Decrypt", &one).outcome(), "allowed");
    let sibling = who("arn:aws:sts::111122223333:assumed-role/KMSRole/worker-2");
    assert_eq!(
        Ask::new(&sibling, "kms:Decrypt", &one).outcome(),
        "implicitDeny"
    );
}

#[test]
fn sessions_report_their_role_as_principal_arn() {
    let s = who(SESSION);
    assert_eq!(s.principal_arn(), ROLE);
    assert_eq!(s.principal_type(), "AssumedRole");
    assert_eq!(s.role_name(), Some("KMSRole"));
    assert!(s.username().is_none());
    assert!(s.user_id().starts_with("AROA") && s.user_id().ends_with(":worker-1"));
}

#[test]
fn an_account_id_means_the_root_and_enables_iam_policies() {
    let policy = key_policy(&allow(ACCOUNT, "kms:*"));
    let root = Principal::root(ACCOUNT);
    assert_eq!(Ask::new(&root, "kms:Encrypt", &policy).outcome(), "allowed");
    let alice = user("alice");
    assert_eq!(
        Ask::new(&alice, "kms:Encrypt", &policy).outcome(),
        "implicitDeny"
    );
    let ids = [identity(
        "use",
        r#"{"Effect":"Allow","Action":"kms:Encrypt","Resource":"*"}"#,
    )];
    let d = Ask::new(&alice, "kms:Encrypt", &policy)
        .identity(&ids)
        .decide();
    assert!(d.is_allowed());
}

#[test]
fn a_star_principal_allows_everyone_and_needs_a_condition_to_narrow_it() {
    let policy = key_policy(
        r#"{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"kms:Encrypt","Resource":"*","Condition":{"StringEquals":{"kms:CallerAccount":"111122223333"}}}"#,
    );
    assert_eq!(
        Ask::new(&user("alice"), "kms:Encrypt", &policy).outcome(),
        "allowed"
    );
    let partner = who("arn:aws:iam::444455556666:user/eve");
    assert_eq!(
        Ask::new(&partner, "kms:Encrypt", &policy).outcome(),
        "implicitDeny"
    );
}

#[test]
fn service_principals_match_only_that_service() {
    let policy = key_policy(
        r#"{"Effect":"Allow","Principal":{"Service":"ses.amazonaws.com"},"Action":["kms:Encrypt","kms:GenerateDataKey*"],"Resource":"*"}"#,
    );
    let ses = Principal::service("ses.amazonaws.com");
    assert_eq!(
        Ask::new(&ses, "kms:GenerateDataKey", &policy).outcome(),
        "allowed"
    );
    let s3 = Principal::service("s3.amazonaws.com");
    assert_eq!(
        Ask::new(&s3, "kms:Encrypt", &policy).outcome(),
        "implicitDeny"
    );
    assert_eq!(
        Ask::new(&user("alice"), "kms:Encrypt", &policy).outcome(),
        "implicitDeny"
    );
}

#[test]
fn not_principal_deny_spares_only_principals_listed_with_their_account() {
    let deny = |listed: &str| {
        key_policy(&format!(
            r#"{},{{"Effect":"Deny","NotPrincipal":{{"AWS":{listed}}},"Action":"kms:*","Resource":"*"}}"#,
            allow("*", "kms:*")
        ))
    };
    let alice = user("alice");
    let with_account = deny(r#"["arn:aws:iam::111122223333:user/alice","111122223333"]"#);
    assert_eq!(
        Ask::new(&alice, "kms:Encrypt", &with_account).outcome(),
        "allowed"
    );
    assert_eq!(
        Ask::new(&user("bob"), "kms:Encrypt", &with_account).outcome(),
        "explicitDeny"
    );
    // Listing only the user leaves the account unlisted, so the deny still reaches her.
    let user_only = deny(r#""arn:aws:iam::111122223333:user/alice""#);
    assert_eq!(
        Ask::new(&alice, "kms:Encrypt", &user_only).outcome(),
        "explicitDeny"
    );
    // The root is spared by its account alone.
    let root_only = deny(r#""arn:aws:iam::111122223333:root""#);
    let root = Principal::root(ACCOUNT);
    assert_eq!(
        Ask::new(&root, "kms:Encrypt", &root_only).outcome(),
        "allowed"
    );
    assert_eq!(
        Ask::new(&alice, "kms:Encrypt", &root_only).outcome(),
        "explicitDeny"
    );
}

#[test]
fn not_action_allows_everything_else() {
    let policy = key_policy(&format!(
        r#"{{"Effect":"Allow","Principal":{{"AWS":"{}"}},"NotAction":["kms:Schedule*","kms:PutKeyPolicy"],"Resource":"*"}}"#,
        "arn:aws:iam::111122223333:user/alice"
    ));
    let alice = user("alice");
    assert_eq!(
        Ask::new(&alice, "kms:DisableKey", &policy).outcome(),
        "allowed"
    );
    assert_eq!(
        Ask::new(&alice, "kms:ScheduleKeyDeletion", &policy).outcome(),
        "implicitDeny"
    );
    assert_eq!(
        Ask::new(&alice, "kms:putkeypolicy", &policy).outcome(),
        "implicitDeny"
    );
}

#[test]
fn actions_match_case_insensitively_with_wildcards() {
    let policy = key_policy(&allow(
        "arn:aws:iam::111122223333:user/alice",
        "KMS:reencrypt*",
    ));
    let alice = user("alice");
    assert_eq!(
        Ask::new(&alice, "kms:ReEncryptFrom", &policy).outcome(),
        "allowed"
    );
    assert_eq!(
        Ask::new(&alice, "kms:ReEncryptTo", &policy).outcome(),
        "allowed"
    );
    assert_eq!(
        Ask::new(&alice, "kms:Decrypt", &policy).outcome(),
        "implicitDeny"
    );
}

#[test]
fn not_resource_and_resource_arns_in_identity_policies() {
    let policy = key_policy(&root_statement(ACCOUNT));
    let alice = user("alice");
    let ids = [identity(
        "all-but-key2",
        &format!(r#"{{"Effect":"Allow","Action":"kms:*","NotResource":"{KEY2}"}}"#),
    )];
    let mut ask = Ask::new(&alice, "kms:Encrypt", &policy).identity(&ids);
    assert!(ask.decide().is_allowed());
    ask.key_arn = KEY2;
    assert_eq!(ask.outcome(), "implicitDeny");
    let region = [identity(
        "us-west-2",
        r#"{"Effect":"Allow","Action":"kms:Encrypt","Resource":"arn:aws:kms:us-west-2:111122223333:key/*"}"#,
    )];
    assert_eq!(
        Ask::new(&alice, "kms:Encrypt", &policy)
            .identity(&region)
            .outcome(),
        "implicitDeny"
    );
}

#[test]
fn cross_account_needs_the_key_policy_and_the_partners_own_policy() {
    let partner = who("arn:aws:iam::444455556666:user/eve");
    let partner_iam = [identity(
        "UseCustomerKey",
        &format!(
            r#"{{"Effect":"Allow","Action":["kms:Encrypt","kms:Decrypt"],"Resource":"{KEY1}"}}"#
        ),
    )];
    let names_account = key_policy(&format!(
        "{},{}",
        root_statement(ACCOUNT),
        allow(PARTNER, "kms:Encrypt")
    ));
    let ask = |policy: &Policy, ids: &[NamedPolicy]| {
        Ask::new(&partner, "kms:Encrypt", policy)
            .identity(ids)
            .outcome()
    };
    assert_eq!(ask(&names_account, &partner_iam), "allowed");
    assert_eq!(ask(&names_account, &[]), "implicitDeny");
    // The key policy naming the partner user directly still needs the partner's IAM policy.
    let names_user = key_policy(&allow("arn:aws:iam::444455556666:user/eve", "kms:Encrypt"));
    assert_eq!(ask(&names_user, &partner_iam), "allowed");
    assert_eq!(ask(&names_user, &[]), "implicitDeny");
    // Without the key policy statement, the partner's IAM policy is not enough.
    let own_only = key_policy(&root_statement(ACCOUNT));
    assert_eq!(ask(&own_only, &partner_iam), "implicitDeny");
    // The partner account's root needs no identity policy of its own.
    let partner_root = Principal::root(PARTNER);
    assert_eq!(
        Ask::new(&partner_root, "kms:Encrypt", &names_account).outcome(),
        "allowed"
    );
    // A same-account principal never reaches the key through another account's statement.
    assert_eq!(
        Ask::new(&user("alice"), "kms:Encrypt", &names_user).outcome(),
        "implicitDeny"
    );
}

#[test]
fn principal_parsing() {
    for good in [
        "arn:aws:iam::111122223333:root",
        "arn:aws:iam::111122223333:user/division/alice",
        "arn:aws:iam::111122223333:role/KMSRole",
        "arn:aws:sts::111122223333:assumed-role/KMSRole/s",
        "arn:aws:sts::111122223333:federated-user/bob",
        "arn:aws-cn:iam::111122223333:user/alice",
    ] {
        assert!(Principal::parse(good).is_some(), "{good}");
    }
    for bad in [
        "",
        "111122223333",
        "arn:aws:iam::111122223333:group/admins",
        "arn:aws:iam::11112222333:root",
        "arn:aws:iam::111122223333:user/*",
        "arn:aws:iam::111122223333:user/",
        "arn:aws:sts::111122223333:assumed-role/KMSRole",
        "arn:aws:iam:us-east-1:111122223333:root",
    ] {
        assert!(Principal::parse(bad).is_none(), "{bad}");
    }
    let alice = user("alice");
    assert_eq!(alice.username(), Some("alice"));
    assert_eq!(
        who("arn:aws:iam::111122223333:user/division/alice").username(),
        Some("alice")
    );
    assert_eq!(alice.root_arn(), "arn:aws:iam::111122223333:root");
    assert!(alice.user_id().starts_with("AIDA") && alice.user_id().len() == 21);
    assert_eq!(Principal::root(ACCOUNT).user_id(), ACCOUNT);
}

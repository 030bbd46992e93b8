//! The lockout safety check and principal validation of new key policies.

use super::*;
use crate::access::lockout::{LOCKOUT, check_principals};
use crate::error::{Error, ErrorCode};

fn doc(statements: &str) -> String {
    format!(r#"{{"Version":"2012-10-17","Statement":[{statements}]}}"#)
}

fn check(
    document: &str,
    p: &Principal,
    ids: &[NamedPolicy],
    bypass: bool,
) -> Result<Arc<Policy>, Error> {
    let ctx = ctx_for(p);
    check_new_key_policy(&NewPolicy {
        document,
        principal: p,
        identity_policies: ids,
        context: &ctx,
        key_arn: KEY1,
        key_account: ACCOUNT,
        bypass,
    })
}

fn malformed(r: Result<Arc<Policy>, Error>) -> String {
    match r {
        Err(Error::Service(e)) => {
            assert_eq!(e.code, ErrorCode::MalformedPolicyDocumentException);
            e.text().to_string()
        }
        other => panic!("expected MalformedPolicyDocumentException, got {other:?}"),
    }
}

#[test]
fn a_policy_that_locks_the_caller_out_is_refused_unless_bypassed() {
    let admin = user("admin");
    let users_only = doc(&allow("arn:aws:iam::111122223333:user/app", "kms:Encrypt"));
    assert_eq!(malformed(check(&users_only, &admin, &[], false)), LOCKOUT);
    assert_eq!(
        LOCKOUT,
        "The new key policy will not allow you to update the key policy in the future."
    );
    let parsed = check(&users_only, &admin, &[], true).unwrap();
    assert_eq!(parsed.statements.len(), 1);
}

#[test]
fn a_policy_keeping_put_key_policy_for_the_caller_passes() {
    let admin = user("admin");
    let direct = doc(&allow("arn:aws:iam::111122223333:user/admin", "kms:Put*"));
    assert!(check(&direct, &admin, &[], false).is_ok());
    // Through the root statement, the caller's IAM policy must allow PutKeyPolicy too.
    let root = doc(&root_statement(ACCOUNT));
    assert_eq!(malformed(check(&root, &admin, &[], false)), LOCKOUT);
    let ids = [identity(
        "admin",
        r#"{"Effect":"Allow","Action":"kms:*","Resource":"*"}"#,
    )];
    assert!(check(&root, &admin, &ids, false).is_ok());
    // The root itself keeps access through the default statement.
    assert!(check(&root, &Principal::root(ACCOUNT), &[], false).is_ok());
}

#[test]
fn a_deny_on_put_key_policy_locks_out_too() {
    let root = Principal::root(ACCOUNT);
    let document = doc(&format!(
        r#"{},{{"Effect":"Deny","Principal":"*","Action":"kms:PutKeyPolicy","Resource":"*"}}"#,
        root_statement(ACCOUNT)
    ));
    assert_eq!(malformed(check(&document, &root, &[], false)), LOCKOUT);
}

#[test]
fn invalid_principals_are_refused_even_with_bypass() {
    let root = Principal::root(ACCOUNT);
    for principal in [
        "arn:aws:iam::111122223333:user/*",
        "arn:aws:iam::111122223333:group/Admins",
    ] {
        let document = doc(&format!(
            "{},{}",
            root_statement(ACCOUNT),
            allow(principal, "kms:Encrypt")
        ));
        assert_eq!(
            malformed(check(&document, &root, &[], true)),
            "Policy contains a statement with one or more invalid principals.",
            "{principal}"
        );
    }
    // Wildcard service principals are refused by the parsed check as well.
    let svc = key_policy(
        r#"{"Effect":"Allow","Principal":{"Service":"*.amazonaws.com"},"Action":"kms:*","Resource":"*"}"#,
    );
    assert!(check_principals(&svc).is_err());
    let fed = key_policy(
        r#"{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::111122223333:saml-provider/corp"},"Action":"kms:*","Resource":"*"}"#,
    );
    assert!(check_principals(&fed).is_ok());
}

#[test]
fn documents_that_do_not_parse_are_malformed() {
    // The step checks the form first (steps::policy::check_document); what still fails to
    // parse here is refused the same way.
    let root = Principal::root(ACCOUNT);
    let m = malformed(check("{", &root, &[], true));
    assert!(m.starts_with("The policy is not valid JSON"), "{m}");
    let m = malformed(check(
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:*","Resource":"*"}]}"#,
        &root,
        &[],
        true,
    ));
    assert_eq!(m, "Statement 1: has no Principal.");
}

#[test]
fn identity_policies_must_not_name_principals() {
    let e = Policy::parse(&doc(&allow("*", "kms:*")), PolicyKind::Identity).unwrap_err();
    assert_eq!(e.0, "Policy document should not specify a principal.");
    let missing = Policy::parse(
        &doc(r#"{"Effect":"Allow","Action":"kms:*"}"#),
        PolicyKind::Identity,
    );
    assert!(missing.is_err());
}

#[test]
fn odd_documents_never_panic() {
    for d in [
        "",
        "null",
        "[]",
        "{}",
        r#"{"Statement":1}"#,
        r#"{"Version":"2012-10-17","Statement":[1]}"#,
        r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":[],"Action":"kms:*","Resource":"*"}}"#,
        r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":"*","Action":[{}],"Resource":"*"}}"#,
        r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":"*","Action":"kms:*","Resource":"*","Condition":{"Bool":[]}}}"#,
        r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":"*","Action":"kms:*","Resource":"*","Condition":{"Bool":{"k":[[]]}}}}"#,
    ] {
        assert!(Policy::parse(d, PolicyKind::Key).is_err(), "{d}");
    }
    // A statement without Resource parses and never applies (AWS accepts and ignores it).
    let p = Policy::parse(
        &doc(r#"{"Effect":"Allow","Principal":"*","Action":"kms:*"}"#),
        PolicyKind::Key,
    )
    .unwrap();
    assert_eq!(
        Ask::new(&user("a"), "kms:Encrypt", &p).outcome(),
        "implicitDeny"
    );
}

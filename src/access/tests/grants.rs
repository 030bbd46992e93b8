//! Grants: what they allow under their constraints, which operations a key admits, who may
//! retire them, the limits, and their part in decisions.

use super::*;
use crate::error::{Error, ErrorCode};
use crate::model::{KeySpec, KeyUsageType};
use GrantOperation::*;

fn ec(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn grant(grantee: &str, ops: &[GrantOperation], constraints: GrantConstraints) -> Grant {
    Grant {
        grant_id: "0d8aa621".repeat(8),
        key_arn: KEY1.into(),
        name: String::new(),
        creation_date_millis: 1_444_151_834_000,
        grantee_principal: grantee.into(),
        retiring_principal: None,
        issuing_account: format!("arn:aws:iam::{ACCOUNT}:root"),
        issuing_principal: format!("arn:aws:iam::{ACCOUNT}:user/admin"),
        operations: ops.to_vec(),
        constraints,
    }
}

fn subset(pairs: &[(&str, &str)]) -> GrantConstraints {
    GrantConstraints {
        encryption_context_subset: Some(ec(pairs)),
        encryption_context_equals: None,
    }
}

fn equals(pairs: &[(&str, &str)]) -> GrantConstraints {
    GrantConstraints {
        encryption_context_subset: None,
        encryption_context_equals: Some(ec(pairs)),
    }
}

fn validation(r: Result<(), Error>) -> String {
    match r {
        Err(Error::Service(e)) if e.code == ErrorCode::ValidationException => e.text().to_string(),
        other => panic!("expected ValidationException, got {other:?}"),
    }
}

#[test]
fn subset_constraints_as_in_the_guide() {
    let c = subset(&[("Department", "Finance"), ("Classification", "Public")]);
    assert!(c.satisfied_by(&ec(&[
        ("Department", "Finance"),
        ("Classification", "Public")
    ])));
    assert!(c.satisfied_by(&ec(&[
        ("Department", "Finance"),
        ("Classification", "Public"),
        ("Customer", "12345")
    ])));
    assert!(!c.satisfied_by(&ec(&[("Department", "Finance")])));
    // Keys compare without case, values with.
    assert!(c.satisfied_by(&ec(&[
        ("department", "Finance"),
        ("CLASSIFICATION", "Public")
    ])));
    assert!(!c.satisfied_by(&ec(&[
        ("Department", "finance"),
        ("Classification", "Public")
    ])));
}

#[test]
fn equals_constraints_need_the_exact_context() {
    let c = equals(&[("aws:ebs:id", "vol-5cccfb4e")]);
    assert!(c.satisfied_by(&ec(&[("aws:ebs:id", "vol-5cccfb4e")])));
    assert!(!c.satisfied_by(&ec(&[("aws:ebs:id", "vol-5cccfb4e"), ("x", "y")])));
    assert!(!c.satisfied_by(&ec(&[])));
    assert_eq!(c.types(), ["EncryptionContextEquals"]);
}

#[test]
fn a_grant_allows_exactly_its_operations_under_its_constraints() {
    let g = grant(
        "arn:aws:iam::111122223333:role/Worker",
        &[Decrypt, DescribeKey],
        subset(&[("app", "billing")]),
    );
    let ok = ec(&[("app", "billing")]);
    assert!(g.permits(Decrypt, Some(&ok)));
    assert!(!g.permits(Decrypt, Some(&ec(&[("app", "hr")]))));
    assert!(!g.permits(Decrypt, None));
    assert!(!g.permits(Encrypt, Some(&ok)));
    // DescribeKey takes no encryption context: the constraint does not apply.
    assert!(g.permits(DescribeKey, None));
}

#[test]
fn grants_take_part_in_the_decision() {
    let policy = key_policy(&root_statement(ACCOUNT));
    let g = grant(
        "arn:aws:iam::111122223333:role/Worker",
        &[Decrypt],
        equals(&[("app", "billing")]),
    );
    let grants = [g];
    let session = who("arn:aws:sts::111122223333:assumed-role/Worker/i-1");
    let mut ask = Ask::new(&session, "kms:Decrypt", &policy);
    ask.grants = &grants;
    ask.ec = Some(ec(&[("app", "billing")]));
    let d = ask.decide();
    assert!(d.is_allowed());
    assert_eq!(d.explain(), format!("grant {}", "0d8aa621".repeat(8)));
    ask.ec = Some(ec(&[("app", "payroll")]));
    assert_eq!(ask.outcome(), "implicitDeny");
    ask.ec = Some(ec(&[("app", "billing")]));
    ask.action = "kms:Encrypt";
    assert_eq!(ask.outcome(), "implicitDeny");
    // An explicit deny still wins over a grant.
    let ids = [identity(
        "deny",
        r#"{"Effect":"Deny","Action":"kms:Decrypt","Resource":"*"}"#,
    )];
    ask.action = "kms:Decrypt";
    ask.identity = &ids;
    assert_eq!(ask.outcome(), "explicitDeny");
}

#[test]
fn a_grant_to_an_account_reaches_its_principals_through_their_iam_policies() {
    let policy = key_policy(&root_statement(ACCOUNT));
    let grants = [grant(
        &format!("arn:aws:iam::{PARTNER}:root"),
        &[Encrypt],
        GrantConstraints::default(),
    )];
    let eve = who("arn:aws:iam::444455556666:user/eve");
    let mut ask = Ask::new(&eve, "kms:Encrypt", &policy);
    ask.grants = &grants;
    assert_eq!(ask.outcome(), "implicitDeny");
    let ids = [identity(
        "use",
        &format!(r#"{{"Effect":"Allow","Action":"kms:Encrypt","Resource":"{KEY1}"}}"#),
    )];
    ask.identity = &ids;
    assert_eq!(ask.outcome(), "allowed");
    let root = Principal::root(PARTNER);
    let mut ask = Ask::new(&root, "kms:Encrypt", &policy);
    ask.grants = &grants;
    assert_eq!(ask.outcome(), "allowed");
}

#[test]
fn operations_valid_for_each_key_usage() {
    let sym = (KeySpec::SYMMETRIC_DEFAULT, KeyUsageType::ENCRYPT_DECRYPT);
    let none = GrantConstraints::default();
    assert!(
        check_grant(
            &[Encrypt, Decrypt, GenerateDataKey, ReEncryptTo],
            &none,
            sym
        )
        .is_ok()
    );
    assert_eq!(
        validation(check_grant(&[Sign, Decrypt], &none, sym)),
        "Grant operations [Sign] are not valid for a KMS key with KeySpec SYMMETRIC_DEFAULT and KeyUsage ENCRYPT_DECRYPT."
    );
    let rsa_sign = (KeySpec::RSA_2048, KeyUsageType::SIGN_VERIFY);
    assert!(check_grant(&[Sign, Verify, GetPublicKey, DescribeKey], &none, rsa_sign).is_ok());
    assert!(check_grant(&[GenerateDataKey], &none, rsa_sign).is_err());
    let rsa_enc = (KeySpec::RSA_4096, KeyUsageType::ENCRYPT_DECRYPT);
    assert!(check_grant(&[Encrypt, Decrypt, GetPublicKey], &none, rsa_enc).is_ok());
    assert!(check_grant(&[GenerateDataKey], &none, rsa_enc).is_err());
    let hmac = (KeySpec::HMAC_256, KeyUsageType::GENERATE_VERIFY_MAC);
    assert!(check_grant(&[GenerateMac, VerifyMac, RetireGrant], &none, hmac).is_ok());
    assert!(check_grant(&[Encrypt], &none, hmac).is_err());
    let ecdh = (KeySpec::ECC_NIST_P256, KeyUsageType::KEY_AGREEMENT);
    assert!(check_grant(&[DeriveSharedSecret, GetPublicKey], &none, ecdh).is_ok());
    assert_eq!(
        validation(check_grant(&[CreateGrant], &none, sym)),
        "Grants must not contain only the CreateGrant operation."
    );
}

fn check_grant(
    ops: &[GrantOperation],
    c: &GrantConstraints,
    (spec, usage): (KeySpec, KeyUsageType),
) -> Result<(), Error> {
    crate::access::grant_rules::check_new_grant(ops, c, spec, usage)
}

#[test]
fn constraints_only_on_symmetric_encryption_keys_and_within_limits() {
    let sign = (KeySpec::ECC_NIST_P256, KeyUsageType::SIGN_VERIFY);
    assert!(
        validation(check_grant(&[Sign], &subset(&[("a", "b")]), sign)).contains("ECC_NIST_P256")
    );
    let sym = (KeySpec::SYMMETRIC_DEFAULT, KeyUsageType::ENCRYPT_DECRYPT);
    let nine: Vec<(String, String)> = (0..9).map(|i| (format!("k{i}"), "v".into())).collect();
    let nine: Vec<(&str, &str)> = nine.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert!(check_grant(&[Decrypt], &subset(&nine[..8]), sym).is_ok());
    assert!(check_grant(&[Decrypt], &subset(&nine), sym).is_err());
    let long = "x".repeat(385);
    assert!(check_grant(&[Decrypt], &equals(&[("k", &long)]), sym).is_err());
}

#[test]
fn child_grants_must_be_as_strict_or_stricter() {
    let parent = grant(
        "arn:aws:iam::111122223333:role/A",
        &[CreateGrant, Decrypt, Encrypt],
        subset(&[("app", "x")]),
    );
    assert!(parent.permits_child(&[Decrypt], &subset(&[("app", "x"), ("env", "prod")])));
    assert!(parent.permits_child(&[Decrypt], &equals(&[("APP", "x"), ("env", "prod")])));
    assert!(!parent.permits_child(&[Decrypt], &GrantConstraints::default()));
    assert!(!parent.permits_child(&[Decrypt, Sign], &subset(&[("app", "x")])));
    let eq = grant(
        "arn:aws:iam::111122223333:role/A",
        &[CreateGrant, Decrypt],
        equals(&[("app", "x")]),
    );
    assert!(eq.permits_child(&[Decrypt], &equals(&[("app", "x")])));
    assert!(!eq.permits_child(&[Decrypt], &subset(&[("app", "x")])));
    let no_create = grant(
        "arn:aws:iam::111122223333:role/A",
        &[Decrypt],
        GrantConstraints::default(),
    );
    assert!(!no_create.permits_child(&[Decrypt], &GrantConstraints::default()));
}

#[test]
fn who_may_retire() {
    let mut g = grant(
        "arn:aws:iam::111122223333:role/Worker",
        &[Decrypt],
        GrantConstraints::default(),
    );
    g.retiring_principal = Some("arn:aws:iam::444455556666:user/cleaner".into());
    let cleaner = who("arn:aws:iam::444455556666:user/cleaner");
    assert_eq!(
        g.retire_right(&cleaner),
        Some(RetireRight::RetiringPrincipal)
    );
    let worker = who("arn:aws:sts::111122223333:assumed-role/Worker/w");
    assert_eq!(g.retire_right(&worker), None);
    g.operations.push(RetireGrant);
    assert_eq!(g.retire_right(&worker), Some(RetireRight::Grantee));
    assert_eq!(
        g.retire_right(&Principal::root(ACCOUNT)),
        Some(RetireRight::IssuingAccount)
    );
    assert_eq!(g.retire_right(&user("admin")), None);
    assert_eq!(g.retire_right(&Principal::root(PARTNER)), None);
}

#[test]
fn limits_per_key_and_per_grantee() {
    let grantee = "arn:aws:iam::111122223333:role/Worker";
    let many: Vec<Grant> = (0..30)
        .map(|_| grant(grantee, &[Decrypt], GrantConstraints::default()))
        .collect();
    let full = |r: Result<(), Error>| match r {
        Err(Error::Service(e)) if e.code == ErrorCode::LimitExceededException => {
            e.text().to_string()
        }
        other => panic!("expected LimitExceededException, got {other:?}"),
    };
    assert_eq!(
        full(GrantLimits::GUIDE.check_room(&many, grantee)),
        "Grant quota for this grantee principal on this key is 30 but the current usage is 30."
    );
    assert!(
        GrantLimits::GUIDE
            .check_room(&many, "arn:aws:iam::111122223333:role/Other")
            .is_ok()
    );
    assert!(GrantLimits::CURRENT.check_room(&many, grantee).is_ok());
    let small = GrantLimits {
        per_key: 30,
        per_grantee_per_key: None,
    };
    assert_eq!(
        full(small.check_room(&many, "x")),
        "Grant quota for this key is 30 but the current usage is 30."
    );
    assert_eq!(GrantLimits::default(), GrantLimits::GUIDE);
}

#[test]
fn same_name_same_parameters_is_the_same_grant() {
    let g = grant(
        "arn:aws:iam::111122223333:role/W",
        &[Decrypt, Encrypt],
        GrantConstraints::default(),
    );
    let none = GrantConstraints::default();
    assert!(g.same_request(
        "arn:aws:iam::111122223333:role/W",
        None,
        &[Encrypt, Decrypt],
        &none
    ));
    assert!(!g.same_request("arn:aws:iam::111122223333:role/W", None, &[Encrypt], &none));
    assert!(!g.same_request(
        "arn:aws:iam::111122223333:role/X",
        None,
        &[Encrypt, Decrypt],
        &none
    ));
}

#[test]
fn stored_and_listed_shapes() {
    let g = grant(
        "arn:aws:iam::111122223333:role/W",
        &[Decrypt],
        subset(&[("aws:ebs:id", "vol-1")]),
    );
    let stored = serde_json::to_value(&g).unwrap();
    assert_eq!(stored["Operations"], serde_json::json!(["Decrypt"]));
    assert_eq!(
        stored["Constraints"]["EncryptionContextSubset"]["aws:ebs:id"],
        "vol-1"
    );
    assert!(stored.get("RetiringPrincipal").is_none());
    let back: Grant = serde_json::from_value(stored).unwrap();
    assert_eq!(back, g);
    let entry = g.list_entry();
    assert_eq!(entry["KeyId"], KEY1);
    assert_eq!(entry["CreationDate"], 1_444_151_834.0);
    assert_eq!(entry["IssuingAccount"], "arn:aws:iam::111122223333:root");
    assert!(entry.get("IssuingPrincipal").is_none());
    assert_eq!(Grant::new_id().len(), 64);
    assert_eq!(
        GrantOperation::from_action("kms:ReEncryptFrom"),
        Some(ReEncryptFrom)
    );
    assert_eq!(GrantOperation::ALL.len(), 19);
}

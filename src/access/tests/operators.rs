//! Every condition operator: one request it allows, one it does not.

use super::*;
use crate::access::condition::Cidr;
use std::net::IpAddr;

/// (operator, key, policy value as JSON, request value, allowed?)
#[rustfmt::skip]
const CASES: &[(&str, &str, &str, &str, bool)] = &[
    ("StringEquals", "kms:EncryptionContext:app", r#""Payroll""#, "Payroll", true),
    ("StringEquals", "kms:EncryptionContext:app", r#""Payroll""#, "payroll", false),
    ("StringNotEquals", "kms:CallerAccount", r#""444455556666""#, "111122223333", true),
    ("StringNotEquals", "kms:CallerAccount", r#""111122223333""#, "111122223333", false),
    ("StringEqualsIgnoreCase", "aws:PrincipalType", r#""user""#, "User", true),
    ("StringEqualsIgnoreCase", "aws:PrincipalType", r#""role""#, "User", false),
    ("StringNotEqualsIgnoreCase", "aws:PrincipalType", r#""role""#, "User", true),
    ("StringNotEqualsIgnoreCase", "aws:PrincipalType", r#""USER""#, "User", false),
    ("StringLike", "kms:RequestAlias", r#""alias/app-*""#, "alias/app-prod", true),
    ("StringLike", "kms:RequestAlias", r#""alias/app-?""#, "alias/app-prod", false),
    ("StringNotLike", "kms:RequestAlias", r#""alias/test-*""#, "alias/app-prod", true),
    ("StringNotLike", "kms:RequestAlias", r#""alias/*""#, "alias/app-prod", false),
    ("NumericEquals", "kms:ScheduleKeyDeletionPendingWindowInDays", "30", "30", true),
    ("NumericEquals", "kms:ScheduleKeyDeletionPendingWindowInDays", "30", "7", false),
    ("NumericNotEquals", "kms:RotationPeriodInDays", r#""365""#, "90", true),
    ("NumericNotEquals", "kms:RotationPeriodInDays", r#""365""#, "365", false),
    ("NumericLessThan", "kms:RotationPeriodInDays", "180", "90", true),
    ("NumericLessThan", "kms:RotationPeriodInDays", "180", "180", false),
    ("NumericLessThanEquals", "kms:RotationPeriodInDays", "180", "180", true),
    ("NumericLessThanEquals", "kms:RotationPeriodInDays", "180", "181", false),
    ("NumericGreaterThan", "kms:ScheduleKeyDeletionPendingWindowInDays", "7", "8", true),
    ("NumericGreaterThan", "kms:ScheduleKeyDeletionPendingWindowInDays", "7", "7", false),
    ("NumericGreaterThanEquals", "kms:ScheduleKeyDeletionPendingWindowInDays", "7.5", "7.5", true),
    ("NumericGreaterThanEquals", "kms:ScheduleKeyDeletionPendingWindowInDays", "7.5", "x", false),
    ("DateEquals", "aws:CurrentTime", r#""2025-06-01T00:00:00Z""#, "1748736000", true),
    ("DateEquals", "aws:CurrentTime", r#""2025-06-01""#, "2025-06-01T00:00:01Z", false),
    ("DateNotEquals", "aws:CurrentTime", r#""2025-06-01""#, "2025-06-02T00:00:00Z", true),
    ("DateNotEquals", "aws:CurrentTime", r#""2025-06-01""#, "2025-06-01T00:00:00Z", false),
    ("DateLessThan", "aws:CurrentTime", r#""2030-01-01T00:00:00Z""#, "2025-06-01T00:00:00Z", true),
    ("DateLessThan", "aws:CurrentTime", r#""2020-01-01T00:00:00Z""#, "2025-06-01T00:00:00Z", false),
    ("DateLessThanEquals", "aws:EpochTime", "1748736000", "1748736000", true),
    ("DateLessThanEquals", "aws:EpochTime", "1748736000", "1748736001", false),
    ("DateGreaterThan", "aws:CurrentTime", r#""2020-01-01T00:00:00Z""#, "2025-06-01T00:00:00Z", true),
    ("DateGreaterThan", "aws:CurrentTime", r#""2030-01-01T00:00:00+02:00""#, "2025-06-01T00:00:00Z", false),
    ("DateGreaterThanEquals", "aws:CurrentTime", r#""2025-06-01T00:00:00Z""#, "2025-06-01T00:00:00Z", true),
    ("DateGreaterThanEquals", "aws:CurrentTime", r#""2025-06-01T00:00:01Z""#, "2025-06-01T00:00:00Z", false),
    ("Bool", "kms:GrantIsForAWSResource", "true", "true", true),
    ("Bool", "kms:GrantIsForAWSResource", r#""true""#, "false", false),
    ("BinaryEquals", "kms:RecipientAttestation:ImageSha384", r#""QmluYXJ5""#, "QmluYXJ5", true),
    ("BinaryEquals", "kms:RecipientAttestation:ImageSha384", r#""QmluYXJ5""#, "QmluYXJ6", false),
    ("IpAddress", "aws:SourceIp", r#""203.0.113.0/24""#, "203.0.113.77", true),
    ("IpAddress", "aws:SourceIp", r#""203.0.113.0/24""#, "203.0.114.1", false),
    ("IpAddress", "aws:SourceIp", r#""2001:db8::/32""#, "2001:db8:1::5", true),
    ("IpAddress", "aws:SourceIp", r#""2001:db8::/32""#, "2001:db9::1", false),
    ("NotIpAddress", "aws:SourceIp", r#"["10.0.0.0/8","::1"]"#, "127.0.0.1", true),
    ("NotIpAddress", "aws:SourceIp", r#"["10.0.0.0/8","127.0.0.1"]"#, "127.0.0.1", false),
    ("ArnEquals", "aws:PrincipalArn", r#""arn:aws:iam::111122223333:user/alice""#, "arn:aws:iam::111122223333:user/alice", true),
    ("ArnEquals", "aws:PrincipalArn", r#""arn:aws:iam::111122223333:user/alice""#, "arn:aws:iam::111122223333:user/bob", false),
    ("ArnNotEquals", "aws:PrincipalArn", r#""arn:aws:iam::*:role/*""#, "arn:aws:iam::111122223333:user/alice", true),
    ("ArnNotEquals", "aws:PrincipalArn", r#""arn:aws:iam::*:user/*""#, "arn:aws:iam::111122223333:user/alice", false),
    ("ArnLike", "aws:PrincipalArn", r#""arn:aws:iam::111122223333:user/*""#, "arn:aws:iam::111122223333:user/alice", true),
    ("ArnLike", "aws:PrincipalArn", r#""arn:aws:iam::*""#, "arn:aws:iam::111122223333:user/alice", false),
    ("ArnNotLike", "aws:PrincipalArn", r#""arn:aws:iam::444455556666:*""#, "arn:aws:iam::111122223333:user/alice", true),
    ("ArnNotLike", "aws:PrincipalArn", r#""arn:aws:iam::111122223333:*""#, "arn:aws:iam::111122223333:user/alice", false),
    ("Null", "kms:EncryptionContextKeys", "false", "Department", true),
    ("Null", "kms:EncryptionContextKeys", "true", "Department", false,),
];

fn run(op: &str, key: &str, value: &str, actual: &str) -> bool {
    let mut ctx = Context::new();
    ctx.set(key, actual);
    condition_allows(&format!(r#"{{"{op}":{{"{key}":{value}}}}}"#), &ctx)
}

#[test]
fn each_operator_allows_and_denies() {
    for (op, key, value, actual, expected) in CASES {
        assert_eq!(
            run(op, key, value, actual),
            *expected,
            "{op} {key} {value} vs {actual}"
        );
    }
}

#[test]
fn the_table_covers_every_operator_both_ways() {
    for op in [
        "StringEquals",
        "StringNotEquals",
        "StringEqualsIgnoreCase",
        "StringNotEqualsIgnoreCase",
        "StringLike",
        "StringNotLike",
        "NumericEquals",
        "NumericNotEquals",
        "NumericLessThan",
        "NumericLessThanEquals",
        "NumericGreaterThan",
        "NumericGreaterThanEquals",
        "DateEquals",
        "DateNotEquals",
        "DateLessThan",
        "DateLessThanEquals",
        "DateGreaterThan",
        "DateGreaterThanEquals",
        "Bool",
        "BinaryEquals",
        "IpAddress",
        "NotIpAddress",
        "ArnEquals",
        "ArnNotEquals",
        "ArnLike",
        "ArnNotLike",
        "Null",
    ] {
        for want in [true, false] {
            assert!(
                CASES.iter().any(|c| c.0 == op && c.4 == want),
                "{op} lacks a case that is {want}"
            );
        }
    }
}

#[test]
fn unknown_operators_and_set_prefixed_null_are_refused() {
    for op in [
        "StringEqual",
        "ForAnyValue:Null",
        "NullIfExists",
        "ForSomeValues:StringEquals",
    ] {
        let doc = format!(
            r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":"*","Action":"kms:*","Resource":"*","Condition":{{"{op}":{{"a:b":"c"}}}}}}]}}"#
        );
        assert!(Policy::parse(&doc, PolicyKind::Key).is_err(), "{op}");
    }
}

#[test]
fn cidrs_of_both_families() {
    let ip = |s: &str| s.parse::<IpAddr>().unwrap();
    let net = Cidr::parse("192.0.2.0/25").unwrap();
    assert!(net.contains(ip("192.0.2.127")) && !net.contains(ip("192.0.2.128")));
    assert!(!net.contains(ip("::ffff:192.0.2.1")));
    assert!(Cidr::parse("0.0.0.0/0").unwrap().contains(ip("8.8.8.8")));
    assert!(Cidr::parse("::/0").unwrap().contains(ip("2001:db8::1")));
    assert!(Cidr::parse("10.0.0.0/33").is_none() && Cidr::parse("nonsense").is_none());
}

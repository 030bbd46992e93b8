//! get-key-policy, put-key-policy, list-key-policies, and policy validation.

mod common;
use common::*;

const DEFAULT_POLICY: &str = "{\n  \"Version\" : \"2012-10-17\",\n  \"Id\" : \"key-default-1\",\n  \"Statement\" : [ {\n    \"Sid\" : \"Enable IAM User Permissions\",\n    \"Effect\" : \"Allow\",\n    \"Principal\" : {\n      \"AWS\" : \"arn:aws:iam::111122223333:root\"\n    },\n    \"Action\" : \"kms:*\",\n    \"Resource\" : \"*\"\n  } ]\n}";

#[test]
fn the_default_policy_names_the_keystore_account() {
    let env = Env::new();
    let id = env.create_key();
    let v = env.ok(&["get-key-policy", "--key-id", &id]);
    assert_eq!(
        v.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["Policy", "PolicyName"]
    );
    assert_eq!(v["Policy"], DEFAULT_POLICY);
    assert_eq!(v["PolicyName"], "default");
    let r = env.run(&[
        "get-key-policy",
        "--key-id",
        &id,
        "--policy-name",
        "default",
        "--output",
        "text",
        "--query",
        "Policy",
    ]);
    assert_eq!(r.stdout, format!("{DEFAULT_POLICY}\n"));

    let other = Env::new();
    let r = other.run_env(
        &[
            "create-key",
            "--query",
            "KeyMetadata.[AWSAccountId,Arn]",
            "--output",
            "text",
        ],
        &[("LKMS_ACCOUNT_ID", "444455556666")],
    );
    let cols: Vec<&str> = r.stdout.trim().split('\t').collect();
    assert_eq!(cols[0], "444455556666");
    let key = cols[1].rsplit('/').next().unwrap();
    let p = other.ok(&["get-key-policy", "--key-id", key]);
    assert_eq!(
        p["Policy"],
        DEFAULT_POLICY.replace("111122223333", "444455556666")
    );
    let r = other.run_env(&["list-keys"], &[("LKMS_ACCOUNT_ID", "999999999999")]);
    assert_eq!(
        r.json()["Keys"][0]["KeyArn"]
            .as_str()
            .unwrap()
            .split(':')
            .nth(4),
        Some("444455556666"),
        "the account is fixed when the keystore is made"
    );
    let r = Env::new().run_env(&["list-keys"], &[("LKMS_ACCOUNT_ID", "12")]);
    assert_eq!(r.code, 253, "{r:?}");
}

#[test]
fn put_key_policy_stores_the_exact_bytes() {
    let env = Env::new();
    let id = env.create_key();
    let policy = "{\"Statement\":[{\"Resource\":\"*\",   \"Action\":[\"kms:Encrypt\",\"kms:Decrypt\"],\n\t\"Principal\":{\"AWS\":[\"arn:aws:iam::111122223333:role/App\",\"444455556666\"]},\"Effect\":\"Allow\",\"Sid\":\"caf\u{e9}\"},\n {\"Sid\":\"Root\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":\"kms:*\",\"Resource\":\"*\"},\n {\"Effect\":\"Deny\",\"Principal\":\"*\",\"NotAction\":\"kms:Describe*\",\"Resource\":\"*\",\"Condition\":{\"StringNotEquals\":{\"kms:CallerAccount\":\"111122223333\"},\"Bool\":{\"aws:MultiFactorAuthPresent\":\"false\"}}}],\"Version\":\"2012-10-17\"}";
    let r = env.run(&["put-key-policy", "--key-id", &id, "--policy", policy]);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{r:?}");
    assert_eq!(
        env.ok(&["get-key-policy", "--key-id", &id])["Policy"],
        policy
    );
    let file = env.file(
        "p.json",
        policy.replace("caf\u{e9}", "from-file").as_bytes(),
    );
    env.ok(&[
        "put-key-policy",
        "--key-id",
        &env.arn(&id),
        "--policy-name",
        "default",
        "--policy",
        &format!("file://{}", file.display()),
    ]);
    assert_eq!(
        env.ok(&["get-key-policy", "--key-id", &id])["Policy"],
        policy.replace("caf\u{e9}", "from-file")
    );
    // Allowed in every key state, including pending deletion.
    env.ok(&[
        "schedule-key-deletion",
        "--key-id",
        &id,
        "--pending-window-in-days",
        "7",
    ]);
    env.ok(&[
        "put-key-policy",
        "--key-id",
        &id,
        "--policy",
        DEFAULT_POLICY,
    ]);
    assert_eq!(
        env.ok(&["get-key-policy", "--key-id", &id])["Policy"],
        DEFAULT_POLICY
    );
    let e = env.create_external_key();
    env.ok(&["put-key-policy", "--key-id", &e, "--policy", DEFAULT_POLICY]);
}

#[test]
fn policy_names_and_listing() {
    let env = Env::new();
    let id = env.create_key();
    assert_eq!(
        env.ok(&["list-key-policies", "--key-id", &id]),
        serde_json::json!({"PolicyNames": ["default"]})
    );
    assert_eq!(
        env.ok(&["list-key-policies", "--key-id", &id, "--limit", "1"]),
        serde_json::json!({"PolicyNames": ["default"], "Truncated": false})
    );
    env.service_err(
        &["get-key-policy", "--key-id", &id, "--policy-name", "other"],
        "GetKeyPolicy",
        "NotFoundException",
        &format!(
            "No such policy exists: other (the only key policy name is \"default\") for key {}",
            env.arn(&id)
        ),
    );
    env.service_err(
        &[
            "get-key-policy",
            "--key-id",
            &id,
            "--policy-name",
            "bad-name",
        ],
        "GetKeyPolicy",
        "ValidationException",
        "1 validation error detected: Value 'bad-name' at 'policyName' failed to satisfy \
         constraint: Member must satisfy regular expression pattern: [\\w]+",
    );
}

fn statement(body: &str) -> String {
    format!("{{\"Version\":\"2012-10-17\",\"Statement\":[{{{body}}}]}}")
}

#[test]
fn malformed_policies_are_refused_with_a_reason() {
    let env = Env::new();
    let id = env.create_key();
    let ok = r#""Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*""#;
    let cases: Vec<(String, &str)> = vec![
        (
            "{".into(),
            "The key policy is not valid JSON: EOF while parsing an object at line 1 column 1.",
        ),
        ("[]".into(), "The key policy must be a JSON object."),
        (
            r#"{"Statement":[]}"#.into(),
            "The key policy has no Version; use \"2012-10-17\".",
        ),
        (
            r#"{"Version":"2020-01-01","Statement":[]}"#.into(),
            "The key policy Version '2020-01-01' is not supported; use \"2012-10-17\".",
        ),
        (
            r#"{"Version":"2012-10-17"}"#.into(),
            "The key policy has no Statement.",
        ),
        (
            r#"{"Version":"2012-10-17","Statement":[]}"#.into(),
            "The key policy Statement must be an object or a non-empty list of objects.",
        ),
        (
            r#"{"Version":"2012-10-17","Statement":[],"Extra":1}"#.into(),
            "The key policy has an unknown element 'Extra'.",
        ),
        (
            statement(&ok.replace("\"Allow\"", "\"Maybe\"")),
            "Statement 1: Effect must be \"Allow\" or \"Deny\".",
        ),
        (
            statement(r#""Effect":"Allow","Action":"kms:*","Resource":"*""#),
            "Statement 1: has neither Principal nor NotPrincipal.",
        ),
        (
            statement(&ok.replace(
                "arn:aws:iam::111122223333:root",
                "arn:aws:iam::111122223333:group/Admins",
            )),
            "Policy contains a statement with one or more invalid principals.",
        ),
        (
            statement(&ok.replace("arn:aws:iam::111122223333:root", "not-an-arn")),
            "Policy contains a statement with one or more invalid principals.",
        ),
        (
            statement(&ok.replace(
                "{\"AWS\":\"arn:aws:iam::111122223333:root\"}",
                "{\"Service\":\"example.com\"}",
            )),
            "Policy contains a statement with one or more invalid principals.",
        ),
        (
            statement(&ok.replace(
                "{\"AWS\":\"arn:aws:iam::111122223333:root\"}",
                "{\"Group\":\"x\"}",
            )),
            "Policy contains a statement with one or more invalid principals.",
        ),
        (
            statement(&ok.replace("\"Action\":\"kms:*\"", "\"Action\":\"Encrypt\"")),
            "Statement 1: Action 'Encrypt' is not of the form service:action.",
        ),
        (
            statement(&ok.replace("\"Action\":\"kms:*\"", "\"Action\":[]")),
            "Statement 1: Action must be a string or a non-empty list of strings.",
        ),
        (
            statement(&ok.replace(
                "\"Action\":\"kms:*\"",
                "\"Action\":\"kms:*\",\"NotAction\":\"kms:Decrypt\"",
            )),
            "Statement 1: has both Action and NotAction; use one.",
        ),
        (
            statement(&ok.replace("\"Resource\":\"*\"", "\"Resource\":\"everything\"")),
            "Statement 1: Resource 'everything' must be \"*\" or an ARN.",
        ),
        (
            statement(&format!(
                "{ok},\"Condition\":{{\"StringEqualz\":{{\"kms:CallerAccount\":\"1\"}}}}"
            )),
            "Statement 1: unknown condition operator 'StringEqualz'.",
        ),
        (
            statement(&format!("{ok},\"Condition\":{{\"Bool\":{{}}}}")),
            "Statement 1: condition operator 'Bool' has no condition keys.",
        ),
        (
            statement(&format!("{ok},\"Condition\":{{\"Null\":{{\"k\":{{}}}}}}")),
            "Statement 1: condition key 'k' under 'Null' needs a value or a non-empty list of values.",
        ),
        (
            statement(&format!("{ok},\"Sid\":\"x\",\"Bogus\":1")),
            "Statement 1 (x): unknown element 'Bogus'.",
        ),
        (
            format!(
                "{{\"Version\":\"2012-10-17\",\"Statement\":[{{{ok}}},{{{}}}]}}",
                ok.replace("\"Allow\"", "\"allow\"")
            ),
            "Statement 2: Effect must be \"Allow\" or \"Deny\".",
        ),
    ];
    for (policy, message) in &cases {
        env.service_err(
            &["put-key-policy", "--key-id", &id, "--policy", policy],
            "PutKeyPolicy",
            "MalformedPolicyDocumentException",
            message,
        );
    }
    // Nothing was stored by the refused requests.
    assert_eq!(
        env.ok(&["get-key-policy", "--key-id", &id])["Policy"],
        DEFAULT_POLICY
    );

    // Forms that are accepted.
    for good in [
        format!("{{\"Version\":\"2012-10-17\",\"Statement\":{{{ok}}}}}"),
        statement(&ok.replace("{\"AWS\":\"arn:aws:iam::111122223333:root\"}", "\"*\"")),
        statement(&ok.replace(
            "{\"AWS\":\"arn:aws:iam::111122223333:root\"}",
            "{\"Service\":[\"ses.amazonaws.com\",\"logs.us-east-1.amazonaws.com\"]}",
        )),
        statement(&ok.replace(
            "arn:aws:iam::111122223333:root",
            "arn:aws:sts::111122223333:assumed-role/Admins/alice",
        )),
        statement(&format!(
            "{ok},\"Condition\":{{\"ForAllValues:StringEquals\":{{\"kms:GrantOperations\":[\"Encrypt\",\"ReEncryptTo\"]}},\"StringLikeIfExists\":{{\"kms:ViaService\":\"ec2.*\"}},\"Null\":{{\"kms:EncryptionContextKeys\":false}},\"NumericLessThan\":{{\"kms:ScheduleKeyDeletionPendingWindowInDays\":10}}}}"
        )),
        format!(
            "{{\"Version\":\"2008-10-17\",\"Id\":\"x\",\"Statement\":[{{{}}}]}}",
            ok.replace("\"Principal\"", "\"NotPrincipal\"")
        ),
    ] {
        // Most of these would lock the caller (the root) out of the key, so each goes on a
        // key of its own, past the lockout safety check.
        let key = env.create_key();
        let r = env.run(&[
            "put-key-policy",
            "--key-id",
            &key,
            "--policy",
            &good,
            "--bypass-policy-lockout-safety-check",
        ]);
        assert_eq!(r.code, 0, "{good}: {r:?}");
    }
    let big = format!(
        "{{\"Version\":\"2012-10-17\",\"Id\":\"{}\",\"Statement\":{{{ok}}}}}",
        "x".repeat(32768)
    );
    let r = env.run(&["put-key-policy", "--key-id", &id, "--policy", &big]);
    assert_eq!(r.code, 254);
    assert!(r.stderr.contains("at 'policy' failed to satisfy constraint: Member must have length less than or equal to 32768"));
}

#[test]
fn the_caller_is_the_account_root_unless_named() {
    let env = Env::new();
    assert_eq!(
        env.ok(&["keystore", "info"])["Caller"],
        "arn:aws:iam::111122223333:root"
    );
    let r = env.run_env(
        &["keystore", "info"],
        &[("LKMS_PRINCIPAL", "arn:aws:iam::111122223333:role/Deploy")],
    );
    assert_eq!(r.json()["Caller"], "arn:aws:iam::111122223333:role/Deploy");
    let r = env.run_env(&["keystore", "info"], &[("LKMS_PRINCIPAL", "bob")]);
    assert_eq!(r.code, 253, "{r:?}");
    assert!(
        r.stderr
            .contains("LKMS_PRINCIPAL must be an IAM principal ARN"),
        "{r:?}"
    );
}

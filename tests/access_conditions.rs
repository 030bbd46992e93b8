//! Condition keys that only operations produce (spec §5, issue 14), each allowing one request
//! and refusing another through the command line. The operators themselves, and every key
//! through its builder, are covered by the unit tests of `src/access`.

mod access_support;
mod common;
use access_support::*;
use common::*;

struct T {
    env: Env,
    tester: Who,
}

impl T {
    fn new() -> Self {
        let env = Env::new();
        let tester = add(&env, "tester", &user_arn("tester"), None);
        Self { env, tester }
    }

    /// A key (made with `create` arguments) whose policy lets the tester do `actions` when
    /// `condition` holds (and the root everything, to set it up).
    fn key(&self, actions: &str, condition: &str, create: &[&str]) -> String {
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

    fn allowed(&self, args: &[&str]) -> serde_json::Value {
        ok_as(&self.env, &self.tester, args)
    }

    fn denied(&self, args: &[&str], op: &str, action: &str, key: &str) {
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
    fn yes_no(&self, actions: &str, yes: &str, no: &str, create: &[&str], args: &[&str], op: &str) {
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

#[test]
fn encryption_context_algorithm_and_request_alias() {
    let t = T::new();
    let k = t.key(
        r#""kms:Encrypt""#,
        r#"{"StringEquals":{"kms:EncryptionContext:app":"web"}}"#,
        &[],
    );
    t.allowed(&[
        "encrypt",
        "--key-id",
        &k,
        "--plaintext",
        HELLO,
        "--encryption-context",
        "app=web",
    ]);
    t.denied(
        &[
            "encrypt",
            "--key-id",
            &k,
            "--plaintext",
            HELLO,
            "--encryption-context",
            "app=db",
        ],
        "Encrypt",
        "kms:Encrypt",
        &k,
    );
    let k = t.key(
        r#""kms:Encrypt""#,
        r#"{"ForAnyValue:StringEquals":{"kms:EncryptionContextKeys":"app"}}"#,
        &[],
    );
    t.allowed(&[
        "encrypt",
        "--key-id",
        &k,
        "--plaintext",
        HELLO,
        "--encryption-context",
        "app=x,b=y",
    ]);
    t.denied(
        &[
            "encrypt",
            "--key-id",
            &k,
            "--plaintext",
            HELLO,
            "--encryption-context",
            "other=x",
        ],
        "Encrypt",
        "kms:Encrypt",
        &k,
    );
    // Authorisation comes before the algorithm is checked against the key.
    let k = t.key(
        r#""kms:Encrypt""#,
        r#"{"StringEquals":{"kms:EncryptionAlgorithm":"SYMMETRIC_DEFAULT"}}"#,
        &[],
    );
    t.allowed(&["encrypt", "--key-id", &k, "--plaintext", HELLO]);
    t.denied(
        &[
            "encrypt",
            "--key-id",
            &k,
            "--plaintext",
            HELLO,
            "--encryption-algorithm",
            "RSAES_OAEP_SHA_256",
        ],
        "Encrypt",
        "kms:Encrypt",
        &k,
    );
    let k = t.key(
        r#""kms:Encrypt""#,
        r#"{"StringEquals":{"kms:RequestAlias":"alias/front"}}"#,
        &[],
    );
    t.env.ok(&[
        "create-alias",
        "--alias-name",
        "alias/front",
        "--target-key-id",
        &k,
    ]);
    t.allowed(&["encrypt", "--key-id", "alias/front", "--plaintext", HELLO]);
    t.denied(
        &["encrypt", "--key-id", &k, "--plaintext", HELLO],
        "Encrypt",
        "kms:Encrypt",
        &k,
    );
}

#[test]
fn what_the_key_is() {
    let t = T::new();
    let enc = ["encrypt", "--key-id", "KEY", "--plaintext", HELLO];
    let any = r#""kms:Encrypt""#;
    t.yes_no(
        any,
        r#"{"StringEquals":{"kms:KeySpec":"SYMMETRIC_DEFAULT"}}"#,
        r#"{"StringEquals":{"kms:KeySpec":"RSA_2048"}}"#,
        &[],
        &enc,
        "Encrypt",
    );
    t.yes_no(
        any,
        r#"{"StringEquals":{"kms:KeyUsage":"ENCRYPT_DECRYPT"}}"#,
        r#"{"StringEquals":{"kms:KeyUsage":"SIGN_VERIFY"}}"#,
        &[],
        &enc,
        "Encrypt",
    );
    t.yes_no(
        any,
        r#"{"StringEquals":{"kms:KeyOrigin":"AWS_KMS"}}"#,
        r#"{"StringEquals":{"kms:KeyOrigin":"EXTERNAL"}}"#,
        &[],
        &enc,
        "Encrypt",
    );
    let tagged = ["--tags", "TagKey=Project,TagValue=blue"];
    t.yes_no(
        any,
        r#"{"StringEquals":{"aws:ResourceTag/Project":"blue"}}"#,
        r#"{"StringEquals":{"aws:ResourceTag/Project":"red"}}"#,
        &tagged,
        &enc,
        "Encrypt",
    );
    // kms:ResourceAliases: the key's aliases, whatever the request names it by.
    for (alias, allow) in [("alias/ok", true), ("alias/no", false)] {
        let k = t.key(
            any,
            r#"{"ForAnyValue:StringEquals":{"kms:ResourceAliases":"alias/ok"}}"#,
            &[],
        );
        t.env
            .ok(&["create-alias", "--alias-name", alias, "--target-key-id", &k]);
        let args = ["encrypt", "--key-id", &k, "--plaintext", HELLO];
        if allow {
            t.allowed(&args);
        } else {
            t.denied(&args, "Encrypt", "kms:Encrypt", &k);
        }
    }
}

#[test]
fn who_and_where_the_caller_is() {
    let t = T::new();
    let enc = ["encrypt", "--key-id", "KEY", "--plaintext", HELLO];
    let any = r#""kms:Encrypt""#;
    t.yes_no(
        any,
        r#"{"StringEquals":{"kms:CallerAccount":"111122223333"}}"#,
        r#"{"StringEquals":{"kms:CallerAccount":"444455556666"}}"#,
        &[],
        &enc,
        "Encrypt",
    );
    // Direct calls come through no service.
    t.yes_no(
        any,
        r#"{"Null":{"kms:ViaService":"true"}}"#,
        r#"{"StringEquals":{"kms:ViaService":"ec2.us-east-1.amazonaws.com"}}"#,
        &[],
        &enc,
        "Encrypt",
    );
    // The command line calls from 127.0.0.1, over no TLS.
    t.yes_no(
        any,
        r#"{"IpAddress":{"aws:SourceIp":"127.0.0.0/8"}}"#,
        r#"{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}"#,
        &[],
        &enc,
        "Encrypt",
    );
    t.yes_no(
        any,
        r#"{"Bool":{"aws:SecureTransport":"false"}}"#,
        r#"{"Bool":{"aws:SecureTransport":"true"}}"#,
        &[],
        &enc,
        "Encrypt",
    );
    t.yes_no(
        any,
        r#"{"StringEquals":{"aws:username":"tester"}}"#,
        r#"{"StringEquals":{"aws:username":"someone"}}"#,
        &[],
        &enc,
        "Encrypt",
    );
    t.yes_no(
        any,
        r#"{"DateGreaterThan":{"aws:CurrentTime":"2001-01-01T00:00:00Z"}}"#,
        r#"{"DateLessThan":{"aws:CurrentTime":"2001-01-01T00:00:00Z"}}"#,
        &[],
        &enc,
        "Encrypt",
    );
}

#[test]
fn grant_requests() {
    let t = T::new();
    let grant = |ops: &str, constraints: &[&str]| {
        let mut a = vec![
            "create-grant",
            "--key-id",
            "KEY",
            "--grantee-principal",
            "arn:aws:iam::111122223333:role/app",
            "--operations",
            ops,
        ];
        a.extend_from_slice(constraints);
        a.into_iter().map(String::from).collect::<Vec<_>>()
    };
    let cg = r#""kms:CreateGrant""#;
    let k = t.key(
        cg,
        r#"{"ForAllValues:StringEquals":{"kms:GrantOperations":["Encrypt","ReEncryptTo"]}}"#,
        &[],
    );
    let run = |args: Vec<String>, allow: bool, key: &str| {
        let args: Vec<&str> = args
            .iter()
            .map(|a| if a == "KEY" { key } else { a.as_str() })
            .collect();
        if allow {
            t.allowed(&args);
        } else {
            t.denied(&args, "CreateGrant", "kms:CreateGrant", key);
        }
    };
    run(grant("Encrypt", &[]), true, &k);
    run(grant("Decrypt", &[]), false, &k);
    let k = t.key(
        cg,
        r#"{"StringEquals":{"kms:GrantConstraintType":"EncryptionContextEquals"}}"#,
        &[],
    );
    run(
        grant(
            "Decrypt",
            &["--constraints", "EncryptionContextEquals={app=web}"],
        ),
        true,
        &k,
    );
    run(
        grant(
            "Decrypt",
            &["--constraints", "EncryptionContextSubset={app=web}"],
        ),
        false,
        &k,
    );
    // Grants made directly are not for an AWS resource.
    t.yes_no(
        cg,
        r#"{"Bool":{"kms:GrantIsForAWSResource":"false"}}"#,
        r#"{"Bool":{"kms:GrantIsForAWSResource":"true"}}"#,
        &[],
        &[
            "create-grant",
            "--key-id",
            "KEY",
            "--grantee-principal",
            "arn:aws:iam::111122223333:role/app",
            "--operations",
            "Decrypt",
        ],
        "CreateGrant",
    );
}

#[test]
fn re_encrypt_on_the_same_key() {
    let t = T::new();
    let k = t.key(
        r#"["kms:Encrypt","kms:ReEncrypt*"]"#,
        r#"{"Bool":{"kms:ReEncryptOnSameKey":"true"}}"#,
        &[],
    );
    let other = t.key(r#""kms:ReEncrypt*""#, "", &[]);
    let blob = t.env.ok(&["encrypt", "--key-id", &k, "--plaintext", HELLO])["CiphertextBlob"]
        .as_str()
        .unwrap()
        .to_string();
    t.allowed(&[
        "re-encrypt",
        "--ciphertext-blob",
        &blob,
        "--destination-key-id",
        &k,
    ]);
    t.denied(
        &[
            "re-encrypt",
            "--ciphertext-blob",
            &blob,
            "--destination-key-id",
            &other,
        ],
        "ReEncrypt",
        "kms:ReEncryptFrom",
        &k,
    );
}

#[test]
fn signing_and_mac_requests() {
    let t = T::new();
    let ecc = ["--key-spec", "ECC_NIST_P256", "--key-usage", "SIGN_VERIFY"];
    let sign = |alg: &'static str, mt: &'static str| {
        move |key: &str| -> Vec<String> {
            [
                "sign",
                "--key-id",
                key,
                "--message",
                HELLO,
                "--signing-algorithm",
                alg,
                "--message-type",
                mt,
            ]
            .iter()
            .map(|s| s.to_string())
            .collect()
        }
    };
    let check = |yes: Vec<String>, no: Vec<String>, op: &str, key: &str| {
        t.allowed(&yes.iter().map(String::as_str).collect::<Vec<_>>());
        t.denied(
            &no.iter().map(String::as_str).collect::<Vec<_>>(),
            op,
            &format!("kms:{op}"),
            key,
        );
    };
    let k = t.key(
        r#""kms:Sign""#,
        r#"{"StringEquals":{"kms:SigningAlgorithm":"ECDSA_SHA_256"}}"#,
        &ecc,
    );
    check(
        sign("ECDSA_SHA_256", "RAW")(&k),
        sign("ECDSA_SHA_384", "RAW")(&k),
        "Sign",
        &k,
    );
    let k = t.key(
        r#""kms:Sign""#,
        r#"{"StringEquals":{"kms:MessageType":"RAW"}}"#,
        &ecc,
    );
    let digest = "LCa0a2j/xo/5m0U8HTBBNBNCLXBkg7+g+YpeiGJm564=";
    let mut no = sign("ECDSA_SHA_256", "DIGEST")(&k);
    no[4] = digest.to_string();
    check(sign("ECDSA_SHA_256", "RAW")(&k), no, "Sign", &k);
    let hmac = [
        "--key-spec",
        "HMAC_256",
        "--key-usage",
        "GENERATE_VERIFY_MAC",
    ];
    let k = t.key(
        r#""kms:GenerateMac""#,
        r#"{"StringEquals":{"kms:MacAlgorithm":"HMAC_SHA_256"}}"#,
        &hmac,
    );
    let mac = |alg: &str| -> Vec<String> {
        [
            "generate-mac",
            "--key-id",
            &k,
            "--message",
            HELLO,
            "--mac-algorithm",
            alg,
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    };
    check(mac("HMAC_SHA_256"), mac("HMAC_SHA_512"), "GenerateMac", &k);
}

#[test]
fn administration_requests() {
    let t = T::new();
    let k = t.key(
        r#""kms:ScheduleKeyDeletion""#,
        r#"{"NumericGreaterThanEquals":{"kms:ScheduleKeyDeletionPendingWindowInDays":"20"}}"#,
        &[],
    );
    t.denied(
        &[
            "schedule-key-deletion",
            "--key-id",
            &k,
            "--pending-window-in-days",
            "7",
        ],
        "ScheduleKeyDeletion",
        "kms:ScheduleKeyDeletion",
        &k,
    );
    t.allowed(&[
        "schedule-key-deletion",
        "--key-id",
        &k,
        "--pending-window-in-days",
        "30",
    ]);
    let k = t.key(
        r#""kms:EnableKeyRotation""#,
        r#"{"NumericLessThanEquals":{"kms:RotationPeriodInDays":"365"}}"#,
        &[],
    );
    t.denied(
        &[
            "enable-key-rotation",
            "--key-id",
            &k,
            "--rotation-period-in-days",
            "400",
        ],
        "EnableKeyRotation",
        "kms:EnableKeyRotation",
        &k,
    );
    t.allowed(&[
        "enable-key-rotation",
        "--key-id",
        &k,
        "--rotation-period-in-days",
        "365",
    ]);
    let k = t.key(
        r#""kms:PutKeyPolicy""#,
        r#"{"Bool":{"kms:BypassPolicyLockoutSafetyCheck":"false"}}"#,
        &[],
    );
    let current = t.env.ok(&["get-key-policy", "--key-id", &k])["Policy"]
        .as_str()
        .unwrap()
        .to_string();
    t.denied(
        &[
            "put-key-policy",
            "--key-id",
            &k,
            "--policy",
            &current,
            "--bypass-policy-lockout-safety-check",
        ],
        "PutKeyPolicy",
        "kms:PutKeyPolicy",
        &k,
    );
    t.allowed(&["put-key-policy", "--key-id", &k, "--policy", &current]);
    let k = t.key(r#""kms:TagResource""#, r#"{"StringEquals":{"aws:RequestTag/Project":"blue"},"ForAllValues:StringEquals":{"aws:TagKeys":["Project"]}}"#, &[]);
    t.allowed(&[
        "tag-resource",
        "--key-id",
        &k,
        "--tags",
        "TagKey=Project,TagValue=blue",
    ]);
    t.denied(
        &[
            "tag-resource",
            "--key-id",
            &k,
            "--tags",
            "TagKey=Project,TagValue=red",
        ],
        "TagResource",
        "kms:TagResource",
        &k,
    );
    t.denied(
        &[
            "tag-resource",
            "--key-id",
            &k,
            "--tags",
            "TagKey=Project,TagValue=blue",
            "TagKey=Cost,TagValue=1",
        ],
        "TagResource",
        "kms:TagResource",
        &k,
    );
    let k = t.key(
        r#""kms:UntagResource""#,
        r#"{"ForAllValues:StringEquals":{"aws:TagKeys":["Temp"]}}"#,
        &[
            "--tags",
            "TagKey=Temp,TagValue=1",
            "TagKey=Project,TagValue=blue",
        ],
    );
    t.denied(
        &["untag-resource", "--key-id", &k, "--tag-keys", "Project"],
        "UntagResource",
        "kms:UntagResource",
        &k,
    );
    t.allowed(&["untag-resource", "--key-id", &k, "--tag-keys", "Temp"]);
}

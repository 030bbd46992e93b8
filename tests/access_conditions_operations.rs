//! Condition keys that grant, re-encryption, signing, MAC and administration requests produce
//! (spec §5, issue 14), each allowing one request and refusing another through the command
//! line.

mod access_support;
mod common;
use access_support::*;

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

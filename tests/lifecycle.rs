//! Key lifecycle operations end to end: create-key, describe-key, list-keys, enable-key,
//! disable-key, update-key-description, schedule-key-deletion, cancel-key-deletion.

mod common;
use common::*;
use serde_json::Value;

#[test]
fn create_key_prints_full_metadata_in_model_order() {
    let env = Env::new();
    let r = env.run(&["create-key", "--description", "app secrets"]);
    assert_eq!(r.code, 0, "{r:?}");
    let v = r.json();
    let md = v["KeyMetadata"].as_object().unwrap();
    let keys: Vec<&str> = md.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "AWSAccountId",
            "KeyId",
            "Arn",
            "CreationDate",
            "Enabled",
            "Description",
            "KeyUsage",
            "KeyState",
            "Origin",
            "KeyManager",
            "CustomerMasterKeySpec",
            "KeySpec",
            "EncryptionAlgorithms",
            "MultiRegion",
            "CurrentKeyMaterialId"
        ]
    );
    let id = md["KeyId"].as_str().unwrap();
    assert_eq!(md["AWSAccountId"], "111122223333");
    assert_eq!(md["Arn"], env.arn(id));
    assert_eq!(md["Enabled"], true);
    assert_eq!(md["Description"], "app secrets");
    assert_eq!(md["KeyUsage"], "ENCRYPT_DECRYPT");
    assert_eq!(md["KeyState"], "Enabled");
    assert_eq!(md["Origin"], "AWS_KMS");
    assert_eq!(md["KeyManager"], "CUSTOMER");
    assert_eq!(md["KeySpec"], "SYMMETRIC_DEFAULT");
    assert_eq!(
        md["EncryptionAlgorithms"],
        serde_json::json!(["SYMMETRIC_DEFAULT"])
    );
    assert_eq!(md["MultiRegion"], false);
    assert_eq!(md["CurrentKeyMaterialId"].as_str().unwrap().len(), 64);
    // CLI v2 timestamps: ISO 8601 with a +00:00 offset.
    let created = md["CreationDate"].as_str().unwrap();
    assert!(
        created.ends_with("+00:00") && created.contains('T'),
        "{created}"
    );
    // Four-space indentation, like `json.dumps(indent=4)`.
    assert!(
        r.stdout
            .starts_with("{\n    \"KeyMetadata\": {\n        \"AWSAccountId\"")
    );
}

#[test]
fn create_key_external_starts_pending_import() {
    let env = Env::new();
    let v = env.ok(&["create-key", "--origin", "EXTERNAL"]);
    let md = &v["KeyMetadata"];
    assert_eq!(md["KeyState"], "PendingImport");
    assert_eq!(md["Enabled"], false);
    assert_eq!(md["Origin"], "EXTERNAL");
    assert!(md.get("CurrentKeyMaterialId").is_none());
}

#[test]
fn create_key_defaults_match_explicit_symmetric_options() {
    let env = Env::new();
    let v = env.ok(&[
        "create-key",
        "--key-spec",
        "SYMMETRIC_DEFAULT",
        "--key-usage",
        "ENCRYPT_DECRYPT",
        "--origin",
        "AWS_KMS",
        "--no-multi-region",
    ]);
    assert_eq!(v["KeyMetadata"]["KeyState"], "Enabled");
    let v = env.ok(&[
        "create-key",
        "--customer-master-key-spec",
        "SYMMETRIC_DEFAULT",
    ]);
    assert_eq!(v["KeyMetadata"]["KeySpec"], "SYMMETRIC_DEFAULT");
}

#[test]
fn create_key_validation_errors() {
    let env = Env::new();
    let long = "x".repeat(8193);
    env.service_err(
        &["create-key", "--description", &long],
        "CreateKey",
        "ValidationException",
        &format!(
            "1 validation error detected: Value '{long}' at 'description' failed to satisfy \
             constraint: Member must have length less than or equal to 8192"
        ),
    );
    env.service_err(
        &["create-key", "--key-usage", "NOPE"],
        "CreateKey",
        "ValidationException",
        "1 validation error detected: Value 'NOPE' at 'keyUsage' failed to satisfy constraint: \
         Member must satisfy enum value set: [SIGN_VERIFY, ENCRYPT_DECRYPT, GENERATE_VERIFY_MAC, \
         KEY_AGREEMENT, ENCAPSULATE_DECAPSULATE]",
    );
    env.service_err(
        &["create-key", "--origin", "ELSEWHERE"],
        "CreateKey",
        "ValidationException",
        "1 validation error detected: Value 'ELSEWHERE' at 'origin' failed to satisfy \
         constraint: Member must satisfy enum value set: [AWS_KMS, EXTERNAL, AWS_CLOUDHSM, \
         EXTERNAL_KEY_STORE]",
    );
    let r = env.run(&["create-key", "--key-spec", "BOGUS", "--key-usage", "BAD"]);
    assert_eq!(r.code, 254);
    assert!(
        r.stderr
            .contains("2 validation errors detected: Value 'BAD' at 'keyUsage'"),
        "{r:?}"
    );
    assert!(r.stderr.contains("; Value 'BOGUS' at 'keySpec'"), "{r:?}");
    env.service_err(
        &[
            "create-key",
            "--key-spec",
            "SYMMETRIC_DEFAULT",
            "--customer-master-key-spec",
            "SYMMETRIC_DEFAULT",
        ],
        "CreateKey",
        "ValidationException",
        "You cannot specify KeySpec and CustomerMasterKeySpec in the same request. \
         CustomerMasterKeySpec is deprecated.",
    );
    env.service_err(
        &["create-key", "--key-spec", "RSA_2048"],
        "CreateKey",
        "ValidationException",
        "You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.",
    );
    env.service_err(
        &["create-key", "--key-usage", "SIGN_VERIFY"],
        "CreateKey",
        "ValidationException",
        "KeyUsage SIGN_VERIFY is not compatible with KeySpec SYMMETRIC_DEFAULT",
    );
}

#[test]
fn create_key_unsupported_features_say_what_is_missing() {
    let env = Env::new();
    env.service_err(
        &[
            "create-key",
            "--custom-key-store-id",
            "cks-1234567890abcdef0",
        ],
        "CreateKey",
        "ValidationException",
        "The CustomKeyStoreId parameter is valid only when the Origin is AWS_CLOUDHSM or \
         EXTERNAL_KEY_STORE.",
    );
    env.service_err(
        &["create-key", "--origin", "AWS_CLOUDHSM"],
        "CreateKey",
        "ValidationException",
        "You must specify a CustomKeyStoreId when the Origin is AWS_CLOUDHSM.",
    );
    // Nothing was created by any of the refused requests.
    assert_eq!(env.ok(&["list-keys"])["Keys"], serde_json::json!([]));
}

#[test]
fn create_key_tags_follow_the_tagging_rules() {
    let env = Env::new();
    env.ok(&[
        "create-key",
        "--tags",
        "TagKey=team,TagValue=web",
        "TagKey=env,TagValue=",
    ]);
    env.ok(&["create-key", "--tags", r#"[{"TagKey":"a","TagValue":"b"}]"#]);
    env.service_err(
        &[
            "create-key",
            "--tags",
            "TagKey=a,TagValue=1",
            "TagKey=a,TagValue=2",
        ],
        "CreateKey",
        "TagException",
        "Duplicate tag keys",
    );
    env.service_err(
        &["create-key", "--tags", "TagKey=AWS:x,TagValue=1"],
        "CreateKey",
        "TagException",
        "Tags beginning with aws: are reserved",
    );
    let many: Vec<String> = (0..51).map(|i| format!("TagKey=k{i},TagValue=v")).collect();
    let mut args = vec!["create-key", "--tags"];
    args.extend(many.iter().map(String::as_str));
    env.service_err(&args, "CreateKey", "TagException", "Too many tags");
    let long_key = "k".repeat(129);
    let tag = format!("TagKey={long_key},TagValue=v");
    env.service_err(
        &["create-key", "--tags", &tag],
        "CreateKey",
        "ValidationException",
        &format!(
            "1 validation error detected: Value '{long_key}' at 'tags.1.member.tagKey' failed to \
             satisfy constraint: Member must have length less than or equal to 128"
        ),
    );
    let r = env.run(&["create-key", "--tags", "Purpose=test"]);
    assert_eq!(r.code, 252, "{r:?}");
    assert!(
        r.stderr
            .contains("Missing required parameter in Tags[0]: \"TagKey\""),
        "{r:?}"
    );
    assert!(
        r.stderr.contains(
            "Unknown parameter in Tags[0]: \"Purpose\", must be one of: TagKey, TagValue"
        ),
        "{r:?}"
    );
}

#[test]
fn create_key_policy_is_checked() {
    let env = Env::new();
    let big = format!("{{\"Statement\":[],\"Pad\":\"{}\"}}", "x".repeat(32768));
    let r = env.run(&["create-key", "--policy", &big]);
    assert_eq!(r.code, 254);
    assert!(
        r.stderr.contains("at 'policy' failed to satisfy constraint: Member must have length less than or equal to 32768"),
        "{}",
        &r.stderr[..200.min(r.stderr.len())]
    );
    env.service_err(
        &["create-key", "--policy", "not json"],
        "CreateKey",
        "MalformedPolicyDocumentException",
        "The key policy is not valid JSON: expected ident at line 1 column 2.",
    );
    let p = env.file("policy.json", br#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"kms:*","Resource":"*"}}"#);
    env.ok(&["create-key", "--policy", &format!("file://{}", p.display())]);
}

#[test]
fn describe_key_accepts_id_and_arn_and_reports_bad_identifiers() {
    let env = Env::new();
    let id = env.create_key();
    assert_eq!(
        env.ok(&["describe-key", "--key-id", &id])["KeyMetadata"]["KeyId"],
        id.as_str()
    );
    assert_eq!(
        env.ok(&["describe-key", "--key-id", &env.arn(&id)])["KeyMetadata"]["KeyId"],
        id.as_str()
    );
    env.service_err(
        &["describe-key", "--key-id", "fake-key-id"],
        "DescribeKey",
        "NotFoundException",
        "Invalid keyId 'fake-key-id'",
    );
    let missing = "11111111-2222-3333-4444-555555555555";
    env.service_err(
        &["describe-key", "--key-id", missing],
        "DescribeKey",
        "NotFoundException",
        &format!("Key '{}' does not exist", env.arn(missing)),
    );
    let other_region = format!("arn:aws:kms:eu-west-1:111122223333:key/{id}");
    env.service_err(
        &["describe-key", "--key-id", &other_region],
        "DescribeKey",
        "NotFoundException",
        "Invalid arn eu-west-1",
    );
    // Aliases arrive later: for now no alias exists, which AWS reports like this.
    env.service_err(
        &["describe-key", "--key-id", "alias/nope"],
        "DescribeKey",
        "NotFoundException",
        "Alias arn:aws:kms:us-east-1:111122223333:alias/nope is not found.",
    );
    env.service_err(
        &["describe-key", "--key-id", ""],
        "DescribeKey",
        "ValidationException",
        "1 validation error detected: Value '' at 'keyId' failed to satisfy constraint: Member \
         must have length greater than or equal to 1",
    );
    env.service_err(
        &["describe-key", "--key-id", "arn:aws:s3:::bucket"],
        "DescribeKey",
        "InvalidArnException",
        "arn:aws:s3:::bucket is not a valid KMS key or alias ARN",
    );
}

#[test]
fn keys_are_regional() {
    let env = Env::new();
    let id = env.create_key();
    env.service_err(
        &["describe-key", "--key-id", &id, "--region", "eu-west-1"],
        "DescribeKey",
        "NotFoundException",
        &format!("Key 'arn:aws:kms:eu-west-1:111122223333:key/{id}' does not exist"),
    );
    let r = env.run_env(&["list-keys"], &[("AWS_REGION", "eu-west-1")]);
    assert_eq!(r.json()["Keys"], serde_json::json!([]));
    let v = env.ok(&["create-key", "--region", "eu-west-1"]);
    assert!(
        v["KeyMetadata"]["Arn"]
            .as_str()
            .unwrap()
            .starts_with("arn:aws:kms:eu-west-1:111122223333:key/")
    );
    let r = env.run_env(&["list-keys"], &[("AWS_DEFAULT_REGION", "eu-west-1")]);
    assert_eq!(r.json()["Keys"].as_array().unwrap().len(), 1);
    // --region beats AWS_REGION, which beats AWS_DEFAULT_REGION.
    let r = env.run_env(
        &["describe-key", "--key-id", &id, "--region", "us-east-1"],
        &[
            ("AWS_REGION", "eu-west-1"),
            ("AWS_DEFAULT_REGION", "eu-west-1"),
        ],
    );
    assert_eq!(r.code, 0, "{r:?}");
    let r = env.run_env(
        &["describe-key", "--key-id", &id],
        &[
            ("AWS_REGION", "us-east-1"),
            ("AWS_DEFAULT_REGION", "eu-west-1"),
        ],
    );
    assert_eq!(r.code, 0, "{r:?}");
}

#[test]
fn list_keys_pages_and_merges() {
    let env = Env::new();
    let mut ids: Vec<String> = (0..5).map(|_| env.create_key()).collect();
    ids.sort();
    let all = env.ok(&["list-keys"]);
    let obj = all.as_object().unwrap();
    assert_eq!(
        obj.keys().collect::<Vec<_>>(),
        ["Keys"],
        "auto-paging prints only Keys"
    );
    let listed: Vec<&str> = all["Keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["KeyId"].as_str().unwrap())
        .collect();
    assert_eq!(listed, ids);
    assert_eq!(all["Keys"][0]["KeyArn"], env.arn(&ids[0]));
    assert_eq!(
        all["Keys"][0]
            .as_object()
            .unwrap()
            .keys()
            .collect::<Vec<_>>(),
        ["KeyId", "KeyArn"]
    );

    let p1 = env.ok(&["list-keys", "--limit", "2"]);
    assert_eq!(p1["Truncated"], true);
    assert_eq!(p1["Keys"].as_array().unwrap().len(), 2);
    let marker = p1["NextMarker"].as_str().unwrap();
    let p2 = env.ok(&["list-keys", "--limit", "2", "--marker", marker]);
    assert_eq!(p2["Keys"][0]["KeyId"], ids[2].as_str());
    let p3 = env.ok(&[
        "list-keys",
        "--limit",
        "2",
        "--marker",
        p2["NextMarker"].as_str().unwrap(),
    ]);
    assert_eq!(p3["Keys"].as_array().unwrap().len(), 1);
    assert_eq!(p3["Truncated"], false);
    assert!(p3.get("NextMarker").is_none());
    let raw = env.ok(&["list-keys", "--no-paginate"]);
    assert_eq!(raw["Truncated"], false);
    let paged = env.ok(&["list-keys", "--page-size", "1"]);
    assert_eq!(paged["Keys"].as_array().unwrap().len(), 5);

    env.service_err(
        &["list-keys", "--limit", "0"],
        "ListKeys",
        "ValidationException",
        "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member \
         must have value greater than or equal to 1",
    );
    env.service_err(
        &["list-keys", "--limit", "1001"],
        "ListKeys",
        "ValidationException",
        "1 validation error detected: Value '1001' at 'limit' failed to satisfy constraint: \
         Member must have value less than or equal to 1000",
    );
    env.service_err(
        &["list-keys", "--marker", "garbage"],
        "ListKeys",
        "InvalidMarkerException",
        "The request was rejected because the marker that specifies where pagination should next \
         begin is not valid.",
    );
}

#[test]
fn enable_disable_and_update_description() {
    let env = Env::new();
    let id = env.create_key();
    let r = env.run(&["disable-key", "--key-id", &id]);
    assert_eq!(
        (r.code, r.stdout.as_str()),
        (0, ""),
        "empty response prints nothing"
    );
    let md = env.ok(&["describe-key", "--key-id", &id])["KeyMetadata"].clone();
    assert_eq!(
        (md["KeyState"].as_str(), md["Enabled"].as_bool()),
        (Some("Disabled"), Some(false))
    );
    env.ok(&["disable-key", "--key-id", &id]);
    env.ok(&["enable-key", "--key-id", &env.arn(&id)]);
    env.ok(&["enable-key", "--key-id", &id]);
    assert_eq!(env.state(&id), "Enabled");

    let r = env.run(&[
        "update-key-description",
        "--key-id",
        &id,
        "--description",
        "new text",
    ]);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""));
    assert_eq!(
        env.ok(&["describe-key", "--key-id", &id])["KeyMetadata"]["Description"],
        "new text"
    );
    env.ok(&[
        "update-key-description",
        "--key-id",
        &id,
        "--description",
        "",
    ]);
    assert_eq!(
        env.ok(&["describe-key", "--key-id", &id])["KeyMetadata"]["Description"],
        ""
    );
    let r = env.run(&[
        "update-key-description",
        "--key-id",
        &id,
        "--description",
        &"d".repeat(8193),
    ]);
    assert_eq!(r.code, 254);
    assert!(r.stderr.contains("at 'description' failed to satisfy constraint: Member must have length less than or equal to 8192"));
    // Aliases are refused where the model takes only key IDs and ARNs.
    env.service_err(
        &["enable-key", "--key-id", "alias/x"],
        "EnableKey",
        "NotFoundException",
        "Invalid keyId 'alias/x'",
    );
}

fn midnight_after(now_ms: i64, days: i64) -> i64 {
    let day = 86_400_000;
    let earliest = now_ms + days * day;
    (earliest + day - 1).div_euclid(day) * day
}

fn parse_iso_ms(s: &str) -> i64 {
    let t = time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).unwrap();
    (t.unix_timestamp_nanos() / 1_000_000) as i64
}

#[test]
fn schedule_and_cancel_deletion() {
    let env = Env::new();
    let id = env.create_key();
    let now = "1893499200"; // 2030-01-01T12:00:00Z, after the real clock
    let r = env.run_env(
        &[
            "schedule-key-deletion",
            "--key-id",
            &id,
            "--pending-window-in-days",
            "7",
        ],
        &[("LKMS_NOW", now)],
    );
    assert_eq!(r.code, 0, "{r:?}");
    let v = r.json();
    assert_eq!(
        v.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["KeyId", "DeletionDate", "KeyState", "PendingWindowInDays"]
    );
    assert_eq!(v["KeyId"], env.arn(&id));
    assert_eq!(
        v["DeletionDate"], "2030-01-09T00:00:00+00:00",
        "next UTC midnight after 7 days"
    );
    assert_eq!(v["KeyState"], "PendingDeletion");
    assert_eq!(v["PendingWindowInDays"], 7);
    let md = env.ok(&["describe-key", "--key-id", &id])["KeyMetadata"].clone();
    assert_eq!(md["KeyState"], "PendingDeletion");
    assert_eq!(md["Enabled"], false);
    assert_eq!(md["DeletionDate"], "2030-01-09T00:00:00+00:00");
    assert_eq!(md["PendingDeletionWindowInDays"], 7);

    let c = env.ok(&["cancel-key-deletion", "--key-id", &id]);
    assert_eq!(c, serde_json::json!({"KeyId": env.arn(&id)}));
    let md = env.ok(&["describe-key", "--key-id", &id])["KeyMetadata"].clone();
    assert_eq!(
        md["KeyState"], "Disabled",
        "a cancelled deletion leaves the key Disabled"
    );
    assert!(md.get("DeletionDate").is_none());
    assert!(md.get("PendingDeletionWindowInDays").is_none());

    // The default window is 30 days.
    let v = env.ok(&["schedule-key-deletion", "--key-id", &id]);
    assert_eq!(v["PendingWindowInDays"], 30);
    let deletion = parse_iso_ms(v["DeletionDate"].as_str().unwrap());
    let now_ms = time::OffsetDateTime::now_utc().unix_timestamp() * 1000;
    assert!(
        deletion >= now_ms + 30 * 86_400_000 - 60_000
            && deletion <= midnight_after(now_ms + 60_000, 30)
    );
    assert_eq!(deletion % 86_400_000, 0);
}

#[test]
fn schedule_deletion_window_is_validated() {
    let env = Env::new();
    let id = env.create_key();
    for (days, msg) in [
        (
            "6",
            "Value '6' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value greater than or equal to 7",
        ),
        (
            "31",
            "Value '31' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value less than or equal to 30",
        ),
        (
            "-1",
            "Value '-1' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value greater than or equal to 7",
        ),
    ] {
        env.service_err(
            &[
                "schedule-key-deletion",
                "--key-id",
                &id,
                "--pending-window-in-days",
                days,
            ],
            "ScheduleKeyDeletion",
            "ValidationException",
            &format!("1 validation error detected: {msg}"),
        );
    }
    assert_eq!(env.state(&id), "Enabled");
    let r = env.run(&[
        "schedule-key-deletion",
        "--key-id",
        &id,
        "--pending-window-in-days",
        "abc",
    ]);
    assert_eq!(r.code, 252, "a non-integer is an argument error: {r:?}");
}

#[test]
fn key_disappears_when_its_deletion_date_passes() {
    let env = Env::new();
    let id = env.create_key();
    let keep = env.create_key();
    let ct = env.encrypt(&id, b"data");
    let v = env.ok(&[
        "schedule-key-deletion",
        "--key-id",
        &id,
        "--pending-window-in-days",
        "7",
    ]);
    let deletion_ms = parse_iso_ms(v["DeletionDate"].as_str().unwrap());
    let just_before = format!("{}", (deletion_ms - 1000) / 1000);
    let after = format!("{}", deletion_ms / 1000 + 1);

    let r = env.run_env(
        &["describe-key", "--key-id", &id],
        &[("LKMS_NOW", &just_before)],
    );
    assert_eq!(r.json()["KeyMetadata"]["KeyState"], "PendingDeletion");
    let r = env.run_env(&["list-keys"], &[("LKMS_NOW", &after)]);
    let listed: Vec<Value> = r.json()["Keys"].as_array().unwrap().clone();
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!(listed[0]["KeyId"], keep.as_str());
    assert!(!env.key_file(&id).exists(), "the key's file is gone");
    let r = env.run_env(&["describe-key", "--key-id", &id], &[("LKMS_NOW", &after)]);
    assert_service_err(
        &r,
        "DescribeKey",
        "NotFoundException",
        &format!("Key '{}' does not exist", env.arn(&id)),
    );
    // Its ciphertexts can never be decrypted again.
    let r = env.run(&["decrypt", "--ciphertext-blob", &ct]);
    assert_service_err(
        &r,
        "Decrypt",
        "AccessDeniedException",
        "The ciphertext refers to a customer master key that does not exist, does not exist in \
         this region, or you are not allowed to access.",
    );
    // Describing it first (without list-keys) also completes the deletion.
    let id2 = env.create_key();
    let v = env.ok(&[
        "schedule-key-deletion",
        "--key-id",
        &id2,
        "--pending-window-in-days",
        "7",
    ]);
    let after2 = format!(
        "{}",
        parse_iso_ms(v["DeletionDate"].as_str().unwrap()) / 1000 + 1
    );
    let r = env.run_env(
        &["encrypt", "--key-id", &id2, "--plaintext", "AAAA"],
        &[("LKMS_NOW", &after2)],
    );
    assert_eq!(r.code, 254);
    assert!(r.stderr.contains("NotFoundException"), "{r:?}");
    assert!(!env.key_file(&id2).exists());
    assert_eq!(env.ok(&["list-keys"])["Keys"].as_array().unwrap().len(), 1);
}

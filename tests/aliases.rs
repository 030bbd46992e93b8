//! create-alias, update-alias, delete-alias, list-aliases, and aliases as `--key-id`.

mod common;
use common::*;
use serde_json::Value;

/// How many predefined `alias/aws/<service>` aliases AWS lists (one per service lkms makes an
/// AWS managed key for).
const PREDEFINED: usize = 17;

fn alias_arn(name: &str) -> String {
    format!("arn:aws:kms:us-east-1:111122223333:{name}")
}

/// The aliases listed, without the predefined `alias/aws/…` lines of AWS managed keys not made
/// yet (those have no target; `predefined_aliases_are_listed_until_their_key_is_made` checks them).
fn aliases(env: &Env, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["list-aliases"];
    args.extend_from_slice(extra);
    let all = env.ok(&args)["Aliases"].as_array().unwrap().clone();
    all.into_iter()
        .filter(|a| a.get("TargetKeyId").is_some())
        .collect()
}

#[test]
fn create_list_and_use_an_alias_everywhere_the_model_allows() {
    let env = Env::new();
    let id = env.create_key();
    let r = env.run(&[
        "create-alias",
        "--alias-name",
        "alias/app-key",
        "--target-key-id",
        &id,
    ]);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{r:?}");
    let list = aliases(&env, &[]);
    assert_eq!(list.len(), 1);
    let entry = list[0].as_object().unwrap();
    assert_eq!(
        entry.keys().collect::<Vec<_>>(),
        [
            "AliasName",
            "AliasArn",
            "TargetKeyId",
            "CreationDate",
            "LastUpdatedDate"
        ]
    );
    assert_eq!(entry["AliasName"], "alias/app-key");
    assert_eq!(entry["AliasArn"], alias_arn("alias/app-key"));
    assert_eq!(entry["TargetKeyId"], id.as_str());
    assert_eq!(entry["CreationDate"], entry["LastUpdatedDate"]);

    for name in ["alias/app-key".to_string(), alias_arn("alias/app-key")] {
        let md = env.ok(&["describe-key", "--key-id", &name]);
        assert_eq!(md["KeyMetadata"]["KeyId"], id.as_str());
        let ct = env.ok(&["encrypt", "--key-id", &name, "--plaintext", "aGk="]);
        assert_eq!(ct["KeyId"], env.arn(&id));
        let blob = ct["CiphertextBlob"].as_str().unwrap();
        let d = env.ok(&["decrypt", "--ciphertext-blob", blob, "--key-id", &name]);
        assert_eq!(d["Plaintext"], "aGk=");
        env.ok(&[
            "generate-data-key",
            "--key-id",
            &name,
            "--key-spec",
            "AES_128",
        ]);
        env.ok(&[
            "generate-data-key-without-plaintext",
            "--key-id",
            &name,
            "--number-of-bytes",
            "8",
        ]);
        let re = env.ok(&[
            "re-encrypt",
            "--ciphertext-blob",
            blob,
            "--source-key-id",
            &name,
            "--destination-key-id",
            &name,
        ]);
        assert_eq!(re["KeyId"], env.arn(&id));
    }
}

#[test]
fn operations_that_take_only_key_ids_refuse_aliases() {
    let env = Env::new();
    let id = env.create_key();
    env.ok(&[
        "create-alias",
        "--alias-name",
        "alias/a",
        "--target-key-id",
        &id,
    ]);
    let cases: &[(&[&str], &str)] = &[
        (&["enable-key"], "EnableKey"),
        (&["disable-key"], "DisableKey"),
        (&["cancel-key-deletion"], "CancelKeyDeletion"),
        (&["schedule-key-deletion"], "ScheduleKeyDeletion"),
        (
            &["update-key-description", "--description", "d"],
            "UpdateKeyDescription",
        ),
        (&["get-key-policy"], "GetKeyPolicy"),
        (&["list-key-policies"], "ListKeyPolicies"),
        (
            &["tag-resource", "--tags", "TagKey=a,TagValue=b"],
            "TagResource",
        ),
        (&["untag-resource", "--tag-keys", "a"], "UntagResource"),
        (&["list-resource-tags"], "ListResourceTags"),
        (&["enable-key-rotation"], "EnableKeyRotation"),
        (&["disable-key-rotation"], "DisableKeyRotation"),
        (&["get-key-rotation-status"], "GetKeyRotationStatus"),
        (&["rotate-key-on-demand"], "RotateKeyOnDemand"),
        (&["list-key-rotations"], "ListKeyRotations"),
        (&["list-aliases"], "ListAliases"),
    ];
    for (cmd, op) in cases {
        let mut args = vec![cmd[0], "--key-id", "alias/a"];
        args.extend_from_slice(&cmd[1..]);
        env.service_err(&args, op, "NotFoundException", "Invalid keyId 'alias/a'");
    }
    let mut args = vec!["put-key-policy", "--key-id", "alias/a", "--policy"];
    let policy = env.ok(&["get-key-policy", "--key-id", &id])["Policy"]
        .as_str()
        .unwrap()
        .to_string();
    args.push(&policy);
    env.service_err(
        &args,
        "PutKeyPolicy",
        "NotFoundException",
        "Invalid keyId 'alias/a'",
    );
    env.service_err(
        &[
            "create-alias",
            "--alias-name",
            "alias/b",
            "--target-key-id",
            "alias/a",
        ],
        "CreateAlias",
        "NotFoundException",
        "Invalid keyId 'alias/a'",
    );
    env.service_err(
        &[
            "update-alias",
            "--alias-name",
            "alias/a",
            "--target-key-id",
            "alias/a",
        ],
        "UpdateAlias",
        "NotFoundException",
        "Invalid keyId 'alias/a'",
    );
}

#[test]
fn alias_names_follow_the_rules() {
    let env = Env::new();
    let id = env.create_key();
    let create =
        |name: &str| env.run(&["create-alias", "--alias-name", name, "--target-key-id", &id]);
    assert_service_err(
        &create("my-key"),
        "CreateAlias",
        "ValidationException",
        "Alias must start with the prefix \"alias/\". Please see \
         https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html",
    );
    assert_service_err(
        &create("alias/has space"),
        "CreateAlias",
        "ValidationException",
        "1 validation error detected: Value 'alias/has space' at 'aliasName' failed to satisfy \
         constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_-]+$",
    );
    let long = format!("alias/{}", "a".repeat(251));
    assert_service_err(
        &create(&long),
        "CreateAlias",
        "ValidationException",
        &format!(
            "1 validation error detected: Value '{long}' at 'aliasName' failed to satisfy \
             constraint: Member must have length less than or equal to 256"
        ),
    );
    assert_eq!(create(&format!("alias/{}", "a".repeat(250))).code, 0);
    assert_service_err(
        &create("alias/aws/s3"),
        "CreateAlias",
        "InvalidAliasNameException",
        "Alias names that begin with \"alias/aws/\" are reserved for AWS managed keys.",
    );
    assert_service_err(
        &create("alias/"),
        "CreateAlias",
        "InvalidAliasNameException",
        "Alias name must have at least one character after \"alias/\".",
    );
    for ok in [
        "alias/with/slashes",
        "alias/UPPER_lower-09",
        "alias/colon:ok",
        "alias/awsome",
    ] {
        assert_eq!(create(ok).code, 0, "{ok}");
    }
    assert_service_err(
        &create("alias/with/slashes"),
        "CreateAlias",
        "AlreadyExistsException",
        &format!(
            "An alias with the name {} already exists",
            alias_arn("alias/with/slashes")
        ),
    );
    // Names differing only in case are different aliases.
    assert_eq!(create("alias/Case").code, 0);
    assert_eq!(create("alias/case").code, 0);
    env.service_err(
        &["delete-alias", "--alias-name", "alias/nope"],
        "DeleteAlias",
        "NotFoundException",
        &format!("Alias {} is not found.", alias_arn("alias/nope")),
    );
    env.service_err(
        &[
            "update-alias",
            "--alias-name",
            "alias/nope",
            "--target-key-id",
            &id,
        ],
        "UpdateAlias",
        "NotFoundException",
        &format!("Alias {} is not found.", alias_arn("alias/nope")),
    );
    env.service_err(
        &[
            "create-alias",
            "--alias-name",
            "alias/x",
            "--target-key-id",
            "11111111-2222-3333-4444-555555555555",
        ],
        "CreateAlias",
        "NotFoundException",
        &format!(
            "Key '{}' does not exist",
            env.arn("11111111-2222-3333-4444-555555555555")
        ),
    );
}

#[test]
fn update_and_delete_follow_the_key_state_rules() {
    let env = Env::new();
    let a = env.create_key();
    let b = env.create_key();
    let pending = env.create_key();
    env.ok(&[
        "schedule-key-deletion",
        "--key-id",
        &pending,
        "--pending-window-in-days",
        "7",
    ]);
    let external = env.create_external_key();

    env.service_err(
        &[
            "create-alias",
            "--alias-name",
            "alias/p",
            "--target-key-id",
            &pending,
        ],
        "CreateAlias",
        "KMSInvalidStateException",
        &format!("{} is pending deletion.", env.arn(&pending)),
    );
    env.ok(&[
        "create-alias",
        "--alias-name",
        "alias/ext",
        "--target-key-id",
        &external,
    ]);

    env.ok(&[
        "create-alias",
        "--alias-name",
        "alias/moving",
        "--target-key-id",
        &a,
    ]);
    let before = aliases(&env, &["--key-id", &a])[0].clone();
    std::thread::sleep(std::time::Duration::from_millis(5));
    env.ok(&[
        "update-alias",
        "--alias-name",
        "alias/moving",
        "--target-key-id",
        &env.arn(&b),
    ]);
    let after = aliases(&env, &["--key-id", &b])[0].clone();
    assert_eq!(after["TargetKeyId"], b.as_str());
    assert_eq!(after["CreationDate"], before["CreationDate"]);
    assert_ne!(after["LastUpdatedDate"], before["LastUpdatedDate"]);
    assert!(aliases(&env, &["--key-id", &a]).is_empty());
    let ct = env.ok(&["encrypt", "--key-id", "alias/moving", "--plaintext", "AA=="]);
    assert_eq!(ct["KeyId"], env.arn(&b));

    // The new target may not be pending deletion; the current one may.
    env.service_err(
        &[
            "update-alias",
            "--alias-name",
            "alias/moving",
            "--target-key-id",
            &pending,
        ],
        "UpdateAlias",
        "KMSInvalidStateException",
        &format!("{} is pending deletion.", env.arn(&pending)),
    );
    env.ok(&[
        "create-alias",
        "--alias-name",
        "alias/stays",
        "--target-key-id",
        &b,
    ]);
    env.ok(&[
        "schedule-key-deletion",
        "--key-id",
        &b,
        "--pending-window-in-days",
        "7",
    ]);
    env.ok(&[
        "update-alias",
        "--alias-name",
        "alias/moving",
        "--target-key-id",
        &a,
    ]);
    let ct = env.ok(&["encrypt", "--key-id", "alias/moving", "--plaintext", "AA=="]);
    assert_eq!(ct["KeyId"], env.arn(&a));
    // Delete works whatever the key's state.
    let r = env.run(&["delete-alias", "--alias-name", "alias/stays"]);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""));
    env.service_err(
        &["describe-key", "--key-id", "alias/stays"],
        "DescribeKey",
        "NotFoundException",
        &format!("Alias {} is not found.", alias_arn("alias/stays")),
    );
    env.ok(&["describe-key", "--key-id", &b]);
}

#[test]
fn aliases_disappear_with_their_key() {
    let env = Env::new();
    let doomed = env.create_key();
    let kept = env.create_key();
    env.ok(&[
        "create-alias",
        "--alias-name",
        "alias/doomed-1",
        "--target-key-id",
        &doomed,
    ]);
    env.ok(&[
        "create-alias",
        "--alias-name",
        "alias/doomed-2",
        "--target-key-id",
        &doomed,
    ]);
    env.ok(&[
        "create-alias",
        "--alias-name",
        "alias/kept",
        "--target-key-id",
        &kept,
    ]);
    let v = env.ok(&[
        "schedule-key-deletion",
        "--key-id",
        &doomed,
        "--pending-window-in-days",
        "7",
    ]);
    let date = time::OffsetDateTime::parse(
        v["DeletionDate"].as_str().unwrap(),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap();
    let after = (date.unix_timestamp() + 1).to_string();
    assert_eq!(
        aliases(&env, &[]).len(),
        3,
        "still listed while pending deletion"
    );
    let r = env.run_env(&["list-aliases"], &[("LKMS_NOW", &after)]);
    let names: Vec<String> = r.json()["Aliases"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a.get("TargetKeyId").is_some())
        .map(|a| a["AliasName"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["alias/kept"]);
    let r = env.run(&[
        "create-alias",
        "--alias-name",
        "alias/doomed-1",
        "--target-key-id",
        &kept,
    ]);
    assert_eq!(r.code, 0, "the name is free again: {r:?}");
}

#[test]
fn alias_resolution_through_a_due_deletion_reports_the_alias_missing() {
    let env = Env::new();
    let id = env.create_key();
    env.ok(&[
        "create-alias",
        "--alias-name",
        "alias/soon-gone",
        "--target-key-id",
        &id,
    ]);
    let v = env.ok(&[
        "schedule-key-deletion",
        "--key-id",
        &id,
        "--pending-window-in-days",
        "7",
    ]);
    let date = time::OffsetDateTime::parse(
        v["DeletionDate"].as_str().unwrap(),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap();
    let after = (date.unix_timestamp() + 1).to_string();
    let r = env.run_env(
        &[
            "encrypt",
            "--key-id",
            "alias/soon-gone",
            "--plaintext",
            "AA==",
        ],
        &[("LKMS_NOW", &after)],
    );
    assert_service_err(
        &r,
        "Encrypt",
        "NotFoundException",
        &format!("Alias {} is not found.", alias_arn("alias/soon-gone")),
    );
    assert!(aliases(&env, &[]).is_empty());
}

#[test]
fn list_aliases_filters_and_pages() {
    let env = Env::new();
    let a = env.create_key();
    let b = env.create_key();
    for i in 0..7 {
        let target = if i % 2 == 0 { &a } else { &b };
        env.ok(&[
            "create-alias",
            "--alias-name",
            &format!("alias/a{i}"),
            "--target-key-id",
            target,
        ]);
    }
    let all = env.ok(&["list-aliases"]);
    assert_eq!(
        all.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["Aliases"]
    );
    let names: Vec<&str> = all["Aliases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["AliasName"].as_str().unwrap())
        .collect();
    // alias/a0 to alias/a6 come before the predefined alias/aws/… lines, listed after them.
    assert_eq!(
        names[..7],
        [
            "alias/a0", "alias/a1", "alias/a2", "alias/a3", "alias/a4", "alias/a5", "alias/a6"
        ]
    );
    assert_eq!(names.len(), 7 + PREDEFINED);
    assert!(names[7..].iter().all(|n| n.starts_with("alias/aws/")));
    assert_eq!(aliases(&env, &["--key-id", &a]).len(), 4);
    assert_eq!(aliases(&env, &["--key-id", &env.arn(&b)]).len(), 3);
    let p1 = env.ok(&["list-aliases", "--limit", "3"]);
    assert_eq!(p1["Truncated"], true);
    assert_eq!(p1["Aliases"].as_array().unwrap().len(), 3);
    let p2 = env.ok(&[
        "list-aliases",
        "--limit",
        "3",
        "--marker",
        p1["NextMarker"].as_str().unwrap(),
    ]);
    assert_eq!(p2["Aliases"][0]["AliasName"], "alias/a3");
    assert_eq!(
        env.ok(&["list-aliases", "--page-size", "2"])["Aliases"]
            .as_array()
            .unwrap()
            .len(),
        7 + PREDEFINED
    );
    env.service_err(
        &["list-aliases", "--marker", "!!"],
        "ListAliases",
        "InvalidMarkerException",
        "The request was rejected because the marker that specifies where pagination should next \
         begin is not valid.",
    );
    let r = env.run(&["list-aliases", "--output", "text", "--key-id", &b]);
    assert_eq!(r.stdout.lines().count(), 3);
    assert!(
        r.stdout
            .starts_with("ALIASES\tarn:aws:kms:us-east-1:111122223333:alias/a1\talias/a1\t"),
        "{}",
        r.stdout
    );
    // Regional: none of these in another region, only its predefined lines.
    let r = env.run(&["list-aliases", "--region", "eu-west-1"]);
    let there = r.json()["Aliases"].as_array().unwrap().clone();
    assert_eq!(there.len(), PREDEFINED);
    assert!(there.iter().all(|a| {
        a["AliasArn"]
            .as_str()
            .unwrap()
            .starts_with("arn:aws:kms:eu-west-1:111122223333:alias/aws/")
    }));
    env.service_err(
        &[
            "describe-key",
            "--key-id",
            "arn:aws:kms:eu-west-1:111122223333:alias/n1",
        ],
        "DescribeKey",
        "NotFoundException",
        "Invalid arn eu-west-1",
    );
}

#[test]
fn predefined_aliases_are_listed_until_their_key_is_made() {
    let env = Env::new();
    let listed = |env: &Env| {
        env.ok(&["list-aliases"])["Aliases"]
            .as_array()
            .unwrap()
            .clone()
    };
    let before = listed(&env);
    let names: Vec<&str> = before
        .iter()
        .map(|a| a["AliasName"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), PREDEFINED);
    for expected in ["alias/aws/ebs", "alias/aws/s3", "alias/aws/secretsmanager"] {
        assert!(names.contains(&expected), "{names:?}");
    }
    let mut sorted = names.clone();
    sorted.sort_unstable();
    assert_eq!(names, sorted);
    // As AWS lists them: the name and the ARN, no target and no dates.
    let s3 = before
        .iter()
        .find(|a| a["AliasName"] == "alias/aws/s3")
        .unwrap();
    assert_eq!(
        s3,
        &serde_json::json!({
            "AliasName": "alias/aws/s3",
            "AliasArn": alias_arn("alias/aws/s3"),
        })
    );
    // Once the key is made (first reference), its alias is an alias like any other.
    let key = env.ok(&["describe-key", "--key-id", "alias/aws/s3"])["KeyMetadata"]["KeyId"]
        .as_str()
        .unwrap()
        .to_string();
    let after = listed(&env);
    assert_eq!(after.len(), PREDEFINED);
    let s3 = after
        .iter()
        .find(|a| a["AliasName"] == "alias/aws/s3")
        .unwrap();
    assert_eq!(s3["TargetKeyId"], key.as_str());
    assert!(s3["CreationDate"].is_string(), "{s3}");
    // The AWS CLI's idiom for one alias's key: a backtick literal that is not JSON.
    let r = env.run(&[
        "list-aliases",
        "--query",
        "Aliases[?AliasName==`alias/aws/s3`].TargetKeyId",
        "--output",
        "text",
    ]);
    assert_eq!((r.code, r.stdout.trim()), (0, key.as_str()), "{r:?}");
    // Pages cut through the predefined lines and the others alike.
    env.ok(&[
        "create-alias",
        "--alias-name",
        "alias/zz-last",
        "--target-key-id",
        &env.create_key(),
    ]);
    let mut seen = Vec::new();
    let mut marker: Option<String> = None;
    loop {
        let mut args = vec!["list-aliases", "--limit", "4", "--no-paginate"];
        if let Some(m) = &marker {
            args.extend(["--marker", m]);
        }
        let page = env.ok(&args);
        for a in page["Aliases"].as_array().unwrap() {
            seen.push(a["AliasName"].as_str().unwrap().to_string());
        }
        match page["NextMarker"].as_str() {
            Some(m) => marker = Some(m.to_string()),
            None => break,
        }
    }
    assert_eq!(seen.len(), PREDEFINED + 1, "{seen:?}");
    assert_eq!(seen.last().unwrap(), "alias/zz-last");
}

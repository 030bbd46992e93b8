//! tag-resource, untag-resource, list-resource-tags.

mod common;
use common::*;
use serde_json::json;

#[test]
fn tag_retag_untag_and_list() {
    let env = Env::new();
    let id = env.create_key();
    let r = env.run(&[
        "tag-resource",
        "--key-id",
        &id,
        "--tags",
        "TagKey=Purpose,TagValue=Test",
        "TagKey=CostCenter,TagValue=87654",
    ]);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{r:?}");
    env.ok(&[
        "tag-resource",
        "--key-id",
        &env.arn(&id),
        "--tags",
        r#"[{"TagKey":"CreatedBy","TagValue":"ExampleUser"}]"#,
    ]);
    let v = env.ok(&["list-resource-tags", "--key-id", &id]);
    assert_eq!(
        v,
        json!({"Tags": [
            {"TagKey": "CostCenter", "TagValue": "87654"},
            {"TagKey": "CreatedBy", "TagValue": "ExampleUser"},
            {"TagKey": "Purpose", "TagValue": "Test"}
        ]})
    );
    // Re-tagging replaces the value.
    env.ok(&[
        "tag-resource",
        "--key-id",
        &id,
        "--tags",
        "TagKey=Purpose,TagValue=Prod",
    ]);
    let v = env.ok(&[
        "list-resource-tags",
        "--key-id",
        &id,
        "--query",
        "Tags[?TagKey=='Purpose'].TagValue | [0]",
    ]);
    assert_eq!(v, "Prod");
    let r = env.run(&[
        "untag-resource",
        "--key-id",
        &id,
        "--tag-keys",
        "Purpose",
        "NotThere",
    ]);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{r:?}");
    env.ok(&[
        "untag-resource",
        "--key-id",
        &id,
        "--tag-keys",
        r#"["CreatedBy"]"#,
    ]);
    let v = env.ok(&["list-resource-tags", "--key-id", &id, "--no-paginate"]);
    assert_eq!(
        v,
        json!({"Tags": [{"TagKey": "CostCenter", "TagValue": "87654"}], "Truncated": false})
    );
    let t = env.run(&["list-resource-tags", "--key-id", &id, "--output", "text"]);
    assert_eq!(t.stdout, "TAGS\tCostCenter\t87654\n");
    // create-key --tags shows up too.
    let id2 = env.ok(&["create-key", "--tags", "TagKey=k,TagValue=v"])["KeyMetadata"]["KeyId"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        env.ok(&["list-resource-tags", "--key-id", &id2])["Tags"],
        json!([{"TagKey": "k", "TagValue": "v"}])
    );
}

#[test]
fn tag_rules() {
    let env = Env::new();
    let id = env.create_key();
    let tags: Vec<String> = (0..50)
        .map(|i| format!("TagKey=k{i:02},TagValue=v"))
        .collect();
    let mut args = vec!["tag-resource", "--key-id", id.as_str(), "--tags"];
    args.extend(tags.iter().map(String::as_str));
    env.ok(&args);
    env.ok(&[
        "tag-resource",
        "--key-id",
        &id,
        "--tags",
        "TagKey=k00,TagValue=replaced",
    ]);
    env.service_err(
        &[
            "tag-resource",
            "--key-id",
            &id,
            "--tags",
            "TagKey=k50,TagValue=v",
        ],
        "TagResource",
        "TagException",
        "Too many tags",
    );
    for key in ["aws:x", "AWS:x", "Aws:Team"] {
        env.service_err(
            &[
                "tag-resource",
                "--key-id",
                &id,
                "--tags",
                &format!("TagKey={key},TagValue=v"),
            ],
            "TagResource",
            "TagException",
            "Tags beginning with aws: are reserved",
        );
    }
    env.service_err(
        &["untag-resource", "--key-id", &id, "--tag-keys", "aws:x"],
        "UntagResource",
        "TagException",
        "Tags beginning with aws: are reserved",
    );
    env.service_err(
        &[
            "tag-resource",
            "--key-id",
            &id,
            "--tags",
            "TagKey=d,TagValue=1",
            "TagKey=d,TagValue=2",
        ],
        "TagResource",
        "TagException",
        "Duplicate tag keys",
    );
    let long_value = "v".repeat(257);
    env.service_err(
        &[
            "tag-resource",
            "--key-id",
            &id,
            "--tags",
            &format!("TagKey=k,TagValue={long_value}"),
        ],
        "TagResource",
        "ValidationException",
        &format!(
            "1 validation error detected: Value '{long_value}' at 'tags.1.member.tagValue' failed \
             to satisfy constraint: Member must have length less than or equal to 256"
        ),
    );
    env.service_err(
        &["untag-resource", "--key-id", &id, "--tag-keys", ""],
        "UntagResource",
        "ValidationException",
        "1 validation error detected: Value '' at 'tagKeys.1.member' failed to satisfy \
         constraint: Member must have length greater than or equal to 1",
    );
    assert_eq!(
        env.ok(&["list-resource-tags", "--key-id", &id])["Tags"]
            .as_array()
            .unwrap()
            .len(),
        50
    );
}

#[test]
fn tags_page_fifty_at_a_time_and_respect_key_states() {
    let env = Env::new();
    let id = env.create_key();
    let tags: Vec<String> = (0..30)
        .map(|i| format!("TagKey=k{i:02},TagValue=v{i}"))
        .collect();
    let mut args = vec!["tag-resource", "--key-id", id.as_str(), "--tags"];
    args.extend(tags.iter().map(String::as_str));
    env.ok(&args);
    let p1 = env.ok(&["list-resource-tags", "--key-id", &id, "--limit", "20"]);
    assert_eq!(p1["Tags"].as_array().unwrap().len(), 20);
    assert_eq!(p1["Truncated"], true);
    let p2 = env.ok(&[
        "list-resource-tags",
        "--key-id",
        &id,
        "--limit",
        "20",
        "--marker",
        p1["NextMarker"].as_str().unwrap(),
    ]);
    assert_eq!(p2["Tags"][0]["TagKey"], "k20");
    assert_eq!(p2["Truncated"], false);
    assert_eq!(
        env.ok(&["list-resource-tags", "--key-id", &id, "--page-size", "7"])["Tags"]
            .as_array()
            .unwrap()
            .len(),
        30
    );

    env.ok(&[
        "schedule-key-deletion",
        "--key-id",
        &id,
        "--pending-window-in-days",
        "7",
    ]);
    let pending = format!("{} is pending deletion.", env.arn(&id));
    env.service_err(
        &[
            "tag-resource",
            "--key-id",
            &id,
            "--tags",
            "TagKey=a,TagValue=b",
        ],
        "TagResource",
        "KMSInvalidStateException",
        &pending,
    );
    env.service_err(
        &["untag-resource", "--key-id", &id, "--tag-keys", "k01"],
        "UntagResource",
        "KMSInvalidStateException",
        &pending,
    );
    assert_eq!(
        env.ok(&["list-resource-tags", "--key-id", &id])["Tags"]
            .as_array()
            .unwrap()
            .len(),
        30
    );
    // Disabled and PendingImport keys can be tagged.
    let d = env.create_key();
    env.ok(&["disable-key", "--key-id", &d]);
    env.ok(&[
        "tag-resource",
        "--key-id",
        &d,
        "--tags",
        "TagKey=a,TagValue=b",
    ]);
    let e = env.create_external_key();
    env.ok(&[
        "tag-resource",
        "--key-id",
        &e,
        "--tags",
        "TagKey=a,TagValue=b",
    ]);
    env.ok(&["untag-resource", "--key-id", &e, "--tag-keys", "a"]);
}

//! `lkms audit lookup-events` mirrors `aws cloudtrail lookup-events` (issue 16): one lookup
//! attribute of each key, a time range, paging by NextToken and by the AWS CLI's own flags,
//! newest first, every output format, and CloudTrail's exceptions for bad requests.

mod common;
#[path = "audit_support/trail.rs"]
mod trail;
use common::*;
use serde_json::Value;
use trail::*;

#[test]
fn lookup_attributes_times_and_paging() {
    let env = Env::new();
    let key = env.create_key();
    // Five Encrypts, one minute apart from 2023-11-14T22:13:20Z.
    for i in 0..5 {
        let now = (1_700_000_000 + 60 * i).to_string();
        let r = env.run_env(
            &[
                "encrypt",
                "--key-id",
                &key,
                "--plaintext",
                "aGk=",
                "--encryption-context",
                &format!("n={i}"),
            ],
            &[("LKMS_NOW", &now)],
        );
        assert_eq!(r.code, 0, "{r:?}");
    }
    let n = |r: &Value| r["requestParameters"]["encryptionContext"]["n"].clone();
    let enc = "AttributeKey=EventName,AttributeValue=Encrypt";
    // Pages of two, newest first, resumed with --next-token.
    let (page, token) = lookup(&env, &["--lookup-attributes", enc, "--max-results", "2"]);
    assert_eq!(page.len(), 2);
    let token = token.expect("a NextToken");
    let (page2, token2) = lookup(
        &env,
        &[
            "--lookup-attributes",
            enc,
            "--max-results",
            "2",
            "--next-token",
            &token,
        ],
    );
    let (page3, token3) = lookup(
        &env,
        &[
            "--lookup-attributes",
            enc,
            "--max-results",
            "2",
            "--next-token",
            &token2.unwrap(),
        ],
    );
    assert_eq!(token3, None);
    let order: Vec<Value> = [page, page2, page3]
        .concat()
        .iter()
        .map(|e| n(&serde_json::from_str(e["CloudTrailEvent"].as_str().unwrap()).unwrap()))
        .collect();
    assert_eq!(order, ["4", "3", "2", "1", "0"]);
    // The AWS CLI's own paging: --max-items, then --starting-token.
    let (first, token) = lookup(&env, &["--lookup-attributes", enc, "--max-items", "3"]);
    assert_eq!(first.len(), 3);
    let (rest, none) = lookup(
        &env,
        &[
            "--lookup-attributes",
            enc,
            "--starting-token",
            &token.unwrap(),
        ],
    );
    assert_eq!((rest.len(), none), (2, None));
    // Automatic paging one event per call still finds them all.
    let (all, none) = lookup(&env, &["--lookup-attributes", enc, "--page-size", "1"]);
    assert_eq!((all.len(), none), (5, None));
    // A time range (inclusive), in ISO 8601 and in epoch seconds.
    let ranged = records(
        &env,
        &[
            "--lookup-attributes",
            enc,
            "--start-time",
            "2023-11-14T22:14:20Z",
            "--end-time",
            "1700000180",
        ],
    );
    assert_eq!(ranged.iter().map(n).collect::<Vec<_>>(), ["3", "2", "1"]);
    // Each attribute key.
    let one = |k: &str, v: &str| {
        records(
            &env,
            &[
                "--lookup-attributes",
                &format!("AttributeKey={k},AttributeValue={v}"),
            ],
        )
    };
    assert_eq!(one("ResourceName", &env.arn(&key)).len(), 6);
    assert_eq!(one("ResourceType", "AWS::KMS::Key").len(), 6);
    assert_eq!(one("Username", "root").len(), 6);
    assert_eq!(one("EventSource", "kms.amazonaws.com").len(), 6);
    assert_eq!(one("ReadOnly", "false").len(), 1);
    let created = &one("EventName", "CreateKey")[0];
    let by_id = one("EventId", created["eventID"].as_str().unwrap());
    assert_eq!(by_id, std::slice::from_ref(created));
    assert!(one("AccessKeyId", "AKIANOSUCHKEY0000000").is_empty());
    // The lookup attribute as JSON works as the shorthand does.
    let json_attr = r#"[{"AttributeKey":"EventName","AttributeValue":"CreateKey"}]"#;
    assert_eq!(records(&env, &["--lookup-attributes", json_attr]).len(), 1);
    // No Insights events.
    assert!(lookup(&env, &["--event-category", "insight"]).0.is_empty());
}

#[test]
fn lookup_events_prints_in_every_format() {
    let env = Env::new();
    let key = env.create_key();
    let event = &lookup(&env, &[]).0[0];
    let keys: Vec<&str> = event
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "EventId",
            "EventName",
            "ReadOnly",
            "EventTime",
            "EventSource",
            "Username",
            "Resources",
            "CloudTrailEvent"
        ]
    );
    assert_eq!(event["ReadOnly"], "false");
    assert_eq!(
        event["Resources"],
        serde_json::json!([{"ResourceType": "AWS::KMS::Key", "ResourceName": env.arn(&key)}])
    );
    let text = env.run(&[
        "audit",
        "lookup-events",
        "--query",
        "Events[].[EventName,Username]",
        "--output",
        "text",
    ]);
    assert_eq!(text.stdout, "CreateKey\troot\n");
    let yaml = env.run(&["audit", "lookup-events", "--output", "yaml"]);
    assert!(
        yaml.stdout.starts_with("Events:\n  - EventId: "),
        "{}",
        yaml.stdout
    );
    assert!(
        yaml.stdout.contains("\n    EventName: CreateKey\n"),
        "{}",
        yaml.stdout
    );
    let table = env.run(&["audit", "lookup-events", "--output", "table"]);
    assert!(table.stdout.contains("LookupEvents"), "{}", table.stdout);
    assert!(table.stdout.contains("CreateKey"), "{}", table.stdout);
    let off = env.run(&["audit", "lookup-events", "--output", "off"]);
    assert_eq!((off.code, off.stdout.as_str()), (0, ""));
}

#[test]
fn lookup_events_refuses_bad_requests_as_cloudtrail_does() {
    let env = Env::new();
    env.create_key();
    let err = |args: &[&str], code: &str, message: &str| {
        let mut all = vec!["audit", "lookup-events"];
        all.extend_from_slice(args);
        env.service_err(&all, "LookupEvents", code, message);
    };
    err(
        &[
            "--lookup-attributes",
            "AttributeKey=EventName,AttributeValue=Encrypt",
            "AttributeKey=Username,AttributeValue=root",
        ],
        "InvalidLookupAttributesException",
        "Only one lookup attribute can be given; 2 were given.",
    );
    err(
        &["--lookup-attributes", "AttributeKey=KeyId,AttributeValue=x"],
        "InvalidLookupAttributesException",
        "'KeyId' is not a lookup attribute key; use one of EventId, EventName, ReadOnly, \
         Username, ResourceType, ResourceName, EventSource, AccessKeyId.",
    );
    err(
        &[
            "--lookup-attributes",
            "AttributeKey=ReadOnly,AttributeValue=yes",
        ],
        "InvalidLookupAttributesException",
        "Lookup attribute ReadOnly takes true or false, not 'yes'.",
    );
    err(
        &["--max-results", "51"],
        "InvalidMaxResultsException",
        "MaxResults 51 is not valid: give a number from 1 to 50.",
    );
    err(
        &["--max-results", "0"],
        "InvalidMaxResultsException",
        "MaxResults 0 is not valid: give a number from 1 to 50.",
    );
    err(
        &["--next-token", "bm90LWEtdG9rZW4"],
        "InvalidNextTokenException",
        "The NextToken is not valid, or it was issued for a lookup with other attributes or \
         another time range.",
    );
    err(
        &["--start-time", "2024-01-02", "--end-time", "2024-01-01"],
        "InvalidTimeRangeException",
        "The start time 2024-01-02T00:00:00+00:00 is after the end time 2024-01-01T00:00:00+00:00.",
    );
    err(
        &["--event-category", "data"],
        "InvalidEventCategoryException",
        "EventCategory 'data' is not valid; the only category is insight.",
    );
    // A token is bound to its lookup: reusing it with other attributes is refused.
    let enc = "AttributeKey=EventName,AttributeValue=CreateKey";
    env.create_key();
    let (_, token) = lookup(&env, &["--lookup-attributes", enc, "--max-results", "1"]);
    err(
        &["--max-results", "1", "--next-token", &token.unwrap()],
        "InvalidNextTokenException",
        "The NextToken is not valid, or it was issued for a lookup with other attributes or \
         another time range.",
    );
    let bad_time = env.run(&["audit", "lookup-events", "--start-time", "yesterday"]);
    assert_eq!(bad_time.code, 252, "{bad_time:?}");
    assert_eq!(
        bad_time.stderr,
        "\naws: [ERROR]: An error occurred (ParamValidation): Error parsing parameter '--start-time': Invalid timestamp value: yesterday\n"
    );
}

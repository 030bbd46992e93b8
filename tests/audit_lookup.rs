//! LookupEvents over the audit log: attributes, time ranges, paging while events are appended,
//! the output shape, and CloudTrail's errors with their messages.

mod audit_support;
use audit_support::*;
use lkms::audit::lookup::LookupEventsInput;
use lkms::store::Keystore;
use lkms::store::audit::{AuditSettings, LookupError};
use serde_json::{Value, json};
use tempfile::TempDir;

fn lookup(ks: &Keystore, req: Value) -> Value {
    ks.lookup_audit_events(&LookupEventsInput::from_json(&req).unwrap())
        .unwrap()
}

fn names(page: &Value) -> Vec<String> {
    page["Events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let inner: Value =
                serde_json::from_str(e["CloudTrailEvent"].as_str().unwrap()).unwrap();
            format!(
                "{}:{}",
                e["EventName"].as_str().unwrap(),
                inner["requestParameters"]["encryptionContext"]["tag"]
                    .as_str()
                    .unwrap_or("-")
            )
        })
        .collect()
}

/// e1 (Alice, key 1, t+1), e2 (root, key 2, t+2), a DescribeKey by Alice (t+3), e4 (Alice, t+4).
fn mixed() -> (TempDir, Keystore, String) {
    let tmp = TempDir::new().unwrap();
    let ks = open(&tmp.path().join("ks"));
    let s = AuditSettings::default();
    let t = 1_700_000_000;
    let (e1, ids1) = encrypt_event(ALICE, KEY_ARN, "e1", t + 1);
    let (e2, _) = encrypt_event(ROOT, OTHER_ARN, "e2", t + 2);
    let d = describe_event(ALICE, KEY_ARN, t + 3);
    let (e4, _) = encrypt_event(ALICE, KEY_ARN, "e4", t + 4);
    for (e, secs) in [(e1, 1), (e2, 2), (d, 3), (e4, 4)] {
        ks.append_audit_event(&e, &s, at(t + secs)).unwrap();
    }
    (tmp, ks, ids1.event_id)
}

#[test]
fn newest_first_in_cloudtrails_shape() {
    let (_tmp, ks, _) = mixed();
    let page = lookup(&ks, json!({}));
    assert_eq!(
        names(&page),
        ["Encrypt:e4", "DescribeKey:-", "Encrypt:e2", "Encrypt:e1"]
    );
    assert!(page.get("NextToken").is_none());
    let first = &page["Events"][0];
    let keys: Vec<&str> = first
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
            "AccessKeyId",
            "EventTime",
            "EventSource",
            "Username",
            "Resources",
            "CloudTrailEvent"
        ]
    );
    assert_eq!(first["ReadOnly"], "true");
    assert_eq!(first["AccessKeyId"], "AKIAEXAMPLE");
    assert_eq!(first["EventTime"], "2023-11-14T22:13:24+00:00");
    assert_eq!(first["EventSource"], "kms.amazonaws.com");
    assert_eq!(first["Username"], "Alice");
    assert_eq!(
        first["Resources"],
        json!([{"ResourceType": "AWS::KMS::Key", "ResourceName": KEY_ARN}])
    );
    let inner: Value = serde_json::from_str(first["CloudTrailEvent"].as_str().unwrap()).unwrap();
    assert_eq!(inner["eventID"], first["EventId"]);
    assert!(
        !first["CloudTrailEvent"]
            .as_str()
            .unwrap()
            .contains("c2VjcmV0"),
        "no plaintext"
    );
    assert_eq!(page["Events"][2]["Username"], "root");
    assert!(page["Events"][1].get("AccessKeyId").is_none());
}

#[test]
fn each_lookup_attribute_filters() {
    let (_tmp, ks, e1_id) = mixed();
    let by = |k: &str, v: &str| {
        names(&lookup(
            &ks,
            json!({"LookupAttributes": [{"AttributeKey": k, "AttributeValue": v}]}),
        ))
    };
    assert_eq!(by("EventName", "DescribeKey"), ["DescribeKey:-"]);
    assert_eq!(by("EventId", &e1_id), ["Encrypt:e1"]);
    assert_eq!(by("ResourceName", OTHER_ARN), ["Encrypt:e2"]);
    assert_eq!(
        by("Username", "Alice"),
        ["Encrypt:e4", "DescribeKey:-", "Encrypt:e1"]
    );
    assert_eq!(by("Username", "root"), ["Encrypt:e2"]);
    assert_eq!(by("ReadOnly", "false"), Vec::<String>::new());
    assert_eq!(by("ReadOnly", "true").len(), 4);
    assert_eq!(by("AccessKeyId", "AKIAEXAMPLE").len(), 3);
    assert_eq!(by("ResourceType", "AWS::KMS::Key").len(), 4);
    assert_eq!(by("EventSource", "kms.amazonaws.com").len(), 4);
    assert_eq!(
        by("EventName", "encrypt"),
        Vec::<String>::new(),
        "matching is case-sensitive"
    );
}

#[test]
fn time_ranges_are_inclusive() {
    let (_tmp, ks, _) = mixed();
    let t = 1_700_000_000;
    let page = lookup(&ks, json!({"StartTime": t + 2, "EndTime": t + 3}));
    assert_eq!(names(&page), ["DescribeKey:-", "Encrypt:e2"]);
    let page = lookup(&ks, json!({"StartTime": "2023-11-14T22:13:24Z"}));
    assert_eq!(names(&page), ["Encrypt:e4"]);
    let page = lookup(
        &ks,
        json!({"EndTime": t + 1,
        "LookupAttributes": [{"AttributeKey": "Username", "AttributeValue": "Alice"}]}),
    );
    assert_eq!(names(&page), ["Encrypt:e1"]);
}

#[test]
fn paging_stays_exact_while_events_are_appended() {
    let tmp = TempDir::new().unwrap();
    let ks = open(&tmp.path().join("ks"));
    let settings = small_files();
    append_n(&ks, &settings, 130, 1_700_000_000);
    let query =
        json!({"LookupAttributes": [{"AttributeKey": "EventName", "AttributeValue": "Encrypt"}]});
    let mut req = query.clone();
    req["MaxResults"] = json!(7);
    let mut seen = Vec::new();
    let mut pages = 0;
    loop {
        let page = lookup(&ks, req.clone());
        pages += 1;
        seen.extend(names(&page));
        // Appending between pages never shifts the pages already under way.
        append_n(&ks, &settings, 3, 1_800_000_000 + pages * 10);
        match page.get("NextToken").and_then(Value::as_str) {
            Some(t) => req["NextToken"] = json!(t),
            None => break,
        }
    }
    let want: Vec<String> = (1..=130).rev().map(|i| format!("Encrypt:e{i}")).collect();
    assert_eq!(seen, want);
    assert_eq!(pages, 19);
    // The default page is 50 events.
    assert_eq!(lookup(&ks, query)["Events"].as_array().unwrap().len(), 50);
}

fn error(ks: &Keystore, req: Value) -> (String, String) {
    let input = match LookupEventsInput::from_json(&req) {
        Ok(i) => i,
        Err(e) => return (e.code.as_str().into(), e.message),
    };
    match ks.lookup_audit_events(&input) {
        Err(LookupError::Request(e)) => (e.code.as_str().into(), e.message),
        other => panic!("expected a CloudTrail error, got {other:?}"),
    }
}

#[test]
fn bad_requests_fail_as_cloudtrail_fails() {
    let (_tmp, ks, _) = mixed();
    let attr = |k: &str, v: &str| json!({"AttributeKey": k, "AttributeValue": v});
    assert_eq!(
        error(&ks, json!({"MaxResults": 0})),
        (
            "InvalidMaxResultsException".into(),
            "MaxResults 0 is not valid: give a number from 1 to 50.".into()
        )
    );
    assert_eq!(
        error(&ks, json!({"MaxResults": 51})).0,
        "InvalidMaxResultsException"
    );
    assert_eq!(error(&ks, json!({"StartTime": 1_700_000_010, "EndTime": 1_700_000_000})),
        ("InvalidTimeRangeException".into(),
         "The start time 2023-11-14T22:13:30+00:00 is after the end time 2023-11-14T22:13:20+00:00.".into()));
    assert_eq!(
        error(
            &ks,
            json!({"LookupAttributes": [attr("EventName", "a"), attr("Username", "b")]})
        ),
        (
            "InvalidLookupAttributesException".into(),
            "Only one lookup attribute can be given; 2 were given.".into()
        )
    );
    assert_eq!(error(&ks, json!({"LookupAttributes": [attr("Colour", "red")]})),
        ("InvalidLookupAttributesException".into(), "'Colour' is not a lookup attribute key; use one of \
          EventId, EventName, ReadOnly, Username, ResourceType, ResourceName, EventSource, AccessKeyId.".into()));
    assert_eq!(
        error(&ks, json!({"LookupAttributes": [attr("ReadOnly", "yes")]})),
        (
            "InvalidLookupAttributesException".into(),
            "Lookup attribute ReadOnly takes true or false, not 'yes'.".into()
        )
    );
    assert_eq!(
        error(&ks, json!({"LookupAttributes": [attr("EventName", "")]})).0,
        "InvalidLookupAttributesException"
    );
    // 1000 underscores count as 2000 characters; one more is too many.
    assert_eq!(
        names(&lookup(
            &ks,
            json!({"LookupAttributes": [attr("EventName", &"_".repeat(1000))]})
        )),
        Vec::<String>::new()
    );
    let long = format!("{}x", "_".repeat(1000));
    assert_eq!(
        error(&ks, json!({"LookupAttributes": [attr("EventName", &long)]})).1,
        "The value of lookup attribute EventName must be 1 to 2000 characters long (underscores, spaces, \
         commas and newlines count as two)."
    );
    let token_msg = "The NextToken is not valid, or it was issued for a lookup with other attributes or another time range.";
    assert_eq!(
        error(&ks, json!({"NextToken": "not-a-token"})),
        ("InvalidNextTokenException".into(), token_msg.into())
    );
    // A token is bound to its lookup's attribute and time range.
    let page = lookup(&ks, json!({"MaxResults": 1}));
    let token = page["NextToken"].as_str().unwrap();
    assert_eq!(
        names(&lookup(&ks, json!({"MaxResults": 2, "NextToken": token}))),
        ["DescribeKey:-", "Encrypt:e2"]
    );
    assert_eq!(
        error(&ks, json!({"NextToken": token, "StartTime": 1})).0,
        "InvalidNextTokenException"
    );
    assert_eq!(
        error(
            &ks,
            json!({"NextToken": token,
        "LookupAttributes": [attr("EventName", "Encrypt")]})
        )
        .0,
        "InvalidNextTokenException"
    );
}

#[test]
fn an_empty_or_disabled_trail_finds_nothing() {
    let tmp = TempDir::new().unwrap();
    let ks = open(&tmp.path().join("ks"));
    assert_eq!(lookup(&ks, json!({})), json!({"Events": []}));
    let off = AuditSettings {
        enabled: false,
        ..AuditSettings::default()
    };
    let (e, _) = encrypt_event(ALICE, KEY_ARN, "x", 1_700_000_000);
    assert_eq!(
        ks.append_audit_event(&e, &off, at(1_700_000_000)).unwrap(),
        None
    );
    assert!(!ks.dir().join("audit").exists());
    assert_eq!(lookup(&ks, json!({})), json!({"Events": []}));
}

#[test]
fn a_lookup_can_be_limited_to_one_region() {
    let (_tmp, ks, _) = mixed();
    let (mut e, _) = encrypt_event(ALICE, KEY_ARN, "eu", 1_700_000_009);
    e["awsRegion"] = json!("eu-west-1");
    ks.append_audit_event(&e, &AuditSettings::default(), at(1_700_000_009))
        .unwrap();
    let region = |r: &str| LookupEventsInput {
        region: Some(r.into()),
        ..Default::default()
    };
    let page = ks.lookup_audit_events(&region("eu-west-1")).unwrap();
    assert_eq!(names(&page), ["Encrypt:eu"]);
    let page = ks.lookup_audit_events(&region("us-east-1")).unwrap();
    assert_eq!(names(&page).len(), 4);
    assert_eq!(names(&lookup(&ks, json!({}))).len(), 5);
    // A token from one Region's lookup is refused for another Region.
    let first = ks
        .lookup_audit_events(&LookupEventsInput {
            max_results: Some(1),
            ..region("us-east-1")
        })
        .unwrap();
    let token = first["NextToken"].as_str().unwrap().to_string();
    let err = ks
        .lookup_audit_events(&LookupEventsInput {
            next_token: Some(token),
            ..region("eu-west-1")
        })
        .unwrap_err();
    assert!(
        matches!(err, LookupError::Request(e) if e.code.as_str() == "InvalidNextTokenException")
    );
}

#[test]
fn service_events_are_appended_together_and_found_by_name() {
    let (_tmp, ks, _) = mixed();
    use lkms::audit::{ServiceAction, ServiceEvent, event::service_event};
    let t = at(1_700_000_050);
    let rotate = service_event(&ServiceEvent {
        action: ServiceAction::RotateKey {
            key_origin: "AWS_KMS",
            previous_key_material_id: Some("aa"),
            current_key_material_id: Some("bb"),
        },
        key_arn: KEY_ARN,
        time: t,
        event_id: "00000000-0000-4000-8000-000000000001",
    });
    let delete = service_event(&ServiceEvent {
        action: ServiceAction::DeleteKey,
        key_arn: OTHER_ARN,
        time: t,
        event_id: "00000000-0000-4000-8000-000000000002",
    });
    let receipt = ks
        .append_audit_events(&[rotate, delete], &AuditSettings::default(), t)
        .unwrap()
        .unwrap();
    assert_eq!(receipt.seq, 6);
    assert_eq!(receipt.file, "log-000001.jsonl");
    let by = |name: &str| {
        lookup(
            &ks,
            json!({"LookupAttributes": [{"AttributeKey": "EventName", "AttributeValue": name}]}),
        )
    };
    let page = by("RotateKey");
    let e = &page["Events"][0];
    assert_eq!(e["EventId"], "00000000-0000-4000-8000-000000000001");
    assert_eq!(e["ReadOnly"], "false");
    assert!(e.get("Username").is_none() && e.get("AccessKeyId").is_none());
    assert_eq!(
        by("DeleteKey")["Events"][0]["Resources"][0]["ResourceName"],
        OTHER_ARN
    );
    assert!(ks.verify_audit_log().unwrap().findings.is_empty());
}

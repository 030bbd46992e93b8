//! `lkms audit verify` through the command line (issue 16): a clean trail exits 0; an edited, a
//! deleted and a swapped event, and a removed log file, are each reported with their position
//! and exit 1.

mod common;
#[path = "audit_support/trail.rs"]
mod trail;
use common::*;
use serde_json::{Value, json};
use trail::*;

/// A keystore whose trail holds CreateKey then six Encrypts (records 1 to 7).
fn seven_events() -> Env {
    let env = Env::new();
    let key = env.create_key();
    for i in 0..6 {
        env.ok(&[
            "encrypt",
            "--key-id",
            &key,
            "--plaintext",
            "aGk=",
            "--encryption-context",
            &format!("n={i}"),
        ]);
    }
    env
}

fn log_lines(env: &Env) -> Vec<String> {
    let text = std::fs::read_to_string(&log_files(env)[0]).unwrap();
    text.lines().map(str::to_string).collect()
}

fn write_log(env: &Env, lines: &[String]) {
    std::fs::write(&log_files(env)[0], lines.join("\n") + "\n").unwrap();
}

/// The findings of a verify that must fail: (Kind, File, Line, Sequence) each.
fn findings(env: &Env) -> Vec<(String, String, Value, Value)> {
    let (code, report) = verify(env);
    assert_eq!(code, 1, "verify must fail: {report}");
    report["Findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["Kind"].as_str().unwrap().to_string(),
                f["File"].as_str().unwrap().to_string(),
                f["Line"].clone(),
                f["Sequence"].clone(),
            )
        })
        .collect()
}

fn finding(kind: &str, line: u64, seq: u64) -> (String, String, Value, Value) {
    (
        kind.into(),
        "log-000001.jsonl".into(),
        json!(line),
        json!(seq),
    )
}

#[test]
fn a_clean_trail_verifies() {
    let env = seven_events();
    let (code, report) = verify(&env);
    assert_eq!(code, 0);
    assert_eq!(
        report,
        json!({"FilesChecked": 1, "RecordsChecked": 7, "Findings": []})
    );
    // A keystore without a trail yet is clean too.
    let empty = Env::new();
    empty.ok(&["audit", "status"]);
    assert_eq!(verify(&empty).0, 0);
}

#[test]
fn an_edited_event_is_reported_at_its_line() {
    let env = seven_events();
    let mut lines = log_lines(&env);
    assert!(lines[3].contains(r#""n":"2""#), "{}", lines[3]);
    lines[3] = lines[3].replace(r#""n":"2""#, r#""n":"9""#);
    write_log(&env, &lines);
    assert_eq!(findings(&env), [finding("EditedEvent", 4, 4)]);
    let (_, report) = verify(&env);
    assert!(!report["Findings"][0]["Detail"].as_str().unwrap().is_empty());
}

#[test]
fn a_deleted_event_is_reported_after_its_predecessor() {
    let env = seven_events();
    let mut lines = log_lines(&env);
    lines.remove(4);
    write_log(&env, &lines);
    assert_eq!(findings(&env), [finding("RemovedEvents", 4, 5)]);
    let (_, report) = verify(&env);
    assert_eq!(
        report["Findings"][0]["Detail"],
        "record 5 is missing (after line 4)"
    );
}

#[test]
fn swapped_events_are_reported_as_reordered() {
    let env = seven_events();
    let mut lines = log_lines(&env);
    lines.swap(2, 3);
    write_log(&env, &lines);
    assert_eq!(findings(&env), [finding("ReorderedEvent", 4, 3)]);
    let (_, report) = verify(&env);
    assert_eq!(
        report["Findings"][0]["Detail"],
        "record 3 comes after record 4"
    );
}

#[test]
fn rotated_files_are_signed_and_a_removed_file_is_reported() {
    let env = Env::new();
    env.ok(&["audit", "enable", "--max-file-bytes", "65536"]);
    let key = env.create_key();
    let context = format!("pad={}", "x".repeat(8000));
    while log_files(&env).len() < 3 {
        env.ok(&[
            "encrypt",
            "--key-id",
            &key,
            "--plaintext",
            "aGk=",
            "--encryption-context",
            &context,
        ]);
    }
    let dir = env.keystore().join("audit");
    assert!(dir.join("log-000001.digest").is_file());
    assert!(dir.join("log-000002.digest").is_file());
    assert_eq!(verify(&env).0, 0);
    std::fs::remove_file(dir.join("log-000002.jsonl")).unwrap();
    let found = findings(&env);
    let kinds: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(kinds, ["RemovedFile"], "{found:?}");
    assert_eq!(found[0].1, "log-000002.jsonl");
}

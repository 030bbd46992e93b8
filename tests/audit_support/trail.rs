//! Reading the audit trail through the `lkms` command line, for the end-to-end tests.
#![allow(dead_code)]

use crate::common::Env;
use serde_json::Value;

/// `lkms audit lookup-events` with `args` (JSON output): the `Events` and the `NextToken`.
pub fn lookup(env: &Env, args: &[&str]) -> (Vec<Value>, Option<String>) {
    let mut all = vec!["audit", "lookup-events"];
    all.extend_from_slice(args);
    let out = env.ok(&all);
    let events = out["Events"].as_array().cloned().unwrap_or_default();
    let token = out["NextToken"].as_str().map(str::to_string);
    (events, token)
}

/// Every event of the trail in this Region, newest first, as CloudTrail records (the parsed
/// `CloudTrailEvent` strings).
pub fn records(env: &Env, args: &[&str]) -> Vec<Value> {
    lookup(env, args)
        .0
        .iter()
        .map(|e| serde_json::from_str(e["CloudTrailEvent"].as_str().unwrap()).unwrap())
        .collect()
}

/// The records whose `eventName` is `name`, newest first.
pub fn named(env: &Env, name: &str) -> Vec<Value> {
    let attr = format!("AttributeKey=EventName,AttributeValue={name}");
    records(env, &["--lookup-attributes", &attr])
}

/// The ARNs in a record's `resources`.
pub fn resource_arns(record: &Value) -> Vec<String> {
    record["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["ARN"].as_str().unwrap().to_string())
        .collect()
}

/// `lkms audit verify`: its exit code and report.
pub fn verify(env: &Env) -> (i32, Value) {
    let r = env.run(&["audit", "verify"]);
    (r.code, r.json())
}

/// The log files of the keystore, in order.
pub fn log_files(env: &Env) -> Vec<std::path::PathBuf> {
    let dir = env.keystore().join("audit");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    files
}

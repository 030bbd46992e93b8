//! Concurrent writers through the real binary (issue 16): 8 processes each run 200 `lkms
//! encrypt` calls while boto3 makes 200 calls through `lkms serve`, into small log files that
//! rotate under the load. No event may be lost, duplicated, torn or interleaved, and
//! `lkms audit verify` must find nothing.

mod common;
#[path = "audit_support/serve.rs"]
mod serve;
#[path = "audit_support/trail.rs"]
mod trail;
use common::*;
use serve::*;
use std::collections::BTreeSet;
use trail::*;

const PROCESSES: usize = 8;
const CALLS: usize = 200;
const SERVER_CALLS: usize = 200;

/// `bash -c script` with lkms on PATH and the environment `Env::cmd` gives lkms.
fn shell(env: &Env, script: &str) -> std::process::Command {
    let bin_dir = std::path::Path::new(env!("CARGO_BIN_EXE_lkms"))
        .parent()
        .unwrap();
    let path = format!("{}:{}", bin_dir.display(), std::env::var("PATH").unwrap());
    let mut bash = std::process::Command::new("bash");
    bash.env_clear()
        .env("PATH", path)
        .env("HOME", env.dir.path())
        .env("LKMS_HOME", env.keystore())
        .env("LKMS_ROOT_KEY", &env.root_key)
        .env("LKMS_NO_KEYRING", "1")
        .args(["-c", script]);
    bash
}

#[test]
fn eight_cli_processes_and_a_server_lose_no_event() {
    let env = Env::new();
    env.ok(&["audit", "enable", "--max-file-bytes", "65536"]);
    let key = env.create_key();
    let python = python();
    let server = python.as_ref().map(|_| Server::start(&env, &["--dev"]));
    // Each writer is a shell loop of lkms processes.
    let writers: Vec<_> = (0..PROCESSES)
        .map(|p| {
            let script = format!(
                "for i in $(seq 0 {}); do lkms encrypt --key-id {key} --plaintext aGk= \
                 --encryption-context tag=w{p}-$i > /dev/null || exit 1; done",
                CALLS - 1
            );
            shell(&env, &script).spawn().unwrap()
        })
        .collect();
    let served = match (&python, &server) {
        (Some(py), Some(s)) => {
            let n = SERVER_CALLS.to_string();
            Some(boto3(py, &env, s, &["load", &n]))
        }
        _ => None,
    };
    for mut w in writers {
        assert!(w.wait().unwrap().success(), "a writer failed");
    }
    drop(server);
    // Every line of every file is a whole record, numbered 1, 2, 3, … across the files.
    let files = log_files(&env);
    assert!(files.len() >= 10, "the log should have rotated: {files:?}");
    let mut seqs = Vec::new();
    let mut tags = BTreeSet::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        assert!(text.ends_with('\n'), "{f:?} ends in a partial line");
        for line in text.lines() {
            let rec: serde_json::Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("torn line in {f:?}: {e}: {line}"));
            seqs.push(rec["Seq"].as_u64().unwrap());
            if let Some(tag) =
                rec["Event"]["requestParameters"]["encryptionContext"]["tag"].as_str()
            {
                assert!(tags.insert(tag.to_string()), "event {tag} appears twice");
            }
        }
    }
    assert_eq!(seqs, (1..=seqs.len() as u64).collect::<Vec<_>>());
    for p in 0..PROCESSES {
        for i in 0..CALLS {
            assert!(
                tags.contains(&format!("w{p}-{i}")),
                "event w{p}-{i} was lost"
            );
        }
    }
    let expected_server = if served.is_some() { SERVER_CALLS } else { 0 };
    for i in 0..expected_server {
        assert!(
            tags.contains(&format!("s-{i}")),
            "server event s-{i} was lost"
        );
    }
    assert_eq!(tags.len(), PROCESSES * CALLS + expected_server);
    let (code, report) = verify(&env);
    assert_eq!(
        (code, &report["Findings"]),
        (0, &serde_json::json!([])),
        "{report}"
    );
    // The last use of the key is one of the calls, and its event is in the trail.
    let u = env.ok(&["get-key-last-usage", "--key-id", &key]);
    let id = u["KeyLastUsage"]["CloudTrailEventId"].as_str().unwrap();
    let attr = format!("AttributeKey=EventId,AttributeValue={id}");
    assert_eq!(records(&env, &["--lookup-attributes", &attr]).len(), 1);
}

//! `lkms serve` keeps the audit lock, the current log file and the last-use files open between
//! calls. An attacker or a careless hand that removes one of them while the server runs must
//! get exactly what it would get with a fresh process: the server notices the file is gone,
//! opens the one now in place, and the trail says what happened.

mod common;
mod serve_support;
#[path = "audit_support/trail.rs"]
mod trail;
use common::*;
use serde_json::{Value, json};
use serve_support::*;
use trail::*;

fn encrypt(server: &Server, key: &str) -> Value {
    let body = json!({"KeyId": key, "Plaintext": "aGVsbG8="}).to_string();
    let (status, reply) = server.send("Encrypt", &[], &body);
    assert_eq!(status, 200, "{reply}");
    reply
}

fn audit_dir(env: &Env) -> std::path::PathBuf {
    env.keystore().join("audit")
}

#[test]
fn a_log_file_removed_under_the_server_is_reported_and_the_trail_goes_on() {
    let env = Env::new();
    let key = env.create_key();
    let server = Server::start(&env, &["--dev"], &[]);
    for _ in 0..3 {
        encrypt(&server, &key);
    }
    assert_eq!(verify(&env).0, 0);
    std::fs::remove_file(audit_dir(&env).join("log-000001.jsonl")).unwrap();
    encrypt(&server, &key);
    let (code, report) = verify(&env);
    assert_eq!(code, 1);
    let kinds: Vec<&Value> = report["Findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| &f["Kind"])
        .collect();
    assert_eq!(kinds, ["RecordsLost", "RemovedEvents"], "{report:#}");
    assert_eq!(
        report["Findings"][0]["Detail"],
        "a writer found log-000001.jsonl ending at record 0 although 4 records had been written"
    );
    // The call after the removal is in the new file, numbered after the lost ones.
    assert_eq!(report["Findings"][0]["Sequence"], 5);
    assert_eq!(named(&env, "Encrypt").len(), 1);
}

#[test]
fn a_lock_file_removed_under_the_server_is_replaced_and_no_event_is_lost() {
    let env = Env::new();
    let key = env.create_key();
    let server = Server::start(&env, &["--dev"], &[]);
    encrypt(&server, &key);
    std::fs::remove_file(audit_dir(&env).join("lock")).unwrap();
    encrypt(&server, &key);
    env.ok(&["encrypt", "--key-id", &key, "--plaintext", "aGk="]);
    encrypt(&server, &key);
    // The writer after the removal finds no head, rebuilds it from the log and says so; the
    // server and the command line then share the new lock file, and every call is there.
    let (code, report) = verify(&env);
    assert_eq!(code, 1);
    assert_eq!(report["RecordsChecked"], 6, "{report:#}");
    let findings = report["Findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{report:#}");
    assert_eq!(findings[0]["Kind"], "InvalidHead");
    assert_eq!(findings[0]["Sequence"], 3);
    assert_eq!(named(&env, "Encrypt").len(), 4);
}

#[test]
fn a_last_use_file_removed_under_the_server_is_written_again() {
    let env = Env::new();
    let key = env.create_key();
    let server = Server::start(&env, &["--dev"], &[]);
    encrypt(&server, &key);
    let usage = env
        .keystore()
        .join("usage")
        .join("us-east-1")
        .join(format!("{key}.last-use"));
    assert!(usage.is_file());
    std::fs::remove_file(&usage).unwrap();
    let first = env.ok(&["get-key-last-usage", "--key-id", &key]);
    assert_eq!(first["KeyLastUsage"], json!({}), "{first}");
    encrypt(&server, &key);
    assert!(usage.is_file(), "the next use writes the file again");
    let last = env.ok(&["get-key-last-usage", "--key-id", &key]);
    assert_eq!(last["KeyLastUsage"]["Operation"], "Encrypt", "{last}");
}

/// The server signs each log file it fills from what it wrote, without reading it back: the
/// digest must still say exactly what the file holds, and the whole trail verify clean.
#[test]
fn files_the_server_fills_are_signed_with_what_they_hold() {
    let env = Env::new();
    env.ok(&["audit", "enable", "--max-file-bytes", "65536"]);
    let key = env.create_key();
    let server = Server::start(&env, &["--dev"], &[]);
    let context = json!({"pad": "x".repeat(3000)});
    let body = json!({"KeyId": key, "Plaintext": "aGVsbG8=", "EncryptionContext": context});
    while log_files(&env).len() < 4 {
        let (status, reply) = server.send("Encrypt", &[], &body.to_string());
        assert_eq!(status, 200, "{reply}");
    }
    let (code, report) = verify(&env);
    assert_eq!(code, 0, "the trail verifies clean: {report}");
    let dir = audit_dir(&env);
    for n in 1..=3 {
        let log = std::fs::read(dir.join(format!("log-{n:06}.jsonl"))).unwrap();
        let digest: Value =
            serde_json::from_slice(&std::fs::read(dir.join(format!("log-{n:06}.digest"))).unwrap())
                .unwrap();
        let d = &digest["AuditDigest"];
        let sha = std::process::Command::new("sha256sum")
            .arg(dir.join(format!("log-{n:06}.jsonl")))
            .output()
            .unwrap();
        let sha = String::from_utf8(sha.stdout).unwrap();
        assert_eq!(
            d["Sha256"],
            sha.split_whitespace().next().unwrap(),
            "file {n}"
        );
        assert_eq!(d["Bytes"], log.len() as u64, "file {n}");
        let lines: Vec<Value> = log
            .split(|b| *b == b'\n')
            .filter(|l| !l.is_empty())
            .map(|l| serde_json::from_slice(l).unwrap())
            .collect();
        assert_eq!(d["Records"], lines.len() as u64, "file {n}");
        assert_eq!(d["FirstSeq"], lines[0]["Seq"], "file {n}");
        assert_eq!(d["LastSeq"], lines[lines.len() - 1]["Seq"], "file {n}");
    }
}

//! `lkms serve` writes the records of many calls together (audit events and key uses, one
//! append for many calls), yet every call it has answered is already in the trail and in
//! GetKeyLastUsage, for any other process to read, with no sleep in between; and the trail
//! turned off or on from a shell is obeyed by the very next request.

mod common;
mod serve_support;
#[path = "audit_support/trail.rs"]
mod trail;
use common::*;
use serde_json::{Value, json};
use serve_support::*;
use std::collections::BTreeSet;
use trail::*;

fn encrypt(server: &Server, key: &str, tag: &str) {
    let body = json!({"KeyId": key, "Plaintext": "aGVsbG8=", "EncryptionContext": {"tag": tag}});
    let (status, reply) = server.send("Encrypt", &[], &body.to_string());
    assert_eq!(status, 200, "{reply}");
}

/// The `tag` of every Encrypt event in the log files, in the order of the chain.
fn encrypt_tags(env: &Env) -> Vec<String> {
    let mut tags = Vec::new();
    for f in log_files(env) {
        let text = std::fs::read_to_string(&f).unwrap();
        assert!(
            text.is_empty() || text.ends_with('\n'),
            "{f:?} ends mid-line"
        );
        for line in text.lines() {
            let rec: Value = serde_json::from_str(line).unwrap();
            if rec["Event"]["eventName"] == "Encrypt" {
                let ec = &rec["Event"]["requestParameters"]["encryptionContext"];
                tags.push(ec["tag"].as_str().unwrap().to_string());
            }
        }
    }
    tags
}

#[test]
fn every_answered_call_is_in_the_trail_and_in_get_key_last_usage_at_once() {
    let env = Env::new();
    let key = env.create_key();
    let server = Server::start(&env, &["--dev"], &[]);
    // One call at a time: each is found by another process as soon as it is answered.
    for i in 0..3 {
        let tag = format!("single-{i}");
        encrypt(&server, &key, &tag);
        assert_eq!(encrypt_tags(&env).last(), Some(&tag));
        let used = env.ok(&["get-key-last-usage", "--key-id", &key]);
        let id = used["KeyLastUsage"]["CloudTrailEventId"].as_str().unwrap();
        let attr = format!("AttributeKey=EventId,AttributeValue={id}");
        let found = records(&env, &["--lookup-attributes", &attr]);
        assert_eq!(found.len(), 1, "{used}");
        assert_eq!(
            found[0]["requestParameters"]["encryptionContext"]["tag"],
            tag
        );
    }
    // Many calls at once, so the server gathers them: none lost, none twice, the chain whole.
    std::thread::scope(|s| {
        for t in 0..8 {
            let (server, key) = (&server, &key);
            s.spawn(move || {
                for i in 0..25 {
                    encrypt(server, key, &format!("many-{t}-{i}"));
                }
            });
        }
    });
    let tags = encrypt_tags(&env);
    let many: BTreeSet<&String> = tags.iter().filter(|t| t.starts_with("many-")).collect();
    assert_eq!(tags.len(), 3 + 200);
    assert_eq!(many.len(), 200);
    // Each client's calls are in the trail in the order it made them.
    for t in 0..8 {
        let prefix = format!("many-{t}-");
        let mine: Vec<&String> = tags.iter().filter(|x| x.starts_with(&prefix)).collect();
        let expected: Vec<String> = (0..25).map(|i| format!("{prefix}{i}")).collect();
        assert_eq!(mine, expected.iter().collect::<Vec<_>>());
    }
    let (code, report) = verify(&env);
    assert_eq!(code, 0, "{report}");
    let used = env.ok(&["get-key-last-usage", "--key-id", &key]);
    assert_eq!(used["KeyLastUsage"]["Operation"], "Encrypt");
}

#[test]
fn the_trail_turned_off_or_on_from_a_shell_is_obeyed_at_the_next_request() {
    let env = Env::new();
    let key = env.create_key();
    let server = Server::start(&env, &["--dev"], &[]);
    encrypt(&server, &key, "on-1");
    assert_eq!(encrypt_tags(&env), ["on-1"]);
    env.ok(&["audit", "disable"]);
    encrypt(&server, &key, "off");
    assert_eq!(encrypt_tags(&env), ["on-1"]);
    // Key use is recorded with the trail off.
    let used = env.ok(&["get-key-last-usage", "--key-id", &key]);
    assert_eq!(used["KeyLastUsage"]["Operation"], "Encrypt");
    let off_id = used["KeyLastUsage"]["CloudTrailEventId"].clone();
    env.ok(&["audit", "enable"]);
    encrypt(&server, &key, "on-2");
    assert_eq!(encrypt_tags(&env), ["on-1", "on-2"]);
    let used = env.ok(&["get-key-last-usage", "--key-id", &key]);
    assert_ne!(used["KeyLastUsage"]["CloudTrailEventId"], off_id);
    // A size change is obeyed too: files of 64 KiB rotate under the next requests.
    env.ok(&["audit", "enable", "--max-file-bytes", "65536"]);
    for i in 0..120 {
        encrypt(&server, &key, &format!("small-{i}"));
    }
    let files = log_files(&env);
    assert!(files.len() >= 2, "{files:?}");
    for f in &files[..files.len() - 1] {
        let len = std::fs::metadata(f).unwrap().len();
        assert!(len <= 65536, "{f:?} is {len} bytes");
    }
    assert_eq!(verify(&env).0, 0);
}

//! `lkms serve` keeps verified documents and unsealed material in memory, yet a change made by
//! another process — a `lkms` command run from a shell while the server runs — is obeyed by the
//! very next request, with no sleep between the change and the request.

mod common;
mod serve_support;
use common::*;
use serde_json::{Value, json};
use serve_support::*;

/// An unsigned request to a `--dev` server (every caller is the account root).
fn call(server: &Server, op: &str, body: Value) -> (u16, Value) {
    server.send(op, &[], &body.to_string())
}

fn encrypt(server: &Server, key: &str) -> (u16, Value) {
    call(
        server,
        "Encrypt",
        json!({"KeyId": key, "Plaintext": "aGVsbG8="}),
    )
}

fn code(reply: &(u16, Value)) -> String {
    reply.1["__type"].as_str().unwrap_or("OK").to_string()
}

#[test]
fn every_kind_of_change_by_another_process_is_obeyed_at_the_next_request() {
    let env = Env::new();
    let key = env.create_key();
    let other = env.create_key();
    env.ok(&[
        "create-alias",
        "--alias-name",
        "alias/app",
        "--target-key-id",
        &key,
    ]);
    let server = Server::start(&env, &["--dev", "--cache-keys", "100"], &[]);
    // Warm the cache: the key, the alias, the material.
    assert_eq!(encrypt(&server, &key).0, 200);
    assert_eq!(encrypt(&server, "alias/app").0, 200);

    // Disable, then enable again.
    env.ok(&["disable-key", "--key-id", &key]);
    let r = encrypt(&server, &key);
    assert_eq!(
        (r.0, code(&r)),
        (400, "DisabledException".to_string()),
        "{r:?}"
    );
    env.ok(&["enable-key", "--key-id", &key]);
    assert_eq!(encrypt(&server, &key).0, 200);

    // The alias moves to another key.
    env.ok(&[
        "update-alias",
        "--alias-name",
        "alias/app",
        "--target-key-id",
        &other,
    ]);
    let r = encrypt(&server, "alias/app");
    assert_eq!(r.1["KeyId"], env.arn(&other), "{r:?}");

    // A rotation: new ciphertexts use the new material at once.
    let before = call(&server, "DescribeKey", json!({"KeyId": key})).1["KeyMetadata"]
        ["CurrentKeyMaterialId"]
        .clone();
    env.ok(&["rotate-key-on-demand", "--key-id", &key]);
    let after = call(&server, "DescribeKey", json!({"KeyId": key})).1["KeyMetadata"]
        ["CurrentKeyMaterialId"]
        .clone();
    assert_ne!(before, after);
    let blob = encrypt(&server, &key).1["CiphertextBlob"].clone();
    let opened = call(&server, "Decrypt", json!({"CiphertextBlob": blob}));
    assert_eq!(opened.1["KeyMaterialId"], after, "{opened:?}");

    // A policy edit.
    let policy = r#"{"Version":"2012-10-17","Statement":[{"Sid":"Edited","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}]}"#;
    env.ok(&["put-key-policy", "--key-id", &key, "--policy", policy]);
    let got = call(&server, "GetKeyPolicy", json!({"KeyId": key}));
    assert_eq!(got.1["Policy"], policy, "{got:?}");

    // A description change.
    env.ok(&[
        "update-key-description",
        "--key-id",
        &key,
        "--description",
        "from a shell",
    ]);
    let d = call(&server, "DescribeKey", json!({"KeyId": key}));
    assert_eq!(d.1["KeyMetadata"]["Description"], "from a shell");

    // A deletion, then its completion.
    env.ok(&[
        "schedule-key-deletion",
        "--key-id",
        &key,
        "--pending-window-in-days",
        "7",
    ]);
    let r = encrypt(&server, &key);
    assert_eq!(r.0, 400, "{r:?}");
    assert!(
        r.1["message"]
            .as_str()
            .unwrap_or_default()
            .ends_with("is pending deletion."),
        "{r:?}"
    );
    let done = env.run_env(&["list-keys"], &[("LKMS_NOW", "2100-01-01T00:00:00Z")]);
    assert_eq!(done.code, 0, "{done:?}");
    let r = call(&server, "DescribeKey", json!({"KeyId": key}));
    assert_eq!(code(&r), "NotFoundException", "{r:?}");

    // The alias removed.
    env.ok(&["delete-alias", "--alias-name", "alias/app"]);
    let r = encrypt(&server, "alias/app");
    assert_eq!(code(&r), "NotFoundException", "{r:?}");
}

#[test]
fn a_removed_access_key_is_refused_at_the_next_request() {
    let env = env_with_credentials(&[]);
    let server = Server::start(&env, &["--cache-keys", "100"], &[]);
    let list = |server: &Server| {
        let headers = sign(server.port, Spec::new("ListKeys", "{}"));
        server.send("ListKeys", &headers, "{}")
    };
    assert_eq!(list(&server).0, 200);
    assert_eq!(list(&server).0, 200);
    env.ok(&["credentials", "remove", "--access-key-id", ACCESS_KEY]);
    let r = list(&server);
    assert_eq!(code(&r), "UnrecognizedClientException", "{r:?}");
}

#[test]
fn a_cache_of_one_key_still_answers_for_many() {
    let env = Env::new();
    let keys: Vec<String> = (0..5).map(|_| env.create_key()).collect();
    let server = Server::start(&env, &["--dev", "--cache-keys", "1"], &[]);
    for _ in 0..3 {
        for k in &keys {
            let r = encrypt(&server, k);
            assert_eq!(r.1["KeyId"], env.arn(k), "{r:?}");
        }
    }
}

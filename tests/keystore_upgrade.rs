//! Documents are bound to their keystore (format 2), and a keystore written by lkms 0.1
//! (format 1) is upgraded in place on first use without losing a key, alias or credential.

mod common;
use common::*;
use std::path::{Path, PathBuf};

const FIXTURE_ROOT_KEY: &str = "bGttcyB0ZXN0IGZpeHR1cmUgcm9vdCBrZXkgdjEgISE=";
/// After the fixture was made and before its key pending deletion is due.
const FIXTURE_NOW: &str = "2026-12-05T00:00:00Z";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

fn format_versions(dir: &Path) -> Vec<(PathBuf, u64)> {
    files_under(dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&p).unwrap()).unwrap();
            let version = v["FormatVersion"].as_u64().unwrap();
            (p, version)
        })
        .collect()
}

#[test]
fn a_format_1_keystore_is_upgraded_and_keeps_everything() {
    let env = Env::new();
    copy_dir(&fixture("keystore-v1"), &env.keystore());
    assert!(
        format_versions(&env.keystore())
            .iter()
            .all(|(_, v)| *v == 1)
    );
    let keys = std::fs::read_to_string(fixture("keystore-v1.keys")).unwrap();
    let ids: Vec<&str> = keys.split_whitespace().collect();
    let ciphertext = std::fs::read_to_string(fixture("keystore-v1.ciphertext")).unwrap();
    let vars = [
        ("LKMS_ROOT_KEY", FIXTURE_ROOT_KEY),
        ("LKMS_NOW", FIXTURE_NOW),
    ];
    let run = |args: &[&str]| {
        let r = env.run_env(args, &vars);
        assert_eq!(r.code, 0, "{args:?}: {r:?}");
        r.json()
    };
    let out = run(&[
        "decrypt",
        "--ciphertext-blob",
        ciphertext.trim(),
        "--encryption-context",
        "purpose=fixture",
    ]);
    assert_eq!(unb64(out["Plaintext"].as_str().unwrap()), b"format one");
    assert_eq!(out["KeyId"], env.arn(ids[0]));
    // Everything was rewritten in format 2.
    let versions = format_versions(&env.keystore());
    assert!(versions.iter().all(|(_, v)| *v == 2), "{versions:?}");
    assert_eq!(versions.len(), 7);
    let aliases = run(&[
        "list-aliases",
        "--query",
        "{Aliases: Aliases[?TargetKeyId]}",
    ]);
    assert_eq!(aliases["Aliases"][0]["AliasName"], "alias/fixture");
    assert_eq!(aliases["Aliases"][0]["TargetKeyId"], ids[0]);
    let rotations = run(&["list-key-rotations", "--key-id", ids[0]]);
    assert_eq!(rotations["Rotations"].as_array().unwrap().len(), 1);
    let pending = run(&["describe-key", "--key-id", ids[1]]);
    assert_eq!(pending["KeyMetadata"]["KeyState"], "PendingDeletion");
    // The ML-KEM key was written with the usage name lkms 0.1 used; it reads as the model's.
    let kem = run(&["describe-key", "--key-id", ids[2]]);
    assert_eq!(kem["KeyMetadata"]["KeyUsage"], "ENCAPSULATE_DECAPSULATE");
    let creds = run(&["credentials", "list"]);
    assert_eq!(
        creds["Credentials"][0]["AccessKeyId"],
        "AKIAFIXTUREFIXTURE01"
    );
    assert_eq!(run(&["keystore", "info"])["FormatVersion"], 2);
}

#[test]
fn a_format_1_document_planted_after_the_upgrade_is_refused() {
    let env = Env::new();
    copy_dir(&fixture("keystore-v1"), &env.keystore());
    let vars = [
        ("LKMS_ROOT_KEY", FIXTURE_ROOT_KEY),
        ("LKMS_NOW", FIXTURE_NOW),
    ];
    assert_eq!(env.run_env(&["list-keys"], &vars).code, 0);
    // Put the old alias document back: it verified under format 1, not any more.
    let alias_dir = env.keystore().join("aliases/us-east-1");
    let name = std::fs::read_dir(&alias_dir)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .file_name();
    std::fs::copy(
        fixture("keystore-v1/aliases/us-east-1").join(&name),
        alias_dir.join(&name),
    )
    .unwrap();
    let r = env.run_env(&["list-aliases"], &vars);
    assert_eq!(r.code, 253, "{r:?}");
    assert!(r.stderr.contains("has format version 1"), "{r:?}");
}

#[test]
fn a_document_from_another_keystore_with_the_same_root_key_is_tampered() {
    let a = Env::new();
    let mut b = Env::new();
    b.root_key = a.root_key.clone();
    let key_a = a.create_key();
    a.ok(&[
        "create-alias",
        "--alias-name",
        "alias/shared",
        "--target-key-id",
        &key_a,
    ]);
    let key_b = b.create_key();
    b.ok(&[
        "create-alias",
        "--alias-name",
        "alias/shared",
        "--target-key-id",
        &key_b,
    ]);
    // The alias file has the same name in both keystores; B gets A's.
    let rel = |env: &Env| {
        let dir = env.keystore().join("aliases/us-east-1");
        std::fs::read_dir(&dir)
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path()
    };
    let target = rel(&b);
    std::fs::copy(rel(&a), &target).unwrap();
    let r = b.run(&["describe-key", "--key-id", "alias/shared"]);
    assert_eq!(r.code, 253, "{r:?}");
    assert!(
        r.stderr.contains(&format!(
            "keystore file {} failed its integrity check",
            target.display()
        )),
        "{r:?}"
    );
    // A key document moved across keystores is refused the same way.
    let moved = b.key_file(&key_a);
    std::fs::copy(a.key_file(&key_a), &moved).unwrap();
    let r = b.run(&["describe-key", "--key-id", &key_a]);
    assert_eq!(r.code, 253, "{r:?}");
    assert!(r.stderr.contains("failed its integrity check"), "{r:?}");
}

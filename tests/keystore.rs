//! The keystore at rest: root-key sources, integrity protection, sealing, concurrency.

mod common;
use common::*;
use lkms::crypto::secret::SecretString;
use lkms::store::Keystore;
use lkms::store::rootkey::RootKeyConfig;
use std::path::PathBuf;

#[test]
fn root_key_from_environment_is_validated() {
    let env = Env::new();
    let r = env.run_env(&["list-keys"], &[("LKMS_ROOT_KEY", "***")]);
    assert_eq!(r.code, 253, "{r:?}");
    assert_eq!(r.stdout, "");
    assert!(
        r.stderr
            .contains("the root key in the environment variable LKMS_ROOT_KEY is not valid base64"),
        "{r:?}"
    );
    let r = env.run_env(&["list-keys"], &[("LKMS_ROOT_KEY", &b64(&[1u8; 16]))]);
    assert_eq!(r.code, 253);
    assert!(
        r.stderr
            .contains("must be 32 bytes (base64 of 32 bytes), not 16 bytes"),
        "{r:?}"
    );
    let info = env.ok(&["keystore", "info"]);
    assert_eq!(info["RootKeySource"], "environment variable LKMS_ROOT_KEY");
    assert_eq!(info["FormatVersion"], 2);
    assert_eq!(info["AccountId"], "111122223333");
    assert_eq!(info["KeyCount"], 0);
    assert_eq!(info["Path"], env.keystore().display().to_string());
}

#[test]
fn a_wrong_root_key_is_a_configuration_error() {
    let env = Env::new();
    let id = env.create_key();
    let r = env.run_env(
        &["describe-key", "--key-id", &id],
        &[("LKMS_ROOT_KEY", &random_root_key())],
    );
    assert_eq!(r.code, 253, "{r:?}");
    assert_eq!(r.stdout, "");
    assert!(r.stderr.contains("does not open the keystore at"), "{r:?}");
}

#[test]
fn root_key_file_is_created_once_outside_the_keystore() {
    let env = Env::new();
    let no_env_key = |args: &[&str]| {
        let mut c = env.cmd();
        c.env_remove("LKMS_ROOT_KEY");
        let out = c.args(args).output().unwrap();
        Run {
            code: out.status.code().unwrap(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    };
    let r = no_env_key(&["create-key"]);
    assert_eq!(r.code, 0, "{r:?}");
    let file = env.dir.path().join("config").join("lkms").join("root-key");
    assert_eq!(
        r.stderr,
        format!(
            "lkms: no OS keyring reachable; created root-key file {} (mode 0600)\n",
            file.display()
        )
    );
    let meta = std::fs::metadata(&file).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    }
    assert!(!file.starts_with(env.keystore()));
    let r = no_env_key(&["keystore", "info"]);
    assert_eq!(
        r.stderr, "",
        "the notice is printed only when the file is made"
    );
    assert_eq!(
        r.json()["RootKeySource"],
        format!("root-key file {}", file.display())
    );
    assert_eq!(r.json()["KeyCount"], 1);
    // The keystore directory alone opens nothing: without the root-key file it is an error.
    std::fs::rename(&file, env.dir.path().join("moved")).unwrap();
    let r = no_env_key(&["list-keys"]);
    assert_eq!(r.code, 253, "{r:?}");
    assert!(
        r.stderr.contains("no root key found for the keystore at"),
        "{r:?}"
    );
    // LKMS_ROOT_KEY_FILE points somewhere else.
    let mut c = env.cmd();
    c.env_remove("LKMS_ROOT_KEY")
        .env("LKMS_ROOT_KEY_FILE", env.dir.path().join("moved"));
    let out = c.args(["list-keys"]).output().unwrap();
    assert!(out.status.success(), "{out:?}");
}

#[test]
fn hand_edited_documents_are_reported() {
    let env = Env::new();
    let id = env.create_key();
    let path = env.key_file(&id);
    let original = std::fs::read_to_string(&path).unwrap();

    // Re-formatting is harmless: the MAC covers the canonical JSON, not the white space.
    let compact: serde_json::Value = serde_json::from_str(&original).unwrap();
    std::fs::write(&path, serde_json::to_string(&compact).unwrap()).unwrap();
    env.ok(&["describe-key", "--key-id", &id]);

    // The body is stored in its canonical form (no white space).
    for (from, to) in [
        ("\"KeyState\":\"Enabled\"", "\"KeyState\":\"Disabled\""),
        ("\"Description\":\"\"", "\"Description\":\"edited\""),
        ("\"Key\": {", "\"Key\": {\"Extra\": 1,"),
    ] {
        assert!(original.contains(from), "{from}");
        std::fs::write(&path, original.replacen(from, to, 1)).unwrap();
        let r = env.run(&["describe-key", "--key-id", &id]);
        assert_eq!(r.code, 253, "{r:?}");
        assert_eq!(r.stdout, "");
        assert!(
            r.stderr.contains(&format!(
                "keystore file {} failed its integrity check",
                path.display()
            )),
            "{r:?}"
        );
    }
    std::fs::write(&path, "{ not json").unwrap();
    assert_eq!(
        env.run(&["encrypt", "--key-id", &id, "--plaintext", "AA=="])
            .code,
        253
    );
    std::fs::write(
        &path,
        original.replacen("\"FormatVersion\": 2", "\"FormatVersion\": 9", 1),
    )
    .unwrap();
    let r = env.run(&["describe-key", "--key-id", &id]);
    assert_eq!(r.code, 253);
    assert!(
        r.stderr.contains("has format version 9, which this lkms"),
        "{r:?}"
    );
    std::fs::write(&path, &original).unwrap();
    env.ok(&["describe-key", "--key-id", &id]);

    let cfg = env.keystore().join("keystore.json");
    let text = std::fs::read_to_string(&cfg).unwrap();
    std::fs::write(&cfg, text.replace("111122223333", "999999999999")).unwrap();
    let r = env.run(&["describe-key", "--key-id", &id]);
    assert_eq!(r.code, 253);
    assert!(
        r.stderr
            .contains("keystore.json failed its integrity check"),
        "{r:?}"
    );
}

#[test]
fn swapped_key_files_are_detected() {
    let env = Env::new();
    let a = env.create_key();
    let b = env.create_key();
    let ct = env.encrypt(&a, b"x");
    std::fs::copy(env.key_file(&a), env.key_file(&b)).unwrap();
    let r = env.run(&["describe-key", "--key-id", &b]);
    assert_eq!(r.code, 253, "{r:?}");
    assert!(r.stderr.contains("failed its integrity check"), "{r:?}");
    // A key file moved into another keystore (same root key) does not open there either: its
    // document is bound to the keystore it was written in (and so is its sealed material).
    let other = Env {
        dir: tempfile::TempDir::new().unwrap(),
        root_key: env.root_key.clone(),
    };
    let c = other.create_key();
    std::fs::copy(env.key_file(&a), other.key_file(&a)).unwrap();
    let r = other.run(&["decrypt", "--ciphertext-blob", &ct]);
    assert_eq!(
        r.code, 253,
        "a key document of another keystore must not open: {r:?}"
    );
    assert!(
        r.stderr.contains(&format!(
            "keystore file {} failed its integrity check",
            other.key_file(&a).display()
        )),
        "{r:?}"
    );
    other.ok(&["describe-key", "--key-id", &c]);
}

fn encodings(secret: &[u8]) -> Vec<Vec<u8>> {
    use base64::Engine as _;
    let hex: String = secret.iter().map(|b| format!("{b:02x}")).collect();
    vec![
        secret.to_vec(),
        base64::engine::general_purpose::STANDARD
            .encode(secret)
            .into_bytes(),
        base64::engine::general_purpose::STANDARD_NO_PAD
            .encode(secret)
            .into_bytes(),
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(secret)
            .into_bytes(),
        hex.clone().into_bytes(),
        hex.to_uppercase().into_bytes(),
    ]
}

fn assert_absent(dir: &std::path::Path, secret: &[u8], what: &str) {
    for file in files_under(dir) {
        let bytes = std::fs::read(&file).unwrap();
        for enc in encodings(secret) {
            assert!(
                !bytes.windows(enc.len()).any(|w| w == enc.as_slice()),
                "{what} found in {}",
                file.display()
            );
        }
    }
}

#[test]
fn no_secret_appears_in_the_keystore_in_plaintext() {
    let env = Env::new();
    let plaintext = b"TOP-SECRET-PLAINTEXT-0123456789";
    let mut ids = Vec::new();
    for _ in 0..3 {
        let id = env.create_key();
        env.encrypt(&id, plaintext);
        env.ok(&[
            "generate-data-key",
            "--key-id",
            &id,
            "--key-spec",
            "AES_256",
        ]);
        env.ok(&["disable-key", "--key-id", &id]);
        env.ok(&["enable-key", "--key-id", &id]);
        ids.push(id);
    }
    env.ok(&[
        "schedule-key-deletion",
        "--key-id",
        &ids[0],
        "--pending-window-in-days",
        "7",
    ]);
    let dir = env.keystore();
    // The root key itself.
    let root = unb64(&env.root_key);
    assert_absent(&dir, &root, "the root key");
    assert_absent(&dir, plaintext, "an encrypted plaintext");
    // Every key's material, unsealed through the library with the same root key.
    let cfg = RootKeyConfig {
        env_value: Some(SecretString::new(env.root_key.clone())),
        use_keyring: false,
        keyring_user: "unused".into(),
        cache_seconds: 0,
        file: PathBuf::from("/nonexistent"),
    };
    let store = Keystore::open(&dir, &cfg).unwrap();
    let mut checked = 0;
    for id in &ids {
        let rec = store.load_key("us-east-1", id).unwrap().unwrap();
        for m in &rec.materials {
            let material = store.open_material("us-east-1", id, m).unwrap();
            assert_absent(&dir, &material, "key material");
            checked += 1;
        }
    }
    assert_eq!(checked, 3);
    // No temp files are left behind either.
    assert!(
        files_under(&dir)
            .iter()
            .all(|p| !p.to_string_lossy().ends_with(".tmp"))
    );
}

fn lkms_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_lkms"))
}

#[test]
fn parallel_processes_lose_nothing() {
    let env = Env::new();
    let workers = 8;
    let per_worker = 4;
    let handles: Vec<_> = (0..workers)
        .map(|w| {
            let ks = env.keystore();
            let root = env.root_key.clone();
            std::thread::spawn(move || {
                let mut ids = Vec::new();
                for i in 0..per_worker {
                    let run = |args: &[&str]| {
                        let out = std::process::Command::new(lkms_bin())
                            .args(args)
                            .env("LKMS_HOME", &ks)
                            .env("LKMS_ROOT_KEY", &root)
                            .env("LKMS_NO_KEYRING", "1")
                            .output()
                            .unwrap();
                        assert!(out.status.success(), "{args:?}: {out:?}");
                        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap_or_default()
                    };
                    let id =
                        run(&["create-key", "--description", &format!("w{w}k{i}")])["KeyMetadata"]
                            ["KeyId"]
                            .as_str()
                            .unwrap()
                            .to_string();
                    let ct = run(&[
                        "encrypt",
                        "--key-id",
                        &id,
                        "--plaintext",
                        &b64(format!("{w}-{i}").as_bytes()),
                    ]);
                    let pt = run(&[
                        "decrypt",
                        "--ciphertext-blob",
                        ct["CiphertextBlob"].as_str().unwrap(),
                    ]);
                    assert_eq!(
                        unb64(pt["Plaintext"].as_str().unwrap()),
                        format!("{w}-{i}").as_bytes()
                    );
                    // Every worker also updates the shared deletion index: no update may be lost.
                    run(&[
                        "schedule-key-deletion",
                        "--key-id",
                        &id,
                        "--pending-window-in-days",
                        "7",
                    ]);
                    ids.push(id);
                }
                ids
            })
        })
        .collect();
    let mut ids: Vec<String> = handles
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    ids.sort();
    let listed = env.ok(&["list-keys"]);
    let mut got: Vec<String> = listed["Keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["KeyId"].as_str().unwrap().to_string())
        .collect();
    got.sort();
    assert_eq!(got, ids);
    for id in &ids {
        env.ok(&["cancel-key-deletion", "--key-id", id]);
        env.ok(&["enable-key", "--key-id", id]);
        let md = env.ok(&["describe-key", "--key-id", id]);
        assert_eq!(md["KeyMetadata"]["KeyState"], "Enabled");
        env.encrypt(id, b"still usable");
    }
    // Reschedule all and move the clock past the date: every deletion was recorded.
    for id in &ids {
        env.ok(&[
            "schedule-key-deletion",
            "--key-id",
            id,
            "--pending-window-in-days",
            "7",
        ]);
    }
    let later = format!(
        "{}",
        time::OffsetDateTime::now_utc().unix_timestamp() + 9 * 86_400
    );
    let r = env.run_env(&["list-keys"], &[("LKMS_NOW", &later)]);
    assert_eq!(r.json()["Keys"], serde_json::json!([]));
}

#[test]
fn first_use_by_many_processes_at_once_agrees_on_one_root_key() {
    let env = Env::new();
    let handles: Vec<_> = (0..8)
        .map(|_| {
            let ks = env.keystore();
            let home = env.dir.path().to_path_buf();
            std::thread::spawn(move || {
                std::process::Command::new(lkms_bin())
                    .args(["create-key"])
                    .env_clear()
                    .env("LKMS_HOME", &ks)
                    .env("XDG_CONFIG_HOME", home.join("config"))
                    .env("HOME", &home)
                    .env("LKMS_NO_KEYRING", "1")
                    .output()
                    .unwrap()
            })
        })
        .collect();
    for h in handles {
        let out = h.join().unwrap();
        assert!(out.status.success(), "{out:?}");
    }
    let mut c = env.cmd();
    c.env_remove("LKMS_ROOT_KEY");
    let out = c.args(["list-keys"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["Keys"].as_array().unwrap().len(), 8);
}

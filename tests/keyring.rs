//! The root key in a real Secret Service (gnome-keyring under dbus-run-session in CI).
//!
//! Where no Secret Service is reachable these tests say they were skipped; with `CI=true` they
//! fail instead, so a broken install step cannot hide.

mod common;
use common::*;
use std::process::Command;

/// True if `secret-tool` can store and read a secret on the session bus.
fn secret_service_available() -> bool {
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
        return false;
    }
    let mut store = match Command::new("secret-tool")
        .args([
            "store",
            "--label=lkms probe",
            "service",
            "lkms-probe",
            "username",
            "probe",
        ])
        .stdin(std::process::Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(_) => return false,
    };
    use std::io::Write;
    let _ = store.stdin.take().unwrap().write_all(b"probe-value");
    if !store.wait().map(|s| s.success()).unwrap_or(false) {
        return false;
    }
    let out = Command::new("secret-tool")
        .args(["lookup", "service", "lkms-probe", "username", "probe"])
        .output();
    matches!(out, Ok(o) if o.status.success() && o.stdout == b"probe-value")
}

/// Skips (or, in CI, fails) when there is no Secret Service.
fn require_secret_service() -> bool {
    if secret_service_available() {
        return true;
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("no Secret Service reachable, but CI=true: the keyring tests must run in CI");
    }
    // Written to the real stderr, past the test harness's capture, so the skip is visible.
    use std::io::Write;
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED: no Secret Service reachable (run under dbus-run-session with gnome-keyring)"
    );
    false
}

fn lookup(user: &str) -> Option<String> {
    let out = Command::new("secret-tool")
        .args(["lookup", "service", "lkms", "username", user])
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn clear(user: &str) {
    let _ = Command::new("secret-tool")
        .args(["clear", "service", "lkms", "username", user])
        .status();
}

/// lkms with the session bus kept, no LKMS_ROOT_KEY and a keyring user of this test's own.
fn keyring_cmd(env: &Env, user: &str) -> assert_cmd::Command {
    let mut c = env.cmd();
    c.env_remove("LKMS_ROOT_KEY")
        .env_remove("LKMS_NO_KEYRING")
        .env("LKMS_KEYRING_USER", user);
    for var in ["DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"] {
        if let Some(v) = std::env::var_os(var) {
            c.env(var, v);
        }
    }
    c
}

fn unique_user(tag: &str) -> String {
    let mut b = [0u8; 6];
    getrandom::fill(&mut b).unwrap();
    format!(
        "test-{tag}-{}",
        b.iter().map(|x| format!("{x:02x}")).collect::<String>()
    )
}

#[test]
fn root_key_is_created_in_and_read_from_the_secret_service() {
    if !require_secret_service() {
        return;
    }
    let env = Env::new();
    let user = unique_user("create");
    let out = keyring_cmd(&env, &user)
        .args(["create-key"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(
        out.stderr.is_empty(),
        "no root-key file notice when the keyring is used: {out:?}"
    );
    assert!(
        !env.dir
            .path()
            .join("config")
            .join("lkms")
            .join("root-key")
            .exists()
    );

    // The secret really is in the Secret Service, readable by another client.
    let stored = lookup(&user).expect("root key stored in the Secret Service");
    assert_eq!(unb64(&stored).len(), 32);

    let out = keyring_cmd(&env, &user)
        .env("LKMS_ROOT_KEY_CACHE_SECONDS", "0")
        .args(["keystore", "info"])
        .output()
        .unwrap();
    let info: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        info["RootKeySource"],
        format!("OS keyring (service lkms, user {user})")
    );
    assert_eq!(info["KeyCount"], 1);

    // That secret is the root key: it opens the keystore without the keyring.
    let r = env.run_env(&["list-keys"], &[("LKMS_ROOT_KEY", stored.as_str())]);
    assert_eq!(r.json()["Keys"].as_array().unwrap().len(), 1);

    // LKMS_ROOT_KEY wins over the keyring.
    let mut c = keyring_cmd(&env, &user);
    c.env("LKMS_ROOT_KEY", random_root_key());
    let out = c.args(["list-keys"]).output().unwrap();
    assert_eq!(out.status.code(), Some(253), "{out:?}");

    // Later calls read the root key from the kernel-keyring cache, not over D-Bus.
    let out = keyring_cmd(&env, &user)
        .args(["keystore", "info"])
        .output()
        .unwrap();
    let info: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        info["RootKeySource"],
        format!("OS keyring (service lkms, user {user}), cached in the kernel keyring")
    );

    // Without the keyring entry (no file, cache off) the keystore cannot be opened.
    clear(&user);
    let out = keyring_cmd(&env, &user)
        .env("LKMS_ROOT_KEY_CACHE_SECONDS", "0")
        .args(["list-keys"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(253), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("no root key found"),
        "{out:?}"
    );
}

#[test]
fn an_existing_keyring_root_key_is_used_for_a_new_keystore() {
    if !require_secret_service() {
        return;
    }
    let env = Env::new();
    let user = unique_user("existing");
    let key = random_root_key();
    let mut store = Command::new("secret-tool")
        .args([
            "store",
            "--label=lkms test",
            "service",
            "lkms",
            "username",
            &user,
        ])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    store
        .stdin
        .take()
        .unwrap()
        .write_all(key.as_bytes())
        .unwrap();
    assert!(store.wait().unwrap().success());
    let out = keyring_cmd(&env, &user)
        .args(["create-key"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let r = env.run_env(&["list-keys"], &[("LKMS_ROOT_KEY", key.as_str())]);
    assert_eq!(r.code, 0, "{r:?}");
    clear(&user);
}

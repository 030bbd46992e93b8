//! Crash consistency: lkms killed with SIGKILL at random points of the writes that touch more
//! than one file — schedule and cancel deletion, purge, create-alias, delete-alias, update-alias,
//! rotation, create-key (each of them with the region's index) — and afterwards `keystore check`
//! is clean (the index matches the documents) and every acknowledged write is there.

mod common;
use common::*;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How many kills: enough to land in every window of these writes many times over.
const TRIALS: usize = 320;

/// Runs lkms and kills it after `delay`; returns its stdout when it finished first.
fn run_or_kill(
    env: &Env,
    args: &[&str],
    extra: &[(&str, &str)],
    delay: Duration,
) -> Option<String> {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("lkms"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.dir.path())
        .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
        .env("XDG_DATA_HOME", env.dir.path().join("data"))
        .env("LKMS_HOME", env.keystore())
        .env("LKMS_ROOT_KEY", &env.root_key)
        .env("LKMS_NO_KEYRING", "1")
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    for (k, v) in extra {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().unwrap();
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let out = child.wait_with_output().unwrap();
            return status
                .success()
                .then(|| String::from_utf8_lossy(&out.stdout).into_owned());
        }
        if started.elapsed() >= delay {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_micros(200));
    }
}

/// A small deterministic generator, so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn kill_9_at_random_points_leaves_a_consistent_keystore() {
    let env = Env::new();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    // Keys that are never killed mid-creation: targets of aliases and rotations.
    let started = Instant::now();
    let stable: Vec<String> = (0..4).map(|_| env.create_key()).collect();
    // Kill within one and a half times what a write takes on this machine, however loaded, so
    // the kills land before, during and after the writes.
    let window = (started.elapsed().as_micros() as u64 / 4 * 3 / 2).max(1_000);
    let mut created = Vec::new(); // acknowledged create-key
    let mut aliases = Vec::new(); // acknowledged create-alias
    let mut scheduled = Vec::new(); // acknowledged schedule-key-deletion
    let mut cancelled = Vec::new(); // acknowledged cancel-key-deletion
    let mut purged_before: Vec<String> = Vec::new(); // scheduled keys an acknowledged purge saw
    let mut rotations = vec![0usize; stable.len()];
    let mut deleted_aliases = Vec::new(); // delete-alias, acknowledged or finished afterwards
    let mut alias_changes = 0; // acknowledged delete-alias and update-alias
    let mut repointed: Vec<(String, String)> = Vec::new(); // acknowledged update-alias
    let far_future = "2100-01-01T00:00:00Z";
    for trial in 0..TRIALS {
        let delay = Duration::from_micros(rng.next(window));
        match trial % 8 {
            0 => {
                if let Some(out) = run_or_kill(
                    &env,
                    &[
                        "create-key",
                        "--query",
                        "KeyMetadata.KeyId",
                        "--output",
                        "text",
                    ],
                    &[],
                    delay,
                ) {
                    created.push(out.trim().to_string());
                }
            }
            1 => {
                let name = format!("alias/crash-{trial}");
                let target = &stable[trial % stable.len()];
                let args = [
                    "create-alias",
                    "--alias-name",
                    &name,
                    "--target-key-id",
                    target,
                ];
                if run_or_kill(&env, &args, &[], delay).is_some() {
                    aliases.push(name);
                }
            }
            2 => {
                let key = env.create_key();
                let args = [
                    "schedule-key-deletion",
                    "--key-id",
                    &key,
                    "--pending-window-in-days",
                    "7",
                ];
                if run_or_kill(&env, &args, &[], delay).is_some() {
                    scheduled.push(key);
                }
            }
            3 => {
                let key = env.create_key();
                env.ok(&["schedule-key-deletion", "--key-id", &key]);
                if run_or_kill(&env, &["cancel-key-deletion", "--key-id", &key], &[], delay)
                    .is_some()
                {
                    cancelled.push(key);
                }
            }
            4 => {
                // Purge: list-keys far in the future completes every due deletion.
                let now = [("LKMS_NOW", far_future)];
                let before = scheduled.clone();
                if run_or_kill(&env, &["list-keys"], &now, delay).is_some() {
                    purged_before = before;
                }
            }
            6 if !aliases.is_empty() => {
                let name = aliases.remove(rng.next(aliases.len() as u64) as usize);
                repointed.retain(|(n, _)| *n != name);
                let args = ["delete-alias", "--alias-name", &name];
                if run_or_kill(&env, &args, &[], delay).is_some() {
                    alias_changes += 1;
                    deleted_aliases.push(name);
                } else {
                    // Killed: it may or may not be gone; make sure for the checks below.
                    env.run(&args);
                    deleted_aliases.push(name);
                }
            }
            7 if !aliases.is_empty() => {
                let name = aliases[rng.next(aliases.len() as u64) as usize].clone();
                let target = stable[(trial / 8) % stable.len()].clone();
                let args = [
                    "update-alias",
                    "--alias-name",
                    &name,
                    "--target-key-id",
                    &target,
                ];
                if run_or_kill(&env, &args, &[], delay).is_some() {
                    alias_changes += 1;
                    repointed.retain(|(n, _)| *n != name);
                    repointed.push((name, target));
                } else {
                    repointed.retain(|(n, _)| *n != name);
                }
            }
            _ => {
                let i = trial % stable.len();
                if rotations[i] < 10 {
                    let args = ["rotate-key-on-demand", "--key-id", &stable[i]];
                    if run_or_kill(&env, &args, &[], delay).is_some() {
                        rotations[i] += 1;
                    }
                }
            }
        }
    }
    // The kills landed both before and after the writes finished.
    // Every acknowledged trial once: aliases deleted later were acknowledged when created.
    let acknowledged = created.len()
        + aliases.len()
        + deleted_aliases.len()
        + alias_changes
        + scheduled.len()
        + cancelled.len();
    assert!(
        acknowledged > TRIALS / 20,
        "only {acknowledged} writes finished"
    );
    assert!(
        acknowledged < TRIALS * 9 / 10,
        "{acknowledged} writes finished: few kills landed"
    );
    // One more write sweeps what killed writers left behind.
    env.create_key();
    let check = env.run(&["keystore", "check"]);
    assert_eq!(
        check.code, 0,
        "keystore check after {TRIALS} kills: {check:?}"
    );
    assert_eq!(check.json()["Findings"], serde_json::json!([]));

    // Every acknowledged write is there.
    let keys: Vec<String> = env.ok(&["list-keys"])["Keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["KeyId"].as_str().unwrap().to_string())
        .collect();
    for k in &created {
        assert!(keys.contains(k), "created key {k} is missing");
    }
    let listed = env.ok(&["list-aliases"]);
    let names: Vec<&str> = listed["Aliases"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a["AliasName"].as_str())
        .collect();
    for a in &aliases {
        assert!(names.contains(&a.as_str()), "alias {a} is missing");
    }
    for a in &deleted_aliases {
        assert!(!names.contains(&a.as_str()), "deleted alias {a} is listed");
    }
    for (name, target) in &repointed {
        let of_target = env.ok(&["list-aliases", "--key-id", target]);
        assert!(
            of_target["Aliases"]
                .as_array()
                .unwrap()
                .iter()
                .any(|a| a["AliasName"] == name.as_str()),
            "{name} does not point at {target}"
        );
    }
    for k in &scheduled {
        if purged_before.contains(k) {
            assert!(!keys.contains(k), "key {k} survived an acknowledged purge");
        } else if keys.contains(k) {
            assert_eq!(env.state(k), "PendingDeletion", "scheduled key {k}");
        }
    }
    for k in &cancelled {
        assert_eq!(env.state(k), "Disabled", "cancelled key {k}");
    }
    for (i, k) in stable.iter().enumerate() {
        let listed = env.ok(&["list-key-rotations", "--key-id", k]);
        let n = listed["Rotations"].as_array().unwrap().len();
        assert!(
            n >= rotations[i],
            "key {k}: {n} rotations, {} acknowledged",
            rotations[i]
        );
    }
    // No alias points at a key that is gone (check reports DanglingAlias otherwise; asked again
    // here from the outside).
    for a in listed_targets(&env) {
        assert!(keys.contains(&a), "an alias points at missing key {a}");
    }
}

fn listed_targets(env: &Env) -> Vec<String> {
    env.ok(&["list-aliases"])["Aliases"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a["TargetKeyId"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn keystore_check_reports_and_repairs() {
    let env = Env::new();
    let key = env.create_key();
    env.ok(&[
        "create-alias",
        "--alias-name",
        "alias/x",
        "--target-key-id",
        &key,
    ]);
    assert_eq!(env.run(&["keystore", "check"]).code, 0);

    // A rolled-back key document: an older copy put back after a change.
    let old = std::fs::read(env.key_file(&key)).unwrap();
    env.ok(&["disable-key", "--key-id", &key]);
    std::fs::write(env.key_file(&key), &old).unwrap();
    let r = env.run(&["keystore", "check"]);
    assert_eq!(r.code, 1, "{r:?}");
    let findings = r.json()["Findings"].clone();
    assert_eq!(findings[0]["Kind"], "RolledBack", "{findings}");
    assert!(
        findings[0]["Detail"]
            .as_str()
            .unwrap()
            .contains("but the file was rewritten by generation"),
        "{findings}"
    );
    // Repair never touches keys: the rollback stays reported.
    assert_eq!(env.run(&["keystore", "check", "--repair"]).code, 1);
    // Writing the key again (from the old copy) makes it current once more.
    env.ok(&[
        "update-key-description",
        "--key-id",
        &key,
        "--description",
        "again",
    ]);

    // A loose mode and a dead writer's temp file, both repaired.
    let tmp = env
        .keystore()
        .join("tmp")
        .join(".x.json.999999999.abcdef.tmp");
    std::fs::create_dir_all(tmp.parent().unwrap()).unwrap();
    std::fs::write(&tmp, b"half").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(env.key_file(&key), std::fs::Permissions::from_mode(0o644))
            .unwrap();
    }
    let r = env.run(&["keystore", "check"]);
    assert_eq!(r.code, 1, "{r:?}");
    let kinds: Vec<String> = r.json()["Findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["Kind"].as_str().unwrap().to_string())
        .collect();
    assert!(kinds.contains(&"LeftoverTemp".to_string()), "{kinds:?}");
    assert!(kinds.contains(&"Permissions".to_string()), "{kinds:?}");
    let r = env.run(&["keystore", "check", "--repair"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(!tmp.exists());
    assert_eq!(env.run(&["keystore", "check"]).code, 0);

    // A whole keystore restored from an older copy: the record outside the keystore is ahead.
    let copy = env.dir.path().join("copy");
    copy_dir(&env.keystore(), &copy);
    env.ok(&[
        "update-key-description",
        "--key-id",
        &key,
        "--description",
        "newer",
    ]);
    std::fs::remove_dir_all(env.keystore()).unwrap();
    copy_dir(&copy, &env.keystore());
    let r = env.run(&["keystore", "check"]);
    assert_eq!(r.code, 1, "{r:?}");
    assert!(
        r.stdout
            .contains("the keystore was rolled back: this machine last wrote generation"),
        "{r:?}"
    );
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.path().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

/// Eight first commands started at once in a fresh home, each with its own keystore, create the
/// root-key file once between them and all use that one key.
#[test]
fn first_use_races_agree_on_one_root_key() {
    let env = Env::new();
    let children: Vec<_> = (0..8)
        .map(|i| {
            let mut c = Command::new(assert_cmd::cargo::cargo_bin("lkms"));
            c.env_clear()
                .env("PATH", std::env::var_os("PATH").unwrap_or_default())
                .env("HOME", env.dir.path())
                .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
                .env("LKMS_NO_KEYRING", "1")
                .env("LKMS_HOME", env.dir.path().join(format!("ks{i}")))
                .args([
                    "create-key",
                    "--query",
                    "KeyMetadata.KeyId",
                    "--output",
                    "text",
                ])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped());
            c.spawn().unwrap()
        })
        .collect();
    let ids: Vec<String> = children
        .into_iter()
        .map(|c| {
            let out = c.wait_with_output().unwrap();
            assert!(out.status.success(), "{out:?}");
            String::from_utf8_lossy(&out.stdout).trim().to_string()
        })
        .collect();
    let file = env.dir.path().join("config/lkms/root-key");
    let text = std::fs::read_to_string(&file).unwrap();
    assert_eq!(unb64(text.trim()).len(), 32);
    // Every keystore opens with the one root key in the file.
    for (i, id) in ids.iter().enumerate() {
        let mut c = env.cmd();
        c.env_remove("LKMS_ROOT_KEY")
            .env("LKMS_HOME", env.dir.path().join(format!("ks{i}")));
        let out = c.args(["describe-key", "--key-id", id]).output().unwrap();
        assert!(out.status.success(), "keystore {i}: {out:?}");
    }
    // No temp file of the race is left beside the root-key file.
    let left: Vec<_> = std::fs::read_dir(file.parent().unwrap())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

/// An empty root-key file (left by an older lkms killed on first use) is a clear error that
/// names the file; it is never replaced.
#[test]
fn an_empty_root_key_file_is_a_clear_error() {
    let env = Env::new();
    let file = env.dir.path().join("config/lkms/root-key");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, "").unwrap();
    let mut c = env.cmd();
    c.env_remove("LKMS_ROOT_KEY");
    let out = c.args(["create-key"]).output().unwrap();
    assert_eq!(out.status.code(), Some(253), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("the root-key file {} is empty", file.display())),
        "{stderr}"
    );
    assert!(stderr.contains("delete it and run again"), "{stderr}");
    assert_eq!(std::fs::read(&file).unwrap(), b"");
}

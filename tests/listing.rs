//! Listing through the region indexes while the region changes between pages: markers and
//! `--starting-token`s stay valid, no key or alias is listed twice, and none that existed
//! throughout is skipped. Also: the index heals when its files are damaged or removed.

mod common;
use common::*;
use serde_json::Value;
use std::collections::BTreeSet;

fn strings(v: &Value, list: &str, member: &str) -> Vec<String> {
    v[list]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x[member].as_str().unwrap().to_string())
        .collect()
}

/// Pages of `list-keys --max-items 4 --starting-token …`; between pages, keys are created and
/// keys pending deletion are purged (list-keys far in the future completes their deletion).
#[test]
fn list_keys_tokens_survive_creations_and_deletions_between_pages() {
    let env = Env::new();
    let mut keys: Vec<String> = (0..14).map(|_| env.create_key()).collect();
    keys.sort();
    // Every third key is pending deletion, purged after the second page.
    let doomed: Vec<String> = keys.iter().step_by(3).cloned().collect();
    for k in &doomed {
        env.ok(&["schedule-key-deletion", "--key-id", k]);
    }
    let mut seen = Vec::new();
    let mut token: Option<String> = None;
    let mut created = Vec::new();
    for page in 0.. {
        let mut args = vec!["list-keys", "--max-items", "4"];
        if let Some(t) = &token {
            args.extend(["--starting-token", t.as_str()]);
        }
        let out = env.ok(&args);
        seen.extend(strings(&out, "Keys", "KeyId"));
        created.push(env.create_key());
        created.push(env.create_key());
        if page == 1 {
            let far = [("LKMS_NOW", "2100-01-01T00:00:00Z")];
            assert_eq!(env.run_env(&["list-keys"], &far).code, 0);
        }
        match out["NextToken"].as_str() {
            Some(t) => token = Some(t.to_string()),
            None => break,
        }
        assert!(page < 40, "the listing does not end");
    }
    let unique: BTreeSet<&String> = seen.iter().collect();
    assert_eq!(unique.len(), seen.len(), "a key was listed twice: {seen:?}");
    let mut sorted = seen.clone();
    sorted.sort();
    assert_eq!(sorted, seen, "the listing is not in key ID order");
    for k in keys.iter().filter(|k| !doomed.contains(k)) {
        assert!(
            seen.contains(k),
            "key {k} existed throughout but was not listed"
        );
    }
    // The purged keys are gone now, and every key made meanwhile is listed.
    let now: Vec<String> = strings(&env.ok(&["list-keys"]), "Keys", "KeyId");
    for k in &doomed {
        assert!(!now.contains(k), "purged key {k} is still listed");
    }
    for k in &created {
        assert!(now.contains(k), "created key {k} is not listed");
    }
}

/// Raw pages (`--limit`/`--marker`) of list-aliases, with and without `--key-id`, while aliases
/// are created, deleted (the next page's first among them) and repointed between pages.
#[test]
fn list_aliases_markers_survive_changes_between_pages() {
    let env = Env::new();
    let a = env.create_key();
    let b = env.create_key();
    let name = |i: usize| format!("alias/m{i:02}");
    for i in 0..20usize {
        let target = if i.is_multiple_of(2) { &a } else { &b };
        env.ok(&[
            "create-alias",
            "--alias-name",
            &name(i),
            "--target-key-id",
            target,
        ]);
    }
    for (round, filter) in [None, Some(a.clone())].into_iter().enumerate() {
        let mut seen: Vec<String> = Vec::new();
        let mut gone: Vec<String> = Vec::new();
        let mut marker: Option<String> = None;
        for page in 0.. {
            let mut args = vec!["list-aliases", "--limit", "3", "--no-paginate"];
            if let Some(k) = &filter {
                args.extend(["--key-id", k.as_str()]);
            }
            if let Some(m) = &marker {
                args.extend(["--marker", m.as_str()]);
            }
            let out = env.ok(&args);
            let names = strings(&out, "Aliases", "AliasName");
            if let Some(k) = &filter {
                assert!(
                    strings(&out, "Aliases", "TargetKeyId")
                        .iter()
                        .all(|t| t == k),
                    "{out}"
                );
            }
            seen.extend(names.iter().cloned());
            // Delete the last listed alias and the first that has not been listed yet, and
            // add one before and one after the current position.
            let last = names.last().cloned().unwrap_or_default();
            let upcoming = (0..20).map(name).find(|n| *n > last && !gone.contains(n));
            for n in [Some(last.clone()), upcoming].into_iter().flatten() {
                if env.run(&["delete-alias", "--alias-name", &n]).code == 0 {
                    gone.push(n);
                }
            }
            for extra in [
                format!("alias/a{round}-{page}"),
                format!("alias/z{round}-{page}"),
            ] {
                env.ok(&[
                    "create-alias",
                    "--alias-name",
                    &extra,
                    "--target-key-id",
                    &a,
                ]);
            }
            match out["NextMarker"].as_str() {
                Some(m) => marker = Some(m.to_string()),
                None => break,
            }
            assert!(page < 40, "the listing does not end");
        }
        let unique: BTreeSet<&String> = seen.iter().collect();
        assert_eq!(
            unique.len(),
            seen.len(),
            "an alias was listed twice: {seen:?}"
        );
        let mut sorted = seen.clone();
        sorted.sort();
        assert_eq!(sorted, seen);
        // Everything that was never deleted and existed from the start was listed.
        for i in 0..20 {
            let n = name(i);
            let mine = filter.is_none() || i % 2 == 0;
            if mine && !gone.contains(&n) {
                assert!(
                    seen.contains(&n),
                    "{n} existed throughout but was not listed"
                );
            }
        }
        // Put the deleted ones back for the next round.
        for n in gone.iter().filter(|n| n.starts_with("alias/m")) {
            let i: usize = n["alias/m".len()..].parse().unwrap();
            let target = if i.is_multiple_of(2) { &a } else { &b };
            env.ok(&["create-alias", "--alias-name", n, "--target-key-id", target]);
        }
    }
    // Repointing moves an alias between its keys' listings at once.
    env.ok(&[
        "update-alias",
        "--alias-name",
        &name(0),
        "--target-key-id",
        &b,
    ]);
    let of_b = strings(
        &env.ok(&["list-aliases", "--key-id", &b]),
        "Aliases",
        "AliasName",
    );
    let of_a = strings(
        &env.ok(&["list-aliases", "--key-id", &a]),
        "Aliases",
        "AliasName",
    );
    assert!(of_b.contains(&name(0)) && !of_a.contains(&name(0)));
    assert_eq!(env.run(&["keystore", "check"]).code, 0);
}

/// A removed or altered index is rebuilt from the documents: lists still answer, `keystore
/// check` reports it, `--repair` writes it again, and the next write heals it too.
#[test]
fn a_damaged_index_is_reported_and_rebuilt() {
    let env = Env::new();
    let key = env.create_key();
    env.ok(&[
        "create-alias",
        "--alias-name",
        "alias/kept",
        "--target-key-id",
        &key,
    ]);
    let index = env.keystore().join("index/us-east-1");
    let manifest = index.join("manifest.json");
    assert!(manifest.exists());

    // Removed whole: lists rebuild it in memory; nothing to report.
    std::fs::remove_dir_all(&index).unwrap();
    assert_eq!(
        strings(&env.ok(&["list-keys"]), "Keys", "KeyId"),
        [key.as_str()]
    );
    assert_eq!(
        strings(
            &env.ok(&[
                "list-aliases",
                "--query",
                "{Aliases: Aliases[?TargetKeyId]}"
            ]),
            "Aliases",
            "AliasName"
        ),
        ["alias/kept"]
    );
    // The next write builds it on disk.
    let other = env.create_key();
    assert!(manifest.exists());
    assert_eq!(env.run(&["keystore", "check"]).code, 0);

    // Altered: the manifest fails its check; lists rebuild from the documents.
    let text = std::fs::read_to_string(&manifest).unwrap();
    let altered = text.replacen("\"Keys\":[[", "\"Keys\":[[\"0", 1);
    assert_ne!(altered, text);
    std::fs::write(&manifest, altered).unwrap();
    let mut listed = strings(&env.ok(&["list-keys"]), "Keys", "KeyId");
    listed.sort();
    let mut both = vec![key.clone(), other.clone()];
    both.sort();
    assert_eq!(listed, both);
    let r = env.run(&["keystore", "check"]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(r.json()["Findings"][0]["Kind"], "Index", "{}", r.stdout);
    let r = env.run(&["keystore", "check", "--repair"]);
    assert_eq!(r.json()["Findings"][0]["Repaired"], true, "{}", r.stdout);
    assert_eq!(env.run(&["keystore", "check"]).code, 0);

    // A chunk file no manifest lists is a leftover, removed by --repair.
    let stray = index.join("keys.0123456789abcdef.json");
    let a_chunk = std::fs::read_dir(&index)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("keys.")
        })
        .unwrap();
    std::fs::copy(&a_chunk, &stray).unwrap();
    let r = env.run(&["keystore", "check"]);
    assert!(r.stdout.contains("IndexLeftover"), "{}", r.stdout);
    env.run(&["keystore", "check", "--repair"]);
    assert!(!stray.exists());
    assert_eq!(env.run(&["keystore", "check"]).code, 0);
}

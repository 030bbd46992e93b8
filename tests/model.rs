//! Every operation of the API model (model/kms.json, a compact copy of the shared model kept in
//! the repository so the tests need nothing outside it) has its subcommand with every member as
//! a `--kebab-case` flag, and every required member is required.

mod common;
use common::*;
use serde_json::Value;

fn model() -> Value {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/model/kms.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// botocore's `xform_name(name, '-')`, written independently of lkms's own.
fn xform(name: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = name.chars().collect();
    for i in 0..chars.len() {
        let c = chars[i];
        let boundary = i > 0
            && c.is_uppercase()
            && (chars[i - 1].is_lowercase()
                || chars[i - 1].is_ascii_digit()
                || (chars[i - 1].is_uppercase()
                    && chars.get(i + 1).is_some_and(|n| n.is_lowercase())));
        if boundary {
            out.push('-');
        }
        out.extend(c.to_lowercase());
    }
    out
}

#[test]
fn every_operation_and_member_has_its_subcommand_and_flag() {
    let env = Env::new();
    let m = model();
    let ops = m["operations"].as_array().unwrap();
    assert_eq!(ops.len(), 56);
    let top = env.run(&["--help"]).stdout;
    for op in ops {
        let name = op["name"].as_str().unwrap();
        let cli = xform(name);
        assert!(
            top.contains(&format!("  {cli} ")) || top.contains(&format!("  {cli}\n")),
            "{cli} missing from lkms --help"
        );
        let help = env.run(&[&cli, "--help"]);
        assert_eq!(help.code, 0, "{cli} --help: {help:?}");
        let Some(input) = op["input"].as_str() else {
            continue;
        };
        let shape = &m["shapes"][input];
        let paginated = m["paginators"].get(name).is_some();
        let mut required_flags = Vec::new();
        for member in shape["members"].as_array().unwrap() {
            let member_name = member[0].as_str().unwrap();
            let flag = format!("--{}", xform(member_name));
            let member_shape = &m["shapes"][member[1].as_str().unwrap()];
            let hidden = paginated && (member_name == "Limit" || member_name == "Marker");
            if !hidden {
                assert!(
                    help.stdout.contains(&format!("{flag} "))
                        || help.stdout.contains(&format!("{flag}\n")),
                    "{cli}: {flag} missing"
                );
            }
            if member_shape["type"] == "boolean" {
                assert!(
                    help.stdout
                        .contains(&format!("--no-{}", xform(member_name))),
                    "{cli}: --no- pair of {flag}"
                );
            }
            if shape["required"]
                .as_array()
                .is_some_and(|r| r.iter().any(|x| x == member_name))
            {
                required_flags.push(flag);
            }
        }
        if paginated {
            for flag in ["--starting-token", "--page-size", "--max-items"] {
                assert!(help.stdout.contains(flag), "{cli}: {flag}");
            }
        }
        // Without its required flags the subcommand refuses to run and names them all.
        let r = env.run(&[&cli]);
        if required_flags.is_empty() {
            assert_ne!(r.code, 252, "{cli} has no required flags: {r:?}");
        } else {
            assert_eq!(r.code, 252, "{cli}: {r:?}");
            for flag in &required_flags {
                assert!(
                    r.stderr.contains(flag.as_str()),
                    "{cli}: {flag} not named as required: {}",
                    r.stderr
                );
            }
        }
    }
}

#[test]
fn every_api_operation_is_built() {
    // The two operations built last: neither answers "not supported yet" any more, and no
    // command's help says it is missing.
    let env = Env::new();
    let r = env.run(&["get-key-last-usage", "--key-id", "alias/none"]);
    assert_eq!(r.code, 254, "{r:?}");
    assert!(
        r.stderr.contains("(NotFoundException)") && !r.stderr.contains("does not support"),
        "{r:?}"
    );
    let top = env.run(&["help"]);
    assert!(!top.stdout.contains("not yet supported"), "{}", top.stdout);
    for cmd in [
        "get-key-last-usage",
        "replicate-key",
        "create-grant",
        "list-grants",
    ] {
        let h = env.run(&[cmd, "--help"]);
        assert_eq!(h.code, 0, "{h:?}");
        assert!(
            !h.stdout.contains("not yet supported"),
            "{cmd}: {}",
            h.stdout
        );
    }
}

#[test]
fn committed_completions_and_man_pages_match_the_definitions() {
    let env = Env::new();
    let out = env.dir.path().join("docs");
    let r = env.run(&["generate-docs", out.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{r:?}");
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["completions", "man"] {
        let mut generated: Vec<_> = std::fs::read_dir(out.join(dir))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        generated.sort();
        let mut committed: Vec<_> = std::fs::read_dir(repo.join(dir))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .filter(|n| n != "README.md")
            .collect();
        committed.sort();
        assert_eq!(
            generated, committed,
            "{dir}/: run `lkms generate-docs .` and commit the result"
        );
        for name in generated {
            let a = std::fs::read(out.join(dir).join(&name)).unwrap();
            let b = std::fs::read(repo.join(dir).join(&name)).unwrap();
            assert!(
                a == b,
                "{dir}/{name:?} is stale: run `lkms generate-docs .` and commit the result"
            );
        }
    }
    let r = env.run(&["completions", "bash"]);
    assert!(r.stdout.contains("generate-data-key-without-plaintext"));
}

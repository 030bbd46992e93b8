//! Multi-Region keys through `lkms serve` with boto3 (issue 16): the Region of every call comes
//! from its signature. Four servers share one keystore with clocks a few seconds apart, so the
//! script sees replicas Creating, then Enabled, and keys Updating, then settled — no sleeps.

mod common;
#[path = "serve_support/mod.rs"]
mod support;

use common::*;
use std::process::Command;
use support::*;
use time::format_description::well_known::Rfc3339;

#[test]
fn boto3_replicates_rotates_and_swaps_primaries_across_regions() {
    let python = format!("{}/python", venv_bin());
    let env = env_with_credentials(&[]);
    // Real signatures must be within 15 minutes of the server's clock: start from now.
    let now = time::OffsetDateTime::now_utc();
    let servers: Vec<Server> = (0..4)
        .map(|i| {
            let t = (now + time::Duration::seconds(5 * i))
                .format(&Rfc3339)
                .unwrap();
            Server::start(&env, &["--quiet"], &[("LKMS_NOW", &t)])
        })
        .collect();
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/clients/boto3_multi_region.py"
    );
    let out = Command::new(&python)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.dir.path())
        .env("AWS_ACCESS_KEY_ID", ACCESS_KEY)
        .env("AWS_SECRET_ACCESS_KEY", SECRET)
        .env("AWS_CONFIG_FILE", env.dir.path().join("no-config"))
        .env(
            "AWS_SHARED_CREDENTIALS_FILE",
            env.dir.path().join("no-credentials"),
        )
        .arg(script)
        .args(servers.iter().map(|s| s.endpoint.as_str()))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // The command line shares the keystore: the replica in eu-west-1 opens what the server's
    // eu-west-1 key made, and so does the primary.
    let result: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let blob = result["ciphertext"].as_str().unwrap();
    for region in ["eu-west-1", "us-east-1"] {
        let later = (now + time::Duration::seconds(30))
            .format(&Rfc3339)
            .unwrap();
        let r = env.run_env(
            &["decrypt", "--ciphertext-blob", blob, "--region", region],
            &[("LKMS_NOW", &later)],
        );
        assert_eq!(r.code, 0, "{r:?}");
        let v = r.json();
        assert_eq!(
            unb64(v["Plaintext"].as_str().unwrap()),
            b"during the update"
        );
        assert_eq!(
            v["KeyId"],
            format!(
                "arn:aws:kms:{region}:111122223333:key/{}",
                result["key"].as_str().unwrap()
            )
        );
    }
}

//! Grants and identity policies on disk (issue 14): MACed like every other document, bound to
//! their key or principal, and verified by `lkms keystore check`.

mod access_support;
mod common;
use access_support::*;
use common::*;

#[test]
fn grants_and_identity_policies_are_integrity_protected() {
    let env = Env::new();
    let a = env.create_key();
    let b = env.create_key();
    add(
        &env,
        "app",
        &user_arn("app"),
        Some(&identity("Allow", r#""kms:Encrypt""#, "*", "")),
    );
    for key in [&a, &b] {
        env.ok(&[
            "create-grant",
            "--key-id",
            key,
            "--grantee-principal",
            &user_arn("app"),
            "--operations",
            "Decrypt",
        ]);
    }
    assert_eq!(env.run(&["keystore", "check"]).code, 0);
    let grants = |key: &str| {
        env.keystore()
            .join("grants/us-east-1")
            .join(format!("{key}.json"))
    };
    // A key's grants moved onto another key are refused there.
    let saved_b = std::fs::read(grants(&b)).unwrap();
    std::fs::copy(grants(&a), grants(&b)).unwrap();
    let r = env.run(&["list-grants", "--key-id", &b]);
    assert_eq!(r.code, 253, "{r:?}");
    assert!(r.stderr.contains("failed its integrity check"), "{r:?}");
    let r = env.run(&["keystore", "check"]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(r.json()["Findings"][0]["Kind"], "Tampered");
    std::fs::write(grants(&b), saved_b).unwrap();
    // An edited identity policy is refused, and found by the check.
    let file = files_under(&env.keystore().join("identity-policies")).remove(0);
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("kms:Encrypt", "kms:*")).unwrap();
    let r = env.run(&[
        "credentials",
        "list-identity-policies",
        "--principal",
        &user_arn("app"),
    ]);
    assert_eq!(r.code, 253, "{r:?}");
    let r = env.run(&["keystore", "check"]);
    assert_eq!(r.code, 1, "{r:?}");
    let findings = r.json()["Findings"].clone();
    assert_eq!(findings[0]["Kind"], "Tampered", "{findings}");
    assert!(
        findings[0]["Path"]
            .as_str()
            .unwrap()
            .starts_with("identity-policies/"),
        "{findings}"
    );
}

//! Grants through the command line (spec §6, issue 14): create, use with and without the token,
//! constraints met and not, list, list retirable, retire (by token, by ID; who may), revoke,
//! grants made through a grant, and a deleted key's grants vanishing.

mod access_support;
mod common;
use access_support::*;
use common::*;
use serde_json::json;

struct G {
    env: Env,
    key: String,
    app: Who,
    ops: Who,
}

fn setup() -> G {
    let env = Env::new();
    let key = env.create_key();
    let app = add(&env, "app", &user_arn("app"), None);
    let ops = add(&env, "ops", &user_arn("ops"), None);
    G { env, key, app, ops }
}

impl G {
    fn grant(&self, extra: &[&str]) -> (String, String) {
        let mut args = vec![
            "create-grant",
            "--key-id",
            &self.key,
            "--grantee-principal",
            &self.app.arn,
        ];
        args.extend_from_slice(extra);
        let v = self.env.ok(&args);
        (
            v["GrantId"].as_str().unwrap().to_string(),
            v["GrantToken"].as_str().unwrap().to_string(),
        )
    }

    fn encrypt(&self, extra: &[&str]) -> Run {
        let mut args = vec!["encrypt", "--key-id", &self.key, "--plaintext", HELLO];
        args.extend_from_slice(extra);
        run_as(&self.env, &self.app, &args)
    }

    fn app_denied(&self, r: &Run, op: &str, action: &str) {
        let arn = self.env.arn(&self.key);
        assert_denied(r, op, &self.app.arn, action, &arn, Why::NoIdentityPolicy);
    }
}

#[test]
fn a_grant_allows_its_operations_at_once_and_is_listed() {
    let g = setup();
    g.app_denied(&g.encrypt(&[]), "Encrypt", "kms:Encrypt");
    let (id, token) = g.grant(&[
        "--operations",
        "Encrypt",
        "Decrypt",
        "--retiring-principal",
        &g.ops.arn,
        "--name",
        "g1",
    ]);
    assert_eq!(id.len(), 64);
    assert!(id.bytes().all(|b| b.is_ascii_hexdigit()));
    // Usable at once, with or without the token.
    assert_eq!(g.encrypt(&[]).code, 0);
    assert_eq!(g.encrypt(&["--grant-tokens", &token]).code, 0);
    let r = g.encrypt(&["--grant-tokens", "not-a-token"]);
    assert_service_err(
        &r,
        "Encrypt",
        "InvalidGrantTokenException",
        "The grant token is not valid.",
    );
    // Exactly its operations.
    let r = run_as(
        &g.env,
        &g.app,
        &[
            "generate-data-key",
            "--key-id",
            &g.key,
            "--number-of-bytes",
            "16",
        ],
    );
    g.app_denied(&r, "GenerateDataKey", "kms:GenerateDataKey");
    // The same named request is the same grant, with a new token.
    let (again, token2) = g.grant(&[
        "--operations",
        "Decrypt",
        "Encrypt",
        "--retiring-principal",
        &g.ops.arn,
        "--name",
        "g1",
    ]);
    assert_eq!(again, id);
    assert_ne!(token2, token);
    let listed = g.env.ok(&["list-grants", "--key-id", &g.key]);
    let entry = &listed["Grants"][0];
    assert_eq!(listed["Grants"].as_array().unwrap().len(), 1, "{listed}");
    assert_eq!(entry["KeyId"], g.env.arn(&g.key));
    assert_eq!(entry["GrantId"], id.as_str());
    assert_eq!(entry["Name"], "g1");
    assert_eq!(entry["GranteePrincipal"], g.app.arn.as_str());
    assert_eq!(entry["RetiringPrincipal"], g.ops.arn.as_str());
    assert_eq!(entry["IssuingAccount"], "arn:aws:iam::111122223333:root");
    assert_eq!(entry["Operations"], json!(["Encrypt", "Decrypt"]));
    assert!(entry["CreationDate"].is_string(), "{entry}");
    let only = |filter: &[&str]| {
        let mut a = vec!["list-grants", "--key-id", &g.key];
        a.extend_from_slice(filter);
        g.env.ok(&a)["Grants"].as_array().unwrap().len()
    };
    assert_eq!(only(&["--grant-id", &id]), 1);
    assert_eq!(only(&["--grantee-principal", &g.ops.arn]), 0);
    let retirable = g
        .env
        .ok(&["list-retirable-grants", "--retiring-principal", &g.ops.arn]);
    assert_eq!(retirable["Grants"][0]["GrantId"], id.as_str());
    // The retiring principal retires it with the token; then it allows nothing.
    ok_as(&g.env, &g.ops, &["retire-grant", "--grant-token", &token]);
    g.app_denied(&g.encrypt(&[]), "Encrypt", "kms:Encrypt");
    assert_eq!(only(&[]), 0);
    let r = g.encrypt(&["--grant-tokens", &token]);
    assert_service_err(
        &r,
        "Encrypt",
        "InvalidGrantTokenException",
        "The grant token is not valid.",
    );
}

#[test]
fn constraints_must_be_met() {
    let g = setup();
    g.grant(&[
        "--operations",
        "Encrypt",
        "--constraints",
        "EncryptionContextSubset={dept=fin}",
    ]);
    assert_eq!(
        g.encrypt(&["--encryption-context", "dept=fin,case=12"])
            .code,
        0
    );
    g.app_denied(
        &g.encrypt(&["--encryption-context", "dept=hr"]),
        "Encrypt",
        "kms:Encrypt",
    );
    g.app_denied(&g.encrypt(&[]), "Encrypt", "kms:Encrypt");
    let g = setup();
    g.grant(&[
        "--operations",
        "Encrypt",
        "--constraints",
        "EncryptionContextEquals={dept=fin}",
    ]);
    assert_eq!(g.encrypt(&["--encryption-context", "dept=fin"]).code, 0);
    g.app_denied(
        &g.encrypt(&["--encryption-context", "dept=fin,case=12"]),
        "Encrypt",
        "kms:Encrypt",
    );
    // Constraints only suit symmetric encryption keys.
    let hmac = g.env.ok(&[
        "create-key",
        "--key-spec",
        "HMAC_256",
        "--key-usage",
        "GENERATE_VERIFY_MAC",
    ]);
    let hmac = hmac["KeyMetadata"]["KeyId"].as_str().unwrap();
    g.env.service_err(
        &["create-grant", "--key-id", hmac, "--grantee-principal", &g.app.arn, "--operations", "GenerateMac", "--constraints", "EncryptionContextSubset={a=b}"],
        "CreateGrant",
        "ValidationException",
        "Encryption context grant constraints are not supported for KMS keys with KeySpec HMAC_256.",
    );
    g.env.service_err(
        &["create-grant", "--key-id", hmac, "--grantee-principal", &g.app.arn, "--operations", "Encrypt"],
        "CreateGrant",
        "ValidationException",
        "Grant operations [Encrypt] are not valid for a KMS key with KeySpec HMAC_256 and KeyUsage GENERATE_VERIFY_MAC.",
    );
    g.env.service_err(
        &[
            "create-grant",
            "--key-id",
            &g.key,
            "--grantee-principal",
            &g.app.arn,
            "--operations",
            "CreateGrant",
        ],
        "CreateGrant",
        "ValidationException",
        "Grants must not contain only the CreateGrant operation.",
    );
    g.env.service_err(
        &[
            "create-grant",
            "--key-id",
            &g.key,
            "--grantee-principal",
            &g.app.arn,
            "--operations",
            "Decrypt",
            "--dry-run",
        ],
        "CreateGrant",
        "DryRunOperationException",
        "The request would have succeeded, but the DryRun option is set.",
    );
}

#[test]
fn who_may_retire_and_revoke() {
    let g = setup();
    let arn = g.env.arn(&g.key);
    // Without RetireGrant among its operations the grantee may not retire it.
    let (plain, _) = g.grant(&["--operations", "Decrypt"]);
    let r = run_as(
        &g.env,
        &g.app,
        &["retire-grant", "--key-id", &arn, "--grant-id", &plain],
    );
    g.app_denied(&r, "RetireGrant", "kms:RetireGrant");
    // With it, it may.
    let (own, _) = g.grant(&["--operations", "Decrypt", "RetireGrant"]);
    ok_as(
        &g.env,
        &g.app,
        &["retire-grant", "--key-id", &arn, "--grant-id", &own],
    );
    // The account that made it may, as its root.
    g.env
        .ok(&["retire-grant", "--key-id", &arn, "--grant-id", &plain]);
    let r = g
        .env
        .run(&["retire-grant", "--key-id", &arn, "--grant-id", &plain]);
    assert_service_err(
        &r,
        "RetireGrant",
        "InvalidGrantIdException",
        &format!("Grant ID {plain} is not valid."),
    );
    // Revoking needs kms:RevokeGrant on the key.
    let (id, _) = g.grant(&["--operations", "Decrypt"]);
    let r = run_as(
        &g.env,
        &g.app,
        &["revoke-grant", "--key-id", &g.key, "--grant-id", &id],
    );
    g.app_denied(&r, "RevokeGrant", "kms:RevokeGrant");
    g.env
        .ok(&["revoke-grant", "--key-id", &g.key, "--grant-id", &id]);
    let r = g
        .env
        .run(&["revoke-grant", "--key-id", &g.key, "--grant-id", &id]);
    assert_service_err(
        &r,
        "RevokeGrant",
        "InvalidGrantIdException",
        &format!("Grant ID {id} is not valid."),
    );
    assert_eq!(
        g.env.ok(&["list-grants", "--key-id", &g.key])["Grants"],
        json!([])
    );
    g.env.service_err(
        &["retire-grant"],
        "RetireGrant",
        "ValidationException",
        "Either GrantToken, or KeyId and GrantId, must be specified.",
    );
}

#[test]
fn a_grant_with_create_grant_makes_narrower_grants_only() {
    let g = setup();
    g.grant(&[
        "--operations",
        "Decrypt",
        "CreateGrant",
        "--constraints",
        "EncryptionContextSubset={dept=fin}",
    ]);
    let bob = user_arn("bob");
    let child = |ops: &[&str], constraints: &str| {
        let mut a = vec![
            "create-grant",
            "--key-id",
            &g.key,
            "--grantee-principal",
            &bob,
            "--operations",
        ];
        a.extend_from_slice(ops);
        a.extend(["--constraints", constraints]);
        run_as(&g.env, &g.app, &a)
    };
    assert_eq!(
        child(&["Decrypt"], "EncryptionContextSubset={dept=fin,team=a}").code,
        0
    );
    assert_eq!(
        child(&["Decrypt"], "EncryptionContextEquals={dept=fin}").code,
        0
    );
    g.app_denied(
        &child(
            &["Decrypt", "Encrypt"],
            "EncryptionContextSubset={dept=fin}",
        ),
        "CreateGrant",
        "kms:CreateGrant",
    );
    g.app_denied(
        &child(&["Decrypt"], "EncryptionContextSubset={team=a}"),
        "CreateGrant",
        "kms:CreateGrant",
    );
    let listed = g.env.ok(&[
        "list-grants",
        "--key-id",
        &g.key,
        "--grantee-principal",
        &bob,
    ]);
    assert_eq!(listed["Grants"].as_array().unwrap().len(), 2);
}

#[test]
fn limits_and_deletion() {
    let g = setup();
    for _ in 0..30 {
        g.grant(&["--operations", "Decrypt"]);
    }
    g.env.service_err(
        &[
            "create-grant",
            "--key-id",
            &g.key,
            "--grantee-principal",
            &g.app.arn,
            "--operations",
            "Decrypt",
        ],
        "CreateGrant",
        "LimitExceededException",
        "Grant quota for this grantee principal on this key is 30 but the current usage is 30.",
    );
    // Pages of ListGrants.
    let page = g
        .env
        .ok(&["list-grants", "--key-id", &g.key, "--max-items", "25"]);
    assert_eq!(page["Grants"].as_array().unwrap().len(), 25);
    let next = page["NextToken"].as_str().unwrap();
    let rest = g
        .env
        .ok(&["list-grants", "--key-id", &g.key, "--starting-token", next]);
    assert_eq!(rest["Grants"].as_array().unwrap().len(), 5);
    // A deleted key's grants go with it.
    g.env.ok(&[
        "schedule-key-deletion",
        "--key-id",
        &g.key,
        "--pending-window-in-days",
        "7",
    ]);
    let grants_dir = g.env.keystore().join("grants");
    assert_eq!(files_under(&grants_dir).len(), 1);
    let later = g
        .env
        .run_env(&["list-keys"], &[("LKMS_NOW", "2100-01-01T00:00:00Z")]);
    assert_eq!(later.code, 0, "{later:?}");
    assert_eq!(files_under(&grants_dir).len(), 0);
}

//! Who is calling on the command line (issue 14): the aws CLI's credentials — the environment,
//! then the profile of the shared credentials file — checked against the keystore's access keys;
//! the account root when there are none; and the identity-policy commands.

mod access_support;
mod common;
use access_support::*;
use common::*;
use serde_json::json;

const INVALID: &str = "The security token included in the request is invalid.";

fn caller(r: &Run) -> String {
    assert_eq!(r.code, 0, "{r:?}");
    r.json()["Caller"].as_str().unwrap().to_string()
}

#[test]
fn without_credentials_the_caller_is_the_account_root() {
    let env = Env::new();
    assert_eq!(
        caller(&env.run(&["keystore", "info"])),
        "arn:aws:iam::111122223333:root"
    );
    // A keystore with no access keys has nobody else: credentials for the real AWS change
    // nothing until the keystore holds keys of its own.
    let r = env.run_env(
        &["keystore", "info"],
        &[
            ("AWS_ACCESS_KEY_ID", "AKIAREALAWS000000000"),
            ("AWS_SECRET_ACCESS_KEY", "x"),
        ],
    );
    assert_eq!(caller(&r), "arn:aws:iam::111122223333:root");
}

#[test]
fn environment_credentials_name_the_caller_and_must_match() {
    let env = Env::new();
    let alice = add(&env, "alice", &user_arn("alice"), None);
    assert_eq!(
        caller(&run_as(&env, &alice, &["keystore", "info"])),
        alice.arn
    );
    let wrong = Who {
        secret: "not-the-secret".into(),
        ..alice.clone()
    };
    let r = run_as(&env, &wrong, &["list-keys"]);
    assert_service_err(&r, "ListKeys", "UnrecognizedClientException", INVALID);
    let unknown = Who {
        key: "AKIAUNKNOWN000000000".into(),
        ..alice.clone()
    };
    let r = run_as(
        &env,
        &unknown,
        &["encrypt", "--key-id", "alias/x", "--plaintext", HELLO],
    );
    assert_service_err(&r, "Encrypt", "UnrecognizedClientException", INVALID);
    // A secret that is a prefix of the real one is wrong too.
    let prefix = Who {
        secret: "secret-of-ali".into(),
        ..alice.clone()
    };
    assert_eq!(run_as(&env, &prefix, &["list-keys"]).code, 254);
    // Half a credential in the environment is a configuration error, as botocore says.
    let r = env.run_env(&["list-keys"], &[("AWS_ACCESS_KEY_ID", &alice.key)]);
    assert_eq!(r.code, 253, "{r:?}");
    assert!(
        r.stderr
            .contains("Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY"),
        "{r:?}"
    );
    // lkms's own management commands run as the keystore's owner whatever the credentials.
    let r = run_as(&env, &unknown, &["credentials", "list"]);
    assert_eq!(r.code, 0, "{r:?}");
}

#[test]
fn profiles_of_the_shared_credentials_file() {
    let env = Env::new();
    let alice = add(&env, "alice", &user_arn("alice"), None);
    let bob = add(&env, "bob", &user_arn("bob"), None);
    let file = env.file(
        "creds",
        format!(
            "[default]\naws_access_key_id = {}\naws_secret_access_key = {}\n\n# bob\n[dev]\naws_access_key_id={}\naws_secret_access_key={}\n",
            alice.key, alice.secret, bob.key, bob.secret
        )
        .as_bytes(),
    );
    let file = file.to_str().unwrap();
    let with = |extra: &[(&str, &str)], args: &[&str]| {
        let mut vars = vec![("AWS_SHARED_CREDENTIALS_FILE", file)];
        vars.extend_from_slice(extra);
        env.run_env(args, &vars)
    };
    assert_eq!(caller(&with(&[], &["keystore", "info"])), alice.arn);
    // A profile defined only in the credentials file is a profile.
    assert_eq!(
        caller(&with(&[], &["keystore", "info", "--profile", "dev"])),
        bob.arn
    );
    assert_eq!(
        caller(&with(&[("AWS_PROFILE", "dev")], &["keystore", "info"])),
        bob.arn
    );
    // The environment's keys come before AWS_PROFILE, but not before --profile.
    let env_alice = [
        ("AWS_PROFILE", "dev"),
        ("AWS_ACCESS_KEY_ID", alice.key.as_str()),
        ("AWS_SECRET_ACCESS_KEY", alice.secret.as_str()),
    ];
    assert_eq!(caller(&with(&env_alice, &["keystore", "info"])), alice.arn);
    assert_eq!(
        caller(&with(
            &env_alice[1..],
            &["keystore", "info", "--profile", "dev"]
        )),
        bob.arn
    );
    let r = with(&[], &["list-keys", "--profile", "nope"]);
    assert_eq!(r.code, 253, "{r:?}");
    assert!(
        r.stderr
            .contains("The config profile (nope) could not be found"),
        "{r:?}"
    );
    // The default location is ~/.aws/credentials.
    std::fs::create_dir_all(env.dir.path().join(".aws")).unwrap();
    std::fs::copy(file, env.dir.path().join(".aws/credentials")).unwrap();
    assert_eq!(
        caller(&env.run(&["keystore", "info", "--profile", "dev"])),
        bob.arn
    );
}

#[test]
fn temporary_credentials_need_their_session_token_until_they_expire() {
    let env = Env::new();
    let admin = add(&env, "admin", &user_arn("admin"), None);
    env.ok(&[
        "credentials",
        "add",
        "--access-key-id",
        "ASIATEMPORARY0000001",
        "--secret-access-key",
        "tmp-secret",
        "--principal",
        "arn:aws:sts::111122223333:assumed-role/Deploy/ci",
        "--session-token",
        "the-token",
        "--expiration",
        "2030-01-01T00:00:00Z",
    ]);
    let run = |token: Option<&str>, now: &str| {
        let mut vars = vec![
            ("AWS_ACCESS_KEY_ID", "ASIATEMPORARY0000001"),
            ("AWS_SECRET_ACCESS_KEY", "tmp-secret"),
            ("LKMS_NOW", now),
        ];
        if let Some(t) = token {
            vars.push(("AWS_SESSION_TOKEN", t));
        }
        env.run_env(&["keystore", "info"], &vars)
    };
    assert_eq!(
        caller(&run(Some("the-token"), "2029-12-31T23:59:59Z")),
        "arn:aws:sts::111122223333:assumed-role/Deploy/ci"
    );
    for token in [None, Some("another-token")] {
        let r = run(token, "2029-12-31T23:59:59Z");
        assert_service_err(&r, "lkms", "UnrecognizedClientException", INVALID);
    }
    let r = run(Some("the-token"), "2030-01-01T00:00:00Z");
    assert_service_err(
        &r,
        "lkms",
        "ExpiredTokenException",
        "The security token included in the request is expired",
    );
    // A long-term key takes no session token.
    assert_eq!(
        caller(&run_as(&env, &admin, &["keystore", "info"])),
        admin.arn
    );
    let r = env.run_env(
        &["keystore", "info"],
        &[
            ("AWS_ACCESS_KEY_ID", admin.key.as_str()),
            ("AWS_SECRET_ACCESS_KEY", admin.secret.as_str()),
            ("AWS_SESSION_TOKEN", "x"),
        ],
    );
    assert_service_err(&r, "lkms", "UnrecognizedClientException", INVALID);
}

#[test]
fn lkms_principal_acts_as_a_principal_without_an_access_key() {
    let env = Env::new();
    let key = env.create_key();
    let r = env.run_env(
        &["encrypt", "--key-id", &key, "--plaintext", HELLO],
        &[("LKMS_PRINCIPAL", "arn:aws:iam::111122223333:user/carol")],
    );
    assert_denied(
        &r,
        "Encrypt",
        "arn:aws:iam::111122223333:user/carol",
        "kms:Encrypt",
        &env.arn(&key),
        Why::NoIdentityPolicy,
    );
}

#[test]
fn identity_policies_are_put_listed_read_and_deleted() {
    let env = Env::new();
    let alice = user_arn("alice");
    let doc = identity("Allow", r#""kms:Encrypt""#, "*", "");
    let file = env.file("p.json", doc.as_bytes());
    let put = |name: &str, document: &str| {
        env.run(&[
            "credentials",
            "put-identity-policy",
            "--principal",
            &alice,
            "--policy-name",
            name,
            "--policy-document",
            document,
        ])
    };
    assert_eq!(put("enc", &format!("file://{}", file.display())).code, 0);
    assert_eq!(put("all", &identity("Deny", r#""kms:*""#, "*", "")).code, 0);
    let list = |who: &str| env.ok(&["credentials", "list-identity-policies", "--principal", who]);
    assert_eq!(list(&alice), json!({"PolicyNames": ["all", "enc"]}));
    assert_eq!(
        env.ok(&[
            "credentials",
            "get-identity-policy",
            "--principal",
            &alice,
            "--policy-name",
            "enc"
        ]),
        json!({"Principal": alice, "PolicyName": "enc", "PolicyDocument": doc})
    );
    env.ok(&[
        "credentials",
        "delete-identity-policy",
        "--principal",
        &alice,
        "--policy-name",
        "all",
    ]);
    assert_eq!(list(&alice), json!({"PolicyNames": ["enc"]}));
    let r = env.run(&[
        "credentials",
        "get-identity-policy",
        "--principal",
        &alice,
        "--policy-name",
        "all",
    ]);
    assert_eq!(
        (r.code, r.stderr.trim()),
        (
            252,
            "aws: [ERROR]: An error occurred (ParamValidation): arn:aws:iam::111122223333:user/alice \
             has no identity policy named 'all'"
        )
    );
    // What IAM would refuse.
    let r = put(
        "bad",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"kms:*","Resource":"*"}]}"#,
    );
    assert_eq!(r.code, 252);
    assert!(
        r.stderr
            .contains("Policy document should not specify a principal."),
        "{r:?}"
    );
    let r = put("bad name", &doc);
    assert_eq!(r.code, 252);
    assert!(r.stderr.contains("--policy-name must be 1 to 128"), "{r:?}");
    let r = env.run(&[
        "credentials",
        "list-identity-policies",
        "--principal",
        "arn:aws:iam::111122223333:root",
    ]);
    assert_eq!(r.code, 252);
    assert!(
        r.stderr
            .contains("identity policies attach to IAM users and roles"),
        "{r:?}"
    );
    // `credentials add` can attach one; a session has its role's.
    env.ok(&[
        "credentials",
        "add",
        "--access-key-id",
        "AKIAROLE000000000001",
        "--secret-access-key",
        "s",
        "--principal",
        "arn:aws:iam::111122223333:role/Deploy",
        "--identity-policy",
        &doc,
        "--policy-name",
        "deploy",
    ]);
    assert_eq!(
        list("arn:aws:iam::111122223333:role/Deploy"),
        json!({"PolicyNames": ["deploy"]})
    );
    // Stored MACed, bound to the principal: moving a principal's file to another breaks it.
    let files = files_under(&env.keystore().join("identity-policies"));
    assert_eq!(files.len(), 2);
    std::fs::copy(&files[0], &files[1]).unwrap();
    let r = env.run(&[
        "credentials",
        "list-identity-policies",
        "--principal",
        &alice,
    ]);
    let r2 = env.run(&[
        "credentials",
        "list-identity-policies",
        "--principal",
        "arn:aws:iam::111122223333:role/Deploy",
    ]);
    assert!(r.code != 0 || r2.code != 0, "{r:?} {r2:?}");
}

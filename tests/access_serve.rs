//! The same decisions through `lkms serve` (issue 14): boto3 clients signing as two principals,
//! each with its own access key; a grant one makes for the other works at once with its token;
//! the server sees the client's address (aws:SourceIp). Where the command line asks the same
//! question, it gets the same answer.

mod access_support;
mod common;
mod serve_support;
use access_support::*;
use common::*;
use serve_support::*;
use std::process::Command;

#[test]
fn two_principals_through_boto3() {
    let bin = venv_bin();
    let env = Env::new();
    let alice = add(&env, "alice", &user_arn("alice"), None);
    let bob = add(&env, "bob", &user_arn("bob"), None);
    let key = key_with_policy(
        &env,
        &policy(&[
            root_statement(),
            statement(
                "Alice from this machine",
                "Allow",
                &alice.arn,
                r#"["kms:Encrypt","kms:Decrypt","kms:CreateGrant","kms:DescribeKey"]"#,
                r#"{"IpAddress":{"aws:SourceIp":"127.0.0.1/32"}}"#,
            ),
            statement("Bob encrypts", "Allow", &bob.arn, r#""kms:Encrypt""#, ""),
        ]),
    );
    let arn = env.arn(&key);
    let server = Server::start(&env, &[], &[]);
    let python = || {
        let mut c = Command::new(format!("{bin}/python"));
        c.env_clear()
            .env("HOME", env.dir.path())
            .env("AWS_CONFIG_FILE", env.dir.path().join("none"))
            .env("AWS_SHARED_CREDENTIALS_FILE", env.dir.path().join("none"));
        c
    };
    let out = python()
        .args([
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/clients/access_two_principals.py"
            ),
            &server.endpoint,
            &arn,
            &alice.key,
            &alice.secret,
            &bob.key,
            &bob.secret,
            &bob.arn,
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let blob = r["alice_encrypt"]["ok"]["CiphertextBlob"]
        .as_str()
        .unwrap()
        .to_string();
    let denied = |step: &str, action: &str, resource: &str, why: Why| {
        assert_eq!(
            r[step]["code"], "AccessDeniedException",
            "{step}: {}",
            r[step]
        );
        assert_eq!(
            r[step]["message"],
            denial(&bob.arn, action, resource, why),
            "{step}"
        );
    };
    assert!(
        r["alice_encrypt"]["ok"]["CiphertextBlob"].is_string(),
        "{r}"
    );
    assert_eq!(r["bob_encrypt"]["ok"], arn.as_str());
    denied(
        "bob_decrypt_before",
        "kms:Decrypt",
        &arn,
        Why::NoIdentityPolicy,
    );
    assert!(r["alice_grants_bob"]["ok"]["GrantToken"].is_string(), "{r}");
    assert_eq!(r["bob_decrypt_with_token"]["ok"], "for alice");
    denied(
        "bob_decrypt_other_context",
        "kms:Decrypt",
        &arn,
        Why::NoIdentityPolicy,
    );
    denied("bob_list_keys", "kms:ListKeys", "*", Why::NoIdentityPolicy);
    denied("bob_revoke", "kms:RevokeGrant", &arn, Why::NoIdentityPolicy);
    assert_eq!(r["alice_describe"]["ok"], key.as_str());
    // The command line answers bob the same way, and sees the grant alice made.
    let r = run_as(
        &env,
        &bob,
        &["revoke-grant", "--key-id", &arn, "--grant-id", "x"],
    );
    assert_denied(
        &r,
        "RevokeGrant",
        &bob.arn,
        "kms:RevokeGrant",
        &arn,
        Why::NoIdentityPolicy,
    );
    let grants = env.ok(&["list-grants", "--key-id", &key]);
    assert_eq!(grants["Grants"][0]["GranteePrincipal"], bob.arn.as_str());
    assert_eq!(
        grants["Grants"][0]["IssuingAccount"],
        "arn:aws:iam::111122223333:root"
    );
    assert_eq!(
        grants["Grants"][0]["Constraints"],
        serde_json::json!({"EncryptionContextSubset": {"app": "web"}})
    );
    // Revoked, the grant stops working in the running server at once.
    let grant_id = grants["Grants"][0]["GrantId"].as_str().unwrap();
    env.ok(&["revoke-grant", "--key-id", &key, "--grant-id", grant_id]);
    let out = python()
        .args([
            "-c",
            "import base64, boto3, sys\n\
             from botocore.exceptions import ClientError\n\
             k = boto3.client('kms', endpoint_url=sys.argv[1], region_name='us-east-1', \
             aws_access_key_id=sys.argv[2], aws_secret_access_key=sys.argv[3])\n\
             try:\n    k.decrypt(CiphertextBlob=base64.b64decode(sys.argv[4]), \
             EncryptionContext={'app': 'web'})\n    print('decrypted')\n\
             except ClientError as e:\n    print(e.response['Error']['Message'])",
            &server.endpoint,
            &bob.key,
            &bob.secret,
            &blob,
        ])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        denial(&bob.arn, "kms:Decrypt", &arn, Why::NoIdentityPolicy),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

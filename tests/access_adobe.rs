//! The Adobe workflow of spec §15 (US3–US12) through the command line, with three access keys:
//! a key administrator and a key user of account 111122223333, and a partner principal of
//! account 444455556666 with an identity policy naming the key. Each may do exactly what its
//! statement says; the partner uses the key by ARN; disabling the key or removing the partner's
//! statement revokes, and undoing either restores.

mod access_support;
mod common;
use access_support::*;
use common::*;

const LOCKOUT: &str =
    "The new key policy will not allow you to update the key policy in the future.";

/// The console's key policy (spec §4.3) for these administrators and users.
fn console_policy(admins: &[&str], users: &[&str]) -> String {
    let admin_actions = r#"["kms:Create*","kms:Describe*","kms:Enable*","kms:List*","kms:Put*","kms:Update*","kms:Revoke*","kms:Disable*","kms:Get*","kms:Delete*","kms:TagResource","kms:UntagResource","kms:ScheduleKeyDeletion","kms:CancelKeyDeletion"]"#;
    let use_actions = r#"["kms:Encrypt","kms:Decrypt","kms:ReEncrypt*","kms:GenerateDataKey*","kms:DescribeKey"]"#;
    policy(&[
        root_statement(),
        statement_for(
            "Allow access for Key Administrators",
            "Allow",
            admins,
            admin_actions,
            "",
        ),
        statement_for("Allow use of the key", "Allow", users, use_actions, ""),
        statement_for(
            "Allow attachment of persistent resources",
            "Allow",
            users,
            r#"["kms:CreateGrant","kms:ListGrants","kms:RevokeGrant"]"#,
            r#"{"Bool":{"kms:GrantIsForAWSResource":"true"}}"#,
        ),
    ])
}

#[test]
fn the_adobe_workflow() {
    let env = Env::new();
    let admin_arn = user_arn("KMSAdminUser");
    let user_arn_ = user_arn("KMSUser");
    let partner_root = format!("arn:aws:iam::{PARTNER}:root");
    // The administrator may create keys and aliases and list them (IAM); nothing else.
    let admin = add(
        &env,
        "admin",
        &admin_arn,
        Some(&identity(
            "Allow",
            r#"["kms:CreateKey","kms:CreateAlias","kms:ListAliases","kms:ListKeys"]"#,
            "*",
            "",
        )),
    );
    let user = add(&env, "user", &user_arn_, None);

    // US9: a policy that leaves the administrator out would lock them out.
    let without_admin = console_policy(&[&user_arn_], &[&user_arn_]);
    let r = run_as(&env, &admin, &["create-key", "--policy", &without_admin]);
    assert_service_err(&r, "CreateKey", "MalformedPolicyDocumentException", LOCKOUT);
    // US3, US4, US5, US9: a symmetric key with description, tags and the console's policy.
    let policy_text = console_policy(&[&admin_arn], &[&user_arn_, &partner_root]);
    let created = ok_as(
        &env,
        &admin,
        &[
            "create-key",
            "--description",
            "Adobe Experience Platform",
            "--tags",
            "TagKey=Adobe,TagValue=Experience-Platform",
            "--policy",
            &policy_text,
        ],
    );
    let key_id = created["KeyMetadata"]["KeyId"]
        .as_str()
        .unwrap()
        .to_string();
    let arn = env.arn(&key_id);
    assert_eq!(created["KeyMetadata"]["KeyUsage"], "ENCRYPT_DECRYPT");
    assert_eq!(created["KeyMetadata"]["Origin"], "AWS_KMS");
    ok_as(
        &env,
        &admin,
        &[
            "create-alias",
            "--alias-name",
            "alias/Adobe-AEP-Key",
            "--target-key-id",
            &key_id,
        ],
    );
    // US10: find the key by alias and copy its ARN.
    let found = run_as(
        &env,
        &admin,
        &[
            "describe-key",
            "--key-id",
            "alias/Adobe-AEP-Key",
            "--query",
            "KeyMetadata.Arn",
            "--output",
            "text",
        ],
    );
    assert_eq!(found.stdout.trim(), arn, "{found:?}");
    // Administrators administer but cannot use the key; users use but cannot administer.
    let r = run_as(
        &env,
        &admin,
        &["encrypt", "--key-id", &key_id, "--plaintext", HELLO],
    );
    assert_denied(
        &r,
        "Encrypt",
        &admin_arn,
        "kms:Encrypt",
        &arn,
        Why::NoIdentityPolicy,
    );
    let blob = ok_as(
        &env,
        &user,
        &[
            "encrypt",
            "--key-id",
            "alias/Adobe-AEP-Key",
            "--plaintext",
            HELLO,
        ],
    )["CiphertextBlob"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        ok_as(&env, &user, &["decrypt", "--ciphertext-blob", &blob])["Plaintext"],
        HELLO
    );
    let r = run_as(
        &env,
        &user,
        &[
            "put-key-policy",
            "--key-id",
            &key_id,
            "--policy",
            &policy_text,
        ],
    );
    assert_denied(
        &r,
        "PutKeyPolicy",
        &user_arn_,
        "kms:PutKeyPolicy",
        &arn,
        Why::NoIdentityPolicy,
    );
    let r = run_as(&env, &user, &["schedule-key-deletion", "--key-id", &key_id]);
    assert_denied(
        &r,
        "ScheduleKeyDeletion",
        &user_arn_,
        "kms:ScheduleKeyDeletion",
        &arn,
        Why::NoIdentityPolicy,
    );
    let r = run_as(&env, &user, &["list-keys"]);
    assert_denied(
        &r,
        "ListKeys",
        &user_arn_,
        "kms:ListKeys",
        "*",
        Why::NoIdentityPolicy,
    );

    // US11: the partner, in its own account, with an IAM policy naming the key ARN.
    let partner_arn = format!("arn:aws:iam::{PARTNER}:role/AdobeAEP");
    let partner = add(
        &env,
        "partner",
        &partner_arn,
        Some(&identity(
            "Allow",
            r#"["kms:Encrypt","kms:Decrypt","kms:ReEncrypt*","kms:GenerateDataKey*","kms:DescribeKey"]"#,
            &arn,
            "",
        )),
    );
    let partner_encrypt = || {
        run_as(
            &env,
            &partner,
            &["encrypt", "--key-id", &arn, "--plaintext", HELLO],
        )
    };
    assert_eq!(partner_encrypt().code, 0);
    assert_eq!(
        ok_as(&env, &partner, &["decrypt", "--ciphertext-blob", &blob])["Plaintext"],
        HELLO
    );
    assert_eq!(
        ok_as(&env, &partner, &["describe-key", "--key-id", &arn])["KeyMetadata"]["KeyId"],
        key_id.as_str()
    );
    // Key IDs and alias names are looked up in the partner's own account.
    let r = run_as(
        &env,
        &partner,
        &["encrypt", "--key-id", &key_id, "--plaintext", HELLO],
    );
    assert_service_err(
        &r,
        "Encrypt",
        "NotFoundException",
        &format!("Key 'arn:aws:kms:us-east-1:{PARTNER}:key/{key_id}' does not exist"),
    );
    let r = run_as(
        &env,
        &partner,
        &["describe-key", "--key-id", "alias/Adobe-AEP-Key"],
    );
    assert_service_err(
        &r,
        "DescribeKey",
        "NotFoundException",
        &format!("Alias arn:aws:kms:us-east-1:{PARTNER}:alias/Adobe-AEP-Key is not found."),
    );
    // The partner's statement is for use only, and grants only for AWS resources.
    let r = run_as(&env, &partner, &["disable-key", "--key-id", &arn]);
    assert_denied(
        &r,
        "DisableKey",
        &partner_arn,
        "kms:DisableKey",
        &arn,
        Why::NoResourcePolicy,
    );
    let r = run_as(
        &env,
        &partner,
        &[
            "create-grant",
            "--key-id",
            &arn,
            "--grantee-principal",
            &partner_arn,
            "--operations",
            "Decrypt",
        ],
    );
    assert_denied(
        &r,
        "CreateGrant",
        &partner_arn,
        "kms:CreateGrant",
        &arn,
        Why::NoResourcePolicy,
    );
    // Another principal of the partner's account, without the IAM policy, gets nothing.
    let stranger = add(
        &env,
        "stranger",
        &format!("arn:aws:iam::{PARTNER}:user/other"),
        None,
    );
    let r = run_as(
        &env,
        &stranger,
        &["encrypt", "--key-id", &arn, "--plaintext", HELLO],
    );
    assert_denied(
        &r,
        "Encrypt",
        &stranger.arn,
        "kms:Encrypt",
        &arn,
        Why::NoIdentityPolicy,
    );

    // US12: disabling the key revokes; enabling restores.
    ok_as(&env, &admin, &["disable-key", "--key-id", &key_id]);
    assert_service_err(
        &partner_encrypt(),
        "Encrypt",
        "DisabledException",
        &format!("{arn} is disabled."),
    );
    ok_as(&env, &admin, &["enable-key", "--key-id", &key_id]);
    assert_eq!(partner_encrypt().code, 0);
    // Removing the partner from the policy revokes at once, old ciphertexts included.
    let current = ok_as(&env, &admin, &["get-key-policy", "--key-id", &key_id])["Policy"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(current, policy_text);
    let without_partner = console_policy(&[&admin_arn], &[&user_arn_]);
    ok_as(
        &env,
        &admin,
        &[
            "put-key-policy",
            "--key-id",
            &key_id,
            "--policy",
            &without_partner,
        ],
    );
    assert_denied(
        &partner_encrypt(),
        "Encrypt",
        &partner_arn,
        "kms:Encrypt",
        &arn,
        Why::NoResourcePolicy,
    );
    let r = run_as(&env, &partner, &["decrypt", "--ciphertext-blob", &blob]);
    assert_denied(
        &r,
        "Decrypt",
        &partner_arn,
        "kms:Decrypt",
        &arn,
        Why::NoResourcePolicy,
    );
    assert_eq!(
        ok_as(&env, &user, &["decrypt", "--ciphertext-blob", &blob])["Plaintext"],
        HELLO
    );
    ok_as(
        &env,
        &admin,
        &[
            "put-key-policy",
            "--key-id",
            &key_id,
            "--policy",
            &policy_text,
        ],
    );
    assert_eq!(partner_encrypt().code, 0);
}

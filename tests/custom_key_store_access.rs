//! Keys in custom key stores under access control and in the audit trail (issue 18: "Aliases,
//! tags, policies, grants and the audit trail work as for any key"), through the command line:
//! a key in a CloudHSM key store (a SoftHSM2 token) and a key in an external key store (the test
//! XKS proxy) each get a key policy naming a user, a grant to another user that allows and, once
//! revoked, no longer allows, an alias and tags; then the audit trail must hold those calls with
//! their callers, GetKeyLastUsage must name the last Decrypt, and `lkms audit verify` must pass.
//! A missing SoftHSM2, openssl or PyKCS11 fails these tests.

mod access_support;
mod common;
mod hsm_setup;
mod key_store_env;
#[path = "audit_support/trail.rs"]
mod trail;
mod xks_fixture;
mod xks_setup;

use access_support::*;
use common::*;
use key_store_env::Cks;
use serde_json::{Value, json};
use trail::*;
// One copy of the SoftHSM2 helpers (xks_fixture's) serves hsm_setup too.
use xks_fixture::softhsm;

/// A key of a connected custom key store, with a policy naming `owner`; `app` is named nowhere.
struct T<'a> {
    c: &'a Cks,
    owner: Who,
    app: Who,
    key: String,
    arn: String,
    /// The base64 plaintext the test encrypts.
    secret: String,
}

/// The encryption context of every ciphertext of the test.
const CTX: &str = "purpose=cks-access";

impl T<'_> {
    /// Runs lkms as `who`, with the key store's environment.
    fn run(&self, who: &Who, args: &[&str]) -> Run {
        let creds = [
            ("AWS_ACCESS_KEY_ID", who.key.as_str()),
            ("AWS_SECRET_ACCESS_KEY", who.secret.as_str()),
        ];
        self.c.run_with(args, &creds)
    }

    /// Runs lkms as `who`, expects success; the JSON output.
    fn ok(&self, who: &Who, args: &[&str]) -> Value {
        let r = self.run(who, args);
        assert_eq!(r.code, 0, "{} {args:?} failed: {r:?}", who.arn);
        if r.stdout.is_empty() {
            Value::Null
        } else {
            r.json()
        }
    }

    /// Asserts that `who` may not do `kms:<op>` on the key: AWS's exact text for a caller that
    /// neither the key policy nor an identity policy nor a grant allows.
    fn denied(&self, who: &Who, args: &[&str], op: &str) {
        let r = self.run(who, args);
        let action = format!("kms:{op}");
        assert_denied(&r, op, &who.arn, &action, &self.arn, Why::NoIdentityPolicy);
    }

    /// The arguments of an Encrypt of the test's plaintext under `key` (an ID or alias).
    fn encrypt_args<'a>(&'a self, key: &'a str) -> [&'a str; 7] {
        let plaintext = &self.secret;
        [
            "encrypt",
            "--key-id",
            key,
            "--plaintext",
            plaintext,
            "--encryption-context",
            CTX,
        ]
    }

    /// `who` encrypts under `key` (an ID or alias); the ciphertext, checked to be the key's.
    fn encrypt(&self, who: &Who, key: &str) -> String {
        let out = self.ok(who, &self.encrypt_args(key));
        assert_eq!(out["KeyId"], self.arn.as_str());
        out["CiphertextBlob"].as_str().unwrap().to_string()
    }

    /// `who` decrypts `blob`; the plaintext and key are checked.
    fn decrypt(&self, who: &Who, blob: &str) {
        let out = self.ok(who, &decrypt_args(blob));
        assert_eq!(out["Plaintext"], self.secret.as_str());
        assert_eq!(out["KeyId"], self.arn.as_str());
    }
}

/// The arguments of a Decrypt of `blob` with the test's context.
fn decrypt_args(blob: &str) -> [&str; 5] {
    [
        "decrypt",
        "--ciphertext-blob",
        blob,
        "--encryption-context",
        CTX,
    ]
}

/// The key policy: the account root may do everything; `owner` may use the key and manage its
/// grants, nothing more.
fn key_policy(owner: &Who) -> String {
    let actions =
        r#"["kms:Encrypt","kms:Decrypt","kms:CreateGrant","kms:ListGrants","kms:RevokeGrant"]"#;
    policy(&[
        root_statement(),
        statement("Owner", "Allow", &owner.arn, actions, ""),
    ])
}

/// Proves policies, grants, an alias, tags and the audit trail on a key of a connected custom
/// key store: `create` are the create-key arguments that put the key in the store, `origin`
/// the key's expected Origin and `label` names this store's alias and tag.
fn policies_grants_aliases_tags_and_audit(c: &Cks, create: &[&str], origin: &str, label: &str) {
    let owner = add(&c.env, "owner", &user_arn("owner"), None);
    let p = key_policy(&owner);
    let mut args = create.to_vec();
    args.extend(["--policy", &p]);
    let key = c.ok(&args)["KeyMetadata"]["KeyId"]
        .as_str()
        .unwrap()
        .to_string();
    let t = T {
        c,
        owner,
        app: add(&c.env, "app", &user_arn("app"), None),
        arn: c.env.arn(&key),
        key,
        secret: b64(format!("kept by {label}").as_bytes()),
    };
    let (key, owner, app) = (t.key.as_str(), &t.owner, &t.app);
    assert_eq!(c.metadata(key)["Origin"], origin);
    assert_eq!(
        c.ok(&["get-key-policy", "--key-id", key])["Policy"],
        p.as_str()
    );

    // The key policy decides: the owner it names may encrypt and decrypt but not tag; the app
    // it does not name may do nothing.
    let blob = t.encrypt(owner, key);
    t.decrypt(owner, &blob);
    let tag = [
        "tag-resource",
        "--key-id",
        key,
        "--tags",
        "TagKey=k,TagValue=v",
    ];
    t.denied(owner, &tag, "TagResource");
    t.denied(app, &t.encrypt_args(key), "Encrypt");
    t.denied(app, &decrypt_args(&blob), "Decrypt");

    // A grant from the owner lets the app encrypt and decrypt, and nothing else.
    let grant = t.ok(
        owner,
        &[
            "create-grant",
            "--key-id",
            key,
            "--grantee-principal",
            &app.arn,
            "--operations",
            "Encrypt",
            "Decrypt",
        ],
    )["GrantId"]
        .as_str()
        .unwrap()
        .to_string();
    let listed = t.ok(owner, &["list-grants", "--key-id", key]);
    assert_eq!(listed["Grants"].as_array().unwrap().len(), 1, "{listed}");
    assert_eq!(listed["Grants"][0]["GrantId"], grant.as_str());
    assert_eq!(listed["Grants"][0]["KeyId"], t.arn.as_str());
    assert_eq!(listed["Grants"][0]["GranteePrincipal"], app.arn.as_str());
    let app_blob = t.encrypt(app, key);
    t.decrypt(app, &blob);
    t.decrypt(owner, &app_blob);
    let data_key = [
        "generate-data-key",
        "--key-id",
        key,
        "--number-of-bytes",
        "16",
    ];
    t.denied(app, &data_key, "GenerateDataKey");

    // Revoked, the grant allows nothing.
    t.ok(
        owner,
        &["revoke-grant", "--key-id", key, "--grant-id", &grant],
    );
    let listed = c.ok(&["list-grants", "--key-id", key]);
    assert_eq!(listed["Grants"], json!([]), "{listed}");
    t.denied(app, &t.encrypt_args(key), "Encrypt");
    t.denied(app, &decrypt_args(&blob), "Decrypt");

    // An alias and tags work on the key (set by the account root).
    let alias = format!("alias/{label}");
    c.ok(&[
        "create-alias",
        "--alias-name",
        &alias,
        "--target-key-id",
        key,
    ]);
    let aliases = c.ok(&["list-aliases", "--key-id", key]);
    assert_eq!(aliases["Aliases"].as_array().unwrap().len(), 1, "{aliases}");
    assert_eq!(aliases["Aliases"][0]["AliasName"], alias.as_str());
    assert_eq!(aliases["Aliases"][0]["TargetKeyId"], key);
    let alias_blob = t.encrypt(owner, &alias);
    let store_tag = format!("TagKey=store,TagValue={label}");
    let team_tag = "TagKey=team,TagValue=payments";
    c.ok(&[
        "tag-resource",
        "--key-id",
        key,
        "--tags",
        &store_tag,
        team_tag,
    ]);
    let tags = c.ok(&["list-resource-tags", "--key-id", key]);
    let expected =
        json!([{"TagKey": "store", "TagValue": label}, {"TagKey": "team", "TagValue": "payments"}]);
    assert_eq!(tags["Tags"], expected, "{tags}");
    // The last use of the key: the owner decrypts what was encrypted by alias.
    t.decrypt(owner, &alias_blob);

    audit_trail(&t, &grant, &alias);
}

/// The audit trail holds the calls on the key with their callers, GetKeyLastUsage names the
/// owner's last Decrypt, and the trail verifies.
fn audit_trail(t: &T, grant: &str, alias: &str) {
    let (c, key, arn, who) = (t.c, t.key.as_str(), &t.arn, t);
    let attr = format!("AttributeKey=ResourceName,AttributeValue={arn}");
    let events = records(&c.env, &["--lookup-attributes", &attr]);
    for e in &events {
        assert!(resource_arns(e).contains(arn), "{e}");
    }
    // Whether each call of `name` by `by` failed, oldest first; each names its caller.
    let calls = |name: &str, by: &Who| -> Vec<bool> {
        events
            .iter()
            .rev()
            .filter(|e| e["eventName"] == name && e["userIdentity"]["arn"] == by.arn.as_str())
            .map(|e| {
                assert_eq!(e["userIdentity"]["type"], "IAMUser", "{e}");
                assert_eq!(e["userIdentity"]["accessKeyId"], by.key.as_str(), "{e}");
                assert_eq!(e["userIdentity"]["accountId"], ACCOUNT, "{e}");
                e.get("errorCode").is_some()
            })
            .collect()
    };
    // The owner: encrypt, decrypt, decrypt of the app's blob, encrypt by alias, last decrypt.
    assert_eq!(calls("Encrypt", &who.owner), [false, false]);
    assert_eq!(calls("Decrypt", &who.owner), [false, false, false]);
    assert_eq!(calls("TagResource", &who.owner), [true]);
    assert_eq!(calls("CreateGrant", &who.owner), [false]);
    assert_eq!(calls("RevokeGrant", &who.owner), [false]);
    // The app: refused, allowed by the grant, refused after the revocation.
    assert_eq!(calls("Encrypt", &who.app), [true, false, true]);
    assert_eq!(calls("Decrypt", &who.app), [true, false, true]);
    assert_eq!(calls("GenerateDataKey", &who.app), [true]);
    let one = |name: &str| -> &Value {
        let found: Vec<&Value> = events.iter().filter(|e| e["eventName"] == name).collect();
        assert_eq!(found.len(), 1, "{name}: {found:?}");
        found[0]
    };
    let created = one("CreateGrant");
    assert_eq!(
        created["requestParameters"]["granteePrincipal"],
        who.app.arn.as_str()
    );
    assert_eq!(
        created["requestParameters"]["operations"],
        json!(["Encrypt", "Decrypt"])
    );
    assert_eq!(created["responseElements"]["grantId"], grant);
    assert_eq!(one("RevokeGrant")["requestParameters"]["grantId"], grant);
    let refused: Vec<&Value> = events
        .iter()
        .filter(|e| e["errorCode"] == "AccessDeniedException" && e["eventName"] == "Encrypt")
        .collect();
    assert_eq!(refused.len(), 2, "{refused:?}");
    assert_eq!(
        refused[0]["errorMessage"],
        denial(&who.app.arn, "kms:Encrypt", arn, Why::NoIdentityPolicy)
    );
    // The root's calls: the key's creation, the alias and the tags.
    for name in ["CreateKey", "CreateAlias", "ListResourceTags"] {
        assert_eq!(
            one(name)["userIdentity"]["arn"],
            format!("arn:aws:iam::{ACCOUNT}:root")
        );
    }
    let by_alias: Vec<&Value> = events
        .iter()
        .filter(|e| e["eventName"] == "Encrypt" && e["requestParameters"]["keyId"] == alias)
        .collect();
    assert_eq!(by_alias.len(), 1, "{events:?}");
    assert_eq!(by_alias[0]["userIdentity"]["arn"], who.owner.arn.as_str());

    // GetKeyLastUsage names the owner's last Decrypt, whose event is in the trail.
    let usage = c.ok(&["get-key-last-usage", "--key-id", key]);
    let last = &usage["KeyLastUsage"];
    assert_eq!(last["Operation"], "Decrypt", "{usage}");
    let id = last["CloudTrailEventId"].as_str().unwrap();
    let newest_decrypt = events.iter().find(|e| e["eventName"] == "Decrypt").unwrap();
    assert_eq!(newest_decrypt["eventID"], id);
    assert_eq!(newest_decrypt["requestID"], last["KmsRequestId"]);
    assert_eq!(
        newest_decrypt["userIdentity"]["arn"],
        who.owner.arn.as_str()
    );
    assert!(
        newest_decrypt.get("errorCode").is_none(),
        "{newest_decrypt}"
    );

    let (code, report) = verify(&c.env);
    assert_eq!(code, 0, "{report}");
    assert_eq!(report["Findings"], json!([]), "{report}");
}

#[test]
fn a_key_in_a_cloudhsm_key_store_obeys_policies_and_grants_and_is_audited() {
    let s = hsm_setup::setup();
    let id = s.create(
        "AccessCloudHSMKeyStore",
        hsm_setup::CLUSTER,
        hsm_setup::PASSWORD,
    );
    s.cks.connect(&id);
    policies_grants_aliases_tags_and_audit(
        &s.cks,
        &[
            "create-key",
            "--origin",
            "AWS_CLOUDHSM",
            "--custom-key-store-id",
            &id,
        ],
        "AWS_CLOUDHSM",
        "in-the-hsm",
    );
}

#[test]
fn a_key_in_an_external_key_store_obeys_policies_and_grants_and_is_audited() {
    let c = xks_setup::cks();
    let id = xks_setup::create(&c, "AccessExternalKeyStore", xks_fixture::PATH);
    c.connect(&id);
    policies_grants_aliases_tags_and_audit(
        &c,
        &[
            "create-key",
            "--origin",
            "EXTERNAL_KEY_STORE",
            "--custom-key-store-id",
            &id,
            "--xks-key-id",
            xks_fixture::KEY,
        ],
        "EXTERNAL_KEY_STORE",
        "in-the-xks",
    );
}

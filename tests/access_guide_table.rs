//! The guide's worked example of policy evaluation (spec §4.7), cell by cell through the
//! command line, with each user's own access key: CMK1's policy enables IAM policies, CMK2's
//! names Alice and Charlie; Alice has no IAM policy, Bob's allows kms:* on every key, Charlie's
//! denies it. `lkms authorize` gives the simulator's word for each cell.

mod access_support;
mod common;
use access_support::*;
use common::*;

#[test]
fn alice_bob_and_charlie() {
    let env = Env::new();
    let every_key = "arn:aws:kms:*:111122223333:key/*";
    let alice = add(&env, "alice", &user_arn("Alice"), None);
    let bob = add(
        &env,
        "bob",
        &user_arn("Bob"),
        Some(&identity("Allow", r#""kms:*""#, every_key, "")),
    );
    let charlie = add(
        &env,
        "charlie",
        &user_arn("Charlie"),
        Some(&identity("Deny", r#""kms:*""#, every_key, "")),
    );
    let cmk1 = env.create_key();
    let cmk2 = key_with_policy(
        &env,
        &policy(&[statement_for(
            "Alice and Charlie",
            "Allow",
            &[&alice.arn, &charlie.arn],
            r#""kms:*""#,
            "",
        )]),
    );
    // (user, key, expected: None = allowed, Some(why) = denied), in the guide's table order.
    let cells = [
        (&alice, &cmk1, Some(Why::NoIdentityPolicy), "implicitDeny"),
        (&alice, &cmk2, None, "allowed"),
        (&bob, &cmk1, None, "allowed"),
        (&bob, &cmk2, Some(Why::NoResourcePolicy), "implicitDeny"),
        (&charlie, &cmk1, Some(Why::ExplicitIdentity), "explicitDeny"),
        (&charlie, &cmk2, Some(Why::ExplicitIdentity), "explicitDeny"),
    ];
    for (who, key, expected, word) in cells {
        let r = run_as(
            &env,
            who,
            &["encrypt", "--key-id", key, "--plaintext", HELLO],
        );
        match expected {
            None => assert_eq!(r.code, 0, "{} on {key}: {r:?}", who.arn),
            Some(why) => assert_denied(&r, "Encrypt", &who.arn, "kms:Encrypt", &env.arn(key), why),
        }
        let sim = env.ok(&[
            "authorize",
            "--principal",
            &who.arn,
            "--action",
            "kms:Encrypt",
            "--key-id",
            key,
        ]);
        assert_eq!(sim["EvalDecision"], word, "{} on {key}: {sim}", who.arn);
        assert_eq!(sim["EvalResourceName"], env.arn(key));
    }
    // What decided, in words.
    let decided = |who: &Who, key: &str| {
        env.ok(&[
            "authorize",
            "--principal",
            &who.arn,
            "--action",
            "kms:Decrypt",
            "--key-id",
            key,
        ])["DecidedBy"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(
        decided(&alice, &cmk2),
        r#"key policy statement "Alice and Charlie""#
    );
    assert_eq!(
        decided(&bob, &cmk1),
        r#"key policy statement "Enable IAM User Permissions" and identity policy "default" statement #1"#
    );
    assert_eq!(
        decided(&charlie, &cmk2),
        r#"identity policy "default" statement #1"#
    );
    assert_eq!(decided(&bob, &cmk2), "no resource-based policy allows it");
    assert_eq!(decided(&alice, &cmk1), "no identity-based policy allows it");
}

#[test]
fn the_lockout_safety_check() {
    let env = Env::new();
    let key = env.create_key();
    let arn = env.arn(&key);
    let alice_only = policy(&[statement(
        "Alice",
        "Allow",
        &user_arn("Alice"),
        r#""kms:*""#,
        "",
    )]);
    let lockout = "The new key policy will not allow you to update the key policy in the future.";
    env.service_err(
        &["put-key-policy", "--key-id", &key, "--policy", &alice_only],
        "PutKeyPolicy",
        "MalformedPolicyDocumentException",
        lockout,
    );
    env.service_err(
        &["create-key", "--policy", &alice_only],
        "CreateKey",
        "MalformedPolicyDocumentException",
        lockout,
    );
    // Principals must be well-formed, bypass or not.
    let group = policy(&[statement(
        "Group",
        "Allow",
        "arn:aws:iam::111122223333:group/Admins",
        r#""kms:*""#,
        "",
    )]);
    env.service_err(
        &[
            "put-key-policy",
            "--key-id",
            &key,
            "--policy",
            &group,
            "--bypass-policy-lockout-safety-check",
        ],
        "PutKeyPolicy",
        "MalformedPolicyDocumentException",
        "Policy contains a statement with one or more invalid principals.",
    );
    // Bypassed, the root is locked out: even reading the policy is refused.
    env.ok(&[
        "put-key-policy",
        "--key-id",
        &key,
        "--policy",
        &alice_only,
        "--bypass-policy-lockout-safety-check",
    ]);
    let r = env.run(&["get-key-policy", "--key-id", &key]);
    assert_denied(
        &r,
        "GetKeyPolicy",
        "arn:aws:iam::111122223333:root",
        "kms:GetKeyPolicy",
        &arn,
        Why::NoResourcePolicy,
    );
    let sim = env.run(&[
        "authorize",
        "--principal",
        "arn:aws:iam::111122223333:root",
        "--action",
        "kms:PutKeyPolicy",
        "--key-id",
        &key,
        "--query",
        "[EvalDecision,DecidedBy]",
        "--output",
        "text",
    ]);
    assert_eq!(
        sim.stdout, "implicitDeny\tno resource-based policy allows it\n",
        "{sim:?}"
    );
}

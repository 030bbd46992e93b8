//! Multi-Region keys (issue 16) through the command line: AWS's error, code and text, for every
//! way a call names the wrong key or Region, or replicates what cannot be replicated.

mod common;
mod mrk_support;
use common::*;
use mrk_support::*;

#[test]
fn region_and_replication_errors() {
    let env = Env::new();
    let id = create_mrk(&env, &[]);
    let err = |region: &str, args: &[&str], op: &str, code: &str, msg: &str| {
        assert_service_err(&at(&env, T0, region, args), op, code, msg);
    };
    // Naming a key in a Region that has no such key, by ID or by another Region's ARN.
    let nf = format!("Key '{}' does not exist", arn_in(REPLICA, &id));
    err(
        REPLICA,
        &["describe-key", "--key-id", &id],
        "DescribeKey",
        "NotFoundException",
        &nf,
    );
    let other = arn_in(PRIMARY, &id);
    err(
        REPLICA,
        &["describe-key", "--key-id", &other],
        "DescribeKey",
        "NotFoundException",
        "Invalid arn us-east-1",
    );
    err(
        REPLICA,
        &[
            "replicate-key",
            "--key-id",
            &other,
            "--replica-region",
            "ap-south-1",
        ],
        "ReplicateKey",
        "NotFoundException",
        "Invalid arn us-east-1",
    );

    // Replicas go to other Regions, one per Region.
    let here = format!("Key '{}' already exists", arn_in(PRIMARY, &id));
    err(
        PRIMARY,
        &[
            "replicate-key",
            "--key-id",
            &id,
            "--replica-region",
            PRIMARY,
        ],
        "ReplicateKey",
        "AlreadyExistsException",
        &here,
    );
    replicate(&env, &id, REPLICA, &[]);
    let there = format!("Key '{}' already exists", arn_in(REPLICA, &id));
    err(
        PRIMARY,
        &[
            "replicate-key",
            "--key-id",
            &id,
            "--replica-region",
            REPLICA,
        ],
        "ReplicateKey",
        "AlreadyExistsException",
        &there,
    );

    // Only a multi-Region primary key replicates.
    let not_primary = format!(
        "{} is not a multi-region primary key.",
        arn_in(REPLICA, &id)
    );
    err(
        REPLICA,
        &[
            "replicate-key",
            "--key-id",
            &id,
            "--replica-region",
            "ap-south-1",
        ],
        "ReplicateKey",
        "UnsupportedOperationException",
        &not_primary,
    );
    let single = ok_at(&env, T0, PRIMARY, &["create-key"])["KeyMetadata"]["KeyId"]
        .as_str()
        .unwrap()
        .to_string();
    let msg = format!(
        "{} is not a multi-region primary key.",
        arn_in(PRIMARY, &single)
    );
    err(
        PRIMARY,
        &[
            "replicate-key",
            "--key-id",
            &single,
            "--replica-region",
            REPLICA,
        ],
        "ReplicateKey",
        "UnsupportedOperationException",
        &msg,
    );

    // The primary's state, the Region's syntax, the tags and the policy are checked.
    ok_at(&env, T0, PRIMARY, &["disable-key", "--key-id", &id]);
    let disabled = format!("{} is disabled.", arn_in(PRIMARY, &id));
    err(
        PRIMARY,
        &[
            "replicate-key",
            "--key-id",
            &id,
            "--replica-region",
            "ap-south-1",
        ],
        "ReplicateKey",
        "DisabledException",
        &disabled,
    );
    ok_at(&env, T0, PRIMARY, &["enable-key", "--key-id", &id]);
    let bad = "1 validation error detected: Value 'Mars' at 'replicaRegion' failed to satisfy constraint: Member must satisfy regular expression pattern: ^([a-z]+-){2,3}\\d+$";
    err(
        PRIMARY,
        &["replicate-key", "--key-id", &id, "--replica-region", "Mars"],
        "ReplicateKey",
        "ValidationException",
        bad,
    );
    err(
        PRIMARY,
        &[
            "replicate-key",
            "--key-id",
            &id,
            "--replica-region",
            "ap-south-1",
            "--tags",
            "TagKey=aws:x,TagValue=y",
        ],
        "ReplicateKey",
        "TagException",
        "Tags beginning with aws: are reserved",
    );
    let r = at(
        &env,
        T0,
        PRIMARY,
        &[
            "replicate-key",
            "--key-id",
            &id,
            "--replica-region",
            "ap-south-1",
            "--policy",
            "{",
        ],
    );
    assert!(
        r.stderr.contains("(MalformedPolicyDocumentException)"),
        "{r:?}"
    );
    // A replica being created cannot be used as the source of anything.
    let creating = format!("{} is creating.", arn_in(REPLICA, &id));
    err(
        REPLICA,
        &["disable-key", "--key-id", &id],
        "DisableKey",
        "KMSInvalidStateException",
        &creating,
    );
    // Multi-Region keys cannot live in a custom key store.
    err(
        PRIMARY,
        &[
            "create-key",
            "--multi-region",
            "--origin",
            "AWS_CLOUDHSM",
            "--custom-key-store-id",
            "cks-1234567890abcdef0",
        ],
        "CreateKey",
        "UnsupportedOperationException",
        "You cannot create a multi-Region key in a custom key store.",
    );
    // No failed call left a replica behind.
    assert!(
        !env.keystore()
            .join(format!("keys/ap-south-1/{id}.json"))
            .exists()
    );
}

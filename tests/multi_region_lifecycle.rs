//! Multi-Region keys (issue 16) over their lives, through the command line: UpdatePrimaryRegion
//! and its Updating state, and rotation of the primary reaching every replica.

mod common;
mod mrk_support;
use common::*;
use mrk_support::*;
use serde_json::{Value, json};

fn upr<'a>(id: &'a str, target: &'a str) -> [&'a str; 5] {
    [
        "update-primary-region",
        "--key-id",
        id,
        "--primary-region",
        target,
    ]
}

fn key_type(md: &Value) -> (&str, &str, &str) {
    let c = &md["MultiRegionConfiguration"];
    (
        md["KeyState"].as_str().unwrap(),
        c["MultiRegionKeyType"].as_str().unwrap(),
        c["PrimaryKey"]["Region"].as_str().unwrap(),
    )
}

#[test]
fn update_primary_region_round_trip() {
    let env = Env::new();
    let id = create_mrk(&env, &[]);
    replicate(&env, &id, REPLICA, &[]);
    replicate(&env, &id, THIRD, &[]);
    let op = "UpdatePrimaryRegion";
    let not_primary = format!(
        "{} is not a multi-region primary key.",
        arn_in(REPLICA, &id)
    );
    err(
        &env,
        T1,
        REPLICA,
        &upr(&id, THIRD),
        op,
        "UnsupportedOperationException",
        &not_primary,
    );
    let already = format!(
        "{} is already the primary key in us-east-1.",
        arn_in(PRIMARY, &id)
    );
    err(
        &env,
        T1,
        PRIMARY,
        &upr(&id, PRIMARY),
        op,
        "UnsupportedOperationException",
        &already,
    );
    let none = format!("Key '{}' does not exist", arn_in("ap-south-1", &id));
    err(
        &env,
        T1,
        PRIMARY,
        &upr(&id, "ap-south-1"),
        op,
        "NotFoundException",
        &none,
    );
    ok_at(&env, T1, REPLICA, &["disable-key", "--key-id", &id]);
    let disabled = format!("{} is disabled.", arn_in(REPLICA, &id));
    err(
        &env,
        T1,
        PRIMARY,
        &upr(&id, REPLICA),
        op,
        "DisabledException",
        &disabled,
    );
    ok_at(&env, T1, REPLICA, &["enable-key", "--key-id", &id]);

    let r = at(&env, T1, PRIMARY, &upr(&id, REPLICA));
    assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{r:?}");
    // Updating: both keys still encrypt and decrypt, but are not managed.
    assert_eq!(
        key_type(&describe(&env, T1, PRIMARY, &id)),
        ("Updating", "REPLICA", REPLICA)
    );
    assert_eq!(
        key_type(&describe(&env, T1, REPLICA, &id)),
        ("Updating", "PRIMARY", REPLICA)
    );
    assert_eq!(
        key_type(&describe(&env, T1, THIRD, &id)),
        ("Enabled", "REPLICA", REPLICA)
    );
    let ct = ok_at(
        &env,
        T1,
        PRIMARY,
        &["encrypt", "--key-id", &id, "--plaintext", "dXA="],
    )["CiphertextBlob"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        ok_at(&env, T1, REPLICA, &["decrypt", "--ciphertext-blob", &ct])["Plaintext"],
        "dXA="
    );
    let updating = |region| format!("{} is updating.", arn_in(region, &id));
    err(
        &env,
        T1,
        PRIMARY,
        &["disable-key", "--key-id", &id],
        "DisableKey",
        "KMSInvalidStateException",
        &updating(PRIMARY),
    );
    err(
        &env,
        T1,
        REPLICA,
        &[
            "replicate-key",
            "--key-id",
            &id,
            "--replica-region",
            "ap-south-1",
        ],
        "ReplicateKey",
        "KMSInvalidStateException",
        &updating(REPLICA),
    );

    // Settled: the roles are swapped, every ARN is the same, the third replica follows.
    let md = describe(&env, T2, PRIMARY, &id);
    assert_eq!(key_type(&md), ("Enabled", "REPLICA", REPLICA));
    assert_eq!(md["Arn"], arn_in(PRIMARY, &id));
    let md = describe(&env, T2, REPLICA, &id);
    assert_eq!(key_type(&md), ("Enabled", "PRIMARY", REPLICA));
    let regions: Vec<&str> = md["MultiRegionConfiguration"]["ReplicaKeys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["Region"].as_str().unwrap())
        .collect();
    assert_eq!(regions, [THIRD, PRIMARY]);
    err(
        &env,
        T2,
        PRIMARY,
        &["enable-key-rotation", "--key-id", &id],
        "EnableKeyRotation",
        "UnsupportedOperationException",
        &format!(
            "{} is not a multi-region primary key.",
            arn_in(PRIMARY, &id)
        ),
    );

    // And back again.
    ok_at(&env, T2, REPLICA, &upr(&id, PRIMARY));
    let later = "2030-01-01T00:00:20Z";
    assert_eq!(
        key_type(&describe(&env, later, PRIMARY, &id)),
        ("Enabled", "PRIMARY", PRIMARY)
    );
    assert_eq!(
        key_type(&describe(&env, later, REPLICA, &id)),
        ("Enabled", "REPLICA", PRIMARY)
    );
    assert_eq!(
        key_type(&describe(&env, later, THIRD, &id)),
        ("Enabled", "REPLICA", PRIMARY)
    );
}

#[test]
fn rotation_of_the_primary_reaches_every_replica() {
    let env = Env::new();
    let id = create_mrk(&env, &[]);
    replicate(&env, &id, REPLICA, &[]);
    let first = current(&env, T1, REPLICA, &id);
    let not_primary = format!(
        "{} is not a multi-region primary key.",
        arn_in(REPLICA, &id)
    );
    for (args, op) in [
        (
            vec!["enable-key-rotation", "--key-id", &id],
            "EnableKeyRotation",
        ),
        (
            vec!["disable-key-rotation", "--key-id", &id],
            "DisableKeyRotation",
        ),
        (
            vec!["rotate-key-on-demand", "--key-id", &id],
            "RotateKeyOnDemand",
        ),
    ] {
        err(
            &env,
            T1,
            REPLICA,
            &args,
            op,
            "UnsupportedOperationException",
            &not_primary,
        );
    }

    // On demand: the new material is current in both Regions, and old ciphertexts still open.
    let old = ok_at(
        &env,
        T1,
        REPLICA,
        &["encrypt", "--key-id", &id, "--plaintext", "b2xk"],
    )["CiphertextBlob"]
        .as_str()
        .unwrap()
        .to_string();
    ok_at(
        &env,
        T1,
        PRIMARY,
        &["rotate-key-on-demand", "--key-id", &id],
    );
    let second = current(&env, T1, REPLICA, &id);
    assert_ne!(second, first);
    assert_eq!(current(&env, T1, PRIMARY, &id), second);
    assert_eq!(
        ok_at(&env, T1, PRIMARY, &["decrypt", "--ciphertext-blob", &old])["KeyMaterialId"],
        first
    );
    let rotations =
        ok_at(&env, T1, REPLICA, &["list-key-rotations", "--key-id", &id])["Rotations"].clone();
    assert_eq!(rotations[0]["KeyMaterialId"], second);
    assert_eq!(rotations[0]["RotationType"], "ON_DEMAND");

    // Automatic: the setting is shared, and whichever Region is used first after the date sees
    // the rotation in both.
    ok_at(
        &env,
        T1,
        PRIMARY,
        &[
            "enable-key-rotation",
            "--key-id",
            &id,
            "--rotation-period-in-days",
            "90",
        ],
    );
    let status = |region| {
        ok_at(
            &env,
            T1,
            region,
            &["get-key-rotation-status", "--key-id", &id],
        )
    };
    let (p, r) = (status(PRIMARY), status(REPLICA));
    assert_eq!(
        (&r["KeyRotationEnabled"], &r["RotationPeriodInDays"]),
        (&json!(true), &json!(90))
    );
    assert_eq!(p["NextRotationDate"], r["NextRotationDate"]);
    let after = "2030-04-02T00:00:00Z";
    let third = current(&env, after, REPLICA, &id);
    assert!(third != second && third != first);
    assert_eq!(current(&env, after, PRIMARY, &id), third);
    let rotations = ok_at(
        &env,
        after,
        PRIMARY,
        &["list-key-rotations", "--key-id", &id],
    )["Rotations"]
        .clone();
    assert_eq!(rotations[1]["RotationType"], "AUTOMATIC");
    assert_eq!(rotations[1]["KeyMaterialId"], third);
}

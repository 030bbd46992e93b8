//! Multi-Region keys (issue 16) through the command line: deleting a primary waits for its
//! replicas (PendingReplicaDeletion), and imported material must be imported into every Region.

mod common;
mod mrk_support;
use common::*;
use mrk_support::*;
use serde_json::json;

#[test]
fn deleting_a_primary_waits_for_its_replicas() {
    let env = Env::new();
    let id = create_mrk(&env, &[]);
    replicate(&env, &id, REPLICA, &[]);
    let schedule = [
        "schedule-key-deletion",
        "--key-id",
        &id,
        "--pending-window-in-days",
        "7",
    ];
    let v = ok_at(&env, T1, PRIMARY, &schedule);
    assert_eq!(
        v,
        json!({"KeyId": arn_in(PRIMARY, &id), "KeyState": "PendingReplicaDeletion", "PendingWindowInDays": 7})
    );
    let md = describe(&env, T1, PRIMARY, &id);
    assert_eq!(
        (&md["KeyState"], &md["Enabled"]),
        (&json!("PendingReplicaDeletion"), &json!(false))
    );
    assert_eq!(md["PendingDeletionWindowInDays"], 7);
    assert!(md.get("DeletionDate").is_none());
    let pending = format!("{} is pending deletion.", arn_in(PRIMARY, &id));
    err(
        &env,
        T1,
        PRIMARY,
        &schedule,
        "ScheduleKeyDeletion",
        "KMSInvalidStateException",
        &pending,
    );
    err(
        &env,
        T1,
        PRIMARY,
        &["replicate-key", "--key-id", &id, "--replica-region", THIRD],
        "ReplicateKey",
        "KMSInvalidStateException",
        &pending,
    );
    // The replica is unaffected; the primary's deletion can be cancelled.
    ok_at(
        &env,
        T1,
        REPLICA,
        &["encrypt", "--key-id", &id, "--plaintext", "eA=="],
    );
    assert_eq!(
        ok_at(&env, T1, PRIMARY, &["cancel-key-deletion", "--key-id", &id])["KeyId"],
        arn_in(PRIMARY, &id)
    );
    assert_eq!(describe(&env, T1, PRIMARY, &id)["KeyState"], "Disabled");

    // Scheduled again, with the replica: the primary's 7 days start when the replica goes.
    ok_at(&env, T1, PRIMARY, &schedule);
    let v = ok_at(&env, T1, REPLICA, &schedule);
    assert_eq!(v["DeletionDate"], "2030-01-09T00:00:00+00:00");
    let md = describe(&env, "2030-01-09T00:00:01Z", PRIMARY, &id);
    assert_eq!(md["KeyState"], "PendingDeletion");
    assert_eq!(md["DeletionDate"], "2030-01-16T00:00:00+00:00");
    assert_eq!(md["MultiRegionConfiguration"]["ReplicaKeys"], json!([]));
    let gone = |region| format!("Key '{}' does not exist", arn_in(region, &id));
    err(
        &env,
        "2030-01-09T00:00:01Z",
        REPLICA,
        &["describe-key", "--key-id", &id],
        "DescribeKey",
        "NotFoundException",
        &gone(REPLICA),
    );
    err(
        &env,
        "2030-01-16T00:00:01Z",
        PRIMARY,
        &["describe-key", "--key-id", &id],
        "DescribeKey",
        "NotFoundException",
        &gone(PRIMARY),
    );

    // A replica is deleted on its own; the Region can then take a new replica.
    let id = create_mrk(&env, &[]);
    replicate(&env, &id, REPLICA, &[]);
    ok_at(
        &env,
        T1,
        REPLICA,
        &[
            "schedule-key-deletion",
            "--key-id",
            &id,
            "--pending-window-in-days",
            "7",
        ],
    );
    let later = "2030-01-10T00:00:00Z";
    let md = describe(&env, later, PRIMARY, &id);
    assert_eq!(
        (
            &md["KeyState"],
            &md["MultiRegionConfiguration"]["ReplicaKeys"]
        ),
        (&json!("Enabled"), &json!([]))
    );
    let v = ok_at(
        &env,
        later,
        PRIMARY,
        &[
            "replicate-key",
            "--key-id",
            &id,
            "--replica-region",
            REPLICA,
        ],
    );
    assert_eq!(v["ReplicaKeyMetadata"]["KeyState"], "Creating");
}

/// Wraps 32 bytes of material for `key` in `region` (RSAES_OAEP_SHA_256) and imports it.
fn import(env: &Env, region: &str, id: &str, material: &std::path::Path, extra: &[&str]) -> Run {
    let p = ok_at(
        env,
        T1,
        region,
        &[
            "get-parameters-for-import",
            "--key-id",
            id,
            "--wrapping-algorithm",
            "RSAES_OAEP_SHA_256",
            "--wrapping-key-spec",
            "RSA_2048",
        ],
    );
    let public = env.file(
        &format!("pub-{region}.der"),
        &unb64(p["PublicKey"].as_str().unwrap()),
    );
    let token = env.file(
        &format!("token-{region}.bin"),
        &unb64(p["ImportToken"].as_str().unwrap()),
    );
    let wrapped = env.dir.path().join(format!("wrapped-{region}.bin"));
    let s = |p: &std::path::Path| p.to_str().unwrap().to_string();
    openssl(&[
        "pkeyutl",
        "-encrypt",
        "-pubin",
        "-keyform",
        "DER",
        "-inkey",
        &s(&public),
        "-in",
        &s(material),
        "-out",
        &s(&wrapped),
        "-pkeyopt",
        "rsa_padding_mode:oaep",
        "-pkeyopt",
        "rsa_oaep_md:sha256",
        "-pkeyopt",
        "rsa_mgf1_md:sha256",
    ]);
    let (token, wrapped) = (
        format!("fileb://{}", s(&token)),
        format!("fileb://{}", s(&wrapped)),
    );
    let mut args = vec![
        "import-key-material",
        "--key-id",
        id,
        "--import-token",
        &token,
        "--encrypted-key-material",
        &wrapped,
        "--expiration-model",
        "KEY_MATERIAL_DOES_NOT_EXPIRE",
    ];
    args.extend(extra);
    at(env, T1, region, &args)
}

#[test]
fn imported_material_is_imported_into_every_replica() {
    let env = Env::new();
    let id = create_mrk(&env, &["--origin", "EXTERNAL"]);
    let material = env.file("material.bin", &[7u8; 32]);
    let other = env.file("other.bin", &[9u8; 32]);
    assert_eq!(import(&env, PRIMARY, &id, &material, &[]).code, 0);
    replicate(&env, &id, REPLICA, &[]);
    let creating = format!("{} is creating.", arn_in(REPLICA, &id));
    let gpi = [
        "get-parameters-for-import",
        "--key-id",
        &id,
        "--wrapping-algorithm",
        "RSAES_OAEP_SHA_256",
        "--wrapping-key-spec",
        "RSA_2048",
    ];
    err(
        &env,
        T0,
        REPLICA,
        &gpi,
        "GetParametersForImport",
        "KMSInvalidStateException",
        &creating,
    );
    assert_eq!(
        describe(&env, T1, REPLICA, &id)["KeyState"],
        "PendingImport"
    );

    let r = import(&env, REPLICA, &id, &other, &[]);
    let msg = format!(
        "The key material is not associated with {}.",
        arn_in(REPLICA, &id)
    );
    assert_service_err(
        &r,
        "ImportKeyMaterial",
        "IncorrectKeyMaterialException",
        &msg,
    );
    let r = import(
        &env,
        REPLICA,
        &id,
        &material,
        &["--import-type", "NEW_KEY_MATERIAL"],
    );
    let msg = format!(
        "{} is not a multi-region primary key.",
        arn_in(REPLICA, &id)
    );
    assert_service_err(
        &r,
        "ImportKeyMaterial",
        "UnsupportedOperationException",
        &msg,
    );
    let r = import(&env, REPLICA, &id, &material, &[]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(
        r.json()["KeyMaterialId"],
        describe(&env, T1, PRIMARY, &id)["CurrentKeyMaterialId"]
    );
    assert_eq!(describe(&env, T1, REPLICA, &id)["KeyState"], "Enabled");
    let ct = ok_at(
        &env,
        T1,
        PRIMARY,
        &["encrypt", "--key-id", &id, "--plaintext", "aW1w"],
    )["CiphertextBlob"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        ok_at(&env, T1, REPLICA, &["decrypt", "--ciphertext-blob", &ct])["Plaintext"],
        "aW1w"
    );

    // New material enters at the primary, waits for every replica, then rotates everywhere.
    let next = env.file("next.bin", &[8u8; 32]);
    assert_eq!(
        import(
            &env,
            PRIMARY,
            &id,
            &next,
            &["--import-type", "NEW_KEY_MATERIAL"]
        )
        .code,
        0
    );
    let state = |region| {
        let v = ok_at(
            &env,
            T1,
            region,
            &[
                "list-key-rotations",
                "--key-id",
                &id,
                "--include-key-material",
                "ALL_KEY_MATERIAL",
            ],
        );
        v["Rotations"][1]["KeyMaterialState"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(state(PRIMARY), "PENDING_MULTI_REGION_IMPORT_AND_ROTATION");
    let r = at(
        &env,
        T1,
        PRIMARY,
        &["rotate-key-on-demand", "--key-id", &id],
    );
    assert!(
        r.stderr.contains("(KMSInvalidStateException)") && r.stderr.contains("every replica key"),
        "{r:?}"
    );
    assert_eq!(import(&env, REPLICA, &id, &next, &[]).code, 0);
    assert_eq!(state(PRIMARY), "PENDING_ROTATION");
    ok_at(
        &env,
        T1,
        PRIMARY,
        &["rotate-key-on-demand", "--key-id", &id],
    );
    assert_eq!(
        current(&env, T1, REPLICA, &id),
        current(&env, T1, PRIMARY, &id)
    );
    assert_eq!(state(REPLICA), "CURRENT");
}

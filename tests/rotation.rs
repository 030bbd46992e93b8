//! enable-key-rotation, disable-key-rotation, get-key-rotation-status, rotate-key-on-demand,
//! list-key-rotations, and automatic rotation when the clock passes the rotation date.

mod common;
use common::*;
use serde_json::Value;

fn iso_secs(v: &Value) -> i64 {
    time::OffsetDateTime::parse(
        v.as_str().unwrap(),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap()
    .unix_timestamp()
}

fn now_secs() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

fn current_material(env: &Env, id: &str, at: Option<&str>) -> String {
    let args = ["describe-key", "--key-id", id];
    let r = match at {
        Some(t) => env.run_env(&args, &[("LKMS_NOW", t)]),
        None => env.run(&args),
    };
    assert_eq!(r.code, 0, "{r:?}");
    r.json()["KeyMetadata"]["CurrentKeyMaterialId"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn rotation_status_and_periods() {
    let env = Env::new();
    let id = env.create_key();
    let off = env.ok(&["get-key-rotation-status", "--key-id", &id]);
    assert_eq!(
        off,
        serde_json::json!({"KeyRotationEnabled": false, "KeyId": id})
    );
    let r = env.run(&["enable-key-rotation", "--key-id", &id]);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{r:?}");
    let on = env.ok(&["get-key-rotation-status", "--key-id", &env.arn(&id)]);
    assert_eq!(
        on.as_object().unwrap().keys().collect::<Vec<_>>(),
        [
            "KeyRotationEnabled",
            "KeyId",
            "RotationPeriodInDays",
            "NextRotationDate"
        ]
    );
    assert_eq!(on["KeyRotationEnabled"], true);
    assert_eq!(on["RotationPeriodInDays"], 365);
    let next = iso_secs(&on["NextRotationDate"]);
    assert!((next - (now_secs() + 365 * 86_400)).abs() < 120, "{on}");

    env.ok(&[
        "enable-key-rotation",
        "--key-id",
        &id,
        "--rotation-period-in-days",
        "90",
    ]);
    let on = env.ok(&["get-key-rotation-status", "--key-id", &id]);
    assert_eq!(on["RotationPeriodInDays"], 90);
    assert!((iso_secs(&on["NextRotationDate"]) - (now_secs() + 90 * 86_400)).abs() < 120);
    for (days, msg) in [
        (
            "89",
            "Value '89' at 'rotationPeriodInDays' failed to satisfy constraint: Member must have value greater than or equal to 90",
        ),
        (
            "2561",
            "Value '2561' at 'rotationPeriodInDays' failed to satisfy constraint: Member must have value less than or equal to 2560",
        ),
    ] {
        env.service_err(
            &[
                "enable-key-rotation",
                "--key-id",
                &id,
                "--rotation-period-in-days",
                days,
            ],
            "EnableKeyRotation",
            "ValidationException",
            &format!("1 validation error detected: {msg}"),
        );
    }
    env.ok(&[
        "enable-key-rotation",
        "--key-id",
        &id,
        "--rotation-period-in-days",
        "2560",
    ]);
    env.ok(&["disable-key-rotation", "--key-id", &id]);
    assert_eq!(
        env.ok(&["get-key-rotation-status", "--key-id", &id]),
        serde_json::json!({"KeyRotationEnabled": false, "KeyId": id})
    );
}

#[test]
fn automatic_rotation_happens_when_the_clock_passes_the_date() {
    let env = Env::new();
    let id = env.create_key();
    let first = current_material(&env, &id, None);
    let old_ct = env.encrypt(&id, b"before rotation");
    env.ok(&[
        "enable-key-rotation",
        "--key-id",
        &id,
        "--rotation-period-in-days",
        "90",
    ]);
    let next = iso_secs(&env.ok(&["get-key-rotation-status", "--key-id", &id])["NextRotationDate"]);
    let before = (next - 10).to_string();
    let after = (next + 10).to_string();
    assert_eq!(
        current_material(&env, &id, Some(&before)),
        first,
        "not yet due"
    );
    let second = current_material(&env, &id, Some(&after));
    assert_ne!(second, first, "rotated once the date passed");
    // The rotation stays made when the clock is read normally again.
    assert_eq!(current_material(&env, &id, None), second);
    let rot = env.ok(&["list-key-rotations", "--key-id", &id]);
    let list = rot["Rotations"].as_array().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(
        list[0].as_object().unwrap().keys().collect::<Vec<_>>(),
        [
            "KeyId",
            "KeyMaterialId",
            "KeyMaterialState",
            "RotationDate",
            "RotationType"
        ]
    );
    assert_eq!(list[0]["KeyMaterialId"], second.as_str());
    assert_eq!(list[0]["KeyMaterialState"], "CURRENT");
    assert_eq!(list[0]["RotationType"], "AUTOMATIC");
    assert_eq!(iso_secs(&list[0]["RotationDate"]), next);
    let status = env.ok(&["get-key-rotation-status", "--key-id", &id]);
    assert_eq!(iso_secs(&status["NextRotationDate"]), next + 90 * 86_400);
    // Old ciphertexts decrypt with the old material; new ones use the new material.
    let d = env.ok(&["decrypt", "--ciphertext-blob", &old_ct]);
    assert_eq!(unb64(d["Plaintext"].as_str().unwrap()), b"before rotation");
    assert_eq!(d["KeyMaterialId"], first.as_str());
    let new_ct = env.encrypt(&id, b"after");
    assert_eq!(
        env.ok(&["decrypt", "--ciphertext-blob", &new_ct])["KeyMaterialId"],
        second.as_str()
    );
    let all = env.ok(&[
        "list-key-rotations",
        "--key-id",
        &id,
        "--include-key-material",
        "ALL_KEY_MATERIAL",
    ]);
    let all = all["Rotations"].as_array().unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all[0]["KeyMaterialId"], first.as_str());
    assert_eq!(all[0]["KeyMaterialState"], "NON_CURRENT");
    assert!(all[0].get("RotationDate").is_none() && all[0].get("RotationType").is_none());

    // Three more periods later, three more rotations.
    let much_later = (next + 3 * 90 * 86_400 + 10).to_string();
    current_material(&env, &id, Some(&much_later));
    assert_eq!(
        env.ok(&["list-key-rotations", "--key-id", &id])["Rotations"]
            .as_array()
            .unwrap()
            .len(),
        4
    );
}

#[test]
fn no_automatic_rotation_while_disabled_or_pending_deletion() {
    let env = Env::new();
    let id = env.create_key();
    let first = current_material(&env, &id, None);
    env.ok(&[
        "enable-key-rotation",
        "--key-id",
        &id,
        "--rotation-period-in-days",
        "90",
    ]);
    let next = iso_secs(&env.ok(&["get-key-rotation-status", "--key-id", &id])["NextRotationDate"]);
    let after = (next + 10).to_string();
    env.ok(&["disable-key", "--key-id", &id]);
    assert_eq!(current_material(&env, &id, Some(&after)), first);
    // Back to Enabled past the date: the overdue rotation is made at the next access.
    let r = env.run_env(&["enable-key", "--key-id", &id], &[("LKMS_NOW", &after)]);
    assert_eq!(r.code, 0);
    assert_ne!(current_material(&env, &id, Some(&after)), first);

    let id = env.create_key();
    env.ok(&["enable-key-rotation", "--key-id", &id]);
    env.ok(&[
        "schedule-key-deletion",
        "--key-id",
        &id,
        "--pending-window-in-days",
        "30",
    ]);
    assert_eq!(
        env.ok(&["get-key-rotation-status", "--key-id", &id]),
        serde_json::json!({"KeyRotationEnabled": false, "KeyId": id})
    );
    env.ok(&["cancel-key-deletion", "--key-id", &id]);
    assert_eq!(
        env.ok(&["get-key-rotation-status", "--key-id", &id])["KeyRotationEnabled"],
        true,
        "restored after cancel"
    );
}

#[test]
fn on_demand_rotation_eleven_material_versions_all_decrypt() {
    let env = Env::new();
    let id = env.create_key();
    let mut cts = vec![(env.encrypt(&id, b"v0"), current_material(&env, &id, None))];
    for i in 1..=10 {
        let v = env.ok(&["rotate-key-on-demand", "--key-id", &id]);
        assert_eq!(v, serde_json::json!({"KeyId": env.arn(&id)}));
        let material = current_material(&env, &id, None);
        assert!(
            cts.iter().all(|(_, m)| *m != material),
            "rotation {i} made new material"
        );
        cts.push((env.encrypt(&id, format!("v{i}").as_bytes()), material));
    }
    env.service_err(
        &["rotate-key-on-demand", "--key-id", &id],
        "RotateKeyOnDemand",
        "LimitExceededException",
        &format!(
            "The on-demand rotations limit has been reached for the given keyId. No more \
             on-demand rotations can be performed for this key: {}",
            env.arn(&id)
        ),
    );
    for (i, (ct, material)) in cts.iter().enumerate() {
        let d = env.ok(&["decrypt", "--ciphertext-blob", ct]);
        assert_eq!(
            unb64(d["Plaintext"].as_str().unwrap()),
            format!("v{i}").as_bytes()
        );
        assert_eq!(d["KeyMaterialId"], material.as_str());
    }
    let rotations = env.ok(&["list-key-rotations", "--key-id", &id]);
    let list = rotations["Rotations"].as_array().unwrap();
    assert_eq!(list.len(), 10);
    assert!(list.iter().all(|r| r["RotationType"] == "ON_DEMAND"));
    assert_eq!(
        list.iter()
            .filter(|r| r["KeyMaterialState"] == "CURRENT")
            .count(),
        1
    );
    assert_eq!(list[9]["KeyMaterialState"], "CURRENT");
    let p1 = env.ok(&["list-key-rotations", "--key-id", &id, "--limit", "4"]);
    assert_eq!(p1["Rotations"].as_array().unwrap().len(), 4);
    assert_eq!(p1["Truncated"], true);
    let p2 = env.ok(&[
        "list-key-rotations",
        "--key-id",
        &id,
        "--limit",
        "4",
        "--marker",
        p1["NextMarker"].as_str().unwrap(),
    ]);
    assert_eq!(
        p2["Rotations"][0]["KeyMaterialId"],
        list[4]["KeyMaterialId"]
    );
    // Re-encrypt from an old version to the current one.
    let re = env.ok(&[
        "re-encrypt",
        "--ciphertext-blob",
        &cts[0].0,
        "--destination-key-id",
        &id,
    ]);
    assert_eq!(re["SourceKeyMaterialId"], cts[0].1.as_str());
    assert_eq!(re["DestinationKeyMaterialId"], cts[10].1.as_str());
    env.service_err(
        &[
            "list-key-rotations",
            "--key-id",
            &id,
            "--include-key-material",
            "SOME",
        ],
        "ListKeyRotations",
        "ValidationException",
        "1 validation error detected: Value 'SOME' at 'includeKeyMaterial' failed to satisfy \
         constraint: Member must satisfy enum value set: [ALL_KEY_MATERIAL, ROTATIONS_ONLY]",
    );
}

#[test]
fn rotation_refusals_by_origin_and_state() {
    let env = Env::new();
    let ext = env.create_external_key();
    let unsupported = format!(
        "{} origin is EXTERNAL which is not valid for this operation.",
        env.arn(&ext)
    );
    for (cmd, op) in [
        ("enable-key-rotation", "EnableKeyRotation"),
        ("disable-key-rotation", "DisableKeyRotation"),
        ("get-key-rotation-status", "GetKeyRotationStatus"),
    ] {
        env.service_err(
            &[cmd, "--key-id", &ext],
            op,
            "UnsupportedOperationException",
            &unsupported,
        );
    }
    // Imported keys rotate on demand only (to newly imported material; tests/import.rs), and
    // list their materials; without material there is neither.
    env.service_err(
        &["rotate-key-on-demand", "--key-id", &ext],
        "RotateKeyOnDemand",
        "KMSInvalidStateException",
        &format!("{} is pending import.", env.arn(&ext)),
    );
    assert_eq!(
        env.ok(&["list-key-rotations", "--key-id", &ext]),
        serde_json::json!({"Rotations": []})
    );
    let disabled = env.create_key();
    env.ok(&["disable-key", "--key-id", &disabled]);
    let pending = env.create_key();
    env.ok(&[
        "schedule-key-deletion",
        "--key-id",
        &pending,
        "--pending-window-in-days",
        "7",
    ]);
    for (cmd, op) in [
        ("enable-key-rotation", "EnableKeyRotation"),
        ("disable-key-rotation", "DisableKeyRotation"),
        ("rotate-key-on-demand", "RotateKeyOnDemand"),
    ] {
        env.service_err(
            &[cmd, "--key-id", &disabled],
            op,
            "DisabledException",
            &format!("{} is disabled.", env.arn(&disabled)),
        );
        env.service_err(
            &[cmd, "--key-id", &pending],
            op,
            "KMSInvalidStateException",
            &format!("{} is pending deletion.", env.arn(&pending)),
        );
    }
    // Status and listing work in every state of an AWS_KMS key.
    for id in [&disabled, &pending] {
        env.ok(&["get-key-rotation-status", "--key-id", id]);
        env.ok(&["list-key-rotations", "--key-id", id]);
    }
}

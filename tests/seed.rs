//! Seed files (issue 15, item 13): `lkms keystore seed --file`, `LKMS_SEED_FILE` on first use and
//! `lkms keystore export-seed`, with fixed key IDs and material, idempotent, all or nothing.

mod common;
use common::*;
use serde_json::{Value, json};
use std::path::Path;

const SYM: &str = "1234abcd-12ab-34cd-56ef-1234567890ab";
const ECC: &str = "0987dcba-09fe-87dc-65ba-ab0987654321";
const MAC: &str = "11111111-2222-4333-8444-555555555555";

fn ec_pem(env: &Env) -> String {
    let pem = env.dir.path().join("ec.pem");
    openssl(&[
        "genpkey",
        "-algorithm",
        "EC",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-out",
        &pem.display().to_string(),
    ]);
    std::fs::read_to_string(pem).unwrap()
}

fn fixture(pem: &str) -> Value {
    json!({"LkmsSeed": 1, "Keys": [
        {"KeyId": SYM, "Description": "orders", "CreationDate": "2024-01-02T03:04:05Z",
         "Aliases": ["alias/orders", "alias/orders-old"],
         "Tags": [{"TagKey": "team", "TagValue": "payments"}],
         "KeyRotation": {"Enabled": true, "RotationPeriodInDays": 180},
         "KeyMaterial": b64(&[5u8; 32])},
        {"KeyId": ECC, "KeySpec": "ECC_NIST_P256", "KeyUsage": "SIGN_VERIFY", "Origin": "EXTERNAL",
         "KeyMaterial": pem},
        {"KeyId": MAC, "KeySpec": "HMAC_256", "KeyUsage": "GENERATE_VERIFY_MAC", "Enabled": false,
         "Policy": {"Version": "2012-10-17", "Statement": [{"Sid": "Root", "Effect": "Allow",
            "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*",
            "Resource": "*"}]}},
    ]})
}

fn seed(env: &Env, file: &Path) -> Value {
    env.ok(&["keystore", "seed", "--file", &file.display().to_string()])
}

#[test]
fn a_seed_makes_the_keys_it_describes_and_is_idempotent() {
    let env = Env::new();
    let pem = ec_pem(&env);
    let file = env.file("seed.json", fixture(&pem).to_string().as_bytes());
    assert_eq!(
        seed(&env, &file),
        json!({"Created": [SYM, ECC, MAC], "Updated": [], "Unchanged": []})
    );
    let md = env.ok(&["describe-key", "--key-id", "alias/orders"])["KeyMetadata"].clone();
    assert_eq!(md["KeyId"], SYM);
    assert_eq!(md["Description"], "orders");
    assert_eq!(md["CreationDate"], "2024-01-02T03:04:05+00:00");
    assert_eq!(env.state(MAC), "Disabled");
    let ecc = env.ok(&["describe-key", "--key-id", ECC])["KeyMetadata"].clone();
    assert_eq!(
        (ecc["Origin"].as_str(), ecc["KeyState"].as_str()),
        (Some("EXTERNAL"), Some("Enabled"))
    );
    let rotation = env.ok(&["get-key-rotation-status", "--key-id", SYM]);
    assert_eq!(rotation["RotationPeriodInDays"], 180);
    assert_eq!(
        env.ok(&["list-resource-tags", "--key-id", SYM])["Tags"],
        json!([{"TagKey": "team", "TagValue": "payments"}])
    );
    let policy = env.ok(&["get-key-policy", "--key-id", MAC])["Policy"].clone();
    assert!(
        policy.as_str().unwrap().contains("\"Sid\":\"Root\""),
        "{policy}"
    );
    // The same material in another keystore seeded from the same file: its ciphertexts and
    // signatures work across.
    let other = Env::new();
    seed(&other, &file);
    let blob = env.encrypt(SYM, b"fixed material");
    let v = other.ok(&["decrypt", "--ciphertext-blob", &blob]);
    assert_eq!(unb64(v["Plaintext"].as_str().unwrap()), b"fixed material");
    let sig = env.ok(&[
        "sign",
        "--key-id",
        ECC,
        "--message",
        "aGk=",
        "--message-type",
        "RAW",
        "--signing-algorithm",
        "ECDSA_SHA_256",
    ])["Signature"]
        .as_str()
        .unwrap()
        .to_string();
    other.ok(&[
        "verify",
        "--key-id",
        ECC,
        "--message",
        "aGk=",
        "--message-type",
        "RAW",
        "--signing-algorithm",
        "ECDSA_SHA_256",
        "--signature",
        &sig,
    ]);
    // A second run changes nothing; after changes, a run restores the file's description.
    assert_eq!(
        seed(&env, &file),
        json!({"Created": [], "Updated": [], "Unchanged": [SYM, ECC, MAC]})
    );
    env.ok(&[
        "tag-resource",
        "--key-id",
        SYM,
        "--tags",
        "TagKey=extra,TagValue=1",
    ]);
    env.ok(&[
        "update-alias",
        "--alias-name",
        "alias/orders-old",
        "--target-key-id",
        MAC,
    ]);
    env.ok(&["enable-key", "--key-id", MAC]);
    assert_eq!(
        seed(&env, &file),
        json!({"Created": [], "Updated": [SYM, MAC], "Unchanged": [ECC]})
    );
    assert_eq!(env.state(MAC), "Disabled");
    assert_eq!(
        env.ok(&["describe-key", "--key-id", "alias/orders-old"])["KeyMetadata"]["KeyId"],
        SYM
    );
    assert_eq!(
        env.ok(&["list-resource-tags", "--key-id", SYM])["Tags"],
        json!([{"TagKey": "team", "TagValue": "payments"}])
    );
}

#[test]
fn a_bad_seed_changes_nothing_and_names_the_field() {
    let env = Env::new();
    let path = |name: &str| env.dir.path().join(name).display().to_string();
    let cases = [
        (
            "bad-spec.json",
            json!({"LkmsSeed": 1, "Keys": [{"KeyId": SYM}, {"KeyId": ECC, "KeySpec": "RSA_1024"}]}),
            "Keys[1].KeySpec: 'RSA_1024' is not a key spec lkms makes",
        ),
        (
            "bad-tag.json",
            json!({"LkmsSeed": 1, "Keys": [{"KeyId": SYM, "Tags": [{"TagKey": "aws:x", "TagValue": ""}]}]}),
            "Keys[0].Tags: Tags beginning with aws: are reserved",
        ),
        (
            "bad-material.json",
            json!({"LkmsSeed": 1, "Keys": [{"KeyId": ECC, "KeySpec": "ECC_NIST_P256",
                "KeyUsage": "SIGN_VERIFY", "KeyMaterial": "not a pem"}]}),
            "Keys[0].KeyMaterial: key pairs take a PEM private key (-----BEGIN PRIVATE KEY-----, PKCS#8)",
        ),
        (
            "bad-field.json",
            json!({"LkmsSeed": 1, "Keys": [{"KeyId": SYM, "Rotation": true}]}),
            "Keys[0].Rotation: unknown field; expected one of KeyId, KeySpec, KeyUsage, Origin, \
             Description, Enabled, CreationDate, Policy, Tags, Aliases, KeyRotation, KeyMaterial, \
             KeyMaterialId",
        ),
    ];
    for (name, doc, fault) in cases {
        env.file(name, doc.to_string().as_bytes());
        let r = env.run(&["keystore", "seed", "--file", &path(name)]);
        assert_eq!(r.code, 252, "{r:?}");
        assert_eq!(
            r.stderr,
            param_err_text(&format!("{}: {fault}", path(name)))
        );
    }
    env.file("not-json.json", b"{");
    let r = env.run(&["keystore", "seed", "--file", &path("not-json.json")]);
    assert_eq!(r.code, 252);
    assert!(r.stderr.starts_with(&format!(
        "\naws: [ERROR]: An error occurred (ParamValidation): {}: not a JSON seed file: ",
        path("not-json.json")
    )));
    assert_eq!(
        env.ok(&["list-keys"])["Keys"],
        json!([]),
        "nothing was created"
    );
    // A key that exists with another key spec refuses the whole file, before anything is written.
    env.file(
        "one.json",
        json!({"LkmsSeed": 1, "Keys": [{"KeyId": ECC}]})
            .to_string()
            .as_bytes(),
    );
    env.ok(&["keystore", "seed", "--file", &path("one.json")]);
    let clash = json!({"LkmsSeed": 1, "Keys": [
        {"KeyId": SYM, "Aliases": ["alias/new"]},
        {"KeyId": ECC, "KeySpec": "HMAC_256", "KeyUsage": "GENERATE_VERIFY_MAC"},
    ]});
    env.file("clash.json", clash.to_string().as_bytes());
    let r = env.run(&["keystore", "seed", "--file", &path("clash.json")]);
    assert_eq!(r.code, 252);
    assert_eq!(
        r.stderr,
        format!(
            "\naws: [ERROR]: An error occurred (ParamValidation): {}: Keys[1].KeySpec: {ECC} already exists with KeySpec SYMMETRIC_DEFAULT, not HMAC_256\n",
            path("clash.json")
        )
    );
    assert_eq!(env.ok(&["list-keys", "--query", "length(Keys)"]), json!(1));
    // The predefined alias/aws/… lines have no target.
    assert_eq!(
        env.ok(&["list-aliases", "--query", "Aliases[?TargetKeyId]"]),
        json!([])
    );
}

#[test]
fn export_seed_round_trips_and_keeps_material_secret_unless_asked() {
    let env = Env::new();
    let pem = ec_pem(&env);
    let file = env.file("seed.json", fixture(&pem).to_string().as_bytes());
    seed(&env, &file);
    // A key lkms made, with material lkms generated and a ciphertext under it.
    let made = env.create_key();
    let made_blob = env.encrypt(&made, b"generated material");
    let plain = env.run(&["keystore", "export-seed"]);
    assert_eq!(plain.code, 0, "{plain:?}");
    let doc: Value = serde_json::from_str(&plain.stdout).unwrap();
    assert_eq!(doc["LkmsSeed"], 1);
    assert!(doc.get("ContainsKeyMaterial").is_none());
    assert!(!plain.stdout.contains("KeyMaterial"), "{}", plain.stdout);
    let sym = doc["Keys"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["KeyId"] == SYM)
        .unwrap()
        .clone();
    assert_eq!(sym["Aliases"], json!(["alias/orders", "alias/orders-old"]));
    assert_eq!(
        sym["KeyRotation"],
        json!({"Enabled": true, "RotationPeriodInDays": 180})
    );
    assert_eq!(sym["CreationDate"], "2024-01-02T03:04:05Z");
    // With material: only to a file, which is the owner's alone and says what it holds.
    let r = env.run(&["keystore", "export-seed", "--include-key-material"]);
    assert_eq!(r.code, 252);
    let secret = env.dir.path().join("secret.json");
    std::fs::write(&secret, b"").unwrap();
    env.ok(&[
        "keystore",
        "export-seed",
        "--include-key-material",
        "--file",
        &secret.display().to_string(),
    ]);
    use std::os::unix::fs::PermissionsExt as _;
    let mode = std::fs::metadata(&secret).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let full: Value = serde_json::from_slice(&std::fs::read(&secret).unwrap()).unwrap();
    assert_eq!(full["ContainsKeyMaterial"], true);
    // Seeding another keystore from the export gives the same keys and the same material.
    let other = Env::new();
    assert_eq!(
        seed(&other, &secret)["Created"].as_array().unwrap().len(),
        4
    );
    let blob = env.encrypt("alias/orders", b"exported");
    for (blob, text) in [
        (&blob, &b"exported"[..]),
        (&made_blob, b"generated material"),
    ] {
        let v = other.ok(&["decrypt", "--ciphertext-blob", blob]);
        assert_eq!(unb64(v["Plaintext"].as_str().unwrap()), text);
    }
    assert_eq!(
        seed(&other, &secret)["Unchanged"].as_array().unwrap().len(),
        4
    );
    // The same key ID with other material is refused, naming the field.
    let mut changed = full.clone();
    let index = full["Keys"]
        .as_array()
        .unwrap()
        .iter()
        .position(|k| k["KeyId"] == SYM)
        .unwrap();
    changed["Keys"][index]["KeyMaterial"] = json!(b64(&[6u8; 32]));
    let changed_file = other.file("changed.json", changed.to_string().as_bytes());
    let r = other.run(&["keystore", "seed", "--file", changed_file.to_str().unwrap()]);
    assert_eq!(r.code, 252);
    assert_eq!(
        r.stderr,
        format!(
            "\naws: [ERROR]: An error occurred (ParamValidation): {}: Keys[{index}].KeyMaterial: {SYM} already exists with other key material\n",
            changed_file.display()
        )
    );
}

#[test]
fn lkms_seed_file_seeds_a_keystore_on_first_use_only() {
    let env = Env::new();
    let file = env.file(
        "seed.json",
        json!({"LkmsSeed": 1, "Keys": [{"KeyId": SYM, "Aliases": ["alias/first"]}]})
            .to_string()
            .as_bytes(),
    );
    let vars = [("LKMS_SEED_FILE", file.to_str().unwrap())];
    let r = env.run_env(&["describe-key", "--key-id", "alias/first"], &vars);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.json()["KeyMetadata"]["KeyId"], SYM);
    // Later uses leave the keystore as it is, even when the file changes.
    env.ok(&["delete-alias", "--alias-name", "alias/first"]);
    let r = env.run_env(&["list-aliases", "--query", "Aliases[?TargetKeyId]"], &vars);
    assert_eq!(r.json(), json!([]));
    // A bad file on first use is reported with the variable and the field.
    let fresh = Env::new();
    let bad = fresh.file(
        "bad.json",
        br#"{"LkmsSeed": 1, "Keys": [{"KeyId": "nope"}]}"#,
    );
    let r = fresh.run_env(&["list-keys"], &[("LKMS_SEED_FILE", bad.to_str().unwrap())]);
    assert_eq!(r.code, 253, "{r:?}");
    assert_eq!(
        r.stderr,
        format!(
            "\naws: [ERROR]: An error occurred (Configuration): LKMS_SEED_FILE: {0}: Keys[0].KeyId: 'nope' is not a key ID (a UUID); the new \
             keystore is unseeded: fix the file and run `lkms keystore seed --file {0}`\n",
            bad.display()
        )
    );
}

/// The README's seed walk-through runs as written and prints what it says.
#[test]
fn the_readme_seed_walkthrough_runs() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = readme
        .split("## Seed files: a known keystore for tests")
        .nth(1)
        .unwrap();
    let start = section.find("```sh\n").unwrap() + "```sh\n".len();
    let script = &section[start..start + section[start..].find("```").unwrap()];
    let dir = tempfile::TempDir::new().unwrap();
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_lkms"))
        .parent()
        .unwrap();
    let out = std::process::Command::new("bash")
        .args(["-c", &format!("set -e\n{script}")])
        .current_dir(dir.path())
        .env_clear()
        .env(
            "PATH",
            format!(
                "{}:{}",
                bin.display(),
                std::env::var("PATH").unwrap_or_default()
            ),
        )
        .env("HOME", dir.path())
        .env("XDG_CONFIG_HOME", dir.path().join("config"))
        .env("TMPDIR", dir.path())
        .env("LKMS_NO_KEYRING", "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(stdout, format!("{SYM}\n{SYM}\naGk=\n"));
}

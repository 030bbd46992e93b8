//! AWS CLI v2's YAML request input: `--cli-input-yaml` and `--generate-cli-skeleton yaml-input`.

mod common;

use common::*;
use serde_json::{Value, json};

#[test]
fn the_yaml_skeleton_is_laid_out_as_the_aws_cli_writes_it() {
    let env = Env::new();
    let r = env.run(&["tag-resource", "--generate-cli-skeleton", "yaml-input"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(
        r.stdout,
        "KeyId: ''  # [REQUIRED]\nTags: # [REQUIRED]\n- TagKey: ''  # [REQUIRED]\n  TagValue: '' \
         # [REQUIRED]\n"
    );
    let r = env.run(&[
        "import-key-material",
        "--generate-cli-skeleton",
        "yaml-input",
    ]);
    assert!(
        r.stdout.starts_with(
            "KeyId: ''  # [REQUIRED]\nImportToken: !!binary '' # [REQUIRED]\nEncryptedKeyMaterial: \
             !!binary '' # [REQUIRED]\nValidTo: 1970-01-01 00:00:00\nExpirationModel: \
             KEY_MATERIAL_EXPIRES # Valid values are: KEY_MATERIAL_EXPIRES, \
             KEY_MATERIAL_DOES_NOT_EXPIRE.\n"
        ),
        "{}",
        r.stdout
    );
}

/// The member names at every level of a skeleton, for comparing the YAML one with the JSON one.
fn shape_of(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            Value::Object(m.iter().map(|(k, v)| (k.clone(), shape_of(v))).collect())
        }
        Value::Array(items) => Value::Array(items.iter().map(shape_of).collect()),
        _ => Value::Null,
    }
}

#[test]
fn every_yaml_skeleton_is_yaml_with_the_json_skeletons_members() {
    let env = Env::new();
    let python = aws_cli_python("yaml").expect("a python with PyYAML (the aws CLI's own)");
    let ops: Vec<String> = command_names(&env)
        .into_iter()
        .filter(|op| env.run(&[op, "--generate-cli-skeleton"]).code == 0)
        .collect();
    assert!(ops.len() > 50, "{ops:?}");
    for op in &ops {
        let op = op.as_str();
        let yaml = env.run(&[op, "--generate-cli-skeleton", "yaml-input"]);
        assert_eq!(yaml.code, 0, "{op}: {yaml:?}");
        let loaded = std::process::Command::new(&python)
            .args([
                "-c",
                "import sys, yaml, json; print(json.dumps(yaml.safe_load(sys.stdin), default=str))",
            ])
            .stdin(std::fs::File::open(env.file("skeleton.yaml", yaml.stdout.as_bytes())).unwrap())
            .output()
            .unwrap();
        assert!(loaded.status.success(), "{op}: {loaded:?}\n{}", yaml.stdout);
        let from_yaml: Value = serde_json::from_slice(&loaded.stdout).unwrap();
        let from_json = env.ok(&[op, "--generate-cli-skeleton"]);
        assert_eq!(
            shape_of(&from_yaml),
            shape_of(&from_json),
            "{op}:\n{}",
            yaml.stdout
        );
    }
}

#[test]
fn a_request_written_in_yaml_runs_and_flags_override_it() {
    let env = Env::new();
    let file = env.file(
        "create.yaml",
        b"Description: from yaml  # a comment\nKeySpec: ECC_NIST_P256\nKeyUsage: SIGN_VERIFY\n\
          Tags:\n- TagKey: team\n  TagValue: kms\n",
    );
    let input = format!("file://{}", file.display());
    let md = &env.ok(&[
        "create-key",
        "--cli-input-yaml",
        &input,
        "--description",
        "flag",
    ])["KeyMetadata"];
    assert_eq!(
        (md["Description"].as_str(), md["KeySpec"].as_str()),
        (Some("flag"), Some("ECC_NIST_P256"))
    );
    let tags = env.ok(&[
        "list-resource-tags",
        "--key-id",
        md["KeyId"].as_str().unwrap(),
    ]);
    assert_eq!(tags["Tags"], json!([{"TagKey": "team", "TagValue": "kms"}]));
    // A blob written as YAML binary, inline.
    let key = env.create_key();
    let blob = env.ok(&[
        "encrypt",
        "--cli-input-yaml",
        &format!("{{KeyId: {key}, Plaintext: !!binary aGVsbG8=}}"),
    ])["CiphertextBlob"]
        .as_str()
        .unwrap()
        .to_string();
    let plain = env.ok(&["decrypt", "--ciphertext-blob", &blob])["Plaintext"].clone();
    assert_eq!(plain, json!("aGVsbG8="));
    // A time as the YAML skeleton writes it (no zone: UTC) reaches the service.
    let external = env.create_external_key();
    let r = env.run(&[
        "import-key-material",
        "--cli-input-yaml",
        &format!(
            "KeyId: {external}\nImportToken: AA==\nEncryptedKeyMaterial: AA==\nValidTo: 2030-01-01 00:00:00\nExpirationModel: KEY_MATERIAL_EXPIRES\n"
        ),
    ]);
    assert_eq!(r.code, 254, "{r:?}");
    assert!(
        r.stderr.contains("(ValidationException)")
            || r.stderr.contains("(InvalidImportTokenException)"),
        "{r:?}"
    );
}

#[test]
fn bad_yaml_input_is_refused_as_the_aws_cli_refuses_it() {
    let env = Env::new();
    let refused = |args: &[&str], message: &str| {
        let r = env.run(args);
        assert_eq!((r.code, r.stdout.as_str()), (252, ""), "{r:?}");
        assert_eq!(r.stderr, param_err_text(message), "{args:?}");
    };
    refused(
        &["encrypt", "--cli-input-yaml", "KeyId: ["],
        "Error parsing parameter 'cli-input-yaml': Invalid YAML received.",
    );
    refused(
        &["encrypt", "--cli-input-yaml", "[a, b]"],
        "Error parsing parameter '--cli-input-yaml': Invalid type: expecting map, received <class 'list'>",
    );
    refused(
        &[
            "encrypt",
            "--cli-input-yaml",
            "KeyId: k",
            "--cli-input-json",
            "{}",
        ],
        "Only one --cli-input- parameter may be specified.",
    );
    refused(
        &["encrypt", "--cli-input-yaml", "KeyId: k\nBogus: 1\n"],
        "Parameter validation failed:\nMissing required parameter in input: \"Plaintext\"\nUnknown \
         parameter in input: \"Bogus\", must be one of: KeyId, Plaintext, EncryptionContext, \
         GrantTokens, EncryptionAlgorithm, DryRun",
    );
}

//! The AWS CLI v2 conventions (shared/spec/aws-cli-conventions.md) applied by lkms: argument
//! syntax, --cli-input-json, skeletons, paging tokens, output formats, configuration files,
//! and the `aws kms` / `lkms kms` drop-in forms. `--debug` shows the request each call makes
//! (sensitive members redacted), which is how these tests see the parsed request.

mod common;
use common::*;
use serde_json::{Value, json};

/// The request lkms made, read from `--debug`.
fn request(r: &Run) -> Value {
    let line = r
        .stderr
        .lines()
        .find_map(|l| l.strip_prefix("lkms: calling ").map(String::from))
        .unwrap_or_else(|| panic!("no request in {r:?}"));
    let (_, json) = line.split_once(" with ").unwrap();
    serde_json::from_str(json).unwrap()
}

#[test]
fn shorthand_json_and_lists_give_the_same_request() {
    let env = Env::new();
    let forms: [&[&str]; 3] = [
        &["--encryption-context", "k1=v1,k2=v2"],
        &["--encryption-context", r#"{"k1":"v1","k2":"v2"}"#],
        &[
            "--cli-input-json",
            r#"{"EncryptionContext":{"k1":"v1","k2":"v2"}}"#,
        ],
    ];
    for form in forms {
        let mut args = vec!["decrypt", "--ciphertext-blob", "AAAA", "--debug"];
        args.extend_from_slice(form);
        let r = env.run(&args);
        assert_eq!(
            request(&r)["EncryptionContext"],
            json!({"k1": "v1", "k2": "v2"}),
            "{form:?}"
        );
    }
    let r = env.run(&[
        "create-grant",
        "--key-id",
        "k",
        "--grantee-principal",
        "arn:aws:iam::111122223333:root",
        "--operations",
        "Encrypt",
        "Decrypt",
        "--constraints",
        "EncryptionContextSubset={k=v}",
        "--grant-tokens",
        "tokA",
        "tokB",
        "--debug",
    ]);
    let req = request(&r);
    assert_eq!(req["Operations"], json!(["Encrypt", "Decrypt"]));
    assert_eq!(
        req["Constraints"],
        json!({"EncryptionContextSubset": {"k": "v"}})
    );
    assert_eq!(req["GrantTokens"], json!(["tokA", "tokB"]));
    let r = env.run(&[
        "create-grant",
        "--key-id",
        "k",
        "--grantee-principal",
        "p",
        "--operations",
        r#"["Encrypt"]"#,
        "--grant-tokens",
        "tokA,tokB",
        "--debug",
    ]);
    assert_eq!(
        request(&r)["GrantTokens"],
        json!(["tokA,tokB"]),
        "commas do not split list values"
    );
    assert_eq!(request(&r)["Operations"], json!(["Encrypt"]));
    let r = env.run(&[
        "tag-resource",
        "--key-id",
        "k",
        "--tags",
        "TagKey=k1,TagValue=v1",
        "TagKey=k2,TagValue=",
        "--debug",
    ]);
    assert_eq!(
        request(&r)["Tags"],
        json!([{"TagKey": "k1", "TagValue": "v1"}, {"TagKey": "k2", "TagValue": ""}])
    );
}

#[test]
fn typed_values() {
    let env = Env::new();
    // Timestamps: ISO 8601 and epoch seconds both become epoch seconds on the wire.
    for t in ["2030-01-02T03:04:05Z", "1893553445"] {
        let r = env.run(&[
            "import-key-material",
            "--key-id",
            "k",
            "--import-token",
            "AA==",
            "--encrypted-key-material",
            "AA==",
            "--valid-to",
            t,
            "--debug",
        ]);
        assert_eq!(request(&r)["ValidTo"], json!(1893553445.0), "{t}");
        assert_eq!(r.code, 254);
    }
    let r = env.run(&[
        "import-key-material",
        "--key-id",
        "k",
        "--import-token",
        "AA==",
        "--encrypted-key-material",
        "AA==",
        "--valid-to",
        "soon",
    ]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            252,
            "\naws: [ERROR]: An error occurred (ParamValidation): Parameter validation failed:\nInvalid timestamp value for parameter ValidTo: 'soon'\n"
        )
    );
    // Booleans are flag pairs.
    let r = env.run(&[
        "create-key",
        "--bypass-policy-lockout-safety-check",
        "--no-multi-region",
        "--debug",
        "--output",
        "off",
    ]);
    assert_eq!(
        request(&r),
        json!({"BypassPolicyLockoutSafetyCheck": true, "MultiRegion": false})
    );
    let r = env.run(&["create-key", "--multi-region", "false"]);
    assert_eq!(r.code, 252);
    // Integers are checked.
    let r = env.run(&["generate-random", "--number-of-bytes", "ten"]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            252,
            "\naws: [ERROR]: An error occurred (ParamValidation): Error parsing parameter '--number-of-bytes': invalid literal for int() with base 10: 'ten'\n"
        )
    );
    // Types inside structures.
    let r = env.run(&[
        "tag-resource",
        "--key-id",
        "k",
        "--tags",
        "TagKey=a,TagValue=b,c",
    ]);
    assert_eq!(r.code, 252);
    assert_eq!(
        r.stderr,
        "\naws: [ERROR]: An error occurred (ParamValidation): Parameter validation failed:\nInvalid type for parameter Tags[0].TagValue, value: ['b', 'c'], type: <class 'list'>, valid types: <class 'str'>\n"
    );
    let r = env.run(&[
        "encrypt",
        "--cli-input-json",
        r#"{"KeyId": 5, "Plaintext": "AA=="}"#,
    ]);
    assert_eq!(
        r.stderr,
        "\naws: [ERROR]: An error occurred (ParamValidation): Parameter validation failed:\nInvalid type for parameter KeyId, value: 5, type: <class 'int'>, valid types: <class 'str'>\n"
    );
}

#[test]
fn cli_input_json_merges_with_flags() {
    let env = Env::new();
    let id = env.create_key();
    let input = env.file(
        "in.json",
        format!(r#"{{"KeyId": "{id}", "Plaintext": "aGk=", "EncryptionContext": {{"a": "b"}}}}"#)
            .as_bytes(),
    );
    let v = env.ok(&[
        "encrypt",
        "--cli-input-json",
        &format!("file://{}", input.display()),
    ]);
    assert_eq!(v["KeyId"], env.arn(&id));
    let r = env.run(&[
        "encrypt",
        "--cli-input-json",
        &format!("file://{}", input.display()),
        "--encryption-context",
        "a=c",
        "--debug",
    ]);
    assert_eq!(
        request(&r)["EncryptionContext"],
        json!({"a": "c"}),
        "flags win"
    );
    assert_eq!(r.code, 0);
    let r = env.run(&[
        "encrypt",
        "--cli-input-json",
        r#"{"KeyId":"k","Plaintext":"AA==","Bogus":1}"#,
    ]);
    assert_eq!(r.code, 252);
    assert_eq!(
        r.stderr,
        "\naws: [ERROR]: An error occurred (ParamValidation): Parameter validation failed:\nUnknown parameter in input: \"Bogus\", must be one of: KeyId, Plaintext, EncryptionContext, GrantTokens, EncryptionAlgorithm, DryRun\n"
    );
    let r = env.run(&["encrypt", "--cli-input-json", r#"{"KeyId":"k"}"#]);
    assert_eq!(
        r.stderr,
        "\naws: [ERROR]: An error occurred (ParamValidation): Parameter validation failed:\nMissing required parameter in input: \"Plaintext\"\n"
    );
    // AWS CLI v2's words for input that is not JSON, or not an object.
    let r = env.run(&["encrypt", "--cli-input-json", "{oops"]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            252,
            "\naws: [ERROR]: An error occurred (ParamValidation): Error parsing parameter \
             'cli-input-json': Invalid JSON received.\n"
        )
    );
    let r = env.run(&["encrypt", "--cli-input-json", "[1]"]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            252,
            "\naws: [ERROR]: An error occurred (ParamValidation): Error parsing parameter \
             '--cli-input-json': Invalid type: expecting map, received <class 'list'>\n"
        )
    );
}

#[test]
fn skeletons() {
    let env = Env::new();
    let r = env.run(&["tag-resource", "--generate-cli-skeleton"]);
    assert_eq!(r.code, 0);
    assert_eq!(
        r.stdout,
        "{\n    \"KeyId\": \"\",\n    \"Tags\": [\n        {\n            \"TagKey\": \"\",\n            \"TagValue\": \"\"\n        }\n    ]\n}\n"
    );
    let v = env.ok(&["encrypt", "--generate-cli-skeleton", "input"]);
    assert_eq!(v["Plaintext"], Value::Null);
    assert_eq!(v["EncryptionContext"], json!({"KeyName": ""}));
    assert_eq!(v["DryRun"], true);
    // A response skeleton checks the request first, then names each string after its member.
    let r = env.run(&["describe-key", "--generate-cli-skeleton", "output"]);
    assert_eq!(
        (r.code, r.stderr),
        (
            252,
            param_err_text(&format!(
                "the following arguments are required: --key-id\n\n{USAGE}"
            ))
        )
    );
    let v = env.ok(&[
        "describe-key",
        "--key-id",
        "k",
        "--generate-cli-skeleton",
        "output",
    ]);
    assert_eq!(v["KeyMetadata"]["KeyState"], "KeyState");
    assert_eq!(v["KeyMetadata"]["CreationDate"], "1970-01-01T00:00:00");
    assert_eq!(
        v["KeyMetadata"]["EncryptionAlgorithms"],
        json!(["EncryptionAlgorithmSpec"])
    );
    let v = env.ok(&[
        "encrypt",
        "--key-id",
        "k",
        "--plaintext",
        "aGk=",
        "--generate-cli-skeleton",
        "output",
    ]);
    assert_eq!(
        v,
        json!({"CiphertextBlob": null, "KeyId": "KeyId", "EncryptionAlgorithm": "EncryptionAlgorithm"})
    );
    assert!(!env.keystore().exists(), "a skeleton makes no call");
}

#[test]
fn paging_tokens() {
    let env = Env::new();
    let mut ids: Vec<String> = (0..5).map(|_| env.create_key()).collect();
    ids.sort();
    let page = env.ok(&["list-keys", "--max-items", "2"]);
    let got: Vec<&str> = page["Keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["KeyId"].as_str().unwrap())
        .collect();
    assert_eq!(got, [ids[0].as_str(), ids[1].as_str()]);
    let token = page["NextToken"].as_str().unwrap().to_string();
    let page2 = env.ok(&[
        "list-keys",
        "--max-items",
        "2",
        "--starting-token",
        &token,
        "--page-size",
        "3",
    ]);
    let got: Vec<&str> = page2["Keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["KeyId"].as_str().unwrap())
        .collect();
    assert_eq!(got, [ids[2].as_str(), ids[3].as_str()]);
    let rest = env.ok(&[
        "list-keys",
        "--starting-token",
        page2["NextToken"].as_str().unwrap(),
    ]);
    assert_eq!(rest["Keys"].as_array().unwrap().len(), 1);
    assert!(rest.get("NextToken").is_none());
    let all = env.ok(&["list-keys", "--max-items", "5"]);
    assert!(all.get("NextToken").is_none());
    let r = env.run(&["list-keys", "--no-paginate", "--max-items", "1"]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            252,
            "\naws: [ERROR]: An error occurred (ParamValidation): Error during pagination: Cannot specify --no-paginate along with pagination arguments: --max-items\n"
        )
    );
    let r = env.run(&["list-keys", "--starting-token", "garbage!"]);
    assert_eq!(r.code, 252);
}

#[test]
fn output_formats() {
    let env = Env::new();
    let id = env.create_key();
    let y = env.run(&["describe-key", "--key-id", &id, "--output", "yaml"]);
    assert!(
        y.stdout
            .starts_with("KeyMetadata:\n  AWSAccountId: \"111122223333\"\n"),
        "{}",
        y.stdout
    );
    assert!(y.stdout.contains("  Enabled: true\n"));
    let ys = env.run(&["describe-key", "--key-id", &id, "--output", "yaml-stream"]);
    assert!(ys.stdout.starts_with("- KeyMetadata:\n"), "{}", ys.stdout);
    let t = env.run(&["describe-key", "--key-id", &id, "--output", "table"]);
    let lines: Vec<&str> = t.stdout.lines().collect();
    assert!(
        lines[1].contains("DescribeKey") && lines[3].contains("KeyMetadata"),
        "{}",
        t.stdout
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("||  KeyState ") && l.contains("Enabled")),
        "{}",
        t.stdout
    );
    assert!(
        lines
            .iter()
            .all(|l| l.chars().count() == lines[0].chars().count())
    );
    let r = env.run(&["describe-key", "--key-id", &id, "--output", "xml"]);
    assert_eq!(r.code, 252);
}

fn config(env: &Env, text: &str) -> String {
    env.file("aws-config", text.as_bytes())
        .display()
        .to_string()
}

#[test]
fn configuration_file_and_profiles() {
    let env = Env::new();
    let cfg = config(
        &env,
        "[default]\nregion = us-east-1\n\n[profile dev]\nregion = eu-west-1\noutput = text\ncli_binary_format = raw-in-base64-out\n",
    );
    let id = env.create_key();
    let r = env.run_env(
        &[
            "create-key",
            "--profile",
            "dev",
            "--query",
            "KeyMetadata.Arn",
        ],
        &[("AWS_CONFIG_FILE", &cfg)],
    );
    assert!(
        r.stdout.starts_with("arn:aws:kms:eu-west-1:"),
        "profile region and text output: {r:?}"
    );
    let r = env.run_env(
        &["list-keys", "--query", "length(Keys)"],
        &[("AWS_CONFIG_FILE", &cfg), ("AWS_PROFILE", "dev")],
    );
    assert_eq!(r.stdout, "1\n");
    let r = env.run_env(
        &[
            "list-keys",
            "--query",
            "length(Keys)",
            "--region",
            "us-east-1",
        ],
        &[("AWS_CONFIG_FILE", &cfg), ("AWS_PROFILE", "dev")],
    );
    assert_eq!(r.stdout, "1\n", "--region wins over the profile");
    let r = env.run_env(
        &["list-keys", "--query", "Keys[0].KeyId"],
        &[
            ("AWS_CONFIG_FILE", &cfg),
            ("AWS_PROFILE", "dev"),
            ("AWS_DEFAULT_OUTPUT", "json"),
        ],
    );
    assert!(
        r.stdout.starts_with('"'),
        "AWS_DEFAULT_OUTPUT wins over the profile: {r:?}"
    );
    // cli_binary_format from the profile: the plaintext is taken as raw text.
    let r = env.run_env(
        &[
            "encrypt",
            "--key-id",
            &id,
            "--plaintext",
            "hello",
            "--profile",
            "dev",
            "--region",
            "us-east-1",
            "--output",
            "json",
        ],
        &[("AWS_CONFIG_FILE", &cfg)],
    );
    let blob = r.json()["CiphertextBlob"].as_str().unwrap().to_string();
    let d = env.ok(&["decrypt", "--ciphertext-blob", &blob]);
    assert_eq!(unb64(d["Plaintext"].as_str().unwrap()), b"hello");
    let r = env.run_env(
        &["list-keys"],
        &[("AWS_CONFIG_FILE", &cfg), ("AWS_PROFILE", "nosuch")],
    );
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            253,
            "\naws: [ERROR]: An error occurred (Configuration): The config profile (nosuch) could not be found\n"
        )
    );
    let r = env.run_env(
        &["list-keys", "--profile", "other"],
        &[("AWS_CONFIG_FILE", &cfg)],
    );
    assert_eq!(r.code, 253);
}

#[test]
fn aws_kms_and_lkms_kms_forms() {
    let env = Env::new();
    let id = env.create_key();
    let v = env.ok(&["kms", "describe-key", "--key-id", &id]);
    assert_eq!(v["KeyMetadata"]["KeyId"], id.as_str());
    let v = env.ok(&["--region", "us-east-1", "kms", "list-keys"]);
    assert_eq!(v["Keys"].as_array().unwrap().len(), 1);
    let bin = env.dir.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let aws = bin.join("aws");
    // A symbolic link named aws (copying the binary can race with other tests forking: ETXTBSY).
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_lkms"), &aws).unwrap();
    let run = |args: &[&str]| {
        let o = std::process::Command::new(&aws)
            .args(args)
            .env("LKMS_HOME", env.keystore())
            .env("LKMS_ROOT_KEY", &env.root_key)
            .env("LKMS_NO_KEYRING", "1")
            .output()
            .unwrap();
        (
            o.status.code().unwrap(),
            String::from_utf8_lossy(&o.stdout).into_owned(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        )
    };
    let (code, out, _) = run(&[
        "kms",
        "describe-key",
        "--key-id",
        &id,
        "--query",
        "KeyMetadata.KeyState",
        "--output",
        "text",
    ]);
    assert_eq!((code, out.as_str()), (0, "Enabled\n"));
    let (code, out, _) = run(&[
        "--output",
        "text",
        "kms",
        "list-keys",
        "--query",
        "Keys[0].KeyId",
    ]);
    assert_eq!((code, out.trim()), (0, id.as_str()));
    let (code, _, err) = run(&["s3", "ls"]);
    assert_eq!(code, 252);
    assert!(
        err.contains("lkms provides only the kms service, not 's3'"),
        "{err}"
    );
    let (code, _, err) = run(&["kms", "describe-key", "--key-id", "fake-key-id"]);
    assert_eq!(
        (code, err.as_str()),
        (
            254,
            "\naws: [ERROR]: An error occurred (NotFoundException) when calling the DescribeKey operation: Invalid keyId 'fake-key-id'\n"
        )
    );
    // Named aws, an argument error ends in the aws CLI's own usage lines.
    let aws_usage = "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n\
                     To see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws \
                     <command> <subcommand> help";
    let (code, _, err) = run(&["kms", "encrypt", "--plaintext", "eA=="]);
    assert_eq!(
        (code, err),
        (
            252,
            param_err_text(&format!(
                "the following arguments are required: --key-id\n\n{aws_usage}"
            ))
        )
    );
    let (code, _, err) = run(&["kms"]);
    assert_eq!(
        (code, err),
        (
            252,
            param_err_text(&format!(
                "the following arguments are required: operation\n\n{aws_usage}"
            ))
        )
    );
    let (code, _, err) = run(&["kms", "describe-key", "--key-id", "k", "--nope"]);
    assert_eq!(
        (code, err),
        (
            252,
            format!("\n{aws_usage}\n\n\naws: [ERROR]: Unknown options: --nope\n")
        )
    );
}

#[test]
fn the_profile_chooses_how_times_are_printed() {
    let env = Env::new();
    let key = env.create_key();
    let with = |format: &str| {
        let config = env.file(
            "tconfig",
            format!("[default]\ncli_timestamp_format = {format}\n").as_bytes(),
        );
        env.run_env(
            &[
                "describe-key",
                "--key-id",
                &key,
                "--query",
                "KeyMetadata.CreationDate",
            ],
            &[("AWS_CONFIG_FILE", config.to_str().unwrap())],
        )
    };
    let iso = with("iso8601");
    assert_eq!(iso.code, 0, "{iso:?}");
    let iso = iso.json();
    let wire = with("wire").json();
    assert!(iso.is_string() && wire.is_f64(), "{iso} {wire}");
    let iso_secs = python_epoch(iso.as_str().unwrap());
    assert_eq!(iso_secs, wire.as_f64().unwrap());
    let r = with("epoch");
    assert_eq!(
        (r.code, r.stderr),
        (
            253,
            "\naws: [ERROR]: An error occurred (Configuration): Unknown cli_timestamp_format value: \
             epoch, valid values are \"wire\" or \"iso8601\"\n"
                .to_string()
        )
    );
}

/// Epoch seconds of an ISO 8601 time as lkms prints it, through Python's own reading.
fn python_epoch(iso: &str) -> f64 {
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import sys, datetime; print(datetime.datetime.fromisoformat(sys.argv[1]).timestamp())",
            iso,
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout)
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

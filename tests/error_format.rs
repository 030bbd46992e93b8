//! Errors as AWS CLI v2 (2.34 and later) prints them: `aws: [ERROR]:` lines, argparse's words
//! for bad command lines, and `--cli-error-format` / `AWS_CLI_ERROR_FORMAT` / the profile's
//! `cli_error_format` choosing between enhanced, legacy, json, yaml, text and table.

mod common;

use common::*;

const NOPE: &str = "Invalid keyId 'nope'";

fn describe_nope(env: &Env, extra: &[&str], vars: &[(&str, &str)]) -> Run {
    let mut args = extra.to_vec();
    args.extend(["describe-key", "--key-id", "nope"]);
    let r = env.run_env(&args, vars);
    assert_eq!((r.code, r.stdout.as_str()), (254, ""), "{r:?}");
    r
}

#[test]
fn a_service_error_in_every_format() {
    let env = Env::new();
    env.create_key();
    let line = format!(
        "\naws: [ERROR]: An error occurred (NotFoundException) when calling the DescribeKey \
         operation: {NOPE}\n"
    );
    assert_eq!(describe_nope(&env, &[], &[]).stderr, line);
    for f in ["enhanced", "legacy"] {
        assert_eq!(
            describe_nope(&env, &["--cli-error-format", f], &[]).stderr,
            line
        );
    }
    // botocore's fields, in its order: the error's Message and Code, then the modeled member.
    let fields = [
        (
            "json",
            format!(
                "{{\n    \"Message\": \"{NOPE}\",\n    \"Code\": \"NotFoundException\",\n    \
         \"message\": \"{NOPE}\"\n}}\n"
            ),
        ),
        (
            "yaml",
            format!("Message: \"{NOPE}\"\nCode: NotFoundException\nmessage: \"{NOPE}\"\n"),
        ),
        ("text", format!("NotFoundException\t{NOPE}\t{NOPE}\n")),
        (
            "table",
            [
                "-----------------------------------------------------------------------",
                "|                                error                                |",
                "+-------------------+------------------------+------------------------+",
                "|       Code        |        Message         |        message         |",
                "+-------------------+------------------------+------------------------+",
                "|  NotFoundException|  Invalid keyId 'nope'  |  Invalid keyId 'nope'  |",
                "+-------------------+------------------------+------------------------+\n",
            ]
            .join("\n"),
        ),
    ];
    for (f, expected) in fields {
        assert_eq!(
            describe_nope(&env, &["--cli-error-format", f], &[]).stderr,
            expected,
            "{f}"
        );
    }
}

#[test]
fn a_service_error_without_a_message() {
    let env = Env::new();
    let key = env.create_key_with(&["--key-spec", "ECC_NIST_P256", "--key-usage", "SIGN_VERIFY"]);
    let verify = |extra: &[&str]| {
        let mut args = extra.to_vec();
        args.extend([
            "verify",
            "--key-id",
            &key,
            "--message",
            "eA==",
            "--signature",
            "MTIzNA==",
            "--signing-algorithm",
            "ECDSA_SHA_256",
        ]);
        let r = env.run(&args);
        assert_eq!(r.code, 254, "{r:?}");
        r.stderr
    };
    // The stripped line ends in the colon; the fields have an empty Message and no `message`.
    assert_eq!(
        verify(&[]),
        "\naws: [ERROR]: An error occurred (KMSInvalidSignatureException) when calling the Verify \
         operation:\n"
    );
    assert_eq!(
        verify(&["--cli-error-format", "json"]),
        "{\n    \"Message\": \"\",\n    \"Code\": \"KMSInvalidSignatureException\"\n}\n"
    );
}

#[test]
fn local_errors_name_their_kind_when_enhanced() {
    let env = Env::new();
    let bad = ["encrypt", "--key-id", "k", "--plaintext", "%%%"];
    let run = |extra: &[&str]| {
        let mut args = extra.to_vec();
        args.extend(bad);
        let r = env.run(&args);
        assert_eq!((r.code, r.stdout.as_str()), (252, ""), "{r:?}");
        r.stderr
    };
    assert_eq!(
        run(&[]),
        "\naws: [ERROR]: An error occurred (ParamValidation): Invalid base64: \"%%%\"\n"
    );
    assert_eq!(
        run(&["--cli-error-format", "legacy"]),
        "\naws: [ERROR]: Invalid base64: \"%%%\"\n"
    );
    assert_eq!(
        run(&["--cli-error-format", "json"]),
        "{\n    \"Code\": \"ParamValidation\",\n    \"Message\": \"Invalid base64: \\\"%%%\\\"\"\n}\n"
    );
    // A configuration problem (exit 253) is the Configuration kind.
    let r = env.run(&["--profile", "nope", "list-keys"]);
    assert_eq!(r.code, 253, "{r:?}");
    assert_eq!(
        r.stderr,
        "\naws: [ERROR]: An error occurred (Configuration): The config profile (nope) could not be \
         found\n"
    );
    let r = env.run(&[
        "--cli-error-format",
        "text",
        "--profile",
        "nope",
        "list-keys",
    ]);
    assert_eq!(
        r.stderr,
        "Configuration\tThe config profile (nope) could not be found\n"
    );
    // A bad output format from the environment is the formatter's error (exit 255), plain text.
    let r = env.run_env(&["list-keys"], &[("AWS_DEFAULT_OUTPUT", "bogus")]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (255, "\naws: [ERROR]: Unknown output type: bogus\n")
    );
}

#[test]
fn bad_command_lines_read_as_argparse_words_them() {
    let env = Env::new();
    let usage_err = |args: &[&str], message: &str| {
        let r = env.run(args);
        assert_eq!((r.code, r.stdout.as_str()), (252, ""), "{r:?}");
        assert_eq!(
            r.stderr,
            param_err_text(&format!("{message}\n\n{USAGE}")),
            "{args:?}"
        );
    };
    usage_err(
        &["encrypt"],
        "the following arguments are required: --key-id, --plaintext",
    );
    usage_err(
        &["encrypt", "--plaintext", "eA=="],
        "the following arguments are required: --key-id",
    );
    usage_err(
        &["describe-key", "--key-id"],
        "argument --key-id: expected one argument",
    );
    usage_err(
        &["list-keys", "--output"],
        "argument --output: expected one argument",
    );
    usage_err(
        &["--output", "bogus", "list-keys"],
        "argument --output: Found invalid choice 'bogus'\n",
    );
    usage_err(
        &["--output", "yml", "list-keys"],
        "argument --output: Found invalid choice 'yml'\n\nMaybe you meant:\n\n  * yaml",
    );
    usage_err(
        &["tag-resources"],
        "argument operation: Found invalid choice 'tag-resources'\n\nMaybe you meant:\n\n  * \
         tag-resource\n  * untag-resource",
    );
    usage_err(&[], "the following arguments are required: command");
    // Unknown words are plain text after the usage, whatever the error format.
    for extra in [&[][..], &["--cli-error-format", "json"][..]] {
        let mut args = extra.to_vec();
        args.extend(["describe-key", "--key-id", "k", "--foo"]);
        let r = env.run(&args);
        assert_eq!(r.code, 252, "{r:?}");
        assert_eq!(
            r.stderr,
            format!("\n{USAGE}\n\n\naws: [ERROR]: Unknown options: --foo\n")
        );
    }
    // Every word left over is listed, an unknown option's value too; a list option takes the
    // words up to the next option.
    let r = env.run(&[
        "describe-key",
        "--foo",
        "bar",
        "--key-id",
        "k",
        "stray",
        "--grant-tokens",
        "a",
        "b",
    ]);
    assert_eq!(
        (r.code, r.stderr),
        (
            252,
            format!("\n{USAGE}\n\n\naws: [ERROR]: Unknown options: --foo, bar, stray\n")
        )
    );
    // In json the message keeps its usage lines, unstripped.
    let r = env.run(&["--cli-error-format", "json", "encrypt"]);
    let v: serde_json::Value = serde_json::from_str(&r.stderr).unwrap();
    assert_eq!(
        v,
        serde_json::json!({
            "Code": "ParamValidation",
            "Message": format!(
                "the following arguments are required: --key-id, --plaintext\n\n{USAGE}\n"
            ),
        })
    );
}

#[test]
fn close_matches_are_difflibs() {
    let env = Env::new();
    let names = command_names(&env);
    assert!(names.iter().any(|n| n == "serve"), "{names:?}");
    let typos = [
        "encrpyt",
        "decrpyt",
        "list-key",
        "create-keys",
        "tag-resources",
        "sing",
        "get-key",
    ];
    let script = format!(
        "import difflib, json\nnames = {names:?}\nprint(json.dumps([difflib.get_close_matches(t, \
         names, 3, 0.8) for t in {typos:?}]))"
    );
    let out = std::process::Command::new("python3")
        .args(["-c", &script])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let python: Vec<Vec<String>> = serde_json::from_slice(&out.stdout).unwrap();
    for (typo, expected) in typos.iter().zip(python) {
        let r = env.run(&[typo]);
        let ours: Vec<&str> = r
            .stderr
            .lines()
            .filter_map(|l| l.strip_prefix("  * "))
            .collect();
        assert_eq!(ours, expected, "{typo}: {}", r.stderr);
    }
}

#[test]
fn the_format_comes_from_the_flag_then_the_environment_then_the_profile() {
    let env = Env::new();
    env.create_key();
    let config = env.file(
        "aws-config",
        b"[default]\ncli_error_format = text\n\n[profile y]\ncli_error_format = YAML\n",
    );
    let config = config.to_str().unwrap();
    let text = format!("NotFoundException\t{NOPE}\t{NOPE}\n");
    let json_start = "{\n    \"Message\"";
    let with = |extra: &[&str], vars: &[(&str, &str)]| {
        let mut all = vec![("AWS_CONFIG_FILE", config)];
        all.extend_from_slice(vars);
        describe_nope(&env, extra, &all).stderr
    };
    assert_eq!(with(&[], &[]), text);
    assert!(with(&["--profile", "y"], &[]).starts_with("Message: "));
    assert!(with(&[], &[("AWS_PROFILE", "y")]).starts_with("Message: "));
    assert!(with(&[], &[("AWS_CLI_ERROR_FORMAT", "json")]).starts_with(json_start));
    assert_eq!(
        with(
            &["--cli-error-format", "text"],
            &[("AWS_CLI_ERROR_FORMAT", "json")]
        ),
        text
    );
    // A value the aws CLI does not know, or an empty variable, means enhanced.
    let enhanced = "\naws: [ERROR]: An error occurred (NotFoundException)";
    assert!(with(&[], &[("AWS_CLI_ERROR_FORMAT", "fancy")]).starts_with(enhanced));
    assert!(with(&[], &[("AWS_CLI_ERROR_FORMAT", "")]).starts_with(enhanced));
    // The flag's own value is checked like any choice.
    let r = env.run(&["--cli-error-format", "fancy", "list-keys"]);
    assert_eq!(
        (r.code, r.stderr),
        (
            252,
            param_err_text(&format!(
                "argument --cli-error-format: Found invalid choice 'fancy'\n\n\n{USAGE}"
            ))
        )
    );
}

#[test]
fn auto_prompt_is_refused_by_name_and_its_negation_accepted() {
    let env = Env::new();
    let r = env.run(&["--cli-auto-prompt", "list-keys"]);
    assert_eq!((r.code, r.stdout.as_str()), (252, ""), "{r:?}");
    assert_eq!(
        r.stderr,
        param_err_text(
            "lkms does not prompt for parameters (--cli-auto-prompt): give them as options, or as \
             a whole request with --cli-input-json or --cli-input-yaml."
        )
    );
    assert_eq!(
        env.ok(&["list-keys", "--no-cli-auto-prompt"]),
        serde_json::json!({"Keys": []})
    );
}

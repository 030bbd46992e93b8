//! The command-line face: help, argument syntax, output formats, error text and exit codes.

mod common;
use common::*;

const SUBCOMMANDS: [&str; 29] = [
    "cancel-key-deletion",
    "create-alias",
    "create-key",
    "decrypt",
    "delete-alias",
    "describe-key",
    "disable-key",
    "disable-key-rotation",
    "enable-key",
    "enable-key-rotation",
    "encrypt",
    "generate-data-key",
    "generate-data-key-without-plaintext",
    "generate-random",
    "get-key-policy",
    "get-key-rotation-status",
    "list-aliases",
    "list-key-policies",
    "list-key-rotations",
    "list-keys",
    "list-resource-tags",
    "put-key-policy",
    "re-encrypt",
    "rotate-key-on-demand",
    "schedule-key-deletion",
    "tag-resource",
    "untag-resource",
    "update-alias",
    "update-key-description",
];

#[test]
fn help_for_lkms_and_every_subcommand() {
    let env = Env::new();
    let r = env.run(&["--help"]);
    assert_eq!(r.code, 0);
    for sub in SUBCOMMANDS {
        assert!(r.stdout.contains(sub), "top-level help lists {sub}");
        let h = env.run(&[sub, "--help"]);
        assert_eq!(h.code, 0, "{sub} --help");
        assert!(
            h.stdout.contains(&format!("Usage: lkms {sub}")),
            "{sub}: {}",
            h.stdout
        );
        assert!(h.stdout.contains("Global options:"), "{sub}");
    }
    let aws_style = env.run(&["encrypt", "help"]);
    assert_eq!(aws_style.code, 0);
    assert!(
        aws_style.stdout.contains("Usage: lkms encrypt"),
        "{aws_style:?}"
    );
    // Help needs no keystore and no root key.
    assert!(!env.keystore().exists());
    let v = env.run(&["--version"]);
    assert_eq!(v.code, 0);
    assert_eq!(v.stdout, format!("lkms {}\n", env!("CARGO_PKG_VERSION")));
    // After global options too; an unknown option is still an error.
    let v = env.run(&["--region", "us-west-2", "--output", "json", "--version"]);
    assert_eq!(v.code, 0, "{v:?}");
    assert!(v.stdout.starts_with("lkms "), "{v:?}");
    let bad = env.run(&["--bogus", "--version"]);
    assert_eq!(bad.code, 252, "{bad:?}");
    assert!(bad.stderr.contains("Unknown options: --bogus"), "{bad:?}");
}

#[test]
fn argument_errors_exit_252_with_empty_stdout() {
    let env = Env::new();
    let cases: &[&[&str]] = &[
        &["encrypt", "--key-id", "k"],
        &["no-such-command"],
        &["list-keys", "--output", "xml"],
        &["list-keys", "--limit", "ten"],
        &["create-key", "--multi-region", "false"],
        &["encrypt", "--key-id", "k", "--plaintext", "%%%"],
        &[
            "encrypt",
            "--key-id",
            "k",
            "--plaintext",
            "fileb:///nonexistent/file",
        ],
        &[
            "encrypt",
            "--key-id",
            "k",
            "--plaintext",
            "AA==",
            "--encryption-context",
            "novalue",
        ],
        &[
            "encrypt",
            "--key-id",
            "k",
            "--plaintext",
            "AA==",
            "--encryption-context",
            "{bad json",
        ],
        &["list-keys", "--query", "Keys[.KeyId"],
    ];
    for args in cases {
        let r = env.run(args);
        assert_eq!(r.code, 252, "{args:?}: {r:?}");
        assert_eq!(r.stdout, "", "{args:?}");
        assert!(!r.stderr.is_empty(), "{args:?}");
    }
    let r = env.run(&["encrypt", "--key-id", "k", "--plaintext", "%%%"]);
    assert_eq!(r.stderr, param_err_text("Invalid base64: \"%%%\""));
    let r = env.run(&[
        "encrypt",
        "--key-id",
        "k",
        "--plaintext",
        "fileb:///nonexistent/file",
    ]);
    assert_eq!(
        r.stderr,
        "\naws: [ERROR]: An error occurred (ParamValidation): Error parsing parameter '--plaintext': Unable to load paramfile fileb:///nonexistent/file: \
         [Errno 2] No such file or directory: '/nonexistent/file'\n"
    );
    let r = env.run(&[
        "encrypt",
        "--key-id",
        "k",
        "--plaintext",
        "AA==",
        "--encryption-context",
        "novalue",
    ]);
    assert_eq!(
        r.stderr,
        "\naws: [ERROR]: An error occurred (ParamValidation): Error parsing parameter '--encryption-context': Expected: '=', received: 'EOF' for input:\nnovalue\n       ^\n"
    );
    let r = env.run(&[
        "encrypt",
        "--key-id",
        "k",
        "--plaintext",
        "AA==",
        "--encryption-context",
        " k1 = v1",
    ]);
    assert_eq!(
        r.stderr,
        // As the spec records it from the AWS CLI: looking for `@` steps over the space.
        "\naws: [ERROR]: An error occurred (ParamValidation): Error parsing parameter '--encryption-context': Expected: '=', received: 'k' for input:\n k1 = v1\n ^\n"
    );
    let r = env.run(&["list-keys", "--query", "Keys[.KeyId"]);
    assert!(
        r.stderr
            .starts_with("\naws: [ERROR]: An error occurred (ParamValidation): Bad value for --query Keys[.KeyId: Invalid jmespath expression:"),
        "{r:?}"
    );
    // Argument errors are found before the keystore is touched.
    assert!(!env.keystore().exists());
}

#[test]
fn configuration_errors_exit_253() {
    let env = Env::new();
    let r = env.run(&["list-keys", "--region", "../../etc"]);
    assert_eq!(r.code, 253, "{r:?}");
    assert_eq!(
        r.stderr,
        "\naws: [ERROR]: An error occurred (Configuration): Provided region_name '../../etc' doesn't match a supported format.\n"
    );
    let r = env.run_env(&["list-keys"], &[("LKMS_NOW", "yesterday")]);
    assert_eq!(r.code, 253, "{r:?}");
    let file = env.file("not-a-dir", b"x");
    let r = env.run(&["list-keys", "--keystore", &file.display().to_string()]);
    assert_eq!(r.code, 253, "{r:?}");
    assert!(
        r.stderr.starts_with(
            "\naws: [ERROR]: An error occurred (Configuration): cannot use keystore path"
        ),
        "{r:?}"
    );
}

#[test]
fn global_options_work_before_and_after_the_subcommand() {
    let env = Env::new();
    let id = env.create_key();
    let a = env.run(&[
        "--output",
        "text",
        "--query",
        "KeyMetadata.KeyState",
        "describe-key",
        "--key-id",
        &id,
    ]);
    let b = env.run(&[
        "describe-key",
        "--key-id",
        &id,
        "--output",
        "text",
        "--query",
        "KeyMetadata.KeyState",
    ]);
    assert_eq!(a.stdout, "Enabled\n");
    assert_eq!(a.stdout, b.stdout);
    let ks = env.dir.path().join("elsewhere");
    let mut c = env.cmd();
    c.env_remove("LKMS_HOME");
    let out = c
        .args(["--keystore", ks.to_str().unwrap(), "create-key"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(ks.join("keystore.json").exists());
    // Compatibility options are accepted.
    env.ok(&[
        "list-keys",
        "--no-cli-pager",
        "--color",
        "off",
        "--endpoint-url",
        "http://localhost:4566",
        "--profile",
        "default",
    ]);
}

#[test]
fn output_formats_and_queries() {
    let env = Env::new();
    let id = env.create_key();
    let q = env.run(&[
        "describe-key",
        "--key-id",
        &id,
        "--query",
        "KeyMetadata.KeyId",
    ]);
    assert_eq!(
        q.stdout,
        format!("\"{id}\"\n"),
        "json output of a string keeps its quotes"
    );
    let q = env.run(&[
        "describe-key",
        "--key-id",
        &id,
        "--query",
        "KeyMetadata.Enabled",
        "--output",
        "text",
    ]);
    assert_eq!(q.stdout, "True\n");
    let q = env.run(&[
        "describe-key",
        "--key-id",
        &id,
        "--query",
        "KeyMetadata.Missing",
        "--output",
        "text",
    ]);
    assert_eq!((q.code, q.stdout.as_str()), (0, "None\n"));
    let q = env.run(&[
        "describe-key",
        "--key-id",
        &id,
        "--query",
        "KeyMetadata.Missing",
    ]);
    assert_eq!(q.stdout, "null\n");
    let second = env.create_key();
    let mut both = [id.clone(), second.clone()];
    both.sort();
    let q = env.run(&["list-keys", "--query", "Keys[].KeyId", "--output", "text"]);
    assert_eq!(q.stdout, format!("{}\t{}\n", both[0], both[1]));
    let t = env.run(&["list-keys", "--output", "text"]);
    assert_eq!(
        t.stdout,
        format!(
            "KEYS\t{}\t{}\nKEYS\t{}\t{}\n",
            env.arn(&both[0]),
            both[0],
            env.arn(&both[1]),
            both[1]
        )
    );
    let t = env.run(&["describe-key", "--key-id", &id, "--output", "text"]);
    let lines: Vec<&str> = t.stdout.lines().collect();
    assert_eq!(lines.len(), 2);
    assert!(
        lines[0].starts_with("KEYMETADATA\t111122223333\t"),
        "{lines:?}"
    );
    assert_eq!(lines[1], "ENCRYPTIONALGORITHMS\tSYMMETRIC_DEFAULT");
    let off = env.run(&["describe-key", "--key-id", &id, "--output", "off"]);
    assert_eq!((off.code, off.stdout.as_str()), (0, ""));
    let env_out = env.run_env(
        &[
            "describe-key",
            "--key-id",
            &id,
            "--query",
            "KeyMetadata.KeyId",
        ],
        &[("AWS_DEFAULT_OUTPUT", "text")],
    );
    assert_eq!(env_out.stdout, format!("{id}\n"));
}

#[test]
fn binary_format_raw_in_base64_out() {
    let env = Env::new();
    let id = env.create_key();
    let v = env.ok(&[
        "encrypt",
        "--key-id",
        &id,
        "--plaintext",
        "hello",
        "--cli-binary-format",
        "raw-in-base64-out",
    ]);
    let d = env.ok(&[
        "decrypt",
        "--ciphertext-blob",
        v["CiphertextBlob"].as_str().unwrap(),
    ]);
    assert_eq!(unb64(d["Plaintext"].as_str().unwrap()), b"hello");
    // file:// holds base64 text by default.
    let f = env.file("p.b64", b"aGVsbG8=\n");
    let v = env.ok(&[
        "encrypt",
        "--key-id",
        &id,
        "--plaintext",
        &format!("file://{}", f.display()),
    ]);
    let d = env.ok(&[
        "decrypt",
        "--ciphertext-blob",
        v["CiphertextBlob"].as_str().unwrap(),
    ]);
    assert_eq!(unb64(d["Plaintext"].as_str().unwrap()), b"hello");
}

#[test]
fn service_errors_exit_254_with_the_aws_text() {
    let env = Env::new();
    let r = env.run(&["describe-key", "--key-id", "fake-key-id"]);
    assert_eq!(r.code, 254);
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        "\naws: [ERROR]: An error occurred (NotFoundException) when calling the DescribeKey operation: Invalid keyId 'fake-key-id'\n"
    );
}

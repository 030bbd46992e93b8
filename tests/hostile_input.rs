//! Hostile input on the command line and over the wire (issue 13, item 13): values nested far
//! deeper than any request, in shorthand, in JSON flag values, in `--cli-input-json`, in key
//! policies, in `--query` and in a request body, get a parameter error (exit 252) or the
//! service's error, never a stack overflow (exit 134); and a `--query` that would grow its
//! result beyond any memory is refused before it runs.

mod common;
#[path = "serve_support/mod.rs"]
mod support;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use common::*;
use support::*;

/// `{"k":` then `[` nested `depth` levels deep, closed.
fn deep_json(depth: usize) -> String {
    format!("{{\"k\":{}{}}}", "[".repeat(depth), "]".repeat(depth))
}

/// Shorthand nested `levels` structures below the top-level one.
fn deep_shorthand(levels: usize) -> String {
    format!("k={}v{}", "{k=".repeat(levels), "}".repeat(levels))
}

/// The 1-based column at which serde_json's recursion limit stops `text`: the bracket that
/// opens the 128th level.
fn column_of_limit(text: &str) -> usize {
    let mut depth = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '[' | '{') {
            depth += 1;
            if depth == 128 {
                return i + 1;
            }
        }
    }
    panic!("{text} is not that deep")
}

fn assert_usage(r: &Run, stderr: &str) {
    assert_eq!(r.code, 252, "{r:?}");
    assert_eq!(r.stdout, "");
    assert_eq!(r.stderr, param_err_text(stderr));
}

const TOO_DEEP: &str = "Error parsing parameter '--encryption-context': Nesting too deep: a value \
                        may nest at most 127 levels, and this one goes deeper at character 381.";

#[test]
fn deep_shorthand_is_a_parameter_error() {
    let env = Env::new();
    let key = env.create_key();
    let encrypt = |context: &str| {
        env.run(&[
            "encrypt",
            "--key-id",
            &key,
            "--plaintext",
            "aGk=",
            "--encryption-context",
            context,
        ])
    };
    // As deep as lkms goes: parsed, then refused by the model as the AWS CLI does.
    let r = encrypt(&deep_shorthand(126));
    assert_eq!(r.code, 252, "{r:?}");
    assert!(
        r.stderr.starts_with(
            "\naws: [ERROR]: An error occurred (ParamValidation): Parameter validation failed:\nInvalid type for parameter EncryptionContext.k, \
             value: {'k': {'k': "
        ),
        "{}",
        &r.stderr[..200]
    );
    // One level more, and thousands more (this overflowed the stack).
    assert_usage(&encrypt(&deep_shorthand(127)), TOO_DEEP);
    assert_usage(&encrypt(&deep_shorthand(10_000)), TOO_DEEP);
    // A file has no argv limit.
    let file = env.file("deep.txt", deep_shorthand(1_000_000).as_bytes());
    let r = encrypt(&format!("file://{}", file.display()));
    assert_usage(&r, TOO_DEEP);
    // Lists nest in shorthand too: a list parameter whose items are structures.
    let r = env.run(&[
        "create-key",
        "--tags",
        &format!("TagKey={}a{}", "[".repeat(10_000), "]".repeat(10_000)),
    ]);
    assert_usage(
        &r,
        "Error parsing parameter '--tags': Nesting too deep: a value may nest at most 127 \
         levels, and this one goes deeper at character 134.",
    );
}

#[test]
fn deep_json_is_a_parameter_error() {
    let env = Env::new();
    let key = env.create_key();
    let deep = deep_json(10_000);
    // serde_json stops at its recursion limit, 128 levels (the object is the first).
    let invalid = |param: &str, column: usize, text: &str| {
        format!(
            "Error parsing parameter '--{param}': Invalid JSON: recursion limit exceeded at \
             line 1 column {column}\nJSON received: {text}"
        )
    };
    let r = env.run(&[
        "encrypt",
        "--key-id",
        &key,
        "--plaintext",
        "aGk=",
        "--encryption-context",
        &deep,
    ]);
    assert_eq!(column_of_limit(&deep), 132);
    assert_usage(&r, &invalid("encryption-context", 132, &deep));
    // --cli-input-json, inline and from a file.
    let input =
        format!("{{\"KeyId\":\"{key}\",\"Plaintext\":\"aGk=\",\"EncryptionContext\":{deep}}}");
    let r = env.run(&["encrypt", "--cli-input-json", &input]);
    // AWS CLI v2 words any JSON it cannot read this way, without the parser's reason.
    let unreadable = "Error parsing parameter 'cli-input-json': Invalid JSON received.";
    assert_usage(&r, unreadable);
    let file = env.file("input.json", input.as_bytes());
    let r = env.run(&[
        "encrypt",
        "--cli-input-json",
        &format!("file://{}", file.display()),
    ]);
    assert_usage(&r, unreadable);
    // A starting token is base64 JSON.
    let token = B64.encode(deep_json(10_000));
    let r = env.run(&["list-keys", "--starting-token", &token]);
    assert_usage(&r, &format!("Bad starting token: {token}"));
}

#[test]
fn a_deep_key_policy_is_a_malformed_policy() {
    let env = Env::new();
    let key = env.create_key();
    // 20,000 characters: within the model's length limit for a policy.
    let file = env.file("policy.json", deep_json(10_000).as_bytes());
    env.service_err(
        &[
            "put-key-policy",
            "--key-id",
            &key,
            "--policy",
            &format!("file://{}", file.display()),
        ],
        "PutKeyPolicy",
        "MalformedPolicyDocumentException",
        "The key policy is not valid JSON: recursion limit exceeded at line 1 column 132.",
    );
}

#[test]
fn a_deep_query_is_a_parameter_error() {
    let env = Env::new();
    env.create_key();
    let query = |q: &str| env.run(&["list-keys", "--query", q]);
    // The deepest-nesting forms, at the limit of 256 operators: evaluated (these are the
    // forms that nest one level per operator; a debug build is the hardest case).
    for q in [
        format!("{}Keys", "!".repeat(256)),
        format!("Keys{}", "[]".repeat(128)),
        format!("{}Keys{}", "(".repeat(128), ")".repeat(128)),
        format!("Keys{}", ".KeyId".repeat(256)),
        format!(
            "{}`{}{}`",
            "!".repeat(255),
            "[".repeat(127),
            "]".repeat(127)
        ),
    ] {
        let r = query(&q);
        assert_eq!(r.code, 0, "{q}: {r:?}");
    }
    // One more, and thousands more (these overflowed the stack).
    for (q, n) in [
        (format!("{}Keys", "!".repeat(257)), 257),
        (format!("Keys{}", ".KeyId".repeat(20_000)), 20_000),
        (
            format!("{}Keys{}", "[".repeat(10_000), "]".repeat(10_000)),
            20_000,
        ),
    ] {
        assert_usage(
            &query(&q),
            &format!(
                "Bad value for --query {q}: Invalid jmespath expression: it holds {n} \
                 operators, and lkms evaluates at most 256."
            ),
        );
    }
}

#[test]
fn a_query_that_would_exhaust_memory_is_refused() {
    let env = Env::new();
    env.create_key();
    // 4^12 copies of the key list: far more memory than the machine has.
    let q = format!("Keys{}", " | [@,@,@,@][]".repeat(12));
    let r = env.run(&["list-keys", "--query", &q]);
    assert_usage(
        &r,
        &format!(
            "Bad value for --query {q}: Invalid jmespath expression: it could build more than \
             1000 times the response, which lkms does not evaluate."
        ),
    );
    // A few copies are fine.
    let r = env.run(&["list-keys", "--query", "length(Keys | [@,@][] | [@,@][])"]);
    assert_eq!((r.code, r.stdout.as_str()), (0, "4\n"), "{r:?}");
}

#[test]
fn the_server_answers_a_deep_body_with_a_serialization_error() {
    let env = env_with_credentials(&[]);
    let server = Server::start(&env, &["--quiet"], &[]);
    let bodies = [
        deep_json(100_000),
        format!(
            "{{\"EncryptionContext\":{}1{}}}",
            "{\"k\":".repeat(10_000),
            "}".repeat(10_000)
        ),
    ];
    let specs: Vec<Spec> = bodies.iter().map(|b| Spec::new("Encrypt", b)).collect();
    let signed = sign_all(server.port, &specs);
    for (body, headers) in bodies.iter().zip(&signed) {
        let column = column_of_limit(body);
        assert_eq!(
            error_of(server.send("Encrypt", headers, body)),
            (
                400,
                "SerializationException".to_string(),
                format!(
                    "The request body is not valid JSON: recursion limit exceeded at line 1 \
                     column {column}"
                )
            )
        );
    }
    // And it keeps serving.
    let headers = sign(server.port, Spec::new("ListKeys", "{}"));
    assert_eq!(server.send("ListKeys", &headers, "{}").0, 200);
}

#[test]
fn hostile_yaml_input_is_refused_quickly() {
    let env = Env::new();
    let refused = "Error parsing parameter 'cli-input-yaml': Invalid YAML received.";
    // Aliases of aliases: eleven lines that stand for 10^12 nodes.
    let mut bomb = String::from("l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let refs = vec![format!("*l{}", i - 1); 10].join(", ");
        bomb.push_str(&format!("l{i}: &l{i} [{refs}]\n"));
    }
    let file = env.file("bomb.yaml", bomb.as_bytes());
    let r = env.run(&[
        "encrypt",
        "--cli-input-yaml",
        &format!("file://{}", file.display()),
    ]);
    assert_usage(&r, refused);
    // Nesting far deeper than any request, in flow and in block style.
    let flow = format!("KeyId: {}{}", "[".repeat(100_000), "]".repeat(100_000));
    let file = env.file("deep.yaml", flow.as_bytes());
    let r = env.run(&[
        "encrypt",
        "--cli-input-yaml",
        &format!("file://{}", file.display()),
    ]);
    assert_usage(&r, refused);
    let block: String = (0..5_000)
        .map(|i| format!("{}k:\n", " ".repeat(i)))
        .collect();
    let file = env.file("block.yaml", block.as_bytes());
    let r = env.run(&[
        "encrypt",
        "--cli-input-yaml",
        &format!("file://{}", file.display()),
    ]);
    assert_usage(&r, refused);
}

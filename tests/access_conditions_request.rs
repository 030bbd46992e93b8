//! Condition keys about the request's data and the caller (spec §5, issue 14), each allowing
//! one request and refusing another through the command line: the encryption context, the
//! algorithm, the alias the request names, what the key is, who calls from where. The operators
//! themselves, and every key through its builder, are covered by the unit tests of `src/access`.

mod access_support;
mod common;
use access_support::*;

#[test]
fn encryption_context_algorithm_and_request_alias() {
    let t = T::new();
    let k = t.key(
        r#""kms:Encrypt""#,
        r#"{"StringEquals":{"kms:EncryptionContext:app":"web"}}"#,
        &[],
    );
    t.allowed(&[
        "encrypt",
        "--key-id",
        &k,
        "--plaintext",
        HELLO,
        "--encryption-context",
        "app=web",
    ]);
    t.denied(
        &[
            "encrypt",
            "--key-id",
            &k,
            "--plaintext",
            HELLO,
            "--encryption-context",
            "app=db",
        ],
        "Encrypt",
        "kms:Encrypt",
        &k,
    );
    let k = t.key(
        r#""kms:Encrypt""#,
        r#"{"ForAnyValue:StringEquals":{"kms:EncryptionContextKeys":"app"}}"#,
        &[],
    );
    t.allowed(&[
        "encrypt",
        "--key-id",
        &k,
        "--plaintext",
        HELLO,
        "--encryption-context",
        "app=x,b=y",
    ]);
    t.denied(
        &[
            "encrypt",
            "--key-id",
            &k,
            "--plaintext",
            HELLO,
            "--encryption-context",
            "other=x",
        ],
        "Encrypt",
        "kms:Encrypt",
        &k,
    );
    // Authorisation comes before the algorithm is checked against the key.
    let k = t.key(
        r#""kms:Encrypt""#,
        r#"{"StringEquals":{"kms:EncryptionAlgorithm":"SYMMETRIC_DEFAULT"}}"#,
        &[],
    );
    t.allowed(&["encrypt", "--key-id", &k, "--plaintext", HELLO]);
    t.denied(
        &[
            "encrypt",
            "--key-id",
            &k,
            "--plaintext",
            HELLO,
            "--encryption-algorithm",
            "RSAES_OAEP_SHA_256",
        ],
        "Encrypt",
        "kms:Encrypt",
        &k,
    );
    let k = t.key(
        r#""kms:Encrypt""#,
        r#"{"StringEquals":{"kms:RequestAlias":"alias/front"}}"#,
        &[],
    );
    t.env.ok(&[
        "create-alias",
        "--alias-name",
        "alias/front",
        "--target-key-id",
        &k,
    ]);
    t.allowed(&["encrypt", "--key-id", "alias/front", "--plaintext", HELLO]);
    t.denied(
        &["encrypt", "--key-id", &k, "--plaintext", HELLO],
        "Encrypt",
        "kms:Encrypt",
        &k,
    );
}

#[test]
fn what_the_key_is() {
    let t = T::new();
    let enc = ["encrypt", "--key-id", "KEY", "--plaintext", HELLO];
    let any = r#""kms:Encrypt""#;
    t.yes_no(
        any,
        r#"{"StringEquals":{"kms:KeySpec":"SYMMETRIC_DEFAULT"}}"#,
        r#"{"StringEquals":{"kms:KeySpec":"RSA_2048"}}"#,
        &[],
        &enc,
        "Encrypt",
    );
    t.yes_no(
        any,
        r#"{"StringEquals":{"kms:KeyUsage":"ENCRYPT_DECRYPT"}}"#,
        r#"{"StringEquals":{"kms:KeyUsage":"SIGN_VERIFY"}}"#,
        &[],
        &enc,
        "Encrypt",
    );
    t.yes_no(
        any,
        r#"{"StringEquals":{"kms:KeyOrigin":"AWS_KMS"}}"#,
        r#"{"StringEquals":{"kms:KeyOrigin":"EXTERNAL"}}"#,
        &[],
        &enc,
        "Encrypt",
    );
    let tagged = ["--tags", "TagKey=Project,TagValue=blue"];
    t.yes_no(
        any,
        r#"{"StringEquals":{"aws:ResourceTag/Project":"blue"}}"#,
        r#"{"StringEquals":{"aws:ResourceTag/Project":"red"}}"#,
        &tagged,
        &enc,
        "Encrypt",
    );
    // kms:ResourceAliases: the key's aliases, whatever the request names it by.
    for (alias, allow) in [("alias/ok", true), ("alias/no", false)] {
        let k = t.key(
            any,
            r#"{"ForAnyValue:StringEquals":{"kms:ResourceAliases":"alias/ok"}}"#,
            &[],
        );
        t.env
            .ok(&["create-alias", "--alias-name", alias, "--target-key-id", &k]);
        let args = ["encrypt", "--key-id", &k, "--plaintext", HELLO];
        if allow {
            t.allowed(&args);
        } else {
            t.denied(&args, "Encrypt", "kms:Encrypt", &k);
        }
    }
}

#[test]
fn who_and_where_the_caller_is() {
    let t = T::new();
    let enc = ["encrypt", "--key-id", "KEY", "--plaintext", HELLO];
    let any = r#""kms:Encrypt""#;
    t.yes_no(
        any,
        r#"{"StringEquals":{"kms:CallerAccount":"111122223333"}}"#,
        r#"{"StringEquals":{"kms:CallerAccount":"444455556666"}}"#,
        &[],
        &enc,
        "Encrypt",
    );
    // Direct calls come through no service.
    t.yes_no(
        any,
        r#"{"Null":{"kms:ViaService":"true"}}"#,
        r#"{"StringEquals":{"kms:ViaService":"ec2.us-east-1.amazonaws.com"}}"#,
        &[],
        &enc,
        "Encrypt",
    );
    // The command line calls from 127.0.0.1, over no TLS.
    t.yes_no(
        any,
        r#"{"IpAddress":{"aws:SourceIp":"127.0.0.0/8"}}"#,
        r#"{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}"#,
        &[],
        &enc,
        "Encrypt",
    );
    t.yes_no(
        any,
        r#"{"Bool":{"aws:SecureTransport":"false"}}"#,
        r#"{"Bool":{"aws:SecureTransport":"true"}}"#,
        &[],
        &enc,
        "Encrypt",
    );
    t.yes_no(
        any,
        r#"{"StringEquals":{"aws:username":"tester"}}"#,
        r#"{"StringEquals":{"aws:username":"someone"}}"#,
        &[],
        &enc,
        "Encrypt",
    );
    t.yes_no(
        any,
        r#"{"DateGreaterThan":{"aws:CurrentTime":"2001-01-01T00:00:00Z"}}"#,
        r#"{"DateLessThan":{"aws:CurrentTime":"2001-01-01T00:00:00Z"}}"#,
        &[],
        &enc,
        "Encrypt",
    );
}

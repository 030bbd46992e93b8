//! `lkms serve` checks who signs and for which Region (issue 13, items 4–5): session tokens
//! must be those of the credential and unexpired, and the credential scope's Region is
//! validated (and optionally allow-listed) before anything uses it. Requests are signed by
//! botocore's own signer.

mod common;
#[path = "serve_support/mod.rs"]
mod support;

use common::*;
use support::*;

const INVALID_TOKEN: &str = "The security token included in the request is invalid.";

#[test]
fn session_tokens_must_match_the_credential_and_not_be_expired() {
    let env = env_with_credentials(&[]);
    const TEMP: &str = "ASIALKMSTEST00000002";
    const TOKEN: &str = "FwoGZXIvYXdzEXAMPLEsessionTOKEN+/=";
    let add_temp = |id: &str, expiry: &str| {
        env.ok(&[
            "credentials",
            "add",
            "--access-key-id",
            id,
            "--secret-access-key",
            SECRET,
            "--session-token",
            TOKEN,
            "--expiration",
            expiry,
        ])
    };
    add_temp(TEMP, "2026-12-04T10:45:00Z");
    add_temp("ASIALKMSTEST00000003", "2026-12-04T10:30:00Z");
    // The token is sealed like the secret: it is in no keystore file.
    for f in files_under(&env.keystore()) {
        let text = String::from_utf8_lossy(&std::fs::read(&f).unwrap()).into_owned();
        assert!(
            !text.contains(TOKEN) && !text.contains("EXAMPLEsession"),
            "{f:?}"
        );
    }
    let listed = env.ok(&["credentials", "list"]);
    assert_eq!(listed["Credentials"][1]["AccessKeyId"], TEMP);
    assert_eq!(
        listed["Credentials"][1]["Expiration"],
        "2026-12-04T10:45:00+00:00"
    );
    let r = env.run(&[
        "credentials",
        "add",
        "--access-key-id",
        TEMP,
        "--secret-access-key",
        SECRET,
        "--expiration",
        "2026-12-04T10:45:00Z",
    ]);
    assert_eq!(r.code, 252, "{r:?}");
    assert!(
        r.stderr.contains("--expiration needs --session-token"),
        "{r:?}"
    );

    let server = Server::start(&env, &["--quiet"], &[("LKMS_NOW", "2026-12-04T10:35:00Z")]);
    let at = "20261204T103400Z";
    let temp = |token: Option<&str>, key: &str| {
        let mut s = Spec::new("ListKeys", "{}").at(at);
        s.access_key = key.into();
        s.token = token.map(str::to_string);
        s
    };
    let signed = sign_all(
        server.port,
        &[
            temp(Some(TOKEN), TEMP),
            temp(Some("another-token"), TEMP),
            temp(None, TEMP),
            temp(Some(TOKEN), ACCESS_KEY),
            temp(Some(TOKEN), "ASIALKMSTEST00000003"),
        ],
    );
    assert_eq!(server.send("ListKeys", &signed[0], "{}").0, 200);
    let unrecognized = (
        400,
        "UnrecognizedClientException".to_string(),
        INVALID_TOKEN.to_string(),
    );
    // A wrong token, a missing one, and a token on a long-term access key.
    for headers in &signed[1..4] {
        assert_eq!(
            error_of(server.send("ListKeys", headers, "{}")),
            unrecognized
        );
    }
    assert_eq!(
        error_of(server.send("ListKeys", &signed[4], "{}")),
        (
            400,
            "ExpiredTokenException".into(),
            "The security token included in the request is expired".into()
        )
    );
}

#[test]
fn boto3_with_temporary_credentials() {
    let env = Env::new();
    for (id, expiry) in [
        ("ASIALKMSTEST00000004", "2099-01-01T00:00:00Z"),
        ("ASIALKMSTEST00000005", "2001-01-01T00:00:00Z"),
    ] {
        env.ok(&[
            "credentials",
            "add",
            "--access-key-id",
            id,
            "--secret-access-key",
            SECRET,
            "--session-token",
            "sts-style-token",
            "--expiration",
            expiry,
        ]);
    }
    let server = Server::start(&env, &["--quiet"], &[]);
    let call = |id: &str| {
        let out = std::process::Command::new(format!("{}/python", venv_bin()))
            .env_clear()
            .env("HOME", env.dir.path())
            .env("AWS_CONFIG_FILE", env.dir.path().join("none"))
            .env("AWS_SHARED_CREDENTIALS_FILE", env.dir.path().join("none"))
            .args([
                "-c",
                "import boto3, sys\n\
                 from botocore.exceptions import ClientError\n\
                 k = boto3.client('kms', endpoint_url=sys.argv[1], region_name='eu-west-1',\n\
                     aws_access_key_id=sys.argv[2], aws_secret_access_key=sys.argv[3],\n\
                     aws_session_token='sts-style-token')\n\
                 try:\n    print(k.create_key()['KeyMetadata']['Arn'])\n\
                 except ClientError as e:\n    print(e.response['Error']['Code'], e.response['Error']['Message'])",
                &server.endpoint,
                id,
                SECRET,
            ])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    assert!(call("ASIALKMSTEST00000004").starts_with("arn:aws:kms:eu-west-1:"));
    assert_eq!(
        call("ASIALKMSTEST00000005"),
        "ExpiredTokenException The security token included in the request is expired"
    );
}

#[test]
fn the_region_is_validated_before_anything_uses_it() {
    let env = env_with_credentials(&[]);
    let server = Server::start(&env, &["--quiet"], &[]);
    let before = files_under(&env.keystore());
    let p = server.port;
    let body =
        r#"{"AliasName": "alias/escape", "TargetKeyId": "1234abcd-12ab-34cd-56ef-1234567890ab"}"#;
    let regions = [
        "..",
        "../x",
        "",
        "US-EAST-1",
        "local",
        "us-east-1..",
        "us-east-1/../..",
    ];
    let specs: Vec<Spec> = regions
        .iter()
        .map(|r| Spec::new("CreateAlias", body).region(r))
        .collect();
    let signed = sign_all(p, &specs);
    for (region, headers) in regions.iter().zip(&signed) {
        let (status, code, message) = error_of(server.send("CreateAlias", headers, body));
        assert_eq!(status, 400, "{region:?}");
        if region.contains('/') {
            let credential = header_of(headers, "Authorization")
                .split("Credential=")
                .nth(1)
                .unwrap()
                .split(',')
                .next()
                .unwrap()
                .to_string();
            assert_eq!(code, "IncompleteSignatureException", "{region:?}");
            assert_eq!(
                message,
                format!(
                    "Credential must have exactly 5 slash-delimited elements, e.g. \
                     keyid/date/region/service/term, got '{credential}'"
                )
            );
        } else {
            assert_eq!(code, "InvalidSignatureException", "{region:?}");
            assert_eq!(
                message,
                "Credential should be scoped to a valid region.".to_string()
            );
        }
    }
    // Development mode takes any signature, but not any region.
    drop(server);
    let dev = Server::start(&env, &["--quiet", "--dev"], &[]);
    let headers = sign(dev.port, Spec::new("ListAliases", "{}").region(".."));
    assert_eq!(
        error_of(dev.send("ListAliases", &headers, "{}")),
        (
            400,
            "InvalidSignatureException".into(),
            "Credential should be scoped to a valid region.".into()
        )
    );
    assert_eq!(
        dev.send(
            "ListAliases",
            &sign(
                dev.port,
                Spec::new("ListAliases", "{}").region("us-gov-west-1")
            ),
            "{}"
        )
        .0,
        200
    );
    // Nothing was written: every request was refused before the core ran. Only the one
    // ListAliases that was served reached it, and is the audit trail's one event.
    let audit = env.keystore().join("audit");
    let after: Vec<_> = files_under(&env.keystore())
        .into_iter()
        .filter(|p| !p.starts_with(&audit))
        .collect();
    assert_eq!(after, before);
    let events = env.ok(&["audit", "lookup-events", "--region", "us-gov-west-1"]);
    assert_eq!(events["Events"].as_array().unwrap().len(), 1, "{events}");
    assert_eq!(events["Events"][0]["EventName"], "ListAliases");
}

#[test]
fn an_allow_list_limits_the_regions_served() {
    let env = env_with_credentials(&[]);
    let check = |server: &Server| {
        let signed = sign_all(
            server.port,
            &[
                Spec::new("ListKeys", "{}").region("eu-west-1"),
                Spec::new("ListKeys", "{}").region("us-west-2"),
            ],
        );
        assert_eq!(server.send("ListKeys", &signed[0], "{}").0, 200);
        assert_eq!(
            error_of(server.send("ListKeys", &signed[1], "{}")),
            (
                400,
                "InvalidSignatureException".into(),
                "Credential should be scoped to a valid region.".into()
            )
        );
    };
    check(&Server::start(
        &env,
        &["--quiet", "--regions", "us-east-1,eu-west-1"],
        &[],
    ));
    check(&Server::start(
        &env,
        &["--quiet"],
        &[("LKMS_SERVE_REGIONS", "eu-west-1")],
    ));
    let r = env.run(&["serve", "--port", "0", "--regions", "us-east-1,../x"]);
    assert_eq!(r.code, 252, "{r:?}");
    assert!(
        r.stderr
            .contains("--regions: '../x' is not an AWS Region name"),
        "{r:?}"
    );
}

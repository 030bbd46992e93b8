//! The XKS proxy client against a real proxy on loopback (tests/fixtures/xks_proxy.py, keys in
//! SoftHSM2, HTTPS with a test CA made by openssl): round trips, the double encryption of XKS
//! keys, each error answer of the API, garbage, a timeout, refused connections and TLS.

mod xks_fixture;

use lkms::crypto::custom_blob::{self, AnyBlob, CustomHeader, StoreKind};
use lkms::crypto::secret::Key256;
use lkms::error::ErrorCode;
use lkms::xks::{
    ProxyError, RequestMetadata, TrustRoots, XksClient, XksContext, XksCredential, XksError,
    XksOptions, envelope,
};
use std::time::{Duration, Instant};
use xks_fixture::*;
use zeroize::Zeroizing;

fn options(timeout: Duration) -> XksOptions {
    XksOptions {
        region: "us-east-1".into(),
        timeout,
        trust: TrustRoots::Pem(XksProxy::shared().ca_pem()),
        connect_to: Some(XksProxy::shared().addr()),
    }
}

fn credential(secret: &str) -> XksCredential {
    XksCredential {
        access_key_id: ACCESS_KEY_ID.into(),
        raw_secret_access_key: Zeroizing::new(secret.into()),
    }
}

/// A client of the shared proxy at `path`, with a timeout generous for a loaded machine.
fn client(path: &str) -> XksClient {
    XksClient::new(
        ENDPOINT,
        path,
        &credential(SECRET),
        &options(Duration::from_secs(20)),
    )
    .unwrap()
}

fn meta(op: &str) -> RequestMetadata {
    RequestMetadata {
        aws_principal_arn: Some("arn:aws:iam::111122223333:user/Alice".into()),
        kms_key_arn: Some(
            "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab".into(),
        ),
        kms_operation: op.into(),
        kms_request_id: "4112f4d6-db54-4af4-ae30-c55a22a8dfae".into(),
        kms_via_service: None,
    }
}

fn health_meta() -> RequestMetadata {
    RequestMetadata {
        kms_operation: "ConnectCustomKeyStore".into(),
        kms_request_id: "1124f4d6-db54-4af4-ae30-c55a22a8abcd".into(),
        ..Default::default()
    }
}

#[test]
fn round_trip_health_and_metadata() {
    for path in [PATH, "/tenant-a/kms/xks/v1"] {
        let c = client(path);
        let health = c.health(&health_meta()).unwrap();
        assert_eq!(health.ekm_fleet_details[0].health_status, "ACTIVE");
        assert_eq!(health.xks_proxy_fleet_size, 1);

        let m = c.key_metadata(KEY, &meta("CreateKey")).unwrap();
        assert_eq!(m.key_spec, "AES_256");
        assert_eq!(m.key_usage, ["ENCRYPT", "DECRYPT"]);
        m.check_usable().unwrap();

        for (plaintext, aad) in [
            (&b"Hello World!"[..], &b"project=nile"[..]),
            (b"no aad", b""),
            (&[9u8; 4300][..], &[1u8; 8192][..]),
        ] {
            let ct = c.encrypt(KEY, &meta("Encrypt"), plaintext, aad).unwrap();
            assert_eq!(ct.ciphertext.len(), plaintext.len());
            assert_ne!(&ct.ciphertext[..], plaintext);
            assert_eq!(
                ct.metadata, b"softhsm-v1",
                "the proxy's ciphertextMetadata is kept"
            );
            let back = c.decrypt(KEY, &meta("Decrypt"), &ct, aad).unwrap();
            assert_eq!(&back[..], plaintext);
        }
    }
}

#[test]
fn altered_ciphertexts_are_invalid_ciphertext() {
    let c = client(PATH);
    let ct = c.encrypt(KEY, &meta("Encrypt"), b"secret", b"aad").unwrap();
    let refused = XksError::Proxy(ProxyError::InvalidCiphertextException);
    assert_eq!(
        c.decrypt(KEY, &meta("Decrypt"), &ct, b"other").unwrap_err(),
        refused
    );
    assert_eq!(
        c.decrypt(KEY_2, &meta("Decrypt"), &ct, b"aad").unwrap_err(),
        refused
    );
    let mut bad = ct.clone();
    bad.ciphertext[0] ^= 1;
    assert_eq!(
        c.decrypt(KEY, &meta("Decrypt"), &bad, b"aad").unwrap_err(),
        refused
    );
    let mut bad = ct.clone();
    bad.metadata[0] ^= 1;
    assert_eq!(
        c.decrypt(KEY, &meta("Decrypt"), &bad, b"aad").unwrap_err(),
        refused
    );
    let e = refused.to_kms_error(XksContext::Cryptographic);
    assert_eq!(e.code, ErrorCode::KMSInvalidStateException);
    assert_eq!(
        e.message,
        "The external key store proxy rejected the request because the specified ciphertext or encryption context is corrupted, missing, or otherwise invalid."
    );
}

#[test]
fn xks_keys_are_encrypted_twice() {
    let c = client(PATH);
    let inner = Key256::generate();
    let header = CustomHeader {
        kind: StoreKind::External,
        key_id: "1234abcd-12ab-34cd-56ef-1234567890ab".into(),
        store_id: "cks-1234567890abcdef0".into(),
        material_id: "ab".repeat(32),
    };
    let blob =
        envelope::seal(&c, KEY, &meta("Encrypt"), &inner, &header, b"ctx", b"plain").unwrap();
    let Some(AnyBlob::Custom(parsed)) = custom_blob::parse_any(&blob) else {
        panic!("not a custom key store blob");
    };
    assert_eq!(
        parsed.header, header,
        "the blob names its store and inner material"
    );
    let open =
        |key: &Key256, ctx: &[u8]| envelope::open(&c, KEY, &meta("Decrypt"), key, &parsed, ctx);
    assert_eq!(&open(&inner, b"ctx").unwrap()[..], b"plain");

    // Another encryption context fails at the proxy (its AAD is bound to the context).
    assert_eq!(
        open(&inner, b"other").unwrap_err(),
        XksError::Proxy(ProxyError::InvalidCiphertextException)
    );
    // The proxy's layer alone does not reveal the plaintext: another inner key cannot open it.
    assert_eq!(
        open(&Key256::generate(), b"ctx").unwrap_err(),
        XksError::InnerLayerInvalid
    );
    let custom_blob::CustomBody::External(layer) = &parsed.body else {
        panic!("an XKS body");
    };
    assert!(
        !layer.ciphertext.windows(5).any(|w| w == b"plain"),
        "the plaintext is not in the blob"
    );
}

#[test]
fn unknown_keys_are_key_not_found() {
    let c = client(PATH);
    let err = c
        .key_metadata("no-such-key", &meta("CreateKey"))
        .unwrap_err();
    assert_eq!(err, XksError::Proxy(ProxyError::KeyNotFoundException));
    let e = err.to_kms_error(XksContext::CreateKey);
    assert_eq!(e.code, ErrorCode::XksKeyNotFoundException);
    assert!(e.message.starts_with(
        "The external key associated with this KMS key in an external key store was not found"
    ));
    let err = c
        .encrypt("no-such-key", &meta("Encrypt"), b"x", b"")
        .unwrap_err();
    assert_eq!(err, XksError::Proxy(ProxyError::KeyNotFoundException));
    assert_eq!(
        err.code(XksContext::Cryptographic),
        ErrorCode::KMSInvalidStateException
    );
}

#[test]
fn keys_that_cannot_serve_are_refused() {
    let c = client(PATH);
    let m = c.key_metadata(DISABLED_KEY, &meta("CreateKey")).unwrap();
    let err = m.check_usable().unwrap_err();
    assert_eq!(
        err.code(XksContext::CreateKey),
        ErrorCode::XksKeyInvalidConfigurationException
    );
    let err = c
        .encrypt(DISABLED_KEY, &meta("Encrypt"), b"x", b"")
        .unwrap_err();
    assert_eq!(err, XksError::Proxy(ProxyError::InvalidStateException));

    let m = c
        .key_metadata(ENCRYPT_ONLY_KEY, &meta("CreateKey"))
        .unwrap();
    assert!(matches!(m.check_usable(), Err(XksError::KeyUnsuitable(_))));
    let ct = c
        .encrypt(ENCRYPT_ONLY_KEY, &meta("Encrypt"), b"x", b"")
        .unwrap();
    let err = c
        .decrypt(ENCRYPT_ONLY_KEY, &meta("Decrypt"), &ct, b"")
        .unwrap_err();
    assert_eq!(err, XksError::Proxy(ProxyError::InvalidKeyUsageException));
}

#[test]
fn a_wrong_credential_is_authentication_failed() {
    let other_secret = "c29tZS1vdGhlci1zZWNyZXQtdGhhdC10aGUtcHJveHktZG9lcy1ub3Qta25vdw";
    let wrong = XksClient::new(
        ENDPOINT,
        PATH,
        &credential(other_secret),
        &options(Duration::from_secs(20)),
    )
    .unwrap();
    let err = wrong.health(&health_meta()).unwrap_err();
    assert_eq!(
        err,
        XksError::Proxy(ProxyError::AuthenticationFailedException)
    );
    assert_eq!(
        err.code(XksContext::CustomKeyStore),
        ErrorCode::XksProxyIncorrectAuthenticationCredentialException
    );
    assert_eq!(err.connection_error_code(), "XKS_PROXY_ACCESS_DENIED");
    let unknown_id = XksCredential {
        access_key_id: "LKMSSOMEOTHERACCESSKEYID".into(),
        raw_secret_access_key: Zeroizing::new(SECRET.into()),
    };
    let err = XksClient::new(
        ENDPOINT,
        PATH,
        &unknown_id,
        &options(Duration::from_secs(20)),
    )
    .unwrap()
    .encrypt(KEY, &meta("Encrypt"), b"x", b"")
    .unwrap_err();
    assert_eq!(
        err,
        XksError::Proxy(ProxyError::AuthenticationFailedException)
    );
}

#[test]
fn every_error_answer_of_the_api() {
    for (error, name, _status) in ProxyError::ALL {
        let c = client(&format!("/error-{name}/kms/xks/v1"));
        let err = c.encrypt(KEY, &meta("Encrypt"), b"x", b"").unwrap_err();
        assert_eq!(err, XksError::Proxy(error), "{name}");
        assert_eq!(
            err.code(XksContext::Cryptographic),
            ErrorCode::KMSInvalidStateException
        );
    }
    // A path the proxy does not serve.
    let err = client("/kms/xks/v2").health(&health_meta()).unwrap_err();
    assert_eq!(err, XksError::Proxy(ProxyError::InvalidUriPathException));
    assert_eq!(
        err.code(XksContext::CustomKeyStore),
        ErrorCode::XksProxyInvalidConfigurationException
    );
    assert_eq!(
        err.connection_error_code(),
        "XKS_PROXY_INVALID_CONFIGURATION"
    );
}

#[test]
fn garbage_is_an_invalid_response() {
    for prefix in ["garbage", "garbage-json", "html500"] {
        let c = client(&format!("/{prefix}/kms/xks/v1"));
        for err in [
            c.health(&health_meta()).unwrap_err(),
            c.key_metadata(KEY, &meta("DescribeKey")).unwrap_err(),
            c.encrypt(KEY, &meta("Encrypt"), b"x", b"").unwrap_err(),
        ] {
            assert!(
                matches!(err, XksError::InvalidResponse(_)),
                "{prefix}: {err:?}"
            );
            assert_eq!(
                err.code(XksContext::CustomKeyStore),
                ErrorCode::XksProxyInvalidResponseException
            );
            assert_eq!(err.connection_error_code(), "XKS_PROXY_INVALID_RESPONSE");
            assert_eq!(
                err.message(),
                "AWS KMS cannot interpret the response from the external key store proxy. If you see this error repeatedly, report it to your external key store proxy administrator."
            );
        }
    }
    // An integrity value that does not match what came back.
    let err = client("/cdiv-wrong/kms/xks/v1")
        .encrypt(KEY, &meta("GenerateDataKey"), b"data key", b"")
        .unwrap_err();
    assert!(matches!(err, XksError::InvalidResponse(_)), "{err:?}");
}

#[test]
fn no_available_key_manager_is_unreachable() {
    let err = client("/unavailable/kms/xks/v1")
        .health(&health_meta())
        .unwrap_err();
    assert_eq!(err, XksError::AllKeyManagersUnavailable);
    assert_eq!(
        err.code(XksContext::CustomKeyStore),
        ErrorCode::XksProxyUriUnreachableException
    );
    assert_eq!(err.connection_error_code(), "XKS_PROXY_NOT_REACHABLE");
}

#[test]
fn a_slow_proxy_times_out() {
    let slow = XksClient::new(
        ENDPOINT,
        "/slow-5000/kms/xks/v1",
        &credential(SECRET),
        &options(Duration::from_millis(500)),
    )
    .unwrap();
    let started = Instant::now();
    let err = slow.encrypt(KEY, &meta("Encrypt"), b"x", b"").unwrap_err();
    let took = started.elapsed();
    assert_eq!(err, XksError::TimedOut);
    assert!(took < Duration::from_secs(3), "gave up after {took:?}");
    assert_eq!(
        err.code(XksContext::CustomKeyStore),
        ErrorCode::XksProxyUriUnreachableException
    );
    assert_eq!(err.connection_error_code(), "XKS_PROXY_TIMED_OUT");
    assert!(err.message().contains("did not respond in time"));
    // A proxy that answers within the limit is fine with the same short timeout.
    let quick = XksClient::new(
        ENDPOINT,
        "/slow-10/kms/xks/v1",
        &credential(SECRET),
        &options(Duration::from_secs(20)),
    )
    .unwrap();
    quick.health(&health_meta()).unwrap();
}

#[test]
fn refused_connections_are_unreachable() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut opts = options(Duration::from_secs(5));
    opts.connect_to = Some(([127, 0, 0, 1], port).into());
    let err = XksClient::new(ENDPOINT, PATH, &credential(SECRET), &opts)
        .unwrap()
        .health(&health_meta())
        .unwrap_err();
    assert!(matches!(err, XksError::Unreachable(_)), "{err:?}");
    assert_eq!(
        err.code(XksContext::CustomKeyStore),
        ErrorCode::XksProxyUriUnreachableException
    );
    assert_eq!(
        err.code(XksContext::CreateKey),
        ErrorCode::CustomKeyStoreInvalidStateException
    );
    assert_eq!(err.connection_error_code(), "XKS_PROXY_NOT_REACHABLE");
}

#[test]
fn untrusted_or_misnamed_certificates_fail_tls() {
    // The public roots do not include the test CA.
    let mut public = options(Duration::from_secs(20));
    public.trust = TrustRoots::WebPki;
    let err = XksClient::new(ENDPOINT, PATH, &credential(SECRET), &public)
        .unwrap()
        .health(&health_meta())
        .unwrap_err();
    assert!(matches!(err, XksError::Tls(_)), "{err:?}");
    assert_eq!(
        err.connection_error_code(),
        "XKS_PROXY_INVALID_TLS_CONFIGURATION"
    );
    assert_eq!(
        err.code(XksContext::CustomKeyStore),
        ErrorCode::XksProxyUriUnreachableException
    );
    // The certificate names xks.lkms.test, not this host.
    let err = XksClient::new(
        "https://other.lkms.test",
        PATH,
        &credential(SECRET),
        &options(Duration::from_secs(20)),
    )
    .unwrap()
    .health(&health_meta())
    .unwrap_err();
    assert!(matches!(err, XksError::Tls(_)), "{err:?}");
    // A bundle without certificates is refused up front.
    let mut empty = options(Duration::from_secs(1));
    empty.trust = TrustRoots::Pem(b"not a certificate".to_vec());
    assert!(matches!(
        XksClient::new(ENDPOINT, PATH, &credential(SECRET), &empty),
        Err(XksError::Tls(_))
    ));
}

#[test]
fn addresses_that_cannot_form_a_request_are_refused() {
    let opts = options(Duration::from_secs(1));
    for (endpoint, path) in [
        ("http://xks.lkms.test", PATH),
        ("https://xks.lkms.test/extra", PATH),
        ("https://", PATH),
        (ENDPOINT, "kms/xks/v1"),
        (ENDPOINT, "/kms/xks/v1?x=1"),
    ] {
        let err = XksClient::new(endpoint, path, &credential(SECRET), &opts).err();
        assert!(
            matches!(err, Some(XksError::InvalidConfiguration(_))),
            "{endpoint} {path}: {err:?}"
        );
    }
    let c = client(PATH);
    for key in ["", "a/b", "../x", &"k".repeat(129)] {
        let err = c.encrypt(key, &meta("Encrypt"), b"x", b"").unwrap_err();
        assert!(
            matches!(err, XksError::InvalidConfiguration(_)),
            "{key}: {err:?}"
        );
    }
}

#[test]
fn one_client_serves_many_threads() {
    let c = std::sync::Arc::new(client(PATH));
    let workers: Vec<_> = (0..4)
        .map(|n| {
            let c = c.clone();
            std::thread::spawn(move || {
                for i in 0..10 {
                    let msg = format!("worker {n} call {i}");
                    let ct = c
                        .encrypt(KEY, &meta("Encrypt"), msg.as_bytes(), b"a")
                        .unwrap();
                    let back = c.decrypt(KEY, &meta("Decrypt"), &ct, b"a").unwrap();
                    assert_eq!(&back[..], msg.as_bytes());
                }
            })
        })
        .collect();
    for w in workers {
        w.join().expect("worker panicked");
    }
}

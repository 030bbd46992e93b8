//! Failures of an XKS proxy and of the way to it, against the test proxy on loopback
//! (tests/fixtures/xks_proxy.py): each error answer of the API, garbage, a timeout, a refused
//! connection, TLS that does not verify, and addresses that cannot form a request.

mod xks_fixture;

use lkms::error::ErrorCode;
use lkms::xks::{ProxyError, TrustRoots, XksClient, XksContext, XksError};
use std::time::{Duration, Instant};
use xks_fixture::*;

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

//! The XKS proxy client against a real proxy on loopback (tests/fixtures/xks_proxy.py, keys in
//! SoftHSM2, HTTPS with a test CA made by openssl): round trips, tampering, the double
//! encryption of XKS keys, unusable keys, credentials, and one client across threads.
//! Failures of the proxy and the network are in tests/xks_failures.rs.

mod xks_fixture;

use lkms::crypto::custom_blob::{self, AnyBlob, CustomHeader, StoreKind};
use lkms::crypto::secret::Key256;
use lkms::crypto::secret::SecretString;
use lkms::error::ErrorCode;
use lkms::xks::{ProxyError, XksClient, XksContext, XksCredential, XksError, envelope};
use std::time::Duration;
use xks_fixture::*;

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
        e.text(),
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
    assert!(e.text().starts_with(
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
        raw_secret_access_key: SecretString::new(SECRET.into()),
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

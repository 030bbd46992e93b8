//! Keys in a real PKCS#11 token (SoftHSM2): login failures as AWS's connection error codes,
//! AES-GCM inside the token, non-extractable key objects, and a token that disappears.
//!
//! Each test runs in a child process with tokens of its own (see `softhsm::isolated`).

mod softhsm;

use lkms::crypto::custom_blob::{self, AnyBlob, CustomHeader, StoreKind};
use lkms::crypto::hsm::{HsmError, Token, TokenLocation};
use softhsm::{PIN, isolated};
use std::time::{Duration, Instant};

const KEY: &str = "1234abcd-12ab-34cd-56ef-1234567890ab";

fn location(label: &str) -> TokenLocation {
    TokenLocation {
        module: softhsm::module(),
        label: label.to_string(),
    }
}

fn connect(label: &str) -> Token {
    Token::connect(&location(label), PIN).unwrap_or_else(|e| panic!("connect {label}: {e}"))
}

#[test]
fn gcm_round_trip_inside_the_token() {
    let Some(_child) = isolated("gcm_round_trip_inside_the_token", |h| h.init_token("main")) else {
        return;
    };
    let token = connect("main");
    token.generate_key(KEY).unwrap();
    token.generate_key("other-key").unwrap();
    let aad = b"header and encryption context";

    for plaintext in [&b""[..], b"hello", &[7u8; 4096][..]] {
        let sealed = token.encrypt(KEY, plaintext, aad).unwrap();
        assert_eq!(sealed.ciphertext.len(), plaintext.len());
        if !plaintext.is_empty() {
            assert_ne!(
                sealed.ciphertext, plaintext,
                "the ciphertext is not the plaintext"
            );
        }
        assert_eq!(&token.decrypt(KEY, &sealed, aad).unwrap()[..], plaintext);
    }

    let sealed = token.encrypt(KEY, b"secret", aad).unwrap();
    let again = token.encrypt(KEY, b"secret", aad).unwrap();
    assert_ne!(sealed.iv, again.iv, "a fresh IV for every encryption");
    assert_ne!(sealed.ciphertext, again.ciphertext);

    // Everything GCM authenticates must be exactly as it was.
    let bad = |s: &lkms::crypto::hsm::GcmCiphertext, label: &str, aad: &[u8]| {
        token.decrypt(label, s, aad).unwrap_err()
    };
    assert_eq!(bad(&sealed, KEY, b"other aad"), HsmError::InvalidCiphertext);
    assert_eq!(bad(&sealed, "other-key", aad), HsmError::InvalidCiphertext);
    let mut tampered = sealed.clone();
    tampered.ciphertext[0] ^= 1;
    assert_eq!(bad(&tampered, KEY, aad), HsmError::InvalidCiphertext);
    let mut tampered = sealed.clone();
    tampered.tag[15] ^= 0x80;
    assert_eq!(bad(&tampered, KEY, aad), HsmError::InvalidCiphertext);
    let mut tampered = sealed.clone();
    tampered.iv[0] ^= 1;
    assert_eq!(bad(&tampered, KEY, aad), HsmError::InvalidCiphertext);
    // And the untouched one still decrypts.
    assert_eq!(&token.decrypt(KEY, &sealed, aad).unwrap()[..], b"secret");
}

#[test]
fn blobs_made_in_the_token_name_their_store() {
    let Some(_child) = isolated("blobs_made_in_the_token_name_their_store", |h| {
        h.init_token("main")
    }) else {
        return;
    };
    let token = connect("main");
    token.generate_key(KEY).unwrap();
    let header = CustomHeader {
        kind: StoreKind::CloudHsm,
        key_id: KEY.into(),
        store_id: "cks-1234567890abcdef0".into(),
        material_id: String::new(),
    };
    let blob = token.seal_blob(&header, b"ctx", b"data key").unwrap();
    let Some(AnyBlob::Custom(parsed)) = custom_blob::parse_any(&blob) else {
        panic!("not a custom key store blob");
    };
    assert_eq!(
        parsed.header, header,
        "the blob says which store and key made it"
    );
    assert_eq!(&token.open_blob(&parsed, b"ctx").unwrap()[..], b"data key");
    assert_eq!(
        token.open_blob(&parsed, b"other").unwrap_err(),
        HsmError::InvalidCiphertext
    );
    // The store ID is authenticated: a blob claiming another store does not decrypt.
    let mut moved = blob.clone();
    let at = moved.windows(3).position(|w| w == b"cks").unwrap() + 4;
    moved[at] ^= 1;
    let Some(AnyBlob::Custom(moved)) = custom_blob::parse_any(&moved) else {
        panic!("still well-formed");
    };
    assert_eq!(
        token.open_blob(&moved, b"ctx").unwrap_err(),
        HsmError::InvalidCiphertext
    );
}

#[test]
fn wrong_pin_is_invalid_credentials() {
    let Some(_child) = isolated("wrong_pin_is_invalid_credentials", |h| h.init_token("main"))
    else {
        return;
    };
    let err = Token::connect(&location("main"), "not-the-pin").unwrap_err();
    assert_eq!(err, HsmError::InvalidCredentials);
    assert_eq!(err.connection_error_code(), "INVALID_CREDENTIALS");

    // The right PIN works, and a wrong one is still refused while the process is logged in.
    let token = connect("main");
    token.generate_key(KEY).unwrap();
    let err = Token::connect(&location("main"), "not-the-pin").unwrap_err();
    assert_eq!(err, HsmError::InvalidCredentials);
    // The earlier connection survived the failed attempt.
    let sealed = token.encrypt(KEY, b"still here", b"").unwrap();
    assert_eq!(
        &token.decrypt(KEY, &sealed, b"").unwrap()[..],
        b"still here"
    );
}

#[test]
fn missing_token_or_module_is_cluster_not_found() {
    let Some(child) = isolated("missing_token_or_module_is_cluster_not_found", |h| {
        h.init_token("main")
    }) else {
        return;
    };
    let err = Token::connect(&location("no-such-token"), PIN).unwrap_err();
    assert!(matches!(err, HsmError::ClusterNotFound(_)), "{err:?}");
    assert_eq!(err.connection_error_code(), "CLUSTER_NOT_FOUND");

    let missing = TokenLocation {
        module: child.hsm_dir.join("no-such-module.so"),
        label: "main".into(),
    };
    let err = Token::connect(&missing, PIN).unwrap_err();
    assert!(matches!(err, HsmError::ClusterNotFound(_)), "{err:?}");

    let not_a_module = child.hsm_dir.join("softhsm2.conf");
    let err = Token::connect(
        &TokenLocation {
            module: not_a_module,
            label: "main".into(),
        },
        PIN,
    )
    .unwrap_err();
    assert_eq!(err.connection_error_code(), "CLUSTER_NOT_FOUND");
}

#[test]
fn locked_pin_is_user_locked_out() {
    let Some(child) = isolated("locked_pin_is_user_locked_out", |h| {
        h.init_token("locked");
        h.lock_user_pin("locked");
    }) else {
        return;
    };
    // The token itself reports the lock (OpenSC reads the same flag).
    let out = child
        .hsm()
        .tool("pkcs11-tool")
        .arg("--module")
        .arg(softhsm::module())
        .args(["--token-label", "locked", "--list-token-slots"])
        .output()
        .expect("pkcs11-tool (opensc) must be installed");
    let listing = String::from_utf8_lossy(&out.stdout);
    assert!(listing.contains("user PIN locked"), "{listing}");

    let err = Token::connect(&location("locked"), PIN).unwrap_err();
    assert_eq!(err, HsmError::UserLockedOut);
    assert_eq!(err.connection_error_code(), "USER_LOCKED_OUT");
}

#[test]
fn token_without_a_user_is_user_not_found() {
    let Some(_child) = isolated("token_without_a_user_is_user_not_found", |h| {
        h.init_token_without_user("nouser")
    }) else {
        return;
    };
    let err = Token::connect(&location("nouser"), PIN).unwrap_err();
    assert_eq!(err, HsmError::UserNotFound);
    assert_eq!(err.connection_error_code(), "USER_NOT_FOUND");
}

#[test]
fn key_objects_are_not_extractable() {
    let Some(child) = isolated("key_objects_are_not_extractable", |h| h.init_token("main")) else {
        return;
    };
    let token = connect("main");
    token.generate_key(KEY).unwrap();
    let p = token.key_protection(KEY).unwrap();
    assert!(p.on_token && p.sensitive, "{p:?}");
    assert!(!p.extractable, "{p:?}");
    assert!(!p.value_readable, "CKA_VALUE must not be returned: {p:?}");

    // A second program sees the persistent object and cannot read its value either.
    let tool = |args: &[&str]| {
        child
            .hsm()
            .tool("pkcs11-tool")
            .arg("--module")
            .arg(softhsm::module())
            .args(["--token-label", "main", "--login", "--pin", PIN])
            .args(args)
            .output()
            .expect("pkcs11-tool (opensc) must be installed")
    };
    let listed = tool(&["--list-objects", "--type", "secrkey"]);
    let listing = String::from_utf8_lossy(&listed.stdout);
    assert!(listing.contains(KEY), "{listing}");
    assert!(listing.contains("AES length 32"), "{listing}");
    assert!(listing.contains("never extractable"), "{listing}");
    let read = tool(&["--read-object", "--type", "secrkey", "--label", KEY]);
    assert!(!read.status.success(), "pkcs11-tool read the key: {read:?}");
    assert!(read.stdout.is_empty(), "no key bytes on stdout");

    // The object is a token object: it outlives this process's connection.
    token.disconnect();
    assert!(connect("main").has_key(KEY).unwrap());
}

#[test]
fn destroyed_keys_are_gone() {
    let Some(_child) = isolated("destroyed_keys_are_gone", |h| h.init_token("main")) else {
        return;
    };
    let token = connect("main");
    token.generate_key(KEY).unwrap();
    assert_eq!(
        token.generate_key(KEY).unwrap_err(),
        HsmError::KeyExists(KEY.into())
    );
    let sealed = token.encrypt(KEY, b"x", b"").unwrap();
    token.destroy_key(KEY).unwrap();
    assert!(!token.has_key(KEY).unwrap());
    let gone = HsmError::KeyNotFound(KEY.into());
    assert_eq!(token.encrypt(KEY, b"x", b"").unwrap_err(), gone);
    assert_eq!(token.decrypt(KEY, &sealed, b"").unwrap_err(), gone);
    assert_eq!(token.destroy_key(KEY).unwrap_err(), gone);
    // A new key under the same label is a different key.
    token.generate_key(KEY).unwrap();
    assert_eq!(
        token.decrypt(KEY, &sealed, b"").unwrap_err(),
        HsmError::InvalidCiphertext
    );
}

#[test]
fn a_vanished_token_is_an_error_not_a_hang() {
    let Some(child) = isolated("a_vanished_token_is_an_error_not_a_hang", |h| {
        h.init_token("main")
    }) else {
        return;
    };
    let token = connect("main");
    token.generate_key(KEY).unwrap();
    let sealed = token.encrypt(KEY, b"before", b"").unwrap();

    // Workers keep encrypting while another program deletes the token under them.
    let (started_tx, started_rx) = std::sync::mpsc::channel();
    let workers: Vec<_> = (0..4)
        .map(|_| {
            let token = token.clone();
            let started = started_tx.clone();
            std::thread::spawn(move || {
                let _ = started.send(());
                for _ in 0..100_000 {
                    if let Err(e) = token.encrypt(KEY, b"during", b"") {
                        return Some(e);
                    }
                }
                None
            })
        })
        .collect();
    for _ in 0..4 {
        started_rx.recv().unwrap();
    }
    let out = child
        .hsm()
        .tool("softhsm2-util")
        .args(["--delete-token", "--token", "main"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");

    let deadline = Instant::now() + Duration::from_secs(30);
    for w in workers {
        while !w.is_finished() {
            assert!(
                Instant::now() < deadline,
                "a worker hung on the vanished token"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
        let ended = w.join().expect("no panic on a vanished token");
        assert!(ended.is_some(), "the worker never saw the token go");
    }
    // SoftHSM2 keeps listing a deleted token until the module is initialised again, so the
    // key is what is found missing; a token that leaves its slot reports TokenGone instead.
    let err = token.encrypt(KEY, b"after", b"").unwrap_err();
    assert!(
        matches!(err, HsmError::KeyNotFound(_) | HsmError::TokenGone(_)),
        "{err:?}"
    );
    assert!(token.decrypt(KEY, &sealed, b"").is_err());
    assert!(token.generate_key("another").is_err());
}

#[test]
fn connections_and_sessions_are_shared_across_threads() {
    let Some(_child) = isolated("connections_and_sessions_are_shared_across_threads", |h| {
        h.init_token("main")
    }) else {
        return;
    };
    connect("main").generate_key(KEY).unwrap();
    let workers: Vec<_> = (0..6)
        .map(|n| {
            std::thread::spawn(move || {
                for i in 0..25 {
                    // Connecting per call, as a server does per request.
                    let token = connect("main");
                    let msg = format!("worker {n} message {i}");
                    let sealed = token.encrypt(KEY, msg.as_bytes(), b"aad").unwrap();
                    let back = token.decrypt(KEY, &sealed, b"aad").unwrap();
                    assert_eq!(&back[..], msg.as_bytes());
                }
            })
        })
        .collect();
    for w in workers {
        w.join().expect("worker panicked");
    }
}

#[test]
fn disconnected_tokens_refuse_work() {
    let Some(_child) = isolated("disconnected_tokens_refuse_work", |h| h.init_token("main")) else {
        return;
    };
    let token = connect("main");
    token.generate_key(KEY).unwrap();
    let held = token.clone();
    token.disconnect();
    assert_eq!(
        held.encrypt(KEY, b"x", b"").unwrap_err(),
        HsmError::Disconnected
    );
    // Connecting again makes a new, working connection.
    let again = connect("main");
    assert!(again.has_key(KEY).unwrap());
}

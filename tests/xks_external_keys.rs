//! Keys in external key stores (issue 18), against the test XKS proxy: CreateKey checks the
//! external key (unknown, disabled, unable to decrypt), and a proxy that answers too late fails
//! a cryptographic call with AWS's exception. A missing SoftHSM2, openssl or PyKCS11 fails it.

mod common;
mod key_store_env;
mod xks_fixture;
mod xks_setup;

use common::*;
use xks_fixture::*;
use xks_setup::*;

#[test]
fn external_keys_are_checked_and_slow_proxies_fail_cryptography() {
    let c = cks();
    let id = create(&c, "keys", PATH);
    c.connect(&id);
    let create_key = |external: &str, code: &str, message: &str| {
        c.err(
            &[
                "create-key",
                "--origin",
                "EXTERNAL_KEY_STORE",
                "--custom-key-store-id",
                &id,
                "--xks-key-id",
                external,
            ],
            "CreateKey",
            code,
            message,
        );
    };
    create_key(
        "no-such-key",
        "XksKeyNotFoundException",
        "The external key associated with this KMS key in an external key store was not found in \
         its external key manager. If the external key ID associated with this KMS key is \
         incorrect, create a new KMS key with the correct external key ID.",
    );
    let unsuitable = |why: &str| {
        format!(
            "The external key does not meet the requirements for a KMS key in an external key \
             store: {why}. It must be an enabled AES-256 key that can encrypt and decrypt."
        )
    };
    create_key(
        DISABLED_KEY,
        "XksKeyInvalidConfigurationException",
        &unsuitable("its status is DISABLED"),
    );
    create_key(
        ENCRYPT_ONLY_KEY,
        "XksKeyInvalidConfigurationException",
        &unsuitable("its key usage lacks DECRYPT"),
    );
    c.err(
        &[
            "create-key",
            "--origin",
            "EXTERNAL_KEY_STORE",
            "--custom-key-store-id",
            &id,
        ],
        "CreateKey",
        "ValidationException",
        "You must specify an XksKeyId when the Origin is EXTERNAL_KEY_STORE.",
    );
    // A proxy that answers too late fails a cryptographic call as AWS does.
    let slow = create(&c, "slow", "/slow-1000/kms/xks/v1");
    c.connect(&slow);
    let key = xks_key(&c, &slow, KEY);
    let r = c.run_with(
        &["encrypt", "--key-id", &key, "--plaintext", &b64(b"late")],
        &[("LKMS_XKS_TIMEOUT_MS", "200")],
    );
    assert_service_err(&r, "Encrypt", "KMSInvalidStateException", TIMED_OUT);
    let blob = c.encrypt(&key, &b64(b"in time"), "a=b");
    assert_eq!(
        unb64(c.decrypt(&blob, "a=b")["Plaintext"].as_str().unwrap()),
        b"in time"
    );
}

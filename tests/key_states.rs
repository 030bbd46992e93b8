//! Every cell of the key-state tables (kms-behaviour.md §3.3 and §3.4) for the operations lkms
//! implements, with AWS's exception names and messages.

mod common;
use common::*;

#[derive(Clone, Copy, Debug, PartialEq)]
enum State {
    Enabled,
    Disabled,
    PendingImport,
    PendingDeletion,
}

const STATES: [State; 4] = [
    State::Enabled,
    State::Disabled,
    State::PendingImport,
    State::PendingDeletion,
];

/// A key in `state`, plus a ciphertext blob that names it.
fn key_in(env: &Env, state: State) -> (String, String) {
    let id = if state == State::PendingImport {
        env.create_external_key()
    } else {
        env.create_key()
    };
    let blob = if state == State::PendingImport {
        // A PendingImport key has no material, so borrow a blob and put this key's ID in it
        // (same length): the state check comes before any material is needed.
        let other = env.create_key();
        let b = unb64(&env.encrypt(&other, b"payload"));
        let text = String::from_utf8_lossy(&b).into_owned();
        assert!(text.contains(&other));
        let mut bytes = b.clone();
        let pos = b.windows(36).position(|w| w == other.as_bytes()).unwrap();
        bytes[pos..pos + 36].copy_from_slice(id.as_bytes());
        b64(&bytes)
    } else {
        env.encrypt(&id, b"payload")
    };
    match state {
        State::Disabled => {
            env.ok(&["disable-key", "--key-id", &id]);
        }
        State::PendingDeletion => {
            env.ok(&[
                "schedule-key-deletion",
                "--key-id",
                &id,
                "--pending-window-in-days",
                "7",
            ]);
        }
        _ => {}
    }
    assert_eq!(env.state(&id), format!("{state:?}"));
    (id, blob)
}

/// What a cell says: success, or an exception with the ARN-prefixed message suffix.
enum Cell {
    Ok,
    Err(&'static str, &'static str),
}

const D1: Cell = Cell::Err("DisabledException", "is disabled.");
const I1: Cell = Cell::Err("KMSInvalidStateException", "is pending deletion.");
const I2: Cell = Cell::Err("KMSInvalidStateException", "is not pending deletion.");
const I5: Cell = Cell::Err("KMSInvalidStateException", "is pending import.");

fn check(env: &Env, id: &str, args: &[&str], op: &str, cell: Cell) {
    let r = env.run(args);
    match cell {
        Cell::Ok => assert_eq!(r.code, 0, "{op} should succeed: {r:?}"),
        Cell::Err(code, suffix) => {
            assert_service_err(&r, op, code, &format!("{} {suffix}", env.arn(id)))
        }
    }
}

fn crypto_cell(state: State) -> Cell {
    match state {
        State::Enabled => Cell::Ok,
        State::Disabled => D1,
        State::PendingImport => I5,
        // Today's AWS: KMSInvalidStateException, not the 2017 guide's DisabledException.
        State::PendingDeletion => I1,
    }
}

#[test]
fn cryptographic_operations_in_every_state() {
    let env = Env::new();
    let good = env.create_key();
    for state in STATES {
        let (id, blob) = key_in(&env, state);
        check(
            &env,
            &id,
            &["encrypt", "--key-id", &id, "--plaintext", "AAAA"],
            "Encrypt",
            crypto_cell(state),
        );
        check(
            &env,
            &id,
            &["decrypt", "--ciphertext-blob", &blob],
            "Decrypt",
            crypto_cell(state),
        );
        check(
            &env,
            &id,
            &[
                "generate-data-key",
                "--key-id",
                &id,
                "--key-spec",
                "AES_256",
            ],
            "GenerateDataKey",
            crypto_cell(state),
        );
        check(
            &env,
            &id,
            &[
                "generate-data-key-without-plaintext",
                "--key-id",
                &id,
                "--number-of-bytes",
                "16",
            ],
            "GenerateDataKeyWithoutPlaintext",
            crypto_cell(state),
        );
        // ReEncrypt checks both ends: this key as the source, and as the destination.
        check(
            &env,
            &id,
            &[
                "re-encrypt",
                "--ciphertext-blob",
                &blob,
                "--destination-key-id",
                &good,
            ],
            "ReEncrypt",
            crypto_cell(state),
        );
        let good_blob = env.encrypt(&good, b"x");
        check(
            &env,
            &id,
            &[
                "re-encrypt",
                "--ciphertext-blob",
                &good_blob,
                "--destination-key-id",
                &id,
            ],
            "ReEncrypt",
            crypto_cell(state),
        );
    }
}

#[test]
fn management_operations_in_every_state() {
    let env = Env::new();
    for state in STATES {
        let enable_disable = match state {
            State::PendingImport => I5,
            State::PendingDeletion => I1,
            _ => Cell::Ok,
        };
        let (id, _) = key_in(&env, state);
        check(
            &env,
            &id,
            &["describe-key", "--key-id", &id],
            "DescribeKey",
            Cell::Ok,
        );
        check(
            &env,
            &id,
            &[
                "update-key-description",
                "--key-id",
                &id,
                "--description",
                "d",
            ],
            "UpdateKeyDescription",
            if state == State::PendingDeletion {
                I1
            } else {
                Cell::Ok
            },
        );
        check(
            &env,
            &id,
            &["disable-key", "--key-id", &id],
            "DisableKey",
            enable_disable,
        );
        let (id, _) = key_in(&env, state);
        let enable_disable = match state {
            State::PendingImport => I5,
            State::PendingDeletion => I1,
            _ => Cell::Ok,
        };
        check(
            &env,
            &id,
            &["enable-key", "--key-id", &id],
            "EnableKey",
            enable_disable,
        );
        let (id, _) = key_in(&env, state);
        check(
            &env,
            &id,
            &["cancel-key-deletion", "--key-id", &id],
            "CancelKeyDeletion",
            if state == State::PendingDeletion {
                Cell::Ok
            } else {
                I2
            },
        );
        let (id, _) = key_in(&env, state);
        check(
            &env,
            &id,
            &[
                "schedule-key-deletion",
                "--key-id",
                &id,
                "--pending-window-in-days",
                "7",
            ],
            "ScheduleKeyDeletion",
            if state == State::PendingDeletion {
                I1
            } else {
                Cell::Ok
            },
        );
    }
}

#[test]
fn transitions_leave_the_right_state() {
    let env = Env::new();
    let (id, _) = key_in(&env, State::Disabled);
    env.ok(&["enable-key", "--key-id", &id]);
    assert_eq!(env.state(&id), "Enabled");
    let (id, _) = key_in(&env, State::PendingDeletion);
    env.ok(&["cancel-key-deletion", "--key-id", &id]);
    assert_eq!(env.state(&id), "Disabled");
    // An EXTERNAL key without material goes back to PendingImport, not Disabled.
    let (id, _) = key_in(&env, State::PendingImport);
    env.ok(&[
        "schedule-key-deletion",
        "--key-id",
        &id,
        "--pending-window-in-days",
        "30",
    ]);
    assert_eq!(env.state(&id), "PendingDeletion");
    env.ok(&["cancel-key-deletion", "--key-id", &id]);
    assert_eq!(env.state(&id), "PendingImport");
    // A disabled key that was scheduled and cancelled is Disabled; enabling restores use.
    let (id, blob) = key_in(&env, State::Enabled);
    env.ok(&["disable-key", "--key-id", &id]);
    env.ok(&[
        "schedule-key-deletion",
        "--key-id",
        &id,
        "--pending-window-in-days",
        "7",
    ]);
    env.ok(&["cancel-key-deletion", "--key-id", &id]);
    env.ok(&["enable-key", "--key-id", &id]);
    let v = env.ok(&["decrypt", "--ciphertext-blob", &blob]);
    assert_eq!(unb64(v["Plaintext"].as_str().unwrap()), b"payload");
}

//! The key-state table (kms-behaviour.md §3.3 and §3.4), in one place: which uses of a key each
//! state allows, and AWS's exception and message for every cell that refuses.
//!
//! The cells follow today's AWS, where it differs from the 2017 guide: a disabled key answers
//! `DisabledException` "<key ARN> is disabled.", a key pending import `KMSInvalidStateException`
//! "<key ARN> is pending import." and a key pending deletion `KMSInvalidStateException` "<key ARN>
//! is pending deletion." for every use, cryptographic ones included (the guide's
//! `DisabledException` "… is pending deletion." is no longer sent).

use super::Service;
use crate::error::{Error, ErrorCode, kms};
use crate::model::KeyState;
use crate::store::KeyRecord;

/// The rows of the table: the uses of a key whose outcome depends on its state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// Every cryptographic operation: Encrypt, Decrypt, ReEncrypt, GenerateDataKey*,
    /// GenerateDataKeyPair*, Sign, Verify, GenerateMac, VerifyMac, DeriveSharedSecret,
    /// GetPublicKey, Encapsulate, Decapsulate.
    Cryptographic,
    /// EnableKey and DisableKey.
    EnableDisable,
    /// UpdateKeyDescription.
    UpdateKeyDescription,
    /// ScheduleKeyDeletion.
    ScheduleKeyDeletion,
    /// CancelKeyDeletion.
    CancelKeyDeletion,
    /// EnableKeyRotation, DisableKeyRotation and RotateKeyOnDemand.
    Rotation,
    /// TagResource and UntagResource.
    Tagging,
    /// The target of CreateAlias and the new target of UpdateAlias.
    AliasTarget,
    /// GetParametersForImport and ImportKeyMaterial.
    Import,
    /// GetParametersForImport (unlike ImportKeyMaterial, refused while Updating).
    ImportParameters,
    /// DeleteImportedKeyMaterial (allowed pending deletion; the state stays).
    DeleteImport,
    /// ReplicateKey (on the primary key).
    Replicate,
    /// UpdatePrimaryRegion (on the primary key and on the replica that becomes primary).
    UpdatePrimaryRegion,
}

/// `Ok` if `state` allows `op`, else AWS's exception and message for that cell.
pub fn check(op: Use, state: KeyState, arn: &str) -> Result<(), Error> {
    refuse(op, state, || arn.to_string())
}

/// [`check`] with the key's ARN built only for a refusal (every allowed call skips it).
fn refuse(op: Use, state: KeyState, arn: impl FnOnce() -> String) -> Result<(), Error> {
    match refusal(op, state) {
        None => Ok(()),
        Some((code, what)) => Err(kms(code, format!("{} is {what}.", arn()))),
    }
}

/// The cell of the key-state table for `op` in `state`: `None` where it is allowed, else the
/// exception and what the key "is" in its message.
fn refusal(op: Use, state: KeyState) -> Option<(ErrorCode, String)> {
    use ErrorCode::{DisabledException as Dis, KMSInvalidStateException as Inv};
    let fail = |code, what: &str| Some((code, what.to_string()));
    // A primary waiting for its replicas' deletion answers as a key pending deletion does (the
    // key-state table gives both states one column).
    let state = match state {
        KeyState::PendingReplicaDeletion => KeyState::PendingDeletion,
        other => other,
    };
    match (op, state) {
        // The transient states of multi-Region keys: Creating refuses use and most management,
        // Updating refuses management only (cryptography goes on).
        (
            Use::Cryptographic
            | Use::EnableDisable
            | Use::Rotation
            | Use::Import
            | Use::ImportParameters
            | Use::DeleteImport
            | Use::Replicate
            | Use::UpdatePrimaryRegion,
            KeyState::Creating,
        ) => fail(Inv, "creating"),
        (
            Use::EnableDisable
            | Use::ImportParameters
            | Use::DeleteImport
            | Use::Replicate
            | Use::ScheduleKeyDeletion,
            KeyState::Updating,
        ) => fail(Inv, "updating"),
        (Use::DeleteImport, _) => None,
        (Use::Cryptographic | Use::UpdatePrimaryRegion, KeyState::Updating) => None,
        (Use::Replicate | Use::UpdatePrimaryRegion, KeyState::Disabled) => fail(Dis, "disabled"),
        (Use::Replicate | Use::UpdatePrimaryRegion, KeyState::PendingImport) => {
            fail(Inv, "pending import")
        }
        (Use::ImportParameters, other) => refusal(Use::Import, other),
        (Use::CancelKeyDeletion, KeyState::PendingDeletion) => None,
        (Use::CancelKeyDeletion, _) => fail(Inv, "not pending deletion"),
        (Use::Cryptographic, KeyState::Enabled) => None,
        (Use::Cryptographic, KeyState::Disabled) => fail(Dis, "disabled"),
        (Use::Cryptographic, KeyState::Unavailable) => fail(Inv, "unavailable"),
        (Use::Cryptographic | Use::EnableDisable | Use::Rotation, KeyState::PendingImport) => {
            fail(Inv, "pending import")
        }
        (Use::Rotation, KeyState::Disabled) => fail(Dis, "disabled"),
        (_, KeyState::PendingDeletion) => fail(Inv, "pending deletion"),
        (Use::Cryptographic, other) => fail(Inv, &format!("in state {}", other.as_str())),
        _ => None,
    }
}

/// [`check`] for a key: `Ok` if its state allows `op`. A key in a custom key store that is not
/// connected is checked as `Unavailable` (see [`super::key_stores::effective_state`]).
pub fn require(svc: &Service, op: Use, rec: &KeyRecord) -> Result<(), Error> {
    let state = super::key_stores::effective_state(svc, rec)?;
    refuse(op, state, || svc.key_arn(&rec.key_id))
}

/// True when `rec` is pending deletion and its date has passed.
pub fn deletion_due(svc: &Service, rec: &KeyRecord) -> bool {
    rec.key_state == KeyState::PendingDeletion
        && rec.deletion_date.is_some_and(|d| d <= svc.now_millis())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARN: &str = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    /// The outcome of one cell: `None` for success, else the exception and the message's end.
    type Cell = Option<(&'static str, String)>;

    fn cell(op: Use, state: KeyState) -> Cell {
        match check(op, state, ARN) {
            Ok(()) => None,
            Err(Error::Service(k)) => Some((
                k.code.as_str(),
                k.text().strip_prefix(ARN).unwrap_or("").to_string(),
            )),
            Err(other) => panic!("{other}"),
        }
    }

    /// Every cell of §3.3 and §3.4 for the rows the table holds, by today's rule.
    #[test]
    fn every_cell() {
        use KeyState::*;
        let ok = None;
        let e = |code: &'static str, what: &str| Some((code, format!(" is {what}.")));
        let dis = e("DisabledException", "disabled");
        let del = e("KMSInvalidStateException", "pending deletion");
        let imp = e("KMSInvalidStateException", "pending import");
        let not_del = e("KMSInvalidStateException", "not pending deletion");
        let rows: [(Use, [Cell; 4]); 9] = [
            (
                Use::Cryptographic,
                [ok.clone(), dis.clone(), imp.clone(), del.clone()],
            ),
            (
                Use::EnableDisable,
                [ok.clone(), ok.clone(), imp.clone(), del.clone()],
            ),
            (
                Use::UpdateKeyDescription,
                [ok.clone(), ok.clone(), ok.clone(), del.clone()],
            ),
            (
                Use::ScheduleKeyDeletion,
                [ok.clone(), ok.clone(), ok.clone(), del.clone()],
            ),
            (
                Use::CancelKeyDeletion,
                [not_del.clone(), not_del.clone(), not_del, ok.clone()],
            ),
            (Use::Rotation, [ok.clone(), dis, imp, del.clone()]),
            (
                Use::Tagging,
                [ok.clone(), ok.clone(), ok.clone(), del.clone()],
            ),
            (
                Use::AliasTarget,
                [ok.clone(), ok.clone(), ok.clone(), del.clone()],
            ),
            (Use::Import, [ok.clone(), ok.clone(), ok, del]),
        ];
        for (op, cells) in rows {
            for (state, want) in [Enabled, Disabled, PendingImport, PendingDeletion]
                .into_iter()
                .zip(cells)
            {
                assert_eq!(cell(op, state), want, "{op:?} in {state:?}");
            }
        }
    }
}

//! The key-state table (kms-behaviour.md §3.3 and §3.4): which operations each state allows.

use crate::error::{Error, ErrorCode, kms};
use crate::model::KeyState;

/// Operations whose outcome depends on the key state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// Encrypt, Decrypt, ReEncrypt, GenerateDataKey, GenerateDataKeyWithoutPlaintext.
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
}

/// `Ok` if `state` allows `op`, else AWS's exception and message for that cell.
pub fn check(op: Op, state: KeyState, arn: &str) -> Result<(), Error> {
    use ErrorCode::{DisabledException as Dis, KMSInvalidStateException as Inv};
    let fail = |code, what: &str| Err(kms(code, format!("{arn} is {what}.")));
    match (op, state) {
        (Op::CancelKeyDeletion, KeyState::PendingDeletion) => Ok(()),
        (Op::CancelKeyDeletion, _) => fail(Inv, "not pending deletion"),
        (Op::Cryptographic, KeyState::Enabled) => Ok(()),
        (Op::Cryptographic, KeyState::Disabled) => fail(Dis, "disabled"),
        (Op::Cryptographic, KeyState::PendingDeletion) => fail(Dis, "pending deletion"),
        (Op::Cryptographic | Op::EnableDisable | Op::Rotation, KeyState::PendingImport) => {
            fail(Inv, "pending import")
        }
        (Op::Rotation, KeyState::Disabled) => fail(Dis, "disabled"),
        (_, KeyState::PendingDeletion) => fail(Inv, "pending deletion"),
        (Op::Cryptographic, other) => fail(Inv, &format!("in state {}", other.as_str())),
        _ => Ok(()),
    }
}

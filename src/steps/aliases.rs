//! Alias names and targets: the rules a name must follow, where an alias may point, and the
//! region's aliases as the list operations see them.

use super::authorise::{self, Ask};
use super::{Service, housekeeping, key_state, keyref};
use crate::error::{Error, ErrorCode, kms};
use crate::steps::validate::invalid;
use crate::store::index::Index;
use crate::store::{KeyRecord, StoreResult};

const PREFIX_MESSAGE: &str = "Alias must start with the prefix \"alias/\". Please see \
                              https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html";

/// Checks that a name (already within the model's length and pattern) starts with `alias/`.
pub fn check_prefix(name: &str) -> Result<(), Error> {
    if !name.starts_with("alias/") {
        return Err(invalid(PREFIX_MESSAGE));
    }
    Ok(())
}

/// The rules for a name a new alias may take.
pub fn check_new_name(name: &str) -> Result<(), Error> {
    check_prefix(name)?;
    if name == "alias/" {
        return Err(kms(
            ErrorCode::InvalidAliasNameException,
            "Alias name must have at least one character after \"alias/\".",
        ));
    }
    check_not_reserved(name)
}

/// Refuses the names AWS keeps for its managed keys (`alias/aws/…`): callers may not create,
/// repoint or delete them.
pub fn check_not_reserved(name: &str) -> Result<(), Error> {
    if name.starts_with(super::managed::RESERVED_PREFIX) {
        return Err(kms(
            ErrorCode::InvalidAliasNameException,
            "Alias names that begin with \"alias/aws/\" are reserved for AWS managed keys.",
        ));
    }
    Ok(())
}

/// NotFoundException for an alias that does not exist.
pub fn not_found(svc: &Service, name: &str) -> Error {
    kms(
        ErrorCode::NotFoundException,
        format!("Alias {} is not found.", svc.alias_arn(name)),
    )
}

/// Resolves an alias target (key ID or key ARN only) and authorises `ask` on it before checking
/// that its state lets it be pointed at.
pub fn target(svc: &Service, target: &str, ask: &Ask<'_>) -> Result<KeyRecord, Error> {
    let rec = keyref::resolve(svc, target, keyref::Aliases::Refused)?;
    authorise::key(svc, ask, &rec)?;
    key_state::require(svc, key_state::Use::AliasTarget, &rec)?;
    Ok(rec)
}

/// Runs `read` on the region's index (see [`Service::read_index`]), after completing due
/// deletions (whose keys take their aliases with them).
pub fn read_index<T>(svc: &Service, read: impl Fn(&Index) -> StoreResult<T>) -> Result<T, Error> {
    svc.read_index(|| housekeeping::settle_region(svc).map(drop), read)
}

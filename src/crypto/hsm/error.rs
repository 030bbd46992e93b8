//! What can go wrong with a PKCS#11 token, sorted into the cases AWS tells apart.

use cryptoki::error::{Error as CkError, RvError};
use std::fmt;

/// A failure of a token call. No variant carries a secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HsmError {
    /// The PKCS#11 module cannot be loaded, or no token has the label.
    ClusterNotFound(String),
    /// The token refused the PIN.
    InvalidCredentials,
    /// The token reports its user PIN locked.
    UserLockedOut,
    /// The token has no user PIN, so there is no user to log in as.
    UserNotFound,
    /// Another kind of user (the security officer) is logged in to the token.
    UserLoggedIn,
    /// The token went away during the call: removed, or its sessions closed under us.
    TokenGone(String),
    /// The store was disconnected; nothing may use the token until it is connected again.
    Disconnected,
    /// No key object in the token has this label.
    KeyNotFound(String),
    /// A key object with this label already exists in the token.
    KeyExists(String),
    /// Decryption failed: wrong key, IV, AAD, tag or ciphertext.
    InvalidCiphertext,
    /// Anything else the module reported.
    Internal(String),
}

impl HsmError {
    /// The `ConnectionErrorCode` (API model enum `ConnectionErrorCodeType`) that describes this
    /// failure when it ends a ConnectCustomKeyStore attempt.
    pub fn connection_error_code(&self) -> &'static str {
        match self {
            Self::ClusterNotFound(_) => "CLUSTER_NOT_FOUND",
            Self::InvalidCredentials => "INVALID_CREDENTIALS",
            Self::UserLockedOut => "USER_LOCKED_OUT",
            Self::UserNotFound => "USER_NOT_FOUND",
            Self::UserLoggedIn => "USER_LOGGED_IN",
            Self::TokenGone(_) => "NETWORK_ERRORS",
            Self::Disconnected
            | Self::KeyNotFound(_)
            | Self::KeyExists(_)
            | Self::InvalidCiphertext
            | Self::Internal(_) => "INTERNAL_ERROR",
        }
    }

    /// True when the sessions of the token can no longer be trusted and must be reopened.
    pub(super) fn sessions_lost(&self) -> bool {
        matches!(self, Self::TokenGone(_))
    }
}

impl fmt::Display for HsmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::ClusterNotFound(m) | Self::TokenGone(m) | Self::Internal(m) => f.write_str(m),
            Self::InvalidCredentials => f.write_str("the token rejected the PIN"),
            Self::UserLockedOut => f.write_str("the token's user PIN is locked"),
            Self::UserNotFound => f.write_str("the token has no user PIN"),
            Self::UserLoggedIn => f.write_str("another user is logged in to the token"),
            Self::Disconnected => f.write_str("the key store is disconnected from its token"),
            Self::KeyNotFound(l) => write!(f, "no key labelled {l} in the token"),
            Self::KeyExists(l) => write!(f, "a key labelled {l} already exists in the token"),
            Self::InvalidCiphertext => f.write_str("the token could not decrypt the ciphertext"),
        }
    }
}

impl std::error::Error for HsmError {}

/// Sorts a cryptoki error. `decrypting` says whether a data error means a bad ciphertext.
pub(super) fn classify(err: CkError, decrypting: bool) -> HsmError {
    let CkError::Pkcs11(rv, function) = err else {
        return HsmError::Internal(format!("PKCS#11: {err}"));
    };
    match rv {
        RvError::PinIncorrect
        | RvError::PinInvalid
        | RvError::PinLenRange
        | RvError::PinExpired => HsmError::InvalidCredentials,
        RvError::PinLocked => HsmError::UserLockedOut,
        RvError::UserPinNotInitialized => HsmError::UserNotFound,
        RvError::UserAnotherAlreadyLoggedIn | RvError::UserTooManyTypes => HsmError::UserLoggedIn,
        RvError::TokenNotPresent
        | RvError::TokenNotRecognized
        | RvError::DeviceRemoved
        | RvError::DeviceError
        | RvError::SessionHandleInvalid
        | RvError::SessionClosed
        | RvError::SlotIdInvalid
        | RvError::UserNotLoggedIn
        | RvError::CryptokiNotInitialized => {
            HsmError::TokenGone(format!("PKCS#11 {function:?} failed: {rv:?}"))
        }
        RvError::KeyHandleInvalid | RvError::ObjectHandleInvalid => {
            HsmError::KeyNotFound(String::new())
        }
        RvError::EncryptedDataInvalid
        | RvError::EncryptedDataLenRange
        | RvError::FunctionFailed
        | RvError::GeneralError
            if decrypting =>
        {
            HsmError::InvalidCiphertext
        }
        _ => HsmError::Internal(format!("PKCS#11 {function:?} failed: {rv:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cryptoki::context::Function;

    #[test]
    fn codes_are_the_models() {
        // ConnectionErrorCodeType in the API model (crypto imports nothing of the model).
        let allowed = [
            "INVALID_CREDENTIALS",
            "CLUSTER_NOT_FOUND",
            "NETWORK_ERRORS",
            "INTERNAL_ERROR",
            "USER_LOCKED_OUT",
            "USER_NOT_FOUND",
            "USER_LOGGED_IN",
        ];
        for e in [
            HsmError::ClusterNotFound(String::new()),
            HsmError::InvalidCredentials,
            HsmError::UserLockedOut,
            HsmError::UserNotFound,
            HsmError::UserLoggedIn,
            HsmError::TokenGone(String::new()),
            HsmError::Disconnected,
            HsmError::InvalidCiphertext,
            HsmError::Internal(String::new()),
        ] {
            assert!(allowed.contains(&e.connection_error_code()), "{e:?}");
        }
    }

    #[test]
    fn login_failures_map_to_aws_codes() {
        let login = |rv| classify(CkError::Pkcs11(rv, Function::Login), false);
        assert_eq!(login(RvError::PinIncorrect), HsmError::InvalidCredentials);
        assert_eq!(login(RvError::PinLocked), HsmError::UserLockedOut);
        assert_eq!(
            login(RvError::UserPinNotInitialized),
            HsmError::UserNotFound
        );
        assert!(login(RvError::DeviceRemoved).sessions_lost());
        let dec = |rv, d| classify(CkError::Pkcs11(rv, Function::Decrypt), d);
        assert_eq!(
            dec(RvError::EncryptedDataInvalid, true),
            HsmError::InvalidCiphertext
        );
        assert!(matches!(
            dec(RvError::GeneralError, false),
            HsmError::Internal(_)
        ));
    }
}

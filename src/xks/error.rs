//! XKS proxy failures, and the KMS exception, message and connection error code each becomes.
//!
//! The XKS Proxy API specification (its "KMS Considerations" under Error codes) gives, per
//! failure, the exception for the custom-key-store operations, for CreateKey and for the
//! cryptographic operations, and one message used by all three; those are the texts below.

use crate::error::{ErrorCode, KmsError};
use std::fmt;

/// An error answer the XKS Proxy API defines (`errorName` in the response body).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(clippy::enum_variant_names)] // the API's own names
pub enum ProxyError {
    /// 400: an input parameter is invalid.
    ValidationException,
    /// 400: the external key or key store is disabled.
    InvalidStateException,
    /// 400: the ciphertext, IV, AAD or tag does not decrypt.
    InvalidCiphertextException,
    /// 400: the key does not allow the operation.
    InvalidKeyUsageException,
    /// 401: the SigV4 signature is not valid.
    AuthenticationFailedException,
    /// 403: the proxy's own authorization refused the request.
    AccessDeniedException,
    /// 404: no external key with that ID.
    KeyNotFoundException,
    /// 404: the URI path is not one the proxy serves.
    InvalidUriPathException,
    /// 429: too many requests.
    ThrottlingException,
    /// 501: the operation or a size is not supported.
    UnsupportedOperationException,
    /// 503: the proxy's key manager did not answer in time.
    DependencyTimeoutException,
    /// 500: any other failure in the proxy.
    InternalException,
}

impl ProxyError {
    /// Every error name, with its HTTP status.
    pub const ALL: [(Self, &'static str, u16); 12] = [
        (Self::ValidationException, "ValidationException", 400),
        (Self::InvalidStateException, "InvalidStateException", 400),
        (
            Self::InvalidCiphertextException,
            "InvalidCiphertextException",
            400,
        ),
        (
            Self::InvalidKeyUsageException,
            "InvalidKeyUsageException",
            400,
        ),
        (
            Self::AuthenticationFailedException,
            "AuthenticationFailedException",
            401,
        ),
        (Self::AccessDeniedException, "AccessDeniedException", 403),
        (Self::KeyNotFoundException, "KeyNotFoundException", 404),
        (
            Self::InvalidUriPathException,
            "InvalidUriPathException",
            404,
        ),
        (Self::ThrottlingException, "ThrottlingException", 429),
        (
            Self::UnsupportedOperationException,
            "UnsupportedOperationException",
            501,
        ),
        (
            Self::DependencyTimeoutException,
            "DependencyTimeoutException",
            503,
        ),
        (Self::InternalException, "InternalException", 500),
    ];

    /// The error named `name`, if the API defines it.
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .find(|(_, n, _)| *n == name)
            .map(|(e, _, _)| *e)
    }

    /// The error name.
    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(e, _, _)| *e == self)
            .map_or("InternalException", |(_, n, _)| n)
    }
}

/// Everything a call to an XKS proxy can fail with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum XksError {
    /// No connection: refused, unreachable, or the name does not resolve.
    Unreachable(String),
    /// The TLS handshake failed: certificate not trusted or for another name, or no TLS.
    Tls(String),
    /// No complete answer within the timeout.
    TimedOut,
    /// An answer that is not what the API defines.
    InvalidResponse(String),
    /// An error answer the API defines.
    Proxy(ProxyError),
    /// GetHealthStatus says every external key manager is UNAVAILABLE.
    AllKeyManagersUnavailable,
    /// The external key is not an enabled AES-256 key that encrypts and decrypts.
    KeyUnsuitable(String),
    /// The proxy decrypted the outer layer, but what it returned is not lkms's inner layer.
    InnerLayerInvalid,
    /// The endpoint, path or key ID cannot form a request URI.
    InvalidConfiguration(String),
}

/// Which kind of KMS operation met the failure; the API specification maps each differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum XksContext {
    /// CreateCustomKeyStore, UpdateCustomKeyStore (and ConnectCustomKeyStore's health check).
    CustomKeyStore,
    /// CreateKey (GetKeyMetadata of the external key).
    CreateKey,
    /// Encrypt, Decrypt, ReEncrypt, GenerateDataKey(WithoutPlaintext), DescribeKey's lookup.
    Cryptographic,
}

const UNINTERPRETABLE: &str = "AWS KMS cannot interpret the response from the external key store proxy. If you see this error repeatedly, report it to your external key store proxy administrator.";

impl XksError {
    /// The message KMS returns for this failure, whatever the operation.
    pub fn message(&self) -> String {
        use ProxyError::*;
        match self {
            Self::Proxy(ValidationException) | Self::InvalidResponse(_) => UNINTERPRETABLE,
            Self::Proxy(InvalidStateException) => "The external key associated with this KMS key in an external key store is not enabled in the external key manager. Enable the external key in the external key manager and retry the request.",
            Self::Proxy(InvalidCiphertextException) => "The external key store proxy rejected the request because the specified ciphertext or encryption context is corrupted, missing, or otherwise invalid.",
            Self::InnerLayerInvalid => "The ciphertext that the external key store proxy submitted for decryption, or the encryption context, is corrupted, missing, or otherwise invalid.",
            Self::Proxy(InvalidKeyUsageException) => "The external key associated with this KMS key in an external key store does not support the requested operation. Enable the operation on the key in your external key manager, and try the request again.",
            Self::Proxy(AuthenticationFailedException) => "The external key store proxy rejected the request because it could not authenticate AWS KMS. Verify the XKS proxy authentication credentials for your external key store and update if necessary.",
            Self::Proxy(AccessDeniedException) => "The external key store proxy denied access to the operation. Verify that the user and the external key are both authorized for this operation, and try the request again.",
            Self::Proxy(KeyNotFoundException) => "The external key associated with this KMS key in an external key store was not found in its external key manager. If the external key ID associated with this KMS key is incorrect, create a new KMS key with the correct external key ID.",
            Self::Proxy(InvalidUriPathException) => "The external key store proxy rejected the request because of an invalid URI path. Verify the URI path for your external key store and update if necessary.",
            Self::Proxy(UnsupportedOperationException) => "The external key store proxy rejected the request because it does not support the requested operation. If you see this error repeatedly, report it to your external key store proxy administrator.",
            Self::Proxy(DependencyTimeoutException) => "The external key store proxy did not respond to the request in the time allotted. Retry the request. If you see this error repeatedly, report it to your external key store proxy administrator.",
            Self::Proxy(ThrottlingException) => "The external key store proxy rejected the request due to a very high request rate. Reduce the frequency of your calls using KMS keys in this external key store.",
            Self::Proxy(InternalException) => "The external key store proxy rejected the request because it cannot communicate with the external key manager. Verify that the external key store proxy configuration is correct and that the external key manager is available.",
            Self::Unreachable(_) => "AWS KMS cannot communicate with the external key store proxy. This might be a transient network issue. If you see this error repeatedly, verify that your external key store proxy is active and is connected to the network, and that its endpoint URI is correct in your external keystore.",
            Self::Tls(_) => "AWS KMS cannot establish a TLS connection to the external key store proxy. Verify the TLS configuration, including its certificate.",
            Self::TimedOut => "AWS KMS rejected the request because the external key store proxy did not respond in time. Retry the request. If you see this error repeatedly, report it to your external key store proxy administrator.",
            // The specification gives no text for these; lkms says what happened.
            Self::AllKeyManagersUnavailable => "The external key store proxy reports that none of its external key managers is available. Verify that the external key managers are running and reachable from the proxy.",
            Self::KeyUnsuitable(why) => return format!("The external key does not meet the requirements for a KMS key in an external key store: {why}. It must be an enabled AES-256 key that can encrypt and decrypt."),
            Self::InvalidConfiguration(why) => return format!("The external key store proxy address is not valid: {why}."),
        }
        .to_string()
    }

    /// The exception KMS raises for this failure in an operation of kind `ctx`.
    pub fn code(&self, ctx: XksContext) -> ErrorCode {
        use ErrorCode as C;
        use ProxyError as P;
        match ctx {
            XksContext::Cryptographic => C::KMSInvalidStateException,
            XksContext::CreateKey => match self {
                Self::Proxy(P::KeyNotFoundException) => C::XksKeyNotFoundException,
                // The specification names "XksKeyInvalidResponseException" for an unsupported
                // operation, which the API model does not have; the key cannot serve, so lkms
                // says the key's configuration is unsuitable.
                Self::Proxy(
                    P::InvalidStateException
                    | P::InvalidKeyUsageException
                    | P::UnsupportedOperationException,
                )
                | Self::KeyUnsuitable(_) => C::XksKeyInvalidConfigurationException,
                Self::Proxy(P::AccessDeniedException) => C::KMSInvalidStateException,
                _ => C::CustomKeyStoreInvalidStateException,
            },
            XksContext::CustomKeyStore => match self {
                Self::Proxy(P::AuthenticationFailedException) => {
                    C::XksProxyIncorrectAuthenticationCredentialException
                }
                Self::Proxy(P::InvalidUriPathException) | Self::InvalidConfiguration(_) => {
                    C::XksProxyInvalidConfigurationException
                }
                Self::Unreachable(_)
                | Self::Tls(_)
                | Self::TimedOut
                | Self::AllKeyManagersUnavailable
                | Self::Proxy(
                    P::DependencyTimeoutException
                    | P::ThrottlingException
                    | P::InvalidStateException,
                ) => C::XksProxyUriUnreachableException,
                _ => C::XksProxyInvalidResponseException,
            },
        }
    }

    /// The exception and message for an operation of kind `ctx`.
    pub fn to_kms_error(&self, ctx: XksContext) -> KmsError {
        KmsError::new(self.code(ctx), self.message())
    }

    /// The `ConnectionErrorCode` (API model enum `ConnectionErrorCodeType`) a failed
    /// ConnectCustomKeyStore records.
    pub fn connection_error_code(&self) -> &'static str {
        use ProxyError::*;
        match self {
            Self::Proxy(AuthenticationFailedException) => "XKS_PROXY_ACCESS_DENIED",
            Self::Unreachable(_)
            | Self::AllKeyManagersUnavailable
            | Self::Proxy(ThrottlingException | InvalidStateException) => "XKS_PROXY_NOT_REACHABLE",
            Self::Tls(_) => "XKS_PROXY_INVALID_TLS_CONFIGURATION",
            Self::TimedOut | Self::Proxy(DependencyTimeoutException) => "XKS_PROXY_TIMED_OUT",
            Self::Proxy(InvalidUriPathException) | Self::InvalidConfiguration(_) => {
                "XKS_PROXY_INVALID_CONFIGURATION"
            }
            _ => "XKS_PROXY_INVALID_RESPONSE",
        }
    }
}

impl fmt::Display for XksError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreachable(why) | Self::Tls(why) | Self::InvalidResponse(why) => {
                write!(f, "{} ({why})", self.message())
            }
            _ => f.write_str(&self.message()),
        }
    }
}

impl std::error::Error for XksError {}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_error() -> Vec<XksError> {
        let mut all: Vec<XksError> = ProxyError::ALL
            .iter()
            .map(|(e, _, _)| XksError::Proxy(*e))
            .collect();
        all.extend([
            XksError::Unreachable(String::new()),
            XksError::Tls(String::new()),
            XksError::TimedOut,
            XksError::InvalidResponse(String::new()),
            XksError::AllKeyManagersUnavailable,
            XksError::KeyUnsuitable("x".into()),
            XksError::InnerLayerInvalid,
            XksError::InvalidConfiguration("x".into()),
        ]);
        all
    }

    #[test]
    fn names_round_trip() {
        for (e, name, _) in ProxyError::ALL {
            assert_eq!(ProxyError::parse(name), Some(e));
            assert_eq!(e.name(), name);
        }
        assert_eq!(ProxyError::parse("NoSuchException"), None);
    }

    /// Every exception raised is one the API model lists for that kind of operation (or, for
    /// the cryptographic operations, KMSInvalidStateException), and every connection error
    /// code is in the model's enum.
    #[test]
    fn exceptions_and_codes_are_the_models() {
        // The error lists of the API model (kms-service-2.json) for these operations.
        let store_ops = [
            "CloudHsmClusterInUseException",
            "CustomKeyStoreNameInUseException",
            "CloudHsmClusterNotFoundException",
            "KMSInternalException",
            "CloudHsmClusterNotActiveException",
            "IncorrectTrustAnchorException",
            "CloudHsmClusterInvalidConfigurationException",
            "LimitExceededException",
            "XksProxyUriInUseException",
            "XksProxyUriEndpointInUseException",
            "XksProxyUriUnreachableException",
            "XksProxyIncorrectAuthenticationCredentialException",
            "XksProxyVpcEndpointServiceInUseException",
            "XksProxyVpcEndpointServiceNotFoundException",
            "XksProxyVpcEndpointServiceInvalidConfigurationException",
            "XksProxyInvalidResponseException",
            "XksProxyInvalidConfigurationException",
        ];
        let create_key = [
            "MalformedPolicyDocumentException",
            "DependencyTimeoutException",
            "InvalidArnException",
            "UnsupportedOperationException",
            "KMSInternalException",
            "LimitExceededException",
            "TagException",
            "CustomKeyStoreNotFoundException",
            "CustomKeyStoreInvalidStateException",
            "CloudHsmClusterInvalidConfigurationException",
            "XksKeyInvalidConfigurationException",
            "XksKeyAlreadyInUseException",
            "XksKeyNotFoundException",
        ];
        let codes = crate::spec::shape("ConnectionErrorCodeType")
            .map(|s| s.enum_values)
            .unwrap_or_default();
        for e in every_error() {
            let c = e.code(XksContext::CustomKeyStore).as_str();
            assert!(store_ops.contains(&c), "{e:?} -> {c}");
            let c = e.code(XksContext::CreateKey).as_str();
            // AccessDenied is KMSInvalidStateException in CreateKey, as the XKS spec says.
            assert!(
                create_key.contains(&c) || c == "KMSInvalidStateException",
                "{e:?} -> {c}"
            );
            assert_eq!(
                e.code(XksContext::Cryptographic),
                ErrorCode::KMSInvalidStateException
            );
            assert!(codes.contains(&e.connection_error_code()), "{e:?}");
            assert!(!e.message().is_empty());
        }
    }

    #[test]
    fn the_specifications_table() {
        use ErrorCode::*;
        let t = |e: XksError, ctx| e.code(ctx);
        let p = XksError::Proxy;
        assert_eq!(
            t(p(ProxyError::KeyNotFoundException), XksContext::CreateKey),
            XksKeyNotFoundException
        );
        assert_eq!(
            t(
                p(ProxyError::AuthenticationFailedException),
                XksContext::CustomKeyStore
            ),
            XksProxyIncorrectAuthenticationCredentialException
        );
        assert_eq!(
            t(XksError::TimedOut, XksContext::CustomKeyStore),
            XksProxyUriUnreachableException
        );
        assert_eq!(
            t(
                XksError::InvalidResponse(String::new()),
                XksContext::CustomKeyStore
            ),
            XksProxyInvalidResponseException
        );
        assert_eq!(
            t(XksError::TimedOut, XksContext::CreateKey),
            CustomKeyStoreInvalidStateException
        );
        assert_eq!(
            XksError::TimedOut.connection_error_code(),
            "XKS_PROXY_TIMED_OUT"
        );
        assert!(
            XksError::Proxy(ProxyError::ThrottlingException)
                .message()
                .contains("very high request rate")
        );
    }
}

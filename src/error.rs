//! Errors: the modeled KMS exceptions and the local failures around them.

use std::fmt;

/// The KMS exceptions lkms raises, named as in the API model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    /// The caller may not do this, or a ciphertext names an unknown key.
    AccessDeniedException,
    /// The resource (an alias) already exists.
    AlreadyExistsException,
    /// The key is disabled.
    DisabledException,
    /// The request would have succeeded, but `DryRun` was set.
    DryRunOperationException,
    /// A key identifier that names a different key than the ciphertext.
    IncorrectKeyException,
    /// A malformed ARN.
    InvalidArnException,
    /// A custom key store that does not exist.
    CustomKeyStoreNotFoundException,
    /// The custom key store's connection state does not allow the operation.
    CustomKeyStoreInvalidStateException,
    /// An alias name that is not allowed.
    InvalidAliasNameException,
    /// A ciphertext that does not decrypt.
    InvalidCiphertextException,
    /// A grant token that is not valid.
    InvalidGrantTokenException,
    /// A grant ID that names no grant of the key.
    InvalidGrantIdException,
    /// The key's usage does not allow the operation.
    InvalidKeyUsageException,
    /// An import token past its 24 hours.
    ExpiredImportTokenException,
    /// Imported material that is not the material the key is bound to.
    IncorrectKeyMaterialException,
    /// An import token made for another key, or altered.
    InvalidImportTokenException,
    /// A paging marker that lkms did not issue.
    InvalidMarkerException,
    /// An unexpected failure inside lkms.
    KMSInternalException,
    /// A MAC that does not verify.
    KMSInvalidMacException,
    /// A signature that does not verify.
    KMSInvalidSignatureException,
    /// The key's state does not allow the operation.
    KMSInvalidStateException,
    /// A quota was reached.
    LimitExceededException,
    /// A key policy that is not acceptable.
    MalformedPolicyDocumentException,
    /// The key, alias or other resource does not exist.
    NotFoundException,
    /// Tags that break the tagging rules.
    TagException,
    /// A feature that AWS or lkms does not support for this request.
    UnsupportedOperationException,
    /// A parameter violates the model's constraints.
    ValidationException,
    /// The external key does not meet the requirements of an external key store.
    XksKeyInvalidConfigurationException,
    /// The XKS proxy cannot find the external key.
    XksKeyNotFoundException,
    /// The XKS proxy rejected the proxy authentication credential.
    XksProxyIncorrectAuthenticationCredentialException,
    /// The XKS proxy is not configured correctly (for example its URI path).
    XksProxyInvalidConfigurationException,
    /// lkms cannot interpret the XKS proxy's answer.
    XksProxyInvalidResponseException,
    /// The XKS proxy cannot be reached, or did not answer in time.
    XksProxyUriUnreachableException,
    /// The CloudHSM cluster (PKCS#11 token) is already used by another custom key store.
    CloudHsmClusterInUseException,
    /// The CloudHSM cluster's token cannot be reached.
    CloudHsmClusterNotActiveException,
    /// No CloudHSM cluster has this ID.
    CloudHsmClusterNotFoundException,
    /// The new CloudHSM cluster is not the one the key store's keys live in.
    CloudHsmClusterNotRelatedException,
    /// The custom key store still holds KMS keys.
    CustomKeyStoreHasCMKsException,
    /// Another custom key store has this name.
    CustomKeyStoreNameInUseException,
    /// The trust anchor certificate is not the cluster's, or not a certificate.
    IncorrectTrustAnchorException,
    /// The external key already backs another KMS key in the key store.
    XksKeyAlreadyInUseException,
    /// Another external key store uses this proxy endpoint.
    XksProxyUriEndpointInUseException,
    /// Another external key store uses this proxy endpoint and path.
    XksProxyUriInUseException,
    /// The VPC endpoint service cannot be found.
    XksProxyVpcEndpointServiceNotFoundException,
    /// An access key the keystore does not hold, or the wrong secret for it.
    UnrecognizedClientException,
    /// A temporary credential past its expiration.
    ExpiredTokenException,
    /// CloudTrail LookupEvents (`lkms audit lookup-events`): a lookup attribute that is not
    /// valid, or more than one.
    InvalidLookupAttributesException,
    /// CloudTrail LookupEvents: a start time after the end time, or a time that is not one.
    InvalidTimeRangeException,
    /// CloudTrail LookupEvents: MaxResults outside 1–50.
    InvalidMaxResultsException,
    /// CloudTrail LookupEvents: a NextToken lkms did not issue for this lookup.
    InvalidNextTokenException,
    /// CloudTrail LookupEvents: an EventCategory other than `insight`.
    InvalidEventCategoryException,
}

impl ErrorCode {
    /// The exception name as AWS prints it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AccessDeniedException => "AccessDeniedException",
            Self::AlreadyExistsException => "AlreadyExistsException",
            Self::CustomKeyStoreNotFoundException => "CustomKeyStoreNotFoundException",
            Self::CustomKeyStoreInvalidStateException => "CustomKeyStoreInvalidStateException",
            Self::DisabledException => "DisabledException",
            Self::DryRunOperationException => "DryRunOperationException",
            Self::IncorrectKeyException => "IncorrectKeyException",
            Self::InvalidArnException => "InvalidArnException",
            Self::InvalidAliasNameException => "InvalidAliasNameException",
            Self::InvalidCiphertextException => "InvalidCiphertextException",
            Self::InvalidGrantTokenException => "InvalidGrantTokenException",
            Self::InvalidGrantIdException => "InvalidGrantIdException",
            Self::InvalidKeyUsageException => "InvalidKeyUsageException",
            Self::ExpiredImportTokenException => "ExpiredImportTokenException",
            Self::IncorrectKeyMaterialException => "IncorrectKeyMaterialException",
            Self::InvalidImportTokenException => "InvalidImportTokenException",
            Self::InvalidMarkerException => "InvalidMarkerException",
            Self::KMSInternalException => "KMSInternalException",
            Self::KMSInvalidMacException => "KMSInvalidMacException",
            Self::KMSInvalidSignatureException => "KMSInvalidSignatureException",
            Self::KMSInvalidStateException => "KMSInvalidStateException",
            Self::LimitExceededException => "LimitExceededException",
            Self::MalformedPolicyDocumentException => "MalformedPolicyDocumentException",
            Self::NotFoundException => "NotFoundException",
            Self::TagException => "TagException",
            Self::UnsupportedOperationException => "UnsupportedOperationException",
            Self::ValidationException => "ValidationException",
            Self::XksKeyInvalidConfigurationException => "XksKeyInvalidConfigurationException",
            Self::XksKeyNotFoundException => "XksKeyNotFoundException",
            Self::XksProxyIncorrectAuthenticationCredentialException => {
                "XksProxyIncorrectAuthenticationCredentialException"
            }
            Self::XksProxyInvalidConfigurationException => "XksProxyInvalidConfigurationException",
            Self::XksProxyInvalidResponseException => "XksProxyInvalidResponseException",
            Self::XksProxyUriUnreachableException => "XksProxyUriUnreachableException",
            Self::CloudHsmClusterInUseException => "CloudHsmClusterInUseException",
            Self::CloudHsmClusterNotActiveException => "CloudHsmClusterNotActiveException",
            Self::CloudHsmClusterNotFoundException => "CloudHsmClusterNotFoundException",
            Self::CloudHsmClusterNotRelatedException => "CloudHsmClusterNotRelatedException",
            Self::CustomKeyStoreHasCMKsException => "CustomKeyStoreHasCMKsException",
            Self::CustomKeyStoreNameInUseException => "CustomKeyStoreNameInUseException",
            Self::IncorrectTrustAnchorException => "IncorrectTrustAnchorException",
            Self::XksKeyAlreadyInUseException => "XksKeyAlreadyInUseException",
            Self::XksProxyUriEndpointInUseException => "XksProxyUriEndpointInUseException",
            Self::XksProxyUriInUseException => "XksProxyUriInUseException",
            Self::XksProxyVpcEndpointServiceNotFoundException => {
                "XksProxyVpcEndpointServiceNotFoundException"
            }
            Self::UnrecognizedClientException => "UnrecognizedClientException",
            Self::ExpiredTokenException => "ExpiredTokenException",
            Self::InvalidLookupAttributesException => "InvalidLookupAttributesException",
            Self::InvalidTimeRangeException => "InvalidTimeRangeException",
            Self::InvalidMaxResultsException => "InvalidMaxResultsException",
            Self::InvalidNextTokenException => "InvalidNextTokenException",
            Self::InvalidEventCategoryException => "InvalidEventCategoryException",
        }
    }
}

/// A service error: what AWS returns as `{"__type": code, "message": message}`, or as
/// `{"__type": code}` alone for the exceptions AWS sends without a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KmsError {
    /// The modeled exception.
    pub code: ErrorCode,
    /// The message; `None` where AWS sends no `message` member at all.
    pub message: Option<String>,
}

impl KmsError {
    /// An error with a message. AWS never sends an empty one, so an empty text means none.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        let message: String = message.into();
        Self {
            code,
            message: (!message.is_empty()).then_some(message),
        }
    }

    /// An error without a message, as AWS sends a failed Verify or an undecryptable ciphertext.
    pub fn bare(code: ErrorCode) -> Self {
        Self {
            code,
            message: None,
        }
    }

    /// The message, or the empty text where there is none.
    pub fn text(&self) -> &str {
        self.message.as_deref().unwrap_or("")
    }
}

impl fmt::Display for KmsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.message {
            Some(m) => write!(f, "{}: {m}", self.code.as_str()),
            None => f.write_str(self.code.as_str()),
        }
    }
}

impl std::error::Error for KmsError {}

/// Everything an lkms call can fail with, grouped by how the CLI reports it.
#[derive(Debug)]
pub enum Error {
    /// A modeled KMS exception (CLI exit 254).
    Service(KmsError),
    /// A bad argument caught before the service runs (CLI exit 252).
    Usage(String),
    /// The keystore or root key cannot be used (CLI exit 253).
    Config(String),
    /// Anything else, such as an I/O failure (CLI exit 255).
    Other(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Service(e) => e.fmt(f),
            Self::Usage(m) | Self::Config(m) | Self::Other(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for Error {}

impl From<KmsError> for Error {
    fn from(e: KmsError) -> Self {
        Self::Service(e)
    }
}

/// Result of a service operation.
pub type KmsResult<T> = Result<T, Error>;

/// Shorthand for a service error value.
pub fn kms(code: ErrorCode, message: impl Into<String>) -> Error {
    Error::Service(KmsError::new(code, message))
}

/// Shorthand for a service error that AWS sends without a message.
pub fn kms_bare(code: ErrorCode) -> Error {
    Error::Service(KmsError::bare(code))
}

impl From<crate::store::StoreError> for Error {
    /// Material pending import is the key's state; everything else is the keystore's condition,
    /// reported as a configuration error that names the file.
    fn from(e: crate::store::StoreError) -> Self {
        match e {
            crate::store::StoreError::PendingImport { .. } => {
                kms(ErrorCode::KMSInvalidStateException, e.to_string())
            }
            other => Self::Config(other.to_string()),
        }
    }
}

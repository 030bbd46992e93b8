//! Shapes several operations share: tags, key metadata, and the requests that more than one
//! operation takes.

use super::enums::*;
use super::values::*;
use serde::{Deserialize, Deserializer, Serialize};

/// A key tag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Tag {
    /// The tag's key.
    pub tag_key: String,
    /// The tag's value.
    pub tag_value: String,
}

/// The metadata DescribeKey and CreateKey return.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct KeyMetadata {
    #[serde(rename = "AWSAccountId")]
    pub aws_account_id: String,
    pub key_id: String,
    pub arn: String,
    pub creation_date: Timestamp,
    pub enabled: bool,
    pub description: String,
    pub key_usage: KeyUsageType,
    pub key_state: KeyState,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deletion_date: Option<Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<Timestamp>,
    pub origin: OriginType,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiration_model: Option<ExpirationModelType>,
    pub key_manager: KeyManagerType,
    pub customer_master_key_spec: KeySpec,
    pub key_spec: KeySpec,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encryption_algorithms: Option<Vec<EncryptionAlgorithmSpec>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signing_algorithms: Option<Vec<SigningAlgorithmSpec>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_agreement_algorithms: Option<Vec<KeyAgreementAlgorithmSpec>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encapsulation_algorithms: Option<Vec<EncapsulationAlgorithmSpec>>,
    pub multi_region: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pending_deletion_window_in_days: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mac_algorithms: Option<Vec<MacAlgorithmSpec>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_key_material_id: Option<String>,
}

/// Deserialises an optional value where JSON `null` means absent.
fn default_none<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<T>, D::Error> {
    Option::<T>::deserialize(d)
}

/// CreateKey and DescribeKey output.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct KeyMetadataResponse {
    /// The key's metadata.
    pub key_metadata: KeyMetadata,
}

/// Input of the operations that take only a key identifier (DescribeKey, EnableKey, …).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct KeyIdRequest {
    pub key_id: String,
    #[serde(default, deserialize_with = "default_none")]
    pub grant_tokens: Option<Vec<String>>,
}

/// GenerateDataKey and GenerateDataKeyWithoutPlaintext input.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct GenerateDataKeyRequest {
    pub key_id: String,
    pub encryption_context: Option<EncryptionContext>,
    pub number_of_bytes: Option<i64>,
    pub key_spec: Option<String>,
    pub grant_tokens: Option<Vec<String>>,
    pub recipient: Option<serde_json::Value>,
    pub dry_run: Option<bool>,
}

/// Input of the list operations that take a key and paging (ListResourceTags, ListKeyPolicies).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct KeyPageRequest {
    pub key_id: String,
    pub limit: Option<i64>,
    pub marker: Option<String>,
}

/// CreateAlias and UpdateAlias input.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct AliasRequest {
    pub alias_name: String,
    pub target_key_id: String,
}

/// GenerateDataKeyPair and GenerateDataKeyPairWithoutPlaintext input.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct GenerateDataKeyPairRequest {
    pub encryption_context: Option<EncryptionContext>,
    pub key_id: String,
    pub key_pair_spec: String,
    pub grant_tokens: Option<Vec<String>>,
    pub recipient: Option<serde_json::Value>,
    pub dry_run: Option<bool>,
}

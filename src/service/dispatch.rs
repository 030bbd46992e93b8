//! Calling an operation by its API name with the request as JSON (the wire form: PascalCase
//! members, blobs as base64, timestamps as epoch seconds). Both faces use this: the command
//! line after it has turned flags into that JSON, and the HTTP server with the request body.

use super::Service;
use crate::error::{Error, ErrorCode, kms};
use crate::model::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

fn input<T: DeserializeOwned>(op: &str, v: Value) -> Result<T, Error> {
    serde_json::from_value(v).map_err(|e| {
        kms(
            ErrorCode::ValidationException,
            format!("The {op} request does not match the API model: {e}"),
        )
    })
}

fn output<T: Serialize>(v: T) -> Result<Option<Value>, Error> {
    match serde_json::to_value(v) {
        Ok(Value::Null) => Ok(None),
        Ok(v) => Ok(Some(v)),
        Err(e) => Err(kms(
            ErrorCode::KMSInternalException,
            format!("cannot render the response: {e}"),
        )),
    }
}

/// The error for an operation of the API that lkms does not implement yet.
pub fn not_yet_supported(op: &str) -> Error {
    kms(
        ErrorCode::UnsupportedOperationException,
        format!("lkms does not support the {op} operation yet."),
    )
}

macro_rules! operations {
    ($($op:literal => $method:ident,)*) => {
        /// The operations lkms implements, by API name.
        pub const IMPLEMENTED: &[&str] = &[$($op,)* "GenerateRandom"];

        impl Service {
            /// Runs operation `op` on a JSON request; `Ok(None)` for an empty response.
            pub fn call(&self, op: &str, request: Value) -> Result<Option<Value>, Error> {
                match op {
                    $($op => output(self.$method(input(op, request)?)?),)*
                    "GenerateRandom" => call_without_keystore(op, request),
                    _ => Err(not_yet_supported(op)),
                }
            }
        }
    };
}

operations! {
    "CancelKeyDeletion" => cancel_key_deletion,
    "CreateAlias" => create_alias,
    "CreateKey" => create_key,
    "Decapsulate" => decapsulate,
    "Decrypt" => decrypt,
    "DeleteAlias" => delete_alias,
    "DeleteImportedKeyMaterial" => delete_imported_key_material,
    "DeriveSharedSecret" => derive_shared_secret,
    "DescribeKey" => describe_key,
    "DisableKey" => disable_key,
    "DisableKeyRotation" => disable_key_rotation,
    "EnableKey" => enable_key,
    "EnableKeyRotation" => enable_key_rotation,
    "Encapsulate" => encapsulate,
    "Encrypt" => encrypt,
    "GenerateDataKey" => generate_data_key,
    "GenerateDataKeyPair" => generate_data_key_pair,
    "GenerateDataKeyPairWithoutPlaintext" => generate_data_key_pair_without_plaintext,
    "GenerateDataKeyWithoutPlaintext" => generate_data_key_without_plaintext,
    "GenerateMac" => generate_mac,
    "GetKeyPolicy" => get_key_policy,
    "GetParametersForImport" => get_parameters_for_import,
    "GetPublicKey" => get_public_key,
    "GetKeyRotationStatus" => get_key_rotation_status,
    "ImportKeyMaterial" => import_key_material,
    "ListAliases" => list_aliases,
    "ListKeyPolicies" => list_key_policies,
    "ListKeyRotations" => list_key_rotations,
    "ListKeys" => list_keys,
    "ListResourceTags" => list_resource_tags,
    "PutKeyPolicy" => put_key_policy,
    "ReEncrypt" => re_encrypt,
    "RotateKeyOnDemand" => rotate_key_on_demand,
    "ScheduleKeyDeletion" => schedule_key_deletion,
    "Sign" => sign,
    "TagResource" => tag_resource,
    "UntagResource" => untag_resource,
    "UpdateAlias" => update_alias,
    "UpdateKeyDescription" => update_key_description,
    "Verify" => verify,
    "VerifyMac" => verify_mac,
}

/// True for operations that need no keystore (and so no root key).
pub fn needs_no_keystore(op: &str) -> bool {
    op == "GenerateRandom"
}

/// Runs an operation that needs no keystore.
pub fn call_without_keystore(op: &str, request: Value) -> Result<Option<Value>, Error> {
    match op {
        "GenerateRandom" => output(Service::generate_random(input::<GenerateRandomRequest>(
            op, request,
        )?)?),
        _ => Err(not_yet_supported(op)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::{self, Kind};

    /// A request with every member of the operation's input set to a value of its type.
    fn full_request(shape: &str) -> Value {
        let s = spec::shape(shape).unwrap();
        match s.kind {
            Kind::Structure => Value::Object(
                s.members
                    .iter()
                    .map(|(m, sh)| (m.to_string(), full_request(sh)))
                    .collect(),
            ),
            Kind::List => Value::Array(vec![full_request(s.member.unwrap())]),
            Kind::Map => serde_json::json!({"k": "v"}),
            Kind::String => Value::String(s.enum_values.first().copied().unwrap_or("x").into()),
            Kind::Integer => Value::from(1),
            Kind::Boolean => Value::Bool(false),
            Kind::Blob => Value::String("AA==".into()),
            Kind::Timestamp => Value::from(1_700_000_000),
        }
    }

    /// Every implemented operation's request type accepts every member the model defines.
    #[test]
    fn request_types_cover_the_model() {
        macro_rules! check {
            ($($op:literal => $t:ty,)*) => {$(
                let shape = spec::operation($op).unwrap().input.unwrap();
                if let Err(e) = serde_json::from_value::<$t>(full_request(shape)) {
                    panic!("{}: {e}", $op);
                }
            )*};
        }
        check! {
            "CancelKeyDeletion" => KeyIdRequest, "CreateAlias" => AliasRequest,
            "CreateKey" => CreateKeyRequest, "Decrypt" => DecryptRequest,
            "DeleteAlias" => DeleteAliasRequest, "DescribeKey" => KeyIdRequest,
            "DisableKey" => KeyIdRequest, "DisableKeyRotation" => KeyIdRequest,
            "EnableKey" => KeyIdRequest, "EnableKeyRotation" => EnableKeyRotationRequest,
            "Encrypt" => EncryptRequest, "GenerateDataKey" => GenerateDataKeyRequest,
            "GenerateDataKeyWithoutPlaintext" => GenerateDataKeyRequest,
            "GenerateRandom" => GenerateRandomRequest, "GetKeyPolicy" => GetKeyPolicyRequest,
            "GetKeyRotationStatus" => KeyIdRequest, "ListAliases" => ListAliasesRequest,
            "ListKeyPolicies" => KeyPageRequest, "ListKeyRotations" => ListKeyRotationsRequest,
            "ListKeys" => ListKeysRequest, "ListResourceTags" => KeyPageRequest,
            "PutKeyPolicy" => PutKeyPolicyRequest, "ReEncrypt" => ReEncryptRequest,
            "RotateKeyOnDemand" => KeyIdRequest, "ScheduleKeyDeletion" => ScheduleKeyDeletionRequest,
            "TagResource" => TagResourceRequest, "UntagResource" => UntagResourceRequest,
            "UpdateAlias" => AliasRequest, "UpdateKeyDescription" => UpdateKeyDescriptionRequest,
            "GenerateMac" => GenerateMacRequest, "VerifyMac" => VerifyMacRequest,
            "Sign" => SignRequest, "Verify" => VerifyRequest, "GetPublicKey" => KeyIdRequest,
            "DeriveSharedSecret" => DeriveSharedSecretRequest,
            "GenerateDataKeyPair" => GenerateDataKeyPairRequest,
            "GenerateDataKeyPairWithoutPlaintext" => GenerateDataKeyPairRequest,
            "Encapsulate" => EncapsulateRequest, "Decapsulate" => DecapsulateRequest,
            "GetParametersForImport" => GetParametersForImportRequest,
            "ImportKeyMaterial" => ImportKeyMaterialRequest,
            "DeleteImportedKeyMaterial" => DeleteImportedKeyMaterialRequest,
        }
        assert_eq!(IMPLEMENTED.len(), 42);
    }
}

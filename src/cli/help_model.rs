//! The help text that follows from the model alone: what each response member means, and when
//! lkms raises each exception. An operation's own file can say more about an exception (see
//! [`crate::ops::Docs`]); these are the general rules.

/// What a response member tells, by member name (the same name means the same thing in every
/// response that has it).
pub fn output_member(member: &str) -> &'static str {
    match member {
        "Aliases" => "The aliases on this page: name, ARN, target key, creation and update times.",
        "CiphertextBlob" => {
            "The ciphertext. Keep it: only this key (and its material) decrypts it."
        }
        "CiphertextForRecipient" => {
            "The result encrypted for a Nitro enclave (lkms refuses Recipient, so never present)."
        }
        "CustomKeyStoreId" => "The ID of the custom key store.",
        "CustomKeyStores" => "The custom key stores on this page.",
        "CustomerMasterKeySpec" => "The key spec under its deprecated name; same as KeySpec.",
        "DeletionDate" => "When the key will be deleted; until then CancelKeyDeletion undoes it.",
        "DestinationEncryptionAlgorithm" => "The algorithm of the new ciphertext.",
        "DestinationKeyMaterialId" => {
            "The material of the destination key that made the new ciphertext (symmetric keys)."
        }
        "EncapsulationAlgorithm" => "The key encapsulation algorithm used (ML_KEM).",
        "EncapsulationAlgorithms" => "The encapsulation algorithms the key supports.",
        "EncryptionAlgorithm" => "The encryption algorithm that was used.",
        "EncryptionAlgorithms" => "The encryption algorithms the key supports.",
        "GrantId" => "The ID of the grant.",
        "GrantToken" => "A token that makes the grant usable before it has propagated.",
        "Grants" => "The grants on this page.",
        "ImportToken" => {
            "The import token: give it back to ImportKeyMaterial within 24 hours, for this key only."
        }
        "KeyAgreementAlgorithm" => "The key agreement algorithm used (ECDH).",
        "KeyAgreementAlgorithms" => "The key agreement algorithms the key supports.",
        "KeyCreationDate" => "When the key was created.",
        "KeyId" => "The key ARN of the key that did the work.",
        "KeyLastUsage" => "The last cryptographic use of the key that was recorded.",
        "KeyMaterialId" => {
            "The key material used or affected (given only for symmetric encryption keys)."
        }
        "KeyMetadata" => {
            "The key's metadata: IDs and ARN, account, dates, description, state, usage, spec, \
             origin, manager (CUSTOMER or AWS), algorithms and current key material ID."
        }
        "KeyOrigin" => "Where the key's material came from (AWS_KMS or EXTERNAL).",
        "KeyPairSpec" => "The kind of data key pair generated.",
        "KeyRotationEnabled" => "Whether automatic rotation is on.",
        "KeySpec" => "The kind of key.",
        "KeyState" => "The key's state after the call.",
        "KeyUsage" => "What the key is for.",
        "Keys" => "The keys on this page: key ID and key ARN.",
        "Mac" => "The HMAC of the message.",
        "MacAlgorithm" => "The MAC algorithm used.",
        "MacValid" => "True: the MAC verified (a MAC that does not is KMSInvalidMacException).",
        "NextMarker" => "Where the next page starts; pass it as --marker. Absent on the last page.",
        "NextRotationDate" => "When the next automatic rotation is due.",
        "OnDemandRotationStartDate" => "When an on-demand rotation in progress began.",
        "ParametersValidTo" => "When the wrapping public key and import token stop working.",
        "PendingWindowInDays" => "The waiting period before the deletion, in days.",
        "Plaintext" => "The plaintext (or data key), base64.",
        "Policy" => "The key policy, exactly as it was set.",
        "PolicyName" => "The policy's name (always default).",
        "PolicyNames" => "The key's policy names (always just default).",
        "PrivateKeyCiphertextBlob" => "The private key of the pair, encrypted under the KMS key.",
        "PrivateKeyPlaintext" => "The private key of the pair (PKCS#8 DER), base64.",
        "PublicKey" => "The public key (DER SubjectPublicKeyInfo), base64.",
        "ReplicaKeyMetadata" => "The metadata of the new replica key.",
        "ReplicaPolicy" => "The key policy of the new replica key.",
        "ReplicaTags" => "The tags of the new replica key.",
        "RotationPeriodInDays" => "Days between automatic rotations.",
        "Rotations" => "The key's rotations on this page, oldest first, with their material IDs.",
        "SharedSecret" => "The shared secret, base64.",
        "SharedSecretCiphertextBlob" => "The encapsulated shared secret for the other side.",
        "Signature" => "The signature.",
        "SignatureValid" => {
            "True: the signature verified (one that does not is KMSInvalidSignatureException)."
        }
        "SigningAlgorithm" => "The signing algorithm used.",
        "SigningAlgorithms" => "The signing algorithms the key supports.",
        "SourceEncryptionAlgorithm" => "The algorithm the original ciphertext was made with.",
        "SourceKeyId" => "The key ARN of the key that made the original ciphertext.",
        "SourceKeyMaterialId" => {
            "The material that made the original ciphertext (symmetric keys only)."
        }
        "Tags" => "The key's tags on this page, in the order they were added.",
        "TrackingStartDate" => "Since when lkms records the key's uses.",
        "Truncated" => "True when more items follow on another page.",
        _ => "",
    }
}

/// When lkms raises an exception, in general (an operation's own file may say more).
pub fn error_when(code: &str) -> &'static str {
    match code {
        "AccessDeniedException" => {
            "The caller may not do this: an AWS managed key's own policy allows a direct caller \
             only to describe, get and list it; Decrypt of a ciphertext whose key is not in this \
             keystore and region."
        }
        "AlreadyExistsException" => "The name is taken: an alias with that name exists.",
        "ConflictException" => "Never: lkms makes every change at once, so none is in progress.",
        "CustomKeyStoreNotFoundException" => "No custom key store with that ID in the region.",
        "CustomKeyStoreInvalidStateException" => {
            "The custom key store's connection state does not allow it (for example a key made in \
             a store that is not connected, or a store deleted while connected)."
        }
        "CustomKeyStoreHasCMKsException" => "The custom key store still holds keys.",
        "CustomKeyStoreNameInUseException" => "Another custom key store has that name.",
        "CloudHsmClusterNotFoundException" => {
            "No PKCS#11 token stands for the cluster ID: none registered with `lkms hsm-clusters \
             add`, none named by LKMS_PKCS11_MODULE and LKMS_PKCS11_TOKEN_LABEL."
        }
        "CloudHsmClusterInUseException" => "Another custom key store uses the cluster's token.",
        "CloudHsmClusterNotActiveException" => {
            "The cluster's token cannot be used now (its module does not load or the token is gone)."
        }
        "CloudHsmClusterNotRelatedException" => {
            "The new cluster is not the same token as the store's (AWS: not a related cluster)."
        }
        "IncorrectTrustAnchorException" => {
            "The trust anchor certificate is not the one registered for the cluster."
        }
        "XksKeyAlreadyInUseException" => {
            "The external key already backs another KMS key of the store."
        }
        "XksProxyUriEndpointInUseException" | "XksProxyUriInUseException" => {
            "Another external key store already uses that proxy endpoint (and path)."
        }
        "XksProxyUriUnreachableException" => "lkms cannot reach the XKS proxy at its URI.",
        "DependencyTimeoutException" => "Never: lkms has nothing to wait for.",
        "DisabledException" => "The key is disabled.",
        "DryRunOperationException" => {
            "--dry-run was given and the request would have succeeded; nothing was done."
        }
        "ExpiredImportTokenException" => "The import token is more than 24 hours old.",
        "IncorrectKeyException" => {
            "--key-id names another key than the one that made the symmetric ciphertext."
        }
        "IncorrectKeyMaterialException" => {
            "The material is not the material the key is bound to, or not valid for its key spec."
        }
        "InvalidAliasNameException" => {
            "The alias name is not allowed: alias/aws/ names are reserved for AWS managed keys."
        }
        "InvalidArnException" => "A key ARN or alias ARN is malformed.",
        "InvalidCiphertextException" => {
            "The ciphertext does not decrypt: altered, truncated, made with another encryption \
             context, or not a ciphertext at all (sent without a message, as AWS does)."
        }
        "InvalidGrantIdException" => "The grant ID is not one the key has.",
        "InvalidGrantTokenException" => "A grant token is malformed.",
        "InvalidImportTokenException" => {
            "The import token was made for another key or keystore, or was altered."
        }
        "InvalidKeyUsageException" => {
            "The key's usage or key spec does not allow the operation or the algorithm asked for."
        }
        "InvalidMarkerException" => "--marker is not a NextMarker lkms returned.",
        "KMSInternalException" => "Something failed inside lkms that should not (a bug).",
        "KMSInvalidMacException" => "The MAC does not verify (sent without a message).",
        "KMSInvalidSignatureException" => "The signature does not verify (sent without a message).",
        "KMSInvalidStateException" => {
            "The key's state does not allow it: pending deletion, pending import, or (for \
             CancelKeyDeletion) not pending deletion."
        }
        "KeyUnavailableException" => {
            "Never: a key whose custom key store cannot be used is KMSInvalidStateException \
             (\"… is unavailable.\")."
        }
        "LimitExceededException" => "A quota is reached (ten on-demand rotations per key).",
        "MalformedPolicyDocumentException" => {
            "The policy is not valid JSON, breaks the policy grammar, names invalid principals or \
             is over 32 KiB."
        }
        "NotFoundException" => "The key, alias or other resource named does not exist here.",
        "TagException" => {
            "Tags break the rules: duplicate keys, more than 50, or keys that begin with aws:."
        }
        "UnsupportedOperationException" => {
            "The key cannot do this (its origin or key spec does not allow it), or lkms does not \
             support the feature yet."
        }
        "ValidationException" => {
            "A parameter breaks the model's constraints (length, range, pattern, allowed values) \
             or a rule of the operation; AWS's wording."
        }
        c if c.starts_with("CloudHsm") || c.starts_with("Xks") => {
            "When the custom key store's token or XKS proxy, or their settings, do not allow it."
        }
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec;

    /// Every response member and every exception of the model has words.
    #[test]
    fn the_model_is_covered() {
        for op in spec::OPERATIONS {
            if let Some(out) = op.output.and_then(spec::shape) {
                for (m, _) in out.members {
                    assert!(!output_member(m).is_empty(), "{}: {m}", op.name);
                }
            }
            for e in op.errors {
                assert!(!error_when(e).is_empty(), "{}: {e}", op.name);
            }
        }
    }
}

//! Double encryption for KMS keys in an external key store.
//!
//! As AWS does, the plaintext is first encrypted under a key lkms holds for the KMS key (its
//! sealed key material, as for any lkms key), and that ciphertext is then encrypted by the XKS
//! proxy under the external key. Neither layer alone decrypts: losing the external key makes
//! the data unreadable, and the proxy never sees the plaintext. Both layers are bound to the
//! blob header and the encryption context ([`custom_blob`] has the format).

use super::{RequestMetadata, XksCiphertext, XksClient, XksError};
use crate::crypto::custom_blob::{self, CustomBlob, CustomBody, CustomHeader, StoreKind, XksLayer};
use crate::crypto::secret::{Key256, Secret};
use crate::crypto::{ciphertext, seal};

/// Encrypts `plaintext` for the KMS key `header.key_id`: the inner layer under `inner_key`
/// (the key material `header.material_id`), the outer layer by the proxy under the external
/// key `xks_key_id`. Returns the version 2 ciphertext blob.
pub fn seal(
    client: &XksClient,
    xks_key_id: &str,
    meta: &RequestMetadata,
    inner_key: &Key256,
    header: &CustomHeader,
    context: &[u8],
    plaintext: &[u8],
) -> Result<Vec<u8>, XksError> {
    if header.kind != StoreKind::External {
        return Err(XksError::InvalidConfiguration(
            "not an external key store header".into(),
        ));
    }
    let header_bytes = custom_blob::header(header);
    let aad = ciphertext::aad(&header_bytes, context);
    let inner = seal::seal(inner_key, &aad, plaintext);
    let outer = client.encrypt(xks_key_id, meta, &inner, &custom_blob::xks_aad(&aad))?;
    Ok(custom_blob::build(
        &header_bytes,
        &CustomBody::External(XksLayer {
            metadata: outer.metadata,
            iv: outer.iv,
            tag: outer.tag,
            ciphertext: outer.ciphertext,
        }),
    ))
}

/// Decrypts a parsed XKS blob: the proxy removes the outer layer, `inner_key` (the key
/// material the blob's header names) the inner one. An inner layer that does not open is
/// [`XksError::InnerLayerInvalid`].
pub fn open(
    client: &XksClient,
    xks_key_id: &str,
    meta: &RequestMetadata,
    inner_key: &Key256,
    blob: &CustomBlob,
    context: &[u8],
) -> Result<Secret, XksError> {
    let CustomBody::External(layer) = &blob.body else {
        return Err(XksError::InnerLayerInvalid);
    };
    let aad = ciphertext::aad(&blob.header_bytes, context);
    let outer = XksCiphertext {
        ciphertext: layer.ciphertext.clone(),
        metadata: layer.metadata.clone(),
        iv: layer.iv.clone(),
        tag: layer.tag,
    };
    let inner = client.decrypt(xks_key_id, meta, &outer, &custom_blob::xks_aad(&aad))?;
    seal::open(inner_key, &aad, &inner).ok_or(XksError::InnerLayerInvalid)
}

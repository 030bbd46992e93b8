//! GetPublicKey: the public half of an asymmetric key as DER SubjectPublicKeyInfo, with what the
//! key may be used for. Symmetric and HMAC keys have none (UnsupportedOperationException).

use super::prelude::*;
use crate::steps::{asymmetric, keyspec};

op!(keystore "GetPublicKey", "Prints the public half of an asymmetric key.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Prints the public key of an asymmetric key (DER SubjectPublicKeyInfo, base64) with the key's spec, usage and algorithms, so data can be encrypted or signatures verified without lkms.",
    errors: &[(
        "UnsupportedOperationException",
        "The key is symmetric or HMAC: it has no public key.",
    )],
    examples: &[Example {
        title: "The public key of a signing key",
        command: r##"lkms get-public-key --key-id alias/example-sign --query '[KeySpec,KeyUsage,SigningAlgorithms]'"##,
        output: r##"[
    "ECC_NIST_P256",
    "SIGN_VERIFY",
    [
        "ECDSA_SHA_256"
    ]
]"##,
    }],
};

/// Runs GetPublicKey, in the order AWS checks.
pub fn handle(svc: &Service, req: GetPublicKeyRequest) -> Result<GetPublicKeyResponse, Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Accepted)?;
    authorise::key(
        svc,
        &Ask::new("kms:GetPublicKey")
            .named_by(&req.key_id)
            .grant_tokens(req.grant_tokens.as_ref()),
        &key,
    )?;
    key_state::require(svc, Use::Cryptographic, &key)?;
    if !keyspec::is_key_pair(key.key_spec) {
        return Err(kms(
            ErrorCode::UnsupportedOperationException,
            format!(
                "{} key spec is {} which is not valid for GetPublicKey.",
                svc.key_arn(&key.key_id),
                key.key_spec.as_str()
            ),
        ));
    }
    let usage = key.key_usage;
    let pair = asymmetric::ready(svc, OP.name, key, usage)?;
    let public = asymmetric::public_key_der(pair.family, &pair.private)?;
    let rec = &pair.key;
    let algorithms = keyspec::algorithms(rec.key_spec, rec.key_usage);
    Ok(GetPublicKeyResponse {
        key_id: Some(svc.key_arn(&rec.key_id)),
        public_key: Some(Blob(public)),
        customer_master_key_spec: CustomerMasterKeySpec::parse(rec.key_spec.as_str()),
        key_spec: Some(rec.key_spec),
        key_usage: Some(rec.key_usage),
        encryption_algorithms: algorithms.encryption,
        signing_algorithms: algorithms.signing,
        key_agreement_algorithms: algorithms.key_agreement,
        encapsulation_algorithms: algorithms.encapsulation,
    })
}

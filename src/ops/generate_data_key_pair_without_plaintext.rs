//! GenerateDataKeyPairWithoutPlaintext: as GenerateDataKeyPair, without the plaintext private key.

use super::prelude::*;
use crate::steps::data_keys;

op!(keystore "GenerateDataKeyPairWithoutPlaintext", "Makes a data key pair and prints only the encrypted private half.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Like GenerateDataKeyPair, without the plaintext private key: for a party that only needs the public key now and lets another decrypt the private key later.",
    errors: &[],
    examples: &[Example {
        title: "Only the public and the encrypted private key",
        command: r##"lkms generate-data-key-pair-without-plaintext --key-id alias/example --key-pair-spec RSA_2048 --query 'keys(@)'"##,
        output: r##"[
    "KeyId",
    "KeyMaterialId",
    "KeyPairSpec",
    "PrivateKeyCiphertextBlob",
    "PublicKey"
]"##,
    }],
};

/// Runs GenerateDataKeyPairWithoutPlaintext, in the order AWS checks.
pub fn handle(
    svc: &Service,
    req: GenerateDataKeyPairWithoutPlaintextRequest,
) -> Result<GenerateDataKeyPairWithoutPlaintextResponse, Error> {
    let p = data_keys::generate_pair(
        svc,
        OP.name,
        &Ask::new("kms:GenerateDataKeyPairWithoutPlaintext")
            .named_by(&req.key_id)
            .encryption_context(req.encryption_context.as_ref())
            .grant_tokens(req.grant_tokens.as_ref())
            .keys(|k| {
                k.encryption_algorithm("SYMMETRIC_DEFAULT");
            }),
        data_keys::PairAsk {
            key_id: &req.key_id,
            encryption_context: req.encryption_context.as_ref(),
            key_pair_spec: &req.key_pair_spec,
            recipient: false,
            dry_run: req.dry_run,
        },
    )?;
    Ok(GenerateDataKeyPairWithoutPlaintextResponse {
        private_key_ciphertext_blob: Some(Blob(p.blob)),
        public_key: Some(Blob(p.public)),
        key_id: Some(svc.key_arn(&p.key.key_id)),
        key_pair_spec: Some(p.spec),
        key_material_id: Some(p.material_id),
    })
}

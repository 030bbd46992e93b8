//! GenerateDataKeyPair: a fresh key pair of `KeyPairSpec`; the private half (PKCS#8 DER) is
//! returned in plaintext and encrypted under a symmetric encryption key, the public half as DER
//! SubjectPublicKeyInfo. The checks and the work are those of [`data_keys::generate_pair`].

use super::prelude::*;
use crate::steps::data_keys;

op!(keystore "GenerateDataKeyPair", "Makes an asymmetric data key pair, the private half also encrypted.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Makes an asymmetric data key pair (RSA, NIST ECC, SECG, SM2) and prints the public key, the private key in plaintext and the private key encrypted under a symmetric KMS key.",
    errors: &[],
    examples: &[Example {
        title: "Make an ECC data key pair",
        command: r##"lkms generate-data-key-pair --key-id alias/example --key-pair-spec ECC_NIST_P256 --query '[KeyPairSpec,KeyId]'"##,
        output: r##"[
    "ECC_NIST_P256",
    "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
]"##,
    }],
};

/// Runs GenerateDataKeyPair, in the order AWS checks.
pub fn handle(
    svc: &Service,
    req: GenerateDataKeyPairRequest,
) -> Result<GenerateDataKeyPairResponse, Error> {
    let p = data_keys::generate_pair(
        svc,
        OP.name,
        &Ask::new("kms:GenerateDataKeyPair")
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
            recipient: req.recipient.is_some(),
            dry_run: req.dry_run,
        },
    )?;
    Ok(GenerateDataKeyPairResponse {
        private_key_ciphertext_blob: Some(Blob(p.blob)),
        private_key_plaintext: Some(SecretBlob(p.private)),
        public_key: Some(Blob(p.public)),
        key_id: Some(svc.key_arn(&p.key.key_id)),
        key_pair_spec: Some(p.spec),
        key_material_id: Some(p.material_id),
        ..Default::default()
    })
}

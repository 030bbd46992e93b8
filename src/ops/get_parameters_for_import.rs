//! GetParametersForImport: a fresh wrapping key pair and an import token valid for 24 hours, for a
//! key made with `--origin EXTERNAL`. AWS's rules decide which wrapping algorithm suits which key
//! spec (RSAES_PKCS1_V1_5 is refused; RSA material needs RSA_AES_KEY_WRAP).

use super::prelude::*;
use crate::steps::import::{self, TOKEN_LIFETIME_MS, TOKEN_MAGIC, Token};

op!(keystore "GetParametersForImport", "Prints a wrapping public key and import token for importing material.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Prints a fresh RSA (or SM2) wrapping public key and an import token for an EXTERNAL key, both valid for 24 hours. Wrap the material with the public key and the wrapping algorithm chosen here, then give the wrapped material and the token to ImportKeyMaterial.",
    errors: &[(
        "UnsupportedOperationException",
        "The key's origin is not EXTERNAL (\"<key ARN> origin is AWS_KMS which is not valid for this operation.\").",
    )],
    examples: &[Example {
        title: "Parameters for a key waiting for material",
        command: r##"lkms get-parameters-for-import --key-id 708192a3-b4c5-4d67-8f80-910213243546 --wrapping-algorithm RSAES_OAEP_SHA_256 --wrapping-key-spec RSA_2048 --query '[KeyId,ParametersValidTo]' --output text"##,
        output: r##"arn:aws:kms:us-east-1:111122223333:key/708192a3-b4c5-4d67-8f80-910213243546	2025-01-02T00:00:00+00:00"##,
    }],
};

/// Runs GetParametersForImport, in the order AWS checks.
pub fn handle(
    svc: &Service,
    req: GetParametersForImportRequest,
) -> Result<GetParametersForImportResponse, Error> {
    let (Some(alg), Some(spec)) = (
        AlgorithmSpec::parse(&req.wrapping_algorithm),
        WrappingKeySpec::parse(&req.wrapping_key_spec),
    ) else {
        return Err(invalid("Unknown wrapping algorithm or wrapping key spec."));
    };
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:GetParametersForImport"), &key)?;
    import::external(svc, &key)?;
    key_state::require(svc, Use::ImportParameters, &key)?;
    import::check_wrapping(key.key_spec, alg, spec)?;

    let (private, public) = import::wrapping_key(spec)?;
    let valid_to = svc.now_millis() + TOKEN_LIFETIME_MS;
    let token = Token {
        wrapping: alg,
        spec,
        valid_to,
        private,
    };
    let mut import_token = TOKEN_MAGIC.to_vec();
    import_token.extend(
        svc.store()
            .seal_import_token(svc.region(), &key.key_id, &token.encode()),
    );
    Ok(GetParametersForImportResponse {
        key_id: Some(svc.key_arn(&key.key_id)),
        import_token: Some(Blob(import_token)),
        public_key: Some(SecretBlob::new(public)),
        parameters_valid_to: Some(
            Timestamp::from_epoch_millis(valid_to).unwrap_or_else(|| svc.clock().now()),
        ),
    })
}

//! The operations: one file per KMS API operation, plus lkms's own, and the registry that lists
//! them once.
//!
//! Each operation file declares itself with [`op!`] (name, one-line summary, handler) and holds
//! its request and response types and a `handle` function that reads top to bottom in the order
//! AWS checks: validate → resolve key → authorise → key state → crypto → persist → record. The
//! model's length, range, pattern and enum constraints are checked before `handle` runs (see
//! [`crate::steps::validate`]); `handle` checks what belongs to its operation alone.
//!
//! Both faces find operations here: the command line builds its subcommands, help, man pages and
//! completions from [`OPERATIONS`], and the server dispatches through [`call`]. Adding an
//! operation is one new file and one line in the `registry!` list below.

use crate::error::{Error, ErrorCode, kms};
use crate::model::{SecretBlob, TakeSecrets};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

mod docs;
pub use docs::{Docs, Example};

pub use crate::steps::caller::Caller;
pub use crate::steps::credentials::Credential;
pub use crate::steps::inline::runs_inline;
pub use crate::steps::record::Origin;
pub use crate::steps::record_queue::Written;
pub use crate::steps::wipe::secrets as wipe_secrets;
pub use crate::steps::{Service, ServiceConfig};

/// Declares an operation in its file: `op!(keystore "Name", "summary", handle, &DOCS);` for one
/// that needs the keystore, `op!(standalone ...)` for one that needs none, `op!(keystore_if
/// "Name", "summary", handle, wants, &DOCS);` for one that needs it only for requests `wants`
/// picks, `op!(not_yet "Name", "summary", &DOCS);` for one lkms does not build yet, and
/// `op!(lkms ...)` for lkms's own operations (command line only, never served). `DOCS` (a
/// [`Docs`], optional) is what its help and man page say beyond the summary; the rest of them
/// comes from the model.
macro_rules! op {
    (keystore $name:literal, $summary:literal, $handle:path $(, $docs:expr)? $(,)?) => {
        op!(@keystore Api $name, $summary, $handle, op!(@docs $($docs)?));
    };
    (lkms $name:literal, $summary:literal, $handle:path $(, $docs:expr)? $(,)?) => {
        op!(@keystore Lkms $name, $summary, $handle, op!(@docs $($docs)?));
    };
    (@docs) => { &$crate::ops::Docs::NONE };
    (@docs $docs:expr) => { $docs };
    (@keystore $audience:ident $name:literal, $summary:literal, $handle:path, $docs:expr) => {
        /// This operation's entry in the registry.
        pub static OP: $crate::ops::Operation = $crate::ops::Operation {
            name: $name,
            summary: $summary,
            audience: $crate::ops::Audience::$audience,
            runner: $crate::ops::Runner::Keystore(|s, v| $crate::ops::run(s, v, $name, $handle)),
            parse: |v| $crate::ops::parse_for($name, v, $handle),
            docs: $docs,
        };
    };
    (standalone $name:literal, $summary:literal, $handle:path $(, $docs:expr)? $(,)?) => {
        /// This operation's entry in the registry.
        pub static OP: $crate::ops::Operation = $crate::ops::Operation {
            name: $name,
            summary: $summary,
            audience: $crate::ops::Audience::Api,
            runner: $crate::ops::Runner::Standalone(|v| {
                $crate::ops::run_standalone(v, $name, $handle)
            }),
            parse: |v| $crate::ops::parse_standalone($name, v, $handle),
            docs: op!(@docs $($docs)?),
        };
    };
    (keystore_if $name:literal, $summary:literal, $handle:path, $wants:path $(, $docs:expr)? $(,)?) => {
        /// This operation's entry in the registry.
        pub static OP: $crate::ops::Operation = $crate::ops::Operation {
            name: $name,
            summary: $summary,
            audience: $crate::ops::Audience::Api,
            runner: $crate::ops::Runner::KeystoreIf($wants, |s, v| {
                $crate::ops::run_keystore_if(s, v, $name, $handle)
            }),
            parse: |v| $crate::ops::parse_standalone($name, v, |q| $handle(None, q)),
            docs: op!(@docs $($docs)?),
        };
    };
    (not_yet $name:literal, $summary:literal $(, $docs:expr)? $(,)?) => {
        /// This operation's entry in the registry.
        pub static OP: $crate::ops::Operation = $crate::ops::Operation {
            name: $name,
            summary: $summary,
            audience: $crate::ops::Audience::Api,
            runner: $crate::ops::Runner::NotYet,
            parse: |_| Ok(()),
            docs: op!(@docs $($docs)?),
        };
    };
}

/// Lists every operation module once: declares the module and puts its `OP` in [`OPERATIONS`].
macro_rules! registry {
    ($($module:ident,)*) => {
        $(pub mod $module;)*

        /// Every operation lkms knows: the 56 of the KMS API, then lkms's own.
        pub static OPERATIONS: &[&Operation] = &[$(&$module::OP,)*];
    };
}

registry! {
    cancel_key_deletion,
    connect_custom_key_store,
    create_alias,
    create_custom_key_store,
    create_grant,
    create_key,
    decapsulate,
    decrypt,
    delete_alias,
    delete_custom_key_store,
    delete_imported_key_material,
    derive_shared_secret,
    describe_custom_key_stores,
    describe_key,
    disable_key,
    disable_key_rotation,
    disconnect_custom_key_store,
    enable_key,
    enable_key_rotation,
    encapsulate,
    encrypt,
    generate_data_key,
    generate_data_key_pair,
    generate_data_key_pair_without_plaintext,
    generate_data_key_without_plaintext,
    generate_mac,
    generate_random,
    get_key_last_usage,
    get_key_policy,
    get_key_rotation_status,
    get_parameters_for_import,
    get_public_key,
    import_key_material,
    list_aliases,
    list_grants,
    list_key_policies,
    list_key_rotations,
    list_keys,
    list_resource_tags,
    list_retirable_grants,
    put_key_policy,
    re_encrypt,
    replicate_key,
    retire_grant,
    revoke_grant,
    rotate_key_on_demand,
    schedule_key_deletion,
    sign,
    tag_resource,
    untag_resource,
    update_alias,
    update_custom_key_store,
    update_key_description,
    update_primary_region,
    verify,
    verify_mac,
    lkms_add_credential,
    lkms_list_credentials,
    lkms_remove_credential,
    lkms_keystore_info,
    lkms_keystore_check,
    lkms_add_hsm_cluster,
    lkms_list_hsm_clusters,
    lkms_remove_hsm_cluster,
    lkms_put_identity_policy,
    lkms_get_identity_policy,
    lkms_list_identity_policies,
    lkms_delete_identity_policy,
    lkms_authorize,
    lkms_audit_verify,
    lkms_audit_lookup_events,
    lkms_get_audit_settings,
    lkms_update_audit_settings,
    lkms_seed,
    lkms_export_seed,
}

/// Who may call an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// An operation of the KMS API: the command line and the server.
    Api,
    /// One of lkms's own (credentials, keystore): the command line only, never served.
    Lkms,
}

/// How an operation runs.
pub enum Runner {
    /// On the keystore (nearly every operation).
    Keystore(fn(&Service, Value) -> Result<Output, Error>),
    /// Without a keystore, so without a root key.
    Standalone(fn(Value) -> Result<Output, Error>),
    /// With the keystore only for the requests the first function picks (GenerateRandom needs
    /// it for a CustomKeyStoreId); the second runs with the service, or `None` without it.
    KeystoreIf(
        fn(&Value) -> bool,
        fn(Option<&Service>, Value) -> Result<Output, Error>,
    ),
    /// Not built yet: answers UnsupportedOperationException.
    NotYet,
}

/// One entry of the registry.
pub struct Operation {
    /// The API name (`GenerateDataKey`), or an lkms name (`LkmsAddCredential`).
    pub name: &'static str,
    /// One line saying what it does, for help and man pages.
    pub summary: &'static str,
    /// Whether the server answers it.
    pub audience: Audience,
    /// How it runs.
    pub runner: Runner,
    /// Parses a request without running it (tests prove every model member is accepted).
    pub parse: fn(&Value) -> Result<(), Error>,
    /// What its help and man page say beyond the summary.
    pub docs: &'static Docs,
}

impl Operation {
    /// True when lkms builds this operation.
    pub fn implemented(&self) -> bool {
        !matches!(self.runner, Runner::NotYet)
    }
}

/// The operation called `name`.
pub fn find(name: &str) -> Option<&'static Operation> {
    OPERATIONS.iter().copied().find(|o| o.name == name)
}

/// The error for an operation of the API that lkms does not implement yet.
pub fn not_yet_supported(op: &str) -> Error {
    kms(
        ErrorCode::UnsupportedOperationException,
        format!("lkms does not support the {op} operation yet."),
    )
}

/// An operation's response: its public members in wire form, and its secret members (plaintexts,
/// data keys, shared secrets) kept apart, still zeroizing, until a face renders them.
#[derive(Default)]
pub struct Output {
    /// The public members; `None` for operations without output.
    pub public: Option<Value>,
    /// The secret members by wire name.
    pub secrets: Vec<(&'static str, SecretBlob)>,
}

/// A response type: serialises its public members and hands over its secret members apart
/// (every generated response type is one, and `()` for operations without output).
pub trait Reply: Serialize + TakeSecrets {}

impl<T: Serialize + TakeSecrets> Reply for T {}

impl Output {
    /// The output of a response.
    pub fn of<R: Reply>(mut reply: R) -> Result<Self, Error> {
        let secrets = reply.take_secrets();
        let public = match serde_json::to_value(&reply) {
            Ok(Value::Null) => None,
            Ok(v) => Some(v),
            Err(e) => {
                return Err(kms(
                    ErrorCode::KMSInternalException,
                    format!("cannot render the response: {e}"),
                ));
            }
        };
        Ok(Self { public, secrets })
    }
}

/// Runs `op` on `service` with a wire-form JSON request, and records the call (every call of
/// the API, success or error, goes to the audit trail; see [`crate::steps::record`]).
pub fn call(service: &Service, op: &Operation, request: Value) -> Result<Output, Error> {
    let api = op.audience == Audience::Api;
    let recording = crate::steps::record::begin(service, op.name, api, &request);
    let result = match op.runner {
        Runner::Keystore(f) => f(service, request),
        Runner::Standalone(f) => f(request),
        Runner::KeystoreIf(_, f) => f(Some(service), request),
        Runner::NotYet => Err(not_yet_supported(op.name)),
    };
    let public = result.as_ref().map(|o| o.public.as_ref());
    crate::steps::record::finish(service, recording, public);
    result
}

/// The caller a command-line request with these credentials acts as (see
/// [`crate::steps::credentials::authenticate`]): UnrecognizedClientException for an access key
/// the keystore does not hold or a wrong secret.
pub fn authenticate(
    service: &Service,
    access_key_id: &str,
    secret: &crate::crypto::secret::SecretString,
    session_token: Option<&str>,
) -> Result<Caller, Error> {
    crate::steps::credentials::authenticate(
        service,
        &crate::steps::credentials::Presented {
            access_key_id,
            secret,
            session_token,
        },
    )
}

/// The stored access key `access_key_id`, opened (the server verifies signatures with it).
pub fn credential(
    service: &Service,
    access_key_id: &str,
) -> Result<Option<std::sync::Arc<Credential>>, Error> {
    crate::steps::credentials::lookup(service, access_key_id)
}

/// The request parsed and checked against the model, with the guard that wipes its text of
/// secrets however the call ends: the caller keeps the guard until the call is over.
fn checked<Q: DeserializeOwned>(
    op: &str,
    request: Value,
) -> Result<(crate::steps::wipe::Request, Q), Error> {
    let request = crate::steps::wipe::Request::new(op, request);
    let typed = parse::<Q>(op, &request.value)?;
    crate::steps::validate::request(op, &request.value)?;
    Ok((request, typed))
}

/// Parses a wire-form request into the operation's typed request.
fn parse<Q: DeserializeOwned>(op: &str, v: &Value) -> Result<Q, Error> {
    Q::deserialize(v).map_err(|e| {
        kms(
            ErrorCode::ValidationException,
            format!("The {op} request does not match the API model: {e}"),
        )
    })
}

/// Parse, check the model's constraints, handle, render: what every keystore operation does.
pub fn run<Q: DeserializeOwned, R: Reply>(
    service: &Service,
    request: Value,
    op: &str,
    handle: fn(&Service, Q) -> Result<R, Error>,
) -> Result<Output, Error> {
    let (_request, typed) = checked::<Q>(op, request)?;
    Output::of(handle(service, typed)?)
}

/// [`run`] for operations that need no keystore.
pub fn run_standalone<Q: DeserializeOwned, R: Reply>(
    request: Value,
    op: &str,
    handle: fn(Q) -> Result<R, Error>,
) -> Result<Output, Error> {
    let (_request, typed) = checked::<Q>(op, request)?;
    Output::of(handle(typed)?)
}

/// [`run`] for operations that need the keystore only for some requests.
pub fn run_keystore_if<Q: DeserializeOwned, R: Reply>(
    service: Option<&Service>,
    request: Value,
    op: &str,
    handle: fn(Option<&Service>, Q) -> Result<R, Error>,
) -> Result<Output, Error> {
    let (_request, typed) = checked::<Q>(op, request)?;
    Output::of(handle(service, typed)?)
}

/// Parses a request for `handle` without running it.
pub fn parse_for<Q: DeserializeOwned, R>(
    op: &str,
    request: &Value,
    _handle: fn(&Service, Q) -> Result<R, Error>,
) -> Result<(), Error> {
    parse::<Q>(op, request).map(drop)
}

/// [`parse_for`] for operations that need no keystore.
pub fn parse_standalone<Q: DeserializeOwned, R>(
    op: &str,
    request: &Value,
    _handle: fn(Q) -> Result<R, Error>,
) -> Result<(), Error> {
    parse::<Q>(op, request).map(drop)
}

/// What the operation files share.
mod prelude {
    pub use super::{Docs, Example, Service};
    pub use crate::error::{Error, ErrorCode, kms, kms_bare};
    pub use crate::model::*;
    pub use crate::steps::validate::invalid;
    pub use crate::steps::{
        authorise, authorise::Ask, key_state, key_state::Use, keyref, keyref::Aliases, record,
        request,
    };
    pub use serde::{Deserialize, Serialize};
}

#[cfg(test)]
mod tests;

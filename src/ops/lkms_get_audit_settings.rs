//! LkmsGetAuditSettings (`lkms audit status`): whether this keystore's audit trail is on, the size
//! at which a log file is closed and signed, and whether each event waits for the disk. lkms's own
//! operation, command line only.

use super::prelude::*;
use crate::steps::audit;
use crate::store::audit::AuditSettings;

op!(lkms "LkmsGetAuditSettings", "Prints whether the audit trail is on, its log file size and whether it syncs.", handle);

/// The request: nothing.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LkmsGetAuditSettingsRequest {}

impl TakeSecrets for AuditSettings {}

/// Runs LkmsGetAuditSettings.
pub fn handle(svc: &Service, _req: LkmsGetAuditSettingsRequest) -> Result<AuditSettings, Error> {
    audit::settings(svc)
}

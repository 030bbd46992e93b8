//! LkmsUpdateAuditSettings (`lkms audit enable`, `lkms audit disable`): turns this keystore's audit
//! trail on or off, and sets its log file size, sync mode and retention. Stopping and starting the trail are
//! themselves recorded (`StopLogging`, `StartLogging`). GetKeyLastUsage keeps working with the
//! trail off. lkms's own operation, command line only.

use super::prelude::*;
use crate::steps::audit;
use crate::store::audit::AuditSettings;

op!(lkms "LkmsUpdateAuditSettings", "Turns the audit trail on or off; sets its log file size, sync mode and retention.", handle);

/// The request: the settings to change.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct LkmsUpdateAuditSettingsRequest {
    pub enabled: Option<bool>,
    pub max_file_bytes: Option<u64>,
    pub sync: Option<bool>,
    pub retention_days: Option<u32>,
}

/// Runs LkmsUpdateAuditSettings; returns the settings now in force.
pub fn handle(svc: &Service, req: LkmsUpdateAuditSettingsRequest) -> Result<AuditSettings, Error> {
    audit::update(
        svc,
        req.enabled,
        req.max_file_bytes,
        req.sync,
        req.retention_days,
    )
}

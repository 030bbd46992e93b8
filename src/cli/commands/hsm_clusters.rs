//! `lkms hsm-clusters ...`: the PKCS#11 tokens that stand for CloudHSM clusters, kept in the
//! keystore. Each subcommand runs an lkms operation of the registry (`LkmsAddHsmCluster`, …).

use crate::cli::Ctx;
use crate::cli::report::Outcome;
use crate::cli::values;
use crate::ops::{lkms_add_hsm_cluster, lkms_list_hsm_clusters, lkms_remove_hsm_cluster};
use serde_json::{Value, json};

/// Manages the PKCS#11 tokens registered as CloudHSM clusters (lkms only; not an `aws kms`
/// command).
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand, Debug)]
enum Command {
    #[command(about = lkms_add_hsm_cluster::OP.summary.trim_end_matches('.'))]
    Add {
        /// The cluster ID custom key stores name (`cluster-` and 11 to 16 letters or digits).
        #[arg(long)]
        cloud_hsm_cluster_id: String,
        /// The path of the PKCS#11 module that drives the token (e.g. libsofthsm2.so).
        #[arg(long)]
        pkcs11_module: String,
        /// The token's label.
        #[arg(long)]
        token_label: String,
        /// A PEM certificate (or file://path) CreateCustomKeyStore must then be given as
        /// --trust-anchor-certificate [default: any valid certificate].
        #[arg(long)]
        trust_anchor_certificate: Option<String>,
    },
    #[command(about = lkms_list_hsm_clusters::OP.summary.trim_end_matches('.'))]
    List,
    #[command(about = lkms_remove_hsm_cluster::OP.summary.trim_end_matches('.'))]
    Remove {
        /// The cluster ID.
        #[arg(long)]
        cloud_hsm_cluster_id: String,
    },
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Outcome<Option<Value>> {
        let value = match self.command {
            Command::Add {
                cloud_hsm_cluster_id,
                pkcs11_module,
                token_label,
                trust_anchor_certificate,
            } => {
                let mut request = json!({
                    "CloudHsmClusterId": cloud_hsm_cluster_id,
                    "Pkcs11Module": pkcs11_module,
                    "TokenLabel": token_label,
                });
                if let Some(pem) = trust_anchor_certificate {
                    let pem = values::text("trust-anchor-certificate", &pem)?;
                    request["TrustAnchorCertificate"] = Value::String(pem);
                }
                ctx.call_as_owner(lkms_add_hsm_cluster::OP.name, request)
            }
            Command::List => ctx.call_as_owner(lkms_list_hsm_clusters::OP.name, json!({})),
            Command::Remove {
                cloud_hsm_cluster_id,
            } => ctx.call_as_owner(
                lkms_remove_hsm_cluster::OP.name,
                json!({ "CloudHsmClusterId": cloud_hsm_cluster_id }),
            ),
        }?;
        Ok(value)
    }
}

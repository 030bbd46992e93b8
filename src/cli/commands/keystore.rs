//! `lkms keystore ...`: lkms's own commands, in a namespace no `aws kms` command uses.

use crate::cli::Ctx;
use crate::cli::report::Outcome;
use crate::error::Error;
use crate::ops::{
    self, Service, lkms_export_seed, lkms_keystore_check, lkms_keystore_info, lkms_seed,
};
use anyhow::Context as _;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// Inspects the local keystore (lkms only; not an `aws kms` command).
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand, Debug)]
enum Command {
    #[command(about = lkms_keystore_info::OP.summary.trim_end_matches('.'))]
    Info,
    /// Checks every document, the write journal (rollback), the deletion index, aliases,
    /// leftovers and permissions; exits 1 when something is wrong.
    Check {
        /// Rebuild what is derived, remove dangling aliases and dead writers' temp files, set
        /// modes (never deletes a key or its material).
        #[arg(long)]
        repair: bool,
    },
    /// Creates or restores the keys a seed file describes: fixed key IDs, key material, aliases,
    /// tags, policies, rotation and creation dates. Running it again changes nothing; a file with
    /// a fault changes nothing and names the field at fault. LKMS_SEED_FILE does the same when a
    /// new keystore is first used.
    Seed {
        /// The seed file (JSON: {"LkmsSeed": 1, "Keys": [...]}; see the README).
        #[arg(long, value_name = "PATH")]
        file: PathBuf,
    },
    /// Writes the region's keys as a seed file that `lkms keystore seed` reads back (to stdout
    /// unless --file is given). Without --include-key-material the file holds no secrets.
    ExportSeed {
        /// Where to write the seed file.
        #[arg(long, value_name = "PATH")]
        file: Option<PathBuf>,
        /// Include each key's current key material; the file says so and is written with mode
        /// 0600 (needs --file).
        #[arg(long)]
        include_key_material: bool,
    },
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Outcome<Option<Value>> {
        let value = match self.command {
            Command::Info => ctx.call(lkms_keystore_info::OP.name, json!({})),
            Command::Check { repair } => {
                let report =
                    ctx.call_as_owner(lkms_keystore_check::OP.name, json!({ "Repair": repair }))?;
                let clean = report.as_ref().is_some_and(|r| r["Clean"] == true);
                if !clean {
                    ctx.exit_code.set(1);
                }
                Ok(report)
            }
            Command::Seed { file } => return seed(ctx.service()?, &file).map(Some),
            Command::ExportSeed {
                file,
                include_key_material,
            } => return export_seed(ctx, file.as_deref(), include_key_material),
        }?;
        Ok(value)
    }
}

/// Seeds the service's region from the seed file at `path`; faults name the file and field.
pub fn seed(service: &Service, path: &Path) -> Outcome<Value> {
    let shown = path.display();
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {shown}"))?;
    let doc: Value = serde_json::from_str(&text)
        .map_err(|e| Error::Usage(format!("{shown}: not a JSON seed file: {e}")))?;
    let op = ops::find(lkms_seed::OP.name).ok_or_else(|| ops::not_yet_supported("LkmsSeed"))?;
    let out = ops::call(service, op, json!({ "Seed": doc })).map_err(|e| match e {
        Error::Usage(m) => Error::Usage(format!("{shown}: {m}")),
        other => other,
    })?;
    Ok(out.public.unwrap_or(Value::Null))
}

/// Writes the region's keys as a seed file, or prints it; with key material, only to a file
/// made readable by its owner alone.
fn export_seed(ctx: &Ctx, file: Option<&Path>, material: bool) -> Outcome<Option<Value>> {
    if material && file.is_none() {
        return Err(Error::Usage(
            "--include-key-material writes secrets: give --file PATH (it is written with mode \
             0600)"
                .into(),
        )
        .into());
    }
    let op = ops::find(lkms_export_seed::OP.name)
        .ok_or_else(|| ops::not_yet_supported("LkmsExportSeed"))?;
    let out = ops::call(
        ctx.service()?,
        op,
        json!({ "IncludeKeyMaterial": material }),
    )?;
    let Some((_, text)) = out.secrets.into_iter().find(|(n, _)| *n == "Seed") else {
        return Err(Error::Other("the seed document is missing".into()).into());
    };
    match file {
        Some(path) => write_private(path, &text.0, material)
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => {
            use std::io::Write as _;
            std::io::stdout()
                .write_all(&text.0)
                .context("cannot write the seed to stdout")?;
        }
    }
    Ok(None)
}

/// Writes `bytes` to `path`; a secret file is made (or narrowed to) mode 0600 before any byte
/// is written.
fn write_private(path: &Path, bytes: &[u8], secret: bool) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    if secret {
        use std::os::unix::fs::{OpenOptionsExt as _, PermissionsExt as _};
        opts.mode(0o600);
        if path.exists() {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
        }
    }
    let mut f = opts.open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

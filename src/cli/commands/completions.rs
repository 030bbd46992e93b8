//! `lkms completions <shell>` and the hidden `lkms generate-docs <dir>`: shell completion
//! scripts and man pages from the same clap definitions as `--help`.

use crate::cli::Ctx;
use crate::cli::report::Outcome;
use anyhow::Context as _;
use clap_complete::Shell;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Prints a shell completion script for lkms.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The shell: bash, zsh, fish, powershell or elvish.
    #[arg(value_enum)]
    shell: Shell,
}

impl Args {
    /// Runs the command.
    pub fn run(self, _ctx: &Ctx) -> Outcome<Option<Value>> {
        let mut cmd = crate::cli::full_command();
        clap_complete::generate(self.shell, &mut cmd, "lkms", &mut std::io::stdout());
        Ok(None)
    }
}

/// Writes every completion script to `dir/completions` and every man page to `dir/man`.
#[derive(clap::Args, Debug)]
pub struct DocsArgs {
    /// The directory that receives completions/ and man/.
    dir: PathBuf,
}

fn write(path: &Path, bytes: &[u8]) -> Outcome<()> {
    std::fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
}

impl DocsArgs {
    /// Runs the command.
    pub fn run(self, _ctx: &Ctx) -> Outcome<Option<Value>> {
        let completions = self.dir.join("completions");
        let man = self.dir.join("man");
        for d in [&completions, &man] {
            std::fs::create_dir_all(d).with_context(|| format!("cannot create {}", d.display()))?;
        }
        for shell in [
            Shell::Bash,
            Shell::Zsh,
            Shell::Fish,
            Shell::PowerShell,
            Shell::Elvish,
        ] {
            let mut buf = Vec::new();
            clap_complete::generate(shell, &mut crate::cli::full_command(), "lkms", &mut buf);
            let name = match shell {
                Shell::Bash => "lkms.bash",
                Shell::Zsh => "_lkms",
                Shell::Fish => "lkms.fish",
                Shell::PowerShell => "_lkms.ps1",
                _ => "lkms.elv",
            };
            write(&completions.join(name), &buf)?;
        }
        let cmd = crate::cli::full_command();
        let mut buf = Vec::new();
        clap_mangen::Man::new(cmd.clone())
            .render(&mut buf)
            .context("cannot render a man page")?;
        write(&man.join("lkms.1"), &buf)?;
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            let name = format!("lkms-{}", sub.get_name());
            let mut buf = Vec::new();
            let page = clap_mangen::Man::new(sub.clone().name(name.clone()));
            match crate::spec::operation_by_cli_name(sub.get_name()) {
                Some(op) => operation_page(&page, op, &mut buf),
                None => page.render(&mut buf),
            }
            .context("cannot render a man page")?;
            write(&man.join(format!("{name}.1")), &buf)?;
        }
        Ok(None)
    }
}

/// An operation's man page: clap's title, name, synopsis, description and options, then the
/// OUTPUT, ERRORS and EXAMPLES sections `aws kms <op> help` has.
fn operation_page(
    page: &clap_mangen::Man,
    op: &crate::spec::Operation,
    out: &mut Vec<u8>,
) -> std::io::Result<()> {
    page.render_title(out)?;
    page.render_name_section(out)?;
    page.render_synopsis_section(out)?;
    page.render_description_section(out)?;
    page.render_options_section(out)?;
    let mut roff = clap_mangen::roff::Roff::default();
    crate::cli::help_sections::roff(op, &mut roff);
    roff.to_writer(out)
}

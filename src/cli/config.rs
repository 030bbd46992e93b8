//! The AWS config file (`AWS_CONFIG_FILE`, default `~/.aws/config`): the settings of the chosen
//! profile that change lkms's behaviour (`region`, `output`, `cli_binary_format`).

use crate::error::Error;
use std::collections::HashMap;
use std::path::PathBuf;

/// The settings of one profile.
#[derive(Debug, Default, Clone)]
pub struct Profile {
    /// `region`.
    pub region: Option<String>,
    /// `output`.
    pub output: Option<String>,
    /// `cli_binary_format`.
    pub cli_binary_format: Option<String>,
}

fn config_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("AWS_CONFIG_FILE").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    directories::BaseDirs::new().map(|b| b.home_dir().join(".aws").join("config"))
}

/// Sections of an INI file: name to key/value pairs. Comments start with `#` or `;`.
/// (A small parser: the AWS config format needs no more, and no crate is pulled in for it.)
fn parse_ini(text: &str) -> HashMap<String, HashMap<String, String>> {
    let mut sections: HashMap<String, HashMap<String, String>> = HashMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            let name = name.trim().to_string();
            sections.entry(name.clone()).or_default();
            current = Some(name);
        } else if let (Some(section), Some((k, v))) = (&current, line.split_once('=')) {
            sections
                .entry(section.clone())
                .or_default()
                .insert(k.trim().to_string(), v.trim().to_string());
        }
    }
    sections
}

/// The profile named by `--profile`, else `AWS_PROFILE`, else `default`. A profile named
/// explicitly that the file does not have is a configuration error, as in the AWS CLI.
pub fn load(flag: Option<&str>) -> Result<Profile, Error> {
    let named = flag
        .map(String::from)
        .or_else(|| std::env::var("AWS_PROFILE").ok().filter(|p| !p.is_empty()));
    let name = named.clone().unwrap_or_else(|| "default".into());
    let text = config_path()
        .and_then(|p| std::fs::read_to_string(p).ok())
        .unwrap_or_default();
    let sections = parse_ini(&text);
    let section = if name == "default" {
        sections
            .get("default")
            .or_else(|| sections.get("profile default"))
    } else {
        sections.get(&format!("profile {name}"))
    };
    match section {
        Some(s) => Ok(Profile {
            region: s.get("region").cloned().filter(|v| !v.is_empty()),
            output: s.get("output").cloned().filter(|v| !v.is_empty()),
            cli_binary_format: s
                .get("cli_binary_format")
                .cloned()
                .filter(|v| !v.is_empty()),
        }),
        None if named.is_some() && name != "default" => Err(Error::Config(format!(
            "The config profile ({name}) could not be found"
        ))),
        None => Ok(Profile::default()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ini() {
        let s = parse_ini(
            "# c\n[default]\nregion = eu-west-1\n\n[profile dev]\noutput=text\n; x\ncli_binary_format = raw-in-base64-out\n",
        );
        assert_eq!(s["default"]["region"], "eu-west-1");
        assert_eq!(s["profile dev"]["output"], "text");
        assert_eq!(s["profile dev"]["cli_binary_format"], "raw-in-base64-out");
    }
}

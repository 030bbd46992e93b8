//! The AWS config and shared credentials files, as the aws CLI reads them: the chosen profile's
//! settings that change lkms's behaviour (`region`, `output`, `cli_binary_format`,
//! `cli_error_format`, `cli_timestamp_format`) from the config file (`AWS_CONFIG_FILE`, default `~/.aws/config`), and
//! its access key from the shared credentials file (`AWS_SHARED_CREDENTIALS_FILE`, default
//! `~/.aws/credentials`) or, failing that, the config file.

use crate::crypto::secret::SecretString;
use crate::error::Error;
use std::path::PathBuf;
use zeroize::Zeroizing;

/// An access key as a profile or the environment gives it.
#[derive(Debug, Clone)]
pub struct AccessKey {
    /// `aws_access_key_id`.
    pub access_key_id: String,
    /// `aws_secret_access_key`.
    pub secret: SecretString,
    /// `aws_session_token`.
    pub session_token: Option<String>,
}

/// The settings of one profile.
#[derive(Debug, Default, Clone)]
pub struct Profile {
    /// Whether the profile was named (`--profile` or `AWS_PROFILE`) rather than `default`.
    pub named: bool,
    /// Whether it was named with `--profile` (then, as in the aws CLI, the environment's
    /// access key is not used).
    pub from_flag: bool,
    /// `region`.
    pub region: Option<String>,
    /// `output`.
    pub output: Option<String>,
    /// `cli_binary_format`.
    pub cli_binary_format: Option<String>,
    /// `cli_error_format`.
    pub cli_error_format: Option<String>,
    /// `cli_timestamp_format`.
    pub cli_timestamp_format: Option<String>,
    /// The profile's access key, if it has one.
    pub access_key: Option<AccessKey>,
}

fn home_file(var: &str, name: &str) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(var).filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    directories::BaseDirs::new().map(|b| b.home_dir().join(".aws").join(name))
}

/// The file's text, wiped when dropped (a credentials file holds secrets); empty if unreadable.
fn read(path: Option<PathBuf>) -> Zeroizing<String> {
    Zeroizing::new(
        path.and_then(|p| std::fs::read_to_string(p).ok())
            .unwrap_or_default(),
    )
}

/// The key/value pairs of section `name` of an INI text, borrowed from it; `None` if there is
/// no such section. Comments start with `#` or `;`. (A small parser: the AWS files need no
/// more, and no crate is pulled in for it.)
fn section<'t>(text: &'t str, name: &str) -> Option<Vec<(&'t str, &'t str)>> {
    let mut found = None;
    let mut current = false;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(header) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = header.trim() == name;
            if current && found.is_none() {
                found = Some(Vec::new());
            }
        } else if current
            && let Some((k, v)) = line.split_once('=')
            && let Some(pairs) = found.as_mut()
        {
            pairs.push((k.trim(), v.trim()));
        }
    }
    found
}

fn get<'t>(pairs: &[(&'t str, &'t str)], key: &str) -> Option<&'t str> {
    pairs
        .iter()
        .rev()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| *v)
        .filter(|v| !v.is_empty())
}

/// The access key in a profile's pairs, if it has both halves.
fn access_key(pairs: &[(&str, &str)]) -> Option<AccessKey> {
    Some(AccessKey {
        access_key_id: get(pairs, "aws_access_key_id")?.to_string(),
        secret: SecretString::new(get(pairs, "aws_secret_access_key")?.to_string()),
        session_token: get(pairs, "aws_session_token").map(str::to_string),
    })
}

/// The profile named by `--profile`, else `AWS_PROFILE`, else `default`. A profile named
/// explicitly that neither file has is a configuration error, as in the AWS CLI.
pub fn load(flag: Option<&str>) -> Result<Profile, Error> {
    let named = flag
        .map(String::from)
        .or_else(|| std::env::var("AWS_PROFILE").ok().filter(|p| !p.is_empty()));
    let name = named.clone().unwrap_or_else(|| "default".into());
    let config = read(home_file("AWS_CONFIG_FILE", "config"));
    let credentials = read(home_file("AWS_SHARED_CREDENTIALS_FILE", "credentials"));
    let in_config = if name == "default" {
        section(&config, "default").or_else(|| section(&config, "profile default"))
    } else {
        section(&config, &format!("profile {name}"))
    };
    let in_credentials = section(&credentials, &name);
    if named.is_some() && name != "default" && in_config.is_none() && in_credentials.is_none() {
        return Err(Error::Config(format!(
            "The config profile ({name}) could not be found"
        )));
    }
    let settings = in_config.clone().unwrap_or_default();
    let setting = |k: &str| get(&settings, k).map(str::to_string);
    Ok(Profile {
        named: named.is_some(),
        from_flag: flag.is_some(),
        region: setting("region"),
        output: setting("output"),
        cli_binary_format: setting("cli_binary_format"),
        cli_error_format: setting("cli_error_format"),
        cli_timestamp_format: setting("cli_timestamp_format"),
        access_key: in_credentials
            .as_deref()
            .and_then(access_key)
            .or_else(|| in_config.as_deref().and_then(access_key)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ini() {
        let text = "# c\n[default]\nregion = eu-west-1\n\n[profile dev]\noutput=text\n; x\ncli_binary_format = raw-in-base64-out\n";
        assert_eq!(
            get(&section(text, "default").unwrap(), "region"),
            Some("eu-west-1")
        );
        let dev = section(text, "profile dev").unwrap();
        assert_eq!(get(&dev, "output"), Some("text"));
        assert_eq!(get(&dev, "cli_binary_format"), Some("raw-in-base64-out"));
        assert!(section(text, "dev").is_none());
    }

    #[test]
    fn an_access_key_needs_both_halves() {
        let text = "[a]\naws_access_key_id = AKIA1\naws_secret_access_key = s\naws_session_token = t\n[b]\naws_access_key_id = AKIA2\n";
        let a = access_key(&section(text, "a").unwrap()).unwrap();
        assert_eq!(a.access_key_id, "AKIA1");
        assert_eq!(a.secret.expose(), "s");
        assert_eq!(a.session_token.as_deref(), Some("t"));
        assert!(access_key(&section(text, "b").unwrap()).is_none());
    }
}

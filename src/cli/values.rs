//! Parameter values as the AWS CLI v2 reads them: `file://` and `fileb://`, and base64 blobs.

use crate::crypto::secret::Secret;
use crate::error::Error;
use zeroize::Zeroizing;

/// How blob parameters given as text are read (`--cli-binary-format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BinaryFormat {
    /// Text is base64 and is decoded (the v2 default).
    #[default]
    Base64,
    /// Text is used as raw bytes (`raw-in-base64-out`, the v1 behaviour).
    RawInBase64Out,
}

fn param_error(param: &str, detail: impl std::fmt::Display) -> Error {
    Error::Usage(format!("Error parsing parameter '--{param}': {detail}"))
}

/// The largest parameter file lkms reads; every KMS parameter is far smaller, and the cap keeps
/// `fileb:///dev/zero` from exhausting memory.
const MAX_PARAM_FILE: u64 = 16 * 1024 * 1024;

fn load_file(param: &str, prefix: &str, path: &str) -> Result<Vec<u8>, Error> {
    use std::io::Read;
    let read = || -> std::io::Result<Vec<u8>> {
        let file = std::fs::File::open(path)?;
        // Sized from the file's length (a pipe says 0): read in one go, without growing the
        // buffer from 32 bytes through every size on the way, each a fresh allocation.
        let size = file
            .metadata()
            .map_or(0, |m| m.len().min(MAX_PARAM_FILE + 1));
        let mut buf = Vec::with_capacity(size as usize);
        file.take(MAX_PARAM_FILE + 1).read_to_end(&mut buf)?;
        Ok(buf)
    };
    let bytes = read().map_err(|e| {
        let errno = e.raw_os_error().unwrap_or(0);
        let reason = e.to_string();
        let reason = reason
            .split(" (os error")
            .next()
            .unwrap_or(&reason)
            .to_string();
        param_error(
            param,
            format!("Unable to load paramfile {prefix}{path}: [Errno {errno}] {reason}: '{path}'"),
        )
    })?;
    if bytes.len() as u64 > MAX_PARAM_FILE {
        return Err(param_error(
            param,
            format!("Unable to load paramfile {prefix}{path}: it is larger than 16 MiB"),
        ));
    }
    Ok(bytes)
}

/// A string parameter: `file://path` reads the file's text, anything else is taken as is.
pub fn text(param: &str, value: &str) -> Result<String, Error> {
    if let Some(path) = value.strip_prefix("file://") {
        let bytes = load_file(param, "file://", path)?;
        return String::from_utf8(bytes)
            .map_err(|_| param_error(param, format!("file://{path} is not valid UTF-8 text")));
    }
    if let Some(path) = value.strip_prefix("fileb://") {
        let bytes = load_file(param, "fileb://", path)?;
        return String::from_utf8(bytes)
            .map_err(|_| param_error(param, format!("fileb://{path} is not valid UTF-8 text")));
    }
    Ok(value.to_string())
}

/// A blob parameter: `fileb://` gives raw bytes; `file://` and plain text are base64
/// (or raw text with [`BinaryFormat::RawInBase64Out`]).
pub fn blob(param: &str, value: &str, format: BinaryFormat) -> Result<Secret, Error> {
    if let Some(path) = value.strip_prefix("fileb://") {
        return load_file(param, "fileb://", path).map(Secret::new);
    }
    let text = Zeroizing::new(text(param, value)?);
    match format {
        BinaryFormat::RawInBase64Out => Ok(Secret::new(text.as_bytes().to_vec())),
        BinaryFormat::Base64 => {
            let compact: Zeroizing<String> =
                Zeroizing::new(text.chars().filter(|c| !c.is_ascii_whitespace()).collect());
            crate::model::b64::decode(compact.as_bytes())
                .map(Secret::new)
                .map_err(|_| Error::Usage(format!("Invalid base64: \"{}\"", text.as_str())))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blobs() {
        assert_eq!(
            blob("p", "aGk=", BinaryFormat::Base64).unwrap().expose(),
            b"hi"
        );
        assert_eq!(
            blob("p", "aGk=", BinaryFormat::RawInBase64Out)
                .unwrap()
                .expose(),
            b"aGk="
        );
        assert!(matches!(
            blob("p", "a", BinaryFormat::Base64),
            Err(Error::Usage(_))
        ));
    }
}

//! Errors as the AWS CLI reports them: the message on stderr and the exit code of its kind.

use crate::error::Error;

/// Exit code for a service error.
pub const EXIT_SERVICE: i32 = 254;
/// Exit code for a bad argument.
pub const EXIT_USAGE: i32 = 252;
/// Exit code for a configuration problem (root key, keystore, region, profile).
pub const EXIT_CONFIG: i32 = 253;
/// Exit code for anything else.
pub const EXIT_OTHER: i32 = 255;

/// The command line's own result: typed core errors, and the face's local failures with the
/// context of what was being done (a file, a directory).
pub type Outcome<T> = anyhow::Result<T>;

/// Prints an error the way the AWS CLI does and returns its exit code. The kind (and so the
/// exit code) is that of the typed error underneath any context; context is printed before it.
pub fn report(e: &anyhow::Error, operation: &str) -> i32 {
    match e.downcast_ref::<Error>() {
        Some(Error::Service(k)) => {
            // Without a message botocore's text still ends in ": " (its Message is ''), and the
            // aws CLI prints that text as it is.
            eprintln!(
                "\nAn error occurred ({}) when calling the {operation} operation: {}",
                k.code.as_str(),
                k.text()
            );
            EXIT_SERVICE
        }
        Some(Error::Usage(_)) => {
            eprintln!("\n{e:#}");
            EXIT_USAGE
        }
        Some(Error::Config(_)) => {
            eprintln!("lkms: {e:#}");
            EXIT_CONFIG
        }
        Some(Error::Other(_)) | None => {
            eprintln!("\n{e:#}");
            EXIT_OTHER
        }
    }
}

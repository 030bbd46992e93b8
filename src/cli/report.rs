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

/// Prints an error the way the AWS CLI does and returns its exit code.
pub fn report(e: &Error, operation: &str) -> i32 {
    match e {
        Error::Service(k) => {
            eprintln!(
                "\nAn error occurred ({}) when calling the {operation} operation: {}",
                k.code.as_str(),
                k.message
            );
            EXIT_SERVICE
        }
        Error::Usage(m) => {
            eprintln!("\n{m}");
            EXIT_USAGE
        }
        Error::Config(m) => {
            eprintln!("lkms: {m}");
            EXIT_CONFIG
        }
        Error::Other(m) => {
            eprintln!("\n{m}");
            EXIT_OTHER
        }
    }
}

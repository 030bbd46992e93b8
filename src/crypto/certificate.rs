//! X.509 certificates given as PEM text: the trust anchor of a CloudHSM key store.

use rustls_pki_types::CertificateDer;
use rustls_pki_types::pem::PemObject;

/// Checks that `pem` holds exactly one PEM `CERTIFICATE` whose DER is an X.509 certificate
/// (v1 or v3); returns its DER. `Err` says what is wrong, in a few words.
pub fn parse_pem(pem: &str) -> Result<Vec<u8>, &'static str> {
    let mut certs = CertificateDer::pem_slice_iter(pem.as_bytes());
    let cert = match certs.next() {
        Some(Ok(c)) => c,
        Some(Err(_)) => return Err("it is not valid PEM"),
        None => return Err("it holds no PEM certificate"),
    };
    if certs.next().is_some() {
        return Err("it holds more than one certificate");
    }
    webpki::anchor_from_trusted_cert(&cert).map_err(|_| "it is not an X.509 certificate")?;
    Ok(cert.as_ref().to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_what_is_not_one_certificate() {
        assert_eq!(parse_pem(""), Err("it holds no PEM certificate"));
        assert_eq!(parse_pem("hello"), Err("it holds no PEM certificate"));
        let junk = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";
        assert_eq!(parse_pem(junk), Err("it is not an X.509 certificate"));
        let bad64 = "-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n";
        assert_eq!(parse_pem(bad64), Err("it is not valid PEM"));
    }
}

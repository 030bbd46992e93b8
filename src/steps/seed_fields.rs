//! The fields of a seed key (see [`super::seed`]): dates, policies, tags, aliases, rotation and
//! key material, each read with the path of the field at fault.

use super::{aliases, keyspec, policy, tags};
use crate::crypto::secret::Secret;
use crate::error::Error;
use crate::model::{KeySpec, OriginType, Tag};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use serde_json::{Map, Value};

/// A Usage error naming the path of the field at fault.
pub(super) fn fault(path: &str, message: impl std::fmt::Display) -> Error {
    Error::Usage(format!("{path}: {message}"))
}

/// The words of an error, without its exception name.
fn words(e: Error) -> String {
    match e {
        Error::Service(k) => k.text().to_string(),
        other => other.to_string(),
    }
}

/// Refuses a member that is not one of `allowed`, naming it.
pub(super) fn unknown_fields(
    obj: &Map<String, Value>,
    allowed: &[&str],
    prefix: &str,
) -> Result<(), Error> {
    match obj.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => Err(fault(
            &format!("{prefix}{k}"),
            format!("unknown field; expected one of {}", allowed.join(", ")),
        )),
        None => Ok(()),
    }
}

/// A string member, if present.
pub(super) fn text<'a>(
    obj: &'a Map<String, Value>,
    field: &str,
    path: &str,
) -> Result<Option<&'a str>, Error> {
    match obj.get(field) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(fault(&format!("{path}.{field}"), "must be a string")),
    }
}

/// CreationDate: an RFC 3339 time or epoch seconds, as epoch milliseconds.
pub(super) fn parse_date(v: Option<&Value>, path: &str) -> Result<Option<i64>, Error> {
    use time::format_description::well_known::Rfc3339;
    let ms = match v {
        None => return Ok(None),
        Some(Value::String(s)) => time::OffsetDateTime::parse(s, &Rfc3339)
            .map(|t| (t.unix_timestamp_nanos() / 1_000_000) as i64)
            .map_err(|_| {
                fault(
                    path,
                    format!("'{s}' is not an RFC 3339 time such as 2024-01-02T03:04:05Z"),
                )
            })?,
        Some(Value::Number(n)) => n
            .as_f64()
            .filter(|s| s.is_finite() && *s >= 0.0 && *s < 1e13)
            .map(|s| (s * 1000.0).round() as i64)
            .ok_or_else(|| fault(path, "epoch seconds out of range"))?,
        Some(_) => return Err(fault(path, "must be an RFC 3339 time or epoch seconds")),
    };
    Ok(Some(ms))
}

/// Policy: a document (object or text), checked as PutKeyPolicy checks it.
pub(super) fn parse_policy(v: Option<&Value>, path: &str) -> Result<Option<String>, Error> {
    let text = match v {
        None => return Ok(None),
        Some(Value::String(s)) => s.clone(),
        Some(doc @ Value::Object(_)) => doc.to_string(),
        Some(_) => {
            return Err(fault(
                path,
                "must be a policy document (an object or a string)",
            ));
        }
    };
    policy::check_document(&text).map_err(|e| fault(path, words(e)))?;
    Ok(Some(text))
}

/// Tags: a list of TagKey/TagValue pairs, checked as TagResource checks them.
pub(super) fn parse_tags(v: Option<&Value>, path: &str) -> Result<Vec<Tag>, Error> {
    let Some(v) = v else { return Ok(Vec::new()) };
    let list = v
        .as_array()
        .ok_or_else(|| fault(path, "must be a list of tags"))?;
    let mut out = Vec::with_capacity(list.len());
    for (i, t) in list.iter().enumerate() {
        let p = format!("{path}[{i}]");
        let obj = t
            .as_object()
            .ok_or_else(|| fault(&p, "a tag is {\"TagKey\": …, \"TagValue\": …}"))?;
        unknown_fields(obj, &["TagKey", "TagValue"], &format!("{p}."))?;
        let key =
            text(obj, "TagKey", &p)?.ok_or_else(|| fault(&format!("{p}.TagKey"), "missing"))?;
        let value =
            text(obj, "TagValue", &p)?.ok_or_else(|| fault(&format!("{p}.TagValue"), "missing"))?;
        if key.is_empty() || key.chars().count() > 128 || value.chars().count() > 256 {
            return Err(fault(
                &p,
                "TagKey must have 1–128 characters and TagValue at most 256",
            ));
        }
        out.push(Tag {
            tag_key: key.to_string(),
            tag_value: value.to_string(),
        });
    }
    tags::check(&out).map_err(|e| fault(path, words(e)))?;
    Ok(out)
}

/// Aliases: alias names a caller may create.
pub(super) fn parse_aliases(v: Option<&Value>, path: &str) -> Result<Vec<String>, Error> {
    let Some(v) = v else { return Ok(Vec::new()) };
    let list = v
        .as_array()
        .ok_or_else(|| fault(path, "must be a list of alias names"))?;
    let pattern = |s: &str| {
        s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/_-".contains(&b))
    };
    list.iter()
        .enumerate()
        .map(|(i, a)| {
            let p = format!("{path}[{i}]");
            let name = a.as_str().ok_or_else(|| fault(&p, "must be a string"))?;
            aliases::check_new_name(name).map_err(|e| fault(&p, words(e)))?;
            if name.len() > 256 || !pattern(name) {
                return Err(fault(
                    &p,
                    "alias names have at most 256 letters, digits, /, _ and -",
                ));
            }
            Ok(name.to_string())
        })
        .collect()
}

/// KeyRotation: whether automatic rotation is on, and its period.
pub(super) fn parse_rotation(
    v: Option<&Value>,
    spec: KeySpec,
    origin: OriginType,
    path: &str,
) -> Result<Option<u32>, Error> {
    let Some(v) = v else { return Ok(None) };
    let obj = v.as_object().ok_or_else(|| {
        fault(
            path,
            "must be {\"Enabled\": …, \"RotationPeriodInDays\": …}",
        )
    })?;
    unknown_fields(
        obj,
        &["Enabled", "RotationPeriodInDays"],
        &format!("{path}."),
    )?;
    let enabled = match obj.get("Enabled") {
        Some(Value::Bool(b)) => *b,
        _ => return Err(fault(&format!("{path}.Enabled"), "must be true or false")),
    };
    let days = match obj.get("RotationPeriodInDays") {
        None => super::rotation::DEFAULT_PERIOD_DAYS,
        Some(d) => d
            .as_u64()
            .filter(|d| (90..=2560).contains(d))
            .map(|d| d as u32)
            .ok_or_else(|| {
                fault(
                    &format!("{path}.RotationPeriodInDays"),
                    "must be 90 to 2560",
                )
            })?,
    };
    if enabled && (spec != KeySpec::SYMMETRIC_DEFAULT || origin != OriginType::AWS_KMS) {
        return Err(fault(
            &format!("{path}.Enabled"),
            "automatic rotation is only for SYMMETRIC_DEFAULT keys of origin AWS_KMS",
        ));
    }
    Ok(enabled.then_some(days))
}

/// KeyMaterial: base64 (symmetric, HMAC) or a PKCS#8 PEM (key pairs), checked for the key spec.
pub(super) fn parse_material(
    obj: &Map<String, Value>,
    spec: KeySpec,
    path: &str,
) -> Result<Option<Secret>, Error> {
    let Some(v) = obj.get("KeyMaterial") else {
        return Ok(None);
    };
    let text = v.as_str().ok_or_else(|| fault(path, "must be a string"))?;
    if !keyspec::importable(spec) {
        return Err(fault(
            path,
            format!(
                "{} keys cannot be given material; lkms makes it",
                spec.as_str()
            ),
        ));
    }
    let pair = keyspec::is_key_pair(spec);
    let bytes = if pair {
        pem_private_key(text).ok_or_else(|| {
            fault(
                path,
                "key pairs take a PEM private key (-----BEGIN PRIVATE KEY-----, PKCS#8)",
            )
        })?
    } else {
        Secret::new(
            B64.decode(text.trim())
                .map_err(|_| fault(path, "symmetric and HMAC material is base64"))?,
        )
    };
    keyspec::import_material(spec, &bytes)
        .map(Some)
        .ok_or_else(|| {
            fault(
                path,
                format!(
                    "not valid material for a {} key: {}",
                    spec.as_str(),
                    super::import::expected_material(spec)
                ),
            )
        })
}

/// The DER inside a PKCS#8 PEM block.
fn pem_private_key(text: &str) -> Option<Secret> {
    let body = text
        .trim()
        .strip_prefix("-----BEGIN PRIVATE KEY-----")?
        .strip_suffix("-----END PRIVATE KEY-----")?;
    let b64: String = body.chars().filter(|c| !c.is_whitespace()).collect();
    B64.decode(b64.as_bytes()).ok().map(Secret::new)
}

/// A PKCS#8 DER private key as a PEM block, 64 characters a line.
pub fn pem(der: &[u8]) -> String {
    let b64 = B64.encode(der);
    let mut out = String::from("-----BEGIN PRIVATE KEY-----\n");
    for chunk in b64.as_bytes().chunks(64) {
        out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
        out.push('\n');
    }
    out.push_str("-----END PRIVATE KEY-----\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pem_round_trips() {
        let der = (0u8..=200).collect::<Vec<u8>>();
        assert!(pem_private_key(&pem(&der)).unwrap().ct_eq(&der));
    }
}

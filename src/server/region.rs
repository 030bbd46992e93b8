//! Which Regions `lkms serve` answers for. A request's Region comes from its signature's
//! credential scope and names a directory of the keystore, so it is checked against AWS's
//! Region syntax (and an optional allow-list) before anything else sees it.

/// The Region prefixes of AWS's partitions, as their `regionRegex` patterns give them:
/// a Region is `<prefix>-<name>-<number>`, e.g. `us-east-1`, `us-gov-west-1`, `cn-north-1`.
const PARTITION_PREFIXES: &[&str] = &[
    "us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx",      // aws
    "cn",      // aws-cn
    "eusc-de", // aws-eusc
    "us-gov",  // aws-us-gov
    "us-iso", "us-isob", "us-isof", // aws-iso, aws-iso-b, aws-iso-f
    "eu-isoe", // aws-iso-e
];

/// True if `region` is spelled like an AWS Region: a partition's prefix, a lower-case name
/// and a number, joined by hyphens. Nothing else (no `.`, `/`, upper case or space) passes.
pub fn is_aws_region(region: &str) -> bool {
    PARTITION_PREFIXES.iter().any(|prefix| {
        let Some(rest) = region
            .strip_prefix(prefix)
            .and_then(|r| r.strip_prefix('-'))
        else {
            return false;
        };
        let Some((name, number)) = rest.split_once('-') else {
            return false;
        };
        !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            && (1..=3).contains(&number.len())
            && number.bytes().all(|b| b.is_ascii_digit())
    })
}

/// The Regions a server answers for: every well-formed one, or only those listed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Regions {
    only: Option<Vec<String>>,
}

impl Regions {
    /// Every well-formed Region.
    pub fn any() -> Self {
        Self::default()
    }

    /// Only the Regions in `list` (comma-separated); an error names an entry that is not a
    /// Region name.
    pub fn only(list: &str) -> Result<Self, String> {
        let mut only = Vec::new();
        for r in list.split(',').map(str::trim).filter(|r| !r.is_empty()) {
            if !is_aws_region(r) {
                return Err(format!("'{r}' is not an AWS Region name"));
            }
            only.push(r.to_string());
        }
        if only.is_empty() {
            return Err("no Region listed".into());
        }
        Ok(Self { only: Some(only) })
    }

    /// True if requests for `region` are answered.
    pub fn allows(&self, region: &str) -> bool {
        is_aws_region(region)
            && self
                .only
                .as_ref()
                .is_none_or(|only| only.iter().any(|r| r == region))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_region_botocore_knows_is_well_formed() {
        for r in [
            "us-east-1",
            "eu-central-2",
            "ap-southeast-7",
            "il-central-1",
            "mx-central-1",
            "cn-northwest-1",
            "us-gov-west-1",
            "us-iso-east-1",
            "us-isob-east-1",
            "us-isof-south-1",
            "eu-isoe-west-1",
            "eusc-de-east-1",
        ] {
            assert!(is_aws_region(r), "{r}");
        }
    }

    #[test]
    fn anything_else_is_not() {
        for r in [
            "",
            "..",
            "../x",
            "us-east-1/..",
            "US-EAST-1",
            "us-east-1 ",
            "us-east-1..",
            "us-east",
            "us-east-",
            "us--1",
            "xx-east-1",
            "local",
            "aws-global",
            "us-east-1234",
            "us-east-1\0",
            "us-east_x-1",
        ] {
            assert!(!is_aws_region(r), "{r:?}");
        }
    }

    #[test]
    fn an_allow_list() {
        let only = Regions::only("us-east-1, eu-west-1").unwrap();
        assert!(only.allows("eu-west-1"));
        assert!(!only.allows("us-west-2"));
        assert!(Regions::any().allows("us-west-2"));
        assert!(!Regions::any().allows(".."));
        assert_eq!(
            Regions::only("us-east-1,../x"),
            Err("'../x' is not an AWS Region name".into())
        );
        assert_eq!(Regions::only(" , "), Err("no Region listed".into()));
    }
}

//! The KMS API model (operations, shapes, paginators) as static tables generated at build
//! time from `model/kms.json`. The command line is built from it, so every operation and
//! member of the real API exists with its real name.

/// What kind of value a shape holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text.
    String,
    /// A whole number.
    Integer,
    /// True or false.
    Boolean,
    /// Binary data (base64 on the wire).
    Blob,
    /// A point in time.
    Timestamp,
    /// A list of one member shape.
    List,
    /// A map from key shape to value shape.
    Map,
    /// Named members.
    Structure,
}

/// One shape of the model.
#[derive(Debug)]
pub struct Shape {
    /// Its kind.
    pub kind: Kind,
    /// Structure members in the model's order: (member name, shape name).
    pub members: &'static [(&'static str, &'static str)],
    /// Required structure members.
    pub required: &'static [&'static str],
    /// Allowed values of an enumerated string.
    pub enum_values: &'static [&'static str],
    /// The element shape of a list.
    pub member: Option<&'static str>,
    /// The key shape of a map.
    pub key: Option<&'static str>,
    /// The value shape of a map.
    pub value: Option<&'static str>,
    /// Minimum length, size or value.
    pub min: Option<i64>,
    /// Maximum length, size or value.
    pub max: Option<i64>,
    /// A regular expression the value must match.
    pub pattern: Option<&'static str>,
    /// Whether values are secret (never echoed in messages).
    pub sensitive: bool,
}

/// How a list operation pages.
#[derive(Debug)]
pub struct Paginator {
    /// The request member that carries the marker.
    pub input_token: &'static str,
    /// The response member that carries the next marker.
    pub output_token: &'static str,
    /// The request member that limits the page size.
    pub limit_key: &'static str,
    /// The response member that says more pages follow.
    pub more_results: &'static str,
    /// The response member holding the items.
    pub result_key: &'static str,
}

/// One operation.
#[derive(Debug)]
pub struct Operation {
    /// The API name, e.g. `GenerateDataKey`.
    pub name: &'static str,
    /// The input shape.
    pub input: Option<&'static str>,
    /// The output shape.
    pub output: Option<&'static str>,
    /// How it pages, for list operations.
    pub paginator: Option<Paginator>,
    /// The exceptions the model says it may raise, in the model's order.
    pub errors: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/model.rs"));

#[path = "../build/name_hash.rs"]
mod name_hash;

/// The position of `name` in a table, found through its hash index: the server looks up a
/// dozen shapes per request, and comparing names along a binary search was 4% of its time.
fn position(
    index: &[(u64, u16)],
    name: &str,
    name_at: impl Fn(usize) -> &'static str,
) -> Option<usize> {
    let h = name_hash::name_hash(name);
    let found = index.binary_search_by(|(x, _)| x.cmp(&h)).ok()?;
    let i = usize::from(index[found].1);
    (name_at(i) == name).then_some(i)
}

/// The shape called `name`.
pub fn shape(name: &str) -> Option<&'static Shape> {
    position(SHAPE_INDEX, name, |i| SHAPES[i].0).map(|i| &SHAPES[i].1)
}

/// The operation called `name` (API name).
pub fn operation(name: &str) -> Option<&'static Operation> {
    position(OPERATION_INDEX, name, |i| OPERATIONS[i].name).map(|i| &OPERATIONS[i])
}

/// The operation whose command-line name (kebab case) is `cli_name`. Compares without building
/// each name: this runs on every command, before anything else.
pub fn operation_by_cli_name(cli_name: &str) -> Option<&'static Operation> {
    OPERATIONS
        .iter()
        .find(|o| kebab_chars(o.name).eq(cli_name.chars()))
}

/// The characters of `kebab(name)`, one at a time.
fn kebab_chars(name: &str) -> impl Iterator<Item = char> + '_ {
    let bytes = name.as_bytes();
    bytes.iter().enumerate().flat_map(move |(i, &b)| {
        let c = b as char;
        let dash = c.is_ascii_uppercase()
            && i > 0
            && (bytes[i - 1].is_ascii_lowercase()
                || bytes[i - 1].is_ascii_digit()
                || (bytes[i - 1].is_ascii_uppercase()
                    && bytes.get(i + 1).is_some_and(|n| n.is_ascii_lowercase())));
        dash.then_some('-')
            .into_iter()
            .chain(std::iter::once(c.to_ascii_lowercase()))
    })
}

/// `GenerateDataKeyPairWithoutPlaintext` -> `generate-data-key-pair-without-plaintext`,
/// `AWSAccountId` -> `aws-account-id`, as botocore's `xform_name` does.
pub fn kebab(name: &str) -> String {
    kebab_chars(name).collect()
}

/// The reference implementation [`kebab_chars`] is checked against.
#[cfg(test)]
fn kebab_reference(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            if prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next_lower)
            {
                out.push('-');
            }
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(
            kebab("GenerateDataKeyPairWithoutPlaintext"),
            "generate-data-key-pair-without-plaintext"
        );
        assert_eq!(kebab("ReEncrypt"), "re-encrypt");
        assert_eq!(kebab("CustomKeyStoreId"), "custom-key-store-id");
        assert_eq!(kebab("XksProxyUriEndpoint"), "xks-proxy-uri-endpoint");
        assert_eq!(kebab("AWSAccountId"), "aws-account-id");
        assert_eq!(kebab("GetKeyLastUsage"), "get-key-last-usage");
        assert_eq!(OPERATIONS.len(), 56);
        assert!(operation("Encrypt").is_some());
        assert_eq!(shape("KeyIdType").map(|s| s.kind), Some(Kind::String));
        assert!(operation_by_cli_name("generate-data-key-without-plaintext").is_some());
        assert!(operation_by_cli_name("generate-data-key-without").is_none());
        for op in OPERATIONS {
            assert_eq!(kebab(op.name), kebab_reference(op.name));
            for (member, _) in shape(op.input.unwrap_or_default()).map_or(&[][..], |s| s.members) {
                assert_eq!(kebab(member), kebab_reference(member));
            }
        }
    }

    #[test]
    fn every_name_is_found_through_the_hash_index_and_no_other() {
        for (i, (name, s)) in SHAPES.iter().enumerate() {
            assert!(std::ptr::eq(shape(name).unwrap(), s), "{name}");
            assert!(shape(&format!("{name}x")).is_none());
            assert!(shape(&name[1..]).is_none() || SHAPES.iter().any(|(n, _)| *n == &name[1..]));
            assert_eq!(
                SHAPE_INDEX
                    .iter()
                    .filter(|(_, j)| usize::from(*j) == i)
                    .count(),
                1
            );
        }
        for op in OPERATIONS {
            assert!(std::ptr::eq(operation(op.name).unwrap(), op));
            assert!(operation(&op.name.to_lowercase()).is_none());
        }
        assert!(shape("").is_none() && operation("").is_none());
    }
}

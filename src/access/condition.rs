//! Condition operators. One [`Condition`] is one operator applied to one key; a statement's
//! conditions are AND'd, the values of one condition OR'd (NOR'd for negated operators).

use super::context::Context;
use super::pattern::{self, Tok};
use super::variables::Template;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use std::net::IpAddr;

/// The comparison an operator makes, without its negation, set prefix or `IfExists`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Base {
    StringEquals,
    StringEqualsIgnoreCase,
    StringLike,
    NumericEquals,
    NumericLessThan,
    NumericLessThanEquals,
    NumericGreaterThan,
    NumericGreaterThanEquals,
    DateEquals,
    DateLessThan,
    DateLessThanEquals,
    DateGreaterThan,
    DateGreaterThanEquals,
    Bool,
    BinaryEquals,
    IpAddress,
    Arn,
    Null,
}

/// `ForAnyValue:` or `ForAllValues:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SetOp {
    Any,
    All,
}

/// A parsed condition operator such as `ForAllValues:StringNotLikeIfExists`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operator {
    base: Base,
    negated: bool,
    set: Option<SetOp>,
    if_exists: bool,
}

impl Operator {
    /// Parses an operator name; `None` for one IAM does not define.
    pub fn parse(name: &str) -> Option<Self> {
        let (set, rest) = if let Some(r) = name.strip_prefix("ForAnyValue:") {
            (Some(SetOp::Any), r)
        } else if let Some(r) = name.strip_prefix("ForAllValues:") {
            (Some(SetOp::All), r)
        } else {
            (None, name)
        };
        let (rest, if_exists) = match rest.strip_suffix("IfExists") {
            Some(r) if r != "Null" => (r, true),
            _ => (rest, false),
        };
        use Base::*;
        let (base, negated) = match rest {
            "StringEquals" => (StringEquals, false),
            "StringNotEquals" => (StringEquals, true),
            "StringEqualsIgnoreCase" => (StringEqualsIgnoreCase, false),
            "StringNotEqualsIgnoreCase" => (StringEqualsIgnoreCase, true),
            "StringLike" => (StringLike, false),
            "StringNotLike" => (StringLike, true),
            "NumericEquals" => (NumericEquals, false),
            "NumericNotEquals" => (NumericEquals, true),
            "NumericLessThan" => (NumericLessThan, false),
            "NumericLessThanEquals" => (NumericLessThanEquals, false),
            "NumericGreaterThan" => (NumericGreaterThan, false),
            "NumericGreaterThanEquals" => (NumericGreaterThanEquals, false),
            "DateEquals" => (DateEquals, false),
            "DateNotEquals" => (DateEquals, true),
            "DateLessThan" => (DateLessThan, false),
            "DateLessThanEquals" => (DateLessThanEquals, false),
            "DateGreaterThan" => (DateGreaterThan, false),
            "DateGreaterThanEquals" => (DateGreaterThanEquals, false),
            "Bool" => (Bool, false),
            "BinaryEquals" => (BinaryEquals, false),
            "IpAddress" => (IpAddress, false),
            "NotIpAddress" => (IpAddress, true),
            "ArnEquals" | "ArnLike" => (Arn, false),
            "ArnNotEquals" | "ArnNotLike" => (Arn, true),
            "Null" if set.is_none() => (Null, false),
            _ => return None,
        };
        Some(Self {
            base,
            negated,
            set,
            if_exists,
        })
    }

    /// Whether policy variables are filled into this operator's values (string and ARN
    /// operators only, as in IAM).
    pub fn takes_variables(&self) -> bool {
        matches!(
            self.base,
            Base::StringEquals | Base::StringEqualsIgnoreCase | Base::StringLike | Base::Arn
        )
    }
}

/// One operator applied to one condition key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Condition {
    /// The operator.
    pub op: Operator,
    /// The condition key, lowercase.
    pub key: String,
    /// The policy values.
    pub values: Vec<Template>,
}

impl Condition {
    /// Whether the condition holds for the request context `ctx`.
    pub fn holds(&self, ctx: &Context) -> bool {
        let op = self.op;
        let present = ctx.get(&self.key);
        if op.base == Base::Null {
            let absent = present.is_none();
            return self
                .values
                .iter()
                .filter_map(|v| v.fixed().map(pattern::to_text))
                .any(|v| parse_bool(&v) == Some(absent));
        }
        let Some(actual) = present else {
            return op.if_exists
                || match op.set {
                    Some(SetOp::All) => true,
                    Some(SetOp::Any) => false,
                    None => op.negated,
                };
        };
        let wanted: Vec<Vec<Tok>> = self.values.iter().filter_map(|v| v.resolve(ctx)).collect();
        if wanted.is_empty() {
            // Every value held a variable with no value: the condition cannot be met.
            return false;
        }
        let hit = |a: &String| wanted.iter().any(|w| compare(op.base, a, w));
        match (op.set, op.negated) {
            (None, false) => actual.iter().any(hit),
            (None, true) => !actual.iter().any(hit),
            (Some(SetOp::Any), neg) => actual.iter().any(|a| hit(a) != neg),
            (Some(SetOp::All), neg) => actual.iter().all(|a| hit(a) != neg),
        }
    }
}

/// The positive comparison of one request value with one policy value.
fn compare(base: Base, actual: &str, wanted: &[Tok]) -> bool {
    let text = || pattern::to_text(wanted);
    match base {
        Base::StringEquals => actual == text(),
        Base::StringEqualsIgnoreCase => actual.to_lowercase() == text().to_lowercase(),
        Base::StringLike => pattern::matches(wanted, actual),
        Base::Arn => pattern::arn_matches(wanted, actual),
        Base::NumericEquals
        | Base::NumericLessThan
        | Base::NumericLessThanEquals
        | Base::NumericGreaterThan
        | Base::NumericGreaterThanEquals => {
            match (actual.trim().parse::<f64>(), text().trim().parse::<f64>()) {
                (Ok(a), Ok(w)) => ordered(base, a.partial_cmp(&w)),
                _ => false,
            }
        }
        Base::DateEquals
        | Base::DateLessThan
        | Base::DateLessThanEquals
        | Base::DateGreaterThan
        | Base::DateGreaterThanEquals => match (parse_date(actual), parse_date(&text())) {
            (Some(a), Some(w)) => ordered(base, Some(a.cmp(&w))),
            _ => false,
        },
        Base::Bool => matches!(
            (parse_bool(actual), parse_bool(&text())),
            (Some(a), Some(w)) if a == w
        ),
        Base::BinaryEquals => {
            let w = text();
            match (B64.decode(actual.trim()), B64.decode(w.trim())) {
                (Ok(a), Ok(b)) => a == b,
                _ => actual == w,
            }
        }
        Base::IpAddress => match (actual.trim().parse::<IpAddr>(), Cidr::parse(&text())) {
            (Ok(ip), Some(net)) => net.contains(ip),
            _ => false,
        },
        Base::Null => false,
    }
}

fn ordered(base: Base, ord: Option<std::cmp::Ordering>) -> bool {
    use std::cmp::Ordering::*;
    let Some(ord) = ord else { return false };
    match base {
        Base::NumericEquals | Base::DateEquals => ord == Equal,
        Base::NumericLessThan | Base::DateLessThan => ord == Less,
        Base::NumericLessThanEquals | Base::DateLessThanEquals => ord != Greater,
        Base::NumericGreaterThan | Base::DateGreaterThan => ord == Greater,
        Base::NumericGreaterThanEquals | Base::DateGreaterThanEquals => ord != Less,
        _ => false,
    }
}

/// `true`/`false` in any case.
pub fn parse_bool(s: &str) -> Option<bool> {
    match s.trim() {
        t if t.eq_ignore_ascii_case("true") => Some(true),
        t if t.eq_ignore_ascii_case("false") => Some(false),
        _ => None,
    }
}

/// A date as IAM reads one: epoch seconds, an RFC 3339 time, or a calendar date (midnight
/// UTC). The result is in milliseconds since the epoch.
pub fn parse_date(s: &str) -> Option<i64> {
    let s = s.trim();
    if let Some(t) = crate::clock::parse_instant(s) {
        return Some(t.epoch_millis());
    }
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    let day = time::Date::parse(s, &fmt).ok()?;
    Some(day.midnight().assume_utc().unix_timestamp() * 1000)
}

/// An IPv4 or IPv6 network; a bare address is a /32 or /128.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    addr: IpAddr,
    prefix: u8,
}

impl Cidr {
    /// Parses `203.0.113.0/24`, `2001:db8::/32` or a bare address.
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        let (addr, prefix) = match s.split_once('/') {
            Some((a, p)) => (a.parse::<IpAddr>().ok()?, p.parse::<u8>().ok()?),
            None => {
                let a = s.parse::<IpAddr>().ok()?;
                (a, if a.is_ipv4() { 32 } else { 128 })
            }
        };
        let max = if addr.is_ipv4() { 32 } else { 128 };
        (prefix <= max).then_some(Self { addr, prefix })
    }

    /// Whether `ip` lies in the network (an IPv4 address never lies in an IPv6 network).
    pub fn contains(&self, ip: IpAddr) -> bool {
        let bits = |a: IpAddr| -> (u128, u32) {
            match a {
                IpAddr::V4(v) => (u128::from(u32::from(v)) << 96, 32),
                IpAddr::V6(v) => (u128::from(v), 128),
            }
        };
        let ((net, width), (addr, addr_width)) = (bits(self.addr), bits(ip));
        if width != addr_width {
            return false;
        }
        let mask = match self.prefix {
            0 => 0,
            p => u128::MAX << (128 - u32::from(p)),
        };
        net & mask == addr & mask
    }
}

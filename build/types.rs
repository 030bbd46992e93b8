//! Generates the API's types from the model: one Rust type per enum and per structure reachable
//! from an operation's input or output.
//!
//! - Member names are the model's (`#[serde(rename)]`), fields in the model's member order, which
//!   is the order AWS prints them in.
//! - Required members are plain, others `Option`. Integers are `i64`.
//! - Enums are Rust enums in structures only responses use. In structures a request can carry,
//!   enum members stay strings, so validation can refuse an unknown value with AWS's text.
//! - Sensitive blobs are `SecretBlob`: requests read them; responses skip them in serialisation
//!   and hand them over through `TakeSecrets`, so only a face ever turns them into base64.
//!   Sensitive strings in requests are `SecretText`.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// Wire names kept readable under another name (an older lkms wrote these into keystores).
const ALIASES: &[(&str, &str, &str)] = &[(
    "KeyUsageType",
    "ENCAPSULATE_DECAPSULATE",
    "KEY_ENCAPSULATION",
)];

fn snake(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            if prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next_lower)
            {
                out.push('_');
            }
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

struct Gen<'a> {
    shapes: &'a serde_json::Map<String, Value>,
    inputs: BTreeSet<String>,
    outputs: BTreeSet<String>,
}

impl Gen<'_> {
    fn shape(&self, name: &str) -> &Value {
        &self.shapes[name]
    }

    fn reach(&self, name: &str, acc: &mut BTreeSet<String>) {
        if !acc.insert(name.to_string()) {
            return;
        }
        let s = self.shape(name);
        for m in s["members"].as_array().into_iter().flatten() {
            self.reach(m[1].as_str().unwrap_or_default(), acc);
        }
        for k in ["member", "key", "value"] {
            if let Some(n) = s[k].as_str() {
                self.reach(n, acc);
            }
        }
    }

    /// The Rust type of a value of shape `name` inside a structure a request can carry (`input`).
    fn rust_type(&self, name: &str, input: bool) -> String {
        let s = self.shape(name);
        let sensitive = s["sensitive"].as_bool().unwrap_or(false);
        match s["type"].as_str().unwrap_or_default() {
            "string" if s.get("enum").is_some() && !input => name.to_string(),
            "string" if sensitive && input => "SecretText".into(),
            "string" => "String".into(),
            "integer" | "long" => "i64".into(),
            "boolean" => "bool".into(),
            "blob" if sensitive => "SecretBlob".into(),
            "blob" => "Blob".into(),
            "timestamp" => "Timestamp".into(),
            "list" => format!(
                "Vec<{}>",
                self.rust_type(s["member"].as_str().unwrap_or_default(), input)
            ),
            "map" => format!(
                "BTreeMap<String, {}>",
                self.rust_type(s["value"].as_str().unwrap_or_default(), input)
            ),
            _ => name.to_string(),
        }
    }

    /// True if a value of shape `name` holds a secret somewhere.
    fn secret(&self, name: &str) -> bool {
        let s = self.shape(name);
        if s["sensitive"].as_bool().unwrap_or(false) {
            return true;
        }
        let members = s["members"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|m| self.secret(m[1].as_str().unwrap_or_default()));
        members
            || ["member", "value"]
                .iter()
                .any(|k| s[*k].as_str().is_some_and(|n| self.secret(n)))
    }

    fn enumeration(&self, out: &mut String, name: &str, values: &[Value]) {
        let _ = writeln!(
            out,
            "string_enum!(\n    /// `{name}` in the API model.\n    {name} {{"
        );
        for v in values {
            let v = v.as_str().unwrap_or_default();
            if let Some((_, _, old)) = ALIASES.iter().find(|(n, val, _)| *n == name && *val == v) {
                let _ = writeln!(out, "        #[serde(alias = \"{old}\")]");
            }
            let _ = writeln!(out, "        {v},");
        }
        out.push_str("    }\n);\n\n");
    }

    fn structure(&self, out: &mut String, name: &str) {
        let s = self.shape(name);
        let input = self.inputs.contains(name);
        let output = self.outputs.contains(name);
        let required: Vec<&str> = s["required"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let members: Vec<(&str, &str)> = s["members"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|m| {
                (
                    m[0].as_str().unwrap_or_default(),
                    m[1].as_str().unwrap_or_default(),
                )
            })
            .collect();
        let mut derives = vec!["Debug", "Clone", "Default"];
        if !self.secret(name) {
            derives.push("PartialEq");
        }
        if input {
            derives.push("Deserialize");
        }
        if output {
            derives.push("Serialize");
        }
        let _ = writeln!(
            out,
            "/// `{name}` in the API model.\n#[derive({})]",
            derives.join(", ")
        );
        if input {
            out.push_str("#[serde(deny_unknown_fields)]\n");
        }
        let _ = writeln!(out, "pub struct {name} {{");
        let mut secrets = Vec::new();
        for (member, shape) in &members {
            let field = snake(member);
            let mut ty = self.rust_type(shape, input);
            let is_required = required.contains(member);
            let secret_out = output && !input && ty == "SecretBlob";
            if !is_required {
                ty = format!("Option<{ty}>");
            }
            let mut attrs = vec![format!("rename = \"{member}\"")];
            if secret_out {
                attrs.push("skip".into());
                secrets.push((field.clone(), *member, is_required));
            } else if !is_required {
                attrs.push("default".into());
                if output {
                    attrs.push("skip_serializing_if = \"Option::is_none\"".into());
                }
            }
            let _ = writeln!(
                out,
                "    /// `{member}` (`{shape}`).\n    #[serde({})]\n    pub {field}: {ty},",
                attrs.join(", ")
            );
        }
        out.push_str("}\n\n");
        if output {
            let _ = writeln!(out, "impl TakeSecrets for {name} {{");
            if secrets.is_empty() {
                out.push_str("}\n\n");
                return;
            }
            out.push_str("    fn take_secrets(&mut self) -> Vec<(&'static str, SecretBlob)> {\n        let mut out = Vec::new();\n");
            for (field, member, _) in &secrets {
                let _ = writeln!(
                    out,
                    "        if let Some(s) = self.{field}.take() {{\n            out.push((\"{member}\", s));\n        }}"
                );
            }
            out.push_str("        out\n    }\n}\n\n");
        }
    }
}

/// The generated Rust source.
pub fn generate(model: &Value) -> String {
    let shapes = model["shapes"].as_object().expect("shapes");
    let mut g = Gen {
        shapes,
        inputs: BTreeSet::new(),
        outputs: BTreeSet::new(),
    };
    let (mut inputs, mut outputs) = (BTreeSet::new(), BTreeSet::new());
    for op in model["operations"].as_array().expect("operations") {
        if let Some(i) = op["input"].as_str() {
            g.reach(i, &mut inputs);
        }
        if let Some(o) = op["output"].as_str() {
            g.reach(o, &mut outputs);
        }
    }
    g.inputs = inputs;
    g.outputs = outputs;
    let mut out = String::new();
    let all: BTreeMap<&String, &Value> = shapes.iter().collect();
    for (name, s) in &all {
        let reachable = g.inputs.contains(name.as_str()) || g.outputs.contains(name.as_str());
        if let (true, Some(values)) = (reachable, s["enum"].as_array()) {
            g.enumeration(&mut out, name, values);
        }
    }
    for (name, s) in &all {
        let reachable = g.inputs.contains(name.as_str()) || g.outputs.contains(name.as_str());
        if reachable && s["type"] == "structure" {
            g.structure(&mut out, name);
        }
    }
    out
}

//! Turns model/kms.json (the compact KMS API model) into Rust at build time: static tables of
//! every operation, shape and constraint (`model.rs`), and the request, response and enum types
//! of every operation (`types.rs`, see build/types.rs), so lkms knows the whole API without
//! parsing JSON at start-up and no type re-types what the model says.

use serde_json::Value;
use std::fmt::Write as _;

#[path = "build/types.rs"]
mod types;

#[path = "build/name_hash.rs"]
mod name_hash;

/// `static NAME: &[(u64, u16)]`: the hash of each name with its position, sorted by hash, so a
/// lookup compares integers and then one name (see `spec::shape`).
fn hash_index(out: &mut String, static_name: &str, names: &[&str]) {
    let mut index: Vec<(u64, usize)> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (name_hash::name_hash(n), i))
        .collect();
    index.sort_unstable();
    assert!(
        index.windows(2).all(|w| w[0].0 != w[1].0),
        "two names of the model share a hash"
    );
    writeln!(out, "static {static_name}: &[(u64, u16)] = &[").unwrap();
    for (h, i) in index {
        writeln!(out, "    ({h:#x}, {i}),").unwrap();
    }
    out.push_str("];\n");
}

/// Start-up is most of what a command costs, for the lkms binary on GNU/Linux:
/// - A third of it was the dynamic loader applying the binary's 14,000 relative relocations
///   (the model's tables are full of pointers). Packed relative relocations (DT_RELR: glibc
///   2.36, binutils 2.38; older linkers ignore the flag) make that table 40 times smaller.
/// - Page faults on code were another fifth: a call runs ~1,200 functions the linker had spread
///   over 10 MB. `build/start-up-order.txt` (written by `scripts/start-up-order`) lists them, and
///   lld places them side by side. Only lld reads that list, so it is passed only where rustc
///   links with its own lld: x86_64 GNU/Linux from Rust 1.90 on, with no linker chosen by flags.
fn link_for_start_up() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os != "linux" || env != "gnu" {
        return;
    }
    println!("cargo::rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    println!("cargo::rerun-if-changed=build/start-up-order.txt");
    let order = std::path::Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default())
        .join("build/start-up-order.txt");
    if order.is_file() && links_with_rust_lld() {
        println!(
            "cargo::rustc-link-arg-bins=-Wl,--symbol-ordering-file={}",
            order.display()
        );
        // Symbols the code no longer has are expected, not worth a warning.
        println!("cargo::rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    }
}

/// True if rustc links this build with the lld it ships: the default for
/// x86_64-unknown-linux-gnu since Rust 1.90, unless the flags choose a linker.
fn links_with_rust_lld() -> bool {
    let target = std::env::var("TARGET").unwrap_or_default();
    let flags = std::env::var("CARGO_ENCODED_RUSTFLAGS").unwrap_or_default();
    let linker_set =
        std::env::vars().any(|(k, _)| k.starts_with("CARGO_TARGET_") && k.ends_with("_LINKER"));
    if target != "x86_64-unknown-linux-gnu" || flags.contains("link") || linker_set {
        return false;
    }
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let version = std::process::Command::new(rustc)
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    // "rustc 1.95.0 (…)": the minor version.
    let minor = version
        .split_whitespace()
        .nth(1)
        .and_then(|v| v.split('.').nth(1))
        .and_then(|m| m.parse::<u32>().ok());
    minor.is_some_and(|m| m >= 90)
}

fn opt_str(v: Option<&Value>) -> String {
    match v.and_then(Value::as_str) {
        Some(s) => format!("Some({s:?})"),
        None => "None".into(),
    }
}

fn opt_num(v: Option<&Value>) -> String {
    match v.and_then(Value::as_i64) {
        Some(n) => format!("Some({n})"),
        None => "None".into(),
    }
}

fn str_list(v: Option<&Value>) -> String {
    let items: Vec<String> = v
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(|s| format!("{s:?}"))
                .collect()
        })
        .unwrap_or_default();
    format!("&[{}]", items.join(", "))
}

fn main() {
    println!("cargo::rerun-if-changed=model/kms.json");
    println!("cargo::rerun-if-changed=build/types.rs");
    println!("cargo::rerun-if-changed=build/name_hash.rs");
    link_for_start_up();
    let text = std::fs::read_to_string("model/kms.json").expect("model/kms.json is readable");
    let model: Value = serde_json::from_str(&text).expect("model/kms.json is JSON");
    let mut out = String::new();

    out.push_str("/// Every operation of the API, sorted by name.\npub static OPERATIONS: &[Operation] = &[\n");
    for op in model["operations"].as_array().expect("operations") {
        let name = op["name"].as_str().expect("name");
        let pag = &model["paginators"][name];
        let paginator = if pag.is_object() {
            format!(
                "Some(Paginator {{ input_token: {:?}, output_token: {:?}, limit_key: {:?}, more_results: {:?}, result_key: {:?} }})",
                pag["input_token"].as_str().unwrap_or_default(),
                pag["output_token"].as_str().unwrap_or_default(),
                pag["limit_key"].as_str().unwrap_or_default(),
                pag["more_results"].as_str().unwrap_or_default(),
                pag["result_key"].as_str().unwrap_or_default(),
            )
        } else {
            "None".into()
        };
        writeln!(
            out,
            "    Operation {{ name: {name:?}, input: {}, output: {}, paginator: {paginator}, errors: {} }},",
            opt_str(op.get("input")),
            opt_str(op.get("output")),
            str_list(op.get("errors")),
        )
        .unwrap();
    }
    out.push_str("];\n\n/// Every shape reachable from an operation, sorted by name.\npub static SHAPES: &[(&str, Shape)] = &[\n");
    for (name, s) in model["shapes"].as_object().expect("shapes") {
        let kind = match s["type"].as_str().unwrap_or_default() {
            "string" => "Kind::String",
            "integer" => "Kind::Integer",
            "long" => "Kind::Integer",
            "boolean" => "Kind::Boolean",
            "blob" => "Kind::Blob",
            "timestamp" => "Kind::Timestamp",
            "list" => "Kind::List",
            "map" => "Kind::Map",
            "structure" => "Kind::Structure",
            other => panic!("unknown shape type {other}"),
        };
        let members: Vec<String> = s
            .get("members")
            .and_then(Value::as_array)
            .map(|m| {
                m.iter()
                    .map(|pair| {
                        format!(
                            "({:?}, {:?})",
                            pair[0].as_str().unwrap_or_default(),
                            pair[1].as_str().unwrap_or_default()
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        writeln!(
            out,
            "    ({name:?}, Shape {{ kind: {kind}, members: &[{}], required: {}, enum_values: {}, member: {}, key: {}, value: {}, min: {}, max: {}, pattern: {}, sensitive: {} }}),",
            members.join(", "),
            str_list(s.get("required")),
            str_list(s.get("enum")),
            opt_str(s.get("member")),
            opt_str(s.get("key")),
            opt_str(s.get("value")),
            opt_num(s.get("min")),
            opt_num(s.get("max")),
            opt_str(s.get("pattern")),
            s.get("sensitive").and_then(Value::as_bool).unwrap_or(false),
        )
        .unwrap();
    }
    out.push_str("];\n");
    let op_names: Vec<&str> = model["operations"]
        .as_array()
        .expect("operations")
        .iter()
        .map(|o| o["name"].as_str().expect("name"))
        .collect();
    hash_index(&mut out, "OPERATION_INDEX", &op_names);
    let shape_names: Vec<&str> = model["shapes"]
        .as_object()
        .expect("shapes")
        .keys()
        .map(String::as_str)
        .collect();
    hash_index(&mut out, "SHAPE_INDEX", &shape_names);
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out_dir.join("model.rs"), out).expect("write generated model");
    std::fs::write(out_dir.join("types.rs"), types::generate(&model)).expect("write types");
}

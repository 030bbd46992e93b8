//! Shorthand (`k=v,k2=[a,b]`) reads as the AWS CLI reads it: every input below goes through the
//! AWS CLI's own parser (`awscli.shorthand.ShorthandParser`, from `.ci/.venv`) and through
//! lkms's, and the two must give the same JSON, or the same error message, character for
//! character.

mod common;
use common::aws_cli_python;
use lkms::cli::shorthand;
use serde_json::{Value, json};
use std::process::Command;

/// Everyday forms from scripts and AWS's examples, and the corners where the two parsers once
/// differed.
const EVERYDAY: &[&str] = &[
    "k1=v1,k2=v2",
    "TagKey=a,TagValue=b",
    "TagKey=a, TagValue=b",
    "TagKey = a , TagValue = b c ",
    "Name=x,Values=a,b",
    "k=a, b, c",
    "k=[a, b]",
    "k=[ ]",
    "k={}",
    "k={a=1, b=2}",
    "k=[{a=1},{a=2}]",
    "EncryptionContextSubset={purpose=test,team=pay}",
    "k=a\\,b",
    "k=C:\\path\\file",
    "k=a\\=b",
    "k=a\\\\b",
    "k='a,b'",
    "k=\"a,b\"",
    "k='it\\'s'",
    "k=\"say \\\"hi\\\"\"",
    "k='a\\'b\\'",
    "k=a=b",
    "k=",
    "k=,j=b",
    "k=a,,b",
    "=v",
    " k=v",
    "k=a,k=b",
    "k={a=1,a=2}",
    "novalue",
    "k=\"open",
    "k={a=b",
    "k=[a,b",
    "k=a,b,",
    "a=1,\nb==2,\nc=3",
    "k=é,ü=x",
    "k=😀",
    "k=\u{1f}x",
    "k=a\u{a0}",
];

/// Short strings over the characters the grammar cares about, from a fixed seed.
fn generated() -> Vec<String> {
    let alphabet = [
        'a', 'b', '=', '=', ',', ',', '\\', '"', '\'', ' ', '{', '}', '[', ']', '@', ':', 'é', '\t',
    ];
    let mut state = 2015u32;
    (0..4000)
        .map(|_| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
            let len = 1 + (state >> 16) as usize % 12;
            let mut s = String::from("k=");
            for _ in 0..len {
                state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
                s.push(alphabet[(state >> 16) as usize % alphabet.len()]);
            }
            s
        })
        .collect()
}

#[test]
fn shorthand_reads_as_the_aws_clis_parser_reads_it() {
    let Some(py) = aws_cli_python("awscli.shorthand") else {
        return;
    };
    let inputs: Vec<String> = EVERYDAY
        .iter()
        .map(|s| s.to_string())
        .chain(generated())
        .collect();
    let script = r#"
import json, sys
from awscli.shorthand import ShorthandParser, ShorthandParseError
for text in json.load(sys.stdin):
    try:
        print(json.dumps({"ok": ShorthandParser().parse(text)}))
    except ShorthandParseError as e:
        print(json.dumps({"error": "Error parsing parameter '--p': " + str(e)}))
"#;
    let mut child = Command::new(&py)
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write as _;
        let mut stdin = child.stdin.take().unwrap();
        stdin
            .write_all(serde_json::to_string(&inputs).unwrap().as_bytes())
            .unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{out:?}");
    let theirs: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(theirs.len(), inputs.len());
    let mut differ = Vec::new();
    let (mut parsed, mut refused) = (0, 0);
    for (input, theirs) in inputs.iter().zip(&theirs) {
        let ours = match shorthand::parse("p", input) {
            Ok(v) => json!({ "ok": v }),
            Err(e) => json!({ "error": e.to_string() }),
        };
        if theirs.get("ok").is_some() {
            parsed += 1;
        } else {
            refused += 1;
        }
        if &ours != theirs {
            differ.push(format!("{input:?}\n  aws:  {theirs}\n  lkms: {ours}"));
        }
    }
    assert!(
        differ.is_empty(),
        "{} differ:\n{}",
        differ.len(),
        differ.join("\n")
    );
    // Both outcomes are well represented.
    assert!(
        parsed > 500 && refused > 500,
        "{parsed} parsed, {refused} refused"
    );
}

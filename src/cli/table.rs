//! `--output table`: boxed tables titled with the operation, nested structures as nested boxes
//! (one more `|` on each side per level), lists of structures as column tables, and a
//! structure too wide for a row shown as name/value pairs.
//!
//! Written here rather than taken from a table crate: the layout is the AWS CLI's own and no
//! general-purpose renderer draws it.

use serde_json::Value;

/// Widest a structure may be when drawn as one header row and one value row.
const MAX_ROW_WIDTH: usize = 80;

struct Section {
    depth: usize,
    title: Option<String>,
    header: Option<Vec<String>>,
    rows: Vec<Vec<String>>,
}

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::Null => Some("None".into()),
        Value::Bool(true) => Some("True".into()),
        Value::Bool(false) => Some("False".into()),
        Value::Number(n) => Some(n.to_string()),
        Value::String(s) => Some(s.clone()),
        _ => None,
    }
}

fn row_width(cells: &[String]) -> usize {
    cells.iter().map(|c| c.chars().count() + 4).sum::<usize>() + cells.len().saturating_sub(1)
}

fn build(title: Option<String>, v: &Value, depth: usize, out: &mut Vec<Section>) {
    match v {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            let scalars: Vec<(&String, String)> = keys
                .iter()
                .filter_map(|k| scalar(&map[k.as_str()]).map(|s| (*k, s)))
                .collect();
            let mut section = Section {
                depth,
                title,
                header: None,
                rows: Vec::new(),
            };
            if scalars.len() == 1 {
                section
                    .rows
                    .push(vec![scalars[0].0.clone(), scalars[0].1.clone()]);
            } else if !scalars.is_empty() {
                let header: Vec<String> = scalars.iter().map(|(k, _)| (*k).clone()).collect();
                let values: Vec<String> = scalars.iter().map(|(_, v)| v.clone()).collect();
                if row_width(&header).max(row_width(&values)) + 2 * depth > MAX_ROW_WIDTH {
                    section
                        .rows
                        .extend(scalars.iter().map(|(k, v)| vec![(*k).clone(), v.clone()]));
                } else {
                    section.header = Some(header);
                    section.rows.push(values);
                }
            }
            out.push(section);
            for k in keys
                .into_iter()
                .filter(|k| scalar(&map[k.as_str()]).is_none())
            {
                build(Some(k.clone()), &map[k.as_str()], depth + 1, out);
            }
        }
        Value::Array(items) if items.is_empty() => {}
        Value::Array(items) if items.iter().any(Value::is_object) => {
            let mut header: Vec<String> = items
                .iter()
                .filter_map(Value::as_object)
                .flat_map(|m| {
                    m.iter()
                        .filter(|(_, v)| scalar(v).is_some())
                        .map(|(k, _)| k.clone())
                })
                .collect();
            header.sort();
            header.dedup();
            let mut section = Section {
                depth,
                title: title.clone(),
                header: Some(header.clone()),
                rows: Vec::new(),
            };
            let mut nested = Vec::new();
            for item in items.iter().filter_map(Value::as_object) {
                section.rows.push(
                    header
                        .iter()
                        .map(|h| item.get(h).and_then(scalar).unwrap_or_default())
                        .collect(),
                );
                let mut keys: Vec<&String> = item
                    .keys()
                    .filter(|k| scalar(&item[k.as_str()]).is_none())
                    .collect();
                keys.sort();
                for k in keys {
                    nested.push((k.clone(), item[k.as_str()].clone()));
                }
            }
            out.push(section);
            for (k, v) in nested {
                build(Some(k), &v, depth + 1, out);
            }
        }
        Value::Array(items) => {
            let mut section = Section {
                depth,
                title,
                header: None,
                rows: Vec::new(),
            };
            let mut nested = Vec::new();
            for item in items {
                match scalar(item) {
                    Some(s) => section.rows.push(vec![s]),
                    None => nested.push(item.clone()),
                }
            }
            out.push(section);
            for n in nested {
                build(None, &n, depth + 1, out);
            }
        }
        other => out.push(Section {
            depth,
            title,
            header: None,
            rows: vec![vec![scalar(other).unwrap_or_default()]],
        }),
    }
}

fn center(text: &str, width: usize) -> String {
    let len = text.chars().count();
    let left = width.saturating_sub(len) / 2;
    let right = width.saturating_sub(len + left);
    format!("{}{text}{}", " ".repeat(left), " ".repeat(right))
}

/// Column widths for `cells` rows filling exactly `inner` characters with `|` between.
fn widths(rows: &[&Vec<String>], inner: usize) -> Vec<usize> {
    let n = rows.iter().map(|r| r.len()).max().unwrap_or(1).max(1);
    let mut w = vec![0usize; n];
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            w[i] = w[i].max(c.chars().count() + 4);
        }
    }
    let used: usize = w.iter().sum::<usize>() + n - 1;
    if let Some(last) = w.last_mut() {
        *last += inner.saturating_sub(used);
    }
    w
}

/// Renders `value` as the AWS CLI's table output titled `title`.
pub fn render(title: &str, value: &Value) -> String {
    let mut sections = Vec::new();
    build(Some(title.to_string()), value, 1, &mut sections);
    let sections: Vec<Section> = sections
        .into_iter()
        .filter(|s| s.title.is_some() || !s.rows.is_empty())
        .collect();
    let width = sections
        .iter()
        .map(|s| {
            let title = s.title.as_ref().map_or(0, |t| t.chars().count() + 4);
            let rows: Vec<&Vec<String>> = s.header.iter().chain(s.rows.iter()).collect();
            let natural = widths(&rows, 0).iter().sum::<usize>() + widths(&rows, 0).len() - 1;
            2 * s.depth + title.max(natural)
        })
        .max()
        .unwrap_or(0);
    let mut out = format!("{}\n", "-".repeat(width));
    for s in &sections {
        let (left, right) = ("|".repeat(s.depth), "|".repeat(s.depth));
        let inner = width - 2 * s.depth;
        let rows: Vec<&Vec<String>> = s.header.iter().chain(s.rows.iter()).collect();
        let w = widths(&rows, inner);
        let edge = "|".repeat(s.depth - 1);
        let rule = format!(
            "{edge}+{}+{edge}\n",
            w.iter()
                .map(|c| "-".repeat(*c))
                .collect::<Vec<_>>()
                .join("+")
        );
        let line = |cells: &Vec<String>, centered: bool| {
            let body: Vec<String> = w
                .iter()
                .enumerate()
                .map(|(i, cw)| {
                    let text = cells.get(i).map(String::as_str).unwrap_or("");
                    if centered {
                        center(text, *cw)
                    } else {
                        format!(
                            "  {text}{}",
                            " ".repeat(cw.saturating_sub(text.chars().count() + 2))
                        )
                    }
                })
                .collect();
            format!("{left}{}{right}\n", body.join("|"))
        };
        if let Some(t) = &s.title {
            out.push_str(&format!("{left}{}{right}\n", center(t, inner)));
            out.push_str(&rule);
        }
        if let Some(h) = &s.header {
            out.push_str(&line(h, true));
            out.push_str(&rule);
        }
        for r in &s.rows {
            out.push_str(&line(r, false));
        }
        if !s.rows.is_empty() {
            out.push_str(&rule);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn layout() {
        let t = render(
            "ListKeys",
            &json!({"Keys": [{"KeyId": "k1", "KeyArn": "a1"}, {"KeyId": "k2", "KeyArn": "a2"}]}),
        );
        let lines: Vec<&str> = t.lines().collect();
        assert!(lines[0].chars().all(|c| c == '-'));
        assert!(lines[1].starts_with('|') && lines[1].contains("ListKeys"));
        assert!(
            lines
                .iter()
                .any(|l| l.contains("KeyArn") && l.contains("KeyId") && l.starts_with("||"))
        );
        assert!(lines.iter().any(|l| l.contains("a2") && l.contains("k2")));
        let width = lines[0].len();
        assert!(lines.iter().all(|l| l.chars().count() == width), "{t}");
        let wide = render(
            "DescribeKey",
            &json!({"KeyMetadata": {"Arn": "x".repeat(70), "KeyId": "k", "Algs": ["A"]}}),
        );
        assert!(wide.lines().any(|l| l.starts_with("||  Arn ")), "{wide}");
        assert!(
            wide.lines()
                .any(|l| l.starts_with("|||") && l.contains("Algs")),
            "{wide}"
        );
        assert_eq!(render("X", &json!({})).lines().count(), 3);
    }
}

//! `--output table`, drawn as the AWS CLI draws it (`awscli/formatter.py`'s `TableFormatter` and
//! `awscli/table.py`), column widths, centring and rounding included: a section per structure
//! or list of structures, nested ones indented by one `|` on each side, and, when the whole is
//! wider than the terminal (80 columns when the output is not a terminal), every one-row
//! section turned into name/value rows.
//!
//! Written here rather than taken from a table crate: the layout is the AWS CLI's own and no
//! general-purpose renderer draws it. Unlike the AWS CLI on a terminal, lkms does not colour it.

use super::output::{is_scalar, scalar as cell};
use serde_json::Value;
use unicode_width::UnicodeWidthChar;

/// Columns the AWS CLI assumes when the output is not a terminal.
const DEFAULT_WIDTH: usize = 80;

/// Python's truth value: empty containers, empty strings, zero, false and null are false.
fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// Columns a text takes: two for East Asian wide, full-width and ambiguous characters, one for
/// any other (`get_text_length`).
fn text_len(text: &str) -> usize {
    text.chars()
        .map(|c| {
            if c.is_ascii() {
                1
            } else {
                c.width_cjk().unwrap_or(1).clamp(1, 2)
            }
        })
        .sum()
}

fn spaces(n: isize) -> String {
    " ".repeat(n.max(0) as usize)
}

/// `center_text`: `text` centred in `length` columns between the edges.
fn center(text: &str, length: usize, left: &str, right: &str) -> String {
    let (length, text_length) = (length as isize, text_len(text) as isize);
    let start = length / 2 - text_length / 2 - 1;
    let so_far = left.len() as isize + start + text_length;
    let right_spaces = length - right.len() as isize - so_far;
    format!(
        "{left}{}{text}{}{right}",
        spaces(start),
        spaces(right_spaces)
    )
}

/// `align_left`: `text` after two spaces (when it fits) in `length` columns between the edges.
fn align_left(text: &str, length: usize, left: &str, right: &str) -> String {
    let (length, text_length) = (length as isize, text_len(text) as isize);
    let needed = text_length + 2 + (left.len() + right.len()) as isize;
    let padding = if length - needed >= 0 { 2 } else { 0 };
    let so_far = left.len() as isize + padding + text_length;
    format!(
        "{left}{}{text}{}{right}",
        spaces(padding),
        spaces(length - so_far - right.len() as isize)
    )
}

#[derive(Default)]
struct Section {
    title: String,
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
    indent: usize,
    max_widths: Vec<usize>,
}

impl Section {
    fn add_header(&mut self, headers: Vec<String>) {
        self.update_widths(&headers);
        self.headers = headers;
    }

    fn add_row(&mut self, row: Vec<String>) {
        self.update_widths(&row);
        self.rows.push(row);
    }

    fn update_widths(&mut self, row: &[String]) {
        for (i, el) in row.iter().enumerate() {
            let w = text_len(el);
            match self.max_widths.get_mut(i) {
                Some(m) => *m = (*m).max(w),
                None => self.max_widths.push(w),
            }
        }
    }

    /// Each column's width plus `padding`, scaled to add up to `max_width` when given (Python's
    /// rounding, half to even, then one column at a time until the sum is exact).
    fn column_widths(&self, padding: usize, max_width: Option<usize>) -> Vec<usize> {
        let unscaled: Vec<usize> = self.max_widths.iter().map(|w| w + padding).collect();
        let Some(max_width) = max_width.filter(|_| !unscaled.is_empty()) else {
            return unscaled;
        };
        let scale = max_width as f64 / unscaled.iter().sum::<usize>() as f64;
        let mut scaled: Vec<isize> = unscaled
            .iter()
            .map(|&w| (scale * w as f64).round_ties_even() as isize)
            .collect();
        let mut off_by = scaled.iter().sum::<isize>() - max_width as isize;
        while off_by != 0 {
            let order: Vec<usize> = if off_by < 0 {
                (0..scaled.len()).rev().collect()
            } else {
                (0..scaled.len()).collect()
            };
            for i in order {
                let step = off_by.signum();
                scaled[i] -= step;
                off_by -= step;
                if off_by == 0 {
                    break;
                }
            }
        }
        scaled.into_iter().map(|w| w.max(0) as usize).collect()
    }

    /// The width the section needs: its columns with four columns of padding each and the
    /// borders, or its title, whichever is wider, plus its indentation.
    fn total_width(&self) -> usize {
        let columns: usize = self.column_widths(0, None).iter().map(|w| w + 4).sum();
        let outer = 2 * self.indent;
        (text_len(&self.title) + 2 + outer).max(columns + 2 + outer)
    }

    /// A one-row section as name/value rows.
    fn vertical(&mut self) {
        if self.rows.len() == 1 && !self.headers.is_empty() {
            let mut turned = Section {
                title: std::mem::take(&mut self.title),
                indent: self.indent,
                ..Section::default()
            };
            for (header, element) in self.headers.iter().zip(&self.rows[0]) {
                turned.add_row(vec![header.clone(), element.clone()]);
            }
            *self = turned;
        }
    }

    fn render(&self, max_width: usize, out: &mut String) {
        let edge = "|".repeat(self.indent);
        let mut line = |text: String| {
            out.push_str(&edge);
            out.push_str(&text);
            out.push_str(&edge);
            out.push('\n');
        };
        let width = max_width.saturating_sub(2 * self.indent);
        if !self.title.is_empty() {
            line(center(&self.title, width, "|", "|"));
            if self.headers.is_empty() && self.rows.is_empty() {
                line(format!("+{}+", "-".repeat(width.saturating_sub(2))));
            }
        }
        let rule = |widths: &[usize]| {
            widths
                .iter()
                .enumerate()
                .map(|(i, w)| match i {
                    0 => format!("+{}+", "-".repeat(w.saturating_sub(2))),
                    _ => format!("{}+", "-".repeat(w.saturating_sub(1))),
                })
                .collect::<String>()
        };
        let cells =
            |row: &[String], widths: &[usize], draw: fn(&str, usize, &str, &str) -> String| {
                widths
                    .iter()
                    .zip(row)
                    .enumerate()
                    .map(|(i, (w, text))| draw(text, *w, if i == 0 { "|" } else { "" }, "|"))
                    .collect::<String>()
            };
        if !self.headers.is_empty() {
            let widths = self.column_widths(4, Some(width));
            line(rule(&widths));
            line(cells(&self.headers, &widths, center));
        }
        if !self.rows.is_empty() {
            let widths = self.column_widths(4, Some(width));
            if widths.is_empty() {
                return;
            }
            line(rule(&widths));
            for row in &self.rows {
                line(cells(row, &widths, align_left));
            }
            line(rule(&widths));
        }
    }
}

/// The sections of one response, built as `TableFormatter._build_table` builds them.
#[derive(Default)]
struct Table {
    sections: Vec<Section>,
}

impl Table {
    fn current(&mut self) -> &mut Section {
        if self.sections.is_empty() {
            self.sections.push(Section::default());
        }
        let last = self.sections.len() - 1;
        &mut self.sections[last]
    }

    fn new_section(&mut self, title: &str, indent: usize) {
        self.sections.push(Section {
            title: title.to_string(),
            indent,
            ..Section::default()
        });
    }

    /// False when there is nothing to draw (a false value, in Python's sense).
    fn build(&mut self, title: Option<&str>, current: &Value, indent: usize) -> bool {
        if !truthy(current) {
            return false;
        }
        if let Some(title) = title {
            self.new_section(title, indent);
        }
        match current {
            Value::Array(items) if items.first().is_some_and(Value::is_object) => {
                self.add_list(items, indent, title.unwrap_or_default());
            }
            Value::Array(items) => {
                for item in items {
                    match item {
                        Value::Array(els) if els.iter().all(is_scalar) => {
                            self.current().add_row(els.iter().map(cell).collect());
                        }
                        // A structure here is iterated as Python iterates a dict: its keys.
                        Value::Object(map) => self.current().add_row(map.keys().cloned().collect()),
                        Value::Array(_) => {
                            self.build(None, item, 0);
                        }
                        scalar => self.current().add_row(vec![cell(scalar)]),
                    }
                }
            }
            Value::Object(map) => self.add_object(map, indent),
            _ => {}
        }
        true
    }

    fn add_object(&mut self, map: &serde_json::Map<String, Value>, indent: usize) {
        let (headers, more) = group(map);
        match headers.as_slice() {
            [] => {}
            [only] => {
                let row = vec![only.clone(), cell(&map[only.as_str()])];
                self.current().add_row(row);
            }
            _ => {
                let row = headers.iter().map(|h| cell(&map[h.as_str()])).collect();
                self.current().add_header(headers);
                self.current().add_row(row);
            }
        }
        for key in more {
            self.build(Some(&key), &map[key.as_str()], indent + 1);
        }
    }

    fn add_list(&mut self, items: &[Value], indent: usize, title: &str) {
        let mut headers: Vec<String> = Vec::new();
        let mut more: Vec<String> = Vec::new();
        for map in items.iter().filter_map(Value::as_object) {
            let (h, m) = group(map);
            headers.extend(h);
            more.extend(m);
        }
        for list in [&mut headers, &mut more] {
            list.sort();
            list.dedup();
        }
        self.current().add_header(headers.clone());
        for (n, map) in items.iter().filter_map(Value::as_object).enumerate() {
            if n > 0 && !more.is_empty() {
                self.new_section(title, indent);
                self.current().add_header(headers.clone());
            }
            // A member this structure lacks is an empty cell.
            let row = headers
                .iter()
                .map(|h| map.get(h).map_or_else(String::new, cell))
                .collect();
            self.current().add_row(row);
            for key in more.iter().filter(|k| map.contains_key(k.as_str())) {
                self.build(Some(key), &map[key.as_str()], indent + 1);
            }
        }
    }

    fn render(mut self, terminal_width: usize) -> String {
        let widest = |sections: &[Section]| sections.iter().map(Section::total_width).max();
        let mut width = widest(&self.sections).unwrap_or(0);
        if width > terminal_width {
            self.sections.iter_mut().for_each(Section::vertical);
            width = widest(&self.sections).unwrap_or(0);
        }
        let mut out = format!("{}\n", "-".repeat(width));
        for section in &self.sections {
            section.render(width, &mut out);
        }
        out
    }
}

/// A structure's members: the scalar ones and the others, each sorted by name.
fn group(map: &serde_json::Map<String, Value>) -> (Vec<String>, Vec<String>) {
    let (mut headers, mut more): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    for (k, v) in map {
        if is_scalar(v) {
            headers.push(k.clone());
        } else {
            more.push(k.clone());
        }
    }
    headers.sort();
    more.sort();
    (headers, more)
}

/// The terminal's width when the output goes to one, else 80 columns.
#[cfg(unix)]
fn terminal_width() -> usize {
    use std::io::IsTerminal as _;
    let stdout = std::io::stdout();
    if !stdout.is_terminal() {
        return DEFAULT_WIDTH;
    }
    rustix::termios::tcgetwinsize(&stdout)
        .ok()
        .map(|w| usize::from(w.ws_col))
        .filter(|&w| w > 0)
        .unwrap_or(DEFAULT_WIDTH)
}

/// 80 columns where the terminal's width is not looked up.
#[cfg(not(unix))]
fn terminal_width() -> usize {
    DEFAULT_WIDTH
}

/// Renders `value` as the AWS CLI's table output titled `title`; nothing at all for an empty
/// response, as the AWS CLI prints nothing.
pub fn render(title: &str, value: &Value) -> String {
    render_in(title, value, terminal_width())
}

fn render_in(title: &str, value: &Value, terminal_width: usize) -> String {
    let mut table = Table::default();
    if !table.build(Some(title), value, 0) {
        return String::new();
    }
    table.render(terminal_width)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Each drawing as awscli 1.46.3's TableFormatter draws it (its output pasted here).
    #[test]
    fn drawn_as_the_aws_cli_draws_it() {
        let tags = json!({"Tags": [
            {"TagKey": "env", "TagValue": "prod"}, {"TagKey": "team", "TagValue": "pay"}
        ]});
        assert_eq!(
            render_in("ListResourceTags", &tags, 80),
            "--------------------------\n\
             |    ListResourceTags    |\n\
             +------------------------+\n\
             ||         Tags         ||\n\
             |+---------+------------+|\n\
             || TagKey  | TagValue   ||\n\
             |+---------+------------+|\n\
             ||  env    |  prod      ||\n\
             ||  team   |  pay       ||\n\
             |+---------+------------+|\n"
        );
        assert_eq!(
            render_in("ListGrants", &json!({"Grants": []}), 80),
            "------------\n|ListGrants|\n+----------+\n"
        );
        assert_eq!(
            render_in("ListKeyPolicies", &json!({"PolicyNames": ["default"]}), 80),
            "-----------------\n\
             |ListKeyPolicies|\n\
             +---------------+\n\
             || PolicyNames ||\n\
             |+-------------+|\n\
             ||  default    ||\n\
             |+-------------+|\n"
        );
        assert_eq!(render_in("X", &json!({}), 80), "");
    }
}

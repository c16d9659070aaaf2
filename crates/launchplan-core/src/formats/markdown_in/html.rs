//! HTML inside a Markdown plan: a block that holds headings, lists or tables (`<h2>`, `<ul><li>`,
//! `<table><tr>`, as event sites and READMEs write their dates) is read into the same blocks as
//! their Markdown forms, so that every rule of the reader applies to it. Tags are scanned, not
//! parsed into a tree: unclosed and stray tags are tolerated, and the scan is linear.

use super::blocks::{Block, ListItem, TableRow, MAX_LIST_DEPTH};

/// Whether an HTML block holds structure worth reading (a heading, a list item or a table
/// row); anything else (a badge, a `<details>` fold, a comment) stays a note as written.
pub(super) fn has_structure(source: &str) -> bool {
    let lower = source.to_ascii_lowercase();
    if lower.contains("<details") || lower.contains("<summary") {
        return false;
    }
    ["<li", "<tr", "<h1", "<h2", "<h3", "<h4", "<h5", "<h6"]
        .iter()
        .any(|tag| {
            lower.match_indices(tag).any(|(at, _)| {
                lower[at + tag.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| c == '>' || c.is_ascii_whitespace())
            })
        })
}

/// Reads an HTML block that starts on line `line` into blocks; None when what it would make of
/// it holds fewer letters than the block shows (markup it does not know, text in odd places):
/// then the block stays a note as written, so that nothing it says is lost.
pub(super) fn read(source: &str, line: usize) -> Option<Vec<Block>> {
    let mut reader = HtmlReader {
        out: Vec::new(),
        text: Text::default(),
        line,
        text_line: line,
        heading: None,
        lists: Vec::new(),
        table: None,
        in_cell: false,
        lists_ignored: 0,
        letters: 0,
        skipped: None,
    };
    // One pass: positions only move forward, and each search starts where the last ended (a
    // `<` that opens no tag, thousands of `<style>`s: linear, not their square).
    let lower = source.to_ascii_lowercase();
    let mut pos = 0;
    let mut at_line = line;
    let mut next_gt: Option<usize> = None;
    while pos < source.len() {
        let Some(open) = source[pos..].find('<').map(|i| pos + i) else {
            reader.text(&source[pos..], at_line);
            break;
        };
        let before = &source[pos..open];
        reader.text(before, at_line);
        at_line += before.matches('\n').count();
        // A comment, then a tag; a `<` that opens neither is text.
        let end = if source[open..].starts_with("<!--") {
            source[open..].find("-->").map(|i| open + i + 3)
        } else {
            if next_gt.is_none_or(|gt| gt < open) {
                next_gt = source[open..].find('>').map(|i| open + i);
            }
            next_gt.map(|gt| gt + 1)
        };
        let Some(end) = end else {
            reader.text(&source[open..], at_line);
            break;
        };
        let tag = &source[open..end];
        reader.line = at_line;
        match Tag::parse(tag) {
            Some(tag) => reader.tag(tag),
            // "a < b": text.
            None if !tag.starts_with("<!") && !tag.starts_with("<?") => {
                reader.text("<", at_line);
                pos = open + 1;
                continue;
            }
            None => {}
        }
        at_line += tag.matches('\n').count();
        pos = end;
        // The content of `<style>` and `<script>` is not text: skip to its closing tag.
        if let Some(closer) = reader.skipped.take() {
            let close = lower[pos..].find(closer).map_or(source.len(), |i| pos + i);
            at_line += source[pos..close].matches('\n').count();
            pos = close;
        }
    }
    let shown = reader.letters;
    let blocks = reader.finish();
    (letters_of(&blocks) >= shown).then_some(blocks)
}

/// Letters and digits in `text`.
fn letters(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphanumeric()).count()
}

/// Letters and digits in the text of `blocks`.
fn letters_of(blocks: &[Block]) -> usize {
    fn item(i: &ListItem) -> usize {
        letters(&i.text)
            + i.extra.iter().map(|e| letters(e)).sum::<usize>()
            + i.children.iter().map(item).sum::<usize>()
    }
    blocks
        .iter()
        .map(|b| match b {
            Block::Heading { text, .. } => letters(text),
            Block::Paragraph { lines, .. } => lines.iter().map(|l| letters(l)).sum(),
            Block::List { items } => items.iter().map(item).sum(),
            Block::Table { head, rows, .. } => {
                head.iter().map(|c| letters(c)).sum::<usize>()
                    + rows
                        .iter()
                        .flat_map(|r| &r.cells)
                        .map(|c| letters(c))
                        .sum::<usize>()
            }
            Block::Rule => 0,
            Block::Record { fields, .. } => fields
                .iter()
                .map(|f| letters(&f.key) + letters(&f.value))
                .sum(),
            Block::Other { source, .. } => letters(source),
        })
        .sum()
}

/// One tag: its lower-case name, whether it closes, and its attributes as written.
struct Tag<'a> {
    name: String,
    closing: bool,
    attributes: &'a str,
}

impl<'a> Tag<'a> {
    fn parse(tag: &'a str) -> Option<Tag<'a>> {
        let inner = tag.strip_prefix('<')?.strip_suffix('>')?;
        if inner.starts_with('!') || inner.starts_with('?') {
            return None;
        }
        let (closing, inner) = match inner.strip_prefix('/') {
            Some(rest) => (true, rest),
            None => (false, inner),
        };
        let name_end = inner
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(inner.len());
        if name_end == 0 {
            return None;
        }
        Some(Tag {
            name: inner[..name_end].to_ascii_lowercase(),
            closing,
            attributes: &inner[name_end..],
        })
    }

    fn attribute(&self, name: &str) -> Option<&'a str> {
        let lower = self.attributes.to_ascii_lowercase();
        let at = lower
            .match_indices(name)
            .find(|(i, _)| {
                lower[..*i].ends_with(|c: char| c.is_ascii_whitespace())
                    && lower[i + name.len()..].trim_start().starts_with('=')
            })?
            .0;
        let value = self.attributes[at + name.len()..]
            .trim_start()
            .strip_prefix('=')?
            .trim_start();
        let (quote, value) = match value.chars().next()? {
            q @ ('"' | '\'') => (Some(q), &value[1..]),
            _ => (None, value),
        };
        let end = match quote {
            Some(q) => value.find(q),
            None => value.find(|c: char| c.is_ascii_whitespace() || c == '/'),
        }
        .unwrap_or(value.len());
        Some(&value[..end])
    }

    fn has_attribute(&self, name: &str) -> bool {
        self.attributes
            .to_ascii_lowercase()
            .split(|c: char| c.is_ascii_whitespace() || c == '/')
            .any(|word| word == name || word.starts_with(&format!("{name}=")))
    }
}

/// Text gathered for the block being read: its lines, which of its letters are struck through
/// or bold, and the text outside strikes.
#[derive(Default)]
struct Text {
    lines: Vec<String>,
    current: String,
    live: String,
    bold: usize,
    strike: usize,
    letters_bold: usize,
    letters_plain: usize,
    letters_struck: usize,
    letters_live: usize,
    /// Links open, with their address.
    links: Vec<String>,
}

impl Text {
    fn push(&mut self, text: &str) {
        let text = collapse_spaces(&decode_entities(text));
        if text.is_empty() || text == " " && self.current.ends_with(' ') {
            return;
        }
        let letters = text.chars().filter(|c| c.is_alphanumeric()).count();
        if self.bold > 0 {
            self.letters_bold += letters;
        } else {
            self.letters_plain += letters;
        }
        if self.strike > 0 {
            self.letters_struck += letters;
        } else {
            self.letters_live += letters;
            self.live.push_str(&text);
        }
        self.current.push_str(&text);
    }

    fn break_line(&mut self) {
        let line = std::mem::take(&mut self.current);
        let line = line.trim();
        if !line.is_empty() {
            self.lines.push(line.to_string());
        }
        self.live.push(' ');
    }

    fn is_empty(&self) -> bool {
        self.lines.is_empty() && self.current.trim().is_empty()
    }

    /// The lines read, and whether all their letters were bold; then starts afresh (the
    /// markup open stays open).
    fn take(&mut self) -> (Vec<String>, bool) {
        self.break_line();
        let lines = std::mem::take(&mut self.lines);
        let bold = self.letters_bold > 0 && self.letters_plain == 0;
        *self = Text {
            bold: self.bold,
            strike: self.strike,
            links: std::mem::take(&mut self.links),
            ..Text::default()
        };
        (lines, bold)
    }

    /// As a list item's text: the text, whether it is struck through as a whole, and, when
    /// only part of it is, the text outside the strikes.
    fn take_item(&mut self) -> (String, bool, Option<String>) {
        let struck = self.letters_struck > 0 && self.letters_live == 0;
        let live = (self.letters_struck > 0 && self.letters_live > 0)
            .then(|| collapse_spaces(&self.live).trim().to_string());
        let (lines, _) = self.take();
        (lines.join(" "), struck, live)
    }
}

/// An open `<li>` and the list it is in.
struct OpenList {
    items: Vec<ListItem>,
    item: Option<ListItem>,
}

struct HtmlReader {
    out: Vec<Block>,
    text: Text,
    /// The line of the tag being read.
    line: usize,
    /// The line the text being gathered started on.
    text_line: usize,
    heading: Option<(u8, usize)>,
    lists: Vec<OpenList>,
    table: Option<(Vec<String>, Vec<TableRow>, usize)>,
    in_cell: bool,
    /// Lists opened deeper than [`MAX_LIST_DEPTH`]: their items are read as the deepest's.
    lists_ignored: usize,
    /// Letters of the text read (what the block shows).
    letters: usize,
    /// Set by `<style>` or `<script>`: the reader skips their content, to this closing tag.
    skipped: Option<&'static str>,
}

impl HtmlReader {
    fn text(&mut self, text: &str, line: usize) {
        self.letters += letters(&decode_entities(text));
        if self.text.is_empty() {
            let lead = &text[..text.len() - text.trim_start().len()];
            self.text_line = line + lead.matches('\n').count();
        }
        self.text.push(text);
    }

    fn tag(&mut self, tag: Tag) {
        let name = tag.name.as_str();
        match (name, tag.closing) {
            ("style", false) => self.skipped = Some("</style"),
            ("script", false) => self.skipped = Some("</script"),
            ("b" | "strong", false) => self.text.bold += 1,
            ("b" | "strong", true) => self.text.bold = self.text.bold.saturating_sub(1),
            ("s" | "del" | "strike", false) => self.text.strike += 1,
            ("s" | "del" | "strike", true) => self.text.strike = self.text.strike.saturating_sub(1),
            ("a", false) => {
                let href = tag.attribute("href").unwrap_or_default().to_string();
                self.text.links.push(href);
            }
            ("a", true) => {
                if let Some(url) = self.text.links.pop() {
                    let url = decode_entities(&url);
                    let shown = self.text.current.trim_end();
                    if !url.is_empty() && !url.starts_with('#') && !shown.ends_with(url.as_str()) {
                        self.text.push(&format!(" ({url})"));
                    }
                }
            }
            ("br", _) => {
                if self.in_cell || self.lists.last().is_some_and(|l| l.item.is_some()) {
                    self.text.push(" ");
                } else {
                    self.text.break_line();
                }
            }
            ("input", false) if tag.attribute("type").is_some_and(|t| t == "checkbox") => {
                if let Some(item) = self.lists.last_mut().and_then(|l| l.item.as_mut()) {
                    item.task = Some(tag.has_attribute("checked"));
                }
            }
            ("h1" | "h2" | "h3" | "h4" | "h5" | "h6", false) => {
                self.flush();
                let level = name.as_bytes()[1] - b'0';
                self.heading = Some((level, self.line));
            }
            ("h1" | "h2" | "h3" | "h4" | "h5" | "h6", true) => {
                if let Some((level, line)) = self.heading.take() {
                    let (lines, _) = self.text.take();
                    if !lines.is_empty() {
                        self.out.push(Block::Heading {
                            level,
                            text: lines.join(" "),
                            line,
                        });
                    }
                }
            }
            // A list inside a table cell: its items are the cell's bullets, as "<br>• " writes
            // them in a Markdown table (the row's subtasks).
            ("ul" | "ol", _) if self.in_cell => self.text.push(" "),
            ("li", false) if self.in_cell => self.text.push(" • "),
            ("li", true) if self.in_cell => self.text.push(" "),
            ("ul" | "ol", false) => {
                if self.lists.len() >= MAX_LIST_DEPTH {
                    self.lists_ignored += 1;
                    return;
                }
                self.item_text();
                if self.lists.is_empty() {
                    self.flush();
                }
                self.lists.push(OpenList {
                    items: Vec::new(),
                    item: None,
                });
            }
            ("ul" | "ol", true) if self.lists_ignored > 0 => self.lists_ignored -= 1,
            ("ul" | "ol", true) => self.close_list(),
            ("li", false) => {
                if self.lists.is_empty() {
                    self.flush();
                    self.lists.push(OpenList {
                        items: Vec::new(),
                        item: None,
                    });
                }
                self.close_item();
                let line = self.line;
                if let Some(list) = self.lists.last_mut() {
                    list.item = Some(ListItem {
                        line,
                        ..ListItem::default()
                    });
                }
            }
            ("li", true) => self.close_item(),
            ("table", false) => {
                self.close_lists();
                self.flush();
                self.table = Some((Vec::new(), Vec::new(), self.line));
            }
            ("table", true) => self.close_table(),
            ("tr", false) => {
                if let Some((_, rows, _)) = self.table.as_mut() {
                    rows.push(TableRow {
                        cells: Vec::new(),
                        line: self.line,
                        piped: true,
                        breaks: Vec::new(),
                        struck: Vec::new(),
                    });
                }
            }
            ("th" | "td", false) => {
                self.end_cell();
                self.text.take();
                self.in_cell = true;
            }
            ("th" | "td", true) | ("tr", true) => self.end_cell(),
            (
                "p" | "div" | "section" | "article" | "header" | "footer" | "main" | "center"
                | "blockquote" | "dl" | "dt" | "dd" | "hr",
                _,
            ) => {
                if self.in_cell || self.lists.last().is_some_and(|l| l.item.is_some()) {
                    self.text.push(" ");
                } else if self.heading.is_none() {
                    self.flush();
                }
            }
            _ => {}
        }
    }

    /// The paragraph gathered so far, as a block.
    fn flush(&mut self) {
        if self.heading.is_some() || self.in_cell {
            return;
        }
        let line = self.text_line;
        let (lines, bold) = self.text.take();
        if !lines.is_empty() {
            let bold_labels = vec![false; lines.len()];
            self.out.push(Block::Paragraph {
                lines,
                bold,
                line,
                bold_labels,
                live: None,
            });
        }
    }

    /// Text met before a nested list: the open item's.
    fn item_text(&mut self) {
        if let Some(item) = self.lists.last_mut().and_then(|l| l.item.as_mut()) {
            if item.text.is_empty() {
                let (text, struck, live) = self.text.take_item();
                item.text = text;
                item.struck = struck;
                item.live = live;
            }
        }
    }

    fn close_item(&mut self) {
        self.item_text();
        let Some(list) = self.lists.last_mut() else {
            return;
        };
        if let Some(mut item) = list.item.take() {
            if !self.text.is_empty() {
                let (extra, _) = self.text.take();
                item.extra.push(extra.join(" "));
            }
            if !item.text.is_empty() || !item.children.is_empty() {
                list.items.push(item);
            }
        } else if !self.text.is_empty() {
            // Text between items: a note of the last one.
            let (extra, _) = self.text.take();
            if let Some(last) = list.items.last_mut() {
                last.extra.push(extra.join(" "));
            }
        }
    }

    fn close_list(&mut self) {
        self.close_item();
        let Some(list) = self.lists.pop() else {
            return;
        };
        match self.lists.last_mut() {
            Some(outer) => match outer.item.as_mut() {
                Some(item) => item.children.extend(list.items),
                None => outer.items.extend(list.items),
            },
            None if !list.items.is_empty() => self.out.push(Block::List { items: list.items }),
            None => {}
        }
    }

    fn close_lists(&mut self) {
        while !self.lists.is_empty() {
            self.close_list();
        }
    }

    fn end_cell(&mut self) {
        if !self.in_cell {
            return;
        }
        self.in_cell = false;
        let (lines, _) = self.text.take();
        if let Some((_, rows, _)) = self.table.as_mut() {
            if let Some(row) = rows.last_mut() {
                row.cells.push(lines.join(" "));
            }
        }
    }

    fn close_table(&mut self) {
        self.end_cell();
        let Some((_, mut rows, line)) = self.table.take() else {
            return;
        };
        rows.retain(|r| !r.cells.is_empty());
        if rows.is_empty() {
            return;
        }
        // The first row is the header (`<th>` or not: an HTML table always names its columns
        // in its first row when it has names at all).
        let head = rows.remove(0).cells;
        let width = head.len();
        for row in &mut rows {
            row.cells.resize(width.max(row.cells.len()), String::new());
        }
        let source = std::iter::once(head.join(" | "))
            .chain(rows.iter().map(|r| r.cells.join(" | ")))
            .collect::<Vec<_>>()
            .join("\n");
        self.out.push(Block::Table {
            head,
            rows,
            source,
            line,
        });
    }

    fn finish(mut self) -> Vec<Block> {
        if self.heading.is_some() {
            self.tag(Tag {
                name: format!("h{}", self.heading.map(|h| h.0).unwrap_or(1)),
                closing: true,
                attributes: "",
            });
        }
        self.close_table();
        self.close_lists();
        self.flush();
        self.out
    }
}

/// Runs of white space as one space, as HTML shows them.
fn collapse_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() && c != '\u{a0}' {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(if c == '\u{a0}' { ' ' } else { c });
            space = false;
        }
    }
    out
}

/// The common character references: `&amp;`, `&nbsp;`, `&ndash;`, `&#8211;`, `&#x2013;`.
fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest[1..]
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '#')
            .map(|i| i + 1)
            .filter(|&i| rest[i..].starts_with(';'));
        let decoded = end.and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                "ndash" => Some('–'),
                "mdash" => Some('—'),
                "hellip" => Some('…'),
                "rarr" => Some('→'),
                _ => name.strip_prefix('#').and_then(|n| {
                    let code = match n.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok(),
                        None => n.parse().ok(),
                    };
                    code.and_then(char::from_u32)
                }),
            };
            c.map(|c| (c, end + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(blocks: &[Block]) -> &[ListItem] {
        blocks
            .iter()
            .find_map(|b| match b {
                Block::List { items } => Some(items.as_slice()),
                _ => None,
            })
            .expect("a list")
    }

    #[test]
    fn headings_lists_and_paragraphs_become_blocks() {
        let html = "<div>\n<h2>Key dates</h2>\n<p>All times <b>AoE</b>.</p>\n<ul>\n  <li><b>Submission:</b> March 8, 2027</li>\n  <li>Notification &ndash; May 24\n    <ul><li>by email</li></ul>\n  </li>\n</ul>\n</div>";
        assert!(has_structure(html));
        let blocks = read(html, 10).unwrap();
        assert_eq!(
            blocks[0],
            Block::Heading {
                level: 2,
                text: "Key dates".into(),
                line: 11
            }
        );
        assert_eq!(
            blocks[1],
            Block::Paragraph {
                lines: vec!["All times AoE.".into()],
                bold: false,
                line: 12,
                bold_labels: vec![false],
                live: None,
            }
        );
        let list = items(&blocks);
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].text, "Submission: March 8, 2027");
        assert_eq!(list[0].line, 14);
        assert_eq!(list[1].text, "Notification – May 24");
        assert_eq!(list[1].children[0].text, "by email");
    }

    #[test]
    fn struck_text_is_done_as_a_whole_and_set_aside_in_part() {
        let blocks = read(
            "<ul><li><s>Abstracts: March 8</s></li><li>Papers: <del>March 15</del> March 29</li><li>Posters: June 1</li></ul>",
            1,
        )
        .unwrap();
        let list = items(&blocks);
        assert!(list[0].struck && list[0].live.is_none());
        assert!(!list[1].struck);
        assert_eq!(list[1].live.as_deref(), Some("Papers: March 29"));
        assert!(!list[2].struck && list[2].live.is_none());
    }

    #[test]
    fn unclosed_items_checkboxes_and_entities() {
        let blocks = read(
            "<ul>\n<li><input type=\"checkbox\" checked disabled> Venue &amp; catering\n<li><input type=checkbox> Badges\n</ul>",
            1,
        )
        .unwrap();
        let list = items(&blocks);
        assert_eq!(
            (list[0].task, list[0].text.as_str()),
            (Some(true), "Venue & catering")
        );
        assert_eq!(
            (list[1].task, list[1].text.as_str()),
            (Some(false), "Badges")
        );
    }

    #[test]
    fn tables_take_their_first_row_as_the_header() {
        let blocks = read(
            "<table>\n<tr><th>Date</th><th>Milestone</th></tr>\n<tr><td>Jan 5</td><td>Beta<br>opens</td></tr>\n<tr><td>Feb 2</td><td>GA</td></tr>\n</table>",
            3,
        )
        .unwrap();
        let Block::Table {
            head, rows, line, ..
        } = &blocks[0]
        else {
            panic!("{blocks:?}")
        };
        assert_eq!(head, &["Date", "Milestone"]);
        assert_eq!(rows[0].cells, ["Jan 5", "Beta opens"]);
        assert_eq!((rows[0].line, rows[1].line, *line), (5, 6, 3));
    }

    #[test]
    fn a_list_in_a_cell_is_the_cells_bullets() {
        let blocks = read(
            "<table><tr><th>When</th><th>What</th></tr>\n<tr><td>2 months before</td><td><ul><li>Book judges</li><li><a href=\"x.md\">Open registrations</a></li></ul></td></tr></table>",
            1,
        )
        .unwrap();
        let Block::Table { rows, .. } = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert_eq!(
            collapse_spaces(&rows[0].cells[1]),
            "• Book judges • Open registrations (x.md)"
        );
        assert_eq!(blocks.len(), 1, "no list of its own: {blocks:?}");
    }

    #[test]
    fn style_script_comments_and_folds_are_not_read() {
        assert!(!has_structure(
            "<p align=\"center\"><img src=\"logo.png\"></p>"
        ));
        assert!(!has_structure(
            "<details><summary>Done</summary>\n<ul><li>a</li></ul>"
        ));
        assert!(!has_structure("<table-of-contents>"));
        let blocks = read(
            "<style>li { color: red }</style><!-- <li>hidden</li> --><ul><li>Shown</li></ul><script>var x = '<li>';</script>",
            1,
        )
        .unwrap();
        let list = items(&blocks);
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].text, "Shown");
    }

    #[test]
    fn deep_and_broken_markup_is_read_in_one_pass() {
        let deep = "<ul><li>x".repeat(5_000);
        let blocks = read(&deep, 1).unwrap();
        let mut depth = 0;
        let mut list = items(&blocks);
        while let Some(first) = list.first() {
            depth += 1;
            list = &first.children;
        }
        assert!(depth <= MAX_LIST_DEPTH, "{depth}");
        // Stray closers, a lone `<`, an unterminated tag.
        let blocks = read("</li></ul><li>a < b</li><li>c <b", 1).unwrap();
        assert_eq!(items(&blocks)[0].text, "a < b");
        // Text it would drop (a caption, text between rows, a table in a cell): kept as written.
        for lost in [
            "<table><caption>Key dates</caption><tr><td>Mar 3</td></tr></table>",
            "<ul>Intro<li>A</li></ul>",
            "<tr><td>Orphan</td></tr>",
            "<table><tr><td>Outer task<table><tr><td>inner</td></tr></table></td><td>done</td></tr><tr><td>Later task</td></tr></table>",
        ] {
            assert_eq!(read(lost, 1), None, "{lost}");
        }
    }
}

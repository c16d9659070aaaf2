//! A note's Markdown read into the typed blocks the page shows: headings, paragraphs, lists,
//! quotes (GitHub's alerts named), code, tables and rules, with code spans, emphasis and links.
//!
//! Notes keep the Markdown their plan was written in (a table of contacts, a fenced command, a
//! sub-heading the reader did not make a node of), so that an export writes them back as they
//! were. The page shows them formatted, never as HTML: raw HTML is shown as its text (tags
//! dropped, comments hidden, `<br>` a line break), and a link is a link only to an `http` or
//! `https` address (anything else, `javascript:`, `data:` and `mailto:` included, is its text
//! alone).

use pulldown_cmark::{BlockQuoteKind, Event, Options, Parser, Tag, TagEnd};

/// One block of a note, as the page lays it out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProseBlock {
    /// A sub-heading, level 1-6 as written.
    Heading {
        level: u8,
        spans: Vec<Span>,
    },
    Paragraph(Vec<Span>),
    /// A quote; an alert (`> [!NOTE]`) is a quote whose first paragraph names its kind.
    Quote(Vec<ProseBlock>),
    /// A list, numbered from `start` when it is an ordered one; each entry is its blocks.
    List {
        start: Option<u64>,
        entries: Vec<Vec<ProseBlock>>,
    },
    /// A fenced or indented code block, its text as written.
    Code(String),
    /// A table's header cells and rows of cells.
    Table {
        head: Vec<Vec<Span>>,
        rows: Vec<Vec<Vec<Span>>>,
    },
    Rule,
}

/// A run of text in one style. A line break inside a paragraph is a `"\n"` in `text`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub code: bool,
    pub strong: bool,
    pub emphasis: bool,
    pub struck: bool,
    /// Where the text links to: only `http:` and `https:` addresses.
    pub link: Option<String>,
}

/// The blocks of one note.
///
/// ```
/// use launchplan_core::formats::prose::{prose_blocks, ProseBlock};
/// let blocks = prose_blocks("#### 09:00 Set-up\n\nBring the `banner`.");
/// assert!(matches!(&blocks[0], ProseBlock::Heading { level: 4, .. }));
/// assert_eq!(blocks.len(), 2);
/// ```
pub fn prose_blocks(note: &str) -> Vec<ProseBlock> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_GFM;
    let mut builder = Builder::default();
    for event in Parser::new_ext(note, options) {
        builder.event(event);
    }
    builder.finish()
}

/// Where the blocks being read go: the note itself, a quote, a list, or one of its entries.
enum Frame {
    Blocks(Vec<ProseBlock>),
    List {
        start: Option<u64>,
        entries: Vec<Vec<ProseBlock>>,
    },
}

/// What the inline text being read belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Inline {
    Paragraph,
    Heading(u8),
    Cell,
}

#[derive(Default)]
struct Table {
    head: Vec<Vec<Span>>,
    rows: Vec<Vec<Vec<Span>>>,
    row: Vec<Vec<Span>>,
}

#[derive(Default)]
struct Builder {
    /// The note's blocks at the bottom, then each open quote, list and list entry.
    frames: Vec<Frame>,
    inline: Option<(Inline, Vec<Span>)>,
    code: Option<String>,
    html: Option<String>,
    table: Option<Table>,
    strong: u32,
    emphasis: u32,
    struck: u32,
    links: Vec<Option<String>>,
}

impl Builder {
    fn event(&mut self, event: Event) {
        if !matches!(event, Event::Html(_)) {
            self.close_html();
        }
        if let Some(code) = &mut self.code {
            match event {
                Event::Text(text) => code.push_str(&text),
                Event::End(TagEnd::CodeBlock) => {
                    let code = self.code.take().unwrap_or_default();
                    self.push_block(ProseBlock::Code(code.trim_end_matches('\n').to_owned()));
                }
                _ => {}
            }
            return;
        }
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(end) => self.end(end),
            Event::Text(text) => self.text(&text, false),
            Event::Code(text) => self.text(&text, true),
            Event::InlineMath(text) | Event::DisplayMath(text) => self.text(&text, false),
            Event::SoftBreak => self.text(" ", false),
            Event::HardBreak => self.text("\n", false),
            // A block of raw HTML comes a line at a time; read once it ends.
            Event::Html(html) => self.html.get_or_insert_with(String::new).push_str(&html),
            Event::InlineHtml(html) => {
                if is_line_break(&html) {
                    self.text("\n", false);
                } else if !is_markup(&html) {
                    // "Press <Enter>", "git tag v<version>": words in angle brackets, not HTML.
                    self.text(&html, false);
                }
            }
            Event::TaskListMarker(done) => self.text(if done { "☑ " } else { "☐ " }, false),
            Event::FootnoteReference(label) => self.text(&format!("[{label}]"), false),
            Event::Rule => {
                self.close_inline();
                self.push_block(ProseBlock::Rule);
            }
        }
    }

    /// Ends a block of raw HTML (a `<details>`, a comment): its words, as paragraphs.
    fn close_html(&mut self) {
        let Some(html) = self.html.take() else {
            return;
        };
        self.close_inline();
        for paragraph in html_text(&html).split("\n\n") {
            let paragraph = paragraph.trim();
            if !paragraph.is_empty() {
                self.push_block(ProseBlock::Paragraph(vec![plain(paragraph)]));
            }
        }
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Paragraph => self.open_inline(Inline::Paragraph),
            Tag::Heading { level, .. } => self.open_inline(Inline::Heading(level as u8)),
            Tag::BlockQuote(kind) => {
                self.close_inline();
                let mut blocks = Vec::new();
                if let Some(kind) = kind {
                    blocks.push(ProseBlock::Paragraph(vec![Span {
                        text: alert_name(kind).to_owned(),
                        strong: true,
                        ..Span::default()
                    }]));
                }
                self.frames.push(Frame::Blocks(blocks));
            }
            Tag::CodeBlock(_) => {
                self.close_inline();
                self.code = Some(String::new());
            }
            Tag::List(start) => {
                self.close_inline();
                self.frames.push(Frame::List {
                    start,
                    entries: Vec::new(),
                });
            }
            Tag::Item => {
                self.close_inline();
                self.frames.push(Frame::Blocks(Vec::new()));
            }
            Tag::Table(_) => {
                self.close_inline();
                self.table = Some(Table::default());
            }
            Tag::TableHead | Tag::TableRow => {
                if let Some(table) = &mut self.table {
                    table.row.clear();
                }
            }
            Tag::TableCell => self.open_inline(Inline::Cell),
            Tag::Emphasis => self.emphasis += 1,
            Tag::Strong => self.strong += 1,
            Tag::Strikethrough => self.struck += 1,
            Tag::Link { dest_url, .. } => self.links.push(safe_link(&dest_url)),
            // An image is its alt text, which the events inside it carry.
            Tag::Image { .. } => self.links.push(None),
            _ => {}
        }
    }

    fn end(&mut self, end: TagEnd) {
        match end {
            TagEnd::Paragraph | TagEnd::Heading(_) => self.close_inline(),
            TagEnd::BlockQuote(_) => {
                self.close_inline();
                if let Some(Frame::Blocks(blocks)) = self.frames.pop() {
                    self.push_block(ProseBlock::Quote(blocks));
                }
            }
            TagEnd::List(_) => {
                self.close_inline();
                if let Some(Frame::List { start, entries }) = self.frames.pop() {
                    self.push_block(ProseBlock::List { start, entries });
                }
            }
            TagEnd::Item => {
                self.close_inline();
                if let Some(Frame::Blocks(blocks)) = self.frames.pop() {
                    if let Some(Frame::List { entries, .. }) = self.frames.last_mut() {
                        entries.push(blocks);
                    }
                }
            }
            TagEnd::TableCell => {
                let spans = self
                    .inline
                    .take()
                    .map(|(_, spans)| spans)
                    .unwrap_or_default();
                if let Some(table) = &mut self.table {
                    table.row.push(spans);
                }
            }
            TagEnd::TableHead => {
                if let Some(table) = &mut self.table {
                    table.head = std::mem::take(&mut table.row);
                }
            }
            TagEnd::TableRow => {
                if let Some(table) = &mut self.table {
                    let row = std::mem::take(&mut table.row);
                    table.rows.push(row);
                }
            }
            TagEnd::Table => {
                if let Some(table) = self.table.take() {
                    self.push_block(ProseBlock::Table {
                        head: table.head,
                        rows: table.rows,
                    });
                }
            }
            TagEnd::Emphasis => self.emphasis = self.emphasis.saturating_sub(1),
            TagEnd::Strong => self.strong = self.strong.saturating_sub(1),
            TagEnd::Strikethrough => self.struck = self.struck.saturating_sub(1),
            TagEnd::Link | TagEnd::Image => {
                self.links.pop();
            }
            _ => {}
        }
    }

    fn open_inline(&mut self, kind: Inline) {
        self.close_inline();
        self.inline = Some((kind, Vec::new()));
    }

    /// Ends the paragraph or heading being read (a tight list's entry has text without one).
    fn close_inline(&mut self) {
        let Some((kind, spans)) = self.inline.take() else {
            return;
        };
        let spans = linked(spans);
        match kind {
            Inline::Paragraph if !spans.is_empty() => self.push_block(ProseBlock::Paragraph(spans)),
            Inline::Heading(level) => self.push_block(ProseBlock::Heading { level, spans }),
            // A cell ends with its own event; nothing else to do.
            Inline::Paragraph | Inline::Cell => {}
        }
    }

    fn text(&mut self, text: &str, code: bool) {
        let link = self.links.iter().rev().find_map(Clone::clone);
        self.push_span(text, code, link);
    }

    fn push_span(&mut self, text: &str, code: bool, link: Option<String>) {
        if text.is_empty() {
            return;
        }
        let span = Span {
            text: text.to_owned(),
            code,
            strong: self.strong > 0,
            emphasis: self.emphasis > 0,
            struck: self.struck > 0,
            link,
        };
        let (_, spans) = self.inline.get_or_insert((Inline::Paragraph, Vec::new()));
        match spans.last_mut() {
            Some(last) if same_style(last, &span) => last.text.push_str(&span.text),
            _ => spans.push(span),
        }
    }

    fn push_block(&mut self, block: ProseBlock) {
        match self.frames.last_mut() {
            Some(Frame::Blocks(blocks)) => blocks.push(block),
            // Text between a list and its entries cannot happen in Markdown; keep it anyway.
            Some(Frame::List { entries, .. }) => entries.push(vec![block]),
            None => self.frames.push(Frame::Blocks(vec![block])),
        }
    }

    fn finish(mut self) -> Vec<ProseBlock> {
        self.close_html();
        self.close_inline();
        if let Some(code) = self.code.take() {
            self.push_block(ProseBlock::Code(code));
        }
        // Unwind what the events left open (they never do), keeping every block.
        while self.frames.len() > 1 {
            match self.frames.pop() {
                Some(Frame::Blocks(blocks)) => self.push_block(ProseBlock::Quote(blocks)),
                Some(Frame::List { start, entries }) => {
                    self.push_block(ProseBlock::List { start, entries })
                }
                None => {}
            }
        }
        match self.frames.pop() {
            Some(Frame::Blocks(blocks)) => blocks,
            Some(Frame::List { start, entries }) => vec![ProseBlock::List { start, entries }],
            None => Vec::new(),
        }
    }
}

fn same_style(a: &Span, b: &Span) -> bool {
    (a.code, a.strong, a.emphasis, a.struck, &a.link)
        == (b.code, b.strong, b.emphasis, b.struck, &b.link)
}

fn plain(text: &str) -> Span {
    Span {
        text: text.to_owned(),
        ..Span::default()
    }
}

fn alert_name(kind: BlockQuoteKind) -> &'static str {
    match kind {
        BlockQuoteKind::Note => "Note",
        BlockQuoteKind::Tip => "Tip",
        BlockQuoteKind::Important => "Important",
        BlockQuoteKind::Warning => "Warning",
        BlockQuoteKind::Caution => "Caution",
    }
}

/// The address a link may open: a web address, nothing a click could run or hand to another app.
fn safe_link(url: &str) -> Option<String> {
    let lower = url.trim().to_ascii_lowercase();
    ["http://", "https://"]
        .iter()
        .any(|scheme| lower.starts_with(scheme))
        .then(|| url.trim().to_owned())
}

/// The spans with each bare web address in their words made a link ("see https://…", or a
/// link the reader wrote out as "guide (https://…)"); code and links stay as they are.
fn linked(spans: Vec<Span>) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len());
    for span in spans {
        if span.code || span.link.is_some() {
            out.push(span);
            continue;
        }
        let mut rest = span.text.as_str();
        while let Some((before, url, after)) = split_url(rest) {
            for (text, link) in [(before, None), (url, Some(url.to_owned()))] {
                if !text.is_empty() {
                    out.push(Span {
                        text: text.to_owned(),
                        link,
                        ..span.clone()
                    });
                }
            }
            rest = after;
        }
        if !rest.is_empty() {
            out.push(Span {
                text: rest.to_owned(),
                ..span.clone()
            });
        }
    }
    out
}

/// The first web address in `text`, with what comes before and after it: from `http://` or
/// `https://` to the next space, less the punctuation that ends a sentence or closes a bracket.
fn split_url(text: &str) -> Option<(&str, &str, &str)> {
    let start = ["https://", "http://"]
        .iter()
        .filter_map(|scheme| text.find(scheme))
        .min()?;
    let tail = &text[start..];
    let mut end = tail.find(char::is_whitespace).unwrap_or(tail.len());
    while end > 0 {
        let last = tail[..end].chars().next_back()?;
        let opened = tail[..end].matches('(').count();
        let closed = tail[..end].matches(')').count();
        if matches!(
            last,
            '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'' | '>' | ']'
        ) || last == ')' && closed > opened
        {
            end -= last.len_utf8();
        } else {
            break;
        }
    }
    let url = &tail[..end];
    // "https://" alone is not an address.
    if url.len() <= "https://".len() {
        return None;
    }
    Some((&text[..start], url, &tail[end..]))
}

/// Whether inline HTML is a comment or a tag of HTML's own ("<b>", "</span>", "<img …>"), whose
/// words, if any, come apart from it; anything else in angle brackets is words.
fn is_markup(html: &str) -> bool {
    if html.starts_with("<!--") {
        return true;
    }
    let name: String = html
        .trim_start_matches('<')
        .trim_start_matches('/')
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    [
        "a", "abbr", "b", "big", "br", "center", "cite", "code", "del", "details", "dfn", "div",
        "em", "font", "i", "img", "ins", "kbd", "mark", "p", "q", "s", "samp", "small", "span",
        "strike", "strong", "sub", "summary", "sup", "time", "tt", "u", "var", "wbr",
    ]
    .contains(&name.as_str())
}

fn is_line_break(html: &str) -> bool {
    let tag = html.trim().to_ascii_lowercase();
    matches!(tag.as_str(), "<br>" | "<br/>" | "<br />")
}

/// A `<br>`, or the end of an element that ends its line (`</summary>`, `</p>`, `</li>`).
fn ends_a_line(tag: &str) -> bool {
    let name = tag
        .trim_start_matches("</")
        .trim_end_matches('>')
        .trim()
        .to_ascii_lowercase();
    is_line_break(tag)
        || tag.starts_with("</")
            && [
                "summary", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            ]
            .contains(&name.as_str())
}

/// The words of raw HTML: comments and tags dropped, a `<br>` or a block's end a line break.
fn html_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let tag = &rest[open..];
        let end = if tag.starts_with("<!--") {
            tag.find("-->").map(|i| i + 3)
        } else {
            tag.find('>').map(|i| i + 1)
        };
        let Some(end) = end else {
            // A "<" that opens no tag ("a < b") is text.
            out.push_str(tag);
            rest = "";
            break;
        };
        if ends_a_line(&tag[..end]) {
            out.push('\n');
        }
        rest = &tag[end..];
    }
    out.push_str(rest);
    // The entities HTML is written with ("A &amp; B").
    out.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(spans: &[Span]) -> String {
        spans.iter().map(|s| s.text.as_str()).collect()
    }

    #[test]
    fn a_sub_heading_the_reader_kept_as_a_note_is_a_heading_again() {
        let blocks = prose_blocks("#### 09:00 - 15:30: Aufbau");
        assert_eq!(
            blocks,
            vec![ProseBlock::Heading {
                level: 4,
                spans: vec![plain("09:00 - 15:30: Aufbau")]
            }]
        );
    }

    #[test]
    fn code_spans_emphasis_and_strikethrough_keep_their_style() {
        let blocks = prose_blocks("Cut `v2.4` from **main**, ~~not dev~~.");
        let ProseBlock::Paragraph(spans) = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert_eq!(text(spans), "Cut v2.4 from main, not dev.");
        assert!(spans.iter().any(|s| s.code && s.text == "v2.4"));
        assert!(spans.iter().any(|s| s.strong && s.text == "main"));
        assert!(spans.iter().any(|s| s.struck && s.text == "not dev"));
    }

    #[test]
    fn only_web_links_are_links() {
        let blocks = prose_blocks(
            "[guide](https://example.org/g) [mail](mailto:a@b.c) [x](javascript:alert(1)) [rel](../g.md) [d](data:text/html,x) [c](JavaScript:alert(1))",
        );
        let ProseBlock::Paragraph(spans) = &blocks[0] else {
            panic!("{blocks:?}")
        };
        let links: Vec<_> = spans.iter().filter_map(|s| s.link.as_deref()).collect();
        assert_eq!(links, ["https://example.org/g"]);
        // The others keep their words.
        assert_eq!(text(spans), "guide mail x rel d c");
    }

    #[test]
    fn a_bare_web_address_is_a_link_without_the_punctuation_around_it() {
        let blocks = prose_blocks("The stall guide (https://example.org/stalls) has the map; see https://example.org/a_(b).");
        let ProseBlock::Paragraph(spans) = &blocks[0] else {
            panic!("{blocks:?}")
        };
        let links: Vec<_> = spans.iter().filter_map(|s| s.link.as_deref()).collect();
        assert_eq!(
            links,
            ["https://example.org/stalls", "https://example.org/a_(b)"]
        );
        assert_eq!(
            text(spans),
            "The stall guide (https://example.org/stalls) has the map; see https://example.org/a_(b)."
        );
        // Not in code, and not "javascript:" written out.
        let blocks = prose_blocks("`https://example.org` and this link (javascript:alert(1))");
        let ProseBlock::Paragraph(spans) = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert!(spans.iter().all(|s| s.link.is_none()));
    }

    #[test]
    fn raw_html_is_shown_as_its_words_never_as_html() {
        let blocks = prose_blocks(
            "<!--\nUse this template for releases only.\n-->\n\n<details><summary>Why</summary>Because <script>x</script></details>",
        );
        let words: Vec<String> = blocks
            .iter()
            .map(|b| match b {
                ProseBlock::Paragraph(spans) => text(spans),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(words.concat(), "Why\nBecause x");
        // Words in angle brackets are words; entities of an HTML block are their characters.
        let blocks =
            prose_blocks("git tag v<version> and push <branch>. Press <Enter>, not <b>this</b>.");
        assert_eq!(
            blocks,
            vec![ProseBlock::Paragraph(vec![plain(
                "git tag v<version> and push <branch>. Press <Enter>, not this."
            )])]
        );
        let blocks = prose_blocks("<div>\nA &amp; B &lt;3\n</div>");
        assert_eq!(blocks, vec![ProseBlock::Paragraph(vec![plain("A & B <3")])]);
        let blocks = prose_blocks("Line one<br>line two");
        assert_eq!(
            blocks,
            vec![ProseBlock::Paragraph(vec![plain("Line one\nline two")])]
        );
    }

    #[test]
    fn a_table_keeps_its_header_and_rows() {
        let blocks = prose_blocks("| Role | Who |\n|---|---|\n| Lead | **Ana** |\n| Backup | |");
        let ProseBlock::Table { head, rows } = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert_eq!(
            head.iter().map(|c| text(c)).collect::<Vec<_>>(),
            ["Role", "Who"]
        );
        assert_eq!(rows.len(), 2);
        assert!(rows[0][1][0].strong);
        assert!(rows[1][1].is_empty());
    }

    #[test]
    fn lists_nest_and_number_from_their_start() {
        let blocks = prose_blocks("3. one\n4. two\n   - inner\n");
        let ProseBlock::List { start, entries } = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert_eq!(*start, Some(3));
        assert_eq!(entries.len(), 2);
        assert!(matches!(
            entries[1][1],
            ProseBlock::List { start: None, .. }
        ));
    }

    #[test]
    fn an_alert_is_a_quote_that_names_its_kind_and_code_keeps_its_lines() {
        let blocks =
            prose_blocks("> [!IMPORTANT]\n> Read this first.\n\n```bash\necho a\necho b\n```");
        let ProseBlock::Quote(inner) = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert_eq!(
            inner[0],
            ProseBlock::Paragraph(vec![Span {
                text: "Important".into(),
                strong: true,
                ..Span::default()
            }])
        );
        assert_eq!(blocks[1], ProseBlock::Code("echo a\necho b".into()));
    }

    #[test]
    fn any_text_gives_blocks_that_hold_all_its_words() {
        // Unbalanced markup never loses the words around it.
        for note in [
            "**open bold",
            "> > deep\n>\n- a\n  > b",
            "| a |\n|---|",
            "<b",
            "`",
            "1) x\n\n   ```\n   y",
        ] {
            let blocks = prose_blocks(note);
            let all = format!("{blocks:?}");
            for word in note
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
            {
                assert!(all.contains(word), "{note:?} lost {word:?}: {all}");
            }
        }
    }
}

//! Reads Markdown with pulldown-cmark into a small tree of the blocks a plan is made of:
//! headings, paragraphs (split at line breaks), lists with task markers, and everything else
//! kept as its source text. Inline markup is reduced to plain text.

use super::{boxes, html, pandoc};
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};
use std::borrow::Cow;
use std::iter::Peekable;
use std::ops::Range;

/// The months as a calendar copied from a web page writes them, in capitals.
const CAPITAL_MONTHS: [&str; 12] = [
    "JANUARY",
    "FEBRUARY",
    "MARCH",
    "APRIL",
    "MAY",
    "JUNE",
    "JULY",
    "AUGUST",
    "SEPTEMBER",
    "OCTOBER",
    "NOVEMBER",
    "DECEMBER",
];

/// Where a line's capitalised date starts, when the line ends with one: a month written in
/// capitals, its day or days and the year ("JULY 1, 2031", "JULY 21 – 26, 2031"), glued to the
/// label before it or not ("Start of Enrollment:JULY 1, 2031", "Start of Classes for SY 2031 –
/// 2032JULY 28, 2031").
fn capitalised_date_at_end(line: &str) -> Option<usize> {
    let line = line.trim_end();
    let (at, month) = CAPITAL_MONTHS
        .iter()
        .filter_map(|m| line.rfind(m).map(|at| (at, *m)))
        .max_by_key(|(at, _)| *at)?;
    // (Not a word that ends in capitals, "AUGUSTA", nor one that holds the month.)
    if line[..at].ends_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let rest = line[at + month.len()..].strip_prefix(' ')?;
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let day = digits(rest);
    if !(1..=2).contains(&day) {
        return None;
    }
    let mut rest = &rest[day..];
    // A second day after a dash ("21 – 26").
    let trimmed = rest.trim_start_matches(' ');
    if let Some(after) = trimmed
        .strip_prefix('–')
        .or_else(|| trimmed.strip_prefix('-'))
        .or_else(|| trimmed.strip_prefix('—'))
    {
        let after = after.trim_start_matches(' ');
        let second = digits(after);
        if !(1..=2).contains(&second) {
            return None;
        }
        rest = &after[second..];
    }
    let year = rest.strip_prefix(", ")?;
    (year.len() == 4 && digits(year) == 4).then_some(at)
}

/// A run of a calendar's dates copied from a web page, where the label and its date stood
/// apart and now touch, each weekday on the line after ("Start of Enrollment:JULY 1, 2031" /
/// "(Tuesday)"; "Readiness Week" / "Theme: …" / "JULY 21 – 26, 2031" / "(Mon. – Sat.)"): a
/// list of dated entries, "- Start of Enrollment: JULY 1, 2031 (Tuesday)", a line between a
/// label and its date kept where it is. Only a paragraph of three such dates or more
/// whose every line is a label, a date or a weekday in brackets; lines keep their numbers.
pub(super) fn glued_calendar_dates(text: String) -> String {
    // (Most documents have no month in capitals at all, nor at a line's end: they are not
    // split, and a large one is searched once for each month, not line by line.)
    if !CAPITAL_MONTHS.iter().any(|m| text.contains(m))
        || !text
            .lines()
            .any(|line| capitalised_date_at_end(line).is_some())
    {
        return text;
    }
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out: Vec<String> = lines.iter().map(|l| (*l).to_string()).collect();
    let weekday_line = |line: &str| {
        let line = line.trim();
        line.starts_with('(')
            && line.ends_with(')')
            && line.len() <= 24
            && line[1..line.len() - 1]
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| !w.is_empty())
                .all(|w| crate::plan::dates::weekday_named(&w.to_lowercase()).is_some())
    };
    let mut fences = super::text::Fences::default();
    let mut at = 0;
    while at < lines.len() {
        // A paragraph: lines up to a blank one, none of them markup of its own.
        let start = at;
        while at < lines.len() && !lines[at].trim().is_empty() {
            at += 1;
        }
        let end = at;
        at += 1;
        let paragraph = &lines[start..end];
        if paragraph.iter().any(|l| fences.is_code(&format!("{l}\n")))
            || paragraph.len() < 6
            || paragraph.iter().any(|l| {
                let t = l.trim_start();
                t.starts_with(['#', '-', '*', '+', '|', '>', '<']) || l.starts_with([' ', '\t'])
            })
        {
            continue;
        }
        let dates = paragraph
            .iter()
            .filter(|l| capitalised_date_at_end(l).is_some())
            .count();
        if dates < 3 {
            continue;
        }
        // Each entry: its label lines, its date line, its weekday line.
        let mut entries: Vec<usize> = Vec::new();
        let mut pending: Vec<usize> = Vec::new();
        let mut fits = true;
        for (k, line) in paragraph.iter().enumerate() {
            let n = start + k;
            if let Some(date_at) = capitalised_date_at_end(line) {
                let label = line[..date_at].trim_end().trim_end_matches(':').trim();
                // (A label on a line of its own may have a line or two after it, "Theme: …",
                // kept where they are, as the section's text.)
                let label = match (label.is_empty(), pending.first()) {
                    (false, None) => label.to_string(),
                    (true, Some(first)) if pending.len() <= 3 => {
                        let label = lines[*first].trim().trim_end_matches(':').to_string();
                        out[*first].clear();
                        label
                    }
                    _ => {
                        fits = false;
                        break;
                    }
                };
                pending.clear();
                out[n] = format!("- {label}: {}", line[date_at..].trim());
                entries.push(n);
            } else if weekday_line(line) && entries.last().is_some_and(|e| *e + 1 == n) {
                out[n - 1].push(' ');
                out[n - 1].push_str(line.trim());
                out[n].clear();
            } else {
                pending.push(n);
            }
        }
        if !fits || !pending.is_empty() {
            for (k, line) in paragraph.iter().enumerate() {
                out[start + k] = (*line).to_string();
            }
            continue;
        }
    }
    out.join("\n")
}

/// A document whose parts are set off by banner lines of box-drawing characters ("═══…" over
/// and under "4. ROADMAP", as chat assistants write hand-overs) with those titles as headings
/// ("## 4. ROADMAP") and a lone banner as a blank line (a separator, not text that a list item
/// above would take in). Lines keep their numbers; fenced code is left as written.
pub(super) fn banner_headings(text: String) -> String {
    let banner = |line: &str| {
        let line = line.trim();
        line.chars().count() >= 10 && line.chars().all(|c| matches!(c, '═' | '━' | '▬'))
    };
    // A title: short, and no list item, field, table row or row drawn with box lines or aligned
    // in columns ("- [ ] Ship", "Owner: Dani", "| Mon | …", "12 May     Freeze     Lena"),
    // which a writer may also set between two banners.
    let title = |line: &str| {
        let line = line.trim();
        !line.is_empty()
            && line.chars().count() <= 80
            && !line.starts_with(['-', '*', '+', '|', '>', '#'])
            && !line.contains(['│', '┃', '|'])
            && !line.contains(": ")
            && !line.contains("   ")
    };
    if !text.lines().any(banner) {
        return text;
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut fence: Option<&str> = None;
    for (at, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        for mark in ["```", "~~~"] {
            if trimmed.starts_with(mark) {
                fence = match fence {
                    None => Some(mark),
                    Some(open) if open == mark => None,
                    open => open,
                };
            }
        }
        if fence.is_some() {
            out.push((*line).to_string());
            continue;
        }
        // (Rows of a table ruled by banners share them: a line between two banners that a
        // banner two lines away also closes or opens is a row.)
        let line_at = |k: Option<usize>| k.and_then(|k| lines.get(k)).copied();
        let ruled_row = |k: Option<usize>, beyond: Option<usize>| {
            line_at(k).is_some_and(|l| !l.trim().is_empty() && !banner(l))
                && line_at(beyond).is_some_and(banner)
        };
        let titled = at > 0
            && banner(lines[at - 1])
            && lines.get(at + 1).is_some_and(|next| banner(next))
            && !banner(line)
            && title(line)
            && !ruled_row(Some(at + 2), Some(at + 3))
            && !ruled_row(at.checked_sub(2), at.checked_sub(3));
        if banner(line) {
            out.push(String::new());
        } else if titled {
            out.push(format!("## {}", line.trim()));
        } else {
            out.push((*line).to_string());
        }
    }
    let mut joined = out.join("\n");
    if text.ends_with('\n') {
        joined.push('\n');
    }
    joined
}

/// One block of the document, with the 1-based line it starts on.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Block {
    Heading {
        level: u8,
        text: String,
        line: usize,
    },
    /// A paragraph's lines (split at soft and hard breaks), whether all its text is bold, and
    /// whether each line opens in bold ("**Go/No-Go:** April 13", a bold label).
    Paragraph {
        lines: Vec<String>,
        bold: bool,
        line: usize,
        bold_labels: Vec<bool>,
        /// A one-line paragraph with text struck through ("Release date: ~~March 11~~ moved
        /// to March 18"): the line without it, what still holds.
        live: Option<String>,
    },
    List {
        items: Vec<ListItem>,
    },
    /// A table: its header cells and its rows, each cell as plain text; `source` is the whole
    /// table as written, for a table that is not a schedule.
    Table {
        head: Vec<String>,
        rows: Vec<TableRow>,
        source: String,
        line: usize,
    },
    /// A record of `key: value` lines between two `---` lines after the front matter
    /// ("title: Sitemap draft", "end_date: 2027-09-30", "type: task"): Markdown reads it as a
    /// heading underlined by the second `---`; its writer wrote data. Keys as in front matter.
    Record {
        fields: Vec<super::front_matter::Entry>,
        line: usize,
    },
    /// A thematic break (`---`): structure only.
    Rule,
    /// Anything else (table, code, quote, HTML): its source, kept verbatim.
    Other {
        source: String,
        line: usize,
    },
}

/// One row of a table: its cells as plain text and the line it is on.
#[derive(Debug, Clone, PartialEq, Default)]
pub(super) struct TableRow {
    pub cells: Vec<String>,
    pub line: usize,
    /// Whether the row is written with a `|`: a line without one, right under a table, is a
    /// row to the parser but a sentence to its writer.
    pub piped: bool,
    /// Per cell, its parts between `<br>` line breaks ("Grafana data source<br />Per-tenant
    /// quotas"), each trimmed; empty for a cell without one (and missing after the last cell
    /// that has one).
    pub breaks: Vec<Vec<String>>,
    /// Per cell, whether all its letters are struck through ("~~5km easy~~"); empty for a row
    /// with no struck cell (and missing after the last struck one).
    pub struck: Vec<bool>,
}

/// One list item: its task state, its first paragraph as plain text, and what is nested in it.
#[derive(Debug, Clone, PartialEq, Default)]
pub(super) struct ListItem {
    /// `Some(done)` for `- [ ]` / `- [x]` items.
    pub task: Option<bool>,
    pub text: String,
    pub line: usize,
    pub children: Vec<ListItem>,
    /// Further paragraphs and other blocks inside the item, as text.
    pub extra: Vec<String>,
    /// Whether its text is struck through as a whole (`~~Compress the images~~`): done.
    pub struck: bool,
    /// Whether its text is in emphasis (not bold) as a whole (`_March 30 - April 2 Easter_`):
    /// an aside among the entries, not one of them.
    pub aside: bool,
    /// Its text outside what is struck through, when only part of it is ("Papers: ~~March 15~~
    /// March 29"): a date struck out is not the date that counts.
    pub live: Option<String>,
    /// Whether its text is only links (and code): "`#testing` – [06-qa.md](./06-qa.md)", an
    /// index of other pages, not a step.
    pub links_only: bool,
    /// Lines glued under the item at the left margin that begin the next period ("17 May -
    /// May 21: cut the branch"), each with whether it opened in bold: paragraph lines after it.
    pub glued: Vec<(String, bool)>,
    /// The bold words that open its text when plain text follows ("**Policy** No risky
    /// merges"): a label of the line, or "" when there is none.
    pub lead: String,
    /// Whether its text opens in bold ("- [ ] **Productieomgeving inrichten**", "**Forum
    /// posts** (where allowed)"): a title over its steps. Launchplan's exports never write one.
    pub titled: bool,
    /// Whether it is a step of a numbered list ("1. Scan the tickets", alone or under "- [ ]
    /// 8:15 Desk opens").
    pub numbered: bool,
    /// Whether its line, as written, is only placeholders in brackets ("- [ ] [Date]: [What
    /// to do]"), none escaped as an export writes a text's own brackets ("\\[link\\]").
    pub placeholder: bool,
}

/// Whether a heading `written` as text underlined by dashes (a setext heading) holds prose
/// (see the caller): two lines or more, one closed by a stop, a colon, "!" or "?", or eight
/// words or more closed by a full stop.
fn setext_over_prose(written: &str, lines: &[String]) -> bool {
    let underlined = written
        .trim_end()
        .lines()
        .last()
        .is_some_and(|l| l.trim().len() >= 3 && l.trim().chars().all(|c| c == '-'))
        && !written.trim_start().starts_with('#');
    // (Not "Venue and permits for the spring fair in the park:" or "Phase one" over "Venue
    // and permits", headings written over two lines.)
    let prose = if lines.len() >= 2 {
        lines
            .iter()
            .any(|l| l.trim_end().ends_with(['.', ':', '!', '?']))
    } else {
        lines
            .first()
            .is_some_and(|l| l.split_whitespace().count() >= 8 && l.trim_end().ends_with('.'))
    };
    underlined && prose
}

/// Numbered steps pasted from a word processor or a PDF, their number glued to the text
/// ("1.Collect the entries 2030.08.19", "✔ 2.Sort the entries"): three or more such lines
/// numbered one after another (other lines between them allowed, and steps written "7. …") are
/// the items of a numbered list, written as Markdown writes them ("1. Collect …", "2. ✔ Sort
/// …": a done mark before the number goes after it). Lines keep their numbers; fenced code is
/// left as written; "1.5 kg", "2.1.3" and "3.14" are no steps.
pub(super) fn glued_step_numbers(text: String) -> String {
    const MARKS: [char; 4] = ['✔', '✓', '✅', '☑'];
    // (The mark, the number and the text after "N.", when the line is such a step; `glued`
    // whether the text follows the point directly.)
    let step = |line: &str| -> Option<(Option<char>, u32, bool)> {
        let indent = line.len() - line.trim_start_matches(' ').len();
        if indent > 3 {
            return None;
        }
        let mut rest = line.trim_start_matches(' ');
        let mark = rest.chars().next().filter(|c| MARKS.contains(c));
        if let Some(mark) = mark {
            rest = rest[mark.len_utf8()..].trim_start_matches(['\u{fe0f}', ' ']);
        }
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=2).contains(&digits) || rest.as_bytes().get(digits) != Some(&b'.') {
            return None;
        }
        let after = rest[digits + 1..].chars().next()?;
        let glued = !after.is_whitespace();
        if glued && (after.is_ascii_digit() || after.is_ascii_punctuation()) {
            return None;
        }
        if !rest[digits + 1..].chars().any(char::is_alphabetic) {
            return None;
        }
        Some((mark, rest[..digits].parse().ok()?, glued))
    };
    // (Most documents have no such line: they are not split into lines at all.)
    if !text
        .lines()
        .any(|line| step(line).is_some_and(|(_, _, glued)| glued))
    {
        return text;
    }
    let mut fences = super::text::Fences::default();
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut found: Vec<(usize, Option<char>, u32, bool)> = Vec::new();
    for (at, line) in lines.iter().enumerate() {
        if fences.is_code(line) {
            continue;
        }
        if let Some((mark, n, glued)) = step(line) {
            found.push((at, mark, n, glued));
        }
    }
    // Runs numbered one after another from 1; a run with three glued steps is rewritten.
    // (`members`: every step of such a run, glued or not.)
    let (mut rewrite, mut members): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    let mut run: Vec<(usize, bool)> = Vec::new();
    // (Steps of a few words each, not a contents list "1.Goals / 2.Timeline" nor a contract's
    // clauses "2.Term: one day".)
    let wordy = |at: usize| {
        let line = lines[at];
        let text = line.split_once('.').map_or(line, |(_, t)| t);
        let label = text
            .split_once(':')
            .is_some_and(|(l, _)| l.split_whitespace().count() <= 2);
        text.split_whitespace().count() >= 3 && !label
    };
    let flush = |run: &mut Vec<(usize, bool)>,
                 rewrite: &mut Vec<usize>,
                 members: &mut Vec<usize>| {
        let glued: Vec<usize> = run.iter().filter(|(_, g)| *g).map(|(at, _)| *at).collect();
        if glued.len() >= 3 && glued.iter().filter(|&&at| wordy(at)).count() * 4 >= glued.len() * 3
        {
            rewrite.extend(run.iter().filter(|(_, g)| *g).map(|(at, _)| *at));
            members.extend(run.iter().map(|(at, _)| *at));
        }
        run.clear();
    };
    let mut expected = 1;
    for &(at, _, n, glued) in &found {
        if n != expected {
            flush(&mut run, &mut rewrite, &mut members);
            if n != 1 {
                expected = 1;
                continue;
            }
        }
        run.push((at, glued));
        expected = n + 1;
    }
    flush(&mut run, &mut rewrite, &mut members);
    if rewrite.is_empty() {
        return text;
    }
    // A step with no date of its own whose date stands on a line of its own before the next
    // step (a pasted table's date column: "2030.08.19" under "1.Collect the entries", or
    // "2030.09.02  and" over "2030.09.03"): those lines go onto the step's line, blank where
    // they were, so that the step is dated as the others are.
    let dated = |line: &str| {
        crate::plan::dates::find_date(line, chrono::NaiveDate::default()).and_then(Result::ok)
    };
    let date_only = |line: &str| {
        dated(line).is_some_and(|p| {
            let rest = format!("{} {}", &line[..p.span.start], &line[p.span.end..]);
            rest.split_whitespace().count() <= 1
                && !line.starts_with([' ', '\t'])
                && rest.chars().filter(|c| c.is_alphanumeric()).count() <= 4
        })
    };
    let mut moved: Vec<(usize, Vec<usize>)> = Vec::new();
    for pair in found.windows(2) {
        let (step, next) = (pair[0].0, pair[1].0);
        if !members.contains(&step) || dated(lines[step]).is_some() {
            continue;
        }
        let between: Vec<usize> = (step + 1..next)
            .filter(|&k| !lines[k].trim().is_empty())
            .collect();
        // (Only the step's own wrapped lines, indented, may stand before them: not "Last
        // updated" over the page's date.)
        let indented = |k: &usize| lines[*k].starts_with("    ") || lines[*k].starts_with('\t');
        let dates: Vec<usize> = between.iter().copied().skip_while(indented).collect();
        if !dates.is_empty() && dates.iter().all(|&k| date_only(lines[k])) {
            moved.push((step, dates));
        }
    }
    let mut out = String::with_capacity(text.len() + rewrite.len() * 4);
    for (at, line) in lines.iter().enumerate() {
        if moved.iter().any(|(_, dates)| dates.contains(&at)) {
            out.push_str(if line.ends_with('\n') { "\n" } else { "" });
            continue;
        }
        let line: &str = &match moved.iter().find(|(step, _)| *step == at) {
            Some((_, dates)) => {
                let end = if line.ends_with('\n') { "\n" } else { "" };
                let mut joined = line.trim_end().to_string();
                for &k in dates {
                    joined.push(' ');
                    joined.push_str(lines[k].trim());
                }
                joined + end
            }
            None => (*line).to_string(),
        };
        if !rewrite.contains(&at) {
            out.push_str(line);
            continue;
        }
        let indent = &line[..line.len() - line.trim_start_matches(' ').len()];
        let mut rest = line.trim_start_matches(' ');
        let mark = rest.chars().next().filter(|c| MARKS.contains(c));
        if let Some(mark) = mark {
            rest = rest[mark.len_utf8()..].trim_start_matches(['\u{fe0f}', ' ']);
        }
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        out.push_str(indent);
        out.push_str(&rest[..=digits]);
        out.push(' ');
        if let Some(mark) = mark {
            out.push(mark);
            out.push(' ');
        }
        out.push_str(&rest[digits + 1..]);
    }
    out
}

/// How deep lists nest before the reader stops descending: anything deeper is kept, verbatim,
/// as a note of the item at this depth. (Each level is a call on the stack, and the browser
/// build has a small stack: a list nested thousands of levels deep must not exhaust it.)
pub(super) const MAX_LIST_DEPTH: usize = 32;

/// Parses `source` into blocks.
pub(super) fn read(source: &str) -> Vec<Block> {
    read_at(source, 0, true, usize::MAX).0
}

/// Parses `source` into blocks until it has read more than `units` headings, list items and
/// table rows; then also the byte offset where it stopped (None when it read everything).
/// Only the start of a document far over the limits is read this way, to refuse it quickly.
pub(super) fn read_until(source: &str, units: usize) -> (Vec<Block>, Option<usize>) {
    read_at(source, 0, true, units)
}

/// The end of the first lines of `source` that may hold more than `units` headings, list items
/// and table rows: the line where the lines that look like one ("# …", "- …", "1. …", a line
/// with a bar) number a quarter more than `units`, and at most four lines for each unit. Only
/// how much is parsed first depends on it: a start that is not over the limit after all is
/// followed by reading the whole document.
pub(super) fn start_of(source: &str, units: usize) -> usize {
    let may_be_a_unit = |line: &str| {
        let bare = line.trim_start();
        let after_marker =
            |rest: &str| rest.is_empty() || rest.starts_with([' ', '\t', '\r', '\n']);
        let digits = bare.bytes().take_while(u8::is_ascii_digit).count();
        line.contains('|')
            || (bare.starts_with('#') && after_marker(bare.trim_start_matches('#')))
            || (bare.starts_with(['-', '*', '+']) && after_marker(&bare[1..]))
            || ((1..10).contains(&digits)
                && bare[digits..].starts_with(['.', ')'])
                && after_marker(&bare[digits + 1..]))
    };
    let mut looks_like_units = 0;
    // (Not the lines of a code fence.)
    let mut fences = super::text::Fences::default();
    for (n, (at, line)) in source
        .split_inclusive('\n')
        .scan(0, |at, line| {
            let start = *at;
            *at += line.len();
            Some((start + line.len(), line))
        })
        .enumerate()
    {
        if !fences.is_code(line) && may_be_a_unit(line) {
            looks_like_units += 1;
        }
        if looks_like_units > units + units / 4 || n + 1 >= 4 * units {
            return at;
        }
    }
    source.len()
}

/// A day written with a dot and its year at the start of a line or bullet ("20. 9. 2027
/// Content freeze", "- 15. März 2027: Code-Freeze", as Czech, German, Norwegian or Finnish
/// plans write dates) is text, not a numbered list: the dot is escaped, or Markdown would read
/// "20." as the list's number and "9." as a list inside it, and the day would be lost from the
/// words. Only a run of such dates (a line alone, or lines around it that are dates too): a
/// numbered list whose steps open with a number or a month ("2. 3. Reihe aufbauen",
/// "1. August: build") stays a list; a line that would join the paragraph above it, and a
/// quote, are left as they are.
fn days_with_a_dot(source: &str) -> Cow<'_, str> {
    // A line that opens with "N. " (after a bullet): where its dot is, whether a date with its
    // year follows ("9. 2027", "9.2027", "März 2027"), and whether the line is a bullet.
    struct Numbered {
        dot: usize,
        dated: bool,
        bullet: bool,
    }
    fn numbered(line: &str) -> Option<Numbered> {
        let trimmed = line.trim_start_matches([' ', '\t']);
        let bulleted = ["- ", "* ", "+ "]
            .iter()
            .find_map(|b| trimmed.strip_prefix(b))
            .map(str::trim_start);
        let text = bulleted.unwrap_or(trimmed);
        let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let rest = text[digits..].strip_prefix(". ")?.trim_start();
        let day: u32 = text[..digits].parse().ok().filter(|_| digits <= 2)?;
        let year_at = |s: &str| {
            let s = s.trim_start();
            s.len() >= 4
                && s.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                && (s.starts_with("19") || s.starts_with("20"))
                && !s.as_bytes().get(4).is_some_and(u8::is_ascii_digit)
        };
        let month_digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let by_number = (1..=2).contains(&month_digits)
            && rest[..month_digits]
                .parse::<u32>()
                .is_ok_and(|m| (1..=12).contains(&m))
            && rest[month_digits..].strip_prefix('.').is_some_and(year_at);
        let word_end = rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
        let by_name = crate::plan::dates::month_named(&rest[..word_end]).is_some() && {
            let after = &rest[word_end..];
            year_at(after.strip_prefix('.').unwrap_or(after))
        };
        Some(Numbered {
            dot: line.len() - text.len() + digits,
            dated: (1..=31).contains(&day) && (by_number || by_name),
            bullet: bulleted.is_some(),
        })
    }
    // Cheap first: a digit, a dot and a space somewhere.
    if !source
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b'.' && w[2] == b' ')
    {
        return Cow::Borrowed(source);
    }
    let lines: Vec<&str> = source.split_inclusive('\n').collect();
    let mut fences = super::text::Fences::default();
    // Per line: its number and date, None for code and for a line that opens with none.
    let steps: Vec<Option<Numbered>> = lines
        .iter()
        .map(|l| if fences.is_code(l) { None } else { numbered(l) })
        .collect();
    let blank = |i: usize| lines[i].trim().is_empty();
    let a_date_or_no_step =
        |j: Option<usize>| j.is_none_or(|j| steps[j].as_ref().is_none_or(|s| s.dated));
    // Where each escaped dot goes, as an offset into `source`.
    let mut dots = Vec::new();
    let mut at = 0;
    for (i, line) in lines.iter().enumerate() {
        if let Some(step) = steps[i].as_ref().filter(|s| s.dated) {
            // The numbered lines next to it, across blank lines, are dates too.
            let before = (0..i).rev().find(|&j| !blank(j));
            let after = (i + 1..lines.len()).find(|&j| !blank(j));
            // A line that is not a bullet joins a paragraph right above it.
            let opens_a_block = step.bullet
                || i == 0
                || blank(i - 1)
                || lines[i - 1].trim_start().starts_with('#')
                || steps[i - 1].as_ref().is_some_and(|s| s.dated);
            if opens_a_block && a_date_or_no_step(before) && a_date_or_no_step(after) {
                dots.push(at + step.dot);
            }
        }
        at += line.len();
    }
    if dots.is_empty() {
        return Cow::Borrowed(source);
    }
    let mut out = String::with_capacity(source.len() + dots.len());
    let mut from = 0;
    for dot in dots {
        out.push_str(&source[from..dot]);
        out.push('\\');
        from = dot;
    }
    out.push_str(&source[from..]);
    Cow::Owned(out)
}

/// Parses `source`, whose first line is line `first + 1` of the document; `tasklists`: whether a
/// ```` ```[tasklist] ```` fence is read as the task list GitHub shows (not inside another).
fn read_at(
    source: &str,
    first: usize,
    tasklists: bool,
    max_units: usize,
) -> (Vec<Block>, Option<usize>) {
    let options =
        Options::ENABLE_TASKLISTS | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES;
    // Ballot boxes drawn as characters are task lists; the lines keep their numbers.
    let untabbed = super::tables::untab_delimiter_rows(source);
    let bulleted = boxes::glyph_bullets(&untabbed);
    let boxed = boxes::as_task_lists(&bulleted);
    let dated = days_with_a_dot(&boxed);
    let written = source;
    let source: &str = &dated;
    let mut reader = Reader {
        source,
        lines: LineIndex::new(source),
        events: Parser::new_ext(source, options)
            .into_offset_iter()
            .peekable(),
        task_marker: None,
        last_struck: false,
        last_aside: false,
        last_live: None,
        last_links_only: false,
        last_labels: Vec::new(),
        last_lazy: Vec::new(),
        last_lead: String::new(),
        in_paragraph: false,
        depth: 0,
        first,
        tasklists,
        units: 0,
        max_units,
        cut: None,
        pushed_under: None,
    };
    let blocks = reader.blocks();
    // Where the reader stopped, in the source as written: the start of the same line.
    let cut = reader.cut.map(|at| {
        if written.len() == source.len() {
            return at;
        }
        let line = source[..at.min(source.len())].matches('\n').count();
        written
            .match_indices('\n')
            .nth(line.wrapping_sub(1))
            .map_or(0, |(i, _)| i + 1)
            .min(written.len())
    });
    (blocks, cut)
}

/// Whether Markdown text holds a task-list item (`- [ ] …`, `* [x] …`).
fn holds_a_checklist(text: &str) -> bool {
    text.lines().any(|line| {
        let t = line.trim_start();
        ["- [", "* [", "+ ["].iter().any(|b| {
            t.strip_prefix(b)
                .is_some_and(|r| r.starts_with([' ', 'x', 'X']) && r[1..].starts_with("] "))
        })
    })
}

/// Whether an indented code block is a checklist: every line a bullet or a numbered step, and
/// two or more of them boxes.
fn indented_checklist(code: &str) -> bool {
    let mut boxes = 0;
    let all_bullets = code.lines().filter(|l| !l.trim().is_empty()).all(|line| {
        boxes += usize::from(holds_a_checklist(line));
        quotes_a_list(line)
    });
    all_bullets && boxes >= 2
}

/// Maps byte offsets to 1-based line numbers.
struct LineIndex(Vec<usize>);

impl LineIndex {
    fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex(starts)
    }

    fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&start| start <= offset)
    }
}

type Events<'a> =
    Peekable<pulldown_cmark::OffsetIter<'a, pulldown_cmark::DefaultBrokenLinkCallback>>;

struct Reader<'a> {
    source: &'a str,
    lines: LineIndex,
    events: Events<'a>,
    /// A task marker met inside a paragraph (loose lists put it there), for its list item.
    task_marker: Option<bool>,
    /// Whether the text `inline` read last was struck through as a whole.
    last_struck: bool,
    last_aside: bool,
    /// The text `inline` read last outside strikes, when part of it was struck.
    last_live: Option<String>,
    /// Whether the text `inline` read last was only links and code.
    last_links_only: bool,
    /// Whether each line `inline` read last opened in bold.
    last_labels: Vec<bool>,
    /// Which lines of the last inline text were lazy, and its bold lead (see [`Inline`]).
    last_lazy: Vec<bool>,
    last_lead: String,
    /// Whether `inline` reads a paragraph (not a heading or a list item's text).
    in_paragraph: bool,
    /// How many lists the reader is inside.
    depth: usize,
    /// Lines before the source read (a fence's content is read on its own).
    first: usize,
    tasklists: bool,
    /// Headings, list items and table rows read, and how many to read before stopping.
    units: usize,
    max_units: usize,
    /// Where the reader stopped, having read `max_units`.
    cut: Option<usize>,
    /// The level of the headings pushed right by spaces that are read one deeper.
    pushed_under: Option<u8>,
}

/// Plain text gathered from inline events.
#[derive(Default)]
struct Inline {
    lines: Vec<String>,
    /// Whether each line opened in bold, and whether the current one did.
    labels: Vec<bool>,
    current_label: Option<bool>,
    /// Whether each line starts at the left margin after a line break (a "lazy" line), and
    /// whether the current one does.
    lazy: Vec<bool>,
    current_lazy: bool,
    /// The bold text that opens the first line ("**Sysadmin** Create the branch"), while no
    /// plain text has come.
    lead: String,
    lead_closed: bool,
    lead_followed: bool,
    current: String,
    /// Characters of non-space text seen outside and inside bold markup.
    plain_chars: usize,
    bold_chars: usize,
}

impl Inline {
    /// Writes the addresses of links held to the end of the line, after its words.
    fn hold_addresses(&mut self, held: &mut Vec<String>) {
        for url in held.drain(..) {
            self.push(&format!(" ({url})"), false);
        }
    }

    fn push(&mut self, text: &str, bold: bool) {
        let count = text.chars().filter(|c| !c.is_whitespace()).count();
        if count > 0 && self.current_label.is_none() {
            self.current_label = Some(bold);
        }
        if bold {
            self.bold_chars += count;
        } else {
            self.plain_chars += count;
        }
        if !self.lead_closed && self.lines.is_empty() {
            if bold {
                self.lead.push_str(text);
            } else if count > 0 {
                // Plain text after the bold: the bold was a lead (none when nothing was bold).
                self.lead_closed = true;
                self.lead_followed = true;
            }
        }
        self.current.push_str(text);
    }

    fn break_line(&mut self) {
        self.lead_closed = true;
        let line = std::mem::take(&mut self.current);
        self.lines.push(line.trim().to_string());
        self.labels.push(self.current_label.take().unwrap_or(false));
        self.lazy.push(std::mem::take(&mut self.current_lazy));
    }

    /// The lines, whether all their text is bold, whether each line opened in bold, and
    /// whether each is lazy.
    fn finish(mut self) -> (Vec<String>, bool, Vec<bool>, Vec<bool>) {
        self.break_line();
        let (mut lines, mut labels, mut lazy) = (Vec::new(), Vec::new(), Vec::new());
        for ((line, label), is_lazy) in self.lines.into_iter().zip(self.labels).zip(self.lazy) {
            if !line.is_empty() {
                lines.push(line);
                labels.push(label);
                lazy.push(is_lazy);
            }
        }
        (
            lines,
            self.bold_chars > 0 && self.plain_chars == 0,
            labels,
            lazy,
        )
    }
}

impl<'a> Reader<'a> {
    /// Reads blocks until the end of input or an `End` event that closes the caller's tag.
    fn blocks(&mut self) -> Vec<Block> {
        let mut out = Vec::new();
        while let Some((event, range)) = self.events.peek().cloned() {
            if self.cut.is_some() {
                break;
            }
            match event {
                Event::End(_) => break,
                Event::Start(Tag::Heading { level, .. }) => {
                    if self.count(range.start) {
                        break;
                    }
                    if let Some(fields) = self.record_at(range.clone()) {
                        self.skip_block();
                        out.push(Block::Record {
                            fields,
                            line: self.line(range.start),
                        });
                        continue;
                    }
                    // "###     前置" right under "### 3/16": a heading pushed right by spaces
                    // (three or more; two are often a slip) right after one of its level that
                    // is not, as a pad shows a sub-heading, is one deeper; so are the pushed
                    // ones after it ("###     活動中"). ("## Marketing" over its tasks, then
                    // "##    Engineering": sections written unevenly.)
                    let written = self.source.get(range.clone()).unwrap_or_default();
                    let pushed = written
                        .trim_start()
                        .trim_start_matches('#')
                        .starts_with("   ");
                    let mut level = level as u8;
                    let under =
                        matches!(out.last(), Some(Block::Heading { level: l, .. }) if *l == level);
                    if !pushed {
                        self.pushed_under = None;
                    } else if level < 6 && (under || self.pushed_under == Some(level)) {
                        self.pushed_under = Some(level);
                        level += 1;
                    }
                    self.events.next();
                    let (lines, bold) = self.inline();
                    // "Die Vorsitzende schlägt vor, das Fest … zu eröffnen.\nBeschlussfassung:"
                    // right over "---": Markdown's heading underlined, but prose over a dashed
                    // rule to the one who wrote it (the parts of a record set apart by rules).
                    // Only prose (see `setext_over_prose`).
                    if level == 2 && setext_over_prose(written, &lines) {
                        let bold_labels = std::mem::take(&mut self.last_labels);
                        out.push(Block::Paragraph {
                            lines,
                            bold,
                            line: self.line(range.start),
                            bold_labels,
                            live: None,
                        });
                        out.push(Block::Rule);
                        continue;
                    }
                    out.push(Block::Heading {
                        level,
                        text: pandoc::without_attributes(&lines.join(" ")).to_string(),
                        line: self.line(range.start),
                    });
                }
                Event::Start(Tag::Paragraph) => {
                    self.events.next();
                    self.in_paragraph = true;
                    let (mut lines, bold) = self.inline();
                    self.in_paragraph = false;
                    let mut bold_labels = std::mem::take(&mut self.last_labels);
                    // Pandoc's div fences (`::: {}`) around the text: markup.
                    if lines.iter().any(|l| pandoc::is_div_fence(l)) {
                        let keep: Vec<bool> =
                            lines.iter().map(|l| !pandoc::is_div_fence(l)).collect();
                        let mut k = keep.iter();
                        lines.retain(|_| *k.next().unwrap_or(&true));
                        let mut k = keep.iter();
                        bold_labels.retain(|_| *k.next().unwrap_or(&true));
                    }
                    let live = self.last_live.take().filter(|_| lines.len() == 1);
                    if !lines.is_empty() {
                        out.push(Block::Paragraph {
                            lines,
                            bold,
                            line: self.line(range.start),
                            bold_labels,
                            live,
                        });
                    }
                }
                Event::Start(Tag::List(start)) => {
                    self.events.next();
                    let mut items = self.list_items();
                    for item in &mut items {
                        item.numbered = start.is_some();
                    }
                    // An entry in italics is an aside only among entries that open in bold
                    // (a timeline's "**Nov 15, 2028** Save-the-date post"); elsewhere italics
                    // are a task's emphasis.
                    if items.iter().filter(|i| i.titled && !i.aside).count() < 2 {
                        for item in &mut items {
                            item.aside = false;
                        }
                    }
                    out.push(Block::List { items });
                }
                Event::Rule => {
                    self.events.next();
                    match pandoc::simple_table(self.source, range.start) {
                        Some(table) => self.pandoc_table(table, &mut out),
                        None => out.push(Block::Rule),
                    }
                }
                Event::Start(Tag::Table(_)) => {
                    self.events.next();
                    let (head, mut rows) = self.table();
                    let Block::Other { mut source, line } = self.other(range) else {
                        continue;
                    };
                    // Lines glued under the table without a `|` are a paragraph after it (and
                    // not part of the table as written).
                    let glued: Vec<TableRow> = rows.iter().filter(|r| !r.piped).cloned().collect();
                    rows.retain(|r| r.piped);
                    if let Some(first) = glued.first() {
                        let keep = first.line.saturating_sub(line);
                        source = source.lines().take(keep).collect::<Vec<_>>().join("\n");
                    }
                    out.push(Block::Table {
                        head,
                        rows,
                        source,
                        line,
                    });
                    if let Some(first) = glued.first() {
                        let lines: Vec<String> = glued.iter().map(|r| r.cells.join(" ")).collect();
                        out.push(Block::Paragraph {
                            bold_labels: vec![false; lines.len()],
                            lines,
                            bold: false,
                            line: first.line,
                            live: None,
                        });
                    }
                }
                // GitHub's task-list fence: its content is a checklist.
                Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))
                    if self.tasklists
                        && info
                            .trim_start()
                            .to_ascii_lowercase()
                            .starts_with("[tasklist]") =>
                {
                    self.events.next();
                    let content = self.fence_text();
                    let line = self.line(range.start);
                    out.extend(read_at(&content, line, false, usize::MAX).0);
                }
                // A plan written inside a ```` ```markdown ```` fence (a notes tool's export, an
                // answer pasted from a chat) when it holds a checklist: its content is read.
                Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))
                    if self.tasklists
                        && matches!(
                            info.split_whitespace()
                                .next()
                                .map(str::to_ascii_lowercase)
                                .as_deref(),
                            Some("markdown" | "md" | "gfm")
                        ) =>
                {
                    self.events.next();
                    let content = self.fence_text();
                    let line = self.line(range.start);
                    // "Copy this template into every release PR:" over the fence: an example
                    // to copy, kept as written; so is a prompt to hand to an assistant under
                    // its heading ("##### AI task prompt", Chinese "AI 任务提示词").
                    // (A heading that names the fence, as its last word: not "## Prompt tuning
                    // tasks", "## Update the example apps" nor "## Sample collection". The
                    // export writes such a heading in a group as a line of text.)
                    let names_the_fence = |text: &str| {
                        let l = text.trim().trim_end_matches([':', '：']).to_lowercase();
                        [
                            "prompt",
                            "template",
                            "提示词",
                            "模板",
                            "テンプレート",
                            "プロンプト",
                            "템플릿",
                            "프롬프트",
                        ]
                        .iter()
                        .any(|w| l.ends_with(w))
                    };
                    let example = match out.last() {
                        Some(Block::Paragraph { lines, .. }) => lines.last().is_some_and(|l| {
                            let lower = l.to_lowercase();
                            ["template", "example", "copy", "paste", "sample"]
                                .iter()
                                .any(|w| lower.contains(w))
                                || names_the_fence(l)
                        }),
                        Some(Block::Heading { text, .. }) => names_the_fence(text),
                        _ => false,
                    };
                    if !example && holds_a_checklist(&boxes::as_task_lists(&content)) {
                        out.extend(read_at(&content, line, false, usize::MAX).0);
                    } else {
                        out.push(self.other(range));
                    }
                }
                // A checklist indented four spaces (pasted from a pad or a wiki, every line a
                // bullet, two or more of them boxes): Markdown shows code, its writer wrote a
                // checklist, and it is read as one.
                // (Right under a heading: after a line of text it is as often an example, "paste
                // this checklist into it:".)
                Event::Start(Tag::CodeBlock(CodeBlockKind::Indented))
                    if self.tasklists
                        && matches!(out.last(), Some(Block::Heading { .. }))
                        && indented_checklist(
                            self.source.get(range.clone()).unwrap_or_default(),
                        ) =>
                {
                    self.events.next();
                    let content = self.fence_text();
                    let line = self.line(range.start);
                    out.extend(read_at(&content, line, false, usize::MAX).0);
                }
                Event::Start(Tag::HtmlBlock) => {
                    self.skip_block();
                    let other = self.other(range);
                    let read = match &other {
                        Block::Other { source, line } if html::has_structure(source) => {
                            html::read(source, *line)
                        }
                        _ => None,
                    };
                    match read {
                        Some(blocks) => out.extend(blocks),
                        None => out.push(other),
                    }
                }
                Event::Start(_) => {
                    self.skip_block();
                    out.push(self.other(range));
                }
                // Text at block level: inline HTML or text outside any paragraph.
                _ => {
                    self.events.next();
                    out.push(self.other(range));
                }
            }
        }
        out
    }

    /// The fields of a setext heading at `range` whose every line (two or more, the underline
    /// aside) is `key: value`; None for any other heading.
    fn record_at(&self, range: Range<usize>) -> Option<Vec<super::front_matter::Entry>> {
        let source = self.source.get(range.clone())?;
        let mut lines: Vec<&str> = source.lines().collect();
        let underline = lines.pop()?.trim();
        if underline.len() < 3 || !underline.chars().all(|c| c == '-') || lines.len() < 2 {
            return None;
        }
        let first = self.line(range.start);
        lines
            .iter()
            .enumerate()
            .map(|(i, line)| {
                let (key, _) = line.split_once(':')?;
                let key_like = !key.trim().is_empty()
                    && !line.starts_with(char::is_whitespace)
                    && key
                        .trim()
                        .chars()
                        .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | ' '));
                key_like
                    .then(|| super::front_matter::entry(line, false, first + i))
                    .flatten()
            })
            .collect()
    }

    /// Reads a table whose `Start(Table)` was consumed, through its `End(Table)`: the header's
    /// cells and each row's.
    fn table(&mut self) -> (Vec<String>, Vec<TableRow>) {
        let (mut head, mut rows) = (Vec::new(), Vec::new());
        let mut row = TableRow::default();
        let mut cell = String::new();
        // The parts of the cell before each `<br>`, and where the part after the last begins.
        let mut parts: Vec<String> = Vec::new();
        let mut part_start = 0;
        // Strikethrough open, and whether the cell has letters inside and outside it.
        let (mut strike, mut struck, mut plain) = (0usize, false, false);
        while let Some((event, range)) = self.events.next() {
            match event {
                Event::Start(Tag::TableRow) if self.count(range.start) => break,
                Event::Start(Tag::TableHead | Tag::TableRow) => {
                    row = TableRow {
                        cells: Vec::new(),
                        line: self.first + self.lines.line(range.start),
                        piped: self.source.get(range).is_none_or(|row| row.contains('|')),
                        breaks: Vec::new(),
                        struck: Vec::new(),
                    };
                }
                Event::Start(Tag::TableCell) => {
                    cell.clear();
                    parts.clear();
                    part_start = 0;
                    (strike, struck, plain) = (0, false, false);
                }
                Event::Start(Tag::Strikethrough) => strike += 1,
                Event::End(TagEnd::Strikethrough) => strike = strike.saturating_sub(1),
                Event::End(TagEnd::TableCell) => {
                    row.cells.push(cell.trim().to_string());
                    if struck && !plain {
                        row.struck.resize(row.cells.len() - 1, false);
                        row.struck.push(true);
                    }
                    // (Only a cell with a break costs anything: most rows have none.)
                    if !parts.is_empty() {
                        parts.push(cell[part_start..].trim().to_string());
                        row.breaks.resize(row.cells.len() - 1, Vec::new());
                        row.breaks.push(std::mem::take(&mut parts));
                    }
                }
                Event::InlineHtml(html) if is_line_break(&html) => {
                    parts.push(cell[part_start..].trim().to_string());
                    cell.push(' ');
                    part_start = cell.len();
                }
                Event::End(TagEnd::TableHead) => head = std::mem::take(&mut row.cells),
                Event::End(TagEnd::TableRow) => rows.push(std::mem::take(&mut row)),
                Event::End(TagEnd::Table) => break,
                Event::Text(text) | Event::Code(text) => {
                    // (Only while a cell has no letters on the side this text is: most cells
                    // are read once.)
                    let side = if strike > 0 { &mut struck } else { &mut plain };
                    if !*side {
                        *side = text.chars().any(char::is_alphanumeric);
                    }
                    cell.push_str(&text);
                }
                // `<br>` and other inline HTML in a cell: a separator.
                Event::InlineHtml(_) | Event::SoftBreak | Event::HardBreak => cell.push(' '),
                _ => {}
            }
        }
        (head, rows)
    }

    /// Reads a pandoc simple table (see [`pandoc`]) whose dash line was just consumed: its
    /// header line, read as a paragraph, is taken back from `out`, the events of its rows are
    /// skipped, and the table is read as the pipe table it is, its source kept as written.
    fn pandoc_table(&mut self, table: pandoc::SimpleTable, out: &mut Vec<Block>) {
        let header_line = self.line(table.start);
        if table.headed {
            if let Some(Block::Paragraph {
                lines,
                line,
                bold_labels,
                ..
            }) = out.last_mut()
            {
                if *line + lines.len() == header_line + 1 {
                    lines.pop();
                    bold_labels.pop();
                    if lines.is_empty() {
                        out.pop();
                    }
                }
            }
        }
        while self
            .events
            .peek()
            .is_some_and(|(_, range)| range.start < table.end)
        {
            match self.events.peek() {
                Some((Event::Start(_), _)) => self.skip_block(),
                _ => {
                    self.events.next();
                }
            }
        }
        // The pipe table's rows fall on the lines of the rows as written: a table without a
        // header has its (empty) header row on the line before its dash line.
        let first = if table.headed {
            header_line - 1
        } else {
            header_line.saturating_sub(2)
        };
        for _ in 2..table.pipes.lines().count() {
            if self.count(table.start) {
                return;
            }
        }
        for mut block in read_at(&table.pipes, first, false, usize::MAX).0 {
            if let Block::Table { source, .. } = &mut block {
                *source = self.source[table.start..table.end].trim().to_string();
            }
            out.push(block);
        }
    }

    /// The text of a fenced block whose `Start` was consumed, through its `End`.
    fn fence_text(&mut self) -> String {
        let mut content = String::new();
        for (event, _) in self.events.by_ref() {
            match event {
                Event::Text(text) => content.push_str(&text),
                Event::End(_) => break,
                _ => {}
            }
        }
        content
    }

    /// Counts one unit read at byte `offset`; true (and the place noted) once there are more
    /// than the reader may read.
    fn count(&mut self, offset: usize) -> bool {
        self.units += 1;
        if self.units > self.max_units && self.cut.is_none() {
            self.cut = Some(offset);
        }
        self.cut.is_some()
    }

    /// The document's line of a byte offset in the source read.
    fn line(&self, offset: usize) -> usize {
        self.first + self.lines.line(offset)
    }

    fn other(&self, range: Range<usize>) -> Block {
        let source = self
            .source
            .get(range.clone())
            .unwrap_or_default()
            .trim()
            .to_string();
        Block::Other {
            source,
            line: self.line(range.start),
        }
    }

    /// Consumes a whole block whose `Start` is next, nested blocks included.
    fn skip_block(&mut self) {
        let mut depth = 0usize;
        for (event, _) in self.events.by_ref() {
            match event {
                Event::Start(_) => depth += 1,
                Event::End(_) => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return;
                    }
                }
                _ => {}
            }
        }
    }

    /// Reads inline events up to the end of the enclosing block (heading, paragraph or a tight
    /// list item's text); consumes the closing `End` except for a list item's.
    fn inline(&mut self) -> (Vec<String>, bool) {
        let mut text = Inline::default();
        let mut bold = 0usize;
        // Bold opened by a `<b>` or `<strong>` tag.
        let mut html_bold = 0usize;
        let mut links: Vec<String> = Vec::new();
        // Letters read inside and outside `~~…~~`, for `last_struck`.
        let (mut strike, mut struck, mut plain) = (0usize, 0usize, 0usize);
        // Letters read in emphasis (not bold) and outside it, for `last_aside`.
        let (mut emphasis, mut emphasised, mut upright) = (0usize, 0usize, 0usize);
        let mut live = String::new();
        // Letters inside links, and outside both links and code.
        let (mut linked, mut loose) = (0usize, 0usize);
        // Addresses held to the end of the line (see `End(Link)`).
        let mut held: Vec<String> = Vec::new();
        while let Some((event, range)) = self.events.peek().cloned() {
            match event {
                Event::End(TagEnd::Item) => break,
                Event::Start(
                    Tag::List(_)
                    | Tag::Paragraph
                    | Tag::BlockQuote(_)
                    | Tag::CodeBlock(_)
                    | Tag::Table(_)
                    | Tag::HtmlBlock,
                ) => break,
                _ => {}
            }
            self.events.next();
            let loose_text = matches!(event, Event::Text(_));
            let is_code = matches!(event, Event::Code(_));
            match event {
                Event::End(TagEnd::Heading(_) | TagEnd::Paragraph) => break,
                Event::Start(Tag::Emphasis) => emphasis += 1,
                Event::End(TagEnd::Emphasis) => emphasis = emphasis.saturating_sub(1),
                Event::Start(Tag::Strikethrough) => strike += 1,
                Event::End(TagEnd::Strikethrough) => strike = strike.saturating_sub(1),
                // "<del>Announce it.</del>", `<s>`, `<strike>`: struck through as `~~…~~` is
                // (the tags are not the item's text).
                Event::InlineHtml(ref tag) if strike_tag(tag).is_some() => {
                    if strike_tag(tag) == Some(true) {
                        strike += 1;
                    } else {
                        strike = strike.saturating_sub(1);
                    }
                }
                // "<b>Target for the beta: September 26th.</b>", `<strong>`: bold as `**…**` is
                // (the tags are not the text), when the line closes what it opens ("Replace
                // <b> with <strong>" keeps its words).
                Event::InlineHtml(ref tag)
                    if bold_tag(tag) == Some(true) && self.closed_on_line(range.end, tag) =>
                {
                    bold += 1;
                    html_bold += 1;
                }
                Event::InlineHtml(ref tag) if bold_tag(tag) == Some(false) && html_bold > 0 => {
                    bold = bold.saturating_sub(1);
                    html_bold -= 1;
                }
                Event::Start(Tag::Strong) => {
                    // "Week 1 begins Monday 4 January 2027. **Release date:** Tuesday 16
                    // February": a bold label after the end of a sentence opens a line of the
                    // paragraph, read as the line it would be on its own.
                    let before = text.current.trim_end();
                    let after_sentence =
                        before.chars().count() > 1 && before.ends_with(['.', '!', '?']);
                    // A label of one of the plan's facts ("Release date:", "Launch:"), not any
                    // ("**Action:** Ana sends the deck" stays in its sentence's paragraph).
                    let label = || {
                        self.source.get(range.clone()).is_some_and(|s| {
                            s.trim_matches(['*', '_'])
                                .trim_end()
                                .strip_suffix(':')
                                .is_some_and(|key| super::Fact::named(key).is_some())
                        })
                    };
                    if self.in_paragraph && bold == 0 && after_sentence && label() {
                        text.hold_addresses(&mut held);
                        text.break_line();
                    }
                    bold += 1;
                }
                Event::End(TagEnd::Strong) => bold = bold.saturating_sub(1),
                Event::Start(Tag::Link { dest_url, .. }) => links.push(dest_url.to_string()),
                Event::End(TagEnd::Link) => {
                    if let Some(url) = links.pop() {
                        // "[会場の利用申請フォーム](…)を出す": in a script written without spaces,
                        // a link glued to the words after it keeps its address for the end of
                        // the line, so that the sentence reads whole ("会場の利用申請フォームを
                        // 出す (…)").
                        let glued = self
                            .source
                            .get(range.end..)
                            .and_then(|rest| rest.chars().next())
                            .is_some_and(|c| c.is_alphanumeric() && !c.is_ascii());
                        let written = url.is_empty() || text.current.ends_with(url.as_str());
                        if !written && glued {
                            held.push(url);
                        } else if !written {
                            text.push(&format!(" ({url})"), bold > 0);
                        }
                    }
                }
                Event::Text(t)
                | Event::Code(t)
                | Event::InlineHtml(t)
                | Event::Html(t)
                | Event::InlineMath(t)
                | Event::DisplayMath(t) => {
                    // "Cut `v2.4` from `main`": a code span keeps its backticks, as written (the
                    // export writes it back the same).
                    let written = if is_code {
                        let fence = if t.contains('`') { "`` " } else { "`" };
                        let closing: String = fence.chars().rev().collect();
                        format!("{fence}{t}{closing}").into()
                    } else {
                        t
                    };
                    let letters = written.chars().filter(|c| c.is_alphanumeric()).count();
                    if strike > 0 {
                        struck += letters;
                    } else {
                        // "~~Kick off the RC~~ (https://…/issues/2291)": an address after the
                        // struck words is where to read about them, not words left standing.
                        plain += letters - address_letters(&written);
                        live.push_str(&written);
                    }
                    if emphasis > 0 && bold == 0 {
                        emphasised += letters;
                    } else {
                        upright += letters;
                    }
                    if !links.is_empty() {
                        linked += letters;
                    } else if loose_text {
                        loose += letters;
                    }
                    text.push(&written, bold > 0)
                }
                Event::FootnoteReference(name) => text.push(&format!("[^{name}]"), bold > 0),
                Event::SoftBreak | Event::HardBreak => {
                    text.hold_addresses(&mut held);
                    text.break_line();
                    text.current_lazy = self
                        .source
                        .get(range.end..)
                        .and_then(|rest| rest.chars().next())
                        .is_some_and(|c| !c.is_whitespace());
                }
                Event::TaskListMarker(done) => self.task_marker = Some(done),
                _ => {}
            }
        }
        text.hold_addresses(&mut held);
        self.last_struck = struck > 0 && plain == 0;
        self.last_aside = emphasised > 0 && upright == 0;
        self.last_links_only = linked > 0 && loose == 0;
        self.last_live = (struck > 0 && plain > 0)
            .then(|| live.split_whitespace().collect::<Vec<_>>().join(" "));
        // A lead only when plain text follows it on its line.
        self.last_lead = if text.lead_followed {
            text.lead.trim().to_string()
        } else {
            String::new()
        };
        let (lines, bold, labels, lazy) = text.finish();
        self.last_labels = labels;
        self.last_lazy = lazy;
        (lines, bold)
    }

    /// Whether the rest of the source line from `at` closes the inline tag `tag` ("<b>" by
    /// "</b>", any case).
    fn closed_on_line(&self, at: usize, tag: &str) -> bool {
        let name = tag
            .trim()
            .trim_start_matches('<')
            .split(|c: char| c == '>' || c.is_whitespace())
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let rest = self.source.get(at..).unwrap_or_default();
        let line = rest
            .split('\n')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        line.contains(&format!("</{name}>"))
    }

    /// Reads the items of a list whose `Start(List)` was consumed, and its `End(List)`.
    fn list_items(&mut self) -> Vec<ListItem> {
        let mut items = Vec::new();
        while let Some((event, range)) = self.events.next() {
            match event {
                Event::Start(Tag::Item) if self.count(range.start) => break,
                Event::Start(Tag::Item) => items.push(self.list_item(range)),
                Event::End(TagEnd::List(_)) => break,
                _ => {}
            }
        }
        items
    }

    /// Reads one item whose `Start(Item)` was consumed, through its `End(Item)`.
    fn list_item(&mut self, range: Range<usize>) -> ListItem {
        let mut item = ListItem {
            line: self.line(range.start),
            placeholder: self
                .source
                .get(range.clone())
                .and_then(|written| written.lines().next())
                .is_some_and(written_placeholder),
            ..ListItem::default()
        };
        let mut have_text = false;
        while let Some((event, range)) = self.events.peek().cloned() {
            if self.cut.is_some() {
                break;
            }
            match event {
                Event::End(TagEnd::Item) => {
                    self.events.next();
                    break;
                }
                Event::TaskListMarker(done) => {
                    self.events.next();
                    item.task = Some(done);
                }
                Event::Start(Tag::List(_)) if self.depth >= MAX_LIST_DEPTH => {
                    self.skip_block();
                    if let Block::Other { source, .. } = self.other(range) {
                        item.extra.push(source);
                    }
                }
                Event::Start(Tag::List(start)) => {
                    self.events.next();
                    self.depth += 1;
                    let from = item.children.len();
                    item.children.extend(self.list_items());
                    for child in &mut item.children[from..] {
                        child.numbered = start.is_some();
                    }
                    self.depth -= 1;
                }
                // "* D - 2 měsíce" over "  > * Oslovit mentory": a list quoted under an item's
                // text is its list (the quote only sets it off).
                Event::Start(Tag::BlockQuote(_))
                    if have_text
                        && self.depth < MAX_LIST_DEPTH
                        && quotes_a_list(self.source.get(range.clone()).unwrap_or_default()) =>
                {
                    self.events.next();
                    self.depth += 1;
                    self.quoted_list(&mut item);
                    self.depth -= 1;
                }
                Event::Start(Tag::Paragraph) => {
                    self.events.next();
                    let (lines, bold) = self.inline();
                    let first = !have_text;
                    self.take_text(&mut item, &mut have_text, lines);
                    if first && have_text {
                        item.titled = bold || !item.lead.is_empty();
                    }
                }
                Event::Start(
                    Tag::Heading { .. }
                    | Tag::BlockQuote(_)
                    | Tag::CodeBlock(_)
                    | Tag::Table(_)
                    | Tag::HtmlBlock,
                ) => {
                    self.skip_block();
                    if let Block::Other { source, .. } = self.other(range) {
                        item.extra.push(source);
                    }
                }
                Event::Rule => {
                    self.events.next();
                }
                _ => {
                    // A tight item's text comes without a paragraph around it.
                    let (lines, bold) = self.inline();
                    let first = !have_text;
                    self.take_text(&mut item, &mut have_text, lines);
                    if first && have_text {
                        item.titled = bold || !item.lead.is_empty();
                    }
                }
            }
        }
        item
    }

    /// Reads a quote whose `Start` was consumed, through its `End`, into `item`: its lists'
    /// items as the item's children, the rest (a paragraph, a quote in it) as the item's notes.
    fn quoted_list(&mut self, item: &mut ListItem) {
        while let Some((event, range)) = self.events.peek().cloned() {
            if self.cut.is_some() {
                return;
            }
            match event {
                Event::End(TagEnd::BlockQuote(_)) => {
                    self.events.next();
                    return;
                }
                Event::Start(Tag::List(_)) if self.depth < MAX_LIST_DEPTH => {
                    self.events.next();
                    self.depth += 1;
                    item.children.extend(self.list_items());
                    self.depth -= 1;
                }
                Event::Start(Tag::Paragraph) => {
                    self.events.next();
                    let (lines, _) = self.inline();
                    if !lines.is_empty() {
                        item.extra.push(lines.join(" "));
                    }
                }
                Event::Start(_) => {
                    self.skip_block();
                    if let Block::Other { source, .. } = self.other(range) {
                        item.extra.push(source);
                    }
                }
                _ => {
                    self.events.next();
                }
            }
        }
    }

    fn take_text(&mut self, item: &mut ListItem, have_text: &mut bool, lines: Vec<String>) {
        if let Some(done) = self.task_marker.take() {
            item.task = item.task.or(Some(done));
        }
        if lines.is_empty() {
            return;
        }
        if *have_text {
            // "If a new hire joins:" over "\- Create their account" (a note's own list, as the
            // export escapes it): the note keeps its lines.
            let listed = lines[1..].iter().any(|l| {
                let l = l.trim_start();
                l.starts_with("- ") || l.starts_with("* ") || l.starts_with("+ ")
            });
            item.extra.push(lines.join(if listed { "\n" } else { " " }));
        } else {
            // "- last step of this week" then, at the left margin, "17 May - May 21: cut the
            // branch": Markdown reads the label as more of the item; its writer began the next
            // period.
            // ("    * Decide on the store" then "Speed-up tasks:" at the left margin over the
            // next bullets: a label of what follows, under a nested bullet too.)
            let mut lines = lines;
            let depth = self.depth;
            let glued_at = (1..lines.len()).find(|&k| {
                self.last_lazy.get(k) == Some(&true)
                    && (depth == 0 && is_period_label(&lines[k])
                        || depth > 0 && is_list_label(&lines[k]))
            });
            if let Some(k) = glued_at {
                let labels = self.last_labels.split_off(k.min(self.last_labels.len()));
                let glued = lines.split_off(k);
                item.glued = glued
                    .into_iter()
                    .zip(labels.into_iter().chain(std::iter::repeat(false)))
                    .collect();
            }
            // "- [ ] Build a feedback form" with "Target: 12 families" on the next line: a
            // field of the item, kept as its note, not more of its text.
            if let Some(k) = (1..lines.len()).find(|&k| is_field_line(&lines[k])) {
                item.extra.extend(lines.split_off(k));
            }
            item.text = lines.join(" ");
            item.lead = std::mem::take(&mut self.last_lead);
            item.struck = self.last_struck;
            item.aside = self.last_aside;
            item.live = self.last_live.take();
            item.links_only = self.last_links_only;
            *have_text = true;
        }
    }
}

/// Whether a list item's first line, as written, is only placeholders in brackets after its
/// marker and box ("- [ ] [日付]: [やること]", "* [First thing]"), none escaped.
fn written_placeholder(line: &str) -> bool {
    let rest = line.trim_start();
    let rest = rest
        .strip_prefix(['-', '*', '+'])
        .or_else(|| {
            let digits = rest.trim_start_matches(|c: char| c.is_ascii_digit());
            (digits.len() < rest.len())
                .then(|| digits.strip_prefix(['.', ')']))
                .flatten()
        })
        .unwrap_or(rest)
        .trim_start();
    let rest = ["[ ]", "[x]", "[X]"]
        .iter()
        .find_map(|b| rest.strip_prefix(b))
        .unwrap_or(rest);
    !rest.contains('\\') && super::only_placeholders(rest)
}

/// Whether a quote opens with a list: its first line, its `>` marks aside, is a bullet or a
/// numbered step ("> * Oslovit mentory", ">   1. Book the room").
fn quotes_a_list(quote: &str) -> bool {
    let first = quote
        .lines()
        .map(|l| l.trim_start_matches(|c: char| c == '>' || c.is_whitespace()))
        .find(|l| !l.is_empty())
        .unwrap_or_default();
    let numbered = first.trim_start_matches(|c: char| c.is_ascii_digit());
    ["* ", "- ", "+ "].iter().any(|m| first.starts_with(m))
        || numbered.len() < first.len()
            && (numbered.starts_with(". ") || numbered.starts_with(") "))
}

/// Whether a line is a field, "Target: 12 families installed": a capitalised label of one to
/// three words, a colon and a value (not a time of day, "7:00 AM: doors open").
fn is_field_line(line: &str) -> bool {
    line.split_once(':').is_some_and(|(label, value)| {
        let words = label.split_whitespace().count();
        (1..=3).contains(&words)
            && label.chars().next().is_some_and(char::is_uppercase)
            && label
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
            && !value.trim().is_empty()
    })
}

/// Whether a line starts with a date and a colon: "17 May - May 21: cut the branch",
/// "Mar 3: code freeze".
fn is_period_label(line: &str) -> bool {
    let any_year = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    crate::plan::dates::find_date(line, any_year)
        .and_then(Result::ok)
        .is_some_and(|phrase| {
            line[..phrase.span.start].trim().is_empty()
                && line[phrase.span.end..].trim_start().starts_with(':')
        })
}

/// Whether a line is a label over a list: a capitalised name of one to four words, no digits,
/// ending with a colon ("Speed-up tasks:", "Later:").
fn is_list_label(line: &str) -> bool {
    line.trim().strip_suffix(':').is_some_and(|name| {
        (1..=4).contains(&name.split_whitespace().count())
            && name.chars().next().is_some_and(char::is_uppercase)
            && !name.contains(':')
            && !name.chars().any(|c| c.is_ascii_digit())
    })
}

/// Whether inline HTML is a line break (`<br>`, `<br/>`, `<br />`, any case).
fn is_line_break(html: &str) -> bool {
    let inner = html.trim().trim_start_matches('<').trim_end_matches('>');
    inner
        .trim_end_matches('/')
        .trim()
        .eq_ignore_ascii_case("br")
}

/// `Some(true)` for an inline tag that opens a strike (`<del>`, `<s>`, `<strike>`, any case,
/// attributes allowed), `Some(false)` for one that closes it.
fn strike_tag(tag: &str) -> Option<bool> {
    inline_tag(tag, &["del", "s", "strike"])
}

/// `Some(true)` for an inline tag that opens bold text (`<b>`, `<strong>`, any case, attributes
/// allowed), `Some(false)` for one that closes it.
fn bold_tag(tag: &str) -> Option<bool> {
    inline_tag(tag, &["b", "strong"])
}

/// `Some(true)` for an inline tag of one of `names` that opens, `Some(false)` for one that
/// closes.
fn inline_tag(tag: &str, names: &[&str]) -> Option<bool> {
    let inner = tag.trim().strip_prefix('<')?.strip_suffix('>')?;
    let (closing, name) = match inner.strip_prefix('/') {
        Some(name) => (true, name.trim()),
        None => (false, inner.split_whitespace().next()?),
    };
    names
        .iter()
        .any(|n| name.eq_ignore_ascii_case(n))
        .then_some(!closing)
}

/// The letters of a text's bare web addresses ("(https://example.org/issues/12)").
fn address_letters(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| {
            let w = w.trim_start_matches(['(', '<', '[']);
            w.starts_with("https://") || w.starts_with("http://")
        })
        .map(|w| w.chars().filter(|c| c.is_alphanumeric()).count())
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_read_first_holds_about_as_many_lines_as_may_be_units() {
        let rows = format!(
            "# P\n\n| Date | Task |\n|---|---|\n{}",
            "| 2027-03-01 | a |\n".repeat(100)
        );
        // Eight units and a quarter: ten lines that may be units, the delimiter row among them.
        let end = start_of(&rows, 8);
        assert_eq!(rows[..end].lines().count(), 12);
        assert_eq!(
            read_until(&rows[..end], 8)
                .1
                .map(|cut| rows[..cut].lines().count()),
            Some(11)
        );
        for items in ["- [ ] a\n", "12. a\n", "* b\n", "+\n", "## c\n", "#\n"] {
            assert_eq!(
                items.repeat(100)[..start_of(&items.repeat(100), 8)]
                    .lines()
                    .count(),
                11,
                "{items}"
            );
        }
        // Prose, numbers that are no list markers and rules: four lines for each unit at most.
        for prose in [
            "Some words\n",
            "2027-03-01 a day\n",
            "---\n",
            "#hashtag\n",
            "-1 degree\n",
        ] {
            assert_eq!(
                prose.repeat(100)[..start_of(&prose.repeat(100), 8)]
                    .lines()
                    .count(),
                32,
                "{prose}"
            );
        }
        assert_eq!(
            start_of("# Short\n\n- [ ] a", 8),
            "# Short\n\n- [ ] a".len()
        );
    }

    #[test]
    fn reads_headings_paragraphs_and_task_lists_with_lines() {
        let blocks = read(
            "# Title\n\n**Monday, Feb 10**\n- [ ] Kickoff\n- [x] Setup\n  - nested\n\n*A*\n*B*\n",
        );
        assert_eq!(
            blocks[0],
            Block::Heading {
                level: 1,
                text: "Title".into(),
                line: 1
            }
        );
        assert_eq!(
            blocks[1],
            Block::Paragraph {
                lines: vec!["Monday, Feb 10".into()],
                bold: true,
                line: 3,
                bold_labels: vec![true],
                live: None,
            }
        );
        let Block::List { items } = &blocks[2] else {
            panic!("{blocks:?}")
        };
        assert_eq!(
            (items[0].task, items[0].text.as_str(), items[0].line),
            (Some(false), "Kickoff", 4)
        );
        assert_eq!(
            (items[1].task, items[1].text.as_str()),
            (Some(true), "Setup")
        );
        assert_eq!(items[1].children[0].text, "nested");
        assert_eq!(
            blocks[3],
            Block::Paragraph {
                lines: vec!["A".into(), "B".into()],
                bold: false,
                line: 8,
                bold_labels: vec![false, false],
                live: None,
            }
        );
    }

    #[test]
    fn loose_items_keep_their_first_paragraph_as_text_and_the_rest_as_extra() {
        let blocks = read("- ✅ **Jan 2026**: API\n  - 14 modules\n\n- second\n\n  more text\n");
        let Block::List { items } = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert_eq!(items[0].text, "✅ Jan 2026: API");
        assert_eq!(items[0].children[0].text, "14 modules");
        assert_eq!(items[1].text, "second");
        assert_eq!(items[1].extra, vec!["more text".to_string()]);
    }

    #[test]
    fn loose_task_lists_keep_their_check_states() {
        // Regression: pulldown-cmark puts the marker inside the paragraph of a loose item.
        let blocks = read("- [x] Set up CI\n\n- [ ] Deploy\n\n  details\n");
        let Block::List { items } = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert_eq!(
            (items[0].task, items[0].text.as_str()),
            (Some(true), "Set up CI")
        );
        assert_eq!(
            (items[1].task, items[1].text.as_str()),
            (Some(false), "Deploy")
        );
        assert_eq!(items[1].extra, vec!["details".to_string()]);
    }

    #[test]
    fn reads_tables_cell_by_cell_and_keeps_links_with_their_address() {
        let blocks =
            read("| a | b |\n|---|---|\n| 1 | 2<br>two |\n\nSee [docs](https://example.org).\n");
        let Block::Table {
            head,
            rows,
            source,
            line: 1,
        } = &blocks[0]
        else {
            panic!("{:?}", blocks[0])
        };
        assert_eq!(head, &["a", "b"]);
        assert_eq!(rows[0].cells, ["1", "2 two"]);
        assert_eq!(rows[0].line, 3);
        assert!(
            source.starts_with("| a | b |"),
            "the table as written, for a note"
        );
        assert_eq!(
            blocks[1],
            Block::Paragraph {
                lines: vec!["See docs (https://example.org).".into()],
                bold: false,
                line: 5,
                bold_labels: vec![false],
                live: None,
            }
        );
    }
}

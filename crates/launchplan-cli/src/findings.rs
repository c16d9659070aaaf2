//! Findings: what `check` has to say about one plan file (lint warnings, repairs, content kept
//! as notes, or why the file could not be read), each with the place in the source it concerns.

use crate::input::{ReadFailure, Source};
use chrono::{NaiveDate, Weekday};
use launchplan_core::formats::file::{Format, PlanFile, ReadError};
use launchplan_core::formats::json::JsonImportError;
use launchplan_core::formats::mojibake;
use launchplan_core::plan::dates::find_date;
use launchplan_core::schedule::lint::{Warning, WarningKind};
use std::collections::HashSet;
use std::ops::Range;

/// How much a finding matters: only warnings and errors change the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Severity {
    Note,
    Warning,
    Error,
}

/// A stretch of one source line: its 1-based line, the byte range in the whole text, and the
/// 1-based columns (in characters) where it starts and just past where it ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Span {
    pub(crate) line: usize,
    pub(crate) bytes: Range<usize>,
    pub(crate) column: usize,
    pub(crate) end_column: usize,
}

/// One thing to tell the user about a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Finding {
    pub(crate) severity: Severity,
    /// The rule's kebab-case name ("weekday-mismatch", "mojibake", "json-syntax").
    pub(crate) rule: &'static str,
    pub(crate) message: String,
    /// What is underlined, when the finding has a place.
    pub(crate) at: Option<Span>,
    /// The words under the underline (may be empty).
    pub(crate) label: String,
    /// A second place worth showing (the weekday as written, when it is not on the node's line).
    pub(crate) also: Option<(Span, String)>,
    pub(crate) notes: Vec<String>,
}

impl Finding {
    fn new(severity: Severity, rule: &'static str, message: String) -> Finding {
        Finding {
            severity,
            rule,
            message,
            at: None,
            label: String::new(),
            also: None,
            notes: Vec::new(),
        }
    }
}

/// The kebab-case name of a lint rule, as diagnostics and `--format json` show it.
pub(crate) fn rule_name(kind: WarningKind) -> &'static str {
    match kind {
        WarningKind::WeekdayMismatch => "weekday-mismatch",
        WarningKind::BackwardsRange => "backwards-range",
        WarningKind::DayLabelMismatch => "day-label-mismatch",
        WarningKind::CountdownMismatch => "countdown-mismatch",
        WarningKind::OutsideParent => "outside-parent",
        WarningKind::ImpossibleDate => "impossible-date",
    }
}

/// Everything the read of `source` reported, in line order (what has no line comes last).
pub(crate) fn of_plan(source: &Source, file: &PlanFile) -> Vec<Finding> {
    let lines = Lines::new(&source.text);
    let node_lines: HashSet<usize> = file.lines.values().copied().collect();
    let mut out: Vec<Finding> = file
        .report
        .warnings
        .iter()
        .map(|w| of_warning(w, &lines, &node_lines))
        .collect();
    for &line in &file.report.mojibake_lines {
        out.push(of_mojibake(line, &lines));
    }
    for kept in &file.report.unrecognised {
        let mut f = Finding::new(
            Severity::Note,
            "kept-as-note",
            "kept as a note: the reader has no place in a plan for this".into(),
        );
        f.at = lines.content(kept.line);
        f.notes
            .push(format!("it is kept with the node {}", kept.attached_to));
        out.push(f);
    }
    // Stable: findings on one line keep the order above (warnings, then notes).
    out.sort_by_key(|f| f.at.as_ref().map_or(usize::MAX, |s| s.line));
    out
}

fn of_warning(w: &Warning, lines: &Lines<'_>, node_lines: &HashSet<usize>) -> Finding {
    let mut f = Finding::new(Severity::Warning, rule_name(w.kind), w.message.clone());
    let Some(line) = w.line else {
        return f;
    };
    f.at = lines.content(line);
    if w.kind == WarningKind::WeekdayMismatch {
        if let Some(written) = WrittenWeekday::from_message(&w.message) {
            f.label = written.truth.clone();
            match lines.find(line, |text| written.find_in(text)) {
                Some(span) => f.at = Some(span),
                // The phrase is in the node's text further down (a decision's fallback).
                None => {
                    let below = (line + 1..line + MAX_NODE_LINES)
                        .take_while(|l| !node_lines.contains(l))
                        .find_map(|l| lines.find(l, |text| written.find_in(text)));
                    if let Some(span) = below {
                        f.also = Some((span, std::mem::take(&mut f.label)));
                    }
                }
            }
        }
    }
    f
}

/// How far below a node's first line its text is looked for.
const MAX_NODE_LINES: usize = 30;

/// A repaired line: the garbled characters underlined, with what they were read as.
fn of_mojibake(line: usize, lines: &Lines<'_>) -> Finding {
    let mut f = Finding::new(
        Severity::Note,
        "mojibake",
        "repaired characters saved in the wrong encoding".into(),
    );
    f.at = lines.content(line);
    if let Some(text) = lines.text(line) {
        let repaired = mojibake::repair(text).text;
        let (range, read_as) = changed(text, &repaired);
        if !range.is_empty() {
            f.at = lines.span(line, range);
            f.label = format!("read as \"{read_as}\"");
        }
    }
    f
}

/// The part of `original` that differs from `repaired`, and what `repaired` has there.
fn changed<'a>(original: &str, repaired: &'a str) -> (Range<usize>, &'a str) {
    let same = |(a, b): &(char, char)| a == b;
    let prefix: usize = original
        .chars()
        .zip(repaired.chars())
        .take_while(same)
        .map(|(a, _)| a.len_utf8())
        .sum();
    let (rest, fixed) = (&original[prefix..], &repaired[prefix..]);
    let suffix: usize = rest
        .chars()
        .rev()
        .zip(fixed.chars().rev())
        .take_while(same)
        .map(|(a, _)| a.len_utf8())
        .sum();
    let fixed_end = fixed.len().saturating_sub(suffix);
    (
        prefix..original.len().saturating_sub(suffix).max(prefix),
        fixed.get(..fixed_end).unwrap_or_default(),
    )
}

/// The weekday and date a weekday-mismatch warning is about, read back from its message
/// ("says Monday, but February 10, 2026 is a Tuesday").
struct WrittenWeekday {
    weekday: Weekday,
    date: NaiveDate,
    /// "February 10, 2026 is a Tuesday".
    truth: String,
}

impl WrittenWeekday {
    fn from_message(message: &str) -> Option<WrittenWeekday> {
        let (said, truth) = message.strip_prefix("says ")?.split_once(", but ")?;
        let (date, _) = truth.rsplit_once(" is a")?;
        Some(WrittenWeekday {
            weekday: said.parse().ok()?,
            date: NaiveDate::parse_from_str(date, "%B %d, %Y").ok()?,
            truth: truth.to_string(),
        })
    }

    /// Where `text` writes this weekday before this date ("Monday, Feb 10"), as a byte range.
    fn find_in(&self, text: &str) -> Option<Range<usize>> {
        let mut from = 0;
        while let Some(found) = text.get(from..).and_then(|rest| find_date(rest, self.date)) {
            let span = match found {
                Ok(phrase) => {
                    if phrase.weekday == Some(self.weekday)
                        && phrase.period.first_day() == self.date
                    {
                        return Some(from + phrase.span.start..from + phrase.span.end);
                    }
                    phrase.span
                }
                Err(problem) => match problem {
                    launchplan_core::plan::dates::DateProblem::Impossible { span, .. } => span,
                },
            };
            if span.end == 0 {
                return None;
            }
            from += span.end;
        }
        None
    }
}

/// Why `source` could not be read as a plan, placed at its line and column when known.
pub(crate) fn of_read_error(source: &Source, error: &ReadError) -> Finding {
    let lines = Lines::new(&source.text);
    let json = match error {
        ReadError::Json(json) => json,
        ReadError::ExportOnly { .. } => {
            return Finding::new(Severity::Error, "export-only", error.to_string())
        }
    };
    let (rule, message, at) = match json {
        JsonImportError::Syntax {
            message,
            line,
            column,
        } => (
            "json-syntax",
            format!("this is not JSON: {message}"),
            lines.point(*line, *column),
        ),
        JsonImportError::Invalid {
            path,
            message,
            line,
            column,
        } => (
            "invalid-plan",
            format!("{message} at {path}"),
            lines.point(*line, *column),
        ),
        JsonImportError::Rejected { path, message } => {
            ("invalid-plan", format!("{message} at {path}"), None)
        }
        JsonImportError::Empty => ("empty-file", json.to_string(), None),
        JsonImportError::TooLarge { .. }
        | JsonImportError::TooLargeStored { .. }
        | JsonImportError::TooManyEntries { .. }
        | JsonImportError::TooManyEntriesStopped { .. } => ("too-large", json.to_string(), None),
        JsonImportError::NotAPlan { .. } => ("not-a-plan", json.to_string(), None),
        JsonImportError::NewerVersion { .. } => ("newer-version", json.to_string(), None),
        JsonImportError::BadVersion { .. } => ("bad-version", json.to_string(), None),
    };
    let mut f = Finding::new(Severity::Error, rule, message);
    f.at = at;
    f
}

/// A file that could not be read at all.
pub(crate) fn of_failure(failure: &ReadFailure) -> Finding {
    Finding::new(Severity::Error, "unreadable", failure.to_string())
}

/// The format a file is (or would be) read as, for reports.
pub(crate) fn format_name(format: Format) -> &'static str {
    match format {
        Format::Markdown => "markdown",
        Format::Json => "json",
        Format::Calendar => "calendar",
    }
}

/// A text cut into lines, to place findings: 1-based line numbers, byte ranges, columns.
struct Lines<'a> {
    text: &'a str,
    /// The byte offset each line starts at.
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Lines<'a> {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Lines { text, starts }
    }

    /// Line `line` without its line ending.
    fn text(&self, line: usize) -> Option<&'a str> {
        let start = *self.starts.get(line.checked_sub(1)?)?;
        let end = self
            .starts
            .get(line)
            .map_or(self.text.len(), |next| next - 1);
        let text = self.text.get(start..end)?;
        Some(text.strip_suffix('\r').unwrap_or(text))
    }

    /// `range` (bytes within line `line`) as a span.
    fn span(&self, line: usize, range: Range<usize>) -> Option<Span> {
        let text = self.text(line)?;
        let start = *self.starts.get(line - 1)?;
        let column = text.get(..range.start)?.chars().count() + 1;
        let end_column = text.get(..range.end)?.chars().count() + 1;
        Some(Span {
            line,
            bytes: start + range.start..start + range.end,
            column,
            end_column,
        })
    }

    /// The span `find` picks in line `line`.
    fn find(&self, line: usize, find: impl Fn(&str) -> Option<Range<usize>>) -> Option<Span> {
        self.span(line, find(self.text(line)?)?)
    }

    /// The content of line `line` after its Markdown markers (`#`, `-`, `*`, `[ ]`, `|`, `>`),
    /// or the whole line when nothing else is left.
    fn content(&self, line: usize) -> Option<Span> {
        let text = self.text(line)?;
        let mut start = 0;
        while let Some(rest) = text.get(start..) {
            let marker = ["[ ]", "[x]", "[X]"]
                .iter()
                .find(|box_| rest.starts_with(**box_))
                .map(|box_| box_.len())
                .or_else(|| {
                    rest.chars()
                        .next()
                        .filter(|c| c.is_whitespace() || "#-*+|>\u{feff}".contains(*c))
                        .map(char::len_utf8)
                });
            match marker {
                Some(n) => start += n,
                None => break,
            }
        }
        let end = start
            + text[start..]
                .trim_end_matches(|c: char| c.is_whitespace() || c == '|' || c == '*')
                .len();
        let range = if start < end {
            start..end
        } else {
            0..text.len()
        };
        self.span(line, range)
    }

    /// The character at a 1-based line and byte column (serde_json's), as a span.
    fn point(&self, line: usize, column: usize) -> Option<Span> {
        let text = self.text(line)?;
        let mut at = column.saturating_sub(1).min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let end = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
        self.span(line, at..end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use launchplan_core::formats::file::read_plan;

    fn source(name: &str, text: &str) -> Source {
        Source {
            name: name.into(),
            text: text.into(),
        }
    }

    fn check(name: &str, text: &str) -> Vec<Finding> {
        let s = source(name, text);
        of_plan(
            &s,
            &read_plan(
                name,
                text,
                chrono::NaiveDate::from_ymd_opt(2026, 2, 12).unwrap(),
            )
            .unwrap(),
        )
    }

    #[test]
    fn every_lint_rule_has_a_kebab_case_name() {
        assert_eq!(rule_name(WarningKind::WeekdayMismatch), "weekday-mismatch");
        assert_eq!(rule_name(WarningKind::ImpossibleDate), "impossible-date");
    }

    #[test]
    fn a_weekday_heading_underlines_the_weekday_and_date() {
        let text = "# Plan\n\n## Schedule\n\n### Week 1: Feb 9-13, 2026\n\n**Monday, Feb 10**\n- [ ] Kickoff\n";
        let found = check("p.md", text);
        let w = found.iter().find(|f| f.rule == "weekday-mismatch").unwrap();
        let at = w.at.as_ref().unwrap();
        assert_eq!((at.line, at.column, at.end_column), (7, 3, 17));
        assert_eq!(&text[at.bytes.clone()], "Monday, Feb 10");
        assert_eq!(w.label, "February 10, 2026 is a Tuesday");
    }

    #[test]
    fn a_weekday_below_the_nodes_line_is_shown_where_it_is_written() {
        // The decision starts at its heading; the wrong weekday is in its fallback.
        let text = "# Plan\n\n### Current Date: February 9, 2026\n\n## Key Decision Points\n\n### Feb 19 (Launch Day)\n- **Beta decision**\n- Criteria: stable\n- Fallback: Delay to Monday Feb 22\n";
        let found = check("p.md", text);
        let w = found.iter().find(|f| f.rule == "weekday-mismatch").unwrap();
        assert_eq!(w.at.as_ref().map(|s| s.line), Some(7));
        let (also, label) = w.also.as_ref().unwrap();
        assert_eq!(
            (also.line, label.as_str()),
            (10, "February 22, 2026 is a Sunday")
        );
        assert_eq!(w.label, "");
        assert_eq!(&text[also.bytes.clone()], "Monday Feb 22");
    }

    #[test]
    fn content_skips_markdown_markers() {
        let lines = Lines::new("### Feb 19 (Launch Day)\n  - [ ] **Ship it** \n| cell |\n---\n");
        let text = |l| {
            let s = lines.content(l).unwrap();
            &lines.text[s.bytes]
        };
        assert_eq!(text(1), "Feb 19 (Launch Day)");
        assert_eq!(text(2), "Ship it");
        assert_eq!(text(3), "cell");
        // Nothing but markers: the whole line.
        assert_eq!(text(4), "---");
    }

    #[test]
    fn mojibake_underlines_the_garbled_characters() {
        let found = check("p.md", "# Plan\n\n## Completed Milestones âœ…\n");
        let note = found.iter().find(|f| f.rule == "mojibake").unwrap();
        assert_eq!(note.severity, Severity::Note);
        let at = note.at.as_ref().unwrap();
        assert_eq!((at.line, at.column, at.end_column), (3, 25, 28));
        assert_eq!(note.label, "read as \"✅\"");
    }

    #[test]
    fn json_syntax_errors_keep_their_line_and_column() {
        let text = "{\n  \"format\": \"launchplan\",\n  oops\n}\n";
        let s = source("x.json", text);
        let err = read_plan(
            "x.json",
            text,
            chrono::NaiveDate::from_ymd_opt(2026, 2, 12).unwrap(),
        )
        .unwrap_err();
        let f = of_read_error(&s, &err);
        assert_eq!((f.severity, f.rule), (Severity::Error, "json-syntax"));
        let at = f.at.unwrap();
        assert_eq!((at.line, at.column, at.end_column), (3, 3, 4));
    }

    #[test]
    fn positions_count_characters_not_bytes() {
        let lines = Lines::new("é{x\n");
        let at = lines.point(1, 4).unwrap();
        assert_eq!((at.column, at.end_column, at.bytes), (3, 4, 3..4));
    }
}

//! Plan files: which format a file is in, reading one into a plan with its report and source
//! lines, and writing a plan as a file. The one place the command line and the app decide this.

use super::json::{export_json, import_json, JsonImportError};
use super::markdown_in::import_markdown_near;
use super::markdown_out::export_markdown;
use super::report::ImportReport;
use crate::plan::{NodeId, Plan, SourceMap};
use crate::schedule::lint::lint_plan;
use chrono::{NaiveDate, NaiveDateTime};

/// A file name for a plan, from its title: its words (letters and digits, in any script)
/// lowercased and joined by hyphens ("BillingOS Milestones & Timeline" →
/// "billingos-milestones-timeline"), or "plan" when the title has none.
pub fn file_stem(title: &str) -> String {
    let mut stem = String::new();
    for c in title.chars() {
        if c.is_alphanumeric() {
            stem.extend(c.to_lowercase());
        } else if !stem.ends_with('-') && !stem.is_empty() {
            stem.push('-');
        }
    }
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        "plan".into()
    } else {
        stem.into()
    }
}

/// The formats a plan file can be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// A Markdown plan as a team writes it (`.md`, `.markdown`, `.txt`).
    Markdown,
    /// The canonical file (`.json`, `.launchplan.json`).
    Json,
    /// iCalendar (`.ics`): written for calendars, never read back.
    Calendar,
}

impl Format {
    /// The format a file name's extension names (case-insensitive), if any.
    pub fn from_path(name: &str) -> Option<Format> {
        let lower = name.to_lowercase();
        let (_, extension) = lower.rsplit_once('.')?;
        match extension {
            "md" | "markdown" | "txt" => Some(Format::Markdown),
            "json" => Some(Format::Json),
            "ics" => Some(Format::Calendar),
            _ => None,
        }
    }

    /// The format to read `text` as (the app and the command line both ask here): Markdown when
    /// the name ends in `.md` or `.markdown` (Hugo's JSON front matter starts such a file with
    /// `{`); JSON when the name ends in `.json` or the text (after a byte-order mark and
    /// whitespace) starts with `{`; iCalendar when the name says `.ics` or the text is a calendar
    /// (so that reading it can be refused by name); Markdown otherwise (its reading never fails).
    pub fn to_read(name: &str, text: &str) -> Format {
        let start = text.trim_start_matches('\u{feff}').trim_start();
        let named = Format::from_path(name);
        let lower = name.to_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
            Format::Markdown
        } else if named == Some(Format::Json) || start.starts_with('{') {
            Format::Json
        } else if named == Some(Format::Calendar) || start.starts_with("BEGIN:VCALENDAR") {
            Format::Calendar
        } else {
            Format::Markdown
        }
    }

    /// How the format is named to people ("Markdown", "JSON", "iCalendar").
    pub fn label(self) -> &'static str {
        match self {
            Format::Markdown => "Markdown",
            Format::Json => "JSON",
            Format::Calendar => "iCalendar",
        }
    }
}

/// A plan read from a file: the plan, what the reader has to say, and each node's source line.
#[derive(Debug, Clone)]
pub struct PlanFile {
    pub plan: Plan,
    /// Repairs, content kept as notes and lint warnings (JSON files have warnings only).
    pub report: ImportReport,
    /// The 1-based line each node starts on (for JSON, the line of its `"id"`).
    pub lines: SourceMap,
}

/// Why a plan file could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// The JSON file is not a valid plan; the error keeps its line, column and JSON path.
    #[error(transparent)]
    Json(#[from] JsonImportError),
    /// A format Launchplan writes but does not read.
    #[error("{} is an export-only format: Launchplan writes it for calendars but cannot read a plan back from it. Read the Markdown or JSON file it was made from.", format.label())]
    ExportOnly { format: Format },
}

/// Reads a plan file named `name` holding `text`, in the format [`Format::to_read`] decides;
/// a Markdown plan that states no year is read near `today`.
///
/// Markdown fails only when it holds more entries than a plan may have (what the reader cannot
/// place is kept as notes and reported); JSON is validated, then linted, with warnings pointing
/// at the line of the node's `"id"`.
pub fn read_plan(name: &str, text: &str, today: NaiveDate) -> Result<PlanFile, ReadError> {
    match Format::to_read(name, text) {
        Format::Markdown => {
            let imported = import_markdown_near(text, today);
            // More entries than a plan may have: refused as the app refuses it.
            if imported.report.stopped_at_entries.is_some() {
                imported.check_limits()?;
            }
            Ok(PlanFile {
                plan: imported.plan,
                report: imported.report,
                lines: imported.lines,
            })
        }
        Format::Json => {
            let plan = import_json(text)?;
            let lines = json_id_lines(text);
            let mut warnings = lint_plan(&plan, &lines);
            warnings.sort_by_key(|w| w.line.unwrap_or(usize::MAX));
            Ok(PlanFile {
                plan,
                report: ImportReport {
                    warnings,
                    ..ImportReport::default()
                },
                lines,
            })
        }
        format @ Format::Calendar => Err(ReadError::ExportOnly { format }),
    }
}

/// Writes `plan` in `format`, byte for byte what the app's exports download. `now` (UTC) is
/// the calendar's DTSTAMP; the other formats do not use it.
pub fn write_plan(plan: &Plan, format: Format, now: NaiveDateTime) -> String {
    match format {
        Format::Markdown => export_markdown(plan),
        Format::Json => export_json(plan),
        Format::Calendar => super::ics::export_ics(plan, now),
    }
}

/// The text of a file's bytes as a browser's `Blob.text()` reads a file of UTF-8, without the
/// byte order mark it may start with; None when they are not UTF-8 (`Blob.text()` then
/// replaces what is not, and the app asks it). The app reads a file's bytes and decodes them
/// here: one copy into the app's memory, where a JavaScript string was copied over character by
/// character.
pub fn text_of_bytes(mut bytes: Vec<u8>) -> Option<String> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).ok()
}

/// The 1-based line of every `"id": "<value>"` pair in a JSON text: where each node starts.
///
/// A small scan of the JSON tokens, so an `"id"` written inside some text is not taken for a
/// key. The first occurrence of an ID wins (an import refuses duplicates anyway).
fn json_id_lines(text: &str) -> SourceMap {
    let bytes = text.as_bytes();
    let mut lines = SourceMap::new();
    let mut line = 1;
    let mut i = 0;
    // The last string read, and whether a `:` followed it (it was a key).
    let mut last_string: Option<&str> = None;
    let mut after_id_key = false;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'\n' => line += 1,
            b'"' => {
                let (start, start_line) = (i, line);
                i += 1;
                while let Some(&c) = bytes.get(i) {
                    match c {
                        b'"' => break,
                        b'\\' => i += 1,
                        b'\n' => line += 1,
                        _ => {}
                    }
                    i += 1;
                }
                // Both ends are ASCII quotes (or the end of the text), so this is a char boundary.
                let literal = text.get(start..(i + 1).min(text.len())).unwrap_or_default();
                if after_id_key {
                    if let Ok(id) = serde_json::from_str::<String>(literal) {
                        lines.entry(NodeId(id)).or_insert(start_line);
                    }
                    after_id_key = false;
                    last_string = None;
                } else {
                    last_string = Some(literal);
                }
            }
            b':' => {
                after_id_key = last_string == Some("\"id\"");
                last_string = None;
            }
            b' ' | b'\t' | b'\r' => {}
            _ => {
                after_id_key = false;
                last_string = None;
            }
        }
        i += 1;
    }
    lines
}

#[cfg(test)]
mod tests {
    /// The day the tests read plans on.
    const TODAY: chrono::NaiveDate = match chrono::NaiveDate::from_ymd_opt(2026, 2, 12) {
        Some(d) => d,
        None => panic!(),
    };
    use super::*;

    #[test]
    fn a_file_stem_keeps_the_words_of_any_script_lowercased() {
        assert_eq!(
            file_stem("BillingOS Milestones & Timeline"),
            "billingos-milestones-timeline"
        );
        assert_eq!(file_stem("  Lancement d'ÉTÉ 2026 "), "lancement-d-été-2026");
        assert_eq!(file_stem("Запуск: Q3"), "запуск-q3");
        assert_eq!(file_stem("ΟΔΟΣ"), "οδοσ");
        assert_eq!(file_stem("--!!--"), "plan");
        assert_eq!(file_stem(""), "plan");
    }

    #[test]
    fn reads_bytes_as_a_browser_reads_a_file() {
        let text = |bytes: &[u8]| text_of_bytes(bytes.to_vec());
        assert_eq!(text(b"plain").as_deref(), Some("plain"));
        let accents = "caf\u{e9} \u{2014} \u{1f680}";
        assert_eq!(text(accents.as_bytes()).as_deref(), Some(accents));
        // One byte order mark at the start is dropped; a second, or one later, is text.
        assert_eq!(text(b"\xEF\xBB\xBF{}").as_deref(), Some("{}"));
        assert_eq!(
            text(b"\xEF\xBB\xBF\xEF\xBB\xBF{}").as_deref(),
            Some("\u{feff}{}")
        );
        assert_eq!(text(b"a\xEF\xBB\xBF").as_deref(), Some("a\u{feff}"));
        assert_eq!(text(b"").as_deref(), Some(""));
        // Not UTF-8: left to the browser.
        assert_eq!(text(b"caf\xE9"), None);
        assert_eq!(text(b"\xEF\xBB\xBFab\xE2\x82"), None);
    }
    use crate::default_plan::{default_plan, BILLINGOS_MARKDOWN};
    use crate::schedule::lint::WarningKind;

    #[test]
    fn the_extension_names_the_format() {
        assert_eq!(Format::from_path("plans/x.md"), Some(Format::Markdown));
        assert_eq!(Format::from_path("X.MARKDOWN"), Some(Format::Markdown));
        assert_eq!(Format::from_path("notes.txt"), Some(Format::Markdown));
        assert_eq!(Format::from_path("a.launchplan.json"), Some(Format::Json));
        assert_eq!(Format::from_path("cal.ics"), Some(Format::Calendar));
        assert_eq!(Format::from_path("plan"), None);
        assert_eq!(Format::from_path("plan.yaml"), None);
    }

    #[test]
    fn reading_follows_one_rule_for_the_app_and_the_command_line() {
        // The extension, or a leading `{` after a byte-order mark and blank lines.
        assert_eq!(Format::to_read("a.json", "# Title"), Format::Json);
        assert_eq!(
            Format::to_read("-", "\u{feff}\n  {\"format\""),
            Format::Json
        );
        // An explicit Markdown name wins over a leading `{` (JSON front matter).
        assert_eq!(Format::to_read("plan.md", "{}"), Format::Markdown);
        assert_eq!(Format::to_read("plan.txt", "{}"), Format::Json);
        assert_eq!(Format::to_read("plan.md", "# Plan"), Format::Markdown);
        // Any other name is read as Markdown, which never fails.
        assert_eq!(Format::to_read("plan.yaml", "title: x"), Format::Markdown);
        assert_eq!(
            Format::to_read("cal.ics", "BEGIN:VCALENDAR"),
            Format::Calendar
        );
        assert_eq!(
            Format::to_read("-", "BEGIN:VCALENDAR\r\n"),
            Format::Calendar
        );
    }

    #[test]
    fn markdown_reads_with_the_importers_report_and_lines() {
        let file = read_plan("billingos.md", BILLINGOS_MARKDOWN, TODAY).unwrap();
        let expected = default_plan();
        assert_eq!(file.plan, expected.plan);
        assert_eq!(file.report, expected.report);
        assert!(!file.lines.is_empty());
    }

    #[test]
    fn json_warnings_carry_the_line_of_the_nodes_id() {
        let json = write_plan(&default_plan().plan, Format::Json, NaiveDateTime::default());
        let file = read_plan("plan.launchplan.json", &json, TODAY).unwrap();
        // The decision's "Delay to Monday Feb 22" (a Sunday) is checked in JSON files too.
        let w = file
            .report
            .warnings
            .iter()
            .find(|w| w.kind == WarningKind::WeekdayMismatch)
            .expect("a weekday warning");
        let node = w.node.as_ref().unwrap();
        let line = w.line.expect("a line");
        let text = json.lines().nth(line - 1).unwrap();
        assert!(text.contains(&format!("\"id\": \"{node}\"")), "{text}");
    }

    #[test]
    fn the_id_scan_reads_only_keys_named_id() {
        let text = "{\n  \"id\": \"plan\",\n  \"title\": \"say \\\"id\\\": \\\"x\\\"\",\n  \"n\": {\"id\" : \"a\\\"b\"}\n}";
        let lines = json_id_lines(text);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert_eq!(lines.get(&NodeId("plan".into())), Some(&2));
        assert_eq!(lines.get(&NodeId("a\"b".into())), Some(&4));
    }

    #[test]
    fn json_errors_stay_typed_with_their_position() {
        let err = read_plan(
            "x.json",
            "{\n  \"format\": \"launchplan\",\n  oops\n}",
            TODAY,
        )
        .unwrap_err();
        match err {
            ReadError::Json(JsonImportError::Syntax { line, column, .. }) => {
                assert_eq!((line, column), (3, 3));
            }
            other => panic!("expected a syntax error, got {other:?}"),
        }
    }

    #[test]
    fn calendars_are_refused_as_export_only() {
        let err = read_plan("plan.ics", "BEGIN:VCALENDAR", TODAY).unwrap_err();
        assert_eq!(
            err,
            ReadError::ExportOnly {
                format: Format::Calendar
            }
        );
        assert!(err.to_string().contains("export-only"), "{err}");
    }

    #[test]
    fn writing_is_what_the_exports_write() {
        let plan = default_plan().plan;
        let now = chrono::NaiveDate::from_ymd_opt(2026, 2, 9)
            .unwrap()
            .and_hms_opt(8, 30, 0)
            .unwrap();
        assert_eq!(write_plan(&plan, Format::Json, now), export_json(&plan));
        assert_eq!(
            write_plan(&plan, Format::Markdown, now),
            export_markdown(&plan)
        );
        let ics = write_plan(&plan, Format::Calendar, now);
        assert_eq!(ics, super::super::ics::export_ics(&plan, now));
        assert!(ics.contains("DTSTAMP:20260209T083000Z"), "{ics}");
        // And a written file reads back as the same plan.
        let back = read_plan("x.json", &write_plan(&plan, Format::Json, now), TODAY).unwrap();
        assert_eq!(back.plan, plan);
    }
}

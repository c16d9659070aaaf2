//! Printing findings: compiler-style diagnostics (codespan-reporting) for people, one JSON
//! object for tools, and a summary line for each file.

use crate::cli::ColorWhen;
use crate::findings::{format_name, Finding, Severity};
use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::termcolor::{ColorChoice, WriteColor};
use codespan_reporting::term::{self, Config};
use launchplan_core::formats::file::Format;
use std::io;

/// What `check` found in one file.
#[derive(Debug)]
pub(crate) struct FileReport {
    /// The path as given ("<stdin>" for standard input).
    pub(crate) name: String,
    /// The file's text, when it could be read (diagnostics quote its lines).
    pub(crate) text: Option<String>,
    /// The format it was read as, or would be by its name.
    pub(crate) format: Option<Format>,
    pub(crate) findings: Vec<Finding>,
}

impl FileReport {
    fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    /// The most serious finding, if any.
    pub(crate) fn worst(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }

    /// "plans/x.md: 11 warnings, 12 notes" (and the errors, when there are any).
    pub(crate) fn summary(&self) -> String {
        let mut parts = Vec::new();
        let errors = self.count(Severity::Error);
        if errors > 0 {
            parts.push(counted(errors, "error"));
        }
        parts.push(counted(self.count(Severity::Warning), "warning"));
        parts.push(counted(self.count(Severity::Note), "note"));
        format!("{}: {}", self.name, parts.join(", "))
    }
}

fn counted(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// Whether to colour a stream: `auto` colours a terminal unless NO_COLOR is set (to anything
/// but the empty string); `always` and `never` are obeyed as they are.
pub(crate) fn color_choice(when: ColorWhen, is_terminal: bool, no_color: bool) -> ColorChoice {
    match when {
        ColorWhen::Always => ColorChoice::Always,
        ColorWhen::Never => ColorChoice::Never,
        ColorWhen::Auto if is_terminal && !no_color => ColorChoice::Auto,
        ColorWhen::Auto => ColorChoice::Never,
    }
}

/// Whether NO_COLOR asks for no colour.
pub(crate) fn no_color_set() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// Writes every finding as a diagnostic, then one summary line per file.
pub(crate) fn write_text(reports: &[FileReport], out: &mut impl WriteColor) -> io::Result<()> {
    write_diagnostics(reports, out)?;
    for report in reports {
        writeln!(out, "{}", report.summary())?;
    }
    Ok(())
}

/// Writes every finding as a diagnostic, with the source line it concerns underlined.
pub(crate) fn write_diagnostics(
    reports: &[FileReport],
    out: &mut impl WriteColor,
) -> io::Result<()> {
    let config = Config::default();
    let mut files = SimpleFiles::new();
    for report in reports {
        let file = report
            .text
            .as_ref()
            .map(|text| files.add(report.name.clone(), text.clone()));
        for finding in &report.findings {
            let diagnostic = diagnostic(finding, &report.name, file);
            term::emit_to_write_style(out, &config, &files, &diagnostic).map_err(|e| match e {
                codespan_reporting::files::Error::Io(io) => io,
                other => io::Error::other(other.to_string()),
            })?;
        }
    }
    Ok(())
}

fn diagnostic(finding: &Finding, name: &str, file: Option<usize>) -> Diagnostic<usize> {
    let base = match finding.severity {
        Severity::Error => Diagnostic::error(),
        Severity::Warning => Diagnostic::warning(),
        Severity::Note => Diagnostic::note(),
    };
    let mut labels = Vec::new();
    if let (Some(file), Some(at)) = (file, &finding.at) {
        labels.push(Label::primary(file, at.bytes.clone()).with_message(&finding.label));
    }
    if let (Some(file), Some((at, label))) = (file, &finding.also) {
        labels.push(Label::secondary(file, at.bytes.clone()).with_message(label));
    }
    // Without a place in the file, the message itself says which file.
    let message = if labels.is_empty() && !finding.message.contains(name) {
        format!("{name}: {}", finding.message)
    } else {
        finding.message.clone()
    };
    base.with_code(finding.rule)
        .with_message(message)
        .with_labels(labels)
        .with_notes(finding.notes.clone())
}

/// `check --format json`: one object, documented in `launchplan check --help`.
#[derive(Debug, serde::Serialize)]
struct JsonReport<'a> {
    files: Vec<JsonFile<'a>>,
}

#[derive(Debug, serde::Serialize)]
struct JsonFile<'a> {
    path: &'a str,
    format: Option<&'static str>,
    errors: usize,
    warnings: usize,
    notes: usize,
    diagnostics: Vec<JsonDiagnostic<'a>>,
}

#[derive(Debug, serde::Serialize)]
struct JsonDiagnostic<'a> {
    severity: Severity,
    rule: &'a str,
    message: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    end_column: Option<usize>,
}

/// Writes the reports as one JSON object.
pub(crate) fn write_json(reports: &[FileReport], out: &mut impl io::Write) -> io::Result<()> {
    let files = reports
        .iter()
        .map(|r| JsonFile {
            path: &r.name,
            format: r.format.map(format_name),
            errors: r.count(Severity::Error),
            warnings: r.count(Severity::Warning),
            notes: r.count(Severity::Note),
            diagnostics: r
                .findings
                .iter()
                .map(|f| JsonDiagnostic {
                    severity: f.severity,
                    rule: f.rule,
                    message: &f.message,
                    line: f.at.as_ref().map(|s| s.line),
                    column: f.at.as_ref().map(|s| s.column),
                    end_column: f.at.as_ref().map(|s| s.end_column),
                })
                .collect(),
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &JsonReport { files })?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use codespan_reporting::term::termcolor::NoColor;

    fn report(findings: Vec<Finding>) -> FileReport {
        FileReport {
            name: "plan.md".into(),
            text: Some("# Plan\n".into()),
            format: Some(Format::Markdown),
            findings,
        }
    }

    fn finding(severity: Severity) -> Finding {
        Finding {
            severity,
            rule: "weekday-mismatch",
            message: "says Monday".into(),
            at: None,
            label: String::new(),
            also: None,
            notes: Vec::new(),
        }
    }

    #[test]
    fn the_summary_counts_each_severity() {
        let r = report(vec![
            finding(Severity::Warning),
            finding(Severity::Note),
            finding(Severity::Note),
        ]);
        assert_eq!(r.summary(), "plan.md: 1 warning, 2 notes");
        assert_eq!(r.worst(), Some(Severity::Warning));
        let clean = report(Vec::new());
        assert_eq!(clean.summary(), "plan.md: 0 warnings, 0 notes");
        assert_eq!(clean.worst(), None);
        let broken = report(vec![finding(Severity::Error)]);
        assert_eq!(broken.summary(), "plan.md: 1 error, 0 warnings, 0 notes");
    }

    #[test]
    fn colour_only_on_a_terminal_without_no_color() {
        use ColorWhen::*;
        assert_eq!(color_choice(Auto, true, false), ColorChoice::Auto);
        assert_eq!(color_choice(Auto, false, false), ColorChoice::Never);
        assert_eq!(color_choice(Auto, true, true), ColorChoice::Never);
        assert_eq!(color_choice(Always, false, true), ColorChoice::Always);
        assert_eq!(color_choice(Never, true, false), ColorChoice::Never);
    }

    #[test]
    fn a_finding_without_a_place_names_its_file() {
        let mut out = NoColor::new(Vec::new());
        write_diagnostics(&[report(vec![finding(Severity::Error)])], &mut out).unwrap();
        let text = String::from_utf8(out.into_inner()).unwrap();
        assert!(
            text.starts_with("error[weekday-mismatch]: plan.md: says Monday"),
            "{text}"
        );
    }
}

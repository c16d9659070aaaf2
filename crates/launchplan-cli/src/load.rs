//! Loading a plan file for any command: its text and the plan read from it, or a report of
//! why it could not be read (shown as diagnostics, like `check` shows it).

use crate::findings::{of_failure, of_plan, of_read_error};
use crate::input::{read_source, Source};
use crate::report::FileReport;
use chrono::NaiveDate;
use launchplan_core::formats::file::{read_plan, Format, PlanFile};
use std::path::Path;

/// A plan file that was read, with the text it was read from.
#[derive(Debug)]
pub(crate) struct Loaded {
    pub(crate) source: Source,
    pub(crate) file: PlanFile,
}

impl Loaded {
    /// What `check` reports about the file: its warnings and notes.
    pub(crate) fn report(self) -> FileReport {
        let findings = of_plan(&self.source, &self.file);
        FileReport {
            format: Some(Format::to_read(&self.source.name, &self.source.text)),
            name: self.source.name,
            text: Some(self.source.text),
            findings,
        }
    }
}

/// Reads the plan at `path` ("-" for standard input); a plan that states no year is read near
/// `today`. The error is boxed: it holds the text.
pub(crate) fn load(path: &Path, today: NaiveDate) -> Result<Loaded, Box<FileReport>> {
    let source = read_source(path).map_err(|failure| {
        Box::new(FileReport {
            format: Format::from_path(&failure.name),
            findings: vec![of_failure(&failure)],
            name: failure.name,
            text: None,
        })
    })?;
    match read_plan(&source.name, &source.text, today) {
        Ok(file) => Ok(Loaded { source, file }),
        Err(error) => Err(Box::new(FileReport {
            format: Some(Format::to_read(&source.name, &source.text)),
            findings: vec![of_read_error(&source, &error)],
            name: source.name,
            text: Some(source.text),
        })),
    }
}

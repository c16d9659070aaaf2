//! `launchplan check`: every file's warnings and notes as diagnostics, and an exit code.

use crate::cli::{CheckArgs, OutputFormat};
use crate::findings::Severity;
use crate::load::load;
use crate::report::{write_json, write_text, FileReport};
use chrono::NaiveDate;
use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};
use std::io;

/// Checks every file, prints the findings on standard output and returns the worst severity.
/// A plan that states no year is read near `today`.
pub(crate) fn run(
    args: &CheckArgs,
    color: ColorChoice,
    today: NaiveDate,
) -> io::Result<Option<Severity>> {
    let reports: Vec<FileReport> = args
        .plans
        .iter()
        .map(|path| match load(path, today) {
            Ok(loaded) => loaded.report(),
            Err(failed) => *failed,
        })
        .collect();
    match args.format {
        OutputFormat::Text => write_text(&reports, &mut StandardStream::stdout(color).lock())?,
        OutputFormat::Json => write_json(&reports, &mut io::stdout().lock())?,
    }
    Ok(reports.iter().filter_map(FileReport::worst).max())
}

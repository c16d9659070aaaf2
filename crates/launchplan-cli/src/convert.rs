//! `launchplan convert`: a plan read from Markdown or JSON, written as Markdown, JSON or
//! iCalendar with the bytes the app's exports write.

use crate::cli::{ConvertArgs, TargetFormat};
use crate::input::{describe, is_stdio};
use crate::load::Loaded;
use chrono::{DateTime, NaiveDateTime};
use launchplan_core::formats::file::{write_plan, Format};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Why a conversion did not happen (a plan that cannot be read is reported as diagnostics).
#[derive(Debug, thiserror::Error)]
pub(crate) enum ConvertError {
    #[error("cannot tell which format to write {} in: name it .md, .json or .ics, or pass --to md|json|ics", .0.display())]
    UnknownFormat(PathBuf),
    #[error("{} names {}, but --to asks for {}; drop one of them", .path.display(), .named.label(), .asked.label())]
    Mismatch {
        path: PathBuf,
        named: Format,
        asked: Format,
    },
    #[error("{} is the input file; write the output to another file", .0.display())]
    SameFile(PathBuf),
    #[error(
        "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC (it is \"{0}\")"
    )]
    BadEpoch(String),
    #[error("cannot write {}: {}", .path.display(), describe(.error))]
    Write { path: PathBuf, error: io::Error },
}

impl From<TargetFormat> for Format {
    fn from(to: TargetFormat) -> Format {
        match to {
            TargetFormat::Md => Format::Markdown,
            TargetFormat::Json => Format::Json,
            TargetFormat::Ics => Format::Calendar,
        }
    }
}

/// The checks that need no reading: the output format, and that OUT is not IN.
pub(crate) fn prepare(args: &ConvertArgs) -> Result<Format, ConvertError> {
    if !is_stdio(&args.input) && !is_stdio(&args.output) && same_file(&args.input, &args.output) {
        return Err(ConvertError::SameFile(args.output.clone()));
    }
    output_format(&args.output, args.to)
}

/// Writes `loaded` in `format` to the output ("-" for standard output).
pub(crate) fn write(
    args: &ConvertArgs,
    loaded: &Loaded,
    format: Format,
) -> Result<(), ConvertError> {
    let now = match format {
        Format::Calendar => calendar_stamp(std::env::var("SOURCE_DATE_EPOCH").ok().as_deref())?,
        // Only the calendar carries a time stamp.
        Format::Markdown | Format::Json => NaiveDateTime::default(),
    };
    let text = write_plan(&loaded.file.plan, format, now);
    let written = if is_stdio(&args.output) {
        let mut out = io::stdout().lock();
        out.write_all(text.as_bytes()).and_then(|()| out.flush())
    } else {
        std::fs::write(&args.output, text)
    };
    written.map_err(|error| ConvertError::Write {
        path: args.output.clone(),
        error,
    })
}

/// The format to write: `--to` if given, else OUT's extension; JSON for standard output.
fn output_format(output: &Path, to: Option<TargetFormat>) -> Result<Format, ConvertError> {
    let named = if is_stdio(output) {
        None
    } else {
        Format::from_path(&output.to_string_lossy())
    };
    match (to.map(Format::from), named) {
        (Some(asked), Some(named)) if asked != named => Err(ConvertError::Mismatch {
            path: output.to_path_buf(),
            named,
            asked,
        }),
        (Some(format), _) | (None, Some(format)) => Ok(format),
        (None, None) if is_stdio(output) => Ok(Format::Json),
        (None, None) => Err(ConvertError::UnknownFormat(output.to_path_buf())),
    }
}

/// Whether two paths name one existing file.
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// The calendar's DTSTAMP (UTC): SOURCE_DATE_EPOCH when set, for reproducible files, else now.
fn calendar_stamp(epoch: Option<&str>) -> Result<NaiveDateTime, ConvertError> {
    match epoch {
        Some(text) => text
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|seconds| DateTime::from_timestamp(seconds, 0))
            .map(|t| t.naive_utc())
            .ok_or_else(|| ConvertError::BadEpoch(text.to_string())),
        None => Ok(chrono::Utc::now().naive_utc()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_output_format_follows_the_extension_or_to() {
        let p = Path::new;
        assert_eq!(output_format(p("a.md"), None).unwrap(), Format::Markdown);
        assert_eq!(
            output_format(p("a.launchplan.json"), None).unwrap(),
            Format::Json
        );
        assert_eq!(output_format(p("a.ics"), None).unwrap(), Format::Calendar);
        assert_eq!(output_format(p("-"), None).unwrap(), Format::Json);
        assert_eq!(
            output_format(p("-"), Some(TargetFormat::Ics)).unwrap(),
            Format::Calendar
        );
        assert_eq!(
            output_format(p("plan"), Some(TargetFormat::Md)).unwrap(),
            Format::Markdown
        );
        assert!(matches!(
            output_format(p("plan"), None),
            Err(ConvertError::UnknownFormat(_))
        ));
        assert!(matches!(
            output_format(p("a.md"), Some(TargetFormat::Json)),
            Err(ConvertError::Mismatch { .. })
        ));
    }

    #[test]
    fn source_date_epoch_stamps_the_calendar() {
        let t = calendar_stamp(Some("1770625800")).unwrap();
        assert_eq!(t.to_string(), "2026-02-09 08:30:00");
        assert!(matches!(
            calendar_stamp(Some("yesterday")),
            Err(ConvertError::BadEpoch(_))
        ));
        assert!(calendar_stamp(None).is_ok());
    }
}

//! The canonical plan file: a JSON envelope with a format marker, a schema version and the plan.
//! Import validates everything and says what is wrong and where (JSON path, line and column);
//! files from older schema versions are migrated, files from newer ones refused.

use super::json_header::{Scalar, Top};
use super::json_path::path_at;
use crate::plan::dates::Period;
use crate::plan::{ListRef, NodeId, NodeRef, Plan, Stamp};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The value of the envelope's `format` field.
pub const FORMAT: &str = "launchplan";
/// The schema version this build writes, and the newest it reads.
pub const SCHEMA_VERSION: u32 = 2;
/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// Dates outside these years are refused as typing errors.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2999;
/// The longest text any one field may hold.
const MAX_TEXT_CHARS: usize = 20_000;

/// Why a JSON file could not be imported. Each message says what and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JsonImportError {
    #[error("The file is empty.")]
    Empty,
    #[error("The file is {bytes} bytes; plans larger than {limit} bytes are not read.")]
    TooLarge { bytes: usize, limit: usize },
    #[error(
        "The plan would take {bytes} bytes to store; plans larger than {limit} bytes are not read."
    )]
    TooLargeStored { bytes: usize, limit: usize },
    #[error(
        "The plan has {entries} entries (items, days, decisions and the rest); Launchplan opens plans of up to {limit}."
    )]
    TooManyEntries { entries: usize, limit: usize },
    #[error(
        "The plan has more than {limit} entries (items, days, decisions and the rest; reading stopped at {entries}); Launchplan opens plans of up to {limit}."
    )]
    TooManyEntriesStopped { entries: usize, limit: usize },
    #[error("This is not JSON: {message} at line {line}, column {column}.")]
    Syntax {
        message: String,
        line: usize,
        column: usize,
    },
    #[error("This is not a Launchplan file: {reason}")]
    NotAPlan { reason: String },
    #[error("This file was written by a newer version of Launchplan (schema version {found}); this version reads up to {supported}. Update Launchplan to open it.")]
    NewerVersion { found: u64, supported: u32 },
    #[error(
        "The schema version {found} is not valid: it must be a whole number from 1 to {supported}."
    )]
    BadVersion { found: String, supported: u32 },
    #[error("{message} at {path} (line {line}, column {column}).")]
    Invalid {
        path: String,
        message: String,
        line: usize,
        column: usize,
    },
    #[error("{message} at {path}.")]
    Rejected { path: String, message: String },
}

/// The file as written.
#[derive(Serialize)]
pub(super) struct EnvelopeOut<'a> {
    format: &'static str,
    schema_version: u32,
    plan: &'a Plan,
}

impl<'a> EnvelopeOut<'a> {
    /// The envelope of `plan` at this build's schema version.
    pub(super) fn new(plan: &'a Plan) -> Self {
        Self {
            format: FORMAT,
            schema_version: SCHEMA_VERSION,
            plan,
        }
    }
}

/// The file as read, once its header has been checked.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EnvelopeIn {
    format: String,
    /// As written, for the header check of a file read in one pass (see [`read_text`]).
    schema_version: Scalar,
    /// Only in the browser's stored copy: how many times it was saved.
    #[serde(default)]
    revision: Option<u64>,
    /// Only in the browser's stored copy: when it was saved.
    #[serde(default)]
    saved_at: Option<Stamp>,
    plan: Plan,
}

/// The browser's stored copy of a plan: the canonical file plus a revision counter, so that a
/// tab never writes over a revision it has not seen.
#[derive(Serialize)]
struct StoredOut<'a> {
    format: &'static str,
    schema_version: u32,
    revision: u64,
    saved_at: Stamp,
    plan: &'a Plan,
}

/// A plan read back from the browser's storage.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub plan: Plan,
    pub revision: u64,
    pub saved_at: Stamp,
}

/// Writes the stored copy of `plan` at `revision` (compact: storage space is scarce).
pub fn encode_stored(plan: &Plan, revision: u64, saved_at: Stamp) -> String {
    let envelope = StoredOut {
        format: FORMAT,
        schema_version: SCHEMA_VERSION,
        revision,
        saved_at,
        plan,
    };
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Reads a stored copy and its revision (0 when absent). A copy this app saved is read back
/// whatever the edits made of it (its size, its texts, its dates): only the format is checked,
/// not the limits an imported file must keep, or a plan saved once could never be read again.
pub fn decode_stored(text: &str) -> Result<Stored, JsonImportError> {
    let envelope = read_envelope(text, Checks::Stored)?;
    Ok(Stored {
        plan: envelope.plan,
        revision: envelope.revision.unwrap_or(0),
        saved_at: envelope.saved_at.unwrap_or_default(),
    })
}

/// Writes the canonical file for `plan`, without indentation: the same file, read the same way
/// (what a share link carries, and what the app writes when the pretty writer cannot be loaded).
pub fn export_json_compact(plan: &Plan) -> String {
    serde_json::to_string(&EnvelopeOut::new(plan)).unwrap_or_default()
}

/// Writes the canonical file for `plan`.
pub fn export_json(plan: &Plan) -> String {
    // Serialising plain data with string keys cannot fail.
    serde_json::to_string_pretty(&EnvelopeOut::new(plan)).unwrap_or_default()
}

/// Reads a canonical file, migrating older versions. Nothing is changed when it fails.
pub fn import_json(text: &str) -> Result<Plan, JsonImportError> {
    let plan = read_envelope(text, Checks::Import)?.plan;
    check_stored_size(&plan)?;
    Ok(plan)
}

/// The most entries (nodes of any kind) an imported plan may have: 2.5 times the 10,000-item
/// plan the benchmark and the big-plan tests measure. A plan of 200,000 items (4.75 MB of JSON)
/// froze the page for 20 s and then ran out of memory.
pub const MAX_ENTRIES: usize = 25_000;

/// Checks that an imported plan has at most [`MAX_ENTRIES`] entries, before anything renders it.
pub fn check_entries(plan: &Plan) -> Result<(), JsonImportError> {
    let mut entries = 0;
    plan.for_each_node(|_, _| entries += 1);
    if entries > MAX_ENTRIES {
        return Err(JsonImportError::TooManyEntries {
            entries,
            limit: MAX_ENTRIES,
        });
    }
    Ok(())
}

/// Checks that an imported plan has at most [`MAX_ENTRIES`] entries and fits the limit as it
/// will be stored, in UTF-8 bytes: a
/// Markdown file under the limit can make a larger plan (IDs, field names), and so can a JSON
/// file of `\uXXXX` escapes once they are written out.
pub fn check_stored_size(plan: &Plan) -> Result<(), JsonImportError> {
    check_entries(plan)?;
    let bytes = encode_stored(plan, 0, Stamp::UNKNOWN).len();
    if bytes > MAX_FILE_BYTES {
        return Err(JsonImportError::TooLargeStored {
            bytes,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(())
}

/// Reads and checks an envelope, migrating older schema versions.
/// What a read checks: a file to import keeps every limit; a stored copy only has to be a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Checks {
    Import,
    Stored,
}

fn read_envelope(text: &str, checks: Checks) -> Result<EnvelopeIn, JsonImportError> {
    if checks == Checks::Import && text.len() > MAX_FILE_BYTES {
        return Err(JsonImportError::TooLarge {
            bytes: text.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(JsonImportError::Empty);
    }
    let envelope = read_text(text)?;
    if checks == Checks::Import {
        validate(&envelope.plan)?;
    }
    Ok(envelope)
}

/// Reads an envelope: its header (its kind, format and version) and the whole of it, migrating
/// older versions. Most files are envelopes of this version: the whole is read first, in one
/// pass, and the header checked from what it read; only a file that does not read whole has its
/// header read on its own, so that every error is what it was (a bad header's first).
fn read_text(text: &str) -> Result<EnvelopeIn, JsonImportError> {
    let mut whole = serde_json::from_str::<EnvelopeIn>(text);
    // A struct also reads from a JSON list of its fields in order, which the header pass calls
    // not a plan: only an object read whole stands for its header.
    let object = text
        .trim_start_matches([' ', '\t', '\n', '\r'])
        .starts_with('{');
    let header = match &mut whole {
        Ok(envelope) if object => Top::Object {
            format: Some(Scalar::String(std::mem::take(&mut envelope.format))),
            schema_version: Some(std::mem::replace(
                &mut envelope.schema_version,
                Scalar::Other("null"),
            )),
            plan: true,
        },
        _ => serde_json::from_str(text).map_err(|e| JsonImportError::Syntax {
            message: syntax_message(&e),
            line: e.line(),
            column: e.column(),
        })?,
    };
    let version = check_header(header)?;
    // While every migration only adds fields, the second branch is known dead at compile time
    // and left out of the browser build (it would instantiate every deserializer a second time,
    // for `Value`).
    let envelope = if version == SCHEMA_VERSION || ALL_ADDITIVE || additive_from(version) {
        // Read from the text, not the value, so that errors keep their line and column. (Only
        // an object has a header that gets here.)
        whole.map_err(|e| JsonImportError::Invalid {
            path: path_at(text, e.line(), e.column()),
            message: field_message(&e),
            line: e.line(),
            column: e.column(),
        })?
    } else {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| JsonImportError::Syntax {
                message: syntax_message(&e),
                line: e.line(),
                column: e.column(),
            })?;
        let migrated = migrate(value, version)?;
        serde_json::from_value::<EnvelopeIn>(migrated).map_err(|e| JsonImportError::Rejected {
            path: "$".into(),
            message: field_message(&e),
        })?
    };
    Ok(envelope)
}

/// Checks the format marker and returns the schema version.
fn check_header(header: Top) -> Result<u32, JsonImportError> {
    let (format, schema_version, plan) = match header {
        Top::Object {
            format,
            schema_version,
            plan,
        } => (format, schema_version, plan),
        other => {
            let found = match other {
                Top::List => "a list",
                Top::String => "a string",
                Top::Number => "a number",
                Top::Bool => "true or false",
                _ => "null",
            };
            return Err(JsonImportError::NotAPlan {
                reason: format!(
                    "the file holds {found}, not an object with \"format\": \"{FORMAT}\"."
                ),
            });
        }
    };
    match format {
        Some(Scalar::String(f)) if f == FORMAT => {}
        Some(other) => {
            return Err(JsonImportError::NotAPlan {
                reason: format!("its \"format\" is {other}, not \"{FORMAT}\"."),
            });
        }
        None => {
            return Err(JsonImportError::NotAPlan {
                reason: format!("it has no \"format\": \"{FORMAT}\" field."),
            })
        }
    }
    let bad = |found: String| JsonImportError::BadVersion {
        found,
        supported: SCHEMA_VERSION,
    };
    let version = match schema_version {
        None => return Err(bad("(missing)".into())),
        Some(Scalar::Number(n)) => n.as_u64().ok_or_else(|| bad(n.to_string()))?,
        Some(other) => return Err(bad(other.to_string())),
    };
    if version == 0 {
        return Err(bad("0".into()));
    }
    if version > u64::from(SCHEMA_VERSION) {
        return Err(JsonImportError::NewerVersion {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    if !plan {
        return Err(JsonImportError::NotAPlan {
            reason: "it has no \"plan\" field.".into(),
        });
    }
    u32::try_from(version).map_err(|_| bad(version.to_string()))
}

/// One step that turns a file of schema version `from` into version `from + 1`.
#[allow(dead_code)] // No step transforms yet; the next one that must will.
enum Migration {
    /// The newer version only adds optional fields: a file of the older one reads as it is.
    Additive,
    /// The newer version changes what fields hold: the file is rewritten first.
    Transform(fn(serde_json::Value) -> Result<serde_json::Value, JsonImportError>),
}

/// The migrations, oldest first: `MIGRATIONS[i]` upgrades version `i + 1`. The golden version 1
/// file in `tests/fixtures` keeps every step honest.
const MIGRATIONS: &[Migration] = &[
    // 1 → 2: items may hold an `offset` relative to the launch ("T-7d").
    Migration::Additive,
];

/// Whether every migration only adds fields (known at compile time).
const ALL_ADDITIVE: bool = {
    let mut i = 0;
    let mut all = true;
    while i < MIGRATIONS.len() {
        all &= matches!(MIGRATIONS[i], Migration::Additive);
        i += 1;
    }
    all
};

/// Whether every step from `version` on only adds fields.
fn additive_from(version: u32) -> bool {
    let from = usize::try_from(version.saturating_sub(1)).unwrap_or(usize::MAX);
    MIGRATIONS
        .get(from..)
        .is_some_and(|steps| steps.iter().all(|m| matches!(m, Migration::Additive)))
}

fn migrate(mut value: serde_json::Value, from: u32) -> Result<serde_json::Value, JsonImportError> {
    for version in from..SCHEMA_VERSION {
        let step = usize::try_from(version - 1)
            .ok()
            .and_then(|i| MIGRATIONS.get(i))
            .ok_or(JsonImportError::BadVersion {
                found: version.to_string(),
                supported: SCHEMA_VERSION,
            })?;
        if let Migration::Transform(step) = step {
            value = step(value)?;
        }
        if let Some(obj) = value.as_object_mut() {
            obj.insert(
                "schema_version".into(),
                serde_json::Value::from(version + 1),
            );
        }
    }
    Ok(value)
}

/// What serde cannot check: unique IDs, dates in a sensible range, text lengths. A first pass
/// checks without writing the JSON path of every node (most files pass, and the paths of a big
/// plan were most of the time); only a file that fails is walked again to say where.
fn validate(plan: &Plan) -> Result<(), JsonImportError> {
    check_entries(plan)?;
    let quick = validate_with(plan, false);
    match quick {
        Ok(()) => Ok(()),
        Err(_) => validate_with(plan, true).and(quick),
    }
}

/// [`validate`]'s walk; the errors carry the JSON path of the node only with `paths`.
fn validate_with(plan: &Plan, paths: bool) -> Result<(), JsonImportError> {
    let mut v = Validator {
        seen: HashSet::new(),
        paths,
    };
    v.id(&plan.id, "$.plan.id")?;
    check_plan_id(&plan.id)?;
    v.text(&plan.title, "$.plan.title")?;
    let f = &plan.facts;
    for (date, field) in [
        (f.written_on, "written_on"),
        (f.launch, "launch"),
        (f.last_updated, "last_updated"),
        (f.next_review, "next_review"),
        (f.sprint_start, "sprint_start"),
    ] {
        v.date(date, &v.path(|| format!("$.plan.facts.{field}")))?;
    }
    v.list(ListRef::Sections(&plan.sections), "$.plan")
}

/// The longest plan ID a file may give.
const MAX_PLAN_ID_CHARS: usize = 200;

/// A plan's ID names its place in the browser's storage (`launchplan:plan:<id>`), where `:`
/// separates a plan from its backups (`<id>:last-good`): an ID with a `:` could be mistaken for
/// another plan's backup, or its own backups for a plan.
fn check_plan_id(id: &NodeId) -> Result<(), JsonImportError> {
    let reject = |message: String| {
        Err(JsonImportError::Rejected {
            path: "$.plan.id".into(),
            message,
        })
    };
    let text = id.as_str();
    if text.contains(':') {
        return reject(format!(
            "The plan ID \"{id}\" contains \":\", which plan IDs may not"
        ));
    }
    if text.chars().any(char::is_control) {
        return reject("The plan ID contains a control character".into());
    }
    if text.chars().count() > MAX_PLAN_ID_CHARS {
        return reject(format!(
            "The plan ID is longer than {MAX_PLAN_ID_CHARS} characters"
        ));
    }
    Ok(())
}

struct Validator<'p> {
    seen: HashSet<&'p NodeId>,
    /// Whether to write each node's JSON path for the errors (see [`validate`]).
    paths: bool,
}

impl<'p> Validator<'p> {
    /// The path `f` writes, when paths are wanted.
    fn path(&self, f: impl FnOnce() -> String) -> String {
        if self.paths {
            f()
        } else {
            String::new()
        }
    }

    fn id(&mut self, id: &'p NodeId, path: &str) -> Result<(), JsonImportError> {
        if id.as_str().is_empty() {
            return Err(JsonImportError::Rejected {
                path: path.into(),
                message: "An ID is empty".into(),
            });
        }
        if !self.seen.insert(id) {
            return Err(JsonImportError::Rejected {
                path: path.into(),
                message: format!("The ID \"{id}\" is used twice"),
            });
        }
        Ok(())
    }

    fn text(&self, text: &str, path: &str) -> Result<(), JsonImportError> {
        // A text has no more characters than bytes: most are counted without reading them.
        if text.len() <= MAX_TEXT_CHARS {
            return Ok(());
        }
        let chars = text.chars().count();
        if chars > MAX_TEXT_CHARS {
            return Err(JsonImportError::Rejected {
                path: path.into(),
                message: format!(
                    "The text is {chars} characters long; the limit is {MAX_TEXT_CHARS}"
                ),
            });
        }
        Ok(())
    }

    fn date(&self, date: Option<NaiveDate>, path: &str) -> Result<(), JsonImportError> {
        match date {
            Some(d) if !YEARS.contains(&d.year()) => Err(JsonImportError::Rejected {
                path: path.into(),
                message: format!(
                    "The date {d} is outside the years {} to {}",
                    YEARS.start(),
                    YEARS.end()
                ),
            }),
            _ => Ok(()),
        }
    }

    fn period(&self, period: &Option<Period>, path: &str) -> Result<(), JsonImportError> {
        let reject = |message: String| {
            Err(JsonImportError::Rejected {
                path: path.into(),
                message,
            })
        };
        match period {
            Some(Period::Month { month, .. }) if !(1..=12).contains(month) => {
                reject(format!("The month {month} is not from 1 to 12"))
            }
            Some(Period::Quarter { quarter, .. }) if !(1..=4).contains(quarter) => {
                reject(format!("The quarter {quarter} is not from 1 to 4"))
            }
            Some(p) => {
                self.date(Some(p.first_day()), path)?;
                self.date(Some(p.last_day()), path)
            }
            None => Ok(()),
        }
    }

    /// Checks every node of a list and, in turn, their lists; `at` is the path of their parent.
    fn list(&mut self, list: ListRef<'p>, at: &str) -> Result<(), JsonImportError> {
        let key = list.key();
        let (mut index, mut result) = (0, Ok(()));
        list.for_each(&mut |node| {
            if result.is_ok() {
                let at = self.path(|| format!("{at}.{key}[{index}]"));
                result = self.node(node, &at);
            }
            index += 1;
        });
        result
    }

    /// Checks one node: its ID, its texts, its dates and its period, then its children.
    fn node(&mut self, node: NodeRef<'p>, at: &str) -> Result<(), JsonImportError> {
        // A block's fields sit inside its kind: `blocks[0].schedule.id`.
        let at = self.path(|| match node {
            NodeRef::Block(block) => format!("{at}.{}", block.kind_key()),
            _ => at.to_string(),
        });
        self.id(node.id(), &self.path(|| format!("{at}.id")))?;
        for (field, text) in node.texts() {
            self.text(text, &self.path(|| format!("{at}.{field}")))?;
        }
        self.period(&node.period(), &self.path(|| format!("{at}.period")))?;
        for date in node.dates() {
            self.date(Some(date), &at)?;
        }
        let mut result = Ok(());
        node.for_each_list(&mut |list| {
            if result.is_ok() {
                result = self.list(list, &at);
            }
        });
        result
    }
}

/// serde_json's message without its own " at line L column C" suffix (we add our own).
fn strip_position(message: String) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message,
    }
}

fn syntax_message(e: &serde_json::Error) -> String {
    strip_position(e.to_string())
}

/// A field error as a sentence: "invalid type: null, expected a string" → "Expected a string, found null".
fn field_message(e: &serde_json::Error) -> String {
    let raw = strip_position(e.to_string());
    if let Some(rest) = raw.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            // serde names Rust types and number kinds: say it as a person would.
            let expected = match expected {
                "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" => {
                    "a whole number"
                }
                other => other,
            };
            let found = match found
                .strip_prefix("floating point `")
                .or_else(|| found.strip_prefix("integer `"))
                .and_then(|n| n.strip_suffix('`'))
            {
                Some(number) => format!("the number {number}"),
                None => found.to_string(),
            };
            return format!("Expected {expected}, found {found}");
        }
    }
    if raw.contains("input is out of range")
        || raw.contains("input contains invalid characters")
        || raw.contains("premature end of input")
    {
        return format!("Not a calendar date ({raw}; dates are written YYYY-MM-DD)");
    }
    let mut chars = raw.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => raw,
    }
}

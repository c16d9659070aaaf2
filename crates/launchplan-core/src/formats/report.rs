//! What an import has to tell the user: repairs made, content kept as notes, lint warnings.

use crate::plan::NodeId;
use crate::schedule::lint::Warning;

/// The report that comes with every import. Nothing in it blocks the import.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ImportReport {
    /// How many mis-decoded characters ("âœ…") were put back, and on which lines.
    pub mojibake_repairs: usize,
    pub mojibake_lines: Vec<usize>,
    /// Content the reader kept as notes because it has no place for it.
    pub unrecognised: Vec<Unrecognised>,
    pub warnings: Vec<Warning>,
    /// The year the reader put dates in when the file writes no year anywhere (the year of the
    /// day it was read): the import review offers to set another.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year_guessed: Option<i32>,
    /// Set when the document holds more entries than a plan may have
    /// ([`crate::formats::json::MAX_ENTRIES`]): the reader stopped there (the entries counted),
    /// so that such a file is refused in the time it takes to read the limit, not the whole file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped_at_entries: Option<usize>,
}

/// A line of the imported document, as the review quotes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceLine {
    /// 1-based.
    pub line: usize,
    pub text: String,
}

/// A piece of content kept as a note: where it was and which node now holds it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Unrecognised {
    pub line: usize,
    pub text: String,
    pub attached_to: NodeId,
}

impl ImportReport {
    /// One line a person reads after an import ("Repaired 14 garbled characters on 9 lines; …").
    pub fn summary(&self) -> String {
        let mut parts = Vec::new();
        if self.mojibake_repairs > 0 {
            parts.push(format!(
                "repaired {} garbled character sequence{} (text saved in the wrong encoding) on {} line{}",
                self.mojibake_repairs,
                plural(self.mojibake_repairs),
                self.mojibake_lines.len(),
                plural(self.mojibake_lines.len())
            ));
        }
        if !self.unrecognised.is_empty() {
            parts.push(format!(
                "kept {} unrecognised block{} as notes",
                self.unrecognised.len(),
                plural(self.unrecognised.len())
            ));
        }
        if !self.warnings.is_empty() {
            parts.push(format!(
                "{} warning{}",
                self.warnings.len(),
                plural(self.warnings.len())
            ));
        }
        if parts.is_empty() {
            "Imported cleanly.".into()
        } else {
            let mut s = parts.join("; ");
            if let Some(first) = s.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            s.push('.');
            s
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

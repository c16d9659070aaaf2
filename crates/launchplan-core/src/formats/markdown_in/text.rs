//! Text helpers of the Markdown importer: done markers, heading parts around a date, separators.

use super::blocks::ListItem;
use crate::plan::dates::{find_date, DatePhrase, Period};
use chrono::NaiveDate;

/// An item's text without its done marker, and whether it is done (`[x]` or a leading ✅).
pub(super) fn done_state(item: &ListItem) -> (String, bool) {
    let text = item.text.trim();
    if let Some(done) = item.task {
        return (text.to_string(), done);
    }
    for marker in ["✅", "✔️", "✔", "☑️", "☑"] {
        if let Some(rest) = text.strip_prefix(marker) {
            return (rest.trim_start().to_string(), true);
        }
    }
    (text.to_string(), false)
}

/// An item as Markdown-ish text, nested bullets included, for keeping it as a note.
pub(super) fn item_source(item: &ListItem) -> String {
    let mut out = match item.task {
        Some(true) => format!("[x] {}", item.text),
        Some(false) => format!("[ ] {}", item.text),
        None => item.text.clone(),
    };
    for extra in &item.extra {
        out.push_str("\n  ");
        out.push_str(extra);
    }
    for child in &item.children {
        out.push_str("\n  - ");
        out.push_str(&item_source(child).replace('\n', "\n  "));
    }
    out
}

/// Whether a paragraph line is a day label: all bold, or short and opening with a date.
pub(super) fn looks_like_day(text: &str, bold: bool, context: NaiveDate) -> bool {
    let Some(Ok(phrase)) = find_date(text, context) else {
        return false;
    };
    let opens_with_date = text
        .get(..phrase.span.start)
        .is_some_and(|before| before.trim().is_empty());
    single_day(&phrase.period).is_some()
        && (bold || (opens_with_date && text.chars().count() <= 60))
}

pub(super) fn single_day(period: &Period) -> Option<NaiveDate> {
    match period {
        Period::Day { date } => Some(*date),
        _ => None,
    }
}

/// A heading split around its date phrase: "Week 1: Feb 10-14, 2026 (This Week)" →
/// before "Week 1", aside "This Week"; "Feb 14 (Day 5): Feature freeze" → after "Feature freeze".
pub(super) struct HeadingParts {
    pub before: String,
    /// Text after the date that is not in parentheses.
    pub after: Option<String>,
    /// Text after the date in parentheses.
    pub aside: Option<String>,
}

impl HeadingParts {
    pub(super) fn new(heading: &str, phrase: Option<&DatePhrase>) -> HeadingParts {
        let Some(p) = phrase else {
            return HeadingParts {
                before: heading.trim().to_string(),
                after: None,
                aside: None,
            };
        };
        let before = strip_empty_parens(heading.get(..p.span.start).unwrap_or_default())
            .trim()
            .to_string();
        // A date written in parentheses leaves its closing one behind: "Week 1 (Feb 9-13)".
        let rest = heading.get(p.span.end..).unwrap_or_default().trim_start();
        let rest = rest.strip_prefix(')').unwrap_or(rest).trim();
        let aside = parenthesised(rest);
        let after = if aside.is_some() {
            None
        } else {
            non_empty(&lead_trimmed(rest))
        };
        HeadingParts {
            before,
            after,
            aside,
        }
    }

    /// The heading's words beside the date, for blocks whose title is free text.
    pub(super) fn title(&self) -> String {
        [Some(self.before.as_str()), self.after.as_deref()]
            .into_iter()
            .flatten()
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// "(This Week)" → "This Week".
pub(super) fn parenthesised(text: &str) -> Option<String> {
    let inner = text.trim().strip_prefix('(')?.strip_suffix(')')?;
    non_empty(inner)
}

/// "MVP Launch (" → "MVP Launch" (what is left of a heading once its date is taken out).
pub(super) fn strip_empty_parens(text: &str) -> &str {
    text.trim_end_matches(['(', ' ', ':', '-', '–', '—'])
}

/// "High Risk Items (Must resolve by Feb 15)" → "High Risk Items".
pub(super) fn strip_deadline(heading: &str, phrase: Option<&DatePhrase>) -> String {
    let Some(p) = phrase else {
        return heading.to_string();
    };
    let before = heading.get(..p.span.start).unwrap_or_default();
    let cut = before.rfind('(').map_or(before, |i| &before[..i]);
    cut.trim_end_matches([' ', ':', '-', '–', '—']).to_string()
}

/// "Criteria: 80% done" with label "criteria" → "80% done".
pub(super) fn labelled<'t>(text: &'t str, label: &str) -> Option<&'t str> {
    let (key, value) = text.split_once(':')?;
    key.trim().eq_ignore_ascii_case(label).then(|| value.trim())
}

/// Text after a date with its separator (": ", " - ") taken off.
pub(super) fn lead_trimmed(text: &str) -> String {
    let text = text.trim_start();
    let text = text.strip_prefix([':', '-', '–', '—']).unwrap_or(text);
    text.trim().to_string()
}

/// "If >30% P0 incomplete → Delay launch 1 week" → (trigger, action).
pub(super) fn split_arrow(text: &str) -> (String, String) {
    let first = ["→", "->", "=>", "⇒", "⟶"]
        .iter()
        .filter_map(|arrow| text.find(arrow).map(|at| (at, arrow.len())))
        .min();
    match first {
        Some((at, len)) => (
            text[..at].trim().to_string(),
            text[at + len..].trim().to_string(),
        ),
        None => (text.trim().to_string(), String::new()),
    }
}

pub(super) fn non_empty(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_string())
}

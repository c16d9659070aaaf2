//! A plan's own status legend ("🟢 - Done", "✔️ = Shipped"): the marks it says mean done, in
//! force for its status cells while that plan is read.

use std::cell::RefCell;

/// At most this many marks are kept: a legend has a handful; more is no legend.
const MOST_MARKS: usize = 8;

thread_local! {
    static DONE_MARKS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// The marks in force while a plan is read; the ones before come back when it is dropped (a
/// reading that panics included).
pub(super) struct InForce {
    before: Vec<String>,
}

impl InForce {
    /// Puts the marks `source`'s legend defines in force.
    pub(super) fn of(source: &str) -> InForce {
        let marks = done_marks(source);
        InForce {
            before: DONE_MARKS.with(|m| m.replace(marks)),
        }
    }
}

impl Drop for InForce {
    fn drop(&mut self) {
        let before = std::mem::take(&mut self.before);
        DONE_MARKS.with(|m| m.replace(before));
    }
}

/// The marks a status legend defines as done: lines "🟢 - Done", "✔️ = Shipped", "* 🟩:
/// complete", a bullet "- 🟢 Done" (a mark of no letters, digits or ASCII punctuation, a dash, equals sign or colon,
/// and one word that says done: not "Almost done"), outside code fences and HTML comments.
fn done_marks(source: &str) -> Vec<String> {
    let mut marks: Vec<String> = Vec::new();
    let (mut fence, mut comment) = (false, false);
    for line in source.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fence = !fence;
            continue;
        }
        if comment || trimmed.starts_with("<!--") {
            comment = !trimmed.contains("-->");
            continue;
        }
        if fence {
            continue;
        }
        let line = trimmed.trim_start_matches(['-', '*', '+']).trim_start();
        // ("- 🟢 Done": a bullet of a legend's list may set its word apart by a space alone.)
        let bullet = line.len() < trimmed.len();
        let Some((mark, word)) = line
            .split_once(" - ")
            .or_else(|| line.split_once(" = "))
            .or_else(|| line.split_once(" – "))
            .or_else(|| line.split_once(':'))
            .or_else(|| line.split_once(' ').filter(|_| bullet))
        else {
            continue;
        };
        let mark = key(mark);
        let word = word.trim().trim_matches('*').trim();
        if mark.is_empty()
            || mark.chars().count() > 3
            || mark
                .chars()
                .any(|ch| ch.is_alphanumeric() || ch.is_ascii_punctuation())
            || word.split_whitespace().count() != 1
            || !super::says_done_in_words(word)
            || marks.contains(&mark)
        {
            continue;
        }
        marks.push(mark);
        if marks.len() > MOST_MARKS {
            return Vec::new();
        }
    }
    marks
}

/// A mark as a legend and a cell write it, without variation selectors and spaces.
fn key(mark: &str) -> String {
    mark.chars()
        .filter(|ch| !ch.is_whitespace() && !matches!(*ch, '\u{FE0E}' | '\u{FE0F}'))
        .collect()
}

/// Whether a status cell is only a mark the plan's legend says is done.
pub(super) fn says_done(status: &str) -> bool {
    // (No legend, as in most plans: nothing to compare, nothing allocated.)
    if DONE_MARKS.with(|m| m.borrow().is_empty()) {
        return false;
    }
    let status = key(status);
    !status.is_empty() && DONE_MARKS.with(|m| m.borrow().contains(&status))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_legend_and_what_is_no_legend() {
        let marks = done_marks("⚪️ - Not started\n🟡 - In progress\n🟢 - Done\n✔️ = Shipped\n");
        assert_eq!(marks, ["🟢", "✔"]);
        // A qualified word, a word mark, a mark in a fence or a comment: none.
        for source in [
            "🟡 - Almost done\n",
            "OK - Done\n",
            "```\n🟢 - Done\n```\n",
            "<!--\n🟢 - Done\n-->\n",
        ] {
            assert!(done_marks(source).is_empty(), "{source}");
        }
        // In force while read, gone after.
        {
            let _in_force = InForce::of("🟢 - Done\n");
            assert!(says_done("🟢"));
            assert!(says_done(" 🟢\u{FE0F} "));
            assert!(!says_done("🟡"));
        }
        assert!(!says_done("🟢"));
    }
}

//! Status lines that report on the plan's own entries by their IDs: "**P3-BE-01 do P3-BE-05**:
//! Implementirani." under "## Backend status (2031-04-02)", after a backlog whose rows open with
//! those IDs. Such a line is a note of where the work stands, not work of its own; when it says
//! the work is done (or its heading does: "## Frontend status – završeno"), the entries it names
//! are ticked.

use crate::plan::{Block, Plan};

/// Words between the IDs a status line names: "P3-BE-01 do P3-BE-05", "A-1 to A-3",
/// "P3-QA-02 i P3-QA-03", "X-1, X-2 and X-4".
const JOINS: [&str; 9] = ["do", "to", "through", "–", "-", "i", "and", "&", "und"];

/// Words that open a status saying the work is done (English, Bosnian, Croatian, Serbian).
const DONE: [&str; 16] = [
    "done",
    "completed",
    "complete",
    "finished",
    "implemented",
    "merged",
    "shipped",
    "implementirani",
    "implementirano",
    "implementiran",
    "gotovo",
    "gotov",
    "završen",
    "završeno",
    "završena",
    "✅",
];

/// Words that say the work is not done yet, wherever they stand in the status.
const NOT_DONE: [&str; 18] = [
    "pending",
    "reverted",
    // Macedonian: deferred, in part, under way ("во тек").
    "одложен",
    "одложени",
    "делумно",
    "тек",
    "toku",
    "nije",
    "čeka",
    "čekaju",
    "odgođeno",
    "djelimično",
    "progress",
    "started",
    "waiting",
    "blocked",
    "postponed",
    "deferred",
];

/// An ID that opens an entry's text: letters and digits joined by dashes, with a letter and a
/// digit ("P3-BE-01", "OPS-12"; not "2031-04-02", "E2E", "go-live").
fn id_at_start(text: &str) -> Option<&str> {
    let token = text
        .trim_start_matches(['*', '_'])
        .split(|c: char| c.is_whitespace() || matches!(c, ':' | '*' | ',' | '('))
        .next()?;
    is_id(token).then_some(token)
}

pub(super) fn is_id(token: &str) -> bool {
    token.contains('-')
        && !token.starts_with('-')
        && !token.ends_with('-')
        && token.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && token.chars().any(|c| c.is_ascii_uppercase())
        && token.chars().any(|c| c.is_ascii_digit())
}

/// The IDs a status line's label names, ranges spelled out ("P3-BE-01 do P3-BE-05": the five);
/// None unless the label is IDs and the words between them only.
fn ids_of_label(label: &str) -> Option<Vec<String>> {
    let words: Vec<&str> = label
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_matches(['*', '_']))
        .filter(|w| !w.is_empty())
        .collect();
    let mut ids: Vec<String> = Vec::new();
    let mut range = false;
    for word in words {
        if JOINS.contains(&word.to_lowercase().as_str()) {
            range = matches!(word, "do" | "to" | "through" | "–" | "-");
            continue;
        }
        if !is_id(word) {
            return None;
        }
        if range {
            let from = ids.last()?.clone();
            ids.extend(spelled_out(&from, word)?);
        } else {
            ids.push(word.to_string());
        }
        range = false;
    }
    (!ids.is_empty()).then_some(ids)
}

/// The IDs after `from` up to `to` that share its stem and count on ("P3-BE-01" to "P3-BE-05":
/// 02 … 05, written as wide as `to`).
fn spelled_out(from: &str, to: &str) -> Option<Vec<String>> {
    let split = |id: &str| {
        let digits = id.len() - id.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let (stem, number) = id.split_at(id.len() - digits);
        Some((stem.to_string(), number.parse::<u32>().ok()?, digits))
    };
    let (stem, first, _) = split(from)?;
    let (to_stem, last, width) = split(to)?;
    if stem != to_stem || last <= first || last - first > 50 {
        return None;
    }
    Some(
        (first + 1..=last)
            .map(|n| format!("{stem}{n:0width$}"))
            .collect(),
    )
}

/// Whether a status says the work is done: its first word does, or its heading does ("… –
/// završeno") and nothing in it says otherwise.
fn says_done(status: &str, heading_done: bool) -> bool {
    let lower = status.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '✅')
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().any(|w| NOT_DONE.contains(w)) {
        return false;
    }
    words.first().is_some_and(|w| DONE.contains(w)) || heading_done
}

/// Whether a section's heading ends by saying its work is done ("Frontend status (2031-04-04)
/// – završeno").
fn heading_says_done(title: &str) -> bool {
    title
        .rsplit(['–', '—', '-'])
        .next()
        .map(|last| last.trim().to_lowercase())
        .is_some_and(|last| DONE.contains(&last.as_str()))
}

/// Where an entry is: its section, its block, and its item in the block (none for a gate).
type Place = (usize, usize, Option<usize>);

/// "2031-01-28": that day; None for anything else.
fn iso_day(text: &str) -> Option<chrono::NaiveDate> {
    let mut parts = text.splitn(3, '-');
    let year = parts.next().filter(|y| y.len() == 4)?.parse().ok()?;
    let month = parts.next().filter(|m| m.len() == 2)?.parse().ok()?;
    let day = parts.next().filter(|d| d.len() == 2)?.parse().ok()?;
    chrono::NaiveDate::from_ymd_opt(year, month, day)
}

/// A row's number that opens its text ("2.2 — Categories", "1.1 ✅ done"): digits parted by
/// dots, at least two parts.
fn row_number(text: &str) -> Option<&str> {
    let token = text
        .trim_start_matches(['*', '_'])
        .split_whitespace()
        .next()?;
    let token = token.trim_end_matches(['.', ':']);
    let parts: Vec<&str> = token.split('.').collect();
    (parts.len() >= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())))
    .then_some(token)
}

/// A note's line that reports a numbered row done on its day ("2.2 ✅ done (2031-01-28).", also
/// after a one-word label: "Notes. 1.1 ✅ …"): the row's number and the day.
fn row_reported_done(line: &str) -> Option<(&str, chrono::NaiveDate)> {
    let line = match line.split_once(". ") {
        Some((label, rest))
            if row_number(line).is_none() && label.split_whitespace().count() == 1 =>
        {
            rest
        }
        _ => line,
    };
    let number = row_number(line)?;
    let rest = line.trim_start_matches(['*', '_']).trim_start()[number.len()..]
        .trim_start_matches(['.', ':'])
        .trim_start();
    let (_, aside) = rest.strip_prefix('✅')?.split_once('(')?;
    // (Read by hand, not by chrono's format parser: that would bring the whole of it into the
    // reader's chunk for one form.)
    Some((number, iso_day(aside.split_once(')')?.0.trim())?))
}

/// Notes under a table of numbered rows that report one done on its day ("**2.2 ✅ ավարտված
/// (2031-01-28).** The endpoint …", "1.4 ✅ done (2031-02-03)"): the row is done, and due that
/// day. A note that says anything else of a row ("2.1 — needs the branch filter") changes
/// nothing.
pub(super) fn rows_reported_done(plan: &mut Plan) {
    for section in &mut plan.sections {
        let blocks_notes = section.blocks.iter().filter_map(|b| match b {
            Block::Schedule(g) => Some(g.notes.iter()),
            _ => None,
        });
        let reports: Vec<(&str, chrono::NaiveDate)> = section
            .notes
            .iter()
            .chain(blocks_notes.flatten())
            .flat_map(|note| note.lines())
            .filter_map(row_reported_done)
            .collect();
        if reports.is_empty() {
            continue;
        }
        let reports: Vec<(String, chrono::NaiveDate)> = reports
            .into_iter()
            .map(|(n, day)| (n.to_string(), day))
            .collect();
        for block in &mut section.blocks {
            if let Block::Schedule(g) = block {
                for item in &mut g.items {
                    let Some(number) = row_number(&item.text) else {
                        continue;
                    };
                    if let Some((_, day)) = reports.iter().find(|(n, _)| n == number) {
                        item.done = true;
                        item.due = Some(*day);
                        item.within = None;
                        item.offset = None;
                    }
                }
            }
        }
    }
}

/// Headings of a log that report on the plan's tasks by their IDs ("### P1-B — Lazy maps ✅",
/// "### P1-A — Vendor split: ALREADY FINE (no-op)", Macedonian "ВЕЌЕ СОДВЕТНО") tick the tasks
/// named so ("### P1-B: Lazy-load the maps"), written before or after the log; a report that
/// also says the work was put off or is partly done ("✅ (the audit is deferred)", "делумно 🟡")
/// ticks nothing.
pub(super) fn tasks_ticked_by_reports(plan: &mut Plan) {
    let mut done: Vec<String> = Vec::new();
    for section in &plan.sections {
        for block in &section.blocks {
            let Block::Schedule(g) = block else {
                continue;
            };
            let Some((id, report)) = [" — ", " – ", " - "]
                .iter()
                .find_map(|dash| g.label.split_once(dash))
                .filter(|(id, _)| is_id(id.trim()))
            else {
                continue;
            };
            let lower = report.to_lowercase();
            let status = lower.rsplit_once(':').map_or("", |(_, s)| s.trim());
            let already = ["already", "веќе"].iter().any(|w| status.starts_with(w));
            // The mark closes the report or its title ("Lazy maps ✅", "Checks ✅ (…)"), not
            // one step of it ("✅ design approved, implementation pending").
            let closes = lower.trim_end().ends_with('✅')
                || lower.split_once('✅').is_some_and(|(before, after)| {
                    !before.trim().is_empty() && after.trim_start().starts_with('(')
                });
            let marked = closes || already;
            let words = lower
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty());
            if marked && !words.clone().any(|w| NOT_DONE.contains(&w)) {
                done.push(id.trim().to_string());
            }
        }
    }
    if done.is_empty() {
        return;
    }
    for section in &mut plan.sections {
        for block in &mut section.blocks {
            let Block::Schedule(g) = block else {
                continue;
            };
            for item in &mut g.items {
                let named = item
                    .text
                    .split_once(':')
                    .is_some_and(|(id, _)| done.iter().any(|d| d == id.trim()));
                if named {
                    item.done = true;
                }
            }
        }
    }
}

/// Turns the plan's status lines into notes and ticks the entries they report done.
pub(super) fn status_by_id(plan: &mut Plan) {
    // The entries that open with an ID, in the order written: (section, block, item) and ID
    // (a gate's, with no item, is named but not ticked).
    let mut entries: Vec<(Place, String)> = Vec::new();
    let mut done_ids: Vec<String> = Vec::new();
    let mut noted: Vec<(usize, usize, Option<usize>, String)> = Vec::new();
    for (s, section) in plan.sections.iter().enumerate() {
        let heading_done = heading_says_done(&section.title);
        for (b, block) in section.blocks.iter().enumerate() {
            let texts: Vec<(Option<usize>, &str)> = match block {
                Block::Schedule(g) => g
                    .items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| (Some(i), item.text.as_str()))
                    .collect(),
                Block::Decision(d) => vec![(None, d.title.as_str())],
                _ => continue,
            };
            for (i, text) in texts {
                let status = text.split_once(':').and_then(|(label, status)| {
                    let ids = ids_of_label(label)?;
                    // (Only IDs of entries written before it: a status line reports on them.)
                    ids.iter()
                        .all(|id| entries.iter().any(|(_, e)| e == id))
                        .then_some((ids, status))
                });
                if let Some((ids, status)) = status {
                    if says_done(status, heading_done) {
                        done_ids.extend(ids);
                    }
                    noted.push((s, b, i, text.to_string()));
                } else if let Some(id) = id_at_start(text) {
                    entries.push(((s, b, i), id.to_string()));
                }
            }
        }
    }
    if noted.is_empty() {
        return;
    }
    for ((s, b, i), id) in &entries {
        if let (true, Some(i)) = (done_ids.contains(id), i) {
            if let Some(Block::Schedule(g)) = plan.sections[*s].blocks.get_mut(*b) {
                if let Some(item) = g.items.get_mut(*i) {
                    item.done = true;
                }
            }
        }
    }
    // Taken out last first, so that the places of the others hold; kept as notes in the order
    // written.
    for &(s, b, i, _) in noted.iter().rev() {
        let blocks = &mut plan.sections[s].blocks;
        match (i, blocks.get_mut(b)) {
            (Some(i), Some(Block::Schedule(g))) => {
                g.items.remove(i);
            }
            (None, Some(_)) => {
                blocks.remove(b);
            }
            _ => {}
        }
    }
    for (s, b, i, text) in noted {
        let section = &mut plan.sections[s];
        match (i, section.blocks.get_mut(b)) {
            (Some(_), Some(Block::Schedule(g))) => g.notes.push(text),
            _ => section.notes.push(text),
        }
    }
}

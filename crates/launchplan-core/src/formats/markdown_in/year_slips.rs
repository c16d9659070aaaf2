//! A year mistyped in a run of dated lines: "- **2026-07-05**: Aid applications close" between
//! "- **2027-07-06**: …" and "- **2027-07-05**: …" in a list of 2027's milestones. The day
//! and month fit the run where it stands; the year, one off, puts it a year away from both of
//! its neighbours. Such a line is due in its neighbours' year (its words are kept as written).

use crate::plan::dates::{date_in_years, find_date, Period};
use crate::plan::{Block, Item, Plan};
use chrono::{Datelike, NaiveDate};

/// The days around a neighbour that a line in its place may fall on (a run is in order only
/// roughly: an extension, two lines on one day, a range's end).
const SLACK: chrono::Days = chrono::Days::new(31);

/// Gives each line of a list whose written year slipped by one its neighbours' year: a list
/// of five lines or more, each due on the day it writes with its year (no count, no month),
/// all of them but the slipped ones within one year; a line whose day, in the year of the
/// lines before and after it (the same year for both), falls between them (give or take a
/// month), while with its own year it falls more than a month away from both. The first and
/// last lines have one neighbour only and are left as written, and so are a list that runs
/// over more than a year (a plan over two years writes both) and a line that speaks of the
/// past ("last year's deadline"), or that gives its day or its year again in words of its
/// own (see [`kept_as_written`]).
pub(super) fn correct_slipped_years(plan: &mut Plan, source: &str) {
    // ("- [ ] 2026-07-05: Aid applications close (due Jul 5, 2026)", as the Markdown export
    // writes each dated line: the line says in words when it is due.)
    let stated: Vec<&str> = source
        .lines()
        .filter(|l| l.contains("(due ") || l.contains("(Due "))
        .collect();
    for section in &mut plan.sections {
        for block in &mut section.blocks {
            if let Block::Schedule(group) = block {
                correct_in(&mut group.items, &stated);
            }
        }
    }
}

/// Whether a line of the run is left as written although its year is one off: it says in
/// words when it is due ("… (due Jul 5, 2026)", a line of the Markdown export), it names its
/// year again ("2030-03-14: Sold out in the 2030 edition"), or it says it looks back or
/// compares ("A year ago: the first offsite", "for comparison", "for reference", "our first
/// anniversary").
fn kept_as_written(item: &Item, day: NaiveDate, stated: &[&str]) -> bool {
    if stated.iter().any(|l| l.contains(item.text.as_str())) {
        return true;
    }
    let year = day.year().to_string();
    if item.text.matches(year.as_str()).count() > 1 {
        return true;
    }
    let lower = item.text.to_lowercase();
    super::words_of(&lower).iter().any(|w| {
        [
            "ago",
            "comparison",
            "compare",
            "compared",
            "reference",
            "anniversary",
            "benchmark",
        ]
        .contains(w)
    })
}

/// The day a line writes with its year, when it is due on that day.
fn own_day(item: &Item) -> Option<NaiveDate> {
    let due = item
        .due
        .filter(|_| item.offset.is_none() && item.within.is_none())?;
    // (Cheap first: a year is four digits.)
    if !item.text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let phrase = find_date(&item.text, due)?.ok()?;
    match phrase.period {
        Period::Day { date } if phrase.year_written && date == due => Some(date),
        _ => None,
    }
}

fn correct_in(items: &mut [Item], stated: &[&str]) {
    let dated: Vec<(usize, NaiveDate)> = items
        .iter()
        .enumerate()
        .filter_map(|(at, item)| own_day(item).map(|d| (at, d)))
        .collect();
    if dated.len() < 5 {
        return;
    }
    let mut fixes = Vec::new();
    for w in dated.windows(3) {
        let ((_, before), (at, day), (_, after)) = (w[0], w[1], w[2]);
        if before.year() != after.year() || (day.year() - before.year()).abs() != 1 {
            continue;
        }
        let Some(fixed) = date_in_years(day, before.year() - day.year()) else {
            continue;
        };
        let (low, high) = (before.min(after) - SLACK, before.max(after) + SLACK);
        // ("2026-07-05: last year's aid deadline, for comparison": a past day on purpose.)
        if (low..=high).contains(&fixed)
            && !(low..=high).contains(&day)
            && !super::tells_of_the_past(&items[at].text)
            && !kept_as_written(&items[at], day, stated)
        {
            fixes.push((at, fixed));
        }
    }
    // (The others, the slipped ones left out, within a year: one year's run.)
    let others: Vec<NaiveDate> = dated
        .iter()
        .filter(|(at, _)| !fixes.iter().any(|(f, _)| f == at))
        .map(|(_, d)| *d)
        .collect();
    let (Some(first), Some(last)) = (others.iter().min(), others.iter().max()) else {
        return;
    };
    if fixes.is_empty() || (*last - *first).num_days() > 366 || fixes.len() * 4 > dated.len() {
        return;
    }
    for (at, fixed) in fixes {
        items[at].due = Some(fixed);
    }
}

//! A month's calendar of activities written as lines ("1 - Friday -Posting of the group list"
//! under "## FEBRUARY 2030"): the day, the weekday it must fall on, and the entry.

use chrono::NaiveDate;

/// A line of a month's calendar of activities: it opens with a day of the month, or a range of
/// days, and the weekday that day falls on ("1 - Friday -Posting of the group list", "6-8 –
/// Wednesday to Friday -Writing of Chapter 2", "15 (Mon) Final review").
#[derive(Debug, PartialEq, Eq)]
pub(super) struct CalendarLine<'a> {
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// Whether a dash or a colon sets the entry apart from its weekday ("-Posting …"), as
    /// against an event written straight after it ("25 - Monday Founders' Day (holiday)").
    pub marked: bool,
    /// The entry, without its day, weekday and mark ("" for "6-8 – Wednesday" alone, a range
    /// whose weekdays go on on the next line).
    pub rest: &'a str,
}

/// `text` read as a line of the calendar of `month` in `year` (see [`CalendarLine`]): only when
/// each weekday written is the one its day falls on.
pub(super) fn calendar_line(text: &str, year: i32, month: u32) -> Option<CalendarLine<'_>> {
    const DASHES: [char; 3] = ['-', '\u{2013}', '\u{2014}'];
    fn number(s: &str) -> Option<(u32, &str)> {
        let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        if end == 0 || end > 2 {
            return None;
        }
        Some((s[..end].parse().ok()?, &s[end..]))
    }
    fn weekday(s: &str) -> Option<(chrono::Weekday, &str)> {
        let s = s.trim_start_matches(|c: char| c.is_whitespace() || c == '(');
        let end = s.find(|c: char| !c.is_alphabetic()).unwrap_or(s.len());
        let day = crate::plan::dates::weekday_named(&s[..end])?;
        Some((day, s[end..].trim_start_matches([')', '.'])))
    }
    let (first, rest) = number(text.trim_start())?;
    // "6-8 – Wednesday": a range of days before the weekday.
    let (last, rest) = rest
        .trim_start()
        .strip_prefix(DASHES)
        .and_then(|r| number(r.trim_start()))
        .unwrap_or((first, rest));
    let first = NaiveDate::from_ymd_opt(year, month, first)?;
    let last = NaiveDate::from_ymd_opt(year, month, last)?;
    if last < first {
        return None;
    }
    // A mark sets the day apart from its weekday ("1 - Friday", "15 (Fri)", "3, Monday"): not
    // a count ("2 Sunday shifts are still open"), nor a log's "5 Tuesday: the cluster went
    // down".
    let spaced = rest.trim_start();
    let bracketed = spaced.starts_with('(');
    let rest = if let Some(after) = spaced.strip_prefix(DASHES) {
        after
    } else if let Some(after) = spaced.strip_prefix(',') {
        after
    } else if bracketed {
        spaced
    } else {
        return None;
    };
    let (named, mut rest) = weekday(rest)?;
    if named != chrono::Datelike::weekday(&first) {
        return None;
    }
    // "to Friday", "and Thursday", "- Fri": the range's last weekday.
    let trimmed = rest.trim_start();
    let joined = ["to ", "and ", "through ", "thru ", "& ", "- ", "\u{2013} "]
        .iter()
        .find_map(|w| trimmed.strip_prefix(w));
    if let Some((named, after)) = joined.and_then(weekday) {
        if first == last || named != chrono::Datelike::weekday(&last) {
            return None;
        }
        rest = after;
    }
    let trimmed = rest.trim_start();
    let after_mark = trimmed
        .strip_prefix(DASHES)
        .or_else(|| trimmed.strip_prefix(':'));
    // (A word must follow the weekday: "1 Friday" is no entry without one, "1 Fridays" no day.)
    if !rest.is_empty() && !rest.starts_with(char::is_whitespace) && after_mark.is_none() {
        return None;
    }
    Some(CalendarLine {
        first,
        last,
        // ("15 (Fri) Draft outline": the weekday in brackets sets the entry apart too.)
        marked: after_mark.is_some() || bracketed,
        rest: after_mark.unwrap_or(trimmed).trim(),
    })
}

/// One line (or two, a range wrapped by hand) of a paragraph read as a month's calendar.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum CalendarSlot {
    /// The line is one of the calendar's entries: its days, whether it is marked (see
    /// [`CalendarLine::marked`]), the entry's text and the whole line as written.
    Entry {
        first: NaiveDate,
        last: NaiveDate,
        marked: bool,
        entry: String,
        written: String,
    },
    /// "6-8 – Wednesday" whose next line ("to Friday -Writing of Chapter 2") goes on with it:
    /// read with that line.
    Held,
    /// Any other line.
    Other,
}

/// The lines of a paragraph under a heading of `month` in `year`, read as its calendar: at
/// least two lines must be entries, or none is.
pub(super) fn calendar_slots(lines: &[String], year: i32, month: u32) -> Vec<CalendarSlot> {
    let mut slots = Vec::with_capacity(lines.len());
    let mut held: Option<&str> = None;
    for (i, text) in lines.iter().enumerate() {
        let joined = match held.take() {
            Some(before) => format!("{before} {text}"),
            None => text.clone(),
        };
        let Some(found) = calendar_line(&joined, year, month) else {
            slots.push(CalendarSlot::Other);
            continue;
        };
        if found.rest.is_empty() {
            // "6-8 – Wednesday" over "to Friday -Writing …": held for the next line.
            let goes_on = lines.get(i + 1).is_some_and(|next| {
                calendar_line(&format!("{joined} {next}"), year, month)
                    .is_some_and(|c| !c.rest.is_empty())
            });
            if goes_on && found.first != found.last {
                held = Some(text);
                slots.push(CalendarSlot::Held);
            } else {
                slots.push(CalendarSlot::Other);
            }
            continue;
        }
        slots.push(CalendarSlot::Entry {
            first: found.first,
            last: found.last,
            marked: found.marked,
            entry: found.rest.to_string(),
            written: joined.clone(),
        });
    }
    let entries = slots
        .iter()
        .filter(|s| matches!(s, CalendarSlot::Entry { .. }))
        .count();
    if entries < 2 {
        return lines.iter().map(|_| CalendarSlot::Other).collect();
    }
    slots
}

/// "(by Tue 20th)", "by Friday the 23rd": a deadline written as a weekday and a day of the
/// month after "by", read from `from` (the day of the heading it is under): the first day on
/// or after it, this month or the next, with that day number on that weekday.
pub(super) fn weekday_and_ordinal_by(text: &str, from: NaiveDate) -> Option<NaiveDate> {
    use chrono::{Datelike, Months};
    let lower = text.to_lowercase();
    // ("by" as a word: not "Standby Tue 20th".)
    let at = lower
        .match_indices("by ")
        .find(|(i, _)| *i == 0 || !lower[..*i].ends_with(char::is_alphanumeric))?
        .0;
    let after = &lower[at + 3..];
    let mut words = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let weekday = crate::plan::dates::weekday_named(words.next()?)?;
    let mut next = words.next()?;
    if next == "the" {
        next = words.next()?;
    }
    let digits = next.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &next[digits.len()..];
    if !["st", "nd", "rd", "th"].contains(&suffix) {
        return None;
    }
    let day: u32 = digits.parse().ok()?;
    let first = from.with_day(1)?;
    (0..2)
        .filter_map(|m| first.checked_add_months(Months::new(m))?.with_day(day))
        .find(|d| *d >= from && d.weekday() == weekday)
}

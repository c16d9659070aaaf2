//! The launch date a plan states in its content rather than in a "Launch:" line: a day heading
//! "LAUNCH DAY", a dated row "v4.2.0 released", a milestone "Public Launch", a phase
//! "Launch (Jan 4, 2027)". Used only when no line of the plan names the launch date.

use super::text::{hyphenated_words_of, is_launch_word, launch_words_in_english, words_of};
use crate::plan::dates::{find_date, DatePhrase, Period};
use crate::plan::{Block, NodeRef, Plan};
use chrono::NaiveDate;

/// The date of the dated node that most clearly names the launch itself, with its rank (see
/// [`names_launch`]); among equals, the
/// first written (a page of several releases lists the one it is about first). `headings` is
/// what the reader found in dated headings that did not become nodes of their own (a section
/// "DAY 7: Wednesday, June 10 - LAUNCH DAY"), ranked the same way.
pub(super) fn launch_from_content(
    plan: &Plan,
    headings: Option<(u8, NaiveDate)>,
) -> Option<(u8, NaiveDate)> {
    // "Website relaunch, posters and flyers" in a conference's plan: a part of the plan
    // relaunched, not the plan's own launch (unless the title is about a relaunch: "# Acme
    // website relaunch"; "Relaunch day" is one).
    let title_relaunch = plan.title.to_lowercase().contains("relaunch");
    let part_relaunched = |text: &str| {
        !title_relaunch && {
            let lower = text.to_lowercase();
            words_of(&lower)
                .windows(2)
                .any(|w| w[1] == "relaunch" && w[0] != "the")
        }
    };
    let mut title_versions = versions_in(&plan.title);
    // "The new storage engine ships in 27.7.0; that is the date … planned around.": with no
    // version in the title, the one the opening prose says the plan's work ships in is the
    // plan's, and another version's release is not its launch.
    if title_versions.is_empty() {
        title_versions = plan
            .notes
            .iter()
            .flat_map(|n| shipping_version(n))
            .collect();
    }
    // The lines that name a launch, with their ranks and days, in the order written (the
    // headings' best first, with no words of its own); [`launch_among`] picks one.
    let mut named: Vec<(u8, NaiveDate, String)> = headings
        .map(|(rank, date)| (rank, date, String::new()))
        .into_iter()
        .collect();
    // (Only a dated line that names a launch is read for its words again.)
    let mut consider = |text: &str, date: Option<NaiveDate>| {
        let Some(date) = date else { return };
        let Some(rank) = names_launch(text)
            .or_else(|| releases_the_titles_version(text, &plan.title).then_some(2))
            .or_else(|| dates_the_titles_milestone(text, &title_versions).then_some(1))
        else {
            return;
        };
        // Not another version's ("Release 1.9.2 on …", a hotfix, in "# Falcon 2.0"; "3.1.0
        // final" in "# Gull 3.1 schedule" is the title's).
        let other_version = !title_versions.is_empty()
            && versions_in(text)
                .iter()
                .any(|v| !title_versions.iter().any(|t| same_version(v, t)));
        if !other_version && !part_relaunched(text) && !side_event_date_and_place(plan, text) {
            named.push((rank, date, text.to_string()));
        }
    };
    plan.for_each_node(|node, parent| match node {
        // Not a date it only has from its week or phase: "Public launch" under "Jun 1-7" does
        // not say the launch is on the 7th.
        NodeRef::Item(item) => {
            let from_range = matches!(
                parent,
                Some(NodeRef::Block(Block::Schedule(g)))
                    if g.period.is_some_and(|p| single_day(Some(p)).is_none() && item.due == Some(p.last_day()))
            );
            // A month or quarter is not a day ("Go live on Product Hunt" in "July 2027").
            if !from_range && item.within.is_none() {
                // "Symposium dates: September 14-16": the event starts on its first day (the
                // item is due on its last).
                // ("Meetup date (2028-06-09 + 2028-06-10)": two days joined, the first too.)
                let first = item.due.and_then(|due| {
                    let phrase = find_date(&item.text, due)?.ok()?;
                    match phrase.period {
                        // (Not a rollout to everyone: it reaches the last of them on its
                        // last day.)
                        Period::Range { start, end }
                            if end == due && !names_full_rollout(&item.text) =>
                        {
                            Some(start)
                        }
                        Period::Day { date }
                            if date.succ_opt() == Some(due)
                                && item.text[phrase.span.end..].trim_start().starts_with('+') =>
                        {
                            Some(date)
                        }
                        _ => None,
                    }
                });
                consider(&bare_item_text(&item.text, item.due), first.or(item.due));
            }
        }
        NodeRef::Day(day) => consider(day.title.as_deref().unwrap_or_default(), Some(day.date)),
        NodeRef::Milestone(m) => consider(&m.title, single_day(m.period)),
        NodeRef::Block(Block::Schedule(g)) => {
            consider(&g.label, single_day(g.period));
            consider(g.aside.as_deref().unwrap_or_default(), single_day(g.period));
        }
        _ => {}
    });
    let lines: Vec<(u8, &str)> = named
        .iter()
        .map(|(rank, _, text)| (*rank, text.as_str()))
        .collect();
    launch_among(&lines).map(|at| (named[at].0, named[at].1))
}

/// Whether a line names another event's "date and place" than the plan's own: "Contributor
/// meetup date and place (…)" in "# Library 2.0 release" is a side event, not the release
/// (not "Release Meetup date and place" in "# Release checklist", nor a meetup plan's "Meetup
/// date and venue"). The plan's own event is one the title or a launch section names.
fn side_event_date_and_place(plan: &Plan, text: &str) -> bool {
    let Some(event) = phrases(text).find_map(|phrase| {
        let lower = phrase.to_lowercase();
        match hyphenated_words_of(&lower).as_slice() {
            [event @ .., "date" | "dates", "and", "place" | "location" | "venue"]
                if !event.is_empty() =>
            {
                Some(event.iter().map(|w| w.to_string()).collect::<Vec<_>>())
            }
            _ => None,
        }
    }) else {
        return false;
    };
    if event
        .iter()
        .any(|w| ["launch", "release", "go-live", "golive"].contains(&w.as_str()))
    {
        return false;
    }
    // (The title, and the sections that name the launch: "Release day", "Launch".)
    let words = |t: &str| -> Vec<String> {
        hyphenated_words_of(&t.to_lowercase())
            .into_iter()
            .map(str::to_string)
            .collect()
    };
    let mut own = words(&plan.title);
    for section in &plan.sections {
        let lower = section.title.to_lowercase();
        if names_launch(&section.title).is_some() || lower.contains("release day") {
            own.extend(words(&lower));
        }
    }
    !event
        .iter()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .any(|w| own.iter().any(|o| o == w || stem(o) == stem(w)))
}

/// Of lines that name a launch, with their ranks, the one that names the plan's: the first of
/// the highest rank, or a later one of the same rank that releases the whole of which the
/// first releases a part ("GeoWeave-core release 3.4", then "GeoWeave release 3.4").
pub(super) fn launch_among(lines: &[(u8, &str)]) -> Option<usize> {
    let mut best: Option<usize> = None;
    for (at, &(rank, text)) in lines.iter().enumerate() {
        let better = best.is_none_or(|b| {
            let (b_rank, b_text) = lines[b];
            rank > b_rank || rank == b_rank && is_part_of(b_text, text)
        });
        if better {
            best = Some(at);
        }
    }
    best
}

/// Whether `part` releases a part of what `whole` releases: its subject is the whole's and
/// more, after a dash or a space ("GeoWeave-core release 3.4" of "GeoWeave release 3.4").
pub(super) fn is_part_of(part: &str, whole: &str) -> bool {
    // (Of the same version: "Core release 4.1" is no whole of "Core plugins release 4.0".)
    if versions_in(part) != versions_in(whole) {
        return false;
    }
    let whole = released_subject(whole);
    !whole.is_empty()
        && released_subject(part)
            .strip_prefix(whole.as_str())
            .is_some_and(|rest| rest.starts_with(['-', ' ']))
}

/// The words before "release" or "launch" in `text`, lowercased ("geoweave-core" of
/// "GeoWeave-core release 3.4"); empty when there are none.
fn released_subject(text: &str) -> String {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    words
        .iter()
        .position(|w| ["release", "launch", "released", "launched"].contains(w))
        .map(|at| words[..at].join(" "))
        .unwrap_or_default()
}

/// Whether two version numbers name one release: the same, or one with ".0" parts the other
/// leaves out ("3.1.0" and "3.1").
fn same_version(a: &str, b: &str) -> bool {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    long.strip_prefix(short).is_some_and(|rest| {
        rest.split('.').skip(1).all(|p| p == "0") && (rest.is_empty() || rest.starts_with('.'))
    })
}

/// The version a sentence says something ships in: "The new storage engine ships in 27.7.0",
/// "Offline mode lands in v4.2" (not "Patch releases go out every three weeks").
fn shipping_version(text: &str) -> Option<&str> {
    let lower = text.to_lowercase();
    // (Byte offsets of the lowercased text fit the text only when lowercasing kept its length.)
    if lower.len() != text.len() {
        return None;
    }
    let at = [
        "ships in ",
        "ship in ",
        "lands in ",
        "land in ",
        "is released in ",
    ]
    .iter()
    .find_map(|w| lower.find(w).map(|at| (at, at + w.len())))
    // (Not what a clause says of something else: "…needs the new sync API, which lands in
    // 9.2.0": the API's version, not the plan's.)
    .filter(|&(verb, _)| {
        let before = words_of(&lower[..verb]);
        !before
            .iter()
            .rev()
            .take(2)
            .any(|w| ["which", "that", "who"].contains(w))
    })
    .map(|(_, at)| at)?;
    let rest = text.get(at..)?;
    let word = rest
        .split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .next()?;
    let word = word.trim_matches('.');
    is_version(&word.to_lowercase()).then(|| word.trim_start_matches(['v', 'V']))
}

/// The version numbers a text names ("2.0" of "# Falcon v2.0", "3.4" of "GeoWeave release 3.4").
fn versions_in(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map(|w| w.trim_matches('.'))
        .filter(|w| is_version(&w.to_lowercase()))
        .map(|w| w.trim_start_matches(['v', 'V']))
        .collect()
}

/// An item's words without the date it is due on and whom it is assigned to: "Rilis 2903.0.0
/// tanggal 1 Maret 2029 oleh @dimas" is "Rilis 2903.0.0", "Release 2.0 on May 3 by @ana and
/// @li" is "Release 2.0", so that what it names is read as in a line of its own ("Staging
/// release 2029-03-01" names no launch: a release to some of the users).
fn bare_item_text(text: &str, due: Option<NaiveDate>) -> String {
    const ON: [&str; 9] = ["on", "tanggal", "pada", "am", "le", "el", "em", "op", "il"];
    const BY: [&str; 8] = ["by", "oleh", "por", "par", "von", "door", "da", "przez"];
    const AND: [&str; 7] = ["and", "dan", "y", "e", "und", "et", "&"];
    let mut text = text.to_string();
    if let Some(Ok(phrase)) = due.and_then(|due| find_date(&text, due)) {
        let before = text[..phrase.span.start].trim_end();
        let before = match before.rsplit_once(char::is_whitespace) {
            Some((rest, word)) if ON.contains(&word.to_lowercase().as_str()) => rest,
            None if ON.contains(&before.to_lowercase().as_str()) => "",
            _ => before,
        };
        text = format!("{before} {}", &text[phrase.span.end..]);
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut kept: Vec<&str> = Vec::with_capacity(words.len());
    for (i, word) in words.iter().enumerate() {
        let lower = word.to_lowercase();
        let next_is_handle = words.get(i + 1).is_some_and(|w| w.starts_with('@'));
        let joins =
            (BY.contains(&lower.as_str()) || AND.contains(&lower.as_str())) && next_is_handle;
        if !word.starts_with('@') && !joins {
            kept.push(word);
        }
    }
    kept.join(" ")
}

/// The month or quarter of the item that most clearly names the launch, when the plan gives
/// it no day ("- [ ] **PUBLIC LAUNCH**" under "#### December 2027"); a public or target launch
/// over a plain one over a release, the first written among equals.
pub(super) fn launch_period_from_content(plan: &Plan) -> Option<Period> {
    let mut best: Option<(u8, Period)> = None;
    plan.for_each_node(|node, _| {
        if let NodeRef::Item(item) = node {
            // (Its words without the month: "Launch **Nov 2032**" names the launch as "Launch
            // **Nov 3, 2032**" does.)
            let named = item
                .within
                .and_then(|_| names_launch(&bare_item_text(&item.text, item.due)));
            if let (Some(rank), Some(within)) = (named, item.within) {
                if best.is_none_or(|(b, _)| rank > b) {
                    best = Some((rank, within));
                }
            }
        }
    });
    best.map(|(_, period)| period)
}

/// The day of the beta, pilot or soft launch a plan names when it names no launch at all
/// ("**Target for the first beta: September 26th.**", "Pilot go-live (Mar 2)"): what such a plan
/// counts down to. The first written, as in [`launch_from_content`].
pub(super) fn lesser_launch_from_content(plan: &Plan) -> Option<NaiveDate> {
    first_day_whose_words(plan, names_lesser_launch)
}

/// The day of the first dated item, day, milestone or group (a day of its own, not a month or
/// a week's end) whose words `says` something.
fn first_day_whose_words(plan: &Plan, says: impl Fn(&str) -> bool) -> Option<NaiveDate> {
    let mut found = None;
    let mut consider = |text: &str, date: Option<NaiveDate>| {
        if found.is_none() && date.is_some() && says(text) {
            found = date;
        }
    };
    plan.for_each_node(|node, _| match node {
        NodeRef::Item(item) if item.within.is_none() => consider(&item.text, item.due),
        NodeRef::Day(day) => consider(day.title.as_deref().unwrap_or_default(), Some(day.date)),
        NodeRef::Milestone(m) => consider(&m.title, single_day(m.period)),
        // ("### Freitag, 27.8.2027 - Spieltag 1": the day's words after its date are its
        // aside.)
        NodeRef::Block(Block::Schedule(g)) => {
            consider(&g.label, single_day(g.period));
            consider(g.aside.as_deref().unwrap_or_default(), single_day(g.period));
        }
        _ => {}
    });
    found
}

/// Whether a phrase of `text` names a beta, pilot or soft launch as an event ("First beta",
/// "Target for the open beta", "Pilot launch", "Soft launch day"), not work about one ("Pick
/// twelve labs for the beta", "Beta feedback survey").
pub(super) fn names_lesser_launch(text: &str) -> bool {
    phrases(text).any(|phrase| {
        // "Lançamento do piloto aberto", "Launch of the open pilot": as "Open pilot launch"
        // (not "Launch survey for the pilot", "Launch email to the beta").
        let original = phrase.trim().to_lowercase();
        let launch_of = original.starts_with("launch of ")
            || ["lançamento d", "lanzamiento d", "lancement d", "lancio d"]
                .iter()
                .any(|p| original.starts_with(p));
        let lower = launch_words_in_english(&original);
        let mut words: Vec<&str> = hyphenated_words_of(&lower)
            .into_iter()
            .map(|w| match w {
                "piloto" | "pilota" => "pilot",
                _ => w,
            })
            .collect();
        if launch_of && words.first() == Some(&"launch") && words.len() > 1 {
            words.remove(0);
            if words.first() == Some(&"of") {
                words.remove(0);
            }
            words.push("launch");
        }
        // Named as an event, not a bare "Beta" (a word a plan may use for anything).
        let qualified = words
            .first()
            .is_some_and(|w| ["target", "first", "open", "public"].contains(w))
            || words.len() > 1
                && [
                    "launch", "start", "starts", "opens", "go-live", "day", "date",
                ]
                .contains(&words[words.len() - 1]);
        if !qualified {
            return false;
        }
        // "Target for the first beta": the target is the beta.
        if words.first() == Some(&"target") {
            words.remove(0);
            if words.first() == Some(&"for") {
                words.remove(0);
            }
        }
        // (Portuguese, Spanish, Italian "aberto", "abierto", "aperto": open.)
        words.retain(|w| {
            ![
                "the", "our", "first", "open", "public", "aberto", "abierto", "aperto",
            ]
            .contains(w)
        });
        let count = words.len();
        if count > 1 && ["day", "date"].contains(&words[count - 1]) {
            words.pop();
        }
        if words.len() > 1
            && ["launch", "start", "starts", "opens", "go-live"].contains(&words[words.len() - 1])
        {
            words.pop();
        }
        let Some(&last) = words.last() else {
            return false;
        };
        (1..=4).contains(&count)
            && ["beta", "pilot", "soft"].contains(&last)
            && !words.iter().any(|w| VERBS.contains(w))
    })
}

/// The day of the event a plan's title names, when no line names a launch: the first dated
/// heading, label or item that is only "<the event> day" ("Moving day (Saturday 13 March):" in
/// "# Move production servers to the data centre", "Apr 19: Mini-summit day (13:30 - 17:00)"
/// in "# Harbourline Mini-Summit 2027: venue deliverables"), the event being a word of the
/// title (as "moving" is of "Move") or one of [`EVENTS`].
/// "# Calendario de la actualización de red de noviembre" over "Se acerca el cambio de
/// protocolo del 14 de Noviembre …": the one day of the month the title names (a month alone,
/// no day) that the plan's opening prose names.
pub(super) fn title_month_day(plan: &Plan, context: NaiveDate) -> Option<NaiveDate> {
    use chrono::Datelike;
    if find_date(&plan.title, context).is_some() {
        return None;
    }
    let lower = plan.title.to_lowercase();
    // Of a release, an update or an upgrade ("actualización", "Aktualisierung"): not "# Q3
    // plan for the June cohort", "# November newsletter".
    let about = [
        "release",
        "launch",
        "update",
        "upgrade",
        "actualización",
        "actualizacion",
        "aktualisierung",
        "lanzamiento",
        "lançamento",
        "lancement",
        "cutover",
        "migration",
        "fork",
    ];
    if !words_of(&lower).iter().any(|w| about.contains(w)) {
        return None;
    }
    let mut months = words_of(&lower)
        .into_iter()
        .filter(|w| w.chars().count() >= 4 || *w == "may")
        .filter_map(crate::plan::dates::month_named);
    let month = months.next()?;
    if months.next().is_some() {
        return None;
    }
    let mut days = Vec::new();
    for note in &plan.notes {
        // (Not the day the page was written or a deadline: "written on 5 June", "close on".)
        let said = note.to_lowercase();
        if [
            "written",
            "updated",
            "created",
            "published",
            "close",
            "closes",
            "deadline",
        ]
        .iter()
        .any(|w| words_of(&said).contains(w))
        {
            continue;
        }
        let mut rest = note.as_str();
        while let Some(found) = find_date(rest, context) {
            let Ok(phrase) = found else { break };
            if let Period::Day { date } = phrase.period {
                if date.month() == month && !days.contains(&date) {
                    days.push(date);
                }
            }
            rest = rest.get(phrase.span.end..).unwrap_or_default();
        }
    }
    match days.as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}

/// A title that names a day without its year ("… state-level fair on January 16") and the one
/// dated line of the plan that falls on that month and day: that day, the event the plan is
/// for (above a place and a date at the top, a news page's dateline).
pub(super) fn title_yearless_day_of_an_item(plan: &Plan, context: NaiveDate) -> Option<NaiveDate> {
    use chrono::Datelike;
    // (A title in a script the date finder does not read is read in its copy: "… ക്ലാസുകൾ
    // ഫെബ്രുവരി 16 മുതൽ", classes from February 16.)
    let title =
        super::native::translate(&plan.title).map_or_else(|| plan.title.clone(), |t| t.text);
    let phrase = find_date(&title, context)?.ok()?;
    let Period::Day { date } = phrase.period else {
        return None;
    };
    if phrase.year_written {
        return None;
    }
    let mut days: Vec<NaiveDate> = Vec::new();
    plan.for_each_node(|node, _| {
        if let NodeRef::Item(item) = node {
            if let Some(due) = item
                .due
                .filter(|_| item.within.is_none() && item.offset.is_none())
            {
                if due.month() == date.month() && due.day() == date.day() && !days.contains(&due) {
                    days.push(due);
                }
            }
        }
    });
    match days.as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}

/// "Two weeks before the jam: print posters" under a heading "# Autumn Game Jam 2029" that a
/// line of only its days follows ("*17:00 19th Oct - 17:00 21st Oct*"): the counts name the
/// heading's occasion by one of its words, so they count from its first day. `heading_days`
/// are such headings, lower-cased, with their first days (see the reader's
/// `heading_date_line`). Every count that names one of them must name the same day; none when
/// no count does.
pub(super) fn day_of_the_counted_heading(
    plan: &Plan,
    heading_days: &[(String, NaiveDate)],
) -> Option<NaiveDate> {
    use crate::plan::dates::{month_named, weekday_named};
    if heading_days.is_empty() {
        return None;
    }
    // (Words of a heading that name no occasion: its count or kind of part, a day of the
    // week or a month.)
    const NO_OCCASION: [&str; 14] = [
        "the", "and", "for", "our", "your", "day", "days", "week", "weeks", "month", "schedule",
        "timeline", "plan", "agenda",
    ];
    // (A heading of a meeting about the occasion dates the meeting: "# Bazaar Planning
    // Meeting" over its evening is not the bazaar's day.)
    const MEETINGS: [&str; 9] = [
        "meeting", "planning", "call", "sync", "review", "retro", "standup", "briefing", "debrief",
    ];
    let names: Vec<(Vec<&str>, NaiveDate)> = heading_days
        .iter()
        .filter(|(heading, _)| !words_of(heading).iter().any(|w| MEETINGS.contains(w)))
        .map(|(heading, day)| {
            let words = words_of(heading)
                .into_iter()
                .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
                .filter(|w| !w.starts_with(|c: char| c.is_ascii_digit()))
                .filter(|w| !NO_OCCASION.contains(w))
                .filter(|w| month_named(w).is_none() && weekday_named(w).is_none())
                .collect();
            (words, *day)
        })
        .collect();
    let mut found: Option<NaiveDate> = None;
    let mut clash = false;
    plan.for_each_node(|node, _| {
        let NodeRef::Item(item) = node else { return };
        if item.offset.is_none() {
            return;
        }
        let text = item.text.to_lowercase();
        let counted = words_of(&text);
        // ("… before the jam", "after the festival"; in a language that puts the name first,
        // the name among the count's words.)
        let names_it = |name: &str| {
            if text.is_ascii() {
                counted
                    .windows(2)
                    .any(|w| ["before", "after"].contains(&w[0]) && w[1] == name)
                    || counted.windows(3).any(|w| {
                        ["before", "after"].contains(&w[0]) && w[1] == "the" && w[2] == name
                    })
            } else {
                name.chars().count() >= 4 && counted.contains(&name)
            }
        };
        for (words, day) in &names {
            if words.iter().any(|w| names_it(w)) {
                match found {
                    Some(d) if d != *day => clash = true,
                    _ => found = Some(*day),
                }
            }
        }
    });
    found.filter(|_| !clash)
}

/// "## Publishing Date" (a launch's date as a section's title: launch, release, go-live,
/// publication, publishing, ship or on-sale, then "date" or "day") over prose that says when
/// ("So if nothing slips, the book should be out by the end of March 2030."): the latest day,
/// month or quarter its prose names is the launch's. A sentence about the past or a date given
/// up ("was", "went", "originally", "last", "first announced") names none; a section that says
/// the date is still to be decided names none at all.
/// `find` is the reader's way of finding a date in a text.
pub(super) fn launch_date_section(
    plan: &Plan,
    find: impl Fn(&str) -> Option<DatePhrase>,
) -> Option<Period> {
    const NAMES: [&str; 9] = [
        "launch",
        "release",
        "go-live",
        "publication",
        "publishing",
        "ship",
        "shipping",
        "on-sale",
        "sale",
    ];
    const PAST: [&str; 12] = [
        "was",
        "were",
        "went",
        "had",
        "originally",
        "last",
        "previous",
        "previously",
        "signed",
        "announced",
        "slipped",
        "old",
    ];
    const OPEN: [&str; 4] = ["to be decided", "to be confirmed", "tbd", "not yet"];
    let section = plan.sections.iter().find(|s| {
        let lower = s.title.to_lowercase();
        let words = hyphenated_words_of(&lower);
        matches!(words.as_slice(), [name, last] if NAMES.contains(name) && ["date", "day"].contains(last))
    })?;
    let mut latest: Option<Period> = None;
    for note in &section.notes {
        let lower = note.to_lowercase();
        if OPEN.iter().any(|w| lower.contains(w)) {
            return None;
        }
        for sentence in note.split_inclusive(['.', ';', '!']) {
            let lower = sentence.to_lowercase();
            if words_of(&lower).iter().any(|w| PAST.contains(w)) {
                continue;
            }
            let mut rest = sentence;
            while let Some(phrase) = find(rest) {
                if latest.is_none_or(|l| phrase.period.last_day() > l.last_day()) {
                    latest = Some(phrase.period);
                }
                if phrase.span.end == 0 {
                    break;
                }
                rest = rest.get(phrase.span.end..).unwrap_or_default();
            }
        }
    }
    latest
}

/// A launch plan ("# Lanseringsplan: …", "# Launch plan") that asks its own open questions
/// and has answered the one of the day: "| Vilket datum vill du byta? | tis 14/9, efter att
/// höstmenyn är klar |", "| When do we go live? | Tue 14/9 |". The question asks for
/// a date ("which date", "when", in the languages the reader knows); its answer, beside it or
/// in the row's next cell, opens with the day. The launch, when one such question is answered
/// so (two answered differently give none).
/// `find` is the reader's way of finding a date in a text.
pub(super) fn answered_launch_day(
    plan: &Plan,
    find: impl Fn(&str) -> Option<DatePhrase>,
) -> Option<NaiveDate> {
    // (The title names the launch: the word or a compound of it.)
    const LAUNCH_STEMS: [&str; 9] = [
        "launch",
        "relaunch",
        "go-live",
        "golive",
        "lanser",
        "lancer",
        "lancement",
        "lanzamiento",
        "lançamento",
    ];
    let title = plan.title.to_lowercase();
    if !hyphenated_words_of(&title)
        .iter()
        .any(|w| LAUNCH_STEMS.iter().any(|s| w.starts_with(s)))
    {
        return None;
    }
    // "Which date", "what date", "when" and their like: English, Swedish, Norwegian and
    // Danish, German, Dutch, French, Spanish, Portuguese, Italian.
    const ASKS_THE_DATE: [&str; 24] = [
        "which date",
        "what date",
        "which day",
        "what day",
        "when ",
        "vilket datum",
        "vilken dag",
        "när ",
        "hvilken dato",
        "hvilken dag",
        "når ",
        "welches datum",
        "an welchem tag",
        "wann ",
        "welke datum",
        "wanneer ",
        "quelle date",
        "quel jour",
        "quand ",
        "qué fecha",
        "cuándo ",
        "que data",
        "quando ",
        "quale data",
    ];
    // The questions with their answers: a line's, after its question mark, else its first
    // note ("Status: tis 14/9"), its label aside; and a row of a table kept as a note, its
    // first two cells.
    let mut asked: Vec<(String, String)> = Vec::new();
    plan.for_each_node(|node, _| {
        let NodeRef::Item(item) = node else { return };
        // (A cheap test first: a question.)
        let Some((question, rest)) = item.text.split_once('?') else {
            return;
        };
        let answer = if rest.trim().is_empty() {
            let Some(note) = item.notes.first() else {
                return;
            };
            match note.split_once(": ") {
                Some((label, value)) if label.split_whitespace().count() <= 2 => value.to_string(),
                _ => note.clone(),
            }
        } else {
            rest.to_string()
        };
        asked.push((question.to_string(), answer));
    });
    let mut rows = |notes: &[String]| {
        for line in notes.iter().flat_map(|n| n.lines()) {
            if !line.contains('?') || !line.trim_start().starts_with('|') {
                continue;
            }
            let mut cells = line.trim().trim_matches('|').split('|');
            if let (Some(question), Some(answer)) = (cells.next(), cells.next()) {
                if let Some((question, _)) = question.split_once('?') {
                    asked.push((question.to_string(), answer.to_string()));
                }
            }
        }
    };
    for section in &plan.sections {
        rows(&section.notes);
        for block in &section.blocks {
            if let Block::Schedule(g) = block {
                rows(&g.notes);
            }
        }
    }
    let mut found: Option<NaiveDate> = None;
    let mut clash = false;
    for (question, answer) in &asked {
        let lower = question.to_lowercase();
        let question = format!(
            "{} ",
            lower.trim_start_matches(|c: char| !c.is_alphabetic())
        );
        if !ASKS_THE_DATE
            .iter()
            .any(|q| question.starts_with(q) || question.contains(&format!(" {q}")))
        {
            continue;
        }
        // (And asks it of the launch or the switch: "When do we go live?", Swedish "Vilket
        // datum vill du byta?"; not "When do we print the new menus?" in the same plan.)
        if !hyphenated_words_of(&question).iter().any(|w| {
            LAUNCH_STEMS.iter().any(|s| w.starts_with(s))
                || is_launch_word(w)
                || [
                    "live",
                    "switch",
                    "byta",
                    "bytet",
                    "flytta",
                    "wechseln",
                    "umziehen",
                    "schalten",
                    "umschalten",
                    "umstellen",
                ]
                .contains(w)
        }) {
            continue;
        }
        let answer = answer.to_lowercase();
        let answer = answer.trim().trim_matches(['*', '_']);
        // (The answer opens with the day, a weekday before it at most: "tis 14/9", which is
        // read without its weekday when the two are not read as one.)
        let opens_with_day = |text: &str| {
            let phrase = find(text)?;
            let before = words_of(&text[..phrase.span.start]);
            match phrase.period {
                Period::Day { date } if before.len() <= 1 => Some(date),
                _ => None,
            }
        };
        let after_first = answer
            .split_once(' ')
            .map_or("", |(_, rest)| rest.trim_start());
        let Some(date) = opens_with_day(answer).or_else(|| {
            find(after_first)
                .filter(|p| p.span.start == 0)
                .and_then(|_| opens_with_day(after_first))
        }) else {
            continue;
        };
        match found {
            Some(d) if d != date => clash = true,
            _ => found = Some(date),
        }
    }
    found.filter(|_| !clash)
}

/// "Go/no-go call with the moderators: open on Sunday or stay closed another day" on a
/// Saturday: the go/no-go decides whether the launch goes ahead on the weekday it names after
/// a verb of going ahead ("open", "launch", "go live", "ship", "release", "switch" on Sunday):
/// that weekday, the first after the decision's day (within a week). Not the decision's own
/// weekday ("Go/no-go call with the electricians on Tuesday", a call's, not a launch's).
pub(super) fn day_the_go_no_go_decides(plan: &Plan) -> Option<NaiveDate> {
    use crate::plan::dates::weekday_named;
    use chrono::Datelike;
    const GOES_AHEAD: [&str; 13] = [
        "open", "opens", "launch", "launches", "live", "ship", "ships", "release", "releases",
        "switch", "switches", "flip", "publish",
    ];
    let mut found = None;
    plan.for_each_node(|node, _| {
        if found.is_some() {
            return;
        }
        let (text, day) = match node {
            NodeRef::Block(Block::Decision(p)) => (p.title.as_str(), p.date),
            NodeRef::Item(i) => (i.text.as_str(), i.due.filter(|_| i.offset.is_none())),
            _ => return,
        };
        let Some(day) = day else { return };
        // (A cheap test first: a go/no-go.)
        let lower = text.to_lowercase();
        if !lower.contains("no-go") && !lower.contains("no go") {
            return;
        }
        let words = words_of(&lower);
        let weekday = words.windows(3).find_map(|w| {
            (GOES_AHEAD.contains(&w[0]) && w[1] == "on")
                .then(|| weekday_named(w[2]))
                .flatten()
        });
        if let Some(weekday) = weekday {
            found = day
                .iter_days()
                .skip(1)
                .take(7)
                .find(|d| d.weekday() == weekday);
        }
    });
    found
}

/// The event the plan's counts name ("Hand out flyers - two weeks before the opening
/// ceremony") when a dated line opens with its name ("Opening ceremony 2030.09.04 10.00"): that
/// line's day is what the counts are from. The name is the dated line's first two words, right
/// after "before" or "after" in English, anywhere in a count in another script (so that a case
/// ending, Sinhala "… උත්සවයට", still names "… උත්සවය");
/// of two such lines, the first after the count (else the last before it); every count that
/// names one must name the same day. With the day, the text (lower case) of the line that
/// names it when that line is the event's own.
///
/// `noted` are dated lines kept as notes (a summary's key dates, "Mar 3, 9:00 AM – Moving day:
/// the crew comes"): read after the items, as lines that may name the event.
pub(super) fn event_the_counts_name(
    plan: &Plan,
    noted: &[(String, NaiveDate)],
) -> Option<(NaiveDate, Option<String>)> {
    let mut lines: Vec<(String, Option<NaiveDate>, bool)> = Vec::new();
    plan.for_each_node(|node, _| {
        if let NodeRef::Item(item) = node {
            let dated = item
                .due
                .filter(|_| item.offset.is_none() && item.within.is_none());
            lines.push((item.text.to_lowercase(), dated, item.offset.is_some()));
        }
    });
    lines.extend(
        noted
            .iter()
            .map(|(text, due)| (text.to_lowercase(), Some(*due), false)),
    );
    // (The first two words of a dated line; in a language that declines them, their last two
    // too, "પ્રથમ વર્ષના વર્ગો શરૂ", the first year's classes start.)
    let names: Vec<Vec<String>> = lines
        .iter()
        .map(|(text, due, _)| {
            let Some(due) = *due else {
                return Vec::new();
            };
            let bare = bare_item_text(text, Some(due));
            // (A time of day after the day, "Mar 3, 9:00 AM – Moving day", is not the name.)
            let words: Vec<&str> = bare
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| !w.is_empty())
                .skip_while(|w| {
                    w.starts_with(|c: char| c.is_ascii_digit()) && w.contains(':')
                        || ["am", "pm"].contains(w)
                })
                .collect();
            let named = |pair: &[&str]| {
                (pair.len() == 2
                    && pair
                        .iter()
                        .all(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2))
                .then(|| pair.join(" "))
            };
            let mut names: Vec<String> = named(&words[..words.len().min(2)]).into_iter().collect();
            if !bare.is_ascii() && words.len() > 2 {
                names.extend(named(&words[words.len() - 2..]));
            }
            names
        })
        .collect();
    // (Not when a count is from the launch or an event the reader knows by another name, "1
    // week before launch", "3 days before the conference", nor when a heading names the
    // launch: the counted event is another. A count that names the launch by the dated line's
    // own words, "two days before go live" with "Go live 2030-09-04", is from it.)
    let names_the_launch = |text: &str| words_of(text).iter().any(|w| is_launch_word(w));
    let launch_heading = names_the_launch(&plan.title.to_lowercase())
        || plan
            .sections
            .iter()
            .any(|s| names_the_launch(&s.title.to_lowercase()));
    let mut day: Option<(NaiveDate, usize)> = None;
    for (at, (text, _, relative)) in lines.iter().enumerate() {
        if !relative {
            continue;
        }
        // (In English the name follows the count's side, "two days after onboarding starts",
        // "before the opening ceremony"; a language that puts it before the count may decline
        // it, so there it is looked for anywhere.)
        let names_it = |k: &usize| {
            names[*k].iter().any(|n| {
                if text.is_ascii() {
                    ["before ", "after ", "before the ", "after the "]
                        .iter()
                        .any(|side| text.contains(&format!("{side}{n}")))
                } else {
                    text.contains(n.as_str()) || names_declined(text, n)
                }
            })
        };
        let picked = (at + 1..lines.len())
            .find(names_it)
            .or_else(|| (0..at).rev().find(names_it));
        let launch_named = picked.is_some_and(|k| names[k].iter().any(|n| names_the_launch(n)));
        if (launch_heading || names_the_launch(text)) && !launch_named {
            return None;
        }
        let pick = picked.and_then(|k| Some((lines[k].1?, k)));
        match (pick, &day) {
            (Some((p, _)), Some((d, _))) if p != *d => return None,
            (Some((p, k)), None) => day = Some((p, k)),
            _ => {}
        }
    }
    // (The event's own line opens with its name and adds a word or two, a time: "Opening
    // ceremony 2030.09.04 10.00 am"; not work on its day that mentions it.)
    day.map(|(date, k)| {
        let bare = bare_item_text(&lines[k].0, Some(date));
        let words = bare
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count();
        let opens = names[k]
            .first()
            .is_some_and(|name| lines[k].0.trim_start().starts_with(name.as_str()));
        (date, (words <= 4 && opens).then(|| lines[k].0.clone()))
    })
}

/// Whether a text names an event of two words in another case: two words in a row, each
/// opening with the name's word less its last letter ("తరగతుల ప్రారంభానికి మూడు రోజుల ముందు",
/// three days before the start of classes, names "తరగతుల ప్రారంభం").
fn names_declined(text: &str, name: &str) -> bool {
    let stem = |w: &str| -> String {
        let n = w.chars().count();
        if n >= 4 {
            w.chars().take(n - 1).collect()
        } else {
            w.to_string()
        }
    };
    let name: Vec<String> = name.split(' ').map(stem).collect();
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c.is_ascii_punctuation())
        .filter(|w| !w.is_empty())
        .collect();
    name.len() == 2
        && words
            .windows(2)
            .any(|pair| pair[0].starts_with(&name[0]) && pair[1].starts_with(&name[1]))
}

pub(super) fn titled_event_day(plan: &Plan) -> Option<NaiveDate> {
    let stems = title_stems(&plan.title);
    first_day_whose_words(plan, |text| names_event_day(text, &stems))
}

/// "# Tasks for Catalog Flip Day" with a section "Flip rundown" (schedule, timeline, run of
/// show) of days: the rundown ends on the day the title names, its last day.
pub(super) fn rundown_last_day(plan: &Plan) -> Option<NaiveDate> {
    let lower = plan.title.to_lowercase();
    let words = hyphenated_words_of(&lower);
    let at = words.iter().position(|w| *w == "day")?;
    let event = words.get(at.checked_sub(1)?)?;
    let named = format!("{event} day");
    let event = stem(event).to_string();
    if !names_event_day(&named, std::slice::from_ref(&event)) {
        return None;
    }
    // The rundown's days, with what each says.
    let mut days: Vec<(NaiveDate, String)> = Vec::new();
    for section in &plan.sections {
        let lower = section.title.to_lowercase();
        let words = hyphenated_words_of(&lower);
        let rundown = words.iter().any(|w| stem(w) == event)
            && words
                .iter()
                .any(|w| ["rundown", "schedule", "timeline", "run-of-show"].contains(w));
        if !rundown {
            continue;
        }
        for block in &section.blocks {
            let Block::Schedule(g) = block else {
                continue;
            };
            let mut said = |date: NaiveDate, title: &str, items: &[crate::plan::Item]| {
                let mut text = title.to_lowercase();
                for item in items {
                    text.push('\n');
                    text.push_str(&item.text.to_lowercase());
                }
                days.push((date, text));
            };
            if let Some(date) = single_day(g.period) {
                said(date, &g.label, &g.items);
            }
            for day in &g.days {
                said(
                    day.date,
                    day.title.as_deref().unwrap_or_default(),
                    &day.items,
                );
            }
        }
    }
    // A day that names the event's day ("Demo Day: present to investors"); else the last day
    // that is no follow-up ("Send follow-up emails", "Team retro").
    let named_day = days.iter().find(|(_, text)| {
        text.lines()
            .any(|line| names_event_day(line, std::slice::from_ref(&event)))
    });
    if let Some((date, _)) = named_day {
        return Some(*date);
    }
    const AFTERWARDS: [&str; 9] = [
        "follow-up",
        "follow up",
        "followup",
        "retro",
        "wrap-up",
        "wrap up",
        "debrief",
        "thank",
        "clean-up",
    ];
    days.iter()
        .filter(|(_, text)| !AFTERWARDS.iter().any(|w| text.contains(w)))
        .map(|(date, _)| *date)
        .max()
}

/// A section named for the cut-over itself ("## Cut-over", German "Umstellung", French
/// "Bascule", in three words at most and not its preparation or aftermath: "Pre-cutover",
/// "Nach der Umstellung"): the switch is its last dated day, failing every other way of
/// naming the launch.
pub(super) fn cutover_section_last_day(plan: &Plan) -> Option<NaiveDate> {
    const CUTOVER: [&str; 10] = [
        "cutover",
        "cut-over",
        "umstellung",
        "switchover",
        "changeover",
        "go-live",
        "golive",
        "bascule",
        "basculement",
        "omschakeling",
    ];
    const AROUND: [&str; 19] = [
        "pre",
        "post",
        "after",
        "before",
        "nach",
        "vor",
        "prep",
        "preparation",
        "rollback",
        "vorbereitung",
        "nachbereitung",
        "plan",
        "rehearsal",
        "dry",
        "test",
        "checklist",
        "practice",
        "probe",
        "generalprobe",
    ];
    let mut days: Vec<NaiveDate> = Vec::new();
    for section in &plan.sections {
        let lower = section.title.to_lowercase();
        let words = hyphenated_words_of(&lower);
        let named = (1..=3).contains(&words.len())
            && words.iter().any(|w| CUTOVER.contains(w))
            && !words
                .iter()
                .any(|w| AROUND.contains(w) || w.starts_with("pre-") || w.starts_with("post-"));
        if !named {
            continue;
        }
        for block in &section.blocks {
            let Block::Schedule(g) = block else { continue };
            days.extend(
                g.items
                    .iter()
                    .filter(|i| i.within.is_none())
                    .filter_map(|i| i.due)
                    .chain(g.days.iter().map(|d| d.date)),
            );
        }
    }
    // The last day of its first run of days (a week apart at most): not the old servers'
    // teardown weeks later.
    days.sort_unstable();
    let first = *days.first()?;
    Some(
        days.iter()
            .try_fold(first, |last, &d| {
                if (d - last).num_days() <= 7 {
                    Ok(d)
                } else {
                    Err(last)
                }
            })
            .unwrap_or_else(|last| last),
    )
}

/// A timeline's last entry that is only the event's name and year over the days it runs
/// ("**June 14-16, 2029** DevRiver 2029", at the end of a conference's timeline of six dated
/// entries at least): its first day is the event's, failing every other way of naming the
/// launch (not a team's own gathering: "Company Offsite 2029").
pub(super) fn named_event_days(plan: &Plan) -> Option<NaiveDate> {
    use chrono::Datelike;
    const GATHERINGS: [&str; 8] = [
        "offsite", "retreat", "party", "dinner", "holiday", "holidays", "vacation", "break",
    ];
    let mut last: Option<(NaiveDate, Option<NaiveDate>)> = None;
    let mut dated = 0;
    plan.for_each_node(|node, _| {
        let NodeRef::Item(item) = node else { return };
        let Some(due) = item.due.filter(|_| item.within.is_none()) else {
            return;
        };
        dated += 1;
        if last.is_some_and(|(d, _)| d > due) {
            return;
        }
        let start = find_date(&item.text, due)
            .and_then(Result::ok)
            .and_then(|p| match p.period {
                Period::Range { start, end } if end == due && (end - start).num_days() <= 6 => {
                    let name =
                        format!("{}{}", &item.text[..p.span.start], &item.text[p.span.end..]);
                    let words: Vec<&str> = name.split_whitespace().collect();
                    let year = due.year().to_string();
                    let named = (2..=4).contains(&words.len())
                        && words.last() == Some(&year.as_str())
                        && !words
                            .iter()
                            .any(|w| GATHERINGS.contains(&w.to_lowercase().as_str()))
                        && words[..words.len() - 1]
                            .iter()
                            .all(|w| w.starts_with(char::is_uppercase));
                    named.then_some(start)
                }
                _ => None,
            });
        last = Some((due, start));
    });
    last.and_then(|(_, start)| start).filter(|_| dated >= 6)
}

/// A dated line whose words, once its date is taken away, are the name the title gives the
/// plan's event, year and all ("* 14-16 de Junho de 2028: Encontro Python do Cerrado 2028;" in
/// "# Agenda - Encontro Python do Cerrado 2028"): the event's first day. The name has a year
/// and two words before it at least, so that "# Release 2.0" is no event named by "Release".
pub(super) fn title_named_event_days(plan: &Plan) -> Option<NaiveDate> {
    let title = words_of(&plan.title.to_lowercase()).join(" ");
    let mut found = None;
    plan.for_each_node(|node, _| {
        let NodeRef::Item(item) = node else { return };
        let Some(due) = item
            .due
            .filter(|_| item.within.is_none() && found.is_none())
        else {
            return;
        };
        let Some(Ok(phrase)) = find_date(&item.text, due) else {
            return;
        };
        let rest = format!(
            "{} {}",
            &item.text[..phrase.span.start],
            &item.text[phrase.span.end..]
        );
        let lower = rest.to_lowercase();
        let name = words_of(&lower);
        let has_year = name
            .last()
            .is_some_and(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()));
        let in_title = format!(" {title} ").contains(&format!(" {} ", name.join(" ")));
        // (An event's name: "Encontro Python do Cerrado 2028", not a period of goals or
        // plans, "Growth OKRs H1 2030", "Roadmap Q3 2030".)
        let names_an_event = !name.iter().any(|w| {
            [
                "okr",
                "okrs",
                "goals",
                "objectives",
                "roadmap",
                "plan",
                "planning",
                "budget",
                "report",
                "h1",
                "h2",
                "q1",
                "q2",
                "q3",
                "q4",
                "quarter",
                "sprint",
            ]
            .contains(w)
        });
        if has_year && name.len() >= 3 && in_title && names_an_event {
            found = Some(match phrase.period {
                Period::Range { start, .. } => start,
                _ => due,
            });
        }
    });
    found
}

/// Whether a heading is only "<the title's event> day" (see [`titled_event_day`]).
pub(super) fn heading_names_titled_event_day(heading: &str, title: &str) -> bool {
    names_event_day(heading, &title_stems(title))
}

/// The stems of the words a title names its event by: its first word ("Move production
/// servers …", "Wedding planning"), and any word of it that is an event or a move.
fn title_stems(title: &str) -> Vec<String> {
    let lower = title.to_lowercase();
    let words: Vec<&str> = hyphenated_words_of(&lower)
        .into_iter()
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
        .filter(|w| !["the", "a", "an", "our", "my", "your"].contains(w))
        .collect();
    let mut stems: Vec<String> = words
        .first()
        .filter(|w| w.chars().count() >= 4)
        .map(|w| stem(w).to_string())
        .into_iter()
        .collect();
    stems.extend(
        words
            .iter()
            .filter(|w| is_event_word(w))
            .map(|w| stem(w).to_string()),
    );
    stems
}

/// An event or a move: "summit", "mini-summit", "moving", "migration", "switch" (a site's
/// "Switch Day", when its address moves).
fn is_event_word(word: &str) -> bool {
    let word = event_part(word);
    EVENTS.contains(&word)
        || [
            "move",
            "moving",
            "migration",
            "cutover",
            "switchover",
            "switch",
        ]
        .contains(&word)
}

/// The word a hyphenated word names ("mini-summit" is a summit), unless its first part makes
/// it another day ("pre-move", "post-launch").
fn event_part(word: &str) -> &str {
    match word.split_once('-') {
        Some((first, _)) if ["pre", "post", "after", "before", "re", "non"].contains(&first) => {
            word
        }
        Some((_, last)) => last,
        None => word,
    }
}

/// A word without the ending that makes it a noun, a verb's form or a plural: "moving" and
/// "move" are "mov", "migration" and "migrate" "migrat".
fn stem(word: &str) -> &str {
    ["ing", "ion", "ed", "es", "e", "s"]
        .iter()
        .find_map(|end| {
            word.strip_suffix(end)
                .filter(|rest| rest.chars().count() >= 3)
        })
        .unwrap_or(word)
}

/// Words before "day" that make it any day or another one than an event's ("Every day",
/// "Same day", "Prep day").
const ANY_DAY: &[&str] = &[
    "every", "each", "per", "first", "last", "next", "same", "that", "this", "one", "two", "half",
    "full", "whole", "working", "business", "sick", "rest", "travel", "the", "a", "our", "your",
    "prep", "setup", "before", "after", "for", "until", "till", "to",
];

/// "* November 12 **HOSD day 1**" in a posting calendar that leads up to it: the first day of
/// the event, named "<its name> day 1", is the launch when nothing else names one. Only when
/// the plan holds dated work before it (a plan whose count starts on its "Day 1" starts there).
pub(super) fn event_day_one(plan: &Plan) -> Option<NaiveDate> {
    let day = first_day_whose_words(plan, names_day_one_of_an_event)?;
    let mut earlier = false;
    plan.for_each_node(|node, _| match node {
        NodeRef::Item(item) => earlier |= item.due.is_some_and(|d| d < day),
        NodeRef::Day(d) => earlier |= d.date < day && !d.items.is_empty(),
        _ => {}
    });
    earlier.then_some(day)
}

/// Whether a phrase of `text` is "<name> day 1", one to three words of a name before it
/// ("HOSD day 1", "Conference Day 1"; not "Day 1", "Sprint day 1" or "Work day 1").
fn names_day_one_of_an_event(text: &str) -> bool {
    const COUNTS: [&str; 7] = [
        "sprint", "week", "work", "phase", "project", "course", "study",
    ];
    phrases(text).any(|phrase| {
        let lower = phrase.to_lowercase();
        let words = hyphenated_words_of(&lower);
        // German writes the event's day as one word: "Spieltag 1" (match day 1), "Turniertag
        // 1", "Konferenztag 1"; the event's ("Spiel", a match, or one of [`EVENTS`]), not
        // "Arbeitstag 1" or "Projekttag 1".
        if let [compound, "1"] = words.as_slice() {
            return compound
                .strip_suffix("tag")
                .is_some_and(|event| event == "spiel" || EVENTS.contains(&event));
        }
        let [before @ .., "day", "1"] = words.as_slice() else {
            return false;
        };
        // (Nor work counted in days: "Painting day 1", "Install day 1".)
        (1..=3).contains(&before.len())
            && !before.iter().any(|w| {
                ANY_DAY.contains(w)
                    || VERBS.contains(w)
                    || COUNTS.contains(w)
                    || w.ends_with("ing")
                    || ["install", "build", "setup", "cleanup", "move", "training"].contains(w)
            })
    })
}

/// Whether a phrase of `text` is only "<event> day", in one to three words before "day", the
/// last of which names the title's event or is an event ("Moving day", "Mini-summit day",
/// "Summit day"), and none of which makes it any day or another one ("Every day", "Same day",
/// "Office cleaning day", "Packing for moving day", "Pre-move day").
fn names_event_day(text: &str, title_stems: &[String]) -> bool {
    phrases(text).any(|phrase| {
        let lower = phrase.to_lowercase();
        let words = hyphenated_words_of(&lower);
        let Some((&"day", before)) = words.split_last() else {
            return false;
        };
        let Some(last) = before.last() else {
            return false;
        };
        before.len() <= 3
            && !before
                .iter()
                .any(|w| ANY_DAY.contains(w) || VERBS.contains(w))
            && (is_event_word(last)
                || last.chars().count() >= 4 && title_stems.iter().any(|s| s == stem(last)))
    })
}

fn single_day(period: Option<Period>) -> Option<NaiveDate> {
    match period? {
        Period::Day { date } => Some(date),
        _ => None,
    }
}

/// What opens before an event rather than the event itself: "Registration opening", "CfP
/// goes live", "Ticket sales go live".
pub(super) const OPENS_BEFORE: &[&str] = &[
    "registration",
    "registrations",
    "sales",
    "ticket",
    "tickets",
    "call",
    "cfp",
    "submissions",
    "applications",
    "signup",
    "signups",
];

/// The phrases of a text, cut at colons, pipes, brackets, bullets, dashes, semicolons and a
/// spaced plus that joins two events: where a line names an event ("Apr 19: Mini-summit day
/// (13:30 - 17:00)", "Showcase: the app goes live + public beta opens").
fn phrases(text: &str) -> impl Iterator<Item = &str> {
    text.split([':', '|', '(', ')', '[', ']', '•', '—', '–', ';', ','])
        .flat_map(|part| part.split(" - "))
        .flat_map(|part| part.split(" + "))
}

/// How clearly a text names the launch event (2 a release, 3 a launch, go-live or cut-over, 4
/// a public, general or target one);
/// None when it does not. The text is cut into phrases (at dashes, colons, bullets and
/// brackets) and a phrase names the launch when its last word is the launch ("Public Launch",
/// "Orrery v4.2.0 released", "26.08 final") or a launch followed by "day" or "date", in at
/// most four words, with none that makes it something else ("beta", "notes", "post-") and no
/// verb in front ("Plan the launch", "Share launch numbers" are tasks about it).
pub(super) fn names_launch(text: &str) -> Option<u8> {
    let rank = phrases(text).filter_map(phrase_rank).max();
    // "Pick a shutdown date (by 3 April)": the day to pick by, not the day picked.
    if rank == Some(PICKED) {
        let lower = text.to_lowercase();
        let by = words_of(&lower)
            .iter()
            .any(|w| ["by", "before", "until", "due", "deadline"].contains(w));
        return (!by).then_some(2);
    }
    rank
}

/// Whether a phrase's words name a rollout to everyone: "full", "complete" or "general", then
/// at most one word of where ("production"), then "rollout" or "roll-out", then nothing or to
/// whom ("to every card holder", "for all users"), ten words at most; not a part of the users
/// or a stage before them ("Full rollout to staging", "Full rollout of the beta") nor a
/// rollout done in steps ("Full staged rollout"). A rollout over a span reaches everyone on
/// its last day (see `launch_from_content`).
fn rolls_out_to_everyone(words: &[&str]) -> bool {
    let Some(at) = words
        .iter()
        .position(|w| ["rollout", "roll-out"].contains(w))
    else {
        return false;
    };
    let whom = &words[at + 1..];
    (1..=2).contains(&at)
        && words.len() <= 10
        && ["full", "complete", "general"].contains(&words[0])
        && (at == 1 || words[1] == "production")
        && (whom.is_empty() || ["to", "for"].contains(&whom[0]))
        && !words.iter().any(|w| {
            LESSER_LAUNCHES.contains(w)
                || SOME_OF_THE_USERS.contains(w)
                || [
                    "staged",
                    "partial",
                    "phased",
                    "gradual",
                    "plan",
                    "checklist",
                ]
                .contains(w)
        })
}

/// Whether a phrase of `text` names a rollout to everyone ("06/07-06/18: Full rollout to all
/// users"): work the team does on the launch's days, so its line stays a task.
pub(super) fn names_full_rollout(text: &str) -> bool {
    phrases(text).any(|phrase| {
        let lower = phrase.to_lowercase();
        rolls_out_to_everyone(&hyphenated_words_of(&lower))
    })
}

/// Whether a heading's words before its aside name a release before the launch, so that the
/// aside's "release date" is that one's: "Release Candidate 1 (release date: 19 Jan 2029)",
/// "Beta (launch date: …)"; not "Release (release date: 15 Mar 2029)".
pub(super) fn aside_dates_a_lesser_release(heading: &str) -> bool {
    let Some((head, _)) = heading.split_once('(') else {
        return false;
    };
    let lower = head.to_lowercase();
    words_of(&lower).iter().any(|w| {
        *w == "candidate"
            || LESSER_LAUNCHES.contains(w)
            || SOME_OF_THE_USERS.contains(w)
            || w.strip_prefix("rc")
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// The rank of a phrase that picks the launch's day ("Pick a shutdown date"), told apart so
/// that a deadline for picking it is not taken for the day.
const PICKED: u8 = 9;

fn phrase_rank(phrase: &str) -> Option<u8> {
    let lower = phrase.to_lowercase();
    // "Puesta en producción", "Mise en production", "Inbetriebnahme": going live, in the other
    // languages the reader knows.
    let trimmed = lower.trim().trim_matches(|c: char| !c.is_alphanumeric());
    if GO_LIVE.contains(&trimmed) {
        return Some(3);
    }
    // "校正終了・公開": the publication (not "非公開", not public).
    if trimmed.ends_with("公開") && !trimmed.ends_with("非公開") {
        return Some(2);
    }
    // "第一个正式版 v1.0 计划于 2027-04-30 发布" (the first official version ships on …), "正式上线":
    // a release or a go-live in Chinese, an official one above a plain one; not a trial's
    // ("公测版发布", "Beta 版发布", "候选版本发布") nor notes or a review ("发布说明", "发布评审").
    if trimmed.ends_with("发布") || trimmed.ends_with("上线") {
        let trial = [
            "测试",
            "公测",
            "内测",
            "预览",
            "候选",
            "beta",
            "alpha",
            "rc",
            "灰度",
            "试运行",
        ];
        // (A version's release, "正式版", "v1.0", "2.0 版": not a post, a poster or a
        // patch published, "宣传文案发布", "应急补丁发布".)
        let versioned = trimmed.contains('版')
            || trimmed.contains("正式")
            || trimmed
                .split_whitespace()
                .any(|w| super::launch::is_version(w.trim_start_matches('v')));
        let patch = ["补丁", "热修复", "修复"]
            .iter()
            .any(|w| trimmed.contains(w));
        if !trial.iter().any(|w| trimmed.contains(w)) && versioned && !patch {
            return Some(if trimmed.contains("正式") { 4 } else { 2 });
        }
    }
    // "- 이벤트 일시: 3/15 (목) 14:00" among an issue's "Label: day" lines: the event's date and
    // time, as "Event date" is in English (a fact line where the plan's fields are read).
    if super::facts::EVENT_DATE_LABELS.contains(&trimmed) {
        return Some(2);
    }
    // "Doors open at 8:30": the event's first day.
    if trimmed.starts_with("doors open") {
        return Some(3);
    }
    // "ハンズオン当日", "活动当天", "행사 당일": the day of the event itself, in Japanese, Chinese
    // and Korean.
    // (Not a rehearsal's, a deadline's or a move-in's day: "リハーサル当日", "申込締切当日".)
    if ["当日", "当天", "당일"]
        .iter()
        .any(|w| trimmed.ends_with(w))
        && ![
            "リハーサル",
            "締切",
            "〆切",
            "締め切り",
            "搬入",
            "準備",
            "彩排",
            "截止",
            "准备",
            "리허설",
            "마감",
            "준비",
        ]
        .iter()
        .any(|w| trimmed.contains(w))
    {
        return Some(3);
    }
    let mut words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-'))
        .map(|w| w.trim_matches(|c: char| c == '.' || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    // Version numbers ("v4.2.0", "26.08") say which release, not what happens.
    let versioned = words.iter().any(|w| is_version(w));
    words.retain(|w| !is_version(w));
    // "Full launch for everyone", "Public release to all users", "Full launch กับลูกค้าทั่วไป":
    // the launch, then whom it is for (in as many words as it takes).
    if (3..=8).contains(&words.len())
        && !versioned
        && ["full", "public", "official", "general", "grand", "global"].contains(&words[0])
        && ["launch", "release", "go-live"].contains(&words[1])
        // Then whom it is for ("for", "to", "with", Thai "กับ…"): "Public launch webinar",
        // "General release of the SDK docs" are other things.
        && (["for", "to", "with"].contains(&words[2]) || !words[2].is_ascii())
        && !words[2..]
            .iter()
            .any(|w| OTHER_THAN_THE_LAUNCH.contains(w) && !["for", "to", "the", "of"].contains(w))
    {
        return Some(3);
    }
    // "Full rollout to every user", "Full production rollout", "Complete roll-out": a staged
    // rollout's last stage, the product out to everyone (a release's rank, below a line that
    // says "Launch").
    if rolls_out_to_everyone(&words) {
        return Some(2);
    }
    // "Lanzamiento público", "Lancement officiel", "Lançamento": the launch in Spanish, French,
    // Portuguese and Italian, its noun first.
    if let [noun, rest @ ..] = words.as_slice() {
        if ["lanzamiento", "lancement", "lançamento", "lancio"].contains(noun) {
            let major = [
                "público",
                "pública",
                "publico",
                "public",
                "publique",
                "pubblico",
                "oficial",
                "officiel",
                "ufficiale",
                "general",
                "général",
                "generale",
                "global",
            ];
            // (Alone, a plain one: "Phase 1 : Lancement" may be a project's kick-off.)
            match rest {
                [] => return Some(2),
                [adjective] if major.contains(adjective) => return Some(4),
                _ => {}
            }
        }
    }
    // "Go-live at the partner observatories", "Launch in all regions": the launch, then where
    // (a release "of" something, "for" someone, may be another thing).
    let launch_at = match words.as_slice() {
        [first, at, ..] => {
            ["go-live", "golive", "launch", "cutover", "cut-over"].contains(first)
                && ["at", "in", "across"].contains(at)
        }
        _ => false,
    } || matches!(words.as_slice(), ["go", "live", at, ..] if ["at", "in", "across"].contains(at));
    if launch_at
        && words.len() <= 8
        && !words.iter().any(|w| {
            OTHER_THAN_THE_LAUNCH.contains(w) && !["the", "at", "in", "on", "from"].contains(w)
        })
    {
        return Some(3);
    }
    // "Launch on the rideshare", "Launch aboard Falcon 9": the launch and what carries it, in
    // six words at most; a lesser name of it than "Launch" alone (another launch the plan
    // names, "Publication", may be the event: "Launch on the podcast circuit").
    if let ["launch", "on" | "aboard", rest @ ..] = words.as_slice() {
        if (1..=4).contains(&rest.len())
            && !phrase.contains('?')
            && !rest.iter().any(|w| OTHER_THAN_THE_LAUNCH.contains(w) && *w != "the")
            // (Not a state it is in: "on hold", "on time", "on track", "on schedule".)
            && !matches!(
                rest.first().copied(),
                Some("hold" | "time" | "track" | "schedule" | "ice" | "pause" | "budget")
            )
        {
            return Some(2);
        }
    }
    // "Meetup date and place", "Summit dates and venue": the event's date, and what else was
    // settled with it.
    if let [.., "date" | "dates", "and", "place" | "location" | "venue"] = words.as_slice() {
        words.truncate(words.len() - 2);
    }
    if words.is_empty() || words.len() > 4 {
        return None;
    }
    // "#### Maintenance Window (Saturday 2027-03-20, evening)": the cut-over's day, when the
    // plan names nothing more its launch.
    if words == ["maintenance", "window"] {
        return Some(2);
    }
    // "Pick a shutdown date. (SEPT 26)", "Choose the go-live date": the day picked is that
    // day (and the line a decision, see `schedule::gates`).
    if let [verb, rest @ .., what, "date" | "day"] = words.as_slice() {
        if ["pick", "choose", "fix"].contains(verb)
            && rest.iter().all(|w| ["a", "the", "our"].contains(w))
            && [
                "launch",
                "release",
                "go-live",
                "cutover",
                "cut-over",
                "shutdown",
                "switch-off",
                "switchover",
                "migration",
            ]
            .contains(what)
        {
            return Some(PICKED);
        }
    }
    let split: Vec<&str> = words.iter().flat_map(|w| w.split(['-', '.'])).collect();
    // "v3.7.0-rc1 release": a release candidate ("rc1", "rc2"), not the release.
    let candidate = |w: &&str| {
        w.strip_prefix("rc")
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    if split.iter().any(|w| {
        OTHER_THAN_THE_LAUNCH.contains(w)
            || LESSER_LAUNCHES.contains(w)
            || SOME_OF_THE_USERS.contains(w)
            || candidate(w)
    }) {
        return None;
    }
    if VERBS.contains(&words[0]) && words.len() > 1 {
        return None;
    }
    let last = *words.last()?;
    // "Go-Live Closure", "Cutover complete": the end of the launch is its day.
    let head = if matches!(
        last,
        "day" | "date" | "days" | "dates" | "closure" | "complete" | "completed" | "completion"
            // "OPENING NIGHT", "Launch night": the evening it opens is its day.
            | "night"
            // "Çalıştay Günü", "Turniertag" written apart: the day in other languages.
            | "günü" | "tag" | "día" | "dia" | "jour" | "giorno" | "den"
    ) && words.len() > 1
    {
        words[words.len() - 2]
    } else {
        last
    };
    // "Symposium dates", "Hackathon day": the day an event counts down to.
    if EVENTS.contains(&head) && words.len() > 1 && words.len() <= 3 {
        return Some(2);
    }
    // "Conference Opens", "Hackathon begins": the event itself starting (not "Registration
    // opens", what opens before it).
    if let [event, starts] = words.as_slice() {
        if EVENTS.contains(event) && ["opens", "starts", "begins", "kicks"].contains(starts) {
            return Some(2);
        }
    }
    let rank = match head {
        "launch" | "launches" | "launched" | "go-live" | "golive" | "ga" | "cutover"
        | "cut-over" | "d-day" | "relaunch" => 3,
        // "meld lift-off", "Liftoff": a rocket's launch (not "lift" alone, a verb).
        "lift-off" | "liftoff" => 3,
        // Bulgarian "ПУБЛИЧНО ПУСКАНЕ" (public launch).
        "пускане" | "пускането" => 3,
        // Not "CfP goes live" or "Ticket sales go live": what opens before the event.
        "live"
            if (lower.contains("go live") || lower.contains("goes live"))
                && !words.iter().any(|w| OPENS_BEFORE.contains(w)) =>
        {
            3
        }
        // "3.4 Ship Day", "Ship date": the day it ships (not "Ship" alone, a verb).
        "ship" if matches!(last, "day" | "date") && words.len() == 2 => 3,
        // Indonesian "Rilis 2903.0.0".
        "release" | "released" | "rilis" => 2,
        // "OPENING DAY", "Grand opening", "Store opening": the day it opens (not the opening
        // of registration, sales or a call).
        "opening" if words.len() > 1 && !words.iter().any(|w| OPENS_BEFORE.contains(w)) => 3,
        "final" if versioned => 2,
        // "14.0.0 stable": the release a train of betas leads to.
        "stable" if versioned || words.len() == 1 => 3,
        _ => return None,
    };
    let major = [
        "public",
        "general",
        "official",
        "target",
        "major",
        "публично",
        "официално",
    ];
    Some(if split.iter().any(|w| major.contains(w)) {
        4
    } else if last == "night" {
        // ("Launch night (team dinner)": the evening of a day another line may name outright,
        // "Launch day: 3 March", which outranks it.)
        rank.min(2)
    } else {
        rank
    })
}

/// Whether `text` is the release of the version the title names, its noun first:
/// "Publicación de la 4.1" in "# Publicación de la versión 4.1", "Release of v2.0" in "# v2.0
/// checklist", "Rilascio della 3.2" (the noun, of, an article or "version", and the version;
/// not "Publicación de la versión 3.4" in a plan about a network update, a step before it).
pub(super) fn releases_the_titles_version(text: &str, title: &str) -> bool {
    // (Not to a part of the audience: "Release of 2.0 (staging)", "Staging: release of 2.0".)
    let lower = text.to_lowercase();
    let qualified = words_of(&lower)
        .iter()
        .any(|w| LESSER_LAUNCHES.contains(w) || SOME_OF_THE_USERS.contains(w));
    !qualified && phrases(text).any(|phrase| releases_version_of(phrase, title))
}

/// Whether `text` gives the due date of the milestone of the version the title names: "Set
/// 4.2.0 Milestone due date" in "# 4.2.0 Releng" (a tracker's milestone closes with its
/// release); not "Open Milestone 4.3.0", the next one's, nor "only fixes with the v2.4
/// milestone are merged from this date".
fn dates_the_titles_milestone(text: &str, title_versions: &[&str]) -> bool {
    let lower = text.to_lowercase();
    let words = words_of(&lower);
    let versions = versions_in(text);
    // The line is that date: "(Set) 4.2.0 Milestone due date" and nothing after (not "Review
    // fixes for the 4.2.0 Milestone due date slip").
    let Some(at) = words.iter().position(|w| *w == "milestone") else {
        return false;
    };
    matches!(
        &words[at + 1..],
        ["due", "date"] | ["date"] | ["release", "date"] | ["due"]
    ) && at <= 5
        && !versions.is_empty()
        && versions
            .iter()
            .all(|v| title_versions.iter().any(|t| same_version(v, t)))
}

/// Releases to some of the users or a stage before them, not the launch ("Staging release",
/// "Canary release", "Partner release").
const SOME_OF_THE_USERS: [&str; 7] = [
    "staging", "canary", "partner", "partners", "upstream", "hotfix", "test",
];

fn releases_version_of(phrase: &str, title: &str) -> bool {
    let lower = phrase.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map(|w| w.trim_matches('.'))
        .filter(|w| !w.is_empty())
        .collect();
    let Some((version, rest)) = words.split_last() else {
        return false;
    };
    let named = is_version(version)
        && title
            .split(|c: char| !(c.is_alphanumeric() || c == '.'))
            .any(|w| {
                w.trim_start_matches(['v', 'V']).trim_matches('.')
                    == version.trim_start_matches('v')
            });
    named
        && matches!(rest, [noun, of, between @ ..]
        if RELEASED_NOUN_FIRST.contains(noun)
            && ["of", "de", "da", "do", "del", "della", "du", "des", "von", "der"].contains(of)
            && between.iter().all(|w| {
                ["la", "le", "the", "a", "o", "version", "versión", "versão", "versione"].contains(w)
            }))
}

/// A release, in the languages whose noun comes before what is released.
const RELEASED_NOUN_FIRST: [&str; 12] = [
    "release",
    "launch",
    "publicación",
    "publicacion",
    "publicação",
    "publication",
    "lanzamiento",
    "lançamento",
    "lancement",
    "rilascio",
    "veröffentlichung",
    "rilis",
];

/// Whether a plan's title says the plan is the launch day itself ("Go-Live Runbook", "Cut-over
/// day", "Launch Day Checklist", "Kịch bản go-live"): its times of day with no date are that
/// day's.
pub(super) fn names_launch_day(title: &str) -> bool {
    let lower = title.to_lowercase();
    [
        "go-live",
        "go live",
        "golive",
        "cutover",
        "cut-over",
        "cut over",
        "launch day",
        "launch-day",
        "release day",
        "release night",
        "release-day",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// Whether a line switches the site's name over to the new home ("DNS switch for www at 6:30
/// pm", "Point example.org DNS at the new load balancer", "den DNS-Alias auf pg-neu umbiegen"):
/// in a move, the go-live itself (not "Lower the DNS TTL", work before it).
pub(super) fn switches_the_dns(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words = words_of(&lower);
    let dns = words.iter().any(|w| *w == "dns" || w.starts_with("dns-"));
    let switch = words.iter().any(|w| {
        [
            "switch",
            "switches",
            "switchover",
            "flip",
            "point",
            "repoint",
            "umbiegen",
            "umstellen",
            "umschalten",
        ]
        .contains(w)
    });
    dns && switch
        && !words
            .iter()
            .any(|w| ["ttl", "back", "rollback"].contains(w))
}

/// Whether a line states the launch in words `names_launch` leaves to others, for the launch's
/// own line only: its moment ("**LAUNCH TIME** 🚀", "Go-live time") or the release done ("Code
/// Released to Production: 11/06/2029"; not "Deploy to production", work, nor "Released to
/// staging").
pub(super) fn states_the_launch(text: &str) -> bool {
    phrases(text).any(|phrase| {
        let lower = phrase.to_lowercase();
        let words = words_of(&lower);
        match words.as_slice() {
            [rest @ .., "time"] if !rest.is_empty() => phrase_rank(&rest.join(" ")).is_some(),
            [.., "released", "to", "production" | "prod"] => words.len() <= 5,
            _ => false,
        }
    })
}

/// Whether what a line says after its day is the name of a yearly event and its year, the
/// launch's: "DevRiver 2029", "Harbour Jazz Fest 2031" (two to five words, each opening a
/// capital or a digit, the last the year; not work, "Book Hall 2029" in title case, nor another
/// year's).
pub(super) fn names_the_years_event(text: &str, year: i32) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let [name @ .., last] = words.as_slice() else {
        return false;
    };
    (1..=4).contains(&name.len())
        && *last == year.to_string()
        && name
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        && name.iter().any(|w| w.chars().any(char::is_alphabetic))
        && !super::text::opens_with_an_imperative(text)
}

/// Whether a line runs the work a heading names, in so many words: "Run the index migration"
/// for "Search Index Migration" (a verb of running it, then the name's last two words or more;
/// not "Test the index migration", work before it).
pub(super) fn runs_the_named_work(line: &str, name: &str) -> bool {
    let words = words_of(line);
    let name = words_of(name);
    let [verb, rest @ ..] = words.as_slice() else {
        return false;
    };
    let rest = match rest {
        ["the", rest @ ..] => rest,
        rest => rest,
    };
    ["run", "start", "begin", "perform", "execute", "hold"].contains(verb)
        && rest.len() >= 2
        && name.ends_with(rest)
}

/// Whether a line, in so many words, is the event itself run: a verb of running it and "the
/// day" or the kind of event ("Run the symposium.", "Hold the conference", "**Event:** Run the
/// day"), and nothing more; a label before it, if any, names the event or the launch. Not work
/// about it ("Run the symposium's survey", "Run the day-two rehearsal", "Owner: Run the day").
pub(super) fn runs_the_event_itself(text: &str) -> bool {
    let lower = text.to_lowercase();
    let said = match lower.split_once(':') {
        Some((label, said)) => {
            let label = label.trim().trim_matches(|c: char| !c.is_alphanumeric());
            if !(EVENTS.contains(&label) || names_launch(label).is_some()) {
                return false;
            }
            said
        }
        None => lower.as_str(),
    };
    // (The words as written: an apostrophe, a hyphen or a bracket adds to the event.)
    let said = said.trim().trim_end_matches(['.', '!']);
    let words: Vec<&str> = said.split(' ').collect();
    matches!(
        words.as_slice(),
        [verb, "the", what]
            if ["run", "hold", "host"].contains(verb)
                && (*what == "day" || EVENTS.contains(what) || super::text::DAY_EVENTS.contains(what))
    )
}

/// Whether a title says the page is about the launch or release day itself, in so many words
/// ("# Launch Day Quick Reference", "Release night checklist"), and not about the days before
/// it ("Pre-launch day plan", "Launch day countdown", "Readiness").
pub(super) fn titles_the_launch_day_itself(title: &str) -> bool {
    let lower = title.to_lowercase();
    let named = [
        "launch day",
        "launch-day",
        "release day",
        "release-day",
        "launch night",
        "release night",
        "d-day",
    ]
    .iter()
    .any(|w| lower.contains(w))
        // "CHECKLIST DU JOUR J", "Checklist Dia D": the day itself.
        || super::text::words_of(&lower)
            .windows(2)
            .any(|w| matches!((w[0], w[1]), ("jour", "j") | ("dia", "d") | ("día", "d")));
    named
        && !["pre-", "countdown", "readiness", "before", "prep"]
            .iter()
            .any(|w| lower.contains(w))
}

/// Going live in other languages, as the whole of a phrase.
const GO_LIVE: [&str; 22] = [
    // "(EVENTO CENTRAL)", "Main event": the day an event plan counts to.
    "main event",
    "evento central",
    "evento principal",
    "événement principal",
    "evento principale",
    "hauptveranstaltung",
    "puesta en producción",
    "puesta en produccion",
    "puesta en marcha",
    "entrada em produção",
    "mise en production",
    "messa in produzione",
    "produktivsetzung",
    "inbetriebnahme",
    "go-live",
    // "JOUR 1 - JEUDI (Jour J)", "(D-Day)": the day itself.
    "jour j",
    "d-day",
    "día d",
    "dia d",
    // Portuguese "🚀 NO AR" (on air), Czech "V den vydání" (on release day).
    "no ar",
    "den vydání",
    // Hungarian "Élesítés" (going live).
    "élesítés",
];

/// Events a plan counts down to as it would to a launch: "Symposium dates", "Hackathon day".
pub(super) const EVENTS: [&str; 38] = [
    "event",
    "hack",
    "conference",
    "symposium",
    "summit",
    "workshop",
    "hackathon",
    "meetup",
    "festival",
    "convention",
    "congress",
    "expo",
    "fair",
    "camp",
    "tournament",
    // (A game jam: "two weeks before the jam".)
    "jam",
    // The same in the other languages the reader knows ("Çalıştay Günü", "Turniertag").
    "çalıştay",
    "konferans",
    "etkinlik",
    "turnuva",
    "tagung",
    "konferenz",
    "veranstaltung",
    "turnier",
    "congreso",
    "conferencia",
    "evento",
    "conférence",
    "événement",
    "convegno",
    "konference",
    // Slovak: "Prvé podujatie – Mikulášske popoludnie – 6. 12. 2029" (the first event).
    "podujatie",
    // Russian, with the form "Дата митапа" takes.
    "митап",
    "митапа",
    "конференция",
    "конференции",
    "хакатон",
    "хакатона",
];

/// "v4.2.0", "26.08", "2.8.0", "1.0": digits and dots, an optional leading "v".
pub(super) fn is_version(word: &str) -> bool {
    let digits = word.strip_prefix('v').unwrap_or(word);
    digits.contains('.')
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.starts_with(|c: char| c.is_ascii_digit())
}

/// Launches that come before the one a plan counts down to (a "Beta Launch: …" line is a
/// launch of the lowest rank; in content it is not the launch at all).
pub(super) const LESSER_LAUNCHES: &[&str] = &[
    // (Bulgarian: a beta, a trial, a test run: "Пробно пускане".)
    "бета",
    "пробно",
    "тестово",
    "beta",
    "alpha",
    "pilot",
    "soft",
    "internal",
    "preview",
    "rehearsal",
    "dry",
];

/// Words that make a launch-like phrase name something other than the launch day (besides
/// [`LESSER_LAUNCHES`]).
const OTHER_THAN_THE_LAUNCH: &[&str] = &[
    "pre",
    "post",
    "rc",
    "candidate",
    "readiness",
    "review",
    "checklist",
    "notes",
    "branch",
    "patch",
    "bugfix",
    "maintenance",
    "security",
    "email",
    "blog",
    "party",
    "retrospective",
    "retro",
    "plan",
    "freeze",
    "countdown",
    "week",
    "weeks",
    "month",
    "window",
    "team",
    "manager",
    "lead",
    "owner",
    "days",
    "to",
    "until",
    "after",
    "before",
    "since",
    "the",
    "a",
    "our",
    "of",
    "for",
    "and",
    "next",
    "previous",
    "last",
    "first",
    "prep",
    "closed",
    "private",
    "staged",
    "partial",
    "mock",
    "practice",
    "test",
    "criteria",
    "metrics",
    "goals",
    "support",
];

/// Verbs that open a task about the launch rather than naming it.
const VERBS: &[&str] = &[
    "plan",
    "prepare",
    "announce",
    "celebrate",
    "confirm",
    "schedule",
    "review",
    "test",
    "monitor",
    "rehearse",
    "draft",
    "write",
    "share",
    "post",
    "send",
    "promote",
    "track",
    "approve",
    "start",
    "begin",
    "finish",
    "complete",
    "publish",
    "cut",
    "tag",
    "build",
    "create",
    "update",
    "prep",
    "run",
    "hold",
    "do",
    "execute",
    // Indonesian and Malay "prepare" ("Siapkan rilis").
    "siapkan",
    "persiapkan",
];

/// Whether a heading is the launch's name and nothing more ("## Release:", "## Launch", "##
/// 🚀 Go-live", Indonesian "## Rilis:", Swedish "## Lansering"): after a countdown ("## T-1",
/// "## Rilis H-1:") it is the launch day itself.
pub(super) fn only_names_the_launch(title: &str) -> bool {
    let lower = title.to_lowercase().replace("go live", "go-live");
    let words = super::text::hyphenated_words_of(&lower);
    matches!(words.as_slice(), [word]
        if RELEASED_NOUN_FIRST.contains(word)
            || ["go-live", "golive", "peluncuran", "lansering", "запуск", "релиз"].contains(word))
}

/// The day of the event a plan's counts name ("Three weeks before the fair", "The day after the
/// fair") when only its prose dates it: "Our big day this year is the **Harvest Fair and
/// seedling sale on Saturday, November 23, 2030**". The event is one of [`EVENTS`] right after
/// a count's "before the" or "after the"; its day is the one full day (with its year) written
/// "on" it within a few words after that word in a note of the plan (not after a deadline's or
/// a past year's words), when the notes give no other.
pub(super) fn counted_event_in_prose(plan: &Plan, context: NaiveDate) -> Option<NaiveDate> {
    let mut events: Vec<&str> = Vec::new();
    let mut notes: Vec<&str> = plan.notes.iter().map(String::as_str).collect();
    plan.for_each_node(|node, _| match node {
        NodeRef::Item(item) if item.offset.is_some() => {
            let lower = item.text.to_lowercase();
            for side in ["before the ", "after the "] {
                if let Some(at) = lower.find(side) {
                    let word = lower[at + side.len()..]
                        .split(|c: char| !c.is_alphanumeric())
                        .next()
                        .unwrap_or_default();
                    if let Some(event) = EVENTS.iter().find(|e| **e == word) {
                        events.push(event);
                    }
                }
            }
        }
        NodeRef::Section(section) => notes.extend(section.notes.iter().map(String::as_str)),
        NodeRef::Block(Block::Schedule(group)) => {
            notes.extend(group.notes.iter().map(String::as_str));
        }
        _ => {}
    });
    events.sort_unstable();
    events.dedup();
    if events.len() != 1 {
        return None;
    }
    let mut days: Vec<NaiveDate> = Vec::new();
    for note in notes {
        let lower = note.to_lowercase();
        for (at, _) in lower.match_indices(events[0]) {
            let whole = lower[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
                && lower[at + events[0].len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
            let after = note.get(at..).unwrap_or_default();
            let Some(Ok(phrase)) = whole.then(|| find_date(after, context)).flatten() else {
                continue;
            };
            // (Within a few words of the event's name, the day "on" it and with its year: "the
            // Harvest Fair and seedling sale on Saturday, November 23, 2030"; not a deadline
            // or a past year's, "stall applications for the fair close on May 1", "the fair
            // was on Saturday, March 9".)
            let lower_between = after[..phrase.span.start].to_lowercase();
            let between = words_of(&lower_between);
            let said = between.iter().any(|w| {
                [
                    "close", "closes", "closed", "closing", "open", "opens", "deadline", "due",
                    "until", "by", "was", "were", "last", "before", "after", "expires", "expire",
                    "ends",
                ]
                .contains(w)
            })
                // ("the committee meeting about the fair is on …": the fair is not what is on.)
                || words_of(&lower[..at]).iter().rev().find(|w| **w != "the").is_some_and(|w| {
                    ["about", "for", "of", "regarding", "to", "at", "from"].contains(w)
                });
            let on = between.last().is_some_and(|w| *w == "on");
            if let (true, true, false, true, Period::Day { date }) = (
                between.len() <= 8,
                on,
                said,
                phrase.year_written,
                phrase.period,
            ) {
                days.push(date);
            }
        }
    }
    days.sort_unstable();
    days.dedup();
    match days.as_slice() {
        [day] => Some(*day),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::names_launch;

    #[test]
    fn names_the_launch_event() {
        for text in [
            "Public Launch",
            "🚀 LAUNCH DAY",
            "Release Date",
            "Week 12 - Orrery v4.2.0 released",
            "Day 0 — 🚀 LAUNCH DAY — All — Open the marketplace to buyers",
            "Milestone: Public Release: hard-date: 2026-09-22",
            "2.8.0 final",
            "26.08 operator release",
            "Phase 4: Launch",
            "Go-live",
            "Launch",
            "✨stable ✨",
            "14.0.0 stable",
            "Ngày 30 (Go-Live Closure)",
            "Cutover complete",
            "Jornadas en Rosario (EVENTO CENTRAL)",
            "Day 1 (Wed, Jan 7): OPENING DAY",
            "Grand opening",
        ] {
            assert!(names_launch(text).is_some(), "{text}");
        }
    }

    #[test]
    fn leaves_tasks_about_the_launch_and_other_releases() {
        for text in [
            "Share launch numbers with the team",
            "Plan the launch",
            "Launch readiness review",
            "Closed Beta Launch",
            "4.2.0-alpha.1 released",
            "Post-Release Support",
            "Release blog published",
            "release-4.2 branch created",
            "Draft release notes",
            "Launch week",
            "Final review",
            "26 Days to Launch",
            "v2.1.x & v2.2.x patch releases",
            "Stable prep",
            "quiet week - stable prep",
            "Opening remarks",
            "Opening",
            "Registration opening (March 1, 2027)",
        ] {
            assert_eq!(names_launch(text), None, "{text}");
        }
    }

    #[test]
    fn names_a_beta_or_pilot_as_an_event() {
        for text in [
            "Target for the first beta",
            "Open beta",
            "Pilot launch",
            "Soft launch day",
            "Beta starts",
        ] {
            assert!(super::names_lesser_launch(text), "{text}");
        }
        for text in [
            "Pick twelve labs for the beta and ask them",
            "Beta feedback survey",
            "Plan the pilot",
            "Email the beta labs a short survey a week after the beta opens",
            "Soft skills training",
            "Week 3 - Beta",
            "beta",
        ] {
            assert!(!super::names_lesser_launch(text), "{text}");
        }
    }

    #[test]
    fn a_launch_outranks_a_release_and_a_public_one_both() {
        assert!(names_launch("Launch day") > names_launch("v1.0 released"));
        assert!(names_launch("Public Launch") > names_launch("Mobile App (iOS) Launch"));
        // The launch in Spanish, French, Portuguese and Italian: its noun first.
        assert_eq!(
            names_launch("Lanzamiento público: jueves 2 de marzo de 2028"),
            Some(4)
        );
        assert_eq!(names_launch("Lancement"), Some(2));
        assert_eq!(names_launch("Reunión go/no-go del lanzamiento"), None);
        assert_eq!(names_launch("Lanzamiento de la campaña de socios"), None);
    }
}

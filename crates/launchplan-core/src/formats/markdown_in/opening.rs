//! What a plan's opening says about the list right after it: the title that dates a release to
//! the day ("# 2.3.1 release on 2027-06-29"), a sentence that leads into the list and says it
//! is what is left before the launch or the launch day's work, and the launch's weekday named
//! in the title or that sentence ("# Launch planning for Tuesday").

use super::facts::{title_names_an_event, title_names_an_occasion};
use super::text::words_of;
use crate::plan::NodeId;
use chrono::{NaiveDate, Weekday};

/// What the opening says the list right after it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Says {
    /// The work of the day the title dates a release to.
    TitleDay(NaiveDate),
    /// What is left before the launch: due by it.
    BeforeLaunch,
    /// The launch day's work: on it (T+0).
    OnTheDay,
}

/// An opening whose list is being read: the items read since it opened are its list's. It
/// ends at the next heading once its list has started (a title's at the first heading), at a
/// thematic break, and at a bold label after its list (the Markdown export writes a `---`
/// before every section, so an exported plan's sections are never an opening's list).
#[derive(Debug)]
pub(super) struct Opening {
    pub(super) says: Says,
    /// A list or table has been read since it opened.
    pub(super) started: bool,
    /// The items read since it opened.
    pub(super) items: Vec<NodeId>,
}

impl Opening {
    /// Whether a heading or a label all in bold ("**Afterwards**", "**Launch start: 11:00
    /// CET**") ends it: once its list has started, and a title's at once.
    pub(super) fn ends_at_heading(&self) -> bool {
        self.started || matches!(self.says, Says::TitleDay(_))
    }
}

/// Whether a title dates a release, not an event, to its day: the release's chores are that
/// day's work ("# 2.3.1 リリース作業 on 2027-06-29"); an event's preparation is not the
/// event's day ("# Spring Meetup — June 29, 2027").
pub(super) fn title_names_a_release(title: &str) -> bool {
    title_names_an_occasion(title) && !title_names_an_event(title)
}

/// What a sentence that leads into a list (it ends with a colon) says the list is: "Things
/// left to do before the site goes public on Tuesday:", "Everything that has to happen on the
/// day we flip the catalog over:", "… on launch day:". None for any other sentence, and for
/// "on the day before", "not on the day".
pub(super) fn sentence_says(text: &str) -> Option<Says> {
    if !text.trim_end().ends_with(':') {
        return None;
    }
    let lower = text.to_lowercase();
    let words = words_of(&lower);
    let on_the_day = words.windows(3).enumerate().any(|(i, w)| {
        w[0] == "on"
            && w[2] == "day"
            && ["the", "launch", "release", "go-live"].contains(&w[1])
            && (i == 0 || words[i - 1] != "not")
            && !words
                .get(i + 3)
                .is_some_and(|next| ["before", "after", "prior", "following", "of"].contains(next))
    });
    if on_the_day {
        return Some(Says::OnTheDay);
    }
    let before = words.iter().position(|w| ["before", "ahead"].contains(w))?;
    // The launch in so many words: "launch", "release", "go-live", "goes live", "goes public"
    // (not "opens to the public").
    let named = (0..words.len()).rev().find(|&i| {
        ["launch", "launches", "release", "go-live"].contains(&words[i])
            || ["live", "public"].contains(&words[i])
                && i > 0
                && ["goes", "go", "going"].contains(&words[i - 1])
    })?;
    (before < named && (before == 0 || words[before - 1] != "not")).then_some(Says::BeforeLaunch)
}

/// The launch's weekday as a title or an opening sentence names it with no date: a launch word
/// then, within three words, "on", "for", "this" or "next" and the weekday ("# Launch planning
/// for Tuesday", "… goes public on Tuesday", "We launch this Friday"); with whether the day
/// itself counts ("this Friday" written on a Friday is that day). None for a weekday before
/// the launch word ("Agenda for Friday's release sync"), a meeting's day between ("the
/// release review is on Thursday") or "every Tuesday".
pub(super) fn launch_weekday(text: &str) -> Option<(Weekday, bool)> {
    let lower = text.to_lowercase();
    let words = words_of(&lower);
    const LAUNCH: [&str; 7] = [
        "launch",
        "launches",
        "launching",
        "release",
        "releases",
        "go-live",
        "relaunch",
    ];
    const MEETINGS: [&str; 12] = [
        "review", "sync", "meeting", "standup", "stand-up", "call", "retro", "demo", "planning",
        "notes", "party", "s",
    ];
    for (i, w) in words.iter().enumerate() {
        let goes = ["goes", "go", "going"].contains(w)
            && words
                .get(i + 1)
                .is_some_and(|n| ["live", "public"].contains(n));
        if !LAUNCH.contains(w) && !goes {
            continue;
        }
        let from = i + 1 + usize::from(goes);
        for at in from..(from + 4).min(words.len()) {
            let Some(pair) = words.get(at..at + 2) else {
                break;
            };
            if let Some(weekday) = ["on", "for", "this", "next"]
                .contains(&pair[0])
                .then(|| crate::plan::dates::weekday_named(pair[1]))
                .flatten()
                .filter(|_| pair[1].len() > 3)
            {
                // "Launch planning for Tuesday": the plan of the launch (a word between it
                // and the weekday that names a meeting makes the day the meeting's).
                let between = &words[from..at];
                let meeting = between
                    .iter()
                    .any(|b| MEETINGS.contains(b) && !(*b == "planning" && at == from + 1));
                if meeting || words.get(at + 2) == Some(&"s") {
                    return None;
                }
                return Some((weekday, pair[0] == "this"));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_that_lead_into_the_list() {
        assert_eq!(
            sentence_says("Things left to do before the site goes public on Tuesday:"),
            Some(Says::BeforeLaunch)
        );
        assert_eq!(
            sentence_says("Everything that has to happen on the day we flip it over:"),
            Some(Says::OnTheDay)
        );
        assert_eq!(
            sentence_says("What we do on launch day:"),
            Some(Says::OnTheDay)
        );
        for other in [
            "Things to check on the day before launch:",
            "All of this must be finished before launch, not on the day:",
            "Things left to do before the launch.",
            "Not before the launch:",
            "Notes from the day of the launch:",
        ] {
            assert_ne!(sentence_says(other), Some(Says::OnTheDay), "{other}");
        }
        assert_eq!(
            sentence_says("All of this must be finished before launch, not on the day:"),
            Some(Says::BeforeLaunch)
        );
        assert_eq!(sentence_says("Things left to do before the launch."), None);
        assert_eq!(
            sentence_says("Quick check before it opens to the public on Tuesday. Tick it:"),
            None
        );
    }

    #[test]
    fn the_launchs_weekday() {
        assert_eq!(
            launch_weekday("Launch planning for Tuesday"),
            Some((Weekday::Tue, false))
        );
        assert_eq!(
            launch_weekday("Things left before it goes public on Tuesday:"),
            Some((Weekday::Tue, false))
        );
        assert_eq!(
            launch_weekday("We launch this Friday"),
            Some((Weekday::Fri, true))
        );
        for other in [
            "We release on Mondays after the QA sign-off; the release review is on Thursday.",
            "Agenda for Friday's release sync below. The launch itself is in April.",
            "Release notes go out every Tuesday",
            "Launch retro on Friday",
        ] {
            assert_eq!(launch_weekday(other), None, "{other}");
        }
    }

    #[test]
    fn a_title_that_dates_a_release() {
        assert!(title_names_a_release("2.3.1 リリース作業 on 2027-06-29"));
        assert!(title_names_a_release("Release 4.2 on 2027-06-29"));
        assert!(!title_names_a_release("Spring Meetup — June 29, 2027"));
        assert!(!title_names_a_release("Status report 2027-03-01"));
    }
}

//! The communication schedule: the next occurrence of each recurring entry, dated entries with
//! their state.

use super::checklist::CheckRow;
use super::node_list::{keyed_rows, RowKey};
use super::places::{row, BlockData};
use super::state::use_app_state;
use chrono::{Datelike, NaiveDate, TimeDelta, Weekday};
use launchplan_core::plan::dates::{format_long, weekday_name};
use launchplan_core::plan::{Cadence, CommChannel, CommEntry, NodeId};
use leptos::prelude::*;

/// The communications for one audience.
#[component]
pub(crate) fn CommView(id: NodeId, channel: BlockData<CommChannel>) -> impl IntoView {
    let state = use_app_state();
    let entries = move || {
        channel.with(|c| {
            c.map(|c| {
                c.entries
                    .iter()
                    .map(|e| RowKey {
                        id: e.id.clone(),
                        // Dated (a row to tick) or recurring: another row when it changes.
                        variant: matches!(e.when, Some(Cadence::On(_))) as u64,
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
        })
    };
    view! {
        <div class="block comms" id=id.to_string()>
            <h3>{move || channel.with(|c| c.map(|c| c.audience.clone()))}</h3>
            <ul class="checklist">
                {keyed_rows(entries, move |RowKey { id: entry, variant }| {
                    if variant == 1 {
                        return view! { <CheckRow id=entry /> }.into_any();
                    }
                    let this = row(channel, entry.clone(), |c, key| c.entries.iter().find(|e| &e.id == key));
                    view! {
                        <li id=entry.to_string() class="recurring">
                            <strong>{move || this.with(|e| e.as_ref().and_then(|e| e.when.as_ref().and_then(Cadence::recurring_label)))}</strong>": "
                            {move || this.with(|e| e.as_ref().map(|e| e.text.clone()))}
                            <span class="next">{move || this.with(|e| e.as_ref().map(|e| next_occurrence(e, state.today())))}</span>
                        </li>
                    }.into_any()
                })}
            </ul>
        </div>
    }
}

/// "Next: Friday, February 13, 2026" for a recurring entry, from the weekdays its text names.
fn next_occurrence(entry: &CommEntry, today: NaiveDate) -> String {
    match entry.when {
        Some(Cadence::Daily) => format!("Next: today, {}", format_long(today)),
        Some(Cadence::Weekly) => {
            // ASCII case is the whole of it: the names are English, and no other letter lowercases
            // into an ASCII one that a name holds (std's Unicode case tables stay out of the
            // start, see `ui::state::lowercase`).
            let named: Vec<Weekday> = WEEKDAYS
                .iter()
                .copied()
                .filter(|w| {
                    entry
                        .text
                        .to_ascii_lowercase()
                        .contains(&weekday_name(*w).to_ascii_lowercase())
                })
                .collect();
            let next = (0..7)
                .filter_map(|n| today.checked_add_signed(TimeDelta::days(n)))
                .find(|d| named.contains(&d.weekday()));
            match next {
                Some(d) if !named.is_empty() => {
                    format!("Next: {}, {}", weekday_name(d.weekday()), format_long(d))
                }
                _ => "Every week".into(),
            }
        }
        Some(Cadence::Monthly) => "Every month".into(),
        Some(Cadence::AdHoc) => "As needed".into(),
        Some(Cadence::On(_)) | None => String::new(),
    }
}

const WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

//! A go/no-go decision point: criteria, fallback, the items due by then done against the
//! criteria, and the decision once recorded (Go, No-Go or fallback taken, with a note and when).

use super::places::BlockData;
use super::prose::notes_view;
use super::reactive::{Derived, Kept};
use super::state::{use_app_state, AppState};
use chrono::NaiveDate;
use launchplan_core::plan::dates::{format_day, format_long};
use launchplan_core::plan::{DecisionPoint, DecisionRecord, NodeId, Outcome};
use launchplan_core::schedule::progress::{DueBy, Progress, Readiness};
use leptos::prelude::*;

/// The items due by each day, worked out once per change of the plan for every decision point
/// under the caller (each reads its readiness from it instead of walking the plan): decision
/// points are drawn only under a caller.
pub(crate) fn provide_due_by(state: AppState) {
    provide_context(DueByDay {
        due: Derived::new(move || state.plan.with(DueBy::of)),
        days: Kept::new(Days {
            owner: Owner::current().map(|o| o.downgrade()),
            list: Vec::new(),
        }),
    });
}

/// The items due by each day, as [`provide_due_by`] provides them, and a trigger for each day a
/// decision point on the page is dated, set off only when that day's count changed. A tick then
/// wakes the decision points it counts for, a trigger each: with all of them reading the one
/// count, each of the 180 of a 10,000-item plan left and joined its readers again on every tick,
/// and leaving a list of 180 readers costs the length of the list (half a millisecond a tick).
#[derive(Clone, Copy)]
struct DueByDay {
    due: Derived<DueBy>,
    days: Kept<Days>,
}

/// The days asked for, in order, each with its trigger and its count when last worked out. (Days
/// no decision point is dated any more stay: a reschedule adds a day per decision point, and a
/// tick looks each up by halving.)
struct Days {
    /// The provider's, which the effect that keeps the counts lives as long as (held weakly: the
    /// list is the provider's too).
    owner: Option<WeakOwner>,
    list: Vec<(NaiveDate, ArcTrigger, Progress)>,
}

impl DueByDay {
    /// The items due on or before `day`, tracked through the day's own trigger.
    fn by(self, day: NaiveDate) -> Progress {
        let known = self.days.with_value(|days| {
            let at = days.list.binary_search_by_key(&day, |(d, ..)| *d).ok()?;
            let (_, changed, count) = &days.list[at];
            changed.track();
            Some(*count)
        });
        known.unwrap_or_else(|| self.watch(day))
    }

    /// Adds `day` with its count now, tracked; the first day starts the effect that keeps
    /// every day's count.
    fn watch(self, day: NaiveDate) -> Progress {
        // Under the provider's owner: the caller's (a decision point's readiness) is cleaned up
        // each time it is worked out again. With the provider gone, nobody reads the counts.
        let first = self.days.with_value(|days| {
            days.list
                .is_empty()
                .then(|| days.owner.as_ref().and_then(WeakOwner::upgrade))
        });
        if let Some(owner) = first.flatten() {
            owner.with(|| super::reactive::effect(move || self.update()));
        }
        let count = self.due.with_untracked(|due| due.by(day));
        let changed = ArcTrigger::new();
        changed.track();
        self.days.update_value(|days| {
            let at = days.list.partition_point(|(d, ..)| *d < day);
            days.list.insert(at, (day, changed, count));
        });
        count
    }

    /// Sets each day's count anew, and sets off the trigger of each that changed (after the
    /// days are put back: a reader woken may ask for a day of its own).
    fn update(self) {
        let mut changed = Vec::new();
        self.due.with(|due| {
            self.days.update_value(|days| {
                for (day, trigger, count) in days.list.iter_mut() {
                    let now = due.by(*day);
                    if *count != now {
                        *count = now;
                        changed.push(trigger.clone());
                    }
                }
            })
        });
        changed.iter().for_each(ArcTrigger::notify);
    }
}

/// One decision point.
#[component]
pub(crate) fn DecisionView(id: NodeId, decision: BlockData<DecisionPoint>) -> impl IntoView {
    let state = use_app_state();
    // Provided by the sections, the only place decision points are drawn.
    let due = expect_context::<DueByDay>();
    // What the criteria ask for follows this decision's block only, not every tick.
    let needed = Derived::new(move || decision.with(|d| d.and_then(Readiness::needed_by)));
    let readiness = Derived::new(move || {
        decision.with(|d| d.map(|d| Readiness::of_due(|day| due.by(day), d, needed.get())))
    });
    let heading = move || {
        decision.with(|d| {
            d.map(|d| {
                let mut h = d.date.map(|x| format_day(x, true)).unwrap_or_default();
                if let Some(n) = d.day_label {
                    h.push_str(&format!(" (Day {n})"));
                }
                if !d.title.is_empty() {
                    h.push_str(&format!(": {}", d.title));
                }
                h
            })
            .unwrap_or_default()
        })
    };
    let notes = notes_view(Signal::derive(move || {
        decision.with(|d| d.map(|d| d.notes.clone()).unwrap_or_default())
    }));
    let outcome = RwSignal::new(String::from("go"));
    let note = RwSignal::new(String::new());
    let (record_id, clear_id) = (id.clone(), id.clone());
    view! {
        <div class="block decision" id=id.to_string()>
            <h3>{heading}</h3>
            {notes}
            <dl class="decision-facts">
                {move || decision.with(|d| d.and_then(|d| d.criteria.clone())).map(|c| view! { <dt>"Criteria"</dt><dd>{c}</dd> })}
                {move || decision.with(|d| d.and_then(|d| d.fallback.clone())).map(|f| view! { <dt>"Fallback"</dt><dd>{f}</dd> })}
                <dt>"Due by then"</dt>
                <dd data-testid="decision-readiness">{move || readiness.get().map(|r| r.describe())}</dd>
                <dt>"Decision"</dt>
                <dd data-testid="decision-outcome">{move || decision.with(|d| match d.and_then(|d| d.outcome.clone()) {
                    Some(r) => {
                        let note = if r.note.is_empty() { String::new() } else { format!(": {}", r.note) };
                        format!("{} on {}{note}", r.outcome.label(), format_long(r.decided_on))
                    }
                    None => "Not taken yet".into(),
                })}</dd>
            </dl>
            <form class="record-decision" on:submit=move |ev| {
                ev.prevent_default();
                let Some(chosen) = Outcome::ALL.into_iter().find(|o| outcome_key(*o) == outcome.get_untracked()) else { return };
                let record = DecisionRecord { outcome: chosen, decided_on: state.now.get_untracked().date(), note: note.get_untracked().trim().to_string() };
                let id = record_id.clone();
                state.change_in(&record_id, move |p, now| p.record_decision(&id, Some(record), now));
                note.set(String::new());
            }>
                <label>"Outcome "
                    <select on:change=move |ev| outcome.set(event_target_value(&ev)) prop:value=move || outcome.get()>
                        {Outcome::ALL.into_iter().map(|o| view! { <option value=outcome_key(o)>{o.label()}</option> }).collect_view()}
                    </select>
                </label>
                <label>"Note " <input type="text" bind:value=note /></label>
                <button type="submit">"Record decision"</button>
                <Show when=move || decision.with(|d| d.is_some_and(|d| d.outcome.is_some()))>
                    <button type="button" on:click={
                        let id = clear_id.clone();
                        move |_| { let at = id.clone(); state.change_in(&id, move |p, now| p.record_decision(&at, None, now)); }
                    }>"Clear decision"</button>
                </Show>
            </form>
        </div>
    }
}

/// The form value of an outcome.
fn outcome_key(o: Outcome) -> &'static str {
    match o {
        Outcome::Go => "go",
        Outcome::NoGo => "no-go",
        Outcome::Fallback => "fallback",
    }
}

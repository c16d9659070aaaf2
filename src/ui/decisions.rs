//! A go/no-go decision point: criteria, fallback, the items due by then done against the
//! criteria, and the decision once recorded (Go, No-Go or fallback taken, with a note and when).

use super::places::BlockData;
use super::prose::notes_view;
use super::reactive::Derived;
use super::state::{use_app_state, AppState};
use launchplan_core::plan::dates::{format_day, format_long};
use launchplan_core::plan::{DecisionPoint, DecisionRecord, NodeId, Outcome};
use launchplan_core::schedule::progress::{DueBy, Readiness};
use leptos::prelude::*;

/// The items due by each day, worked out once per change of the plan for every decision point
/// under the caller (each reads its readiness from it instead of walking the plan): decision
/// points are drawn only under a caller.
pub(crate) fn provide_due_by(state: AppState) {
    provide_context(DueByDay(Derived::new(move || state.plan.with(DueBy::of))));
}

/// The items due by each day, as [`provide_due_by`] provides them, read by every decision point.
/// (A trigger per day instead, set off only when that day's count changed, measured no quicker
/// end to end and cost 0.6 KB; see the README's benchmark notes of 2026-12-07.)
#[derive(Clone, Copy)]
struct DueByDay(Derived<DueBy>);

/// One decision point.
#[component]
pub(crate) fn DecisionView(id: NodeId, decision: BlockData<DecisionPoint>) -> impl IntoView {
    let state = use_app_state();
    // Provided by the sections, the only place decision points are drawn.
    let DueByDay(due) = expect_context::<DueByDay>();
    // What the criteria ask for follows this decision's block only, not every tick.
    let needed = Derived::new(move || decision.with(|d| d.and_then(Readiness::needed_by)));
    let readiness = Derived::new(move || {
        decision.with(|d| d.map(|d| due.with(|due| Readiness::of_due(due, d, needed.get()))))
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

//! The agenda: overdue, today and the next seven days, across every section. Each list shows its
//! first entries (the oldest overdue first); the rest are a click away through the filters, so a
//! plan with thousands of overdue items stays readable and quick.

use super::state::{use_app_state, use_filter};
use launchplan_core::schedule::agenda::Agenda;
use launchplan_core::schedule::progress::Task;
use leptos::prelude::*;

/// How many entries each list shows.
const SHOWN: usize = 12;

/// Three lists of what needs attention, each entry linking to its place in the plan.
#[component]
pub(crate) fn AgendaView() -> impl IntoView {
    let state = use_app_state();
    let filter = use_filter();
    let agenda = Memo::new(move |_| state.plan.with(|p| Agenda::of(p, state.today())));
    let list = move |title: &'static str, testid: &'static str, pick: fn(&Agenda) -> &Vec<Task>| {
        let shown =
            move || agenda.with(|a| pick(a).iter().take(SHOWN).cloned().collect::<Vec<_>>());
        let more = move || agenda.with(|a| pick(a).len().saturating_sub(SHOWN));
        view! {
            <section class="agenda-list" class:overdue=testid == "agenda-overdue" data-testid=testid aria-label=title>
                <h3>{title}" "<span class="count">{move || agenda.with(|a| pick(a).len())}</span></h3>
                <ul>
                    <For
                        each=shown
                        key=|t| (t.id.clone(), t.text.clone(), t.due, t.kind.label())
                        children=|t| view! {
                            <li>
                                <span class="kind">{t.kind.label()}</span>" "
                                <a href=format!("#{}", t.id)>{t.text.clone()}</a>" "
                                <span class="due">{t.due_label()}</span>
                            </li>
                        }
                    />
                </ul>
                {move || (more() > 0).then(|| {
                    let overdue = testid == "agenda-overdue";
                    view! {
                        <p class="more">
                            {format!("and {} more", more())}
                            {overdue.then(|| view! {
                                " "
                                <button type="button" on:click=move |_| filter.overdue_only.set(true)>"Show only overdue items"</button>
                            })}
                        </p>
                    }
                })}
            </section>
        }
    };
    view! {
        <section class="agenda" aria-labelledby="agenda-heading">
            <h2 id="agenda-heading">"Agenda"</h2>
            <div class="agenda-lists">
                {list("Overdue", "agenda-overdue", |a| &a.overdue)}
                {list("Today", "agenda-today", |a| &a.today)}
                {list("Next 7 days", "agenda-week", |a| &a.next_week)}
            </div>
        </section>
    }
}

//! The agenda: overdue, today and the next seven days, across every section.

use super::state::use_app_state;
use crate::plan::dates::format_day;
use crate::schedule::agenda::Agenda;
use crate::schedule::progress::Task;
use leptos::prelude::*;

/// Three lists of what needs attention, each entry linking to its place in the plan.
#[component]
pub fn AgendaView() -> impl IntoView {
    let state = use_app_state();
    let agenda = Memo::new(move |_| state.plan.with(|p| Agenda::of(p, state.today())));
    let list = move |title: &'static str, testid: &'static str, pick: fn(&Agenda) -> &Vec<Task>| {
        view! {
            <section class="agenda-list" data-testid=testid aria-label=title>
                <h3>{title}" "<span class="count">{move || agenda.with(|a| pick(a).len())}</span></h3>
                <ul>
                    {move || agenda.with(|a| pick(a).iter().map(|t| view! {
                        <li>
                            <span class="kind">{t.kind.label()}</span>" "
                            <a href=format!("#{}", t.id)>{t.text.clone()}</a>" "
                            <span class="due">{t.due.map(|d| format_day(d, false))}</span>
                        </li>
                    }).collect_view())}
                </ul>
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

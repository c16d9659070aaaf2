//! The agenda: overdue, today and the next seven days, across every section. Each list shows its
//! first entries (the oldest overdue first); the rest are a click away through the filters, so a
//! plan with thousands of overdue items stays readable and quick.

use super::node_list::{keyed_rows, RowKey};
use super::reactive::{Derived, Kept};
use super::state::{use_app_state, use_filter};
use launchplan_core::schedule::agenda::Agenda;
use launchplan_core::schedule::progress::Task;
use leptos::prelude::*;
use std::hash::{Hash, Hasher};

/// How many entries each list shows.
const SHOWN: usize = 12;

/// An entry of a list, as its row shows it.
#[derive(Clone)]
struct Row {
    key: RowKey,
    kind: &'static str,
    text: String,
    due: Option<String>,
}

impl Row {
    fn of(task: &Task) -> Row {
        let (kind, due) = (task.kind.label(), task.due_label());
        let mut hash = std::hash::DefaultHasher::new();
        (kind, &task.text, &due).hash(&mut hash);
        Row {
            key: RowKey {
                id: task.id.clone(),
                variant: hash.finish(),
            },
            kind,
            text: task.text.clone(),
            due,
        }
    }
}

/// The agenda's list `which` (0: overdue, 1: today, 2: the next seven days), as far as it was
/// kept.
fn list_of(agenda: &Agenda, which: usize) -> &[Task] {
    match which {
        0 => &agenda.overdue,
        1 => &agenda.today,
        _ => &agenda.next_week,
    }
}

/// Three lists of what needs attention, each entry linking to its place in the plan.
#[component]
pub(crate) fn AgendaView() -> impl IntoView {
    let state = use_app_state();
    let filter = use_filter();
    // Each list's first entries only: a tick of a plan with thousands overdue copies a dozen.
    let agenda = Derived::new(move || state.plan.with(|p| Agenda::first(p, state.today(), SHOWN)));
    let list = move |title: &'static str, testid: &'static str, which: usize| {
        // The rows as the list last read them, each keyed by its node and a hash of what it
        // shows (a row whose words or day changed is drawn anew).
        let rows = Kept::new(Vec::<Row>::new());
        let shown = move || {
            let shown: Vec<Row> = agenda.with(|a| list_of(a, which).iter().map(Row::of).collect());
            let keys = shown.iter().map(|r| r.key.clone()).collect();
            rows.set_value(shown);
            keys
        };
        let total = move || agenda.with(|a| a.totals[which]);
        let more = move || total().saturating_sub(SHOWN);
        view! {
            <section class="agenda-list" class:overdue=testid == "agenda-overdue" data-testid=testid aria-label=title>
                <h3>{title}" "<span class="count">{move || total().to_string()}</span></h3>
                <ul>
                    {keyed_rows(shown, move |key| {
                        let row = rows.with_value(|rows| rows.iter().find(|r| r.key == key).cloned())?;
                        Some(view! {
                            <li>
                                <span class="kind">{row.kind}</span>" "
                                <a href=format!("#{}", key.id)>{row.text}</a>" "
                                <span class="due">{row.due}</span>
                            </li>
                        })
                    })}
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
                    .into_any()
                })}
            </section>
        }
    };
    view! {
        <section class="agenda" aria-labelledby="agenda-heading">
            <h2 id="agenda-heading">"Agenda"</h2>
            <div class="agenda-lists">
                {list("Overdue", "agenda-overdue", 0)}
                {list("Today", "agenda-today", 1)}
                {list("Next 7 days", "agenda-week", 2)}
            </div>
        </section>
    }
}

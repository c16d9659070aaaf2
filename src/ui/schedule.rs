//! A schedule group (a week or month) with its days, their checklists and progress, and edits.

use super::checklist::{AddItem, CheckRow};
use super::clock::new_id;
use super::progress_bar::ProgressBar;
use super::state::use_app_state;
use launchplan_core::plan::dates::{format_day_with_weekday, format_period, parse_iso, Period};
use launchplan_core::plan::{NodeId, ScheduleGroup};
use launchplan_core::schedule::progress::Progress;
use leptos::prelude::*;

/// A week, a month or a phase of the schedule.
#[component]
pub(crate) fn ScheduleView(id: NodeId, group: Memo<Option<ScheduleGroup>>) -> impl IntoView {
    let state = use_app_state();
    let heading = move || group.with(|g| g.as_ref().map(heading_text).unwrap_or_default());
    let progress = Signal::derive(move || {
        group.with(|g| g.as_ref().map(Progress::of_group).unwrap_or_default())
    });
    let items = move || {
        group.with(|g| {
            g.as_ref()
                .map(|g| g.items.iter().map(|i| i.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let days = move || {
        group.with(|g| {
            g.as_ref()
                .map(|g| g.days.iter().map(|d| d.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let has_days = move || group.with(|g| g.as_ref().is_some_and(|g| !g.days.is_empty()));
    let renaming = RwSignal::new(false);
    let new_label = RwSignal::new(String::new());
    let (i1, i2, i3, i4) = (id.clone(), id.clone(), id.clone(), id.clone());
    let block_id = id.to_string();
    let day_parent = id.clone();
    view! {
        <div class="block schedule-group" id=block_id>
            <div class="block-head">
                <h3>{heading}</h3>
                <ProgressBar progress=progress label=Signal::derive(move || format!("Progress of {}", heading())) />
                <div class="block-tools">
                    <button type="button" on:click=move |_| { new_label.set(group.with_untracked(|g| g.as_ref().map(|g| g.label.clone()).unwrap_or_default())); renaming.set(true); }>"Rename"</button>
                    <button type="button" aria-label=move || format!("Move {} up", heading()) on:click=move |_| { let id = i1.clone(); state.change(move |p, _| p.move_by(&id, -1)); }>"↑"</button>
                    <button type="button" aria-label=move || format!("Move {} down", heading()) on:click=move |_| { let id = i2.clone(); state.change(move |p, _| p.move_by(&id, 1)); }>"↓"</button>
                    <button type="button" class="danger" aria-label=move || format!("Delete {}", heading()) on:click=move |_| { let id = i3.clone(); state.change(move |p, _| p.delete(&id)); }>"Delete"</button>
                </div>
            </div>
            <Show when=move || renaming.get()>
                <form class="editor" on:submit={
                    let i4 = i4.clone();
                    move |ev| {
                        ev.prevent_default();
                        let (id, label) = (i4.clone(), new_label.get_untracked());
                        state.change(move |p, now| p.set_text(&id, &label, now));
                        renaming.set(false);
                    }
                }>
                    <label>"Name " <input type="text" bind:value=new_label required /></label>
                    <button type="submit">"Save"</button>
                    <button type="button" on:click=move |_| renaming.set(false)>"Cancel"</button>
                </form>
            </Show>
            <ul class="checklist">
                <For each=items key=|id| id.clone() children=move |id| view! { <CheckRow id=id editable=true /> } />
            </ul>
            <Show when=move || !has_days()>
                <AddItem parent=id.clone() label=Signal::derive(move || format!("New item in {}", heading())) />
            </Show>
            <For each=days key=|id| id.clone() children=move |day| view! { <DayView group=group day=day /> } />
            <AddDay group=day_parent label=Signal::derive(heading) />
        </div>
    }
}

/// A date field that adds a day to a group.
#[component]
fn AddDay(group: NodeId, #[prop(into)] label: Signal<String>) -> impl IntoView {
    let state = use_app_state();
    let date = RwSignal::new(String::new());
    view! {
        <form class="add-item add-day" on:submit=move |ev| {
            ev.prevent_default();
            let Some(day) = parse_iso(&date.get_untracked()) else {
                state.alert.set(Some("Choose the new day's date first.".into()));
                return;
            };
            let group = group.clone();
            state.change(move |p, now| p.add_day(&group, new_id("day"), day, now));
            date.set(String::new());
        }>
            <input type="date" bind:value=date aria-label=move || format!("New day in {}", label.get()) />
            <button type="submit">"Add day"</button>
        </form>
    }
}

/// Fields that add a week (or any group) at the end of a section.
#[component]
pub(crate) fn AddGroup(section: NodeId) -> impl IntoView {
    let state = use_app_state();
    let label = RwSignal::new(String::new());
    let start = RwSignal::new(String::new());
    let end = RwSignal::new(String::new());
    view! {
        <form class="add-item add-group" on:submit=move |ev| {
            ev.prevent_default();
            let (from, to) = (parse_iso(&start.get_untracked()), parse_iso(&end.get_untracked()));
            let period = match (from, to) {
                (Some(start), Some(end)) if end >= start => Some(Period::Range { start, end }),
                (Some(start), None) => Some(Period::Day { date: start }),
                (None, None) => None,
                _ => {
                    state.alert.set(Some("The group's last day must be on or after its first.".into()));
                    return;
                }
            };
            let (section, name) = (section.clone(), label.get_untracked());
            if name.trim().is_empty() {
                state.alert.set(Some("Name the new group first.".into()));
                return;
            }
            state.change(move |p, now| p.add_group(&section, new_id("group"), &name, period, now));
            label.set(String::new());
        }>
            <input type="text" bind:value=label aria-label="New group name" placeholder="Add a week" />
            <input type="date" bind:value=start aria-label="New group first day" />
            <input type="date" bind:value=end aria-label="New group last day" />
            <button type="submit">"Add group"</button>
        </form>
    }
}

/// One day of a group: its label, progress and checklist.
#[component]
fn DayView(group: Memo<Option<ScheduleGroup>>, day: NodeId) -> impl IntoView {
    let key = day.clone();
    let this = Memo::new(move |_| {
        group.with(|g| {
            g.as_ref()
                .and_then(|g| g.days.iter().find(|d| d.id == key).cloned())
        })
    });
    let label = move || {
        this.with(|d| {
            d.as_ref()
                .map(|d| match &d.title {
                    Some(t) => format!("{} — {t}", format_day_with_weekday(d.date)),
                    None => format_day_with_weekday(d.date),
                })
                .unwrap_or_default()
        })
    };
    let progress =
        Signal::derive(move || this.with(|d| d.as_ref().map(Progress::of_day).unwrap_or_default()));
    let items = move || {
        this.with(|d| {
            d.as_ref()
                .map(|d| d.items.iter().map(|i| i.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    view! {
        <div class="day" id=day.to_string()>
            <div class="day-head">
                <h4>{label}</h4>
                <ProgressBar progress=progress label=Signal::derive(move || format!("Progress of {}", label())) />
            </div>
            <ul class="checklist">
                <For each=items key=|id| id.clone() children=move |id| view! { <CheckRow id=id editable=true /> } />
            </ul>
            <AddItem parent=day.clone() label=Signal::derive(move || format!("New item on {}", label())) />
        </div>
    }
}

pub(super) fn heading_text(g: &ScheduleGroup) -> String {
    let period = g.period.map(|p| format_period(&p, true));
    let mut text = match (g.label.is_empty(), period) {
        (false, Some(p)) => format!("{}: {p}", g.label),
        (true, Some(p)) => p,
        (_, None) => g.label.clone(),
    };
    if let Some(aside) = &g.aside {
        text.push_str(&format!(" ({aside})"));
    }
    text
}

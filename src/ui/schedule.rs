//! A schedule group (a week or month) with its days, their checklists and progress, and the
//! editing controls of the editing chunk (`editing.rs`) once it is loaded.

use super::checklist::CheckRow;
use super::editing::use_editors;
use super::node_list::node_list;
use super::places::{row, BlockData};
use super::progress_bar::ProgressBar;
use super::prose::notes_view;
use launchplan_core::plan::dates::{format_day_with_weekday, format_period};
use launchplan_core::plan::{NodeId, ScheduleGroup};
use launchplan_core::schedule::progress::Progress;
use leptos::prelude::*;

/// A week, a month or a phase of the schedule.
#[component]
pub(crate) fn ScheduleView(id: NodeId, group: BlockData<ScheduleGroup>) -> impl IntoView {
    let heading = move || group.with(|g| g.map(heading_text).unwrap_or_default());
    let progress =
        Signal::derive(move || group.with(|g| g.map(Progress::of_group).unwrap_or_default()));
    let items = move || {
        group.with(|g| {
            g.map(|g| g.items.iter().map(|i| i.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let days = move || {
        group.with(|g| {
            g.map(|g| g.days.iter().map(|d| d.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let has_days = move || group.with(|g| g.is_some_and(|g| !g.days.is_empty()));
    let notes = notes_view(Signal::derive(move || {
        group.with(|g| g.map(|g| g.notes.clone()).unwrap_or_default())
    }));
    let editors = use_editors();
    let renaming = RwSignal::new(false);
    let heading_signal = Signal::derive(heading);
    let block_id = id.to_string();
    let (i1, i2, i3, i4) = (id.clone(), id.clone(), id.clone(), id.clone());
    view! {
        <div class="block schedule-group" id=block_id>
            <div class="block-head">
                <h3>{heading}</h3>
                <ProgressBar progress=progress label=Signal::derive(move || format!("Progress of {}", heading())) />
                {move || editors.get().map(|e| (e.group_tools)(i1.clone(), heading_signal, renaming))}
            </div>
            {move || {
                let views = editors.get().filter(|_| renaming.get())?;
                Some((views.rename_group)(i2.clone(), group, renaming))
            }}
            {notes}
            <ul class="checklist">
                {node_list(items, move |id| view! { <CheckRow id=id editable=true /> })}
            </ul>
            {move || {
                let views = editors.get().filter(|_| !has_days())?;
                Some((views.add_item)(i3.clone(), Signal::derive(move || format!("New item in {}", heading()))))
            }}
            {node_list(days, move |day| view! { <DayView group=group day=day /> })}
            {move || editors.get().map(|e| (e.add_day)(i4.clone(), heading_signal))}
        </div>
    }
}

/// One day of a group: its label, progress and checklist.
#[component]
fn DayView(group: BlockData<ScheduleGroup>, day: NodeId) -> impl IntoView {
    let editors = use_editors();
    let parent = day.clone();
    let this = row(group, day.clone(), |g, key| {
        g.days.iter().find(|d| &d.id == key)
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
    let notes = notes_view(Signal::derive(move || {
        this.with(|d| d.as_ref().map(|d| d.notes.clone()).unwrap_or_default())
    }));
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
            {notes}
            <ul class="checklist">
                {node_list(items, move |id| view! { <CheckRow id=id editable=true /> })}
            </ul>
            {move || editors.get().map(|e| (e.add_item)(parent.clone(), Signal::derive(move || format!("New item on {}", label()))))}
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

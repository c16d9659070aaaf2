//! Success metrics: each with its target, a field for the actual value, and met or missed.

use super::checklist::CheckRow;
use super::node_list::node_list;
use super::places::{row, BlockData};
use super::prose::notes_view;
use super::reactive::Derived;
use super::state::use_app_state;
use launchplan_core::plan::dates::format_long;
use launchplan_core::plan::{Metric, MetricGroup, NodeId, Verdict};
use leptos::prelude::*;

/// The metrics due at one milestone.
#[component]
pub(crate) fn MetricsView(id: NodeId, group: BlockData<MetricGroup>) -> impl IntoView {
    let heading = move || {
        group.with(|g| {
            g.map(|g| match g.date {
                Some(d) => format!("{} — {}", g.title, format_long(d)),
                None => g.title.clone(),
            })
            .unwrap_or_default()
        })
    };
    let metrics = move || {
        group.with(|g| {
            g.map(|g| g.metrics.iter().map(|m| m.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let notes = notes_view(Signal::derive(move || {
        group.with(|g| g.map(|g| g.notes.clone()).unwrap_or_default())
    }));
    view! {
        <div class="block metrics" id=id.to_string()>
            <h3>{heading}</h3>
            {notes}
            <ul class="checklist">
                {node_list(metrics, move |m| {
                    let metric = row(group, m.clone(), |g, key| g.metrics.iter().find(|x| &x.id == key));
                    view! {
                        <CheckRow id=m.clone()>
                            <MetricActual metric=metric />
                        </CheckRow>
                    }
                })}
            </ul>
        </div>
    }
}

/// Target, actual field and verdict of one metric; the field stays in place while it is edited.
#[component]
fn MetricActual(metric: Derived<Option<Metric>>) -> impl IntoView {
    let state = use_app_state();
    let target = move || metric.with(|m| m.as_ref().and_then(|m| m.target.clone()));
    let actual = move || metric.with(|m| m.as_ref().and_then(|m| m.actual.clone()));
    let verdict = move || {
        let Some(target) = target() else { return "" };
        match actual().as_deref().map(|a| target.verdict(a)) {
            Some(Some(Verdict::Met)) => "Met",
            Some(Some(Verdict::Missed)) => "Missed",
            Some(None) => "Cannot compare",
            None => "",
        }
    };
    let name = metric.with_untracked(|m| m.as_ref().map(|m| m.text.clone()).unwrap_or_default());
    view! {
        <div class="metric-actual">
            <span class="target">{move || target().map(|t| format!("Target {}", t.describe())).unwrap_or_else(|| "No numeric target".into())}</span>
            <label>
                "Actual "
                <input
                    type="text"
                    prop:value=move || actual().unwrap_or_default()
                    aria-label=format!("Actual for {name}")
                    on:change=move |ev| {
                        let Some(id) = metric.with_untracked(|m| m.as_ref().map(|m| m.id.clone())) else { return };
                        let value = event_target_value(&ev);
                        let at = id.clone();
                        state.change_in(&id, move |p, now| p.set_actual(&at, &value, now));
                    }
                />
            </label>
            <span class="verdict" data-testid="metric-verdict">{verdict}</span>
        </div>
    }
}

//! Success metrics: each with its target, a field for the actual value, and met or missed.

use super::checklist::CheckRow;
use super::sections::use_block;
use super::state::use_app_state;
use crate::plan::dates::format_long;
use crate::plan::{Block, Metric, NodeId, Verdict};
use leptos::prelude::*;

/// The metrics due at one milestone.
#[component]
pub fn MetricsView(id: NodeId) -> impl IntoView {
    let block = use_block(&id);
    let group = Memo::new(move |_| match block.get() {
        Some(Block::Metrics(g)) => Some(g),
        _ => None,
    });
    let heading = move || {
        group.with(|g| {
            g.as_ref()
                .map(|g| match g.date {
                    Some(d) => format!("{} — {}", g.title, format_long(d)),
                    None => g.title.clone(),
                })
                .unwrap_or_default()
        })
    };
    let metrics = move || {
        group.with(|g| {
            g.as_ref()
                .map(|g| g.metrics.iter().map(|m| m.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    view! {
        <div class="block metrics" id=id.to_string()>
            <h3>{heading}</h3>
            <ul class="checklist">
                <For each=metrics key=|id| id.clone() children=move |m| {
                    let key = m.clone();
                    let metric = Memo::new(move |_| group.with(|g| g.as_ref().and_then(|g| g.metrics.iter().find(|x| x.id == key).cloned())));
                    view! {
                        <CheckRow id=m.clone()>
                            {move || metric.get().map(|mt| view! { <MetricActual metric=mt /> })}
                        </CheckRow>
                    }
                } />
            </ul>
        </div>
    }
}

/// Target, actual field and verdict of one metric.
#[component]
fn MetricActual(metric: Metric) -> impl IntoView {
    let state = use_app_state();
    let verdict = metric
        .actual
        .as_deref()
        .and_then(|a| metric.target.as_ref().and_then(|t| t.verdict(a)));
    let id = metric.id.clone();
    view! {
        <div class="metric-actual">
            <span class="target">{metric.target.as_ref().map(|t| format!("Target {}", t.describe())).unwrap_or_else(|| "No numeric target".into())}</span>
            <label>
                "Actual "
                <input
                    type="text"
                    prop:value=metric.actual.clone().unwrap_or_default()
                    aria-label=format!("Actual for {}", metric.text)
                    on:change=move |ev| {
                        let (id, value) = (id.clone(), event_target_value(&ev));
                        state.change(move |p, now| p.set_actual(&id, &value, now));
                    }
                />
            </label>
            <span class="verdict" data-testid="metric-verdict">{match verdict {
                Some(Verdict::Met) => "Met",
                Some(Verdict::Missed) => "Missed",
                None if metric.actual.is_some() && metric.target.is_some() => "Cannot compare",
                None => "",
            }}</span>
        </div>
    }
}

//! Risks with their must-resolve-by date (days left or overdue), and contingency plans.

use super::checklist::CheckRow;
use super::node_list::node_list;
use super::places::BlockData;
use super::state::use_app_state;
use launchplan_core::plan::dates::format_long;
use launchplan_core::plan::{ContingencyList, NodeId, RiskGroup};
use launchplan_core::schedule::status::days_left;
use leptos::prelude::*;

/// A group of risks of one level.
#[component]
pub(crate) fn RiskView(id: NodeId, group: BlockData<RiskGroup>) -> impl IntoView {
    let state = use_app_state();
    let deadline = move || {
        group.with(|g| {
            let g = g?;
            let by = g.resolve_by?;
            let open = g.risks.iter().filter(|r| !r.resolved).count();
            let days = (by - state.today()).num_days();
            let when = if open == 0 {
                "all resolved".to_string()
            } else {
                days_left(days)
            };
            Some(format!("Resolve by {}: {when}", format_long(by)))
        })
    };
    let risks = move || {
        group.with(|g| {
            g.map(|g| g.risks.iter().map(|r| r.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    view! {
        <div class="block risks" id=id.to_string()>
            <h3>{move || group.with(|g| g.map(|g| g.title.clone()))}</h3>
            <p class="deadline" data-testid="risk-deadline">{deadline}</p>
            <ul class="checklist">
                {node_list(risks, move |id| view! { <CheckRow id=id /> })}
            </ul>
        </div>
    }
}

/// Contingency plans: trigger → action, with their dates.
#[component]
pub(crate) fn ContingencyView(id: NodeId, list: BlockData<ContingencyList>) -> impl IntoView {
    let list = move || list.get();
    view! {
        <div class="block contingencies" id=id.to_string()>
            {move || list().map(|l| view! {
                <h3>{l.title.clone()}</h3>
                <ul>
                    {l.plans.into_iter().map(|c| view! {
                        <li id=c.id.to_string()>
                            {c.date.map(|d| view! { <strong>{format_long(d)}</strong>": " })}
                            <span class="trigger">{c.trigger}</span>
                            {(!c.action.is_empty()).then(|| view! { " → "<span class="action">{c.action.clone()}</span> })}
                        </li>
                    }).collect_view()}
                </ul>
            })}
        </div>
    }
}

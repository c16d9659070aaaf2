//! Completed milestones under their period, with sub-points.

use super::places::BlockData;
use launchplan_core::plan::dates::format_period;
use launchplan_core::plan::{MilestoneGroup, NodeId};
use leptos::prelude::*;

/// A period's milestones ("Q4 2025").
#[component]
pub(crate) fn MilestonesView(id: NodeId, group: BlockData<MilestoneGroup>) -> impl IntoView {
    let group = move || group.get();
    view! {
        <div class="block milestones" id=id.to_string()>
            {move || group().map(|g| view! {
                <h3>{g.title.clone()}</h3>
                <ul>
                    {g.milestones.into_iter().map(|m| view! {
                        <li id=m.id.to_string() class:status-done=m.done>
                            <span class="status-word">{if m.done { "Done" } else { "Open" }}</span>" "
                            {m.period.map(|p| format!("{}: ", format_period(&p, true)))}
                            {m.title}
                            <ul>{m.points.into_iter().map(|p| view! { <li>{p.text}</li> }).collect_view()}</ul>
                        </li>
                    }).collect_view()}
                </ul>
            })}
        </div>
    }
}

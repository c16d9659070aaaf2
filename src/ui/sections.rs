//! The plan's sections in document order, each block drawn by the component for its kind.

use super::comms::CommView;
use super::decisions::DecisionView;
use super::deferred::use_deferred;
use super::metrics::MetricsView;
use super::milestones::MilestonesView;
use super::risks::{ContingencyView, RiskView};
use super::schedule::{heading_text, AddGroup, ScheduleView};
use super::state::use_app_state;
use launchplan_core::plan::{Block, NodeId};
use leptos::prelude::*;

/// Every section of the plan.
#[component]
pub(crate) fn PlanSections() -> impl IntoView {
    let state = use_app_state();
    let sections = move || {
        state
            .plan
            .with(|p| p.sections.iter().map(|s| s.id.clone()).collect::<Vec<_>>())
    };
    view! {
        <For each=sections key=|id| id.clone() children=move |id| view! { <SectionView id=id /> } />
    }
}

/// One section: its heading and its blocks.
#[component]
fn SectionView(id: NodeId) -> impl IntoView {
    let state = use_app_state();
    let deferred = use_deferred();
    let key = id.clone();
    let title = move || {
        state.plan.with(|p| {
            p.sections
                .iter()
                .find(|s| s.id == key)
                .map(|s| s.title.clone())
                .unwrap_or_default()
        })
    };
    let key = id.clone();
    let blocks = move || {
        state.plan.with(|p| {
            p.sections
                .iter()
                .find(|s| s.id == key)
                .map(|s| {
                    s.blocks
                        .iter()
                        .map(|b| (b.id().clone(), kind(b), weight(b)))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let key = id.clone();
    let holds_schedule = move || {
        state.plan.with(|p| {
            p.sections
                .iter()
                .find(|s| s.id == key)
                .is_some_and(|s| s.blocks.iter().any(|b| matches!(b, Block::Schedule(_))))
        })
    };
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    let section_id = id.to_string();
    view! {
        <section class="plan-section" id=section_id aria-labelledby=labelled_by>
            <h2 id=heading_id>{title}</h2>
            <For
                each=blocks
                key=|(id, kind, _)| (id.clone(), *kind)
                children=move |(id, kind, weight)| {
                    // On a big plan, later blocks render as they near the screen (deferred.rs).
                    let (ready, ticket) = deferred.claim(weight, &id);
                    let block = id.clone();
                    let id = StoredValue::new(id);
                    let fallback = move || {
                        ticket.map(|t| {
                            let title = state.plan.with_untracked(|p| {
                                p.blocks().find(|b| b.id() == &block).map(block_title).unwrap_or_default()
                            });
                            deferred.placeholder(t, weight, block.clone(), title)
                        })
                    };
                    view! {
                        <Show when=move || ready.get() fallback=fallback>
                            {move || block_view(id.get_value(), kind)}
                        </Show>
                    }
                }
            />
            <Show when=holds_schedule>
                <AddGroup section=id.clone() />
            </Show>
        </section>
    }
}

/// The component for a block of `kind`.
fn block_view(id: NodeId, kind: Kind) -> AnyView {
    match kind {
        Kind::Milestones => view! { <MilestonesView id=id /> }.into_any(),
        Kind::Schedule => view! { <ScheduleView id=id /> }.into_any(),
        Kind::Decision => view! { <DecisionView id=id /> }.into_any(),
        Kind::Metrics => view! { <MetricsView id=id /> }.into_any(),
        Kind::Risks => view! { <RiskView id=id /> }.into_any(),
        Kind::Contingencies => view! { <ContingencyView id=id /> }.into_any(),
        Kind::Communication => view! { <CommView id=id /> }.into_any(),
    }
}

/// About how many rows a block renders (for deferring big plans).
pub(super) fn weight(block: &Block) -> usize {
    match block {
        Block::Schedule(g) => {
            g.items.len() + g.days.iter().map(|d| d.items.len() + 1).sum::<usize>()
        }
        Block::Metrics(g) => g.metrics.len(),
        Block::Risks(g) => g.risks.len(),
        Block::Milestones(g) => g.milestones.len(),
        Block::Communication(c) => c.entries.len(),
        Block::Contingencies(c) => c.plans.len(),
        Block::Decision(_) => 3,
    }
    .max(1)
}

/// A block's heading, as its component shows it (near enough for a stand-in).
fn block_title(block: &Block) -> String {
    match block {
        Block::Schedule(g) => heading_text(g),
        Block::Decision(d) => d.title.clone(),
        Block::Metrics(g) => g.title.clone(),
        Block::Risks(g) => g.title.clone(),
        Block::Milestones(g) => g.title.clone(),
        Block::Contingencies(l) => l.title.clone(),
        Block::Communication(c) => c.audience.clone(),
    }
}

/// A block's kind, for choosing its component.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Milestones,
    Schedule,
    Decision,
    Metrics,
    Risks,
    Contingencies,
    Communication,
}

fn kind(block: &Block) -> Kind {
    match block {
        Block::Milestones(_) => Kind::Milestones,
        Block::Schedule(_) => Kind::Schedule,
        Block::Decision(_) => Kind::Decision,
        Block::Metrics(_) => Kind::Metrics,
        Block::Risks(_) => Kind::Risks,
        Block::Contingencies(_) => Kind::Contingencies,
        Block::Communication(_) => Kind::Communication,
    }
}

/// The block with `id`, read reactively (None once it is deleted).
pub(crate) fn use_block(id: &NodeId) -> Memo<Option<Block>> {
    let state = use_app_state();
    let id = id.clone();
    Memo::new(move |_| {
        state
            .plan
            .with(|p| p.blocks().find(|b| b.id() == &id).cloned())
    })
}

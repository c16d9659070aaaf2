//! The plan's sections in document order, each block drawn by the component for its kind.

use super::comms::CommView;
use super::decisions::DecisionView;
use super::deferred::use_deferred;
use super::metrics::MetricsView;
use super::milestones::MilestonesView;
use super::risks::{ContingencyView, RiskView};
use super::schedule::{heading_text, AddGroup, ScheduleView};
use super::state::{use_app_state, AppState};
use launchplan_core::plan::{Block, NodeId, Plan, Section};
use leptos::prelude::*;
use std::collections::HashMap;

/// Where each section and block is in the plan, worked out once per change of the plan: views
/// find their node by ID in constant time. (A scan of the plan per view made a plan of 16,000
/// sections take the square of its size to render, and every edit as long.)
/// (One map for both: each kind of map is code of its own in the wasm.)
#[derive(Clone, Default, PartialEq)]
struct Places(HashMap<NodeId, Place>);

/// Where a node is: a section, or a block of one.
#[derive(Clone, Copy, PartialEq)]
enum Place {
    Section(usize),
    Block(usize, usize),
}

impl Places {
    fn of(plan: &Plan) -> Places {
        let mut places = HashMap::new();
        for (s, section) in plan.sections.iter().enumerate() {
            places.insert(section.id.clone(), Place::Section(s));
            for (b, block) in section.blocks.iter().enumerate() {
                places.insert(block.id().clone(), Place::Block(s, b));
            }
        }
        Places(places)
    }

    fn section<'p>(&self, plan: &'p Plan, id: &NodeId) -> Option<&'p Section> {
        let Place::Section(at) = *self.0.get(id)? else {
            return None;
        };
        plan.sections.get(at).filter(|s| &s.id == id)
    }

    fn block<'p>(&self, plan: &'p Plan, id: &NodeId) -> Option<&'p Block> {
        let Place::Block(s, b) = *self.0.get(id)? else {
            return None;
        };
        plan.sections
            .get(s)?
            .blocks
            .get(b)
            .filter(|block| block.id() == id)
    }
}

/// The places of the plan shown, for the views under [`PlanSections`] (which provides them).
fn use_places() -> Memo<Places> {
    expect_context::<Memo<Places>>()
}

/// Every section of the plan.
#[component]
pub(crate) fn PlanSections() -> impl IntoView {
    let state = use_app_state();
    provide_context(Memo::new(move |_| state.plan.with(Places::of)));
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
    let places = use_places();
    let key = StoredValue::new(id.clone());
    let title = move || read_section(state, places, key, |s| s.title.clone());
    let blocks = move || {
        read_section(state, places, key, |s| {
            s.blocks
                .iter()
                .map(|b| (b.id().clone(), kind(b), weight(b)))
                .collect::<Vec<_>>()
        })
    };
    let holds_schedule = move || {
        read_section(state, places, key, |s| {
            s.blocks.iter().any(|b| matches!(b, Block::Schedule(_)))
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
                            let title = places.with_untracked(|places| {
                                state.plan.with_untracked(|p| {
                                    places.block(p, &block).map(block_title).unwrap_or_default()
                                })
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
    let places = use_places();
    Memo::new(move |_| places.with(|places| state.plan.with(|p| places.block(p, &id).cloned())))
}

/// What `f` reads of the section `key`, found through its place in the plan (the default once
/// the section is gone).
fn read_section<R: Default>(
    state: AppState,
    places: Memo<Places>,
    key: StoredValue<NodeId>,
    f: impl Fn(&Section) -> R,
) -> R {
    places.with(|places| {
        state
            .plan
            .with(|p| key.with_value(|key| places.section(p, key).map(&f).unwrap_or_default()))
    })
}

//! The plan's sections in document order, each block drawn by the component for its kind.

use super::body::use_body;
use super::comms::CommView;
use super::decisions::DecisionView;
use super::deferred::{use_deferred, weight};
use super::editing::use_editors;
use super::metrics::MetricsView;
use super::milestones::MilestonesView;
use super::node_list::{keyed_rows, node_list, RowKey};
use super::places::{typed_block, use_places, Places};
use super::reactive::{Derived, Kept};
use super::risks::{ContingencyView, RiskView};
use super::schedule::{heading_text, ScheduleView};
use super::state::{use_app_state, AppState};
use launchplan_core::plan::{Block, NodeId, Section};
use leptos::prelude::*;

/// Every section of the plan.
#[component]
pub(crate) fn PlanSections() -> impl IntoView {
    let state = use_app_state();
    Places::provide(state);
    super::decisions::provide_due_by(state);
    // While the app starts behind the first paint, a section more per task.
    let start_up = super::first_paint::use_start_up();
    let sections = move || {
        let limit = start_up.and_then(|s| s.limit()).unwrap_or(usize::MAX);
        state.with_words(|p| {
            p.sections
                .iter()
                .take(limit)
                .map(|s| s.id.clone())
                .collect::<Vec<_>>()
        })
    };
    // The body's chunk is fetched when the sections come near the screen (body.rs).
    let body = use_body();
    // The lines the plan opens with, before its first section: with the body.
    let notes = move || {
        body.notes(Signal::derive(move || {
            state.with_words(|p| p.notes.clone())
        }))
    };
    let element = NodeRef::<leptos::html::Div>::new();
    super::reactive::on_load(element, move |element| body.watch(element.into()));
    view! {
        <div class="plan-body" class:body-failed=move || body.failing() node_ref=element>
            {notes}
            {node_list(sections, move |id| view! { <SectionView id=id /> })}
        </div>
    }
}

/// One section: its heading and its blocks.
#[component]
fn SectionView(id: NodeId) -> impl IntoView {
    let state = use_app_state();
    let deferred = use_deferred();
    let body = use_body();
    let places = use_places();
    let editors = use_editors();
    let key = Kept::new(id.clone());
    let title = move || read_section(state, places, key, |s| s.title.clone());
    // With the body, as the blocks.
    let notes = move || {
        body.notes(Signal::derive(move || {
            read_section(state, places, key, |s| s.notes.clone())
        }))
    };
    let blocks = move || {
        read_section(state, places, key, |s| {
            s.blocks
                .iter()
                .map(|b| RowKey {
                    id: b.id().clone(),
                    variant: kind(b) as u64,
                })
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
            {notes}
            {keyed_rows(blocks, move |RowKey { id, .. }| {
                // The block's kind and size, as the list has it now (a kind changed is
                // another row).
                let (kind, weight) = read_block(state, places, &id, |b| (kind(b), weight(b)))?;
                // On a big plan, later blocks render as they near the screen (deferred.rs).
                let (ready, ticket) = deferred.claim(weight, &id);
                let block = id.clone();
                let id = Kept::new(id);
                // A stand-in while the block waits: to near the screen on a big plan, or for the
                // body's chunk (body.rs).
                let fallback = move || {
                    let title = read_block(state, places, &block, block_title);
                    deferred.placeholder(ticket, weight, block.clone(), title.unwrap_or_default())
                };
                Some(view! {
                    <Show when=move || ready.get() && body.loaded() fallback=fallback>
                        {move || body.block(id.get_value(), kind)}
                    </Show>
                })
            })}
            {move || {
                let views = editors.get().filter(|_| holds_schedule())?;
                Some((views.add_group)(id.clone()))
            }}
        </section>
    }
}

/// The component for a block of `kind`, given the block's typed data (its kind is matched
/// here, once). In the body's chunk (body.rs).
pub(crate) fn block_view(id: NodeId, kind: Kind) -> AnyView {
    // The block's data, as the view of its kind takes it.
    macro_rules! data {
        ($variant:ident) => {
            typed_block(&id, |b| match b {
                Block::$variant(x) => Some(x),
                _ => None,
            })
        };
    }
    match kind {
        Kind::Milestones => {
            let group = data!(Milestones);
            view! { <MilestonesView id=id group=group /> }.into_any()
        }
        Kind::Schedule => {
            let group = data!(Schedule);
            view! { <ScheduleView id=id group=group /> }.into_any()
        }
        Kind::Decision => {
            let decision = data!(Decision);
            view! { <DecisionView id=id decision=decision /> }.into_any()
        }
        Kind::Metrics => {
            let group = data!(Metrics);
            view! { <MetricsView id=id group=group /> }.into_any()
        }
        Kind::Risks => {
            let group = data!(Risks);
            view! { <RiskView id=id group=group /> }.into_any()
        }
        Kind::Contingencies => {
            let list = data!(Contingencies);
            view! { <ContingencyView id=id list=list /> }.into_any()
        }
        Kind::Communication => {
            let channel = data!(Communication);
            view! { <CommView id=id channel=channel /> }.into_any()
        }
    }
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
pub(crate) enum Kind {
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

/// What `f` reads of the block `id`, untracked (None once it is gone).
fn read_block<R>(
    state: AppState,
    places: Derived<Places>,
    id: &NodeId,
    f: impl FnOnce(&Block) -> R,
) -> Option<R> {
    places.with_untracked(|places| state.plan.with_untracked(|p| places.block(p, id).map(f)))
}

/// What `f` reads of the section `key`, found through its place in the plan (the default once
/// the section is gone).
fn read_section<R: Default>(
    state: AppState,
    places: Derived<Places>,
    key: Kept<NodeId>,
    f: impl Fn(&Section) -> R,
) -> R {
    places.with(|places| {
        state.with_words(|p| {
            key.with_value(|key| places.section(p, key).map(&f).unwrap_or_default())
        })
    })
}

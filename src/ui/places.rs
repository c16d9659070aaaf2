//! Where each section and block of the plan shown is, worked out once per change of the plan,
//! so that views find their node by ID in constant time; and a block's data, typed, for the
//! view of its kind.

use super::reactive::Derived;
use super::state::{use_app_state, AppState};
use launchplan_core::plan::{Block, NodeId, Plan, Section};
use leptos::prelude::*;
use std::collections::HashMap;

/// Where each section and block is in the plan, worked out once per change of the plan: views
/// find their node by ID in constant time. (A scan of the plan per view made a plan of 16,000
/// sections take the square of its size to render, and every edit as long.)
/// (One map for both: each kind of map is code of its own in the wasm.)
#[derive(Clone, Default, PartialEq)]
pub(crate) struct Places(HashMap<NodeId, Place>);

/// Where a node is: a section, or a block of one.
#[derive(Clone, Copy, PartialEq)]
enum Place {
    Section(usize),
    Block(usize, usize),
}

impl Places {
    /// Provides the places of the plan shown to the views under the caller. They follow the
    /// plan's shape (`with_words`), so a tick does not build them anew.
    pub(crate) fn provide(state: AppState) {
        provide_context(Derived::new(move || state.with_words(Places::of)));
    }

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

    pub(crate) fn section<'p>(&self, plan: &'p Plan, id: &NodeId) -> Option<&'p Section> {
        let Place::Section(at) = *self.0.get(id)? else {
            return None;
        };
        plan.sections.get(at).filter(|s| &s.id == id)
    }

    pub(crate) fn block<'p>(&self, plan: &'p Plan, id: &NodeId) -> Option<&'p Block> {
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

/// The places of the plan shown, for the views under `PlanSections` (which provides them).
pub(crate) fn use_places() -> Derived<Places> {
    expect_context::<Derived<Places>>()
}

/// The data of a block of one kind, as the view of that kind reads it (see [`typed_block`]).
/// Every kind shares one memo type, of the whole block: Leptos's memo code is built once per type
/// (a few hundred bytes of wasm each), not once per kind.
pub(crate) struct BlockData<T: 'static> {
    block: Memo<Option<Block>>,
    pick: fn(&Block) -> Option<&T>,
}

impl<T> Clone for BlockData<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for BlockData<T> {}

impl<T> BlockData<T> {
    /// Reads the block's data, tracked: None once the block is gone or is of another kind.
    pub(crate) fn with<R>(&self, f: impl FnOnce(Option<&T>) -> R) -> R {
        self.block.with(|b| f(b.as_ref().and_then(self.pick)))
    }

    /// The same, not tracked.
    pub(crate) fn with_untracked<R>(&self, f: impl FnOnce(Option<&T>) -> R) -> R {
        self.block
            .with_untracked(|b| f(b.as_ref().and_then(self.pick)))
    }

    /// A copy of the block's data, tracked.
    pub(crate) fn get(&self) -> Option<T>
    where
        T: Clone,
    {
        self.with(|data| data.cloned())
    }
}

/// The data of block `id` as the view of its kind shows it (`pick` takes it out of the block),
/// read reactively: None once the block is gone or is of another kind. It follows the block's
/// own trigger ([`AppState::block_changes`]), not every change of the plan, and copies the block
/// only when it changed (with every row of a big plan on the page, a tick woke and copied
/// hundreds of blocks).
pub(crate) fn typed_block<T>(id: &NodeId, pick: fn(&Block) -> Option<&T>) -> BlockData<T> {
    let state = use_app_state();
    let changes = state.block_changes(id);
    let id = id.clone();
    let places = use_places();
    let block = Memo::new_owning(move |kept: Option<Option<Block>>| {
        changes.track();
        // Where the block is changes only with the plan's shape, which notifies every block.
        places.with_untracked(|places| {
            state.plan.with_untracked(|p| {
                let now = places.block(p, &id);
                match kept {
                    Some(kept) if kept.as_ref() == now => (kept, false),
                    _ => (now.cloned(), true),
                }
            })
        })
    });
    BlockData { block, pick }
}

/// Row `key` of a block (a metric, a channel's message, a day), found by `find` in the block's
/// data, read reactively: copied only when the block changed, and a change for the row's view
/// only when the row itself changed.
pub(crate) fn row<B, T: Clone + PartialEq + Send + Sync + 'static>(
    block: BlockData<B>,
    key: NodeId,
    find: for<'b> fn(&'b B, &NodeId) -> Option<&'b T>,
) -> Derived<Option<T>> {
    Derived::new(move || block.with(|b| b.and_then(|b| find(b, &key)).cloned()))
}

//! Undo and redo: whole-plan snapshots for changes of the plan's shape, and the one block a
//! change of one node touched (a tick, a measured value, a recorded decision), bounded so a long
//! session cannot eat memory.

use crate::plan::{Block, Plan};

/// How many steps back undo can go on a plan of ordinary size.
const LIMIT: usize = 200;
/// How many checklist entries all the snapshots may hold together (about 200 MB of wasm memory
/// at most): a 10,000-item plan keeps 50 steps, BillingOS the full 200.
const ENTRY_BUDGET: usize = 500_000;

/// How many steps back undo goes for a plan with `entries` checklist entries (at least 20).
fn limit_for(entries: usize) -> usize {
    (ENTRY_BUDGET / entries.max(1)).clamp(20, LIMIT)
}

/// One step of the history: what to put back to go the other way.
#[derive(Debug, Clone)]
enum Step {
    /// The whole plan.
    Plan(Plan),
    /// The block at (section, block), the only part of the plan the change touched.
    Block(usize, usize, Block),
}

/// The plan's past and undone future around the current state.
#[derive(Debug, Clone)]
pub struct History {
    past: Vec<Step>,
    future: Vec<Step>,
    /// How many steps to keep, from the size of the plan last recorded whole.
    limit: usize,
}

impl Default for History {
    fn default() -> Self {
        History {
            past: Vec::new(),
            future: Vec::new(),
            limit: LIMIT,
        }
    }
}

impl History {
    /// Remembers `before` as the state to go back to; a new change clears what was undone.
    pub fn record(&mut self, before: Plan) {
        self.limit = limit_for(before.counts().checklist_items);
        self.push(Step::Plan(before));
    }

    /// Remembers the block at `(section, block)` as it was before a change that touched nothing
    /// else: undo puts it back, and no copy of the rest of the plan is made. The caller keeps
    /// that promise (a change of one node: [`Plan::block_at`] says where its block is).
    pub fn record_block(&mut self, (section, block): (usize, usize), before: Block) {
        self.push(Step::Block(section, block, before));
    }

    fn push(&mut self, step: Step) {
        self.past.push(step);
        if self.past.len() > self.limit {
            let extra = self.past.len() - self.limit;
            self.past.drain(..extra);
        }
        self.future.clear();
    }

    /// Puts `current` back to the state before the last change, if there is one; `current`
    /// becomes redoable. Says whether there was one.
    pub fn undo(&mut self, current: &mut Plan) -> bool {
        let Some(step) = self.past.pop() else {
            return false;
        };
        let back = step.apply(current);
        self.future.push(back);
        true
    }

    /// Puts `current` forward to the state undone last, if there is one; `current` becomes
    /// undoable again. Says whether there was one.
    pub fn redo(&mut self, current: &mut Plan) -> bool {
        let Some(step) = self.future.pop() else {
            return false;
        };
        let back = step.apply(current);
        self.past.push(back);
        true
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

impl Step {
    /// Puts this step's state into `plan`; returns the step that goes back.
    fn apply(self, plan: &mut Plan) -> Step {
        match self {
            Step::Plan(other) => Step::Plan(std::mem::replace(plan, other)),
            Step::Block(s, b, mut other) => {
                // The block is where the change left it: every later change was undone first.
                match plan.sections.get_mut(s).and_then(|x| x.blocks.get_mut(b)) {
                    Some(block) => std::mem::swap(block, &mut other),
                    None => debug_assert!(false, "no block at ({s}, {b}) to undo"),
                }
                Step::Block(s, b, other)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::default_plan::default_plan;

    #[test]
    fn big_plans_keep_fewer_steps() {
        assert_eq!(limit_for(72), LIMIT);
        assert_eq!(limit_for(10_000), 50);
        assert_eq!(limit_for(1_000_000), 20);
        let big = crate::generate::generate(10_000, crate::generate::default_start(), 1);
        let mut h = History::default();
        for _ in 0..60 {
            h.record(big.clone());
        }
        assert_eq!(h.past.len(), 50);
    }

    #[test]
    fn undo_and_redo_walk_the_snapshots() {
        let a = default_plan().plan;
        let mut b = a.clone();
        b.title = "B".into();
        let mut h = History::default();
        h.record(a.clone());
        let mut current = b.clone();
        assert!(h.undo(&mut current));
        assert_eq!(current, a);
        assert!(h.can_redo());
        assert!(h.redo(&mut current));
        assert_eq!(current, b);
        assert!(h.undo(&mut current));
        assert!(!h.undo(&mut current), "nothing left to undo");
        assert_eq!(current, a);
    }

    /// A tick recorded as its block, between changes recorded whole: undo and redo walk back and
    /// forth through exactly the states there were, and no step copies the plan.
    #[test]
    fn block_steps_and_whole_steps_undo_and_redo_in_turn() {
        use crate::plan::Stamp;
        let mut plan = crate::generate::generate(300, crate::generate::default_start(), 5);
        let ids: Vec<_> = plan
            .schedule_items()
            .map(|i| i.id.clone())
            .step_by(37)
            .collect();
        let mut h = History::default();
        let mut states = vec![plan.clone()];
        for (n, id) in ids.iter().enumerate() {
            if n == 3 {
                // A change of the plan's shape, recorded whole.
                let before = plan.clone();
                plan.title = "Renamed".into();
                h.record(before);
            } else {
                let at = plan.block_at(id).expect("every item is in a block");
                let before = plan.sections[at.0].blocks[at.1].clone();
                let done = plan.entry(id).is_some_and(|e| e.done);
                assert!(plan.set_done(id, !done, Stamp(n as i64 + 1)));
                h.record_block(at, before);
            }
            states.push(plan.clone());
        }
        for state in states.iter().rev().skip(1) {
            assert!(h.undo(&mut plan));
            assert_eq!(&plan, state);
        }
        assert!(!h.can_undo());
        for state in states.iter().skip(1) {
            assert!(h.redo(&mut plan));
            assert_eq!(&plan, state);
        }
        assert!(!h.can_redo());
    }

    #[test]
    fn the_block_of_a_node_holds_it() {
        let plan = default_plan().plan;
        for block in plan.blocks() {
            let mut ids = Vec::new();
            crate::plan::NodeRef::Block(block).for_each_node(|node, _| ids.push(node.id().clone()));
            for id in ids {
                let (s, b) = plan.block_at(&id).unwrap();
                assert_eq!(plan.sections[s].blocks[b].id(), block.id());
            }
        }
        assert_eq!(
            plan.block_at(&plan.sections[0].id),
            None,
            "a section is in no block"
        );
    }
}

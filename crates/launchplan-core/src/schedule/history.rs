//! Undo and redo: whole-plan snapshots, bounded so a long session cannot eat memory.

use crate::plan::Plan;

/// How many steps back undo can go on a plan of ordinary size.
const LIMIT: usize = 200;
/// How many checklist entries all the snapshots may hold together (about 200 MB of wasm memory
/// at most): a 10,000-item plan keeps 50 steps, BillingOS the full 200.
const ENTRY_BUDGET: usize = 500_000;

/// How many steps back undo goes for a plan with `entries` checklist entries (at least 20).
fn limit_for(entries: usize) -> usize {
    (ENTRY_BUDGET / entries.max(1)).clamp(20, LIMIT)
}

/// The plan's past and undone future around the current state.
#[derive(Debug, Clone, Default)]
pub struct History {
    past: Vec<Plan>,
    future: Vec<Plan>,
}

impl History {
    /// Remembers `before` as the state to go back to; a new change clears what was undone.
    pub fn record(&mut self, before: Plan) {
        let limit = limit_for(before.counts().checklist_items);
        self.past.push(before);
        if self.past.len() > limit {
            let extra = self.past.len() - limit;
            self.past.drain(..extra);
        }
        self.future.clear();
    }

    /// The state before `current`, if any; `current` becomes redoable.
    pub fn undo(&mut self, current: &Plan) -> Option<Plan> {
        let previous = self.past.pop()?;
        self.future.push(current.clone());
        Some(previous)
    }

    /// The state undone last, if any; `current` becomes undoable again.
    pub fn redo(&mut self, current: &Plan) -> Option<Plan> {
        let next = self.future.pop()?;
        self.past.push(current.clone());
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
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
        let back = h.undo(&b).unwrap();
        assert_eq!(back.title, a.title);
        assert!(h.can_redo());
        assert_eq!(h.redo(&back).unwrap().title, "B");
        assert!(h.undo(&a).is_some());
        assert!(h.undo(&a).is_none(), "nothing left to undo");
    }
}

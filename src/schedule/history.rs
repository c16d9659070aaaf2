//! Undo and redo: whole-plan snapshots, bounded so a long session cannot eat memory.

use crate::plan::Plan;

/// How many steps back undo can go.
const LIMIT: usize = 200;

/// The plan's past and undone future around the current state.
#[derive(Debug, Clone, Default)]
pub struct History {
    past: Vec<Plan>,
    future: Vec<Plan>,
}

impl History {
    /// Remembers `before` as the state to go back to; a new change clears what was undone.
    pub fn record(&mut self, before: Plan) {
        self.past.push(before);
        if self.past.len() > LIMIT {
            self.past.remove(0);
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

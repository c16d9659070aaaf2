//! The plan: one model for every part of a launch plan, with stable IDs and calendar dates.

pub mod dates;
mod edit;
mod id;
mod model;
mod target;

pub use edit::NodeMut;
pub use id::{NodeId, Stamp};
pub use model::*;
pub use target::{Comparator, Target, Verdict};

use std::collections::HashMap;

/// The source line each node was read from (Markdown imports only).
pub type SourceMap = HashMap<NodeId, usize>;

/// How many of each kind a plan holds: what an import reports and tests pin.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Every ticked-or-not entry: schedule items, success metrics and risks.
    pub checklist_items: usize,
    pub schedule_items: usize,
    pub days: usize,
    pub milestones: usize,
    pub decisions: usize,
    pub metrics: usize,
    pub risks: usize,
    pub contingencies: usize,
    pub communications: usize,
}

impl Plan {
    /// Every block of every section, in document order.
    pub fn blocks(&self) -> impl Iterator<Item = &Block> {
        self.sections.iter().flat_map(|s| s.blocks.iter())
    }

    /// Every scheduled checklist item (group items first, then each day's), in document order.
    pub fn schedule_items(&self) -> impl Iterator<Item = &Item> {
        self.blocks().flat_map(|b| match b {
            Block::Schedule(g) => g
                .items
                .iter()
                .chain(g.days.iter().flat_map(|d| d.items.iter()))
                .collect(),
            _ => Vec::new(),
        })
    }

    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for block in self.blocks() {
            match block {
                Block::Milestones(g) => c.milestones += g.milestones.len(),
                Block::Schedule(g) => {
                    c.days += g.days.len();
                    c.schedule_items +=
                        g.items.len() + g.days.iter().map(|d| d.items.len()).sum::<usize>();
                }
                Block::Decision(_) => c.decisions += 1,
                Block::Metrics(g) => c.metrics += g.metrics.len(),
                Block::Risks(g) => c.risks += g.risks.len(),
                Block::Contingencies(l) => c.contingencies += l.plans.len(),
                Block::Communication(ch) => c.communications += ch.entries.len(),
            }
        }
        c.checklist_items = c.schedule_items + c.metrics + c.risks;
        c
    }
}

/// A checkable entry as the UI shows it, whatever its kind.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub text: String,
    pub done: bool,
    pub due: Option<chrono::NaiveDate>,
    pub notes: Vec<String>,
}

impl Plan {
    /// The checkable entry (item, metric, risk, communication or milestone) with `id`.
    pub fn entry(&self, id: &NodeId) -> Option<Entry> {
        let entry = |text: &str, done, due, notes: &[String]| Entry {
            text: text.to_string(),
            done,
            due,
            notes: notes.to_vec(),
        };
        self.blocks().find_map(|block| match block {
            Block::Schedule(g) => g
                .items
                .iter()
                .chain(g.days.iter().flat_map(|d| d.items.iter()))
                .find(|i| &i.id == id)
                .map(|i| entry(&i.text, i.done, i.due, &i.notes)),
            Block::Metrics(g) => g
                .metrics
                .iter()
                .find(|m| &m.id == id)
                .map(|m| entry(&m.text, m.done, g.date, &m.notes)),
            Block::Risks(g) => g
                .risks
                .iter()
                .find(|r| &r.id == id)
                .map(|r| entry(&r.text, r.resolved, g.resolve_by, &r.notes)),
            Block::Communication(c) => c.entries.iter().find(|e| &e.id == id).map(|e| {
                let due = match e.when {
                    Some(Cadence::On(d)) => Some(d),
                    _ => None,
                };
                entry(&e.text, e.done, due, &e.notes)
            }),
            Block::Milestones(g) => g
                .milestones
                .iter()
                .find(|m| &m.id == id)
                .map(|m| entry(&m.title, m.done, None, &m.notes)),
            Block::Decision(_) | Block::Contingencies(_) => None,
        })
    }
}

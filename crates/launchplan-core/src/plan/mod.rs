//! The plan: one model for every part of a launch plan, with stable IDs and calendar dates.

pub mod calendar_day;
pub mod dates;
mod edit;
mod id;
pub mod marks;
mod model;
mod offset;
mod reshape;
mod target;
mod walk;

pub use id::{NodeId, Stamp};
pub use model::*;
pub use offset::{Offset, OffsetError, OffsetUnit};
pub use reshape::{KeptNote, RowKind};
pub use target::{Comparator, Target, Verdict};
pub use walk::{ListMut, ListRef, Node, NodeMut, NodeRef};

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

    /// Where the block that is or holds the node `id` is: its section's index and its own
    /// (None for a section, or an ID the plan does not have). A change to that node alone
    /// changes that block alone (see [`History::record_block`](crate::schedule::history::History::record_block)).
    pub fn block_at(&self, id: &NodeId) -> Option<(usize, usize)> {
        self.sections.iter().enumerate().find_map(|(s, section)| {
            section
                .blocks
                .iter()
                .position(|block| {
                    let mut found = false;
                    NodeRef::Block(block).for_each_node(|node, _| found = found || node.id() == id);
                    found
                })
                .map(|b| (s, b))
        })
    }

    /// Every scheduled checklist item (group items first, then each day's), in document order.
    pub fn schedule_items(&self) -> impl Iterator<Item = &Item> {
        let mut items = Vec::new();
        self.for_each_node(|node, _| {
            if let NodeRef::Item(item) = node {
                items.push(item);
            }
        });
        items.into_iter()
    }

    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        self.for_each_node(|node, _| match node {
            NodeRef::Item(_) => c.schedule_items += 1,
            NodeRef::Day(_) => c.days += 1,
            NodeRef::Milestone(_) => c.milestones += 1,
            NodeRef::Block(Block::Decision(_)) => c.decisions += 1,
            NodeRef::Metric(_) => c.metrics += 1,
            NodeRef::Risk(_) => c.risks += 1,
            NodeRef::Contingency(_) => c.contingencies += 1,
            NodeRef::Comm(_) => c.communications += 1,
            NodeRef::Section(_) | NodeRef::Block(_) | NodeRef::Point(_) => {}
        });
        c.checklist_items = c.schedule_items + c.metrics + c.risks;
        c
    }
}

impl Item {
    /// The month or quarter the item is due in when the plan gives no day: its own ("Q1
    /// 2027"), or its group's ("### Month 2 (March 2026)"). `parent` is its parent in the walk.
    pub fn due_within(&self, parent: Option<NodeRef<'_>>) -> Option<dates::Period> {
        self.within.or(match parent {
            Some(NodeRef::Block(Block::Schedule(g))) if self.offset.is_none() => g
                .period
                .filter(|p| p.is_coarse() && self.due == Some(p.last_day())),
            _ => None,
        })
    }
}

/// A checkable entry as the UI shows it, whatever its kind.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub text: String,
    pub done: bool,
    pub due: Option<chrono::NaiveDate>,
    /// The month or quarter it is due in, when the plan gives no day (see [`Item::due_within`]).
    pub within: Option<dates::Period>,
    pub notes: Vec<String>,
}

/// A checkable entry as the plan holds it, borrowed (see [`Plan::visit_entries`]).
#[derive(Debug, Clone, Copy)]
pub struct EntryRef<'a> {
    pub id: &'a NodeId,
    pub text: &'a str,
    pub done: bool,
    pub due: Option<chrono::NaiveDate>,
    pub within: Option<dates::Period>,
    pub notes: &'a [String],
}

impl Plan {
    /// The checkable entry (item, metric, risk, communication or milestone) with `id`.
    pub fn entry(&self, id: &NodeId) -> Option<Entry> {
        let mut found = None;
        self.visit_entries(|e| {
            if found.is_none() && e.id == id {
                found = Some(Entry::from(e));
            }
        });
        found
    }

    /// Every checkable entry by ID, in one pass over the plan (the UI's rows read this index
    /// rather than each searching the plan).
    pub fn entries(&self) -> std::collections::HashMap<NodeId, Entry> {
        let mut out = std::collections::HashMap::new();
        self.visit_entries(|e| {
            out.insert(e.id.clone(), Entry::from(e));
        });
        out
    }

    /// Calls `f` with each checkable entry.
    pub fn visit_entries(&self, mut f: impl FnMut(EntryRef<'_>)) {
        for section in &self.sections {
            visit_entries_of(NodeRef::Section(section), &mut f);
        }
    }
}

impl Block {
    /// Calls `f` with each checkable entry of this block.
    pub fn visit_entries(&self, f: &mut impl FnMut(EntryRef<'_>)) {
        visit_entries_of(NodeRef::Block(self), f);
    }
}

/// The checkable entries at and under `root`. A metric is due on its group's date, a risk by
/// its group's deadline; a dated communication on its day.
fn visit_entries_of(root: NodeRef<'_>, f: &mut impl FnMut(EntryRef<'_>)) {
    root.for_each_node(|node, parent| {
        let (id, text, done, due, within, notes) = match node {
            NodeRef::Item(i) => (
                &i.id,
                i.text.as_str(),
                i.done,
                i.due,
                i.due_within(parent),
                i.notes.as_slice(),
            ),
            NodeRef::Metric(m) => {
                let due = match parent {
                    Some(NodeRef::Block(Block::Metrics(g))) => g.date,
                    _ => None,
                };
                (
                    &m.id,
                    m.text.as_str(),
                    m.done,
                    due,
                    None,
                    m.notes.as_slice(),
                )
            }
            NodeRef::Risk(r) => {
                let due = match parent {
                    Some(NodeRef::Block(Block::Risks(g))) => g.resolve_by,
                    _ => None,
                };
                (
                    &r.id,
                    r.text.as_str(),
                    r.resolved,
                    due,
                    None,
                    r.notes.as_slice(),
                )
            }
            NodeRef::Comm(e) => {
                let due = match e.when {
                    Some(Cadence::On(d)) => Some(d),
                    _ => None,
                };
                (
                    &e.id,
                    e.text.as_str(),
                    e.done,
                    due,
                    None,
                    e.notes.as_slice(),
                )
            }
            NodeRef::Milestone(m) => (
                &m.id,
                m.title.as_str(),
                m.done,
                None,
                None,
                m.notes.as_slice(),
            ),
            NodeRef::Section(_)
            | NodeRef::Block(_)
            | NodeRef::Day(_)
            | NodeRef::Point(_)
            | NodeRef::Contingency(_) => return,
        };
        f(EntryRef {
            id,
            text,
            done,
            due,
            within,
            notes,
        });
    });
}

impl Entry {
    pub fn new(text: &str, done: bool, due: Option<chrono::NaiveDate>, notes: &[String]) -> Entry {
        Entry {
            text: text.to_string(),
            done,
            due,
            within: None,
            notes: notes.to_vec(),
        }
    }

    /// When it is due, as a row shows it: "Feb 14", or "March 2026" / "Q2 2027" for an entry
    /// due in a month or quarter.
    pub fn due_label(&self) -> Option<String> {
        dates::format_due(self.due, self.within)
    }
}

impl From<EntryRef<'_>> for Entry {
    fn from(e: EntryRef<'_>) -> Entry {
        Entry {
            text: e.text.to_string(),
            done: e.done,
            due: e.due,
            within: e.within,
            notes: e.notes.to_vec(),
        }
    }
}

#[cfg(test)]
mod entry_tests {
    use crate::generate::{default_start, generate};

    #[test]
    fn the_index_holds_every_entry_as_a_lookup_finds_it() {
        for plan in [
            crate::default_plan::default_plan().plan,
            generate(300, default_start(), 1),
        ] {
            let index = plan.entries();
            assert!(index.len() >= plan.counts().checklist_items);
            for (id, entry) in &index {
                assert_eq!(plan.entry(id).as_ref(), Some(entry), "{id}");
            }
        }
    }
}

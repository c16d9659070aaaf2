//! Item-by-item merge of two copies of a plan (two teammates' files): nodes are matched by their
//! stable IDs; for each node the newer change (larger stamp) wins field by field, children are
//! merged the same way, nodes only one side has are kept, and differences both sides stamped
//! are listed as conflicts. Nothing is dropped.
//!
//! Each kind of node names every one of its fields below (a struct pattern without `..`), so a
//! field added to the model does not compile until it is given a way to merge.

use crate::plan::*;
use serde::Serialize;

/// A field both copies changed differently: which value was kept and which was not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub id: NodeId,
    pub field: String,
    pub kept: String,
    pub other: String,
}

/// What a merge did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Nodes only the other copy had, now added.
    pub added: usize,
    /// Nodes whose fields were taken from the other copy because its change was newer.
    pub updated: usize,
    pub conflicts: Vec<Conflict>,
}

/// Merges `theirs` into `ours`. Ties (equal stamps) keep ours.
pub fn merge(ours: &Plan, theirs: &Plan) -> (Plan, MergeReport) {
    let mut plan = ours.clone();
    let mut report = MergeReport::default();
    plan.merge_from(theirs, &mut report);
    // The launch may have come from the other copy: what is kept relative to it follows.
    plan.date_offsets();
    (plan, report)
}

/// What importing `theirs` over `ours` would change, entry by entry (for the import preview).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Comparison {
    pub added: Vec<String>,
    pub removed: Vec<String>,
    /// Renamed or moved to another date.
    pub changed: Vec<String>,
    pub ticked: Vec<String>,
    pub unticked: Vec<String>,
}

impl Comparison {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
            && self.ticked.is_empty()
            && self.unticked.is_empty()
    }
}

/// Compares the checkable entries of two plans by ID (borrowing them: only the texts listed are
/// copied).
pub fn compare(ours: &Plan, theirs: &Plan) -> Comparison {
    use crate::schedule::progress::{visit_tasks, TaskRef};
    use std::collections::{HashMap, HashSet};
    let mut mine: HashMap<&NodeId, TaskRef<'_>> = HashMap::new();
    visit_tasks(ours, |t| {
        mine.insert(t.id, t);
    });
    let mut theirs_ids: HashSet<&NodeId> = HashSet::new();
    let mut c = Comparison::default();
    visit_tasks(theirs, |t| {
        theirs_ids.insert(t.id);
        match mine.get(t.id) {
            None => c.added.push(t.text.to_string()),
            Some(m) => {
                if m.text != t.text || m.due != t.due {
                    c.changed.push(t.text.to_string());
                }
                if !m.done && t.done {
                    c.ticked.push(t.text.to_string());
                } else if m.done && !t.done {
                    c.unticked.push(t.text.to_string());
                }
            }
        }
    });
    visit_tasks(ours, |t| {
        if !theirs_ids.contains(t.id) {
            c.removed.push(t.text.to_string());
        }
    });
    c
}

/// A node that merges with its other copy.
trait MergeNode: Node + Clone {
    fn merge_from(&mut self, theirs: &Self, report: &mut MergeReport);
}

/// The merge of one node: whose change is newer, and whether anything was taken from theirs.
struct Fields<'r> {
    id: NodeId,
    theirs_newer: bool,
    both_stamped: bool,
    took: bool,
    report: &'r mut MergeReport,
}

impl<'r> Fields<'r> {
    fn new(id: &NodeId, ours: Stamp, theirs: Stamp, report: &'r mut MergeReport) -> Self {
        Fields {
            id: id.clone(),
            theirs_newer: theirs > ours,
            both_stamped: !ours.is_unknown() && !theirs.is_unknown(),
            took: false,
            report,
        }
    }

    /// A field kept whole: the newer copy's value wins; a difference both stamped is a conflict.
    fn value<T: PartialEq + Clone + Serialize>(&mut self, name: &str, ours: &mut T, theirs: &T) {
        if ours == theirs {
            return;
        }
        if self.both_stamped {
            let (kept, other) = if self.theirs_newer {
                (short(theirs), short(&*ours))
            } else {
                (short(&*ours), short(theirs))
            };
            self.report.conflicts.push(Conflict {
                id: self.id.clone(),
                field: name.into(),
                kept,
                other,
            });
        }
        if self.theirs_newer {
            *ours = theirs.clone();
            self.took = true;
        }
    }

    /// An optional field: one only they have is new information and is kept; one the newer
    /// copy cleared is cleared.
    fn optional<T: PartialEq + Clone + Serialize>(
        &mut self,
        name: &str,
        ours: &mut Option<T>,
        theirs: &Option<T>,
    ) {
        match (&*ours, theirs) {
            (None, Some(value)) => {
                *ours = Some(value.clone());
                self.took = true;
            }
            (Some(_), None) if self.theirs_newer => {
                *ours = None;
                self.took = true;
            }
            (Some(_), None) => {}
            _ => self.value(name, ours, theirs),
        }
    }

    /// Notes: never cleared by the other copy; otherwise kept whole like a value.
    fn notes(&mut self, ours: &mut Vec<String>, theirs: &[String]) {
        if theirs.is_empty() {
            return;
        }
        if ours.is_empty() {
            *ours = theirs.to_vec();
            self.took = true;
            return;
        }
        self.value("notes", ours, &theirs.to_vec());
    }

    /// A list of child nodes, merged node by node.
    fn nodes<T: MergeNode>(&mut self, ours: &mut Vec<T>, theirs: &[T]) {
        merge_list(ours, theirs, self.report);
    }

    /// Ends the node's merge: the newer stamp is kept, and a node that took anything counts.
    fn finish(mut self, ours: &mut Stamp, theirs: Stamp) {
        if self.theirs_newer {
            *ours = theirs;
            self.took = true;
        }
        if self.took {
            self.report.updated += 1;
        }
    }
}

/// Merges list `theirs` into list `ours` by node ID; nodes only they have are inserted after
/// the node that precedes them in their list, so their place is kept.
fn merge_list<T: MergeNode>(ours: &mut Vec<T>, theirs: &[T], report: &mut MergeReport) {
    let mut previous: Option<&NodeId> = None;
    for node in theirs {
        match ours.iter_mut().find(|x| x.node_id() == node.node_id()) {
            Some(mine) => mine.merge_from(node, report),
            None => {
                let at = previous
                    .and_then(|p| ours.iter().position(|x| x.node_id() == p))
                    .map_or(0, |i| i + 1);
                ours.insert(at, node.clone());
                report.added += 1;
            }
        }
        previous = Some(node.node_id());
    }
}

/// How each field of a node merges; every field is named, `id` and `modified` included.
macro_rules! merge_fields {
    ($t:ident { $($field:ident: $how:ident),* $(,)? }) => {
        impl MergeNode for $t {
            fn merge_from(&mut self, theirs: &Self, report: &mut MergeReport) {
                let mut fields = Fields::new(&self.id, self.modified, theirs.modified, report);
                let $t { id: _, modified, $($field),* } = self;
                $( merge_fields!(@$how fields, $field, theirs.$field); )*
                fields.finish(modified, theirs.modified);
            }
        }
    };
    (@value $f:ident, $field:ident, $theirs:expr) => { $f.value(stringify!($field), $field, &$theirs) };
    (@optional $f:ident, $field:ident, $theirs:expr) => { $f.optional(stringify!($field), $field, &$theirs) };
    (@notes $f:ident, $field:ident, $theirs:expr) => { $f.notes($field, &$theirs) };
    (@nodes $f:ident, $field:ident, $theirs:expr) => { $f.nodes($field, &$theirs) };
}

merge_fields!(Plan {
    title: value,
    subtitle: optional,
    facts: value,
    sections: nodes,
    notes: notes
});
merge_fields!(Section {
    title: value,
    blocks: nodes,
    notes: notes
});
merge_fields!(MilestoneGroup {
    title: value,
    period: optional,
    milestones: nodes,
    notes: notes
});
merge_fields!(Milestone {
    title: value,
    period: optional,
    done: value,
    points: nodes,
    notes: notes
});
merge_fields!(Point { text: value });
merge_fields!(ScheduleGroup {
    label: value,
    period: optional,
    aside: optional,
    items: nodes,
    days: nodes,
    notes: notes
});
merge_fields!(Day {
    date: value,
    title: optional,
    items: nodes,
    notes: notes
});
merge_fields!(Item {
    text: value,
    done: value,
    due: optional,
    within: optional,
    offset: optional,
    notes: notes
});
merge_fields!(DecisionPoint {
    date: optional,
    day_label: optional,
    aside: optional,
    title: value,
    criteria: optional,
    fallback: optional,
    outcome: optional,
    notes: notes
});
merge_fields!(MetricGroup {
    title: value,
    date: optional,
    metrics: nodes,
    notes: notes
});
merge_fields!(Metric {
    text: value,
    done: value,
    target: optional,
    actual: optional,
    notes: notes
});
merge_fields!(RiskGroup {
    title: value,
    level: value,
    resolve_by: optional,
    risks: nodes,
    notes: notes
});
merge_fields!(Risk {
    text: value,
    resolved: value,
    notes: notes
});
merge_fields!(ContingencyList {
    title: value,
    plans: nodes,
    notes: notes
});
merge_fields!(Contingency {
    date: optional,
    trigger: value,
    action: value,
    notes: notes
});
merge_fields!(CommChannel {
    audience: value,
    entries: nodes,
    notes: notes
});
merge_fields!(CommEntry {
    when: optional,
    text: value,
    done: value,
    notes: notes
});

/// A block merges with a block of the same kind; one of another kind under the same ID keeps
/// ours.
impl MergeNode for Block {
    fn merge_from(&mut self, theirs: &Self, report: &mut MergeReport) {
        match (self, theirs) {
            (Block::Milestones(a), Block::Milestones(b)) => a.merge_from(b, report),
            (Block::Schedule(a), Block::Schedule(b)) => a.merge_from(b, report),
            (Block::Decision(a), Block::Decision(b)) => a.merge_from(b, report),
            (Block::Metrics(a), Block::Metrics(b)) => a.merge_from(b, report),
            (Block::Risks(a), Block::Risks(b)) => a.merge_from(b, report),
            (Block::Contingencies(a), Block::Contingencies(b)) => a.merge_from(b, report),
            (Block::Communication(a), Block::Communication(b)) => a.merge_from(b, report),
            _ => {}
        }
    }
}

/// A value as a conflict shows it: text as written, anything else as JSON. (Through the
/// compact writer the stored copy already uses, so the browser build gains no serializer.)
fn short<T: Serialize>(value: &T) -> String {
    unquote(serde_json::to_string(value).unwrap_or_default())
}

fn unquote(json: String) -> String {
    serde_json::from_str::<String>(&json).unwrap_or(json)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::default_plan::default_plan;
    use crate::plan::Stamp;

    fn ids(plan: &Plan) -> Vec<NodeId> {
        plan.schedule_items().map(|i| i.id.clone()).collect()
    }

    #[test]
    fn two_teammates_ticks_are_both_kept() {
        let base = default_plan().plan;
        let items = ids(&base);
        let mut ana = base.clone();
        ana.set_done(&items[0], true, Stamp(100));
        let mut ben = base.clone();
        ben.set_done(&items[1], true, Stamp(200));
        let (merged, report) = merge(&ana, &ben);
        assert!(merged.entry(&items[0]).unwrap().done);
        assert!(merged.entry(&items[1]).unwrap().done);
        assert_eq!(report.conflicts, vec![]);
        assert_eq!(merged.counts(), base.counts());
    }

    #[test]
    fn the_newer_change_wins_and_the_conflict_is_listed() {
        let base = default_plan().plan;
        let item = ids(&base)[0].clone();
        let mut ana = base.clone();
        ana.set_text(&item, "Kickoff at 9", Stamp(100));
        let mut ben = base.clone();
        ben.set_text(&item, "Kickoff at 10", Stamp(300));
        let (merged, report) = merge(&ana, &ben);
        assert_eq!(merged.entry(&item).unwrap().text, "Kickoff at 10");
        assert_eq!(report.conflicts.len(), 1);
        assert_eq!(
            (
                report.conflicts[0].kept.as_str(),
                report.conflicts[0].other.as_str()
            ),
            ("Kickoff at 10", "Kickoff at 9")
        );
        // The same merge the other way round gives the same answer.
        let (back, _) = merge(&ben, &ana);
        assert_eq!(back.entry(&item).unwrap().text, "Kickoff at 10");
    }

    #[test]
    fn nodes_only_one_side_has_are_kept_in_place() {
        let base = default_plan().plan;
        let crate::plan::Block::Schedule(week1) = &base.sections[1].blocks[0] else {
            panic!()
        };
        let day = week1.days[0].id.clone();
        let mut ana = base.clone();
        ana.add_item(&day, NodeId("item-ana".into()), "Ana's item", Stamp(5));
        let mut ben = base.clone();
        ben.add_item(&day, NodeId("item-ben".into()), "Ben's item", Stamp(6));
        let (merged, report) = merge(&ana, &ben);
        assert_eq!(report.added, 1);
        let crate::plan::Block::Schedule(week1) = &merged.sections[1].blocks[0] else {
            panic!()
        };
        let texts: Vec<&str> = week1.days[0]
            .items
            .iter()
            .map(|i| i.text.as_str())
            .collect();
        // Ben's item goes right after the item it followed in Ben's copy.
        assert_eq!(texts[3..], ["Ben's item", "Ana's item"]);
    }

    #[test]
    fn compare_lists_what_an_import_would_change() {
        let base = default_plan().plan;
        let items = ids(&base);
        let mut other = base.clone();
        other.set_done(&items[0], true, Stamp(1));
        other.set_text(&items[1], "Renamed", Stamp(1));
        other.delete(&items[2]);
        let c = compare(&base, &other);
        assert_eq!(c.ticked, vec!["Sprint kickoff meeting".to_string()]);
        assert_eq!(c.changed, vec!["Renamed".to_string()]);
        assert_eq!(c.removed, vec!["Production setup initiated".to_string()]);
        assert!(c.added.is_empty() && c.unticked.is_empty());
        assert!(compare(&base, &base).is_empty());
    }

    #[test]
    fn an_optional_field_only_they_set_is_kept_and_one_the_newer_copy_cleared_is_cleared() {
        let base = default_plan().plan;
        let mut ours = base.clone();
        let mut theirs = base.clone();
        ours.subtitle = None;
        ours.modified = Stamp(10);
        theirs.subtitle = Some("Ours had none".into());
        theirs.modified = Stamp(5);
        let (merged, _) = merge(&ours, &theirs);
        assert_eq!(
            merged.subtitle.as_deref(),
            Some("Ours had none"),
            "new information"
        );
        ours.subtitle = Some("Set".into());
        theirs.subtitle = None;
        theirs.modified = Stamp(20);
        let (merged, report) = merge(&ours, &theirs);
        assert_eq!(merged.subtitle, None, "the newer copy cleared it");
        assert_eq!(merged.modified, Stamp(20));
        assert_eq!(report.updated, 1);
    }

    #[test]
    fn notes_are_never_cleared_by_the_other_copy() {
        let base = default_plan().plan;
        let item = ids(&base)[0].clone();
        let mut ours = base.clone();
        ours.add_note(&item, "Room 4B", Stamp(1));
        let mut theirs = base.clone();
        theirs.set_done(&item, true, Stamp(50));
        let (merged, _) = merge(&ours, &theirs);
        let entry = merged.entry(&item).unwrap();
        assert!(entry.done);
        assert_eq!(entry.notes, vec!["Room 4B".to_string()]);
    }

    #[test]
    fn merging_a_plan_with_itself_changes_nothing() {
        let plan = default_plan().plan;
        let (merged, report) = merge(&plan, &plan);
        assert_eq!(merged, plan);
        assert_eq!(report, MergeReport::default());
    }
}

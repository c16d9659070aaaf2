//! Item-by-item merge of two copies of a plan (two teammates' files): nodes are matched by their
//! stable IDs; for each node the newer change (larger stamp) wins field by field, children are
//! merged the same way, nodes only one side has are kept, and differences both sides stamped
//! are listed as conflicts. Nothing is dropped.

use crate::plan::{NodeId, Plan};
use serde_json::{Map, Value};

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

/// Why two copies could not be merged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    #[error("The merged plan could not be built ({0}); nothing was changed.")]
    Rebuild(String),
}

/// Merges `theirs` into `ours`. Ties (equal stamps) keep ours.
pub fn merge(ours: &Plan, theirs: &Plan) -> Result<(Plan, MergeReport), MergeError> {
    // Through JSON text, so the browser build reuses the one serializer and parser it has.
    let to_value = |p: &Plan| {
        serde_json::from_str::<Value>(&serde_json::to_string(p).unwrap_or_default())
            .map_err(|e| MergeError::Rebuild(e.to_string()))
    };
    let (mut a, b) = (to_value(ours)?, to_value(theirs)?);
    let mut report = MergeReport::default();
    merge_node(&mut a, &b, &mut report);
    let text = serde_json::to_string(&a).map_err(|e| MergeError::Rebuild(e.to_string()))?;
    let plan =
        serde_json::from_str::<Plan>(&text).map_err(|e| MergeError::Rebuild(e.to_string()))?;
    Ok((plan, report))
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

/// Compares the checkable entries of two plans by ID.
pub fn compare(ours: &Plan, theirs: &Plan) -> Comparison {
    use crate::schedule::progress::all_tasks;
    use std::collections::HashMap;
    let mine: HashMap<NodeId, _> = all_tasks(ours)
        .into_iter()
        .map(|t| (t.id.clone(), t))
        .collect();
    let other = all_tasks(theirs);
    let mut c = Comparison::default();
    for t in &other {
        match mine.get(&t.id) {
            None => c.added.push(t.text.clone()),
            Some(m) => {
                if m.text != t.text || m.due != t.due {
                    c.changed.push(t.text.clone());
                }
                if !m.done && t.done {
                    c.ticked.push(t.text.clone());
                } else if m.done && !t.done {
                    c.unticked.push(t.text.clone());
                }
            }
        }
    }
    let theirs_ids: std::collections::HashSet<&NodeId> = other.iter().map(|t| &t.id).collect();
    c.removed = all_tasks(ours)
        .into_iter()
        .filter(|t| !theirs_ids.contains(&t.id))
        .map(|t| t.text)
        .collect();
    c
}

fn stamp(node: &Map<String, Value>) -> i64 {
    node.get("modified").and_then(Value::as_i64).unwrap_or(0)
}

/// Merges node `b` into node `a` (both objects with an `id`).
fn merge_node(a: &mut Value, b: &Value, report: &mut MergeReport) {
    let (Some(a), Some(b)) = (a.as_object_mut(), b.as_object()) else {
        return;
    };
    let theirs_newer = stamp(b) > stamp(a);
    let both_stamped = stamp(a) > 0 && stamp(b) > 0;
    let id = NodeId(
        a.get("id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
    );
    let mut took_any = false;
    for (key, b_value) in b {
        if key == "id" {
            continue;
        }
        match a.get_mut(key) {
            Some(a_value) if is_node_list(a_value) || is_node_list(b_value) => {
                merge_list(a_value, b_value, report)
            }
            Some(a_value) if is_node(a_value) && is_node(b_value) => {
                merge_node(a_value, b_value, report)
            }
            // A block wraps its node in its kind: {"schedule": {...}}.
            Some(a_value) if is_wrapped_node(a_value) && is_wrapped_node(b_value) => {
                merge_wrapped(a_value, b_value, report)
            }
            Some(a_value) if a_value != b_value => {
                if key != "modified" && both_stamped {
                    let (kept, other) = if theirs_newer {
                        (b_value, &*a_value)
                    } else {
                        (&*a_value, b_value)
                    };
                    report.conflicts.push(Conflict {
                        id: id.clone(),
                        field: key.clone(),
                        kept: short(kept),
                        other: short(other),
                    });
                }
                if theirs_newer {
                    *a_value = b_value.clone();
                    took_any = true;
                }
            }
            Some(_) => {}
            None => {
                // A field only the other copy has (an optional one): keep it when theirs is newer
                // or it is new information.
                a.insert(key.clone(), b_value.clone());
                took_any = true;
            }
        }
    }
    if theirs_newer {
        // Fields the newer copy cleared (an optional field removed) follow it.
        let cleared: Vec<String> = a
            .keys()
            .filter(|k| !b.contains_key(*k) && !is_container_key(k))
            .cloned()
            .collect();
        for key in cleared {
            a.remove(&key);
            took_any = true;
        }
    }
    if took_any && key_is_stamped(b) {
        report.updated += 1;
    }
}

fn key_is_stamped(node: &Map<String, Value>) -> bool {
    node.contains_key("id")
}

/// Lists of nodes and notes are merged, never cleared by the other side.
fn is_container_key(key: &str) -> bool {
    matches!(
        key,
        "sections"
            | "blocks"
            | "days"
            | "items"
            | "milestones"
            | "points"
            | "metrics"
            | "risks"
            | "plans"
            | "entries"
            | "notes"
    )
}

fn is_node(v: &Value) -> bool {
    v.as_object().is_some_and(|o| o.contains_key("id"))
}

fn is_wrapped_node(v: &Value) -> bool {
    v.as_object()
        .is_some_and(|o| o.len() == 1 && o.values().all(is_node))
}

fn is_node_list(v: &Value) -> bool {
    v.as_array().is_some_and(|items| {
        !items.is_empty() && items.iter().all(|i| is_node(i) || is_wrapped_node(i))
    })
}

fn node_id(v: &Value) -> Option<&str> {
    let node = if is_wrapped_node(v) {
        v.as_object()?.values().next()?
    } else {
        v
    };
    node.get("id")?.as_str()
}

fn merge_wrapped(a: &mut Value, b: &Value, report: &mut MergeReport) {
    let (Some(a), Some(b)) = (a.as_object_mut(), b.as_object()) else {
        return;
    };
    for (kind, b_node) in b {
        if let Some(a_node) = a.get_mut(kind) {
            merge_node(a_node, b_node, report);
        }
    }
}

/// Merges list `b` into list `a` by node ID; nodes only `b` has are inserted after the node
/// that precedes them in `b`, so their place is kept.
fn merge_list(a: &mut Value, b: &Value, report: &mut MergeReport) {
    let Some(b_items) = b.as_array() else { return };
    if !a.is_array() {
        *a = Value::Array(Vec::new());
    }
    let Some(a_items) = a.as_array_mut() else {
        return;
    };
    let mut previous: Option<String> = None;
    for b_item in b_items {
        let Some(id) = node_id(b_item).map(str::to_string) else {
            continue;
        };
        match a_items.iter_mut().find(|x| node_id(x) == Some(id.as_str())) {
            Some(a_item) if is_wrapped_node(a_item) => merge_wrapped(a_item, b_item, report),
            Some(a_item) => merge_node(a_item, b_item, report),
            None => {
                let at = previous
                    .as_deref()
                    .and_then(|p| a_items.iter().position(|x| node_id(x) == Some(p)))
                    .map_or(0, |i| i + 1);
                a_items.insert(at, b_item.clone());
                report.added += 1;
            }
        }
        previous = Some(id);
    }
}

fn short(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
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
        let (merged, report) = merge(&ana, &ben).unwrap();
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
        let (merged, report) = merge(&ana, &ben).unwrap();
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
        let (back, _) = merge(&ben, &ana).unwrap();
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
        let (merged, report) = merge(&ana, &ben).unwrap();
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
    fn merging_a_plan_with_itself_changes_nothing() {
        let plan = default_plan().plan;
        let (merged, report) = merge(&plan, &plan).unwrap();
        assert_eq!(merged, plan);
        assert_eq!(report, MergeReport::default());
    }
}

//! Property tests of the item-by-item merge: two teammates start from one plan, each ticks,
//! renames, adds and deletes; the merge keeps every node either copy has, the newer change of
//! each field wins whichever copy is "ours", and merging a plan with itself changes nothing.

mod support;

use launchplan_core::merge::merge;
use launchplan_core::plan::{NodeId, Plan, Stamp};
use launchplan_core::schedule::progress::all_tasks;
use proptest::prelude::*;
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use support::plan;

/// One teammate's change to a checklist entry, by its index among the plan's entries.
#[derive(Debug, Clone)]
enum Edit {
    Tick(usize, bool),
    Rename(usize, String),
    AddAfter(usize, String),
    Delete(usize),
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    let edit = prop_oneof![
        (any::<usize>(), any::<bool>()).prop_map(|(i, d)| Edit::Tick(i, d)),
        (any::<usize>(), "[a-z]{1,8}").prop_map(|(i, t)| Edit::Rename(i, t)),
        (any::<usize>(), "[a-z]{1,8}").prop_map(|(i, t)| Edit::AddAfter(i, t)),
        any::<usize>().prop_map(Edit::Delete),
    ];
    prop::collection::vec(edit, 0..8)
}

/// Applies `edits` as `who` (a prefix for new IDs), stamping each from `clock` upwards.
fn apply(plan: &mut Plan, edits: &[Edit], who: &str, clock: i64) {
    let ids: Vec<NodeId> = all_tasks(plan).into_iter().map(|t| t.id).collect();
    if ids.is_empty() {
        return;
    }
    for (n, edit) in edits.iter().enumerate() {
        let now = Stamp(clock + n as i64);
        match edit {
            Edit::Tick(i, done) => {
                plan.set_done(&ids[i % ids.len()], *done, now);
            }
            Edit::Rename(i, text) => {
                plan.set_text(&ids[i % ids.len()], text, now);
            }
            Edit::AddAfter(i, text) => {
                // Items are added to the day (or list) holding the entry, when it has one.
                let id = NodeId(format!("{who}-new-{n}"));
                if let Some(parent) = parent_of(plan, &ids[i % ids.len()]) {
                    plan.add_item(&parent, id, text, now);
                }
            }
            Edit::Delete(i) => {
                plan.delete(&ids[i % ids.len()]);
            }
        }
    }
}

/// The ID of the node whose list holds `id` (a day or a group), found through the JSON form.
fn parent_of(plan: &Plan, id: &NodeId) -> Option<NodeId> {
    fn find(v: &Value, id: &str, parent: Option<&str>) -> Option<String> {
        match v {
            Value::Object(map) => {
                if map.get("id").and_then(Value::as_str) == Some(id) {
                    return parent.map(str::to_string);
                }
                let here = map.get("id").and_then(Value::as_str).or(parent);
                map.values().find_map(|c| find(c, id, here))
            }
            Value::Array(items) => items.iter().find_map(|c| find(c, id, parent)),
            _ => None,
        }
    }
    find(&serde_json::to_value(plan).ok()?, &id.0, None).map(NodeId)
}

/// Every node's stamp, by ID.
fn stamps(plan: &Plan) -> HashMap<String, i64> {
    fn walk(v: &Value, out: &mut HashMap<String, i64>) {
        match v {
            Value::Object(map) => {
                if let Some(id) = map.get("id").and_then(Value::as_str) {
                    let stamp = map.get("modified").and_then(Value::as_i64).unwrap_or(0);
                    out.insert(id.to_string(), stamp);
                }
                map.values().for_each(|c| walk(c, out));
            }
            Value::Array(items) => items.iter().for_each(|c| walk(c, out)),
            _ => {}
        }
    }
    let mut out = HashMap::new();
    walk(&serde_json::to_value(plan).unwrap(), &mut out);
    out
}

/// Every node ID in the plan.
fn node_ids(plan: &Plan) -> BTreeSet<String> {
    stamps(plan).into_keys().collect()
}

/// Each checklist entry's text, state and stamp, by ID.
fn entries(plan: &Plan) -> HashMap<NodeId, (String, bool, Stamp)> {
    let stamps = stamps(plan);
    all_tasks(plan)
        .into_iter()
        .map(|t| {
            let stamp = Stamp(stamps.get(&t.id.0).copied().unwrap_or(0));
            (t.id, (t.text, t.done, stamp))
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn merging_a_plan_with_itself_changes_nothing(base in plan()) {
        let (merged, report) = merge(&base, &base);
        prop_assert_eq!(merged, base);
        prop_assert!(report.conflicts.is_empty());
    }

    #[test]
    fn two_teammates_edits_are_merged_without_losing_a_node(
        base in plan(),
        ana_edits in edits(),
        ben_edits in edits(),
    ) {
        let mut ana = base.clone();
        apply(&mut ana, &ana_edits, "ana", 2_000_000_000_000);
        let mut ben = base.clone();
        apply(&mut ben, &ben_edits, "ben", 3_000_000_000_000);

        for (ours, theirs) in [(&ana, &ben), (&ben, &ana)] {
            let (merged, _) = merge(ours, theirs);
            // Nothing is dropped: every node of either copy is in the merge (a delete in one
            // copy does not remove what the other still has).
            let have = node_ids(&merged);
            for id in node_ids(ours).union(&node_ids(theirs)) {
                prop_assert!(have.contains(id), "lost {}", id);
            }
            // Each entry both copies have takes the newer copy's text and state.
            let (mine, other, now) = (entries(ours), entries(theirs), entries(&merged));
            for (id, (text, done, stamp)) in &mine {
                let Some((o_text, o_done, o_stamp)) = other.get(id) else { continue };
                let expected = if o_stamp > stamp { (o_text, o_done) } else { (text, done) };
                let got = &now[id];
                prop_assert_eq!((&got.0, &got.1), expected, "entry {}", id);
            }
        }
        // Which copy is "ours" does not matter for what each entry says.
        let (ab, _) = merge(&ana, &ben);
        let (ba, _) = merge(&ben, &ana);
        let strip = |m: HashMap<NodeId, (String, bool, Stamp)>| -> HashMap<NodeId, (String, bool)> {
            m.into_iter().map(|(k, (t, d, _))| (k, (t, d))).collect()
        };
        prop_assert_eq!(strip(entries(&ab)), strip(entries(&ba)));
    }
}

//! The index of stored plans (`launchplan:index`): each plan's ID, title and when it was saved,
//! so the plan library lists plans without reading each one. The index is a cache of the plan
//! keys: [`reconcile`] brings it back in step with them (another tab's write, an older version
//! that kept no index), so it can never hide or invent a plan.

use launchplan_core::plan::{NodeId, Stamp};
use serde::{Deserialize, Serialize};

/// A stored plan, for the plan library.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub id: NodeId,
    pub title: String,
    pub saved_at: Stamp,
}

/// The index for the plans stored under `ids`: entries for plans no longer stored are dropped,
/// plans the index lacks are read with `read` (unreadable ones stay out). True when it changed.
/// Most recently saved first.
pub(crate) fn reconcile(
    index: Vec<Summary>,
    ids: &[NodeId],
    mut read: impl FnMut(&NodeId) -> Option<Summary>,
) -> (Vec<Summary>, bool) {
    let before = index.len();
    let mut out: Vec<Summary> = index.into_iter().filter(|s| ids.contains(&s.id)).collect();
    let mut changed = out.len() != before;
    for id in ids {
        if !out.iter().any(|s| &s.id == id) {
            if let Some(summary) = read(id) {
                out.push(summary);
                changed = true;
            }
        }
    }
    out.sort_by_key(|s| std::cmp::Reverse(s.saved_at));
    (out, changed)
}

/// Records `summary` in the index (replacing the plan's old entry).
pub(crate) fn upsert(index: &mut Vec<Summary>, summary: Summary) {
    index.retain(|s| s.id != summary.id);
    index.insert(0, summary);
}

/// Drops plan `id` from the index.
pub(crate) fn forget(index: &mut Vec<Summary>, id: &NodeId) {
    index.retain(|s| &s.id != id);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(id: &str, title: &str, at: i64) -> Summary {
        Summary {
            id: NodeId(id.into()),
            title: title.into(),
            saved_at: Stamp(at),
        }
    }

    fn ids(list: &[&str]) -> Vec<NodeId> {
        list.iter().map(|i| NodeId((*i).into())).collect()
    }

    #[test]
    fn an_index_in_step_with_the_keys_reads_no_plan() {
        let index = vec![s("a", "A", 2), s("b", "B", 1)];
        let (out, changed) = reconcile(index.clone(), &ids(&["b", "a"]), |_| panic!("read"));
        assert_eq!(out, index);
        assert!(!changed);
    }

    #[test]
    fn plans_the_index_lacks_are_read_and_gone_ones_dropped() {
        let index = vec![s("a", "A", 2), s("gone", "Gone", 9)];
        let (out, changed) = reconcile(index, &ids(&["a", "new", "broken"]), |id| {
            (id.0 == "new").then(|| s("new", "New", 5))
        });
        assert_eq!(out, vec![s("new", "New", 5), s("a", "A", 2)]);
        assert!(changed);
    }

    #[test]
    fn a_missing_or_unreadable_index_is_rebuilt() {
        // storage::read_index gives an empty index for a missing or unreadable one.
        let (out, changed) = reconcile(Vec::new(), &ids(&["a"]), |_| Some(s("a", "A", 1)));
        assert_eq!(out, vec![s("a", "A", 1)]);
        assert!(changed);
    }

    #[test]
    fn upsert_and_forget() {
        let mut index = vec![s("a", "A", 1), s("b", "B", 2)];
        upsert(&mut index, s("a", "Renamed", 3));
        assert_eq!(index, vec![s("a", "Renamed", 3), s("b", "B", 2)]);
        forget(&mut index, &NodeId("b".into()));
        assert_eq!(index, vec![s("a", "Renamed", 3)]);
    }
}

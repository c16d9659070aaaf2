//! Where a plan opened from an address came from (`launchplan:plan:<id>:source`): the address,
//! when it was last checked and what came in; and, under `…:source-base`, the plan as the source
//! last gave it (what the next version is compared with, see `launchplan_core::follow`), kept
//! apart so that showing a plan never reads it.

use super::{classify, plan_key, read_record, read_typed, storage, StorageError, PLAN_PREFIX};
use launchplan_core::plan::{NodeId, Plan, Stamp};
use serde::{Deserialize, Serialize};

const SOURCE_SUFFIX: &str = ":source";
const BASE_SUFFIX: &str = ":source-base";

/// A library plan's source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub url: String,
    /// The day the source was first read: each later version is read as of the same day, so
    /// that a date written without a year is read the same way in both.
    #[serde(default, with = "launchplan_core::plan::calendar_day::option")]
    pub read_on: Option<chrono::NaiveDate>,
    /// A hash of the text last read from the source: the same text is not read again.
    pub text_hash: u64,
    /// The last check that reached the source, and what it brought ("3 entries added, 1
    /// changed"; "no changes").
    pub checked_at: Stamp,
    pub last_change: String,
    /// When the source last brought a change.
    pub changed_at: Stamp,
    /// What the last check could not merge as both sides had it, in words.
    #[serde(default)]
    pub conflicts: Vec<String>,
}

fn source_key(id: &NodeId) -> String {
    format!("{}{SOURCE_SUFFIX}", plan_key(id))
}

/// The source of plan `id`, if it was opened from an address.
pub fn read_source(id: &NodeId) -> Option<Source> {
    let store = storage().ok()?;
    read_record(&store, &source_key(id), |reader, raw| (reader.source)(raw))
}

/// Records plan `id`'s source.
pub fn write_source(id: &NodeId, source: &Source) -> Result<(), StorageError> {
    let store = storage()?;
    let text = serde_json::to_string(source).map_err(|e| StorageError::Refused(e.to_string()))?;
    store
        .set_item(&source_key(id), &text)
        .map_err(|e| classify(&e))
}

/// The plan as plan `id`'s source last gave it.
pub fn read_source_base(id: &NodeId) -> Option<Plan> {
    let store = storage().ok()?;
    read_typed(&store, &format!("{}{BASE_SUFFIX}", plan_key(id)))
}

/// Drops the copy of the source's version plan `id` followed (the plan was deleted).
pub(super) fn forget_base(store: &web_sys::Storage, id: &NodeId) {
    let _ = store.remove_item(&format!("{}{BASE_SUFFIX}", plan_key(id)));
}

/// Records the plan as plan `id`'s source last gave it.
pub fn write_source_base(id: &NodeId, base: &Plan) -> Result<(), StorageError> {
    let store = storage()?;
    let text = serde_json::to_string(base).map_err(|e| StorageError::Refused(e.to_string()))?;
    store
        .set_item(&format!("{}{BASE_SUFFIX}", plan_key(id)), &text)
        .map_err(|e| classify(&e))
}

/// The stored plan opened from `url`, if one was: opening the same address again opens it.
/// Its records are read through the plan reader (None until it is loaded), whose chunk holds the
/// search (`Reader.plan_from`): a start with `?src=` in the address has loaded it.
pub fn plan_from(url: &str) -> Option<NodeId> {
    (super::reader::loaded()?.plan_from)(url)
}

/// [`plan_from`] once the reader is there.
pub(super) fn find_plan_from(url: &str) -> Option<NodeId> {
    let store = storage().ok()?;
    let count = store.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| store.key(i).ok().flatten())
        .filter_map(|key| {
            let id = key.strip_prefix(PLAN_PREFIX)?.strip_suffix(SOURCE_SUFFIX)?;
            (!id.contains(':')).then(|| (key.clone(), NodeId(id.to_string())))
        })
        .find(|(key, id)| {
            read_record(&store, key, |reader, raw| (reader.source)(raw))
                .is_some_and(|s| s.url == url)
                && store.get_item(&plan_key(id)).ok().flatten().is_some()
        })
        .map(|(_, id)| id)
}

//! The browser's localStorage, and the only module that touches it. Every write is compared
//! with the revision already stored (a tab never writes over one it has not seen), keeps the
//! previous copy as the last good one, and is read back to check it stuck. Any exception from
//! storage becomes a typed error; nothing here panics or silently loses a write. An index of the
//! stored plans lets the library list them without reading each one.
//!
//! Plans and the index are written by the plan's JSON writer, in the reader's chunk: a save
//! before it is loaded (a first visit's first change) refuses with `WriterNotLoaded`, and the
//! saving code loads it and saves again; the marks a first visit's tab keeps meanwhile
//! ([`write_marks`]) and the export record are texts written by hand. Everything reaches
//! localStorage through web-sys, not gloo-storage (which the app no longer calls): gloo's `get`
//! throws (`expect_throw`) when the browser's `getItem` throws, which some browsers do when
//! storage is blocked, and which would stop the app; a plan is stored as the canonical envelope
//! text and read back byte for byte to check the write stuck (gloo would encode the text again
//! as a JSON string); and a quota error must be told from other refusals by the browser's
//! exception name, which gloo's error does not keep.
//!
//! Stored plans are read by the JSON reader, a chunk of its own ([`reader`]). A save first
//! compares the stored copy with this tab's own last write, and reads it only when they differ.
//! Everything else that reads a stored plan loads the reader first (the start-up, the catch-up
//! with other tabs, the chunks of the library, import, stored-data choices and source follow); a
//! read without it fails as a read of unreachable storage does.

mod index;
pub mod reader;
mod source;

pub use index::Summary;
pub use source::{
    plan_from, read_source, read_source_base, write_source, write_source_base, Source,
};

use launchplan_core::formats::json::Stored;
use launchplan_core::plan::marks::{put_back, read_marks, Mark};
use launchplan_core::plan::{NodeId, Plan, Stamp};
use serde::Deserialize;
use wasm_bindgen::JsValue;

/// Which plan was open last.
const OPEN_KEY: &str = "launchplan:open";
pub(crate) const PLAN_PREFIX: &str = "launchplan:plan:";
const BACKUP_SUFFIX: &str = ":last-good";
const EXPORT_SUFFIX: &str = ":exported";
/// The marks a first visit's tab made and could not save (see [`write_marks`]): one key a tab,
/// `<plan key>:marks:<tab>`.
const MARKS_SUFFIX: &str = ":marks:";
/// The index of stored plans, for the library.
const INDEX_KEY: &str = "launchplan:index";

/// The storage key of a plan.
pub fn plan_key(id: &NodeId) -> String {
    format!("{PLAN_PREFIX}{id}")
}

/// Why a save did not happen. Each message says what the user can do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    #[error("This browser does not let the page store data ({0}). Changes are not saved: export the plan to keep them.")]
    Unavailable(String),
    #[error("The browser's storage for this page is full ({0}). Changes are not saved: export the plan to keep them.")]
    Full(String),
    #[error("The browser refused to save ({0}). Export the plan to keep your changes.")]
    Refused(String),
    #[error("The save did not stick: reading it back gave something else. Export the plan to keep your changes.")]
    NotPersisted,
    #[error("Another tab saved this plan (revision {theirs}) since this tab last read it (revision {ours}); nothing was written over it.")]
    Conflict { theirs: u64, ours: u64 },
    #[error("The stored copy of this plan could not be read, so it is kept as it is and nothing is written over it until you decide what to do with it.")]
    Protected,
    #[error("The copy of this plan stored in this browser changed, and the part of Launchplan that reads saved plans could not be loaded to compare, so nothing was written over it (are you offline, or was Launchplan updated? Reload the page to try again).")]
    ReaderNotLoaded,
    #[error("The part of Launchplan that writes plans could not be loaded (are you offline, or was Launchplan updated?). Ticks, decisions and measured values are kept for your next visit; keep this tab open for other changes: the next change tries again.")]
    WriterNotLoaded,
}

/// Stored data that did not read as a plan (truncated, hand-edited, written by a newer
/// version), kept as it is until the user decides.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    pub key: String,
    pub raw: String,
    pub reason: String,
}

/// What the page found in storage at start.
#[derive(Debug, Clone)]
pub enum Loaded {
    /// Nothing stored: a first visit.
    Nothing,
    Found(Stored),
    /// Something is stored but does not read as a plan. It is left untouched; `last_good` is
    /// the previous good copy, if any.
    Unreadable {
        copy: Unreadable,
        last_good: Option<Stored>,
    },
    Unavailable(String),
}

pub(crate) fn storage() -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
    match window.local_storage() {
        Ok(Some(s)) => Ok(s),
        Ok(None) => Err(StorageError::Unavailable("no localStorage".into())),
        Err(e) => Err(StorageError::Unavailable(describe(&e))),
    }
}

/// Reads plan `requested` (from the URL) if it is stored, else the plan that was open last.
pub fn load(requested: Option<&str>) -> Loaded {
    let store = match storage() {
        Ok(s) => s,
        Err(e) => return Loaded::Unavailable(e.to_string()),
    };
    // A plan's key is `launchplan:plan:<id>`; with a `:` the ID names a backup (`:last-good`,
    // `:exported`), never a plan.
    let requested = requested.filter(|id| {
        !id.contains(':')
            && store
                .get_item(&format!("{PLAN_PREFIX}{id}"))
                .ok()
                .flatten()
                .is_some()
    });
    let id = match requested {
        Some(id) => id.to_string(),
        None => match store.get_item(OPEN_KEY) {
            Ok(Some(id)) if !id.contains(':') => id,
            Ok(Some(_)) => return Loaded::Nothing,
            Ok(None) => return Loaded::Nothing,
            Err(e) => return Loaded::Unavailable(describe(&e)),
        },
    };
    match read_key(&store, &format!("{PLAN_PREFIX}{id}")) {
        Err(reason) => Loaded::Unavailable(reason),
        Ok(Current::Nothing) => Loaded::Nothing,
        Ok(Current::Found(stored)) => Loaded::Found(stored),
        Ok(Current::Unreadable(copy)) => {
            let last_good = store
                .get_item(&format!("{}{BACKUP_SUFFIX}", copy.key))
                .ok()
                .flatten()
                .zip(reader::loaded())
                .and_then(|(b, reader)| (reader.stored)(&b).ok());
            Loaded::Unreadable { copy, last_good }
        }
    }
}

/// The copy of plan `id` stored now, as written by any tab (None when nothing readable is there).
pub fn read_stored(id: &NodeId) -> Option<Stored> {
    match read_current(id) {
        Current::Found(stored) => Some(stored),
        _ => None,
    }
}

/// What another tab may have left under a plan's key.
#[derive(Debug, Clone)]
pub enum Current {
    /// Nothing, or storage cannot be read at all.
    Nothing,
    Found(Stored),
    Unreadable(Unreadable),
}

/// What is stored for plan `id` now.
pub fn read_current(id: &NodeId) -> Current {
    storage()
        .ok()
        .and_then(|store| read_key(&store, &plan_key(id)).ok())
        .unwrap_or(Current::Nothing)
}

/// Reads and decodes one plan key; `Err` says why storage could not be read (or the reader is
/// not loaded, which is no answer either).
fn read_key(store: &web_sys::Storage, key: &str) -> Result<Current, String> {
    let raw = match store.get_item(key) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Ok(Current::Nothing),
        Err(e) => return Err(describe(&e)),
    };
    let reader = reader::loaded().ok_or_else(|| StorageError::ReaderNotLoaded.to_string())?;
    Ok(match (reader.stored)(&raw) {
        Ok(stored) => Current::Found(stored),
        Err(reason) => Current::Unreadable(Unreadable {
            key: key.to_string(),
            raw,
            reason,
        }),
    })
}

/// Saves `plan` over revision `base` (the one this tab last read or wrote), and returns the new
/// revision. Refuses when another tab saved a newer one, or when the stored copy is unreadable.
pub fn save(plan: &Plan, base: u64, now: Stamp) -> Result<u64, StorageError> {
    let store = storage()?;
    // Nothing is read or written without the writer (see the module doc).
    let writer = reader::loaded().ok_or(StorageError::WriterNotLoaded)?;
    (writer.save)(writer, &store, plan, base, now)
}

/// [`save`] once the writer is there: in the reader's chunk (`Reader::save`), since nothing
/// saves without it.
pub(super) fn save_with(
    writer: reader::Reader,
    store: &web_sys::Storage,
    plan: &Plan,
    base: u64,
    now: Stamp,
) -> Result<u64, StorageError> {
    let key = plan_key(&plan.id);
    let existing = store
        .get_item(&key)
        .map_err(|e| StorageError::Unavailable(describe(&e)))?;
    if let Some(raw) = &existing {
        let read = if written_here(&key, raw, base) {
            // This tab's own last write, at a revision `base` has seen: nothing to compare (and
            // no plan decoded on every save).
            Ok(None)
        } else {
            (writer.stored)(raw).map(Some)
        };
        match read {
            Ok(Some(stored)) if stored.revision > base => {
                return Err(StorageError::Conflict {
                    theirs: stored.revision,
                    ours: base,
                });
            }
            Ok(_) => {
                // Keep the copy being replaced as the last good one; a failure here is not fatal.
                let _ = store.set_item(&format!("{key}{BACKUP_SUFFIX}"), raw);
            }
            Err(_) => return Err(StorageError::Protected),
        }
    }
    let revision = base + 1;
    let text = (writer.write_stored)(plan, revision, now);
    if text.is_empty() {
        // Never written (nor remembered as this tab's copy): it would read back as stuck.
        return Err(StorageError::Refused(
            "the plan could not be written as text".into(),
        ));
    }
    store.set_item(&key, &text).map_err(|e| classify(&e))?;
    match store.get_item(&key) {
        Ok(Some(back)) if back == text => {}
        _ => return Err(StorageError::NotPersisted),
    }
    let _ = store.set_item(OPEN_KEY, plan.id.as_str());
    update_index(store, |list| index::upsert(list, summary_of(plan, now)));
    // Remembered, so that the next save knows its own copy without reading it.
    LAST_WRITTEN.with(|w| w.replace(Some((key, text, revision))));
    Ok(revision)
}

/// What is stored under a plan's key, as far as a tab without the reader can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoredHere {
    /// Nothing (or no storage at all).
    Nothing,
    /// Exactly this tab's last write, at a revision `base` has seen.
    Ours,
    /// Something else: another tab's copy (or storage that throws), which needs the reader.
    Other,
}

/// What is stored for plan `id` now, as far as a tab can tell without reading it.
pub fn stored_here(id: &NodeId, base: u64) -> StoredHere {
    let Ok(store) = storage() else {
        return StoredHere::Nothing;
    };
    let key = plan_key(id);
    match store.get_item(&key) {
        Ok(None) => StoredHere::Nothing,
        Ok(Some(raw)) if written_here(&key, &raw, base) => StoredHere::Ours,
        _ => StoredHere::Other,
    }
}

thread_local! {
    /// The key, text and revision of this tab's last save.
    static LAST_WRITTEN: std::cell::RefCell<Option<(String, String, u64)>> =
        const { std::cell::RefCell::new(None) };
}

/// Whether `raw`, stored under `key`, is exactly what this tab last wrote there, at a revision
/// `base` has seen (so another tab has not saved since): reading it would say the same.
fn written_here(key: &str, raw: &str, base: u64) -> bool {
    LAST_WRITTEN.with(|w| {
        w.borrow()
            .as_ref()
            .is_some_and(|(k, text, revision)| k == key && text == raw && *revision <= base)
    })
}

/// Whether this browser holds anything of this app's (a plan, the plan open last, a followed
/// source, the index; the theme is not one). False without storage (nothing to read), true when
/// storage is there but cannot be looked through.
pub fn holds_anything() -> bool {
    let Ok(store) = storage() else {
        return false;
    };
    let count = match store.length() {
        Ok(count) => count,
        Err(_) => return true,
    };
    (0..count).any(|i| match store.key(i) {
        Ok(Some(key)) => key.starts_with("launchplan:"),
        Ok(None) => false,
        Err(_) => true,
    })
}

/// Every plan stored in this browser, most recently saved first, from the index (brought back
/// in step with the stored keys first). Unreadable plans are left out here (the page that opens
/// one says so).
pub fn list_plans() -> Vec<Summary> {
    let Ok(store) = storage() else {
        return Vec::new();
    };
    let count = store.length().unwrap_or(0);
    let ids: Vec<NodeId> = (0..count)
        .filter_map(|i| store.key(i).ok().flatten())
        .filter_map(|k| {
            let id = k.strip_prefix(PLAN_PREFIX)?;
            (!id.contains(':')).then(|| NodeId(id.to_string()))
        })
        .collect();
    let (list, changed) = index::reconcile(read_index(&store), &ids, |id| {
        read_stored(id).map(|s| summary_of(&s.plan, s.saved_at))
    });
    if changed {
        write_index(&store, &list);
    }
    list
}

fn summary_of(plan: &Plan, saved_at: Stamp) -> Summary {
    Summary {
        id: plan.id.clone(),
        title: plan.title.clone(),
        saved_at,
    }
}

/// The stored index; a missing or unreadable one reads as empty (the next listing rebuilds it
/// from the plan keys), and so does any before the reader is loaded (see [`write_index`]).
fn read_index(store: &web_sys::Storage) -> Vec<Summary> {
    read_record(store, INDEX_KEY, |reader, raw| (reader.index)(raw)).unwrap_or_default()
}

/// A record stored as JSON under `key`, read by one of the reader's entries; None when storage
/// cannot be read, nothing is there, it does not read, or the reader is not loaded (a first
/// visit that has stored nothing to read). Not gloo's `get`, which throws where `getItem`
/// throws; and through the reader, so that no JSON reader is in the app's start-up code.
pub(crate) fn read_record<T>(
    store: &web_sys::Storage,
    key: &str,
    read: impl FnOnce(reader::Reader, &str) -> Option<T>,
) -> Option<T> {
    let raw = store.get_item(key).ok()??;
    read(reader::loaded()?, &raw)
}

/// A value stored as JSON under `key` (as [`read_record`]), for the chunks that read records
/// of their own: the JSON reader for `T` is in the chunk that calls this.
pub(crate) fn read_typed<T: serde::de::DeserializeOwned>(
    store: &web_sys::Storage,
    key: &str,
) -> Option<T> {
    let raw = store.get_item(key).ok()??;
    serde_json::from_str(&raw).ok()
}

/// Writes the index, by the plan's JSON writer. It is a cache of the plan keys: when it cannot
/// be written (the writer not loaded, a full storage), it goes, and the library (which loads the
/// reader) builds it again from them; it is never left stale.
fn write_index(store: &web_sys::Storage, list: &[Summary]) {
    let written = reader::loaded()
        .and_then(|writer| (writer.write_index)(list))
        .is_some_and(|text| store.set_item(INDEX_KEY, &text).is_ok());
    if !written {
        let _ = store.remove_item(INDEX_KEY);
    }
}

/// Applies `change` to the stored index.
fn update_index(store: &web_sys::Storage, change: impl FnOnce(&mut Vec<Summary>)) {
    let mut list = read_index(store);
    change(&mut list);
    write_index(store, &list);
}

/// Removes a plan (its last good copy stays until the plan is saved again, for undo; so does
/// the small record of its source, while the copy of the source's version it followed, as big
/// as the plan, goes: a plan brought back follows its source again from the next version).
pub fn remove_plan(id: &NodeId) -> Result<(), StorageError> {
    let store = storage()?;
    store.remove_item(&plan_key(id)).map_err(|e| classify(&e))?;
    // The copy this tab last wrote, if it was this plan's, is not kept (it may be 5 MB).
    LAST_WRITTEN.with(|w| {
        let mut w = w.borrow_mut();
        if w.as_ref().is_some_and(|(key, ..)| *key == plan_key(id)) {
            *w = None;
        }
    });
    source::forget_base(&store, id);
    update_index(&store, |list| index::forget(list, id));
    Ok(())
}

/// Remembers which plan is open.
pub fn set_open(id: &NodeId) {
    if let Ok(store) = storage() {
        let _ = store.set_item(OPEN_KEY, id.as_str());
    }
}

thread_local! {
    /// This tab's name for the marks it keeps: random, drawn once.
    static TAB: String = format!("{:012x}", (js_sys::Math::random() * 2f64.powi(48)) as u64);
}

/// This tab's key for its marks on plan `id`.
fn own_marks_key(id: &NodeId) -> String {
    TAB.with(|tab| format!("{}{MARKS_SUFFIX}{tab}", plan_key(id)))
}

/// Keeps the marks (ticks, decisions, measured values) this tab made on plan `id` and cannot
/// save because the plan's writer has not come (a first visit closed right after its first
/// change), as a text written without it (`plan::marks`), under a key of this tab's own, so that
/// no tab writes over another's. A start or an opening of the plan puts every tab's marks back
/// and saves them ([`put_back_marks`]). Says whether they were stored.
pub fn write_marks(id: &NodeId, text: &str) -> bool {
    storage().is_ok_and(|store| store.set_item(&own_marks_key(id), text).is_ok())
}

/// Drops the marks this tab kept on plan `id` (saved since, or the change they held was
/// dropped by the user's choice).
pub fn drop_own_marks(id: &NodeId) {
    if let Ok(store) = storage() {
        let _ = store.remove_item(&own_marks_key(id));
    }
}

/// The marks one tab kept on a plan, as read.
#[derive(Debug)]
struct KeptMarks {
    key: String,
    text: String,
    /// The plan they were made on, and the marks.
    pub marks: (NodeId, Vec<Mark>),
}

/// Puts back onto `plan`, stored at `revision` (0: never), the marks tabs kept on it when they
/// were closed before they could save (see `ui::persistence`'s `keep_marks`), each onto a node
/// not changed since, and saves it at `now`; the marks the save now holds are dropped. None when
/// no marks were kept; the save's error when it failed (the marks stay for the next try). In the
/// reader's chunk (`Reader::put_back_marks`): a start with something stored, and every path that
/// opens a stored plan, has loaded it; a first visit has nothing kept to read.
pub(super) fn put_back_marks(
    plan: &mut Plan,
    revision: u64,
    now: Stamp,
) -> Option<Result<u64, StorageError>> {
    let kept = kept_marks(&plan.id);
    if kept.is_empty() {
        return None;
    }
    for k in &kept {
        let (id, marks) = &k.marks;
        if *id == plan.id {
            put_back(plan, marks);
        }
    }
    let saved = save(plan, revision, now);
    if saved.is_ok() {
        drop_marks(&kept);
    }
    Some(saved)
}

/// Every tab's marks kept on plan `id`. Marks that do not read (a newer version's) are left
/// where they are, untouched.
fn kept_marks(id: &NodeId) -> Vec<KeptMarks> {
    let Ok(store) = storage() else {
        return Vec::new();
    };
    let prefix = format!("{}{MARKS_SUFFIX}", plan_key(id));
    let count = store.length().unwrap_or(0);
    let keys: Vec<String> = (0..count)
        .filter_map(|i| store.key(i).ok().flatten())
        .filter(|k| k.starts_with(&prefix))
        .collect();
    keys.into_iter()
        .filter_map(|key| {
            let text = store.get_item(&key).ok()??;
            let marks = read_marks(&text).ok()?;
            Some(KeptMarks { key, text, marks })
        })
        .collect()
}

/// Drops marks that a save now holds, each only if its tab has not written it again since.
fn drop_marks(kept: &[KeptMarks]) {
    if let Ok(store) = storage() {
        for k in kept {
            if store.get_item(&k.key).ok().flatten().as_deref() == Some(k.text.as_str()) {
                let _ = store.remove_item(&k.key);
            }
        }
    }
}

/// When a plan was last exported, and the revision it stood at.
#[derive(Debug, PartialEq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
pub(crate) struct ExportRecord {
    revision: u64,
    at: Stamp,
}

impl ExportRecord {
    /// The record as JSON, written by hand (two numbers): no JSON writer at start for it.
    fn to_json(&self) -> String {
        format!(r#"{{"revision":{},"at":{}}}"#, self.revision, self.at.0)
    }
}

/// Remembers that plan `id` was exported at `at`, when it stood at `revision`.
pub fn record_export(id: &NodeId, revision: u64, at: Stamp) {
    if let Ok(store) = storage() {
        let key = format!("{}{EXPORT_SUFFIX}", plan_key(id));
        let _ = store.set_item(&key, &ExportRecord { revision, at }.to_json());
    }
}

/// When plan `id` was last exported, and at which revision.
pub fn last_export(id: &NodeId) -> Option<(u64, Stamp)> {
    let store = storage().ok()?;
    let key = format!("{}{EXPORT_SUFFIX}", plan_key(id));
    if let Some(record) = read_record(&store, &key, |reader, raw| (reader.export)(raw)) {
        return Some((record.revision, record.at));
    }
    // Versions before 2026-12 wrote "<revision> <milliseconds>".
    let raw = store.get_item(&key).ok()??;
    let (revision, at) = raw.split_once(' ')?;
    Some((revision.parse().ok()?, Stamp(at.parse().ok()?)))
}

/// Asks the browser to keep this site's data even under storage pressure. Some(true) when it
/// will, Some(false) when it declined, None when the browser has no such request.
pub async fn request_persistence() -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    let promise = manager.persist().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// Replaces an unreadable stored copy once the user has decided to (after downloading it).
pub fn overwrite_unreadable(key: &str) -> Result<(), StorageError> {
    storage()?.remove_item(key).map_err(|e| classify(&e))
}

/// A quota error by any browser's name for it, or any other refusal.
pub(crate) fn classify(error: &JsValue) -> StorageError {
    let text = describe(error);
    let quota = ["QuotaExceeded", "NS_ERROR_DOM_QUOTA_REACHED", "quota"]
        .iter()
        .any(|q| text.contains(q))
        || js_sys::Reflect::get(error, &JsValue::from_str("code"))
            .ok()
            .and_then(|c| c.as_f64())
            == Some(22.0);
    if quota {
        StorageError::Full(text)
    } else {
        StorageError::Refused(text)
    }
}

/// "QuotaExceededError: …" from whatever was thrown.
fn describe(error: &JsValue) -> String {
    let field = |name: &str| {
        js_sys::Reflect::get(error, &JsValue::from_str(name))
            .ok()
            .and_then(|v| v.as_string())
    };
    match (field("name"), field("message")) {
        (Some(name), Some(message)) if !message.is_empty() => format!("{name}: {message}"),
        (Some(name), _) => name,
        _ => error.as_string().unwrap_or_else(|| "unknown error".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_export_record_is_written_as_serde_writes_it_and_reads_back() {
        for (revision, at) in [(0, 0), (7, 1_765_000_000_123), (u64::MAX, i64::MIN)] {
            let record = ExportRecord {
                revision,
                at: Stamp(at),
            };
            let text = record.to_json();
            assert_eq!(text, serde_json::to_string(&record).unwrap());
            assert_eq!(serde_json::from_str::<ExportRecord>(&text).unwrap(), record);
        }
    }
}

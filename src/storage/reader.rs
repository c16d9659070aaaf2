//! The plan's JSON reader and writer (the model's serde readers and writers, and serde_json's
//! code for them) as a wasm chunk of its own, with the gate words (see `ui::gate_words`). A
//! first visit shows the default plan without it; it is fetched before the app starts whenever
//! something is stored or the address holds a link (see [`needed_at_start`]), and otherwise on
//! first use: the first change (which it saves), another tab's save, the plan library, an
//! import, a share link, an item's new text. Storage reaches it only through [`loaded`], None
//! until then: a save without it refuses (`StorageError::WriterNotLoaded`, and the saving code
//! loads it and saves again, keeping the change's marks meanwhile: `ui::persistence`), a
//! catch-up with another tab decides a removal at once and loads it before it decides anything
//! that needs reading, and the chunks that read stored plans load it first
//! (`ui::chunk::after_reader`).

use super::{ExportRecord, Source, Summary};
use launchplan_core::formats::json::{
    decode_stored, encode_stored, export_json_compact, import_json, JsonImportError, Stored,
};
use launchplan_core::plan::{Plan, Stamp};
use leptos::prelude::{ArcTrigger, Notify, Track};
use std::cell::Cell;

/// Puts back the marks kept on a plan stored at a revision, and saves it at a time.
type PutBackMarks = fn(&mut Plan, u64, Stamp) -> Option<Result<u64, super::StorageError>>;

/// Saves a plan over a revision at a time, with the writer, in storage (`storage::save`).
type Save = fn(Reader, &web_sys::Storage, &Plan, u64, Stamp) -> Result<u64, super::StorageError>;

/// The reader's (and writer's) entries, each a function in the chunk.
#[derive(Clone, Copy)]
pub struct Reader {
    /// A copy stored by this app (the plan with its revision), or why it cannot be read (the
    /// error's words made here, so that their code stays in the chunk).
    pub stored: fn(&str) -> Result<Stored, String>,
    /// A plan's JSON file, or a share link's payload.
    pub plan: fn(&str) -> Result<Plan, JsonImportError>,
    /// The small records storage keeps beside the plans (None when one does not read).
    pub(super) source: fn(&str) -> Option<Source>,
    pub(super) export: fn(&str) -> Option<ExportRecord>,
    pub(super) index: fn(&str) -> Option<Vec<Summary>>,
    /// Whether an item's text names a decision point (the gate words: `ui::gate_words`).
    pub is_gate: fn(&str) -> bool,
    /// The stored copy of a plan at a revision, saved at a time (empty if it cannot be written).
    pub(super) write_stored: fn(&Plan, u64, Stamp) -> String,
    /// A plan's JSON file, without indentation: what Export JSON writes when its own chunk (which
    /// indents) cannot be loaded.
    pub write_file: fn(&Plan) -> String,
    /// The stem of a plan file's name, from its title (with `write_file`).
    pub file_stem: fn(&str) -> String,
    /// The index of stored plans (None when it cannot be written).
    pub(super) write_index: fn(&[Summary]) -> Option<String>,
    /// Puts back the marks tabs kept on a plan and saves it (`storage::put_back_marks`): only a
    /// start with something stored, or an opening of a stored plan, reads them, and both have
    /// the reader.
    pub put_back_marks: PutBackMarks,
    /// The body of `storage::save`, which refuses before it is loaded.
    pub(super) save: Save,
    /// The stored plan opened from an address (`storage::plan_from`).
    pub(super) plan_from: fn(&str) -> Option<launchplan_core::plan::NodeId>,
}

/// The reader's chunk could not be loaded (offline before the app was cached, or an old tab
/// after a deploy removed it).
#[derive(Debug)]
pub struct ReaderUnavailable;

impl From<leptos::wasm_split::SplitLoaderError> for ReaderUnavailable {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ReaderUnavailable
    }
}

thread_local! {
    static LOADED: Cell<Option<Reader>> = const { Cell::new(None) };
    /// Notified when the reader is loaded, by whichever path loads it.
    static ARRIVAL: ArcTrigger = ArcTrigger::new();
}

/// In a reactive context, runs it again once the reader is loaded (by whichever path): for
/// what answered for the moment in its absence.
pub fn track_arrival() {
    ARRIVAL.with(|a| a.track());
}

/// The reader, once loaded.
pub fn loaded() -> Option<Reader> {
    LOADED.with(Cell::get)
}

/// Loads the reader (at once when it is loaded already); the next call tries again after a
/// failure.
pub async fn load() -> Result<Reader, ReaderUnavailable> {
    if let Some(reader) = loaded() {
        return Ok(reader);
    }
    let reader = reader_entries().await?;
    LOADED.with(|l| l.set(Some(reader)));
    ARRIVAL.with(|a| a.notify());
    Ok(reader)
}

/// Starts loading the reader without waiting for it: for what will need it soon (the chunks
/// that read stored plans, the editor and the View menu's options, whose changes only its writer
/// can save). A failure is reported by whatever needs it next, which loads it again.
pub fn fetch() {
    leptos::task::spawn_local(async {
        let _ = load().await;
    });
}

/// Whether the app must have the reader before it starts: anything of this app's in storage
/// (a plan, the plan open last, a followed source; the theme aside) or anything in the address
/// (`?plan=`, `?src=`, a share link). Exactly a first visit to the default plan, the same test
/// as the first paint's script, can start without it. When storage is there but cannot be
/// looked through, the answer is yes (without storage there is nothing to read).
pub fn needed_at_start() -> bool {
    let location = web_sys::window().map(|w| w.location());
    let address = location.is_none_or(|l| {
        !l.search().unwrap_or_default().is_empty() || !l.hash().unwrap_or_default().is_empty()
    });
    address || super::holds_anything()
}

/// The chunk's one entry.
#[leptos::wasm_split::wasm_split(plan_reader, wasm_split_path = ::leptos::wasm_split, fallible)]
fn reader_entries() -> Result<Reader, ReaderUnavailable> {
    Ok(Reader {
        stored: |raw| decode_stored(raw).map_err(|e| e.to_string()),
        plan: import_json,
        source: |raw| serde_json::from_str(raw).ok(),
        export: |raw| serde_json::from_str(raw).ok(),
        index: |raw| serde_json::from_str(raw).ok(),
        is_gate: launchplan_core::schedule::gates::is_gate,
        write_stored: encode_stored,
        write_file: export_json_compact,
        file_stem: launchplan_core::formats::file::file_stem,
        write_index: |list| serde_json::to_string(list).ok(),
        put_back_marks: super::put_back_marks,
        save: super::save_with,
        plan_from: super::source::find_plan_from,
    })
}

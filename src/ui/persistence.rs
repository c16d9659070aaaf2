//! Saving: every change is saved (debounced to 300 ms, flushed when the tab is hidden or
//! closed), the status is always visible, unreadable stored data is never written over, and a
//! change saved by another tab is adopted or, when both changed, left to the user to resolve.

use super::clock;
use super::download::download;
use super::reactive::{Held, Kept};
use super::state::AppState;
use crate::storage::{self, Current, Loaded, StorageError, Unreadable};
use launchplan_core::formats::file::file_stem;
use launchplan_core::formats::ics::export_ics;
use launchplan_core::formats::json::{export_json, Stored};
use launchplan_core::formats::markdown_out::export_markdown;
use launchplan_core::plan::marks::{marks_between, write_marks};
use launchplan_core::plan::Plan;
use leptos::prelude::*;
use std::time::Duration;

/// Why nothing is saved once another tab deleted the plan shown.
const DELETED_ELSEWHERE: &str = "another tab deleted this plan";

/// How long after a change the save happens.
const DEBOUNCE: Duration = Duration::from_millis(300);

/// Where saving stands.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum SaveStatus {
    /// Nothing changed since the page opened.
    Idle,
    Pending,
    Saved,
    NotSaved(String),
}

/// The saving state, provided at the root.
#[derive(Clone, Copy)]
pub(crate) struct Persistence {
    pub status: Held<SaveStatus>,
    /// The revision this tab last read or wrote (a signal: the export reminder follows it).
    revision: Held<u64>,
    pending: Kept<Option<TimeoutHandle>>,
    /// A change of this tab is not saved yet: waiting for its save, or refused by it. Cleared by
    /// a save that succeeds, by showing another tab's copy or another plan.
    unsaved: StoredValue<bool>,
    /// Set while a catch-up with another tab waits for the plan reader: nothing is saved until
    /// it has looked (it may have to ask, or find the plan deleted).
    holding: StoredValue<bool>,
    /// Set while showing another tab's copy, so that showing it does not save it back.
    adopting: StoredValue<bool>,
    /// Set while the plan's writer (in the reader's chunk) is being fetched for a change.
    fetching_writer: StoredValue<bool>,
    /// While a change waits for the writer: asks before the page is left (see `need_writer`).
    leave_guard: Kept<Option<WindowListenerHandle>>,
    /// This tab has kept marks in storage (see `keep_marks`), to drop once they are saved.
    marks_kept: StoredValue<bool>,
    pub unreadable: Held<Option<Unreadable>>,
    /// A newer copy saved by another tab while this one had unsaved changes.
    pub conflict: Held<Option<Stored>>,
    /// Another tab deleted the plan shown here: nothing is saved (which would bring it back)
    /// until the user keeps it or opens another.
    pub deleted_elsewhere: RwSignal<bool>,
    /// Bumped on every change another tab makes to storage, for lists of stored plans.
    pub stored_elsewhere: Held<u32>,
}

/// Reads storage at start: the plan to show, and the saving state around it.
pub(crate) fn start(default: Plan) -> (Plan, Persistence, bool) {
    let persistence = Persistence {
        status: Held::new(SaveStatus::Idle),
        revision: Held::new(0),
        pending: Kept::new(None),
        unsaved: StoredValue::new(false),
        holding: StoredValue::new(false),
        adopting: StoredValue::new(false),
        fetching_writer: StoredValue::new(false),
        leave_guard: Kept::new(None),
        marks_kept: StoredValue::new(false),
        unreadable: Held::new(None),
        conflict: Held::new(None),
        deleted_elsewhere: RwSignal::new(false),
        stored_elsewhere: Held::new(0),
    };
    let (mut plan, from_storage) = match storage::load(requested_plan().as_deref()) {
        Loaded::Nothing => (default, false),
        Loaded::Found(stored) => {
            persistence.revision.set(stored.revision);
            persistence.status.set(SaveStatus::Saved);
            (stored.plan, true)
        }
        Loaded::Unreadable { copy, last_good } => {
            persistence.unreadable.set(Some(copy));
            persistence
                .status
                .set(SaveStatus::NotSaved(StorageError::Protected.to_string()));
            match last_good {
                Some(good) => {
                    persistence.revision.set(good.revision);
                    (good.plan, true)
                }
                None => (default, false),
            }
        }
        Loaded::Unavailable(reason) => {
            persistence.status.set(SaveStatus::NotSaved(reason));
            (default, false)
        }
    };
    if persistence.unreadable.with_untracked(Option::is_none) {
        match put_back_marks(&mut plan, persistence.revision.get_untracked()) {
            Some(Ok(revision)) => {
                persistence.revision.set(revision);
                persistence.status.set(SaveStatus::Saved);
            }
            Some(Err(e)) => {
                persistence.unsaved.set_value(true);
                persistence.status.set(SaveStatus::NotSaved(e.to_string()));
            }
            None => {}
        }
    }
    show_in_url(&plan.id);
    (plan, persistence, from_storage)
}

/// Puts back onto `plan`, stored at `revision` (0: never), the marks tabs kept on it, and saves
/// it (`storage::put_back_marks`, in the reader's chunk). None when no marks were kept, or the
/// reader is not loaded: a first visit, which has nothing stored to read them from.
fn put_back_marks(plan: &mut Plan, revision: u64) -> Option<Result<u64, StorageError>> {
    let reader = storage::reader::loaded()?;
    (reader.put_back_marks)(plan, revision, clock::stamp())
}

/// The plan the URL asks for (`?plan=<id>`, or `?src=<address>` of a plan opened from it
/// before), so a reload or a bookmark returns to it.
fn requested_plan() -> Option<String> {
    let search = window().location().search().ok()?;
    let pairs = || search.trim_start_matches('?').split('&');
    pairs()
        .find_map(|pair| pair.strip_prefix("plan=").map(str::to_string))
        .filter(|id| !id.is_empty())
        .or_else(|| {
            let src = pairs().find_map(|pair| pair.strip_prefix("src="))?;
            let url = js_sys::decode_uri_component(src).ok()?.as_string()?;
            storage::plan_from(&url).map(|id| id.to_string())
        })
}

/// Puts the open plan in the URL without adding a history entry; the fragment (a share link
/// waiting to be read, an anchor) stays. A plan opened from an address shows that address
/// (`?src=`): the link opens the same plan for anyone.
pub(crate) fn show_in_url(id: &launchplan_core::plan::NodeId) {
    let hash = window().location().hash().unwrap_or_default();
    let query = match storage::read_source(id) {
        Some(source) => format!(
            "?src={}",
            String::from(js_sys::encode_uri_component(&source.url))
        ),
        None => format!("?plan={id}"),
    };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{query}{hash}")),
        );
    }
}

/// The saving state provided at the root.
pub(crate) fn use_persistence() -> Persistence {
    super::root::use_root().persistence
}

impl Persistence {
    /// Saves every change of `state.plan`, flushes on hide and close, follows other tabs.
    pub(crate) fn run(self, state: AppState) {
        let mut first = true;
        // Effects sync reactive state with the world outside: here, the plan with storage.
        super::reactive::effect(move || {
            state.plan.track();
            if std::mem::take(&mut first) {
                return; // the plan as loaded: nothing to save yet
            }
            if self
                .adopting
                .try_update_value(std::mem::take)
                .unwrap_or(false)
            {
                return; // another tab's copy, already saved by that tab
            }
            self.schedule(state);
        });
        // The writer come, by whichever path loaded it (its fetch for a change, or the library,
        // an import after a failed one): the change waiting is saved, and leaving no longer asks.
        super::reactive::effect(move || {
            storage::reader::track_arrival();
            if storage::reader::loaded().is_some() {
                if let Some(guard) = self.leave_guard.try_update_value(Option::take).flatten() {
                    guard.remove();
                }
                self.save_if_still_unsaved(state);
            }
        });
        let flush = move || self.flush(state);
        // Hidden: save now. Shown again: catch up with what other tabs saved meanwhile (a
        // frozen or discarded tab misses their storage events).
        let visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().hidden() {
                flush();
            } else {
                self.catch_up(state, None);
            }
        });
        let closing = window_event_listener(leptos::ev::pagehide, move |_| flush());
        let restored =
            window_event_listener(leptos::ev::pageshow, move |_| self.catch_up(state, None));
        let other_tab = window_event_listener(leptos::ev::storage, move |ev| {
            self.stored_elsewhere.update(|n| *n = n.wrapping_add(1));
            let id = state.plan.with_untracked(|p| p.id.clone());
            if ev.key().as_deref() == Some(storage::plan_key(&id).as_str()) {
                self.catch_up(state, Some(ev.new_value()));
            }
        });
        on_cleanup(move || {
            visibility.remove();
            closing.remove();
            restored.remove();
            other_tab.remove();
        });
    }

    fn schedule(self, state: AppState) {
        if let Some(handle) = self.pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        self.status.set(SaveStatus::Pending);
        self.unsaved.set_value(true);
        // A first visit's first change: the writer comes while the save waits.
        self.need_writer(state);
        let handle = set_timeout_with_handle(move || self.save_now(state), DEBOUNCE).ok();
        if handle.is_none() {
            self.save_now(state);
        }
        self.pending.set_value(handle);
    }

    /// Switches to another plan at `revision` (0 for a new one, which is saved at once); the
    /// plan shown so far is saved first if it has a change waiting.
    pub(crate) fn open(self, state: AppState, mut plan: Plan, revision: u64) {
        // The plan shown so far stays in the library: saved if it has a change waiting, or if it
        // was never saved (the default plan, untouched).
        if self.pending.with_value(Option::is_some) || self.revision.get_untracked() == 0 {
            self.save_now(state);
        }
        if self.unsaved.get_value() {
            // Switching now would drop it (a save waiting for the plan reader, or refused).
            state.alert.set(Some(format!(
                "\"{}\" was not opened: the change to the plan shown is not saved yet. Save it (or export it) first.",
                plan.title
            )));
            return;
        }
        // A plan never stored is stored before it is shown: when the browser has no room for it,
        // the plan shown stays, and neither the address nor the library points at a plan that
        // is not there (a reload then showed the template, and the next tick a false conflict).
        // Marks a tab kept on it are put back and saved first (they stay if that fails).
        let revision = match put_back_marks(&mut plan, revision) {
            Some(saved) => saved,
            None if revision == 0 => storage::save(&plan, 0, clock::stamp()),
            None => Ok(revision),
        };
        let revision = match revision {
            Ok(saved) => saved,
            Err(e) => {
                state.alert.set(Some(format!(
                    "\"{}\" was not opened: it could not be saved in this browser ({e}). The plan shown is unchanged.",
                    plan.title
                )));
                return;
            }
        };
        let id = plan.id.clone();
        self.revision.set(revision);
        self.unsaved.set_value(false);
        self.conflict.set(None);
        // Another plan is shown now: the question about the deleted one is moot.
        self.deleted_elsewhere.set(false);
        self.adopting.set_value(true);
        state.open(plan);
        storage::set_open(&id);
        show_in_url(&id);
        self.status.set(SaveStatus::Saved);
    }

    /// Saves now if a change is waiting; without the plan's writer, keeps its marks instead.
    pub(crate) fn flush(self, state: AppState) {
        if self.pending.with_value(Option::is_some) {
            self.save_now(state);
        }
        if self.unsaved.get_value() && storage::reader::loaded().is_none() {
            self.keep_marks(state);
        }
    }

    /// A first visit's change that waits for the plan's writer, made of marks alone (ticks,
    /// decisions, measured values: all a first visit changes without loading a chunk), kept in
    /// storage as a text written without the writer (`plan::marks`), for the next start to put
    /// back and save. Says whether it was kept.
    fn keep_marks(self, state: AppState) -> bool {
        // Without the writer this tab has saved nothing: the plan shown is the default plan,
        // changed. Anything else was read, so the reader (and writer) is there.
        let base = launchplan_core::default_plan::default_plan().plan;
        state.plan.with_untracked(|plan| {
            if plan.id != base.id {
                return false;
            }
            match marks_between(&base, plan) {
                // Undone back to the plan as it came: nothing to keep (and marks kept before
                // would bring back what was undone).
                Some(marks) if marks.is_empty() => {
                    self.drop_own_marks(&plan.id);
                    true
                }
                Some(marks) => {
                    let kept = storage::write_marks(&plan.id, &write_marks(&plan.id, &marks));
                    if kept {
                        self.marks_kept.set_value(true);
                    }
                    kept
                }
                None => false,
            }
        })
    }

    /// Drops the marks this tab kept on plan `id`, if it kept any: they are saved, or the change
    /// they held was dropped by the user's choice.
    fn drop_own_marks(self, id: &launchplan_core::plan::NodeId) {
        if self.marks_kept.get_value() {
            storage::drop_own_marks(id);
            self.marks_kept.set_value(false);
        }
    }

    /// The revision now, outside any reactive tracking (for event handlers).
    pub(crate) fn revision_untracked(self) -> u64 {
        self.revision.get_untracked()
    }

    /// The revision this tab last read or wrote (tracked when read in a reactive context).
    pub(crate) fn revision(self) -> u64 {
        self.revision.get()
    }

    /// Saves now (cancelling a pending save).
    pub(crate) fn save_now(self, state: AppState) {
        if let Some(handle) = self.pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if self.unreadable.with_untracked(Option::is_some) {
            self.status
                .set(SaveStatus::NotSaved(StorageError::Protected.to_string()));
            return;
        }
        if self.deleted_elsewhere.get_untracked() {
            self.status
                .set(SaveStatus::NotSaved(DELETED_ELSEWHERE.into()));
            return;
        }
        if self.holding.get_value() {
            return; // the catch-up saves it once it has looked
        }
        let base = self.revision.get_untracked();
        let result = clock::timed("launchplan:save", || {
            state
                .plan
                .with_untracked(|plan| storage::save(plan, base, clock::stamp()))
        });
        match result {
            Ok(revision) => {
                self.revision.set(revision);
                self.unsaved.set_value(false);
                self.status.set(SaveStatus::Saved);
                state.plan.with_untracked(|p| self.drop_own_marks(&p.id));
            }
            Err(StorageError::WriterNotLoaded) => self.need_writer(state),
            Err(StorageError::Conflict { .. }) => {
                self.conflict
                    .set(state.plan.with_untracked(|p| storage::read_stored(&p.id)));
                self.status
                    .set(SaveStatus::NotSaved("another tab changed this plan".into()));
            }
            Err(e) => self.status.set(SaveStatus::NotSaved(e.to_string())),
        }
    }

    /// Another tab may have written this plan. What is stored now is compared with what this
    /// tab shows: a newer copy is adopted when this tab has no unsaved change; when both changed
    /// (or two tabs saved at the same moment, which browsers do not serialise), the user
    /// chooses. A copy this version cannot read (a newer version wrote it) stops this tab's
    /// saving until the user decides. `event` is a `storage` event's new value; without one
    /// (the tab was shown again) only a later revision counts, since an equal one is this tab's.
    fn catch_up(self, state: AppState, event: Option<Option<String>>) {
        let id = state.plan.with_untracked(|p| p.id.clone());
        let Some(reader) = storage::reader::loaded() else {
            self.catch_up_without_reader(state, id, event);
            return;
        };
        let event = event.map(|e| e.map(|raw| (reader.stored)(&raw).ok()));
        self.decide(state, storage::read_current(&id), event);
    }

    /// Decides, from what is stored now and what another tab's event said (see
    /// [`CatchUpInput`]), and carries the decision out.
    fn decide(self, state: AppState, stored: Current, event: Option<Option<Option<Stored>>>) {
        let decision = state.plan.with_untracked(|shown| {
            catch_up(CatchUpInput {
                stored,
                event,
                shown,
                ours: self.revision.get_untracked(),
                pending: self.pending.with_value(Option::is_some) || self.unsaved.get_value(),
                asking: self.conflict.with_untracked(Option::is_some),
                deleted_elsewhere: self.deleted_elsewhere.get_untracked(),
                unreadable: self.unreadable.with_untracked(Option::is_some),
            })
        });
        self.apply(state, decision);
    }

    /// A change cannot be written without the plan's writer, which is in the reader's chunk: a
    /// first visit fetches it at its first change and saves once it has come. Until then, a
    /// tab hidden or closed keeps the change's marks for the next start (`keep_marks`); a change
    /// marks cannot carry (an edit) makes leaving the page ask first, with the browser's own
    /// question, since it is nowhere else. When the writer cannot be loaded the status says so
    /// and the next change tries again.
    fn need_writer(self, state: AppState) {
        if storage::reader::loaded().is_some() || self.fetching_writer.get_value() {
            return;
        }
        self.fetching_writer.set_value(true);
        if self.leave_guard.with_value(Option::is_none) {
            let guard = window_event_listener(leptos::ev::beforeunload, move |ev| {
                if self.unsaved.get_value()
                    && storage::reader::loaded().is_none()
                    && !self.keep_marks(state)
                {
                    ev.prevent_default();
                    ev.set_return_value("This change is not saved yet.");
                }
            });
            self.leave_guard.set_value(Some(guard));
        }
        leptos::task::spawn_local(async move {
            // Once loaded, the effect in `run` saves.
            let loaded = storage::reader::load().await;
            self.fetching_writer.set_value(false);
            if loaded.is_err() && self.unsaved.get_value() {
                self.status.set(SaveStatus::NotSaved(
                    StorageError::WriterNotLoaded.to_string(),
                ));
            }
        });
    }

    /// [`Self::open`] for a plan never stored, once the plan's writer is loaded to store it (at
    /// once when it is): for what opens a plan before anything has loaded it (a first visit's
    /// "Start a blank plan").
    pub(crate) fn open_new(self, state: AppState, plan: Plan) {
        leptos::task::spawn_local(async move {
            match storage::reader::load().await {
                Ok(_) => self.open(state, plan, 0),
                Err(_) => state.alert.set(Some(format!(
                    "\"{}\" was not opened. {}",
                    plan.title,
                    super::chunk::not_loaded("The part of Launchplan that saves plans")
                ))),
            }
        });
    }

    /// Saves the change still waiting once the reader has come, unless a timer will, or it was
    /// saved, replaced by another tab's copy, or is a question for the user meanwhile.
    fn save_if_still_unsaved(self, state: AppState) {
        let free = self.conflict.with_untracked(Option::is_none)
            && !self.deleted_elsewhere.get_untracked()
            && self.unreadable.with_untracked(Option::is_none);
        if self.unsaved.get_value() && self.pending.with_value(Option::is_none) && free {
            self.save_now(state);
        }
    }

    /// A first visit's tab, without the plan reader (and so without the writer: it has saved
    /// nothing): a removal is decided at once; another tab's copy holds saving back while the
    /// reader loads, then is looked at as usual, and the change waiting here, if any, is saved
    /// after (or asked about).
    fn catch_up_without_reader(
        self,
        state: AppState,
        id: launchplan_core::plan::NodeId,
        event: Option<Option<String>>,
    ) {
        match storage::stored_here(&id, self.revision.get_untracked()) {
            storage::StoredHere::Ours => return,
            storage::StoredHere::Nothing => {
                // What was written is gone since: only a removal counts.
                self.decide(state, Current::Nothing, event.map(|e| e.map(|_| None)));
                return;
            }
            storage::StoredHere::Other => {}
        }
        self.holding.set_value(true);
        leptos::task::spawn_local(async move {
            let loaded = storage::reader::load().await;
            self.holding.set_value(false);
            if loaded.is_err() {
                // A save still never writes over a copy it cannot compare (it says so).
                self.status.set(SaveStatus::NotSaved(
                    StorageError::ReaderNotLoaded.to_string(),
                ));
                return;
            }
            // The event spoke of the plan shown then; another may be shown now.
            let same = state.plan.with_untracked(|p| p.id == id);
            self.catch_up(state, if same { event } else { None });
            self.save_if_still_unsaved(state);
        });
    }

    /// Carries out a catch-up's decision.
    fn apply(self, state: AppState, decision: CatchUp) {
        if decision.undeleted {
            self.deleted_elsewhere.set(false);
        }
        match decision.action {
            CatchUpAction::Nothing => {}
            CatchUpAction::DeletedElsewhere => {
                if let Some(handle) = self.pending.try_update_value(Option::take).flatten() {
                    handle.clear();
                }
                self.deleted_elsewhere.set(true);
                self.status
                    .set(SaveStatus::NotSaved(DELETED_ELSEWHERE.into()));
            }
            CatchUpAction::Unreadable(copy) => {
                self.unreadable.set(Some(copy));
                self.status
                    .set(SaveStatus::NotSaved(StorageError::Protected.to_string()));
            }
            CatchUpAction::Ask(theirs) => {
                self.conflict.set(Some(theirs));
                self.status
                    .set(SaveStatus::NotSaved("another tab changed this plan".into()));
            }
            CatchUpAction::InSync { revision } => {
                self.revision.set(revision);
                if self.conflict.with_untracked(Option::is_some) {
                    self.conflict.set(None);
                    if self.pending.with_value(Option::is_none) {
                        self.status.set(SaveStatus::Saved);
                    }
                }
            }
            CatchUpAction::Adopt(theirs) => self.adopt(state, theirs),
        }
    }

    /// Shows the other tab's copy (undoably) and continues from its revision.
    pub(crate) fn adopt(self, state: AppState, theirs: Stored) {
        if let Some(handle) = self.pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        // This tab's change goes: so do the marks it kept of it.
        self.drop_own_marks(&theirs.plan.id);
        self.revision.set(theirs.revision);
        self.unsaved.set_value(false);
        self.conflict.set(None);
        self.adopting.set_value(true);
        state.replace(theirs.plan);
        self.status.set(SaveStatus::Saved);
    }

    /// Keeps this tab's version: saves it over the other tab's (which stays as the last good copy).
    pub(crate) fn keep_mine(self, state: AppState) {
        if let Some(theirs) = self.conflict.get_untracked() {
            self.revision.set(theirs.revision);
        }
        self.conflict.set(None);
        self.save_now(state);
    }

    /// The plan another tab deleted is kept: saved again as it is shown here, at a revision
    /// after the deleted one (so that the other tab's "Undo delete" finds this newer copy
    /// instead of writing its older one over it).
    pub(crate) fn keep_deleted(self, state: AppState) {
        self.deleted_elsewhere.set(false);
        self.save_now(state);
    }

    /// Shows another stored plan, or a fresh copy of the template when none is left; the plan
    /// shown so far is not saved (it was deleted).
    pub(crate) fn open_another(self, state: AppState, fresh_template: impl FnOnce() -> Plan) {
        // Still marked deleted while switching, so that nothing saves the deleted plan back;
        // its unsaved change goes with it (the user chose to show another plan).
        if let Some(handle) = self.pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        self.unsaved.set_value(false);
        let shown = state.plan.with_untracked(|p| p.id.clone());
        self.drop_own_marks(&shown);
        let other = storage::list_plans()
            .into_iter()
            .filter(|s| s.id != shown)
            .find_map(|s| storage::read_stored(&s.id));
        // `open` clears the question once another plan is shown; when it could not switch
        // (no room to store the template), the question stays and nothing is saved back.
        match other {
            Some(other) => self.open(state, other.plan, other.revision),
            None => self.open(state, fresh_template(), 0),
        }
    }

    /// After the user downloaded (or chose to drop) the unreadable copy: save what is shown.
    pub(crate) fn replace_unreadable(self, state: AppState) {
        let Some(bad) = self.unreadable.get_untracked() else {
            return;
        };
        match storage::overwrite_unreadable(&bad.key) {
            Ok(()) => {
                self.unreadable.set(None);
                self.revision.set(0);
                self.save_now(state);
            }
            Err(e) => self.status.set(SaveStatus::NotSaved(e.to_string())),
        }
    }
}

/// The formats a plan is exported in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ExportFormat {
    Json,
    Markdown,
    Calendar,
}

/// Downloads the plan in `format`: Ok(false) when the browser refused, Err with what to tell
/// the user when the exporter could not be loaded. The Markdown and calendar writers are a wasm
/// chunk of their own, fetched on the first such export (none of it is needed to show a plan).
pub(crate) async fn export_plan(plan: Plan, format: ExportFormat) -> Result<bool, String> {
    let now = chrono::DateTime::from_timestamp_millis(clock::stamp().0)
        .map(|t| t.naive_utc())
        .unwrap_or_default();
    // The JSON file is how a plan is kept when saving fails: without its chunk, the same file is
    // written without indentation by the plan's writer, in the reader's chunk (a tab that has
    // saved has it; offline on a first visit neither may load, and the export says so).
    let fallback = (format == ExportFormat::Json).then(|| plan.clone());
    let (text, stem) = match (export_text(plan, format, now).await, fallback) {
        (Ok(written), _) => written,
        (Err(_), Some(plan)) => match storage::reader::load().await {
            Ok(writer) => ((writer.write_file)(&plan), (writer.file_stem)(&plan.title)),
            Err(_) => return Err(super::chunk::not_loaded("The exporter")),
        },
        (Err(_), None) => return Err(super::chunk::not_loaded("The exporter")),
    };
    let (name, mime) = match format {
        ExportFormat::Json => (format!("{stem}.launchplan.json"), "application/json"),
        ExportFormat::Markdown => (format!("{stem}.md"), "text/markdown"),
        ExportFormat::Calendar => (format!("{stem}.ics"), "text/calendar"),
    };
    Ok(download(&name, mime, &text))
}

/// Puts the plan, as the Markdown export writes it (ticks included), on the clipboard: a member
/// following a plan kept in a repository pastes it into the file to commit their ticks. Ok(false)
/// when the browser did not allow it.
pub(crate) async fn copy_markdown(plan: Plan) -> Result<bool, String> {
    let (text, _) = export_text(
        plan,
        ExportFormat::Markdown,
        chrono::NaiveDateTime::default(),
    )
    .await
    .map_err(|_| super::chunk::not_loaded("The exporter"))?;
    let written =
        wasm_bindgen_futures::JsFuture::from(window().navigator().clipboard().write_text(&text))
            .await;
    Ok(written.is_ok())
}

/// The plan as its JSON file, as Markdown, or as an iCalendar file written at `now` (UTC), with
/// the stem of the file's name. All three writers are in this chunk: none of them is needed to
/// show a plan (the JSON file is written pretty, which the stored copy is not). So is the name's
/// stem, whose words in any script need std's Unicode tables (about 2 KB gzip).
#[leptos::wasm_split::wasm_split(exporters, wasm_split_path = ::leptos::wasm_split, fallible)]
fn export_text(
    plan: Plan,
    format: ExportFormat,
    now: chrono::NaiveDateTime,
) -> Result<(String, String), super::chunk::ChunkUnavailable> {
    let text = match format {
        ExportFormat::Json => clock::timed("launchplan:export", || export_json(&plan)),
        ExportFormat::Markdown => export_markdown(&plan),
        ExportFormat::Calendar => export_ics(&plan, now),
    };
    Ok((text, file_stem(&plan.title)))
}

/// What [`catch_up`] looks at: what is stored now, what another tab's storage event said
/// (`None` when there was no event: the tab was shown again; `Some(None)` when the plan's key
/// was removed; `Some(Some(copy))` when it was written, the copy when it reads as a plan), the
/// plan this tab shows and the revision it last read or wrote, and what is already pending or
/// asked.
pub(crate) struct CatchUpInput<'a> {
    pub stored: Current,
    pub event: Option<Option<Option<Stored>>>,
    pub shown: &'a Plan,
    pub ours: u64,
    /// A change of this tab waits to be saved.
    pub pending: bool,
    /// This tab is already asking which copy to keep.
    pub asking: bool,
    pub deleted_elsewhere: bool,
    pub unreadable: bool,
}

/// What this tab does about another tab's copy.
#[derive(Debug, PartialEq)]
pub(crate) struct CatchUp {
    /// The plan another tab deleted is back (that tab undid the delete).
    pub undeleted: bool,
    pub action: CatchUpAction,
}

#[derive(Debug, PartialEq)]
pub(crate) enum CatchUpAction {
    Nothing,
    /// Another tab deleted the plan shown: save nothing (it would bring it back) until the
    /// user chooses.
    DeletedElsewhere,
    /// What is stored no longer reads as a plan: keep it, save nothing over it.
    Unreadable(Unreadable),
    /// Both tabs changed the plan: the user chooses.
    Ask(Stored),
    /// The stored copy is what this tab shows: continue from its revision.
    InSync {
        revision: u64,
    },
    /// Another tab saved a newer copy and this one has no change of its own: show it.
    Adopt(Stored),
}

/// The two-tab decision: what this tab does when another tab stored the plan it shows, or when
/// it is shown again and what is stored may have changed meanwhile. Nothing either tab has is
/// ever lost: a copy with changes on both sides is a question for the user.
pub(crate) fn catch_up(input: CatchUpInput<'_>) -> CatchUp {
    let written = input.event.is_some();
    let done = |action| CatchUp {
        undeleted: false,
        action,
    };
    let theirs = match input.stored {
        // Gone: another tab deleted it (its event says this key was removed). Saving now would
        // bring it back behind that tab's back: ask first. (Storage cleared as a whole, or
        // emptied while this tab was frozen, is written again by the next save: nothing the
        // user has may be lost.)
        Current::Nothing => {
            let removed = matches!(input.event, Some(None));
            return done(if removed && !input.deleted_elsewhere {
                CatchUpAction::DeletedElsewhere
            } else {
                CatchUpAction::Nothing
            });
        }
        Current::Unreadable(copy) => {
            return done(if input.unreadable {
                CatchUpAction::Nothing
            } else {
                CatchUpAction::Unreadable(copy)
            });
        }
        Current::Found(theirs) => theirs,
    };
    // The deleted plan is back: the question is moot, and what this tab shows is compared with
    // it like any other tab's copy; a change made here meanwhile is this tab's unsaved change,
    // so the user chooses.
    let undeleted = input.deleted_elsewhere;
    if undeleted && *input.shown != theirs.plan {
        return CatchUp {
            undeleted,
            action: CatchUpAction::Ask(theirs),
        };
    }
    // And what the event says the other tab wrote: when two tabs save at the same moment, each
    // may still read its own write back (browsers do not serialise storage across tabs), and
    // only the event tells it about the other's.
    let theirs = match input.event.flatten().flatten() {
        Some(sent) if sent.revision >= theirs.revision && *input.shown != sent.plan => sent,
        _ => theirs,
    };
    let action = if !written && theirs.revision <= input.ours || theirs.revision < input.ours {
        CatchUpAction::Nothing
    } else if *input.shown == theirs.plan {
        CatchUpAction::InSync {
            revision: input.ours.max(theirs.revision),
        }
    } else if theirs.revision == input.ours || input.pending || input.asking {
        // This tab has a change the other copy lacks: waiting to be saved, or refused by a save
        // that found the other copy (its question may be showing already: it then offers the
        // newest copy, and a later event must not adopt over it).
        CatchUpAction::Ask(theirs)
    } else {
        CatchUpAction::Adopt(theirs)
    };
    CatchUp { undeleted, action }
}

#[cfg(test)]
mod tests {
    use super::*;
    use launchplan_core::plan::Stamp;

    fn plan(title: &str) -> Plan {
        Plan {
            title: title.into(),
            ..Plan::default()
        }
    }

    fn stored(title: &str, revision: u64) -> Stored {
        Stored {
            plan: plan(title),
            revision,
            saved_at: Stamp(0),
        }
    }

    fn input<'a>(
        stored: Current,
        event: Option<Option<Option<Stored>>>,
        shown: &'a Plan,
        ours: u64,
    ) -> CatchUpInput<'a> {
        CatchUpInput {
            stored,
            event,
            shown,
            ours,
            pending: false,
            asking: false,
            deleted_elsewhere: false,
            unreadable: false,
        }
    }

    #[test]
    fn a_newer_copy_is_adopted_unless_this_tab_changed_the_plan_too() {
        let shown = plan("A");
        let newer = stored("B", 3);
        let event = Some(Some(Some(newer.clone())));
        let decision = catch_up(input(
            Current::Found(newer.clone()),
            event.clone(),
            &shown,
            2,
        ));
        assert_eq!(decision.action, CatchUpAction::Adopt(newer.clone()));
        // A change of this tab waits to be saved: the user chooses.
        let mut both = input(Current::Found(newer.clone()), event, &shown, 2);
        both.pending = true;
        assert_eq!(catch_up(both).action, CatchUpAction::Ask(newer));
    }

    #[test]
    fn the_same_revision_with_other_content_is_a_question_and_the_same_content_is_in_sync() {
        let shown = plan("A");
        let theirs = stored("B", 2);
        let event = Some(Some(Some(theirs.clone())));
        assert_eq!(
            catch_up(input(Current::Found(theirs.clone()), event, &shown, 2)).action,
            CatchUpAction::Ask(theirs)
        );
        let same = stored("A", 4);
        assert_eq!(
            catch_up(input(Current::Found(same), None, &shown, 2)).action,
            CatchUpAction::InSync { revision: 4 }
        );
    }

    #[test]
    fn shown_again_with_nothing_newer_does_nothing() {
        let shown = plan("A");
        assert_eq!(
            catch_up(input(Current::Found(stored("B", 2)), None, &shown, 2)).action,
            CatchUpAction::Nothing
        );
        // An older copy never replaces a newer one.
        let old = stored("Old", 1);
        assert_eq!(
            catch_up(input(
                Current::Found(old.clone()),
                Some(Some(Some(old))),
                &shown,
                2
            ))
            .action,
            CatchUpAction::Nothing
        );
    }

    #[test]
    fn a_delete_elsewhere_is_asked_about_once_and_an_undo_there_is_compared() {
        let shown = plan("A");
        assert_eq!(
            catch_up(input(Current::Nothing, Some(None), &shown, 2)).action,
            CatchUpAction::DeletedElsewhere
        );
        let mut again = input(Current::Nothing, Some(None), &shown, 2);
        again.deleted_elsewhere = true;
        assert_eq!(catch_up(again).action, CatchUpAction::Nothing);
        // Storage emptied while hidden (no event): the next save writes it again.
        assert_eq!(
            catch_up(input(Current::Nothing, None, &shown, 2)).action,
            CatchUpAction::Nothing
        );
        // The other tab undid the delete with a different copy: ask.
        let back = stored("A changed", 3);
        let mut undone = input(
            Current::Found(back.clone()),
            Some(Some(Some(back.clone()))),
            &shown,
            2,
        );
        undone.deleted_elsewhere = true;
        assert_eq!(
            catch_up(undone),
            CatchUp {
                undeleted: true,
                action: CatchUpAction::Ask(back)
            }
        );
    }

    #[test]
    fn an_unreadable_copy_is_kept_and_reported_once() {
        let shown = plan("A");
        let copy = Unreadable {
            key: "k".into(),
            raw: "{".into(),
            reason: "truncated".into(),
        };
        assert_eq!(
            catch_up(input(
                Current::Unreadable(copy.clone()),
                Some(Some(None)),
                &shown,
                2
            ))
            .action,
            CatchUpAction::Unreadable(copy.clone())
        );
        let mut known = input(Current::Unreadable(copy), Some(Some(None)), &shown, 2);
        known.unreadable = true;
        assert_eq!(catch_up(known).action, CatchUpAction::Nothing);
    }

    #[test]
    fn of_two_writes_at_once_the_event_tells_the_other_one() {
        // Storage still holds this tab's own write; the event carries the other tab's.
        let shown = plan("Mine");
        let mine = stored("Mine", 3);
        let theirs = stored("Theirs", 3);
        let mut both = input(
            Current::Found(mine),
            Some(Some(Some(theirs.clone()))),
            &shown,
            3,
        );
        both.pending = false;
        assert_eq!(catch_up(both).action, CatchUpAction::Ask(theirs));
    }
}

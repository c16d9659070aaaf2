//! The app's one state root: the plan, its undo history, the clock and the day it is viewed as of.

use super::clock;
use super::keyed::Keyed;
use super::reactive::{Derived, Held};
use chrono::{NaiveDate, NaiveDateTime};
use launchplan_core::formats::report::ImportReport;
use launchplan_core::plan::{Entry, NodeId, Plan, Stamp};
use launchplan_core::schedule::history::History;
use launchplan_core::schedule::status::Status;
use leptos::prelude::*;
use std::collections::HashMap;

/// Plan data and what every view needs to read it against a day.
#[derive(Clone, Copy)]
pub(crate) struct AppState {
    /// The plan, for reading; it is written only through the methods below, which keep the
    /// keyed signals in step.
    pub plan: RwSignal<Plan>,
    /// Each checkable entry by ID, set only when it changed.
    entries: StoredValue<Keyed>,
    /// What views track to follow a part of the plan (see [`Triggers`]).
    triggers: StoredValue<Triggers>,
    history: StoredValue<History>,
    pub can_undo: RwSignal<bool>,
    pub can_redo: RwSignal<bool>,
    /// Local time, kept current by the clock.
    pub now: Held<NaiveDateTime>,
    /// The day the plan is viewed as of; None means today.
    pub as_of: Held<Option<NaiveDate>>,
    /// What the reader said about the plan shown, when it was just read from a file (empty for
    /// a plan opened from storage).
    pub report: Held<ImportReport>,
    /// The day everything date-dependent is computed for: changes only when the day does.
    today: Derived<NaiveDate>,
    /// A message for `role="alert"`: what went wrong with the last action.
    pub alert: Held<Option<String>>,
    /// Editing mode: the add, rename, move and delete controls of the plan's structure show.
    /// The page opens in viewing mode, where ticking, notes and decisions still work.
    pub editing: RwSignal<bool>,
}

impl AppState {
    pub(crate) fn new(plan: Plan, report: ImportReport) -> AppState {
        let now = Held::new(clock::local_now());
        let as_of = Held::new(None::<NaiveDate>);
        AppState {
            entries: StoredValue::new(Keyed::new(&plan)),
            triggers: StoredValue::new(Triggers::default()),
            plan: RwSignal::new(plan),
            history: StoredValue::new(History::default()),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            now,
            as_of,
            report: Held::new(report),
            today: Derived::new(move || as_of.get().unwrap_or_else(|| now.get().date())),
            alert: Held::new(None),
            editing: RwSignal::new(false),
        }
    }

    /// The checkable entry with `id`, changing only when that entry does.
    pub(crate) fn entry(&self, id: &NodeId) -> ReadSignal<Option<Entry>> {
        let signal = self
            .entries
            .try_update_value(|k| k.signal(id))
            .unwrap_or_else(|| ArcRwSignal::new(None));
        RwSignal::from(signal).read_only()
    }

    /// What a view of the block `id` tracks to follow that block's changes (see [`Triggers`]).
    pub(crate) fn block_changes(&self, id: &NodeId) -> ArcTrigger {
        self.triggers
            .try_update_value(|t| t.blocks.entry(id.clone()).or_default().clone())
            .unwrap_or_default()
    }

    /// Reads what a change of one node's state cannot change (the plan's sections and blocks,
    /// its words and dates), tracked so that a tick does not compute it again: the timeline's
    /// marks and the lists of sections and blocks are not worked out anew for every tick of a
    /// 10,000-item plan. Whatever depends on what is done (progress, readiness, the agenda)
    /// reads `plan` instead.
    pub(crate) fn with_words<R>(&self, f: impl FnOnce(&Plan) -> R) -> R {
        self.track_words();
        self.plan.with_untracked(f)
    }

    // Apart from `with_words`, which is copied for each caller's `f` (code at start is weighed).
    #[inline(never)]
    fn track_words(&self) {
        self.triggers.with_value(|t| t.words.track());
    }

    /// Tells the views of blocks that theirs may have changed: the one with `id` (a change of
    /// one node's state), or all (any other change, which also wakes what reads the plan's
    /// words).
    fn notify_blocks(&self, id: Option<&NodeId>) {
        self.triggers.with_value(|t| match id {
            Some(id) => t.blocks.get(id).into_iter().for_each(ArcTrigger::notify),
            None => {
                t.blocks.values().for_each(ArcTrigger::notify);
                t.words.notify();
            }
        });
    }

    /// Shows `plan`, setting the signals of the entries that changed first; returns
    /// the plan it replaces.
    fn set_plan(&self, plan: Plan) -> Plan {
        self.entries.update_value(|k| k.update(&plan));
        let before = std::mem::replace(&mut *self.plan.write(), plan);
        self.notify_blocks(None);
        before
    }

    /// The day everything date-dependent is computed for (the as-of day, or today).
    pub(crate) fn today(&self) -> NaiveDate {
        self.today.get()
    }

    /// The same, read without tracking.
    pub(crate) fn today_untracked(&self) -> NaiveDate {
        self.today.with_untracked(|d| *d)
    }

    /// Applies a change to the plan (`f` gets the plan and the time of the change, and says
    /// whether it changed anything); a change can be undone.
    pub(crate) fn change(&self, f: impl FnOnce(&mut Plan, Stamp) -> bool) {
        // One clone: the changed copy; the old value moves into the history.
        let mut after = self.plan.get_untracked();
        if f(&mut after, clock::stamp()) {
            let before = self.set_plan(after);
            self.history.update_value(|h| h.record(before));
            self.sync_history();
        }
    }

    /// Applies a change to the node `id` that touches nothing outside the block holding it (a
    /// tick, a measured value, a recorded decision), undoably: only that block is copied for
    /// undo, and only its entries are compared for the rows, so a tick costs the size of its
    /// week, not of the plan. A node in no block (a section) takes the path of [`Self::change`].
    pub(crate) fn change_in(&self, id: &NodeId, f: impl FnOnce(&mut Plan, Stamp) -> bool) {
        // The work is done once, not once per caller's closure (code at start is weighed).
        let mut f = Some(f);
        self.change_block_of(id, &mut |p, now| f.take().is_some_and(|f| f(p, now)));
    }

    fn change_block_of(&self, id: &NodeId, f: &mut dyn FnMut(&mut Plan, Stamp) -> bool) {
        let Some(((s, b), before)) = self.plan.with_untracked(|p| {
            let (s, b) = p.block_at(id)?;
            Some(((s, b), p.sections[s].blocks[b].clone()))
        }) else {
            return self.change(f);
        };
        let changed = self
            .plan
            .try_update_untracked(|p| f(p, clock::stamp()))
            .unwrap_or(false);
        if changed {
            self.plan.with_untracked(|p| {
                if let Some(after) = p.sections.get(s).and_then(|x| x.blocks.get(b)) {
                    self.entries
                        .update_value(|k| k.update_block(&before, after));
                }
            });
            self.plan.notify();
            self.notify_blocks(Some(before.id()));
            self.history
                .update_value(|h| h.record_block((s, b), before));
            self.sync_history();
        }
    }

    /// Replaces the whole plan (reschedule), undoably.
    pub(crate) fn replace(&self, plan: Plan) {
        let before = self.set_plan(plan);
        self.history.update_value(|h| h.record(before));
        self.sync_history();
    }

    /// Shows what following the plan's source made of it: not undoable (undo would put the plan
    /// behind the version of the source it follows), so the undo history starts again.
    pub(crate) fn follow_in(&self, plan: Plan) {
        self.history.set_value(History::default());
        self.set_plan(plan);
        self.sync_history();
    }

    /// Shows another plan: its own undo history starts empty.
    pub(crate) fn open(&self, plan: Plan) {
        self.history.set_value(History::default());
        // The notes of a file read earlier are not this plan's.
        self.report.set(ImportReport::default());
        self.set_plan(plan);
        self.sync_history();
    }

    /// Goes back one change, if there is one.
    pub(crate) fn undo(&self) {
        self.step(History::undo);
    }

    /// Goes forward one undone change, if there is one.
    pub(crate) fn redo(&self) {
        self.step(History::redo);
    }

    /// Undoes or redoes (`step`) in place, then sets the signals of the entries that changed
    /// and tells the views.
    fn step(&self, step: fn(&mut History, &mut Plan) -> bool) {
        let history = self.history;
        let stepped = self
            .plan
            .try_update_untracked(|p| history.try_update_value(|h| step(h, p)))
            .flatten()
            .unwrap_or(false);
        if stepped {
            self.plan
                .with_untracked(|p| self.entries.update_value(|k| k.update(p)));
            self.plan.notify();
            self.notify_blocks(None);
        }
        self.sync_history();
    }

    fn sync_history(&self) {
        self.can_undo
            .set(self.history.with_value(History::can_undo));
        self.can_redo
            .set(self.history.with_value(History::can_redo));
    }
}

/// What views track to follow a part of the plan rather than all of it, so that a tick wakes
/// what it can change and nothing else.
#[derive(Default)]
struct Triggers {
    /// One for each block a view shows, by the block's ID: notified when that block may have
    /// changed (every block after any change but one of one node's state, the one block of a
    /// change of one node), so that a tick wakes the view of its block, not of every block on
    /// the page. (One per block ID ever shown in this tab: a few thousand at most.)
    blocks: HashMap<NodeId, ArcTrigger>,
    /// Notified by every change but those of one node's state (a tick, a measured value, a
    /// recorded decision: [`AppState::change_in`]), which leave the plan's structure, words and
    /// dates as they were: what [`AppState::with_words`] reads.
    words: ArcTrigger,
}

/// The app state provided at the root.
pub(crate) fn use_app_state() -> AppState {
    super::root::use_root().state
}

/// What the find box and filters ask for.
#[derive(Clone, Copy)]
pub(crate) struct Filter {
    /// What the find box holds, as typed (set with [`Filter::set_query`]).
    query: RwSignal<String>,
    /// The same trimmed and lowercased, once per change (not once per row it is tested on).
    lowered: RwSignal<String>,
    pub open_only: RwSignal<bool>,
    pub overdue_only: RwSignal<bool>,
}

impl Filter {
    pub(crate) fn new() -> Filter {
        Filter {
            query: RwSignal::new(String::new()),
            lowered: RwSignal::new(String::new()),
            open_only: RwSignal::new(false),
            overdue_only: RwSignal::new(false),
        }
    }

    /// What the find box holds, as typed (tracked).
    pub(crate) fn query(&self) -> String {
        self.query.get()
    }

    /// Sets what the find box holds.
    pub(crate) fn set_query(&self, text: String) {
        self.lowered.set(lowercase(text.trim()));
        self.query.set(text);
    }

    /// Whether find or a filter is on (tracked).
    pub(crate) fn is_active(&self) -> bool {
        !self.lowered.with(String::is_empty) || self.open_only.get() || self.overdue_only.get()
    }

    /// Whether an entry with this text, state and date passes the filters on `today`.
    pub(crate) fn shows_on(
        &self,
        text: &str,
        done: bool,
        due: Option<NaiveDate>,
        today: NaiveDate,
    ) -> bool {
        let overdue = Status::of(done, due, today) == Status::Overdue;
        self.shows(text, done, overdue)
    }

    /// Whether an entry with this text and state passes the filters.
    fn shows(&self, text: &str, done: bool, overdue: bool) -> bool {
        self.lowered
            .with(|query| query.is_empty() || lowercase(text).contains(query.as_str()))
            && (!self.open_only.get() || !done)
            && (!self.overdue_only.get() || overdue)
    }
}

/// `text` lowercased as Unicode defines it (what `str::to_lowercase` gives: "ÉTÉ" → "été"). In
/// the browser, text that is not ASCII is lowercased by the browser (`String.toLowerCase`): std's
/// case tables and the code that reads them would otherwise load at start for the find box alone
/// (with the file name's stem, now in the exporters' chunk, 6 KB of gzip).
fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    #[cfg(target_arch = "wasm32")]
    return js_sys::JsString::from(text).to_lower_case().into();
    #[cfg(not(target_arch = "wasm32"))]
    text.to_lowercase()
}

/// The find box and filters provided at the root.
pub(crate) fn use_filter() -> Filter {
    super::root::use_root().filter
}

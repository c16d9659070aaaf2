//! Which checklist items name a decision point, as the views at start ask it (the header's next
//! decision, the timeline's marks). The gate words' code (`schedule::gates::is_gate`, 7.4 KB of
//! gzip) comes with the plan reader's chunk, which the paths that show another plan load first:
//! a stored plan (a returning visit waits for it), an import, the library, a link, another
//! tab's save. Until then the default plan's answers, made at build time, serve. A text they do
//! not know (an item renamed on a first visit, the items of a blank plan) is answered "no" for
//! the moment, fetches the reader, and is asked again when the reader comes, by whichever path.

use launchplan_core::default_plan::default_plan_gates;
use launchplan_core::plan::Plan;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

thread_local! {
    /// The default plan's answers (see [`know_the_default`]).
    static DEFAULT: RefCell<HashMap<String, bool>> = RefCell::new(HashMap::new());
    /// Whether this module has a fetch of the reader in flight.
    static FETCHING: Cell<bool> = const { Cell::new(false) };
}

/// Keeps the default plan's answers, for a page that starts without the reader (`default` is the
/// default plan as the app decoded it).
pub(crate) fn know_the_default(default: &Plan) {
    if crate::storage::reader::loaded().is_none() {
        DEFAULT.with(|d| *d.borrow_mut() = default_plan_gates(default));
    }
}

/// Whether `text` names a decision point, or None while that is not known yet (an answer for
/// the moment, asked in a reactive context, is asked again once the reader is loaded).
pub(crate) fn answer(text: &str) -> Option<bool> {
    use crate::storage::reader;
    if let Some(reader) = reader::loaded() {
        return Some((reader.is_gate)(text));
    }
    let known = DEFAULT.with(|d| d.borrow().get(text).copied());
    if known.is_none() {
        reader::track_arrival();
        if !FETCHING.with(|f| f.replace(true)) {
            wasm_bindgen_futures::spawn_local(async {
                // (After a failure, the next answer not known tries again.)
                let _ = reader::load().await;
                FETCHING.with(|f| f.set(false));
            });
        }
    }
    known
}

/// [`answer`], "no" for the moment when it is not known yet.
pub(crate) fn is_gate(text: &str) -> bool {
    answer(text).unwrap_or(false)
}

//! Which checklist items name a decision point, as the views at start ask it (the header's next
//! decision, the timeline's marks). The gate words' code (`schedule::gates::is_gate`, 7.5 KB of
//! gzip) comes with the plan reader's chunk, which every path that shows a plan other than the
//! default one loads first: a stored plan, an import, a link, another tab's save. Until then
//! the default plan's answers, made at build time, serve. A text they do not know (an item
//! edited on a first visit) is answered "no" for the moment, fetches the reader, and is asked
//! again when it comes.

use launchplan_core::default_plan::default_plan_gates;
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    /// The default plan's answers, read when first asked.
    static DEFAULT: RefCell<Option<HashMap<String, bool>>> = const { RefCell::new(None) };
    /// What an answer for the moment tracks: notified when the reader comes.
    static WAITING: RefCell<Option<ArcTrigger>> = const { RefCell::new(None) };
}

/// Whether `text` names a decision point, or None while that is not known yet (an answer for
/// the moment asked in a reactive context is asked again once it is).
pub(crate) fn answer(text: &str) -> Option<bool> {
    if let Some(reader) = crate::storage::reader::loaded() {
        return Some((reader.is_gate)(text));
    }
    let known = DEFAULT.with(|d| {
        d.borrow_mut()
            .get_or_insert_with(default_plan_gates)
            .get(text)
            .copied()
    });
    if known.is_none() {
        wait_for_reader();
    }
    known
}

/// [`answer`], "no" for the moment when it is not known yet.
pub(crate) fn is_gate(text: &str) -> bool {
    answer(text).unwrap_or(false)
}

/// Fetches the reader, once for all the answers waiting for it, and tracks its coming.
fn wait_for_reader() {
    let trigger = WAITING.with(|w| {
        w.borrow_mut()
            .get_or_insert_with(|| {
                let trigger = ArcTrigger::new();
                let coming = trigger.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = crate::storage::reader::load().await.is_ok();
                    // (After a failure, the next answer not known tries again.)
                    WAITING.with(|w| w.borrow_mut().take());
                    if loaded {
                        coming.notify();
                    }
                });
                trigger
            })
            .clone()
    });
    trigger.track();
}

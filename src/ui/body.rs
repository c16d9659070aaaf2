//! The plan's body: the view of every block (checklists, decisions, metrics, risks,
//! contingencies, communication) is a wasm chunk of its own, fetched when the sections' box
//! first comes within a screen of the visible part of the page, or earlier when find, a filter,
//! a link to an entry, Tab or printing needs it. On a phone the body starts a few screens down,
//! below the header, timeline and agenda, so a first visit is live without it; until it comes,
//! each block shows its stand-in (its heading, at about its height; see `deferred.rs`). A chunk
//! that does not load is said once, the stand-ins say so too, and the next scroll (two seconds
//! on at the earliest), find or link tries again.

use super::chunk::ChunkUnavailable;
use super::reactive::Held;
use super::sections::{block_view, Kind};
use super::state::AppState;
use launchplan_core::plan::NodeId;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{IntersectionObserver, IntersectionObserverEntry};

/// How near the visible part of the page a section must come for the body to be fetched: one
/// screen below it (a screen of scrolling ahead of the reader).
const NEAR: &str = "0px 0px 100% 0px";

/// How long after a failed fetch the next may start (milliseconds).
const RETRY_AFTER_MS: f64 = 2_000.0;

/// Milliseconds since the page's start (`performance.now()`).
fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// What the chunk is called when it cannot be loaded.
const SECTIONS: &str = "The plan's sections";

/// Where the block views are once their chunk has come (provided by the app's root).
#[derive(Clone, Copy)]
pub(crate) struct Body {
    views: Held<Option<BlockViews>>,
    state: AppState,
    observer: StoredValue<Option<IntersectionObserver>, LocalStorage>,
    /// The element watched (the sections' box), to watch again after a failed fetch.
    watched: StoredValue<Option<web_sys::Element>, LocalStorage>,
    /// While a fetch is on its way, what runs when it ends (told whether it came).
    waiting: StoredValue<Option<Waiters>, LocalStorage>,
    /// Since the last fetch failed (until one comes): when, and the scroll listener that watches
    /// the sections again.
    failed: StoredValue<Option<Failed>, LocalStorage>,
    /// Whether the last fetch failed (tracked: the stand-ins say so).
    failing: RwSignal<bool>,
}

/// A failed fetch of the views.
struct Failed {
    /// When it failed (`performance.now()`).
    at: f64,
    /// The scroll listener that watches the sections again.
    retry: WindowListenerHandle,
}

/// What runs when a fetch of the views ends, told whether they came.
type Waiters = Vec<Box<dyn FnOnce(bool)>>;

/// The chunk's views.
#[derive(Clone, Copy)]
pub(crate) struct BlockViews {
    /// The view of the block `id` of kind `kind`.
    block: fn(NodeId, Kind) -> AnyView,
    /// The view of a plan's or a section's notes (`prose::notes_view`).
    notes: fn(Signal<Vec<String>>) -> AnyView,
}

impl Body {
    /// The body's views for the page (provided with the root's handles, `root.rs`); they are
    /// fetched when first needed.
    pub(crate) fn new(state: AppState) -> Body {
        let body = Body {
            views: Held::new(None),
            state,
            observer: StoredValue::new_local(None),
            watched: StoredValue::new_local(None),
            waiting: StoredValue::new_local(None),
            failed: StoredValue::new_local(None),
            failing: RwSignal::new(false),
        };
        body.observer.set_value(body.new_observer());
        on_cleanup(move || {
            body.observer
                .try_with_value(|o| o.as_ref().map(IntersectionObserver::disconnect));
            body.stop_retrying();
        });
        body
    }

    /// Whether the views have come (tracked: a block waiting for them renders when they come).
    pub(crate) fn loaded(self) -> bool {
        self.views.with(Option::is_some)
    }

    /// Whether the last fetch of the views failed (tracked).
    pub(crate) fn failing(self) -> bool {
        self.failing.get()
    }

    /// Whether the views have come, not tracked.
    pub(crate) fn loaded_untracked(self) -> bool {
        self.views.with_untracked(Option::is_some)
    }

    /// The view of the block `id` of kind `kind`, once the views have come.
    pub(crate) fn block(self, id: NodeId, kind: Kind) -> Option<AnyView> {
        let views = self.views.get_untracked()?;
        Some((views.block)(id, kind))
    }

    /// The view of `notes` (a plan's or a section's), once the views have come (tracked: built
    /// when they come).
    pub(crate) fn notes(self, notes: Signal<Vec<String>>) -> Option<AnyView> {
        let views = self.views.get()?;
        Some((views.notes)(notes))
    }

    /// Fetches the body when `element` (the sections' box) comes near the visible part of the
    /// page.
    pub(crate) fn watch(self, element: web_sys::Element) {
        if self.loaded_untracked() {
            return;
        }
        let watched = self
            .observer
            .try_with_value(|o| o.as_ref().map(|o| o.observe(&element)).is_some())
            .unwrap_or(false);
        self.watched.set_value(Some(element));
        // A browser without an observer fetches the body at once.
        if !watched {
            self.load(|| ());
        }
    }

    /// Runs `then` once the views have come: at once when they have, else after fetching them.
    /// When the chunk cannot be loaded, says so and drops `then`; the next need tries again.
    pub(crate) fn load(self, then: impl FnOnce() + 'static) {
        self.load_then(move |came| {
            if came {
                then();
            }
        });
    }

    /// Runs `then` once a fetch of the views has ended, told whether they came (at once, told
    /// yes, when they are here). One fetch at a time: a need while one is on its way waits for
    /// it. After a failure, no new fetch for [`RETRY_AFTER_MS`] (a need then is told no at once):
    /// offline, a failure comes back within milliseconds and the page would ask again and again.
    pub(crate) fn load_then(self, then: impl FnOnce(bool) + 'static) {
        if self.loaded_untracked() {
            then(true);
            return;
        }
        let recent = self
            .failed
            .try_with_value(|f| f.as_ref().is_some_and(|f| now() - f.at < RETRY_AFTER_MS))
            .unwrap_or(true);
        if recent {
            then(false);
            return;
        }
        let first = self.waiting.with_value(Option::is_none);
        self.waiting
            .update_value(|w| w.get_or_insert_with(Vec::new).push(Box::new(then)));
        if !first {
            return;
        }
        leptos::task::spawn_local(async move {
            let result = block_views().await;
            // The page was taken down meanwhile: nothing is left to run.
            let Some(waiting) = self.waiting.try_update_value(Option::take) else {
                return;
            };
            let came = match result {
                Ok(views) => {
                    self.views.set(Some(views));
                    self.observer
                        .try_with_value(|o| o.as_ref().map(IntersectionObserver::disconnect));
                    // A failure said before is over.
                    self.stop_retrying();
                    self.failing.set(false);
                    let said = Some(super::chunk::not_loaded(SECTIONS));
                    if self.state.alert.with_untracked(|a| *a == said) {
                        self.state.alert.set(None);
                    }
                    true
                }
                Err(_) => {
                    self.failed_now();
                    false
                }
            };
            for then in waiting.unwrap_or_default() {
                then(came);
            }
        });
    }

    /// A fetch failed: said the first time since the last success (and only where no other
    /// message would be overwritten), and from [`RETRY_AFTER_MS`] on, the next scroll watches
    /// the sections again (which tells at once whether they are near).
    fn failed_now(self) {
        self.failing.set(true);
        let first = self.stop_retrying();
        if first {
            let said = Some(super::chunk::not_loaded(SECTIONS));
            let free = self
                .state
                .alert
                .with_untracked(|a| a.is_none() || *a == said);
            if free {
                self.state.alert.set(said);
            }
        }
        let at = now();
        let retry = window_event_listener(leptos::ev::scroll, move |_| {
            if now() - at < RETRY_AFTER_MS || self.loaded_untracked() {
                return;
            }
            let element = self.watched.try_get_value().flatten();
            self.observer.try_with_value(|o| {
                if let (Some(o), Some(element)) = (o, element) {
                    o.unobserve(&element);
                    o.observe(&element);
                }
            });
        });
        self.failed.set_value(Some(Failed { at, retry }));
    }

    /// Forgets a failure (removing its scroll listener); true when there was none.
    fn stop_retrying(self) -> bool {
        match self.failed.try_update_value(Option::take).flatten() {
            Some(failed) => {
                failed.retry.remove();
                false
            }
            None => true,
        }
    }

    /// The observer that fetches the body when the sections come near (None where the browser has
    /// none).
    fn new_observer(self) -> Option<IntersectionObserver> {
        let seen = Closure::<dyn Fn(js_sys::Array, IntersectionObserver)>::new(
            move |entries: js_sys::Array, _: IntersectionObserver| {
                let near = entries.iter().any(|entry| {
                    entry
                        .unchecked_into::<IntersectionObserverEntry>()
                        .is_intersecting()
                });
                if near {
                    self.load(|| ());
                }
            },
        );
        super::deferred::near_observer(NEAR, seen)
    }
}

/// The root's body views.
pub(crate) fn use_body() -> Body {
    super::root::use_root().body
}

/// The chunk's one entry: the function that builds each block's view.
#[leptos::wasm_split::wasm_split(plan_body, wasm_split_path = ::leptos::wasm_split, fallible)]
fn block_views() -> Result<BlockViews, ChunkUnavailable> {
    Ok(BlockViews {
        block: block_view,
        notes: |notes| super::prose::notes_view(notes).into_any(),
    })
}

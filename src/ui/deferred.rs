//! Big plans show at once and stay quick: the first screenfuls of rows render with the page, and
//! every further block renders when it comes near the screen (an `IntersectionObserver` a
//! screen ahead of the scroll), so a 10,000-item plan keeps only what was seen in the page.
//! Printing, find, the filters and links to a day render whatever is still waiting, at once.

use super::state::AppState;
use leptos::prelude::*;
use std::collections::HashMap;
use std::time::Duration;
use wasm_bindgen::prelude::*;

use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

/// Plans of at most this many checklist entries render whole, at once (BillingOS has 72).
const WHOLE_UP_TO: usize = 300;
/// Rows a bigger plan renders in the same task as the page (or its opening) before blocks
/// wait: the plan starts below the header, timeline and agenda, so this fills a tall screen.
const ROWS_AT_ONCE: usize = 40;
/// How far ahead of the screen a waiting block starts rendering: a screen or two of scrolling.
const AHEAD: &str = "1500px 0px";
/// The attribute that ties a placeholder to its ticket.
const TICKET: &str = "data-deferred";

/// The blocks waiting to render by ticket, and how many rows this task has rendered.
#[derive(Clone, Copy)]
pub struct Deferred {
    state: AppState,
    waiting: StoredValue<HashMap<u32, RwSignal<bool>>>,
    next_ticket: StoredValue<u32>,
    /// Rows rendered in this task, and how many may be (None until the first claim of a task).
    rows: StoredValue<Option<(usize, usize)>>,
    observer: StoredValue<Option<IntersectionObserver>, LocalStorage>,
}

impl Deferred {
    /// Provides it at the root and renders everything when the user prints or follows a link.
    pub fn provide(state: AppState) -> Deferred {
        let deferred = Deferred {
            state,
            waiting: StoredValue::new(HashMap::new()),
            next_ticket: StoredValue::new(0),
            rows: StoredValue::new(None),
            observer: StoredValue::new_local(None),
        };
        deferred.observer.set_value(deferred.new_observer());
        provide_context(deferred);
        let print = window_event_listener(leptos::ev::beforeprint, move |_| deferred.render_all());
        // A link to a day that was still waiting: render it, then go there.
        let link = window_event_listener(leptos::ev::hashchange, move |_| {
            deferred.render_all();
            request_animation_frame(scroll_to_target);
        });
        // Opened at a day's address: render everything before the first paint ends.
        if window().location().hash().is_ok_and(|h| h.len() > 1) {
            set_timeout(
                move || {
                    deferred.render_all();
                    request_animation_frame(scroll_to_target);
                },
                Duration::ZERO,
            );
        }
        on_cleanup(move || {
            print.remove();
            link.remove();
            deferred
                .observer
                .with_value(|o| o.as_ref().map(|o| o.disconnect()));
        });
        deferred
    }

    /// The observer that renders a waiting block as it nears the screen (None where the browser
    /// has none: then blocks render right after the page instead).
    fn new_observer(self) -> Option<IntersectionObserver> {
        let seen = Closure::<dyn Fn(js_sys::Array, IntersectionObserver)>::new(
            move |entries: js_sys::Array, observer: IntersectionObserver| {
                for entry in entries.iter() {
                    let entry: IntersectionObserverEntry = entry.unchecked_into();
                    if entry.is_intersecting() {
                        let target = entry.target();
                        observer.unobserve(&target);
                        if let Some(ticket) = target
                            .get_attribute(TICKET)
                            .and_then(|t| t.parse::<u32>().ok())
                        {
                            self.render(ticket);
                        }
                    }
                }
            },
        );
        let options = IntersectionObserverInit::new();
        options.set_root_margin(AHEAD);
        let observer =
            IntersectionObserver::new_with_options(seen.as_ref().unchecked_ref(), &options).ok();
        // One observer for the page's life.
        seen.forget();
        observer
    }

    /// Whether a block of `rows` rows renders now; if not, a ticket for its placeholder
    /// ([`Deferred::placeholder`]), whose signal turns true when it nears the screen.
    pub fn claim(self, rows: usize) -> (RwSignal<bool>, Option<u32>) {
        let (used, allowed) = self.rows.get_value().unwrap_or_else(|| {
            // The count is for this task only.
            set_timeout(move || self.rows.set_value(None), Duration::ZERO);
            let entries = self
                .state
                .plan
                .with_untracked(|p| p.counts().checklist_items);
            (
                0,
                if entries <= WHOLE_UP_TO {
                    usize::MAX
                } else {
                    ROWS_AT_ONCE
                },
            )
        });
        if used < allowed {
            self.rows.set_value(Some((used + rows, allowed)));
            return (RwSignal::new(true), None);
        }
        let ready = RwSignal::new(false);
        let ticket = self.next_ticket.get_value();
        self.next_ticket.set_value(ticket.wrapping_add(1));
        self.waiting.update_value(|w| {
            w.insert(ticket, ready);
        });
        (ready, Some(ticket))
    }

    /// The stand-in for a waiting block, about as tall as the block will be, watched from the
    /// moment it is in the page.
    pub fn placeholder(self, ticket: u32, rows: usize) -> impl IntoView {
        // 2.2rem a row, in tenths (float formatting would add kilobytes to the wasm).
        let tenths = rows * 22;
        let height = format!("{}.{}rem", tenths / 10, tenths % 10);
        let element = NodeRef::<leptos::html::Div>::new();
        element.on_load(move |element| {
            let watched = self
                .observer
                .with_value(|observer| observer.as_ref().map(|o| o.observe(&element)).is_some());
            if !watched {
                self.render(ticket);
            }
        });
        view! { <div class="block deferred" data-deferred=ticket.to_string() style:height=height node_ref=element></div> }
    }

    /// Renders the block with `ticket`, if it still waits.
    fn render(self, ticket: u32) {
        if let Some(ready) = self
            .waiting
            .try_update_value(|w| w.remove(&ticket))
            .flatten()
        {
            // The block may be gone (its plan closed) before its turn.
            ready.try_set(true);
        }
    }

    /// Renders every block still waiting, now.
    pub fn render_all(self) {
        self.observer
            .with_value(|o| o.as_ref().map(IntersectionObserver::disconnect));
        for (_, ready) in self
            .waiting
            .try_update_value(std::mem::take)
            .unwrap_or_default()
        {
            ready.try_set(true);
        }
    }
}

/// Scrolls to the element the address names, once it exists.
fn scroll_to_target() {
    let hash = window().location().hash().unwrap_or_default();
    if let Some(target) = hash
        .strip_prefix('#')
        .and_then(|id| document().get_element_by_id(id))
    {
        target.scroll_into_view();
    }
}

/// The root's deferred rendering.
pub fn use_deferred() -> Deferred {
    use_context::<Deferred>().unwrap_or_else(|| {
        panic!("Deferred is provided by App; a component was mounted outside it")
    })
}

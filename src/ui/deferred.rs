//! Big plans show at once: the first screenfuls of rows render with the page, and the further
//! blocks render a screenful a task right after, so the browser paints and answers input in
//! between. Everything is rendered before anyone can need it: printing, find,
//! the filters and links to a day render what is still waiting, at once.

use leptos::prelude::*;
use std::time::Duration;

/// Rows rendered in the same task as the page (or the plan just opened) before blocks wait:
/// more than a tall screen shows (BillingOS renders whole at once).
const ROWS_AT_ONCE: usize = 150;
/// Rows each later task renders: big enough that a 10,000-item plan is whole within seconds
/// (every task ends in a layout of the whole page), small enough to answer input in between.
const ROWS_A_TASK: usize = 1_000;

/// The groups waiting to render, and how many rows this task has rendered.
#[derive(Clone, Copy)]
pub struct Deferred {
    waiting: StoredValue<Vec<(RwSignal<bool>, usize)>>,
    rows: StoredValue<usize>,
}

impl Deferred {
    /// Provides it at the root and renders everything when the user prints or follows a link.
    pub fn provide() -> Deferred {
        let deferred = Deferred {
            waiting: StoredValue::new(Vec::new()),
            rows: StoredValue::new(0),
        };
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
        });
        deferred
    }

    /// Whether a group of `rows` rows renders now; if not, the signal turns true in a later
    /// task, one group a task, in the order they asked.
    pub fn claim(self, rows: usize) -> RwSignal<bool> {
        let used = self.rows.get_value();
        if used == 0 {
            // The count is for this task only.
            set_timeout(move || self.rows.set_value(0), Duration::ZERO);
        }
        if used < ROWS_AT_ONCE {
            self.rows.set_value(used + rows);
            return RwSignal::new(true);
        }
        let ready = RwSignal::new(false);
        let first = self.waiting.with_value(Vec::is_empty);
        self.waiting.update_value(|w| w.push((ready, rows)));
        if first {
            set_timeout(move || self.next(), Duration::ZERO);
        }
        ready
    }

    /// Renders the next waiting blocks, about [`ROWS_A_TASK`] rows, and comes back for the rest
    /// in a task of its own.
    fn next(self) {
        let batch = self
            .waiting
            .try_update_value(|w| {
                let mut rows = 0;
                let take = w
                    .iter()
                    .take_while(|(_, n)| {
                        let more = rows < ROWS_A_TASK;
                        rows += n;
                        more
                    })
                    .count();
                w.drain(..take).collect::<Vec<_>>()
            })
            .unwrap_or_default();
        for (ready, _) in batch {
            // The block may be gone (its plan closed) before its turn.
            ready.try_set(true);
        }
        // On a 10,000-item page the tasks come about a second apart (the browser is drawing the
        // page; a batch a frame was slower still), so batches are large.
        if self.waiting.with_value(|w| !w.is_empty()) {
            set_timeout(move || self.next(), Duration::ZERO);
        }
    }

    /// Renders every group still waiting, now.
    pub fn render_all(self) {
        for (ready, _) in self
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

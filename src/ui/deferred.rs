//! Big plans show at once and stay quick: the first screenfuls of rows render with the page, and
//! every further block renders when it comes near the screen (an `IntersectionObserver`
//! 1,500 px ahead of the scroll), so a 10,000-item plan keeps only what was seen in the page.
//! Find and the filters shrink each waiting block to its matching rows, so the blocks with
//! matches come near the screen and render. A link to a day or an entry renders the block that
//! holds it. Printing renders whatever is still waiting, at once.
//!
//! Every block, of any plan, also waits for the body's chunk (`body.rs`), with the same stand-in.

use super::body::Body;
use super::reactive::{Derived, Kept};
use super::state::{use_filter, AppState, Filter};
use launchplan_core::plan::{Block, NodeId, NodeRef as PlanNode};
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::prelude::*;

use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

/// Plans of at most this many checklist entries render whole, at once (BillingOS has 72).
const WHOLE_UP_TO: usize = 300;

/// Whether a plan of `entries` checklist entries is a big plan: too big to render whole, so its
/// blocks wait as stand-ins and (the `big-plan` class, see style/main.css) its weeks, days and
/// blocks are laid out only near the screen.
pub(crate) fn is_big_plan(entries: usize) -> bool {
    entries > WHOLE_UP_TO
}
/// Rows a bigger plan renders in the same task as the page (or its opening) before blocks
/// wait: the plan starts below the header, timeline and agenda, so this fills a tall screen.
const ROWS_AT_ONCE: usize = 40;
/// How far ahead of the screen a waiting block starts rendering: a screen or two of scrolling.
const AHEAD: &str = "1500px 0px";
/// Rows find and the filters render at once, in the first waiting blocks that hold matches; the
/// blocks after those render as they near the screen.
const FIND_ROWS_AT_ONCE: usize = 400;
/// The attribute that ties a placeholder to its ticket.
const TICKET: &str = "data-deferred";

/// A block waiting to render: its ticket, its signal and its ID.
struct Waiting {
    ticket: u32,
    ready: RwSignal<bool>,
    block: NodeId,
}

/// The blocks waiting to render by ticket, and how many rows this task has rendered.
#[derive(Clone, Copy)]
pub(crate) struct Deferred {
    state: AppState,
    /// The block views' chunk, which every block waits for too.
    body: Body,
    waiting: Kept<Vec<Waiting>>,
    next_ticket: Kept<u32>,
    /// Rows rendered in this task (None until the first claim of a task).
    rows: Kept<Option<usize>>,
    observer: StoredValue<Option<IntersectionObserver>, LocalStorage>,
}

impl Deferred {
    /// Provides it at the root: renders matching blocks for find and the filters, the block a
    /// link names, and everything when the user prints.
    pub(crate) fn provide(state: AppState, body: Body) -> Deferred {
        let deferred = Deferred {
            state,
            body,
            waiting: Kept::new(Vec::new()),
            next_ticket: Kept::new(0),
            rows: Kept::new(None),
            observer: StoredValue::new_local(None),
        };
        deferred.observer.set_value(deferred.new_observer());
        provide_context(deferred);
        // Find or a filter: the first waiting blocks that hold matches render now.
        let filter = use_filter();
        super::reactive::effect(move || {
            if filter.is_active() {
                body.load(|| ());
                for ticket in deferred.first_with_matches(filter) {
                    deferred.render(ticket);
                }
            }
        });
        let print = window_event_listener(leptos::ev::beforeprint, move |_| {
            // Printing cannot wait: without the body's chunk the stand-ins print (with their
            // headings), and the chunk is fetched for the next print. Ctrl/Cmd+P waits for it.
            body.load(|| ());
            deferred.render_all();
        });
        // Ctrl/Cmd+P before the body has come: fetched first, then printed (with the stand-ins
        // if it cannot be loaded). A second press while it comes is the browser's own (a fetch
        // that stalls never keeps the page from printing).
        let printing = std::rc::Rc::new(std::cell::Cell::new(false));
        let print_key = window_event_listener(leptos::ev::keydown, move |ev| {
            let command = (ev.ctrl_key() || ev.meta_key()) && !ev.shift_key() && !ev.alt_key();
            if command
                && ev.key().eq_ignore_ascii_case("p")
                && !body.loaded_untracked()
                && !printing.get()
            {
                ev.prevent_default();
                printing.set(true);
                let printing = printing.clone();
                body.load_then(move |_| {
                    deferred.render_all();
                    request_animation_frame(move || {
                        printing.set(false);
                        let _ = window().print();
                    });
                });
            }
        });
        // A link to a day or an entry that was still waiting: render its block, then go there.
        let link = window_event_listener(leptos::ev::hashchange, move |_| deferred.go_to_link());
        // Opened at such an address: the same, once the page is built.
        if window().location().hash().is_ok_and(|h| h.len() > 1) {
            set_timeout(move || deferred.go_to_link(), Duration::ZERO);
        }
        on_cleanup(move || {
            print.remove();
            print_key.remove();
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
        near_observer(AHEAD, seen)
    }

    /// Whether a block of `rows` rows renders now; if not, a ticket for its placeholder
    /// ([`Deferred::placeholder`]), whose signal turns true when it nears the screen.
    pub(crate) fn claim(self, rows: usize, block: &NodeId) -> (RwSignal<bool>, Option<u32>) {
        let used = self.rows.get_value().unwrap_or_else(|| {
            // The count is for this task only.
            set_timeout(move || self.rows.set_value(None), Duration::ZERO);
            0
        });
        // Counted over blocks and days, not entries: cheap enough for every block.
        let entries = self
            .state
            .plan
            .with_untracked(|p| p.counts().checklist_items);
        let allowed = if !is_big_plan(entries) {
            usize::MAX
        } else {
            ROWS_AT_ONCE
        };
        if used < allowed {
            self.rows.set_value(Some(used + rows));
            return (RwSignal::new(true), None);
        }
        let ready = RwSignal::new(false);
        let ticket = self.next_ticket.get_value();
        self.next_ticket.set_value(ticket.wrapping_add(1));
        self.waiting.update_value(|w| {
            w.push(Waiting {
                ticket,
                ready,
                block: block.clone(),
            })
        });
        // The block's view goes (deleted, or another plan shown) before it rendered.
        on_cleanup(move || {
            self.forget(ticket);
        });
        (ready, Some(ticket))
    }

    /// The stand-in for the waiting block `block` of `rows` rows, about as tall as the block
    /// will be. A block with a ticket (a big plan's) is watched from the moment it is in the
    /// page; one without waits only for the body's chunk (body.rs). While find or a filter is on, it is
    /// as tall as the rows that match (and gone when none does), so the blocks that hold matches
    /// come near the screen and render, and the rest never need to.
    /// Its heading is there already, so a screen reader's list of headings holds every block.
    pub(crate) fn placeholder(
        self,
        ticket: Option<u32>,
        rows: usize,
        block: NodeId,
        title: String,
    ) -> impl IntoView {
        let filter = use_filter();
        let state = self.state;
        let block_id = block.to_string();
        // In tenths of a rem: 2.2rem a row, 3rem for the headings of a block that shows few.
        let tenths = Derived::new(move || {
            if !filter.is_active() {
                return rows * 22;
            }
            let today = state.today();
            let matching = state.plan.with(|p| {
                p.blocks()
                    .find(|b| b.id() == &block)
                    .map_or(0, |b| matching_rows(b, filter, today))
            });
            if matching == 0 {
                0
            } else {
                matching * 22 + 30
            }
        });
        // Written without float formatting, which would add kilobytes to the wasm.
        let height = move || {
            let t = tenths.get();
            format!("{}.{}rem", t / 10, t % 10)
        };
        let element = NodeRef::<leptos::html::Div>::new();
        super::reactive::on_load(element, move |element| {
            let Some(ticket) = ticket else { return };
            let watched = self
                .observer
                .with_value(|observer| observer.as_ref().map(|o| o.observe(&element)).is_some());
            if !watched {
                self.render(ticket);
            }
        });
        let body = self.body;
        // Tab reaches a waiting block through its stand-in (viewing mode has no other stop
        // between blocks): focusing it renders the block and hands focus to its first row.
        let on_focus = move |_| {
            if let Some(ticket) = ticket {
                self.render(ticket);
            }
            let block_id = block_id.clone();
            // The block renders in the reactive system's next turns (microtasks, not timers):
            // wait for its first row, a few turns at most.
            body.load(move || {
                leptos::task::spawn_local(async move {
                    for _ in 0..20 {
                        if let Some(block) = document().get_element_by_id(&block_id) {
                            focus_first_in(block);
                            return;
                        }
                        let turn = js_sys::Promise::resolve(&JsValue::NULL);
                        let _ = wasm_bindgen_futures::JsFuture::from(turn).await;
                    }
                })
            });
        };
        view! {
            <div
                class="block deferred"
                class:no-match=move || tenths.get() == 0
                data-deferred=ticket.map(|t| t.to_string())
                style:height=height
                tabindex="0"
                aria-busy="true"
                on:focus=on_focus
                node_ref=element
            >
                <h3>{title}</h3>
            </div>
        }
    }

    /// The tickets of the waiting blocks among the first blocks, in page order, that hold rows
    /// passing `filter`: about [`FIND_ROWS_AT_ONCE`] rows of them, counting those already
    /// rendered (so each keystroke does not render more). The plan is read untracked: a tick
    /// under "Open only" does not render more either.
    fn first_with_matches(self, filter: Filter) -> Vec<u32> {
        let today = self.state.today_untracked();
        self.state.plan.with_untracked(|p| {
            self.waiting.with_value(|waiting| {
                let mut rows = 0;
                let mut out = Vec::new();
                for block in p.blocks() {
                    if rows >= FIND_ROWS_AT_ONCE {
                        break;
                    }
                    if matching_rows(block, filter, today) == 0 {
                        continue;
                    }
                    rows += weight(block);
                    if let Some(w) = waiting.iter().find(|w| &w.block == block.id()) {
                        out.push(w.ticket);
                    }
                }
                out
            })
        })
    }

    /// Goes to the node the address names: once the body's chunk has come when a block holds it
    /// (any other address, `#main` or a share link, does not fetch it).
    fn go_to_link(self) {
        let hash = window().location().hash().unwrap_or_default();
        let target = hash.strip_prefix('#').unwrap_or_default();
        let in_a_block = !target.is_empty()
            && self
                .state
                .plan
                .with_untracked(|p| p.blocks().any(|b| holds(b, target)));
        if in_a_block {
            // Failed, it still goes to the block's stand-in.
            self.body.load_then(move |_| self.follow_link());
        } else {
            self.follow_link();
        }
    }

    /// Renders the waiting block that holds the node the address names (if one does), then
    /// scrolls to that node. The blocks around it render as they come near the screen.
    fn follow_link(self) {
        let hash = window().location().hash().unwrap_or_default();
        let Some(target) = hash.strip_prefix('#').filter(|t| !t.is_empty()) else {
            return;
        };
        let ticket = self.state.plan.with_untracked(|p| {
            self.waiting.with_value(|waiting| {
                waiting.iter().find_map(|w| {
                    p.blocks()
                        .find(|b| b.id() == &w.block)
                        .is_some_and(|b| holds(b, target))
                        .then_some(w.ticket)
                })
            })
        });
        if let Some(ticket) = ticket {
            self.render(ticket);
        }
        request_animation_frame(scroll_to_target);
    }

    /// Renders the block with `ticket`, if it still waits.
    fn render(self, ticket: u32) {
        if let Some(waiting) = self.forget(ticket) {
            // The block may be gone (its plan closed) before its turn.
            waiting.ready.try_set(true);
        }
    }

    /// Stops waiting for the block with `ticket`: no longer watched, no longer listed.
    fn forget(self, ticket: u32) -> Option<Waiting> {
        if let Ok(Some(placeholder)) =
            document().query_selector(&format!("[{TICKET}=\"{ticket}\"]"))
        {
            self.observer
                .try_with_value(|o| o.as_ref().map(|o| o.unobserve(&placeholder)));
        }
        self.waiting
            .try_update_value(|w| {
                let at = w.iter().position(|w| w.ticket == ticket)?;
                Some(w.remove(at))
            })
            .flatten()
    }

    /// Renders every block still waiting, now.
    pub(crate) fn render_all(self) {
        self.observer
            .with_value(|o| o.as_ref().map(IntersectionObserver::disconnect));
        for waiting in self
            .waiting
            .try_update_value(std::mem::take)
            .unwrap_or_default()
        {
            waiting.ready.try_set(true);
        }
    }
}

/// An observer that calls `seen` with the entries that came within `margin` of the screen or
/// left it (None where the browser has none). It and `seen` live as long as the page.
pub(crate) fn near_observer(
    margin: &str,
    seen: Closure<dyn Fn(js_sys::Array, IntersectionObserver)>,
) -> Option<IntersectionObserver> {
    let options = IntersectionObserverInit::new();
    options.set_root_margin(margin);
    let observer =
        IntersectionObserver::new_with_options(seen.as_ref().unchecked_ref(), &options).ok();
    seen.forget();
    observer
}

/// How many of a block's checkable rows pass `filter` on `today` (as its rows decide, in
/// checklist.rs).
fn matching_rows(block: &Block, filter: Filter, today: chrono::NaiveDate) -> usize {
    let mut n = 0;
    block.visit_entries(&mut |e| {
        n += usize::from(filter.shows_on(e.text, e.done, e.due, today));
    });
    n
}

/// Whether `block` is, or holds, the node whose ID is `id` (a day, an entry, a contingency).
fn holds(block: &Block, id: &str) -> bool {
    let mut found = false;
    PlanNode::Block(block).for_each_node(|node, _| found |= node.id().as_str() == id);
    found
}

/// Moves focus into a block just rendered: to its first row's checkbox, else to the first thing
/// in it that takes focus, else to the block itself (a block of milestones has nothing to press).
fn focus_first_in(block: web_sys::Element) {
    let first = [
        "input[type=checkbox]",
        "a[href], button, input, summary, [tabindex]",
    ]
    .iter()
    .find_map(|selector| block.query_selector(selector).ok().flatten());
    let focused = |el: &web_sys::Element| {
        el.dyn_ref::<web_sys::HtmlElement>()
            .is_some_and(|el| el.focus().is_ok())
            && document().active_element().as_ref() == Some(el)
    };
    // A control that is disabled or hidden takes no focus: the block itself does.
    if !first.is_some_and(|el| focused(&el)) {
        let _ = block.set_attribute("tabindex", "-1");
        focused(&block);
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
pub(crate) fn use_deferred() -> Deferred {
    use_context::<Deferred>().unwrap_or_else(|| {
        panic!("Deferred is provided by App; a component was mounted outside it")
    })
}

/// About how many rows a block renders (for deferring big plans).
pub(crate) fn weight(block: &Block) -> usize {
    match block {
        Block::Schedule(g) => {
            g.items.len() + g.days.iter().map(|d| d.items.len() + 1).sum::<usize>()
        }
        Block::Metrics(g) => g.metrics.len(),
        Block::Risks(g) => g.risks.len(),
        Block::Milestones(g) => g.milestones.len(),
        Block::Communication(c) => c.entries.len(),
        Block::Contingencies(c) => c.plans.len(),
        Block::Decision(_) => 3,
    }
    .max(1)
}

//! The first paint before the wasm runs: a release build's page carries a static picture of the
//! default plan's first screen (scripts/first-paint.mjs); the app takes its place when it starts.
//!
//! While the picture shows, the app builds its page hidden (the `fp-starting` class on the root,
//! see the first paint's stylesheet), one section per task, so that no task holds the main thread
//! for long; then it swaps the picture for the page in one task, so the browser never paints
//! between them.

use super::reactive::Held;
use leptos::prelude::*;
use std::time::Duration;

/// The root's class while the app builds its page behind the picture.
const STARTING: &str = "fp-starting";

/// Whether the picture of the page is on screen: its script said this is a first visit to the
/// default plan (the `fp-on` class), and the page has the picture.
fn picture_shown() -> bool {
    document()
        .document_element()
        .is_some_and(|root| root.class_list().contains("fp-on"))
        && document()
            .query_selector("[data-first-paint]")
            .ok()
            .flatten()
            .is_some()
}

/// Whether the picture's plan body (its first section) is on screen: then the swap to the app's
/// page, whose blocks wait for their chunk (body.rs), waits for it too.
fn picture_body_on_screen() -> bool {
    let Ok(Some(body)) = document().query_selector("[data-first-paint] .plan-body") else {
        return false;
    };
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let top = body.get_bounding_client_rect().top();
    top < height
}

/// Removes the picture of the page, and shows the app's.
pub fn leave_first_paint() {
    if let Some(root) = document().document_element() {
        let _ = root.class_list().remove_2(STARTING, "fp-on");
    }
    let Ok(nodes) = document().query_selector_all("[data-first-paint]") else {
        return;
    };
    for i in 0..nodes.length() {
        if let Some(node) = nodes.item(i) {
            if let Some(parent) = node.parent_node() {
                let _ = parent.remove_child(&node);
            }
        }
    }
}

/// Runs `mount`. Without the picture, the page is the app's at once. With it, the app waits
/// until the browser has recorded the picture's largest contentful paint (the page's first-paint
/// script watches for it), or half a second: a node removed before the browser records its
/// paint counts for nothing, which would date the page's largest paint to the app's instead of
/// the picture's. It then builds its page hidden, and [`StartUp`] swaps it in when it is whole.
pub fn start_after_first_paint(mount: impl FnOnce() + 'static) {
    // From here on, an error is the app's (assets/stopped.js says so), not a failed start (the
    // first paint's script takes the picture away for that).
    let _ = js_sys::Reflect::set(&window(), &"launchplanStarted".into(), &true.into());
    if picture_shown() {
        let start = move || {
            with_reader_if_needed(move || {
                if let Some(root) = document().document_element() {
                    let _ = root.class_list().add_1(STARTING);
                }
                mount();
            })
        };
        wait_for_paint(Box::new(start), 30);
    } else {
        with_reader_if_needed(move || {
            mount();
            leave_first_paint();
        });
    }
}

/// Runs `start` at once on a first visit to the default plan; otherwise once the plan reader
/// (`storage::reader`) is loaded, since what is stored or linked must be read before anything
/// is shown or saved. When the reader cannot be loaded, the app does not start (it would show
/// the example over the visitor's plan, and could save it): the page says so instead.
fn with_reader_if_needed(start: impl FnOnce() + 'static) {
    use crate::storage::reader;
    if reader::loaded().is_some() || !reader::needed_at_start() {
        start();
        return;
    }
    // Before the app is mounted, Leptos's executor is not set up yet: the browser's runs this.
    wasm_bindgen_futures::spawn_local(async move {
        match reader::load().await {
            Ok(_) => start(),
            Err(_) => {
                leave_first_paint();
                say_not_started();
            }
        }
    });
}

/// Tells the visitor that the app did not start, that what the browser holds is untouched, and
/// offers a reload (as the page does when the app stops: assets/stopped.js).
fn say_not_started() {
    use wasm_bindgen::JsCast;
    let doc = document();
    let (Some(body), Ok(alert), Ok(text), Ok(reload)) = (
        doc.body(),
        doc.create_element("div"),
        doc.create_element("p"),
        doc.create_element("button"),
    ) else {
        return;
    };
    alert.set_class_name("alert stopped");
    let _ = alert.set_attribute("role", "alert");
    let _ = alert.set_attribute("data-testid", "not-started-alert");
    text.set_text_content(Some(
        "Launchplan could not load the part that reads your plans (are you offline, or was \
         Launchplan updated?). Nothing in this browser was changed. Reload the page to try again.",
    ));
    let _ = reload.set_attribute("type", "button");
    reload.set_text_content(Some("Reload"));
    let on_click = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
        let _ = window().location().reload();
    });
    let _ = reload.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    // The page has nothing else: the listener lives as long as it.
    on_click.forget();
    let _ = alert.append_with_node_2(&text, &reload);
    let _ = body.prepend_with_node_1(&alert);
}

/// Calls `then` once the first-paint script has seen the picture's largest paint, checking
/// once a frame, for at most `frames` frames.
fn wait_for_paint(then: Box<dyn FnOnce()>, frames: u32) {
    let painted = js_sys::Reflect::get(&window(), &"launchplanFirstPaint".into())
        .is_ok_and(|v| v.is_truthy());
    if painted || frames == 0 {
        set_timeout(then, Duration::ZERO);
    } else {
        request_animation_frame(move || wait_for_paint(then, frames - 1));
    }
}

/// How many of the plan's sections the page renders while the app starts behind the picture:
/// None once it renders them all (at once, when there is no picture).
#[derive(Clone, Copy)]
pub(crate) struct StartUp(Held<Option<usize>>);

impl StartUp {
    /// Provides the start-up: behind the picture, the page's state and landmarks at first, then
    /// the header and controls, the timeline, the agenda and the sections, as many per task as
    /// fit in [`TASK_BUDGET_MS`], until all `sections()` are there; then the picture goes and
    /// `done` runs. Without the picture, everything at once, and `done` runs.
    pub(crate) fn provide(sections: impl Fn() -> usize + 'static, done: impl FnOnce() + 'static) {
        let behind = document()
            .document_element()
            .is_some_and(|root| root.class_list().contains(STARTING));
        let start = StartUp(Held::new(behind.then_some(0)));
        provide_context(start);
        if behind {
            let body = super::root::try_use_root().map(|root| root.body);
            start.grow(std::rc::Rc::new(sections), Box::new(done), body);
        } else {
            done();
        }
    }

    /// Renders the next part, and the next, as long as this task has taken less than
    /// [`TASK_BUDGET_MS`]; then lets the browser run (a new task) and goes on. On a fast
    /// machine several parts go in one task, on a slow phone one.
    fn grow(
        self,
        sections: std::rc::Rc<dyn Fn() -> usize>,
        done: Box<dyn FnOnce()>,
        body: Option<super::body::Body>,
    ) {
        set_timeout(
            move || {
                let now = || window().performance().map_or(0.0, |p| p.now());
                let started = now();
                leptos::task::spawn_local(async move {
                    loop {
                        let next = self.0.get_untracked().unwrap_or(0) + 1;
                        if next > PARTS + sections() {
                            self.0.set(None);
                            // The effects that render the last part run before the swap.
                            microtask().await;
                            // Rows the picture shows on screen never turn into stand-ins: the
                            // swap waits for the body's chunk then, or its failure, or
                            // BODY_WAIT_MS at most (a fetch that stalls must not keep a picture
                            // that takes no tick on screen).
                            match body.filter(|_| picture_body_on_screen()) {
                                Some(body) => swap_once(body, done),
                                None => {
                                    leave_first_paint();
                                    done();
                                }
                            }
                            return;
                        }
                        self.0.set(Some(next));
                        microtask().await;
                        if now() - started > TASK_BUDGET_MS {
                            self.grow(sections, done, body);
                            return;
                        }
                    }
                });
            },
            Duration::ZERO,
        );
    }

    /// The number of sections to render now (all when None): the steps before them are the
    /// page's other parts ([`StartUp::reached`]).
    pub(crate) fn limit(self) -> Option<usize> {
        self.0.get().map(|n| n.saturating_sub(PARTS))
    }

    /// Whether the page's part `step` (1: the header and controls, 2: the timeline, 3: the
    /// agenda and notices) is rendered yet. A memo: it changes once.
    pub(crate) fn reached(self, step: usize) -> Memo<bool> {
        Memo::new(move |_| self.0.get().is_none_or(|n| n >= step))
    }
}

/// The swap from the picture to the page, once the body's chunk has come or failed, or after
/// [`BODY_WAIT_MS`], whichever is first.
fn swap_once(body: super::body::Body, done: Box<dyn FnOnce()>) {
    let swap = std::rc::Rc::new(std::cell::Cell::new(Some(done)));
    let run = move || {
        if let Some(done) = swap.take() {
            leave_first_paint();
            done();
        }
    };
    let late = run.clone();
    set_timeout(late, Duration::from_millis(BODY_WAIT_MS));
    body.load_then(move |_| {
        // The effects that render the blocks run before the swap.
        leptos::task::spawn_local(async move {
            microtask().await;
            run();
        })
    });
}

/// How long the swap waits for the body's chunk when the picture shows rows on screen.
const BODY_WAIT_MS: u64 = 1_500;

/// How long one task of the start-up may run before it lets the browser run: a phone four times
/// slower than this machine (as Lighthouse's mobile run assumes) still stays under the 50 ms of a
/// long task.
const TASK_BUDGET_MS: f64 = 10.0;

/// Waits for the microtasks queued so far (the effects that render what a signal changed) to
/// run, without ending the task.
async fn microtask() {
    let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(
        &wasm_bindgen::JsValue::UNDEFINED,
    ))
    .await;
}

/// The parts of the page rendered one per task before the sections: the header and controls
/// (apart from the first task, which reads the plan and sets up the app's state: together they
/// were one long task of a slow phone's start), the timeline, then the agenda with the notices
/// above it.
const PARTS: usize = 3;

/// The start-up of the page (everything at once where none was provided).
pub(crate) fn use_start_up() -> Option<StartUp> {
    use_context::<StartUp>()
}

//! The app shell: header with the plan status, the toolbar, the timeline, the agenda and every
//! section of the plan, a footer with the version; keyboard shortcuts for the whole page.

use super::agenda::AgendaView;
use super::clock::run_clock;
use super::controls::Controls;
use super::deferred::{is_big_plan, Deferred};
use super::example::ExampleNotice;
use super::header::PlanHeader;
use super::help::HelpPanel;
use super::import_notes::ImportNotes;
use super::persistence;
use super::save_status::{SaveStatusView, StorageDecisions};
use super::sections::PlanSections;
use super::source::SourceBar;
use super::state::{AppState, Filter};
use super::timeline::Timeline;
use super::updates::UpdateOffer;
use launchplan_core::default_plan::default_plan;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The version shown in the footer, taken from `Cargo.toml` at build time.
const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The root component: provides the state and lays out the page landmarks.
#[component]
pub fn App() -> impl IntoView {
    let imported = default_plan();
    super::gate_words::know_the_default(&imported.plan);
    let example_id = imported.plan.id.clone();
    // Read before the address is set to the plan shown.
    let requested_source = super::source::requested_source();
    let (plan, persistence, from_storage) = persistence::start(imported.plan);
    // The import report speaks of the default plan; a plan from storage has none to show.
    let report = if from_storage {
        Default::default()
    } else {
        imported.report
    };
    let state = AppState::new(plan, report);
    persistence.run(state);
    let following = super::source::start_following(state, persistence, requested_source);
    let filter = Filter::new();
    let body = super::body::Body::new(state);
    super::root::Root {
        state,
        persistence,
        filter,
        following,
        body,
    }
    .provide();
    Deferred::provide(state, body);
    super::editing::Editors::provide(state);
    super::prose::Prose::provide();
    run_clock(state.now);
    super::theme::apply_stored();
    let help = RwSignal::new(false);
    super::timeline::provide_zoom();
    // A plan too big to render whole (over 300 entries, see deferred.rs) lays out only the weeks,
    // days and blocks near the screen (see the CSS); a smaller one lays out whole, so nothing is
    // hidden from tools that look at the page as laid out. (Over 1,000 entries before: a plan of
    // 1,000 laid out whole took twice as long a tick with every row rendered.) How many entries a
    // plan has changes with its shape, not with a tick.
    let big_plan =
        Memo::new(move |_| state.with_words(|p| is_big_plan(p.counts().checklist_items)));
    keyboard_shortcuts(state, help);
    // Behind the first paint, the sections come one per task and the page is marked rendered
    // once they are all there; otherwise at once.
    // The service worker is registered a few seconds after the plan is live (`updates.rs`): its
    // script, and its fetch of every file for offline use, never compete with the start or the
    // first actions.
    let update_ready = RwSignal::new(false);
    super::first_paint::StartUp::provide(
        move || state.plan.with_untracked(|p| p.sections.len()),
        move || mark_rendered(move || super::updates::register(update_ready)),
    );
    let start_up = super::first_paint::use_start_up();
    let reached = move |step| start_up.map(|s| s.reached(step));
    let (chrome_shown, timeline_shown, agenda_shown) = (reached(1), reached(2), reached(3));
    let shown = move |memo: Option<Memo<bool>>| memo.is_none_or(|m| m.get());
    view! {
        <a class="skip-link" href="#main">"Skip to the plan"</a>
        <header class="app-header">
            <p class="app-name">"Launchplan"</p>
            {move || shown(chrome_shown).then(|| view! { <PlanHeader /> })}
        </header>
        {move || shown(chrome_shown).then(|| view! { <Controls on_help=move |_| help.update(|h| *h = !*h) /> })}
        <SaveStatusView />
        <UpdateOffer ready=update_ready />
        <StorageDecisions />
        <SourceBar />
        <div role="alert" class="alert" data-testid="alert">
            {move || state.alert.get().map(|a| view! {
                <p>{a}" "<button type="button" on:click=move |_| state.alert.set(None)>"Dismiss"</button></p>
            }.into_any())}
        </div>
        <HelpPanel open=help />
        {move || shown(timeline_shown).then(|| view! { <Timeline /> })}
        <main id="main" class="app-main" class:big-plan=big_plan class:editing=move || state.editing.get() data-testid="app-main" tabindex="-1">
            {move || shown(agenda_shown).then(|| {
                let example_id = example_id.clone();
                view! {
                    <ExampleNotice example_id=example_id />
                    <ImportNotes />
                    <AgendaView />
                }
            })}
            <PlanSections />
        </main>
        <footer class="app-footer">
            <span>"Launchplan "</span>
            <span class="app-version" data-testid="app-version">{format!("v{VERSION}")}</span>
        </footer>
    }
}

/// `?` help, `/` find, `e` editing mode, Escape closes, Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z (or
/// Ctrl+Y) redo.
/// Typing in a field keeps the browser's own keys.
fn keyboard_shortcuts(state: AppState, help: RwSignal<bool>) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        let typing = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| {
                matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    && el.get_attribute("type").as_deref() != Some("checkbox")
            });
        let key = ev.key();
        let command = ev.ctrl_key() || ev.meta_key();
        if command && !typing && key.eq_ignore_ascii_case("z") {
            ev.prevent_default();
            if ev.shift_key() {
                state.redo();
            } else {
                state.undo();
            }
        } else if command && !typing && key.eq_ignore_ascii_case("y") {
            ev.prevent_default();
            state.redo();
        } else if typing || command || ev.alt_key() {
        } else if key == "?" {
            help.update(|h| *h = !*h);
        } else if key == "e" {
            state.editing.update(|e| *e = !*e);
        } else if key == "Escape" {
            help.set(false);
        } else if key == "/" {
            ev.prevent_default();
            if let Some(find) = document()
                .get_element_by_id("find")
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = find.focus();
            }
        }
    });
    on_cleanup(move || handle.remove());
}

/// Marks the moment the plan is on screen, for the performance benchmark, then runs `then`.
fn mark_rendered(then: impl FnOnce() + 'static) {
    request_animation_frame(|| {
        if let Some(performance) = window().performance() {
            let _ = performance.mark("launchplan:plan-rendered");
        }
        then();
    });
}

//! The toolbar: find and filter, undo and redo in view; the View menu holds the timeline's zoom,
//! the plan as of a day, reschedule, editing mode, theme and the shortcuts.

use super::menu::Menu;
use super::state::{use_app_state, use_filter};
use super::theme::ThemeToggle;
use launchplan_core::plan::dates::{format_long, parse_iso};
use launchplan_core::schedule::reschedule::reschedule;
use leptos::prelude::*;

/// Controls that change what the plan is viewed as of, and what is shown.
#[component]
pub(crate) fn Controls(#[prop(into)] on_help: Callback<()>) -> impl IntoView {
    let state = use_app_state();
    let filter = use_filter();
    let as_of_text = move || state.as_of.get().map(|d| d.to_string()).unwrap_or_default();
    let plan_date = move || state.plan.with(|p| p.facts.written_on);
    let new_launch = RwSignal::new(String::new());
    let do_reschedule = move || {
        let text = new_launch.get_untracked();
        let Ok(day) = parse_iso(&text).ok_or(()) else {
            state
                .alert
                .set(Some("Choose the new launch date first.".into()));
            return;
        };
        let moved = state
            .plan
            .with_untracked(|p| reschedule(p, day, super::clock::stamp()));
        match moved {
            Ok(plan) => {
                state.replace(plan);
                state.alert.set(None);
            }
            Err(e) => state.alert.set(Some(e.to_string())),
        }
    };
    view! {
        <div class="controls" role="toolbar" aria-label="Plan controls">
            <div class="find" role="search">
                <input
                    type="search"
                    id="find"
                    placeholder="Find…  (/)"
                    aria-label="Find items"
                    aria-keyshortcuts="/"
                    bind:value=filter.query
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" {
                            ev.prevent_default();
                            focus_first_match();
                        }
                    }
                />
                <label><input type="checkbox" bind:checked=filter.open_only />" Open only"</label>
                <label><input type="checkbox" bind:checked=filter.overdue_only />" Overdue only"</label>
            </div>
            <div class="history">
                <button type="button" on:click=move |_| state.undo() prop:disabled=move || !state.can_undo.get() aria-keyshortcuts="Control+Z">"Undo"</button>
                <button type="button" on:click=move |_| state.redo() prop:disabled=move || !state.can_redo.get() aria-keyshortcuts="Control+Shift+Z">"Redo"</button>
            </div>
            <Menu label="View">
                <fieldset class="as-of">
                    <legend>"View as of"</legend>
                    <input
                        type="date"
                        aria-label="View the plan as of"
                        prop:value=as_of_text
                        on:change=move |ev| state.as_of.set(parse_iso(&event_target_value(&ev)))
                    />
                    <button type="button" on:click=move |_| state.as_of.set(None)>"Today"</button>
                    {move || plan_date().map(|d| view! {
                        <button type="button" on:click=move |_| state.as_of.set(Some(d))>{format!("Plan date ({})", format_long(d))}</button>
                    })}
                </fieldset>
                <form class="reschedule" on:submit=move |ev| { ev.prevent_default(); do_reschedule(); }>
                    <label>"New launch date " <input type="date" bind:value=new_launch /></label>
                    <button type="submit">
                        {move || if state.plan.with(|p| p.facts.launch.is_some()) { "Reschedule" } else { "Set launch date" }}
                    </button>
                </form>
                <super::timeline::ZoomControl />
                <div class="menu-row">
                    <button
                        type="button"
                        class="edit-toggle"
                        aria-pressed=move || state.editing.get().to_string()
                        aria-keyshortcuts="E"
                        on:click=move |_| state.editing.update(|e| *e = !*e)
                    >"Edit plan"</button>
                    <ThemeToggle />
                    <button type="button" on:click=move |_| on_help.run(()) aria-keyshortcuts="?">"Shortcuts"</button>
                </div>
            </Menu>
        </div>
    }
}

/// Enter in the find box moves focus to the first entry still shown.
fn focus_first_match() {
    use wasm_bindgen::JsCast;
    let first = document()
        .query_selector(".plan-section .check-row:not(.filtered-out) input[type=checkbox]")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = first {
        let _ = el.focus();
    }
}

//! The toolbar: find and filter, undo and redo in view; the View menu holds the timeline's zoom,
//! the plan as of a day and reschedule, editing mode, theme and the shortcuts (all fetched when
//! it is first opened, `view_options.rs`).

use super::menu::Menu;
use super::state::{use_app_state, use_filter};
use super::view_options::view_options;
use leptos::prelude::*;

/// Controls that change what the plan is viewed as of, and what is shown.
#[component]
pub(crate) fn Controls(#[prop(into)] on_help: Callback<()>) -> impl IntoView {
    let state = use_app_state();
    let filter = use_filter();
    let body = super::body::use_body();
    // The View menu's contents are a chunk fetched when it is first opened (view_options.rs);
    // one that does not load is reported, and the next opening tries again.
    let opened = RwSignal::new(false);
    let options = super::chunk::built_on_first_need(
        move || opened.get(),
        move |owner| view_options(owner, on_help),
        move || {
            opened.set(false);
            state
                .alert
                .set(Some(super::chunk::not_loaded("The View menu's options")));
            // Closed, so that it does not stay open saying "Loading…".
            if let Some(menu) = document()
                .query_selector(".controls details.menu[open]")
                .ok()
                .flatten()
            {
                let _ = menu.remove_attribute("open");
            }
        },
    );
    view! {
        <div class="controls" role="toolbar" aria-label="Plan controls">
            <div class="find" role="search">
                <input
                    type="search"
                    id="find"
                    placeholder="Find…  (/)"
                    aria-label="Find items"
                    aria-keyshortcuts="/"
                    prop:value=move || filter.query()
                    on:input=move |ev| filter.set_query(event_target_value(&ev))
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" {
                            ev.prevent_default();
                            // Before the body's chunk has come, its rows are not there yet.
                            if body.loaded_untracked() {
                                focus_first_match();
                            } else {
                                body.load(|| request_animation_frame(focus_first_match));
                            }
                        }
                    }
                />
                <label><input type="checkbox" prop:checked=move || filter.open_only.get() on:change=move |ev| filter.open_only.set(event_target_checked(&ev)) />" Open only"</label>
                <label><input type="checkbox" prop:checked=move || filter.overdue_only.get() on:change=move |ev| filter.overdue_only.set(event_target_checked(&ev)) />" Overdue only"</label>
            </div>
            <div class="history">
                <button type="button" on:click=move |_| state.undo() prop:disabled=move || !state.can_undo.get() aria-keyshortcuts="Control+Z">"Undo"</button>
                <button type="button" on:click=move |_| state.redo() prop:disabled=move || !state.can_redo.get() aria-keyshortcuts="Control+Shift+Z">"Redo"</button>
            </div>
            <Menu label="View" on_open=Callback::new(move |()| opened.set(true))>
                {options}
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

//! The toolbar: find and filter, undo and redo in view; the View menu holds the timeline's zoom,
//! the plan as of a day and reschedule (fetched when it is first opened, `view_options.rs`),
//! editing mode, theme and the shortcuts.

use super::menu::Menu;
use super::state::{use_app_state, use_filter};
use super::theme::ThemeToggle;
use super::view_options::view_options;
use leptos::prelude::*;

/// Controls that change what the plan is viewed as of, and what is shown.
#[component]
pub(crate) fn Controls(#[prop(into)] on_help: Callback<()>) -> impl IntoView {
    let state = use_app_state();
    let filter = use_filter();
    let body = super::body::use_body();
    // The View menu's options are a chunk fetched when it is first opened (view_options.rs);
    // one that does not load is reported, and the next opening tries again.
    let options = RwSignal::new_local(None::<AnyView>);
    let loading = StoredValue::new(false);
    let owner = Owner::current().unwrap_or_default();
    let load_options = move |()| {
        if loading.get_value() {
            return;
        }
        loading.set_value(true);
        let owner = owner.child();
        leptos::task::spawn_local(async move {
            match view_options(owner).await {
                Ok(view) => options.set(Some(view)),
                Err(_) => {
                    loading.set_value(false);
                    state
                        .alert
                        .set(Some(super::chunk::not_loaded("The View menu's options")));
                }
            }
        });
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
            <Menu label="View" on_open=Callback::new(load_options)>
                {move || {
                    options.track();
                    options.try_update_untracked(Option::take).flatten()
                }}
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

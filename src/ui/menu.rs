//! A toolbar menu: a button that shows and hides a small panel of controls (a disclosure, as
//! `<details>`). Choosing a button in it, a click outside it, or Escape closes it; Escape puts
//! focus back on its button.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub(crate) fn Menu(label: &'static str, children: Children) -> impl IntoView {
    let details = NodeRef::<leptos::html::Details>::new();
    let close = move |focus_button: bool| {
        let Some(d) = details.get_untracked() else {
            return;
        };
        if !d.open() {
            return;
        }
        d.set_open(false);
        if focus_button {
            if let Some(summary) = d
                .query_selector("summary")
                .ok()
                .flatten()
                .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = summary.focus();
            }
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && details.get_untracked().is_some_and(|d| d.open()) {
            ev.stop_propagation();
            close(true);
        }
    };
    // A button chosen in the panel has done its work: the panel goes, so it does not cover the
    // page.
    let on_panel_click = move |ev: leptos::ev::MouseEvent| {
        let chose_button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("button").ok().flatten())
            .is_some();
        if chose_button {
            close(false);
        }
    };
    let outside = window_event_listener(leptos::ev::click, move |ev| {
        let inside = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .zip(details.get_untracked())
            .is_some_and(|(target, d)| d.contains(Some(&target)));
        if !inside {
            close(false);
        }
    });
    on_cleanup(move || outside.remove());
    view! {
        <details class="menu" node_ref=details on:keydown=on_key>
            <summary>{label}</summary>
            <div class="menu-panel" on:click=on_panel_click>{children()}</div>
        </details>
    }
}

//! A toolbar menu: a button that shows and hides a small panel of controls (a disclosure, as
//! `<details>`). Choosing a button in it, a click outside it, or Escape closes it; Escape puts
//! focus back on its button.

use super::reactive::Kept;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub(crate) fn Menu(
    label: &'static str,
    /// Runs each time the menu opens.
    #[prop(optional)]
    on_open: Option<Callback<()>>,
    children: Children,
) -> impl IntoView {
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
        <details
            class="menu"
            node_ref=details
            on:keydown=on_key
            on:toggle=move |_| {
                if let (Some(open), Some(d)) = (on_open, details.get_untracked()) {
                    if d.open() {
                        open.run(());
                    }
                }
            }
        >
            <summary>{label}</summary>
            <div class="menu-panel" on:click=on_panel_click>{children()}</div>
        </details>
    }
}

/// A menu of actions, as the ARIA menu-button pattern has it: a button (`aria-haspopup`,
/// `aria-expanded`) that opens a `role="menu"` of `menuitem`s. Enter, Space or ↓ opens it on the
/// first item, ↑ on the last; ↑ ↓ Home End move between items; Enter or a click runs one and
/// closes the menu; Escape closes it, Tab leaves it; focus goes back to the button. What
/// `children` holds is shown under the items, outside the menu (a status, not an action).
#[component]
pub(crate) fn ActionMenu(
    label: &'static str,
    actions: Vec<(&'static str, Callback<()>)>,
    children: Children,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let button = NodeRef::<leptos::html::Button>::new();
    let panel = NodeRef::<leptos::html::Div>::new();
    let items: Vec<NodeRef<leptos::html::Button>> =
        actions.iter().map(|_| NodeRef::new()).collect();
    let items = Kept::new(items);
    // The item with focus, kept by the items' focus events.
    let focused = Kept::new(0usize);
    let count = actions.len();
    let focus_item = move |at: usize| {
        if let Some(item) = items.with_value(|i| i.get(at).and_then(|n| n.get_untracked())) {
            let _ = item.focus();
        }
    };
    // Opens the menu with item `at` focused, once it shows.
    let open_at = move |at: usize| {
        open.set(true);
        set_timeout(move || focus_item(at), std::time::Duration::ZERO);
    };
    let close = move |focus_button: bool| {
        open.set(false);
        if focus_button {
            if let Some(b) = button.get_untracked() {
                let _ = b.focus();
            }
        }
    };
    let on_button_key = move |ev: leptos::ev::KeyboardEvent| {
        let at = match ev.key().as_str() {
            "ArrowDown" | "Enter" | " " => 0,
            "ArrowUp" => count.saturating_sub(1),
            _ => return,
        };
        ev.prevent_default();
        open_at(at);
    };
    let on_menu_key = move |ev: leptos::ev::KeyboardEvent| {
        let (at, last) = (focused.get_value(), count.saturating_sub(1));
        let to = match ev.key().as_str() {
            "ArrowDown" => (at + 1) % count.max(1),
            "ArrowUp" => at.checked_sub(1).unwrap_or(last),
            "Home" => 0,
            "End" => last,
            "Escape" => {
                ev.stop_propagation();
                ev.prevent_default();
                return close(true);
            }
            "Tab" => return close(false),
            _ => return,
        };
        ev.prevent_default();
        focus_item(to);
    };
    let outside = window_event_listener(leptos::ev::click, move |ev| {
        let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let within = |node: Option<web_sys::HtmlElement>| {
            node.zip(target.as_ref())
                .is_some_and(|(n, t)| n.contains(Some(t)))
        };
        let panel = panel
            .get_untracked()
            .map(|p| p.unchecked_into::<web_sys::HtmlElement>());
        let button = button
            .get_untracked()
            .map(|b| b.unchecked_into::<web_sys::HtmlElement>());
        if !within(panel) && !within(button) {
            open.set(false);
        }
    });
    on_cleanup(move || outside.remove());
    let menu_id = format!("menu-{}", label.to_ascii_lowercase());
    let controls = menu_id.clone();
    view! {
        <div class="menu action-menu" class:open=move || open.get()>
            <button
                type="button"
                class="menu-button"
                node_ref=button
                aria-haspopup="menu"
                aria-expanded=move || open.get().to_string()
                aria-controls=controls
                on:click=move |_| if open.get_untracked() { close(false) } else { open_at(0) }
                on:keydown=on_button_key
            >{label}</button>
            <div class="menu-panel" node_ref=panel hidden=move || !open.get()>
                <ul role="menu" id=menu_id aria-label=label on:keydown=on_menu_key>
                    {actions
                        .into_iter()
                        .enumerate()
                        .map(|(at, (text, run))| {
                            let node = items.with_value(|i| i[at]);
                            view! {
                                <li role="none">
                                    <button
                                        type="button"
                                        role="menuitem"
                                        tabindex="-1"
                                        node_ref=node
                                        on:focus=move |_| focused.set_value(at)
                                        on:click=move |_| {
                                            close(true);
                                            run.run(());
                                        }
                                    >{text}</button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                {children()}
            </div>
        </div>
    }
}

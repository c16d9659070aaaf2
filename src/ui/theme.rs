//! Light and dark themes: the system's preference until the user picks one, then theirs.

use leptos::prelude::*;

const KEY: &str = "launchplan.theme";

/// Puts the stored choice on the page at start (the first paint's script does too, before any
/// of the app has loaded; the toggle itself is in the View menu's chunk).
pub(crate) fn apply_stored() {
    if let (Some(t), Some(root)) = (
        stored().filter(|t| t == "light" || t == "dark"),
        document().document_element(),
    ) {
        let _ = root.set_attribute("data-theme", &t);
    }
}

/// Cycles system → light → dark and remembers the choice.
#[component]
pub(crate) fn ThemeToggle() -> impl IntoView {
    let theme = RwSignal::new(stored().filter(|t| t == "light" || t == "dark"));
    super::reactive::effect(move || {
        // Effects sync reactive state with the world outside: here the page's theme attribute.
        let Some(root) = document().document_element() else {
            return;
        };
        let _ = match theme.get() {
            Some(t) => root.set_attribute("data-theme", &t),
            None => root.remove_attribute("data-theme"),
        };
    });
    let next = move || {
        let t = match theme.get_untracked().as_deref() {
            None => Some("light".to_string()),
            Some("light") => Some("dark".to_string()),
            _ => None,
        };
        remember(t.as_deref());
        theme.set(t);
    };
    view! {
        <button type="button" on:click=move |_| next() data-testid="theme-toggle">
            {move || match theme.get().as_deref() {
                Some("light") => "Theme: light",
                Some("dark") => "Theme: dark",
                _ => "Theme: system",
            }}
        </button>
    }
}

/// The stored choice. A missing, blocked or throwing storage just means none.
fn stored() -> Option<String> {
    window()
        .local_storage()
        .ok()
        .flatten()?
        .get_item(KEY)
        .ok()
        .flatten()
}

/// Remembers the choice; a storage that refuses only means it is not remembered.
fn remember(theme: Option<&str>) {
    let Some(storage) = window().local_storage().ok().flatten() else {
        return;
    };
    let _ = match theme {
        Some(t) => storage.set_item(KEY, t),
        None => storage.remove_item(KEY),
    };
}

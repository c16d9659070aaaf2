//! Light and dark themes: the system's preference until the user picks one, then theirs.

use leptos::prelude::*;

const KEY: &str = "launchplan.theme";

/// Cycles system → light → dark and remembers the choice.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let theme = RwSignal::new(
        <gloo_storage::LocalStorage as gloo_storage::Storage>::get::<String>(KEY)
            .ok()
            .filter(|t| t == "light" || t == "dark"),
    );
    Effect::new(move |_| {
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
        // A blocked storage only means the choice is not remembered.
        let _ = match &t {
            Some(t) => <gloo_storage::LocalStorage as gloo_storage::Storage>::set(KEY, t),
            None => {
                <gloo_storage::LocalStorage as gloo_storage::Storage>::delete(KEY);
                Ok(())
            }
        };
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

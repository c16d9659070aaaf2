//! The app shell: header with the app name, the main region and a footer with the version.

use super::plan_view::PlanView;
use crate::default_plan::default_plan;
use leptos::prelude::*;

/// The version shown in the footer, taken from `Cargo.toml` at build time.
const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The root component: page landmarks around the plan view.
#[component]
pub fn App() -> impl IntoView {
    let imported = default_plan();
    view! {
        <header class="app-header">
            <h1 class="app-name">"Launchplan"</h1>
        </header>
        <main id="main" class="app-main" data-testid="app-main">
            <PlanView plan=imported.plan report=imported.report />
        </main>
        <footer class="app-footer">
            <span>"Launchplan "</span>
            <span class="app-version" data-testid="app-version">{format!("v{VERSION}")}</span>
        </footer>
    }
}

//! A progress figure: "3 of 4 done" with a bar.

use launchplan_core::schedule::progress::Progress;
use leptos::prelude::*;

/// Progress of a day or week, in words and as a bar.
#[component]
pub(crate) fn ProgressBar(
    progress: Signal<Progress>,
    #[prop(into)] label: Signal<String>,
) -> impl IntoView {
    view! {
        <span class="progress-figure">
            <progress max="100" prop:value=move || progress.get().percent() aria-label=move || label.get()></progress>
            <span>{move || { let p = progress.get(); format!("{} of {} done", p.done, p.total) }}</span>
        </span>
    }
}

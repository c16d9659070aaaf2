//! What the importer said about the plan: repairs, warnings with line numbers, kept notes.

use super::state::use_app_state;
use launchplan_core::formats::report::ImportReport;
use leptos::prelude::*;

/// What the importer had to say: the summary, then each warning and kept note with its line.
#[component]
pub(crate) fn ImportNotes() -> impl IntoView {
    let report = use_app_state().report;
    move || notes(report.get())
}

/// The notes of one report; nothing for an empty one.
fn notes(report: ImportReport) -> AnyView {
    if report == ImportReport::default() {
        // A plan opened from storage: there is no import to report on.
        return ().into_any();
    }
    let summary = report.summary();
    let has_details = !report.warnings.is_empty() || !report.unrecognised.is_empty();
    view! {
        <section class="import-report" aria-label="Import report">
            <p data-testid="import-report">{summary}</p>
            <Show when=move || has_details>
                <details>
                    <summary>"Details"</summary>
                    <ul data-testid="import-warnings">
                        {report.warnings.iter().map(|w| {
                            let at = w.line.map(|l| format!("Line {l}: ")).unwrap_or_default();
                            view! { <li>{format!("{at}{}", w.message)}</li> }
                        }).collect_view()}
                        {report.unrecognised.iter().map(|u| {
                            view! { <li>{format!("Line {}: kept as a note: {}", u.line, u.text)}</li> }
                        }).collect_view()}
                    </ul>
                </details>
            </Show>
        </section>
    }
    .into_any()
}

//! The save status, always visible, with Export at hand; and the choices the user must make
//! when stored data is unreadable or another tab changed the same plan.

use super::download::download;
use super::import::ImportControl;
use super::persistence::{export_plan_json, Persistence, SaveStatus};
use super::state::use_app_state;
use leptos::prelude::*;

/// "Saved", "Saving…" or why not, and the Export button.
#[component]
pub fn SaveStatusView() -> impl IntoView {
    let state = use_app_state();
    let persistence = use_persistence();
    let text = move || match persistence.status.get() {
        SaveStatus::Idle => "No changes yet".to_string(),
        SaveStatus::Pending => "Saving…".to_string(),
        SaveStatus::Saved => "Saved in this browser".to_string(),
        SaveStatus::NotSaved(why) => format!("Not saved. {why}"),
    };
    let failing = move || matches!(persistence.status.get(), SaveStatus::NotSaved(_));
    view! {
        <div class="save-status" class:failing=failing>
            <span role="status" data-testid="save-status">{text}</span>
            <button type="button" on:click=move |_| {
                if !state.plan.with_untracked(export_plan_json) {
                    state.alert.set(Some("The browser did not start the download.".into()));
                }
            }>"Export JSON"</button>
            <ImportControl />
        </div>
    }
}

/// What needs a decision: unreadable stored data, or another tab's changes.
#[component]
pub fn StorageDecisions() -> impl IntoView {
    let state = use_app_state();
    let persistence = use_persistence();
    view! {
        {move || persistence.unreadable.get().map(|bad| {
            let raw = bad.raw.clone();
            view! {
                <div role="alert" class="alert decision-needed" data-testid="unreadable-alert">
                    <p>
                        "The plan stored in this browser could not be read ("{bad.reason.clone()}"). "
                        "It is kept exactly as it was, and nothing is saved over it until you choose. "
                        "You are looking at the last good copy, if there was one."
                    </p>
                    <button type="button" on:click=move |_| { download("launchplan-unreadable-copy.json", "application/json", &raw); }>
                        "Download the unreadable copy"
                    </button>
                    <button type="button" on:click=move |_| persistence.replace_unreadable(state)>
                        "Replace it with what is shown"
                    </button>
                </div>
            }
        })}
        {move || persistence.conflict.get().map(|theirs| view! {
            <div role="alert" class="alert decision-needed" data-testid="conflict-alert">
                <p>"Another tab changed this plan while this tab had unsaved changes. Which version should be kept? The other stays available through Undo or as the last good copy."</p>
                <button type="button" on:click=move |_| persistence.adopt(state, theirs.clone())>"Use the other tab's version"</button>
                <button type="button" on:click=move |_| persistence.keep_mine(state)>"Keep this tab's version"</button>
            </div>
        })}
    }
}

/// The saving state provided at the root.
pub fn use_persistence() -> Persistence {
    use_context::<Persistence>().unwrap_or_else(|| {
        panic!("Persistence is provided by App; a component was mounted outside it")
    })
}

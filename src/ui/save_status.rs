//! The save status, always visible, with Export at hand; and the choices the user must make
//! when stored data is unreadable or another tab changed the same plan.

use super::download::download;
use super::import::ImportControl;
use super::library::PlanLibrary;
use super::menu::ActionMenu;
use super::persistence::{copy_markdown, export_plan, use_persistence, ExportFormat, SaveStatus};
use super::reactive::{Derived, Held};
use super::share::ShareControl;
use super::state::use_app_state;
use crate::storage;
use launchplan_core::plan::Stamp;
use leptos::prelude::*;

/// "Saved", "Saving…" or why not, and the Export button.
#[component]
pub(crate) fn SaveStatusView() -> impl IntoView {
    let state = use_app_state();
    let persistence = use_persistence();
    let text = move || match persistence.status.get() {
        SaveStatus::Idle => "No changes yet".to_string(),
        SaveStatus::Pending => "Saving…".to_string(),
        SaveStatus::Saved => "Saved in this browser".to_string(),
        SaveStatus::NotSaved(why) => format!("Not saved. {why}"),
    };
    let failing = move || matches!(persistence.status.get(), SaveStatus::NotSaved(_));
    let persisted = Held::new(None::<bool>);
    leptos::task::spawn_local(async move { persisted.set(storage::request_persistence().await) });
    // When the open plan was last exported; re-read when another plan is opened or after an export.
    let plan_id = Derived::new(move || state.plan.with(|p| p.id.clone()));
    let export_done = Held::new(0u32);
    let exported = Derived::new(move || {
        export_done.track();
        storage::last_export(&plan_id.get())
    });
    // Changed since the export: a later revision was saved (or a change is waiting to be).
    let stale = move || {
        let status = persistence.status.get();
        exported.get().is_some_and(|(revision, _)| {
            revision < persistence.revision() || status == SaveStatus::Pending
        })
    };
    let last_export_text = move || match exported.get() {
        None => "Never exported".to_string(),
        Some((_, at)) => {
            let days = days_since(at, state.now.get());
            let when = match days {
                0 => "today".to_string(),
                1 => "1 day ago".to_string(),
                n => format!("{n} days ago"),
            };
            if stale() {
                format!(
                    "Last exported {when}; the plan has changed since: export again to keep a copy"
                )
            } else {
                format!("Last exported {when}")
            }
        }
    };
    let export = move |format: ExportFormat| {
        // The file holds the plan as shown now: save it now too, and remember this revision,
        // so that "changed since" counts from here (a change made while the exporter loads is
        // not in the file).
        persistence.save_now(state);
        let plan = state.plan.get_untracked();
        let (id, revision) = (plan.id.clone(), persistence.revision_untracked());
        leptos::task::spawn_local(async move {
            match export_plan(plan, format).await {
                Ok(true) => {
                    storage::record_export(&id, revision, super::clock::stamp());
                    // The record is read back through the plan reader, which a first visit
                    // may not have loaded yet.
                    let _ = storage::reader::load().await;
                    export_done.update(|n| *n += 1);
                }
                Ok(false) => state
                    .alert
                    .set(Some("The browser did not start the download.".into())),
                Err(why) => state
                    .alert
                    .set(Some(format!("{why} Nothing was exported."))),
            }
        });
    };
    let copy = move || {
        let plan = state.plan.get_untracked();
        leptos::task::spawn_local(async move {
            let said = match copy_markdown(plan).await {
                Ok(true) => "The plan is on the clipboard as Markdown, with its ticks.".to_string(),
                Ok(false) => {
                    "The browser did not allow copying: use Export Markdown instead.".to_string()
                }
                Err(why) => format!("{why} Nothing was copied."),
            };
            state.alert.set(Some(said));
        });
    };
    view! {
        <div class="save-status" class:failing=failing>
            <span role="status" data-testid="save-status">{text}</span>
            // When saving fails, the way to keep a copy is in view, not in a menu.
            {move || failing().then(|| view! {
                <button type="button" on:click=move |_| export(ExportFormat::Json)>"Export JSON"</button>
            }.into_any())}
            <span data-testid="last-export" class:failing=stale>{last_export_text}</span>
            <ActionMenu label="Export" actions=vec![
                ("Export JSON", Callback::new(move |()| export(ExportFormat::Json))),
                ("Export Markdown", Callback::new(move |()| export(ExportFormat::Markdown))),
                ("Export calendar (.ics)", Callback::new(move |()| export(ExportFormat::Calendar))),
                ("Copy as Markdown", Callback::new(move |()| copy())),
            ]>
                <p class="muted" data-testid="persistence">{move || match persisted.get() {
                    Some(true) => "Storage: kept by the browser",
                    Some(false) => "Storage: the browser may clear it when space runs low; export to be safe",
                    None => "",
                }}</p>
            </ActionMenu>
            <ShareControl export_json=Callback::new(move |()| export(ExportFormat::Json)) />
            <ImportControl />
            <PlanLibrary />
        </div>
    }
}

/// What needs a decision: unreadable stored data, or another tab's changes. The choices are a
/// wasm chunk of their own, fetched the first time one is needed (none is, to show a plan). A
/// chunk that does not load is reported; nothing is saved over the stored plan meanwhile.
#[component]
pub(crate) fn StorageDecisions() -> impl IntoView {
    let state = use_app_state();
    let persistence = use_persistence();
    let needed = move || {
        persistence.unreadable.with(Option::is_some)
            || persistence.deleted_elsewhere.get()
            || persistence.conflict.with(Option::is_some)
    };
    super::chunk::built_on_first_need(
        needed,
        |owner| super::chunk::after_reader(decisions_body(owner)),
        move || {
            state.alert.set(Some(format!(
                "{} Nothing is saved until the choice is made.",
                super::chunk::not_loaded("A choice this plan needs")
            )))
        },
    )
}

/// The choices, built under `owner` (the chunk's code runs after the await, outside any
/// reactive owner).
#[leptos::wasm_split::wasm_split(storage_decisions, wasm_split_path = ::leptos::wasm_split, fallible)]
fn decisions_body(owner: Owner) -> Result<AnyView, super::chunk::ChunkUnavailable> {
    Ok(owner.with(|| view! { <Decisions /> }.into_any()))
}

/// Each choice that is needed now, with its buttons.
#[component]
fn Decisions() -> impl IntoView {
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
        {move || persistence.deleted_elsewhere.get().then(|| view! {
            <div role="alert" class="alert decision-needed" data-testid="deleted-elsewhere-alert">
                <p>"Another tab deleted this plan. Nothing here is saved until you choose: keep it (it is saved again, as shown here), or show another plan."</p>
                <button type="button" on:click=move |_| persistence.keep_deleted(state)>"Keep this plan"</button>
                <button type="button" on:click=move |_| persistence.open_another(state, || {
                    launchplan_core::default_plan::default_plan().plan.with_fresh_ids(&mut |kind| super::clock::new_id(kind))
                })>"Show another plan"</button>
            </div>
        }.into_any())}
        {move || persistence.conflict.get().map(|theirs| view! {
            <div role="alert" class="alert decision-needed" data-testid="conflict-alert">
                <p>"Another tab changed this plan while this tab had unsaved changes. Which version should be kept? The other stays available through Undo or as the last good copy."</p>
                <button type="button" on:click=move |_| persistence.adopt(state, theirs.clone())>"Use the other tab's version"</button>
                <button type="button" on:click=move |_| persistence.keep_mine(state)>"Keep this tab's version"</button>
            </div>
        }.into_any())}
    }
}

/// Whole calendar days from the local day of a stamp to local `now`.
fn days_since(at: Stamp, now: chrono::NaiveDateTime) -> i64 {
    (now.date() - super::clock::local_date(at))
        .num_days()
        .max(0)
}

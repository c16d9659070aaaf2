//! The View menu's contents: what the plan is viewed as (the day it is viewed as of, a new
//! launch date, the timeline's zoom), editing mode, the theme and the shortcuts. A wasm chunk of
//! their own, fetched the first time the menu is opened (none of it is needed to show the plan;
//! `e`, `?` and the stored theme work without it).

use super::chunk::ChunkUnavailable;
use super::state::use_app_state;
use super::theme::ThemeToggle;
use super::timeline::ZoomControl;
use launchplan_core::plan::dates::{format_long, parse_iso};
use launchplan_core::schedule::reschedule::reschedule;
use leptos::prelude::*;

/// The options, built under `owner` (the chunk's code runs after the await, outside any
/// reactive owner).
#[leptos::wasm_split::wasm_split(view_options, wasm_split_path = ::leptos::wasm_split, fallible)]
pub(crate) fn view_options(
    owner: Owner,
    on_help: Callback<()>,
) -> Result<AnyView, ChunkUnavailable> {
    // A reschedule is saved by the plan's writer, and a first visit's tab closed before it comes
    // cannot keep a reschedule as it keeps marks: it is fetched with the options.
    crate::storage::reader::fetch();
    Ok(owner.with(|| view! { <ViewOptions on_help=on_help /> }.into_any()))
}

/// The plan as of a day, reschedule, and the timeline's zoom; then editing mode, the theme and
/// the shortcuts (`on_help` opens or closes them).
#[component]
fn ViewOptions(on_help: Callback<()>) -> impl IntoView {
    let state = use_app_state();
    let as_of_text = move || state.as_of.get().map(|d| d.to_string()).unwrap_or_default();
    let plan_date = move || state.plan.with(|p| p.facts.written_on);
    let new_launch = RwSignal::new(String::new());
    let do_reschedule = move || {
        let text = new_launch.get_untracked();
        let Ok(day) = parse_iso(&text).ok_or(()) else {
            state
                .alert
                .set(Some("Choose the new launch date first.".into()));
            return;
        };
        let moved = state
            .plan
            .with_untracked(|p| reschedule(p, day, super::clock::stamp()));
        match moved {
            Ok(plan) => {
                state.replace(plan);
                state.alert.set(None);
            }
            Err(e) => state.alert.set(Some(e.to_string())),
        }
    };
    view! {
        <fieldset class="as-of">
            <legend>"View as of"</legend>
            <input
                type="date"
                aria-label="View the plan as of"
                prop:value=as_of_text
                on:change=move |ev| state.as_of.set(parse_iso(&event_target_value(&ev)))
            />
            <button type="button" on:click=move |_| state.as_of.set(None)>"Today"</button>
            {move || plan_date().map(|d| view! {
                <button type="button" on:click=move |_| state.as_of.set(Some(d))>{format!("Plan date ({})", format_long(d))}</button>
            })}
        </fieldset>
        <form class="reschedule" on:submit=move |ev| { ev.prevent_default(); do_reschedule(); }>
            <label>"New launch date " <input type="date" bind:value=new_launch /></label>
            <button type="submit">
                {move || if state.plan.with(|p| p.facts.launch.is_some()) { "Reschedule" } else { "Set launch date" }}
            </button>
        </form>
        <ZoomControl />
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
    }
}

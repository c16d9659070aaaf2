//! One checkable entry: a native checkbox named by the entry's text, its state in words, its
//! notes, and the Edit button that opens its editor (in the editing chunk, `editing.rs`).

use super::editing::use_editors;
use super::state::{use_app_state, use_filter};
use launchplan_core::plan::{Entry, NodeId};
use launchplan_core::schedule::status::Status;
use leptos::prelude::*;

/// A checklist row for the entry with `id`. `editable` adds the item's Edit button (schedule
/// items), which fetches the editor the first time;
/// `children` go at the end of the row (a metric's actual value).
#[component]
pub(crate) fn CheckRow(
    id: NodeId,
    #[prop(optional)] editable: bool,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let state = use_app_state();
    let filter = use_filter();
    let key = id.clone();
    let entry = state.entry(&key);
    let status = Memo::new(move |_| {
        entry.with(|e| e.as_ref().map(|e| Status::of(e.done, e.due, state.today())))
    });
    let editors = use_editors();
    let editing = RwSignal::new(false);
    let edit_button = NodeRef::<leptos::html::Button>::new();
    // Closing the editor hands focus back to the Edit button, so a keyboard user stays in place.
    let close_editor = move || {
        editing.set(false);
        if let Some(button) = edit_button.get_untracked() {
            let _ = button.focus();
        }
    };
    let box_id = format!("check-{id}");
    let toggle_id = id.clone();
    let shown = move || {
        entry.with(|e| {
            e.as_ref()
                .is_some_and(|e| filter.shows_on(&e.text, e.done, e.due, state.today()))
        })
    };
    let row_id = id.to_string();
    view! {
        <li
            id=row_id
            class=move || {
                // One class string: a separate class: directive would be wiped when this one changes.
                let hidden = if shown() { "" } else { " filtered-out" };
                format!("check-row {}{hidden}", status.get().map(Status::class).unwrap_or_default())
            }
        >
            <input
                type="checkbox"
                id=box_id.clone()
                prop:checked=move || entry.with(|e| e.as_ref().is_some_and(|e| e.done))
                on:change=move |ev| {
                    let done = event_target_checked(&ev);
                    let id = toggle_id.clone();
                    state.change_in(&toggle_id, move |p, now| p.set_done(&id, done, now));
                }
            />
            <label for=box_id>{move || entry.with(|e| e.as_ref().map(|e| e.text.clone()))}</label>
            <span class="status-word">{move || status.get().map(Status::label)}</span>
            {move || entry.with(|e| e.as_ref().and_then(Entry::due_label)).map(|label| view! { <span class="due">{label}</span> })}
            {move || editable.then(|| view! {
                <button
                    type="button"
                    class="icon-button"
                    node_ref=edit_button
                    aria-expanded=move || editing.get().to_string()
                    aria-label=move || format!("Edit {}", entry.with(|e| e.as_ref().map(|e| e.text.clone()).unwrap_or_default()))
                    on:click=move |_| {
                        if editing.get_untracked() {
                            editing.set(false);
                        } else {
                            editors.load(state, move || editing.set(true));
                        }
                    }
                >"Edit"</button>
            })}
            <ul class="notes">
                {move || entry.with(|e| e.as_ref().map(|e| e.notes.clone()).unwrap_or_default()).into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
            </ul>
            {children.map(|c| c())}
            {move || {
                let views = editors.get().filter(|_| editing.get())?;
                Some((views.item)(id.clone(), Callback::new(move |()| close_editor())))
            }}
        </li>
    }
}

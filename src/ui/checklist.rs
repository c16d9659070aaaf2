//! One checkable entry: a native checkbox named by the entry's text, its state in words, its
//! notes, and an editor (rename, date, note, move, delete).

use super::state::{use_app_state, use_filter};
use launchplan_core::plan::dates::parse_iso;
use launchplan_core::plan::{Entry, NodeId};
use launchplan_core::schedule::status::Status;
use leptos::prelude::*;

/// A checklist row for the entry with `id`. `editable` adds the item editor (schedule items);
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
                    state.change(move |p, now| p.set_done(&id, done, now));
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
                    on:click=move |_| editing.update(|e| *e = !*e)
                >"Edit"</button>
            })}
            <ul class="notes">
                {move || entry.with(|e| e.as_ref().map(|e| e.notes.clone()).unwrap_or_default()).into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
            </ul>
            {children.map(|c| c())}
            <Show when=move || editing.get()>
                <ItemEditor id=id.clone() done=close_editor />
            </Show>
        </li>
    }
}

/// The editor under an item: rename, move to another date, add a note, reorder, delete.
#[component]
fn ItemEditor(id: NodeId, done: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let state = use_app_state();
    let key = id.clone();
    let entry = state.plan.with_untracked(|p| p.entry(&key));
    let text = RwSignal::new(entry.as_ref().map(|e| e.text.clone()).unwrap_or_default());
    let due = RwSignal::new(
        entry
            .as_ref()
            .and_then(|e| e.due)
            .map(|d| d.to_string())
            .unwrap_or_default(),
    );
    let note = RwSignal::new(String::new());
    let (i1, i2, i3, i4, i5) = (id.clone(), id.clone(), id.clone(), id.clone(), id.clone());
    let save = move || {
        let (id, new_text, new_due, new_note) = (
            i1.clone(),
            text.get_untracked(),
            due.get_untracked(),
            note.get_untracked(),
        );
        let date = parse_iso(&new_due);
        if !new_due.is_empty() && date.is_none() {
            state.alert.set(Some(format!(
                "\"{new_due}\" is not a date; the item keeps its date."
            )));
            return;
        }
        state.change(move |p, now| {
            let renamed = p.set_text(&id, &new_text, now);
            let moved = date.is_some_and(|d| p.set_date(&id, d, now));
            let noted = p.add_note(&id, &new_note, now);
            renamed | moved | noted
        });
        note.set(String::new());
        done();
    };
    view! {
        <form class="editor" on:submit=move |ev| { ev.prevent_default(); save(); }>
            <label>"Text " <input type="text" bind:value=text required /></label>
            <label>"Due " <input type="date" bind:value=due /></label>
            <label>"Add a note " <input type="text" bind:value=note /></label>
            <div class="editor-actions">
                <button type="submit">"Save"</button>
                <button type="button" on:click=move |_| { let id = i2.clone(); state.change(move |p, _| p.move_by(&id, -1)); }>"Move up"</button>
                <button type="button" on:click=move |_| { let id = i3.clone(); state.change(move |p, _| p.move_by(&id, 1)); }>"Move down"</button>
                <button type="button" class="danger" on:click=move |_| { let id = i4.clone(); state.change(move |p, _| p.delete(&id)); }>"Delete"</button>
                <button type="button" on:click=move |_| { let _ = &i5; done(); }>"Close"</button>
            </div>
        </form>
    }
}

/// An input that adds an item to a day or group.
#[component]
pub(crate) fn AddItem(parent: NodeId, #[prop(into)] label: Signal<String>) -> impl IntoView {
    let state = use_app_state();
    let text = RwSignal::new(String::new());
    view! {
        <form class="add-item" on:submit=move |ev| {
            ev.prevent_default();
            let (parent, value) = (parent.clone(), text.get_untracked());
            state.change(move |p, now| p.add_item(&parent, super::clock::new_id("item"), &value, now));
            text.set(String::new());
        }>
            <input type="text" bind:value=text aria-label=move || label.get() placeholder="Add an item" />
            <button type="submit">"Add"</button>
        </form>
    }
}

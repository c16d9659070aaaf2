//! The views that change the plan's structure: an item's editor (rename, date, note, move,
//! delete), the fields that add an item, a day or a group, and a group's rename, move and delete.
//! None of them is needed to show or tick the plan, so they are a wasm chunk of their own,
//! fetched the first time editing mode is turned on or an item's Edit button is pressed; a chunk
//! that does not load is reported, and the next try loads it again.

use super::clock::new_id;
use super::places::BlockData;
use super::reactive::Held;
use super::state::{use_app_state, AppState};
use launchplan_core::plan::dates::{parse_iso, Period};
use launchplan_core::plan::{NodeId, ScheduleGroup};
use leptos::prelude::*;

/// Where the editing views are, once their chunk is loaded (provided by the app's root).
#[derive(Clone, Copy)]
pub(crate) struct Editors {
    views: Held<Option<EditorViews>>,
}

/// The editing views, each a function in the chunk that builds it where it is called.
#[derive(Clone, Copy)]
pub(crate) struct EditorViews {
    /// The editor under an item; the callback closes it.
    pub item: fn(NodeId, Callback<()>) -> AnyView,
    /// The field that adds an item to a day or group, named by the label.
    pub add_item: fn(NodeId, Signal<String>) -> AnyView,
    /// The date field that adds a day to a group, named by the group's heading.
    pub add_day: fn(NodeId, Signal<String>) -> AnyView,
    /// The fields that add a group at the end of a section.
    pub add_group: fn(NodeId) -> AnyView,
    /// A group's Rename, move and Delete buttons, named by its heading; Rename sets the flag.
    pub group_tools: fn(NodeId, Signal<String>, RwSignal<bool>) -> AnyView,
    /// The form that renames a group, shown while the flag is set; it clears it.
    pub rename_group: fn(NodeId, BlockData<ScheduleGroup>, RwSignal<bool>) -> AnyView,
}

impl Editors {
    /// Provides the editing views to the page, loading them whenever editing mode is on.
    pub(crate) fn provide(state: AppState) {
        let editors = Editors {
            views: Held::new(None),
        };
        provide_context(editors);
        // Fetching the chunk is reaching outside the reactive system; when it cannot be
        // loaded, editing mode goes off again (nothing in it would work).
        super::reactive::effect(move || {
            if state.editing.get() {
                editors.load(state, || ());
            }
        });
    }

    /// The editing views, once loaded (tracked: a view that asks is built again when they come).
    pub(crate) fn get(self) -> Option<EditorViews> {
        self.views.get()
    }

    /// Runs `then` once the editing views are loaded, at once when they are. When the chunk
    /// cannot be loaded, says so and turns editing mode off; the next call tries again.
    pub(crate) fn load(self, state: AppState, then: impl FnOnce() + 'static) {
        if self.views.get_untracked().is_some() {
            then();
            return;
        }
        leptos::task::spawn_local(async move {
            // An edit is saved by the plan's writer, and a first visit's tab closed before it
            // comes cannot keep an edit as it keeps marks: it is fetched with the editor (a
            // failure is the first save's to report).
            crate::storage::reader::fetch();
            match editor_views().await {
                Ok(views) => {
                    self.views.set(Some(views));
                    then();
                }
                Err(_) => {
                    state.editing.set(false);
                    state
                        .alert
                        .set(Some(super::chunk::not_loaded("The editor")));
                }
            }
        });
    }
}

/// The editing views' context, provided by the app's root.
pub(crate) fn use_editors() -> Editors {
    use_context::<Editors>()
        .unwrap_or_else(|| panic!("Editors is provided by App; a component was mounted outside it"))
}

/// The chunk's one entry: the functions that build each editing view.
#[leptos::wasm_split::wasm_split(editing, wasm_split_path = ::leptos::wasm_split, fallible)]
fn editor_views() -> Result<EditorViews, super::chunk::ChunkUnavailable> {
    Ok(EditorViews {
        item: |id, done| view! { <ItemEditor id=id done=done /> }.into_any(),
        add_item: |parent, label| view! { <AddItem parent=parent label=label /> }.into_any(),
        add_day: |group, label| view! { <AddDay group=group label=label /> }.into_any(),
        add_group: |section| view! { <AddGroup section=section /> }.into_any(),
        group_tools: |id, heading, renaming| {
            view! { <GroupTools id=id heading=heading renaming=renaming /> }.into_any()
        },
        rename_group: |id, group, renaming| {
            view! { <RenameGroup id=id group=group renaming=renaming /> }.into_any()
        },
    })
}

/// The editor under an item: rename, move to another date, add a note, reorder, delete.
#[component]
fn ItemEditor(id: NodeId, done: Callback<()>) -> impl IntoView {
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
    let (i1, i2, i3, i4) = (id.clone(), id.clone(), id.clone(), id.clone());
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
        done.run(());
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
                <button type="button" on:click=move |_| done.run(())>"Close"</button>
            </div>
        </form>
    }
}

/// An input that adds an item to a day or group.
#[component]
fn AddItem(parent: NodeId, label: Signal<String>) -> impl IntoView {
    let state = use_app_state();
    let text = RwSignal::new(String::new());
    view! {
        <form class="add-item" on:submit=move |ev| {
            ev.prevent_default();
            let (parent, value) = (parent.clone(), text.get_untracked());
            state.change(move |p, now| p.add_item(&parent, new_id("item"), &value, now));
            text.set(String::new());
        }>
            <input type="text" bind:value=text aria-label=move || label.get() placeholder="Add an item" />
            <button type="submit">"Add"</button>
        </form>
    }
}

/// A date field that adds a day to a group.
#[component]
fn AddDay(group: NodeId, label: Signal<String>) -> impl IntoView {
    let state = use_app_state();
    let date = RwSignal::new(String::new());
    view! {
        <form class="add-item add-day" on:submit=move |ev| {
            ev.prevent_default();
            let Some(day) = parse_iso(&date.get_untracked()) else {
                state.alert.set(Some("Choose the new day's date first.".into()));
                return;
            };
            let group = group.clone();
            state.change(move |p, now| p.add_day(&group, new_id("day"), day, now));
            date.set(String::new());
        }>
            <input type="date" bind:value=date aria-label=move || format!("New day in {}", label.get()) />
            <button type="submit">"Add day"</button>
        </form>
    }
}

/// Fields that add a week (or any group) at the end of a section.
#[component]
fn AddGroup(section: NodeId) -> impl IntoView {
    let state = use_app_state();
    let label = RwSignal::new(String::new());
    let start = RwSignal::new(String::new());
    let end = RwSignal::new(String::new());
    view! {
        <form class="add-item add-group" on:submit=move |ev| {
            ev.prevent_default();
            let (from, to) = (parse_iso(&start.get_untracked()), parse_iso(&end.get_untracked()));
            let period = match (from, to) {
                (Some(start), Some(end)) if end >= start => Some(Period::Range { start, end }),
                (Some(start), None) => Some(Period::Day { date: start }),
                (None, None) => None,
                _ => {
                    state.alert.set(Some("The group's last day must be on or after its first.".into()));
                    return;
                }
            };
            let (section, name) = (section.clone(), label.get_untracked());
            if name.trim().is_empty() {
                state.alert.set(Some("Name the new group first.".into()));
                return;
            }
            state.change(move |p, now| p.add_group(&section, new_id("group"), &name, period, now));
            label.set(String::new());
        }>
            <input type="text" bind:value=label aria-label="New group name" placeholder="Add a week" />
            <input type="date" bind:value=start aria-label="New group first day" />
            <input type="date" bind:value=end aria-label="New group last day" />
            <button type="submit">"Add group"</button>
        </form>
    }
}

/// A group's Rename, move up and down, and Delete buttons.
#[component]
fn GroupTools(id: NodeId, heading: Signal<String>, renaming: RwSignal<bool>) -> impl IntoView {
    let state = use_app_state();
    let (i1, i2, i3) = (id.clone(), id.clone(), id);
    view! {
        <div class="block-tools">
            <button type="button" on:click=move |_| renaming.set(true)>"Rename"</button>
            <button type="button" aria-label=move || format!("Move {} up", heading.get()) on:click=move |_| { let id = i1.clone(); state.change(move |p, _| p.move_by(&id, -1)); }>"↑"</button>
            <button type="button" aria-label=move || format!("Move {} down", heading.get()) on:click=move |_| { let id = i2.clone(); state.change(move |p, _| p.move_by(&id, 1)); }>"↓"</button>
            <button type="button" class="danger" aria-label=move || format!("Delete {}", heading.get()) on:click=move |_| { let id = i3.clone(); state.change(move |p, _| p.delete(&id)); }>"Delete"</button>
        </div>
    }
}

/// The form that renames a group, filled with its current name.
#[component]
fn RenameGroup(
    id: NodeId,
    group: BlockData<ScheduleGroup>,
    renaming: RwSignal<bool>,
) -> impl IntoView {
    let state = use_app_state();
    let new_label =
        RwSignal::new(group.with_untracked(|g| g.map(|g| g.label.clone()).unwrap_or_default()));
    view! {
        <form class="editor" on:submit=move |ev| {
            ev.prevent_default();
            let (id, label) = (id.clone(), new_label.get_untracked());
            state.change(move |p, now| p.set_text(&id, &label, now));
            renaming.set(false);
        }>
            <label>"Name " <input type="text" bind:value=new_label required /></label>
            <button type="submit">"Save"</button>
            <button type="button" on:click=move |_| renaming.set(false)>"Cancel"</button>
        </form>
    }
}

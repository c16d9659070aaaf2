//! The plan library: every plan stored in this browser; open one, start a new one from the
//! BillingOS template or blank, open one from a link, duplicate, rename or delete (with undo).

use super::clock::{new_id, stamp};
use super::persistence::use_persistence;
use super::state::use_app_state;
use crate::storage::{self, Summary};
use launchplan_core::default_plan::default_plan;
use launchplan_core::formats::json::Stored;
use launchplan_core::plan::Plan;
use leptos::prelude::*;

/// The "Plans" disclosure. What it holds is a wasm chunk of its own, fetched the first time it
/// is opened (none of it is needed to show a plan); a chunk that does not load is reported and
/// the next opening tries again.
#[component]
pub(crate) fn PlanLibrary() -> impl IntoView {
    let state = use_app_state();
    let shown = RwSignal::new(false);
    let content = super::chunk::built_on_first_need(
        move || shown.get(),
        move |owner| super::chunk::after_reader(library_body(owner, shown)),
        move || {
            state.alert.set(Some(
                "The plan library could not be loaded (are you offline, or was Launchplan updated? Close and open it again, or reload the page).".into(),
            ))
        },
    );
    view! {
        <details
            class="library"
            data-testid="library"
            on:toggle=move |ev| shown.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
        >
            <summary>"Plans"</summary>
            {content}
        </details>
    }
}

/// The library's content, built under `owner` (the chunk's code runs after the await, outside
/// any reactive owner); `shown` says whether the disclosure is open.
#[leptos::wasm_split::wasm_split(plan_library, wasm_split_path = ::leptos::wasm_split, fallible)]
fn library_body(
    owner: Owner,
    shown: RwSignal<bool>,
) -> Result<AnyView, super::chunk::ChunkUnavailable> {
    Ok(owner.with(|| view! { <LibraryBody shown=shown /> }.into_any()))
}

/// The list of plans and the actions on them.
#[component]
fn LibraryBody(shown: RwSignal<bool>) -> impl IntoView {
    let state = use_app_state();
    let persistence = use_persistence();
    // Storage is read only while the list is open (listing decodes every stored plan), and
    // again after each save then, since a save can add or rename a plan.
    let plans = Memo::new(move |_| {
        if !shown.get() {
            return Vec::new();
        }
        persistence.status.track();
        // Another tab saved, added or deleted a plan.
        persistence.stored_elsewhere.track();
        storage::list_plans()
    });
    let deleted = RwSignal::new(None::<Stored>);
    let title = RwSignal::new(String::new());
    let open_plan = move |plan: Plan, revision: u64| persistence.open(state, plan, revision);
    let fresh = |plan: &Plan| plan.with_fresh_ids(&mut |kind| new_id(kind));
    view! {
            <ul>
                <For
                    each=move || plans.get()
                    key=|s: &Summary| (s.id.clone(), s.title.clone())
                    children=move |s: Summary| {
                        let current = {
                            let id = s.id.clone();
                            Memo::new(move |_| state.plan.with(|p| p.id == id))
                        };
                        let (open_id, delete_id, name) = (s.id.clone(), s.id.clone(), s.title.clone());
                        view! {
                            <li class:current=move || current.get()>
                                <span>{s.title.clone()}</span>
                                <Show when=move || !current.get()>
                                    <button type="button" aria-label=format!("Open {}", name) on:click={
                                        let id = open_id.clone();
                                        move |_| match storage::read_stored(&id) {
                                            Some(stored) => open_plan(stored.plan, stored.revision),
                                            None => state.alert.set(Some("That plan could not be read; it was left as it is.".into())),
                                        }
                                    }>"Open"</button>
                                </Show>
                                <button type="button" class="danger" aria-label=format!("Delete {}", s.title) on:click={
                                    let id = delete_id.clone();
                                    move |_| {
                                        let Some(stored) = storage::read_stored(&id) else { return };
                                        if let Err(e) = storage::remove_plan(&id) {
                                            state.alert.set(Some(e.to_string()));
                                            return;
                                        }
                                        let shown = state.plan.with_untracked(|p| p.id.clone());
                                        deleted.set(Some(stored));
                                        match after_delete(&id, &shown, &storage::list_plans()) {
                                            AfterDelete::Keep => {}
                                            AfterDelete::Show(other) => match storage::read_stored(&other) {
                                                Some(other) => open_plan(other.plan, other.revision),
                                                None => open_plan(fresh(&default_plan().plan), 0),
                                            },
                                            AfterDelete::Template => open_plan(fresh(&default_plan().plan), 0),
                                        }
                                        persistence.status.update(|_| {});
                                    }
                                }>"Delete"</button>
                            </li>
                        }
                    }
                />
            </ul>
            {move || deleted.get().map(|d| {
                let name = d.plan.title.clone();
                view! {
                    <p role="status" data-testid="deleted">
                        {format!("Deleted \"{name}\". ")}
                        <button type="button" on:click=move |_| {
                            let Some(d) = deleted.get_untracked() else { return };
                            match after_undo(storage::save(&d.plan, d.revision, stamp())) {
                                AfterUndo::ShowRestored(revision) => {
                                    deleted.set(None);
                                    open_plan(d.plan, revision);
                                }
                                AfterUndo::ShowStored => {
                                    deleted.set(None);
                                    match storage::read_stored(&d.plan.id) {
                                        Some(kept) => open_plan(kept.plan, kept.revision),
                                        None => state.alert.set(Some("That plan could not be read; it was left as it is.".into())),
                                    }
                                }
                                AfterUndo::Refused(why) => state.alert.set(Some(why)),
                            }
                        }>"Undo delete"</button>
                    </p>
                }
            })}
            <div class="editor-actions">
                <button type="button" on:click=move |_| open_plan(fresh(&default_plan().plan), 0)>"New from the BillingOS template"</button>
                <button type="button" on:click=move |_| {
                    open_plan(super::example::blank_plan(), 0);
                }>"New blank plan"</button>
                <button type="button" on:click=move |_| {
                    let mut copy = state.plan.with_untracked(|p| fresh(p));
                    copy.title = format!("{} (copy)", copy.title);
                    open_plan(copy, 0);
                }>"Duplicate this plan"</button>
            </div>
            <super::source::OpenFromLink />
            <form class="editor-actions" on:submit=move |ev| {
                ev.prevent_default();
                let name = title.get_untracked().trim().to_string();
                if name.is_empty() {
                    return;
                }
                state.change(move |p, now| {
                    if p.title == name {
                        return false;
                    }
                    p.title = name;
                    p.modified = now;
                    true
                });
                title.set(String::new());
            }>
                <label>"Rename this plan " <input type="text" bind:value=title /></label>
                <button type="submit">"Rename"</button>
            </form>
    }
}

/// What the page shows once a plan is deleted.
#[derive(Debug, PartialEq)]
enum AfterDelete {
    /// Another plan was deleted: the one shown stays.
    Keep,
    /// The plan shown was deleted: the most recently saved of the others.
    Show(launchplan_core::plan::NodeId),
    /// The plan shown was the last one: a fresh copy of the template.
    Template,
}

fn after_delete(
    deleted: &launchplan_core::plan::NodeId,
    shown: &launchplan_core::plan::NodeId,
    remaining: &[Summary],
) -> AfterDelete {
    if deleted != shown {
        return AfterDelete::Keep;
    }
    match remaining.iter().find(|s| &s.id != deleted) {
        Some(other) => AfterDelete::Show(other.id.clone()),
        None => AfterDelete::Template,
    }
}

/// What "Undo delete" leads to, given what storing the deleted copy again did.
#[derive(Debug, PartialEq)]
enum AfterUndo {
    /// The copy is stored again, at this revision: show it.
    ShowRestored(u64),
    /// Another tab stored the plan meanwhile: its copy is the one to show.
    ShowStored,
    /// Not stored: say why (the deleted copy stays offered).
    Refused(String),
}

fn after_undo(saved: Result<u64, storage::StorageError>) -> AfterUndo {
    match saved {
        Ok(revision) => AfterUndo::ShowRestored(revision),
        Err(storage::StorageError::Conflict { .. }) => AfterUndo::ShowStored,
        Err(e) => AfterUndo::Refused(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use launchplan_core::plan::{NodeId, Stamp};

    fn summary(id: &str) -> Summary {
        Summary {
            id: NodeId(id.into()),
            title: id.into(),
            saved_at: Stamp(0),
        }
    }

    #[test]
    fn deleting_the_plan_shown_shows_the_next_or_the_template() {
        let (a, b) = (NodeId("a".into()), NodeId("b".into()));
        assert_eq!(after_delete(&a, &b, &[summary("b")]), AfterDelete::Keep);
        assert_eq!(
            after_delete(&a, &a, &[summary("b"), summary("c")]),
            AfterDelete::Show(b)
        );
        // The index may still list the deleted plan: it is never shown again.
        assert_eq!(after_delete(&a, &a, &[summary("a")]), AfterDelete::Template);
        assert_eq!(after_delete(&a, &a, &[]), AfterDelete::Template);
    }

    #[test]
    fn undo_shows_the_restored_copy_or_the_one_another_tab_kept() {
        assert_eq!(after_undo(Ok(4)), AfterUndo::ShowRestored(4));
        assert_eq!(
            after_undo(Err(storage::StorageError::Conflict { theirs: 5, ours: 3 })),
            AfterUndo::ShowStored
        );
        assert!(matches!(
            after_undo(Err(storage::StorageError::Full("quota".into()))),
            AfterUndo::Refused(why) if why.contains("full")
        ));
    }
}

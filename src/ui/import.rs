//! Import: a JSON or Markdown plan by file picker, drag and drop, or a share link the page was
//! opened with. Files over the size limit are refused before reading; a preview says what would
//! change, then Replace, Merge, Import as a new plan, or Cancel.
//! Every import can be undone.

use super::chunk::ChunkUnavailable;
use super::reactive::{Held, Kept};
use super::review_fixes::{ReviewFixes, Reviewed, UndoFix};
use super::state::{use_app_state, AppState};
use chrono::NaiveDate;
use launchplan_core::formats::file::{text_of_bytes, Format};
use launchplan_core::formats::json::MAX_FILE_BYTES;
use launchplan_core::formats::markdown_in::{import_markdown_near, MarkdownImport};
use launchplan_core::formats::report::{ImportReport, SourceLine};
use launchplan_core::formats::understood::Understood;
use launchplan_core::merge::{compare, merge};
use launchplan_core::plan::dates::parse_iso;
use launchplan_core::plan::Plan;
use launchplan_core::schedule::reschedule::move_years;
use leptos::prelude::*;

/// A file read and checked, waiting for the user's choice.
#[derive(Clone)]
struct Pending {
    name: String,
    plan: Plan,
    /// What the reader said about the file (empty for JSON and share links).
    report: ImportReport,
    /// The line of a Markdown file that states the launch date the reader took.
    launch_read_from: Option<SourceLine>,
}

/// The name of the (visually hidden) file field behind the Import button.
const FILE_FIELD_LABEL: &str = "Import a plan file";

/// Opens the browser's file picker of the Import button, from elsewhere on the page.
pub(crate) fn open_file_picker() {
    use wasm_bindgen::JsCast;
    prefetch_chunks();
    let field = document()
        .query_selector(&format!("input[aria-label='{FILE_FIELD_LABEL}']"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(field) = field {
        field.click();
    }
}

/// The Import button, the drop target (the whole window) and the preview.
#[component]
pub(crate) fn ImportControl() -> impl IntoView {
    let state = use_app_state();
    let pending = Held::new(None::<Pending>);
    let picker = NodeRef::<leptos::html::Input>::new();
    let drop = window_event_listener(leptos::ev::drop, move |ev| {
        ev.prevent_default();
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            let asked = Asked::new();
            with_readers(state, FOR_FILE, move |r| {
                (r.file)(state, pending, file, asked)
            });
        }
    });
    let over = window_event_listener(leptos::ev::dragover, move |ev| ev.prevent_default());
    // A file dragged over the page is an import about to happen.
    let enter = window_event_listener(leptos::ev::dragenter, move |_| prefetch_chunks());
    // A share link: the one the page was opened with, and one pasted into the address bar later.
    let share_link = move || {
        if super::share::shows_share_link() {
            let asked = Asked::new();
            with_readers(state, FOR_LINK, move |r| {
                (r.share_link)(state, pending, asked)
            });
        }
    };
    share_link();
    let hash = window_event_listener(leptos::ev::hashchange, move |_| share_link());
    on_cleanup(move || {
        drop.remove();
        over.remove();
        enter.remove();
        hash.remove();
    });
    let clear = Callback::new(move |()| {
        pending.set(None);
        super::share::forget_link();
    });
    // The preview is a wasm chunk of its own, fetched on the first import (none of it is needed
    // to show a plan). Each preview gets an owner of its own, disposed when it closes, so the
    // imported plan it holds goes with it.
    let parent = Owner::current().unwrap_or_default();
    WARM_UP.with(|w| w.set(Some((parent.clone(), state))));
    let shown = RwSignal::new_local(None::<AnyView>);
    let preview_owner = StoredValue::new_local(None::<Owner>);
    // Which preview is wanted: one that finishes loading after another was asked for is dropped.
    let generation = Kept::new(0u64);
    super::reactive::effect(move || {
        // Taken, not cloned (nothing else reads it): no copy of the whole imported plan.
        pending.track();
        let next = pending.try_update_untracked(Option::take).flatten();
        generation.update_value(|g| *g += 1);
        let wanted = generation.get_value();
        // The preview shown so far goes first; its owner is disposed once it is off the page
        // (a timer: after the render that takes it away).
        shown.set(None);
        if let Some(old) = preview_owner.try_update_value(Option::take).flatten() {
            set_timeout(move || old.cleanup(), std::time::Duration::ZERO);
        }
        let Some(p) = next else {
            return;
        };
        let owner = parent.child();
        preview_owner.set_value(Some(owner.clone()));
        leptos::task::spawn_local(async move {
            match super::chunk::after_reader(preview_view(owner, p, clear)).await {
                Ok(view) if generation.get_value() == wanted => shown.set(Some(view)),
                Ok(_) => {}
                Err(_) if generation.get_value() == wanted => {
                    pending.set(None);
                    state.alert.set(Some(format!(
                        "{} Nothing was changed.",
                        super::chunk::not_loaded("The import preview")
                    )));
                }
                Err(_) => {}
            }
        });
    });
    view! {
        <span class="import">
            <button type="button" on:click=move |_| { if let Some(input) = picker.get() { input.click(); } prefetch_chunks(); }>"Import…"</button>
            <input
                type="file"
                class="visually-hidden"
                accept=".json,.md,.markdown,.txt,application/json,text/markdown"
                aria-label=FILE_FIELD_LABEL
                node_ref=picker
                on:change=move |ev| {
                    let input = event_target::<web_sys::HtmlInputElement>(&ev);
                    if let Some(file) = input.files().and_then(|f| f.get(0)) {
                        let asked = Asked::new();
                        with_readers(state, FOR_FILE, move |r| (r.file)(state, pending, file, asked));
                    }
                    input.set_value("");
                }
            />
        </span>
        {move || {
            shown.track();
            shown.try_update_untracked(Option::take).flatten()
        }}
    }
}

/// Starts fetching and compiling the chunks an import needs (the preview, and the Markdown
/// reader, which most plans are written for), and runs their code once, as soon as one starts:
/// the file picker opened, a file dragged over the page. While the user picks the file they
/// load, so that the preview shows soon after the choice instead of after a fetch and a
/// compile. A chunk that does not load here changes nothing: the import asks for it again, and
/// reports it if it still cannot.
fn prefetch_chunks() {
    leptos::task::spawn_local(async {
        let _ = prefetch_preview().await;
    });
    leptos::task::spawn_local(async {
        let _ = prefetch_markdown_reader().await;
    });
    // A file is read by the file readers' chunk, a JSON one by the plan reader too, which a
    // first visit has not loaded yet. Once they are here, an import runs unseen (once a page).
    let warm = WARM_UP.with(std::cell::Cell::take);
    leptos::task::spawn_local(async move {
        if let (Ok(readers), Some((owner, state))) =
            (super::chunk::after_reader(readers()).await, warm)
        {
            (readers.warm_up)(owner, state);
        }
    });
}

thread_local! {
    /// How many imports have been asked for on this page (see [`Asked`]).
    static IMPORTS_ASKED: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    /// Where the unseen import of [`warm_up`] builds its preview (the import control's owner,
    /// whose context it reads) and the app's state; taken by the first import.
    static WARM_UP: std::cell::Cell<Option<(Owner, AppState)>> = const { std::cell::Cell::new(None) };
}

/// An import asked for: a file chosen or dropped, or a share link in the address. Its number is
/// taken when it is asked for, before the readers' chunk is awaited, so that only the last one
/// asked for shows its preview or its error: a Markdown file whose reader was still loading
/// must not replace the preview of a JSON file chosen after it, nor a slow share link that of a
/// file chosen meanwhile.
#[derive(Clone, Copy)]
struct Asked(u64);

impl Asked {
    fn new() -> Asked {
        let n = IMPORTS_ASKED.get() + 1;
        IMPORTS_ASKED.set(n);
        Asked(n)
    }

    /// Whether any import has been asked for on this page (the unseen import of [`warm_up`] is
    /// then left out: it would only delay what the user asked for).
    fn any() -> bool {
        IMPORTS_ASKED.get() > 0
    }

    /// Whether another import was asked for since this one: then this one is dropped, with a
    /// `launchplan:import-superseded` mark.
    fn superseded(self) -> bool {
        let superseded = IMPORTS_ASKED.get() != self.0;
        if superseded {
            if let Some(performance) = window().performance() {
                let _ = performance.mark("launchplan:import-superseded");
            }
        }
        superseded
    }
}

/// Reads the example plan as a JSON file would be read, compares it with the plan shown and
/// builds its preview, all unseen (the preview is never put on the page), while the user picks a
/// file. V8 compiles each wasm function the first time it is called, on the main thread: a
/// page's first import compiled about 20 ms of code after the file was chosen (measured: 1,000
/// items, file chosen to preview 92 → 37 ms after the same import of a small plan first).
///
/// And the first date field a page lays out costs Chromium about 20 ms, the next ones 2 ms (one
/// made but never laid out readies nothing: measured). The preview's launch date is one: a
/// hidden one is laid out for a frame now.
fn warm_up(owner: Owner, state: AppState) {
    // A file chosen or dropped before the readers came: its import compiles the code itself.
    if Asked::any() {
        return;
    }
    if let (Ok(field), Some(body)) = (document().create_element("input"), document().body()) {
        let field: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(field);
        let _ = field.set_attribute("type", "date");
        let _ = field.set_attribute("class", "warm-up");
        // Unseen, out of the flow and of the accessibility tree (through the CSSOM, which the
        // Content-Security-Policy allows; a `style` attribute would be refused).
        let style = field.style();
        let _ = style.set_property("position", "fixed");
        let _ = style.set_property("visibility", "hidden");
        let _ = body.append_child(&field);
        request_animation_frame(move || request_animation_frame(move || field.remove()));
    }
    let text = launchplan_core::formats::json::export_json_compact(
        &launchplan_core::default_plan::default_plan().plan,
    );
    leptos::task::spawn_local(async move {
        let Ok((plan, report, launch_read_from)) =
            read_plan("example.json", text, state.today_untracked()).await
        else {
            return;
        };
        let pending = Pending {
            name: String::new(),
            plan,
            report,
            launch_read_from,
        };
        if Asked::any() {
            return;
        }
        let owner = owner.child();
        let clear = owner.with(|| Callback::new(|()| ()));
        if let Ok(view) = preview_view(owner.clone(), pending, clear).await {
            owner.with(|| drop(view.build()));
        }
        owner.cleanup();
        // Done (the e2e tests wait for it).
        if let Some(performance) = window().performance() {
            let _ = performance.mark("launchplan:warmed-up");
        }
    });
}

/// What reads a file or a share link into the preview: a chunk of its own, with the plan
/// reader's, fetched when an import starts (see [`prefetch_chunks`]) or the address holds a
/// share link.
#[derive(Clone, Copy)]
struct Readers {
    file: fn(AppState, Held<Option<Pending>>, web_sys::File, Asked),
    share_link: fn(AppState, Held<Option<Pending>>, Asked),
    warm_up: fn(Owner, AppState),
}

#[leptos::wasm_split::wasm_split(file_readers, wasm_split_path = ::leptos::wasm_split, fallible)]
fn readers() -> Result<Readers, ChunkUnavailable> {
    Ok(Readers {
        file: read_file,
        share_link: read_share_link,
        warm_up,
    })
}

/// What follows "… could not be loaded (…)." when the readers cannot be, for a file and for a
/// share link (which stays in the address for a reload).
const FOR_FILE: &str = "The file was not imported; nothing was changed.";
const FOR_LINK: &str = "Nothing was changed; the share link stays in the address bar.";

/// Runs `then` with the readers once they are loaded; when they cannot be, says so, then
/// `after`.
fn with_readers(state: AppState, after: &'static str, then: impl FnOnce(Readers) + 'static) {
    leptos::task::spawn_local(async move {
        match super::chunk::after_reader(readers()).await {
            Ok(readers) => then(readers),
            Err(_) => state.alert.set(Some(format!(
                "{} {after}",
                super::chunk::not_loaded("Reading plans")
            ))),
        }
    });
}

/// Checks the size, reads the file and parses it; errors go to the alert, the plan to the preview.
fn read_file(state: AppState, pending: Held<Option<Pending>>, file: web_sys::File, asked: Asked) {
    if asked.superseded() {
        return;
    }
    let name = file.name();
    let size = file.size() as usize;
    if size > MAX_FILE_BYTES {
        state.alert.set(Some(format!("\"{name}\" is {size} bytes; plans larger than {MAX_FILE_BYTES} bytes are not read. Nothing was changed.")));
        return;
    }
    leptos::task::spawn_local(async move {
        // The bytes, decoded here as `file.text()` decodes UTF-8: copied into the app's memory
        // at once, where a JavaScript string was copied over character by character. A file
        // that is not UTF-8 is read by `file.text()` itself, which replaces what is not.
        let bytes = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
        let text = match bytes.map(|b| text_of_bytes(js_sys::Uint8Array::new(&b).to_vec())) {
            Ok(Some(text)) => Ok(text),
            Ok(None) => wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .map(|t| t.as_string().unwrap_or_default()),
            Err(e) => Err(e),
        };
        let text = match text {
            Ok(text) => text,
            Err(_) if asked.superseded() => return,
            Err(_) => {
                state.alert.set(Some(format!(
                    "\"{name}\" could not be read. Nothing was changed."
                )));
                return;
            }
        };
        let read = read_plan(&name, text, state.today_untracked()).await;
        if asked.superseded() {
            return;
        }
        match read {
            Ok((plan, report, from)) => show_preview(state, pending, name, plan, report, from),
            Err(why) => state.alert.set(Some(format!("{why} Nothing was changed."))),
        }
    });
}

/// Reads the text of a file called `name` (JSON or Markdown, by its name and content) as a plan,
/// with what the reader said about it; or says why it is not one. Used for files and for plans
/// fetched from an address.
pub(crate) async fn read_plan_text(
    name: &str,
    text: String,
    today: NaiveDate,
) -> Result<(Plan, ImportReport), String> {
    read_plan(name, text, today)
        .await
        .map(|(plan, report, _)| (plan, report))
}

/// As [`read_plan_text`], with the line a Markdown file states its launch date on.
async fn read_plan(
    name: &str,
    text: String,
    today: NaiveDate,
) -> Result<(Plan, ImportReport, Option<SourceLine>), String> {
    let format = Format::to_read(name, &text);
    if format == Format::Calendar {
        return Err(format!(
            "\"{name}\" is a calendar: Launchplan writes calendars but cannot read a plan back from one. Import the plan's JSON or Markdown file instead."
        ));
    }
    if format == Format::Json {
        let Ok(reader) = crate::storage::reader::load().await else {
            return Err(format!(
                "\"{name}\" was not imported: {}",
                super::chunk::not_loaded("the plan reader")
            ));
        };
        return (reader.plan)(&text)
            .map(|plan| (plan, ImportReport::default(), None))
            .map_err(|e| format!("\"{name}\" was not imported. {e}"));
    }
    let Ok(imported) = markdown_import(text, today).await else {
        return Err(format!(
            "\"{name}\" was not imported: {}",
            super::chunk::not_loaded("the Markdown reader")
        ));
    };
    // An empty file, or one with nothing a plan is made of, would replace the plan with
    // nothing.
    if imported.plan.sections.is_empty()
        && imported.plan.notes.is_empty()
        && imported.plan.facts == Default::default()
    {
        return Err(format!(
            "\"{name}\" holds no plan: no headings, lists or dates were found in it."
        ));
    }
    // A Markdown file under the limit can make a plan over it (IDs, field names).
    imported
        .check_limits()
        .map_err(|e| format!("\"{name}\" was not imported. {e}"))?;
    Ok((imported.plan, imported.report, imported.launch_read_from))
}

/// Reads the share link in the address, if there is one, into the preview.
fn read_share_link(state: AppState, pending: Held<Option<Pending>>, asked: Asked) {
    leptos::task::spawn_local(async move {
        let read = super::share::plan_from_url().await;
        if asked.superseded() {
            return;
        }
        match read {
            None => {}
            Some(Ok(plan)) => show_preview(
                state,
                pending,
                "shared link".into(),
                plan,
                ImportReport::default(),
                None,
            ),
            Some(Err(why)) => {
                state.alert.set(Some(format!("{why} Nothing was changed.")));
                super::share::forget_link();
            }
        }
    });
}

/// Compares `plan` with the one shown and opens the preview.
fn show_preview(
    state: AppState,
    pending: Held<Option<Pending>>,
    name: String,
    plan: Plan,
    report: ImportReport,
    launch_read_from: Option<SourceLine>,
) {
    state.alert.set(None);
    pending.set(Some(Pending {
        name,
        plan,
        report,
        launch_read_from,
    }));
}

/// The preview of `pending`, built under `owner` (its reactive owner: the chunk's code runs after
/// the await, outside any).
#[leptos::wasm_split::wasm_split(
    import_preview,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(prefetch_preview)
)]
fn preview_view(
    owner: Owner,
    pending: Pending,
    clear: Callback<()>,
) -> Result<AnyView, ChunkUnavailable> {
    Ok(owner.with(|| view! { <Preview pending=pending clear=clear /> }.into_any()))
}

/// What the import understood and would change, a launch date to set or correct, and the
/// choice. The launch date set here is part of the imported plan (and undone with it).
#[component]
fn Preview(pending: Pending, clear: Callback<()>) -> impl IntoView {
    let clear = move || clear.run(());
    let state = use_app_state();
    // The launch the reader took (see `launch_read_from` below).
    let read_launch = pending.plan.facts.launch;
    let reviewed = Reviewed::new(pending.plan, pending.report.year_guessed);
    let plan = reviewed.plan;
    let understood = Memo::new(move |_| plan.with(Understood::of));
    let comparison = Memo::new(move |_| {
        state
            .plan
            .with_untracked(|current| plan.with(|p| compare(current, p)))
    });
    let set_launch = move |text: String| {
        if let Some(day) = parse_iso(&text) {
            reviewed.apply(|p| {
                p.facts.launch = Some(day);
                p.date_offsets();
                true
            });
        }
    };
    // A file that writes no year was read in this one; the user may say another.
    let year = reviewed.year;
    let set_year = move |text: String| {
        let (Some(from), Ok(to)) = (year.get_untracked(), text.trim().parse::<i32>()) else {
            return;
        };
        if to == from || !(1900..=2199).contains(&to) {
            return;
        }
        reviewed.apply_with_year(Some(to), |p| match move_years(p, to - from) {
            Ok(moved) => {
                *p = moved;
                true
            }
            Err(e) => {
                state.alert.set(Some(e.to_string()));
                false
            }
        });
    };
    let line = |label: &'static str, list: &Vec<String>| {
        (!list.is_empty()).then(|| {
            let shown: Vec<String> = list.iter().take(8).cloned().collect();
            let more = list.len().saturating_sub(shown.len());
            view! {
                <li>
                    <strong>{format!("{} {label}", list.len())}</strong>": "{shown.join(", ")}
                    {(more > 0).then(|| format!(" and {more} more"))}
                </li>
            }
        })
    };
    let persistence = super::persistence::use_persistence();
    let title = plan.with_untracked(|p| p.title.clone());
    // After an import, the notes on the page are the imported file's own.
    let report = Kept::new(pending.report.clone());
    let read_from = Kept::new(pending.launch_read_from.clone());
    let show_report = move || state.report.set(report.get_value());
    view! {
        <section class="import-preview" role="dialog" aria-labelledby="import-heading" data-testid="import-preview">
            <h2 id="import-heading">{format!("Import \"{}\": {}", pending.name, title)}</h2>
            <div class="understood" data-testid="understood">
                <p>{move || understood.get().summary()}</p>
                <label>
                    {move || if understood.get().launch.is_some() { "Launch date " } else { "No launch date found. Set one: " }}
                    <input
                        type="date"
                        aria-label="Launch date of the imported plan"
                        prop:value=move || understood.get().launch.map(|d| d.to_string()).unwrap_or_default()
                        on:change=move |ev| set_launch(event_target_value(&ev))
                    />
                </label>
                // Where the launch date came from, while it is the one the reader took: a wrong
                // pick (the day an issue was opened, a document's date) is seen at once.
                {move || {
                    let from = read_from.get_value()?;
                    (understood.get().launch == read_launch).then(|| view! {
                        <p class="hint" data-testid="launch-read-from">{format!("Read from line {}: \u{201c}{}\u{201d}", from.line, from.text)}</p>
                    })
                }}
                {move || year.get().map(|y| view! {
                    <label>
                        "No year is written in the file; its dates were read in "
                        <input
                            type="number"
                            min="1900"
                            max="2199"
                            aria-label="Year of the imported plan's dates"
                            prop:value=y.to_string()
                            on:change=move |ev| set_year(event_target_value(&ev))
                        />
                    </label>
                })}
                {move || understood.get().needs_launch().then(|| view! {
                    <p class="hint">{format!("{} tasks are dated relative to the launch; they get their days once it is set.", understood.get().relative)}</p>
                })}
                <UndoFix reviewed=reviewed />
                <ReviewFixes reviewed=reviewed />
            </div>
            {(pending.report != ImportReport::default()).then(|| view! { <p>{pending.report.summary()}</p> })}
            {move || comparison.with(|c| view! {
                <ul>
                    {line("added", &c.added)}
                    {line("removed", &c.removed)}
                    {line("changed", &c.changed)}
                    {line("ticked", &c.ticked)}
                    {line("unticked", &c.unticked)}
                </ul>
                {c.is_empty().then(|| view! { <p>"It holds the same items and check states as the plan shown."</p> })}
            })}
            <div class="editor-actions">
                <button type="button" on:click=move |_| { state.replace(state.plan.with_untracked(|shown| shown.replaced_by(&plan.get_untracked()))); show_report(); clear(); }>"Replace"</button>
                <button type="button" on:click=move |_| {
                    let (plan, report) = state.plan.with_untracked(|current| merge(current, &plan.get_untracked()));
                    state.replace(plan);
                    show_report();
                    if !report.conflicts.is_empty() {
                        let list: Vec<String> = report.conflicts.iter().map(|c| format!("kept \"{}\" over \"{}\"", c.kept, c.other)).collect();
                        state.alert.set(Some(format!("Merged. Both copies changed {} field(s); the newer change was kept: {}.", list.len(), list.join("; "))));
                    }
                    clear();
                }>"Merge"</button>
                <button type="button" on:click=move |_| {
                    // Its own IDs when no stored plan has them (so teammates' copies still merge),
                    // fresh ones when one does (so it cannot write over that plan).
                    let plan = plan.get_untracked();
                    let taken = crate::storage::read_stored(&plan.id).is_some() || state.plan.with_untracked(|p| p.id == plan.id);
                    let plan = if taken { plan.with_fresh_ids(&mut |kind| super::clock::new_id(kind)) } else { plan };
                    persistence.open(state, plan, 0);
                    show_report();
                    clear();
                }>"Import as a new plan"</button>
                <button type="button" on:click=move |_| clear()>"Cancel"</button>
            </div>
        </section>
    }
}

/// The Markdown importer (pulldown-cmark and the reader around it, about a fifth of the code) is
/// a wasm chunk of its own, fetched the first time someone imports a Markdown file
/// (`scripts/wasm-split/wasm-bindgen` splits it off at build time). `fallible`: a chunk that does
/// not load (offline before the app was cached, or an old tab after a deploy removed it) is an
/// error to report, not a panic that would stop the app.
#[leptos::wasm_split::wasm_split(
    markdown_reader,
    wasm_split_path = ::leptos::wasm_split,
    fallible,
    preload(prefetch_markdown_reader)
)]
fn markdown_import(text: String, today: NaiveDate) -> Result<MarkdownImport, ChunkUnavailable> {
    Ok(import_markdown_near(&text, today))
}

//! The notes a plan keeps (an imported document's intro, a table of contacts, a sub-heading the
//! reader did not make a node of), shown where the plan wrote them: at once as their text, and
//! formatted (sub-headings, lists, tables, code, links) once the prose chunk is loaded. The chunk
//! is fetched when a plan with notes is first shown (the example plan has none); when it cannot
//! be loaded, the notes stay as their text, which holds every word.

use super::reactive::{Derived, Held};
use launchplan_core::formats::prose::{prose_blocks, ProseBlock, Span};
use leptos::prelude::*;

/// What builds the formatted view of a list of notes.
type Render = fn(Vec<String>) -> AnyView;

/// The formatter of notes, once its chunk is loaded (provided by the app's root).
#[derive(Clone, Copy)]
pub(crate) struct Prose {
    render: Held<Option<Render>>,
    requested: StoredValue<bool>,
}

impl Prose {
    pub(crate) fn provide() {
        provide_context(Prose {
            render: Held::new(None),
            requested: StoredValue::new(false),
        });
    }

    /// The formatter (tracked: notes shown as text are formatted when it comes), fetching its
    /// chunk on the first call.
    fn get(self) -> Option<Render> {
        if !self.requested.get_value() {
            self.requested.set_value(true);
            // Fetching the chunk reaches outside the reactive system; a failure leaves the
            // notes as their text, so there is nothing to report.
            leptos::task::spawn_local(async move {
                if let Ok(render) = prose_renderer().await {
                    self.render.set(Some(render));
                }
            });
        }
        self.render.get()
    }
}

/// The notes of a plan, section, group or day; nothing when there are none: their text until
/// the formatter comes. In the body's chunk (`body.rs`), with the blocks the notes sit among.
pub(crate) fn notes_view(notes: Signal<Vec<String>>) -> impl IntoView {
    let prose = use_context::<Prose>();
    // Built again only when the notes change, not on every tick of the block they belong to.
    let notes = Derived::new(move || notes.get());
    move || {
        let notes = notes.get();
        if notes.is_empty() {
            return None;
        }
        Some(match prose.and_then(Prose::get) {
            Some(render) => render(notes),
            None => {
                view! { <div class="plan-notes note-text">{notes.join("\n\n")}</div> }.into_any()
            }
        })
    }
}

/// The chunk's one entry: the function that formats the notes.
#[leptos::wasm_split::wasm_split(prose, wasm_split_path = ::leptos::wasm_split, fallible)]
fn prose_renderer() -> Result<Render, super::chunk::ChunkUnavailable> {
    Ok(|notes| {
        view! {
            <div class="plan-notes">
                {notes
                    .iter()
                    .flat_map(|note| prose_blocks(note))
                    .map(block_view)
                    .collect_view()}
            </div>
        }
        .into_any()
    })
}

fn block_view(block: ProseBlock) -> AnyView {
    match block {
        // A sub-heading of a note is not one of the page's headings (the page's outline is
        // the plan's sections, groups and days): shown as one, read as text.
        ProseBlock::Heading { spans, .. } => {
            view! { <p class="note-heading">{spans_view(spans)}</p> }.into_any()
        }
        ProseBlock::Paragraph(spans) => view! { <p>{spans_view(spans)}</p> }.into_any(),
        ProseBlock::Quote(blocks) => {
            view! { <blockquote>{blocks.into_iter().map(block_view).collect_view()}</blockquote> }
                .into_any()
        }
        ProseBlock::List { start, entries } => {
            let entries = entries
                .into_iter()
                .map(|blocks| view! { <li>{blocks.into_iter().map(block_view).collect_view()}</li> })
                .collect_view();
            match start {
                Some(start) => {
                    view! { <ol start=start.to_string()>{entries}</ol> }.into_any()
                }
                None => view! { <ul>{entries}</ul> }.into_any(),
            }
        }
        ProseBlock::Code(text) => view! { <pre><code>{text}</code></pre> }.into_any(),
        ProseBlock::Table { head, rows } => view! {
            <div class="note-table">
                <table>
                    <thead><tr>{head.into_iter().map(|c| view! { <th>{spans_view(c)}</th> }).collect_view()}</tr></thead>
                    <tbody>
                        {rows.into_iter().map(|row| view! {
                            <tr>{row.into_iter().map(|c| view! { <td>{spans_view(c)}</td> }).collect_view()}</tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any(),
        ProseBlock::Rule => view! { <hr /> }.into_any(),
    }
}

fn spans_view(spans: Vec<Span>) -> impl IntoView {
    spans.into_iter().map(span_view).collect_view()
}

/// One run of text in its styles; a link opens in a new tab.
fn span_view(span: Span) -> AnyView {
    let mut view = span.text.into_any();
    if span.code {
        view = view! { <code>{view}</code> }.into_any();
    }
    if span.struck {
        view = view! { <s>{view}</s> }.into_any();
    }
    if span.emphasis {
        view = view! { <em>{view}</em> }.into_any();
    }
    if span.strong {
        view = view! { <strong>{view}</strong> }.into_any();
    }
    if let Some(href) = span.link {
        view =
            view! { <a href=href target="_blank" rel="noopener noreferrer">{view}</a> }.into_any();
    }
    view
}

//! The shortcuts panel, opened with `?`: a wasm chunk of its own (`help`), fetched the first
//! time it is opened (none of it is needed to show a plan).

use super::state::use_app_state;
use leptos::prelude::*;

/// Every keyboard shortcut, in a dialog that takes focus when it opens. Until its chunk has
/// come, nothing; when it cannot be loaded, the alert says so and the panel stays closed.
#[component]
pub(crate) fn HelpPanel(
    /// Whether the panel is shown; the panel's Close button and Escape clear it.
    open: RwSignal<bool>,
) -> impl IntoView {
    let state = use_app_state();
    super::chunk::built_on_first_need(
        move || open.get(),
        move |owner| help_body(owner, open),
        move || {
            open.set(false);
            state
                .alert
                .set(Some(super::chunk::not_loaded("The list of shortcuts")));
        },
    )
}

/// The panel, built under `owner`.
#[leptos::wasm_split::wasm_split(help, wasm_split_path = ::leptos::wasm_split, fallible)]
fn help_body(
    owner: Owner,
    open: RwSignal<bool>,
) -> Result<AnyView, super::chunk::ChunkUnavailable> {
    Ok(owner.with(|| view! { <Shortcuts open=open /> }.into_any()))
}

/// The panel itself, shown while `open`.
#[component]
fn Shortcuts(open: RwSignal<bool>) -> impl IntoView {
    let close = NodeRef::<leptos::html::Button>::new();
    // Moves focus into the panel when it appears, so Tab and Escape start from there: a frame
    // later, once the panel this chunk built is in the page.
    super::reactive::effect(move || {
        if let (true, Some(button)) = (open.get(), close.get()) {
            request_animation_frame(move || {
                let _ = button.focus();
            });
        }
    });
    view! {
        <Show when=move || open.get()>
            <div class="help" role="dialog" aria-modal="false" aria-labelledby="help-heading">
                <h2 id="help-heading">"Keyboard shortcuts"</h2>
                <dl>
                    <dt><kbd>"?"</kbd></dt><dd>"Show or hide this panel"</dd>
                    <dt><kbd>"/"</kbd></dt><dd>"Find items; Enter jumps to the first match"</dd>
                    <dt><kbd>"E"</kbd></dt><dd>"Switch between viewing and editing the plan (adding, renaming, moving and deleting)"</dd>
                    <dt><kbd>"Ctrl"</kbd>"/"<kbd>"⌘"</kbd>" + "<kbd>"Z"</kbd></dt><dd>"Undo"</dd>
                    <dt><kbd>"Ctrl"</kbd>"/"<kbd>"⌘"</kbd>" + "<kbd>"Shift"</kbd>" + "<kbd>"Z"</kbd></dt><dd>"Redo"</dd>
                    <dt><kbd>"Tab"</kbd>", "<kbd>"Shift"</kbd>" + "<kbd>"Tab"</kbd></dt><dd>"Move between items and buttons"</dd>
                    <dt><kbd>"Space"</kbd></dt><dd>"Tick or untick the focused item"</dd>
                    <dt><kbd>"Enter"</kbd></dt><dd>"Press the focused button; save an edit"</dd>
                    <dt><kbd>"Esc"</kbd></dt><dd>"Close this panel"</dd>
                </dl>
                <button type="button" node_ref=close on:click=move |_| open.set(false)>"Close"</button>
            </div>
        </Show>
    }
}

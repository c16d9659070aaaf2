//! Share links in the browser: compressing the plan with the browser's own deflate, the Share
//! panel with the link and Copy (a wasm chunk fetched on the first share), and reading a link
//! the page was opened with.

use super::reactive::Kept;
use super::state::use_app_state;
use launchplan_core::formats::share::{
    check_unpacked, compressed_from_fragment, share_link, share_payload, ShareError,
};
use launchplan_core::plan::Plan;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

// web-sys has the compression streams only behind its unstable flag; two constructors are all
// this needs.
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = CompressionStream)]
    type Compressor;
    #[wasm_bindgen(constructor, js_class = "CompressionStream", catch)]
    fn new(format: &str) -> Result<Compressor, JsValue>;
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = DecompressionStream)]
    type Decompressor;
    #[wasm_bindgen(constructor, js_class = "DecompressionStream", catch)]
    fn new(format: &str) -> Result<Decompressor, JsValue>;
}

/// Runs `bytes` through a compression or decompression stream (`pair`).
async fn transform(bytes: &[u8], pair: &JsValue) -> Result<Vec<u8>, JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts)?;
    let stream = blob
        .stream()
        .pipe_through(pair.unchecked_ref::<web_sys::ReadableWritablePair>());
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&stream))?;
    let buffer = JsFuture::from(response.array_buffer()?).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The share link of `plan` at this page's address, or why there is none.
async fn make_link(plan: &Plan) -> Result<String, String> {
    let payload = share_payload(plan);
    let compressor = Compressor::new("deflate-raw")
        .map_err(|_| "This browser cannot compress a plan for a link. Export it as a JSON file and send the file instead.".to_string())?;
    let compressed = transform(payload.as_bytes(), &compressor)
        .await
        .map_err(|_| "The plan could not be compressed for a link. Export it as a JSON file and send the file instead.".to_string())?;
    share_link(&page_address(), &compressed).map_err(|e| e.to_string())
}

/// The page's address without query or fragment: a link opens the app, not one stored plan.
fn page_address() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// The plan in the share link the page shows now: `None` when the fragment is not a share link.
pub(crate) async fn plan_from_url() -> Option<Result<Plan, String>> {
    let fragment = window().location().hash().ok()?;
    // A space or line break a mail app put in comes back percent-encoded: name it as typed.
    let fragment = js_sys::decode_uri_component(&fragment)
        .ok()
        .and_then(|f| f.as_string())
        .unwrap_or(fragment);
    let compressed = compressed_from_fragment(&fragment)?;
    Some(unpack(compressed).await)
}

/// The plan in a link's payload (read behind `import::with_readers`, which has loaded the plan
/// reader: a link whose readers cannot be loaded stays in the address).
async fn unpack(compressed: Result<Vec<u8>, ShareError>) -> Result<Plan, String> {
    let compressed = compressed.map_err(|e| e.to_string())?;
    let decompressor =
        Decompressor::new("deflate-raw").map_err(|_| ShareError::Unpack.to_string())?;
    let bytes = transform(&compressed, &decompressor)
        .await
        .map_err(|_| ShareError::Unpack.to_string())?;
    check_unpacked(&bytes).map_err(|e| e.to_string())?;
    let text = String::from_utf8(bytes).map_err(|_| ShareError::Unpack.to_string())?;
    let reader = crate::storage::reader::load()
        .await
        .map_err(|_| super::chunk::not_loaded("The plan reader"))?;
    (reader.plan)(&text)
        .map_err(|e| format!("This share link does not hold a plan Launchplan can read. {e}"))
}

/// Whether the address shows a share link, read as [`plan_from_url`] reads it (percent-decoded:
/// a mail app may have written `share%3D`).
pub(crate) fn shows_share_link() -> bool {
    let Ok(fragment) = window().location().hash() else {
        return false;
    };
    let fragment = js_sys::decode_uri_component(&fragment)
        .ok()
        .and_then(|f| f.as_string())
        .unwrap_or(fragment);
    fragment
        .trim_start_matches('#')
        .starts_with(launchplan_core::formats::share::FRAGMENT_KEY)
}

/// Takes a share link out of the address bar once it has been dealt with, so a reload does not
/// offer it again; the rest of the address stays.
pub(crate) fn forget_link() {
    if !shows_share_link() {
        return;
    }
    let location = window().location();
    let address = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
    }
}

/// What the Share panel shows.
#[derive(Clone, PartialEq)]
enum Shown {
    Link(String),
    Refused(String),
}

/// The "Share link" button and its panel. `export_json` saves the plan as a file instead.
/// The panel and the code that makes a link are a wasm chunk of their own, fetched on the first
/// share (none of it is needed to show a plan); each panel gets an owner of its own, disposed
/// when it closes. A chunk that does not load is reported and the next press tries again.
#[component]
pub(crate) fn ShareControl(export_json: Callback<()>) -> impl IntoView {
    let state = use_app_state();
    let parent = Owner::current().unwrap_or_default();
    let panel = RwSignal::new_local(None::<AnyView>);
    let panel_owner = StoredValue::new_local(None::<Owner>);
    // Which panel is wanted: one that finishes loading after another was asked for is dropped.
    let generation = Kept::new(0u64);
    let close = Callback::new(move |()| {
        generation.update_value(|g| *g += 1);
        panel.set(None);
        // Its owner is disposed once it is off the page (a timer: after the render that takes
        // it away).
        if let Some(old) = panel_owner.try_update_value(Option::take).flatten() {
            set_timeout(move || old.cleanup(), std::time::Duration::ZERO);
        }
    });
    let open = move |_| {
        close.run(());
        let wanted = generation.get_value();
        let owner = parent.child();
        panel_owner.set_value(Some(owner.clone()));
        let plan = state.plan.get_untracked();
        leptos::task::spawn_local(async move {
            match share_panel(owner, plan, export_json, close).await {
                Ok(view) if generation.get_value() == wanted => panel.set(Some(view)),
                Ok(_) => {}
                Err(_) => state.alert.set(Some(format!(
                    "{} No link was made.",
                    super::chunk::not_loaded("Share links")
                ))),
            }
        });
    };
    view! {
        <button type="button" on:click=open>"Share link…"</button>
        {move || {
            panel.track();
            panel.try_update_untracked(Option::take).flatten()
        }}
    }
}

/// The Share panel for `plan`, built under `owner` (the chunk's code runs after the await,
/// outside any reactive owner).
#[leptos::wasm_split::wasm_split(share_panel, wasm_split_path = ::leptos::wasm_split, fallible)]
fn share_panel(
    owner: Owner,
    plan: Plan,
    export_json: Callback<()>,
    close: Callback<()>,
) -> Result<AnyView, super::chunk::ChunkUnavailable> {
    Ok(owner
        .with(|| view! { <SharePanel plan=plan export_json=export_json close=close /> }.into_any()))
}

/// The link made from `plan` with Copy, or why there is none with Export JSON instead.
#[component]
fn SharePanel(plan: Plan, export_json: Callback<()>, close: Callback<()>) -> impl IntoView {
    let shown = RwSignal::new(None::<Shown>);
    let copied = RwSignal::new(None::<&'static str>);
    leptos::task::spawn_local(async move {
        shown.set(Some(match make_link(&plan).await {
            Ok(link) => Shown::Link(link),
            Err(why) => Shown::Refused(why),
        }));
    });
    let copy = move |link: String| {
        leptos::task::spawn_local(async move {
            let written = JsFuture::from(window().navigator().clipboard().write_text(&link)).await;
            copied.set(Some(if written.is_ok() {
                "Copied."
            } else {
                "The browser did not allow copying: select the link and copy it."
            }));
        });
    };
    view! {
        {move || shown.get().map(|s| view! {
            <section class="share-panel" role="dialog" aria-labelledby="share-heading" data-testid="share-panel">
                <h2 id="share-heading">"Share link"</h2>
                {match s {
                    Shown::Link(link) => {
                        let chars = link.chars().count();
                        let for_copy = link.clone();
                        view! {
                            <p>"Anyone who opens this link sees the plan as it is now, and chooses whether to import it. The plan travels inside the link, after the #, which browsers never send to a server."</p>
                            <input type="text" readonly class="share-link" aria-label="Share link" data-testid="share-link"
                                prop:value=link on:focus=move |ev| { event_target::<web_sys::HtmlInputElement>(&ev).select(); } />
                            <p class="muted">{format!("{chars} characters.")}" "<span role="status">{move || copied.get()}</span></p>
                            <div class="editor-actions">
                                <button type="button" on:click=move |_| copy(for_copy.clone())>"Copy link"</button>
                                <button type="button" on:click=move |_| close.run(())>"Close"</button>
                            </div>
                        }.into_any()
                    }
                    Shown::Refused(why) => view! {
                        <p data-testid="share-refused">{why}</p>
                        <div class="editor-actions">
                            <button type="button" on:click=move |_| { export_json.run(()); close.run(()); }>"Export JSON"</button>
                            <button type="button" on:click=move |_| close.run(())>"Close"</button>
                        </div>
                    }.into_any(),
                }}
            </section>
        })}
    }
}

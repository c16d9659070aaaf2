//! Parts of the app fetched on first use: wasm chunks split off at build time (see
//! `scripts/wasm-split/`) at the functions marked `#[wasm_split(…, fallible)]`. One that does not
//! load (offline before the app was cached, or an old tab after a deploy removed it) is an error
//! to report, never a panic that would stop the app.

/// A chunk fetched on first use could not be loaded.
pub(crate) struct ChunkUnavailable;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkUnavailable {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkUnavailable
    }
}

/// What to tell the user when `what` ("The exporter", "the Markdown reader") could not be loaded.
pub(crate) fn not_loaded(what: &str) -> String {
    format!(
        "{what} could not be loaded (are you offline, or was Launchplan updated? Reload the page and try again)."
    )
}

/// Awaits `chunk` and the plan reader (`storage::reader`) together: for the chunks that read
/// stored plans (the library, the import preview, the choices about stored data, a source
/// followed, the file readers). Either one that does not load is a chunk that did not load.
pub(crate) async fn after_reader<T, E>(
    chunk: impl std::future::Future<Output = Result<T, E>>,
) -> Result<T, ChunkUnavailable> {
    // Both fetched at once: the reader's load is started first, then awaited again after the
    // chunk (the loader shares a fetch in flight).
    crate::storage::reader::fetch();
    let loaded = chunk.await.map_err(|_| ChunkUnavailable)?;
    crate::storage::reader::load()
        .await
        .map_err(|_| ChunkUnavailable)?;
    Ok(loaded)
}

/// A part of the page that a chunk builds, fetched the first time `needed` says so: nothing
/// before, and once built, what the chunk built (which shows nothing while it is not needed).
/// `build` makes the view under the owner it is given (the chunk's code runs after an await,
/// outside any reactive owner); when it does not load, `failed` tells the user, and the next
/// need tries again, or, while it is still needed, the browser's coming back online.
pub(crate) fn built_on_first_need<F>(
    needed: impl Fn() -> bool + 'static,
    build: impl Fn(leptos::prelude::Owner) -> F + 'static,
    failed: impl Fn() + 'static,
) -> leptos::prelude::AnyView
where
    F: std::future::Future<Output = Result<leptos::prelude::AnyView, ChunkUnavailable>> + 'static,
{
    // Boxed, so that the code below is built once for every caller.
    built_on_first_need_boxed(
        Box::new(needed),
        Box::new(move |owner| Box::pin(build(owner))),
        std::rc::Rc::new(failed),
    )
}

/// A view a chunk builds, as a future.
type Building = std::pin::Pin<
    Box<dyn std::future::Future<Output = Result<leptos::prelude::AnyView, ChunkUnavailable>>>,
>;

fn built_on_first_need_boxed(
    needed: Box<dyn Fn() -> bool>,
    build: Box<dyn Fn(leptos::prelude::Owner) -> Building>,
    failed: std::rc::Rc<dyn Fn()>,
) -> leptos::prelude::AnyView {
    use leptos::prelude::*;
    let body = RwSignal::new_local(None::<AnyView>);
    let loading = StoredValue::new(false);
    let owner = Owner::current().unwrap_or_default();
    // The owner of what the chunk builds, kept for the page's life: an owner no one holds is
    // disposed, and the effects and signals made under it with it.
    let built_under = StoredValue::new_local(None::<Owner>);
    // Notified when the browser is back online after a failed load.
    let online = ArcTrigger::new();
    // Fetching the chunk is reaching outside the reactive system, when it is first needed.
    super::reactive::effect(move || {
        online.track();
        if !needed() || loading.get_value() {
            return;
        }
        loading.set_value(true);
        let child = owner.child();
        built_under.set_value(Some(child.clone()));
        let built = build(child);
        let failed = failed.clone();
        let online = online.clone();
        leptos::task::spawn_local(async move {
            match built.await {
                Ok(view) => body.set(Some(view)),
                Err(_) => {
                    loading.set_value(false);
                    built_under.set_value(None);
                    failed();
                    when_online(move || online.notify());
                }
            }
        });
    });
    (move || {
        body.track();
        body.try_update_untracked(Option::take).flatten()
    })
    .into_any()
}

/// Runs `then` once, the next time the browser comes back online (after a chunk did not load).
pub(crate) fn when_online(then: impl FnOnce() + 'static) {
    use std::cell::Cell;
    use std::rc::Rc;
    let then = Cell::new(Some(then));
    let handle = Rc::new(Cell::new(None::<leptos::prelude::WindowListenerHandle>));
    let listener = {
        let handle = handle.clone();
        leptos::prelude::window_event_listener(leptos::ev::online, move |_| {
            if let Some(h) = handle.take() {
                h.remove();
            }
            if let Some(then) = then.take() {
                then();
            }
        })
    };
    handle.set(Some(listener));
}

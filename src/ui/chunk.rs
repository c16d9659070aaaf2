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

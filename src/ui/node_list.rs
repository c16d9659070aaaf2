//! Lists of the plan's nodes keyed by their IDs, all through one `For`: Leptos builds its
//! keyed-list code (the diff, the moves, the rows' owners) once per `For` the app writes, a few
//! KB of wasm each, so every list of nodes (sections, blocks, items, the agenda's entries, a
//! channel's messages) goes through this one, with its rows erased to `AnyView`.

use launchplan_core::plan::NodeId;
use leptos::prelude::*;
use std::sync::Arc;

/// What a row of a keyed list shows: a node, and what else makes it another row when it changes
/// (a block's kind, a message dated or recurring; 0 when nothing does).
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct RowKey {
    pub id: NodeId,
    pub variant: u64,
}

/// The rows of `each()`'s nodes, in its order, each drawn once by `row` and kept while its ID
/// stays in the list (moved, not redrawn, when the order changes).
pub(crate) fn node_list<N: IntoView + 'static>(
    each: impl Fn() -> Vec<NodeId> + Send + Sync + 'static,
    row: impl Fn(NodeId) -> N + Send + Sync + 'static,
) -> AnyView {
    keyed_rows(
        move || {
            each()
                .into_iter()
                .map(|id| RowKey { id, variant: 0 })
                .collect()
        },
        move |key| row(key.id),
    )
}

/// The rows of `each()`'s keys, in its order, each drawn once by `row` and kept while its key
/// stays in the list.
pub(crate) fn keyed_rows<N: IntoView + 'static>(
    each: impl Fn() -> Vec<RowKey> + Send + Sync + 'static,
    row: impl Fn(RowKey) -> N + Send + Sync + 'static,
) -> AnyView {
    keyed(Box::new(each), Arc::new(move |key| row(key).into_any()))
}

/// One copy of the keyed list for every caller: the closures come in erased.
type Rows = Arc<dyn Fn(RowKey) -> AnyView + Send + Sync>;
fn keyed(each: Box<dyn Fn() -> Vec<RowKey> + Send + Sync>, row: Rows) -> AnyView {
    view! { <For each=move || each() key=|key: &RowKey| key.clone() children=move |key| row(key) /> }
        .into_any()
}

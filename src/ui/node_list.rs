//! Lists of the plan's nodes keyed by their IDs, all through one `For`: Leptos builds its
//! keyed-list code (the diff, the moves, the rows' owners) once per `For` the app writes, a few
//! KB of wasm each, so every list of nodes goes through this one, with its rows erased to
//! `AnyView`.

use launchplan_core::plan::NodeId;
use leptos::prelude::*;
use std::sync::Arc;

/// The rows of `each()`'s nodes, in its order, each drawn once by `row` and kept while its ID
/// stays in the list (moved, not redrawn, when the order changes).
pub(crate) fn node_list<N: IntoView + 'static>(
    each: impl Fn() -> Vec<NodeId> + Send + Sync + 'static,
    row: impl Fn(NodeId) -> N + Send + Sync + 'static,
) -> AnyView {
    keyed_by_id(Box::new(each), Arc::new(move |id| row(id).into_any()))
}

/// One copy of the keyed list for every caller: the closures come in erased.
type Rows = Arc<dyn Fn(NodeId) -> AnyView + Send + Sync>;
fn keyed_by_id(each: Box<dyn Fn() -> Vec<NodeId> + Send + Sync>, row: Rows) -> AnyView {
    view! { <For each=move || each() key=|id: &NodeId| id.clone() children=move |id| row(id) /> }
        .into_any()
}

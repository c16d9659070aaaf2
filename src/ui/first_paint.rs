//! The first paint before the wasm runs: a release build's page carries a static picture of the
//! default plan's first screen (scripts/first-paint.mjs); the app takes its place when it starts.

use leptos::prelude::*;

/// Removes the picture of the page. Called right after the app is mounted, in the same task, so
/// the browser never paints between the picture and the app.
pub fn leave_first_paint() {
    let Ok(nodes) = document().query_selector_all("[data-first-paint]") else {
        return;
    };
    for i in 0..nodes.length() {
        if let Some(node) = nodes.item(i) {
            if let Some(parent) = node.parent_node() {
                let _ = parent.remove_child(&node);
            }
        }
    }
}

//! The first paint before the wasm runs: a release build's page carries a static picture of the
//! default plan's first screen (scripts/first-paint.mjs); the app takes its place when it starts.

use leptos::prelude::*;
use std::time::Duration;

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

/// Runs `mount`, then removes the picture of the page. When the picture is on screen, the app
/// waits until the browser has recorded the picture's largest contentful paint (the page's
/// first-paint script watches for it), or half a second: a node removed before the browser
/// records its paint counts for nothing, which would date the page's largest paint to the
/// app's instead of the picture's.
pub fn start_after_first_paint(mount: impl FnOnce() + 'static) {
    let shown = document()
        .query_selector("[data-first-paint]")
        .ok()
        .flatten()
        .is_some()
        && !document()
            .document_element()
            .is_some_and(|root| root.class_list().contains("fp-off"));
    let start = move || {
        mount();
        leave_first_paint();
    };
    if shown {
        wait_for_paint(Box::new(start), 30);
    } else {
        start();
    }
}

/// Calls `then` once the first-paint script has seen the picture's largest paint, checking
/// once a frame, for at most `frames` frames.
fn wait_for_paint(then: Box<dyn FnOnce()>, frames: u32) {
    let painted = js_sys::Reflect::get(&window(), &"launchplanFirstPaint".into())
        .is_ok_and(|v| v.is_truthy());
    if painted || frames == 0 {
        set_timeout(then, Duration::ZERO);
    } else {
        request_animation_frame(move || wait_for_paint(then, frames - 1));
    }
}

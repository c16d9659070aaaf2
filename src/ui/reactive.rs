//! The app's effects, all through one function: Leptos builds its effect code once per closure
//! type given to `Effect::new` (about a kilobyte of wasm each), so each closure is boxed first
//! and `Effect::new` is built once. (Memos done the same way came out larger: 0.6 KB of gzip
//! more at start, measured on 2026-12-06.)

use leptos::prelude::Effect;

/// Runs `f` now (after the current render) and again whenever a signal it read changes, for as
/// long as the current owner lives: `Effect::new` with a boxed closure.
pub(crate) fn effect(f: impl FnMut() + 'static) {
    effect_boxed(Box::new(f));
}

fn effect_boxed(mut f: Box<dyn FnMut()>) {
    Effect::new(move |_| f());
}

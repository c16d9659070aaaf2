//! The app's handles (its state, saving, the find box and filters, the source followed, the
//! body's chunk), provided once at the root and found from any component below it. One context
//! for all of them: Leptos builds its lookup (a walk up the owners) once per type looked up,
//! about half a kilobyte of wasm each.

use super::body::Body;
use super::persistence::Persistence;
use super::source::Following;
use super::state::{AppState, Filter};
use leptos::prelude::*;

/// Every handle the root makes for the whole page.
#[derive(Clone, Copy)]
pub(crate) struct Root {
    pub state: AppState,
    pub persistence: Persistence,
    pub filter: Filter,
    pub following: Following,
    pub body: Body,
}

impl Root {
    /// Provides them to everything mounted below the current owner (the root's).
    pub(crate) fn provide(self) {
        provide_context(self);
    }
}

/// The handles, under the root (None outside it).
pub(crate) fn try_use_root() -> Option<Root> {
    use_context::<Root>()
}

/// The handles; mounted outside the root, a bug to stop at.
pub(crate) fn use_root() -> Root {
    try_use_root().unwrap_or_else(|| {
        panic!("the app's handles are provided by App; a component was mounted outside it")
    })
}

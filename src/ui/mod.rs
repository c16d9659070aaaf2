//! The browser user interface: Leptos components, one per file.

mod app;
mod plan_view;

pub use app::App;

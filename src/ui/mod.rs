//! The browser user interface: Leptos components, one per file.

mod app;

pub use app::App;

//! Launchplan: a launch-plan tracker that runs entirely in the browser.
//!
//! The crate has a pure core (no `leptos`, no `web_sys`, tested natively with `cargo test`):
//! [`plan`] (the model), [`formats`] (Markdown and JSON in and out) and [`schedule`] (what the
//! calendar says about a plan). The [`ui`] is a thin Leptos layer that reads state and calls it.

pub mod default_plan;
pub mod formats;
pub mod generate;
pub mod merge;
pub mod plan;
pub mod schedule;
pub mod storage;
pub mod ui;

//! Launchplan's core: everything about a launch plan that needs no browser.
//!
//! [`plan`] is the model, [`formats`] reads and writes it (Markdown, the canonical JSON file,
//! iCalendar, share links), [`schedule`] says what the calendar means for it on a given day and
//! [`merge`] joins two copies item by item; [`follow`] brings a member's copy up to date with
//! the plan's source file. No browser crate may enter: the web app
//! (`launchplan`, at the repository root) and the `launchplan` command both stand on this.

pub mod default_plan;
pub mod follow;
pub mod formats;
#[cfg(any(test, feature = "generate"))]
pub mod generate;
pub mod merge;
pub mod plan;
pub mod schedule;

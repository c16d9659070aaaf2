//! Launchplan's web app: a thin Leptos layer over [`launchplan_core`] (the plan, its formats,
//! the schedule and merge, tested natively), with [`storage`] the only module that touches
//! localStorage and [`ui`] one component per file.

pub mod storage;
// `#[component]` derives a typed builder for each component's props whose methods are `pub`
// whatever the component's visibility: the lint cannot be met there, only everywhere else.
#[allow(unreachable_pub)]
pub mod ui;

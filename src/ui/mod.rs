//! The browser user interface: Leptos components, one per file, over the pure core.

mod agenda;
mod app;
mod checklist;
mod chunk;
mod clock;
mod comms;
mod controls;
mod decisions;
mod deferred;
mod download;
mod example;
mod header;
mod help;
mod import;
mod import_notes;
mod keyed;
mod library;
mod menu;
mod metrics;
mod milestones;
mod persistence;
mod places;
mod progress_bar;
mod review_fixes;
mod risks;
mod save_status;
mod schedule;
mod sections;
mod share;
mod source;
mod state;
mod theme;
mod timeline;
mod updates;

pub use app::App;

//! What the calendar says about a plan on a given day: item states, progress, the countdown,
//! the agenda, rescheduling, the plan lint, and undo history. Time always comes in as an argument.

pub mod agenda;
pub mod countdown;
pub mod gates;
pub mod history;
pub mod lint;
pub mod progress;
pub mod reschedule;
pub mod status;

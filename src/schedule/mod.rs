//! What the calendar says about a plan: the plan lint (and, later, progress, countdown, agenda).

pub mod lint;

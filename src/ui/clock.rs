//! The one place that reads the clock: local wall-clock time for the countdown and "today",
//! stamps for changes, fresh IDs for new nodes, and the timings the benchmark reads.

use super::reactive::Held;
use chrono::{Datelike, NaiveDate, NaiveDateTime, TimeDelta, Timelike};
use launchplan_core::plan::{NodeId, Stamp};
use leptos::prelude::*;
use std::time::Duration;

/// Local wall-clock time now (the time zone the browser is in).
pub(crate) fn local_now() -> NaiveDateTime {
    local(&js_sys::Date::new_0())
}

/// The real time between two local wall-clock times, by the browser's time-zone rules: a day
/// the clocks change is 23 or 25 hours long (23.5 on Lord Howe Island).
pub(crate) fn real_time_between(from: NaiveDateTime, to: NaiveDateTime) -> TimeDelta {
    let ms = |t: NaiveDateTime| {
        js_sys::Date::new_with_year_month_day_hr_min_sec(
            t.year().max(0) as u32,
            t.month0() as i32,
            t.day() as i32,
            t.hour() as i32,
            t.minute() as i32,
            t.second() as i32,
        )
        .get_time()
    };
    TimeDelta::milliseconds((ms(to) - ms(from)) as i64)
}

/// The local calendar day of a stamp (when it was made, in the browser's time zone now).
pub(crate) fn local_date(at: Stamp) -> NaiveDate {
    local(&js_sys::Date::new(&(at.0 as f64).into())).date()
}

fn local(d: &js_sys::Date) -> NaiveDateTime {
    let date = NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date());
    date.and_then(|day| day.and_hms_opt(d.get_hours(), d.get_minutes(), d.get_seconds()))
        .unwrap_or_default()
}

/// A stamp for a change made now.
pub(crate) fn stamp() -> Stamp {
    Stamp(js_sys::Date::now() as i64)
}

/// A fresh ID for a node made in the app ("item-5f3a9c0e21b7").
pub(crate) fn new_id(kind: &str) -> NodeId {
    let random = (js_sys::Math::random() * 2f64.powi(48)) as u64;
    NodeId(format!("{kind}-{random:012x}"))
}

/// Keeps `now` at the current minute: the clock is read every second (so a minute is never
/// missed, even after the tab sleeps) and the signal changes only when the minute does.
pub(crate) fn run_clock(now: Held<NaiveDateTime>) {
    let tick = move || {
        let current = local_now();
        let minute = |t: &NaiveDateTime| (t.date(), t.hour(), t.minute());
        if now.with_untracked(|n| minute(n) != minute(&current)) {
            now.set(current);
        }
    };
    if let Ok(handle) = set_interval_with_handle(tick, Duration::from_secs(1)) {
        on_cleanup(move || handle.clear());
    }
    // A tab coming back from the background updates at once.
    let listener = window_event_listener(leptos::ev::visibilitychange, move |_| tick());
    on_cleanup(move || listener.remove());
}

/// Runs `work` and records how long it took as the performance measure `name` (for the
/// benchmark; the browser keeps it in its performance timeline, nothing is sent anywhere).
pub(crate) fn timed<R>(name: &str, work: impl FnOnce() -> R) -> R {
    let performance = window().performance();
    let start = format!("{name}:start");
    if let Some(p) = &performance {
        let _ = p.mark(&start);
    }
    let result = work();
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark(name, &start);
    }
    result
}

//! The countdown to launch, computed from the clock each time (never by counting timer ticks).

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};

/// How far launch is from a moment in local time. Launch begins at midnight of launch day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Countdown {
    /// Before launch day: whole calendar days to go, and the exact time until launch day begins.
    Until {
        calendar_days: i64,
        days: i64,
        hours: i64,
        minutes: i64,
    },
    LaunchDay,
    Launched {
        days_ago: i64,
    },
}

impl Countdown {
    /// The countdown at `now` (local wall-clock time) for a launch on `launch`, counting the time
    /// left on the wall clock (see [`Countdown::at_zoned`] for a day the clocks change).
    pub fn at(launch: NaiveDate, now: NaiveDateTime) -> Countdown {
        let start = launch.and_hms_opt(0, 0, 0).unwrap_or_default();
        Countdown::at_zoned(launch, now, start - now)
    }

    /// The countdown at `now` (local wall-clock time), with `left` the real time until launch
    /// day begins as the time zone's rules measure it: across a change of the clocks the wall
    /// clock gains or loses the shift (36 wall-clock hours are 35 real ones when the clocks go
    /// forward).
    pub fn at_zoned(launch: NaiveDate, now: NaiveDateTime, left: TimeDelta) -> Countdown {
        let today = now.date();
        if today == launch {
            return Countdown::LaunchDay;
        }
        if today > launch {
            return Countdown::Launched {
                days_ago: (today - launch).num_days(),
            };
        }
        let total_minutes = left.num_minutes().max(0);
        Countdown::Until {
            calendar_days: (launch - today).num_days(),
            days: total_minutes / (24 * 60),
            hours: total_minutes / 60 % 24,
            minutes: total_minutes % 60,
        }
    }

    /// The headline: "10 days to launch", "Launch day", "Launched 3 days ago".
    pub fn headline(&self) -> String {
        match *self {
            Countdown::Until { calendar_days, .. } => {
                format!("{} to launch", plural(calendar_days, "day"))
            }
            Countdown::LaunchDay => "Launch day".into(),
            Countdown::Launched { days_ago } => format!("Launched {} ago", plural(days_ago, "day")),
        }
    }

    /// The exact time left, for the timer: "9 days, 14 hours, 30 minutes".
    pub fn exact(&self) -> Option<String> {
        match *self {
            Countdown::Until {
                days,
                hours,
                minutes,
                ..
            } => Some(format!(
                "{}, {}, {}",
                plural(days, "day"),
                plural(hours, "hour"),
                plural(minutes, "minute")
            )),
            _ => None,
        }
    }
}

fn plural(n: i64, unit: &str) -> String {
    if n == 1 {
        format!("1 {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(day: u32, h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 2, day)
            .unwrap()
            .and_hms_opt(h, m, 0)
            .unwrap()
    }

    const LAUNCH: fn() -> NaiveDate = || NaiveDate::from_ymd_opt(2026, 2, 19).unwrap();

    #[test]
    fn counts_calendar_days_and_the_exact_time_to_launch_day() {
        let c = Countdown::at(LAUNCH(), at(9, 9, 30));
        assert_eq!(
            c,
            Countdown::Until {
                calendar_days: 10,
                days: 9,
                hours: 14,
                minutes: 30
            }
        );
        assert_eq!(c.headline(), "10 days to launch");
        assert_eq!(c.exact().as_deref(), Some("9 days, 14 hours, 30 minutes"));
        assert_eq!(
            Countdown::at(LAUNCH(), at(18, 23, 59)).exact().as_deref(),
            Some("0 days, 0 hours, 1 minute")
        );
    }

    #[test]
    fn launch_day_and_after() {
        assert_eq!(
            Countdown::at(LAUNCH(), at(19, 0, 0)).headline(),
            "Launch day"
        );
        assert_eq!(
            Countdown::at(LAUNCH(), at(22, 8, 0)).headline(),
            "Launched 3 days ago"
        );
        assert_eq!(
            Countdown::at(LAUNCH(), at(20, 8, 0)).headline(),
            "Launched 1 day ago"
        );
    }

    #[test]
    fn a_day_the_clocks_change_counts_real_time() {
        // Launch 2026-03-09 in New York, seen at noon on the 7th: the clocks go forward on the
        // 8th, so 36 wall-clock hours are 35 real ones.
        let launch = NaiveDate::from_ymd_opt(2026, 3, 9).unwrap();
        let noon = NaiveDate::from_ymd_opt(2026, 3, 7)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap();
        assert_eq!(
            Countdown::at(launch, noon).exact().as_deref(),
            Some("1 day, 12 hours, 0 minutes")
        );
        let zoned = Countdown::at_zoned(launch, noon, TimeDelta::hours(35));
        assert_eq!(zoned.exact().as_deref(), Some("1 day, 11 hours, 0 minutes"));
        assert_eq!(zoned.headline(), "2 days to launch");
        // Lord Howe moves its clocks by half an hour.
        let zoned = Countdown::at_zoned(launch, noon, TimeDelta::minutes(36 * 60 - 30));
        assert_eq!(
            zoned.exact().as_deref(),
            Some("1 day, 11 hours, 30 minutes")
        );
    }
}

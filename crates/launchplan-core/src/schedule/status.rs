//! Where a dated thing stands on a given day: done, due today, overdue or upcoming.

use chrono::NaiveDate;

/// The state of a dated item as of one day. Shown in words as well as colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Done,
    DueToday,
    Overdue,
    Upcoming,
    /// Open, with no date to be late against.
    Open,
}

impl Status {
    /// Decides the state of something `done` or not, due on `due`, as of `today`.
    pub fn of(done: bool, due: Option<NaiveDate>, today: NaiveDate) -> Status {
        match (done, due) {
            (true, _) => Status::Done,
            (false, None) => Status::Open,
            (false, Some(d)) if d < today => Status::Overdue,
            (false, Some(d)) if d == today => Status::DueToday,
            (false, Some(_)) => Status::Upcoming,
        }
    }

    /// The state in words.
    pub fn label(self) -> &'static str {
        match self {
            Status::Done => "Done",
            Status::DueToday => "Due today",
            Status::Overdue => "Overdue",
            Status::Upcoming => "Upcoming",
            Status::Open => "Open",
        }
    }

    /// A CSS class name for the state's colour.
    pub fn class(self) -> &'static str {
        match self {
            Status::Done => "status-done",
            Status::DueToday => "status-today",
            Status::Overdue => "status-overdue",
            Status::Upcoming => "status-upcoming",
            Status::Open => "status-open",
        }
    }
}

/// How a deadline `days` away reads: "2 days left", "due today", "1 day overdue".
pub fn days_left(days: i64) -> String {
    match days {
        0 => "due today".into(),
        1 => "1 day left".into(),
        -1 => "1 day overdue".into(),
        n if n > 1 => format!("{n} days left"),
        n => format!("{} days overdue", n.unsigned_abs()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines_read_in_words() {
        assert_eq!(days_left(2), "2 days left");
        assert_eq!(days_left(1), "1 day left");
        assert_eq!(days_left(0), "due today");
        assert_eq!(days_left(-3), "3 days overdue");
    }

    #[test]
    fn states_follow_the_day() {
        let d = |day| NaiveDate::from_ymd_opt(2026, 2, day).unwrap();
        assert_eq!(Status::of(true, Some(d(1)), d(12)), Status::Done);
        assert_eq!(Status::of(false, Some(d(11)), d(12)), Status::Overdue);
        assert_eq!(Status::of(false, Some(d(12)), d(12)), Status::DueToday);
        assert_eq!(Status::of(false, Some(d(13)), d(12)), Status::Upcoming);
        assert_eq!(Status::of(false, None, d(12)), Status::Open);
    }
}

//! A time relative to the launch ("T-7 days", "T-72h", "2 weeks before launch"): what an item
//! keeps when its plan dates it that way, so that its day follows the launch when the launch is
//! set or moved. Stored as text: "T-7d", "T+2w", "T-9mo", "T-72h".

use super::{NodeMut, Plan};
use chrono::{Days, Months, NaiveDate};
use std::fmt;

impl Plan {
    /// Gives every item kept relative to the launch its day, when the plan has a launch date
    /// (after an import, a reschedule, or the launch date being set).
    pub fn date_offsets(&mut self) {
        let Some(launch) = self.facts.launch else {
            return;
        };
        self.for_each_node_mut(|node| {
            if let NodeMut::Item(item) = node {
                if let Some(day) = item.offset.and_then(|o| o.day_from(launch)) {
                    item.due = Some(day);
                }
            }
        });
    }
}

/// A time relative to the launch day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Offset {
    /// Negative before launch; at most ten years either way (see [`Offset::new`]).
    pub amount: i32,
    pub unit: OffsetUnit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OffsetUnit {
    Hours,
    Days,
    /// Monday to Friday ("T-minus 20 working days"): weekends are not counted.
    WorkingDays,
    Weeks,
    Months,
}

impl OffsetUnit {
    fn suffix(self) -> &'static str {
        match self {
            OffsetUnit::Hours => "h",
            OffsetUnit::Days => "d",
            OffsetUnit::WorkingDays => "wd",
            OffsetUnit::Weeks => "w",
            OffsetUnit::Months => "mo",
        }
    }
}

impl Offset {
    /// Ten years in hours, the largest count of any unit.
    pub const MAX_AMOUNT: i32 = 87_600;

    /// An offset of at most ten years either way; None beyond.
    pub fn new(amount: i32, unit: OffsetUnit) -> Option<Offset> {
        let max = match unit {
            OffsetUnit::Hours => Offset::MAX_AMOUNT,
            OffsetUnit::Days => 3_660,
            OffsetUnit::WorkingDays => 2_610,
            OffsetUnit::Weeks => 522,
            OffsetUnit::Months => 120,
        };
        (amount.unsigned_abs() <= max as u32).then_some(Offset { amount, unit })
    }

    /// The day it names when the launch is on `launch`. Hours count whole days toward the launch
    /// ("T-36h" is the day before); working days skip Saturdays and Sundays; months are calendar
    /// months ("T-1mo" of March 31 is February 28). None off the calendar.
    pub fn day_from(self, launch: NaiveDate) -> Option<NaiveDate> {
        let days = |n: i64| match u64::try_from(n) {
            Ok(n) => launch.checked_add_days(Days::new(n)),
            Err(_) => launch.checked_sub_days(Days::new(n.unsigned_abs())),
        };
        let amount = i64::from(self.amount);
        match self.unit {
            OffsetUnit::Hours => days(amount / 24),
            OffsetUnit::Days => days(amount),
            OffsetUnit::WorkingDays => working_days(launch, self.amount),
            OffsetUnit::Weeks => days(amount * 7),
            OffsetUnit::Months => {
                let months = Months::new(self.amount.unsigned_abs());
                if self.amount < 0 {
                    launch.checked_sub_months(months)
                } else {
                    launch.checked_add_months(months)
                }
            }
        }
    }
}

/// The day `amount` working days (Monday to Friday) from `launch`, back when negative.
fn working_days(launch: NaiveDate, amount: i32) -> Option<NaiveDate> {
    use chrono::Datelike;
    let mut day = launch;
    for _ in 0..amount.unsigned_abs() {
        loop {
            day = if amount < 0 {
                day.pred_opt()?
            } else {
                day.succ_opt()?
            };
            if day.weekday().number_from_monday() <= 5 {
                break;
            }
        }
    }
    Some(day)
}

impl fmt::Display for Offset {
    /// "T-7d", "T+2w", "T-0d".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.amount < 0 { '-' } else { '+' };
        write!(
            f,
            "T{sign}{}{}",
            self.amount.unsigned_abs(),
            self.unit.suffix()
        )
    }
}

impl From<Offset> for String {
    fn from(offset: Offset) -> String {
        offset.to_string()
    }
}

/// Why a stored offset cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a time relative to launch (write it like \"T-7d\", \"T+2w\", \"T-3mo\", \"T-72h\" or \"T-20wd\")")]
pub struct OffsetError(String);

impl TryFrom<String> for Offset {
    type Error = OffsetError;

    fn try_from(text: String) -> Result<Offset, OffsetError> {
        text.parse()
    }
}

impl std::str::FromStr for Offset {
    type Err = OffsetError;

    fn from_str(text: &str) -> Result<Offset, OffsetError> {
        let bad = || OffsetError(text.chars().take(40).collect());
        let rest = text.strip_prefix('T').ok_or_else(bad)?;
        let (sign, rest) = match rest.as_bytes().first() {
            Some(b'-') => (-1, &rest[1..]),
            Some(b'+') => (1, &rest[1..]),
            _ => return Err(bad()),
        };
        let digits = rest.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?;
        let (number, suffix) = rest.split_at(digits);
        if number.is_empty() || number.len() > 6 {
            return Err(bad());
        }
        let amount: i32 = number.parse().map_err(|_| bad())?;
        let unit = match suffix {
            "h" => OffsetUnit::Hours,
            "d" => OffsetUnit::Days,
            "wd" => OffsetUnit::WorkingDays,
            "w" => OffsetUnit::Weeks,
            "mo" => OffsetUnit::Months,
            _ => return Err(bad()),
        };
        Offset::new(sign * amount, unit).ok_or_else(bad)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn an_offset_is_a_day_once_the_launch_is_known() {
        let launch = day(2026, 3, 31);
        let on = |amount, unit| Offset { amount, unit }.day_from(launch);
        assert_eq!(on(-2, OffsetUnit::Weeks), Some(day(2026, 3, 17)));
        assert_eq!(on(-72, OffsetUnit::Hours), Some(day(2026, 3, 28)));
        assert_eq!(on(-36, OffsetUnit::Hours), Some(day(2026, 3, 30)));
        assert_eq!(on(-1, OffsetUnit::Months), Some(day(2026, 2, 28)));
        assert_eq!(on(1, OffsetUnit::Days), Some(day(2026, 4, 1)));
        assert_eq!(on(0, OffsetUnit::Days), Some(launch));
        // Tuesday March 31, 2026: three working days back is Thursday the 26th.
        assert_eq!(on(-3, OffsetUnit::WorkingDays), Some(day(2026, 3, 26)));
        assert_eq!(on(4, OffsetUnit::WorkingDays), Some(day(2026, 4, 6)));
        assert_eq!("T-20wd".parse::<Offset>().unwrap().to_string(), "T-20wd");
    }

    #[test]
    fn a_date_set_by_hand_or_a_merge_keeps_the_items_in_step_with_the_launch() {
        use crate::plan::Stamp;
        let source = "# L\n\n**Launch:** June 4, 2026\n\n## T-2 Weeks\n\n- [ ] Book the hall\n";
        let plan = crate::formats::markdown_in::import_markdown(source).plan;
        let id = plan.schedule_items().next().unwrap().id.clone();
        // A date given by hand: no longer relative, so a new launch leaves it.
        let mut by_hand = plan.clone();
        assert!(by_hand.set_date(&id, day(2026, 5, 1), Stamp(5)));
        assert_eq!(by_hand.schedule_items().next().unwrap().offset, None);
        by_hand.facts.launch = Some(day(2026, 7, 1));
        by_hand.date_offsets();
        assert_eq!(
            by_hand.schedule_items().next().unwrap().due,
            Some(day(2026, 5, 1))
        );
        // A merge that brings a new launch re-dates what is relative to it.
        let mut theirs = plan.clone();
        theirs.facts.launch = Some(day(2026, 7, 2));
        theirs.modified = Stamp(9);
        let (merged, _) = crate::merge::merge(&plan, &theirs);
        assert_eq!(merged.facts.launch, Some(day(2026, 7, 2)));
        assert_eq!(
            merged.schedule_items().next().unwrap().due,
            Some(day(2026, 6, 18))
        );
    }

    #[test]
    fn offsets_are_stored_as_short_text_and_read_back() {
        for text in ["T-7d", "T+2w", "T-9mo", "T-72h", "T+0d", "T-87600h"] {
            let offset: Offset = text.parse().unwrap();
            assert_eq!(offset.to_string(), text);
            let json = serde_json::to_string(&offset).unwrap();
            assert_eq!(serde_json::from_str::<Offset>(&json).unwrap(), offset);
        }
        for bad in [
            "",
            "T",
            "T7d",
            "-7d",
            "T-7",
            "T-7y",
            "T-d",
            "T-87601h",
            "T--7d",
            "T-7d ",
            "T-1234567d",
            "T-87600w",
            "T+121mo",
            "T-3661d",
        ] {
            assert!(bad.parse::<Offset>().is_err(), "{bad:?}");
        }
    }
}

//! Reschedule: move a whole plan so its launch lands on a chosen day. Every date moves by the
//! same number of days (weekday names follow, as they are computed from the dates); records of
//! what already happened (decisions taken) keep their dates; items kept relative to the launch
//! ("T-1mo") are dated from the new launch. A plan with no launch date gets the chosen one, and
//! only its items relative to the launch get their days.

use crate::plan::dates::Period;
use crate::plan::{Block, Cadence, NodeMut, Plan, Stamp};
use chrono::{NaiveDate, TimeDelta};

/// Why a plan cannot be rescheduled.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RescheduleError {
    #[error("Moving the launch to {0} would push some dates off the calendar.")]
    OutOfRange(NaiveDate),
}

/// The plan with every date shifted so that launch falls on `new_launch`.
pub fn reschedule(plan: &Plan, new_launch: NaiveDate, now: Stamp) -> Result<Plan, RescheduleError> {
    let mut out = plan.clone();
    match plan.facts.launch {
        Some(launch) => {
            if !shift_all(&mut out, (new_launch - launch).num_days()) {
                return Err(RescheduleError::OutOfRange(new_launch));
            }
        }
        None => {
            out.facts.launch = Some(new_launch);
            out.facts.launch_within = None;
        }
    }
    out.date_offsets();
    out.modified = now;
    Ok(out)
}

/// The plan with every date moved `years` (same month and day; records of decisions taken
/// keep their dates): the import review's "set the year" for a file that writes none.
pub fn move_years(plan: &Plan, years: i32) -> Result<Plan, RescheduleError> {
    let mut out = plan.clone();
    let moved = map_all(
        &mut out,
        |d| crate::plan::dates::date_in_years(d, years),
        |p| p.in_years(years),
    );
    if !moved {
        let launch = plan.facts.launch.unwrap_or_default();
        return Err(RescheduleError::OutOfRange(launch));
    }
    out.date_offsets();
    Ok(out)
}

/// Shifts every plan date by `days`; false when one would leave the calendar.
fn shift_all(plan: &mut Plan, days: i64) -> bool {
    let Some(delta) = TimeDelta::try_days(days) else {
        return false;
    };
    map_all(
        plan,
        |d| d.checked_add_signed(delta),
        |p| Some(p.shifted(days)),
    )
}

/// Moves every plan date by `day` and every period by `period`; false when one would leave
/// the calendar (the plan is then partly moved: callers work on a copy).
fn map_all(
    plan: &mut Plan,
    day: impl Fn(NaiveDate) -> Option<NaiveDate>,
    period: impl Fn(Period) -> Option<Period>,
) -> bool {
    let mut ok = true;
    let mut date = |d: &mut NaiveDate| match day(*d) {
        Some(moved) => *d = moved,
        None => ok = false,
    };
    let mut periods_ok = true;
    let mut span = |p: &mut Option<Period>| {
        if let Some(old) = *p {
            match period(old) {
                Some(moved) => *p = Some(moved),
                None => periods_ok = false,
            }
        }
    };
    let f = &mut plan.facts;
    span(&mut f.launch_within);
    for d in [
        &mut f.written_on,
        &mut f.launch,
        &mut f.last_updated,
        &mut f.next_review,
        &mut f.sprint_start,
    ]
    .into_iter()
    .flatten()
    {
        date(d);
    }
    // Every date every node holds; a new kind of node must say here what it holds.
    plan.for_each_node_mut(|node| match node {
        NodeMut::Block(Block::Milestones(g)) => span(&mut g.period),
        NodeMut::Milestone(m) => span(&mut m.period),
        NodeMut::Block(Block::Schedule(g)) => span(&mut g.period),
        NodeMut::Item(item) => {
            item.due.iter_mut().for_each(&mut date);
            // A month stays a month: due at the end of the one it moved into.
            span(&mut item.within);
            if let Some(within) = item.within {
                item.due = Some(within.last_day());
            }
        }
        NodeMut::Day(day) => date(&mut day.date),
        NodeMut::Block(Block::Decision(d)) => d.date.iter_mut().for_each(&mut date),
        NodeMut::Block(Block::Metrics(g)) => g.date.iter_mut().for_each(&mut date),
        NodeMut::Block(Block::Risks(g)) => g.resolve_by.iter_mut().for_each(&mut date),
        NodeMut::Contingency(c) => c.date.iter_mut().for_each(&mut date),
        NodeMut::Comm(entry) => {
            if let Some(Cadence::On(d)) = &mut entry.when {
                date(d);
            }
        }
        NodeMut::Section(_)
        | NodeMut::Block(Block::Contingencies(_) | Block::Communication(_))
        | NodeMut::Point(_)
        | NodeMut::Metric(_)
        | NodeMut::Risk(_) => {}
    });
    ok && periods_ok
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::default_plan::default_plan;
    use crate::plan::dates::Period;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn every_date_moves_by_the_same_days() {
        let plan = default_plan().plan;
        let moved = reschedule(&plan, d(2026, 6, 4), Stamp(1)).unwrap();
        let days = (d(2026, 6, 4) - d(2026, 2, 19)).num_days();
        assert_eq!(moved.facts.launch, Some(d(2026, 6, 4)));
        assert_eq!(
            moved.facts.written_on,
            Some(d(2026, 2, 9) + TimeDelta::days(days))
        );
        let Block::Schedule(week1) = &moved.sections[1].blocks[0] else {
            panic!()
        };
        assert_eq!(
            week1.period,
            Some(Period::Range {
                start: d(2026, 5, 26),
                end: d(2026, 5, 30)
            })
        );
        assert_eq!(week1.days[0].date, d(2026, 5, 26));
        assert_eq!(week1.days[0].items[0].due, Some(d(2026, 5, 26)));
        // Nothing else changes: same counts, same texts.
        assert_eq!(moved.counts(), plan.counts());
        let back = reschedule(&moved, d(2026, 2, 19), Stamp(0)).unwrap();
        let dues = |p: &Plan| p.schedule_items().map(|i| i.due).collect::<Vec<_>>();
        assert_eq!(dues(&back), dues(&plan));
    }

    #[test]
    fn a_plan_without_a_launch_gets_one_and_its_relative_items_their_days() {
        let source = "# Launch\n\n## T-2 Weeks\n\n- [ ] Book the hall\n\n## Later\n\n- [ ] Tidy up (Mar 3, 2026)\n- [ ] Thank everyone\n";
        let plan = crate::formats::markdown_in::import_markdown(source).plan;
        assert_eq!(plan.facts.launch, None);
        let set = reschedule(&plan, d(2026, 6, 4), Stamp(1)).unwrap();
        assert_eq!(set.facts.launch, Some(d(2026, 6, 4)));
        let dues: Vec<_> = set
            .schedule_items()
            .map(|i| (i.text.as_str(), i.due))
            .collect();
        assert_eq!(
            dues,
            [
                ("Book the hall", Some(d(2026, 5, 21))),
                ("Tidy up (Mar 3, 2026)", Some(d(2026, 3, 3))),
                ("Thank everyone", None)
            ]
        );
    }

    #[test]
    fn items_relative_to_the_launch_follow_it_by_calendar_months() {
        let source = "# Launch\n\n**Launch:** March 31, 2026\n\n## Plan\n\n- [ ] Print the posters 1 month before launch\n";
        let plan = crate::formats::markdown_in::import_markdown(source).plan;
        let due = |p: &Plan| p.schedule_items().next().and_then(|i| i.due);
        assert_eq!(due(&plan), Some(d(2026, 2, 28)));
        let moved = reschedule(&plan, d(2026, 4, 30), Stamp(1)).unwrap();
        assert_eq!(due(&moved), Some(d(2026, 3, 30)));
    }

    #[test]
    fn moving_years_keeps_month_and_day_and_a_leap_day_lands_on_the_28th() {
        let source = "# Plan\n\n## Q1 2028\n- [ ] Plan the year\n\n## Week (Feb 28 - Mar 2, 2028)\n- [ ] Leap day check (Feb 29, 2028)\n";
        let plan = crate::formats::markdown_in::import_markdown(source).plan;
        let moved = move_years(&plan, -1).unwrap();
        let dues: Vec<_> = moved.schedule_items().map(|i| i.due).collect();
        assert_eq!(dues, [Some(d(2027, 3, 31)), Some(d(2027, 2, 28))]);
        assert!(move_years(&plan, 1_000_000).is_err());
    }
}

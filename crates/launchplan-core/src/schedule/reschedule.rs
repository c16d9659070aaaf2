//! Reschedule: move a whole plan so its launch lands on a chosen day. Every date moves by the
//! same number of days (weekday names follow, as they are computed from the dates); records of
//! what already happened (decisions taken) keep their dates.

use crate::plan::{Block, Cadence, NodeMut, Plan, Stamp};
use chrono::{NaiveDate, TimeDelta};

/// Why a plan cannot be rescheduled.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RescheduleError {
    #[error("The plan has no launch date to move; set one first.")]
    NoLaunch,
    #[error("Moving the launch to {0} would push some dates off the calendar.")]
    OutOfRange(NaiveDate),
}

/// The plan with every date shifted so that launch falls on `new_launch`.
pub fn reschedule(plan: &Plan, new_launch: NaiveDate, now: Stamp) -> Result<Plan, RescheduleError> {
    let launch = plan.facts.launch.ok_or(RescheduleError::NoLaunch)?;
    let days = (new_launch - launch).num_days();
    let mut out = plan.clone();
    let ok = shift_all(&mut out, days);
    if !ok {
        return Err(RescheduleError::OutOfRange(new_launch));
    }
    out.modified = now;
    Ok(out)
}

/// Shifts every plan date by `days`; false when one would leave the calendar.
fn shift_all(plan: &mut Plan, days: i64) -> bool {
    let Some(delta) = TimeDelta::try_days(days) else {
        return false;
    };
    let mut ok = true;
    let mut date = |d: &mut NaiveDate| match d.checked_add_signed(delta) {
        Some(moved) => *d = moved,
        None => ok = false,
    };
    let f = &mut plan.facts;
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
        NodeMut::Block(Block::Milestones(g)) => g.period = g.period.map(|p| p.shifted(days)),
        NodeMut::Milestone(m) => m.period = m.period.map(|p| p.shifted(days)),
        NodeMut::Block(Block::Schedule(g)) => g.period = g.period.map(|p| p.shifted(days)),
        NodeMut::Item(item) => item.due.iter_mut().for_each(&mut date),
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
    ok
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
    fn a_plan_without_a_launch_cannot_be_rescheduled() {
        let mut plan = default_plan().plan;
        plan.facts.launch = None;
        assert_eq!(
            reschedule(&plan, d(2026, 6, 4), Stamp(1)),
            Err(RescheduleError::NoLaunch)
        );
    }
}

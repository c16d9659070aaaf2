//! The agenda: what is overdue, due today and due in the next seven days, across every section.

use super::progress::{visit_tasks, Task, TaskRef};
use super::status::Status;
use crate::plan::Plan;
use chrono::{NaiveDate, TimeDelta};

/// Open tasks by when they are due, each list sorted by date (document order within a day).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Agenda {
    pub overdue: Vec<Task>,
    pub today: Vec<Task>,
    pub next_week: Vec<Task>,
    /// How many tasks each list has in all (overdue, today, the next seven days): the lists of
    /// [`Agenda::first`] hold only the first of them.
    pub totals: [usize; 3],
}

impl Agenda {
    /// Every open task overdue on `today`, due that day and due in the seven days after.
    pub fn of(plan: &Plan, today: NaiveDate) -> Agenda {
        Agenda::first(plan, today, usize::MAX)
    }

    /// The same, each list cut to its first `shown` tasks (the oldest overdue first), with
    /// [`Agenda::totals`] saying how many there are. Only the tasks kept are copied: a plan with
    /// thousands of overdue items costs one walk on every tick.
    pub fn first(plan: &Plan, today: NaiveDate, shown: usize) -> Agenda {
        let week_end = today
            .checked_add_signed(TimeDelta::days(7))
            .unwrap_or(today);
        let mut lists: [Vec<TaskRef<'_>>; 3] = Default::default();
        let mut totals = [0; 3];
        visit_tasks(plan, |task| {
            let list = match (task.status(today), task.due) {
                (Status::Overdue, _) => 0,
                (Status::DueToday, _) => 1,
                (Status::Upcoming, Some(due)) if due <= week_end => 2,
                _ => return,
            };
            totals[list] += 1;
            // Each list keeps its first `shown` in date order as the walk goes, a task after
            // every kept one due on or before its day (the order of a stable sort): collecting
            // and sorting a plan's thousands of overdue tasks cost a third of a millisecond a tick.
            let kept = &mut lists[list];
            let at = kept.partition_point(|t| t.due <= task.due);
            if at < shown {
                kept.insert(at, task);
                kept.truncate(shown);
            }
        });
        let [overdue, today, next_week] =
            lists.map(|list| list.into_iter().map(TaskRef::to_task).collect());
        Agenda {
            overdue,
            today,
            next_week,
            totals,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::default_plan::default_plan;
    use crate::schedule::progress::TaskKind;

    #[test]
    fn billingos_agenda_on_february_14() {
        let plan = default_plan().plan;
        let a = Agenda::of(&plan, NaiveDate::from_ymd_opt(2026, 2, 14).unwrap());
        assert_eq!(a.overdue.len(), 12);
        // Four items and the Go/No-Go decision.
        assert_eq!(a.today.len(), 5);
        assert!(a.today.iter().any(|t| t.kind == TaskKind::Decision));
        // Feb 15-21: items, the two risk groups, metrics, decisions and emails.
        assert!(a.next_week.iter().any(|t| t.kind == TaskKind::Risk));
        assert!(a
            .next_week
            .iter()
            .any(|t| t.kind == TaskKind::Communication));
        assert!(a.next_week.windows(2).all(|w| w[0].due <= w[1].due));
        assert_eq!(a.totals, [12, 5, a.next_week.len()]);
    }

    #[test]
    fn the_first_of_each_list_are_the_lists_in_date_order_cut() {
        let feb = |d| NaiveDate::from_ymd_opt(2026, 2, d).unwrap();
        // A generated plan written backwards: its walk meets the tasks latest first.
        let mut backwards = crate::generate::generate(2_000, crate::generate::default_start(), 5);
        backwards.sections.reverse();
        for section in &mut backwards.sections {
            section.blocks.reverse();
        }
        let may = NaiveDate::from_ymd_opt(2026, 5, 13).unwrap();
        for (plan, day) in [(default_plan().plan, feb(14)), (backwards, may)] {
            the_first_of_each_list_on(&plan, day);
        }
    }

    fn the_first_of_each_list_on(plan: &Plan, day: NaiveDate) {
        let plan = plan.clone();
        // The lists built the plain way: every task classified and copied, each list sorted by
        // date (stable: tasks due the same day stay in the document's order).
        let week_end = day + TimeDelta::days(7);
        let mut expected: [Vec<Task>; 3] = Default::default();
        visit_tasks(&plan, |t| {
            let list = match (t.status(day), t.due) {
                (Status::Overdue, _) => 0,
                (Status::DueToday, _) => 1,
                (Status::Upcoming, Some(due)) if due <= week_end => 2,
                _ => return,
            };
            expected[list].push(t.to_task());
        });
        for list in &mut expected {
            list.sort_by_key(|t| t.due);
        }
        // Ties the order must keep, and a list out of document order before the sort.
        assert!(expected[0].windows(2).any(|w| w[0].due == w[1].due));
        assert!(expected.iter().all(|l| !l.is_empty()));
        for shown in [0, 1, 3, 12, 100] {
            let first = Agenda::first(&plan, day, shown);
            assert_eq!(first.totals, expected.each_ref().map(Vec::len));
            let cut = |l: &Vec<Task>| l.iter().take(shown).cloned().collect::<Vec<_>>();
            assert_eq!(first.overdue, cut(&expected[0]), "{shown}");
            assert_eq!(first.today, cut(&expected[1]), "{shown}");
            assert_eq!(first.next_week, cut(&expected[2]), "{shown}");
        }
    }
}

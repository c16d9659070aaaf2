//! The agenda: what is overdue, due today and due in the next seven days, across every section.

use super::progress::{visit_tasks, Task};
use super::status::Status;
use crate::plan::Plan;
use chrono::{NaiveDate, TimeDelta};

/// Open tasks by when they are due, each list sorted by date.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Agenda {
    pub overdue: Vec<Task>,
    pub today: Vec<Task>,
    pub next_week: Vec<Task>,
}

impl Agenda {
    pub fn of(plan: &Plan, today: NaiveDate) -> Agenda {
        let week_end = today
            .checked_add_signed(TimeDelta::days(7))
            .unwrap_or(today);
        let mut agenda = Agenda::default();
        // Only the tasks a list takes are copied.
        visit_tasks(plan, |task| match (task.status(today), task.due) {
            (Status::Overdue, _) => agenda.overdue.push(task.to_task()),
            (Status::DueToday, _) => agenda.today.push(task.to_task()),
            (Status::Upcoming, Some(due)) if due <= week_end => {
                agenda.next_week.push(task.to_task())
            }
            _ => {}
        });
        for list in [&mut agenda.overdue, &mut agenda.next_week] {
            list.sort_by_key(|t| t.due);
        }
        agenda
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
    }
}

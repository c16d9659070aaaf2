//! `launchplan status`: the app's header in a terminal. What a plan says about one moment (the
//! countdown, the sprint day, progress, the next gate, what is overdue or due), worked out once
//! as a [`Status`], then printed as text or as JSON.

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use launchplan_core::plan::dates::{
    format_day_with_weekday, format_long, format_period, weekday_name,
};
use launchplan_core::plan::Plan;
use launchplan_core::schedule::agenda::Agenda;
use launchplan_core::schedule::countdown::Countdown;
use launchplan_core::schedule::gates::gates;
use launchplan_core::schedule::progress::{Overview, Progress, Readiness, Task, TaskKind};
use launchplan_core::schedule::status::days_left;
use serde::Serialize;
use std::fmt::Write as _;

/// Where a plan stands at one moment. Serialised as `status --format json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Status {
    pub(crate) title: String,
    /// The day the status is for (YYYY-MM-DD).
    pub(crate) today: NaiveDate,
    /// Launch day, if the plan names one.
    pub(crate) launch: Option<NaiveDate>,
    /// Calendar days from today to launch: 0 on launch day, negative after it.
    pub(crate) days_to_launch: Option<i64>,
    /// "7 days to launch", "Launch day", "Launched 2 days ago", "No launch date".
    pub(crate) countdown: String,
    /// The time left to the start of launch day ("6 days, 14 hours, 30 minutes").
    #[serde(skip)]
    pub(crate) exact: Option<String>,
    pub(crate) sprint_day: Option<SprintDay>,
    pub(crate) progress: Share,
    pub(crate) overdue: usize,
    pub(crate) due_today: usize,
    pub(crate) next_decision: Option<Gate>,
    pub(crate) overdue_items: Vec<Due>,
    pub(crate) due_today_items: Vec<Due>,
}

/// "Day 3 of 10".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub(crate) struct SprintDay {
    pub(crate) day: i64,
    pub(crate) of: i64,
}

/// Done of total, and the whole percent (rounded down).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub(crate) struct Share {
    pub(crate) done: usize,
    pub(crate) total: usize,
    pub(crate) percent: u32,
}

impl From<Progress> for Share {
    fn from(p: Progress) -> Share {
        Share {
            done: p.done,
            total: p.total,
            percent: p.percent(),
        }
    }
}

/// The next decision point still to be taken.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Gate {
    pub(crate) title: String,
    pub(crate) date: NaiveDate,
    /// Days from today to the gate; negative when it was missed.
    pub(crate) days_left: i64,
    pub(crate) readiness: GateReadiness,
}

/// How the items due by a gate stand against its criteria.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct GateReadiness {
    pub(crate) done: usize,
    pub(crate) total: usize,
    pub(crate) percent: u32,
    /// The share the criteria ask for ("80% of P0 items complete" → 80), if they name one.
    pub(crate) needed: Option<u32>,
    /// Whether that share is met; null when the criteria name none.
    pub(crate) meets: Option<bool>,
    /// "0 of 16 items done (0%): below the 80% criterion".
    #[serde(skip)]
    pub(crate) description: String,
}

/// An open entry with its due date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Due {
    pub(crate) text: String,
    /// task, metric, risk, decision or communication.
    pub(crate) kind: &'static str,
    pub(crate) due: Option<NaiveDate>,
}

impl From<Task> for Due {
    fn from(task: Task) -> Due {
        Due {
            text: task.text,
            kind: kind_name(task.kind),
            due: task.due,
        }
    }
}

fn kind_name(kind: TaskKind) -> &'static str {
    match kind {
        TaskKind::Item => "task",
        TaskKind::Metric => "metric",
        TaskKind::Risk => "risk",
        TaskKind::Decision => "decision",
        TaskKind::Communication => "communication",
    }
}

impl Status {
    /// The plan at `now` (local wall-clock time).
    pub(crate) fn of(plan: &Plan, now: NaiveDateTime) -> Status {
        let today = now.date();
        let overview = Overview::of(plan, today);
        let agenda = Agenda::of(plan, today);
        let launch = plan.facts.launch;
        let countdown = launch.map(|launch| Countdown::at(launch, now));
        let next_decision = overview.next_decision.map(|next| {
            // The overview names the gate (a decision block or a gate item); its criteria are
            // on the gate itself.
            let criteria = gates(plan)
                .into_iter()
                .find(|g| g.id == &next.id)
                .and_then(|g| g.criteria);
            let readiness = Readiness::at(plan, Some(next.date), criteria);
            let p = readiness.progress;
            Gate {
                title: next.title,
                date: next.date,
                days_left: next.days_left,
                readiness: GateReadiness {
                    done: p.done,
                    total: p.total,
                    percent: p.percent(),
                    needed: readiness.needed,
                    meets: readiness.needed.map(|n| p.percent() >= n),
                    description: readiness.describe(),
                },
            }
        });
        Status {
            title: plan.title.clone(),
            today,
            launch,
            days_to_launch: launch.map(|launch| (launch - today).num_days()),
            countdown: countdown.map_or_else(
                || match plan.facts.launch_within {
                    Some(period) => format!("Launch in {}", format_period(&period, true)),
                    None => "No launch date".into(),
                },
                |c| c.headline(),
            ),
            exact: countdown.and_then(|c| c.exact()),
            sprint_day: overview.sprint_day.map(|s| SprintDay {
                day: s.day,
                of: s.of,
            }),
            progress: overview.progress.into(),
            overdue: overview.overdue,
            due_today: overview.due_today,
            next_decision,
            overdue_items: agenda.overdue.into_iter().map(Due::from).collect(),
            due_today_items: agenda.today.into_iter().map(Due::from).collect(),
        }
    }

    /// The status as a person reads it in a terminal.
    pub(crate) fn to_text(&self) -> String {
        let mut out = String::new();
        let title = if self.title.is_empty() {
            "(untitled plan)"
        } else {
            &self.title
        };
        let _ = writeln!(out, "{title}");
        match &self.exact {
            Some(exact) => {
                let _ = writeln!(out, "{} ({exact})", self.countdown);
            }
            None => {
                let _ = writeln!(out, "{}", self.countdown);
            }
        }
        out.push('\n');
        let today = format!(
            "{}, {}",
            weekday_name(self.today.weekday()),
            format_long(self.today)
        );
        let mut figures = vec![
            ("Today", today),
            (
                "Launch",
                self.launch.map_or_else(|| "not set".into(), format_long),
            ),
        ];
        if let Some(s) = self.sprint_day {
            figures.push(("Sprint", format!("Day {} of {}", s.day, s.of)));
        }
        let p = self.progress;
        figures.push((
            "Progress",
            format!("{} of {} done ({}%)", p.done, p.total, p.percent),
        ));
        figures.push(("Overdue", self.overdue.to_string()));
        figures.push(("Due today", self.due_today.to_string()));
        match &self.next_decision {
            Some(gate) => {
                figures.push((
                    "Next gate",
                    format!(
                        "{}: {} ({})",
                        gate.title,
                        format_long(gate.date),
                        days_left(gate.days_left)
                    ),
                ));
                figures.push(("", gate.readiness.description.clone()));
            }
            None => figures.push(("Next gate", "none pending".into())),
        }
        for (name, value) in figures {
            let _ = writeln!(out, "  {name:<10} {value}");
        }
        for (heading, items) in [
            ("Overdue", &self.overdue_items),
            ("Due today", &self.due_today_items),
        ] {
            if items.is_empty() {
                continue;
            }
            let _ = writeln!(out, "\n{heading} ({})", items.len());
            let dates: Vec<String> = items
                .iter()
                .map(|i| i.due.map(format_day_with_weekday).unwrap_or_default())
                .collect();
            let width = dates.iter().map(|d| d.chars().count()).max().unwrap_or(0);
            for (item, date) in items.iter().zip(dates) {
                let kind = match item.kind {
                    "task" => String::new(),
                    other => format!(" ({other})"),
                };
                let _ = writeln!(out, "  {date:<width$}  {}{kind}", item.text);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use launchplan_core::default_plan::default_plan;

    fn feb(day: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 2, day)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap()
    }

    #[test]
    fn billingos_as_of_february_12() {
        let s = Status::of(&default_plan().plan, feb(12));
        assert_eq!(s.days_to_launch, Some(7));
        assert_eq!(s.countdown, "7 days to launch");
        assert_eq!((s.overdue, s.due_today), (6, 3));
        assert_eq!(s.overdue_items.len(), s.overdue);
        assert_eq!(s.due_today_items.len(), s.due_today);
        assert_eq!(s.sprint_day, Some(SprintDay { day: 3, of: 10 }));
        let gate = s.next_decision.unwrap();
        assert_eq!((gate.days_left, gate.readiness.needed), (2, Some(80)));
        assert_eq!(gate.readiness.meets, Some(false));
    }

    #[test]
    fn after_launch_the_days_are_negative() {
        let s = Status::of(&default_plan().plan, feb(21));
        assert_eq!(s.days_to_launch, Some(-2));
        assert_eq!(s.countdown, "Launched 2 days ago");
        assert_eq!(s.exact, None);
    }

    #[test]
    fn a_plan_without_a_launch_says_so() {
        let s = Status::of(&Plan::default(), feb(12));
        assert_eq!(
            (s.days_to_launch, s.countdown.as_str()),
            (None, "No launch date")
        );
        let text = s.to_text();
        assert!(text.contains("Launch     not set"), "{text}");
        assert!(text.contains("Next gate  none pending"), "{text}");
    }
}

//! Progress and the day's overview: done of total, what is overdue or due today, the sprint day,
//! the next decision point.

use super::status::Status;
use crate::plan::dates::Period;
use crate::plan::{Block, Cadence, Day, Item, NodeId, NodeRef, Plan, ScheduleGroup};
use chrono::NaiveDate;

/// How much of a checklist is done.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

impl Progress {
    pub fn of_items<'a>(items: impl IntoIterator<Item = &'a Item>) -> Progress {
        items
            .into_iter()
            .fold(Progress::default(), |p, i| p.add(i.done))
    }

    pub fn of_day(day: &Day) -> Progress {
        Progress::of_items(&day.items)
    }

    pub fn of_group(group: &ScheduleGroup) -> Progress {
        Progress::of_items(
            group
                .items
                .iter()
                .chain(group.days.iter().flat_map(|d| d.items.iter())),
        )
    }

    /// Every checklist entry of the plan: schedule items, success metrics and risks.
    pub fn of_plan(plan: &Plan) -> Progress {
        tasks(plan)
            .iter()
            .fold(Progress::default(), |p, t| p.add(t.done))
    }

    /// Both counts together.
    fn plus(self, other: Progress) -> Progress {
        Progress {
            done: self.done + other.done,
            total: self.total + other.total,
        }
    }

    fn add(self, done: bool) -> Progress {
        Progress {
            done: self.done + usize::from(done),
            total: self.total + 1,
        }
    }

    /// Whole percent, rounded down so 100 means everything is done.
    pub fn percent(&self) -> u32 {
        (self.done * 100)
            .checked_div(self.total)
            .map_or(0, |p| u32::try_from(p).unwrap_or(100))
    }
}

/// What kind of thing a task is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TaskKind {
    Item,
    Metric,
    Risk,
    Decision,
    Communication,
}

impl TaskKind {
    /// Whether it is a ticked-or-not checklist entry (what progress counts).
    pub fn is_checklist(self) -> bool {
        matches!(self, TaskKind::Item | TaskKind::Metric | TaskKind::Risk)
    }

    pub fn label(self) -> &'static str {
        match self {
            TaskKind::Item => "Task",
            TaskKind::Metric => "Metric",
            TaskKind::Risk => "Risk",
            TaskKind::Decision => "Decision",
            TaskKind::Communication => "Communication",
        }
    }
}

/// Anything in the plan that is done or not by a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Task {
    pub id: NodeId,
    pub kind: TaskKind,
    pub text: String,
    pub due: Option<NaiveDate>,
    /// The month or quarter it is due in, when the plan gives no day (see `Item::due_within`).
    pub within: Option<Period>,
    pub done: bool,
}

impl Task {
    pub fn status(&self, today: NaiveDate) -> Status {
        Status::of(self.done, self.due, today)
    }

    /// When it is due, as a list shows it: "Feb 14", or "Q1 2027" for a task due in a quarter.
    pub fn due_label(&self) -> Option<String> {
        crate::plan::dates::format_due(self.due, self.within)
    }
}

/// Every checklist entry of the plan (items, metrics, risks), in document order.
pub fn tasks(plan: &Plan) -> Vec<Task> {
    all_tasks(plan)
        .into_iter()
        .filter(|t| t.kind.is_checklist())
        .collect()
}

/// Checklist entries plus pending decisions and dated communications.
pub fn all_tasks(plan: &Plan) -> Vec<Task> {
    let mut out = Vec::new();
    visit_tasks(plan, |t| out.push(t.to_task()));
    out
}

/// A task as the plan holds it, borrowed: what [`visit_tasks`] hands out without copying.
#[derive(Debug, Clone, Copy)]
pub struct TaskRef<'a> {
    pub id: &'a NodeId,
    pub kind: TaskKind,
    pub text: &'a str,
    pub due: Option<NaiveDate>,
    pub within: Option<Period>,
    pub done: bool,
}

impl TaskRef<'_> {
    pub fn status(&self, today: NaiveDate) -> Status {
        Status::of(self.done, self.due, today)
    }

    pub fn to_task(self) -> Task {
        Task {
            id: self.id.clone(),
            kind: self.kind,
            text: self.text.to_string(),
            due: self.due,
            within: self.within,
            done: self.done,
        }
    }
}

/// Calls `f` with every task of [`all_tasks`], in document order, copying nothing (the header
/// and the agenda read every task on every change).
pub fn visit_tasks<'a>(plan: &'a Plan, mut f: impl FnMut(TaskRef<'a>)) {
    let mut task = |id, kind, text, due, done, within| {
        f(TaskRef {
            id,
            kind,
            text,
            due,
            within,
            done,
        })
    };
    plan.for_each_node(|node, parent| match node {
        NodeRef::Item(i) => task(
            &i.id,
            TaskKind::Item,
            &i.text,
            i.due,
            i.done,
            i.due_within(parent),
        ),
        NodeRef::Metric(m) => {
            let due = match parent {
                Some(NodeRef::Block(Block::Metrics(g))) => g.date,
                _ => None,
            };
            task(&m.id, TaskKind::Metric, &m.text, due, m.done, None)
        }
        NodeRef::Risk(r) => {
            let due = match parent {
                Some(NodeRef::Block(Block::Risks(g))) => g.resolve_by,
                _ => None,
            };
            task(&r.id, TaskKind::Risk, &r.text, due, r.resolved, None)
        }
        NodeRef::Block(Block::Decision(d)) => task(
            &d.id,
            TaskKind::Decision,
            &d.title,
            d.date,
            d.outcome.is_some(),
            None,
        ),
        NodeRef::Comm(e) => {
            if let Some(Cadence::On(date)) = e.when {
                task(
                    &e.id,
                    TaskKind::Communication,
                    &e.text,
                    Some(date),
                    e.done,
                    None,
                );
            }
        }
        NodeRef::Section(_)
        | NodeRef::Block(_)
        | NodeRef::Day(_)
        | NodeRef::Milestone(_)
        | NodeRef::Point(_)
        | NodeRef::Contingency(_) => {}
    });
}

/// "Day 3 of 10": where `today` falls in the sprint from its first day to launch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SprintDay {
    pub day: i64,
    pub of: i64,
}

/// The figures the header shows for one day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overview {
    pub progress: Progress,
    pub overdue: usize,
    pub due_today: usize,
    pub sprint_day: Option<SprintDay>,
    /// The next decision point still to be taken, on or after today (or the oldest one missed).
    pub next_decision: Option<NextDecision>,
    /// What needs doing first: the oldest overdue entry, else the first due today.
    pub first_now: Option<NowTask>,
    /// How many more need doing now besides it.
    pub more_now: usize,
}

/// An entry that needs doing now, as the header names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NowTask {
    pub id: NodeId,
    pub text: String,
    pub overdue: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextDecision {
    pub id: NodeId,
    pub title: String,
    pub date: NaiveDate,
    pub days_left: i64,
    /// Whether the items due by then are where they should be today.
    pub outlook: Outlook,
}

/// How a decision point looks today, from the items due by its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outlook {
    /// As much is done as was due by today (or as the criterion asks, if that is less).
    OnTrack,
    /// Less is done than was due by today; there is still time.
    AtRisk,
    /// The day has come and the share done is below what the criterion asks (all of it when
    /// the gate states no share).
    BelowCriteria,
}

impl Outlook {
    /// The outlook on `today` of a gate on `date` asking for `criteria` ("80% of P0 items
    /// complete"; none asks for everything due by then).
    pub fn at(plan: &Plan, date: NaiveDate, criteria: Option<&str>, today: NaiveDate) -> Outlook {
        let needed = criteria.and_then(required_percent).unwrap_or(100);
        // One pass: the items due by the gate, those done, and those due by today.
        let (mut p, mut due_now) = (Progress::default(), 0);
        for item in plan.schedule_items() {
            if let Some(due) = item.due.filter(|due| *due <= date) {
                p = p.add(item.done);
                due_now += usize::from(due <= today);
            }
        }
        if p.total == 0 {
            return Outlook::OnTrack;
        }
        let done = p.percent();
        if today >= date {
            return if done >= needed {
                Outlook::OnTrack
            } else {
                Outlook::BelowCriteria
            };
        }
        let expected = u32::try_from(due_now * 100 / p.total).unwrap_or(100);
        if done >= expected.min(needed) {
            Outlook::OnTrack
        } else {
            Outlook::AtRisk
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Outlook::OnTrack => "on track",
            Outlook::AtRisk => "at risk",
            Outlook::BelowCriteria => "below criteria",
        }
    }
}

impl Overview {
    pub fn of(plan: &Plan, today: NaiveDate) -> Overview {
        Overview::of_with(plan, today, &mut super::gates::is_gate)
    }

    /// [`Overview::of`], with `is_gate` saying which items' texts name a gate ([`gates::is_gate`]
    /// or what stands for it: the app answers from the default plan's known answers until the
    /// gate words' code is loaded, see its `ui::gate_words`).
    ///
    /// [`gates::is_gate`]: super::gates::is_gate
    pub fn of_with(
        plan: &Plan,
        today: NaiveDate,
        is_gate: &mut dyn FnMut(&str) -> bool,
    ) -> Overview {
        let (mut progress, mut overdue, mut due_today) = (Progress::default(), 0, 0);
        // The next decision point in the same walk: a decision block still to be taken, or an
        // open gate item (see `gates`), on or after today or the oldest one missed.
        let mut next: Option<TaskRef<'_>> = None;
        let (mut oldest_overdue, mut first_today): (Option<TaskRef<'_>>, Option<TaskRef<'_>>) =
            (None, None);
        visit_tasks(plan, |t| {
            if t.kind.is_checklist() {
                progress = progress.add(t.done);
            }
            match t.status(today) {
                Status::Overdue => {
                    overdue += 1;
                    if oldest_overdue.as_ref().is_none_or(|o| t.due < o.due) {
                        oldest_overdue = Some(t);
                    }
                }
                Status::DueToday => {
                    due_today += 1;
                    first_today.get_or_insert(t);
                }
                _ => {}
            }
            // The words of the item are read last: only an open, dated task sooner than the
            // next decision so far can be it (this runs over every task on every change).
            let sooner = !t.done && t.due.is_some() && next.as_ref().is_none_or(|n| t.due < n.due);
            if sooner
                && (t.kind == TaskKind::Decision || (t.kind == TaskKind::Item && is_gate(t.text)))
            {
                next = Some(t);
            }
        });
        let sprint_day = match (plan.facts.sprint_start, plan.facts.launch) {
            (Some(start), Some(launch)) if start <= today && today <= launch => Some(SprintDay {
                day: (today - start).num_days() + 1,
                of: (launch - start).num_days() + 1,
            }),
            _ => None,
        };
        let next_decision = next.and_then(|t| {
            let date = t.due?;
            // A decision block's criteria (a gate item states none): found among the blocks,
            // without another walk of every item.
            let criteria = plan.blocks().find_map(|b| match b {
                Block::Decision(d) if &d.id == t.id => d.criteria.as_deref(),
                _ => None,
            });
            Some(NextDecision {
                id: t.id.clone(),
                title: t.text.to_string(),
                date,
                days_left: (date - today).num_days(),
                outlook: Outlook::at(plan, date, criteria, today),
            })
        });
        let first_now = oldest_overdue
            .as_ref()
            .map(|t| (t, true))
            .or(first_today.as_ref().map(|t| (t, false)))
            .map(|(t, overdue)| NowTask {
                id: t.id.clone(),
                text: t.text.to_string(),
                overdue,
            });
        Overview {
            progress,
            overdue,
            due_today,
            sprint_day,
            next_decision,
            more_now: (overdue + due_today).saturating_sub(usize::from(first_now.is_some())),
            first_now,
        }
    }
}

/// How the checklist items due by a decision point stand against its criteria.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Readiness {
    pub progress: Progress,
    /// The share the criteria ask for ("80% of P0 items complete" → 80).
    pub needed: Option<u32>,
}

impl Readiness {
    /// The items due on or before the decision's date, and the share its criteria ask for.
    pub fn of(plan: &Plan, decision: &crate::plan::DecisionPoint) -> Readiness {
        Readiness::at(plan, decision.date, decision.criteria.as_deref())
    }

    /// The items due on or before `date`, and the share `criteria` ask for (any gate).
    pub fn at(plan: &Plan, date: Option<NaiveDate>, criteria: Option<&str>) -> Readiness {
        let progress = match date {
            Some(date) => Progress::of_items(
                plan.schedule_items()
                    .filter(|i| i.due.is_some_and(|due| due <= date)),
            ),
            None => Progress::default(),
        };
        Readiness {
            progress,
            needed: criteria.and_then(required_percent),
        }
    }

    /// [`Readiness::of`], with the items due by each day counted once for every decision point
    /// ([`DueBy`]) and the share the decision's criteria ask for worked out beforehand
    /// ([`Readiness::needed_by`]: the words change far less often than what is done).
    pub fn of_due(
        due: &DueBy,
        decision: &crate::plan::DecisionPoint,
        needed: Option<u32>,
    ) -> Readiness {
        Readiness {
            progress: decision.date.map(|d| due.by(d)).unwrap_or_default(),
            needed,
        }
    }

    /// The share the criteria of `decision` ask for ("80% of P0 items complete" → 80).
    pub fn needed_by(decision: &crate::plan::DecisionPoint) -> Option<u32> {
        decision.criteria.as_deref().and_then(required_percent)
    }

    /// "12 of 16 items done (75%): below the 80% criterion".
    pub fn describe(&self) -> String {
        let p = self.progress;
        let base = format!("{} of {} items done ({}%)", p.done, p.total, p.percent());
        match self.needed {
            Some(n) if p.percent() >= n => format!("{base}: meets the {n}% criterion"),
            Some(n) => format!("{base}: below the {n}% criterion"),
            None => base,
        }
    }
}

/// The schedule items due by each day, and how many of them are done: one walk of the plan
/// answers the readiness of every decision point ([`Readiness::of_due`]), a lookup each instead
/// of a walk each (a 10,000-item plan has 400 of them).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DueBy {
    /// Each day an item is due, in order, with the items due on or before it.
    days: Vec<(NaiveDate, Progress)>,
}

impl DueBy {
    pub fn of(plan: &Plan) -> DueBy {
        // Each day's own count first, a day at a time as the walk meets them: a plan is mostly
        // written in date order, so a day's items come together and the list holds days, not
        // items (the web app's sort, built for size, is a plain merge sort: sorting 10,000
        // items already in order took a quarter of a millisecond, on every tick).
        let mut days: Vec<(NaiveDate, Progress)> = Vec::new();
        let mut in_order = true;
        plan.for_each_node(|node, _| {
            let NodeRef::Item(item) = node else { return };
            let Some(day) = item.due else { return };
            match days.last_mut() {
                Some((last, count)) if *last == day => *count = count.add(item.done),
                last => {
                    in_order &= last.is_none_or(|(last, _)| *last < day);
                    days.push((day, Progress::default().add(item.done)));
                }
            }
        });
        if !in_order {
            days.sort_by_key(|(day, _)| *day);
            days.dedup_by(|(day, count), (kept_day, kept)| {
                let same = day == kept_day;
                if same {
                    *kept = kept.plus(*count);
                }
                same
            });
        }
        // Then the items due on or before each day.
        let mut running = Progress::default();
        for (_, count) in &mut days {
            running = running.plus(*count);
            *count = running;
        }
        DueBy { days }
    }

    /// The items due on or before `date`.
    pub fn by(&self, date: NaiveDate) -> Progress {
        let after = self.days.partition_point(|(day, _)| *day <= date);
        after
            .checked_sub(1)
            .map(|last| self.days[last].1)
            .unwrap_or_default()
    }
}

/// The share a criterion asks to be complete: the "N%" followed by "of", "complete" or "done",
/// else the largest percentage written ("<2% errors, 80% done" → 80).
fn required_percent(text: &str) -> Option<u32> {
    // The words looked for are ASCII: ASCII case finds them as Unicode case would, without std's
    // case tables (which would load at start in the web app for this alone).
    let lower = text.to_ascii_lowercase();
    let mut found: Vec<(u32, bool)> = Vec::new();
    for (at, _) in lower.match_indices('%') {
        let digits: String = lower[..at]
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .collect();
        let digits: String = digits.chars().rev().collect();
        let Ok(n) = digits.parse::<u32>() else {
            continue;
        };
        let after = lower[at + 1..].trim_start();
        let about_completion = ["of ", "complete", "done", "finished"]
            .iter()
            .any(|w| after.starts_with(w));
        found.push((n, about_completion));
    }
    found
        .iter()
        .find(|(_, c)| *c)
        .or_else(|| found.iter().max_by_key(|(n, _)| *n))
        .map(|(n, _)| *n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::default_plan::default_plan;

    #[test]
    fn the_overview_counts_what_the_task_list_holds() {
        for plan in [
            default_plan().plan,
            crate::generate::generate(2_000, crate::generate::default_start(), 3),
        ] {
            for day in [feb(1), feb(14), feb(28)] {
                let all = all_tasks(&plan);
                let o = Overview::of(&plan, day);
                let checklist = all.iter().filter(|t| t.kind.is_checklist());
                assert_eq!(o.progress.total, checklist.clone().count());
                assert_eq!(o.progress.done, checklist.filter(|t| t.done).count());
                let count = |s| all.iter().filter(|t| t.status(day) == s).count();
                assert_eq!(o.overdue, count(Status::Overdue));
                assert_eq!(o.due_today, count(Status::DueToday));
                // Not a vacuous check: later days find overdue entries in both plans.
                assert!(o.overdue > 0 || day == feb(1));
            }
        }
    }

    fn feb(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 2, day).unwrap()
    }

    #[test]
    fn billingos_on_february_12() {
        let plan = default_plan().plan;
        let o = Overview::of(&plan, feb(12));
        assert_eq!(o.progress, Progress { done: 0, total: 72 });
        // Feb 10 and 11 have three items each.
        assert_eq!(o.overdue, 6);
        assert_eq!(o.due_today, 3);
        assert_eq!(o.sprint_day, Some(SprintDay { day: 3, of: 10 }));
        let next = o.next_decision.unwrap();
        assert_eq!(
            (next.title.as_str(), next.days_left),
            ("Go/No-Go for Feb 19 launch", 2)
        );
    }

    #[test]
    fn readiness_counts_items_due_by_the_decision() {
        let plan = default_plan().plan;
        let Some(crate::plan::Block::Decision(gate)) = plan
            .blocks()
            .find(|b| matches!(b, crate::plan::Block::Decision(_)))
        else {
            panic!("no decision")
        };
        let r = Readiness::of(&plan, gate);
        assert_eq!((r.progress.total, r.needed), (16, Some(80)));
        assert_eq!(
            r.describe(),
            "0 of 16 items done (0%): below the 80% criterion"
        );
        assert_eq!(required_percent("<2% errors, 80% done"), Some(80));
        assert_eq!(required_percent("error rate under 2% and 5%"), Some(5));
        assert_eq!(required_percent("All critical bugs fixed"), None);
    }

    /// The counts by day answer every decision point as its own walk does.
    #[test]
    fn readiness_from_the_counts_by_day_is_readiness() {
        // Also a plan written backwards, whose walk meets its days latest first.
        let mut backwards = crate::generate::generate(1_000, crate::generate::default_start(), 4);
        backwards.sections.reverse();
        for section in &mut backwards.sections {
            section.blocks.reverse();
        }
        for mut plan in [
            default_plan().plan,
            crate::generate::generate(2_000, crate::generate::default_start(), 3),
            backwards,
        ] {
            let ids: Vec<_> = plan
                .schedule_items()
                .map(|i| i.id.clone())
                .step_by(7)
                .collect();
            for id in ids {
                plan.set_done(&id, true, crate::plan::Stamp(1));
            }
            let due = DueBy::of(&plan);
            let mut decisions = 0;
            for block in plan.blocks() {
                if let Block::Decision(d) = block {
                    decisions += 1;
                    assert_eq!(
                        Readiness::of_due(&due, d, Readiness::needed_by(d)),
                        Readiness::of(&plan, d)
                    );
                    let mut undated = d.clone();
                    undated.date = None;
                    assert_eq!(
                        Readiness::of_due(&due, &undated, Readiness::needed_by(&undated)),
                        Readiness::of(&plan, &undated)
                    );
                }
            }
            assert!(decisions > 0);
            for day in [feb(1), feb(14), feb(28), feb(1) - chrono::Days::new(400)] {
                assert_eq!(due.by(day), Readiness::at(&plan, Some(day), None).progress);
            }
        }
    }

    #[test]
    fn ticking_changes_progress() {
        let mut plan = default_plan().plan;
        let id = plan.schedule_items().next().unwrap().id.clone();
        assert!(plan.set_done(&id, true, crate::plan::Stamp(5)));
        let p = Progress::of_plan(&plan);
        assert_eq!((p.done, p.total, p.percent()), (1, 72, 1));
        assert_eq!(Overview::of(&plan, feb(12)).overdue, 5);
    }

    #[test]
    fn the_next_gate_says_whether_the_work_due_by_then_is_on_track() {
        let mut plan = default_plan().plan;
        let next = |plan: &Plan, day: u32| Overview::of(plan, feb(day)).next_decision.unwrap();
        // Feb 12: the Go/No-Go of the 14th asks for 80% of what is due by then; nothing is
        // ticked though nine items were due by today.
        assert_eq!(next(&plan, 12).title, "Go/No-Go for Feb 19 launch");
        assert_eq!(next(&plan, 12).outlook, Outlook::AtRisk);
        // Before the sprint nothing was due yet.
        assert_eq!(next(&plan, 9).outlook, Outlook::OnTrack);
        // On the day, below the 80% it asks for.
        assert_eq!(next(&plan, 14).outlook, Outlook::BelowCriteria);
        // Everything due by the 14th ticked: on track.
        let ids: Vec<_> = plan
            .schedule_items()
            .filter(|i| i.due.is_some_and(|d| d <= feb(14)))
            .map(|i| i.id.clone())
            .collect();
        for id in ids {
            assert!(plan.set_done(&id, true, crate::plan::Stamp(1)));
        }
        assert_eq!(next(&plan, 14).outlook, Outlook::OnTrack);
        assert_eq!(Outlook::AtRisk.label(), "at risk");
    }

    #[test]
    fn what_needs_doing_first_is_the_oldest_overdue_then_today() {
        let mut plan = default_plan().plan;
        let o = Overview::of(&plan, feb(12));
        let first = o.first_now.unwrap();
        assert_eq!(
            (first.text.as_str(), first.overdue),
            ("Sprint kickoff meeting", true)
        );
        assert_eq!(o.more_now, 6 + 3 - 1);
        // With nothing overdue, the first item due today.
        let overdue: Vec<_> = plan
            .schedule_items()
            .filter(|i| i.due.is_some_and(|d| d < feb(12)))
            .map(|i| i.id.clone())
            .collect();
        for id in overdue {
            plan.set_done(&id, true, crate::plan::Stamp(1));
        }
        let first = Overview::of(&plan, feb(12)).first_now.unwrap();
        assert_eq!(
            (first.text.as_str(), first.overdue),
            ("Security audit begins", false)
        );
    }
}

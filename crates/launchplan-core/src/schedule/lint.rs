//! The plan lint: what a careful reader would flag in a plan's dates. Warnings never block.

use crate::plan::dates::{find_date, weekday_name, Period};
use crate::plan::{Block, Facts, NodeId, Plan, SourceMap};
use chrono::{Datelike, NaiveDate, Weekday};

/// A warning about the plan, with the line it concerns when the plan came from Markdown.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Warning {
    pub line: Option<usize>,
    pub node: Option<NodeId>,
    pub kind: WarningKind,
    pub message: String,
}

/// The rules of the lint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum WarningKind {
    /// "Monday, Feb 10" when Feb 10 is a Tuesday.
    WeekdayMismatch,
    /// "Feb 14-10": a range that ends before it starts.
    BackwardsRange,
    /// "Feb 14 (Day 4)" when the sprint's day 1 makes Feb 14 day 5.
    DayLabelMismatch,
    /// "10 days remaining" when the dates say otherwise.
    CountdownMismatch,
    /// A day outside its week, a milestone outside its quarter.
    OutsideParent,
    /// "Feb 30".
    ImpossibleDate,
}

impl Warning {
    fn at(kind: WarningKind, node: &NodeId, lines: &SourceMap, message: String) -> Warning {
        Warning {
            line: lines.get(node).copied(),
            node: Some(node.clone()),
            kind,
            message,
        }
    }
}

/// "10 days remaining" as stated by the plan at a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountdownClaim {
    pub days: i64,
    pub line: usize,
}

/// Reads "N days remaining" ("N days left", "N days to go", "1 day until launch") from text.
pub fn countdown_days(text: &str) -> Option<i64> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')' || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(3).find_map(|w| {
        let n = w[0].parse::<i64>().ok()?;
        let unit_ok = w[1] == "day" || w[1] == "days";
        let tail_ok = ["remaining", "left", "to", "until"].contains(&w[2]);
        (unit_ok && tail_ok).then_some(n)
    })
}

/// Checks a countdown sentence against launch day, counted from the plan's own date.
pub fn check_countdown(claim: &CountdownClaim, facts: &Facts) -> Option<Warning> {
    let from = facts.written_on.or(facts.last_updated)?;
    let launch = facts.launch?;
    let actual = (launch - from).num_days();
    (actual != claim.days).then(|| Warning {
        line: Some(claim.line),
        node: None,
        kind: WarningKind::CountdownMismatch,
        message: format!(
            "says {} day{} remaining, but from {} to launch on {} is {actual} day{}",
            claim.days,
            if claim.days == 1 { "" } else { "s" },
            long(from),
            long(launch),
            if actual == 1 { "" } else { "s" }
        ),
    })
}

/// Checks that a written weekday name matches its date.
pub fn check_weekday(written: Weekday, period: &Period, line: Option<usize>) -> Option<Warning> {
    let Period::Day { date } = period else {
        return None;
    };
    (date.weekday() != written).then(|| Warning {
        line,
        node: None,
        kind: WarningKind::WeekdayMismatch,
        message: format!(
            "says {}, but {} is a {}",
            weekday_name(written),
            long(*date),
            weekday_name(date.weekday())
        ),
    })
}

/// Runs every rule that can be checked on the plan itself.
pub fn lint_plan(plan: &Plan, lines: &SourceMap) -> Vec<Warning> {
    let mut out = Vec::new();
    for block in plan.blocks() {
        match block {
            Block::Milestones(g) => {
                backwards(&g.period, &g.id, lines, &mut out);
                for m in &g.milestones {
                    backwards(&m.period, &m.id, lines, &mut out);
                    if let (Some(outer), Some(inner)) = (&g.period, &m.period) {
                        outside(outer, inner, &m.id, &g.title, lines, &mut out);
                    }
                }
            }
            Block::Schedule(g) => {
                backwards(&g.period, &g.id, lines, &mut out);
                if let Some(period) = &g.period {
                    for item in &g.items {
                        weekday_mentions(&item.text, period.first_day(), &item.id, lines, &mut out);
                    }
                }
                for day in &g.days {
                    if let Some(outer) = &g.period {
                        outside(
                            outer,
                            &Period::Day { date: day.date },
                            &day.id,
                            &g.label,
                            lines,
                            &mut out,
                        );
                    }
                    for item in &day.items {
                        weekday_mentions(&item.text, day.date, &item.id, lines, &mut out);
                    }
                }
            }
            Block::Decision(d) => {
                if let (Some(date), Some(label), Some(start)) =
                    (d.date, d.day_label, plan.facts.sprint_start)
                {
                    let expected = (date - start).num_days() + 1;
                    if expected != i64::from(label) {
                        let message = format!("labelled Day {label}, but counting from Day 1 on {} it is Day {expected}", long(start));
                        out.push(Warning::at(
                            WarningKind::DayLabelMismatch,
                            &d.id,
                            lines,
                            message,
                        ));
                    }
                }
                let context = d.date.or(plan.facts.written_on);
                for text in [Some(&d.title), d.criteria.as_ref(), d.fallback.as_ref()]
                    .into_iter()
                    .flatten()
                {
                    if let Some(context) = context {
                        weekday_mentions(text, context, &d.id, lines, &mut out);
                    }
                }
            }
            Block::Contingencies(list) => {
                for c in &list.plans {
                    if let Some(context) = c.date.or(plan.facts.written_on) {
                        weekday_mentions(
                            &format!("{} {}", c.trigger, c.action),
                            context,
                            &c.id,
                            lines,
                            &mut out,
                        );
                    }
                }
            }
            Block::Metrics(_) | Block::Risks(_) | Block::Communication(_) => {}
        }
    }
    out
}

fn backwards(period: &Option<Period>, node: &NodeId, lines: &SourceMap, out: &mut Vec<Warning>) {
    if let Some(Period::Range { start, end }) = period {
        if end < start {
            let message = format!(
                "the range ends ({}) before it starts ({})",
                long(*end),
                long(*start)
            );
            out.push(Warning::at(
                WarningKind::BackwardsRange,
                node,
                lines,
                message,
            ));
        }
    }
}

fn outside(
    outer: &Period,
    inner: &Period,
    node: &NodeId,
    parent: &str,
    lines: &SourceMap,
    out: &mut Vec<Warning>,
) {
    if !outer.contains(inner.first_day()) || !outer.contains(inner.last_day()) {
        let parent = if parent.is_empty() {
            "its group"
        } else {
            parent
        };
        let message = format!(
            "dated {} – {}, outside {parent} ({} – {})",
            long(inner.first_day()),
            long(inner.last_day()),
            long(outer.first_day()),
            long(outer.last_day())
        );
        out.push(Warning::at(
            WarningKind::OutsideParent,
            node,
            lines,
            message,
        ));
    }
}

/// Flags "Monday Feb 22" inside free text when Feb 22 is not a Monday.
fn weekday_mentions(
    text: &str,
    context: NaiveDate,
    node: &NodeId,
    lines: &SourceMap,
    out: &mut Vec<Warning>,
) {
    let mut rest = text;
    while let Some(found) = find_date(rest, context) {
        let span = match &found {
            Ok(p) => p.span.clone(),
            Err(crate::plan::dates::DateProblem::Impossible { span, .. }) => span.clone(),
        };
        if let Ok(phrase) = found {
            if let Some(weekday) = phrase.weekday {
                if let Some(mut w) =
                    check_weekday(weekday, &phrase.period, lines.get(node).copied())
                {
                    w.node = Some(node.clone());
                    out.push(w);
                }
            }
        }
        match rest.get(span.end.max(1)..) {
            Some(next) if span.end > 0 => rest = next,
            _ => break,
        }
    }
}

fn long(date: NaiveDate) -> String {
    crate::plan::dates::format_long(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn reads_countdown_sentences() {
        assert_eq!(
            countdown_days("February 19, 2026 (10 days remaining)"),
            Some(10)
        );
        assert_eq!(countdown_days("1 day left"), Some(1));
        assert_eq!(countdown_days("3 days to go"), Some(3));
        assert_eq!(countdown_days("10 days"), None);
        assert_eq!(countdown_days("Delay 1 week if needed"), None);
    }

    #[test]
    fn countdown_is_checked_against_the_plans_own_date() {
        let facts = Facts {
            written_on: Some(d(2026, 2, 9)),
            launch: Some(d(2026, 2, 19)),
            ..Facts::default()
        };
        assert_eq!(
            check_countdown(&CountdownClaim { days: 10, line: 6 }, &facts),
            None
        );
        let w = check_countdown(&CountdownClaim { days: 12, line: 6 }, &facts).unwrap();
        assert_eq!((w.kind, w.line), (WarningKind::CountdownMismatch, Some(6)));
        assert!(w.message.contains("is 10 days"), "{}", w.message);
    }

    #[test]
    fn weekday_must_match_its_date() {
        // Feb 10, 2026 is a Tuesday.
        assert_eq!(
            check_weekday(
                Weekday::Tue,
                &Period::Day {
                    date: d(2026, 2, 10)
                },
                Some(1)
            ),
            None
        );
        let w = check_weekday(
            Weekday::Mon,
            &Period::Day {
                date: d(2026, 2, 10),
            },
            Some(3),
        )
        .unwrap();
        assert_eq!(w.message, "says Monday, but February 10, 2026 is a Tuesday");
    }
}

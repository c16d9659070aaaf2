//! Realistic plans of any size, for the benchmark: weeks of five working days with checklists,
//! a go/no-go decision at the end of each week, success metrics, risks with deadlines,
//! contingencies and a communication schedule. The same size and seed give the same plan.

use crate::plan::dates::Period;
use crate::plan::*;
use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// A small deterministic generator (xorshift64*), so a plan needs no randomness crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len())]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const VERBS: &[&str] = &[
    "Review",
    "Ship",
    "Test",
    "Draft",
    "Finalize",
    "Deploy",
    "Document",
    "Audit",
    "Fix",
    "Design",
    "Set up",
    "Migrate",
    "Load-test",
    "Sign off",
    "Prepare",
    "Monitor",
];
const THINGS: &[&str] = &[
    "billing API",
    "invoice PDFs",
    "checkout flow",
    "webhook retries",
    "tax rules",
    "onboarding emails",
    "usage metering",
    "admin dashboard",
    "SSO login",
    "rate limits",
    "status page",
    "pricing page",
    "refund workflow",
    "audit log",
    "data export",
    "alerting",
    "support macros",
    "release notes",
    "payment gateway",
    "customer portal",
];
const DETAILS: &[&str] = &[
    "",
    "",
    "",
    " for EU customers",
    " (P0)",
    " (P1)",
    " with the QA team",
    " on staging",
    " before the gate",
    " and the edge cases",
    " for enterprise plans",
    " in production",
];

/// A plan with `items` checklist entries in all (schedule items, metrics and risks), its work
/// starting on `start` (moved to a Monday) and `seed` choosing the words and which are done.
pub fn generate(items: usize, start: NaiveDate, seed: u64) -> Plan {
    let mut rng = Rng(seed.max(1));
    let mut next_id = 0usize;
    let mut id = |kind: &str| {
        next_id += 1;
        NodeId(format!("{kind}-{next_id:012x}"))
    };
    let start = start - Duration::days(start.weekday().num_days_from_monday() as i64);
    let metrics_n = (items / 20).max(3).min(items);
    let risks_n = (items / 20).max(3).min(items - metrics_n);
    let schedule_n = items - metrics_n - risks_n;
    let per_day = 10;
    let days_n = schedule_n.div_ceil(per_day).max(1);
    let weeks_n = days_n.div_ceil(5);
    let launch = start + Duration::weeks(weeks_n as i64);
    // Work before this day is mostly done: a plan part way through, with some overdue.
    let today = start + Duration::days((weeks_n as i64 * 7) * 2 / 5);
    let text = |rng: &mut Rng| {
        format!(
            "{} {}{}",
            rng.pick(VERBS),
            rng.pick(THINGS),
            rng.pick(DETAILS)
        )
    };

    let mut schedule = Vec::new();
    let mut decisions = Vec::new();
    let mut left = schedule_n;
    for week in 0..weeks_n {
        let monday = start + Duration::weeks(week as i64);
        let friday = monday + Duration::days(4);
        let mut days = Vec::new();
        for d in 0..5 {
            if left == 0 {
                break;
            }
            let date = monday + Duration::days(d);
            let count = per_day.min(left);
            left -= count;
            let items = (0..count)
                .map(|_| Item {
                    id: id("item"),
                    text: text(&mut rng),
                    done: date < today && rng.chance(85),
                    due: Some(date),
                    ..Default::default()
                })
                .collect();
            days.push(Day {
                id: id("day"),
                date,
                items,
                ..Default::default()
            });
        }
        let n = week + 1;
        schedule.push(Block::Schedule(ScheduleGroup {
            id: id("group"),
            label: format!("Week {n}"),
            period: Some(Period::Range {
                start: monday,
                end: friday,
            }),
            days,
            ..Default::default()
        }));
        decisions.push(Block::Decision(DecisionPoint {
            id: id("decision"),
            date: Some(friday),
            title: format!("Week {n} gate"),
            criteria: Some(format!(
                "{}% of week {n} items complete",
                80 + rng.below(4) * 5
            )),
            fallback: Some(format!("Move what is left to week {}", n + 1)),
            ..Default::default()
        }));
    }

    let metric_texts = [
        "<2 sec page loads",
        ">99.5% uptime",
        "≥50 paying customers",
        "<1% failed payments",
        "<4 hours support response",
        ">40% trial conversion",
    ];
    let metrics = (0..metrics_n)
        .collect::<Vec<_>>()
        .chunks(6)
        .enumerate()
        .map(|(g, chunk)| {
            Block::Metrics(MetricGroup {
                id: id("metrics"),
                title: format!("Milestone {}", g + 1),
                date: Some(launch + Duration::weeks(g as i64)),
                metrics: chunk
                    .iter()
                    .map(|i| {
                        let text = metric_texts[i % metric_texts.len()].to_string();
                        Metric {
                            id: id("metric"),
                            target: Target::parse(&text),
                            text,
                            ..Default::default()
                        }
                    })
                    .collect(),
                ..Default::default()
            })
        })
        .collect();

    let levels = ["High Risk Items", "Medium Risk Items", "Low Risk Items"];
    let mut risks: Vec<Block> = (0..risks_n)
        .collect::<Vec<_>>()
        .chunks(5)
        .enumerate()
        .map(|(g, chunk)| {
            let title = levels[g % levels.len()];
            Block::Risks(RiskGroup {
                id: id("risks"),
                level: RiskLevel::from_heading(title),
                title: title.to_string(),
                resolve_by: Some(start + Duration::days((g as i64 * 3) % (weeks_n as i64 * 7))),
                risks: chunk
                    .iter()
                    .map(|_| Risk {
                        id: id("risk"),
                        text: format!("{} may slip", rng.pick(THINGS)),
                        resolved: rng.chance(30),
                        ..Default::default()
                    })
                    .collect(),
                ..Default::default()
            })
        })
        .collect();
    risks.push(Block::Contingencies(ContingencyList {
        id: id("contingencies"),
        title: "Contingency Plans".into(),
        plans: vec![
            Contingency {
                id: id("contingency"),
                date: Some(launch - Duration::days(3)),
                trigger: "Critical bug found".into(),
                action: "Delay launch by one week".into(),
                ..Default::default()
            },
            Contingency {
                id: id("contingency"),
                trigger: "Payment provider outage".into(),
                action: "Switch to the backup provider".into(),
                ..Default::default()
            },
        ],
        ..Default::default()
    }));

    let comms = vec![
        Block::Communication(CommChannel {
            id: id("channel"),
            audience: "Internal".into(),
            entries: vec![
                CommEntry {
                    id: id("comm"),
                    when: Some(Cadence::Daily),
                    text: "Standup at 9:00".into(),
                    ..Default::default()
                },
                CommEntry {
                    id: id("comm"),
                    when: Some(Cadence::Weekly),
                    text: "Friday demo".into(),
                    ..Default::default()
                },
            ],
            ..Default::default()
        }),
        Block::Communication(CommChannel {
            id: id("channel"),
            audience: "External".into(),
            entries: vec![CommEntry {
                id: id("comm"),
                when: Some(Cadence::On(launch)),
                text: "Launch announcement".into(),
                ..Default::default()
            }],
            ..Default::default()
        }),
    ];

    let section = |id: NodeId, title: &str, blocks: Vec<Block>| Section {
        id,
        title: title.to_string(),
        blocks,
        ..Default::default()
    };
    Plan {
        id: id("plan"),
        title: format!("Generated plan, {items} items"),
        subtitle: Some(format!("{weeks_n} weeks to launch")),
        facts: Facts {
            written_on: Some(today),
            launch: Some(launch),
            last_updated: Some(today),
            next_review: Some(today + Duration::days(1)),
            sprint_start: Some(start),
            ..Facts::default()
        },
        sections: vec![
            section(id("section"), "Upcoming Milestones", schedule),
            section(id("section"), "Key Decision Points", decisions),
            section(id("section"), "Success Metrics", metrics),
            section(id("section"), "Risk Mitigation", risks),
            section(id("section"), "Communication Schedule", comms),
        ],
        ..Default::default()
    }
}

/// The day a generated plan is "today" in: part way through, with work done and overdue.
pub fn as_of(plan: &Plan) -> Option<NaiveDate> {
    plan.facts.written_on
}

/// The Monday the benchmark's plans start on.
pub fn default_start() -> NaiveDate {
    NaiveDate::from_isoywd_opt(2026, 2, Weekday::Mon).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::json::{export_json, import_json};
    use crate::formats::markdown_in::import_markdown;
    use crate::formats::markdown_out::export_markdown;

    #[test]
    fn plans_have_the_size_asked_for_and_every_kind() {
        for n in [10, 1_000, 10_000] {
            let plan = generate(n, default_start(), 7);
            let c = plan.counts();
            assert_eq!(c.checklist_items, n, "{n}");
            assert!(c.decisions >= 1 && c.metrics >= 3 && c.risks >= 3);
            assert!(c.contingencies == 2 && c.communications == 3);
        }
        let plan = generate(1_000, default_start(), 7);
        assert_eq!(plan.counts().days, 90);
        assert_eq!(plan.counts().decisions, 18);
    }

    #[test]
    fn the_same_size_and_seed_give_the_same_plan() {
        let a = generate(500, default_start(), 3);
        assert_eq!(a, generate(500, default_start(), 3));
        assert_ne!(a, generate(500, default_start(), 4));
    }

    #[test]
    fn generated_plans_survive_both_formats() {
        let plan = generate(1_000, default_start(), 7);
        assert_eq!(import_json(&export_json(&plan)), Ok(plan.clone()));
        let back = import_markdown(&export_markdown(&plan));
        assert!(back.report.unrecognised.is_empty());
        assert_eq!(back.plan.counts(), plan.counts());
        let done = |p: &Plan| p.schedule_items().filter(|i| i.done).count();
        assert_eq!(done(&back.plan), done(&plan));
        assert!(done(&plan) > 100 && done(&plan) < 900);
    }
}

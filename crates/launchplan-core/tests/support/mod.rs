//! Plan generators shared by the property tests: plans of every block kind, with distinct IDs
//! and stamps, whose words exercise Markdown escaping.

use chrono::NaiveDate;
use launchplan_core::plan::dates::Period;
use launchplan_core::plan::*;
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::Value;

/// Words that exercise Markdown escaping but are never read as dates, cadences or labels.
const WORDS: &[&str] = &[
    "ship",
    "beta",
    "review",
    "QA",
    "API",
    "*bold*",
    "[link]",
    "<b>",
    "R&D",
    "a_b",
    "#tag",
    "100%",
    "$5K",
    "x>y",
    "50+",
    "café",
    "🚀",
    "`code`",
    "&amp;",
    "1.",
    "-dash",
    "~tilde~",
    "pipe|",
    "back\\slash",
    "(aside)",
    "deploy",
    "v2",
    "P0",
];

fn words(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(select(WORDS), 1..=max).prop_map(|w| w.join(" "))
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (2020i32..2030, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

/// IDs are made unique afterwards by `number_ids`.
fn id() -> NodeId {
    NodeId::default()
}

fn item(due: Option<NaiveDate>) -> impl Strategy<Value = Item> {
    (words(5), any::<bool>()).prop_map(move |(text, done)| Item {
        id: id(),
        text,
        done,
        due,
        ..Item::default()
    })
}

fn schedule_group() -> impl Strategy<Value = Block> {
    (words(3), date(), 0i64..14, prop::option::of(words(2)))
        .prop_flat_map(|(label, start, len, aside)| {
            let end = start + chrono::Duration::days(len);
            let period = Period::Range { start, end };
            let days = prop::collection::btree_set(0..=len, 0..4).prop_flat_map(move |offsets| {
                offsets
                    .into_iter()
                    .map(|o| {
                        let date = start + chrono::Duration::days(o);
                        (
                            prop::option::of(words(2)),
                            prop::collection::vec(item(Some(date)), 0..4),
                        )
                            .prop_map(move |(title, items)| Day {
                                id: id(),
                                date,
                                title,
                                items,
                                notes: vec![],
                                modified: Stamp::UNKNOWN,
                            })
                    })
                    .collect::<Vec<_>>()
            });
            let items = prop::collection::vec(item(Some(end)), 0..3);
            (Just(label), Just(period), Just(aside), items, days)
        })
        .prop_map(|(label, period, aside, items, days)| {
            Block::Schedule(ScheduleGroup {
                id: id(),
                label,
                period: Some(period),
                aside,
                items,
                days,
                notes: vec![],
                modified: Stamp::UNKNOWN,
            })
        })
}

fn milestone_group() -> impl Strategy<Value = Block> {
    let milestone = (
        words(4),
        prop::option::of((2020i32..2030, 1u32..=12)),
        any::<bool>(),
        prop::collection::vec(words(3), 0..3),
    )
        .prop_map(|(title, month, done, points)| Milestone {
            id: id(),
            title,
            period: month.map(|(year, month)| Period::Month { year, month }),
            done,
            points: points
                .into_iter()
                .map(|text| Point {
                    id: id(),
                    text,
                    modified: Stamp::UNKNOWN,
                })
                .collect(),
            notes: vec![],
            modified: Stamp::UNKNOWN,
        });
    (
        (2020i32..2030, 1u32..=4),
        prop::collection::vec(milestone, 1..4),
    )
        .prop_map(|((year, quarter), milestones)| {
            Block::Milestones(MilestoneGroup {
                id: id(),
                title: format!("Q{quarter} {year}"),
                period: Some(Period::Quarter { year, quarter }),
                milestones,
                notes: vec![],
                modified: Stamp::UNKNOWN,
            })
        })
}

fn decision() -> impl Strategy<Value = Block> {
    let outcome = (
        select(Outcome::ALL.to_vec()),
        date(),
        prop::option::of(words(3)),
    )
        .prop_map(|(outcome, decided_on, note)| DecisionRecord {
            outcome,
            decided_on,
            note: note.unwrap_or_default(),
        });
    (
        date(),
        prop::option::of(1u32..30),
        prop::option::of(words(2)),
        words(4),
        prop::option::of(words(4)),
        prop::option::of(words(4)),
        prop::option::of(outcome),
    )
        .prop_map(
            |(date, day_label, aside, title, criteria, fallback, outcome)| {
                Block::Decision(DecisionPoint {
                    id: id(),
                    date: Some(date),
                    day_label,
                    aside: if day_label.is_some() { None } else { aside },
                    title,
                    criteria,
                    fallback,
                    outcome,
                    notes: vec![],
                    modified: Stamp::UNKNOWN,
                })
            },
        )
}

fn metric_group() -> impl Strategy<Value = Block> {
    let metric = (
        prop::option::of(select(vec!["<", ">", "", "≥"])),
        0u32..500,
        select(vec!["sec", "%", "", "users"]),
        words(3),
        any::<bool>(),
        prop::option::of(words(2)),
    )
        .prop_map(|(cmp, n, unit, measure, done, actual)| {
            let text = format!(
                "{}{n}{} {measure}",
                cmp.unwrap_or(""),
                if unit == "%" {
                    "%".to_string()
                } else if unit.is_empty() {
                    String::new()
                } else {
                    format!(" {unit}")
                }
            );
            Metric {
                id: id(),
                target: Target::parse(&text),
                text,
                done,
                actual,
                notes: vec![],
                modified: Stamp::UNKNOWN,
            }
        });
    (
        words(3),
        prop::option::of(date()),
        prop::collection::vec(metric, 0..4),
    )
        .prop_map(|(title, date, metrics)| {
            Block::Metrics(MetricGroup {
                id: id(),
                title,
                date,
                metrics,
                notes: vec![],
                modified: Stamp::UNKNOWN,
            })
        })
}

fn risk_group() -> impl Strategy<Value = Block> {
    let risk = (words(4), any::<bool>()).prop_map(|(text, resolved)| Risk {
        id: id(),
        text,
        resolved,
        notes: vec![],
        modified: Stamp::UNKNOWN,
    });
    (
        select(vec![
            "High Risk Items",
            "Medium risks",
            "Low",
            "Critical issues",
            "Other risks",
        ]),
        prop::option::of(date()),
        prop::collection::vec(risk, 0..4),
    )
        .prop_map(|(title, resolve_by, risks)| {
            Block::Risks(RiskGroup {
                id: id(),
                level: RiskLevel::from_heading(title),
                title: title.to_string(),
                resolve_by,
                risks,
                notes: vec![],
                modified: Stamp::UNKNOWN,
            })
        })
}

fn contingencies() -> impl Strategy<Value = Block> {
    let plan = (
        prop::option::of(date()),
        words(4),
        prop::option::of(words(4)),
    )
        .prop_map(|(date, trigger, action)| Contingency {
            id: id(),
            date,
            trigger,
            action: action.unwrap_or_default(),
            notes: vec![],
            modified: Stamp::UNKNOWN,
        });
    prop::collection::vec(plan, 1..4).prop_map(|plans| {
        Block::Contingencies(ContingencyList {
            id: id(),
            title: "Contingency Plans".into(),
            plans,
            notes: vec![],
            modified: Stamp::UNKNOWN,
        })
    })
}

fn channel() -> impl Strategy<Value = Block> {
    let cadence = prop_oneof![
        Just(Cadence::Daily),
        Just(Cadence::Weekly),
        Just(Cadence::Monthly),
        Just(Cadence::AdHoc),
        date().prop_map(Cadence::On)
    ];
    let entry = (cadence, words(4), any::<bool>()).prop_map(|(when, text, done)| CommEntry {
        id: id(),
        when: Some(when),
        text,
        done,
        notes: vec![],
        modified: Stamp::UNKNOWN,
    });
    (words(2), prop::collection::vec(entry, 0..4)).prop_map(|(audience, entries)| {
        Block::Communication(CommChannel {
            id: id(),
            audience,
            entries,
            notes: vec![],
            modified: Stamp::UNKNOWN,
        })
    })
}

fn section(
    title: &'static str,
    blocks: impl Strategy<Value = Vec<Block>>,
) -> impl Strategy<Value = Section> {
    blocks.prop_map(move |blocks| Section {
        id: id(),
        title: title.to_string(),
        blocks,
        notes: vec![],
        modified: Stamp::UNKNOWN,
    })
}

pub(crate) fn plan() -> impl Strategy<Value = Plan> {
    let sections = (
        section(
            "Completed Milestones",
            prop::collection::vec(milestone_group(), 1..3),
        ),
        section(
            "Upcoming Milestones",
            prop::collection::vec(schedule_group(), 1..4),
        ),
        section(
            "Key Decision Points",
            prop::collection::vec(decision(), 1..3),
        ),
        section(
            "Success Metrics",
            prop::collection::vec(metric_group(), 1..3),
        ),
        section(
            "Risk Mitigation",
            (prop::collection::vec(risk_group(), 0..3), contingencies()).prop_map(|(mut r, c)| {
                r.push(c);
                r
            }),
        ),
        section(
            "Communication Schedule",
            prop::collection::vec(channel(), 1..3),
        ),
    );
    let facts = (
        prop::option::of(date()),
        prop::option::of(date()),
        prop::option::of(date()),
        prop::option::of(date()),
        date(),
    )
        .prop_map(
            |(written_on, launch, last_updated, next_review, sprint_start)| Facts {
                written_on,
                launch,
                last_updated,
                next_review,
                sprint_start: Some(sprint_start),
                ..Facts::default()
            },
        );
    (
        words(4),
        prop::option::of(words(3)),
        facts,
        sections,
        any::<[bool; 6]>(),
    )
        .prop_map(|(title, subtitle, facts, s, keep)| {
            let all = vec![s.0, s.1, s.2, s.3, s.4, s.5];
            let sections: Vec<Section> = all
                .into_iter()
                .zip(keep)
                .filter(|(_, k)| *k)
                .map(|(s, _)| s)
                .collect();
            let mut plan = Plan {
                id: id(),
                title,
                subtitle,
                facts,
                sections,
                notes: vec![],
                modified: Stamp::UNKNOWN,
            };
            number_ids(&mut plan);
            plan
        })
}

/// Gives every node a distinct ID (and a stamp), through the JSON form so no node kind is missed.
fn number_ids(plan: &mut Plan) {
    let mut value = serde_json::to_value(&*plan).unwrap();
    let mut n = 0;
    fn walk(v: &mut Value, n: &mut usize) {
        match v {
            Value::Object(map) => {
                if map.contains_key("id") {
                    *n += 1;
                    map.insert("id".into(), Value::from(format!("node-{n}")));
                    map.insert(
                        "modified".into(),
                        Value::from(1_700_000_000_000i64 + *n as i64),
                    );
                }
                map.values_mut().for_each(|c| walk(c, n));
            }
            Value::Array(items) => items.iter_mut().for_each(|c| walk(c, n)),
            _ => {}
        }
    }
    walk(&mut value, &mut n);
    *plan = serde_json::from_value(value).unwrap();
}

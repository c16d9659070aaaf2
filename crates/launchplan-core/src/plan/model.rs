//! The plan model: every part of a launch plan as its own kind, plain serde data.

use super::dates::Period;
use super::id::{NodeId, Stamp};
use super::target::Target;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A whole launch plan.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub id: NodeId,
    pub title: String,
    /// A line under the title ("MVP Launch Timeline"), if the document has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    #[serde(default)]
    pub facts: Facts,
    #[serde(default)]
    pub sections: Vec<Section>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub modified: Stamp,
}

/// The dates a plan states about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    /// The date the plan was written for ("Current Date").
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::calendar_day::option"
    )]
    pub written_on: Option<NaiveDate>,
    /// Launch day ("Target Launch").
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::calendar_day::option"
    )]
    pub launch: Option<NaiveDate>,
    /// The month or quarter of the launch, when that is all the plan says ("Target launch: Q2
    /// 2027"); `launch` is then unset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub launch_within: Option<Period>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::calendar_day::option"
    )]
    pub last_updated: Option<NaiveDate>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::calendar_day::option"
    )]
    pub next_review: Option<NaiveDate>,
    /// Day 1 of the sprint that leads to launch, when the plan names it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::calendar_day::option"
    )]
    pub sprint_start: Option<NaiveDate>,
}

/// A top-level part of the plan (a `##` heading) holding typed blocks in document order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: NodeId,
    pub title: String,
    #[serde(default)]
    pub blocks: Vec<Block>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub modified: Stamp,
}

/// One block of a section, each kind as it deserves.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Block {
    Milestones(MilestoneGroup),
    Schedule(ScheduleGroup),
    Decision(DecisionPoint),
    Metrics(MetricGroup),
    Risks(RiskGroup),
    Contingencies(ContingencyList),
    Communication(CommChannel),
}

impl Block {
    /// The name of the block's kind in the JSON file (`{"schedule": {…}}`).
    pub fn kind_key(&self) -> &'static str {
        match self {
            Block::Milestones(_) => "milestones",
            Block::Schedule(_) => "schedule",
            Block::Decision(_) => "decision",
            Block::Metrics(_) => "metrics",
            Block::Risks(_) => "risks",
            Block::Contingencies(_) => "contingencies",
            Block::Communication(_) => "communication",
        }
    }

    /// The block's ID, whatever its kind.
    pub fn id(&self) -> &NodeId {
        match self {
            Block::Milestones(b) => &b.id,
            Block::Schedule(b) => &b.id,
            Block::Decision(b) => &b.id,
            Block::Metrics(b) => &b.id,
            Block::Risks(b) => &b.id,
            Block::Contingencies(b) => &b.id,
            Block::Communication(b) => &b.id,
        }
    }

    /// Stamps the block as changed at `now`.
    pub fn touch(&mut self, now: Stamp) {
        let modified = match self {
            Block::Milestones(b) => &mut b.modified,
            Block::Schedule(b) => &mut b.modified,
            Block::Decision(b) => &mut b.modified,
            Block::Metrics(b) => &mut b.modified,
            Block::Risks(b) => &mut b.modified,
            Block::Contingencies(b) => &mut b.modified,
            Block::Communication(b) => &mut b.modified,
        };
        *modified = now;
    }

    /// The block's own notes, whatever its kind.
    pub fn notes_mut(&mut self) -> &mut Vec<String> {
        match self {
            Block::Milestones(b) => &mut b.notes,
            Block::Schedule(b) => &mut b.notes,
            Block::Decision(b) => &mut b.notes,
            Block::Metrics(b) => &mut b.notes,
            Block::Risks(b) => &mut b.notes,
            Block::Contingencies(b) => &mut b.notes,
            Block::Communication(b) => &mut b.notes,
        }
    }
}

/// Completed milestones under one period ("Q4 2025").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MilestoneGroup {
    pub id: NodeId,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub modified: Stamp,
}

/// A milestone reached ("Oct 2025: Project inception and planning") with its sub-points.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub id: NodeId,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    #[serde(default)]
    pub done: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub points: Vec<Point>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub modified: Stamp,
}

/// A sub-point of a milestone: text only.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    pub id: NodeId,
    pub text: String,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub modified: Stamp,
}

/// A scheduled group: a phase, week or month ("Week 1: Feb 10-14, 2026 (This Week)"), holding
/// days with checklists and items of its own.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScheduleGroup {
    pub id: NodeId,
    /// "Week 1"; empty for the checklist written straight under a section heading.
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// The aside in the heading ("This Week", "Launch Week").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aside: Option<String>,
    /// Items directly in the group (not under a day).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Item>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub days: Vec<Day>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub modified: Stamp,
}

/// One day of a schedule ("Tuesday, Feb 10") with its checklist.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Day {
    pub id: NodeId,
    #[serde(with = "super::calendar_day")]
    pub date: NaiveDate,
    /// What the heading says beside the date ("LAUNCH DAY").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default)]
    pub items: Vec<Item>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub modified: Stamp,
}

/// A checklist item.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: NodeId,
    pub text: String,
    #[serde(default)]
    pub done: bool,
    /// The date of the item's nearest dated group: its day, or the last day of its week or month.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::calendar_day::option"
    )]
    pub due: Option<NaiveDate>,
    /// The month or quarter the item is due in, when the plan gives no day ("Q1 2027"): `due` is
    /// then the period's last day (it is overdue once the period is over) and the item shows
    /// the period, not that day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub within: Option<Period>,
    /// When the plan dates the item relative to its launch ("T-7 days"): its `due` is then
    /// worked out from the launch date, and follows it when the launch is set or moved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<super::Offset>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub modified: Stamp,
}

/// A go/no-go decision point.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionPoint {
    pub id: NodeId,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::calendar_day::option"
    )]
    pub date: Option<NaiveDate>,
    /// The sprint day the plan labels it with ("Day 5").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_label: Option<u32>,
    /// Any other aside in the heading ("Launch Day").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aside: Option<String>,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criteria: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fallback: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<DecisionRecord>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub modified: Stamp,
}

/// What was decided at a decision point, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionRecord {
    pub outcome: Outcome,
    #[serde(with = "super::calendar_day")]
    pub decided_on: NaiveDate,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// The three ways a go/no-go decision can go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Go,
    NoGo,
    Fallback,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::Go, Outcome::NoGo, Outcome::Fallback];

    /// How the outcome reads in the app and in Markdown.
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Go => "Go",
            Outcome::NoGo => "No-Go",
            Outcome::Fallback => "Fallback taken",
        }
    }

    /// Reads a label written by [`Outcome::label`] (case and spacing forgiven).
    pub fn from_label(text: &str) -> Option<Outcome> {
        let norm: String = text
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase();
        match norm.as_str() {
            "go" => Some(Outcome::Go),
            "nogo" => Some(Outcome::NoGo),
            "fallback" | "fallbacktaken" => Some(Outcome::Fallback),
            _ => None,
        }
    }
}

/// Success metrics due at one milestone ("MVP Launch (Feb 19)").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricGroup {
    pub id: NodeId,
    pub title: String,
    /// The milestone's date: written in the heading, or derived ("Week 1 Post-Launch").
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::calendar_day::option"
    )]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub metrics: Vec<Metric>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub modified: Stamp,
}

/// A success metric: a checklist item with a target where one parses.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metric {
    pub id: NodeId,
    pub text: String,
    #[serde(default)]
    pub done: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    /// The measured value as the team entered it ("1.4 sec").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub modified: Stamp,
}

/// Risks of one level that must be resolved by a date.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskGroup {
    pub id: NodeId,
    /// The heading as written ("High Risk Items").
    pub title: String,
    pub level: RiskLevel,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::calendar_day::option"
    )]
    pub resolve_by: Option<NaiveDate>,
    #[serde(default)]
    pub risks: Vec<Risk>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub modified: Stamp,
}

/// How serious a group of risks is.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum RiskLevel {
    Critical,
    High,
    Medium,
    Low,
    #[default]
    Unrated,
}

impl RiskLevel {
    /// The level a heading names by its first matching word ("High Risk Items" → High).
    pub fn from_heading(text: &str) -> RiskLevel {
        let lower = text.to_lowercase();
        let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).collect();
        if words.contains(&"critical") {
            RiskLevel::Critical
        } else if words.contains(&"high") {
            RiskLevel::High
        } else if words.contains(&"medium") || words.contains(&"moderate") {
            RiskLevel::Medium
        } else if words.contains(&"low") {
            RiskLevel::Low
        } else {
            RiskLevel::Unrated
        }
    }
}

/// One risk and whether it has been resolved.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Risk {
    pub id: NodeId,
    pub text: String,
    #[serde(default)]
    pub resolved: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub modified: Stamp,
}

/// A list of contingency plans ("Contingency Plans").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContingencyList {
    pub id: NodeId,
    pub title: String,
    #[serde(default)]
    pub plans: Vec<Contingency>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub modified: Stamp,
}

/// "Feb 15: If >30% P0 incomplete → Delay launch 1 week".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contingency {
    pub id: NodeId,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::calendar_day::option"
    )]
    pub date: Option<NaiveDate>,
    pub trigger: String,
    #[serde(default)]
    pub action: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub modified: Stamp,
}

/// Communication entries for one audience ("Internal", "External (Beta Customers)").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommChannel {
    pub id: NodeId,
    pub audience: String,
    #[serde(default)]
    pub entries: Vec<CommEntry>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub modified: Stamp,
}

/// One communication: when it happens and what it is.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommEntry {
    pub id: NodeId,
    /// When it happens; None when the plan does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Cadence>,
    pub text: String,
    /// Whether a dated entry has gone out.
    #[serde(default)]
    pub done: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    #[serde(default, skip_serializing_if = "Stamp::is_unknown")]
    pub modified: Stamp,
}

/// When a communication happens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cadence {
    Daily,
    Weekly,
    Monthly,
    AdHoc,
    On(#[serde(with = "super::calendar_day")] NaiveDate),
}

impl Cadence {
    /// The word a plan writes for a recurring cadence ("Daily", "Ad-hoc").
    pub fn recurring_label(&self) -> Option<&'static str> {
        match self {
            Cadence::Daily => Some("Daily"),
            Cadence::Weekly => Some("Weekly"),
            Cadence::Monthly => Some("Monthly"),
            Cadence::AdHoc => Some("Ad-hoc"),
            Cadence::On(_) => None,
        }
    }

    /// Reads a recurring cadence word ("daily", "Ad hoc", "as needed").
    pub fn from_word(word: &str) -> Option<Cadence> {
        let norm: String = word
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase();
        match norm.as_str() {
            "daily" | "everyday" => Some(Cadence::Daily),
            "weekly" | "everyweek" => Some(Cadence::Weekly),
            "monthly" | "everymonth" => Some(Cadence::Monthly),
            "adhoc" | "asneeded" => Some(Cadence::AdHoc),
            _ => None,
        }
    }
}

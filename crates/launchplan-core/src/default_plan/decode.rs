//! Builds a plan from the bytes `encode.rs` writes (see there for the layout): one function per
//! type of the model, without serde, so the app can show its default plan before the JSON reader
//! is loaded.
//!
//! Each function names every field of its type, in the order the model declares them; a field
//! added to the model stops the build here until both sides write and read it.

use crate::plan::dates::Period;
use crate::plan::{
    Block, Cadence, CommChannel, CommEntry, Comparator, Contingency, ContingencyList, Day,
    DecisionPoint, DecisionRecord, Facts, Item, Metric, MetricGroup, Milestone, MilestoneGroup,
    NodeId, Outcome, Plan, Point, Risk, RiskGroup, RiskLevel, ScheduleGroup, Section, Stamp,
    Target,
};
use chrono::NaiveDate;

/// Reads the plan `data` holds, and all of it.
///
/// # Panics
/// When `data` is not what `encode.rs` writes: the build is broken (a test decodes the
/// embedded plan).
pub(super) fn decode_plan(data: &[u8]) -> Plan {
    let mut c = Cursor { data, at: 0 };
    let read = plan(&mut c);
    if c.at != data.len() {
        broken();
    }
    read
}

/// Stops on bytes that are not a plan (see [`decode_plan`]).
#[cold]
#[inline(never)]
fn broken() -> ! {
    panic!("the embedded default plan does not decode: build.rs and decode.rs are out of step")
}

/// The bytes and how far they have been read.
struct Cursor<'a> {
    data: &'a [u8],
    at: usize,
}

impl Cursor<'_> {
    fn byte(&mut self) -> u8 {
        let Some(&b) = self.data.get(self.at) else {
            broken()
        };
        self.at += 1;
        b
    }

    /// A whole number: zigzag LEB128.
    #[inline(never)]
    fn int(&mut self) -> i64 {
        let mut bits = 0u64;
        let mut shift = 0;
        loop {
            let b = self.byte();
            if shift > 63 {
                broken();
            }
            bits |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return (bits >> 1) as i64 ^ -((bits & 1) as i64);
            }
            shift += 7;
        }
    }

    fn u32(&mut self) -> u32 {
        u32::try_from(self.int()).unwrap_or_else(|_| broken())
    }

    fn i32(&mut self) -> i32 {
        i32::try_from(self.int()).unwrap_or_else(|_| broken())
    }

    fn len(&mut self) -> usize {
        usize::try_from(self.int()).unwrap_or_else(|_| broken())
    }

    #[inline(never)]
    fn bool(&mut self) -> bool {
        match self.byte() {
            0 => false,
            1 => true,
            _ => broken(),
        }
    }

    #[inline(never)]
    fn str(&mut self) -> String {
        let len = self.len();
        let Some(bytes) = self.data.get(self.at..).and_then(|rest| rest.get(..len)) else {
            broken()
        };
        self.at += len;
        String::from_utf8(bytes.to_vec()).unwrap_or_else(|_| broken())
    }

    fn opt<T>(&mut self, read: impl FnOnce(&mut Self) -> T) -> Option<T> {
        if self.bool() {
            Some(read(self))
        } else {
            None
        }
    }

    fn opt_str(&mut self) -> Option<String> {
        self.opt(Cursor::str)
    }

    fn list<T>(&mut self, mut read: impl FnMut(&mut Self) -> T) -> Vec<T> {
        let len = self.len();
        (0..len).map(|_| read(self)).collect()
    }

    #[inline(never)]
    fn day(&mut self) -> NaiveDate {
        let (year, month, day) = (self.i32(), self.u32(), self.u32());
        NaiveDate::from_ymd_opt(year, month, day).unwrap_or_else(|| broken())
    }

    fn opt_day(&mut self) -> Option<NaiveDate> {
        self.opt(Cursor::day)
    }

    fn id(&mut self) -> NodeId {
        NodeId(self.str())
    }

    fn notes(&mut self) -> Vec<String> {
        self.list(Cursor::str)
    }

    fn stamp(&mut self) -> Stamp {
        Stamp(self.int())
    }
}

#[inline(never)]
fn plan(c: &mut Cursor) -> Plan {
    Plan {
        id: c.id(),
        title: c.str(),
        subtitle: c.opt_str(),
        facts: facts(c),
        sections: c.list(section),
        notes: c.notes(),
        modified: c.stamp(),
    }
}

#[inline(never)]
fn facts(c: &mut Cursor) -> Facts {
    Facts {
        written_on: c.opt_day(),
        launch: c.opt_day(),
        launch_within: c.opt(period),
        last_updated: c.opt_day(),
        next_review: c.opt_day(),
        sprint_start: c.opt_day(),
    }
}

#[inline(never)]
fn period(c: &mut Cursor) -> Period {
    match c.byte() {
        0 => Period::Day { date: c.day() },
        1 => Period::Range {
            start: c.day(),
            end: c.day(),
        },
        2 => Period::Month {
            year: c.i32(),
            month: c.u32(),
        },
        3 => Period::Quarter {
            year: c.i32(),
            quarter: c.u32(),
        },
        _ => broken(),
    }
}

#[inline(never)]
fn section(c: &mut Cursor) -> Section {
    Section {
        id: c.id(),
        title: c.str(),
        blocks: c.list(block),
        notes: c.notes(),
        modified: c.stamp(),
    }
}

#[inline(never)]
fn block(c: &mut Cursor) -> Block {
    match c.byte() {
        0 => Block::Milestones(milestone_group(c)),
        1 => Block::Schedule(schedule_group(c)),
        2 => Block::Decision(decision(c)),
        3 => Block::Metrics(metric_group(c)),
        4 => Block::Risks(risk_group(c)),
        5 => Block::Contingencies(contingency_list(c)),
        6 => Block::Communication(comm_channel(c)),
        _ => broken(),
    }
}

#[inline(never)]
fn milestone_group(c: &mut Cursor) -> MilestoneGroup {
    MilestoneGroup {
        id: c.id(),
        title: c.str(),
        period: c.opt(period),
        milestones: c.list(milestone),
        notes: c.notes(),
        modified: c.stamp(),
    }
}

#[inline(never)]
fn milestone(c: &mut Cursor) -> Milestone {
    Milestone {
        id: c.id(),
        title: c.str(),
        period: c.opt(period),
        done: c.bool(),
        points: c.list(point),
        notes: c.notes(),
        modified: c.stamp(),
    }
}

#[inline(never)]
fn point(c: &mut Cursor) -> Point {
    Point {
        id: c.id(),
        text: c.str(),
        modified: c.stamp(),
    }
}

#[inline(never)]
fn schedule_group(c: &mut Cursor) -> ScheduleGroup {
    ScheduleGroup {
        id: c.id(),
        label: c.str(),
        period: c.opt(period),
        aside: c.opt_str(),
        items: c.list(item),
        days: c.list(day),
        notes: c.notes(),
        modified: c.stamp(),
    }
}

#[inline(never)]
fn day(c: &mut Cursor) -> Day {
    Day {
        id: c.id(),
        date: c.day(),
        title: c.opt_str(),
        items: c.list(item),
        notes: c.notes(),
        modified: c.stamp(),
    }
}

#[inline(never)]
fn item(c: &mut Cursor) -> Item {
    Item {
        id: c.id(),
        text: c.str(),
        done: c.bool(),
        due: c.opt_day(),
        within: c.opt(period),
        // Not in the bytes: `encode.rs` stops the build at an item with an offset.
        offset: None,
        notes: c.notes(),
        modified: c.stamp(),
    }
}

#[inline(never)]
fn decision(c: &mut Cursor) -> DecisionPoint {
    DecisionPoint {
        id: c.id(),
        date: c.opt_day(),
        day_label: c.opt(Cursor::u32),
        aside: c.opt_str(),
        title: c.str(),
        criteria: c.opt_str(),
        fallback: c.opt_str(),
        outcome: c.opt(decision_record),
        notes: c.notes(),
        modified: c.stamp(),
    }
}

#[inline(never)]
fn decision_record(c: &mut Cursor) -> DecisionRecord {
    DecisionRecord {
        outcome: match c.byte() {
            0 => Outcome::Go,
            1 => Outcome::NoGo,
            2 => Outcome::Fallback,
            _ => broken(),
        },
        decided_on: c.day(),
        note: c.str(),
    }
}

#[inline(never)]
fn metric_group(c: &mut Cursor) -> MetricGroup {
    MetricGroup {
        id: c.id(),
        title: c.str(),
        date: c.opt_day(),
        metrics: c.list(metric),
        notes: c.notes(),
        modified: c.stamp(),
    }
}

#[inline(never)]
fn metric(c: &mut Cursor) -> Metric {
    Metric {
        id: c.id(),
        text: c.str(),
        done: c.bool(),
        target: c.opt(target),
        actual: c.opt_str(),
        notes: c.notes(),
        modified: c.stamp(),
    }
}

#[inline(never)]
fn target(c: &mut Cursor) -> Target {
    Target {
        comparator: match c.byte() {
            0 => Comparator::Lt,
            1 => Comparator::Le,
            2 => Comparator::Gt,
            3 => Comparator::Ge,
            4 => Comparator::Eq,
            _ => broken(),
        },
        value: f64::from_bits(c.int() as u64),
        unit: c.str(),
        measure: c.str(),
    }
}

#[inline(never)]
fn risk_group(c: &mut Cursor) -> RiskGroup {
    RiskGroup {
        id: c.id(),
        title: c.str(),
        level: match c.byte() {
            0 => RiskLevel::Critical,
            1 => RiskLevel::High,
            2 => RiskLevel::Medium,
            3 => RiskLevel::Low,
            4 => RiskLevel::Unrated,
            _ => broken(),
        },
        resolve_by: c.opt_day(),
        risks: c.list(risk),
        notes: c.notes(),
        modified: c.stamp(),
    }
}

#[inline(never)]
fn risk(c: &mut Cursor) -> Risk {
    Risk {
        id: c.id(),
        text: c.str(),
        resolved: c.bool(),
        notes: c.notes(),
        modified: c.stamp(),
    }
}

#[inline(never)]
fn contingency_list(c: &mut Cursor) -> ContingencyList {
    ContingencyList {
        id: c.id(),
        title: c.str(),
        plans: c.list(contingency),
        notes: c.notes(),
        modified: c.stamp(),
    }
}

#[inline(never)]
fn contingency(c: &mut Cursor) -> Contingency {
    Contingency {
        id: c.id(),
        date: c.opt_day(),
        trigger: c.str(),
        action: c.str(),
        notes: c.notes(),
        modified: c.stamp(),
    }
}

#[inline(never)]
fn comm_channel(c: &mut Cursor) -> CommChannel {
    CommChannel {
        id: c.id(),
        audience: c.str(),
        entries: c.list(comm_entry),
        notes: c.notes(),
        modified: c.stamp(),
    }
}

#[inline(never)]
fn comm_entry(c: &mut Cursor) -> CommEntry {
    CommEntry {
        id: c.id(),
        when: c.opt(|c| match c.byte() {
            0 => Cadence::Daily,
            1 => Cadence::Weekly,
            2 => Cadence::Monthly,
            3 => Cadence::AdHoc,
            4 => Cadence::On(c.day()),
            _ => broken(),
        }),
        text: c.str(),
        done: c.bool(),
        notes: c.notes(),
        modified: c.stamp(),
    }
}

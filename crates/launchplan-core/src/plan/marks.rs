//! The marks a tab makes on a plan (ticks, recorded decisions, measured values) as a short text
//! written by hand, with no JSON writer: what a first visit's tab leaves in storage when it is
//! closed before the plan's writer (a chunk fetched at its first change) has come, and what the
//! next start puts back onto the plan before it saves it.
//!
//! The text: a first line `launchplan-marks`, `1` and the plan's ID; then one line a mark, its
//! fields separated by tabs, a backslash, tab, newline or carriage return in a field written
//! `\\`, `\t`, `\n` or `\r`:
//! - `d`, the time, `1` or `0`, the ID: an entry ticked or not (an item, a metric, a risk
//!   resolved, a milestone, a message sent);
//! - `o`, the time, the ID, then nothing (no decision recorded) or `go`, `no_go` or
//!   `fallback`, the day it was decided (`2026-02-19`) and its note;
//! - `a`, the time, the ID, then nothing (no value measured) or the value.
//!
//! A mark is put back only onto a node last changed before it: a change another tab saved
//! since wins, as a merge of two copies would decide.

use super::{calendar_day, Block, DecisionRecord, NodeId, NodeMut, NodeRef, Outcome, Plan, Stamp};

/// The first field of the text's first line.
const MAGIC: &str = "launchplan-marks";
/// The version of the text's shape.
const VERSION: &str = "1";

/// One mark on one node, at the time it was made.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// An entry ticked (true) or not.
    Done { id: NodeId, done: bool, at: Stamp },
    /// A decision point's recorded decision, or none.
    Decision {
        id: NodeId,
        record: Option<DecisionRecord>,
        at: Stamp,
    },
    /// A metric's measured value, or none.
    Actual {
        id: NodeId,
        actual: Option<String>,
        at: Stamp,
    },
}

/// Why a text of marks was not read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MarksError {
    #[error("it does not start with the line of a Launchplan marks text")]
    NotMarks,
    #[error("it was written by a newer version of Launchplan (version {0})")]
    NewerVersion(String),
    #[error("line {0} is not a mark")]
    BadLine(usize),
}

/// What can be marked on a node, as it stands.
#[derive(Debug, Clone, PartialEq)]
enum State {
    Done(bool, Stamp),
    Metric(bool, Option<String>, Stamp),
    Decision(Option<DecisionRecord>, Stamp),
}

fn state_of(node: NodeRef<'_>) -> Option<State> {
    Some(match node {
        NodeRef::Item(i) => State::Done(i.done, i.modified),
        NodeRef::Milestone(m) => State::Done(m.done, m.modified),
        NodeRef::Risk(r) => State::Done(r.resolved, r.modified),
        NodeRef::Comm(c) => State::Done(c.done, c.modified),
        NodeRef::Metric(m) => State::Metric(m.done, m.actual.clone(), m.modified),
        NodeRef::Block(Block::Decision(d)) => State::Decision(d.outcome.clone(), d.modified),
        _ => return None,
    })
}

/// The marks that take `base` to `now`, when marks alone do: None when anything else differs
/// (a text, a date, a node added, moved or deleted), which marks cannot carry.
pub fn marks_between(base: &Plan, now: &Plan) -> Option<Vec<Mark>> {
    // Marks change no node's place: the two plans are walked side by side, node by node.
    let mut before = Vec::new();
    base.for_each_node(|node, _| before.push((node.id(), state_of(node))));
    let mut before = before.into_iter();
    let mut same_nodes = true;
    let mut marks = Vec::new();
    now.for_each_node(|node, _| {
        let state = state_of(node);
        match before.next() {
            Some((id, was)) if id == node.id() => {
                if was == state {
                    return;
                }
            }
            _ => {
                same_nodes = false;
                return;
            }
        }
        let id = node.id().clone();
        match state {
            Some(State::Done(done, at)) => marks.push(Mark::Done { id, done, at }),
            Some(State::Metric(done, actual, at)) => {
                marks.push(Mark::Done {
                    id: id.clone(),
                    done,
                    at,
                });
                marks.push(Mark::Actual { id, actual, at });
            }
            Some(State::Decision(record, at)) => marks.push(Mark::Decision { id, record, at }),
            None => {}
        }
    });
    if !same_nodes || before.next().is_some() {
        return None;
    }
    let mut replayed = base.clone();
    put_back(&mut replayed, &marks);
    (replayed == *now).then_some(marks)
}

/// Puts `marks` onto `plan`: each onto the node with its ID, when that node was last changed
/// before the mark. Says how many were put back.
pub fn put_back(plan: &mut Plan, marks: &[Mark]) -> usize {
    let mut count = 0;
    for mark in marks {
        let (id, at) = match mark {
            Mark::Done { id, at, .. }
            | Mark::Decision { id, at, .. }
            | Mark::Actual { id, at, .. } => (id, *at),
        };
        let Some(node) = plan.node_mut(id) else {
            continue;
        };
        let put = match (node, mark) {
            (NodeMut::Item(i), Mark::Done { done, .. }) => {
                set(&mut i.done, *done, &mut i.modified, at)
            }
            (NodeMut::Milestone(m), Mark::Done { done, .. }) => {
                set(&mut m.done, *done, &mut m.modified, at)
            }
            (NodeMut::Risk(r), Mark::Done { done, .. }) => {
                set(&mut r.resolved, *done, &mut r.modified, at)
            }
            (NodeMut::Comm(c), Mark::Done { done, .. }) => {
                set(&mut c.done, *done, &mut c.modified, at)
            }
            (NodeMut::Metric(m), Mark::Done { done, .. }) => {
                set(&mut m.done, *done, &mut m.modified, at)
            }
            (NodeMut::Metric(m), Mark::Actual { actual, .. }) => {
                set(&mut m.actual, actual.clone(), &mut m.modified, at)
            }
            (NodeMut::Block(Block::Decision(d)), Mark::Decision { record, .. }) => {
                set(&mut d.outcome, record.clone(), &mut d.modified, at)
            }
            _ => false,
        };
        count += usize::from(put);
    }
    count
}

/// Sets `field` and the node's change time, unless the node changed after `at`. A metric's two
/// marks share one time: the second is put back at the time the first set.
fn set<T>(field: &mut T, value: T, modified: &mut Stamp, at: Stamp) -> bool {
    if *modified > at {
        return false;
    }
    *field = value;
    *modified = at;
    true
}

/// The text of `marks` on the plan `plan`.
pub fn write_marks(plan: &NodeId, marks: &[Mark]) -> String {
    let mut out = format!("{MAGIC}\t{VERSION}\t{}\n", escape(plan.as_str()));
    for mark in marks {
        let line = match mark {
            Mark::Done { id, done, at } => {
                format!("d\t{}\t{}\t{}", at.0, u8::from(*done), escape(id.as_str()))
            }
            Mark::Decision { id, record, at } => {
                let mut line = format!("o\t{}\t{}", at.0, escape(id.as_str()));
                if let Some(r) = record {
                    let outcome = match r.outcome {
                        Outcome::Go => "go",
                        Outcome::NoGo => "no_go",
                        Outcome::Fallback => "fallback",
                    };
                    line += &format!("\t{outcome}\t{}\t{}", r.decided_on, escape(&r.note));
                }
                line
            }
            Mark::Actual { id, actual, at } => {
                let mut line = format!("a\t{}\t{}", at.0, escape(id.as_str()));
                if let Some(actual) = actual {
                    line += &format!("\t{}", escape(actual));
                }
                line
            }
        };
        out += &line;
        out.push('\n');
    }
    out
}

/// The plan's ID and the marks of a text [`write_marks`] wrote.
pub fn read_marks(text: &str) -> Result<(NodeId, Vec<Mark>), MarksError> {
    let mut lines = text.lines();
    let head: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let [MAGIC, version, plan] = head[..] else {
        return Err(MarksError::NotMarks);
    };
    if version != VERSION {
        return Err(MarksError::NewerVersion(version.to_string()));
    }
    let plan = NodeId(unescape(plan).ok_or(MarksError::NotMarks)?);
    let marks = lines
        .enumerate()
        .filter(|(_, line)| !line.is_empty())
        .map(|(n, line)| read_line(line).ok_or(MarksError::BadLine(n + 2)))
        .collect::<Result<_, _>>()?;
    Ok((plan, marks))
}

fn read_line(line: &str) -> Option<Mark> {
    let fields = line
        .split('\t')
        .map(unescape)
        .collect::<Option<Vec<String>>>()?;
    let (kind, rest) = fields.split_first()?;
    let (at, rest) = rest.split_first()?;
    let at = Stamp(at.parse().ok()?);
    Some(match (kind.as_str(), rest) {
        ("d", [done, id]) => Mark::Done {
            id: NodeId(id.clone()),
            done: match done.as_str() {
                "1" => true,
                "0" => false,
                _ => return None,
            },
            at,
        },
        ("o", [id]) => Mark::Decision {
            id: NodeId(id.clone()),
            record: None,
            at,
        },
        ("o", [id, outcome, day, note]) => Mark::Decision {
            id: NodeId(id.clone()),
            record: Some(DecisionRecord {
                outcome: match outcome.as_str() {
                    "go" => Outcome::Go,
                    "no_go" => Outcome::NoGo,
                    "fallback" => Outcome::Fallback,
                    _ => return None,
                },
                decided_on: calendar_day::parse(day).ok()?,
                note: note.clone(),
            }),
            at,
        },
        ("a", [id]) => Mark::Actual {
            id: NodeId(id.clone()),
            actual: None,
            at,
        },
        ("a", [id, actual]) => Mark::Actual {
            id: NodeId(id.clone()),
            actual: Some(actual.clone()),
            at,
        },
        _ => return None,
    })
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

fn unescape(field: &str) -> Option<String> {
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        out.push(match chars.next()? {
            '\\' => '\\',
            't' => '\t',
            'n' => '\n',
            'r' => '\r',
            _ => return None,
        });
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::default_plan::default_plan;
    use chrono::NaiveDate;

    fn ids(plan: &Plan, kind: &str) -> Vec<NodeId> {
        let mut out = Vec::new();
        plan.for_each_node(|node, _| {
            let wanted = match node {
                NodeRef::Item(_) => "item",
                NodeRef::Metric(_) => "metric",
                NodeRef::Risk(_) => "risk",
                NodeRef::Milestone(_) => "milestone",
                NodeRef::Comm(_) => "comm",
                NodeRef::Block(Block::Decision(_)) => "decision",
                _ => "",
            };
            if wanted == kind {
                out.push(node.id().clone());
            }
        });
        out
    }

    /// Every kind of mark a first visit can make, some undone, round-trips through the text and
    /// puts the plan back exactly.
    #[test]
    fn marks_of_every_kind_take_the_plan_back_exactly_through_the_text() {
        let base = default_plan().plan;
        let mut now = base.clone();
        let items = ids(&base, "item");
        assert!(now.set_done(&items[0], true, Stamp(10)));
        assert!(now.set_done(&items[1], true, Stamp(11)));
        assert!(now.set_done(&items[1], false, Stamp(12))); // ticked, then not: its time stays
        for kind in ["metric", "risk", "milestone", "comm"] {
            let id = &ids(&base, kind)[0];
            let done = now.entry(id).unwrap().done;
            assert!(now.set_done(id, !done, Stamp(20)), "{kind}");
        }
        let metric = &ids(&base, "metric")[1];
        assert!(now.set_actual(
            metric,
            "97.5%\twith a tab\nand a line \\ and a slash",
            Stamp(30)
        ));
        let decisions = ids(&base, "decision");
        let record = DecisionRecord {
            outcome: Outcome::NoGo,
            decided_on: NaiveDate::from_ymd_opt(2026, 2, 19).unwrap(),
            note: "Waiting on the audit\r\n(second line)".into(),
        };
        assert!(now.record_decision(&decisions[0], Some(record), Stamp(40)));
        let marks = marks_between(&base, &now).expect("marks alone");
        assert_eq!(marks.len(), 10);
        let text = write_marks(&now.id, &marks);
        let (plan, read) = read_marks(&text).unwrap();
        assert_eq!(plan, now.id);
        assert_eq!(read, marks);
        let mut back = base.clone();
        put_back(&mut back, &read);
        assert_eq!(back, now);
        // Nothing marked: no marks, and the text has its first line only.
        assert_eq!(marks_between(&base, &base), Some(Vec::new()));
    }

    #[test]
    fn anything_but_marks_is_not_carried() {
        let base = default_plan().plan;
        let items = ids(&base, "item");
        let mut renamed = base.clone();
        assert!(renamed.set_done(&items[0], true, Stamp(10)));
        assert!(renamed.set_text(&items[1], "Renamed", Stamp(11)));
        assert_eq!(marks_between(&base, &renamed), None);
        let mut deleted = base.clone();
        assert!(deleted.delete(&items[2]));
        assert_eq!(marks_between(&base, &deleted), None);
    }

    /// A node another tab changed after the mark keeps that change.
    #[test]
    fn a_later_change_wins_over_a_mark() {
        let base = default_plan().plan;
        let items = ids(&base, "item");
        let mut ours = base.clone();
        assert!(ours.set_done(&items[0], true, Stamp(10)));
        assert!(ours.set_done(&items[1], true, Stamp(10)));
        let marks = marks_between(&base, &ours).unwrap();
        let mut theirs = base.clone();
        assert!(theirs.set_done(&items[0], true, Stamp(50)));
        assert!(theirs.set_done(&items[0], false, Stamp(60)));
        assert_eq!(put_back(&mut theirs, &marks), 1);
        assert!(!theirs.entry(&items[0]).unwrap().done);
        assert!(theirs.entry(&items[1]).unwrap().done);
    }

    #[test]
    fn a_text_that_is_not_marks_says_why() {
        assert_eq!(read_marks(""), Err(MarksError::NotMarks));
        assert_eq!(read_marks("{\"format\":1}"), Err(MarksError::NotMarks));
        assert_eq!(
            read_marks("launchplan-marks\t2\tplan-1\n"),
            Err(MarksError::NewerVersion("2".into()))
        );
        for bad in [
            "d\t10\t2\titem-1",
            "d\tten\t1\titem-1",
            "o\t10\titem-1\tmaybe\t2026-02-19\t",
            "o\t10\titem-1\tgo\t2026-02-30\t",
            "a\t10\titem-1\tbad \\q escape",
            "x\t10\titem-1",
        ] {
            let text = format!("launchplan-marks\t1\tplan-1\nd\t1\t1\titem-0\n{bad}\n");
            assert_eq!(read_marks(&text), Err(MarksError::BadLine(3)), "{bad}");
        }
    }
}

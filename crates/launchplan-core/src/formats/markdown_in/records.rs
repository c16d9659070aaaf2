//! Records of `key: value` lines written between `---` lines in the body of a plan (a roadmap
//! kept as data for a Gantt tool): each record is a task, a gate or the launch, by its type
//! field and its words, dated by its end (or due) date and grouped by its phase.

use super::front_matter::{Entry, Record};
use super::is_gate;
use super::launch::names_launch;
use super::PlanReader;
use crate::plan::{Block as PlanBlock, DecisionPoint, Item, ScheduleGroup};

/// The fields that name a record, date it and group it (done: `Record::is_done`).
const TEXT: &[&str] = &["title", "name", "task", "summary", "text", "milestone"];
const DUE: &[&str] = &[
    "end date",
    "end",
    "due",
    "due date",
    "deadline",
    "finish",
    "date",
    "target date",
];
const START: &[&str] = &["start date", "start"];
const KIND: &[&str] = &["type", "kind", "category"];
const GROUP: &[&str] = &["phase", "stage", "workstream", "epic", "group"];

impl PlanReader {
    /// One record: a task of its phase's group, a decision point, or the launch (a milestone
    /// that names it: the launch date, kept as a note of its group). A record without a name
    /// stays a note, as written.
    pub(super) fn record(&mut self, fields: &[Entry], line: usize) {
        let record = Record {
            list: String::new(),
            fields: fields.to_vec(),
            line,
        };
        // "layout: page", "title: Day 1 and 2", "nav_order: 13" between rules: the front matter
        // of a second page joined to the first (a site's pages pasted into one file), kept as
        // written; its title is no task.
        let page = fields.iter().any(|f| {
            [
                "layout",
                "nav_order",
                "permalink",
                "parent",
                "has_children",
                "weight",
            ]
            .contains(&f.key.to_lowercase().as_str())
        });
        let text = record.get(TEXT).map(str::to_string).filter(|_| !page);
        let Some(text) = text else {
            let source = fields
                .iter()
                .map(|f| format!("{}: {}", f.key, f.value))
                .collect::<Vec<_>>()
                .join("\n");
            self.unrecognised(source, line);
            return;
        };
        let kind = record.get(KIND).unwrap_or_default().to_lowercase();
        let due = record.get(DUE).and_then(|v| self.due_in(v));
        let start = record.get(START).and_then(|v| self.due_in(v));
        let done = record.is_done();
        let phase = record.get(GROUP).unwrap_or_default().to_string();
        self.record_group(&phase, line);
        let gate = [
            "decision", "gate", "go/no-go", "approval", "sign-off", "signoff",
        ]
        .contains(&kind.as_str())
            || is_gate(&text);
        let launch = (kind.contains("milestone") || kind.contains("launch"))
            .then(|| names_launch(&text).zip(due.or(start)))
            .flatten();
        if let Some((rank, date)) = launch {
            if self.launch_heading.is_none_or(|(best, _)| rank > best) {
                self.launch_heading = Some((rank, date));
            }
            if let Some(PlanBlock::Schedule(group)) = self.last_block() {
                group.notes.push(format!(
                    "{text} ({})",
                    crate::plan::dates::format_day(date, true)
                ));
            }
        } else if gate {
            let section = self.section_id();
            let id = self.id(&section, "decision", &text, line);
            // After the phase's group, as a gate in a checklist is.
            self.pending_gates.push(DecisionPoint {
                id,
                date: due.or(start),
                title: text,
                ..Default::default()
            });
        } else {
            let Some(PlanBlock::Schedule(group)) = self.last_block() else {
                return;
            };
            let group_id = group.id.clone();
            let id = self.id(&group_id, "item", &text, line);
            if let Some(PlanBlock::Schedule(group)) = self.last_block() {
                group.items.push(Item {
                    id,
                    text,
                    done,
                    due,
                    ..Default::default()
                });
            }
        }
    }

    /// The group a record of `phase` goes in: the open one when it is of the same phase (or the
    /// record names none), a new one labelled by the phase otherwise.
    fn record_group(&mut self, phase: &str, line: usize) {
        let same = match self.last_block() {
            Some(PlanBlock::Schedule(group)) => phase.is_empty() || group.label == phase,
            _ => false,
        };
        if same {
            return;
        }
        let parent = self.section_id();
        let id = self.id(&parent, "group", phase, line);
        self.push_block(PlanBlock::Schedule(ScheduleGroup {
            id,
            label: phase.to_string(),
            ..Default::default()
        }));
    }
}

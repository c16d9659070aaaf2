//! The import review's fixes to what the reader made of a row: a task that is a gate, a gate that
//! is a task, a line kept as a note that is a task or a gate. Each keeps the row's text, date and
//! notes, and stays in the section it was in.

use super::dates::find_date;
use super::{Block, DecisionPoint, Item, NodeId, Plan, ScheduleGroup};
use std::collections::HashSet;

/// A line the reader kept as a note of a schedule group or one of its days: where it is, and
/// what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptNote {
    /// The group or day that holds it.
    pub holder: NodeId,
    /// Its place among the holder's notes.
    pub index: usize,
    pub text: String,
}

/// What a row becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Task,
    Gate,
}

impl Item {
    /// Whether it can become a decision point without losing anything (see
    /// [`Plan::task_to_gate`]).
    pub fn can_be_gate(&self) -> bool {
        !self.done && (self.offset.is_none() || self.due.is_some())
    }
}

impl DecisionPoint {
    /// Whether it can become a task without losing anything (see [`Plan::gate_to_task`]).
    pub fn can_be_task(&self) -> bool {
        self.outcome.is_none()
    }
}

impl Plan {
    /// The one-line notes of the schedule, in document order: what the reader did not take for a
    /// task. (A note of several lines is a paragraph or a code block, not a row.)
    pub fn kept_notes(&self) -> Vec<KeptNote> {
        let mut out = Vec::new();
        let mut push = |holder: &NodeId, notes: &[String]| {
            for (index, text) in notes.iter().enumerate() {
                if !text.contains('\n') && !text.trim().is_empty() {
                    out.push(KeptNote {
                        holder: holder.clone(),
                        index,
                        text: text.clone(),
                    });
                }
            }
        };
        for section in &self.sections {
            // A section of risks, metrics or milestones reads its rows as those: only a
            // schedule's notes are offered.
            let schedule = section
                .blocks
                .iter()
                .all(|b| matches!(b, Block::Schedule(_) | Block::Decision(_)));
            if !schedule {
                continue;
            }
            push(&section.id, &section.notes);
            for block in &section.blocks {
                if let Block::Schedule(group) = block {
                    push(&group.id, &group.notes);
                    for day in &group.days {
                        push(&day.id, &day.notes);
                    }
                }
            }
        }
        out
    }

    /// Whether the schedule item `id` can become a decision point without losing anything: it
    /// is not ticked (a decision point has no tick) and has a day if it has a time relative to
    /// launch.
    pub fn can_be_gate(&self, id: &NodeId) -> bool {
        self.schedule_items()
            .any(|i| &i.id == id && i.can_be_gate())
    }

    /// Makes the schedule item `id` a decision point, placed after its group, dated by the item's
    /// day, with its notes; a title that names no gate is named one ("Go/no-go: Cut the branch"),
    /// so that the Markdown export reads back as a decision point. False when `id` is no
    /// schedule item or [`Plan::can_be_gate`] says no.
    pub fn task_to_gate(&mut self, id: &NodeId) -> bool {
        if !self.can_be_gate(id) {
            return false;
        }
        let taken = self.ids();
        for section in &mut self.sections {
            for at in 0..section.blocks.len() {
                let Block::Schedule(group) = &mut section.blocks[at] else {
                    continue;
                };
                let Some(item) = take_item(group, id) else {
                    continue;
                };
                let gate = DecisionPoint {
                    id: unused(NodeId::derive(&item.id, "decision", &item.text), &taken),
                    date: item.due,
                    title: gate_title(item.text),
                    notes: item.notes,
                    modified: item.modified,
                    ..DecisionPoint::default()
                };
                section.blocks.insert(at + 1, Block::Decision(gate));
                return true;
            }
        }
        false
    }

    /// Whether the decision point `id` can become a task without losing anything: nothing was
    /// decided there yet.
    pub fn can_be_task(&self, id: &NodeId) -> bool {
        self.blocks()
            .any(|b| matches!(b, Block::Decision(d) if &d.id == id && d.can_be_task()))
    }

    /// Makes the decision point `id` a task of the schedule group before it in its section (a
    /// new group when there is none), due on its date, with its criteria and fallback as notes.
    /// False when `id` is no decision point or [`Plan::can_be_task`] says no.
    pub fn gate_to_task(&mut self, id: &NodeId) -> bool {
        if !self.can_be_task(id) {
            return false;
        }
        let taken = self.ids();
        for section in &mut self.sections {
            let Some(at) = section
                .blocks
                .iter()
                .position(|b| matches!(b, Block::Decision(d) if &d.id == id))
            else {
                continue;
            };
            let Block::Decision(gate) = section.blocks.remove(at) else {
                return false;
            };
            let mut notes = gate.notes;
            notes.extend(gate.criteria.map(|c| format!("Criteria: {c}")));
            notes.extend(gate.fallback.map(|f| format!("Fallback: {f}")));
            let item = Item {
                id: unused(NodeId::derive(&gate.id, "item", &gate.title), &taken),
                text: gate.title,
                due: gate.date,
                notes,
                modified: gate.modified,
                ..Item::default()
            };
            let group = section.blocks[..at].iter_mut().rev().find_map(|b| match b {
                Block::Schedule(g) => Some(g),
                _ => None,
            });
            match group {
                Some(group) => group.items.push(item),
                None => section.blocks.insert(
                    at,
                    Block::Schedule(ScheduleGroup {
                        id: unused(NodeId::derive(&item.id, "group", ""), &taken),
                        items: vec![item],
                        ..ScheduleGroup::default()
                    }),
                ),
            }
            return true;
        }
        false
    }

    /// Makes the note `index` of the group or day `holder` a task there, or a decision point
    /// after its group. Its day is its day's, or a date written in it, or its group's when the
    /// group is one day. False when there is no such note.
    pub fn note_to(&mut self, holder: &NodeId, index: usize, kind: RowKind) -> bool {
        let taken = self.ids();
        let context = self.facts.launch;
        for section in &mut self.sections {
            // A note of the section itself: a task of a group of its own at the section's start,
            // or a gate there.
            if &section.id == holder {
                if index >= section.notes.len() {
                    return false;
                }
                let text = section.notes.remove(index);
                let date = context
                    .and_then(|c| find_date(&text, c))
                    .and_then(Result::ok)
                    .map(|p| p.period.first_day());
                let id = unused(NodeId::derive(holder, "note", &text), &taken);
                let block = match kind {
                    RowKind::Task => {
                        let item = Item {
                            id,
                            text,
                            due: date,
                            ..Item::default()
                        };
                        match section.blocks.first_mut() {
                            Some(Block::Schedule(group)) if group.label.is_empty() => {
                                group.items.push(item);
                                return true;
                            }
                            _ => Block::Schedule(ScheduleGroup {
                                id: unused(NodeId::derive(holder, "group", ""), &taken),
                                items: vec![item],
                                ..ScheduleGroup::default()
                            }),
                        }
                    }
                    RowKind::Gate => Block::Decision(DecisionPoint {
                        id,
                        date,
                        title: gate_title(text),
                        ..DecisionPoint::default()
                    }),
                };
                section.blocks.insert(0, block);
                return true;
            }
            for at in 0..section.blocks.len() {
                let Block::Schedule(group) = &mut section.blocks[at] else {
                    continue;
                };
                let context = group.period.map(|p| p.first_day()).or(context);
                let (notes, day_date, items) = if &group.id == holder {
                    let single = group
                        .period
                        .filter(|p| p.first_day() == p.last_day())
                        .map(|p| p.first_day());
                    (&mut group.notes, single, &mut group.items)
                } else if let Some(day) = group.days.iter_mut().find(|d| &d.id == holder) {
                    (&mut day.notes, Some(day.date), &mut day.items)
                } else {
                    continue;
                };
                if index >= notes.len() {
                    return false;
                }
                let text = notes.remove(index);
                let written = context
                    .or(day_date)
                    .and_then(|c| find_date(&text, c))
                    .and_then(Result::ok)
                    .map(|p| p.period.first_day());
                let date = day_date.or(written);
                let id = unused(NodeId::derive(holder, "note", &text), &taken);
                match kind {
                    RowKind::Task => items.push(Item {
                        id,
                        text,
                        due: date,
                        ..Item::default()
                    }),
                    RowKind::Gate => section.blocks.insert(
                        at + 1,
                        Block::Decision(DecisionPoint {
                            id,
                            date,
                            title: gate_title(text),
                            ..DecisionPoint::default()
                        }),
                    ),
                }
                return true;
            }
        }
        false
    }
}

impl Plan {
    /// The IDs of every node.
    fn ids(&self) -> HashSet<NodeId> {
        let mut ids = HashSet::new();
        self.for_each_node(|node, _| {
            ids.insert(node.id().clone());
        });
        ids
    }
}

/// `id`, or the first of its numbered variants no node has.
fn unused(id: NodeId, taken: &HashSet<NodeId>) -> NodeId {
    if !taken.contains(&id) {
        return id;
    }
    (2..)
        .map(|n| id.with_suffix(n))
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or(id)
}

/// A decision point's title for `text`: as it is when it names a gate ("Feature freeze"),
/// else named one ("Go/no-go: Cut the branch").
fn gate_title(text: String) -> String {
    if crate::schedule::gates::is_gate(&text) {
        text
    } else {
        format!("Go/no-go: {text}")
    }
}

/// Takes the item `id` out of a group (or one of its days).
fn take_item(group: &mut ScheduleGroup, id: &NodeId) -> Option<Item> {
    if let Some(at) = group.items.iter().position(|i| &i.id == id) {
        return Some(group.items.remove(at));
    }
    group.days.iter_mut().find_map(|day| {
        let at = day.items.iter().position(|i| &i.id == id)?;
        Some(day.items.remove(at))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::markdown_in::import_markdown;
    use crate::schedule::gates::gates;
    use chrono::NaiveDate;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn plan() -> Plan {
        import_markdown(
            "# Beta\n\n## Week of March 2-6, 2026\n\n- [ ] Cut the branch\n- [ ] Feature freeze review (Mar 5)\n  - owner: Ana\n\n### Thursday, March 5, 2026\n\n- Owner: Priya\n- Print the badges\n\n## Gates\n\n- Go/No-Go: March 6, 2026\n",
        )
        .plan
    }

    #[test]
    fn a_task_becomes_a_gate_after_its_group_and_back() {
        let mut plan = plan();
        let before = gates(&plan).len();
        let id = plan
            .schedule_items()
            .find(|i| i.text == "Cut the branch")
            .unwrap()
            .id
            .clone();
        assert!(plan.task_to_gate(&id));
        let all = gates(&plan);
        assert_eq!(all.len(), before + 1);
        let gate = all
            .iter()
            .find(|g| g.title == "Go/no-go: Cut the branch")
            .unwrap();
        assert_eq!(gate.date, Some(d(2026, 3, 6)));
        assert!(plan.schedule_items().all(|i| i.id != id));
        // Back: a task again, in the group before it, due that day, with its notes.
        let gate_id = plan
            .blocks()
            .find_map(|b| match b {
                Block::Decision(g) if g.title == "Go/no-go: Cut the branch" => Some(g.id.clone()),
                _ => None,
            })
            .unwrap();
        assert!(plan.gate_to_task(&gate_id));
        let item = plan
            .schedule_items()
            .find(|i| i.text == "Go/no-go: Cut the branch")
            .unwrap();
        assert_eq!(item.due, Some(d(2026, 3, 6)));
        // Named a gate, it stays one as a task: a gate to tick.
        assert_eq!(gates(&plan).len(), before + 1);
        assert!(!plan.task_to_gate(&NodeId("nothing".into())));
        assert!(!plan.gate_to_task(&NodeId("nothing".into())));
    }

    #[test]
    fn a_gate_alone_in_its_section_becomes_a_task_of_a_new_group() {
        let mut plan = plan();
        let gate = plan
            .blocks()
            .find_map(|b| match b {
                Block::Decision(g) if g.title.starts_with("Go/No-Go") => Some(g.id.clone()),
                _ => None,
            })
            .expect("the gate");
        assert!(plan.gate_to_task(&gate));
        let item = plan
            .schedule_items()
            .find(|i| i.text.starts_with("Go/No-Go"))
            .unwrap();
        assert_eq!(item.due, Some(d(2026, 3, 6)));
        let json = crate::formats::json::export_json(&plan);
        crate::formats::json::import_json(&json).expect("still a valid plan");
    }

    #[test]
    fn a_kept_note_becomes_a_task_or_a_gate_on_its_day() {
        let mut plan = plan();
        let notes = plan.kept_notes();
        let owner = notes
            .iter()
            .find(|n| n.text == "Owner: Priya")
            .unwrap()
            .clone();
        let count = plan.schedule_items().count();
        assert!(plan.note_to(&owner.holder, owner.index, RowKind::Task));
        let item = plan
            .schedule_items()
            .find(|i| i.text == "Owner: Priya")
            .unwrap();
        assert_eq!(item.due, Some(d(2026, 3, 5)));
        assert_eq!(plan.schedule_items().count(), count + 1);
        assert!(!plan.kept_notes().iter().any(|n| n.text == "Owner: Priya"));
        // A note of the group, as a gate.
        let mut again = self::plan();
        let any = again.kept_notes()[0].clone();
        assert!(again.note_to(&any.holder, any.index, RowKind::Gate));
        assert!(gates(&again)
            .iter()
            .any(|g| g.title.ends_with(any.text.as_str())));
        assert!(!again.note_to(&any.holder, 99, RowKind::Task));
    }

    #[test]
    fn what_would_be_lost_is_not_reshaped_and_a_gate_made_here_survives_markdown() {
        let mut plan = import_markdown(
            "# P\n\n## Week of March 2-6, 2026\n\n- [x] Done already\n- [ ] Cut the branch\n\n## Risks\n\n- Vendor late\n",
        )
        .plan;
        let done = plan.schedule_items().next().unwrap().id.clone();
        assert!(!plan.can_be_gate(&done) && !plan.task_to_gate(&done));
        // A risks section's notes are not offered.
        assert!(plan.kept_notes().iter().all(|n| n.text != "Vendor late"));
        let cut = plan.schedule_items().nth(1).unwrap().id.clone();
        assert!(plan.task_to_gate(&cut));
        let markdown = crate::formats::markdown_out::export_markdown(&plan);
        let back = import_markdown(&markdown).plan;
        assert!(
            gates(&back)
                .iter()
                .any(|g| g.title.contains("Cut the branch")),
            "{markdown}"
        );
        assert!(back
            .schedule_items()
            .all(|i| !i.text.contains("Cut the branch")));
    }

    #[test]
    fn the_same_text_twice_gets_two_ids() {
        let mut plan = import_markdown("# P\n\n## Steps\n\n- Owner: Ana\n- Owner: Ana\n").plan;
        for _ in 0..2 {
            let note = plan.kept_notes()[0].clone();
            assert!(plan.note_to(&note.holder, note.index, RowKind::Task));
        }
        let ids: HashSet<NodeId> = plan.schedule_items().map(|i| i.id.clone()).collect();
        assert_eq!(ids.len(), 2);
    }
}

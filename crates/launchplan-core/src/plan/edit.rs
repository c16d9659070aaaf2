//! Changes to a plan, each addressed by node ID and stamped with the time it was made.
//! The UI calls these; undo and redo keep whole snapshots (see `schedule::history`).

use super::dates::Period;
use super::model::*;
use super::{NodeId, NodeMut, Stamp, Target};
use chrono::NaiveDate;

impl Plan {
    /// Runs `f` on the node with `id`; None when there is no such node.
    pub fn with_node<R>(&mut self, id: &NodeId, f: impl FnOnce(NodeMut<'_>) -> R) -> Option<R> {
        self.node_mut(id).map(f)
    }

    /// Ticks or unticks a checklist item, metric, risk, milestone or communication.
    pub fn set_done(&mut self, id: &NodeId, done: bool, now: Stamp) -> bool {
        self.with_node(id, |node| match node {
            NodeMut::Item(i) => touch(&mut i.done, done, &mut i.modified, now),
            NodeMut::Metric(m) => touch(&mut m.done, done, &mut m.modified, now),
            NodeMut::Risk(r) => touch(&mut r.resolved, done, &mut r.modified, now),
            NodeMut::Milestone(m) => touch(&mut m.done, done, &mut m.modified, now),
            NodeMut::Comm(c) => touch(&mut c.done, done, &mut c.modified, now),
            _ => false,
        })
        .unwrap_or(false)
    }

    /// Renames any node that has a text or title.
    pub fn set_text(&mut self, id: &NodeId, text: &str, now: Stamp) -> bool {
        let text = text.trim().to_string();
        if text.is_empty() {
            return false;
        }
        self.with_node(id, |node| match node {
            NodeMut::Section(s) => touch(&mut s.title, text, &mut s.modified, now),
            NodeMut::Item(i) => touch(&mut i.text, text, &mut i.modified, now),
            NodeMut::Metric(m) => {
                m.target = Target::parse(&text);
                touch(&mut m.text, text, &mut m.modified, now)
            }
            NodeMut::Risk(r) => touch(&mut r.text, text, &mut r.modified, now),
            NodeMut::Milestone(m) => touch(&mut m.title, text, &mut m.modified, now),
            NodeMut::Point(p) => touch(&mut p.text, text, &mut p.modified, now),
            NodeMut::Comm(c) => touch(&mut c.text, text, &mut c.modified, now),
            NodeMut::Contingency(c) => touch(&mut c.trigger, text, &mut c.modified, now),
            NodeMut::Day(d) => touch(&mut d.title, Some(text), &mut d.modified, now),
            NodeMut::Block(Block::Schedule(g)) => touch(&mut g.label, text, &mut g.modified, now),
            NodeMut::Block(Block::Decision(d)) => touch(&mut d.title, text, &mut d.modified, now),
            NodeMut::Block(Block::Metrics(g)) => touch(&mut g.title, text, &mut g.modified, now),
            NodeMut::Block(Block::Risks(g)) => touch(&mut g.title, text, &mut g.modified, now),
            NodeMut::Block(Block::Milestones(g)) => touch(&mut g.title, text, &mut g.modified, now),
            NodeMut::Block(Block::Contingencies(l)) => {
                touch(&mut l.title, text, &mut l.modified, now)
            }
            NodeMut::Block(Block::Communication(c)) => {
                touch(&mut c.audience, text, &mut c.modified, now)
            }
        })
        .unwrap_or(false)
    }

    /// Moves a checklist item or a day to another date. Items of a day follow their day. An item
    /// given a date of its own is no longer kept relative to the launch.
    pub fn set_date(&mut self, id: &NodeId, date: NaiveDate, now: Stamp) -> bool {
        self.with_node(id, |node| match node {
            NodeMut::Item(i) => {
                let was_relative = i.offset.take().is_some();
                touch(&mut i.due, Some(date), &mut i.modified, now) || was_relative
            }
            NodeMut::Day(d) => {
                for item in &mut d.items {
                    if item.due == Some(d.date) {
                        item.due = Some(date);
                        item.offset = None;
                    }
                }
                touch(&mut d.date, date, &mut d.modified, now)
            }
            NodeMut::Block(Block::Decision(d)) => {
                touch(&mut d.date, Some(date), &mut d.modified, now)
            }
            NodeMut::Block(Block::Risks(g)) => {
                touch(&mut g.resolve_by, Some(date), &mut g.modified, now)
            }
            NodeMut::Block(Block::Metrics(g)) => {
                touch(&mut g.date, Some(date), &mut g.modified, now)
            }
            NodeMut::Contingency(c) => touch(&mut c.date, Some(date), &mut c.modified, now),
            _ => false,
        })
        .unwrap_or(false)
    }

    /// Adds a note to any node that keeps notes.
    pub fn add_note(&mut self, id: &NodeId, note: &str, now: Stamp) -> bool {
        let note = note.trim().to_string();
        if note.is_empty() {
            return false;
        }
        self.with_node(id, |node| {
            let (notes, modified) = match node {
                NodeMut::Section(s) => (&mut s.notes, &mut s.modified),
                NodeMut::Item(i) => (&mut i.notes, &mut i.modified),
                NodeMut::Day(d) => (&mut d.notes, &mut d.modified),
                NodeMut::Metric(m) => (&mut m.notes, &mut m.modified),
                NodeMut::Risk(r) => (&mut r.notes, &mut r.modified),
                NodeMut::Milestone(m) => (&mut m.notes, &mut m.modified),
                NodeMut::Contingency(c) => (&mut c.notes, &mut c.modified),
                NodeMut::Comm(c) => (&mut c.notes, &mut c.modified),
                // A milestone's sub-point is one line of text: its milestone keeps the notes.
                NodeMut::Point(_) => return false,
                NodeMut::Block(b) => {
                    b.notes_mut().push(note);
                    b.touch(now);
                    return true;
                }
            };
            notes.push(note);
            *modified = now;
            true
        })
        .unwrap_or(false)
    }

    /// Records the outcome of a decision point.
    pub fn record_decision(
        &mut self,
        id: &NodeId,
        record: Option<DecisionRecord>,
        now: Stamp,
    ) -> bool {
        self.with_node(id, |node| match node {
            NodeMut::Block(Block::Decision(d)) => {
                touch(&mut d.outcome, record, &mut d.modified, now)
            }
            _ => false,
        })
        .unwrap_or(false)
    }

    /// Sets a metric's measured value ("1.4 sec"); empty clears it.
    pub fn set_actual(&mut self, id: &NodeId, actual: &str, now: Stamp) -> bool {
        let actual = Some(actual.trim().to_string()).filter(|a| !a.is_empty());
        self.with_node(id, |node| match node {
            NodeMut::Metric(m) => touch(&mut m.actual, actual, &mut m.modified, now),
            _ => false,
        })
        .unwrap_or(false)
    }

    /// Adds a checklist item at the end of a day or a schedule group; its due date is the
    /// day's, or the group's last day.
    pub fn add_item(&mut self, parent: &NodeId, id: NodeId, text: &str, now: Stamp) -> bool {
        let text = text.trim().to_string();
        if text.is_empty() {
            return false;
        }
        self.with_node(parent, |node| {
            let (items, due) = match node {
                NodeMut::Day(d) => (&mut d.items, Some(d.date)),
                NodeMut::Block(Block::Schedule(g)) => {
                    (&mut g.items, g.period.map(|p| p.last_day()))
                }
                _ => return false,
            };
            items.push(Item {
                id,
                text,
                due,
                modified: now,
                ..Item::default()
            });
            true
        })
        .unwrap_or(false)
    }

    /// Adds a schedule group ("Week 5") at the end of a section.
    pub fn add_group(
        &mut self,
        section: &NodeId,
        id: NodeId,
        label: &str,
        period: Option<Period>,
        now: Stamp,
    ) -> bool {
        let label = label.trim().to_string();
        self.with_node(section, |node| match node {
            NodeMut::Section(s) => {
                s.blocks.push(Block::Schedule(ScheduleGroup {
                    id,
                    label,
                    period,
                    modified: now,
                    ..ScheduleGroup::default()
                }));
                s.modified = now;
                true
            }
            _ => false,
        })
        .unwrap_or(false)
    }

    /// Adds a day to a schedule group, kept in date order.
    pub fn add_day(&mut self, group: &NodeId, id: NodeId, date: NaiveDate, now: Stamp) -> bool {
        self.with_node(group, |node| match node {
            NodeMut::Block(Block::Schedule(g)) => {
                let at = g.days.partition_point(|d| d.date <= date);
                g.days.insert(
                    at,
                    Day {
                        id,
                        date,
                        modified: now,
                        ..Day::default()
                    },
                );
                g.modified = now;
                true
            }
            _ => false,
        })
        .unwrap_or(false)
    }

    /// What Replace puts in place of this plan: `imported`'s content under this plan's ID, so it
    /// is saved where this plan was (never into another stored plan that has the imported ID)
    /// and the address, which names the plan by ID, keeps naming the plan shown.
    pub fn replaced_by(&self, imported: &Plan) -> Plan {
        Plan {
            id: self.id.clone(),
            ..imported.clone()
        }
    }

    /// Deletes a node and everything in it. Undo restores it.
    pub fn delete(&mut self, id: &NodeId) -> bool {
        let mut done = false;
        self.for_each_list_mut(|mut list| done = done || list.remove(id));
        done
    }

    /// Moves a node one place up (`-1`) or down (`1`) among its siblings.
    pub fn move_by(&mut self, id: &NodeId, offset: isize) -> bool {
        let mut done = false;
        self.for_each_list_mut(|mut list| done = done || list.shift(id, offset));
        done
    }
}

/// Sets a field and the node's stamp; true when the value changed.
fn touch<T: PartialEq>(field: &mut T, value: T, modified: &mut Stamp, now: Stamp) -> bool {
    if *field == value {
        return false;
    }
    *field = value;
    *modified = now;
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::default_plan::default_plan;

    fn first_item(plan: &Plan) -> NodeId {
        plan.schedule_items()
            .next()
            .map(|i| i.id.clone())
            .unwrap_or_default()
    }

    #[test]
    fn edits_change_the_node_and_its_stamp() {
        let mut plan = default_plan().plan;
        let id = first_item(&plan);
        assert!(plan.set_text(&id, "Kickoff", Stamp(7)));
        assert!(
            !plan.set_text(&id, "Kickoff", Stamp(8)),
            "no change, no new stamp"
        );
        assert!(
            !plan.set_text(&id, "  ", Stamp(8)),
            "an empty name is refused"
        );
        let entry = plan.entry(&id).unwrap();
        assert_eq!(entry.text, "Kickoff");
        assert!(plan.add_note(&id, "Room 4B", Stamp(9)));
        assert_eq!(plan.entry(&id).unwrap().notes, vec!["Room 4B".to_string()]);
    }

    #[test]
    fn items_and_groups_are_added_moved_and_deleted() {
        let mut plan = default_plan().plan;
        let Block::Schedule(week1) = &plan.sections[1].blocks[0] else {
            panic!()
        };
        let (group, day) = (week1.id.clone(), week1.days[0].id.clone());
        assert!(plan.add_item(&day, NodeId("item-new".into()), "Book venue", Stamp(1)));
        assert_eq!(plan.counts().schedule_items, 54);
        assert!(plan.move_by(&NodeId("item-new".into()), -1));
        let Block::Schedule(week1) = &plan.sections[1].blocks[0] else {
            panic!()
        };
        assert_eq!(week1.days[0].items[2].text, "Book venue");
        assert_eq!(week1.days[0].items[2].due, Some(week1.days[0].date));
        assert!(plan.add_day(
            &group,
            NodeId("day-new".into()),
            NaiveDate::from_ymd_opt(2026, 2, 9).unwrap(),
            Stamp(2)
        ));
        let Block::Schedule(week1) = &plan.sections[1].blocks[0] else {
            panic!()
        };
        assert_eq!(
            week1.days[0].id,
            NodeId("day-new".into()),
            "days stay in date order"
        );
        let section = plan.sections[1].id.clone();
        assert!(plan.add_group(
            &section,
            NodeId("group-new".into()),
            "Week 0",
            None,
            Stamp(3)
        ));
        assert!(plan.move_by(&NodeId("group-new".into()), -1));
        assert!(plan.delete(&group));
        assert_eq!(plan.counts().days, 5, "week 1 and its six days are gone");
        assert!(!plan.delete(&group), "already gone");
    }

    /// Regression (hostile input): Replace with a file whose plan ID was another stored plan's
    /// wrote into that other plan, and left the address naming the old one.
    #[test]
    fn replace_keeps_the_shown_plans_id() {
        let shown = default_plan().plan;
        let mut imported = default_plan().plan;
        imported.id = NodeId("plan-someone-else".into());
        imported.title = "Imported".into();
        let replaced = shown.replaced_by(&imported);
        assert_eq!(replaced.id, shown.id);
        assert_eq!(replaced.title, "Imported");
        assert_eq!(replaced.counts(), imported.counts());
    }

    #[test]
    fn moving_a_day_moves_its_items() {
        let mut plan = default_plan().plan;
        let Block::Schedule(week1) = &plan.sections[1].blocks[0] else {
            panic!()
        };
        let day = week1.days[0].id.clone();
        let later = NaiveDate::from_ymd_opt(2026, 2, 16).unwrap();
        assert!(plan.set_date(&day, later, Stamp(1)));
        assert_eq!(plan.schedule_items().next().unwrap().due, Some(later));
    }
}

impl Plan {
    /// A copy of the plan with every node given a new ID from `fresh` (called with the node's
    /// kind, "item", "day", …): a template or a duplicate that is a plan of its own.
    pub fn with_fresh_ids(&self, fresh: &mut dyn FnMut(&str) -> NodeId) -> Plan {
        let mut copy = self.clone();
        // A plan's ID names its storage key: its kind is "plan", whatever a file called it.
        copy.id = fresh("plan");
        // A node's kind is what its ID starts with ("item-3f2a…" → "item").
        copy.for_each_node_mut(|mut node| {
            let id = node.id_mut();
            let kind = id.as_str().split('-').next().unwrap_or("node").to_string();
            *id = fresh(&kind);
        });
        copy
    }
}

#[cfg(test)]
mod fresh_id_tests {
    use super::*;
    use crate::default_plan::default_plan;

    #[test]
    fn a_copy_with_fresh_ids_shares_no_id_and_keeps_everything_else() {
        let plan = default_plan().plan;
        let mut n = 0;
        let copy = plan.with_fresh_ids(&mut |kind| {
            n += 1;
            NodeId(format!("{kind}-copy{n}"))
        });
        assert_ne!(copy.id, plan.id);
        assert!(copy.id.as_str().starts_with("plan-copy"));
        assert_eq!(copy.counts(), plan.counts());
        assert_eq!(copy.title, plan.title);
        let old: std::collections::HashSet<_> =
            plan.schedule_items().map(|i| i.id.clone()).collect();
        assert!(copy
            .schedule_items()
            .all(|i| !old.contains(&i.id) && i.id.as_str().starts_with("item-copy")));
    }
}

//! Following a plan's source: a team keeps its plan as a file, each member opens it by its
//! address, and each new version of the file is brought into the member's copy. Three copies
//! meet: the member's (`local`), the version of the file it was last brought up to date with
//! (`base`) and the version just fetched (`incoming`). What the file changed since `base` (new
//! entries, edited texts and dates, removed entries) arrives; what the member changed since
//! `base` (ticks, notes, recorded decisions, measured values, entries of their own) stays; where
//! both changed the same field, the file's version is kept and the member's is listed as a
//! conflict. Nothing the member ticked or wrote is dropped: an entry the file removed is kept
//! when the member ticked or changed it, and listed.
//!
//! Identity: entries are matched by ID. A Markdown file gives no IDs; the reader derives them
//! from the entry's text and its place, so an edit that rewords or moves an entry changes its
//! ID. [`follow`] matches such entries back before it compares: an entry of the file whose ID
//! is new is the old entry of the same kind with the same text elsewhere (moved), or failing
//! that the one under the same heading whose words mostly agree (reworded).

use crate::merge::Conflict;
use crate::plan::*;
use std::collections::{HashMap, HashSet};

/// What following the source did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FollowReport {
    /// Entries new in the source.
    pub added: Vec<String>,
    /// Entries the source removed, removed here too.
    pub removed: Vec<String>,
    /// Entries the source reworded or moved to another date.
    pub changed: Vec<String>,
    /// Entries the source removed but this copy keeps, because the member ticked or changed
    /// them.
    pub kept: Vec<String>,
    /// Fields both changed: the source's value is kept, the member's is `other`.
    pub conflicts: Vec<Conflict>,
}

impl FollowReport {
    /// Whether the source brought nothing.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
            && self.kept.is_empty()
            && self.conflicts.is_empty()
    }

    /// "3 items added, 1 changed, 2 removed", or "no changes".
    pub fn summary(&self) -> String {
        let mut parts = Vec::new();
        let mut part = |n: usize, one: &str, many: &str| {
            if n > 0 {
                parts.push(format!("{n} {}", if n == 1 { one } else { many }));
            }
        };
        part(self.added.len(), "entry added", "entries added");
        part(self.changed.len(), "changed", "changed");
        part(self.removed.len(), "removed", "removed");
        part(
            self.kept.len(),
            "kept though removed from the source",
            "kept though removed from the source",
        );
        part(self.conflicts.len(), "conflict", "conflicts");
        if parts.is_empty() {
            "no changes".into()
        } else {
            parts.join(", ")
        }
    }
}

/// Brings `local` up to date with `incoming`, the source's new version, given `base`, the
/// version `local` was last brought up to date with (or first read from). The result keeps
/// `local`'s plan ID.
pub fn follow(local: &Plan, base: &Plan, incoming: &Plan) -> (Plan, FollowReport) {
    let incoming = matched_to(base, incoming);
    let mut report = FollowReport::default();
    let mut result = incoming.clone();
    result.id = local.id.clone();

    let base_nodes = index(base);
    let local_nodes = index(local);
    let incoming_nodes = index(&incoming);

    // The plan's own fields: the member's change stays unless the source changed it too.
    plan_fields(&mut result, local, base, &incoming, &mut report);

    // Nodes all three copies have: the member's state over the source's content.
    let shared: Vec<NodeId> = incoming_nodes
        .keys()
        .filter(|id| base_nodes.contains_key(*id) && local_nodes.contains_key(*id))
        .cloned()
        .collect();
    for id in &shared {
        let (b, l, i) = (
            base_nodes[id].node,
            local_nodes[id].node,
            incoming_nodes[id].node,
        );
        if let Some(node) = result.node_mut(id) {
            overlay(node, b, l, i, &mut report);
        }
    }

    // What the source added and changed.
    for (id, entry) in &incoming_nodes {
        if !is_entry(entry.node) {
            continue;
        }
        match base_nodes.get(id) {
            None => report.added.push(name(entry.node)),
            Some(b) if content(b.node) != content(entry.node) => {
                report.changed.push(name(entry.node))
            }
            Some(_) => {}
        }
    }

    // What the member added, and what the source removed that the member ticked or changed.
    let mut kept_aside: Vec<Item> = Vec::new();
    let in_result: HashSet<NodeId> = index(&result).into_keys().collect();
    let mut placed: HashSet<NodeId> = HashSet::new();
    for (id, entry) in ordered(&local_nodes) {
        if in_result.contains(id) || placed.contains(id) {
            continue;
        }
        // Only the top of a subtree that is not in the result is placed (its children go with
        // it).
        if entry.parent.as_ref().is_some_and(|p| {
            !in_result.contains(p) && local_nodes.contains_key(p) && !base_nodes.contains_key(p)
        }) {
            continue;
        }
        if let Some(b) = base_nodes.get(id) {
            // The source removed it. Left as it was, it goes; ticked or changed, it stays.
            if !changed_by_member(b.node, entry.node) {
                if is_entry(entry.node) {
                    report.removed.push(name(entry.node));
                }
                continue;
            }
            report.kept.push(name(entry.node));
        }
        let subtree: Vec<NodeId> = subtree_ids(entry.node);
        if subtree.iter().any(|i| in_result.contains(i)) {
            continue;
        }
        let under = entry.parent.as_ref().filter(|p| in_result.contains(*p));
        let inserted = match under {
            Some(parent) => insert_under(&mut result, parent, entry.node),
            None => match entry.node {
                NodeRef::Section(s) if entry.parent.is_none() => {
                    result.sections.push(s.clone());
                    true
                }
                _ => false,
            },
        };
        if !inserted {
            if let NodeRef::Item(item) = entry.node {
                kept_aside.push(item.clone());
            }
        }
        placed.extend(subtree);
    }
    if !kept_aside.is_empty() {
        let section_id = NodeId::derive(&result.id, "section", "kept-from-your-copy");
        let group_id = NodeId::derive(&section_id, "group", "");
        result.sections.push(Section {
            id: section_id,
            title: "Kept from your copy".into(),
            blocks: vec![Block::Schedule(ScheduleGroup {
                id: group_id,
                items: kept_aside,
                ..Default::default()
            })],
            notes: vec![
                "The source no longer has the place these entries were in; they are kept because you ticked, noted or added them.".into(),
            ],
            ..Default::default()
        });
    }
    result.date_offsets();
    (result, report)
}

/// One node of a plan, with the ID of the node that holds it.
struct Entry<'a> {
    node: NodeRef<'a>,
    parent: Option<NodeId>,
    order: usize,
}

fn index(plan: &Plan) -> HashMap<NodeId, Entry<'_>> {
    let mut out = HashMap::new();
    let mut order = 0;
    plan.for_each_node(|node, parent| {
        out.insert(
            node.id().clone(),
            Entry {
                node,
                parent: parent.map(|p| p.id().clone()),
                order,
            },
        );
        order += 1;
    });
    out
}

/// The entries of an index in document order.
fn ordered<'m, 'a>(nodes: &'m HashMap<NodeId, Entry<'a>>) -> Vec<(&'m NodeId, &'m Entry<'a>)> {
    let mut v: Vec<_> = nodes.iter().collect();
    v.sort_by_key(|(_, e)| e.order);
    v
}

fn subtree_ids(node: NodeRef<'_>) -> Vec<NodeId> {
    let mut out = Vec::new();
    node.for_each_node(|n, _| out.push(n.id().clone()));
    out
}

/// Whether a node is an entry a person reads as one line of the plan (an item, a decision, a
/// milestone, a metric, a risk…), rather than a container (a section, a week, a day).
fn is_entry(node: NodeRef<'_>) -> bool {
    !matches!(
        node,
        NodeRef::Section(_)
            | NodeRef::Day(_)
            | NodeRef::Block(
                Block::Schedule(_)
                    | Block::Milestones(_)
                    | Block::Metrics(_)
                    | Block::Risks(_)
                    | Block::Contingencies(_)
                    | Block::Communication(_)
            )
    )
}

fn name(node: NodeRef<'_>) -> String {
    node.texts()
        .first()
        .map(|(_, t)| (*t).to_string())
        .unwrap_or_else(|| node.id().to_string())
}

/// What the member changes while following a plan: ticks, notes, decisions, measured values.
#[derive(Debug, Clone, PartialEq)]
struct State {
    done: Option<bool>,
    notes: Vec<String>,
    outcome: Option<DecisionRecord>,
    actual: Option<String>,
}

fn state(node: NodeRef<'_>) -> State {
    let mut s = State {
        done: None,
        notes: Vec::new(),
        outcome: None,
        actual: None,
    };
    match node {
        NodeRef::Item(i) => {
            s.done = Some(i.done);
            s.notes = i.notes.clone();
        }
        NodeRef::Milestone(m) => {
            s.done = Some(m.done);
            s.notes = m.notes.clone();
        }
        NodeRef::Metric(m) => {
            s.done = Some(m.done);
            s.notes = m.notes.clone();
            s.actual = m.actual.clone();
        }
        NodeRef::Risk(r) => {
            s.done = Some(r.resolved);
            s.notes = r.notes.clone();
        }
        NodeRef::Block(Block::Decision(d)) => {
            s.outcome = d.outcome.clone();
            s.notes = d.notes.clone();
        }
        NodeRef::Day(d) => s.notes = d.notes.clone(),
        NodeRef::Section(sec) => s.notes = sec.notes.clone(),
        NodeRef::Block(_) | NodeRef::Point(_) | NodeRef::Contingency(_) | NodeRef::Comm(_) => {}
    }
    s
}

fn set_state(node: NodeMut<'_>, s: &State) {
    match node {
        NodeMut::Item(i) => {
            i.done = s.done.unwrap_or(i.done);
            i.notes = s.notes.clone();
        }
        NodeMut::Milestone(m) => {
            m.done = s.done.unwrap_or(m.done);
            m.notes = s.notes.clone();
        }
        NodeMut::Metric(m) => {
            m.done = s.done.unwrap_or(m.done);
            m.notes = s.notes.clone();
            m.actual = s.actual.clone();
        }
        NodeMut::Risk(r) => {
            r.resolved = s.done.unwrap_or(r.resolved);
            r.notes = s.notes.clone();
        }
        NodeMut::Block(Block::Decision(d)) => {
            d.outcome = s.outcome.clone();
            d.notes = s.notes.clone();
        }
        NodeMut::Day(d) => d.notes = s.notes.clone(),
        NodeMut::Section(sec) => sec.notes = s.notes.clone(),
        NodeMut::Block(_) | NodeMut::Point(_) | NodeMut::Contingency(_) | NodeMut::Comm(_) => {}
    }
}

/// What the source says about an entry (its words and dates), as comparable text; None for a
/// container, whose content is its children.
fn content(node: NodeRef<'_>) -> Option<String> {
    let value = match node {
        NodeRef::Item(i) => serde_json::json!([i.text, i.due, i.within, i.offset]),
        NodeRef::Block(Block::Decision(d)) => {
            serde_json::json!([
                d.title,
                d.date,
                d.criteria,
                d.fallback,
                d.aside,
                d.day_label
            ])
        }
        NodeRef::Milestone(m) => serde_json::json!([m.title, m.period]),
        NodeRef::Metric(m) => serde_json::json!([m.text, m.target]),
        NodeRef::Risk(r) => serde_json::json!([r.text]),
        NodeRef::Point(p) => serde_json::json!([p.text]),
        NodeRef::Contingency(c) => serde_json::json!(c),
        NodeRef::Comm(c) => serde_json::json!(c),
        _ => return None,
    };
    Some(value.to_string())
}

/// Sets the source-side content of an entry from `from` (the member's version).
fn set_content(node: NodeMut<'_>, from: NodeRef<'_>) {
    match (node, from) {
        (NodeMut::Item(i), NodeRef::Item(f)) => {
            i.text = f.text.clone();
            i.due = f.due;
            i.within = f.within;
            i.offset = f.offset;
        }
        (NodeMut::Block(Block::Decision(d)), NodeRef::Block(Block::Decision(f))) => {
            d.title = f.title.clone();
            d.date = f.date;
            d.criteria = f.criteria.clone();
            d.fallback = f.fallback.clone();
            d.aside = f.aside.clone();
            d.day_label = f.day_label;
        }
        (NodeMut::Milestone(m), NodeRef::Milestone(f)) => {
            m.title = f.title.clone();
            m.period = f.period;
        }
        (NodeMut::Metric(m), NodeRef::Metric(f)) => {
            m.text = f.text.clone();
            m.target = f.target.clone();
        }
        (NodeMut::Risk(r), NodeRef::Risk(f)) => r.text = f.text.clone(),
        (NodeMut::Point(p), NodeRef::Point(f)) => p.text = f.text.clone(),
        (NodeMut::Contingency(c), NodeRef::Contingency(f)) => *c = f.clone(),
        (NodeMut::Comm(c), NodeRef::Comm(f)) => *c = f.clone(),
        _ => {}
    }
}

fn same_node(a: NodeRef<'_>, b: NodeRef<'_>) -> bool {
    state(a) == state(b) && content(a) == content(b)
}

fn changed_by_member(base: NodeRef<'_>, local: NodeRef<'_>) -> bool {
    !same_node(base, local)
}

/// One node all three copies have: `node` is the result's (the source's) copy.
fn overlay(
    mut node: NodeMut<'_>,
    base: NodeRef<'_>,
    local: NodeRef<'_>,
    incoming: NodeRef<'_>,
    report: &mut FollowReport,
) {
    let (s_base, s_local, s_in) = (state(base), state(local), state(incoming));
    if s_local != s_base {
        // The member's ticks, notes and decisions stay; a source that changed them too is
        // listed when it disagrees.
        if s_in != s_base && s_in != s_local {
            report.conflicts.push(Conflict {
                id: node.id().clone(),
                field: "state".into(),
                kept: describe_state(&s_local),
                other: describe_state(&s_in),
            });
        }
        set_state(node.reborrow(), &s_local);
    }
    let (c_base, c_local, c_in) = (content(base), content(local), content(incoming));
    if c_local != c_base {
        if c_in == c_base {
            set_content(node.reborrow(), local);
        } else if c_in != c_local {
            report.conflicts.push(Conflict {
                id: node.id().clone(),
                field: "text and date".into(),
                kept: name(incoming),
                other: name(local),
            });
        }
    }
}

fn describe_state(s: &State) -> String {
    match (s.done, &s.outcome) {
        (_, Some(o)) => format!("{:?} on {}", o.outcome, o.decided_on),
        (Some(true), _) => "done".into(),
        (Some(false), _) => "open".into(),
        (None, None) => format!("{} notes", s.notes.len()),
    }
}

/// The plan's title, subtitle, facts and notes: the member's change stays unless the source
/// changed the same field too (then the source's is kept and the member's listed).
fn plan_fields(
    result: &mut Plan,
    local: &Plan,
    base: &Plan,
    incoming: &Plan,
    report: &mut FollowReport,
) {
    fn field<T: PartialEq + Clone + std::fmt::Debug>(
        name: &str,
        id: &NodeId,
        out: &mut T,
        local: &T,
        base: &T,
        incoming: &T,
        report: &mut FollowReport,
    ) {
        if local == base {
            return;
        }
        if incoming == base {
            *out = local.clone();
        } else if incoming != local {
            report.conflicts.push(Conflict {
                id: id.clone(),
                field: name.into(),
                kept: format!("{incoming:?}"),
                other: format!("{local:?}"),
            });
        }
    }
    let id = local.id.clone();
    field(
        "title",
        &id,
        &mut result.title,
        &local.title,
        &base.title,
        &incoming.title,
        report,
    );
    field(
        "subtitle",
        &id,
        &mut result.subtitle,
        &local.subtitle,
        &base.subtitle,
        &incoming.subtitle,
        report,
    );
    field(
        "facts",
        &id,
        &mut result.facts,
        &local.facts,
        &base.facts,
        &incoming.facts,
        report,
    );
    field(
        "notes",
        &id,
        &mut result.notes,
        &local.notes,
        &base.notes,
        &incoming.notes,
        report,
    );
    result.modified = local.modified.max(incoming.modified);
}

/// Puts a copy of `node` at the end of the matching list under `parent`; false when `parent`
/// holds no list of its kind.
fn insert_under(plan: &mut Plan, parent: &NodeId, node: NodeRef<'_>) -> bool {
    let Some(holder) = plan.node_mut(parent) else {
        return false;
    };
    let mut done = false;
    holder.for_each_list(&mut |list| {
        if done {
            return;
        }
        done = match (list, node) {
            (ListMut::Items(v), NodeRef::Item(n)) => {
                v.push(n.clone());
                true
            }
            (ListMut::Days(v), NodeRef::Day(n)) => {
                v.push(n.clone());
                v.sort_by_key(|d| d.date);
                true
            }
            (ListMut::Blocks(v), NodeRef::Block(n)) => {
                v.push(n.clone());
                true
            }
            (ListMut::Milestones(v), NodeRef::Milestone(n)) => {
                v.push(n.clone());
                true
            }
            (ListMut::Points(v), NodeRef::Point(n)) => {
                v.push(n.clone());
                true
            }
            (ListMut::Metrics(v), NodeRef::Metric(n)) => {
                v.push(n.clone());
                true
            }
            (ListMut::Risks(v), NodeRef::Risk(n)) => {
                v.push(n.clone());
                true
            }
            (ListMut::Contingencies(v), NodeRef::Contingency(n)) => {
                v.push(n.clone());
                true
            }
            (ListMut::Comms(v), NodeRef::Comm(n)) => {
                v.push(n.clone());
                true
            }
            _ => false,
        };
    });
    done
}

/// `incoming` with the IDs of entries that moved or were reworded since `base` set back to
/// their IDs in `base` (see the module's comment).
fn matched_to(base: &Plan, incoming: &Plan) -> Plan {
    struct Seen {
        id: NodeId,
        kind: u8,
        text: String,
        parent: Option<NodeId>,
    }
    fn seen(plan: &Plan) -> Vec<Seen> {
        let mut out = Vec::new();
        plan.for_each_node(|node, parent| {
            if is_entry(node) {
                out.push(Seen {
                    id: node.id().clone(),
                    kind: kind_of(node),
                    text: normalised(&name(node)),
                    parent: parent.map(|p| p.id().clone()),
                });
            }
        });
        out
    }
    let old = seen(base);
    let new = seen(incoming);
    let old_ids: HashSet<&NodeId> = old.iter().map(|s| &s.id).collect();
    let new_ids: HashSet<&NodeId> = new.iter().map(|s| &s.id).collect();
    let mut free: Vec<&Seen> = old.iter().filter(|s| !new_ids.contains(&s.id)).collect();
    let mut renames: HashMap<NodeId, NodeId> = HashMap::new();
    // Moved: the same words elsewhere.
    for n in new.iter().filter(|n| !old_ids.contains(&n.id)) {
        if let Some(at) = free
            .iter()
            .position(|o| o.kind == n.kind && o.text == n.text)
        {
            renames.insert(n.id.clone(), free.remove(at).id.clone());
        }
    }
    // Reworded: under the same heading, most words in common.
    let unmatched: Vec<&Seen> = new
        .iter()
        .filter(|n| !old_ids.contains(&n.id) && !renames.contains_key(&n.id))
        .collect();
    for n in unmatched {
        let best = free
            .iter()
            .enumerate()
            .filter(|(_, o)| o.kind == n.kind)
            .map(|(at, o)| {
                let near = o.parent == n.parent;
                (at, similarity(&o.text, &n.text), near)
            })
            .filter(|&(_, sim, near)| if near { sim >= 0.5 } else { sim >= 0.75 })
            .max_by(|a, b| {
                (a.2, a.1)
                    .partial_cmp(&(b.2, b.1))
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
        if let Some((at, _, _)) = best {
            renames.insert(n.id.clone(), free.remove(at).id.clone());
        }
    }
    let mut out = incoming.clone();
    if !renames.is_empty() {
        out.for_each_node_mut(|mut node| {
            if let Some(to) = renames.get(node.id()) {
                *node.id_mut() = to.clone();
            }
        });
    }
    out
}

/// The kind of an entry, for matching like with like.
fn kind_of(node: NodeRef<'_>) -> u8 {
    match node {
        NodeRef::Section(_) => 0,
        NodeRef::Block(Block::Decision(_)) => 1,
        NodeRef::Block(_) => 2,
        NodeRef::Day(_) => 3,
        NodeRef::Item(_) => 4,
        NodeRef::Milestone(_) => 5,
        NodeRef::Point(_) => 6,
        NodeRef::Metric(_) => 7,
        NodeRef::Risk(_) => 8,
        NodeRef::Contingency(_) => 9,
        NodeRef::Comm(_) => 10,
    }
}

/// Lower case, single spaces.
fn normalised(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The share of words two texts have in common (Jaccard), 0 to 1.
fn similarity(a: &str, b: &str) -> f64 {
    let words = |t: &str| -> HashSet<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let union = a.union(&b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(&b).count() as f64 / union as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::markdown_in::import_markdown;
    use chrono::NaiveDate;

    fn read(text: &str) -> Plan {
        import_markdown(text).plan
    }

    fn item<'p>(plan: &'p Plan, text: &str) -> &'p Item {
        plan.schedule_items()
            .find(|i| i.text == text)
            .unwrap_or_else(|| panic!("no item {text:?} in {:?}", texts(plan)))
    }

    fn texts(plan: &Plan) -> Vec<String> {
        plan.schedule_items().map(|i| i.text.clone()).collect()
    }

    fn tick(plan: &mut Plan, text: &str) {
        let id = item(plan, text).id.clone();
        if let Some(NodeMut::Item(i)) = plan.node_mut(&id) {
            i.done = true;
        }
    }

    const V1: &str = "# Launch\n\nLaunch: March 20, 2027\n\n## Week 1 (Mar 1-5, 2027)\n- [ ] Write the copy\n- [ ] Book the venue\n- [ ] Order the badges\n\n## Week 2 (Mar 8-12, 2027)\n- [ ] Rehearse the demo\n";

    #[test]
    fn new_edited_and_removed_entries_arrive_and_ticks_stay() {
        let base = read(V1);
        let mut local = base.clone();
        local.id = NodeId("plan-mine".into());
        tick(&mut local, "Write the copy");
        // The file: one item reworded, one moved to week 2, one removed, one added, one date.
        let incoming = read("# Launch\n\nLaunch: March 20, 2027\n\n## Week 1 (Mar 1-5, 2027)\n- [ ] Write the launch copy\n- [ ] Order the badges (Mar 3)\n\n## Week 2 (Mar 8-12, 2027)\n- [ ] Rehearse the demo\n- [ ] Book the venue\n- [ ] Print the signs\n");
        let (plan, report) = follow(&local, &base, &incoming);
        assert_eq!(plan.id, local.id);
        assert_eq!(
            texts(&plan),
            [
                "Write the launch copy",
                "Order the badges (Mar 3)",
                "Rehearse the demo",
                "Book the venue",
                "Print the signs"
            ]
        );
        // The tick survives the rewording, and keeps the item's identity.
        let copy = item(&plan, "Write the launch copy");
        assert!(copy.done);
        assert_eq!(copy.id, item(&base, "Write the copy").id);
        // The moved item is the same entry, now due in week 2.
        assert_eq!(
            item(&plan, "Book the venue").id,
            item(&base, "Book the venue").id
        );
        assert_eq!(
            item(&plan, "Order the badges (Mar 3)").due,
            NaiveDate::from_ymd_opt(2027, 3, 3)
        );
        assert_eq!(report.added, ["Print the signs"]);
        assert!(report.removed.is_empty(), "{report:?}");
        assert!(report
            .changed
            .contains(&"Write the launch copy".to_string()));
        assert!(report.changed.contains(&"Book the venue".to_string()));
        assert!(report.conflicts.is_empty());
        assert_eq!(report.summary(), "1 entry added, 3 changed");
        // The reworded item with a date in its text is the same entry too.
        assert_eq!(
            item(&plan, "Order the badges (Mar 3)").id,
            item(&base, "Order the badges").id
        );
    }

    #[test]
    fn a_removed_entry_goes_unless_the_member_ticked_it() {
        let base = read(V1);
        let mut local = base.clone();
        tick(&mut local, "Order the badges");
        let incoming = read("# Launch\n\nLaunch: March 20, 2027\n\n## Week 1 (Mar 1-5, 2027)\n- [ ] Write the copy\n\n## Week 2 (Mar 8-12, 2027)\n- [ ] Rehearse the demo\n");
        let (plan, report) = follow(&local, &base, &incoming);
        assert_eq!(
            texts(&plan),
            ["Write the copy", "Order the badges", "Rehearse the demo"]
        );
        assert!(item(&plan, "Order the badges").done);
        assert_eq!(report.removed, ["Book the venue"]);
        assert_eq!(report.kept, ["Order the badges"]);
    }

    #[test]
    fn the_members_own_entries_and_notes_stay_and_both_changes_are_conflicts() {
        let base = read(V1);
        let mut local = base.clone();
        // The member adds an item and a note, and renames one the file renames too.
        let week1 = plan_group(&local, 0);
        if let Some(NodeMut::Block(Block::Schedule(g))) = local.node_mut(&week1) {
            g.items.push(Item {
                id: NodeId("item-mine".into()),
                text: "Call the caterer".into(),
                ..Default::default()
            });
        }
        let id = item(&local, "Book the venue").id.clone();
        if let Some(NodeMut::Item(i)) = local.node_mut(&id) {
            i.notes.push("Hall B is free".into());
        }
        let id = item(&local, "Rehearse the demo").id.clone();
        if let Some(NodeMut::Item(i)) = local.node_mut(&id) {
            i.text = "Rehearse the demo twice".into();
        }
        let incoming = read("# Launch\n\nLaunch: March 20, 2027\n\n## Week 1 (Mar 1-5, 2027)\n- [ ] Write the copy\n- [ ] Book the venue\n- [ ] Order the badges\n\n## Week 2 (Mar 8-12, 2027)\n- [ ] Rehearse the demo with sales\n");
        let (plan, report) = follow(&local, &base, &incoming);
        assert!(texts(&plan).contains(&"Call the caterer".to_string()));
        assert_eq!(item(&plan, "Book the venue").notes, ["Hall B is free"]);
        // Both renamed: the file's words are kept, the member's listed.
        assert!(texts(&plan).contains(&"Rehearse the demo with sales".to_string()));
        assert_eq!(report.conflicts.len(), 1);
        assert_eq!(report.conflicts[0].other, "Rehearse the demo twice");
    }

    #[test]
    fn an_unchanged_source_changes_nothing_and_a_member_reschedule_stays() {
        let base = read(V1);
        let mut local = base.clone();
        tick(&mut local, "Book the venue");
        local.facts.launch = NaiveDate::from_ymd_opt(2027, 3, 27);
        let (plan, report) = follow(&local, &base, &read(V1));
        assert!(report.is_empty(), "{report:?}");
        assert_eq!(report.summary(), "no changes");
        assert_eq!(plan.facts.launch, local.facts.launch);
        assert!(item(&plan, "Book the venue").done);
        assert_eq!(plan, local);
    }

    #[test]
    fn following_an_unchanged_source_or_an_untouched_copy_is_the_identity() {
        use crate::default_plan::default_plan;
        let base = default_plan().plan;
        let mut local = base.clone();
        for text in ["Finalize Stripe integration", "Deploy to staging"] {
            let found = local
                .schedule_items()
                .find(|i| i.text.contains(text))
                .map(|i| i.id.clone());
            if let Some(NodeMut::Item(i)) = found.and_then(|id| local.node_mut(&id)) {
                i.done = !i.done;
            }
        }
        let (same, report) = follow(&local, &base, &base);
        assert!(report.is_empty(), "{report:?}");
        assert_eq!(same, local);
        // A copy the member never touched becomes the source's new version.
        let incoming = crate::generate::generate(50, crate::generate::default_start(), 1);
        let (plan, _) = follow(&base, &base, &incoming);
        let mut expected = incoming.clone();
        expected.id = base.id.clone();
        expected.date_offsets();
        assert_eq!(
            plan.schedule_items().count(),
            expected.schedule_items().count()
        );
        assert_eq!(texts(&plan), texts(&expected));
    }

    fn plan_group(plan: &Plan, n: usize) -> NodeId {
        plan.sections[n].blocks[0].id().clone()
    }
}

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
//! that the one under the same heading whose words mostly agree (reworded: of three words or
//! more, three in five in common).

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
    /// Entries the source ticked, unticked or decided (committed by a teammate) where the member
    /// had not.
    pub ticked: Vec<String>,
    /// Entries the source removed but this copy keeps, because the member ticked or changed
    /// them.
    pub kept: Vec<String>,
    /// What both changed differently, each said in a sentence that names the entry, what was
    /// kept and what was not.
    pub conflicts: Vec<String>,
}

impl FollowReport {
    /// Whether the source brought nothing.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
            && self.ticked.is_empty()
            && self.kept.is_empty()
            && self.conflicts.is_empty()
    }

    /// "3 entries added, 1 changed, 2 removed", or "no changes".
    pub fn summary(&self) -> String {
        let mut parts = Vec::new();
        let mut part = |n: usize, one: &str, many: &str| {
            if n > 0 {
                parts.push(format!("{n} {}", if n == 1 { one } else { many }));
            }
        };
        part(self.added.len(), "entry added", "entries added");
        part(self.changed.len(), "changed", "changed");
        part(
            self.ticked.len(),
            "ticked or decided in the source",
            "ticked or decided in the source",
        );
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
    let incoming = matched_to(base, local, incoming);
    let mut report = FollowReport::default();
    let mut result = incoming.clone();
    result.id = local.id.clone();

    let base_nodes = index(base);
    let local_nodes = index(local);
    let incoming_nodes = index(&incoming);

    // The plan's own fields: the member's change stays unless the source changed it too.
    plan_fields(&mut result, local, base, &incoming, &mut report);

    // Nodes the member's copy and the source both have: the member's ticks, notes and
    // decisions over the source's. One the member's copy has from elsewhere (not from the
    // version last followed: an entry of their own the file now has too, or a base that could
    // not be stored) is compared with the source's as if the source had not changed it.
    let shared: Vec<NodeId> = ordered(&incoming_nodes)
        .into_iter()
        .map(|(id, _)| id.clone())
        .filter(|id| local_nodes.contains_key(id))
        .collect();
    for id in &shared {
        let (l, i) = (local_nodes[id].node, incoming_nodes[id].node);
        let b = base_nodes.get(id).map_or(i, |b| b.node);
        if let Some(node) = result.node_mut(id) {
            overlay(node, b, l, i, &mut report);
        }
    }

    // What the source added, changed, ticked.
    for (id, entry) in ordered(&incoming_nodes) {
        if !is_entry(entry.node) {
            continue;
        }
        match base_nodes.get(id) {
            None if !local_nodes.contains_key(id) => report.added.push(name(entry.node)),
            None => {}
            Some(b) => {
                if content(b.node) != content(entry.node) {
                    report.changed.push(name(entry.node));
                }
                let member_left = local_nodes
                    .get(id)
                    .is_none_or(|l| state(l.node) == state(b.node));
                if state(b.node) != state(entry.node) && member_left {
                    report.ticked.push(name(entry.node));
                }
            }
        }
    }

    // What stays from the member's copy that the source does not have: entries the member
    // added, and entries the source removed that the member ticked or changed, with the
    // containers they need (a week the source renamed, a day it dropped).
    let in_result: HashSet<NodeId> = index(&result).into_keys().collect();
    let mut keep: HashSet<NodeId> = HashSet::new();
    let mut kept_from_base: Vec<NodeId> = Vec::new();
    for (id, entry) in ordered(&local_nodes) {
        if in_result.contains(id) {
            continue;
        }
        match base_nodes.get(id) {
            None => {
                keep.insert(id.clone());
            }
            Some(b) if changed_by_member(b.node, entry.node) => {
                keep.insert(id.clone());
                kept_from_base.push(id.clone());
            }
            Some(_) => {
                if is_entry(entry.node) {
                    report.removed.push(name(entry.node));
                }
            }
        }
    }
    // Each kept node's containers that the result lacks go with it.
    let mut needed = keep.clone();
    for id in &keep {
        let mut at = local_nodes[id].parent.clone();
        while let Some(parent) = at {
            if in_result.contains(&parent) || !needed.insert(parent.clone()) {
                break;
            }
            at = local_nodes.get(&parent).and_then(|e| e.parent.clone());
        }
    }
    let mut placed: HashSet<NodeId> = HashSet::new();
    let mut aside: Vec<Block> = Vec::new();
    for (id, entry) in ordered(&local_nodes) {
        if !needed.contains(id) || placed.contains(id) {
            continue;
        }
        // The top of a subtree to place: its container is in the result, or it is a section.
        let parent = entry.parent.clone();
        if parent.as_ref().is_some_and(|p| needed.contains(p)) {
            continue;
        }
        let copy = pruned(entry.node, &needed);
        placed.extend(copy.ids());
        let inserted = match (&parent, &copy) {
            (None, Owned::Section(section)) => {
                result.sections.push(section.clone());
                true
            }
            (Some(parent), copy) => {
                insert_under(&mut result, parent, copy.as_ref().unwrap_or(entry.node))
            }
            _ => false,
        };
        if !inserted {
            // No place of its kind: kept aside, as a block of its own where it is one.
            match copy {
                Owned::Block(block) => aside.push(block),
                Owned::Item(item) => aside.push(Block::Schedule(ScheduleGroup {
                    id: NodeId::derive(&item.id, "group", "kept"),
                    items: vec![item],
                    ..Default::default()
                })),
                Owned::Day(day) => aside.push(Block::Schedule(ScheduleGroup {
                    id: NodeId::derive(&day.id, "group", "kept"),
                    days: vec![day],
                    ..Default::default()
                })),
                Owned::Section(section) => result.sections.push(section),
                Owned::Other => {}
            }
        }
    }
    let placed_all: HashSet<NodeId> = index(&result)
        .into_keys()
        .chain(aside.iter().flat_map(|b| subtree_ids(NodeRef::Block(b))))
        .collect();
    for id in kept_from_base {
        if placed_all.contains(&id) && is_entry(local_nodes[&id].node) {
            report.kept.push(name(local_nodes[&id].node));
        }
    }
    if !aside.is_empty() {
        let section_id = NodeId::derive(&result.id, "section", "kept-from-your-copy");
        match result.sections.iter_mut().find(|s| s.id == section_id) {
            Some(section) => section.blocks.extend(aside),
            None => result.sections.push(Section {
                id: section_id,
                title: "Kept from your copy".into(),
                blocks: aside,
                notes: vec![
                    "The source no longer has the place these entries were in; they are kept because you ticked, noted or added them.".into(),
                ],
                ..Default::default()
            }),
        }
    }
    result.date_offsets();
    (result, report)
}

/// A copy of a node of the member's plan, of the kind that decides where it can go.
enum Owned {
    Section(Section),
    Block(Block),
    Day(Day),
    Item(Item),
    Other,
}

impl Owned {
    fn as_ref(&self) -> Option<NodeRef<'_>> {
        match self {
            Owned::Section(s) => Some(NodeRef::Section(s)),
            Owned::Block(b) => Some(NodeRef::Block(b)),
            Owned::Day(d) => Some(NodeRef::Day(d)),
            Owned::Item(i) => Some(NodeRef::Item(i)),
            Owned::Other => None,
        }
    }

    fn ids(&self) -> Vec<NodeId> {
        self.as_ref().map(subtree_ids).unwrap_or_default()
    }
}

/// A copy of `node` holding only the nodes of `needed` under it.
fn pruned(node: NodeRef<'_>, needed: &HashSet<NodeId>) -> Owned {
    fn prune(node: NodeMut<'_>, needed: &HashSet<NodeId>) {
        node.for_each_list(&mut |mut list| {
            list.retain(|id| needed.contains(id));
            list.for_each(&mut |child| prune(child, needed));
        });
    }
    match node {
        NodeRef::Section(s) => {
            let mut s = s.clone();
            prune(NodeMut::Section(&mut s), needed);
            Owned::Section(s)
        }
        NodeRef::Block(b) => {
            let mut b = b.clone();
            prune(NodeMut::Block(&mut b), needed);
            Owned::Block(b)
        }
        NodeRef::Day(d) => {
            let mut d = d.clone();
            prune(NodeMut::Day(&mut d), needed);
            Owned::Day(d)
        }
        NodeRef::Item(i) => Owned::Item(i.clone()),
        // Entries that live only in a block of their kind (a milestone, a metric, a risk…):
        // placed under that block when it is in the result (see `insert_under`); otherwise
        // their block is among the containers kept with them.
        _ => Owned::Other,
    }
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

/// One node the member's copy and the source both have: `node` is the result's (the source's)
/// copy, `base` the version last followed.
fn overlay(
    mut node: NodeMut<'_>,
    base: NodeRef<'_>,
    local: NodeRef<'_>,
    incoming: NodeRef<'_>,
    report: &mut FollowReport,
) {
    let entry = name(incoming);
    let (b, l, i) = (state(base), state(local), state(incoming));
    // Each of the member's marks stays when they changed it; a source that changed it too, to
    // something else, is listed. (Values are compared as values: the release build has no
    // `Debug` text to compare.)
    let mut kept = i.clone();
    let mut conflicts = Vec::new();
    let mut pick = |field: &str, changed: bool, clash: bool, yours: String, theirs: String| {
        if changed && clash {
            conflicts.push(format!(
                "\"{entry}\": your {field} ({yours}) was kept; the source's is {theirs}"
            ));
        }
        changed
    };
    if pick(
        "tick",
        l.done != b.done,
        i.done != b.done && i.done != l.done,
        tick_word(l.done),
        tick_word(i.done),
    ) {
        kept.done = l.done;
    }
    if pick(
        "notes",
        l.notes != b.notes,
        i.notes != b.notes && i.notes != l.notes,
        l.notes.join("; "),
        i.notes.join("; "),
    ) {
        kept.notes = l.notes.clone();
    }
    if pick(
        "decision",
        l.outcome != b.outcome,
        i.outcome != b.outcome && i.outcome != l.outcome,
        decision_words(&l.outcome),
        decision_words(&i.outcome),
    ) {
        kept.outcome = l.outcome.clone();
    }
    if pick(
        "measured value",
        l.actual != b.actual,
        i.actual != b.actual && i.actual != l.actual,
        l.actual.clone().unwrap_or_else(|| "none".into()),
        i.actual.clone().unwrap_or_else(|| "none".into()),
    ) {
        kept.actual = l.actual.clone();
    }
    report.conflicts.extend(conflicts);
    if kept != i {
        set_state(node.reborrow(), &kept);
    }
    let (c_base, c_local, c_in) = (content(base), content(local), content(incoming));
    if c_local != c_base {
        if c_in == c_base {
            set_content(node.reborrow(), local);
        } else if c_in != c_local {
            report.conflicts.push(format!(
                "\"{entry}\": the source's words and date were kept; yours were \"{}\"{}",
                name(local),
                due_of(local)
                    .map(|d| format!(" (due {d})"))
                    .unwrap_or_default()
            ));
        }
    }
}

fn tick_word(done: Option<bool>) -> String {
    match done {
        Some(true) => "done".into(),
        _ => "open".into(),
    }
}

fn decision_words(outcome: &Option<DecisionRecord>) -> String {
    match outcome {
        Some(o) => format!(
            "{} on {}",
            match o.outcome {
                Outcome::Go => "Go",
                Outcome::NoGo => "No-Go",
                Outcome::Fallback => "fallback",
            },
            crate::plan::dates::format_day(o.decided_on, true)
        ),
        None => "none".into(),
    }
}

fn due_of(node: NodeRef<'_>) -> Option<chrono::NaiveDate> {
    match node {
        NodeRef::Item(i) => i.due,
        NodeRef::Block(Block::Decision(d)) => d.date,
        _ => None,
    }
}

/// The plan's title, subtitle, each of its facts (launch date, …) and its notes: the member's
/// change stays unless the source changed the same field too (then the source's is kept and the
/// member's listed).
fn plan_fields(
    result: &mut Plan,
    local: &Plan,
    base: &Plan,
    incoming: &Plan,
    report: &mut FollowReport,
) {
    fn field<T: PartialEq + Clone>(
        name: &str,
        (out, local, base, incoming): (&mut T, &T, &T, &T),
        words: impl Fn(&T) -> String,
        report: &mut FollowReport,
    ) {
        if local == base {
            return;
        }
        if incoming == base {
            *out = local.clone();
        } else if incoming != local {
            report.conflicts.push(format!(
                "The plan's {name}: the source's ({}) was kept; yours was {}",
                words(incoming),
                words(local)
            ));
        }
    }
    let day = |d: &Option<chrono::NaiveDate>| {
        d.map_or("none".into(), |d| crate::plan::dates::format_day(d, true))
    };
    let (l, b, i) = (&local.facts, &base.facts, &incoming.facts);
    // Every fact is named below: a new one does not compile until it is.
    let Facts {
        written_on: _,
        launch: _,
        launch_within: _,
        last_updated: _,
        next_review: _,
        sprint_start: _,
    } = l;
    let f = &mut result.facts;
    field(
        "launch date",
        (&mut f.launch, &l.launch, &b.launch, &i.launch),
        day,
        report,
    );
    field(
        "launch month",
        (
            &mut f.launch_within,
            &l.launch_within,
            &b.launch_within,
            &i.launch_within,
        ),
        |p| {
            p.map_or("none".into(), |p| {
                crate::plan::dates::format_period(&p, true)
            })
        },
        report,
    );
    field(
        "date",
        (
            &mut f.written_on,
            &l.written_on,
            &b.written_on,
            &i.written_on,
        ),
        day,
        report,
    );
    field(
        "last update",
        (
            &mut f.last_updated,
            &l.last_updated,
            &b.last_updated,
            &i.last_updated,
        ),
        day,
        report,
    );
    field(
        "next review",
        (
            &mut f.next_review,
            &l.next_review,
            &b.next_review,
            &i.next_review,
        ),
        day,
        report,
    );
    field(
        "sprint start",
        (
            &mut f.sprint_start,
            &l.sprint_start,
            &b.sprint_start,
            &i.sprint_start,
        ),
        day,
        report,
    );
    field(
        "title",
        (
            &mut result.title,
            &local.title,
            &base.title,
            &incoming.title,
        ),
        String::clone,
        report,
    );
    field(
        "subtitle",
        (
            &mut result.subtitle,
            &local.subtitle,
            &base.subtitle,
            &incoming.subtitle,
        ),
        |t| t.clone().unwrap_or_else(|| "none".into()),
        report,
    );
    field(
        "notes",
        (
            &mut result.notes,
            &local.notes,
            &base.notes,
            &incoming.notes,
        ),
        |n| n.join("; "),
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
        done = done || list.push(node);
    });
    done
}

/// `incoming` with the IDs of entries that moved or were reworded since `base` set back to
/// their IDs in `base` (see the module's comment); and of entries the member added that the
/// file now has too (the member gave them back to it) set to the member's IDs.
fn matched_to(base: &Plan, local: &Plan, incoming: &Plan) -> Plan {
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
    // Reworded: under the same heading, most words in common (and enough words that a
    // coincidence is unlikely: "Email press list" is not "Email customers list").
    let unmatched: Vec<&Seen> = new
        .iter()
        .filter(|n| !old_ids.contains(&n.id) && !renames.contains_key(&n.id))
        .collect();
    for n in unmatched {
        let best = free
            .iter()
            .enumerate()
            .filter(|(_, o)| o.kind == n.kind && words(&o.text) >= 3 && words(&n.text) >= 3)
            .map(|(at, o)| {
                let near = o.parent == n.parent;
                (at, similarity(&o.text, &n.text), near)
            })
            .filter(|&(_, sim, near)| if near { sim >= 0.6 } else { sim >= 0.75 })
            .max_by(|a, b| {
                (a.2, a.1)
                    .partial_cmp(&(b.2, b.1))
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
        if let Some((at, _, _)) = best {
            renames.insert(n.id.clone(), free.remove(at).id.clone());
        }
    }
    // The member's own entries, given back to the file: the same words.
    let mine: Vec<Seen> = seen(local)
        .into_iter()
        .filter(|m| !old_ids.contains(&m.id) && !new_ids.contains(&m.id))
        .collect();
    let mut mine: Vec<&Seen> = mine.iter().collect();
    let unmatched: Vec<&Seen> = new
        .iter()
        .filter(|n| !old_ids.contains(&n.id) && !renames.contains_key(&n.id))
        .collect();
    for n in unmatched {
        if let Some(at) = mine
            .iter()
            .position(|m| m.kind == n.kind && m.text == n.text)
        {
            renames.insert(n.id.clone(), mine.remove(at).id.clone());
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

fn words(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
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

    /// The member's own item in the first week: "Call the caterer", ticked or not.
    fn add_own_item(local: &mut Plan, done: bool) {
        let week1 = plan_group(local, 0);
        if let Some(NodeMut::Block(Block::Schedule(g))) = local.node_mut(&week1) {
            g.items.push(Item {
                id: NodeId("item-mine".into()),
                text: "Call the caterer".into(),
                done,
                ..Default::default()
            });
        }
    }

    #[test]
    fn the_members_own_entries_and_notes_stay_and_both_changes_are_conflicts() {
        let base = read(V1);
        let mut local = base.clone();
        // The member adds an item and a note, and renames one the file renames too.
        add_own_item(&mut local, false);
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
        assert!(
            report.conflicts[0].contains("\"Rehearse the demo twice\""),
            "{:?}",
            report.conflicts
        );
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

    #[test]
    fn ticks_committed_to_the_file_reach_every_member() {
        // A teammate ticked "Book the venue" and committed the file; this member ticked
        // "Write the copy" and nothing else.
        let base = read(V1);
        let mut local = base.clone();
        tick(&mut local, "Write the copy");
        let mut committed = V1.replace("- [ ] Book the venue", "- [x] Book the venue");
        committed = committed.replace("- [ ] Order the badges", "- [x] Order the badges");
        let (plan, report) = follow(&local, &base, &read(&committed));
        assert!(item(&plan, "Book the venue").done);
        assert!(item(&plan, "Order the badges").done);
        assert!(item(&plan, "Write the copy").done);
        assert_eq!(report.ticked, ["Book the venue", "Order the badges"]);
        assert!(!report.is_empty());
        // The member unticks what the file ticked: theirs stays, and the clash is said.
        let mut undone = base.clone();
        tick(&mut undone, "Book the venue");
        let ticked_base = read(&committed);
        let mut mine = ticked_base.clone();
        if let Some(NodeMut::Item(i)) =
            mine.node_mut(&item(&ticked_base, "Book the venue").id.clone())
        {
            i.done = false;
        }
        let unticked_file =
            committed.replace("- [x] Book the venue", "- [ ] Book the venue (re-check)");
        let (plan, _) = follow(&mine, &ticked_base, &read(&unticked_file));
        assert!(!item(&plan, "Book the venue (re-check)").done);
    }

    #[test]
    fn what_the_member_did_in_a_part_the_source_dropped_is_kept_with_its_place() {
        // The source drops week 2 and renames week 1; the member had ticked an item of week 2,
        // noted a day, recorded a decision there and added an item to week 1.
        let v1 = "# Launch\n\nLaunch: March 20, 2027\n\n## Plan\n\n### Week 1 (Mar 1-5, 2027)\n\n#### Monday, Mar 1, 2027\n- [ ] Write the copy\n\n## Week 2 (Mar 8-12, 2027)\n\n### Go/No-Go (Mar 12, 2027)\n\n- [ ] Rehearse the demo\n- [ ] Print the signs\n";
        let base = read(v1);
        let mut local = base.clone();
        tick(&mut local, "Rehearse the demo");
        let decision = crate::schedule::gates::gates(&local)
            .first()
            .map(|g| g.id.clone())
            .unwrap();
        if let Some(NodeMut::Block(Block::Decision(d))) = local.node_mut(&decision) {
            d.outcome = Some(DecisionRecord {
                outcome: Outcome::Go,
                decided_on: NaiveDate::from_ymd_opt(2027, 3, 12).unwrap(),
                note: "all green".into(),
            });
        }
        let mut day_id = None;
        local.for_each_node(|n, _| {
            if let NodeRef::Day(d) = n {
                day_id.get_or_insert(d.id.clone());
            }
        });
        let day_id = day_id.expect("a day");
        if let Some(NodeMut::Day(d)) = local.node_mut(&day_id) {
            d.notes.push("Copy desk is free from 9".into());
            d.items.push(Item {
                id: NodeId("item-mine".into()),
                text: "Call the caterer".into(),
                ..Default::default()
            });
        }
        let incoming = read("# Launch\n\nLaunch: March 20, 2027\n\n## Plan\n\n### Week one (Mar 1-5, 2027)\n\n#### Monday, Mar 1, 2027\n- [ ] Write the copy\n");
        let (plan, report) = follow(&local, &base, &incoming);
        let texts = texts(&plan);
        for kept in ["Write the copy", "Call the caterer", "Rehearse the demo"] {
            assert!(texts.contains(&kept.to_string()), "{kept}: {texts:?}");
        }
        assert!(!texts.contains(&"Print the signs".to_string()));
        assert!(item(&plan, "Rehearse the demo").done);
        // The decision and the day's note are kept too.
        let gates = crate::schedule::gates::gates(&plan);
        assert!(gates.iter().any(|g| g.taken), "{gates:?}");
        let notes = format!("{:?}", plan.sections);
        assert!(notes.contains("Copy desk is free from 9"), "{notes}");
        assert!(
            report.kept.contains(&"Rehearse the demo".to_string()),
            "{report:?}"
        );
        assert_eq!(report.removed, ["Print the signs"]);
        // Every ID once.
        let mut ids = Vec::new();
        plan.for_each_node(|n, _| ids.push(n.id().clone()));
        let unique: HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len());
        // Following again changes nothing and adds no second "kept" section.
        let (again, report) = follow(&plan, &incoming, &incoming);
        assert!(report.is_empty(), "{report:?}");
        assert_eq!(again.sections.len(), plan.sections.len());
    }

    #[test]
    fn an_entry_the_member_gave_back_to_the_file_is_not_doubled() {
        let base = read(V1);
        let mut local = base.clone();
        add_own_item(&mut local, true);
        let incoming = read(&V1.replace(
            "- [ ] Order the badges\n",
            "- [ ] Order the badges\n- [ ] Call the caterer\n",
        ));
        let (plan, report) = follow(&local, &base, &incoming);
        let count = texts(&plan)
            .iter()
            .filter(|t| *t == "Call the caterer")
            .count();
        assert_eq!(count, 1);
        assert!(item(&plan, "Call the caterer").done);
        assert!(report.added.is_empty(), "{report:?}");
    }

    #[test]
    fn a_short_reworded_entry_is_not_taken_for_another() {
        let base = read("# L\n\n## Week 1 (Mar 1-5, 2027)\n- [ ] Email press list\n");
        let mut local = base.clone();
        tick(&mut local, "Email press list");
        let incoming = read("# L\n\n## Week 1 (Mar 1-5, 2027)\n- [ ] Email customers list\n");
        let (plan, report) = follow(&local, &base, &incoming);
        // Not the same task: the tick stays on the old one, kept and listed.
        assert!(item(&plan, "Email press list").done);
        assert!(!item(&plan, "Email customers list").done);
        assert_eq!(report.kept, ["Email press list"]);
    }

    fn plan_group(plan: &Plan, n: usize) -> NodeId {
        plan.sections[n].blocks[0].id().clone()
    }
}

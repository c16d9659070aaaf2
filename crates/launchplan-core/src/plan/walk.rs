//! One way to walk the plan: every node in document order, shared ([`NodeRef`]) or mutable
//! ([`NodeMut`]), and every list of sibling nodes ([`ListMut`]). The shape of the tree (which
//! node holds which lists) is written here once, in [`NodeRef::for_each_list`] and
//! [`NodeMut::for_each_list`]; export, edit, reschedule, calendar, merge and validation all walk
//! through them, so a new kind of node or list is added in this file and the compiler points at
//! every `match` that must learn it.

use super::model::*;
use super::NodeId;
use chrono::NaiveDate;

/// A shared handle on one node of the plan, whatever its kind.
#[derive(Debug, Clone, Copy)]
pub enum NodeRef<'a> {
    Section(&'a Section),
    Block(&'a Block),
    Day(&'a Day),
    Item(&'a Item),
    Milestone(&'a Milestone),
    Point(&'a Point),
    Metric(&'a Metric),
    Risk(&'a Risk),
    Contingency(&'a Contingency),
    Comm(&'a CommEntry),
}

/// A mutable handle on one node of the plan, whatever its kind.
#[derive(Debug)]
pub enum NodeMut<'a> {
    Section(&'a mut Section),
    Block(&'a mut Block),
    Day(&'a mut Day),
    Item(&'a mut Item),
    Milestone(&'a mut Milestone),
    Point(&'a mut Point),
    Metric(&'a mut Metric),
    Risk(&'a mut Risk),
    Contingency(&'a mut Contingency),
    Comm(&'a mut CommEntry),
}

/// A list of sibling nodes, shared.
#[derive(Debug, Clone, Copy)]
pub enum ListRef<'a> {
    Sections(&'a [Section]),
    Blocks(&'a [Block]),
    Days(&'a [Day]),
    Items(&'a [Item]),
    Milestones(&'a [Milestone]),
    Points(&'a [Point]),
    Metrics(&'a [Metric]),
    Risks(&'a [Risk]),
    Contingencies(&'a [Contingency]),
    Comms(&'a [CommEntry]),
}

/// A list of sibling nodes, mutable: what deleting and reordering act on.
#[derive(Debug)]
pub enum ListMut<'a> {
    Sections(&'a mut Vec<Section>),
    Blocks(&'a mut Vec<Block>),
    Days(&'a mut Vec<Day>),
    Items(&'a mut Vec<Item>),
    Milestones(&'a mut Vec<Milestone>),
    Points(&'a mut Vec<Point>),
    Metrics(&'a mut Vec<Metric>),
    Risks(&'a mut Vec<Risk>),
    Contingencies(&'a mut Vec<Contingency>),
    Comms(&'a mut Vec<CommEntry>),
}

/// Runs `$body` with `$v` bound to the list inside any list variant.
macro_rules! each_list {
    ($list:expr, $kind:ident, $v:ident => $body:expr) => {
        match $list {
            $kind::Sections($v) => $body,
            $kind::Blocks($v) => $body,
            $kind::Days($v) => $body,
            $kind::Items($v) => $body,
            $kind::Milestones($v) => $body,
            $kind::Points($v) => $body,
            $kind::Metrics($v) => $body,
            $kind::Risks($v) => $body,
            $kind::Contingencies($v) => $body,
            $kind::Comms($v) => $body,
        }
    };
}

/// What every node has: an ID.
pub trait Node {
    fn node_id(&self) -> &NodeId;
    fn node_id_mut(&mut self) -> &mut NodeId;
}

macro_rules! node {
    ($($t:ty),*) => {$(
        impl Node for $t {
            fn node_id(&self) -> &NodeId { &self.id }
            fn node_id_mut(&mut self) -> &mut NodeId { &mut self.id }
        }
    )*};
}
node!(
    Plan,
    MilestoneGroup,
    ScheduleGroup,
    DecisionPoint,
    MetricGroup,
    RiskGroup,
    ContingencyList,
    CommChannel,
    Section,
    Day,
    Item,
    Milestone,
    Point,
    Metric,
    Risk,
    Contingency,
    CommEntry
);

impl Node for Block {
    fn node_id(&self) -> &NodeId {
        self.id()
    }
    fn node_id_mut(&mut self) -> &mut NodeId {
        match self {
            Block::Milestones(b) => &mut b.id,
            Block::Schedule(b) => &mut b.id,
            Block::Decision(b) => &mut b.id,
            Block::Metrics(b) => &mut b.id,
            Block::Risks(b) => &mut b.id,
            Block::Contingencies(b) => &mut b.id,
            Block::Communication(b) => &mut b.id,
        }
    }
}

impl<'a> NodeRef<'a> {
    /// The lists of child nodes this node holds, in document order. (The tree's shape, shared;
    /// [`NodeMut::for_each_list`] is its mutable twin and a test keeps the two equal.)
    pub fn for_each_list(self, f: &mut dyn FnMut(ListRef<'a>)) {
        match self {
            NodeRef::Section(s) => f(ListRef::Blocks(&s.blocks)),
            NodeRef::Block(Block::Milestones(g)) => f(ListRef::Milestones(&g.milestones)),
            NodeRef::Block(Block::Schedule(g)) => {
                f(ListRef::Items(&g.items));
                f(ListRef::Days(&g.days));
            }
            NodeRef::Block(Block::Metrics(g)) => f(ListRef::Metrics(&g.metrics)),
            NodeRef::Block(Block::Risks(g)) => f(ListRef::Risks(&g.risks)),
            NodeRef::Block(Block::Contingencies(l)) => f(ListRef::Contingencies(&l.plans)),
            NodeRef::Block(Block::Communication(c)) => f(ListRef::Comms(&c.entries)),
            NodeRef::Day(d) => f(ListRef::Items(&d.items)),
            NodeRef::Milestone(m) => f(ListRef::Points(&m.points)),
            NodeRef::Block(Block::Decision(_))
            | NodeRef::Item(_)
            | NodeRef::Point(_)
            | NodeRef::Metric(_)
            | NodeRef::Risk(_)
            | NodeRef::Contingency(_)
            | NodeRef::Comm(_) => {}
        }
    }

    /// Calls `f` with this node and every node under it, in document order, each node before
    /// its children, with the node that holds it (None for this one).
    pub fn for_each_node(self, mut f: impl FnMut(NodeRef<'a>, Option<NodeRef<'a>>)) {
        walk(self, None, &mut f);
    }

    /// The node's ID.
    pub fn id(self) -> &'a NodeId {
        match self {
            NodeRef::Section(n) => &n.id,
            NodeRef::Block(n) => n.id(),
            NodeRef::Day(n) => &n.id,
            NodeRef::Item(n) => &n.id,
            NodeRef::Milestone(n) => &n.id,
            NodeRef::Point(n) => &n.id,
            NodeRef::Metric(n) => &n.id,
            NodeRef::Risk(n) => &n.id,
            NodeRef::Contingency(n) => &n.id,
            NodeRef::Comm(n) => &n.id,
        }
    }

    /// The period the node names ("Week 1: Feb 10-14"), when it has one.
    pub fn period(self) -> Option<super::dates::Period> {
        match self {
            NodeRef::Block(Block::Milestones(g)) => g.period,
            NodeRef::Block(Block::Schedule(g)) => g.period,
            NodeRef::Milestone(m) => m.period,
            NodeRef::Item(i) => i.within,
            NodeRef::Section(_)
            | NodeRef::Block(
                Block::Decision(_)
                | Block::Metrics(_)
                | Block::Risks(_)
                | Block::Contingencies(_)
                | Block::Communication(_),
            )
            | NodeRef::Day(_)
            | NodeRef::Point(_)
            | NodeRef::Metric(_)
            | NodeRef::Risk(_)
            | NodeRef::Contingency(_)
            | NodeRef::Comm(_) => None,
        }
    }

    /// Every calendar day the node states (not its children's), for validation.
    pub fn dates(self) -> Vec<NaiveDate> {
        let period = |p: &Option<super::dates::Period>| {
            p.map(|p| vec![p.first_day(), p.last_day()])
                .unwrap_or_default()
        };
        match self {
            NodeRef::Block(Block::Milestones(g)) => period(&g.period),
            NodeRef::Block(Block::Schedule(g)) => period(&g.period),
            NodeRef::Block(Block::Decision(d)) => d
                .date
                .into_iter()
                .chain(d.outcome.as_ref().map(|o| o.decided_on))
                .collect(),
            NodeRef::Block(Block::Metrics(g)) => g.date.into_iter().collect(),
            NodeRef::Block(Block::Risks(g)) => g.resolve_by.into_iter().collect(),
            NodeRef::Milestone(m) => period(&m.period),
            NodeRef::Day(d) => vec![d.date],
            NodeRef::Item(i) => i.due.into_iter().collect(),
            NodeRef::Contingency(c) => c.date.into_iter().collect(),
            NodeRef::Comm(e) => match e.when {
                Some(Cadence::On(d)) => vec![d],
                _ => Vec::new(),
            },
            NodeRef::Section(_)
            | NodeRef::Block(Block::Contingencies(_) | Block::Communication(_))
            | NodeRef::Point(_)
            | NodeRef::Metric(_)
            | NodeRef::Risk(_) => Vec::new(),
        }
    }

    /// The node's name or text (a title, a label, an entry; not its notes or asides), each
    /// with its field's name in the file, for validation.
    pub fn texts(self) -> Vec<(&'static str, &'a str)> {
        match self {
            NodeRef::Section(s) => vec![("title", &s.title)],
            NodeRef::Block(Block::Milestones(g)) => vec![("title", &g.title)],
            NodeRef::Block(Block::Schedule(g)) => vec![("label", &g.label)],
            NodeRef::Block(Block::Decision(d)) => vec![("title", &d.title)],
            NodeRef::Block(Block::Metrics(g)) => vec![("title", &g.title)],
            NodeRef::Block(Block::Risks(g)) => vec![("title", &g.title)],
            NodeRef::Block(Block::Contingencies(l)) => vec![("title", &l.title)],
            NodeRef::Block(Block::Communication(c)) => vec![("audience", &c.audience)],
            NodeRef::Day(_) => Vec::new(),
            NodeRef::Item(i) => vec![("text", &i.text)],
            NodeRef::Milestone(m) => vec![("title", &m.title)],
            NodeRef::Point(p) => vec![("text", &p.text)],
            NodeRef::Metric(m) => vec![("text", &m.text)],
            NodeRef::Risk(r) => vec![("text", &r.text)],
            NodeRef::Contingency(c) => vec![("trigger", &c.trigger), ("action", &c.action)],
            NodeRef::Comm(e) => vec![("text", &e.text)],
        }
    }
}

impl<'a> ListRef<'a> {
    /// Calls `f` with each node of the list, in order.
    pub fn for_each(self, f: &mut dyn FnMut(NodeRef<'a>)) {
        match self {
            ListRef::Sections(v) => v.iter().for_each(|n| f(NodeRef::Section(n))),
            ListRef::Blocks(v) => v.iter().for_each(|n| f(NodeRef::Block(n))),
            ListRef::Days(v) => v.iter().for_each(|n| f(NodeRef::Day(n))),
            ListRef::Items(v) => v.iter().for_each(|n| f(NodeRef::Item(n))),
            ListRef::Milestones(v) => v.iter().for_each(|n| f(NodeRef::Milestone(n))),
            ListRef::Points(v) => v.iter().for_each(|n| f(NodeRef::Point(n))),
            ListRef::Metrics(v) => v.iter().for_each(|n| f(NodeRef::Metric(n))),
            ListRef::Risks(v) => v.iter().for_each(|n| f(NodeRef::Risk(n))),
            ListRef::Contingencies(v) => v.iter().for_each(|n| f(NodeRef::Contingency(n))),
            ListRef::Comms(v) => v.iter().for_each(|n| f(NodeRef::Comm(n))),
        }
    }

    /// The field that holds the list in the JSON file ("days"), for paths in messages.
    pub fn key(self) -> &'static str {
        match self {
            ListRef::Sections(_) => "sections",
            ListRef::Blocks(_) => "blocks",
            ListRef::Days(_) => "days",
            ListRef::Items(_) => "items",
            ListRef::Milestones(_) => "milestones",
            ListRef::Points(_) => "points",
            ListRef::Metrics(_) => "metrics",
            ListRef::Risks(_) => "risks",
            ListRef::Contingencies(_) => "plans",
            ListRef::Comms(_) => "entries",
        }
    }
}

impl<'a> NodeMut<'a> {
    /// The lists of child nodes this node holds, in document order (see [`NodeRef::for_each_list`]).
    pub fn for_each_list(self, f: &mut dyn FnMut(ListMut<'a>)) {
        match self {
            NodeMut::Section(s) => f(ListMut::Blocks(&mut s.blocks)),
            NodeMut::Block(Block::Milestones(g)) => f(ListMut::Milestones(&mut g.milestones)),
            NodeMut::Block(Block::Schedule(g)) => {
                f(ListMut::Items(&mut g.items));
                f(ListMut::Days(&mut g.days));
            }
            NodeMut::Block(Block::Metrics(g)) => f(ListMut::Metrics(&mut g.metrics)),
            NodeMut::Block(Block::Risks(g)) => f(ListMut::Risks(&mut g.risks)),
            NodeMut::Block(Block::Contingencies(l)) => f(ListMut::Contingencies(&mut l.plans)),
            NodeMut::Block(Block::Communication(c)) => f(ListMut::Comms(&mut c.entries)),
            NodeMut::Day(d) => f(ListMut::Items(&mut d.items)),
            NodeMut::Milestone(m) => f(ListMut::Points(&mut m.points)),
            NodeMut::Block(Block::Decision(_))
            | NodeMut::Item(_)
            | NodeMut::Point(_)
            | NodeMut::Metric(_)
            | NodeMut::Risk(_)
            | NodeMut::Contingency(_)
            | NodeMut::Comm(_) => {}
        }
    }

    /// A shorter-lived handle on the same node.
    pub fn reborrow(&mut self) -> NodeMut<'_> {
        match self {
            NodeMut::Section(n) => NodeMut::Section(n),
            NodeMut::Block(n) => NodeMut::Block(n),
            NodeMut::Day(n) => NodeMut::Day(n),
            NodeMut::Item(n) => NodeMut::Item(n),
            NodeMut::Milestone(n) => NodeMut::Milestone(n),
            NodeMut::Point(n) => NodeMut::Point(n),
            NodeMut::Metric(n) => NodeMut::Metric(n),
            NodeMut::Risk(n) => NodeMut::Risk(n),
            NodeMut::Contingency(n) => NodeMut::Contingency(n),
            NodeMut::Comm(n) => NodeMut::Comm(n),
        }
    }

    /// The node's ID, to change.
    pub fn id_mut(&mut self) -> &mut NodeId {
        match self {
            NodeMut::Section(n) => &mut n.id,
            NodeMut::Block(n) => n.node_id_mut(),
            NodeMut::Day(n) => &mut n.id,
            NodeMut::Item(n) => &mut n.id,
            NodeMut::Milestone(n) => &mut n.id,
            NodeMut::Point(n) => &mut n.id,
            NodeMut::Metric(n) => &mut n.id,
            NodeMut::Risk(n) => &mut n.id,
            NodeMut::Contingency(n) => &mut n.id,
            NodeMut::Comm(n) => &mut n.id,
        }
    }

    /// The node's ID.
    pub fn id(&self) -> &NodeId {
        match self {
            NodeMut::Section(n) => &n.id,
            NodeMut::Block(n) => n.id(),
            NodeMut::Day(n) => &n.id,
            NodeMut::Item(n) => &n.id,
            NodeMut::Milestone(n) => &n.id,
            NodeMut::Point(n) => &n.id,
            NodeMut::Metric(n) => &n.id,
            NodeMut::Risk(n) => &n.id,
            NodeMut::Contingency(n) => &n.id,
            NodeMut::Comm(n) => &n.id,
        }
    }
}

impl<'a> ListMut<'a> {
    /// A shorter-lived handle on the same list.
    pub fn reborrow(&mut self) -> ListMut<'_> {
        each_list!(self, ListMut, v => list_mut_of(v))
    }

    /// Calls `f` with each node of the list, in order.
    pub fn for_each(self, f: &mut dyn FnMut(NodeMut<'a>)) {
        match self {
            ListMut::Sections(v) => v.iter_mut().for_each(|n| f(NodeMut::Section(n))),
            ListMut::Blocks(v) => v.iter_mut().for_each(|n| f(NodeMut::Block(n))),
            ListMut::Days(v) => v.iter_mut().for_each(|n| f(NodeMut::Day(n))),
            ListMut::Items(v) => v.iter_mut().for_each(|n| f(NodeMut::Item(n))),
            ListMut::Milestones(v) => v.iter_mut().for_each(|n| f(NodeMut::Milestone(n))),
            ListMut::Points(v) => v.iter_mut().for_each(|n| f(NodeMut::Point(n))),
            ListMut::Metrics(v) => v.iter_mut().for_each(|n| f(NodeMut::Metric(n))),
            ListMut::Risks(v) => v.iter_mut().for_each(|n| f(NodeMut::Risk(n))),
            ListMut::Contingencies(v) => v.iter_mut().for_each(|n| f(NodeMut::Contingency(n))),
            ListMut::Comms(v) => v.iter_mut().for_each(|n| f(NodeMut::Comm(n))),
        }
    }

    /// Removes the node with `id` from the list; false when it is not in it.
    pub fn remove(&mut self, id: &NodeId) -> bool {
        let n = self.len();
        self.retain(|x| x != id);
        self.len() != n
    }

    /// How many nodes the list holds.
    pub fn len(&self) -> usize {
        each_list!(self, ListMut, v => v.len())
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Keeps the nodes whose ID `keep` accepts.
    pub fn retain(&mut self, keep: impl Fn(&NodeId) -> bool) {
        each_list!(self, ListMut, v => v.retain(|x| keep(x.node_id())))
    }

    /// Appends a copy of `node` when it is of the list's kind (a day in date order); false
    /// when it is not.
    pub fn push(self, node: NodeRef<'_>) -> bool {
        match (self, node) {
            (ListMut::Sections(v), NodeRef::Section(n)) => v.push(n.clone()),
            (ListMut::Blocks(v), NodeRef::Block(n)) => v.push(n.clone()),
            (ListMut::Days(v), NodeRef::Day(n)) => {
                v.push(n.clone());
                v.sort_by_key(|d| d.date);
            }
            (ListMut::Items(v), NodeRef::Item(n)) => v.push(n.clone()),
            (ListMut::Milestones(v), NodeRef::Milestone(n)) => v.push(n.clone()),
            (ListMut::Points(v), NodeRef::Point(n)) => v.push(n.clone()),
            (ListMut::Metrics(v), NodeRef::Metric(n)) => v.push(n.clone()),
            (ListMut::Risks(v), NodeRef::Risk(n)) => v.push(n.clone()),
            (ListMut::Contingencies(v), NodeRef::Contingency(n)) => v.push(n.clone()),
            (ListMut::Comms(v), NodeRef::Comm(n)) => v.push(n.clone()),
            _ => return false,
        }
        true
    }

    /// Swaps the node with `id` with its neighbour `offset` places away; false when it is not
    /// in the list or at its edge.
    pub fn shift(&mut self, id: &NodeId, offset: isize) -> bool {
        each_list!(self, ListMut, v => {
            let Some(from) = v.iter().position(|x| x.node_id() == id) else {
                return false;
            };
            let Some(to) = from.checked_add_signed(offset).filter(|&to| to < v.len()) else {
                return false;
            };
            v.swap(from, to);
            true
        })
    }
}

/// Builds the [`ListMut`] variant for a list of one node kind.
trait IntoListMut: Sized {
    fn list_mut(v: &mut Vec<Self>) -> ListMut<'_>;
}

macro_rules! into_list_mut {
    ($($t:ty => $variant:ident),*) => {$(
        impl IntoListMut for $t {
            fn list_mut(v: &mut Vec<Self>) -> ListMut<'_> { ListMut::$variant(v) }
        }
    )*};
}
into_list_mut!(Section => Sections, Block => Blocks, Day => Days, Item => Items,
    Milestone => Milestones, Point => Points, Metric => Metrics, Risk => Risks,
    Contingency => Contingencies, CommEntry => Comms);

fn list_mut_of<T: IntoListMut>(v: &mut Vec<T>) -> ListMut<'_> {
    T::list_mut(v)
}

/// Walks `node` and everything under it, in document order, each node before its children.
fn walk<'a>(
    node: NodeRef<'a>,
    parent: Option<NodeRef<'a>>,
    f: &mut dyn FnMut(NodeRef<'a>, Option<NodeRef<'a>>),
) {
    f(node, parent);
    node.for_each_list(&mut |list| list.for_each(&mut |child| walk(child, Some(node), f)));
}

impl NodeMut<'_> {
    /// Calls `f` with each text the writer wrote in the node itself: its title, label or entry,
    /// its asides, criteria, fallback and notes (not its children's, nor ids, days or kinds).
    pub fn for_each_text_mut(&mut self, f: &mut dyn FnMut(&mut String)) {
        let mut each = |texts: &mut [String]| texts.iter_mut().for_each(&mut *f);
        match self {
            NodeMut::Section(s) => {
                each(std::slice::from_mut(&mut s.title));
                each(&mut s.notes);
            }
            NodeMut::Block(Block::Milestones(g)) => {
                each(std::slice::from_mut(&mut g.title));
                each(&mut g.notes);
            }
            NodeMut::Block(Block::Schedule(g)) => {
                each(std::slice::from_mut(&mut g.label));
                each(g.aside.as_mut_slice());
                each(&mut g.notes);
            }
            NodeMut::Block(Block::Decision(d)) => {
                each(std::slice::from_mut(&mut d.title));
                each(d.aside.as_mut_slice());
                each(d.criteria.as_mut_slice());
                each(d.fallback.as_mut_slice());
                each(&mut d.notes);
                if let Some(outcome) = &mut d.outcome {
                    each(std::slice::from_mut(&mut outcome.note));
                }
            }
            NodeMut::Block(Block::Metrics(g)) => {
                each(std::slice::from_mut(&mut g.title));
                each(&mut g.notes);
            }
            NodeMut::Block(Block::Risks(g)) => {
                each(std::slice::from_mut(&mut g.title));
                each(&mut g.notes);
            }
            NodeMut::Block(Block::Contingencies(l)) => {
                each(std::slice::from_mut(&mut l.title));
                each(&mut l.notes);
            }
            NodeMut::Block(Block::Communication(c)) => {
                each(std::slice::from_mut(&mut c.audience));
                each(&mut c.notes);
            }
            NodeMut::Day(d) => {
                each(d.title.as_mut_slice());
                each(&mut d.notes);
            }
            NodeMut::Item(i) => {
                each(std::slice::from_mut(&mut i.text));
                each(&mut i.notes);
            }
            NodeMut::Milestone(m) => {
                each(std::slice::from_mut(&mut m.title));
                each(&mut m.notes);
            }
            NodeMut::Point(p) => each(std::slice::from_mut(&mut p.text)),
            NodeMut::Metric(m) => {
                each(std::slice::from_mut(&mut m.text));
                each(m.actual.as_mut_slice());
                each(&mut m.notes);
            }
            NodeMut::Risk(r) => {
                each(std::slice::from_mut(&mut r.text));
                each(&mut r.notes);
            }
            NodeMut::Contingency(c) => {
                each(std::slice::from_mut(&mut c.trigger));
                each(std::slice::from_mut(&mut c.action));
                each(&mut c.notes);
            }
            NodeMut::Comm(e) => {
                each(std::slice::from_mut(&mut e.text));
                each(&mut e.notes);
            }
        }
    }
}

fn walk_mut(mut node: NodeMut<'_>, f: &mut dyn FnMut(NodeMut<'_>)) {
    f(node.reborrow());
    node.for_each_list(&mut |list| list.for_each(&mut |child| walk_mut(child, f)));
}

fn walk_lists_mut(mut list: ListMut<'_>, f: &mut dyn FnMut(ListMut<'_>)) {
    f(list.reborrow());
    list.for_each(&mut |node| node.for_each_list(&mut |child| walk_lists_mut(child, f)));
}

fn find_mut<'a>(node: NodeMut<'a>, id: &NodeId) -> Option<NodeMut<'a>> {
    if node.id() == id {
        return Some(node);
    }
    let mut found = None;
    node.for_each_list(&mut |list| {
        if found.is_none() {
            list.for_each(&mut |child| {
                if found.is_none() {
                    found = find_mut(child, id);
                }
            });
        }
    });
    found
}

impl Section {
    /// Calls `f` with this section and every node under it, in document order.
    pub fn for_each_node_mut(&mut self, mut f: impl FnMut(NodeMut<'_>)) {
        walk_mut(NodeMut::Section(self), &mut f);
    }
}

impl Plan {
    /// Calls `f` with every node of the plan and the node that holds it (None for a section),
    /// in document order, each node before its children.
    pub fn for_each_node<'a>(&'a self, mut f: impl FnMut(NodeRef<'a>, Option<NodeRef<'a>>)) {
        for section in &self.sections {
            walk(NodeRef::Section(section), None, &mut f);
        }
    }

    /// Calls `f` with every node of the plan, mutable, in document order.
    pub fn for_each_node_mut(&mut self, mut f: impl FnMut(NodeMut<'_>)) {
        for section in &mut self.sections {
            walk_mut(NodeMut::Section(section), &mut f);
        }
    }

    /// Calls `f` with every list of sibling nodes, from the plan's sections down.
    pub fn for_each_list_mut(&mut self, mut f: impl FnMut(ListMut<'_>)) {
        walk_lists_mut(ListMut::Sections(&mut self.sections), &mut f);
    }

    /// The node with `id`, to change.
    pub fn node_mut(&mut self, id: &NodeId) -> Option<NodeMut<'_>> {
        self.sections
            .iter_mut()
            .find_map(|s| find_mut(NodeMut::Section(s), id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::default_plan::default_plan;
    use crate::generate::{default_start, generate};

    /// The shared and the mutable walk see the same nodes in the same order.
    #[test]
    fn the_shared_and_the_mutable_walk_agree() {
        for mut plan in [default_plan().plan, generate(300, default_start(), 5)] {
            let mut shared = Vec::new();
            plan.for_each_node(|n, _| shared.push(n.id().clone()));
            let mut mutable = Vec::new();
            plan.for_each_node_mut(|n| mutable.push(n.id().clone()));
            assert_eq!(shared, mutable);
            let mut listed = 0;
            plan.for_each_list_mut(|list| {
                list.for_each(&mut |_| listed += 1);
            });
            assert_eq!(listed, shared.len(), "every node is in exactly one list");
        }
    }

    /// Every ID in the JSON file is a node the walk visits: no kind of node is left out.
    #[test]
    fn the_walk_visits_every_node_the_file_holds() {
        fn ids(value: &serde_json::Value, out: &mut Vec<String>) {
            match value {
                serde_json::Value::Object(map) => {
                    if let Some(serde_json::Value::String(id)) = map.get("id") {
                        out.push(id.clone());
                    }
                    map.values().for_each(|v| ids(v, out));
                }
                serde_json::Value::Array(items) => items.iter().for_each(|v| ids(v, out)),
                _ => {}
            }
        }
        let plan = default_plan().plan;
        let mut in_file = Vec::new();
        ids(&serde_json::to_value(&plan.sections).unwrap(), &mut in_file);
        let mut walked = Vec::new();
        plan.for_each_node(|n, _| walked.push(n.id().to_string()));
        in_file.sort();
        walked.sort();
        assert_eq!(in_file, walked);
    }

    #[test]
    fn a_node_is_found_by_id_and_its_parent_is_given() {
        let mut plan = default_plan().plan;
        let item = plan.schedule_items().next().unwrap().id.clone();
        let mut parent = None;
        plan.for_each_node(|n, p| {
            if n.id() == &item {
                parent = p.map(|p| p.id().clone());
            }
        });
        assert!(parent.is_some_and(|p| p.as_str().starts_with("day-")));
        assert!(matches!(plan.node_mut(&item), Some(NodeMut::Item(_))));
        assert!(plan.node_mut(&NodeId("nothing".into())).is_none());
    }
}

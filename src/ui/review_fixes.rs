//! The import review's fixes to what the reader made of the rows: a decision point that is a
//! task, a task that is a decision point, a line kept as a note that is either. Each fix changes
//! the plan waiting in the review (Cancel drops it; Replace, Merge or New carry it), and "Undo
//! fix" ([`UndoFix`]) takes back the last, as it does a launch date or year set in the review.

use launchplan_core::plan::dates::format_day;
use launchplan_core::plan::{Block, NodeId, Plan, RowKind};
use leptos::prelude::*;

/// How many rows of each list the review shows (a big plan's full lists would bury the buttons).
const SHOWN: usize = 40;

/// The plan in the review, the year its dates were read in when the file wrote none, and the
/// states both had before each fix.
#[derive(Clone, Copy)]
pub(super) struct Reviewed {
    pub plan: RwSignal<Plan>,
    pub year: RwSignal<Option<i32>>,
    history: StoredValue<Vec<(Plan, Option<i32>)>>,
    can_undo: RwSignal<bool>,
}

impl Reviewed {
    pub fn new(plan: Plan, year: Option<i32>) -> Reviewed {
        Reviewed {
            plan: RwSignal::new(plan),
            year: RwSignal::new(year),
            history: StoredValue::new(Vec::new()),
            can_undo: RwSignal::new(false),
        }
    }

    /// Applies `fix` to the plan; kept (and undoable) only when it changed something.
    pub fn apply(self, fix: impl FnOnce(&mut Plan) -> bool) {
        self.apply_with_year(self.year.get_untracked(), fix);
    }

    /// The same, reading the plan's dates in `year` from now on.
    pub fn apply_with_year(self, year: Option<i32>, fix: impl FnOnce(&mut Plan) -> bool) {
        let mut next = self.plan.get_untracked();
        if fix(&mut next) {
            let before = (self.plan.get_untracked(), self.year.get_untracked());
            self.history.update_value(|h| h.push(before));
            self.plan.set(next);
            self.year.set(year);
            self.can_undo.set(true);
        }
    }

    fn undo(self) {
        let mut last = None;
        self.history.update_value(|h| last = h.pop());
        if let Some((plan, year)) = last {
            self.plan.set(plan);
            self.year.set(year);
        }
        self.can_undo
            .set(self.history.with_value(|h| !h.is_empty()));
    }
}

/// One row of a list: what the list shows of it, and its fix.
#[derive(Clone, PartialEq)]
struct Row {
    text: String,
    date: Option<String>,
    /// None when the other kind would lose something (a tick, a decision taken).
    fix: Option<Fix>,
}

#[derive(Clone, PartialEq)]
enum Fix {
    GateToTask(NodeId),
    TaskToGate(NodeId),
    Note(NodeId, usize),
}

/// One list of the review: its rows (the first [`SHOWN`]) and how many there are.
#[derive(Clone, PartialEq, Default)]
struct List {
    rows: Vec<Row>,
    total: usize,
}

impl List {
    /// The list of `nodes`, each made a row by `row` only when it is shown (a big plan's
    /// thousands of rows are counted, not formatted).
    fn of<T>(nodes: impl Iterator<Item = T>, row: impl Fn(T) -> Row) -> List {
        let mut rows = Vec::new();
        let mut total = 0;
        for node in nodes {
            if total < SHOWN {
                rows.push(row(node));
            }
            total += 1;
        }
        List { rows, total }
    }
}

/// The lists of the review, from the plan.
#[derive(Clone, PartialEq, Default)]
struct Lists {
    gates: List,
    tasks: List,
    notes: List,
}

impl Lists {
    fn of(plan: &Plan) -> Lists {
        Lists {
            gates: List::of(
                plan.blocks().filter_map(|b| match b {
                    Block::Decision(g) => Some(g),
                    _ => None,
                }),
                |g| Row {
                    text: g.title.clone(),
                    date: g.date.map(|d| format_day(d, true)),
                    fix: g.can_be_task().then(|| Fix::GateToTask(g.id.clone())),
                },
            ),
            tasks: List::of(plan.schedule_items(), |i| Row {
                text: i.text.clone(),
                date: i.due.map(|d| format_day(d, true)),
                fix: i.can_be_gate().then(|| Fix::TaskToGate(i.id.clone())),
            }),
            notes: List::of(plan.kept_notes().into_iter(), |n| Row {
                text: n.text,
                date: None,
                fix: Some(Fix::Note(n.holder, n.index)),
            }),
        }
    }
}

/// "Change what was read": the decision points, tasks and notes, each with the fix that makes it
/// the other kind.
#[component]
pub(super) fn ReviewFixes(reviewed: Reviewed) -> impl IntoView {
    let lists = Memo::new(move |_| reviewed.plan.with(Lists::of));
    let apply = move |fix: Fix, kind: RowKind| {
        reviewed.apply(|plan| match fix {
            Fix::GateToTask(id) => plan.gate_to_task(&id),
            Fix::TaskToGate(id) => plan.task_to_gate(&id),
            Fix::Note(holder, index) => plan.note_to(&holder, index, kind),
        })
    };
    let list = move |title: &'static str, empty: &'static str, pick: fn(&Lists) -> &List| {
        let total = move || lists.with(|l| pick(l).total);
        view! {
            <div class="fix-list">
                <h3>{move || format!("{title} ({})", total())}</h3>
                {move || (total() == 0).then(|| view! { <p class="hint">{empty}</p> })}
                <ul>
                    {move || lists.with(|l| pick(l).rows.clone()).into_iter().map(|row| view! {
                        <li>
                            <span class="fix-text">{row.text.clone()}</span>
                            {row.date.clone().map(|d| view! { <span class="fix-date">{d}</span> })}
                            {fix_buttons(row, apply)}
                        </li>
                    }).collect_view()}
                </ul>
                {move || (total() > SHOWN).then(|| view! {
                    <p class="hint">{format!("and {} more (the first {SHOWN} are shown)", total() - SHOWN)}</p>
                })}
            </div>
        }
    };
    // The lists are built when the disclosure is first opened: most imports never open it, and
    // their rows (up to three times forty, with their buttons) would hold up the preview.
    let opened = RwSignal::new(false);
    view! {
        <details
            class="review-fixes"
            data-testid="review-fixes"
            on:toggle=move |ev| {
                if event_target::<web_sys::HtmlDetailsElement>(&ev).open() {
                    opened.set(true);
                }
            }
        >
            <summary>"Change what was read"</summary>
            <p class="hint">"A row read as the wrong kind: make it a task or a decision point. Nothing changes until you choose Replace, Merge or Import as a new plan."</p>
            {move || opened.get().then(|| view! {
                {list("Decision points", "None found.", |l| &l.gates)}
                {list("Tasks", "None found.", |l| &l.tasks)}
                {list("Kept as notes", "Every line was read as part of the plan.", |l| &l.notes)}
            })}
        </details>
    }
}

/// The buttons of one row, each named with the row's text for a screen reader.
fn fix_buttons(row: Row, apply: impl Fn(Fix, RowKind) + Copy + 'static) -> AnyView {
    let Some(fix) = row.fix else {
        return view! { <span class="hint">"ticked or decided: stays as it is"</span> }.into_any();
    };
    let kinds: &[(RowKind, &str)] = match &fix {
        Fix::GateToTask(_) => &[(RowKind::Task, "a task")],
        Fix::TaskToGate(_) => &[(RowKind::Gate, "a decision point")],
        Fix::Note(..) => &[
            (RowKind::Task, "a task"),
            (RowKind::Gate, "a decision point"),
        ],
    };
    kinds
        .iter()
        .map(|&(kind, what)| {
            let fix = fix.clone();
            view! {
                <button
                    type="button"
                    class="small"
                    aria-label=format!("Make \u{201c}{}\u{201d} {what}", row.text)
                    on:click=move |_| apply(fix.clone(), kind)
                >{format!("Make it {what}")}</button>
            }
        })
        .collect_view()
        .into_any()
}

/// Takes back the review's last fix (a row's kind, the launch date, the year).
#[component]
pub(super) fn UndoFix(reviewed: Reviewed) -> impl IntoView {
    view! {
        <button
            type="button"
            prop:disabled=move || !reviewed.can_undo.get()
            on:click=move |_| reviewed.undo()
        >"Undo fix"</button>
    }
}

//! The timeline: the plan from its first to its last date, with weeks, days, decision points,
//! risk deadlines, contingency dates, launch day and today; each point links to its place.

use super::state::use_app_state;
use chrono::NaiveDate;
use launchplan_core::plan::dates::{format_day, format_long};
use launchplan_core::plan::{Block, NodeId, Plan};
use launchplan_core::schedule::gates::gates;
use leptos::prelude::*;

/// One mark on the timeline.
#[derive(Debug, Clone, PartialEq)]
struct Mark {
    target: NodeId,
    kind: &'static str,
    label: String,
    start: NaiveDate,
    end: NaiveDate,
}

fn marks(plan: &Plan) -> Vec<Mark> {
    let mut out = Vec::new();
    let mut mark = |target: &NodeId, kind, label: String, start, end| {
        out.push(Mark {
            target: target.clone(),
            kind,
            label,
            start,
            end,
        })
    };
    for block in plan.blocks() {
        match block {
            Block::Schedule(g) => {
                if let Some(p) = g.period {
                    mark(&g.id, "week", g.label.clone(), p.first_day(), p.last_day());
                }
                for d in &g.days {
                    mark(&d.id, "day", format_long(d.date), d.date, d.date);
                }
            }
            Block::Risks(g) => {
                if let Some(date) = g.resolve_by {
                    mark(
                        &g.id,
                        "risk",
                        format!("Resolve by: {}", g.title),
                        date,
                        date,
                    );
                }
            }
            Block::Contingencies(l) => {
                for c in &l.plans {
                    if let Some(date) = c.date {
                        mark(
                            &c.id,
                            "contingency",
                            format!("Contingency: {}", c.trigger),
                            date,
                            date,
                        );
                    }
                }
            }
            // Decision points, blocks and gate items alike, come from `gates` below.
            Block::Decision(_)
            | Block::Milestones(_)
            | Block::Metrics(_)
            | Block::Communication(_) => {}
        }
    }
    for gate in gates(plan) {
        if let Some(date) = gate.date {
            mark(
                gate.id,
                "decision",
                format!("Decision: {}", gate.title),
                date,
                date,
            );
        }
    }
    // In the order of the calendar, so Tab and the arrow keys walk through time (a week before
    // its days; stable for marks of one day).
    out.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    out
}

/// Arrow keys move between the timeline's marks (Home and End to the first and last).
fn move_between_marks(ev: leptos::ev::KeyboardEvent) {
    use wasm_bindgen::JsCast;
    let Some(current) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .filter(|el| el.class_list().contains("mark"))
    else {
        return;
    };
    let Ok(all) = document().query_selector_all(".timeline a.mark") else {
        return;
    };
    let n = all.length();
    let Some(at) = (0..n).find(|&i| all.item(i).is_some_and(|m| m.is_same_node(Some(&current))))
    else {
        return;
    };
    let to = match ev.key().as_str() {
        "ArrowRight" | "ArrowDown" => (at + 1).min(n.saturating_sub(1)),
        "ArrowLeft" | "ArrowUp" => at.saturating_sub(1),
        "Home" => 0,
        "End" => n.saturating_sub(1),
        _ => return,
    };
    ev.prevent_default();
    if let Some(mark) = all
        .item(to)
        .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = mark.focus();
    }
}

/// A horizontal picture of the plan's dates.
#[component]
pub(crate) fn Timeline() -> impl IntoView {
    let state = use_app_state();
    let data = Memo::new(move |_| state.plan.with(|p| (marks(p), p.facts.launch)));
    let view_marks = move || {
        let (marks, launch) = data.get();
        let first = marks.iter().map(|m| m.start).chain(launch).min()?;
        let last = marks.iter().map(|m| m.end).chain(launch).max()?;
        let span = (last - first).num_days().max(1) as f64;
        // Positions in hundredths of a percent, written without float formatting.
        let at = move |d: NaiveDate| {
            ((d - first).num_days() as f64 / span * 10_000.0).clamp(0.0, 10_000.0) as i64
        };
        let pct = |bp: i64| format!("{}.{:02}%", bp / 100, bp % 100);
        let today = state.today();
        // 26 px a day: each day's mark is a 24 px target that never touches its neighbour's (the
        // positions are rounded to 0.01%); the strip scrolls.
        // Styles go through the CSSOM (`style:`), which the Content-Security-Policy allows;
        // a `style` attribute would be refused.
        let min_width = format!("{}px", (last - first).num_days().max(1) * 26);
        Some(view! {
            <div class="timeline-track" style:min-width=min_width.clone()>
                {marks.into_iter().map(|m| {
                    let left = at(m.start);
                    let width = (at(m.end) - left).max(0);
                    let width = (m.kind == "week").then(|| pct(width));
                    // A week or phase carries its name on its bar.
                    let name = (m.kind == "week").then(|| view! { <span class="mark-name" aria-hidden="true">{m.label.clone()}</span> });
                    view! {
                        <a class=format!("mark mark-{}", m.kind) href=format!("#{}", m.target) style:left=pct(left) style:width=width title=m.label.clone() aria-label=m.label>{name}</a>
                    }
                }).collect_view()}
                {launch.map(|l| view! { <span class="mark mark-launch" style:left=pct(at(l)) title="Launch day">{flag()}</span> })}
                {(first <= today && today <= last).then(|| view! {
                    <span class="mark mark-today" style:left=pct(at(today)) title="Today" data-testid="timeline-today"></span>
                })}
            </div>
            <div class="timeline-ends" style:min-width=min_width><span>{format_long(first)}</span><span>{format_long(last)}</span></div>
        })
    };
    // The decision points by name and date, under the strip (their marks are too close to carry
    // names of their own).
    let gate_list = move || {
        state.plan.with(|p| {
            gates(p)
                .into_iter()
                .filter_map(|g| {
                    let date = g.date?;
                    Some(view! {
                        <li><a href=format!("#{}", g.id)>"◆ "{format_day(date, false)}" · "{g.title.to_string()}</a></li>
                    })
                })
                .collect_view()
        })
    };
    view! {
        <nav class="timeline" aria-label="Timeline" on:keydown=move_between_marks>
            {view_marks}
            <ul class="timeline-gates" aria-label="Decision points">{gate_list}</ul>
            <ul class="timeline-legend" aria-label="Legend">
                <li><span class="swatch swatch-week"></span>"Week or phase"</li>
                <li><span class="swatch swatch-decision"></span>"Decision point"</li>
                <li><span class="swatch swatch-risk"></span>"Risk deadline"</li>
                <li><span class="swatch swatch-contingency"></span>"Contingency"</li>
                <li>{flag()}"Launch day"</li>
                <li><span class="swatch swatch-today"></span>"Today"</li>
            </ul>
        </nav>
    }
}

/// The launch day's flag, drawn in CSS (`.flag`): an emoji is a missing glyph where no emoji
/// font is installed, and an SVG here costs a kilobyte of wasm.
fn flag() -> impl IntoView {
    view! { <span class="flag" aria-hidden="true"></span> }
}

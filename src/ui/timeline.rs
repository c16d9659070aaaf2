//! The timeline: the plan from its first to its last date, with weeks (their progress as a
//! fill), days, decision points, risk deadlines, contingency dates, launch day and today on a
//! date axis of months and weeks; fit to the plan, or zoomed to a month or a quarter; each point
//! links to its place.

use super::reactive::{Derived, Held, Kept};
use super::state::use_app_state;
use chrono::NaiveDate;
use launchplan_core::plan::dates::{format_day, format_long};
use launchplan_core::plan::{Block, NodeId, Plan};
use launchplan_core::schedule::gates::gates_with;
use launchplan_core::schedule::progress::Progress;
use leptos::prelude::*;
use std::collections::HashMap;

/// One mark on the timeline.
#[derive(Debug, Clone, PartialEq)]
struct Mark {
    target: NodeId,
    kind: &'static str,
    label: String,
    start: NaiveDate,
    end: NaiveDate,
}

/// A decision point as the timeline shows it: its node, date and name.
type GateRow = (NodeId, Option<NaiveDate>, String);

/// Which item texts name a decision point, remembered: the timeline reads the plan's gates on
/// every change, and a tick changes no text (a 10,000-item plan read every item's words twice
/// per tick).
#[derive(Default)]
struct GateWords {
    known: HashMap<String, bool>,
}

impl GateWords {
    /// The plan's decision points, in document order.
    fn gates(&mut self, plan: &Plan) -> Vec<GateRow> {
        let mut asked = 0;
        let rows = gates_with(plan, &mut |text| {
            asked += 1;
            if let Some(&gate) = self.known.get(text) {
                return gate;
            }
            // (An answer for the moment is not remembered: see `gate_words`.)
            let gate = super::gate_words::answer(text);
            if let Some(gate) = gate {
                self.known.insert(text.to_string(), gate);
            }
            gate.unwrap_or(false)
        })
        .into_iter()
        .map(|g| (g.id.clone(), g.date, g.title.to_string()))
        .collect();
        // Texts the plan no longer has (edited, another plan opened) are forgotten in time.
        if self.known.len() > 4 * asked + 64 {
            self.known.clear();
        }
        rows
    }
}

/// Each week's or phase's share done, in percent, by its id (none for a week with no tasks).
/// Apart from the marks: a tick changes this and not where the marks are, so the strip is not
/// drawn again, only the fills that moved.
fn week_progress(plan: &Plan) -> std::collections::HashMap<NodeId, u32> {
    plan.blocks()
        .filter_map(|block| match block {
            Block::Schedule(g) if g.period.is_some() => {
                let progress = Progress::of_group(g);
                (progress.total > 0).then(|| (g.id.clone(), progress.percent()))
            }
            _ => None,
        })
        .collect()
}

fn marks(plan: &Plan, gates: &[GateRow]) -> Vec<Mark> {
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
    for (id, date, title) in gates {
        if let Some(date) = *date {
            mark(id, "decision", format!("Decision: {title}"), date, date);
        }
    }
    // In the order of the calendar, so Tab and the arrow keys walk through time (a week before
    // its days; stable for marks of one day).
    out.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    out
}

/// How closely the timeline shows the plan (chosen in the View menu, see [`ZoomControl`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Zoom {
    /// The whole plan: a day a mark of its own while the plan is no longer than about half a
    /// year (the strip scrolls), the width of the page beyond.
    Fit,
    /// About a month across a laptop's screen.
    Month,
    /// About a quarter across it.
    Quarter,
}

/// The scale a zoom gives a plan of `days` days: pixels a day (0: as wide as the page), and
/// whether each day has a mark of its own (a 24 px target needs 26 px a day).
fn scale(zoom: Zoom, days: i64) -> (i64, bool) {
    match zoom {
        Zoom::Fit if days <= 200 => (26, true),
        Zoom::Fit => (0, false),
        Zoom::Month => (44, true),
        Zoom::Quarter => (12, false),
    }
}

/// A label of the date axis: the first of a month ("Mar 2026"), or a week's Monday ("Mar 9").
#[derive(Debug, Clone, PartialEq, Eq)]
struct Tick {
    date: NaiveDate,
    label: String,
    month: bool,
}

/// The axis from `first` to `last`: every month's first day, and each Monday when a week is
/// wide enough for its label (`weeks`).
fn axis(first: NaiveDate, last: NaiveDate, weeks: bool) -> Vec<Tick> {
    use chrono::{Datelike, Weekday};
    let mut out = Vec::new();
    let mut day = first;
    while day <= last && out.len() < 800 {
        if day.day() == 1 || day == first {
            out.push(Tick {
                date: day,
                label: format!("{} {}", month_abbr(day.month()), day.year()),
                month: true,
            });
        } else if weeks && day.weekday() == Weekday::Mon {
            out.push(Tick {
                date: day,
                label: format_day(day, false),
                month: false,
            });
        }
        day = match day.succ_opt() {
            Some(next) => next,
            None => break,
        };
    }
    // A Monday's label next to a month's would overlap it ("Mar 2026" and "Mar 2").
    let months: Vec<NaiveDate> = out.iter().filter(|t| t.month).map(|t| t.date).collect();
    out.retain(|t| t.month || months.iter().all(|m| (t.date - *m).num_days().abs() > 3));
    out
}

fn month_abbr(month: u32) -> &'static str {
    [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .get(month.saturating_sub(1) as usize)
    .copied()
    .unwrap_or("")
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
    let zoom = use_zoom();
    // The decision points, read once per change for the marks and the list under the strip.
    // Neither they nor the marks change with a tick (`with_words`): only the weeks' fills do.
    let words = Kept::new(GateWords::default());
    let gate_list = Derived::new(move || {
        state.with_words(|p| words.try_update_value(|w| w.gates(p)).unwrap_or_default())
    });
    let data = Derived::new(move || {
        state.with_words(|p| gate_list.with(|g| (marks(p, g), p.facts.launch)))
    });
    let progress = Derived::new(move || state.plan.with(week_progress));
    // The weeks on the strip and their signals (set when the strip is drawn); a tick sets the
    // signals of the weeks whose share changed.
    let fills: Kept<Vec<(NodeId, RwSignal<Option<u32>>)>> = Kept::new(Vec::new());
    super::reactive::effect(move || {
        progress.with(|p| {
            fills.with_value(|weeks| {
                for (id, done) in weeks {
                    // A strip drawn anew (another plan, a zoom) has let go of its old signals
                    // before it lists the new ones: those are skipped.
                    let now = p.get(id).copied();
                    if done.try_get_untracked().is_some_and(|was| was != now) {
                        done.try_set(now);
                    }
                }
            })
        })
    });
    let view_marks = move || {
        let (marks, launch) = data.get();
        let first = marks.iter().map(|m| m.start).chain(launch).min()?;
        let last = marks.iter().map(|m| m.end).chain(launch).max()?;
        let days = (last - first).num_days().max(1);
        let (per_day, each_day) = scale(zoom.get(), days);
        let marks: Vec<Mark> = marks
            .into_iter()
            .filter(|m| each_day || m.kind != "day")
            .collect();
        let ticks = axis(first, last, per_day >= 12 || each_day);
        let span = days as f64;
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
        let min_width = (per_day > 0).then(|| format!("{}px", days * per_day));
        // A week or phase carries its name on its mark and its progress as a fill on its bar:
        // its own signal, set by `fills` when its share changes, so a tick redraws that week's
        // fill and name and nothing else. The bars are a layer of their own under the marks
        // (each an isolated stacking context, `style/main.css`): a tick repaints the bars, and
        // the browser keeps the marks as painted (742 decision points on a 10,000-item plan,
        // whose paint and layout on a tick were 5-6 ms of the frame); a transformed mark would
        // be a layer for the compositor to sort on every tick, so none is.
        let mut weeks = Vec::new();
        let mut bars = Vec::new();
        let drawn = marks
            .into_iter()
            .map(|m| {
                let left = at(m.start);
                let width = (at(m.end) - left).max(0);
                let week = m.kind == "week";
                let done = week.then(|| {
                    let done = RwSignal::new(progress.with_untracked(|p| p.get(&m.target).copied()));
                    weeks.push((m.target.clone(), done));
                    done
                });
                let share = move || done.and_then(|d| d.get());
                if week {
                    let fill = move || share().map(|done| view! { <span class="mark-fill" style:width=format!("{done}%")></span> });
                    bars.push(view! { <span class="week-bar" style:left=pct(left) style:width=pct(width)>{fill}</span> });
                }
                let name = week.then(|| view! { <span class="mark-name" aria-hidden="true">{m.label.clone()}</span> });
                let base = m.label;
                let label = move || match share() {
                    Some(done) => format!("{base}: {done}% done"),
                    None => base.clone(),
                };
                view! {
                    <a class=format!("mark mark-{}", m.kind) href=format!("#{}", m.target) style:left=pct(left) style:width=week.then(|| pct(width)) title=label.clone() aria-label=label>{name}</a>
                }
            })
            .collect_view();
        fills.set_value(weeks);
        Some(view! {
            <div class="timeline-track" style:min-width=min_width.clone()>
                <div class="timeline-bars" aria-hidden="true">{bars}</div>
                <div class="timeline-marks">
                    {drawn}
                    {launch.map(|l| view! { <span class="mark mark-launch" style:left=pct(at(l)) title="Launch day">{flag()}</span> })}
                    {(first <= today && today <= last).then(|| view! {
                        <span class="mark mark-today" style:left=pct(at(today)) title="Today" data-testid="timeline-today"></span>
                    })}
                </div>
            </div>
            <div class="timeline-axis" style:min-width=min_width.clone() aria-hidden="true">
                {ticks.into_iter().map(|t| view! {
                    <span class=if t.month { "tick tick-month" } else { "tick" } style:left=pct(at(t.date))>{t.label}</span>
                }).collect_view()}
            </div>
            <div class="timeline-ends" style:min-width=min_width><span>{format_long(first)}</span><span>{format_long(last)}</span></div>
        })
    };
    // The decision points by name and date, under the strip (their marks are too close to carry
    // names of their own).
    // Drawn again only when a gate's name, date or place changes, not on every tick. (The dated
    // gates in the list's own type: Leptos builds its memo code once per type of value.)
    let gate_rows = Derived::new(move || {
        gate_list.with(|gates| {
            gates
                .iter()
                .filter(|(_, date, _)| date.is_some())
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let gate_list = move || {
        gate_rows
            .get()
            .into_iter()
            .filter_map(|(id, date, title)| {
                let date = format_day(date?, false);
                Some(view! {
                    <li><a href=format!("#{id}")>"◆ "{date}" · "{title}</a></li>
                })
            })
            .collect_view()
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

/// The timeline's zoom, shared by the timeline and the View menu.
#[derive(Clone, Copy)]
pub(crate) struct TimelineZoom(Held<Zoom>);

/// Provides the timeline's zoom (the whole plan to start with).
pub(crate) fn provide_zoom() {
    provide_context(TimelineZoom(Held::new(Zoom::Fit)));
}

fn use_zoom() -> Held<Zoom> {
    expect_context::<TimelineZoom>().0
}

/// "Timeline: whole plan / month / quarter", for the View menu.
#[component]
pub(crate) fn ZoomControl() -> impl IntoView {
    let zoom = use_zoom();
    view! {
        <label class="timeline-zoom">
            "Timeline "
            <select aria-label="Timeline zoom" on:change=move |ev| zoom.set(match event_target_value(&ev).as_str() {
                "month" => Zoom::Month,
                "quarter" => Zoom::Quarter,
                _ => Zoom::Fit,
            })>
                <option value="fit" selected=move || zoom.get() == Zoom::Fit>"Whole plan"</option>
                <option value="month" selected=move || zoom.get() == Zoom::Month>"Month"</option>
                <option value="quarter" selected=move || zoom.get() == Zoom::Quarter>"Quarter"</option>
            </select>
        </label>
    }
}

/// The launch day's flag, drawn in CSS (`.flag`): an emoji is a missing glyph where no emoji
/// font is installed, and an SVG here costs a kilobyte of wasm.
fn flag() -> impl IntoView {
    view! { <span class="flag" aria-hidden="true"></span> }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_sprint_shows_every_day_and_a_year_fits_the_page() {
        assert_eq!(scale(Zoom::Fit, 14), (26, true));
        assert_eq!(scale(Zoom::Fit, 160), (26, true));
        assert_eq!(scale(Zoom::Fit, 365), (0, false));
        assert_eq!(scale(Zoom::Month, 365), (44, true));
        assert_eq!(scale(Zoom::Quarter, 14), (12, false));
    }

    #[test]
    fn the_axis_names_months_and_mondays() {
        let ticks = axis(d(2026, 2, 10), d(2026, 3, 10), true);
        let labels: Vec<&str> = ticks.iter().map(|t| t.label.as_str()).collect();
        // Not "Mar 2", a day after the month's label.
        assert_eq!(
            labels,
            ["Feb 2026", "Feb 16", "Feb 23", "Mar 2026", "Mar 9"]
        );
        // Without weeks: the months alone.
        let months: Vec<String> = axis(d(2026, 1, 15), d(2026, 12, 31), false)
            .into_iter()
            .map(|t| t.label)
            .collect();
        assert_eq!(months.len(), 12);
        assert_eq!(months[0], "Jan 2026");
        assert_eq!(months[11], "Dec 2026");
    }
}

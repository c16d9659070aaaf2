//! A plain, read-only view of the whole plan: every section and block with its dates and items.
//! The tracker issue replaces it with the live interface.

use crate::formats::report::ImportReport;
use crate::plan::dates::{format_day, format_long, format_period};
use crate::plan::{Block, Cadence, Item, Plan};
use leptos::prelude::*;

/// The plan, section by section.
#[component]
pub fn PlanView(plan: Plan, report: ImportReport) -> impl IntoView {
    let facts = plan.facts.clone();
    let counts = plan.counts();
    view! {
        <article class="plan" data-testid="plan">
            <h2 class="plan-title">{plan.title.clone()}</h2>
            <p class="plan-facts">
                {facts.launch.map(|d| format!("Launch: {}", format_long(d)))}
                {facts.written_on.map(|d| format!(" · Written on {}", format_long(d)))}
            </p>
            <p class="plan-counts" data-testid="plan-counts">
                {format!(
                    "{} checklist items · {} milestones · {} decision points · {} contingency plans",
                    counts.checklist_items, counts.milestones, counts.decisions, counts.contingencies,
                )}
            </p>
            <ImportNotes report=report />
            {plan.sections.into_iter().map(|section| view! {
                <section class="plan-section">
                    <h3>{section.title}</h3>
                    {section.blocks.into_iter().map(block_view).collect_view()}
                </section>
            }).collect_view()}
        </article>
    }
}

/// What the importer had to say: the summary, then each warning and kept note with its line.
#[component]
fn ImportNotes(report: ImportReport) -> impl IntoView {
    let summary = report.summary();
    let has_details = !report.warnings.is_empty() || !report.unrecognised.is_empty();
    view! {
        <section class="import-report" aria-label="Import report">
            <p data-testid="import-report">{summary}</p>
            <Show when=move || has_details>
                <details>
                    <summary>"Details"</summary>
                    <ul data-testid="import-warnings">
                        {report.warnings.iter().map(|w| {
                            let at = w.line.map(|l| format!("Line {l}: ")).unwrap_or_default();
                            view! { <li>{format!("{at}{}", w.message)}</li> }
                        }).collect_view()}
                        {report.unrecognised.iter().map(|u| {
                            view! { <li>{format!("Line {}: kept as a note: {}", u.line, u.text)}</li> }
                        }).collect_view()}
                    </ul>
                </details>
            </Show>
        </section>
    }
}

fn block_view(block: Block) -> AnyView {
    match block {
        Block::Milestones(g) => view! {
            <div class="block">
                <h4>{g.title}</h4>
                <ul>{g.milestones.into_iter().map(|m| view! {
                    <li>
                        {m.period.map(|p| format!("{}: ", format_period(&p, true)))}
                        {m.title}
                        {if m.done { " (done)" } else { "" }}
                    </li>
                }).collect_view()}</ul>
            </div>
        }
        .into_any(),
        Block::Schedule(g) => view! {
            <div class="block">
                <h4>{g.label}{g.period.map(|p| format!(" {}", format_period(&p, true)))}</h4>
                {checklist(g.items)}
                {g.days.into_iter().map(|day| view! {
                    <h5>{format_day(day.date, true)}{day.title.map(|t| format!(" - {t}"))}</h5>
                    {checklist(day.items)}
                }).collect_view()}
            </div>
        }
        .into_any(),
        Block::Decision(d) => view! {
            <div class="block">
                <h4>{d.date.map(|x| format_day(x, true))}{d.day_label.map(|n| format!(" (Day {n})"))}": "{d.title}</h4>
                <p>{d.criteria.map(|c| format!("Criteria: {c}"))}</p>
                <p>{d.fallback.map(|f| format!("Fallback: {f}"))}</p>
            </div>
        }
        .into_any(),
        Block::Metrics(g) => view! {
            <div class="block">
                <h4>{g.title}{g.date.map(|x| format!(" ({})", format_day(x, true)))}</h4>
                <ul>{g.metrics.into_iter().map(|m| view! {
                    <li>{m.text}{m.target.map(|t| format!(" — target {}", t.describe()))}</li>
                }).collect_view()}</ul>
            </div>
        }
        .into_any(),
        Block::Risks(g) => view! {
            <div class="block">
                <h4>{g.title}{g.resolve_by.map(|x| format!(" — resolve by {}", format_day(x, true)))}</h4>
                <ul>{g.risks.into_iter().map(|r| view! { <li>{r.text}</li> }).collect_view()}</ul>
            </div>
        }
        .into_any(),
        Block::Contingencies(l) => view! {
            <div class="block">
                <h4>{l.title}</h4>
                <ul>{l.plans.into_iter().map(|c| view! {
                    <li>{c.date.map(|x| format!("{}: ", format_day(x, true)))}{c.trigger}" → "{c.action}</li>
                }).collect_view()}</ul>
            </div>
        }
        .into_any(),
        Block::Communication(ch) => view! {
            <div class="block">
                <h4>{ch.audience}</h4>
                <ul>{ch.entries.into_iter().map(|e| view! {
                    <li>{cadence(&e.when)}{e.text}</li>
                }).collect_view()}</ul>
            </div>
        }
        .into_any(),
    }
}

fn cadence(when: &Option<Cadence>) -> String {
    match when {
        Some(Cadence::On(d)) => format!("{}: ", format_day(*d, true)),
        Some(c) => format!("{}: ", c.recurring_label().unwrap_or_default()),
        None => String::new(),
    }
}

fn checklist(items: Vec<Item>) -> impl IntoView {
    view! {
        <ul class="checklist">
            {items.into_iter().map(|item| view! {
                <li>
                    <label>
                        <input type="checkbox" checked=item.done disabled=true />
                        {item.text}
                    </label>
                </li>
            }).collect_view()}
        </ul>
    }
}

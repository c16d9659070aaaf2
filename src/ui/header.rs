//! The header: plan title, the live countdown, today's date, sprint day, overall progress, the
//! next decision point and how many items are overdue or due today.

use super::reactive::Derived;
use super::state::use_app_state;
use chrono::Datelike;
use launchplan_core::plan::dates::{format_long, format_period, weekday_name};
use launchplan_core::schedule::countdown::Countdown;
use launchplan_core::schedule::progress::{Outlook, Overview};
use launchplan_core::schedule::status::days_left;
use leptos::prelude::*;

/// The plan's status line for the day it is viewed as of.
#[component]
pub(crate) fn PlanHeader() -> impl IntoView {
    let state = use_app_state();
    let overview = Derived::new(move || {
        state
            .plan
            .with(|p| Overview::of_with(p, state.today(), &mut super::gate_words::is_gate))
    });
    let countdown = move || {
        let launch = state.plan.with(|p| p.facts.launch)?;
        // Viewing another day counts down from the start of that day; today, from now.
        let now = match state.as_of.get() {
            Some(day) => day.and_hms_opt(0, 0, 0).unwrap_or_default(),
            None => state.now.get(),
        };
        let start = launch.and_hms_opt(0, 0, 0).unwrap_or_default();
        Some(Countdown::at_zoned(
            launch,
            now,
            super::clock::real_time_between(now, start),
        ))
    };
    view! {
        <div class="plan-header">
            <h1 class="plan-title">{move || state.plan.with(|p| p.title.clone())}</h1>
            <div class="countdown" role="timer" aria-live="off" aria-label="Countdown to launch" data-testid="countdown">
                {move || match countdown() {
                    Some(c) => view! {
                        <strong class="countdown-headline">{c.headline()}</strong>
                        <span class="countdown-exact">{c.exact()}</span>
                    }.into_any(),
                    None => view! {
                        <strong class="countdown-headline">
                            {move || match state.plan.with(|p| p.facts.launch_within) {
                                Some(period) => format!("Launch in {}", format_period(&period, true)),
                                None => "No launch date".to_string(),
                            }}
                        </strong>
                    }.into_any(),
                }}
            </div>
            <dl class="figures">
                <div>
                    <dt>"Today"</dt>
                    <dd data-testid="today">{move || {
                        let day = state.today();
                        format!("{}, {}", weekday_name(day.weekday()), format_long(day))
                    }}</dd>
                </div>
                <div>
                    <dt>"Launch"</dt>
                    <dd>{move || state.plan.with(|p| match (p.facts.launch, p.facts.launch_within) {
                        (Some(day), _) => format_long(day),
                        (None, Some(period)) => format_period(&period, true),
                        (None, None) => "not set".into(),
                    })}</dd>
                </div>
                <Show when=move || overview.with(|o| o.sprint_day.is_some())>
                    <div>
                        <dt>"Sprint"</dt>
                        <dd data-testid="sprint-day">{move || overview.with(|o| o.sprint_day.map(|s| format!("Day {} of {}", s.day, s.of)))}</dd>
                    </div>
                </Show>
                <div>
                    <dt>"Progress"</dt>
                    <dd data-testid="progress">
                        {move || overview.with(|o| format!("{} of {} done ({}%)", o.progress.done, o.progress.total, o.progress.percent()))}
                        <progress
                            max="100"
                            prop:value=move || overview.with(|o| o.progress.percent())
                            aria-label="Overall progress"
                        ></progress>
                    </dd>
                </div>
                <div>
                    <dt>"Overdue"</dt>
                    <dd data-testid="overdue-count" class:alarm=move || overview.with(|o| o.overdue > 0)>
                        {move || overview.with(|o| o.overdue.to_string())}
                    </dd>
                </div>
                <div>
                    <dt>"Due today"</dt>
                    <dd data-testid="due-today-count">{move || overview.with(|o| o.due_today.to_string())}</dd>
                </div>
                <div>
                    <dt>"Next decision"</dt>
                    <dd data-testid="next-decision">
                        {move || overview.with(|o| match &o.next_decision {
                            Some(d) => {
                                let when = days_left(d.days_left);
                                let outlook = d.outlook;
                                view! {
                                    <a href=format!("#{}", d.id)>{d.title.clone()}</a>" — "{when}" "
                                    <span class="outlook" class:at-risk=outlook == Outlook::AtRisk class:below=outlook == Outlook::BelowCriteria data-testid="outlook">
                                        {outlook.label()}
                                    </span>
                                }.into_any()
                            }
                            None => "none pending".into_any(),
                        })}
                    </dd>
                </div>
                <div class="now">
                    <dt>"Needs you now"</dt>
                    <dd data-testid="first-now">
                        {move || overview.with(|o| match &o.first_now {
                            Some(t) => {
                                let more = (o.more_now > 0).then(|| format!(" and {} more", o.more_now));
                                view! {
                                    <span class="status-word" class:overdue=t.overdue class:today=!t.overdue>{if t.overdue { "Overdue" } else { "Today" }}</span>" "
                                    <a href=format!("#{}", t.id)>{t.text.clone()}</a>
                                    {more}
                                }.into_any()
                            }
                            None => "nothing overdue or due today".into_any(),
                        })}
                    </dd>
                </div>
            </dl>
        </div>
    }
}

//! What the importer works out after reading: dates a plan implies but does not write.

use crate::plan::{Block as PlanBlock, Plan};

/// Metric groups named "Week N Post-Launch" get launch day + N weeks as their date.
pub(super) fn derive_metric_dates(plan: &mut Plan) {
    let Some(launch) = plan.facts.launch else {
        return;
    };
    for block in plan.sections.iter_mut().flat_map(|s| s.blocks.iter_mut()) {
        let PlanBlock::Metrics(group) = block else {
            continue;
        };
        if group.date.is_some() {
            continue;
        }
        let lower = group.title.to_lowercase();
        if !lower.contains("post-launch")
            && !lower.contains("post launch")
            && !lower.contains("after launch")
        {
            continue;
        }
        let mut words = lower.split_whitespace();
        while let Some(word) = words.next() {
            let days_per = match word {
                "week" => 7,
                "day" => 1,
                _ => continue,
            };
            if let Some(n) = words.next().and_then(|n| n.parse::<i64>().ok()) {
                group.date = n
                    .checked_mul(days_per)
                    .and_then(chrono::TimeDelta::try_days)
                    .and_then(|offset| launch.checked_add_signed(offset));
            }
            break;
        }
    }
}

/// Without "(Day 1 …)" in the text, the sprint starts on the first scheduled day after the plan's date
/// (a day or a span of days: a month or a quarter, "#### January", starts no count).
pub(super) fn derive_sprint_start(plan: &mut Plan) {
    if plan.facts.sprint_start.is_some() {
        return;
    }
    let after = plan.facts.written_on;
    plan.facts.sprint_start = plan
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter())
        .filter_map(|b| match b {
            PlanBlock::Schedule(g) => g
                .days
                .first()
                .map(|d| d.date)
                .or_else(|| g.period.filter(|p| !p.is_coarse()).map(|p| p.first_day())),
            _ => None,
        })
        .find(|d| after.is_none_or(|a| *d > a));
}

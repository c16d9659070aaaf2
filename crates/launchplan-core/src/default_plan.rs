//! The plan every new visitor sees: the BillingOS MVP plan. The build embeds what the Markdown
//! importer makes of it (the plan as JSON, its import report as Rust code written by `build.rs`
//! from the JSON file), so a page load reads JSON and the Markdown importer is fetched only when
//! someone imports a Markdown file. A test keeps the embedded files equal to what the importer
//! makes today.

use crate::formats::json::import_json;
use crate::formats::report::ImportReport;
use crate::plan::Plan;

/// The BillingOS plan exactly as its team wrote it (mojibake included).
pub const BILLINGOS_MARKDOWN: &str = include_str!("../../../plans/billingos-milestones.md");
/// What the Markdown importer makes of it: the plan as an exported file, embedded compact (see
/// `build.rs`; `plans/billingos.launchplan.json` is the same JSON, indented).
const BILLINGOS_PLAN: &str = include_str!(concat!(env!("OUT_DIR"), "/billingos.launchplan.json"));
/// And the report it gives with it (`plans/billingos.report.json`), as code: see `build.rs`.
fn billingos_report() -> ImportReport {
    include!(concat!(env!("OUT_DIR"), "/billingos_report.rs"))
}

/// The default plan and what its import reported.
pub struct DefaultPlan {
    pub plan: Plan,
    pub report: ImportReport,
}

/// Reads the default plan.
pub fn default_plan() -> DefaultPlan {
    DefaultPlan {
        // The embedded files are checked by the test below; a failure here is a broken build.
        plan: import_json(BILLINGOS_PLAN)
            .unwrap_or_else(|e| panic!("the embedded default plan does not read: {e}")),
        report: billingos_report(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::json::export_json;
    use crate::formats::markdown_in::import_markdown;

    /// `UPDATE_DEFAULT_PLAN=1 cargo test embedded` rewrites the files after an importer change.
    #[test]
    fn the_embedded_plan_and_report_are_what_the_markdown_importer_makes() {
        let fresh = import_markdown(BILLINGOS_MARKDOWN);
        let plan = export_json(&fresh.plan) + "\n";
        let report = serde_json::to_string_pretty(&fresh.report).unwrap() + "\n";
        if std::env::var_os("UPDATE_DEFAULT_PLAN").is_some() {
            let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../plans/");
            std::fs::write(format!("{dir}billingos.launchplan.json"), &plan).unwrap();
            std::fs::write(format!("{dir}billingos.report.json"), &report).unwrap();
            return;
        }
        let embedded = default_plan();
        assert!(
            embedded.plan == fresh.plan && embedded.report == fresh.report,
            "plans/billingos.*.json are not what the Markdown importer makes of the BillingOS \
             plan today; run UPDATE_DEFAULT_PLAN=1 cargo test embedded"
        );
    }
}

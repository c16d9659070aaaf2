//! The plan every new visitor sees: the BillingOS MVP plan, embedded in the build and read by the
//! Markdown importer at start, so the importer runs on every page load.

use crate::formats::markdown_in::{import_markdown, MarkdownImport};

/// The BillingOS plan exactly as its team wrote it (mojibake included).
pub const BILLINGOS_MARKDOWN: &str = include_str!("../plans/billingos-milestones.md");

/// Reads the default plan.
pub fn default_plan() -> MarkdownImport {
    import_markdown(BILLINGOS_MARKDOWN)
}

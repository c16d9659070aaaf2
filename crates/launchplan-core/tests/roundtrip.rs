//! Property tests: JSON export → import is the identity for any plan; Markdown export → import
//! keeps every item, date, kind and state of generated plans; the importers never panic.

mod support;

use launchplan_core::formats::json::{export_json, import_json};
use launchplan_core::formats::markdown_in::import_markdown;
use launchplan_core::formats::markdown_out::export_markdown;
use launchplan_core::plan::*;
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::Value;
use support::plan;

/// The plan without IDs and stamps (Markdown carries neither) and without the sprint start
/// when the plan has no schedule to derive it from.
fn content(plan: &Plan) -> Value {
    let mut value = serde_json::to_value(plan).unwrap();
    fn strip(v: &mut Value) {
        match v {
            Value::Object(map) => {
                map.remove("id");
                map.remove("modified");
                map.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    strip(&mut value);
    value
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn json_export_then_import_is_the_identity(plan in plan()) {
        let text = export_json(&plan);
        let back = import_json(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(back, plan);
    }

    #[test]
    fn markdown_export_then_import_keeps_every_item_date_kind_and_state(plan in plan()) {
        let markdown = export_markdown(&plan);
        let back = import_markdown(&markdown);
        prop_assert_eq!(back.report.unrecognised.clone(), vec![], "{}", markdown);
        prop_assert_eq!(content(&back.plan), content(&plan), "{}", markdown);
    }

    #[test]
    fn json_import_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = import_json(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn markdown_import_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = import_markdown(&String::from_utf8_lossy(&bytes));
    }

    /// Text built from the pieces plans are made of reaches far deeper into the importer than random bytes.
    #[test]
    fn markdown_import_never_panics_on_plan_like_text(pieces in prop::collection::vec(select(vec![
        "# ", "## ", "### ", "#### ", "- ", "- [ ] ", "- [x] ", "  - ", "**", "\n", "\n\n", "Feb ", "30", "14", "-", ", 2026",
        "Monday, ", "(Day 5)", "Q4 2025", "Current Date: ", "Target Launch: ", "10 days remaining", "→", "âœ…", "ðŸš€", "Criteria: ",
        "Fallback: ", "Decision: Go (", ")", "Daily: ", "Risk", "Contingency", "Metrics", "Completed", "Communication", "| a |", "```", "> ",
        "<b>", "1. ", "Week 1: ", "Month 2: March 2026", "(Must resolve by ", "$10K", "<2 sec", "Dec 28 - Jan 3, 2027", "Feb 29",
    ]), 0..80)) {
        let text: String = pieces.concat();
        let imported = import_markdown(&text);
        // Whatever came in, what went out reads back without a panic too.
        let _ = import_markdown(&export_markdown(&imported.plan));
        let _ = import_json(&export_json(&imported.plan)).map_err(|e| TestCaseError::fail(format!("{e}")))?;
    }
}

#[test]
fn billingos_survives_both_round_trips() {
    let imported = launchplan_core::default_plan::default_plan();
    let json = export_json(&imported.plan);
    assert_eq!(import_json(&json).unwrap(), imported.plan);
    let again = import_markdown(&export_markdown(&imported.plan));
    assert_eq!(content(&again.plan), content(&imported.plan));
    assert_eq!(again.plan.counts(), imported.plan.counts());
}

/// Every corpus plan keeps its items, their times relative to the launch, their due dates and
/// their done marks through Markdown export and import, whether the plan wrote the time in a
/// heading, a table or the item (a table's rows come back as a list, each with its own date).
/// The held-out round is read too: a plan the rules were not written for must round-trip as
/// well (round 42's reported go came back as a task once it joined the corpus).
#[test]
fn corpus_plans_keep_offsets_dates_and_marks_through_markdown() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    let entries = ["tests/corpus", "tests/heldout"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(root.join(dir)).unwrap());
    for entry in entries {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "md") || path.ends_with("README.md") {
            continue;
        }
        let plan = import_markdown(&std::fs::read_to_string(&path).unwrap()).plan;
        let markdown = export_markdown(&plan);
        let back = import_markdown(&markdown).plan;
        let items = |p: &Plan| {
            p.schedule_items()
                .map(|i| (i.text.clone(), i.done, i.offset, i.due))
                .collect::<Vec<_>>()
        };
        assert_eq!(items(&back), items(&plan), "{}\n{markdown}", path.display());
        assert_eq!(back.facts.launch, plan.facts.launch, "{}", path.display());
        checked += 1;
    }
    assert!(checked >= 25, "only {checked} corpus plans");
}

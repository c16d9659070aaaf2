//! The plan every new visitor sees: the BillingOS MVP plan. The build embeds what the Markdown
//! importer makes of it, so a page load never runs the Markdown importer (fetched only when
//! someone imports a Markdown file), nor the JSON reader: the plan is a compact byte stream that
//! `build.rs` writes from `plans/billingos.launchplan.json` and [`decode`] reads with a function
//! per type of the model; its import report is Rust code that `build.rs` writes from
//! `plans/billingos.report.json`. A test keeps the embedded plan and report equal to what the
//! importer makes today.

mod decode;
#[cfg(test)]
mod encode;

use crate::formats::report::ImportReport;
use crate::plan::Plan;

/// The BillingOS plan exactly as its team wrote it (mojibake included).
pub const BILLINGOS_MARKDOWN: &str = include_str!("../../../plans/billingos-milestones.md");
/// What the Markdown importer makes of it, as bytes `decode` reads (see `build.rs` and
/// `default_plan/encode.rs`; `plans/billingos.launchplan.json` is the same plan as a file).
const BILLINGOS_PLAN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/billingos_plan.bin"));
/// And the report it gives with it (`plans/billingos.report.json`), as code: see `build.rs`.
fn billingos_report() -> ImportReport {
    include!(concat!(env!("OUT_DIR"), "/billingos_report.rs"))
}

/// The texts of its items that name a decision point ([`crate::schedule::gates::is_gate`]), one
/// a line; every other item text of the plan names none. The app's views at start answer from
/// these until the gate words, which are weighed at start, come with the plan reader's chunk.
const BILLINGOS_GATE_ITEMS: &str = include_str!("../../../plans/billingos.gate-items.txt");

/// What the gate words say of each item text of the default plan (true: it names a decision
/// point), from the build's answers: the default plan shows without the gate words' code.
/// `default` is the default plan as [`default_plan`] gave it.
pub fn default_plan_gates(default: &Plan) -> std::collections::HashMap<String, bool> {
    let mut answers = std::collections::HashMap::new();
    default.for_each_node(|node, _| {
        if let crate::plan::NodeRef::Item(i) = node {
            let gate = BILLINGOS_GATE_ITEMS.lines().any(|gate| gate == i.text);
            answers.insert(i.text.clone(), gate);
        }
    });
    answers
}

/// The default plan and what its import reported.
pub struct DefaultPlan {
    pub plan: Plan,
    pub report: ImportReport,
}

/// Reads the default plan.
pub fn default_plan() -> DefaultPlan {
    DefaultPlan {
        // The embedded bytes are checked by the tests below; a failure here is a broken build.
        plan: decode::decode_plan(BILLINGOS_PLAN),
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

    /// `UPDATE_DEFAULT_PLAN=1 cargo test gate_items` rewrites the file after a change of the
    /// gate words or of the plan.
    #[test]
    fn the_default_plans_gate_items_are_what_the_gate_words_say() {
        let plan = default_plan().plan;
        let mut gates = String::new();
        let mut texts = Vec::new();
        plan.for_each_node(|node, _| {
            if let crate::plan::NodeRef::Item(i) = node {
                texts.push(i.text.clone());
                if crate::schedule::gates::is_gate(&i.text) && !gates.lines().any(|g| g == i.text) {
                    gates += &i.text;
                    gates.push('\n');
                }
            }
        });
        if std::env::var_os("UPDATE_DEFAULT_PLAN").is_some() {
            let path = concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../plans/billingos.gate-items.txt"
            );
            std::fs::write(path, &gates).unwrap();
            return;
        }
        assert_eq!(
            BILLINGOS_GATE_ITEMS, gates,
            "plans/billingos.gate-items.txt is not what the gate words say of the default plan; \
             run UPDATE_DEFAULT_PLAN=1 cargo test gate_items"
        );
        // (BillingOS states its decision points as blocks: none of its items is one today.)
        let answers = default_plan_gates(&plan);
        let distinct: std::collections::HashSet<&String> = texts.iter().collect();
        assert_eq!(answers.len(), distinct.len());
        for text in &texts {
            assert_eq!(
                answers[text],
                crate::schedule::gates::is_gate(text),
                "{text}"
            );
        }
    }

    /// A plan that sets every field of every type to something other than its default, and
    /// uses every kind of every enum. The BillingOS plan leaves many fields empty (notes,
    /// stamps, outcomes): two of them read in the wrong order would still compare equal there.
    const EVERY_FIELD: &str = r#"{
      "format": "launchplan", "schema_version": 2,
      "plan": {
        "id": "plan-1", "title": "Every field", "subtitle": "Sous-titre ✅",
        "facts": {
          "written_on": "2026-02-09", "launch": "2026-02-19",
          "launch_within": {"kind": "quarter", "year": 2026, "quarter": 1},
          "last_updated": "2026-02-08", "next_review": "2026-02-10", "sprint_start": "2026-02-11"
        },
        "sections": [{
          "id": "section-1", "title": "All kinds", "notes": ["s1", ""], "modified": 11,
          "blocks": [
            {"milestones": {
              "id": "milestones-1", "title": "Q4", "notes": ["g"], "modified": 12,
              "period": {"kind": "day", "date": "2025-12-31"},
              "milestones": [{
                "id": "milestone-1", "title": "Done", "done": true, "notes": ["m"],
                "modified": 13, "period": {"kind": "month", "year": 2025, "month": 10},
                "points": [{"id": "point-1", "text": "a point", "modified": 14}]
              }]
            }},
            {"schedule": {
              "id": "schedule-1", "label": "Week 1", "aside": "This Week", "notes": ["w"],
              "modified": 15,
              "period": {"kind": "range", "start": "2026-02-09", "end": "2026-02-13"},
              "items": [{
                "id": "item-1", "text": "in the group", "done": true, "due": "2026-03-31",
                "within": {"kind": "month", "year": 2026, "month": 3}, "notes": ["i"],
                "modified": -16
              }],
              "days": [{
                "id": "day-1", "date": "2026-02-10", "title": "LAUNCH DAY", "notes": ["d"],
                "modified": 17,
                "items": [{"id": "item-2", "text": "on the day", "due": "2026-02-10"}]
              }]
            }},
            {"decision": {
              "id": "decision-1", "date": "2026-02-14", "day_label": 5, "aside": "Launch Day",
              "title": "Go?", "criteria": "all green", "fallback": "wait a week",
              "outcome": {"outcome": "no_go", "decided_on": "2026-02-14", "note": "red"},
              "notes": ["x"], "modified": 18
            }},
            {"decision": {
              "id": "decision-2", "title": "Again?",
              "outcome": {"outcome": "go", "decided_on": "2026-02-15"}
            }},
            {"decision": {
              "id": "decision-3", "title": "Last?",
              "outcome": {"outcome": "fallback", "decided_on": "2026-02-16", "note": "n"}
            }},
            {"metrics": {
              "id": "metrics-1", "title": "MVP", "date": "2026-02-19", "notes": ["mg"],
              "modified": 19,
              "metrics": [
                {"id": "metric-1", "text": "fast", "done": true, "actual": "1.4 sec",
                 "notes": ["mt"], "modified": 20,
                 "target": {"comparator": "lt", "value": 1.5, "unit": "sec", "measure": "load"}},
                {"id": "metric-2", "text": "a", "target": {"comparator": "le", "value": 0}},
                {"id": "metric-3", "text": "b", "target": {"comparator": "gt", "value": 1e21}},
                {"id": "metric-4", "text": "c", "target": {"comparator": "ge", "value": -3}},
                {"id": "metric-5", "text": "d", "target": {"comparator": "eq", "value": 0.1}}
              ]
            }},
            {"risks": {
              "id": "risks-1", "title": "Critical", "level": "critical",
              "resolve_by": "2026-02-12", "notes": ["rg"], "modified": 21,
              "risks": [{"id": "risk-1", "text": "fire", "resolved": true, "notes": ["r"],
                         "modified": 22}]
            }},
            {"risks": {"id": "risks-2", "title": "High", "level": "high"}},
            {"risks": {"id": "risks-3", "title": "Medium", "level": "medium"}},
            {"risks": {"id": "risks-4", "title": "Low", "level": "low"}},
            {"risks": {"id": "risks-5", "title": "Other", "level": "unrated"}},
            {"contingencies": {
              "id": "contingencies-1", "title": "Plans", "notes": ["cl"], "modified": 23,
              "plans": [{"id": "contingency-1", "date": "2026-02-15", "trigger": "late",
                         "action": "delay", "notes": ["c"], "modified": 24}]
            }},
            {"communication": {
              "id": "communication-1", "audience": "Internal", "notes": ["ch"], "modified": 25,
              "entries": [
                {"id": "comm-1", "when": "daily", "text": "standup", "done": true,
                 "notes": ["e"], "modified": 26},
                {"id": "comm-2", "when": "weekly", "text": "review"},
                {"id": "comm-3", "when": "monthly", "text": "report"},
                {"id": "comm-4", "when": "ad_hoc", "text": "blockers"},
                {"id": "comm-5", "when": {"on": "2026-02-15"}, "text": "email"},
                {"id": "comm-6", "text": "sometime"}
              ]
            }}
          ]
        }],
        "notes": ["p"], "modified": 1770625800000
      }
    }"#;

    fn decode_text(file: &str) -> Plan {
        let value: serde_json::Value = serde_json::from_str(file).unwrap();
        decode::decode_plan(&encode::encode_file(&value))
    }

    #[test]
    fn a_plan_with_every_field_set_decodes_as_the_json_reader_reads_it() {
        let value: serde_json::Value = serde_json::from_str(EVERY_FIELD).unwrap();
        let read: Plan = serde_json::from_value(value["plan"].clone()).unwrap();
        assert_eq!(decode_text(EVERY_FIELD), read);
    }

    // The decoder reads the bytes to their end: one that stopped early (a field written, never
    // read) would otherwise go unnoticed when what it left out is the last field.
    #[test]
    #[should_panic(expected = "out of step")]
    fn bytes_left_over_stop_the_decoder() {
        let value: serde_json::Value = serde_json::from_str(EVERY_FIELD).unwrap();
        let mut bytes = encode::encode_file(&value);
        bytes.push(0);
        decode::decode_plan(&bytes);
    }

    #[test]
    #[should_panic(expected = "build.rs does not encode the field \"colour\" of a risk")]
    fn a_field_the_encoder_does_not_know_stops_the_build() {
        decode_text(&EVERY_FIELD.replace(r#""text": "fire","#, r#""text": "fire", "colour": 1,"#));
    }

    #[test]
    fn a_day_not_in_the_calendar_stops_the_build() {
        for day in ["2026-02-29", "2026-13-01", "2026-04-31", "2026-02-00"] {
            let text = EVERY_FIELD.replace("2026-03-31", day);
            assert_ne!(text, EVERY_FIELD);
            let value: serde_json::Value = serde_json::from_str(&text).unwrap();
            // The encoder stops, not the decoder later (which would stop every start).
            let stopped = std::panic::catch_unwind(|| encode::encode_file(&value))
                .expect_err(&format!("{day} was encoded"));
            let message = stopped
                .downcast_ref::<String>()
                .cloned()
                .unwrap_or_default();
            assert!(message.contains("days of the calendar"), "{day}: {message}");
        }
        // A leap day is a day.
        decode_text(&EVERY_FIELD.replace("2026-03-31", "2028-02-29"));
    }

    #[test]
    #[should_panic(expected = "build.rs does not encode an item's offset")]
    fn an_offset_stops_the_build() {
        decode_text(&EVERY_FIELD.replace(
            r#""text": "on the day","#,
            r#""text": "on the day", "offset": "T-7d","#,
        ));
    }
}

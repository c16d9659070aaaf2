//! Embeds the default plan without its JSON reader. `plans/billingos.launchplan.json` (kept
//! pretty for review) becomes a compact byte stream in `OUT_DIR` (`billingos_plan.bin`), which
//! `src/default_plan/decode.rs` turns back into the plan with one small function per type of
//! the model: the app shows its first plan without serde_json and the model's `Deserialize`
//! code, which can then be fetched when a file is first read. `src/default_plan/encode.rs`
//! writes the bytes; it stops the build at a field or kind it does not know, so nothing in the
//! file is silently left out. (Rust struct literals of the whole plan, tried first, cost 9.2 KB
//! gzip of code, one constructor per node; this is code per type and data per node.)
//!
//! Its import report (`plans/billingos.report.json`) becomes Rust code instead
//! (`billingos_report.rs`): a page that read it as JSON carried the report's serde readers in
//! its first download (3.8 KB gzip of the app's start-up module), for one constant.

#[path = "src/default_plan/encode.rs"]
mod encode;

use serde_json::Value;
use std::fmt::Write;
use std::path::Path;

fn main() {
    let plans = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../plans");
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    println!("cargo::rerun-if-changed=src/default_plan/encode.rs");
    let read = |name: &str| -> Value {
        let path = plans.join(name);
        println!("cargo::rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("plans/{name}: {e}"));
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("plans/{name} is not JSON: {e}"))
    };
    let plan = encode::encode_file(&read("billingos.launchplan.json"));
    std::fs::write(Path::new(&out).join("billingos_plan.bin"), plan).expect("OUT_DIR is writable");
    let report = report_code(&read("billingos.report.json"));
    std::fs::write(Path::new(&out).join("billingos_report.rs"), report)
        .expect("OUT_DIR is writable");
}

/// The report as a Rust expression of `ImportReport`. Every field is written, so a field added
/// to the type, or one in the file this does not know, stops the build instead of being lost.
fn report_code(report: &Value) -> String {
    let fields = object(report, "the report");
    let mut code = String::from("crate::formats::report::ImportReport {\n");
    for (key, value) in fields {
        let rust = match key.as_str() {
            "mojibake_repairs" => number(value, key),
            "mojibake_lines" => list(value, key, |v| number(v, key)),
            "unrecognised" => list(value, key, unrecognised),
            "warnings" => list(value, key, warning),
            "year_guessed" | "stopped_at_entries" => option(value, |v| number(v, key)),
            other => {
                panic!("plans/billingos.report.json: build.rs does not know the field {other:?}")
            }
        };
        writeln!(code, "    {key}: {rust},").unwrap();
    }
    for optional in ["year_guessed", "stopped_at_entries"] {
        if !fields.contains_key(optional) {
            writeln!(code, "    {optional}: None,").unwrap();
        }
    }
    code.push('}');
    code
}

fn object<'a>(value: &'a Value, what: &str) -> &'a serde_json::Map<String, Value> {
    value
        .as_object()
        .unwrap_or_else(|| panic!("plans/billingos.report.json: {what} is not an object"))
}

fn field<'a>(fields: &'a serde_json::Map<String, Value>, key: &str) -> &'a Value {
    fields
        .get(key)
        .unwrap_or_else(|| panic!("plans/billingos.report.json: no {key:?} in an entry"))
}

fn number(value: &Value, key: &str) -> String {
    value
        .as_u64()
        .unwrap_or_else(|| panic!("plans/billingos.report.json: {key} is not a whole number"))
        .to_string()
}

fn text(value: &Value, key: &str) -> String {
    let s = value
        .as_str()
        .unwrap_or_else(|| panic!("plans/billingos.report.json: {key} is not text"));
    // Debug writes a Rust string literal, escapes included.
    format!("{s:?}.to_string()")
}

fn option(value: &Value, some: impl Fn(&Value) -> String) -> String {
    if value.is_null() {
        "None".into()
    } else {
        format!("Some({})", some(value))
    }
}

fn list(value: &Value, key: &str, each: impl Fn(&Value) -> String) -> String {
    let items = value
        .as_array()
        .unwrap_or_else(|| panic!("plans/billingos.report.json: {key} is not a list"));
    let items: Vec<String> = items.iter().map(each).collect();
    format!("vec![{}]", items.join(", "))
}

fn node_id(value: &Value, key: &str) -> String {
    format!("crate::plan::NodeId({})", text(value, key))
}

fn warning(value: &Value) -> String {
    let w = object(value, "a warning");
    assert_eq!(
        w.len(),
        4,
        "plans/billingos.report.json: a warning has other fields than line, node, kind, message"
    );
    let kind = field(w, "kind")
        .as_str()
        .expect("plans/billingos.report.json: a warning's kind is not text");
    format!(
        "crate::schedule::lint::Warning {{ line: {}, node: {}, kind: crate::schedule::lint::WarningKind::{kind}, message: {} }}",
        option(field(w, "line"), |v| number(v, "line")),
        option(field(w, "node"), |v| node_id(v, "node")),
        text(field(w, "message"), "message"),
    )
}

fn unrecognised(value: &Value) -> String {
    let u = object(value, "an unrecognised line");
    assert_eq!(u.len(), 3, "plans/billingos.report.json: an unrecognised line has other fields than line, text, attached_to");
    format!(
        "crate::formats::report::Unrecognised {{ line: {}, text: {}, attached_to: {} }}",
        number(field(u, "line"), "line"),
        text(field(u, "text"), "text"),
        node_id(field(u, "attached_to"), "attached_to"),
    )
}

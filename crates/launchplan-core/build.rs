//! Embeds the default plan compact: `plans/billingos.launchplan.json` is kept pretty for review,
//! and the build writes the same JSON without its indentation into `OUT_DIR` (13.6 KB instead of
//! 31.6 KB of static data in the app; the page parses it at start).

use std::path::Path;

fn main() {
    let source =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../plans/billingos.launchplan.json");
    println!("cargo::rerun-if-changed={}", source.display());
    let text = std::fs::read_to_string(&source).expect("plans/billingos.launchplan.json");
    let value: serde_json::Value =
        serde_json::from_str(&text).expect("plans/billingos.launchplan.json is JSON");
    let compact = serde_json::to_string(&value).expect("JSON writes");
    let out =
        Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("billingos.launchplan.json");
    std::fs::write(out, compact).expect("OUT_DIR is writable");
}

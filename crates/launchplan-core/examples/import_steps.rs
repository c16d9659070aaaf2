//! Times the core steps of a JSON import of a generated plan (file chosen → preview), natively:
//! `cargo run --release -p launchplan-core --features generate --example import_steps [items]`.
//! The browser's wasm is slower by a factor, but the shares of the steps are what matter.

use launchplan_core::default_plan::default_plan;
use launchplan_core::formats::file::{write_plan, Format};
use launchplan_core::formats::json::{
    check_entries, check_stored_size, encode_stored, import_json,
};
use launchplan_core::formats::understood::Understood;
use launchplan_core::generate::{default_start, generate};
use launchplan_core::merge::compare;
use launchplan_core::plan::{Plan, Stamp};
use std::time::{Duration, Instant};

fn time<T>(label: &str, runs: u32, mut f: impl FnMut() -> T) -> T {
    let mut best = Duration::MAX;
    let mut out = None;
    for _ in 0..runs {
        let t0 = Instant::now();
        let v = f();
        best = best.min(t0.elapsed());
        out = Some(v);
    }
    println!("{label:<45} {:>8.3} ms", best.as_secs_f64() * 1e3);
    out.expect("at least one run")
}

fn main() {
    let items = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(1000);
    let runs = 200;
    let plan = generate(items, default_start(), 1);
    let text = write_plan(&plan, Format::Json, chrono::NaiveDateTime::default());
    println!("{items} items: {} bytes of JSON", text.len());
    let shown = default_plan().plan;
    time("Format::to_read", runs, || {
        Format::to_read("x.launchplan.json", &text)
    });
    time("header pass (IgnoredAny over the text)", runs, || {
        serde_json::from_str::<serde::de::IgnoredAny>(&text).is_ok()
    });
    let imported = time("import_json (all of it)", runs, || {
        import_json(&text).expect("reads")
    });
    time("  check_entries", runs, || check_entries(&imported).is_ok());
    time("  check_stored_size (encode_stored)", runs, || {
        check_stored_size(&imported).is_ok()
    });
    time("  encode_stored alone", runs, || {
        encode_stored(&imported, 0, Stamp::UNKNOWN).len()
    });
    time("plan.clone()", runs, || imported.clone());
    time("compare(default plan, imported)", runs, || {
        compare(&shown, &imported)
    });
    time("Understood::of", runs, || Understood::of(&imported));
    let _: &Plan = &imported;
}

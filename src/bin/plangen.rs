//! Writes generated plans for the benchmark and for trying the app on big plans:
//! `cargo run --bin plangen -- <items> [dir]` writes `<dir>/plan-<items>.launchplan.json` and
//! `<dir>/plan-<items>.md` (dir defaults to the current one).

use launchplan::formats::json::export_json;
use launchplan::formats::markdown_out::export_markdown;
use launchplan::generate::{default_start, generate};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(items) = args.next().and_then(|n| n.parse::<usize>().ok()) else {
        eprintln!("usage: plangen <items> [dir]   (items: how many checklist entries, e.g. 10000)");
        return ExitCode::FAILURE;
    };
    let dir = PathBuf::from(args.next().unwrap_or_else(|| ".".into()));
    let plan = generate(items, default_start(), 42);
    for (name, text) in [
        (format!("plan-{items}.launchplan.json"), export_json(&plan)),
        (format!("plan-{items}.md"), export_markdown(&plan)),
    ] {
        let path = dir.join(name);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("plangen: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("{}", path.display());
    }
    ExitCode::SUCCESS
}

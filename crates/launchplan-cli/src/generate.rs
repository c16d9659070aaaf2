//! `launchplan generate`: plans of any size for the benchmark (what `plangen` did).

use crate::cli::GenerateArgs;
use crate::input::describe;
use launchplan_core::formats::file::{write_plan, Format};
use launchplan_core::generate::{default_start, generate};
use std::io;
use std::path::PathBuf;

/// Why the plans could not be written.
#[derive(Debug, thiserror::Error)]
#[error("cannot write {}: {}", .path.display(), describe(.error))]
pub(crate) struct GenerateError {
    path: PathBuf,
    error: io::Error,
}

/// Writes `plan-<items>.launchplan.json` and `plan-<items>.md` into the directory (made if
/// missing) and returns their paths.
pub(crate) fn run(args: &GenerateArgs) -> Result<Vec<PathBuf>, GenerateError> {
    let fail = |path: &PathBuf| {
        let path = path.clone();
        move |error| GenerateError { path, error }
    };
    std::fs::create_dir_all(&args.dir).map_err(fail(&args.dir))?;
    let plan = generate(args.items, default_start(), args.seed);
    let now = chrono::NaiveDateTime::default();
    let mut written = Vec::new();
    for (name, format) in [
        (format!("plan-{}.launchplan.json", args.items), Format::Json),
        (format!("plan-{}.md", args.items), Format::Markdown),
    ] {
        let path = args.dir.join(name);
        std::fs::write(&path, write_plan(&plan, format, now)).map_err(fail(&path))?;
        written.push(path);
    }
    Ok(written)
}

//! The importer's scorecard: imports every fixture of `tests/corpus/` (plans of many shapes,
//! written in our own words after real plans; see its README) and checks what the reader made
//! against each fixture's answer key. Prints recall per fixture and per rule, and fails when a
//! rule meets fewer checks than `tests/corpus/scores.json` records (a rule that goes backwards).
//!
//! `./scripts/scorecard.sh` prints the table; `UPDATE_SCORECARD=1 ./scripts/scorecard.sh`
//! records the new figures once they went up.

use chrono::NaiveDate;
use launchplan_core::formats::markdown_in::import_markdown_near;

/// The day the scorecard reads its fixtures on.
fn read_on() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a day")
}
use launchplan_core::plan::dates::Period;
use launchplan_core::plan::{NodeRef, Plan};
use launchplan_core::schedule::gates::gates;
use launchplan_core::schedule::progress::{visit_tasks, TaskKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A fixture's answer key (`<name>.key.json`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Key {
    #[allow(dead_code)]
    shape: String,
    #[allow(dead_code)]
    learned_from: Option<String>,
    /// "YYYY-MM-DD", "YYYY-MM" or "YYYY-Qn"; None when the plan states no launch date.
    launch: Option<String>,
    #[serde(default)]
    gates: Vec<Gate>,
    #[serde(default)]
    items: Vec<KeyItem>,
    #[serde(default)]
    relative: Vec<Relative>,
    #[serde(default)]
    notes: Vec<String>,
    tasks: usize,
    done: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Gate {
    text: String,
    date: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyItem {
    text: String,
    due: Option<String>,
    done: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Relative {
    text: String,
    offset_days: i64,
}

/// The rules the scorecard counts, in the order the table prints them.
const RULES: [&str; 10] = [
    "launch date",
    "gate found",
    "gate date",
    "item found",
    "item due",
    "item done",
    "relative offset",
    "note kept as note",
    "task count",
    "done count",
];

/// Checks met and checks made, per rule.
type Tally = BTreeMap<&'static str, (usize, usize)>;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// Whether `needle` is in `haystack`, case and runs of white space aside (the keys are
/// written so, and a page shows "release  with" as "release with").
fn contains(haystack: &str, needle: &str) -> bool {
    let normal = |s: &str| {
        s.to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    normal(haystack).contains(&normal(needle))
}

/// Counts checks per rule, writing the unmet ones to `out` when asked to.
struct Scorer<'o> {
    tally: Tally,
    verbose: bool,
    out: &'o mut String,
}

impl Scorer<'_> {
    fn check(&mut self, rule: &'static str, met: bool) {
        self.check_why(rule, met, String::new);
    }

    fn check_why(&mut self, rule: &'static str, met: bool, detail: impl FnOnce() -> String) {
        let entry = self.tally.entry(rule).or_default();
        entry.1 += 1;
        entry.0 += usize::from(met);
        if self.verbose && !met {
            let line = format!("    {rule}: {}\n", detail());
            self.out.push_str(&line);
        }
    }
}

/// Scores one fixture's import against its key, writing the unmet checks to `out` when
/// SCORECARD_VERBOSE is set.
fn score_into(plan: &Plan, key: &Key, out: &mut String) -> Tally {
    let mut s = Scorer {
        tally: Tally::new(),
        // SCORECARD_VERBOSE=1 prints every check that was not met.
        verbose: std::env::var_os("SCORECARD_VERBOSE").is_some(),
        out,
    };
    let launch = plan
        .facts
        .launch
        .map(|d| d.to_string())
        .or_else(|| plan.facts.launch_within.map(|p| key_period(&p)));
    s.check_why("launch date", launch == key.launch, || {
        format!("{:?}, key {:?}", launch, key.launch)
    });

    // An item due in a month or quarter is due in that period, not on its last day (a gate
    // item too).
    let mut within = std::collections::HashMap::new();
    plan.for_each_node(|node, parent| {
        if let NodeRef::Item(i) = node {
            if let Some(period) = i.due_within(parent) {
                within.insert(i.id.clone(), period);
            }
        }
    });
    // Decision blocks and gate items alike.
    let gates = gates(plan);
    for gate in &key.gates {
        let found = gates.iter().find(|g| contains(g.title, &gate.text));
        s.check_why("gate found", found.is_some(), || gate.text.clone());
        let date = found.and_then(|g| match within.get(g.id) {
            Some(period) => Some(key_period(period)),
            None => g.date.map(|d| d.to_string()),
        });
        s.check_why("gate date", found.is_some() && date == gate.date, || {
            format!("{}: {date:?}, key {:?}", gate.text, gate.date)
        });
    }

    let mut tasks = Vec::new();
    visit_tasks(plan, |t| tasks.push(t.to_task()));
    let items: Vec<_> = tasks.iter().filter(|t| t.kind == TaskKind::Item).collect();
    for item in &key.items {
        let found = tasks.iter().find(|t| contains(&t.text, &item.text));
        s.check_why("item found", found.is_some(), || item.text.clone());
        let due = found.and_then(|t| match within.get(&t.id) {
            Some(period) => Some(key_period(period)),
            None => t.due.map(|d| d.to_string()),
        });
        s.check_why("item due", found.is_some() && due == item.due, || {
            format!("{}: {due:?}, key {:?}", item.text, item.due)
        });
        s.check("item done", found.is_some_and(|t| t.done == item.done));
    }
    // An item's offset as the plan keeps it, counted in days from the launch (the key's launch
    // when the plan has none: months are calendar months back from it); else its due date's
    // distance from the plan's launch.
    let anchor = plan
        .facts
        .launch
        .or_else(|| key.launch.as_deref().and_then(|l| l.parse().ok()))
        .unwrap_or(NaiveDate::from_ymd_opt(2001, 1, 1).unwrap_or_default());
    let mut items_by_text = Vec::new();
    plan.for_each_node(|node, _| {
        if let NodeRef::Item(item) = node {
            items_by_text.push(item);
        }
    });
    for relative in &key.relative {
        let found = items_by_text
            .iter()
            .find(|i| contains(&i.text, &relative.text));
        let offset = match found {
            Some(i) => match i.offset {
                Some(offset) => offset.day_from(anchor).map(|d| (d - anchor).num_days()),
                None => i
                    .due
                    .zip(plan.facts.launch)
                    .map(|(d, l)| (d - l).num_days()),
            },
            // A gate the plan keeps as a decision point: its date's distance from the launch.
            None => gates
                .iter()
                .find(|g| contains(g.title, &relative.text))
                .and_then(|g| g.date.zip(plan.facts.launch))
                .map(|(d, l)| (d - l).num_days()),
        };
        s.check_why(
            "relative offset",
            offset == Some(relative.offset_days),
            || {
                format!(
                    "{}: {offset:?}, key {}",
                    relative.text, relative.offset_days
                )
            },
        );
    }
    // Every text the plan keeps, notes included (as the stored copy holds it).
    let kept_text = serde_json::to_string(plan).unwrap_or_default();
    for note in &key.notes {
        // A task as the task count counts them: a target kept as a metric is not one.
        let a_task = items.iter().any(|t| contains(&t.text, note));
        // (The note as JSON writes it, its own quotes escaped: only the string's are taken off.)
        let escaped = serde_json::to_string(note).unwrap_or_default();
        let escaped = escaped
            .strip_prefix('"')
            .and_then(|e| e.strip_suffix('"'))
            .unwrap_or(&escaped);
        let kept = contains(&kept_text, escaped);
        s.check_why("note kept as note", kept && !a_task, || {
            format!("{note} (kept {kept}, a task {a_task})")
        });
    }
    s.check_why("task count", items.len() == key.tasks, || {
        format!("{}, key {}", items.len(), key.tasks)
    });
    let done = items.iter().filter(|t| t.done).count();
    s.check_why("done count", done == key.done, || {
        format!("{done}, key {}", key.done)
    });
    s.tally
}

/// A month or quarter as the keys write it: "2026-09", "2027-Q2".
fn key_period(period: &Period) -> String {
    match *period {
        Period::Month { year, month } => format!("{year}-{month:02}"),
        Period::Quarter { year, quarter } => format!("{year}-Q{quarter}"),
        other => other.last_day().to_string(),
    }
}

fn percent((met, of): (usize, usize)) -> String {
    if of == 0 {
        "-".into()
    } else {
        format!("{:.0}%", met as f64 * 100.0 / of as f64)
    }
}

#[derive(Debug, Default, Serialize, Deserialize, PartialEq)]
struct Recorded {
    /// Checks met per rule.
    met: BTreeMap<String, usize>,
}

/// Scores every fixture of `dir` and prints the table; the checks met per rule, and how many
/// fixtures.
fn score_dir(dir: &std::path::Path) -> (Tally, usize) {
    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|dir| {
            dir.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "md"))
                .filter(|p| p.file_name().is_some_and(|n| n != "README.md"))
                .collect()
        })
        .unwrap_or_default();
    fixtures.sort();
    let mut total = Tally::new();
    let mut out = format!("\n{:<40} {:>8}  {:>5}\n", "fixture", "checks", "met");
    for path in &fixtures {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let key_path = path.with_extension("key.json");
        let key: Key = serde_json::from_str(
            &std::fs::read_to_string(&key_path)
                .unwrap_or_else(|e| panic!("{}: {e}", key_path.display())),
        )
        .unwrap_or_else(|e| panic!("{}: {e}", key_path.display()));
        let source = std::fs::read_to_string(path).unwrap();
        // As the app reads a file (it passes the day it is read): on a fixed day, so that the
        // scorecard does not move with the calendar. Only a plan that states no year feels it.
        let plan = import_markdown_near(&source, read_on()).plan;
        if std::env::var_os("SCORECARD_VERBOSE").is_some() {
            out.push_str(&format!("{name}:\n"));
        }
        let tally = score_into(&plan, &key, &mut out);
        let (met, of) = tally.values().fold((0, 0), |(m, o), (a, b)| (m + a, o + b));
        out.push_str(&format!("{name:<40} {of:>8}  {:>5}\n", percent((met, of))));
        for (rule, (m, o)) in tally {
            let entry = total.entry(rule).or_default();
            entry.0 += m;
            entry.1 += o;
        }
    }
    out.push_str(&format!(
        "\n{:<20} {:>6} {:>6}  {:>6}\n",
        "rule", "met", "checks", "recall"
    ));
    for rule in RULES {
        let (met, of) = total.get(rule).copied().unwrap_or_default();
        out.push_str(&format!(
            "{rule:<20} {met:>6} {of:>6}  {:>6}\n",
            percent((met, of))
        ));
    }
    let (met, of) = total.values().fold((0, 0), |(m, o), (a, b)| (m + a, o + b));
    out.push_str(&format!(
        "{:<20} {met:>6} {of:>6}  {:>6}   ({} fixtures in {})\n",
        "all",
        percent((met, of)),
        fixtures.len(),
        dir.file_name().unwrap_or_default().to_string_lossy()
    ));
    // One print, so that the two tables of a run do not interleave.
    print!("{out}");
    (total, fixtures.len())
}

/// The held-back plans (`tests/heldout/`): written by someone who had not seen the reader's
/// rules, and kept out of the corpus so that what they score says how the rules carry to plans
/// they were not written for. Printed, never a floor: do not tune rules to them.
#[test]
fn heldout_scorecard() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/heldout");
    score_dir(&dir);
}

#[test]
fn scorecard() {
    let (total, _) = score_dir(&corpus());

    let now = Recorded {
        met: total
            .iter()
            .map(|(rule, (met, _))| (rule.to_string(), *met))
            .collect(),
    };
    let recorded_path = corpus().join("scores.json");
    if std::env::var_os("UPDATE_SCORECARD").is_some() {
        std::fs::write(
            &recorded_path,
            serde_json::to_string_pretty(&now).unwrap() + "\n",
        )
        .unwrap();
        return;
    }
    let recorded: Recorded = std::fs::read_to_string(&recorded_path)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default();
    let worse: Vec<String> = recorded
        .met
        .iter()
        .filter(|(rule, was)| now.met.get(*rule).copied().unwrap_or(0) < **was)
        .map(|(rule, was)| {
            format!(
                "{rule}: {} met, {was} recorded",
                now.met.get(rule).copied().unwrap_or(0)
            )
        })
        .collect();
    assert!(
        worse.is_empty(),
        "rules went backwards on the corpus: {worse:?} (tests/corpus/scores.json)"
    );
}

//! The `launchplan` binary run for real: exit codes, what it prints (pinned by insta snapshots,
//! always as of a fixed day and without colour) and the files it writes.

use assert_cmd::cargo::cargo_bin_cmd;
use assert_cmd::Command;
use launchplan_core::default_plan::default_plan;
use launchplan_core::formats::ics::export_ics;
use launchplan_core::formats::json::{export_json, import_json};
use launchplan_core::formats::markdown_out::export_markdown;
use std::path::Path;

const BILLINGOS: &str = "plans/billingos-milestones.md";

/// The command, run from the repository root (so paths read as in the README), never coloured
/// by the environment.
fn launchplan() -> Command {
    let mut cmd = cargo_bin_cmd!("launchplan");
    cmd.current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .env_remove("NO_COLOR")
        .env_remove("SOURCE_DATE_EPOCH");
    cmd
}

fn fixture(name: &str) -> String {
    format!("crates/launchplan-cli/tests/fixtures/{name}")
}

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 on stdout")
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 on stderr")
}

#[test]
fn check_billingos_finds_the_eleven_weekday_warnings() {
    let out = launchplan().args(["check", BILLINGOS]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert_eq!(text.matches("warning[weekday-mismatch]").count(), 11);
    for line in [38, 43, 48, 53, 58, 66, 71, 76, 81, 87, 141] {
        assert!(
            text.contains(&format!("┌─ {BILLINGOS}:{line}:")),
            "no diagnostic at line {line}:\n{text}"
        );
    }
    assert!(text.ends_with(&format!("{BILLINGOS}: 11 warnings, 12 notes\n")));
    // Piped output is never coloured.
    assert!(!text.contains('\u{1b}'));
    insta::assert_snapshot!("check_billingos", text);
}

#[test]
fn check_billingos_as_json() {
    let out = launchplan()
        .args(["check", "--format", "json", BILLINGOS])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let report: serde_json::Value = serde_json::from_str(&text).unwrap();
    let file = &report["files"][0];
    assert_eq!(file["path"], BILLINGOS);
    assert_eq!(file["format"], "markdown");
    assert_eq!(
        (file["warnings"].as_u64(), file["notes"].as_u64()),
        (Some(11), Some(12))
    );
    let weekday_lines: Vec<u64> = file["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "weekday-mismatch")
        .map(|d| d["line"].as_u64().unwrap())
        .collect();
    assert_eq!(weekday_lines, [38, 43, 48, 53, 58, 66, 71, 76, 81, 87, 141]);
    // "**Monday, Feb 10**": the weekday and date are underlined, columns 3 to 17.
    let first = &file["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["line"] == 38)
        .unwrap();
    assert_eq!(
        (first["column"].as_u64(), first["end_column"].as_u64()),
        (Some(3), Some(17))
    );
    insta::assert_snapshot!("check_billingos_json", text);
}

#[test]
fn check_a_clean_plan_exits_0() {
    let out = launchplan()
        .args(["check", &fixture("clean.md")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(
        stdout(&out),
        format!("{}: 0 warnings, 0 notes\n", fixture("clean.md"))
    );
}

#[test]
fn notes_alone_do_not_fail_the_check() {
    // A plan whose only finding is a repaired character has a note, and passes.
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("garbled.md");
    std::fs::write(&plan, "# Plan\n\n## Completed Milestones âœ…\n").unwrap();
    let out = launchplan().arg("check").arg(&plan).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("note[mojibake]"));
    assert!(stdout(&out).ends_with(": 0 warnings, 1 note\n"));
}

#[test]
fn check_broken_json_shows_where_and_exits_2() {
    let out = launchplan()
        .args(["check", &fixture("broken.json"), &fixture("invalid.json")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = stdout(&out);
    assert!(text.contains("error[json-syntax]: this is not JSON: expected `,` or `}`"));
    assert!(text.contains(&format!("┌─ {}:7:5", fixture("broken.json"))));
    assert!(text.contains("error[invalid-plan]"));
    assert!(text.contains(&format!("┌─ {}:6:15", fixture("invalid.json"))));
    insta::assert_snapshot!("check_broken_json", text);

    let out = launchplan()
        .args(["check", "--format", "json", &fixture("broken.json")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let d = &report["files"][0]["diagnostics"][0];
    assert_eq!(d["severity"], "error");
    assert_eq!(d["rule"], "json-syntax");
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(7), Some(5))
    );
}

#[test]
fn check_a_missing_file_says_which_and_exits_2() {
    // Even next to a plan with warnings: a file that cannot be read wins.
    let out = launchplan()
        .args(["check", BILLINGOS, "plans/no-such-plan.md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = stdout(&out);
    assert!(text
        .contains("error[unreadable]: cannot read plans/no-such-plan.md: there is no such file"));
    assert!(text.ends_with("plans/no-such-plan.md: 1 error, 0 warnings, 0 notes\n"));
}

#[test]
fn check_refuses_a_calendar_as_export_only() {
    let dir = tempfile::tempdir().unwrap();
    let ics = dir.path().join("plan.ics");
    std::fs::write(&ics, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n").unwrap();
    let out = launchplan().arg("check").arg(&ics).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).contains("error[export-only]"));
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let out = launchplan()
        .args(["check", "--color", "always", BILLINGOS])
        .output()
        .unwrap();
    assert!(stdout(&out).contains('\u{1b}'));
    let out = launchplan()
        .args(["check", BILLINGOS])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!stdout(&out).contains('\u{1b}'));
}

#[test]
fn status_as_of_february_12_as_text() {
    let out = launchplan()
        .args(["status", BILLINGOS, "--as-of", "2026-02-12"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("7 days to launch"));
    assert!(text.contains("Day 3 of 10"));
    insta::assert_snapshot!("status_billingos", text);
}

#[test]
fn status_as_of_february_12_as_json() {
    let out = launchplan()
        .args([
            "status",
            BILLINGOS,
            "--as-of",
            "2026-02-12",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let status: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(status["days_to_launch"], 7);
    assert_eq!(status["overdue"], 6);
    assert_eq!(status["due_today"], 3);
    assert_eq!(status["overdue_items"].as_array().unwrap().len(), 6);
    assert_eq!(status["due_today_items"].as_array().unwrap().len(), 3);
    assert_eq!(status["next_decision"]["readiness"]["meets"], false);
    insta::assert_snapshot!("status_billingos_json", text);
}

#[test]
fn status_refuses_a_date_it_cannot_read() {
    let out = launchplan()
        .args(["status", BILLINGOS, "--as-of", "12/02/2026"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("expected a day written YYYY-MM-DD"));
}

#[test]
fn status_of_a_missing_file_exits_2() {
    let out = launchplan()
        .args(["status", "plans/no-such-plan.md", "--as-of", "2026-02-12"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cannot read plans/no-such-plan.md: there is no such file"));
    assert!(stdout(&out).is_empty());
}

#[test]
fn convert_markdown_to_json_gives_the_apps_default_plan() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("billingos.launchplan.json");
    let out = launchplan()
        .args(["convert", BILLINGOS, "-o"])
        .arg(&json)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // The warnings are pointed at, not repeated.
    assert!(stderr(&out).contains("has 11 warnings; `launchplan check"));
    let written = std::fs::read_to_string(&json).unwrap();
    let expected = default_plan().plan;
    assert_eq!(import_json(&written).unwrap(), expected);
    assert_eq!(written, export_json(&expected));
}

#[test]
fn convert_to_ics_is_reproducible_with_source_date_epoch() {
    let dir = tempfile::tempdir().unwrap();
    let ics = dir.path().join("billingos.ics");
    let run = || {
        let out = launchplan()
            .args(["convert", BILLINGOS, "-o"])
            .arg(&ics)
            .env("SOURCE_DATE_EPOCH", "1770625800")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        std::fs::read_to_string(&ics).unwrap()
    };
    let first = run();
    assert_eq!(first, run());
    // 2026-02-09 08:30 UTC, on every event.
    let now = chrono::DateTime::from_timestamp(1_770_625_800, 0)
        .unwrap()
        .naive_utc();
    assert_eq!(first, export_ics(&default_plan().plan, now));
    assert!(first.contains("DTSTAMP:20260209T083000Z"));
    assert!(!first
        .lines()
        .any(|l| l.starts_with("DTSTAMP:") && !l.contains("20260209T083000Z")));
}

#[test]
fn convert_to_standard_output() {
    // JSON unless --to says otherwise; standard input in, too.
    let out = launchplan()
        .args(["convert", BILLINGOS, "-o", "-"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), export_json(&default_plan().plan));

    let markdown = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../")
            .join(BILLINGOS),
    )
    .unwrap();
    let out = launchplan()
        .args(["convert", "-", "-o", "-", "--to", "md"])
        .write_stdin(markdown)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), export_markdown(&default_plan().plan));
    assert!(stderr(&out).contains("`launchplan check -` shows them"));
}

#[test]
fn convert_will_not_write_over_its_input() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.json");
    let original = export_json(&default_plan().plan);
    std::fs::write(&plan, &original).unwrap();
    let out = launchplan()
        .arg("convert")
        .arg(&plan)
        .arg("-o")
        .arg(dir.path().join(".").join("plan.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is the input file"));
    assert_eq!(std::fs::read_to_string(&plan).unwrap(), original);
}

#[test]
fn convert_of_unreadable_input_exits_2_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.md");
    for input in ["plans/no-such-plan.md".to_string(), fixture("broken.json")] {
        let out = launchplan()
            .args(["convert", &input, "-o"])
            .arg(&target)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{input}");
        assert!(stderr(&out).contains(&input), "{}", stderr(&out));
        assert!(!target.exists());
    }
    // The syntax error shows its line and column.
    let out = launchplan()
        .args(["convert", &fixture("broken.json"), "-o", "-"])
        .output()
        .unwrap();
    assert!(stderr(&out).contains(&format!("{}:7:5", fixture("broken.json"))));
}

#[test]
fn generate_writes_both_files() {
    let dir = tempfile::tempdir().unwrap();
    let into = dir.path().join("bench");
    let out = launchplan()
        .args(["generate", "120", "-o"])
        .arg(&into)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json = into.join("plan-120.launchplan.json");
    let markdown = into.join("plan-120.md");
    assert_eq!(
        stdout(&out),
        format!("{}\n{}\n", json.display(), markdown.display())
    );
    let plan = import_json(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(plan.counts().checklist_items, 120);
    // Seed 42 unless told: what the benchmark has always measured.
    let expected =
        launchplan_core::generate::generate(120, launchplan_core::generate::default_start(), 42);
    assert_eq!(plan, expected);
    assert_eq!(
        std::fs::read_to_string(&markdown).unwrap(),
        export_markdown(&expected)
    );
}

#[test]
fn every_subcommand_shows_an_example_in_its_help() {
    for sub in ["check", "status", "convert", "generate", "completions"] {
        for flag in ["-h", "--help"] {
            let out = launchplan().args([sub, flag]).output().unwrap();
            assert_eq!(out.status.code(), Some(0));
            let help = stdout(&out);
            assert!(
                help.contains("Examples:") && help.contains(&format!("  launchplan {sub} ")),
                "`launchplan {sub} {flag}` shows no example:\n{help}"
            );
        }
    }
    let out = launchplan().args(["convert", "--help"]).output().unwrap();
    assert!(stdout(&out).contains("SOURCE_DATE_EPOCH"));
    let out = launchplan().arg("--help").output().unwrap();
    assert!(stdout(&out).contains("for benchmarks"));
}

#[test]
fn completions_for_bash() {
    let out = launchplan().args(["completions", "bash"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let script = stdout(&out);
    assert!(script.contains("_launchplan()"), "{script}");
    assert!(script.contains("convert"));
}

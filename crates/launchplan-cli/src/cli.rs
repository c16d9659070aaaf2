//! The command line as clap reads it: the subcommands, their options and their help.

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Check, show and convert launch plans kept in a repository.
#[derive(Debug, Parser)]
#[command(name = "launchplan", version, after_help = EXAMPLES)]
pub(crate) struct Cli {
    /// When to colour diagnostics: auto colours a terminal unless NO_COLOR is set.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorWhen::Auto, global = true)]
    pub(crate) color: ColorWhen,

    #[command(subcommand)]
    pub(crate) command: Command,
}

const EXAMPLES: &str = "\
Examples:
  launchplan check docs/launch/plan.md
  launchplan status docs/launch/plan.md --as-of 2026-02-12
  launchplan convert docs/launch/plan.md -o plan.launchplan.json

Exit codes: 0 all is well, 1 `check` found warnings, 2 a file could not be read or written.";

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    Check(CheckArgs),
    Status(StatusArgs),
    Convert(ConvertArgs),
    Generate(GenerateArgs),
    /// Prints a shell completion script (bash, zsh, fish, elvish, powershell).
    #[command(after_help = "\
Examples:
  launchplan completions bash > ~/.local/share/bash-completion/completions/launchplan
  launchplan completions zsh > ~/.zfunc/_launchplan")]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// Lints plans: every date warning and import problem, with its file, line and rule.
///
/// Reads Markdown and JSON plan files. Warnings (a weekday that does not match its date, a
/// backwards range, …) make the exit code 1; notes (characters repaired, content kept as a
/// note) are shown but do not.
#[derive(Debug, Args)]
#[command(after_help = CHECK_EXAMPLES, after_long_help = CHECK_LONG_HELP)]
pub(crate) struct CheckArgs {
    /// The plan files to check (Markdown or JSON).
    #[arg(value_name = "PLAN", required = true)]
    pub(crate) plans: Vec<PathBuf>,

    /// How to print the findings: text for people, json for tools.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub(crate) format: OutputFormat,
}

const CHECK_EXAMPLES: &str = "\
Examples:
  launchplan check plans/billingos-milestones.md
  launchplan check --format json docs/launch/*.md";

const CHECK_LONG_HELP: &str = "\
Examples:
  launchplan check plans/billingos-milestones.md
  launchplan check --format json docs/launch/*.md

Rules: weekday-mismatch, backwards-range, day-label-mismatch, countdown-mismatch,
outside-parent, impossible-date (warnings); mojibake, kept-as-note (notes); a file that
cannot be read gives an error (unreadable, json-syntax, invalid-plan, not-a-plan, …).

--format json prints one object:
  {\"files\": [{\"path\", \"format\" (markdown|json|calendar|null), \"errors\", \"warnings\",
   \"notes\", \"diagnostics\": [{\"severity\" (error|warning|note), \"rule\", \"message\",
   \"line\", \"column\", \"end_column\"}]}]}
Lines and columns count from 1, columns in characters; end_column is just past the
underlined text; all three are null when unknown.

Exit codes: 0 no warnings, 1 warnings found, 2 a file could not be read or parsed.";

/// Shows where a plan stands on a day: the app's header in a terminal.
#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  launchplan status plans/billingos-milestones.md
  launchplan status plans/billingos-milestones.md --as-of 2026-02-12 --format json")]
pub(crate) struct StatusArgs {
    /// The plan file (Markdown or JSON).
    #[arg(value_name = "PLAN")]
    pub(crate) plan: PathBuf,

    /// The day to show the plan as of, YYYY-MM-DD (default: now, on this computer's clock).
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub(crate) as_of: Option<NaiveDate>,

    /// How to print the status: text for people, json for tools.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub(crate) format: OutputFormat,
}

/// Converts a plan between Markdown, JSON and iCalendar, writing what the app's exports write.
///
/// The output format follows OUT's extension (.md, .json, .ics). With `-o -` the plan is
/// written to standard output in the format --to names (JSON unless told otherwise).
#[derive(Debug, Args)]
#[command(after_help = CONVERT_EXAMPLES, after_long_help = CONVERT_LONG_HELP)]
pub(crate) struct ConvertArgs {
    /// The plan to read (Markdown or JSON), or - for standard input.
    #[arg(value_name = "IN")]
    pub(crate) input: PathBuf,

    /// Where to write: a .md, .json or .ics file, or - for standard output.
    #[arg(short, long, value_name = "OUT")]
    pub(crate) output: PathBuf,

    /// The format to write (needed only for -o - or a file without a known extension).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub(crate) to: Option<TargetFormat>,
}

const CONVERT_EXAMPLES: &str = "\
Examples:
  launchplan convert plans/billingos-milestones.md -o billingos.launchplan.json
  launchplan convert billingos.launchplan.json -o - --to ics > billingos.ics";

const CONVERT_LONG_HELP: &str = "\
Examples:
  launchplan convert plans/billingos-milestones.md -o billingos.launchplan.json
  launchplan convert billingos.launchplan.json -o - --to ics > billingos.ics
  cat plan.md | launchplan convert - -o plan.json

Environment:
  SOURCE_DATE_EPOCH  seconds since 1970-01-01 UTC to stamp iCalendar events with
                     (DTSTAMP) instead of the current time, for reproducible output.";

/// Writes generated plans of any size, for benchmarks.
///
/// Writes DIR/plan-ITEMS.launchplan.json and DIR/plan-ITEMS.md (the directory is created
/// if it does not exist).
#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  launchplan generate 10000 -o target/bench
  launchplan generate 300 --seed 7")]
pub(crate) struct GenerateArgs {
    /// How many checklist entries the plan holds (schedule items, metrics and risks).
    #[arg(value_name = "ITEMS")]
    pub(crate) items: usize,

    /// The directory to write the two files into.
    #[arg(short = 'o', long = "out-dir", value_name = "DIR", default_value = ".")]
    pub(crate) dir: PathBuf,

    /// Chooses the words and which entries are done; the same seed gives the same plan.
    #[arg(long, value_name = "N", default_value_t = 42)]
    pub(crate) seed: u64,
}

/// When diagnostics are coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorWhen {
    Auto,
    Always,
    Never,
}

/// Text for people or JSON for tools.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum OutputFormat {
    Text,
    Json,
}

/// The formats `convert --to` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum TargetFormat {
    Md,
    Json,
    Ics,
}

/// Reads `--as-of`: a calendar day written YYYY-MM-DD.
fn parse_day(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| "expected a day written YYYY-MM-DD, like 2026-02-12".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn as_of_takes_iso_days_only() {
        assert_eq!(
            parse_day("2026-02-12"),
            Ok(NaiveDate::from_ymd_opt(2026, 2, 12).unwrap())
        );
        for bad in ["12/02/2026", "2026-02-30", "Feb 12", ""] {
            let err = parse_day(bad).unwrap_err();
            assert!(err.contains("YYYY-MM-DD"), "{bad}: {err}");
        }
    }
}

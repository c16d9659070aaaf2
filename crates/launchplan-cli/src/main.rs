//! `launchplan`: check, show and convert launch plans kept in a repository, on the same core as
//! the web app. This file only parses the command line, runs the subcommand and turns how it
//! went into the exit code: 0 all is well, 1 `check` found warnings, 2 something could not be
//! read or written.

mod check;
mod cli;
mod convert;
mod findings;
mod generate;
mod input;
mod load;
mod report;
mod status;

use clap::{CommandFactory, Parser};
use cli::{Cli, ColorWhen, Command, OutputFormat, StatusArgs};
use codespan_reporting::term::termcolor::StandardStream;
use findings::Severity;
use input::is_stdio;
use report::{color_choice, no_color_set, write_diagnostics, FileReport};
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Exit {
    Clean = 0,
    Warnings = 1,
    Failed = 2,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let exit = run(cli);
    ExitCode::from(exit as u8)
}

fn run(cli: Cli) -> Exit {
    let stdout_color = color_choice(cli.color, io::stdout().is_terminal(), no_color_set());
    // Today, for plans that state no year (`status` reads the clock itself, or is told a day).
    let today = chrono::Local::now().date_naive();
    match cli.command {
        Command::Check(args) => match check::run(&args, stdout_color, today) {
            Ok(None | Some(Severity::Note)) => Exit::Clean,
            Ok(Some(Severity::Warning)) => Exit::Warnings,
            Ok(Some(Severity::Error)) => Exit::Failed,
            Err(e) => fail(e),
        },
        Command::Status(args) => status(&args, cli.color),
        Command::Convert(args) => {
            let format = match convert::prepare(&args) {
                Ok(format) => format,
                Err(e) => return fail(e),
            };
            let loaded = match load::load(&args.input, today) {
                Ok(loaded) => loaded,
                Err(report) => return unreadable(&report, cli.color),
            };
            let warnings = loaded.file.report.warnings.len();
            if let Err(e) = convert::write(&args, &loaded, format) {
                return fail(e);
            }
            if warnings > 0 {
                let name = &loaded.source.name;
                let (plan, path) = if is_stdio(&args.input) {
                    ("the plan on standard input", "-")
                } else {
                    (name.as_str(), name.as_str())
                };
                let s = if warnings == 1 { "" } else { "s" };
                eprintln!(
                    "note: {plan} has {warnings} warning{s}; `launchplan check {path}` shows them"
                );
            }
            Exit::Clean
        }
        Command::Generate(args) => match generate::run(&args) {
            Ok(paths) => {
                for path in paths {
                    println!("{}", path.display());
                }
                Exit::Clean
            }
            Err(e) => fail(e),
        },
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "launchplan", &mut io::stdout());
            Exit::Clean
        }
    }
}

fn status(args: &StatusArgs, color: ColorWhen) -> Exit {
    // --as-of is the start of that day; otherwise now.
    let now = match args.as_of {
        Some(day) => day.and_time(chrono::NaiveTime::MIN),
        None => chrono::Local::now().naive_local(),
    };
    let loaded = match load::load(&args.plan, now.date()) {
        Ok(loaded) => loaded,
        Err(report) => return unreadable(&report, color),
    };
    let status = status::Status::of(&loaded.file.plan, now);
    let text = match args.format {
        OutputFormat::Text => status.to_text(),
        OutputFormat::Json => match serde_json::to_string_pretty(&status) {
            Ok(json) => json + "\n",
            Err(e) => return fail(e),
        },
    };
    match io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => Exit::Clean,
        Err(e) => fail(e),
    }
}

/// Shows why a plan could not be read, as `check` would, on standard error.
fn unreadable(report: &FileReport, color: ColorWhen) -> Exit {
    let color = color_choice(color, io::stderr().is_terminal(), no_color_set());
    let mut err = StandardStream::stderr(color);
    if write_diagnostics(std::slice::from_ref(report), &mut err).is_err() {
        eprintln!("error: {} could not be read", report.name);
    }
    Exit::Failed
}

/// Says what went wrong on standard error.
fn fail(error: impl std::fmt::Display) -> Exit {
    eprintln!("error: {error}");
    Exit::Failed
}

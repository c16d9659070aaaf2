//! Markdown in: turns a launch-plan document (any GitHub-flavoured plan of the usual shape) into
//! a [`Plan`], repairing mojibake, keeping what it does not recognise as notes, and reporting
//! both, with the plan lint's warnings.

mod blocks;
mod boxes;
mod calendar;
mod derive;
mod facts;
mod front_matter;
mod html;
mod launch;
mod legend;
mod native;
mod notes;
mod opening;
mod pandoc;
mod records;
mod status;
mod tables;
mod text;
mod year_slips;

use self::blocks::{Block, ListItem};
use self::derive::{derive_metric_dates, derive_sprint_start};
use self::facts::{is_comment_line, title_dates_its_occasion, title_names_an_event, Fact};
use self::notes::is_rule;
use self::text::*;
use crate::formats::mojibake;
use crate::formats::report::{ImportReport, SourceLine, Unrecognised};
use crate::plan::dates::{find_date, month_named, DatePhrase, NumericDates, Period};
use crate::plan::{
    Block as PlanBlock, Cadence, CommChannel, CommEntry, Contingency, ContingencyList, Day,
    DecisionPoint, DecisionRecord, Facts, Item, Metric, MetricGroup, Milestone, MilestoneGroup,
    NodeId, NodeMut, NodeRef, Offset, OffsetUnit, Outcome, Plan, Point, Risk, RiskGroup, RiskLevel,
    ScheduleGroup, Section, SourceMap, Stamp, Target,
};
use crate::schedule::lint::{self, CountdownClaim, Warning, WarningKind};
use chrono::NaiveDate;
use std::cmp::Ordering;
use std::collections::HashSet;

/// A plan read from Markdown, where each node came from, and what the reader has to say.
#[derive(Debug, Clone)]
pub struct MarkdownImport {
    pub plan: Plan,
    pub report: ImportReport,
    /// The source line of each node, for warnings and for pointing the user at a node.
    pub lines: SourceMap,
    /// The line that states the launch date the reader took (the first that names it with a
    /// launch word, else the first with that day), so that the import review can say where it
    /// came from and a wrong pick is seen at once. (Not part of the report, which the app
    /// reads at start for its example plan.)
    pub launch_read_from: Option<SourceLine>,
}

/// Whether `text`, as a block of a Markdown file, is HTML the reader reads as headings, lists or
/// tables (the Markdown export escapes such a note, so that it stays a note).
pub fn reads_as_html_structure(text: &str) -> bool {
    html::has_structure(text)
}

/// Whether `text`, as an item of a Markdown file, states a day or a time relative to launch of
/// its own (read near `context`): the Markdown export then writes the item's day beside it.
pub fn states_a_time(text: &str, context: NaiveDate) -> bool {
    find_date(text, context).is_some() || relative_in(text).is_some()
}

impl MarkdownImport {
    /// Whether the plan read keeps the limits of a plan to open: entries (the reader stops past
    /// them, see [`ImportReport::stopped_at_entries`]) and stored bytes.
    pub fn check_limits(&self) -> Result<(), crate::formats::json::JsonImportError> {
        if let Some(entries) = self.report.stopped_at_entries {
            return Err(
                crate::formats::json::JsonImportError::TooManyEntriesStopped {
                    entries,
                    limit: crate::formats::json::MAX_ENTRIES,
                },
            );
        }
        crate::formats::json::check_stored_size(&self.plan)
    }
}

/// Whether a line of text would be read back as a task of its own because it opens with a
/// drawn box or an org-mode keyword (the Markdown export escapes such a note).
/// Whether a section of this title reads its checkboxes as metrics ("## Success Metrics",
/// "## Acceptance Criteria"), not tasks: the Markdown export asks, so that tasks in such a
/// section (a record's, a table's) are written where they read back as tasks.
pub fn section_reads_as_metrics(title: &str) -> bool {
    SectionKind::of(title) == SectionKind::Metrics
}

/// Whether a section of this title reads its lists as a schedule's tasks (not as metrics,
/// risks, decisions or messages): the Markdown export asks before it writes a section with no
/// title after it, which would else read back as more of it.
pub fn section_reads_as_schedule(title: &str) -> bool {
    SectionKind::of(title) == SectionKind::Schedule
}

pub fn opens_as_a_task(line: &str) -> bool {
    boxes::opens_a_task(line)
}

/// Reads a Markdown plan. Never fails: what it cannot place is kept as notes and reported.
/// Dates take their year from the plan; see [`import_markdown_near`] for a plan that states none.
pub fn import_markdown(source: &str) -> MarkdownImport {
    read_markdown(source, None)
}

/// Like [`import_markdown`], for a plan read on `today`: when the plan states no year anywhere,
/// its dates are the ones nearest `today` (as a reader who is handed the plan takes them).
pub fn import_markdown_near(source: &str, today: NaiveDate) -> MarkdownImport {
    read_markdown(source, Some(today))
}

/// Reads `source` with its numeric dates ("05/13/2027" or "13/05/2027") in the order the
/// document writes them (see [`NumericDates`]).
fn read_markdown(source: &str, today: Option<NaiveDate>) -> MarkdownImport {
    let blanked = blank_attribute_lists(source);
    let source = blanked.as_deref().unwrap_or(source);
    // Digits of other scripts ("১৫ মার্চ ২০৩১"): read in ASCII (the order of numeric dates
    // included), written back as they were.
    let translated = native::translate(source);
    let text = translated.as_ref().map_or(source, |t| t.text.as_str());
    let mut numeric = NumericDates::of(text);
    // ("Training - 28-10-2031" beside "Venues - 10-11-2031": the plan writes dashed days day
    // first, so the second is the 10th of November.)
    // (Two such days at least: one quoted European day does not turn a plan's own.)
    numeric.dashed_day_first = {
        let days = dashed_days_in(text);
        let day_first: std::collections::BTreeSet<(u32, u32)> = days
            .iter()
            .filter(|(_, _, a, b)| *a > 12 && *b <= 12)
            .map(|(_, _, a, b)| (*a, *b))
            .collect();
        day_first.len() >= 2 && !days.iter().any(|(_, _, a, b)| *b > 12 && *a <= 12)
    };
    let _legend = legend::InForce::of(text);
    let mut import = numeric.apply(|| read_markdown_as(text, today));
    if let Some(translated) = &translated {
        translated.restore_plan(&mut import.plan);
    }
    import
}

/// A site generator's markup on lines of its own (kramdown's attribute lists, "{: .no_toc }",
/// "{: .note }", and the table of contents it fills in, "1. TOC" over "{:toc}"), blanked with
/// spaces so that every other line keeps its place: none of it is the plan's text. None when
/// the source has none (most plans: nothing is copied).
fn blank_attribute_lists(source: &str) -> Option<String> {
    // kramdown's shapes only: "{:toc}", "{: .class}", "{:#id}", "{: key=\"value\"}" (not an
    // Elixir tuple, "{:ok}", nor "{:timeout 30}" in prose).
    // (Not the same list without the colon, "{.timeline}": that is also how a user writes a
    // class name or hashtags under a line, "{.btn-primary}", "{#relaunch #newsletter}".)
    let markup = |line: &str| {
        let line = line.trim();
        let Some(inner) = line.strip_prefix("{:").and_then(|l| l.strip_suffix('}')) else {
            return false;
        };
        let inner = inner.trim();
        !inner.contains('{')
            && (inner == "toc"
                || inner
                    .split_whitespace()
                    .all(|part| part.starts_with(['.', '#']) || part.contains('=')))
            && !inner.is_empty()
    };
    if !source.lines().any(markup) {
        return None;
    }
    let lines: Vec<&str> = source.split_inclusive('\n').collect();
    let mut out = String::with_capacity(source.len());
    // (Nothing inside a fence is touched.)
    let mut fence: Option<&str> = None;
    for (at, line) in lines.iter().enumerate() {
        let opening = ["```", "~~~"]
            .into_iter()
            .find(|f| line.trim_start().starts_with(f));
        match (fence, opening) {
            (None, Some(f)) => fence = Some(f),
            (Some(open), Some(f)) if open == f => fence = None,
            _ => {}
        }
        if fence.is_some() || opening.is_some() {
            out.push_str(line);
            continue;
        }
        // "1. TOC" (or "* TOC") right over "{:toc}": the list the generator replaces.
        let toc_item = lines
            .get(at + 1)
            .is_some_and(|next| next.trim() == "{:toc}")
            && line
                .trim()
                .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | '*' | '-'))
                .trim()
                .eq_ignore_ascii_case("toc");
        if markup(line) || toc_item {
            let body = line.trim_end_matches(['\n', '\r']);
            out.extend(std::iter::repeat_n(' ', body.len()));
            out.push_str(&line[body.len()..]);
        } else {
            out.push_str(line);
        }
    }
    Some(out)
}

/// "## Key Dates" over "* 2.4.0-rc1: 2027-06-04", "* Release notes draft: 2027-06-30", in a
/// release issue whose steps below are undated boxes: a summary's key dates repeat what the
/// schedule says, but when no item of the plan has a day of its own they are the schedule, and
/// each dated line of them (not a gate's, nor one on the launch's day) is a task due that day.
fn key_dates_as_timeline(reader: &mut PlanReader) {
    if reader.summary_dates.is_empty() {
        return;
    }
    let mut dated = false;
    reader.plan.for_each_node(|node, _| {
        if let NodeRef::Item(item) = node {
            dated |= item.due.is_some() || item.offset.is_some();
        }
    });
    if dated {
        return;
    }
    let launch = reader.plan.facts.launch;
    let title = reader.plan.title.to_lowercase();
    for (holder, text, due, line) in std::mem::take(&mut reader.summary_dates) {
        // (The launch's own line, "* 2.4.0: 2027-07-06" in "# 2.4 Release", stays its note;
        // so does the day of the title's event, "Community Day: 2030-06-06" in "# Community
        // Day Lisbon".)
        let label = text
            .split(':')
            .next()
            .unwrap_or_default()
            .trim()
            .to_lowercase();
        let the_titles_event = text.contains(':') && label.len() >= 4 && title.contains(&label);
        if launch == Some(due) || the_titles_event {
            continue;
        }
        let id = reader.id(&holder, "item", &text, line);
        let item = Item {
            id,
            text: text.clone(),
            due: Some(due),
            ..Default::default()
        };
        // A note of a group, or of the section (then the group is made, first of its blocks).
        if let Some(NodeMut::Block(PlanBlock::Schedule(g))) = reader.plan.node_mut(&holder) {
            if let Some(at) = g.notes.iter().position(|n| *n == text) {
                g.notes.remove(at);
                g.items.push(item);
            }
            continue;
        }
        let group_id = reader.id(&holder, "group", "", line);
        let Some(section) = reader.plan.sections.iter_mut().find(|s| s.id == holder) else {
            continue;
        };
        let Some(at) = section.notes.iter().position(|n| *n == text) else {
            continue;
        };
        section.notes.remove(at);
        match section.blocks.first_mut() {
            Some(PlanBlock::Schedule(g)) if g.label.is_empty() && g.period.is_none() => {
                g.items.push(item)
            }
            _ => section.blocks.insert(
                0,
                PlanBlock::Schedule(ScheduleGroup {
                    id: group_id,
                    items: vec![item],
                    ..Default::default()
                }),
            ),
        }
    }
}

/// The lines (1-based) that open with a step's number whose dot the writer escaped ("2\\. No
/// deploys on Fridays", as the export writes a note's line): text, never the next step of a list.
fn escaped_step_lines(text: &str) -> Vec<usize> {
    let escaped = |line: &str| {
        let rest = line
            .trim_start()
            .trim_start_matches(|c: char| c.is_ascii_digit());
        rest.len() < line.trim_start().len() && (rest.starts_with("\\.") || rest.starts_with("\\)"))
    };
    (1..)
        .zip(text.lines())
        .filter(|(_, l)| escaped(l))
        .map(|(n, _)| n)
        .collect()
}

/// The lines (1-based) that open with struck text, "~~" after any indent, a quote's ">" or
/// emphasis ("*~~Freeze: …~~*"); none (and no walk over the lines) in a text without "~~".
fn struck_line_openings(text: &str) -> Vec<usize> {
    if !text.contains("~~") {
        return Vec::new();
    }
    (1..)
        .zip(text.lines())
        .filter(|(_, l)| {
            l.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '>' | '*' | '_'))
                .starts_with("~~")
        })
        .map(|(n, _)| n)
        .collect()
}

/// The unit a line says the plan counts in before its event: "Counted in weeks before the
/// conference.", "We count in days before launch" (a line with no number of its own).
fn counted_in(line: &str) -> Option<OffsetUnit> {
    let lower = line.to_lowercase();
    let words = words_of(&lower);
    // ("Check the audio a few days before the stream" says no such thing.)
    if line.chars().any(|c| c.is_ascii_digit())
        || !words
            .iter()
            .any(|w| ["counted", "count", "counts"].contains(w))
        || !words.contains(&"before")
    {
        return None;
    }
    words.iter().find_map(|w| match *w {
        "days" => Some(OffsetUnit::Days),
        "weeks" => Some(OffsetUnit::Weeks),
        "months" => Some(OffsetUnit::Months),
        _ => None,
    })
}

/// A line that opens with a whole number, signed or not, and then words: "-40 Budget agreed".
fn leading_count(line: &str) -> Option<(i32, &str)> {
    let (number, rest) = line.split_once(' ')?;
    let digits = number.strip_prefix(['-', '−', '–']).unwrap_or(number);
    if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: i32 = digits.parse().ok()?;
    let rest = rest.trim();
    rest.chars()
        .next()
        .is_some_and(char::is_alphabetic)
        .then_some((if digits.len() < number.len() { -n } else { n }, rest))
}

/// Whether most of what `source` writes in letters is Chinese, Japanese or Korean (links'
/// addresses are no writing: "https://hackmd.example.org/…" under a Chinese heading).
fn written_in_cjk(source: &str) -> bool {
    let (mut cjk, mut latin) = (0usize, 0usize);
    for word in source.split_whitespace() {
        let address = word.contains("://");
        for c in word.chars() {
            if tables::is_cjk(c) {
                cjk += 1;
            } else if c.is_ascii_alphabetic() && !address {
                latin += 1;
            }
        }
    }
    cjk >= 20 && cjk * 2 >= latin
}

fn read_markdown_as(source: &str, today: Option<NaiveDate>) -> MarkdownImport {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let repaired = mojibake::repair(source);
    let (front, text) = front_matter::split(&repaired.text);
    let text =
        blocks::glued_calendar_dates(blocks::glued_step_numbers(blocks::banner_headings(text)));
    let cjk = written_in_cjk(&text);
    let escaped_steps = escaped_step_lines(&text);
    let struck_lines = struck_line_openings(&text);
    let box_texts = box_texts_of(&text);
    let new_reader = || {
        let mut reader = PlanReader::new();
        reader.cjk = cjk;
        reader.escaped_steps.clone_from(&escaped_steps);
        reader.struck_lines.clone_from(&struck_lines);
        reader.box_texts.clone_from(&box_texts);
        if let Some(today) = today {
            reader.context = today;
        }
        reader
    };
    // Over the limit: what was read is enough to refuse the file, and the rest is not read.
    let refused = |reader: PlanReader, entries: usize| MarkdownImport {
        plan: reader.plan,
        report: ImportReport {
            stopped_at_entries: Some(entries),
            ..ImportReport::default()
        },
        lines: reader.lines,
        launch_read_from: None,
    };
    // A document of more headings, items and rows than the limit of entries and a margin: its
    // start alone may be over the limit, and then the rest is not even parsed (the parser reads
    // all it is given before the first block, so it is given the first lines only: about as
    // many as may be units, see `blocks::start_of`). Under the limit after all, as a document
    // of notes may be, it is read whole.
    let units = crate::formats::json::MAX_ENTRIES + 5_000;
    let start_end = blocks::start_of(&text, units);
    let (blocks, cut) = blocks::read_until(&text[..start_end], units);
    let blocks = match cut {
        Some(cut) => {
            let mut start = new_reader();
            start.anchor(text.get(..cut).unwrap_or_default(), &front.prose());
            start.front_matter(&front);
            start.read(&blocks);
            if let Some(entries) = start.stopped_at {
                return refused(start, entries);
            }
            blocks::read(&text)
        }
        None if start_end == text.len() => blocks,
        None => blocks::read(&text),
    };
    let mut reader = new_reader();
    let year_written = reader.anchor(&repaired.text, &front.prose());
    reader.counts_from_the_start = counts_from_the_start(&repaired.text);
    reader.has_sections = blocks
        .iter()
        .any(|b| matches!(b, Block::Heading { level, .. } if *level >= 2));
    reader.slashed_order = text::slashed_order_of(&repaired.text);
    reader.numbers_month_first = numbers_month_first(&repaired.text);
    reader.front_matter(&front);
    // "If week 0 is the week of the 3.1 release (Mon Jul 10)" in a comment below the weeks:
    // the count's start, known before the weeks are read, when the plan states no start of its
    // own ("Weeks are counted from kickoff on Monday 3 March 2031" wins wherever it stands: the
    // plan is read once without the week 0 line to know).
    if reader.plan.facts.sprint_start.is_none() {
        if let Some(day) = reader.week_zero_said(&text) {
            let mut probe = new_reader();
            probe.anchor(&repaired.text, &front.prose());
            probe.counts_from_the_start = reader.counts_from_the_start;
            probe.has_sections = reader.has_sections;
            probe.slashed_order = reader.slashed_order;
            probe.numbers_month_first = reader.numbers_month_first;
            probe.front_matter(&front);
            probe.read(&blocks);
            let stated = probe.plan.facts.sprint_start.is_some()
                || probe.week_one_start.is_some()
                || probe.months_counted
                || !probe.start_sentences.is_empty()
                || probe.day_one_in_lines(&text).is_some();
            if !stated {
                reader.plan.facts.sprint_start = Some(day);
            }
        }
    }
    reader.read(&blocks);
    if let Some(entries) = reader.stopped_at {
        return refused(reader, entries);
    }
    reader.close_id_heading();
    reader.close_opening();
    reader.date_opening_lists(None);
    reader.prose_gate_section(text.lines().count());
    reader.place_prose_gates();
    reader.place_pending_gates();
    reader.front_matter_tasks();
    reader.drop_gate_headings();
    // "#### Week 1-2" under "### Month 1-2" of a span of months: the weeks count from the
    // span's first day too, when the plan states no start of its own.
    if reader.plan.facts.sprint_start.is_none() && reader.months_counted {
        reader.plan.facts.sprint_start = reader.span_months.map(|(start, _)| start);
    }
    // "The course starts the week of 15 September 2031." before "The final presentation is on
    // Friday 12 December": the count starts on the earliest such day before the launch (a
    // sale that starts on its day is the event itself).
    if reader.plan.facts.sprint_start.is_none() {
        let first = reader.start_sentences.iter().min().copied();
        let end = reader
            .plan
            .facts
            .launch
            .or(reader.opening_day)
            .or(reader.launch_heading.map(|(_, day)| day))
            .or(reader.road_to_launch_day);
        if let (Some(first), Some(end)) = (first, end) {
            if end > first {
                reader.plan.facts.sprint_start = Some(first);
            }
        }
    }
    // "We kick off on Wednesday 17 September 2031 (day 1)" in the prose, else a dated "Week 1
    // (…)", starts the count when nothing else says where it starts.
    if reader.plan.facts.sprint_start.is_none() && !reader.start_stated {
        reader.plan.facts.sprint_start = reader.day_one_in_lines(&text).or(reader.week_one_start);
    }
    status::status_by_id(&mut reader.plan);
    status::rows_reported_done(&mut reader.plan);
    status::tasks_ticked_by_reports(&mut reader.plan);
    reader.date_gates_by_their_lines();
    reader.date_day_numbers();
    reader.deadlines_of_uncounted_weeks();
    reader.within_counted_months();
    reader.date_phases_from_their_rows();
    reader.date_by_the_span();
    reader.day_of_between_before_and_after();
    reader.day_of_group_after_the_countdown();
    reader.yearless_run_in_order();
    year_slips::correct_slipped_years(&mut reader.plan, &text);
    // No line named the launch, or only a beta or pilot one: the content may say more.
    if reader.launch_rank <= 1 {
        if let Some((rank, date)) = launch::launch_from_content(&reader.plan, reader.launch_heading)
        {
            if reader.plan.facts.launch.is_none() || rank >= 3 {
                reader.plan.facts.launch = Some(date);
            }
        }
        // "- [ ] **PUBLIC LAUNCH**" under "#### December 2027": the launch's month.
        if reader.plan.facts.launch.is_none() && reader.plan.facts.launch_within.is_none() {
            reader.plan.facts.launch_within = launch::launch_period_from_content(&reader.plan);
        }
    }
    // "## Publishing Date" over "… should be out by the end of March 2030.": the launch's
    // period, before a start stated in the plan is taken for it.
    let facts = &reader.plan.facts;
    if facts.launch.is_none() && facts.launch_within.is_none() {
        match launch::launch_date_section(&reader.plan, |t| reader.find(t).and_then(Result::ok)) {
            Some(Period::Day { date }) => reader.plan.facts.launch = Some(date),
            Some(period) if period.is_coarse() => reader.plan.facts.launch_within = Some(period),
            _ => {}
        }
    }
    launch_of_the_frozen_version(&mut reader.plan);
    reader.launch_line_to_note(false);
    reader.field_and_restated_lines_to_notes();
    reader.month_summaries_to_notes();
    reader.status_recap_lists_to_notes();
    let launch_before = reader.plan.facts.launch;
    reader.date_milestone_groups();
    // A plan that names no launch but states when it starts ("Start date: February 1, 2025")
    // counts down to its start.
    let facts = &mut reader.plan.facts;
    if facts.launch.is_none()
        && facts.launch_within.is_none()
        && reader.start_stated
        && !reader.start_in_the_past
        && reader.launch_day_number.is_none()
    {
        // ("Start: 1 March 2027" over "Deadline: 30 April 2027": the day the plan counts to is
        // the deadline after the start, one field at the top says; else the start.)
        let deadline = match reader.top_field_days.as_slice() {
            [first, rest @ ..] if rest.iter().all(|d| d == first) => Some(*first),
            _ => None,
        }
        .filter(|day| facts.sprint_start.is_some_and(|start| *day > start));
        facts.launch = deadline.or(facts.sprint_start);
    }
    // A move's day ("Moving day: …") when nothing names a launch; failing all else, the day
    // the title or the opening prose names is the event; then one field at the top that
    // dates the plan in words of its own ("**Goes out:** Tue 22 June"), when no other such
    // field names another day. (A field that dates the page itself, "Generated: 2027-03-22"
    // in words the reader does not know, is written while most of the work is still ahead: a
    // day the plan counts to has most of its dated work on or before it.)
    if facts.launch.is_none() && facts.launch_within.is_none() && !reader.start_stated {
        let top_field_day = match reader.top_field_days.as_slice() {
            [first, rest @ ..] if rest.iter().all(|d| d == first) => Some(*first),
            _ => None,
        }
        .filter(|day| most_work_by(&reader.plan, *day));
        reader.plan.facts.launch = reader
            .move_day
            .or_else(|| launch::title_yearless_day_of_an_item(&reader.plan, reader.context))
            .or_else(|| {
                let noted: Vec<(String, NaiveDate)> = reader
                    .summary_dates
                    .iter()
                    .map(|(_, text, due, _)| (text.clone(), *due))
                    .collect();
                launch::event_the_counts_name(&reader.plan, &noted).map(|(day, _)| day)
            })
            .or_else(|| launch::day_of_the_counted_heading(&reader.plan, &reader.heading_days))
            .or_else(|| launch::counted_event_in_prose(&reader.plan, reader.context))
            .or_else(|| {
                launch::answered_launch_day(&reader.plan, |t| reader.find(t).and_then(Result::ok))
            })
            .or_else(|| launch::day_the_go_no_go_decides(&reader.plan))
            .or(reader.event_date)
            .or(reader.title_day)
            .or(reader.opening_day)
            .or(reader.settled_day)
            .or(top_field_day);
    }
    let facts = &mut reader.plan.facts;
    // "# Monthly Meet-up: April 2027" with "Schedule: every second Wednesday of the month":
    // that Wednesday of the month the title names.
    if facts.launch.is_none() && !reader.start_stated {
        facts.launch = monthly_day(&text, &reader.plan.title, reader.context);
    }
    // "# 2.4 Release" with "* 2.4.0: 2027-07-06" among its key dates: that release's day.
    if facts.launch.is_none() && facts.launch_within.is_none() && !reader.start_stated {
        facts.launch = title_version_day(&text, &reader.plan.title, reader.context);
    }
    // "Moving day (Saturday 13 March):" in "# Move production servers …", "Apr 19: Mini-summit
    // day" in "# … Mini-Summit 2027: venue deliverables": the day of the event the title names.
    let facts = &reader.plan.facts;
    if facts.launch.is_none() && facts.launch_within.is_none() && !reader.start_stated {
        reader.plan.facts.launch = launch::titled_event_day(&reader.plan)
            .or(reader.event_day_heading)
            .or_else(|| launch::title_month_day(&reader.plan, reader.context))
            .or_else(|| launch::rundown_last_day(&reader.plan))
            .or_else(|| launch::cutover_section_last_day(&reader.plan))
            .or_else(|| launch::named_event_days(&reader.plan))
            .or_else(|| launch::title_named_event_days(&reader.plan))
            .or_else(|| launch::event_day_one(&reader.plan));
    }
    // "# Launch planning for Tuesday", opened on Sunday 12 November: Tuesday the 14th ("this
    // Friday" written on a Friday: that day).
    if let (None, Some((weekday, this)), Some(written)) = (
        reader.plan.facts.launch,
        reader.launch_weekday,
        reader.plan.facts.written_on,
    ) {
        reader.plan.facts.launch = written
            .iter_days()
            .skip(usize::from(!this))
            .take(7)
            .find(|d| chrono::Datelike::weekday(d) == weekday);
    }
    // "release_2.0.0 is tagged … Closing." in a comment of the issue that holds the plan: the
    // day of that comment.
    let facts = &reader.plan.facts;
    if facts.launch.is_none() && facts.launch_within.is_none() && !reader.start_stated {
        reader.plan.facts.launch = reader.released_in_comment;
    }
    // Failing that too, the beta or pilot the plan counts down to.
    let facts = &reader.plan.facts;
    if facts.launch.is_none() && facts.launch_within.is_none() && !reader.start_stated {
        reader.plan.facts.launch = launch::lesser_launch_from_content(&reader.plan);
        reader.launch_is_lesser = reader.plan.facts.launch.is_some();
    }
    // Then a heading that is only "Maintenance Window" with its day.
    let facts = &reader.plan.facts;
    if facts.launch.is_none() && facts.launch_within.is_none() && !reader.start_stated {
        reader.plan.facts.launch = reader.window_heading;
    }
    // Last of all, a sentence that says the plan's version goes out on a day ("…, so 4.1 would
    // go out … on Monday Apr 14"): not over any other launch the plan gives.
    let facts = &reader.plan.facts;
    if facts.launch.is_none() && facts.launch_within.is_none() {
        reader.plan.facts.launch = reader.going_out_day;
    }
    // A launch found only now (the last day of a rundown, a move's day): its DNS switch, a
    // plain bullet, is its go-live's line all the same.
    if launch_before.is_none() {
        reader.launch_line_to_note(true);
    }
    if reader.plan.facts.launch.is_some() {
        reader.plan.facts.launch_within = None;
    } else if reader.plan.facts.launch_within.is_none() {
        reader.plan.facts.launch_within = reader.title_launch;
    }
    reader.run_up_tables_a_year_early();
    if let Some(minutes) = reader.launch_minutes {
        hours_to_days(&mut reader.plan, &mut reader.relative_gates, minutes);
    }
    reader.date_from_events();
    if let Some(launch) = reader.plan.facts.launch {
        offsets_of_weekdays(&mut reader.plan, &reader.weekday_items, launch);
        days_from_the_counted_event(&mut reader.plan, launch);
        let stated = launch_line(&text, launch, reader.context).map(|l| l.text);
        reader.counts_after_the_events_end(launch, stated.as_deref());
    }
    date_from_other_lines(&mut reader.plan);
    date_weekday_ordinals(&mut reader.plan);
    done_by_an_update_line(&mut reader.plan, reader.context);
    reader.plan.date_offsets();
    // "### Before Launch" over undated tasks: due by the launch, wherever the plan named it
    // (a "Launch:" line read before the heading dates them as it is read; one read after it,
    // the title or the content do here), so that the export, which writes the launch as a
    // line, reads back the same.
    // (The line the launch was read from: read once, for "Before cutover" here and for the
    // review's "launch read from" below, unless the launch moves in between.)
    let launch_then = reader.plan.facts.launch;
    let read_from =
        launch_then.and_then(|launch| launch_line(&repaired.text, launch, reader.context));
    if let Some(launch) = reader.plan.facts.launch {
        let says = launch_says(&reader.plan.title, read_from.as_ref());
        due_before_launch(&mut reader.plan, launch, &says);
        // "**Before cutover**" over undated boxes: due by the launch, as under such a heading.
        for (id, label) in std::mem::take(&mut reader.before_launch_items) {
            if !before_launch(&label, &says) {
                continue;
            }
            if let Some(NodeMut::Item(item)) = reader.plan.node_mut(&id) {
                if item.due.is_none() && item.offset.is_none() && item.within.is_none() {
                    item.due = Some(launch);
                }
            }
        }
        gates_on_the_way_to_the_launch(&mut reader.plan, launch);
        launch_day_tasks_on_the_launch(
            &mut reader.plan,
            launch,
            std::mem::take(&mut reader.launch_day_tasks),
        );
        reader.date_opening_lists(Some(launch));
        // "# Launch Day Checklist", "# CHECKLIST DU JOUR J": what the page lists with no day
        // of its own is done on the launch's day.
        if launch::titles_the_launch_day_itself(&reader.plan.title) {
            on_the_launch_day(&mut reader.plan, launch);
        }
        // "# Folge 23 — Sendung am Donnerstag, 7. November 2030" over "⏰ **16:00 Uhr**",
        // "⏰ **18:50 Uhr**" blocks: the run of the one day the title dates, when the plan
        // dates nothing else.
        // Only the sections the times are in ("## Broadcast day", not "## Preparation" or
        // "## After the show"), and not a run of several days ("## Saturday", "## Sunday").
        if reader.title_day == Some(launch)
            && !dates_anything(&reader.plan)
            && !names_weekdays(&reader.plan)
        {
            let clocked = clocked_sections(&reader.plan, &reader.lines, &text);
            if !clocked.is_empty() {
                for section in &mut reader.plan.sections {
                    if !clocked.contains(&section.id) {
                        continue;
                    }
                    section.for_each_node_mut(|node| match node {
                        NodeMut::Item(item)
                            if item.due.is_none()
                                && item.offset.is_none()
                                && item.within.is_none() =>
                        {
                            item.offset = Offset::new(0, OffsetUnit::Days);
                            item.due = Some(launch);
                        }
                        NodeMut::Block(PlanBlock::Decision(d)) if d.date.is_none() => {
                            d.date = Some(launch);
                        }
                        _ => {}
                    });
                }
            }
        }
    }
    if let Some(launch) = reader.plan.facts.launch {
        for (id, offset) in std::mem::take(&mut reader.relative_gates) {
            if let Some(NodeMut::Block(PlanBlock::Decision(d))) = reader.plan.node_mut(&id) {
                d.date = offset.day_from(launch);
            }
        }
    }
    marks_on_work_ahead(&mut reader.plan, &reader.marked_done);
    key_dates_as_timeline(&mut reader);
    drop_repeated_gates(&mut reader.plan, &reader.summary_gates);
    drop_day_gates_written_twice(&mut reader.plan, &reader.day_gates);
    drop_repeated_sentence_gates(
        &mut reader.plan,
        &reader.sentence_gates,
        &reader.plain_items,
    );
    let mut report = reader.report;
    // No year anywhere: the dates are in the year they were read in, which the user may change.
    if !year_written {
        report.year_guessed = first_date(&reader.plan).map(|d| chrono::Datelike::year(&d));
    }
    let launch_read_from = if reader.plan.facts.launch == launch_then {
        read_from
    } else {
        reader
            .plan
            .facts
            .launch
            .and_then(|launch| launch_line(&repaired.text, launch, reader.context))
    };
    report.mojibake_repairs = repaired.repairs;
    report.mojibake_lines = repaired.lines;
    let mut plan = reader.plan;
    derive_metric_dates(&mut plan);
    derive_sprint_start(&mut plan);
    let mut warnings = reader.warnings;
    warnings.extend(lint::lint_plan(&plan, &reader.lines));
    for claim in &reader.claims {
        warnings.extend(lint::check_countdown(claim, &plan.facts));
    }
    warnings.sort_by_key(|w| w.line.unwrap_or(usize::MAX));
    // A line read twice (a fact that turned out to be a heading) must not warn twice.
    warnings.dedup();
    report.warnings = warnings;
    MarkdownImport {
        plan,
        report,
        lines: reader.lines,
        launch_read_from,
    }
}

/// The line of `text` that states `launch`: the first whose date is that day (or a span from it)
/// and that names a launch or an event, else the first with that day; quoted without its
/// Markdown markers, cut at a word after 100 characters.
/// "(Sunday before release)": the nearest such weekday before (or after) the launch, as days
/// from it, for items that have no date of their own.
fn offsets_of_weekdays(
    plan: &mut Plan,
    items: &[(NodeId, chrono::Weekday, i32)],
    launch: NaiveDate,
) {
    for (id, weekday, sign) in items {
        // (Not the day the plan wrote beside that weekday after the launch: a go/no-go comes
        // before the launch it decides.)
        let offset = weekday_from(launch, *weekday, *sign);
        match plan.node_mut(id) {
            Some(NodeMut::Item(item)) if item.offset.is_none() => {
                item.offset = offset;
            }
            // A gate written as a bullet: its day.
            Some(NodeMut::Block(PlanBlock::Decision(gate))) if gate.date.is_none() => {
                gate.date = offset.and_then(|o| {
                    launch.checked_add_signed(chrono::Duration::days(i64::from(o.amount)))
                });
            }
            _ => {}
        }
    }
}

impl PlanReader {
    /// "Hack weekend: Saturday 16 - Sunday 17 October 2027" atop the plan, over "## Afterwards
    /// (1-2 Weeks After)" or "- [ ] The day after the jam: return the leads": an event of
    /// several days (two to four) that starts on the launch's day is over on its last, and a
    /// time after it counts from there (two weeks after the weekend, T+15d; the day after a
    /// three-day jam, T+3d). Only times after the launch in days or weeks whose task, group or
    /// section says "after" ("Afterwards", "Post-event" too); the event's days as the plan's
    /// title, its opening lines or its first section's lines give them.
    fn counts_after_the_events_end(&mut self, launch: NaiveDate, stated: Option<&str>) {
        // (A cheap test first: most plans count nothing after their launch.)
        let mut after: Vec<NodeId> = Vec::new();
        for section in &self.plan.sections {
            let section_says = says_after(&section.title);
            for block in &section.blocks {
                let PlanBlock::Schedule(group) = block else {
                    continue;
                };
                let group_says = section_says || says_after(&group.label);
                // (The group's own tasks, then its days'.)
                let days = group.days.iter().flat_map(|day| &day.items);
                for item in group.items.iter().chain(days) {
                    let counted = item.offset.is_some_and(|o| {
                        o.amount > 0 && matches!(o.unit, OffsetUnit::Days | OffsetUnit::Weeks)
                    });
                    if counted
                        && (group_says || says_after(&item.text))
                        && !counts_from_the_events_start(&item.text)
                        && !self.offset_written.contains(&item.id)
                    {
                        after.push(item.id.clone());
                    }
                }
            }
        }
        if after.is_empty() {
            return;
        }
        // The event's last day: a span of two to four days from the launch's, written atop
        // the plan (not a launch week of five or more: "two weeks after launch" counts from
        // its first day as often as from its last).
        let opening = std::iter::once(self.plan.title.as_str())
            .chain(self.plan.notes.iter().map(String::as_str))
            .chain(
                self.plan
                    .sections
                    .first()
                    .into_iter()
                    .flat_map(|s| s.notes.iter().map(String::as_str)),
            )
            .take(12);
        let span = |text: &str| {
            // (Its times of day aside: "17:00 19th Oct - 17:00 21st Oct".)
            let untimed: String = text
                .split(' ')
                .filter(|w| {
                    let (h, m) = w.split_once(':').unwrap_or_default();
                    !((1..=2).contains(&h.len())
                        && m.len() == 2
                        && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()))
                })
                .collect::<Vec<_>>()
                .join(" ");
            let phrase = self.find(&untimed).and_then(Result::ok)?;
            let period = phrase.period;
            let days = (period.last_day() - period.first_day()).num_days();
            (period.first_day() == launch).then_some(days)
        };
        // (Not when the line the launch was read from states one day: "**Launch:** Tuesday 3
        // June 2031" beside "Launch events: 3 - 5 June 2031" or "Beta period: 3 - 5 March".)
        if stated.and_then(span) == Some(0) {
            return;
        }
        let mut ends = opening
            .filter_map(span)
            .filter(|days| (1..=3).contains(days));
        let Some(days) = ends.next() else {
            return;
        };
        let Ok(days) = i32::try_from(days) else {
            return;
        };
        for id in after {
            if let Some(NodeMut::Item(item)) = self.plan.node_mut(&id) {
                let Some(offset) = item.offset else {
                    continue;
                };
                let from_start = match offset.unit {
                    OffsetUnit::Weeks => offset.amount * 7,
                    _ => offset.amount,
                };
                item.offset = Offset::new(from_start + days, OffsetUnit::Days);
                item.due = item.offset.and_then(|o| o.day_from(launch));
            }
        }
    }
}

/// Whether a text says it comes after something ("The day after the jam", "## Afterwards (1-2
/// Weeks After)", "Post-event"), in English, German, French, Spanish, Italian or Portuguese.
fn says_after(text: &str) -> bool {
    let lower = text.to_lowercase();
    hyphenated_words_of(&lower).iter().any(|w| {
        [
            "after",
            "afterwards",
            "post-event",
            "nach",
            "danach",
            "après",
            "después",
            "dopo",
            "depois",
        ]
        .contains(w)
    })
}

/// The nearest `weekday` before (`sign` −1), on or before (0) or after (+1) the launch, as
/// days from it.
fn weekday_from(launch: NaiveDate, weekday: chrono::Weekday, sign: i32) -> Option<Offset> {
    use chrono::Datelike;
    let from = launch.weekday().num_days_from_monday() as i32;
    let to = weekday.num_days_from_monday() as i32;
    let days = match sign.signum() {
        -1 => -((from - to - 1).rem_euclid(7) + 1),
        // On or before the launch's day ("Pre-launch (… on Tuesday)" of a Tuesday launch).
        0 => -(from - to).rem_euclid(7),
        _ => (to - from - 1).rem_euclid(7) + 1,
    };
    Offset::new(days, OffsetUnit::Days)
}

/// "The day before the fair: water the beds", "The Monday after the fair: return the tables" in a
/// plan whose counts name the fair ("Three weeks before the fair: pot up the seedlings", read
/// from the launch): the day or the weekday before or after that event is counted from the
/// launch, as "the day before the launch" is. Only one event of [`launch::EVENTS`] named by the
/// counts, and only lines with no day of their own.
fn days_from_the_counted_event(plan: &mut Plan, launch: NaiveDate) {
    let mut events: Vec<&str> = Vec::new();
    let mut open: Vec<(NodeId, String)> = Vec::new();
    plan.for_each_node(|node, _| {
        let NodeRef::Item(item) = node else {
            return;
        };
        // (A cheap test first: most lines say neither word.)
        if !item.text.contains("before") && !item.text.contains("after") {
            return;
        }
        let lower = item.text.to_lowercase();
        if item.offset.is_some() {
            let words = hyphenated_words_of(&lower);
            for (i, w) in words.iter().enumerate() {
                if ["before", "after"].contains(w) && words.get(i + 1) == Some(&"the") {
                    if let Some(event) = words
                        .get(i + 2)
                        .and_then(|e| launch::EVENTS.iter().find(|x| *x == e))
                    {
                        events.push(event);
                    }
                }
            }
        } else if item.due.is_none() && item.within.is_none() {
            open.push((item.id.clone(), lower));
        }
    });
    events.sort_unstable();
    events.dedup();
    let [event] = events.as_slice() else {
        return;
    };
    for (id, lower) in open {
        // The event's name read as the launch's: "the day before the fair" as "the day before
        // the launch", with the same care for what follows ("the day before the fair
        // committee meets" is no day of the fair).
        let words = hyphenated_words_of(&lower);
        if !words.contains(event) {
            continue;
        }
        // (The event ends its clause: "the day before the fair: water the beds", not "the
        // day before the conference dinner", "the day before the fair last year".)
        let ends_clause = ["before the ", "after the "].iter().any(|side| {
            let named = format!("{side}{event}");
            lower.match_indices(&named).any(|(at, _)| {
                let rest = &lower[at + named.len()..];
                !rest.starts_with(char::is_alphanumeric)
                    && !rest
                        .trim_start_matches(' ')
                        .starts_with(char::is_alphanumeric)
            })
        });
        if !ends_clause {
            continue;
        }
        let swapped = words
            .iter()
            .map(|w| if w == event { "launch" } else { w })
            .collect::<Vec<_>>()
            .join(" ");
        let offset = launch_day_phrase(&swapped).or_else(|| {
            weekday_from_launch(&swapped)
                .and_then(|(weekday, sign)| weekday_from(launch, weekday, sign))
        });
        if let (Some(offset), Some(NodeMut::Item(item))) = (offset, plan.node_mut(&id)) {
            item.offset = Some(offset);
        }
    }
}

/// "Tag and upload RC1 (same day as the string freeze)" beside "String freeze (Sat Oct 2)": an
/// item with no date of its own is due on the day of the dated item or decision point whose
/// text opens with the words it names (or the day before or after it). So is "Hotfix notes -
/// same day as 3.9.1" beside "3.9.1 hotfix - April 8, 2030", read first as the launch's own day:
/// unless a line of that version is on the launch's day (the launch's own version).
fn date_from_other_lines(plan: &mut Plan) {
    // A line's own day, or its time from the launch (whose day follows the launch).
    #[derive(Clone, Copy)]
    enum When {
        On(NaiveDate),
        From(Offset),
    }
    // (The item, the days from the line, the line's first words, and whether those are a
    // version the item was first read to share the launch's day with.)
    let mut wanted: Vec<(NodeId, i64, String, bool)> = Vec::new();
    plan.for_each_node(|node, _| {
        if let NodeRef::Item(item) = node {
            if item.offset.is_none() && item.due.is_none() {
                if let Some((days, name)) = day_of_another_line(&item.text) {
                    wanted.push((item.id.clone(), days, name, false));
                }
            } else if item.offset.is_some_and(|o| o.amount == 0) {
                if let Some(version) = same_day_as_a_version(&item.text.to_lowercase()) {
                    wanted.push((item.id.clone(), 0, version.to_string(), true));
                }
            }
        }
    });
    // (Most plans name no day so: their texts are not lowered for nothing.)
    if wanted.is_empty() {
        return;
    }
    let mut dated: Vec<(String, When)> = Vec::new();
    plan.for_each_node(|node, _| match node {
        NodeRef::Item(item) => {
            if let Some(offset) = item.offset {
                dated.push((item.text.to_lowercase(), When::From(offset)));
            } else if let Some(due) = item.due {
                dated.push((item.text.to_lowercase(), When::On(due)));
            }
        }
        NodeRef::Block(PlanBlock::Decision(d)) => {
            if let Some(date) = d.date {
                dated.push((d.title.to_lowercase(), When::On(date)));
            }
        }
        _ => {}
    });
    let launch = plan.facts.launch;
    let on_the_launch = |when: &When| match when {
        When::On(day) => Some(*day) == launch,
        When::From(offset) => offset.amount == 0,
    };
    for (id, days, name, version) in wanted {
        // The line is named by its words and nothing more before a bracket, a colon or a
        // dash ("String freeze (Sat Oct 2)" for "the string freeze"; not "Christmas Eve sale
        // banner" for "Christmas", nor "Talk rehearsal" for "the talk"); a version by its
        // number and a space or a bracket ("3.9.1 hotfix", not "3.9.1-RC1").
        let named = |text: &str| {
            text.strip_prefix(name.as_str()).is_some_and(|rest| {
                if version {
                    return rest.starts_with([' ', '(', ':']);
                }
                let rest = rest.trim_start();
                rest.is_empty()
                    || rest.starts_with(['(', ':', '-', '\u{2013}', '\u{2014}', ',', '['])
            })
        };
        let mut lines = dated.iter().filter(|(text, _)| named(text));
        let Some(&(_, when)) = lines.next() else {
            continue;
        };
        if version && (on_the_launch(&when) || lines.any(|(_, w)| on_the_launch(w))) {
            continue;
        }
        let Some(NodeMut::Item(item)) = plan.node_mut(&id) else {
            continue;
        };
        if version {
            item.offset = None;
        }
        match when {
            When::On(day) => item.due = day.checked_add_signed(chrono::Duration::days(days)),
            When::From(offset) => {
                let from = match offset.unit {
                    OffsetUnit::Days => Some(offset.amount),
                    OffsetUnit::Weeks => Some(offset.amount * 7),
                    _ => None,
                };
                item.offset = from.and_then(|d| Offset::new(d + days as i32, OffsetUnit::Days));
            }
        }
    }
}

/// Whether a gate's own words record a no-go ("Go/no-go with the editors — no-go, search
/// broken", "no go", "NOGO"), past the "go/no-go" that names the gate.
fn says_no_go(title: &str) -> bool {
    // (Written as section titles are read: "Go / No Go" is "go/no-go".)
    let lower = title
        .to_lowercase()
        .replace(" / ", "/")
        .replace("no go", "no-go")
        .replace("go/no-go", "");
    ["no-go", "nogo"].iter().any(|w| lower.contains(w))
}

/// The schedule groups among a section's blocks.
fn schedule_groups(blocks: &[PlanBlock]) -> impl Iterator<Item = &ScheduleGroup> {
    blocks.iter().filter_map(|b| match b {
        PlanBlock::Schedule(g) => Some(g),
        _ => None,
    })
}

/// "**Update, October 11: we made it.** Every message … now lives at …" opening a post whose
/// timeline follows: the plan's first line (its title, or its first note) says, after "Update"
/// and a day, that the work is done, so what the plan dated on or before that day is done. Not
/// an update that moves the work ("Update (Oct 24): … we are moving the release back one
/// week"), nor one that says it is not done ("Update, May 2: not done yet").
fn done_by_an_update_line(plan: &mut Plan, context: NaiveDate) {
    let Some(day) = update_says_done(&plan.title, context).or_else(|| {
        plan.notes
            .first()
            .and_then(|n| update_says_done(n, context))
    }) else {
        return;
    };
    plan.for_each_node_mut(|node| match node {
        NodeMut::Item(item) if item.due.is_some_and(|due| due <= day) => item.done = true,
        // A go/no-go or freeze the plan dated before the work was done went ahead: it was
        // decided "Go" on its own day (one already recorded stays as written, and so does one
        // whose own words say it was a no-go: "Go/no-go with the editors — no-go, retry").
        NodeMut::Block(PlanBlock::Decision(d)) if d.outcome.is_none() && !says_no_go(&d.title) => {
            if let Some(date) = d.date.filter(|date| *date <= day) {
                d.outcome = Some(DecisionRecord {
                    outcome: Outcome::Go,
                    decided_on: date,
                    note: String::new(),
                });
            }
        }
        _ => {}
    });
}

/// The day of an update line that says the work is done: "Update, October 11: we made it.",
/// "UPDATE (2027-06-02): The move is complete", "Update 3 May — we're live!".
fn update_says_done(line: &str, context: NaiveDate) -> Option<NaiveDate> {
    let text = line.trim().trim_start_matches(['*', '_', '>', ' ']);
    let lower = text.to_lowercase();
    if !lower.starts_with("update") || lower.starts_with("updated") {
        return None;
    }
    let phrase = find_date(text, context)?.ok()?;
    let Period::Day { date } = phrase.period else {
        return None;
    };
    // (The day right after the word, its brackets or a comma: "Update, October 11:".)
    let between = words_of(&lower[..phrase.span.start]);
    if between.len() > 2 {
        return None;
    }
    // The first sentence after the day.
    let rest = &lower[phrase.span.end..];
    let sentence = rest
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split(['.', '!', ';'])
        .next()
        .unwrap_or_default();
    let words = words_of(sentence);
    let said = |w: &[&str]| words.windows(w.len()).any(|x| x == w);
    let done = [
        &["made", "it"][..],
        &["done"],
        &["complete"],
        &["completed"],
        &["finished"],
        &["migrated"],
        &["went", "live"],
        &["is", "live"],
        &["are", "live"],
        &["re", "live"],
        &["shipped"],
    ]
    .iter()
    .any(|w| said(w));
    // ("design is complete; development is two weeks behind": part of it, over the whole
    // update.)
    let part = words_of(rest)
        .iter()
        .any(|w| ["behind", "but", "still"].contains(w));
    let not_done = part
        || words.iter().any(|w| {
            [
                // ("we'll be done by Friday": to come.)
                "will",
                "ll",
                "by",
                "not",
                "t",
                "yet",
                "almost",
                "postponed",
                "delayed",
                "moved",
                "moving",
                "slipped",
                "back",
                "until",
                "partly",
                "partially",
            ]
            .contains(w)
        });
    (done && !not_done).then_some(date)
}

/// "Merge the translations (by Thursday the 7th)": an item with no date of its own is due on
/// the day of the month that falls on that weekday between the day the plan was written and
/// its launch, or else nearest the launch (or the day it was written), within three months of
/// it; a weekday and day that meet in no month as near date nothing.
fn date_weekday_ordinals(plan: &mut Plan) {
    use chrono::Datelike;
    let (written, launch) = (plan.facts.written_on, plan.facts.launch);
    let Some(anchor) = launch.or(written) else {
        return;
    };
    plan.for_each_node_mut(|node| {
        let NodeMut::Item(item) = node else {
            return;
        };
        if item.due.is_some() || item.offset.is_some() {
            return;
        }
        let Some((weekday, day)) = weekday_and_ordinal(&item.text) else {
            return;
        };
        let days: Vec<NaiveDate> = (-3..=3)
            .filter_map(|shift: i32| {
                let index = anchor.year() * 12 + anchor.month0() as i32 + shift;
                NaiveDate::from_ymd_opt(index.div_euclid(12), index.rem_euclid(12) as u32 + 1, day)
            })
            .filter(|d| d.weekday() == weekday && (*d - anchor).num_days().abs() <= 92)
            .collect();
        // Between the day the plan was written and its launch, the first such day; else the
        // one nearest the launch (or the day it was written).
        let between = match (written, launch) {
            (Some(w), Some(l)) => days.iter().copied().find(|d| (w..=l).contains(d)),
            _ => None,
        };
        item.due = between.or_else(|| {
            days.iter()
                .copied()
                .min_by_key(|d| (*d - anchor).num_days().abs())
        });
    });
}

/// Whether the plan's dated items are all due on or before `day`, or two in three of them.
fn most_work_by(plan: &Plan, day: NaiveDate) -> bool {
    let (mut by, mut after) = (0, 0);
    plan.for_each_node(|node, _| {
        if let NodeRef::Item(Item { due: Some(due), .. }) = node {
            if *due <= day {
                by += 1;
            } else {
                after += 1;
            }
        }
    });
    after == 0 || after * 2 < by
}

fn launch_line(text: &str, launch: NaiveDate, context: NaiveDate) -> Option<SourceLine> {
    let on_launch = |l: &str| {
        find_date(l, context).is_some_and(|p| {
            p.is_ok_and(|p| match p.period {
                Period::Day { date } => date == launch,
                Period::Range { start, .. } => start == launch,
                _ => false,
            })
        })
    };
    let names = |l: &str| {
        launch::names_launch(l).is_some()
            || Fact::named(l.split_once(':').map_or("", |(k, _)| k)).is_some()
    };
    // One pass: the first line that names it, else the first with its day.
    let mut first = None;
    let mut named = None;
    for (at, l) in text.lines().enumerate().filter(|(_, l)| on_launch(l)) {
        if names(l) {
            named = Some((at, l));
            break;
        }
        first.get_or_insert((at, l));
    }
    let (at, line) = named.or(first)?;
    let whole = line
        .trim()
        .trim_start_matches(['#', '-', '*', '>', '+', ' '])
        .replace("**", "");
    // A long line is cut at a word, with an ellipsis.
    let quoted = if whole.chars().count() <= 100 {
        whole
    } else {
        let cut: String = whole.chars().take(100).collect();
        let at = cut.rfind(' ').unwrap_or(cut.len());
        format!("{}…", cut[..at].trim_end())
    };
    Some(SourceLine {
        line: at + 1,
        text: quoted,
    })
}

/// Whether a line names a gate: as the app's gates do ([`crate::schedule::gates::is_gate`]),
/// or a freeze in the words only the reader keeps ([`labels_a_freeze`]: the reader reads the
/// exported "- **Замрзнување на содржината: …**" back as the gate it was).
pub(super) fn is_gate(text: &str) -> bool {
    crate::schedule::gates::is_gate(text)
        && !names_an_approval_feature(text)
        && !counts_into_a_freeze(text)
        || labels_a_freeze(text.trim_start_matches(['*', '_']))
        || (text.contains("haw") || text.contains("HAW")) && names_a_thaw(text)
}

/// Whether a line's approval is a feature of the product being built, work rather than a gate:
/// an approval done by the software ("Automatic approval of small orders", Korean "자동 승인",
/// Bosnian "automatsko odobrenje"), a part of it named by the approval ("Approval endpoint",
/// "Endpoints for approval and return", Bosnian "Modal za odobrenje"), or a test of it ("E2E:
/// approval + PDF"). The approval word must touch the feature's word: right after it ("approval
/// screen"), or after it with at most two short words between ("Modal for the approval"); not
/// "Final approval of the UI" (what is approved), nor "Budget approval form signed" (a form is
/// how a sign-off is given).
fn names_an_approval_feature(text: &str) -> bool {
    // (Cheap first: only a line with an approval word in it.)
    const APPROVAL: [&str; 12] = [
        "approval",
        "approvals",
        "approve",
        "approving",
        "odobrenje",
        "odobrenja",
        "odobravanje",
        "승인",
        "freigabe",
        "aprobación",
        "aprovação",
        "approbation",
    ];
    const AUTOMATIC: [&str; 12] = [
        "auto",
        "automatic",
        "automatically",
        "automated",
        "자동",
        "automatsko",
        "automatska",
        "automatski",
        "automatische",
        "automatique",
        "automática",
        "automático",
    ];
    const PARTS: [&str; 14] = [
        "endpoint",
        "endpoints",
        "api",
        "modal",
        "dialog",
        "screen",
        "button",
        "ui",
        "workflow",
        "e2e",
        "화면",
        "버튼",
        "ekran",
        "dugme",
    ];
    // An approval someone gives: signed, signed off or approved, or given by or with someone
    // ("Approval workflow signed off", "Freigabe UI durch den Kunden", "Approval dialog with
    // legal on claims").
    const GIVEN: [&str; 18] = [
        "sign-off",
        "signoff",
        "signed",
        "sign",
        "approved",
        "by",
        "with",
        "durch",
        "von",
        "mit",
        "por",
        "con",
        "par",
        "pela",
        "pelo",
        "genehmigt",
        "aprobado",
        "aprobada",
    ];
    let lower = text.to_lowercase();
    if !APPROVAL.iter().any(|w| lower.contains(w)) {
        return false;
    }
    if hyphenated_words_of(&lower)
        .iter()
        .any(|w| GIVEN.contains(w) || w.starts_with("sign-off"))
    {
        return false;
    }
    let words = words_of(&lower);
    // A line that names a gate without its approval word, or a go-live ("Approval button
    // go-live"), is that gate whatever the approval is.
    let without: Vec<&str> = hyphenated_words_of(&lower)
        .into_iter()
        .filter(|w| !APPROVAL.iter().any(|a| w.contains(a)))
        .collect();
    if without.iter().any(|w| matches!(*w, "go-live" | "live"))
        || crate::schedule::gates::is_gate(&without.join(" "))
    {
        return false;
    }
    words.iter().enumerate().any(|(at, w)| {
        if !APPROVAL.contains(w) {
            return false;
        }
        // Right after it, in English only: "Approval endpoint" (German and Spanish put what
        // is approved there: "Freigabe UI", "Aprobación UI").
        let after = matches!(*w, "approval" | "approvals")
            && words.get(at + 1).is_some_and(|n| PARTS.contains(n));
        // Before it: the automatic word or a test right before ("auto-approve", "E2E:
        // approval"), or a part with one or two short words between ("Endpoint-i za
        // odobrenje", "modal for the approval"; not "Screen approval", the screens approved).
        let before = (1..=3).any(|back| {
            at.checked_sub(back).is_some_and(|b| {
                let between_short = words[b + 1..at].iter().all(|x| x.chars().count() <= 3);
                let word = words[b];
                if back == 1 {
                    AUTOMATIC.contains(&word) || word == "e2e"
                } else {
                    between_short && PARTS.contains(&word)
                }
            })
        });
        after || before
    })
}

/// "Third beta, two weeks into the freeze": a time counted into a freeze already running
/// dates the line, it names no gate of its own (as "since the code freeze" or "during the
/// freeze" do not). The line is a gate only if it still names one without those words ("Two
/// weeks into the freeze: go/no-go call" does).
fn counts_into_a_freeze(text: &str) -> bool {
    if !text.contains(" into ") {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    let Some(at) = lower.find(" into ") else {
        return false;
    };
    let unit = lower[..at]
        .rsplit(|c: char| !c.is_ascii_alphanumeric())
        .find(|w| !w.is_empty())
        .is_some_and(|w| {
            [
                "day", "days", "week", "weeks", "month", "months", "hour", "hours",
            ]
            .contains(&w)
        });
    let after = &lower[at + " into ".len()..];
    let mut end = None;
    let mut offset = 0;
    for (n, word) in after.split(' ').enumerate() {
        let bare = word.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
        if bare == "freeze" {
            end = Some(at + " into ".len() + offset + bare.len());
            break;
        }
        if n >= 3 {
            break;
        }
        offset += word.len() + 1;
    }
    let Some(end) = end.filter(|_| unit) else {
        return false;
    };
    let rest = format!("{}{}", &text[..at], &text[end..]);
    !crate::schedule::gates::is_gate(&rest)
}

/// Whether a box's plain bullets are the parts of its work, subtasks rather than its notes:
/// under an open box, each tells a step to take ("- [ ] Refresh the website" over "  - Add
/// the analytics", "  - Rewrite the page titles") and no more: a step with a caution or a
/// condition ("Use pg_dump, not the GUI", "Call Tom if the van is late") is a note on how to do
/// the work. A ticked box's bullets are what was done's notes ("- [x] Order the boxes" over
/// "  - Ask Maria at reception for the delivery code"), and bullets that name things or facts
/// ("  - Users can pay by card", "  - Morning shift at the gate") stay notes too.
///
/// Only in a schedule: a success metric's or a communication entry's bullets are its notes
/// ("- [ ] 10,000 downloads in the first week" over "  - Track the installs in the
/// dashboard"), as Launchplan's export writes them.
fn box_over_its_parts(kind: SectionKind, parent: &ListItem) -> bool {
    if parent.task != Some(false) || kind != SectionKind::Schedule {
        return false;
    }
    let plain: Vec<&ListItem> = parent
        .children
        .iter()
        .filter(|c| c.task.is_none())
        .collect();
    if plain.is_empty() || plain.iter().any(|c| !c.children.is_empty()) {
        return false;
    }
    plain
        .iter()
        .all(|c| tells_a_step(&c.text) && !has_a_caution(&c.text))
        || updates_the_parts_below(&parent.text, &plain)
}

/// Whether an open box asks to update a thing and its plain bullets (two or more) only name
/// the parts of it to update, one each: "- [ ] Update the website" over "  - Download page",
/// "  - Release post"; Japanese "hibari.example.org を更新する" over page names.
/// Each part is then a step of the update (a subtask). The box opens with "update" or
/// "refresh" (Spanish "actualizar", Portuguese "atualizar", Italian "aggiornare", French
/// "mettre à jour"), ends with German "aktualisieren" or Dutch "bijwerken", or is Japanese
/// "…を更新する". A part is a short name: two to five words (in a script without spaces, one
/// run of at most twenty characters), no figure, no state, priority or owner ("High priority",
/// "Blocked", "React 18"), no verb, no colon, no sentence (a full stop, a question), no
/// caution. Anything else under the box ("Ask Lea for the login", "The footer stays as it
/// is.", "Owner: Ana", "Globex", one word alone) keeps every bullet a note, as before.
fn updates_the_parts_below(parent: &str, plain: &[&ListItem]) -> bool {
    let lower = parent.trim().to_lowercase();
    let first = text::first_word(&lower);
    let words = words_of(&lower);
    let last = words.last().copied().unwrap_or_default();
    let asks = ["update", "refresh", "actualizar", "atualizar", "aggiornare"]
        .contains(&first.as_str())
        || lower.starts_with("mettre à jour")
        || ["aktualisieren", "bijwerken"].contains(&last)
        || lower.trim_end_matches(['。', '.']).ends_with("を更新する");
    if !asks || plain.len() < 2 {
        return false;
    }
    plain.iter().all(|c| {
        let text = c.text.trim();
        let spaced = text.split_whitespace().count();
        // (Two to five words where words are spaced: one word alone is as often a person, a
        // firm or a state, "Ana", "Globex", "Blocked".)
        let spaced_script = text.chars().any(|c| c.is_ascii_alphabetic());
        let short = if spaced_script {
            (2..=5).contains(&spaced)
        } else {
            spaced == 1 && text.chars().count() <= 20
        };
        let lower = text.to_lowercase();
        // (Not a state, a priority, an owner or a size: "High priority", "In progress", "Owner
        // Ana", "React 18", "2 hours".)
        let attribute = tables::opens_with_status(text)
            || text.chars().any(|c| c.is_ascii_digit())
            || words_of(&lower).iter().any(|w| {
                [
                    "priority", "owner", "urgent", "optional", "blocked", "done", "pending",
                    "status", "todo", "tbd",
                ]
                .contains(w)
            });
        // (A Japanese verb ends its line in a kana of the u row, or "た"/"だ", "ます": a step
        // or a sentence, not a name.)
        let japanese_verb = text.ends_with("ます")
            || text
                .chars()
                .last()
                .is_some_and(|c| "うくぐすつぬぶむるただ".contains(c))
                && text.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c));
        !text.is_empty()
            && short
            && !attribute
            && !text.contains([':', '：'])
            && !text.ends_with(['.', '!', '?', '。', '？', '！'])
            && !opens_with_an_imperative(text)
            && !opens_with_a_verb(text)
            && !tells_a_step(text)
            && !has_a_caution(text)
            && !japanese_verb
            && !c.numbered
            && names_a_part_of_a_page(text)
    })
}

/// Whether a bare name under an update box names a part of a page, a site, a document or a
/// shop's signs by its head noun ("Download page", "Price list", "Staff photos", "Menu board",
/// Spanish "Página de precios", German "Startseite", Japanese "ダウンロードページ",
/// "サイドバーの最新版表示", "「リリースしました」の記事"). Any other short name under the box is as
/// often a person, a team, an estimate, a tag or an acceptance note ("Maria Lopez",
/// "Marketing team", "Half a day", "#docs #release", "All links working", "田中さん"), and
/// the reader cannot tell it from a part: the box keeps it as a note. (The head noun is the
/// last word in English, German and Dutch, the first in Spanish, Portuguese, Italian and
/// French; an amount, "A few pages", "About half a page", is no part.)
fn names_a_part_of_a_page(text: &str) -> bool {
    const LAST: &[&str] = &[
        "page",
        "pages",
        "section",
        "sections",
        "post",
        "posts",
        "article",
        "articles",
        "list",
        "sidebar",
        "banner",
        "banners",
        "header",
        "footer",
        "menu",
        "form",
        "photo",
        "photos",
        "image",
        "images",
        "screenshot",
        "screenshots",
        "board",
        "window",
        "sign",
        "signs",
        "table",
        "tab",
        "faq",
        "blog",
        "guide",
        "reference",
        "hours",
        "prices",
        "logo",
        "video",
        "homepage",
        "readme",
        "changelog",
        "leaflet",
        "poster",
        "flyer",
        "brochure",
        "slide",
        "slides",
        "chapter",
        "paragraph",
        "widget",
        "popup",
        "overview",
        "teaser",
        "text",
        "copy",
        "caption",
        "captions",
        "template",
        "listing",
        "description",
    ];
    const FIRST: &[&str] = &[
        "página",
        "pagina",
        "páginas",
        "paginas",
        "sección",
        "seção",
        "secção",
        "sezione",
        "section",
        "menú",
        "menu",
        "lista",
        "listino",
        "foto",
        "fotos",
        "artículo",
        "artigo",
        "articolo",
        "article",
        "formulario",
        "formulário",
        "modulo",
        "formulaire",
        "preguntas",
        "perguntas",
        "domande",
        "horario",
        "horarios",
        "horário",
        "horários",
        "orari",
        "horaires",
        "precios",
        "preços",
        "prezzi",
        "prix",
        "tabla",
        "tabela",
        "tabella",
        "banner",
        "bannière",
        "galería",
        "galeria",
        "galleria",
        "galerie",
        "guía",
        "guia",
        "guida",
        "guide",
        "entrada",
        "pie",
        "cabecera",
        "rodapé",
        "cabeçalho",
        "barra",
        "imágenes",
        "imagens",
        "immagini",
        "images",
        "texto",
        "testo",
        "texte",
    ];
    const GLUED: &[&str] = &[
        "seite", "seiten", "pagina", "menü", "liste", "banner", "bilder", "fotos", "formular",
        "artikel", "tabelle", "tabel", "leiste",
    ];
    const JAPANESE: &[&str] = &[
        "ページ",
        "記事",
        "表示",
        "欄",
        "画面",
        "バナー",
        "メニュー",
        "セクション",
        "一覧",
        "写真",
        "画像",
        "説明",
        "リンク",
        "ヘッダー",
        "フッター",
        "サイドバー",
        "トップ",
        "ガイド",
        "文言",
    ];
    let lower = text.trim().to_lowercase();
    let words = words_of(&lower);
    if words
        .iter()
        .any(|w| ["few", "couple", "half", "some", "several", "all"].contains(w))
    {
        return false;
    }
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return JAPANESE.iter().any(|n| lower.ends_with(n));
    };
    LAST.contains(last)
        || FIRST.contains(first)
        || GLUED.iter().any(|n| last.ends_with(n))
        || JAPANESE.iter().any(|n| lower.ends_with(n))
}

/// Whether an open box says to post and names, in plain bullets under it, the posts or the
/// places they go: "- [ ] Post to the forums once the thread has settled:" over "  - the
/// support board (same day)", "  - r/homelab", or "- [ ] Launch day posts:" over "  - A photo
/// of the stand", "  - A short video": each bullet is one post to make, a subtask. The box
/// ends with a colon and opens with a verb of posting (Spanish "Publicar", French "Publier",
/// German "Posten", …; not "Share", as often with people: "Share the deck:" over "Ana") or
/// names the posts as its last word; its bullets are all plain, two or more, of eight words at
/// most, without a stop or a "Label: value" field. Not what goes into the post ("Post the
/// announcement with:", "… saying:", "Post this message:"), nor a ticked box (what went out, its
/// notes), nor a box over boxes, whose plain bullets among them are remarks or placeholders.
///
/// Only in a schedule: a communication entry's bullets are its notes ("- [ ] Post the news to
/// the groups:" under "## Communications" keeps "the Elm Street board" as its note).
///
/// After review: a verb of posting must say where ("to", "on", "en", "sur", "auf", …): "Tweet:"
/// or "Post the photos:" is over the post's words or how to post it; the bullets are not the
/// post's wording or a caution ("We are open again", "don't tag the CEO"), nor open with a
/// verb ("pin it for a week"), and hashtags are channels only under a box ending with its "to:";
/// the posts named as the last word are plural, in a label with no article ("Launch day
/// posts:", not "Approve the posts:" nor "Write the blog post:").
fn box_over_posts(kind: SectionKind, parent: &ListItem) -> bool {
    const POSTING: [&str; 11] = [
        "post",
        "publish",
        "cross-post",
        "crosspost",
        "repost",
        "tweet",
        "publicar",
        "publier",
        "posten",
        "veröffentlichen",
        "publiceren",
    ];
    // (Plural: "Launch day posts:"; one post's bullets are its contents: "Write the blog post:".)
    const POSTS: [&str; 5] = [
        "posts",
        "publicaciones",
        "publications",
        "beiträge",
        "berichten",
    ];
    // (A verb of posting says where, its bullets the places: "Post the news to:", "Publicar en
    // redes:"; a bare "Tweet:" or "Post the photos:" is over the words or how to post them.)
    const WHERE: [&str; 15] = [
        "to", "on", "in", "onto", "into", "across", "via", "en", "sur", "dans", "auf", "im", "bei",
        "op", "naar",
    ];
    // (A label naming posts has no article: "Release day posts:", not "Approve the posts:".)
    const DETERMINERS: [&str; 18] = [
        "the", "these", "those", "our", "my", "your", "their", "all", "los", "las", "les", "ces",
        "nos", "die", "diese", "unsere", "het", "onze",
    ];
    // (What goes into one post, not posts: "Post in Slack saying:", "Post this message:".)
    const CONTENTS: [&str; 17] = [
        "with",
        "including",
        "about",
        "containing",
        "con",
        "avec",
        "mit",
        "met",
        "sobre",
        "saying",
        "says",
        "message",
        "text",
        "copy",
        "caption",
        "wording",
        "template",
    ];
    if parent.task != Some(false) || parent.children.len() < 2 || kind != SectionKind::Schedule {
        return false;
    }
    let text: String = parent
        .text
        .chars()
        .filter(|c| !['*', '_', '`'].contains(c))
        .collect();
    let Some(lead) = text.trim_end().strip_suffix([':', '：']) else {
        return false;
    };
    let lower = lead.to_lowercase();
    let words = hyphenated_words_of(&lower);
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    let says_where = words.iter().skip(1).any(|w| WHERE.contains(w));
    let says_to_post = POSTING.contains(first) && says_where
        || words.len() >= 2
            && POSTS.contains(last)
            && !words.iter().any(|w| DETERMINERS.contains(w));
    says_to_post
        && !words.iter().any(|w| CONTENTS.contains(w))
        && parent.children.iter().all(|c| {
            let bullet = c.text.trim();
            c.task.is_none()
                && c.children.is_empty()
                && c.extra.is_empty()
                && !c.placeholder
                && !bullet.is_empty()
                && !bullet.ends_with(['.', '?', '!'])
                && !bullet.starts_with(['{', '['])
                && bullet.split_whitespace().count() <= 8
                && !has_a_label_colon(&without_urls(bullet))
                && !says_how_or_what_to_post(bullet)
                && !(bullet.starts_with(char::is_alphanumeric)
                    && (opens_with_a_verb(bullet) || opens_with_an_imperative(bullet)))
                // (A hashtag is a channel only where the box leaves the place to its bullets:
                // "Post the recap to:" over "#general"; "Post on Instagram:" over "#coffee".)
                && (!bullet.starts_with('#') || WHERE.contains(last))
        })
}

/// Whether a bullet under a box that says to post is a caution on how to post ("don't tag the
/// CEO", "no emojis", "nicht vor 9 Uhr") or a line of the post's wording ("We are open again",
/// "First coffee is on us"): a word of negation, or a subject pronoun or a form of "be".
fn says_how_or_what_to_post(bullet: &str) -> bool {
    const WORDS: [&str; 35] = [
        "not", "no", "never", "don't", "dont", "avoid", "without", "nicht", "kein", "keine",
        "ohne", "nie", "sin", "nunca", "pas", "jamais", "sans", "niet", "geen", "zonder", "nooit",
        "we", "you", "i", "it", "is", "are", "will", "wir", "ist", "sind", "nous", "est", "sont",
        "es",
    ];
    bullet
        .to_lowercase()
        .replace('’', "'")
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .any(|w| WORDS.contains(&w) || w.ends_with("n't"))
}

/// Whether a step carries a caution or a condition, a note on how or when rather than a part of
/// the work: a clause after a comma ("Use pg_dump, not the GUI"), "if", "unless", "until",
/// "in case", "not", "never", "only", "before"/"after" a moment ("Call Tom if the van is late").
fn has_a_caution(text: &str) -> bool {
    let text = without_an_owner_in_brackets(text);
    const WORDS: [&str; 10] = [
        "if",
        "unless",
        "until",
        "case",
        "not",
        "never",
        "only",
        "otherwise",
        "before",
        "after",
    ];
    text.contains([',', ';', '(', '—', '–'])
        || text
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .any(|w| WORDS.contains(&w.to_lowercase().as_str()) || w.ends_with("n't"))
}

/// Whether a line holds a colon that is not inside a clock time ("Owner: Ana", "Note: …"; not
/// "set out the badges at 12:45"): a label and its value.
fn has_a_label_colon(text: &str) -> bool {
    let bytes = text.as_bytes();
    text.match_indices(':').any(|(at, _)| {
        let before = at.checked_sub(1).map(|i| bytes[i]);
        let after = bytes.get(at + 1).copied();
        !(before.is_some_and(|b| b.is_ascii_digit()) && after.is_some_and(|b| b.is_ascii_digit()))
    })
}

/// Whether a part under a box holds a "Label: value" colon: any colon, except a clock time's
/// in a step that opens with a verb of work ("Open the hall at 12:45"); "Doors open at 18:30"
/// and "Keynote at 13:30" (times of a programme, no work) keep it (review 1 of the
/// thirty-sixth session).
fn label_colon_in_a_part(text: &str) -> bool {
    if opens_with_an_imperative(text) || opens_with_a_verb(text) {
        has_a_label_colon(text)
    } else {
        text.contains(':')
    }
}

/// A step without the name of who does it, written last in brackets ("Run the timer and the
/// roaming mic (Olu)", "Set out the badges (Ana & Ben)"): one to three capitalised words (joined
/// by "and", "&", "+", "/" or commas). Other brackets ("(only if it rains)", "(2 hours)",
/// "(see the runbook)") stay, as does a text that is only the bracket.
fn without_an_owner_in_brackets(text: &str) -> &str {
    let trimmed = text.trim_end();
    let Some(inner) = trimmed
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once('('))
        .filter(|(before, _)| !before.trim().is_empty())
    else {
        return text;
    };
    let names: Vec<&str> = inner
        .1
        .split(|c: char| c.is_whitespace() || [',', '&', '+', '/'].contains(&c))
        .filter(|w| !w.is_empty() && *w != "and")
        .collect();
    let owner = (1..=3).contains(&names.len())
        && names.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '.' || c == '-' || c == '\'')
        });
    if owner {
        inner.0.trim_end()
    } else {
        text
    }
}

/// Whether a line opens with a verb that tells someone to do something: the reader's common
/// verbs of a step ([`opens_with_an_imperative`]) and those that open the steps of a
/// how-to ("Include …", "Mention …", "Frame the shot …", "Rewrite …", "Drop …").
fn tells_a_step(text: &str) -> bool {
    // (Not "keep", as often a remark: "keep the keys in the vault".)
    const MORE: [&str; 15] = [
        "include", "mention", "frame", "rewrite", "drop", "link", "clear", "remove", "reuse",
        "tell", "open", "start", "stop", "announce", "test",
    ];
    opens_with_an_imperative(text) || MORE.contains(&text::first_word(text).as_str())
}

/// Whether a line opens with the verb of deciding, as a step to take: "Decide whether to
/// co-locate", "**Besluit op die begroting:**" (Afrikaans, Dutch), "Beslis over …", German
/// "Entscheiden, ob …", French "Décider du lieu", Spanish and Portuguese "Decidir", Italian
/// "Decidere", Swedish "Besluta", Danish and Norwegian "Bestem", Polish "Zdecydować" (not
/// "Beslut", which is Swedish for a decision). Not a gate named as a thing ("Feature freeze", "Budget approved by the board", "Go/no-go
/// meeting"), which passes rather than being done; nor the noun where the word is one too:
/// Dutch "Besluit van de gemeente over de vergunning" (the council's decision), "Besluit:",
/// Swedish "Beslut om budget från styrelsen" (a decision on the budget).
fn asks_to_decide(text: &str) -> bool {
    let opening = text
        .trim_start()
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let mut words = opening.split(|c: char| !c.is_alphanumeric());
    let word = words.next().unwrap_or_default();
    let first = word.to_lowercase();
    let next = words
        .find(|w| !w.is_empty())
        .unwrap_or_default()
        .to_lowercase();
    let label = opening[word.len()..].trim_start().starts_with(':');
    if first == "besluit" && (label || ["van", "door", "is", "genomen"].contains(&next.as_str())) {
        return false;
    }
    [
        "decide",
        "besluit",
        "beslis",
        "entscheiden",
        "entscheide",
        "décider",
        "décidez",
        "decidir",
        "decidere",
        "besluta",
        "bestem",
        "bestäm",
        "zdecydować",
        "zdecyduj",
    ]
    .contains(&first.as_str())
}

/// The end of a freeze, named as a milestone of a release cycle: "**Thaw**", "Code thaw",
/// "Docs Thaw — week 15" (the word last in its name, after at most two words naming what
/// thaws; a row's other cells after a dash). Not work to do ("Thaw the prawns overnight", the
/// word opening a longer line).
fn names_a_thaw(text: &str) -> bool {
    let name = text.split([':', '|', '—', '–']).next().unwrap_or_default();
    let lower = name.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    matches!(words.as_slice(), [rest @ .., "thaw"] if rest.len() <= 2
        && rest.iter().all(|w| !["the", "to", "and", "let", "wait", "for"].contains(w)))
}

/// Whether a label (lower case) names a freeze: "code freeze", "feature freeze", "frozen",
/// German "Feature-Freeze", Russian "заморозка кода", Spanish "congelación", French "gel du
/// code", or a freeze in the words of [`labels_a_freeze`].
fn names_a_freeze(label: &str) -> bool {
    words_of(label).iter().any(|w| {
        w.starts_with("freez")
            || w.starts_with("frozen")
            || w.starts_with("замор")
            || w.starts_with("congela")
            || *w == "gel"
    }) || labels_a_freeze(label)
}

/// A freeze named in a label in words the gates the app reads at start do not carry:
/// Macedonian "Замрзнување на содржината", Bulgarian "Замразяване на обхвата", Serbian
/// "Замрзавање" (only as a label over its day: "**Замрзнување на содржината:** 2032-05-28").
fn labels_a_freeze(label: &str) -> bool {
    let lower = label.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().take(3).collect();
    // Of what a plan freezes: content, scope, code, features, texts, design (not "Замразяване
    // на тестото", dough put in the freezer).
    let object = |w: &str| {
        [
            "содржин",
            "съдържани",
            "обхват",
            "код",
            "функци",
            "текст",
            "дизајн",
            "дизайн",
        ]
        .iter()
        .any(|o| w.starts_with(o))
    };
    match words.as_slice() {
        [freeze, "на", what] | [freeze, what, ..] => {
            ["замрзнување", "замразяване", "замрзавање"].contains(freeze) && object(what)
        }
        _ => false,
    }
}

/// Whether a section's title names a lane of a task board ("In Progress", "Backlog", "To Do",
/// "Doing").
fn is_board_lane(title: &str) -> bool {
    let lower = title.trim().trim_end_matches(':').trim().to_lowercase();
    [
        "in progress",
        "backlog",
        "to do",
        "todo",
        "doing",
        "in review",
    ]
    .contains(&lower.as_str())
}

/// What kind of content a `##` section holds, judged by its title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SectionKind {
    Completed,
    Schedule,
    Decisions,
    Metrics,
    Risks,
    Contingencies,
    Communication,
}

impl SectionKind {
    fn of(title: &str) -> SectionKind {
        // "Go / No-Go", "Go / No Go": the same words as "Go/No-Go".
        let lower = title
            .to_lowercase()
            .replace(" / ", "/")
            .replace("no go", "no-go");
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        // Whole words, so "Payment Gateway" is not a gate; a word may carry a plural or suffix.
        let has = |stems: &[&str]| {
            words.iter().any(|w| {
                stems
                    .iter()
                    .any(|s| w.starts_with(s) && w.len() <= s.len() + 2)
            })
        };
        // "# Published" over a log of posts, "## Released versions": done ("To be published" is
        // not).
        // (Only a title that is that word and what it holds: "Released features need docs" is
        // work.)
        let published = words
            .first()
            .is_some_and(|w| ["published", "released"].contains(w))
            && words.len() <= 2
            && words.get(1).is_none_or(|w| {
                [
                    "versions", "posts", "releases", "articles", "features", "items", "work",
                    "content",
                ]
                .contains(w)
            });
        // "## Completed Tasks", "## Done items": the work that was done, read as tasks (done, as
        // their heading says), not as milestones reached.
        let names_tasks = words
            .iter()
            .any(|w| ["task", "tasks", "todos", "items"].contains(w));
        // ("## Critical Path (If Nothing Else Gets Done, Do These)", "## To be done": work
        // still to get done, not done.)
        let done_words = words.iter().enumerate().any(|(i, w)| {
            ["completed", "achieved", "done", "shipped"]
                .iter()
                .any(|s| w.starts_with(s) && w.len() <= s.len() + 2)
                && !(i > 0
                    && ["gets", "getting", "be"].contains(&words[i - 1])
                    // ("What did get done this quarter" is what was done.)
                    || i > 1
                        && words[i - 1] == "get"
                        && words[i - 2] != "did"
                        && !(words[i - 2] == "to"
                            && i > 2
                            && ["managed", "able"].contains(&words[i - 3])))
        });
        // Portuguese and Spanish "Cronograma Executado", "Cronograma Realizado", "Cronograma
        // ejecutado": the schedule as carried out, beside the one planned ("Cronograma
        // Planejado"), its rows done.
        let carried_out = words.windows(2).any(|w| {
            w[0] == "cronograma"
                && [
                    "executado",
                    "executada",
                    "realizado",
                    "realizada",
                    "ejecutado",
                    "ejecutada",
                ]
                .contains(&w[1])
        });
        if done_words && !names_tasks && !phase_marked_done(title) || published || carried_out {
            SectionKind::Completed
        } else if words.first().is_some_and(|w| w.starts_with("contingenc")) {
            SectionKind::Contingencies
        } else if has(&["risk", "mitigation"]) {
            SectionKind::Risks
        } else if has(&["decision", "gate"])
            // Decisions in the Nordic languages, Dutch, German and the Romance languages.
            || has(&[
                "beslutning",
                "beslut",
                "besluit",
                "entscheidung",
                "décision",
                "decisión",
                "decisiones",
                "decisão",
                "decisões",
                "decisione",
                "decisioni",
                // Bosnian, Croatian and Serbian: a gate ("Izlazna kapija faze").
                "kapija",
                "kapije",
            ])
            || lower.contains("go/no-go")
            || lower.contains("go-no-go")
        {
            SectionKind::Decisions
        } else if has(&["metric", "kpi", "okr"])
            || lower.contains("success criteria")
            // (After the emoji that opens it at most: "## 🌟 Success Milestones".)
            || {
                // (As a word: not "Succession", nor "Success stories to collect".)
                let rest = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
                rest.strip_prefix("success").is_some_and(|after| {
                    !after.starts_with(char::is_alphabetic)
                        && !after.trim_start().starts_with("stor")
                })
            }
            // What a piece of work must meet to be accepted ("Acceptance Criteria",
            // "Akzeptanzkriterien", "Critères d'acceptation"): criteria, its boxes included. The
            // whole title, numbered at most (not "Acceptance Criteria Review", a meeting, or
            // "Critères d'acceptation et tâches").
            // (The title's aside in brackets aside.)
            || [
                "acceptance criteria",
                "akzeptanzkriterien",
                "critères d'acceptation",
                "criterios de aceptación",
                "critérios de aceitação",
                "criteri di accettazione",
            ]
            .contains(
                &lower
                    .split('(')
                    .next()
                    .unwrap_or_default()
                    .trim_start_matches(|c: char| !c.is_alphabetic())
                    .trim_end_matches(|c: char| !c.is_alphabetic()),
            )
            // What done looks like, in Korean, Japanese and Chinese ("완료 조건", "完了条件",
            // "验收标准").
            || [
                "완료 조건", "완료 기준", "성공 기준", "完了条件", "成功基準", "完成标准", "验收标准",
                "成功标准",
            ]
            .iter()
            .any(|w| lower.contains(w))
            // "## Succescriteria", "## 📈 เกณฑ์ความสำเร็จ", "## Erfolgskriterien": success
            // criteria in another language, read as the English title is. (The title opens with
            // them, a qualifier after at most: "Succescriteria lanceerdag"; not "Erfolgskriterien
            // festlegen" nor "Succescriteria en planning", work on them.)
            || {
                let rest = lower.trim_start_matches(|c: char| !c.is_alphabetic());
                FOREIGN_SUCCESS_CRITERIA.iter().any(|phrase| {
                    rest.strip_prefix(phrase).is_some_and(|after| {
                        !after.starts_with(char::is_alphabetic)
                            && !title.contains(':')
                            // (Narrowed after review: nor a title that goes on after a dash,
                            // "Critères de succès - à faire", nor with the work's verb in
                            // Turkish, Polish or a Romance language, "Başarı kriterleri
                            // belirleme", "Kryteria sukcesu przygotowanie", "Criterios de
                            // éxito: definir".)
                            && !after.trim_start().starts_with(['-', '–', '—'])
                            && !words_of(after).iter().any(|w| {
                                let long = w.chars().count() > 5;
                                ["e", "und", "et", "y", "i", "en", "and", "og", "och", "ve", "và"]
                                    .contains(w)
                                    || w.ends_with("en") && w.chars().count() > 6
                                    || w.ends_with("er") && w.chars().count() > 6
                                    || long
                                        && ["me", "ma", "mek", "mak", "nie", "ar", "ir", "re"]
                                            .iter()
                                            .any(|end| w.ends_with(end))
                            })
                    })
                })
            }
            // A title that opens with "metrics" in another language ("## 📈 Métricas do
            // Primeiro Mês", "## Metriche di lancio"): what is measured.
            // (The title's noun, with a qualifier at most: not "Métricas e analytics:
            // configuração", "Metriken definieren und bauen", work on the metrics.)
            || words.first().is_some_and(|w| FOREIGN_METRICS.contains(w))
                && !title.contains(':')
                && !words[1..].iter().any(|w| {
                    ["e", "und", "et", "y", "i", "en", "and"].contains(w) || w.ends_with("en") && w.len() > 6
                })
        {
            SectionKind::Metrics
        } else if has(&["contingency", "contingencies", "fallback"])
            // "## 12. Plan B", "## Risks and Plan B": what is done when the plan fails.
            // (The title's own noun: not "Floor plan B", nor "Plan B prep", work to do.)
            || words.windows(2).enumerate().any(|(at, w)| {
                w == ["plan", "b"]
                    && (at == 0 || ["and", "or", "und", "et", "y", "e"].contains(&words[at - 1])
                        || words[..at].iter().all(|w| w.chars().all(|c| c.is_ascii_digit())))
                    && !words.get(at + 2).is_some_and(|n| {
                        ["prep", "preparation", "setup", "tasks", "booking", "work"].contains(n)
                    })
            })
        {
            SectionKind::Contingencies
        } else if has(&["communication", "comms", "announcement"])
            || lower.contains("stakeholder update")
        {
            SectionKind::Communication
        } else {
            SectionKind::Schedule
        }
    }
}

/// Words for a part of a month ("end of May", "inicio junio", "Anfang Juni"): a time a plan
/// gives as the month.
const LOOSE_PARTS: &[&str] = &[
    "beginning",
    "start",
    "middle",
    "end",
    "inicio",
    "início",
    "principios",
    "comienzos",
    "comienzo",
    "media",
    "mediados",
    "medio",
    "meados",
    "fin",
    "fines",
    "final",
    "finales",
    "anfang",
    "mitte",
    "ende",
    "début",
    "debut",
    "inizio",
    "metà",
    "fine",
];

/// Words for the day something opens (a shop, a cart, a venue), in the languages the reader
/// knows: a key they lead names the launch.
const OPENINGS: [&str; 9] = [
    "opening",
    "abertura",
    "apertura",
    "ouverture",
    "eröffnung",
    "inauguración",
    "inauguração",
    "inaugurazione",
    "inauguration",
];

/// The verbs of a sentence that says when the plan's work starts ("starts", Catalan "comença",
/// Spanish "comienza", "empieza", French "commence", Italian "inizia", Portuguese "começa",
/// German "beginnt").
const START_VERBS: [&str; 23] = [
    " starts ",
    " started ",
    " began ",
    " begins ",
    " begin ",
    " kicks off ",
    " kick off ",
    " comença ",
    " comencen ",
    " comienza ",
    " comienzan ",
    " empieza ",
    " empiezan ",
    " commence ",
    " commencent ",
    " inizia ",
    " iniziano ",
    " começa ",
    " começam ",
    " beginnt ",
    " beginnen ",
    " startet ",
    " start ",
];

/// What may stand between a start's verb and its day: "on", "the week of", "la setmana del".
const START_LEADS: [&str; 14] = [
    "on the week of ",
    "the week of ",
    "in the week of ",
    "on ",
    "la setmana del ",
    "el ",
    "la semana del ",
    "la semaine du ",
    "le ",
    "la settimana del ",
    "il ",
    "na semana de ",
    "em ",
    "am ",
];

/// What an opening of registration or a call for papers is called: not the launch.
const REGISTRATIONS: [&str; 14] = [
    "registration",
    "registrations",
    "inscripciones",
    "inscripción",
    "inscrições",
    "inscrição",
    "inscriptions",
    "anmeldung",
    "iscrizioni",
    "call",
    "convocatoria",
    "cfp",
    "submissions",
    "voting",
];

/// Where new content goes: the innermost open node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cursor {
    Plan,
    Section,
    Block,
    Day,
}

struct PlanReader {
    plan: Plan,
    report: ImportReport,
    warnings: Vec<Warning>,
    claims: Vec<CountdownClaim>,
    lines: SourceMap,
    ids: HashSet<NodeId>,
    kind: SectionKind,
    /// The section's own kind while a group under it reads as another ("### Metrics to
    /// Monitor" in a schedule): restored at the next group.
    section_kind: Option<SectionKind>,
    cursor: Cursor,
    /// Heading levels: the plan title's, and the sections' (the first level used below the title).
    title_level: Option<u8>,
    section_level: Option<u8>,
    /// The date the text has reached, for dates written without a year.
    context: NaiveDate,
    /// The time relative to launch each heading level states ("## T-14 Days"), for the items
    /// under it; index 0 is unused.
    relative_by_level: [Option<Offset>; 7],
    /// The last day a heading counted from the launch ("## On release day": T+0), which "###
    /// The same day" repeats.
    last_heading_day: Option<Offset>,
    /// Whether the time of `relative_by_level` at a level is a length after the launch ("Post
    /// Launch (2 weeks)", "(Within 7 days)"): an item's own day number outranks it.
    length_by_level: [bool; 7],
    /// Whether a heading at each level counts in minutes from T-0 ("### Phase 2: Export (T+15min
    /// to T+45min)"): the bare counts under it ("**T+45:**") are minutes too.
    minutes_by_level: [bool; 7],
    /// The time of day each level's last heading opened with ("#### 11:30 PM - First Look"),
    /// and whether that level's times have passed midnight under their parent heading.
    clock_by_level: [(Option<u32>, bool); 7],
    /// The weekday from the launch a heading names at each level ("### Sunday before
    /// release"), and which way (see `weekday_of_heading`).
    weekday_by_level: [Option<(chrono::Weekday, i32)>; 7],
    /// A week counted from the launch's that a heading names at each level ("Week -2",
    /// "Semaine +1"), for the weekdays written in it.
    week_by_level: [Option<i32>; 7],
    /// The day or range each heading level states, for the items under it that no group or
    /// day of their own dates; index 0 is unused.
    period_by_level: [Option<Period>; 7],
    /// Decision points dated relative to launch ("## T-24h: Final Go/No-Go"), dated once the
    /// launch is known.
    relative_gates: Vec<(NodeId, Offset)>,
    /// "Launch: Day 8", and the items and decision points dated only by a day number ("Day 3:
    /// …"): dated from the plan's start once it is known.
    launch_day_number: Option<u32>,
    numbered_days: Vec<(NodeId, u32)>,
    /// Days and groups whose heading may be only a gate's (see `schedule_item`).
    gate_headings: Vec<NodeId>,
    /// Entries dated by a heading's range that also name a day of the plan's count ("Dia 8-9"
    /// under "(20/01 - 02/02)"), with the range: the day, when the count's start puts it in it.
    ranged_days: Vec<(NodeId, u32, Period)>,
    /// The section whose bullets are decision points ("## Gates" with "- Gate 1 (Day 2): …").
    gate_list: Option<NodeId>,
    /// The task last written as a bold line, which the bullets after it explain.
    bold_task: Option<NodeId>,
    /// A bold line of the timeline was read as a task (see [`PlanReader::after_bold_timeline`]).
    bold_lines_are_tasks: bool,
    /// Lines that open with an escaped step number (see [`escaped_step_lines`]).
    escaped_steps: Vec<usize>,
    /// The lines (1-based) that open with struck text ("~~Code freeze: …~~"): a paragraph's
    /// line the writer struck out, which says what no longer holds.
    struck_lines: Vec<usize>,
    /// Which of day and month comes first in the days the plan writes in numbers without a
    /// year, when all of them say the same (see [`text::slashed_order_of`]).
    slashed_order: Option<bool>,
    /// Whether the plan writes its days in numbers month first only ("05.28.27", "06/15/2027",
    /// and none that can only be day first): see [`numbers_month_first`].
    numbers_month_first: bool,
    /// The unit the plan said it counts in ("Counted in weeks before the conference").
    counted_in: Option<OffsetUnit>,
    /// The blocks that are section labels of a plan without headings (see `unheaded_labels`).
    unheaded_labels: Vec<usize>,
    /// Whether a line stated the plan's start in other words than "Sprint start".
    start_stated: bool,
    /// The day a heading of the road to the launch names ("## Road to launch — 14 October"),
    /// when a sentence under it says when the work started.
    road_to_launch_day: Option<NaiveDate>,
    /// The line and the day of the count of a meeting a decision below it may be taken at
    /// (see `meeting_day_of_count`).
    meeting_day: Option<(usize, u32)>,
    /// The start was stated as past ("Work started: Jan 8").
    start_in_the_past: bool,
    /// Days the prose before the first heading says the work starts on ("The course starts the
    /// week of 15 September 2031"): the earliest starts the count when the plan's launch (or
    /// the event its prose names) comes after it.
    start_sentences: Vec<NaiveDate>,
    /// For each base ID given out, the suffix to try next (see `id`).
    next_suffix: std::collections::HashMap<NodeId, usize>,
    /// The front matter's title, for a plan with no title heading.
    front_title: Option<String>,
    /// How strongly the launch date found so far was named (see [`Fact::LaunchLike`]); the
    /// plan's own "Launch:" line outranks them all.
    launch_rank: u8,
    /// The line of the field in other words that dated the launch ("- **Recommended Date:**
    /// March 8, 2027 at 1:30 AM"): a plain bullet of it is the launch's line.
    launch_field_line: Option<usize>,
    /// The event's name that field gives before the day ("Culminating activity: RESEARCH
    /// COLLOQUIUM, Friday, April 12, 2030"), lower case: a plain line of that name on the day
    /// is the launch's line.
    launch_event_name: Option<String>,
    /// Whether the launch is a pilot or a beta the plan counts down to, found only at the end
    /// (see `launch::lesser_launch_from_content`): the line that names it is its line.
    launch_is_lesser: bool,
    /// The dated heading that most clearly names the launch day ("DAY 7: Wednesday, June 10 -
    /// LAUNCH DAY"), with its rank (see [`launch::names_launch`]): the launch when no line of
    /// the plan states it.
    launch_heading: Option<(u8, NaiveDate)>,
    /// The day of a heading that is only "Maintenance Window": the launch failing all else.
    window_heading: Option<NaiveDate>,
    /// The day of the last heading dated by one day ("## Startdag — zaterdag 4 september
    /// 2027"), its level, and whether a heading under it counts from it ("### Twee weken
    /// vooraf"): the event those headings count from.
    event_day: Option<(usize, NaiveDate, bool)>,
    /// Per heading level, whether the heading there counts from that event.
    event_counts: [bool; 7],
    /// Items dated relative to such an event, with its day: due from it, and kept relative
    /// only when the event is the launch.
    anchored: Vec<(NodeId, NaiveDate)>,
    /// Items dated by a weekday before or after the launch ("(Sunday before release)"), with
    /// the weekday and which way: their offsets once the launch is known.
    weekday_items: Vec<(NodeId, chrono::Weekday, i32)>,
    /// The weekday the title or the opening says the launch is on, with no date ("# Launch
    /// planning for Tuesday", "… goes public on Tuesday"): the first such day after the day
    /// the plan was written.
    launch_weekday: Option<(chrono::Weekday, bool)>,
    /// The plan is written in Chinese, Japanese or Korean (see [`cjk_slashed_day`]).
    cjk: bool,
    /// The opening whose list is being read (see [`opening::Opening`]).
    opening: Option<opening::Opening>,
    /// What each opening said, with the items of its list.
    openings: Vec<(opening::Says, Vec<NodeId>)>,
    /// Decision points read from a day titled by a gate ("Day 77 (Mar 9): Feature Freeze").
    day_gates: Vec<NodeId>,
    /// Decision points read from a summary's key dates ("## tl;dr"): dropped at the end when
    /// the schedule states a gate on the same day (see [`drop_repeated_gates`]).
    summary_gates: Vec<NodeId>,
    /// The dated lines of a summary's key dates kept as notes ("* 2.4.0-rc1: 2027-06-04"),
    /// with the group that holds them, their day and line: the plan's timeline when nothing
    /// else in it is dated (see [`key_dates_as_timeline`]).
    summary_dates: Vec<(NodeId, String, NaiveDate, usize)>,
    /// The first day of a dated "Week 1 (15-21 September 2030)" heading, for a plan that says
    /// nowhere else where its count starts.
    week_one_start: Option<NaiveDate>,
    /// A bold week's label read as its task ("**Week 3 · SQL II**"): the list of fields right
    /// under it are that task's notes.
    week_label_fields: bool,
    /// The task a bold day label just made (see [`PlanReader::bold_day_label`]): the fields of
    /// the list under it ("- **Owner:** Sol") are its notes.
    day_label_task: Option<NodeId>,
    /// The lines of headings that are jobs of a job sheet (see [`job_headings`]).
    job_headings: std::collections::HashSet<usize>,
    /// The lines of "## Before:" headings between the day before the launch and its own day
    /// (see [`launch_morning_headings`]).
    launch_morning_headings: std::collections::HashSet<usize>,
    /// The moments a chain of the plan names before the launch ("soft freeze → (4 weeks) →
    /// hard freeze → (1 week) → release day"), with their days from it (see
    /// [`text::moments_before_launch`]): lines counted from them are counted from the launch.
    moments: Vec<(Vec<String>, i32)>,
    /// The days a "Days Remaining: 31" line counts to the launch (see `day_said_today`).
    days_remaining: Option<i64>,
    /// The times from the start a runbook's table of timings gives its numbered steps
    /// ("| -00:30 | 1.1 | All |"), by step number (see [`step_offsets`]).
    step_offsets: Vec<(String, Offset)>,
    /// Whether the list under a bold day label is being read: a label in it that lists an
    /// agenda lists topics, and the work of a label done is done.
    in_day_label: bool,
    /// Whether the table being read is a grid of weeks by weekdays, rewritten as a session a
    /// row (see `tables::weekday_grid`).
    weekday_grid: bool,
    /// The day number ("Day 3", "Days 2-3", "Week 1" = day 7) each heading level without a date
    /// states, and whether it counted weeks, for the items under it; index 0 is unused.
    day_by_level: [Option<(u32, bool)>; 7],
    /// The one week a level's label names ("#### Week 11: Training"), beside its last day in
    /// `day_by_level`: "Day 5" under it is that week's fifth day.
    week_by_label: [Option<u32>; 7],
    /// Entries dated as a day of their labelled week, with the day number they wrote: a plan
    /// whose days run on past the seventh ("Day 8" under "Week 2") counts them from its start.
    days_of_labelled_weeks: Vec<(NodeId, u32)>,
    days_past_a_week: bool,
    /// The month of the count a heading names ("### Month 3-4"), beside its last day in
    /// `day_by_level`: what it dates is due within the month.
    month_by_level: [Option<Period>; 7],
    /// Entries dated by a month of the count, and that month.
    month_counted: Vec<(NodeId, Period)>,
    /// Whether a heading counted months of the plan's span ("### Month 1-2").
    months_counted: bool,
    /// Whether a line named the calendar month the plan's count of months starts with
    /// ("Month 1 = September"): its months are calendar months, due within the month.
    month_one_named: bool,
    /// Whether that line counted its months with Azerbaijani or Turkish "Ay" ("Ay 1 =
    /// sentyabr"): only then does a heading's "Ay 3" count the plan's months.
    month_one_in_ay: bool,
    /// Whether each heading level says that what it holds is done ("## Completed Releases",
    /// "Past releases"); index 0 is unused.
    done_by_level: [bool; 7],
    /// The time relative to launch of the task whose subtasks are being read: theirs too,
    /// unless they state their own.
    task_offset: Option<Offset>,
    /// The day of the count of the task whose subtasks are being read ("1. **Soft
    /// switch-off** (Day 180-187)" over its steps): theirs when they name none.
    task_day: Option<u32>,
    /// The deadline of the heading above a task dated by its week of the count (see
    /// `week_deadlines`).
    task_deadline: Option<NaiveDate>,
    /// Whether the task whose subtasks are being read is done: its plain steps, which carry
    /// no mark of their own, are done with it.
    task_done: bool,
    /// Entries dated by their week of the count instead of their heading's deadline, with that
    /// deadline: theirs when the count's start is not known in the end.
    week_deadlines: Vec<(NodeId, NaiveDate)>,
    /// The last day of the span a "Timeline: Mar 6-13, 2027" line gives the plan.
    span_end: Option<NaiveDate>,
    /// A span of whole months the plan states ("Timeline: 6 months (March - August 2027)"),
    /// its first and last day: where its "Month N" headings count from.
    span_months: Option<(NaiveDate, NaiveDate)>,
    /// The months a sentence lists in brackets, one after another ("Cycles last a month, three
    /// in all (March, April, May)"), and the first four letters of its other words: what its
    /// numbered headings ("### II cycle") are due within.
    listed_months: Option<(Vec<u32>, Vec<String>)>,
    /// The year of the first of those months, once a numbered heading took it.
    listed_months_year: Option<i32>,
    /// A group made of one row of a table or of a bullet's period, which what follows it does
    /// not join: the next schedule item opens a group of its own.
    sealed_group: Option<NodeId>,
    /// The month a "Start Date: March 2027" line gives, when the plan gives no day.
    start_month: Option<Period>,
    /// The days "Label: date" lines name ("tagging deadline", "code freeze"), lowercase.
    named_days: Vec<(String, NaiveDate)>,
    /// The stages of a timeline drawn in a fence, each name (lowercase words) with the day
    /// written under it (see [`PlanReader::diagram_days`]).
    diagram_days: Vec<(Vec<String>, NaiveDate)>,
    /// The spans the plan writes with their year ("Period: January 7-13, 2027", "## Launch
    /// week (Jan 7-13, 2027)"): a day in one keeps its year whatever weekday is written beside it.
    stated_spans: Vec<(NaiveDate, NaiveDate)>,
    /// Whether the open section is about the launch itself ("Beta Launch Week"): its day
    /// numbers count from the launch day when the plan states no start.
    launch_section: bool,
    /// Whether it is about the time after the launch ("Post-launch (weeks 1-4)"): its day 1 is
    /// the day after the launch.
    after_launch_section: bool,
    /// Whether the open group's heading is about the time after the launch ("### Phase 7: After
    /// Launch (Weeks 1-4)" in a section that is not): its weeks count from the launch.
    after_launch_block: bool,
    /// The open group's heading as written ("SATURDAY-SUNDAY, MAR 14-15"; its label keeps
    /// less of it).
    block_heading: String,
    /// Whether an entry was dated by a numbered week ("## PHASE 2 (Week 2-3)"): a count of
    /// weeks, which the day the plan was written does not start.
    weeks_counted: bool,
    /// Whether the plan writes its tasks as checkboxes (see `read`).
    boxes_plan: bool,
    /// The lines of the headings over a part without a box, a table or any time (see
    /// `boxless_parts`), in a plan that writes its work in boxes.
    boxless_headings: std::collections::HashSet<usize>,
    /// The level of the heading over the boxless part being read, if any.
    boxless_level: Option<u8>,
    /// The lines of "## Agenda" headings whose own sub-headings are times of day (see
    /// `timed_agendas`), and the level of the one open now: an event's schedule.
    timed_agendas: HashSet<usize>,
    timed_agenda_level: Option<u8>,
    /// The lines of plain bullets in a list of checkboxes whose own nested bullets are all
    /// checkboxes ("- Install PostgreSQL" over "- [x] Add the extensions"): a step whose box was
    /// left out, a task, not a label over its list.
    steps_among_boxes: Vec<usize>,
    /// The plan is written as a decision record ("## Status", "## Context", "## Decision",
    /// "## Consequences"): its "Decision" section says what will happen, it is no decision
    /// point.
    decision_record: bool,
    /// Whether the list being read has two or more fields left empty (see `is_empty_field`).
    form_list: bool,
    /// The lines of the list being read that give a described thing's date among its other
    /// fields (see `date_fields`).
    date_fields: Vec<usize>,
    /// The month a "Cycle: September 2027" line says the plan is about.
    cycle_month: Option<Period>,
    /// The last week of the count a "Period: Week 5-6" line atop a phase's plan says it runs
    /// to: what nothing else dates is due at its end (see `date_day_numbers`).
    period_weeks: Option<u32>,
    /// Whether a section heading is the count's "Day 0" ("## Day 0 (Getting Ready)").
    day_zero_heading: bool,
    /// The weeks a heading says come next ("### Priorities (next 2 weeks)"), counted from the
    /// day the plan was brought up to date when it states no start.
    next_weeks: Option<u32>,
    /// The heading level of the "next N weeks" heading whose weeks are being read, and whether
    /// a week was counted outside it (then the update starts no count).
    next_weeks_level: Option<u8>,
    weeks_outside_next: bool,
    /// The title of a group of targets a dated go/no-go split, for the targets after it.
    split_metrics_title: Option<String>,
    /// Whether the open section is a rollback's ("## Rollback (if needed)").
    rollback_section: bool,
    /// Whether the open section is a rollback's steps, not a window of the plan in which one
    /// may start ("## 4. Rollback Procedures", not "## T+48h to T+7d: Rollback window").
    rollback_steps: bool,
    /// Whether the list being read is a record of fields in bold with a status among them.
    status_record: bool,
    /// The list being read reports where things stand in status marks ("- ✅ Cart", "- ❌ No
    /// mobile app yet"): its bullets are notes.
    status_report: bool,
    /// Whether the list read is a meeting's notes over its action items (see
    /// `minutes_lists`).
    minutes_list: bool,
    /// The first lines of the lists that are a meeting's notes (see `minutes_lists`).
    minutes_lists: std::collections::HashSet<usize>,
    /// The heading just read, while nothing has followed it yet: a "**Status:**" field right
    /// under it makes it a task (see [`PlanReader::status_heading`]).
    fresh_heading: Option<(String, usize)>,
    /// A heading with a line right under it that is only the days it names ("# Autumn Game
    /// Jam 2029" over "*17:00 19th Oct - 17:00 21st Oct*"): the heading, and the first day.
    heading_days: Vec<(String, NaiveDate)>,
    /// The heading read as a task by its status (see [`PlanReader::status_heading`]): its
    /// level, and where the task stands in its group's items. A deadline or done-on field under
    /// it, to the next heading of its level, dates that task and the boxes under it only.
    status_task: Option<(u8, usize)>,
    /// Whether the paragraph line being read opens with a bold label.
    line_opens_bold: bool,
    /// A summary's gate written under its own day heading ("### May 7, 2027" over "- **Feature
    /// Freeze**", as the export writes one): the bullets after it, to the next heading, are its
    /// notes.
    gate_under_heading: Option<NodeId>,
    /// The header of the last table read, whose rows may go on under a later heading.
    last_table_head: Option<Vec<String>>,
    /// The list read now is a calendar of days (two or more bullets that are only a day, one
    /// of them over what happens on it): a day with nothing under it is a day, not a task.
    day_calendar: bool,
    /// The list read now has an open checkbox: a checklist the plan's writer ticks (the
    /// Markdown export writes a channel's entries as plain bullets, "[x]" for one done).
    open_box_list: bool,
    /// The list read now marks its open boxes with a state, some "✅" and some pending ("- [ ]
    /// ✅ Domain verified", "- [ ] ⏳ Welcome email final"): the "✅" ones are done.
    status_marked_boxes: bool,
    /// Sections of prose only under a dated gate heading ("## 16 August: Code freeze"), by
    /// index, with their heading's line (see `place_prose_gates`).
    prose_gates: Vec<(usize, usize)>,
    /// Tables whose column of days is written without years, in date order: the section's
    /// index and the days as read (see `run_up_tables_a_year_early`).
    yearless_tables: Vec<(usize, Vec<NaiveDate>)>,
    /// The period the heading being read implies without writing it (a weekday, a week of a
    /// month, "today"), for the group it opens.
    implied_period: Option<Period>,
    /// The last month a heading or bold label named, which a later bare month does not go
    /// before.
    last_month: Option<(i32, u32)>,
    /// The day the last weekday-only heading stood for ("### Monday"), from which the next
    /// one ("### Tuesday") counts.
    last_weekday: Option<NaiveDate>,
    /// The paragraph line about to be read without what it strikes through, when it strikes
    /// something through: facts are read from it.
    live_line: Option<String>,
    /// The level of an undated launch-day heading ("## 🚀 Launch Day") with no "Week N" heading
    /// before it: the "## Week 2" headings after it count from the launch.
    launch_day_level: Option<usize>,
    /// Whether that launch-day heading is a night ("## 🌙 Cutover night"): the work of the
    /// night runs into the next morning, and the weeks after it count from the next day.
    launch_night: bool,
    /// The level of the last heading that was a day ("#### March 4").
    day_heading_level: Option<u8>,
    /// Whether a "Week N" heading has come before any launch-day heading (weeks counted from a
    /// kickoff, so those after the launch day do not count from it).
    weeks_before_launch_day: bool,
    /// Whether the open section after the launch counts its days from Day 2 ("Post-Launch (Day
    /// 2-7)"): the launch day is then Day 1.
    launch_is_day_one: bool,
    /// Whether that section leads up to the launch ("Pre-Launch"): its numbered days end the day
    /// before the launch.
    before_launch_section: bool,
    /// Items under day numbers of such a section: the section's index and the day number.
    before_launch_days: Vec<(NodeId, usize, u32)>,
    /// Items under a numbered day of a launch section: made relative to the launch (Day 1 =
    /// the launch day, or the day `launch_day_number` names) when the plan states no start.
    launch_days: Vec<(NodeId, u32, bool, bool)>,
    /// Items under a week of the count ("### Week 3-4 Review") in a section after a launch
    /// section that counted its days from the launch day: the week's last day, in that count.
    weeks_after_launch_count: Vec<(NodeId, u32)>,
    /// The month or quarter a title that names a launch states ("Beta Launch Checklist -
    /// September 2026"): the launch, when nothing else dates it.
    title_launch: Option<Period>,
    /// Decision points read from plain bullets of a schedule ("- Code Freeze: Nov 23"): they
    /// follow the group they were written in, placed when the next block or section opens (so
    /// the group is not cut in two).
    pending_gates: Vec<DecisionPoint>,
    /// Decision points read from a sentence of prose (see `gate_sentence`).
    sentence_gates: Vec<NodeId>,
    /// Items read from bullets without a checkbox: the one that states the launch is the
    /// launch's line, not a task (see `launch_line_to_note`).
    plain_items: HashSet<NodeId>,
    /// Entries ticked by a mark that opens their line ("- ✅ Migrations"), not by a box.
    marked_done: HashSet<NodeId>,
    /// Tasks whose time from the launch the export wrote after their text ("(T+15d)"): read as
    /// written, never counted again.
    offset_written: HashSet<NodeId>,
    /// Whether the last paragraph was a label of notes ("**Success criteria:**"): the plain
    /// bullets after it are notes, until the next paragraph or heading.
    notes_label: bool,
    /// Whether that label names a phase's output in Azerbaijani or Turkish ("**MVP Çıxışı:**",
    /// "**Sprint çıktıları:**"): a ✅ line under it that tells in the past what was done
    /// ("✅ Yaka kartları basıldı") is done work all the same.
    turkic_output_label: bool,
    /// Whether that label is a meeting's agenda ("**Agenda**:"): its lines with a time of day
    /// are an event's timetable all the same.
    agenda_label: bool,
    /// Whether the last paragraph was a label of conditions ("**Has to be true:**", "**Stop
    /// if:**"): the open boxes after it are conditions too, kept as notes with their box.
    conditions_label: bool,
    /// Whether the line before the list was "Instructions:" (see `labels_instructions`).
    instructions_label: bool,
    /// Whether the last label or heading named the state a stretch of work ends in
    /// ("**Hand-over:**", "**Done by end of week**:"): its bullets that open with a mark are
    /// outcomes (see `labels_an_end_state`).
    end_state_label: bool,
    /// Whether the line before the list was a label of the time before the launch ("**Before
    /// cutover**", "Before launch:"; see `labels_before_the_launch`): its text.
    before_launch_label: Option<String>,
    /// The tasks read under such a label: due by the launch when nothing else dates them.
    /// (With the label's text, which `before_launch` reads again once the launch is known.)
    before_launch_items: Vec<(NodeId, String)>,
    /// A box that is the launch day itself ("- [ ] **Launch Day! (Go live in both stores)**")
    /// and its subtasks, read under a dated phase: on the launch's day once it is known (see
    /// `launch_day_tasks_on_the_launch`).
    launch_day_tasks: Vec<Vec<NodeId>>,
    /// Whether every bullet of the list being read opens with a mark, none with a box or a
    /// word ("- ✅ Slab cured", "- 📦 Base ready").
    marked_list: bool,
    /// Whether the last label was a lead-in that lists things ("The kit needs:", see
    /// `introduces_things`): a list of steps under it stays work.
    things_label: bool,
    /// Whether the last label was a lead-in naming the approved outcome ("**If approved:**",
    /// see `notes::names_the_approved_path`), a label of notes before that rule: its list is
    /// the day's work only when every bullet reads as a step (see `states_an_outcome`).
    approved_label: bool,
    /// Whether that lead-in names what a thing should hold ("The leaflet should cover:", see
    /// `names_what_it_should_hold`): one step under it keeps the list as work.
    contents_label: bool,
    /// The last paragraph when it was the label of the launch's day with no value of its own
    /// ("**Planned date:**" over "- Date: 11.10.2030"), until the next paragraph or heading
    /// (see `label_awaiting_its_day`).
    launch_label: Option<String>,
    /// Whether the lists under the last label were said to have happened ("Actual:"), until
    /// the next label or heading.
    list_done: bool,
    /// The time of day the launch line states ("Go-Live: 2026-11-02 00:00 UTC"), in minutes
    /// after midnight: "T-4h" of a midnight go-live is the day before.
    launch_minutes: Option<u32>,
    /// The days of a count a table dated by number ("| **8** | pet 13.6. |": day 8 is 13 June).
    pub(super) days_by_number: std::collections::HashMap<u32, NaiveDate>,
    /// The day the plan's opening prose names (see `opening_date`).
    opening_day: Option<NaiveDate>,
    /// The line of opening prose that gave `opening_day`, when it did not name the launch (see
    /// `opening_date_of_line`).
    opening_day_line: Option<usize>,
    /// The heading level whose time from the launch a bold line alone set ("**On launch day**"),
    /// until the next bold line or heading.
    bold_offset_level: Option<usize>,
    /// The day a "Date:" field at the top of an event's plan names ("# May meetup" over "Date:
    /// Thursday May 13th").
    event_date: Option<NaiveDate>,
    /// The day the title dates a release or an event to ("# 2.3.1 release on 2027-06-29").
    title_day: Option<NaiveDate>,
    /// The heading level whose launch day a plain "Launch day:" label over a list set, until
    /// the next label over a list.
    day_label_level: Option<usize>,
    /// The day (or last day) a line of a month's calendar names for its entry ("1 - Friday
    /// -Posting of the group list"), while that entry is read.
    entry_day: Option<NaiveDate>,
    /// The day a label over a list of boxes names ("- **Mar 2 – Pre-moving**" over "- [ ] Move
    /// the passports"): the period of the boxes under it that state none of their own.
    label_day: Option<Period>,
    /// The lines that may name steps in bold (see `bold_step_lines`).
    bold_step_lines: std::collections::HashSet<usize>,
    /// The headings that glance at the next part of the plan (see `notes::glances_ahead`).
    glances_ahead: std::collections::HashSet<usize>,
    /// The lines that may be steps told one sentence a paragraph (see `sentence_step_lines`).
    sentence_step_lines: std::collections::HashSet<usize>,
    /// The last day of the last such step with a date of its own: the month of a step that
    /// writes only its day ("… ഫലം 22ന് …", on the 22nd).
    sentence_step_day: Option<NaiveDate>,
    /// The day a "Moving day:" line names (see [`Fact::MoveDay`]).
    move_day: Option<NaiveDate>,
    /// The day the last "… confirmed the window:" line names (see [`Fact::SettledDay`]).
    settled_day: Option<NaiveDate>,
    /// The day of the issue comment read last ("**rhoskins** commented on Feb 27, 2029").
    comment_day: Option<NaiveDate>,
    /// Whether an issue's thread is read (a comment's line came since the last heading): the
    /// comments are not the description's last section ("## Release notes" does not make a
    /// comment's dated list notes, see `reads_as_note`).
    in_thread: bool,
    /// The day of the first comment that reports the release done ("release_2.0.0 is tagged
    /// … Closing."): the launch, failing all else.
    released_in_comment: Option<NaiveDate>,
    /// "…, so 4.1 would go out at the start of week 9, on Monday Apr 14": the first day a
    /// sentence says the plan's version goes out on, the launch only when nothing else names
    /// one (see `version_going_out_day`).
    going_out_day: Option<NaiveDate>,
    /// Whether the plan counts its work from its start ("zwei Wochen vor dem Start", "a week
    /// after the start"): then a sentence saying when it starts names its launch.
    counts_from_the_start: bool,
    /// Whether the plan has a section heading below its title (a plan of one list has no
    /// opening to tell apart from its work).
    has_sections: bool,
    /// The days fields at the plan's top date with words the reader has no fact for
    /// ("**Goes out:** Tue 22 June"; see `top_field`).
    top_field_days: Vec<NaiveDate>,
    /// The day of the first heading that is only "<the title's event> day" ("## Moving day
    /// (Sat 13 March 2027)" in "# Move to the new warehouse").
    event_day_heading: Option<NaiveDate>,
    /// Whether the paragraph line being read follows another line of its paragraph.
    continued: bool,
    /// The source line the last note kept as it was written ended on (see `unrecognised`).
    last_note_line: usize,
    /// Whether what is read is inside a `<details>` block.
    in_details: bool,
    /// The number of IDs at which the reader next counts the plan's entries (see `over_limit`).
    next_count: usize,
    /// The entries counted when the plan went over the limit: the reader stopped there.
    stopped_at: Option<usize>,
    /// The level of the last heading read (1 before any).
    heading_level: u8,
    /// The front matter's task lists, made the plan's first section once the body is read.
    front_tasks: Vec<front_matter::Record>,
    /// Whether the context's year was written by the plan where it applies (a heading or line
    /// that states the year), not guessed from the plan's first dated line.
    year_certain: bool,
    /// Whether the plan writes a year anywhere (a date with its year, or a year its title or
    /// opening names): see [`PlanReader::anchor`].
    writes_a_year: bool,
    /// How many times each checkbox text (in lower case) is written in the plan: a box under
    /// a note that repeats another box of the plan is the note's example, not a step.
    box_texts: std::collections::HashMap<String, usize>,
}

/// How many times each checkbox's text ("- [ ] Fix the schema", in lower case) is written in
/// a plan's text.
fn box_texts_of(text: &str) -> std::collections::HashMap<String, usize> {
    let mut counts = std::collections::HashMap::new();
    for line in text.lines() {
        let line = line.trim_start();
        let Some(rest) = line
            .strip_prefix(['-', '*', '+'])
            .map(str::trim_start)
            .and_then(|r| ["[ ]", "[x]", "[X]"].iter().find_map(|b| r.strip_prefix(b)))
        else {
            continue;
        };
        *counts.entry(rest.trim().to_lowercase()).or_insert(0) += 1;
    }
    counts
}

impl PlanReader {
    fn new() -> Self {
        let root = NodeId("plan".into());
        PlanReader {
            plan: Plan {
                id: root,
                title: String::new(),
                subtitle: None,
                facts: Facts::default(),
                ..Default::default()
            },
            report: ImportReport::default(),
            warnings: Vec::new(),
            claims: Vec::new(),
            lines: SourceMap::default(),
            ids: HashSet::new(),
            kind: SectionKind::Schedule,
            section_kind: None,
            cursor: Cursor::Plan,
            title_level: None,
            section_level: None,
            // A neutral start; the plan's own dates replace it (see `anchor`).
            context: NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default(),
            year_certain: false,
            writes_a_year: false,
            box_texts: std::collections::HashMap::new(),
            launch_rank: 0,
            launch_field_line: None,
            launch_event_name: None,
            launch_is_lesser: false,
            launch_heading: None,
            window_heading: None,
            event_day: None,
            event_counts: [false; 7],
            anchored: Vec::new(),
            weekday_items: Vec::new(),
            launch_weekday: None,
            opening: None,
            openings: Vec::new(),
            cjk: false,
            day_gates: Vec::new(),
            summary_gates: Vec::new(),
            summary_dates: Vec::new(),
            front_tasks: Vec::new(),
            heading_level: 1,
            in_details: false,
            next_count: crate::formats::json::MAX_ENTRIES,
            stopped_at: None,
            continued: false,
            last_note_line: 0,
            opening_day: None,
            opening_day_line: None,
            move_day: None,
            settled_day: None,
            comment_day: None,
            in_thread: false,
            released_in_comment: None,
            going_out_day: None,
            counts_from_the_start: false,
            has_sections: false,
            top_field_days: Vec::new(),
            event_day_heading: None,
            title_day: None,
            event_date: None,
            day_label_level: None,
            entry_day: None,
            label_day: None,
            bold_step_lines: Default::default(),
            glances_ahead: Default::default(),
            sentence_step_lines: Default::default(),
            sentence_step_day: None,
            bold_offset_level: None,
            launch_minutes: None,
            days_by_number: Default::default(),
            pending_gates: Vec::new(),
            sentence_gates: Vec::new(),
            list_done: false,
            notes_label: false,
            turkic_output_label: false,
            approved_label: false,
            agenda_label: false,
            conditions_label: false,
            instructions_label: false,
            end_state_label: false,
            before_launch_label: None,
            before_launch_items: Vec::new(),
            launch_day_tasks: Vec::new(),
            marked_list: false,
            things_label: false,
            contents_label: false,
            launch_label: None,
            plain_items: HashSet::new(),
            marked_done: HashSet::new(),
            offset_written: HashSet::new(),
            title_launch: None,
            day_by_level: [None; 7],
            week_by_label: [None; 7],
            days_of_labelled_weeks: Vec::new(),
            days_past_a_week: false,
            week_one_start: None,
            week_label_fields: false,
            day_label_task: None,
            job_headings: Default::default(),
            launch_morning_headings: Default::default(),
            moments: Vec::new(),
            days_remaining: None,
            step_offsets: Vec::new(),
            in_day_label: false,
            weekday_grid: false,
            month_by_level: [None; 7],
            month_counted: Vec::new(),
            months_counted: false,
            done_by_level: [false; 7],
            task_offset: None,
            task_day: None,
            task_deadline: None,
            task_done: false,
            week_deadlines: Vec::new(),
            span_end: None,
            span_months: None,
            month_one_named: false,
            month_one_in_ay: false,
            listed_months: None,
            listed_months_year: None,
            sealed_group: None,
            start_month: None,
            named_days: Vec::new(),
            diagram_days: Vec::new(),
            stated_spans: Vec::new(),
            launch_section: false,
            after_launch_section: false,
            after_launch_block: false,
            block_heading: String::new(),
            launch_day_level: None,
            launch_night: false,
            day_heading_level: None,
            live_line: None,
            last_weekday: None,
            last_month: None,
            weeks_counted: false,
            boxes_plan: false,
            boxless_headings: Default::default(),
            boxless_level: None,
            timed_agendas: HashSet::new(),
            timed_agenda_level: None,
            steps_among_boxes: Vec::new(),
            decision_record: false,
            form_list: false,
            date_fields: Vec::new(),
            cycle_month: None,
            period_weeks: None,
            day_zero_heading: false,
            next_weeks: None,
            next_weeks_level: None,
            weeks_outside_next: false,
            split_metrics_title: None,
            rollback_section: false,
            rollback_steps: false,
            status_record: false,
            status_report: false,
            minutes_list: false,
            minutes_lists: Default::default(),
            fresh_heading: None,
            heading_days: Vec::new(),
            status_task: None,
            line_opens_bold: false,
            gate_under_heading: None,
            last_table_head: None,
            day_calendar: false,
            open_box_list: false,
            status_marked_boxes: false,
            prose_gates: Vec::new(),
            yearless_tables: Vec::new(),
            implied_period: None,
            weeks_before_launch_day: false,
            launch_is_day_one: false,
            before_launch_section: false,
            before_launch_days: Vec::new(),
            launch_days: Vec::new(),
            weeks_after_launch_count: Vec::new(),
            front_title: None,
            next_suffix: std::collections::HashMap::new(),
            relative_by_level: [None; 7],
            last_heading_day: None,
            length_by_level: [false; 7],
            minutes_by_level: [false; 7],
            clock_by_level: [(None, false); 7],
            weekday_by_level: [None; 7],
            week_by_level: [None; 7],
            period_by_level: [None; 7],
            relative_gates: Vec::new(),
            launch_day_number: None,
            numbered_days: Vec::new(),
            gate_headings: Vec::new(),
            ranged_days: Vec::new(),
            gate_list: None,
            start_stated: false,
            start_in_the_past: false,
            meeting_day: None,
            road_to_launch_day: None,
            start_sentences: Vec::new(),
            bold_task: None,
            bold_lines_are_tasks: false,
            escaped_steps: Vec::new(),
            struck_lines: Vec::new(),
            slashed_order: None,
            numbers_month_first: false,
            counted_in: None,
            unheaded_labels: Vec::new(),
        }
    }

    /// Starts the year context at the plan's first date that states its year, wherever it is,
    /// so that a day written without a year before any such date ("#### Monday, January 20"
    /// under a title with no date) is not read in a year of its own. A plan with no such date
    /// takes the year its title or opening prose names ("the summer 2026 cycle"), or else its
    /// front matter's title or description ("description: … edition 2027").
    /// Returns whether the plan writes a year anywhere.
    fn anchor(&mut self, source: &str, front_prose: &str) -> bool {
        let first = source
            .lines()
            .find_map(|line| year_written_in(line, self.context));
        if let Some(date) = first {
            self.context = date;
        } else if let Some(year) = opening_year(source).or_else(|| opening_year(front_prose)) {
            // The middle of the year: a day written without one falls in it, whatever its month
            // (a day without a year is read as the one nearest the context).
            self.context = NaiveDate::from_ymd_opt(year, 7, 2).unwrap_or(self.context);
        } else if let Some(first) = weekdays_year(source, self.context) {
            // No year anywhere, but weekdays beside the dates: the year most of them fit is the
            // plan's, and a weekday that does not fit it is a mistake to report.
            self.context = first;
            self.year_certain = true;
        } else {
            return false;
        }
        self.writes_a_year = true;
        true
    }

    /// "date: June 15-18, 2027" in the front matter of an event's page ("title: OpenData Days
    /// Porto 2027"): a page is not written over four days; they are the event's, and its first
    /// day the launch, the weakest word for one. True when it was read so.
    fn event_dates(&mut self, front: &front_matter::FrontMatter, value: &str) -> bool {
        let title = front
            .entries
            .iter()
            .find(|e| e.key == "title" || e.key == "name")
            .map(|e| e.value.to_lowercase())
            .unwrap_or_default();
        let event = words_of(&title).iter().any(|w| {
            launch::EVENTS.contains(w) || ["days", "con", "conf", "fest", "week"].contains(w)
        });
        let Some(Ok(phrase)) = self.find(value) else {
            return false;
        };
        let Period::Range { start, end } = phrase.period else {
            return false;
        };
        if !event || start == end {
            return false;
        }
        if self.launch_rank < 1 {
            self.plan.facts.launch = Some(start);
            self.launch_rank = 1;
        }
        true
    }

    /// The dates the front matter states, read as the same facts a plan's opening lines state
    /// ("launch date", "release date", "event start date", "date"). The title is taken after
    /// reading, when the plan has no title of its own (its `#` heading would otherwise become a
    /// section).
    fn front_matter(&mut self, front: &front_matter::FrontMatter) {
        for entry in &front.entries {
            if entry.key == "title" || (entry.key == "name" && self.front_title.is_none()) {
                self.front_title = Some(entry.value.clone());
            } else if entry.key == "date" && self.event_dates(front, &entry.value) {
                continue;
            } else {
                // What the plan is about, in its own words: its first note.
                let about = ["description", "summary", "subtitle"].contains(&entry.key.as_str());
                if about && !entry.value.trim().is_empty() {
                    self.plan.notes.push(entry.value.trim().to_string());
                }
                self.fact(&format!("{}: {}", entry.key, entry.value), entry.line);
            }
        }
        // Lists of facts ("facts:" with "- name: Target Launch Date" and "content: May 2027")
        // read as the same facts; lists of tasks wait until the body is read (see
        // `front_matter_tasks`).
        for record in &front.records {
            let name = record.get(&["name", "title", "key", "label"]);
            let value = record.get(&["content", "value", "date", "when"]);
            match (record.list.as_str(), name, value) {
                ("facts" | "dates" | "key dates", Some(name), Some(value)) => {
                    self.fact(&format!("{name}: {value}"), record.line);
                }
                (list, ..) if FRONT_TASK_LISTS.contains(&list) => {
                    self.front_tasks.push(record.clone())
                }
                _ => {}
            }
        }
    }

    /// The tasks the front matter declares ("tasks:" with "- name: …" and "completed: true"), as
    /// the plan's first section, named after the list: a task's name is its text, its
    /// `completed` (or `done`, `status`) whether it is done, its `due` (or `date`, `deadline`)
    /// its date, its `description` a note.
    fn front_matter_tasks(&mut self) {
        let records = std::mem::take(&mut self.front_tasks);
        let Some(first) = records.first() else {
            return;
        };
        let title = capitalised(&first.list);
        let section_id = self.id(&self.plan.id.clone(), "section", &title, first.line);
        let group_id = self.id(&section_id, "group", "", first.line);
        let mut items = Vec::new();
        for record in &records {
            let Some(text) = record.get(&[
                "name",
                "title",
                "task",
                "text",
                "summary",
                "event",
                "milestone",
            ]) else {
                continue;
            };
            let done = record.is_done();
            let due = record
                .get(&["due", "due date", "deadline", "date"])
                .and_then(|v| self.due_in(v));
            items.push(Item {
                id: self.id(&group_id, "item", text, record.line),
                text: text.to_string(),
                done,
                due,
                notes: record
                    .get(&["description", "notes", "note"])
                    .map(|d| vec![d.to_string()])
                    .unwrap_or_default(),
                ..Default::default()
            });
        }
        self.plan.sections.insert(
            0,
            Section {
                id: section_id,
                title,
                blocks: vec![PlanBlock::Schedule(ScheduleGroup {
                    id: group_id,
                    items,
                    ..Default::default()
                })],
                ..Default::default()
            },
        );
    }

    /// The plain bullet that states the plan's launch ("- 2.8.0 final: Tuesday, 2027-10-05",
    /// "- Release Date: Nov 30") is the launch's line, not a task to tick: it becomes a note of
    /// its group or day. A checkbox keeps it a task.
    fn launch_line_to_note(&mut self, only_dns: bool) {
        let Some(launch) = self.plan.facts.launch else {
            return;
        };
        let plain = &self.plain_items;
        let context = self.context;
        // On the launch day, or a span that starts on it ("Symposium dates: September 14-16").
        // ("| T-0:00:00 | SSO | report lift-off |": the moment the countdown counts to, its
        // day not yet written in; read so even with the launch found late, from the countdown's
        // own zero.)
        let at_zero = |i: &Item| i.due.is_none() && i.offset.is_some_and(|o| o.amount == 0);
        let on_launch = |i: &Item| {
            i.due == Some(launch)
                || i.due.is_some_and(|due| {
                    find_date(&i.text, context).and_then(Result::ok).is_some_and(|p| {
                        matches!(p.period, Period::Range { start, end } if start == launch && end == due)
                    })
                })
        };
        let title = &self.plan.title;
        // ("- **Recommended Date:** March 8, 2027 (Sunday) at 1:30 AM": the field the launch
        // was read from, in words of its own.)
        let field_line = self.launch_field_line;
        let lines = &self.lines;
        let from_its_field =
            |i: &Item| field_line.is_some() && lines.get(&i.id) == field_line.as_ref();
        // ("RESEARCH COLLOQUIUM (public presentation of all groups)" on that field's day.)
        let event_name = self.launch_event_name.as_deref();
        // ("March 8, 2027 1:30 AM: Run the index migration" under "### Search Index
        // Migration": the work itself, run.)
        let names_the_event = |i: &Item| {
            let bare = i.text.split('(').next().unwrap_or_default();
            let bare = bare
                .trim()
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            let Some(name) = event_name else {
                return false;
            };
            let said = bare.rsplit(": ").next().unwrap_or_default();
            name == bare || name == said || launch::runs_the_named_work(said, name)
        };
        // ("| 7 | Launch of the open pilot | 17/07/2028 |" when that pilot is the launch.)
        let lesser = self.launch_is_lesser;
        // ("Opening ceremony 2030.09.04 10.00" under "Hand out flyers - two weeks before the
        // opening ceremony": the own line of the event the counts name, on the launch's day.)
        let counted = launch::event_the_counts_name(&self.plan, &[])
            .filter(|(day, _)| *day == launch)
            .and_then(|(_, line)| line);
        let counted = counted.as_deref();
        // ("**June 14-16, 2029** DevRiver 2029": the event itself, after its days.)
        let years_event = |i: &Item| {
            let after_day = find_date(&i.text, context)
                .and_then(Result::ok)
                .filter(|p| p.span.start == 0)
                .map_or(i.text.as_str(), |p| &i.text[p.span.end..]);
            launch::names_the_years_event(after_day, chrono::Datelike::year(&launch))
        };
        let is_line = |i: &Item| {
            plain.contains(&i.id)
                && ((!only_dns
                    // (Not "Full rollout to all users", the rollout's own work.)
                    && (launch::names_launch(&i.text).is_some()
                        && !launch::names_full_rollout(&i.text)
                        || launch::releases_the_titles_version(&i.text, title)
                        || launch::states_the_launch(&i.text)
                        || from_its_field(i)
                        || names_the_event(i))
                    || launch::switches_the_dns(&i.text)
                    // (Read with the launch found only at the end too: it is often that line.)
                    || years_event(i)
                    || lesser && launch::names_lesser_launch(&i.text)
                    || counted == Some(i.text.to_lowercase().as_str()))
                    && on_launch(i)
                    || at_zero(i) && zero_row_calls_the_launch(&i.text, title))
        };
        // Every line that states it (a page of tracks repeats the event's dates in each).
        for section in &mut self.plan.sections {
            for block in &mut section.blocks {
                let PlanBlock::Schedule(g) = block else {
                    continue;
                };
                let lists = std::iter::once((&mut g.items, &mut g.notes))
                    .chain(g.days.iter_mut().map(|d| (&mut d.items, &mut d.notes)));
                for (items, notes) in lists {
                    // ("25. Run the symposium." between a step due 18 April and one due 16 May,
                    // the symposium on 6-8 May: the event itself, undated, in its place among
                    // the dated lines; not with a dated line after it that is due before it. Read
                    // with the launch found only at the end too.)
                    let in_place = |k: usize| {
                        let i = &items[k];
                        // (A line counted from the launch, "1 week out", is before it.)
                        let side = |j: &Item| {
                            j.due
                                .map(|d| d.cmp(&launch))
                                .or_else(|| j.offset.map(|o| o.amount.cmp(&0)))
                        };
                        i.due.is_none()
                            && i.offset.is_none()
                            && plain.contains(&i.id)
                            && launch::runs_the_event_itself(&i.text)
                            && items[..k]
                                .iter()
                                .rev()
                                .find_map(side)
                                .is_some_and(Ordering::is_le)
                            && items[k + 1..]
                                .iter()
                                .find_map(side)
                                .is_none_or(Ordering::is_ge)
                    };
                    let marked: Vec<bool> = (0..items.len())
                        .map(|k| is_line(&items[k]) || in_place(k))
                        .collect();
                    if !marked.contains(&true) {
                        continue;
                    }
                    // Only the line: what was nested under it stays (tasks stay tasks). One pass.
                    let mut lines = Vec::new();
                    for (k, item) in std::mem::take(items).into_iter().enumerate() {
                        if marked[k] {
                            lines.push(item);
                        } else {
                            items.push(item);
                        }
                    }
                    for line in lines {
                        notes.push(line.text);
                        notes.extend(line.notes);
                    }
                }
            }
        }
    }

    /// A progress recap of a plan that keeps its work in checkboxes: a part whose lists are all
    /// plain status lines, each either marked done ("- ✅ Signup flow") or marked pending
    /// ("- ⏳ Press kit (20 min)"), where the pending ones name open boxes written elsewhere
    /// (two at least, and most of them). It tells where the work stands, so its lines are
    /// notes, not work counted twice.
    fn status_recap_lists_to_notes(&mut self) {
        // ("⏳ Press kit (20 min)" → "press kit": the mark and a closing aside dropped.)
        fn core(text: &str) -> Option<String> {
            let rest = text
                .trim_start()
                .strip_prefix(['⏳', '⌛', '🔄', '🕐', '🚧', '⬜'])?
                .trim_start_matches('\u{fe0f}')
                .trim();
            let rest = match rest.rfind(" (") {
                Some(at) if rest.ends_with(')') => &rest[..at],
                _ => rest,
            };
            let rest = rest.trim().to_lowercase();
            (rest.chars().count() >= 2).then_some(rest)
        }
        let plain = &self.plain_items;
        if plain.is_empty() {
            return;
        }
        let open_boxes: Vec<String> = self
            .plan
            .sections
            .iter()
            .flat_map(|s| schedule_groups(&s.blocks))
            .flat_map(|g| g.items.iter().chain(g.days.iter().flat_map(|d| &d.items)))
            .filter(|i| !i.done && !plain.contains(&i.id))
            .map(|i| i.text.to_lowercase())
            .collect();
        if open_boxes.len() < 2 {
            return;
        }
        let mut recaps: Vec<usize> = Vec::new();
        for (at, section) in self.plan.sections.iter().enumerate() {
            let items: Vec<&Item> = schedule_groups(&section.blocks)
                .flat_map(|g| g.items.iter().chain(g.days.iter().flat_map(|d| &d.items)))
                .collect();
            if items.len() < 3 || !items.iter().all(|i| plain.contains(&i.id)) {
                continue;
            }
            let pending: Vec<Option<String>> = items
                .iter()
                .filter(|i| !i.done)
                .map(|i| core(&i.text))
                .collect();
            if pending.iter().any(Option::is_none) {
                continue;
            }
            let named = pending
                .iter()
                .flatten()
                .filter(|c| open_boxes.iter().any(|b| b.contains(c.as_str())))
                .count();
            // Every pending line names a box (narrowed after review 4: one that names none,
            // "⏳ Book the studio for season 2 - Ana, by Mar 20", is new work the section holds).
            if named >= 2 && named == pending.len() {
                recaps.push(at);
            }
        }
        for at in recaps {
            for block in &mut self.plan.sections[at].blocks {
                let PlanBlock::Schedule(g) = block else {
                    continue;
                };
                let lists = std::iter::once((&mut g.items, &mut g.notes))
                    .chain(g.days.iter_mut().map(|d| (&mut d.items, &mut d.notes)));
                for (items, notes) in lists {
                    // (A line read done keeps its mark: "✅ Signup flow".)
                    for line in std::mem::take(items) {
                        notes.push(if line.done {
                            format!("✅ {}", line.text)
                        } else {
                            line.text
                        });
                        notes.extend(line.notes);
                    }
                }
            }
        }
    }

    /// Plain lines that are no work of their own, kept as notes of their group: a list of
    /// reference fields, each a label of at most three words and a link or nothing ("- Related
    /// issues:" beside "- Minutes: notes (https://…)", one link at least). (A "Label: day" line
    /// that restates a task before it was read as a note too, until review rv50 found that its
    /// export, a paragraph above the list, reads back as a task.)
    fn field_and_restated_lines_to_notes(&mut self) {
        fn label_of(text: &str) -> Option<(&str, &str)> {
            let (label, value) = text.split_once(':')?;
            let words = label.split_whitespace().count();
            ((1..=3).contains(&words) && !label.contains(['(', '[', '`', '*', '#']))
                .then(|| (label.trim(), value.trim()))
        }
        // ("notes (https://…)": a link as the reader writes it, its name a few words.)
        fn only_a_link(value: &str) -> bool {
            value.ends_with(')')
                && value.split_once(" (http").is_some_and(|(name, url)| {
                    name.split_whitespace().count() <= 3 && !url.contains(' ')
                })
        }
        let plain = &self.plain_items;
        if plain.is_empty() {
            return;
        }
        let mut dropped: HashSet<NodeId> = HashSet::new();
        let groups = self
            .plan
            .sections
            .iter()
            .flat_map(|s| schedule_groups(&s.blocks));
        for g in groups {
            for items in std::iter::once(&g.items).chain(g.days.iter().map(|d| &d.items)) {
                let fields = items.iter().all(|i| {
                    plain.contains(&i.id)
                        && i.notes.is_empty()
                        && i.due.is_none()
                        && label_of(&i.text).is_some_and(|(_, v)| v.is_empty() || only_a_link(v))
                }) && items
                    .iter()
                    .any(|i| label_of(&i.text).is_some_and(|(_, v)| only_a_link(v)));
                if fields {
                    dropped.extend(items.iter().map(|i| i.id.clone()));
                }
            }
        }
        self.items_to_notes(&dropped);
    }

    /// Turns the items named in `dropped` into notes of the list (or day) that held them, their
    /// text kept in their order; the other items stay where they are.
    fn items_to_notes(&mut self, dropped: &HashSet<NodeId>) {
        if dropped.is_empty() {
            return;
        }
        for section in &mut self.plan.sections {
            for block in &mut section.blocks {
                let PlanBlock::Schedule(g) = block else {
                    continue;
                };
                let lists = std::iter::once((&mut g.items, &mut g.notes))
                    .chain(g.days.iter_mut().map(|d| (&mut d.items, &mut d.notes)));
                for (items, notes) in lists {
                    if !items.iter().any(|i| dropped.contains(&i.id)) {
                        continue;
                    }
                    let (lines, kept): (Vec<Item>, Vec<Item>) = std::mem::take(items)
                        .into_iter()
                        .partition(|i| dropped.contains(&i.id));
                    *items = kept;
                    notes.extend(lines.into_iter().map(|l| l.text));
                }
            }
        }
    }

    /// An overview of the months that the plan then lists month by month: a list whose every
    /// line is a plain bullet of a month and its topics ("- **Oct 2027**: Positioning, pricing
    /// research, privacy review"; the month alone before the colon, then two or more short
    /// topics, none of them a step), each month one that a part of the plan is given to with
    /// its own work ("### October 2027" over its boxes). The lines sum up what that part lists,
    /// so they are notes, not work counted twice. A month no part details, a line that tells
    /// what to do ("Oct 2027: book the venue, send the invites") or a list with other lines in
    /// it stays as before.
    fn month_summaries_to_notes(&mut self) {
        let plain = &self.plain_items;
        if plain.is_empty() {
            return;
        }
        // The months given a part of their own, with work in it, by the section that holds
        // them: an overview only sums up the months its own section details under its
        // subheadings (not another team's "### April 2028").
        let detailed: Vec<(usize, NodeId, Period)> = self
            .plan
            .sections
            .iter()
            .enumerate()
            .flat_map(|(n, s)| schedule_groups(&s.blocks).map(move |g| (n, g)))
            .filter_map(|(n, g)| match g.period {
                Some(p @ Period::Month { .. }) if g.items.len() >= 2 => Some((n, g.id.clone(), p)),
                _ => None,
            })
            .collect();
        if detailed.is_empty() {
            return;
        }
        let context = self.context;
        let sums_up = |section: usize, quarter: Option<Period>, group: &NodeId, i: &Item| {
            let Some(within @ Period::Month { .. }) = i.within else {
                return false;
            };
            let Some((label, topics)) = i.text.split_once(':') else {
                return false;
            };
            // The label is the month and nothing more ("Oct 2027", "October 2027").
            let month_only = find_date(label, context)
                .and_then(Result::ok)
                .is_some_and(|p| {
                    p.period == within && p.span.start == 0 && label[p.span.end..].trim().is_empty()
                });
            let parts: Vec<&str> = topics.split(',').map(str::trim).collect();
            let topics_only = parts.len() >= 2
                && parts.iter().all(|p| {
                    let words = p.split_whitespace().count();
                    (1..=4).contains(&words) && !opens_with_an_imperative(p)
                });
            month_only
                && topics_only
                && plain.contains(&i.id)
                && i.notes.is_empty()
                && detailed.iter().any(|(n, id, p)| {
                    // Its own section's months, or, under a heading that names the quarter
                    // ("## Q4 2027 (Groundwork)"), the months of that quarter.
                    let own =
                        *n == section || quarter.is_some_and(|q| q.contains(within.first_day()));
                    own && id != group && *p == within
                })
        };
        let mut dropped: HashSet<NodeId> = HashSet::new();
        for (n, section) in self.plan.sections.iter().enumerate() {
            // The overview is the list written straight under the section's heading, over
            // the months it details.
            let Some(g) = schedule_groups(&section.blocks).next() else {
                continue;
            };
            let quarter = find_date(&section.title, context)
                .and_then(Result::ok)
                .map(|p| p.period)
                .filter(|p| matches!(p, Period::Quarter { .. }));
            if g.label.is_empty()
                && !g.items.is_empty()
                && g.days.is_empty()
                && g.items.iter().all(|i| sums_up(n, quarter, &g.id, i))
            {
                dropped.extend(g.items.iter().map(|i| i.id.clone()));
            }
        }
        self.items_to_notes(&dropped);
    }

    /// The first day in the text that an aside marks as the count's first ("Wednesday 17
    /// September 2031 (day 1)"), wherever it is written.
    fn day_one_in_lines(&self, text: &str) -> Option<NaiveDate> {
        // (A start in so many words, "kick off", "start", "begin"; not "Last year we started
        // on 4 March 2030 (day 1)".)
        let starts = |lower: &str| {
            ["kick off", "kick-off", "kickoff", "start", "begin"]
                .iter()
                .any(|w| lower.contains(w))
                && !["last", "previous", "ago", "prior"]
                    .iter()
                    .any(|w| words_of(lower).contains(w))
        };
        text.lines()
            .filter(|line| {
                let lower = line.to_lowercase();
                lower.contains("(day 1") && starts(&lower)
            })
            .find_map(|line| {
                let mut rest_at = 0;
                while let Some(Ok(phrase)) = line.get(rest_at..).and_then(|rest| self.find(rest)) {
                    let end = rest_at + phrase.span.end;
                    // (The date finder takes "(day 1)" right after a day as its label.)
                    if let Some(date) = single_day(&phrase.period) {
                        if phrase.day_label == Some(1)
                            || start_beside(line.get(end..), date) == Some(date)
                        {
                            return Some(date);
                        }
                    }
                    rest_at = end.max(rest_at + 1);
                }
                None
            })
    }

    /// "Day 1 (3/15 월)": a numbered day label with its date states the count's start, when
    /// the plan states none.
    fn day_one_dated(&mut self, text: &str, date: NaiveDate) {
        if let Some(n) = day_number_in(text).filter(|_| !self.start_stated) {
            if self.plan.facts.sprint_start.is_none() {
                self.plan.facts.sprint_start =
                    date.checked_sub_days(chrono::Days::new(u64::from(n.saturating_sub(1))));
            }
        }
    }

    /// Whether a text is a date and nothing more but a time ("2027/02/20  13:30 ~ 17:30",
    /// "Saturday, March 6, 2027").
    fn only_a_date(&self, text: &str) -> bool {
        let Some(Ok(phrase)) = self.find(text) else {
            return false;
        };
        let outside = text[..phrase.span.start]
            .chars()
            .chain(text[phrase.span.end..].chars());
        outside.filter(|c| c.is_alphabetic()).count() <= 4
    }

    /// "W1 = week of 29 March 2027", "Week 1 = Mar 29": the first week of the plan's count,
    /// its start when the plan states none.
    fn week_one_stated(&mut self, text: &str) {
        // "Start: 1 September 2030 (Month 1 = September)": the plan's months count from the
        // first of the month named, as a span of whole months would (whatever start the line
        // also states).
        // (An equals sign and a 1 first: most lines have neither.)
        if !self.month_one_named && text.contains('=') && text.contains('1') {
            let lower = counts_in_english(text);
            if let Some(start) = self.month_one_named(text, &lower) {
                self.span_months = Some((start, start + chrono::Months::new(36)));
                self.month_one_named = true;
                self.month_one_in_ay = !lower.contains("month 1");
            }
        }
        if self.plan.facts.sprint_start.is_some() {
            return;
        }
        let lower = counts_in_english(text);
        // "Schedule (Day 0 = Mon 9 Sep 2030): Day 0 fixes → Day 1–4 Wave A": the count starts
        // the day after its day 0.
        if let Some(at) = ["day 0 =", "day 0="]
            .iter()
            .find_map(|p| lower.find(p).map(|at| at + p.len()))
        {
            let rest = lower[at..]
                .trim_start()
                .split([',', ')'])
                .next()
                .unwrap_or_default();
            if let Some(day) = self
                .find(rest)
                .and_then(Result::ok)
                .filter(|p| p.span.start == 0)
                .and_then(|p| single_day(&p.period))
            {
                self.plan.facts.sprint_start = day.succ_opt();
                return;
            }
        }
        // "Months are counted from kickoff on Monday 4 January 2027": the count's first day.
        if let Some(day) = self.count_start_said(&lower) {
            self.plan.facts.sprint_start = Some(day);
            return;
        }
        if !text.contains('1') {
            return;
        }
        // "W1 = week of …", and "Day 1 = Monday 4 October 2027" ("Giorno 1 = lunedì 4 ottobre").
        // "Day 1 is pencilled in for Tuesday 18 May 2027", "Day 1 falls on …": a sentence whose
        // next words are the day.
        let said = [
            "day 1 is pencilled in for",
            "day 1 is penciled in for",
            "day 1 is set for",
            "day 1 is scheduled for",
            "day 1 is planned for",
            "day 1 falls on",
            "day 1 is on",
            "day 1 will be",
            "day 1 is",
            // "Week 1 began on Monday 4 January 2027": the count's first week, from that day.
            "week 1 began on",
            "week 1 begins on",
            "week 1 started on",
            "week 1 starts on",
            "week 1 begins",
            "week 1 starts",
            // (Irish "Tosaíonn Seachtain 1 …", the verb first.)
            "starts week 1",
            "day 1 began on",
            "day 1 begins on",
        ];
        let labelled = [
            "w1 =", "w1=", "week 1 =", "week 1:", "w1:", "day 1 =", "day 1=",
        ]
        .iter()
        .find_map(|p| lower.find(p).map(|at| at + p.len()));
        let (at, sentence) = match labelled {
            Some(at) => (at, false),
            None => match said
                .iter()
                .find_map(|p| lower.find(p).map(|at| at + p.len()))
            {
                Some(at) => (at, true),
                None => return,
            },
        };
        // "Day 1 is … , when the opening ceremony goes live": the count's first day is the
        // launch too, when no line names one.
        let live_that_day = sentence && {
            let clause = lower[at..].split(['.', ';']).next().unwrap_or_default();
            clause.split_once(", when ").is_some_and(|(_, then)| {
                ["goes live", "go live", "launches", "opens to the public"]
                    .iter()
                    .any(|w| then.contains(w))
            })
        };
        let rest = lower[at..].split(',').next().unwrap_or_default();
        let rest = rest.trim_start().trim_start_matches("week of").trim();
        let rest = rest.trim_start_matches(['*', '_', ' ']);
        if let Some(Ok(phrase)) = self.find(rest) {
            if !sentence || phrase.span.start == 0 && single_day(&phrase.period).is_some() {
                self.plan.facts.sprint_start = Some(phrase.period.first_day());
                if live_that_day && self.plan.facts.launch.is_none() {
                    self.plan.facts.launch = self.plan.facts.sprint_start;
                }
                return;
            }
        }
        // "Day 1 is Friday the 14th" in a line that dates the event ("Friday 14 – Saturday 15
        // March 2031"): that day of the month the line names, on the weekday it says.
        if sentence {
            let clause = rest.split([';', '.', ',']).next().unwrap_or_default();
            let named = clause
                .split_whitespace()
                .next()
                .and_then(crate::plan::dates::weekday_named);
            let dated = self.find(&lower).and_then(Result::ok).map(|p| p.period);
            let day = ordinal_day_in(clause).zip(dated).and_then(|(n, p)| {
                let m = p.first_day();
                NaiveDate::from_ymd_opt(chrono::Datelike::year(&m), chrono::Datelike::month(&m), n)
            });
            // (The day the line dates holds it: not "Friday 7 February … Day 1 is Friday the
            // 14th", a month early.)
            let held =
                |d: &NaiveDate| dated.is_some_and(|p| p.first_day() <= *d && *d <= p.last_day());
            if let Some(day) =
                day.filter(|d| held(d) && named.is_some_and(|w| chrono::Datelike::weekday(d) == w))
            {
                self.plan.facts.sprint_start = Some(day);
                if live_that_day && self.plan.facts.launch.is_none() {
                    self.plan.facts.launch = Some(day);
                }
                return;
            }
        }
        // "Week 1 starts the Monday after the decision (9 June 2031)": the day in brackets
        // that the words before it name.
        let clause = rest.split([';', '.']).next().unwrap_or_default();
        let day = clause
            .split_once('(')
            .and_then(|(_, aside)| self.find(aside.split(')').next()?))
            .and_then(Result::ok)
            .filter(|p| p.span.start == 0)
            .and_then(|p| single_day(&p.period));
        if let (true, Some(day)) = (sentence, day) {
            self.plan.facts.sprint_start = Some(day);
        }
    }

    /// "Weeks are counted from kickoff on Monday 4 January 2027", "Months are counted from
    /// 1 March 2030": the one day a sentence says the plan's weeks or months count from (the
    /// sentence's first clause, its day written in full; not "Weeks are counted from the
    /// release", which names no day).
    /// "Start: 1 September 2030 (Month 1 = September)", Azerbaijani "(Ay 1 = sentyabr)": the
    /// first day of the month a line names as month 1 of the plan's count, in the year of the
    /// date the line writes in full (the year after, when the month named comes before that
    /// date's: "Kickoff 14 December 2030 (Month 1 = January)"). None without such a date,
    /// and none on a line that names the launch ("Launch: 1 March 2031 (Month 1 =
    /// September)"): its date is where the count ends, not where it starts.
    fn month_one_named(&self, text: &str, lower: &str) -> Option<NaiveDate> {
        use chrono::Datelike;
        if launch::names_launch(text).is_some() {
            return None;
        }
        let at = ["month 1 =", "month 1=", "ay 1 =", "ay 1="]
            .iter()
            .find_map(|p| {
                lower
                    .match_indices(p)
                    .find(|(i, _)| *i == 0 || !lower[..*i].ends_with(|c: char| c.is_alphanumeric()))
                    .map(|(i, _)| i + p.len())
            })?;
        let named = words_of(&lower[at..])
            .into_iter()
            .find(|w| w.chars().any(char::is_alphanumeric))
            .and_then(month_named)?;
        let written = year_written_in(text, self.context)?;
        let year = if named < written.month() {
            written.year() + 1
        } else {
            written.year()
        };
        NaiveDate::from_ymd_opt(year, named, 1)
    }

    /// "If week 0 is the week of the 3.1 release (Mon Jul 10)", "Week 0 = 3 March 2031", "Week
    /// 0 starts on Monday 3 March": the day a line gives the plan's week 0, wherever the line is
    /// (a comment under a proposal may settle it after the weeks are listed). The count's week
    /// 1 is the week after it, so the day returned is a week later. None when no line says so
    /// ("Week 0: kickoff" is an entry of the list, not a day).
    fn week_zero_said(&self, text: &str) -> Option<NaiveDate> {
        // (A cheap test first: most plans have no week 0.)
        if !text.contains("eek 0") {
            return None;
        }
        let phrases = [
            "week 0 is the week of ",
            "week 0 is ",
            "week 0 = ",
            "week 0 starts on ",
            "week 0 begins on ",
            "week 0 starts ",
            "week 0 begins ",
        ];
        // Not a line quoted ("> Week 0 = …" from an older plan), in a code block or an HTML
        // comment, nor struck text ("~~Week 0 = 24 February~~ moved"): what the plan no longer
        // says, or never said of itself.
        let mut fence: Option<&str> = None;
        let mut in_comment = false;
        let said_lines = text.lines().filter_map(move |line| {
            let trimmed = line.trim_start();
            if let Some(open) = fence {
                if trimmed.starts_with(open) {
                    fence = None;
                }
                return None;
            }
            if let Some(open) = ["```", "~~~"].into_iter().find(|f| trimmed.starts_with(f)) {
                fence = Some(open);
                return None;
            }
            let mut kept = String::new();
            let mut rest = line;
            loop {
                if in_comment {
                    let (_, after) = rest.split_once("-->")?;
                    in_comment = false;
                    rest = after;
                } else if let Some((before, after)) = rest.split_once("<!--") {
                    kept.push_str(before);
                    in_comment = true;
                    rest = after;
                } else {
                    kept.push_str(rest);
                    break;
                }
            }
            if kept.trim_start().starts_with('>') {
                return None;
            }
            // ("~~…~~": the struck part, dropped.)
            let mut unstruck = String::new();
            for (n, part) in kept.split("~~").enumerate() {
                if n % 2 == 0 {
                    unstruck.push_str(part);
                }
            }
            Some(unstruck)
        });
        said_lines.filter(|l| l.contains("eek 0")).find_map(|line| {
            let lower = line.to_ascii_lowercase();
            let at = phrases.iter().find_map(|p| {
                lower
                    .match_indices(p)
                    .find(|(i, _)| *i == 0 || !lower[..*i].ends_with(|c: char| c.is_alphanumeric()))
                    .map(|(i, _)| i + p.len())
            })?;
            // "- **Week 0** — the week before kickoff; e.g. in the 2.0 cycle, week 0 = 30
            // December 2029": an example of what the words mean, not the plan's week 0.
            if ["e.g.", "eg.", "for example", "for instance", "such as"]
                .iter()
                .any(|w| lower[..at].contains(w))
            {
                return None;
            }
            let rest = lower[at..].trim_start();
            let rest = ["the week of ", "week of ", "w/c "]
                .iter()
                .find_map(|p| rest.strip_prefix(p))
                .unwrap_or(rest);
            // The day right after the words, or in brackets in the same clause ("the week of
            // the 3.1 release (Mon Jul 10)"; versions hold dots, so a clause ends at a comma).
            let day_at_start = |t: &str| {
                self.find(t)
                    .and_then(Result::ok)
                    .filter(|p| p.span.start == 0)
                    .and_then(|p| single_day(&p.period))
            };
            let clause = rest.split([',', ';']).next().unwrap_or_default();
            let day = day_at_start(rest).or_else(|| {
                let (_, aside) = clause.split_once('(')?;
                day_at_start(aside.split(')').next()?.trim())
            })?;
            day.checked_add_days(chrono::Days::new(7))
        })
    }

    fn count_start_said(&self, lower: &str) -> Option<NaiveDate> {
        let said = ["weeks", "months"].into_iter().flat_map(|unit| {
            ["are counted from", "count from", "are numbered from"]
                .into_iter()
                .filter_map(move |verb| lower.find(&format!("{unit} {verb} ")))
        });
        said.into_iter().find_map(|at| {
            let clause = lower[at..]
                .split(['.', ';', '('])
                .next()
                .unwrap_or_default();
            let phrase = self.find(clause).and_then(Result::ok)?;
            let day = single_day(&phrase.period)?;
            // (Its year written: not a yearless "May 4" the reader guessed a year for.)
            let year = chrono::Datelike::year(&day).to_string();
            clause.contains(&year).then_some(day)
        })
    }

    /// Whether a heading above says that what it holds is done ("## Completed Releases").
    pub(super) fn under_done_heading(&self) -> bool {
        self.done_by_level.iter().any(|&d| d)
    }

    /// The day a heading refers to by the name a "X: date" line gave it: "Before the Tagging
    /// Deadline" (or "By", "Until", "Ahead of", "Prior to" anywhere in it: "Chores before the
    /// RC1 date"), or a checklist named after it ("RC1 checklist", "GA tasks" after "Target GA
    /// date: …"). The name's own words count, not "target", "date" or "day"; a heading about
    /// what comes after ("After the GA", "Post-GA") refers to none.
    /// A timeline drawn in a fence, its stages' names on a line and their days on a line
    /// below it ("Concept → EVT → DVT → Ship" over " Jan 14   Mar 25  Jun 17  Nov 4"; names
    /// apart by arrows, bars or two spaces or more, as many as the days): each name with its
    /// day. The days' line holds nothing but days, three or more, each later than the one
    /// before; every line above it with as many names gives names ("Gate0  Gate1 …" too).
    /// Empty when the plan draws none.
    fn diagram_days(&self, blocks: &[Block]) -> Vec<(Vec<String>, NaiveDate)> {
        let mut out = Vec::new();
        // (Not a timeline of the past: one under "## Lessons from last year", or after "Its
        // timeline was:".)
        let mut past = false;
        for (at, block) in blocks.iter().enumerate() {
            if let Block::Heading { text, .. } = block {
                past = tells_of_the_past(text);
            }
            let Block::Other { source, .. } = block else {
                continue;
            };
            let told_as_past = at
                .checked_sub(1)
                .and_then(|i| blocks.get(i))
                .is_some_and(|b| {
                    matches!(b, Block::Paragraph { lines, .. }
                    if lines.last().is_some_and(|l| tells_of_the_past(l)))
                });
            if past || told_as_past {
                continue;
            }
            let fence = |l: &str| {
                let l = l.trim_start();
                l.starts_with("```") || l.starts_with("~~~")
            };
            // (A cheap test first: a fence with a digit in it.)
            if !fence(source) || !source.bytes().any(|b| b.is_ascii_digit()) {
                continue;
            }
            let lines: Vec<&str> = source.lines().filter(|l| !fence(l)).collect();
            for (at, line) in lines.iter().enumerate() {
                let Some(days) = self.days_of_a_line(line) else {
                    continue;
                };
                // (Days over a line of how long each stage takes, "(1 week)  (2 weeks)", are
                // the days the stages start, not the days their work is due.)
                if lines[at + 1..]
                    .iter()
                    .any(|below| lengths_of_stages(below) == days.len())
                {
                    return Vec::new();
                }
                for above in &lines[..at] {
                    let names = diagram_names(above);
                    if names.len() == days.len() {
                        out.extend(names.into_iter().zip(days.iter().copied()));
                    }
                }
                if !out.is_empty() {
                    return out;
                }
            }
        }
        out
    }

    /// The days of a line that holds nothing else, three or more, in order.
    fn days_of_a_line(&self, line: &str) -> Option<Vec<NaiveDate>> {
        let mut days: Vec<NaiveDate> = Vec::new();
        let mut rest = line;
        while !rest.trim().is_empty() {
            let phrase = self.find(rest)?.ok()?;
            let Period::Day { mut date } = phrase.period else {
                return None;
            };
            // (A timeline runs forward: a day written without its year is in the year of the
            // one before it, or the next when it passes the year's end, "Nov 4" then "Jan 14".)
            if let Some(&last) = days.last() {
                use chrono::Datelike;
                if !phrase.year_written {
                    let year = if (date.month(), date.day()) > (last.month(), last.day()) {
                        last.year()
                    } else if last.month() >= 7 && date.month() <= 6 {
                        last.year() + 1
                    } else {
                        return None;
                    };
                    date = date.with_year(year)?;
                }
                if date <= last {
                    return None;
                }
            }
            if !rest[..phrase.span.start].trim().is_empty() {
                return None;
            }
            days.push(date);
            rest = &rest[phrase.span.end..];
        }
        (days.len() >= 3).then_some(days)
    }

    /// The day of the one stage of the plan's drawn timeline a heading names ("## EVT Gate
    /// (Engineering Validation)" names "EVT"); none when it names two ("### Leaving EVT for
    /// DVT") or none.
    fn diagram_day(&self, heading: &str) -> Option<NaiveDate> {
        let lower = heading.to_lowercase();
        let words = words_of(&lower);
        let mut found: Option<NaiveDate> = None;
        for (name, date) in &self.diagram_days {
            // (A heading that opens with the name and goes on with other words names the
            // stage only when the next word says so: "## Fit-out of the van", "## EVT Gate",
            // "## Trial week"; not "## Build a shared glossary", "## Test equipment budget".)
            let opens = words.len() > name.len() && words.iter().zip(name).all(|(w, n)| w == n);
            if opens && !STAGE_AFTER_NAME.contains(&words[name.len()]) {
                continue;
            }
            let named = words.windows(name.len()).any(|w| w == name.as_slice());
            if named {
                if found.is_some_and(|d| d != *date) {
                    return None;
                }
                found = Some(*date);
            }
        }
        found
    }

    fn named_day_before(&self, heading: &str) -> Option<NaiveDate> {
        let lower = heading.trim().to_lowercase();
        let words = words_of(&lower);
        // What comes before or after it ("Pre-Launch Preparation", "Post-GA"), or a day of a
        // count ("Day 28: Launch Day Preparation"), is dated otherwise.
        if words
            .iter()
            .any(|w| ["after", "post", "pre", "following", "since"].contains(w))
            || day_number_in(heading).is_some()
            || week_end_day_in(heading).is_some()
        {
            return None;
        }
        let by = ["before", "by", "until", "ahead", "prior"];
        let at = words.iter().position(|w| by.contains(w));
        let checklist = words.last().is_some_and(|w| {
            [
                "checklist",
                "tasks",
                "steps",
                "chores",
                "todo",
                "prep",
                "preparation",
            ]
            .contains(w)
        });
        let scope: &[&str] = match at {
            Some(at) => &words[at + 1..],
            None if checklist => &words,
            None => return None,
        };
        self.named_day_in(scope, true)
    }

    /// The day a text puts before or after a day the plan named ("two days before the RC1
    /// date" after "Target RC1 date: Feb 8, 2027"), when it names one and not the launch.
    /// The time from the launch of a line counted from a moment of the plan's chain (see
    /// [`text::moments_before_launch`]): "One week before the hard freeze:" is T-14d when the
    /// hard freeze is a week before the release; "On the day of the soft freeze:" is the soft
    /// freeze's own day. None in a plan that writes no chain, and for a line that names no
    /// moment of it.
    fn moment_offset(&self, text: &str) -> Option<Offset> {
        if self.moments.is_empty() {
            return None;
        }
        let days = |named: &[String]| {
            self.moments
                .iter()
                .find(|(moment, _)| named.starts_with(moment))
                .map(|&(_, days)| days)
        };
        if let Some((offset, named)) = offset_from_named(text) {
            let count = match offset.unit {
                OffsetUnit::Days => offset.amount,
                OffsetUnit::Weeks => offset.amount * 7,
                _ => return None,
            };
            return days(&named).and_then(|d| Offset::new(d + count, OffsetUnit::Days));
        }
        // "On the day of the soft freeze", "the day of hard freeze".
        let lower = text.to_lowercase();
        let words: Vec<String> = words_of(&lower).into_iter().map(String::from).collect();
        let at = words.windows(2).position(|w| w == ["day", "of"])? + 2;
        let at = if words.get(at).map(String::as_str) == Some("the") {
            at + 1
        } else {
            at
        };
        days(&words[at..]).and_then(|d| Offset::new(d, OffsetUnit::Days))
    }

    /// The time from the start of a heading numbered as a step of the runbook's table of
    /// timings ("## 1.1) Hosts and Access" where the table gives step 1.1 at -00:30).
    fn step_offset(&self, heading: &str) -> Option<Offset> {
        if self.step_offsets.is_empty() {
            return None;
        }
        let number: String = heading
            .trim_start()
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        let rest = &heading.trim_start()[number.len()..];
        let number = number.trim_end_matches('.');
        if number.is_empty() || !(rest.is_empty() || rest.starts_with([')', ' ', ':'])) {
            return None;
        }
        self.step_offsets
            .iter()
            .find(|(step, _)| step == number)
            .map(|&(_, offset)| offset)
    }

    fn day_from_named(&self, text: &str) -> Option<NaiveDate> {
        if self.named_days.is_empty() {
            return None;
        }
        let (offset, named) = offset_from_named(text)?;
        let date = self.named_day_in(&named, false)?;
        offset.day_from(date)
    }

    /// The day of the first "X: date" line whose own words all come among `words` ("rc1" of
    /// "Target RC1 date" in "the rc1 date"); the launch's only when `launch_too` (times from
    /// the launch are kept as offsets).
    fn named_day_in(&self, words: &[impl AsRef<str>], launch_too: bool) -> Option<NaiveDate> {
        const PLAIN: [&str; 9] = [
            "target",
            "targeted",
            "planned",
            "expected",
            "estimated",
            "date",
            "day",
            "the",
            "of",
        ];
        let words: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
        self.named_days
            .iter()
            .filter(|(label, _)| launch_too || launch::names_launch(label).is_none())
            .filter(|(label, _)| {
                let own: Vec<&str> = words_of(label)
                    .into_iter()
                    .filter(|w| !PLAIN.contains(w))
                    .collect();
                !own.is_empty() && own.iter().all(|w| words.contains(w))
            })
            .map(|(_, date)| *date)
            .next()
    }

    /// Dates the undated tasks of a plan that states its span ("**Timeline**: Mar 6-13, 2027"
    /// atop a sprint's status): they are due by its end.
    fn date_by_the_span(&mut self) {
        let Some(end) = self.span_end else {
            return;
        };
        self.plan.for_each_node_mut(|node| {
            if let NodeMut::Item(item) = node {
                if item.due.is_none() && item.offset.is_none() && item.within.is_none() {
                    item.due = Some(end);
                }
            }
        });
    }

    /// Dates a phase's section by the dated row or item that names the same phase ("| Phase 1:
    /// Blockers | Jan 4, 2027 |" in a table of milestones, then "## PHASE 1: BLOCKERS (Week
    /// 1)"): its undated items and gates are due on that day.
    fn date_phases_from_their_rows(&mut self) {
        // A few phases at most: a list, not a map.
        let mut dated: Vec<((String, u32), NaiveDate)> = Vec::new();
        self.plan.for_each_node(|node, _| {
            if let NodeRef::Item(item) = node {
                if let (Some(key), Some(due)) = (phase_key(&item.text), item.due) {
                    if !dated.iter().any(|(k, _)| *k == key) {
                        dated.push((key, due));
                    }
                }
            }
        });
        if dated.is_empty() {
            return;
        }
        for section in &mut self.plan.sections {
            let Some(date) = phase_key(&section.title)
                .and_then(|k| dated.iter().find(|(d, _)| *d == k).map(|(_, date)| *date))
            else {
                continue;
            };
            section.for_each_node_mut(|node| match node {
                NodeMut::Item(item)
                    if item.due.is_none() && item.offset.is_none() && item.within.is_none() =>
                {
                    item.due = Some(date);
                }
                NodeMut::Block(PlanBlock::Decision(d)) if d.date.is_none() => d.date = Some(date),
                _ => {}
            });
        }
    }

    /// "### 2. Code Freeze" and "### 3. RC-1" over boxes, in a release issue whose key dates
    /// ("| Code Freeze (release branch) | 02-10-2029 |", "| RC-1 | 09-10-2029 |", "| GA | …")
    /// date those milestones: the work under a milestone's heading is due on its day, the work
    /// under "Pre-Code Freeze" by it. Only when two headings at least name dated milestones.
    fn date_milestone_groups(&mut self) {
        let mut dated: Vec<(String, NaiveDate)> = Vec::new();
        self.plan.for_each_node(|node, _| {
            let (text, day) = match node {
                NodeRef::Item(item) => (item.text.as_str(), item.due),
                NodeRef::Block(PlanBlock::Decision(d)) => (d.title.as_str(), d.date),
                _ => return,
            };
            let key = milestone_key(text);
            if let (Some(day), false) = (day, key.is_empty() || key.split(' ').count() > 4) {
                if !dated.iter().any(|(k, _)| *k == key) {
                    dated.push((key, day));
                }
            }
        });
        if let Some(launch) = self.plan.facts.launch {
            for name in LAUNCH_NAMES {
                if !dated.iter().any(|(k, _)| k == name) {
                    dated.push((name.to_string(), launch));
                }
            }
        }
        // "| M2 / D2 | Designs, demo | 2027-10-20 |": the day of milestone 2, for a group
        // labelled by its number ("### 7.2. Designs (2. mérföldkő)", "### Build (Milestone 2)").
        let mut numbered: Vec<(u32, NaiveDate)> = Vec::new();
        self.plan.for_each_node(|node, _| {
            if let NodeRef::Item(item) = node {
                if let (Some(n), Some(day)) = (milestone_code(&item.text), item.due) {
                    if !numbered.iter().any(|(m, _)| *m == n) {
                        numbered.push((n, day));
                    }
                }
            }
        });
        let day_of = |label: &str| {
            let key = milestone_key(label);
            let key = key.strip_prefix("pre-").unwrap_or(&key).to_string();
            dated
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, day)| *day)
                .or_else(|| {
                    let n = milestone_number(label)?;
                    numbered.iter().find(|(m, _)| *m == n).map(|(_, day)| *day)
                })
        };
        // In an issue's body whose sections are its labels ("Pre-RC1 Steps, Cutting the Stable
        // Branch" under a timeline "- Stable v4.3 branch and RC1 – w50 / 14th Dec"): the
        // milestone its label shares the most words with, when only one does.
        let mut named: Vec<(Vec<String>, NaiveDate)> = Vec::new();
        if !self.unheaded_labels.is_empty() {
            let mut items: Vec<(String, NaiveDate)> = Vec::new();
            self.plan.for_each_node(|node, _| match node {
                NodeRef::Item(item) => items.extend(item.due.map(|day| (item.text.clone(), day))),
                NodeRef::Block(PlanBlock::Decision(d)) => {
                    items.extend(d.date.map(|day| (d.title.clone(), day)));
                }
                _ => {}
            });
            for (text, day) in items {
                if let Some(words) = self.milestone_name(&text) {
                    named.push((words, day));
                }
            }
            named.extend(
                dated
                    .iter()
                    .filter(|(k, _)| LAUNCH_NAMES.contains(&k.as_str()))
                    .map(|(k, day)| (milestone_words(k), *day)),
            );
        }
        let shared_with = |title: &str| {
            let words = milestone_words(title);
            // (Two milestones of other days that it names: neither.)
            let mut days = named
                .iter()
                .filter(|(name, _)| names_milestone(&words, name))
                .map(|(_, day)| *day);
            let day = days.next()?;
            days.all(|d| d == day).then_some(day)
        };
        // The groups (or a heading's decision point and the group right after it) to date.
        let mut groups: Vec<(usize, usize, NaiveDate)> = Vec::new();
        for (s, section) in self.plan.sections.iter().enumerate() {
            let mut under: Option<NaiveDate> = None;
            if !named.is_empty() {
                under = shared_with(&section.title);
            }
            for (b, block) in section.blocks.iter().enumerate() {
                match block {
                    PlanBlock::Schedule(g) if g.period.is_none() && !g.label.is_empty() => {
                        under = None;
                        if let Some(day) = day_of(&g.label) {
                            groups.push((s, b, day));
                        }
                    }
                    PlanBlock::Schedule(g) if g.period.is_none() && g.label.is_empty() => {
                        if let Some(day) = under.take() {
                            groups.push((s, b, day));
                        }
                    }
                    PlanBlock::Decision(d) => under = day_of(&d.title),
                    _ => under = None,
                }
            }
        }
        if groups.len() < 2 {
            return;
        }
        for (s, b, day) in groups {
            let Some(PlanBlock::Schedule(g)) = self.plan.sections[s].blocks.get_mut(b) else {
                continue;
            };
            for item in &mut g.items {
                if item.due.is_none() && item.offset.is_none() && item.within.is_none() {
                    item.due = Some(day);
                }
            }
        }
    }

    /// Drops the days and groups whose heading was only a gate's: still empty once the plan is
    /// read (the export writes a gate whose title has its day under a heading of that day).
    fn drop_gate_headings(&mut self) {
        if self.gate_headings.is_empty() {
            return;
        }
        let ids: std::collections::HashSet<NodeId> = std::mem::take(&mut self.gate_headings)
            .into_iter()
            .collect();
        for section in &mut self.plan.sections {
            section.blocks.retain_mut(|block| {
                let PlanBlock::Schedule(g) = block else {
                    return true;
                };
                g.days
                    .retain(|d| !(ids.contains(&d.id) && d.items.is_empty() && d.notes.is_empty()));
                !(ids.contains(&g.id)
                    && g.items.is_empty()
                    && g.days.is_empty()
                    && g.notes.is_empty())
            });
        }
    }

    /// Entries dated by a month of the count ("### Month 3-4") are due within it, a month and
    /// no more precise.
    fn within_counted_months(&mut self) {
        if self.month_counted.is_empty() {
            return;
        }
        let months: std::collections::HashMap<NodeId, Period> =
            std::mem::take(&mut self.month_counted)
                .into_iter()
                .collect();
        self.plan.for_each_node_mut(|node| {
            if let NodeMut::Item(item) = node {
                if let Some(month) = months.get(&item.id) {
                    if item.due == Some(month.last_day()) && item.within.is_none() {
                        item.within = Some(*month);
                    }
                }
            }
        });
    }

    /// Whether a start's field (`key`: `value`) states the count's start where it stands. Not
    /// "- [ ] Week 1, Day 1: Welcome breakfast (Monday 2 September)", work on that day (the
    /// field opens with its day); nor "Classes start: Tuesday, September 3" in "## Key dates"
    /// after the plan's work, a line of the summary as its bullet would be (the export writes
    /// a summary's bullets kept as notes as paragraphs); a summary of the plan's parameters
    /// ("## Executive Summary" over "| **Start** | 2030-09-02 |") states it.
    fn states_the_start(&self, key: &str, value: &str) -> bool {
        let value = value.trim();
        let opens_with_its_day = || match self.find(value) {
            Some(Ok(phrase)) => value[..phrase.span.start]
                .split_whitespace()
                .all(|w| crate::plan::dates::weekday_named(w.trim_end_matches(',')).is_some()),
            _ => false,
        };
        let key_dates = || words_of(&self.section_title().to_lowercase()).contains(&"dates");
        !(facts::names_day_one(key) && !opens_with_its_day()
            || !self.facts_allowed() && self.in_summary() && key_dates())
    }

    /// Whether the section's heading, or the group's it is in, names a gate ("## Go/No-Go",
    /// "### Launch readiness review").
    fn under_a_gate_heading(&mut self) -> bool {
        let group = match self.last_block() {
            Some(PlanBlock::Schedule(g)) => g.label.clone(),
            _ => String::new(),
        };
        is_gate(&self.section_title()) || !group.is_empty() && is_gate(&group)
    }

    /// Whether the section's heading names the launch or the release ("## Road to launch — 14
    /// October 2031"; not "## Phase 2: Build — due 2 May", "## Release notes").
    fn road_to_launch_heading(&self) -> bool {
        let title = self.section_title().to_lowercase();
        let words = words_of(&title);
        words
            .iter()
            .any(|w| ["launch", "release", "go-live", "golive"].contains(w))
            && !words
                .iter()
                .any(|w| ["notes", "note", "retro", "retrospective", "post", "after"].contains(w))
    }

    /// "Review Meeting: Friday, Week 1, 15:00 UTC", "Go/no-go call: Week 3 or 4, Friday": a
    /// meeting on a weekday of a week of the count (the later week of two), as a day of the
    /// count from the start the plan stated; None for anything else.
    fn meeting_day_of_count(&self, text: &str) -> Option<u32> {
        use chrono::Datelike;
        let (label, value) = text.split_once(':')?;
        let label = label.to_lowercase();
        if !words_of(&label)
            .iter()
            .any(|w| ["meeting", "review", "call", "sync"].contains(w))
        {
            return None;
        }
        let start = self.plan.facts.sprint_start?;
        let lower = value.to_lowercase();
        let words = words_of(&lower);
        let weekday = words
            .iter()
            .find_map(|w| crate::plan::dates::weekday_named(w))?;
        let at = words.iter().position(|w| *w == "week")?;
        let mut week: u32 = words.get(at + 1)?.parse().ok()?;
        if let (Some(&"or"), Some(later)) = (words.get(at + 2), words.get(at + 3)) {
            week = later.parse().ok().filter(|&l| l > week)?;
        }
        if !(1..=104).contains(&week) {
            return None;
        }
        let into =
            (weekday.num_days_from_monday() + 7 - start.weekday().num_days_from_monday()) % 7;
        Some((week - 1) * 7 + into + 1)
    }

    /// "1. Week 2: …" under "## Road to launch — 14 October" in a plan whose count's start
    /// is not known after all: due by the heading's deadline, as the rest of its section.
    fn deadlines_of_uncounted_weeks(&mut self) {
        let deadlines: std::collections::HashMap<NodeId, NaiveDate> =
            std::mem::take(&mut self.week_deadlines)
                .into_iter()
                .collect();
        if deadlines.is_empty() {
            return;
        }
        // (And one whose week ends after the deadline: the deadline holds.)
        self.plan.for_each_node_mut(|node| {
            if let NodeMut::Item(item) = node {
                if let Some(deadline) = deadlines.get(&item.id) {
                    let past = item.due.is_some_and(|due| due > *deadline);
                    if past || item.due.is_none() && item.offset.is_none() {
                        item.due = Some(*deadline);
                    }
                }
            }
        });
    }

    /// Dates what the plan numbers by day ("Day 3", "Launch: Day 8") from its start, Day 1 being
    /// the start date itself; nothing when the plan states no start.
    fn date_day_numbers(&mut self) {
        // What nothing dates in the plan of a phase ("Period: Week 5-6") is due at the end of
        // its last week.
        if let (Some(week), Some(_)) = (self.period_weeks, self.plan.facts.sprint_start) {
            let mut undated = Vec::new();
            // (Not what the plan leaves out: "## Out of scope (next phase)".)
            for section in &self.plan.sections {
                if notes::leaves_out(&section.title) {
                    continue;
                }
                for block in &section.blocks {
                    match block {
                        PlanBlock::Schedule(g) => undated.extend(
                            g.items
                                .iter()
                                .filter(|i| {
                                    i.due.is_none() && i.offset.is_none() && i.within.is_none()
                                })
                                .map(|i| i.id.clone()),
                        ),
                        PlanBlock::Decision(d) if d.date.is_none() => undated.push(d.id.clone()),
                        _ => {}
                    }
                }
            }
            let dated: std::collections::HashSet<NodeId> = self
                .numbered_days
                .iter()
                .map(|(id, _)| id.clone())
                .collect();
            self.numbered_days.extend(
                undated
                    .into_iter()
                    .filter(|id| !dated.contains(id))
                    .map(|id| (id, week * 7)),
            );
        }
        // "Day 6" under "#### Week 2" beside "Day 8" there: one count from the start.
        if self.days_past_a_week {
            let plain: std::collections::HashMap<NodeId, u32> =
                std::mem::take(&mut self.days_of_labelled_weeks)
                    .into_iter()
                    .collect();
            for (id, n) in &mut self.numbered_days {
                if let Some(written) = plain.get(id) {
                    *n = *written;
                }
            }
        }
        // Each entry's day (from a stated start) or offset (from the launch's day number) is
        // worked out first, then set in one walk over the plan (a lookup per entry was
        // quadratic on big plans).
        let mut dating: std::collections::HashMap<NodeId, DayNumbered> = Default::default();
        // "### Dan 8 (dovršiti)" after a table that dated its days by number ("| **8** | pet
        // 13.6. | … |"): the day that row gives, whatever count the plan keeps.
        if !self.days_by_number.is_empty() {
            self.numbered_days
                .retain(|(id, n)| match self.days_by_number.get(n) {
                    Some(date) => {
                        dating.insert(id.clone(), DayNumbered::On(*date));
                        false
                    }
                    None => true,
                });
        }
        // "**작성일**: 2027-03-15" over "## Day 1" … "## Day 3" before a launch on the 18th: a
        // plan that states no start but the day it was written, whose count fits between that
        // day and the launch, starts its count the day it was written.
        let facts = &self.plan.facts;
        if let (None, None, None, Some(written), Some(launch)) = (
            facts.sprint_start,
            self.start_month,
            self.launch_day_number,
            facts.written_on,
            facts.launch,
        ) {
            let last = self
                .numbered_days
                .iter()
                .map(|(_, n)| *n)
                .chain(self.ranged_days.iter().map(|(_, n, _)| *n))
                .max();
            let fits = last.is_some_and(|n| {
                written
                    .checked_add_days(chrono::Days::new(u64::from(n.saturating_sub(1))))
                    .is_some_and(|end| end <= launch)
            });
            // Days a launch section counts from the launch keep that count.
            // (Weeks too, when a week's last day is as far as the count goes: "### Week 1 (do
            // now)" in a report dated 13 January, before a launch on 3 February.)
            if fits && self.launch_days.is_empty() {
                self.plan.facts.sprint_start = Some(written);
            }
        }
        // "Updated: Monday, 4 November 2030" over "### Priorities (next 2 weeks)" and "####
        // Week 1", "#### Week 2": weeks counted from the day the plan was brought up to date,
        // when it states no start and its weeks are those it says come next.
        if let (None, None, Some(weeks), Some(updated)) = (
            self.plan.facts.sprint_start,
            self.start_month,
            self.next_weeks,
            self.plan.facts.last_updated.or(self.plan.facts.written_on),
        ) {
            let last = self.numbered_days.iter().map(|(_, n)| *n).max();
            if self.weeks_counted
                && !self.weeks_outside_next
                && last.is_some_and(|n| n <= weeks * 7)
            {
                self.plan.facts.sprint_start = Some(updated);
            }
        }
        // A count that starts in a month ("Start Date: March 2027"): each numbered day or week
        // is in the month its day would fall in from the month's first day, a month and no
        // more precise.
        if let (None, Some(month)) = (self.plan.facts.sprint_start, self.start_month) {
            let first = month.first_day();
            let mut months: std::collections::HashMap<NodeId, Period> = Default::default();
            for (id, n) in std::mem::take(&mut self.numbered_days) {
                let day = first.checked_add_days(chrono::Days::new(u64::from(n).saturating_sub(1)));
                if let Some(day) = day {
                    use chrono::Datelike;
                    months.insert(
                        id,
                        Period::Month {
                            year: day.year(),
                            month: day.month(),
                        },
                    );
                }
            }
            self.plan.for_each_node_mut(|node| {
                if let NodeMut::Item(item) = node {
                    if item.due.is_none() && item.offset.is_none() {
                        if let Some(p) = months.get(&item.id) {
                            item.within = Some(*p);
                            item.due = Some(p.last_day());
                        }
                    }
                }
            });
        }
        // "### দিন ১-২" and "### Day 3-4" under "## Week 1 (15-21 September 2030)": with no start
        // stated, a count of days under dated weeks starts on the first day of the earliest
        // week, when every such day then falls in its own week.
        if self.plan.facts.sprint_start.is_none() && self.start_month.is_none() {
            let first = self.ranged_days.iter().map(|(_, _, r)| r.first_day()).min();
            // Weeks of working days ("Week 2 (Mon 23 - Fri 27)"): days counted Monday to Friday.
            let working = working_weeks(&self.ranged_days);
            let day = |start: NaiveDate, n: u32| {
                if working {
                    working_day(start, n)
                } else {
                    start.checked_add_days(chrono::Days::new(u64::from(n.max(1)) - 1))
                }
            };
            let fits = first.is_some_and(|start| {
                self.ranged_days
                    .iter()
                    .all(|(_, n, range)| day(start, *n).is_some_and(|d| range.contains(d)))
            });
            if let (true, Some(start)) = (fits, first) {
                let ranged: std::collections::HashMap<NodeId, NaiveDate> =
                    std::mem::take(&mut self.ranged_days)
                        .into_iter()
                        .filter_map(|(id, n, _)| day(start, n).map(|d| (id, d)))
                        .collect();
                self.plan.for_each_node_mut(|node| {
                    if let NodeMut::Item(item) = node {
                        if let Some(date) = ranged.get(&item.id) {
                            item.due = Some(*date);
                        }
                    }
                });
            }
        }
        if let Some(start) = self.plan.facts.sprint_start {
            // Day 1 is the start; "Day 0 (Getting Ready)" the day before it.
            let day = |n: u32| match n {
                0 => start.checked_sub_days(chrono::Days::new(1)),
                n => start.checked_add_days(chrono::Days::new(u64::from(n) - 1)),
            };
            // Days of the count inside the range that dated them: that day, not the range's end
            // (in weeks of working days, "Week 2 (Mon 23 - Fri 27)", counted Monday to Friday).
            let working = working_weeks(&self.ranged_days);
            let ranged: std::collections::HashMap<NodeId, NaiveDate> =
                std::mem::take(&mut self.ranged_days)
                    .into_iter()
                    .filter_map(|(id, n, range)| {
                        let d = if working {
                            working_day(start, n)
                        } else {
                            day(n)
                        };
                        d.filter(|d| range.contains(*d)).map(|d| (id, d))
                    })
                    .collect();
            if !ranged.is_empty() {
                self.plan.for_each_node_mut(|node| {
                    if let NodeMut::Item(item) = node {
                        if let Some(date) = ranged.get(&item.id) {
                            item.due = Some(*date);
                        }
                    }
                });
            }
            if self.plan.facts.launch.is_none() {
                if let Some(n) = self.launch_day_number {
                    self.plan.facts.launch = day(n);
                    self.launch_rank = u8::MAX;
                } else if self.day_zero_heading && self.plan.facts.launch_within.is_none() {
                    // "## Day 0 (Getting Ready)" before "## Day 1": the count leads up to its
                    // Day 1, the launch.
                    self.plan.facts.launch = Some(start);
                    self.launch_rank = 1;
                }
            }
            // "## After Launch (Weeks 1-4)" in a plan whose weeks count from its kickoff: the
            // section's weeks start again after the launch, counted from it as when no start is
            // stated (not "## After launch (Weeks 9-12)" of an eight-week count, which goes on).
            let launch = self.plan.facts.launch;
            for (id, n, after, weeks_after) in std::mem::take(&mut self.launch_days) {
                let restarts = launch.is_some_and(|l| day(n).is_some_and(|d| d < l));
                let offset = i32::try_from(n)
                    .ok()
                    .filter(|_| after && weeks_after && restarts)
                    .and_then(|n| Offset::new(n, OffsetUnit::Days));
                if let Some(offset) = offset {
                    dating.insert(id, DayNumbered::From(offset));
                }
            }
            for (id, n) in std::mem::take(&mut self.numbered_days) {
                if let Some(date) = day(n) {
                    dating.entry(id).or_insert(DayNumbered::On(date));
                }
            }
        } else {
            // No start: a launch section's days count from its launch day ("Beta Launch Week"
            // then "### Day 2-3": two days after the launch), kept relative to the launch; so do
            // all of a plan's numbered days once it names the launch's ("Launch Day (Day 61)").
            let days_from = |n: u32, launch_day: i64| {
                i32::try_from(i64::from(n) - launch_day)
                    .ok()
                    .and_then(|d| Offset::new(d, OffsetUnit::Days))
            };
            // A pre-launch section's days end the day before the launch: its last day number
            // is the day before.
            let mut last_day: std::collections::HashMap<usize, u32> = Default::default();
            for &(_, section, n) in &self.before_launch_days {
                let last = last_day.entry(section).or_insert(n);
                *last = (*last).max(n);
            }
            for (id, section, n) in std::mem::take(&mut self.before_launch_days) {
                let last = last_day.get(&section).copied().unwrap_or(n);
                if let Some(offset) = days_from(n, i64::from(last) + 1) {
                    dating.insert(id, DayNumbered::From(offset));
                }
            }
            for (id, n, after, weeks_after) in std::mem::take(&mut self.launch_days) {
                let launch_day = match self.launch_day_number {
                    Some(l) if !weeks_after => i64::from(l),
                    _ => i64::from(!after),
                };
                if let Some(offset) = days_from(n, launch_day) {
                    dating.insert(id, DayNumbered::From(offset));
                }
            }
            // "# Launch Day Quick Reference" over "### Day 1", "### Day 2": a page about the
            // launch day itself counts its days from it, Day 1 being the launch day (not a
            // cut-over's or go-live's page, whose days often count up to it).
            let launch_day = self
                .launch_day_number
                .or_else(|| launch::titles_the_launch_day_itself(&self.plan.title).then_some(1));
            if let Some(launch_day) = launch_day {
                for (id, n) in std::mem::take(&mut self.numbered_days) {
                    if let Some(offset) = days_from(n, i64::from(launch_day)) {
                        dating.entry(id).or_insert(DayNumbered::From(offset));
                    }
                }
            } else {
                // (Day 1 the launch day, as the launch section counted.)
                for (id, n) in std::mem::take(&mut self.weeks_after_launch_count) {
                    if let Some(offset) = days_from(n, 1) {
                        dating.entry(id).or_insert(DayNumbered::From(offset));
                    }
                }
            }
        }
        if dating.is_empty() {
            return;
        }
        let mut gates = Vec::new();
        self.plan.for_each_node_mut(|node| match node {
            NodeMut::Item(item) if item.due.is_none() && item.offset.is_none() => {
                match dating.get(&item.id) {
                    Some(DayNumbered::On(date)) => item.due = Some(*date),
                    Some(DayNumbered::From(offset)) => item.offset = Some(*offset),
                    None => {}
                }
            }
            NodeMut::Block(PlanBlock::Decision(d)) if d.date.is_none() => match dating.get(&d.id) {
                Some(DayNumbered::On(date)) => d.date = Some(*date),
                Some(DayNumbered::From(offset)) => gates.push((d.id.clone(), *offset)),
                None => {}
            },
            _ => {}
        });
        self.relative_gates.extend(gates);
    }

    /// "Monday 3/20", "scheduled for 3/17 5 PM" (see [`sure_slashed_day`]), read as "Mar 20"
    /// would be, its weekday kept to settle the year.
    fn sure_slashed_day(
        &self,
        text: &str,
    ) -> Option<Result<DatePhrase, crate::plan::dates::DateProblem>> {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let day_first = NumericDates::in_force().day_first;
        // Chinese, Japanese and Korean write a day month first ("6/22 から", "7/1 上线").
        let cjk = (self.cjk && !day_first)
            .then(|| cjk_slashed_day(text))
            .flatten()
            .map(|(month, day, span)| (None, month, day, span));
        let (weekday, month, day, span) = cjk.or_else(|| sure_slashed_day(text, day_first))?;
        let written = format!("{} {day}", MONTHS.get(month as usize - 1)?);
        match find_date(&written, self.context)? {
            Ok(mut phrase) => {
                phrase.weekday = weekday;
                phrase.span = span;
                Some(Ok(phrase))
            }
            Err(problem) => Some(Err(problem)),
        }
    }

    /// "Announce the jam at the 4/3 all-hands", "follow-up changes (16/3)" in a plan whose other
    /// days in numbers read one way only (see [`day_in_plan_order`]), read as "Apr 3" would be.
    fn day_in_plan_order(
        &self,
        text: &str,
    ) -> Option<Result<DatePhrase, crate::plan::dates::DateProblem>> {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let (month, day, span) = day_in_plan_order(text, self.slashed_order?)?;
        let written = format!("{} {day}", MONTHS.get(month as usize - 1)?);
        find_date(&written, self.context).map(|found| {
            found.map(|mut phrase| {
                phrase.span = span;
                phrase
            })
        })
    }

    /// "Live from: 06.04.27", "booked for 14.06.27": a day written day first with dots and a
    /// year of two figures (DD.MM.YY, as German, Polish, Czech and Russian plans write it), read
    /// as "6 Apr 2027" would be. Only both day and month in two figures (the padded form; "6.4.27"
    /// is as often a version), a real day, a year from 15 to 45 (2015 to 2045), and not inside a
    /// longer run of figures and dots ("1.10.12.14", "v10.12.14", an address "10.12.14.2").
    fn dotted_short_year_day(
        &self,
        text: &str,
    ) -> Option<Result<DatePhrase, crate::plan::dates::DateProblem>> {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        // (A plan that writes its days month first, "05.28.27", "06/15/2027": "05.06.27" is 6
        // May there, not 5 June.)
        if self.numbers_month_first || self.slashed_order == Some(false) {
            return None;
        }
        const VERSION_WORDS: [&str; 10] = [
            "version", "ver", "v", "build", "firmware", "fw", "image", "patch", "tag", "versie",
        ];
        let bytes = text.as_bytes();
        let (start, day, month, year) = (0..bytes.len().saturating_sub(7)).find_map(|at| {
            let w = &bytes[at..at + 8];
            let shaped = w[2] == b'.'
                && w[5] == b'.'
                && [0, 1, 3, 4, 6, 7].iter().all(|&i| w[i].is_ascii_digit());
            if !shaped {
                return None;
            }
            let before_ok = at == 0 || {
                let b = bytes[at - 1];
                !(b.is_ascii_alphanumeric() || b == b'.' || b == b'_' || b == b'/' || b == b'-')
            };
            let rest = &bytes[at + 8..];
            let glued = rest.first().is_some_and(|b| b.is_ascii_alphanumeric())
                || rest.first() == Some(&b'.') && rest.get(1).is_some_and(u8::is_ascii_digit);
            let after_ok = !glued;
            let number = |i: usize| u32::from(w[i] - b'0') * 10 + u32::from(w[i + 1] - b'0');
            let (day, month, year) = (number(0), number(3), number(6));
            // (A version's or a build's figures, "Version: 10.04.26", "build 21.03.26": no day.)
            let word_before = text[..at]
                .trim_end_matches([' ', ':', '#'])
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or_default()
                .to_lowercase();
            let versioned = VERSION_WORDS.contains(&word_before.as_str());
            // (A year far from the one the plan is in, "the 10.05.20 build" in a plan for 2027,
            // is a version's figures too.)
            let near = !self.writes_a_year
                || (i64::from(year) + 2000 - i64::from(chrono::Datelike::year(&self.context)))
                    .abs()
                    <= 1;
            (before_ok && after_ok && !versioned && near && (15..=45).contains(&year))
                .then(|| NaiveDate::from_ymd_opt(2000 + year as i32, month, day))
                .flatten()
                .map(|_| (at, day, month, 2000 + year))
        })?;
        let written = format!("{day} {} {year}", MONTHS.get(month as usize - 1)?);
        find_date(&written, self.context).map(|found| {
            found.map(|mut phrase| {
                phrase.span = start..start + 8;
                phrase
            })
        })
    }

    /// The first date phrase in `text`, its year taken from the context. While the year is not
    /// certain, a weekday written beside the date picks the year ("Monday, January 20" is the
    /// January 20 that is a Monday, nearest the context).
    fn find(&self, text: &str) -> Option<Result<DatePhrase, crate::plan::dates::DateProblem>> {
        let text = &*with_english_month_words(text);
        let found = match find_date(text, self.context) {
            // "8/18（六）、8/19（日）": a month/day written before the date found is the first.
            Some(Ok(later)) if self.cjk => self
                .sure_slashed_day(&text[..later.span.start])
                .or(Some(Ok(later))),
            found => found,
        };
        let found = found
            .or_else(|| self.sure_slashed_day(text))
            .or_else(|| self.day_in_plan_order(text))
            .or_else(|| elided_day_month(text).map(Ok))
            .or_else(|| dotted_range_one_year(text).map(Ok))
            .or_else(|| self.dotted_short_year_day(text))?;
        let Ok(mut phrase) = found else {
            return Some(found);
        };
        // "March 11 - moved to March 18", "2027-06-24 -> Extension 2027-06-28": the date that
        // replaced it.
        if let Some(later) = superseding_date(text, phrase.span.end, self.context) {
            phrase = later;
        }
        // "2028-01-08 + 2028-01-09": two days written with their years, the second the next
        // day, are one span of both. (Here, not in the date reader the app runs at start.)
        if let (Period::Day { date }, true) = (phrase.period, phrase.year_written) {
            let rest = &text[phrase.span.end..];
            let next = rest.trim_start().strip_prefix('+').map(str::trim_start);
            let end = next
                .filter(|n| n.get(..10).is_some_and(|iso| iso.as_bytes()[4] == b'-'))
                .and_then(|n| Some((n, crate::plan::calendar_day::parse(n.get(..10)?).ok()?)));
            if let Some((n, end)) = end.filter(|(_, end)| date.succ_opt() == Some(*end)) {
                phrase.period = Period::Range { start: date, end };
                phrase.span.end = text.len() - n.len() + 10;
            } else if let Some((end, len)) = days_joined_after(rest, date, self.context) {
                // "2030.09.02 and 2030.09.03" (Sinhala "… හා 2030.09.03"), "2030.09.04 to 9"
                // ("2030.09.04 සිට 9 දක්වා" in the copy): the days the work takes, to the last.
                phrase.period = Period::Range { start: date, end };
                phrase.span.end += len;
            }
        }
        // "(2030.10.18 5 pm onwards) 2030.10.19": a day in an aside, then the line's own day
        // at its end: the line's.
        if let Some(later) = day_after_an_aside(text, &phrase, self.context) {
            phrase = later;
        }
        // "Thu Oct 14th 2027", then "Thu Jan 13th 2027": a year not moved on at New Year.
        // When the weekday written fits the next year and not the year written, and the day
        // would go back before the last one read, it is in the next year.
        if let (Some(weekday), Period::Day { date }, true) =
            (phrase.weekday, phrase.period, phrase.year_written)
        {
            if let Some(next) = slipped_year(date, weekday, self.context) {
                phrase.period = Period::Day { date: next };
            }
        }
        if !self.year_certain && !phrase.year_written {
            if let (Some(weekday), Period::Day { date }) = (phrase.weekday, phrase.period) {
                // Inside a span the plan wrote with its year ("Period: January 7-13, 2027"),
                // the day stays in it: a weekday that does not fit is the mistake.
                let stated = self
                    .stated_spans
                    .iter()
                    .any(|&(start, end)| (start..=end).contains(&date));
                if let Some(aligned) = year_with_weekday(date, weekday).filter(|_| !stated) {
                    phrase.period = Period::Day { date: aligned };
                }
            }
        }
        // "Week of Feb 17", "(week of March 2)": the seven days from that day. So in Spanish,
        // Italian, French, German and Dutch: "(semana del 4 de octubre)", "settimana del 4
        // ottobre", "semaine du 4 octobre", "Woche vom 4. Oktober", "week van 4 oktober".
        if let Period::Day { date } = phrase.period {
            let before = text[..phrase.span.start].trim_end().to_lowercase();
            // (Not when the days follow: "Week of May 3 (May 3-7, 2027)".)
            let days_follow = find_date(&text[phrase.span.end..], self.context).is_some();
            let week_of = [
                "week of",
                "week of the",
                "semana del",
                "settimana del",
                "semaine du",
                "woche vom",
                "week van",
            ]
            .iter()
            .any(|w| before.ends_with(w))
                // ("fin de semana del 5 de octubre", "fine settimana del", "fin de semaine du":
                // a weekend, not a week.)
                && !["fin de semana del", "fine settimana del", "fin de semaine du", "weekend of"]
                    .iter()
                    .any(|w| before.ends_with(w));
            if week_of && !days_follow {
                if let Some(end) = date.checked_add_days(chrono::Days::new(6)) {
                    phrase.period = Period::Range { start: date, end };
                }
            }
        }
        Some(Ok(phrase))
    }

    /// A fresh ID under `parent`, distinct from every ID given so far.
    fn id(&mut self, parent: &NodeId, kind: &str, key: &str, line: usize) -> NodeId {
        let base = NodeId::derive(parent, kind, key);
        // The base ID, or the next free suffix ("-2", "-3", …). A base's suffixes are taken in
        // order, so the search starts where the last one for this base ended: a plan of
        // thousands of identical lines reads in linear time (it was quadratic), with the same IDs.
        let mut n = self.next_suffix.get(&base).copied().unwrap_or(1);
        let mut id = if n == 1 {
            base.clone()
        } else {
            base.with_suffix(n)
        };
        while self.ids.contains(&id) {
            n = n.max(1) + 1;
            id = base.with_suffix(n);
        }
        self.next_suffix.insert(base, n + 1);
        self.ids.insert(id.clone());
        self.lines.insert(id.clone(), line);
        // (An item read while an opening is open is its list's: kept as it is made, so that
        // many openings cost no more than their items.)
        if kind == "item" {
            if let Some(open) = &mut self.opening {
                open.items.push(id.clone());
            }
        }
        id
    }

    /// Whether a heading above what is read now dates it: a day or period, a week or a day of
    /// the plan's count.
    /// Whether a heading above names a time finer than a month: a day, a week, a day of the
    /// count or a time from the launch ("### Friday", "## Week 3", "### T-2").
    fn day_named_by_a_heading(&self) -> bool {
        self.period_by_level
            .iter()
            .flatten()
            .any(|p| !p.is_coarse())
            || self.week_by_level.iter().any(Option::is_some)
            || self.day_by_level.iter().any(Option::is_some)
            || self.relative_by_level.iter().any(Option::is_some)
            || self.weekday_by_level.iter().any(Option::is_some)
    }

    fn dated_by_a_heading(&self) -> bool {
        self.period_by_level.iter().any(Option::is_some)
            || self.week_by_level.iter().any(Option::is_some)
            || self.day_by_level.iter().any(Option::is_some)
    }

    /// Finds a date, recording impossible ones as warnings; moves the year context forward.
    fn date_in(&mut self, text: &str, line: usize) -> Option<DatePhrase> {
        self.date_where(text, line, false)
    }

    /// Like [`Self::date_in`], but only a date that opens the text counts.
    fn date_at_start(&mut self, text: &str, line: usize) -> Option<DatePhrase> {
        self.date_where(text, line, true)
    }

    fn date_where(&mut self, text: &str, line: usize, at_start: bool) -> Option<DatePhrase> {
        let found = self.find(text)?;
        let start = match &found {
            Ok(p) => p.span.start,
            Err(crate::plan::dates::DateProblem::Impossible { span, .. }) => span.start,
        };
        if at_start
            && !text
                .get(..start)
                .is_some_and(|before| before.trim().is_empty())
        {
            return None;
        }
        match found {
            Ok(phrase) => {
                self.context = phrase.period.first_day();
                self.year_certain |= phrase.year_written;
                if let (true, Period::Range { start, end }) = (phrase.year_written, phrase.period) {
                    self.stated_spans.push((start, end));
                }
                // A weekday that matches no year near the context is a mistake only once the
                // plan has said which year it is in.
                let in_stated_span = self
                    .stated_spans
                    .iter()
                    .any(|&(start, end)| (start..=end).contains(&phrase.period.first_day()));
                if let Some(weekday) = phrase
                    .weekday
                    .filter(|_| self.year_certain || in_stated_span)
                {
                    self.warnings
                        .extend(lint::check_weekday(weekday, &phrase.period, Some(line)));
                }
                Some(phrase)
            }
            Err(problem) => {
                self.warnings.push(Warning {
                    line: Some(line),
                    node: None,
                    kind: WarningKind::ImpossibleDate,
                    message: problem.to_string(),
                });
                None
            }
        }
    }

    /// Whether the plan read so far has more entries than a plan may have: the reader stops
    /// (a file far over the limit is refused as soon as the limit is passed). The entries are
    /// counted only once there are as many IDs as the limit, then every 2,000 more: linear.
    fn over_limit(&mut self) -> bool {
        if self.stopped_at.is_some() {
            return true;
        }
        if self.ids.len() < self.next_count {
            return false;
        }
        let mut entries = self.pending_gates.len();
        self.plan.for_each_node(|_, _| entries += 1);
        if entries > crate::formats::json::MAX_ENTRIES {
            self.stopped_at = Some(entries);
            return true;
        }
        self.next_count = self.ids.len() + 2_000;
        false
    }

    /// The headings, in a plan that writes its work in boxes, over a part with plain bullets
    /// and no box, no table and no time in any of its lines ("## Current state" over "###
    /// Features ✅" and "- Offline mode", beside "### Week 1" over "- [ ] Export"): what it
    /// lists describes the product or the plan, the work is in the boxes.
    fn boxless_parts(&self, blocks: &[Block]) -> std::collections::HashSet<usize> {
        fn items_hold(items: &[ListItem], any: &mut dyn FnMut(&ListItem) -> bool) -> bool {
            items
                .iter()
                .any(|i| any(i) || items_hold(&i.children, &mut *any))
        }
        // A day, a time, a week, a weekday ("**Jeudi** : répétition", "Semaine -1") or a
        // quarter ("### 2030 Q2"), or a gate: a part of the schedule.
        let timed = |text: &str| {
            let lower = text.to_lowercase();
            let quarter = words_of(&lower)
                .iter()
                .any(|w| matches!(*w, "q1" | "q2" | "q3" | "q4"));
            quarter
                || self.find(text).is_some()
                || relative_in(text).is_some()
                || day_number_in(text).is_some()
                || leading_week(text).is_some()
                || signed_week_in(text).is_some()
                || time_of_day_in(text).is_some()
                || words_of(&lower)
                    .iter()
                    .take(2)
                    .any(|w| crate::plan::dates::weekday_named(w).is_some())
                || is_gate(text)
        };
        // A numbered step ("1. Replace the font") reads as a runbook's, and a line opened by a
        // mark ("- ✅ Rate limits on", "- ⏳ Nightly backup") reports where work stands: either
        // makes the part one of work.
        let work = |i: &ListItem| {
            i.task.is_some()
                || i.numbered
                || i.text
                    .trim_start()
                    .starts_with(|c: char| !c.is_alphanumeric() && !"`\"'(«„“*_[".contains(c))
                || timed(&i.text)
        };
        let mut out = std::collections::HashSet::new();
        for (at, block) in blocks.iter().enumerate() {
            let Block::Heading { level, text, line } = block else {
                continue;
            };
            let span = blocks[at + 1..]
                .iter()
                .take_while(|b| !matches!(b, Block::Heading { level: l, .. } if l <= level));
            let (mut plain, mut other) = (false, timed(text));
            for b in span {
                match b {
                    Block::List { items } => {
                        other |= items_hold(items, &mut |i| work(i));
                        plain = true;
                    }
                    Block::Heading { text, .. } => other |= timed(text),
                    Block::Paragraph { lines, .. } => other |= lines.iter().any(|l| timed(l)),
                    Block::Table { .. } | Block::Record { .. } => other = true,
                    Block::Rule | Block::Other { .. } => {}
                }
            }
            if plain && !other {
                out.insert(*line);
            }
        }
        out
    }

    fn read(&mut self, blocks: &[Block]) {
        // A plan that writes its tasks as checkboxes (at least 8, and twice as many as plain
        // bullets): its plain bullets outside any dated or counted part are what it says about
        // the work, not more work.
        fn count(items: &[ListItem], boxes: &mut usize, plain: &mut usize) {
            for i in items {
                if i.task.is_some() {
                    *boxes += 1;
                } else {
                    *plain += 1;
                }
                count(&i.children, boxes, plain);
            }
        }
        let (mut boxes, mut plain) = (0, 0);
        for b in blocks {
            if let Block::List { items } = b {
                count(items, &mut boxes, &mut plain);
            }
        }
        self.boxes_plan = boxes >= 8 && boxes >= 2 * plain;
        self.boxless_headings = if boxes >= 8 {
            self.boxless_parts(blocks)
        } else {
            Default::default()
        };
        self.boxless_level = None;
        self.timed_agendas = timed_agendas(blocks);
        self.decision_record = is_decision_record(blocks);
        self.unheaded_labels = self.unheaded_labels(blocks);
        self.job_headings = job_headings(blocks);
        self.launch_morning_headings = launch_morning_headings(blocks);
        self.moments = moments_of_a_chain(blocks);
        self.diagram_days = self.diagram_days(blocks);
        self.step_offsets = step_offsets(blocks);
        self.bold_step_lines = bold_step_lines(blocks);
        self.glances_ahead = notes::glances_ahead(blocks);
        self.sentence_step_lines = sentence_step_lines(blocks);
        self.minutes_lists = minutes_lists(blocks);
        let key_dates: std::collections::HashSet<(usize, usize)> =
            self.key_date_runs(blocks).into_iter().collect();
        for (at, block) in blocks.iter().enumerate() {
            if self.over_limit() {
                return;
            }
            // Only the block right after a heading reads it as fresh.
            let fresh_heading = self.fresh_heading.take();
            self.opening_boundary(block);
            match block {
                Block::Heading { level, text, line } => {
                    if self.boxless_level.is_some_and(|open| *level <= open) {
                        self.boxless_level = None;
                    }
                    if self.boxless_level.is_none() && self.boxless_headings.contains(line) {
                        self.boxless_level = Some(*level);
                    }
                    if self.timed_agendas.contains(line) {
                        self.timed_agenda_level = Some(*level);
                    } else if self.timed_agenda_level.is_some_and(|open| *level <= open) {
                        self.timed_agenda_level = None;
                    }
                    self.heading(*level, text, *line);
                    self.fresh_heading = Some((text.clone(), *line));
                    // "### ✔ Cart Placement" among "### Network Drop", each over what to do
                    // in prose: a job of the sheet, done as its mark says.
                    if self.job_headings.contains(line)
                        && self.kind == SectionKind::Schedule
                        && self.cursor != Cursor::Plan
                    {
                        let title = text.trim();
                        let done = title.starts_with(DONE_MARKS);
                        let name = title.trim_start_matches(DONE_MARKS).trim();
                        self.heading_task(name, done, None, *line);
                    }
                    continue;
                }
                Block::Paragraph {
                    lines,
                    bold,
                    line,
                    bold_labels,
                    live,
                } => {
                    if let (Some((title, _)), [only]) = (&fresh_heading, lines.as_slice()) {
                        self.heading_date_line(title, only);
                    }
                    if self.counted_lines(lines, *line) {
                        continue;
                    }
                    if self.bold_day_label(lines, bold_labels, blocks.get(at + 1), *line) {
                        continue;
                    }
                    if self.bold_week_label(lines, bold_labels, blocks.get(at + 1), *line) {
                        continue;
                    }
                    if self.unheaded_labels.contains(&at) {
                        let title = lines[0].trim_end_matches(':').trim();
                        self.heading(2, title, *line);
                        self.fresh_heading = Some((title.to_string(), *line));
                        continue;
                    }
                    // "Two weeks after the forum opens" on a line of its own over a list, after
                    // days labelled so ("Sunday – October 10th, 9 am CEST" over theirs): the
                    // list's time from the launch, read as the heading it stands for.
                    if let [text] = lines.as_slice() {
                        if !*bold
                            && matches!(blocks.get(at + 1), Some(Block::List { .. }))
                            && self.relative_label_after_days(text)
                        {
                            let level = (self.heading_level + 1).clamp(2, 6);
                            let title = text.trim_end_matches(':').trim();
                            self.heading(level, title, *line);
                            self.fresh_heading = Some((title.to_string(), *line));
                            continue;
                        }
                    }
                    // "## 1. Check Load Balancer Health" over "**Status:** ✅ DONE (Mar 2,
                    // 2027)": the heading is a task, the fields its record.
                    if let Some((title, at_line)) = &fresh_heading {
                        // (A heading with more under its fields is a group: "##### Budget"
                        // over "Assigned To: Marisol" and boxes, a group the export wrote
                        // with its notes as paragraphs.)
                        let more_under_heading = !matches!(
                            blocks.get(at + 1),
                            None | Some(Block::Heading { .. } | Block::Rule)
                        );
                        if !self.status_heading(title, *at_line, lines, bold_labels)
                            && !more_under_heading
                            && self.field_heading(title, *at_line, lines)
                        {
                            continue;
                        }
                    }
                    // Rows of the table above, continued under this heading without its header
                    // (a paragraph of pipes read as rows only when the table reads them).
                    let continued = self.last_table_head.as_ref().and_then(|head| {
                        Some((head.clone(), tables::continued_rows(head, lines, *line)?))
                    });
                    if let Some((head, rows)) = continued {
                        if self.table(&head, &rows, *line) {
                            continue;
                        }
                    }
                    // "Release date: ~~March 11~~ - moved to March 18": the date that still
                    // holds is the fact; the line is kept as written.
                    self.live_line.clone_from(live);
                    // "Day 57 (Feb 17): TestFlight Ready" right over a list, without a blank
                    // line: a dated label of the list, read as one in bold would be.
                    let labels_list = matches!(
                        blocks.get(at + 1),
                        Some(Block::List { items })
                            if items.first().is_some_and(|i| i.line == line + lines.len())
                    );
                    // "Jam Voting: 18th – 20th" on lines of one paragraph under a heading,
                    // each a label and a day or range only: a schedule written without bullets,
                    // read as the list it would be.
                    // ("Start: March 1" / "End: March 14" are a span, and "Date:" or
                    // "Launch:" lines facts.)
                    let span_or_fact = lines.iter().any(|l| span_or_fact_line(l));
                    let dated_lines = self.kind == SectionKind::Schedule
                        && self.cursor != Cursor::Plan
                        && lines.len() >= 2
                        && !span_or_fact
                        && lines.iter().all(|l| self.labelled_day(l));
                    // "08/23 Code freeze", "09/01 Release date": lines that open with a day
                    // written in numbers without a year, two or more, which of day and month
                    // comes first told by one of them ("08/23"): days, in this paragraph.
                    let numeric = match slashed_days_first(lines.iter().map(String::as_str)) {
                        Some(day_first) => NumericDates {
                            in_use: true,
                            day_first,
                            ..NumericDates::in_force()
                        },
                        None => NumericDates::in_force(),
                    };
                    // "1 - Friday -Posting of the group list" under "## FEBRUARY 2030": a
                    // month's calendar of activities, each line an entry of its day (see
                    // `calendar_entry`).
                    let calendar = match self.period_here() {
                        Some(Period::Month { year, month })
                            if self.kind == SectionKind::Schedule
                                && self.cursor != Cursor::Plan =>
                        {
                            calendar::calendar_slots(lines, year, month)
                        }
                        _ => Vec::new(),
                    };
                    // Where some entries set their text apart by a dash ("-Posting …") and
                    // others do not ("25 - Monday Founders' Day (holiday)"), the others are
                    // the month's events and observances: notes.
                    let any_marked = calendar
                        .iter()
                        .any(|s| matches!(s, calendar::CalendarSlot::Entry { marked: true, .. }));
                    numeric.apply(|| {
                        for (i, text) in lines.iter().enumerate() {
                            if let Some((level, title)) = unspaced_heading(text) {
                                self.heading(level, title, line + i);
                                continue;
                            }
                            match calendar.get(i) {
                                Some(calendar::CalendarSlot::Held) => continue,
                                Some(calendar::CalendarSlot::Entry {
                                    first,
                                    last,
                                    marked,
                                    entry,
                                    written,
                                }) => {
                                    if *marked || !any_marked {
                                        self.calendar_entry(*first, *last, entry, line + i);
                                    } else {
                                        self.unrecognised(written.clone(), line + i);
                                    }
                                    continue;
                                }
                                _ => {}
                            }
                            // "Code freeze: Friday 5th March 2027 8pm" among lines of key dates
                            // (see `key_date_runs`): a dated entry, or a gate, as its bullet would be.
                            // (A placeholder's line under a day of a schedule is that day's
                            // note, as before: not a task due on the day above it.)
                            let under_a_day = self.cursor == Cursor::Day;
                            let key_date = key_dates.contains(&(at, i))
                                && (!under_a_day || !placeholder_first_line(text))
                                && !bold_labels.get(i).copied().unwrap_or(false)
                                && self.live_line.is_none()
                                && !span_or_fact_line(text)
                                && !self.fact(text, line + i);
                            if (dated_lines || key_date) && !self.fact(text, line + i) {
                                self.named_day(text);
                                self.list_item(&ListItem {
                                    text: without_leading_decoration(text),
                                    line: line + i,
                                    ..ListItem::default()
                                });
                                continue;
                            }
                            // "**1. Sign off the design:** April 20th" over "**2. Build:** …":
                            // the first of numbered steps in bold is a step as the next are.
                            let first_of_steps = i == 0
                                && bold_labels.first() == Some(&true)
                                && text.starts_with("1. ")
                                && lines.get(1).is_some_and(|next| next.starts_with("2. "));
                            self.continued = i > 0 || first_of_steps;
                            let label = bold_labels.get(i).copied().unwrap_or(false);
                            // ("**Monday** (Mar 2):" the same; "**9 May - 16 May:** one week of
                            // clean-up" says more than a label.)
                            // ("**Friday** (Mar 20) - **OUT TODAY!** 🎉" too: the day, and
                            // a cheer for it.)
                            let dated_label = labels_list
                                && i + 1 == lines.len()
                                && text.chars().count() <= 80
                                && self.find(text).is_some_and(|p| {
                                    p.is_ok_and(|p| {
                                        label_before_date(&text[..p.span.start])
                                            && (!label
                                                || text.trim_end().ends_with(':')
                                                || is_cheer(&text[p.span.end..]))
                                    })
                                });
                            // "Night of Sat 12 June, from 21:00 UTC:" over the next list, a blank
                            // line between: a label that ends with its day (and a time), a few
                            // words before it, labels the list as its day.
                            let colon_label = !dated_label
                                && lines.len() == 1
                                && matches!(blocks.get(at + 1), Some(Block::List { .. }))
                                && self.day_label_over_list(text);
                            if colon_label && self.cursor == Cursor::Plan {
                                self.section();
                                self.cursor = Cursor::Section;
                            }
                            let dated_label = dated_label || colon_label;
                            // "**Wave 2 (stores in the north, dates TBC)**:" over its list after
                            // "**Wave 1 (May 5 - May 16, 2031)**:": a stretch of its own with no
                            // dates yet, read as the heading it stands for (it does not run on in
                            // the dated one before it).
                            if label
                                && labels_list
                                && !dated_label
                                && lines.len() == 1
                                && numbers_a_stretch(text)
                                && self.period_here().is_some()
                            {
                                let level = (self.heading_level + 1).clamp(2, 6);
                                let title = text.trim().trim_end_matches(':').trim_matches('*');
                                self.heading(level, title, line + i);
                                continue;
                            }
                            // "Launch day:" right over its list, in plain text: the launch's own day
                            // for the list, as "**Launch day**" in bold would be.
                            // ("Launch Day Eve:", "Launch day prep:" are other things.)
                            let lower = text.to_lowercase();
                            let label_words: Vec<&str> = words_of(&lower)
                                .into_iter()
                                .filter(|w| !["on", "the"].contains(w))
                                .collect();
                            let day_label = labels_list
                                && lines.len() == 1
                                && text.trim_end().ends_with(':')
                                && label_words.len() <= 3
                                && label_words.last() == Some(&"day")
                                && launch_day_heading(text).is_some();
                            // The next label over a list ("Press kit:") ends the day such a label
                            // gave (not one a bold label or a heading gave).
                            let at = usize::from(self.heading_level.min(6));
                            if labels_list
                                && lines.len() == 1
                                && !day_label
                                && !*bold
                                && self.day_label_level == Some(at)
                            {
                                self.day_label_level = None;
                                self.relative_by_level[at] = None;
                            }
                            self.paragraph_line(
                                text,
                                *bold || dated_label || day_label,
                                label || dated_label,
                                line + i,
                            );
                            if day_label {
                                self.day_label_level = Some(at);
                            }
                        }
                        // "The move-over / date is Saturday 15 January": a sentence wrapped by hand
                        // says when the event is as it would on one line.
                        if lines.len() >= 2 {
                            self.event_sentence(&lines.join(" "));
                        }
                    });
                    self.continued = false;
                    self.live_line = None;
                }
                Block::List { items } => {
                    // "### Task 1.1: Repo setup ✅" over its boxes, then bold fields of the work
                    // ("- **Depends on**: none", "- **Completed**: 2032-01-05"): the heading is
                    // the task, the fields its notes, the deadline or done-on day its date and
                    // its boxes'.
                    if let Some((title, at_line)) = &fresh_heading {
                        if self.work_record_list(title, *at_line, items) {
                            continue;
                        }
                    }
                    // The fields under a bold day's label ("- **Owner:** Sol"): its task's
                    // notes; the rest of the list is read as any list is.
                    if let Some(id) = self.day_label_task.take() {
                        let (fields, rest): (Vec<&ListItem>, Vec<&ListItem>) =
                            items.iter().partition(|i| is_value_field(i));
                        if let Some(NodeMut::Item(task)) = self.plan.node_mut(&id) {
                            task.notes.extend(fields.iter().map(|i| i.text.clone()));
                        }
                        self.in_day_label = true;
                        for item in rest {
                            self.list_item(item);
                        }
                        self.in_day_label = false;
                        continue;
                    }
                    // The fields under a bold week's label: its task's notes.
                    if std::mem::take(&mut self.week_label_fields) {
                        if let Some(PlanBlock::Schedule(g)) = self.last_block() {
                            if let Some(task) = g.items.last_mut() {
                                task.notes.extend(items.iter().map(|i| i.text.clone()));
                                continue;
                            }
                        }
                    }
                    // A list with two or more fields left empty is a form to fill in; one of
                    // fields in bold with a status among them ("**Status**: In review",
                    // "**Spend**: $18,000") a record of where something stands.
                    // (A description record under a dated or relative heading lists work:
                    // "**Description**: rewrite for v2" under "## App Store listing (T-7)".)
                    let dated_here = (1..7).any(|l| {
                        self.relative_by_level[l].is_some()
                            || self.period_by_level[l].is_some()
                            || self.day_by_level[l].is_some()
                    });
                    self.status_record =
                        is_status_record(items) || is_described_record(items) && !dated_here;
                    self.status_report = notes::is_status_report(items)
                        // (In the plan's opening, where a document's header stands.)
                        || is_header_record(items)
                            && self
                                .plan
                                .sections
                                .last()
                                .is_none_or(|section| section.title.is_empty())
                            && items
                                .iter()
                                .filter(|i| self.find(&i.text).is_some_and(|p| p.is_ok()))
                                .count()
                                <= 1
                            // (A date only in a field the reader knows, "- Start Date: …", not
                            // "- Internet: new line by 2030-03-01".)
                            && items.iter().all(|i| {
                                self.find(&i.text).is_none_or(|p| p.is_err())
                                    || i.text
                                        .split_once(':')
                                        .is_some_and(|(label, _)| Fact::named(label.trim()).is_some())
                            })
                        || !dated_here && self.defines_terms(items)
                        // "## Program" over "- 18:30 Doors", "- 19:00 Welcome", "- 19:15
                        // Break": the event's programme for those who come, not work.
                        || self
                            .plan
                            .sections
                            .last()
                            .is_some_and(|s| notes::names_a_programme(&s.title))
                            && notes::is_timed_programme(items)
                            && !notes::programme_asks_for_work(items, |t| {
                                self.find(t).is_some_and(|p| p.is_ok())
                            })
                        || notes::lists_addresses(items)
                        // (Not over dated work: "- €7" then "- Print the labels (by 20 May)".)
                        || !dated_here
                            && notes::describes_an_offer(items)
                            && items.iter().all(|i| {
                                self.find(&i.text).is_none() && relative_in(&i.text).is_none()
                            });
                    self.minutes_list = items
                        .first()
                        .is_some_and(|i| self.minutes_lists.contains(&i.line));
                    self.form_list = items.iter().filter(|i| is_empty_field(i)).count() >= 2;
                    self.date_fields = self.date_fields(items);
                    // "* October 18", "* October 19" over its posts, …: a calendar of days.
                    let days = |i: &&ListItem| is_only_a_day(&i.text, self.context);
                    self.day_calendar = items.iter().filter(days).count() >= 2
                        && items.iter().filter(days).any(|i| !i.children.is_empty());
                    // (Every item a box: a channel the export wrote, edited by hand with one
                    // open box more, keeps its plain entries and stays a channel.)
                    self.open_box_list = items.iter().any(|i| i.task == Some(false))
                        && items.iter().all(|i| i.task.is_some());
                    self.status_marked_boxes = status_marked_boxes(items);
                    // "- 01/14 Kickoff call", "- 07/15 Submission decisions": bullets that open
                    // with days in numbers without a year, read as the lines of a paragraph are.
                    let texts = items.iter().map(|i| i.text.as_str());
                    let numeric = match slashed_days_first(texts) {
                        Some(day_first) => NumericDates {
                            in_use: true,
                            day_first,
                            ..NumericDates::in_force()
                        },
                        None => NumericDates::in_force(),
                    };
                    self.steps_among_boxes = steps_among_boxes(items);
                    // (States, not steps with an icon, "- 📞 Call three suppliers", nor gates,
                    // "- 🔒 Security sign-off".)
                    self.marked_list = items.iter().all(|i| {
                        i.task.is_none()
                            && opens_with_a_mark(&i.text)
                            && !is_gate(&i.text)
                            && !opens_with_an_imperative(&i.text)
                    });
                    // ("The kit needs:" over "- Buy two tents": steps after all.)
                    let steps = items
                        .iter()
                        .filter(|i| opens_with_an_imperative(&i.text))
                        .count();
                    // ("The leaflet should cover:" over "- Print 200 copies": one step is
                    // enough.)
                    // ("… for example:" over "- Venue contract by Aug 3": a dated bullet too.)
                    if self.things_label
                        && (steps * 2 > items.len()
                            || self.contents_label
                                && items.iter().any(|i| {
                                    // (Not a quoted example, "- `fix crash` -> `Fix a crash`".)
                                    opens_with_an_imperative(&i.text) && !i.text.starts_with('`')
                                        || self.find(&i.text).is_some_and(|p| p.is_ok())
                                }))
                    {
                        self.notes_label = false;
                    }
                    // "**If approved:**" over "- The budget grows to 1.2M", "- Payment terms:
                    // net 30": what follows the decision, notes as before; only a list of
                    // steps is the day's work.
                    if std::mem::take(&mut self.approved_label)
                        && items.iter().any(|i| states_an_outcome(&i.text))
                    {
                        self.notes_label = true;
                    }
                    // "- Once a year: the whole company", "- **Weekly**: Progress check": how
                    // often something happens, read as a label's notes for this list only.
                    let label_before = self.notes_label;
                    let cadence = lists_a_cadence(items);
                    self.notes_label |= cadence;
                    // "**Before cutover**" over the boxes: the tasks read now are the label's.
                    // (Only under such a label is the plan walked for them.)
                    let read_before = self
                        .before_launch_label
                        .clone()
                        .map(|label| (label, self.item_ids()));
                    let stopped = numeric.apply(|| {
                        for item in items {
                            if self.over_limit() {
                                return true;
                            }
                            self.list_item(item);
                            for (i, (text, label)) in item.glued.iter().enumerate() {
                                self.continued = i > 0;
                                self.paragraph_line(text, false, *label, item.line + 1 + i);
                            }
                            // (A label glued under a nested bullet closes the whole item.)
                            for (text, line) in glued_labels(&item.children) {
                                self.continued = false;
                                self.paragraph_line(&text, false, false, line);
                            }
                            self.continued = false;
                        }
                        false
                    });
                    if let Some((label, before)) = read_before {
                        let new: Vec<(NodeId, String)> = self
                            .item_ids()
                            .into_iter()
                            .filter(|id| !before.contains(id))
                            .map(|id| (id, label.clone()))
                            .collect();
                        self.before_launch_items.extend(new);
                    }
                    if stopped {
                        return;
                    }
                    if cadence {
                        self.notes_label = label_before;
                    }
                    self.status_record = false;
                    self.status_report = false;
                    self.minutes_list = false;
                    self.form_list = false;
                    self.date_fields.clear();
                    self.marked_list = false;
                    self.day_calendar = false;
                    self.open_box_list = false;
                    self.status_marked_boxes = false;
                }
                Block::Rule => {}
                Block::Record { fields, line } => self.record(fields, *line),
                Block::Table {
                    head,
                    rows,
                    source,
                    line,
                } => {
                    self.last_table_head = Some(head.clone());
                    // "| 02-10-2029 |": a day written with dashes, year last.
                    let dotted_rows;
                    // (The table's dates together say which comes first, day or month.)
                    let order =
                        dashed_order(rows.iter().flat_map(|r| r.cells.iter().map(String::as_str)));
                    let rows = if order.is_some() {
                        dotted_rows = rows
                            .iter()
                            .map(|r| blocks::TableRow {
                                cells: r
                                    .cells
                                    .iter()
                                    .map(|c| dashed_days(c, order).into_owned())
                                    .collect(),
                                ..r.clone()
                            })
                            .collect::<Vec<_>>();
                        &dotted_rows
                    } else {
                        rows
                    };
                    // "| Frist |" over "| 17.08 |": days and months, whatever else the plan
                    // writes.
                    let read = if tables::dotted_day_column(head, rows) {
                        NumericDates {
                            dotted: true,
                            ..NumericDates::in_force()
                        }
                        .apply(|| self.table(head, rows, *line))
                    } else if let Some(day_first) = tables::slashed_day_column(head, rows) {
                        // "| Date |" over "| 3/15 |": days without a year, in this table.
                        NumericDates {
                            in_use: true,
                            day_first,
                            ..NumericDates::in_force()
                        }
                        .apply(|| self.table(head, rows, *line))
                    } else {
                        self.table(head, rows, *line)
                    };
                    if !read {
                        self.unrecognised(source.clone(), *line);
                    }
                }
                Block::Other { source, line } => {
                    // `<details>` … `</details>`: what is folded away (a shipped milestone's
                    // list, an archive) is kept as notes, not tasks.
                    let lower = source.to_lowercase();
                    if lower.contains("<details") {
                        self.in_details = !lower.contains("</details>");
                    } else if lower.contains("</details>") {
                        self.in_details = false;
                    }
                    // "> **HEADS UP:** … Cutover night is **Tuesday 9 November 2027**": a quote
                    // may say when the event is, as a paragraph would.
                    if source.trim_start().starts_with('>') {
                        let quoted: Vec<String> = source
                            .lines()
                            .map(|l| without_struck(l.trim_start().trim_start_matches('>').trim()))
                            .map(|l| l.replace("**", ""))
                            .collect();
                        // "> **Старт soft-launch**: 15.04.2027 (чт), 10:00": a quote at the top
                        // of a plan often holds its facts; the quote stays a note.
                        // At the top of the plan: before anything is scheduled. Or in a
                        // comment of an issue's thread ("**hedda** commented on 14 Sep 2027"
                        // over "> Moving day is set: **26th September 2027**"): the plan's
                        // author saying what has been decided since.
                        let comment = at.checked_sub(1).and_then(|i| blocks.get(i)).is_some_and(
                            |b| matches!(b, Block::Paragraph { lines, .. } if lines.last().is_some_and(|l| is_comment_line(l))),
                        );
                        if comment || self.plan.sections.iter().all(|s| s.blocks.is_empty()) {
                            for (i, l) in quoted.iter().enumerate() {
                                self.fact(l, line + i);
                            }
                        }
                        // "> Room booking: book club evening, Wednesday 14 November 2029, 18.30"
                        // at the top: the day the plan counts to, as opening prose would say.
                        if self.cursor == Cursor::Plan {
                            for l in &quoted {
                                self.opening_date_in(l, true);
                                // "> **Schedule (Day 0 = Mon 9 Sep 2030):** …": the count's start.
                                self.week_one_stated(l);
                            }
                        }
                        // "Written Oct 3 · prep week Oct 4-10 · campaign goes live Oct 12": a
                        // sentence among the parts of a line may say when the event is.
                        for part in quoted.iter().flat_map(|l| l.split(" · ")) {
                            self.event_sentence(part);
                            self.written_sentence(part);
                        }
                        self.event_sentence(&quoted.join(" "));
                        // "> 3月12日：功能冻结，此后只接受缺陷修复", "> Mar 12: feature freeze":
                        // a quoted line that opens with its day and names a gate.
                        for (i, l) in quoted.iter().enumerate() {
                            self.dated_gate_line(l, line + i);
                        }
                        // "> [!NOTE]" over "> Gate 1 - first boards in their cases" right under
                        // a dated stage's heading: the gate the stage ends at.
                        let under_heading = at
                            .checked_sub(1)
                            .and_then(|i| blocks.get(i))
                            .is_some_and(|b| matches!(b, Block::Heading { .. }));
                        if under_heading {
                            self.numbered_gate_quote(&quoted, *line);
                        }
                        // "> **Note:** …" is kept as "> Note: …": the lead's stars are markup.
                        self.unrecognised(notes::quote_as_kept(source), *line);
                    } else {
                        self.unrecognised(source.clone(), *line);
                    }
                }
            }
        }
        if self.plan.title.is_empty() {
            self.plan.title = self
                .front_title
                .take()
                .unwrap_or_else(|| "Untitled plan".into());
        }
        self.plan.id = NodeId::derive(&NodeId("plan".into()), "plan", &self.plan.title);
        // A first section that held only facts ("MVP Launch Timeline") is the plan's subtitle.
        if let Some(first) = self.plan.sections.first() {
            if first.blocks.is_empty() && first.notes.is_empty() && self.plan.subtitle.is_none() {
                self.plan.subtitle = Some(first.title.clone());
                self.plan.sections.remove(0);
            }
        }
    }

    fn heading(&mut self, level: u8, text: &str, line: usize) {
        self.close_id_heading();
        self.in_thread = false;
        // What a plan counts in is said for the lines under its heading.
        self.counted_in = None;
        self.heading_level = level.max(1);
        if self.status_task.is_some_and(|(at, _)| level <= at) {
            self.status_task = None;
        }
        self.bold_offset_level = None;
        self.day_label_level = None;
        self.gate_under_heading = None;
        self.implied_period = None;
        // "## T-14 Days": the items under it, to the next heading of its level, are that far
        // from launch (a heading with a date of its own is dated by it instead).
        let at = usize::from(level.min(6));
        for slot in &mut self.relative_by_level[at..] {
            *slot = None;
        }
        for slot in &mut self.length_by_level[at..] {
            *slot = false;
        }
        self.minutes_by_level[at..].fill(false);
        self.minutes_by_level[at] = counts_minutes(text);
        if self.next_weeks_level.is_some_and(|l| level <= l) {
            self.next_weeks_level = None;
        }
        for slot in &mut self.weekday_by_level[at..] {
            *slot = None;
        }
        for slot in &mut self.week_by_level[at..] {
            *slot = None;
        }
        for slot in &mut self.period_by_level[at..] {
            *slot = None;
        }
        for slot in &mut self.day_by_level[at..] {
            *slot = None;
        }
        for slot in &mut self.week_by_label[at..] {
            *slot = None;
        }
        for slot in &mut self.month_by_level[at..] {
            *slot = None;
        }
        for slot in &mut self.done_by_level[at..] {
            *slot = false;
        }
        self.done_by_level[at] =
            heading_says_done(text) || phase_marked_done(text) || aside_says_all_done(text);
        // "### We go live on Thursday, April 20th at 5:30 PM. The portal will be offline …": a
        // sentence written as a heading says when the launch is, as a paragraph would, and
        // dates what follows it no more than a paragraph does.
        // (Also when the launch is known already, as an exported plan states it in its header.)
        let said = is_prose_heading(text)
            .then(|| self.event_sentence_day(text))
            .flatten();
        if let Some(day) = said {
            self.event_launch(day);
        }
        let states_launch = said.is_some();
        self.list_done = false;
        self.notes_label = false;
        self.approved_label = false;
        self.conditions_label = false;
        self.instructions_label = false;
        self.launch_label = None;
        // "### By the End of Week 1" over "- ✅ No old address returns a 404": outcomes.
        self.end_state_label = labels_an_end_state(text);
        self.before_launch_label = None;
        // In a pre-launch section, "Day 28: Launch Day Preparation" is day 28 of the count
        // (which ends the day before the launch), not the launch day.
        let counted_day = self.before_launch_section && day_number_in(text).is_some();
        // "### Timeline: Sunday 12:30 AM CET": the time the cut-over starts, from which hours
        // and minutes before it count, when no launch line gives one.
        if self.launch_minutes.is_none() && find_date(text, self.context).is_none() {
            let lower = text.to_lowercase().replace('-', " ");
            let words = words_of(&lower);
            let names_start = words.iter().any(|w| {
                [
                    "timeline",
                    "cutover",
                    "cut",
                    "golive",
                    "live",
                    "start",
                    "starts",
                    "launch",
                    "window",
                    "switch",
                    "switchover",
                ]
                .contains(w)
            });
            if names_start && relative_in(text).is_none() {
                self.launch_minutes = time_of_day_in(text);
            }
        }
        // "### Day 2-7: Keep it going" under "## After Launch": the launch is Day 1.
        if self.after_launch_section && first_day_number(text) == Some(2) {
            self.launch_is_day_one = true;
        }
        let undated = find_date(text, self.context).is_none();
        if undated {
            self.week_by_level[at] = signed_week_in(text);
            self.relative_by_level[at] = t_range_end(text)
                .or_else(|| self.moment_offset(text))
                .or_else(|| self.step_offset(text))
                .or_else(|| relative_in(text))
                .or_else(|| countdown_heading(text))
                .or_else(|| signed_count_heading(text))
                // ("### Run of show" under "## T-2: Dress rehearsal" is that day's.)
                .or_else(|| {
                    launch_day_heading(text).filter(|_| {
                        !counted_day
                            && !(is_run_of_show(text)
                                && (self.relative_by_level[..at].iter().any(Option::is_some)
                                    || self.period_by_level[..at].iter().any(Option::is_some)))
                    })
                })
                .or_else(|| launch_week_heading(text));
            // "## Before:" between "## Day before (Monday):" and "## Launch:": the launch day's
            // morning, not the weeks before it.
            if self.relative_by_level[at].is_none() && self.launch_morning_headings.contains(&line)
            {
                self.relative_by_level[at] = Offset::new(0, OffsetUnit::Days);
            }
            // "##### 10:15am - Talks" in an event's timed agenda (see `timed_agendas`), with no
            // day above it: a slot of the event's own day.
            if self.relative_by_level[at].is_none()
                && self.timed_agenda_level.is_some_and(|open| level > open)
                && starts_with_time(text)
                && self.relative_by_level[..at].iter().all(Option::is_none)
                && self.period_by_level[..at].iter().all(Option::is_none)
            {
                self.relative_by_level[at] = Offset::new(0, OffsetUnit::Days);
            }
            if self.relative_by_level[at].is_none() {
                // ("### Follow-ups (before Friday)" after the launch is no day before it.)
                self.weekday_by_level[at] = Self::weekday_of_heading(text).filter(|_| {
                    !(self.after_launch_section && before_a_weekday(&text.to_lowercase()).is_some())
                });
            }
            // "### Short-term tasks (48 Hours)" under "## Post-cutover (24-48 Hours After)": a
            // length of time under a section after the launch is that long after it.
            let after_launch = self.relative_by_level[..at]
                .iter()
                .rev()
                .flatten()
                .next()
                .is_some_and(|o| o.amount > 0);
            // ("### Every 2 hours" is how often, not when: its checks are the section's.)
            let how_often = words_of(&text.to_lowercase())
                .iter()
                .any(|w| ["every", "each", "per", "hourly", "daily"].contains(w));
            if self.relative_by_level[at].is_none() && after_launch && !how_often {
                self.relative_by_level[at] = duration_in(text);
            }
            // "### Immediate Review (Within 24 hours)" under "## Post-Launch Analysis"; "###
            // Post Launch (1 Week)": the section or the heading says it is after the launch.
            if self.relative_by_level[at].is_none() {
                let under =
                    self.after_launch_section && self.section_level.is_some_and(|s| level > s);
                self.relative_by_level[at] =
                    under.then(|| within_duration(text)).flatten().or_else(|| {
                        says_after_launch(text)
                            .then(|| bracketed_duration(text))
                            .flatten()
                    });
                self.length_by_level[at] = self.relative_by_level[at].is_some();
            }
            // "### Later the same day", Czech "### Ještě týž den" under "## Afterwards": the day
            // the last heading counted to ("## On release day"), when it counted days.
            if self.relative_by_level[at].is_none() && says_the_same_day(text) {
                self.relative_by_level[at] = self.last_heading_day;
            }
            // "## Rilis:" after "## Rilis H-1:", "## Release" after "## T-1": the count ends on
            // the launch day.
            if self.relative_by_level[at].is_none()
                && launch::only_names_the_launch(text)
                && self.last_heading_day.is_some_and(|o| o.amount < 0)
            {
                self.relative_by_level[at] = Offset::new(0, OffsetUnit::Days);
            }
            if let Some(offset) = self.relative_by_level[at] {
                self.last_heading_day = (offset.unit == OffsetUnit::Days
                    && !self.length_by_level[at])
                    .then_some(offset);
            }
            if self.relative_by_level[at].is_none() {
                self.day_zero_heading |= level <= 2 && day_number_in(text) == Some(0);
                if self.next_weeks.is_none() {
                    self.next_weeks = next_weeks_in(text);
                    if self.next_weeks.is_some() {
                        self.next_weeks_level = Some(level);
                    }
                }
                self.day_by_level[at] = day_number_in(text)
                    .map(|n| (n, false))
                    .or_else(|| week_end_day_in(text).map(|n| (n, true)));
                self.week_by_label[at] = self.day_by_level[at]
                    .filter(|&(_, weeks)| weeks)
                    .and_then(|_| one_week_in(text));
            }
            self.weeks_after_launch_day(text, at);
        }
        self.past_midnight(text, at, undated);
        self.event_heading(text, at);
        self.bold_task = None;
        if self.facts_allowed() && self.fact(text, line) {
            return;
        }
        // "DAY 7: Wednesday, June 10 - LAUNCH DAY": the launch is day 7 of the plan's count.
        if launch::names_launch(text).is_some() && self.launch_day_number.is_none() {
            // "Launch Day (Day 0)": the days after it are Day 1, 2, …
            let day_zero = words_of(&text.to_lowercase())
                .windows(2)
                .any(|w| w == ["day", "0"]);
            self.launch_day_number = day_number_in(text).or(day_zero.then_some(0));
        }
        if self.event_day_heading.is_none()
            && launch::heading_names_titled_event_day(text, &self.plan.title)
        {
            if let Some(Ok(DatePhrase {
                period: Period::Day { date },
                ..
            })) = self.find(text)
            {
                self.event_day_heading = Some(date);
            }
        }
        let rank =
            launch::names_launch(text).filter(|_| !launch::aside_dates_a_lesser_release(text));
        if let (Some(rank), Some(Ok(phrase))) = (rank, self.find(text)) {
            if let Period::Day { date } = phrase.period {
                // "#### Maintenance Window (Sunday 2030-02-03, night)": the cut-over's day
                // only when nothing else, the opening prose included, names a day.
                if text.trim().to_lowercase().starts_with("maintenance window") {
                    self.window_heading.get_or_insert(date);
                } else if self.launch_heading.is_none_or(|(best, _)| rank > best) {
                    self.launch_heading = Some((rank, date));
                }
            }
        }

        // "# EXTENSION_PLAN.md" over "# NODI-Bn → …": a file's name over the plan's own title,
        // which is the title.
        let file_name = |t: &str| {
            !t.contains(' ')
                && [".md", ".markdown", ".txt"]
                    .iter()
                    .any(|x| t.to_lowercase().ends_with(x))
        };
        // (Not a dated or counted heading: "# Week 1 (3-7 March 2031)" under "# roadmap.md"
        // is the schedule's.)
        if level == 1
            && self.title_level == Some(1)
            && self.plan.sections.is_empty()
            && file_name(&self.plan.title)
            && self.find(text).is_none()
            && day_number_in(text).is_none()
            && !counts_in_english(text).contains("week ")
        {
            self.title_level = None;
            self.plan.title.clear();
        }
        if self.title_level.is_none()
            && self.plan.title.is_empty()
            && self.plan.sections.is_empty()
            && level == 1
            && !self.first_of_counted_parts(text)
        {
            // "Beta Launch Checklist - September 2026": the launch's month, failing a better date.
            let words = words_of(&text.to_lowercase()).join(" ");
            if ["launch", "release", "go live", "go-live"]
                .iter()
                .any(|w| words.contains(w))
            {
                self.title_launch = self
                    .find(text)
                    .and_then(Result::ok)
                    .map(|p| p.period)
                    .filter(Period::is_coarse);
            }
            // "# 2.3.1 リリース作業 on 2027-06-29", "# Meetup - 13 May 2027": a release or an
            // event the title dates to the day, with its year.
            if let Some(Ok(phrase)) = self.find(text) {
                if let (Period::Day { date }, true) = (phrase.period, phrase.year_written) {
                    if title_dates_its_occasion(text, phrase.span.start) {
                        self.title_day = Some(date);
                        if opening::title_names_a_release(text) {
                            self.open(opening::Says::TitleDay(date));
                        }
                    }
                }
            }
            self.opening_sentence(text);
            self.title_level = Some(level);
            self.plan.title = text.to_string();
            return;
        }
        // "# Fjordconf 2027" then "### September 21-24, 2027": a heading under the title that
        // is only a date says when the event is, as opening prose would. (Not a "##" one: that
        // is where the Markdown export writes a plan's subtitle, which may be a date.)
        if self.cursor == Cursor::Plan && !self.plan.title.is_empty() && level >= 3 {
            if let Some(Ok(phrase)) = self.find(text) {
                let rest = format!("{}{}", &text[..phrase.span.start], &text[phrase.span.end..]);
                if words_of(&rest.to_lowercase()).len() <= 2 {
                    self.opening_date(text);
                }
            }
        }
        // "# 4/18 Data Jam Checklist", then "# Open Data Jam Checklist" over the plan's fields
        // ("**When**: …"): the title again, in other words; what follows is still the plan's
        // top (the heading is kept as written, as a note).
        if self.cursor == Cursor::Plan
            && self.title_level == Some(level)
            && repeats_the_title(text, &self.plan.title)
        {
            self.unrecognised(format!("{} {text}", "#".repeat(usize::from(level))), line);
            return;
        }
        let section_level = *self.section_level.get_or_insert(level);
        if level <= section_level {
            // A section that states its year ("## Pre-launch (January 20-31, 2025)") settles
            // the year of the dates under it.
            if let Some(first) = year_written_in(text, self.context) {
                self.context = first;
                self.year_certain = true;
            }
        }
        // "### Release v26.10 Schedule": the release's month is where its yearless dates lie
        // (a heading about a release or version, not "Mar 23.03 review").
        let about_a_release = text.contains('.')
            && (words_of(&text.to_lowercase())
                .iter()
                .any(|w| matches!(*w, "release" | "releases" | "version" | "schedule"))
                || text.split_whitespace().any(|w| {
                    w.starts_with(['v', 'V']) && w[1..].starts_with(|c: char| c.is_ascii_digit())
                }));
        if about_a_release && year_written_in(text, self.context).is_none() {
            if let Some(month) = calendar_version_month(text) {
                self.context = month;
            }
        }
        // A heading with a day or a range dates what follows it, to the next heading of its
        // level ("## DAY 7: Wednesday, June 10", "## Phase 2 (Mar 1-14)"), unless a group or day
        // under it is dated itself.
        // "### Before the Tagging Deadline": by the day a "Tagging Deadline:" line named.
        if !self.named_days.is_empty() && self.find(text).is_none() && relative_in(text).is_none() {
            if let Some(date) = self.named_day_before(text) {
                self.period_by_level[at] = Some(Period::Day { date });
            }
        }
        // "## EVT Gate (Engineering Validation)" under a fenced timeline that writes "Mar 25"
        // under "EVT": that stage's day.
        if self.period_by_level[at].is_none()
            && !self.diagram_days.is_empty()
            && self.find(text).is_none()
            && relative_in(text).is_none()
        {
            if let Some(date) = self.diagram_day(text) {
                self.period_by_level[at] = Some(Period::Day { date });
            }
        }
        if states_launch || is_open_ended(text) || sums_up_a_session(text) {
            // ("#### March 2029 Onwards": from then on, with no end to be due by; "## Recent
            // Session Summary (Feb 9-10)": when the work was gone over, not when it is due.)
        } else if let Some(date) = self.count_start_heading(text) {
            // "## Next steps (4-week plan, starting Monday 18 Mar)": the day its weeks count
            // from, not a day its work is due.
            self.plan.facts.sprint_start = Some(date);
            self.context = date;
        } else if let Some(Ok(phrase)) = self.find(text) {
            self.period_by_level[at] = Some(phrase.period);
        } else if let Some(month) = self.bare_month(text) {
            self.period_by_level[at] = Some(month);
        } else if let Some(month) = self.month_of_a_numbered_phase(text) {
            // "### II cycle" after "Cycles last a month, three in all (March, April, May)".
            self.period_by_level[at] = Some(month);
        } else if let Some(month) = self.month_of_the_count(text) {
            // A day of the count (the month's last), so that a deeper "Week 1-2" still counts
            // its own days; what it dates is then due within the month.
            let start = self
                .plan
                .facts
                .sprint_start
                .or(self.span_months.map(|(start, _)| start))
                .unwrap_or(self.context);
            if let Ok(n) = u32::try_from((month.last_day() - start).num_days() + 1) {
                self.day_by_level[at] = Some((n, false));
                // Months of a span of calendar months ("Timeline: March - August 2027") are
                // due within the month; months counted from a stated start day ("## Start:
                // Monday 1 October 2029" over "(Month 1–2)") end on a day, the count's last;
                // unless a line named month 1's calendar month ("Month 1 = September").
                if self.plan.facts.sprint_start.is_none() || self.month_one_named {
                    self.month_by_level[at] = Some(month);
                }
                self.months_counted = true;
                // ("Test load (by 15 Nov)" under "(Month 1–2)" of October 2029: that year's.)
                self.context = month.first_day();
            }
        } else if let Some(month) = self.months_heading(text) {
            // (After the count: "Month 2-3 (July - August)" in a plan with a stated start
            // counts from it.)
            self.period_by_level[at] = Some(month);
        } else if let Some(week) = self.week_of_month(text, at) {
            self.period_by_level[at] = Some(week);
            self.day_by_level[at] = None;
            self.implied_period = Some(week);
        } else if let Some(week) = calendar_week_in(text, self.context) {
            // "## Phase 5 (KW 37)", Norwegian "(mål: uke 37)": that calendar week of the
            // plan's year, Monday to Sunday.
            self.period_by_level[at] = Some(week);
            self.implied_period = Some(week);
        } else if let Some(date) = self.weekday_heading(text, at) {
            self.period_by_level[at] = Some(Period::Day { date });
            self.last_weekday = Some(date);
            self.implied_period = Some(Period::Day { date });
        } else if let Some(date) = self.ordinal_heading(text, at) {
            self.period_by_level[at] = Some(Period::Day { date });
            self.implied_period = Some(Period::Day { date });
            // "## At 22nd - the release day": the day the heading implies, named as the
            // launch's (its article aside).
            let named = text.replace(" the ", " ").replace("- The ", "- ");
            if let Some(rank) = launch::names_launch(&named) {
                if self.launch_heading.is_none_or(|(best, _)| rank > best) {
                    self.launch_heading = Some((rank, date));
                }
            }
        } else if let Some(date) = self.plan.facts.written_on.filter(|_| says_today(text)) {
            // "### DEL 1 — ÅPNE I DAG", "## Today": the day the plan was written.
            self.period_by_level[at] = Some(Period::Day { date });
            self.implied_period = Some(Period::Day { date });
        }
        if let Some(Period::Month { year, month }) = self.period_by_level[at] {
            self.last_month = Some((year, month));
        }
        self.opens_today(text);
        if level <= section_level {
            // A time the title states ("# [5 Weeks] prior to the release") is the time of what
            // comes before the first section under it, not of the sections.
            if let Some(title) = self.title_level.filter(|&t| t < level) {
                let title = usize::from(title.min(6));
                self.relative_by_level[title] = None;
                self.day_by_level[title] = None;
            }
            self.open_section(text, line);
        } else if level == section_level + 1 {
            self.open_block(text, line);
        } else if self.day_heading(text, line) {
            self.day_heading_level = Some(level);
        } else {
            // "#### Days 3-4: Wednesday-Thursday, March 4-5": not one day, but what follows is
            // no longer the day before; its range dates it (see `schedule_item`). Nor is what
            // follows an undated heading of the day's level ("#### Other steps" after "####
            // On or around 1/4/30, the following will happen:").
            if self.cursor == Cursor::Day
                && (self.period_by_level[at].is_some()
                    || self.day_heading_level.is_some_and(|day| level <= day))
            {
                self.cursor = Cursor::Block;
            }
            // "#### Day 6-7: Content Freeze" deeper in the schedule: a decision point, dated
            // by its range or day number; what is listed under it stays the schedule's.
            if self.kind == SectionKind::Schedule && is_gate(text) && !self.in_note_section() {
                let phrase = self.find(text).and_then(Result::ok);
                let end = phrase.as_ref().map(|p| DatePhrase {
                    period: Period::Day {
                        date: p.period.last_day(),
                    },
                    ..p.clone()
                });
                self.heading_gate(text, end.as_ref(), line);
                self.end_gate_heading();
                if end.is_none() {
                    self.count_the_gate_heading(text);
                }
            } else {
                self.unrecognised(format!("{} {text}", "#".repeat(usize::from(level))), line);
                // "#### Goals:" kept as a line over its list: a label, as "**Goals:**" is.
                self.notes_label = labels_notes(text);
                self.turkic_output_label = names_a_turkic_output(text);
                self.approved_label = labels_the_approved_path(text);
                self.agenda_label = self.notes_label && labels_agenda(text);
            }
        }
    }

    /// Items counted from an event's day ("## Startdag — 4 september 2027" over "### Twee
    /// weken vooraf"): the first such event is the launch when nothing else names one; an item
    /// of another event is due on its day from that event and no longer moves with the launch.
    fn date_from_events(&mut self) {
        let anchored = std::mem::take(&mut self.anchored);
        if let (None, None, Some((_, first))) = (
            self.plan.facts.launch,
            self.plan.facts.launch_within,
            anchored.first(),
        ) {
            self.plan.facts.launch = Some(*first);
        }
        let launch = self.plan.facts.launch;
        for (id, event) in anchored {
            if Some(event) == launch {
                continue;
            }
            if let Some(NodeMut::Item(item)) = self.plan.node_mut(&id) {
                if let Some(offset) = item.offset.take() {
                    item.due = offset.day_from(event);
                }
            }
        }
    }

    /// Follows the event that relative headings count from: a heading dated by one day starts
    /// one; a deeper heading that counts from an unnamed event ("### Twee weken vooraf", "###
    /// The day after") confirms it; after that, a heading of the event's own level that does the
    /// same (its writer slipped a level) keeps it, and any other heading at that level or above
    /// ends it. A heading that names what it counts from ("2 weeks before launch") counts from
    /// the launch.
    fn event_heading(&mut self, text: &str, at: usize) {
        let day = self
            .find(text)
            .and_then(Result::ok)
            .and_then(|p| single_day(&p.period));
        if let Some(day) = day {
            self.event_day = Some((at, day, false));
            return;
        }
        let Some((level, day, confirmed)) = self.event_day else {
            return;
        };
        let lower = text.to_lowercase();
        let words = words_of(&lower);
        // "2 weeks before launch", "T-30", "L-7": counted from the launch, not the event.
        let unnamed = !words.iter().any(|w| {
            [
                "launch",
                "release",
                "golive",
                "live",
                "cutover",
                "lancering",
                "ga",
            ]
            .contains(w)
        }) && !words
            .first()
            .is_some_and(|w| ["t", "d", "j", "l"].contains(w));
        let counts = self.relative_by_level[at].is_some() && unnamed;
        for slot in &mut self.event_counts[at..] {
            *slot = false;
        }
        self.event_counts[at] = counts;
        if at > level {
            if counts {
                self.event_day = Some((level, day, true));
            }
        } else if !(at == level && confirmed && counts) {
            self.event_day = None;
        }
    }

    /// The event day the heading offset counts from (see [`PlanReader::event_heading`]), when
    /// the deepest relative heading counts from it.
    fn event_anchor(&self) -> Option<NaiveDate> {
        let (level, day, confirmed) = self.event_day?;
        let relative = (1..7)
            .rev()
            .find(|&l| self.relative_by_level[l].is_some())?;
        // The deepest relative heading must be one that counts from the event.
        (self.event_counts[relative] && (relative > level || confirmed && relative == level))
            .then_some(day)
    }

    /// Reads "Current Date: February 9, 2026" and its kin; true when `text` was a fact.
    /// A fact never overwrites a different date already read: such a line stays content.
    fn fact(&mut self, text: &str, line: usize) -> bool {
        let Some((key, value)) = text.split_once(':') else {
            return false;
        };
        // "**Days Remaining**: 31" beside the target date: the plan was written that many days
        // before it (see `day_said_today`); the line is read on as before.
        if let Ok(days) = value.trim().trim_matches(['*', '_']).trim().parse::<i64>() {
            let key = key.trim().trim_matches(['*', '_']).trim().to_lowercase();
            if ["days remaining", "days left", "days to go"].contains(&key.as_str()) {
                self.days_remaining = Some(days);
            }
        }
        // (Nor a field of the top, nor a target: no label at all.)
        if facts::colon_in_code_span(key) {
            return false;
        }
        // "**Data:** giovedì 8 marzo 2029 · **Sede:** Sala Ciampi": the event's day, the
        // launch when nothing else names one (the first such line).
        // (Not a meeting's: under "## Kickoff meeting notes", or the day the plan was written.)
        let meeting = || {
            let title = self
                .plan
                .sections
                .last()
                .map(|s| s.title.to_lowercase())
                .unwrap_or_default();
            words_of(&title).iter().any(|w| {
                [
                    "meeting",
                    "meetings",
                    "notes",
                    "minutes",
                    "sync",
                    "retro",
                    "retrospective",
                    "call",
                    "kickoff",
                    "standup",
                    "riunione",
                    "verbale",
                    "reunión",
                    "acta",
                    "réunion",
                    "besprechung",
                    "protokoll",
                    "встреча",
                    "созвон",
                ]
                .contains(w)
            })
        };
        if let Some(field) = facts::date_beside_venue(key, value).filter(|_| !meeting()) {
            if let Some(Ok(phrase)) = self.find(field) {
                let day = phrase.period.first_day();
                if matches!(phrase.period, Period::Day { .. } | Period::Range { .. })
                    && self.plan.facts.written_on != Some(day)
                {
                    self.event_date.get_or_insert(day);
                }
            }
        }
        // A target that is the launch ranks as a launch named in other words: a "Launch:" line
        // outranks it.
        let by_name = Fact::named(key);
        let Some(fact) = by_name
            .or_else(|| target_of_launch(key, value).then_some(Fact::LaunchLike(2)))
            .or_else(|| {
                facts::date_of_the_titles_occasion(key, &self.plan.title)
                    .then_some(Fact::LaunchLike(2))
            })
            .or_else(|| self.target_under_launch(key).map(Fact::LaunchLike))
        else {
            // "**Scheduled:** After the March 7, 2027 regional assembly" among a group's fields:
            // a bound the day comes after, no day of work; a note, and the fields read on.
            if facts::bounds_the_day(key, value) {
                self.unrecognised(text.to_string(), line);
                return true;
            }
            self.top_field(key, value);
            self.launch_among_steps(value);
            return false;
        };
        if matches!(fact, Fact::Start | Fact::SprintStart) && !self.states_the_start(key, value) {
            return false;
        }
        // "**Date:** Saturday, October 16th" in "# Workshop 4: …", "Date: Thursday May 13th,
        // 6.30pm" in "# May meetup": an event's plan may date the event so, among the fields at
        // its top; the launch when nothing else names one (see `event_date`).
        // (Or among the fields of a first section of facts: "## Info" over "**Datum:**
        // 14.10.2028" and the start times.)
        let key_is_date = ["date", "datum"]
            .iter()
            .any(|k| key.trim().eq_ignore_ascii_case(k));
        let event_date = fact == Fact::WrittenOn
            && key_is_date
            && (self.cursor == Cursor::Plan || self.in_info_section())
            && title_names_an_event(&self.plan.title);
        let countdown = lint::countdown_days(value);
        if fact == Fact::Span {
            let found = self.find(value).and_then(Result::ok);
            let range = found.as_ref().and_then(|p| match p.period {
                Period::Range { start, end } => Some((start, end)),
                // "6 months (March - August 2027)": the dates read the last month; the
                // first is named before it, a dash between.
                Period::Month { year, month } => {
                    let before = &value[..p.span.start];
                    let (head, _) = before.rsplit_once(['-', '\u{2013}'])?;
                    let first = words_of(&head.to_lowercase())
                        .last()
                        .and_then(|w| month_named(w))?;
                    let year = if first > month { year - 1 } else { year };
                    let start = NaiveDate::from_ymd_opt(year, first, 1)?;
                    Some((start, p.period.last_day()))
                }
                _ => None,
            });
            // "Timeline: 6 months (March - August 2027)": whole months, from the first of the
            // first; weeks and months numbered in the plan count from it.
            if let Some((start, end)) = range {
                use chrono::Datelike;
                let whole_months = start.day() == 1
                    && end.succ_opt().is_some_and(|next| next.day() == 1)
                    && (start.year(), start.month()) != (end.year(), end.month());
                // (The plan's span is no launch to count down to, as a stated start is, and
                // a stated start wins: it is kept apart and used only by "Month N" headings.)
                if whole_months {
                    self.span_months.get_or_insert((start, end));
                }
            }
            let span = range.map(|(_, end)| end);
            if let Some(end) = span {
                self.span_end.get_or_insert(end);
                self.date_in(value, line);
            }
            // "Период: 2032-05-03 → 2032-06-01 (отворање на туристичката сезона)": the span
            // ends on the day it names in brackets, the day the plan counts to; its weeks count
            // from its first day.
            let named_end = found
                .as_ref()
                .and_then(|p| value[p.span.end..].trim_start().strip_prefix('('))
                .is_some_and(|aside| {
                    aside.chars().filter(|c| c.is_alphabetic()).count() >= 6
                        && self.find(aside).is_none()
                });
            if let (Some((start, end)), true) = (range, named_end) {
                if self.plan.facts.launch.is_none() {
                    self.plan.facts.launch = Some(end);
                }
                if self.plan.facts.sprint_start.is_none() && !self.start_stated {
                    self.plan.facts.sprint_start = Some(start);
                }
            }
            // (The line is kept as written: it says more than either fact.)
            return false;
        }
        if fact == Fact::Countdown {
            if let Some(days) = countdown {
                self.claims.push(CountdownClaim { days, line });
            }
            return countdown.is_some();
        }
        // "Launch Target: Submit May 15. Live by ~May 20": of two steps, the one that goes live.
        let value = match fact {
            Fact::Launch | Fact::LaunchLike(_) => self.live_step(value),
            _ => value,
        };
        let Some(Ok(phrase)) = self.find(value) else {
            // "Launch: Day 8": the eighth day from the plan's start, once that is known.
            if fact == Fact::Launch {
                if let Some(n) = day_number_in(value) {
                    self.launch_day_number = Some(n);
                    return true;
                }
            }
            return false;
        };
        // "Meta de Lançamento: 60 dias a partir de hoje (20/01/2027)": the date is the day the
        // plan was written, counted from, not the launch; the line stays content.
        if matches!(fact, Fact::Launch | Fact::LaunchLike(_))
            && counts_from_today(&value[..phrase.span.start])
        {
            if let Period::Day { date } = phrase.period {
                self.plan.facts.written_on.get_or_insert(date);
            }
            return false;
        }
        // "Current event: none yet (the last one was 14 October 2027)", "Next meetup: degraded
        // since 2 May": words before the date say it is no day ahead.
        // (Right before the date, or the value's first word; not "was 3 May 2027, now 10 May",
        // whose later day holds.)
        let before = value[..phrase.span.start].to_lowercase();
        let before = words_of(&before);
        let behind = before
            .iter()
            .rev()
            .take(2)
            .any(|w| ["since", "was", "previous", "ago"].contains(w))
            || before.first() == Some(&"none");
        let value_lower = value.to_lowercase();
        let value_words = words_of(&value_lower);
        let superseded = ["now", "moved", "postponed", "pushed", "rescheduled", "new"]
            .iter()
            .any(|w| value_words.contains(w));
        if matches!(fact, Fact::Launch | Fact::LaunchLike(_)) && behind && !superseded {
            return false;
        }
        // "Go live window: June 12-14, 2027": a window of days is no launch day (a cut-over's
        // window of hours is, see `Fact::launch_like`).
        if key.to_lowercase().contains("window")
            && matches!(phrase.period, Period::Range { start, end } if start != end)
        {
            return false;
        }
        // "Launch Date: TBD (Week of Apr 6-10)": a day not yet picked within a span is due by
        // the span's last day.
        let undecided = ["tbd", "tbc"].contains(&before.first().copied().unwrap_or_default());
        let period = match phrase.period {
            Period::Range { end, .. } if undecided && fact == Fact::Launch => {
                Period::Day { date: end }
            }
            // "Conference dates: May 4-6": a launch-like event starts on its first day.
            Period::Range { start, .. } if matches!(fact, Fact::Launch | Fact::LaunchLike(_)) => {
                Period::Day { date: start }
            }
            period => period,
        };
        let Period::Day { date } = period else {
            // "Target launch: Q2 2027": the launch's month or quarter, when that is all it says.
            if matches!(fact, Fact::Launch | Fact::LaunchLike(2..)) && period.is_coarse() {
                self.plan.facts.launch_within = Some(period);
                // ("Public launch: June 2031" after "Beta target: 14 April 2031": the beta's day
                // is not the launch's.)
                if self.launch_rank == 1 {
                    self.plan.facts.launch = None;
                    self.launch_rank = 0;
                }
                // ("Target: December 2027" under "# Milestone 6 - Public Release" after "Target
                // release date: Okt 15, 2027" of an earlier milestone: the public one's month.)
                if let Fact::LaunchLike(rank) = fact {
                    if rank > self.launch_rank && self.launch_rank > 0 {
                        self.plan.facts.launch = None;
                        self.launch_rank = rank;
                    }
                }
                return matches!(fact, Fact::Launch);
            }
            // "Start Date: March 2027": the count of weeks starts in that month.
            if matches!(fact, Fact::Start) && matches!(period, Period::Month { .. }) {
                self.start_month.get_or_insert(period);
            }
            return false;
        };
        if event_date {
            self.event_date.get_or_insert(date);
        }
        // "Go-Live: 2026-11-02 00:00:00 UTC": the time of day hours before it count from.
        // ("Launch Time: 10 AM PST on Thursday, December 9": the time written before the day,
        // in a few words.)
        let time = value
            .get(phrase.span.end..)
            .and_then(time_of_day_in)
            .or_else(|| {
                let before = value.get(..phrase.span.start).unwrap_or_default();
                (before.split_whitespace().count() <= 4)
                    .then(|| time_of_day_in(before))
                    .flatten()
            });
        if fact == Fact::SettledDay {
            // The move's day (below), and nothing after it in its sentence but the hours of the
            // work ("Saturday 14 September 2030, Mantis read-only from 08:00."; not "2030-03-02
            // for delivery of the badges", "(dry run on staging only)"). A later one settles it
            // again.
            let after = value[phrase.span.end..]
                .split(". ")
                .next()
                .unwrap_or_default()
                .trim_end_matches('.');
            let only_hours =
                words_of(&after.to_lowercase()).is_empty() || time_of_day_in(after).is_some();
            if opens_with_a_decided_day(value, phrase.span.start) && only_hours {
                self.settled_day = Some(date);
            }
            return false;
        }
        if fact == Fact::MoveDay {
            if opens_with_a_decided_day(value, phrase.span.start) {
                self.move_day.get_or_insert(date);
            }
            return false;
        }
        if let Fact::LaunchLike(rank) = fact {
            // Stated in other words: the strongest one is the launch, unless the plan names its
            // launch in so many words; the line stays in the plan either way. (A beta's day is
            // not the launch of a plan that names the launch's month or quarter.)
            let month_named = self.plan.facts.launch_within.is_some();
            if rank > self.launch_rank && !(rank == 1 && month_named) {
                self.plan.facts.launch = Some(date);
                self.launch_rank = rank;
                // (A field named for the day, not a target among dated steps: "- Target
                // date: 12 May 2031" over "- Pack the server room: 10 May 2031".)
                self.launch_field_line = by_name.is_some().then_some(line);
                // ("Culminating activity: RESEARCH COLLOQUIUM, Friday, April 12, 2030": the
                // event's name before its day.)
                let name = value[..phrase.span.start]
                    .trim()
                    .trim_end_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase();
                // ("### Search Index Migration" over "- **Recommended Date:** March 8, 2027":
                // the work the field dates is the heading's, when the field names none.)
                let name = if name.is_empty() {
                    self.block_heading
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                } else {
                    name
                };
                self.launch_event_name = (by_name.is_some()
                    && (1..=4).contains(&name.split_whitespace().count()))
                .then_some(name);
                self.launch_minutes = time.or(self.launch_minutes);
                if let (None, Some(start)) = (
                    self.plan.facts.sprint_start,
                    start_beside(value.get(phrase.span.end..), date),
                ) {
                    self.plan.facts.sprint_start = Some(start);
                }
            }
            return false;
        }
        if fact == Fact::Launch {
            self.launch_minutes = time.or(self.launch_minutes);
        }
        self.start_stated |= fact == Fact::Start;
        // ("Work started: Jan 8" says when it began: no day the plan counts down to.)
        self.start_in_the_past |= fact == Fact::Start
            && words_of(&key.to_lowercase())
                .iter()
                .any(|w| ["started", "began"].contains(w));
        let facts = &mut self.plan.facts;
        let slot = match fact {
            Fact::WrittenOn => &mut facts.written_on,
            Fact::Launch => {
                // Named in so many words: it outranks a launch read from other words.
                if self.launch_rank != u8::MAX {
                    facts.launch = None;
                }
                self.launch_rank = u8::MAX;
                &mut facts.launch
            }
            Fact::LastUpdated => &mut facts.last_updated,
            Fact::NextReview => &mut facts.next_review,
            Fact::Start
            | Fact::SprintStart
            | Fact::Countdown
            | Fact::Span
            | Fact::MoveDay
            | Fact::SettledDay
            | Fact::LaunchLike(_) => &mut facts.sprint_start,
        };
        if slot.is_some_and(|known| known != date) {
            return false;
        }
        *slot = Some(date);
        // (A start stated in so many words stays: "Sprint start: 2 June" beside "Launch: …
        // (day 10)".)
        let stated =
            facts.sprint_start.is_some() && fact != Fact::SprintStart && fact != Fact::Start;
        if let (false, Some(start)) = (stated, start_beside(value.get(phrase.span.end..), date)) {
            facts.sprint_start = Some(start);
        }
        self.date_in(value, line);
        if let Some(days) = countdown {
            self.claims.push(CountdownClaim { days, line });
        }
        // "**Next Review**: April 15, 2031 (check that every action item is closed)": the day of
        // a review or an update with words of its own; the fact keeps the day, and the line is
        // kept as written for its words.
        if matches!(fact, Fact::NextReview | Fact::LastUpdated)
            && says_more_than_its_day(value, &phrase.span)
        {
            self.unrecognised(text.to_string(), line);
        }
        true
    }

    /// The part of a launch line that dates the launch itself when it names several steps, each
    /// with its day ("Submit May 15, 2027. Live by ~May 20, 2027"): when the first step names
    /// something else, from the step that names going live, a launch or a release; the whole
    /// line otherwise ("Jan 5 (release candidate Dec 1)" launches on Jan 5).
    fn live_step<'v>(&self, value: &'v str) -> &'v str {
        const LIVE: [&str; 7] = [
            "live",
            "launch",
            "public",
            "release",
            "general availability",
            "ga ",
            "available",
        ];
        let mut clause_start = 0;
        let mut rest_at = 0;
        let mut steps = 0;
        let mut chosen = None;
        while let Some(Ok(phrase)) = value.get(rest_at..).and_then(|rest| self.find(rest)) {
            let (start, end) = (rest_at + phrase.span.start, rest_at + phrase.span.end);
            steps += 1;
            let clause = value[clause_start..start].to_lowercase();
            let live = LIVE.iter().any(|w| clause.contains(w))
                && !["beta", "candidate", "rc", "preview", "pilot"]
                    .iter()
                    .any(|w| clause.contains(w));
            if steps == 1 {
                // The first step is the launch unless it names another step ("Submit").
                if live || !clause.chars().any(char::is_alphabetic) {
                    break;
                }
            } else if chosen.is_none() && live {
                chosen = Some(clause_start);
            }
            clause_start = end;
            rest_at = end.max(rest_at + 1);
            if steps > 8 {
                break;
            }
        }
        match chosen {
            Some(at) if steps > 1 => &value[at..],
            _ => value,
        }
    }

    /// "**Goes out:** Tue 22 June, 07:00", "Ships: March 3": a field at the plan's top, before
    /// its first heading, that dates something in words the reader has no fact for. Its day is
    /// kept aside: the plan's day when nothing else names one and no other such field names
    /// another (see [`facts::top_field_names_the_day`]). Fields about the document itself
    /// ("Opened", "Updated", "Reviewed") are not.
    fn top_field(&mut self, key: &str, value: &str) {
        if self.cursor != Cursor::Plan || !facts::top_field_names_the_day(key) {
            return;
        }
        // "**Deadline:** preliminary results → Jan-Feb 2031 | final submission → 15 March 2031":
        // steps, each with its day after an arrow; the last one's day ("final review → 20 Aug |
        // camera-ready → 1 Sep" is due on 1 September).
        let steps: Vec<&str> = value.split('|').collect();
        let value = match steps.as_slice() {
            [_, _, ..] => match steps.last().and_then(|step| step.rsplit_once('→')) {
                Some((_, day)) => day.trim(),
                None => value,
            },
            _ => value,
        };
        let Some(Ok(phrase)) = self.find(value) else {
            return;
        };
        // The date opens the value (a weekday before it is part of it): "Ships: after QA, on
        // May 3" says more than a day.
        if !value[..phrase.span.start].trim().is_empty() {
            return;
        }
        if let Period::Day { date } = phrase.period {
            self.top_field_days.push(date);
        }
    }

    /// "**Timeframe:** 5 months (March–July 2031), kick-off 03.03.2031, go-live 28.07.2031": a
    /// field atop the plan that lists its steps, each with its day, names the launch by one of
    /// them (the launch's name, then its day, and nothing else in that part).
    fn launch_among_steps(&mut self, value: &str) {
        // (Fields written on one line, "Created: … | Launch: …", are each read as their own.)
        if self.cursor != Cursor::Plan || self.plan.facts.launch.is_some() || value.contains(':') {
            return;
        }
        for part in value.split([',', ';', '|']) {
            let Some(Ok(phrase)) = self.find(part) else {
                continue;
            };
            let (name, rest) = (&part[..phrase.span.start], &part[phrase.span.end..]);
            let name = name.trim().to_lowercase();
            // The step's name alone ("go-live", "launch", "GA"; not "Payments GA", "v1
            // launch", "competitor launch": another's).
            let named = launch::names_launch(&name).is_some_and(|rank| rank >= 3)
                && (!name.contains(' ') || name == "go live");
            let Period::Day { date } = phrase.period else {
                continue;
            };
            // Ranked as a launch named in other words: a "Launch date:" line outranks it.
            if named && words_of(&rest.to_lowercase()).is_empty() && self.launch_rank < 2 {
                self.plan.facts.launch = Some(date);
                self.launch_rank = 2;
                return;
            }
        }
    }

    /// Whether a heading or list item here may state a plan fact: only before the first block of
    /// the plan's content (the title area and a facts-only first section), never inside a checklist.
    fn facts_allowed(&self) -> bool {
        match self.cursor {
            Cursor::Plan => true,
            Cursor::Section => {
                self.plan.sections.len() <= 1
                    && self.plan.sections.iter().all(|s| s.blocks.is_empty())
            }
            // "## 1. Overview" then "### 1.1 Project Duration" over "- **Start Date**: …": the
            // plan's fields in its first group, before anything of the plan is work or dated.
            Cursor::Block => {
                let [section] = self.plan.sections.as_slice() else {
                    return false;
                };
                let [PlanBlock::Schedule(group)] = section.blocks.as_slice() else {
                    return false;
                };
                // (A group about the plan's time: "1.1 Project Duration", "Key dates",
                // "Timeline"; not "1.1 The first portal" under "Background".)
                let about_time = |title: &str| {
                    let lower = title.to_lowercase();
                    words_of(&lower).iter().any(|w| {
                        [
                            "duration",
                            "timeline",
                            "schedule",
                            "dates",
                            "overview",
                            "summary",
                            "glance",
                            "timeframe",
                            "timing",
                            "calendar",
                            // "## Upcoming Maintenance": what comes next, and when.
                            "upcoming",
                        ]
                        .contains(w)
                    })
                };
                group.items.is_empty()
                    && group.period.is_none()
                    && self.relative_by_level.iter().all(Option::is_none)
                    && self.period_by_level.iter().all(Option::is_none)
                    && self.day_by_level.iter().all(Option::is_none)
                    && (about_time(&group.label)
                        || about_time(&section.title)
                        // "- **Responders**:" over its names, among an incident's fields: a
                        // field of notes only, which opened no work.
                        || group.label.is_empty() && group.days.is_empty() && !group.notes.is_empty())
            }
            Cursor::Day => false,
        }
    }

    fn open_section(&mut self, title: &str, line: usize) {
        self.prose_gate_section(line);
        self.place_pending_gates();
        let id = self.id(&self.plan.id.clone(), "section", title, line);
        self.day_heading_level = None;
        self.kind = SectionKind::of(title);
        self.section_kind = None;
        if self.decision_record && self.kind == SectionKind::Decisions && is_record_part(title) {
            self.kind = SectionKind::Schedule;
        }
        // "## Backlog", "## In Progress", "## Done": a board's lanes. Its last lane holds the
        // cards done, tasks as the others are, not milestones reached.
        if self.kind == SectionKind::Completed
            && self.plan.sections.iter().any(|s| is_board_lane(&s.title))
        {
            self.kind = SectionKind::Schedule;
        }
        self.rollback_section = is_rollback(title);
        self.rollback_steps = self.rollback_section && rollback_steps_title(title);
        let lower = launch_words_in_english(&title.to_lowercase());
        let words = words_of(&lower);
        // "Post-Cutover Activities", "After go-live": the launch by its other names.
        self.launch_section = words.contains(&"launch")
            || words.contains(&"cutover")
            || words
                .windows(2)
                .any(|w| w == ["go", "live"] || w == ["cut", "over"]);
        self.after_launch_section = says_after_launch(title);
        self.after_launch_block = false;
        self.block_heading.clear();
        self.launch_is_day_one = self.after_launch_section && first_day_number(title) == Some(2);
        // "Pre-Launch Checklist (Weeks 1-4)": its days lead up to the launch.
        self.before_launch_section = self.launch_section
            && (words
                .windows(2)
                .any(|w| w == ["pre", "launch"] || w == ["before", "launch"])
                || words.contains(&"prelaunch"));
        self.plan.sections.push(Section {
            id,
            title: title.to_string(),
            ..Default::default()
        });
        self.cursor = Cursor::Section;
    }

    fn section(&mut self) -> &mut Section {
        if self.plan.sections.is_empty() {
            let id = self.id(&self.plan.id.clone(), "section", "", 0);
            self.plan.sections.push(Section {
                id,
                ..Default::default()
            });
        }
        let last = self.plan.sections.len() - 1;
        &mut self.plan.sections[last]
    }

    /// Whether the open section's title names a gate (not a decision record's "## Decision",
    /// which says what will happen).
    fn section_names_a_gate(&self) -> bool {
        let title = self.plan.sections.last().map_or("", |s| s.title.as_str());
        is_gate(title) && !(self.decision_record && is_record_part(title))
    }

    /// Whether a bullet of a gate's section has no day but the one its heading writes ("## Code
    /// Freeze (Aug 23-24)" over "- Merge the last fixes"): a step of the gate's section, not a
    /// gate of its own (as "- Thanksgiving week: Nov 23-27" under "## Code Freeze Windows" is).
    fn dated_only_by_its_gate_heading(&self, text: &str) -> bool {
        self.find(text).is_none() && self.find(&self.section_title()).is_some()
    }

    /// Whether the open section's own heading counts its period from the launch ("## Month -2:
    /// …", "## T-21: …"), not one it takes from the headings above it, and writes no day or
    /// span of its own ("## Jul 21-27: …" is read as a list of its own, not this).
    fn section_heading_dates_its_period(&self) -> bool {
        let at = usize::from(self.heading_level.min(6));
        self.section_level == Some(self.heading_level)
            && self.relative_by_level[at].is_some()
            && self.period_by_level[at].is_none()
    }

    /// Whether the open section's heading names its gate only to say it is not there, is over
    /// or what comes after it: "## T-10: Code freeze lifted", "## T-10: No freeze this time",
    /// "## Week -2: Menu freeze? Not yet", "## T-10: Post-freeze bug bash" ("Go/No-Go" is no
    /// "no").
    fn section_heading_denies_its_gate(&self) -> bool {
        let title = self
            .section_title()
            .replace("no-go", "nogo")
            .replace("no go", "nogo");
        title.contains('?')
            || words_of(&title).iter().any(|w| {
                [
                    "no",
                    "not",
                    "lifted",
                    "cancelled",
                    "canceled",
                    "ends",
                    "ended",
                    "over",
                    "post",
                    "skipped",
                    "without",
                    "unfreeze",
                    "thaw",
                ]
                .contains(w)
            })
    }

    /// The open section's title, lower case ("" before any).
    fn section_title(&self) -> String {
        self.plan
            .sections
            .last()
            .map(|s| s.title.to_lowercase())
            .unwrap_or_default()
    }

    fn section_id(&mut self) -> NodeId {
        self.section().id.clone()
    }

    fn push_block(&mut self, block: PlanBlock) {
        self.place_pending_gates();
        self.section().blocks.push(block);
        self.cursor = Cursor::Block;
    }

    /// Places the decision points waiting for their group to end (see `pending_gates`).
    fn place_pending_gates(&mut self) {
        if self.pending_gates.is_empty() {
            return;
        }
        let gates = std::mem::take(&mut self.pending_gates);
        let section = self.section();
        section
            .blocks
            .extend(gates.into_iter().map(PlanBlock::Decision));
    }

    fn last_block(&mut self) -> Option<&mut PlanBlock> {
        if self.cursor == Cursor::Plan || self.cursor == Cursor::Section {
            return None;
        }
        self.plan.sections.last_mut()?.blocks.last_mut()
    }

    /// Opens the block a `###` heading starts, by the kind of the section it is in.
    fn open_block(&mut self, heading: &str, line: usize) {
        self.gate_list = None;
        self.after_launch_block = says_after_launch(heading);
        self.block_heading = heading.to_string();
        if let Some(kind) = self.section_kind.take() {
            self.kind = kind;
        }
        // "### Metrics to Monitor", "### Key Metrics" over boxes in a schedule: what is watched,
        // not work (not "### Set up the metrics dashboard").
        if self.kind == SectionKind::Schedule && names_metrics(heading) {
            self.section_kind = Some(self.kind);
            self.kind = SectionKind::Metrics;
        }
        let parent = self.section_id();
        // "### March 2029 Onwards", "### 2030 and beyond": from then on, with no end to be due
        // by.
        let phrase = self
            .date_in(heading, line)
            .filter(|_| !is_open_ended(heading));
        // "### Week 3: Launch" under "## Plan (November 2027)": that week of the month.
        // "### Tuesday: Trailer shoot" in a week or after the plan's start, "### Week 3" of a
        // month, "### Today": the period the heading implies without writing it.
        let week = self.implied_period.take().filter(|_| phrase.is_none());
        let parts = HeadingParts::new(heading, phrase.as_ref());
        let kind =
            if self.kind == SectionKind::Risks && heading.to_lowercase().contains("contingenc") {
                SectionKind::Contingencies
            } else {
                self.kind
            };
        // "### Mid-cycle checkpoint (Jul 3, 2026)" in a schedule: a decision point; what is
        // listed under it is the schedule's again.
        // "### Day 3 (Thursday, Mar 5) - Layout Decision + Project Setup": a day of the
        // schedule first, whose title is a gate; the day keeps its tasks, and the gate is a
        // decision point on it (as a day label's is, see `day_heading`).
        let day_gate = phrase
            .as_ref()
            .and_then(|p| single_day(&p.period).map(|d| (d, p.span.clone())))
            .filter(|(_, span)| {
                let before = &heading[..span.start];
                !before.trim().is_empty() && label_before_date(before)
            })
            .and_then(|(date, _)| {
                // The title after the date, or in brackets after it as the export writes it
                // ("### Day 3: Mar 5, 2027 (Layout Decision)").
                let title = parts.after.clone().or_else(|| parts.aside.clone())?;
                non_empty(&lead_trimmed(&title))
                    .filter(|t| is_gate(t))
                    .map(|title| (date, title))
            });
        if kind == SectionKind::Schedule && is_gate(heading) && day_gate.is_none() {
            self.heading_gate(heading, phrase.as_ref(), line);
            self.end_gate_heading();
            if phrase.is_none() && relative_in(heading).is_none() {
                self.count_the_gate_heading(heading);
            }
            return;
        }
        // "### Day 2 (Wednesday, Mar 4)": the count's start, when the plan states none (nor
        // a span, "**Timeline**: Mar 6-13", that dates its weeks).
        if let Some(date) = phrase.as_ref().and_then(|p| single_day(&p.period)) {
            if kind == SectionKind::Schedule && self.span_end.is_none() {
                self.day_one_dated(heading, date);
            }
        }
        // "## Week 1 (15-21 September 2030)", Bengali "সপ্তাহ ১ (…)": the count's first week,
        // dated; the count starts on its first day, when the plan states no start and dates
        // nothing before it (a "Week 1" after the launch's days counts from the launch).
        if let Some(Period::Range { start, .. }) = phrase.as_ref().map(|p| p.period) {
            // (The heading's words first: the walk over the blocks read so far is for a
            // "Week 1" heading only, not every dated one.)
            let first_week = || {
                let lower = counts_in_english(heading);
                words_of(&lower).windows(2).any(|w| w == ["week", "1"])
                    && !self.plan.sections.iter().flat_map(|s| &s.blocks).any(|b| {
                        matches!(b, PlanBlock::Schedule(g) if g.period.is_some() || !g.days.is_empty())
                    })
            };
            if kind == SectionKind::Schedule
                && self.span_end.is_none()
                && self.week_one_start.is_none()
                && first_week()
            {
                self.week_one_start = Some(start);
            }
        }
        if let (SectionKind::Schedule, Some((date, title))) = (kind, &day_gate) {
            if !self.in_note_section() {
                let section = self.section_id();
                let id = self.id(&section, "decision", title, line);
                self.day_gates.push(id.clone());
                self.pending_gates.push(DecisionPoint {
                    id,
                    date: Some(*date),
                    title: title.clone(),
                    ..Default::default()
                });
            }
        }
        let block = match kind {
            SectionKind::Completed => PlanBlock::Milestones(MilestoneGroup {
                id: self.id(&parent, "milestones", heading, line),
                title: heading.to_string(),
                period: phrase.as_ref().map(|p| p.period),
                ..Default::default()
            }),
            SectionKind::Schedule => PlanBlock::Schedule(ScheduleGroup {
                id: self.id(&parent, "group", heading, line),
                label: if phrase.is_some() {
                    parts.before.clone()
                } else {
                    heading.to_string()
                },
                period: phrase.as_ref().map(|p| p.period).or(week),
                aside: parts.aside.clone().or_else(|| parts.after.clone()),
                ..Default::default()
            }),
            SectionKind::Decisions => PlanBlock::Decision(DecisionPoint {
                id: self.id(&parent, "decision", heading, line),
                date: phrase.as_ref().and_then(|p| single_day(&p.period)),
                day_label: phrase.as_ref().and_then(|p| p.day_label),
                aside: parts.aside.clone(),
                title: if phrase.is_some() {
                    parts.title()
                } else {
                    heading.to_string()
                },
                ..Default::default()
            }),
            SectionKind::Metrics => PlanBlock::Metrics(MetricGroup {
                id: self.id(&parent, "metrics", heading, line),
                title: if phrase.is_some() {
                    parts.title()
                } else {
                    heading.to_string()
                },
                date: phrase.as_ref().and_then(|p| single_day(&p.period)),
                ..Default::default()
            }),
            SectionKind::Risks => PlanBlock::Risks(RiskGroup {
                id: self.id(&parent, "risks", heading, line),
                title: strip_deadline(heading, phrase.as_ref()),
                level: RiskLevel::from_heading(heading),
                resolve_by: phrase.as_ref().and_then(|p| single_day(&p.period)),
                ..Default::default()
            }),
            SectionKind::Contingencies => PlanBlock::Contingencies(ContingencyList {
                id: self.id(&parent, "contingencies", heading, line),
                title: heading.to_string(),
                ..Default::default()
            }),
            SectionKind::Communication => PlanBlock::Communication(CommChannel {
                id: self.id(&parent, "channel", heading, line),
                audience: heading.to_string(),
                ..Default::default()
            }),
        };
        self.push_block(block);
    }

    /// A schedule's day label ("**Tuesday, Feb 10**" or a `####` heading); true when it was one.
    fn day_heading(&mut self, text: &str, line: usize) -> bool {
        if self.kind != SectionKind::Schedule {
            return false;
        }
        let Some(found) = self.find(text) else {
            return false;
        };
        let Ok(phrase) = found else {
            self.date_in(text, line);
            return false;
        };
        let Some(date) = single_day(&phrase.period) else {
            return false;
        };
        if !matches!(self.last_block(), Some(PlanBlock::Schedule(_))) {
            let group = self.implicit_group(line);
            self.push_block(PlanBlock::Schedule(group));
        }
        self.date_in(text, line);
        self.day_one_dated(text, date);
        // "Day 57 (Feb 17): TestFlight Ready": the title after the aside's bracket.
        let rest = text.get(phrase.span.end..).unwrap_or_default();
        let rest = rest.trim_start().trim_start_matches([')', ']']);
        let mut title =
            non_empty(&lead_trimmed(rest)).filter(|t| !t.chars().all(|c| c.is_ascii_punctuation()));
        // (Whether the title is a sentence ending on the day, "**Beds ready on 9 March**".)
        let mut sentence = false;
        // "**Target for the first beta: September 26th.**": the label before the day is its
        // title when no words follow it (a weekday or "Day 3" before it names no more than the day).
        // "Moving day (Saturday 13 March):": so of a label with its day in brackets.
        // "#### Code freeze – `2027-12-01`": so of a label set apart from its day by a dash.
        let lead =
            text[..phrase.span.start].trim_end_matches(|c: char| c.is_whitespace() || c == '`');
        // (Not the end of a span in brackets: "Groundwork (Now - Feb 7)".)
        let dashed = lead
            .strip_suffix(['-', '\u{2013}', '\u{2014}'])
            .is_some_and(|l| l.ends_with(' ') && l.matches('(').count() == l.matches(')').count());
        if title.is_none() && (lead.ends_with([':', '(']) || dashed) {
            let before = text[..phrase.span.start]
                .trim_end_matches(|c: char| c.is_whitespace() || ":-–—(,[`".contains(c))
                .trim();
            let names_more = words_of(&before.to_lowercase()).iter().any(|w| {
                !w.chars().all(|c| c.is_ascii_digit())
                    && crate::plan::dates::weekday_named(w).is_none()
                    && !["day", "on", "the", "of"].contains(w)
            });
            if names_more {
                title = Some(before.to_string());
            }
        } else if title.is_none() && !lead.is_empty() {
            // "**Plan ready for the start on 7 January 2031**": a sentence ending on its day,
            // kept whole as the day's title (its words were lost before).
            let names_more = words_of(&lead.to_lowercase()).iter().any(|w| {
                !w.chars().all(|c| c.is_ascii_digit())
                    && crate::plan::dates::weekday_named(w).is_none()
                    && !["day", "on", "the", "of"].contains(w)
            });
            if names_more {
                title = Some(text.trim().to_string());
                sentence = true;
            }
        }
        let group_id = match self.last_block() {
            Some(PlanBlock::Schedule(g)) => g.id.clone(),
            _ => return false,
        };
        // "Day 77 (Mar 9): Feature Freeze": the day is the gate's too, a decision point after
        // the group (the day keeps its tasks).
        // (A sentence ending on its day is no gate when it asks for work about one, "**Review
        // the go/no-go criteria on 25 April**", or its gate word names a thing, "**Approval
        // letters posted on 9 March**".)
        if let Some(gate) = title.as_deref().filter(|t| {
            is_gate(t)
                && !self.in_note_section()
                && !(sentence && (opens_with_a_work_verb(t) || gate_names_a_thing(t)))
        }) {
            let section = self.section_id();
            let id = self.id(&section, "decision", gate, line);
            self.day_gates.push(id.clone());
            self.pending_gates.push(DecisionPoint {
                id,
                date: Some(date),
                title: gate.to_string(),
                ..Default::default()
            });
        }
        let id = self.id(&group_id, "day", &date.to_string(), line);
        if let Some(PlanBlock::Schedule(group)) = self.last_block() {
            group.days.push(Day {
                id,
                date,
                title,
                ..Default::default()
            });
        }
        self.cursor = Cursor::Day;
        true
    }

    /// "**Book the venue:** We saw five farms before we chose." in a timeline (under a heading
    /// that dates it or counts it from the launch): the step the bold label names, and what
    /// the line says about it. Not a field ("**Owner:** Sam", "**Deadline:** …", "**Success
    /// criteria:** …"): the label is two to eight words without a figure, the words after it
    /// a sentence without a date at its start.
    fn bold_step<'t>(&mut self, text: &'t str) -> Option<(&'t str, &'t str)> {
        let (title, note) = bold_step_parts(text)?;
        if !self.in_timeline() {
            return None;
        }
        let words = title.split_whitespace().count();
        let lower = title.to_lowercase();
        let field = DEADLINES.contains(&lower.as_str())
            || labels_notes(text)
            || introduces_things(text)
            || labels_conditions(text)
            || labels_instructions(text)
            || labels_an_end_state(text)
            || labels_done_work(text)
            // ("**Launch:** next spring", not "**Start looking for a dress:** …".)
            || words <= 3 && Fact::named(title).is_some();
        let dated = matches!(self.find(note), Some(Ok(p)) if p.span.start == 0)
            || relative_in(note).is_some_and(|_| opens_with_offset(note));
        (!field && !dated).then_some((title, note))
    }

    /// The deadline of an action item's label with an owner or a deadline ("Aufgabe
    /// (Kassenwart), bis 28.02.2031", "Action (Sam)", "Task, by 3 March 2031"): `Some(None)`
    /// when it has none; `None` when the label is no such one.
    fn action_label(&mut self, label: &str) -> Option<Option<NaiveDate>> {
        let label = label.trim().trim_matches('*').trim().to_lowercase();
        // (The owner in brackets.)
        let mut bare = String::new();
        let mut depth = 0;
        for c in label.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ if depth == 0 => bare.push(c),
                _ => {}
            }
        }
        let (head, tail) = match bare.split_once(',') {
            Some((head, tail)) => (head, Some(tail.trim())),
            None => (bare.as_str(), None),
        };
        let head = head.split_whitespace().collect::<Vec<_>>().join(" ");
        // ("Action" and "Task" alone are read as labels of the day's work below.)
        if bare == label && tail.is_none() && head != "aufgabe" {
            return None;
        }
        if !["action", "action item", "task", "to do", "todo", "aufgabe"].contains(&head.as_str()) {
            return None;
        }
        let Some(tail) = tail else {
            return Some(None);
        };
        let value = ["bis ", "by ", "due ", "until "]
            .iter()
            .find_map(|w| tail.strip_prefix(w))?;
        match self.find(value) {
            Some(Ok(p)) if p.span.start == 0 => Some(single_day(&p.period)),
            _ => None,
        }
    }

    /// Whether a line is "Culminating activity: …" under a heading: a unit's own activity
    /// (one of several in a curriculum), not the event the whole plan leads up to, which its
    /// opening lines name.
    fn culminating_under_a_heading(&self, text: &str) -> bool {
        self.cursor != Cursor::Plan
            && text
                .trim_start_matches('*')
                .to_lowercase()
                .starts_with("culminating ")
    }

    /// An entry of a month's calendar ("1 - Friday -Posting of the group list"): a task (or a
    /// gate) of its day, its text without the day; one over days ("6-8 – Wednesday to Friday
    /// -Writing …") is due on the last, its days kept as its note ("Feb 6-8").
    fn calendar_entry(&mut self, first: NaiveDate, last: NaiveDate, entry: &str, line: usize) {
        // (Its days as a note, not in its text: "Feb 6-8 – Library workshop" would name the
        // event's day.)
        let extra = (first != last)
            .then(|| format!("{}-{}", first.format("%b %-d"), last.format("%-d")))
            .into_iter()
            .collect();
        let item = ListItem {
            text: entry.to_string(),
            line,
            extra,
            ..ListItem::default()
        };
        self.dated_entry(&item, Some(last));
    }

    /// Reads a line made into a list item (a calendar's entry, a meeting's action item, a
    /// report's step) as due `day` when it writes no day of its own that counts.
    fn dated_entry(&mut self, item: &ListItem, day: Option<NaiveDate>) {
        self.entry_day = day;
        self.list_item(item);
        self.entry_day = None;
    }

    fn implicit_group(&mut self, line: usize) -> ScheduleGroup {
        let parent = self.section_id();
        ScheduleGroup {
            id: self.id(&parent, "group", "", line),
            ..Default::default()
        }
    }

    /// One line of a paragraph: `bold` when the whole paragraph is, `bold_label` when the line
    /// opens in bold ("**Go/No-Go:** April 13").
    fn paragraph_line(&mut self, text: &str, bold: bool, bold_label: bool, line: usize) {
        self.line_opens_bold = bold_label;
        self.before_launch_label =
            labels_before_the_launch(text, bold || bold_label).then(|| text.to_string());
        if is_comment_line(text) {
            self.in_thread = self.cursor != Cursor::Plan;
            self.comment_day = self
                .find(text)
                .and_then(Result::ok)
                .and_then(|p| single_day(&p.period));
        } else if let Some(day) = self.comment_day.filter(|_| reports_a_release(text)) {
            self.released_in_comment.get_or_insert(day);
        } else if let Some(day) = self.comment_day.filter(|_| self.in_thread) {
            self.go_decision_in_comment(text, day, line);
        }
        self.week_one_stated(text);
        self.named_day(text);
        // (A bracket and a comma first: most lines list no months.)
        if self.listed_months.is_none() && text.contains('(') && text.contains(',') {
            self.listed_months = months_listed_in_brackets(text);
        }
        if self.cursor == Cursor::Plan {
            self.months_stated(text);
            // "Cycle: **September 2027**, milestone 7.9.0": the month a release issue is about,
            // for its headings of days of the month ("## RC1 - On the 20th").
            if let Some((label, value)) = text.split_once(':') {
                let label = label.trim().trim_matches('*').trim().to_lowercase();
                if [
                    "cycle",
                    "month",
                    "release cycle",
                    "release month",
                    "iteration",
                    "period",
                ]
                .contains(&label.as_str())
                {
                    let value = value.trim().trim_start_matches(['*', '_']);
                    if let Some(Ok(phrase)) = self.find(value) {
                        if phrase.span.start == 0 && matches!(phrase.period, Period::Month { .. }) {
                            self.cycle_month.get_or_insert(phrase.period);
                        }
                    }
                    // "Period: Sedmica 5-6" (weeks 5-6 of the project's count): the phase
                    // this plan is of.
                    if label == "period" {
                        if let Some((_, last)) = weeks_in(value).filter(|_| {
                            let lower = counts_in_english(value);
                            lower.trim_start().starts_with("week")
                        }) {
                            self.period_weeks.get_or_insert(last);
                        }
                    }
                }
            }
        }
        if text.split_once(':').is_none() && self.cursor == Cursor::Plan {
            // "**Print It | Pin It Up | March 9-15, 2027**" under the title: the span the plan
            // covers, with its year; a weekday written beside a day in it does not move it.
            if let Some(Ok(phrase)) = self.find(text) {
                if let (Period::Range { start, end }, true) = (phrase.period, phrase.year_written) {
                    self.stated_spans.push((start, end));
                }
            }
        }
        // "**Review Meeting:** Friday, Week 1, 15:00 UTC": the day of the count the meeting
        // is on, for the decision the next lines name.
        if let Some(n) = self.meeting_day_of_count(text).filter(|_| bold_label) {
            self.meeting_day = Some((line, n));
        }
        // "Release date: ~~March 11~~ - moved to March 18": the date that still holds is the
        // fact; the line is kept as written.
        let live = self.live_line.take();
        if let Some(live) = &live {
            if self.fact(live, line) {
                // (With the struck words struck again, so that the export writes them so and
                // its import reads the same fact.)
                self.unrecognised(struck_again(text, live), line);
                return;
            }
        } else if !self.culminating_under_a_heading(text) && self.fact(text, line) {
            return;
        } else if let Some(form) = bold_label.then(|| self.dotted_label(text)).flatten() {
            // "**Գործարկում.** 2031-03-24, երկուշաբթի", "**Launch.** 24 March 2031": a bold
            // label closed by a full stop over a date, a fact as "Launch: …" would be (the
            // line kept as written).
            if self.fact(&form, line) {
                return;
            }
        }
        if bold_label && self.labelled_gate(text, line) {
            return;
        }
        // (Not a line with struck text: what it struck is no longer so.)
        if live.is_none() && self.gate_label_on_its_day(text, line) {
            return;
        }
        if bold_label && self.kind == SectionKind::Schedule && self.bold_gate_lead(text, line) {
            return;
        }
        // "3. Write the upgrade guide" right under a line of text: Markdown reads a list that
        // does not start at 1 as more of the paragraph, but it is the next step of a list.
        // Only a line after the paragraph's first, and not one whose dot was escaped: such a
        // line is a note the export wrote ("2\\. No deploys on Fridays", alone or as a line of
        // a code block's text).
        // (Numbered in bold, "**2. Landing page build:** From May", the number is the label's
        // own and stays.)
        if self.kind == SectionKind::Schedule
            && self.cursor != Cursor::Plan
            && self.continued
            && !self.escaped_steps.contains(&line)
        {
            if let Some((number, rest)) = text.split_once(". ") {
                if number.len() <= 3
                    && number
                        .parse::<u32>()
                        .is_ok_and(|n| n > 1 || bold_label && n == 1)
                    && !rest.trim().is_empty()
                {
                    let step = if bold_label { text } else { rest };
                    self.list_item(&ListItem {
                        text: step.trim().to_string(),
                        line,
                        ..ListItem::default()
                    });
                    return;
                }
            }
        }
        // "**Day 2-3**" alone in bold under a heading: the items after it are on that day of the
        // count, until the next heading (a deeper level than the heading's).
        if bold && self.kind == SectionKind::Schedule && self.cursor != Cursor::Plan {
            let bare = text.trim_matches(|c: char| "()[]*_ .:".contains(c));
            // (In other languages too: French "**Semaine 12 : Généralisation**", whose colon
            // stands apart and is no word.)
            let lower = counts_in_english(&bare.to_lowercase());
            // "**Week 2:**" the same way, counted in weeks.
            let numbered = if lower.starts_with("day") {
                day_number_in(bare).map(|n| (n, false))
            } else if lower.starts_with("week") {
                week_end_day_in(bare).map(|n| (n, true))
            } else {
                None
            };
            let words = |t: &str| {
                t.split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphanumeric))
                    .count()
            };
            // ("**Week 13: Review and next steps**" after "**Week 12: Rollout**": the next week
            // of the count, then its title after a colon, where a week label above it under the
            // same heading has started such a sequence; not a title with a date of its own,
            // "Week 1-2: Set-up (Now - Feb 7)", read elsewhere.)
            let below = usize::from(self.heading_level.min(5)) + 1;
            let titled = lower.starts_with("week")
                && self.day_by_level[below].is_some_and(|(_, weeks)| weeks)
                && bare.split_once(':').is_some_and(|(count, title)| {
                    words(count) == 2 && words(title) >= 1 && self.find(title).is_none()
                });
            if words(bare) <= 3 || titled {
                if let Some((n, weeks)) = numbered {
                    self.day_by_level[below] = Some((n, weeks));
                    self.week_by_label[below] = weeks.then(|| one_week_in(bare)).flatten();
                    // The day before it ("**Day 1 (3/15)**") ends here.
                    if self.cursor == Cursor::Day {
                        self.cursor = Cursor::Block;
                    }
                    self.unrecognised(text.to_string(), line);
                    return;
                }
            }
        }
        // "**10 days before**" in bold before any heading or list, in a plan of such labels
        // ("**3 weeks before**", "**On the day**", "**1 week after**"): the first of them
        // opens the plan's schedule, as a heading would.
        if bold && self.cursor == Cursor::Plan && !self.continued && is_offset_label(text) {
            self.section();
            self.cursor = Cursor::Section;
        }
        // "**(T-3 weeks)**", "**On launch day**" alone in bold under a heading: what the heading
        // holds is that far from launch. (In bold only: the Markdown export writes notes as they
        // are.)
        if bold
            && self.kind == SectionKind::Schedule
            && self.cursor != Cursor::Plan
            && !self.continued
        {
            let bare = text.trim_matches(|c: char| "()[]*_ .:".contains(c));
            let at = usize::from(self.heading_level.min(6));
            // "**T-1 Hour (11:00 PM PT the night before):**": a short time from the launch, then
            // its clock time in brackets.
            let offset_then_aside = bare.split_once(" (").is_some_and(|(lead, _)| {
                lead.split_whitespace().count() <= 3 && opens_with_offset(lead)
            });
            if (bare.split_whitespace().count() <= 5 || is_offset_label(bare) || offset_then_aside)
                && self.find(bare).is_none()
            {
                // "**On launch day**", "**On moving day**": the launch's own day, as its
                // heading would say; only a label that says "day" ("**Shipping**", "**Release
                // window**" are other things), and not under a dated heading.
                let dated_above = self.period_by_level[..=at].iter().any(Option::is_some);
                let launch_day = || {
                    launch_day_heading(bare).filter(|_| {
                        let lower = bare.to_lowercase();
                        // (Greek "Ανήμερα": on the day itself.)
                        !dated_above
                            && (words_of(&lower).contains(&"day") || lower.starts_with("ανήμερα"))
                    })
                };
                if let Some(offset) = relative_in(bare).or_else(launch_day) {
                    self.relative_by_level[at] = Some(offset);
                    self.bold_offset_level = Some(at);
                    // Kept as written, as a note: it is no task of its own.
                    self.unrecognised(text.to_string(), line);
                    return;
                }
                // The next bold label ("**After the move**") ends the one before.
                if self.bold_offset_level.take() == Some(at) {
                    self.relative_by_level[at] = None;
                }
            }
        }
        // "**Also today:** Put the waitlist page live." under a day: a task of that day, written
        // as a labelled line instead of a bullet.
        if bold_label && self.kind == SectionKind::Schedule && self.cursor != Cursor::Plan {
            if let Some((label, rest)) = text.split_once(':') {
                // "**Aufgabe (Kassenwart), bis 28.02.2031:** Zwei Angebote einholen", "**Action
                // (Sam), by 3 March:** …": a meeting's action item, the owner in brackets and
                // the deadline after a comma, due that day.
                // (Work in two words or more, "n/a" is none; and not in a part of notes, where
                // the line is kept as written.)
                if let Some(due) = self
                    .action_label(label)
                    .filter(|_| rest.split_whitespace().count() >= 2 && !self.in_note_section())
                {
                    let item = ListItem {
                        text: rest.trim().to_string(),
                        line,
                        ..ListItem::default()
                    };
                    self.dated_entry(&item, due);
                    return;
                }
                let label = label.trim().to_lowercase();
                let rest = rest.trim();
                if [
                    "also today",
                    "today",
                    "to do",
                    "todo",
                    "action",
                    "action item",
                    "task",
                    "next step",
                    "also",
                ]
                .contains(&label.as_str())
                    && rest.chars().any(char::is_alphabetic)
                {
                    self.list_item(&ListItem {
                        text: rest.to_string(),
                        line,
                        ..ListItem::default()
                    });
                    return;
                }
                // "**Instagram:** Post 3 — Kit is out" after a week's posts: that channel's
                // post of the week, a task (not "**Email:** Welcome emails running").
                if self.period_here().is_some() && is_channel(&label) && names_a_post(rest) {
                    self.list_item(&ListItem {
                        text: text.replace("**", "").trim().to_string(),
                        line,
                        ..ListItem::default()
                    });
                    return;
                }
            }
        }
        // "**Book the venue:** We saw five farms before we chose. (done!)" under "## 10-11
        // Months Before The Wedding": a step of the timeline named in bold, what follows the
        // colon its note.
        // (Only in a part of such lines alone, see `bold_step_lines`.)
        let step = (bold_label
            && self.kind == SectionKind::Schedule
            && self.cursor != Cursor::Plan
            && self.bold_step_lines.contains(&line))
        .then(|| self.bold_step(text))
        .flatten();
        if let Some((title, note)) = step {
            self.list_item(&ListItem {
                text: title.to_string(),
                line,
                extra: vec![note.to_string()],
                // ("… (done!)" at the end of what it says: the step is done, as a struck line
                // is.)
                struck: says_done_at_end(note),
                ..ListItem::default()
            });
            return;
        }
        // "ജനുവരി 12 മുതൽ 17 വരെ ഓൺലൈനായി പേര് രജിസ്റ്റർ ചെയ്ത് ഫീസ് അടയ്ക്കാം." under "## ഒന്നാം
        // റൗണ്ട്" (the first round): a news report's schedule told one sentence a paragraph,
        // each dated sentence a step (see `sentence_step_lines`).
        // (A step that writes only its day, "… 23 to 28 …" or "… 22ന് …" with a case ending
        // glued to it, is in the month of the dated step before it; one that counts from an
        // event, "… ഒരാഴ്ച മുമ്പ് …" (a week before), is a step too.)
        if !bold_label
            && self.kind == SectionKind::Schedule
            && self.cursor != Cursor::Plan
            && self.sentence_step_lines.contains(&line)
        {
            let phrase = self
                .find(text)
                .and_then(Result::ok)
                .filter(|_| !tells_what_happened(text));
            let bare_day = self
                .sentence_step_day
                .filter(|_| phrase.is_none())
                .and_then(|before| day_of_month_in(text, before));
            if !tells_what_happened(text)
                && (phrase.is_some() || bare_day.is_some() || relative_in(text).is_some())
            {
                if let Some(phrase) = &phrase {
                    self.sentence_step_day = Some(phrase.period.last_day());
                }
                let item = ListItem {
                    text: text.trim().to_string(),
                    line,
                    ..ListItem::default()
                };
                self.dated_entry(&item, bare_day);
                return;
            }
        }
        // "**Deadline**: before T-24h" under a heading: what the heading holds is due then.
        // ("**Phase deadline.** 2031-01-31 · **Progress.** `64%`": a bold label closed by a
        // full stop, the fields parted by a middle dot, the same.)
        let line_text = live.as_deref().unwrap_or(text);
        let field = line_text.split_once(':').or_else(|| {
            bold_label
                .then(|| {
                    line_text
                        .split(" · ")
                        .next()
                        .unwrap_or(line_text)
                        .split_once(". ")
                })
                .flatten()
                .filter(|(label, _)| label.split_whitespace().count() <= 3)
        });
        if let Some((label, value)) = field {
            let label = label.trim().to_lowercase();
            let label = label.trim_matches('*').trim();
            // "Phase deadline", Armenian "Փուլի ժամկետ" (the phase's deadline): the last word.
            // (Of a stretch of the plan only: not "Budget deadline".)
            let label = label
                .rsplit_once(' ')
                .filter(|(first, last)| {
                    ["deadline", "ժամկետ"].contains(last)
                        && ["phase", "stage", "sprint", "wave", "milestone", "փուլի"]
                            .contains(first)
                })
                .map_or(label, |(_, last)| last);
            // ("Target: December 2027. (First sketch …)": a target that opens with its date is
            // the heading's deadline too; not "Target: 40% by March".)
            let dated_target = label == "target"
                && matches!(self.find(value.trim()), Some(Ok(p)) if p.span.start == 0);
            // "**Completed**: 2031-04-03", "**完成时间**: …" under a heading read as a task by its
            // status: the day that task was done, its date and its boxes'.
            // (The day opens the value: not "Completed: 45 of 60 cases by 1 May 2031", a
            // count; nor Chinese "截止: 2031-04-30，注册用户 1200 人", "as of" a figure.)
            let opens_with_day = || {
                matches!(self.find(value.trim()), Some(Ok(p)) if p.span.start == 0
                    && value.trim()[p.span.end..].trim_start().chars().next()
                        .is_none_or(|c| matches!(c, '(' | '（')))
            };
            let done_on =
                self.status_task.is_some() && DONE_ON.contains(&label) && opens_with_day();
            let as_of = label == "截止" && relative_in(value).is_none() && !opens_with_day();
            if (DEADLINES.contains(&label) && !as_of || dated_target || done_on)
                && self.kind == SectionKind::Schedule
                && self.cursor != Cursor::Plan
            {
                let at = usize::from(self.heading_level.min(6));
                let offset = relative_in(value);
                let day = offset.is_none().then(|| self.due_in(value)).flatten();
                if let Some(offset) = offset {
                    self.relative_by_level[at] = Some(offset);
                } else if let Some(Ok(phrase)) = self.find(value) {
                    self.period_by_level[at] = Some(phrase.period);
                }
                // Written after the list ("**Срок:** За 1 неделю до запуска" under the
                // tasks): the tasks of the heading above, read already, are due then too
                // (under a heading read as a task, that task's and its boxes only).
                let status_task = self.status_task;
                let from = status_task.map_or(0, |(_, at)| at);
                if let Some(PlanBlock::Schedule(g)) = self.last_block() {
                    date_undated_items(g, from, day, offset);
                    // (The field is that task's note: kept in the group, it would date the
                    // group's other boxes when the export is read back.)
                    if let Some(task) = status_task.and_then(|(_, at)| g.items.get_mut(at)) {
                        task.notes.push(text.to_string());
                        return;
                    }
                }
            }
        }
        self.shipped_sentence(text);
        self.period_field(live.as_deref().unwrap_or(text));
        // "**Success criteria:**", "Considerations:": the plain bullets after it are notes.
        // ("The registration form asks for:", "What the rooms need:": things, not steps.)
        self.contents_label = !labels_notes(text)
            && !introduces_things(text)
            && (names_what_it_should_hold(text) || names_an_example_or_what_it_has(text));
        self.things_label = !labels_notes(text) && (introduces_things(text) || self.contents_label);
        self.launch_label = label_awaiting_its_day(text);
        self.notes_label = labels_notes(text)
            || self.things_label
            || bold && (asks_a_question(text) || heads_notes(text))
            // ("**Documents to bring**" without a colon too: papers, things.)
            || bold && notes::names_required_papers(text)
            // "***Examples of formats***", "Examples:": what it lists illustrates.
            || (bold || text.trim_end().ends_with([':', '：'])) && notes::names_examples(text)
            // ("**About this note**" over who keeps it and when it was made.)
            || bold && about_the_page_itself(text);
        self.turkic_output_label = names_a_turkic_output(text);
        self.approved_label = !self.notes_label && labels_the_approved_path(text);
        self.agenda_label = self.notes_label && labels_agenda(text);
        self.conditions_label = labels_conditions(text);
        self.instructions_label = labels_instructions(text);
        self.end_state_label = labels_an_end_state(text);
        // "Actual:" over a list of what happened; any other paragraph ends it.
        self.list_done = labels_done_work(text);
        // A bold first line is the title, unless the front matter gives one ("title: …" over
        // "**All times Pacific**" or "**RECENT CHANGES:**": a note and a label).
        if self.plan.title.is_empty()
            && self.plan.sections.is_empty()
            && bold
            && self.front_title.is_none()
        {
            self.plan.title = text.to_string();
            return;
        }
        // "Monday – October 4th, 9 am CEST" alone on its line before any heading, over the
        // day's list (a blog post's plan): the plan's first day, in a section of its own.
        let before_any_heading = self.cursor == Cursor::Plan
            && !self.continued
            && !bold
            && self.plan.sections.is_empty()
            && looks_like_day(text, false, self.context)
            && find_date(text, self.context)
                .and_then(Result::ok)
                .is_some_and(|p| p.weekday.is_some());
        if before_any_heading {
            self.section();
            self.cursor = Cursor::Section;
        }
        // "Feb 15, 2028: 🚀 LAUNCH DAY", not in bold, on the day the plan's launch line states:
        // the launch's line as the export writes it (a note of its group), not a day to open.
        let launch_line = !bold
            && self.plan.facts.launch.is_some()
            && (launch::names_launch(text).is_some()
                || launch::releases_the_titles_version(text, &self.plan.title))
            && self.find(text).and_then(Result::ok).is_some_and(|p| {
                p.span.start == 0 && single_day(&p.period) == self.plan.facts.launch
            });
        if self.kind == SectionKind::Schedule
            && self.cursor != Cursor::Plan
            && !launch_line
            && looks_like_day(text, bold, self.context)
            && self.day_heading(text, line)
        {
            return;
        }
        // A bold line with a range, a month or a quarter ("**Phase 3 - Expansion, Q3 2027**"),
        // or a line labelled by one ("**9 May - 16 May:** one week of clean-up", "17 May -
        // May 21: cut the branch"), heads what follows, as a group of its own.
        if self.kind == SectionKind::Schedule {
            let phrase = self.find(text).and_then(Result::ok).filter(|phrase| {
                let labelled = text[..phrase.span.start].trim().is_empty()
                    && text[phrase.span.end..].trim_start().starts_with(':');
                single_day(&phrase.period).is_none()
                    && (bold && self.cursor != Cursor::Plan || labelled)
            });
            if let Some(phrase) = phrase {
                if self.cursor == Cursor::Plan {
                    self.section();
                    self.cursor = Cursor::Section;
                }
                {
                    self.bold_task = None;
                    let parts = HeadingParts::new(text, Some(&phrase));
                    let parent = self.section_id();
                    let id = self.id(&parent, "group", text, line);
                    let group = ScheduleGroup {
                        id,
                        label: parts.before.clone(),
                        period: Some(phrase.period),
                        aside: parts.aside.clone().or_else(|| parts.after.clone()),
                        ..Default::default()
                    };
                    self.push_block(PlanBlock::Schedule(group));
                    return;
                }
            }
        }
        // "**February**" alone in bold over a list: that month, as "## February" would be.
        if self.kind == SectionKind::Schedule && bold && !self.continued {
            if let Some(month) = self.bare_month(text) {
                if self.cursor == Cursor::Plan {
                    self.section();
                    self.cursor = Cursor::Section;
                }
                self.bold_task = None;
                self.context = month.first_day();
                if let Period::Month { year, month } = month {
                    self.last_month = Some((year, month));
                }
                let parent = self.section_id();
                let id = self.id(&parent, "group", text, line);
                self.push_block(PlanBlock::Schedule(ScheduleGroup {
                    id,
                    period: Some(month),
                    ..Default::default()
                }));
                return;
            }
        }
        // In a timeline (under a dated or countdown heading), a line in bold on its own is a
        // task ("**Book the main hall**"); the bullets right after it are its notes.
        self.bold_task = None;
        // "**Milestone 2: Design Sign-off**" over its deliverables, in a week of the count.
        let milestone = is_milestone_label(text) && self.day_by_level.iter().any(Option::is_some);
        if bold
            && self.kind == SectionKind::Schedule
            && self.cursor != Cursor::Plan
            && (self.in_timeline()
                || milestone
                // (After the event, not a line that tells what happened: "**Sold out in three
                // hours**", "**Sponsors were happy**".)
                || self.after_bold_timeline() && !tells_an_outcome(text))
            // "Morning (3 hours): Packaging", "Criteria:" label what follows instead; "Step 2:
            // Point the records" is a step all the same.
            && (!text.contains(':') || is_step_label(text) || milestone)
            && text.chars().count() <= 150
            && find_date(text, self.context).is_none()
            && !names_a_template(text)
            && !about_the_page_itself(text)
        {
            let item = ListItem {
                task: None,
                text: text.to_string(),
                line,
                ..ListItem::default()
            };
            let before = self.plan.schedule_items().count();
            self.schedule_item(&item);
            if self.plan.schedule_items().count() > before {
                self.bold_task = self.plan.schedule_items().last().map(|i| i.id.clone());
                self.bold_lines_are_tasks = true;
            } else if let Some(gate) = self.pending_gates.last().filter(|g| g.title == text) {
                // "**Milestone 1: Plan Sign-off**" over what it signs off: a gate, the
                // bullets its notes.
                self.bold_task = Some(gate.id.clone());
            }
            return;
        }
        if self.kind == SectionKind::Schedule {
            self.gate_sentence(text, line);
            self.verb_last_gate_sentence(text, line);
        }
        self.event_sentence(text);
        self.written_sentence(text);
        self.opening_sentence(text);
        self.when_section(text);
        self.opening_date_of_line(text, line);
        if let Some(Err(_)) = find_date(text, self.context) {
            // Records the impossible date as a warning; the line itself is kept as a note.
            self.date_in(text, line);
        }
        self.unrecognised(text.to_string(), line);
    }

    /// The ids of every task read so far.
    fn item_ids(&self) -> Vec<NodeId> {
        let mut ids = Vec::new();
        self.plan.for_each_node(|node, _| {
            if let NodeRef::Item(item) = node {
                ids.push(item.id.clone());
            }
        });
        ids
    }

    fn list_item(&mut self, item: &ListItem) {
        // "- Decision: Go (May 10, 2031)" right under a gate the export wrote in a schedule
        // ("### May 10, 2031" over "- **Go/no-go call**"): that gate's recorded decision, not
        // a gate of its own.
        if item.task.is_none() && item.text.starts_with(['D', 'd']) {
            // (The gate may still wait for its group to end.)
            let pending = !self.pending_gates.is_empty();
            let undecided = if pending {
                self.pending_gates
                    .last()
                    .is_some_and(|g| g.outcome.is_none())
            } else {
                matches!(
                    self.last_block(),
                    Some(PlanBlock::Decision(d)) if d.outcome.is_none()
                )
            };
            let text = item_source(item);
            if let Some(record) = labelled(&text, "decision")
                .filter(|_| undecided)
                .and_then(|rest| self.decision_record(rest, item.line))
            {
                let gate = if pending {
                    self.pending_gates.last_mut()
                } else {
                    match self.last_block() {
                        Some(PlanBlock::Decision(d)) => Some(d),
                        _ => None,
                    }
                };
                if let Some(d) = gate {
                    d.outcome = Some(record);
                    return;
                }
            }
        }
        // "- Timeline: build from Sept 3; the fair opens on 14 September 2027": a plain bullet
        // may say when the event is, as a paragraph would.
        if item.task.is_none() {
            self.event_sentence(&item.text);
            // "- **Notes**" over "* The rehearsal is set for 31.05.27, and Kestrel launch is
            // booked for 14.06.27": a bare label's lines may say it as well (a label of three
            // words at most, with no day of its own; only its plain lines, not its boxes).
            let label = item.text.trim().trim_end_matches(':').trim();
            // (Only a label for notes: "Background", "History", "Dependencies", "Logistics"
            // hold what another launch, an earlier one or a dependency's release is on.)
            let for_notes = NOTES_LABELS.contains(
                &label
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
                    .as_str(),
            );
            let bare = !label.is_empty()
                && for_notes
                && label.split_whitespace().count() <= 3
                && !item.children.is_empty()
                && self.find(label).is_none();
            if bare {
                for child in item.children.iter().filter(|c| c.task.is_none()) {
                    self.event_sentence(&child.text);
                }
            }
        }
        // Bullets under a task written as a bold line explain it.
        if let Some(id) = self.bold_task.clone().filter(|_| item.task.is_none()) {
            match self.plan.node_mut(&id) {
                Some(NodeMut::Item(task)) => {
                    task.notes.push(item_source(item));
                    return;
                }
                Some(NodeMut::Block(PlanBlock::Decision(gate))) => {
                    gate.notes.push(item_source(item));
                    return;
                }
                _ => {
                    if let Some(gate) = self.pending_gates.iter_mut().find(|g| g.id == id) {
                        gate.notes.push(item_source(item));
                        return;
                    }
                }
            }
        }
        // A checklist right under the bold line ("__Final testing!__" over "- [ ] Run the
        // suite"): the line names the checklist, a note rather than a task.
        if let Some(id) = self.bold_task.take().filter(|_| item.task.is_some()) {
            if let Some(PlanBlock::Schedule(g)) = self.last_block() {
                let at = g
                    .items
                    .iter()
                    .position(|i| i.id == id && i.notes.is_empty());
                if let Some(at) = at {
                    let label = g.items.remove(at);
                    g.notes.push(label.text);
                }
            }
        }
        self.bold_task = None;
        // An empty bullet ("- ****") is no task; what is nested in it is read as its own.
        if item.task.is_none()
            && item.extra.is_empty()
            && item
                .text
                .trim_matches(|c: char| c.is_whitespace() || "*_~`".contains(c))
                .is_empty()
        {
            for child in &item.children {
                self.list_item(child);
            }
            return;
        }
        // A place to fill in ("- ..." at the end of a template's list, "- 1"): no task, kept as
        // written.
        // (A box too, when it holds a place and a word on when it gets filled in: "- [ ] ...
        // (to be expanded once 1.1 closes)", "- [ ] … (placeholder)".)
        // (Its nested boxes are work of their own.)
        let held_place = item.task.is_some_and(|done| !done) && is_held_place(&item.text);
        if held_place && item.extra.is_empty() {
            self.unrecognised(item.text.clone(), item.line);
            for child in &item.children {
                self.list_item(child);
            }
            return;
        }
        if item.task.is_none()
            && item.children.is_empty()
            && item.extra.is_empty()
            && is_placeholder(&item.text)
        {
            self.unrecognised(item.text.clone(), item.line);
            return;
        }
        // "- **Fase 1: Anteproyecto**" over "Duración: 2 semanas", "Fechas: 7 abril - 20 abril"
        // and "Descripción:" over its steps: a piece of work with its dates, due at their end,
        // its steps its subtasks.
        if item.task.is_none() && self.kind == SectionKind::Schedule {
            if let Some(work) = self.work_of_fields(item) {
                self.list_item(&work);
                return;
            }
        }
        // "- **Концепция перехода**" over "Статус: ✅ Завершено", "Срок: 12–19.09.2030" and
        // "Ответственный: …": work tracked in fields, a task due by its deadline field.
        if item.task.is_none() {
            if let Some(done) = self.tracked_in_fields(item) {
                self.list_item(&ListItem {
                    task: Some(done),
                    ..item.clone()
                });
                return;
            }
        }
        if item.task.is_none() && self.steps_among_boxes.contains(&item.line) {
            self.list_item(&ListItem {
                task: Some(false),
                ..item.clone()
            });
            return;
        }
        // (Not a task the export wrote with its day: "- [ ] Start: Week 1, Day 1 (due Sep 2,
        // 2030)" is work, as it was read.)
        let exported_task = item.task.is_some() && due_marker(&item.text).1.is_some();
        // "**Planned date:**" over "- Date: 11.10.2030" and "- Time: 21:30": the label's day is
        // the list's date field (kept as the section's note, as the label's line would be).
        if let Some(label) = self.launch_label.clone().filter(|_| item.task.is_none()) {
            if let Some((key, value)) = item.text.split_once(':') {
                let key = key.trim().trim_matches('*').trim().to_lowercase();
                if DATE_FIELD_KEYS.contains(&key.as_str())
                    && self.fact(&format!("{label}: {}", value.trim()), item.line)
                {
                    self.launch_label = None;
                    self.section().notes.push(item.text.clone());
                    return;
                }
            }
        }
        if self.facts_allowed() && !exported_task && self.fact(&item.text, item.line) {
            return;
        }
        // "## When" or "## 日程" over "- 2027/02/20  13:30 ~ 17:30": the day of the event,
        // kept as the section's note.
        if item.task.is_none()
            && item.children.is_empty()
            && self.cursor == Cursor::Section
            && titles_the_date(&self.section_title())
            && self.only_a_date(&item.text)
        {
            self.fact(&format!("event date: {}", item.text), item.line);
            self.section().notes.push(item.text.clone());
            return;
        }
        // "- Cette fiche … raconte comment j'organise le pique-nique du 16/06/2028, …" before
        // any heading: a sentence of the opening prose written as a bullet.
        // (Not a deadline: "- Finish the security review … by 3 April 2028.")
        let deadline = || {
            let lower = item.text.to_lowercase();
            words_of(&lower)
                .iter()
                .any(|w| ["by", "before", "until", "due", "deadline"].contains(w))
        };
        if self.cursor == Cursor::Plan
            && item.task.is_none()
            && item.text.split_whitespace().count() >= 8
            && item.text.trim_end().ends_with('.')
            && !deadline()
        {
            self.opening_date(&item.text);
        }
        if self.cursor == Cursor::Plan {
            // A checklist before any section heading: it opens an untitled section.
            self.section();
            self.kind = SectionKind::Schedule;
            self.cursor = Cursor::Section;
        }
        let in_contingencies = matches!(self.last_block(), Some(PlanBlock::Contingencies(_)));
        // "- **Monday, November 1, 2027**" over nested bullets: a day written as a bullet; what
        // is nested is that day's. With a checkbox the day is also a task to tick, and stays
        // one.
        // (A plain one with nothing under it, "* October 20" in a calendar of days, is a day with
        // nothing planned: no task without words.)
        // (In such a calendar, a day with a name after it and posts under it is a day too:
        // "* November 5 **Bonfire Night**", "* November 12 **Conference day 1**".)
        let named_day = || {
            self.day_calendar
                && item.task.is_none()
                && !item.children.is_empty()
                && opens_with_a_day(&item.text, self.context)
        };
        if self.kind == SectionKind::Schedule
            && (!item.children.is_empty() || item.task.is_none() && self.day_calendar)
            && (is_only_a_day(&item.text, self.context) || named_day())
            && self.day_heading(&item.text, item.line)
        {
            if item.task.is_some() {
                self.schedule_item(&ListItem {
                    children: Vec::new(),
                    ..item.clone()
                });
            }
            // ("- [x] **Monday, May 3**" ticked: the steps it holds are done with it.)
            let task_done = std::mem::replace(&mut self.task_done, item.task == Some(true));
            for child in &item.children {
                self.list_item(child);
            }
            self.task_done = task_done;
            // A day with nothing under it holds none of the bullets after it.
            if item.children.is_empty() {
                self.cursor = Cursor::Block;
            }
            return;
        }
        // "- December 12/5-12/11" or "- Week of Mar 8-12 (light week)" over nested bullets:
        // a period written as a bullet, as its bold line would be; what is nested is that
        // period's.
        if self.kind == SectionKind::Schedule
            && item.task.is_none()
            && item
                .children
                .iter()
                .any(|c| c.task.is_some() || !(c.text.contains(':') || self.reads_as_note(&c.text)))
            && (self.is_only_a_period(&item.text) || is_only_an_offset(&item.text))
        {
            if self.cursor == Cursor::Plan {
                self.section();
                self.cursor = Cursor::Section;
            }
            self.paragraph_line(&item.text, true, true, item.line);
            for child in &item.children {
                self.list_item(child);
            }
            // A time from the launch written as a bullet dates only what it holds.
            if is_only_an_offset(&item.text) {
                if let Some(at) = self.bold_offset_level.take() {
                    self.relative_by_level[at] = None;
                }
            }
            // The period ends with what it holds: a bullet after it is not in it.
            if let Some(PlanBlock::Schedule(g)) = self.last_block() {
                let id = g.id.clone();
                self.sealed_group = Some(id);
            }
            return;
        }
        // "Release Manager:" or "Final budget:" over nested bullets: a label (kept as a note);
        // the bullets under it are the schedule's tasks (a role's to-do list, a budget's lines).
        if self.kind == SectionKind::Schedule && is_label_over_list(item) {
            self.schedule_item(item);
            return;
        }
        let loose_in_boxes = (self.boxes_plan || self.boxless_level.is_some())
            && item.task.is_none()
            && !self.in_timeline()
            && !self.day_by_level.iter().any(Option::is_some)
            && self.find(&item.text).is_none()
            && relative_in(&item.text).is_none()
            && !is_gate(&item.text);
        match self.kind {
            // A bullet without a checkbox that reads as a note (a role, a contact, a question,
            // a criterion, or anything in a section about people or goals) is kept as one.
            SectionKind::Schedule
                if item.task.is_none()
                    && (item.links_only
                        || !item.numbered && names_a_file(&item.text)
                        || item.children.is_empty() && names_an_endpoint(&item.text)
                        // "_March 30 - April 2, 2029 Easter_" among a timeline's entries: what
                        // happens around the plan, not a step of it.
                        || item.aside && self.find(&item.text).is_some() && !is_gate(&item.text)
                        || is_rule(item) && !is_gate(&item.text)
                        || loose_in_boxes
                        || self.status_record
                            && self.find(&item.text).is_none()
                            && relative_in(&item.text).is_none()
                            && !is_gate(&item.text)
                        || self.form_list && self.answers_a_field(item)
                        || self.date_fields.contains(&item.line)
                        || self.status_report && !is_gate(&item.text)
                        || self.minutes_list && !is_gate(&item.text)
                        || self.end_state_label && self.marked_list
                        || self.reads_as_note(&item.text)
                            // ("1. Week 2: Products, Cart, Orders" over its steps: a week and
                            // its work, not a roster.)
                            && !(leading_week(&item.text).is_some()
                                && item.children.iter().any(|c| !c.text.contains(':')))
                            // "Sign-off from the circulation desk leads?": a gate asked as
                            // a question is the gate.
                            && !(item.text.trim_end().ends_with('?')
                                && is_gate(&item.text)
                                && !self.in_note_section()))
                    // "How we caption every talk: https://…" over "Mastodon: posted (ana)": a
                    // post with its channels, not a reference to a page.
                    && !has_channel_statuses(item)
                    // "### Stop if" over "- [ ] ❌ Search p95 above 2s": an open box under a
                    // heading of conditions is one of them, kept as a note with its box.
                    // (A dated box is work of its day: "When to migrate:" over "- [ ] On 20
                    // May 2031 switch the DNS".)
                    || item.task.is_some()
                        && !done_state(item).1
                        && !is_gate(&item.text)
                        && (self.under_conditions_heading() && !self.graded_work(&item.text)
                            || self.conditions_label)
                        && self.find(&item.text).is_none()
                    // "- [ ] [Date]: [What to do]": a template's line to copy, not work (not
                    // a link by reference, "[Release notes][notes]").
                    || item.children.is_empty() && item.placeholder && !item.links_only
                    // "- [ ] If rejected: fix and resubmit", "- [ ] **ROLLBACK:** follow the
                    // procedure below": an outcome of a decision and what follows it, kept as a
                    // note with its box (a dated one, "If approved: set the date (Mar 29)",
                    // stays the work of that day).
                    || item.task.is_some()
                        && !done_state(item).1
                        && notes::labels_an_outcome(&item.text)
                        && self.find(&item.text).is_none()
                        && relative_in(&item.text).is_none() =>
            {
                // A summary's key dates: its gates are decision points (unless the schedule
                // states the same gate on the same day), and its launch line names the launch.
                if self.in_summary() {
                    let due = self.due_in(&item.text);
                    if let (Some(rank), Some(date)) = (launch::names_launch(&item.text), due) {
                        if self.launch_heading.is_none_or(|(best, _)| rank > best) {
                            self.launch_heading = Some((rank, date));
                        }
                    } else if due.is_some() && is_gate(&item.text) {
                        // "### May 7, 2027" right over it, as the export writes a dated gate:
                        // the heading is only the gate's (dropped at the end if nothing else
                        // was written under it).
                        let day = due.map(|date| Period::Day { date });
                        let mut under_heading = false;
                        if let Some(PlanBlock::Schedule(g)) = self.last_block() {
                            if g.label.is_empty()
                                && g.aside.is_none()
                                && g.period == day
                                && g.items.is_empty()
                                && g.days.is_empty()
                                && g.notes.is_empty()
                            {
                                let id = g.id.clone();
                                self.gate_headings.push(id);
                                under_heading = true;
                            }
                        }
                        self.bullet_gate(item);
                        // Its notes follow it, as the export writes them.
                        self.gate_under_heading = under_heading
                            .then(|| self.last_block().map(|b| b.id().clone()))
                            .flatten();
                        self.gate_list = None;
                        if let Some(block) = self.last_block() {
                            let id = block.id().clone();
                            self.summary_gates.push(id);
                        }
                        return;
                    }
                }
                let text = item_source(item);
                let in_day = self.cursor == Cursor::Day;
                // (A summary's gate, as the export writes it, is followed by its notes.)
                let last_gate = self.gate_under_heading.clone();
                let after_gate = self.in_summary() && last_gate.is_some();
                // "* Release notes draft: 2027-06-30" among key dates, no launch's line: kept
                // in mind, with its group, should the plan date nothing else.
                // (Only a section of dates, "## Key Dates", "## Milestones": not a summary's
                // "Resolved: 2030-02-04"; nor a span, "Sprint: 4–15 March", nor a line marked
                // done, "Branch cut: 2030-02-05 ✅".)
                let of_dates = {
                    let title = self.section_title().to_lowercase();
                    words_of(&title)
                        .iter()
                        .any(|w| ["dates", "milestones", "timeline"].contains(w))
                };
                let one_day = matches!(
                    self.find(&item.text),
                    Some(Ok(DatePhrase {
                        period: Period::Day { .. },
                        ..
                    }))
                );
                let marked = item.text.contains(['✅', '✔', '☑']) || done_state(item).1;
                if self.in_summary()
                    && of_dates
                    && one_day
                    && !marked
                    && !after_gate
                    && !in_day
                    && item.task.is_none()
                {
                    let due = self.due_in(&item.text);
                    if let Some(due) = due.filter(|_| launch::names_launch(&item.text).is_none()) {
                        let holder = match self.last_block() {
                            Some(PlanBlock::Schedule(g)) => g.id.clone(),
                            _ => self.section().id.clone(),
                        };
                        self.summary_dates
                            .push((holder, text.clone(), due, item.line));
                    }
                }
                let notes = match self.last_block() {
                    Some(PlanBlock::Schedule(g)) => match g.days.last_mut() {
                        Some(day) if in_day => &mut day.notes,
                        _ => &mut g.notes,
                    },
                    Some(PlanBlock::Decision(d))
                        if after_gate && last_gate.as_ref() == Some(&d.id) =>
                    {
                        &mut d.notes
                    }
                    _ => &mut self.section().notes,
                };
                notes.push(text);
            }
            // "## Rollback (if needed)" over "1. Point DNS back": a step done only if the launch
            // goes wrong, not a task to be overdue. (A step marked done stays a task: read as a
            // contingency's, its tick would be lost.) An open box of the steps is one too
            // ("## 4. Rollback Procedures" over "- [ ] Restore the snapshot"); not in a window
            // of the plan ("## T+48h to T+7d: Rollback window" over its daily checks).
            SectionKind::Schedule
                if self.rollback_section
                    && (item.task.is_none() || self.rollback_steps)
                    && !done_state(item).1
                    && !is_gate(&item.text) =>
            {
                self.contingency(item)
            }
            SectionKind::Schedule => {
                // A checklist straight under a section heading that is a gate ("## ORDER 2:
                // READINESS REVIEW"): the heading is the decision point, the checklist its tasks.
                // So is a list of plain steps under a gate heading that counts its period from
                // the launch ("## Month -2: Report prep & documentation freeze" over "- Close
                // the test matrix"): the heading's gate is on that period's day.
                // (Not a heading that says the gate is not there or over: "## T-10: Code freeze
                // lifted" over plain steps reads as before.)
                // (So is one under a gate heading that writes its day or window, "## Code
                // Freeze (Aug 23-24)" over "- Merge the last fixes".)
                if self.cursor == Cursor::Section
                    && (item.task.is_some()
                        || (self.section_heading_dates_its_period()
                            || self.section_names_a_gate()
                                && self.find(&self.section_title()).is_some())
                            && !self.section_heading_denies_its_gate())
                {
                    self.section_gate(item.line);
                }
                self.schedule_item(item)
            }
            // "- [x] Post 4 (due Apr 7, 2027)", as the export writes the rows of a table of work
            // done (a milestone it writes "- ✅ …"): a task, done.
            SectionKind::Completed
                if item.task.is_some()
                    && (due_marker(&item.text).1.is_some()
                        || offset_marker(&item.text).1.is_some()) =>
            {
                self.schedule_item(item)
            }
            SectionKind::Completed => self.milestone(item),
            SectionKind::Decisions => self.decision_line(item),
            // Success criteria written as plain bullets describe the goal; only a checkbox makes
            // one a target to tick.
            SectionKind::Metrics if item.task.is_none() => {
                self.unrecognised(item_source(item), item.line)
            }
            // "- [ ] Security review signed off (due 2030-05-10)", "- [ ] T-3 Pen-test report":
            // a box with its day or its time from the launch is work to do by then, not a
            // target (its day is no number to reach).
            // (Or a box under a heading of a month of the plan's count, "### End of phase 1
            // (Month 3):": what is to be met by the end of that month.)
            SectionKind::Metrics
                if due_marker(&item.text).1.is_some()
                    || offset_marker(&item.text).1.is_some()
                    || opens_with_offset(&item.text)
                    || item.task.is_some()
                        && self.month_one_named
                        && self.month_by_level.iter().any(Option::is_some) =>
            {
                // Under "### Key Metrics" in a schedule, the group was one of work after all.
                self.back_to_the_schedule();
                self.schedule_item(item)
            }
            // "- [ ] Go/no-go decision for the release (26 May 2031)" among the targets of the
            // last phase: a decision with its day, not a number to reach.
            // (Not a target that names a gate: "No more than 2 code freeze exceptions (by 26 May
            // 2031)" has its number to reach.)
            SectionKind::Metrics
                if item.task.is_some()
                    && is_gate(&item.text)
                    && self.dated_decision_not_target(&item.text) =>
            {
                // The targets after it are still the group's ("### End of phase 4:").
                self.split_metrics_title = match self.last_block() {
                    Some(PlanBlock::Metrics(group)) => Some(group.title.clone()),
                    _ => None,
                };
                self.back_to_the_schedule();
                self.schedule_item(item)
            }
            SectionKind::Metrics => self.metric(item),
            SectionKind::Risks if in_contingencies => self.contingency(item),
            SectionKind::Risks => self.risk(item),
            // "## Rollback" over "- Rollback decision by 10:00": the gate is the plan's.
            SectionKind::Contingencies if is_gate(&item.text) => self.schedule_item(item),
            SectionKind::Contingencies => self.contingency(item),
            // "- [ ] Post the thread (T+0d)", "- [x] Blog post (due Nov 8, 2027)", as the
            // export writes the rows of a communication table: a checkbox with its day or time
            // is a task (an entry of a channel is a plain bullet, and has no time from the
            // launch).
            // (A channel's entry the export writes "- [x] Jan 1, 2020: ship" stays one.)
            // (A checkbox right after such tasks, with no time of its own, is one of them: "- [ ]
            // Docs highlight on Wednesdays", a row of the same table.)
            // "## Communication before/during outage" over "- [x] Pin this issue", "- [ ]
            // Email sent to the curators list": a checklist of the plan's own, tasks (not a
            // channel's log, "- [ ] Twitter: launch thread", "- [x] Jan 1, 2027: teaser").
            SectionKind::Communication
                if item.task.is_some()
                    && (self.open_box_list
                        && !item.text.contains(':')
                        && find_date(&item.text, self.context).is_none()
                        || relative_in(&item.text).is_some()
                        || matches!(
                            self.plan.sections.last().and_then(|s| s.blocks.last()),
                            Some(PlanBlock::Schedule(_))
                        ) && !item.text.contains(':')
                            && find_date(&item.text, self.context).is_none()
                        || offset_marker(&item.text).1.is_some()
                        || due_marker(&item.text).1.is_some()) =>
            {
                self.schedule_item(item)
            }
            SectionKind::Communication => self.comm_entry(item),
        }
    }

    fn schedule_item(&mut self, item: &ListItem) {
        let sealed_id = self.sealed_group.clone();
        let sealed = match (self.last_block(), sealed_id) {
            (Some(PlanBlock::Schedule(g)), Some(id)) => g.id == id,
            _ => false,
        };
        if sealed {
            self.sealed_group = None;
            let group = self.implicit_group(item.line);
            self.push_block(PlanBlock::Schedule(group));
        }
        if !matches!(self.last_block(), Some(PlanBlock::Schedule(_))) {
            let group = self.implicit_group(item.line);
            self.push_block(PlanBlock::Schedule(group));
        }
        // "* Final budget:" over nested bullets: a label, not a task; what it lists are.
        if is_label_over_list(item) {
            // The label, and what is written under it besides the list (a command to run).
            let label = item_source(&ListItem {
                children: Vec::new(),
                ..item.clone()
            });
            let in_day = self.cursor == Cursor::Day;
            if let Some(PlanBlock::Schedule(g)) = self.last_block() {
                match g.days.last_mut().filter(|_| in_day) {
                    Some(day) => day.notes.push(label),
                    None => g.notes.push(label),
                }
            }
            // "- Completed:" over what was done that week: done; "- Plan:" over what is not.
            let list_done = self.list_done;
            // (Under a label that says its work is done, "**Data audit** (done)" over "-
            // Tasks:", the work listed is done too.)
            self.list_done = labels_done_work(&item.text) || list_done && self.in_day_label;
            // "- **Advice: Go**" then "Provided that:" over conditions: notes. (Only
            // conditions: "- Release notes:" over its tasks is a label like any other.)
            let notes_label = self.notes_label;
            // "* Status:" over "🔴 online, Ton stumm": where things stand, not steps.
            // (Not over lines with days, "Close open POs (due 2030-07-02)": work.)
            let undated = item
                .children
                .iter()
                .all(|c| self.find(&c.text).is_none() && relative_in(&c.text).is_none());
            self.notes_label = notes_label
                || ends_with_conditions(&item.text)
                // ("… It covers:" over "- Stall holders": its contents; not over dated work, "It
                // includes:" over "- Write the press release - 1 week before launch".)
                || lists_contents(&item.text) && undated
                || self.in_day_label && is_the_agenda(&item.text)
                || labels_a_status(&item.text) && undated;
            // "- maintenance page up the evening before" over its boxes: they are the day
            // before the launch's work, as the label says (see `collect_items`).
            let day_around = match unnamed_day_around(&item.text) {
                Some(Ok(days))
                    if days.abs() == 1
                        && !self.day_named_by_a_heading()
                        && !around_in_a_clause(&item.text) =>
                {
                    Offset::new(days, OffsetUnit::Days).filter(|_| !self.after_launch_here())
                }
                _ => None,
            };
            let task_offset = self.task_offset;
            self.task_offset = day_around.or(task_offset);
            // "- **Mar 2 – Pre-moving (Us)**", "- **Before Mar 2**" over its boxes: their day.
            // (A label that opens with its day, or "before", "by", "on", "until" or "due" and
            // the day; not a count from the launch, nor a day it mentions, "Notes from the
            // March 3 retro", "Budget (approved Jan 15)"; only over boxes.)
            let label_day = self.label_day;
            if item.children.iter().any(|c| c.task.is_some()) && relative_in(&item.text).is_none() {
                if let Some(Ok(phrase)) = self.find(&item.text) {
                    let before = item.text[..phrase.span.start]
                        .trim()
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase();
                    let opens = before.is_empty()
                        || ["before", "by", "on", "until", "due"].contains(&before.as_str());
                    if opens && matches!(phrase.period, Period::Day { .. }) {
                        self.label_day = Some(phrase.period);
                    }
                }
            }
            for child in &item.children {
                self.list_item(child);
            }
            self.label_day = label_day;
            self.task_offset = task_offset;
            self.list_done = list_done;
            self.notes_label = notes_label;
            return;
        }
        let in_day = self.cursor == Cursor::Day;
        let (parent, group_period) = match self.last_block() {
            Some(PlanBlock::Schedule(g)) => match g.days.last().filter(|_| in_day) {
                Some(day) => (day.id.clone(), Some(Period::Day { date: day.date })),
                None => (g.id.clone(), g.period),
            },
            _ => return,
        };
        // A month or quarter the item's group states is the group's to show (`Item::within`
        // is for the ones the item or a heading above its group states).
        let shown_by_group = group_period.is_some_and(|p| p.is_coarse());
        // The innermost heading that dates it, unless a deeper one is relative to launch.
        let heading_period = (1..7).rev().find_map(|level| {
            if self.relative_by_level[level].is_some() {
                Some(None)
            } else {
                self.period_by_level[level].map(Some)
            }
        });
        // Whether the group's period is that of a heading above the innermost dated one (not
        // of a bold label under it).
        let innermost = (1..7).rev().find(|&l| self.period_by_level[l].is_some());
        let group_heading_above = |group: Period| {
            innermost
                .is_some_and(|inner| (1..inner).any(|l| self.period_by_level[l] == Some(group)))
        };
        let period = match (group_period, heading_period) {
            // A deeper heading's range inside the group's ("Days 3-4" in "March 2-13") is the
            // narrower, and dates the items under it.
            (Some(group), Some(Some(heading)))
                if !in_day
                    && group.contains(heading.first_day())
                    && heading.last_day() <= group.last_day()
                    && (heading.last_day() - heading.first_day())
                        < (group.last_day() - group.first_day()) =>
            {
                Some(heading)
            }
            // "#### Week of Aug 16-20" filed under "### Milestone (June 19 - July 16)": days
            // of their own outside the group's, which the deeper heading states.
            (Some(group), Some(Some(heading)))
                if !in_day
                    && !heading.is_coarse()
                    && group_heading_above(group)
                    && (heading.first_day() > group.last_day()
                        || heading.last_day() < group.first_day()) =>
            {
                Some(heading)
            }
            (Some(group), _) => Some(group),
            (None, heading) => heading.flatten(),
        };
        // (The day a line of a month's calendar or an action item's label names for it: its
        // due date, whatever day its text mentions, "(was 21 May)", "– erledigt am 10.03.".)
        let entry_day = self.entry_day.take();
        let period = entry_day
            .map(|date| Period::Day { date })
            .or(self.label_day)
            .or(period);
        let mut new_items = Vec::new();
        self.collect_items(item, &parent, period, &mut new_items);
        // (Unless the text moves it: "Reviews due, moved to May 16".)
        // (Read only for such an entry: this runs for every item.)
        let moved = || {
            let lower = item.text.to_lowercase();
            [
                "moved to",
                "rescheduled to",
                "postponed to",
                "verschoben auf",
            ]
            .iter()
            .any(|w| lower.contains(w))
        };
        if let (Some(day), Some(first)) = (entry_day.filter(|_| !moved()), new_items.first_mut()) {
            first.due = Some(day);
            first.within = None;
            first.offset = None;
        }
        // "Design study **Sep 2029 - Aug 2030**": a span of months, due at its end and shown
        // as its last month (the date finder reads the first month alone).
        // (Only an item read as due in a month: most are not, and are not read again.)
        let in_a_month =
            |i: &&mut Item| i.offset.is_none() && matches!(i.within, Some(Period::Month { .. }));
        if let Some(first) = new_items.first_mut().filter(in_a_month) {
            if let Some(Ok(phrase)) = self.find(&first.text) {
                if let Some(end) = months_to(&first.text[phrase.span.end..], phrase.period) {
                    first.due = Some(end.last_day());
                    first.within = Some(end);
                }
            }
        }
        // "- Jam: 21st-27th" under "### March 2027", "Power should be live by the 21st": a day
        // of the month the heading names, written as an ordinal alone.
        if let Some(Period::Month { year, month }) = period {
            for new in &mut new_items {
                let unset = new.offset.is_none()
                    && (new.due.is_none() || new.due == period.map(|p| p.last_day()));
                if unset && self.find(&new.text).is_none() {
                    if let Some(day) = ordinal_day_in(&new.text)
                        .and_then(|d| NaiveDate::from_ymd_opt(year, month, d))
                    {
                        new.due = Some(day);
                        new.within = None;
                    }
                }
            }
        }
        // "Draft the retro doc (by Tue 20th)" under "## Friday 16th May": a deadline by its
        // weekday and day of the month, the first such day from the heading's on (this month
        // or the next).
        if let Some(Period::Day { date }) = period {
            for new in &mut new_items {
                if new.offset.is_none() && new.due == Some(date) && self.find(&new.text).is_none() {
                    if let Some(day) = calendar::weekday_and_ordinal_by(&new.text, date) {
                        new.due = Some(day);
                    }
                }
            }
        }
        // A gate written as a plain bullet ("- Code Freeze: Nov 23", "- Thanksgiving week: Nov
        // 23-27" under "Code Freeze Windows") is a decision point, not a task; a window is
        // dated by its first day. With a checkbox it stays a task to tick; under "- Completed:"
        // ("Story approved by the partner.") it is work done, a task done.
        let section_gates = self.section_names_a_gate();
        // (A decision to take that is marked done, "~~Decide whether to co-locate~~", is
        // work done: a task, ticked, and a gate taken.)
        let decided = new_items
            .first()
            .is_some_and(|n| n.done && asks_to_decide(&n.text));
        if item.task.is_none()
            && !self.list_done
            && !decided
            && !new_items.is_empty()
            && (is_gate(&new_items[0].text) && !lifts_a_freeze(&new_items[0].text)
                || section_gates
                    && new_items[0].due.is_some()
                    && !self.dated_only_by_its_gate_heading(&new_items[0].text))
            && !(section_gates
                && self.cursor == Cursor::Section
                && !self.section_has_gate()
                && new_items[0].due.is_none())
        {
            let gate = new_items.remove(0);
            let window = self
                .find(&gate.text)
                .and_then(Result::ok)
                .and_then(|p| match p.period {
                    Period::Range { start, .. } => Some(start),
                    _ => None,
                });
            let section = self.section_id();
            let id = self.id(&section, "decision", &gate.text, item.line);
            if let (None, Some(offset)) = (gate.due, gate.offset) {
                self.relative_gates.push((id.clone(), offset));
            }
            // The gate's day number, if it had one, was recorded before its nested steps' ("-
            // Week 4 : \"Feature freeze\"" over "  - Move features without an owner").
            if let Some(own) = self
                .numbered_days
                .iter_mut()
                .rev()
                .find(|(i, _)| *i == gate.id)
            {
                own.0 = id.clone();
            }
            // So was its weekday around the launch ("Kit go/no-go (Wednesday before)").
            if let Some(last) = self.weekday_items.last_mut().filter(|w| w.0 == gate.id) {
                last.0 = id.clone();
            }
            let date = window.or(gate.due);
            // "### Mar 5, 2027" over "- **Code freeze: Friday 5th March 2027**" or "- **Decide
            // on the DLC**", as the export writes a dated gate: the heading (of the gate's day)
            // may be only the gate's. It is dropped at the end if nothing else was written
            // under it.
            if new_items.is_empty() && item.titled && date.is_some() {
                let day = date.map(|date| Period::Day { date });
                let heading = match self.last_block() {
                    Some(PlanBlock::Schedule(g)) if in_day => g
                        .days
                        .last()
                        .filter(|d| {
                            d.items.is_empty()
                                && d.notes.is_empty()
                                && d.title.is_none()
                                && Some(d.date) == date
                        })
                        .map(|d| d.id.clone()),
                    Some(PlanBlock::Schedule(g))
                        if g.label.is_empty()
                            && g.aside.is_none()
                            && g.period == day
                            && g.items.is_empty()
                            && g.days.is_empty()
                            && g.notes.is_empty() =>
                    {
                        Some(g.id.clone())
                    }
                    _ => None,
                };
                self.gate_headings.extend(heading);
            }
            self.pending_gates.push(DecisionPoint {
                id,
                date,
                title: gate.text,
                notes: gate.notes,
                ..Default::default()
            });
        }
        if item.task.is_none() {
            if let Some(first) = new_items.first() {
                self.plain_items.insert(first.id.clone());
            }
        }
        if shown_by_group {
            for new in &mut new_items {
                if new.within == group_period {
                    new.within = None;
                }
            }
        }
        if let Some(PlanBlock::Schedule(g)) = self.last_block() {
            match g.days.last_mut().filter(|_| in_day) {
                Some(day) => day.items.extend(new_items),
                None => g.items.extend(new_items),
            }
        }
    }

    /// One checklist item, plus its nested task items as items of their own after it. `period`
    /// is when its day, group or headings say it is: its due date is that period's last day,
    /// and a month or quarter is kept as it is (`Item::within`).
    fn collect_items(
        &mut self,
        item: &ListItem,
        parent: &NodeId,
        period: Option<Period>,
        out: &mut Vec<Item>,
    ) {
        // "1. Week 2: Products, cart, orders" under "## Plan to launch — 14 October 2031": the
        // week of the count the plan started dates it, not the heading's deadline.
        let week_over_deadline = matches!(period, Some(Period::Day { .. }))
            && leading_week(&item.text).is_some()
            && self.counts_weeks_from_a_start()
            && self.road_to_launch_heading();
        // (The heading's deadline is kept aside: it dates the item after all when the count's
        // start is not settled in the end.)
        let deadline = if week_over_deadline {
            period.map(|p| p.last_day())
        } else {
            self.task_deadline.filter(|_| period.is_none())
        };
        let period = period.filter(|_| !week_over_deadline);
        let due = period.map(|p| p.last_day());
        let (text, done) = done_state(item);
        // "- [ ] ✅ Stripe account live" beside "- [ ] ⏳ Payouts weekly": the mark after the
        // box is the state (see `status_marked_boxes`).
        let (text, done) = match text.strip_prefix('✅') {
            Some(rest) if self.status_marked_boxes && item.task == Some(false) => {
                (rest.trim_start().to_string(), true)
            }
            _ => (text, done),
        };
        // "- [ ] **Write the listing**" over "  - **Status:** ✅ Done (copy ready)": the state
        // the item's own status field gives, written after the box was left open.
        let done = done || item.task == Some(false) && status_child_says_done(item);
        // "Actual:" ticks the plain bullets under it; an explicit "[ ]" stays open.
        let done = done || (self.list_done || self.under_done_heading()) && item.task.is_none();
        // A post whose every channel says it went out: done.
        let done = done || item.task.is_none() && every_channel_posted(item);
        // "- [x] **Monday, May 3**" or "- ✅ Harden the API" over "  - Cache the replies": a
        // step with no mark of its own under a task that is done is done with it (not a
        // sentence that describes the task, "Prints a slip of the marks.", nor a link).
        let done = done
            || self.task_done
                && item.task.is_none()
                && !item.links_only
                && !without_urls(&item.text).trim().is_empty()
                && !item.text.trim_end().ends_with('.');
        let (text, marker) = match offset_marker(&text) {
            (rest, Some(offset)) => (rest.to_string(), Some(offset)),
            _ => (text, None),
        };
        let (text, due_written) = match due_marker(&text) {
            (rest, Some(due)) => (rest.to_string(), Some(due)),
            _ => (text, None),
        };
        let id = self.id(parent, "item", &text, item.line);
        if marker.is_some() {
            self.offset_written.insert(id.clone());
        }
        if let Some(deadline) = deadline {
            self.week_deadlines.push((id.clone(), deadline));
        }
        if done && item.task.is_none() && !item.text.trim().starts_with(text.as_str()) {
            self.marked_done.insert(id.clone());
        }
        // "Papers: ~~March 15~~ March 29": the date not struck out is the one that counts; with
        // every date struck out ("~~March 15~~ ~~March 29~~"), the deadline has passed: done.
        let live_due = item.live.as_deref().map(|live| self.due_in(live));
        // A date written in the item ("Code freeze (Feb 15)", "Feature freeze: Nov 18") is its
        // due date, and its subtasks'; a range gives its last day.
        let own = match (due_written, live_due) {
            (Some(Period::Day { date }), _) => Some(date),
            (Some(_), _) => None,
            (None, Some(Some(live))) => Some(live),
            // Each struck out: the last written is the last the deadline was.
            (None, Some(None)) => self.last_due_in(&text),
            // "Holiday change freeze (Dec 19 - Jan 4) announced to all teams": a freeze is due
            // when its window opens, as a freeze written as a plain bullet is dated.
            (None, None) => match self.find(&text).and_then(Result::ok).map(|p| p.period) {
                Some(Period::Range { start, .. })
                    if is_gate(&text) && opens_with_a_freeze(&text) =>
                {
                    Some(start)
                }
                _ => self.due_in(&text),
            },
        };
        // "Post Feb 9: Customer follow-up", "After 3 May: tidy the wiki": a lead-in that files
        // the work after a day names no day it is due (nor its steps'); a day of the heading
        // above still dates it. (Narrowed after review: only a box, work to tick off; a plain
        // line of a timeline, "- After Feb 9: collect the feedback" beside "- Feb 20: Beta
        // closes", is placed on that day as before. Nor under a heading whose days end before
        // the day the work comes after: "After 3 May: archive the old site" under "### May 1"
        // is not due before it may start.)
        let after_a_day = due_written.is_none()
            && item.task.is_some()
            && self.opens_after_a_day(&text)
            && !own.is_some_and(|day| match period {
                Some(Period::Day { date }) => date < day,
                Some(Period::Range { end, .. }) => end < day,
                _ => false,
            });
        let own = own.filter(|_| !after_a_day);
        let done = done || item.task.is_none() && live_due == Some(None) && own.is_some();
        // "Check that the monthly digest (1.9.) is indexed", "compare with 2.9." under "Week 4 —
        // 24.–30.9.": a day before the week's is one the task refers to, not its due day.
        // (Not a day that opens the line: "Apr 28 — press kit sent" was done that day.)
        let own = own.filter(|day| match period {
            Some(Period::Range { start, .. }) if *day < start && due_written.is_none() => {
                self.find(&text).and_then(Result::ok).is_some_and(|p| {
                    text[..p.span.start]
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .is_empty()
                })
            }
            _ => true,
        });
        // "Go/no-go meeting for the December 1 launch" under "#### Tuesday, November 25": a
        // later day that names the event it is the day of is that event's, not the line's.
        let own = own.filter(|day| match period {
            // (Not when the line writes a day of its own after it: "… for the June 9 launch by
            // June 4", "(decide by Friday June 5)".)
            Some(Period::Day { date }) if *day > date && due_written.is_none() => {
                !self.find(&text).and_then(Result::ok).is_some_and(|p| {
                    names_the_day_of_an_event(&text, p.span.clone())
                        && self.find(&text[p.span.end..]).is_none()
                })
            }
            _ => true,
        });
        // "First week of June": a day of its own, loosely written.
        let loose = (own.is_none() && due_written.is_none() && !after_a_day)
            .then(|| self.loose_period(&text))
            .flatten();
        let own = own.or(match loose {
            Some(Period::Day { date }) => Some(date),
            _ => None,
        });
        // "Q1 2027", "early August": a month or quarter of its own.
        let own_within = (own.is_none() && !after_a_day)
            .then(|| match due_written {
                Some(p) => Some(p),
                None => self
                    .find(&text)
                    .and_then(Result::ok)
                    .map(|p| p.period)
                    .filter(Period::is_coarse)
                    .or(loose),
            })
            .flatten()
            .filter(Period::is_coarse);
        let period = match (own, own_within) {
            (Some(date), _) => Some(Period::Day { date }),
            (None, Some(within)) => Some(within),
            (None, None) => period,
        };
        let own = own.or(own_within.map(|p| p.last_day()));
        let within = period.filter(Period::is_coarse);
        // "- [ ] **Срок:** За 2 недели до запуска", "- [ ] **Deadline:** Mar 3" among its
        // subtasks: a field of the task that says when it is due.
        // (Or a field line written under it: "  Expected Delivery: 2027-05-21T12:00:00.000Z".)
        let fields: Vec<&str> = item
            .children
            .iter()
            .filter_map(|c| field_box(c).filter(|(kind, _)| *kind == FieldBox::Deadline))
            .chain(item.extra.iter().filter_map(|line| deadline_field(line)))
            // (Or a plain bullet under it: "  - Due: 16.12.2030".)
            .chain(
                item.children
                    .iter()
                    .filter(|c| c.task.is_none() && c.children.is_empty())
                    .filter_map(|c| deadline_field(&c.text)),
            )
            .map(|(_, value)| value)
            .collect();
        let (field_day, field_offset) = fields
            .iter()
            .find_map(|value| {
                let offset = relative_in(value);
                let day = offset.is_none().then(|| self.due_in(value)).flatten();
                // (A field that says no time, "When: after the design review", leaves the
                // next one, "Deadline: 2029-05-01", to say it.)
                (day.is_some() || offset.is_some()).then_some((day, offset))
            })
            .unwrap_or((None, None));
        // "  Expected Delivery: 2027-Q3", "  Due: Q4 2027": a quarter or a month the task is
        // due within, when nothing gives it a day.
        let field_within = (own.is_none() && own_within.is_none() && field_day.is_none())
            .then(|| {
                fields.iter().find_map(|value| {
                    self.find(value)
                        .and_then(Result::ok)
                        .map(|p| p.period)
                        .filter(Period::is_coarse)
                })
            })
            .flatten()
            .filter(|_| field_offset.is_none());
        let within = field_within.or(within);
        let own = own.or(field_within.map(|p| p.last_day()));
        // "- 原稿の締切" over "  - 3/18 (日)": a bullet whose only child is its day (and what
        // changed it, "2/25 → 2/18 に前倒し").
        let field_day = field_day.or_else(|| self.day_below(item));
        let field_day = field_day.filter(|_| own.is_none());
        let own = own.or(field_day);
        // "Thursday and Friday: a stand-up call" under a week's range ("October 13-17, 2027"):
        // the last weekday it names, in the range.
        let own = own.or_else(|| match period {
            Some(Period::Range { start, end }) if (0..14).contains(&(end - start).num_days()) => {
                weekday_label_in(&text, start, end)
            }
            _ => None,
        });
        // "- [ ] Light check-ins (Sat)" under "### SATURDAY-SUNDAY, MAR 14-15", whose weekdays
        // the calendar does not agree with: the day at the weekday's place in the range.
        let own = own.or_else(|| match period {
            Some(Period::Range { start, end }) => {
                weekday_by_place(&text, &self.block_heading, start, end)
            }
            _ => None,
        });
        // "Week 2 — Daily batch", Korean "2주차 — …" (a row of a table of weeks) in a phase that
        // runs March 4-17: the last day of the phase's second week.
        let own = own.or_else(|| week_of_period(period?, leading_week(&text)?));
        // "No later than two days before the RC1 date": from the day a "Target RC1 date:"
        // line named, not from the launch.
        let own = own.or_else(|| self.day_from_named(&text));
        // A time relative to launch, in the item or (for an item with no date) its headings;
        // its day is worked out once the launch date is known.
        // The offset the export wrote wins over anything else the text says.
        // Under "## Startdag — 4 september 2027" and "### Twee weken vooraf": two weeks before
        // that day, whatever the section's date says.
        let event = self
            .event_anchor()
            .filter(|_| marker.is_none() && own.is_none() && relative_in(&text).is_none());
        let due = if event.is_some() { None } else { due };
        // "Tag 1.0 and publish - on the day" after "Go/no-go - two days before 1.0": the day
        // the list counts from, the launch's.
        let on_the_day = (due.is_none() && own.is_none() && closes_on_the_day(&text))
            .then(|| self.previous_item_offset())
            .flatten()
            .and_then(|_| Offset::new(0, OffsetUnit::Days));
        let offset = marker.or_else(|| {
            // "- **Wednesday**: dry run" under "### Week -2": that weekday of the week.
            let heading = self
                .weekday_in_launch_week(&text)
                .or_else(|| self.heading_offset());
            // "1wk ahead of feature freeze": a time from a gate, not from the launch.
            // ("3 days before launch: code freeze" counts from the launch, the label's end.)
            let from_gate = || {
                let label = text.split(':').next().unwrap_or_default();
                offset_from_named(label).is_some_and(|(_, named)| is_gate(&named.join(" ")))
            };
            own.is_none()
                .then(|| {
                    relative_in(&text)
                        .map(|o| match bare_count_in(&text) {
                            // "**T+45:** Check the checksums" under "(T+15min to T+45min)".
                            Some(n)
                                if self.minutes_by_level
                                    [usize::from(self.heading_level.min(6))]
                                    && o.unit == OffsetUnit::Days
                                    && o.amount == n =>
                            {
                                Offset::new(n / 60, OffsetUnit::Hours).unwrap_or(o)
                            }
                            _ => o,
                        })
                        .filter(|_| !from_gate())
                        // "Newsletter ready (goes out 1 day before)" under "## Pre-Launch (1
                        // Week Before)": when what it makes goes out, not when it is due.
                        .filter(|_| {
                            !(times_what_it_sends(&text) && (heading.is_some() || due.is_some()))
                        })
                        // "One week before the hard freeze:" in a plan whose chain of moments
                        // puts the hard freeze a week before the release.
                        .or_else(|| self.moment_offset(&text))
                        .or(field_offset)
                        .or(self.task_offset.filter(|_| due.is_none()))
                        // ("- [ ] Day 10: Retro" under "## Post Launch (2 weeks)" has a day
                        // of its own in the count, not the end of the heading's weeks.)
                        // ("Watch the shop all through the first week" under "## Launch
                        // day" works through that week: due at its end, below; not "Plan
                        // the content for the first week", work of the day.)
                        .or(heading.filter(|h| {
                            due.is_none()
                                && !self.own_day_number(&text)
                                && !(h.amount == 0
                                    && h.unit == OffsetUnit::Days
                                    && first_period_in(&text).is_some()
                                    && keeps_on(&text))
                        }))
                        .or_else(|| aside_count_in(&text).filter(|_| due.is_none()))
                        .or(on_the_day)
                        // "Watch the bot for the first 48 hours": through them, after the
                        // launch (not in a part before it).
                        .or_else(|| {
                            first_period_in(&text).filter(|_| {
                                due.is_none()
                                    // ("Day 5: First-week support rota" under "Week 12"
                                    // has its own day.)
                                    && !day_number_in(&text).is_some_and(|n| {
                                        self.day_of_the_labelled_week(&text, n).is_some()
                                    })
                                    && !self.before_launch_section
                                    && self
                                        .relative_by_level
                                        .iter()
                                        .all(|o| o.is_none_or(|o| o.amount >= 0))
                            })
                        })
                        // "Decide: revenue after two weeks above €800?", German "Umsatz nach
                        // zwei Wochen" in a section after the launch: that long after it.
                        .or_else(|| {
                            after_period_in(&text).filter(|_| {
                                due.is_none()
                                    && self.after_launch_here()
                                    && self.relative_by_level.iter().all(Option::is_none)
                            })
                        })
                        // "Go/no-go on the room … the day before, if the snow warning holds": a
                        // decision the day before the launch, when nothing above dates it.
                        .or_else(|| match unnamed_day_around(&text) {
                            Some(Ok(days))
                                if due.is_none()
                                    && is_gate(&text)
                                    && !self.dated_by_a_heading()
                                    && !self.after_launch_section =>
                            {
                                Offset::new(days, OffsetUnit::Days)
                            }
                            // "Collect the keys and the Wi-Fi password the day before." under
                            // "**October**", "- maintenance page up the evening before" over its
                            // boxes: a task of the day before the launch, when nothing dates it
                            // closer than a month.
                            Some(Ok(days))
                                if days.abs() == 1
                                    && (due.is_none() || within.is_some())
                                    && !self.day_named_by_a_heading()
                                    && !self.after_launch_here()
                                    && !around_in_a_clause(&item.text) =>
                            {
                                Offset::new(days, OffsetUnit::Days)
                            }
                            _ => None,
                        })
                })
                .flatten()
        });
        let due = own.or(due);
        // "Along with it, verify the documents in the same period" (Marathi "… याच कालावधीत
        // …") right after a dated line: due with it.
        let due = due.or_else(|| {
            if offset.is_some() || within.is_some() || !in_the_same_period(&text) {
                return None;
            }
            // (Only the line before in the same group: not a dated line of another section.)
            if self.cursor == Cursor::Plan || self.cursor == Cursor::Section {
                return None;
            }
            match self.plan.sections.last()?.blocks.last()? {
                PlanBlock::Schedule(g) => g.items.last()?.due,
                _ => None,
            }
        });
        if let (Some(event), Some(_)) = (event, offset) {
            self.anchored.push((id.clone(), event));
        }
        // "(Sunday before release)" in the line, or under "### Sunday before release".
        // (The heading's weekday is more precise than a "before the release" heading's due
        // by the launch, or a week's last day.)
        let weekday = weekday_from_launch(&text)
            .or_else(|| weekend_after_launch(&text, self.after_launch_here()))
            .filter(|_| due.is_none())
            .or_else(|| self.weekday_by_level.iter().rev().flatten().next().copied())
            .or_else(|| {
                // "Go/no-go with the manager on Wednesday at noon" before the launch: a decision
                // of the launch's week, on that weekday on or before the launch's day.
                // (Not under a heading that dates its week, nor "Weekly go/no-go on Monday".)
                let lower = text.to_lowercase();
                let words = words_of(&lower);
                let recurring = ["weekly", "every", "each"]
                    .iter()
                    .any(|w| words.contains(w));
                let undated_here = !self.after_launch_section
                    && self.heading_offset().is_none()
                    && !recurring
                    && !self.dated_by_a_heading();
                let launch_week = is_gate(&text) && undated_here;
                // "Go/no-go with the facility team the Friday before": that weekday before it.
                let gate_day = launch_week
                    .then(|| match unnamed_day_around(&text) {
                        Some(Err(weekday)) => Some(weekday),
                        _ => bare_weekday_on(&text).map(|weekday| (weekday, 0)),
                    })
                    .flatten();
                // "Drinks dropped at reception on the Tuesday afternoon": any work on "the"
                // weekday, the one of the launch's week, on or before its day.
                gate_day.or_else(|| {
                    undated_here
                        .then(|| the_weekday_on(&text).map(|weekday| (weekday, 0)))
                        .flatten()
                })
            });
        if let (None, None, Some((weekday, sign))) = (own, offset, weekday) {
            self.weekday_items.push((id.clone(), weekday, sign));
        }
        let mut counted_day = None;
        if due.is_none() && offset.is_none() {
            self.count_the_day(&id, &text);
            // (Not a day of a count in months, "### Month 3": a month, which its steps
            // take from the heading themselves.)
            counted_day = self
                .numbered_days
                .last()
                .filter(|(i, _)| *i == id)
                .filter(|_| self.month_counted.last().is_none_or(|(i, _)| *i != id))
                .map(|&(_, n)| n);
        } else if let (None, None, Some(range @ Period::Range { .. })) = (own, offset, period) {
            // "**Dia 8-9:** …" under "## SEMANA 1-2 (20/01 - 02/02)": its own day of the
            // count, once the count's start is known (see `date_day_numbers`).
            // (Or under a heading of such a day: "### Day 1-2: Fix the split".)
            let heading_day = || {
                self.day_by_level
                    .iter()
                    .rev()
                    .find_map(|d| *d)
                    .and_then(|(n, weeks)| (!weeks).then_some(n))
            };
            if let Some(n) = day_number_in(&text).or_else(heading_day) {
                self.ranged_days.push((id.clone(), n, range));
            }
        }
        out.push(Item {
            id,
            text,
            done,
            due,
            within: within.filter(|_| offset.is_none()),
            offset,
            notes: self.item_notes(item),
            modified: Stamp::UNKNOWN,
        });
        let subtasks: Vec<&ListItem> = item
            .children
            .iter()
            .filter(|c| self.is_subtask(item, c))
            .collect();
        // A task's subtasks are due with it, relative to the launch too.
        let task_offset = std::mem::replace(&mut self.task_offset, offset);
        let task_day = std::mem::replace(&mut self.task_day, counted_day);
        let task_deadline = std::mem::replace(&mut self.task_deadline, deadline);
        // (A task whose bullets hold a field, "**Time:** 3-4 days", is a card of work planned,
        // whatever mark it opens with: its steps are not done with it.)
        let fields_below = item
            .children
            .iter()
            .any(|c| c.task.is_none() && without_urls(&c.text).contains(':'));
        // (Nor a plain step beside boxes ticked one by one: "- [x] Tag the release" over "  -
        // [x] Wait for the builds" and "  - Turn off branch protection (not needed this
        // time)", a step left without its box.)
        let boxes_below = item.task.is_some() && item.children.iter().any(|c| c.task.is_some());
        let task_done =
            std::mem::replace(&mut self.task_done, done && !fields_below && !boxes_below);
        let period = field_day.map(|date| Period::Day { date }).or(period);
        // "- [ ] **Launch Day!**" under a phase dated the day before: the launch itself.
        let launch_task = (item.task.is_some() && offset.is_none())
            .then(|| out.len() - 1)
            .filter(|&at| names_only_the_launch_day(&out[at].text));
        // "**Steps:**" or "**Checklist:**" over nested steps: the label is a note, its steps
        // are subtasks, in the order they are written among the others.
        let steps: Vec<&ListItem> = item
            .children
            .iter()
            .flat_map(|c| {
                if subtasks.iter().any(|s| std::ptr::eq(*s, c)) {
                    vec![c]
                } else {
                    self.label_steps(c, item.task.is_some())
                }
            })
            .collect();
        for step in steps {
            self.collect_items(step, parent, period, out);
        }
        // (With its subtasks and the steps under its "**Checklist:**".)
        if let Some(at) = launch_task {
            self.launch_day_tasks
                .push(out[at..].iter().map(|i| i.id.clone()).collect());
        }
        self.task_offset = task_offset;
        self.task_day = task_day;
        self.task_deadline = task_deadline;
        self.task_done = task_done;
    }

    /// The steps under a label bullet of a task ("**Steps:**" over "1. Add the SDK",
    /// "**Checklist:**" over "- [ ] Builds approved"): its checkboxes, and under a label that
    /// names steps (Steps, Actions, Tasks, To do, Checklist) its plain bullets that read as
    /// steps. None for any other bullet ("**Options:**" over choices).
    fn label_steps<'i>(&self, label: &'i ListItem, under_a_box: bool) -> Vec<&'i ListItem> {
        let text = label.text.trim().trim_matches('*').trim();
        if label.task.is_some() || label.children.is_empty() {
            return Vec::new();
        }
        // (A plain bullet of a box that is no label, "Note: the branch is protected from here
        // on.", over boxes: the boxes are steps all the same, not words of the note.)
        // (Only a remark about the work itself, "Note: the van is booked", not an example
        // or a list kept for reference, "Note: tick it like this", "Last year's list, for
        // reference only", "Blocked by the schema fix below": the boxes under those are its
        // words. Nor a box that repeats another box of the plan.)
        let Some(name) = text
            .strip_suffix(':')
            .or((under_a_box && a_remark_on_the_work(text)).then_some(""))
        else {
            return Vec::new();
        };
        let remark = !text.ends_with(':');
        let steps = matches!(
            name.trim().to_lowercase().as_str(),
            "steps"
                | "actions"
                | "tasks"
                | "to do"
                | "todo"
                | "to-do"
                | "checklist"
                | "subtasks"
                | "next steps"
                | "action items"
        );
        label
            .children
            .iter()
            .filter(|c| {
                !(remark
                    && self
                        .box_texts
                        .get(&c.text.trim().to_lowercase())
                        .is_some_and(|&n| n > 1))
            })
            .filter(|c| {
                c.task.is_some()
                    || steps
                        && c.children.is_empty()
                        && !c.links_only
                        && !self.reads_as_note(&c.text)
            })
            .collect()
    }

    /// An entry without a date of its own (`id`, a bullet or a table row with `text`): the day
    /// of the count its text names ("Day 3 check-in"), else the one the headings above it name
    /// ("### Day 2-3", "## Post-Launch (Weeks 1-4)"), from the start or from the launch.
    pub(super) fn count_the_day(&mut self, id: &NodeId, text: &str) {
        if let Some(n) = day_number_in(text) {
            if let Some(in_week) = self.day_of_the_labelled_week(text, n) {
                self.days_of_labelled_weeks.push((id.clone(), n));
                self.numbered_days.push((id.clone(), in_week));
            } else {
                self.days_past_a_week |= n > 7;
                self.numbered_days.push((id.clone(), n));
            }
        } else if let Some((_, last)) = weeks_at_the_end(text).filter(|&(_, last)| {
            // (Not under a heading that counts from the launch: "## Post-launch".)
            last <= self.weeks_of_the_plan()
                && !self.after_launch_section
                && self.relative_by_level.iter().all(Option::is_none)
        }) {
            // "Phase 3: Build - Weeks 5-9": due at the end of its last week of the count.
            self.numbered_days.push((id.clone(), last * 7));
            self.weeks_counted = true;
        } else if let Some(week) = leading_week(text).filter(|&week| {
            week <= self.weeks_of_the_plan()
                // ("Week 37: …" in a plan with no launch: a week of the year.)
                && (self.plan.facts.launch.is_some() || self.launch_heading.is_some() || week <= 13)
                && self.counts_weeks_from_a_start()
        }) {
            // "1. Week 2: Products, cart, orders" in a plan that states its start: due at the
            // end of that week of the count, its steps with it.
            self.numbered_days.push((id.clone(), week * 7));
            self.weeks_counted = true;
        } else if let Some(n) = self.task_day {
            // A step of a task with a day of the count ("1. **Hard switch-off** (Day 187)").
            self.numbered_days.push((id.clone(), n));
        } else if let Some((n, weeks)) = self.day_by_level.iter().rev().find_map(|d| *d) {
            // Under "### Day 2-3": that day from the start, or from a launch section's first day.
            self.numbered_days.push((id.clone(), n));
            self.weeks_outside_next |= weeks && self.next_weeks_level.is_none();
            let level = (1..7).rev().find(|&l| self.day_by_level[l].is_some());
            if let Some(month) = level.and_then(|l| self.month_by_level[l]) {
                self.month_counted.push((id.clone(), month));
            }
            self.weeks_counted |= weeks;
            if self.before_launch_section {
                let section = self.plan.sections.len();
                self.before_launch_days.push((id.clone(), section, n));
            } else if self.launch_section || self.after_launch_block {
                // Weeks after the launch count from it, whatever day it is in a count of days.
                // "## Post-Launch (Day 2-7)": its count starts at Day 2, so the launch day is
                // its Day 1, as before the launch.
                let after = self.after_launch_here() && !self.launch_is_day_one;
                self.launch_days
                    .push((id.clone(), n, after, after && weeks));
            } else if weeks && self.launch_days.iter().any(|&(_, _, after, _)| !after) {
                // "### Week 3-4 Review" in a section after "## Launch Week" counted its days
                // from the launch ("### Day 1", "### Day 2-3"): the same count's weeks.
                self.weeks_after_launch_count.push((id.clone(), n));
            }
        }
    }

    /// The offset from the launch of the item read just before in the open group, if any.
    fn previous_item_offset(&self) -> Option<Offset> {
        if self.cursor == Cursor::Plan || self.cursor == Cursor::Section {
            return None;
        }
        match self.plan.sections.last()?.blocks.last()? {
            PlanBlock::Schedule(g) => g.items.last()?.offset,
            _ => None,
        }
    }

    /// Whether what is read here is after the launch: its section ("## Post-launch") or its
    /// group ("### Phase 7: After Launch (Weeks 1-4)") says so.
    pub(super) fn after_launch_here(&self) -> bool {
        self.after_launch_section || self.after_launch_block
    }

    /// Whether what is read here counts its weeks from the plan's start: the plan has said where
    /// its count starts (a start field, or a sentence: "We started on Monday, 8 September
    /// 2031"), and no heading above counts from the launch ("## Post-launch", "### T-2 weeks").
    fn counts_weeks_from_a_start(&self) -> bool {
        (self.plan.facts.sprint_start.is_some() || !self.start_sentences.is_empty())
            && !self.after_launch_section
            && self.relative_by_level.iter().all(Option::is_none)
    }

    /// How many weeks of its count a plan can have: to its launch and four weeks after (a
    /// year's when the launch is not known yet).
    fn weeks_of_the_plan(&self) -> u32 {
        let facts = &self.plan.facts;
        match (facts.sprint_start, facts.launch) {
            (Some(start), Some(launch)) if launch > start => {
                u32::try_from((launch - start).num_days() / 7 + 5).unwrap_or(52)
            }
            _ => 52,
        }
    }

    /// "**Day 5**: Go/No-Go meeting" under "#### Week 11: Training": the fifth day of that
    /// week, as a day of the plan's count (the week's days, not the plan's: a count that runs
    /// on through the weeks writes "Day 75" there).
    fn day_of_the_labelled_week(&self, text: &str, n: u32) -> Option<u32> {
        let level = (1..7).rev().find(|&l| self.day_by_level[l].is_some())?;
        let week = self.week_by_label[level]?;
        let opens = counts_in_english(text)
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .starts_with("day ");
        (week >= 2 && (1..=7).contains(&n) && opens).then(|| (week - 1) * 7 + n)
    }

    /// Whether a bullet nested in a task is a subtask: a checkbox, or a plain bullet that reads
    /// as an action ("- [ ] Gallery assets" then "  - App icon"), not as a note ("Owner: Ana",
    /// a question, a criterion).
    /// The day a plain bullet's only child gives it ("- 原稿の締切" over "  - 3/18 (日)"): a
    /// child that opens with a day, in a few words more at most.
    fn day_below(&self, item: &ListItem) -> Option<NaiveDate> {
        let [child] = item.children.as_slice() else {
            return None;
        };
        if item.task.is_some() || child.task.is_some() || !child.children.is_empty() {
            return None;
        }
        let text = child.text.trim();
        let first = find_date(text, self.context)
            .or_else(|| self.sure_slashed_day(text))?
            .ok()?;
        if first.span.start != 0 {
            return None;
        }
        match self.find(text)?.ok()?.period {
            Period::Day { date } => Some(date),
            _ => None,
        }
    }

    fn is_subtask(&self, parent: &ListItem, child: &ListItem) -> bool {
        if self.day_below(parent).is_some() {
            return false;
        }
        // Under a checkbox, a plain bullet is a note, as Launchplan's exports before December
        // 2026 wrote notes (reading them as tasks would change those files); numbered steps
        // under a slot of a run of the day ("- [ ] 8:15 Desk opens" over "1. Scan the tickets")
        // are its steps (no export wrote notes numbered). Under other boxes they are as often
        // options, results or contents ("Choose a venue — shortlist" over "1. Town Hall").
        let steps = child.numbered
            && parent
                .text
                .split_whitespace()
                .next()
                .is_some_and(|w| w.contains(':') && time_of_day_in(w).is_some());
        child.task.is_some() && field_box(child).is_none()
            || ((parent.task.is_none()
                || parent.titled && !lists_things_below(parent)
                || steps
                || box_over_its_parts(self.kind, parent)
                || box_over_posts(self.kind, parent))
                && (child.children.is_empty() || self.plain_group_of_steps(parent, child))
                && child.extra.is_empty()
                && (!child.links_only || linked_step(parent, child))
                && !label_colon_in_a_part(&without_urls(&child.text))
                && !introduces_criteria(&parent.text)
                && !lists_contents(&parent.text)
                && !ends_with_conditions(&parent.text)
                && !self.names_a_dated_version(parent)
                && !holds_a_meetings_topics(parent)
                && !self.describes_finished_work(parent)
                && !is_bare_link(&child.text)
                && !self.reads_as_note(&child.text)
                && !(self.extends_its_time(&child.text) && self.has_a_day_of_its_own(parent)))
    }

    /// Whether a task has a day to carry on from: one in its own words ("Build the stand (May
    /// 10)") or its heading's ("### Monday, November 18"). Under a month ("## May") the line
    /// that carries it on holds the only real day ("- Collect RSVPs" over "- Until May 14"), and
    /// is read as before.
    fn has_a_day_of_its_own(&self, parent: &ListItem) -> bool {
        matches!(
            self.find(&parent.text),
            Some(Ok(DatePhrase {
                period: Period::Day { .. },
                ..
            }))
        ) || matches!(
            self.period_by_level.iter().flatten().last(),
            Some(Period::Day { .. })
        )
    }

    /// "- Demo contract (5%)" over "  - Onwards through to Thursday, November 28": a line that
    /// only carries the work on to a later day (a word of going on, "onwards", "through to",
    /// "until", "continues", then the day, and nothing else) is a note on its parent's time,
    /// not a step of its own. Not a line with work in it ("Until Friday, collect the forms"),
    /// nor a day alone ("- Nov 28").
    fn extends_its_time(&self, text: &str) -> bool {
        const GOING_ON: [&str; 9] = [
            "onwards",
            "onward",
            "through",
            "thru",
            "until",
            "till",
            "continues",
            "continuing",
            "ongoing",
        ];
        let lower = text.to_lowercase();
        let Some(first) = words_of(&lower).first().copied() else {
            return false;
        };
        if !GOING_ON.contains(&first) {
            return false;
        }
        let Some(Ok(phrase)) = self.find(text) else {
            return false;
        };
        let outside = format!(
            "{} {}",
            &text[..phrase.span.start],
            &text[phrase.span.end..]
        );
        let outside = outside.to_lowercase();
        words_of(&outside).iter().all(|w| {
            GOING_ON.contains(w)
                || ["to", "on", "the", "end", "of"].contains(w)
                || crate::plan::dates::weekday_named(w).is_some()
        })
    }

    /// "- [x] **Phase 2: Device licences** (done 20 Sep)" or "- ✅ **Booking service**" over
    /// plain bullets that are sentences, each closed by a full stop ("Licence keys are
    /// activated by a QR code at the desk."): a finished piece of work in bold, and under it a
    /// description of what it came to hold, notes, not steps still to take. (Not a numbered
    /// step marked so, nor a day of a timeline ticked off, "- [x] **Monday, September 13**"
    /// over what happened that day; nor "- [x] **After the call**: Write it down" over "Scope
    /// notes sent", what was done, without stops.)
    fn describes_finished_work(&self, parent: &ListItem) -> bool {
        let plain: Vec<&ListItem> = parent
            .children
            .iter()
            .filter(|c| c.task.is_none())
            .collect();
        if plain.len() < 2 || !plain.iter().all(|c| c.text.trim_end().ends_with('.')) {
            return false;
        }
        // (Not a step still to do, "Book the technician for the June service.", nor numbered
        // steps.)
        if plain
            .iter()
            .any(|c| c.numbered || opens_with_an_imperative(&c.text))
        {
            return false;
        }
        let text = parent.text.trim_start();
        let ticked =
            parent.task == Some(true) || parent.task.is_none() && text.starts_with(['✅', '✔']);
        let title = if parent.lead.is_empty() {
            text
        } else {
            parent.lead.as_str()
        };
        ticked
            && parent.titled
            && !parent.numbered
            && self.find(title).is_none()
            && day_number_in(title).is_none()
            && relative_in(title).is_none()
    }

    /// "**v2.4.0 (Minor)** - January 14, 2030": a version in bold and its day, a release
    /// calendar's entry over what goes into it (its contents, not steps; not "3.1.0 final:
    /// Tuesday, 2027-10-05" over "Announced on the blog").
    fn names_a_dated_version(&self, item: &ListItem) -> bool {
        let lead = if item.lead.is_empty() {
            let text = item.text.trim_start_matches(|c: char| !c.is_alphanumeric());
            [" - ", " – ", " — ", ":"]
                .iter()
                .filter_map(|sep| text.split_once(sep).map(|(head, _)| head))
                .min_by_key(|head| head.len())
                .unwrap_or(text)
        } else {
            item.lead.as_str()
        };
        let version = version_in(lead).is_some_and(|v| {
            let words: Vec<&str> = lead.split_whitespace().collect();
            words.len() <= 5 && words.iter().any(|w| w.contains(v))
        });
        // (Or after a done mark: "✅ **v2.4.0 (Minor)** - …", a version with its "v".)
        let marked =
            lead.starts_with(['v', 'V']) && lead[1..].starts_with(|c: char| c.is_ascii_digit());
        (item.titled || !item.lead.is_empty() || marked)
            && version
            && matches!(self.find(&item.text), Some(Ok(_)))
    }

    /// "- Web forms" over "  - Institutional login" over "    - Check the token - 1 day" and
    /// "    - Fill the fields - 1 day": in plain bullets three deep, a plain bullet whose own
    /// bullets are two or more plain steps (no field, label or note among them) under a plain
    /// bullet is a group of steps, read as its parent's steps are (not a note of its parent).
    /// (One bullet under it is as often a remark: "Handle big swarms" over "Profile first".)
    fn plain_group_of_steps(&self, parent: &ListItem, child: &ListItem) -> bool {
        parent.task.is_none()
            && child.task.is_none()
            && child.children.len() >= 2
            && !child.text.trim_end().ends_with([':', '.'])
            && child.children.iter().all(|step| {
                // (Not remarks: "The old ones look dated, marketing agrees", "We could reuse
                // the tablet set".)
                let lower = step.text.trim().to_lowercase();
                let remark = step.text.contains(", ")
                    || step.text.trim_end().ends_with('.')
                    || ["we ", "i ", "they ", "it ", "the ", "this ", "that "]
                        .iter()
                        .any(|p| lower.starts_with(p));
                !remark
                    && step.task.is_none()
                    && step.children.is_empty()
                    && step.extra.is_empty()
                    && !step.links_only
                    && !without_urls(&step.text).contains(':')
                    && !self.reads_as_note(&step.text)
            })
    }

    /// "# Milestone 1 - Private beta", "# Phase 1: Discovery" in a page whose front matter
    /// gives its title ("title: 'Road Map: …'"): the first of the page's numbered parts, a
    /// section, not the plan's title (which the front matter's is).
    fn first_of_counted_parts(&self, text: &str) -> bool {
        let lower = text.to_lowercase();
        let words = words_of(&lower);
        self.front_title.is_some()
            && matches!(words.as_slice(), [part, "1", _, ..] if part.chars().all(char::is_alphabetic))
    }

    /// A heading that is only a month's name ("## June" after "## March 2027"): that month,
    /// the first one on or after the dates read so far (so "## January" after December is in
    /// the next year).
    fn bare_month(&self, text: &str) -> Option<Period> {
        let word = text.trim().trim_end_matches(':').trim();
        let month = month_named(word)?;
        // Full names only ("## Mar:" is an abbreviation), May being one.
        if word.chars().count() < 4 && !word.eq_ignore_ascii_case("may") {
            return None;
        }
        // With the launch known, the months lead up to it ("**February**" … "**November**"
        // in a plan for an October event): the year that puts the month from ten months
        // before the launch to two months after it.
        // (Or the event the opening prose names: "one day of talks on Friday, 8 October 2027".)
        if let Some(launch) = self.plan.facts.launch.or(self.opening_day) {
            use chrono::Datelike;
            let ahead = (i64::from(month) - i64::from(launch.month())).rem_euclid(12);
            let mut year = if ahead <= 2 {
                // On or up to two months after the launch's month.
                launch.year() + i32::from(month < launch.month())
            } else {
                launch.year() - i32::from(month > launch.month())
            };
            // Never before a month the plan has already gone through ("## May 2027", "##
            // June", then "## September": September 2027).
            if let Some(last) = self.last_month {
                while (year, month) < last {
                    year += 1;
                }
            }
            return Some(Period::Month { year, month });
        }
        let seen = self.context;
        let year =
            chrono::Datelike::year(&seen) + i32::from(month < chrono::Datelike::month(&seen));
        Some(Period::Month { year, month })
    }

    /// "### II cycle", Lithuanian "### II ciklas", "### Sprint 3": a heading of a word and a
    /// number (Roman or not), after a sentence that listed the months of such phases in
    /// brackets, one after another, with the same word ("Cycles last a month each, three in all
    /// (March, April, May)"; the first four letters match: "Ciklai" and "ciklas"): the month of
    /// that number, the year as [`Self::bare_month`] gives it. Not a heading of other words
    /// ("### Part 2"), nor a number past the months listed.
    fn month_of_a_numbered_phase(&mut self, text: &str) -> Option<Period> {
        let (months, stems) = self.listed_months.as_ref()?;
        let (months, stems) = (months.clone(), stems.clone());
        let words: Vec<&str> = text
            .trim()
            .trim_end_matches(':')
            .split_whitespace()
            .collect();
        let [a, b] = words[..] else {
            return None;
        };
        let (word, n) = match (roman_or_number(a), roman_or_number(b)) {
            (Some(n), None) => (b, n),
            (None, Some(n)) => (a, n),
            _ => return None,
        };
        if word.chars().count() < 4 || !word.chars().all(char::is_alphabetic) {
            return None;
        }
        // (A phase of the plan's own calendar: not "### Order 2" after harvests that come in
        // "(October, November, December)", nor "### Meeting 2" of a committee that meets
        // monthly.)
        let lower = word.to_lowercase();
        let stem: String = lower.chars().take(4).collect();
        if !stems.contains(&stem) || !PHASE_WORDS.contains(&lower.as_str()) {
            return None;
        }
        let index = usize::try_from(n).ok()?.checked_sub(1)?;
        months.get(index)?;
        // The first month's year is the plan's: by the launch, a date the plan wrote, or the
        // year it names ("# Allotment society year 2031"); a plan with no year dates none.
        // The months after it follow on, into the next year only past December.
        // (Found once, at the first such heading: the months read under it do not move it.)
        let first = *months.first()?;
        let first_year = match self.listed_months_year {
            Some(year) => year,
            None if self.plan.facts.launch.or(self.opening_day).is_some() || self.year_certain => {
                let name = chrono::Month::try_from(u8::try_from(first).ok()?)
                    .ok()?
                    .name();
                match self.bare_month(name)? {
                    Period::Month { year, .. } => year,
                    _ => return None,
                }
            }
            None if self.writes_a_year => chrono::Datelike::year(&self.context),
            None => return None,
        };
        self.listed_months_year = Some(first_year);
        let total = first - 1 + u32::try_from(index).ok()?;
        Some(Period::Month {
            year: first_year + i32::try_from(total / 12).ok()?,
            month: total % 12 + 1,
        })
    }

    /// "### July - August", "### Month 2-3 (July - August)", Dutch "### Maand 3 (September)": a
    /// heading that is a run of months by their full names, or a count of months with them in
    /// brackets, with no year: what it dates is due within its last month (the year as
    /// [`Self::bare_month`] gives it). (Not "## Phase 1 (January - February)", whose tables
    /// date their rows by weeks, nor "### Soon (April)".)
    fn months_heading(&self, text: &str) -> Option<Period> {
        let text = text.trim().trim_end_matches(':').trim_end();
        let months = match text.strip_suffix(')') {
            Some(inner) => {
                let (count, months) = inner.rsplit_once('(')?;
                let lower = count.to_lowercase();
                let words = words_of(&lower);
                let counts_months = matches!(
                    words.as_slice(),
                    [unit, n, ..] if MONTH_UNITS.contains(unit) && n.parse::<u32>().is_ok()
                );
                if !counts_months {
                    return None;
                }
                months
            }
            None => text,
        };
        let words: Vec<&str> = months
            .split(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—'))
            .filter(|w| !w.is_empty())
            .collect();
        let full = |w: &str| month_named(w).is_some() && w.chars().count() >= 4;
        let last = match words.as_slice() {
            // (A bare month alone is `bare_month`'s; in brackets it is this one's.)
            [one] if months.len() < text.len() && full(one) => one,
            [first, last] | [first, "to" | "through" | "till" | "until", last]
                if full(first) && full(last) =>
            {
                last
            }
            _ => return None,
        };
        self.bare_month(last)
    }

    /// The level of the heading what is read now is under, when it is a schedule's and no
    /// heading of its level dates it (by a period or a time from the launch).
    fn undated_schedule_heading(&self) -> Option<usize> {
        let at = usize::from(self.heading_level.min(6));
        (self.kind == SectionKind::Schedule
            && self.cursor != Cursor::Plan
            && self.period_by_level[at].is_none()
            && self.relative_by_level[at].is_none())
        .then_some(at)
    }

    /// Whether nothing (or, with `items`, nothing but items) has been read under the heading:
    /// no days in its group, no block under a section's heading.
    fn nothing_read_under_heading(&self, items: bool) -> bool {
        match self.plan.sections.last().and_then(|s| s.blocks.last()) {
            Some(PlanBlock::Schedule(g)) => {
                self.cursor != Cursor::Section && g.days.is_empty() && (items || g.items.is_empty())
            }
            None => true,
            _ => self.cursor == Cursor::Section,
        }
    }

    /// A gate heading's day in the plan's count ("### Day 6-7: Content Freeze", "### Week 4 —
    /// Prototype Freeze": the end of the count's fourth week), when the gate has no day of its
    /// own.
    fn count_the_gate_heading(&mut self, heading: &str) {
        let day = day_number_in(heading).or_else(|| week_end_day_in(heading));
        if let (Some(n), Some(PlanBlock::Decision(d))) = (day, self.last_block()) {
            if d.date.is_none() {
                let id = d.id.clone();
                self.numbered_days.push((id, n));
            }
        }
    }

    /// "**Period**: 2030-03-04 ~ 2030-03-17", "**Obdobje:** 3.–9. 9." right under an undated
    /// heading: the days what the heading holds runs over, as if the heading had said them.
    fn period_field(&mut self, text: &str) {
        let Some(at) = self.undated_schedule_heading() else {
            return;
        };
        let Some((key, value)) = text.split_once(':') else {
            return;
        };
        let key = key.trim().trim_matches(['*', '_']).trim().to_lowercase();
        if !PERIOD_KEYS.contains(&key.as_str()) {
            return;
        }
        // (Written after the heading's list too: the export writes it right under the heading,
        // so it dates the same work wherever it was.)
        if !self.nothing_read_under_heading(true) {
            return;
        }
        let Some(Ok(phrase)) = self.find(value) else {
            return;
        };
        if !matches!(
            phrase.period,
            Period::Range { start, end } if start <= end
        ) && !matches!(phrase.period, Period::Month { .. })
        {
            return;
        }
        self.period_by_level[at] = Some(phrase.period);
        if let Some(PlanBlock::Schedule(g)) = self.last_block() {
            if g.period.is_some() {
                return;
            }
            g.period = Some(phrase.period);
            date_undated_items(g, 0, Some(phrase.period.last_day()), None);
        }
    }

    /// "This milestone went out June 18, 2027.", "The private beta shipped in February 2027
    /// with these features.": a sentence right under an undated heading that says when its
    /// work shipped dates what the heading holds (by the day, or within the month).
    fn shipped_sentence(&mut self, text: &str) {
        let Some(at) = self.undated_schedule_heading() else {
            return;
        };
        // Nothing read under the heading yet.
        let fresh = self.nothing_read_under_heading(false);
        let lower = text.to_lowercase();
        let shipped = [
            "shipped",
            "went out",
            "wrapped up",
            "was released",
            "were released",
            "was completed",
            "was finished",
            "was delivered",
            "launched in",
            "launched on",
            "went live",
        ]
        .iter()
        .any(|w| lower.contains(w));
        // About the heading's own work ("This milestone went out …", "The private beta shipped
        // …"), not another's ("Phase 1 shipped in February; this phase builds on it").
        let own = ["this ", "the ", "it ", "we ", "all ", "everything "]
            .iter()
            .any(|w| lower.trim_start().starts_with(w));
        if !fresh || !shipped || !own {
            return;
        }
        if let Some(Ok(phrase)) = self.find(text) {
            self.period_by_level[at] = Some(phrase.period);
            if let Some(PlanBlock::Schedule(g)) = self.last_block() {
                if g.period.is_none() && g.items.is_empty() {
                    g.period = Some(phrase.period);
                }
            }
        }
    }

    /// "BETAEN ÅPNER I DAG", "We launch today": the launch is the day the plan was written,
    /// when it says so and no line names the launch.
    fn opens_today(&mut self, text: &str) {
        let Some(written) = self.plan.facts.written_on else {
            return;
        };
        if self.launch_rank >= 2 || self.plan.facts.launch.is_some() || !says_today(text) {
            return;
        }
        let lower = text.to_lowercase();
        // The opening right before "today" at the end ("ÅPNER I DAG", "We launch today",
        // "goes live today"), not "What to launch today vs later".
        let words = words_of(&lower);
        let opens = words.iter().enumerate().any(|(i, w)| {
            let today_after = matches!(
                words.get(i + 1..),
                Some(["today" | "idag"]) | Some(["i", "dag", ..])
            );
            [
                "launch",
                "launches",
                "launching",
                "live",
                "opens",
                "open",
                "åpner",
                "åpen",
                "öppnar",
                "öppen",
                "åbner",
                "åben",
                "ships",
                "lanserer",
            ]
            .contains(w)
                && today_after
        });
        if opens {
            self.plan.facts.launch = Some(written);
            self.launch_rank = 2;
        }
    }

    /// "The schedule runs from January to September 2027.": the months the plan covers, with
    /// their year, at its top. Yearless dates after it are read from the first of them on (not
    /// from the last, which would put "January 4th" in the next year), and stay in the span.
    fn months_stated(&mut self, text: &str) {
        let lower = text.to_lowercase().replace(['–', '—'], " - ");
        // About the plan ("The schedule runs from …", "Roadmap: January - September 2027"), or
        // a short line of the months alone; not "Last year we moved from March to May 2025".
        let about_the_plan = words_of(&lower).iter().any(|w| {
            [
                "schedule",
                "plan",
                "roadmap",
                "timeline",
                "runs",
                "covers",
                "calendar",
                "programme",
                "program",
            ]
            .contains(w)
        }) || lower.split_whitespace().count() <= 5;
        if !about_the_plan {
            return;
        }
        let words: Vec<&str> = lower
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '(' | ')' | ';'))
            .filter(|w| !w.is_empty())
            .collect();
        for w in words.windows(4) {
            let (Some(first), Some(last)) = (month_named(w[0]), month_named(w[2])) else {
                continue;
            };
            if !matches!(w[1], "to" | "through" | "until" | "till" | "-") || w[0].len() < 3 {
                continue;
            }
            let Ok(year) = w[3].parse::<i32>() else {
                continue;
            };
            if !(1990..=2100).contains(&year) || first > last {
                continue;
            }
            let (Some(start), Some(end)) = (
                NaiveDate::from_ymd_opt(year, first, 1),
                Period::Month { year, month: last }.last_day().into(),
            ) else {
                continue;
            };
            self.context = start;
            self.year_certain = true;
            self.stated_spans.push((start, end));
            return;
        }
    }

    /// "## When" over "October 13-17, 2027": a section that says when the event is, by its
    /// title, whose first line is a day or a range and nothing more, is the event's dates: the
    /// launch (its first day) when no line names one, and the span its weekdays are in.
    fn when_section(&mut self, text: &str) {
        if self.cursor != Cursor::Section || self.continued {
            return;
        }
        let title = self.section_title();
        let when = matches!(
            words_of(&title).as_slice(),
            ["when"]
                | ["dates"]
                | ["date"]
                | ["wann"]
                | ["quand"]
                | ["cuándo"]
                | ["quando"]
                | ["kdy"]
                | ["kiedy"]
                | ["när"]
                | ["når"]
                | ["event", "dates"]
                | ["the", "dates"]
        );
        let fresh = self
            .plan
            .sections
            .last()
            .is_some_and(|s| s.blocks.is_empty());
        if !when || !fresh || !self.only_a_date(text) {
            return;
        }
        let Some(Ok(phrase)) = self.find(text) else {
            return;
        };
        let (start, end) = match phrase.period {
            Period::Day { date } => (date, date),
            Period::Range { start, end } if start <= end => (start, end),
            _ => return,
        };
        if phrase.year_written {
            self.stated_spans.push((start, end));
        }
        let at = usize::from(self.heading_level.min(6));
        self.period_by_level[at] = Some(phrase.period);
        if self.launch_rank == 0 && self.plan.facts.launch.is_none() {
            self.plan.facts.launch = Some(start);
            self.launch_rank = 1;
        }
    }

    /// "Written Sunday, Oct 3, 2027", "Skrevet 23. august 2027.": the day the plan was written,
    /// in prose at its top (a "Date:" line says it as a field), when nothing said it before.
    fn written_sentence(&mut self, text: &str) {
        if self.plan.facts.written_on.is_some() || self.cursor != Cursor::Plan {
            return;
        }
        // ASCII case only: byte positions stay those of `text`.
        let lower = text.trim().to_ascii_lowercase();
        // "mizuho opened this issue on 2027-03-29 · label: release", "Opened 12 April 2027 by
        // @tamsin": the day an issue that holds the plan was opened.
        // "opened by mkellerman on Nov 12, 2028" too.
        let opened = lower
            .find(" opened this issue on ")
            .map(|at| &lower[at + " opened this issue on ".len()..])
            .or_else(|| {
                let by = lower.strip_prefix("opened by ")?;
                let name = by.split_whitespace().next()?;
                by[name.len()..].trim_start().strip_prefix("on ")
            })
            .or_else(|| lower.strip_prefix("opened "));
        let Some(rest) = opened.or_else(|| {
            [
                "written on ",
                "written ",
                "skrevet ",
                "geschrieben am ",
                "escrito el ",
            ]
            .iter()
            .find_map(|w| lower.strip_prefix(w))
        }) else {
            return;
        };
        let at = text.trim().len() - rest.len();
        if let Some(Ok(phrase)) = text.trim().get(at..).and_then(|rest| self.find(rest)) {
            if phrase.span.start == 0 {
                if let Period::Day { date } = phrase.period {
                    self.plan.facts.written_on = Some(date);
                }
            }
        }
    }

    /// "# Launch planning for Tuesday", "Things left to do before Tidepool goes public on
    /// Tuesday:": the title or the opening names the launch's weekday and no date, or says what
    /// the list after it is (see [`opening`]).
    fn opening_sentence(&mut self, text: &str) {
        // "The course starts the week of 15 September 2031.": the day the plan's weeks count
        // from (not its launch), in the prose before the first heading.
        let before_headings =
            matches!(self.plan.sections.as_slice(), [only] if only.title.is_empty());
        // (Or the first line under a heading of the plan to its launch: "## Road to launch —
        // 14 October" over "We started on Monday, 8 September 2031.")
        let road_day = (self.cursor == Cursor::Section
            && self
                .plan
                .sections
                .last()
                .is_some_and(|s| s.blocks.is_empty() && s.notes.is_empty())
            && self.road_to_launch_heading())
        .then(|| match self.find(&self.section_title()) {
            Some(Ok(DatePhrase {
                period: Period::Day { date },
                ..
            })) => Some(date),
            _ => None,
        })
        .flatten();
        if let Some(day) = road_day {
            self.road_to_launch_day.get_or_insert(day);
        }
        if self.cursor == Cursor::Plan || before_headings || road_day.is_some() {
            let days = self.start_sentence_days(text);
            self.start_sentences.extend(days);
        }
        if self.cursor != Cursor::Plan {
            return;
        }
        if let Some(says) = opening::sentence_says(text) {
            self.open(says);
        }
        // (The weekday first: most sentences name none, and then no date is looked for.)
        if self.launch_weekday.is_none() {
            self.launch_weekday =
                opening::launch_weekday(text).filter(|_| find_date(text, self.context).is_none());
        }
    }

    /// "#### 12:00 AM - Full Sweep" after "#### 11:30 PM - First Look": a heading's time of
    /// day six hours or more before the one of the heading before it, at its level under the
    /// same parent, is past midnight: the day after the enclosing one (and so are the times
    /// after it there).
    /// (A heading starts the times of the levels below it afresh; a dated one, or one with no
    /// time of day, its own level's too.)
    fn past_midnight(&mut self, text: &str, at: usize, undated: bool) {
        for slot in &mut self.clock_by_level[at + 1..] {
            *slot = (None, false);
        }
        let clock = (undated && text.trim_start().starts_with(|c: char| c.is_ascii_digit()))
            .then(|| time_of_day_in(text))
            .flatten();
        let Some(now) = clock else {
            self.clock_by_level[at] = (None, false);
            return;
        };
        let (before, rolled) = self.clock_by_level[at];
        let rolled = rolled || before.is_some_and(|b| now + 6 * 60 <= b);
        self.clock_by_level[at] = (Some(now), rolled);
        if !rolled || self.relative_by_level[at].is_some() || self.period_by_level[at].is_some() {
            return;
        }
        if let Some(enclosing) = self.relative_by_level[..at].iter().rev().flatten().next() {
            if enclosing.unit == OffsetUnit::Days {
                self.relative_by_level[at] = Offset::new(enclosing.amount + 1, OffsetUnit::Days);
            }
        } else if let Some(Period::Day { date }) =
            (1..at).rev().find_map(|level| self.period_by_level[level])
        {
            self.period_by_level[at] = date.succ_opt().map(|date| Period::Day { date });
        }
    }

    /// The day a sentence says the plan's work starts on: "The course starts the week of 15
    /// September 2031", "Work begins on Monday 3 March", Catalan "El curs comença la setmana del
    /// 15 de setembre" (the day right after the verb and its "on", "the week of").
    fn start_sentence_days(&self, text: &str) -> Vec<NaiveDate> {
        // ("Started on Monday, …" opens its line: read as after a space.)
        let text = &format!(" {text}");
        let lower = text.to_lowercase();
        START_VERBS
            .iter()
            .flat_map(|verb| lower.match_indices(verb).map(move |(at, _)| (at, *verb)))
            .filter_map(|(at, verb)| self.start_sentence_day(text, &lower, at, verb))
            .collect()
    }

    /// The day right after a start's verb at `at` (see `start_sentence_days`).
    fn start_sentence_day(
        &self,
        text: &str,
        lower: &str,
        at: usize,
        verb: &str,
    ) -> Option<NaiveDate> {
        // (Not what opens before the plan's work: "Registration starts on …", Catalan "La
        // inscripció comença …".)
        let clause = lower[..at]
            .rsplit(['.', ';', '!', '?'])
            .next()
            .unwrap_or_default();
        if words_of(clause).iter().any(|w| {
            launch::OPENS_BEFORE.contains(w)
                || REGISTRATIONS.contains(w)
                || ["inscripció", "inscripcions", "matrícula"].contains(w)
        }) {
            return None;
        }
        // ("We started on …", "Started on …"; not "the outage that began on 7 March".)
        if [" started ", " began "].contains(&verb) {
            let before = clause.trim_end();
            let said_by_us = before.is_empty() || before.ends_with(" we") || before == "we";
            if !said_by_us {
                return None;
            }
        }
        let mut rest = &lower[at + verb.len()..];
        for lead in START_LEADS {
            if let Some(after) = rest.strip_prefix(lead) {
                rest = after;
                break;
            }
        }
        let offset = lower.len() - rest.len();
        let phrase = self.find(&text[offset..])?.ok()?;
        match phrase.period {
            Period::Day { date } if phrase.span.start == 0 => Some(date),
            _ => None,
        }
    }

    /// An opening whose list comes next (the one before ends).
    fn open(&mut self, says: opening::Says) {
        self.close_opening();
        self.opening = Some(opening::Opening {
            says,
            started: false,
            items: Vec::new(),
        });
    }

    /// Ends the opening being read: the items read since are its list's.
    fn close_opening(&mut self) {
        let Some(open) = self.opening.take() else {
            return;
        };
        if !open.items.is_empty() {
            self.openings.push((open.says, open.items));
        }
    }

    /// Where a block ends the opening being read, or starts its list.
    fn opening_boundary(&mut self, block: &Block) {
        let Some(open) = &mut self.opening else {
            return;
        };
        let ends = match block {
            Block::Heading { .. } => open.ends_at_heading(),
            Block::Rule => true,
            // A label all in bold ("**Afterwards**", "**Launch start: 11:00 CET**"), not a
            // line that opens with a name in bold ("**mizuho** opened this issue …").
            Block::Paragraph { bold: true, .. } => open.ends_at_heading(),
            Block::List { .. } | Block::Table { .. } => {
                open.started = true;
                false
            }
            _ => false,
        };
        if ends {
            self.close_opening();
        }
    }

    /// Dates the undated items of the lists the openings led into: the title's day (with
    /// `launch` None, as soon as the plan is read), or by or on the launch (with it, once it
    /// is known).
    fn date_opening_lists(&mut self, launch: Option<NaiveDate>) {
        if self.openings.is_empty() {
            return;
        }
        // One walk of the plan (finding each item by its ID would walk it once per item).
        let says: std::collections::HashMap<&NodeId, opening::Says> = self
            .openings
            .iter()
            .flat_map(|(says, ids)| ids.iter().map(move |id| (id, *says)))
            .collect();
        self.plan.for_each_node_mut(|node| {
            let NodeMut::Item(item) = node else {
                return;
            };
            let Some(says) = says.get(&item.id) else {
                return;
            };
            if item.due.is_some() || item.offset.is_some() || item.within.is_some() {
                return;
            }
            match (*says, launch) {
                (opening::Says::TitleDay(date), None) => item.due = Some(date),
                (opening::Says::BeforeLaunch, Some(launch)) => item.due = Some(launch),
                (opening::Says::OnTheDay, Some(launch)) => {
                    item.offset = Offset::new(0, OffsetUnit::Days);
                    item.due = Some(launch);
                }
                _ => {}
            }
        });
    }

    /// "#### Monday: Campaign Foundation", "### Saturday-Sunday: Final pass": a heading that
    /// names only a weekday (or two, the last counting) before its title, with no date. Under a
    /// heading of a week's range it is that weekday of the range; otherwise the first such
    /// weekday after the weekday heading before it, or on or after the plan's stated start or
    /// the event day its opening sentence names, or after the day the plan says it was written.
    /// None without any of them.
    fn weekday_heading(&self, text: &str, at: usize) -> Option<NaiveDate> {
        let head = text
            .split([':', '(', '—', '–'])
            .next()
            .unwrap_or_default()
            .split(" - ")
            .next()
            .unwrap_or_default()
            .to_lowercase();
        // "### Setup Evening (Friday)", "### Hack Days (Saturday & Sunday)", "### Pack-down
        // (Sunday night)": the weekday in brackets after the title (the same day as the
        // heading before it, when that one ended on it).
        let aside = weekday_aside(text);
        let wanted = last_weekday_of(&head, 2).or(aside)?;
        let on_or_after = |from: NaiveDate| {
            from.iter_days()
                .take(7)
                .find(|d| chrono::Datelike::weekday(d) == wanted)
        };
        // Under "## Week 3" of a count from the plan's start: that week's weekday (without a
        // start yet, the week dates it, at its end).
        // (Under "### Day 1-2" the weekday counts on as below.)
        if let Some((n, true)) = (1..at).rev().find_map(|level| self.day_by_level[level]) {
            let first = self
                .plan
                .facts
                .sprint_start?
                .checked_add_days(chrono::Days::new(u64::from(n.checked_sub(7)?)))?;
            return on_or_after(first).filter(|d| (*d - first).num_days() < 7);
        }
        let enclosing = (1..at).rev().find_map(|level| self.period_by_level[level]);
        if let Some(Period::Range { start, end }) = enclosing {
            if (0..14).contains(&(end - start).num_days()) {
                return on_or_after(start).filter(|d| *d <= end);
            }
        }
        if enclosing.is_some() {
            return None;
        }
        let facts = &self.plan.facts;
        let after_last = if aside.is_some() {
            self.last_weekday
        } else {
            self.last_weekday.and_then(|d| d.succ_opt())
        };
        let from = after_last
            .or(facts.sprint_start)
            // "RiverHacks runs Friday October 22 to Sunday October 24, 2027" over "## Friday",
            // "## Saturday": the days of the event the opening sentence names.
            .or(self.opening_day)
            .or_else(|| facts.written_on.and_then(|d| d.succ_opt()));
        match from {
            Some(from) => on_or_after(from),
            // "**Hack weekend:** Saturday 16 - Sunday 17 October 2027" over "### Setup Evening
            // (Friday)": with nothing else to count from, a weekday in brackets is the nearest
            // one to the launch's day (three days before it to three after).
            None if aside.is_some() => {
                on_or_after(facts.launch?.checked_sub_days(chrono::Days::new(3))?)
            }
            None => None,
        }
    }

    /// "## At 15th - rc2", "## On the 22nd", "## First working day after 7th" under a title or
    /// heading of a month ("# … release checklist (September 2027)"): that day of the month (the
    /// first working day after it, when the heading says so). The ordinal opens the heading or
    /// follows "at", "on", "by", "the" or "after".
    fn ordinal_heading(&self, text: &str, at: usize) -> Option<NaiveDate> {
        // The month of a heading above, or the plan's title's.
        let Some(Period::Month { year, month }) = (1..at)
            .rev()
            .find_map(|level| self.period_by_level[level])
            .or_else(|| Some(self.find(&self.plan.title)?.ok()?.period))
            .filter(|p| matches!(p, Period::Month { .. }))
            .or(self.cycle_month)
        else {
            return None;
        };
        let day = ordinal_day_in(text)?;
        let lower = text.to_lowercase();
        let words = words_of(&lower);
        let at_ordinal = words.iter().position(|w| {
            ["st", "nd", "rd", "th"].iter().any(|s| {
                w.strip_suffix(s)
                    .is_some_and(|n| n.parse::<u32>() == Ok(day))
            })
        })?;
        // Opening the heading, the ordinal stands alone ("## 15th - rc2"), not as a word of a
        // title ("## 3rd-party integrations", "## 1st draft", "### 2nd round of interviews").
        let alone = || {
            let token = format!("{day}");
            let trimmed = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
            trimmed.starts_with(&token)
                && trimmed[token.len()..].get(2..).is_some_and(|after| {
                    let after = after.trim_start_matches([' ', '\u{a0}']);
                    after.is_empty()
                        || after.starts_with(['-', '–', '—', ':', '(', '|'])
                            && !trimmed[token.len() + 2..].starts_with('-')
                })
        };
        let led = at_ordinal == 0 && alone()
            || at_ordinal > 0
                && matches!(words[at_ordinal - 1], "at" | "on" | "by" | "the" | "after");
        if !led {
            return None;
        }
        let date = NaiveDate::from_ymd_opt(year, month, day)?;
        let working_after =
            lower.contains("working day after") || lower.contains("business day after");
        if working_after {
            return date
                .iter_days()
                .skip(1)
                .find(|d| chrono::Datelike::weekday(d).num_days_from_monday() < 5);
        }
        // "Prep - 1 business day before the 20th", "2 business days before": that many working
        // days before it.
        let before = [
            "business day before",
            "working day before",
            "business days before",
            "working days before",
        ]
        .iter()
        .find_map(|m| lower.find(m));
        if let Some(at) = before {
            let count: usize = lower[..at]
                .split_whitespace()
                .last()
                .and_then(|n| n.parse().ok())
                .filter(|n| (1..=30).contains(n))
                .unwrap_or(1);
            return (1..60)
                .filter_map(|n| date.checked_sub_days(chrono::Days::new(n)))
                .filter(|d| chrono::Datelike::weekday(d).num_days_from_monday() < 5)
                .nth(count - 1);
        }
        Some(date)
    }

    /// "Target: December 2027." under "# Milestone 6 - Public Release": a bare target or date
    /// field under a heading that names the launch gives the launch's date, with the rank the
    /// heading names it by (see [`launch::names_launch`]).
    fn target_under_launch(&self, key: &str) -> Option<u8> {
        let key = key.trim().trim_matches('*').trim().to_lowercase();
        // ("Date:" is the day the plan was written; "Due:" dates the heading's tasks.)
        if !["target", "target date", "eta", "when"].contains(&key.as_str()) {
            return None;
        }
        let last = self.plan.sections.last();
        let section = last.map(|s| s.title.as_str());
        let block = match last.and_then(|s| s.blocks.last()) {
            Some(PlanBlock::Schedule(g)) if self.cursor != Cursor::Section => {
                Some(g.label.as_str())
            }
            _ => None,
        };
        // Ranked as the heading names it: under "Public Release", a public one's (4).
        block
            .or(section)
            .and_then(launch::names_launch)
            .filter(|rank| *rank >= 3)
            .map(|rank| rank.clamp(2, 4))
    }

    /// The lines of paragraphs (block index, line index) that are key dates: "Label: <day>",
    /// a time after the day at most ("Last day for changes: Friday 5th March 2027 8pm"), at
    /// least two of them in a run of paragraphs with nothing but paragraphs between, so that
    /// one dated remark alone stays a note. Facts ("Release date:") and spans ("Start:") are
    /// not counted; they stay what they are.
    fn key_date_runs(&mut self, blocks: &[Block]) -> Vec<(usize, usize)> {
        let mut found = Vec::new();
        // Each line with whether it states its day (not a placeholder's).
        let mut run: Vec<((usize, usize), bool)> = Vec::new();
        // ("{{ dates.video }} - Talk videos published" among ":calendar: 2027-10-15 - …"
        // lines: a key date the template left unfilled, an entry of the run with no day; only
        // where two lines of the run or more state theirs.)
        let mut close = |run: &mut Vec<((usize, usize), bool)>| {
            if run.iter().filter(|(_, dated)| *dated).count() >= 2 {
                found.extend(run.iter().map(|(at, _)| *at));
            }
            run.clear();
        };
        for (at, block) in blocks.iter().enumerate() {
            let Block::Paragraph { lines, .. } = block else {
                close(&mut run);
                continue;
            };
            for (i, text) in lines.iter().enumerate() {
                if span_or_fact_line(text) {
                    continue;
                }
                if self.key_date_line(text) {
                    run.push(((at, i), true));
                } else if placeholder_first_line(text) {
                    run.push(((at, i), false));
                }
            }
        }
        close(&mut run);
        found
    }

    /// "Staging sign-off needed by: Tuesday 16th March 2027 5pm": a label of at most eight
    /// words, then one day with its year or month (a weekday before it, a time after it at
    /// most).
    fn key_date_line(&mut self, text: &str) -> bool {
        if self.date_first_line(text) {
            return true;
        }
        let text = text.trim().trim_end_matches(['.', ' ']);
        let Some((label, value)) = text.split_once(':') else {
            return false;
        };
        let label = label.trim().trim_matches('*').trim();
        let lower = label.to_lowercase();
        let words = words_of(&lower);
        if !(1..=8).contains(&words.len()) || label.contains(['(', '[', '`']) {
            return false;
        }
        // "Due: March 3" or "Stand vom: 23.8.2027" / "Wieder anschauen am": a field of what
        // is written above, or when the page was written or is looked at again, not an entry.
        const FIELDS: [&str; 9] = [
            "due", "deadline", "date", "dates", "when", "day", "version", "review", "update",
        ];
        const PAGE: [&str; 18] = [
            "stand",
            "updated",
            "reviewed",
            "revisit",
            "anschauen",
            "created",
            "published",
            "modified",
            "edited",
            "drafted",
            "revised",
            "revision",
            "written",
            "notes",
            "approved",
            "erstellt",
            "geändert",
            "rédigé",
        ];
        // "Last revised:", "Last meeting:": when the page or a meeting was, not an entry
        // ("Last day for changes:" is one).
        let last_of_something = words.first() == Some(&"last")
            && !words
                .get(1)
                .is_some_and(|w| ["day", "date", "call", "chance", "merge"].contains(w));
        if words.len() == 1 && FIELDS.contains(&words[0])
            || words.iter().any(|w| PAGE.contains(w))
            || last_of_something
            || lower.contains("next review")
            || lower.contains("mis à jour")
            // ("完成时间: 2031-04-03", "Completed: …": the day a piece of work was done, a
            // field of it.)
            || DONE_ON.contains(&lower.as_str())
        {
            return false;
        }
        let value = value.trim().trim_start_matches('*').trim();
        let Some(Ok(phrase)) = self.find(value) else {
            return false;
        };
        if single_day(&phrase.period).is_none() || phrase.span.start > 0 {
            return false;
        }
        let after = value[phrase.span.end..].trim_matches(|c: char| c == '*' || c.is_whitespace());
        after.is_empty()
            || after.split_whitespace().count() <= 3
                && time_of_day_in(after).is_some()
                && !after.contains(['.', ','])
    }

    /// ":calendar: **2027-04-18** - Reviews Due", "✅ 2027-01-29 – Budget approved", "**two weeks
    /// before the conference** - Final Schedule Published": a line that opens with its day (or
    /// a time from the launch), a dash or colon, then what happens.
    fn date_first_line(&mut self, text: &str) -> bool {
        // Every paragraph line comes here: no dash or colon, no entry (and no scan for dates).
        if ![" - ", " – ", " — ", ": "]
            .iter()
            .any(|sep| text.contains(sep))
        {
            return false;
        }
        let line = without_leading_decoration(text);
        let line = line.trim_start_matches('✅').trim_start();
        let title_after = |rest: &str| {
            let rest = rest.trim_start();
            ["- ", "– ", "— ", ": "]
                .iter()
                .find_map(|sep| rest.strip_prefix(sep))
                .is_some_and(|title| {
                    title
                        .split_whitespace()
                        .filter(|w| w.chars().any(char::is_alphabetic))
                        .count()
                        >= 1
                })
        };
        if let Some(Ok(phrase)) = self.find(line) {
            if phrase.span.start == 0 && single_day(&phrase.period).is_some() {
                return title_after(&line[phrase.span.end..]);
            }
        }
        // A time from the launch before the dash, and nothing else.
        [" - ", " – ", " — "].iter().any(|sep| {
            line.split_once(sep).is_some_and(|(when, what)| {
                words_of(&when.to_lowercase()).len() <= 6
                    && relative_in(when).is_some()
                    && self.find(when).is_none()
                    && what.chars().any(char::is_alphabetic)
            })
        })
    }

    /// "**Tagging Deadline:** Monday, 14 June 2027": a day the plan names, which a heading
    /// "Before the Tagging Deadline" may refer to (a span with its year is the plan's).
    fn named_day(&mut self, text: &str) {
        let Some((label, value)) = text.split_once(':') else {
            return;
        };
        let label = label.trim().trim_matches('*').trim().to_lowercase();
        if !(1..=5).contains(&words_of(&label).len()) {
            return;
        }
        if let Some(Ok(phrase)) = self.find(value) {
            match phrase.period {
                Period::Day { date } => self.named_days.push((label, date)),
                Period::Range { start, end } if phrase.year_written => {
                    self.stated_spans.push((start, end));
                }
                _ => {}
            }
        }
    }

    /// Whether a line is a short label and only a day or range ("Jam Voting: 18th – 20th",
    /// "Early bird ends: March 20").
    fn labelled_day(&mut self, text: &str) -> bool {
        let Some((label, value)) = text.split_once(':') else {
            return false;
        };
        let value = value.trim().trim_end_matches(['.', ' ']);
        // "21st – 27th" under "## March 2027": days of the heading's month.
        let ordinals_only = matches!(self.period_here(), Some(Period::Month { .. }))
            && ordinal_day_in(value).is_some()
            && value.split_whitespace().all(|w| {
                w.chars().all(|c| {
                    c.is_ascii_digit() || "-\u{2013}\u{2014}stndrh".contains(c.to_ascii_lowercase())
                })
            });
        (1..=5).contains(&words_of(&label.to_lowercase()).len())
            && !value.is_empty()
            && (ordinals_only
                || self.find(value).is_some_and(|p| {
                    p.is_ok_and(|p| {
                        p.span.start == 0
                            && p.span.end == value.len()
                            && matches!(p.period, Period::Day { .. } | Period::Range { .. })
                    })
                }))
    }

    /// Whether a line of its own says only a time from the launch, opening with it ("Two weeks
    /// after the forum opens", "3 days after launch:"), right after a list of a day the plan
    /// labelled with its date: the label of the next part of the timeline. (Not a sentence, a
    /// line with a date, or one amid other lists: "Two weeks after that we …".)
    fn relative_label_after_days(&self, text: &str) -> bool {
        let label = text.trim().trim_end_matches(':');
        let lower = label.to_lowercase();
        let words = words_of(&lower);
        let count = |w: &str| {
            w.chars().all(|c| c.is_ascii_digit())
                || [
                    "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                    "ten",
                ]
                .contains(&w)
        };
        let opens_with_time = words.len() >= 3
            && count(words[0])
            && relative_unit(words[1]).is_some()
            && ["after", "before"].contains(&words[2]);
        let after_a_day = matches!(
            self.plan.sections.last().and_then(|s| s.blocks.last()),
            Some(PlanBlock::Schedule(g)) if g.days.last().is_some_and(|d| !d.items.is_empty())
        );
        opens_with_time
            && after_a_day
            && words.len() <= 8
            && !label.ends_with(['.', '?', '!'])
            && self.find(label).is_none()
            && relative_in(label).is_some()
    }

    /// Whether a line ending in a colon names one day at its end ("Day before, Fri 11 June:",
    /// "Night of Sat 12 June, from 21:00 UTC:", "Two weeks later, Sat 26 June:"): at most five
    /// words before the day, and after it only a time.
    fn day_label_over_list(&self, text: &str) -> bool {
        let text = text.trim();
        let Some(body) = text.strip_suffix([':', '：']) else {
            return false;
        };
        if body.chars().count() > 80 {
            return false;
        }
        let Some(Ok(phrase)) = self.find(body) else {
            return false;
        };
        if single_day(&phrase.period).is_none() {
            return false;
        }
        let before = body[..phrase.span.start].to_lowercase();
        let after = body[phrase.span.end..].to_lowercase();
        words_of(&before).len() <= 5
            && words_of(&after).iter().all(|w| {
                w.chars().all(|c| c.is_ascii_digit())
                    || [
                        "from", "at", "by", "until", "am", "pm", "utc", "cet", "cest", "gmt", "et",
                        "pt", "h",
                    ]
                    .contains(w)
            })
    }

    /// "## Next steps (4-week plan, starting Monday 18 Mar)", Thai "(ตามแผน 4 สัปดาห์
    /// เริ่มวันจันทร์ 18 มี.ค.)": a heading that counts weeks from the day it names after a word
    /// for starting, in a plan that states no start of its own: that day.
    fn count_start_heading(&self, text: &str) -> Option<NaiveDate> {
        if self.plan.facts.sprint_start.is_some() {
            return None;
        }
        // A plan of weeks in so many words ("4-week plan", "6-week schedule", Thai "แผน 4
        // สัปดาห์"), not "Hiring (3 weeks, starting …)" or "Weekly sync, starting …".
        let lower = text.to_lowercase().replace('-', " ");
        let words = words_of(&lower);
        let weeks = words.iter().any(|w| {
            [
                "week", "weeks", "woche", "wochen", "semana", "semaine", "teden",
            ]
            .contains(w)
        }) || lower.contains("สัปดาห์");
        let plan = words
            .iter()
            .any(|w| ["plan", "schedule", "programme", "program", "roadmap"].contains(w))
            || lower.contains("แผน");
        if !weeks || !plan {
            return None;
        }
        let phrase = self.find(text)?.ok()?;
        let Period::Day { date } = phrase.period else {
            return None;
        };
        let before = text[..phrase.span.start].to_lowercase();
        let last = before.split_whitespace().last()?.trim_start_matches('(');
        [
            "starting",
            "starts",
            "start",
            "beginning",
            "begins",
            "commencing",
            "เริ่ม",
            "ab",
        ]
        .iter()
        .any(|w| last == *w || !last.is_ascii() && last.starts_with(w))
        .then_some(date)
    }

    /// "**Week 3 · SQL II**" (Estonian "**N3 · …**") over fields ("- Topics: joins", "- Do: 15
    /// queries") or nothing, in a plan that counts from a stated start: a week's work in one
    /// line, a task due at the end of its week (of its last, "Weeks 19–20"), the fields its
    /// notes. True when it was one.
    fn bold_week_label(
        &mut self,
        lines: &[String],
        bold_labels: &[bool],
        next: Option<&Block>,
        line: usize,
    ) -> bool {
        let Some(text) = self.counted_bold_label(lines, bold_labels) else {
            return false;
        };
        let Some((last, title)) = week_label_and_title(text) else {
            return false;
        };
        // Fields of what is learnt or made ("Topics:", "Do:"), not days ("Mon:"), deadlines
        // ("Due:") or anything dated ("Quiz: Wednesday 27 Jan"): those are work of the week.
        let field = |i: &ListItem| {
            i.task.is_none()
                && i.children.is_empty()
                && i.text.split_once(':').is_some_and(|(key, value)| {
                    let key = key.trim().trim_matches('*').trim();
                    let lower = key.to_lowercase();
                    !key.is_empty()
                        && key.split_whitespace().count() <= 3
                        && key
                            .chars()
                            .all(|c| c.is_alphabetic() || c == ' ' || c == ',')
                        && crate::plan::dates::weekday_named(key).is_none()
                        && !DEADLINES.contains(&lower.as_str())
                        && !words_of(&lower)
                            .iter()
                            .any(|w| ["due", "deadline"].contains(w))
                        && self.find(value).is_none()
                        && relative_in(value).is_none()
                })
        };
        // Over fields, or over nothing more (another label, a heading, a rule, the end); not
        // over a paragraph or a table, which say more of the week.
        let fields_next = match next {
            Some(Block::List { items }) => items.iter().all(field),
            Some(Block::Paragraph {
                lines, bold_labels, ..
            }) => {
                bold_labels.first().copied().unwrap_or(false)
                    && lines
                        .first()
                        .is_some_and(|l| week_label_and_title(l).is_some())
            }
            None | Some(Block::Heading { .. } | Block::Rule) => true,
            _ => false,
        };
        if !fields_next || title.is_empty() {
            return false;
        }
        self.list_item(&ListItem {
            text: title.to_string(),
            line,
            ..ListItem::default()
        });
        let Some(PlanBlock::Schedule(g)) = self.last_block() else {
            return true;
        };
        let Some(task) = g.items.last() else {
            return true;
        };
        if task.due.is_none() && task.offset.is_none() {
            let id = task.id.clone();
            self.numbered_days.push((id, last * 7));
        }
        self.week_label_fields = matches!(next, Some(Block::List { .. }));
        true
    }

    /// A paragraph of one line that opens in bold, in a schedule of a plan that states where its
    /// count starts: the line of a bold week's or day's label, perhaps (see `bold_week_label`,
    /// `bold_day_label`).
    fn counted_bold_label<'l>(&self, lines: &'l [String], bold_labels: &[bool]) -> Option<&'l str> {
        let [text] = lines else {
            return None;
        };
        (self.kind == SectionKind::Schedule
            && self.cursor != Cursor::Plan
            && bold_labels.first().copied().unwrap_or(false)
            && self.plan.facts.sprint_start.is_some())
        .then_some(text.as_str())
    }

    /// "**Monday Day 1: Kickoff meeting (2h)** (done)", "**Mardi-Mercredi J1-J2 : Audit des
    /// données**" (read "Day 2-3") over a list, in a plan that states where its count starts:
    /// the label's title is a task on that day of the count (the range's last), done when the
    /// line says so; the list under it is that day's (its bold fields with a value, "- **Who:**
    /// everyone", the task's notes). True when the line was read so.
    fn bold_day_label(
        &mut self,
        lines: &[String],
        bold_labels: &[bool],
        next: Option<&Block>,
        line: usize,
    ) -> bool {
        let (Some(text), Some(start)) = (
            self.counted_bold_label(lines, bold_labels),
            self.plan.facts.sprint_start,
        ) else {
            return false;
        };
        if !matches!(next, Some(Block::List { .. })) {
            return false;
        }
        let Some((label, title)) = text.split_once(':') else {
            return false;
        };
        let title = title.trim();
        let Some(n) = day_number_in(label) else {
            return false;
        };
        // The label is the day and nothing more: weekdays, the day of the count, a time
        // ("Friday Day 5 4pm", "Vendredi J4 16h").
        let lower = counts_in_english(label);
        let only_the_day = words_of(&lower).iter().all(|w| {
            *w == "day"
                || w.starts_with(|c: char| c.is_ascii_digit())
                || crate::plan::dates::weekday_named(w).is_some()
        });
        let Some(date) = n
            .checked_sub(1)
            .and_then(|d| start.checked_add_days(chrono::Days::new(u64::from(d))))
        else {
            return false;
        };
        if !only_the_day || title.is_empty() || words_of(&lower).len() > 6 {
            return false;
        }
        let at = usize::from((self.heading_level + 1).min(6));
        self.period_by_level[at] = Some(Period::Day { date });
        let before = self.plan.schedule_items().count();
        let done = says_done_at_end(title);
        // ("Kickoff meeting (2h) (done)": the state is the line's, not the task's name.)
        let title = match title.rsplit_once(" (") {
            Some((name, state)) if done && says_done_at_end(&format!("({state}")) => name.trim(),
            _ => title,
        };
        self.schedule_item(&ListItem {
            task: (!is_gate(title)).then_some(done),
            text: title.to_string(),
            line,
            ..ListItem::default()
        });
        if self.plan.schedule_items().count() > before {
            self.day_label_task = self.plan.schedule_items().last().map(|i| i.id.clone());
        }
        self.list_done = done;
        true
    }

    /// The `n`th month of a count that starts in a month's first week ("kickoff on Monday 4
    /// January 2027": month 7 is July 2027).
    pub(super) fn month_of_count(&self, n: u32) -> Option<Period> {
        use chrono::Datelike;
        let start = self.plan.facts.sprint_start.filter(|s| s.day() <= 7)?;
        let day = start.checked_add_months(chrono::Months::new(n.checked_sub(1)?))?;
        Some(Period::Month {
            year: day.year(),
            month: day.month(),
        })
    }

    /// "### Month 3-4: New features" ("เดือน 3-4") in a plan whose span starts on the first
    /// of a month ("Timeline: 6 months (March - August 2027)"): the last month of those the
    /// heading counts, March being month 1.
    fn month_of_the_count(&self, text: &str) -> Option<Period> {
        use chrono::Datelike;
        // From a stated start on the first of a month, or the span's first month; a heading
        // that opens with the count ("Month 3-4: …", "เดือน 3-4"), not one that mentions a
        // month ("Retention goals for month 3", "Month 12 renewal offer" past the span).
        let (start, end) = match (self.plan.facts.sprint_start, self.span_months) {
            (_, Some((start, end))) if self.month_one_named => (start, Some(end)),
            (Some(start), _) if start.day() == 1 => (start, None),
            (None, Some((start, end))) => (start, Some(end)),
            _ => return None,
        };
        // (Or a count in brackets at its end: "Milestone 1.1 — Ingest (Month 1–2)".)
        // (Only the count: not "Pricing (Months 1-3 free)".)
        // ("### End of phase 1 (Month 3):", a colon after the brackets, too.)
        let ay = self.month_one_in_ay;
        let text = match text
            .trim_end()
            .trim_end_matches(':')
            .trim_end()
            .strip_suffix(')')
            .and_then(|t| t.rsplit_once('('))
        {
            Some((_, aside))
                if aside
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| counts_months(&w.to_lowercase(), ay))
                    && aside.split_whitespace().count() <= 2 =>
            {
                aside
            }
            _ => text,
        };
        let lower = counts_in_english(&text.replace('\u{2013}', "-"));
        let words = words_of(&lower);
        let words: Vec<&str> = words
            .into_iter()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .collect();
        if !words.first().is_some_and(|w| counts_months(w, ay)) {
            return None;
        }
        let first: u32 = words.get(1)?.parse().ok()?;
        let last = words
            .get(2)
            .and_then(|w| w.parse::<u32>().ok())
            .filter(|&m| {
                m > first
                    && (lower.contains(&format!("{first}-{m}"))
                        || lower.contains(&format!("{first} - {m}")))
            })
            .unwrap_or(first);
        if !(1..=36).contains(&last) {
            return None;
        }
        let day = start.checked_add_months(chrono::Months::new(last - 1))?;
        if end.is_some_and(|end| day > end) {
            return None;
        }
        Some(Period::Month {
            year: day.year(),
            month: day.month(),
        })
    }

    /// "### Week 3: Starter Kit Launch" under a heading of a month ("## Plan (November 2027)"),
    /// in a plan that states no start to count weeks from: the third week of that month ("Week
    /// 3-4": the third and fourth), Monday
    /// to Sunday, week 1 being the week that holds the month's first Thursday (as ISO weeks
    /// count), so that a month starting on a weekend begins on the Monday after.
    fn week_of_month(&self, text: &str, at: usize) -> Option<Period> {
        if self.start_month.is_some()
            || self.plan.facts.sprint_start.is_some()
            || relative_in(text).is_some()
        {
            return None;
        }
        let Some(Period::Month { year, month }) =
            (1..at).rev().find_map(|level| self.period_by_level[level])
        else {
            return None;
        };
        let lower = text.to_lowercase();
        let words = words_of(&lower);
        let at_week = words
            .iter()
            .position(|w| matches!(*w, "week" | "woche" | "semana" | "semaine" | "settimana"))?;
        let n: i64 = words.get(at_week + 1)?.parse().ok()?;
        // One week, or weeks of the month ("Week 3-4"), not a count ("6-Week Plan").
        let last: i64 = match words.get(at_week + 2).map(|w| w.parse::<i64>()) {
            Some(Ok(m)) if m > n && m <= 6 && text.contains(['-', '\u{2013}']) => m,
            Some(Ok(_)) => return None,
            _ => n,
        };
        if !(1..=6).contains(&n) || at_week > 0 && words[at_week - 1].parse::<u32>().is_ok() {
            return None;
        }
        let first = NaiveDate::from_ymd_opt(year, month, 1)?;
        let weekday = i64::from(chrono::Datelike::weekday(&first).num_days_from_monday());
        let monday = if weekday <= 3 {
            first - chrono::Duration::days(weekday)
        } else {
            first + chrono::Duration::days(7 - weekday)
        };
        let start = monday + chrono::Duration::days(7 * (n - 1));
        Some(Period::Range {
            start,
            end: monday + chrono::Duration::days(7 * last - 1),
        })
    }

    /// "## Week 2: Expand" after "## 🚀 Launch Day", in a plan that numbered no week before
    /// it: the second week from the launch, whose items are due at its end (the launch day is
    /// the first day of week 1, so week 2 ends 13 days after it).
    fn weeks_after_launch_day(&mut self, text: &str, at: usize) {
        if self.launch_day_level.is_some_and(|level| at < level) {
            self.launch_day_level = None;
        }
        // "## Post-launch (weeks 1-4)" counts from the day after the launch, its own way.
        let lower = launch_words_in_english(&text.to_lowercase());
        let names_launch = words_of(&lower)
            .iter()
            .any(|w| ["launch", "release", "post", "after"].contains(w));
        let week = self.day_by_level[at].filter(|&(_, weeks)| weeks && !names_launch);
        // Not the plan's title ("# Pre-Launch & Launch Day Checklist").
        if self.relative_by_level[at].is_some_and(|o| o.amount == 0)
            && !self.plan.title.is_empty()
            && !self.weeks_before_launch_day
            && self.launch_day_level.is_none()
        {
            self.launch_day_level = Some(at);
            self.launch_night = words_of(&lower).contains(&"night");
        } else if let Some((day, _)) = week {
            if self.launch_day_level.is_some() {
                // (After a launch night, week 1 starts the next day: "## 🌙 Cutover night"
                // then "### Week 4: Report" ends 28 days after it.)
                let first = i32::from(!self.launch_night);
                self.relative_by_level[at] =
                    Offset::new(i32::try_from(day).unwrap_or(0) - first, OffsetUnit::Days);
            } else {
                self.weeks_before_launch_day = true;
            }
        }
    }

    /// "Wednesday: dry run" under "### Week -2": that weekday in the second calendar week
    /// before the launch's (weeks run Monday to Sunday; Week +1 is the one after the launch's),
    /// as days from the launch, once the launch date is known.
    fn weekday_in_launch_week(&self, text: &str) -> Option<Offset> {
        let week = self.signed_week_here()?;
        let launch = self.plan.facts.launch?;
        let first = text
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .split(|c: char| !c.is_alphanumeric())
            .next()?;
        let weekday = crate::plan::dates::weekday_named(first)?;
        // The label ends at its colon, dash or bold ("**Lundi** : …", "Monday - …").
        let after = text.trim_start_matches(|c: char| !c.is_alphanumeric())[first.len()..]
            .trim_start_matches(['*', ' ']);
        let rest = after.strip_prefix([':', '-', '\u{2013}', '\u{2014}'])?;
        // "Monday - Friday: daily standups" spans the week: no one day of it.
        let next = rest
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        if crate::plan::dates::weekday_named(next).is_some() {
            return None;
        }
        weekday_in_signed_week(week, weekday, launch)
    }

    /// The signed week ("### Week -2") of the deepest heading that dates what is under it,
    /// when that heading is one.
    pub(super) fn signed_week_here(&self) -> Option<i32> {
        let deepest = (1..7).rev().find(|&l| {
            self.week_by_level[l].is_some()
                || self.relative_by_level[l].is_some()
                || self.period_by_level[l].is_some()
        })?;
        self.week_by_level[deepest]
    }

    /// The time relative to launch the headings above state: the deepest one, or a day number
    /// under a section after the launch ("T+1 to T+7: Launch Week" then "### Day 2-3": three
    /// days after it).
    /// "### Sunday before release", "### Pre-launch (now - 18:00 on Tuesday)": a heading that
    /// names a weekday before (−1) or after (+1) the launch, or one weekday in a pre-launch
    /// heading (0: on or before the launch's day); what is under it is dated from the launch
    /// once the plan has been read (see `offsets_of_weekdays`).
    fn weekday_of_heading(text: &str) -> Option<(chrono::Weekday, i32)> {
        if let Some(found) = weekday_from_launch(text) {
            return Some(found);
        }
        let lower = text.to_lowercase();
        // "### Must do (before Monday)", Korean "### 필수 (Monday 전)": due the day before that
        // weekday, the last such day on or before the launch's.
        if let Some(weekday) = before_a_weekday(&lower) {
            return Some((weekday.pred(), 0));
        }
        let pre = [
            "pre-launch",
            "pre launch",
            "prelaunch",
            "pre-release",
            "before launch",
        ]
        .iter()
        .any(|p| lower.starts_with(p));
        if !pre {
            return None;
        }
        let weekdays: Vec<chrono::Weekday> = words_of(&lower)
            .iter()
            .filter_map(|w| crate::plan::dates::weekday_named(w))
            .collect();
        match weekdays.as_slice() {
            [one] => Some((*one, 0)),
            _ => None,
        }
    }

    /// "Pre-RC1 Steps, Cutting the Stable Branch" right over its boxes, "Final Release Steps:"
    /// over the next: in a plan with no heading under its title (an issue's body), lines of a
    /// few words, each right over a list, two or more of them, are its sections' headings.
    /// (Not a sentence, a question, a field with its value or a line with a date.)
    fn unheaded_labels(&self, blocks: &[Block]) -> Vec<usize> {
        let headings = blocks
            .iter()
            .filter(|b| matches!(b, Block::Heading { .. }))
            .count();
        let title = blocks
            .iter()
            .any(|b| matches!(b, Block::Heading { level: 1, .. }));
        if headings > usize::from(title) {
            return Vec::new();
        }
        // The milestones of the plan's timeline: bullets that state their day.
        let milestones: Vec<Vec<String>> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::List { items } => Some(items),
                _ => None,
            })
            .flatten()
            .filter_map(|i| self.milestone_name(&i.text))
            .collect();
        let labels: Vec<(usize, &str)> = (0..blocks.len())
            .filter_map(|at| {
                let Block::Paragraph { lines, line, .. } = &blocks[at] else {
                    return None;
                };
                let [text] = lines.as_slice() else {
                    return None;
                };
                // Over a checklist ("Key dates" over plain bullets is the timeline itself).
                let over_a_list = matches!(blocks.get(at + 1), Some(Block::List { items })
                    if items.first().is_some_and(|i| i.line == line + 1)
                        && items.iter().any(|i| i.task.is_some()));
                let label = text.trim_end_matches(':');
                (over_a_list
                    && label.split_whitespace().count() <= 8
                    && !label.ends_with(['.', '?', '!'])
                    && !label.contains(": ")
                    && self.find(label).is_none())
                .then_some((at, text.as_str()))
            })
            .collect();
        // Two of them at least name a milestone ("Pre-RC1 Steps, Cutting the Stable Branch",
        // "Final Release Steps" under "Target Release – w3 / 18th Jan"), and none is a gate
        // ("Code freeze steps" would be a decision point as a heading).
        let naming = labels
            .iter()
            .filter(|(_, text)| {
                let words = milestone_words(text);
                milestones.iter().any(|m| names_milestone(&words, m))
            })
            .count();
        let gate = labels
            .iter()
            .any(|(_, text)| crate::schedule::gates::is_gate(text));
        if naming >= 2 && !gate {
            labels.into_iter().map(|(at, _)| at).collect()
        } else {
            Vec::new()
        }
    }

    /// The words of a milestone's name when `text` is one that states its day, named before it
    /// in six words or fewer ("Stable v4.3 branch and RC1 – w50 / 14th Dec": stable, v4,
    /// branch, rc1).
    fn milestone_name(&self, text: &str) -> Option<Vec<String>> {
        let Some(Ok(phrase)) = self.find(text) else {
            return None;
        };
        let name = text[..phrase.span.start]
            .split([':', '–', '—', '('])
            .next()
            .unwrap_or_default();
        (1..=6)
            .contains(&name.split_whitespace().count())
            .then(|| milestone_words(name))
    }

    /// "-40 Budget and venue settled A B D", "-32 Workshop leaders invited", "0 Conference":
    /// lines of a paragraph that open with a count, in a plan that said what it counts in
    /// ("Counted in weeks before the conference."): each an entry that many units from the
    /// launch. Three lines or more, two of them before it. Whether the paragraph was read so.
    fn counted_lines(&mut self, lines: &[String], line: usize) -> bool {
        if let Some(unit) = lines.iter().find_map(|l| counted_in(l)) {
            self.counted_in = Some(unit);
        }
        let Some(unit) = self.counted_in else {
            return false;
        };
        let counts: Vec<(i32, &str)> = lines.iter().filter_map(|l| leading_count(l)).collect();
        // In the order of time, as a timetable is ("-2 Onboarding", "-5 Pricing" are scores).
        if lines.len() < 3
            || counts.len() < lines.len()
            || counts.iter().filter(|(n, _)| *n < 0).count() < 2
            || counts.windows(2).any(|w| w[0].0 > w[1].0)
        {
            return false;
        }
        if self.cursor == Cursor::Plan {
            self.section();
            self.cursor = Cursor::Section;
        }
        let at = usize::from(self.heading_level.min(5)) + 1;
        let before = self.relative_by_level[at];
        for (i, (n, text)) in counts.into_iter().enumerate() {
            self.relative_by_level[at] = Offset::new(n, unit);
            self.list_item(&ListItem {
                text: text.to_string(),
                line: line + i,
                ..ListItem::default()
            });
        }
        self.relative_by_level[at] = before;
        true
    }

    fn heading_offset(&self) -> Option<Offset> {
        let relative = (1..7).rev().find(|&l| self.relative_by_level[l].is_some());
        let numbered = (1..7).rev().find(|&l| self.day_by_level[l].is_some());
        match (relative, numbered) {
            (Some(r), Some(n)) if n > r => {
                let base = self.relative_by_level[r]?;
                let (day, weeks) = self.day_by_level[n]?;
                if base.amount > 0 && !weeks {
                    Offset::new(i32::try_from(day).ok()?, OffsetUnit::Days)
                } else {
                    Some(base)
                }
            }
            (Some(r), _) => self.relative_by_level[r],
            (None, _) => None,
        }
    }

    /// Nested plain bullets and further paragraphs of an item: its notes.
    fn item_notes(&self, item: &ListItem) -> Vec<String> {
        self.notes_under(item, false)
    }

    /// The notes under `item`: its continuation lines and the children that are not its
    /// subtasks, or every child when `subtasks_too` (a block with no subtasks of its own, a
    /// channel's entry, keeps what would be one as a note rather than drop it).
    fn notes_under(&self, item: &ListItem, subtasks_too: bool) -> Vec<String> {
        let mut notes: Vec<String> = item.extra.clone();
        for child in item
            .children
            .iter()
            .filter(|c| subtasks_too || !self.is_subtask(item, c))
        {
            let steps = self.label_steps(child, item.task.is_some());
            if field_box(child).is_some() {
                // A field written as a checkbox: the field, without the box.
                notes.push(item_source(&ListItem {
                    task: None,
                    ..child.clone()
                }));
            } else if steps.is_empty() {
                notes.push(item_source(child));
            } else {
                // The label, and what under it is not one of its steps.
                let mut kept = child.clone();
                kept.children = child
                    .children
                    .iter()
                    .filter(|c| !steps.iter().any(|s| std::ptr::eq(*s, *c)))
                    .cloned()
                    .collect();
                notes.push(item_source(&kept));
            }
        }
        notes
    }

    /// The ID of the open block when `is_kind` accepts it; otherwise opens an untitled block
    /// made by `make` (a list written straight under its section heading) and returns its ID.
    fn open_block_of(
        &mut self,
        line: usize,
        kind: &str,
        is_kind: fn(&PlanBlock) -> bool,
        make: fn(NodeId) -> PlanBlock,
    ) -> NodeId {
        if let Some(block) = self.last_block().filter(|b| is_kind(b)) {
            return block.id().clone();
        }
        let parent = self.section_id();
        let id = self.id(&parent, kind, "", line);
        self.push_block(make(id.clone()));
        id
    }

    fn milestone(&mut self, item: &ListItem) {
        let parent = self.open_block_of(
            item.line,
            "milestones",
            |b| matches!(b, PlanBlock::Milestones(_)),
            |id| {
                PlanBlock::Milestones(MilestoneGroup {
                    id,
                    ..Default::default()
                })
            },
        );
        let (text, done) = done_state(item);
        let phrase = self.date_at_start(&text, item.line);
        let title = match &phrase {
            Some(p) => lead_trimmed(text.get(p.span.end..).unwrap_or_default()),
            None => text.clone(),
        };
        let id = self.id(&parent, "milestone", &text, item.line);
        let mut points = Vec::new();
        let mut notes = item.extra.clone();
        for child in &item.children {
            let (child_text, _) = done_state(child);
            let point_id = self.id(&id, "point", &child_text, child.line);
            points.push(Point {
                id: point_id,
                text: child_text,
                modified: Stamp::UNKNOWN,
            });
            notes.extend(child.children.iter().map(item_source));
        }
        let period = phrase.map(|p| p.period);
        let milestone = Milestone {
            id,
            title,
            period,
            done,
            points,
            notes,
            modified: Stamp::UNKNOWN,
        };
        if let Some(PlanBlock::Milestones(group)) = self.last_block() {
            group.milestones.push(milestone);
        }
    }

    fn decision_line(&mut self, item: &ListItem) {
        let text = item.text.clone();
        let line = item.line;
        let section = self.section_id();
        let in_gate_list = self.gate_list.as_ref() == Some(&section);
        if (in_gate_list || (self.cursor == Cursor::Section && !self.section_has_gate()))
            && is_gate(&text)
            && !is_gate(&self.section().title.clone())
        {
            // A list of gates ("## Gates" then "- Gate 1 (Day 2): supplier sign-off"): each
            // bullet is a decision point; a checkbox one stays a task to tick, and a decision
            // point all the same (see `schedule::gates`).
            if item.task.is_some() {
                self.schedule_item(item);
            } else {
                self.bullet_gate(item);
            }
            return;
        }
        if self.cursor == Cursor::Section {
            // A checklist straight under a gate's own heading ("## T-24h: Final Go/No-Go"): the
            // heading is the decision point, and the checklist its tasks.
            self.section_gate(line);
        }
        if item.task.is_some() {
            self.gate_groups(line);
        }
        // "### Stop if" or "### Ready for launch when:" over "- [ ] Search p95 above 2s": an
        // open box that states one of the conditions, kept as a note with its box.
        if item.task.is_some()
            && !done_state(item).1
            && !is_gate(&text)
            && (self.under_conditions_heading() && !self.graded_work(&text)
                || self.conditions_label)
            && self.find(&text).is_none()
        {
            self.unrecognised(item_source(item), line);
            return;
        }
        if item.task.is_some() && self.section_has_gate() {
            let labelled_line = ["criteria", "fallback", "decision"]
                .iter()
                .any(|l| labelled(&text, l).is_some());
            if !labelled_line {
                self.schedule_item(item);
                return;
            }
        }
        let Some(PlanBlock::Decision(_)) = self.last_block() else {
            // A checkbox with no decision point above it is a task all the same (and one the
            // export wrote from a schedule of this section reads back as one).
            if item.task.is_some() {
                self.schedule_item(item);
            } else {
                self.unrecognised(item_source(item), line);
            }
            return;
        };
        let outcome = labelled(&text, "decision").and_then(|rest| self.decision_record(rest, line));
        let Some(PlanBlock::Decision(d)) = self.last_block() else {
            return;
        };
        if let Some(criteria) = labelled(&text, "criteria") {
            d.criteria = Some(criteria.to_string());
        } else if let Some(fallback) = labelled(&text, "fallback") {
            d.fallback = Some(fallback.to_string());
        } else if outcome.is_some() {
            d.outcome = outcome;
        } else if d.title.is_empty() {
            d.title = text;
        } else {
            d.notes.push(text);
        }
        d.notes.extend(item.extra.iter().cloned());
        d.notes.extend(item.children.iter().map(item_source));
    }

    /// The day or period what is written here falls in: the open day, else the open group's
    /// period, else the deepest heading's.
    fn period_here(&mut self) -> Option<Period> {
        let in_day = self.cursor == Cursor::Day;
        let from_block = match self.last_block() {
            Some(PlanBlock::Schedule(g)) => match g.days.last().filter(|_| in_day) {
                Some(day) => Some(Period::Day { date: day.date }),
                None => g.period,
            },
            _ => None,
        };
        from_block.or_else(|| (1..7).rev().find_map(|level| self.period_by_level[level]))
    }

    /// A line that labels a gate in bold with its day or its ballot ("**Go/No-Go Decision:** April
    /// 13, 2026", "**Go/No-Go (2.1)**: ✅ GO / ❌ NO-GO", "**Sign-off**: ____"): a decision point,
    /// dated by its day or by the heading it is under; true when it was one. (The caller checks
    /// the bold: the Markdown export writes notes as they are, and "Sign-off: April 2" there
    /// must read back as a note.)
    fn labelled_gate(&mut self, text: &str, line: usize) -> bool {
        let Some((label, value)) = text.split_once(':') else {
            return false;
        };
        // (Not a time's colon: "**Go/no-go call at 16:00** with support".)
        if label.ends_with(|c: char| c.is_ascii_digit())
            && value.starts_with(|c: char| c.is_ascii_digit())
        {
            return false;
        }
        let label = label.trim();
        if self.kind != SectionKind::Schedule
            || label.is_empty()
            || label.split_whitespace().count() > 6
            || !is_gate(label)
        {
            return false;
        }
        let lower = value.to_lowercase();
        let ballot = lower.contains("no-go")
            || lower.contains("no go")
            || value.contains('☐')
            || !value.trim().is_empty()
                && value.trim().chars().all(|c| c == '_' || c.is_whitespace());
        let found = self.find(value).and_then(Result::ok);
        let own = match &found {
            Some(phrase) => match phrase.period {
                Period::Day { date } => Some(date),
                Period::Range { start, .. } => Some(start),
                _ => return false,
            },
            // "**Script freeze 4/26:** after that Saturday no new lyrics": the label's day
            // (written in numbers without a year, read in the order the plan's other such days
            // are: "**Cue freeze 5/10:**" in a plan of "4/19", "4/26", "5/13").
            None => self
                .find(label)
                .and_then(Result::ok)
                .or_else(|| {
                    let day_first = self.slashed_order?;
                    NumericDates {
                        in_use: true,
                        day_first,
                        ..NumericDates::in_force()
                    }
                    .apply(|| self.find(label))?
                    .ok()
                })
                .and_then(|p| single_day(&p.period))
                // "**Go/no-go:** 7:45am PDT on the bridge call" among the fields under the launch
                // day's: a time of that day.
                .or_else(|| {
                    // (Not "10am, two days before launch", nor "4pm Monday": another day, nor
                    // a value that names a weekday anywhere: "… try again Saturday", "The
                    // decision meeting is on Wednesday".)
                    let other_day = relative_in(value).is_some()
                        || words_of(&value.to_lowercase())
                            .iter()
                            .any(|w| crate::plan::dates::weekday_named(w).is_some());
                    (self.cursor == Cursor::Plan
                        && starts_with_time(value.trim_start())
                        && !other_day)
                        .then_some(self.plan.facts.launch)
                        .flatten()
                }),
        };
        // "**Gel du code :** plus aucun commit à partir du samedi 4 septembre.": what the value
        // says besides its day is kept, the whole line the gate's title.
        let says_more = found
            .as_ref()
            .is_some_and(|phrase| says_more_than_its_date(value, phrase.span.clone()));
        // "**Sign-Off**: ✅ CUTOVER COMPLETE": the gate, recorded as taken, named by both.
        let recorded = value.trim_start().starts_with(DONE_MARKS)
            && value.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !ballot;
        if own.is_none() && !ballot && !recorded {
            return false;
        }
        if own.is_some() {
            self.date_in(value, line);
        }
        let heading_offset = (1..7).rev().find_map(|level| self.relative_by_level[level]);
        let date = own.or_else(|| self.period_here().map(|p| p.first_day()));
        let section = self.section_id();
        let id = self.id(&section, "decision", label, line);
        // "**Review Meeting:** Friday, Week 1" right above "**Decision:** GO/NO-GO for Wave 2":
        // the decision is taken at that meeting.
        if let (None, Some((at, n))) = (date, self.meeting_day) {
            if line.saturating_sub(at) <= 2 {
                self.numbered_days.push((id.clone(), n));
            }
        }
        if let (None, Some(offset)) = (date, heading_offset) {
            self.relative_gates.push((id.clone(), offset));
        }
        // "**Decision:** GO/NO-GO for Wave 2": the value names the decision (what the go is
        // for), not a ballot to mark.
        let names_the_decision = own.is_none()
            && ["go/no-go", "go / no-go", "go-no-go", "go/no go"]
                .iter()
                .any(|c| lower.trim_start().starts_with(c))
            && !value.contains(['☐', '☑', '✅', '❌', '✔'])
            && words_of(&lower)
                .windows(2)
                .any(|w| w[0].ends_with("go") && ["for", "on"].contains(&w[1]));
        let title = if recorded {
            format!(
                "{label}: {}",
                value.trim().trim_start_matches(DONE_MARKS).trim()
            )
        } else if names_the_decision {
            value.trim().to_string()
        } else if says_more {
            text.trim().to_string()
        } else {
            label.to_string()
        };
        self.pending_gates.push(DecisionPoint {
            id,
            date,
            title,
            // The ballot "✅ GO / ❌ NO-GO" is kept; a blank to fill in ("____") says nothing.
            notes: (value.chars().any(char::is_alphanumeric) && own.is_none() && !recorded)
                .then(|| value.trim().to_string())
                .into_iter()
                .collect(),
            ..Default::default()
        });
        true
    }

    /// "### P1-A: Split the vendor bundle" over "**Action:** …" and "**Goal:** …", no list: a
    /// piece of work named by its ID, the heading the task, what stands under it its notes (due
    /// as the headings above it say). Asked when the next heading opens, or the plan ends.
    fn close_id_heading(&mut self) {
        if self.kind != SectionKind::Schedule || self.in_note_section() {
            return;
        }
        let Some(PlanBlock::Schedule(g)) = self.last_block() else {
            return;
        };
        let titled = g
            .label
            .split_once(':')
            .is_some_and(|(id, rest)| status::is_id(id.trim()) && !rest.trim().is_empty());
        if !titled || !g.items.is_empty() || !g.days.is_empty() || g.period.is_some() {
            return;
        }
        let title = std::mem::take(&mut g.label);
        let notes = std::mem::take(&mut g.notes);
        let group = g.id.clone();
        let line = self.lines.get(&group).copied().unwrap_or_default();
        let before = self.plan.schedule_items().count();
        self.schedule_item(&ListItem {
            text: title,
            line,
            ..ListItem::default()
        });
        if self.plan.schedule_items().count() > before {
            if let Some(PlanBlock::Schedule(g)) = self.last_block() {
                if let Some(item) = g.items.last_mut() {
                    item.notes.extend(notes);
                }
            }
        }
    }

    /// "Launch. 24 March 2031" (a label of at most three words, a full stop, then a date): the
    /// same line with a colon after the label. None for any other line ("Note. Bring a pencil",
    /// "1. Step", a line with a colon already).
    fn dotted_label(&self, text: &str) -> Option<String> {
        if text.contains(':') {
            return None;
        }
        let (label, value) = text.split_once(". ")?;
        let words = label.split_whitespace().count();
        let dated = matches!(self.find(value.trim_start()), Some(Ok(p)) if p.span.start == 0);
        ((1..=3).contains(&words)
            && label.chars().any(char::is_alphabetic)
            && !label.ends_with(|c: char| c.is_ascii_digit())
            && dated)
            .then(|| format!("{label}: {value}"))
    }

    /// Makes the current section's heading its decision point, dated by the heading (a day, or a
    /// time relative to launch once the launch is known).
    pub(super) fn section_gate(&mut self, line: usize) {
        let title = self.section().title.clone();
        if self.section_has_gate() || !self.section_names_a_gate() {
            return;
        }
        let phrase = self.date_in(&title, line);
        self.heading_gate(&title, phrase.as_ref(), line);
        // "## Phase exit gate (acceptance)" then "Gate review: Friday, 11 April 2031.": a line
        // of the section before its list that says when the gate is reviewed dates it.
        let notes = self.section().notes.clone();
        let day = self.gate_day_in(&notes);
        if let (Some(day), Some(PlanBlock::Decision(d))) = (day, self.last_block()) {
            if d.date.is_none() {
                d.date = Some(day);
                let id = d.id.clone();
                self.relative_gates.retain(|(g, _)| *g != id);
            }
        }
    }

    /// The day a line among a gate's notes says it is reviewed or signed ("Gate review: Friday,
    /// 11 April 2031.", "**Date**: March 6, 2031" under "## Sign-Off").
    fn gate_day_in(&self, notes: &[String]) -> Option<NaiveDate> {
        notes.iter().find_map(|note| {
            let (key, value) = note.split_once(':')?;
            let key = key.to_lowercase();
            let words = words_of(&key);
            let when = words.len() <= 4
                && (is_gate(&key)
                    || words.iter().any(|w| {
                        ["review", "date", "meeting", "pregled", "datum", "termin"].contains(w)
                    }));
            when.then(|| self.find(value)?.ok())
                .flatten()
                .and_then(|p| single_day(&p.period))
        })
    }

    /// A gate's section that said its day only after the gate was opened: the gate is on that
    /// day. And "## Sign-Off" closing a review with who signed and "**Date**: March 6, 2031",
    /// no gate and no work of its own: the sign-off is a decision point on that day.
    fn date_gates_by_their_lines(&mut self) {
        let mut dated = Vec::new();
        let mut signed = Vec::new();
        for (at, section) in self.plan.sections.iter().enumerate() {
            let lower = section.title.to_lowercase();
            let sign_off = matches!(words_of(&lower).as_slice(), ["sign", "off"] | ["signoff"]);
            let quiet = section.blocks.iter().all(|b| match b {
                PlanBlock::Schedule(g) => g.items.iter().all(|i| i.done) && g.days.is_empty(),
                _ => false,
            });
            if sign_off && quiet {
                let lines: Vec<String> = section
                    .notes
                    .iter()
                    .chain(section.blocks.iter().flat_map(|b| match b {
                        PlanBlock::Schedule(g) => g.notes.iter(),
                        _ => [].iter(),
                    }))
                    .cloned()
                    .collect();
                if let Some(day) = self.gate_day_in(&lines) {
                    signed.push((at, day));
                }
            }
        }
        for (at, day) in signed {
            let section = &self.plan.sections[at];
            let id = self.id(&section.id.clone(), "decision", &section.title.clone(), 0);
            let title = self.plan.sections[at].title.clone();
            self.plan.sections[at].blocks.insert(
                0,
                PlanBlock::Decision(DecisionPoint {
                    id,
                    date: Some(day),
                    title,
                    ..Default::default()
                }),
            );
        }
        for section in &self.plan.sections {
            for block in &section.blocks {
                if let PlanBlock::Decision(d) = block {
                    if d.date.is_none() && d.title == section.title {
                        if let Some(day) = self.gate_day_in(&d.notes) {
                            dated.push((d.id.clone(), day));
                        }
                    }
                }
            }
        }
        for (id, day) in dated {
            self.relative_gates.retain(|(g, _)| *g != id);
            if let Some(NodeMut::Block(PlanBlock::Decision(d))) = self.plan.node_mut(&id) {
                d.date = Some(day);
            }
        }
    }

    /// Whether what is read is the plan's first section, one of facts about the event ("##
    /// Info", "## Details", "## Informace") with nothing read into it but its fields yet.
    fn in_info_section(&self) -> bool {
        let [section] = self.plan.sections.as_slice() else {
            return false;
        };
        let lower = section.title.to_lowercase();
        section.blocks.is_empty()
            && matches!(
                words_of(&lower).as_slice(),
                ["info"]
                    | ["information"]
                    | ["informace"]
                    | ["informationen"]
                    | ["details"]
                    | ["event", "details"]
                    | ["about"]
                    | ["základní", "informace"]
                    | ["basic", "info"]
            )
    }

    /// "## 16 August: Code freeze" over paragraphs only (a blog post that announces the
    /// dates): the section's dated heading may be a decision point, as it would be over a
    /// checklist. Called as the next section opens (and at the end), with the line it is at;
    /// remembers the section for [`Self::place_prose_gates`].
    fn prose_gate_section(&mut self, line: usize) {
        let Some(section) = self.plan.sections.last() else {
            return;
        };
        if !section.blocks.is_empty()
            || section.title.is_empty()
            || self.kind != SectionKind::Schedule
            || self.in_note_section()
            || !is_gate(&section.title)
        {
            return;
        }
        let title = section.title.clone();
        let Some(phrase) = self.find(&title).and_then(Result::ok) else {
            return;
        };
        if matches!(phrase.period, Period::Day { .. }) {
            self.prose_gates.push((self.plan.sections.len() - 1, line));
        }
    }

    /// "## Подготовка" (every step timed before the meetup), "## Проведение" (no step timed),
    /// "## После митапа" (every step timed after it): the steps of an untimed section between a
    /// section all before the launch and one all after it are the launch day's own.
    fn day_of_between_before_and_after(&mut self) {
        // The signs of a section's steps: Some(-1) all timed before the launch, Some(1) all
        // after, Some(0) none timed nor dated at all; None for anything else or no steps.
        let signs = |section: &Section| {
            let items: Vec<&Item> = section
                .blocks
                .iter()
                .filter_map(|b| match b {
                    PlanBlock::Schedule(g) if g.days.is_empty() => Some(g.items.iter()),
                    _ => None,
                })
                .flatten()
                .collect();
            let untimed = |i: &&Item| i.offset.is_none() && i.due.is_none() && i.within.is_none();
            let sign = |i: &&Item| i.offset.map(|o| o.amount.signum());
            let first = items.first()?;
            if items.iter().all(untimed) {
                return Some(0);
            }
            let s = sign(first).filter(|s| *s != 0)?;
            items.iter().all(|i| sign(i) == Some(s)).then_some(s)
        };
        // (The middle heading names the day or its running: "Проведение", "During the event",
        // "Launch day"; not "Open questions" or "Backlog".)
        let names_the_day = |title: &str| {
            let lower = title.to_lowercase();
            launch_day_heading(title).is_some()
                || words_of(&lower).first().is_some_and(|w| {
                    [
                        "проведение",
                        "during",
                        "durante",
                        "pendant",
                        "während",
                        "tijdens",
                        "během",
                        "podczas",
                        "sırasında",
                    ]
                    .contains(w)
                })
                || [
                    "day of",
                    "on the day",
                    "event day",
                    "в день",
                    "во время",
                    "am tag",
                    "jour j",
                ]
                .iter()
                .any(|p| lower.contains(p))
        };
        let found: Vec<Option<i32>> = self.plan.sections.iter().map(signs).collect();
        for at in 1..found.len().saturating_sub(1) {
            if found[at - 1] != Some(-1)
                || found[at] != Some(0)
                || found[at + 1] != Some(1)
                || !names_the_day(&self.plan.sections[at].title)
            {
                continue;
            }
            for block in &mut self.plan.sections[at].blocks {
                if let PlanBlock::Schedule(g) = block {
                    for item in &mut g.items {
                        item.offset = Offset::new(0, OffsetUnit::Days);
                    }
                }
            }
        }
    }

    /// "- 01/14 Kickoff call", "- 02/12 Theme announced", "- 04/08 Hall booked", read after
    /// "Sep 20" of the same year: the first two fall more than half a year before it and went
    /// into the next year, the third stayed. A group of steps written in date order, each with
    /// its yearless day, is one run through the year: the steps before the first one that
    /// goes back in time are a year early when that puts the whole group in order.
    fn yearless_run_in_order(&mut self) {
        use chrono::Datelike;
        // Each step's own yearless day, as read (None for any other step).
        let own_day = |i: &Item| {
            let due = i.due.filter(|_| i.offset.is_none() && i.within.is_none())?;
            let phrase = self.find(&i.text)?.ok()?;
            let Period::Day { date } = phrase.period else {
                return None;
            };
            (!phrase.year_written && (date.month(), date.day()) == (due.month(), due.day()))
                .then_some(due)
        };
        let mut found = Vec::new();
        for (at, section) in self.plan.sections.iter().enumerate() {
            for (b, block) in section.blocks.iter().enumerate() {
                let PlanBlock::Schedule(g) = block else {
                    continue;
                };
                // ("01/14", "02/12": month first, as the list was read.)
                let numeric = match slashed_days_first(g.items.iter().map(|i| i.text.as_str())) {
                    Some(day_first) => NumericDates {
                        in_use: true,
                        day_first,
                        ..NumericDates::in_force()
                    },
                    None => NumericDates::in_force(),
                };
                let days: Option<Vec<NaiveDate>> =
                    numeric.apply(|| g.items.iter().map(own_day).collect());
                // (Follow-ups after the launch, "Oct 15", "Nov 20", "Mar 20", go on into the next
                // year rather than back before the launch.)
                let launch = self.plan.facts.launch;
                let moved = days.filter(|d| d.len() >= 3).and_then(|d| {
                    let back = in_order(&d)?;
                    let crosses_the_launch = launch.is_some_and(|l| {
                        d.iter().zip(&back).any(|(was, now)| *was >= l && *now < l)
                    });
                    if crosses_the_launch {
                        let turn = d.windows(2).position(|w| w[1] < w[0])?;
                        let mut on = d[..=turn].to_vec();
                        for day in &d[turn + 1..] {
                            on.push(crate::plan::dates::date_in_years(*day, 1)?);
                        }
                        on.windows(2).all(|w| w[0] <= w[1]).then_some(on)
                    } else {
                        Some(back)
                    }
                });
                if let Some(moved) = moved {
                    found.push((at, b, moved));
                }
            }
        }
        for (at, b, moved) in found {
            if let PlanBlock::Schedule(g) = &mut self.plan.sections[at].blocks[b] {
                for (item, day) in g.items.iter_mut().zip(moved) {
                    item.due = Some(day);
                }
            }
        }
    }

    /// "| **Oct 16** | Exporter done |" … "| **Jan 4** | Doors open |" read after the launch's
    /// own section (January 4, 2027): each day without its year takes the year that keeps it
    /// after the day read last, so the whole table falls a year after the launch. A table of
    /// three days or more, each written without its year, in date order, all after the launch,
    /// that a year earlier all fall in the half year up to the launch (the last one on it at
    /// most), is the run-up to the launch: its rows are due a year earlier. Follow-ups after
    /// the launch ("Jan 20", "Feb 15": a year earlier they would be long before the run-up),
    /// or a table with a year written, stay as read.
    fn run_up_tables_a_year_early(&mut self) {
        use chrono::Datelike;
        let Some(launch) = self.plan.facts.launch else {
            return;
        };
        let run_up = launch - chrono::Days::new(183)..=launch;
        for (at, days) in std::mem::take(&mut self.yearless_tables) {
            let (Some(first), Some(last)) = (days.first(), days.last()) else {
                continue;
            };
            let earlier = |d: &NaiveDate| d.with_year(d.year() - 1);
            if *first <= launch
                || !earlier(first).is_some_and(|d| run_up.contains(&d))
                || !earlier(last).is_some_and(|d| run_up.contains(&d))
            {
                continue;
            }
            let Some(section) = self.plan.sections.get_mut(at) else {
                continue;
            };
            // (Not a table that looks past the launch: under "## Looking ahead", "## Next
            // steps", "## Follow-up", "## After the launch", or whose rows name a review or a
            // renewal, "| Nov 15 | Six-month review |".)
            let title = section.title.to_lowercase();
            let ahead = words_of(&title).iter().any(|w| {
                [
                    "ahead",
                    "next",
                    "after",
                    "afterwards",
                    "later",
                    "future",
                    "follow",
                ]
                .contains(w)
                    || w.starts_with("follow-up")
                    || w.starts_with("post")
            });
            let reviews = section.blocks.iter().any(|block| match block {
                PlanBlock::Schedule(g) => g.items.iter().any(|i| {
                    let text = i.text.to_lowercase();
                    i.due.is_some_and(|d| days.contains(&d))
                        && [
                            "review",
                            "renew",
                            "retro",
                            "anniversary",
                            "follow-up",
                            "follow up",
                        ]
                        .iter()
                        .any(|w| text.contains(w))
                }),
                _ => false,
            });
            if ahead || reviews {
                continue;
            }
            for block in &mut section.blocks {
                match block {
                    PlanBlock::Schedule(g) => {
                        for item in g.items.iter_mut().filter(|i| i.offset.is_none()) {
                            if let Some(day) = item.due.filter(|d| days.contains(d)) {
                                item.due = earlier(&day).or(item.due);
                            }
                        }
                    }
                    PlanBlock::Decision(d) => {
                        if let Some(day) = d.date.filter(|d| days.contains(d)) {
                            d.date = earlier(&day).or(d.date);
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    /// "### One day before" (every step timed before the launch), "### Event:" (no step timed),
    /// then "### After the event" or nothing: inside one section, the steps of an untimed group
    /// whose heading names only the event are the event day's own.
    fn day_of_group_after_the_countdown(&mut self) {
        let timed = |i: &Item| i.offset.is_some() || i.due.is_some() || i.within.is_some();
        let before = |i: &Item| i.offset.is_some_and(|o| o.amount < 0);
        for section in &mut self.plan.sections {
            let groups: Vec<usize> = (0..section.blocks.len())
                .filter(
                    |&b| matches!(&section.blocks[b], PlanBlock::Schedule(g) if g.days.is_empty()),
                )
                .collect();
            let group = |b: usize| match &section.blocks[b] {
                PlanBlock::Schedule(g) => Some(g),
                _ => None,
            };
            let mut found = Vec::new();
            for (n, &at) in groups.iter().enumerate().skip(1) {
                let (Some(last), Some(this)) = (group(groups[n - 1]), group(at)) else {
                    continue;
                };
                // (Not when the countdown goes on after it: "### Event" between "### Week
                // before" and "### Day before" is a step's topic, not its day.)
                let next_counts_down = groups
                    .get(n + 1)
                    .and_then(|&b| group(b))
                    .is_some_and(|g| g.items.iter().any(before));
                if !last.items.is_empty()
                    && last.items.iter().all(before)
                    && !this.items.is_empty()
                    && !this.items.iter().any(timed)
                    && names_only_the_event(&this.label)
                    && !next_counts_down
                {
                    found.push(at);
                }
            }
            for at in found {
                if let PlanBlock::Schedule(g) = &mut section.blocks[at] {
                    for item in &mut g.items {
                        item.offset = Offset::new(0, OffsetUnit::Days);
                    }
                }
            }
        }
    }

    /// The sections [`Self::prose_gate_section`] found, as decision points, once the plan is
    /// read: only in a plan of prose with no task at all (a post that announces dates), so
    /// that a plan's section of notes under a dated heading stays one on its round trip.
    fn place_prose_gates(&mut self) {
        let found = std::mem::take(&mut self.prose_gates);
        if found.is_empty() || self.plan.schedule_items().next().is_some() {
            return;
        }
        for (at, line) in found {
            let Some(section) = self.plan.sections.get(at) else {
                continue;
            };
            let (parent, title) = (section.id.clone(), section.title.clone());
            let Some(phrase) = self.find(&title).and_then(Result::ok) else {
                continue;
            };
            let id = self.id(&parent, "decision", &title, line);
            let decision = DecisionPoint {
                id,
                date: single_day(&phrase.period),
                title: strip_deadline(&title, Some(&phrase)),
                ..Default::default()
            };
            if let Some(section) = self.plan.sections.get_mut(at) {
                section.blocks.push(PlanBlock::Decision(decision));
            }
        }
    }

    /// "## Gate 1 — Are we launching? (4 weeks before)" over "### Product" and "### People"
    /// checklists: the section's heading names the one decision point, and a `###` under it that
    /// names no gate and holds a checklist is a group of the tasks that lead to it, not a
    /// decision of its own. Called for a checkbox under such a `###`: turns it into a group and
    /// makes the section's heading the decision point (once). A section of several gates
    /// ("## Go/No-Go Decisions") keeps its `###` decisions.
    pub(super) fn gate_groups(&mut self, line: usize) {
        let title = self.section().title.clone();
        let lower = title.to_lowercase();
        let many = words_of(&lower).iter().any(|w| {
            [
                "decisions",
                "gates",
                "checkpoints",
                "points",
                "reviews",
                "approvals",
                "signoffs",
                "freezes",
                // "## Launch Decision Criteria" over "### Ready for public launch when:": the
                // `###` names the decision.
                "criteria",
            ]
            .contains(w)
        });
        if many || !is_gate(&title) {
            return;
        }
        let Some(PlanBlock::Decision(d)) = self.last_block() else {
            return;
        };
        let bare = d.criteria.is_none()
            && d.fallback.is_none()
            && d.outcome.is_none()
            && d.notes.is_empty()
            && d.date.is_none();
        if !bare || is_gate(&d.title) {
            return;
        }
        let heading = d.title.clone();
        self.section().blocks.pop();
        if !self.section_has_gate() {
            self.section_gate(line);
        }
        let parent = self.section_id();
        let group = ScheduleGroup {
            id: self.id(&parent, "group", &heading, line),
            label: heading,
            ..Default::default()
        };
        self.push_block(PlanBlock::Schedule(group));
    }

    /// A heading that is a gate, as a decision point of the open section dated by the heading's
    /// `phrase` (or by the time relative to launch its headings state, once the launch is known).
    fn heading_gate(&mut self, heading: &str, phrase: Option<&DatePhrase>, line: usize) {
        let parent = self.section_id();
        let id = self.id(&parent, "decision", heading, line);
        // ("## Code Freeze (Aug 23-24)": a freeze's window is dated by its first day.)
        let window = |p: &DatePhrase| match p.period {
            Period::Range { start, .. } if names_a_freeze(&heading.to_lowercase()) => Some(start),
            _ => None,
        };
        let date = phrase.and_then(|p| single_day(&p.period).or_else(|| window(p)));
        if date.is_none() {
            if let Some(offset) = self.relative_by_level.iter().rev().find_map(|r| *r) {
                self.relative_gates.push((id.clone(), offset));
            }
        }
        self.push_block(PlanBlock::Decision(DecisionPoint {
            id,
            date,
            title: strip_deadline(heading, phrase),
            ..Default::default()
        }));
    }

    /// After a gate heading under a section ("### Code freeze (Jul 24, 2026)"): the gate's day
    /// is the gate's, and what the schedule lists after it is dated as it was before the gate
    /// (a dated gate heading the export writes must not date the tasks after it). A section
    /// heading that is a gate dates its own checklist (see `section_gate`).
    fn end_gate_heading(&mut self) {
        let at = usize::from(self.heading_level.min(6));
        self.period_by_level[at] = None;
    }

    /// One bullet of a list of gates, as a decision point dated by its date or day number.
    fn bullet_gate(&mut self, item: &ListItem) {
        let (text, _) = done_state(item);
        let section = self.section_id();
        let id = self.id(&section, "decision", &text, item.line);
        let date = self.due_in(&text);
        if date.is_none() {
            if let Some(n) = day_number_in(&text) {
                self.numbered_days.push((id.clone(), n));
            }
        }
        let notes = self.item_notes(item);
        self.push_block(PlanBlock::Decision(DecisionPoint {
            id,
            date,
            title: text,
            notes,
            ..Default::default()
        }));
        self.gate_list = Some(section);
    }

    /// "Fjordconf runs on 17–18 October 2026", "The hackathon takes place on Saturday 13 March
    /// 2027": a sentence that says when the event is, the launch when no line names one (its
    /// first day; a launch the content names clearly still wins). The sentence stays a note.
    fn event_sentence(&mut self, text: &str) {
        // "Launch: 2 June 2031" then "Launch day is Day 0.": the plan's days count from it.
        if self.launch_day_number.is_none()
            && launch_is_day_zero(text)
            && words_of(&text.to_lowercase())
                .iter()
                .any(|w| is_launch_word(w))
        {
            self.launch_day_number = Some(0);
        }
        if self.going_out_day.is_none() {
            self.going_out_day = self.version_going_out_day(text);
        }
        if self.launch_rank > 0 || self.plan.facts.launch.is_some() {
            return;
        }
        if let Some(day) = self.event_sentence_day(text) {
            self.event_launch(day);
            // "… generally available on Monday 7 October 2030. That day is Day 0 of this plan":
            // the plan's days count from the launch, Day 0 being its day.
            if self.plan.facts.launch == Some(day)
                && self.launch_day_number.is_none()
                && launch_is_day_zero(text)
            {
                self.launch_day_number = Some(0);
            }
        }
    }

    /// The day a sentence says the event is on, as the launch when nothing named one yet.
    fn event_launch(&mut self, day: NaiveDate) {
        if self.launch_rank == 0 && self.plan.facts.launch.is_none() {
            self.plan.facts.launch = Some(day);
            self.launch_rank = 1;
        }
    }

    /// Whether what is "scheduled for", "booked for", … at byte `i` of `lower` (the verb
    /// `verb` bytes long) is the plan's launch: its subject, within its clause ("The Full
    /// Rehearsal is set for 31.05.27, and Kestrel launch is booked for 14.06.27": "Kestrel
    /// launch"), names the launch, the release, a version the plan is about, or what the
    /// sentence then calls the cutover.
    fn scheduled_subject(&self, lower: &str, i: usize, verb: usize) -> bool {
        let subject = lower[..i]
            .rsplit([';', ':', ','])
            .next()
            .unwrap_or_default()
            .rsplit(". ")
            .next()
            .unwrap_or_default();
        let subject = subject.strip_prefix(" and ").unwrap_or(subject);
        let words = words_of(subject);
        let versioned = subject.split_whitespace().any(|w| {
            let w = w.trim_start_matches('v');
            w.contains('.')
                && w.split('.')
                    .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        });
        // A version the plan is about: its title's or its section's ("## Road to 1.0"), or
        // one named as the plan's own ("1.0 is …", "The 1.0 alpha is …", "Release 2.3 is
        // …"); not "Python 3.12", another product's.
        let about = |version: &str| {
            self.plan.title.contains(version)
                || self
                    .plan
                    .sections
                    .last()
                    .is_some_and(|s| s.title.contains(version))
        };
        let subject_words: Vec<&str> = subject.split_whitespace().collect();
        let own = subject_words
            .iter()
            .position(|w| w.contains('.'))
            .is_some_and(|at| {
                at == 0
                    || ["the", "our", "release", "version", "v"].contains(&subject_words[at - 1])
            });
        let versioned = versioned
            && (own
                || subject_words
                    .iter()
                    .filter(|w| w.contains('.'))
                    .all(|w| about(w.trim_start_matches('v'))));
        // "The next release is planned for …", "Our launch is set for …": the plan's own
        // (its article and "next" aside).
        let bare: Vec<&str> = words
            .iter()
            .copied()
            .skip_while(|w| ["the", "our", "next", "upcoming", "coming"].contains(w))
            .collect();
        let named = launch::names_launch(subject).is_some()
            || !bare.is_empty() && launch::names_launch(&bare.join(" ")).is_some();
        // "The second copy is scheduled for 3/17 5 PM PST and is the real cutover to the
        // hosted wiki": what the sentence then calls the cutover.
        let sentence_rest = lower[i + verb..].split(". ").next().unwrap_or_default();
        let called = sentence_rest
            .split_once(" and is the ")
            .is_some_and(|(_, what)| {
                // (The launch word ends its noun: not "the cutover dress rehearsal", "the
                // launch blocker".)
                let words = words_of(what);
                let at = words
                    .iter()
                    .position(|w| !["real", "actual", "final", "big", "official"].contains(w));
                at.is_some_and(|at| {
                    launch::names_launch(words[at]).is_some_and(|rank| rank >= 3)
                        && words.get(at + 1).is_none_or(|next| {
                            ["to", "of", "for", "on", "at", "in", "and", "with"].contains(next)
                        })
                })
            });
        words.len() <= 4 && (versioned || named || called)
    }

    /// Where the day begins that a sentence moves the plan's release or launch to, and where
    /// its verb begins: "we are moving the release back one week, to Sunday, November 4th",
    /// "we pushed our launch out to 3 May 2030", "postponing the go-live by two weeks to …".
    fn moved_launch_day(&self, lower: &str, text: &str) -> Option<(usize, usize)> {
        const VERBS: [&str; 14] = [
            "moving",
            "move",
            "moved",
            "pushing",
            "pushed",
            "postponing",
            "postponed",
            "delaying",
            "delayed",
            "rescheduling",
            "rescheduled",
            "shifting",
            "shifted",
            "slipping",
        ];
        const HOW_FAR: [&str; 20] = [
            "back", "forward", "out", "up", "ahead", "by", "one", "two", "three", "four", "a",
            "an", "another", "couple", "of", "week", "weeks", "day", "days", "full",
        ];
        // (Most lines move nothing: one search for " to " first.)
        if !lower.contains(" to ") {
            return None;
        }
        let words: Vec<(usize, &str)> = lower
            .split(|c: char| c.is_whitespace())
            .scan(0usize, |at, w| {
                let start = *at;
                *at += w.len() + 1;
                Some((start, w))
            })
            .filter(|(_, w)| !w.is_empty())
            .collect();
        let bare = |w: &str| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_string()
        };
        words.iter().enumerate().find_map(|(n, &(start, w))| {
            if !VERBS.contains(&bare(w).as_str()) {
                return None;
            }
            let mut k = n + 1;
            if !["the", "our"].contains(&bare(words.get(k)?.1).as_str()) {
                return None;
            }
            k += 1;
            let noun = bare(words.get(k)?.1);
            if ![
                "release", "launch", "go-live", "golive", "cutover", "cut-over",
            ]
            .contains(&noun.as_str())
            {
                return None;
            }
            // (A comma after the noun or the distance ends the phrase, not the sentence.)
            k += 1;
            while let Some(&(_, w)) = words.get(k) {
                let b = bare(w);
                if b == "to" {
                    break;
                }
                if !(HOW_FAR.contains(&b.as_str()) || b.bytes().all(|c| c.is_ascii_digit()))
                    || b.is_empty()
                {
                    return None;
                }
                k += 1;
            }
            let &(to, _) = words.get(k)?;
            let day_at = to + "to ".len();
            let phrase = self.find(text.get(day_at..)?)?.ok()?;
            (phrase.span.start == 0).then_some((start, day_at))
        })
    }

    /// "…, so 4.1 would go out at the start of week 9, on Monday Apr 14", "The release will go
    /// out on …": the day a sentence says the plan's version or release goes out on. Not when
    /// the plan's title (or else the section's heading) names a version and the sentence's is
    /// another one ("2.1 will go out on Monday 30 June" in "# Kestrel 2.0 launch plan": the next
    /// release). Taken for the launch only as a last resort (see `read_markdown_as`).
    fn version_going_out_day(&self, text: &str) -> Option<NaiveDate> {
        // (A cheap test first: most sentences say nothing goes out.)
        if !text.contains(" go out ") && !text.contains(" goes out ") {
            return None;
        }
        let lower = text.to_ascii_lowercase();
        let (_, day_at) = (|| {
            // "3.2 would go out at the start of week 13, on Monday Oct 9", "The release will go
            // out on …": the plan's version or release going out, maybe after when in the
            // count it falls (only words of a week's or a cycle's part before "on").
            let (i, verb) = [" would go out ", " will go out ", " goes out "]
                .iter()
                .find_map(|verb| lower.find(verb).map(|i| (i, verb.len())))?;
            let sentence = lower[i + verb..].split(". ").next().unwrap_or_default();
            let on = if sentence.starts_with("on ") {
                0
            } else {
                sentence.find(" on ")? + 1
            };
            let when = [
                "at",
                "the",
                "start",
                "end",
                "beginning",
                "of",
                "in",
                "week",
                "day",
                "sprint",
                "cycle",
                "month",
            ];
            let between = words_of(&sentence[..on]);
            // ("…, so 4.1 would go out": a version right before the verb, opening its clause
            // but for a joining word.)
            let before: Vec<&str> = lower[..i]
                .rsplit([',', ';', ':', '('])
                .next()
                .unwrap_or_default()
                .split_whitespace()
                .collect();
            let version_goes = before.split_last().is_some_and(|(version, rest)| {
                let v = version.trim_start_matches('v');
                v.contains('.')
                    && v.split('.')
                        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
                    && rest.last().is_none_or(|joined| {
                        ["so", "then", "and", "version", "release"].contains(joined)
                    })
            });
            if !between
                .iter()
                .all(|w| when.contains(w) || w.bytes().all(|b| b.is_ascii_digit()))
                || !(version_goes || self.scheduled_subject(&lower, i, verb))
            {
                return None;
            }
            let day_at = i + verb + on + "on ".len();
            self.find(text.get(day_at..)?)?
                .ok()
                .filter(|p| p.span.start == 0)
                .map(|_| (i, day_at))
        })()?;
        // The versions the sentence names before its verb, against the plan's.
        let subject = lower[..day_at]
            .rsplit([',', ';', ':', '('])
            .find(|clause| clause.contains(" go out ") || clause.contains(" goes out "))
            .and_then(|clause| clause.split(" go").next())
            .unwrap_or_default();
        let said = plain_versions(subject);
        let title = plain_versions(&self.plan.title.to_ascii_lowercase());
        let heading = self
            .plan
            .sections
            .last()
            .map(|s| plain_versions(&s.title.to_ascii_lowercase()))
            .unwrap_or_default();
        let plans = if title.is_empty() { heading } else { title };
        if !plans.is_empty() && said.iter().any(|v| !plans.contains(v)) {
            return None;
        }
        let phrase = self.find(text.get(day_at..)?)?.ok()?;
        single_day(&phrase.period)
    }

    /// The day a sentence says the event or launch happens on ("We go live on Thursday, April
    /// 20th at 5:30 PM.", "The conference takes place on …"), whether or not the launch is
    /// known already.
    fn event_sentence_day(&self, text: &str) -> Option<NaiveDate> {
        // ASCII case only: byte positions stay those of `text` ("İzmir" lowercases longer).
        let lower = text.to_ascii_lowercase();
        // Uzbek puts the verb last, the day before it: "2030-yil 14-mayda kanal ochiladi".
        if lower.contains("ochiladi") || lower.contains("ishga tush") {
            if let Some(day) = uzbek_opening_day(&lower) {
                return Some(day);
            }
        }
        let at = [
            " takes place on ",
            " takes place ",
            " runs on ",
            " runs from ",
            " is held on ",
            " will be held on ",
            // "The festival is held at Rhyd Farm from 2-9 August 2031"; Welsh "Cynhelir yr Ŵyl …
            // o 2-9 Awst 2031" (is held, the verb first).
            " is held ",
            " will be held ",
            "cynhelir ",
            " happens on ",
            " opens on ",
            " goes live on ",
            " goes live ",
            // "We go live on Thursday, April 20th at 5:30 PM."
            " go live on ",
            // "the public beta, which goes out on September 14th".
            " goes out on ",
            " launches on ",
            " ships on ",
            // "Payments API v3 becomes generally available on Monday 7 October 2030".
            " becomes generally available on ",
            " will become generally available on ",
            " will be generally available on ",
            " is generally available on ",
            " is released on ",
            " will be released on ",
            " release day is ",
            " release date is ",
            " launch day is ",
            " launch date is ",
            " go-live date is ",
            " go-live is on ",
            " go-live is ",
            // "The move-over date is Saturday 15 January": a move's day.
            " move-over date is ",
            " move date is ",
            " moving day is ",
            " migration date is ",
            " migration day is ",
            " switchover date is ",
            // "If it's a go, DNS switch is Saturday Oct 28 at 20:00 UTC": a move's switch.
            " dns switch is ",
            // "DNS switch went through on 2028-11-07 at 20:05 cet, …" in a closing comment: the
            // day the move's switch was made.
            "dns switch went through ",
            "switchover went through ",
            "switch-over went through ",
            "cutover went through ",
            "cut-over went through ",
            " switchover is ",
            " switch-over is ",
            " cutover date is ",
            " cut-over date is ",
            " cutover night is ",
            " cutover day is ",
            " cutover is on ",
            " cutover is ",
            " cut-over night is ",
            " launch night is ",
            // French, Spanish and Italian: "bascule DNS le jeudi 18 novembre 2027".
            " bascule dns le ",
            " bascule le ",
            " mise en production le ",
            // Spanish and Galician: the go-live planned for a day ("La puesta en producción
            // está prevista para el 2 de junio de 2031").
            " puesta en producción está prevista para el ",
            " paso a producción está previsto para el ",
            " posta en produción está prevista para o ",
            " lancement le ",
            " lanzamiento el ",
            " lancio il ",
            // Polish, Indonesian, Dutch and German: the opening, the release scheduled.
            " otwarcie ",
            " rilis publik dijadwalkan ",
            " rilis dijadwalkan ",
            " peluncuran dijadwalkan ",
            " opening op ",
            " eröffnung am ",
            // Latvian: "svētki, kas norisināsies Līvkalnē no 2029.gada 20.jūlija" (will take
            // place).
            " norisināsies ",
            " notiks ",
            // A course's or a project's last day: "The final presentation is on Friday 12
            // December", Catalan "La presentació final és el divendres 12 de desembre", Spanish
            // "La presentación final es el …".
            " final presentation is on ",
            " final presentation is ",
            " presentació final és el ",
            " presentación final es el ",
            " presentación final será el ",
            // Lithuanian "… o galutinis pristatymas – birželio 4 d." (and the final presentation
            // is on 4 June).
            " galutinis pristatymas – ",
            " galutinis pristatymas - ",
            " galutinis pristatymas yra ",
        ]
        .iter()
        .find_map(|verb| {
            let i = lower.find(verb)?;
            // "DNS switch is Saturday Oct 28", "Switch-over is booked for Sat 1 Dec 2029, 06:00":
            // the day right after (or after "on", "booked for", "set for", "scheduled for"; not
            // "Last year's switchover is documented in the wiki (2028-10-10)").
            // (Not a switch undone or only tried: "… went through on 2028-11-07 but we rolled
            // it back", "the test switchover went through …".)
            if verb.contains("went through")
                && ["roll", "revert", "undo", "undid", "test", "trial", "dry run"]
                    .iter()
                    .any(|w| lower.contains(w))
            {
                return None;
            }
            if verb.contains("switch") {
                let after = i + verb.len();
                let skip = ["on ", "booked for ", "set for ", "scheduled for "]
                    .iter()
                    .find(|w| lower[after..].starts_with(*w))
                    .map_or(0, |w| w.len());
                let end = after + skip;
                return self
                    .find(&text[end..])
                    .is_some_and(|p| p.is_ok_and(|p| p.span.start == 0))
                    .then_some((i, end));
            }
            // "… prevista para el 2 de junio de 2031": the day with its month's name (a day in
            // numbers, "05/03/2030", is read month first where Spanish writes the day first).
            if verb.contains("produc") {
                let after = &lower[i + verb.len()..];
                let words: Vec<&str> = after.split_whitespace().take(3).collect();
                if !matches!(words.as_slice(), [n, "de", _] if n.bytes().all(|b| b.is_ascii_digit()))
                {
                    return None;
                }
            }
            // "The public beta, which goes out on …": what goes out is the release (not "The
            // newsletter goes out on …", "The invitation goes out on …").
            if *verb == " goes out on " {
                let clause = lower[..i]
                    .rsplit(['.', ';', ':'])
                    .next()
                    .unwrap_or_default();
                let release = ["beta", "release", "version", "update", "launch", "app"];
                if !words_of(clause).iter().any(|w| release.contains(w))
                    && launch::names_launch(clause).is_none()
                {
                    return None;
                }
            }
            Some((i, i + verb.len()))
        })
        .or_else(|| {
            // "Der öffentliche Verleih startet am Samstag, dem 5. April 2031" in a plan whose
            // work is "zwei Wochen vor dem Start": the start it counts from.
            if !self.counts_from_the_start {
                return None;
            }
            let (i, verb) = [" startet am ", " starts on ", " will start on "]
                .iter()
                .find_map(|verb| lower.find(verb).map(|i| (i, verb.len())))?;
            Some((i, i + verb))
        })
        .or_else(|| {
            // "Timings count back from the GA release on 2027-11-08", "our launch on …": the
            // plan's own release (not "the previous release on", "the SDK release on", "a
            // soft launch on").
            let (i, verb) = [" release on ", " launch on "]
                .iter()
                .find_map(|verb| lower.find(verb).map(|i| (i, verb.len())))?;
            let before = words_of(&lower[..i]);
            let own = |w: &&str| ["the", "our"].contains(w);
            let plain = before.last().is_some_and(own);
            let qualified = before.len() >= 2
                && ["ga", "public", "official", "full", "general"]
                    .contains(&before[before.len() - 1])
                && own(&before[before.len() - 2]);
            (plain || qualified).then_some((i, i + verb))
        })
        .or_else(|| {
            // "everyone is lined up behind announcing 0.1.0 on the 16th of March", "releasing
            // v2.4 on …": a version the title names, announced or released on a day.
            let (at, _) = ["announcing ", "releasing ", "shipping ", "launching "]
                .iter()
                .find_map(|verb| lower.find(verb).map(|i| (i, verb.len())))?;
            let after = &lower[at..];
            let (verb_and_version, _) = after.split_once(" on ")?;
            let version = verb_and_version.split_whitespace().nth(1)?;
            let version = version.trim_start_matches('v');
            let named = verb_and_version.split_whitespace().count() == 2
                && version.contains('.')
                && self.plan.title.contains(version);
            let on = at + verb_and_version.len();
            named.then_some((on, on + " on ".len()))
        })
        .or_else(|| {
            // "the public launch is **Tuesday 2 March 2027**", "our release is on …": the
            // plan's own, its clause only "the", "our", "public", … before it (not "the beta
            // launch is", "the code freeze before the release is", "sign up for the launch
            // is"); each one the line says, in turn.
            let allowed = [
                "the", "our", "public", "official", "general", "full", "ga", "big", "grand",
            ];
            [
                " launch is on ",
                " launch is ",
                " release is on ",
                " release is ",
            ]
            .iter()
            .flat_map(|verb| lower.match_indices(verb).map(|(i, v)| (i, v.len())))
            .find(|&(i, verb)| {
                let clause = lower[..=i]
                    .rsplit([',', ';', ':', '.', '(', '-', '*'])
                    .next()
                    .unwrap_or_default();
                let clause = clause.rsplit(" and ").next().unwrap_or_default();
                let clause = clause.rsplit(" but ").next().unwrap_or_default();
                let words = words_of(clause);
                !words.is_empty()
                    && words.iter().all(|w| allowed.contains(w))
                    && self
                        .find(&text[i + verb..])
                        .is_some_and(|p| p.is_ok_and(|p| p.span.start == 0))
            })
            .map(|(i, verb)| (i, i + verb))
        })
        .or_else(|| {
            // "1.0 is pencilled in for Saturday 20 November 2027", "The launch is scheduled
            // for …": when its subject is the release, a version or the launch.
            let (i, verb) = [
                " is pencilled in for ",
                " is penciled in for ",
                " is scheduled for ",
                " is planned for ",
                " is set for ",
                // "The cutover is booked for Saturday 8 December 2029".
                " is booked for ",
                " is fixed for ",
            ]
            .iter()
            .flat_map(|verb| lower.match_indices(verb).map(|(i, v)| (i, v.len())))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .find(|&(i, verb)| self.scheduled_subject(&lower, i, verb))?;
            Some((i, i + verb))
        })
        .or_else(|| {
            // "… so we are moving the release back one week, to Sunday, November 4th", "We
            // pushed the launch out to 3 May": the plan's release moved to a day (the launch
            // word ends its noun: not "moving the release notes to the wiki on …"; only words
            // of how far between it and "to").
            self.moved_launch_day(&lower, text)
        })
        .or_else(|| {
            // "開源節是 8/18（六）、8/19（日）兩天" under "# 開源節 籌備 checklist", "DataFest is on
            // …" under "# DataFest prep": the occasion the title prepares for, said to be on a
            // day.
            let name = facts::prepared_occasion(&self.plan.title)?;
            let i = text.find(name)?;
            let after = &text[i + name.len()..];
            let copula = [
                "是",
                "は",
                "는",
                "은",
                " is on ",
                " will be on ",
                " falls on ",
            ]
            .iter()
            .find(|c| after.trim_start_matches(' ').starts_with(**c) || after.starts_with(**c))?;
            let gap = after.len() - after.trim_start_matches(' ').len();
            let gap = if after.starts_with(copula) { 0 } else { gap };
            Some((i, i + name.len() + gap + copula.len()))
        })
        .or_else(|| {
            // "Jarní běh 2029 začíná v úterý 6. března 2029, to je náš den D", "the course
            // starts on 6 March, our D-day": the day the plan's counts ("D - 2 months") are
            // from, named by its letter; its first day in the line.
            if !says_its_day_is_day_d(&lower) {
                return None;
            }
            let mut from = 0;
            while let Some(Ok(phrase)) = self.find(text.get(from..)?) {
                if matches!(phrase.period, Period::Day { .. }) {
                    return Some((from + phrase.span.start, from + phrase.span.start));
                }
                from += phrase.span.end.max(1);
            }
            None
        })?;
        let (subject, at) = at;
        // "The CfP goes live March 1", "Ticket sales go live …": not the event. (Its own
        // sentence: "… on Thursday's call (Oct 26). If it's a go, DNS switch is …" is a move's.)
        let clause = lower[..subject]
            .rsplit_once(". ")
            .map_or(&lower[..subject], |(_, clause)| clause);
        if words_of(clause)
            .iter()
            .any(|w| launch::OPENS_BEFORE.contains(w))
        {
            return None;
        }
        let rest = text.get(at..)?;
        // "Saturday 13 and Sunday 14 March 2027": the first of the days named.
        let rest = match rest.split_once(" and ") {
            Some((first, second)) if first.split_whitespace().count() <= 2 => {
                let month_and_year: String = second
                    .split_whitespace()
                    .skip_while(|w| {
                        w.parse::<u32>().is_err()
                            && !w.chars().next().is_some_and(|c| c.is_ascii_digit())
                    })
                    .skip(1)
                    .collect::<Vec<_>>()
                    .join(" ");
                format!("{first} {month_and_year}")
            }
            _ => rest.to_string(),
        };
        let phrase = self.find(&rest)?.ok()?;
        matches!(phrase.period, Period::Day { .. } | Period::Range { .. })
            .then(|| phrase.period.first_day())
    }

    /// "## 1. Check Load Balancer Health" over "**Status:** ✅ DONE (Mar 2, 2027)" (and other
    /// bold fields): a heading with a status of its own is a task of the schedule, done when the
    /// status says so, due on the day the status or a "When:"/"Due:" field gives (else by the
    /// headings above it). The fields stay as written, below it.
    fn status_heading(
        &mut self,
        title: &str,
        line: usize,
        lines: &[String],
        bold_labels: &[bool],
    ) -> bool {
        // (Not the plan's title: "**Status:** Phase 1 complete" under it is the plan's.)
        // (A step's title may end in a word a section of notes ends in, "# Phase 1.5: Repair
        // Menu Links": its status is a piece of work's all the same.)
        if self.cursor == Cursor::Plan
            || self.kind != SectionKind::Schedule
            || self.in_note_section() && !opens_with_a_step_label(title)
            || self.in_summary()
        {
            return false;
        }
        let fields: Vec<(String, &str)> = lines
            .iter()
            .zip(bold_labels.iter().chain(std::iter::repeat(&false)))
            .filter(|(_, bold)| **bold)
            .filter_map(|(l, _)| {
                let (key, value) = l.split_once(':')?;
                Some((
                    key.trim().trim_matches('*').trim().to_lowercase(),
                    value.trim(),
                ))
            })
            .collect();
        let Some(status) = fields
            .iter()
            .find(|(key, _)| {
                // (Chinese, Japanese and Korean: "状态", "ステータス", "상태".)
                [
                    "status",
                    "state",
                    "estado",
                    "statut",
                    "stand",
                    "状态",
                    "狀態",
                    "状態",
                    "ステータス",
                    "상태",
                ]
                .contains(&key.as_str())
            })
            .map(|(_, value)| *value)
            // The state of a piece of work ("✅ DONE", "⬜ NOT DONE", "Blocked"), not a
            // document's ("Draft", "Accepted"); in Chinese, Japanese or Korean a state of work in
            // words too ("✅ 完成", "🚧 进行中"), not of a system ("✅ 正常运行", running).
            .filter(|value| {
                tables::opens_with_status(value)
                    && (!value.chars().any(tables::is_cjk)
                        || [
                            "完成",
                            "完了",
                            "进行中",
                            "進行中",
                            "开始",
                            "開始",
                            "未着手",
                            "対応中",
                            "着手中",
                            "완료",
                            "진행",
                            "대기",
                            "예정",
                            "착수",
                        ]
                        .iter()
                        .any(|w| value.contains(w)))
            })
        else {
            return false;
        };
        let done = says_done(status) || status.trim_start().starts_with('✅');
        let due_field = fields
            .iter()
            .find(|(key, _)| DEADLINES.contains(&key.as_str()) || key == "when")
            .map(|(_, value)| *value);
        let day = |text: &str| single_day(&self.find(text)?.ok()?.period);
        let date = day(status).or_else(|| due_field.and_then(day));
        // ("#### ✅ Task 0.1: Helper" over "**Status**: ✅ Done": the status mark is the
        // status's, not the task's name.)
        let title = title
            .trim_start_matches(['✅', '🚧', '⏳', '⬜', '☑', '✔', '\u{fe0f}'])
            .trim_start();
        let Some(id) = self.heading_task(title, done, date, line) else {
            return false;
        };
        let place = match self.last_block() {
            Some(PlanBlock::Schedule(g)) => g.items.iter().position(|i| i.id == id),
            _ => None,
        };
        self.status_task = place.map(|at| (self.heading_level, at));
        true
    }

    /// "### Task 2.4: Booking screen" right over a list of its boxes that ends in two or more
    /// fields of the work in bold ("- **Depends on**: Task 2.3", "- **Estimate**: 6 hours",
    /// "- **Due**: 2032-01-30"; Japanese "期限", "完了日"), one of them its deadline or the day
    /// it was done: the heading is a task (done when a done mark opens or closes it), the
    /// fields its group's notes, and that day (or time from the launch: "期限: 公開 1 週間前")
    /// dates the task and the boxes. True when the list was read so.
    fn work_record_list(&mut self, title: &str, line: usize, items: &[ListItem]) -> bool {
        let field = |i: &ListItem| {
            i.task.is_none()
                && i.titled
                && i.text.split_once(':').is_some_and(|(key, value)| {
                    key.trim() == i.lead.trim().trim_end_matches(':').trim()
                        && (!value.trim().is_empty() || !i.children.is_empty())
                })
        };
        let fields_at = items.len() - items.iter().rev().take_while(|i| field(i)).count();
        let (boxes, fields) = items.split_at(fields_at);
        let key_of = |i: &ListItem| {
            let (key, value) = i.text.split_once(':').unwrap_or_default();
            (key.trim().to_lowercase(), value.trim().to_string())
        };
        let when = fields
            .iter()
            .map(key_of)
            .find(|(key, _)| DEADLINES.contains(&key.as_str()) || DONE_ON.contains(&key.as_str()))
            .map(|(_, value)| value);
        if boxes.is_empty()
            || fields.len() < 2
            || !boxes.iter().all(|i| i.task.is_some())
            || self.kind != SectionKind::Schedule
            || self.cursor == Cursor::Plan
            || self.heading_level < 2
            || self.find(title).is_some()
            || relative_in(title).is_some()
            || is_gate(title)
        {
            return false;
        }
        let when = when.as_deref().unwrap_or_default();
        let offset = relative_in(when);
        let day = match offset {
            Some(_) => None,
            None => self
                .find(when)
                .and_then(Result::ok)
                .and_then(|p| single_day(&p.period)),
        };
        let at = usize::from(self.heading_level.min(6));
        match (offset, day) {
            (Some(offset), _) => self.relative_by_level[at] = Some(offset),
            (None, Some(date)) => self.period_by_level[at] = Some(Period::Day { date }),
            // (Fields without a day, "- **Depends on**: Task 2.4" and "- **Estimate**: 2
            // hours": the heading's notes still, the heading no task of its own.)
            (None, None) => {}
        }
        if offset.is_some() || day.is_some() {
            let trimmed = title.trim();
            let done = trimmed.starts_with(DONE_MARKS) || trimmed.ends_with(DONE_MARKS);
            let name = trimmed.trim_matches(DONE_MARKS).trim();
            self.heading_task(name, done, None, line);
        }
        for item in boxes {
            self.list_item(item);
        }
        if let Some(PlanBlock::Schedule(g)) = self.last_block() {
            for f in fields {
                g.notes.push(f.text.clone());
                g.notes.extend(f.children.iter().map(|c| c.text.clone()));
            }
        }
        true
    }

    /// A heading read as a task (see `status_heading`, `field_heading`), due on `date` when it
    /// has one: the task's id, None when the schedule took none.
    fn heading_task(
        &mut self,
        title: &str,
        done: bool,
        date: Option<NaiveDate>,
        line: usize,
    ) -> Option<NodeId> {
        let text = match date {
            // The day rides in the text as the export writes it, and is read back from there.
            Some(date) => format!("{title} (due {})", crate::plan::dates::format_long(date)),
            None => title.to_string(),
        };
        let before = self.plan.schedule_items().count();
        self.schedule_item(&ListItem {
            task: Some(done),
            text,
            line,
            ..ListItem::default()
        });
        if self.plan.schedule_items().count() == before {
            return None;
        }
        self.plan.schedule_items().last().map(|i| i.id.clone())
    }

    /// "#### ✅ 7.1.1. Kockázatok összegyűjtése" over "Felelős: `Varga Bence`" and "Tartam: `3
    /// nap`", "#### Write the migration" over "Owner: Ana" and "Estimate: 2 days": a heading
    /// deeper than its section (level 3 at least) and without a day, over two lines or more that
    /// are only the fields of a piece of work (who, how long, by when, how urgent), one of them
    /// how long as a length of time, is a task of the schedule, done when the heading opens with
    /// a done mark; due on the day a deadline field gives, else as the headings above it say.
    /// The fields are its notes, as written; true when it was one (the fields are read). The
    /// caller asks only when nothing else stands under the fields before the next heading.
    fn field_heading(&mut self, title: &str, line: usize, lines: &[String]) -> bool {
        const WORK: [&str; 23] = [
            "owner",
            "owners",
            "assignee",
            "assigned to",
            "responsible",
            "duration",
            "estimate",
            "effort",
            "felelős",
            "tartam",
            "időtartam",
            "verantwortlich",
            "dauer",
            "aufwand",
            "responsable",
            "durée",
            "duración",
            "duração",
            "odpowiedzialny",
            "odpovědný",
            "sorumlu",
            "süre",
            "responsável",
        ];
        // The fields that say how long the work takes (each one of `WORK`).
        const LENGTHS: [&str; 11] = [
            "duration",
            "estimate",
            "effort",
            "tartam",
            "időtartam",
            "dauer",
            "aufwand",
            "durée",
            "duración",
            "duração",
            "süre",
        ];
        const ALSO: [&str; 5] = ["priority", "priorität", "priorité", "prioridad", "status"];
        let deeper = self
            .section_level
            .is_some_and(|section| self.heading_level > section && self.heading_level >= 3);
        // (Not a heading of a day or a period: "### Day 1 (Mar 1) - Accounts" over "**Owner:
        // Noor**" is the day's. A numbered step whose day closes its title is the step, due
        // that day: "#### 7.4.6. Notify the members – `2027-12-10`".)
        let dated_step = self.dated_step_title(title);
        let title = dated_step.as_ref().map_or(title, |(step, _)| step.as_str());
        if !deeper
            || self.cursor == Cursor::Plan
            || self.kind != SectionKind::Schedule
            || self.in_note_section()
            || lines.len() < 2
            || self.find(title).is_some()
            || day_number_in(title).is_some()
            || relative_in(title).is_some()
        {
            return false;
        }
        let fields: Option<Vec<(String, &str)>> = lines
            .iter()
            .map(|l| {
                let (key, value) = l.split_once(':')?;
                let key = key.trim().trim_matches('*').trim().to_lowercase();
                (!value.trim().is_empty()).then_some((key, value.trim()))
            })
            .collect();
        let Some(fields) = fields else {
            return false;
        };
        let known =
            |key: &str| WORK.contains(&key) || ALSO.contains(&key) || DEADLINES.contains(&key);
        if !fields.iter().all(|(key, _)| known(key)) {
            return false;
        }
        let done = title.trim_start().starts_with(DONE_MARKS);
        let text = title
            .trim_start()
            .trim_start_matches(DONE_MARKS)
            .trim_start();
        // A piece of work: how long it takes is a length of time ("3 nap", "2 days", "4h"; not
        // "120k EUR"), its name more than one word unless the plan numbers it ("7.2.2.
        // Adatbázisterv"; not "### Budget", "### Sponsor"), no label ("Next week: rehearsal")
        // and no meeting ("Weekly sync").
        let lasts = fields
            .iter()
            .any(|(key, value)| LENGTHS.contains(&key.as_str()) && is_length_of_time(value));
        let numbered = text.split_whitespace().next().is_some_and(|w| {
            w.trim_end_matches('.')
                .split('.')
                .all(|n| n.parse::<u32>().is_ok())
        });
        let lower = text.to_lowercase();
        let meeting = words_of(&lower).iter().any(|w| {
            [
                "sync", "meeting", "standup", "call", "review", "retro", "kickoff", "history",
                "charter",
            ]
            .contains(w)
        });
        if !lasts
            || text.is_empty()
            || text.contains(':')
            || meeting
            || text.split_whitespace().count() < 2 && !numbered
        {
            return false;
        }
        let due = fields
            .iter()
            .find(|(key, _)| DEADLINES.contains(&key.as_str()))
            .and_then(|(_, value)| single_day(&self.find(value)?.ok()?.period));
        // (A dated step's heading opened a day of its own: the task is that day's.)
        let due = due.or(dated_step.as_ref().map(|(_, day)| *day));
        // The heading was kept as written, as a note of what it is under: it is the task now.
        let marks = "#".repeat(usize::from(self.heading_level));
        let written = format!("{marks} {title}");
        // "#### 7.2.3. Screens" right before "#### 7.2.4. Demo" and its fields: the step
        // numbered just before, with no fields of its own, is a task of the list too.
        let mut earlier = None;
        if let Some(PlanBlock::Schedule(g)) = self.last_block() {
            let notes = match g.days.last_mut() {
                Some(day) if day.notes.last() == Some(&written) => &mut day.notes,
                _ => &mut g.notes,
            };
            if notes.last() == Some(&written) {
                notes.pop();
                let before = notes
                    .last()
                    .and_then(|n| n.strip_prefix(&marks)?.strip_prefix(' '));
                if before.is_some_and(|b| numbered_just_before(b, text)) {
                    earlier = notes.pop();
                }
            }
        }
        if let Some(note) = earlier {
            let title = note[marks.len()..].trim();
            let done = title.starts_with(DONE_MARKS);
            let text = title.trim_start_matches(DONE_MARKS).trim_start();
            self.heading_task(text, done, None, line.saturating_sub(1));
        }
        let Some(id) = self.heading_task(text, done, due, line) else {
            return false;
        };
        if let Some(NodeMut::Item(task)) = self.plan.node_mut(&id) {
            task.notes.extend(lines.iter().cloned());
        }
        true
    }

    /// "7.4.6. Notify the members – `2027-12-10`": a numbered step's title (its number in
    /// dots, "7.4.6.") whose day closes it after a dash, and nothing after the day; the title
    /// without the day, and the day. None for a gate ("7.4.2. Code freeze – `2027-12-01`").
    fn dated_step_title(&self, title: &str) -> Option<(String, NaiveDate)> {
        let (step, day) = [" – ", " — ", " - "]
            .iter()
            .find_map(|dash| title.rsplit_once(dash))?;
        let day = day.trim().trim_matches('`').trim();
        let phrase = self.find(day)?.ok()?;
        let numbered = step.split_whitespace().next().is_some_and(|w| {
            w.ends_with('.')
                && w.trim_end_matches('.')
                    .split('.')
                    .all(|n| n.parse::<u32>().is_ok())
        });
        let whole = phrase.span == (0..day.len());
        match phrase.period {
            Period::Day { date } if whole && numbered && !is_gate(step) => {
                Some((step.trim().to_string(), date))
            }
            _ => None,
        }
    }

    /// A line that opens with its day and then names a gate ("3月12日：功能冻结", "Mar 12: code
    /// freeze"): a decision point on that day, named by the line; the line stays as written.
    fn dated_gate_line(&mut self, text: &str, line: usize) {
        let text = text.trim();
        let Some(Ok(phrase)) = self.find(text) else {
            return;
        };
        let (0, Period::Day { date }) = (phrase.span.start, phrase.period) else {
            return;
        };
        let rest = text[phrase.span.end..]
            .trim_start_matches(|c: char| c.is_whitespace() || ":：-–—,，".contains(c));
        // The gate is what the line opens with, not what it reports ("approval from legal
        // arrived, no changes needed").
        let clause = rest
            .split([',', '，', '、', ';', '；'])
            .next()
            .unwrap_or_default();
        let reports = words_of(&clause.to_lowercase()).iter().any(|w| {
            [
                "arrived", "received", "came", "was", "were", "passed", "signed", "done",
                "happened",
            ]
            .contains(w)
        });
        if clause.split_whitespace().count() > 6
            || reports
            || !is_gate(clause)
            || self.in_note_section()
        {
            return;
        }
        // Named by the whole line, its day included, as the plan writes it (the day is also
        // the decision's date).
        self.line_gate(text.trim_end_matches(['.', '。']), date, line);
    }

    /// "We went with Go yesterday (Tue 13 Nov)." in a comment of the issue that holds the plan:
    /// the go/no-go taken, a decision point on the day the sentence gives (else the comment's,
    /// the day before it for "yesterday"), named by the sentence; the line stays as written.
    fn go_decision_in_comment(&mut self, text: &str, comment_day: NaiveDate, line: usize) {
        for sentence in text.split_inclusive(". ") {
            let lower = sentence.to_lowercase();
            let words = words_of(&lower);
            let taken = words.windows(3).any(|w| {
                matches!(
                    w,
                    ["went", "with", "go" | "nogo"]
                        | ["decision", "was" | "is", "go" | "nogo"]
                        | ["decided", "on", "go" | "nogo"]
                        | ["call", "was", "go" | "nogo"]
                )
            });
            if !taken {
                continue;
            }
            let day = match self.find(sentence) {
                Some(Ok(phrase)) => single_day(&phrase.period),
                _ if words.contains(&"yesterday") => comment_day.pred_opt(),
                _ => Some(comment_day),
            };
            if let Some(day) = day {
                self.line_gate(sentence.trim(), day, line);
            }
            return;
        }
    }

    /// A quote right under a heading that only names a numbered gate and what it decides ("> Gate
    /// 2 - lock the design", a GitHub alert's "[!NOTE]" line aside; "Gate 3: …", "Quality gate
    /// 4 – …"): a decision point named by the line, on the day the headings above date (none
    /// when they date no single day). The quote stays as written.
    fn numbered_gate_quote(&mut self, quoted: &[String], line: usize) {
        let alert = |l: &str| l.starts_with("[!") && l.ends_with(']');
        let mut lines = quoted.iter().map(|l| l.trim()).filter(|l| !l.is_empty());
        let Some(text) = lines.find(|l| !alert(l)) else {
            return;
        };
        if lines.next().is_some() {
            return;
        }
        // The gate's name, its number, then a dash or a colon and what it decides.
        let Some(digit) = text.find(|c: char| c.is_ascii_digit()) else {
            return;
        };
        let lead = &text[..digit];
        let rest = text[digit..].trim_start_matches(|c: char| c.is_ascii_digit());
        let Some(what) = rest
            .trim_start()
            .strip_prefix(['-', '–', '—', ':'])
            .map(str::trim)
        else {
            return;
        };
        let lead_words = words_of(&lead.to_lowercase()).len();
        if !(1..=2).contains(&lead_words)
            || !lead.trim().to_lowercase().ends_with("gate")
            || !is_gate(lead)
            || what.split_whitespace().count() < 2
            || !says_a_decision(what)
            || self.in_note_section()
        {
            return;
        }
        // (A gate the plan has already listed, "- Gate 1: prototype approved (2031-05-05)"
        // under "## Gates", is not a second one.)
        let name = text[..text.len() - rest.len()].to_lowercase();
        let name = words_of(&name);
        let listed = self
            .plan
            .blocks()
            .filter_map(|b| match b {
                PlanBlock::Decision(d) => Some(&d.title),
                _ => None,
            })
            .chain(self.pending_gates.iter().map(|d| &d.title))
            .any(|title| words_of(&title.to_lowercase()).starts_with(&name));
        if listed {
            return;
        }
        let day = (1..7).rev().find_map(|l| self.period_by_level[l]);
        if let Some(Period::Day { date }) = day {
            self.line_gate(text, date, line);
        }
    }

    /// A decision point on `date` named by a line that stays as written (a sentence or a quoted
    /// line: see [`PlanReader::gate_sentence`]).
    fn line_gate(&mut self, title: &str, date: NaiveDate, line: usize) {
        let section = self.section_id();
        let id = self.id(&section, "decision", title, line);
        self.sentence_gates.push(id.clone());
        self.pending_gates.push(DecisionPoint {
            id,
            date: Some(date),
            title: title.to_string(),
            ..Default::default()
        });
    }

    /// "*Feature freeze: the window for new features is closed.*" as a paragraph of its own
    /// under "## First working day after the 7th (2027-09-08)": a line that opens with a gate's
    /// name and a colon, in a schedule under a heading that dates it to one day, is a decision
    /// point on that day, the whole line its title; the line stays as written. Not a line that
    /// says a day or a time from the launch of its own ("Code freeze: Thursday", "Freeze: two
    /// days before launch": another day), nor one that says the gate is moved, lifted or
    /// pending, nor struck text, nor a line under a span or no day, nor a field that names who
    /// gives it in a few words ("Sign-off: Maria"). True when it was one.
    fn gate_label_on_its_day(&mut self, text: &str, line: usize) -> bool {
        // (Cheap first: a colon, in a schedule, after the plan's top.)
        if self.kind != SectionKind::Schedule
            || self.cursor == Cursor::Plan
            || self.struck_lines.contains(&line)
        {
            return false;
        }
        let Some((label, value)) = text.split_once(':') else {
            return false;
        };
        let label = label.trim();
        let value = value.trim();
        let label_words = label.split_whitespace().count();
        // (A value of a few words is a field's, who gives it: "Sign-off: Maria", "Approval:
        // Dana from legal"; the gate's line says what it means.)
        if !(1..=4).contains(&label_words)
            || value.split_whitespace().count() < 4
            || value.starts_with(|c: char| c.is_ascii_digit())
            || !is_gate(label)
            || is_gate(value) && value.split_whitespace().count() <= 2
        {
            return false;
        }
        // (Only a freeze: a line labelled "Sign-off:", "Approval:" or "Go/No-Go:" is as often
        // a field, who gives it, where to look, what is awaited ("Sign-off: owned by Priya,
        // backup is Sam", "Go/No-Go: see the checklist in the release doc"). Nor a freeze the
        // line asks about, says is not needed or over, or tells as past: "Freeze: do we need
        // one this time?", "Code freeze: over, merges are open again", "… it ended early".)
        let label_lower = label.to_lowercase();
        let value_lower = value.to_lowercase();
        let value_words = words_of(&value_lower);
        if !names_a_freeze(&label_lower)
            || value.contains('?')
            || value_words
                .first()
                .is_some_and(|w| ["no", "not", "none", "over", "skipped", "n"].contains(w))
            || value_words.iter().any(|w| {
                [
                    "was", "were", "ended", "reopened", "unfrozen", "thawed", "over",
                ]
                .contains(w)
            })
        {
            return false;
        }
        let lower = text.to_lowercase();
        let words = words_of(&lower);
        let other_day = relative_in(value).is_some()
            || self.find(text).is_some()
            || words.iter().any(|w| {
                crate::plan::dates::weekday_named(w).is_some()
                    || [
                        "moved",
                        "postponed",
                        "lifted",
                        "pending",
                        "cancelled",
                        "canceled",
                        "tomorrow",
                        "yesterday",
                    ]
                    .contains(w)
            });
        if other_day {
            return false;
        }
        let Some(Period::Day { date }) = self.period_here() else {
            return false;
        };
        self.line_gate(text.trim(), date, line);
        self.unrecognised(text.to_string(), line);
        true
    }

    /// "**Go/no-go call at 16:00** with support and comms." under "## Wednesday 14th May": a
    /// gate named in bold at the line's start with its time of day (in six words or fewer, up
    /// to a comma or "with"), on the day of the heading it is under; the line stays as written.
    /// True when it was one.
    fn bold_gate_lead(&mut self, text: &str, line: usize) -> bool {
        let sentence = text.split(". ").next().unwrap_or(text);
        let head = sentence.split([',', ';']).next().unwrap_or(sentence);
        let head = head.split(" with ").next().unwrap_or(head);
        let time_colons = head.matches(':').count()
            == head
                .as_bytes()
                .windows(3)
                .filter(|w| w[1] == b':' && w[0].is_ascii_digit() && w[2].is_ascii_digit())
                .count();
        // (A line with its own day is a day's label: "**Wed Aug 30th** - Sign-off". The gate is
        // held at a time of the day, "at 16:00": not "**Sign-off from legal** still pending",
        // "**Freeze lifted**", "**Go/no-go call moved to Thursday**", nor "**Gate B12 at
        // 10:45**", a place.)
        let lower = head.to_lowercase();
        let words = words_of(&lower);
        let state = words.iter().any(|w| {
            [
                "moved",
                "postponed",
                "lifted",
                "pending",
                "still",
                "cancelled",
                "canceled",
            ]
            .contains(w)
                || crate::plan::dates::weekday_named(w).is_some()
        });
        let a_place = words
            .windows(2)
            .any(|w| w[0] == "gate" && w[1].chars().any(|c| c.is_ascii_digit()));
        if head.split_whitespace().count() > 6
            || !time_colons
            || time_of_day_in(head).is_none()
            || state
            || a_place
            || !is_gate(head)
            || self.find(text).is_some()
        {
            return false;
        }
        let Some(Period::Day { date }) = self.period_here() else {
            return false;
        };
        let title = match text[sentence.len()..].starts_with('.') {
            true => &text[..=sentence.len()],
            false => sentence,
        };
        self.line_gate(title.trim(), date, line);
        self.unrecognised(text.to_string(), line);
        true
    }

    /// A sentence of news prose in a language that puts its verb last, in an Indic, Arabic or
    /// Ethiopic script, that names a gate and one day: "ਮੰਤਰੀ ਮੰਡਲ ਨੇ 16 ਅਪਰੈਲ ਨੂੰ … ਸ਼ਡਿਊਲ ਨੂੰ
    /// ਪ੍ਰਵਾਨਗੀ ਦੇ ਦਿੱਤੀ ਹੈ।" (the cabinet approved the schedule on 16 April), "… کے اجلاس میں
    /// اس شیڈول کی منظوری دی۔", "… അംഗീകാരം ജനുവരി 10നകം ലഭിക്കുമെന്ന് …": a decision point on
    /// that day named by the sentence (whose gate word comes after the day as often as before
    /// it, so no verb in the middle tells where the gate's name ends, as " is " does in
    /// English); the line stays as written. Each sentence of the line is read, up to its full
    /// stop ("।", "۔", "።", or ". "); not one with two days or none.
    fn verb_last_gate_sentence(&mut self, text: &str, line: usize) {
        // (A cheap test first: a line in a Latin or Cyrillic script is read by `gate_sentence`.)
        let verb_last = |c: char| {
            ('\u{0600}'..='\u{06FF}').contains(&c)
                || ('\u{0900}'..='\u{0DFF}').contains(&c)
                || ('\u{1200}'..='\u{137F}').contains(&c)
        };
        if text.is_ascii() || !text.chars().any(verb_last) || self.in_note_section() {
            return;
        }
        let mut start = 0;
        let mut sentences = Vec::new();
        for (at, c) in text.char_indices() {
            let end = at + c.len_utf8();
            let stop = matches!(c, '।' | '۔' | '።')
                || c == '.' && text[end..].starts_with(char::is_whitespace);
            if stop {
                sentences.push(&text[start..end]);
                start = end;
            }
        }
        sentences.push(&text[start..]);
        for sentence in sentences {
            let sentence = sentence.trim();
            if !sentence.chars().any(verb_last)
                || !sentence.chars().any(char::is_numeric)
                || !crate::schedule::gates::is_gate(sentence)
            {
                continue;
            }
            let Some(Ok(phrase)) = self.find(sentence) else {
                continue;
            };
            let Some(date) = single_day(&phrase.period) else {
                continue;
            };
            // (One day: "from 2 September to 20 September" is a window, not a decision's day.)
            let later = &sentence[phrase.span.end..];
            if matches!(self.find(later), Some(Ok(_))) {
                continue;
            }
            let title = sentence.trim_end_matches(['।', '۔', '።', '.']).trim_end();
            // (A line read twice, as the opening's and the section's, gives it once.)
            if self.pending_gates.iter().any(|g| g.title == title) {
                continue;
            }
            self.line_gate(title, date, line);
        }
    }

    /// A sentence of prose that says when a gate is ("Feature freeze is Monday @ 17:00, Jun
    /// 21.", "Code freeze begins on March 3."): a decision point on that day, named by the
    /// sentence; the line stays as written.
    fn gate_sentence(&mut self, text: &str, line: usize) {
        // (Not at a day's full stop before its month: "… ist der 7. März 2031".)
        let sentence = text
            .match_indices(". ")
            .find(|(at, _)| {
                let month_next = text[at + 2..]
                    .split(|c: char| !c.is_alphabetic())
                    .next()
                    .and_then(crate::plan::dates::month_named)
                    .is_some();
                !(text[..*at].ends_with(|c: char| c.is_ascii_digit()) && month_next
                    || closes_a_dotted_day(&text[..*at]))
            })
            .map_or(text, |(at, _)| &text[..at]);
        let lower = sentence.to_ascii_lowercase();
        if self.freeze_by_sentence(sentence, &lower, line) {
            return;
        }
        let Some(at) = [
            " is ",
            " begins ",
            " starts ",
            " will be ",
            " happens ",
            " falls on ",
            // "String freeze for the bundled translations on August 23rd.", "Go/no-go meeting
            // for the beta on September 20th, …".
            " on ",
            // "Freeze from Feb 19: after that only fixes for real breakage.": from its first day.
            " from ",
            // German "ist" and "am" ("Der Inhaltsstopp für die Website ist der 7. März 2031",
            // "Die Go/No-Go-Entscheidung über den Start fällt am 21. März 2031").
            " ist ",
            " am ",
            // Finnish "alkaa" (begins): "Muutosjäädytys alkaa pe 3.11. klo 16".
            " alkaa ",
            // Bulgarian, Russian and Serbian "до" (by), its day right after: "Заключи обхвата
            // до 19.04.2031." (lock the scope by then).
            " до ",
            // English "by", the same: "Entry transfer decision by Friday 28 September: …".
            " by ",
        ]
        .iter()
        .filter_map(|verb| lower.find(verb))
        .min() else {
            return;
        };
        let subject = sentence[..at].trim();
        // (The length of the word with its spaces: "до" is two letters of two bytes each.)
        let on = [" on ", " am ", " до ", " by "]
            .iter()
            .find(|w| lower[at..].starts_with(*w))
            .map(|w| w.len());
        // With "on": the gate named in at most three words, then only what it is for ("String
        // freeze for the bundled translations on August 23rd"; not "Approval emails go out on
        // …"), and the day right after "on" ("Sign-off on the budget came …" is no day).
        // (German "für", "über": for, about; a German subject may name what it is for before
        // "ist" too: "Der Inhaltsstopp (Content Freeze) für Website und Flyer ist …".)
        let lower_subject = subject.to_lowercase();
        let words: Vec<&str> = lower_subject.split_whitespace().collect();
        let cut = words
            .iter()
            .position(|w| matches!(*w, "for" | "of" | "with" | "für" | "über"))
            .unwrap_or(words.len());
        let named = if on.is_some() {
            cut <= 3 && is_gate(&words[..cut].join(" "))
        } else if lower[at..].starts_with(" ist ") {
            // (The day right after "ist" and its article, and not denied: "Die Abnahme ist
            // verschoben, nicht mehr am 14. März" is no gate on the 14th.)
            let after = lower[at + 5..].trim_start();
            let after = ["der ", "die ", "das ", "am ", "ab ", "bis "]
                .iter()
                .find_map(|w| after.strip_prefix(w))
                .unwrap_or(after);
            let day_next = matches!(self.find(after), Some(Ok(p)) if p.span.start == 0);
            let denied = words_of(&sentence.to_lowercase())
                .iter()
                .any(|w| ["nicht", "verschoben", "kein", "keine"].contains(w));
            cut <= 4 && day_next && !denied && is_gate(&words[..cut].join(" "))
        } else {
            subject.split_whitespace().count() <= 4 && is_gate(subject)
        };
        if !named {
            return;
        }
        let Some(Ok(phrase)) = self.find(&sentence[at..]) else {
            return;
        };
        // (Or a meeting's day before the date in brackets: "Go/no-go for the switch on
        // Thursday's call (Oct 26).")
        if on.is_some_and(|len| {
            sentence[at + len..]
                .get(..phrase.span.start.saturating_sub(len))
                .is_some_and(|gap| {
                    let gap = gap.trim();
                    let in_brackets = gap.ends_with('(') && gap.split_whitespace().count() <= 3;
                    !(gap.is_empty() || in_brackets)
                })
        }) {
            return;
        }
        let Period::Day { date } = phrase.period else {
            return;
        };
        // The sentence as written, its full stop kept.
        let title = match text[sentence.len()..].starts_with('.') {
            true => &text[..=sentence.len()],
            false => sentence,
        };
        self.line_gate(title.trim(), date, line);
    }

    /// "The plan is to freeze a build by Sunday (10 March), test it for a week and then …", "We
    /// freeze the strings by 3 May.": a freeze someone will make by a day, a decision point on
    /// that day named by the sentence up to the end of the day's clause; true when it was one.
    /// Only "freeze" as a verb after "to", "we", "will", "must", "shall", "should" or "we'll",
    /// at most four words before "by", of a piece of the product ("the strings", not "the
    /// soup"), not hedged ("If needed we will …", "They wanted to …"), the day right after "by"
    /// (or its weekday, then the day in brackets) and ending its clause.
    fn freeze_by_sentence(&mut self, sentence: &str, lower: &str, line: usize) -> bool {
        let Some(by) = lower.find(" by ") else {
            return false;
        };
        let words = words_of(&lower[..by]);
        let verb = words.iter().position(|w| *w == "freeze").filter(|&at| {
            at > 0
                // ("We'll freeze": "ll", the apostrophe straight or curly.)
                && ["to", "we", "will", "must", "shall", "should", "ll"].contains(&words[at - 1])
        });
        // (The freeze and what it is of, in at most four words: not "to freeze … and then
        // review the docs by Friday".)
        let Some(at) = verb.filter(|at| words.len() - at <= 5) else {
            return false;
        };
        // What is frozen is a piece of the product ("a build", "the strings", "the API"; not
        // "the soup"); not a wish that failed or a condition ("They wanted to freeze …", "If
        // needed we will freeze …").
        const FROZEN: [&str; 24] = [
            "build",
            "builds",
            "code",
            "codebase",
            "release",
            "branch",
            "strings",
            "string",
            "api",
            "apis",
            "schema",
            "ui",
            "features",
            "feature",
            "translations",
            "docs",
            "content",
            "design",
            "main",
            "master",
            "dependencies",
            "scope",
            "changes",
            "version",
        ];
        let product = words[at + 1..].iter().any(|w| FROZEN.contains(w));
        let hedged = words[..at].iter().any(|w| {
            [
                "if", "unless", "wanted", "tried", "hoped", "planned", "would", "could", "might",
            ]
            .contains(w)
        });
        if !product || hedged {
            return false;
        }
        let day_from = by + " by ".len();
        let after_by = &sentence[day_from..];
        let Some(Ok(phrase)) = self.find(after_by) else {
            return false;
        };
        let Period::Day { date } = phrase.period else {
            return false;
        };
        // The day right after "by", or its weekday then the day in brackets ("by Sunday (10
        // March)").
        let gap = after_by[..phrase.span.start].trim();
        let weekday_first = gap.ends_with('(') && gap.split_whitespace().count() == 2;
        if !(gap.is_empty() || weekday_first) {
            return false;
        }
        // The day ends its clause ("by 20 October 2029 standards" is no deadline).
        let day_end = day_from + phrase.span.end;
        let after = sentence[day_end..].trim_start();
        let closes = after.is_empty()
            || after.starts_with([',', ';', '.', ')', ':'])
            || ["and ", "then ", "so ", "to "]
                .iter()
                .any(|w| after.starts_with(w));
        if !closes {
            return false;
        }
        // The sentence as written, to the end of the clause that holds the day.
        let end = sentence[day_end..]
            .find([',', ';', '.'])
            .map_or(sentence.len(), |i| day_end + i);
        self.line_gate(sentence[..end].trim(), date, line);
        true
    }

    /// A day with its year in the plan's opening prose ("This copy is for the **Harbourmesh Hack
    /// Days on 17 June 2027**"): the event the plan counts down to, when nothing else names a
    /// launch or a start. Not a date the text says it was written or updated on.
    /// A line right under a heading that is only a day or a run of days, times and weekdays
    /// beside them ("*17:00 19th Oct - 17:00 21st Oct*", "Saturday 4 May 2030, 10:00"): the
    /// days the heading's occasion runs, kept with the heading (see
    /// [`launch::day_of_the_counted_heading`]). A line with any other word is no such line.
    fn heading_date_line(&mut self, heading: &str, line: &str) {
        let text = line.trim().trim_matches(['*', '_']).trim();
        // (Cheap first: a short line with a digit.)
        if text.len() > 80 || !text.bytes().any(|b| b.is_ascii_digit()) {
            return;
        }
        // (A year the heading writes, "# Harvest Bazaar 2030", is the line's when it writes
        // none.)
        let year = words_of(heading)
            .iter()
            .filter(|w| w.len() == 4)
            .find_map(|w| w.parse::<i32>().ok().filter(|y| (1990..=2100).contains(y)))
            .and_then(|y| NaiveDate::from_ymd_opt(y, 7, 2));
        let context = self.context;
        if let Some(year) = year {
            self.context = year;
        }
        let found = self.find(text);
        self.context = context;
        let Some(Ok(phrase)) = found else {
            return;
        };
        let first = match phrase.period {
            Period::Day { date } => date,
            Period::Range { start, end } if start <= end => start,
            _ => return,
        };
        let lower = text.to_lowercase();
        let outside = format!(
            "{} {}",
            &lower[..phrase.span.start],
            &lower[phrase.span.end..]
        );
        let only_the_days = words_of(&outside).iter().all(|w| {
            w.starts_with(|c: char| c.is_ascii_digit())
                || month_named(w).is_some()
                || crate::plan::dates::weekday_named(w).is_some()
                || ["am", "pm", "h", "to", "and", "until", "from"].contains(w)
        });
        if only_the_days {
            self.heading_days.push((heading.to_lowercase(), first));
        }
    }

    fn opening_date(&mut self, text: &str) {
        self.opening_date_in(text, false);
    }

    /// [`PlanReader::opening_date`] of a line of opening prose at `line`. Lines right under one
    /// another that each open with a dated step ("Sep 20, 2027 Content freeze", then "Oct 1,
    /// 2027 Launch"): the first gave the opening's day, but the next line's day is the launch
    /// when the rest of that line names it, and the first line's did not.
    fn opening_date_of_line(&mut self, text: &str, line: usize) {
        if let (Some(_), Some(at)) = (self.opening_day, self.opening_day_line) {
            if at + 1 == line && self.cursor == Cursor::Plan {
                if let Some(day) = self.dated_launch_line(text) {
                    self.opening_day = Some(day);
                    self.opening_day_line = None;
                    return;
                }
            }
            // (Only the line right under the first one.)
            self.opening_day_line = None;
            return;
        }
        let before = self.opening_day;
        self.opening_date(text);
        if before.is_none() && self.opening_day.is_some() && self.dated_launch_line(text).is_none()
        {
            self.opening_day_line = Some(line);
        }
    }

    /// The day of a line that opens with a day and its year and then names the launch ("Oct 1,
    /// 2027 Launch", "2027-10-01: Public launch"); None for any other line ("Oct 8, 2027 Launch
    /// retrospective", "Launch: Oct 1, 2027", which the launch's label reads).
    fn dated_launch_line(&self, text: &str) -> Option<NaiveDate> {
        let english = with_english_month_words(text);
        let Some(Ok(phrase)) = find_date(&english, self.context) else {
            return None;
        };
        let Period::Day { date } = phrase.period else {
            return None;
        };
        let before = english[..phrase.span.start].trim_matches(|c: char| !c.is_alphanumeric());
        if !phrase.year_written || !before.is_empty() {
            return None;
        }
        let rest = english[phrase.span.end..]
            .trim_matches(|c: char| c.is_whitespace() || ":-–—|,".contains(c));
        launch::names_launch(rest).map(|_| date)
    }

    /// [`PlanReader::opening_date`] of a line, `quoted` (in a quote at the top of the plan):
    /// then only a day with its weekday and a time after it, as a booking states the event
    /// ("> Booking: poetry circle — open reading, Thursday 7 March 2030, 19.00"), not a
    /// testimonial's or a meeting's date.
    fn opening_date_in(&mut self, text: &str, quoted: bool) {
        // (Prose between lists before the first heading opens no section of its own.)
        let before_headings =
            matches!(self.plan.sections.as_slice(), [only] if only.title.is_empty());
        if self.cursor != Cursor::Plan && !before_headings || self.opening_day.is_some() {
            return;
        }
        let text = &*with_english_month_words(text);
        let lower = text.to_lowercase();
        if [
            "written",
            "updated",
            "created",
            "as of",
            "revised",
            "published",
            "last ",
            // Over already: "accepted on", "was held".
            " was ",
            " were ",
            "accepted",
            "happened",
            "took place",
            // Greek "took place" ("έγινε", "πραγματοποιήθηκε").
            "έγινε",
            "πραγματοποιήθηκε",
            // "於 2029-07-30 開啟" (an issue opened on), "留言" (commented), "作成" (created);
            // Finnish "avannut" (opened), "kommentoi" (commented).
            "avannut",
            "kommentoi",
            "開啟",
            "开启",
            "留言",
            "作成",
            "创建",
            "建立",
            "작성",
        ]
        .iter()
        .any(|w| lower.contains(w))
        {
            return;
        }
        let Some(Ok(phrase)) = find_date(text, self.context) else {
            return;
        };
        // "Week 1 began on Monday 4 January 2027", an issue "opened" or "commented on" on its
        // day: the sentence that holds the date says when something started or was written
        // (not "Sign-ups opened yesterday" beside the event's day).
        let start = text[..phrase.span.start]
            .rfind(['.', ';', '!', '?'])
            .map_or(0, |at| at + 1);
        let end = text[phrase.span.end..]
            .find(['.', ';', '!', '?'])
            .map_or(text.len(), |at| phrase.span.end + at);
        let sentence = text[start..end].to_lowercase();
        let sentence = words_of(&sentence);
        if sentence
            .iter()
            .any(|w| ["began", "opened", "commented"].contains(w))
            || sentence
                .windows(2)
                .any(|w| ["week", "day"].contains(&w[0]) && w[1] == "1")
        {
            return;
        }
        // "The CfP goes live March 1, 2027": what opens before the event.
        if text.get(..phrase.span.start).is_some_and(|before| {
            words_of(&before.to_lowercase())
                .iter()
                .any(|w| launch::OPENS_BEFORE.contains(w))
        }) {
            return;
        }
        // "Release freeze: May 2, 2026" is a labelled date of its own, not the event.
        // ("Next up: the Platform offsite in Porto, arriving Sunday 10 October 2027" announces
        // the event under a label that names no date of its own.)
        // (The colon of a link's "https://" is no label's.)
        let labelled = text
            .get(..phrase.span.start)
            .and_then(|before| {
                let (at, _) = before
                    .match_indices(':')
                    .find(|(at, _)| !before[at + 1..].starts_with("//"))?;
                // ("Room booking: book club — a reading, Wednesday 14 November 2029": a record
                // whose parts, one the day, follow its label; not the label's own date.)
                let gap = &before[at + 1..];
                let parts = quoted && (gap.contains('—') || gap.contains(" - "));
                (!parts || words_of(&gap.to_lowercase()).len() < 3).then_some(&before[..at])
            })
            .is_some_and(|label| {
                let label = label.trim().to_lowercase();
                label.split_whitespace().count() <= 4
                    && !["next up", "up next", "coming up", "next"].contains(&label.as_str())
            });
        // "Saturday 13 and Sunday 14 March 2027", "September 21-24, 2027": from its first day.
        let first = match phrase.period {
            Period::Day { date } => Some(date),
            Period::Range { start, end } if start <= end => Some(start),
            _ => None,
        };
        // "Simulation at camp: **Saturday 22 July 2028**, lift-off (T-0) at 15:30": a day the
        // line calls T-0 is the one the plan counts from, labelled or not.
        let labelled = labelled && !names_t_zero(text);
        let weekday_before = || {
            let before = text[..phrase.span.start].to_lowercase();
            words_of(&before).last().is_some_and(|w| {
                crate::plan::dates::weekday_named(w).is_some()
                    // Greek, Monday to Sunday.
                    || [
                        "δευτέρα",
                        "τρίτη",
                        "τετάρτη",
                        "πέμπτη",
                        "παρασκευή",
                        "σάββατο",
                        "κυριακή",
                    ]
                    .contains(w)
            })
        };
        // The time right after the day: "19:00", "7pm", or with a dot ("18.30").
        let after = &text[phrase.span.end..];
        let timed = time_of_day_in(after).is_some()
            || after
                .split(|c: char| c.is_whitespace() || c == ',')
                .find(|w| !w.is_empty())
                .map(|w| w.trim_matches(|c: char| !c.is_ascii_digit()))
                .and_then(|w| w.split_once('.'))
                .is_some_and(|(h, m)| {
                    h.parse::<u32>().is_ok_and(|h| h < 24)
                        && m.len() == 2
                        && m.parse::<u32>().is_ok_and(|m| m < 60)
                });
        let booked = !quoted || (phrase.weekday.is_some() || weekday_before()) && timed;
        if !booked {
            return;
        }
        if let (Some(date), true, false) = (first, phrase.year_written, labelled) {
            self.opening_day = Some(date);
        }
    }

    /// Whether what is read now is under a heading that dates it or counts down to launch.
    fn in_timeline(&mut self) -> bool {
        self.relative_by_level.iter().any(Option::is_some)
            || self.period_by_level.iter().any(Option::is_some)
            || self.cursor == Cursor::Day
            || matches!(self.last_block(), Some(PlanBlock::Schedule(g)) if g.period.is_some())
    }

    /// "### 🎉 Post event!" after "### 🌸 1 Week" in a countdown whose tasks are bold lines
    /// ("**Send waivers to all hackers**"): the section after the event, undated, whose bold
    /// lines are tasks as the countdown's were (not in a plan that wrote no bold task before).
    fn after_bold_timeline(&mut self) -> bool {
        if !self.bold_lines_are_tasks {
            return false;
        }
        let lower = self.section().title.to_lowercase();
        let words = words_of(&lower);
        words.iter().any(|w| ["post", "after"].contains(w))
            && words.iter().any(|w| is_launch_word(w))
    }

    /// Whether the current section holds a decision point of its own heading.
    fn section_has_gate(&mut self) -> bool {
        self.section()
            .blocks
            .iter()
            .any(|b| matches!(b, PlanBlock::Decision(_)))
    }

    /// "Go (Feb 14, 2026): on track" → the recorded decision.
    fn decision_record(&mut self, text: &str, line: usize) -> Option<DecisionRecord> {
        let (label, rest) = text.split_once('(')?;
        let outcome = Outcome::from_label(label)?;
        let (date_text, note) = rest.split_once(')')?;
        let decided_on = self
            .date_in(date_text, line)
            .and_then(|p| single_day(&p.period))?;
        Some(DecisionRecord {
            outcome,
            decided_on,
            note: lead_trimmed(note),
        })
    }

    /// Whether an item has a day number of its own ("Day 10: Retro") under a heading whose
    /// time after the launch is only a length ("## Post Launch (2 weeks)").
    fn own_day_number(&self, text: &str) -> bool {
        // The nearest heading with a time from the launch is one of those lengths.
        let length = self
            .relative_by_level
            .iter()
            .zip(self.length_by_level)
            .rev()
            .find(|(o, _)| o.is_some())
            .is_some_and(|(_, length)| length);
        length && day_number_in(text).is_some()
    }

    /// A bullet whose nested bullets are only the fields of a piece of work, among them its
    /// dates ("Fechas: 7 abril - 20 abril", "Dates:", "When:") and how long it takes or what it
    /// is ("Duración:", "Descripción:" over its steps): the work as a task, its dates written
    /// after its text (so that it is due at their end), the steps under its description as its
    /// subtasks, the other fields as its notes.
    fn work_of_fields(&self, item: &ListItem) -> Option<ListItem> {
        const DATES: [&str; 9] = [
            "dates", "date", "when", "fechas", "fecha", "datas", "data", "termin", "zeitraum",
        ];
        const LENGTHS: [&str; 6] = [
            "duration",
            "duración",
            "duração",
            "durée",
            "dauer",
            "estimate",
        ];
        const STEPS: [&str; 6] = [
            "description",
            "descripción",
            "descrição",
            "beschreibung",
            "steps",
            "pasos",
        ];
        // (Not a gate with its fields, which stays a decision, nor a list of people.)
        if is_gate(&item.text) || self.in_note_section() {
            return None;
        }
        // Each nested bullet as a field (a description may hold its steps).
        let fields = fields_of(item, 2, false)?;
        let is = |key: &str, list: &[&str]| list.contains(&key);
        if fields.len() < 2 || !fields.iter().any(|(k, _)| is(k, &LENGTHS) || is(k, &STEPS)) {
            return None;
        }
        // The dates a range the value opens with ("7 abril - 20 abril"; not "starts 3 March",
        // "on leave 1-19 July", a start alone).
        let dates = fields.iter().find_map(|(k, value)| {
            let range = self.find(value).and_then(Result::ok).is_some_and(|p| {
                p.span.start == 0
                    && matches!(p.period, Period::Range { start, end } if start != end)
            });
            (is(k, &DATES) && range).then(|| value.to_string())
        })?;
        // "Status: ✅ Done": the work is done.
        let done = fields.iter().any(|(k, v)| {
            is(k, &["status", "estado", "state"]) && (v.contains('✅') || says_done(v))
        });
        let mut work = ListItem {
            text: format!("{} ({dates})", item.text.trim()),
            task: Some(done),
            children: Vec::new(),
            ..item.clone()
        };
        for (child, (key, _)) in item.children.iter().zip(&fields) {
            if is(key, &STEPS) && !child.children.is_empty() {
                work.children
                    .extend(child.children.iter().map(|step| ListItem {
                        task: step.task.or(Some(false)),
                        ..step.clone()
                    }));
            } else if !is(key, &DATES) {
                work.extra.push(item_source(child));
            }
        }
        Some(work)
    }

    /// Whether a plain bullet is work tracked in fields, and then whether it is done: every
    /// bullet nested in it a "Label: value" field, one of them its deadline with a day
    /// ("Срок: 18.11.2030", "Due: 12–19 Sep 2030") and one its status ("Статус: ✅ Завершено",
    /// "Status: In progress"). Not in a section of notes (a list of people with their
    /// "Status:" and "Due:" is no work of the plan's).
    fn tracked_in_fields(&self, item: &ListItem) -> Option<bool> {
        if item.children.len() < 2 || self.in_note_section() {
            return None;
        }
        let fields = fields_of(item, 3, true)?;
        let dated = item
            .children
            .iter()
            .filter_map(|c| deadline_field(&c.text))
            .any(|(_, value)| self.due_in(value).is_some());
        let status = fields
            .iter()
            .find(|(key, _)| STATUS_KEYS.contains(&key.as_str()))
            .map(|(_, value)| status_says_done(value))?;
        dated.then_some(status)
    }

    /// A group of a schedule read as metrics by its heading ("### Key Metrics") whose first
    /// box is work with a day: the group is the schedule's again, under its heading.
    fn back_to_the_schedule(&mut self) {
        let Some(kind) = self.section_kind else {
            return;
        };
        let Some(PlanBlock::Metrics(group)) = self.last_block() else {
            return;
        };
        if !group.metrics.is_empty() {
            return;
        }
        let (id, title) = (group.id.clone(), group.title.clone());
        let parent = self.section_id();
        let line = self.lines.remove(&id).unwrap_or_default();
        let group_id = self.id(&parent, "group", &title, line);
        if let Some(section) = self.plan.sections.last_mut() {
            section.blocks.retain(|b| b.id() != &id);
        }
        self.push_block(PlanBlock::Schedule(ScheduleGroup {
            id: group_id,
            label: title,
            ..Default::default()
        }));
        self.kind = kind;
        self.section_kind = None;
    }

    /// Whether a gate among targets is a decision with its day, not a number to reach ("- [ ]
    /// Go/no-go decision for the release (26 May 2031)"; not "No more than 2 code freeze
    /// exceptions (by 26 May 2031)", whose number is the target).
    fn dated_decision_not_target(&self, text: &str) -> bool {
        let Some(Ok(phrase)) = self.find(text) else {
            return false;
        };
        let without_day = format!(
            "{} {}",
            text.get(..phrase.span.start).unwrap_or_default(),
            text.get(phrase.span.end..).unwrap_or_default()
        );
        Target::parse(&without_day).is_none()
    }

    fn metric(&mut self, item: &ListItem) {
        let parent = self.open_block_of(
            item.line,
            "metrics",
            |b| matches!(b, PlanBlock::Metrics(_)),
            |id| {
                PlanBlock::Metrics(MetricGroup {
                    id,
                    ..Default::default()
                })
            },
        );
        if let Some(title) = self.split_metrics_title.take() {
            if let Some(PlanBlock::Metrics(group)) = self.last_block() {
                if group.metrics.is_empty() && group.title.is_empty() {
                    group.title = title;
                }
            }
        }
        let (text, done) = done_state(item);
        // The exporter writes a recorded actual as " (actual: 1.4 sec)".
        let (text, actual) = match text.rsplit_once(" (actual: ") {
            Some((t, a)) if a.ends_with(')') => (t.to_string(), non_empty(&a[..a.len() - 1])),
            _ => (text, None),
        };
        let notes = self.item_notes(item);
        let id = self.id(&parent, "metric", &text, item.line);
        let metric = Metric {
            id,
            target: Target::parse(&text),
            text,
            done,
            actual,
            notes,
            modified: Stamp::UNKNOWN,
        };
        if let Some(PlanBlock::Metrics(group)) = self.last_block() {
            group.metrics.push(metric);
        }
    }

    fn risk(&mut self, item: &ListItem) {
        let parent = self.open_block_of(
            item.line,
            "risks",
            |b| matches!(b, PlanBlock::Risks(_)),
            |id| {
                PlanBlock::Risks(RiskGroup {
                    id,
                    ..Default::default()
                })
            },
        );
        let (text, resolved) = done_state(item);
        let notes = self.item_notes(item);
        let id = self.id(&parent, "risk", &text, item.line);
        if let Some(PlanBlock::Risks(group)) = self.last_block() {
            group.risks.push(Risk {
                id,
                text,
                resolved,
                notes,
                modified: Stamp::UNKNOWN,
            });
        }
    }

    fn contingency(&mut self, item: &ListItem) {
        let parent = self.open_block_of(
            item.line,
            "contingencies",
            |b| matches!(b, PlanBlock::Contingencies(_)),
            |id| {
                PlanBlock::Contingencies(ContingencyList {
                    id,
                    ..Default::default()
                })
            },
        );
        let text = item.text.clone();
        let (date, body) = self.dated(&text, item.line);
        let (trigger, action) = split_arrow(&body);
        let notes = self.item_notes(item);
        let id = self.id(&parent, "contingency", &text, item.line);
        if let Some(PlanBlock::Contingencies(list)) = self.last_block() {
            list.plans.push(Contingency {
                id,
                date,
                trigger,
                action,
                notes,
                modified: Stamp::UNKNOWN,
            });
        }
    }

    fn comm_entry(&mut self, item: &ListItem) {
        let parent = self.open_block_of(
            item.line,
            "channel",
            |b| matches!(b, PlanBlock::Communication(_)),
            |id| {
                PlanBlock::Communication(CommChannel {
                    id,
                    ..Default::default()
                })
            },
        );
        let (text, done) = done_state(item);
        let cadence = text
            .split_once(':')
            .and_then(|(word, rest)| Cadence::from_word(word).map(|c| (c, rest)));
        let (when, body) = match cadence {
            Some((cadence, rest)) => (Some(cadence), rest.trim().to_string()),
            None => match self.dated(&text, item.line) {
                (Some(date), body) => (Some(Cadence::On(date)), body),
                (None, body) => (None, body),
            },
        };
        // An entry has no subtasks: "- Post the news to:" over the groups, as the export writes
        // an entry's notes, keeps them all as notes.
        let notes = self.notes_under(item, true);
        let id = self.id(&parent, "comm", &text, item.line);
        if let Some(PlanBlock::Communication(channel)) = self.last_block() {
            channel.entries.push(CommEntry {
                id,
                when,
                text: body,
                done,
                notes,
                modified: Stamp::UNKNOWN,
            });
        }
    }

    /// Whether `text` opens with a lead-in that files it after a day: "Post Feb 9: …", "After
    /// 3 May: …", German "Nach dem 9. Februar: …", French "Après le 9 février : …": the word of
    /// "after" (an article at most), the day, then the lead-in's colon. Not a day the work is
    /// done after in its own words ("Ship the fix after May 3"), nor "By Feb 9:".
    fn opens_after_a_day(&self, text: &str) -> bool {
        let lower = text
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        // (A cheap look at the first word before any date is read.)
        let first = lower
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        if !AFTER_A_DAY
            .iter()
            .any(|lead| lead.split(' ').next() == Some(first))
        {
            return false;
        }
        let english = with_english_month_words(text);
        let Some(Ok(phrase)) = self.find(text) else {
            return false;
        };
        let (Some(before), Some(after)) = (
            english.get(..phrase.span.start),
            english.get(phrase.span.end..),
        ) else {
            return false;
        };
        let before = before
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        AFTER_A_DAY.contains(&before.as_str()) && after.trim_start().starts_with(':')
    }

    /// The day the last date written in `text` makes it due (of its first sixteen: each look
    /// reads the rest of the line, and a line of thousands of dates would take their square).
    fn last_due_in(&self, text: &str) -> Option<NaiveDate> {
        let mut rest = text;
        let mut last = None;
        for _ in 0..16 {
            let Some(Ok(phrase)) = self.find(rest) else {
                break;
            };
            last = self.due_in(&rest[phrase.span.start..]).or(last);
            rest = rest.get(phrase.span.end.max(1)..).unwrap_or_default();
        }
        last
    }

    /// The day a date written in an item's text makes it due (a range: its last day); None for
    /// no date, or a month or quarter (which name no day).
    fn due_in(&self, text: &str) -> Option<NaiveDate> {
        let phrase = self.find(text)?.ok()?;
        match phrase.period {
            // "May 11 week": the week that starts that day.
            Period::Day { date } if week_follows(text, phrase.span.end) => {
                date.checked_add_days(chrono::Days::new(6))
            }
            // "(week of October 4)", "the week of May 11": the week that day is in, to its
            // Sunday.
            Period::Day { date } if week_of_before(text, phrase.span.start) => {
                let to_sunday = 6 - chrono::Datelike::weekday(&date).num_days_from_monday();
                date.checked_add_days(chrono::Days::new(u64::from(to_sunday)))
            }
            Period::Day { date } => Some(date),
            Period::Range { end, .. } => Some(end),
            Period::Month { .. } | Period::Quarter { .. } => None,
        }
    }

    /// "First week of June" (its seventh day), "early August", "mid-March", "late May" (the
    /// month): a time a plan gives without a day. None for none.
    fn loose_period(&self, text: &str) -> Option<Period> {
        let lower = text.to_lowercase().replace('-', " ");
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let month_after = |i: usize| -> Option<Period> {
            let month = month_named(words.get(i)?)?;
            let name = chrono::Month::try_from(u8::try_from(month).ok()?)
                .ok()?
                .name();
            let first = self.find(&format!("{name} 1")).and_then(Result::ok)?;
            Some(Period::Month {
                year: chrono::Datelike::year(&first.period.first_day()),
                month,
            })
        };
        // "Hire a mobile developer (June)": a month alone in brackets is the item's month.
        let bracketed_month = text
            .rsplit_once('(')
            .and_then(|(_, aside)| aside.strip_suffix(')'))
            .filter(|aside| !aside.contains(' ') && month_named(aside).is_some());
        if let Some(aside) = bracketed_month {
            let lower_aside = aside.to_lowercase();
            if let Some(i) = words.iter().rposition(|w| *w == lower_aside) {
                return month_after(i);
            }
        }
        words.iter().enumerate().find_map(|(i, w)| {
            let nth = ["first", "second", "third", "fourth", "last"]
                .iter()
                .position(|n| n == w);
            match (nth, words.get(i + 1), words.get(i + 2)) {
                (Some(n), Some(&"week"), Some(&"of")) => {
                    let month = month_after(i + 3)?;
                    let last = month.last_day();
                    let end = if n == 4 {
                        last
                    } else {
                        month
                            .first_day()
                            .checked_add_days(chrono::Days::new(7 * n as u64 + 6))?
                            .min(last)
                    };
                    Some(Period::Day { date: end })
                }
                // "Cut 0.11.0 on the last Saturday of August": that weekday of the month.
                (Some(n), Some(day), Some(&"of")) => {
                    let weekday = crate::plan::dates::weekday_named(day)?;
                    let month = month_after(i + 3)?;
                    let last = month.last_day();
                    let mut days = month
                        .first_day()
                        .iter_days()
                        .take_while(|d| *d <= last)
                        .filter(|d| chrono::Datelike::weekday(d) == weekday);
                    let date = if n == 4 { days.last() } else { days.nth(n) }?;
                    Some(Period::Day { date })
                }
                _ if matches!(*w, "early" | "mid" | "late") => month_after(i + 1),
                // "End of May", "beginning of June"; "fin de mayo", "inicio junio", "mediados de
                // julio", "Anfang Juni", "début juin", "fine maggio": the month.
                _ if LOOSE_PARTS.contains(w) => {
                    let joins = ["of", "de", "del", "do", "da", "des", "du", "di"];
                    let next = if words.get(i + 1).is_some_and(|n| joins.contains(n)) {
                        i + 2
                    } else {
                        i + 1
                    };
                    // "Final" is a month's part only before "de" ("final de junio"; "Final
                    // review" is none); "fin" before the month too ("Fin septiembre").
                    if matches!(*w, "final" | "finales") && next == i + 1 {
                        return None;
                    }
                    month_after(next)
                }
                _ => None,
            }
        })
    }

    /// "Feb 15: text" → (Feb 15, "text"); text that does not open with one day stays whole.
    fn dated(&mut self, text: &str, line: usize) -> (Option<NaiveDate>, String) {
        let phrase = self.date_at_start(text, line);
        match phrase
            .as_ref()
            .and_then(|p| single_day(&p.period).map(|d| (d, p.span.end)))
        {
            Some((date, end)) => (
                Some(date),
                lead_trimmed(text.get(end..).unwrap_or_default()),
            ),
            None => (None, text.to_string()),
        }
    }

    /// Keeps content the reader has no place for as a note on the innermost open node.
    fn unrecognised(&mut self, text: String, line: usize) {
        if text.trim().is_empty() {
            return;
        }
        // (Not a line that opens with a bold label of its own: "**Démarrage (J0) :** lundi 7
        // janvier 2030" after a long "**Objectif :** …" is a field, not the sentence going on.)
        let bold_field = self.line_opens_bold
            && text
                .split_once(':')
                .is_some_and(|(label, _)| label.split_whitespace().count() <= 5);
        if self.continued && !bold_field && self.joins_the_line_before(&text, line) {
            return;
        }
        self.last_note_line = line;
        let cursor = self.cursor;
        let attached_to = match cursor {
            Cursor::Plan => {
                self.plan.notes.push(text.clone());
                self.plan.id.clone()
            }
            Cursor::Section => {
                let section = self.section();
                section.notes.push(text.clone());
                section.id.clone()
            }
            Cursor::Block | Cursor::Day => match self.last_block() {
                Some(PlanBlock::Schedule(g)) if cursor == Cursor::Day && !g.days.is_empty() => {
                    let day = g.days.last_mut().map(|d| {
                        d.notes.push(text.clone());
                        d.id.clone()
                    });
                    day.unwrap_or_default()
                }
                Some(block) => {
                    block.notes_mut().push(text.clone());
                    block.id().clone()
                }
                None => {
                    let section = self.section();
                    section.notes.push(text.clone());
                    section.id.clone()
                }
            },
        };
        self.report.unrecognised.push(Unrecognised {
            line,
            text,
            attached_to,
        });
    }

    /// A prose line of a paragraph that goes on with the sentence of the note kept from the
    /// line right before it ("… The mini-summit is a half-day add-on to" then "Open Data Days
    /// Leeds, in one of the conference's breakout rooms."): one note, the lines joined by a
    /// space, as the paragraph reads. Whether it was joined.
    fn joins_the_line_before(&mut self, text: &str, line: usize) -> bool {
        let Some(last) = self.report.unrecognised.last() else {
            return false;
        };
        if self.last_note_line + 1 != line || !wraps_into(&last.text, text) {
            return false;
        }
        let (before, id) = (last.text.clone(), last.attached_to.clone());
        let joined = format!("{} {}", before.trim_end(), text.trim_start());
        let plan = &mut self.plan;
        let notes = if plan.id == id {
            Some(&mut plan.notes)
        } else {
            plan.sections.last_mut().and_then(|section| {
                if section.id == id {
                    return Some(&mut section.notes);
                }
                let block = section.blocks.last_mut()?;
                if block.id() == &id {
                    return Some(block.notes_mut());
                }
                match block {
                    PlanBlock::Schedule(g) => g
                        .days
                        .last_mut()
                        .filter(|d| d.id == id)
                        .map(|d| &mut d.notes),
                    _ => None,
                }
            })
        };
        let Some(last_note) = notes.and_then(|n| n.last_mut()) else {
            return false;
        };
        if *last_note != before {
            return false;
        }
        *last_note = joined.clone();
        if let Some(last) = self.report.unrecognised.last_mut() {
            last.text = joined;
        }
        self.last_note_line = line;
        true
    }
}

/// Whether a line is cut off in the middle of a sentence that the next line goes on with: a
/// long line that ends in a word or a comma (not a stop, a colon or a bracket), and a next line
/// that opens with a word, not a label ("Owner: …") or a mark of its own. (A field, "Go-Live:
/// Mar 10, 2031 @ 02:00 UTC", is a line of its own; "Summary: The roadmap for Kestrel, a
/// field-survey app for" is a sentence after its label.)
fn wraps_into(line: &str, next: &str) -> bool {
    let line = line.trim_end();
    let next = next.trim_start();
    fn label(text: &str) -> Option<&str> {
        text.split_once(':').and_then(|(label, value)| {
            (label.split_whitespace().count() <= 4 && !label.contains(['(', '`', '"']))
                .then_some(value)
        })
    }
    let cut = line.chars().count() >= 50
        && line
            .chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric() || c == ',')
        && label(line).is_none_or(|value| value.trim().chars().count() >= 50);
    cut && next.chars().next().is_some_and(char::is_alphabetic) && label(next).is_none()
}

#[cfg(test)]
mod tests;

/// "Month", "Maand", "Monat", "Mois", "Mes", "Mese", "Månad", "Måned", "Měsíc", "Miesiąc" (and
/// their plurals): the word a count of months opens with ("Maand 2-3").
/// The words of a numbered phase of a plan's own calendar ("### Sprint 2", "### Ciclo II",
/// Lithuanian "### II ciklas"): a sprint, phase, cycle, stage, iteration or month.
const PHASE_WORDS: [&str; 29] = [
    "sprint",
    "phase",
    "fase",
    "fáze",
    "faza",
    "stage",
    "etapa",
    "étape",
    "etappe",
    "etap",
    "cycle",
    "ciclo",
    "ciklas",
    "cyklus",
    "zyklus",
    "cyclus",
    "iteration",
    "iteración",
    "iterazione",
    "iteração",
    "month",
    "maand",
    "monat",
    "mois",
    "mese",
    "månad",
    "måned",
    "měsíc",
    "miesiąc",
];

/// The word a heading's count of the plan's months opens with: "Month 3", "Months 4-5",
/// Azerbaijani and Turkish "Ay 3" (`ay`: only in a plan that named its month 1 with "Ay 1 =
/// sentyabr"; "Ay" is no count in an English heading, "### Ay 2 observations").
fn counts_months(word: &str, ay: bool) -> bool {
    matches!(word, "month" | "months") || ay && word == "ay"
}

const MONTH_UNITS: [&str; 18] = [
    "month", "months", "maand", "maanden", "monat", "monate", "mois", "mes", "meses", "mese",
    "mesi", "månad", "månader", "måned", "måneder", "měsíc", "měsíce", "miesiąc",
];

/// The days of a run written in date order with the ones before its first step back in time a
/// year earlier ("2029-01-14, 2029-02-12, 2028-04-08" → "2028-01-14, 2028-02-12, 2028-04-08";
/// "2031-11-03, 2031-12-08, 2031-01-12" → "2030-11-03, 2030-12-08, 2031-01-12"), when they
/// are all of one year and that puts every day in order; None otherwise.
fn in_order(days: &[NaiveDate]) -> Option<Vec<NaiveDate>> {
    use chrono::Datelike;
    let turn = days.windows(2).position(|w| w[1] < w[0])?;
    // (Only days of one year before days of one year, the same or the one before: not "May 5"
    // then "Mar 9" and "Feb 3" of a log written newest first, read in two years.)
    let year = days[turn + 1].year();
    let first = days[0].year();
    if !(first == year || first == year + 1)
        || days[..=turn].iter().any(|d| d.year() != first)
        || days[turn + 1..].iter().any(|d| d.year() != year)
    {
        return None;
    }
    let mut moved = days[..=turn]
        .iter()
        .map(|&d| crate::plan::dates::date_in_years(d, -1))
        .collect::<Option<Vec<_>>>()?;
    moved.extend_from_slice(&days[turn + 1..]);
    moved.windows(2).all(|w| w[0] <= w[1]).then_some(moved)
}

/// The first day of the first date in `text` that writes its year, looking past dates that do
/// not ("Wednesday Jun 3 → Wednesday Jun 10, 2026").
fn year_written_in(text: &str, context: NaiveDate) -> Option<NaiveDate> {
    let text = with_english_month_words(text);
    let mut rest = &*text;
    loop {
        let end = match find_date(rest, context)? {
            Ok(phrase) if phrase.year_written => return Some(phrase.period.first_day()),
            Ok(phrase) => phrase.span.end,
            Err(crate::plan::dates::DateProblem::Impossible { span, .. }) => span.end,
        };
        rest = rest.get(end.max(1)..)?;
    }
}

/// A year written alone ("Roadmap 2027", "the summer 2026 cycle") in the plan's title (opening
/// or ending it) or the prose before its first list, table or section: a four-digit number from 1990 to 2100 that is
/// not part of a version, a date, a range or a percentage, nor a count ("2030 sign-ups").
fn opening_year(source: &str) -> Option<i32> {
    source
        .lines()
        .map(str::trim)
        .enumerate()
        .take_while(|(i, line)| {
            let list = line.starts_with(['-', '*', '+', '|'])
                || line
                    .split_once(". ")
                    .is_some_and(|(n, _)| n.parse::<u32>().is_ok());
            !(list || *i > 0 && line.starts_with("##"))
        })
        .find_map(|(_, line)| {
            let bytes = line.as_bytes();
            line.match_indices(|c: char| c.is_ascii_digit())
                .map(|(i, _)| i)
                .filter(|&i| i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
                .find_map(|i| {
                    let digits = line.get(i..i + 4)?;
                    let year: i32 = digits.parse().ok()?;
                    let joined = |b: Option<&u8>| {
                        b.is_some_and(|b| b.is_ascii_alphanumeric() || b".-/:%,".contains(b))
                    };
                    let before = i.checked_sub(1).and_then(|j| bytes.get(j));
                    let after = bytes.get(i + 4);
                    let after_is_end = after
                        .is_none_or(|b| *b == b',' && bytes.get(i + 5).is_none_or(|c| *c == b' '));
                    // "2030 sign-ups", "1995 users": a count of something.
                    let counted = line
                        .get(i + 4..)
                        .and_then(|rest| rest.split_whitespace().next())
                        .is_some_and(|w| w.len() > 3 && w.ends_with('s'));
                    // In a title, a year that opens or ends it ("Roadmap 2027", "2027 launch
                    // plan"), not one inside a product's name ("SQL Server 2019 upgrade plan").
                    let title = line.starts_with('#');
                    let words: Vec<&str> = line
                        .trim_start_matches('#')
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .collect();
                    let at_edge = words.first() == Some(&digits) || words.last() == Some(&digits);
                    ((1990..=2100).contains(&year)
                        && !joined(before)
                        && (after_is_end || !joined(after))
                        && !counted
                        && (!title || at_edge))
                        .then_some(year)
                })
        })
}

/// The year that most of the days written with a weekday and without a year fit ("Tuesday, Feb
/// 16"), among the six years either side of `context`'s (the nearest among equals, a later one
/// before an earlier one): the first such day in that year. None when fewer than two days have
/// a weekday, or no year fits more than half of them.
fn weekdays_year(source: &str, context: NaiveDate) -> Option<NaiveDate> {
    use chrono::Datelike;
    let days: Vec<(u32, u32, chrono::Weekday)> = source
        .lines()
        .filter_map(|line| {
            let phrase = find_date(line, context)?.ok()?;
            let weekday = phrase.weekday.filter(|_| !phrase.year_written)?;
            match phrase.period {
                Period::Day { date } => Some((date.month(), date.day(), weekday)),
                _ => None,
            }
        })
        .take(200)
        .collect();
    if days.len() < 2 {
        return None;
    }
    // Years written alone in brackets ("Kalendar (2031)"), not in a date, a version or a
    // sentence ("the 2021 move").
    let bare_years: Vec<i32> = source
        .split('(')
        .skip(1)
        .filter_map(|after| after.split_once(')').map(|(inside, _)| inside.trim()))
        .filter(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .filter_map(|w| w.parse().ok())
        .filter(|y| (2000..=2099).contains(y))
        .take(50)
        .collect();
    let fits = |year: i32| {
        days.iter()
            .filter(|(m, d, w)| {
                NaiveDate::from_ymd_opt(year, *m, *d).is_some_and(|date| date.weekday() == *w)
            })
            .count()
    };
    let year = [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6]
        .into_iter()
        .map(|shift| context.year() + shift)
        .chain(bare_years.iter().copied())
        .max_by_key(|&year| {
            (
                fits(year),
                // ("| Kalendar (2031) |" over the days: a year the plan writes alone.)
                bare_years.contains(&year),
                std::cmp::Reverse((year - context.year()).abs()),
                year,
            )
        })?;
    if fits(year) * 2 <= days.len() {
        return None;
    }
    let (month, day, _) = days[0];
    NaiveDate::from_ymd_opt(year, month, day)
}

/// The same month and day as `date` in the year nearest `date`'s (within three either way) on
/// which it falls on `weekday`; None when no such year is that near.
fn year_with_weekday(date: NaiveDate, weekday: chrono::Weekday) -> Option<NaiveDate> {
    use chrono::Datelike;
    if date.weekday() == weekday {
        return Some(date);
    }
    [-1, 1, -2, 2, -3, 3].into_iter().find_map(|shift| {
        let candidate = NaiveDate::from_ymd_opt(date.year() + shift, date.month(), date.day())?;
        (candidate.weekday() == weekday).then_some(candidate)
    })
}

/// Takes out the decision points read from a summary (`summary`) that another decision point
/// of the plan already holds on the same day: the summary repeated the schedule's gate. The
/// summary keeps the line as a note.
fn drop_repeated_gates(plan: &mut Plan, summary: &[NodeId]) {
    if summary.is_empty() {
        return;
    }
    let summary: HashSet<&NodeId> = summary.iter().collect();
    let mut elsewhere = HashSet::new();
    plan.for_each_node(|node, _| {
        if let NodeRef::Block(PlanBlock::Decision(d)) = node {
            if !summary.contains(&d.id) {
                elsewhere.extend(d.date);
            }
        }
    });
    for section in &mut plan.sections {
        let mut kept = Vec::new();
        for block in std::mem::take(&mut section.blocks) {
            match block {
                PlanBlock::Decision(d)
                    if summary.contains(&d.id)
                        && d.date.is_some_and(|day| elsewhere.contains(&day)) =>
                {
                    section.notes.push(d.title);
                    section.notes.extend(d.notes);
                }
                other => kept.push(other),
            }
        }
        section.blocks = kept;
    }
}

/// Drops a decision point read from a day's title ("**Tuesday, Mar 9 - Feature Freeze**") when
/// the plan states the same gate on the same day as a decision of its own (as the Markdown
/// export writes both): read back, the plan has it once.
fn drop_day_gates_written_twice(plan: &mut Plan, day_gates: &[NodeId]) {
    if day_gates.is_empty() {
        return;
    }
    let day_gates: HashSet<&NodeId> = day_gates.iter().collect();
    let mut stated = HashSet::new();
    plan.for_each_node(|node, _| {
        if let NodeRef::Block(PlanBlock::Decision(d)) = node {
            if !day_gates.contains(&d.id) {
                stated.insert((d.title.clone(), d.date));
            }
        }
    });
    for section in &mut plan.sections {
        section.blocks.retain(|block| {
            !matches!(block, PlanBlock::Decision(d)
                if day_gates.contains(&d.id) && stated.contains(&(d.title.clone(), d.date)))
        });
    }
}

/// Drops a decision point read from a sentence of prose when the plan states the same gate on
/// the same day elsewhere (as the Markdown export writes it: the sentence stays a note, the gate
/// a decision point of its own): read back, the plan has it once.
fn drop_repeated_sentence_gates(
    plan: &mut Plan,
    from_sentences: &[NodeId],
    plain: &HashSet<NodeId>,
) {
    if from_sentences.is_empty() {
        return;
    }
    let from: HashSet<&NodeId> = from_sentences.iter().collect();
    let mut elsewhere: HashSet<(String, Option<NaiveDate>)> = HashSet::new();
    plan.for_each_node(|node, _| {
        if let NodeRef::Block(PlanBlock::Decision(d)) = node {
            if !from.contains(&d.id) {
                elsewhere.insert((d.title.clone(), d.date));
            }
        }
    });
    for section in &mut plan.sections {
        section.blocks.retain(|block| match block {
            PlanBlock::Decision(d) => {
                !(from.contains(&d.id) && elsewhere.contains(&(d.title.clone(), d.date)))
            }
            _ => true,
        });
    }
    drop_sentence_gates_written_as_items(plan, &from, plain);
}

/// A decision point read from a sentence whose title names no gate ("We went with Go yesterday
/// (Tue 13 Nov).") is written by the Markdown export under a heading of its day, as a bold
/// line that reads back as a plain item of that day: read back, the sentence gives the decision
/// point again and that item (a plain bullet, open, with no notes, the same text on the same
/// day; not a checkbox someone wrote) goes, with the day and group it leaves empty.
fn drop_sentence_gates_written_as_items(
    plan: &mut Plan,
    from: &HashSet<&NodeId>,
    plain: &HashSet<NodeId>,
) {
    // (Keyed as the gates of `drop_repeated_sentence_gates` are: one kind of set in the reader.)
    let mut gates: HashSet<(String, Option<NaiveDate>)> = HashSet::new();
    plan.for_each_node(|node, _| {
        if let NodeRef::Block(PlanBlock::Decision(d)) = node {
            if from.contains(&d.id) && d.date.is_some() {
                gates.insert((d.title.clone(), d.date));
            }
        }
    });
    if gates.is_empty() {
        return;
    }
    // (Every gate has its day: an item without one is no copy.)
    let is_exported_copy = |item: &Item, day: Option<NaiveDate>| {
        plain.contains(&item.id)
            && !item.done
            && item.notes.is_empty()
            && gates.contains(&(item.text.clone(), item.due.or(day)))
    };
    for section in &mut plan.sections {
        section.blocks.retain_mut(|block| {
            let PlanBlock::Schedule(g) = block else {
                return true;
            };
            let count = |g: &ScheduleGroup| {
                g.items.len() + g.days.iter().map(|d| d.items.len()).sum::<usize>()
            };
            let before = count(g);
            g.items.retain(|item| !is_exported_copy(item, None));
            for day in &mut g.days {
                let date = day.date;
                day.items.retain(|item| !is_exported_copy(item, Some(date)));
            }
            if count(g) == before {
                return true;
            }
            g.days
                .retain(|d| !d.items.is_empty() || !d.notes.is_empty() || d.title.is_some());
            !(g.days.is_empty() && g.items.is_empty() && g.notes.is_empty() && g.label.is_empty())
        });
    }
}

/// "Metrics" in Portuguese and Spanish, Italian, French, German, Dutch and Polish.
/// "Success criteria" as a title in other languages: Dutch, German, French, Spanish,
/// Portuguese, Italian, the Nordic languages, Polish, Russian, Ukrainian, Turkish,
/// Indonesian, Vietnamese and Thai.
const FOREIGN_SUCCESS_CRITERIA: &[&str] = &[
    "succescriteria",
    "erfolgskriterien",
    "critères de succès",
    "critères de réussite",
    "criterios de éxito",
    "critérios de sucesso",
    "critérios de êxito",
    "criteri di successo",
    "framgångskriterier",
    "succeskriterier",
    "suksesskriterier",
    "kryteria sukcesu",
    "критерии успеха",
    "критерії успіху",
    "başarı kriterleri",
    "kriteria keberhasilan",
    "kriteria sukses",
    "tiêu chí thành công",
    "เกณฑ์ความสำเร็จ",
];

const FOREIGN_METRICS: [&str; 8] = [
    "métricas",
    "métrica",
    "metriche",
    "métriques",
    "metriken",
    "kennzahlen",
    "metrieken",
    "metryki",
];

/// Whether a group's heading names what is measured: "Metrics to Monitor", "Key Metrics",
/// "KPIs", "Success Metrics" (metrics first, or last after at most two words), undated.
fn names_metrics(heading: &str) -> bool {
    // (An aside in brackets aside: "KPI (Search Console + Plausible)".)
    let heading = match heading
        .trim_end()
        .strip_suffix(')')
        .and_then(|h| h.split_once('('))
    {
        Some((title, _)) if !title.trim().is_empty() => title,
        _ => heading,
    };
    let lower = heading.to_lowercase();
    let words = words_of(&lower);
    let metric = |w: &&str| ["metrics", "kpis", "kpi"].contains(w) || FOREIGN_METRICS.contains(w);
    let watched = |w: &&str| ["monitor", "track", "watch"].contains(w);
    match words.as_slice() {
        // "### Exit Criteria", "### Exit Criteria Status": what the stage had to meet.
        ["exit", "criteria"] | ["exit", "criteria", "status"] => true,
        [first, rest @ ..] if metric(first) => {
            rest.is_empty() || matches!(rest, ["to", w] if watched(w))
        }
        [.., last] if metric(last) => {
            words.len() <= 3
                && words[..words.len() - 1]
                    .iter()
                    .all(|w| ["key", "success", "launch", "core", "main"].contains(w))
        }
        _ => false,
    }
}

/// Whether a title says it is after the launch ("Post-Cutover Activities", "After go-live",
/// "Post Launch (1 Week)"), by any of the launch's names.
fn says_after_launch(title: &str) -> bool {
    let lower = launch_words_in_english(&title.to_lowercase());
    let words = words_of(&lower);
    let launch = words.contains(&"launch")
        || words.contains(&"cutover")
        || words
            .windows(2)
            .any(|w| w == ["go", "live"] || w == ["cut", "over"]);
    launch && (words.contains(&"post") || words.windows(2).any(|w| w == ["after", "launch"]))
}

/// Whether a move's value opens with its day (a weekday before it at most, the day at byte
/// `day_at`), and the day is decided ("3 March or 10 March, TBD" is not; "when the geese fly
/// south, about 20 October" says no move's day).
fn opens_with_a_decided_day(value: &str, day_at: usize) -> bool {
    let before_day = value[..day_at].trim().trim_end_matches([',', '(']);
    let lower = value.to_lowercase();
    let undecided = words_of(&lower)
        .iter()
        .any(|w| ["or", "tbd", "tbc", "maybe", "perhaps"].contains(w))
        || value.contains('?');
    before_day.split_whitespace().count() <= 1 && !undecided
}

/// How a clause about what a task makes says when that goes out: in brackets after the task
/// ("Newsletter ready (goes out 1 day before)"), or as its purpose ("Write the FAQ email to go
/// out 1 week before").
const SENT_LATER: [&str; 16] = [
    "(goes out ",
    "(go out ",
    "(going out ",
    "(sent ",
    "(is sent ",
    "(posted ",
    "(published ",
    "(mailed ",
    "to go out ",
    "to be sent ",
    "to be posted ",
    "to be published ",
    "that goes out ",
    "which goes out ",
    "that is sent ",
    "which is sent ",
];

/// Whether the time from the launch a line writes is the time something the task makes goes
/// out ("Newsletter segment ready (goes out 1 day before)", "Write the parents' email to go out
/// 1 week before"), the clause after the task's own words (see [`SENT_LATER`]); not "Send the
/// newsletter 1 day before", whose time is the task's.
fn times_what_it_sends(text: &str) -> bool {
    // (A cheap test first: every such clause says "out" or a participle of sending.)
    let lower = text.to_lowercase();
    if !["out", "sent", "posted", "published", "mailed"]
        .iter()
        .any(|w| lower.contains(w))
    {
        return false;
    }
    SENT_LATER.iter().any(|clause| {
        lower.find(clause).is_some_and(|at| {
            at > 0
                && relative_in(&lower[at + clause.len()..]).is_some()
                && relative_in(&lower[..at]).is_none()
        })
    })
}

/// Whether a line's last words, set apart by a dash or a colon, say only that it is done on the
/// day ("Tag 1.0 and publish - on the day", "Unlock the doors: on the day itself").
fn closes_on_the_day(text: &str) -> bool {
    let Some(tail) = [" - ", " – ", " — ", ": "]
        .iter()
        .filter_map(|sep| text.rsplit_once(sep).map(|(_, tail)| tail))
        .min_by_key(|tail| tail.len())
    else {
        return false;
    };
    let lower = tail.trim().trim_end_matches(['.', ')']).to_lowercase();
    matches!(
        lower.as_str(),
        "on the day" | "on the day itself" | "the same day" | "same day" | "on the same day"
    )
}

/// Whether a line opens with a time from the launch ("T-3 Pen-test report", "T+14: share the
/// results"), the time it is due.
fn opens_with_offset(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or_default();
    let first = first.trim_end_matches([':', ',']);
    first.len() >= 3
        && (first.starts_with("T-") || first.starts_with("T+"))
        && first[2..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
        && relative_in(first).is_some()
}

/// Whether a bullet is only a status's label ("Status:", "**Stand:**"): what is nested under
/// it says where things stand.
fn labels_a_status(text: &str) -> bool {
    let label = text.trim().trim_matches('*').trim();
    label.strip_suffix([':', '：']).is_some_and(|word| {
        let word = word.trim_matches('*').trim().to_lowercase();
        [
            "status",
            "stand",
            "état",
            "estado",
            "stato",
            "状态",
            "状態",
            "상태",
            "статус",
            "durum",
        ]
        .contains(&word.as_str())
    })
}

/// Whether a label introduces what must hold rather than work: "**Has to be true:**", "**Must
/// hold (every one):**", "**Every line below must hold before we go public:**", or a label that
/// ends with a condition's word ("**Stop if:**", "**Ready to open when:**").
fn labels_conditions(text: &str) -> bool {
    text.trim().strip_suffix([':', '：']).is_some_and(|label| {
        let lower = label.to_lowercase();
        [
            "must hold",
            "must all hold",
            "has to be true",
            "have to be true",
            "must be true",
            "must all be true",
            "needs to be true",
            "need to be true",
        ]
        .iter()
        .any(|p| lower.contains(p))
            || notes::states_conditions(label)
            || notes::asks_when_it_applies(label)
    })
}

/// Whether a bullet names a meeting and how long it runs ("**Kick-off call with the client (90
/// min)**", Portuguese "Reunião com a cliente ⏱️ 40min"), or a meeting whose plain bullets
/// each give their minutes ("Welcome call starts" over "Hello and who we are (5 min)"): the
/// bullets under it are what the meeting talks about, its topics, not steps. (Not a meeting
/// without a length, "Feature Complete Meeting:" over work its team takes on.)
fn holds_a_meetings_topics(item: &ListItem) -> bool {
    let plain: Vec<&ListItem> = item
        .children
        .iter()
        .filter(|c| c.task.is_none() && c.children.is_empty())
        .collect();
    names_a_meeting(&item.text)
        && !plain.is_empty()
        // (Not the steps before it: "- Prepare the deck", "- Book the room".)
        && plain.iter().filter(|c| opens_with_an_imperative(&c.text)).count() * 2 <= plain.len()
        && (says_minutes_or_hours(&item.text)
            || plain.iter().all(|c| says_minutes_or_hours(&c.text)))
}

/// Whether a text names a meeting: a call, a meeting, a kick-off, a workshop, a retro, a
/// stand-up or a walk-through, in English or a neighbouring language.
fn names_a_meeting(text: &str) -> bool {
    const MEETINGS: [&str; 22] = [
        "call",
        "meeting",
        "kickoff",
        "workshop",
        "retro",
        "retrospective",
        "standup",
        "walkthrough",
        "webinar",
        "briefing",
        "reunião",
        "reunion",
        "reunión",
        "réunion",
        "riunione",
        "besprechung",
        "treffen",
        "vergadering",
        "overleg",
        "spotkanie",
        "møte",
        "möte",
    ];
    let lower = text.to_lowercase();
    let words = words_of(&lower);
    words.iter().any(|w| MEETINGS.contains(w))
        || words
            .windows(2)
            .any(|w| matches!(w, ["kick", "off"] | ["stand", "up"] | ["walk", "through"]))
}

/// Whether a text gives a length in minutes or hours ("(90 min)", "⏱️ 40min", "1 hour").
fn says_minutes_or_hours(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words = words_of(&lower);
    let unit = |w: &str| {
        [
            "min", "mins", "minute", "minutes", "minutos", "minuten", "minuti", "h", "hr", "hrs",
            "hour", "hours", "horas", "stunde", "stunden",
        ]
        .contains(&w)
    };
    words.iter().enumerate().any(|(at, w)| {
        let digits = w.len() - w.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        digits > 0
            && if digits == w.len() {
                words.get(at + 1).is_some_and(|next| unit(next))
            } else {
                unit(&w[digits..])
            }
    })
}

/// Whether a bold line without a colon names notes and at most a few words more, an aside
/// after it: "**Stress-test notes (07/08)**", "**Notes from the dry run**" over what was seen.
/// (Not "**Release Notes Post**", work named after the notes, nor "**Release notes**", which
/// as often lists what to write.)
fn heads_notes(text: &str) -> bool {
    let lower = text.trim().trim_matches('*').to_lowercase();
    let head = lower.split(['(', '（']).next().unwrap_or_default();
    let words = words_of(head);
    !lower.ends_with([':', '：'])
        && (2..=4).contains(&words.len())
        && words.first() != Some(&"release")
        && (words.last() == Some(&"notes")
            || words.first() == Some(&"notes") && words.get(1) == Some(&"from"))
}

/// Whether a bold line asks a question ("**Q2: Do we keep typing the ISBN by hand?**"): the plain
/// bullets under it answer it or weigh it, notes. (Not a question about what to do or what is
/// needed or left: "**What do we still need before Friday?**" lists work.)
fn asks_a_question(text: &str) -> bool {
    let lower = text
        .trim()
        .trim_end_matches([':', '：', '*', ' '])
        .to_lowercase();
    let words = words_of(&lower);
    let what_to_do = words.contains(&"what")
        && words.iter().any(|w| ["do", "does", "done"].contains(w))
        || words
            .iter()
            .any(|w| ["need", "needs", "next", "todo", "left", "remaining"].contains(w));
    lower.ends_with(['?', '？']) && !what_to_do
}

/// The sentence a lead-in ends with, lower-cased, when the line ends in one of `colons`
/// ("Thanks to all. The registration form asks for:" gives "the registration form asks for").
fn lead_in_sentence(text: &str, colons: &[char]) -> Option<String> {
    let lead = text.trim().strip_suffix(colons)?;
    let sentence = lead.rsplit(['.', '!', '?', ';']).next().unwrap_or_default();
    Some(sentence.to_lowercase())
}

/// Whether a sentence ends by saying what something has, needs or asks for, and then lists
/// it: "The registration form asks for:", "What the rooms need:", "We usually offer these
/// tickets:", "The suite wants two things from your machine:", "From Monday you will have:".
/// What is listed are things (fields, tickets, rooms' needs, what one gets), not steps. (Not
/// what is to be done: "Everyone needs to:", "Services that have to be moved:", "The week
/// still needs breaking down:", "Results we still need before launch:"; not a request,
/// "Please have these ready:".)
fn introduces_things(text: &str) -> bool {
    let Some(lower) = lead_in_sentence(text, &[':']) else {
        return false;
    };
    let words = words_of(&lower);
    // (A lead-in whose last clause is a verb alone asks for work and lists steps: "Before the
    // data stops moving, finish:".)
    let last_clause = lower.rsplit(',').next().unwrap_or_default().trim();
    if lower.contains(',')
        && last_clause.split_whitespace().count() == 1
        && opens_with_an_imperative(last_clause)
    {
        return false;
    }
    if names_what_stays_as_it_is(&words) {
        return true;
    }
    if says_what_is_listed(&lower) {
        return true;
    }
    // "The team consists of:", Albanian "Ekipi përbëhet nga:", German "Das Team besteht aus:":
    // the parts or the people something is made of. "Use this tracker for:": what the page
    // is for, its scope.
    // "**Reserved for:**" over a spare week, Portuguese "Reservada para:": what the time is
    // kept for in case it comes, not steps (not "Tasks reserved for Friday:", which names work).
    if words.len() <= 5
        && !words
            .iter()
            .any(|w| ["tasks", "task", "steps", "work", "jobs"].contains(w))
        && RESERVED_FOR.iter().any(|p| lower.trim_end().ends_with(p))
    {
        return true;
    }
    if MADE_OF.iter().any(|p| lower.trim_end().ends_with(p))
        || words.len() <= 5 && matches!(words.as_slice(), ["use", "this" | "the" | "it", .., "for"])
    {
        return true;
    }
    // "Versions read year.month.quarter rather than semver, because:": the reasons, not steps
    // (Spanish and Portuguese "porque", German "weil", Italian "perché", Dutch "omdat").
    if words
        .last()
        .is_some_and(|w| ["because", "porque", "weil", "perché", "omdat"].contains(w))
    {
        return true;
    }
    const HAVE: [&str; 16] = [
        "need", "needs", "asks", "ask", "want", "wants", "has", "have", "offer", "offers",
        "include", "includes", "contain", "contains", "cover", "covers",
    ];
    let Some(at) = words.iter().position(|w| HAVE.contains(w)) else {
        return false;
    };
    let before = &words[..at];
    let after = &words[at + 1..];
    !before.is_empty()
        && !before
            .iter()
            .any(|w| ["please", "must", "should", "skal", "to", "not", "still"].contains(w))
        && after.len() <= 5
        && !after.iter().any(|w| {
            [
                "to", "not", "steps", "tasks", "actions", "before", "by", "until",
            ]
            .contains(w)
                || w.ends_with("ing")
        })
}

/// "The announcement should cover:", "Each post must include:", "Die Mail sollte enthalten:":
/// what a thing is to hold, said with "should" or "must" and a verb of contents (cover,
/// contain, include) after a thing, not a person ("We should include:", "You must cover:" ask
/// someone for work). A list under it names the contents; the caller keeps it as work when
/// any of its bullets opens with a step's verb.
fn names_what_it_should_hold(text: &str) -> bool {
    let Some(lower) = lead_in_sentence(text, &[':', '：']) else {
        return false;
    };
    let words = words_of(&lower);
    const MODALS: [&str; 7] = ["should", "must", "shall", "sollte", "muss", "doit", "debe"];
    const CONTENTS: [&str; 10] = [
        "cover",
        "covers",
        "contain",
        "contains",
        "include",
        "includes",
        "enthalten",
        "contenir",
        "incluir",
        "contener",
    ];
    const PEOPLE: [&str; 9] = ["we", "you", "i", "they", "us", "wir", "sie", "nous", "vous"];
    matches!(words.as_slice(), [.., modal, verb] if MODALS.contains(modal) && CONTENTS.contains(verb))
        && words.len() >= 3
        && !words.iter().any(|w| PEOPLE.contains(w))
        // (A thing, not what holds work or who does it: "This sprint should cover:", "Each
        // speaker must include:".)
        && !words.iter().any(|w| HOLDS_WORK.contains(w))
}

/// "Reword titles that only make sense to their author, for example:" (what follows illustrates
/// the sentence) and "The suite only runs on a machine with:", German "auf einem Rechner mit:"
/// (what a thing has, named after "a … with"; not "Start with:", nor "Set up a box with:").
/// The caller keeps the list as work when a bullet under it is dated or opens with a step's
/// verb ("for example:" over "- Venue contract by Aug 3"), and a thing that holds work ("a
/// sprint with:") is not such a thing.
fn names_an_example_or_what_it_has(text: &str) -> bool {
    let Some(lead) = text.trim().strip_suffix(':') else {
        return false;
    };
    let sentence = lead.rsplit(['.', '!', '?', ';']).next().unwrap_or_default();
    let lower = sentence.to_lowercase();
    let words = words_of(&lower);
    let last_clause = lower.rsplit(',').next().unwrap_or_default().trim();
    if lower.contains(',') && FOR_EXAMPLE.contains(&last_clause) {
        return true;
    }
    let n = words.len();
    let article_at = |back: usize| n > back && INDEFINITE.contains(&words[n - 1 - back]);
    n >= 3
        && WITH.contains(&words[n - 1])
        && (article_at(2) || article_at(3))
        && !words[n.saturating_sub(4)..n - 1]
            .iter()
            .any(|w| HOLDS_WORK.contains(w))
        && !opens_with_an_imperative(sentence.trim())
}

/// What holds work rather than things, or who does it: "This sprint should cover:", "The MVP
/// must include:", "Each speaker must include:", "a private beta with:" name work to come.
const HOLDS_WORK: [&str; 30] = [
    "sprint",
    "sprints",
    "milestone",
    "milestones",
    "mvp",
    "release",
    "phase",
    "iteration",
    "cycle",
    "beta",
    "pilot",
    "launch",
    "checklist",
    "plan",
    "roadmap",
    "week",
    "month",
    "quarter",
    "stage",
    "scope",
    "team",
    "speaker",
    "speakers",
    "owner",
    "everyone",
    "volunteer",
    "volunteers",
    "vendor",
    "contractor",
    "person",
];

/// "For example" closing a lead-in: English, German, French, Spanish, Portuguese, Italian,
/// Dutch.
const FOR_EXAMPLE: [&str; 9] = [
    "for example",
    "for instance",
    "zum beispiel",
    "par exemple",
    "por ejemplo",
    "por exemplo",
    "ad esempio",
    "per esempio",
    "bijvoorbeeld",
];

/// "With" after "a …" at the end of a lead-in, in the same languages.
const WITH: [&str; 6] = ["with", "mit", "avec", "con", "com", "met"];

/// The indefinite articles (and "each", "every") that open "a machine with".
const INDEFINITE: [&str; 17] = [
    "a", "an", "each", "every", "ein", "eine", "einem", "einer", "un", "une", "una", "uno", "um",
    "uma", "een", "jeder", "chaque",
];

/// The words that end a lead-in to the parts something is made of: "consists of", "is made up
/// of", German "besteht aus", Dutch "bestaat uit", French "se compose de", Spanish "formado
/// por", Portuguese "composta por", Italian "composto da", Albanian "përbëhet nga".
/// "Reserved for" in the languages of the corpus: English, Portuguese and Spanish, French,
/// German, Dutch, Italian.
const RESERVED_FOR: [&str; 12] = [
    "reserved for",
    "kept free for",
    "reservada para",
    "reservado para",
    "reservadas para",
    "reservados para",
    "réservé pour",
    "réservée pour",
    "reserviert für",
    "gereserveerd voor",
    "riservato per",
    "riservata per",
];

const MADE_OF: [&str; 17] = [
    "consists of",
    "made up of",
    "composed of",
    "comprises",
    "besteht aus",
    "bestaat uit",
    "se compose de",
    "composée de",
    "formado por",
    "compuesto por",
    "integrado por",
    "composta por",
    "composto por",
    "formada por",
    "composto da",
    "formato da",
    "përbëhet nga",
];

/// Whether a short label opens with "what" and so names what its list holds: "**What we'll
/// demonstrate**:", "What we say on Day 1:", "What usually decides the week:", Hindi "**क्या
/// बनाना है:**" (what is to be built, a report's list of the missing features), Portuguese "O
/// que …", Dutch "Wat …", Russian "Что …": the things shown, said or weighed, not steps. (Not
/// what is to be done or is left: "What to do:", "What's left:", "What we do next:", German "Was
/// zu tun ist:", Hindi "क्या करना है:".)
fn says_what_is_listed(lower: &str) -> bool {
    // (Nor what is still to happen: "What to bring:", "What we still need to sort out:",
    // "What has to happen before Friday:".)
    const TO_DO: [&str; 22] = [
        "to",
        "need",
        "needs",
        "has",
        "have",
        "still",
        "do",
        "does",
        "done",
        "doing",
        "left",
        "remaining",
        "next",
        "todo",
        "must",
        "should",
        "tun",
        "fazer",
        "hacer",
        "faire",
        "doen",
        "делать",
    ];
    let words: Vec<&str> = lower.split_whitespace().collect();
    let opens = match words.as_slice() {
        ["o", "que", ..] => true,
        [first, ..] => {
            let first = first.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
            ["what", "what's", "wat", "что", "क्या"].contains(&first)
        }
        [] => false,
    };
    opens
        && (2..=8).contains(&words.len())
        && !words_of(lower).iter().any(|w| TO_DO.contains(w))
        && !lower.contains("करना")
}

/// Whether a lead-in's words say what a change leaves as it is, or what one goes without for a
/// while: "What does not change:", "Channels that do not move:", "You will not have access to
/// these until Sunday night:". What is listed are things (channels, services, pages), not steps.
/// (Not "Things we must not forget:", "Please do not skip:": work; nor a longer sentence.)
fn names_what_stays_as_it_is(words: &[&str]) -> bool {
    const STAYS: [&str; 11] = [
        "change",
        "changes",
        "move",
        "moves",
        "migrate",
        "migrates",
        "happen",
        "happens",
        "access",
        "affected",
        "available",
    ];
    let negation = words
        .iter()
        .enumerate()
        .position(|(at, w)| *w == "not" || *w == "t" && at > 0 && words[at - 1].ends_with('n'));
    let Some(at) = negation else {
        return false;
    };
    let before = &words[..at];
    words.len() <= 14
        && !before.is_empty()
        && !before.iter().any(|w| {
            [
                "please", "must", "should", "to", "if", "when", "make", "sure",
            ]
            .contains(w)
        })
        && words[at + 1..].iter().take(3).any(|w| STAYS.contains(w))
}

/// Whether a label or heading names the state a stretch of work ends in: what is handed over
/// ("**Hand-over:**"), what holds by its end ("**Done by end of week**:", "### By the End of
/// Week 1", "**By tonight**:"), or what the next stretch needs ("**Needed for Wave 2:**").
/// A list under it whose bullets all open with a tick or another mark ("- ✅ Cover scanned",
/// "- 📦 Module layout agreed") states that state, outcomes rather than work (a list with
/// plain bullets stays what it was: "By end of week 1:" over steps is a deadline).
fn labels_an_end_state(text: &str) -> bool {
    let label = text
        .trim()
        .trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace())
        .trim_end_matches([':', '：'])
        .trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
    let lower = label.to_lowercase();
    let words = words_of(&lower);
    let by_end = |w: &[&str]| matches!(w, ["by", "the", "end", "of", ..] | ["by", "end", "of", ..]);
    match words.as_slice() {
        ["hand", "over"] | ["handover"] | ["by", "tonight"] => true,
        ["done", rest @ ..] => by_end(rest),
        [need, "for", ..] => ["needed", "required"].contains(need) && words.len() <= 5,
        w => by_end(w) && w.len() <= 7,
    }
}

/// Whether a bullet opens with a tick or another pictograph ("✅ Cover scanned", "📦 Module
/// layout agreed"), not with a word.
fn opens_with_a_mark(text: &str) -> bool {
    text.trim_start()
        .trim_start_matches(['*', '_'])
        .chars()
        .next()
        .is_some_and(|c| matches!(u32::from(c), 0x2190..=0x2BFF | 0x1F000..=0x1FAFF))
}

/// The Azerbaijani and Turkish words for a phase's output among `NOTE_LABELS`.
const TURKIC_OUTPUTS: [&str; 6] = [
    "çıxış",
    "çıxışı",
    "çıxışları",
    "çıktı",
    "çıktılar",
    "çıktıları",
];

/// Whether a label names a phase's output in Azerbaijani or Turkish ("**MVP Çıxışı:**",
/// "**Sprint çıktıları:**"; Azerbaijani "çıxış" is a speech too, Turkish "çıktı" a printout).
/// Only a label that holds notes for these words alone ("**Notlar ve çıktılar:**" holds
/// them anyway).
fn names_a_turkic_output(text: &str) -> bool {
    let lower = text.to_lowercase();
    if !words_of(&lower).iter().any(|w| TURKIC_OUTPUTS.contains(w)) {
        return false;
    }
    let others: String = lower
        .split(' ')
        .map(|w| {
            if TURKIC_OUTPUTS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())) {
                "şey:"
            } else {
                w
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    !labels_notes(&others)
}

/// Whether a line ends with a verb in the Azerbaijani or Turkish past ("Yaka kartları
/// basıldı", the badges were printed; "Dəvət göndərildi", the invitation was sent; "Testler
/// bitti"): it tells what was done, not what a phase yields.
fn tells_done_in_a_turkic_past(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words = words_of(&lower);
    words.len() >= 2
        && words.last().is_some_and(|w| {
            w.chars().count() >= 5
                && ["dı", "di", "du", "dü", "tı", "ti", "tu", "tü"]
                    .iter()
                    .any(|s| w.ends_with(s))
        })
}

/// Whether a lead-in names the approved outcome ("**If approved:**", "**If it's a go:**") and
/// was, before that rule, a label of notes: four words at most, its "if" one of `NOTE_LABELS`.
fn labels_the_approved_path(text: &str) -> bool {
    let lower = text.to_lowercase();
    let label = lower.trim().trim_matches(['*', '_']).trim();
    notes::names_the_approved_path(&lower)
        && label
            .strip_suffix([':', '：'])
            .is_some_and(|l| words_of(l.split('(').next().unwrap_or_default()).len() <= 4)
}

/// Whether a bullet under "**If approved:**" says what follows the decision rather than a step
/// to take: a field ("Payment terms: net 30", "Status page: green"; not a clock, "10:00", nor a
/// colon inside brackets), a line that opens with an article, a pronoun or a negation ("The
/// budget grows to 1.2M", "We keep the parking spaces", "Nothing to do"), or a subject and its
/// verb ("Headcount goes from 8 to 14", "Legal signs by June 15", "Dev starts April 12").
fn states_an_outcome(text: &str) -> bool {
    let head = text.split(['(', '[']).next().unwrap_or_default();
    let chars: Vec<char> = head.chars().collect();
    let field = chars.iter().enumerate().any(|(i, c)| {
        matches!(c, ':' | '：')
            && !(i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(char::is_ascii_digit))
    });
    let lower = text.trim().trim_matches(['*', '_']).trim().to_lowercase();
    let words = words_of(&lower);
    let opener = words.first().is_some_and(|w| {
        [
            "the",
            "a",
            "an",
            "our",
            "we",
            "they",
            "it",
            "its",
            "this",
            "that",
            "there",
            "nothing",
            "no",
            "none",
            "everything",
            "everyone",
            "all",
        ]
        .contains(w)
    });
    let subject_and_verb = words.get(1).is_some_and(|w| {
        w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
    }) && !tells_a_step(text)
        && !opens_with_a_verb(text);
    field || opener || subject_and_verb
}

/// Whether a line is a label whose list holds notes ("**Success criteria:**",
/// "Considerations:", "Provided that:").
fn labels_notes(text: &str) -> bool {
    // "**Success Criteria**: ✅ All met": a label and its verdict, the list under it the same.
    let text = match text.split_once(':') {
        Some((label, verdict))
            if !verdict.trim().is_empty() && {
                let lower = verdict.to_lowercase();
                words_of(&lower)
                    .iter()
                    .all(|w| ["all", "met", "passed", "achieved", "done"].contains(w))
            } =>
        {
            &text[..=label.len()]
        }
        _ => text,
    };
    // "Notes", "Risks", "Assumptions" alone on a line over a list, without a colon: the same
    // label (one word of the list, nothing else on the line).
    let bare = text.trim().trim_matches(['*', '_']).trim().to_lowercase();
    if ["notes", "remarks", "caveats", "assumptions", "risks"].contains(&bare.as_str()) {
        return true;
    }
    // "Related posts:", "See also", "Read more:", "Also read:" in the languages of news sites
    // (see `points_to_further_reading`): links to other pages, not steps.
    let label = bare.trim_end_matches([':', '：']).trim();
    if matches!(
        words_of(label).as_slice(),
        [
            "related",
            "posts" | "articles" | "stories" | "news" | "links" | "reading"
        ] | ["see", "also"]
            | ["read", "more" | "also" | "next"]
            | ["further", "reading"]
    ) || points_to_further_reading(&bare)
    {
        return true;
    }
    // "Regular Holidays and Special Non-Working Days (no classes)", "Public holidays:": the
    // days nothing is done, each a day of the calendar, not a step (not "Holiday prep
    // tasks:").
    {
        let lead = label.split('(').next().unwrap_or_default();
        let words = words_of(lead);
        if (1..=8).contains(&words.len())
            && words
                .iter()
                .any(|w| ["holidays", "non-working", "nonworking"].contains(w))
            && !words.iter().any(|w| {
                [
                    "tasks",
                    "task",
                    "prep",
                    "to",
                    "do",
                    "todo",
                    "checklist",
                    "plan",
                    "before",
                ]
                .contains(w)
            })
        {
            return true;
        }
    }
    // "Things we learned last time (keep them here, they are not steps):": the lead-in's own
    // aside says that what it lists is not work.
    if aside_says_not_steps(text) {
        return true;
    }
    // "Required documents:": the papers to have, things, not steps.
    if notes::names_required_papers(text) {
        return true;
    }
    labels_conditions(text) || text.trim().strip_suffix([':', '：']).is_some_and(|label| {
        // "**Success Criteria** (what must be TRUE):": the aside says what they are.
        let label = label.split('(').next().unwrap_or_default();
        let lower = label.to_lowercase();
        let words = words_of(&lower);
        // "Day 1 Success Criteria:", not "Follow-ups from the risks review:".
        // (Nor "If it is approved:", the outcome the plan works toward: its list is the
        // plan's own path, work.)
        words.len() <= 4
            && words.iter().any(|w| NOTE_LABELS.contains(w))
            && !notes::names_the_approved_path(&text.to_lowercase())
            // "**RECENT CHANGES:**", "Changelog:" over what was changed in the plan, and when:
            // its history, not steps.
            || matches!(words.as_slice(), ["recent" | "latest", "changes"] | ["changelog"] | ["change", "log"] | ["what", "changed"])
            || labels_agenda(label)
            // "Rules for theme words:", "House rules:", German "Regeln:": rules to keep, not
            // steps (not "Set up the alert rules:", work on rules).
            // (Rules of a kind kept, "House rules", "Ground rules"; not "Deployment rules:" or
            // "Judging rules:" over the work they take.)
            || words.len() <= 4
                && (words.first().is_some_and(|w| RULES.contains(w))
                    || words.last().is_some_and(|w| RULES.contains(w))
                        && words.len() <= 2
                        && words.first().is_some_and(|w| {
                            ["house", "ground", "golden", "basic", "general", "our", "rules"]
                                .contains(w)
                        })
                        && !opens_with_an_imperative(label)
                        && !opens_with_a_verb(label))
            // "**Tools Needed**:", "**Equipment:**", "Required tools:": what the work is done
            // with, things, not steps (not "Set up the tools:", work).
            || words.len() <= 4 && words.first().is_some_and(|w| TOOLS.contains(w))
            || matches!(words.as_slice(), [lead, tools]
                if ["required", "needed", "necessary"].contains(lead) && TOOLS.contains(tools))
            // "We only say Go when:", "We ship when:": what must hold before the plan goes
            // ahead, conditions (not "Ping the team when:", which names no going ahead).
            || words.len() <= 8
                && words.last() == Some(&"when")
                && words.iter().any(|w| {
                    ["go", "launch", "ship", "release", "proceed", "publish"].contains(w)
                })
                // (Not "Launch tasks and when:", "What the release manager does, and when:":
                // work and its times.)
                && !words
                    .iter()
                    .any(|w| ["tasks", "task", "does", "do", "steps", "and"].contains(w))
            // "notes from meeting on 2028-01-18:", "Minutes of the 3 May call:": what was said.
            // (Not "Minutes before doors open:", a time.)
            || matches!(words.as_slice(), [first, rest @ ..]
                if ["notes", "minutes"].contains(first)
                    && rest.first().is_none_or(|w| ["from", "of", "on", "for", "taken"].contains(w)))
            || matches!(words.as_slice(), [meeting, notes, ..]
                if *meeting == "meeting" && ["notes", "minutes"].contains(notes))
            // "Test results on the demo server today:", Indonesian "Hasil pengujian di server
            // demo hari ini:": what was found, in a longer lead too (the results of something,
            // not what is still to do about them: "Findings to fix before the release:").
            || words.len() <= 10 && reports_findings(&words)
            // "**Reviewed by**:", "Approved by:", "Signed off by:": the people who did, named.
            || matches!(words.as_slice(), [.., done, "by"]
                if ["reviewed", "approved", "signed", "off", "prepared", "checked"].contains(done))
    })
}

/// Whether a lead-in ending with a colon says in its aside, in brackets, that what it lists is
/// not work: "Things we learned last time (keep them here, they are not steps):", "Lessons
/// (these are not tasks):", German "(keine Aufgaben)", French "(ce ne sont pas des tâches)",
/// Spanish "(no son tareas)", Dutch "(geen taken)". The words come only from the aside, so
/// "Steps, not tasks:" or "Not steps yet, but soon (tasks):" say nothing of the sort.
fn aside_says_not_steps(text: &str) -> bool {
    const NOT_WORK: [&str; 16] = [
        "not steps",
        "not tasks",
        "not to-dos",
        "not todos",
        "not action items",
        "no steps",
        "no tasks",
        "keine aufgaben",
        "keine schritte",
        "pas des tâches",
        "pas des étapes",
        "no son tareas",
        "no son pasos",
        "não são tarefas",
        "geen taken",
        "geen stappen",
    ];
    let lead = text
        .trim()
        .trim_matches(['*', '_'])
        .trim_end()
        .trim_end_matches([':', '：'])
        .trim_end()
        .trim_end_matches(['*', '_']);
    if lead.len() == text.trim().trim_matches(['*', '_']).len() {
        // No colon: not a lead-in.
        return false;
    }
    let Some(inner) = lead.strip_suffix(')') else {
        return false;
    };
    let Some((_, aside)) = inner.rsplit_once('(') else {
        return false;
    };
    let aside = aside.to_lowercase();
    let words = words_of(&aside).join(" ");
    // (The aside ends with it: not "(not tasks for the movers)", someone else's work.)
    NOT_WORK
        .iter()
        .any(|p| format!(" {words}").ends_with(&format!(" {}", words_of(p).join(" "))))
}

/// Whether a label, lowercased, is a news page's pointer to other articles ("**Also read:**",
/// Hindi "यह भी पढ़ें", Marathi "हेही वाचा", Kannada "ಇದನ್ನೂ ಓದಿ"): the headlines listed under it
/// are links to other stories, not steps of the plan.
fn points_to_further_reading(label: &str) -> bool {
    const ALSO_READ: [&str; 22] = [
        "also read",
        "read also",
        "related articles",
        "related stories",
        "यह भी पढ़ें",
        "ये भी पढ़ें",
        "हेही वाचा",
        "ಇದನ್ನೂ ಓದಿ",
        "ഇതും വായിക്കുക",
        "ഇതുകൂടി വായിക്കുക",
        "இதையும் படிக்க",
        "ఇది కూడా చదవండి",
        "আরও পড়ুন",
        "આ પણ વાંચો",
        "ਇਹ ਵੀ ਪੜ੍ਹੋ",
        "මේවාත් කියවන්න",
        // (Telugu "read these too", Malayalam "read these too" and "related news", Gujarati
        // "related news".)
        "ఇవీ చదవండి",
        "ഇവയും വായിക്കുക",
        "ബന്ധപ്പെട്ട വാർത്തകൾ",
        "સંબંધિત સમાચાર",
        // (Urdu "read this too", Tamil "related news".)
        "یہ بھی پڑھیں",
        "தொடர்புடைய செய்திகள்",
    ];
    let label = label
        .trim()
        .trim_end_matches([':', '：'])
        .trim()
        .trim_matches(['*', '_'])
        .trim();
    ALSO_READ.contains(&label)
}

/// Whether a lead-in's words report what was found: a word of [`FOUND`] among its first two,
/// then "of", "from", "on" or the like (Indonesian "hasil" and "temuan" take their noun right
/// after: "hasil pengujian"), and no word that says it is still to be done ("must", "need",
/// "to", "still", "pending", "harus").
fn reports_findings(words: &[&str]) -> bool {
    const OF: [&str; 14] = [
        "of", "from", "on", "in", "at", "de", "del", "da", "von", "vom", "der", "des", "du", "di",
    ];
    const TO_DO: [&str; 15] = [
        "must",
        "need",
        "needs",
        "needed",
        "to",
        "still",
        "should",
        "pending",
        "pendientes",
        "open",
        "harus",
        "perlu",
        "yang",
        "müssen",
        "noch",
    ];
    let Some(at) = words.iter().take(2).position(|w| FOUND.contains(w)) else {
        return false;
    };
    let next = words.get(at + 1);
    let joined = next.is_some_and(|w| OF.contains(w))
        || ["hasil", "temuan"].contains(&words[at]) && next.is_some_and(|w| *w != "yang");
    joined && !words.iter().any(|w| TO_DO.contains(w))
}

/// Words that open a lead-in to what was found: results and findings, in the languages the
/// reader knows.
const FOUND: [&str; 11] = [
    "results",
    "findings",
    "hasil",
    "temuan",
    "resultados",
    "hallazgos",
    "résultats",
    "ergebnisse",
    "risultati",
    "wyniki",
    "výsledky",
];

/// "[Upload the demo build](https://…)" among plain steps under "Get ready to ship": a step
/// written as a link to where it is done, not an index of other pages. Its siblings, two or
/// more, are not links; its words are a phrase of three or more, with no file's name among
/// them ("[06-qa.md](./06-qa.md)") and no code.
fn linked_step(parent: &ListItem, child: &ListItem) -> bool {
    let others: Vec<&ListItem> = parent
        .children
        .iter()
        .filter(|c| !std::ptr::eq(*c, child))
        .collect();
    let text = without_urls(&child.text);
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    let file_name = words.iter().any(|w| {
        w.trim_end_matches(['.', ',', ')'])
            .split_once('.')
            .is_some_and(|(_, ext)| ext.starts_with(char::is_alphabetic))
    });
    // ("[IT setup guide for Macs]", "[Rollback procedure if promotion fails]": a page to read.)
    let reference = words.iter().any(|w| {
        [
            "guide",
            "guides",
            "docs",
            "documentation",
            "procedure",
            "policy",
            "handbook",
            "manual",
            "runbook",
            "template",
            "notes",
            "wiki",
            "page",
            "checklist",
            "readme",
        ]
        .contains(
            &w.to_lowercase()
                .trim_matches(|c: char| !c.is_alphanumeric()),
        )
    });
    others.len() >= 2
        && others.iter().all(|c| !c.links_only)
        && words.len() >= 3
        && !file_name
        && !reference
        && !child.text.contains('`')
}

/// A line that ends by introducing conditions ("Go, with two firms at most. Provided that:",
/// "…as long as:"): what is listed under it must hold, it is not work.
fn ends_with_conditions(text: &str) -> bool {
    let lower = text.trim_end().to_lowercase();
    // "Add a cleanup job that deletes every dump which:", German "…, die: (jk, ...10.2028)":
    // a relative clause the list under it finishes (an aside after the colon aside).
    let bare = match lower.rsplit_once(" (") {
        Some((before, aside)) if aside.ends_with(')') => before.trim_end(),
        _ => lower.as_str(),
    };
    if let Some(clause) = bare.strip_suffix(':') {
        let pronoun = clause.rsplit(' ').next().unwrap_or_default();
        let comma = clause[..clause.len() - pronoun.len()]
            .trim_end()
            .ends_with(',');
        if ["which", "whose"].contains(&pronoun)
            || comma
                && [
                    "die", "der", "das", "welche", "welcher", "that", "who", "qui", "que", "dont",
                    "che", "cui", "które", "który", "która", "dat",
                ]
                .contains(&pronoun)
        {
            return true;
        }
    }
    [
        "provided that:",
        "providing that:",
        "on condition that:",
        "as long as:",
        "only if:",
        "only when:",
        "conditions:",
    ]
    .iter()
    .any(|lead| lower.ends_with(lead))
}

/// Words for rules, a label of rules to keep ("Rules for theme words:").
const RULES: [&str; 9] = [
    "rules", "regeln", "règles", "reglas", "regras", "regole", "regels", "zasady", "pravidla",
];

/// Words for what work is done with, a label of things ("**Tools Needed**:").
const TOOLS: [&str; 3] = ["tools", "equipment", "gear"];

/// Words of a label line ("**Success criteria:**", "Considerations:") whose list holds notes.
const NOTE_LABELS: &[&str] = &[
    // "**Topics:**" over "How the waves went": what a meeting talks about.
    "topics",
    // "**Mitigation Strategy:**" under a risk or a challenge: how it is met, part of the risk.
    "mitigation",
    "mitigations",
    // "Provided that:", "Conditions:": what must hold, not steps.
    "provided",
    "conditions",
    // "**GO if**:", "**NO-GO if**:": conditions, not steps.
    "if",
    "legend",
    "numbering",
    "criteria",
    "criterion",
    "success",
    "consideration",
    "considerations",
    "notes",
    "risks",
    "questions",
    "metrics",
    "goals",
    // Ukrainian goals ("#### Цілі:").
    "цілі",
    "learnings",
    "findings",
    "assumptions",
    "outcomes",
    "kpis",
    // "**Key Targets**:", "Objectives:", "Key results:": what success looks like.
    "targets",
    "objectives",
    "results",
    "expectations",
    // "**Status:**" over what each status means, or where things stand: not steps.
    "status",
    "statuses",
    // Norwegian, Danish and Swedish "the status" ("**Slik leses statusen:**", how to read the
    // status) and their legends ("Tegnforklaring", "Teckenförklaring").
    "statusen",
    "tegnforklaring",
    "teckenförklaring",
    "状态",
    "状態",
    "상태",
    "статус",
    "durum",
    "备注",
    "備考",
    "비고",
    // "**Red flags:**", "**Timing Note:**", "**Outputs:**", "**Listing copy:**", "Exploratory
    // ideas:": warnings, asides, what a step yields, words to publish, ideas not committed.
    "flags",
    "note",
    "outputs",
    // Azerbaijani "**MVP Çıxışı:**" (the MVP's output), Turkish "**Sprint çıktıları:**": what
    // a phase yields, as "Outputs:" (see `TURKIC_OUTPUTS`).
    "çıxış",
    "çıxışı",
    "çıxışları",
    "çıktı",
    "çıktılar",
    "çıktıları",
    // "**Blockers:**" over "- Waiting on the bank's approval": what holds the work up, told.
    "blockers",
    "copy",
    "ideas",
    // Japanese "**気をつけること:**", "注意点", "注意事項", "留意点" (what to watch out for):
    // cautions, not steps.
    "気をつけること",
    "注意点",
    "注意事項",
    "留意点",
];

/// "**Agenda**:", "Meeting agenda:", German "Tagesordnung:", French "Ordre du jour :": what a
/// meeting talks about, in order (topics, not work to do).
fn labels_agenda(label: &str) -> bool {
    let lower = label
        .trim()
        .trim_end_matches([':', '：'])
        .trim()
        .to_lowercase();
    let words = words_of(&lower);
    words.len() <= 3 && words.last() == Some(&"agenda") || is_the_agenda(label)
}

/// Whether a label is the agenda's own name and nothing more ("Agenda:", German
/// "Tagesordnung", French "Ordre du jour", Spanish "Orden del día"; not "Prepare agenda:").
fn is_the_agenda(label: &str) -> bool {
    let lower = label
        .trim()
        .trim_end_matches([':', '：'])
        .trim()
        .to_lowercase();
    ["agenda", "tagesordnung", "ordre du jour", "orden del día"].contains(&lower.as_str())
}

/// "**Instructions:**", Icelandic "**Leiðbeiningar:**" over steps under a day's tasks: how to
/// do them, notes (a step with a day of its own is work all the same).
fn labels_instructions(text: &str) -> bool {
    text.trim().strip_suffix([':', '：']).is_some_and(|label| {
        let lower = label.to_lowercase();
        let words = words_of(&lower);
        words.len() <= 3
            && words
                .iter()
                .any(|w| ["instructions", "leiðbeiningar"].contains(w))
    })
}

/// `text` with the Spanish month abbreviations English shares no word with written as English
/// ones, of the same length so that spans stay: "12 dic. 2028", "23 ene. 2029", "4 abr. 2029"
/// (lowercase, after a day and before a dot, as GitHub writes dates in Spanish; not "ENE 15
/// knots" or "Abr. 3"). The date reader the app runs at start does not read them.
fn with_english_month_words(text: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    // Each rewrite in turn, on what the one before left.
    let mut out = Cow::Borrowed(text);
    for rewrite in [
        glued_days_as_read as fn(&str) -> Cow<'_, str>,
        greek_months_in_english,
        latvian_days_in_english,
        month_words_in_english,
        dashed_days_as_read,
        compact_days_as_read,
    ] {
        if let Cow::Owned(changed) = rewrite(&out) {
            out = Cow::Owned(changed);
        }
    }
    out
}

/// `text` with the Greek months as dates write them ("Τετάρτη 14 Νοεμβρίου 2029": of
/// November) in English, padded with spaces to the same length.
fn greek_months_in_english(text: &str) -> std::borrow::Cow<'_, str> {
    const MONTHS: [(&str, &str); 12] = [
        ("ιανουαρίου", "January"),
        ("φεβρουαρίου", "February"),
        ("μαρτίου", "March"),
        ("απριλίου", "April"),
        ("μαΐου", "May"),
        ("ιουνίου", "June"),
        ("ιουλίου", "July"),
        ("αυγούστου", "August"),
        ("σεπτεμβρίου", "September"),
        ("οκτωβρίου", "October"),
        ("νοεμβρίου", "November"),
        ("δεκεμβρίου", "December"),
    ];
    // (Most text has no Greek: one check.)
    if text.is_ascii() || !text.chars().any(|c| ('\u{0370}'..='\u{03ff}').contains(&c)) {
        return std::borrow::Cow::Borrowed(text);
    }
    let lower = text.to_lowercase();
    // Lowercasing Greek keeps its length in bytes; anything else that changes it is left alone.
    if lower.len() != text.len() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = text.to_string();
    let mut changed = false;
    for (greek, english) in MONTHS {
        for (at, _) in lower.match_indices(greek) {
            let whole = !lower[..at].ends_with(char::is_alphabetic)
                && !lower[at + greek.len()..].starts_with(char::is_alphabetic);
            if whole && out.is_char_boundary(at) && out.is_char_boundary(at + greek.len()) {
                let padded = format!("{english:<width$}", width = greek.len());
                out.replace_range(at..at + greek.len(), &padded);
                changed = true;
            }
        }
    }
    if changed {
        std::borrow::Cow::Owned(out)
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// `text` with days written in Latvian ("20.jūlijā", "līdz 15.jūnijam", "2029.gada
/// 20.jūlija": a day with its dot, then the month in any of its cases, the year before it with
/// "gada") in English, padded with spaces to the same length ("20 July   ", "20 July 2029").
fn latvian_days_in_english(text: &str) -> std::borrow::Cow<'_, str> {
    const MONTHS: [(&str, &str); 12] = [
        ("janvār", "January"),
        ("februār", "February"),
        ("mart", "March"),
        ("aprīl", "April"),
        ("maij", "May"),
        ("jūnij", "June"),
        ("jūlij", "July"),
        ("august", "August"),
        ("septembr", "September"),
        ("oktobr", "October"),
        ("novembr", "November"),
        ("decembr", "December"),
    ];
    const ENDINGS: [&str; 9] = ["s", "is", "a", "ā", "am", "im", "ī", "u", "i"];
    // (Latvian text has one of its long vowels or "gada" nearly always: one check.)
    if text.is_ascii() && !text.contains("gada") {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = std::borrow::Cow::Borrowed(text);
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(dot) = text[at..].find('.').map(|i| at + i) {
        at = dot + 1;
        let digits = text[..dot].len()
            - text[..dot]
                .trim_end_matches(|c: char| c.is_ascii_digit())
                .len();
        let day_at = dot - digits;
        if !(1..=2).contains(&digits) || text[..day_at].ends_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let word_at = dot + 1 + usize::from(bytes.get(dot + 1) == Some(&b' '));
        let word: &str = text[word_at..]
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default();
        let lower = word.to_lowercase();
        let Some(english) = MONTHS.iter().find_map(|(stem, english)| {
            let ending = lower.strip_prefix(stem)?;
            ENDINGS.contains(&ending).then_some(*english)
        }) else {
            continue;
        };
        let day = &text[day_at..dot];
        // "2029.gada 20.jūlija", "2029. gada 20. jūlijā": the year before, read after.
        let before = text[..day_at].trim_end();
        let year = before
            .strip_suffix("gada")
            .map(|b| b.trim_end().trim_end_matches('.'))
            .filter(|b| {
                b.len() >= 4
                    && b.as_bytes()[b.len() - 4..].iter().all(u8::is_ascii_digit)
                    && !b[..b.len() - 4].ends_with(|c: char| c.is_alphanumeric())
            })
            .map(|b| (b.len() - 4, &b[b.len() - 4..]));
        let (start, written) = match year {
            Some((year_at, year)) => (year_at, format!("{day} {english} {year}")),
            None => (day_at, format!("{day} {english}")),
        };
        // "no 2029.gada 20.jūlija līdz 22.jūlijam": "no" is "from" (the date reader takes
        // "no 20" for a number).
        let start = match text[..start].strip_suffix("no ") {
            Some(head) if !head.ends_with(|c: char| c.is_alphanumeric()) => head.len(),
            _ => start,
        };
        let end = word_at + word.len();
        if written.len() > end - start {
            continue;
        }
        let padded = format!("{written:<width$}", width = end - start);
        out.to_mut().replace_range(start..end, &padded);
        at = end;
    }
    out
}

/// Labels of a bullet whose plain lines are notes on the plan ("- **Notes**"), read for when
/// its launch is (see `list_item`).
const NOTES_LABELS: [&str; 14] = [
    "notes",
    "note",
    "remarks",
    "comments",
    "notizen",
    "anmerkungen",
    "hinweise",
    "notas",
    "remarques",
    "opmerkingen",
    "noter",
    "notater",
    "anteckningar",
    "uwagi",
];

/// Whether `source` writes its days in numbers with a year month first only: one or more
/// ("05.28.27", "06/15/2027") whose first number can only be the month, none whose second can
/// only be (see [`PlanReader::dotted_short_year_day`]).
fn numbers_month_first(source: &str) -> bool {
    let bytes = source.as_bytes();
    let number = |at: usize| {
        let len = bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        source[at..at + len].parse::<u32>().ok().map(|n| (n, len))
    };
    let (mut month_first, mut day_first) = (0, 0);
    let mut at = 0;
    while at < bytes.len() {
        let starts = bytes[at].is_ascii_digit()
            && (at == 0 || !(bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'.'));
        let Some((a, la)) = starts.then(|| number(at)).flatten() else {
            at += 1;
            continue;
        };
        let sep = at + la;
        let found = (la <= 2 && matches!(bytes.get(sep), Some(b'.' | b'/')))
            .then(|| {
                let (b, lb) = number(sep + 1).filter(|&(_, lb)| lb <= 2)?;
                (bytes.get(sep + 1 + lb) == bytes.get(sep)).then_some(())?;
                let (_, ly) = number(sep + 2 + lb)?;
                let end = sep + 2 + lb + ly;
                let glued = bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric())
                    || bytes.get(end) == Some(&b'.')
                        && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
                (matches!(ly, 2 | 4) && !glued).then_some((b, end))
            })
            .flatten();
        let Some((b, end)) = found else {
            at += la;
            continue;
        };
        if (1..=12).contains(&a) && (13..=31).contains(&b) {
            month_first += 1;
        } else if (13..=31).contains(&a) && (1..=12).contains(&b) {
            day_first += 1;
        }
        at = end;
    }
    month_first > 0 && day_first == 0
}

/// `text` with a day glued to its month's name by the day's dot ("lørdag d.28.april 2029",
/// "bis 3.Mai", "28.kesäkuuta") written as the date reader reads it, the same length: the dot
/// becomes a space ("28 april"). Only a day of one or two figures from 1 to 31 that follows no
/// figure ("1.2.March" is a number) and a whole word the date reader takes for a month (or
/// Danish "marts", which it reads after a day only); not a
/// file or a domain ("2.docx", "27.netlify"), whose word is no month.
fn glued_days_as_read(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    // (Most text has no figure, a dot and a letter together: one pass over the bytes.)
    if !bytes.windows(3).any(|w| {
        w[0].is_ascii_digit() && w[1] == b'.' && (w[2].is_ascii_alphabetic() || w[2] >= 0x80)
    }) {
        return std::borrow::Cow::Borrowed(text);
    }
    // Words that number what follows: a step, a section, a chapter.
    const NUMBERING_WORDS: [&str; 21] = [
        "step",
        "section",
        "chapter",
        "part",
        "point",
        "item",
        "stage",
        "phase",
        "schritt",
        "kapitel",
        "abschnitt",
        "punkt",
        "teil",
        "stufe",
        "trin",
        "afsnit",
        "del",
        "kapittel",
        "steg",
        "paso",
        "etapa",
    ];
    let mut out = std::borrow::Cow::Borrowed(text);
    for (dot, _) in text.match_indices('.') {
        let digits = bytes[..dot]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let day_at = dot - digits;
        if !(1..=2).contains(&digits)
            || !text[day_at..dot]
                .parse::<u32>()
                .is_ok_and(|d| (1..=31).contains(&d))
        {
            continue;
        }
        // (Not after a figure or a letter, "v2.May", nor after a figure and a dot, "1.2.March";
        // after an abbreviation's dot, "d.28.april", it is.)
        let before = &text[..day_at];
        if before.ends_with(|c: char| c.is_alphanumeric() || c == '_')
            || before
                .strip_suffix('.')
                .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()))
        {
            continue;
        }
        let word = text[dot + 1..]
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default();
        let after = &text[dot + 1 + word.len()..];
        // (A whole word: not "3.Marketing"; nor one a dot and more follow, "28.mar.pdf".)
        if word.chars().count() < 3
            || after.starts_with(|c: char| c.is_alphanumeric() || c == '_')
            || after
                .strip_prefix('.')
                .is_some_and(|a| a.starts_with(char::is_alphanumeric))
            || month_named(word).is_none() && !word.eq_ignore_ascii_case("marts")
        {
            continue;
        }
        // A numbered point, not a day: a heading or a line that opens with its number glued to
        // a month's name and goes on in words ("### 3.April prep", a numbered outline's "4.May
        // rollout"), or a number after a word that numbers ("Step 3.May", "section 4.June
        // report", "Schritt 2.Juni"). ("5.juni 2030 – Sommerfest", with its year, and "5.juni"
        // alone or before a colon are days.)
        let opens = before.trim().is_empty();
        let words_follow = after
            .trim_start_matches(' ')
            .starts_with(char::is_alphabetic);
        let numbering = before
            .trim_end()
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| {
                NUMBERING_WORDS.contains(&w.to_lowercase().as_str()) && before.ends_with(' ')
            });
        if opens && words_follow || numbering {
            continue;
        }
        // "d.28.april" (Danish and Norwegian "den", the): the abbreviation gives its place,
        // and the day keeps its dot (" 28. april"), as the reader reads "d. 28. april".
        let abbreviation = before
            .strip_suffix("d.")
            .filter(|b| !b.ends_with(|c: char| c.is_alphanumeric()));
        match abbreviation {
            Some(head) => {
                let start = head.len();
                let written = format!(" {}. ", &text[day_at..dot]);
                out.to_mut().replace_range(start..dot + 1, &written);
            }
            None => out.to_mut().replace_range(dot..dot + 1, " "),
        }
    }
    out
}

/// `text` with days written as eight figures in code ("`20290924`: First beta", a nightly
/// build's name as the label of its line) written as the date reader reads them, the same
/// length ("2029-09-24"): only a real day of a year from 1990 to 2099, only the whole of the
/// code span ("`20290924-1`" is a build), and only opening the line before a colon or a dash
/// ("commit `20290611`", "Schedule `20290505`" are identifiers).
fn compact_days_as_read(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('`') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = std::borrow::Cow::Borrowed(text);
    let bytes = text.as_bytes();
    for (at, _) in text.match_indices('`') {
        let Some(span) = bytes.get(at + 1..at + 10) else {
            continue;
        };
        let (digits, close) = span.split_at(8);
        if close != b"`" || !digits.iter().all(u8::is_ascii_digit) {
            continue;
        }
        let opens_line = text[..at]
            .trim_start()
            .trim_start_matches(['-', '*', '+'])
            .trim()
            .is_empty();
        let labels = text[at + 10..]
            .trim_start()
            .starts_with([':', '-', '–', '—']);
        if !opens_line || !labels {
            continue;
        }
        let figures = &text[at + 1..at + 9];
        let number = |range: std::ops::Range<usize>| figures[range].parse::<u32>().ok();
        let (Some(year), Some(month), Some(day)) = (number(0..4), number(4..6), number(6..8))
        else {
            continue;
        };
        let date = NaiveDate::from_ymd_opt(year as i32, month, day);
        if let Some(date) = date.filter(|_| (1990..2100).contains(&year)) {
            out.to_mut().replace_range(at..at + 10, &date.to_string());
        }
    }
    out
}

/// `text` with days written with dashes and the year last ("23-10-2029", "11-30-2029") written
/// as the date reader reads them, the same length: with dots when the day comes first, with
/// slashes when the month does. Which comes first is what the numbers say ("23-10" can only be
/// day first); a date the numbers leave open ("02-10-2029") is day first in a plan whose other
/// dashed days are (see `NumericDates::dashed_day_first`), else left alone. Not a date that starts with its year
/// ("2029-10-02"), nor one inside a longer run of figures and dashes ("555-12-2029-1").
fn dashed_days_as_read(text: &str) -> std::borrow::Cow<'_, str> {
    let day_first = NumericDates::in_force().dashed_day_first;
    dashed_days(text, day_first.then_some(true))
}

/// The dashed days of `text`: for each, the places of its two dashes and its first two numbers.
fn dashed_days_in(text: &str) -> Vec<(usize, usize, u32, u32)> {
    let bytes = text.as_bytes();
    let digits_at = |at: usize| {
        bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let mut found = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        // (After the full stop of a word in another script, "તા.19-07-2031": its abbreviation
        // of "date".)
        let after_abbreviation = || {
            bytes[at - 1] == b'.'
                && text[..at - 1]
                    .chars()
                    .next_back()
                    .is_some_and(|c| !c.is_ascii() && c.is_alphabetic())
        };
        let starts = bytes[at].is_ascii_digit()
            && (at == 0
                || !(bytes[at - 1].is_ascii_alphanumeric() || b"-./".contains(&bytes[at - 1]))
                || after_abbreviation());
        if !starts {
            at += 1;
            continue;
        }
        let first = digits_at(at);
        let second_at = at + first + 1;
        let second = if (1..=2).contains(&first)
            && bytes.get(at + first) == Some(&b'-')
            && second_at < bytes.len()
        {
            digits_at(second_at)
        } else {
            0
        };
        let year_at = second_at + second + 1;
        let ok = (1..=2).contains(&second)
            && bytes.get(second_at + second) == Some(&b'-')
            && year_at < bytes.len()
            && digits_at(year_at) == 4
            && !bytes
                .get(year_at + 4)
                .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-');
        if ok {
            let a = text[at..at + first].parse().unwrap_or(0);
            let b = text[second_at..second_at + second].parse().unwrap_or(0);
            found.push((at + first, second_at + second, a, b));
            at = year_at + 4;
        } else {
            at += first.max(1);
        }
    }
    found
}

/// Which comes first in the dashed days of these texts, when their numbers say so and agree:
/// `Some(true)` the day, `Some(false)` the month.
fn dashed_order<'t>(texts: impl Iterator<Item = &'t str>) -> Option<bool> {
    let (mut day, mut month) = (false, false);
    for text in texts {
        for (_, _, a, b) in dashed_days_in(text) {
            day |= a > 12 && b <= 12;
            month |= b > 12 && a <= 12;
        }
    }
    match (day, month) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

fn dashed_days(text: &str, day_first: Option<bool>) -> std::borrow::Cow<'_, str> {
    let found = dashed_days_in(text);
    if found.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = text.as_bytes().to_vec();
    let mut changed = false;
    for (first, second, a, b) in found {
        let order = if a > 12 && b <= 12 {
            Some(true)
        } else if b > 12 && a <= 12 {
            Some(false)
        } else {
            day_first
        };
        let Some(order) = order.filter(|_| (1..=31).contains(&a) && (1..=31).contains(&b)) else {
            continue;
        };
        let mark = if order { b'.' } else { b'/' };
        out[first] = mark;
        out[second] = mark;
        changed = true;
    }
    if !changed {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(String::from_utf8(out).unwrap_or_else(|_| text.to_string()))
}

/// The Spanish, Danish and Norwegian month words the date reader does not read, in English
/// (see [`with_english_month_words`]).
fn month_words_in_english(text: &str) -> std::borrow::Cow<'_, str> {
    // (And Danish "15. marts 2029", Norwegian and French "15. mars", "15 mars": after a day,
    // March; the date reader leaves "mars" alone, the planet has launches of its own.)
    const WORDS: [(&str, &str); 5] = [
        (" dic.", " Dec."),
        (" ene.", " Jan."),
        (" abr.", " Apr."),
        (" marts", " March"),
        (" mars", " Mar "),
    ];
    // After a day ("12 dic.", "15. marts"), the word whole ("15 marshals" is none); March
    // after a day with its dot ("15. mars") or before a year ("15 mars 2029"), not "team 4
    // mars rover".
    let at_day = |at: usize, word: &str| {
        let before = &text[..at];
        let dotted = before.ends_with('.');
        let day = before.strip_suffix('.').unwrap_or(before);
        let digits = day.len() - day.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let after = &text[at + word.len()..];
        let march = word.starts_with(" mar");
        let year_next = after
            .trim_start()
            .get(..4)
            .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()));
        (1..=2).contains(&digits)
            && !day[..day.len() - digits].ends_with(char::is_alphanumeric)
            && !after.starts_with(char::is_alphabetic)
            && (!march || dotted || year_next)
    };
    // (Most lines have no dot nor "mars": one scan, not five.)
    if !(text.contains('.') || text.contains(" mars"))
        || !WORDS
            .iter()
            .any(|(es, _)| text.match_indices(es).any(|(at, _)| at_day(at, es)))
    {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = text.to_string();
    for (es, en) in WORDS {
        for (at, _) in text.match_indices(es).filter(|(at, _)| at_day(*at, es)) {
            out.replace_range(at..at + es.len(), en);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// "(jk, ...10.2028)", "…03.2029": a date whose day is left out with dots, month then year:
/// that month (a month written alone in figures, "10.2028", is too often a figure to read).
fn elided_day_month(text: &str) -> Option<DatePhrase> {
    let at = text.find("..").or_else(|| text.find('…'))?;
    let digits = text[at..].trim_start_matches(['.', '…']);
    let start = text.len() - digits.len();
    let bytes = digits.as_bytes();
    let month_len = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let rest = digits.get(month_len..)?.strip_prefix('.')?;
    let year_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&month_len) || year_len != 4 {
        return None;
    }
    // Then no more figures ("...10.2028.5" is something else).
    if rest[year_len..].starts_with(|c: char| c.is_ascii_digit() || c == '.')
        && rest[year_len..].len() > 1
        && rest[year_len + 1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let month: u32 = digits[..month_len].parse().ok()?;
    let year: i32 = rest[..year_len].parse().ok()?;
    if !(1..=12).contains(&month) || !(1900..=2200).contains(&year) {
        return None;
    }
    let end = start + month_len + 1 + year_len;
    Some(DatePhrase {
        period: Period::Month { year, month },
        weekday: None,
        day_label: None,
        year_written: true,
        span: at..end,
    })
}

/// The keys of a field that gives a day and nothing else: "Date:", German and Dutch "Datum",
/// Spanish "Fecha", Portuguese and Italian "Data", Russian "Дата", Hebrew "תאריך", Turkish
/// "Tarih".
const DATE_FIELD_KEYS: &[&str] = &[
    "date",
    "datum",
    "fecha",
    "data",
    "дата",
    "תאריך",
    "tarih",
    "dato",
    "日付",
    "日期",
    "날짜",
];

/// A paragraph that is only a label of the launch's day, its value left to the list under it
/// ("**Planned date:**", "Go-live:", Hebrew "**מועד מתוכנן:**"): the label.
fn label_awaiting_its_day(text: &str) -> Option<String> {
    let label = text.trim().trim_matches('*').trim();
    let key = label.strip_suffix(':')?.trim().trim_matches('*').trim();
    if key.is_empty() || key.contains(':') {
        return None;
    }
    matches!(
        Fact::named(key),
        Some(Fact::Launch | Fact::LaunchLike(_) | Fact::MoveDay)
    )
    .then(|| key.to_string())
}

/// "1.10-13.12.2029", "1.10.-13.12.2029": a range of days written day first with dots, the
/// year written once at its end (the first day in the same year, or the one before when its
/// month comes later: "1.12-15.1.2030").
fn dotted_range_one_year(text: &str) -> Option<DatePhrase> {
    // (Most lines have no dotted range: one scan for each of its marks first.)
    if !text.contains('.') || !text.contains(['-', '–']) {
        return None;
    }
    let bytes = text.as_bytes();
    (0..bytes.len())
        .filter(|&at| bytes[at].is_ascii_digit())
        // A number's first digit only, not one inside "2029", nor a version's: "v1.10-…".
        .filter(|&at| at == 0 || !(bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'.'))
        .find_map(|start| {
            let (period, end) = dotted_range_at(&text[start..])?;
            Some(DatePhrase {
                period,
                weekday: None,
                day_label: None,
                year_written: true,
                span: start..start + end,
            })
        })
}

/// The range of [`dotted_range_one_year`] at the start of `text`, and where it ends.
fn dotted_range_at(text: &str) -> Option<(Period, usize)> {
    let (day, rest) = take_number(text)?;
    let (month, rest) = take_number(rest.strip_prefix('.')?)?;
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    let (end_day, rest) = take_number(rest.strip_prefix(['-', '–'])?)?;
    let (end_month, rest) = take_number(rest.strip_prefix('.')?)?;
    let rest = rest.strip_prefix('.')?;
    let year = rest
        .get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?;
    if rest[4..].starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    let year: i32 = year.parse().ok()?;
    // (Over New Year only from the autumn into the winter: "1.12-15.1.2030".)
    if month > end_month && !(month >= 10 && end_month <= 3) {
        return None;
    }
    let start_year = if month > end_month { year - 1 } else { year };
    let start = NaiveDate::from_ymd_opt(start_year, month, day)?;
    let end = NaiveDate::from_ymd_opt(year, end_month, end_day)?;
    (start <= end).then_some((Period::Range { start, end }, text.len() - rest.len() + 4))
}

/// A heading written without the space after its hashes ("###November 2 - 12, 2027", "#2.4
/// Schedule"), as older Markdown allowed and GitHub now shows as text: its level and title.
/// After a single hash, a lower-case word ("#launch is trending") is a tag and a number alone
/// ("#123") an issue, not a heading.
fn unspaced_heading(line: &str) -> Option<(u8, &str)> {
    let title = line.trim_start_matches('#');
    let level = line.len() - title.len();
    let first = title.chars().next();
    let starts = first.is_some_and(char::is_alphanumeric);
    let capital = first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let words = title.split_whitespace().count();
    ((1..=6).contains(&level)
        && starts
        && (level >= 2 || capital && (words >= 2 || first.is_some_and(char::is_uppercase))))
    .then(|| (level as u8, title.trim()))
}

/// The date that replaces the one ending at `end` ("moved to March 18", "-> Extension
/// 2027-06-28", "postponed to", "(shipped Feb 24)"), written right after it, with its span in
/// `text`.
fn superseding_date(text: &str, end: usize, context: NaiveDate) -> Option<DatePhrase> {
    let after = text.get(end..)?;
    // The marker follows within a few words: only that much is looked at (this runs for every
    // date the reader finds). ASCII case only: byte positions stay those of `text`.
    let near = after.char_indices().nth(96).map_or(after.len(), |(i, _)| i);
    let lower = after[..near].to_ascii_lowercase();
    let markers = [
        "moved to ",
        "postponed to ",
        "pushed to ",
        "delayed to ",
        "extended to ",
        "extension ",
        "rescheduled to ",
        "rescheduled for ",
        "slipped to ",
        "changed to ",
        "new date: ",
        "now ",
        // "2/25 (日) → 2/18 (日) に前倒し": the day it was moved to.
        "→ ",
        "-> ",
        // "2027 Feb 23 (shipped Feb 24)": the day it really happened, in an aside of its own
        // (not "iOS released June 9", another clause).
        "(shipped ",
        "(shipped on ",
        "(released ",
        "(released on ",
        "(went out ",
        "(decided ",
        "(decided on ",
    ];
    // The first that starts a word of its own ("now", not the end of "know"). (Looked for word
    // by word: this runs for every date the reader finds, a searcher for each marker did not.)
    let (at, decided) = lower
        .char_indices()
        .filter(|&(i, _)| !lower[..i].ends_with(|c: char| c.is_alphanumeric()))
        .find_map(|(i, _)| {
            let m = markers.iter().find(|m| lower[i..].starts_with(*m))?;
            Some((i + m.len(), m.starts_with("(decided")))
        })?;
    // Right after it, not a date a sentence later; a decision's aside may stand further along
    // its line ("2027-04-09, Speaker line-up decision by the committee (decided 12-Apr)"),
    // within its sentence.
    let far = lower[..at].split_whitespace().count() > 6;
    let in_sentence = !lower[..at].contains(". ") && !lower[..at].contains(';');
    if far && !(decided && in_sentence && is_gate(text)) {
        return None;
    }
    let rest = after.get(at..)?;
    let mut later = find_date(rest, context)?.ok()?;
    if rest[..later.span.start].split_whitespace().count() > 1 {
        return None;
    }
    later.span = end + at + later.span.start..end + at + later.span.end;
    Some(later)
}

/// Whether a text says "today", in the languages the reader knows ("i dag", "heute", "hoy",
/// "сегодня", "今日", "오늘").
fn says_today(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words = words_of(&lower);
    let pair = |a: &str, b: &str| words.windows(2).any(|w| w[0] == a && w[1] == b);
    words.iter().any(|w| {
        [
            "today",
            "idag",
            "heute",
            "vandaag",
            "hoy",
            "oggi",
            "hoje",
            "dzisiaj",
            "dziś",
            "dnes",
            "bugün",
            "сегодня",
            "сьогодні",
            "今日",
            "今天",
            "오늘",
        ]
        .contains(w)
    }) || pair("i", "dag")
        || pair("hari", "ini")
        || pair("hôm", "nay")
        || lower.contains("aujourd'hui")
}

/// The last weekday a bracketed aside of weekdays names after a heading's title ("Setup
/// Evening (Friday)", "Hack Days (Saturday & Sunday)", "Pack-down (Sunday night)"): weekdays,
/// "and" and a part of the day only; None for anything else ("(Friday 15:00)", "(see Friday)").
fn weekday_aside(text: &str) -> Option<chrono::Weekday> {
    let (title, rest) = text.split_once('(')?;
    let (inside, after) = rest.split_once(')')?;
    if title.trim().is_empty() || !after.trim().is_empty() {
        return None;
    }
    let lower = inside.to_lowercase();
    let words: Vec<&str> = words_of(&lower)
        .into_iter()
        .filter(|w| !matches!(*w, "night" | "morning" | "afternoon" | "evening"))
        .collect();
    last_weekday_of(&words.join(" "), 2)
}

/// The last weekday a label of weekdays alone names ("saturday-sunday", "thursday and friday"),
/// at most `most` of them; None when it names anything else.
fn last_weekday_of(lower: &str, most: usize) -> Option<chrono::Weekday> {
    let words: Vec<&str> = words_of(lower)
        .into_iter()
        .filter(|w| !matches!(*w, "and" | "to" | "through" | "и"))
        .collect();
    if words.is_empty() || words.len() > most {
        return None;
    }
    words
        .iter()
        .map(|w| crate::plan::dates::weekday_named(w).or_else(|| slavic_weekday(w)))
        .collect::<Option<Vec<_>>>()?
        .last()
        .copied()
}

/// A weekday's name in Bulgarian, Russian or Serbian, lower case ("вторник", "четвъртък",
/// "пятница", "sreda"), for the labels of a week's days (the reader's own words: the date
/// finder, loaded at start, does not need them).
fn slavic_weekday(word: &str) -> Option<chrono::Weekday> {
    use chrono::Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};
    const NAMES: [(chrono::Weekday, &[&str]); 7] = [
        (Mon, &["понеделник", "понедельник", "ponedeljak"]),
        (Tue, &["вторник", "utorak"]),
        // (Not Russian "среда", an environment as often: "Среда: dev/staging/prod".)
        (Wed, &["сряда", "sreda"]),
        (Thu, &["четвъртък", "четверг", "četvrtak"]),
        (Fri, &["петък", "пятница", "petak"]),
        (Sat, &["събота", "суббота", "subota"]),
        (Sun, &["неделя", "воскресенье", "nedelja"]),
    ];
    NAMES
        .iter()
        .find(|(_, names)| names.contains(&word))
        .map(|(weekday, _)| *weekday)
}

/// The day of a week's range (`start..=end`) a bullet's leading weekday label names ("Saturday:
/// wrap-up", "Thursday and Friday: stand-ups": the last one); None without such a label.
/// "Light check-ins (Sat)" under a heading "SATURDAY-SUNDAY, MAR 14-15" whose range's first
/// day is not the Saturday it names (a card reused from another year): the day at the place
/// of the bracketed weekday in the heading's weekdays, as the writer counted them. None when
/// the calendar agrees with the heading, or the weekdays do not span the range.
fn weekday_by_place(
    text: &str,
    heading: &str,
    start: NaiveDate,
    end: NaiveDate,
) -> Option<NaiveDate> {
    use chrono::Datelike;
    let aside = text.trim_end().strip_suffix(')')?.rsplit_once('(')?.1;
    let wanted = crate::plan::dates::weekday_named(aside.trim().to_lowercase().as_str())?;
    let lower = heading.to_lowercase();
    let mut named = words_of(&lower)
        .into_iter()
        .filter_map(crate::plan::dates::weekday_named);
    let (first, last) = (named.next()?, named.next()?);
    let span = (last.num_days_from_monday() + 7 - first.num_days_from_monday()) % 7;
    let place = (wanted.num_days_from_monday() + 7 - first.num_days_from_monday()) % 7;
    let agrees = start.weekday() == first;
    (!agrees && i64::from(span) == (end - start).num_days() && place <= span)
        .then(|| start + chrono::Duration::days(i64::from(place)))
}

/// The last weekday a bullet's leading label names ("Thursday and Friday: stand-ups").
fn weekday_label(text: &str) -> Option<chrono::Weekday> {
    let (label, _) = text.split_once(':')?;
    last_weekday_of(&label.to_lowercase(), 2)
}

fn weekday_label_in(text: &str, start: NaiveDate, end: NaiveDate) -> Option<NaiveDate> {
    let wanted = weekday_label(text)?;
    start
        .iter_days()
        .take_while(|d| *d <= end)
        .find(|d| chrono::Datelike::weekday(d) == wanted)
}

/// The day a monthly event falls on ("every second Wednesday of the month", "on the last
/// Friday of each month") in the month the plan's title names ("# Monthly Meet-up: April
/// 2027"); None unless the text says both.
fn monthly_day(text: &str, title: &str, context: NaiveDate) -> Option<NaiveDate> {
    let Some(Ok(phrase)) = find_date(title, context) else {
        return None;
    };
    let Period::Month { year, month } = phrase.period else {
        return None;
    };
    let lower = text.to_lowercase();
    let words = words_of(&lower);
    words.windows(5).find_map(|w| {
        let nth = match w[0] {
            "first" | "1st" => 1,
            "second" | "2nd" => 2,
            "third" | "3rd" => 3,
            "fourth" | "4th" => 4,
            "last" => 5,
            _ => return None,
        };
        let weekday = crate::plan::dates::weekday_named(w[1])?;
        if !(w[2] == "of" && matches!(w[3], "the" | "every" | "each") && w[4] == "month") {
            return None;
        }
        let first = NaiveDate::from_ymd_opt(year, month, 1)?;
        let days: Vec<NaiveDate> = first
            .iter_days()
            .take_while(|d| chrono::Datelike::month(d) == month)
            .filter(|d| chrono::Datelike::weekday(d) == weekday)
            .collect();
        if nth == 5 {
            days.last().copied()
        } else {
            days.get(nth - 1).copied()
        }
    })
}

/// The day a line gives the release the title names by its version ("# 2.4 Release" over
/// "* 2.4.0: 2027-07-06"): "2.4", "v2.4" and "2.4.0" are the same release; "2.4.0-rc1" and
/// "2.4.1" are others. None when the title names no version or no line dates it.
fn title_version_day(text: &str, title: &str, context: NaiveDate) -> Option<NaiveDate> {
    // "2.4.0" → [2, 4]: trailing zero parts say nothing more.
    fn parts(word: &str) -> Option<Vec<u32>> {
        let digits = word.strip_prefix(['v', 'V']).unwrap_or(word);
        if !digits.contains('.') {
            return None;
        }
        let mut parts: Vec<u32> = digits
            .split('.')
            .map(|p| p.parse().ok())
            .collect::<Option<_>>()?;
        while parts.len() > 2 && parts.last() == Some(&0) {
            parts.pop();
        }
        Some(parts)
    }
    // A title about the release ("2.4 Release", "v3.0 launch"), not "Python 3.12 upgrade".
    let lower = title.to_lowercase();
    if !["release", "launch", "ga", "rollout"]
        .iter()
        .any(|w| words_of(&lower).contains(w))
    {
        return None;
    }
    let version = title.split_whitespace().find_map(parts)?;
    text.lines().find_map(|line| {
        let line = line
            .trim()
            .trim_start_matches(['*', '-', '+', '>', ' '])
            .replace("**", "");
        let (label, value) = line.split_once(':')?;
        let label = label.trim();
        let named = label.split_whitespace().count() <= 2
            && label.split_whitespace().next().and_then(parts) == Some(version.clone())
            && label
                .split_whitespace()
                .skip(1)
                .all(|w| ["release", "final", "ga", "stable"].contains(&w.to_lowercase().as_str()));
        if !named {
            return None;
        }
        match find_date(value, context)?.ok()?.period {
            Period::Day { date } => Some(date),
            _ => None,
        }
    })
}

/// A line without what `~~` strikes through ("Release: ~~May 3~~ May 10" → "Release:  May 10").
fn without_struck(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(start) = rest.find("~~") {
        let Some(len) = rest[start + 2..].find("~~") else {
            break;
        };
        out.push_str(&rest[..start]);
        rest = &rest[start + 2 + len + 2..];
    }
    out.push_str(rest);
    out
}

/// The day an ordinal alone names ("21st", "the 3rd"), or the end of a range of them ("14th-16th",
/// "21st – 27th"): the first such phrase in `text`.
fn ordinal_day_in(text: &str) -> Option<u32> {
    let lower = text.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let mut days = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let suffix = lower.get(i..i + 2).unwrap_or_default();
            let after = bytes.get(i + 2).copied();
            if i - start <= 2
                && ["st", "nd", "rd", "th"].contains(&suffix)
                && after.is_none_or(|b| !b.is_ascii_alphanumeric())
            {
                let n: u32 = lower[start..i].parse().ok()?;
                days.push((n, start, i + 2));
                i += 2;
                continue;
            }
        }
        i += 1;
    }
    let &(first, _, end) = days.first()?;
    // "14th-16th", "21st – 27th": the range's end.
    let joined = days.get(1).filter(|&&(_, start, _)| {
        lower[end..start]
            .trim()
            .trim_matches(|c: char| c == '-' || c == '\u{2013}' || c == '\u{2014}')
            .trim()
            .is_empty()
            && lower[end..start].contains(['-', '\u{2013}', '\u{2014}'])
    });
    let day = joined.map_or(first, |&(n, _, _)| n);
    (1..=31).contains(&day).then_some(day)
}

/// Whether the words before a label's date only name the day ("", "Day 57 (", "**Monday** (",
/// "Weekend (", "Tag 3:"): not a sentence ("We agreed on March 3 to ship:").
fn label_before_date(before: &str) -> bool {
    let words = words_of(&before.to_lowercase())
        .into_iter()
        .map(str::to_string)
        .collect::<Vec<_>>();
    words.is_empty()
        || words.len() <= 3
            && (day_number_in(before).is_some()
                || words.iter().any(|w| {
                    crate::plan::dates::weekday_named(w).is_some()
                        || ["weekend", "week", "days", "day"].contains(&w.as_str())
                })
                // "**Month 2 (Oct 20 - Nov 16, 2031)**:", "**Phase 2 (…)**:": a numbered
                // stretch of the plan, named by its number.
                || numbers_a_stretch(before))
}

/// Whether a label opens with a numbered stretch of the plan: "Month 2", "Phase 2", "Sprint 3",
/// "Stage 1", "Wave 2".
fn numbers_a_stretch(label: &str) -> bool {
    let lower = label.to_lowercase();
    matches!(words_of(&lower).as_slice(), [unit, n, ..]
        if ["month", "phase", "sprint", "stage", "wave"].contains(unit)
            && n.chars().all(|c| c.is_ascii_digit()))
}

/// The weekday a heading (or its aside in brackets) ends on, after "before" or before Korean
/// "전" (before): "Must do (before Monday)", "필수 (Monday 전)", "필수 (월요일 전)".
fn before_a_weekday(lower: &str) -> Option<chrono::Weekday> {
    let aside = lower
        .trim_end()
        .strip_suffix(')')
        .and_then(|s| s.rsplit_once('(').map(|(_, inner)| inner))
        .unwrap_or(lower);
    let words = words_of(aside);
    match words.as_slice() {
        // (Not "not before Monday": no earlier than it.)
        [.., "not", "before", _] => None,
        [.., "before", day] | [.., day, "전"] => crate::plan::dates::weekday_named(day),
        _ => None,
    }
}

/// Whether the words after a day label's date are only a cheer for the day: ") - OUT TODAY!
/// 🎉", " — LIVE SHOW!" (a dash, then at most four words shouted or ending in "!", and emoji).
fn is_cheer(after: &str) -> bool {
    let rest = after.trim_start().trim_start_matches(')').trim_start();
    let Some(cheer) = rest
        .strip_prefix('-')
        .or_else(|| rest.strip_prefix('\u{2013}'))
        .or_else(|| rest.strip_prefix('\u{2014}'))
    else {
        return false;
    };
    let words = cheer
        .trim()
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '!');
    let count = words_of(words).len();
    let shouted = words.chars().any(char::is_alphabetic) && !words.chars().any(char::is_lowercase);
    (1..=4).contains(&count) && (shouted || words.ends_with('!'))
}

/// A target or goal whose value is the launch, "**목표**: 2027-03-18 소프트 런치", "Goal: go live
/// on May 3": the launch date.
fn target_of_launch(key: &str, value: &str) -> bool {
    let key = key
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    // "Main target", "Primary goal", Malay "Sasaran utama": the plan's target all the same.
    let key = ["main ", "primary "]
        .iter()
        .find_map(|w| key.strip_prefix(w))
        .or_else(|| key.strip_suffix(" utama"))
        .map_or(key.clone(), str::to_string);
    // "**Next milestone: 3.0 public launch, 2027-06-08T15:00:00.000Z**": the next milestone is
    // the launch when it is one in so many words ("public launch", "GA", "release"), not a
    // beta, a candidate, a freeze or a review ("Next milestone: release candidate 2, …").
    if key == "next milestone" {
        let lower = value.to_lowercase();
        let words = words_of(&lower);
        let lesser = words.iter().any(|w| {
            launch::LESSER_LAUNCHES.contains(w)
                || ["candidate", "rc", "branch", "readiness", "retro", "qa"].contains(w)
        });
        return !lesser
            && !is_gate(value)
            && launch::names_launch(value).is_some_and(|rank| rank >= 2)
            && find_date(&lower, NaiveDate::MIN).is_some_and(|p| p.is_ok());
    }
    const TARGETS: [&str; 15] = [
        "target",
        "goal",
        // Malay and Indonesian.
        "sasaran",
        "celo",
        "목표",
        "目标",
        "目標",
        "ziel",
        "objetivo",
        "objectif",
        "obiettivo",
        "doel",
        "cel",
        "hedef",
        "цель",
    ];
    // "**Target Date**: 2027-03-10 (Tuesday) 15:00 CET" atop a launch checklist: the day it
    // aims at, when the value is that day and its time alone.
    // "Target date for the quarter close:", Persian "تاریخ هدف بستن فصل" (the target date of
    // closing the quarter): the plan's own target, named by what it closes, ships or cuts
    // over (not a beta's, a candidate's, "RC1", "UAT", a freeze's or a review's).
    let named_target = ["target date for ", "target date of ", "تاریخ هدف "]
        .iter()
        .find_map(|head| key.strip_prefix(head))
        .is_some_and(|what| {
            let words = words_of(what);
            let lesser = words.iter().any(|w| {
                launch::LESSER_LAUNCHES.contains(w)
                    || w.strip_prefix("rc")
                        .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
                    || [
                        "candidate",
                        "uat",
                        "freeze",
                        "review",
                        "branch",
                        "kickoff",
                        "بتا",
                        "آزمایشی",
                    ]
                    .contains(w)
            });
            // Persian "بستن" (closing), "انتشار" (release), "راه" of "راه اندازی" (launch).
            let names_the_day = words.iter().any(|w| {
                [
                    "close",
                    "closing",
                    "launch",
                    "release",
                    "golive",
                    "live",
                    "cutover",
                    "migration",
                    "move",
                    "بستن",
                    "انتشار",
                    "راه",
                ]
                .contains(w)
            });
            words.len() <= 4 && names_the_day && !lesser
        });
    let dated_target =
        matches!(key.as_str(), "target date" | "target day" | "تاریخ هدف") || named_target;
    if !TARGETS.contains(&key.as_str()) && !dated_target {
        return false;
    }
    // The value is the launch and its date, and little else ("2027-03-18 soft launch", "go live
    // on May 3, 2027"; not "1,000 users 30 days after launch (by July 1, 2027)").
    let lower = value.to_lowercase();
    let Some(Ok(phrase)) = find_date(&lower, NaiveDate::MIN) else {
        return false;
    };
    // (After the day, an aside set off by a comma says why or what else: "public launch 2
    // December 2030, before the school holidays".)
    let after = lower.get(phrase.span.end..).unwrap_or_default();
    let after = match after.split_once(", ") {
        Some((before_comma, _)) if !dated_target => before_comma,
        _ => after,
    };
    let rest = format!(
        "{} {}",
        lower.get(..phrase.span.start).unwrap_or_default(),
        after
    );
    if dated_target {
        return words_of(&rest).iter().all(|w| {
            w.starts_with(|c: char| c.is_ascii_digit())
                || month_named(w).is_some()
                || crate::plan::dates::weekday_named(w).is_some()
                || [
                    "am", "pm", "utc", "cet", "cest", "gmt", "et", "pt", "est", "pst", "h",
                ]
                .contains(w)
        });
    }
    // (Numbers, versions and a timestamp's pieces, "t15" and "000z", are no words of it; nor
    // the weekday and the little words before the day: "public version 1.0 on Monday, 18
    // November 2030", Esperanto "lunde, la 18-an de novembro".)
    let words: Vec<&str> = words_of(&rest)
        .into_iter()
        .filter(|w| !w.chars().any(|c| c.is_ascii_digit()))
        .filter(|w| {
            crate::plan::dates::weekday_named(w).is_none()
                && !["on", "by", "of", "la", "de", "le", "el", "am"].contains(w)
        })
        .collect();
    // "Goal: public version 1.0 on …", Esperanto "Celo: publika versio 1.0 …": the version
    // everyone gets, the release.
    let public_version = words.windows(2).any(|p| {
        matches!(
            p,
            [
                "public" | "publika" | "first" | "unua",
                "version" | "versio" | "release"
            ]
        )
    });
    words.len() <= 4
        && (public_version
            || words
            .iter()
            .any(|w| {
                [
                    "launch",
                    "release",
                    "golive",
                    "cutover",
                    "ga",
                    // Malay, Indonesian: the launch.
                    "pelancaran",
                    "peluncuran",
                ]
                .contains(w)
            })
            || rest.contains("go live")
            || rest.contains("goes live")
            // ("Target: Months 1–8 (public beta 31 May 2030)": the beta everyone gets; not
            // "reopen beta signups", "public beta feedback".)
            || words.windows(2).any(|p| matches!(p, ["public" | "open", "beta"]))
                && words.iter().all(|w| {
                    ["public", "open", "beta", "month", "months", "week", "weeks", "on", "in"]
                        .contains(w)
                })
            || [
                "런치",
                "런칭",
                "출시",
                "오픈",
                "发布",
                "上线",
                "リリース",
                "ローンチ",
            ]
            .iter()
            .any(|w| rest.contains(w)))
}

/// "Step 2: Point the A records", "Step 3 - Add the records": a numbered step with its name.
fn is_step_label(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    let Some(rest) = lower.strip_prefix("step ") else {
        return false;
    };
    let number: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let after = rest[number.len()..].trim_start();
    !number.is_empty()
        && (after.starts_with(':') || after.starts_with('-') || after.starts_with('.'))
        && after[1..].chars().any(char::is_alphabetic)
}

/// "- ✅ Migrations on the test server" in week 3 of a plan last updated before its week 1: a
/// list written with ticks for bullets, not work done. When every entry a mark ticks (three or
/// more) is due after the day the plan says it was written or updated, none of them is done.
fn marks_on_work_ahead(plan: &mut Plan, marked: &HashSet<NodeId>) {
    let Some(written) = plan.facts.last_updated.or(plan.facts.written_on) else {
        return;
    };
    if marked.len() < 3 {
        return;
    }
    let mut all_ahead = true;
    plan.for_each_node(|node, _| {
        if let NodeRef::Item(item) = node {
            if marked.contains(&item.id) && item.due.is_none_or(|due| due <= written) {
                all_ahead = false;
            }
        }
    });
    if all_ahead {
        plan.for_each_node_mut(|node| {
            if let NodeMut::Item(item) = node {
                if marked.contains(&item.id) {
                    item.done = false;
                }
            }
        });
    }
}

/// The version a line names ("v2.4.0", "3.1", "(v3.0.0)"), without its "v".
fn version_in(text: &str) -> Option<&str> {
    text.split_whitespace().find_map(|w| {
        let w = w.trim_matches(|c: char| "*_`()[],:".contains(c));
        let w = w.strip_prefix(['v', 'V']).unwrap_or(w);
        let parts: Vec<&str> = w.split('.').collect();
        let version = parts.len() >= 2
            && parts.len() <= 4
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        version.then_some(w)
    })
}

/// "Feature freeze for v3.0.0 - November 25" in a release calendar that names no launch: the
/// release the freeze is for ("v3.0.0 (Major) - December 16", the first entry of that version
/// dated after the freeze) is the one the plan counts to.
fn launch_of_the_frozen_version(plan: &mut Plan) {
    if plan.facts.launch.is_some() || plan.facts.launch_within.is_some() {
        return;
    }
    let mut frozen: Vec<(String, NaiveDate)> = Vec::new();
    plan.for_each_node(|node, _| {
        let (title, date) = match node {
            NodeRef::Block(PlanBlock::Decision(d)) => (d.title.as_str(), d.date),
            NodeRef::Item(i) => (i.text.as_str(), i.due),
            _ => return,
        };
        let lower = title.to_lowercase();
        let words = words_of(&lower);
        let for_a_version = words
            .windows(2)
            .any(|w| matches!(w[0], "freeze" | "cutoff" | "cut-off") && w[1] == "for");
        if let (true, Some(version), Some(date)) = (for_a_version, version_in(title), date) {
            frozen.push((version.to_string(), date));
        }
    });
    let [(version, freeze)] = frozen.as_slice() else {
        return;
    };
    let mut release = None;
    plan.for_each_node(|node, _| {
        if let NodeRef::Item(item) = node {
            let due = item.due.filter(|due| due > freeze);
            if let (None, Some(due)) = (release, due) {
                if version_in(&item.text) == Some(version.as_str()) {
                    release = Some(due);
                }
            }
        }
    });
    plan.facts.launch = release;
}

/// Whether a line labels a milestone by its number: "Milestone 2: Design Sign-off".
fn is_milestone_label(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    lower.strip_prefix("milestone ").is_some_and(|rest| {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        digits > 0
            && rest[digits..].starts_with(':')
            && rest[digits + 1..].chars().any(char::is_alphabetic)
    })
}

/// Whether a line is a day and nothing more: "Monday, November 1, 2027", "Nov 1:".
fn is_only_a_day(text: &str, context: NaiveDate) -> bool {
    let Some(Ok(phrase)) = find_date(text, context) else {
        return false;
    };
    looks_like_day(text, false, context)
        && !text[phrase.span.end..].chars().any(char::is_alphanumeric)
}

/// The word a channel's status line opens its value with ("Mastodon: posted (ana)",
/// "LinkedIn: [scheduled](…)"), lowercased; None for a line of another shape.
fn channel_status(line: &ListItem) -> Option<String> {
    let (channel, status) = line.text.split_once(':')?;
    let first = status
        .split_whitespace()
        .next()?
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    (line.task.is_none()
        && line.children.is_empty()
        && (1..=3).contains(&channel.split_whitespace().count()))
    .then_some(first)
}

/// Whether a label names a channel posts go out on ("Instagram", "Medium", "Mastodon").
fn is_channel(label: &str) -> bool {
    [
        "instagram",
        "medium",
        "linkedin",
        "mastodon",
        "bluesky",
        "threads",
        "twitter",
        "x",
        "facebook",
        "tiktok",
        "youtube",
        "reddit",
        "substack",
        "blog",
    ]
    .contains(&label)
}

/// Whether a channel's line names a post to make: "Post 3 — Kit is out", "Publish Essay 2 —
/// …" (not "Welcome emails running", "`carousels/six.md` (8 slides)").
fn names_a_post(value: &str) -> bool {
    let lower = value.trim().to_lowercase();
    let words = words_of(&lower);
    match words.as_slice() {
        ["post", n, ..] => n.chars().all(|c| c.is_ascii_digit()),
        [verb, ..] => ["publish", "post", "share", "cross-post", "repost"].contains(verb),
        [] => false,
    }
}

/// Whether every line nested under a bullet is a channel's status of a post ("Mastodon: posted
/// (ana)", "LinkedIn: scheduled (ana)"): the bullet is the post.
fn has_channel_statuses(item: &ListItem) -> bool {
    let status = |s: &str| WENT_OUT.contains(&s) || ["scheduled", "queued", "drafted"].contains(&s);
    !item.children.is_empty()
        && item
            .children
            .iter()
            .all(|c| channel_status(c).is_some_and(|s| status(s.as_str())))
}

/// Whether every line nested under a post is a channel's status that says it went out:
/// "Mastodon: posted (rkaur)" over "LinkedIn: [posted](https://…)" (not when one says
/// "scheduled").
fn every_channel_posted(item: &ListItem) -> bool {
    let posted = |line: &ListItem| {
        channel_status(line).is_some_and(|status| WENT_OUT.contains(&status.as_str()))
    };
    !item.children.is_empty() && item.children.iter().all(posted)
}

/// Whether a line opens with a single day ("November 5 Bonfire Night"), whatever follows it.
fn opens_with_a_day(text: &str, context: NaiveDate) -> bool {
    let Some(Ok(phrase)) = find_date(text, context) else {
        return false;
    };
    text[..phrase.span.start].trim().is_empty() && single_day(&phrase.period).is_some()
}

impl PlanReader {
    /// Whether a line is a range of days and nothing more but month names and an aside in
    /// brackets: "December 12/5-12/11", "Mar 8-12 (light week, family)".
    fn is_only_a_period(&self, text: &str) -> bool {
        let Some(Ok(phrase)) = self.find(text) else {
            return false;
        };
        if !matches!(phrase.period, Period::Range { .. }) {
            return false;
        }
        let outside = format!(
            "{} {}",
            &text[..phrase.span.start],
            &text[phrase.span.end..]
        );
        let outside = match outside.split_once('(') {
            Some((before, aside)) if aside.trim_end().ends_with(')') => before.to_string(),
            _ => outside,
        };
        outside
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .all(|w| {
                month_named(w).is_some()
                    || w.eq_ignore_ascii_case("week")
                    || w.eq_ignore_ascii_case("of")
            })
    }
}

/// Whether a comment reports the release done: "release_2.0.0 is tagged, … the announcement
/// went out this afternoon", "2.0 is out", "Released v2.0 today" (not "the release will be
/// tagged once …", "Is 2.0 out yet?").
fn reports_a_release(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words = words_of(&lower);
    let done = [
        "is tagged",
        "was tagged",
        "is released",
        "was released",
        "has been released",
        "released today",
        "is out",
        "is live",
        "went live",
        "shipped",
    ]
    .iter()
    .any(|w| lower.contains(w));
    // A move's report: "Migration complete at 09:20", "Switched at 20:07 UTC", Finnish "Siirto
    // valmis" (the move done).
    let moved = [
        "migration complete",
        "migration done",
        "move complete",
        "cutover complete",
        "cut-over complete",
        "siirto valmis",
    ]
    .iter()
    .any(|w| lower.starts_with(w))
        // "Switched at 20:07 UTC" (not "Switched at the last minute to vendor B").
        || lower
            .strip_prefix("switched at ")
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    let release = words
        .iter()
        .any(|w| ["release", "released", "version", "tag", "tagged", "stable"].contains(w))
        || lower.contains("release_")
        || lower.split_whitespace().any(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .trim_start_matches('v');
            w.contains('.') && w.starts_with(|c: char| c.is_ascii_digit())
        });
    let pending = lower.contains('?')
        || words.iter().any(|w| {
            [
                "will", "once", "when", "if", "until", "not", "before", "soon", "still", "ahead",
                "staging", "only", "nothing",
            ]
            .contains(w)
        });
    (done && release || moved) && !pending
}

/// Whether a line says that its day is the day a plan counts from by its letter ("…, to je náš
/// den D", "…, that is our day D.", "D-day: 6 March", "Day D is …"): the letter ends a
/// sentence or is followed by "is"; not "the D-day checklist was updated on …", "D-day minus
/// one is …", "Der Tag X für die Generalprobe ist …".
fn says_its_day_is_day_d(lower: &str) -> bool {
    const DAY: [&str; 9] = [
        "den", "day", "jour", "hari", "tag", "dzień", "día", "dia", "giorno",
    ];
    lower.split(". ").any(|sentence| {
        // Words as written apart (a hyphen splits "d-day"): the "d" of "R&D" is no letter of
        // its own ("R&D #tag" is not German "D-Tag").
        let words: Vec<&str> = sentence
            .split_whitespace()
            .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
            .flat_map(|t| t.split('-'))
            .filter(|w| !w.is_empty())
            .collect();
        words.windows(2).enumerate().any(|(k, w)| {
            let letter = DAY.contains(&w[0]) && ["d", "j", "h", "x"].contains(&w[1])
                || ["d", "j", "h"].contains(&w[0]) && DAY.contains(&w[1]);
            let labelled = || {
                [" ", "-"]
                    .iter()
                    .any(|join| sentence.contains(&format!("{}{join}{}:", w[0], w[1])))
            };
            letter
                && (words
                    .get(k + 2)
                    .is_none_or(|next| ["is", "je", "est", "ist", "es"].contains(next))
                    || labelled())
        })
    })
}

/// Whether a heading says the title again: every word of the title in letters (two at least)
/// is among its words ("Open Data Jam Checklist" under "# 4/18 Data Jam Checklist").
fn repeats_the_title(heading: &str, title: &str) -> bool {
    let (heading, title) = (heading.to_lowercase(), title.to_lowercase());
    let words = words_of(&heading);
    let title_words: Vec<&str> = words_of(&title)
        .into_iter()
        .filter(|w| w.chars().all(char::is_alphabetic))
        .collect();
    // (No longer than the title: "# Mobile app launch week 1" under "# Mobile app launch" is a
    // part of it.)
    title_words.len() >= 2
        && title_words.iter().all(|w| words.contains(w))
        && words.len() <= words_of(&title).len()
}

/// Whether a heading's period has no end: "March 2029 Onwards", "2030 and beyond".
fn is_open_ended(heading: &str) -> bool {
    let lower = heading.to_lowercase();
    let words = words_of(&lower);
    words
        .iter()
        .any(|w| ["onwards", "onward", "thereafter"].contains(w))
        || words
            .windows(2)
            .any(|w| w[0] == "and" && ["beyond", "later", "after"].contains(&w[1]))
}

/// Whether a heading sums up a working session that has taken place ("## Recent Session
/// Summary (Feb 9-10)", "### Session recap, 3 March"): its dates say when the work was gone
/// over, not when what it lists is due (not "### Dec 4 Session", "## Summary (due 3 March)").
fn sums_up_a_session(heading: &str) -> bool {
    let lower = heading.to_lowercase();
    let words = words_of(&lower);
    let has = |of: &[&str]| words.iter().any(|w| of.contains(w));
    has(&["session", "sessions"]) && has(&["summary", "recap"])
}

/// Whether a line is a time from the launch and nothing more: "D - 2 měsíce", "T-2 weeks",
/// "2 weeks before launch", "Release day - 7" (at most three words besides its numbers, and
/// opening with the count, its letter or the day it counts from; not "Book the venue (T-14)").
fn is_only_an_offset(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    let opens = text.trim_start().starts_with(|c: char| c.is_ascii_digit())
        || words.first().is_some_and(|w| {
            w.chars().count() == 1
                || ["day", "launch", "release", "event"]
                    .iter()
                    .any(|anchor| w.eq_ignore_ascii_case(anchor))
        });
    words.len() <= 3 && opens && relative_in(text).is_some()
}

/// The parts of a decision record ("Status", "Context", "Decision", "Consequences", as
/// architecture decision records are written), by a heading's words.
const RECORD_PARTS: [&str; 7] = [
    "status",
    "context",
    "decision",
    "consequences",
    "decision outcome",
    "considered options",
    "decision drivers",
];

fn is_record_part(heading: &str) -> bool {
    let lower = heading.trim().trim_end_matches(':').to_lowercase();
    RECORD_PARTS.contains(&lower.as_str())
}

/// Whether the plan is a decision record: its headings name a decision and its context, with
/// a status or the consequences.
fn is_decision_record(blocks: &[Block]) -> bool {
    let parts: Vec<String> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { text, .. } if is_record_part(text) => {
                Some(text.trim().trim_end_matches(':').to_lowercase())
            }
            _ => None,
        })
        .collect();
    let has = |w: &str| parts.iter().any(|p| p.starts_with(w));
    // (A launch plan with those headings whose "## Decision" holds a go/no-go or a sign-off
    // is a plan with a decision point.)
    let mut in_decision = false;
    let mut gated = false;
    for block in blocks {
        match block {
            Block::Heading { text, .. } => {
                in_decision = text
                    .trim()
                    .trim_end_matches(':')
                    .to_lowercase()
                    .starts_with("decision");
            }
            Block::List { items } if in_decision => {
                gated |= items.iter().any(|i| is_gate(&i.text));
            }
            Block::Paragraph { lines, .. } if in_decision => {
                gated |= lines.iter().any(|l| is_gate(l));
            }
            _ => {}
        }
    }
    has("decision") && has("context") && (has("status") || has("consequences")) && !gated
}

/// Whether a line is only a time from the launch or the event, as a label of what follows:
/// "10 days before", "at most 3 months / at least 3 weeks before", "1 week after", "On the
/// day" (a count that ends in its "before" or "after", or the day itself); not "Launch in 3
/// weeks" nor a sentence.
fn is_offset_label(text: &str) -> bool {
    let bare = text.trim_matches(|c: char| "()[]*_ .:".contains(c));
    let lower = bare.to_lowercase();
    let words = words_of(&lower);
    const ENDS: [&str; 14] = [
        "before", "after", "prior", "out", "later", "πριν", "μετά", "vor", "nach", "avant",
        "après", "antes", "después", "předem",
    ];
    if words.is_empty() || words.len() > 8 || find_date(bare, chrono::NaiveDate::MIN).is_some() {
        return false;
    }
    let counted = relative_in(bare).is_some() && words.last().is_some_and(|w| ENDS.contains(w));
    counted || words.len() <= 4 && launch_day_heading(bare).is_some()
}

/// Whether a bullet's text only holds a place to fill in: "...", "etc." (more to come), or a
/// number of one or two figures ("## Demo:" over "- 1", "- 2").
fn is_placeholder(text: &str) -> bool {
    let text = text.trim();
    ["...", "…", "etc.", "etc"].contains(&text)
        || (1..=2).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit())
}

/// "Week 3 · SQL II", "W3: SQL II", "Weeks 19–20 · Final project": the last week the label
/// counts and the title after its separator.
fn week_label_and_title(text: &str) -> Option<(u32, &str)> {
    // (Not the dash of "Weeks 19–20": a separator has spaces round it or is not a dash.)
    let (label, title) = ["·", ":", "|", "—", " – ", " - "]
        .iter()
        .filter_map(|sep| text.split_once(sep))
        .min_by_key(|(label, _)| label.len())?;
    let lower = label.trim().to_lowercase();
    let rest = ["weeks", "week", "wk", "w"]
        .iter()
        .find_map(|w| lower.strip_prefix(w))?
        .trim();
    let mut numbers = rest.split(['-', '–']).map(str::trim);
    let first: u32 = numbers.next()?.parse().ok()?;
    let last: u32 = match numbers.next() {
        Some(n) => n.parse().ok()?,
        None => first,
    };
    ((1..=104).contains(&first) && first <= last && last <= 104 && numbers.next().is_none())
        .then_some((last, title.trim()))
}

/// `text` with the words missing from `live` (the words not struck out, in order) between
/// "~~": "Launch: 2030-05-05 2030-05-12" with live "Launch: 2030-05-12" is "Launch:
/// ~~2030-05-05~~ 2030-05-12".
fn struck_again(text: &str, live: &str) -> String {
    let mut kept = live.split_whitespace().peekable();
    let mut out: Vec<String> = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    for word in text.split_whitespace() {
        if kept.peek() == Some(&word) {
            kept.next();
            if !run.is_empty() {
                out.push(format!("~~{}~~", run.join(" ")));
                run.clear();
            }
            out.push(word.to_string());
        } else {
            run.push(word);
        }
    }
    if !run.is_empty() {
        out.push(format!("~~{}~~", run.join(" ")));
    }
    out.join(" ")
}

/// The last day of week `n` of a range of a week or more ("Week 2" of a phase that runs March
/// 4-17 ends March 17, the range's end at most); None for another period or a week past it.
fn week_of_period(period: Period, n: u32) -> Option<NaiveDate> {
    let Period::Range { start, end } = period else {
        return None;
    };
    let first = start.checked_add_days(chrono::Days::new(7 * u64::from(n.checked_sub(1)?)))?;
    let last = first.checked_add_days(chrono::Days::new(6))?;
    ((end - start).num_days() >= 7 && first <= end).then(|| last.min(end))
}

/// Dates the items of `group` that nothing dates yet (no day, offset or period of their own):
/// a day or a time from the launch a line after them states for all of them.
fn date_undated_items(
    group: &mut ScheduleGroup,
    from: usize,
    due: Option<NaiveDate>,
    offset: Option<Offset>,
) {
    for item in group
        .items
        .iter_mut()
        .skip(from)
        .filter(|i| i.due.is_none() && i.offset.is_none() && i.within.is_none())
    {
        item.offset = offset;
        item.due = due;
    }
}

/// Whether a box's text is an ellipsis and a remark in brackets: "… (to be expanded once 1.1
/// closes)", "... (placeholder)".
fn is_held_place(text: &str) -> bool {
    let text = text.trim();
    let Some(rest) = text
        .strip_prefix("...")
        .or_else(|| text.strip_prefix('…'))
        .map(str::trim)
    else {
        return false;
    };
    // (A bare "- [ ] ..." in an issue template is a box to fill in and tick, kept a task; so
    // is "... (ask Maria for the list)", an action.)
    let lower = rest.to_lowercase();
    rest.starts_with('(')
        && rest.ends_with(')')
        && !rest[1..].contains('(')
        && [
            "expand",
            "placeholder",
            "tbd",
            "to be ",
            "later",
            "fill",
            "to come",
            "more ",
        ]
        .iter()
        .any(|w| lower.contains(w))
}

/// The lines of the plain bullets of a list that are steps among its checkboxes: the list
/// mostly boxes (two at least, and two for each plain bullet), the bullet's nested bullets all
/// boxes, the bullet neither a label ("Release Manager:", a single word as "Marketing") nor a
/// title in bold ("1. **Final Check**").
fn steps_among_boxes(items: &[ListItem]) -> Vec<usize> {
    let boxes = items.iter().filter(|i| i.task.is_some()).count();
    if boxes < 2 || boxes < 2 * (items.len() - boxes) {
        return Vec::new();
    }
    items
        .iter()
        .filter(|i| {
            i.task.is_none()
                && !i.titled
                && !i.children.is_empty()
                && i.children.iter().all(|c| c.task.is_some())
                && !i.text.trim_end().ends_with([':', '：'])
                // "- Marketing" over "- [ ] Newsletter": a one-word category is a label.
                && i.text.split_whitespace().count() >= 2
        })
        .map(|i| i.line)
        .collect()
}

/// A bullet without a checkbox that ends with a colon and has bullets nested under it ("Release
/// Manager:", "Final budget:"): a label over a list.
fn is_label_over_list(item: &ListItem) -> bool {
    item.task.is_none()
        && !item.children.is_empty()
        && !introduces_criteria(&item.text)
        && (item.text.trim_end().ends_with(':') && item.extra.is_empty()
            && !numbered_sentence_step(item)
            // "1. **Final Check**" over "- [ ]" lines: the boxes are what is ticked, the
            // numbered step names them (a step with something to do would have a box).
            || item.children.iter().all(|c| c.task.is_some() || labels_boxes(c))
                && item.text.split_whitespace().count() <= 8)
}

/// "  - Mobile" over "    - [ ] Android app": a short plain bullet that holds only boxes, a
/// category one level down in an area's list ("- Examples" over "  - Command line" and
/// "  - Mobile", each over its boxes): the area is a label as the category is.
fn labels_boxes(item: &ListItem) -> bool {
    item.task.is_none()
        && !item.children.is_empty()
        && item.extra.is_empty()
        && item.children.iter().all(|c| c.task.is_some())
        && item.text.split_whitespace().count() <= 8
}

/// "3. Ask the testers to start on the image:" over what they run: a numbered step that is a
/// sentence (four words or more, not in bold), one of the sequence with its sub-points, and not
/// a label over them as a name is ("1. Release Manager:", "2. **One site:**").
fn numbered_sentence_step(item: &ListItem) -> bool {
    item.numbered
        && !item.titled
        && !item.text.trim_start().starts_with("**")
        && item.text.split_whitespace().count() >= 4
}

/// Times in hours before or after a launch at `minutes` past midnight, as days: "T-4h" of a
/// midnight go-live is the day before (counting whole days toward the launch would say the
/// launch day itself).
fn hours_to_days(plan: &mut Plan, gates: &mut [(NodeId, Offset)], minutes: u32) {
    let convert = |o: Offset| -> Offset {
        if o.unit != OffsetUnit::Hours {
            return o;
        }
        let at = i64::from(minutes) + i64::from(o.amount) * 60;
        let days = at.div_euclid(24 * 60);
        i32::try_from(days)
            .ok()
            .and_then(|d| Offset::new(d, OffsetUnit::Days))
            .unwrap_or(o)
    };
    plan.for_each_node_mut(|node| {
        if let NodeMut::Item(item) = node {
            item.offset = item.offset.map(convert);
        }
    });
    for (_, offset) in gates.iter_mut() {
        *offset = convert(*offset);
    }
}

impl PlanReader {
    /// In a form (a list with two or more fields left empty, see `is_empty_field`): a field
    /// still empty, or one filled in without a date ("How testers get access: feature flag").
    fn answers_a_field(&self, item: &ListItem) -> bool {
        is_empty_field(item)
            || item.text.split_once(':').is_some_and(|(label, value)| {
                label.chars().any(char::is_alphabetic)
                    && label.len() <= 120
                    && !value.trim().is_empty()
                    && !is_gate(label)
                    && !opens_with_a_verb(label)
                    && !opens_with_a_verb(value)
                    && self.find(&item.text).is_none()
                    && relative_in(&item.text).is_none()
            })
    }
}

/// Whether a list of plain bullets is a record of fields in bold ("- **Status**: In review",
/// "- **Timeline**: February 2027", "- **Spend**: $18,000"): two or more, every one a bold
/// label and a colon, one of them a status.
impl PlanReader {
    /// "- Date and time the outage begins: 2/15/2028 from 5 am" among "- Expected duration:
    /// about 4 hours" and "- Reason: firmware upgrade": in a list of a thing's fields (two or
    /// more others, every one a label and a value read as a note), the field that gives its
    /// date is a field too, not a step. Its label says "date"; its value opens with the day.
    fn date_fields(&self, items: &[ListItem]) -> Vec<usize> {
        let dated = |i: &ListItem| {
            let Some((label, value)) = i.text.split_once(':') else {
                return false;
            };
            let label = label.to_lowercase();
            i.task.is_none()
                && i.children.is_empty()
                && words_of(&label)
                    .iter()
                    .any(|w| ["date", "datum", "fecha", "дата"].contains(w))
                // (Not a day the plan sets, "Due date:", "Recommended Date:", "Target date:":
                // those are its schedule, and so is a value that goes on to say what to do.)
                && !words_of(&label).iter().any(|w| {
                    [
                        "due", "deadline", "target", "recommended", "planned", "launch",
                        "release", "go", "publish", "submission",
                    ]
                    .contains(w)
                })
                && !is_gate(&i.text)
                && self
                    .find(value.trim_start())
                    .and_then(Result::ok)
                    .is_some_and(|p| {
                        p.span.start == 0
                            && !opens_with_a_verb(value.trim_start()[p.span.end..].trim_start())
                    })
        };
        let (fields, others): (Vec<&ListItem>, Vec<&ListItem>) =
            items.iter().partition(|i| dated(i));
        // (Each other bullet a short label and its value, not a step or a gate: "Reason for
        // outage: …", "Scheduled: after the assembly"; one of them at least read as a note.)
        let field = |i: &&ListItem| {
            i.task.is_none()
                && i.children.is_empty()
                && i.text.split_once(':').is_some_and(|(label, value)| {
                    (1..=8).contains(&label.split_whitespace().count())
                        && !value.trim().is_empty()
                        && !opens_with_a_verb(label)
                })
                && !is_gate(&i.text)
        };
        let described = others.len() >= 2
            && others.iter().all(field)
            && others.iter().any(|i| self.reads_as_note(&i.text));
        if described {
            fields.iter().map(|i| i.line).collect()
        } else {
            Vec::new()
        }
    }
}

fn is_status_record(items: &[ListItem]) -> bool {
    is_record_with(items, &STATUS_FIELDS)
}

/// "- Name: Move to the shared chat", "- Start Date: 2027-11-29", "- Author(s): @pia", "-
/// Status: Approved", "- Supersedes: N/A": a document's header written as a list (an RFC's, a
/// decision record's), four plain "Label: value" lines or more with a status among them. Every
/// label is one to three words opening with a capital, with no figure, no gate and no step's
/// verb (but a field the reader knows, "Start Date"), and no deadline ("Due date"); no box,
/// nothing nested. Only in the plan's opening (the caller checks), where a header stands. (The caller leaves out lists with more than one date: "-
/// Status: on track", "- Code freeze: May 3", "- Beta: May 10" are milestones.)
fn is_header_record(items: &[ListItem]) -> bool {
    let label = |i: &ListItem| -> Option<String> {
        if i.task.is_some() || !i.children.is_empty() {
            return None;
        }
        let (label, value) = i.text.split_once(':')?;
        let label = label.trim();
        ((1..=3).contains(&label.split_whitespace().count())
            && !value.trim().is_empty()
            && label.starts_with(char::is_uppercase)
            && !label.chars().any(|c| c.is_ascii_digit())
            // ("Start Date" is the plan's start, a field the reader knows.)
            && (!opens_with_a_verb(label) || Fact::named(label).is_some())
            && !is_gate(label)
            // (Nor a deadline: "- Due date: March 1" among a card's fields is its work's day.)
            && !DEADLINES.contains(&label.to_lowercase().as_str())
            // (Nor work announced: "- Next step: Book the venue", "- Todo: …".)
            && !ANNOUNCES_WORK.contains(&label.to_lowercase().as_str())
            // (A value is a state, not a step: "- Ana: Book the bouncy castle", "- Movers: Get
            // three quotes" are work handed out; but a name or title may open with a verb,
            // "- Name: Move to the shared chat".)
            && (["name", "title"].contains(&label.to_lowercase().as_str())
                || !opens_with_a_verb(value.trim()) && !opens_with_an_imperative(value.trim())))
        .then(|| label.to_lowercase())
    };
    let labels: Option<Vec<String>> = items.iter().map(label).collect();
    items.len() >= 4
        && labels.is_some_and(|labels| labels.iter().any(|l| STATUS_FIELDS.contains(&l.as_str())))
}

/// The labels of a field that hands out work rather than records a state: "- Next step: Book
/// the venue", "- Action: …", "- Todo: …".
const ANNOUNCES_WORK: [&str; 13] = [
    "next step",
    "next steps",
    "next action",
    "next actions",
    "action",
    "actions",
    "action item",
    "action items",
    "todo",
    "to do",
    "to-do",
    "task",
    "tasks",
];

/// "- **Fecha**: Q3 2027 / - **Descripción**: …": a record of fields with a description among
/// them.
fn is_described_record(items: &[ListItem]) -> bool {
    is_record_with(items, &DESCRIPTION_FIELDS)
        // "- **Purpose:** endurance", "- **Feel:** chatty", "- **Heart rate:** 147-159": what a
        // kind of thing is for and is like (a kind of run, a room, a role). Not a record of a
        // piece of work that says what it is for ("- **Task:** …", "- **Purpose:** …").
        || is_record_with(items, &PURPOSE_FIELDS)
            && !is_record_with(items, &WORK_FIELDS)
}

/// "Purpose" as a field's label: English, German, Spanish, Portuguese, Italian, Russian.
const PURPOSE_FIELDS: [&str; 7] = [
    "purpose",
    "zweck",
    "propósito",
    "finalidad",
    "finalidade",
    "finalità",
    "назначение",
];

/// Labels of a field that names a piece of work.
const WORK_FIELDS: [&str; 8] = [
    "task",
    "action",
    "step",
    "todo",
    "to do",
    "what",
    "deliverable",
    "owner",
];

const STATUS_FIELDS: [&str; 8] = [
    "status",
    "state",
    "estado",
    "statut",
    "stand",
    "stato",
    "durum",
    "статус",
];

const DESCRIPTION_FIELDS: [&str; 8] = [
    "description",
    "descripción",
    "descripcion",
    "descrição",
    "descrizione",
    "beschreibung",
    "açıklama",
    "описание",
];

/// Two or more bullets, each a bold label and its value, one of them labelled by `fields`.
fn is_record_with(items: &[ListItem], fields: &[&str]) -> bool {
    let label = |i: &ListItem| -> Option<String> {
        let (label, _) = i.text.split_once(':')?;
        let lead = i.lead.trim().trim_end_matches(':').trim();
        // (A value in bold too, "**Heart rate:** **147-159**", leaves no lead: the whole line
        // is bold, its label a few words.)
        let all_bold =
            lead.is_empty() && i.titled && (1..=4).contains(&label.split_whitespace().count());
        (i.task.is_none() && (!lead.is_empty() && lead == label.trim() || all_bold))
            .then(|| label.trim().to_lowercase())
    };
    let labels: Vec<Option<String>> = items.iter().map(label).collect();
    items.len() >= 2
        && labels.iter().all(Option::is_some)
        && labels
            .iter()
            .flatten()
            .any(|l| fields.contains(&l.as_str()))
}

/// Whether a line opens, where a date-first line has its day, with a template's placeholder
/// for it, then a dash and what happens: ":calendar: **{{config.event.cfp_close}}** - Call
/// for proposals closes", "[Date] – Speakers announced", "[YYYY-MM-DD] – …" (not a link,
/// "[Venue](…) – book it", nor a bracket that names anything but the day, "[Note] – …",
/// "[Ana] – …", nor "TBD – depends on QA capacity", a remark that the day is open: review 1
/// of the thirty-sixth session).
fn placeholder_first_line(text: &str) -> bool {
    // (Cheap first: no dash, no such line.)
    if ![" - ", " – ", " — "].iter().any(|sep| text.contains(sep)) {
        return false;
    }
    let line = without_leading_decoration(text);
    let line = line.trim_start_matches('✅').trim_start();
    let rest = if let Some(inner) = line.strip_prefix("{{") {
        match inner.split_once("}}") {
            Some((name, rest)) if !name.trim().is_empty() && !name.contains('\n') => rest,
            _ => return false,
        }
    } else if let Some(inner) = line.strip_prefix('[') {
        match inner.split_once(']') {
            // ("[Date]", "[Date TBD]", "[DD.MM.YYYY]": the day to fill in, not a link's text.)
            Some((name, rest))
                if !rest.starts_with('(')
                    && (1..=3).contains(&name.split_whitespace().count())
                    && names_a_day_slot(name) =>
            {
                rest
            }
            _ => return false,
        }
    } else {
        return false;
    };
    let rest = rest.trim_start_matches(['*', '_']);
    [" - ", " – ", " — "].iter().any(|sep| {
        rest.strip_prefix(sep).is_some_and(|title| {
            let words = title
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count();
            (1..=12).contains(&words)
        })
    })
}

/// Whether a countdown's line at its zero is the launch's: one of its parts (a table row's
/// cells are joined with " — ": "SSO — meld lift-off — …") only names or calls the launch and
/// no part opens with a verb of work ("Go-live — Switch the login page" is work at the zero).
fn zero_row_calls_the_launch(text: &str, title: &str) -> bool {
    let parts: Vec<&str> = text.split(" — ").collect();
    let calls = |p: &str| only_calls_the_launch(p, title);
    parts.iter().any(|p| calls(p))
        && !parts.iter().any(|p| {
            !calls(p) && (opens_with_an_imperative(p.trim()) || opens_with_a_verb(p.trim()))
        })
}

/// Whether a line at a countdown's zero only names the launch, or calls it out: "lift-off",
/// "call lift-off", Dutch "meld lift-off", with at most the product's name from the plan's
/// title beside it. Not work at the zero ("Go-live: switch the login page", "Go live - Ben
/// flips DNS"), which stays a task (review 1 of the thirty-sixth session).
fn only_calls_the_launch(text: &str, title: &str) -> bool {
    const CALLS: &[&str] = &[
        "call",
        "calls",
        "report",
        "reports",
        "announce",
        "announces",
        "meld",
        "the",
        "of",
    ];
    let title = title.to_lowercase();
    let named = words_of(&title);
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let launch = |w: &str| launch::names_launch(w).is_some();
    // ("T-0: liftoff": the zero itself written before it.)
    let zero = |w: &str| {
        w.strip_prefix('t').is_some_and(|rest| {
            rest.starts_with(['-', '+']) && rest.chars().all(|c| "-+:0".contains(c))
        })
    };
    words.iter().any(|w| launch(w))
        && words.iter().all(|w| {
            launch(w) || zero(w) || CALLS.contains(&w.as_str()) || named.contains(&w.as_str())
        })
}

/// Whether a bracket's words only name the day to be filled in: "Date", "Date TBD", German
/// "Datum", Spanish "Fecha", "TBD", or a pattern of the day's letters ("YYYY-MM-DD",
/// "DD.MM.YYYY"); not "Note", "Info", "Optional" or a name.
fn names_a_day_slot(name: &str) -> bool {
    const DAY_WORDS: &[&str] = &[
        "date", "datum", "fecha", "data", "date:", "day", "jour", "tag", "día", "dia", "giorno",
        "dag", "tbd", "tbc", "tba", "tbd:", "due",
    ];
    name.chars().any(char::is_alphabetic)
        && name.split_whitespace().all(|w| {
            let w = w.to_lowercase();
            DAY_WORDS.contains(&w.as_str())
                || w.chars().all(|c| "ymdjt".contains(c) || "-./".contains(c))
        })
}

/// Whether a line is only bracketed placeholders ("[Date]: [What to do]", "[First thing]",
/// "✅ [Must be done]"): a template's line, with no words outside its brackets.
pub(super) fn only_placeholders(text: &str) -> bool {
    let mut outside = String::new();
    let mut inside = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '[' => depth += 1,
            ']' if depth > 0 => depth -= 1,
            _ if depth > 0 => inside.push(c),
            _ => outside.push(c),
        }
    }
    depth == 0
        && inside.chars().any(char::is_alphabetic)
        && !outside.chars().any(char::is_alphanumeric)
}

/// Whether a line opens with a plain verb that asks for work ("Review the go/no-go criteria",
/// "Post the sign-off sheet"), not a gate named by a noun that a verb is spelt like ("Sign-off
/// with the caterer", "Launch freeze", "Release go/no-go").
fn opens_with_a_work_verb(text: &str) -> bool {
    let first = text
        .trim_start()
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split_whitespace()
        .next()
        .unwrap_or_default();
    first.chars().all(char::is_alphabetic)
        && !["launch", "release", "ship", "open", "sign", "cut"]
            .contains(&first.to_lowercase().as_str())
        && (opens_with_a_verb(text) || opens_with_an_imperative(text))
}

/// Whether a line's gate word names a thing rather than the gate: "Approval letters posted to
/// the guests", "Sign-off sheet printed".
fn gate_names_a_thing(text: &str) -> bool {
    const THINGS: &[&str] = &[
        "letter",
        "letters",
        "form",
        "forms",
        "sheet",
        "sheets",
        "email",
        "emails",
        "template",
        "templates",
        "document",
        "documents",
        "pack",
        "packs",
        "card",
        "cards",
        "photos",
        "stamp",
        "stamps",
    ];
    let lower = text.to_lowercase();
    let words = hyphenated_words_of(&lower);
    words
        .windows(2)
        .any(|w| THINGS.contains(&w[1]) && is_gate(w[0]))
}

/// Whether a plain bullet of a box is a "Note:"-style remark about the work itself ("Note: the
/// van is booked for the whole day"), not an example ("Note: tick it like this"), a list kept
/// for reference ("Last year's list, for reference only") or a pointer elsewhere ("Blocked by
/// the schema fix below").
fn a_remark_on_the_work(text: &str) -> bool {
    let lower = text.to_lowercase();
    let lower = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    [
        "note:",
        "note -",
        "nb:",
        "n.b.",
        "remark:",
        "reminder:",
        "heads-up:",
        "heads up:",
    ]
    .iter()
    .any(|l| lower.starts_with(l))
        && ![
            "for reference",
            "example",
            "e.g.",
            "like this",
            "last year",
            "blocked by",
            "see below",
            "below",
            "above",
            "template",
            "sample",
        ]
        .iter()
        .any(|w| lower.contains(w))
}

/// "- Number of bugs found / fixed:" with nothing after it or under it: in a list of two or
/// more, a field of a form to fill in once it happened, not a step ("1. Start the copy
/// script:" over a code block after the list is one, and "- Go / No Go:" is the gate).
fn is_empty_field(item: &ListItem) -> bool {
    let text = item.text.trim();
    text.strip_suffix([':', '：']).is_some_and(|label| {
        label.chars().any(char::is_alphabetic)
            && label.len() <= 80
            && !label.contains(':')
            && item.children.is_empty()
            && item.extra.is_empty()
            && !is_gate(label)
            && !opens_with_a_verb(label)
    })
}

/// Whether a text opens with a verb that asks for work ("Share in our Slack community",
/// "Tweet from the founders' accounts", "deploy v2.3"): a step, not a field or its answer.
fn opens_with_a_verb(text: &str) -> bool {
    const VERBS: &[&str] = &[
        "add", "announce", "ask", "book", "build", "buy", "call", "cancel", "check", "clean",
        "close", "collect", "confirm", "contact", "create", "cut", "deploy", "do", "draft",
        "email", "enable", "disable", "export", "file", "finish", "fix", "flip", "get", "hire",
        "import", "install", "invite", "launch", "make", "merge", "migrate", "move", "notify",
        "open", "order", "pause", "pay", "plan", "point", "post", "prepare", "print", "publish",
        "push", "put", "record", "release", "remove", "reply", "restore", "review", "run",
        "schedule", "send", "set", "share", "ship", "sign", "start", "submit", "switch", "sync",
        "tag", "tell", "test", "turn", "tweet", "update", "upload", "verify", "write",
    ];
    text.trim()
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .is_some_and(|w| VERBS.contains(&w.to_lowercase().as_str()))
}

/// Whether a section's title is a rollback's ("## 4. Rollback Procedures", "Roll back"), not a
/// rehearsal or test of one.
fn is_rollback(title: &str) -> bool {
    let lower = title.to_lowercase();
    (lower.contains("rollback") || lower.contains("roll back") || lower.contains("roll-back"))
        && !["rehears", "test", "drill", "practi", "dry run", "dry-run"]
            .iter()
            .any(|w| lower.contains(w))
}

/// Whether a rollback's title heads its steps ("## 4. Rollback Procedures", "## Rollback
/// Steps (If Needed)"), not a window of the plan's time ("## T+48h to T+7d: Rollback window",
/// "## Rollback period (Day 1-7)"), which holds the checks done while it lasts.
fn rollback_steps_title(title: &str) -> bool {
    let lower = title.to_lowercase();
    let words = words_of(&lower);
    !words
        .iter()
        .any(|w| ["window", "windows", "period", "decision"].contains(w))
        && relative_in(title).is_none()
        && day_number_in(title).is_none()
}

/// Whether text before a date says the date is today's, counted from ("60 days from today (",
/// "60 dias a partir de hoje (").
fn counts_from_today(before: &str) -> bool {
    let lower = before.to_lowercase();
    let lower = lower.trim_end_matches(|c: char| c.is_whitespace() || "([:,-".contains(c));
    [
        "from today",
        "from now",
        "a partir de hoje",
        "a partir de hoy",
        "desde hoy",
        "à partir d'aujourd'hui",
        "ab heute",
        "vanaf vandaag",
        "da oggi",
    ]
    .iter()
    .any(|m| lower.ends_with(m))
}

/// `weekday` in a week counted from the launch's with its sign, as days from the launch: weeks
/// of the calendar, Monday to Sunday; Week -1 is the week before the launch's, Week +1 the one
/// after it.
pub(super) fn weekday_in_signed_week(
    week: i32,
    weekday: chrono::Weekday,
    launch: NaiveDate,
) -> Option<Offset> {
    use chrono::Datelike;
    let launch_monday = -i64::from(launch.weekday().num_days_from_monday());
    let day = launch_monday + 7 * i64::from(week) + i64::from(weekday.num_days_from_monday());
    Offset::new(i32::try_from(day).ok()?, OffsetUnit::Days)
}

/// Whether a line is a fact ("Launch: …") or an end of a span ("Start: March 1"), by its label.
/// Dates by the launch the undated tasks of a section or group titled "Before Launch" ("Before
/// the launch", "Before launch day"): not "Pre-launch" or "Before the launch review", which
/// name other days or none.
/// Calls `set` with every task that has no day, offset or period of its own, in a schedule group
/// that has no period either and that `keep` chooses (with its section's title).
fn undated_items(
    plan: &mut Plan,
    mut keep: impl FnMut(&str, &ScheduleGroup) -> bool,
    mut set: impl FnMut(&mut Item),
) {
    for section in &mut plan.sections {
        for block in &mut section.blocks {
            let PlanBlock::Schedule(group) = block else {
                continue;
            };
            if group.period.is_some() || !keep(&section.title, group) {
                continue;
            }
            for item in &mut group.items {
                if item.due.is_none() && item.offset.is_none() && item.within.is_none() {
                    set(item);
                }
            }
        }
    }
}

/// "- [ ] **Launch Day! (Go live in both stores)**" with its checklist, under "## Phase 4:
/// Submit" which the plan's milestones date the day before its launch: the box is the launch
/// itself, due on the launch's day, and so are its subtasks that took the phase's day with it.
/// Only when the phase's day is in the week before the launch (not a task that names the launch
/// in a phase after it, nor one months before, which the plan may mean as a rehearsal).
fn launch_day_tasks_on_the_launch(plan: &mut Plan, launch: NaiveDate, tasks: Vec<Vec<NodeId>>) {
    for ids in tasks {
        let Some((task, rest)) = ids.split_first() else {
            continue;
        };
        let phase_day = match plan.node_mut(task) {
            Some(NodeMut::Item(item)) if item.offset.is_none() && item.within.is_none() => item.due,
            _ => None,
        };
        let Some(phase_day) = phase_day.filter(|&d| d < launch && (launch - d).num_days() <= 7)
        else {
            continue;
        };
        for id in std::iter::once(task).chain(rest) {
            if let Some(NodeMut::Item(item)) = plan.node_mut(id) {
                if item.due == Some(phase_day) && item.offset.is_none() && item.within.is_none() {
                    item.due = Some(launch);
                }
            }
        }
    }
}

/// Every task of the schedule with no day, offset or period of its own, outside a dated group,
/// on the launch's day (T+0).
fn on_the_launch_day(plan: &mut Plan, launch: NaiveDate) {
    undated_items(
        plan,
        |_, _| true,
        |item| {
            item.offset = Offset::new(0, OffsetUnit::Days);
            item.due = Some(launch);
        },
    );
}

/// The sections of a document that runs by the clock (two lines or more that are only a time
/// of day, "⏰ **16:00 Uhr**", "**18:50**", "7:30 pm", the slots of one day's run) that hold
/// such a line.
fn clocked_sections(plan: &Plan, lines: &SourceMap, text: &str) -> Vec<NodeId> {
    let clock_lines: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, line)| only_a_time(line))
        .map(|(at, _)| at + 1)
        .collect();
    if clock_lines.len() < 2 {
        return Vec::new();
    }
    let starts: Vec<(usize, &NodeId)> = plan
        .sections
        .iter()
        .filter_map(|s| lines.get(&s.id).map(|&line| (line, &s.id)))
        .collect();
    starts
        .iter()
        .enumerate()
        .filter(|(i, (start, _))| {
            let end = starts.get(i + 1).map_or(usize::MAX, |(next, _)| *next);
            clock_lines.iter().any(|l| (*start..end).contains(l))
        })
        .map(|(_, (_, id))| (*id).clone())
        .collect()
}

/// Whether a section title or a group's label names a weekday ("## Saturday"): the plan runs
/// over several days.
fn names_weekdays(plan: &Plan) -> bool {
    let weekday = |t: &str| {
        t.split(|c: char| !c.is_alphanumeric())
            .any(|w| w.len() >= 3 && crate::plan::dates::weekday_named(w).is_some())
    };
    plan.sections.iter().any(|s| {
        weekday(&s.title)
            || s.blocks
                .iter()
                .any(|b| matches!(b, PlanBlock::Schedule(g) if weekday(&g.label)))
    })
}

/// Whether a line is only a time of day ("⏰ **16:00 Uhr**", "**18:50**", "7:30 pm").
fn only_a_time(line: &str) -> bool {
    let bare: String = line
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ':' || c.is_whitespace())
        .collect();
    let words: Vec<String> = bare.split_whitespace().map(str::to_lowercase).collect();
    bare.contains(':')
        && time_of_day_in(&bare).is_some()
        && match words.as_slice() {
            [_] => true,
            [_, suffix] => ["uhr", "h", "am", "pm", "hrs"].contains(&suffix.as_str()),
            _ => false,
        }
}

/// Whether any item or decision of a plan has a day or an offset.
fn dates_anything(plan: &Plan) -> bool {
    let mut dated = false;
    plan.for_each_node(|node, _| match node {
        NodeRef::Item(item) => {
            dated |= item.due.is_some() || item.offset.is_some() || item.within.is_some();
        }
        NodeRef::Block(PlanBlock::Decision(d)) => dated |= d.date.is_some(),
        _ => {}
    });
    dated
}

/// "- [ ] 决定是否支持 .NET Framework 4.8（3月5日前）" in a to-do list read after a roadmap that ran
/// on to September, in a plan launching on 30 April: a gate to take (a decision, a freeze, a
/// sign-off) whose day, written without its year, the running year put more than half a year
/// after the launch is the one a year before, when that falls before the launch.
fn gates_on_the_way_to_the_launch(plan: &mut Plan, launch: NaiveDate) {
    use chrono::Datelike;
    plan.for_each_node_mut(|node| {
        let NodeMut::Item(item) = node else {
            return;
        };
        let Some(due) = item.due.filter(|d| (*d - launch).num_days() > 183) else {
            return;
        };
        if item.offset.is_some() || item.within.is_some() || !is_gate(&item.text) {
            return;
        }
        let yearless = matches!(find_date(&item.text, due), Some(Ok(p))
            if !p.year_written && p.period == Period::Day { date: due });
        if let Some(before) = due
            .with_year(due.year() - 1)
            .filter(|d| yearless && *d <= launch)
        {
            item.due = Some(before);
        }
    });
}

/// Whether a paragraph is only a label of the time before the launch, in bold or ending with a
/// colon ("**Before cutover**", "Before the launch:", "**Before go-live:**"), at most five
/// words: the list under it is the launch's preparation. Not a sentence ("Before launch we
/// will ask the shops.") nor a label of something else ("**Before the dress rehearsal**").
fn labels_before_the_launch(text: &str, bold: bool) -> bool {
    // (A cheap test first: most lines do not say it.)
    let lower = text.to_lowercase();
    if !lower.contains("before") && !lower.contains("sebelum") {
        return false;
    }
    let label = lower
        .trim()
        .trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
    let colon = label.ends_with([':', '：']);
    let label = label
        .trim_end_matches([':', '：'])
        .trim_end_matches(['*', '_']);
    (bold || colon)
        && !label.contains(['.', ',', ';'])
        && words_of(label).len() <= 5
        && moment_before(label).is_some()
}

/// "Before launch", "Before the public release:", "Before cutover", Indonesian "Sebelum rilis
/// publik:", "Sebelum peluncuran": the moment a title names the time before, "" for the launch
/// or the release, else the switch it names ("cutover", "golive", "switchover").
fn moment_before(title: &str) -> Option<&'static str> {
    let lower = title.to_lowercase();
    let words = words_of(&lower);
    let at = words
        .iter()
        .position(|w| ["before", "sebelum"].contains(w))?;
    if words[..at]
        .iter()
        .any(|w| ["after", "post", "pre"].contains(w))
    {
        return None;
    }
    let rest: Vec<&str> = words[at + 1..]
        .iter()
        .copied()
        .filter(|w| !["the", "day", "date", "public", "publik"].contains(w))
        .collect();
    match rest.as_slice() {
        ["launch" | "release" | "rilis" | "peluncuran"] => Some(""),
        ["cutover"] | ["cut", "over"] => Some("cutover"),
        ["golive"] | ["go", "live"] => Some("golive"),
        ["switchover"] => Some("switchover"),
        _ => None,
    }
}

/// Whether a title names the time before the launch: the launch or the release, or the switch
/// the plan's launch line names (`launch_says`, lower case without spaces or hyphens): "Before
/// cutover" is before the launch in a plan whose launch is its cutover ("Cutover: 14 March"),
/// not in one that launches weeks after its data is cut over.
fn before_launch(title: &str, launch_says: &str) -> bool {
    moment_before(title).is_some_and(|moment| moment.is_empty() || launch_says.contains(moment))
}

/// The plan's title and the line the launch was read from, as `before_launch` compares them:
/// lower case, without spaces or hyphens ("Go-live: 7 April" → "golive:7april"). A plan titled
/// by its cutover ("# Wiki checks before and after the cutover") launches with it.
fn launch_says(title: &str, read_from: Option<&SourceLine>) -> String {
    let line = read_from.map_or("", |line| line.text.as_str());
    format!("{title} {line}")
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect()
}

fn due_before_launch(plan: &mut Plan, launch: NaiveDate, launch_says: &str) {
    undated_items(
        plan,
        |section, group| {
            before_launch(section, launch_says) || before_launch(&group.label, launch_says)
        },
        |item| item.due = Some(launch),
    );
}

/// Whether a plan counts its work from its start: "zwei Wochen vor dem Start", "eine Woche nach
/// dem Start", "two weeks before the start" (not "before the start of the sale", a start of
/// something else: the phrase ends there).
fn counts_from_the_start(text: &str) -> bool {
    let lower = text.to_lowercase();
    [
        " vor dem start",
        " nach dem start",
        " before the start",
        " after the start",
    ]
    .iter()
    .any(|phrase| {
        lower.match_indices(phrase).any(|(i, _)| {
            let after = &lower[i + phrase.len()..];
            after.starts_with(|c: char| !c.is_alphanumeric())
                && !after.trim_start().starts_with("of ")
                && !after.trim_start().starts_with("der ")
                && !after.trim_start().starts_with("des ")
        })
    })
}

fn span_or_fact_line(line: &str) -> bool {
    line.split_once(':').is_some_and(|(key, _)| {
        let key = key.trim().trim_matches('*').trim().to_lowercase();
        Fact::named(&key).is_some()
            || [
                "start", "end", "begin", "begins", "ends", "from", "to", "until",
            ]
            .contains(&key.as_str())
    })
}

/// The first time of day in `text` ("00:00:00 UTC", "at 11:00 AM", "9am"), in minutes after
/// midnight.
pub(super) fn time_of_day_in(text: &str) -> Option<u32> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.iter().enumerate().find_map(|(i, w)| {
        let w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != ':');
        let (clock, suffix) = match w.find(|c: char| c.is_ascii_alphabetic()) {
            Some(at) => (&w[..at], &w[at..]),
            None => (w, words.get(i + 1).copied().unwrap_or_default()),
        };
        let pm = suffix.starts_with("pm") || suffix.starts_with("p.m");
        let am = suffix.starts_with("am") || suffix.starts_with("a.m");
        let mut parts = clock.split(':');
        let hours: u32 = parts.next()?.parse().ok()?;
        let minutes: u32 = match parts.next() {
            Some(m) => m.parse().ok()?,
            None if am || pm => 0,
            None => return None,
        };
        if hours > 23 || minutes > 59 || (hours > 12 && (am || pm)) {
            return None;
        }
        let hours = match (am, pm) {
            (true, _) if hours == 12 => 0,
            (_, true) if hours < 12 => hours + 12,
            _ => hours,
        };
        Some(hours * 60 + minutes)
    })
}

/// Whether the word after byte `at` of `text` is "week" ("May 11 week").
/// Whether "week of" comes right before `at` ("the week of May 11").
fn week_of_before(text: &str, at: usize) -> bool {
    text.get(..at).is_some_and(|before| {
        let words: Vec<&str> = before.split_whitespace().rev().take(2).collect();
        matches!(words.as_slice(), [of, week] if of.eq_ignore_ascii_case("of")
            && week.trim_start_matches(['(', '[']).eq_ignore_ascii_case("week"))
    })
}

fn week_follows(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|rest| rest.split_whitespace().next())
        .is_some_and(|w| w.eq_ignore_ascii_case("week"))
}

/// What a day number makes of an entry: a day, when the plan states its start; else a time
/// relative to the launch.
enum DayNumbered {
    On(NaiveDate),
    From(Offset),
}

/// The front matter's lists whose maps are tasks.
const FRONT_TASK_LISTS: &[&str] = &[
    "tasks",
    "todos",
    "todo",
    "checklist",
    "steps",
    "actions",
    "deliverables",
    // A release schedule kept as data ("events:" of "- date: … event: …"), milestones too.
    "events",
    "milestones",
    "schedule",
    "timeline",
];

/// "key dates" → "Key dates".
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The earliest date an item, day, group or decision point of `plan` has.
fn first_date(plan: &Plan) -> Option<NaiveDate> {
    let mut first: Option<NaiveDate> = None;
    let mut see = |d: Option<NaiveDate>| {
        if let Some(d) = d {
            first = Some(first.map_or(d, |f| f.min(d)));
        }
    };
    plan.for_each_node(|node, _| match node {
        NodeRef::Item(i) => see(i.due),
        NodeRef::Day(day) => see(Some(day.date)),
        NodeRef::Block(PlanBlock::Schedule(g)) => see(g.period.map(|p| p.first_day())),
        NodeRef::Block(PlanBlock::Decision(d)) => see(d.date),
        _ => {}
    });
    see(plan.facts.launch);
    first
}

/// Whether a lowercased status qualifies its "done" in English: a word right before it ("Mostly
/// done, one dialog left", "Almost complete", "Basically done, three left") or "except" right
/// after it ("DONE except for the installer"); not "Done (largely thanks to Ana)", "Done, no
/// exceptions found".
fn qualifies_its_done(status: &str) -> bool {
    const DONE: [&str; 4] = ["done", "complete", "completed", "finished"];
    const BEFORE: [&str; 7] = [
        "mostly",
        "almost",
        "nearly",
        "partly",
        "partially",
        "largely",
        "basically",
    ];
    let words = words_of(status);
    words.windows(2).any(|w| {
        BEFORE.contains(&w[0]) && DONE.contains(&w[1]) || DONE.contains(&w[0]) && w[1] == "except"
    })
}

/// Whether a status cell says the row is done ("✅", "Done", "Complete", "Shipped").
pub(super) fn says_done(status: &str) -> bool {
    legend::says_done(status) || says_done_in_words(status)
}

/// Whether a status says done in words or a common mark ("Done", "✅"), whatever the legend.
pub(super) fn says_done_in_words(status: &str) -> bool {
    let s = status.to_lowercase();
    // A progress cell at its end ("100%").
    if matches!(s.trim(), "100%" | "100 %") {
        return true;
    }
    // In English and the languages plans are often kept in ("No empezado", "nicht erledigt").
    if [
        "not ",
        "incomplete",
        "undone",
        "pending",
        "to do",
        "todo",
        "nicht ",
        "niet ",
        "не ",
        "未",
        "미완료",
        // "Belum selesai", "Nie gotowe", "Niezakończone", "Bijna klaar", "Hampir selesai".
        "belum",
        "nie ",
        "niezako",
        "bijna",
        "hampir",
        "nog niet",
        "half done",
        "half-done",
        // Gujarati, Hindi and Marathi "incomplete"; "not" after the word in Hindi, Marathi,
        // Gujarati, Telugu and Malayalam ("पूर्ण नहीं", "पूर्ण झाले नाही", "પૂર્ણ નથી", "పూర్తి
        // కాలేదు", "పూర్తిగా కాదు", "പൂർത്തിയായില്ല").
        "અપૂર્ણ",
        "अपूर्ण",
        "नहीं",
        "नाही",
        "નથી",
        "కాలేదు",
        "కాదు",
        "ില്ല",
        // Urdu "incomplete".
        "نامکمل",
    ]
    .iter()
    .any(|w| s.contains(w))
        || qualifies_its_done(&s)
        || ["no ", "não ", "pas "]
            .iter()
            .any(|w| s.trim_start().starts_with(w))
    {
        return false;
    }
    [
        "✅",
        "✔",
        "☑",
        "[x]",
        "done",
        "complete",
        "shipped",
        "released",
        "finished",
        "terminado",
        "completado",
        "hecho",
        "erledigt",
        "abgeschlossen",
        "fertig",
        "terminé",
        "fait",
        "concluído",
        "concluido",
        "feito",
        "gedaan",
        "afgerond",
        "completato",
        "tamamlandı",
        "tamamlandi",
        "bitti",
        "выполнено",
        "готово",
        "завершено",
        "сделано",
        "完了",
        "完成",
        // Chinese: merged, released, live ("已合入" in a feature list's status column).
        "已合入",
        "已合并",
        "已发布",
        "已上线",
        "済",
        "완료",
        "zrobione",
        "zakończone",
        "gotowe",
        "selesai",
        "klaar",
        // Uzbek and Azerbaijani: done, finished.
        "bajarildi",
        "tugadi",
        "hazırdır",
        // Gujarati, Hindi and Marathi, Telugu, Malayalam: complete.
        "પૂર્ણ",
        "पूर्ण",
        "పూర్తి",
        "പൂർത്തിയായി",
        // Punjabi and Urdu: complete; Tamil: finished.
        "ਮੁਕੰਮਲ",
        "مکمل",
        "முடிந்தது",
    ]
    .iter()
    .any(|w| s.contains(w))
        || done_word_with_letters_swapped(s.trim())
}

/// A status of one word that is a long done word typed with two letters next to each other
/// swapped ("Copmlete", "Compelte", "Finsihed"): a slip of the hand in a status column, still
/// done. Only a whole one-word status, of the long words (not "done", whose swaps make other
/// words).
fn done_word_with_letters_swapped(status: &str) -> bool {
    if status.len() < 8 || status.len() > 9 || !status.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let bytes = status.as_bytes();
    ["complete", "completed", "finished"].iter().any(|word| {
        let word = word.as_bytes();
        if word.len() != bytes.len() {
            return false;
        }
        let differ: Vec<usize> = (0..word.len()).filter(|&i| word[i] != bytes[i]).collect();
        matches!(differ.as_slice(), [a, b] if *b == a + 1
            && word[*a] == bytes[*b]
            && word[*b] == bytes[*a])
    })
}

/// Whether a sentence that names the launch's day then makes it the count's day 0: "That day
/// is Day 0 of this plan", "(Day 0)", "Launch day is Day 0"; not "Day 0 is the kick-off" nor a
/// later sentence's "Day 0" of something else ("The beta starts on Day 0 + 3").
fn launch_is_day_zero(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    lower.split(". ").any(|sentence| {
        let words = words_of(sentence);
        let at = words.windows(2).position(|w| w == ["day", "0"]);
        at.is_some_and(|at| {
            words
                .get(at + 2)
                .is_none_or(|next| ["of", "in", "for"].contains(next))
                && (at == 0 && words.len() <= 6
                    || at >= 2
                        && ["is", "as"].contains(&words[at - 1])
                        && ["day", "that", "this", "it", "date"].contains(&words[at - 2]))
        })
    })
}

/// The end of a span counted from T-0 in a heading, "## T+2h to T+24h: Stabilisation" (T+24h),
/// "## T+48h to T+7d": what is under it is due by then. None when the text is no such span.
fn t_range_end(text: &str) -> Option<Offset> {
    let lower = text.to_ascii_lowercase();
    let (first, second) = lower.split_once(" to ")?;
    let opens = |part: &str| {
        let part = part
            .trim_start()
            .trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
        part.starts_with("t+") || part.starts_with("t-")
    };
    let first = first.rsplit(['(', ':', '#']).next()?.trim();
    if !opens(first) || !opens(second) {
        return None;
    }
    let end = second.trim_start();
    let word_end = end
        .find(|c: char| c.is_whitespace() || ")]:,".contains(c))
        .unwrap_or(end.len());
    let (start, end) = (relative_in(first)?, relative_in(&end[..word_end])?);
    // (Both counted the same way round: "T-48h to T+2h" spans the launch, kept as it is.)
    ((start.amount >= 0) == (end.amount >= 0)).then_some(end)
}

/// The weeks a heading says come next: "(next 2 weeks)", "the coming 3 weeks", Esperanto
/// "(venontaj 2 semajnoj)", Spanish and Portuguese "próximas 2 semanas", German "nächsten 2
/// Wochen", French "2 prochaines semaines".
fn next_weeks_in(text: &str) -> Option<u32> {
    let lower = text.to_lowercase();
    let words = words_of(&lower);
    words.windows(3).find_map(|w| {
        let next = [
            "next",
            "coming",
            "following",
            "venontaj",
            "próximas",
            "proximas",
            "nächsten",
            "kommenden",
            "prossime",
        ];
        let weeks = [
            "weeks",
            "semajnoj",
            "semanas",
            "wochen",
            "settimane",
            "semaines",
        ];
        let n: u32 = if next.contains(&w[0]) && weeks.contains(&w[2]) {
            w[1].parse().ok()?
        } else if w[1] == "prochaines" && w[2] == "semaines" {
            w[0].parse().ok()?
        } else {
            return None;
        };
        (1..=12).contains(&n).then_some(n)
    })
}

/// The counts from T-0 a text writes ("T+45", "T-10min"): each one's sign and number, and what
/// follows the number.
fn t_counts(lower: &str) -> impl Iterator<Item = (i32, i32, &str)> {
    lower
        .match_indices(['+', '-'])
        .filter_map(move |(i, sign)| {
            let t = lower[..i].ends_with('t')
                && !lower[..i - 1].ends_with(|c: char| c.is_ascii_alphanumeric());
            let rest = &lower[i + 1..];
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            let n: i32 = rest[..digits].parse().ok().filter(|_| t)?;
            Some((if sign == "-" { -1 } else { 1 }, n, &rest[digits..]))
        })
}

/// Whether a heading counts in minutes from T-0: "(T+15min to T+45min)", "T+30 min".
fn counts_minutes(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let minutes = t_counts(&lower).any(|(_, _, after)| {
        let unit = after.trim_start();
        unit.starts_with("min")
            && !unit[3..].starts_with(|c: char| c.is_ascii_alphabetic() && c != 'u' && c != 's')
    });
    minutes
}

/// The count of a bare "T+45" or "T-10" in a text, with no unit after it ("**T+45:** …"), None
/// for "T+45min", "T-2 days", "T+2h".
fn bare_count_in(text: &str) -> Option<i32> {
    let lower = text.to_ascii_lowercase();
    let count = t_counts(&lower).find_map(|(sign, n, after)| {
        let after = after.trim_start_matches('*');
        let bare = after.is_empty()
            || after.starts_with([':', ')', ' ', ',']) && {
                let next = after.trim_start_matches([':', ')', ',', '*']).trim_start();
                let word: String = next.chars().take_while(char::is_ascii_alphabetic).collect();
                relative_unit(&word).is_none() && !word.starts_with("min")
            };
        bare.then_some(sign * n)
    });
    count
}

/// What a plan calls its launch among its milestones ("Final Release Steps", "| GA | … |").
const LAUNCH_NAMES: [&str; 5] = ["ga", "release", "launch", "go-live", "general availability"];

/// The words of a milestone's name or a label that tell it apart: lower case, without the
/// words every step list has ("pre", "steps", "final", "the", …): "Pre-RC1 Steps, Cutting the
/// Stable Branch" → rc1, stable, branch.
fn milestone_words(text: &str) -> Vec<String> {
    const COMMON: [&str; 20] = [
        "pre",
        "steps",
        "step",
        "the",
        "a",
        "an",
        "and",
        "of",
        "for",
        "to",
        "cutting",
        "final",
        "specific",
        "vendor",
        "tasks",
        "task",
        "checklist",
        "on",
        "in",
        "by",
    ];
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 2 && !COMMON.contains(w))
        .map(str::to_string)
        .collect()
}

/// Whether a label's words (see [`milestone_words`]) name a milestone: every one of them is
/// one of its words ("Pre-RC1 Steps, Cutting the Stable Branch" names "Stable v4.3 branch and
/// RC1"; "Branch cleanup" does not), and the label is not about what comes after it
/// ("Post-release cleanup", "After GA").
fn names_milestone(label: &[String], milestone: &[String]) -> bool {
    !label.is_empty()
        && !label
            .iter()
            .any(|w| ["post", "after", "following", "retro", "retrospective"].contains(&w.as_str()))
        && label.iter().all(|w| milestone.contains(w))
}

/// A milestone's name as a key: lower case, without its number ("2. Code Freeze"), what is in
/// brackets ("Code Freeze (release branch)") or bold: "code freeze".
fn milestone_key(text: &str) -> String {
    let lower = text.to_lowercase().replace(['*', '`'], "");
    let mut bare = String::new();
    let mut depth = 0usize;
    for c in lower.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => bare.push(c),
            _ => {}
        }
    }
    let bare = bare.trim();
    let bare = match bare.split_once(['.', ')']) {
        Some((number, rest))
            if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) =>
        {
            rest
        }
        _ => bare,
    };
    bare.trim_matches(|c: char| c.is_whitespace() || ":.".contains(c))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a heading is the step numbered right before another: "7.2.3. Screens" before "7.2.4.
/// Demo" (an outline number of two parts at least, the same but for its last, one less).
fn numbered_just_before(earlier: &str, later: &str) -> bool {
    let number = |text: &str| -> Option<Vec<u32>> {
        let first = text
            .trim_start_matches(DONE_MARKS)
            .split_whitespace()
            .next()?;
        let parts: Option<Vec<u32>> = first
            .trim_end_matches('.')
            .split('.')
            .map(|n| n.parse().ok())
            .collect();
        parts.filter(|p| p.len() >= 2)
    };
    match (number(earlier), number(later)) {
        (Some(a), Some(b)) => {
            a.len() == b.len()
                && a[..a.len() - 1] == b[..b.len() - 1]
                && a[a.len() - 1] + 1 == b[b.len() - 1]
        }
        _ => false,
    }
}

/// The calendar week a heading names, Monday to Sunday of that ISO week of `year`: "KW 37",
/// "CW 37", "calendar week 37", or a target in the Nordic languages' word for week ("mål: uke
/// 37", "mål: vecka 37"; a bare "Uke 3" may be a week of the plan's own count).
fn calendar_week_in(text: &str, context: NaiveDate) -> Option<Period> {
    let lower = text.to_lowercase();
    let words = words_of(&lower);
    let number = |w: Option<&&str>| {
        w.and_then(|w| w.parse::<u32>().ok())
            .filter(|n| (1..=53).contains(n))
    };
    let week = words.iter().enumerate().find_map(|(i, w)| {
        let calendar = ["kw", "cw", "kalenderwoche"].contains(w)
            || *w == "week" && i > 0 && words[i - 1] == "calendar"
            || ["uke", "uge", "vecka"].contains(w)
                && i > 0
                && ["mål", "frist", "innen", "senest", "target"].contains(&words[i - 1]);
        if calendar {
            number(words.get(i + 1)).map(|n| (n, words.get(i + 2)))
        } else {
            None
        }
    })?;
    // "KW 4 2031": the year written after it; else the plan's year, or the next when the week
    // would fall more than half a year behind the plan ("KW 2" after November).
    let (week, after) = week;
    let written = after
        .and_then(|w| w.parse::<i32>().ok())
        .filter(|y| (1900..=2200).contains(y));
    let year = written.unwrap_or_else(|| {
        let year = chrono::Datelike::year(&context);
        let monday = NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon);
        if monday.is_some_and(|m| (context - m).num_days() > 183) {
            year + 1
        } else {
            year
        }
    });
    let start = NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon)?;
    let end = NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Sun)?;
    Some(Period::Range { start, end })
}

/// The milestone a dated line opens with by its code: "M2 / D2 — Designs" → 2, "M3: Beta" → 3
/// (not "M2.5", "M&S").
fn milestone_code(text: &str) -> Option<u32> {
    let first = text.split_whitespace().next()?;
    let code = first.trim_end_matches([':', ',', '/']);
    let digits = code.strip_prefix(['M', 'm'])?;
    (!digits.is_empty() && digits.len() <= 2 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

/// The number of the milestone a label names in words: "(Milestone 2)", "Meilenstein 2",
/// Hungarian "(2. mérföldkő)"; None for a label that names none (or several).
fn milestone_number(label: &str) -> Option<u32> {
    const WORDS: [&str; 4] = ["milestone", "meilenstein", "mérföldkő", "mijlpaal"];
    let lower = label.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut found = words.iter().enumerate().filter_map(|(i, w)| {
        if !WORDS.contains(w) {
            return None;
        }
        // (Not "after Milestone 2", "not needed for Milestone 3", "before Milestone 1": work
        // named by its place beside the milestone, not the milestone's own.)
        let word_before = i.checked_sub(1).map(|p| words[p]);
        if word_before.is_some_and(|b| {
            [
                "after", "before", "for", "until", "since", "beyond", "past", "nach", "vor",
                "után", "előtt",
            ]
            .contains(&b)
        }) {
            return None;
        }
        let number = |w: &&str| w.parse::<u32>().ok().filter(|n| (1..100).contains(n));
        words
            .get(i + 1)
            .and_then(number)
            .or_else(|| i.checked_sub(1).and_then(|p| number(&words[p])))
    });
    let n = found.next()?;
    found.next().is_none().then_some(n)
}

/// The phase a text opens with, as a word and its number ("Phase 1: Blockers", "PHASE 1:
/// BLOCKERS (Week 1)", "Fase 2 -", "Stage 3", "Sprint 4"); None when it opens otherwise.
/// ("Phase 1.5: Menu Links" is a phase of its own, not phase 1.)
fn phase_key(text: &str) -> Option<(String, u32)> {
    let lower = text.to_lowercase();
    let mut words = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map(|w| w.trim_matches('.'))
        .filter(|w| !w.is_empty());
    let word = words.next()?;
    // "W1 — Gerüst", "KW 9": a week of the plan's count, written short.
    for short in ["w", "wk", "kw"] {
        if let Some(n) = word.strip_prefix(short).and_then(|d| d.parse::<u32>().ok()) {
            return Some(("w".to_string(), n));
        }
    }
    let n: u32 = words.next()?.parse().ok()?;
    [
        "phase", "fase", "stage", "etapa", "étape", "etappe", "sprint", "wave",
    ]
    .contains(&word)
    .then(|| (word.to_string(), n))
}

/// Whether a label line says that what it lists was done ("Actual:", "Completed:", "Done:",
/// "Shipped:").
fn labels_done_work(text: &str) -> bool {
    text.trim().strip_suffix(':').is_some_and(|label| {
        matches!(
            label
                .trim()
                .trim_matches('*')
                .trim()
                .to_lowercase()
                .as_str(),
            "actual" | "done" | "completed" | "shipped" | "released" | "achieved"
        ) || {
            // "Completed Rehearsals:", "Past sessions:": what was done, named as sessions or work
            // (not "Completed when:", nor "Completed applications:", forms still to review).
            let lower = label.trim().trim_matches('*').trim().to_lowercase();
            matches!(words_of(&lower).as_slice(), [first, things]
                if ["completed", "finished", "past"].contains(first)
                    && [
                        "rehearsals", "sessions", "meetings", "events", "workshops", "sprints",
                        "tasks", "items", "steps", "milestones", "classes", "lessons", "shows",
                        "runs", "releases",
                    ]
                    .contains(things))
        }
    })
}

/// "## Agenda" over "##### 8:30am - Doors open", "##### 10:15am - Talks" and "##### Day
/// before": an event's agenda whose own sub-headings, two or more, open with a time of day
/// is its schedule (its bullets are the work of each slot), not a meeting's list of topics.
/// The lines of such headings.
fn timed_agendas(blocks: &[Block]) -> HashSet<usize> {
    let mut found = HashSet::new();
    for (at, block) in blocks.iter().enumerate() {
        let Block::Heading { level, text, line } = block else {
            continue;
        };
        let lower = text.to_lowercase();
        if !words_of(&lower).contains(&"agenda") {
            continue;
        }
        // (Not a meeting's: "### Agenda" under "## Weekly sync", "Meeting agenda".)
        let above = blocks[..at].iter().rev().find_map(|b| match b {
            Block::Heading { level: l, text, .. } if l < level => Some(text.to_lowercase()),
            _ => None,
        });
        let meeting = |t: &str| {
            words_of(t).iter().any(|w| {
                [
                    "meeting", "meetings", "sync", "standup", "stand-up", "call", "retro",
                    "weekly", "review", "minutes", "1:1",
                ]
                .contains(w)
            })
        };
        if meeting(&lower) || above.as_deref().is_some_and(meeting) {
            continue;
        }
        let timed = blocks[at + 1..]
            .iter()
            .filter_map(|b| match b {
                Block::Heading { level: l, text, .. } => Some((*l, text)),
                _ => None,
            })
            .take_while(|(l, _)| l > level)
            .filter(|(_, text)| starts_with_time(text))
            .count();
        if timed >= 2 {
            found.insert(*line);
        }
    }
    found
}

/// The day a year later than `date`, when `weekday` (written beside it with its year) fits
/// that day and not `date`, and `date` is before `last` (the day read before it) while the
/// day a year later is not: the writer kept last year's number after New Year.
fn slipped_year(date: NaiveDate, weekday: chrono::Weekday, last: NaiveDate) -> Option<NaiveDate> {
    use chrono::Datelike;
    if date.weekday() == weekday || date >= last {
        return None;
    }
    let next = date.with_year(date.year() + 1)?;
    (next.weekday() == weekday && next >= last).then_some(next)
}

/// The labels glued under nested bullets at the left margin (see `ListItem::glued`), in the
/// order written, with their lines.
fn glued_labels(items: &[ListItem]) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for item in items {
        out.extend(glued_labels(&item.children));
        out.extend(
            item.glued
                .iter()
                .map(|(text, _)| (text.clone(), item.line + 1)),
        );
    }
    out
}

/// Whether a heading opens with a time of day ("8:30am - Check-in", "~~9:00~~ 9:30 Talks").
fn starts_with_time(text: &str) -> bool {
    text.split_whitespace()
        .next()
        .map(|w| w.trim_matches(|c: char| c == '~' || c == '*' || c == '_'))
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()) && time_of_day_in(w).is_some())
}

/// "Phase 0: Before the Audit (Done)", "Sprint 3 — Completed": a stretch of the plan whose
/// status is done, in brackets or after a dash, its work a schedule like the rest (not a list of
/// milestones reached), each entry done (see [`heading_says_done`]). (Not "Step 3: Mark stories
/// Done", a step still to take.)
fn phase_marked_done(title: &str) -> bool {
    // (It runs for every heading: most open with another word, and nothing is allocated then.)
    let first = title
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or_default();
    if !["phase", "stage", "sprint", "wave", "week", "weeks", "month"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
    {
        return false;
    }
    let lower = title.trim().to_lowercase();
    let status = lower
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once('('))
        .map(|(_, aside)| aside)
        .or_else(|| lower.rsplit_once(['–', '—']).map(|(_, after)| after))
        .map(|s| s.trim().trim_start_matches(['✅', ' ']));
    status.is_some_and(|s| ["done", "completed", "complete", "finished"].contains(&s))
}

/// "# Old Deadlines (all handed in)", "## Spring tasks (all done)": a heading whose closing
/// aside says that everything under it is done, "all" and a state of work finished (not
/// "Deadlines (all courses)", "Tasks (all due Friday)").
fn aside_says_all_done(title: &str) -> bool {
    let Some(aside) = title
        .trim()
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once('('))
        .map(|(_, aside)| aside.trim().to_lowercase())
    else {
        return false;
    };
    aside.strip_prefix("all ").is_some_and(|state| {
        [
            "done",
            "complete",
            "completed",
            "finished",
            "shipped",
            "delivered",
            "submitted",
            "handed in",
            "turned in",
        ]
        .contains(&state.trim_end_matches(['.', '!', ' ']))
    })
}

/// Whether a field's value says more than the day at `span` (and its weekday, time, zone or
/// year, or its place in the plan's count): a remark of two words or more ("April 15, 2031
/// (check that every action item is closed)"), not "Monday, 3 March 2031, 10:00 CET" nor
/// "February 10, 2026 (Day 1 of Sprint)".
fn says_more_than_its_day(value: &str, span: &std::ops::Range<usize>) -> bool {
    let (Some(before), Some(after)) = (value.get(..span.start), value.get(span.end..)) else {
        return false;
    };
    let rest = format!("{before} {after}").to_lowercase();
    words_of(&rest)
        .iter()
        .filter(|w| {
            w.chars().all(char::is_alphabetic)
                && w.chars().count() > 1
                && crate::plan::dates::weekday_named(w).is_none()
                && month_named(w).is_none()
                && ![
                    "am", "pm", "utc", "gmt", "cet", "cest", "est", "edt", "pst", "pdt", "at",
                    "on", "the", "of",
                    // (Nor where the day falls in the plan's count: "(Day 1 of Sprint)".)
                    "day", "days", "week", "weeks", "sprint", "month", "months",
                ]
                .contains(w)
        })
        .count()
        >= 2
}

/// The words that file work after a day in a lead-in ("Post Feb 9:", "Nach dem 9. Februar:"),
/// with the article a language puts before the day.
const AFTER_A_DAY: &[&str] = &[
    "after",
    "after the",
    "post",
    "nach",
    "nach dem",
    "après",
    "après le",
    "después de",
    "después del",
    "tras",
    "tras el",
    "após",
    "depois de",
    "dopo",
    "dopo il",
    "na",
    "efter",
    "etter",
];

/// Whether a line opens with a freeze ("Holiday change freeze (Dec 19 - Jan 4) announced"; not
/// "Lift the code freeze (…)", "Retro on the freeze"): the freeze's word among its first three.
fn opens_with_a_freeze(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words = words_of(&lower);
    words.iter().take(3).any(|w| *w == "freeze")
        && !words
            .iter()
            .take_while(|w| **w != "freeze")
            .any(|w| ["lift", "end", "after", "retro", "unfreeze", "post"].contains(w))
}

/// Whether a line tells someone to lift a freeze ("Lift the content freeze once the error rate
/// has stayed flat", "Amadou, 5:30pm - End the code freeze", "Unfreeze the main branch"): the
/// work of ending it, a task, where the freeze itself is a gate. Its action (after an owner's
/// " - ") opens with the verb, and nothing but the freeze makes it a gate. Not a milestone
/// named by its end ("End of code freeze", "Code thaw") nor a line about another gate ("Lift
/// the freeze after the go/no-go call").
fn lifts_a_freeze(text: &str) -> bool {
    let action = text.rsplit(" - ").next().unwrap_or(text);
    let lower = action.trim().to_lowercase();
    let words = words_of(&lower);
    let verb = match words.as_slice() {
        ["unfreeze", ..] => true,
        ["lift" | "end", rest @ ..] => {
            // The verb governs the freeze itself: only an article, a possessive or the
            // freeze's kind between them ("End the code freeze"), never a clause of its own
            // ("End QA and freeze the release branch", a freeze started).
            let before: Vec<&&str> = rest
                .iter()
                .take_while(|w| !matches!(**w, "freeze" | "freezes"))
                .collect();
            before.len() < rest.len()
                && before.len() <= 3
                && before
                    .iter()
                    .all(|w| !matches!(**w, "of" | "and" | "then" | "to"))
        }
        _ => false,
    };
    // Not a line that also names another decision point ("Lift the freeze after the go/no-go
    // call", "End the freeze once sign-off is in").
    let names_a_decision = [
        "go/no", "go-no", "go / no", "no-go", "sign-off", "signoff", "sign off",
    ]
    .iter()
    .any(|d| lower.contains(d));
    verb && !names_a_decision && !is_gate(&lower.replace("freeze", " "))
}

/// Whether a heading says that what it holds is done: it opens with Completed, Shipped, Done,
/// Finished, Past or Previous, in at most four words ("Completed Releases", "Past releases";
/// not "Definition of Done").
fn heading_says_done(text: &str) -> bool {
    // Without allocating: it runs for every heading.
    let mut words = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let first = words.next().unwrap_or_default();
    words.count() <= 3
        && [
            "completed",
            "shipped",
            "done",
            "finished",
            "past",
            "previous",
            "archived",
        ]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
}

/// Whether a section's title says it gives the date of the event: "Date", "When", "Event
/// date", "日程", "日時", "開催日", "日期", "일시", "Fecha", "Datum".
fn titles_the_date(title: &str) -> bool {
    let title = title
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    [
        "date",
        "dates",
        "when",
        "event date",
        "date and time",
        "日程",
        "日時",
        "開催日",
        "開催日時",
        "日期",
        "时间",
        "時間",
        "일시",
        "날짜",
        "일정",
        "fecha",
        "fechas",
        "datum",
        "termin",
        "data",
        "quand",
        "wann",
        "cuándo",
        "tarih",
        "дата",
    ]
    .contains(&title.as_str())
}

/// Whether a field's value is a length of time: a number (or a range of them) and a unit of
/// time ("3 nap", "2 days", "1-2 weeks", "4h", "`10 nap`"; not "120k EUR", "TBD").
fn is_length_of_time(value: &str) -> bool {
    let value = value.trim().trim_matches(['`', '*', '_']).to_lowercase();
    let digits = value.len() - value.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return false;
    }
    let rest = value[digits..]
        .trim_start_matches(|c: char| c.is_ascii_digit() || "-–.,~ ".contains(c))
        .trim();
    let unit = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    relative_unit(unit).is_some()
        || [
            "nap", "napot", "óra", "hét", "min", "mins", "minutes", "minute", "sprint", "sprints",
        ]
        .contains(&unit)
}

/// The marks that open a piece of work or a gate recorded as done ("✅ CUTOVER COMPLETE",
/// "#### ✅ 7.1.1. Kockázatok összegyűjtése").
const DONE_MARKS: [char; 3] = ['✅', '☑', '✔'];

/// The bullets nested in `item` as fields, each its key (lower case, at most `words` words)
/// and its value; None when one is no such field (a box, or, with `leaves`, a bullet over
/// bullets of its own).
fn fields_of(item: &ListItem, words: usize, leaves: bool) -> Option<Vec<(String, &str)>> {
    item.children
        .iter()
        .map(|c| {
            let (key, value) = c.text.split_once(':')?;
            let key = key.trim().trim_matches('*').trim().to_lowercase();
            (c.task.is_none()
                && (!leaves || c.children.is_empty())
                && !key.is_empty()
                && key.split_whitespace().count() <= words)
                .then_some((key, value.trim()))
        })
        .collect()
}

/// Whether a heading opens with the label of a step or phase of the work: "Phase 1.5: …",
/// "Step 3: …", "Task 4 - …".
fn opens_with_a_step_label(title: &str) -> bool {
    let mut words = title.split_whitespace();
    let (Some(word), Some(number)) = (words.next(), words.next()) else {
        return false;
    };
    let number = number.trim_end_matches([':', '.', ')']);
    ["phase", "step", "task", "stage"].contains(&word.to_lowercase().as_str())
        && !number.is_empty()
        && number.chars().all(|c| c.is_ascii_digit() || c == '.')
        && words.next().is_some()
}

/// The labels of a status field: "Status: Done", "Статус: Готово", "Estado: Hecho".
const STATUS_KEYS: [&str; 8] = [
    "status",
    "статус",
    "state",
    "estado",
    "stato",
    "statut",
    "stan",
    "stav",
];

/// Whether a nested bullet of an item is its status field and says done, an aside in brackets
/// after the state aside ("- **Status:** ✅ Done (copy ready, waits for the app name)"; not
/// "Status: 🔄 In progress (draft exists)", "Status: done except the icons"). Only a bullet
/// of the list: the notes an export writes under an item are paragraphs.
/// (Not while a box under it is open, nor when the aside says what is still pending: "done
/// (pending the final signature)".)
fn status_child_says_done(item: &ListItem) -> bool {
    const PENDING: [&str; 8] = [
        "pending",
        "except",
        "but",
        "waiting",
        "still",
        "left",
        "remaining",
        "todo",
    ];
    if item.children.iter().any(|c| c.task == Some(false)) {
        return false;
    }
    item.children.iter().any(|child| {
        let Some((key, value)) = child.text.split_once(':') else {
            return false;
        };
        let key = key.trim().trim_matches(['*', '_']).trim().to_lowercase();
        let value = value.trim().trim_start_matches(['*', '_']).trim();
        let state = value.split('(').next().unwrap_or(value).trim();
        let aside = value[state.len()..].to_lowercase();
        child.task.is_none()
            && !words_of(&aside).iter().any(|w| PENDING.contains(w))
            && STATUS_KEYS.contains(&key.as_str())
            && (state.len() == value.len() || value.trim_end().ends_with(')'))
            && status_says_done(state)
    })
}

/// Whether a status field says the work is done and nothing else: "✅ Done", "Завершено",
/// "Complete" (not "Design done, build in progress", "Almost done", "CFP accepted ✅",
/// "Почти готово", "готово на 80%").
fn status_says_done(value: &str) -> bool {
    const DONE: [&str; 14] = [
        "done",
        "complete",
        "completed",
        "finished",
        "shipped",
        "завершено",
        "выполнено",
        "готово",
        "сделано",
        "završeno",
        "gotovo",
        "hecho",
        "terminado",
        "erledigt",
    ];
    let lower = value.to_lowercase();
    let words = words_of(&lower);
    match words.as_slice() {
        [] => value.contains('✅') || value.contains('✔'),
        [word] => DONE.contains(word) || says_done_in_words(word) && !word.contains('%'),
        _ => false,
    }
}

/// Whether the weeks that date a count's days are all of working days, Monday to Friday.
fn working_weeks(ranged: &[(NodeId, u32, Period)]) -> bool {
    use chrono::{Datelike, Weekday};
    !ranged.is_empty()
        && ranged.iter().all(|(_, _, r)| {
            r.first_day().weekday() == Weekday::Mon && r.last_day().weekday() == Weekday::Fri
        })
}

/// Working day `n` (1 the first) of a count of working days from `start`.
fn working_day(start: NaiveDate, n: u32) -> Option<NaiveDate> {
    use chrono::{Datelike, Weekday};
    start
        .iter_days()
        .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
        .nth(usize::try_from(n.max(1) - 1).ok()?)
}

/// The first day of a count that a day's aside places it in: "(Day 1 of Sprint)" after a day
/// makes that day the first, "(day 14 of the sprint)" (Bulgarian "(ден 14 от спринта)") the
/// day thirteen days before it.
fn start_beside(after: Option<&str>, date: NaiveDate) -> Option<NaiveDate> {
    let aside = after?.trim_start().strip_prefix('(')?;
    let aside = counts_in_english(aside.split(')').next().unwrap_or_default());
    let words = words_of(&aside);
    // "day N", then nothing, "of (the) sprint" or "of M" (not "day 3 of DataConf", "day 1
    // of hypercare", "day 5 after code freeze": a count of something else).
    let ["day", n, rest @ ..] = words.as_slice() else {
        return None;
    };
    let of_the_count = match rest {
        [] => true,
        ["of", "sprint"] | ["of", "the", "sprint" | "plan" | "countdown"] => true,
        ["of", total] => total.bytes().all(|b| b.is_ascii_digit()),
        ["от", "спринта"] => true,
        _ => false,
    };
    let n: u32 = n.parse().ok().filter(|n| *n >= 1)?;
    of_the_count.then(|| date.checked_sub_days(chrono::Days::new(u64::from(n - 1))))?
}

/// Labels of a deadline ("**Deadline:** before T-24h", "**Срок:** За 1 неделю до запуска").
/// Keys of a line under a heading that says which days its work runs over ("Period:", Korean
/// "기간", Japanese "期間", Slovenian "Obdobje", Croatian "Razdoblje", German "Zeitraum").
const PERIOD_KEYS: &[&str] = &[
    "period",
    "dates",
    "duration",
    "timeframe",
    "time frame",
    "기간",
    "期間",
    "期间",
    "zeitraum",
    "periodo",
    "período",
    "période",
    "periode",
    "fechas",
    "obdobje",
    "razdoblje",
    "období",
    "okres",
    "срок",
    "сроки",
    "период",
];

/// The lines of the headings of a job sheet: a run of two or more sibling headings (level 3 or
/// deeper, under the same heading, nothing but paragraphs and rules under each), at least one
/// of them opening with a done mark ("### ✔ Cart Placement" beside "### Network Drop"): each a
/// piece of work told in prose, the mark saying which are done. Without a mark, headings over
/// prose are the sections of a text, not work.
/// The label and the rest of a line that may name a step in bold ("Book the venue" and "We saw
/// five farms before we chose."): a label of two to eight words without a figure, two words or
/// more after it.
fn bold_step_parts(text: &str) -> Option<(&str, &str)> {
    let (label, note) = text.split_once(':')?;
    let title = label.trim().trim_matches('*').trim();
    let note = note.trim().trim_start_matches('*').trim();
    let words: Vec<String> = words_of(&title.to_lowercase())
        .into_iter()
        .map(str::to_string)
        .collect();
    // (Not a question, an answer, a tip or a lesson, nor a role or a figure: "**What went
    // well overall:**", "**Owner of the venue:**", "**Release manager on duty:**", "**Budget
    // spent so far:**".)
    const FIRST: [&str; 21] = [
        "what", "who", "when", "where", "why", "how", "which", "question", "answer", "tip", "tips",
        "lesson", "lessons", "note", "notes", "status", "result", "results", "budget", "owner",
        "contact",
    ];
    const LAST: [&str; 9] = [
        "owner", "manager", "lead", "duty", "contact", "spent", "overall", "far", "well",
    ];
    let field = words.first().is_some_and(|w| FIRST.contains(&w.as_str()))
        || words.last().is_some_and(|w| LAST.contains(&w.as_str()))
        || words
            .iter()
            .take(2)
            .any(|w| ["action", "task", "aufgabe", "todo"].contains(&w.as_str()))
        || title.to_lowercase().starts_with("to do");
    ((2..=8).contains(&words.len())
        && !field
        && !title.chars().any(|c| c.is_ascii_digit())
        && note.split_whitespace().count() >= 2)
        .then_some((title, note))
}

/// Whether "the day before" (or the night, the evening, the day after) in a task's text says
/// when someone else does something, not when the task is due: in a clause about someone
/// ("Book the dinner for speakers who land the day before"), after a semicolon, or in what
/// someone is asked to do ("ask them to arrive the night before").
fn around_in_a_clause(text: &str) -> bool {
    let lower = text.to_lowercase();
    let Some(at) = ["the day ", "the night ", "the evening "]
        .iter()
        .filter_map(|p| lower.find(p))
        .min()
    else {
        return false;
    };
    let before = &lower[..at];
    let words = words_of(before);
    let asked = words
        .iter()
        .position(|w| ["ask", "tell", "remind", "invite", "asking"].contains(w))
        .is_some_and(|i| words[i..].contains(&"to"));
    before.contains("; ")
        || asked
        || words
            .iter()
            .any(|w| ["who", "which", "whose", "that"].contains(w))
}

/// The lines that may name steps in bold (see `bold_step`): paragraphs of one line each that
/// open with a bold label, two or more under one heading with no list or table under it (a
/// blog's timeline, "**Book the venue:** We saw five farms …" then "**Ask the bridesmaids:**
/// …"). A lone "**Sprint owner:** Sam" or "**Day total:** 3 hours" under its heading is a
/// field.
fn bold_step_lines(blocks: &[Block]) -> std::collections::HashSet<usize> {
    let mut out = std::collections::HashSet::new();
    for part in blocks.split(|b| matches!(b, Block::Heading { .. })) {
        if part
            .iter()
            .any(|b| matches!(b, Block::List { .. } | Block::Table { .. }))
        {
            continue;
        }
        let steps: Vec<usize> = part
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph {
                    lines,
                    line,
                    bold_labels,
                    ..
                } if lines.len() == 1
                    && bold_labels.first() == Some(&true)
                    && bold_step_parts(&lines[0]).is_some() =>
                {
                    Some(*line)
                }
                _ => None,
            })
            .collect();
        if steps.len() >= 2 {
            out.extend(steps);
        }
    }
    // (Steps, not a page of fields: one of them at least says to do something or is done.)
    let steps = blocks.iter().any(|b| match b {
        Block::Paragraph { lines, line, .. } if out.contains(line) => lines
            .first()
            .is_some_and(|l| opens_with_an_imperative(l) || says_done_at_end(l.trim_end())),
        _ => false,
    });
    if !steps {
        out.clear();
    }
    out
}

/// Whether a bold line tells what happened rather than what to do: a verb in the past
/// ("**Sold out in three hours**", "**Doors opened late**") or a state ("**Sponsors were
/// happy**", "**Weather was perfect**").
fn tells_an_outcome(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words = words_of(&lower);
    words
        .iter()
        .any(|w| ["was", "were", "is", "are", "went", "sold"].contains(w))
        || words
            .first()
            .is_some_and(|w| w.len() > 3 && w.ends_with("ed"))
}

/// Whether a news report's sentence tells what happened, its verb in the past: Malayalam
/// "… നടന്നു.", "… ഉദ്ഘാടനം ചെയ്തു." (held, inaugurated: a last word ending in "ു", where what is
/// to come ends "…ും", "…ണം" or "…ാം"), Telugu "… జరిగాయి.", "… ప్రారంభించారు." (were held,
/// started).
fn tells_what_happened(text: &str) -> bool {
    let sentence = text.trim_end().trim_end_matches([')', '(', '.', ' ']);
    let Some(last) = sentence.split_whitespace().next_back() else {
        return false;
    };
    let last = last.trim_end_matches(['.', '।']);
    (last.ends_with('\u{0D41}') && last.chars().any(|c| ('\u{0D00}'..='\u{0D7F}').contains(&c)))
        || ["ాయి", "ారు", "ింది"].iter().any(|e| last.ends_with(e))
}

/// The day of the month a sentence writes without its month, in the month of `before`: a
/// number of one or two digits with a case ending glued to it ("22ന്") or the last of a range
/// ("23 to 28", as the copy reads "23 മുതൽ 28 വരെ"); not a time ("11.55") nor a count.
fn day_of_month_in(text: &str, before: NaiveDate) -> Option<NaiveDate> {
    let words: Vec<&str> = text.split(' ').collect();
    for (at, word) in words.iter().enumerate() {
        let digits = word.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=2).contains(&digits) {
            continue;
        }
        let ending = &word[digits..];
        // (A case ending that marks a day, "22ന്", "10നകം", "12న"; not an ordinal, "2వ
        // బ్యాచ్", the second batch, nor a clock time, "രാവിലെ 9ന്", at nine in the morning.)
        const DAY_ENDINGS: [&str; 5] = ["ന്", "നകം", "ന", "ನೇ", "ರಂದು"];
        const TIMES_OF_DAY: [&str; 10] = [
            "രാവിലെ",
            "വൈകിട്ട്",
            "വൈകീട്ട്",
            "രാത്രി",
            "ഉച്ചയ്ക്ക്",
            "ఉదయం",
            "సాయంత్రం",
            "రాత్రి",
            "మధ్యాహ్నం",
            "ಬೆಳಿಗ್ಗೆ",
        ];
        let timed = at > 0 && TIMES_OF_DAY.contains(&words[at - 1]);
        let glued = !timed && DAY_ENDINGS.iter().any(|e| ending.starts_with(e));
        let ranged = ending.is_empty()
            && words.get(at + 1) == Some(&"to")
            && words.get(at + 2).is_some_and(|w| {
                let n = w.bytes().take_while(u8::is_ascii_digit).count();
                (1..=2).contains(&n) && w[n..].chars().next().is_none_or(|c| !c.is_ascii())
            });
        let number = if ranged { words[at + 2] } else { word };
        if glued || ranged {
            let n = number.bytes().take_while(u8::is_ascii_digit).count();
            let day: u32 = number[..n].parse().ok()?;
            return chrono::Datelike::with_day(&before, day);
        }
    }
    None
}

/// Whether a line ends as a sentence does: a full stop (or the Devanagari or Urdu one), or a
/// bracket after one ("… അടയ്ക്കാം. (പൂർത്തിയായി)").
fn ends_a_sentence(line: &str) -> bool {
    let line = line.trim_end();
    let line = match line.strip_suffix(')') {
        Some(inner) => inner
            .rsplit_once('(')
            .map_or(inner, |(before, _)| before)
            .trim_end(),
        None => line,
    };
    line.ends_with(['.', '।', '۔', '。'])
}

/// The lines that may be steps told one sentence a paragraph: under a heading with no list or
/// table, three or more paragraphs of one sentence and one line each, two in three of them with
/// a number (a
/// news report's schedule in a language written without lists, "ജനുവരി 13 മുതൽ 17 വരെ …
/// ഓപ്ഷൻ നൽകാം." then "ആദ്യ ഘട്ട അലോട്ട്മെന്റ് ഫലം 22ന് വെബ്സൈറ്റിൽ വരും."). Only in a text
/// that is not English (the copy the reader reads has English words where the writer's were
/// calendar words: the lines are looked at as the writer wrote them); English prose of one-line
/// paragraphs is a page's, not a schedule's.
fn sentence_step_lines(blocks: &[Block]) -> std::collections::HashSet<usize> {
    let mut out = std::collections::HashSet::new();
    for part in blocks.split(|b| matches!(b, Block::Heading { .. })) {
        if part
            .iter()
            .any(|b| matches!(b, Block::List { .. } | Block::Table { .. }))
        {
            continue;
        }
        let lines: Vec<(usize, &str)> = part
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph {
                    lines,
                    line,
                    bold: false,
                    ..
                } if lines.len() == 1 && ends_a_sentence(&lines[0]) => {
                    Some((*line, lines[0].as_str()))
                }
                _ => None,
            })
            .collect();
        let numbered = lines
            .iter()
            .filter(|(_, l)| l.chars().any(|c| c.is_ascii_digit()))
            .count();
        let native = lines
            .iter()
            .filter(|(_, l)| l.chars().filter(|c| !c.is_ascii()).count() * 2 > l.chars().count())
            .count();
        if lines.len() >= 3 && numbered * 3 >= lines.len() * 2 && native * 2 > lines.len() {
            out.extend(lines.iter().map(|(line, _)| *line));
        }
    }
    out
}

/// The plain lists of a meeting's notes: right under a heading (a day's sync, a meeting) whose
/// part goes on to a deeper heading of its action items ("### Action items:", "### Next steps")
/// that holds boxes, the plain bullets before that heading are what was said ("* Digest emails
/// render badly in Outlook"), not work: the first lines of those lists.
fn minutes_lists(blocks: &[Block]) -> std::collections::HashSet<usize> {
    const ACTIONS: [&str; 8] = [
        "action items",
        "action points",
        "actions",
        "next steps",
        "to do",
        "todos",
        "aufgaben",
        "acciones",
    ];
    let mut out = std::collections::HashSet::new();
    for (at, block) in blocks.iter().enumerate() {
        let Block::Heading { level, .. } = block else {
            continue;
        };
        let part: Vec<&Block> = blocks[at + 1..]
            .iter()
            .take_while(|b| !matches!(b, Block::Heading { level: l, .. } if l <= level))
            .collect();
        let first_below = part
            .iter()
            .position(|b| matches!(b, Block::Heading { .. }))
            .unwrap_or(part.len());
        let actions_below = part[first_below..].windows(2).any(|w| match w {
            [Block::Heading { text, .. }, Block::List { items }] => {
                let title = text
                    .trim()
                    .trim_end_matches(':')
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase();
                ACTIONS.contains(&title.as_str()) && items.iter().any(|i| i.task.is_some())
            }
            _ => false,
        });
        if !actions_below {
            continue;
        }
        for b in &part[..first_below] {
            if let Block::List { items } = b {
                if items.iter().all(|i| i.task.is_none() && !i.numbered) {
                    out.extend(items.first().map(|i| i.line));
                }
            }
        }
    }
    out
}

/// A run of show's "## Before:" (or "## Before launch:") heading whose previous heading of its
/// level is the day before the launch ("## Day before (Monday, April 8):", "## The eve:") and
/// whose next is the launch's own ("## Launch:", "## Launch day"): the hours before the launch,
/// on its day. (Not a "## Before launch" that opens the plan's weeks of preparation, with no
/// day before the launch over it.)
/// A runbook's table of timings: a column of signed times from the start ("-00:30", "00:00",
/// "00:14", at least one before it or under a header "Offset") beside a column of step numbers
/// ("1.1", "2", "3.3"), three rows or more. Each step's time, in whole hours from the start
/// (the day of the start for less than an hour). Empty when the plan has no such table.
fn step_offsets(blocks: &[Block]) -> Vec<(String, Offset)> {
    // "-00:30" as minutes (signed); None for anything else.
    fn signed_minutes(cell: &str) -> Option<i32> {
        let cell = cell.trim();
        let (sign, rest) = match cell.strip_prefix(['-', '\u{2212}']) {
            Some(rest) => (-1, rest),
            None => (1, cell.strip_prefix('+').unwrap_or(cell)),
        };
        let (h, m) = rest.split_once(':')?;
        let all_digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
        if !all_digits(h) || h.len() > 3 || m.len() != 2 || !all_digits(m) {
            return None;
        }
        let (h, m) = (h.parse::<i32>().ok()?, m.parse::<i32>().ok()?);
        (m < 60).then_some(sign * (h * 60 + m))
    }
    fn step_number(cell: &str) -> bool {
        let cell = cell.trim();
        !cell.is_empty()
            && cell.len() <= 8
            && cell
                .split('.')
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    }
    for block in blocks {
        let Block::Table { head, rows, .. } = block else {
            continue;
        };
        let width = head.len();
        fn cell(row: &blocks::TableRow, col: usize) -> Option<&str> {
            row.cells.get(col).map(String::as_str)
        }
        let times = (0..width).find(|&col| {
            let minutes: Vec<i32> = rows
                .iter()
                .filter_map(|r| cell(r, col).and_then(signed_minutes))
                .collect();
            minutes.len() >= 3
                && (minutes.iter().any(|m| *m < 0) || head[col].to_lowercase().contains("offset"))
        });
        let Some(times) = times else { continue };
        let steps = (0..width).filter(|&c| c != times).find(|&col| {
            let filled: Vec<&str> = rows
                .iter()
                .filter_map(|r| cell(r, col))
                .filter(|c| !c.trim().is_empty())
                .collect();
            filled.len() >= 3 && filled.iter().all(|c| step_number(c))
        });
        let Some(steps) = steps else { continue };
        return rows
            .iter()
            .filter_map(|r| {
                let minutes = signed_minutes(cell(r, times)?)?;
                let step = cell(r, steps)?.trim();
                let offset = match minutes / 60 {
                    0 => Offset::new(0, OffsetUnit::Days),
                    hours => Offset::new(hours, OffsetUnit::Hours),
                }?;
                step_number(step).then(|| (step.to_string(), offset))
            })
            .collect();
    }
    Vec::new()
}

/// The moments the plan's first chain of them names before the launch, read from its list
/// items and paragraphs (see [`text::moments_before_launch`]); only text with an arrow is read.
/// Whether what a quoted gate says after its number is a decision to take ("> Gate 2 - security
/// review passed"): a question ("do we spend engineering money on this", "can the line make
/// sellable units at speed"), or a word of deciding, passing or a criterion ("signed off",
/// "approved", "must sign", "lock the design", "the green light", "go/no-go"). Not a gate of a
/// venue: "wristband exchange for weekend tickets", "our kiosk is next to the lounge".
fn says_a_decision(what: &str) -> bool {
    let lower = what.to_lowercase();
    let words = words_of(&lower);
    let asks = what.trim_end().ends_with('?')
        || words.first().is_some_and(|w| {
            [
                "do", "does", "can", "could", "should", "shall", "will", "would", "is", "are",
                "have", "has",
            ]
            .contains(w)
        });
    asks || words
        .windows(2)
        .any(|w| w == ["green", "light"] || w == ["no", "go"])
        || words.iter().any(|w| {
            [
                "decide",
                "decides",
                "decided",
                "decision",
                "approve",
                "approves",
                "approved",
                "approval",
                "sign",
                "signs",
                "signed",
                "pass",
                "passes",
                "passed",
                "accept",
                "accepted",
                "agree",
                "agreed",
                "confirm",
                "confirmed",
                "lock",
                "locked",
                "freeze",
                "frozen",
                "prove",
                "proves",
                "proven",
                "must",
                "criteria",
                "criterion",
                "verify",
                "verified",
                "validate",
                "validated",
            ]
            .contains(w)
        })
}

/// The words that, right after a stage's name opening a heading, say the heading is that
/// stage's: "## Fit-out of the van", "## EVT Gate (Engineering Validation)", "## Trial week",
/// "## Concept Review", "## Beta phase tasks".
const STAGE_AFTER_NAME: [&str; 22] = [
    "of",
    "gate",
    "gates",
    "stage",
    "phase",
    "review",
    "reviews",
    "week",
    "weeks",
    "day",
    "days",
    "period",
    "window",
    "milestone",
    "sprint",
    "tasks",
    "work",
    "checklist",
    "exit",
    "entry",
    "prep",
    "preparation",
];

/// Whether a heading or a lead-in speaks of the past: "## Lessons from last year", "## What
/// happened in 2030", "## Retrospective", "Its timeline was:".
fn tells_of_the_past(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words = words_of(&lower);
    words.windows(2).any(|w| {
        matches!(
            w,
            ["last", "year" | "time" | "season" | "edition" | "release"]
                | ["previous" | "past", _]
                | ["what", "happened"]
                | [_, "was" | "were"]
        )
    }) || words
        .iter()
        .any(|w| ["lessons", "retrospective", "retro", "postmortem", "history"].contains(w))
}

/// How many lengths of time a line of a drawn timeline gives, one per stage ("(1 week)
/// (2 weeks)  (3 days)"): a count and a unit of days, weeks or months each; 0 for a line
/// with anything else.
fn lengths_of_stages(line: &str) -> usize {
    let lower = line.to_lowercase();
    let words = words_of(&lower);
    if words.len() < 2 || words.len() % 2 != 0 {
        return 0;
    }
    let lengths = words.chunks(2).all(|pair| {
        pair[0].parse::<u32>().is_ok()
            && [
                "day", "days", "d", "week", "weeks", "wk", "wks", "w", "month", "months", "mo",
            ]
            .contains(&pair[1])
    });
    if lengths {
        words.len() / 2
    } else {
        0
    }
}

/// The names of a drawn timeline's line ("Concept → EVT → DVT", "  Gate0   Gate1   Gate2"),
/// each as its lowercase words: the parts between arrows, bars or runs of two spaces or more
/// that hold a letter (a line of "↓" holds none).
fn diagram_names(line: &str) -> Vec<Vec<String>> {
    let line = line
        .replace("-->", "→")
        .replace("->", "→")
        .replace("  ", "→");
    line.split(['→', '|', '─', '━', '▶', '►'])
        .map(|part| part.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|part| part.chars().any(char::is_alphabetic))
        .map(|part| {
            words_of(&part.to_lowercase())
                .iter()
                .map(|w| w.to_string())
                .collect::<Vec<_>>()
        })
        .filter(|words| !words.is_empty() && words.len() <= 4)
        .collect()
}

fn moments_of_a_chain(blocks: &[Block]) -> Vec<(Vec<String>, i32)> {
    fn in_items(items: &[ListItem]) -> Vec<(Vec<String>, i32)> {
        for item in items {
            let moments = text::moments_before_launch(&item.text);
            if !moments.is_empty() {
                return moments;
            }
            let moments = in_items(&item.children);
            if !moments.is_empty() {
                return moments;
            }
        }
        Vec::new()
    }
    for block in blocks {
        let moments = match block {
            Block::List { items } => in_items(items),
            Block::Paragraph { lines, .. } => text::moments_before_launch(&lines.join(" ")),
            _ => Vec::new(),
        };
        if !moments.is_empty() {
            return moments;
        }
    }
    Vec::new()
}

fn launch_morning_headings(blocks: &[Block]) -> std::collections::HashSet<usize> {
    let headings: Vec<(u8, &str, usize)> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level, text, line } => Some((*level, text.as_str(), *line)),
            _ => None,
        })
        .collect();
    let mut out = std::collections::HashSet::new();
    for (i, &(level, text, line)) in headings.iter().enumerate() {
        let lower = text.to_lowercase();
        let words = words_of(&lower);
        let bare = match words.as_slice() {
            ["before"] => true,
            ["before", w] | ["before", "the", w] => text::names_the_launch_word(w),
            _ => false,
        };
        if !bare {
            continue;
        }
        // The headings of its level either side, with none of a higher level between.
        let previous = headings[..i]
            .iter()
            .rev()
            .find(|h| h.0 <= level)
            .filter(|h| h.0 == level)
            .map(|h| h.1);
        let next = headings[i + 1..]
            .iter()
            .find(|h| h.0 <= level)
            .filter(|h| h.0 == level)
            .map(|h| h.1);
        let day_before = previous.is_some_and(|p| {
            let lower = p.to_lowercase();
            let words = words_of(&lower);
            words.windows(2).any(|w| w == ["day", "before"])
                || words.first().is_some_and(|w| *w == "eve")
                || words.windows(2).any(|w| w == ["the", "eve"])
        });
        let launch_next = next
            .and_then(launch_day_heading)
            .is_some_and(|o| o.amount == 0 && o.unit == OffsetUnit::Days);
        if day_before && launch_next {
            out.insert(line);
        }
    }
    out
}

fn job_headings(blocks: &[Block]) -> std::collections::HashSet<usize> {
    let mut out = std::collections::HashSet::new();
    let mut run: Vec<(u8, usize, bool)> = Vec::new();
    // (Once a run of the page is marked so, the next runs of its level are jobs of the same
    // sheet: "## Pits" over "### Pit Audio" and "### Queue Displays" after "## Arena".)
    let mut sheet_level = None;
    let mut close = |run: &mut Vec<(u8, usize, bool)>, sheet_level: &mut Option<u8>| {
        let same_sheet = run
            .first()
            .is_some_and(|(l, _, _)| Some(*l) == *sheet_level);
        if run.len() >= 2 && (run.iter().any(|(_, _, marked)| *marked) || same_sheet) {
            out.extend(run.iter().map(|(_, line, _)| *line));
            *sheet_level = run.first().map(|(l, _, _)| *l);
        }
        run.clear();
    };
    for (at, block) in blocks.iter().enumerate() {
        let Block::Heading { level, text, line } = block else {
            continue;
        };
        if *level == 1 {
            sheet_level = None;
        }
        if run.first().is_some_and(|(l, _, _)| l != level) {
            close(&mut run, &mut sheet_level);
        }
        // (Prose: sentences, not fields of the work, "Felelős: `Varga Bence`", which make a
        // heading a task by other rules.)
        let under: Vec<&Block> = blocks[at + 1..]
            .iter()
            .take_while(|b| !matches!(b, Block::Heading { .. }))
            .collect();
        let field = |l: &String| {
            l.split_once(':')
                .is_some_and(|(key, _)| key.split_whitespace().count() <= 3)
        };
        // (Sentences closed by a full stop, under a name that is no label: "### If it fails:"
        // over "❌ Error 500 - roll back" is a group of notes.)
        let sentences = under.iter().any(|b| {
            matches!(b, Block::Paragraph { lines, .. }
            if lines.iter().any(|l| {
                l.trim_end().trim_end_matches(')').ends_with(['.', '!', '?'])
            }))
        });
        let prose_only = sentences
            && !text.trim_end().ends_with([':', '：'])
            && under.iter().all(|b| match b {
                Block::Paragraph { lines, .. } => !lines.iter().any(field),
                Block::Rule => true,
                _ => false,
            });
        if *level >= 3 && prose_only {
            run.push((*level, *line, text.trim_start().starts_with(DONE_MARKS)));
        } else {
            close(&mut run, &mut sheet_level);
        }
    }
    close(&mut run, &mut sheet_level);
    out
}

/// "- **Who:** everyone": a field of what stands above, a bold key and a value, nothing under
/// it (not a label over a list, nor a box).
fn is_value_field(item: &ListItem) -> bool {
    // (Not a time of the day's work: "- Morning: unload the truck".)
    const TIMES: [&str; 8] = [
        "morning",
        "afternoon",
        "evening",
        "night",
        "matin",
        "après-midi",
        "soir",
        "midi",
    ];
    item.task.is_none()
        && item.children.is_empty()
        && item.titled
        && item.text.split_once(':').is_some_and(|(key, value)| {
            let key = key.trim();
            !value.trim().is_empty()
                && !key.is_empty()
                && key.chars().all(|c| c.is_alphabetic() || c == ' ')
                && !TIMES.contains(&key.to_lowercase().as_str())
        })
}

/// The fields of a piece of work that say the day it was done ("Completed: 2031-04-03",
/// Chinese "完成时间", Japanese "完了日").
const DONE_ON: [&str; 9] = [
    "completed",
    "completed on",
    "done on",
    "finished",
    "finished on",
    "完成时间",
    "完成日期",
    "完成時間",
    "完了日",
];

const DEADLINES: [&str; 22] = [
    "deadline",
    "due",
    "due date",
    "due by",
    // "Target release date: November 2027." under "# Milestone 5": the milestone's date.
    "target date",
    "target release date",
    "eta",
    "срок",
    "дедлайн",
    "fecha límite",
    "prazo",
    "frist",
    "échéance",
    "scadenza",
    "期限",
    "締め切り",
    "마감",
    "截止日期",
    // Chinese "截止" (the deadline), "截止时间".
    "截止",
    "截止时间",
    // Hungarian; Armenian (a term, the day it ends).
    "határidő",
    "ժամկետ",
];

/// A note line of a task that is its deadline ("Expected Delivery: 2027-05-21", "Due: Mar 3"),
/// with that value.
fn deadline_field(line: &str) -> Option<(FieldBox, &str)> {
    let (label, value) = line.split_once(':')?;
    let label = label.trim().trim_matches('*').trim().to_lowercase();
    // "**Когда:** за 6 недель до митапа." as a paragraph of its step: when it is done.
    // A "When:" says the step's own time: counted from the launch or the event, not "2 weeks
    // after the design review", and once, not "every Monday from 7 May".
    let when_of_the_step = || {
        let value_lower = value.to_lowercase();
        let words = words_of(&value_lower);
        let repeats = words.iter().any(|w| {
            [
                "every",
                "weekly",
                "daily",
                "monthly",
                "jeden",
                "jede",
                "каждый",
                "каждую",
                "ogni",
                "cada",
                "chaque",
                "elke",
            ]
            .contains(w)
        });
        !repeats && counts_from_the_launch(&words)
    };
    (DEADLINES.contains(&label.as_str())
        || ["expected delivery", "delivery date"].contains(&label.as_str())
        || WHEN_WORDS.contains(&label.as_str()) && when_of_the_step())
    .then(|| {
        (
            FieldBox::Deadline,
            value.trim().trim_start_matches('*').trim(),
        )
    })
}

/// What a checkbox written as a field of its task is ("- [ ] **Срок:** За 2 недели до запуска",
/// "- [ ] **Owner:** Ana", "- [ ] **Файл:** …").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FieldBox {
    /// When the task is due.
    Deadline,
    /// Who does it, what it uses: a note of the task.
    Other,
}

/// Whether a checkbox nested in a task is one of the task's fields rather than a step, and its
/// value: a label of at most three words that names a deadline, an owner, a file or the tools
/// ("Deadline:", "Срок:", "Ответственный:", "Owner:", "File:", "Tools:").
fn field_box(child: &ListItem) -> Option<(FieldBox, &str)> {
    child.task?;
    let (label, value) = child.text.split_once(':')?;
    let label = label.trim().trim_matches('*').trim().to_lowercase();
    if label.split_whitespace().count() > 3 {
        return None;
    }
    const OTHERS: [&str; 26] = [
        "owner",
        "owners",
        "responsible",
        "assignee",
        "ответственный",
        "ответственные",
        "исполнитель",
        "sorumlu",
        "担当",
        "担当者",
        "负责人",
        "담당",
        "담당자",
        "file",
        "files",
        "файл",
        "файлы",
        "tools",
        "инструменты",
        "materials",
        "материалы",
        "limits",
        "лимиты",
        "rollback time",
        "время отката",
        "сценарии",
    ];
    let value = value.trim().trim_start_matches('*').trim();
    if DEADLINES.contains(&label.as_str()) {
        Some((FieldBox::Deadline, value))
    } else if OTHERS.contains(&label.as_str()) {
        Some((FieldBox::Other, value))
    } else {
        None
    }
}

/// The first day number a text counts ("Post-Launch (Day 2-7)": 2; "Days 8-14": 8).
fn first_day_number(text: &str) -> Option<u32> {
    let lower = counts_in_english(text);
    let words = words_of(&lower);
    words
        .windows(2)
        .find(|w| w[0] == "day" || w[0] == "days")
        .and_then(|w| w[1].parse().ok())
}

/// Whether a line in bold is the title of a template that follows ("**RC release template**",
/// "**Announcement template**", German "Vorlage", Spanish "plantilla", Portuguese "modelo",
/// French "modèle", Dutch "sjabloon", Polish "szablon", Russian "шаблон"): its last word the
/// template's noun. A label of what is copied below, not work ("**Fill in the template**" is).
fn names_a_template(text: &str) -> bool {
    let lower = text.trim().trim_end_matches([':', '：']).to_lowercase();
    words_of(&lower).last().is_some_and(|w| {
        [
            "template",
            "templates",
            "vorlage",
            "plantilla",
            "modelo",
            "modèle",
            "sjabloon",
            "szablon",
            "шаблон",
        ]
        .contains(w)
    }) && !opens_with_an_imperative(text)
}

/// Whether a bold line says it is about the page itself, over the page's own particulars (who
/// keeps it, when it was made): "**About this note**", "About this page", German "Über diese
/// Seite", French "À propos de cette page", Spanish "Acerca de esta página", Portuguese "Sobre
/// esta nota", Dutch "Over deze pagina" (five words at most). A label, not work.
fn about_the_page_itself(text: &str) -> bool {
    let lower = text
        .trim()
        .trim_end_matches([':', '：'])
        .trim()
        .to_lowercase();
    lower.split_whitespace().count() <= 5
        && [
            "about this ",
            "über diese",
            "à propos de ce",
            "a propos de ce",
            "acerca de est",
            "sobre est",
            "over deze ",
            "over dit ",
        ]
        .iter()
        .any(|w| lower.starts_with(w))
}

/// Whether a list says how often things happen: two plain bullets or more, and more than half
/// of them, open with a label of a frequency and a colon ("- Once a year: the whole company",
/// "- **Weekly**: Progress check", "- Quarterly: strategy review"), every bullet a "Label: …"
/// line ("- Whenever it helps: co-working days"). A cadence of meetings or reviews, notes (not
/// "- Weekly newsletter", nor "- Check the logs weekly").
fn lists_a_cadence(items: &[ListItem]) -> bool {
    const OFTEN: [&str; 9] = [
        "daily",
        "weekly",
        "fortnightly",
        "biweekly",
        "monthly",
        "quarterly",
        "yearly",
        "annually",
        "annual",
    ];
    let label = |i: &ListItem| {
        i.text
            .split_once(':')
            .map(|(label, _)| label.trim().trim_matches(['*', '_']).trim().to_lowercase())
    };
    let often = items
        .iter()
        .filter(|i| {
            label(i).is_some_and(|l| {
                let words = words_of(&l);
                match words.as_slice() {
                    [word] => OFTEN.contains(word),
                    ["once" | "twice", "a", unit] | ["every", unit] => {
                        ["day", "week", "month", "quarter", "year"].contains(unit)
                    }
                    _ => false,
                }
            })
        })
        .count();
    // (Not chores to do at those times, "Weekly: back up the database", "Daily: water the
    // plants".)
    let chores = items
        .iter()
        .filter(|i| {
            i.text
                .split_once(':')
                .is_some_and(|(_, rest)| opens_with_an_imperative(rest.trim()))
        })
        .count();
    often >= 2
        && often * 2 > items.len()
        && chores * 2 < items.len()
        && items.iter().all(|i| {
            i.task.is_none()
                && i.children.is_empty()
                && label(i).is_some_and(|l| !l.is_empty() && l.split_whitespace().count() <= 4)
        })
}

/// Whether a checkbox in bold ends with a colon over plain bullets that are no steps: "- [ ]
/// **Record where we rank** for these searches:" over "- ferry timetable winter": what it
/// lists (search phrases, names, things: a few words each), kept as its notes, as under a box
/// not in bold. (Plain bullets that mostly tell to do something, "- Book the room", or that say
/// more, "- `/about` - set the canonical", stay its steps.)
fn lists_things_below(parent: &ListItem) -> bool {
    let plain: Vec<&ListItem> = parent
        .children
        .iter()
        .filter(|c| c.task.is_none())
        .collect();
    let steps = plain
        .iter()
        .filter(|c| opens_with_an_imperative(&c.text))
        .count();
    parent.task.is_some()
        && parent.text.trim_end().ends_with([':', '：'])
        && !plain.is_empty()
        && steps * 2 < plain.len()
        && plain.iter().all(|c| c.text.split_whitespace().count() <= 5)
}

/// Whether a bullet is a bare address and nothing else ("https://github.com/acme/app/pull/
/// 2214" under "- [x] **Removals:** Drop the old flags"): where the work was done or is
/// described, a reference, not a step.
fn is_bare_link(text: &str) -> bool {
    let text = text.trim().trim_start_matches('<').trim_end_matches('>');
    (text.starts_with("https://") || text.starts_with("http://"))
        && !text.contains(char::is_whitespace)
}

/// Whether a line opens with a verb of work that goes on (watching, keeping, answering): "Watch
/// the shop all through the first week", "Keep an eye on the crash reports for the first week",
/// "Monitor …", or says it lasts the whole period ("throughout", Swedish "hela första veckan");
/// not "Plan the content for the first week", done once.
fn keeps_on(text: &str) -> bool {
    let lower = text.trim_start().to_lowercase();
    let first = lower.split_whitespace().next().unwrap_or_default();
    [
        "watch", "monitor", "keep", "track", "stay", "support", "answer", "respond", "observe",
        "follow", "staff", "man", "mind", "moderate", "håll", "hold",
    ]
    .contains(&first)
        // ("… all through the first week", Swedish "hela första veckan": the whole of it.)
        || ["all through", "throughout", "the whole first", "the entire first", "hela första"]
            .iter()
            .any(|w| lower.contains(w))
}

/// Whether an item's last sentence says what something holds and then lists it, as a lead-in
/// ending with a colon: "The newsletter goes out every two weeks. It covers:", "Each kit
/// contains:", Portuguese "Traz informações de:" (it brings news of), "Inclui:", Spanish
/// "Incluye:", "Contiene:", French "Comprend :", German "Enthält:", "Umfasst:", Dutch "Bevat:".
/// What is listed under it are its contents (sponsors, places to stay), not steps. The verb
/// may open the sentence (the languages that drop the subject), in at most six words, and
/// nothing in it says the listing is work ("Each kit contains steps to follow:", "The week
/// covers what to do:").
fn lists_contents(text: &str) -> bool {
    const HOLDS: [&str; 24] = [
        "includes",
        "include",
        "contains",
        "covers",
        "brings",
        "traz",
        "inclui",
        "incluem",
        "contém",
        "abrange",
        "incluye",
        "incluyen",
        "contiene",
        "trae",
        "comprend",
        "contient",
        "enthält",
        "umfasst",
        "beinhaltet",
        "comprende",
        "bevat",
        "omvat",
        "zawiera",
        "obsahuje",
    ];
    let Some(lower) = lead_in_sentence(text, &[':', '：']) else {
        return false;
    };
    let words = words_of(&lower);
    (1..=6).contains(&words.len())
        && words.iter().any(|w| HOLDS.contains(w))
        && !words.iter().any(|w| {
            [
                "to", "steps", "tasks", "actions", "todo", "before", "by", "until", "need", "needs",
            ]
            .contains(w)
        })
}

/// Whether a step ends by introducing what it checks ("… test each export. Testing for:",
/// "Watch for:"): what is listed under it are criteria, notes of the step, not steps.
fn introduces_criteria(text: &str) -> bool {
    let lower = text.trim_end().to_lowercase();
    let last = lower
        .rsplit(['.', '!', ';'])
        .next()
        .unwrap_or_default()
        .trim();
    [
        "testing for:",
        "test for:",
        "checking for:",
        "check for:",
        "look for:",
        "looking for:",
        "watch for:",
        "watch out for:",
    ]
    .contains(&last)
}

/// Whether `before` ends in a day and month written with dots, the month's dot the one that
/// follows ("pe 3.11" before ". klo 16"): that full stop closes the date, not the sentence.
fn closes_a_dotted_day(before: &str) -> bool {
    let last = before.rsplit(char::is_whitespace).next().unwrap_or(before);
    let Some((day, month)) = last.split_once('.') else {
        return false;
    };
    let number = |s: &str, most: u32| {
        (1..=2).contains(&s.len())
            && s.bytes().all(|b| b.is_ascii_digit())
            && s.parse::<u32>().is_ok_and(|n| (1..=most).contains(&n))
    };
    number(day, 31) && number(month, 12)
}

/// The month a span of months ends in, from what follows its first month ("Sep 2029" then " -
/// Aug 2030", " to March"): a dash or "to", "through", "until", then a month and its year (the
/// first month's year, or the next when the month comes before it). None when the first is no
/// month, or nothing such follows.
fn months_to(rest: &str, first: Period) -> Option<Period> {
    let Period::Month { year, month } = first else {
        return None;
    };
    let rest = rest.trim_start();
    let rest = ["-", "–", "—", "to ", "through ", "until "]
        .iter()
        .find_map(|w| rest.strip_prefix(w))?
        .trim_start();
    let word_end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let end_month = month_named(&rest[..word_end])?;
    let after = rest[word_end..].trim_start_matches([' ', ',']);
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    let end_year = match after[..digits].parse::<i32>() {
        Ok(y) if digits == 4 => y,
        _ if digits == 0 => year + i32::from(end_month < month),
        _ => return None,
    };
    ((end_year, end_month) > (year, month)).then_some(Period::Month {
        year: end_year,
        month: end_month,
    })
}

/// The months a line lists in brackets by their full names, two or more that follow one
/// another ("(March, April, May)", in the copy of "(kovas, balandis, gegužė)"), and the first
/// four letters of the line's other words of four letters or more; None for a line that lists
/// no such months ("(Monday, Tuesday)", "(March, May)", "(London, Paris)").
fn months_listed_in_brackets(text: &str) -> Option<(Vec<u32>, Vec<String>)> {
    let open = text.find('(')?;
    let close = open + text[open..].find(')')?;
    let inner = &text[open + 1..close];
    let months: Vec<u32> = inner
        .split(',')
        .map(|part| {
            let word = part.trim();
            // (Full names only: "Mar" or "Jun" may be other words.)
            month_named(word)
                .filter(|_| word.chars().count() >= 4 || word.eq_ignore_ascii_case("may"))
        })
        .collect::<Option<_>>()?;
    let follow = months.windows(2).all(|w| w[1] == w[0] % 12 + 1);
    if months.len() < 2 || !follow {
        return None;
    }
    let outside = format!("{} {}", &text[..open], &text[close + 1..]);
    let stems = outside
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 4)
        .map(|w| w.to_lowercase().chars().take(4).collect())
        .collect();
    Some((months, stems))
}

/// A number of a phase as a heading writes it: "2", or in Roman capitals "II" (1 to 12).
fn roman_or_number(word: &str) -> Option<u32> {
    const ROMAN: [&str; 12] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
    ];
    let word = word.trim_end_matches('.');
    if let Some(i) = ROMAN.iter().position(|r| *r == word) {
        return u32::try_from(i + 1).ok();
    }
    word.parse().ok().filter(|n| (1..=12).contains(n))
}

/// The last day of a span that goes on after a day written with its year (`date`, `rest` the
/// text after it), and the length of `rest` it takes: the next day written with its year after
/// a word for "and" ("2030.09.02 and 2030.09.03", Sinhala "හා", "සහ"), or a later day of the
/// same month after "to" ("2030.09.04 to 9", which the copy writes for Sinhala "සිට 9 දක්වා"),
/// the number ending the text or followed by a stop, a bracket or a range's closing word. Not a
/// day that is not the next ("2030.09.02 and 2030.09.05"), nor a count ("to 9 people").
fn days_joined_after(
    rest: &str,
    date: NaiveDate,
    context: NaiveDate,
) -> Option<(NaiveDate, usize)> {
    use chrono::Datelike;
    let trimmed = rest.trim_start();
    let lead = rest.len() - trimmed.len();
    let (word, after) = trimmed.split_once(char::is_whitespace)?;
    let after_word = after.trim_start();
    let taken = lead + word.len() + (after.len() - after_word.len());
    match word {
        "and" | "&" | "හා" | "සහ" => {
            let next = find_date(after_word, context)?.ok()?;
            let end = single_day(&next.period)?;
            (next.span.start == 0 && next.year_written && date.succ_opt() == Some(end))
                .then_some((end, taken + next.span.end))
        }
        "to" => {
            let digits = after_word
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(after_word.len());
            let day: u32 = after_word.get(..digits)?.parse().ok()?;
            let tail = after_word[digits..].trim_start();
            let closing = tail.is_empty()
                || tail.starts_with(['.', ',', ';', ')'])
                || native::closes_a_range(tail.split_whitespace().next().unwrap_or(""));
            if digits > 2 || day <= date.day() || !closing {
                return None;
            }
            let end = date.with_day(day)?;
            Some((end, taken + digits))
        }
        _ => None,
    }
}

/// Whether a text's first day, written with its year, is joined to a second by "and" or "to"
/// ("2031-03-10 and 2031-03-11", "2031-03-12 to 14"; see [`days_joined_after`]): a table's
/// date cell that names two days, kept whole as a note beside the day the row is due.
fn joins_two_days(text: &str, context: NaiveDate) -> bool {
    let Some(Ok(first)) = find_date(text, context) else {
        return false;
    };
    match first.period {
        Period::Day { date } if first.year_written => text
            .get(first.span.end..)
            .is_some_and(|rest| days_joined_after(rest, date, context).is_some()),
        _ => false,
    }
}

/// "(2030.10.18 5 pm onwards) 2030.10.19": when the day found is inside a bracketed aside and
/// the text ends with another day written with its year, after the aside, that day.
fn day_after_an_aside(text: &str, phrase: &DatePhrase, context: NaiveDate) -> Option<DatePhrase> {
    let open = text[..phrase.span.start].rfind('(')?;
    if text[open..phrase.span.start].contains(')') {
        return None;
    }
    let close = phrase.span.end + text[phrase.span.end..].find(')')?;
    let tail = &text[close + 1..];
    let trimmed = tail.trim();
    let mut later = find_date(trimmed, context)?.ok()?;
    let whole = later.span.start == 0 && later.span.end == trimmed.len();
    if !whole || !later.year_written || single_day(&later.period).is_none() {
        return None;
    }
    let start = close + 1 + (tail.len() - tail.trim_start().len());
    later.span = start + later.span.start..start + later.span.end;
    Some(later)
}

/// Whether a line says its work is done in the same period as the line before it ("in the same
/// period", "during the same period", Marathi "याच कालावधीत", Hindi "इसी अवधि में"): checked by
/// bytes first, as few lines say it.
fn in_the_same_period(text: &str) -> bool {
    const SAME: [&str; 5] = [
        "in the same period",
        "during the same period",
        "within the same period",
        "याच कालावधीत",
        "इसी अवधि में",
    ];
    let lower = text.to_lowercase();
    SAME.iter().any(|s| lower.contains(s))
}

/// Whether a count after an event says it is from the event's start: "1 week after the
/// festival starts", "one week after the Saturday", "4 weeks after opening day".
fn counts_from_the_events_start(text: &str) -> bool {
    const START: [&str; 12] = [
        "starts",
        "started",
        "begins",
        "began",
        "start of",
        "beginning of",
        "opening day",
        "opening night",
        "first day",
        "day one",
        "day 1",
        "opens",
    ];
    const WEEKDAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let lower = text.to_lowercase();
    START.iter().any(|s| lower.contains(s))
        || WEEKDAYS.iter().any(|w| {
            lower.contains(&format!("after the {w}")) || lower.contains(&format!("after {w}"))
        })
}

/// Uzbek months (Latin script), as a day's month is written after its number ("14-may").
const UZBEK_MONTHS: [(&str, u32); 14] = [
    ("yanvar", 1),
    ("fevral", 2),
    ("mart", 3),
    ("aprel", 4),
    ("may", 5),
    ("iyun", 6),
    ("iyul", 7),
    ("avgust", 8),
    ("sentyabr", 9),
    ("sentabr", 9),
    ("oktyabr", 10),
    ("oktabr", 10),
    ("noyabr", 11),
    ("dekabr", 12),
];

/// The day an Uzbek sentence says the plan's thing opens or goes live, the verb last and the
/// day before it in its clause: "2030-yil 14-mayda kanal to'liq ochiladi" (on 14 May 2030 the
/// channel opens in full), "… ishga tushadi" (goes live). Not what opens before the event
/// (registration, applications, tickets, sales, admissions: "Ro'yxatdan o'tish 2031-yil
/// 20-martda ochiladi"). `lower` is the sentence in lower case.
fn uzbek_opening_day(lower: &str) -> Option<NaiveDate> {
    const VERBS: [&str; 3] = ["ochiladi", "ishga tushadi", "ishga tushiriladi"];
    const OPENS_BEFORE: [&str; 5] = ["ro'yxat", "ariza", "chipta", "sotuv", "qabul"];
    for verb in VERBS {
        for (i, _) in lower.match_indices(verb) {
            // (A word of its own: not "ochiladimi", a question.)
            if lower[i + verb.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let clause = lower[..i]
                .rsplit(['.', ';', ':', '!', '?'])
                .next()
                .unwrap_or_default();
            if OPENS_BEFORE.iter().any(|w| clause.contains(w)) {
                continue;
            }
            if let Some(day) = uzbek_day(clause) {
                return Some(day);
            }
        }
    }
    None
}

/// "2030-yil 14-mayda", "2030-yil 14-may": the year, then the day and its month (the month may
/// carry "-da", on).
fn uzbek_day(clause: &str) -> Option<NaiveDate> {
    let (head, rest) = clause.split_once("-yil")?;
    let year: i32 = head
        .rsplit(|c: char| !c.is_ascii_digit())
        .next()
        .filter(|y| y.len() == 4)?
        .parse()
        .ok()?;
    let rest = rest.trim_start();
    let n = rest.bytes().take_while(u8::is_ascii_digit).count();
    let day: u32 = rest
        .get(..n)
        .filter(|d| (1..=2).contains(&d.len()))?
        .parse()
        .ok()?;
    let word: String = rest[n..]
        .strip_prefix('-')?
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let month = UZBEK_MONTHS.iter().find_map(|(name, month)| {
        let suffix = word.strip_prefix(name)?;
        ["", "da"].contains(&suffix).then_some(*month)
    })?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// "Kestrel v2.0.0 launch plan" → ["2.0"]: the versions a text names, without a "v" and
/// trailing zero parts past the second ("2.0.0" is "2.0").
fn plain_versions(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map(|w| w.trim_matches('.').trim_start_matches(['v', 'V']))
        .filter(|w| {
            w.contains('.')
                && w.split('.')
                    .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        })
        .map(|w| {
            let mut parts: Vec<&str> = w.split('.').collect();
            while parts.len() > 2 && parts.last() == Some(&"0") {
                parts.pop();
            }
            parts.join(".")
        })
        .collect()
}

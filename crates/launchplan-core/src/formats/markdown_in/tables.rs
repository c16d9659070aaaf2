//! Tables in a plan: a table with a column of dates (by its header or its cells), a column per
//! month, or relative days becomes dated rows of its schedule group, each row a task, a gate,
//! the launch's line or a note by the same rules as list items; a table of tasks without dates
//! takes the heading's; a roster, a legend, a document history or an idle calendar (blackout
//! dates) is kept as written or as notes.

use super::blocks;
use super::is_gate;
use super::launch;
use super::text::*;
use super::{says_done, time_of_day_in, Cursor, Fact, PlanReader, SectionKind};
use crate::plan::dates::{find_date, format_day, month_named, weekday_named, Period};
use crate::plan::{Block as PlanBlock, DecisionPoint, Item, Offset, OffsetUnit, Stamp};
use chrono::NaiveDate;

impl PlanReader {
    /// A table of dated rows: a date column ("Date", "When", cells that read as dates or as
    /// times relative to launch), or one column per month ("Jan | Feb | Mar" with "Tue 19" in
    /// the row's month). Each row becomes an item of the current group (its text the other
    /// cells, done when a status cell says so, the owner and an open status kept as notes); a
    /// row that is a gate becomes a decision point after the group, and one that names the
    /// launch gives the launch date, as a bullet would, unless a status column makes them rows
    /// to tick. False when the table is not one (no date column, or another kind of section): it
    /// is then kept as a note, as written.
    /// Whether a table's first row says what each column holds rather than naming work: "|
    /// *What has to be done* | *Exact time, in order* | *Who does it* | *Where it is* |" under
    /// "| Task | Date and time | Owner | Status |", a template's guide for whoever fills it in.
    /// Its date cell holds words but no day, and two of its cells at least open with a question
    /// word or "your" ("Who …", "Where …", "Your name"). (Not "| Kickoff | Date to be set |
    /// Ana |", a task not dated yet.)
    fn guides_the_columns(&self, row: &blocks::TableRow, date_cols: &[usize]) -> bool {
        const ASKS: [&str; 22] = [
            "what", "who", "where", "when", "which", "how", "your", "wer", "wo", "wann", "qui",
            "où", "quand", "quién", "dónde", "cuándo", "qué", "quem", "onde", "quando", "waar",
            "wanneer",
        ];
        let Some(date_cell) = date_cols.first().and_then(|&c| row.cells.get(c)) else {
            return false;
        };
        let asks = row
            .cells
            .iter()
            .filter(|c| {
                let lower = c.trim().trim_matches(['*', '_']).to_lowercase();
                words_of(&lower).first().is_some_and(|w| ASKS.contains(w))
            })
            .count();
        date_cell.chars().any(char::is_alphabetic)
            && !date_cell.chars().any(|c| c.is_ascii_digit())
            && self.find(date_cell).is_none()
            && relative_in(date_cell).is_none()
            && asks >= 2
    }

    pub(super) fn table(
        &mut self,
        head: &[String],
        rows: &[blocks::TableRow],
        line: usize,
    ) -> bool {
        // "| Months Out | Who | Activity |" with "14", "13-4" and blank cells: a countdown in
        // the header's unit, read as its cells would be if they said so ("T-14 months").
        // (Only when that column is then the table's dates: beside a column of dates, a
        // "Weeks to go" count says nothing more, and its cells stay as written.)
        if let Some((col, counted)) = countdown_cells(head, rows) {
            if date_column(head, &counted, self.context) == Some(col) {
                return self.table(head, &counted, line);
            }
        }
        // "| Week | Mon | Tue | … | Sun |" over "| 3 | Rest | 6km easy | … |": a session a day,
        // each read as its own row on its day of the count.
        // (Only in a plan that states the day its count starts: elsewhere the grid's days are
        // no days, and the table is read, or kept, as before.)
        if let Some((head, rows, notes)) = self
            .start_stated
            .then(|| weekday_grid(head, rows))
            .flatten()
        {
            self.weekday_grid = true;
            let read = self.table(&head, &rows, line);
            self.weekday_grid = false;
            if read {
                if let Some(PlanBlock::Schedule(group)) = self.last_block() {
                    group.notes.extend(notes);
                }
            }
            return read;
        }
        // "| L1 | IG+FB | Carusel | … |", "| Mi2 | … |": a weekday and the number of the week
        // counted from the launch's (week 1), each cell written out as its day.
        if let Some(launch) = self.plan.facts.launch {
            if let Some((col, dated)) = weekday_week_codes(head, rows, launch) {
                if date_column(head, &dated, self.context) == Some(col) {
                    return self.table(head, &dated, line);
                }
            }
        }
        // "| Prepare | 1 day |", "| Public launch | 1 day |", "| Close watch | 2-3 days |": phases
        // that give only their lengths, one of them the launch; each cell written out as the
        // phase's last day, the phases back to back around the launch's.
        if let Some(launch) = self.plan.facts.launch {
            if let Some((col, dated)) = chained_lengths(head, rows, launch) {
                if date_column(head, &dated, self.context) == Some(col) {
                    return self.table(head, &dated, line);
                }
            }
        }
        // "| **2028** | Features |" over "| Q1 | … |": the header's year is each period's.
        if let Some((col, dated)) = year_header_cells(head, rows) {
            if date_column(head, &dated, self.context) == Some(col) {
                return self.table(head, &dated, line);
            }
        }
        // "| Tarif-API-Doku | Dienstleister | M1+2 Wochen |": a deadline column that names the
        // plan's milestones by their codes, each cell written out as the day of the milestone's
        // dated line read before it ("| M1 | Kickoff | 04.01.2027 |"), plus its weeks or days.
        if let Some((col, dated)) = self.milestone_code_cells(head, rows) {
            if date_column(head, &dated, self.context) == Some(col) {
                return self.table(head, &dated, line);
            }
        }
        // "| Kennzahl | Wert |" with "| **Projektstart** | 04.01.2027 |": the plan's fields,
        // read as "Key: value" lines would be; the table is kept as written.
        if self.field_table(head, rows) {
            return false;
        }
        if self.period_columns(head, rows) {
            return true;
        }
        // "| Season | Month one | Month two | Month three |" over "| 2027 March-May | … |":
        // each row a span of months, each column its month in turn; read row by row as a
        // roadmap of months as columns.
        if let Some(grid) = month_slot_rows(head, rows) {
            let mut read = false;
            for (head, row) in grid {
                read |= self.period_columns(&head, std::slice::from_ref(&row));
            }
            if read {
                return true;
            }
        }
        // A section of work done ("## Completed Releases") reads its tables as rows done.
        let completed = self.kind == SectionKind::Completed;
        // "## Go / No-Go Table" over "| ☐ | Parity script green |": the boxes to tick before
        // the gate, a checklist all the same.
        let boxes_of_a_gate =
            self.kind == SectionKind::Decisions && box_column(head, rows).is_some();
        // "## Gates" over "| Gate | Passes when | Status now |" with "✅ Green", "⚠️ Amber": the
        // checks a gate waits for, each ticked when its status says so (no section gate: the
        // heading names the checks, not one decision).
        let checks_of_a_gate = self.kind == SectionKind::Decisions
            && !boxes_of_a_gate
            && names_checks_of_a_gate(&self.section_title(), head)
            && date_column(head, rows, self.context).is_none()
            && status_marks_column(head, rows).is_some();
        if self.kind == SectionKind::Decisions && !boxes_of_a_gate && !checks_of_a_gate {
            return self.decision_log(head, rows);
        }
        // "## Cloud GA communication" over "| When | What | Who |" with "4 weeks before
        // release": a schedule of the announcements, dated or counted from the launch, read as
        // rows (an entry of a channel has no time from the launch).
        let dated_comms = self.kind == SectionKind::Communication
            && date_column(head, rows, self.context).is_some();
        if !(matches!(self.kind, SectionKind::Schedule | SectionKind::Completed)
            || boxes_of_a_gate
            || checks_of_a_gate
            || dated_comms)
            || rows.is_empty()
            || is_document_history(head)
            || counts_only(head, rows)
            || measures_only(head, rows, self.context)
        {
            return false;
        }
        // A table under "Status legend", "Notes and updates", "Team": kept as written. (A
        // summary's table of key dates is read: its gates and launch count; so is a "Schedule
        // template", a schedule all the same.)
        // As its checklist would be: the gate's heading is the decision point, the rows its
        // tasks (see `decision_line`).
        if boxes_of_a_gate || checks_of_a_gate {
            if self.cursor == Cursor::Section {
                self.section_gate(line);
            }
            self.gate_groups(line);
        }
        let title = self.section_title();
        let schedule = words_of(&title)
            .iter()
            .any(|w| ["schedule", "timeline", "calendar"].contains(w));
        // (A summary's table without a day or a time from the launch in it, "| Phase 2: Switch
        // Day | 3 tasks | On switch day |", counts the work: it is kept as written.)
        let summary_dates = self.in_summary() && date_column(head, rows, self.context).is_some();
        if self.in_note_section()
            && !summary_dates
            && !schedule
            && !log_of_open_work(&title, head, rows)
        {
            return false;
        }
        let months = month_columns(head);
        // "Jan | Feb" with "Tue 19" in the cells; a budget's "120" per month is not a day.
        let months = if months_hold_days(&months, rows) {
            months
        } else {
            Vec::new()
        };
        // "Actual": the day it happened, when it did (the row is done, and dated by it).
        let actual_col = head.iter().position(|h| {
            header_says(
                h,
                &["actual", "actuals", "achieved", "shipped", "completed"],
            )
        });
        // Whether a date column says it holds the end of a span ("End", "Until").
        let mut ends_col = false;
        let date_cols: Vec<usize> = if months.len() >= 2 {
            months.iter().map(|&(i, _)| i).collect()
        } else {
            match date_column(head, rows, self.context) {
                Some(col) => {
                    let mut cols: Vec<usize> = std::iter::once(col)
                        .chain(other_date_columns(head, rows, col, self.context))
                        .collect();
                    let headed = |i: &usize, words: &[&str]| {
                        head.get(*i).is_some_and(|h| header_says(h, words))
                    };
                    // "Start | End", "Expected (early) | Expected (late)": a span of days is due
                    // at its end.
                    let ends = |i: &usize| headed(i, END_HEADERS);
                    // "Delivery | Presentation", Portuguese "Entrega | Apresentação": the work
                    // is due when it is delivered, whatever comes after (when one column
                    // alone says so: "Original deadline | Revised deadline" keeps the later).
                    let delivered = |i: &usize| headed(i, DELIVERY_HEADERS);
                    let delivery = match cols.iter().filter(|i| delivered(i)).count() {
                        1 => cols.iter().copied().find(|i| delivered(i)),
                        _ => None,
                    };
                    let ends = |i: &usize| ends(i) || Some(*i) == delivery;
                    ends_col = cols.iter().any(ends);
                    cols.sort_by_key(|i| !ends(i));
                    cols.retain(|&i| Some(i) != actual_col);
                    cols
                }
                None => Vec::new(),
            }
        };
        if let ([col], true) = (date_cols.as_slice(), months.is_empty()) {
            if let Some(days) = self.yearless_days_in_order(rows, *col) {
                let section = self.plan.sections.len().saturating_sub(1);
                self.yearless_tables.push((section, days));
            }
        }
        let header = |words: &[&str]| head.iter().position(|h| header_says(h, words));
        // "Fatto?", "¿Hecho?", "Erledigt?": whether it is done, answered yes or no (the whole
        // header: "Erledigt bis" is a deadline, "Fatto da" who did it).
        let done_question = |h: &String| {
            let h = h.trim().trim_matches(['?', '¿', ' ']).to_lowercase();
            [
                "fatto",
                "hecho",
                "feito",
                "erledigt",
                "fait",
                "done",
                "klaar",
                "готово",
            ]
            .contains(&h.as_str())
        };
        let status_col = header(STATUS_HEADERS)
            .or_else(|| head.iter().position(done_question))
            .or_else(|| box_column(head, rows));
        // "| Day | Post | Type |": the kind of each row's work ("Launch", "Poll", "How-To").
        // (In a table of posts: a header names the post, its copy or its channel; not "| Date
        // | What | Type |" of a release's key dates, whose "Launch" row is the launch.)
        let of_posts = head.iter().any(|h| {
            header_says(
                h,
                &[
                    "post", "posts", "content", "copy", "caption", "channel", "platform", "draft",
                ],
            )
        });
        let kind_col = header(&["type", "kind", "format", "category"]).filter(|_| of_posts);
        // A row to tick: the table says whether it is done.
        let tickable = status_col.is_some() || actual_col.is_some();
        // (Not the date column: "Quando e chi?" holds the day, then who.)
        let owner_col = header(&[
            "owner",
            "owners",
            "who",
            "lead",
            "responsible",
            "assignee",
            "dri",
            "sorumlu",
            "chi",
            "quién",
            "quem",
            "qui",
            "wer",
            "responsabile",
            "verantwortlich",
            "ответственный",
            "负责人",
            "担当",
            "담당",
        ])
        .filter(|col| !date_cols.contains(col));
        // "| Activity | Notes |", Dutch "Opmerkingen", German "Anmerkungen": a column that
        // remarks on the row (the whole header), kept as the item's note, not its words.
        let notes_col = head
            .iter()
            .position(|h| {
                let h = h.trim().trim_matches(|c: char| !c.is_alphanumeric());
                NOTES_HEADERS.contains(&h.to_lowercase().as_str())
            })
            // (In a schedule: a gate's checks keep what their notes say in their words.)
            .filter(|col| {
                self.kind == SectionKind::Schedule
                    && !date_cols.contains(col)
                    && Some(*col) != owner_col
            });
        // The time relative to launch the headings above state ("### T-7: Assets"); in a plan
        // of the launch day itself ("# Go-Live Runbook"), a table of times of day with no date
        // is on that day.
        let heading_offset = (1..7)
            .rev()
            .find_map(|level| self.relative_by_level[level])
            .or_else(|| {
                (has_time_column(rows, None) && launch::names_launch_day(&self.plan.title))
                    .then(|| Offset::new(0, OffsetUnit::Days))
                    .flatten()
            });
        // Without a date column: an agenda ("Time | Activity") under a dated or relative day,
        // or a table of tasks ("Task | Owner | Status"), whose rows are the heading's.
        // "| Arbeitspaket | Wochen |" with "1-2", "13-19": weeks of the plan's count, from
        // its stated start.
        // Under a section or a group after the launch ("### Phase 7: After Launch (Weeks
        // 1-4)"): its weeks count from the launch.
        let after_launch = self.after_launch_here();
        let week_col = date_cols
            .is_empty()
            .then(|| {
                // (Weeks written out in a date column count from a start the plan states, not
                // under a heading that counts from the launch.)
                let from_start = self.plan.facts.sprint_start.is_some()
                    && self.relative_by_level.iter().all(Option::is_none)
                    && !after_launch;
                // (Or from the day the plan was written, when it states no start: "**Created
                // Date:** 2030-11-09" over "| Target Date |" with "Week 1-2"; the weeks that fit
                // before the launch, counted from that day at the end of the reading.)
                let facts = &self.plan.facts;
                let from_written = match (facts.sprint_start, facts.written_on, facts.launch) {
                    (None, Some(written), Some(launch))
                        if written < launch
                            && self.relative_by_level.iter().all(Option::is_none) =>
                    {
                        u32::try_from((launch - written).num_days() / 7).ok()
                    }
                    _ => None,
                };
                week_number_column(
                    head,
                    rows,
                    from_start
                        .then(|| self.weeks_of_the_plan())
                        .or(from_written)
                        // (After the launch: a quarter's weeks at most.)
                        .or(after_launch.then_some(13)),
                )
            })
            .flatten();
        // ("| Milestone | Target Date |" with "Week 9": the week is the row's date, not its
        // text; "| Week | Task |" with "Week 1" keeps it.)
        let weeks_in_a_date_column = week_col.is_some_and(|col| {
            header_says(
                &head[col],
                &["date", "dates", "when", "due", "deadline", "target"],
            )
        });
        // "| Task | Due |" with "Month 7", "Month 11" in a plan whose months count from a start
        // in a month's first week ("Months are counted from kickoff on Monday 4 January
        // 2027"): the row is due within that month of the count.
        let month_col = (date_cols.is_empty() && week_col.is_none())
            .then(|| {
                (0..head.len()).find(|&col| {
                    let cells = filled_cells(rows, col);
                    header_says(&head[col], &["due", "when", "deadline", "target"])
                        && cells.len() * 2 >= rows.len()
                        && cells.iter().all(|c| month_count_cell(c).is_some())
                })
            })
            .flatten();
        // "| Task | W1 | W2 | … | W8 |" with bars ("█", "▓", "✓") in the weeks a task runs:
        // due at the end of the last week marked, counted from the plan's start.
        let week_bars = if date_cols.is_empty() && week_col.is_none() {
            week_bar_columns(head)
        } else {
            Vec::new()
        };
        // A column of weekday names ("Mon", "Tue"): the day of the heading's week each row is on.
        let weekday_col = (0..head.len()).find(|&col| {
            let cells = filled_cells(&rows[..rows.len().min(SAMPLE_ROWS)], col);
            !cells.is_empty() && cells.iter().all(|c| weekday_named(c).is_some())
        });
        // "| Fri | Post the story |" under "### Week 3" of a month, or a week's range: the rows
        // are that week's days (the weekday is their date, not their text).
        let week_days = date_cols.is_empty()
            && weekday_col.is_some()
            && self.period_here().is_some_and(|p| match p {
                Period::Range { start, end } => (0..7).contains(&(end - start).num_days()),
                _ => false,
            });
        // "| Who | What | When |" with "Day 3", "by Day 4": days of the plan's count, each row
        // someone's task of its day (as under a header that says "Action" or "Task"), or a
        // session of a grid of weeks by weekdays (see `weekday_grid`). (Not without a column
        // of who: "| Channel | Day | Slot |" at a glance restates the plan.)
        let day_numbers = date_cols.is_empty()
            && (owner_col.is_some() || self.weekday_grid)
            && (0..head.len()).any(|col| {
                let cells = filled_cells(&rows[..rows.len().min(SAMPLE_ROWS)], col);
                cells.len() >= 2 && cells.iter().all(|c| day_number_in(c).is_some())
            });
        // "| *Groundwork Phase (January 2027 to April 2027)* | *Start Date* | … |": the first
        // header names the phase the dated rows are in, with its span; a group of its own, whose
        // span dates the rows that have no day.
        let (mut phase_month, mut phase_day) = (None, None);
        if !date_cols.is_empty() && !date_cols.contains(&0) {
            if let Some((label, period, last_month)) = self.phase_header(head) {
                phase_month = last_month;
                let parent = self.section_id();
                let id = self.id(&parent, "group", &label, line);
                // (The header kept as written, as the group's note; the span dates only the
                // rows without a date of their own, not "| Talks | 2028 |".)
                let header = head[0].trim().trim_matches(['*', '_']).trim().to_string();
                self.push_block(PlanBlock::Schedule(crate::plan::ScheduleGroup {
                    id,
                    label,
                    notes: vec![header],
                    ..Default::default()
                }));
                if let (None, Period::Range { end, .. }) = (last_month, period) {
                    phase_day = Some(end);
                }
            }
        }
        let heading_period = if date_cols.is_empty() {
            let period = self.period_here();
            let tasks = status_col.is_some()
                || header(TASK_HEADERS).is_some()
                || week_col.is_some()
                || !week_bars.is_empty()
                || week_days
                || day_numbers;
            // Under a dated or relative day, or a numbered one ("### Lunedì - Giorno 1").
            let numbered = self.day_by_level.iter().any(Option::is_some);
            let timed = has_time_column(
                rows,
                period.and_then(|p| match p {
                    Period::Day { date } => Some(chrono::Datelike::weekday(&date)),
                    _ => None,
                }),
            ) && (period.is_some() || heading_offset.is_some() || numbered);
            // "## 4. Rollback" over "| Step | Owner | Time | Status |" with "[ ]" in every
            // row: the steps taken only if the launch goes wrong, kept as written (a row ticked
            // done keeps the table read, its tick kept).
            if !tasks && !timed
                || names_steps_only(head, rows)
                || is_roster(head)
                || checks_criteria(head) && !self.under_a_gate_heading()
                || self.rollback_steps && !rows.iter().any(row_ticked)
            {
                return false;
            }
            period
        } else {
            // Rows without a date of their own take the heading's.
            self.period_here()
        };
        if !matches!(self.last_block(), Some(PlanBlock::Schedule(_))) {
            let group = self.implicit_group(line);
            self.push_block(PlanBlock::Schedule(group));
        }
        let Some(PlanBlock::Schedule(group)) = self.last_block() else {
            return false;
        };
        let group_id = group.id.clone();
        // "Blackout dates", "Holidays": each row is a time when nothing is done (a freeze among
        // them is a gate).
        let label = if group.label.is_empty() {
            title.clone()
        } else {
            group.label.to_lowercase()
        };
        let idle_rows = words_of(&label).iter().any(|w| {
            [
                "blackout",
                "blackouts",
                "holidays",
                "closures",
                "vacations",
                "absences",
                "pto",
            ]
            .contains(w)
        });
        let section = self.section_id();
        // Whether the first column of text numbers the rows ("Week | Date | Program" with 1, 2,
        // 3): a dash there marks a row outside the count (a break), not an empty name.
        let first_text_col = (0..head.len()).find(|i| {
            !date_cols.contains(i)
                && Some(*i) != status_col
                && Some(*i) != actual_col
                && Some(*i) != owner_col
        });
        let numbered_first = first_text_col.is_some_and(|col| {
            let cells: Vec<&str> = rows
                .iter()
                .filter_map(|r| r.cells.get(col).map(|c| c.trim()))
                .filter(|c| !c.is_empty() && !matches!(*c, "-" | "–" | "—"))
                .collect();
            !cells.is_empty()
                && cells
                    .iter()
                    .all(|c| c.chars().all(|ch| ch.is_ascii_digit()))
        });
        // "| Tag | Freeze Week | Merge Friday | Snapshot |": beside the row's other dates, a
        // column headed by a gate dates that gate of each row.
        let gate_cols: Vec<usize> = if date_cols.len() >= 2 {
            date_cols
                .iter()
                .copied()
                .filter(|&i| head.get(i).is_some_and(|h| is_gate(h)))
                .collect()
        } else {
            Vec::new()
        };
        let (mut items, mut decisions, mut group_notes) = (Vec::new(), Vec::new(), Vec::new());
        // The rows that name a launch: (the item's place in `items`, rank, day).
        let mut launch_rows: Vec<(usize, u8, NaiveDate)> = Vec::new();
        // "| T-0:09:00 | LD | start the poll |" over "| | CMDR | answer GO |": a row whose
        // time cell is empty goes on at the time of the row above, in a column of clock times
        // relative to the launch (a run of show; not a column of days or weeks, whose empty
        // cell is a step not scheduled).
        let mut time_above: Option<Offset> = None;
        // (Every row's task opening with a done mark: criteria met, see below.)
        let every_row_marked = rows.len() >= 2
            && rows.iter().all(|r| {
                r.cells
                    .iter()
                    .any(|c| after_a_leading_done_mark(c.trim()).is_some())
            });
        let guide = rows
            .first()
            .filter(|r| self.guides_the_columns(r, &date_cols))
            .map(|r| r.line);
        // The box column, and the line of the last row read as an item (for its text's
        // continuation rows).
        let boxes = status_col.filter(|&c| box_column(head, rows) == Some(c));
        let mut last_item_line: Option<usize> = None;
        // "| Catering |  |  |" over "| Book the caterer | 5 days before – Ana | yes |": a row
        // that only names the group of the rows under it (see `group_rows`).
        let group_lines = group_rows(head, rows);
        for row in rows {
            if Some(row.line) == guide {
                let cells: Vec<&str> = row.cells.iter().map(|c| c.trim()).collect();
                group_notes.push(cells.join(" — "));
                continue;
            }
            if group_lines.contains(&row.line) {
                let name = row.cells.first().map(String::as_str).unwrap_or_default();
                group_notes.push(name.trim().trim_matches(['*', '_']).trim().to_string());
                continue;
            }
            // A table of more rows than a plan may have entries: no need to read the rest.
            if items.len() + decisions.len() > crate::formats::json::MAX_ENTRIES {
                self.stopped_at = Some(items.len() + decisions.len());
                break;
            }
            // "| 2027.12 | 1st of December | 1st of January |": the version's month is where
            // the row's yearless dates lie.
            if let Some(month) = row
                .cells
                .iter()
                .enumerate()
                .filter(|(i, _)| !date_cols.contains(i))
                // The whole cell is the version ("2027.12", "v26.10"), not a day in text.
                .filter(|(_, c)| !c.trim().contains(char::is_whitespace))
                .find_map(|(_, c)| calendar_version_month(c))
            {
                self.context = month;
            }
            let cell = |i: Option<usize>| i.and_then(|i| row.cells.get(i)).map(String::as_str);
            let date_text = if months.len() >= 2 {
                month_cell_date(&months, row)
            } else {
                // The most precise date the row gives: a day ("Mon, Jul 20") over its week's
                // range ("Jul 20 - Jul 24") in another column; of several days ("Shadow copy |
                // Verification due | Cutover"), the last, when the row's work is done.
                let cells: Vec<&str> = date_cols
                    .iter()
                    .filter_map(|&i| cell(Some(i)))
                    .filter(|c| !c.is_empty())
                    .collect();
                let period = |c: &&str| self.find(c).and_then(Result::ok).map(|p| p.period);
                let day = |c: &&str| match period(c) {
                    Some(Period::Day { date }) => Some(date),
                    _ => None,
                };
                // (An "End" column, sorted first, is the end whatever the years its cells
                // are read in.)
                let days = cells.iter().filter(|c| day(c).is_some());
                let chosen = if ends_col {
                    cells.iter().find(|c| day(c).is_some())
                } else {
                    days.max_by_key(|c| day(c))
                };
                chosen
                    .or_else(|| cells.iter().find(|c| period(c).is_some()))
                    .or(cells.first())
                    .copied()
                    .unwrap_or_default()
                    .to_string()
            };
            let date_text = date_text.as_str();
            let due = self
                .date_in(date_text, row.line)
                .and_then(|phrase| match phrase.period {
                    Period::Day { date } => Some(date),
                    Period::Range { end, .. } => Some(end),
                    Period::Month { .. } | Period::Quarter { .. } => None,
                });
            // (A notes cell stays the row's words when nothing else names it, or when it makes
            // the row a gate: "| QA pass #2 | Sign-off required |".)
            let remark = notes_col.filter(|&col| {
                !row.cells.get(col).is_some_and(|c| is_gate(c))
                    && row.cells.iter().enumerate().any(|(i, c)| {
                        i != col
                            && !date_cols.contains(&i)
                            && Some(i) != status_col
                            && Some(i) != actual_col
                            && Some(i) != owner_col
                            && c.chars().any(char::is_alphabetic)
                    })
            });
            // "| Dan | Datum |" over "| **8** | pet 13.6. |": the day of the count the row is.
            if let (Some(date), Some(n)) = (due, day_number_cell(head, row, &date_cols)) {
                self.days_by_number.entry(n).or_insert(date);
            }
            let text_cells: Vec<usize> = row
                .cells
                .iter()
                .enumerate()
                .filter(|(i, c)| {
                    !date_cols.contains(i)
                        && Some(*i) != status_col
                        && Some(*i) != actual_col
                        && Some(*i) != owner_col
                        && Some(*i) != remark
                        && (Some(*i) != week_col
                            || week_in_cell(c).is_none()
                            || week_of_cell(c).is_none() && !weeks_in_a_date_column)
                        && !(week_days && Some(*i) == weekday_col)
                        && !week_bars.iter().any(|&(w, _)| w == *i)
                        // (A grid's session: its day is no part of its text.)
                        && !(self.weekday_grid && *i == 0)
                        && !c.is_empty()
                })
                .map(|(i, _)| i)
                .collect();
            let text = text_cells
                .iter()
                .map(|&i| row.cells[i].as_str())
                .collect::<Vec<_>>()
                .join(" — ");
            // "| 6.4 | Change the admin passwords — 3 days before launch | 0 | ⬜ |": the date
            // column is the one of words (the others a number, a share, a mark), the task too.
            let words_in = |t: &str| t.chars().filter(|c| c.is_alphabetic()).count();
            // (Words beyond its date or its time from the launch: not "week of October 4".)
            let says_a_task = |c: &str| match find_date(c, self.context) {
                Some(Ok(p)) => words_in(&c[..p.span.start]) + words_in(&c[p.span.end..]) >= 12,
                _ if relative_in(c).is_some() || signed_offset(c).is_some() => {
                    c.split_whitespace().count() >= 6
                }
                // (A cell of the column with neither: words only.)
                _ => words_in(c) >= 3,
            };
            let date_cell_is_text = words_in(&text) < 3
                && date_cols
                    .first()
                    .and_then(|&c| row.cells.get(c))
                    .is_some_and(|c| says_a_task(c));
            let text = match date_cols.first() {
                Some(&col) if date_cell_is_text => {
                    let mut cols = text_cells.clone();
                    cols.push(col);
                    cols.sort_unstable();
                    cols.iter()
                        .map(|&i| row.cells[i].as_str())
                        .collect::<Vec<_>>()
                        .join(" — ")
                }
                _ => text,
            };
            // "| ✅ Book the main hall | Facilities | Mon Sept 6 |": the row's task opens with a
            // done mark, as its bullet would, where no status column says how far it got (not a
            // lone "✅" cell before the task, a column of marks).
            // (Not where every row opens so, a table of criteria met, nor a row another cell of
            // which says it is not done: "| ✅ Move DNS | waiting |".)
            let said_open = || {
                row.cells.iter().any(|c| {
                    let lower = c.trim().to_lowercase();
                    [
                        "waiting",
                        "pending",
                        "open",
                        "in progress",
                        "to do",
                        "todo",
                        "blocked",
                        "not started",
                    ]
                    .iter()
                    .any(|w| lower.starts_with(w))
                })
            };
            let (text, opens_done) = match after_a_leading_done_mark(&text) {
                Some(rest)
                    if status_col.is_none()
                        && actual_col.is_none()
                        && !every_row_marked
                        && !said_open()
                        && rest
                            .split(" — ")
                            .next()
                            .is_some_and(|c| c.chars().any(char::is_alphabetic)) =>
                {
                    (rest.to_string(), true)
                }
                _ => (text, false),
            };
            // "| - [ ] | | Turn the consent into one form. Check whether people can |" over "| |
            // | sign it while registering. |": in a table of boxes, a row with no box, no date
            // and one cell of words going on in lower case is the text of the row above,
            // wrapped.
            // (Only under a row cut off in mid-sentence, its last word no end of one, and not a
            // step or a note of its own: "call the printer about it", "note: closed at noon".)
            let empty = |c: Option<usize>| cell(c).is_none_or(|c| c.trim().is_empty());
            let own_line = opens_with_an_imperative(&text)
                || text
                    .split_once(':')
                    .is_some_and(|(label, _)| label.split_whitespace().count() <= 2);
            if boxes.is_some_and(|c| empty(Some(c)))
                && date_text.trim().is_empty()
                && text_cells.len() == 1
                && text.starts_with(char::is_lowercase)
                && last_item_line.is_some_and(|l| l + 1 == row.line)
            {
                // (Cut off on a word no sentence ends with, "… whether people can": the row
                // below goes on with it whatever it opens with.)
                let cut_off = |a: &str| {
                    let last = a.rsplit(' ').next().unwrap_or_default().to_lowercase();
                    [
                        "can", "could", "the", "a", "an", "to", "and", "or", "of", "whether",
                        "for", "with", "that", "will", "should", "be", "is", "are", "if", "when",
                    ]
                    .contains(&last.as_str())
                };
                let above: Option<&mut Item> = items.last_mut().filter(|a: &&mut Item| {
                    let a = a.text.trim_end();
                    cut_off(a) || !own_line && !a.ends_with(['.', '!', '?', ')', ':', ';'])
                });
                if let Some(above) = above {
                    above.text = format!("{} {text}", above.text.trim_end());
                    last_item_line = Some(row.line);
                    continue;
                }
            }
            // "Device registry rewrite (*Done*)<br /> Helm chart for self-hosting": the row's
            // one cell of words lists entries of their own, each an item on the row's day.
            let peers = match text_cells.as_slice() {
                [only] => row
                    .breaks
                    .get(*only)
                    .map(|parts| {
                        parts
                            .iter()
                            .filter(|p| !p.trim().is_empty())
                            .cloned()
                            .collect::<Vec<_>>()
                    })
                    .filter(|parts| lists_entries(parts)),
                _ => None,
            };
            // Without a date column, a date in the row's words is its due date, as in the
            // bullet the row would be ("| Load test | Met | checked May 10 |"), so that the
            // Markdown export reads back the same.
            let due = due.or_else(|| date_cols.is_empty().then(|| self.due_in(&text)).flatten());
            // (And a month or a loose time, "By Week 4-6 (early to mid-Dec)", as the bullet's.)
            let loose = (date_cols.is_empty() && due.is_none())
                .then(|| {
                    self.find(&text)
                        .and_then(Result::ok)
                        .map(|p| p.period)
                        .filter(Period::is_coarse)
                        .or_else(|| self.loose_period(&text))
                })
                .flatten();
            let due = due.or(match loose {
                Some(Period::Day { date }) => Some(date),
                _ => None,
            });
            // "+24h" in the time column: a day after the launch.
            let own_time = relative_in(date_text);
            let time_cell_empty = date_text.trim().is_empty();
            if !time_cell_empty {
                time_above = own_time.filter(|o| {
                    date_text.contains(':') && (o.amount == 0 || o.unit == OffsetUnit::Hours)
                });
            }
            // "| **April-May 2031** |": the months the row's date cell gives (no time from the
            // launch its other cells mention: "Five to six months ahead" says why).
            let months = self
                .find(date_text)
                .and_then(Result::ok)
                .map(|p| p.period)
                .filter(Period::is_coarse)
                .or(loose.filter(Period::is_coarse));
            let offset = (due.is_none() && months.is_none())
                .then(|| {
                    own_time
                        .or(time_above.filter(|_| time_cell_empty))
                        // "Day of release", "On the day" in a When cell: the launch day, as
                        // the same words in a heading.
                        .or_else(|| launch_day_heading(date_text))
                        .or_else(|| row.cells.iter().find_map(|c| signed_offset(c)))
                        // As the row's bullet would be: "… from two weeks out".
                        // (Not "| Hotfix | Week 1 | Live within 48 hours |" after the launch:
                        // its Due column's week says when.)
                        .or_else(|| {
                            let week_due = after_launch
                                && weeks_in_a_date_column
                                && cell(week_col).and_then(week_in_cell).is_some();
                            relative_in(&text).filter(|_| !week_due)
                        })
                })
                .flatten();
            // (A row with no date in a phase of months: within the phase's last month.)
            let within = months.or(phase_month.filter(|_| date_text.trim().is_empty()));
            let within = within.or_else(|| {
                let n = cell(month_col).and_then(month_count_cell)?;
                self.month_of_count(n)
                    .filter(|_| due.is_none() && offset.is_none())
            });
            // "Fri" in a week's range: that Friday.
            let weekday_due = match (
                heading_period.filter(|_| week_days),
                weekday_col.and_then(|c| cell(Some(c))),
            ) {
                (Some(Period::Range { start, end }), Some(name)) => {
                    let wanted = weekday_named(name);
                    start
                        .iter_days()
                        .take_while(|d| *d <= end)
                        .find(|d| Some(chrono::Datelike::weekday(d)) == wanted)
                }
                _ => None,
            };
            // "| 2주차 | Daily batch |" in a phase that runs March 4-17: the end of the
            // phase's second week (not of the plan's).
            let row_week = cell(week_col)
                .and_then(week_in_cell)
                .or_else(|| leading_week(&text));
            let phase_week = heading_period
                .zip(row_week)
                .and_then(|(period, n)| super::week_of_period(period, n));
            let due = due
                .or(within.map(|p| p.last_day()))
                .or(phase_day.filter(|_| date_text.trim().is_empty()))
                .or(weekday_due)
                .or(phase_week)
                .or(heading_period.map(|p| p.last_day()));
            let offset = offset.or(heading_offset.filter(|_| due.is_none()));
            // "| Mon | Freeze the feature list |" under "#### Week -8": that weekday of the
            // week the heading counts back to, once the launch's weekday is known.
            let offset = match (
                offset,
                weekday_col.and_then(|c| cell(Some(c))),
                self.plan.facts.launch,
            ) {
                (Some(o), Some(name), Some(launch)) if due.is_none() => {
                    // A signed week ("Week -8") is a week of the calendar, as for a list.
                    match (self.signed_week_here(), weekday_named(name)) {
                        (Some(week), Some(weekday)) => {
                            super::weekday_in_signed_week(week, weekday, launch)
                        }
                        _ => weekday_in_week(o, name, launch),
                    }
                    .or(Some(o))
                }
                _ => offset,
            };
            // A row that only names a month ("**July 2027** |") sets the year of the rows after
            // it; a row with nothing but its date and a number is an idle week; "..." skips
            // rows. None of them is a task.
            let filled: Vec<&str> = row
                .cells
                .iter()
                .map(|c| c.trim())
                .filter(|c| c.chars().any(char::is_alphanumeric))
                .collect();
            if let [only] = filled.as_slice() {
                // The whole cell is the month ("June 2027"), not a task that names one.
                if self.find(only).and_then(Result::ok).is_some_and(|p| {
                    p.period.is_coarse() && p.span.start == 0 && p.span.end == only.len()
                }) {
                    self.date_in(only, row.line);
                    continue;
                }
            }
            // "| Tue, Mar 9 | none | Contributor summit |": a week in which nothing of the
            // plan happens; what the row says of it is kept.
            let text_cells: Vec<&str> = text.split(" — ").collect();
            // "| Day 7 | Rest / catch-up | |", Basque "Atsedena / eguneratzea": a day off in the
            // calendar, no task.
            // "| 3/29 | Hall B | 1:00-4:00 | Cancelled - come to the cleanup instead! |": a
            // session called off, kept as a note (not "Cancelled orders report", work).
            let called_off = text_cells.iter().any(|c| {
                let lower = c.trim().trim_matches(['*', '_']).to_lowercase();
                ["cancelled", "canceled", "called off"].iter().any(|w| {
                    lower.strip_prefix(w).is_some_and(|rest| {
                        rest.is_empty()
                            || rest.starts_with([' ', '-', '–', '—', ':', '!', '('])
                                && !rest.trim_start().starts_with(|c: char| c.is_alphanumeric())
                    })
                })
            });
            // "| 02/09 | Nghỉ lễ Quốc khánh | — | — |", "| May 1 | Public holiday | | |": a
            // holiday in the calendar, with nothing else in its row: no task.
            let holiday = {
                let first = text_cells
                    .first()
                    .map(|c| c.trim().trim_matches(['*', '_']))
                    .unwrap_or_default();
                let lower = first.to_lowercase();
                // (Its day and its name only: no owner, no other column filled; the word
                // alone, with an aside or with the holiday's name, "Nghỉ lễ Quốc khánh", not
                // "Holiday gift guide draft" or "Jour férié : permanence", work that day.)
                row.cells
                    .iter()
                    .filter(|c| c.chars().any(char::is_alphanumeric))
                    .count()
                    <= 2
                    && !is_gate(first)
                    && [
                        "holiday",
                        "public holiday",
                        "bank holiday",
                        "nghỉ lễ",
                        "feiertag",
                        "día festivo",
                        "jour férié",
                        "feriado",
                    ]
                    .iter()
                    .any(|w| {
                        lower.starts_with(w) && {
                            let rest = first.get(w.len()..).unwrap_or_default();
                            rest.is_empty()
                                || rest.starts_with(" (")
                                || rest
                                    .strip_prefix(' ')
                                    .is_some_and(|r| r.starts_with(char::is_uppercase))
                        }
                    })
            };
            // "| 10. Mentor Profiles | v1.2 | 1/2 | In progress |" in a progress table, after a
            // box "- [ ] **Phase 10: Mentor Profiles** - …": the row restates that box.
            let restated = status_col.is_some()
                && text_cells
                    .first()
                    .is_some_and(|name| self.restates_a_numbered_box(name));
            // (A row that floats an idea, "| 3 weeks before | Maybe ask the radio? | Noor |",
            // stays a task with its timing and owner: it is not kept as a bare note.)
            if called_off || holiday {
                group_notes.push(text.clone());
                continue;
            }
            // (What the row says is kept, with its day and its status.)
            let first = text_cells.first().copied().unwrap_or_default();
            // (A rest or a divider only with nothing else said in its row: "| Spring break |
            // Banner + email |" is a campaign, "| ---- Deploy to production ---- | … | Ops |"
            // someone's work.)
            let nothing_else = row
                .cells
                .iter()
                .skip(1)
                .filter(|c| c.trim() != date_text.trim())
                // (A count of weeks, "week 2-3", says nothing of its own.)
                .all(|c| {
                    let lower = c.to_lowercase();
                    words_of(&lower).iter().all(|w| {
                        ["week", "weeks", "wk"].contains(w) || !w.chars().any(char::is_alphabetic)
                    })
                });
            if restated
                || nothing_else
                    && (self.rests_over_days(&text_cells, date_text) || is_divider(first))
            {
                let text = if is_divider(first) {
                    text.trim_matches(|c: char| c == '-' || c.is_whitespace())
                        .to_string()
                } else {
                    text.clone()
                };
                // (A divider that names a freeze or a cut-off is that gate, on the row's day.)
                if is_divider(first) && is_gate(&text) {
                    let id = self.id(&section, "decision", &text, row.line);
                    decisions.push(DecisionPoint {
                        id,
                        date: due,
                        title: text,
                        ..Default::default()
                    });
                    continue;
                }
                let said = [
                    date_text.trim(),
                    cell(status_col).unwrap_or_default().trim(),
                ]
                .into_iter()
                .filter(|c| c.chars().any(char::is_alphanumeric))
                .collect::<Vec<_>>();
                group_notes.push(if said.is_empty() {
                    text
                } else {
                    format!("{text} ({})", said.join(", "))
                });
                continue;
            }
            let named: Vec<&&str> = text_cells
                .iter()
                .filter(|c| day_number_in(c).is_none())
                .collect();
            if let [only] = named.as_slice() {
                let first = only.split('/').next().unwrap_or_default();
                let first = first.trim().trim_matches(['*', '_']).trim().to_lowercase();
                if ["rest", "rest day", "day off", "atsedena", "atseden eguna"]
                    .contains(&first.as_str())
                {
                    group_notes.push(text.clone());
                    continue;
                }
            }
            let dash = matches!(text_cells[0].trim(), "-" | "–" | "—");
            if text_cells.len() > 1 && is_nothing(text_cells[0]) && (!dash || numbered_first) {
                group_notes.push(text_cells[1..].join(" — "));
                continue;
            }
            let number_only = text
                .chars()
                .all(|c| c.is_ascii_digit() || c.is_whitespace());
            let no_words = !text.chars().any(char::is_alphanumeric);
            if !text.is_empty() && (number_only || no_words) {
                // Not a task, but what it says is kept ("2026-03-02 — 412"); a "..." row says
                // nothing.
                if !filled.is_empty() {
                    group_notes.push(filled.join(" — "));
                }
                continue;
            }
            let text = if text.is_empty() {
                date_text.to_string()
            } else {
                text
            };
            // Bullets inside the cell ("Checkpoint<br>• tests passing"), or entries set apart by
            // middle dots ("09.03: tables done · 11.03: trading complete"): subtasks of the row.
            let mut parts: Box<dyn Iterator<Item = &str>> = match &peers {
                Some(entries) => Box::new(entries.iter().map(String::as_str)),
                None => Box::new(
                    text.split('•')
                        .flat_map(|p| p.split(" · "))
                        .map(str::trim)
                        .filter(|p| !p.is_empty()),
                ),
            };
            let Some(text) = parts.next().map(str::to_string) else {
                continue;
            };
            let subtasks: Vec<String> = parts.map(str::to_string).collect();
            for &col in &gate_cols {
                let day = cell(Some(col))
                    .and_then(|c| self.find(c))
                    .and_then(Result::ok)
                    .map(|p| p.period.first_day());
                if let Some(day) = day {
                    let title = format!("{text}: {}", head[col].trim());
                    let id = self.id(&section, "decision", &title, row.line);
                    decisions.push(DecisionPoint {
                        id,
                        date: Some(day),
                        title,
                        ..Default::default()
                    });
                }
            }
            let status = cell(status_col)
                .map(box_without_list_marker)
                .filter(|s| !s.is_empty());
            let actual = cell(actual_col).filter(|c| c.chars().any(char::is_alphanumeric));
            let actual_day = actual
                .and_then(|c| self.date_in(c, row.line))
                .and_then(|phrase| match phrase.period {
                    Period::Day { date } => Some(date),
                    Period::Range { end, .. } => Some(end),
                    _ => None,
                });
            // "| G8. Onboarding rehearsal | … | ⚠️ Amber (rehearsal moved to Mar 4) |": a row with
            // no day of its own is due on the day its status says it moved to.
            let moved_day = status
                .filter(|_| due.is_none() && actual_day.is_none())
                .and_then(moved_to)
                .and_then(|rest| match self.find(rest)?.ok()? {
                    phrase if phrase.span.start == 0 => match phrase.period {
                        Period::Day { date } => Some(date),
                        _ => None,
                    },
                    _ => None,
                });
            let due = actual_day.or(due).or(moved_day);
            let done = status.is_some_and(|s| says_done(s) || says_yes(s) || says_out(s))
                || checks_of_a_gate && status.is_some_and(says_passed)
                || actual_day.is_some()
                || actual.is_some_and(says_done)
                // "| Sign the letter of intent (done) | the venue hold expires |": the row's
                // own words end done though a notes cell follows (without a status column,
                // which says it; not another cell's "Copy (done)" or "Design review ✅").
                || status.is_none()
                    && text.split(" — ").next().is_some_and(|c| {
                        c.chars().any(char::is_alphabetic) && says_done_at_end(c)
                    })
                // ("| Week 3<br />Part B | Lab 1 (Done) |": a first cell that only labels the
                // week leaves the row's words to the cell after it, when no other work follows
                // it: "| Week 5 | Lab 3 (Done) | Essay due |" holds work not done.)
                || status.is_none()
                    && text.split(" — ").next().is_some_and(only_labels_a_week)
                    && matches!(
                        text.split(" — ").skip(1).collect::<Vec<_>>().as_slice(),
                        [c] if c.chars().any(char::is_alphabetic) && says_done_at_end(c)
                    )
                || status.is_none() && (completed || self.under_done_heading() || self.list_done)
                || opens_done;
            let mut notes = Vec::new();
            notes.extend(
                cell(owner_col)
                    .filter(|o| !o.is_empty())
                    .map(|o| format!("Owner: {o}")),
            );
            // (A dash in the cell says nothing.)
            let said = |n: &&str| n.chars().any(char::is_alphanumeric);
            notes.extend(cell(remark).filter(said).map(|n| {
                let header = remark.and_then(|col| head.get(col)).map(|h| h.trim());
                format!("{}: {n}", header.unwrap_or("Notes"))
            }));
            // "| Stand-up | Daily |" under "When", "2027-09-27 (TBC)": what a date cell says
            // besides a day (or a time from the launch) is kept.
            for &col in date_cols.iter().skip(usize::from(date_cell_is_text)) {
                let Some(value) = cell(Some(col)).filter(|v| !v.is_empty()) else {
                    continue;
                };
                let phrase = self.find(value).and_then(Result::ok);
                let more = match &phrase {
                    // ("| QA | 2031-03-12 to 14 |": two days joined name the span the row
                    // takes, which its due day alone does not keep.)
                    Some(phrase) => {
                        says_more_than_its_date(value, phrase.span.clone())
                            || super::joins_two_days(value, self.context)
                    }
                    None => {
                        relative_in(value).is_none()
                            && launch_day_heading(value).is_none()
                            && signed_offset(value).is_none()
                            && value.chars().any(char::is_alphabetic)
                            && !is_placeholder(value)
                    }
                };
                // (Nor is a day of another column lost: "| Bolts | Mar 2 | Mar 6 |" under "|
                // Part | Ordered | Delivered |" is due on delivery, and was ordered on Mar 2.)
                let other_day = value != date_text
                    && date_cols.len() >= 2
                    && phrase.is_some_and(|p| matches!(p.period, Period::Day { .. }));
                if more || other_day {
                    let header = head.get(col).map(|h| h.trim()).unwrap_or_default();
                    notes.push(if header.is_empty() {
                        value.to_string()
                    } else {
                        format!("{header}: {value}")
                    });
                }
            }
            // (An open box says nothing more than the task's own box.)
            notes.extend(
                status
                    .filter(|s| !done && !matches!(*s, "☐" | "⬜" | "🔲" | "[ ]"))
                    .map(|s| format!("Status: {s}")),
            );
            // Without a status column, a gate row or the launch's row is not one to tick (with
            // one, the launch's row says the launch's day and stays a row to tick). (Not
            // a row whose only launch is its kind: "| Fri | "Out today." | Launch |" under a
            // "Type" header is a post of the launch, to write and publish.)
            let kind_only =
                kind_col
                    .and_then(|col| cell(Some(col)))
                    .is_some_and(|kind| {
                        launch::names_launch(kind).is_some()
                            && row.cells.iter().enumerate().all(|(i, c)| {
                                Some(i) == kind_col || launch::names_launch(c).is_none()
                            })
                    });
            let launch_row = (!kind_only)
                .then(|| launch::names_launch(&text).zip(due))
                .flatten();
            if idle_rows && !is_gate(&text) {
                group_notes.push(format!("{text} ({date_text})"));
                continue;
            }
            if !tickable && row_names_a_gate(&text) {
                // A freeze over a span of days starts on its first (a checkpoint in a week is
                // due by its end).
                let freeze = words_of(&text.to_lowercase()).contains(&"freeze");
                // "| Code Freeze | Thu, Jan 21 | Tue, Jan 26 |" under "| Phase | Start | End |":
                // the freeze window starts on its start column's day.
                let start_day = || {
                    let col = date_cols
                        .iter()
                        .copied()
                        .find(|&i| head.get(i).is_some_and(|h| header_says(h, START_HEADERS)))?;
                    match self.find(cell(Some(col))?).and_then(Result::ok)?.period {
                        Period::Day { date } => Some(date),
                        _ => None,
                    }
                };
                let due = match self.find(date_text).and_then(Result::ok).map(|p| p.period) {
                    Some(Period::Range { start, .. }) if freeze => Some(start),
                    _ if freeze && ends_col => start_day().or(due),
                    _ => due,
                };
                let id = self.id(&section, "decision", &text, row.line);
                if let (None, Some(offset)) = (due, offset) {
                    self.relative_gates.push((id.clone(), offset));
                }
                // "| M4: Go/No-Go | Week 11 |": the end of that week of the plan's count; a
                // freeze over "Weeks 11-12" from the first day of its first.
                let weeks = cell(week_col).and_then(|c| {
                    week_label_cell(c).or_else(|| week_in_cell(c).map(|last| (last, last)))
                });
                if let (None, None, Some((first, last))) = (due, offset, weeks) {
                    let day = if freeze {
                        (first - 1) * 7 + 1
                    } else {
                        last * 7
                    };
                    self.numbered_days.push((id.clone(), day));
                } else if due.is_none() && offset.is_none() {
                    // "| 1.9 | Go/no-go on the first episode |" under "## Phase 1 (Weeks
                    // 1-2)": the day of the count the headings name, as a row of work's.
                    match row.cells.first().filter(|_| self.weekday_grid) {
                        Some(day) => self.count_the_day(&id, day),
                        None => self.count_the_day(&id, &text),
                    }
                }
                decisions.push(DecisionPoint {
                    id,
                    date: due,
                    title: text,
                    notes,
                    ..Default::default()
                });
            } else {
                if let Some((rank, date)) = launch_row {
                    launch_rows.push((items.len(), rank, date));
                }
                let id = self.id(&group_id, "item", &text, row.line);
                // Under "## Beta Phase (Days 31-45)": that day of the plan's count.
                let week = cell(week_col).and_then(week_in_cell).or_else(|| {
                    week_bars
                        .iter()
                        .filter(|&&(col, _)| cell(Some(col)).is_some_and(is_bar_mark))
                        .map(|&(_, n)| n)
                        .max()
                });
                // "| Set up the stall profile | Kestrel | Today |" under "By When": the day
                // the plan was written.
                let due = due.or_else(|| {
                    (offset.is_none() && week.is_none())
                        .then(|| self.day_said_today(head, &row.cells))
                        .flatten()
                });
                if let (None, None, Some(week)) = (due, offset, week) {
                    self.numbered_days.push((id.clone(), week * 7));
                    // "| Hotfix | Week 1 |" under "### After Launch (Weeks 1-4)": that week
                    // after the launch (see `date_day_numbers`).
                    if after_launch {
                        self.launch_days.push((id.clone(), week * 7, true, true));
                    }
                    // (Not a "Week 3" cell the row's text keeps.)
                    let kept = cell(week_col)
                        .is_some_and(|c| week_label_cell(c).is_some() && text.contains(c.trim()));
                    if let Some(col) = week_col.filter(|_| !kept) {
                        notes.push(format!(
                            "{}: {}",
                            head[col].trim(),
                            cell(Some(col)).unwrap_or_default().trim()
                        ));
                    }
                } else if due.is_none() && offset.is_none() {
                    // As the same row written as a bullet would be ("Go/no-go on IRC the
                    // Friday evening before the release": that weekday before the launch).
                    match row.cells.first().filter(|_| self.weekday_grid) {
                        Some(day) => self.count_the_day(&id, day),
                        None => self.count_the_day(&id, &text),
                    }
                    if let Some((weekday, sign)) = weekday_from_launch(&text) {
                        self.weekday_items.push((id.clone(), weekday, sign));
                    }
                }
                // A row of a table without a status column is a plain line, as a bullet without
                // a box is: the one that states the launch is its line (see
                // `launch_line_to_note`; not a post whose only launch is its kind).
                if !tickable && !kind_only {
                    self.plain_items.insert(id.clone());
                }
                items.push(Item {
                    id,
                    text,
                    done,
                    due,
                    within,
                    offset,
                    notes,
                    modified: Stamp::UNKNOWN,
                });
                last_item_line = Some(row.line);
            }
            // "| **Migration** | Day 0-150 | … | • First email<br>• Office hours |": the row's
            // day of the count is its entries' too.
            let row_day = items.last().and_then(|row: &Item| {
                self.numbered_days
                    .last()
                    .filter(|(id, _)| *id == row.id)
                    .map(|&(_, n)| n)
            });
            for sub in subtasks {
                let id = self.id(&group_id, "item", &sub, row.line);
                // "11.03: Handel feature-complete": an entry with a day of its own.
                let own = self.due_in(&sub);
                if let (None, None, None, Some(n)) = (own, due, offset, row_day) {
                    self.numbered_days.push((id.clone(), n));
                }
                // An entry of its own is done by its own words ("(*Done*)"), as the row's first.
                // (A status column, or an actual day, says it for every entry of the row.)
                let done = peers.is_some()
                    && if status.is_some() || actual_day.is_some() {
                        done
                    } else {
                        says_done_at_end(&sub) || completed || self.under_done_heading()
                    };
                items.push(Item {
                    id,
                    text: sub,
                    done,
                    due: own.or(due),
                    within: within.filter(|_| own.is_none()),
                    offset: offset.filter(|_| own.is_none()),
                    notes: Vec::new(),
                    modified: Stamp::UNKNOWN,
                });
            }
        }
        // The launch's row is the plan's launch line, kept as a note; so is every other row
        // that names a launch, but a part's release before the product's ("GeoWeave-core
        // release 3.4" over "GeoWeave release 3.4"), which is work toward it.
        let texts: Vec<&str> = launch_rows
            .iter()
            .map(|&(at, ..)| items[at].text.as_str())
            .collect();
        let ranked: Vec<(u8, &str)> = launch_rows
            .iter()
            .zip(&texts)
            .map(|(&(_, rank, _), t)| (rank, *t))
            .collect();
        if let Some(best) = launch::launch_among(&ranked) {
            let (_, rank, date) = launch_rows[best];
            if self.launch_heading.is_none_or(|(b, _)| rank > b) {
                self.launch_heading = Some((rank, date));
            }
            let whole = texts[best];
            let parts: Vec<bool> = texts.iter().map(|t| launch::is_part_of(t, whole)).collect();
            // (One pass: a table of many releases is read in time linear in its rows.)
            let mut noted = vec![false; items.len()];
            for (&(at, _, date), part) in launch_rows.iter().zip(parts) {
                if !part && !tickable {
                    noted[at] = true;
                    group_notes.push(format!("{} ({})", items[at].text, format_day(date, true)));
                }
            }
            let mut at = 0;
            items.retain(|_| {
                at += 1;
                !noted[at - 1]
            });
        }
        if let Some(PlanBlock::Schedule(group)) = self.last_block() {
            group.items.extend(items);
            group.notes.extend(group_notes);
        }
        for decision in decisions {
            self.push_block(PlanBlock::Decision(decision));
        }
        true
    }
}

/// Whether a table row is a gate: its text names one ([`is_gate`]). In a row of several cells,
/// only its name (its first cell of words, after a code such as "E1.3" or "C-5" or a role's
/// initials), or another cell that names no more than a thing ("| Design | 2 weeks | Design
/// sign-off |"), does: an approval told in a description ("| ✔ Concept Design | 4 weeks |
/// Horseshoe desk layout approved by the editors |") or listed among the work ("| Thesis text |
/// 11-16 | Writing, corrections, approval |") is what the work ends in, and the row stays a
/// task. (The row's text joins its cells with " — ".)
fn row_names_a_gate(text: &str) -> bool {
    // (Only ever fewer gates: a row whose text as a whole names none stays work, "| 3 | Decide
    // the ceremony style | … |" included, as its export reads back.)
    if !is_gate(text) {
        return false;
    }
    let parts: Vec<&str> = text.split(" — ").map(str::trim).collect();
    // (A name: a word of three letters or two words, not a code, a number or a role's
    // initials, "E1.3", "C-5", "11–16", "E", "FD"; "Backend" and "M4: Go/No-Go" are.)
    let worded = |p: &str| {
        let lower = p.to_lowercase();
        words_of(&lower)
            .iter()
            .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
            || p.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count()
                >= 2
    };
    let Some(at) = parts.iter().position(|p| worded(p)) else {
        return is_gate(text);
    };
    let rest = &parts[at + 1..];
    if rest.is_empty() {
        return is_gate(text);
    }
    // (Not a list or a sentence: "Writing, corrections, approval", "Approved. Ship it"; a
    // version's dot is no stop, "26.08 libraries freeze".)
    let names_a_thing = |c: &str| {
        !c.contains([',', ';'])
            && !c.contains(". ")
            && !c.ends_with('.')
            && c.split_whitespace().count() <= 5
    };
    // (A name that is only a time or a stage, "Week 6", "Milestone 3", "Phase 2", "12 May",
    // leaves the row's description its name: "| Milestone 3 | … | Steering committee approves
    // the final budget |" is a gate, as it was before this rule.)
    if stage_label_only(parts[at]) {
        return rest.first().is_some_and(|c| is_gate(c)) || is_gate(parts[at]);
    }
    // (A go/no-go, a freeze or a sign-off named in a description is the gate whatever its
    // length: "Go/no-go meeting with the steering board and the sponsors".)
    let decisive = |c: &str| {
        let lower = c.to_lowercase();
        [
            "go/no-go",
            "go/no go",
            "go-no-go",
            "no-go",
            "freeze",
            "sign-off",
            "signoff",
            "sign off",
            "signs off",
            "signed off",
        ]
        .iter()
        .any(|w| lower.contains(w))
    };
    is_gate(parts[at])
        || rest
            .iter()
            .any(|c| is_gate(c) && (names_a_thing(c) || decisive(c)))
}

/// Whether a table row's name is only a time or a stage label: "Week 6", "Milestone 3", "Phase
/// 2", "12 May 2031", "3" (not "Design phase", "Milestone review", nor a bare "Stage").
fn stage_label_only(name: &str) -> bool {
    const LABELS: &[&str] = &[
        "week",
        "wk",
        "milestone",
        "stage",
        "phase",
        "sprint",
        "step",
        "day",
        "month",
        "m",
        "w",
        "q1",
        "q2",
        "q3",
        "q4",
        "no",
    ];
    let lower = name.to_lowercase();
    let words = words_of(&lower);
    let roman = |w: &str| w.chars().all(|c| "ivx".contains(c));
    // (A label word with its number or its date: a bare "Stage" may be the stage being built.)
    !words.is_empty()
        && words
            .iter()
            .any(|w| w.chars().any(|c| c.is_ascii_digit()) || month_named(w).is_some())
        && words.iter().all(|w| {
            w.chars().all(|c| c.is_ascii_digit())
                || LABELS.contains(w)
                || month_named(w).is_some()
                || weekday_named(w).is_some()
                || roman(w)
                || w.trim_end_matches(|c: char| c.is_ascii_digit()).len() <= 2
                    && w.chars().any(|c| c.is_ascii_digit())
        })
}

impl PlanReader {
    /// Whether a table row's name numbers and names a box listed before it: "10. Mentor
    /// Profiles" or "10.1 Mentor Vetting" after "- [ ] **Phase 10: Mentor Profiles** - Mentors
    /// describe …" or "- [ ] **Phase 10.1: Mentor Vetting (INSERTED)** - …" (the same number
    /// after a one-word label, the same name before the dash or an aside).
    fn restates_a_numbered_box(&self, name: &str) -> bool {
        let name = name.trim().trim_matches(['*', '_']).trim();
        let digits = name
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(name.len());
        let number = name[..digits].trim_end_matches('.');
        let rest = name[digits..].trim().to_lowercase();
        if number.is_empty() || number.starts_with('.') || words_of(&rest).is_empty() {
            return false;
        }
        self.plan
            .schedule_items()
            .filter(|i| !self.plain_items.contains(&i.id))
            .any(|i| {
                let Some((label, after)) = i.text.split_once(':') else {
                    return false;
                };
                let named = after
                    .split(" - ")
                    .next()
                    .and_then(|n| n.split(" — ").next())
                    .and_then(|n| n.split('(').next())
                    .unwrap_or_default()
                    .trim()
                    .to_lowercase();
                matches!(label.split_whitespace().collect::<Vec<_>>().as_slice(),
                    [word, n] if word.chars().all(char::is_alphabetic) && *n == number)
                    && named == rest
            })
    }

    /// Whether a dated row is a stretch of days when the plan rests, nobody's work: "| Holiday
    /// quiet period | - | 24th December - 3rd January |", "| Conference idle week | - | 22nd -
    /// 25th March |", "| Winter break | | Dec 23 - Jan 2 |". Its name is a few words ending in a
    /// break, or in a period or week said to be quiet or idle, and its date cell a span of days.
    /// (Not "Holiday campaign week", work, nor a quiet period on one day.)
    fn rests_over_days(&self, text_cells: &[&str], date_text: &str) -> bool {
        let Some(name) = text_cells.first() else {
            return false;
        };
        let lower = name.trim().trim_matches(['*', '_']).trim().to_lowercase();
        let words = words_of(&lower);
        let rests = match words.as_slice() {
            [.., "break"] => true,
            [.., "period" | "week" | "weeks"] => words
                .iter()
                .any(|w| ["quiet", "idle", "rest", "dead"].contains(w)),
            _ => false,
        };
        let span = self
            .find(date_text)
            .and_then(Result::ok)
            .is_some_and(|p| matches!(p.period, Period::Range { start, end } if start < end));
        rests && (2..=4).contains(&words.len()) && !is_gate(name) && span
    }

    /// The phase a table's first header names with its span, "*Groundwork Phase (January 2027
    /// to April 2027)*": its name and span (a span of days or months, not one day).
    /// ("January 2027 to April 2027": the two months and what lies between.)
    fn phase_header(&mut self, head: &[String]) -> Option<(String, Period, Option<Period>)> {
        let cell = head.first()?.trim().trim_matches(['*', '_']).trim();
        let phrase = self.find(cell)?.ok()?;
        let name = cell[..phrase.span.start]
            .trim_end()
            .trim_end_matches(['(', ':', '-', ','])
            .trim();
        let words = words_of(&name.to_lowercase()).len();
        let rest = cell[phrase.span.end..].trim_start();
        let until = ["to ", "until ", "through ", "- ", "\u{2013} "]
            .iter()
            .find_map(|w| rest.strip_prefix(w))
            .and_then(|after| self.find(after)?.ok().filter(|p| p.span.start == 0));
        let (period, last_month) = match (phrase.period, until.map(|p| p.period)) {
            (Period::Month { .. }, Some(end @ Period::Month { .. })) => (
                Period::Range {
                    start: phrase.period.first_day(),
                    end: end.last_day(),
                },
                Some(end),
            ),
            (Period::Range { .. }, None) => (phrase.period, None),
            _ => return None,
        };
        (1..=6)
            .contains(&words)
            .then(|| (name.to_string(), period, last_month))
    }

    /// A roadmap of periods as columns ("| Working group | 1Q 2027 | 2Q 2027 | … |", an HTML
    /// table with a list in each cell): each entry of a cell is a task due within its column's
    /// quarter or month (a day or month of its own, "(June)", "(4 March)", beats it), done when
    /// it opens with ✅; each row with a name of its own ("Steering WG") a group. False when two
    /// or more headers are not periods with their year.
    fn period_columns(&mut self, head: &[String], rows: &[blocks::TableRow]) -> bool {
        if self.kind != SectionKind::Schedule || rows.is_empty() {
            return false;
        }
        let periods: Vec<Option<Period>> = head
            .iter()
            .map(|h| {
                let h = h.trim();
                let phrase = self.find(h)?.ok()?;
                let whole = phrase.span.start == 0 && phrase.span.end == h.len();
                (whole && phrase.year_written && phrase.period.is_coarse()).then_some(phrase.period)
            })
            .collect();
        let columns = periods.iter().filter(|p| p.is_some()).count();
        if columns < 2 || columns + 1 < head.len() {
            return false;
        }
        // The cells hold work, not marks ("🟩", "Tue 19"): words in most filled cells.
        let filled: Vec<&str> = rows
            .iter()
            .flat_map(|r| {
                r.cells
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| periods.get(*i).copied().flatten().is_some())
                    .map(|(_, c)| c.trim())
            })
            .filter(|c| !c.is_empty())
            .collect();
        // Not figures or states ("10k users", "$40k", "On track", "Green"): a table of metrics
        // or of status by quarter stays a table.
        let work = |c: &&str| {
            c.chars().filter(|ch| ch.is_alphabetic()).count() >= 3
                && !c.starts_with(|ch: char| ch.is_ascii_digit() || "$€£¥<>≤≥~+-".contains(ch))
                && !opens_with_word(c, STATUS_WORDS)
        };
        let worded = filled.iter().filter(|c| work(c)).count();
        if filled.is_empty() || worded * 2 < filled.len() {
            return false;
        }
        if head.first().is_some_and(|h| {
            header_says(
                h,
                &[
                    "metric", "metrics", "kpi", "kpis", "target", "targets", "goal", "goals",
                    "status",
                ],
            )
        }) {
            return false;
        }
        let name_col = (0..head.len()).find(|&i| periods[i].is_none());
        let parent = self.section_id();
        let saved_context = self.context;
        for row in rows {
            let label = name_col
                .and_then(|i| row.cells.get(i))
                .map(|c| c.trim().to_string())
                .unwrap_or_default();
            let mut group = crate::plan::ScheduleGroup {
                id: self.id(&parent, "group", &label, row.line),
                label,
                ..Default::default()
            };
            for (i, cell) in row.cells.iter().enumerate() {
                let Some(period) = periods.get(i).copied().flatten() else {
                    continue;
                };
                self.context = period.first_day();
                for entry in cell.split('•').map(str::trim).filter(|e| !e.is_empty()) {
                    // Its done mark as a bullet's ("✅ Yearly review", "~~struck~~" aside).
                    let (text, done) = done_state(&blocks::ListItem {
                        text: entry.to_string(),
                        ..Default::default()
                    });
                    if text.is_empty() {
                        continue;
                    }
                    // "BAU" (business as usual), "TBD", "n/a", "—": a filler, kept as a note.
                    let filler = ["bau", "tbd", "tba", "n/a", "none"]
                        .contains(&text.trim_end_matches('.').to_lowercase().as_str())
                        || !text.chars().any(char::is_alphanumeric);
                    if filler {
                        if !group.notes.contains(&text) {
                            group.notes.push(text);
                        }
                        continue;
                    }
                    // Its own day or month, within the column's year ("(June)", "(Sept)").
                    let own = self
                        .find(&text)
                        .and_then(Result::ok)
                        .map(|p| p.period)
                        .or_else(|| {
                            let (_, aside) = text.rsplit_once('(')?;
                            let aside =
                                aside.trim_end_matches(|c: char| c == '*' || c.is_whitespace());
                            let month = month_named(aside.strip_suffix(')')?.trim())?;
                            let year = chrono::Datelike::year(&period.first_day());
                            let month = Period::Month { year, month };
                            (month.first_day() >= period.first_day()
                                && month.last_day() <= period.last_day())
                            .then_some(month)
                        });
                    let (due, within) = match own {
                        Some(Period::Day { date }) => (Some(date), None),
                        Some(Period::Range { end, .. }) => (Some(end), None),
                        Some(p) => (Some(p.last_day()), Some(p)),
                        None => (Some(period.last_day()), Some(period)),
                    };
                    let id = self.id(&group.id, "item", &text, row.line);
                    group.items.push(Item {
                        id,
                        text,
                        done,
                        due,
                        within,
                        offset: None,
                        notes: Vec::new(),
                        modified: Stamp::UNKNOWN,
                    });
                }
            }
            self.context = saved_context;
            if !group.items.is_empty() || !group.notes.is_empty() {
                self.sealed_group = Some(group.id.clone());
                self.push_block(PlanBlock::Schedule(group));
            }
        }
        self.context = saved_context;
        true
    }

    /// Reads a table of two columns whose rows are the plan's fields ("| **Go-Live** |
    /// 10.08.2027 |"), as "Key: value" lines; true when a row was one (the table is then kept
    /// as written, and its other rows are notes).
    fn field_table(&mut self, head: &[String], rows: &[blocks::TableRow]) -> bool {
        // The second column says it holds values; "| Event | Date |" is a schedule.
        let values = [
            "value",
            "values",
            "wert",
            "werte",
            "valor",
            "valeur",
            "valore",
            "waarde",
            "details",
            "verdi",
            "værdi",
            "värde",
            "arvo",
            "wartość",
            "hodnota",
            "değer",
            // Georgian, Russian, Ukrainian, Bulgarian: value.
            "მნიშვნელობა",
            "значение",
            "значення",
            "стойност",
        ];
        if head.len() != 2 || !header_says(&head[1], &values) {
            return false;
        }
        let key = |c: &str| c.replace(['*', '_'], "").trim().to_string();
        let fields: Vec<(String, String, usize)> = rows
            .iter()
            .filter_map(|r| match r.cells.as_slice() {
                [k, v] => Some((key(k), v.replace(['*', '_'], "").trim().to_string(), r.line)),
                _ => None,
            })
            .filter(|(k, _, _)| Fact::named(k).is_some_and(|f| f != Fact::Countdown))
            .collect();
        // A table of key days, "| Code freeze | 2030-03-01 |" among "| Start | … |", is a
        // schedule too: its rows of a day are entries ("| Pre-study | August-September 2027 |"
        // is a field of a plan's phases).
        let dated_rows = rows
            .iter()
            .filter(|r| match r.cells.as_slice() {
                [k, v] => {
                    Fact::named(&key(k)).is_none()
                        && self
                            .find(v)
                            .and_then(Result::ok)
                            .is_some_and(|p| matches!(p.period, Period::Day { .. }))
                }
                _ => false,
            })
            .count();
        if fields.is_empty() {
            return false;
        }
        for (k, v, line) in fields {
            self.fact(&format!("{k}: {v}"), line);
        }
        // (Its facts read, a table of key days is read as a schedule too.)
        dated_rows == 0
    }
}

/// Whether a table's first text cell says that nothing happens in its row: "none", "n/a",
/// "no release", or a dash where other rows number their week.
/// Whether a row's name is set between runs of dashes, "----- **Loomdash 14.2 cut-off** -----":
/// a divider between the rows before and after it (the day another team cuts off), not work.
fn is_divider(name: &str) -> bool {
    let name = name.trim();
    let dashes = |s: &str| s.chars().take_while(|c| *c == '-').count();
    let inner = name.trim_matches('-').trim();
    dashes(name) >= 3
        && name.chars().rev().take_while(|c| *c == '-').count() >= 3
        && inner.chars().any(char::is_alphanumeric)
}

fn is_nothing(cell: &str) -> bool {
    let cell = cell.trim().to_lowercase();
    [
        "none",
        "n/a",
        "no release",
        "nothing",
        "no build",
        "skip",
        "skipped",
        "-",
        "–",
        "—",
    ]
    .contains(&cell.as_str())
}

/// The column of a table that holds its dates: the one with the most cells that read as a date
/// or a time relative to launch ("D-14", "T+3"), in at least half the rows (a third when its
/// header says so: Date, When, Deadline, Due, Day, Week), the header breaking a tie. None when
/// no column does.
fn date_column(head: &[String], rows: &[blocks::TableRow], context: NaiveDate) -> Option<usize> {
    // The first rows decide: a table of thousands of rows is read in one pass after this.
    let rows = &rows[..rows.len().min(SAMPLE_ROWS)];
    let columns = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let named = |i: usize| {
        head.get(i).is_some_and(|h| {
            header_says(
                h,
                &[
                    "date",
                    "dates",
                    "when",
                    "deadline",
                    "due",
                    "day",
                    "week",
                    "fecha",
                    "datum",
                    "termin",
                    "frist",
                    "dato",
                    "data",
                    "échéance",
                    "wanneer",
                    "quando",
                    "cuándo",
                    "quand",
                    "wann",
                    "когда",
                    "tarih",
                    "дата",
                    "срок",
                    "日期",
                    "日付",
                    "期日",
                    "날짜",
                    "일정",
                    // Basque "Eguna" (the day).
                    "eguna",
                ],
            )
        })
    };
    (0..columns)
        .map(|i| {
            // One reading of each cell: whether it holds a date, and whether it is a date and
            // little more ("01.03 – 07.03", not "09.03: tables done · 11.03: trading complete").
            // Cells that hold a date's place ("TBD", "XXX") count neither way.
            let (mut dated, mut bare, mut placeholders) = (0, 0, 0);
            let blank_no = says_no_for_a_day(rows, i);
            for cell in rows.iter().filter_map(|r| r.cells.get(i)) {
                if is_placeholder(cell) || blank_no && says_no(cell) {
                    placeholders += 1;
                    continue;
                }
                match find_date(cell, context) {
                    Some(Ok(p)) => {
                        dated += 1;
                        let outside = cell[..p.span.start]
                            .chars()
                            .chain(cell[p.span.end..].chars());
                        if outside.filter(|ch| ch.is_alphabetic()).count() <= 3 {
                            bare += 1;
                        }
                    }
                    _ if relative_in(cell).is_some() || signed_offset(cell).is_some() => {
                        dated += 1;
                        // ("2 weeks before launch", not a task that ends with its time: "Change
                        // the admin passwords — 3 days before the launch".)
                        if cell.split_whitespace().count() <= 5 {
                            bare += 1;
                        }
                    }
                    _ => {}
                }
            }
            let rows = rows.len() - placeholders.min(rows.len() / 2);
            (i, dated, named(i), bare * 2 >= dated, rows)
        })
        .filter(|&(_, dated, named, _, rows)| {
            dated > 0 && (dated * 2 >= rows || named && dated * 3 >= rows)
        })
        .max_by_key(|&(i, dated, named, bare, _)| (dated, bare, named, std::cmp::Reverse(i)))
        .map(|(i, _, _, _, _)| i)
        .or_else(|| shared_date_columns(rows, context).first().copied())
}

/// Whether a cell only says no ("No", "None", "Never"): in a column of days, no day for that
/// row (a planting table's "| Cabbage | August 22nd | No | No |": started indoors, not sown
/// outdoors).
fn says_no(cell: &str) -> bool {
    let cell = cell
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    ["no", "none", "never", "nein", "non", "nee", "nej", "nei"].contains(&cell.as_str())
}

/// Whether a column's "No" cells hold a day's place: the column holds days and "No", never a
/// yes ("| Shipped? | No | Yes (May 3) |" is an answer column).
fn says_no_for_a_day(rows: &[blocks::TableRow], col: usize) -> bool {
    let cells = || rows.iter().filter_map(|r| r.cells.get(col));
    cells().any(|c| says_no(c)) && !cells().any(|c| says_yes(c))
}
/// "| Plant | Start indoors | Transplant | Sow outdoors |" over "| Melons | No | No | August
/// 18th |" and "| Peppers | No | August 27th | No |": the table's dates shared among columns
/// that each hold a date and otherwise only say no ("No", "None", "-", or nothing), every row
/// dated in one of them at least; the column of the most dates first. Empty when no two
/// columns share the dates so, or when a row dates in none of them.
fn shared_date_columns(rows: &[blocks::TableRow], context: NaiveDate) -> Vec<usize> {
    let rows = &rows[..rows.len().min(SAMPLE_ROWS)];
    if rows.len() < 3 {
        return Vec::new();
    }
    let says_no = |c: &str| {
        let c = c.trim().trim_matches(['*', '_']).trim();
        c.is_empty()
            || is_nothing(c)
            || is_placeholder(c)
            || NO_WORDS.contains(&c.to_lowercase().as_str())
    };
    let dates = |c: &str| {
        matches!(find_date(c, context), Some(Ok(p)) if c[..p.span.start]
            .chars()
            .chain(c[p.span.end..].chars())
            .filter(|ch| ch.is_alphanumeric())
            .count()
            <= 3)
    };
    let columns = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let mut cols: Vec<(usize, usize)> = (1..columns)
        .filter_map(|i| {
            let cells: Vec<&str> = rows
                .iter()
                .map(|r| r.cells.get(i).map_or("", String::as_str))
                .collect();
            let dated = cells.iter().filter(|c| dates(c)).count();
            (dated > 0 && cells.iter().all(|c| dates(c) || says_no(c))
                // (Some cell says no in words: not a column of days left empty.)
                && cells.iter().any(|c| !c.trim().is_empty() && !dates(c)))
            .then_some((i, dated))
        })
        .collect();
    let every_row = rows.iter().all(|r| {
        cols.iter()
            .any(|&(i, _)| r.cells.get(i).is_some_and(|c| dates(c)))
    });
    if cols.len() < 2 || !every_row {
        return Vec::new();
    }
    cols.sort_by_key(|&(i, dated)| (std::cmp::Reverse(dated), i));
    cols.into_iter().map(|(i, _)| i).collect()
}

/// A cell that says the row has no date in its column: "No", Spanish and Italian "No",
/// German "Nein", French "Non", Dutch "Nee", Portuguese "Não".
const NO_WORDS: &[&str] = &[
    "no", "nein", "non", "nee", "não", "nao", "nej", "nei", "ei", "nie", "нет",
];

/// The rows of a table whose column names each row's day as a weekday and a week number
/// counted from the launch's week, week 1 ("L1", "Mi2", "V12" in a Romanian content calendar,
/// "Mon3"), each such cell written out as its day ("2027-09-06"). The weekday a word the date
/// reader knows ("Mon", "Tue") or the letters of the Romanian days (L, Ma or M, Mi, J, V, S, D:
/// only when a column uses three of them or more, one of them L, Mi, J or V). None when no
/// column headed as the day ("Zi", "Day", "When"), of three filled cells or more, is all such
/// codes.
/// The number of the day a row is in a count the table keeps in its first column, headed as
/// the day ("| Day | Date |", Croatian "Dan", German "Tag", Spanish "Día") and holding only the
/// number ("8", "**8**"); not one of the date columns.
fn day_number_cell(head: &[String], row: &blocks::TableRow, date_cols: &[usize]) -> Option<u32> {
    if date_cols.contains(&0) {
        return None;
    }
    let header = head.first()?.trim().trim_matches('*').trim().to_lowercase();
    if ![
        "day", "dan", "tag", "día", "dia", "jour", "dag", "den", "dzień", "päev",
    ]
    .contains(&header.as_str())
    {
        return None;
    }
    let cell = row.cells.first()?.trim().trim_matches('*').trim();
    cell.parse().ok().filter(|n| *n <= 400)
}

/// The days a cell of a phase's length gives, the longest of a range: "1 day", "1-2 days",
/// "2–3 weeks", Indonesian and Malay "2-3 hari", "1 minggu"; and the words after it ("1 week
/// after the launch"). None for months, hours or anything else.
fn length_in_days(cell: &str) -> Option<(i64, String)> {
    let lower = cell.trim().trim_matches('*').trim().to_lowercase();
    let (count, rest) = lower.split_once(' ')?;
    let most = count.rsplit(['-', '–']).next()?;
    let n: i64 = most.parse().ok().filter(|n| (1..=60).contains(n))?;
    let (unit, after) = rest.trim().split_once(' ').unwrap_or((rest.trim(), ""));
    let days = match relative_unit(unit) {
        Some(OffsetUnit::Days) => 1,
        Some(OffsetUnit::Weeks) => 7,
        Some(_) => return None,
        None => match unit {
            "hari" => 1,
            "minggu" | "pekan" => 7,
            _ => return None,
        },
    };
    Some((n * days, after.trim().to_string()))
}

/// "| Tahap | Lama | Hasil |" over "| Siapkan rilis | 1 hari | … |", "| Public Launch | 1 hari |
/// … |", "| Pantauan ketat | 2-3 hari | … |": a table of phases with no day but each one's
/// length, one row (only one) naming the launch. The phases run back to back: the launch's
/// ends on the launch day, those before it end where the next one starts, those after it
/// start the day after the one before; a length said to count from the launch ("1 week after
/// the launch") counts from it. The length column, each cell written out as its phase's last
/// day.
fn chained_lengths(
    head: &[String],
    rows: &[blocks::TableRow],
    launch: NaiveDate,
) -> Option<(usize, Vec<blocks::TableRow>)> {
    if rows.len() < 3 {
        return None;
    }
    let col = (0..head.len()).find(|&col| {
        rows.iter().all(|r| {
            r.cells
                .get(col)
                .is_some_and(|c| length_in_days(c).is_some())
        })
    })?;
    // The phase named in another cell of the row: the launch, ranked over lesser ones ("Internal
    // Launch (Soft Launch)" is one of them).
    let launches: Vec<usize> = (0..rows.len())
        .filter(|&i| {
            rows[i].cells.iter().enumerate().any(|(c, cell)| {
                c != col && launch::names_launch(cell).is_some_and(|rank| rank >= 3)
            })
        })
        .collect();
    let [at] = launches.as_slice() else {
        return None;
    };
    let lengths: Vec<(i64, String)> = rows
        .iter()
        .filter_map(|r| length_in_days(&r.cells[col]))
        .collect();
    // ("1 minggu setelah peluncuran": the launch named by its word alone.)
    let from_launch = |rest: &str| {
        launch::names_launch(rest).is_some()
            || words_of(rest)
                .iter()
                .any(|w| launch::only_names_the_launch(w))
    };
    let mut ends = vec![launch; rows.len()];
    let mut start = launch - chrono::Duration::days(lengths[*at].0 - 1);
    for i in (0..*at).rev() {
        let (days, rest) = &lengths[i];
        ends[i] = if from_launch(rest) {
            launch - chrono::Duration::days(*days)
        } else {
            start - chrono::Duration::days(1)
        };
        start = ends[i] - chrono::Duration::days(days - 1);
    }
    let mut end = launch;
    for i in at + 1..rows.len() {
        let (days, rest) = &lengths[i];
        ends[i] = if from_launch(rest) {
            launch + chrono::Duration::days(*days)
        } else {
            end + chrono::Duration::days(*days)
        };
        end = ends[i];
    }
    let dated = rows
        .iter()
        .zip(ends)
        .map(|(row, end)| {
            let mut row = row.clone();
            row.cells[col] = end.format("%Y-%m-%d").to_string();
            row
        })
        .collect();
    Some((col, dated))
}

/// A grid of weeks by weekdays, as training and study plans write them: "| Week | Mon | Tue |
/// … | Sun | Total |" over "| 3 | Rest | 6km easy | … |", a row per week of the plan's count and
/// a column per day. Each cell is that day's session, rewritten as a row of its own, "| Day 17 |
/// 6km easy | |" (the count's day: the week's days counted from the grid's first weekday
/// column; a cell struck through, "~~6km easy~~", "done" in the third column), so that it is
/// read as any row of a day is (a rest day as one). A row whose week is no number ("SKIP 11":
/// a week called off) and the week's other columns ("Total: 18km") are given back as notes. None for a table of another shape: five weekday columns or more,
/// in the week's order, and a column of weeks with two numbered rows or more.
fn weekday_grid(
    head: &[String],
    rows: &[blocks::TableRow],
) -> Option<(Vec<String>, Vec<blocks::TableRow>, Vec<String>)> {
    let named: Vec<(usize, chrono::Weekday)> = head
        .iter()
        .enumerate()
        .filter_map(|(col, h)| weekday_named(h.trim().trim_matches('*').trim()).map(|d| (col, d)))
        .collect();
    let in_order = named
        .windows(2)
        .all(|w| w[1].0 == w[0].0 + 1 && w[1].1 == w[0].1.succ());
    let days: Vec<usize> = named.iter().map(|&(col, _)| col).collect();
    if !in_order || days.len() < 5 {
        return None;
    }
    let week_col = (0..head.len()).find(|&col| {
        header_says(
            &head[col],
            &[
                "week",
                "wk",
                "woche",
                "semaine",
                "semana",
                "settimana",
                "tydzień",
                "uke",
                "vecka",
            ],
        )
    })?;
    let numbered = rows
        .iter()
        .filter(|r| {
            r.cells
                .get(week_col)
                .and_then(|c| last_week_number(c))
                .is_some()
        })
        .count();
    if numbered < 2 {
        return None;
    }
    let others: Vec<usize> = (0..head.len())
        .filter(|c| *c != week_col && !days.contains(c))
        .collect();
    let cell = |row: &blocks::TableRow, col: usize| {
        row.cells.get(col).map_or("", |c| c.trim()).to_string()
    };
    let (mut out, mut notes) = (Vec::new(), Vec::new());
    for row in rows {
        let label = cell(row, week_col);
        let filled = |cols: &[usize]| -> Vec<String> {
            cols.iter()
                .map(|&c| cell(row, c))
                .filter(|c| !c.is_empty())
                .collect()
        };
        let Some(week) = last_week_number(&label) else {
            // ("SKIP 11": a week called off, its cells kept together as a note.)
            let mut all = vec![label];
            all.extend(filled(&days));
            all.extend(filled(&others));
            notes.push(all.join(" — "));
            continue;
        };
        for (i, &col) in days.iter().enumerate() {
            let day = (week - 1) * 7 + u32::try_from(i).unwrap_or(0) + 1;
            let done = row.struck.get(col).copied().unwrap_or(false);
            out.push(blocks::TableRow {
                cells: vec![
                    format!("Day {day}"),
                    cell(row, col),
                    if done { "done" } else { "" }.to_string(),
                ],
                line: row.line,
                piped: row.piped,
                breaks: Vec::new(),
                struck: Vec::new(),
            });
        }
        let rest: Vec<String> = others
            .iter()
            .filter(|&&c| !cell(row, c).is_empty())
            .map(|&c| format!("{}: {}", head[c].trim(), cell(row, c)))
            .collect();
        if !rest.is_empty() {
            notes.push(format!(
                "{} {label}: {}",
                head[week_col].trim(),
                rest.join(", ")
            ));
        }
    }
    let head = vec!["Day".to_string(), "Task".to_string(), "Status".to_string()];
    Some((head, out, notes))
}

fn weekday_week_codes(
    head: &[String],
    rows: &[blocks::TableRow],
    launch: NaiveDate,
) -> Option<(usize, Vec<blocks::TableRow>)> {
    use chrono::{Datelike, Weekday};
    const LETTERS: [(&str, Weekday); 8] = [
        ("L", Weekday::Mon),
        ("Ma", Weekday::Tue),
        ("M", Weekday::Tue),
        ("Mi", Weekday::Wed),
        ("J", Weekday::Thu),
        ("V", Weekday::Fri),
        ("S", Weekday::Sat),
        ("D", Weekday::Sun),
    ];
    let code = |cell: &str| -> Option<(&'static str, Weekday, u32)> {
        let cell = cell.trim().trim_matches('*');
        let digits = cell.len() - cell.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if !(1..=2).contains(&digits) {
            return None;
        }
        let (prefix, number) = cell.split_at(cell.len() - digits);
        let week: u32 = number.parse().ok().filter(|w| *w >= 1)?;
        let prefix = prefix.trim();
        if let Some((letters, day)) = LETTERS.iter().find(|(l, _)| *l == prefix) {
            return Some((letters, *day, week));
        }
        weekday_named(prefix).map(|day| ("", day, week))
    };
    // The column's header says it is the day ("Zi", "Day", "When"; not "Shift", "Room", "Seat").
    let col = (0..head.len()).find(|&col| {
        let day_words = [
            "day", "date", "when", "zi", "ziua", "data", "dia", "día", "tag", "jour", "giorno",
            "nap", "dzień", "den", "dag",
        ];
        if !header_says(&head[col], &day_words) {
            return false;
        }
        let cells = filled_cells(rows, col);
        let codes: Option<Vec<_>> = cells.iter().map(|c| code(c)).collect();
        let Some(codes) = codes.filter(|c| c.len() >= 3) else {
            return false;
        };
        let mut letters: Vec<&str> = codes
            .iter()
            .map(|(l, _, _)| *l)
            .filter(|l| !l.is_empty())
            .collect();
        letters.sort_unstable();
        letters.dedup();
        letters.is_empty()
            || letters.len() >= 3 && ["L", "Mi", "J", "V"].iter().any(|l| letters.contains(l))
    })?;
    let monday =
        launch - chrono::Duration::days(i64::from(launch.weekday().num_days_from_monday()));
    let dated = rows
        .iter()
        .map(|row| {
            let mut row = row.clone();
            if let Some(cell) = row.cells.get_mut(col) {
                if let Some((_, day, week)) = code(cell) {
                    let days = i64::from(week - 1) * 7 + i64::from(day.num_days_from_monday());
                    if let Some(date) = monday.checked_add_signed(chrono::Duration::days(days)) {
                        // (Not chrono's general formatter, which the reader has no other use
                        // for: a day's own text, "2027-09-06", as the saving code writes it.)
                        *cell = date.to_string();
                    }
                }
            }
            row
        })
        .collect();
    Some((col, dated))
}

/// The rows of a table whose column counts down to the launch in the unit its header names
/// ("Months Out", "Weeks out", "Days before", "Weeks to go") with bare numbers ("14") or ranges
/// ("13-4": the end nearer the launch), each cell written out as a time before launch ("T-14
/// months"); a blank cell is the row above's (a table lists what is due in the same month under
/// it). None when no column does, or when its cells say more than numbers.
fn countdown_cells(
    head: &[String],
    rows: &[blocks::TableRow],
) -> Option<(usize, Vec<blocks::TableRow>)> {
    let (col, unit) = head.iter().enumerate().find_map(|(i, h)| {
        let lower = h.to_lowercase();
        let words = words_of(&lower);
        let unit = match words.first().copied()? {
            "months" | "month" => "months",
            "weeks" | "week" => "weeks",
            "days" | "day" => "days",
            _ => return None,
        };
        let counts_down = matches!(
            words.get(1..),
            Some(["out"] | ["before"] | ["to", "go"] | ["prior"] | ["ahead"])
        );
        counts_down.then_some((i, unit))
    })?;
    let number = |cell: &str| -> Option<u32> {
        let cell = cell.trim();
        let bare = |n: &str| n.trim().parse::<u32>().ok().filter(|n| *n <= 120);
        match cell.split_once(['-', '\u{2013}']) {
            Some((a, b)) => Some(bare(a)?.min(bare(b)?)),
            None => bare(cell),
        }
    };
    let cells: Vec<&str> = rows
        .iter()
        .map(|r| r.cells.get(col).map_or("", |c| c.trim()))
        .collect();
    let counted = cells.iter().filter(|c| !c.is_empty()).count();
    if counted == 0 || cells.iter().any(|c| !c.is_empty() && number(c).is_none()) {
        return None;
    }
    let mut above: Option<u32> = None;
    Some((
        col,
        rows.iter()
            .zip(cells)
            .map(|(row, cell)| {
                let n = number(cell).or(above);
                above = n;
                let mut row = row.clone();
                if let (Some(n), Some(slot)) = (n, row.cells.get_mut(col)) {
                    *slot = format!("T-{n} {unit}");
                }
                row
            })
            .collect(),
    ))
}

/// The rows of a table whose column is headed by a bare year ("2028") over periods without
/// one ("Q1", "March"), each such cell given the year ("Q1 2028"). None when no header is a
/// year, or no cell of its column lacks one.
fn year_header_cells(
    head: &[String],
    rows: &[blocks::TableRow],
) -> Option<(usize, Vec<blocks::TableRow>)> {
    let (col, year) = head.iter().enumerate().find_map(|(i, h)| {
        let h = h.trim();
        let year: i32 = h.parse().ok().filter(|y| (1990..=2100).contains(y))?;
        (h.len() == 4).then_some((i, year))
    })?;
    let lacks_year = |cell: &str| {
        !cell.is_empty()
            && !cell
                .split(|c: char| !c.is_ascii_digit())
                .any(|n| n.len() == 4)
    };
    if !rows
        .iter()
        .any(|r| r.cells.get(col).is_some_and(|c| lacks_year(c.trim())))
    {
        return None;
    }
    // "Nov", "Dec", then "Jan": the rows ran into the next year (a later month back to an
    // early one; a table newest first steps back a month at a time and keeps its year). Only
    // when the months run in order but for that one step: a table of tracks, each starting
    // again in the year, keeps its year.
    let month_of_cell = |cell: &str| {
        let dated = format!("{} {year}", cell.trim());
        let context = chrono::NaiveDate::from_ymd_opt(year, 1, 1)?;
        let phrase = crate::plan::dates::find_date(&dated, context)?.ok()?;
        Some(chrono::Datelike::month(&phrase.period.first_day()))
    };
    // Each row's month, when its cell lacks a year.
    let row_months: Vec<Option<u32>> = rows
        .iter()
        .map(|r| {
            r.cells
                .get(col)
                .filter(|c| lacks_year(c.trim()))
                .and_then(|c| month_of_cell(c))
        })
        .collect();
    let months: Vec<u32> = row_months.iter().flatten().copied().collect();
    let steps_back: Vec<(u32, u32)> = months
        .windows(2)
        .filter(|w| w[1] < w[0])
        .map(|w| (w[0], w[1]))
        .collect();
    // (And the rows span a year at most: "Mar, Oct, Feb, Jun" is two tracks of one year.)
    let wraps = matches!(steps_back.as_slice(), [(from, to)] if *from >= 9 && *to <= 4)
        && months.first() >= months.last();
    let mut year = year;
    let mut last_month: Option<u32> = None;
    Some((
        col,
        rows.iter()
            .zip(&row_months)
            .map(|(row, &month)| {
                let mut row = row.clone();
                if let Some(cell) = row.cells.get_mut(col).filter(|c| lacks_year(c.trim())) {
                    if let (true, Some(last), Some(month)) = (wraps, last_month, month) {
                        if last >= 9 && month <= 4 {
                            year += 1;
                        }
                    }
                    last_month = month.or(last_month);
                    *cell = format!("{} {year}", cell.trim());
                }
                row
            })
            .collect(),
    ))
}

/// Whether a cell's parts between `<br>`s are entries of their own ("OPC UA gateway", "Fine-
/// grained API tokens"): two or more, each with three letters or more, none starting in lower
/// case, a digit or a bracket (the rest of a sentence wrapped by hand), none a bullet
/// (subtasks), none a field or a time of day ("Speaker: Dana Smith", "Room 4B, 10:00 CET":
/// details of the row's one entry).
fn lists_entries(parts: &[String]) -> bool {
    parts.len() >= 2
        && parts.iter().all(|p| {
            let p = p.trim().trim_start_matches('*').trim_start();
            p.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && !p.starts_with(|c: char| c.is_lowercase() || "([•-*".contains(c))
                // ("2FA enforcement", "5G" start with a digit; "10:00 doors", "3 pm" do not open
                // an entry.)
                && {
                    let digits = p.chars().take_while(char::is_ascii_digit).count();
                    digits == 0 || p.chars().nth(digits).is_some_and(char::is_alphabetic)
                }
                && !p.contains('•')
                && p.split_once(':')
                    .is_none_or(|(label, _)| label.split_whitespace().count() > 3)
        })
}

/// The column of a table that numbers the plan's weeks ("Weeks" with "1-2", "13-19"; "Wochen",
/// "Semanas"): every filled cell a week number or a range of them, in at least half the rows.
fn week_number_column(
    head: &[String],
    rows: &[blocks::TableRow],
    from_start: Option<u32>,
) -> Option<usize> {
    (0..head.len())
        .find(|&col| {
            let cells = filled_cells(rows, col);
            header_says(
                &head[col],
                &[
                    "week",
                    "weeks",
                    "woche",
                    "wochen",
                    "semana",
                    "semanas",
                    "semaine",
                    "semaines",
                    "settimana",
                    "settimane",
                    "weken",
                    "week(s)",
                    // Korean: the week's ordinal ("1주차"); Estonian weeks.
                    "주차",
                    "nädal",
                    "nädalad",
                ],
            ) && cells.len() * 2 >= rows.len()
                && cells.iter().all(|c| {
                    week_of_cell(c).is_some()
                        // ("| Week | Task |" with "Week 3": weeks of the count the plan
                        // states, no more than it has; not "Week 36" of the year.)
                        || week_label_cell(c)
                            .is_some_and(|(_, last)| from_start.is_some_and(|most| last <= most))
                })
        })
        .or_else(|| {
            // (No more weeks than the plan has: "Week 43" in a plan of eight is a week of the
            // year.)
            let most = from_start?;
            // "| Milestone | Target Date |" with "Week 2", "Week 9", "2 months post-launch": a date
            // column that counts in the plan's weeks (all but one cell, three or more).
            (0..head.len()).find(|&col| {
                let cells = filled_cells(rows, col);
                let weeks = cells
                    .iter()
                    .filter(|c| week_label_cell(c).is_some_and(|(_, last)| last <= most))
                    .count();
                header_says(
                    &head[col],
                    &["date", "dates", "when", "due", "deadline", "target"],
                ) && (weeks >= 1 && weeks == cells.len() || weeks >= 3 && weeks + 1 == cells.len())
                    && cells.len() * 2 >= rows.len()
            })
        })
}

/// A cell that names a week of the plan's count in words: "Week 9", "Weeks 11-12" (the first
/// and last week).
/// ("By Week 4-6 (early to mid-Dec)": by the end of week 6.)
fn week_label_cell(cell: &str) -> Option<(u32, u32)> {
    let cell = cell.trim().trim_matches('*');
    let lower = cell.to_lowercase();
    let lower = lower.strip_prefix("by ").unwrap_or(&lower);
    (lower.starts_with("week ") || lower.starts_with("weeks ")).then(|| weeks_in(cell))?
}

/// Whether a cell only labels a week of the plan's count: "Week 3", "Week 4 Part B/C" (short
/// words after the number), not "Week 3 kickoff (done)", which names work of its own.
fn only_labels_a_week(cell: &str) -> bool {
    let lower = cell.trim().replace('*', "").to_lowercase();
    let Some(rest) = lower.strip_prefix("week ") else {
        return false;
    };
    let rest = rest.trim_start();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && week_label_cell(cell).is_some()
        && rest[digits..]
            .split(|c: char| !c.is_alphabetic())
            .all(|w| w.chars().count() <= 4)
}

/// The columns of a table headed by a week of the plan's count ("W1", "W 2", "Week 3", "Wk4",
/// "KW 5"), with its number; none unless there are three or more.
fn week_bar_columns(head: &[String]) -> Vec<(usize, u32)> {
    let weeks: Vec<(usize, u32)> = head
        .iter()
        .enumerate()
        .filter_map(|(i, h)| {
            let lower = h.trim().to_lowercase();
            let digits = ["week", "wk", "kw", "w"]
                .iter()
                .find_map(|p| lower.strip_prefix(p))?
                .trim();
            let n: u32 = digits.parse().ok()?;
            (1..=104).contains(&n).then_some((i, n))
        })
        .collect();
    if weeks.len() >= 3 {
        weeks
    } else {
        Vec::new()
    }
}

/// Whether a cell of a week column marks the row's work in that week: anything but blank, dots
/// and dashes ("·", "..", "-").
fn is_bar_mark(cell: &str) -> bool {
    cell.chars()
        .any(|c| !c.is_whitespace() && !matches!(c, '·' | '.' | '-' | '–' | '—' | '…'))
}

/// The last week a cell of week numbers names: 2 of "1-2", 19 of "13–19", 4 of "4".
/// A cell of a column of weeks: "3", "3-4" (the last), Korean "3주차" (not "Week 3", which a
/// row keeps in its text).
fn week_of_cell(cell: &str) -> Option<u32> {
    last_week_number(cell).or_else(|| cell.contains("주차").then(|| leading_week(cell)).flatten())
}

/// The last week a cell of the column `week_number_column` found names: as `week_of_cell`, or
/// "Week 9" written out (in a date column).
/// "Month 7", "month 11": the month of the plan's count a cell names, and nothing else.
fn month_count_cell(cell: &str) -> Option<u32> {
    let lower = cell.trim().to_lowercase();
    let n: u32 = lower.strip_prefix("month ")?.trim().parse().ok()?;
    (1..=36).contains(&n).then_some(n)
}

fn week_in_cell(cell: &str) -> Option<u32> {
    week_of_cell(cell).or_else(|| week_label_cell(cell).map(|(_, last)| last))
}

fn last_week_number(cell: &str) -> Option<u32> {
    let cell = cell.trim();
    let mut parts = cell.split(['-', '–', '—']).map(str::trim);
    let first: u32 = parts.next()?.parse().ok()?;
    let last = match parts.next() {
        Some(end) => end.parse().ok()?,
        None => first,
    };
    (parts.next().is_none() && (1..=104).contains(&first) && last >= first && last <= 104)
        .then_some(last)
}

/// The columns of a table headed by a month name ("Jan | Feb | Mar"), with their month.
fn month_columns(head: &[String]) -> Vec<(usize, u32)> {
    head.iter()
        .enumerate()
        .filter_map(|(i, h)| {
            Some((
                i,
                month_named(h.trim_matches(|c: char| c == '*' || c.is_whitespace()))?,
            ))
        })
        .collect()
}

/// Whether the month columns hold days ("Tue 19", "19th", "4") in every filled cell, at least
/// two: not a budget's amounts ("120", "2 000") or a chart's bars ("██").
fn months_hold_days(months: &[(usize, u32)], rows: &[blocks::TableRow]) -> bool {
    if months.len() < 2 {
        return false;
    }
    let filled: Vec<&str> = rows
        .iter()
        .flat_map(|r| months.iter().filter_map(|&(i, _)| r.cells.get(i)))
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    let is_day = |cell: &str| {
        let words: Vec<&str> = cell.split_whitespace().collect();
        let days: Vec<&&str> = words
            .iter()
            .filter(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            .collect();
        let day_ok = days.len() == 1 && {
            let digits: String = days[0].chars().take_while(char::is_ascii_digit).collect();
            let rest = &days[0][digits.len()..];
            digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
                && ["", "st", "nd", "rd", "th"].contains(&rest)
        };
        day_ok && words.len() <= 2
    };
    filled.len() >= 2 && filled.iter().all(|c| is_day(c))
}

/// A row's date in a table with a column per month: the first month whose cell holds a day
/// ("Tue 19", "19th"), written out as a date ("Tue Jan 19"); empty when no month cell does.
fn month_cell_date(months: &[(usize, u32)], row: &blocks::TableRow) -> String {
    months
        .iter()
        .find_map(|&(i, month)| {
            let cell = row.cells.get(i)?;
            let (days, words): (Vec<&str>, Vec<&str>) = cell
                .split_whitespace()
                .partition(|w| w.starts_with(|c: char| c.is_ascii_digit()));
            let day = days.first()?;
            let name = chrono::Month::try_from(u8::try_from(month).ok()?)
                .ok()?
                .name();
            Some(
                format!("{} {name} {day}", words.join(" "))
                    .trim()
                    .to_string(),
            )
        })
        .unwrap_or_default()
}

/// Whether the first column of a table holds times of day ("09:15", "9am", "10:00 – 10:30") in
/// at least half its rows: an agenda.
/// Whether a table is an agenda: its first column times of day ("09:15", "9am"), or any
/// column the weekday of the heading's `day` and a time ("Friday ~6:30 PM" under "## Friday", an
/// event's timetable), in half its rows.
fn has_time_column(rows: &[blocks::TableRow], day: Option<chrono::Weekday>) -> bool {
    let columns = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let half = |timed: usize| timed > 0 && timed * 2 >= rows.len();
    half(
        rows.iter()
            .filter(|r| r.cells.first().is_some_and(|c| is_time_of_day(c)))
            .count(),
    ) || (0..columns).any(|col| {
        half(
            rows.iter()
                .filter(|r| {
                    r.cells
                        .get(col)
                        .and_then(|c| weekday_time(c))
                        .is_some_and(|w| Some(w) == day)
                })
                .count(),
        )
    })
}

/// "Friday 4:30 PM", "Saturday ~11:00AM": a weekday, then a time of day; the weekday.
fn weekday_time(cell: &str) -> Option<chrono::Weekday> {
    let (day, rest) = cell.trim().split_once(char::is_whitespace)?;
    weekday_named(day.trim_end_matches(','))
        .filter(|_| is_time_of_day(rest.trim_start().trim_start_matches('~')))
}

/// "09:15", "9.30", "9am", "10:00 AM", "09:15 – 09:30": a time of day or a span of two.
fn is_time_of_day(cell: &str) -> bool {
    // The span's first time, written with a colon or a dot, and nothing else beside it.
    let first = cell
        .split(['–', '—', '-'])
        .next()
        .unwrap_or_default()
        .replace('.', ":");
    first.split_whitespace().count() <= 2 && time_of_day_in(&first).is_some()
}

/// Columns besides `primary` that also date rows: headed as dates ("Specific dates", "When")
/// with at least one cell that reads as a date. A row takes the most precise date among them.
fn other_date_columns(
    head: &[String],
    rows: &[blocks::TableRow],
    primary: usize,
    context: NaiveDate,
) -> Vec<usize> {
    let rows = &rows[..rows.len().min(SAMPLE_ROWS)];
    // A column whose every cell is a date and nothing more ("2027-04-21", "Tue, Mar 9") is
    // one whatever its header says.
    let only_date = |c: &str| match find_date(c, context) {
        Some(Ok(phrase)) => {
            let outside = c[..phrase.span.start]
                .chars()
                .chain(c[phrase.span.end..].chars());
            outside.filter(|ch| ch.is_alphanumeric()).count() <= 3
        }
        _ => false,
    };
    let all_dates = |i: usize| {
        let mut cells = rows
            .iter()
            .filter_map(|r| r.cells.get(i))
            // An empty cell or a "..." row says nothing either way; nor does a cell that holds
            // a date's place ("| 2030-03-15 | TBD |": the current plan not set yet).
            .filter(|c| c.chars().any(char::is_alphanumeric) && !is_placeholder(c))
            .filter(|c| !(says_no_for_a_day(rows, i) && says_no(c)))
            .peekable();
        cells.peek().is_some() && cells.all(|c| only_date(c))
    };
    // A column of only "No" beside the column of days ("| Start Indoors | Start Outdoors |"
    // over "| No | November 3rd |", "| No | November 8th |"): one more column of days, none
    // set in it, and no words of the row's name.
    let all_no_beside_days = |i: usize| {
        let mut cells = rows
            .iter()
            .filter_map(|r| r.cells.get(i))
            .filter(|c| c.chars().any(char::is_alphanumeric));
        rows.len() >= 2 && cells.all(|c| says_no(c)) && says_no_for_a_day(rows, i)
    };
    // (Columns that share the dates, "No" where the row has none, are all date columns.)
    let shared = shared_date_columns(rows, context);
    (0..head.len())
        .filter(|&i| i != primary)
        .filter(|&i| {
            all_dates(i)
                || all_no_beside_days(i)
                || shared.contains(&primary) && shared.contains(&i)
                || header_says(
                    &head[i],
                    &[
                        "date",
                        "dates",
                        "when",
                        "deadline",
                        "due",
                        "start",
                        "başlangıç",
                        "начало",
                        "開始",
                        "开始",
                        "시작",
                        "end",
                        "until",
                        "finish",
                        "expected",
                        "planned",
                        "estimated",
                        "early",
                        "late",
                        "latest",
                    ],
                )
        })
        .filter(|&i| {
            rows.iter().any(|r| {
                r.cells
                    .get(i)
                    .is_some_and(|c| matches!(find_date(c, context), Some(Ok(_))))
            }) || all_no_beside_days(i)
        })
        .collect()
}

/// "| Criterion | Status | Details |", Russian "| Критерий | Статус |": what a review checks
/// the work against, each with its verdict; no work to do (kept as written). (Under a gate's
/// heading, "## Go/No-Go", they are its checks to tick: see `under_a_gate_heading`.)
/// Headers of a column that remarks on each row ("Notes", "Remarks", Spanish "Notas",
/// Dutch "Opmerkingen", German "Anmerkungen", Japanese "備考").
const NOTES_HEADERS: &[&str] = &[
    "notes",
    "note",
    "remarks",
    "notas",
    "observaciones",
    "observações",
    "opmerkingen",
    "anmerkungen",
    "bemerkungen",
    "remarques",
    "uwagi",
    "poznámky",
    "merknader",
    "примечания",
    "備考",
    "비고",
    "备注",
];

/// Whether a row is ticked done in one of its cells ("| Restore the backup | [x] |", "✅").
fn row_ticked(row: &blocks::TableRow) -> bool {
    row.cells.iter().any(|c| {
        let c = c.trim();
        c.contains("[x]") || c.contains("[X]") || c.contains('✅') || c.contains('✔')
    })
}

fn checks_criteria(head: &[String]) -> bool {
    head.first().is_some_and(|h| {
        let h = h.trim().trim_matches(['*', '_']).trim().to_lowercase();
        [
            "criterion",
            "criteria",
            "критерий",
            "критерии",
            "kriterium",
            "kriterien",
            "critère",
            "critères",
            "criterio",
            "criterios",
            "critério",
            "critérios",
            "kryterium",
        ]
        .contains(&h.as_str())
    })
}

/// Whether a table lists people ("# | Name | Role | Status", "Name | Email | Team"): a roster,
/// whose rows are not tasks even with a status column.
fn is_roster(head: &[String]) -> bool {
    let has = |words: &[&str]| head.iter().any(|h| header_says(h, words));
    has(&["name", "person", "member", "user", "tester", "participant"])
        && has(&[
            "role", "email", "contact", "handle", "team", "company", "title",
        ])
        && !has(TASK_HEADERS)
}

/// A column whose cells are only boxes to tick ("☐", "☑", "✅", "[ ]"), whatever its header
/// says ("Trạng thái", "✓"): the rows' done state.
fn box_column(head: &[String], rows: &[blocks::TableRow]) -> Option<usize> {
    // (With "🔄", work under way, as a status column of marks writes it beside "✅" and "⬜".)
    const BOXES: &[&str] = &[
        "☐", "☑", "☒", "✅", "✔", "✔️", "✓", "⬜", "🔲", "[ ]", "[x]", "[X]", "🔄",
    ];
    // (Not a column that flags the row, "| Task | Owner | Blocker |" over "✅": a yes to the
    // flag its header names, not the work done.)
    let flags = |col: usize| {
        head.get(col).is_some_and(|h| {
            header_says(
                h,
                &[
                    "blocker",
                    "blockers",
                    "blocking",
                    "critical",
                    "required",
                    "mandatory",
                    "optional",
                    "urgent",
                    "bloqueante",
                    "obligatoire",
                    "obligatorio",
                    "obrigatório",
                    "pflicht",
                    "kritisch",
                ],
            )
        })
    };
    (0..head.len()).filter(|&col| !flags(col)).find(|&col| {
        let cells = filled_cells(rows, col);
        cells.len() >= 2
            && cells.len() * 2 >= rows.len()
            && cells
                .iter()
                .all(|c| BOXES.contains(&box_without_list_marker(c)))
    })
}

/// A cell's box without the list marker a task list in HTML leaves before it ("<ul><li>- [x]
/// </li></ul>" read as "- [x]"): "[x]"; any other cell as it is.
pub(super) fn box_without_list_marker(cell: &str) -> &str {
    let cell = cell.trim();
    match cell
        .strip_prefix(['-', '*', '+'])
        .map(str::trim_start)
        .filter(|rest| ["[ ]", "[x]", "[X]"].contains(rest))
    {
        Some(rest) => rest,
        None => cell,
    }
}

/// The cells of column `col` that say something, trimmed.
fn filled_cells(rows: &[blocks::TableRow], col: usize) -> Vec<&str> {
    rows.iter()
        .filter_map(|r| r.cells.get(col))
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect()
}

/// How many of a table's first rows decide which of its columns hold dates, weeks or boxes.
const SAMPLE_ROWS: usize = 500;

/// Headers of a table's task column.
const TASK_HEADERS: &[&str] = &[
    "task",
    "tasks",
    "action",
    "actions",
    "activity",
    "activities",
    "todo",
    "deliverable",
    "deliverables",
    "step",
    "steps",
    "epic",
    "epics",
    "feature",
    "features",
    "initiative",
    "initiatives",
    "arbeitspaket",
    // The same in the other languages the reader knows ("Cosa | Chi", "Tâche | Qui").
    "cosa",
    "attività",
    "compito",
    "tarea",
    "tareas",
    "tâche",
    "tâches",
    "aufgabe",
    "aufgaben",
    "taak",
    "taken",
    "zadanie",
    "zadania",
    "задача",
    "görev",
    "任务",
    "タスク",
    "작업",
    // Basque "Jarduera" (activity), "Zeregina" (task).
    "jarduera",
    "zeregina",
];

/// Whether a table's task column ("Activity", "Step") holds only the numbers of steps written
/// elsewhere ("1.1", "3.2", "4"): an index of the runbook, not tasks of its own.
fn names_steps_only(head: &[String], rows: &[blocks::TableRow]) -> bool {
    let Some(col) = head.iter().position(|h| header_says(h, TASK_HEADERS)) else {
        return false;
    };
    let cells = filled_cells(rows, col);
    let references = cells
        .iter()
        .filter(|c| {
            c.chars()
                .all(|ch| ch.is_ascii_digit() || ch == '.' || ch == ')')
        })
        .count();
    !cells.is_empty() && references * 2 > cells.len()
}

/// Whether a column header has one of `words` as a word of its own ("Specific dates", "End";
/// not "Attendees" or "Updates").
/// The headers of a column that says how far a row is ("Status", "State", "Stand").
const STATUS_HEADERS: &[&str] = &[
    "status",
    "state",
    "done",
    "stato",
    "progress",
    "estado",
    "stand",
    "statut",
    "durum",
    // Uzbek, Azerbaijani, Vietnamese.
    "holat",
    "vəziyyət",
    "trạng thái",
    // Gujarati, Hindi, Marathi, Telugu and Malayalam.
    "સ્થિતિ",
    "स्थिति",
    "स्थिती",
    "స్థితి",
    "സ്ഥിതി",
    // Urdu (state, standing), Punjabi and Tamil.
    "کیفیت",
    "صورتحال",
    "ਸਥਿਤੀ",
    "நிலை",
    "статус",
    "состояние",
    "状态",
    "状態",
    "ステータス",
    "상태",
    // "Progress" in Polish, German, French, Spanish, Portuguese and Italian, Dutch ("| Postęp |"
    // over "100%").
    "postęp",
    "fortschritt",
    "avancement",
    "progreso",
    "progresso",
    "voortgang",
];

/// "## Gates", "## Go/No-Go", "Readiness checks" over a table of checks (not a log of
/// decisions: no column headed "Decision").
fn names_checks_of_a_gate(title: &str, head: &[String]) -> bool {
    let lower = title.to_lowercase();
    [
        "gate",
        "go/no-go",
        "go-no-go",
        "go / no-go",
        "readiness",
        "checks",
        "criteria",
    ]
    .iter()
    .any(|w| lower.contains(w))
        && !head.iter().any(|h| h.to_lowercase().contains("decision"))
}

/// Whether a check's status says it passed ("🟢 Green", "Passed", "Met"; "Not met" does not).
fn says_passed(status: &str) -> bool {
    status.trim().starts_with('🟢')
        || opens_with_word(status, &["green", "passed", "pass", "met", "ok", "go"])
}

/// Whether a cell opens with one of `words` as a whole word ("Met", not "Metrics"), in any case.
pub(super) fn opens_with_word(cell: &str, words: &[&str]) -> bool {
    let lower = cell
        .trim()
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    words.iter().any(|w| {
        lower.starts_with(w) && !lower[w.len()..].starts_with(|c: char| c.is_alphanumeric())
    })
}

/// Words that say how far something is ("Green", "At risk", "Not met"), as status cells open.
const STATUS_WORDS: &[&str] = &[
    "green",
    "amber",
    "red",
    "yellow",
    "done",
    "complete",
    "completed",
    "open",
    "pending",
    "blocked",
    "in progress",
    "not started",
    "passed",
    "failed",
    "met",
    "not met",
    "on track",
    "at risk",
    "off track",
    "n/a",
];

/// A status column whose every filled cell opens with a status mark or word ("✅ Green",
/// "⚠️ Amber (waiver W-02)", "Blocked"), so its rows are checks to tick, not prose.
fn status_marks_column(head: &[String], rows: &[blocks::TableRow]) -> Option<usize> {
    let col = head.iter().position(|h| header_says(h, STATUS_HEADERS))?;
    let cells = filled_cells(rows, col);
    (cells.len() >= 2 && cells.iter().all(|c| opens_with_status(c))).then_some(col)
}

/// Whether a cell or field opens with a status mark or word ("✅ Green", "⬜ NOT DONE",
/// "Blocked"), not a document's state ("Draft", "Accepted").
pub(super) fn opens_with_status(cell: &str) -> bool {
    [
        '✅', '⚠', '❌', '🟢', '🟡', '🟠', '🔴', '⏳', '✔', '☑', '⬜', '🚧', '⛔',
    ]
    .iter()
    .any(|m| cell.trim().starts_with(*m))
        || opens_with_word(cell, STATUS_WORDS)
}

impl PlanReader {
    /// The day a row's cell of when it is due calls "today" ("| Book the hall | Ana | Today |"
    /// under "By When", "Due", "Deadline"): the day the plan was written, or, for a plan that
    /// counts down to its launch and states no such day ("**Days Remaining**: 31" beside the
    /// target date), the launch less that count. None when no such cell or no such day. (The
    /// launch must be known when the table is read: stated above it.)
    fn day_said_today(&self, head: &[String], cells: &[String]) -> Option<NaiveDate> {
        (0..head.len().min(cells.len())).find(|&col| {
            let lower = cells[col].to_lowercase();
            let words = words_of(&lower);
            (1..=2).contains(&words.len())
                && super::says_today(&cells[col])
                && header_says(&head[col], &["when", "due", "deadline", "by", "date"])
        })?;
        let facts = &self.plan.facts;
        facts.written_on.or_else(|| {
            let days = self.days_remaining.filter(|d| (0..=3660).contains(d))?;
            facts
                .launch?
                .checked_sub_signed(chrono::Duration::try_days(days)?)
        })
    }
}

fn header_says(header: &str, words: &[&str]) -> bool {
    let lower = header.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| words.contains(&w))
        // Chinese, Japanese and Korean write no spaces: "发布日期" says 日期.
        || words
            .iter()
            .any(|w| w.chars().next().is_some_and(is_cjk) && lower.contains(w))
        // A header of two words ("Trạng thái").
        || words.iter().any(|w| w.contains(' ') && lower.contains(w))
        // A word of a script that writes signs inside its words ("સ્થિતિ", status: its virama is
        // no letter), whole between spaces.
        || words.iter().any(|w| {
            !w.is_ascii()
                && lower
                    .split_whitespace()
                    .any(|h| h.trim_matches(|c: char| c.is_ascii_punctuation()) == *w)
        })
}

impl PlanReader {
    /// The rows of a table whose deadline column ("Deadline", "Due", "Frist", "Quando") holds
    /// only codes of the plan's milestones or days, bare, after "by" or with a time after them
    /// ("M1", "**M3**", "M1+2 Wochen", "M6 + 1 week", "até D3", "D4 → D6": the last), each
    /// written out as its day: the day of the dated line read earlier that opens with that code
    /// ("M1 — Kickoff", 2027-01-04; "| **D3** | 07/12 sex | … |"), moved by the weeks or days.
    /// None unless every filled cell of the column (two or more) is such a code with a day: a
    /// column of months ("M1–M2", "M5 if time allows") or codes the plan dates nowhere keep the
    /// table as it was.
    fn milestone_code_cells(
        &self,
        head: &[String],
        rows: &[blocks::TableRow],
    ) -> Option<(usize, Vec<blocks::TableRow>)> {
        let deadline_words = [
            "deadline",
            "deadlines",
            "due",
            "by",
            "when",
            "frist",
            "termin",
            "fällig",
            "wann",
            "quando",
            "cuándo",
            "cuando",
            "quand",
        ];
        let col = (1..head.len()).find(|&col| header_says(&head[col], &deadline_words))?;
        let mut days: Vec<(String, NaiveDate)> = Vec::new();
        self.plan.for_each_node(|node, _| {
            let (text, day) = match node {
                crate::plan::NodeRef::Item(item) => (item.text.as_str(), item.due),
                crate::plan::NodeRef::Block(PlanBlock::Decision(d)) => (d.title.as_str(), d.date),
                _ => return,
            };
            let first = text.split_whitespace().next().unwrap_or("");
            let code = first.trim_end_matches([':', ',', '/']);
            if let (true, Some(day)) = (is_plan_code(code), day) {
                if !days.iter().any(|(c, _)| c == code) {
                    days.push((code.to_string(), day));
                }
            }
        });
        let day_of = |cell: &str| {
            let (code, shift) = code_and_shift(cell)?;
            let day = days.iter().find(|(c, _)| *c == code).map(|(_, d)| *d)?;
            day.checked_add_signed(chrono::Duration::days(shift))
        };
        let cells = filled_cells(rows, col);
        if cells.len() < 2 || !cells.iter().all(|c| day_of(c).is_some()) {
            return None;
        }
        let dated = rows
            .iter()
            .map(|row| {
                let mut row = row.clone();
                if let Some(cell) = row.cells.get_mut(col) {
                    if let Some(day) = day_of(cell) {
                        *cell = day.to_string();
                    }
                }
                row
            })
            .collect();
        Some((col, dated))
    }

    /// A table's column of three days or more, each written without its year, in date order,
    /// as read (see [`PlanReader::run_up_tables_a_year_early`]).
    fn yearless_days_in_order(
        &self,
        rows: &[blocks::TableRow],
        col: usize,
    ) -> Option<Vec<NaiveDate>> {
        // (Each read after the one above it, as the rows are.)
        let mut context = self.context;
        let mut days = Vec::new();
        for cell in rows
            .iter()
            .filter_map(|r| r.cells.get(col))
            .filter(|c| !c.trim().is_empty())
        {
            let day = match find_date(cell, context) {
                Some(Ok(p)) if !p.year_written => single_day(&p.period)?,
                _ => return None,
            };
            context = day;
            days.push(day);
        }
        (days.len() >= 3 && days.windows(2).all(|w| w[0] <= w[1])).then_some(days)
    }

    /// "| 14.06 | Pilot approved by the board |" in a log of decisions of a plan that launches
    /// in November 2027, read after a timeline that ran into 2028: decisions are taken on the
    /// way to the launch, so a day written without its year that would fall after the launch
    /// is the one a year before, when that one does not.
    fn decided_before_launch(&self, cell: &str, date: NaiveDate) -> NaiveDate {
        use chrono::Datelike;
        let facts = &self.plan.facts;
        let Some(launch) = facts.launch.or(facts.launch_within.map(|p| p.last_day())) else {
            return date;
        };
        let yearless = matches!(find_date(cell, self.context), Some(Ok(p)) if !p.year_written);
        if !yearless || date <= launch {
            return date;
        }
        date.with_year(date.year() - 1)
            .filter(|before| *before <= launch)
            .unwrap_or(date)
    }

    /// A log of decisions ("## Decisions" over "| Date | What was decided | Who |"): each dated
    /// row a decision point of that day, titled by its longest cell, the others kept as its
    /// notes ("Who: Solveig"). False when the table has no date column.
    fn decision_log(&mut self, head: &[String], rows: &[blocks::TableRow]) -> bool {
        let Some(date_col) = date_column(head, rows, self.context) else {
            return false;
        };
        // The column that says what was decided ("Decision", "What was decided", "Hva ble
        // bestemt"), else the longest.
        let decided = head.iter().position(|h| {
            let lower = h.to_lowercase();
            [
                "decision",
                "decided",
                "decid",
                "bestemt",
                "beslut",
                "besluit",
                "entscheid",
                "décid",
            ]
            .iter()
            .any(|w| lower.contains(w))
        });
        // "## Milestones and decisions" over "| Date | Milestone | Owner |" is a schedule.
        let title = self.section_title();
        if decided.is_none()
            && [
                "milestone",
                "timeline",
                "schedule",
                "roadmap",
                "calendar",
                "plan",
            ]
            .iter()
            .any(|w| title.contains(w))
        {
            return false;
        }
        let letters = |i: usize| {
            rows.iter()
                .filter_map(|r| r.cells.get(i))
                .map(|c| c.chars().filter(|ch| ch.is_alphabetic()).count())
                .sum::<usize>()
        };
        let Some(title_col) = decided.filter(|&i| i != date_col).or_else(|| {
            (0..head.len())
                .filter(|&i| i != date_col)
                .max_by_key(|&i| (letters(i), std::cmp::Reverse(i)))
        }) else {
            return false;
        };
        let section = self.section_id();
        for row in rows {
            // A row whose decision is blank ("| 2027-03-08 | | Ben | Pending: pick the CDN |")
            // is titled by its longest other cell, and kept.
            let title_col = match row.cells.get(title_col).map(|c| c.trim()) {
                Some(t) if !t.is_empty() => title_col,
                _ => match (0..row.cells.len())
                    .filter(|&i| i != date_col && !row.cells[i].trim().is_empty())
                    .max_by_key(|&i| row.cells[i].trim().chars().count())
                {
                    Some(i) => i,
                    None => continue,
                },
            };
            let title = row.cells[title_col].trim();
            let date = row
                .cells
                .get(date_col)
                .and_then(|c| Some(self.decided_before_launch(c, self.due_in(c)?)));
            let notes = row
                .cells
                .iter()
                .enumerate()
                .filter(|&(i, c)| i != date_col && i != title_col && !c.trim().is_empty())
                .map(
                    |(i, c)| match head.get(i).map(|h| h.trim()).filter(|h| !h.is_empty()) {
                        Some(h) => format!("{h}: {}", c.trim()),
                        None => c.trim().to_string(),
                    },
                )
                .collect();
            let id = self.id(&section, "decision", title, row.line);
            self.push_block(PlanBlock::Decision(DecisionPoint {
                id,
                date,
                title: title.to_string(),
                notes,
                ..Default::default()
            }));
        }
        true
    }
}

/// Whether a table has a column headed as a deadline or date ("Frist", "Datum", "Deadline")
/// whose every filled cell (two or more) is a day and month of two digits each with a dot and
/// no year ("17.08", "03.09"): days, as Europe writes them, even in a plan that writes no year beside them.
pub(super) fn dotted_day_column(head: &[String], rows: &[blocks::TableRow]) -> bool {
    let day_and_month = |cell: &str| {
        let mut parts = cell.split('.');
        let number = |p: Option<&str>, max: u32| {
            p.filter(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|p| p.parse::<u32>().ok())
                .is_some_and(|n| (1..=max).contains(&n))
        };
        number(parts.next(), 31) && number(parts.next(), 12) && parts.next().is_none()
    };
    (0..head.len()).any(|col| {
        let cells = filled_cells(rows, col);
        dated_header(&head[col]) && cells.len() >= 2 && cells.iter().all(|c| day_and_month(c))
    })
}

/// Whether a status cell answers yes ("Fatto?" over "sì", "Done?" over "Yes"): the whole cell.
fn says_yes(cell: &str) -> bool {
    let answer = cell
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    [
        "yes", "y", "sì", "si", "sí", "ja", "oui", "sim", "да", "tak", "evet", "ano", "x", "ok",
    ]
    .contains(&answer.as_str())
        || ["✓", "✔"].contains(&cell.trim())
}

/// Whether a status cell says a post or a message went out, the whole cell one word: "POSTED",
/// "Published", "Sent" (not "Not sent", "Unpublished" or "Scheduled").
fn says_out(cell: &str) -> bool {
    let word = cell
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    WENT_OUT.contains(&word.as_str())
}

/// Whether a column's header says it holds dates by its first word ("Frist", "Due date",
/// "Quando e chi?"), so that "Amount due (EUR)" is no date; not Portuguese "Data", which is
/// also a size ("Data (GB)").
fn dated_header(header: &str) -> bool {
    header
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .is_some_and(|w| {
            [
                "date",
                "dates",
                "deadline",
                "due",
                "frist",
                "datum",
                "dato",
                "termin",
                "fecha",
                "échéance",
                "tarih",
                "дата",
                "срок",
                "termín",
                "termijn",
            ]
            .contains(&w)
                || WHEN_WORDS.contains(&w)
        })
}

/// "| Date | Milestone |" over "| 3/15 | Code freeze |": a column headed by a date word whose
/// cells write days in numbers without a year ("3/15", "entro il 9/2 – Davide"), two or more
/// (its other cells may count from the launch: "3 settimane prima"). Some(true) when they write the day first, as one of
/// them tells ("26/2"), Some(false) when the month does ("3/15"); the document's way when none
/// tells. None for any other table.
pub(super) fn slashed_day_column(head: &[String], rows: &[blocks::TableRow]) -> Option<bool> {
    // ("Sprint 1/3", "Week 2/6": one of a count.)
    let counted = |before: &str| {
        let before = before.trim_end();
        ["sprint", "week", "phase", "step", "part", "stage", "round"]
            .iter()
            .any(|w| {
                before
                    .get(before.len().saturating_sub(w.len())..)
                    .is_some_and(|end| end.eq_ignore_ascii_case(w))
            })
    };
    let day = |cell: &str| -> Option<(u32, u32)> {
        numeric_days(cell)
            .find(|(_, _, at)| !counted(&cell[..at.start]))
            .map(|(a, b, _)| (a, b))
    };
    let fits = |(m, d): (u32, u32)| (1..=12).contains(&m) && (1..=31).contains(&d);
    (0..head.len()).find_map(|col| {
        if !dated_header(&head[col]) {
            return None;
        }
        let cells = filled_cells(rows, col);
        let days: Vec<(u32, u32)> = cells.iter().filter_map(|c| day(c)).collect();
        if days.len() < 2 {
            return None;
        }
        let month_first = days.iter().all(|&(a, b)| fits((a, b)));
        let day_first = days.iter().all(|&(a, b)| fits((b, a)));
        // (When both orders fit, only in a plan that writes such days with years too: "Sprint
        // 1/3", "1/2 day" are no days.)
        let document = crate::plan::dates::NumericDates::in_force();
        match (month_first, day_first) {
            (true, false) => Some(false),
            (false, true) => Some(true),
            (true, true) if document.in_use => Some(document.day_first),
            _ => None,
        }
    })
}

/// "## Change Log" over "| Date | Change | Status |" whose statuses are "✅ Complete", "🔄 In
/// Progress" and "⏳ Pending": a log that tracks work some of which is still to do, its rows
/// tasks (a log of what was done, every row complete or without a status, stays as written).
fn log_of_open_work(title: &str, head: &[String], rows: &[blocks::TableRow]) -> bool {
    let lower = title.to_lowercase();
    let words = words_of(&lower);
    if !words.iter().any(|w| ["log", "changelog"].contains(w)) {
        return false;
    }
    let Some(col) = status_marks_column(head, rows) else {
        return false;
    };
    let cells = filled_cells(rows, col);
    cells.iter().any(|c| says_done(c)) && cells.iter().any(|c| !says_done(c))
}

/// Whether a character is written in Chinese, Japanese or Korean script.
pub(super) fn is_cjk(c: char) -> bool {
    matches!(u32::from(c), 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF)
}

/// Whether a table's rows are names and numbers only ("| Articles | 10 | 4 | 6 |", "| **Total** |
/// **20** | **6** | **14** |"): a tally of targets and counts, two numbers a row at least, kept
/// as written; not rows of work (a row with a word, a date or a status beside its name is read),
/// nor tasks counted in time ("| Task | Week | Days |", "| Write the docs | 3 | 4 |").
fn counts_only(head: &[String], rows: &[blocks::TableRow]) -> bool {
    let timed = head.iter().any(|h| {
        header_says(
            h,
            &[
                "week", "weeks", "day", "days", "month", "months", "sprint", "phase", "hour",
                "hours", "when", "step",
            ],
        )
    });
    let number = |cell: &str| {
        let cell = cell.trim().trim_matches('*').trim().trim_end_matches('%');
        cell.bytes().any(|b| b.is_ascii_digit())
            && cell
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
    };
    !timed
        && !head.iter().any(|h| header_says(h, TASK_HEADERS))
        && rows.len() >= 2
        && rows.iter().all(|row| {
            row.cells.len() >= 3
                && !number(&row.cells[0])
                && row.cells[1..].iter().all(|c| number(c))
        })
}

/// Whether a table measures rather than schedules: its first header names what is measured
/// ("Metric", "KPI", Russian "Метрика", Spanish "Indicador"), another the mark to reach or the
/// reading ("Target", "Goal", "Actual", Serbian "Cilj", Bulgarian "Цел"), and no column holds a
/// day, a task or a time ("| Metric | Target | Actual | Status |" over "| Uptime | 99.9% | TBD |
/// ⏳ |"): a table of metrics, kept as written even with a status column, which says how the
/// reading stands, not that work was done. (Not "| Milestone | Target Date | Status |", nor "|
/// Deliverable | Target | Status |": work with a mark to reach.)
fn measures_only(head: &[String], rows: &[blocks::TableRow], context: NaiveDate) -> bool {
    const MEASURED: &[&str] = &[
        "metric",
        "metrics",
        "kpi",
        "kpis",
        "measure",
        "indicator",
        "indicators",
        "метрика",
        "метрики",
        "показатель",
        "показатели",
        "métrica",
        "métricas",
        "metrica",
        "metriche",
        "indicador",
        "indicadores",
        "indicateur",
        "indicateurs",
        "kennzahl",
        "kennzahlen",
        "wskaźnik",
        "指标",
        "指標",
        "지표",
    ];
    const MARKS: &[&str] = &[
        "target",
        "targets",
        "goal",
        "goals",
        "actual",
        "current",
        "baseline",
        "result",
        "cilj",
        "цель",
        "цел",
        "objetivo",
        "meta",
        "obiettivo",
        "ziel",
        "objectif",
        "cible",
        "doel",
        "cel",
        "目标",
        "目標",
        "목표",
    ];
    // (The first header that names a column: not "#" over row numbers.)
    let Some(first) = head
        .iter()
        .find(|h| h.chars().any(char::is_alphanumeric) && h.trim() != "#")
    else {
        return false;
    };
    let timed = |h: &String| {
        header_says(
            h,
            &[
                "date", "due", "deadline", "when", "week", "day", "month", "sprint", "phase",
            ],
        )
    };
    // (A metric row names a measure, "Open rate", "Sign-ups"; rows that open with a work verb,
    // "Rewrite the home page copy", "Fix the backup job", all or most of them, are tasks under
    // a header that only borrows the word.)
    let at = head.iter().position(|h| h == first).unwrap_or(0);
    let worked = rows
        .iter()
        .filter(|row| row.cells.get(at).is_some_and(|c| opens_with_work(c)))
        .count();
    header_says(first, MEASURED)
        && head.iter().any(|h| h != first && header_says(h, MARKS))
        && !head
            .iter()
            .any(|h| header_says(h, TASK_HEADERS) || timed(h))
        && date_column(head, rows, context).is_none()
        && worked * 2 <= rows.len()
}

/// Whether a table cell opens with a verb that asks for work ("Rewrite the home page copy",
/// "Fix the backup job", "Renew the TLS certificate"), not the name of a measure ("Open rate").
fn opens_with_work(cell: &str) -> bool {
    const MORE: &[&str] = &[
        "rewrite",
        "compress",
        "renew",
        "replace",
        "refresh",
        "redesign",
        "translate",
        "configure",
        "automate",
        "document",
        "deliver",
        "organise",
        "organize",
        "rebuild",
    ];
    // (Not a measure named by a verb's noun: "Open rate", "Sign-ups", "Build time", "Order
    // value", "Test coverage", "Share of voice".)
    const MEASURES: &[&str] = &[
        "rate",
        "rates",
        "time",
        "times",
        "value",
        "values",
        "coverage",
        "volume",
        "count",
        "frequency",
        "size",
        "score",
        "of",
        "per",
        "duration",
        "latency",
        "ratio",
        "cost",
        "costs",
        "length",
        "speed",
        "success",
        "failure",
        "failures",
        "errors",
        "volumes",
    ];
    let cell = cell.trim().trim_matches('*').trim();
    let mut words = cell.split_whitespace();
    let (Some(verb), Some(next)) = (words.next(), words.next()) else {
        return false;
    };
    let next = next.to_lowercase();
    verb.chars().all(char::is_alphabetic)
        && !MEASURES.contains(&next.trim_matches(|c: char| !c.is_alphanumeric()))
        && (opens_with_an_imperative(cell)
            || super::opens_with_a_verb(cell)
            || MORE.contains(&first_word(cell).as_str()))
}

/// Whether a table's header is that of the document's own history ("Version | Date | Changes"):
/// its dates are when the plan was edited, not work to do.
fn is_document_history(head: &[String]) -> bool {
    let has = |w: &str| head.iter().any(|h| h.trim().eq_ignore_ascii_case(w));
    (has("version") || has("revision"))
        && (has("changes") || has("change") || has("changelog") || has("author"))
}

/// The offset from the launch of weekday `name` in the week a heading's offset ends
/// (`week_end`, as "Week -8" ends 50 days before a Monday launch) or starts (a whole number of
/// weeks, "T-3 weeks"); None when `name` is no weekday or the offset no week.
fn weekday_in_week(week: Offset, name: &str, launch: NaiveDate) -> Option<Offset> {
    use chrono::Datelike;
    let start = match week.unit {
        OffsetUnit::Days => week.amount - 6,
        OffsetUnit::Weeks => week.amount * 7,
        _ => return None,
    };
    let first = launch.checked_add_signed(chrono::Duration::days(i64::from(start)))?;
    let wanted = weekday_named(name)?;
    let ahead = (i64::from(wanted.num_days_from_monday())
        - i64::from(first.weekday().num_days_from_monday()))
    .rem_euclid(7);
    Offset::new(start + i32::try_from(ahead).ok()?, OffsetUnit::Days)
}

/// Headers of a column that ends a span of days ("Start | End").
const END_HEADERS: &[&str] = &[
    "end",
    "ends",
    "until",
    "finish",
    "to",
    "late",
    "latest",
    "bitiş",
    "окончание",
    "конец",
    "終了",
    "结束",
    "종료",
];

/// Headers of a column that starts a span of days ("Start | End"), where a freeze window
/// begins.
const START_HEADERS: &[&str] = &[
    "start",
    "starts",
    "begin",
    "begins",
    "from",
    "başlangıç",
    "начало",
    "開始",
    "开始",
    "시작",
];

/// Headers of the column a row's work is delivered by ("Delivery | Presentation").
const DELIVERY_HEADERS: &[&str] = &[
    "delivery",
    "deadline",
    "entrega",
    "prazo",
    "abgabe",
    "livraison",
    "consegna",
];

/// "| 谷雨 | 2027-04-01 | 2027-04-30 |" lines under the next heading, written without the header
/// and separator of the table above them: Markdown reads them as a paragraph, their writer wrote
/// more rows of that table. The rows, when every line of the paragraph is a piped row with as
/// many cells as `head` (None otherwise).
pub(super) fn continued_rows(
    head: &[String],
    lines: &[String],
    line: usize,
) -> Option<Vec<blocks::TableRow>> {
    let rows: Vec<blocks::TableRow> = lines
        .iter()
        .enumerate()
        .map(|(n, l)| {
            let inner = l.trim().strip_prefix('|')?.strip_suffix('|')?;
            let cells: Vec<String> = inner.split('|').map(|c| c.trim().to_string()).collect();
            (cells.len() == head.len()).then_some(blocks::TableRow {
                cells,
                line: line + n,
                piped: true,
                breaks: Vec::new(),
                struck: Vec::new(),
            })
        })
        .collect::<Option<_>>()?;
    (!rows.is_empty()).then_some(rows)
}

/// `source` with the tabs of every table delimiter row ("|---------\t|---\t|") turned into
/// spaces, byte for byte, so that the table is one: GitHub reads a tab there as white space,
/// the Markdown parser does not. Only lines of bars, dashes, colons and white space with a
/// dash and a tab, outside code fences; every other byte stays where it is.
pub(super) fn untab_delimiter_rows(source: &str) -> std::borrow::Cow<'_, str> {
    let is_delimiter = |line: &str| {
        let bare = line.trim();
        bare.contains('-')
            && bare.contains('\t')
            && (bare.contains('|') || bare.contains(':'))
            && bare
                .chars()
                .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
    };
    if !source.contains('\t') || !source.lines().any(is_delimiter) {
        return std::borrow::Cow::Borrowed(source);
    }
    let mut out = String::with_capacity(source.len());
    let mut fences = super::text::Fences::default();
    for line in source.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        // Four columns in (a tab is four), the line is indented code.
        let columns: usize = indent.chars().map(|c| if c == '\t' { 4 } else { 1 }).sum();
        if !fences.is_code(line) && columns < 4 && is_delimiter(line) {
            // (Its indent as written.)
            out.push_str(indent);
            out.push_str(&trimmed.replace('\t', " "));
        } else {
            out.push_str(line);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// "| Season | Month one | Month two | Month three |" over "| 2027 March-May | … |", "| 2027-2028
/// Dec-Feb | … |": a table whose columns after the first are the slots of a span of months in
/// order ("Month one", "Month 2"), and whose first cells are each a span of months with its year.
/// Each row with a header of its own months ("March 2027", "April 2027", …). None for any
/// other table.
fn month_slot_rows(
    head: &[String],
    rows: &[blocks::TableRow],
) -> Option<Vec<(Vec<String>, blocks::TableRow)>> {
    const ORDINALS: [&str; 6] = ["one", "two", "three", "four", "five", "six"];
    let slots = head.len().checked_sub(1)?;
    let is_slot = |(k, h): (usize, &String)| {
        let lower = h.to_lowercase();
        let words = words_of(&lower);
        matches!(words.as_slice(), ["month", n]
            if *n == ORDINALS[k] || n.parse::<usize>().ok() == Some(k + 1))
    };
    if !(2..=ORDINALS.len()).contains(&slots) || !head[1..].iter().enumerate().all(is_slot) {
        return None;
    }
    rows.iter()
        .map(|row| {
            let (year, month) = span_of_months_start(row.cells.first()?)?;
            let mut months = vec![head[0].clone()];
            for k in 0..slots {
                let index = year * 12 + i32::try_from(month - 1 + k as u32).ok()?;
                let name = chrono::Month::try_from(u8::try_from(index.rem_euclid(12) + 1).ok()?)
                    .ok()?
                    .name();
                months.push(format!("{name} {}", index.div_euclid(12)));
            }
            Some((months, row.clone()))
        })
        .collect()
}

/// The year and month a span of months written year first starts in: "2027 March-May" (2027,
/// 3), "2027-2028 Dec-Feb" (2027, 12).
fn span_of_months_start(cell: &str) -> Option<(i32, u32)> {
    let words: Vec<&str> = cell.split_whitespace().collect();
    let [years, months] = words.as_slice() else {
        return None;
    };
    let first_year = years.split('-').next()?;
    if first_year.len() != 4 {
        return None;
    }
    let year: i32 = first_year.parse().ok()?;
    let (from, to) = months.split_once('-')?;
    month_named(to)?;
    Some((year, month_named(from)?))
}

/// A code a plan gives its milestones or days: one or two capital letters and a number of one
/// or two digits ("M1", "D7", "MS3"; not "M2.5", "Q", "v2").
fn is_plan_code(word: &str) -> bool {
    let letters = word.len()
        - word
            .trim_start_matches(|c: char| c.is_ascii_uppercase())
            .len();
    let digits = &word[letters..];
    // (Not a quarter, a half or a sprint, "Q1", "H2", "S3": due at its end, not on the day a
    // line opening with it names.)
    let period = ["Q", "H", "S", "FY", "CW", "KW", "W"].contains(&&word[..letters]);
    (1..=2).contains(&letters)
        && !period
        && (1..=2).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
}

/// The code and the days after it that a deadline cell names: "M1" → ("M1", 0), "**M3**",
/// "M1+2 Wochen" → ("M1", 14), "M6 + 1 week" → ("M6", 7), "M4 - 3 days" → ("M4", -3), "by D3"
/// or Portuguese "até D3" → ("D3", 0), "D4 → executa D6" (moved on to D6) → ("D6", 0). None for
/// anything else ("M1–M2", "M5 if time allows", "M2.5").
fn code_and_shift(cell: &str) -> Option<(String, i64)> {
    // (German "bis", Portuguese "até", Spanish "hasta", French "avant", Dutch "uiterlijk".)
    const BY: [&str; 9] = [
        "by",
        "until",
        "before",
        "bis",
        "vor",
        "até",
        "hasta",
        "avant",
        "uiterlijk",
    ];
    let cell = cell.replace('*', "");
    // "D4 → executa D6": from one code on to the next, the last one written.
    let (cell, moved_on) = match cell.rsplit_once('\u{2192}') {
        Some((_, after)) => (after.trim().to_string(), true),
        None => (cell.trim().to_string(), false),
    };
    let lower = cell.to_lowercase();
    let rest = match lower.split_once(' ') {
        Some((first, _)) if BY.contains(&first) => cell[first.len()..].trim_start(),
        _ => cell.as_str(),
    };
    // After an arrow, the code may follow a verb of its own ("→ executa D6", "→ test D6").
    let rest = match rest.split_once(' ') {
        Some((first, after)) if moved_on && !is_plan_code(first) => after.trim_start(),
        _ => rest,
    };
    let code_len = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    let code = &rest[..code_len];
    if !is_plan_code(code) {
        return None;
    }
    let rest = rest[code_len..].trim();
    if rest.is_empty() {
        return Some((code.to_string(), 0));
    }
    let sign = match rest.chars().next()? {
        '+' => 1,
        '-' | '\u{2212}' => -1,
        _ => return None,
    };
    let rest = rest[1..].trim_start();
    let count_len = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let count: i64 = rest[..count_len].parse().ok()?;
    let per = match relative_unit(&rest[count_len..].trim().to_lowercase())? {
        OffsetUnit::Weeks => 7,
        OffsetUnit::Days => 1,
        _ => return None,
    };
    Some((code.to_string(), sign * count * per))
}

/// What follows the words of a status that says its work moved to another day ("⚠️ Amber
/// (rehearsal moved to Mar 4)" → "Mar 4)", "rescheduled to", "postponed to", "pushed to").
fn moved_to(status: &str) -> Option<&str> {
    let lower = status.to_ascii_lowercase();
    [
        "moved to ",
        "rescheduled to ",
        "postponed to ",
        "pushed to ",
    ]
    .iter()
    .find_map(|w| lower.find(w).map(|at| &status[at + w.len()..]))
}

/// The lines of the rows of a table of three columns or more that only name a group of the
/// rows under them: the first cell filled and every other empty ("| Catering |  |  |" over
/// "| Book the caterer | 5 days before – Ana | yes |"). The table opens with such a row, holds
/// two at least, each followed by a row that says more, and the rows that say more are the
/// most. (A task table whose later rows have no owner or day yet keeps them as tasks: its
/// first row says more, or its bare rows follow one another.) A bare row that opens with a
/// verb asking for work ("| Book the DJ |  |  |") is no group's name, nor one with a number or
/// a month's name ("| **July 2027** |  |  |" dates its rows), and no row is then.
fn group_rows(head: &[String], rows: &[blocks::TableRow]) -> Vec<usize> {
    if head.len() < 3 || rows.len() < 4 {
        return Vec::new();
    }
    let bare = |r: &blocks::TableRow| {
        r.cells
            .first()
            .is_some_and(|c| c.chars().any(char::is_alphanumeric))
            && r.cells.iter().skip(1).all(|c| c.trim().is_empty())
    };
    if !bare(&rows[0]) {
        return Vec::new();
    }
    let at: Vec<usize> = (0..rows.len()).filter(|&i| bare(&rows[i])).collect();
    let each_heads_rows = at
        .iter()
        .all(|&i| rows.get(i + 1).is_some_and(|next| !bare(next)));
    let names = at.iter().all(|&i| {
        let name = rows[i].cells[0].trim().trim_matches(['*', '_']);
        let lower = name.to_lowercase();
        // (Not a month's or a day's row, "| **July 2027** |  |  |", which dates the rows under
        // it: a number or a month's name.)
        !name.chars().any(|c| c.is_ascii_digit())
            && !words_of(&lower).iter().any(|w| month_named(w).is_some())
            && !super::opens_with_a_verb(name)
            && !opens_with_an_imperative(name)
    });
    if at.len() >= 2 && each_heads_rows && names && rows.len() - at.len() > at.len() {
        at.iter().map(|&i| rows[i].line).collect()
    } else {
        Vec::new()
    }
}

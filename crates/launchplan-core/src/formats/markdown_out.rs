//! Markdown out: writes a plan as a document a person would happily commit, in the shape the
//! importer reads back (same structure, `[x]` for done items, dates with their years).

use crate::plan::dates::{
    find_date, format_day, format_day_with_weekday, format_long, format_period, Period,
};
use crate::plan::{Block, Cadence, Day, Item, Plan, RiskLevel, ScheduleGroup};
use crate::schedule::gates::is_gate;
use chrono::Datelike;
use std::fmt::Write;

/// Writes `plan` as Markdown.
pub fn export_markdown(plan: &Plan) -> String {
    let mut out = String::new();
    line(&mut out, &format!("# {}", escape_heading(&plan.title)));
    // "Foo: 08/04/2031" atop the plan (a field the reader kept as a note): its label in bold,
    // as such a field is read back as a note; a plain "Label: day" line would read back as a
    // task.
    let notes: Vec<String> = plan.notes.iter().map(|n| bold_dated_label(n)).collect();
    paragraphs(&mut out, &notes);
    facts(&mut out, plan);
    let mut before: Option<&str> = None;
    for section in &plan.sections {
        blank(&mut out);
        out.push_str("---\n\n");
        // (After a section of metrics, risks or decisions, the items of one with no title
        // would read back as more of that section's: an empty heading starts its own.)
        let after_another_kind = before.is_some_and(|title| {
            !title.is_empty() && !crate::formats::markdown_in::section_reads_as_schedule(title)
        });
        before = Some(&section.title);
        if !section.title.is_empty() {
            line(&mut out, &format!("## {}", escape_heading(&section.title)));
        } else if after_another_kind || !section.notes.is_empty() || section.blocks.iter().any(|b| {
            !matches!(b, Block::Schedule(g) if g.label.is_empty() && g.period.is_none() && g.aside.is_none() && g.days.is_empty() && g.notes.is_empty())
        }) {
            // An untitled section whose blocks have headings (or day labels) of their own: an
            // empty heading keeps them its blocks when read back (else the first of them became
            // a section, and a day label at the top of the plan dated nothing). So do its notes
            // (else they were read back as the plan's).
            line(&mut out, "##");
        }
        paragraphs(&mut out, &section.notes);
        // Tasks in a section whose title reads as metrics ("## Metrics to Monitor" over a
        // record's task) would read back as metrics: they are written after it, in a section
        // with no title of its own.
        // (A group whose every task has its day or its time from the launch stays: the
        // marker the export writes reads it back as a task there, "- [ ] Go/no-go (due May
        // 26, 2031)".)
        let elsewhere = crate::formats::markdown_in::section_reads_as_metrics(&section.title);
        let (moved, kept): (Vec<&Block>, Vec<&Block>) = section
            .blocks
            .iter()
            .partition(|b| elsewhere && matches!(b, Block::Schedule(g) if !each_task_dated(g)));
        write_blocks(&mut out, &kept, !section.title.is_empty());
        if !moved.is_empty() {
            blank(&mut out);
            out.push_str("---\n\n");
            line(&mut out, "##");
            write_blocks(&mut out, &moved, false);
        }
    }
    footer(&mut out, plan);
    out
}

/// A section's blocks, in order.
fn write_blocks(out: &mut String, blocks: &[&Block], titled_section: bool) {
    for (i, block) in blocks.iter().enumerate() {
        blank(out);
        // A group with no heading of its own after another block: an empty heading ends the
        // block before, whose heading would else take its items when read back.
        // (Not after a group of targets, for tasks that each carry their day: "- [ ] Go/no-go
        // (due May 26, 2031)" among them reads back as a task, the targets after it as theirs.)
        let dated_after_targets = i > 0
            && matches!(blocks[i - 1], Block::Metrics(_))
            && matches!(block, Block::Schedule(g) if each_task_dated(g));
        if i > 0
            && !dated_after_targets
            && matches!(block, Block::Schedule(g) if g.label.is_empty() && g.period.is_none() && g.aside.is_none())
        {
            line(out, "###");
        }
        write_block(out, block, titled_section);
    }
}

/// Whether a group is tasks only, each with its day or its time from the launch: the marker
/// the export writes ("(due May 26, 2031)") reads each back as a task wherever it stands, among
/// targets too.
fn each_task_dated(g: &ScheduleGroup) -> bool {
    g.days.is_empty()
        && !g.items.is_empty()
        && g.items
            .iter()
            .all(|i| i.due.is_some() || i.offset.is_some())
}

fn facts(out: &mut String, plan: &Plan) {
    let f = &plan.facts;
    let mut lines = Vec::new();
    if let Some(d) = f.written_on {
        lines.push(format!("Current Date: {}", format_long(d)));
    }
    if let Some(launch) = f.launch {
        let countdown = match f.written_on {
            Some(from) => {
                let days = (launch - from).num_days();
                format!(
                    " ({days} day{} remaining)",
                    if days == 1 { "" } else { "s" }
                )
            }
            None => String::new(),
        };
        lines.push(format!("Target Launch: {}{countdown}", format_long(launch)));
    } else if let Some(period) = f.launch_within {
        lines.push(format!("Target Launch: {}", format_period(&period, true)));
    }
    if lines.is_empty() && plan.subtitle.is_none() {
        return;
    }
    blank(out);
    match &plan.subtitle {
        // Under a subtitle the facts are headings, as in the usual plan template.
        Some(subtitle) => {
            line(out, &format!("## {}", escape_heading(subtitle)));
            for l in lines {
                blank(out);
                line(out, &format!("### {l}"));
            }
        }
        None => {
            for l in lines {
                line(out, &format!("**{l}**  "));
            }
        }
    }
}

fn footer(out: &mut String, plan: &Plan) {
    let f = &plan.facts;
    let mut lines = Vec::new();
    if let Some(d) = f.last_updated {
        lines.push(format!("*Last Updated: {}*", format_long(d)));
    }
    let sprint_noted = f.sprint_start.is_some() && f.sprint_start == f.next_review;
    if let Some(d) = f.next_review {
        let note = if sprint_noted {
            " (Day 1 of Sprint)"
        } else {
            ""
        };
        lines.push(format!("*Next Review: {}{note}*", format_long(d)));
    }
    if let (Some(d), false) = (f.sprint_start, sprint_noted) {
        lines.push(format!(
            "*Sprint Start: {} (Day 1 of Sprint)*",
            format_long(d)
        ));
    }
    if lines.is_empty() {
        return;
    }
    blank(out);
    out.push_str("---\n\n");
    out.push_str(&lines.join("\n"));
    out.push('\n');
}

/// `titled_section`: the block's section has a `##` heading (a gate written as its own `###`
/// heading would otherwise read back as a section of its own).
fn write_block(out: &mut String, block: &Block, titled_section: bool) {
    match block {
        Block::Milestones(g) => {
            if !g.title.is_empty() {
                line(out, &format!("### {}", escape_heading(&g.title)));
            }
            paragraphs(out, &g.notes);
            for m in &g.milestones {
                let marker = if m.done { "✅ " } else { "[ ] " };
                let text = match &m.period {
                    Some(p) => format!("**{}**: {}", format_period(p, true), escape(&m.title)),
                    None => escape(&m.title),
                };
                line(out, &format!("- {marker}{text}"));
                for p in &m.points {
                    line(out, &format!("  - {}", escape(&p.text)));
                }
                for note in &m.notes {
                    blank(out);
                    line(out, &indent(&escape(note), "  "));
                    blank(out);
                }
            }
        }
        Block::Schedule(g) => write_group(out, g),
        Block::Decision(d) => {
            // A title that names a gate heads the decision itself ("### Code freeze (Jul 20,
            // 2026)"): it reads back as one in any section, a schedule's included. Others
            // ("Proceed to beta?") are read back as decisions of a decisions section.
            let titled = titled_section
                && d.date.is_some()
                && d.day_label.is_none()
                && d.aside.is_none()
                && is_gate(&d.title)
                && find_date(&d.title, d.date.unwrap_or_default()).is_none()
                // (Nor one that opens with its day in words the date finder reads only through
                // the reader's copy: "10 Oktoba: Uamuzi wa go/no-go".)
                && !opens_with_a_day_label(&d.title)
                // (Nor a title in another language with a number in it: "Samþykki stjórnar:
                // 31. mars 2031" holds a day the reader finds through its copy in English, and
                // would take out of a heading's title.)
                && !(d.title.chars().any(|c| c.is_alphabetic() && !c.is_ascii())
                    && d.title.chars().any(char::is_numeric));
            let mut heading = match d.date {
                Some(date) if titled => {
                    format!("{} ({})", escape_heading(&d.title), format_day(date, true))
                }
                Some(date) => format_day(date, true),
                None => escape_heading(&d.title),
            };
            if let Some(n) = d.day_label {
                let _ = write!(heading, " (Day {n})");
            }
            if let Some(aside) = &d.aside {
                let _ = write!(heading, " ({})", escape_heading(aside));
            }
            line(out, &format!("### {heading}"));
            if d.date.is_some() && !titled && !d.title.is_empty() {
                line(out, &format!("- **{}**", escape(&d.title)));
            }
            if let Some(c) = &d.criteria {
                line(out, &format!("- Criteria: {}", escape(c)));
            }
            if let Some(f) = &d.fallback {
                line(out, &format!("- Fallback: {}", escape(f)));
            }
            if let Some(r) = &d.outcome {
                let note = if r.note.is_empty() {
                    String::new()
                } else {
                    format!(": {}", escape(&r.note))
                };
                line(
                    out,
                    &format!(
                        "- Decision: {} ({}){note}",
                        r.outcome.label(),
                        format_day(r.decided_on, true)
                    ),
                );
            }
            // A heading that is the title and names a gate ("### Who decides" in Vietnamese,
            // "### Code freeze") reads back as a decision point in a schedule too.
            // (In a section with no heading of its own, what follows the dated heading is a
            // schedule's: bullets there would be tasks too.)
            // (So under a dated gate written as a bold bullet, "- **Feature freeze for v3.0.0 -
            // November 25, 2030**": a bullet after it would be a task of its day.)
            let bold_bullet = d.date.is_some() && !titled && !d.title.is_empty();
            if titled
                || !titled_section
                || bold_bullet
                || d.date.is_none() && d.day_label.is_none() && is_gate(&d.title)
            {
                // Read back as the decision's notes; a bullet under a gate heading in a
                // schedule would be a task.
                paragraphs(out, &d.notes);
            } else {
                for note in &d.notes {
                    line(out, &format!("- {}", escape(note)));
                }
            }
        }
        Block::Metrics(g) => {
            let heading = match g.date {
                Some(date) => format!("{} ({})", escape_heading(&g.title), format_day(date, true)),
                None => escape_heading(&g.title),
            };
            line(out, &format!("### {heading}"));
            paragraphs(out, &g.notes);
            for m in &g.metrics {
                let actual = m
                    .actual
                    .as_ref()
                    .map(|a| format!(" (actual: {})", escape(a)))
                    .unwrap_or_default();
                item_line(
                    out,
                    m.done,
                    &format!("{}{actual}", escape(&m.text)),
                    &m.notes,
                );
            }
        }
        Block::Risks(g) => {
            let title = if g.title.is_empty() {
                default_risk_title(g.level)
            } else {
                escape_heading(&g.title)
            };
            let heading = match g.resolve_by {
                Some(date) => format!("{title} (Must resolve by {})", format_day(date, true)),
                None => title,
            };
            // A list written straight under the section heading had no heading of its own.
            let implicit =
                g.title.is_empty() && g.resolve_by.is_none() && g.level == RiskLevel::Unrated;
            if !implicit {
                line(out, &format!("### {heading}"));
            }
            paragraphs(out, &g.notes);
            for r in &g.risks {
                item_line(out, r.resolved, &escape(&r.text), &r.notes);
            }
        }
        Block::Contingencies(list) => {
            if !list.title.is_empty() {
                line(out, &format!("### {}", escape_heading(&list.title)));
            }
            paragraphs(out, &list.notes);
            for c in &list.plans {
                let date = c
                    .date
                    .map(|d| format!("**{}**: ", format_day(d, true)))
                    .unwrap_or_default();
                let action = if c.action.is_empty() {
                    String::new()
                } else {
                    format!(" → {}", escape(&c.action))
                };
                line(out, &format!("- {date}{}{action}", escape(&c.trigger)));
                notes_as_bullets(out, &c.notes);
            }
        }
        Block::Communication(ch) => {
            line(out, &format!("### {}", escape_heading(&ch.audience)));
            paragraphs(out, &ch.notes);
            for e in &ch.entries {
                let when = match &e.when {
                    Some(Cadence::On(d)) => format!("{}: ", format_day(*d, true)),
                    Some(c) => format!("{}: ", c.recurring_label().unwrap_or_default()),
                    None => String::new(),
                };
                let marker = if e.done { "[x] " } else { "" };
                line(out, &format!("- {marker}{when}{}", escape(&e.text)));
                notes_as_bullets(out, &e.notes);
            }
        }
    }
}

fn write_group(out: &mut String, g: &ScheduleGroup) {
    let mut heading = escape_heading(&g.label);
    if let Some(p) = &g.period {
        if !heading.is_empty() {
            heading.push_str(": ");
        }
        heading.push_str(&format_period(p, true));
    }
    if let Some(aside) = &g.aside {
        let _ = write!(heading, " ({})", escape_heading(aside));
    }
    if !heading.is_empty() {
        line(out, &format!("### {heading}"));
    }
    paragraphs(out, &g.notes);
    // A list right after a note that is an HTML block (`</details>`) would be read as part of it.
    if !g.notes.is_empty() && !g.items.is_empty() {
        blank(out);
    }
    for item in &g.items {
        write_item(out, item, g.period.map(|p| p.last_day()));
    }
    for day in &g.days {
        blank(out);
        write_day(out, day, g.period.as_ref());
    }
}

fn write_day(out: &mut String, day: &Day, group: Option<&Period>) {
    // The year can be left out when the group's heading gives it.
    let same_year = group.is_some_and(|p| {
        p.contains(day.date)
            && p.first_day().year() == day.date.year()
            && (p.last_day() - p.first_day()).num_days() <= 92
    });
    let mut label = format_day_with_weekday(day.date);
    if !same_year {
        let _ = write!(label, ", {}", day.date.year());
    }
    if let Some(title) = &day.title {
        // " - 20" would read as a date range ("Feb 19 - 20"): a title opening with a digit takes a colon.
        let separator = if title.starts_with(|c: char| c.is_ascii_digit()) {
            ":"
        } else {
            " -"
        };
        let _ = write!(label, "{separator} {}", escape(title));
    }
    line(out, &format!("**{label}**"));
    paragraphs(out, &day.notes);
    if !day.notes.is_empty() && !day.items.is_empty() {
        blank(out);
    }
    for item in &day.items {
        write_item(out, item, Some(day.date));
    }
}

/// An item kept relative to the launch ends with its offset ("(T-14d)"), and one due on
/// another day than its day or group gives (`implied`) with that day ("(due Mar 30, 2027)");
/// the importer reads both back and takes them off the text.
fn write_item(out: &mut String, item: &Item, implied: Option<chrono::NaiveDate>) {
    let mut text = escape(&item.text);
    if let Some(offset) = item.offset {
        text = format!("{text} ({offset})");
    } else if let Some(within) = item.within.filter(|w| Some(w.last_day()) != implied) {
        text = format!("{text} (due {})", format_period(&within, true));
    } else if let Some(due) = item.due.filter(|d| {
        // Its own day when it is not its group's, or when the text says a time of its own that
        // the reader would take instead ("Day after: send notes", "Order 3 June banners").
        item.within.is_none()
            && (Some(*d) != implied || crate::formats::markdown_in::states_a_time(&item.text, *d))
    }) {
        text = format!("{text} (due {})", format_day(due, true));
    }
    line(
        out,
        &format!("- [{}] {text}", if item.done { "x" } else { " " }),
    );
    // A task's notes are paragraphs inside its list item: nested bullets would read back as
    // its subtasks.
    for note in &item.notes {
        blank(out);
        let kept: Vec<String> = note.lines().map(|l| escape(l.trim_start())).collect();
        line(out, &indent(&kept.join("\n"), "  "));
    }
    if !item.notes.is_empty() {
        blank(out);
    }
}

fn item_line(out: &mut String, done: bool, text: &str, notes: &[String]) {
    line(out, &format!("- [{}] {text}", if done { "x" } else { " " }));
    notes_as_bullets(out, notes);
}

/// Notes under a list entry: nested bullets, which the importer reads back as notes.
fn notes_as_bullets(out: &mut String, notes: &[String]) {
    for note in notes {
        line(
            out,
            &format!("  - {}", indent(&escape(note), "    ").trim_start()),
        );
    }
}

/// Whether a title opens with a day written as a label, a number then a word and a colon
/// ("10 Oktoba: Uamuzi wa go/no-go"; not a time, "13:00 - 13:30 : Point go / no-go", nor a
/// version or a step's number, "27.04 freeze", "1.9 — …").
fn opens_with_a_day_label(title: &str) -> bool {
    let t = title.trim_start();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &t[digits..];
    let Some((label, _)) = rest.split_once(':') else {
        return false;
    };
    (1..=2).contains(&digits)
        && rest.starts_with(' ')
        && rest[1..].starts_with(char::is_alphabetic)
        && label.split_whitespace().count() <= 2
}

/// A one-line "Label: value" note whose value has a number (a day, most often), with its label
/// in bold; any other note as it is.
fn bold_dated_label(note: &str) -> String {
    let Some((label, value)) = note.split_once(": ") else {
        return note.to_string();
    };
    // (Not a gate's label, "Code freeze:", "Checkpoint:", "Go/no-go:": in bold it would be
    // read back as a decision point.)
    let plain = !label.contains(['*', '_', '`', '[', '#', '|', '\n'])
        && !label.trim().is_empty()
        && label.split_whitespace().count() <= 4
        && !note.contains('\n')
        && !is_gate(label);
    // (Any number: a day written in an order the export does not know, "17/03/2031", too.)
    let dated = value.chars().any(char::is_numeric);
    if plain && dated {
        format!("**{}:** {value}", label.trim())
    } else {
        note.to_string()
    }
}

/// Notes as paragraphs, as written (they may hold Markdown), except that one which would open a
/// list item or a heading ("3. Write the guide", "#### Days 2-3") is kept a paragraph: read back,
/// it would become a task or a day.
fn paragraphs(out: &mut String, notes: &[String]) {
    for note in notes {
        blank(out);
        // HTML the reader would read as headings, lists or tables: kept as text.
        let html = crate::formats::markdown_in::reads_as_html_structure(note);
        // A fenced block in the note (a list item's command, kept with its item as a note):
        // its closing fence is written as indented as its opening one, and added when the
        // note has none, so that it cannot run on over the rest of the file.
        let mut fence: Option<(String, char, usize)> = None;
        let mut kept: Vec<String> = Vec::new();
        for l in note.lines() {
            let body = l.trim_start();
            let indent = &l[..l.len() - body.len()];
            let marker = body.chars().next().filter(|c| *c == '`' || *c == '~');
            let run = marker.map_or(0, |m| body.chars().take_while(|c| *c == m).count());
            match (&fence, marker) {
                (None, Some(m)) if run >= 3 => {
                    fence = Some((indent.to_string(), m, run));
                    kept.push(l.to_string());
                }
                (Some((open, m, n)), Some(c))
                    if c == *m && run >= *n && body[run..].trim().is_empty() =>
                {
                    kept.push(format!("{open}{body}"));
                    fence = None;
                }
                (Some(_), _) => kept.push(l.to_string()),
                _ if body.starts_with('<') && html => kept.push(escape_html_opener(l)),
                _ => kept.push(escape_block_opener(l)),
            }
        }
        if let Some((open, m, n)) = fence {
            kept.push(format!("{open}{}", m.to_string().repeat(n)));
        }
        line(out, &kept.join("\n"));
    }
}

/// A line of a note that opens HTML ("<ul>", "<h2>Appendix</h2>"), with its `<` escaped.
fn escape_html_opener(text: &str) -> String {
    let body = text.trim_start();
    let indent = &text[..text.len() - body.len()];
    format!("{indent}\\{body}")
}

/// A line of a note that would open a list item or a heading when read back ("3. Write the
/// guide", "  - Post the checklist", "#### Days 2-3"), with its marker escaped: it stays text.
fn escape_block_opener(text: &str) -> String {
    let body = text.trim_start();
    let indent = &text[..text.len() - body.len()];
    let digits = body.chars().take_while(char::is_ascii_digit).count();
    // "____", "---", "* * *": a thematic break, which would swallow the line.
    let rule = ['-', '_', '*'].iter().any(|&c| {
        body.chars().filter(|&x| x == c).count() >= 3
            && body.chars().all(|x| x == c || x == ' ' || x == '\t')
    });
    if rule {
        return format!("{indent}\\{body}");
    }
    if let Some(escaped) = escape_task_opener(body, str::to_string) {
        return format!("{indent}{escaped}");
    }
    let opens = body.starts_with('#')
        || ["- ", "* ", "+ "].iter().any(|m| body.starts_with(m))
        || (digits > 0 && [". ", ") "].iter().any(|m| body[digits..].starts_with(m)));
    if opens {
        let at = if body.starts_with('#') { 0 } else { digits };
        let (head, tail) = body.split_at(at);
        format!("{indent}{head}\\{tail}")
    } else {
        text.to_string()
    }
}

fn default_risk_title(level: RiskLevel) -> String {
    match level {
        RiskLevel::Critical => "Critical Risk Items",
        RiskLevel::High => "High Risk Items",
        RiskLevel::Medium => "Medium Risk Items",
        RiskLevel::Low => "Low Risk Items",
        RiskLevel::Unrated => "Risk Items",
    }
    .to_string()
}

fn line(out: &mut String, text: &str) {
    out.push_str(text);
    out.push('\n');
}

/// Ensures the output ends with an empty line, so the next block starts a new paragraph.
fn blank(out: &mut String) {
    if !out.is_empty() && !out.ends_with("\n\n") {
        out.push('\n');
    }
}

fn indent(text: &str, prefix: &str) -> String {
    text.lines()
        .map(|l| format!("{prefix}{l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Escapes what Markdown would otherwise read as markup, so text comes back as written.
/// A line that opens with a drawn box or an org-mode keyword ("☐ Optional: rent a banner",
/// "DONE when the vendor signs"), which would read back as a task of its own: its first
/// character written as an entity, the rest by `rest`. None for any other line.
fn escape_task_opener(text: &str, rest: impl Fn(&str) -> String) -> Option<String> {
    let first = text.chars().next()?;
    crate::formats::markdown_in::opens_as_a_task(text).then(|| {
        format!(
            "&#x{:X};{}",
            u32::from(first),
            rest(&text[first.len_utf8()..])
        )
    })
}

fn escape(text: &str) -> String {
    if let Some(escaped) = escape_task_opener(text, escape) {
        return escaped;
    }
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    // The end of a code span being copied as written ("`main`": the reader keeps its backticks).
    let mut span_end = 0;
    for (i, &c) in chars.iter().enumerate() {
        if i < span_end {
            out.push(c);
            continue;
        }
        if c == '`' && (i == 0 || chars[i - 1] != '`') {
            if let Some(end) = code_span_end(&chars, i) {
                span_end = end;
                out.push(c);
                continue;
            }
        }
        let next = chars.get(i + 1).copied();
        let at_start = out.trim().is_empty();
        let needs = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '~' | '|' => true,
            '<' => next.is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?')),
            '&' => looks_like_entity(&chars[i + 1..]),
            '#' | '>' | '+' | '-' | '=' => at_start,
            '.' | ')' => out.chars().all(|p| p.is_ascii_digit()) && !out.is_empty(),
            _ => false,
        };
        if needs {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The end (exclusive) of a code span opening at `start`: a run of backticks, text, and a run
/// of as many backticks, with something between them that is not all spaces; None otherwise.
fn code_span_end(chars: &[char], start: usize) -> Option<usize> {
    let run = chars[start..].iter().take_while(|c| **c == '`').count();
    let mut i = start + run;
    let content_start = i;
    while i < chars.len() {
        if chars[i] == '`' {
            let close = chars[i..].iter().take_while(|c| **c == '`').count();
            if close == run {
                let content = &chars[content_start..i];
                return content.iter().any(|c| *c != ' ').then_some(i + close);
            }
            i += close;
        } else {
            i += 1;
        }
    }
    None
}

/// Whether the characters after a `&` would be read as an entity ("amp;", "#32;").
fn looks_like_entity(rest: &[char]) -> bool {
    let name = rest
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '#')
        .count();
    name > 0 && rest.get(name) == Some(&';')
}

/// A heading's text escaped, with a trailing `#` protected from being read as a closing fence.
fn escape_heading(text: &str) -> String {
    let mut out = escape(text);
    if out.ends_with('#') {
        out.insert(out.len() - 1, '\\');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_but_leaves_plain_text_readable() {
        assert_eq!(escape("<2 sec page loads"), "<2 sec page loads");
        assert_eq!(escape("NPS > 50"), "NPS > 50");
        assert_eq!(escape("a *b* [c]"), "a \\*b\\* \\[c\\]");
        assert_eq!(escape("# not a heading"), "\\# not a heading");
        assert_eq!(escape("1. not a list"), "1\\. not a list");
        assert_eq!(escape("<img src=x>"), "\\<img src=x>");
        assert_eq!(escape("R&D &amp;"), "R&D \\&amp;");
    }

    #[test]
    fn an_untitled_sections_gates_stay_gates_when_read_back() {
        use crate::formats::markdown_in::import_markdown;
        // Bullets before any section heading: gates of an untitled section.
        let plan = import_markdown("# Plan\n\n- Code freeze\n- Security sign-off\n").plan;
        let gates = |p: &Plan| crate::schedule::gates::gates(p).len();
        assert_eq!(gates(&plan), 2);
        let once = import_markdown(&export_markdown(&plan)).plan;
        let twice = import_markdown(&export_markdown(&once)).plan;
        assert_eq!((gates(&once), gates(&twice)), (2, 2));
        assert_eq!(once.sections.len(), plan.sections.len());
    }

    #[test]
    fn a_fenced_block_in_a_note_closes_where_its_note_ends() {
        let mut out = String::new();
        // As a list item kept as a note writes it: the closing fence deeper than the opening
        // one (right inside the item, wrong outside it), and a fence that never closes.
        let notes = [
            "Put in the new ones:\n  ```\n     dns1.example.net\n     ```".to_string(),
            "A command:\n```sh\nmake deploy".to_string(),
        ];
        paragraphs(&mut out, &notes);
        assert!(out.contains("  ```\n     dns1.example.net\n  ```"), "{out}");
        assert!(out.contains("```sh\nmake deploy\n```"), "{out}");
        // Read back, what follows the notes is still read.
        use crate::formats::markdown_in::import_markdown;
        let plan = import_markdown(&format!(
            "# Plan\n\n## Steps\n{out}\n\n## Later\n- [ ] Still a task\n"
        ))
        .plan;
        assert_eq!(plan.schedule_items().count(), 1);
    }
}

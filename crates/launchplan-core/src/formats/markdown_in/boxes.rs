//! Tasks written without a Markdown box: a line led by a ballot box ("□ Upload the build", "☐
//! Book the hall", "- ☑ Sign the lease"), as plans pasted from word processors and notes tools
//! write their checklists, and an org-mode or Logseq task ("TODO post the link", "- DONE pick
//! a tool", with "SCHEDULED: <2027-03-21 Sun>" or "DEADLINE:" under it and its ":LOGBOOK:"
//! drawer) are the task-list items they are. Lines inside code fences are left alone, and
//! every line keeps its number.

use std::borrow::Cow;

/// Boxes that are not ticked.
const OPEN: &[char] = &['□', '☐', '⬜', '◻', '❏', '❑', '🔲'];
/// Boxes that are.
const TICKED: &[char] = &['☑', '☒'];

/// The source with every line led by a ballot box written as a task-list item (`- [ ] …`,
/// `- [x] …`, keeping its indent, so that what is nested under it stays nested); borrowed, and
/// not copied, when it has none.
pub(super) fn as_task_lists(source: &str) -> Cow<'_, str> {
    if !source
        .chars()
        .any(|c| OPEN.contains(&c) || TICKED.contains(&c))
        && !source.contains("TODO ")
        && !source.contains("DONE ")
        && !source.contains("\n[")
        && !source.starts_with('[')
    {
        return Cow::Borrowed(source);
    }
    let lines: Vec<&str> = source.split_inclusive('\n').collect();
    let mut out = String::with_capacity(source.len() + 64);
    let mut fence: Option<(char, usize)> = None;
    // The org task last written (its indent), while its SCHEDULED line and drawer may follow.
    let mut task: Option<&str> = None;
    let mut scheduled = false;
    // The line of a drawer's ":END:", while inside one.
    let mut drawer_end: Option<usize> = None;
    // Inside an HTML block (kept as written), and whether the last line was a list item (a
    // deeper indent nests in it; otherwise four spaces make code).
    let mut html = false;
    let mut in_list = false;
    // Under a heading that is a path through an app's menus ("### Skype > Settings > Calls"):
    // its boxes are the settings' states, kept as written (see `collect_items`).
    let mut menu = false;
    for (n, &line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        let bare = trimmed.trim_end();
        // A fence opens and closes with the same character, at least as many times.
        let run = |c: char| trimmed.chars().take_while(|&x| x == c).count();
        if let Some((c, count)) = fence {
            if run(c) >= count && trimmed[run(c) * c.len_utf8()..].trim().is_empty() {
                fence = None;
            }
            out.push_str(line);
            continue;
        }
        if let Some(c) = ['`', '~'].into_iter().find(|&c| run(c) >= 3) {
            fence = Some((c, run(c)));
            out.push_str(line);
            continue;
        }
        // org-mode and Logseq: a task's drawer ("* State DONE from TODO …"), its notes; only
        // right under the task and when it closes within a few lines.
        if let Some(end) = drawer_end {
            if n == end {
                drawer_end = None;
                out.push('\n');
            } else {
                out.push_str(task.unwrap_or_default());
                out.push_str("  ");
                out.push_str(trimmed.trim_start_matches(['*', '-', ' ']));
                if !out.ends_with('\n') {
                    out.push('\n');
                }
            }
            continue;
        }
        if task.is_some() && (bare == ":LOGBOOK:" || bare == ":PROPERTIES:") {
            let end = lines[n + 1..]
                .iter()
                .take(50)
                .position(|l| l.trim() == ":END:")
                .map(|k| n + 1 + k);
            if end.is_some() {
                drawer_end = end;
                out.push('\n');
                continue;
            }
        }
        if task.is_some() && !scheduled {
            if let Some(day) = scheduled_day(bare) {
                // " (due 2027-03-21)" at the end of the task's line, as the export writes it
                // (the task's line is the last one written).
                let end = out.len() - usize::from(out.ends_with('\n'));
                out.insert_str(end, &format!(" (due {day})"));
                out.push('\n');
                scheduled = true;
                continue;
            }
        }
        task = None;
        scheduled = false;
        if bare.is_empty() {
            html = false;
        } else if trimmed.starts_with('<') {
            html = true;
        }
        if let Some(heading) = trimmed.strip_prefix('#') {
            menu = super::text::names_a_menu_path(heading.trim_start_matches('#'));
        }
        // Table rows, HTML and indented code are kept as written.
        let code = indent.len() >= 4 && !in_list;
        if html || code || trimmed.contains('|') {
            in_list = false;
            out.push_str(line);
            continue;
        }
        // "[x] **Target**: Ping from both offices" with no list marker (GitHub shows it as
        // text; the writer meant a checklist).
        if let Some((mark, text)) = bare_box(trimmed).filter(|_| indent.is_empty()) {
            in_list = true;
            out.push_str("- [");
            out.push(mark);
            out.push_str("] ");
            out.push_str(text);
            continue;
        }
        if let Some((mark, text)) = org_task(trimmed) {
            task = Some(indent);
            in_list = true;
            out.push_str(indent);
            out.push_str("- [");
            out.push(mark);
            out.push_str("] ");
            out.push_str(text);
            continue;
        }
        let (bullet, rest) = ["- ", "* ", "+ "]
            .iter()
            .find_map(|b| trimmed.strip_prefix(b).map(|r| (*b, r.trim_start())))
            .unwrap_or(("- ", trimmed));
        let mut chars = rest.chars();
        let first = chars.next();
        let state = match first {
            Some(c) if OPEN.contains(&c) => Some(' '),
            Some(c) if TICKED.contains(&c) => Some('x'),
            _ => None,
        };
        // The box, then a space and the task ("□ Upload …"), and not a box alone.
        let after = chars.as_str();
        let after = after.strip_prefix('\u{fe0f}').unwrap_or(after);
        match state {
            // "☐ GO — open to all   ☐ NO-GO — wait a week": a ballot of options, as written.
            Some(mark)
                if after.starts_with(' ')
                    && !after.trim().is_empty()
                    && !after.contains(|c| OPEN.contains(&c) || TICKED.contains(&c)) =>
            {
                in_list = true;
                out.push_str(indent);
                out.push_str(bullet);
                out.push('[');
                // (Under a menu's path, an open box with the setting's state kept in its words:
                // "- [ ] ☑ `Answer calls automatically`", a setting to check, not work done.)
                match first.filter(|_| menu) {
                    Some(state) => {
                        out.push_str(" ] ");
                        out.push(state);
                        out.push(' ');
                    }
                    None => {
                        out.push(mark);
                        out.push_str("] ");
                    }
                }
                out.push_str(after.trim_start());
            }
            _ => {
                if !bare.is_empty() {
                    in_list = ["- ", "* ", "+ "].iter().any(|b| trimmed.starts_with(b))
                        || in_list && !indent.is_empty();
                }
                out.push_str(line);
            }
        }
    }
    Cow::Owned(out)
}

/// Bullets drawn as characters, as plain-text notes and word processors write lists: a line led
/// by "• ", "◦ ", "▪ " or "‣ ", or a paragraph whose every line that is not an indented
/// continuation opens with a lowercase "o " (two such lines at least: "o book the hall (hb,
/// 14.09.2028)"), is a list item ("- "), keeping its indent and its line. Code fences, HTML and
/// indented code are left alone; borrowed, and not copied, when there is none.
pub(super) fn glyph_bullets(source: &str) -> Cow<'_, str> {
    const GLYPHS: [&str; 4] = ["• ", "◦ ", "▪ ", "‣ "];
    let o_line = |line: &str| {
        line.strip_prefix("o ")
            .is_some_and(|rest| rest.starts_with(|c: char| !c.is_whitespace()))
    };
    // A glyph, then words (a glyph alone would read as a heading's underline once a dash).
    let glyph = |line: &str| {
        GLYPHS.iter().any(|g| {
            line.trim_start()
                .strip_prefix(g)
                .is_some_and(|rest| !rest.trim().is_empty())
        })
    };
    // Indented by columns, a tab being four.
    let columns = |line: &str| {
        line.chars()
            .take_while(|c| c.is_whitespace())
            .map(|c| if c == '\t' { 4 } else { 1 })
            .sum::<usize>()
    };
    if !source.contains("o ")
        && !source.contains("**")
        && !GLYPHS.iter().any(|g| source.contains(g))
    {
        return Cow::Borrowed(source);
    }
    let lines: Vec<&str> = source.split_inclusive('\n').collect();
    // Which lines are bullets: glyph lines, and the "o " lines of paragraphs made of them.
    let mut bullet = vec![false; lines.len()];
    // "o " lines nested under a list item, and the column of that item's text they move to.
    let mut nested: Vec<Option<usize>> = vec![None; lines.len()];
    let mut fence: Option<char> = None;
    let mut start = 0;
    // Under a heading of a record ("## Notes", "## Log", "## Changelog").
    let mut under_a_record = false;
    while start < lines.len() {
        let line = lines[start];
        let trimmed = line.trim_start();
        if let Some(c) = fence {
            if trimmed.starts_with([c; 3]) {
                fence = None;
            }
            start += 1;
            continue;
        }
        if let Some(c) = ['`', '~']
            .into_iter()
            .find(|&c| trimmed.starts_with([c; 3]))
        {
            fence = Some(c);
            start += 1;
            continue;
        }
        if trimmed.trim().is_empty() {
            start += 1;
            continue;
        }
        if let Some(title) = trimmed.strip_prefix('#') {
            under_a_record = is_a_record(title);
            start += 1;
            continue;
        }
        // A paragraph: this line and the non-blank ones after it, up to a fence; a heading's
        // underline ("====", "----") ends the heading, and the paragraph starts after it.
        let underline = |t: &str| {
            let t = t.trim();
            t.len() >= 2 && (t.bytes().all(|b| b == b'=') || t.bytes().all(|b| b == b'-'))
        };
        if let Some(under) = (start + 1..lines.len())
            .take_while(|&i| !lines[i].trim().is_empty())
            .find(|&i| underline(lines[i]))
        {
            if (start + 1..under).all(|i| !o_line(lines[i])) {
                under_a_record = is_a_record(lines[under - 1]);
                start = under + 1;
                continue;
            }
        }
        let end = (start + 1..lines.len())
            .find(|&i| {
                let t = lines[i].trim_start();
                t.trim().is_empty() || t.starts_with("```") || t.starts_with("~~~") || underline(t)
            })
            .unwrap_or(lines.len());
        let heads: Vec<usize> = (start..end)
            .filter(|&i| !lines[i].starts_with([' ', '\t']))
            .collect();
        let o_list = heads.len() >= 2 && heads.iter().all(|&i| o_line(lines[i]));
        // "**Nov 15, 2028** Save-the-date post" line after line, with "_March 20-23, 2029
        // Easter_" between: a timeline written as one paragraph, an entry a line.
        let dated = heads.len() >= 3
            && heads.len() == end - start
            && heads.iter().filter(|&&i| bold_date_line(lines[i])).count() >= 3
            && heads
                .iter()
                .all(|&i| bold_date_line(lines[i]) || emphasised_line(lines[i]));
        // (Not a log of what happened under "## Notes", "## Changelog": a record, kept as one.)
        let dated = dated && !under_a_record;
        for i in start..end {
            bullet[i] =
                (o_list || dated) && heads.contains(&i) || glyph(lines[i]) && columns(lines[i]) < 4;
        }
        if !o_list {
            nested_o_lines(&lines[start..end], &mut nested[start..end]);
            for i in start..end {
                bullet[i] |= nested[i].is_some();
            }
        }
        start = end;
    }
    if !bullet.contains(&true) {
        return Cow::Borrowed(source);
    }
    let mut out = String::with_capacity(source.len());
    for ((line, bullet), nested) in lines.iter().zip(bullet).zip(nested) {
        if !bullet {
            out.push_str(line);
            continue;
        }
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        if let Some(column) = nested {
            // (Under the item's text, where a nested list starts.)
            out.extend(std::iter::repeat_n(' ', column));
            out.push_str("- ");
            out.push_str(trimmed.strip_prefix("o ").unwrap_or(trimmed));
            continue;
        }
        let rest = GLYPHS
            .iter()
            .find_map(|g| trimmed.strip_prefix(g))
            .or_else(|| trimmed.strip_prefix("o "))
            .unwrap_or(trimmed);
        out.push_str(indent);
        out.push_str("- ");
        out.push_str(rest);
    }
    Cow::Owned(out)
}

/// "   1. Tell the developers:" over "          o Check the logos" and "          o Close the
/// open bugs": sub-points drawn with a lowercase "o " and indented past the list item above
/// them, as plain-text exports of wikis and word processors write a second level (Markdown
/// would glue them to the item's paragraph). Two such lines in a row at least, each opening a
/// capital (or struck or bold) word after the "o ": not a wrapped line that happens to start
/// with the word "o" ("o cliente aprova"). Marks each with the column of the item's text.
fn nested_o_lines(lines: &[&str], nested: &mut [Option<usize>]) {
    let columns = |line: &str| {
        line.chars()
            .take_while(|c| c.is_whitespace())
            .map(|c| if c == '\t' { 4 } else { 1 })
            .sum::<usize>()
    };
    let sub_point = |line: &str| {
        line.starts_with([' ', '\t'])
            && line.trim_start().strip_prefix("o ").is_some_and(|rest| {
                rest.trim_start_matches(['~', '*', '_'])
                    .starts_with(char::is_uppercase)
            })
    };
    // The column of a list item's text: "   1. Tell" is 6, "  - Tell" is 4.
    let item_text = |line: &str| {
        let trimmed = line.trim_start();
        let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
        let marker = if trimmed.starts_with(['-', '*', '+']) {
            1
        } else if (1..=3).contains(&digits) && trimmed[digits..].starts_with(['.', ')']) {
            digits + 1
        } else {
            return None;
        };
        let after = &trimmed[marker..];
        let gap = after.len() - after.trim_start_matches(' ').len();
        ((1..=4).contains(&gap) && !after.trim().is_empty()).then(|| columns(line) + marker + gap)
    };
    let mut i = 0;
    while i < lines.len() {
        if !sub_point(lines[i]) {
            i += 1;
            continue;
        }
        let run = lines[i..].iter().take_while(|l| sub_point(l)).count();
        // The item above: the nearest line that opens one, indented less than the run (a few
        // lines up at most: a long paragraph of such runs is not walked back again and again).
        let item = lines[..i]
            .iter()
            .rev()
            .take(12)
            .find_map(|l| item_text(l).map(|text| (columns(l), text)));
        if let Some((indent, text)) = item {
            if run >= 2 && lines[i..i + run].iter().all(|l| columns(l) > indent) {
                for n in &mut nested[i..i + run] {
                    *n = Some(text);
                }
            }
        }
        i += run;
    }
}

/// Whether a heading's title names a record of what happened rather than a plan: notes, a log,
/// a journal, minutes, a changelog, a history.
fn is_a_record(title: &str) -> bool {
    let lower = title.to_lowercase();
    // Whole words ("## Blog posts", "## Logistics", "## Keynote" are no records).
    lower.split(|c: char| !c.is_alphanumeric()).any(|w| {
        [
            "note",
            "notes",
            "log",
            "logs",
            "changelog",
            "journal",
            "minutes",
            "history",
            "diary",
            "protokoll",
            "notizen",
        ]
        .contains(&w)
    })
}

/// A line led by a date in bold and then its words: "**Nov 15, 2028** Save-the-date post",
/// "**March 26 - 29, 2029** Track leads pick".
fn bold_date_line(line: &str) -> bool {
    let Some(rest) = line.trim_end().strip_prefix("**") else {
        return false;
    };
    let Some((bold, after)) = rest.split_once("**") else {
        return false;
    };
    !after.trim().is_empty()
        && crate::plan::dates::find_date(bold, chrono::NaiveDate::default())
            .is_some_and(|found| found.is_ok_and(|p| p.span.start == 0))
}

/// A line in emphasis as a whole, "_March 30 - April 2, 2029 Easter_" (not in bold).
fn emphasised_line(line: &str) -> bool {
    let line = line.trim_end();
    ['_', '*'].into_iter().any(|c| {
        line.len() > 2
            && line.starts_with(c)
            && line.ends_with(c)
            && !line.starts_with("**")
            && !line.starts_with("__")
    })
}

/// A line led by a box written without a list marker, "[ ] text" or "[x] text": whether it
/// is ticked, and its text (with its line end).
fn bare_box(line: &str) -> Option<(char, &str)> {
    let (mark, text) = if let Some(rest) = line.strip_prefix("[ ] ") {
        (' ', rest)
    } else {
        (
            'x',
            line.strip_prefix("[x] ")
                .or_else(|| line.strip_prefix("[X] "))?,
        )
    };
    (!text.trim().is_empty()).then_some((mark, text.trim_start()))
}

/// Whether a line would be read as a task by this module: it opens with a drawn box and text,
/// a box without a list marker ("[ ] Book the hall"), or an org-mode keyword ("☐ Optional: rent
/// a banner", "DONE when the vendor signs").
pub(super) fn opens_a_task(line: &str) -> bool {
    let mut chars = line.chars();
    let boxed = chars
        .next()
        .is_some_and(|c| OPEN.contains(&c) || TICKED.contains(&c));
    boxed
        && chars
            .as_str()
            .trim_start_matches('\u{fe0f}')
            .starts_with(' ')
        || org_task(line).is_some()
        || bare_box(line).is_some()
}

/// An org-mode or Logseq task line, "TODO post the link", "- DONE pick a tool", "LATER …":
/// whether it is done, and its text (with its line end).
fn org_task(line: &str) -> Option<(char, &str)> {
    let rest = line.strip_prefix("- ").unwrap_or(line);
    let (keyword, text) = rest.split_once(' ')?;
    let mark = match keyword {
        "TODO" | "DOING" | "NOW" | "LATER" | "WAITING" => ' ',
        "DONE" => 'x',
        _ => return None,
    };
    let text = text.trim_start();
    (!text.trim().is_empty()).then_some((mark, text))
}

/// The day of a "SCHEDULED: <2027-03-21 Sun ++1w>" or "DEADLINE: <2027-03-25 Thu>" line.
fn scheduled_day(line: &str) -> Option<&str> {
    let rest = line
        .strip_prefix("SCHEDULED:")
        .or_else(|| line.strip_prefix("DEADLINE:"))?
        .trim_start()
        .strip_prefix('<')?;
    let day = rest.get(..10)?;
    crate::plan::calendar_day::parse(day).is_ok().then_some(day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bullets_drawn_as_characters_are_list_items() {
        assert_eq!(
            glyph_bullets("Move\n====\no book the hall (hb, 14.09.2028)\no send the  \n  notice\n\n• print the badges\n"),
            "Move\n====\n- book the hall (hb, 14.09.2028)\n- send the  \n  notice\n\n- print the badges\n"
        );
        // Not one "o " line, nor a paragraph of prose that wraps onto "o ", nor code.
        for source in [
            "o projeto começa amanhã\n",
            "Depois falamos sobre\no projeto e\nos prazos\n",
            "```\no a\no b\n```\n",
            "    • indented code\n",
            "---\no a\n",
            "a\n---\n",
        ] {
            assert_eq!(glyph_bullets(source), source, "{source}");
        }
    }

    #[test]
    fn org_and_logseq_tasks_are_task_list_items_with_their_day() {
        let source = "DONE pick a tool\nTODO  post the link\nSCHEDULED: <2027-03-21 Sun ++1w>\n:LOGBOOK:\n* State \"DONE\" from \"TODO\" [2027-03-14 Sun 19:40]\n:END:\nTODO is this a task? Yes\nA TODO in a sentence\n";
        let read = as_task_lists(source);
        assert_eq!(
            read,
            "- [x] pick a tool\n- [ ] post the link (due 2027-03-21)\n\n\n  State \"DONE\" from \"TODO\" [2027-03-14 Sun 19:40]\n\n- [ ] is this a task? Yes\nA TODO in a sentence\n"
        );
        assert_eq!(read.lines().count(), source.lines().count());
    }

    #[test]
    fn drawers_tables_html_and_code_are_kept_as_written() {
        // A drawer that does not close, or not under a task, changes nothing.
        for kept in [
            "Intro ☐ x\n:PROPERTIES:\n## Week 1\n- [x] Sign the lease\nImportant\n",
            "Done | Task | Owner\n-----|------|------\n☐ | Book the hall | Ana\nTODO | Print | Ben\n",
            "<details>\n☐ keep\n</details>\n",
            "Text\n\n    TODO fix the parser\n",
        ] {
            assert_eq!(as_task_lists(kept), kept, "{kept}");
        }
        let unclosed = "TODO Book the hall\n:LOGBOOK:\n## Week 2\n- [x] Sign the lease\n";
        assert!(as_task_lists(unclosed).contains("## Week 2\n- [x] Sign the lease"));
        // Many SCHEDULED lines: the first dates the task, the others stay as written.
        let many = format!("TODO x\n{}", "SCHEDULED: <2027-03-21 Sun>\n".repeat(3));
        assert_eq!(
            as_task_lists(&many),
            "- [ ] x (due 2027-03-21)\n\nSCHEDULED: <2027-03-21 Sun>\nSCHEDULED: <2027-03-21 Sun>\n"
        );
    }

    #[test]
    fn boxes_without_a_list_marker_are_task_list_items() {
        let source = "Week before:\n\n[x] **Target**: Ping from both offices\n[ ] **All**: Runbook printed\n  [ ] indented stays\n| [ ] | a table row |\n[x]: https://example.org a link reference\n";
        let read = as_task_lists(source);
        assert_eq!(
            read,
            "Week before:\n\n- [x] **Target**: Ping from both offices\n- [ ] **All**: Runbook printed\n  [ ] indented stays\n| [ ] | a table row |\n[x]: https://example.org a link reference\n"
        );
        assert!(opens_a_task("[ ] Book the hall"));
    }

    #[test]
    fn ballot_boxes_are_task_list_items_outside_code() {
        assert!(matches!(as_task_lists("- [ ] a\n"), Cow::Borrowed(_)));
        assert_eq!(
            as_task_lists("Day 1\n□ Upload the build\n  - two phones\n☑ Sign\n- ☐ Book\n"),
            "Day 1\n- [ ] Upload the build\n  - two phones\n- [x] Sign\n- [ ] Book\n"
        );
        // In code, a lone box, a box inside a sentence: as written.
        for kept in [
            "```\n□ a\n```\n",
            "□\n",
            "Tick □ when done\n",
            "□□ a\n",
            "☐ **GO** — ship   ☐ **NO-GO** — wait\n",
        ] {
            assert_eq!(as_task_lists(kept), kept);
        }
    }
}

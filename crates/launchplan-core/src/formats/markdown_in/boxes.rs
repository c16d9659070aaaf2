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
    {
        return Cow::Borrowed(source);
    }
    // The task line last written (its index in `out` and its indent), for the SCHEDULED line
    // and the drawer under it.
    let mut task: Option<(usize, String)> = None;
    let mut drawer = false;
    let mut out = String::with_capacity(source.len() + 64);
    let mut fence: Option<(char, usize)> = None;
    for line in source.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        // A fence opens and closes with the same character, at least as many times.
        let run = |c: char| trimmed.chars().take_while(|&x| x == c).count();
        match fence {
            Some((c, n)) => {
                if run(c) >= n && trimmed[run(c) * c.len_utf8()..].trim().is_empty() {
                    fence = None;
                }
                out.push_str(line);
                continue;
            }
            None => {
                if let Some(c) = ['`', '~'].into_iter().find(|&c| run(c) >= 3) {
                    fence = Some((c, run(c)));
                    out.push_str(line);
                    continue;
                }
            }
        }
        // org-mode and Logseq: the drawer of a task ("* State DONE from TODO …"), its notes.
        let bare = trimmed.trim_end();
        if drawer || bare == ":LOGBOOK:" || bare == ":PROPERTIES:" {
            drawer = bare != ":END:";
            match &task {
                Some((_, task_indent)) if !bare.starts_with(':') => {
                    out.push_str(task_indent);
                    out.push_str("  ");
                    out.push_str(trimmed.trim_start_matches(['*', '-', ' ']));
                }
                _ => out.push('\n'),
            }
            if !out.ends_with('\n') {
                out.push('\n');
            }
            continue;
        }
        if let Some((at, _)) = &task {
            if let Some(day) = scheduled_day(bare) {
                // " (due 2027-03-21)" at the end of the task's line, as the export writes it.
                let end = out[*at..].find('\n').map_or(out.len(), |i| at + i);
                out.insert_str(end, &format!(" (due {day})"));
                out.push('\n');
                continue;
            }
        }
        task = None;
        if let Some((mark, text)) = org_task(trimmed) {
            task = Some((out.len(), indent.to_string()));
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
        let state = match chars.next() {
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
                out.push_str(indent);
                out.push_str(bullet);
                out.push('[');
                out.push(mark);
                out.push_str("] ");
                out.push_str(after.trim_start());
            }
            _ => out.push_str(line),
        }
    }
    Cow::Owned(out)
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

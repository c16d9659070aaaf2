//! Boxes drawn as characters: a line led by a ballot box ("□ Upload the build", "☐ Book the
//! hall", "- ☑ Sign the lease"), as plans pasted from word processors and notes tools write
//! their checklists, is the task-list item it draws. Lines inside code fences are left alone.

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
    {
        return Cow::Borrowed(source);
    }
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

#[cfg(test)]
mod tests {
    use super::*;

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

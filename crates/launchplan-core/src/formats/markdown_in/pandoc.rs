//! Pandoc's Markdown where CommonMark reads it otherwise: a simple table (columns aligned under
//! a line of dash groups, with a header line above it or a second dash line closing it, as
//! pandoc writes wiki pages it converts) is rewritten as the pipe table it is, so that the
//! table rules apply to it; and the attributes and fences pandoc adds around blocks
//! (`{#Timeline}` after a heading, `::: {}` lines) are markup, not text.

/// A pandoc simple table found at a line of dash groups.
#[derive(Debug, PartialEq)]
pub(super) struct SimpleTable {
    /// Byte offset where the table starts: its header line, or the dash line when it has none.
    pub start: usize,
    /// Byte offset just after its last line (the closing dash line, or the last row).
    pub end: usize,
    /// Whether a header line stands above the dash line.
    pub headed: bool,
    /// The table as a pipe table: a header row (empty cells when it has none), the delimiter
    /// row, then one row per line. A headed table keeps its line count; one without a header
    /// has the header row on the line before its first dash line.
    pub pipes: String,
}

/// Dash groups of a line (character columns where each run of `-` starts and ends) when the
/// line is only two or more such runs of at least two dashes, indented by at most three
/// spaces: "  -------- ------------".
fn dash_groups(line: &str) -> Option<Vec<(usize, usize)>> {
    let line = line.trim_end();
    let indent = line.len() - line.trim_start_matches(' ').len();
    if indent > 3 || line.trim().is_empty() {
        return None;
    }
    let mut groups: Vec<(usize, usize)> = Vec::new();
    let mut run: Option<usize> = None;
    for (i, c) in line.chars().enumerate() {
        match (c, run) {
            ('-', None) => run = Some(i),
            ('-', Some(_)) => {}
            (' ', Some(start)) => {
                groups.push((start, i));
                run = None;
            }
            (' ', None) => {}
            _ => return None,
        }
    }
    if let Some(start) = run {
        groups.push((start, line.chars().count()));
    }
    (groups.len() >= 2 && groups.iter().all(|&(s, e)| e - s >= 2)).then_some(groups)
}

/// Whether a line opens a Markdown block of its own (a list item, heading, quote, fence, HTML,
/// pipe row): then it is not a row of a simple table.
fn opens_a_block(line: &str) -> bool {
    let t = line.trim_start();
    let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
    t.starts_with("- ")
        || t.starts_with("* ")
        || t.starts_with("+ ")
        || t.starts_with('#')
        || t.starts_with('>')
        || t.starts_with("```")
        || t.starts_with("~~~")
        || t.starts_with('<')
        || t.starts_with('|')
        || (digits > 0 && (t[digits..].starts_with(". ") || t[digits..].starts_with(") ")))
}

/// Splits a line into cells at the columns the dash groups start. A line written out of line
/// (a cell running past its column, "March 10  Ship it" under a narrower column) is split at
/// the gap of two or more spaces nearest the column, else before the word the column cuts.
fn cells(line: &str, groups: &[(usize, usize)]) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    let len = chars.len();
    let space = |i: usize| chars.get(i).is_none_or(|c| c.is_whitespace());
    // Where text starts after a gap of two or more spaces.
    let gap_ends = |i: usize| i >= 2 && i < len && !space(i) && space(i - 1) && space(i - 2);
    let mut bounds: Vec<usize> = vec![0];
    for (n, &(start, _)) in groups.iter().enumerate().skip(1) {
        let last = *bounds.last().unwrap_or(&0);
        let limit = groups.get(n + 1).map_or(len, |g| g.0.min(len));
        let at = start.clamp(last, len);
        let bound = if space(at) || gap_ends(at) || at == len {
            at
        } else if let Some(gap) = (last + 1..limit.max(last + 1))
            .filter(|&i| gap_ends(i))
            .min_by_key(|&i| i.abs_diff(at))
        {
            gap
        } else if space(at - 1) {
            at
        } else {
            (last..at).rev().find(|&i| space(i)).map_or(last, |i| i + 1)
        };
        bounds.push(bound);
    }
    bounds.push(len.max(*bounds.last().unwrap_or(&0)));
    bounds
        .windows(2)
        .map(|w| {
            chars[w[0]..w[1]]
                .iter()
                .collect::<String>()
                .trim()
                .to_string()
        })
        .collect()
}

/// Byte ranges of the lines of `source` (without their line ends).
fn line_at(source: &str, offset: usize) -> (usize, usize) {
    let start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = source[offset..]
        .find('\n')
        .map_or(source.len(), |i| offset + i);
    (start, end)
}

/// The pandoc simple table whose dash line holds byte `offset`, if that is what it is: a header
/// line right above (and the table ends at a blank line or a closing dash line), or a blank
/// line above and a closing dash line below. Each row is one line and at least one row fills
/// two cells.
pub(super) fn simple_table(source: &str, offset: usize) -> Option<SimpleTable> {
    let offset = offset.min(source.len());
    if !source.is_char_boundary(offset) {
        return None;
    }
    let (dash_start, dash_end) = line_at(source, offset);
    let groups = dash_groups(&source[dash_start..dash_end])?;
    // The line above: a header, or nothing.
    let header = (dash_start > 0)
        .then(|| line_at(source, dash_start - 1))
        .map(|(s, e)| (s, source[s..e].trim_end_matches('\r')))
        .filter(|(_, text)| !text.trim().is_empty() && !is_div_fence(text));
    if let Some((_, text)) = header {
        if opens_a_block(text) || dash_groups(text).is_some() {
            return None;
        }
    }
    let mut rows: Vec<&str> = Vec::new();
    let mut at = dash_end;
    let mut end = dash_end;
    let mut closed = false;
    while at < source.len() {
        let (s, e) = line_at(source, at + 1);
        let text = source[s..e].trim_end_matches('\r');
        if text.trim().is_empty() {
            break;
        }
        if text.trim().chars().all(|c| c == '-' || c == ' ') {
            closed = true;
            end = e;
            break;
        }
        if opens_a_block(text) {
            return None;
        }
        rows.push(text);
        end = e;
        at = e;
    }
    if rows.is_empty() || (header.is_none() && !closed) {
        return None;
    }
    let rows: Vec<Vec<String>> = rows.iter().map(|r| cells(r, &groups)).collect();
    if !rows
        .iter()
        .any(|r| r.iter().filter(|c| !c.is_empty()).count() >= 2)
    {
        return None;
    }
    let pipe = |cells: &[String]| {
        let inner: Vec<String> = cells.iter().map(|c| c.replace('|', "\\|")).collect();
        format!("| {} |", inner.join(" | "))
    };
    let head = match header {
        Some((_, text)) => cells(text, &groups),
        None => vec![String::new(); groups.len()],
    };
    let mut pipes = vec![pipe(&head), format!("|{}", "---|".repeat(groups.len()))];
    pipes.extend(rows.iter().map(|r| pipe(r)));
    Some(SimpleTable {
        start: header.map_or(dash_start, |(s, _)| s),
        end,
        headed: header.is_some(),
        pipes: pipes.join("\n"),
    })
}

/// A heading's text without pandoc's trailing attributes ("Timeline {#Timeline}",
/// "Setup {.unnumbered}").
pub(super) fn without_attributes(text: &str) -> &str {
    let trimmed = text.trim_end();
    if let Some(open) = trimmed.rfind(" {") {
        let attrs = &trimmed[open + 2..];
        if attrs.ends_with('}')
            && (attrs.starts_with('#') || attrs.starts_with('.'))
            && !attrs[..attrs.len() - 1].contains(['{', '}'])
        {
            return trimmed[..open].trim_end();
        }
    }
    text
}

/// Whether a line is only a pandoc div fence (`:::`, `::: {}`, `:::::: {#content lang="en"}`,
/// `::: warning`).
pub(super) fn is_div_fence(line: &str) -> bool {
    let t = line.trim();
    let colons = t.chars().take_while(|&c| c == ':').count();
    colons >= 3 && {
        let rest = t[colons..].trim();
        rest.is_empty()
            || (rest.starts_with('{') && rest.ends_with('}'))
            || (!rest.contains(' ') && rest.chars().all(|c| c.is_alphanumeric() || c == '-'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headerless_simple_table_becomes_a_pipe_table_with_an_empty_header() {
        let source = "Intro\n\n  ---------  -------------\n  -2 weeks   Order the shirts (done)\n  XXX        Call for talks\n  ---------  -------------\n\nAfter";
        let at = source.find("---").unwrap();
        let table = simple_table(source, at).unwrap();
        assert!(!table.headed);
        assert_eq!(&source[table.start..table.end].lines().count(), &4);
        assert_eq!(
            table.pipes,
            "|  |  |\n|---|---|\n| -2 weeks | Order the shirts (done) |\n| XXX | Call for talks |"
        );
    }

    #[test]
    fn a_simple_table_with_a_header_ends_at_a_blank_line_and_cells_keep_whole_words() {
        let source = "When      What\n--------  ------\nMarch 3   Freeze the code\nMarch 10  Ship it to everyone\n\nNext";
        let at = source.find("---").unwrap();
        let table = simple_table(source, at).unwrap();
        assert!(table.headed);
        assert_eq!(table.start, 0);
        assert_eq!(
            table.pipes,
            "| When | What |\n|---|---|\n| March 3 | Freeze the code |\n| March 10 | Ship it to everyone |"
        );
        // A cell written past its column is split at the gap nearest the column.
        let long = "When  What\n----  ----\nMarch 10  Ship it\nMay 1 Go live\n";
        let table = simple_table(long, long.find("--").unwrap()).unwrap();
        assert!(table
            .pipes
            .ends_with("| March 10 | Ship it |\n| May 1 | Go live |"));
    }

    #[test]
    fn rules_lists_and_unclosed_tables_are_not_tables() {
        for source in [
            "Text\n\n- - -\n\nMore",
            "Text\n\n--- ---\nrow one  here\n\nMore",
            "Header  Two\n------  ---\n- item  x\n",
            "## Heading\n--  --\na  b\n",
            "Just a sentence\n----------\n",
        ] {
            let at = source.find('-').unwrap();
            let at = source[at..].find("--").map_or(at, |i| at + i);
            assert_eq!(simple_table(source, at), None, "{source}");
        }
    }

    #[test]
    fn pandoc_attributes_and_div_fences_are_markup() {
        assert_eq!(without_attributes("1. Timeline {#Timeline}"), "1. Timeline");
        assert_eq!(without_attributes("Setup {.unnumbered}"), "Setup");
        assert_eq!(without_attributes("Launch {TBD}"), "Launch {TBD}");
        assert!(is_div_fence(
            ":::::::::: {#content dir=\"ltr\" lang=\"en\"}"
        ));
        assert!(is_div_fence("::: {}"));
        assert!(is_div_fence(":::"));
        assert!(is_div_fence("::: warning"));
        assert!(!is_div_fence("::: see the notes below"));
        assert!(!is_div_fence(":: a"));
    }
}

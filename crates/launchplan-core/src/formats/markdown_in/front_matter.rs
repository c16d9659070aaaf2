//! Front matter: the YAML (`---`) or TOML (`+++`) block a static-site plan opens with. It gives
//! the plan's title and dates and is never read as the plan's text.

/// One `key: value` (YAML) or `key = value` (TOML) line of the front matter, at the top level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Entry {
    /// Lowercase, with `_`, `-` and `.` as spaces ("event_start_date" → "event start date").
    pub key: String,
    /// Without quotes.
    pub value: String,
    pub line: usize,
}

/// Splits the front matter off `source`: its entries, and the text with the front matter's
/// lines blanked (so that every other line keeps its number). No front matter: no entries and
/// the text as it is. Only a block that opens the text counts; a `---` later on is a rule.
pub(super) fn split(source: &str) -> (Vec<Entry>, String) {
    let mut lines = source.split_inclusive('\n');
    let Some(first) = lines.next() else {
        return (Vec::new(), source.to_string());
    };
    let fence = first.trim_end();
    let toml = match fence {
        "---" => false,
        "+++" => true,
        _ => return (Vec::new(), source.to_string()),
    };
    let mut entries = Vec::new();
    let mut body_from = None;
    let mut consumed = first.len();
    for (n, line) in lines.enumerate() {
        consumed += line.len();
        let text = line.trim_end();
        if text == fence || (!toml && text == "...") {
            body_from = Some((n + 2, consumed));
            break;
        }
        // Top-level entries only: nested maps and list items are not the plan's facts.
        if text.starts_with(char::is_whitespace) || text.starts_with('-') || text.starts_with('#') {
            continue;
        }
        let pair = if toml {
            text.split_once('=')
        } else {
            text.split_once(':')
        };
        if let Some((key, value)) = pair {
            let key = key.trim().to_lowercase().replace(['_', '-', '.'], " ");
            let value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
            if !key.is_empty() && !value.is_empty() {
                entries.push(Entry {
                    key,
                    value: value.to_string(),
                    line: n + 2,
                });
            }
        }
    }
    // An opening fence that is never closed is a rule, not front matter.
    let Some((lines_used, end)) = body_from else {
        return (Vec::new(), source.to_string());
    };
    let mut text = "\n".repeat(lines_used);
    text.push_str(source.get(end..).unwrap_or_default());
    (entries, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_and_toml_front_matter_give_entries_and_keep_line_numbers() {
        let (entries, body) = split(
            "---\ntitle: \"Beta plan\"\nlaunch_date: 2026-04-01\ntags:\n  - beta\n---\n# Plan\n",
        );
        assert_eq!(
            entries
                .iter()
                .map(|e| (e.key.as_str(), e.value.as_str(), e.line))
                .collect::<Vec<_>>(),
            [("title", "Beta plan", 2), ("launch date", "2026-04-01", 3)]
        );
        assert_eq!(body, "\n\n\n\n\n\n# Plan\n");
        let (entries, _) = split("+++\ntitle = 'Runbook'\ndate = 2026-11-07\n+++\nText\n");
        assert_eq!(entries[1].key, "date");
        assert_eq!(entries[1].value, "2026-11-07");
    }

    #[test]
    fn a_rule_later_on_or_an_unclosed_fence_is_no_front_matter() {
        let text = "# Plan\n\n---\ntitle: x\n---\n";
        assert_eq!(split(text), (Vec::new(), text.to_string()));
        let text = "---\ntitle: x\n\nNo closing fence\n";
        assert_eq!(split(text), (Vec::new(), text.to_string()));
    }
}

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

/// One map of a YAML list in the front matter ("tasks:" then "- name: Write the copy" and
/// "  completed: true"): the list's key, and the map's `key: value` lines as entries (keys as
/// in [`Entry`]; block scalars such as `content: |` are skipped, they are text, not fields).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Record {
    pub list: String,
    pub fields: Vec<Entry>,
    pub line: usize,
}

impl Record {
    /// Whether the record says it is done ("completed: true", "status: Done").
    pub(super) fn is_done(&self) -> bool {
        self.get(&["completed", "done", "complete", "status", "state"])
            .is_some_and(|v| {
                matches!(v.to_lowercase().as_str(), "true" | "yes" | "x") || super::says_done(v)
            })
    }

    /// The value of the first of `keys` the record has.
    pub(super) fn get(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| {
            self.fields
                .iter()
                .find(|f| f.key == *k)
                .map(|f| f.value.as_str())
        })
    }
}

/// What the front matter holds: its top-level entries and the maps of its lists.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct FrontMatter {
    pub entries: Vec<Entry>,
    pub records: Vec<Record>,
}

impl FrontMatter {
    /// What the front matter says in words (its title, description or summary), a line each,
    /// for the year a plan names ("description: … edition 2027").
    pub(super) fn prose(&self) -> String {
        self.entries
            .iter()
            .filter(|e| {
                ["title", "description", "summary", "subtitle", "name"]
                    .contains(&e.key.to_lowercase().as_str())
            })
            .map(|e| e.value.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// `key: value` (or `key = value`) as an entry; None for a key without a value.
pub(super) fn entry(text: &str, toml: bool, line: usize) -> Option<Entry> {
    let (key, value) = if toml {
        text.split_once('=')
    } else {
        text.split_once(':')
    }?;
    let key = key.trim().to_lowercase().replace(['_', '-', '.'], " ");
    let value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
    (!key.is_empty() && !value.is_empty()).then(|| Entry {
        key,
        value: value.to_string(),
        line,
    })
}

/// Splits the front matter off `source`: what it holds, and the text with the front matter's
/// lines blanked (so that every other line keeps its number). No front matter: nothing and
/// the text as it is. Only a block that opens the text counts; a `---` later on is a rule.
pub(super) fn split(source: &str) -> (FrontMatter, String) {
    let mut lines = source.split_inclusive('\n');
    let Some(first) = lines.next() else {
        return (FrontMatter::default(), source.to_string());
    };
    let fence = first.trim_end();
    let toml = match fence {
        "---" => false,
        "+++" => true,
        _ => return (FrontMatter::default(), source.to_string()),
    };
    // "---" over "## 📅 Planning" and its text, then "---", in a page with no title line: a
    // page that opens with a rule, not front matter (front matter opens with a key; a "## …"
    // among its keys is a comment).
    let opens_with_heading = source
        .lines()
        .skip(1)
        .take_while(|l| l.trim_end() != fence)
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| l.starts_with("## ") || l.starts_with("### "));
    if !toml && opens_with_heading && !source.lines().any(|l| l.starts_with("# ")) {
        return (FrontMatter::default(), source.to_string());
    }
    let mut front = FrontMatter::default();
    let mut body_from = None;
    let mut consumed = first.len();
    // The YAML list being read ("tasks:"), and the indent of a block scalar's key while its
    // more indented lines are skipped.
    let mut list: Option<String> = None;
    let mut scalar: Option<usize> = None;
    // The top-level entry a block scalar is the value of, and whether it folds its lines.
    let mut top_scalar: Option<(usize, bool)> = None;
    // The indent of the list field last read, which a more indented plain line continues.
    let mut field_at = 0;
    for (n, line) in lines.enumerate() {
        consumed += line.len();
        let text = line.trim_end();
        if text == fence || (!toml && text == "...") {
            body_from = Some((n + 2, consumed));
            break;
        }
        let indent = text.len() - text.trim_start().len();
        if let Some(at) = scalar {
            if text.trim().is_empty() || indent > at {
                // A top-level block scalar ("description: >-" over indented lines) is its
                // entry's value: folded into one line (`>`) or line by line (`|`).
                if let Some((index, folded)) = top_scalar {
                    if let Some(e) = front.entries.get_mut(index) {
                        let joint = if folded { " " } else { "\n" };
                        if !e.value.is_empty() && !text.trim().is_empty() {
                            e.value.push_str(joint);
                        }
                        e.value.push_str(text.trim());
                    }
                }
                continue;
            }
            scalar = None;
            if let Some((index, _)) = top_scalar.take() {
                if front.entries.get(index).is_some_and(|e| e.value.is_empty()) {
                    front.entries.remove(index);
                }
            }
        }
        // A blank line between a list's maps does not end the list.
        if list.is_some() && text.trim().is_empty() {
            continue;
        }
        // The maps of a top-level list: "- key: value" opens one, "  key: value" adds to it.
        if let Some(name) = list
            .as_ref()
            .filter(|_| !toml && (indent > 0 || text.starts_with('-')))
        {
            let trimmed = text.trim_start();
            let (opens, field, field_indent) = match trimmed.strip_prefix("- ") {
                Some(rest) => (true, rest, indent + 2),
                None => (false, trimmed, indent),
            };
            if opens {
                front.records.push(Record {
                    list: name.clone(),
                    fields: Vec::new(),
                    line: n + 2,
                });
            }
            // A comment ("# moved from August 2") is no part of any value.
            if field.starts_with('#') {
                continue;
            }
            let value = field.split_once(':').map(|(_, v)| v.trim());
            if matches!(value, Some("|" | ">" | "|-" | ">-" | "|+" | ">+")) {
                scalar = Some(field_indent);
            } else if let (Some(record), Some(e)) =
                (front.records.last_mut(), entry(field, false, n + 2))
            {
                field_at = field_indent;
                if e.value != "null" && e.value != "~" {
                    record.fields.push(e);
                }
            } else if let Some(last) = front
                .records
                .last_mut()
                .filter(|_| !opens && value.is_none() && field_indent > field_at)
                .and_then(|r| r.fields.last_mut())
            {
                // "event: RC1 images ready." over a more indented "Hard freeze from here on":
                // a plain value written over several lines, folded into one (a quoted one
                // without its quotes).
                // (The opening quote is gone already, or still there: either way the closing
                // one goes.)
                let closes = field.trim().ends_with('"')
                    && (last.value.starts_with('"') || last.value.matches('"').count() % 2 == 0);
                if closes && last.value.starts_with('"') {
                    last.value.remove(0);
                }
                last.value.push(' ');
                if closes {
                    last.value.push_str(field.trim().trim_end_matches('"'));
                } else {
                    last.value.push_str(field.trim());
                }
            }
            continue;
        }
        // Top-level entries only: nested maps are not the plan's facts.
        if text.starts_with(char::is_whitespace) || text.starts_with('-') || text.starts_with('#') {
            continue;
        }
        list = None;
        match entry(text, toml, n + 2) {
            Some(mut e)
                if !toml && matches!(e.value.as_str(), "|" | ">" | "|-" | ">-" | "|+" | ">+") =>
            {
                top_scalar = Some((front.entries.len(), e.value.starts_with('>')));
                scalar = Some(0);
                e.value.clear();
                front.entries.push(e);
            }
            Some(e) => front.entries.push(e),
            // "tasks:" with nothing after it: a list (or a map) follows.
            None if !toml => {
                list = text
                    .strip_suffix(':')
                    .map(|k| k.trim().to_lowercase().replace(['_', '-', '.'], " "))
            }
            None => {}
        }
    }
    if let Some((index, _)) = top_scalar {
        if front.entries.get(index).is_some_and(|e| e.value.is_empty()) {
            front.entries.remove(index);
        }
    }
    // An opening fence that is never closed is a rule, not front matter.
    let Some((lines_used, end)) = body_from else {
        return (FrontMatter::default(), source.to_string());
    };
    let mut text = "\n".repeat(lines_used);
    text.push_str(source.get(end..).unwrap_or_default());
    (front, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_and_toml_front_matter_give_entries_and_keep_line_numbers() {
        let (front, body) = split(
            "---\ntitle: \"Beta plan\"\nlaunch_date: 2026-04-01\ntags:\n  - beta\n---\n# Plan\n",
        );
        assert_eq!(
            front
                .entries
                .iter()
                .map(|e| (e.key.as_str(), e.value.as_str(), e.line))
                .collect::<Vec<_>>(),
            [("title", "Beta plan", 2), ("launch date", "2026-04-01", 3)]
        );
        assert_eq!(body, "\n\n\n\n\n\n# Plan\n");
        let (front, _) = split("+++\ntitle = 'Runbook'\ndate = 2026-11-07\n+++\nText\n");
        assert_eq!(front.entries[1].key, "date");
        assert_eq!(front.entries[1].value, "2026-11-07");
    }

    #[test]
    fn a_block_scalar_is_its_entry_value() {
        let (front, _) = split(
            "---\ntitle: Plan\ndescription: >-\n  Week-by-week plan\n  for the beta.\nnotes: |\n  one\n  two\ndate: 2027-01-04\n---\n",
        );
        let values: Vec<_> = front
            .entries
            .iter()
            .map(|e| (e.key.as_str(), e.value.as_str()))
            .collect();
        assert_eq!(
            values,
            [
                ("title", "Plan"),
                ("description", "Week-by-week plan for the beta."),
                ("notes", "one\ntwo"),
                ("date", "2027-01-04")
            ]
        );
    }

    #[test]
    fn a_rule_later_on_or_an_unclosed_fence_is_no_front_matter() {
        let text = "# Plan\n\n---\ntitle: x\n---\n";
        assert_eq!(split(text), (FrontMatter::default(), text.to_string()));
        let text = "---\ntitle: x\n\nNo closing fence\n";
        assert_eq!(split(text), (FrontMatter::default(), text.to_string()));
    }

    #[test]
    fn a_blank_line_between_maps_and_a_value_over_two_lines() {
        let (front, _) = split(
            "---\nevents:\n  - date:  09. August 2027\n    event: RC1 images ready.\n        Hard freeze from here on.\n\n  - date: 07. Feb 2028\n    event: Wallpaper picked\n---\nText\n",
        );
        assert_eq!(front.records.len(), 2);
        assert_eq!(
            front.records[0].get(&["event"]),
            Some("RC1 images ready. Hard freeze from here on.")
        );
        assert_eq!(front.records[1].get(&["date"]), Some("07. Feb 2028"));
    }

    #[test]
    fn a_list_of_maps_gives_records_without_its_block_scalars() {
        let (front, _) = split(
            "---\nname: Plan\ntasks:\n- name: Write the copy\n  content: |\n    - not a task\n    done: false\n  completed: true\n- name: Book the hall\n  content: null\nowner: Ana\n---\n",
        );
        let fields = |r: &Record| {
            r.fields
                .iter()
                .map(|f| (f.key.clone(), f.value.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(front.records.len(), 2);
        assert_eq!(front.records[0].list, "tasks");
        assert_eq!(
            fields(&front.records[0]),
            [
                ("name".to_string(), "Write the copy".to_string()),
                ("completed".to_string(), "true".to_string())
            ]
        );
        assert_eq!(
            front.records[1].get(&["title", "name"]),
            Some("Book the hall")
        );
        assert_eq!(front.records[1].line, 9);
        // The list ends at the next top-level key.
        assert_eq!(
            front
                .entries
                .iter()
                .map(|e| e.key.as_str())
                .collect::<Vec<_>>(),
            ["name", "owner"]
        );
    }
}

//! Names the place in a JSON text where a parse error happened, as a JSON path
//! (`$.plan.sections[1].title`), from the line and column serde_json reports. A small scanner
//! instead of tracking the path while deserializing, which would double the code size of every
//! deserializer in the browser build.

/// One level of nesting while scanning.
enum Frame {
    Object { key: Option<String> },
    Array { index: usize },
}

/// The JSON path of the value at `line` and `column` (1-based; column in bytes) of `text`.
pub(super) fn path_at(text: &str, line: usize, column: usize) -> String {
    let line_start = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    let end = (line_start + column).min(text.len());
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                // A string read where an object expects a key is that key.
                if let Some(Frame::Object { key }) = stack.last_mut() {
                    if key.is_none() {
                        *key = Some(unescape(
                            text.get(start..i.min(text.len())).unwrap_or_default(),
                        ));
                    }
                }
            }
            b'{' => stack.push(Frame::Object { key: None }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key }) => *key = None,
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    let mut path = String::from("$");
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(k) } => {
                path.push('.');
                path.push_str(k);
            }
            Frame::Object { key: None } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// Keys are plain words in our files; escapes are kept readable rather than decoded.
fn unescape(key: &str) -> String {
    key.replace("\\\"", "\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_path(text: &str) -> String {
        #[derive(serde::Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Item {
            done: bool,
        }
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Doc {
            items: Vec<Item>,
        }
        let e = serde_json::from_str::<Doc>(text).expect_err("should fail");
        path_at(text, e.line(), e.column())
    }

    #[test]
    fn names_the_value_that_failed() {
        assert_eq!(
            error_path(r#"{"items": [{"done": true}, {"done": "yes"}]}"#),
            "$.items[1].done"
        );
        assert_eq!(
            error_path("{\n  \"items\": [\n    {\"done\": false},\n    {\"done\": null}\n  ]\n}"),
            "$.items[1].done"
        );
        assert_eq!(
            error_path(r#"{"items": [{"done": true, "colour": "red"}]}"#),
            "$.items[0].colour"
        );
        assert_eq!(error_path(r#"{"items": 3}"#), "$.items");
    }

    #[test]
    fn strings_with_brackets_and_escapes_do_not_confuse_it() {
        assert_eq!(
            path_at(r#"{"a": "[{,\"", "b": [1, 2, x]}"#, 1, 27),
            "$.b[2]"
        );
    }

    #[test]
    fn never_panics_past_the_end() {
        assert_eq!(path_at("{\"a\": [", 99, 99), "$.a[0]");
        assert_eq!(path_at("", 1, 1), "$");
    }
}

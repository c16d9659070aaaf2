//! Repairs mojibake: UTF-8 text that was once read as Windows-1252 and saved again
//! ("âœ…" for "✅", "â†’" for "→"), as happens when a plan passes through an old editor.

/// The characters Windows-1252 puts at bytes 0x80..=0x9F. `None` marks the five bytes it leaves
/// undefined; decoders that meet them keep them as the C1 control character of the same value.
const CP1252_HIGH: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('‘'),
    Some('’'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

/// The Windows-1252 byte that decodes to `c`, if there is one.
fn cp1252_byte(c: char) -> Option<u8> {
    let code = u32::from(c);
    match code {
        0x00..=0x7F | 0xA0..=0xFF => u8::try_from(code).ok(),
        // An undefined byte that a decoder passed through as a C1 control.
        0x80..=0x9F => {
            let byte = u8::try_from(code).ok()?;
            CP1252_HIGH[usize::from(byte - 0x80)]
                .is_none()
                .then_some(byte)
        }
        _ => CP1252_HIGH
            .iter()
            .position(|&mapped| mapped == Some(c))
            .and_then(|i| u8::try_from(0x80 + i).ok()),
    }
}

/// The outcome of [`repair`]: the text and how many mis-decoded sequences were put right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repaired {
    pub text: String,
    /// How many runs of mojibake were replaced by the characters they stood for.
    pub repairs: usize,
    /// 1-based numbers of the lines that held a repair.
    pub lines: Vec<usize>,
}

/// Puts back the characters that a UTF-8 → Windows-1252 → UTF-8 round trip garbled.
///
/// Only runs of non-ASCII characters that map back to bytes forming valid multi-byte UTF-8 are
/// replaced, so correct text (including real "é" or "â" in words) is left alone: a lone "â" or
/// "é" never forms a valid UTF-8 sequence by itself.
pub fn repair(text: &str) -> Repaired {
    let mut out = String::with_capacity(text.len());
    let mut repairs = 0;
    let mut lines = Vec::new();
    let mut line = 1;
    let mut rest = text;
    loop {
        // A run of ASCII holds nothing to repair: copied at once (most of any plan).
        let ascii = rest.bytes().position(|b| b >= 0x80).unwrap_or(rest.len());
        let (plain, tail) = rest.split_at(ascii);
        line += plain.bytes().filter(|&b| b == b'\n').count();
        out.push_str(plain);
        rest = tail;
        let Some(c) = rest.chars().next() else {
            break;
        };
        if let Some((fixed, consumed)) = repair_at(rest) {
            out.push_str(&fixed);
            repairs += 1;
            if lines.last() != Some(&line) {
                lines.push(line);
            }
            rest = &rest[consumed..];
            continue;
        }
        if c == '\n' {
            line += 1;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    Repaired {
        text: out,
        repairs,
        lines,
    }
}

/// Tries to read one mis-decoded UTF-8 character (or several in a row) at the start of `s`.
/// Returns the repaired text and how many bytes of `s` it replaces.
fn repair_at(s: &str) -> Option<(String, usize)> {
    let mut bytes = Vec::new();
    let mut consumed = 0;
    let mut fixed = String::new();
    let mut fixed_consumed = 0;
    for c in s.chars() {
        let Some(byte) = cp1252_byte(c).filter(|&b| b >= 0x80) else {
            break;
        };
        // A sequence must start with a lead byte; stop at a byte that cannot continue the run.
        if bytes.is_empty() && !(0xC2..=0xF4).contains(&byte) {
            break;
        }
        bytes.push(byte);
        consumed += c.len_utf8();
        match std::str::from_utf8(&bytes) {
            Ok(decoded) => {
                fixed.push_str(decoded);
                fixed_consumed = consumed;
                bytes.clear();
            }
            Err(e) if e.error_len().is_some() => break,
            Err(_) => {} // incomplete: read on
        }
        if bytes.len() > 4 {
            break;
        }
    }
    (fixed_consumed > 0).then_some((fixed, fixed_consumed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repairs_the_markers_seen_in_plans() {
        // ✅ → 🎯 🚀 🎉, each as it arrives after a Windows-1252 round trip.
        let r = repair("Done âœ… â†’ next ðŸŽ¯ ðŸš€ ðŸŽ‰");
        assert_eq!(r.text, "Done ✅ → next 🎯 🚀 🎉");
        assert_eq!(r.repairs, 5);
        assert_eq!(r.lines, vec![1]);
    }

    #[test]
    fn leaves_correct_text_alone() {
        for s in [
            "café déjà vu",
            "Zürich – naïve",
            "✅ → 🚀",
            "plain ascii",
            "Â alone",
            "",
        ] {
            let r = repair(s);
            assert_eq!(r.text, s);
            assert_eq!(r.repairs, 0);
        }
    }

    #[test]
    fn reports_the_lines_that_were_repaired() {
        let r = repair("a\nb âœ…\nc\nd â†’ e âœ…\n");
        assert_eq!(r.text, "a\nb ✅\nc\nd → e ✅\n");
        assert_eq!(r.lines, vec![2, 4]);
        assert_eq!(r.repairs, 3);
    }

    #[test]
    fn repairs_accented_letters_too() {
        // "é" is C3 A9, which reads as "Ã©" in Windows-1252.
        assert_eq!(repair("cafÃ©").text, "café");
    }

    #[test]
    fn passes_through_undefined_bytes_kept_as_c1_controls() {
        // U+2701 (✁) is E2 9C 81; 0x81 is undefined in Windows-1252 and survives as U+0081.
        assert_eq!(repair("âœ\u{81}").text, "✁");
    }

    #[test]
    fn an_incomplete_sequence_is_kept_as_written() {
        assert_eq!(repair("âœ").text, "âœ");
        assert_eq!(repair("ðŸŽ").text, "ðŸŽ");
    }
}

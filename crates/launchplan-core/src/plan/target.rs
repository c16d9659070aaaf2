//! Success-metric targets: "<2 sec page loads", "99% uptime", "NPS > 50", "$10K payment volume"
//! read as comparator, number and unit, and checked against an actual value.

use serde::{Deserialize, Serialize};

/// How an actual value must compare to the target's number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Comparator {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
}

impl Comparator {
    pub fn symbol(self) -> &'static str {
        match self {
            Comparator::Lt => "<",
            Comparator::Le => "≤",
            Comparator::Gt => ">",
            Comparator::Ge => "≥",
            Comparator::Eq => "=",
        }
    }

    fn holds(self, actual: f64, target: f64) -> bool {
        match self {
            Comparator::Lt => actual < target,
            Comparator::Le => actual <= target,
            Comparator::Gt => actual > target,
            Comparator::Ge => actual >= target,
            Comparator::Eq => (actual - target).abs() < 1e-9,
        }
    }
}

/// A parsed metric target. `value` is in `unit` with any K/M suffix applied ("$10K" → 10000 "$").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub comparator: Comparator,
    pub value: f64,
    /// "sec", "%", "$", or empty for a count.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// What is measured ("page loads", "uptime", "NPS").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub measure: String,
}

/// Whether a metric's actual value meets its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Met,
    Missed,
}

impl Target {
    /// Reads a target from a metric's text, or None when it states no number to reach.
    pub fn parse(text: &str) -> Option<Target> {
        let text = text.trim();
        let lower = text.to_lowercase();
        // "Zero critical bugs", "No P0 bugs open": a count of none, when no number is written.
        if !text.contains(|c: char| c.is_ascii_digit()) {
            for word in ["zero ", "no "] {
                if lower.starts_with(word) {
                    return Some(Target {
                        comparator: Comparator::Le,
                        value: 0.0,
                        unit: String::new(),
                        measure: text[word.len()..].trim().to_string(),
                    });
                }
            }
        }
        let (comparator, quantity, measure) = find_quantity(text)?;
        Some(Target {
            comparator,
            value: quantity.value,
            unit: quantity.unit,
            measure,
        })
    }

    /// Compares an actual value as the team wrote it ("1.4 sec", "$12K", "99.5%").
    /// None when the actual has no number or its unit cannot be compared with the target's.
    pub fn verdict(&self, actual: &str) -> Option<Verdict> {
        let q = parse_quantity(actual.trim())?.0;
        let value = convert(q.value, &q.unit, &self.unit)?;
        Some(if self.comparator.holds(value, self.value) {
            Verdict::Met
        } else {
            Verdict::Missed
        })
    }

    /// The target in short form: "< 2 sec", "≥ $10,000", "> 50".
    pub fn describe(&self) -> String {
        let number = format_number(self.value);
        let amount = match self.unit.as_str() {
            "" => number,
            "$" | "€" | "£" => format!("{}{number}", self.unit),
            "%" => format!("{number}%"),
            unit => format!("{number} {unit}"),
        };
        format!("{} {amount}", self.comparator.symbol())
    }
}

/// A number with its unit.
#[derive(Debug, Clone, PartialEq)]
struct Quantity {
    value: f64,
    unit: String,
}

/// Finds "<comparator?> <quantity>" or "<measure> <comparator> <quantity>" in a metric's text.
fn find_quantity(text: &str) -> Option<(Comparator, Quantity, String)> {
    // Walk to the first digit or currency sign that starts a number.
    let starts_number = |i: usize, c: char| {
        let after_word = text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let currency = matches!(c, '$' | '€' | '£')
            && text[i + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit());
        !after_word && (c.is_ascii_digit() || currency)
    };
    let start = text.char_indices().find(|&(i, c)| starts_number(i, c))?;
    let before = text[..start.0].trim_end();
    let (quantity, used) = parse_quantity(&text[start.0..])?;
    let after = text[start.0 + used..].trim();
    let (comparator, prefix) = comparator_suffix(before);
    let mut comparator = comparator.unwrap_or(Comparator::Ge);
    let mut rest = after;
    // "10+ test transactions"
    if let Some(stripped) = rest.strip_prefix('+') {
        comparator = Comparator::Ge;
        rest = stripped.trim_start();
    }
    let measure = if prefix.is_empty() {
        rest.to_string()
    } else {
        prefix.to_string()
    };
    Some((comparator, quantity, measure.trim().to_string()))
}

/// Splits a trailing comparator off `before` ("NPS >" → Gt, "NPS"; "under" → Lt).
fn comparator_suffix(before: &str) -> (Option<Comparator>, &str) {
    const FORMS: [(&str, Comparator); 17] = [
        ("no more than", Comparator::Le),
        ("no less than", Comparator::Ge),
        ("fewer than", Comparator::Lt),
        ("<=", Comparator::Le),
        (">=", Comparator::Ge),
        ("≤", Comparator::Le),
        ("≥", Comparator::Ge),
        ("<", Comparator::Lt),
        (">", Comparator::Gt),
        ("=", Comparator::Eq),
        ("at least", Comparator::Ge),
        ("at most", Comparator::Le),
        ("under", Comparator::Lt),
        ("below", Comparator::Lt),
        ("less than", Comparator::Lt),
        ("more than", Comparator::Gt),
        ("over", Comparator::Gt),
    ];
    // German, a whole word before the number ("in unter 300 ms", "mindestens 40 Anmeldungen";
    // not "Counter 500").
    const GERMAN: [(&str, Comparator); 6] = [
        ("weniger als", Comparator::Lt),
        ("mehr als", Comparator::Gt),
        ("unter", Comparator::Lt),
        ("über", Comparator::Gt),
        ("mindestens", Comparator::Ge),
        ("höchstens", Comparator::Le),
    ];
    let lower = before.to_lowercase();
    for (form, comparator) in GERMAN {
        if let Some(rest) = lower.strip_suffix(form) {
            if rest.is_empty() || rest.ends_with(' ') {
                let at = before.len().saturating_sub(form.len());
                if lower.len() == before.len() && before.is_char_boundary(at) {
                    return (Some(comparator), before[..at].trim_end());
                }
            }
        }
    }
    for (form, comparator) in FORMS {
        if lower.ends_with(form)
            && before.len() >= form.len()
            && before.is_char_boundary(before.len() - form.len())
        {
            return (
                Some(comparator),
                before[..before.len() - form.len()].trim_end(),
            );
        }
    }
    (None, before)
}

/// Reads a number with currency, thousands separators, K/M suffix and unit from the start of `s`.
/// Returns the quantity and how many bytes it used.
fn parse_quantity(s: &str) -> Option<(Quantity, usize)> {
    let mut unit = String::new();
    let mut i = 0;
    if let Some(c) = s.chars().next().filter(|c| matches!(c, '$' | '€' | '£')) {
        unit.push(c);
        i += c.len_utf8();
    }
    let digits_start = i;
    let bytes = s.as_bytes();
    while i < bytes.len()
        && (bytes[i].is_ascii_digit()
            || bytes[i] == b'.'
            || (bytes[i] == b',' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
    {
        i += 1;
    }
    let number: String = s[digits_start..i].chars().filter(|&c| c != ',').collect();
    let mut value = decimal_value(number.trim_end_matches('.'))?;
    if !value.is_finite() {
        return None;
    }
    // A K/M/B multiplier directly after the number ("$10K", "2.5M").
    if let Some(m) = bytes.get(i).map(|b| b.to_ascii_lowercase()) {
        let next_is_letter = bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic);
        let factor = match m {
            b'k' if !next_is_letter => Some(1e3),
            b'm' if !next_is_letter => Some(1e6),
            b'b' if !next_is_letter => Some(1e9),
            _ => None,
        };
        if let Some(f) = factor {
            value *= f;
            i += 1;
        }
    }
    if !value.is_finite() {
        return None;
    }
    if s[i..].starts_with('%') {
        unit = "%".into();
        i += 1;
    } else if unit.is_empty() {
        let rest = &s[i..];
        let word_start = rest.len() - rest.trim_start().len();
        let word: String = rest
            .trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        if let Some(canonical) = time_unit(&word) {
            unit = canonical.into();
            i += word_start + word.len();
        }
    }
    Some((Quantity { value, unit }, i))
}

/// The value of a number written with digits and at most one point ("1200", "2.5", ".5"), with
/// no point at its end (the caller strips it); `None` for "", "." or "1.2.3". Read by hand: the
/// digits as an integer and the count of decimal places, then one multiplication or division by
/// a power of ten that `f64` holds exactly (Clinger's fast path), which is what `str::parse`
/// gives for up to 15 significant digits and 22 decimal places. `f64::from_str` would add core's
/// 10 KB table of powers of five (and its parser) to what a first visit downloads, and
/// serde_json's number reader its error messages. Longer numbers may be a bit off, and numbers of
/// more than 40 digits are refused: a metric is never written that way.
fn decimal_value(number: &str) -> Option<f64> {
    /// Digits a number may have.
    const MAX_DIGITS: usize = 40;
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let digits = whole.len() + fraction.len();
    if digits == 0
        || digits > MAX_DIGITS
        || !whole
            .bytes()
            .chain(fraction.bytes())
            .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let mut mantissa: u64 = 0;
    let mut exponent: i32 = 0;
    let whole_digits = whole.bytes().map(|b| (b - b'0', false));
    for (digit, decimal) in whole_digits.chain(fraction.bytes().map(|b| (b - b'0', true))) {
        if mantissa <= (u64::MAX - 9) / 10 {
            mantissa = mantissa * 10 + u64::from(digit);
            exponent -= i32::from(decimal);
        } else if !decimal {
            // A digit past what the integer holds: a place more, the digit dropped.
            exponent += 1;
        }
    }
    let value = scale(mantissa as f64, exponent);
    value.is_finite().then_some(value)
}

/// `value` times ten to the power `exponent`, by the powers of ten an `f64` holds exactly.
fn scale(mut value: f64, mut exponent: i32) -> f64 {
    const EXACT: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    while exponent > 22 {
        value *= EXACT[22];
        exponent -= 22;
    }
    while exponent < -22 {
        value /= EXACT[22];
        exponent += 22;
    }
    let power = EXACT[exponent.unsigned_abs() as usize];
    if exponent < 0 {
        value / power
    } else {
        value * power
    }
}

/// The canonical name of a time unit word (ASCII letters), if it is one.
fn time_unit(word: &str) -> Option<&'static str> {
    match word.to_ascii_lowercase().as_str() {
        "ms" | "millisecond" | "milliseconds" => Some("ms"),
        "s" | "sec" | "secs" | "second" | "seconds" => Some("sec"),
        "min" | "mins" | "minute" | "minutes" => Some("min"),
        "h" | "hr" | "hrs" | "hour" | "hours" => Some("hours"),
        _ => None,
    }
}

/// Converts `value` from one unit to another; None when they measure different things.
fn convert(value: f64, from: &str, to: &str) -> Option<f64> {
    if from == to || from.is_empty() {
        return Some(value);
    }
    let seconds = |unit: &str| match unit {
        "ms" => Some(0.001),
        "sec" => Some(1.0),
        "min" => Some(60.0),
        "hours" => Some(3600.0),
        _ => None,
    };
    Some(value * seconds(from)? / seconds(to)?)
}

/// A number without trailing zeros, with thousands separators: 10000 → "10,000", 1.5 → "1.5".
fn format_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        let digits = format!("{}", value.abs() as i64);
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        if value < 0.0 {
            out.insert(0, '-');
        }
        out
    } else {
        // Two decimals at most, without float formatting (which costs the browser build ~10 KB).
        let hundredths = (value.abs() * 100.0).round() as i64;
        let sign = if value < 0.0 { "-" } else { "" };
        let whole = hundredths / 100;
        let fraction = format!("{:02}", hundredths % 100);
        format!("{sign}{whole}.{}", fraction.trim_end_matches('0'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(text: &str) -> Target {
        Target::parse(text).unwrap_or_else(|| panic!("no target in {text:?}"))
    }

    #[test]
    fn reads_every_form_in_the_billingos_plan() {
        let cases = [
            (
                "<2 sec page loads",
                Comparator::Lt,
                2.0,
                "sec",
                "page loads",
            ),
            ("99% uptime", Comparator::Ge, 99.0, "%", "uptime"),
            (
                "<1% payment failure rate",
                Comparator::Lt,
                1.0,
                "%",
                "payment failure rate",
            ),
            ("NPS > 50", Comparator::Gt, 50.0, "", "NPS"),
            (
                "$10K payment volume",
                Comparator::Ge,
                10_000.0,
                "$",
                "payment volume",
            ),
            (
                "10 active customers",
                Comparator::Ge,
                10.0,
                "",
                "active customers",
            ),
            (
                "1+ beta customer signed",
                Comparator::Ge,
                1.0,
                "",
                "beta customer signed",
            ),
            (
                "50+ real transactions",
                Comparator::Ge,
                50.0,
                "",
                "real transactions",
            ),
            (
                "Zero critical bugs",
                Comparator::Le,
                0.0,
                "",
                "critical bugs",
            ),
            (
                "$25K monthly volume",
                Comparator::Ge,
                25_000.0,
                "$",
                "monthly volume",
            ),
        ];
        for (text, comparator, value, unit, measure) in cases {
            let got = t(text);
            assert_eq!(
                (
                    got.comparator,
                    got.value,
                    got.unit.as_str(),
                    got.measure.as_str()
                ),
                (comparator, value, unit, measure),
                "{text}"
            );
        }
    }

    #[test]
    fn texts_without_a_number_have_no_target() {
        assert_eq!(Target::parse("Team morale high"), None);
        assert_eq!(Target::parse("Customer satisfaction confirmed"), None);
    }

    #[test]
    fn other_comparator_words() {
        assert_eq!(t("Churn under 5%").comparator, Comparator::Lt);
        assert_eq!(t("at least 3 case studies").comparator, Comparator::Ge);
        assert_eq!(t("p95 latency <= 300 ms").comparator, Comparator::Le);
        assert_eq!(t("p95 latency <= 300 ms").unit, "ms");
        assert_eq!(t("Revenue ≥ $1.5M").value, 1_500_000.0);
        let p1 = t("No more than 5 P1 bugs");
        assert_eq!(
            (p1.comparator, p1.value, p1.measure.as_str()),
            (Comparator::Le, 5.0, "P1 bugs")
        );
        assert_eq!(t("fewer than 3 outages").comparator, Comparator::Lt);
    }

    #[test]
    fn verdicts_follow_the_comparator_and_convert_time_units() {
        let loads = t("<2 sec page loads");
        assert_eq!(loads.verdict("1.4 sec"), Some(Verdict::Met));
        assert_eq!(loads.verdict("1.4"), Some(Verdict::Met));
        assert_eq!(loads.verdict("2"), Some(Verdict::Missed));
        assert_eq!(loads.verdict("800 ms"), Some(Verdict::Met));
        assert_eq!(loads.verdict("fast"), None);
        let volume = t("$10K payment volume");
        assert_eq!(volume.verdict("$12K"), Some(Verdict::Met));
        assert_eq!(volume.verdict("9,500"), Some(Verdict::Missed));
        assert_eq!(t("Zero critical bugs").verdict("0"), Some(Verdict::Met));
        assert_eq!(t("Zero critical bugs").verdict("2"), Some(Verdict::Missed));
        // A percentage cannot be compared with seconds.
        assert_eq!(loads.verdict("50%"), None);
    }

    #[test]
    fn describes_targets_in_short_form() {
        assert_eq!(t("<2 sec page loads").describe(), "< 2 sec");
        assert_eq!(t("$10K payment volume").describe(), "≥ $10,000");
        assert_eq!(t("99% uptime").describe(), "≥ 99%");
        assert_eq!(t("NPS > 50").describe(), "> 50");
        assert_eq!(t("<1.5 sec loads").describe(), "< 1.5 sec");
        assert_eq!(t("<0.25% errors").describe(), "< 0.25%");
    }

    #[test]
    fn never_panics_on_odd_text() {
        for s in [
            "",
            "$",
            "1e999999 things",
            "1.2.3.4",
            "<",
            "9999999999999999999999999",
            "€5",
            "5 k",
            "NPS >",
            "ðŸš€ 5",
        ] {
            let _ = Target::parse(s);
            let _ = t("<2 sec page loads").verdict(s);
        }
    }
}

#[cfg(test)]
mod decimal_tests {
    use super::decimal_value;

    #[test]
    fn reads_a_number_as_str_parse_does() {
        for s in [
            "0",
            "7",
            "007",
            "10",
            "1200",
            "99.9",
            "0.1",
            "0.25",
            ".5",
            "00.5",
            "2.5",
            "1.0",
            "3.14159",
            "123456789012345",
            "0.000001",
            "10000000",
            "99.99",
            "4.35",
            "1.005",
        ] {
            let want: f64 = s.parse().unwrap();
            assert_eq!(decimal_value(s), Some(want), "{s}");
        }
    }

    /// Every number of up to 15 significant digits and 22 decimal places, drawn by a fixed
    /// sequence: the fast path is exact there.
    #[test]
    fn reads_every_short_number_as_str_parse_does() {
        let mut seed: u64 = 0x2026_1206;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            seed >> 33
        };
        for _ in 0..200_000 {
            let digits = 1 + next() % 15;
            let mut text: String = (0..digits)
                .map(|_| char::from(b'0' + (next() % 10) as u8))
                .collect();
            let places = (next() % 23) as usize;
            if places > 0 {
                while text.len() < places {
                    text.insert(0, '0');
                }
                text.insert(text.len() - places, '.');
            }
            let want: f64 = text.parse().unwrap();
            assert_eq!(decimal_value(&text), Some(want), "{text}");
        }
    }

    /// Beyond 15 significant digits or 22 decimal places the reading may be one bit off (never
    /// more), and a number of more than 40 digits is refused: no metric is written that way.
    #[test]
    fn reads_longer_numbers_within_one_bit() {
        for s in [
            "0.00000000000000000000001",
            "123456789012345678901",
            "9999999999999999999999999",
        ] {
            let want: f64 = s.parse().unwrap();
            let got = decimal_value(s).unwrap();
            assert!(
                got.to_bits().abs_diff(want.to_bits()) <= 1,
                "{s}: {got} against {want}"
            );
        }
        assert_eq!(
            decimal_value(&format!("17976931348623157{}", "0".repeat(292))),
            None
        );
        assert_eq!(decimal_value(&"9".repeat(41)), None);
        assert!(decimal_value(&"9".repeat(40)).is_some());
    }

    #[test]
    fn refuses_what_str_parse_refuses() {
        for s in ["", ".", "..", "1.2.3", "1..2"] {
            assert!(s.parse::<f64>().is_err(), "{s}");
            assert_eq!(decimal_value(s), None, "{s}");
        }
    }

    /// Only digits and one point: a sign, an exponent or other digits are the caller's to read.
    #[test]
    fn refuses_anything_but_digits_and_a_point() {
        for s in ["1e5", "-1", "+1", "1_000", "\u{661}", "1 000", "inf", "NaN"] {
            assert_eq!(decimal_value(s), None, "{s}");
        }
    }
}

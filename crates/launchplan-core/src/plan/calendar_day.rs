//! Calendar days in the plan's files, "2026-02-10" as chrono writes them, read by a parser of
//! that one shape instead of chrono's general format parser (which is kilobytes of wasm that
//! every first visit would load to read the stored plan). Used with `#[serde(with = …)]`.

use chrono::NaiveDate;
use serde::{de, Deserializer, Serializer};
use std::fmt;

/// Reads "2026-02-10" (and the signed, longer years chrono writes beyond 9999: "+10000-01-01",
/// "-0001-12-31"), as leniently as chrono did (a hand-written "2026-2-1", spaces before a
/// dash); Err with what is wrong, in chrono's words, which the JSON reader explains.
pub fn parse(text: &str) -> Result<NaiveDate, &'static str> {
    const BAD: &str = "input contains invalid characters";
    let text = text.trim();
    // A year of more than four digits is signed.
    let (sign, rest, longest) = match text.as_bytes().first() {
        Some(b'+') => (1, &text[1..], 9),
        Some(b'-') => (-1, &text[1..], 9),
        _ => (1, text, 4),
    };
    let mut parts = rest.splitn(3, '-');
    let (Some(year), Some(month), Some(day)) = (parts.next(), parts.next(), parts.next()) else {
        return Err("premature end of input");
    };
    let digits = |s: &str, min: usize, max: usize| {
        (s.len() >= min && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<i64>().ok())
            .flatten()
    };
    let year = digits(year.trim_end(), 1, longest).ok_or(BAD)?;
    let month = digits(month.trim(), 1, 2).ok_or(BAD)?;
    let day = digits(day.trim_start(), 1, 2).ok_or(BAD)?;
    let year = i32::try_from(sign * year).map_err(|_| "input is out of range")?;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).ok_or("input is out of range")
}

pub fn serialize<S: Serializer>(day: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(day)
}

pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    deserializer.deserialize_str(DayVisitor)
}

struct DayVisitor;

impl de::Visitor<'_> for DayVisitor {
    type Value = NaiveDate;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a date written YYYY-MM-DD")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<NaiveDate, E> {
        parse(text).map_err(E::custom)
    }
}

/// The same for an optional day (`null` or absent: none).
pub mod option {
    use super::*;

    pub fn serialize<S: Serializer>(
        day: &Option<NaiveDate>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match day {
            Some(day) => serializer.collect_str(day),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        deserializer.deserialize_option(OptionVisitor)
    }

    struct OptionVisitor;

    impl<'de> de::Visitor<'de> for OptionVisitor {
        type Value = Option<NaiveDate>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a date written YYYY-MM-DD, or null")
        }

        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            super::deserialize(d).map(Some)
        }

        /// A deserializer that has no options (serde's value deserializers) gives the text.
        fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
            parse(text).map(Some).map_err(E::custom)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_chrono_writes_and_nothing_else() {
        for day in [
            NaiveDate::from_ymd_opt(2026, 2, 10).unwrap(),
            NaiveDate::from_ymd_opt(2028, 2, 29).unwrap(),
            NaiveDate::from_ymd_opt(12345, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(-1, 12, 31).unwrap(),
            NaiveDate::MIN,
            NaiveDate::MAX,
        ] {
            assert_eq!(parse(&day.to_string()), Ok(day), "{day}");
        }
        assert_eq!(parse("2026-02-30"), Err("input is out of range"));
        assert_eq!(
            parse("2026-2-1"),
            Ok(NaiveDate::from_ymd_opt(2026, 2, 1).unwrap())
        );
        assert_eq!(
            parse("2026-002-10"),
            Err("input contains invalid characters")
        );
        assert_eq!(parse("tomorrow"), Err("premature end of input"));
        assert_eq!(
            parse("2026-02-10x"),
            Err("input contains invalid characters")
        );
        assert_eq!(parse(""), Err("premature end of input"));
    }

    #[test]
    fn agrees_with_chrono_on_what_it_accepts() {
        for text in [
            "2026-02-10",
            "2026-2-1",
            " 2026-02-10",
            "2026-02-10 ",
            "2026 -02-10",
            "2026- 02-10",
            "+2026-02-10",
            "20260-01-01",
            "26-01-01",
            "2026-02",
            "2026/02/10",
            "2026-02-10T00",
            "02026-02-10",
            "+020260-01-01",
            "2026-13-01",
            "2026-00-10",
            "-2026-02-10",
            "2026-02-010",
            "",
        ] {
            assert_eq!(parse(text).ok(), text.parse::<NaiveDate>().ok(), "{text:?}");
        }
    }
}

//! Calendar days in the plan's files, "2026-02-10" as chrono writes them, read by a parser of
//! that one shape instead of chrono's general format parser (which is kilobytes of wasm that
//! every first visit would load to read the stored plan). Used with `#[serde(with = …)]`.

use chrono::{Datelike, NaiveDate};
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
    match four_digit_year(day) {
        Some(text) => serializer.serialize_str(as_str(&text)),
        None => serializer.collect_str(day),
    }
}

/// "2026-02-10", as chrono writes a day of the years 0 to 9999, without chrono's general
/// formatter (a plan's file and stored copy write a day for every item: saving and checking
/// the size of an imported plan spent a good part of their time in it). Other years are signed
/// and longer: None, for chrono to write.
fn four_digit_year(day: &NaiveDate) -> Option<[u8; 10]> {
    let year = u32::try_from(day.year()).ok().filter(|y| *y <= 9999)?;
    let digit = |n: u32| b'0' + (n % 10) as u8;
    let (month, day) = (day.month(), day.day());
    Some([
        digit(year / 1000),
        digit(year / 100),
        digit(year / 10),
        digit(year),
        b'-',
        digit(month / 10),
        digit(month),
        b'-',
        digit(day / 10),
        digit(day),
    ])
}

/// The text of [`four_digit_year`]'s digits and dashes.
fn as_str(text: &[u8; 10]) -> &str {
    std::str::from_utf8(text).unwrap_or_default()
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
            Some(day) => super::serialize(day, serializer),
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
    fn writes_days_as_chrono_does() {
        let write = |day: NaiveDate| serde_json::to_string(&Written(day)).unwrap();
        let mut day = NaiveDate::from_ymd_opt(1890, 1, 1).unwrap();
        while day.year() < 2210 {
            assert_eq!(write(day), format!("\"{day}\""));
            day = day.succ_opt().unwrap();
        }
        for day in [
            NaiveDate::from_ymd_opt(0, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(7, 7, 7).unwrap(),
            NaiveDate::from_ymd_opt(99, 12, 31).unwrap(),
            NaiveDate::from_ymd_opt(999, 10, 10).unwrap(),
            NaiveDate::from_ymd_opt(9999, 12, 31).unwrap(),
            NaiveDate::from_ymd_opt(10000, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(-1, 12, 31).unwrap(),
            NaiveDate::MIN,
            NaiveDate::MAX,
        ] {
            assert_eq!(write(day), format!("\"{day}\""));
            let optional = serde_json::to_string(&WrittenOption(Some(day))).unwrap();
            assert_eq!(optional, format!("\"{day}\""));
        }
        assert_eq!(serde_json::to_string(&WrittenOption(None)).unwrap(), "null");
    }

    #[derive(serde::Serialize)]
    struct Written(#[serde(with = "super")] NaiveDate);

    #[derive(serde::Serialize)]
    struct WrittenOption(#[serde(with = "super::option")] Option<NaiveDate>);

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

//! Plan dates: the [`Period`] a heading or bullet names, finding date phrases in plan text
//! ("Feb 10-14, 2026", "Monday, Feb 10", "March 2026", "Q4 2025", …) and formatting periods
//! back to text so that export → import gives back the same period.
//!
//! Plan dates are calendar days ([`NaiveDate`]), never instants. Nothing here reads a clock:
//! a date written without a year takes its year from a context date that the caller passes.

use std::ops::Range;

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// A span of calendar days that a heading or bullet names. Written as `{"kind": "day", "date":
/// …}`; read through [`PeriodFields`] (see there).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", try_from = "PeriodFields")]
pub enum Period {
    /// One calendar day.
    Day {
        #[serde(with = "super::calendar_day")]
        date: NaiveDate,
    },
    /// Days `start..=end`, kept as written even if `end < start` (a lint flags that).
    Range {
        #[serde(with = "super::calendar_day")]
        start: NaiveDate,
        #[serde(with = "super::calendar_day")]
        end: NaiveDate,
    },
    /// A calendar month; `month` is 1..=12.
    Month { year: i32, month: u32 },
    /// A calendar quarter; `quarter` is 1..=4 (Q1 = Jan–Mar).
    Quarter { year: i32, quarter: u32 },
}

/// A period as the file writes it, every field optional: read as one flat record and then
/// checked, which takes a fraction of the code serde generates for a tagged enum (it buffers
/// each record to find its tag first), and every period of a stored plan is read at start.
#[derive(serde::Deserialize)]
struct PeriodFields {
    kind: PeriodKind,
    #[serde(default, with = "super::calendar_day::option")]
    date: Option<NaiveDate>,
    #[serde(default, with = "super::calendar_day::option")]
    start: Option<NaiveDate>,
    #[serde(default, with = "super::calendar_day::option")]
    end: Option<NaiveDate>,
    #[serde(default)]
    year: Option<i32>,
    #[serde(default)]
    month: Option<u32>,
    #[serde(default)]
    quarter: Option<u32>,
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "snake_case")]
enum PeriodKind {
    Day,
    Range,
    Month,
    Quarter,
}

impl TryFrom<PeriodFields> for Period {
    type Error = &'static str;

    fn try_from(f: PeriodFields) -> Result<Period, &'static str> {
        Ok(match f.kind {
            PeriodKind::Day => Period::Day {
                date: f.date.ok_or("missing field `date`")?,
            },
            PeriodKind::Range => Period::Range {
                start: f.start.ok_or("missing field `start`")?,
                end: f.end.ok_or("missing field `end`")?,
            },
            PeriodKind::Month => Period::Month {
                year: f.year.ok_or("missing field `year`")?,
                month: f.month.ok_or("missing field `month`")?,
            },
            PeriodKind::Quarter => Period::Quarter {
                year: f.year.ok_or("missing field `year`")?,
                quarter: f.quarter.ok_or("missing field `quarter`")?,
            },
        })
    }
}

impl Period {
    /// A month or a quarter: a period that names no day.
    pub fn is_coarse(&self) -> bool {
        matches!(self, Period::Month { .. } | Period::Quarter { .. })
    }

    /// The first day of the period (for a `Range`, its `start` as written).
    ///
    /// A `month` or `quarter` out of range (only possible through deserialisation) is clamped
    /// into range, so this never panics.
    pub fn first_day(&self) -> NaiveDate {
        match *self {
            Period::Day { date } => date,
            Period::Range { start, .. } => start,
            Period::Month { year, month } => month_first_day(year, month),
            Period::Quarter { year, quarter } => {
                month_first_day(year, quarter_first_month(quarter))
            }
        }
    }

    /// The last day of the period (for a backwards `Range`, the `end` as written).
    pub fn last_day(&self) -> NaiveDate {
        match *self {
            Period::Day { date } => date,
            Period::Range { end, .. } => end,
            Period::Month { year, month } => month_last_day(year, month),
            Period::Quarter { year, quarter } => {
                month_last_day(year, quarter_first_month(quarter) + 2)
            }
        }
    }

    /// Whether `day` lies in `first_day()..=last_day()`.
    ///
    /// A backwards `Range` (end before start) contains no day.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.first_day() <= day && day <= self.last_day()
    }

    /// The same days `years` later (earlier when negative); 29 February becomes the 28th in a
    /// year without it. None when a year would leave the calendar.
    pub fn in_years(&self, years: i32) -> Option<Period> {
        Some(match *self {
            Period::Day { date } => Period::Day {
                date: date_in_years(date, years)?,
            },
            Period::Range { start, end } => Period::Range {
                start: date_in_years(start, years)?,
                end: date_in_years(end, years)?,
            },
            Period::Month { year, month } => Period::Month {
                year: year.checked_add(years)?,
                month,
            },
            Period::Quarter { year, quarter } => Period::Quarter {
                year: year.checked_add(years)?,
                quarter,
            },
        })
    }

    /// Moves every date by `days`; Month and Quarter move to the month/quarter containing
    /// their shifted first day.
    ///
    /// A shift past the limits of [`NaiveDate`] stops at `NaiveDate::MIN` / `NaiveDate::MAX`.
    pub fn shifted(&self, days: i64) -> Period {
        match *self {
            Period::Day { date } => Period::Day {
                date: shift_date(date, days),
            },
            Period::Range { start, end } => Period::Range {
                start: shift_date(start, days),
                end: shift_date(end, days),
            },
            Period::Month { .. } => {
                let first = shift_date(self.first_day(), days);
                Period::Month {
                    year: first.year(),
                    month: first.month(),
                }
            }
            Period::Quarter { .. } => {
                let first = shift_date(self.first_day(), days);
                Period::Quarter {
                    year: first.year(),
                    quarter: quarter_of(first),
                }
            }
        }
    }
}

/// A date phrase found in a piece of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatePhrase {
    pub period: Period,
    /// The weekday name written before the date ("Monday, Feb 10"), if any — kept as written,
    /// NOT checked against the date.
    pub weekday: Option<Weekday>,
    /// "Day 5" written in parentheses right after the date ("Feb 14 (Day 5)"), if any.
    pub day_label: Option<u32>,
    /// Whether the text wrote a year (false when it came from the context).
    pub year_written: bool,
    /// Byte range of the whole phrase in the input (weekday, date and any "(Day N)" included).
    pub span: Range<usize>,
}

/// Why a phrase that looks like a date is not one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateProblem {
    /// A month and day (and year) that no calendar has, e.g. "Feb 30" or "Feb 29, 2026".
    /// `text` and `span` cover the date as written (without a leading weekday).
    #[error("\"{text}\" is not a date that exists")]
    Impossible { text: String, span: Range<usize> },
}

/// Finds the first date phrase in `text`. `context` is the date the surrounding plan is at
/// (used only for dates written without a year). Returns None when the text holds no date
/// phrase.
///
/// Forms understood (case-insensitive month and weekday names, full or abbreviated):
/// "Feb 10", "Feb 10, 2026", "Feb 10th", "Feb 10-14, 2026", "Feb 10 – 14", "Feb 10 to 14",
/// "Feb 27 - Mar 5, 2026", "Dec 29, 2025 - Jan 2, 2026", "March 2026", "Q4 2025",
/// "10 Feb 2026", "10-14 Feb 2026", "2026-02-10", each optionally preceded by a weekday
/// ("Monday, Feb 10") and followed by "(Day N)". A bare month word is never a date: it needs a
/// day number or a four-digit year next to it.
///
/// Year inference for a date without a year: see `infer_year`. A range whose start month
/// is after its end month spans a year boundary.
pub fn find_date(text: &str, context: NaiveDate) -> Option<Result<DatePhrase, DateProblem>> {
    let scanner = Scanner::new(text, context);
    (0..scanner.tokens.len()).find_map(|i| scanner.phrase_at(i))
}

/// "Feb 10" or, `with_year`, "Feb 10, 2026".
pub fn format_day(date: NaiveDate, with_year: bool) -> String {
    let day = format!("{} {}", month_abbr(date.month()), date.day());
    if with_year {
        format!("{day}, {}", date.year())
    } else {
        day
    }
}

/// When something is due, as a row or a list shows it: "Feb 14", or "Q1 2027" / "March 2026"
/// for what is due in a month or quarter.
pub fn format_due(due: Option<NaiveDate>, within: Option<Period>) -> Option<String> {
    match within {
        Some(period) => Some(format_period(&period, true)),
        None => due.map(|d| format_day(d, false)),
    }
}

/// "Tuesday, Feb 10" (no year).
pub fn format_day_with_weekday(date: NaiveDate) -> String {
    format!(
        "{}, {}",
        weekday_name(date.weekday()),
        format_day(date, false)
    )
}

/// Formats a period the way [`find_date`] reads it back.
///
/// - Day: "Feb 10" or "Feb 10, 2026".
/// - Range in one month: "Feb 10-14, 2026" or "Feb 1-9".
/// - Range across months: "Feb 27 - Mar 5, 2026" or "Feb 27 - Mar 5"; across years always
///   with both years ("Dec 29, 2025 - Jan 2, 2026"), and so is a backwards range across months
///   ("Mar 5, 2026 - Feb 27, 2026"), which otherwise would read back as spanning a new year.
/// - Month: "March 2026" and Quarter: "Q4 2025", always with the year.
pub fn format_period(period: &Period, with_year: bool) -> String {
    match *period {
        Period::Day { date } => format_day(date, with_year),
        Period::Range { start, end } => format_range(start, end, with_year),
        Period::Month { .. } => {
            let first = period.first_day();
            format!("{} {}", month_name(first.month()), first.year())
        }
        Period::Quarter { .. } => {
            let first = period.first_day();
            format!("Q{} {}", quarter_of(first), first.year())
        }
    }
}

/// "February 9, 2026".
pub fn format_long(date: NaiveDate) -> String {
    format!(
        "{} {}, {}",
        month_name(date.month()),
        date.day(),
        date.year()
    )
}

// ---------------------------------------------------------------------------------------------
// Calendar helpers
// ---------------------------------------------------------------------------------------------

/// Weekday names, Monday first.
const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Years that a four-digit number may stand for. Narrower than `NaiveDate` on purpose, so
/// that "Feb 15 1500 users" does not read 1500 as a year.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2199;

/// Full English name of `month` (1..=12; anything else is clamped).
fn month_name(month: u32) -> &'static str {
    chrono::Month::try_from(month.clamp(1, 12) as u8).map_or("January", |m| m.name())
}

/// Three-letter abbreviation of `month` ("Feb").
fn month_abbr(month: u32) -> &'static str {
    let name = month_name(month);
    name.get(..3).unwrap_or(name)
}

/// Full English name of `weekday`.
pub fn weekday_name(weekday: Weekday) -> &'static str {
    let index = weekday.num_days_from_monday() as usize;
    WEEKDAY_NAMES.get(index).copied().unwrap_or("Monday")
}

/// The first month (1, 4, 7, 10) of `quarter`, clamped into 1..=4.
fn quarter_first_month(quarter: u32) -> u32 {
    (quarter.clamp(1, 4) - 1) * 3 + 1
}

/// The quarter (1..=4) that `date` falls in.
fn quarter_of(date: NaiveDate) -> u32 {
    date.quarter()
}

/// The nearest representable date for a year outside `NaiveDate`'s range.
fn out_of_range_date(year: i32) -> NaiveDate {
    if year < 0 {
        NaiveDate::MIN
    } else {
        NaiveDate::MAX
    }
}

/// The first day of `month` in `year` (month clamped into 1..=12).
fn month_first_day(year: i32, month: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month.clamp(1, 12), 1).unwrap_or_else(|| out_of_range_date(year))
}

/// The last day of `month` in `year` (month clamped into 1..=12).
fn month_last_day(year: i32, month: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month.clamp(1, 12), 1)
        .and_then(|first| first.with_day(u32::from(first.num_days_in_month())))
        .unwrap_or_else(|| out_of_range_date(year))
}

/// `date` moved by `days`, stopping at the limits of `NaiveDate`.
/// The same month and day `years` later (29 February: the 28th in a year without it).
pub fn date_in_years(date: NaiveDate, years: i32) -> Option<NaiveDate> {
    let year = date.year().checked_add(years)?;
    date.with_year(year)
        .or_else(|| NaiveDate::from_ymd_opt(year, date.month(), date.day().saturating_sub(1)))
}

fn shift_date(date: NaiveDate, days: i64) -> NaiveDate {
    let moved = match u64::try_from(days) {
        Ok(later) => date.checked_add_days(Days::new(later)),
        Err(_) => date.checked_sub_days(Days::new(days.unsigned_abs())),
    };
    moved.unwrap_or(if days < 0 {
        NaiveDate::MIN
    } else {
        NaiveDate::MAX
    })
}

/// The year for a month/day written without one: the same month/day in `context`'s year, unless
/// that is more than 183 days before `context` (then the next year) or more than 305 days after
/// it (then the year before: "Dec 19" read after "Jan 24, 2028" is in 2027).
fn infer_year(month: u32, day: u32, context: NaiveDate) -> i32 {
    let year = context.year();
    // Compare with the nearest existing day, so "Feb 29" or "Apr 31" still get a year (and
    // are then reported as impossible in it).
    let nearest_day = day.clamp(1, month_last_day(year, month).day());
    match NaiveDate::from_ymd_opt(year, month, nearest_day) {
        Some(candidate) if context.signed_duration_since(candidate).num_days() > 183 => {
            year.saturating_add(1)
        }
        // Plans look ahead, so a day up to ten months after the context stays in its year;
        // beyond, it is the one a few weeks before ("Dec 19" after "Jan 24, 2028": 2027).
        Some(candidate) if candidate.signed_duration_since(context).num_days() > 305 => {
            year.saturating_sub(1)
        }
        _ => year,
    }
}

/// Formats a `Period::Range`; see [`format_period`].
fn format_range(start: NaiveDate, end: NaiveDate, with_year: bool) -> String {
    let same_year = start.year() == end.year();
    if same_year && start.month() == end.month() {
        let days = format!("{}-{}", format_day(start, false), end.day());
        return if with_year {
            format!("{days}, {}", end.year())
        } else {
            days
        };
    }
    if !same_year || end < start {
        // Both years, or the range would read back differently.
        return format!("{} - {}", format_day(start, true), format_day(end, true));
    }
    format!(
        "{} - {}",
        format_day(start, false),
        format_day(end, with_year)
    )
}

// ---------------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------------

/// The month (1..=12) a word alone names ("Feb", "february", "Sept"): a table's column header.
pub fn month_named(word: &str) -> Option<u32> {
    month_of_word(word.trim()).map(|(month, _)| month)
}

/// The month (1..=12) a word names, and whether the word is an abbreviation
/// ("Feb", "Sept") rather than the full name. Case-insensitive.
fn month_of_word(word: &str) -> Option<(u32, bool)> {
    // (This runs for every word the date scanner meets: what cannot be a month is let go
    // first, without allocating.)
    if word.is_ascii() && word.len() < 3 {
        return None;
    }
    // Four letters and up: "Juni", "juli", "juin", "maio", "mayo" (not "Mai" or "Mei", which
    // are names as often as months).
    if !word.is_ascii() || word.len() >= 4 {
        if let Some(month) = foreign_month(word) {
            return Some((month, false));
        }
    }
    if !word.is_ascii() || word.len() > "September".len() {
        return None;
    }
    // German and Dutch abbreviations no English word shares ("Okt 15", "15. Dez", "mrt"):
    // plans slip them into English text too.
    // (Swedish, Danish and Polish May; not "MRT", the metro.)
    for (abbreviation, month) in [("okt", 10), ("maj", 5), ("dez", 12), ("mrt", 3)] {
        if word.eq_ignore_ascii_case(abbreviation) && word != "MRT" {
            return Some((month, true));
        }
    }
    (1u32..=12).find_map(|month| {
        let name = month_name(month);
        if name.eq_ignore_ascii_case(word) {
            return Some((month, false));
        }
        let abbreviated = name
            .get(..3)
            .is_some_and(|abbr| abbr.eq_ignore_ascii_case(word))
            || (month == 9 && word.eq_ignore_ascii_case("sept"));
        abbreviated.then_some((month, true))
    })
}

/// Month names in German, Spanish, French, Portuguese, Italian, Dutch, Turkish, Russian, Polish
/// (as dates write them: "14 września"), Indonesian, Romanian, Swedish, Czech, Ukrainian,
/// Hungarian, Finnish and Albanian (as dates write them: "6. září", "15 квітня", "6.
/// syyskuuta", "14 Prill"; not Albanian "shkurt", also "short"),
/// written in full ("März", "marzo", "février", "Mayıs", "марта"), as plans in those languages
/// date their lines. Not "mars" (the
/// planet has launches of its own) nor the names English shares.
fn foreign_month(word: &str) -> Option<u32> {
    const NAMES: [&[&str]; 12] = [
        &[
            "janar",
            "มกราคม",
            "januar",
            "enero",
            "janvier",
            "janeiro",
            "gennaio",
            "januari",
            "ocak",
            "января",
            "январь",
            "stycznia",
            "ianuarie",
            "ledna",
            "січня",
            "január",
            "januar",
            "tammikuuta",
        ],
        &[
            "กุมภาพันธ์",
            "februar",
            "febrero",
            "février",
            "fevrier",
            "fevereiro",
            "febbraio",
            "februari",
            "şubat",
            "subat",
            "февраля",
            "февраль",
            "lutego",
            "februarie",
            "února",
            "лютого",
            "február",
            "helmikuuta",
        ],
        &[
            "มีนาคม",
            "märz",
            "maerz",
            "marzo",
            "março",
            "marco",
            "maart",
            "mart",
            "марта",
            "март",
            "maret",
            "marca",
            "martie",
            "března",
            "березня",
            "március",
            "maaliskuuta",
        ],
        &[
            "prill",
            "เมษายน",
            "abril",
            "avril",
            "aprile",
            "nisan",
            "апреля",
            "апрель",
            "kwietnia",
            "aprilie",
            "dubna",
            "квітня",
            "április",
            "huhtikuuta",
        ],
        &[
            "พฤษภาคม",
            "mai",
            "mayo",
            "maio",
            "maggio",
            "mei",
            "mayıs",
            "mayis",
            "мая",
            "май",
            "maja",
            "května",
            "травня",
            "május",
            "toukokuuta",
        ],
        &[
            "qershor",
            "มิถุนายน",
            "juni",
            "junio",
            "juin",
            "junho",
            "giugno",
            "haziran",
            "июня",
            "июнь",
            "czerwca",
            "iunie",
            "června",
            "червня",
            "június",
            "kesäkuuta",
        ],
        &[
            "korrik",
            "กรกฎาคม",
            "juli",
            "julio",
            "juillet",
            "julho",
            "luglio",
            "temmuz",
            "июля",
            "июль",
            "lipca",
            "iulie",
            "července",
            "липня",
            "július",
            "heinäkuuta",
        ],
        &[
            "gusht",
            "สิงหาคม",
            "agosto",
            "août",
            "aout",
            "augustus",
            "ağustos",
            "agustos",
            "августа",
            "август",
            "agustus",
            "sierpnia",
            "augusti",
            "srpna",
            "серпня",
            "augusztus",
            "elokuuta",
        ],
        &[
            "shtator",
            "กันยายน",
            "septiembre",
            "setiembre",
            "septembre",
            "setembro",
            "settembre",
            "eylül",
            "eylul",
            "сентября",
            "сентябрь",
            "września",
            "septembrie",
            "září",
            "вересня",
            "szeptember",
            "syyskuuta",
        ],
        &[
            "tetor",
            "ตุลาคม",
            "oktober",
            "octubre",
            "octobre",
            "outubro",
            "ottobre",
            "ekim",
            "октября",
            "октябрь",
            "października",
            "octombrie",
            "října",
            "жовтня",
            "október",
            "lokakuuta",
        ],
        &[
            "nëntor",
            "พฤศจิกายน",
            "noviembre",
            "novembre",
            "novembro",
            "kasım",
            "kasim",
            "ноября",
            "ноябрь",
            "listopada",
            "noiembrie",
            "listopadu",
            "листопада",
            "marraskuuta",
        ],
        &[
            "dhjetor",
            "ธันวาคม",
            "dezember",
            "diciembre",
            "décembre",
            "decembre",
            "dezembro",
            "dicembre",
            "aralık",
            "aralik",
            "декабря",
            "декабрь",
            "desember",
            "grudnia",
            "decembrie",
            "prosince",
            "грудня",
            "joulukuuta",
        ],
    ];
    // (ASCII words, most of them, are lowered on the stack; no name is longer than 24 bytes.)
    let mut buf = [0u8; 24];
    let owned;
    let lower = if word.is_ascii() {
        let lower = buf.get_mut(..word.len())?;
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        std::str::from_utf8(lower).ok()?
    } else if word.len() <= 48 {
        owned = word.to_lowercase();
        owned.as_str()
    } else {
        return None;
    };
    NAMES
        .iter()
        .position(|names| names.contains(&lower))
        .and_then(|i| u32::try_from(i + 1).ok())
}

/// The longest word looked up by the word tables below ("wednesday", "donnerstag", "miércoles").
const LONGEST_WORD: usize = 12;

/// `word` in ASCII lowercase, written into `buf` (no allocation); None when the word is
/// longer than any word looked up here.
fn lowercase<'b>(word: &str, buf: &'b mut [u8; LONGEST_WORD]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    let lower = buf.get_mut(..bytes.len())?;
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).ok()
}

/// Whether `word`, ASCII-lowercased, is one of `words` (all lowercase).
fn is_one_of(word: &str, words: &[&str]) -> bool {
    let mut buf = [0; LONGEST_WORD];
    lowercase(word, &mut buf).is_some_and(|lower| words.contains(&lower))
}

/// The weekday a word names ("Monday", "mon", "Tues", "thurs"). Case-insensitive.
pub fn weekday_named(word: &str) -> Option<Weekday> {
    weekday_of_word(word.trim())
}

/// The weekday a word names ("Monday", "mon", "Tues", "thurs"). Case-insensitive.
fn weekday_of_word(word: &str) -> Option<Weekday> {
    // ("Mon" is the shortest.)
    if word.len() < 3 {
        return None;
    }
    let mut buf = [0; LONGEST_WORD];
    let weekday = match lowercase(word, &mut buf)? {
        "monday" | "mon" => Weekday::Mon,
        "tuesday" | "tue" | "tues" => Weekday::Tue,
        "wednesday" | "wed" => Weekday::Wed,
        "thursday" | "thu" | "thur" | "thurs" => Weekday::Thu,
        "friday" | "fri" => Weekday::Fri,
        "saturday" | "sat" => Weekday::Sat,
        "sunday" | "sun" => Weekday::Sun,
        other => return foreign_weekday(other),
    };
    Some(weekday)
}

/// A weekday written right after a day in numbers: its name or abbreviation in the languages
/// [`weekday_named`] reads, and Portuguese short names ("qua", "sáb"), which are other words
/// elsewhere.
fn weekday_beside_a_date(word: &str) -> Option<Weekday> {
    const PORTUGUESE: [&[&str]; 7] = [
        &["seg", "segunda"],
        &["ter", "terça", "terca"],
        &["qua", "quarta"],
        &["qui", "quinta"],
        &["sex", "sexta"],
        &["sáb", "sab"],
        &["dom"],
    ];
    weekday_named(word).or_else(|| {
        let lower = word.to_lowercase();
        let day = PORTUGUESE
            .iter()
            .position(|names| names.contains(&lower.as_str()))?;
        Weekday::try_from(u8::try_from(day).ok()?).ok()
    })
}

/// A weekday's full name in French, German, Dutch, Spanish, Italian, Portuguese and the Nordic
/// languages ("mardi", "Donnerstag", "vrijdag", "miércoles", "lunedì", "sábado", "torsdag").
fn foreign_weekday(lower: &str) -> Option<Weekday> {
    const NAMES: [(Weekday, &[&str]); 7] = [
        (
            Weekday::Mon,
            &[
                "lundi", "montag", "maandag", "lunes", "lunedì", "lunedi", "mandag", "måndag",
            ],
        ),
        (
            Weekday::Tue,
            &[
                "mardi", "dienstag", "dinsdag", "martes", "martedì", "martedi", "tirsdag", "tisdag",
            ],
        ),
        (
            Weekday::Wed,
            &[
                "mercredi",
                "mittwoch",
                "woensdag",
                "miércoles",
                "miercoles",
                "mercoledì",
                "mercoledi",
                "onsdag",
            ],
        ),
        (
            Weekday::Thu,
            &[
                "jeudi",
                "donnerstag",
                "donderdag",
                "jueves",
                "giovedì",
                "giovedi",
                "torsdag",
            ],
        ),
        (
            Weekday::Fri,
            &[
                "vendredi", "freitag", "vrijdag", "viernes", "venerdì", "venerdi", "fredag",
            ],
        ),
        (
            Weekday::Sat,
            &[
                "samedi", "samstag", "zaterdag", "sábado", "sabado", "sabato", "lørdag", "lördag",
            ],
        ),
        (
            Weekday::Sun,
            &[
                "dimanche", "sonntag", "zondag", "domingo", "domenica", "søndag", "söndag",
            ],
        ),
    ];
    NAMES
        .iter()
        .find(|(_, names)| names.contains(&lower))
        .map(|(weekday, _)| *weekday)
}

/// Whether a word is a weekday as Korean, Japanese and Chinese write it beside a date ("월",
/// "月", "월요일", "月曜日", "周一", "星期一").
fn cjk_weekday(word: &str) -> bool {
    let short = word
        .trim_end_matches("요일")
        .trim_end_matches("曜日")
        .trim_end_matches('曜');
    if [
        "월", "화", "수", "목", "금", "토", "일", "月", "火", "水", "木", "金", "土", "日",
    ]
    .contains(&short)
    {
        return true;
    }
    ["星期", "周", "週"].iter().any(|p| {
        word.strip_prefix(p)
            .is_some_and(|d| ["一", "二", "三", "四", "五", "六", "日", "天"].contains(&d))
    })
}

/// Whether a word is an ordinal suffix after a day number ("10th", "1st").
fn is_ordinal_suffix(word: &str) -> bool {
    is_one_of(word, &["st", "nd", "rd", "th"])
}

/// Whether a word introduces a counter rather than a date: "Week 1 Feb 2026" is week 1 of
/// February, not February 1.
fn is_counter_word(word: &str) -> bool {
    is_one_of(
        word,
        &[
            "week",
            "month",
            "day",
            "sprint",
            "phase",
            "step",
            "stage",
            "milestone",
            "iteration",
            "release",
            "version",
            "v",
            "part",
            "wave",
            "cycle",
            "round",
            "no",
        ],
    )
}

/// Whether a word right before a short dotted day ("14.9.") marks it as a day: a weekday, a
/// word for by, from or until ("bis", "do", "od"), or a Croatian or Slovenian short weekday.
fn marks_a_day(word: &str) -> bool {
    // (Finnish weekdays are written in two letters before such a day: "pe 3.11.", "la 4.11.".)
    const MARKS: [&str; 23] = [
        "bis", "ab", "am", "do", "od", "by", "until", "pon", "uto", "tor", "sri", "sre", "čet",
        "pet", "sub", "sob", "ned", "ma", "ti", "ke", "pe", "la", "su",
    ];
    weekday_named(word).is_some() || MARKS.iter().any(|m| word.eq_ignore_ascii_case(m))
}

/// Whether a word joins the two ends of a range ("Feb 10 to 14").
fn is_range_word(word: &str) -> bool {
    // Persian "تا" and Arabic "إلى", "حتى": to, until.
    is_one_of(
        word,
        &["to", "through", "thru", "till", "until", "تا", "إلى", "حتى"],
    )
}

// ---------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A run of alphabetic characters (any script).
    Word,
    /// A run of ASCII digits.
    Num,
    /// Any other single non-space character.
    Punct,
}

/// A token: its kind and byte range in the text (always on char boundaries).
#[derive(Debug, Clone, Copy)]
struct Token {
    kind: Kind,
    start: usize,
    end: usize,
}

/// The kind of token `c` belongs to; None for whitespace.
fn char_kind(c: char) -> Option<Kind> {
    if c.is_whitespace() {
        None
    } else if c.is_ascii_digit() {
        Some(Kind::Num)
    } else if c.is_alphabetic() || ('\u{0E00}'..='\u{0E7F}').contains(&c) {
        // (Thai writes marks above and below its letters that are not letters themselves:
        // "กุมภาพันธ์" is one word.)
        Some(Kind::Word)
    } else {
        Some(Kind::Punct)
    }
}

/// Splits `text` into words, numbers and single punctuation characters; whitespace only
/// separates tokens.
fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::new();
    for (start, c) in text.char_indices() {
        let Some(kind) = char_kind(c) else { continue };
        let end = start + c.len_utf8();
        if let Some(last) = tokens.last_mut() {
            if kind != Kind::Punct && last.kind == kind && last.end == start {
                last.end = end;
                continue;
            }
        }
        tokens.push(Token { kind, start, end });
    }
    tokens
}

// ---------------------------------------------------------------------------------------------
// Scanner
// ---------------------------------------------------------------------------------------------

/// How a day was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// "Feb 10", "Feb 10, 2026".
    MonthFirst,
    /// "10 Feb 2026" (always with a year).
    DayFirst,
    /// "2026-02-10".
    Iso,
    /// "2027 Jan 19" (a range may end on a bare day: "2027 Jan 19-23").
    YearFirst,
    /// "05/13/2027", "13/05/27", "5/13" (see [`NumericDates`]).
    Numeric,
}

/// How a document writes dates in numbers ("05/13/2027" or "13/05/2027"), settled once for the
/// whole document by [`NumericDates::of`] and in force while [`NumericDates::apply`] runs. Day and
/// month cannot be told apart in "03/05/2027" alone: the document's other numeric dates say it
/// ("26/03/27" has no 26th month). A date with a year is always read; one without ("5/13") only
/// when the document writes numeric dates with years too, since "24/7" or "1/2" is no date.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NumericDates {
    /// Day before month ("13/05/2027").
    pub day_first: bool,
    /// The document writes numeric dates with their years.
    pub in_use: bool,
    /// The document writes dotted dates with their years ("01.03.2027"): a yearless "11.03"
    /// beside them is a day too.
    pub dotted: bool,
    /// The document writes short dotted days more than once ("pet 14.9.", "3.–9.9."): the
    /// day, a dot, the month and a dot, as Slovenian, Croatian, Czech and German do.
    pub short_dotted: bool,
    /// The document writes "2027 Mar-30" (a year, then the month's name and the day joined by
    /// a hyphen): a yearless "Jun-22" beside it is a day too, not June 2022.
    pub month_dash_day: bool,
    /// The document's days written with dashes and the year last are day first where their
    /// numbers say ("28-10-2031") and never month first: "10-11-2031" beside them is the 10th
    /// of November. (Set by the Markdown reader, which reads such days.)
    pub dashed_day_first: bool,
}

thread_local! {
    static NUMERIC: std::cell::Cell<NumericDates> = const {
        std::cell::Cell::new(NumericDates {
            day_first: false,
            in_use: false,
            dotted: false,
            short_dotted: false,
            month_dash_day: false,
            dashed_day_first: false,
        })
    };
}

impl NumericDates {
    /// How `source` writes its numeric dates: day first when more of its dates can only be read
    /// that way ("26/03/27") than the other ("05/13/2027"); month first otherwise.
    pub fn of(source: &str) -> NumericDates {
        let (mut day_first, mut month_first, mut with_year) = (0usize, 0usize, 0usize);
        // "1/16-1/22": a range within one month, written month first.
        let mut month_ranges = 0usize;
        let bytes = source.as_bytes();
        let number = |at: usize| -> Option<(u32, usize)> {
            let len = bytes[at..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            let text = source.get(at..at + len)?;
            (1..=4)
                .contains(&len)
                .then(|| Some((text.parse().ok()?, len)))
                .flatten()
        };
        let mut i = 0;
        while i < bytes.len() {
            if !bytes[i].is_ascii_digit()
                || (i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'/'))
            {
                i += 1;
                continue;
            }
            let Some((a, la)) = number(i) else {
                i += 1;
                continue;
            };
            let slash = i + la;
            let parsed = (la <= 2 && bytes.get(slash) == Some(&b'/'))
                .then(|| number(slash + 1))
                .flatten()
                .filter(|&(_, lb)| lb <= 2);
            if let Some((b, lb)) = parsed {
                let after = slash + 1 + lb;
                if bytes.get(after) == Some(&b'/') {
                    if let Some((year, ly)) = number(after + 1) {
                        if ly == 2 || ly == 4 {
                            with_year += 1;
                        }
                        // "05/12/2029 (qua)": a weekday in brackets beside it says which reading
                        // is meant (5 December 2029 is a Wednesday, 12 May a Saturday). Only in
                        // brackets: "02/06/2030 DOM refactor", "05/01/2030 SAT prep" name other
                        // things, and a weekday written loosely after a date is as often a slip
                        // ("04/03/2030 Mon —"). (The bracket closes within a word's length: this
                        // scan runs over the whole file.)
                        let weekday = source
                            .get(after + 1 + ly..)
                            .and_then(|rest| rest.trim_start_matches(' ').strip_prefix('('))
                            .and_then(|rest| {
                                let (end, _) =
                                    rest.char_indices().take(12).find(|(_, c)| *c == ')')?;
                                Some(rest[..end].trim())
                            })
                            .filter(|word| {
                                word.chars().count() == 1 || !word.chars().all(char::is_uppercase)
                            })
                            .and_then(weekday_beside_a_date);
                        if let (Some(weekday), true) = (weekday, ly == 4) {
                            let on = |day: u32, month: u32| {
                                i32::try_from(year)
                                    .ok()
                                    .and_then(|year| NaiveDate::from_ymd_opt(year, month, day))
                                    .is_some_and(|d| d.weekday() == weekday)
                            };
                            match (on(a, b), on(b, a)) {
                                (true, false) => day_first += 1,
                                (false, true) => month_first += 1,
                                _ => {}
                            }
                        }
                    }
                }
                if (13..=31).contains(&a) && (1..=12).contains(&b) {
                    day_first += 1;
                } else if (1..=12).contains(&a) && (13..=31).contains(&b) {
                    month_first += 1;
                }
                if bytes.get(after) == Some(&b'-') {
                    let second = number(after + 1).filter(|&(a2, l2)| a2 == a && l2 == la);
                    if let Some((_, l2)) = second {
                        let slash2 = after + 1 + l2;
                        let end = (bytes.get(slash2) == Some(&b'/'))
                            .then(|| number(slash2 + 1))
                            .flatten();
                        if end.is_some_and(|(c, _)| (1..=12).contains(&a) && b < c && c <= 31) {
                            month_ranges += 1;
                        }
                    }
                }
                i = after;
            } else {
                i += la;
            }
        }
        // "01.03.2027": one or two digits, a dot, one or two digits, a dot and four digits.
        // "01.03.2027" anywhere: a byte scan (this runs over the whole file before it is read,
        // 5 MB of it too). At each dot: one or two digits before it, one or two after, a dot
        // and four digits.
        let digits_before = |end: usize| {
            bytes[..end]
                .iter()
                .rev()
                .take_while(|b| b.is_ascii_digit())
                .count()
        };
        let digits_after = |start: usize| {
            bytes
                .get(start..)
                .unwrap_or_default()
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count()
        };
        let dotted = bytes.iter().enumerate().any(|(at, &b)| {
            if b != b'.' || !(1..=2).contains(&digits_before(at)) {
                return false;
            }
            let month = digits_after(at + 1);
            (1..=2).contains(&month)
                && bytes.get(at + 1 + month) == Some(&b'.')
                && digits_after(at + 2 + month) == 4
        });
        // "14.9.", "9.9.": one or two digits, a dot, one or two, a dot, and no digit after
        // (not "1.2.3"); at least two of them, a day and a month each, not opening a line (a
        // section's number, "### 2.1. Scope"), and one past the 12th (versions and numbered
        // sections are small: "na 1.1.", "7.10.").
        let opens_line = |at: usize| {
            bytes[..at]
                .iter()
                .rev()
                .take_while(|&&b| b != b'\n')
                .all(|b| b" \t#*->|+".contains(b))
        };
        let mut late_day = false;
        // One of them written as only a day is: in brackets ("(6.8.)", "(Di 2.4.)") or in a
        // range ("3.–9.9.", "15.–19.4.").
        let mut marked = false;
        let short_dotted = bytes
            .iter()
            .enumerate()
            .filter(|&(at, &b)| {
                let day = digits_before(at);
                if b != b'.' || !(1..=2).contains(&day) {
                    return false;
                }
                let before = at - day;
                if before > 0
                    && (bytes[before - 1].is_ascii_alphanumeric() || bytes[before - 1] == b'.')
                {
                    return false;
                }
                let month = digits_after(at + 1);
                let number = |from: usize, len: usize| {
                    source
                        .get(from..from + len)
                        .and_then(|t| t.parse::<u32>().ok())
                };
                let shaped = (1..=2).contains(&month)
                    && bytes.get(at + 1 + month) == Some(&b'.')
                    && !bytes.get(at + 2 + month).is_some_and(u8::is_ascii_digit)
                    && number(before, day).is_some_and(|d| (1..=31).contains(&d))
                    && number(at + 1, month).is_some_and(|m| (1..=12).contains(&m))
                    && !opens_line(before);
                late_day |= shaped && number(before, day).is_some_and(|d| d > 12);
                let end = at + 2 + month;
                let in_brackets = bytes[..before]
                    .iter()
                    .rev()
                    .take(12)
                    .take_while(|&&b| b != b'\n' && b != b')')
                    .any(|&b| b == b'(')
                    && bytes.get(end) == Some(&b')');
                let dash_before = source[..before]
                    .trim_end_matches(' ')
                    .ends_with(['-', '\u{2013}']);
                // (Or after a weekday: "Fri 14.9.", "petak 4.7." read in English.)
                let word_before = source[..before]
                    .trim_end_matches([' ', ','])
                    .rsplit(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or_default();
                let weekday_before = marks_a_day(word_before);
                marked |= shaped && (in_brackets || dash_before || weekday_before);
                shaped
            })
            .count();
        let short_dotted = short_dotted >= 2 && late_day && marked;
        // "2027 Mar-30": four digits, a space, three letters, a hyphen and a digit.
        let month_dash_day = bytes.windows(10).any(|w| {
            w[..4].iter().all(u8::is_ascii_digit)
                && w[4] == b' '
                && w[5].is_ascii_uppercase()
                && w[6..8].iter().all(u8::is_ascii_lowercase)
                && w[8] == b'-'
                && w[9].is_ascii_digit()
                && month_of_word(std::str::from_utf8(&w[5..8]).unwrap_or_default()).is_some()
        });
        // Two or more ranges within a month ("1/16-1/22", "1/23-1/29") and nothing written day
        // first: the document writes its days month first, without years too ("from 1/17").
        let month_first_days = month_ranges >= 2 && day_first == 0;
        NumericDates {
            day_first: day_first > month_first && !month_first_days,
            in_use: with_year > 0 || month_first_days,
            dotted,
            short_dotted,
            month_dash_day,
            dashed_day_first: false,
        }
    }

    /// Runs `f` with numeric dates read as `self` says.
    pub fn apply<T>(self, f: impl FnOnce() -> T) -> T {
        let before = NUMERIC.with(|n| n.replace(self));
        let out = f();
        NUMERIC.with(|n| n.set(before));
        out
    }

    /// How numeric dates are read now (the document's way, while `apply` runs).
    pub fn in_force() -> NumericDates {
        Self::current()
    }

    fn current() -> NumericDates {
        NUMERIC.with(std::cell::Cell::get)
    }
}

/// A day as written, before its year is settled. `day` may not exist in `month`.
#[derive(Debug, Clone, Copy)]
struct Written {
    month: u32,
    day: u32,
    year: Option<i32>,
    /// Index of the last token of the day.
    last: usize,
    form: Form,
}

/// A date found at some token, before weekday and day label are attached.
#[derive(Debug, Clone, Copy)]
struct Found {
    /// Token indices of the first and last token of the date.
    first: usize,
    last: usize,
    /// The period and whether a year was written; None when the date does not exist.
    resolved: Option<(Period, bool)>,
    /// Whether the date names days (Day or Range), which a weekday may precede.
    names_days: bool,
}

/// Reads date phrases from the tokens of one text.
struct Scanner<'a> {
    text: &'a str,
    tokens: Vec<Token>,
    context: NaiveDate,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str, context: NaiveDate) -> Self {
        Scanner {
            text,
            tokens: tokenize(text),
            context,
        }
    }

    // --- token access (all out-of-range indices read as "no token") -------------------------

    fn token(&self, i: usize) -> Option<Token> {
        self.tokens.get(i).copied()
    }

    /// The text of token `i`, or "" past the end.
    fn str_at(&self, i: usize) -> &'a str {
        self.token(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }

    fn is(&self, i: usize, kind: Kind) -> bool {
        self.token(i).is_some_and(|t| t.kind == kind)
    }

    /// Whether token `i` is the punctuation `punct`; for "-", also the hyphens a word
    /// processor writes ("2027‑09‑14" with non-breaking hyphens).
    fn is_punct(&self, i: usize, punct: &str) -> bool {
        self.is(i, Kind::Punct) && {
            let s = self.str_at(i);
            s == punct || punct == "-" && matches!(s, "\u{2010}" | "\u{2011}" | "\u{2012}")
        }
    }

    /// Whether token `i + 1` follows token `i` with nothing in between.
    fn touches_next(&self, i: usize) -> bool {
        match (self.token(i), self.token(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    /// Whether whitespace separates token `i` from an existing token `i + 1`.
    fn space_after(&self, i: usize) -> bool {
        self.token(i + 1).is_some() && !self.touches_next(i)
    }

    /// Byte range from the start of token `first` to the end of token `last`.
    fn byte_span(&self, first: usize, last: usize) -> Range<usize> {
        let start = self.token(first).map_or(0, |t| t.start);
        let end = self.token(last).map_or(start, |t| t.end);
        start..end.max(start)
    }

    // --- numbers --------------------------------------------------------------------------

    /// Whether the number ending at token `last` runs on into a word or more number
    /// ("10AM", "10:30", "1.5", "1,000"), so that it cannot end a date. "10,2026" is a day and
    /// a year.
    fn runs_on(&self, last: usize) -> bool {
        if !self.touches_next(last) {
            return false;
        }
        let next = last + 1;
        match self.token(next).map(|t| t.kind) {
            // A case ending that Kannada, Marathi, Sinhala, Telugu, Malayalam or Gujarati glue to a
            // number ("ಜನವರಿ 16ಕ್ಕೆ", on January 16th; "५ ऑगस्टपासून"; "జులై 5న", "ജനുവരി
            // 10നകം", by January 10th; "18-07-2031પછીની") ends the date, as a space would.
            // (Case endings only: not an ordinal's, "2रा सप्ताह", "2ನೇ ವಾರ", the second week.)
            Some(Kind::Word)
                if [
                    "ಕ್ಕೆ",
                    "ರಂದು",
                    "ರೊಳಗೆ",
                    "ರವರೆಗೆ",
                    "ರಿಂದ",
                    "पासून",
                    "पर्यंत",
                    "तक",
                    "से",
                    "న",
                    "ന്",
                    "നകം",
                    "પછી",
                    "સુધી",
                ]
                .iter()
                .any(|ending| {
                    self.token(next)
                        .is_some_and(|t| self.text[t.start..].starts_with(ending))
                })
                    // (Tamil glues its case endings to the day: "மே 26ல்", on May 26th; "மே
                    // 30க்குள்", by May 30th; "3ம் தேதி", the 3rd; not a count's noun, "5பேர்",
                    // five people.)
                    || self.token(next).is_some_and(|t| {
                        ["ல்", "ம்", "ஆம்", "க்குள்", "வரை", "இல்", "அன்று"]
                            .iter()
                            .any(|ending| self.text[t.start..].starts_with(ending))
                    }) =>
            {
                false
            }
            Some(Kind::Word | Kind::Num) => true,
            Some(Kind::Punct) => {
                let punct = self.str_at(next);
                let joins_number = matches!(punct, "." | ":" | "/" | ",")
                    && self.touches_next(next)
                    && self.is(next + 1, Kind::Num);
                let comma_year = punct == "," && self.str_at(next + 1).len() == 4;
                joins_number && !comma_year
            }
            None => false,
        }
    }

    /// Whether a number at token `i` starts afresh, not inside "$10", "v2", "1.10" or "#10".
    fn starts_clean(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1) else {
            return true;
        };
        if !self.touches_next(prev) {
            return true;
        }
        match self.token(prev).map(|t| t.kind) {
            // Hebrew joins a one-letter preposition to a number with a hyphen ("מ-10.10.2030",
            // from; "ב-", on; "עד" is a word of its own): the date starts after it.
            Some(Kind::Punct) if self.str_at(prev) == "-" => prev
                .checked_sub(1)
                .filter(|&word| self.touches_next(word) && self.is(word, Kind::Word))
                .is_some_and(|word| {
                    let letter = self.str_at(word);
                    letter.chars().count() == 1
                        && "בלמהוכש".contains(letter)
                        && !word.checked_sub(1).is_some_and(|w| self.touches_next(w))
                }),
            // "તા.૧૯-૦૭-૨૦૩૧", "ता.5/3/2031": the abbreviation of "date" that Gujarati, Hindi and
            // Marathi write before a day, its full stop touching the day; the date starts after it.
            Some(Kind::Punct) if self.str_at(prev) == "." => prev
                .checked_sub(1)
                .filter(|&word| self.touches_next(word) && self.is(word, Kind::Word))
                .is_some_and(|word| ["તા", "ता", "दि"].contains(&self.str_at(word))),
            Some(Kind::Punct) => !matches!(
                self.str_at(prev),
                "$" | "€" | "£" | "," | "#" | "+" | "-" | "/" | ":" | "'"
            ),
            _ => false,
        }
    }

    /// A day number (one or two digits, optional ordinal suffix) at token `i`, with the index
    /// of its last token. The day may be out of range for any month ("Feb 31", "Feb 45").
    fn day_at(&self, i: usize) -> Option<(u32, usize)> {
        let digits = self.str_at(i);
        if !self.is(i, Kind::Num) || digits.len() > 2 {
            return None;
        }
        let day: u32 = digits.parse().ok()?;
        let mut last = i;
        if self.touches_next(i)
            && self.is(i + 1, Kind::Word)
            && is_ordinal_suffix(self.str_at(i + 1))
        {
            last = i + 1;
        }
        (!self.runs_on(last)).then_some((day, last))
    }

    /// A four-digit year in [`YEARS`] at token `i`.
    fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        let digits = self.str_at(i);
        if !self.is(i, Kind::Num) || digits.len() != 4 || self.runs_on(i) {
            return None;
        }
        let year: i32 = digits.parse().ok()?;
        YEARS.contains(&year).then_some((year, i))
    }

    /// A year after token `last`, separated by a comma or by whitespace ("10, 2026", "10 2026").
    fn year_after(&self, last: usize) -> Option<(i32, usize)> {
        if self.is_punct(last + 1, ",") {
            self.year_at(last + 2)
        } else if self.space_after(last) {
            self.year_at(last + 1)
        } else {
            None
        }
    }

    // --- words ----------------------------------------------------------------------------

    /// A month word at token `i` (with a "." after an abbreviation: "Feb."), with the index of
    /// its last token.
    fn month_at(&self, i: usize) -> Option<(u32, usize)> {
        if !self.is(i, Kind::Word) {
            return None;
        }
        // "2Feb": the word is glued to a number.
        if i > 0 && self.touches_next(i - 1) && self.is(i - 1, Kind::Num) {
            return None;
        }
        let (month, abbreviated) = month_of_word(self.str_at(i))?;
        if abbreviated && self.touches_next(i) && self.is_punct(i + 1, ".") {
            return Some((month, i + 1));
        }
        Some((month, i))
    }

    /// The token after a weekday at `i` and the comma that may follow it.
    fn after_weekday(&self, i: usize) -> usize {
        // "Monday, Feb 10", and "Monday – October 4th" with a dash between.
        if self.is_punct(i + 1, ",")
            || ["-", "\u{2013}", "\u{2014}"]
                .iter()
                .any(|d| self.is_punct(i + 1, d) && !self.touches_next(i))
        {
            i + 2
        } else {
            i + 1
        }
    }

    /// A weekday word at token `i`.
    fn weekday_at(&self, i: usize) -> Option<Weekday> {
        if !self.is(i, Kind::Word) {
            return None;
        }
        weekday_of_word(self.str_at(i))
    }

    /// Whether token `i` joins the two ends of a range: "-", en dash, em dash, "to", "through".
    /// How many tokens the range separator at token `i` takes: one for a dash, an arrow ("→")
    /// or a word ("to", "through"), two for an arrow typed as "->" or "=>"; None when there is
    /// none.
    fn separator_len(&self, i: usize) -> Option<usize> {
        if self.is(i, Kind::Word) {
            return is_range_word(self.str_at(i)).then_some(1);
        }
        if (self.is_punct(i, "-") || self.is_punct(i, "="))
            && self.is_punct(i + 1, ">")
            && self.touches_next(i)
        {
            return Some(2);
        }
        // (And the tilde Korean, Japanese and Chinese write between two days: "2030-03-04 ~
        // 2030-03-17", "3/4〜3/17".)
        [
            "-", "\u{2013}", "\u{2014}", "\u{2192}", "~", "\u{301C}", "\u{FF5E}",
        ]
        .iter()
        .any(|dash| self.is_punct(i, dash))
        .then_some(1)
    }

    /// Whether token `i` is a tilde (ASCII, wave dash or full-width).
    fn is_tilde(&self, i: usize) -> bool {
        ["~", "\u{301C}", "\u{FF5E}"]
            .iter()
            .any(|t| self.is_punct(i, t))
    }

    /// Whether a day-first date may start at the number at token `i`: it starts afresh and
    /// does not count something ("Week 1 Feb 2026").
    fn day_first_may_start(&self, i: usize) -> bool {
        let counted = i
            .checked_sub(1)
            .is_some_and(|prev| self.is(prev, Kind::Word) && is_counter_word(self.str_at(prev)));
        self.starts_clean(i) && !counted
    }

    // --- written days ---------------------------------------------------------------------

    /// "Feb 10", "Feb 10th", "Feb. 10, 2026", "February 10 2026" at token `i`.
    fn month_first_at(&self, i: usize) -> Option<Written> {
        let (month, month_last) = self.month_at(i)?;
        // "Jun-22" in a document that writes "2027 Mar-30" (see `NumericDates`).
        let dashed = NumericDates::current().month_dash_day
            && month_last == i
            && self.touches_next(i)
            && self.is_punct(i + 1, "-")
            && self.touches_next(i + 1);
        let day_at = if dashed {
            i + 2
        } else if self.space_after(month_last) {
            month_last + 1
        } else {
            return None;
        };
        let (day, day_last) = self.day_at(day_at)?;
        let (year, last) = match self.year_after(day_last) {
            Some((year, last)) => (Some(year), last),
            None => (None, day_last),
        };
        Some(Written {
            month,
            day,
            year,
            last,
            form: Form::MonthFirst,
        })
    }

    /// "10 Feb 2026", "10th February, 2026", "15th May", "3 June" at token `i`, without checking
    /// what precedes it. Without a year, "3 May" followed by a word is a count ("Top 3 May
    /// features"): a day-first date without a year needs an ordinal ("15th May"), or nothing
    /// but punctuation or a number after it ("| 3 May |", "3 May - 24 May"), or a month that
    /// is no English word besides ("3 June deadline").
    fn day_first_at(&self, i: usize) -> Option<Written> {
        let (day, day_last) = self.day_first_day_at(i)?;
        if !self.space_after(day_last) {
            return None;
        }
        // "8 de marzo de 2027": the Spanish and Portuguese "de" between the parts.
        let of = |k: usize| {
            self.is(k, Kind::Word)
                && matches!(self.str_at(k).to_ascii_lowercase().as_str(), "de" | "del")
                && self.space_after(k)
        };
        // "1st of December", "15th of March 2027": "of" after an ordinal day.
        let english_of = day_last > i
            && self.is(day_last + 1, Kind::Word)
            && self.str_at(day_last + 1).eq_ignore_ascii_case("of")
            && self.space_after(day_last + 1);
        let month_at = if of(day_last + 1) || english_of {
            day_last + 2
        } else {
            day_last + 1
        };
        let (month, month_last) = self.month_at(month_at)?;
        let year_from = if of(month_last + 1) {
            month_last + 1
        } else {
            month_last
        };
        let (year, last) = match self.year_after(year_from) {
            Some((year, last)) => (Some(year), last),
            None => {
                let ordinal = day_last > i;
                // (A word of another script after it, "10 May ਤੱਕ" read from "10 ਮਈ ਤੱਕ",
                // cannot make "May" a verb: "10 may be".)
                let word_after =
                    self.is(month_last + 1, Kind::Word) && self.str_at(month_last + 1).is_ascii();
                let ambiguous = ["may", "march"]
                    .contains(&self.str_at(day_last + 1).to_ascii_lowercase().as_str());
                if !(ordinal || !word_after || !ambiguous) {
                    return None;
                }
                (None, month_last)
            }
        };
        Some(Written {
            month,
            day,
            year,
            last,
            form: Form::DayFirst,
        })
    }

    /// The day of a day-first date at token `i`: a day number, or one with the dot German and
    /// the Nordic languages write after it ("3. März 2027", "23. august 2027"), with the index
    /// of its last token.
    fn day_first_day_at(&self, i: usize) -> Option<(u32, usize)> {
        let german = self.is(i, Kind::Num)
            && self.str_at(i).len() <= 2
            && self.touches_next(i)
            && self.is_punct(i + 1, ".")
            && self.space_after(i + 1)
            && self.is(i + 2, Kind::Word)
            // "23. august 2027" in Norwegian, "5. Aug. 2027": any month's name or abbreviation.
            && month_of_word(self.str_at(i + 2)).is_some();
        if german {
            return Some((self.str_at(i).parse().ok()?, i + 1));
        }
        self.day_at(i)
    }

    /// "2026-02-10", or "2026-Feb-10" with the month as a word, at token `i`, without checking
    /// what precedes it.
    fn iso_at(&self, i: usize) -> Option<Written> {
        let year_digits = self.str_at(i);
        if !self.is(i, Kind::Num) || year_digits.len() != 4 {
            return None;
        }
        let glued = (i..i + 4).all(|k| self.touches_next(k));
        // "2026-02-10", or "2026/8/21" with slashes, the year first and so never ambiguous.
        let slashed = self.is_punct(i + 1, "/") && self.is_punct(i + 3, "/");
        let month = if self.is(i + 2, Kind::Num) && self.str_at(i + 2).len() <= 2 {
            self.str_at(i + 2).parse().ok()?
        } else if self.is(i + 2, Kind::Word) {
            month_of_word(self.str_at(i + 2))?.0
        } else {
            return None;
        };
        // "2030.08.19", year first with dots (as Sinhala, Korean and Hungarian pages write it):
        // two digits each for month and day, and no more dotted numbers after ("2030.08.19.1"
        // is a version); not in code ("the date format (`2030.06.17`)", an example).
        // (Nor a version a package is bumped to, "Bump tzdata to 2030.12.01", CalVer.)
        let in_code = self.token(i).is_some_and(|t| {
            let before = self.text[..t.start].trim_end().to_lowercase();
            before.ends_with('`')
                || ["bump", "pin", "upgrade"]
                    .iter()
                    .any(|v| before.starts_with(v))
                || before.ends_with("==")
        });
        let dotted = !in_code
            && self.is_punct(i + 1, ".")
            && self.is_punct(i + 3, ".")
            && self.str_at(i + 2).len() == 2
            && self.str_at(i + 4).len() == 2
            && !(self.touches_next(i + 4)
                && self.is_punct(i + 5, ".")
                && self.is(i + 6, Kind::Num)
                && self.touches_next(i + 5));
        let shaped = (slashed || dotted || self.is_punct(i + 1, "-") && self.is_punct(i + 3, "-"))
            && self.is(i + 4, Kind::Num)
            && self.str_at(i + 4).len() <= 2;
        // "2027-05-21T12:00:00.000Z": a timestamp's day (its time follows a "T").
        let timestamp = self.touches_next(i + 4)
            && self.str_at(i + 5).eq_ignore_ascii_case("t")
            && self.touches_next(i + 5)
            && self.is(i + 6, Kind::Num)
            && self.str_at(i + 6).len() == 2;
        if !(glued && shaped) || self.runs_on(i + 4) && !timestamp {
            return None;
        }
        let year: i32 = year_digits.parse().ok()?;
        if !YEARS.contains(&year) {
            return None;
        }
        Some(Written {
            month,
            day: self.str_at(i + 4).parse().ok()?,
            year: Some(year),
            last: i + 4,
            form: Form::Iso,
        })
    }

    /// "2027 Jan 19", "2027 March 5", "2027 Mar-30" (the year, then the month's name and the
    /// day, as release lists and changelogs write them) at token `i`, without checking what
    /// precedes it.
    fn year_first_words_at(&self, i: usize) -> Option<Written> {
        let (year, _) = self.year_at(i)?;
        if !self.space_after(i) {
            return None;
        }
        let (month, month_last) = self.month_at(i + 1)?;
        let day_at = if self.space_after(month_last) {
            month_last + 1
        } else if self.touches_next(month_last)
            && self.is_punct(month_last + 1, "-")
            && self.touches_next(month_last + 1)
        {
            month_last + 2
        } else {
            return None;
        };
        let (day, last) = self.day_at(day_at)?;
        // "2027 Jan 19 2028" or "2027 May 3, 2028" says something else; in "hire 2000 May 5
        // interns" a count after a word, with words after it too, is no year.
        let counted = i > 0 && self.is(i - 1, Kind::Word) && self.is(last + 1, Kind::Word);
        if self.year_after(last).is_some() || counted {
            return None;
        }
        Some(Written {
            month,
            day,
            year: Some(year),
            last,
            form: Form::YearFirst,
        })
    }

    /// "14-OCT-2027", "3-Mar-2027" (day, month's name and year joined by hyphens, as forms and
    /// databases print them) at token `i`, without checking what precedes it.
    fn dashed_day_first_at(&self, i: usize) -> Option<Written> {
        let (day, day_last) = self.day_at(i)?;
        let joined = |k: usize| {
            self.touches_next(k) && self.is_punct(k + 1, "-") && self.touches_next(k + 1)
        };
        if day_last != i || !joined(i) {
            return None;
        }
        let (month, month_last) = self.month_at(i + 2)?;
        if month_last != i + 2 {
            return None;
        }
        // "(decided 12-Apr)": without a year, nothing more may be glued to it.
        if !joined(month_last) {
            let glued = self.touches_next(month_last)
                && ![")", ",", ".", ":", ";"]
                    .iter()
                    .any(|p| self.is_punct(month_last + 1, p));
            return (!glued && self.str_at(month_last).len() == 3).then_some(Written {
                month,
                day,
                year: None,
                last: month_last,
                form: Form::DayFirst,
            });
        }
        let (year, last) = self.year_at(month_last + 2)?;
        Some(Written {
            month,
            day,
            year: Some(year),
            last,
            form: Form::Iso,
        })
    }

    /// The day and month at tokens `i` and `i + 2` ("14.9"), without a year, the date's last
    /// token `last`; None when they are no day and month.
    fn yearless_day_first(&self, i: usize, last: usize) -> Option<Written> {
        let day: u32 = self.str_at(i).parse().ok()?;
        let month: u32 = self.str_at(i + 2).parse().ok()?;
        ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(Written {
            month,
            day,
            year: None,
            last,
            form: Form::DayFirst,
        })
    }

    /// Whether the short dotted day at token `i` is marked as a day: after a word that marks
    /// one ("pet 14.9.", "bis 14.3."), in brackets, in a range, or alone (a table's cell); not
    /// "version 14.2.".
    fn short_day_marked(&self, i: usize) -> bool {
        let before = i.checked_sub(1);
        before.is_some_and(|b| self.is(b, Kind::Word) && marks_a_day(self.str_at(b)))
            || before.is_some_and(|b| {
                ["(", "-", "\u{2013}", "\u{2014}"]
                    .iter()
                    .any(|p| self.is_punct(b, p))
            })
            || self.separator_len(i + 4).is_some()
            || i == 0 && self.token(i + 4).is_none()
    }

    /// "14.12.2026" (day, month, year, as much of Europe writes them) at token `i`: one or two
    /// digits, a dot, one or two digits, a dot and four digits, written together, and no more
    /// dotted numbers after (a version "1.2.2026.1" is not a date). Without a year, "11.03" and
    /// "14.9." where the document writes such days (see [`NumericDates`]).
    fn dotted_at(&self, i: usize) -> Option<Written> {
        let short = |k: usize| self.is(k, Kind::Num) && self.str_at(k).len() <= 2;
        let numeric = NumericDates::current();
        // "11.03" without a year, in a document that writes "01.03.2027" too: two digits each,
        // and nothing dotted after (a version "11.03.1" or a decimal "1.5" is no date).
        let two = |k: usize| self.is(k, Kind::Num) && self.str_at(k).len() == 2;
        if numeric.dotted
            && two(i)
            && self.is_punct(i + 1, ".")
            && two(i + 2)
            && self.touches_next(i)
            && self.touches_next(i + 1)
            && !(self.touches_next(i + 2) && self.is_punct(i + 3, ".") && self.is(i + 4, Kind::Num))
            && !self.runs_on(i + 2)
        {
            if let Some(day) = self.yearless_day_first(i, i + 2) {
                return Some(day);
            }
        }
        // "pet 14.9." in a document that writes such days more than once: no year.
        // (Not "03.10.  2028", a day with its year after two spaces, nor "2.1. Scope", a
        // section's number opening the text.)
        if numeric.short_dotted
            && short(i)
            && self.is_punct(i + 1, ".")
            && short(i + 2)
            && self.is_punct(i + 3, ".")
            && self.touches_next(i)
            && self.touches_next(i + 1)
            && self.touches_next(i + 2)
            && !(self.touches_next(i + 3) && self.is(i + 4, Kind::Num))
            && !(self.is(i + 4, Kind::Num) && self.str_at(i + 4).len() == 4)
            && !(i == 0 && self.is(i + 4, Kind::Word))
            && self.starts_clean(i)
            && self.short_day_marked(i)
        {
            if let Some(day) = self.yearless_day_first(i, i + 3) {
                return Some(day);
            }
        }
        let shaped = short(i)
            && self.is_punct(i + 1, ".")
            && short(i + 2)
            && self.is_punct(i + 3, ".")
            && self.is(i + 4, Kind::Num)
            && self.str_at(i + 4).len() == 4;
        // Written together, or with a space after each dot as Czech and German write it
        // ("14. 10. 2027").
        let spaced = |k: usize| match (self.token(k), self.token(k + 1)) {
            (Some(a), Some(b)) => {
                b.start == a.end + 1 && self.text.as_bytes().get(a.end) == Some(&b' ')
            }
            _ => false,
        };
        let glued = self.touches_next(i)
            && self.touches_next(i + 2)
            && (self.touches_next(i + 1) && self.touches_next(i + 3)
                || spaced(i + 1) && spaced(i + 3));
        let more =
            self.is_punct(i + 5, ".") && self.is(i + 6, Kind::Num) && self.touches_next(i + 4);
        if !(shaped && glued) || more {
            return None;
        }
        let year: i32 = self.str_at(i + 4).parse().ok()?;
        if !YEARS.contains(&year) {
            return None;
        }
        Some(Written {
            month: self.str_at(i + 2).parse().ok()?,
            day: self.str_at(i).parse().ok()?,
            year: Some(year),
            last: i + 4,
            form: Form::DayFirst,
        })
    }

    /// Whether a weekday is written right before token `first` or right after token `last`,
    /// across a bracket or a comma: "Mon 3/15", "3/15 월", "3/15(月)", "3/15 (Mon)".
    fn weekday_beside(&self, first: usize, last: usize) -> bool {
        let skip = |k: usize| self.is(k, Kind::Punct) && ["(", "（", ","].contains(&self.str_at(k));
        let after = if skip(last + 1) { last + 2 } else { last + 1 };
        let is_weekday = |k: usize| {
            self.is(k, Kind::Word) && {
                let word = self.str_at(k);
                weekday_of_word(word).is_some() || cjk_weekday(word)
            }
        };
        is_weekday(after)
            || first
                .checked_sub(1)
                .and_then(|k| if skip(k) { k.checked_sub(1) } else { Some(k) })
                .is_some_and(|k| {
                    self.is(k, Kind::Word) && weekday_of_word(self.str_at(k)).is_some()
                })
    }

    /// "2027年3月15日", "3月15日", "3 月 27 日", "2027년 3월 15일", "3월 15일" at token `i`: a
    /// year, a month and a day each followed by its sign, as Chinese, Japanese and Korean write
    /// dates.
    fn cjk_at(&self, i: usize) -> Option<Written> {
        let sign_at = |k: usize, signs: [char; 2]| {
            self.is(k, Kind::Word) && self.str_at(k).starts_with(signs)
        };
        let short = |k: usize| self.is(k, Kind::Num) && self.str_at(k).len() <= 2;
        let (year, at) =
            if self.is(i, Kind::Num) && self.str_at(i).len() == 4 && sign_at(i + 1, ['年', '년'])
            {
                let year: i32 = self.str_at(i).parse().ok()?;
                (Some(year).filter(|y| YEARS.contains(y)), i + 2)
            } else {
                (None, i)
            };
        if !(short(at)
            && sign_at(at + 1, ['月', '월'])
            && short(at + 2)
            && sign_at(at + 3, ['日', '일']))
        {
            return None;
        }
        // The month sign alone ("月"), not a word that only starts with it.
        if self.str_at(at + 1).chars().count() != 1 {
            return None;
        }
        Some(Written {
            month: self.str_at(at).parse().ok()?,
            day: self.str_at(at + 2).parse().ok()?,
            year,
            last: at + 3,
            form: Form::Iso,
        })
    }

    /// "05/13/2027", "13/05/27", "5/13" at token `i` (see [`NumericDates`]), without checking what
    /// precedes it: one or two digits, a slash, one or two digits, and a slash and a year of two
    /// or four digits, written together; no more slashed numbers after (a path, a fraction
    /// "1/2/3/4").
    fn numeric_at(&self, i: usize) -> Option<Written> {
        let short = |k: usize| self.is(k, Kind::Num) && self.str_at(k).len() <= 2;
        if !(short(i) && self.is_punct(i + 1, "/") && short(i + 2)) {
            return None;
        }
        if !(self.touches_next(i) && self.touches_next(i + 1)) {
            return None;
        }
        let order = NumericDates::current();
        let with_year = self.touches_next(i + 2)
            && self.is_punct(i + 3, "/")
            && self.touches_next(i + 3)
            && self.is(i + 4, Kind::Num)
            && matches!(self.str_at(i + 4).len(), 2 | 4);
        let (year, last) = if with_year {
            if self.touches_next(i + 4) && self.is_punct(i + 5, "/") {
                return None;
            }
            let digits: i32 = self.str_at(i + 4).parse().ok()?;
            let year = if digits < 100 { 2000 + digits } else { digits };
            (Some(Some(year).filter(|y| YEARS.contains(y))?), i + 4)
        } else {
            // Without a year, only in a document that writes numeric dates with years or beside
            // a weekday ("3/15 월", "3/15(月)", "Mon 3/15"), and not glued to more ("5/13/" or
            // "1/2/3").
            // "（〜5/14）": a deadline, as Japanese plans mark one with a wave dash.
            let until = i > 0
                && self.touches_next(i - 1)
                && ["\u{301c}", "\u{ff5e}"]
                    .iter()
                    .any(|m| self.is_punct(i - 1, m));
            if !(order.in_use
                || until
                || self.weekday_beside(i, i + 2)
                || self.month_written_before(i)
                || self.same_month_range(i))
                || self.touches_next(i + 2) && self.is_punct(i + 3, "/")
            {
                return None;
            }
            (None, i + 2)
        };
        if self.runs_on(last) {
            return None;
        }
        let (a, b): (u32, u32) = (
            self.str_at(i).parse().ok()?,
            self.str_at(i + 2).parse().ok()?,
        );
        let (month, day) = if order.day_first { (b, a) } else { (a, b) };
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        Some(Written {
            month,
            day,
            year,
            last,
            form: Form::Numeric,
        })
    }

    /// "December 12/5", "January 1/16-1/22": the month's name right before a yearless
    /// "12/5" whose first number is that month says it is written month first.
    fn month_written_before(&self, i: usize) -> bool {
        i > 0
            && self.is(i - 1, Kind::Word)
            && !self.touches_next(i - 1)
            && month_named(self.str_at(i - 1)).is_some_and(|m| self.str_at(i).parse() == Ok(m))
    }

    /// "12/5-12/11": a range of two yearless slashed days with the same first number is month
    /// first (the same month, days five to eleven), at either end.
    fn same_month_range(&self, i: usize) -> bool {
        let slashed = |k: usize| {
            self.is(k, Kind::Num)
                && self.is_punct(k + 1, "/")
                && self.is(k + 2, Kind::Num)
                && self.touches_next(k)
                && self.touches_next(k + 1)
        };
        let dash = |k: usize| ["-", "\u{2013}"].iter().any(|d| self.is_punct(k, d));
        let same = |a: usize, b: usize| {
            self.str_at(a)
                .parse::<u32>()
                .ok()
                .filter(|m| (1..=12).contains(m))
                == self.str_at(b).parse::<u32>().ok()
        };
        // The days run forward, and no word follows ("1/2-1/3 cup", "1/8-1/4 of users" are
        // fractions).
        let forward = |a: usize, b: usize| {
            self.str_at(a + 2).parse::<u32>().ok() < self.str_at(b + 2).parse::<u32>().ok()
        };
        let ends = |b: usize| !self.is(b + 3, Kind::Word) && !self.is(b + 3, Kind::Num);
        let pair = |a: usize, b: usize| {
            slashed(a) && dash(a + 3) && slashed(b) && same(a, b) && forward(a, b) && ends(b)
        };
        pair(i, i + 4) || (i >= 4 && pair(i - 4, i))
    }

    /// The single day that starts at token `i`, in any form.
    fn written_day_at(&self, i: usize) -> Option<Written> {
        let fresh = self.starts_clean(i);
        (fresh.then(|| self.iso_at(i)).flatten())
            .or_else(|| fresh.then(|| self.year_first_words_at(i)).flatten())
            .or_else(|| fresh.then(|| self.dashed_day_first_at(i)).flatten())
            .or_else(|| fresh.then(|| self.cjk_at(i)).flatten())
            .or_else(|| fresh.then(|| self.dotted_at(i)).flatten())
            .or_else(|| fresh.then(|| self.numeric_at(i)).flatten())
            .or_else(|| self.month_first_at(i))
            .or_else(|| {
                self.day_first_may_start(i)
                    .then(|| self.day_first_at(i))
                    .flatten()
            })
    }

    /// The end of a range after `start`: a separator, then a full day in any form or (only
    /// after a month-first start without a year) a bare day number: "Feb 10-14, 2026".
    fn range_end_after(&self, start: &Written, first: usize) -> Option<Written> {
        // "`2030-07-01` to `2030-07-02`: merge the data": each end in its own code span, the
        // label a line opens with (not "swap my shift `07-01` to `07-08`", two days apart).
        let quoted = |i: usize| self.is_punct(i, "`");
        let label = first == 1 && quoted(0);
        let separator = start.last + 1 + usize::from(label && quoted(start.last + 1));
        if self.separator_len(separator).is_none() {
            return self.range_end_after_weekday(start.last);
        }
        let k = separator + self.separator_len(separator)?;
        let k = k + usize::from(quoted(separator.saturating_sub(1)) && quoted(k));
        let full = self.range_end_day_at(k);
        // (A tilde joins two whole days only: "Mar 10 ~15 people" is about fifteen.)
        if full.is_some() || self.is_tilde(separator) {
            return full;
        }
        // "2027 Jan 19-23": the end a day of the start's month and year.
        if start.form == Form::YearFirst {
            let (day, last) = self.day_at(k)?;
            return Some(Written {
                day,
                last,
                ..*start
            });
        }
        if start.form != Form::MonthFirst || start.year.is_some() {
            return None;
        }
        let (day, day_last) = self.day_at(k)?;
        let (year, last) = match self.year_after(day_last) {
            Some((year, last)) => (Some(year), last),
            None => (None, day_last),
        };
        Some(Written {
            month: start.month,
            day,
            year,
            last,
            form: Form::MonthFirst,
        })
    }

    /// The end of a range whose start carries its weekday in brackets: "Mar 3 (Wed) – Mar 7
    /// (Sun)", "Mar 3 (Wed.) – Mar 7", "2027-07-05 (Monday) till 2027-07-11 (Sunday)", and after a label's colon
    /// "2027-07-05: (Monday) till 2027-07-11". The end must be a whole day ("Day 6 (Monday) -
    /// Feedback" and "Oct 4 (Sun) - tutorials" are one day and a title). Not across an arrow:
    /// "Mar 3 (Wed) → Mar 10 (Wed)" moves a day as often as it spans days.
    fn range_end_after_weekday(&self, last: usize) -> Option<Written> {
        let open = last + 1 + usize::from(self.is_punct(last + 1, ":"));
        // ("(Wed.)": an abbreviation's dot may close it.)
        let close = open + 2 + usize::from(self.is_punct(open + 2, "."));
        let shaped = self.is_punct(open, "(")
            && self.weekday_at(open + 1).is_some()
            && self.is_punct(close, ")");
        let separator = close + 1;
        if !shaped || self.is_punct(separator, "\u{2192}") {
            return None;
        }
        let k = match self.separator_len(separator)? {
            1 => separator + 1,
            _ => return None,
        };
        self.range_end_day_at(k)
    }

    /// A whole day written at `k` as a range's end, in any of the forms a day is written; the
    /// end may repeat a weekday ("Mon, Feb 10 - Fri, Feb 14"), which is not kept.
    fn range_end_day_at(&self, k: usize) -> Option<Written> {
        let full_at = |k: usize| {
            self.month_first_at(k)
                .or_else(|| self.day_first_at(k))
                .or_else(|| self.iso_at(k))
                .or_else(|| self.numeric_at(k))
                .or_else(|| self.dotted_at(k))
        };
        full_at(k).or_else(|| {
            self.weekday_at(k)
                .and_then(|_| full_at(self.after_weekday(k)))
        })
    }

    /// "10-14 Feb 2026" or "28 Dec - 3 Jan 2027" at token `i`: a day (with or without its
    /// month, never with a year), a separator, then a day-first date with its year.
    fn day_first_range_at(&self, i: usize) -> Option<(Written, Written)> {
        if !self.day_first_may_start(i) {
            return None;
        }
        let (day, day_last) = self.day_at(i)?;
        let month = self
            .space_after(day_last)
            .then(|| self.month_at(day_last + 1))
            .flatten();
        let start_last = month.map_or(day_last, |(_, month_last)| month_last);
        // "3.–9.9.", "3.–6. lipnja": the start's day with its dot.
        let start_last = if month.is_none()
            && self.is_punct(start_last + 1, ".")
            && self.touches_next(start_last)
            && self.separator_len(start_last + 2).is_some()
        {
            start_last + 1
        } else {
            start_last
        };
        if self.is_tilde(start_last + 1) {
            return None;
        }
        let k = start_last + 1 + self.separator_len(start_last + 1)?;
        // "Saturday 16 - Sunday 17 October 2027": the end may repeat a weekday.
        let k = if self.weekday_at(k).is_some() {
            self.after_weekday(k)
        } else {
            k
        };
        // "14-20.04" in a plan that dates "10.04.2031": the end a dotted day. "03-05/09" in a
        // document that writes its days day first ("01/09", "30/09-03/10"): a slashed one.
        let end = self
            .day_first_at(k)
            .or_else(|| month.is_none().then(|| self.dotted_at(k)).flatten())
            .or_else(|| {
                let order = NumericDates::current();
                // (In or beside the month the text is about: "08-10/10 điểm" under March is a
                // score.)
                let near = |w: &Written| {
                    let months = (w.month + 12 - self.context.month()) % 12;
                    months <= 1 || months == 11
                };
                (month.is_none() && order.in_use && order.day_first)
                    .then(|| self.numeric_at(k))
                    .flatten()
                    .filter(near)
            })?;
        let start = Written {
            // Without its own month the start shares the end's month and year; with it, the
            // year follows the range rules ("28 Dec - 3 Jan 2027" starts in 2026).
            month: month.map_or(end.month, |(month, _)| month),
            day,
            year: if month.is_some() { None } else { end.year },
            last: start_last,
            form: Form::DayFirst,
        };
        Some((start, end))
    }

    // --- periods --------------------------------------------------------------------------

    /// "Q4 2025" / "Q1, 2026" at token `i`.
    fn quarter_at(&self, i: usize) -> Option<Found> {
        if !self.is(i, Kind::Word) || !self.str_at(i).eq_ignore_ascii_case("q") {
            return None;
        }
        if i > 0 && self.touches_next(i - 1) && self.is(i - 1, Kind::Num) {
            return None;
        }
        let digit = self.str_at(i + 1);
        if !self.touches_next(i) || !self.is(i + 1, Kind::Num) || digit.len() != 1 {
            return None;
        }
        let quarter: u32 = digit.parse().ok()?;
        if !(1..=4).contains(&quarter) || self.runs_on(i + 1) {
            return None;
        }
        let (year, last) = self.year_after(i + 1)?;
        Some(Found {
            first: i,
            last,
            resolved: Some((Period::Quarter { year, quarter }, true)),
            names_days: false,
        })
    }

    /// "1Q 2027", "2Q28": the quarter's number before the Q, at token `i`.
    fn digit_quarter_at(&self, i: usize) -> Option<Found> {
        let digit = self.str_at(i);
        let shaped = self.is(i, Kind::Num)
            && digit.len() == 1
            && self.touches_next(i)
            && self.is(i + 1, Kind::Word)
            && self.str_at(i + 1).eq_ignore_ascii_case("q")
            && self.starts_clean(i);
        if !shaped {
            return None;
        }
        let quarter: u32 = digit.parse().ok()?;
        if !(1..=4).contains(&quarter) {
            return None;
        }
        let (year, last) = if self.touches_next(i + 1)
            && self.is(i + 2, Kind::Num)
            && self.str_at(i + 2).len() == 2
            && !self.runs_on(i + 2)
        {
            {
                // ("1Q84" is a novel: two digits are a year of this era only.)
                let yy = self
                    .str_at(i + 2)
                    .parse::<i32>()
                    .ok()
                    .filter(|y| (20..=40).contains(y))?;
                (2000 + yy, i + 2)
            }
        } else {
            self.year_after(i + 1)?
        };
        Some(Found {
            first: i,
            last,
            resolved: Some((Period::Quarter { year, quarter }, true)),
            names_days: false,
        })
    }

    /// "2027-Q3": the year, a hyphen and the quarter, at token `i` (as a quarter is written
    /// beside ISO dates).
    fn year_quarter_at(&self, i: usize) -> Option<Found> {
        let year_digits = self.str_at(i);
        let shaped = self.is(i, Kind::Num)
            && year_digits.len() == 4
            && self.starts_clean(i)
            && self.touches_next(i)
            && self.is_punct(i + 1, "-")
            && self.touches_next(i + 1)
            && self.is(i + 2, Kind::Word)
            && self.str_at(i + 2).eq_ignore_ascii_case("q")
            && self.touches_next(i + 2)
            && self.is(i + 3, Kind::Num)
            && self.str_at(i + 3).len() == 1
            && !self.runs_on(i + 3);
        if !shaped {
            return None;
        }
        let year: i32 = year_digits.parse().ok()?;
        let quarter: u32 = self.str_at(i + 3).parse().ok()?;
        (YEARS.contains(&year) && (1..=4).contains(&quarter)).then_some(Found {
            first: i,
            last: i + 3,
            resolved: Some((Period::Quarter { year, quarter }, true)),
            names_days: false,
        })
    }

    /// "2026/5": a year and a month in numbers, the year first, at token `i`.
    fn numeric_month_at(&self, i: usize) -> Option<Found> {
        let year_digits = self.str_at(i);
        let shaped = self.is(i, Kind::Num)
            && year_digits.len() == 4
            && self.touches_next(i)
            && self.is_punct(i + 1, "/")
            && self.touches_next(i + 1)
            && self.is(i + 2, Kind::Num)
            && self.str_at(i + 2).len() <= 2
            && !(self.touches_next(i + 2) && self.is_punct(i + 3, "/"))
            && !self.runs_on(i + 2);
        if !shaped || !self.starts_clean(i) {
            return None;
        }
        let year: i32 = year_digits.parse().ok()?;
        let month: u32 = self.str_at(i + 2).parse().ok()?;
        (YEARS.contains(&year) && (1..=12).contains(&month)).then_some(Found {
            first: i,
            last: i + 2,
            resolved: Some((Period::Month { year, month }, true)),
            names_days: false,
        })
    }

    /// "March 2026" / "Oct, 2025" at token `i`.
    fn month_year_at(&self, i: usize) -> Option<Found> {
        if let Some(found) = self.numeric_month_at(i) {
            return Some(found);
        }
        let (month, month_last) = self.month_at(i)?;
        // "diciembre de 2027", "março de 2027": Spanish and Portuguese write "de" between.
        let of = self.is(month_last + 1, Kind::Word)
            && self.str_at(month_last + 1).eq_ignore_ascii_case("de")
            && self.space_after(month_last)
            && self.space_after(month_last + 1);
        let (year, last) = self.year_after(if of { month_last + 1 } else { month_last })?;
        Some(Found {
            first: i,
            last,
            resolved: Some((Period::Month { year, month }, true)),
            names_days: false,
        })
    }

    /// The date (without weekday or day label) that starts at token `i`.
    fn date_at(&self, i: usize) -> Option<Found> {
        if let Some(found) = self
            .quarter_at(i)
            .or_else(|| self.digit_quarter_at(i))
            .or_else(|| self.year_quarter_at(i))
        {
            return Some(found);
        }
        let days = match self.written_day_at(i) {
            Some(start) => match self.range_end_after(&start, i) {
                Some(end) => Some((start, Some(end))),
                None => Some((start, None)),
            },
            None => self
                .day_first_range_at(i)
                .map(|(start, end)| (start, Some(end))),
        };
        let Some((start, end)) = days else {
            return self.month_year_at(i);
        };
        let (resolved, last) = match end {
            Some(end) => (self.resolve_range(&start, &end), end.last),
            None => (self.resolve_day(&start), start.last),
        };
        Some(Found {
            first: i,
            last,
            resolved,
            names_days: true,
        })
    }

    /// The `Period::Day` for a written day; None if it does not exist.
    fn resolve_day(&self, day: &Written) -> Option<(Period, bool)> {
        let year = day
            .year
            .unwrap_or_else(|| infer_year(day.month, day.day, self.context));
        let date = NaiveDate::from_ymd_opt(year, day.month, day.day)?;
        Some((Period::Day { date }, day.year.is_some()))
    }

    /// The `Period::Range` for two written days; None if either does not exist.
    ///
    /// A year written on one end only is carried to the other; an end month before the start
    /// month means the range crosses into the next year. Without any year the start year is
    /// inferred from the context.
    fn resolve_range(&self, start: &Written, end: &Written) -> Option<(Period, bool)> {
        let crosses_year = end.month < start.month;
        let (start_year, end_year) = match (start.year, end.year) {
            (Some(s), Some(e)) => (s, e),
            (None, Some(e)) => (if crosses_year { e - 1 } else { e }, e),
            (Some(s), None) => (s, if crosses_year { s + 1 } else { s }),
            (None, None) => {
                let s = infer_year(start.month, start.day, self.context);
                (s, if crosses_year { s.saturating_add(1) } else { s })
            }
        };
        let start_date = NaiveDate::from_ymd_opt(start_year, start.month, start.day)?;
        let end_date = NaiveDate::from_ymd_opt(end_year, end.month, end.day)?;
        let year_written = start.year.is_some() || end.year.is_some();
        Some((
            Period::Range {
                start: start_date,
                end: end_date,
            },
            year_written,
        ))
    }

    // --- phrases --------------------------------------------------------------------------

    /// "(Day 5)" right after token `last`: the label and the index of ")".
    fn day_label_after(&self, last: usize) -> Option<(u32, usize)> {
        let open = last + 1;
        let word = open + 1;
        let number = open + 2;
        let close = open + 3;
        let shaped = self.is_punct(open, "(")
            && self.is(word, Kind::Word)
            && self.str_at(word).eq_ignore_ascii_case("day")
            && self.space_after(word)
            && self.is(number, Kind::Num)
            && self.is_punct(close, ")");
        if !shaped {
            return None;
        }
        let label = self.str_at(number).parse().ok()?;
        Some((label, close))
    }

    /// The phrase (weekday, date, day label) starting at token `i`, if any.
    fn phrase_at(&self, i: usize) -> Option<Result<DatePhrase, DateProblem>> {
        if let Some(weekday) = self.weekday_at(i) {
            let found = self
                .date_at(self.after_weekday(i))
                .filter(|found| found.names_days)?;
            return Some(self.finish(found, Some(weekday), i));
        }
        let found = self.date_at(i)?;
        Some(self.finish(found, None, i))
    }

    /// Builds the phrase (or the problem) for `found`, whose phrase starts at token `first`.
    fn finish(
        &self,
        found: Found,
        weekday: Option<Weekday>,
        first: usize,
    ) -> Result<DatePhrase, DateProblem> {
        let date_span = self.byte_span(found.first, found.last);
        let Some((period, year_written)) = found.resolved else {
            let text = self.text.get(date_span.clone()).unwrap_or("").to_string();
            return Err(DateProblem::Impossible {
                text,
                span: date_span,
            });
        };
        let (day_label, last) = match self.day_label_after(found.last) {
            Some((label, close)) => (Some(label), close),
            None => (None, found.last),
        };
        Ok(DatePhrase {
            period,
            weekday,
            day_label,
            year_written,
            span: self.byte_span(first, last),
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).expect("valid test date")
    }

    /// The context date most tests use: the plan's "today".
    fn ctx() -> NaiveDate {
        ymd(2026, 2, 9)
    }

    /// The phrase found in `text` with context `ctx()`; panics if none or impossible.
    fn phrase(text: &str) -> DatePhrase {
        phrase_in(text, ctx())
    }

    fn phrase_in(text: &str, context: NaiveDate) -> DatePhrase {
        match find_date(text, context) {
            Some(Ok(found)) => found,
            other => panic!("{text:?}: expected a date phrase, got {other:?}"),
        }
    }

    fn period(text: &str) -> Period {
        phrase(text).period
    }

    fn day(y: i32, m: u32, d: u32) -> Period {
        Period::Day { date: ymd(y, m, d) }
    }

    fn range(start: NaiveDate, end: NaiveDate) -> Period {
        Period::Range { start, end }
    }

    /// The text of the phrase's span.
    fn span_text(text: &str) -> &str {
        &text[phrase(text).span]
    }

    fn impossible_text(text: &str, context: NaiveDate) -> String {
        match find_date(text, context) {
            Some(Err(DateProblem::Impossible { text: t, span })) => {
                assert_eq!(&text[span], t);
                t
            }
            other => panic!("{text:?}: expected Impossible, got {other:?}"),
        }
    }

    // --- ranges ---------------------------------------------------------------------------

    #[test]
    fn an_ordinal_day_of_a_month() {
        assert_eq!(period("1st of December 2027"), day(2027, 12, 1));
        assert_eq!(
            period("Stable on the 15th of March, 2027"),
            day(2027, 3, 15)
        );
        assert_eq!(
            span_text("RC: 1st of December 2027"),
            "1st of December 2027"
        );
        // Without an ordinal, "of" is a count's: "3 of May's features" is no date.
        assert!(find_date("3 of May 2027 features", ymd(2026, 12, 1))
            .and_then(Result::ok)
            .is_none_or(|p| p.span.start != 0));
    }

    #[test]
    fn the_year_first_or_hyphens_between_the_parts() {
        assert_eq!(
            period("27.1.2 - 2027 Feb 23 (shipped Feb 24)"),
            day(2027, 2, 23)
        );
        assert_eq!(span_text("- 2028 January 4"), "2028 January 4");
        assert_eq!(period("|2027 Mar-30|"), day(2027, 3, 30));
        assert_eq!(period("**Date:** 14-OCT-2027"), day(2027, 10, 14));
        // "Jun-22" beside "2027 Mar-30" is the 22nd of June; alone it may be June 2022.
        let source = "|Start|2027 Mar-30|\n|Freeze|星期二：Jun-22|\n";
        let dates = NumericDates::of(source);
        assert!(dates.month_dash_day);
        assert_eq!(
            dates
                .apply(|| find_date("星期二：Jun-22", ymd(2027, 3, 30)))
                .and_then(Result::ok)
                .map(|p| p.period),
            Some(day(2027, 6, 22))
        );
        assert!(!NumericDates::of("Shipped Jun-22, see notes").month_dash_day);
        assert!(find_date("Shipped Jun-22", ymd(2027, 3, 30))
            .and_then(Result::ok)
            .is_none_or(|p| p.period != day(2027, 6, 22)));
        assert_eq!(period("due 3-Mar-2027."), day(2027, 3, 3));
        assert_eq!(
            find_date("(decided 12-Apr)", ymd(2027, 1, 1))
                .and_then(Result::ok)
                .map(|p| p.period),
            Some(day(2027, 4, 12))
        );
        // "2027 Jan 19 2028" says something else than a day of 2027.
        assert_ne!(period("2027 Jan 19 2028"), day(2027, 1, 19));
        assert_eq!(
            period("Sprint: 2027 Jan 19-23"),
            range(ymd(2027, 1, 19), ymd(2027, 1, 23))
        );
        assert_ne!(
            find_date("hire 2000 May 5 interns", ymd(2027, 1, 1))
                .and_then(Result::ok)
                .map(|p| p.period),
            Some(day(2000, 5, 5))
        );
    }

    #[test]
    fn iso_timestamps_give_their_day() {
        let ctx = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        for text in [
            "2027-05-21T12:00:00.000Z",
            "Expected Delivery: 2027-05-21T12:00",
            "2027-05-21t09:30Z",
        ] {
            let p = find_date(text, ctx).unwrap().unwrap();
            assert_eq!(
                p.period.last_day(),
                NaiveDate::from_ymd_opt(2027, 5, 21).unwrap(),
                "{text}"
            );
        }
        // Not a word glued to the day ("2027-05-21Tuesday" is no timestamp).
        assert!(find_date("build 2027-05-21Tx", ctx).is_none());
    }

    #[test]
    fn iso_dates_with_a_word_processors_hyphens() {
        assert_eq!(
            period("od 2027\u{2011}09\u{2011}14 o 10:00"),
            day(2027, 9, 14)
        );
        assert_eq!(period("2027\u{2010}03\u{2010}01"), day(2027, 3, 1));
        // Czech and German write a space after each dot.
        assert_eq!(period("čtvrtek 14. 10. 2027"), day(2027, 10, 14));
        // A day and its month alone in brackets is not read: "(24/7)", "(16/9)" and "(4/3)" say
        // other things.
        for text in [
            "Staff the help desk (24/7)",
            "Record in (16/9)",
            "Write the guide (1/3)",
        ] {
            assert!(find_date(text, ymd(2028, 2, 21)).is_none(), "{text}");
        }
        // A yearless month/day after a wave dash: a Japanese deadline.
        assert_eq!(
            find_date("フェーズ 1: 準備（〜5/14）", ymd(2027, 4, 1))
                .and_then(Result::ok)
                .map(|p| p.period),
            Some(day(2027, 5, 14))
        );
        // A dash between the weekday and the date.
        let found = phrase("Monday – October 4th, 2027, 9 am CEST");
        assert_eq!((found.period, found.span.start), (day(2027, 10, 4), 0));
        assert_eq!(period("Stand: 5. 10. 2027"), day(2027, 10, 5));
    }

    #[test]
    fn week_heading_range_in_one_month() {
        // The year at the end, a trailing "(This Week)" that is not part of the phrase.
        let text = "Week 1: Feb 10-14, 2026 (This Week)";
        let found = phrase(text);
        assert_eq!(found.period, range(ymd(2026, 2, 10), ymd(2026, 2, 14)));
        assert!(found.year_written);
        assert_eq!(found.weekday, None);
        assert_eq!(found.day_label, None);
        assert_eq!(&text[found.span], "Feb 10-14, 2026");
    }

    #[test]
    fn range_across_months_year_at_end() {
        // The year at the end applies to both ends.
        let text = "Week 4: Feb 27 - Mar 5, 2026";
        assert_eq!(period(text), range(ymd(2026, 2, 27), ymd(2026, 3, 5)));
        assert_eq!(span_text(text), "Feb 27 - Mar 5, 2026");
    }

    #[test]
    fn range_week_three() {
        assert_eq!(
            period("Week 3: Feb 20-26, 2026"),
            range(ymd(2026, 2, 20), ymd(2026, 2, 26))
        );
    }

    #[test]
    fn range_separators() {
        // En dash, em dash, spaced hyphen, "to", "through".
        let want = range(ymd(2026, 2, 10), ymd(2026, 2, 14));
        for text in [
            "Feb 10–14",
            "Feb 10 – 14",
            "Feb 10—14",
            "Feb 10 - 14",
            "Feb 10 to 14",
            "Feb 10 through 14",
            "Feb 10 to Feb 14",
            "Feb 10th-14th",
        ] {
            assert_eq!(period(text), want, "{text}");
        }
    }

    #[test]
    fn range_without_year_takes_context() {
        // "Feb 1-9": no year written, context year used.
        let found = phrase("Sprint 0: Feb 1-9");
        assert_eq!(found.period, range(ymd(2026, 2, 1), ymd(2026, 2, 9)));
        assert!(!found.year_written);
    }

    #[test]
    fn range_across_years() {
        // Year only at the end: the start goes back a year.
        assert_eq!(
            period("Dec 29 - Jan 2, 2027"),
            range(ymd(2026, 12, 29), ymd(2027, 1, 2))
        );
        // Both years written.
        assert_eq!(
            period("Dec 29, 2025 - Jan 2, 2026"),
            range(ymd(2025, 12, 29), ymd(2026, 1, 2))
        );
        // No year: the end is the first matching day on or after the start.
        assert_eq!(
            phrase_in("Dec 29 - Jan 2", ymd(2026, 12, 1)).period,
            range(ymd(2026, 12, 29), ymd(2027, 1, 2))
        );
        // Year only at the start: the end follows.
        assert_eq!(
            period("Dec 29, 2025 - Jan 2"),
            range(ymd(2025, 12, 29), ymd(2026, 1, 2))
        );
    }

    #[test]
    fn backwards_range_kept_as_written() {
        // A lint flags it; the parser does not fix it.
        let p = period("Feb 14-10, 2026");
        assert_eq!(p, range(ymd(2026, 2, 14), ymd(2026, 2, 10)));
        assert_eq!(p.last_day(), ymd(2026, 2, 10));
        assert!(!p.contains(ymd(2026, 2, 12)));
    }

    #[test]
    fn range_with_weekdays_and_day_first_range() {
        // A weekday on both ends: the first is kept.
        let text = "Mon, Feb 9 - Fri, Feb 13: Sprint 1";
        let found = phrase(text);
        assert_eq!(found.period, range(ymd(2026, 2, 9), ymd(2026, 2, 13)));
        assert_eq!(found.weekday, Some(Weekday::Mon));
        assert_eq!(&text[found.span], "Mon, Feb 9 - Fri, Feb 13");
        // Day-first ranges, with the month on both ends or across a year.
        assert_eq!(
            period("10 Feb – 14 Feb 2026"),
            range(ymd(2026, 2, 10), ymd(2026, 2, 14))
        );
        assert_eq!(
            period("28 Dec - 3 Jan 2027"),
            range(ymd(2026, 12, 28), ymd(2027, 1, 3))
        );
    }

    #[test]
    fn range_start_with_year_needs_full_end() {
        // "Feb 10, 2026 - 14 API modules": the 14 is not a day.
        assert_eq!(period("Feb 10, 2026 - 14 API modules"), day(2026, 2, 10));
    }

    // --- single days ----------------------------------------------------------------------

    #[test]
    fn weekday_kept_as_written() {
        // Feb 10 2026 is a Tuesday; "Monday" is reported, not corrected.
        let text = "Monday, Feb 10";
        let found = phrase(text);
        assert_eq!(found.period, day(2026, 2, 10));
        assert_eq!(found.weekday, Some(Weekday::Mon));
        assert!(!found.year_written);
        assert_eq!(&text[found.span], "Monday, Feb 10");
    }

    #[test]
    fn weekday_without_comma() {
        let found = phrase("Monday Feb 22");
        assert_eq!(found.period, day(2026, 2, 22));
        assert_eq!(found.weekday, Some(Weekday::Mon));
    }

    #[test]
    fn weekday_then_dash_text() {
        // The span stops after "19": "- LAUNCH DAY" is not a range end.
        let text = "Friday, Feb 19 - LAUNCH DAY";
        let found = phrase(text);
        assert_eq!(found.period, day(2026, 2, 19));
        assert_eq!(found.weekday, Some(Weekday::Fri));
        assert_eq!(&text[found.span], "Friday, Feb 19");
    }

    #[test]
    fn weekday_abbreviations() {
        assert_eq!(phrase("Tue, Feb 10").weekday, Some(Weekday::Tue));
        assert_eq!(phrase("thurs Feb 12").weekday, Some(Weekday::Thu));
        // A weekday not followed by a date is nothing; the date later is still found.
        let found = phrase("Monday standup, then Feb 12");
        assert_eq!(found.weekday, None);
        assert_eq!(found.period, day(2026, 2, 12));
    }

    #[test]
    fn day_label() {
        // Exactly "(Day N)" right after the date.
        let text = "Feb 14 (Day 5)";
        let found = phrase(text);
        assert_eq!(found.period, day(2026, 2, 14));
        assert_eq!(found.day_label, Some(5));
        assert_eq!(&text[found.span], "Feb 14 (Day 5)");
        // Anything else in parentheses is not a label.
        let found = phrase("Feb 19 (Launch Day)");
        assert_eq!(found.day_label, None);
        assert_eq!(found.period, day(2026, 2, 19));
    }

    #[test]
    fn weekday_and_day_label_together() {
        let text = "Saturday, Feb 14 (Day 5): review";
        let found = phrase(text);
        assert_eq!(found.weekday, Some(Weekday::Sat));
        assert_eq!(found.day_label, Some(5));
        assert_eq!(&text[found.span], "Saturday, Feb 14 (Day 5)");
    }

    #[test]
    fn date_in_parentheses() {
        assert_eq!(period("MVP Launch (Feb 19)"), day(2026, 2, 19));
        // "Month 1" is a counter, not a month.
        assert_eq!(period("Month 1 (Mar 19)"), day(2026, 3, 19));
        assert_eq!(
            period("High Risk Items (Must resolve by Feb 15)"),
            day(2026, 2, 15)
        );
    }

    #[test]
    fn bold_and_colon() {
        // Bold markers may or may not be there.
        let text = "**Feb 15**: If >30% P0 incomplete";
        assert_eq!(period(text), day(2026, 2, 15));
        assert_eq!(span_text(text), "Feb 15");
        assert_eq!(period("Feb 15: If >30% P0 incomplete"), day(2026, 2, 15));
        assert_eq!(
            period("Feb 15: Launch announcement email"),
            day(2026, 2, 15)
        );
    }

    #[test]
    fn full_month_name_with_year() {
        let found = phrase("Current Date: February 9, 2026");
        assert_eq!(found.period, day(2026, 2, 9));
        assert!(found.year_written);
        // "(Day 1 of Sprint)" is not a day label and not part of the span.
        let text = "February 10, 2026 (Day 1 of Sprint)";
        let found = phrase(text);
        assert_eq!(found.period, day(2026, 2, 10));
        assert_eq!(found.day_label, None);
        assert_eq!(&text[found.span], "February 10, 2026");
    }

    #[test]
    fn ordinals_abbreviation_dot_and_glued_comma_year() {
        assert_eq!(period("Feb 10th"), day(2026, 2, 10));
        assert_eq!(period("March 3rd, 2026"), day(2026, 3, 3));
        assert_eq!(period("Feb. 10"), day(2026, 2, 10));
        assert_eq!(period("Sept. 4, 2026"), day(2026, 9, 4));
        assert_eq!(period("Feb 10,2026"), day(2026, 2, 10));
        assert_eq!(period("FEB 10"), day(2026, 2, 10));
    }

    #[test]
    fn first_phrase_wins() {
        assert_eq!(period("Feb 10 and Mar 3"), day(2026, 2, 10));
    }

    #[test]
    fn dotted_day_month_year() {
        let on = |t: &str| {
            find_date(t, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())
                .and_then(Result::ok)
                .map(|p| p.period)
        };
        assert_eq!(on("14.12.2026"), Some(day(2026, 12, 14)));
        assert_eq!(on("due 3.4.2027, noon"), Some(day(2027, 4, 3)));
        assert_eq!(on("version 1.2.2026.1"), None);
        assert_eq!(on("1.5 hours"), None);
    }

    #[test]
    fn day_first_and_iso() {
        assert_eq!(period("due 10 Feb 2026"), day(2026, 2, 10));
        // The dot after the day, before a month English shares ("23. august 2027", "5. Aug.
        // 2027"), and German and Dutch abbreviations in English text ("Okt 15, 2027").
        assert_eq!(period("Skrevet 23. august 2027."), day(2027, 8, 23));
        assert_eq!(period("5. Aug. 2027"), day(2027, 8, 5));
        assert_eq!(period("Okt 15, 2027"), day(2027, 10, 15));
        // Romanian, Swedish, Czech, Ukrainian, Hungarian and Finnish months.
        assert_eq!(period("luni, 6 septembrie 2027"), day(2027, 9, 6));
        assert_eq!(period("6 augusti 2027"), day(2027, 8, 6));
        assert_eq!(period("6. září 2027"), day(2027, 9, 6));
        assert_eq!(period("15 квітня 2027"), day(2027, 4, 15));
        assert_eq!(period("6. syyskuuta 2027"), day(2027, 9, 6));
        assert_eq!(period("10th February, 2026"), day(2026, 2, 10));
        assert_eq!(
            period("10-14 Feb 2026"),
            range(ymd(2026, 2, 10), ymd(2026, 2, 14))
        );
        let found = phrase("Tuesday 10 Feb 2026");
        assert_eq!(found.weekday, Some(Weekday::Tue));
        assert_eq!(found.period, day(2026, 2, 10));
        assert_eq!(period("ship on 2026-02-10."), day(2026, 2, 10));
        assert_eq!(
            period("2026-02-10 to 2026-02-14"),
            range(ymd(2026, 2, 10), ymd(2026, 2, 14))
        );
        // The month as a word between the dashes, as some release pages write it.
        let found = phrase("Tue, 2026-Feb-10");
        assert_eq!(found.period, day(2026, 2, 10));
        assert_eq!(found.weekday, Some(Weekday::Tue));
        assert_eq!(
            period("2026-Feb-10 to 2026-Feb-14"),
            range(ymd(2026, 2, 10), ymd(2026, 2, 14))
        );
        // Not a date: a word that is no month, or a long number after it.
        assert_eq!(find_date("2026-Foo-10", ctx()), None);
        assert_eq!(find_date("build 2026-Feb-100", ctx()), None);
    }

    #[test]
    fn numeric_dates_in_the_order_the_document_writes_them() {
        // Month first unless the document says otherwise; a two-digit year is this century's.
        assert_eq!(period("Launch: 05/13/2027"), day(2027, 5, 13));
        assert_eq!(period("due 12/03/27"), day(2027, 12, 3));
        let spanish = NumericDates::of("| Fase | 12/03/27 |\n| Entrega | 26/03/27 |");
        assert!(spanish.day_first && spanish.in_use);
        spanish.apply(|| {
            assert_eq!(period("12/03/27"), day(2027, 3, 12));
            assert_eq!(period("26/03/27"), day(2027, 3, 26));
            // A US date cannot be read day first: no 13th month.
            assert_eq!(find_date("05/13/2027", ctx()), None);
        });
        let us = NumericDates::of("Beta 05/13/2027, GA 06/18/27");
        assert!(!us.day_first && us.in_use);
        us.apply(|| {
            // Without a year only where the document writes numeric dates; a range ends the start.
            assert_eq!(period("5/20"), day(2026, 5, 20));
            assert_eq!(
                period("05/13-05/21/27"),
                range(ymd(2027, 5, 13), ymd(2027, 5, 21))
            );
        });
        // Not dates: a fraction, "24/7", a path, a version, a score.
        for text in [
            "1/2 of the team",
            "support 24/7",
            "a/b/2026",
            "see docs/12/3/4",
            "v1/2/2026/x",
            "won 3/1",
        ] {
            assert_eq!(find_date(text, ctx()), None, "{text}");
        }
        assert_eq!(NumericDates::of("no dates 1/2"), NumericDates::default());
    }

    #[test]
    fn yearless_dotted_days_beside_dotted_dates() {
        let n = NumericDates::of("Laufzeit: 01.03.2027 – 12.04.2027");
        assert!(n.dotted);
        n.apply(|| {
            assert_eq!(period("24.03: Erfolge"), day(ctx().year(), 3, 24));
            // A version or a decimal stays a number.
            assert_eq!(find_date("Godot 4.4", ctx()), None);
            assert_eq!(find_date("v11.03.1", ctx()), None);
        });
        // Without a dotted date in the document, "11.03" is a number.
        assert_eq!(find_date("release 11.03", ctx()), None);
    }

    #[test]
    fn a_day_first_range_with_weekdays_on_both_ends() {
        assert_eq!(
            period("Saturday 16 - Sunday 17 October 2027"),
            Period::Range {
                start: ymd(2027, 10, 16),
                end: ymd(2027, 10, 17)
            }
        );
    }

    #[test]
    fn ranges_written_with_arrows() {
        let range = |a, b| Period::Range { start: a, end: b };
        assert_eq!(
            period("Week 00 (2027-03-01 -> 2027-03-07)"),
            range(ymd(2027, 3, 1), ymd(2027, 3, 7))
        );
        assert_eq!(
            period("Mar 1 → Mar 7, 2027"),
            range(ymd(2027, 3, 1), ymd(2027, 3, 7))
        );
    }

    #[test]
    fn chinese_japanese_and_korean_dates() {
        assert_eq!(period("2027年3月15日に公開"), day(2027, 3, 15));
        assert_eq!(period("3 月 27 日"), day(ctx().year(), 3, 27));
        assert_eq!(period("2027년 3월 15일"), day(2027, 3, 15));
        // A yearless "3/15" beside a weekday.
        assert_eq!(period("Day 1 (3/15 월):"), day(ctx().year(), 3, 15));
        assert_eq!(period("3/15(月)"), day(ctx().year(), 3, 15));
        assert_eq!(period("Mon 3/15"), day(ctx().year(), 3, 15));
        assert_eq!(find_date("won 3/15", ctx()), None);
        assert_eq!(find_date("3月に", ctx()), None);
    }

    #[test]
    fn year_first_dates_with_slashes() {
        assert_eq!(period("done 2026/8/21"), day(2026, 8, 21));
        assert_eq!(period("done 2026/9/01"), day(2026, 9, 1));
        assert_eq!(
            period("scheduled for 2026/12"),
            Period::Month {
                year: 2026,
                month: 12
            }
        );
        // Not a month: a fraction of a year, a path, a version.
        for text in ["2026/13", "build 2026/5/x/y", "v2026/5"] {
            assert_ne!(
                find_date(text, ctx())
                    .and_then(Result::ok)
                    .map(|p| p.period),
                Some(Period::Month {
                    year: 2026,
                    month: 5
                }),
                "{text}"
            );
        }
    }

    #[test]
    fn month_names_of_other_languages() {
        assert_eq!(
            period("Última actualización: 8 de marzo de 2027"),
            day(2027, 3, 8)
        );
        assert_eq!(period("Go-Live am 3. März 2027"), day(2027, 3, 3));
        assert_eq!(period("le 14 février 2027"), day(2027, 2, 14));
        assert_eq!(period("Lançamento: 2 de outubro de 2027"), day(2027, 10, 2));
        // A month and its year with "de" between: the month.
        assert_eq!(
            period("Informe del piloto (diciembre de 2027)"),
            Period::Month {
                year: 2027,
                month: 12
            }
        );
        assert_eq!(period("Jumat malam, 12 Maret 2027"), day(2027, 3, 12));
        assert_eq!(period("otwarcie 14 września 2027"), day(2027, 9, 14));
        assert_eq!(
            period("Dezember 2027"),
            Period::Month {
                year: 2027,
                month: 12
            }
        );
        // Not the planet.
        assert_eq!(find_date("Mars 2027 lander", ctx()), None);
        // A German ordinal needs a month after it.
        assert_eq!(find_date("Schritt 3. Test", ctx()), None);
    }

    #[test]
    fn day_first_needs_a_year_or_a_clear_end_and_no_counter() {
        // "3 May" followed by a word is too likely a count.
        assert_eq!(find_date("Top 3 May features", ctx()), None);
        assert_eq!(find_date("Top 3 March winners", ctx()), None);
        // Without a year: an ordinal, an end, or a month that is only a month.
        assert_eq!(period("15th May release"), day(2026, 5, 15));
        assert_eq!(period("3 May"), day(2026, 5, 3));
        assert_eq!(period("Deadline: 10 September."), day(2026, 9, 10));
        assert_eq!(period("3 June deadline"), day(2026, 6, 3));
        assert_eq!(
            period("3 May - 24 May"),
            Period::Range {
                start: ymd(2026, 5, 3),
                end: ymd(2026, 5, 24)
            }
        );
        // "Week 1 Feb 2026" is week 1 of February.
        assert_eq!(
            period("Week 1 Feb 2026"),
            Period::Month {
                year: 2026,
                month: 2
            }
        );
    }

    // --- months and quarters --------------------------------------------------------------

    #[test]
    fn months() {
        // "Month 2" is a counter; "March 2026" the month.
        let text = "Month 2: March 2026";
        let found = phrase(text);
        assert_eq!(
            found.period,
            Period::Month {
                year: 2026,
                month: 3
            }
        );
        assert!(found.year_written);
        assert_eq!(&text[found.span], "March 2026");
        for (text, year, month) in [
            ("Oct 2025", 2025, 10),
            ("Jan 2026", 2026, 1),
            ("Sept 2026", 2026, 9),
            ("sep 2026", 2026, 9),
            ("SEPTEMBER 2026", 2026, 9),
            ("Roadmap for may 2026", 2026, 5),
            ("Dec. 2025", 2025, 12),
        ] {
            assert_eq!(period(text), Period::Month { year, month }, "{text}");
        }
    }

    #[test]
    fn quarters() {
        assert_eq!(
            period("Q4 2025"),
            Period::Quarter {
                year: 2025,
                quarter: 4
            }
        );
        assert_eq!(
            period("Goals for Q1 2026:"),
            Period::Quarter {
                year: 2026,
                quarter: 1
            }
        );
        assert_eq!(
            period("q2, 2026"),
            Period::Quarter {
                year: 2026,
                quarter: 2
            }
        );
        // No year, no such quarter, or glued to more text: not a quarter.
        for text in [
            "Q4",
            "Q5 2026",
            "Q0 2026",
            "FAQ4 2026",
            "Q44 2026",
            "3Q4 2026",
        ] {
            assert_eq!(find_date(text, ctx()), None, "{text}");
        }
    }

    // --- impossible dates -----------------------------------------------------------------

    #[test]
    fn impossible_dates() {
        assert_eq!(impossible_text("Feb 30", ctx()), "Feb 30");
        assert_eq!(impossible_text("by Feb 29, 2026!", ctx()), "Feb 29, 2026");
        assert_eq!(impossible_text("Apr 31", ctx()), "Apr 31");
        // A weekday is not part of the problem's text.
        assert_eq!(impossible_text("Monday, Feb 30", ctx()), "Feb 30");
        // Either end of a range.
        assert_eq!(impossible_text("Feb 27 - Feb 30", ctx()), "Feb 27 - Feb 30");
        assert_eq!(impossible_text("2026-02-30", ctx()), "2026-02-30");
        assert_eq!(impossible_text("Feb 0", ctx()), "Feb 0");
        // Feb 29 without a year, in a non-leap context year.
        assert_eq!(impossible_text("Feb 29", ctx()), "Feb 29");
        // The problem message.
        let problem = DateProblem::Impossible {
            text: "Feb 30".into(),
            span: 0..6,
        };
        assert_eq!(problem.to_string(), "\"Feb 30\" is not a date that exists");
    }

    #[test]
    fn leap_days_that_exist() {
        assert_eq!(period("Feb 29, 2028"), day(2028, 2, 29));
        assert_eq!(
            phrase_in("Feb 29", ymd(2028, 1, 15)).period,
            day(2028, 2, 29)
        );
    }

    // --- not dates ------------------------------------------------------------------------

    #[test]
    fn not_dates() {
        for text in [
            "14 API modules completed",
            "Week 1 review",
            "Day 5",
            "$25K monthly volume",
            "Series A fundraising",
            "10 AM standup",
            "P0",
            "4 hours",
            "March forward",
            "may",
            "Mar",
            "teams may march",
            "the team may 10x output",
            "Feb 99999999999",
            "Feb 123",
            "Feb10",
            "2Feb 2026",
            "Month 3",
            "1,000 users in Feb",
            "Feb 1.5x growth",
            "Feb 10:30",
            "Mayday",
            "",
            "   ",
        ] {
            assert_eq!(find_date(text, ctx()), None, "{text}");
        }
    }

    // --- year inference -------------------------------------------------------------------

    #[test]
    fn year_inference() {
        // More than 183 days before the context: next year.
        assert_eq!(
            phrase_in("Jan 5", ymd(2025, 12, 20)).period,
            day(2026, 1, 5)
        );
        // A little before the context: same year.
        assert_eq!(period("Feb 1"), day(2026, 2, 1));
        // After the context: same year.
        assert_eq!(period("Nov 30"), day(2026, 11, 30));
        // Ten months and more after the context: the year before.
        assert_eq!(
            phrase_in("Dec 19", ymd(2028, 1, 24)).period,
            day(2027, 12, 19)
        );
        assert_eq!(
            phrase_in("Nov 15", ymd(2028, 1, 24)).period,
            day(2028, 11, 15)
        );
        // Exactly 183 days before stays; 184 moves on.
        assert_eq!(
            phrase_in("Jul 1", ymd(2026, 12, 31)).period,
            day(2026, 7, 1)
        );
        assert_eq!(
            phrase_in("Jun 30", ymd(2026, 12, 31)).period,
            day(2027, 6, 30)
        );
    }

    // --- Period ---------------------------------------------------------------------------

    #[test]
    fn period_bounds_and_contains() {
        let march = Period::Month {
            year: 2026,
            month: 3,
        };
        assert_eq!(march.first_day(), ymd(2026, 3, 1));
        assert_eq!(march.last_day(), ymd(2026, 3, 31));
        assert!(march.contains(ymd(2026, 3, 15)));
        assert!(!march.contains(ymd(2026, 4, 1)));
        let q1_leap = Period::Quarter {
            year: 2028,
            quarter: 1,
        };
        assert_eq!(q1_leap.first_day(), ymd(2028, 1, 1));
        assert_eq!(q1_leap.last_day(), ymd(2028, 3, 31));
        let q4 = Period::Quarter {
            year: 2025,
            quarter: 4,
        };
        assert_eq!(q4.first_day(), ymd(2025, 10, 1));
        assert_eq!(q4.last_day(), ymd(2025, 12, 31));
        let feb = Period::Month {
            year: 2028,
            month: 2,
        };
        assert_eq!(feb.last_day(), ymd(2028, 2, 29));
        let one = day(2026, 2, 10);
        assert!(one.contains(ymd(2026, 2, 10)));
        assert!(!one.contains(ymd(2026, 2, 11)));
        let week = range(ymd(2026, 2, 10), ymd(2026, 2, 14));
        assert!(week.contains(ymd(2026, 2, 14)));
        assert!(!week.contains(ymd(2026, 2, 15)));
    }

    #[test]
    fn period_out_of_range_fields_do_not_panic() {
        // Such values can only come from deserialisation; they are clamped.
        let odd = [
            Period::Month {
                year: 2026,
                month: 0,
            },
            Period::Month {
                year: 2026,
                month: 13,
            },
            Period::Quarter {
                year: 2026,
                quarter: 9,
            },
            Period::Month {
                year: i32::MAX,
                month: 12,
            },
            Period::Quarter {
                year: i32::MIN,
                quarter: 0,
            },
            Period::Month {
                year: NaiveDate::MAX.year(),
                month: 12,
            },
        ];
        for p in odd {
            let _ = (p.first_day(), p.last_day(), p.shifted(40), p.shifted(-40));
            let _ = format_period(&p, true);
        }
        assert_eq!(
            Period::Month {
                year: NaiveDate::MAX.year(),
                month: 12
            }
            .last_day(),
            NaiveDate::MAX
        );
    }

    #[test]
    fn shifted() {
        assert_eq!(day(2026, 2, 10).shifted(7), day(2026, 2, 17));
        assert_eq!(
            range(ymd(2026, 2, 27), ymd(2026, 3, 5)).shifted(-30),
            range(ymd(2026, 1, 28), ymd(2026, 2, 3))
        );
        // Month moves to the month holding its shifted first day.
        let dec = Period::Month {
            year: 2025,
            month: 12,
        };
        assert_eq!(
            dec.shifted(31),
            Period::Month {
                year: 2026,
                month: 1
            }
        );
        assert_eq!(dec.shifted(30), dec);
        let q4 = Period::Quarter {
            year: 2025,
            quarter: 4,
        };
        assert_eq!(
            q4.shifted(92),
            Period::Quarter {
                year: 2026,
                quarter: 1
            }
        );
        assert_eq!(q4.shifted(-1).first_day(), ymd(2025, 7, 1));
        // Huge shifts stop at the calendar's ends.
        assert_eq!(
            day(2026, 2, 10).shifted(i64::MAX),
            Period::Day {
                date: NaiveDate::MAX
            }
        );
        assert_eq!(
            day(2026, 2, 10).shifted(i64::MIN),
            Period::Day {
                date: NaiveDate::MIN
            }
        );
    }

    // --- serde ----------------------------------------------------------------------------

    #[test]
    fn serde_shape() {
        // Internally tagged by "kind", snake_case variant names, dates as "YYYY-MM-DD".
        use serde::de::value::{Error, MapDeserializer};
        use serde::Deserialize;
        let fields = [
            ("kind", "range"),
            ("start", "2026-02-10"),
            ("end", "2026-02-14"),
        ];
        let read = Period::deserialize(MapDeserializer::<_, Error>::new(fields.into_iter()));
        assert_eq!(read, Ok(range(ymd(2026, 2, 10), ymd(2026, 2, 14))));
        let fields = [("kind", "day"), ("date", "2026-02-10")];
        let read = Period::deserialize(MapDeserializer::<_, Error>::new(fields.into_iter()));
        assert_eq!(read, Ok(day(2026, 2, 10)));
    }

    // --- formatting -----------------------------------------------------------------------

    #[test]
    fn formatting() {
        assert_eq!(format_day(ymd(2026, 2, 10), false), "Feb 10");
        assert_eq!(format_day(ymd(2026, 2, 10), true), "Feb 10, 2026");
        assert_eq!(format_day_with_weekday(ymd(2026, 2, 10)), "Tuesday, Feb 10");
        assert_eq!(format_long(ymd(2026, 2, 9)), "February 9, 2026");
        let cases = [
            (day(2026, 2, 10), true, "Feb 10, 2026"),
            (day(2026, 2, 10), false, "Feb 10"),
            (
                range(ymd(2026, 2, 10), ymd(2026, 2, 14)),
                true,
                "Feb 10-14, 2026",
            ),
            (range(ymd(2026, 2, 1), ymd(2026, 2, 9)), false, "Feb 1-9"),
            (
                range(ymd(2026, 2, 27), ymd(2026, 3, 5)),
                true,
                "Feb 27 - Mar 5, 2026",
            ),
            (
                range(ymd(2026, 2, 27), ymd(2026, 3, 5)),
                false,
                "Feb 27 - Mar 5",
            ),
            (
                range(ymd(2025, 12, 29), ymd(2026, 1, 2)),
                false,
                "Dec 29, 2025 - Jan 2, 2026",
            ),
            (
                range(ymd(2026, 3, 5), ymd(2026, 2, 27)),
                true,
                "Mar 5, 2026 - Feb 27, 2026",
            ),
            (
                Period::Month {
                    year: 2026,
                    month: 3,
                },
                false,
                "March 2026",
            ),
            (
                Period::Quarter {
                    year: 2025,
                    quarter: 4,
                },
                false,
                "Q4 2025",
            ),
        ];
        for (p, with_year, want) in cases {
            assert_eq!(format_period(&p, with_year), want, "{p:?}");
        }
    }

    /// A small deterministic pseudo-random generator (xorshift), for the property tests.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    #[test]
    fn export_then_import_gives_back_the_period() {
        // With years, any context; without, a context at the period's first day.
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let base = ymd(1990, 1, 1);
        for _ in 0..2000 {
            let start = base + chrono::TimeDelta::days(rng.below(60_000) as i64);
            let end = start + chrono::TimeDelta::days(rng.below(500) as i64 - 60);
            let periods = [
                Period::Day { date: start },
                Period::Range { start, end },
                Period::Month {
                    year: start.year(),
                    month: start.month(),
                },
                Period::Quarter {
                    year: start.year(),
                    quarter: quarter_of(start),
                },
            ];
            for p in periods {
                let with = format_period(&p, true);
                let other_context = base + chrono::TimeDelta::days(rng.below(60_000) as i64);
                assert_eq!(phrase_in(&with, other_context).period, p, "{with}");
                let without = format_period(&p, false);
                assert_eq!(phrase_in(&without, p.first_day()).period, p, "{without}");
            }
            let with_weekday = format_day_with_weekday(start);
            let found = phrase_in(&with_weekday, start);
            assert_eq!(found.period, Period::Day { date: start });
            assert_eq!(found.weekday, Some(start.weekday()));
            let long = format_long(start);
            assert_eq!(phrase_in(&long, base).period, Period::Day { date: start });
        }
    }

    #[test]
    fn never_panics_and_spans_are_on_char_boundaries() {
        // Fragments that look a bit like dates, glued at random.
        let fragments = [
            "Feb",
            "feb.",
            "March",
            "Sept",
            "Q",
            "Q4",
            "2026",
            "2025",
            "10",
            "14",
            "99999999999",
            "-",
            "–",
            "—",
            " - ",
            ",",
            ", ",
            "(",
            ")",
            "(Day ",
            "Day",
            "5",
            "th",
            " ",
            " ",
            "Monday",
            "mon",
            "to",
            "✅",
            "âœ…",
            "🚀",
            "é",
            "\u{301}",
            "日本",
            "**",
            ":",
            "$",
            "\n",
            "\t",
            "0",
            "31",
            "29",
            "Dec",
            "Jan",
            "1",
            "-02-",
            "2026-02-10",
            "#",
            ".",
            "\u{0663}",
            "ß",
            "İ",
            "Q1 ",
            "May",
            "may ",
        ];
        let mut rng = Rng(0x2545_F491_4F6C_DD1D);
        let mut texts: Vec<String> = vec![
            "Feb 99999999999".into(),
            "Feb 30 ✅".into(),
            "✅ Feb 10-14, 2026 🚀".into(),
            "âœ… Monday, Feb 10 (Day 99999999999)".into(),
            "Feb 10-".into(),
            "Feb 10 -".into(),
            "Feb 10 to".into(),
            "Q".into(),
            "Q4 ".into(),
            "2026-".into(),
            "2026-02-".into(),
            "Monday,".into(),
            "(Day".into(),
            "Feb 14 (Day".into(),
            "Feb 14 (Day 5".into(),
            "1,2026,2026,2026,2026".repeat(50),
        ];
        for _ in 0..600 {
            let count = 1 + rng.below(10) as usize;
            let text: String = (0..count)
                .map(|_| fragments[rng.below(fragments.len() as u64) as usize])
                .collect();
            texts.push(text);
        }
        let contexts = [ctx(), NaiveDate::MIN, NaiveDate::MAX, ymd(2028, 2, 29)];
        for text in &texts {
            for context in contexts {
                let span = match find_date(text, context) {
                    None => continue,
                    Some(Ok(found)) => found.span,
                    Some(Err(DateProblem::Impossible { span, .. })) => span,
                };
                assert!(span.start < span.end && span.end <= text.len(), "{text:?}");
                assert!(text.is_char_boundary(span.start), "{text:?}");
                assert!(text.is_char_boundary(span.end), "{text:?}");
            }
        }
    }
}

/// Reads an ISO date ("2026-02-19") as date inputs give it; None for anything else. (The
/// reader of the JSON file's dates, see [`super::calendar_day`].)
pub fn parse_iso(text: &str) -> Option<NaiveDate> {
    super::calendar_day::parse(text).ok()
}

#[cfg(test)]
mod iso_tests {
    use super::*;

    #[test]
    fn reads_iso_dates_from_date_inputs() {
        assert_eq!(
            parse_iso("2026-02-19"),
            NaiveDate::from_ymd_opt(2026, 2, 19)
        );
        assert_eq!(parse_iso(""), None);
        assert_eq!(parse_iso("2026-02-30"), None);
        assert_eq!(parse_iso("19/02/2026"), None);
    }
}

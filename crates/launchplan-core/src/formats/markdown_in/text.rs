//! Text helpers of the Markdown importer: done markers, heading parts around a date, separators.

use super::blocks::ListItem;
use crate::plan::dates::{find_date, DatePhrase, Period};
use crate::plan::{Offset, OffsetUnit};
use chrono::NaiveDate;

/// An item's text without its done marker, and whether it is done: `[x]`, a leading ✅ or ✔, a
/// line struck through as a whole, or a trailing "(done)", "[COMPLETED]" or "✅ Done" (even
/// after an unchecked box: the status was written after the box).
pub(super) fn done_state(item: &ListItem) -> (String, bool) {
    let text = item.text.trim();
    // A box says it all: "- [ ] Order the cake ✅" stays open (read as done, an exported open
    // item would come back ticked).
    if let Some(done) = item.task {
        return (text.to_string(), done);
    }
    let marked = item.struck
        || says_done_at_end(text)
        || done_on_a_date(text)
        || status_field(text).is_some_and(super::says_done);
    if marked {
        return (text.to_string(), true);
    }
    // "**DONE** Selin, Tue Apr 2 - Send the page list": a bold state opening the line.
    if bold_done_lead(&item.lead) {
        if let Some(rest) = text.strip_prefix(item.lead.as_str()) {
            return (rest.trim_start_matches([':', ' ']).to_string(), true);
        }
    }
    if let Some(rest) = after_a_leading_done_mark(text) {
        return (rest.to_string(), true);
    }
    (text.to_string(), done_after_a_dash(text))
}

/// The marks that open a line of work done: "✅ Book the hall", "[DONE] Order the badges".
const LEADING_DONE_MARKS: [&str; 14] = [
    "✅",
    // GitHub's shortcodes of the same marks, as written in the source.
    ":white_check_mark:",
    ":heavy_check_mark:",
    ":ballot_box_with_check:",
    "✔️",
    "✔",
    "☑️",
    "☑",
    "☒",
    "🗹",
    "[COMPLETED]",
    "[Completed]",
    "[DONE]",
    "[Done]",
];

/// What a line says after the done mark it opens with ("✅ Book the hall" → "Book the hall");
/// None when it opens with none.
pub(super) fn after_a_leading_done_mark(text: &str) -> Option<&str> {
    LEADING_DONE_MARKS
        .iter()
        .find_map(|marker| text.strip_prefix(marker))
        .map(str::trim_start)
}

/// Whether a list marks its open boxes with their state right after the box, some finished
/// and some not: "- [ ] ✅ Sender domain verified" beside "- [ ] ⏳ Welcome email final" (not a
/// list of criteria all marked "✅" alike, "### Go if" over "- [ ] ✅ Load targets met").
pub(super) fn status_marked_boxes(items: &[ListItem]) -> bool {
    let open_with = |marks: &[&str]| {
        items.iter().any(|i| {
            i.task == Some(false) && marks.iter().any(|m| i.text.trim_start().starts_with(m))
        })
    };
    // (States, not icons of a step's kind: "✅ Verify the backup" beside "⏳ Wait for the
    // sync" is a runbook's; nor a legend, "✅ = done".)
    let a_state = |i: &ListItem| {
        let rest = i.text.trim_start().trim_start_matches('✅').trim_start();
        !opens_with_an_imperative(rest) && !rest.starts_with(['=', ':', '-', '–'])
    };
    open_with(&["✅"])
        && open_with(&["⏳", "⌛", "🔄", "🕐"])
        && items
            .iter()
            .filter(|i| i.task == Some(false) && i.text.trim_start().starts_with('✅'))
            .all(a_state)
}

/// Whether a line opens with a verb that tells someone to do something ("Verify the backup",
/// "Prepare the slides", "Book the room"): a step, not a state or a topic. (Not "test", a noun
/// as often: "Test card payment went through".)
pub(super) fn opens_with_an_imperative(text: &str) -> bool {
    const VERBS: [&str; 57] = [
        "add", "ask", "book", "buy", "call", "check", "collect", "confirm", "create", "draft",
        "email", "ensure", "fix", "get", "invite", "make", "order", "pack", "pick", "prepare",
        "print", "rent", "reserve", "review", "run", "schedule", "send", "set", "share", "update",
        "verify", "write", "agree", "assign", "bring", "clean", "decide", "follow", "finish",
        "return", "register", "design", "turn", "move", "change", "sell", "install", "hire", "pay",
        "publish", "post", "upload", "fill", "deliver", "sign", "put", "record",
    ];
    VERBS.contains(&first_word(text).as_str())
}

/// A line's first word in lower case, marks and markup before it aside ("**Book** the room" →
/// "book").
pub(super) fn first_word(text: &str) -> String {
    text.trim_start()
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_lowercase()
}

/// Whether the bold words opening a line are a done state and only that ("**DONE**",
/// "**Completed:**"), not a label that goes on ("**Done when** the tests pass").
fn bold_done_lead(lead: &str) -> bool {
    let lead = lead.trim();
    let word = lead.trim_end_matches(':').trim_end();
    // A state in capitals ("**DONE**") or as a label ("**Done:**"); "**Complete** the letters"
    // and "**Finished** goods arrive" are words of the line.
    let stated = lead.ends_with(':') || word.chars().all(|c| !c.is_lowercase());
    stated && ["done", "completed", "complete", "finished"].contains(&word.to_lowercase().as_str())
}

/// The value of a status field written inside a line ("**Order the panels** — Status: Done;
/// Priority: High"), up to the next field.
fn status_field(text: &str) -> Option<&str> {
    let lower = text.to_ascii_lowercase();
    let at = lower.find("status")?;
    let rest = text[at + "status".len()..].trim_start();
    let rest = rest.strip_prefix(':')?;
    Some(rest.split([';', '|', ',']).next().unwrap_or(rest).trim())
}

/// Whether a line ends with a done status: "(done)", "[done]", "(completed)", "[COMPLETED]",
/// "(HECHO)", "(erledigt)", "✅ Done", "✅", "✔".
pub(super) fn says_done_at_end(text: &str) -> bool {
    // ("(done!)", "(klaar!)": the same.)
    // ("… (पूर्ण).": a stop after the bracket, the same.)
    let lower = text
        .trim_end()
        .trim_end_matches('.')
        .to_lowercase()
        .replace("!)", ")");
    [
        "(done)",
        "[done]",
        "(completed)",
        "[completed]",
        "(complete)",
        // The same in the languages whose month names the reader knows.
        "(hecho)",
        "(terminado)",
        "(erledigt)",
        "(fait)",
        "(feito)",
        "(concluído)",
        "(fatto)",
        // Afrikaans and Dutch.
        "(klaar)",
        // Marathi and Hindi "(पूर्ण)", Kannada "(ಈಗಾಗಲೇ ಪೂರ್ಣಗೊಂಡಿದೆ)" (already completed).
        "(पूर्ण)",
        "(ಪೂರ್ಣಗೊಂಡಿದೆ)",
        "(ಈಗಾಗಲೇ ಪೂರ್ಣಗೊಂಡಿದೆ)",
        // Malayalam and Gujarati (completed).
        "(പൂർത്തിയായി)",
        "(પૂર્ણ)",
        "✅ done",
        "✅ complete",
        "✅",
        "✔️",
        "✔",
    ]
    .iter()
    .any(|m| lower.ends_with(m))
}

/// Whether a line's state, written after a dash at its end, says done: "remove the wall block -
/// done", "Language packs – completed" (not "Get the deployment done", nor "… - done - Farid to
/// retest → … - in progress", whose last state is another).
fn done_after_a_dash(text: &str) -> bool {
    let lower = text.trim_end().trim_end_matches('.').to_lowercase();
    [" - ", " \u{2013} ", " \u{2014} "].iter().any(|dash| {
        lower.rsplit_once(dash).is_some_and(|(before, state)| {
            before.chars().any(char::is_alphabetic) && {
                // ("– erledigt am 20.01.2031": German, done on a day.)
                let state = state.trim();
                let state = state
                    .strip_prefix("erledigt am ")
                    .filter(|day| find_date(day, NaiveDate::default()).is_some())
                    .map_or(state, |_| "erledigt");
                ["done", "completed", "complete", "finished", "erledigt"].contains(&state)
            }
        })
    })
}

/// Whether a line ends with "done" and the day or month it was done ("… **done 2026/8/21**",
/// "… done, 2026/5", "… done on March 3"): done (the date is the item's). A bare "done" at the
/// end is not enough ("Get the deployment done" is a task).
fn done_on_a_date(text: &str) -> bool {
    let lower = text.trim_end().to_lowercase();
    let Some(at) = lower.rfind("done") else {
        return false;
    };
    let before_ok = lower[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    let rest = lower[at + 4..]
        .trim_start_matches([',', ':', ' ', '-', '–'])
        .trim_start_matches("on ")
        .trim_end_matches(['.', ')', '*', ' ']);
    if !before_ok || rest.is_empty() {
        return false;
    }
    let context = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    find_date(rest, context)
        .and_then(Result::ok)
        .is_some_and(|phrase| phrase.span.start == 0 && phrase.span.end == rest.len())
}

/// An item as Markdown-ish text, nested bullets included, for keeping it as a note.
pub(super) fn item_source(item: &ListItem) -> String {
    let mut out = match item.task {
        Some(true) => format!("[x] {}", item.text),
        Some(false) => format!("[ ] {}", item.text),
        None => item.text.clone(),
    };
    for extra in &item.extra {
        out.push_str("\n  ");
        out.push_str(extra);
    }
    for child in &item.children {
        out.push_str("\n  - ");
        out.push_str(&item_source(child).replace('\n', "\n  "));
    }
    out
}

/// Whether a paragraph line is a day label: all bold, or short and opening with a date.
pub(super) fn looks_like_day(text: &str, bold: bool, context: NaiveDate) -> bool {
    let Some(Ok(phrase)) = find_date(text, context) else {
        return false;
    };
    let opens_with_date = text
        .get(..phrase.span.start)
        .is_some_and(|before| before.trim().is_empty());
    single_day(&phrase.period).is_some()
        && (bold || (opens_with_date && text.chars().count() <= 60))
        && !stamped_in_brackets(&text[..phrase.span.start])
}

/// Whether the text before a date ends in a bracket that opens with an editor's stamp: "200
/// more people have access now (update on" — "… (update on June 21)", "(updated", "(as of",
/// "(edited": the day the line was written, not a day it labels.
fn stamped_in_brackets(before: &str) -> bool {
    let Some((said, inside)) = before.rsplit_once('(') else {
        return false;
    };
    let lower = inside.trim().to_lowercase();
    !said.trim().is_empty()
        && matches!(
            words_of(&lower).as_slice(),
            ["update" | "updated" | "edited" | "edit", ..] | ["as", "of"]
        )
}

pub(super) fn single_day(period: &Period) -> Option<NaiveDate> {
    match period {
        Period::Day { date } => Some(*date),
        _ => None,
    }
}

/// A heading split around its date phrase: "Week 1: Feb 10-14, 2026 (This Week)" →
/// before "Week 1", aside "This Week"; "Feb 14 (Day 5): Feature freeze" → after "Feature freeze".
pub(super) struct HeadingParts {
    pub before: String,
    /// Text after the date that is not in parentheses.
    pub after: Option<String>,
    /// Text after the date in parentheses.
    pub aside: Option<String>,
}

impl HeadingParts {
    pub(super) fn new(heading: &str, phrase: Option<&DatePhrase>) -> HeadingParts {
        let Some(p) = phrase else {
            return HeadingParts {
                before: heading.trim().to_string(),
                after: None,
                aside: None,
            };
        };
        let before = strip_empty_parens(heading.get(..p.span.start).unwrap_or_default())
            .trim()
            .to_string();
        // "v1.1 Billing (SHIPPED 2027-03-19)": the words before the date in its parentheses
        // are an aside of the label ("SHIPPED"), not part of it.
        let (before, inner) = match before.rsplit_once('(') {
            Some((label, inner)) if !inner.contains(')') && !label.trim().is_empty() => (
                label.trim().to_string(),
                non_empty(inner.trim_end_matches([':', ' ', '-'])),
            ),
            _ => (before, None),
        };
        // A date written in parentheses leaves its closing one behind: "Week 1 (Feb 9-13)".
        let rest = heading.get(p.span.end..).unwrap_or_default().trim_start();
        let rest = rest.strip_prefix(')').unwrap_or(rest).trim();
        let aside = parenthesised(rest).or(inner);
        let after = if aside.is_some() {
            None
        } else {
            non_empty(&lead_trimmed(rest))
        };
        HeadingParts {
            before,
            after,
            aside,
        }
    }

    /// The heading's words beside the date, for blocks whose title is free text.
    pub(super) fn title(&self) -> String {
        [Some(self.before.as_str()), self.after.as_deref()]
            .into_iter()
            .flatten()
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// "(This Week)" → "This Week".
pub(super) fn parenthesised(text: &str) -> Option<String> {
    let inner = text.trim().strip_prefix('(')?.strip_suffix(')')?;
    non_empty(inner)
}

/// "MVP Launch (" → "MVP Launch" (what is left of a heading once its date is taken out).
pub(super) fn strip_empty_parens(text: &str) -> &str {
    text.trim_end_matches(['(', ' ', ':', '-', '–', '—'])
}

/// "High Risk Items (Must resolve by Feb 15)" → "High Risk Items".
pub(super) fn strip_deadline(heading: &str, phrase: Option<&DatePhrase>) -> String {
    let Some(p) = phrase else {
        return heading.to_string();
    };
    let before = heading.get(..p.span.start).unwrap_or_default();
    let cut = before.rfind('(').map_or(before, |i| &before[..i]);
    let name = cut.trim_end_matches([' ', ':', '-', '–', '—']);
    // "May 17-21, 2027 (Code freeze)": the name is after the date; so is the gate's in "Day 4
    // (Mar 4) - Beta Feedback & Freeze" (its day's number before the date names nothing).
    let after = heading
        .get(p.span.end..)
        .unwrap_or_default()
        .trim_matches(|c: char| c.is_whitespace() || "()[]:-–—,".contains(c));
    let gate_after = !after.is_empty()
        && crate::schedule::gates::is_gate(after)
        && !crate::schedule::gates::is_gate(name);
    if !name.trim().is_empty() && !gate_after {
        return name.to_string();
    }
    after.to_string()
}

/// "Criteria: 80% done" with label "criteria" → "80% done".
pub(super) fn labelled<'t>(text: &'t str, label: &str) -> Option<&'t str> {
    let (key, value) = text.split_once(':')?;
    key.trim().eq_ignore_ascii_case(label).then(|| value.trim())
}

/// Text after a date with its separator (": ", " - ") taken off.
pub(super) fn lead_trimmed(text: &str) -> String {
    let text = text.trim_start();
    let text = text.strip_prefix([':', '-', '–', '—']).unwrap_or(text);
    text.trim().to_string()
}

/// "If >30% P0 incomplete → Delay launch 1 week" → (trigger, action).
pub(super) fn split_arrow(text: &str) -> (String, String) {
    let first = ["→", "->", "=>", "⇒", "⟶"]
        .iter()
        .filter_map(|arrow| text.find(arrow).map(|at| (at, arrow.len())))
        .min();
    match first {
        Some((at, len)) => (
            text[..at].trim().to_string(),
            text[at + len..].trim().to_string(),
        ),
        None => (text.trim().to_string(), String::new()),
    }
}

pub(super) fn non_empty(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_string())
}

fn is_minutes(word: &str) -> bool {
    matches!(word, "min" | "mins" | "minute" | "minutes")
}

/// A length of time anywhere in a heading ("(48 Hours)", "(1 Week)", "First 24 Hours"), as an
/// offset after the launch: what a heading under an after-launch section counts.
pub(super) fn duration_in(text: &str) -> Option<Offset> {
    let lower = text.to_lowercase();
    let words = words_of(&lower);
    words.windows(2).find_map(|w| {
        let n: i32 = w[0].parse().ok().or_else(|| number_word(w[0]))?;
        let unit = relative_unit(w[1])?;
        Offset::new(n, unit)
    })
}

/// "Within 24 hours", "(within 7 days)": that long (after what the text is under).
pub(super) fn within_duration(text: &str) -> Option<Offset> {
    let lower = text.to_lowercase();
    let words = words_of(&lower);
    let at = words.iter().position(|w| *w == "within")?;
    duration_in(&words.get(at + 1..at + 3)?.join(" "))
}

/// "Post Launch (1 Week)": a length of days or weeks alone in brackets (months are a span
/// of support, "(3 months)", not a day the work is due).
pub(super) fn bracketed_duration(text: &str) -> Option<Offset> {
    text.split('(').skip(1).find_map(|part| {
        let inside = part.split_once(')')?.0;
        (words_of(&inside.to_lowercase()).len() == 2)
            .then(|| duration_in(inside))
            .flatten()
            .filter(|o| matches!(o.unit, OffsetUnit::Days | OffsetUnit::Weeks))
    })
}

/// "revenue after two weeks", German "nach zwei Wochen", French "après 30 jours": a time after
/// something the line does not name (in a section after the launch, the launch), in days or
/// weeks; not "after two weeks of beta", "after 3 days from the invite", which name theirs.
pub(super) fn after_period_in(text: &str) -> Option<Offset> {
    let lower = text.to_lowercase();
    let words = words_of(&lower);
    words.windows(3).enumerate().find_map(|(i, w)| {
        if !["after", "nach", "après", "después", "dopo", "depois"].contains(&w[0]) {
            return None;
        }
        let n: i32 = w[1].parse().ok().or_else(|| number_word(w[1]))?;
        let unit =
            relative_unit(w[2]).filter(|u| matches!(u, OffsetUnit::Days | OffsetUnit::Weeks))?;
        let named = words.get(i + 3).is_some_and(|next| {
            [
                "of", "from", "since", "after", "before", "in", "on", "der", "des", "dem", "de",
                "di",
            ]
            .contains(next)
        });
        // (Nor a German noun right after the period, "nach zwei Wochen Urlaub" (after two
        // weeks' leave), nor a time inside a clause about someone, "Refund anyone who asks
        // after 10 days".)
        let noun_after = words.get(i + 3).is_some_and(|next| {
            w[0] == "nach"
                && text.split_whitespace().any(|t| {
                    t.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                        == *next
                        && t.starts_with(char::is_uppercase)
                })
        });
        let in_a_clause = words[..i]
            .iter()
            .any(|w| ["who", "which", "whose"].contains(w));
        (!named && !noun_after && !in_a_clause)
            .then(|| Offset::new(n, unit))
            .flatten()
    })
}

/// "Watch the bot for the first 48 hours", "In den ersten 48 Stunden …", "Håll koll hela
/// första veckan": work through the first hours, days or week after the launch, due at their
/// end (+2 days, +7). Not "the first 3 posts", nor a count without a unit.
pub(super) fn first_period_in(text: &str) -> Option<Offset> {
    const FIRST: [&str; 17] = [
        "first",
        "ersten",
        "erste",
        "перші",
        "перших",
        "första",
        "premières",
        "premiers",
        "primeras",
        "primeros",
        "primeiras",
        "primeiros",
        "eerste",
        "prime",
        "primi",
        "pierwsze",
        "pierwszych",
    ];
    let lower = text.to_lowercase();
    let words = words_of(&lower);
    words.iter().enumerate().find_map(|(at, w)| {
        if !FIRST.contains(w) {
            return None;
        }
        let next = *words.get(at + 1)?;
        if let Some(n) = next.parse::<i32>().ok().or_else(|| number_word(next)) {
            let unit = relative_unit(words.get(at + 2)?)?;
            return Offset::new(n, unit);
        }
        // "the first week", "första veckan", "den ersten Monat": one of it.
        let unit = match next {
            "week" | "woche" | "veckan" | "semaine" | "semana" | "settimana" | "тиждень" => {
                OffsetUnit::Weeks
            }
            "month" | "monat" | "månaden" | "mois" | "mes" | "mês" | "mese" | "місяць" => {
                OffsetUnit::Months
            }
            _ => return None,
        };
        Offset::new(1, unit)
    })
}

/// Whether `words` say working days at `at` ("working days", "business days", "work days",
/// Greek "εργάσιμες ημέρες").
fn working_days_at(words: &[String], at: usize) -> bool {
    matches!(
        words.get(at).map(String::as_str),
        Some("working" | "business" | "work" | "εργάσιμες" | "εργάσιμη")
    ) && words
        .get(at + 1)
        .is_some_and(|w| relative_unit(w) == Some(OffsetUnit::Days))
}

pub(super) fn relative_unit(word: &str) -> Option<OffsetUnit> {
    // English, then Spanish, Portuguese, French, German, Italian, Russian, Turkish, Dutch and
    // Czech.
    Some(match word {
        "h" | "hr" | "hrs" | "hour" | "hours" | "hora" | "horas" | "heure" | "heures"
        | "stunde" | "stunden" | "ora" | "ore" | "час" | "часа" | "часов" | "saat" | "годин"
        | "години" | "годину" | "timer" | "timmar" => OffsetUnit::Hours,
        // Korean, Japanese and Chinese, after a count ("T-3시간", "T-2時間", "T-1小时").
        "시간" | "時間" | "小时" | "小時" => OffsetUnit::Hours,
        "d" | "day" | "days" | "día" | "días" | "dia" | "dias" | "jour" | "jours" | "tag"
        | "tage" | "tagen" | "giorno" | "giorni" | "день" | "дня" | "дней" | "gün" | "dag"
        | "dagen" | "den" | "dny" | "dní" | "dnů" | "днів" | "дні" | "dager" | "dagar" | "dage"
        | "dni" | "dzień" | "dnia" => OffsetUnit::Days,
        // Greek ("10 ημέρες πριν", "1 εβδομάδα μετά", "3 μήνες πριν").
        "ημέρα" | "ημέρες" | "ημερών" | "μέρα" | "μέρες" => {
            OffsetUnit::Days
        }
        "εβδομάδα" | "εβδομάδες" | "εβδομάδων" => OffsetUnit::Weeks,
        // Latvian ("1 dienu pirms svētkiem", "3 dienas pirms", "1 nedēļu pirms").
        "diena" | "dienu" | "dienas" | "dienām" => OffsetUnit::Days,
        "nedēļa" | "nedēļu" | "nedēļas" | "nedēļām" => OffsetUnit::Weeks,
        "mēnesi" | "mēneši" | "mēnešus" | "mēnešiem" => OffsetUnit::Months,
        "μήνα" | "μήνας" | "μήνες" | "μηνών" => OffsetUnit::Months,
        "w" | "wk" | "wks" | "week" | "weeks" | "weken" | "semana" | "semanas" | "semaine"
        | "semaines" | "woche" | "wochen" | "settimana" | "settimane" | "неделя" | "недели"
        | "недель" | "неделю" | "hafta" | "týden" | "týdny" | "týdnů" | "тиждень" | "тижні"
        | "тижнів" | "uke" | "uker" | "vecka" | "veckor" | "uge" | "uger" | "tydzień"
        | "tygodnie" | "tygodni" => OffsetUnit::Weeks,
        "m" | "mo" | "mos" | "month" | "months" | "mes" | "meses" | "mês" | "mois" | "monat"
        | "monate" | "monaten" | "mese" | "mesi" | "месяц" | "месяца" | "месяцев" | "ay"
        | "maand" | "maanden" | "měsíc" | "měsíce" | "měsíců" => OffsetUnit::Months,
        // Vietnamese ("1 tuần trước go-live", "3 ngày sau").
        "tuần" => OffsetUnit::Weeks,
        "ngày" => OffsetUnit::Days,
        "tháng" => OffsetUnit::Months,
        // Afrikaans ("6-7 Maande Voor Die Troue", "2 Weke Voor", "3 Dae Voor").
        "maande" => OffsetUnit::Months,
        "weke" => OffsetUnit::Weeks,
        "dae" => OffsetUnit::Days,
        // Danish and Norwegian, Swedish ("2 måneder før", "3 månader innan").
        "måned" | "måneder" | "månad" | "månader" => OffsetUnit::Months,
        _ => return None,
    })
}

/// "+24h", "+2 days", "-30 min"... as a whole cell of a schedule's time column: a time after
/// (or before) the launch, written without a "T". None for anything else ("+1", "5:30").
pub(super) fn signed_offset(cell: &str) -> Option<Offset> {
    let cell = cell.trim().to_lowercase();
    let (sign, rest) = match cell.chars().next()? {
        '+' => (1, &cell[1..]),
        '-' | '−' => (-1, cell.trim_start_matches(['-', '−'])),
        _ => return None,
    };
    let rest = rest.trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let mut n: i32 = digits.parse().ok()?;
    let mut rest = &rest[digits.len()..];
    // "-15-12 months": a span, due at its end (the nearer end before the launch, the later
    // after it).
    if let Some(to) = rest.strip_prefix(['-', '–']) {
        let more: String = to.chars().take_while(char::is_ascii_digit).collect();
        let m: i32 = more.parse().ok()?;
        n = if sign < 0 { n.min(m) } else { n.max(m) };
        rest = &to[more.len()..];
    }
    let unit = relative_unit(rest.trim())?;
    Offset::new(sign * n, unit)
}

/// The time from the launch or the event an aside in brackets gives alone ("Registration
/// opens (-2 weeks)", "Recording online (+2 days)", "Software check (up to -1 day)", "(by
/// -3d)"), or the moment right after it ("(right after the talk)", "(immediately after
/// launch)": the day itself). None for any other aside ("(+2 more)", "(-2 weeks of buffer)",
/// "(after the review)", "(right after the beta launch)"), and for minutes or millions ("(-30m)",
/// "(+2M)"). Weaker than a heading's date: the caller asks only for what nothing else dates.
pub(super) fn aside_count_in(text: &str) -> Option<Offset> {
    let lower = text.to_lowercase().replace(['\u{2212}', '\u{2013}'], "-");
    lower.split('(').skip(1).find_map(|after_bracket| {
        let (aside, _) = after_bracket.split_once(')')?;
        let aside = aside.trim();
        let count = [
            "up to ",
            "until ",
            "by ",
            "no later than ",
            "at the latest ",
        ]
        .iter()
        .find_map(|w| aside.strip_prefix(w))
        .unwrap_or(aside);
        if count.ends_with(|c: char| c.is_ascii_digit() || c == 'm') {
            return None;
        }
        if let Some(offset) = signed_offset(count) {
            return Some(offset);
        }
        let rest = [
            "right after ",
            "immediately after ",
            "just after ",
            "straight after ",
        ]
        .iter()
        .find_map(|w| aside.strip_prefix(w))?;
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        let [anchor] = words_of(rest)[..] else {
            return None;
        };
        (is_launch_word(anchor) || TALKS.contains(&anchor))
            .then(|| Offset::new(0, OffsetUnit::Days))
            .flatten()
    })
}

/// Events a plan is run for that [`super::launch::EVENTS`] does not list, since their words
/// name other things too ("talk to legal"): the moment after one is the event's day.
pub(super) const TALKS: [&str; 15] = [
    "talk",
    // Danish and Norwegian, Swedish, German: a talk.
    "foredrag",
    "föredrag",
    "vortrag",
    "přednáška",
    "webinar",
    "seminar",
    "colloquium",
    "lecture",
    "keynote",
    "presentation",
    "livestream",
    "stream",
    // A broadcast; German "Sendung" ("Folge 23 — Sendung am Donnerstag, 7. November 2030").
    "broadcast",
    "sendung",
];

/// Whether a cell only holds the place of a date not known yet: "TBD", "TBA", "XXX", "?".
pub(super) fn is_placeholder(cell: &str) -> bool {
    let cell = cell.trim().trim_matches('*').to_ascii_lowercase();
    [
        "tbd", "tba", "tbc", "xxx", "?", "??", "???", "n/a", "-", "—", "–",
    ]
    .contains(&cell.as_str())
}

/// Italian, Spanish, French and Portuguese "one" ("una settimana dopo"): a count that, as
/// English "a", needs the launch or the event after it.
/// ("One" in Italian, Spanish, French, Portuguese, and German "ein", "eine", "einen": "eine
/// Woche vor dem Launch", "ein Monat nach dem Start".)
const ROMANCE_ONE: [&str; 9] = [
    "un", "una", "uno", "une", "uma", "um", "ein", "eine", "einen",
];

/// Whether `words[at]` is Dutch "de" or "het", or Afrikaans "die" before what the plan counts
/// to ("2 Weke Voor Die Troue", "1 Jaar Voor Die Groot Dag"; Dutch "die" is "that": "3 dagen na
/// die demo").
fn dutch_or_afrikaans_article(words: &[String], at: usize) -> bool {
    match words.get(at).map(String::as_str) {
        Some("de" | "het") => true,
        Some("die") => words
            .get(at + 1)
            .is_some_and(|w| is_launch_word(w) || ["troue", "groot"].contains(&w.as_str())),
        _ => false,
    }
}

/// "one" … "twelve" as a number ("One year out", "two weeks before launch").
fn number_word(word: &str) -> Option<i32> {
    const WORDS: [&str; 12] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    // Dutch, as its plans count weeks and months ("Twee weken vooraf", "Een maand nadien").
    const DUTCH: [&str; 6] = ["een", "twee", "drie", "vier", "vijf", "zes"];
    // Czech ("Dva týdny předem").
    const CZECH: [&str; 4] = ["jeden", "dva", "tři", "čtyři"];
    // Russian ("через три дня после митапа").
    const RUSSIAN: [&str; 10] = [
        "один",
        "два",
        "три",
        "четыре",
        "пять",
        "шесть",
        "семь",
        "восемь",
        "девять",
        "десять",
    ];
    let word = if word == "één" { "een" } else { word };
    WORDS
        .iter()
        .position(|w| *w == word)
        .or_else(|| DUTCH.iter().position(|w| *w == word))
        .or_else(|| match word {
            "dvě" | "две" => Some(1),
            // Italian, Spanish, French, Portuguese "one" ("una settimana dopo").
            _ if ROMANCE_ONE.contains(&word) => Some(0),
            // Two to six in them and in German ("due settimane prima", "zwei Wochen vor").
            "dos" | "due" | "deux" | "dois" | "duas" | "zwei" => Some(1),
            "tres" | "tre" | "trois" | "três" | "drei" => Some(2),
            "cuatro" | "quattro" | "quatre" | "quatro" | "vier" => Some(3),
            "cinco" | "cinque" | "cinq" | "fünf" => Some(4),
            "seis" | "sei" | "sechs" => Some(5),
            "одну" | "одна" => Some(0),
            _ => CZECH
                .iter()
                .position(|w| *w == word)
                .or_else(|| RUSSIAN.iter().position(|w| *w == word)),
        })
        .and_then(|i| i32::try_from(i + 1).ok())
}

/// The words of a lowercased text: its runs of letters and digits.
pub(super) fn words_of(lower: &str) -> Vec<&str> {
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// The words of a lowercased text, hyphens kept inside them ("go-live", "mini-summit").
pub(super) fn hyphenated_words_of(lower: &str) -> Vec<&str> {
    lower
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether `text` says more than the date at `span` ("plus aucun commit à partir du samedi 4
/// septembre", "2027-10-11 (TBC)", "Daily" beside no date): a word of two letters or more
/// outside it that is not a weekday, a month or a little word of a date ("on", "the").
pub(super) fn says_more_than_its_date(text: &str, span: std::ops::Range<usize>) -> bool {
    let rest = format!(
        "{} {}",
        text.get(..span.start).unwrap_or_default(),
        text.get(span.end..).unwrap_or_default()
    );
    words_of(&rest.to_lowercase()).iter().any(|w| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && crate::plan::dates::weekday_named(w).is_none()
            && crate::plan::dates::month_named(w).is_none()
            && !["on", "by", "at", "the", "le", "am", "el"].contains(w)
    })
}

/// A heading that is only a length of time ("🌱 4 Months", "3 Weeks", "## 1 Month"): in a
/// timeline counting down to an event, that long before it.
pub(super) fn countdown_heading(text: &str) -> Option<Offset> {
    let lower = text.to_lowercase();
    let words = words_of(&lower);
    let [n, unit] = words.as_slice() else {
        return None;
    };
    let n: i32 = n.parse().ok()?;
    let unit = relative_unit(unit).filter(|u| *u != OffsetUnit::Hours)?;
    Offset::new(-n, unit)
}

/// Events whose day a plan counts to ("Meetup day"); not "Event day", "Hack day" or "Career fair
/// day", which product and hiring plans hold too.
pub(super) const DAY_EVENTS: [&str; 9] = [
    "meetup",
    "conference",
    "summit",
    "symposium",
    "hackathon",
    "festival",
    "convention",
    "congress",
    "tournament",
];

/// The number a launch's or an event's day is counted by in a heading's words ("release day
/// ii", "launch day 2", "conference day three"), 2 to 7; None for its first day or none.
fn nth_launch_day(words: &[String], launch: &[&str]) -> Option<i32> {
    words.windows(3).enumerate().find_map(|(i, w)| {
        let named = launch.contains(&w[0].as_str()) || DAY_EVENTS.contains(&w[0].as_str());
        // (Not "Launch day 2 weeks out": a time, not a count.)
        let unit_after = words.get(i + 3).is_some_and(|next| {
            ["day", "week", "month", "hour"]
                .iter()
                .any(|u| next.starts_with(u))
        });
        if !named || w[1] != "day" || unit_after {
            return None;
        }
        let n = match w[2].as_str() {
            "ii" | "two" | "second" => 2,
            "iii" | "three" | "third" => 3,
            "iv" | "four" | "fourth" => 4,
            number => number.parse().ok().filter(|n| (2..=7).contains(n))?,
        };
        Some(n)
    })
}

/// Italian "la mattina stessa – Davide", "il giorno stesso", Spanish "el mismo día", French "le
/// jour même", Portuguese "no mesmo dia", opening a line (a "when" cell beside "il giorno
/// prima", "2 giorni prima"): the event's day itself. (Not "lo stesso giorno della consegna",
/// the day of something else.)
fn opens_on_the_same_day(lower: &str) -> bool {
    let words = words_of(lower);
    let time = |w: &str| {
        [
            "giorno",
            "mattina",
            "sera",
            "pomeriggio",
            "día",
            "mañana",
            "tarde",
            "noche",
            "jour",
            "matin",
            "soir",
            "dia",
            "manhã",
            "noite",
        ]
        .contains(&w)
    };
    let (said, rest) = match words.as_slice() {
        ["il" | "la" | "le", day, "stesso" | "stessa" | "même", rest @ ..] => (time(day), rest),
        ["lo" | "la", "stesso" | "stessa", day, rest @ ..]
        | ["el" | "la", "mismo" | "misma", day, rest @ ..]
        | ["no" | "na", "mesmo" | "mesma", day, rest @ ..] => (time(day), rest),
        _ => (false, &[][..]),
    };
    // (Alone before a dash, a colon or the end, as a "when" is written: not "El mismo día que
    // firme el cliente", "El mismo día publicamos el parche".)
    let head = lower
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split(['–', '—', '-', ':', '|', '(', ','])
        .next()
        .unwrap_or_default();
    said && words_of(head).len() == 3
        && !rest
            .first()
            .is_some_and(|w| ["della", "del", "de", "do", "da", "di", "dello"].contains(w))
}

/// A heading for the launch day itself, with no date: "Launch Day", "Release day", "Go-live
/// day", "Cut-over window steps", "Pre-cutover (day of, before 22:00)", "At the conference",
/// "On the day". What is under it is due on the launch day (T+0).
/// Whether a line opens by naming the launch's day as when it happens: "on launch day", "On
/// release day: tag the build", "on the move-over date" (over the steps of that day), "on
/// cutover night", "on the go-live date" (not "Launch day checklist", "on launch day minus
/// two", "on the day after launch").
fn opens_on_the_launch_day(lower: &str) -> bool {
    let Some(rest) = lower
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .strip_prefix("on ")
    else {
        return false;
    };
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let words: Vec<&str> = rest
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .take(4)
        .collect();
    let (name, when, after) = match words.as_slice() {
        ["go", "live", when, after @ ..]
        | ["cut", "over", when, after @ ..]
        | ["move", "over", when, after @ ..]
        | ["switch", "over", when, after @ ..] => ("launch", *when, after),
        [name, when, after @ ..] => (*name, *when, after),
        _ => return false,
    };
    let named = [
        "launch",
        "release",
        "cutover",
        "golive",
        "moving",
        "migration",
        "switchover",
        "changeover",
    ]
    .contains(&name)
        || DAY_EVENTS.contains(&name);
    let when = when.trim_end_matches([':', ',', '.', ')']);
    // What follows the phrase: nothing, or the work after a colon, dash or comma (not a count
    // from it: "on launch day minus two", "on launch day + 1").
    let ends = after.first().is_none_or(|w| {
        !["minus", "plus", "+", "after", "before", "of"].contains(w)
            && !w.starts_with(|c: char| c.is_ascii_digit())
    });
    named && ["day", "date", "night"].contains(&when) && ends
}

/// A label that opens a line and names a time on or around the launch's day: "Launch morning:",
/// "Release evening:", "Launch eve:" (the day before), "Right after launch:", "The day of:", "By
/// launch:", "Before go-live:" (due by the launch itself), with the work after it (a colon, or
/// nothing more).
fn launch_day_label(lower: &str) -> Option<Offset> {
    let trimmed = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    let (label, _) = trimmed.split_once(':')?;
    let words: Vec<&str> = label
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    let launch = |w: &str| names_the_launch_word(w);
    let words: Vec<&str> = match words.as_slice() {
        [rest @ .., "go", "live"] => rest.iter().copied().chain(["golive"]).collect(),
        [rest @ .., "go", "live", last] => rest.iter().copied().chain(["golive", *last]).collect(),
        _ => words,
    };
    let amount = match words.as_slice() {
        [w, "morning" | "afternoon" | "evening"] if launch(w) => 0,
        [w, "eve"] if launch(w) => -1,
        ["right" | "immediately" | "just", "after", w]
        | ["right" | "immediately" | "just", "after", "the", w]
            if launch(w) =>
        {
            0
        }
        ["the", "day", "of"] | ["day", "of"] => 0,
        ["by" | "before", w] | ["by" | "before", "the", w] if launch(w) => 0,
        _ => return None,
    };
    Offset::new(amount, OffsetUnit::Days)
}

pub(super) fn launch_day_heading(text: &str) -> Option<Offset> {
    let lower = text.to_lowercase().replace('-', " ");
    let words = words_of(&lower);
    // "go live" and "cut over" are one word here.
    let mut joined: Vec<String> = Vec::new();
    for w in words {
        match (joined.last_mut(), w) {
            (Some(last), "live") if last == "go" => last.push_str("live"),
            (Some(last), "over") if last == "cut" => last.push_str("over"),
            _ => joined.push(w.to_string()),
        }
    }
    let launch = ["launch", "release", "cutover", "golive"];
    // "Moving day", "Migration day", "Switch day": a move's cut-over day (not its window or
    // its week).
    let moves = [
        "moving",
        "move",
        "migration",
        "switchover",
        "changeover",
        "switch",
    ];
    let day_of = joined.windows(2).any(|w| w[0] == "day" && w[1] == "of");
    // Not "Post-launch day 1" nor "Pre-launch window".
    let launch_day = joined.windows(2).enumerate().any(|(i, w)| {
        let before = i.checked_sub(1).and_then(|b| joined.get(b));
        // "Meetup day", "Conference day": the day of the event a plan counts to.
        (launch.contains(&w[0].as_str()) && (w[1] == "day" || w[1] == "window" || w[1] == "night")
            || (DAY_EVENTS.contains(&w[0].as_str()) || moves.contains(&w[0].as_str()))
                && w[1] == "day")
            && !before.is_some_and(|b| {
                matches!(b.as_str(), "post" | "pre" | "before" | "after" | "until")
            })
    });
    // "At the conference", "During the event", "On the day": the event's own day.
    let events = AT_EVENTS;
    let at_event = joined.windows(3).any(|w| {
        matches!(w[0].as_str(), "at" | "during") && w[1] == "the" && events.contains(&w[2].as_str())
    })
        // "During Launch", "During the release": the launch's own day.
        || joined.len() <= 4
            && joined.iter().position(|w| w == "during").is_some_and(|at| {
                let rest = &joined[at + 1..];
                let rest = rest.strip_prefix(&["the".to_string()]).unwrap_or(rest);
                rest.len() == 1 && launch.contains(&rest[0].as_str())
            })
        || joined
        .windows(3)
        .any(|w| w[0] == "on" && w[1] == "the" && w[2] == "day")
        // "While it's on", "While it is running": the whole heading, the event's own hours.
        || matches!(
            joined.iter().map(String::as_str).collect::<Vec<_>>().as_slice(),
            ["while", "it", "s" | "is", "on" | "running"] | ["while", "it", "runs"]
        )
        // Czech "Během závodu", "Během akce" (during the race, the event).
        || matches!(
            joined.as_slice(),
            [during, event] if during == "během"
                && ["závodu", "akce", "konference", "turnaje", "festivalu", "meetupu"]
                    .contains(&event.as_str())
        )
        // Danish and Norwegian "Under arrangementet", Swedish "Under evenemanget", German
        // "Während der Veranstaltung": during the event, its day.
        || matches!(
            joined.as_slice(),
            [during, event] | [during, _, event] if ["under", "während"].contains(&during.as_str())
                && [
                    "arrangementet",
                    "eventet",
                    "evenemanget",
                    "konferencen",
                    "konferansen",
                    "konferensen",
                    "festivalen",
                    "foredraget",
                    "mødet",
                    "veranstaltung",
                ]
                .contains(&event.as_str())
        )
        // Greek "Ανήμερα" (on the day itself), "Ανήμερα της εκδήλωσης".
        || joined.len() <= 3 && joined.first().is_some_and(|w| w == "ανήμερα")
        // Dutch "Op de startdag", "Op de wedstrijddag": on the event's day.
        || joined.len() <= 4
            && joined.windows(3).any(|w| {
                w[0] == "op" && w[1] == "de" && (w[2] == "dag" || w[2].ends_with("dag"))
            });
    // Czech and Slovak "V den vydání", "Den spuštění", "V deň vydania": the release's own day
    // (not "Den po vydání", the day after it).
    let den_vydani = joined.windows(2).any(|w| {
        matches!(w[0].as_str(), "den" | "deň")
            && matches!(
                w[1].as_str(),
                "vydání" | "spuštění" | "vydania" | "spustenia"
            )
    });
    // "Releasing Tessellate 3D", "Launching the app": the steps of the release itself.
    // (Not "Shipping costs", "Shipping and returns", a page's section about delivery: the
    // word then a word of delivery. "## Shipping", "## Launching" alone, or "Shipping and
    // support", stay the launch's own work.)
    const DELIVERY: [&str; 17] = [
        "costs",
        "cost",
        "rates",
        "options",
        "info",
        "information",
        "policy",
        "details",
        "times",
        "time",
        "methods",
        "fees",
        "zones",
        "returns",
        "delivery",
        "fulfilment",
        "fulfillment",
    ];
    let releasing = joined
        .first()
        .is_some_and(|w| matches!(w.as_str(), "releasing" | "launching" | "shipping"))
        && !(joined[0] == "shipping"
            && joined.get(1).is_some_and(|w| {
                DELIVERY.contains(&w.as_str())
                    || w == "and"
                        && joined
                            .get(2)
                            .is_some_and(|w| DELIVERY.contains(&w.as_str()))
            }));
    // "During the week of the release": by the launch.
    let week_of = joined.windows(4).any(|w| {
        w[0] == "week" && w[1] == "of" && w[2] == "the" && launch.contains(&w[3].as_str())
    }) || joined
        .windows(3)
        .any(|w| w[0] == "week" && w[1] == "of" && launch.contains(&w[2].as_str()));
    // French "Jour J", Portuguese and Spanish "Dia D" / "Día D", "Le jour du lancement": the
    // launch's own day.
    let d_day = joined.windows(2).any(|w| {
        matches!(
            (w[0].as_str(), w[1].as_str()),
            ("jour", "j") | ("dia", "d") | ("día", "d")
        )
    }) || joined.windows(3).any(|w| {
        matches!(w[0].as_str(), "jour" | "día" | "dia" | "giorno")
            && matches!(w[1].as_str(), "du" | "del" | "do" | "de")
            && matches!(
                w[2].as_str(),
                "lancement" | "lanzamiento" | "lançamento" | "lancio"
            )
    });
    // "Step 3: just before the release", "Right after launch": that day.
    let just = joined.windows(3).any(|w| {
        matches!(w[0].as_str(), "just" | "right" | "shortly" | "immediately")
            && matches!(w[1].as_str(), "before" | "after")
            && (launch.contains(&w[2].as_str()) || w[2] == "the")
    }) && joined.iter().any(|w| launch.contains(&w.as_str()));
    // "Step 4: the release": a step that is the launch itself (not "Workstream: Release").
    let the_launch = lower.split_once(':').is_some_and(|(label, after)| {
        let words = words_of(after);
        numbers_a_step(label)
            && matches!(words.as_slice(), ["the", w] | [w] if launch.contains(w) || *w == "golive")
    });
    // Swedish "Själva bytesdagen", Danish "Lanceringsdagen", Dutch "Lanceerdag", German
    // "Umzugstag": the launch's or the switch's day written as one word (not "Inför
    // lanseringsdagen", the days leading up to it, nor "Efter bytesdagen", "Woche vor dem
    // Umzugstag").
    let compound_day = joined.iter().enumerate().any(|(i, w)| {
        launch_day_compound(w)
            // (Any word before it: "Woche vor dem Umzugstag", "Bis zum Umzugstag".)
            && !joined[..i].iter().any(|b| {
                [
                    "före", "innan", "inför", "efter", "etter", "før", "inden", "innen", "vor",
                    "nach", "voor", "na", "till", "til", "tot", "bis", "fram", "frem", "pre",
                    "post", "before", "after",
                ]
                .contains(&b.as_str())
            })
    });
    let run_of_show = is_run_of_show(text);
    // "## Launch:" alone, a label like "## Before:" and "## After launch:" around it: the
    // launch itself (not "## Launch", a part of the work, nor "## Prelaunch … ## Launch").
    let bare = text.trim_end().ends_with(':')
        && matches!(joined.as_slice(), [w] if launch.contains(&w.as_str()));
    // "Release Day II", "Launch day 2", "Conference day 3": the launch's second or third day.
    if launch_day {
        if let Some(n) = nth_launch_day(&joined, &launch) {
            return Offset::new(n - 1, OffsetUnit::Days);
        }
    }
    (day_of
        || launch_day
        || at_event
        || releasing
        || week_of
        || just
        || the_launch
        || d_day
        || den_vydani
        || compound_day
        || run_of_show
        || bare)
        .then(|| Offset::new(0, OffsetUnit::Days))
        .flatten()
}

/// Whether a word is a launch's or a switch-over's day written as one word, the Germanic way:
/// Swedish and Norwegian "lanseringsdagen", "bytesdagen", "flyttdagen", Danish
/// "lanceringsdagen", "flyttedagen", Dutch "lanceringsdag", "verhuisdag", German "umzugstag",
/// "launchtag" (a stem, an optional linking "s", then "dag", "dagen" or "tag").
fn launch_day_compound(word: &str) -> bool {
    const STEMS: [&str; 14] = [
        "lansering",
        "lancering",
        "lanceer",
        "launch",
        "release",
        "byte",
        "flytt",
        "flytte",
        "flytning",
        "verhuis",
        "umzug",
        "golive",
        "udgivelse",
        "utgivelse",
    ];
    let Some(stem) = ["dagen", "dag", "tag"]
        .iter()
        .find_map(|day| word.strip_suffix(day))
    else {
        return false;
    };
    // ("releasetag" in English is a git tag's name: German writes "Release-Tag" apart.)
    if word.ends_with("tag") && !["umzug", "launch"].contains(&stem.trim_end_matches('s')) {
        return false;
    }
    let stem = stem.strip_suffix('s').unwrap_or(stem);
    STEMS.contains(&stem)
}

/// Code fences met line by line: the open fence's mark and length (it closes with as many or
/// more of the same and nothing after them: "````" is not closed by "```"). Lines indented four
/// columns or more (a tab is four) open none: they are indented code.
#[derive(Default)]
pub(super) struct Fences {
    open: Option<(char, usize)>,
}

impl Fences {
    /// Whether `line` is code: a fence's mark or a line inside one.
    pub(super) fn is_code(&mut self, line: &str) -> bool {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        let columns: usize = indent.chars().map(|c| if c == '\t' { 4 } else { 1 }).sum();
        let run = |c: char| trimmed.chars().take_while(|&x| x == c).count();
        match self.open {
            Some((c, count)) => {
                if run(c) >= count && trimmed[run(c)..].trim().is_empty() {
                    self.open = None;
                }
                true
            }
            None if columns < 4 => {
                self.open = ['`', '~']
                    .into_iter()
                    .find(|&c| run(c) >= 3)
                    .map(|c| (c, run(c)));
                self.open.is_some()
            }
            None => false,
        }
    }
}

/// "Go/no-go … the day before, if the snow warning holds", "Go/no-go … the Friday before - 1
/// hour": a day before (or after) something the line does not name, at the end of its clause
/// (not "the day before the board meeting"). The day's offset (−1, +1), or a weekday and its
/// sign.
pub(super) fn unnamed_day_around(text: &str) -> Option<Result<i32, (chrono::Weekday, i32)>> {
    let lower = text.to_lowercase();
    let words: Vec<(usize, &str)> = lower
        .split_whitespace()
        .scan(0, |at, w| {
            let start = lower[*at..].find(w).map_or(*at, |i| *at + i);
            *at = start + w.len();
            Some((start, w))
        })
        .collect();
    // "Kit go/no-go (Wednesday before)": the day and its side alone in brackets.
    for window in words.windows(2) {
        let [(_, day), (_, side)] = window else {
            continue;
        };
        let (Some(day), Some(side)) = (day.strip_prefix('('), side.strip_suffix(')')) else {
            continue;
        };
        let sign = match side {
            "before" => -1,
            "after" => 1,
            _ => continue,
        };
        if day == "day" {
            return Some(Ok(sign));
        }
        if let Some(weekday) = crate::plan::dates::weekday_named(day) {
            return Some(Err((weekday, sign)));
        }
    }
    for window in words.windows(3) {
        let [(_, the), (_, day), (at, side)] = window else {
            continue;
        };
        let side_word = side.trim_end_matches([',', ';', ')', '.', ':']);
        let sign = match side_word {
            "before" => -1,
            "after" => 1,
            _ => continue,
        };
        let rest = lower[at + side_word.len()..].trim_start();
        let ends = rest.is_empty() || rest.starts_with([',', ';', ')', '-', '–', '—', '.', ':']);
        if *the != "the" || !ends {
            continue;
        }
        if ["day", "night", "evening"].contains(day) {
            return Some(Ok(sign));
        }
        if let Some(weekday) = crate::plan::dates::weekday_named(day) {
            return Some(Err((weekday, sign)));
        }
    }
    None
}

/// The events whose day "At the conference", "During the event" or a run of show names.
const AT_EVENTS: [&str; 8] = [
    "conference",
    "event",
    "summit",
    "hackathon",
    "meetup",
    "show",
    "race",
    "tournament",
];

/// "Event:", "The event", ":tada: The meetup": a heading that names only the event (an emoji
/// shortcode aside), not "Event budget" or "After the event".
pub(super) fn names_only_the_event(title: &str) -> bool {
    let lower = title.to_lowercase();
    // (":white_check_mark:" and the like are pictures, not words.)
    let mut words: Vec<&str> = Vec::new();
    for (n, part) in lower.split(':').enumerate() {
        let shortcode = n % 2 == 1
            && !part.is_empty()
            && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !shortcode {
            words.extend(words_of(part));
        }
    }
    let words = words.strip_prefix(&["the"]).unwrap_or(&words);
    matches!(words, [w] if AT_EVENTS.contains(w) || DAY_EVENTS.contains(w))
}

/// "Same day", "Later that day", "Later the same day", Czech "Ještě týž den", "Tentýž den": the
/// whole heading names the day just named (not "Same-day delivery setup").
pub(super) fn says_the_same_day(title: &str) -> bool {
    let lower = title.to_lowercase();
    let words = words_of(&lower);
    let words = words.strip_prefix(&["later"]).unwrap_or(&words);
    let words = words.strip_prefix(&["ještě"]).unwrap_or(words);
    matches!(
        words,
        ["same", "day"]
            | ["the" | "that", "same", "day"]
            | ["that", "day"]
            | ["týž" | "tentýž" | "ten", "den"]
            | ["ten", "samý", "den"]
    )
}

/// "Go Live Run of Show", "Run of show": the running order of the launch's or event's day itself
/// (not "Run of show rehearsal", "Draft the run of show").
pub(super) fn is_run_of_show(text: &str) -> bool {
    let lower = text.to_lowercase().replace('-', " ");
    let words = words_of(&lower);
    words
        .windows(3)
        .position(|w| w == ["run", "of", "show"])
        .is_some_and(|at| {
            at + 3 == words.len()
                && words[..at].iter().all(|w| {
                    ["launch", "release", "cutover", "go", "live", "the"].contains(w)
                        || DAY_EVENTS.contains(w)
                        || AT_EVENTS.contains(w)
                })
        })
}

/// A heading that names a week or a day around the launch without a number of days: "Week -2"
/// (the second week before it: due on its last day, 8 days before), "Week -1" (the day before),
/// "Day After Launch" (+1), "Week After Launch" (+7), "Day Before Launch" (-1).
pub(super) fn launch_week_heading(text: &str) -> Option<Offset> {
    // (A word processor's non-breaking hyphen, "Month ‑10", is a minus all the same.)
    let lower = text.to_lowercase().replace(['\u{2212}', '\u{2011}'], "-");
    let days = |n: i32| Offset::new(n, OffsetUnit::Days);
    if let Some(at) = lower.find("week -") {
        let digits: String = lower[at + 6..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let n: i32 = digits.parse().ok().filter(|n| (1..=520).contains(n))?;
        return days(-(7 * (n - 1) + 1));
    }
    // "## Month -10: Kick-off" in a plan that counts back in months: that many months before
    // the launch (the heading opening with it; not "Month-1 review", a name).
    if let Some(rest) = lower.trim_start_matches(['#', ' ']).strip_prefix("month -") {
        // (Its phase's name after a colon or a dash, or nothing: not "Month -1 review", a
        // meeting's name, nor "Month -6 to -4", a span.)
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let after = rest[digits.len()..].trim_start();
        let ends = after.is_empty() || after.starts_with([':', '-', '—', '–', '(', '|']);
        let n: i32 = digits.parse().ok().filter(|n| (1..=36).contains(n))?;
        return if ends {
            Offset::new(-n, OffsetUnit::Months)
        } else {
            None
        };
    }
    let words = words_of(&lower);
    let said = |a: &str, b: &str| {
        words
            .windows(3)
            .any(|w| w[0] == a && w[1] == b && matches!(w[2], "launch" | "release" | "golive"))
    };
    // "Stage 3: Next Morning" after a launch night, "The morning after".
    let morning_after = words
        .windows(2)
        .any(|w| w == ["next", "morning"] || w == ["morning", "after"]);
    if said("day", "after") || morning_after {
        days(1)
    } else if said("week", "after") {
        days(7)
    } else if said("day", "before") || said("week", "before") {
        days(-1)
    } else {
        None
    }
}

/// A heading that is only a signed length of time ("### Minus 3 weeks", "Plus 2 days", "Minus 1
/// week: venue"): that long before or after the launch. Not "Plus 2 more: stretch goals".
pub(super) fn signed_count_heading(text: &str) -> Option<Offset> {
    let lower = text.to_lowercase();
    let head = lower.split([':', '(']).next().unwrap_or_default();
    let words = words_of(head);
    let [sign, n, unit] = words.as_slice() else {
        return None;
    };
    let sign = match *sign {
        "minus" => "-",
        "plus" => "+",
        _ => return None,
    };
    if !n.chars().all(|c| c.is_ascii_digit())
        || ![
            "day", "days", "week", "weeks", "month", "months", "hour", "hours",
        ]
        .contains(unit)
    {
        return None;
    }
    relative_in(&format!("t {sign} {n} {unit}"))
}

/// Whether a lower-case label numbers a step of a process ("step 2", "## phase 3", "stage iv"):
/// the label alone, before its colon (`is_step_label` in the reader reads a whole "Step 2: …"
/// line as a step to do).
fn numbers_a_step(label: &str) -> bool {
    let words = words_of(label);
    matches!(
        words.as_slice(),
        [step, n] if ["step", "phase", "stage", "part", "fase", "etappe", "schritt", "étape", "paso"]
            .contains(step)
            && (n.chars().all(|c| c.is_ascii_digit())
                || n.chars().all(|c| matches!(c, 'i' | 'v' | 'x')))
    )
}

/// A lower-case title with the words for the launch, before and after in French, Spanish,
/// Portuguese, Italian and German in English, and their articles left out ("Après le lancement" reads
/// "after launch"), for the tests of a section around the launch.
pub(super) fn launch_words_in_english(lower: &str) -> String {
    if lower.is_ascii()
        && !["lan", "avant", "nach", "vor"]
            .iter()
            .any(|w| lower.contains(w))
    {
        return lower.to_string();
    }
    lower
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '\u{2019}')
        .filter_map(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
            Some(match bare {
                "lancement" | "lanzamiento" | "lançamento" | "lancio" => "launch",
                // (And German: "Nach dem Launch", "Vor dem Launch".)
                "après" | "después" | "depois" | "dopo" | "nach" => "after",
                "avant" | "antes" | "prima" | "vor" => "before",
                "le" | "la" | "l" | "el" | "del" | "de" | "du" | "do" | "da" | "il" | "lo"
                | "o" | "dem" => return None,
                _ => w,
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The week a line opens with, counted from the start of what it is in (the last of a range:
/// "Week 4-5: calls" is week 5): "Week 2 — Daily batch", "Semana 3:", Korean "2주차", Japanese "第2週", Chinese "第2周", Slovenian and
/// Croatian "Teden 2", "Tjedan 2"; None for a week with a sign ("Week -2") or none.
pub(super) fn leading_week(text: &str) -> Option<u32> {
    let trimmed = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    /// A week's number and what follows it.
    fn number(s: &str) -> Option<(u32, &str)> {
        let len = s.bytes().take_while(u8::is_ascii_digit).count();
        let n = s
            .get(..len)?
            .parse()
            .ok()
            .filter(|n| (1..=52).contains(n))?;
        Some((n, &s[len..]))
    }
    let (n, rest) = if let Some(after) = trimmed.strip_prefix('第') {
        let (n, rest) = number(after)?;
        (n, rest.strip_prefix(['週', '周'])?)
    } else if let Some((n, rest)) = number(trimmed) {
        let rest = rest.trim_start();
        (
            n,
            ["주차", "주 차", "週目"]
                .iter()
                .find_map(|u| rest.strip_prefix(u))?,
        )
    } else {
        // "Week 2", "Semana 2", Thai "สัปดาห์ที่ 2": the word, then the number alone.
        let lower = counts_in_english(trimmed);
        let words = words_of(&lower);
        let [word, digits, ..] = words.as_slice() else {
            return None;
        };
        let week = [
            "week", "teden", "tjedan", "týden", "tydzień", "nädal", "viikko",
        ];
        if !week.contains(word) || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        // ("Week -4: Code freeze": four weeks before week 0, not the count's fourth week.)
        let sign = trimmed
            .split(|c: char| c.is_ascii_digit())
            .next()
            .unwrap_or_default();
        if sign.contains(['-', '\u{2212}', '\u{2013}']) {
            return None;
        }
        number(trimmed.trim_start_matches(|c: char| !c.is_ascii_digit()))?
    };
    // "Week 4-5: calls", "Semaine 7–10 :": a range of weeks, due with its last.
    let (n, rest) = match rest
        .strip_prefix(['-', '–'])
        .and_then(number)
        .filter(|&(last, _)| last > n)
    {
        Some((last, after)) => (last, after),
        None => (n, rest),
    };
    // A label and its separator, or the label alone: "Week 2 — Daily batch", "Week 2:", not
    // "Week 3 check-in email" (a customer's third week).
    let rest = rest.trim_start();
    (rest.is_empty() || rest.starts_with(['—', '–', ':', '·', '|', '-', ')', ',', '.', '：']))
        .then_some(n)
}

/// The week counted from the launch's that a heading names with its sign: "Week -2" (-2),
/// "Semaine +1" (+1), "Woche −1"; None for a week without a sign ("Week 2").
pub(super) fn signed_week_in(text: &str) -> Option<i32> {
    const WEEK: [&str; 9] = [
        "week",
        "semaine",
        "semana",
        "woche",
        "settimana",
        "uke",
        "vecka",
        "uge",
        "týden",
    ];
    let lower = text.to_lowercase().replace(['\u{2212}', '\u{2013}'], "-");
    let mut words = lower.split_whitespace().peekable();
    while let Some(word) = words.next() {
        if !WEEK.contains(&word.trim_matches(|c: char| !c.is_alphanumeric())) {
            continue;
        }
        let next = words.peek()?;
        let (sign, digits) = match next.split_at_checked(1)? {
            ("-", rest) => (-1, rest),
            ("+", rest) => (1, rest),
            _ => continue,
        };
        let digits: String = digits.chars().take_while(char::is_ascii_digit).collect();
        let n: i32 = digits.parse().ok().filter(|n| (1..=52).contains(n))?;
        return Some(sign * n);
    }
    None
}

/// A text in lower case, with the days and weeks of a count written in the other languages
/// the reader knows ("Ngày 3-4", "Tag 5", "día 12", "Semana 2", "Tuần 1") in English ("day
/// 3-4", "week 2"), when a number follows the word. German and Dutch "Tag" and "Dag" count only
/// capitalised (an English "tag 3" is a label), and no word after "#" or "@" does ("#tag 100").
pub(super) fn counts_in_english(text: &str) -> String {
    const WORDS: [(&str, &str); 38] = [
        // Bulgarian and Russian: "Ден 1–2", "дни 8–14", "День 3".
        ("ден", "day"),
        ("дни", "days"),
        ("день", "day"),
        // Thai: "สัปดาห์ 1-2" (weeks 1-2), "เดือน 3-4" (months 3-4).
        ("สัปดาห์", "week"),
        ("เดือน", "month"),
        // Georgian: "დღე 1-2" (days 1-2). (Not "კვირა", a week and Sunday: "კვირა 10:00".)
        ("დღე", "day"),
        ("ngày", "day"),
        ("día", "day"),
        ("dia", "day"),
        ("tag", "day"),
        ("jour", "day"),
        ("giorno", "day"),
        ("dag", "day"),
        ("días", "days"),
        ("dias", "days"),
        ("tage", "days"),
        ("jours", "days"),
        ("giorni", "days"),
        ("dagen", "days"),
        ("tuần", "week"),
        ("semana", "week"),
        ("woche", "week"),
        ("semaine", "week"),
        ("settimana", "week"),
        ("semanas", "weeks"),
        ("wochen", "weeks"),
        ("semaines", "weeks"),
        ("settimane", "weeks"),
        // Catalan and Lithuanian weeks ("Setmana 3", "3 savaitė").
        ("setmana", "week"),
        ("setmanes", "weeks"),
        ("savaitė", "week"),
        ("savaitės", "weeks"),
        // Bosnian and Croatian weeks ("Sedmica 5-6"); Macedonian "Недела 1–2" (a week, with
        // its number: alone, the word is Sunday too).
        ("sedmica", "week"),
        ("sedmice", "weeks"),
        ("недела", "week"),
        ("недели", "weeks"),
        // Croatian, Bosnian, Serbian and Slovenian days ("Dan 8", "Dani 11–16").
        ("dan", "day"),
        ("dani", "days"),
    ];
    let lower = text.to_lowercase();
    // A count needs a number; most lines have none, and this runs for every line.
    if !text.bytes().any(|b| b.is_ascii_digit())
        || lower.is_ascii() && !WORDS.iter().any(|(w, _)| lower.contains(w))
    {
        return lower;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut previous: Option<char> = None;
    'scan: while !rest.is_empty() {
        let starts_word = previous.is_none_or(|c| !c.is_alphanumeric() && c != '#' && c != '@');
        if starts_word {
            for (word, english) in WORDS {
                let Some(head) = rest.get(..word.len()) else {
                    continue;
                };
                if head.to_lowercase() != word {
                    continue;
                }
                let capital_only = ["tag", "dag", "tage", "dagen"].contains(&word);
                if capital_only && !head.starts_with(|c: char| c.is_ascii_uppercase()) {
                    continue;
                }
                let after = &rest[word.len()..];
                // (Thai writes an ordinal's "ที่" between: "สัปดาห์ที่ 1", the first week.)
                let after = match after.strip_prefix("ที่") {
                    Some(rest) if !word.is_ascii() => rest,
                    _ => after,
                };
                let number = after
                    .strip_prefix(' ')
                    .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()));
                if number {
                    out.push_str(english);
                    previous = english.chars().last();
                    rest = after;
                    continue 'scan;
                }
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        out.extend(c.to_lowercase());
        previous = Some(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// The day number a text counts from the plan's start ("Day 3 (Wednesday): …", "Launch: Day 8",
/// "Gate 1 (Day 2)"; a range "Days 8-14" gives its last day); None for none, and for "Day 0".
/// A countdown's "Day 10" (days before launch) reads the same: callers use the number only in
/// plans that state their start.
/// The number after "day {n}-" ("day {n}–", "day {n} - ", and "day {n} or " when `or`) in
/// `lower`: the last day of a range that opens on day `n`. Some(None) when such a mark stands
/// with no number after it, None when none does.
fn day_range_end(lower: &str, n: u32, or: bool) -> Option<Option<u32>> {
    let marks = [
        format!("day {n}-"),
        format!("day {n} - "),
        format!("day {n}–"),
        format!("day {n} or "),
    ];
    let marks = if or { &marks[..] } else { &marks[..3] };
    let at = marks
        .iter()
        .find_map(|p| lower.find(p.as_str()).map(|at| at + p.len()))?;
    let digits: String = lower[at..]
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    Some(digits.parse().ok())
}

pub(super) fn day_number_in(text: &str) -> Option<u32> {
    let lower = counts_in_english(text);
    let words = words_of(&lower);
    // "Week 2, Day 1": the first day of the second week, day 8 of the count.
    let of_a_week = words.windows(4).find_map(|w| match w {
        ["week", n, "day", m] => {
            let (n, m): (u32, u32) = (n.parse().ok()?, m.parse().ok()?);
            // "Week 2, Day 1-2": the range's last day of the week; "Week 2 (Day 8-14)", days
            // past a week's seven, are the count's, read below.
            let last = match day_range_end(&lower, m, false) {
                None => Some(m),
                Some(Some(e)) if e > m && e <= 7 => Some(e),
                Some(_) => None,
            };
            last.filter(|_| (1..=104).contains(&n) && (1..=7).contains(&m))
                .map(|last| (n - 1) * 7 + last)
        }
        _ => None,
    });
    if of_a_week.is_some() {
        return of_a_week;
    }
    // ("Week 4-5, Day 1": the first day of a week not settled yet, no day of the count.)
    if words.windows(5).any(|w| {
        w[0] == "week"
            && w[3] == "day"
            && w[1].parse::<u32>().is_ok()
            && w[2].parse::<u32>().is_ok()
    }) {
        return None;
    }
    words
        .windows(2)
        .find_map(|pair| match pair {
            ["day", n] => {
                let n: u32 = n.parse().ok()?;
                // "Day 7", not "one update per day (7)": the number follows the word.
                if !lower.contains(&format!("day {n}")) {
                    return None;
                }
                // "Day 2-3": the range's last day; so of "Day 1 or 2 (Whenever Suits)".
                let end = day_range_end(&lower, n, true).flatten().filter(|&m| m > n);
                Some(end.unwrap_or(n))
            }
            ["days", _] => None,
            _ => None,
        })
        .or_else(|| {
            // "Days 8-14": the last day of the range (the range right after the word: "older
            // than 3 days - 4 hours" is none).
            let at = lower.find("days ")?;
            let rest = &lower[at + 5..];
            // (An en dash too: "Dani 11–16".)
            let (start, end) = rest.split_once(['-', '–'])?;
            if start.trim().is_empty() || !start.trim().bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let end: String = end
                .trim()
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            end.parse().ok()
        })
        // "Day 0": the day before Day 1 ("JOUR 0 - MERCREDI" before "JOUR 1 - JEUDI (Jour J)").
        .filter(|n| (0..=3660).contains(n))
}

/// The last day, counted in days, that a "Week N" or "Weeks N-M" in `text` ends on ("Week 3-4
/// Review" is day 28); None without one.
pub(super) fn week_end_day_in(text: &str) -> Option<u32> {
    weeks_in(text).map(|(_, last)| last * 7)
}

/// The weeks of the count an entry ends with, set apart by a dash or in brackets ("Phase 3:
/// Build - Weeks 5-9", "Data model (Week 3)"); not weeks inside its words ("Plan the week 2
/// retro").
pub(super) fn weeks_at_the_end(text: &str) -> Option<(u32, u32)> {
    let text = text.trim().trim_end_matches(['.', '*']);
    let tail = match text.strip_suffix(')') {
        Some(open) => open.rsplit_once('(')?.1,
        None => [" - ", " – ", " — ", ": "]
            .iter()
            .filter_map(|sep| text.rsplit_once(sep).map(|(_, tail)| tail))
            .min_by_key(|tail| tail.len())?,
    };
    let tail = tail.trim().trim_matches('*');
    let lower = tail.to_lowercase();
    (lower.starts_with("week ") || lower.starts_with("weeks ")).then(|| weeks_in(tail))?
}

/// The week a label names when it names one ("Week 11: Training"; not "Weeks 5-6").
pub(super) fn one_week_in(text: &str) -> Option<u32> {
    weeks_in(text).and_then(|(first, last)| (first == last).then_some(first))
}

/// The first and last week a label names ("Week 3" → (3, 3), "Weeks 5-6" → (5, 6)), as
/// `week_end_day_in` reads it.
pub(super) fn weeks_in(text: &str) -> Option<(u32, u32)> {
    let lower = counts_in_english(text);
    let words = words_of(&lower);
    words.iter().enumerate().find_map(|(i, w)| {
        if !matches!(*w, "week" | "weeks") {
            return None;
        }
        // "Ideas for later (after week 6)": not week 6 itself; nor "Week 2 Prep", the work
        // that readies it.
        // ("Week 1: Planning" is week 1, titled.)
        let prep = words.get(i + 1).is_some_and(|n| {
            ["prep", "preparation", "planning", "readiness"]
                .iter()
                .any(|p| lower.contains(&format!("week {n} {p}")))
        });
        // ("Straight after (Week 5-6)": the bracket names the week itself.)
        let relative = i > 0
            && matches!(words[i - 1], "after" | "before" | "beyond" | "until")
            && lower.contains(&format!("{} {w}", words[i - 1]));
        if relative || prep {
            return None;
        }
        let first: u32 = words.get(i + 1)?.parse().ok()?;
        // "Weeks 3-4", "Week 3–4", "Weeks 5 to 6": the range's end, when the text writes one
        // right after.
        let to = usize::from(words.get(i + 2) == Some(&"to"));
        // (Set apart by spaces, the range ends with its number: "Week 1 – 3 interviews" is week
        // 1 and what it holds.)
        let spaced_ends = words
            .get(i + 3 + to)
            .is_none_or(|w| !w.chars().all(char::is_alphabetic));
        let last = words
            .get(i + 2 + to)
            .filter(|_| {
                ["-", "–"]
                    .iter()
                    .any(|dash| lower.contains(&format!("{first}{dash}")))
                    || spaced_ends
                        && [" -", " –", " to "]
                            .iter()
                            .any(|dash| lower.contains(&format!("{first}{dash}")))
            })
            .and_then(|w| w.parse::<u32>().ok())
            .filter(|&l| l > first)
            .unwrap_or(first);
        (1..=520).contains(&last).then_some((first, last))
    })
}

/// An item's text without the offset the Markdown export writes at its end ("Book the hall
/// (T-14d)"), and that offset; the text as it is when it has none.
pub(super) fn offset_marker(text: &str) -> (&str, Option<Offset>) {
    let marker = text
        .strip_suffix(')')
        .and_then(|t| {
            t.rsplit_once(" (T")
                .or_else(|| Some(("", t.strip_prefix("(T")?)))
        })
        .and_then(|(before, offset)| Some((before, format!("T{offset}").parse().ok()?)));
    match marker {
        Some((before, offset)) => (before.trim_end(), Some(offset)),
        None => (text, None),
    }
}

/// An item's text without the due date the Markdown export writes at its end when its day or
/// group does not give it ("Cut the branch (due Mar 30, 2027)", "Ship (due Q2 2027)"), and that
/// day, month or quarter.
pub(super) fn due_marker(text: &str) -> (&str, Option<Period>) {
    let marker = text
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once(" (due "))
        .and_then(|(before, date)| {
            let phrase = find_date(date, NaiveDate::MIN).and_then(Result::ok)?;
            let whole = phrase.year_written && phrase.span == (0..date.len());
            match phrase.period {
                p @ (Period::Day { .. } | Period::Month { .. } | Period::Quarter { .. })
                    if whole =>
                {
                    Some((before.trim_end(), p))
                }
                _ => None,
            }
        });
    match marker {
        Some((before, due)) => (before, Some(due)),
        None => (text, None),
    }
}

/// Whether `text` counts days to hari H as Indonesian plans do: a capital "H" joined to its sign
/// and number ("H-10", "H+1") at the start of a word, in a text that is only that count or says
/// "rilis", "hari", "peluncuran" or "acara" beside it ("Rilis H-10:"); not a time ("9h-10h"), a
/// stand, a part number or a visa.
fn indonesian_h_count(text: &str) -> bool {
    letter_day_count(text, 'H', false, &["rilis", "hari", "peluncuran", "acara"])
}

/// Whether `text` counts days from a day named by a capital letter, as Indonesian "H-10" and
/// Vietnamese "N+1" do: the letter at the start of a word (`after_hyphen`: a hyphen before it
/// too ends no word), joined to its sign and a digit, in a text that is only that count or holds
/// one of `day_words` beside it. (Read by characters: "H−10" with a minus sign is the same.)
fn letter_day_count(text: &str, letter: char, after_hyphen: bool, day_words: &[&str]) -> bool {
    let counted = text.match_indices(letter).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let mut next = text[at + letter.len_utf8()..].chars();
        !before.is_some_and(|c| c.is_alphanumeric() || after_hyphen && c == '-')
            && next
                .next()
                .is_some_and(|c| ['-', '+', '\u{2212}'].contains(&c))
            && next.next().is_some_and(|c| c.is_ascii_digit())
    });
    if !counted {
        return false;
    }
    let lower = text.to_lowercase();
    let words = words_of(&lower);
    let mark = letter.to_lowercase().to_string();
    let only_the_count = words.len() <= 2
        && words
            .iter()
            .all(|w| *w == mark || w.chars().all(|c| c.is_ascii_digit()));
    only_the_count || words.iter().any(|w| day_words.contains(w))
}

/// Whether `text` counts days to ngày N as Vietnamese plans do ("N = ngày mở chợ"): a capital
/// "N" joined to its sign and number ("N-7", "N+1") at the start of a word, in a text that is
/// only that count or says "ngày" (day) beside it ("Ngày N+1"); not "the N+1 upgrade tests",
/// "release-N+1".
fn vietnamese_n_count(text: &str) -> bool {
    letter_day_count(text, 'N', true, &["ngày"])
}

/// Finds a time relative to launch in `text`: "T-7 days", "T-72h", "T+2", "D-14", "T-minus 2
/// weeks", "2 weeks before launch", "3 days after launch", "9-10 months out" (the nearer end).
/// None when there is none.
/// Whether a lowercased text holds a number with a decimal comma or point right before a unit of
/// time: "1,5 months", "2.5 weeks", "0,5 days".
fn fractional_duration(lower: &str) -> bool {
    const UNITS: [&str; 7] = ["month", "week", "day", "hour", "year", "wk", "mo"];
    let bytes = lower.as_bytes();
    (1..bytes.len().saturating_sub(1)).any(|i| {
        if !(matches!(bytes[i], b',' | b'.')
            && bytes[i - 1].is_ascii_digit()
            && bytes[i + 1].is_ascii_digit())
        {
            return false;
        }
        let rest = lower[i + 1..].trim_start_matches(|c: char| c.is_ascii_digit());
        let rest = rest.trim_start();
        UNITS.iter().any(|u| rest.starts_with(u))
    })
}

pub(super) fn relative_in(text: &str) -> Option<Offset> {
    let lower = text
        .to_lowercase()
        .replace(['\u{2212}', '\u{2013}', '\u{2014}'], "-")
        .replace("t-minus", "t -")
        .replace("t minus", "t -")
        .replace("t-plus", "t +")
        .replace("t plus", "t +")
        // "opens half a year before": six months.
        .replace("half a year", "6 months");
    // Portuguese "encontro com a diretoria", "encontro de pais": a meeting with someone, not
    // the event the plan is for ("3 dias antes do encontro" is).
    let lower = if [
        "encontro com",
        "encontro de ",
        "encontro da ",
        "encontro do ",
    ]
    .iter()
    .any(|m| lower.contains(m))
    {
        lower.replace("encontro", "reunião")
    } else {
        lower
    };
    // "1,5 months after the latest release", "2.5 weeks before": a fraction of a unit, which
    // an offset does not hold (not five months, nor two weeks).
    if fractional_duration(&lower) {
        return None;
    }
    if !lower.is_ascii() {
        if let Some(offset) = cjk_relative(&lower) {
            return Some(offset);
        }
    }
    if let Some(offset) = thai_relative(&lower) {
        return Some(offset);
    }
    if !lower.is_ascii() {
        if let Some(offset) = mongolian_relative(&lower).or_else(|| armenian_relative(&lower)) {
            return Some(offset);
        }
    }
    if lower.contains(" baino ") {
        if let Some(offset) = basque_relative(&lower) {
            return Some(offset);
        }
    }
    if opens_on_the_launch_day(&lower) || opens_on_the_same_day(&lower) {
        return Offset::new(0, OffsetUnit::Days);
    }
    if let Some(offset) = launch_day_label(&lower) {
        return Some(offset);
    }

    // At the start, or of an aside in brackets ("Prep (Night Before - Monday Evening)").
    // "Step 2: a week before the release": after a step's label too.
    if let Some(offset) = std::iter::once(lower.as_str())
        .chain(lower.split('(').skip(1))
        .chain(
            lower
                .split_once(':')
                .filter(|(label, _)| numbers_a_step(label))
                .map(|(_, rest)| rest),
        )
        .find_map(one_unit_before_or_after)
    {
        return Some(offset);
    }
    // French "faire les courses la veille" (the day before), "ranger le lendemain" (the day
    // after), at the end of the line.
    let ends = lower.trim_end_matches(|c: char| !c.is_alphanumeric());
    // (Not "les ventes de la veille", what the line compares with.)
    let of_it = [
        " de la veille",
        " que la veille",
        " du lendemain",
        " que le lendemain",
    ];
    // Russian "на следующий день после митапа" (the next day after it), "накануне запуска"
    // (on its eve).
    // (From the launch or the event, or nothing named: not "после ревью", "накануне отпуска".)
    let russian = words_of(&lower);
    let then = |at: usize| russian.get(at).is_none_or(|w| is_launch_word(w));
    if let Some(at) = russian
        .windows(4)
        .position(|w| w == ["на", "следующий", "день", "после"])
    {
        if then(at + 4) {
            return Offset::new(1, OffsetUnit::Days);
        }
    }
    if let Some(at) = russian.iter().position(|w| *w == "накануне") {
        if (at == 0 || at + 1 == russian.len()) && then(at + 1) {
            return Offset::new(-1, OffsetUnit::Days);
        }
    }
    // Portuguese "Na véspera do encontro: …", Spanish "La víspera del lanzamiento: …" (on the
    // eve of it), opening the line; of the launch or the event only (not "Na véspera do
    // feriado").
    if let ["na" | "la" | "a", "véspera" | "víspera", "do" | "da" | "de" | "del", noun, ..] =
        russian.as_slice()
    {
        if is_launch_word(noun) {
            return Offset::new(-1, OffsetUnit::Days);
        }
    }
    if !of_it.iter().any(|w| ends.ends_with(w)) {
        if ends.ends_with(" la veille") {
            return Offset::new(-1, OffsetUnit::Days);
        }
        if ends.ends_with(" le lendemain") {
            return Offset::new(1, OffsetUnit::Days);
        }
    }
    // "Tent and benches (borrow them, arrange a week before)", Czech "(…, domluvit týden
    // předem)": an aside that ends with the time.
    if let Some(offset) = lower.split('(').skip(1).find_map(|aside| {
        let (aside, _) = aside.split_once(')')?;
        // (After a comma: "(borrow it, arrange a week before)", not "(compare with the day
        // before)", what the line compares with.)
        let (_, aside) = aside.rsplit_once(',')?;
        let words: Vec<&str> = aside.split_whitespace().collect();
        let last_two = words.get(words.len().checked_sub(2)?..)?.join(" ");
        one_unit_before_or_after(&last_two)
    }) {
        return Some(offset);
    }
    // Words, with "-" and "+" as words of their own and digits split from letters ("72h").
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    let flush = |current: &mut String, words: &mut Vec<String>| {
        if !current.is_empty() {
            words.push(std::mem::take(current));
        }
    };
    let mut chars = lower.chars().peekable();
    // Whether the word so far is all digits (kept as it grows: a word of 200,000 digits is
    // read once, not once for each of them).
    let mut all_digits = true;
    while let Some(c) = chars.next() {
        let switches = current
            .chars()
            .last()
            .is_some_and(|last| (last.is_ascii_digit() || last == '.') != c.is_ascii_digit());
        // "1.0 - three weeks before 1.0": a version is one word, not the number 0 of a range.
        if current.is_empty() {
            all_digits = true;
        }
        let in_number = !current.is_empty() && all_digits;
        if c == '.' && in_number && chars.peek().is_some_and(char::is_ascii_digit) {
            current.push(c);
            all_digits = false;
        } else if c == '-' || c == '+' {
            flush(&mut current, &mut words);
            words.push(c.to_string());
        } else if !c.is_alphanumeric() {
            flush(&mut current, &mut words);
        } else {
            if switches {
                flush(&mut current, &mut words);
            }
            if current.is_empty() {
                all_digits = true;
            }
            all_digits &= c.is_ascii_digit();
            current.push(c);
        }
    }
    flush(&mut current, &mut words);
    // "D + zhruba 3 měsíce", "T - about 2 weeks": the count is the same without its hedge.
    const HEDGES: [&str; 10] = [
        "about",
        "around",
        "roughly",
        "approximately",
        "approx",
        "ca",
        "circa",
        "zhruba",
        "cca",
        "etwa",
    ];
    let mut k = 1;
    while k < words.len() {
        if HEDGES.contains(&words[k].as_str()) && ["-", "+"].contains(&words[k - 1].as_str()) {
            words.remove(k);
        } else {
            k += 1;
        }
    }
    let number = |w: Option<&String>| {
        w.and_then(|w| w.parse::<i32>().ok().or_else(|| number_word(w)))
            .filter(|n| *n <= Offset::MAX_AMOUNT)
    };
    for (i, word) in words.iter().enumerate() {
        // "T-7 days", "T+2", "D-14", "T-72h", "T-0"; French "J-2", "J+30" (jour J); "L-10",
        // "Launch - 10 days", "Release + 2 weeks".
        // "Çalıştay+14 gün", "Event + 3 days": from the event the plan counts to.
        // "Pre-Launch (Day -1)", "Day +2": a day counted from the launch with its sign.
        // Indonesian "H-10", "H+1" (hari H, the day itself).
        // "Relaunch + 30 days", "Go-live + 2 weeks": the launch by its other names. (Not
        // "Cutover + 1 day": a plan may cut over days before it goes live.)
        let go_live = word == "live"
            && match i {
                0 => false,
                1 => words[0] == "go",
                _ => words[i - 1] == "go" || words[i - 1] == "-" && words[i - 2] == "go",
            };
        if [
            "t", "d", "j", "h", "n", "l", "day", "launch", "release", "ga", "relaunch", "golive",
        ]
        .contains(&word.as_str())
            || go_live
            || super::launch::EVENTS.contains(&word.as_str())
        {
            let sign = match words.get(i + 1).map(String::as_str) {
                Some("-") => -1,
                Some("+") => 1,
                _ => continue,
            };
            // "D-day", "T-day": the launch day itself ("Launch-day tasks" are not a count).
            if word.len() == 1 && words.get(i + 2).map(String::as_str) == Some("day") {
                return Some(Offset {
                    amount: 0,
                    unit: OffsetUnit::Days,
                });
            }
            let Some(mut n) = number(words.get(i + 2)) else {
                continue;
            };
            // "Çalıştay+7-14 gün", "Launch+120-180 days": a window from the launch, read as a
            // range before it is ("2-4 weeks after" ends at its far end, "9-10 months out" at the
            // end nearer the launch). Only with its unit after it: "T+1 - 10:00" is a day and a
            // time.
            let mut i = i;
            if matches!(words.get(i + 3).map(String::as_str), Some("-" | "to")) {
                if let Some(m) = number(words.get(i + 4))
                    .filter(|_| words.get(i + 5).and_then(|w| relative_unit(w)).is_some())
                {
                    n = if sign > 0 { n.max(m) } else { n.min(m) };
                    // (The count's unit is read after the range.)
                    i += 2;
                }
            }
            // "Day -1" with its digits ("day-one" is an adjective).
            if word == "day"
                && !words
                    .get(i + 2)
                    .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
            {
                continue;
            }
            let working = working_days_at(&words, i + 3);
            // "T-60 Minutes": whole hours toward the launch (the launch's time of day turns
            // them into days).
            if words.get(i + 3).is_some_and(|w| is_minutes(w)) {
                return Offset::new(sign * (n / 60), OffsetUnit::Hours);
            }
            let unit = words.get(i + 3).and_then(|w| relative_unit(w));
            // Indonesian "H-10" only as a countdown of hari H (see `indonesian_h_count`): not
            // "Accueil 9h-10h", "Stand H-12", "NVIDIA H-100".
            if word == "h" && !indonesian_h_count(text) {
                continue;
            }
            // Vietnamese "N-7", "N+1" only as a count of ngày N (see `vietnamese_n_count`): not
            // "the N+1 upgrade tests", "release-N+1".
            if word == "n" && !vietnamese_n_count(text) {
                continue;
            }
            // A name before the sign ("Launch - 10 days", "Çalıştay+14 gün") counts only with
            // its unit: "release-1.4", "L-2 support", "Launch - 3 cities" are no counts.
            if !["t", "d", "j", "h", "n", "day"].contains(&word.as_str())
                && unit.is_none()
                && !working
            {
                continue;
            }
            let unit = if working {
                OffsetUnit::WorkingDays
            } else {
                unit.unwrap_or(OffsetUnit::Days)
            };
            return Offset::new(sign * n, unit);
        }
        // "2 weeks before launch", "9-10 months out", "3 days after launch", "a week after
        // 1.0" (the unit and its sign must follow "a"); Russian "за неделю до митапа", "через
        // неделю после" (a week before, after: "за" and "через" with a unit and no count).
        let one_unit = ["a", "an"].contains(&word.as_str())
            || ["за", "через"].contains(&word.as_str())
                && words.get(i + 1).and_then(|w| relative_unit(w)).is_some();
        let Some(n) = number(Some(word)).or_else(|| one_unit.then_some(1)) else {
            continue;
        };
        // "9-10 months out", "4 to 9 months before": the end nearer the launch.
        let mut at = i + 1;
        let mut n = n;
        // (After the launch, "2-4 weeks after" ends at the far end: the window's last day.)
        let mut far = None;
        // ("1 o 2 giorni prima", "1 or 2 days before", "2 ou 3 jours avant": a range the same.)
        if matches!(
            words.get(at).map(String::as_str),
            Some("-" | "to" | "or" | "o" | "ou" | "oder" | "eller" | "lub" | "nebo" | "или")
        ) {
            if let Some(m) = number(words.get(at + 1)) {
                far = Some(n.max(m));
                n = n.min(m);
                at += 2;
            }
        }
        // "3 working days before", "3 εργάσιμες ημέρες πριν": days the office is open.
        let working = working_days_at(&words, at);
        if working {
            at += 1;
        }
        // "One year out": twelve months.
        let (n, unit) = match words.get(at).map(String::as_str) {
            _ if working => (n, Some(OffsetUnit::WorkingDays)),
            // (Dutch and Afrikaans "jaar".)
            Some("year" | "years" | "yr" | "yrs" | "jaar") => (n * 12, Some(OffsetUnit::Months)),
            other => (n, other.and_then(relative_unit)),
        };
        let Some(unit) = unit else {
            continue;
        };
        // "4-6 semanas antes", "2 Wochen vor", "3 jours après": the same in other languages.
        let sign = match words.get(at + 1).map(String::as_str) {
            Some(
                "before" | "prior" | "ahead" | "out" | "pre" | "antes" | "avant" | "vor" | "prima"
                | "до" | "önce" | "vooraf" | "ervoor" | "předem" | "før" | "innan" | "przed"
                | "πριν" | "pirms" | "trước",
            ) => -1,
            Some(
                "after" | "post" | "later" | "después" | "depois" | "après" | "nach" | "dopo"
                | "после" | "sonra" | "nadien" | "erna" | "achteraf" | "později" | "poté" | "після"
                | "etter" | "efter" | "po" | "μετά" | "pēc" | "sau",
            ) => 1,
            // Dutch "voor" and "na" also mean "for": a count only before "de" or "het" ("2 weken
            // voor de lancering", "Een week na de wedstrijd", not "3 dagen voor testen"), or
            // Afrikaans "die" ("2 Weke Voor Die Troue").
            Some("voor") if dutch_or_afrikaans_article(&words, at + 2) => -1,
            Some("na") if dutch_or_afrikaans_article(&words, at + 2) => 1,
            // "within a week of GA", "within 2 weeks of the launch": by then, after it.
            Some("of") if i > 0 && words[i - 1] == "within" => 1,
            _ => continue,
        };
        // What the count is from: "a week after 1.0", "a day before launch", "… a week
        // before" (the launch, a version, or nothing named).
        let sign_word = words[at + 1].as_str();
        let mut next = at + 2;
        if words.get(next).map(String::as_str) == Some("the") {
            next += 1;
        }
        let version =
            |w: &str| w.contains('.') && w.chars().all(|c| c.is_ascii_digit() || c == '.');
        let anchor = words.get(next).map(String::as_str);
        let anchored = match anchor {
            None => true,
            Some(w) => {
                // "a week after the move": a move's day, as the launch's or an event's.
                is_launch_word(w)
                    // "3 weeks after the 58.1 beta was cut": a version's beta is not the
                    // version.
                    || version(w)
                        && !words.get(next + 1).is_some_and(|b| {
                            super::launch::LESSER_LAUNCHES.contains(&b.as_str())
                                || b.starts_with("rc")
                        })
            }
        };
        // "a week after 1.0": "a" counts only before or after the launch, a version or the
        // end ("a day before the board meeting", "a week later if no answer" are no times
        // from the launch). So do "за неделю до", "una settimana dopo" ("за неделю до встречи
        // с инвестором", "una semana después de la entrevista" are not).
        // "within a week of GA" and "3 working days before" count from the launch or nothing
        // named ("within a week of the request", "1 business day before the 20th" are other
        // counts).
        if (sign_word == "of" || unit == OffsetUnit::WorkingDays) && !anchored {
            continue;
        }
        // "Push reminder two days before a loan is due", "3 days after each payment": a count
        // from any one of many days, none of them the launch ("a week before a release" is
        // the plan's release all the same).
        let one_of_many = match anchor {
            Some("a" | "an") => !words.get(next + 1).is_some_and(|w| is_launch_word(w)),
            Some(w) => ["each", "every", "any"].contains(&w) || each_in_romance(&words[next..]),
            None => false,
        };
        if one_of_many {
            continue;
        }
        // ("Announce the window a week ahead (banner, list)": "ahead" at the end of its clause
        // says of what, the event; "a day ahead of schedule", "stay a week ahead" are no
        // times from it.)
        let ahead_of_the_event = sign_word == "ahead"
            && !(i > 0
                && [
                    "stay", "stays", "keep", "keeps", "is", "are", "be", "remain",
                ]
                .contains(&words[i - 1].as_str()))
            && ends_clause_after(&lower, "ahead");
        if ["a", "an"].contains(&word.as_str())
            && !ahead_of_the_event
            && (!["before", "after", "prior", "of"].contains(&sign_word) || !anchored)
        {
            continue;
        }
        let romance_one = ROMANCE_ONE.contains(&word.as_str());
        if (one_unit || romance_one)
            && !["a", "an"].contains(&word.as_str())
            && !counts_from_the_launch(&words.iter().map(String::as_str).collect::<Vec<_>>())
        {
            continue;
        }
        // "2 weeks after sprint end", "3 weeks after the 58.1 beta was cut": a count from
        // another day the plan names, not from the launch.
        if sign_word == "after"
            && anchor.is_some_and(|w| {
                ["sprint", "kickoff", "kick", "branch", "branching", "freeze"].contains(&w)
            })
            || !anchored && anchor.is_some_and(version)
        {
            continue;
        }
        let n = if sign > 0 { far.unwrap_or(n) } else { n };
        return Offset::new(sign * n, unit);
    }
    // "at 9pm the night before release", "(release day)": a day named from the launch in
    // words, when no count says more ("2 days before the day of release").
    launch_day_phrase(&lower)
}

/// A time before or after the launch in Thai: a number, a unit and before or after, the words
/// written together ("3 วันก่อนเปิดตัว": three days before the launch, "14 วันหลังเปิดตัว",
/// "2 สัปดาห์ก่อน").
fn thai_relative(lower: &str) -> Option<Offset> {
    if lower.is_ascii() {
        return None;
    }
    const UNITS: [(&str, OffsetUnit); 3] = [
        ("วัน", OffsetUnit::Days),
        ("สัปดาห์", OffsetUnit::Weeks),
        ("เดือน", OffsetUnit::Months),
    ];
    for (at, _) in lower.match_indices(|c: char| c.is_ascii_digit()) {
        if lower[..at].ends_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let digits: String = lower[at..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let rest = lower[at + digits.len()..].trim_start();
        let Some((unit, after)) = UNITS
            .iter()
            .find_map(|(word, unit)| rest.strip_prefix(word).map(|after| (*unit, after)))
        else {
            continue;
        };
        let (sign, rest) = if let Some(rest) = after.strip_prefix("ก่อน") {
            (-1, rest)
        } else if let Some(rest) = after.strip_prefix("หลัง") {
            (1, rest)
        } else {
            continue;
        };
        // Before or after the launch (เปิดตัว, เปิด, ปล่อย, launch, release) or nothing more;
        // "3 วันก่อนหมดอายุ" is before an expiry.
        let rest = rest.trim_start();
        let launch = rest.is_empty()
            || ["เปิดตัว", "เปิด", "ปล่อย", "launch", "release", "go-live", "ga"]
                .iter()
                .any(|w| rest.starts_with(w));
        if !launch {
            continue;
        }
        let n: i32 = digits.parse().ok()?;
        return Offset::new(sign * n, unit);
    }
    None
}

/// Mongolian "нээлтээс 3 хоногийн өмнө" (3 days before the launch), "нээлтээс 2 долоо хоногийн
/// дараа" (2 weeks after it): the launch ("нээлт", its opening) named before the count, the
/// count's unit ("хоног", a day; "долоо хоног", a week; "сар", a month), then before ("өмнө")
/// or after ("дараа"). (Not "3 хоногийн дараа" alone, nor from another day.)
fn mongolian_relative(lower: &str) -> Option<Offset> {
    let (_, rest) = lower.split_once("нээлт")?;
    let words: Vec<&str> = rest.split_whitespace().collect();
    let at = words
        .iter()
        .position(|w| w.chars().all(|c| c.is_ascii_digit()))?;
    let n: i32 = words[at].parse().ok()?;
    let (unit, next) = match words.get(at + 1..) {
        Some([week, day, ..]) if *week == "долоо" && day.starts_with("хоног") => {
            (OffsetUnit::Weeks, at + 3)
        }
        Some([day, ..]) if day.starts_with("хоног") => (OffsetUnit::Days, at + 2),
        Some([month, ..]) if month.starts_with("сар") => (OffsetUnit::Months, at + 2),
        _ => return None,
    };
    let sign = before_or_after(words.get(next)?, "өмнө", "дараа")?;
    Offset::new(sign * n, unit)
}

/// -1 when a count's last word is `before` ("lehenago", "առաջ"), 1 when it is `after`, with
/// what follows the word (a full stop) left off; None for any other word.
fn before_or_after(word: &str, before: &str, after: &str) -> Option<i32> {
    let word = word.trim_end_matches(|c: char| !c.is_alphabetic());
    (word == before)
        .then_some(-1)
        .or((word == after).then_some(1))
}

/// Basque "E1 baino 3 egun lehenago" (3 days before day 1), "abiaraztea baino astebete
/// lehenago" (a week before the launch), "… baino 2 aste geroago" (2 weeks after): what comes
/// before "baino" is the plan's first day or its launch, then a count of days ("egun"), weeks
/// ("aste"; "astebete", one week) or months ("hilabete"), then before ("lehenago") or after
/// ("geroago").
fn basque_relative(lower: &str) -> Option<Offset> {
    let (anchor, rest) = lower.split_once(" baino ")?;
    let anchor = anchor.split_whitespace().rev().take(2).collect::<Vec<_>>();
    let first_day = matches!(anchor.as_slice(), ["1", "day"]);
    if !first_day
        && !anchor
            .first()
            .is_some_and(|w| is_launch_word(w) || w.starts_with("abiarazte"))
    {
        return None;
    }
    let words: Vec<&str> = rest.split_whitespace().take(3).collect();
    let (amount, unit, side) = match words.as_slice() {
        ["astebete", side, ..] => (1, OffsetUnit::Weeks, *side),
        [n, unit, side] => {
            let unit = match *unit {
                "egun" => OffsetUnit::Days,
                "aste" => OffsetUnit::Weeks,
                "hilabete" => OffsetUnit::Months,
                _ => return None,
            };
            (n.parse::<i32>().ok()?, unit, *side)
        }
        _ => return None,
    };
    let sign = before_or_after(side, "lehenago", "geroago")?;
    Offset::new(sign * amount, unit)
}

/// Armenian "գործարկումից 3 օր առաջ" (3 days before the launch), "գործարկումից 2 շաբաթ հետո"
/// (2 weeks after it): from the launch ("գործարկումից"), a count of days ("օր"), weeks
/// ("շաբաթ") or months ("ամիս"), then before ("առաջ") or after ("հետո").
fn armenian_relative(lower: &str) -> Option<Offset> {
    let (_, rest) = lower.split_once("գործարկումից")?;
    let words: Vec<&str> = rest.split_whitespace().take(3).collect();
    let [n, unit, side] = words.as_slice() else {
        return None;
    };
    let n: i32 = n.parse().ok()?;
    let unit = match *unit {
        "օր" => OffsetUnit::Days,
        "շաբաթ" => OffsetUnit::Weeks,
        "ամիս" => OffsetUnit::Months,
        _ => return None,
    };
    let sign = before_or_after(side, "առաջ", "հետո")?;
    Offset::new(sign * n, unit)
}

/// "GA 当天开始", "发布当天", "GA 顺延一周", "上线推迟 3 天": the release named (GA, 发布, 上线),
/// then its own day (当天, 当日) or its day put back by a count of days or weeks (顺延, 推迟,
/// 延后): T+0, or T+that long. (Not "每个里程碑当天": no release named.)
fn after_the_release_named(lower: &str) -> Option<Offset> {
    const NUMBERS: [(&str, i32); 11] = [
        ("一", 1),
        ("两", 2),
        ("二", 2),
        ("三", 3),
        ("四", 4),
        ("五", 5),
        ("六", 6),
        ("七", 7),
        ("八", 8),
        ("九", 9),
        ("十", 10),
    ];
    // (The release opens the text: not "若 GA 顺延一周，…", if GA slips a week.)
    let lower = lower.trim_start();
    let rest = ["ga", "发布", "上线"].iter().find_map(|name| {
        let at = lower.find(name).filter(|&at| at == 0)?;
        // ("GA" as a word: not "saga".)
        let alone = *name != "ga"
            || !lower[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_alphanumeric());
        alone.then(|| lower[at + name.len()..].trim_start())
    })?;
    // (Not "GA 当天的值班表", the rota for the day, made ahead of it.)
    if (rest.starts_with("当天") || rest.starts_with("当日")) && !rest[6..].starts_with('的') {
        return Offset::new(0, OffsetUnit::Days);
    }
    let count = ["顺延", "推迟", "延后"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))?
        .trim_start();
    let digits: String = count.chars().take_while(char::is_ascii_digit).collect();
    let (n, unit) = if digits.is_empty() {
        NUMBERS
            .iter()
            .find_map(|(w, n)| count.strip_prefix(w).map(|u| (*n, u)))?
    } else {
        (digits.parse().ok()?, &count[digits.len()..])
    };
    let unit = unit.trim_start();
    let unit = unit.strip_prefix('个').unwrap_or(unit);
    if unit.starts_with('周') || unit.starts_with("星期") {
        Offset::new(n, OffsetUnit::Weeks)
    } else if unit.starts_with('天') {
        Offset::new(n, OffsetUnit::Days)
    } else {
        None
    }
}

/// Whether a bracket of `lower` lists two moments or more before or after the event, set apart
/// by "・" or "、" ("（3週間前・1週間前・前日・当日）").
fn several_moments(lower: &str) -> bool {
    let moment = |part: &str| {
        let part = part.trim();
        ["当日", "当天", "前日", "翌日", "前一天", "第二天"].contains(&part)
            || part.starts_with(|c: char| c.is_ascii_digit())
                && (part.ends_with('前') || part.ends_with('後') || part.ends_with('后'))
    };
    lower.split(['(', '（']).skip(1).any(|aside| {
        let aside = aside.split([')', '）']).next().unwrap_or_default();
        let parts: Vec<&str> = aside.split(['・', '、']).collect();
        parts.len() >= 2 && parts.iter().all(|p| moment(p))
    })
}

/// A time before or after the launch in Japanese, Chinese or Korean: a number, a unit and
/// before or after ("3週間前", "1日前", "2周后", "3주 전", "1일 후"); or, at the start of the text
/// or of an aside in brackets, the day itself ("当日", "当天", "당일") or the day before or after
/// ("前日", "前一天", "전날", "翌日", "第二天", "다음날").
fn cjk_relative(lower: &str) -> Option<Offset> {
    const UNITS: [(&str, OffsetUnit); 16] = [
        ("週間", OffsetUnit::Weeks),
        ("週", OffsetUnit::Weeks),
        ("周", OffsetUnit::Weeks),
        ("星期", OffsetUnit::Weeks),
        ("주", OffsetUnit::Weeks),
        ("日", OffsetUnit::Days),
        ("天", OffsetUnit::Days),
        ("일", OffsetUnit::Days),
        ("か月", OffsetUnit::Months),
        ("ヶ月", OffsetUnit::Months),
        ("カ月", OffsetUnit::Months),
        ("个月", OffsetUnit::Months),
        ("個月", OffsetUnit::Months),
        ("개월", OffsetUnit::Months),
        ("時間", OffsetUnit::Hours),
        ("小时", OffsetUnit::Hours),
    ];
    fn lead(text: &str) -> &str {
        text.trim_start_matches(|c: char| !c.is_alphanumeric())
    }
    // "Xの告知を予約（3週間前・2週間前・1週間前・前日・当日）": posts booked for several moments
    // at once, none of them the item's own time.
    if several_moments(lower) {
        return None;
    }
    let starts =
        std::iter::once(lead(lower)).chain(lower.split(['(', '（', '・', '、']).skip(1).map(lead));
    for start in starts {
        for (word, days) in [
            ("当日", 0),
            ("当天", 0),
            ("당일", 0),
            ("前日", -1),
            ("前一天", -1),
            ("전날", -1),
            ("翌日", 1),
            ("第二天", 1),
            ("다음날", 1),
        ] {
            if start.starts_with(word) {
                return Offset::new(days, OffsetUnit::Days);
            }
        }
    }
    // Chinese, after the release's name: "GA 当天开始" (from GA's own day), "GA 顺延一周",
    // "发布推迟两天" (GA put back a week, the release two days): that day, or that long after it.
    if let Some(offset) = after_the_release_named(lower) {
        return Some(offset);
    }
    // Korean counts in words after the launch: "오픈 후 하루", "출시 이틀 전", "출시 일주일 후"
    // (a day after, two days before, a week after), "오픈 직후" (right after it: the day).
    for launch in ["출시", "오픈", "런칭", "배포"] {
        let Some(at) = lower.find(launch) else {
            continue;
        };
        let words: Vec<&str> = lower[at + launch.len()..]
            .split_whitespace()
            .take(2)
            .collect();
        if words.first() == Some(&"직후") {
            return Offset::new(0, OffsetUnit::Days);
        }
        let count = |w: &str| match w {
            "하루" => Some((1, OffsetUnit::Days)),
            "이틀" => Some((2, OffsetUnit::Days)),
            "사흘" => Some((3, OffsetUnit::Days)),
            "일주일" => Some((1, OffsetUnit::Weeks)),
            _ => None,
        };
        match words.as_slice() {
            ["후", n, ..] => {
                if let Some((n, unit)) = count(n) {
                    return Offset::new(n, unit);
                }
            }
            [n, side, ..] => {
                if let Some((n, unit)) = count(n) {
                    if side.starts_with('전') {
                        return Offset::new(-n, unit);
                    }
                    if side.starts_with('후') {
                        return Offset::new(n, unit);
                    }
                }
            }
            _ => {}
        }
    }
    let mut rest = lower;
    while let Some(at) = rest.find(|c: char| c.is_ascii_digit()) {
        let digits: String = rest[at..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let after = rest[at + digits.len()..].trim_start();
        rest = &rest[at + digits.len()..];
        let Ok(n) = digits.parse::<i32>() else {
            continue;
        };
        let Some((unit, after)) = UNITS
            .iter()
            .find_map(|(w, unit)| after.strip_prefix(w).map(|a| (*unit, a.trim_start())))
        else {
            continue;
        };
        // "公開から 2 週間", "출시 후 2주", "发布后2周": that long from the launch.
        // (Chinese "上线后第 3 天", the third day after going live: that many days after it.)
        let before = lower[..lower.len() - rest.len() - digits.len()]
            .trim_end()
            .trim_end_matches('第')
            .trim_end();
        let from_launch = [
            "公開",
            "リリース",
            "ローンチ",
            "発売",
            "출시",
            "오픈",
            "发布",
            "上线",
        ]
        .iter()
        .any(|w| {
            ["から", " 후", "후", "后", "後"]
                .iter()
                .any(|link| before.ends_with(&format!("{w}{link}")))
        });
        let sign = if after.starts_with(['前', '전']) {
            -1
        } else if after.starts_with(['後', '后', '후']) || from_launch {
            1
        } else {
            continue;
        };
        // "3ヶ月後の次のリリース", "3个月后的版本", "3개월 후의 출시": the count says which
        // (the release three months on), not when the task is.
        let mut rest_after = after.chars();
        rest_after.next();
        if rest_after
            .as_str()
            .trim_start()
            .starts_with(['の', '的', '의'])
        {
            continue;
        }
        if n <= Offset::MAX_AMOUNT {
            return Offset::new(sign * n, unit);
        }
    }
    None
}

/// A time before or after something other than the launch, written in words: "two days
/// before the RC1 date", "1wk ahead of feature freeze", "3 days after the code freeze". The
/// offset, and the lower-case words that name the something ("the rc1 date"); None when the
/// text says no such thing.
pub(super) fn offset_from_named(text: &str) -> Option<(Offset, Vec<String>)> {
    let lower = text.to_lowercase();
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    for c in lower.chars() {
        // "1wk" is a number and a unit; "rc1" is one name.
        let switches = !current.is_empty()
            && current.chars().all(|d| d.is_ascii_digit())
            && !c.is_ascii_digit();
        if !c.is_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
        } else {
            if switches {
                words.push(std::mem::take(&mut current));
            }
            current.push(c);
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    for i in 0..words.len() {
        let Some(n) = words[i]
            .parse::<i32>()
            .ok()
            .or_else(|| number_word(&words[i]))
        else {
            continue;
        };
        let Some(unit) = words.get(i + 1).and_then(|w| relative_unit(w)) else {
            continue;
        };
        let (sign, mut at) = match words.get(i + 2).map(String::as_str) {
            Some("before" | "ahead" | "prior") => (-1, i + 3),
            Some("after") => (1, i + 3),
            _ => continue,
        };
        if matches!(words.get(at).map(String::as_str), Some("of" | "to")) {
            at += 1;
        }
        if words.get(at).map(String::as_str) == Some("the") {
            at += 1;
        }
        let named: Vec<String> = words.iter().skip(at).take(4).cloned().collect();
        if named.is_empty() {
            continue;
        }
        return Offset::new(sign * n, unit).map(|o| (o, named));
    }
    None
}

/// Whether a task's text is only the launch's day by name, with at most an aside in brackets
/// and marks: "**Launch Day! (Go Live in Both Stores)**", "🚀 Release day", "Go-live day", "Jour J"
/// (not "Launch day checklist", "Prepare for launch day", "Post-launch day 1", nor one with a
/// number of its own, "Launch Day (Feb 15)", which dates itself; nor a bare "Go live", which
/// may be a soft go-live the day before).
pub(super) fn names_only_the_launch_day(text: &str) -> bool {
    if text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut bare = String::new();
    let mut aside = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => {
                depth = depth.saturating_sub(1);
                aside.push(' ');
            }
            _ if depth == 0 => bare.push(c),
            _ => aside.push(c),
        }
    }
    // An aside that makes it a lesser or another launch ("(beta build to TestFlight)",
    // "(friends and family only)", "(trailer only)", "(Early Access)", "(staging)"): that
    // launch, not the plan's, keeps the phase's day.
    let aside = aside.to_lowercase().replace(['-', '/'], " ");
    let aside_words = words_of(&aside);
    let lesser = aside_words.iter().enumerate().any(|(at, w)| {
        let next = aside_words.get(at + 1).copied().unwrap_or("");
        matches!(
            *w,
            "beta"
                | "alpha"
                | "preview"
                | "soft"
                | "staging"
                | "stage"
                | "test"
                | "testing"
                | "testflight"
                | "trailer"
                | "teaser"
                | "internal"
                | "internally"
                | "friends"
                | "family"
                | "only"
                | "pilot"
                | "rehearsal"
                | "demo"
                | "sandbox"
                | "canary"
                | "partial"
                | "limited"
                | "private"
                | "closed"
                | "invite"
                | "waitlist"
                | "rc"
                | "prerelease"
                | "dev"
                | "qa"
                | "uat"
                | "mock"
                | "practice"
                | "simulation"
                | "trial"
                | "phase"
                | "wave"
                | "pre"
        ) || (*w == "early" && next == "access")
            || (*w == "dry" && next == "run")
            || (*w == "release" && next == "candidate")
            || (*w == "first" && next == "wave")
    });
    if lesser {
        return false;
    }
    let lower = bare.to_lowercase().replace('-', " ");
    let words = words_of(&lower);
    let launch = |w: &str| ["launch", "release", "golive", "cutover"].contains(&w);
    match words.as_slice() {
        ["jour", "j"] | ["d", "day"] | ["dia" | "día", "d"] => true,
        ["go", "live", "day"] | ["cut", "over", "day"] => true,
        [w, "day"] | ["public", w, "day"] => launch(w),
        _ => false,
    }
}

/// The words that name the day a plan counts to, after "the day before", "the morning of" and
/// the like ("release", "launch", "go-live", "the event"; not an event named by its kind,
/// which may be another than the plan's: "the day before the expo").
pub(super) fn names_the_launch_word(word: &str) -> bool {
    [
        "launch",
        "release",
        "go-live",
        "golive",
        "cutover",
        "cut-over",
        "event",
        // "on the Thursday before the move", "a week after the move": a move's day.
        "move",
        // "The day before the wedding", Afrikaans "Die dag voor die troue": the day a
        // wedding's plan counts to.
        "wedding",
        "troue",
        // "The Night Before the Opening Ceremony", "the day before opening": an event's or a
        // venue's opening.
        "opening",
        // "The day before the ceremony", "30 days before commencement": a school's
        // graduation, the day its plan of deadlines counts to.
        "ceremony",
        "commencement",
        "graduation",
        // "The day after the race", "a week after the race": the race a training plan
        // builds up to.
        "race",
    ]
    .contains(&word)
}

/// What may follow a launch word and make it something else: "the day before release notes
/// are due", "the morning of the launch meeting".
const NOT_THE_LAUNCH: &[&str] = &[
    "notes",
    "note",
    "candidate",
    "branch",
    "blog",
    "post",
    "email",
    "meeting",
    "call",
    "planning",
    "review",
    "party",
    "date",
    "plan",
    "checklist",
    "team",
    "window",
    "freeze",
    "week",
    "weekend",
    "retro",
    "retrospective",
    // ("the day after the race fix ships", "a race condition": a bug, not a training plan's
    // race.)
    "fix",
    "condition",
    "conditions",
];

/// Whether the words from `at` are the launch ("release", "the launch") closing the phrase:
/// not "release notes", "the launch party".
fn launch_closes(words: &[&str], at: usize) -> bool {
    // (Afrikaans "die": "die dag voor die troue".)
    let at = if words.get(at).is_some_and(|w| ["the", "die"].contains(w)) {
        at + 1
    } else {
        at
    };
    // ("Opening" only closing the phrase or before "ceremony", "night" or "day": not "the day
    // before opening hours change", "the day before the opening goes live on the job board".)
    let opening_ok = words.get(at) != Some(&"opening")
        || words
            .get(at + 1)
            .is_none_or(|w| ["ceremony", "night", "day", "of"].contains(w));
    words.get(at).is_some_and(|w| names_the_launch_word(w))
        && opening_ok
        && !words
            .get(at + 1)
            .is_some_and(|w| NOT_THE_LAUNCH.contains(w))
}

/// A day named from the launch anywhere in a line, in words: "at 9pm the night before release"
/// (−1), "on the morning of release" (0), "the day after the launch" (+1), "(release day)" and
/// "(on launch day)" (0). The launch word must close the phrase: "the day before release notes
/// are due" is not one.
pub(super) fn launch_day_phrase(lower: &str) -> Option<Offset> {
    let words = hyphenated_words_of(lower);
    for (i, pair) in words.windows(2).enumerate() {
        let amount = match pair {
            ["day" | "night" | "evening" | "eve", "before"] => -1,
            ["day" | "night" | "evening", "after"] => 1,
            // Afrikaans "die dag voor die troue", "die aand voor", "die dag na".
            ["dag" | "aand", "voor"] if i >= 1 && words[i - 1] == "die" => -1,
            ["dag", "na"] if i >= 1 && words[i - 1] == "die" => 1,
            // "on the day of release" (not "Confirm the day of the launch": the day itself).
            ["day", "of"] if i >= 2 && words[i - 2] == "on" => 0,
            ["morning" | "evening" | "afternoon" | "night", "of"] => 0,
            // "on the eve of the launch".
            ["eve", "of"] => -1,
            _ => continue,
        };
        // "the night before release", not "a day before release" (a count, read elsewhere) nor
        // "Monday before release" (a weekday, see `weekday_from_launch`).
        if i == 0 || !["the", "die"].contains(&words[i - 1]) {
            continue;
        }
        // ("The Night Before Each Opening Ceremony" as a title: each time, the first being
        // the launch's; not "Repeat the night before each …", a routine named.)
        let each = i == 1
            && words
                .get(i + 2)
                .is_some_and(|w| ["each", "every"].contains(w));
        if launch_closes(&words, i + 2) || each && launch_closes(&words, i + 3) {
            return Offset::new(amount, OffsetUnit::Days);
        }
    }
    // "- same day as the release", "Blog post - same day as 27.7.0" (a version, as "one week
    // before 27.7.0" counts from it): the launch's own day. (Not "same day as the string
    // freeze": another line's, see `day_of_another_line`.)
    let same_day = words
        .windows(3)
        .enumerate()
        .any(|(i, w)| w == ["same", "day", "as"] && launch_closes(&words, i + 3))
        || same_day_as_a_version(lower).is_some();
    if same_day {
        return Offset::new(0, OffsetUnit::Days);
    }
    // "(release day)", "(on launch day)".
    let bracketed = lower.split('(').skip(1).any(|aside| {
        let inside = aside.split(')').next().unwrap_or_default();
        let words = words_of(inside);
        matches!(words.as_slice(), [w, "day"] | ["on", w, "day"] if names_the_launch_word(w))
    });
    // (Not "… ask streamers to play with me on launch day": a line may say what happens on
    // the day of work done before it.)
    bracketed
        .then(|| Offset::new(0, OffsetUnit::Days))
        .flatten()
}

/// "Go/no-go listen-through (Sunday before release)", "in the chat on the Friday evening
/// before release": the weekday before (or after) the launch a line names, and which way;
/// turned into days once the launch is known.
pub(super) fn weekday_from_launch(text: &str) -> Option<(chrono::Weekday, i32)> {
    let lower = text.to_lowercase();
    let words = hyphenated_words_of(&lower);
    for (i, word) in words.iter().enumerate() {
        let Some(weekday) = crate::plan::dates::weekday_named(word) else {
            continue;
        };
        // "every Monday after launch" is many days; "Mon–Fri after launch" a span of them.
        let previous = i.checked_sub(1).map(|p| words[p]);
        if previous.is_some_and(|p| {
            ["every", "each", "all"].contains(&p) || crate::plan::dates::weekday_named(p).is_some()
        }) {
            continue;
        }
        let at = past_a_part_of_day(&words, i + 1);
        let sign = match words.get(at) {
            Some(&"before") => -1,
            Some(&"after") => 1,
            _ => continue,
        };
        if launch_closes(&words, at + 1) {
            return Some((weekday, sign));
        }
    }
    None
}

/// The place after a weekday's word (`at`) and the part of its day that may follow it
/// ("Friday evening before release", "Friday night to Sunday"): where what the weekday leads
/// to is read.
fn past_a_part_of_day(words: &[&str], at: usize) -> usize {
    let part = words
        .get(at)
        .is_some_and(|w| ["morning", "evening", "night", "afternoon"].contains(w));
    at + usize::from(part)
}

/// Whether a line says it is after the launch: "after the cutover", "**After go-live**".
pub(super) fn says_after_the_launch(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words = hyphenated_words_of(&lower);
    words
        .iter()
        .enumerate()
        .any(|(i, w)| *w == "after" && launch_closes(&words, i + 1))
}

/// "Look over the new site after the cutover (Friday night to Sunday)", or "point the short
/// link at the new site over the weekend" under "After cutover": the last weekday of a span
/// of weekdays, or the Sunday of a weekend, after the launch (sign +1). Only when the line
/// says it is after the launch or what it is under does (`after_here`); "every weekend" and a
/// span with no launch around it are not days.
pub(super) fn weekend_after_launch(text: &str, after_here: bool) -> Option<(chrono::Weekday, i32)> {
    let lower = text.to_lowercase();
    // (A cheap test first: a weekend or a span's joining word.)
    if !["weekend", " to ", " until ", " through ", " till "]
        .iter()
        .any(|w| lower.contains(w))
    {
        return None;
    }
    if !after_here && !says_after_the_launch(text) {
        return None;
    }
    let words = hyphenated_words_of(&lower);
    // (Not a weekend before the launch, nor one of a later week: "Monday to Friday of the
    // second week" is not the week after the launch.)
    if words
        .iter()
        .any(|w| ["before", "week", "weeks"].contains(w))
    {
        return None;
    }
    if words
        .windows(3)
        .any(|w| matches!(w, ["over" | "during", "the", "weekend"]))
    {
        return Some((chrono::Weekday::Sun, 1));
    }
    let named = crate::plan::dates::weekday_named;
    for (i, word) in words.iter().enumerate() {
        if named(word).is_none() || i > 0 && ["every", "each"].contains(&words[i - 1]) {
            continue;
        }
        let at = past_a_part_of_day(&words, i + 1);
        if words
            .get(at)
            .is_some_and(|w| ["to", "until", "through", "till"].contains(w))
        {
            if let Some(last) = words.get(at + 1).and_then(|w| named(w)) {
                return Some((last, 1));
            }
        }
    }
    None
}

/// The version a lowered line closes with after "same day as" ("blog post - same day as
/// 27.7.0" → "27.7.0"): the launch's own day, unless a line of that version dates it (see
/// `date_from_other_lines`).
pub(super) fn same_day_as_a_version(lower: &str) -> Option<&str> {
    let (_, rest) = lower.split_once("same day as ")?;
    let version = rest.trim().trim_end_matches(['.', ')', ';', ':']).trim();
    super::launch::is_version(version).then_some(version)
}

/// "(same day as the string freeze)", "the day after the code freeze": a day counted from
/// another line of the plan, named by its first words; the days from it and those words
/// (lower case, at most five). Not from the launch (see `launch_day_phrase`).
pub(super) fn day_of_another_line(text: &str) -> Option<(i64, String)> {
    let lower = text.to_lowercase();
    let (days, rest) = [
        ("same day as ", 0),
        ("the day before ", -1),
        ("the day after ", 1),
    ]
    .iter()
    .find_map(|(p, days)| lower.find(p).map(|at| (*days, &lower[at + p.len()..])))?;
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let name: Vec<&str> = rest
        .split([')', ',', ';', '.', ':'])
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .collect();
    if name.is_empty() || name.len() > 5 || names_the_launch_word(name[0]) && name.len() == 1 {
        return None;
    }
    Some((days, name.join(" ")))
}

/// "by Thursday the 7th", "on Saturday the 20th", "(by Monday 31st)": a weekday and a day of
/// the month with no month, after a word that says when; the weekday and the day.
pub(super) fn weekday_and_ordinal(text: &str) -> Option<(chrono::Weekday, u32)> {
    let lower = text.to_lowercase();
    let words = words_of(&lower);
    // After a word that says when ("by", "on", "until", "due"): not "Friday the 13th party
    // theme ideas".
    words.windows(3).enumerate().find_map(|(at, w)| {
        if !["by", "on", "until", "till", "before", "due", "from"].contains(&w[0]) {
            return None;
        }
        let weekday = crate::plan::dates::weekday_named(w[1])?;
        // The ordinal right after the weekday, or after "the".
        let ordinal = match w[2] {
            "the" => words.get(at + 3)?,
            ordinal => ordinal,
        };
        let day = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|s| ordinal.strip_suffix(s))
            .and_then(|n| n.parse::<u32>().ok())
            .filter(|n| (1..=31).contains(n))?;
        Some((weekday, day))
    })
}

/// "Week before: …", "The day before", "Night before launch", "Hour before", "Day after:": one
/// unit before or after the launch, at the start of a line, without a number; followed by the
/// end, a colon, a dash or the launch ("Day before the demo" is about something else).
fn one_unit_before_or_after(lower: &str) -> Option<Offset> {
    let text = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    // (Italian "il giorno prima", Spanish "el día después", French "le jour après".)
    let text = [
        "the ", "a ", "one ", "de ", "een ", "o ", "il ", "el ", "le ", "la ",
    ]
    .iter()
    .find_map(|p| text.strip_prefix(p))
    .unwrap_or(text);
    let (first, rest) = text.split_once(' ')?;
    let (unit, amount) = match first {
        "hour" => (OffsetUnit::Hours, 1),
        "day" | "night" | "evening" | "dag" | "avond" | "den" | "giorno" | "día" | "dia"
        | "jour" => (OffsetUnit::Days, 1),
        "week" | "týden" | "semana" | "settimana" | "semaine" => (OffsetUnit::Weeks, 1),
        "month" | "maand" | "měsíc" | "mes" | "mese" | "mois" | "mês" => (OffsetUnit::Months, 1),
        _ => return None,
    };
    // "The day after", Dutch "De dag nadien", "De avond ervoor".
    let (sign, rest) = if let Some(rest) = [
        "before",
        "ervoor",
        "vooraf",
        "předem",
        "prima",
        "antes",
        "avant",
        "anterior",
        "precedente",
        "précédent",
    ]
    .iter()
    .find_map(|w| rest.strip_prefix(w))
    {
        (-1, rest)
    } else if let Some(rest) = [
        "after",
        "nadien",
        "erna",
        "později",
        "poté",
        "dopo",
        "después",
        "depois",
        "après",
        "siguiente",
        "successivo",
        "seguinte",
        "suivant",
    ]
    .iter()
    .find_map(|w| rest.strip_prefix(w))
    {
        (1, rest)
    } else {
        return None;
    };
    let rest = rest.trim_start();
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let ends = rest.is_empty()
        || rest.starts_with([':', '-', '(', ')', ','])
        || [
            "launch", "release", "go-live", "go live", "cutover", "cut-over", "event",
        ]
        .iter()
        .any(|w| rest.starts_with(w));
    ends.then(|| Offset::new(sign * amount, unit)).flatten()
}

/// What a status of a post or message says when it went out: "Posted", "Published", "Sent".
pub(super) const WENT_OUT: [&str; 3] = ["posted", "published", "sent"];

/// The first day of the month a calendar version names ("2027.10", "v26.10", "27.04.0": year
/// and month), when a word of `text` is one: a two-digit year from 15 to 45 or a four-digit one
/// from 2015 to 2045, and a month from 1 to 12. None otherwise ("3.11", "1.2.0", and a patch
/// "27.10.2", which ships months later).
pub(super) fn calendar_version_month(text: &str) -> Option<NaiveDate> {
    text.split(|c: char| c.is_whitespace() || ",;:()[]|*_`".contains(c))
        .find_map(|word| {
            let word = word.trim_end_matches('.');
            let digits = word
                .strip_prefix('v')
                .or_else(|| word.strip_prefix('V'))
                .unwrap_or(word);
            let mut parts = digits.split('.');
            let (year, month) = (parts.next()?, parts.next()?);
            // A patch ("27.10.2") comes some months after its release: only ".0" is the
            // release itself.
            if parts.clone().count() > 1
                || !parts.all(|p| p == "0")
                || !year.chars().all(|c| c.is_ascii_digit())
                || !(1..=2).contains(&month.len())
                || !month.chars().all(|c| c.is_ascii_digit())
            {
                return None;
            }
            let year: i32 = match year.len() {
                2 => 2000 + year.parse::<i32>().ok().filter(|y| (15..=45).contains(y))?,
                4 => year.parse().ok().filter(|y| (2015..=2045).contains(y))?,
                _ => return None,
            };
            NaiveDate::from_ymd_opt(year, month.parse().ok()?, 1)
        })
}

/// A text without the addresses of its links ("the mirror (https://x.example/m)" → "the mirror
/// ()"): their colons are not a label's.
pub(super) fn without_urls(text: &str) -> String {
    text.split(' ')
        .map(
            |word| match word.find("http://").or_else(|| word.find("https://")) {
                Some(at) => &word[..at],
                None => word,
            },
        )
        .collect::<Vec<_>>()
        .join(" ")
}

/// A line without the emoji and GitHub shortcodes that decorate its start (":calendar:
/// **2027-04-18** - Reviews Due", "📅 2027-04-18 - …"), a done mark kept as "✅" so that it still
/// says done.
pub(super) fn without_leading_decoration(text: &str) -> String {
    let mut rest = text.trim_start();
    let mut done = false;
    loop {
        if let Some(after) = rest.strip_prefix(':') {
            let name_len = after
                .find(':')
                .filter(|&n| {
                    n > 0
                        && after[..n].chars().all(|c| {
                            c.is_ascii_lowercase() || c.is_ascii_digit() || "_+-".contains(c)
                        })
                })
                .unwrap_or(0);
            if name_len == 0 {
                break;
            }
            done |= matches!(
                &after[..name_len],
                "white_check_mark" | "heavy_check_mark" | "ballot_box_with_check"
            );
            rest = after[name_len + 1..].trim_start();
            continue;
        }
        let Some(c) = rest.chars().next() else {
            break;
        };
        // A pictograph (and its variation selector or joiner), not a letter, digit or mark of
        // punctuation.
        let pictograph =
            matches!(u32::from(c), 0x2190..=0x2BFF | 0x1F000..=0x1FAFF | 0xFE0F | 0x200D);
        if !pictograph {
            break;
        }
        done |= matches!(c, '✅' | '✔' | '☑');
        rest = rest[c.len_utf8()..].trim_start();
    }
    if done {
        format!("✅ {rest}")
    } else {
        rest.to_string()
    }
}

/// Whether a heading is written as prose: six words or more with a sentence's full stop after
/// a word ("We go live on Thursday, April 20th at 5:30 PM. The portal will be offline."), not
/// a number's ("1. Prepare", "v2.4 release plan").
pub(super) fn is_prose_heading(text: &str) -> bool {
    let text = text.trim();
    text.split_whitespace().count() >= 6
        && text.char_indices().any(|(at, c)| {
            c == '.'
                && text[..at].ends_with(|c: char| c.is_alphabetic())
                && text[at + 1..]
                    .chars()
                    .next()
                    .is_none_or(char::is_whitespace)
        })
}

/// "Go/no-go with the manager on Wednesday at noon": a weekday named alone after "on" (not
/// "on Wednesday 12 April", a date).
pub(super) fn bare_weekday_on(text: &str) -> Option<chrono::Weekday> {
    let lower = text.to_lowercase();
    let words = words_of(&lower);
    words.windows(2).enumerate().find_map(|(at, w)| {
        let weekday = crate::plan::dates::weekday_named(w[1]).filter(|_| w[0] == "on")?;
        let next = words.get(at + 2);
        let dated = next.is_some_and(|n| {
            n.chars().next().is_some_and(|c| c.is_ascii_digit())
                || crate::plan::dates::month_named(n).is_some()
        });
        (!dated).then_some(weekday)
    })
}

/// "on the Tuesday afternoon", "(on the Friday)": a weekday named with "the", as one the reader
/// knows, after "on", the line ending there or saying the time of that day; not "on the Friday
/// before", "on the Monday of week 2", "on the Tuesday 4 March" (a day of its own), nor "on the
/// Friday call" of a team.
pub(super) fn the_weekday_on(text: &str) -> Option<chrono::Weekday> {
    let lower = text.to_lowercase();
    let words = words_of(&lower);
    words.windows(3).enumerate().find_map(|(at, w)| {
        if w[..2] != ["on", "the"] {
            return None;
        }
        let weekday = crate::plan::dates::weekday_named(w[2])?;
        let next = words.get(at + 3).copied().unwrap_or_default();
        // The line ends there, or says the time of that day ("afternoon", "at 5pm").
        ["", "morning", "afternoon", "evening", "night", "at", "by"]
            .contains(&next)
            .then_some(weekday)
    })
}

/// "lift-off (T-0) at 15:30": the line's day is the moment a countdown counts to, "(T-0)" in
/// brackets and no other time of the count on the line (not "T-0:10:00", "(T0 minus three
/// weeks)", "(T-1, the day before T-0)").
pub(super) fn names_t_zero(text: &str) -> bool {
    let lower = text.to_lowercase().replace(['\u{2212}', '\u{2013}'], "-");
    let bracketed = ["(t-0)", "(t0)", "(t - 0)"]
        .iter()
        .any(|m| lower.contains(m));
    let marks = lower
        .match_indices('t')
        .filter(|(at, _)| {
            let rest = &lower[at + 1..];
            !lower[..*at].ends_with(|c: char| c.is_alphanumeric())
                && (rest.starts_with(['-', '+'])
                    && rest[1..]
                        .trim_start()
                        .starts_with(|c: char| c.is_ascii_digit())
                    || rest.starts_with(|c: char| c.is_ascii_digit()))
        })
        .count();
    bracketed && marks == 1 && !lower.contains("minus") && !lower.contains("plus")
}

/// Whether the lines that open with a day in numbers and no year ("08/23 Code freeze") write
/// the day first: Some(false) for "08/23" (month first), Some(true) for "23/08"; None unless two
/// or more lines do, half the lines at least, one of them tells which ("08/09" alone does not)
/// and their days run forward in that order.
pub(super) fn slashed_days_first<'a>(lines: impl IntoIterator<Item = &'a str>) -> Option<bool> {
    let mut count = 0;
    let days: Vec<(u32, u32)> = lines
        .into_iter()
        .inspect(|_| count += 1)
        .filter_map(|line| {
            let line = line.trim_start();
            let (a, b, at) = numeric_days(line).next()?;
            let after = &line[at.end..];
            (at.start == 0
                && after.starts_with(' ')
                && after.trim_start().starts_with(char::is_alphabetic))
            .then_some((a, b))
        })
        .collect();
    // At least half the lines, and none of "24/7" (round the clock).
    if days.len() < 2 || days.len() * 2 < count || days.contains(&(24, 7)) {
        return None;
    }
    let fits = |(m, d): (u32, u32)| (1..=12).contains(&m) && (1..=31).contains(&d);
    let month_first = days.iter().all(|&(a, b)| fits((a, b)));
    let day_first = days.iter().all(|&(a, b)| fits((b, a)));
    // A schedule runs forward ("08/23", "08/30", "09/01"); counts do not ("12/20 suites
    // passed", "3/20 flaky").
    let forward = |key: fn(&(u32, u32)) -> (u32, u32)| {
        days.windows(2).all(|pair| key(&pair[0]) <= key(&pair[1]))
    };
    match (month_first, day_first) {
        (true, false) if forward(|&(m, d)| (m, d)) => Some(false),
        (false, true) if forward(|&(d, m)| (m, d)) => Some(true),
        _ => None,
    }
}

/// Which of day and month comes first in the days a whole plan writes in numbers around a
/// slash without a year ("4/19", "4/26", "5/13"): day first (true) when two or more of them
/// can only be read so and none only the other way; month first (false) likewise; else not
/// known. (Not "24/7", round the clock.)
pub(super) fn slashed_order_of(source: &str) -> Option<bool> {
    let fits = |month: u32, day: u32| (1..=12).contains(&month) && (1..=31).contains(&day);
    let (mut month_first, mut day_first) = (0, 0);
    for line in source.lines() {
        for (a, b, at) in numeric_days(line) {
            // (A count after a label, "Volunteers trained: 7/15", or in brackets after a word
            // that counts, "Speakers confirmed (2/5)": no day.)
            if (a, b) == (24, 7) || is_a_count(line, &at) {
                continue;
            }
            match (fits(a, b), fits(b, a)) {
                (true, false) => month_first += 1,
                (false, true) => day_first += 1,
                _ => {}
            }
        }
    }
    match (month_first, day_first) {
        (m, 0) if m >= 2 => Some(false),
        (0, d) if d >= 2 => Some(true),
        _ => None,
    }
}

/// Whether a day in numbers without a year ("2/5") is a count where it stands: in brackets or
/// after a colon, after a word that counts ("Speakers confirmed (2/5)", "Volunteers trained:
/// 7/15").
fn is_a_count(text: &str, at: &std::ops::Range<usize>) -> bool {
    let head = text[..at.start].trim_end();
    let Some(before) = head.strip_suffix(['(', ':']) else {
        return false;
    };
    let last = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default()
        .to_lowercase();
    [
        "confirmed",
        "signed",
        "booked",
        "done",
        "passed",
        "paid",
        "sold",
        "registered",
        "received",
        "ready",
        "filled",
        "complete",
        "completed",
        "answered",
        "approved",
        "trained",
        "built",
    ]
    .contains(&last.as_str())
}

/// A day in numbers without a year that an item names as a day, read in the plan's own order
/// (see [`slashed_order_of`]): alone in brackets ("follow-up changes (16/3)") or after "at the"
/// before the meeting it happens at ("at the 4/3 all-hands"). Not "at the 2/3 mark", "(3/4
/// done)", nor a day the order does not fit. The month, the day and the byte range of the numbers.
pub(super) fn day_in_plan_order(
    text: &str,
    day_first: bool,
) -> Option<(u32, u32, std::ops::Range<usize>)> {
    numeric_days(text).find_map(|(a, b, at)| {
        let (month, day) = if day_first { (b, a) } else { (a, b) };
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) || (a, b) == (24, 7) {
            return None;
        }
        let (head, rest) = (&text[..at.start], &text[at.end..]);
        let bracketed = head.ends_with('(') && rest.starts_with(')') && !is_a_count(text, &at);
        // ("at the": the meeting it happens at, "at the 4/3 all-hands"; not "at the 1/8
        // ratio", "at the 3/4 point", nor "Go over the 4/18 jam's milestones".)
        let named = head.to_lowercase().ends_with(" at the ")
            && rest.strip_prefix(' ').is_some_and(|r| {
                let r = r.to_lowercase();
                [
                    "all-hands",
                    "all hands",
                    "meeting",
                    "stand-up",
                    "standup",
                    "review",
                    "demo",
                    "board",
                    "sync",
                    "call",
                    "town hall",
                    "retro",
                    "kickoff",
                    "kick-off",
                ]
                .iter()
                .any(|w| r.starts_with(w))
            });
        (bracketed || named).then_some((month, day, at))
    })
}

/// Every day written as two numbers of one or two digits around a slash ("3/15", "08/23"): its
/// two numbers as written and its byte range, in order. Not part of a longer number or of a date
/// with its year ("3/15/2028", "1/2.5", "50/50%").
pub(super) fn numeric_days(
    text: &str,
) -> impl Iterator<Item = (u32, u32, std::ops::Range<usize>)> + '_ {
    let bytes = text.as_bytes();
    text.match_indices('/').filter_map(move |(slash, _)| {
        let digits =
            |run: &mut dyn Iterator<Item = &u8>| run.take_while(|b| b.is_ascii_digit()).count();
        let before = digits(&mut bytes[..slash].iter().rev());
        let after = digits(&mut bytes[slash + 1..].iter());
        let (start, end) = (slash - before, slash + 1 + after);
        let whole = (1..=2).contains(&before)
            && (1..=2).contains(&after)
            && (start == 0 || bytes[start - 1] != b'/')
            && !matches!(bytes.get(end), Some(b'/' | b'.' | b'%'));
        whole.then(|| {
            Some((
                text[start..slash].parse().ok()?,
                text[slash + 1..end].parse().ok()?,
                start..end,
            ))
        })?
    })
}

/// A yearless month/day where a plan written in Chinese, Japanese or Korean writes its days:
/// at the text's start ("6/22: …", "6/22 (月) …"), in brackets alone ("（6/22）"), or right
/// before a word that says from, until or by, or a weekday in brackets ("6/22 から", "7/1 まで",
/// "6/25 까지", "3/5 前", "7/1 上线", "6/22(月)"). Not a fraction or a pair of versions ("进度
/// 3/4", "1/10 用户", "Android 12/13 上", "사용자 1/4 에게"). The month, the day and the range.
pub(super) fn cjk_slashed_day(text: &str) -> Option<(u32, u32, std::ops::Range<usize>)> {
    const AFTER: [&str; 16] = [
        "から", "まで", "迄", "前", "以前", "頃", "ごろ", "上线", "发布", "起", "开始", "截止",
        "까지", "부터", "전", "오픈",
    ];
    const WEEKDAYS: &str = "月火水木金土日一二三四五六월화수목금토일";
    for (month, day, at) in numeric_days(text) {
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) || (month, day) == (24, 7) {
            continue;
        }
        let head = text[..at.start].trim_end();
        let rest = text[at.end..].trim_start();
        let opened = head.ends_with(['（', '(', '【', '「', '['])
            && rest.starts_with(['）', ')', '】', '」', ']']);
        let at_start = head.is_empty() || head.ends_with(['・', '：', ':']);
        let weekday_next = rest
            .strip_prefix(['（', '('])
            .and_then(|r| r.chars().next())
            .is_some_and(|ch| WEEKDAYS.contains(ch));
        // (At the start, not a fraction of something: "1/2 の人数", "1/4 에게".)
        let counted = [
            "の", "个", "個", "名", "人", "件", "页", "頁", "에게", "로", "으로",
        ]
        .iter()
        .any(|w| rest.starts_with(w));
        let said = at_start && !counted
            || opened
            || weekday_next
            || AFTER.iter().any(|w| rest.starts_with(w));
        if said {
            return Some(range_end_after(text, month, day, at));
        }
    }
    None
}

/// "8/1-5", "8/30-9/2", "8/1~5": a yearless month/day that opens a range ends on the range's
/// last day (an item is due at the end of what it spans), its span over the whole range.
fn range_end_after(
    text: &str,
    month: u32,
    day: u32,
    at: std::ops::Range<usize>,
) -> (u32, u32, std::ops::Range<usize>) {
    let end = text[at.end..]
        .strip_prefix(['-', '~', '–', '〜', '～'])
        .and_then(take_number)
        .map(
            |(first, rest)| match rest.strip_prefix('/').and_then(take_number) {
                Some((second, rest)) => (first, second, rest),
                None => (month, first, rest),
            },
        );
    match end {
        Some((end_month, end_day, rest))
            if (1..=12).contains(&end_month)
                && (1..=31).contains(&end_day)
                && ((end_month, end_day) > (month, day) || end_month < month) =>
        {
            (end_month, end_day, at.start..text.len() - rest.len())
        }
        _ => (month, day, at),
    }
}

/// A number of one or two digits at the start of `text` ("13.12.2029" gives 13), and what
/// follows it.
pub(super) fn take_number(text: &str) -> Option<(u32, &str)> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    Some((text[..digits].parse().ok()?, &text[digits..]))
}

/// Whether `text` opens with `word` (ASCII, lowercase), in any case.
fn starts_with_word(text: &str, word: &str) -> bool {
    text.get(..word.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(word))
}

/// A day in numbers without a year that its words make sure of ("Monday 3/20", "on Monday,
/// 3/20", "scheduled for 3/17 5 PM", "on/after 3/21"): after a weekday, or after "on", "for",
/// "by", "until", "from", "after" or "before", or at the text's start, when only one order
/// fits it (a number over 12). Not "24/7", "3/4 of the team", "(3/17 done)". The weekday (if written), the month and the
/// day, and the byte range from the weekday or the number.
pub(super) fn sure_slashed_day(
    text: &str,
    day_first: bool,
) -> Option<(Option<chrono::Weekday>, u32, u32, std::ops::Range<usize>)> {
    let bytes = text.as_bytes();
    for (a, b, at) in numeric_days(text) {
        let (start, end) = (at.start, at.end);
        if start > 0 && !bytes[start - 1].is_ascii_whitespace() && bytes[start - 1] != b','
            || bytes
                .get(end)
                .is_some_and(|b| *b == b'-' || b.is_ascii_alphanumeric())
        {
            continue;
        }
        let (month, day) = if day_first { (b, a) } else { (a, b) };
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            continue;
        }
        let rest = text[end..].trim_start();
        if ["of ", "done", "complete", "passed", "ready"]
            .iter()
            .any(|w| starts_with_word(rest, w))
        {
            continue;
        }
        // The word before it (a comma after a weekday allowed).
        let head = text[..start].trim_end().trim_end_matches(',');
        let word_at = head
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphanumeric() && *c != '/')
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &head[word_at..];
        if let Some(weekday) = crate::plan::dates::weekday_named(word) {
            return Some((Some(weekday), month, day, word_at..end));
        }
        // ("24/7" is round the clock, whichever way the plan writes its days.)
        let one_way = (a > 12 || b > 12) && (a, b) != (24, 7);
        // (Or a value that is the day, alone or with its time: "3/17 5 PM PST" after "scheduled
        // for"; not "12/15 tests passing".)
        let timed = rest.is_empty()
            || rest.starts_with([',', ';', ')'])
            || rest.starts_with(|c: char| c.is_ascii_digit())
                && super::time_of_day_in(rest).is_some();
        let said = head.is_empty() && timed
            || [
                "on", "for", "by", "until", "from", "after", "before", "on/after",
            ]
            .contains(&word.to_lowercase().as_str());
        if said && one_way {
            return Some((None, month, day, start..end));
        }
    }
    None
}

/// Words after which a count is from the launch or the event: the launch's names in the
/// languages the reader knows and the events it counts to ("за неделю до митапа", "una
/// settimana prima del lancio").
/// "When" as a field's or a column's label ("When:", "Когда:", "Quando e chi?").
pub(super) const WHEN_WORDS: [&str; 10] = [
    "when",
    "когда",
    "quando",
    "cuándo",
    "cuando",
    "quand",
    "wann",
    "kdy",
    "wanneer",
    "kiedy",
];

/// Whether `words` open with "each" in Portuguese, Spanish, French or Italian, after "de" or
/// not: "(1 semana antes) de cada atividade", "(3 jours avant) chaque séance".
fn each_in_romance(words: &[String]) -> bool {
    let words = match words.first().map(String::as_str) {
        Some("de" | "do" | "da" | "di" | "del") => &words[1..],
        _ => words,
    };
    words
        .first()
        .is_some_and(|w| ["cada", "chaque", "ogni"].contains(&w.as_str()))
}

pub(super) fn is_launch_word(word: &str) -> bool {
    super::launch::EVENTS.contains(&word)
        || [
            "launch",
            "launching",
            "release",
            "go",
            "golive",
            "cutover",
            "ga",
            "ship",
            "shipping",
            "move",
            // ("a week after the race": a training plan's race.)
            "race",
            "запуска",
            "запуск",
            "релиза",
            "старта",
            "lancio",
            "lanzamiento",
            "lancement",
            "lançamento",
            "evento",
            "encontro",
            "événement",
            "launchday",
            "premiera",
            "premierą",
            "rilascio",
        ]
        .contains(&word)
}

/// Whether the words of a time ("3 weeks before the meetup", "за неделю до митапа", "two days
/// before") count from the launch or the event, or from nothing named: not "2 weeks after the
/// design review". The first word after before or after (an article aside) decides.
pub(super) fn counts_from_the_launch(words: &[&str]) -> bool {
    const SIGNS: [&str; 20] = [
        "before",
        "after",
        "prior",
        "до",
        "после",
        "prima",
        "dopo",
        "antes",
        "después",
        "depois",
        "avant",
        "après",
        "vor",
        "nach",
        "voor",
        "na",
        "önce",
        "sonra",
        "przed",
        "po",
    ];
    const ARTICLES: [&str; 14] = [
        "the", "del", "dell", "della", "de", "la", "le", "l", "du", "do", "da", "dem", "der", "our",
    ];
    let Some(at) = words.iter().position(|w| SIGNS.contains(w)) else {
        return true;
    };
    // German "Start" after "vor" or "nach" ("eine Woche vor dem Start"): the day the plan
    // starts what it is for, as "старта" (not English "a week before the start of …").
    let german = ["vor", "nach"].contains(&words[at]);
    // (A dash ends the time: "una settimana dopo – Davide", who does it.)
    words[at + 1..]
        .iter()
        .find(|w| !ARTICLES.contains(w))
        .is_none_or(|w| *w == "-" || is_launch_word(w) || german && *w == "start")
}

/// Whether `word` ends its clause where it first stands in `lower` (text in lower case): the
/// end, or a bracket or a stop after it ("a week ahead (banner, list)", "a week ahead.").
fn ends_clause_after(lower: &str, word: &str) -> bool {
    lower.find(word).is_some_and(|at| {
        let rest = lower[at + word.len()..].trim_start();
        rest.is_empty() || rest.starts_with(['(', ',', ';', '.', ':', '–', '—'])
    })
}

/// Whether a bullet only names a web endpoint in code, an HTTP method and a path ("`GET
/// /api/stores/{id}`", "`POST /v2/orders`"): what a task touches, listed under it, not a step.
/// (Not "`GET /api/stores` returns the hours", nor "Test `GET /api/stores`".)
pub(super) fn names_an_endpoint(text: &str) -> bool {
    let Some(span) = text
        .trim()
        .strip_prefix('`')
        .and_then(|rest| rest.strip_suffix('`'))
    else {
        return false;
    };
    let Some((method, path)) = span.trim().split_once(' ') else {
        return false;
    };
    ["GET", "POST", "PUT", "PATCH", "DELETE"].contains(&method)
        && path.starts_with('/')
        && !path.contains(' ')
        && !span.contains('`')
}

/// Whether a bullet only names a file in code with the state it is in, in brackets ("`docs/q2-
/// review.md` (published)", "`ledger.csv` (final reviewed)"): a list of what the work yielded,
/// not a step. (Not "`deploy.sh` (run twice)", "`report.md` (due 2030-07-08)" or "(pending)":
/// something still to do.)
pub(super) fn names_a_file(text: &str) -> bool {
    const STATES: [&str; 14] = [
        "final",
        "reviewed",
        "closed",
        "published",
        "approved",
        "archived",
        "merged",
        "signed",
        "done",
        "complete",
        "completed",
        "shipped",
        "released",
        "delivered",
    ];
    let text = text.trim();
    let Some(rest) = text.strip_prefix('`') else {
        return false;
    };
    let Some((span, after)) = rest.split_once('`') else {
        return false;
    };
    let state = after
        .trim()
        .strip_prefix('(')
        .and_then(|a| a.strip_suffix(')'))
        .is_some_and(|inside| {
            let words = words_of(inside);
            (1..=3).contains(&words.len())
                && words
                    .iter()
                    .all(|w| STATES.contains(w) || ["and", "off"].contains(w))
        });
    let ending = span.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty()
            && (1..=4).contains(&ext.len())
            && ext.chars().all(|c| c.is_ascii_alphanumeric())
            && ext.chars().any(|c| c.is_ascii_alphabetic())
    });
    state && !span.contains(' ') && (ending || span.contains('/') && !span.ends_with('/'))
}

/// Whether the date at `span` in a line is written as the day of an event the line names
/// after it: "the December 1 launch", "for the February 6th release", "ahead of the 14 May
/// opening" (the date an adjective of the event; not "launch on December 1", nor "by December
/// 1: launch post").
pub(super) fn names_the_day_of_an_event(text: &str, span: std::ops::Range<usize>) -> bool {
    const EVENTS: [&str; 10] = [
        "launch", "release", "go-live", "golive", "opening", "premiere", "event", "kickoff",
        "kick-off", "rollout",
    ];
    let (Some(before), Some(after)) = (text.get(..span.start), text.get(span.end..)) else {
        return false;
    };
    let article = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| ["the", "our", "this", "its"].contains(&w.to_lowercase().as_str()));
    // (The event's word right after the date, a day's suffix aside: "6th launch".)
    let after = after.trim_start_matches(|c: char| c.is_ascii_alphabetic() && c.is_lowercase());
    let word = after
        .strip_prefix(' ')
        .and_then(|a| a.split(|c: char| !(c.is_alphanumeric() || c == '-')).next())
        .map(str::to_lowercase);
    article && word.is_some_and(|w| EVENTS.contains(&w.as_str()))
}

/// Whether a heading is a path through an app's menus: "Skype > Einstellungen > Anrufe",
/// "Settings > Notifications" (two to five names of a word or three, no digits, one of them a
/// settings page's: not "Phase 1 > Phase 2", "Cost > benefit of the new plan", "Marketing >
/// Social Media").
pub(super) fn names_a_menu_path(heading: &str) -> bool {
    let parts: Vec<&str> = heading
        .trim()
        .trim_matches(['*', '_', '#', ' '])
        .split(" > ")
        .map(str::trim)
        .collect();
    // (One of the names a settings page's: not "Marketing > Social Media", "Design > Build".)
    const SETTINGS: [&str; 27] = [
        "settings",
        "preferences",
        "options",
        "einstellungen",
        "optionen",
        "paramètres",
        "réglages",
        "préférences",
        "configuración",
        "ajustes",
        "preferencias",
        "opciones",
        "configurações",
        "preferências",
        "opções",
        "impostazioni",
        "instellingen",
        "voorkeuren",
        "inställningar",
        "indstillinger",
        "innstillinger",
        "ustawienia",
        "nastavení",
        "настройки",
        "ayarlar",
        "asetukset",
        "beállítások",
    ];
    (2..=5).contains(&parts.len())
        && parts
            .iter()
            .any(|p| SETTINGS.contains(&p.to_lowercase().as_str()))
        && parts.iter().all(|p| {
            let words = p.split_whitespace().count();
            (1..=3).contains(&words)
                && !p.chars().any(|c| c.is_ascii_digit())
                && p.chars().next().is_some_and(char::is_uppercase)
        })
}

/// A chain of a plan's moments and the time between them that ends at the launch, as release
/// processes write it: "soft freeze → (4 weeks) → hard freeze → (1 week) → release day"
/// (an arrow "→", "&rarr;" or "->"). Each moment before the launch as its lower-case words
/// ("soft freeze", without "the"), with its days from the launch (-35, -7); empty when the
/// text writes no such chain. Only counts of days and weeks join the moments; a moment is
/// one to four words without a number (the first may follow a colon: "Fix the dates:
/// soft freeze → …").
pub(super) fn moments_before_launch(text: &str) -> Vec<(Vec<String>, i32)> {
    if !(text.contains('→') || text.contains("&rarr;") || text.contains("->")) {
        return Vec::new();
    }
    let arrows = text.replace("&rarr;", "→").replace("->", "→");
    let parts: Vec<&str> = arrows.split('→').map(str::trim).collect();
    let Some((last, before)) = parts.split_last() else {
        return Vec::new();
    };
    // The chain ends at the launch: "release day", "the launch", "go-live date".
    let last = last.trim_end_matches(['.', ';', ')']).to_lowercase();
    let launch = match hyphenated_words_of(&last).as_slice() {
        ["the", word] | [word] | ["the", word, "day" | "date"] | [word, "day" | "date"] => {
            names_the_launch_word(word)
        }
        _ => false,
    };
    if !launch {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut days = 0;
    let mut rest = before;
    while let [head @ .., moment, gap] = rest {
        let gap = gap.trim_matches(['(', ')', ' ']).to_lowercase();
        let count = match words_of(&gap).as_slice() {
            [n, unit] => n
                .parse::<i32>()
                .ok()
                .or_else(|| number_word(n))
                .zip(relative_unit(unit)),
            _ => None,
        };
        days += match count {
            Some((n, OffsetUnit::Days)) if n > 0 => n,
            Some((n, OffsetUnit::Weeks)) if n > 0 => n * 7,
            _ => break,
        };
        // The first moment may follow the lead-in's colon.
        let moment = if head.is_empty() {
            moment.rsplit(':').next().unwrap_or(moment)
        } else {
            moment
        };
        let lower = moment.to_lowercase();
        let mut words = words_of(&lower);
        if words.first() == Some(&"the") {
            words.remove(0);
        }
        if words.is_empty()
            || words.len() > 4
            || words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()))
        {
            break;
        }
        out.push((words.iter().map(|w| w.to_string()).collect(), -days));
        rest = head;
    }
    out
}

#[cfg(test)]
mod relative_tests {
    use super::*;

    fn rel(amount: i32, unit: OffsetUnit) -> Option<Offset> {
        Some(Offset { amount, unit })
    }

    #[test]
    fn times_relative_to_launch_in_the_ways_plans_write_them() {
        use OffsetUnit::*;
        assert_eq!(relative_in("## T-30 Days: Foundation"), rel(-30, Days));
        assert_eq!(relative_in("T-72h: freeze content"), rel(-72, Hours));
        assert_eq!(relative_in("Day 1 (T+1)"), rel(1, Days));
        assert_eq!(relative_in("Launch Day (T-0)"), rel(0, Days));
        assert_eq!(relative_in("D-14 review"), rel(-14, Days));
        assert_eq!(relative_in("Launch - 10 days"), rel(-10, Days));
        assert_eq!(relative_in("Release + 2 weeks"), rel(2, Weeks));
        assert_eq!(relative_in("L-10 days"), rel(-10, Days));
        for none in [
            "Cut the release-1.4 branch",
            "Train the L-2 support team",
            "Conference - 3 keynote speakers confirmed",
            "Launch — 3 cities",
        ] {
            assert_eq!(relative_in(none), None, "{none}");
        }
        assert_eq!(relative_in("Çalıştay+14 gün"), rel(14, Days));
        // Dutch.
        assert_eq!(relative_in("Twee weken vooraf"), rel(-2, Weeks));
        assert_eq!(relative_in("Een maand nadien"), rel(1, Months));
        assert_eq!(relative_in("De dag nadien"), rel(1, Days));
        // "voor" and "na" also mean "for": "3 dagen voor testen" is no count.
        assert_eq!(relative_in("Reserveer 3 dagen voor testen"), None);
        assert_eq!(relative_in("2 weken voor de lancering"), rel(-2, Weeks));
        assert_eq!(relative_in("Een week na de wedstrijd"), rel(1, Weeks));
        assert_eq!(relative_in("Vyhradit 3 dny na testování"), None);
        // Czech.
        assert_eq!(relative_in("Dva týdny předem"), rel(-2, Weeks));
        assert_eq!(relative_in("3 dny předem"), rel(-3, Days));
        assert_eq!(relative_in("Den předem"), rel(-1, Days));
        assert_eq!(relative_in("Týden předem"), rel(-1, Weeks));
        assert_eq!(relative_in("O týden později"), rel(1, Weeks));
        assert_eq!(launch_day_heading("Op de startdag"), rel(0, Days));
        assert_eq!(relative_in("Launch day checklist"), None);
        assert_eq!(relative_in("Launch-day test call booked"), None);
        assert_eq!(relative_in("D-day"), rel(0, Days));
        // Counts from another day are none from the launch.
        assert_eq!(relative_in("Wednesday, 2 weeks after sprint end"), None);
        assert_eq!(
            relative_in("Tuesday, 3 weeks after the 58.1 beta was cut"),
            None
        );
        assert_eq!(relative_in("3 weeks after the 2.0 release"), rel(3, Weeks));
        assert_eq!(relative_in("(3 days after cut-over)"), rel(3, Days));
        // Indonesian: "Rilis H-10" (ten days before hari H), "H+1".
        assert_eq!(relative_in("Rilis H-10:"), rel(-10, Days));
        assert_eq!(relative_in("H+1"), rel(1, Days));
        assert_eq!(relative_in("Visa H-1B holders"), None);
        assert_eq!(relative_in("H-3"), rel(-3, Days));
        for text in [
            "Accueil 9h-10h",
            "Réunion mardi, 10 h - 11 h",
            "Stand H-12, hall 3",
            "Order NVIDIA H-100 GPUs",
            "Review H-2 candidates",
        ] {
            assert_eq!(relative_in(text), None, "{text}");
        }
        assert_eq!(
            relative_in("Ancien hébergement résilié à J+30"),
            rel(30, Days)
        );
        assert_eq!(relative_in("J-2 : prévenir les clients"), rel(-2, Days));
        assert_eq!(launch_day_heading("Releasing Tessellate 3D"), rel(0, Days));
        assert_eq!(
            launch_day_heading("During the week of the release:"),
            rel(0, Days)
        );
        assert_eq!(launch_day_heading("After the release"), None);
        assert_eq!(launch_day_heading("During Launch"), rel(0, Days));
        assert_eq!(launch_day_heading("During the release"), rel(0, Days));
        assert_eq!(launch_day_heading("Moving day"), rel(0, Days));
        assert_eq!(
            launch_day_heading("During the launch of the docs site redesign"),
            None
        );
        assert_eq!(launch_day_heading("Post-migration day 1"), None);
        assert_eq!(launch_day_heading("Migration window"), None);
        assert_eq!(launch_day_heading("Week of the migration"), None);
        assert_eq!(launch_day_heading("During the migration"), None);
        // Steps of a release issue: a week before, just before, the release, just after.
        assert_eq!(
            relative_in("Step 2: a week before the release"),
            rel(-1, Weeks)
        );
        assert_eq!(
            launch_day_heading("Step 3: just before the release"),
            rel(0, Days)
        );
        assert_eq!(launch_day_heading("Step 4: the release"), rel(0, Days));
        assert_eq!(launch_day_heading("Right after launch"), rel(0, Days));
        assert_eq!(launch_day_heading("Just before lunch"), None);
        assert_eq!(launch_day_heading("The release"), None);
        assert_eq!(launch_day_heading("🌙 CUTOVER NIGHT"), rel(0, Days));
        assert_eq!(launch_week_heading("Stage 3: Next Morning"), rel(1, Days));
        assert_eq!(signed_count_heading("###  Minus 2 weeks"), rel(-2, Weeks));
        assert_eq!(signed_count_heading("Plus 3 days"), rel(3, Days));
        assert_eq!(signed_count_heading("Minus signs in the totals"), None);
        assert_eq!(signed_count_heading("Plus 2 more: stretch goals"), None);
        assert_eq!(relative_in("Plus 2 days for the legal review"), None);
        assert_eq!(launch_day_heading("Step 4: the release notes"), None);
        assert_eq!(launch_day_heading("Workstream: Release"), None);
        assert_eq!(launch_day_heading("Appendix: the launch"), None);
        assert_eq!(
            relative_in("post-event: day after, week after & month after"),
            None
        );
        assert_eq!(relative_in("### 3週間前"), rel(-3, Weeks));
        assert_eq!(
            relative_in("**Срок:** За 2 недели до запуска"),
            rel(-2, Weeks)
        );
        assert_eq!(relative_in("За 3 дня до запуска"), rel(-3, Days));
        assert_eq!(relative_in("Lansmandan 2 hafta önce"), rel(-2, Weeks));
        assert_eq!(relative_in("告知を共有（1週間前）"), rel(-1, Weeks));
        assert_eq!(relative_in("1日前"), rel(-1, Days));
        assert_eq!(relative_in("## 当日"), rel(0, Days));
        assert_eq!(relative_in("### Pre-Launch (Day -1)"), rel(-1, Days));
        assert_eq!(relative_in("Day +2: thank the backers"), rel(2, Days));
        assert_eq!(relative_in("Day 3-5: polish"), None);
        assert_eq!(relative_in("Log the day-one totals"), None);
        // Ukrainian, Norwegian, Swedish and Polish.
        assert_eq!(
            relative_in("### Phase 2: STABILIZATION (10 ДНІВ ПІСЛЯ СТАРТУ)"),
            rel(10, Days)
        );
        assert_eq!(relative_in("2 uker før lansering"), rel(-2, Weeks));
        assert_eq!(relative_in("3 dagar efter lanseringen"), rel(3, Days));
        assert_eq!(relative_in("2 tygodnie przed startem"), rel(-2, Weeks));
        assert_eq!(
            relative_in("## フェーズ 7（公開から 2 週間）"),
            rel(2, Weeks)
        );
        assert_eq!(relative_in("출시 후 2주"), rel(2, Weeks));
        assert_eq!(relative_in("发布后2周"), rel(2, Weeks));
        assert_eq!(relative_in("5月から2週間"), None);
        assert_eq!(relative_in("3주 전"), rel(-3, Weeks));
        assert_eq!(relative_in("发布后 2周后"), rel(2, Weeks));
        assert_eq!(relative_in("12:30までに受け取る"), None);
        assert_eq!(
            relative_in("Week before: warn the coordinators"),
            rel(-1, Weeks)
        );
        assert_eq!(relative_in("**The day before launch**"), rel(-1, Days));
        assert_eq!(relative_in("Hour before: health checks"), rel(-1, Hours));
        assert_eq!(relative_in("Day after"), rel(1, Days));
        assert_eq!(
            relative_in("GATE 1 — Vamos lançar? (4-6 semanas antes)"),
            rel(-4, Weeks)
        );
        assert_eq!(relative_in("Carrinho aberto (24h antes)"), rel(-24, Hours));
        assert_eq!(
            relative_in("Rückblick 2 Wochen nach dem Start"),
            rel(2, Weeks)
        );
        assert_eq!(relative_in("Bilan 3 jours après"), rel(3, Days));
        assert_eq!(relative_in("Hasta 3 semanas"), None);
        assert_eq!(signed_offset("+24h"), rel(24, Hours));
        assert_eq!(signed_offset("+2 days"), rel(2, Days));
        assert_eq!(signed_offset("+1"), None);
        // A span before the launch is due at its nearer end, one after it at its later end.
        assert_eq!(signed_offset("-15-12 months"), rel(-12, Months));
        assert_eq!(signed_offset("-90 days"), rel(-90, Days));
        assert_eq!(signed_offset("+1-2 weeks"), rel(2, Weeks));
        assert_eq!(signed_offset("-12-"), None);
        assert!(is_placeholder(" XXX ") && is_placeholder("TBD") && !is_placeholder("Mar 3"));
        // A status field inside a plain bullet.
        let item = |text: &str| ListItem {
            text: text.into(),
            ..ListItem::default()
        };
        assert!(
            done_state(&item(
                "Order the panels — Status: Zrobione; Priorytet: Normalne"
            ))
            .1
        );
        assert!(
            !done_state(&item(
                "Order the panels — Status: Do zrobienia; Rola: Zakupy"
            ))
            .1
        );
        assert!(!done_state(&item("Write the status report: due Friday")).1);
        for open in [
            "Belum selesai",
            "Nie gotowe",
            "Niezakończone",
            "Bijna klaar",
        ] {
            assert!(!super::super::says_done(open), "{open}");
        }
        assert_eq!(signed_offset("5:30"), None);
        assert_eq!(relative_in("Day before the demo we rehearse"), None);
        assert_eq!(
            relative_in("PRE-LAUNCH PREP (Night Before - Monday Evening)"),
            rel(-1, Days)
        );
        assert_eq!(relative_in("Prep (day before the demo)"), None);
        assert_eq!(relative_in("Day one of the beta"), None);
        assert_eq!(
            relative_in("B. (T-minus 23 working days) Cut-off"),
            rel(-23, WorkingDays)
        );
        assert_eq!(
            launch_week_heading("### Week -2: Groundwork"),
            rel(-8, Days)
        );
        assert_eq!(launch_week_heading("Week -1"), rel(-1, Days));
        assert_eq!(launch_week_heading("### Day After Launch"), rel(1, Days));
        assert_eq!(launch_week_heading("### Week After Launch"), rel(7, Days));
        assert_eq!(launch_week_heading("Week 2 review"), None);
        assert_eq!(
            relative_in("One year out: book the venue"),
            rel(-12, Months)
        );
        assert_eq!(relative_in("one day before the event"), rel(-1, Days));
        // A range of months: the end nearer the launch, however it is written.
        assert_eq!(relative_in("9-10 months out"), rel(-9, Months));
        assert_eq!(relative_in("4 to 9 Months Before"), rel(-4, Months));
        assert_eq!(countdown_heading("🌱 4 Months"), rel(-4, Months));
        assert_eq!(countdown_heading("3 Weeks"), rel(-3, Weeks));
        assert_eq!(countdown_heading("Phase 1 (2 weeks)"), None);
        assert_eq!(countdown_heading("Week 3"), None);
        assert_eq!(day_number_in("Day 3 (Wednesday 11AM): Email #2"), Some(3));
        assert_eq!(
            day_number_in("**Gate 1** (Day 2): supplier sign-off"),
            Some(2)
        );
        assert_eq!(
            day_number_in("ONGOING: Days 8-14 (Post-Launch Week)"),
            Some(14)
        );
        assert_eq!(day_number_in("Send it on launch day"), None);
        assert_eq!(day_number_in("Ngày 3-4"), Some(4));
        let month = |y, m| NaiveDate::from_ymd_opt(y, m, 1);
        assert_eq!(
            calendar_version_month("Release v26.10 Schedule"),
            month(2026, 10)
        );
        assert_eq!(calendar_version_month("2027.12"), month(2027, 12));
        assert_eq!(calendar_version_month("27.04.0 final"), month(2027, 4));
        assert_eq!(calendar_version_month("27.10.2 Maintenance Update"), None);
        assert_eq!(calendar_version_month("Python 3.11"), None);
        assert_eq!(calendar_version_month("v1.2.0"), None);
        assert_eq!(calendar_version_month("v26.13"), None);
        assert_eq!(calendar_version_month("26.10.2027"), None);
        assert_eq!(day_number_in("Tag 5: Tests"), Some(5));
        assert_eq!(day_number_in("Días 8-14"), Some(14));
        assert_eq!(day_number_in("Montag 5"), None);
        assert_eq!(day_number_in("Thursday, Jun 6 - #tag 100%"), None);
        assert_eq!(day_number_in("tag 3 issues"), None);
        assert_eq!(day_number_in("One chat update per day (7)"), None);
        assert_eq!(week_end_day_in("Tuần 2 (Ngày 8-14)"), Some(14));
        assert_eq!(week_end_day_in("Semana 3"), Some(21));
        // Day 0: dated only around a day the count marks (the launch's), not from a start.
        assert_eq!(day_number_in("Day 0"), Some(0));
        assert_eq!(
            offset_marker("Book the hall (T-14d)"),
            ("Book the hall", rel(-14, Days))
        );
        assert_eq!(
            offset_marker("Launch Day (T-0)"),
            ("Launch Day (T-0)", None)
        );
        assert_eq!(offset_marker("(T+1d)"), ("", rel(1, Days)));
        assert_eq!(
            offset_marker("Send it (to T+2w)"),
            ("Send it (to T+2w)", None)
        );
        assert_eq!(relative_in("## T-Minus 2 Weeks"), rel(-2, Weeks));
        assert_eq!(
            relative_in("Book the venue 2 weeks before launch"),
            rel(-2, Weeks)
        );
        assert_eq!(relative_in("## 9-10 Months Out"), rel(-9, Months));
        assert_eq!(relative_in("Survey 3 days after launch"), rel(3, Days));
        assert_eq!(relative_in("Order 30 t-shirts"), None);
        assert_eq!(relative_in("Wave 2 - 40 testers"), None);
    }
}

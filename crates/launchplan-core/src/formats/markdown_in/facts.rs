//! The facts a plan states in "Key: date" lines ("Launch:", "Last updated:", "Start date:", "Moving
//! day:"), and what a title or an issue's lines say about the plan's day: the words the reader
//! weighs before it decides which day a plan counts to.

use super::launch;
use super::text::*;
use super::{OPENINGS, REGISTRATIONS};
use crate::plan::dates::find_date;
use chrono::NaiveDate;

/// "Event date" in Korean, Japanese and Chinese ("이벤트 일시: 3/15 (목) 14:00", "開催日時",
/// "活动时间"): the label of the event's date and time.
pub(super) const EVENT_DATE_LABELS: [&str; 9] = [
    "이벤트 일시",
    "행사 일시",
    "이벤트 날짜",
    "행사 날짜",
    "행사일",
    "開催日",
    "開催日時",
    "活动时间",
    "活动日期",
];

/// The plan facts a "Key: date" line can state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Fact {
    WrittenOn,
    Launch,
    LastUpdated,
    NextReview,
    SprintStart,
    /// "Campaign start (Day 1)", "Start date": the plan's start, also its launch when it names
    /// no other.
    Start,
    /// "Launch Countdown: 10 days remaining": checked by the lint, not stored.
    Countdown,
    /// "Timeline: Mar 6-13, 2027": the span of days the plan covers; its undated tasks are due
    /// by its end.
    Span,
    /// A line that names a launch in other words ("Public Launch: April 1, 2026", "Cut-over
    /// date: …", "GA: …"), ranked: a public or target launch (3) over a plain one (2) over a
    /// beta, pilot or rehearsal (1). Kept as content as well: it may say more than the date.
    LaunchLike(u8),
    /// "Moving day: …", "Migration date: …", "Switchover: …": the day a move cuts over, the
    /// launch when nothing else names one.
    MoveDay,
    /// "Solveig confirmed the window: …": the day someone settled for the work, the launch
    /// when neither a line nor the title names one (the last one said wins).
    SettledDay,
}

impl Fact {
    pub(super) fn named(key: &str) -> Option<Fact> {
        if colon_in_code_span(key) {
            return None;
        }
        let key = key
            .trim()
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        Some(match key.as_str() {
            // German, Dutch, Czech, Swedish "Datum": a date, as "Date:".
            "current date" | "date" | "datum" | "today" | "as of" | "status as of" | "plan date"
            // "Written:", "Created:", Korean 작성일, Japanese 作成日, Chinese 创建日期, German
            // "Erstellt am", Persian "تاریخ ایجاد", Vietnamese "Ngày tạo": the day the plan was
            // written.
            | "written" | "written on" | "created" | "created on" | "created date"
            | "creation date" | "date created" | "작성일" | "作成日"
            | "创建日期" | "erstellt" | "erstellt am" | "تاریخ ایجاد" | "ngày tạo" => Fact::WrittenOn,
            "target launch" | "launch date" | "launch" | "go-live" | "go live"
            // Hungarian "Élesítés" (going live); Armenian "Գործարկում" (putting into service).
            | "target launch date" | "élesítés" | "գործարկում"
            // Macedonian "Лансирање" (the launch).
            | "лансирање"
            // Hebrew: the launch date, the launch, going live.
            | "תאריך השקה" | "מועד השקה" | "השקה" | "עלייה לאוויר" => Fact::Launch,
            // "Data Prevista: ~30/03/2027", "Expected date": when the plan expects to be done.
            "data prevista" | "fecha prevista" | "date prévue" | "expected date"
            | "expected launch" | "expected release" | "estimated launch"
            // "Recommended Date: March 8, 2027 (Sunday) at 1:30 AM", "Proposed date:": the day
            // put forward for the plan's work, as an expected one.
            | "recommended date" | "proposed date" | "planned date" | "scheduled date"
            // Hebrew: the planned time, the planned date.
            | "מועד מתוכנן" | "תאריך מתוכנן" => {
                Fact::LaunchLike(2)
            }
            // Bulgarian, Russian and Serbian too ("Последно обновяване", "Обновлено").
            "last updated" | "updated" | "last update" | "последно обновяване"
            | "последна редакция" | "обновлено" | "последнее обновление" | "ažurirano"
            // Spanish, Portuguese, French, Italian and German.
            // ("Última actualización" stays a line of the plan's own, as it was.)
            | "actualizado" | "atualizado" | "mis à jour" | "aggiornato" | "aktualisiert"
            | "zuletzt aktualisiert"
            // Armenian "Վերջին թարմացում" (last update); Vietnamese "Cập nhật lần cuối".
            | "վերջին թարմացում" | "cập nhật lần cuối" | "cập nhật" => Fact::LastUpdated,
            "next review" | "review date" => Fact::NextReview,
            "sprint start" | "sprint starts" | "sprint start date" => Fact::SprintStart,
            "launch countdown" | "countdown" => Fact::Countdown,
            // The event's date and time in Korean, Japanese and Chinese ("이벤트 일시: 3/15 (목)
            // 14:00", "開催日時", "活动时间"): as "Event date".
            _ if EVENT_DATE_LABELS.contains(&key.as_str()) => {
                return Fact::launch_like("event date")
            }
            // Thai "ช่วงเวลา" (the period the plan covers).
            "timeline" | "sprint timeline" | "project timeline" | "ช่วงเวลา" | "sprint dates"
            | "sprint window"
            // Macedonian and Russian "Период" over the plan's first and last day.
            | "период" => Fact::Span,
            _ => {
                return Fact::launch_like(&key)
                    .or_else(|| Fact::start(&key))
                    .or_else(|| Fact::move_day(&key))
            }
        })
    }

    /// "Campaign start (Day 1)", "Beta start", "Kickoff", "Start date": the day the plan counts
    /// its days from.
    fn start(key: &str) -> Option<Fact> {
        let words: Vec<&str> = key
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        // "Projektstart", "Projektbeginn": a start in one German word.
        let starts = words.iter().any(|w| {
            // (Georgian "დაწყება", the start.)
            // (Estonian "Algus", Slovenian "Začetek", Croatian "Početak".)
            [
                "start",
                "starts",
                "kickoff",
                "begins",
                "დაწყება",
                "algus",
                "začetek",
                "početak",
                // (Icelandic "Upphaf", Catalan "Inici", Spanish "Inicio", Portuguese "Início",
                // Italian "Inizio", French "Début", "Démarrage": the start.)
                "upphaf",
                "inici",
                "inicio",
                "início",
                "inizio",
                "début",
                "démarrage",
                // Basque "Hasiera" (the start).
                "hasiera",
            ]
            .contains(w)
                || w.len() > 7 && (w.ends_with("start") || w.ends_with("beginn"))
        });
        // "Semester started: 1 September", Kazakh "Семестр басталды": a term's start told as
        // past (not "Work started: Jan 8", a line of a status report).
        let term_started = words.len() == 2
            && ["semester", "семестр", "term", "course", "sprint", "project"].contains(&words[0])
            && ["started", "began"].contains(&words[1]);
        let starts = starts || term_started;
        // "Readiness check before kickoff", "Retro after kickoff": a day counted from the
        // start, not the start.
        let relative = words
            .iter()
            .any(|w| ["before", "after", "until", "ahead"].contains(w));
        (starts && !relative && words.len() <= 5 || names_day_one(key)).then_some(Fact::Start)
    }

    /// "Moving day", "Move date", "Migration day", "Switchover", "Changeover (is set)": a key
    /// that opens with a move's day (not "Database migration date", "Remove day passes").
    fn move_day(key: &str) -> Option<Fact> {
        let words = words_of(key);
        if Fact::confirmed_day(&words) {
            return Some(Fact::SettledDay);
        }
        let (first, rest) = words.split_first()?;
        let day = match rest.first() {
            // "Migration night is set: Saturday 8 December 2029, from 22:00 UTC."
            Some(&("day" | "date" | "night" | "weekend" | "window")) => &rest[1..],
            _ if ["switchover", "changeover"].contains(first) => rest,
            _ => return None,
        };
        let said = matches!(day, [] | ["is"] | ["is", "set"] | ["set"]);
        (said && ["moving", "move", "migration", "switchover", "changeover"].contains(first))
            .then_some(Fact::MoveDay)
    }

    /// "Solveig confirmed the window", "We agreed the date", "Team picked the weekend": a
    /// key that says who settled the day of the work (a comment under a cut-over's issue), the
    /// launch when nothing else names one. The settled word ends the key, right after the verb
    /// or its article; not "Confirmed the date of the kickoff" or "Window cleaning".
    fn confirmed_day(words: &[&str]) -> bool {
        let settled = [
            "confirmed",
            "agreed",
            "fixed",
            "picked",
            "chose",
            "booked",
            "approved",
        ];
        let Some(at) = words.iter().position(|w| settled.contains(w)) else {
            return false;
        };
        let rest = &words[at + 1..];
        let rest = match rest {
            ["the" | "our" | "a" | "new" | "on", tail @ ..] => tail,
            _ => rest,
        };
        words.len() <= 6
            && at <= 2
            && matches!(
                rest,
                ["window" | "date" | "day" | "weekend" | "night"]
                    | [
                        "cutover" | "migration" | "switchover",
                        "window" | "date" | "day"
                    ]
            )
    }

    /// "Дата митапа", "Fecha del evento", "Data dell'evento", "Date of the meetup": the date
    /// word first, then (after "of", "de", "del", …) the event's.
    fn date_of_event(words: &[&str]) -> bool {
        let Some((first, rest)) = words.split_first() else {
            return false;
        };
        let linking = [
            "of",
            "the",
            "our",
            "de",
            "del",
            "della",
            "dell",
            "do",
            "da",
            "l",
            "la",
            "el",
            "der",
            "des",
            "проведения",
        ];
        let mut rest = rest.iter().skip_while(|w| linking.contains(w));
        // (Russian "мероприятие" is an event here only: elsewhere it is as often a measure.)
        let event =
            |w: &str| launch::EVENTS.contains(&w) || ["мероприятия", "мероприятие"].contains(&w);
        ["date", "дата", "fecha", "data", "datum"].contains(first)
            && rest.next().is_some_and(|w| event(w))
            && rest.next().is_none()
    }

    /// How strongly a key names the launch (see [`Fact::LaunchLike`]); None when it does not.
    fn launch_like(key: &str) -> Option<Fact> {
        // A defence (Estonian, Croatian, Slovenian, Polish, Czech, English) and the words of a
        // thesis it is of (the first letters of their forms: "rada", "diplomskog", "lõputöö").
        const DEFENCES: [&str; 8] = [
            "kaitsmine",
            "obrana",
            "zagovor",
            "obrona",
            "obhajoba",
            "defense",
            "defence",
            "viva",
        ];
        const THESES: [&str; 12] = [
            "thesis",
            "dissertation",
            "rad",
            "diplom",
            "završn",
            "magist",
            "lõputöö",
            "töö",
            "pracy",
            "práce",
            "naloge",
            "zaključn",
        ];
        let words: Vec<&str> = key
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let has = |w: &str| words.contains(&w);
        let joined = words.join(" ");
        // "Target general availability (Wave 4 start)": the launch, in other words.
        // (Not "General availability + 30 days review": a day after it.)
        let bare = key
            .split('(')
            .next()
            .unwrap_or_default()
            .trim()
            .to_lowercase();
        let bare = bare.trim_end_matches(|c: char| !c.is_alphanumeric());
        if [
            "general availability",
            "general availability date",
            "general availability day",
        ]
        .iter()
        .any(|g| bare.ends_with(g) && words_of(bare).len() <= 4)
            // "Available to everyone (if approved):", Irish "Ar fáil do chách": the same.
            || ["available to everyone", "available to all", "ar fáil do chách"].contains(&bare)
        {
            return Some(Fact::LaunchLike(3));
        }
        // "Symposium dates", "Hackathon day", "Summit starts": the day an event counts to.
        let event_day = words.windows(2).any(|pair| {
            launch::EVENTS.contains(&pair[0])
                && [
                    "date", "dates", "day", "days", "start", "starts", "weekend", "günü", "tag",
                    "día", "dia", "jour", "giorno", "den", "datum",
                ]
                .contains(&pair[1])
        }) || Fact::date_of_event(&words);
        // "Next meetup: Thursday 9 September 2027", "Upcoming conference: …": the event the
        // plan is run for, named with its date (a plain "Workshop: …" may be one of many);
        // "Current event:" atop a meetup's organising page, the one its boxes are ticked for.
        let next_event = words.len() >= 2
            && words.len() <= 4
            && (["next", "upcoming"].contains(&words[0])
                && words.last().is_some_and(|w| launch::EVENTS.contains(w))
                // (Not "Current workshop:", one of a series in a status line.)
                || words == ["current", "event"])
            // "Culminating activity: Research colloquium, Friday, April 12, 2030": the event a
            // school's calendar of activities leads up to.
            || words.len() == 2
                && words[0] == "culminating"
                && ["activity", "event"].contains(&words[1]);
        let opening = words.first().is_some_and(|w| OPENINGS.contains(w))
            || words.len() >= 2
                && ["grand", "official", "soft"].contains(&words[0])
                && OPENINGS.contains(&words[1]);
        // "Fecha de lanzamiento: …", "Data de lançamento", "Veröffentlichung", "Date de
        // lancement", "Data di lancio", "Ngày ra mắt": the launch in other languages.
        let names_launch = [
            "launch",
            "release",
            "ga",
            "cutover",
            "golive",
            "relaunch",
            "lanzamiento",
            "lançamento",
            "lancement",
            "lancio",
            "veröffentlichung",
            "markteinführung",
            "marktstart",
            "запуск",
            "запуска",
            "релиз",
            "релиза",
            "lansman",
            "lansmanı",
            "lancering",
            "lanceringsdatum",
            "livegang",
            "releasedatum",
            "launchdatum",
            // Czech: release, launch.
            "vydání",
            "spuštění",
            // Romanian, Norwegian and Swedish, Ukrainian, Finnish, Hungarian: the launch.
            "lansare",
            "lansarea",
            "lansering",
            "lanseringen",
            "lanseringsdato",
            "запуску",
            "julkaisu",
            "lanseeraus",
            "indulás",
            // Georgian: the launch ("გაშვება").
            "გაშვება",
            // Indonesian and Malay: "Tanggal rilis", "Tarikh pelancaran".
            "rilis",
            "peluncuran",
            "pelancaran",
            // Icelandic: a release, and what opens ("Sjálfvirkt reikningaflæði opnað", the
            // automatic invoice flow opened; "Opnun vefsins").
            "útgáfa",
            "útgáfudagur",
            "opnað",
            "opnuð",
            "opnaður",
            "opnun",
            // Catalan: the launch.
            "llançament",
        ]
        .iter()
        .any(|w| has(w))
            // Bulgarian "Целева дата за пускане" (the launch last; not "Пускане на бюлетина",
            // sending the newsletter out, nor "Пробно пускане", a trial run).
            || words
                .last()
                .is_some_and(|w| ["пускане", "пускането"].contains(w))
                && !words.iter().any(|w| launch::LESSER_LAUNCHES.contains(w))
            // Vietnamese, and Chinese, Japanese and Korean words (written without spaces:
            // "发布日期", "オープン日", "오픈 목표일").
            || [
                "ra mắt", "发布", "上线", "リリース", "ローンチ", "公開日", "発売", "출시", "오픈",
                "런칭", "론칭",
            ]
            .iter()
            .any(|w| key.contains(w))
                // (Not a review before it: "上线评审 (Go/No-Go)", the go-live review; "上线（评审通过
                // 后）", going live after the review, is the launch.)
                && !["评审", "审核", "评估", "レビュー", "判定", "리뷰", "검토"]
                    .iter()
                    .any(|w| key.split(['(', '（']).next().unwrap_or_default().contains(w))
            // "Opening date", "Grand opening", "Abertura prevista do carrinho": an opening that
            // leads the key is the day it opens ("Apertura de inscripciones", registration,
            // is not).
            || opening && !words.iter().any(|w| REGISTRATIONS.contains(w))
            // Slovenian "Zagon aplikacije" (not "Zagon projekta", a project's kick-off).
            || has("zagon") && !words.iter().any(|w| w.starts_with("projekt") || *w == "dela")
            // Croatian and Slovenian "Predaja rada" (handing the thesis in; not "Predaja
            // ključev", the keys).
            || matches!(words.as_slice(), ["predaja", what, ..] if THESES.iter().any(|t| what.starts_with(t)))
            // A thesis's or a course's last day, its defence, in so many words ("Kaitsmine:",
            // "Thesis defense:", "Obrana rada:"; not "Defense drill", "Obrana od DDoS napada").
            || words.first().is_some_and(|w| DEFENCES.contains(w))
                && (words.len() == 1
                    || words[1..].iter().all(|w| {
                        ["date", "day", "datum", "kuupäev", "termin"].contains(w)
                            || THESES.iter().any(|t| w.starts_with(t))
                    }))
            || words.len() >= 2
                && DEFENCES.contains(&words[words.len() - 1])
                && words[..words.len() - 1]
                    .iter()
                    .all(|w| THESES.iter().any(|t| w.starts_with(t)))
            // Thai: the day it opens for use ("กำหนดเปิดให้ใช้งานจริง").
            || ["เปิดให้ใช้งาน", "เปิดใช้งาน"].iter().any(|w| key.contains(w))
            || event_day
            || next_event
            // "**Fall 2030 commencement:**", "Graduation ceremony:": the ceremony a school's
            // plan of deadlines leads up to (its term or year before it at most).
            || (1..=4).contains(&words.len())
                && words.iter().any(|w| ["commencement", "graduation", "convocation"].contains(w))
                && words.iter().all(|w| {
                    ["commencement", "graduation", "convocation", "ceremony", "date", "day"]
                        .contains(w)
                        || ["fall", "autumn", "winter", "spring", "summer"].contains(w)
                        || w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
                        || w.split('-').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
                })
            // "Race:", "Race day:": the race a training plan builds up to (the key alone, not
            // "Race condition fix").
            || matches!(words.as_slice(), ["race"] | ["race", "day" | "date"])
            || ["go live", "cut over", "general availability"]
                .iter()
                .any(|p| joined.contains(p))
            // "Production (target):", Bosnian "Produkcija (cilj):": the day the work goes into
            // production, named first in a short key.
            || words.len() <= 3
                && words
                    .first()
                    .is_some_and(|w| ["production", "produkcija", "produkciju"].contains(w))
            // "Target completion:", "Target end date:" (of a programme the plan runs to its
            // end; not a bare "End date:", a beta's last day).
            || has("target")
                && ["completion", "end", "finish", "complete"]
                    .iter()
                    .any(|w| has(w));
        let not_the_day = [
            // Indonesian: a candidate, notes, a branch, a freeze, a meeting, preparation.
            "kandidat",
            "catatan",
            "cabang",
            "pembekuan",
            "rapat",
            "persiapan",
            "countdown",
            "readiness",
            "review",
            "freeze",
            "candidate",
            "notes",
            "branch",
            "plan",
            "checklist",
            "owner",
            "lead",
            "manager",
            "window",
            "status",
            "version",
            "train",
            // "Last release:", "Последний релиз" (the one before, not the plan's).
            "last",
            "previous",
            "последний",
            "предыдущий",
        ];
        // "Beta target:", "Target for beta:", Bulgarian "Таргет за бета:": the beta the plan
        // leads to, ranked as a beta launch (a launch named outright outranks it).
        let beta_target = words.len() <= 4
            && ["target", "goal", "таргет", "цел"].iter().any(|w| has(w))
            && ["beta", "бета"].iter().any(|w| has(w));
        if beta_target {
            return Some(Fact::LaunchLike(1));
        }
        // "Target cutover window: Saturday 12 June 2027, 06:00-09:00": a cut-over's window is
        // hours of its day (a launch window spans days).
        let cutover_window = has("window")
            && (has("cutover") || joined.contains("cut over") || joined.contains("go live"));
        // "Généralisation à tous les producteurs (lancement)": a step of the plan that its
        // aside names the launch, however long its name.
        let aside_names_launch = key
            .split_once('(')
            .and_then(|(_, aside)| aside.split(')').next())
            .is_some_and(|aside| {
                [
                    "launch",
                    "lancement",
                    "lanzamiento",
                    "lançamento",
                    "lancio",
                    "go-live",
                    "go live",
                    "release",
                ]
                .contains(&aside.trim().to_lowercase().as_str())
            });
        if !names_launch
            || words.len() > 5 && !aside_names_launch
            || not_the_day
                .iter()
                .any(|w| has(w) && !(*w == "window" && cutover_window))
        {
            return None;
        }
        let major = [
            "public", "official", "target", "ga", "general", "final", "cutover", "relaunch",
        ];
        // (The next meetup ranks as a beta does: a launch named in the content outranks it.)
        let rank = if next_event || launch::LESSER_LAUNCHES.iter().any(|w| has(w)) {
            1
        } else if major.iter().any(|w| has(w))
            || joined.contains("go live")
            || joined.contains("cut over")
        {
            3
        } else {
            2
        };
        Some(Fact::LaunchLike(rank))
    }
}

/// "Target Wedding Date:", "Gala day:" in a plan whose title names that wedding or gala: the
/// day the plan counts down to (a cousin's wedding in a holiday's plan is not).
pub(super) fn date_of_the_titles_occasion(key: &str, title: &str) -> bool {
    let key = key.to_lowercase();
    let title = title.to_lowercase();
    let (key_words, title_words) = (words_of(&key), words_of(&title));
    key_words.len() <= 4
        && key_words.windows(2).any(|w| {
            ["wedding", "gala"].contains(&w[0])
                && ["date", "day"].contains(&w[1])
                && title_words.contains(&w[0])
        })
}

/// "redis `{"start": "2028-03-13T17:00"}`": the key before a colon opens a code span the colon
/// is inside, so the colon ends no label.
pub(super) fn colon_in_code_span(key: &str) -> bool {
    key.matches('`').count() % 2 == 1
}

/// Whether a title names an event a plan is run for ("# May meetup", "# Workshop 4: …"), not a
/// document about one ("# Event retrospective", "# Conference talk proposal").
pub(super) fn title_names_an_event(title: &str) -> bool {
    let lower = title.to_lowercase();
    let words = words_of(&lower);
    words.iter().any(|w| names_an_event(w)) && !words.iter().any(|w| NOT_THE_OCCASION.contains(w))
}

/// An event a title names when a plan is run for one: those whose day a plan counts to, and a
/// workshop or an offsite (not "event" or "fair": "Event tracking", "Fair usage").
fn names_an_event(word: &str) -> bool {
    DAY_EVENTS.contains(&word)
        // A race, in Czech ("Checklist přípravy na závod"; English "race" is also a bug's).
        || ["workshop", "offsite", "závod", "závodu"].contains(&word)
}

/// Words of a title that make it a document about an occasion, or dated as one, not its plan
/// ("# Launch retrospective 2027-03-15", "# Launch plan — updated 2027-01-15").
const NOT_THE_OCCASION: [&str; 25] = [
    "report",
    "retro",
    "retrospective",
    "summary",
    "proposal",
    "handbook",
    "notes",
    "feedback",
    "policy",
    "review",
    "minutes",
    "template",
    "guide",
    "kickoff",
    "planning",
    "post",
    "updated",
    "draft",
    "reviewed",
    "readiness",
    "sponsorship",
    "migration",
    "statusbericht",
    // After an outage: "# Outage postmortem - 15 February 2028", "# Incident: …".
    "postmortem",
    "incident",
];

/// Whether a title names a release or an event (or carries a version number): what a date in
/// it is the day of ("# 2.3.1 リリース作業 on 2027-06-29", "# Spring Meetup - 13 May 2027"; not
/// "# Status report 2027-03-01").
pub(super) fn title_names_an_occasion(title: &str) -> bool {
    let lower = title.to_lowercase();
    let words = words_of(&lower);
    // A document about it, or one dated as a document ("Launch plan — updated 2027-01-15").
    if words
        .iter()
        .any(|w| NOT_THE_OCCASION.contains(w) || ["plan", "checklist", "status"].contains(w))
    {
        return false;
    }
    words.iter().any(|w| is_occasion(w))
        || lower.contains("go-live")
        || lower.contains("go live")
        || ["リリース", "発売", "公開", "发布", "上线", "출시", "오픈"]
            .iter()
            .any(|w| lower.contains(w))
        // "2.3.1", "v4.2": a version (not "15.03.2027", a date).
        || title.split_whitespace().any(|w| {
            let w = w.trim_start_matches(['v', 'V']);
            w.split('.').count() >= 2
                && w.split('.').all(|p| {
                    !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit())
                })
        })
}

/// Whether the date a title writes from `date_at` (a byte offset) is the day of its occasion:
/// a title that names one (see [`title_names_an_occasion`]), or one whose date follows the
/// occasion and "on" ("# Checklist for the Open Methods talk on 2029-02-21", "# Launch plan
/// for the release on 3 May 2028"; not "# Launch plan on 2027-01-15", a document's day).
pub(super) fn title_dates_its_occasion(title: &str, date_at: usize) -> bool {
    if title_names_an_occasion(title) {
        return true;
    }
    let before = title.get(..date_at).unwrap_or_default().to_lowercase();
    let words = words_of(&before);
    // The date ends the title ("# Board presentation on 2029-02-21: Q3 launch plan" is a
    // presentation's day, the plan for another thing).
    let after = find_date(&title[date_at..], NaiveDate::default())
        .and_then(Result::ok)
        .and_then(|p| title.get(date_at + p.span.end..))
        .unwrap_or_default();
    let not_the_occasion = words
        .iter()
        .any(|w| NOT_THE_OCCASION.contains(w) || *w == "status");
    let ends = after
        .trim_matches(|c: char| !c.is_alphanumeric())
        .is_empty();
    // "# Huskeliste – foredrag "Trækfugle over Als", torsdag 15. marts 2029 kl. 19.00": the
    // list for a talk or an event, its day (and the time it starts) ending the title.
    let at_a_time = || {
        let after = after.trim();
        after.split_whitespace().count() <= 3 && super::time_of_day_in(after).is_some()
    };
    !not_the_occasion
        && (ends
            && matches!(words.as_slice(), [.., occasion, "on"] if is_occasion(occasion) || TALKS.contains(occasion))
            || (ends || at_a_time())
                && words.iter().any(|w| TALKS.contains(w) || names_an_event(w)))
}

/// The occasion a title says it prepares for: what is left of it without the words that call
/// it a preparation or a checklist ("開源節" of "# 開源節 籌備 checklist", "DataFest" of "#
/// DataFest prep checklist"). None when the title has no such word or nothing is left.
pub(super) fn prepared_occasion(title: &str) -> Option<&str> {
    const PREPARATION: [&str; 17] = [
        "籌備",
        "筹备",
        "準備",
        "准备",
        "준비",
        "checklist",
        "清單",
        "清单",
        "チェックリスト",
        "체크리스트",
        "todo",
        "to-do",
        "prep",
        "preparation",
        "preparations",
        "tasks",
        "待办",
    ];
    const SEPARATORS: [char; 6] = [' ', ':', '-', '–', '—', '·'];
    let mut name = title.trim();
    let mut stripped = false;
    loop {
        let trimmed = name.trim_end_matches(SEPARATORS);
        let Some(word) = PREPARATION.iter().find(|w| {
            trimmed.len() > w.len()
                && trimmed.is_char_boundary(trimmed.len() - w.len())
                && trimmed[trimmed.len() - w.len()..].eq_ignore_ascii_case(w)
        }) else {
            break;
        };
        name = &trimmed[..trimmed.len() - word.len()];
        stripped = true;
    }
    let name = name.trim_end_matches(SEPARATORS);
    (stripped && name.chars().filter(|c| c.is_alphanumeric()).count() >= 2).then_some(name)
}

/// A release, a launch, a cut-over or an event a plan is run for (see [`names_an_event`]), in
/// the languages the reader knows.
fn is_occasion(word: &str) -> bool {
    [
        "launch",
        "release",
        "ship",
        "golive",
        "cutover",
        "rilis",
        "peluncuran",
        "lanzamiento",
        "lancement",
        "lançamento",
        "lancio",
        "veröffentlichung",
        "релиз",
        "запуск",
        // A maintenance window: the day it is offline ("Tesserae Offline for Maintenance -
        // February 15, 2028: 8 am -12 pm ET").
        "maintenance",
        "outage",
        "downtime",
    ]
    .contains(&word)
        || names_an_event(word)
}

/// "**hedda** commented on 14 Sep 2027", "ravi-k commented on 2027-06-12": the line an issue's
/// thread puts over each comment (a name, then "commented on" and its day).
pub(super) fn is_comment_line(line: &str) -> bool {
    let lower = line.to_lowercase();
    // Only that: a handle, then a day and nothing more ("A customer commented on 3 things in
    // the survey:" is a sentence). In other languages too ("**hvirta** kommentoi 12.10.2028",
    // "**li** 留言（2029-08-14）").
    [
        " commented on ",
        " kommentoi ",
        " kommenterte ",
        " kommenterede ",
        " kommenterade ",
        " kommentierte am ",
        " a commenté le ",
        " comentó el ",
        " comentou em ",
        " 留言",
    ]
    .iter()
    .find_map(|w| lower.split_once(w))
    .is_some_and(|(who, when)| {
        who.split_whitespace().count() == 1
            && find_date(when, NaiveDate::default()).is_some_and(|p| {
                p.is_ok_and(|p| {
                    when[p.span.end..]
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .is_empty()
                })
            })
    })
}

/// Whether a field that says when the work is scheduled only bounds its day: "Scheduled: After
/// the March 7, 2027 regional assembly", "Timing: before the spring term" (not "Scheduled:
/// March 8, 2027").
pub(super) fn bounds_the_day(key: &str, value: &str) -> bool {
    let key = key.trim().trim_matches(|c: char| !c.is_alphanumeric());
    let value = value.trim().trim_start_matches(['*', '_']).to_lowercase();
    ["scheduled", "timing", "when"].contains(&key.to_lowercase().as_str())
        && ["after ", "before ", "not before "]
            .iter()
            .any(|w| value.starts_with(w))
}

/// Whether a field's key says when the plan's subject happens, in words of its own rather than
/// "Launch" or "Release" ("Goes out", "Ships", "Airs", "When", "Due", "Deadline", "ETA", "Air
/// date"): one to three words, of which the last says when, and none makes it something else
/// (a freeze, a beta, the opening of registration: "Release freeze", "Registration deadline").
pub(super) fn top_field_names_the_day(key: &str) -> bool {
    let lower = key
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let words = words_of(&lower);
    const WHEN: &[&str] = &[
        "when",
        "eta",
        "ships",
        "airs",
        "drops",
        "lands",
        "premieres",
        "publishes",
        "out",
        "live",
    ];
    const WHEN_AFTER: &[(&str, &str)] = &[
        ("goes", "out"),
        ("going", "out"),
        ("goes", "live"),
        ("going", "live"),
        ("ship", "date"),
        ("air", "date"),
        ("publish", "date"),
        ("publication", "date"),
        ("premiere", "date"),
        ("drop", "date"),
        ("delivery", "date"),
    ];
    let Some(&last) = words.last() else {
        return false;
    };
    // "Due:", "Deadline:" alone: the plan's own ("RSVPs due", "Submission deadline" are
    // what others owe it).
    let says_when = WHEN.contains(&last)
        || words.len() >= 2 && WHEN_AFTER.contains(&(words[words.len() - 2], last))
        || matches!(words.as_slice(), ["due"] | ["deadline"])
        // (In other languages: Slovenian, Croatian, Polish and Czech "Rok", German and Nordic
        // "Frist", Portuguese "Prazo", Spanish "Plazo", Italian "Scadenza", French "Échéance",
        // Russian "Срок".)
        || matches!(
            words.as_slice(),
            ["rok" | "frist" | "prazo" | "plazo" | "scadenza" | "échéance" | "срок"]
        );
    let something_else = words.iter().any(|w| {
        launch::OPENS_BEFORE.contains(w)
            || launch::LESSER_LAUNCHES.contains(w)
            || [
                "freeze", "notes", "review", "cutoff", "cut-off", "early", "bird",
            ]
            .contains(w)
    });
    (1..=3).contains(&words.len())
        && says_when
        && !something_else
        && !crate::schedule::gates::is_gate(&lower)
}

/// "Data: giovedì 8 marzo 2029, 9:30–17:00 · Sede: Sala Ciampi · Referente: …": a line of an
/// event's facts, its date field first and a venue beside it (after "·", "|" or ";"). Its day
/// is the event's: the date field's value, when the line is one.
pub(super) fn date_beside_venue<'v>(key: &str, value: &'v str) -> Option<&'v str> {
    let label = |k: &str| {
        k.trim()
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let dates = ["date", "datum", "data", "fecha", "дата"];
    let venues = [
        "venue",
        "location",
        "place",
        "where",
        "sede",
        "luogo",
        "lugar",
        "local",
        "lieu",
        "ort",
        "место",
        "dove",
        "dónde",
        "où",
        "wo",
    ];
    // (Not a call: "Location: Zoom" is a meeting's.)
    let online = [
        "zoom", "meet", "teams", "online", "video", "call", "jitsi", "webex", "slack",
    ];
    let key = label(key);
    let mut fields = value.split(['·', '|', ';']);
    let date = fields.next()?;
    ((dates.contains(&key.as_str()) || WHEN_WORDS.contains(&key.as_str()))
        && fields.any(|field| {
            field.split_once(':').is_some_and(|(k, v)| {
                venues.contains(&label(k).as_str())
                    && !words_of(&v.to_lowercase())
                        .iter()
                        .any(|w| online.contains(w))
            })
        }))
    .then_some(date)
}

/// Whether a field's key is the first day of a count of weeks: "Week 1, Day 1: Monday 2
/// September 2030" (not "Day 1: Apr 15", a heading of an event's first day).
pub(super) fn names_day_one(key: &str) -> bool {
    words_of(&key.to_lowercase()) == ["week", "1", "day", "1"]
}

//! Which lines of a schedule are notes rather than tasks: questions, roles and contacts,
//! criteria, fields of the work, rules and warnings, quantities, names; and every line of a
//! section or subheading about people, goals, questions or rules, or one that sums the plan up.
//! The rules are written down in `docs/importer.md`.

use super::blocks::ListItem;
use super::is_gate;
use super::text::*;
use super::{opens_with_a_verb, time_of_day_in, Cursor, PlanReader};
use crate::plan::dates::find_date;
use crate::plan::Block as PlanBlock;

/// The last word of a section title that names the work of the section ("## Venue tasks",
/// "Team checklist", German "Team-Aufgaben"), whatever the words before it.
const WORK_WORDS: &[&str] = &[
    "tasks",
    "todo",
    "todos",
    "checklist",
    "aufgaben",
    "tâches",
    "tareas",
    "tarefas",
    "taken",
    "zadania",
    "úlohy",
    "úkoly",
    "compiti",
];
impl PlanReader {
    /// Whether the open section sums the plan up ("tl;dr", "Summary", "Key dates", "At a
    /// glance", in a title of at most three words): its bullets repeat what the schedule says.
    pub(super) fn in_summary(&self) -> bool {
        let Some(section) = self.plan.sections.last() else {
            return false;
        };
        let title = section.title.to_lowercase().replace("tl;dr", "tldr");
        // "## 0. The whole picture (TL;DR)": a title of any length that says in its aside that
        // it sums the plan up.
        let aside = title
            .rsplit_once('(')
            .and_then(|(_, rest)| rest.trim_end().strip_suffix(')'))
            .map(str::trim);
        if aside.is_some_and(|a| ["tldr", "summary", "overview"].contains(&a)) {
            return true;
        }
        let words: Vec<&str> = title
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        if summary_for_someone(&words) {
            return true;
        }
        let pair = |a: &str, b: &str| words.windows(2).any(|w| w[0] == a && w[1] == b);
        // Vietnamese writes a word in syllables: "Tổng quan" (overview), "Tóm tắt" (summary)
        // are one word of two, so "Tổng Quan Tháng 9" (overview of month 9) is as short a
        // title as "Overview September".
        if words.len() <= 4 && vietnamese_summary(&words) {
            return true;
        }
        // A short title of its own: "Recent session summary (Feb 9-10)" reports on work done.
        words.len() <= 3
            && words.iter().any(|w| {
                ["tldr", "summary", "overview", "highlights"].contains(w)
                    || SUMMARIES.contains(w)
                    // Thai writes no spaces: "ภาพรวมโครงการ" (the project's overview), "สรุป".
                    || w.starts_with("ภาพรวม")
                    || w.starts_with("สรุป")
            })
            || pair("key", "dates")
            || pair("a", "glance")
                && !self
                    .lines
                    .get(&section.id)
                    .is_some_and(|line| self.glances_ahead.contains(line))
    }

    /// Whether a bullet without a checkbox is a note rather than a task: a question, a role or
    /// contact ("Beta lead: Priya Raman"), a criterion or definition, an address; or any bullet
    /// of a section about people, goals or questions. The rules are in `docs/importer.md`.
    pub(super) fn reads_as_note(&self, text: &str) -> bool {
        // (A dated gate among the notes of a meeting, "membership freeze from 2028-02-28", is a
        // decision point all the same.)
        // (Under "**Agenda**:", "- 09:00 Doors open" is an event's timetable, not a topic.)
        // (Under "**Çıktılar:**", "✅ Yaka kartları basıldı" tells work done: read as it was
        // before the Azerbaijani and Turkish output words.)
        let notes_label = self.notes_label
            && !(self.turkic_output_label && super::tells_done_in_a_turkic_past(text));
        if self.in_details
            || notes_label
                && !(is_gate(text) && find_date(text, self.context).is_some_and(|p| p.is_ok()))
                && !(self.agenda_label && super::time_of_day_in(text).is_some())
        {
            return true;
        }
        let text = text.trim();
        if self.instructions_label
            && find_date(text, self.context).is_none()
            && relative_in(text).is_none()
        {
            return true;
        }
        let lower = text.to_lowercase();
        if text.ends_with('?') || remarks_on_the_line_above(&lower) || points_at_items(&lower) {
            return true;
        }
        if defines_a_term(text) && self.find(text).is_none() && relative_in(text).is_none() {
            return true;
        }
        if allows_only_from_a_point(&lower) {
            return true;
        }
        // (Under a heading that dates it, "Speakers are notified" is that day's milestone.)
        let dated_heading = self.relative_by_level.iter().any(Option::is_some)
            || self.period_by_level.iter().any(Option::is_some)
            // (A week of the plan's count, "## Week 2", dates what is under it too.)
            || self.week_by_level.iter().any(Option::is_some)
            || self.week_by_label.iter().any(Option::is_some)
            || self.cursor == Cursor::Day
            || matches!(
                self.plan.sections.last().and_then(|s| s.blocks.last()),
                Some(PlanBlock::Schedule(g)) if g.period.is_some()
            );
        // (Nor one with a deadline: "Invoices are sent by Friday", "… reviewed before close".)
        let deadline = [" by ", " before ", " until ", " no later than "]
            .iter()
            .any(|w| {
                lower.split(w).skip(1).any(|rest| {
                    let next = rest.split_whitespace().next().unwrap_or_default();
                    let next = next.trim_matches(|c: char| !c.is_alphanumeric());
                    next.starts_with(|c: char| c.is_ascii_digit())
                        || ["end", "eod", "noon", "tomorrow", "close", "launch", "today"]
                            .contains(&next)
                        || crate::plan::dates::weekday_named(next).is_some()
                        || crate::plan::dates::month_named(next).is_some()
                })
            });
        if states_how_it_is_done(text)
            && !dated_heading
            && !deadline
            && self.find(text).is_none()
            && relative_in(text).is_none()
        {
            return true;
        }
        // "Used for the campaign photos and video" under a batch of prototypes: what the thing
        // the list is about serves for, its subject left out ("[they are] used for …").
        // (Not a label over work, "Used as backup: test the old mixer", nor "used to", what
        // a thing once was: "Used to be the storage van, so clear it out first".)
        if tells_what_it_is_used_for(&lower)
            && !text.contains([':', '：'])
            && self.find(text).is_none()
            && relative_in(text).is_none()
        {
            return true;
        }
        // "収入: 18,500", "Drinks: €41.20", "Budget: 2 000 kr": a figure of the accounts.
        // (An amount has a currency's sign or word, or thousands set apart: not "Doors: 8.30",
        // a time, nor "Dry runs: 2", a count.)
        if let Some((label, value)) = text.split_once([':', '：']) {
            let value = value.trim();
            let lower = value.to_lowercase();
            const CURRENCIES: [&str; 7] = ["円", "kr", "zł", "eur", "usd", "yen", "won"];
            // (And the signs of the baht, the rupee, the lira, the rouble, the hryvnia, the
            // dong, the peso, the naira, the shekel, the tenge and the lari: "ทีมหลัก: ฿420,000".)
            const SIGNS: &str = "€$£¥￥₩฿₹₺₽₴₫₱₦₪₸₾";
            let unit = lower.split_whitespace().any(|w| CURRENCIES.contains(&w))
                || value.ends_with('円')
                || value.contains(|c| SIGNS.contains(c));
            let thousands = value.as_bytes().windows(5).any(|w| {
                w[0].is_ascii_digit() && w[1] == b',' && w[2..].iter().all(u8::is_ascii_digit)
            });
            let amount = lower
                .trim_end_matches('円')
                .split_whitespace()
                .filter(|w| !CURRENCIES.contains(w))
                .all(|w| {
                    w.chars()
                        .all(|c| c.is_ascii_digit() || ",.'-+−".contains(c) || SIGNS.contains(c))
                });
            let figure = value.chars().any(|c| c.is_ascii_digit()) && amount && (unit || thousands);
            // (Not a day: "Beta: 2027-03-01" is a milestone.)
            if figure
                && !label.trim().is_empty()
                && label.split_whitespace().count() <= 4
                && find_date(value, self.context).is_none()
                && relative_in(text).is_none()
            {
                return true;
            }
        }
        // "**Patch change** — Timeline: 30 days; Scope: fixes only": a thing described by its
        // fields, two or more set apart by semicolons (not a task with its owner, status or
        // day: "Deploy — Owner: Ana; Status: open").
        if describes_by_fields(text) && find_date(text, self.context).is_none() {
            return true;
        }
        // "If release day is a Friday, …": a branch of the plan, not a step of it.
        if lower.starts_with("if ") || lower.starts_with("unless ") {
            return true;
        }
        // "Shop availability (target: 99.9%+)": a measure and its target.
        if lower.contains("(target") {
            return true;
        }
        // "Milestone plan: https://…": a reference to another page, not a step.
        if let Some((key, value)) = text.split_once(':') {
            let value = value.trim();
            // (Not a sentence before it: "Call for volunteers is open: https://…" is a post.)
            let sentence = key.contains(['!', '.'])
                || key
                    .to_lowercase()
                    .split_whitespace()
                    .any(|w| ["is", "are", "was", "were", "has", "have", "will"].contains(&w));
            if !key.contains('/')
                && !sentence
                && (value.starts_with("http://") || value.starts_with("https://"))
                && !value.contains(char::is_whitespace)
            {
                return true;
            }
            // "Milestone: `v2.4`", "Branch: `release-2.4`": a name to look a thing up by, one
            // code span and nothing else (not a step, "Run: `make dist`").
            let inside = value.strip_prefix('`').and_then(|v| v.strip_suffix('`'));
            let span = inside.is_some_and(|v| !v.is_empty() && !v.contains(['`', ' ']));
            // "Most firms at once while the waivers last: `2`": a number alone in the span is a
            // quantity the label describes, in as many words as it takes (eight at most).
            let number = inside.is_some_and(|v| {
                v.starts_with(|c: char| c.is_ascii_digit())
                    && v.chars().all(|c| c.is_ascii_digit() || ".,%".contains(c))
            });
            let label_words = key.split_whitespace().count();
            // (Words alone before it, no mark of a state, "✅ Table: `log`"; and no day in the
            // span, "Onboarding starts: `2027-03-02`".)
            if span
                && !sentence
                && key
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == ' ' || c == '-')
                && ((1..=3).contains(&label_words) || number && label_words <= 8)
                && self.find(value).is_none()
                && !super::opens_with_a_verb(key)
                && !is_gate(text)
            {
                return true;
            }
        }
        let words = |s: &str| -> Vec<String> {
            s.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        };
        const ROLES: [&str; 22] = [
            "chair",
            "host",
            "organiser",
            "organizer",
            "lead",
            "owner",
            "coordinator",
            "manager",
            "contact",
            "contacts",
            "rota",
            "champion",
            "dri",
            "email",
            "slack",
            "channel",
            "sponsor",
            "pm",
            "escalation",
            "oncall",
            "approver",
            "team",
        ];
        const ABOUT: [&str; 49] = [
            // "Risk: rollback is slow", "Note: …": what the plan says about itself.
            "risk",
            "note",
            // "**Phase 1 (Foundation):** core features": a list that defines the phases.
            "phase",
            "stage",
            "deliverable",
            "deliverables",
            "outcome",
            "findings",
            "learnings",
            "observations",
            "blockers",
            "criteria",
            "criterion",
            "goal",
            "goals",
            "kpi",
            "definition",
            "purpose",
            "scope",
            "success",
            "why",
            // "**Status:** Live", "Impact: none", "Duration: 20-30 minutes": fields of what the
            // plan describes.
            "status",
            "impact",
            "duration",
            "downtime",
            "details",
            "objective",
            "result",
            "results",
            "location",
            "venue",
            "budget",
            "cost",
            "estimate",
            "effort",
            "priority",
            "description",
            "summary",
            "context",
            // "Time: 30 min", "Agenda: findings", "Format: async": the fields of a meeting.
            "time",
            "agenda",
            "format",
            "attendees",
            "participants",
            "audience",
            "where",
            "length",
            "frequency",
            "tijd",
        ];
        // The criteria of success in French, Spanish, Portuguese, Italian, German, Polish and
        // Russian ("Critères de succès : adoption ≥ 50 %", "Criterios de éxito: …"), and what
        // must be known first ("Prérequis : …", "Voraussetzungen: …"): fields of what the plan
        // describes, as "criteria" and "success" are in English; but only over a value that
        // asks for no work (see `asks_for_work`).
        const CRITERIA: [&str; 15] = [
            "critères",
            "critère",
            "criterios",
            "criterio",
            "critérios",
            "critério",
            "criteri",
            "kriterien",
            "kryteria",
            "критерии",
            "prerequisites",
            "prérequis",
            "prerrequisitos",
            "prerequisiti",
            "voraussetzungen",
        ];
        if let Some((label, value)) = text.split_once(':') {
            let label = words(&label.to_lowercase().replace("on-call", "oncall"));
            // ("Phase 3: Build - Weeks 5-9": a phase of the plan's count of weeks is its work.)
            let counted = weeks_at_the_end(value).is_some();
            // (A role word inside a step's label is no role: "Order long-lead parts: …" opens
            // with its verb; "Review owner: Ana" ends with the role.)
            let step = label.len() >= 2
                && opens_with_a_verb(&label[0])
                && !label.last().is_some_and(|w| ROLES.contains(&w.as_str()));
            if !label.is_empty()
                && !counted
                && label.len() <= 4
                && label
                    .iter()
                    .any(|w| ROLES.contains(&w.as_str()) && !step || ABOUT.contains(&w.as_str()))
            {
                return true;
            }
            // ("Prérequis : savoir enfiler une aiguille.", "Critères GO :" over its list; not
            // "Prerequisites: buy harnesses", "Voraussetzungen: Raum buchen", work.)
            if !label.is_empty()
                && !counted
                && label.len() <= 4
                && label.iter().any(|w| CRITERIA.contains(&w.as_str()))
                && !asks_for_work(value)
            {
                return true;
            }
            // "Niveau : intermédiaire.", "Level: beginner", "Dificultad: media": how hard the
            // sheet's subject is, a word or two without a number, under a label of that one
            // word (not "Level 2: wire the boards", a stage of the work).
            const LEVELS: [&str; 8] = [
                "level",
                "niveau",
                "nivel",
                "livello",
                "difficulty",
                "difficulté",
                "dificultad",
                "schwierigkeit",
            ];
            if let [only] = label.as_slice() {
                if LEVELS.contains(&only.as_str())
                    && (1..=2).contains(&value.split_whitespace().count())
                    && !value.chars().any(|c| c.is_ascii_digit())
                {
                    return true;
                }
            }
        }
        // A contact: an address and little else ("Ana Ruiz — ana@example.org", "Support:
        // help@…"); not a step that names where to write ("Write to the coordinators at
        // course@…, they will help find mentors").
        let address = |w: &str| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.contains('@') && w.contains('.') && !w.starts_with('@')
        };
        if lower.split_whitespace().any(address)
            && (text.contains(':')
                || lower
                    .split_whitespace()
                    .filter(|w| !address(w) && w.chars().any(char::is_alphabetic))
                    .count()
                    <= 6)
        {
            return true;
        }
        if is_quantity(text) && self.find(text).is_none() && relative_in(text).is_none() {
            return true;
        }
        // "Week 1: 5-8 teams", "Launch day: 80% of testers active": a target for a time.
        let labelled = text.contains(':').then(|| without_urls(text));
        if let Some((_, value)) = labelled.as_deref().and_then(|t| t.split_once(':')) {
            let value = value.trim();
            // ("Jam: 14th – 16th" gives days of a month, not a count.)
            if is_quantity(value)
                && !only_ordinal_days(value)
                && self.find(value).is_none()
                && relative_in(value).is_none()
                && time_of_day_in(value).is_none()
            {
                return true;
            }
        }
        if is_name_field(text) || is_blank_field(text) {
            return true;
        }
        if states_a_measure(text) {
            return true;
        }
        // An agenda's sessions without a time or a date ("Week 1 Agenda": "Kick-off", "Design
        // walkthrough") are what happens, not work to do; an agenda with times is a schedule.
        // In an event's timed agenda, "Optional dinner at the Cellar Bar" is what guests may
        // join, not work to do.
        if self.timed_agenda_level.is_some() && super::tables::opens_with_word(text, &["optional"])
        {
            return true;
        }
        let title = self.section_title();
        if words_of(&title).contains(&"agenda")
            && self.timed_agenda_level.is_none()
            && time_of_day_in(text).is_none()
            && self.find(text).is_none()
            && relative_in(text).is_none()
        {
            return true;
        }
        if (self.in_facts_section() || self.under_goals_heading())
            && self.find(text).is_none()
            && relative_in(text).is_none()
            // (Narrowed after review: under "## See also", a chore without a link, "Ask Maria
            // for the new price sheet", stays a task; the section lists pages to read.)
            && !(opens_with_a_verb(text) && !text.contains("](") && self.under_see_also())
        {
            return true;
        }
        // "## Project deliverables" over "1. **Source code:** the repository and its tests":
        // what the project hands over, listed once for the whole plan (its work is scheduled
        // elsewhere). Undated, straight under the section (a week's "### Deliverables" lists
        // its work).
        if self.in_deliverables_section()
            && self.cursor == Cursor::Section
            && self.find(text).is_none()
            && relative_in(text).is_none()
        {
            return true;
        }
        // In an issue's thread, a dated line of a comment's list is not in the description's
        // last section ("## Release notes" over "- Last merge by **6 Jan**"); the rest of the
        // comments' bullets (opinions, questions) stay notes there.
        // (Nor a dated bullet under "Ideas for later": "Multi-currency totals — July 15, 2030"
        // is planned.)
        // "Council: 0123 456" under "## Contacts and checklist": who to call, not work.
        if self.contact_under_work_title(text) {
            return true;
        }
        if self.work_under_why(text) {
            return false;
        }
        let dated = || self.find(text).is_some_and(|p| p.is_ok());
        self.in_note_section()
            && !(self.in_thread && dated())
            && !(self.under_ideas_for_later() && dated())
    }

    /// Whether a list defines its terms: two bullets or more, each a term in bold, then a dash
    /// and what it is or does ("- **Shop owner** — sees the goods and orders by phone", "1.
    /// **Reordering** — reminding the owner of goods running low"), the roles or the parts of
    /// what the plan builds, told, not steps. No box, no term with a figure ("**Week 1** —
    /// …"), no day or time from the launch in the line, and no meaning that opens with a step's
    /// verb ("**Design** — finish the mockups"). Only in the plan's opening, before its first
    /// section, where it says what the plan is about (a list under a section's heading, "## Part
    /// 3: Work", may be its work), in a plan that has sections; the caller leaves out lists under
    /// a dated heading.
    pub(super) fn defines_terms(&self, items: &[ListItem]) -> bool {
        // (A plan with no section headings is all opening: its one list is its work, "-
        // **Posters** — 50 copies for the library".)
        self.has_sections
            && self
                .plan
                .sections
                .last()
                .is_none_or(|section| section.title.is_empty())
            && items.len() >= 2
            && items.iter().all(|item| {
                let lead = item.lead.trim();
                let meaning = item
                    .text
                    .trim_start()
                    .strip_prefix(lead)
                    .map(str::trim_start)
                    .and_then(|rest| rest.strip_prefix(['—', '–']))
                    .map(str::trim)
                    .unwrap_or_default();
                item.task.is_none()
                    && !lead.is_empty()
                    && lead.split_whitespace().count() <= 5
                    && !lead.chars().any(|c| c.is_ascii_digit())
                    && meaning.chars().any(char::is_alphabetic)
                    && !opens_with_an_imperative(meaning)
                    && self.find(&item.text).is_none()
                    && relative_in(&item.text).is_none()
                    && !is_gate(&item.text)
            })
    }

    /// Whether the open section lists the project's deliverables and nothing more ("##
    /// Deliverables", "## Project Deliverables", Spanish "## Entregables del proyecto",
    /// Bosnian "## Obavezni deliverable-i"): the word opens or closes a title of two or three
    /// words, with no period, milestone or checklist beside it ("Key Milestones &
    /// Deliverables" and "Deliverables Checklist" are the plan's work).
    fn in_deliverables_section(&self) -> bool {
        let Some(section) = self.plan.sections.last() else {
            return false;
        };
        let lower = section.title.to_lowercase();
        let head = lower.split('(').next().unwrap_or_default();
        let words: Vec<&str> = head
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| w.chars().any(char::is_alphabetic))
            .collect();
        let deliverable = |w: &&str| {
            w.starts_with("deliverable") || ["entregables", "entregáveis", "livrables"].contains(w)
        };
        let work = |w: &&str| {
            w.starts_with("milestone")
                || ["checklist", "timeline", "schedule", "tasks", "and"].contains(w)
        };
        // (A bare "## Deliverables" may list the work itself: the files a close yields.)
        (2..=3).contains(&words.len())
            && [words.first(), words.last()]
                .into_iter()
                .flatten()
                .any(deliverable)
            && !words.iter().any(work)
            && self.find(&section.title).is_none()
            && relative_in(&section.title).is_none()
            && !is_gate(&section.title)
    }

    /// Whether the open section or subheading is "Ideas for later", "Future ideas".
    fn under_ideas_for_later(&self) -> bool {
        let ideas = |title: &str| {
            let lower = title.to_lowercase();
            let words: Vec<String> = words_of(&lower).iter().map(|w| w.to_string()).collect();
            is_ideas_for_later(&words)
        };
        let Some(section) = self.plan.sections.last() else {
            return false;
        };
        ideas(&section.title)
            || section.blocks.last().is_some_and(|b| match b {
                PlanBlock::Schedule(g) => ideas(&g.label),
                _ => false,
            })
    }

    /// Whether the innermost heading over the list asks what the plan is to achieve ("### What
    /// we want to achieve", "## What we hope to accomplish", "What success looks like"): the
    /// goals it lists are told, not work (see [`names_goals`]).
    fn under_goals_heading(&self) -> bool {
        let Some(section) = self.plan.sections.last() else {
            return false;
        };
        let under_heading = matches!(self.cursor, Cursor::Block | Cursor::Day);
        match section.blocks.last().filter(|_| under_heading) {
            Some(PlanBlock::Schedule(g)) => names_goals(&g.label),
            Some(_) => false,
            None => names_goals(&section.title),
        }
    }

    /// Whether the innermost heading over the list ends by introducing conditions ("### Go if",
    /// "### Stop if (any one stops the launch)", "### Ready for Public Launch When:", Hebrew
    /// "### השדרוג הצליח אם:"): what it lists must hold, it is not work to tick off.
    pub(super) fn under_conditions_heading(&self) -> bool {
        let Some(section) = self.plan.sections.last() else {
            return false;
        };
        let under_heading = matches!(self.cursor, Cursor::Block | Cursor::Day);
        // "## Go/No-Go criteria" over "### Must have" and "### Nice to have": how binding the
        // conditions under it are, conditions all the same.
        let graded = |title: &str| grades_requirements(title) && weighs_going_ahead(&section.title);
        match section.blocks.last().filter(|_| under_heading) {
            Some(PlanBlock::Schedule(g)) => states_conditions(&g.label) || graded(&g.label),
            Some(PlanBlock::Decision(d)) => states_conditions(&d.title) || graded(&d.title),
            Some(_) => false,
            None => states_conditions(&section.title),
        }
    }

    /// Whether an open box under a subheading that only grades a go/no-go's conditions ("##
    /// Launch criteria" over "### Required") asks for work all the same: it opens with a verb
    /// of work ("Write the data protection impact assessment", "Book the transmitter
    /// engineer"), so it stays a task; "At least 40 cakes on the menu" is a condition.
    pub(super) fn graded_work(&self, text: &str) -> bool {
        let Some(section) = self.plan.sections.last() else {
            return false;
        };
        let under_heading = matches!(self.cursor, Cursor::Block | Cursor::Day);
        let label = match section.blocks.last().filter(|_| under_heading) {
            Some(PlanBlock::Schedule(g)) => &g.label,
            Some(PlanBlock::Decision(d)) => &d.title,
            _ => return false,
        };
        !states_conditions(label)
            && grades_requirements(label)
            && weighs_going_ahead(&section.title)
            && super::opens_with_a_verb(text)
    }

    /// Whether the innermost subheading over the list names papers to have ("### Required
    /// documents" under a schedule; see [`names_required_papers`]).
    fn block_names_papers(&self) -> bool {
        matches!(
            self.plan.sections.last().and_then(|s| s.blocks.last()),
            Some(PlanBlock::Schedule(g)) if names_required_papers(&g.label)
        )
    }

    /// Whether the open section says what holds, what is left out or how choices are made
    /// ("## Known Limits (sent to every firm)", "Prizes", "Work rhythm", "Labels", "Good to
    /// know", "Not planned", "What stays the same", "How the dates are picked"): its undated
    /// bullets are notes (a dated one stays a task: "Weekly rhythm" may list the reviews).
    pub(super) fn in_facts_section(&self) -> bool {
        let title = self
            .plan
            .sections
            .last()
            .map(|s| s.title.to_lowercase())
            .unwrap_or_default();
        let title = title.split('(').next().unwrap_or_default();
        let words = words_of(title);
        let words: Vec<&str> = words
            .into_iter()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .collect();
        let noun = words.len() <= 2
            && words.last().is_some_and(|w| {
                [
                    "limits",
                    "limitations",
                    "prizes",
                    "awards",
                    "rhythm",
                    "labels",
                    "联系方式",
                ]
                .contains(w)
            });
        let phrase = words.join(" ");
        let opens = [
            "good to know",
            "not planned",
            "out of scope",
            "what stays the same",
            "what changes for you",
            "what does not change",
        ]
        .iter()
        .any(|p| phrase.starts_with(p))
            || [
            // "## See also", Spanish "## Ver también", German "Siehe auch", …: pages to read
            // next, each a link and what it holds ("Board - a traffic light per area"), not
            // work (a dated line there stays a task).
            "see also",
            "ver también",
            "ver tambien",
            "veja também",
            "ver também",
            "voir aussi",
            "siehe auch",
            "vedi anche",
            "zie ook",
            "zobacz też",
            "zobacz także",
            "se även",
            "se også",
            "katso myös",
            "lihat juga",
            "см также",
            "див також",
            // "## Please note", German "Bitte beachten", Spanish "Tenga en cuenta", French "À
            // noter": what to keep in mind (a dated line there stays a task).
            "please note",
            "bitte beachten",
            "tenga en cuenta",
            "ten en cuenta",
            "à noter",
            "nota bene",
        ]
        .iter()
        // (Narrowed after review: the words are the whole title, an aside in brackets aside;
        // "## Please note: tasks for volunteers" names work.)
        .any(|p| phrase == *p)
            // The same in Malayalam, "## ശ്രദ്ധിക്കുക" (please note), and Hindi, "## ध्यान दें"
            // (pay attention), whose vowel signs split the words above.
            || ["ശ്രദ്ധിക്കുക", "ध्यान दें"]
                .iter()
                .any(|w| title.trim_start_matches(|c: char| !c.is_alphabetic()).starts_with(w));
        let how = words.first() == Some(&"how")
            && words
                .iter()
                .any(|w| ["decide", "decided", "picked", "chosen"].contains(w));
        noun || opens || how
    }

    /// Whether the open section is titled "See also" (in English: the chores a reader may
    /// write there are told by an English verb).
    fn under_see_also(&self) -> bool {
        let title = self.section_title().to_lowercase();
        let title = title.split('(').next().unwrap_or_default();
        words_of(title).join(" ") == "see also"
    }

    /// Whether the open section or subheading is about people, goals, questions or rules
    /// rather than work ("Team roles", "Open questions", "### Dependencies", "If we roll back"),
    /// or sums the plan up: what it lists are notes.
    pub(super) fn in_note_section(&self) -> bool {
        let words = |s: &str| -> Vec<String> {
            s.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        };
        let title = self
            .plan
            .sections
            .last()
            .map(|s| s.title.to_lowercase().replace("tl;dr", "tldr"))
            .unwrap_or_default();
        // A section titled as a question ("What changes this cycle?") answers it (unless it
        // asks what to do: "What now?", "What's next?", Hindi "अब क्या करना है?").
        let asks_what_to_do = || {
            let words = words(&title);
            title.contains("to do")
                || title.contains("करना")
                // "What does the schedule look like?", Marathi "कसे असेल … वेळापत्रक?" (how
                // will the timetable be): the question the dates under it answer.
                || title.contains("वेळापत्रक") && ["कसे", "काय"].iter().any(|w| title.contains(w))
                || words
                    .iter()
                    .any(|w| ["done", "next", "now"].contains(&w.as_str()))
                // (What or how the schedule is, not "Why did the schedule slip?", "Can the
                // timeline change?".)
                || words.first().is_some_and(|w| ["what", "how", "when"].contains(&w.as_str()))
                    && words.iter().any(|w| {
                        ["schedule", "timetable", "timeline"].contains(&w.as_str())
                    })
                    // (Nor how it was made, "How was this schedule made?", "How the timeline
                    // was worked out?": the method, told.)
                    && !words.iter().any(|w| {
                        [
                            "change", "changed", "slip", "slipped", "why", "made", "built",
                            "worked", "calculated", "derived", "created", "drawn",
                        ]
                        .contains(&w.as_str())
                    })
        };
        if title.trim_end().ends_with('?') && !asks_what_to_do() || self.in_summary() {
            return true;
        }
        let section = words(&title);
        // "## Why this is conservative", Irish "Cén fáth a bhfuil sé seo coimeádach", German
        // "Warum wir klein anfangen": the reasons for the plan, told (as "## Rationale" is), not
        // work to do. (A title that only says "Why" is left alone.)
        if why_section(&section) {
            return true;
        }
        // "## What depends on what", Spanish "Qué depende de qué": how the work hangs together,
        // told ("Closed beta → Bank import confidence"), not more work. (The verb, not the noun:
        // "## Dependency upgrades" is work.)
        if section.len() <= 6 && section.iter().any(|w| DEPENDS.contains(&w.as_str())) {
            return true;
        }
        // "### Key messages", Spanish "Mensajes clave", "## Talking points": what is to be said,
        // words, not steps.
        if section.len() <= 4 && says_key_messages(&section) {
            return true;
        }
        // "# Past Jams", "## Previous releases": the earlier editions, listed with their links
        // and months, history (not "Past due", work that is late).
        if let [first, second, ..] = section.as_slice() {
            if section.len() <= 3
                && ["past", "previous"].contains(&first.as_str())
                && second != "due"
            {
                return true;
            }
        }
        // "## History of this list", Czech "Historie tohoto seznamu", Spanish "Historia de este
        // documento": the page's own past, dated lines of what was done to it
        // ("20. 9. 2027 – created from the general process"), told, not work to do.
        if let Some((first, rest)) = section.split_first() {
            const HISTORY: [&str; 8] = [
                "history",
                "historie",
                "historia",
                "historique",
                "historial",
                "história",
                "storia",
                "geschiedenis",
            ];
            const THIS: [&str; 14] = [
                "this", "tohoto", "této", "tohto", "tejto", "dieser", "dieses", "denne", "dette",
                "deze", "dit", "este", "esta", "cette",
            ];
            // The page itself, not a plan or project whose history is work to write.
            const PAGE: [&str; 16] = [
                "list",
                "page",
                "document",
                "doc",
                "checklist",
                "file",
                "issue",
                "sheet",
                "seznamu",
                "dokumentu",
                "stránky",
                "souboru",
                "zoznamu",
                "documento",
                "lista",
                "página",
            ];
            // (Not "## History" alone: a school's or a museum's plan has work under it.)
            if HISTORY.contains(&first.as_str())
                && rest.len() <= 3
                && rest.iter().any(|w| THIS.contains(&w.as_str()))
                && rest.last().is_some_and(|w| PAGE.contains(&w.as_str()))
            {
                return true;
            }
        }
        // Vietnamese writes "notes" and "goals" in two words ("## Mục tiêu", "## Ghi chú").
        // "Change history", "Known issues", Azerbaijani "Dəyişikliklər Tarixi" (the history of
        // changes) and "Məlum Problemlər" (known problems): what happened and what is wrong,
        // told, not work to do.
        if [
            ["mục", "tiêu"],
            ["ghi", "chú"],
            ["change", "history"],
            ["revision", "history"],
            // "## Page history", "## Document history": the page's own edits, told.
            ["page", "history"],
            ["document", "history"],
            ["known", "issues"],
            ["known", "problems"],
            ["dəyişikliklər", "tarixi"],
            ["məlum", "problemlər"],
        ]
        .iter()
        .any(|pair| {
            section
                .windows(2)
                .take(1)
                .any(|w| w[0] == pair[0] && w[1] == pair[1])
        }) || section.len() >= 4
            && section[..3] == ["changes", "to", "this"]
            // (Of the page: not "Changes to this year's festival", changes to make.)
            && ["page", "document", "doc", "wiki", "plan", "file", "calendar", "schedule"]
                .contains(&section[3].as_str())
        {
            // ("## Changes to this calendar", "Changes to this page": the same, dated.)
            return true;
        }
        // "## Current status", Bulgarian "Текущо състояние", Russian "Текущий статус" and
        // nothing more: how things stand, told in fields ("Sprint day: 6 / 14"; its boxes stay
        // tasks). ("Current status and next steps" holds work too.)
        if [
            ["current", "status"],
            ["текущо", "състояние"],
            ["текущий", "статус"],
            ["текущее", "состояние"],
            ["estado", "actual"],
            ["trenutno", "stanje"],
        ]
        .iter()
        .any(|pair| section.len() == 2 && section[0] == pair[0] && section[1] == pair[1])
        {
            return true;
        }
        // "When to roll back", Indonesian "Kapan rollback", Dutch "Wanneer terugdraaien",
        // "Rollback triggers": the conditions a rollback waits on, not its steps.
        if rollback_conditions(&section) || left_out(&section) {
            return true;
        }
        // A section that only applies if something happens ("If we roll back", "Red flags: pause
        // if") holds a branch of the plan, not its tasks.
        // "What to Expect During the Move": what users will see, not what the team does.
        // ("Day 1 (Tuesday, or Wednesday if we slip)" is a day of the plan all the same.)
        // ("4-week rollout (if approved)" is the plan's own path once its decision is taken.)
        let if_approved = section.windows(2).any(|w| {
            w[0] == "if"
                && ["approved", "accepted", "agreed", "go", "greenlit"].contains(&w[1].as_str())
        });
        if section
            .iter()
            .any(|w| w == "if" && !if_approved || w == "expect")
            && day_number_in(&title).is_none()
        {
            return true;
        }
        // The same in another language, the title opening with its word for "if" (Hebrew "### אם
        // יש שגיאת 500", German "## Wenn der Shop ausfällt", Indonesian "## Kalau Ada Masalah").
        if opens_with_a_foreign_if(&section) && day_number_in(&title).is_none() {
            return true;
        }
        // Hindi "निष्कर्ष" (the conclusion) and "सिफारिशें" (recommendations): a verdict and
        // advice. (Their vowel signs split the words above.)
        // Bengali "সুপারিশ" (recommendation) and "উপসংহার" (conclusion) the same.
        if title.contains("निष्कर्ष")
            || title.contains("सिफारिश")
            || title.contains("সুপারিশ")
            || title.contains("উপসংহার")
        {
            return true;
        }
        // Thai writes no spaces between words and its vowel signs split them the same, so its
        // titles are read by their head noun, which comes first: "## ความเสี่ยง" (risks),
        // "## เป้าหมายหลัก" (the main goals), "## เกณฑ์ความสำเร็จ" (success criteria),
        // "## หมายเหตุ" (notes), as "Risks", "Goals", "Criteria", "Notes" are.
        if opens_with_a_thai_note_word(&title) {
            return true;
        }
        // "## Documents required": the papers to have, things (see [`names_required_papers`]).
        if names_required_papers(&title) {
            return true;
        }
        // A meeting's agenda lists its topics, not work to do (an event's agenda is a schedule).
        if section.iter().any(|w| w == "agenda") && section.iter().any(|w| w == "meeting") {
            return true;
        }
        const NOTE_SECTIONS: &[&str] = &[
            "policy",
            "policies",
            "tldr",
            "notes",
            // Armenian "## Նշումներ" (notes); Basque "Helburuak" (goals, objectives).
            "նշումներ",
            "helburuak",
            // Macedonian "Евиденција" (the record of what was done), as "log".
            "евиденција",
            "owners",
            "dependencies",
            "notify",
            "stakeholders",
            "assumptions",
            "principles",
            "legend",
            "estimating",
            "team",
            "contacts",
            "roles",
            "people",
            "questions",
            // The same in other languages ("## Preguntas abiertas", "## Kérdések"): questions
            // asked, and their answers, not work to do. (Nouns only: not German "fragen" nor
            // Dutch "vragen", also the verb an infinitive heading ends with, "## Sponsoren
            // fragen"; nor a word that also means "matters" or "applications": Swedish
            // "frågor", Norwegian/Danish "spørsmål"/"spørgsmål", Czech/Slovak "otázky",
            // Serbian/Croatian "pitanja", Italian "domande".)
            "kysymykset",
            "preguntas",
            "perguntas",
            "pytania",
            "vprašanja",
            "kérdések",
            "întrebări",
            "klausimai",
            "jautājumi",
            "küsimused",
            "sorular",
            "pertanyaan",
            "вопросы",
            "питання",
            "faq",
            "overview",
            "background",
            "goals",
            "about",
            "glossary",
            "definitions",
            "resources",
            "links",
            "criteria",
            "retrospective",
            // "## Recommendations for the presentation", Russian "Рекомендации", "Общий вывод"
            // (the overall conclusion): advice and a verdict, not work to do.
            "recommendations",
            "рекомендации",
            "conclusion",
            "conclusions",
            "вывод",
            "выводы",
            "strategy",
            "approach",
            "cadence",
            "rotation",
            "crew",
            "rules",
            "template",
            "vision",
            "mission",
            "troubleshooting",
            "who",
            "windows",
            // "Reminders or Common Mistakes", "Tips", "Lessons learned": advice, not steps.
            "mistakes",
            "pitfalls",
            "tips",
            "lessons",
            "gotchas",
            "caveats",
            "advice",
            // "Daily Updates", "Progress log", "Weekly reports": what happened, as it was told.
            "updates",
            "log",
            "journal",
            "changelog",
            "reports",
            // The same in other languages: Turkish "## 4. Takip Güncellemeleri" (tracking
            // updates), "## Haftalık Raporlar" (weekly reports); German "Berichte", French
            // "Rapports", Spanish "Informes", Portuguese "Relatórios", Polish "Raporty".
            "güncellemeler",
            "güncellemeleri",
            "raporlar",
            "raporları",
            "berichte",
            "rapports",
            "informes",
            "relatórios",
            "raporty",
            "actualizaciones",
            "atualizações",
            "aggiornamenti",
            // "# Hotkeys", German "Tastenkürzel": which key does what, looked up during the
            // run, not done. ("Shortcuts" is as often work: "Keyboard shortcuts" to add, or
            // corners cut to pay back.)
            "hotkeys",
            "tastenkürzel",
            "tastaturkürzel",
            // "### TERMS:", "### PRE-RELEASE STATE:": what words mean and how things stand.
            "terms",
            "state",
            // Hebrew: rules, notes.
            "כללים",
            "הערות",
            // "## Architecture" (how the system is built), Azerbaijani "Arxitektura" and
            // "Öyrənilənlər" (lessons learned).
            "architecture",
            "arxitektura",
            "öyrənilənlər",
            // Dutch: success criteria, roles, risks.
            "succescriteria",
            "rollen",
            "risico",
            // "### Known risks and mitigations" under a schedule: what could go wrong.
            "risks",
            "mitigations",
            // "## Channels": where the word goes out (the dashboard, the mailing list), not work.
            "channels",
            // A postmortem's "## Prevention": the measures its action items already schedule,
            // told again with their marks ("- ✅ Pool-saturation alert").
            "prevention",
            // The same in other languages: Spanish "## Riesgos a vigilar", Bosnian "## Rizici i
            // mitigacija", Norwegian "## Risikoer", Polish "Ryzyka", and their neighbours.
            "riesgos",
            "riscos",
            "risques",
            "rischi",
            "risiken",
            "rizici",
            "ryzyka",
            "risikoer",
            "risker",
            "risici",
            "rizika",
            "riziká",
            "mitigacija",
            // "## Rationale", "Critical Issues to Watch", "## Venue": why, what to look at, where.
            "rationale",
            // "## Reasons for the change", Spanish "## Razón del cambio", Portuguese "Razões",
            // French "Raisons", Italian "Motivazione", German "Begründung": why, told.
            "reason",
            "reasons",
            "razón",
            "razones",
            "razão",
            "razões",
            "raison",
            "raisons",
            "motivazione",
            "motivazioni",
            "begründung",
            // "### Motivation" atop a maintenance issue: why the work is done.
            "motivation",
            "expect",
            "watch",
            "venue",
            // A product page's "Rewards", "Tier 1: Dock + Cable", "Pricing", "Add-ons": what is
            // sold, not work to do.
            "rewards",
            "tier",
            "tiers",
            "pricing",
            "add-ons",
            "addons",
            // Notes and goals in other languages ("## Poznámky", "### Ziele", "## 目標").
            "anmerkungen",
            "hinweise",
            "notizen",
            "ziele",
            "notas",
            "observaciones",
            "objetivos",
            "remarques",
            // French "Plan de secours" (fallback), "Numéros en cas de pépin", "Ce qu'on vise".
            "secours",
            "numéros",
            "vise",
            "objectifs",
            "obiettivi",
            "opmerkingen",
            "notities",
            "doelen",
            "uwagi",
            "cele",
            "poznámky",
            "cíle",
            "catatan",
            "tujuan",
            // Indonesian "## Syarat dan Target Rilis" (the release's conditions and targets),
            // "Persyaratan" (requirements): what must hold, not steps.
            "syarat",
            "persyaratan",
            "notlar",
            "hedefler",
            "примечания",
            "заметки",
            "цели",
            "備考",
            "メモ",
            "目標",
            "会場",
            "备注",
            "目标",
            "비고",
            "메모",
            "목표",
            // Lithuanian goals and roles, Catalan goals, Icelandic goals and notes.
            "tikslai",
            "rolės",
            "objectius",
            "markmið",
            "athugasemdir",
        ];
        // "Code Freeze Windows" lists gates, not notes. The word is what the title is about,
        // first or last ("Team roles", "Open questions"), not a qualifier inside it ("Short,
        // Industry & Vision Papers" lists deadlines).
        // An aside in brackets ("First Comment Template (Our Story)") is not the title's head.
        let head = title.split('(').next().unwrap_or_default();
        let head_words = words(head);
        let named: Vec<&String> = head_words
            .iter()
            .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
            .collect();
        // "RACI Key", "Status key": a legend ("Key milestones" is not, nor a step that ends in
        // the word, "3. Move the Booking Widget Key"); so is "Key to Symbols".
        let legend = (2..=3).contains(&named.len()) && named.last().is_some_and(|w| *w == "key")
            || named.len() >= 2 && named[0] == "key" && named[1] == "to";
        // "Timeline Template", "Schedule template": a schedule all the same.
        let schedule_template = named.last().is_some_and(|w| *w == "template")
            && named
                .iter()
                .any(|w| ["timeline", "schedule", "calendar"].contains(&w.as_str()));
        // "## 💡 Tip: ship before you polish", "### Pro tip", German "Tipp:", Korean "팁:": a
        // word of advice and what backs it (not "## Tip jar", a thing to set up).
        let bare = head.trim_start_matches(|c: char| !c.is_alphanumeric());
        let tip = ["tip:", "tipp:", "팁:", "hint:", "pro tip"]
            .iter()
            .any(|t| bare.starts_with(t))
            || matches!(
                named
                    .iter()
                    .map(|w| w.as_str())
                    .collect::<Vec<_>>()
                    .as_slice(),
                ["tip" | "tipp" | "hint"]
            );
        // "## Venue tasks", "Team checklist", German "Team-Aufgaben": the title's last word names
        // the work, the first only whose it is.
        let names_work_last = named.len() >= 2
            && named
                .last()
                .is_some_and(|w| WORK_WORDS.contains(&w.as_str()));
        let about = [named.first(), named.last()]
            .into_iter()
            .flatten()
            .any(|w| NOTE_SECTIONS.contains(&w.as_str()))
            && !schedule_template
            && !names_work_last
            || legend
            || tip;
        if !is_gate(&title) && about || tells_what_happened(&section) {
            return true;
        }
        // The same for a short subheading of its own ("### Dependencies" under the milestones).
        let under_heading = matches!(self.cursor, Cursor::Block | Cursor::Day);
        let block_label = self
            .plan
            .sections
            .last()
            .and_then(|s| s.blocks.last())
            .filter(|_| under_heading)
            .and_then(|b| match b {
                // (A period the block only took from the section above, "### Notes from the
                // release driver" under a dated section, leaves its label what it is about.)
                PlanBlock::Schedule(g)
                    if g.period.is_none() || find_date(&g.label, self.context).is_none() =>
                {
                    Some(words(&g.label.to_lowercase()))
                }
                _ => None,
            })
            .unwrap_or_default();
        // A subheading that only applies if something happens ("### Partial rollback (if
        // something small breaks)") holds a branch of the plan too.
        // "### Must Have (P0)", "### Nice to have": a priority bucket of what the product should
        // have, its features, not work with a time.
        let moscow = matches!(
            block_label
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
                .as_slice(),
            ["must" | "should" | "could", "have", ..] | ["nice", "to", "have", ..]
        );
        block_label.iter().any(|w| w == "if")
            || under_heading && self.block_names_papers()
            || opens_with_a_foreign_if(&block_label)
            || moscow
            || block_label.len() <= 4 && says_key_messages(&block_label)
            || tells_what_happened(&block_label)
            || self.under_conditions_heading()
            || rollback_conditions(&block_label)
            || left_out(&block_label)
            || block_label.len() <= 3
                && !is_gate(&title)
                && block_label
                    .iter()
                    .any(|w| NOTE_SECTIONS.contains(&w.as_str()) || w == "matrix")
            // Vietnamese "### Tổng Quan Tháng 9" (overview of month 9): its word for overview is
            // two syllables, so the title is as short as "### Overview September".
            || block_label.len() <= 4 && !is_gate(&title) && vietnamese_summary(&block_label)
            // "### Known risks and mitigations": what the subheading is about, its last word.
            || block_label.len() <= 6
                && block_label
                    .last()
                    .is_some_and(|w| ["risks", "mitigations"].contains(&w.as_str()))
            // "### Notes from the release driver", "### Who does what": its first word.
            || block_label.len() <= 6
                && !is_gate(&title)
                && block_label
                    .first()
                    .is_some_and(|w| ["notes", "who", "highlights"].contains(&w.as_str()))
    }
}

/// Whether a line only points at other items of the plan by their numbers ("Covers pending
/// items 1-5", "Covers items 6, 7, 9 and 10", "See tasks 3 and 4", "Same as step 2"): a
/// cross-reference, told, not more work. (Not "Fix items 1-5 of the audit", work on them.)
fn points_at_items(lower: &str) -> bool {
    const LEADS: &[&str] = &[
        "covers",
        "cover",
        "see",
        "includes",
        "including",
        "same as",
        "refers to",
        "part of",
    ];
    const THINGS: &[&str] = &[
        "item", "items", "task", "tasks", "step", "steps", "row", "rows",
    ];
    let text = lower.trim().trim_end_matches('.');
    let Some(rest) = LEADS.iter().find_map(|lead| {
        text.strip_prefix(lead)
            .filter(|r| r.starts_with(' '))
            .map(str::trim_start)
    }) else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    let Some(at) = words.iter().position(|w| THINGS.contains(w)) else {
        return false;
    };
    // (At most one word before the things, "pending", "open"; then numbers only.)
    let numbers = &words[at + 1..];
    at <= 1
        && !numbers.is_empty()
        && numbers.iter().all(|w| {
            *w == "and"
                || *w == "&"
                || w.trim_end_matches(',')
                    .split(['-', '–'])
                    .all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == '.'))
        })
}

/// Whether a title's words ask why and only why ("## Why we are moving", "Warum wir klein
/// anfangen"; not "## Why and how", which also holds the work, nor "Why" alone).
fn why_section(words: &[String]) -> bool {
    const HOW: &[&str] = &[
        "how", "wie", "comment", "cómo", "como", "come", "hoe", "hur", "hvordan", "jak",
    ];
    words.len() >= 2 && opens_with_why(words) && !words.iter().any(|w| HOW.contains(&w.as_str()))
}

impl PlanReader {
    /// Whether a bullet is a contact's or a role's "Label: value" line ("Council: 0123 456",
    /// "Ben: ben@example.org", "Ana: treasurer", "Ana - venue") under a title of people that
    /// ends in the work ("## Contacts and checklist", "## Team and tasks"): the title names
    /// the work, but such a line names who to call or who is what, a note as under "## Team"
    /// (review 1 of the thirty-sixth session).
    fn contact_under_work_title(&self, text: &str) -> bool {
        let Some(title) = self.plan.sections.last().map(|s| s.title.to_lowercase()) else {
            return false;
        };
        let words = words_of(&title);
        const PEOPLE: &[&str] = &[
            "contacts",
            "contact",
            "team",
            "people",
            "roles",
            "staff",
            "crew",
            "kontakte",
            "contactos",
            "contatti",
            "équipe",
            "equipo",
        ];
        if words.len() < 2
            || !PEOPLE.contains(&words[0])
            || !words.last().is_some_and(|w| WORK_WORDS.contains(w))
        {
            return false;
        }
        let Some((label, value)) = text
            .split_once(':')
            .or_else(|| text.split_once(" - "))
            .or_else(|| text.split_once(" – "))
        else {
            return false;
        };
        let label = label.trim();
        let value = value.trim();
        let label_ok = (1..=3).contains(&label.split_whitespace().count())
            && label.chars().next().is_some_and(char::is_uppercase)
            && !opens_with_an_imperative(label)
            && !opens_with_a_verb(label);
        let digits = value.chars().filter(char::is_ascii_digit).count();
        let phone = digits >= 3
            && value
                .chars()
                .all(|c| c.is_ascii_digit() || " +-()./".contains(c));
        let mail = value.contains('@') && !value.contains(' ');
        let role = value.split_whitespace().count() == 1
            && value.chars().all(|c| c.is_alphabetic() || c == '-');
        label_ok && !value.is_empty() && (phone || mail || role)
    }

    /// Whether a bullet under a why section opens with a verb of work ("Sign the new lease",
    /// French "Réserver le camion"): a step written there, a task as before the why sections
    /// were read as reasons (review 1 of the thirty-sixth session).
    fn work_under_why(&self, text: &str) -> bool {
        // (A title asking "Why April 15?" was a question's, its bullets notes, before.)
        let Some(title) = self
            .plan
            .sections
            .last()
            .map(|s| s.title.to_lowercase())
            .filter(|t| !t.trim_end().ends_with('?'))
        else {
            return false;
        };
        let section: Vec<String> = words_of(&title).into_iter().map(str::to_string).collect();
        if !why_section(&section) {
            return false;
        }
        let text = text.trim();
        if opens_with_an_imperative(text) || opens_with_a_verb(text) {
            return true;
        }
        // (In another language's why section, an infinitive that opens the line: French
        // "Réserver", Spanish "Firmar", Italian "Prenotare".)
        let first = text.split_whitespace().next().unwrap_or_default();
        let lower = first.to_lowercase();
        section[0] != "why"
            && first.chars().next().is_some_and(char::is_uppercase)
            && lower.chars().count() >= 5
            && lower.chars().all(char::is_alphabetic)
            && ["er", "ir", "ar", "re"].iter().any(|e| lower.ends_with(e))
    }
}

/// Whether a title's first word (or two) asks "why": English "why", German "warum", "wieso",
/// French "pourquoi", Spanish "por qué", Portuguese "por que", "porquê", Italian "perché",
/// Dutch "waarom", Swedish "varför", Danish and Norwegian "hvorfor", Polish "dlaczego", Czech
/// "proč", Slovak "prečo", Turkish "neden", Russian "почему", "зачем", Irish "cén fáth",
/// Japanese "なぜ", Chinese "为什么", Korean "왜".
fn opens_with_why(words: &[String]) -> bool {
    const WHY: &[&str] = &[
        "why",
        "warum",
        "wieso",
        "weshalb",
        "pourquoi",
        "porquê",
        "perché",
        "perche",
        "waarom",
        "varför",
        "hvorfor",
        "dlaczego",
        "proč",
        "prečo",
        "neden",
        "почему",
        "зачем",
        "なぜ",
        "为什么",
        "為什麼",
        "왜",
    ];
    const WHY_PAIRS: &[[&str; 2]] = &[["por", "qué"], ["por", "que"], ["cén", "fáth"]];
    let one = words.first().is_some_and(|w| WHY.contains(&w.as_str()));
    let two = words.len() >= 3
        && WHY_PAIRS
            .iter()
            .any(|pair| words[0] == pair[0] && words[1] == pair[1]);
    one || two
}

/// Whether a title's words open with the word for "if" of a language other than English (see
/// [`IF`]): a branch of the plan. (English "if" is read anywhere in a title, above.)
fn opens_with_a_foreign_if(words: &[String]) -> bool {
    words
        .first()
        .is_some_and(|w| w != "if" && IF.contains(&w.as_str()))
        && words.len() >= 2
}

/// Whether a title heads what a review says happened ("What Went Well", "What went wrong",
/// "Root cause", "Contributing factors"): findings, told, not work to do.
/// (Only at the end for a cause: "## Root cause analysis", "Root cause workshops" are work.)
fn tells_what_happened(words: &[String]) -> bool {
    let went = words
        .windows(2)
        .any(|w| w[0] == "went" && ["well", "wrong", "badly"].contains(&w[1].as_str()));
    let cause = matches!(words, [.., a, b]
        if a == "root" && ["cause", "causes"].contains(&b.as_str())
            || a == "contributing" && b == "factors");
    went || cause
}

/// Whether a heading names what the plan leaves out ("Out of scope (next phase)", "Ideas for
/// later"); see `left_out`.
pub(super) fn leaves_out(title: &str) -> bool {
    let head = title.split('(').next().unwrap_or_default().to_lowercase();
    let words: Vec<String> = head
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    left_out(&words)
}

/// Whether a bullet states a rule or a warning rather than a step: a bold lead that says so
/// ("**Policy** Bug fixes only", "**Note** …", "**DO NOT** …") or a prohibition ("Never deploy
/// on a Friday", "Do not merge to main").
pub(super) fn is_rule(item: &ListItem) -> bool {
    const LEADS: &[&str] = &[
        "policy", "policies", "rule", "rules", "note", "nb", "warning", "caution", "reminder",
        "fyi", "tip", "hint", "do not", "don't", "never",
    ];
    let lead = item
        .lead
        .trim_end_matches([':', '.', '!'])
        .trim()
        .to_lowercase();
    let lower = item.text.trim_start().to_lowercase();
    // "Don't forget to send the invoices" is a step all the same.
    let reminder = ["forget", "miss"].iter().any(|w| {
        lower
            .split_whitespace()
            .nth(1)
            .is_some_and(|second| second.starts_with(w))
            || lower
                .split_whitespace()
                .nth(2)
                .is_some_and(|third| third.starts_with(w))
    });
    LEADS.contains(&lead.as_str())
        || !reminder
            && ["do not ", "don't ", "don’t ", "never "]
                .iter()
                .any(|p| lower.starts_with(p))
}

/// Whether a line starts with a quantity ("60+ store reviews", "$4,000 raised in one day",
/// "1,500-3,000 units", "~2,000 weekly users"): a target or a count, not a step. (A time, a
/// date or a time relative to launch is checked apart; "2 weeks out" starts with a duration.)
fn is_quantity(text: &str) -> bool {
    let text = text.trim_start_matches(|c: char| !c.is_alphanumeric() && !"$€£¥~".contains(c));
    let text = text.trim_start_matches(['$', '€', '£', '¥', '~', ' ']);
    let number_end = text
        .find(|c: char| !(c.is_ascii_digit() || ",.+-–%kKmM".contains(c)))
        .unwrap_or(text.len());
    let number = &text[..number_end];
    if !number.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let next = text[number_end..]
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    // "1. Step", "2) Step", "3 Deploy" (a numbered step), "15:00", "30 minutes", "2 weeks".
    const NOT_A_COUNT: [&str; 18] = [
        "", "am", "pm", "h", "hr", "hrs", "hour", "hours", "min", "mins", "minute", "minutes",
        "day", "days", "week", "weeks", "month", "months",
    ];
    let step_number = number.ends_with('.') || text[number_end..].starts_with([')', ':']);
    // "4th Friday: get the next month ready": a recurring day, described.
    let recurring = ["st", "nd", "rd", "th"].contains(&next)
        && text[number_end..]
            .trim_start()
            .get(2..)
            .unwrap_or_default()
            .split_whitespace()
            .next()
            .is_some_and(|w| {
                crate::plan::dates::weekday_named(w.trim_end_matches([':', ','])).is_some()
            });
    if recurring {
        return true;
    }
    !step_number
        && !NOT_A_COUNT.contains(&next)
        && next.chars().next().is_some_and(char::is_lowercase)
}

/// Whether a text is only days of a month written as ordinals ("14th – 16th", "21st").
fn only_ordinal_days(text: &str) -> bool {
    let ordinal = |w: &str| {
        ["st", "nd", "rd", "th"].iter().any(|s| {
            w.strip_suffix(s).is_some_and(|n| {
                !n.is_empty() && n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit())
            })
        })
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    !words.is_empty()
        && words.iter().all(|w| {
            let w = w.trim_matches(|c: char| matches!(c, '-' | '–' | '—' | ',' | '.'));
            w.is_empty() || w.split(['-', '–']).all(ordinal)
        })
}

/// Whether a bullet is a field left blank to be filled in ("Testers active: X", "Dump size:
/// ___ MB", "Signed by: …"): a form to record what happened, not a step.
fn is_blank_field(text: &str) -> bool {
    let Some((label, value)) = text.split_once([':', '：']) else {
        return false;
    };
    let mut parts = value.split_whitespace();
    // "Post the thread on: X" names the network.
    let after_preposition = label.split_whitespace().last().is_some_and(|w| {
        ["on", "to", "at", "in", "via", "for"].contains(&w.to_lowercase().as_str())
    });
    // "Supervision: [Name]", "Still missing: [names of the open promises]": a template's
    // placeholder in brackets, the whole value (not a link, "[the board](https://…)").
    let value = value.trim();
    if value.len() > 2
        && value.starts_with('[')
        && value.ends_with(']')
        && !value.contains("](")
        && value[1..value.len() - 1]
            .chars()
            .all(|c| c != '[' && c != ']')
        && !["[x]", "[X]"].contains(&value)
    {
        return label.chars().any(char::is_alphabetic) && label.len() <= 60;
    }
    let blank = parts.next().is_some_and(|first| {
        first.len() >= 2 && first.chars().all(|c| c == '_')
            || ["X", "x"].contains(&first) && !after_preposition
            || ["?", "…", "...", "[ ]"].contains(&first)
    });
    // At most a unit after the blank ("___ MB", "X%" is not a blank).
    blank && parts.count() <= 1 && label.chars().any(char::is_alphabetic) && label.len() <= 60
}

/// Whether a bullet is a field naming people ("General chair: Henrike Osei", "Reviewers: @ana,
/// @ben", "Court 2: Birte (referee) + Sönke (scorer)"): a label, then only names (capitalised
/// words or handles, at most four).
fn is_name_field(text: &str) -> bool {
    let Some((label, value)) = text.split_once(':') else {
        return false;
    };
    // (A role in brackets beside a name is the name's aside, "Jens (referee)": words in small
    // letters only, not "(5%)", "(GA)" nor an address.)
    let bare = value
        .split('(')
        .enumerate()
        .map(|(at, part)| match part.split_once(')') {
            Some((aside, rest))
                if at > 0
                    && aside
                        .chars()
                        .all(|c| c.is_lowercase() || c == ' ' || c == '-')
                    && !aside.trim().is_empty() =>
            {
                rest.to_string()
            }
            _ if at > 0 => format!("({part}"),
            _ => part.to_string(),
        })
        .collect::<String>();
    let names: Vec<&str> = bare
        .split([',', '&', '/', '+'])
        .flat_map(|part| part.split(" and "))
        .flat_map(str::split_whitespace)
        .collect();
    !label.trim().is_empty()
        && label.split_whitespace().count() <= 3
        && !names.is_empty()
        && names.len() <= 6
        && (names_by_initials(&bare)
            || names.iter().all(|w| {
                let w = w.trim_matches(|c: char| "()".contains(c));
                w.starts_with('@') && w.len() > 1
                    || w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars()
                            .skip(1)
                            .all(|c| c.is_lowercase() || "-'.".contains(c))
                        && w.len() > 1
            }))
}

/// Whether a field's value is people written by their initials in a script without capitals
/// (Tamil "பா. கணேசன், கு. ரமேஷ்", Hindi "के. रमेश"): each name, between commas, opens with an
/// initial, one or two letters and a dot, before a word; every word is of a script that has no
/// capitals (a Latin name is read by its capitals instead).
fn names_by_initials(value: &str) -> bool {
    let caseless = |w: &str| {
        let w = w.trim_end_matches('.');
        w.chars().any(char::is_alphabetic)
            && !w
                .chars()
                .any(|c| c.is_ascii() || c.is_lowercase() || c.is_uppercase())
    };
    let parts: Vec<&str> = value
        .split([',', '،', '、'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    !parts.is_empty()
        && parts.iter().all(|part| {
            let words: Vec<&str> = part.split_whitespace().collect();
            words.len() >= 2
                && words.len() <= 3
                && words.iter().all(|w| caseless(w))
                && words[0].ends_with('.')
                && (1..=3).contains(&words[0].trim_end_matches('.').chars().count())
                && !words[1].ends_with('.')
        })
}

/// Whether a line states a measure and its threshold rather than a step: "p95 latency under
/// 300 ms", "Net Promoter Score above 30", "재방문율 40% 이상", "Ошибок больше 1%" (at most ten
/// words, a comparator beside a number, and no verb in front that makes it work to do: "Keep
/// latency under 300 ms" is a step).
pub(super) fn states_a_measure(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    if words.is_empty() || words.len() > 10 {
        return false;
    }
    const DOING: &[&str] = &[
        "keep", "reduce", "get", "bring", "cut", "make", "raise", "lower", "increase", "decrease",
        "hold", "ensure", "push", "drive", "grow", "reach", "hit", "set", "check", "verify",
        "confirm", "test", "measure", "monitor", "track", "run", "load", "send", "invite", "ship",
        "deploy", "wait",
    ];
    if DOING.contains(&words[0].trim_matches(|c: char| !c.is_alphanumeric())) {
        return false;
    }
    let number = |w: &str| {
        w.trim_start_matches(['<', '>', '≥', '≤', '~', '$', '€', '£', '%'])
            .starts_with(|c: char| c.is_ascii_digit())
    };
    const BEFORE: &[&str] = &[
        "above",
        "below",
        "under",
        "over",
        "least",
        "most",
        "than",
        ">",
        "<",
        ">=",
        "<=",
        "≥",
        "≤",
        "больше",
        "меньше",
        "более",
        "менее",
        "выше",
        "ниже",
        "üzeri",
        "altı",
    ];
    const AFTER: &[&str] = &[
        "이상", "이하", "미만", "초과", "以上", "以下", "未満", "以内",
    ];
    // The measure leads the line: its comparator comes within the first five words
    // ("Tune the line until first-pass yield is above 97%" is a step).
    words.windows(2).take(5).any(|pair| {
        BEFORE.contains(&pair[0]) && number(pair[1])
            || number(pair[0]) && AFTER.iter().any(|a| pair[1].starts_with(a))
    }) || words.iter().take(5).any(|w| {
        (w.starts_with(['≥', '≤']) || w.starts_with(">=") || w.starts_with("<="))
            && w.chars().any(|c| c.is_ascii_digit())
    })
}

/// "When to roll back", Indonesian "Kapan rollback", Dutch "Wanneer terugdraaien", "Rollback
/// triggers", "Pull-Back Triggers": a title over the conditions a rollback waits on, not its
/// steps.
fn rollback_conditions(words: &[String]) -> bool {
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    has(&["when", "kapan", "wanneer", "quand", "cuándo", "wann"])
        && has(&["roll", "rollback", "revert", "terugdraaien", "terugrollen"])
        || words.len() == 2 && has(&["rollback"]) && has(&["triggers"])
        // "Pull-Back Triggers", "Roll back triggers", "Abort triggers": what sets it off.
        || words.len() <= 3
            && words.last().is_some_and(|w| w == "triggers")
            && has(&["rollback", "back", "abort", "halt", "revert"])
}

/// "Definition of Done", "What not to do", "Not in 2.4", "Out of scope", "Alternatives
/// (considered)", "Other options": a title over what done means or what the plan leaves out, in those words and
/// no more ("What not to forget", "Out of office plan", "Not in production yet", "Definition
/// phase", "Alternatives evaluated this week" hold work).
fn is_ideas_for_later(words: &[String]) -> bool {
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    matches!(
        w.as_slice(),
        ["ideas", "for", "later" | "the", ..] | ["future" | "later", "ideas", ..]
    )
}

/// Whether a title or label names the papers someone must have or hand in ("Documents
/// required", "Required documents:", "Documents to bring", Spanish "Documentos necesarios",
/// Marathi "अर्ज भरताना लागणारी कागदपत्रे" (the documents needed to apply), Telugu
/// "పరిశీలనకు తీసుకెళ్లాల్సిన పత్రాలు" (the documents to take to the verification)): what is
/// listed under it are papers (a mark sheet, a certificate), things, not steps. In the
/// languages that put the head noun last, the documents word closes a title of at most six
/// words (not "कागदपत्रांची पडताळणी", the verification of documents, work); in the others it
/// stands beside a word for required or to bring, in at most five words (not "Documents",
/// alone a section of writing work, nor "Prepare the documents").
pub(super) fn names_required_papers(title: &str) -> bool {
    const LAST: [&str; 17] = [
        "कागदपत्रे",
        "कागजात",
        "दस्तावेज",
        "दस्तावेज़",
        "दस्तऐवज",
        "పత్రాలు",
        "દસ્તાવેજો",
        "ડોક્યુમેન્ટ્સ",
        "ದಾಖಲೆಗಳು",
        "ದಾಖಲಾತಿಗಳು",
        "ஆவணங்கள்",
        "രേഖകൾ",
        "কাগজপত্র",
        "নথিপত্র",
        "ਦਸਤਾਵੇਜ਼",
        "دستاویزات",
        "کاغذات",
    ];
    const PAPERS: [&str; 12] = [
        "documents",
        "papers",
        "paperwork",
        "documentos",
        "documentación",
        "documentação",
        "documenti",
        "dokumente",
        "unterlagen",
        "documenten",
        "dokumenty",
        "pièces",
    ];
    const REQUIRED: [&str; 24] = [
        "required",
        "needed",
        "necessary",
        "requested",
        "bring",
        "carry",
        "necesarios",
        "requeridos",
        "necessários",
        "exigidos",
        "obrigatórios",
        "requis",
        "nécessaires",
        "justificatives",
        "erforderliche",
        "benötigte",
        "notwendige",
        "richiesti",
        "necessari",
        "nodig",
        "vereiste",
        "benodigde",
        "wymagane",
        "potrzebne",
    ];
    let lower = title.trim().to_lowercase();
    let head = lower.split(['(', '（']).next().unwrap_or_default();
    let head = head
        .trim()
        .trim_end_matches([':', '：', '*', '_', ' ', '-']);
    let words: Vec<&str> = head.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 {
        return false;
    }
    let last = words[words.len() - 1].trim_matches(|c: char| c.is_ascii_punctuation());
    if LAST.iter().any(|w| last.ends_with(w)) {
        return true;
    }
    let words = words_of(head);
    words.len() <= 5
        && !opens_with_an_imperative(head)
        && words.iter().any(|w| PAPERS.contains(w))
        && words.iter().any(|w| REQUIRED.contains(w))
}

fn left_out(words: &[String]) -> bool {
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    // "Ideas for Later (After Week 6)", "Future ideas": what may be done some day, not planned.
    if is_ideas_for_later(words) {
        return true;
    }
    matches!(
        w.as_slice(),
        ["definition", "of", "done"]
            | ["what", "not", "to", "do"]
            | ["out", "of", "scope"]
            | ["alternatives"]
            | ["alternatives", "considered"]
            // "Alternative options", "Other options", "Options considered", Spanish
            // "Alternativas", German "Alternativen", Esperanto "Alternativaj opcioj".
            | ["alternative" | "other", "options"]
            | ["options", "considered"]
            | ["alternativas" | "alternativen"]
            | ["alternativaj", "opcioj"]
    ) || matches!(w.as_slice(), [first, rest @ ..]
    // "## Deferred (to S42)", "Postponed items", Macedonian "Одложени задачи (→ S42 …)":
    // work moved out of this plan, kept as notes.
    if ["deferred", "postponed", "одложени"].contains(first)
        && rest.first().is_none_or(|next| {
            ["tasks", "items", "work", "features", "to", "задачи"].contains(next)
        }))
        || matches!(w.as_slice(), ["not", "in", version @ ..]
        if !version.is_empty()
            && version
                .iter()
                .all(|p| p.trim_start_matches('v').chars().all(|c| c.is_ascii_digit())))
}

/// Whether a line is a name and two or more "Key: value" fields set apart by semicolons
/// ("Minor change — Timeline: 90 days; Scope: additions"), none of them a task's own (owner,
/// status, due day, when).
fn describes_by_fields(text: &str) -> bool {
    let parts: Vec<&str> = text.split(';').map(str::trim).collect();
    if parts.len() < 2 {
        return false;
    }
    const TASK_KEYS: [&str; 9] = [
        "owner", "status", "due", "deadline", "when", "date", "by", "assignee", "who",
    ];
    parts.iter().enumerate().all(|(i, part)| {
        // (The first field follows the name: "Patch change — Timeline: 30 days".)
        let field = match i {
            0 => [" — ", " – ", " - "]
                .iter()
                .find_map(|dash| part.rsplit_once(dash))
                .map_or(*part, |(_, field)| field),
            _ => part,
        };
        field.split_once(':').is_some_and(|(key, value)| {
            let key = key.trim().to_lowercase();
            let words = key.split_whitespace().count();
            (1..=3).contains(&words)
                && !TASK_KEYS
                    .iter()
                    .any(|k| key.split_whitespace().any(|w| w == *k))
                && !value.trim().is_empty()
        })
    })
}

/// Whether a bullet says how something is done, in the present passive: a subject of one to
/// five words, then "is" or "are" ("not" may follow) and a past participle ("KR3 is tracked
/// as cards on the board", "Releases are cut on a Tuesday", "Member comments are not moved"):
/// how the plan works, told, not a step. (Not a step that goes on to say so, "Confirm the
/// migrations are applied", nor "Ship - rc is merged into main", a name and what it means.)
fn states_how_it_is_done(text: &str) -> bool {
    const IRREGULAR: [&str; 24] = [
        "set", "sent", "held", "run", "done", "kept", "made", "built", "shown", "taken", "given",
        "written", "read", "cut", "put", "split", "paid", "sold", "told", "found", "seen",
        "bought", "brought", "chosen",
    ];
    if opens_with_an_imperative(text) || super::opens_with_a_verb(text) {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some(at) = words
        .iter()
        .take(6)
        .position(|w| matches!(*w, "is" | "are"))
    else {
        return false;
    };
    let after = match words.get(at + 1) {
        Some(&"not") => words.get(at + 2),
        next => next,
    };
    let participle = after.map_or(String::new(), |w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    at > 0
        && (participle.len() > 4 && participle.ends_with("ed")
            || IRREGULAR.contains(&participle.as_str()))
}

/// Whether a bullet opens with "used for" (or "used as", "used by", "used in") and
/// the same in the languages the reader knows ("utilisé pour", "usado para", "utilizzato per",
/// "gebruikt voor", "verwendet für", "używane do"): the use of the thing the list describes,
/// its subject left out, not a step.
fn tells_what_it_is_used_for(lower: &str) -> bool {
    let words = words_of(lower);
    match words.as_slice() {
        [used, to, _, ..] => {
            matches!(
                (*used, *to),
                ("used", "for" | "as" | "by" | "in")
                    | (
                        "utilisé" | "utilisée" | "utilisés" | "utilisées",
                        "pour" | "comme" | "par"
                    )
                    | (
                        "usado"
                            | "usada"
                            | "usados"
                            | "usadas"
                            | "utilizado"
                            | "utilizada"
                            | "utilizados"
                            | "utilizadas",
                        "para" | "como" | "por"
                    )
                    | (
                        "usato"
                            | "usata"
                            | "usati"
                            | "usate"
                            | "utilizzato"
                            | "utilizzata"
                            | "utilizzati"
                            | "utilizzate",
                        "per" | "come" | "da"
                    )
                    | ("gebruikt", "voor" | "als" | "door")
                    | ("verwendet" | "genutzt" | "benutzt", "für" | "als" | "von")
                    | ("używane" | "używany" | "używana", "do" | "jako" | "przez")
            )
        }
        _ => false,
    }
}

/// Whether a bullet says what alone is allowed from a point of the plan on: "Only bug fixes are
/// merged after this point", "From this date only fixes with the milestone are merged": the
/// rule a freeze sets, not a step. (Not "Only invite guests if the room is big enough", which
/// names no point to go from.)
fn allows_only_from_a_point(lower: &str) -> bool {
    let words = words_of(lower);
    let only = words.first() == Some(&"only")
        || words.first() == Some(&"from") && words.iter().take(5).any(|w| *w == "only");
    let point = words.windows(3).any(|w| {
        matches!(
            w,
            [
                "after" | "from",
                "this" | "that",
                "point" | "date" | "day" | "moment"
            ] | ["from", "here" | "now" | "then", "on"]
        )
    });
    only && point
}

/// Whether a bullet defines a term set in code: "`pre-event`: everything that has to be ready
/// before the day", "`#retrospective` – the review template" (a label's, a tag's or a status's
/// meaning), not a step. The term is one word with a letter in it, not a path, a file, a date
/// or a version ("`/shop/old` - set the canonical", "`20290924`: first beta"), and what follows
/// does not open with a step's verb ("`deploy`: run it twice on staging").
fn defines_a_term(text: &str) -> bool {
    let Some((term, after)) = text.strip_prefix('`').and_then(|rest| rest.split_once('`')) else {
        return false;
    };
    let after = after.trim_start();
    let meaning = [":", "–", "—", "- "]
        .iter()
        .find_map(|sep| after.strip_prefix(sep))
        .map(str::trim)
        .unwrap_or_default();
    !term.contains(['/', '.', ' ', '\\'])
        && term.chars().any(char::is_alphabetic)
        && !term.chars().any(|c| c.is_ascii_digit())
        && meaning.chars().any(char::is_alphabetic)
        // ("post-launch review template" opens with a compound, not the verb "post".)
        && (!opens_with_an_imperative(meaning)
            || meaning.split_whitespace().next().unwrap_or_default().contains('-'))
}

/// Whether a lead-in names the outcome the plan works toward, a decision taken its way, and
/// nothing more: "If it is approved:", "If the build is accepted:", "If approved:", "If we get
/// the go:", "If it's a go:". What it lists is the plan's own path, its work; the other
/// branch ("If it bounces:", "If it is not approved:", "If rejected:") stays a branch, notes.
/// The lead-in ends with its colon (not "If approved, ship it", a conditional step), opens with
/// "if", and has at most three words between "if" and the outcome, none a negation.
pub(super) fn names_the_approved_path(lower: &str) -> bool {
    const OUTCOMES: [&str; 6] = ["approved", "accepted", "agreed", "go", "greenlit", "passed"];
    const NEGATIONS: [&str; 6] = ["not", "no", "never", "isn", "wasn", "t"];
    let Some(lead) = lower
        .trim()
        .trim_matches(['*', '_'])
        .trim()
        .strip_suffix([':', '：'])
    else {
        return false;
    };
    let words = words_of(lead.trim_matches(['*', '_']));
    match words.as_slice() {
        ["if", between @ .., last] => {
            between.len() <= 3
                && OUTCOMES.contains(last)
                && !between.iter().any(|w| NEGATIONS.contains(w))
        }
        _ => false,
    }
}

/// The word that opens a condition: "if", German "wenn", Indonesian "jika", Russian "если",
/// Polish "jeśli", Hebrew "אם" and the like.
pub(super) const IF: &[&str] = &[
    "if", "wenn", "falls", "jika", "kalau", "apabila", "если", "якщо", "ако", "jos", "jeśli",
    "jeżeli", "pokud", "dacă", "hvis", "אם",
];

/// Whether an open box names one outcome of a decision and what follows from it, not work of
/// its own: a condition's label ("- [ ] If rejected: fix and resubmit the same day", "If the
/// vote fails: …"), the label of a verdict ("- [ ] **PROCEED:** keep the new stack", "**ROLLBACK:**
/// follow the procedure below", "No-go: …") or of what is expected ("□ Expected: review takes
/// one to two days"). The label is a few words before a colon with words after it. (Not a
/// conditional step, "If we have two talks, put a pause between them", nor a gate named so,
/// "Go/no-go: launch tomorrow or not".)
pub(super) fn labels_an_outcome(text: &str) -> bool {
    let text = text.trim().trim_start_matches('*');
    let Some((label, rest)) = text.split_once([':', '：']) else {
        return false;
    };
    let rest = rest.trim().trim_start_matches('*').trim();
    if rest.is_empty() || label.contains('/') {
        return false;
    }
    let lower = label.trim().trim_matches('*').trim().to_lowercase();
    let words = words_of(&lower);
    match words.as_slice() {
        [first, rest @ ..] if IF.contains(first) => !rest.is_empty() && rest.len() <= 4,
        ["proceed" | "rollback" | "abort" | "expected"] => true,
        ["roll", "back"] | ["no", "go"] => true,
        _ => false,
    }
}

/// Whether a title ends with the word that opens a condition ("Go if", "Roll back at once if",
/// "Stop if (any one stops it)", German "Zurück, wenn", Indonesian "Batalkan jika", Hebrew
/// "…אם") or with "when" after going ahead or being ready ("Ready for public launch when",
/// "Done when"): a title over conditions. ("## When" alone, "Ping the team when" are not; nor
/// "If the site falls over", a branch whose boxes are its steps.)
pub(super) fn states_conditions(title: &str) -> bool {
    let lower = title.to_lowercase();
    let head = lower.split(['(', '（']).next().unwrap_or_default();
    let words = words_of(head);
    let [.., before, last] = words.as_slice() else {
        return false;
    };
    // "## Exit Criteria (required)": what must hold before the stage is left (not "Exit
    // Criteria (what we must do first)", work named so).
    let aside = lower.split_once(['(', '（']).map_or("", |(_, a)| a);
    let aside_words = words_of(aside);
    IF.contains(last)
        || [*before, *last] == ["exit", "criteria"]
            && !aside_words
                .iter()
                .any(|w| ["do", "tasks", "steps", "work"].contains(w))
        || *last == "when"
            && (["done", "ready"].contains(before)
                || words.iter().any(|w| {
                    [
                        "go", "launch", "ship", "release", "proceed", "publish", "ready",
                    ]
                    .contains(w)
                }))
            && !words
                .iter()
                .any(|w| ["tasks", "task", "does", "do", "steps", "and"].contains(w))
}

/// Whether a title only grades how binding what it lists is: "Must have", "Nice to have",
/// "Required", "Optional" (German "Pflicht", French "Obligatoire", Spanish "Imprescindibles",
/// Korean "필수", "있으면 좋은 것", Japanese "必須", Chinese "可选", …), a mark before it and an
/// aside in brackets after it aside ("✅ Required (any one missing holds the launch)"). Read
/// under a section that weighs going ahead (see [`weighs_going_ahead`]): the boxes under it are
/// the conditions of that call, not work. (Not "Required papers", "Must have a venue".)
pub(super) fn grades_requirements(title: &str) -> bool {
    const GRADES: &[&str] = &[
        "must have",
        "must haves",
        "must-have",
        "must-haves",
        "should have",
        "should haves",
        "nice to have",
        "nice to haves",
        "nice-to-have",
        "nice-to-haves",
        "required",
        "mandatory",
        "essential",
        "optional",
        "desirable",
        "blocking",
        "non-blocking",
        "pflicht",
        "wünschenswert",
        "obligatoire",
        "obligatoires",
        "indispensable",
        "indispensables",
        "souhaitable",
        "souhaitables",
        "facultatif",
        "facultatifs",
        "obligatorio",
        "obligatorios",
        "imprescindible",
        "imprescindibles",
        "deseable",
        "deseables",
        "opcional",
        "opcionales",
        "obrigatório",
        "obrigatórios",
        "desejável",
        "desejáveis",
        "opcionais",
        "obbligatorio",
        "obbligatori",
        "facoltativo",
        "facoltativi",
        "verplicht",
        "wenselijk",
        "optioneel",
        "obowiązkowe",
        "opcjonalne",
        "обязательно",
        "обязательные",
        "желательно",
        "필수",
        "선택",
        "있으면 좋은 것",
        "必須",
        "任意",
        "必须",
        "必需",
        "可选",
    ];
    let lower = title.to_lowercase();
    let head = lower
        .split(['(', '（'])
        .next()
        .unwrap_or_default()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .trim();
    GRADES.contains(&head)
}

/// Whether a section's title weighs going ahead: a go/no-go ("## 📊 출시 판단 기준 (Go/No-Go)")
/// or criteria ("## Launch criteria", "Kriterien", "Critères", "기준", "基準", "标准"), over
/// subheadings that grade them (see [`grades_requirements`]).
pub(super) fn weighs_going_ahead(title: &str) -> bool {
    let lower = title
        .to_lowercase()
        .replace(" / ", "/")
        .replace("no go", "no-go");
    lower.contains("go/no-go")
        || lower.contains("go-no-go")
        || words_of(&lower).iter().any(|w| {
            [
                "criteria",
                "kriterien",
                "critères",
                "criterios",
                "critérios",
                "criteri",
                "kryteria",
                "kritéria",
                "критерии",
                "기준",
                "基準",
                "标准",
            ]
            .contains(w)
                // (German and Korean glue the word to its noun: "Startkriterien", "판단기준".)
                || w.ends_with("kriterien")
                || w.ends_with("기준")
        })
}

/// Whether a label asks when something is worth doing or using ("When to turn it on", "When
/// should you enable it", German "Wann einschalten", Spanish "Cuándo usarlo", Danish "Hvornår
/// bruger man den", Irish "Cathain ba cheart é a chur ar siúl"): the list under it gives the
/// cases it fits, conditions, not steps. The word is the label's first and asks only: English
/// "when" counts before "to" or a modal ("When you arrive:" is a time of the work), and the
/// languages' words that also join clauses (French "quand", Dutch "wanneer") not at all. At
/// most eight words, none that makes it a schedule ("When to do what", "When to start",
/// "When and where").
pub(super) fn asks_when_it_applies(label: &str) -> bool {
    const ASKS: [&str; 7] = [
        "wann", "cuándo", "quándo", "hvornår", "milloin", "cathain", "kdy",
    ];
    const MODALS: [&str; 8] = ["to", "should", "shall", "would", "do", "does", "is", "are"];
    const SCHEDULE: [&str; 12] = [
        "what", "who", "where", "which", "and", "start", "begin", "plan", "planning", "tasks",
        "steps", "book",
    ];
    let lower = label.trim().trim_matches(['*', '_']).trim().to_lowercase();
    let words = words_of(&lower);
    let asks = match words.as_slice() {
        ["when", next, ..] => MODALS.contains(next),
        [first, _, ..] => ASKS.contains(first),
        _ => false,
    };
    asks && words.len() <= 8 && !words.iter().skip(1).any(|w| SCHEDULE.contains(w))
}

/// Whether a Thai title opens (after its emoji, number or bullet) with a word that names what
/// is told, not done: risks ("ความเสี่ยง"), goals ("เป้าหมาย"), success criteria ("เกณฑ์"),
/// notes ("หมายเหตุ"). Thai puts the head noun first, so "เป้าหมายหลัก" (the main goals) and
/// "ความเสี่ยงและทางรับมือ" (risks and how to meet them) open with it; a title that only has
/// the word further on ("ประชุมทบทวนความเสี่ยง", a risk review meeting) names work and does not.
fn opens_with_a_thai_note_word(title: &str) -> bool {
    const HEADS: [&str; 4] = ["ความเสี่ยง", "เป้าหมาย", "เกณฑ์", "หมายเหตุ"];
    let bare = title.trim_start_matches(|c: char| {
        !('\u{0E00}'..='\u{0E7F}').contains(&c) && !c.is_ascii_alphabetic()
    });
    // (Narrowed after review: not a title that names the work beside them, "เป้าหมายและงานที่
    // ต้องทำ", goals and tasks to do, as "## Goals and tasks" is work.)
    const WORK: [&str; 4] = ["งานที่ต้องทำ", "สิ่งที่ต้องทำ", "และงาน", "และแผนงาน"];
    HEADS.iter().any(|h| bare.starts_with(h)) && !WORK.iter().any(|w| bare.contains(w))
}

/// Whether a title asks what the plan is to achieve: "What we want to achieve", "What we hope
/// to accomplish", "What success looks like" (six words at most, opening with "what"); not
/// "What we need to do", work.
pub(super) fn names_goals(title: &str) -> bool {
    let lower = title.to_lowercase();
    let head = lower.split('(').next().unwrap_or_default();
    let words = words_of(head);
    words.first() == Some(&"what")
        && words.len() <= 6
        && (words
            .iter()
            .any(|w| ["achieve", "accomplish", "attain"].contains(w))
            || words.join(" ").starts_with("what success looks like"))
}

/// Whether a list describes an offer: its first bullet is only a price ("$9", "€18", "12,50
/// EUR", "£5/month") and no bullet has a box ("- $9", "- No tracking", "- About 10 days to
/// Europe" under a shipping option; a tier's or a plan's price over what it includes). What it
/// lists is what is offered, not steps.
pub(super) fn describes_an_offer(items: &[ListItem]) -> bool {
    const SIGNS: [char; 6] = ['$', '€', '£', '¥', '₹', '₩'];
    const CODES: [&str; 8] = ["usd", "eur", "gbp", "chf", "kr", "zł", "sek", "nok"];
    let is_price = |text: &str| {
        let lower = text.trim().trim_matches(['*', '_']).trim().to_lowercase();
        let amount = lower.split('/').next().unwrap_or_default().trim();
        let (number, marked) = if let Some(rest) = amount.strip_prefix(SIGNS) {
            (rest.trim(), true)
        } else if let Some(rest) = amount.strip_suffix(SIGNS) {
            (rest.trim(), true)
        } else {
            match amount.rsplit_once(' ') {
                Some((number, code)) if CODES.contains(&code) => (number.trim(), true),
                _ => (amount, false),
            }
        };
        marked
            && number.starts_with(|c: char| c.is_ascii_digit())
            && number
                .chars()
                .all(|c| c.is_ascii_digit() || ".,".contains(c))
    };
    items.len() >= 2
        && items.first().is_some_and(|first| is_price(&first.text))
        && items.iter().all(|i| i.task.is_none())
}

/// Whether a section's title is only the name of an event's programme ("## Program", "##
/// Programme", "## The agenda", Spanish and Portuguese "Programa", German "Programm",
/// "Ablauf", Italian "Programma", French "Programme", Dutch "Programma"): what those who come
/// will see, in the order of the day (see [`is_timed_programme`]).
pub(super) fn names_a_programme(title: &str) -> bool {
    let lower = title.to_lowercase();
    let words = words_of(&lower);
    let words = match words.as_slice() {
        ["the" | "our", rest @ ..] => rest,
        all => all,
    };
    matches!(
        words,
        ["program" | "programme" | "agenda" | "programa" | "programm" | "programma" | "ablauf"]
    )
}

/// Whether a list is a programme by the clock: three bullets or more, none a box, each opening
/// with a time of day ("- 18:30 Doors: drinks and snacks", "- 19:15 Break", "- 7 pm Quiz") and
/// none with a time from the launch ("T-1h"). (A day named in passing, "Wrap-up: the next one is
/// on 12 May", is the programme's too.)
pub(super) fn is_timed_programme(items: &[ListItem]) -> bool {
    let opens_with_a_time = |text: &str| {
        let text = text.trim_start_matches(['*', '_', ' ']);
        let hours = text.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=2).contains(&hours) {
            return false;
        }
        let rest = &text[hours..];
        let minutes = rest
            .strip_prefix([':', '.', 'h'])
            .is_some_and(|m| m.bytes().take_while(u8::is_ascii_digit).count() == 2);
        let meridiem = {
            let r = rest.trim_start().to_lowercase();
            r.starts_with("am ")
                || r.starts_with("pm ")
                || r.starts_with("a.m.")
                || r.starts_with("p.m.")
        };
        minutes || meridiem
    };
    items.len() >= 3
        && items.iter().all(|i| {
            i.task.is_none() && opens_with_a_time(&i.text) && relative_in(&i.text).is_none()
        })
}

/// Whether a list gives where to reach or send to, one address a line: three bullets or more,
/// none a box, each a name of at most four words, a dash or a colon, and one address alone, an
/// email address among them at least ("- dev list - dev@lists.example.org", "- Mastodon -
/// @ourproject", "- Blog - https://example.org/blog"). Contacts, not steps (a line that says
/// more, "Blog - post the notes at https://…", leaves the list as it was).
pub(super) fn lists_addresses(items: &[ListItem]) -> bool {
    let address = |text: &str| -> Option<bool> {
        let (name, value) = text
            .split_once(" - ")
            .or_else(|| text.split_once(" – "))
            .or_else(|| text.split_once(": "))?;
        let value = value.trim();
        let words = name.split_whitespace().count();
        // (Not a step to take with its address: "Email the speakers - speakers@…".)
        if !(1..=4).contains(&words)
            || value.split_whitespace().count() != 1
            || super::tells_a_step(name)
        {
            return None;
        }
        let email = value.contains('@') && value.contains('.') && !value.starts_with('@');
        let other = value.starts_with('@') && value.len() > 1
            || value.starts_with("https://")
            || value.starts_with("http://");
        (email || other).then_some(email)
    };
    let found: Vec<Option<bool>> = items
        .iter()
        .map(|i| address(&i.text).filter(|_| i.task.is_none() && i.children.is_empty()))
        .collect();
    items.len() >= 3 && found.iter().all(Option::is_some) && found.contains(&Some(true))
}

/// Whether a programme by the clock asks for work (see [`is_timed_programme`]): two of its
/// lines, or one with a day (`dated`), have a part that opens with a verb of work after the
/// time ("- 09:00 Flip the feature flag", "- 09:15 Publish the blog post", "- 11:30 am Session
/// two, prepare the slides by 2 March 2031"): a runbook of the day, its lines work as before.
pub(super) fn programme_asks_for_work(items: &[ListItem], dated: impl Fn(&str) -> bool) -> bool {
    let after_time = |text: &str| -> String {
        let text = text.trim_start_matches(['*', '_', ' ']);
        let rest = text.trim_start_matches(|c: char| c.is_ascii_digit());
        let rest = rest
            .strip_prefix([':', '.', 'h'])
            .map_or(rest, |r| r.trim_start_matches(|c: char| c.is_ascii_digit()));
        let rest = rest.trim_start();
        let lower = rest.to_lowercase();
        let rest = ["a.m.", "p.m.", "am ", "pm "]
            .iter()
            .find(|m| lower.starts_with(**m))
            .map_or(rest, |m| &rest[m.len()..]);
        rest.to_string()
    };
    let asks = |text: &str| {
        after_time(text)
            .split([',', ';', '—', '–'])
            .any(super::opens_with_a_verb)
    };
    let asking: Vec<&ListItem> = items.iter().filter(|i| asks(&i.text)).collect();
    asking.len() >= 2 || asking.iter().any(|i| dated(&i.text))
}

/// Whether a list reports where things stand rather than listing work: two or more plain
/// bullets (not numbered steps), every one opening with a status mark, at least one a cross
/// ("- ✅ Cart and orders", "- ⚠️ Supplier panel (basic)", "- ❌ No mobile app yet"; "- ❌ Video
/// ads", "- ❌ Paid influencers" under what the budget leaves out). Its bullets are notes.
/// ("1. ⚠️ **Run the load test**" is a step marked urgent; "- ✅ docs/api.md", "- ⚠️
/// docs/e2e.md not written yet", with no cross, are deliverables ticked off or still due.)
pub(super) fn is_status_report(items: &[ListItem]) -> bool {
    const MARKS: [char; 14] = [
        '✅', '✔', '☑', '❌', '⚠', '🟢', '🟡', '🟠', '🔴', '⏳', '🔄', '🚫', '⛔', '🚧',
    ];
    items.len() >= 2
        && items
            .iter()
            .all(|i| i.task.is_none() && !i.numbered && i.text.trim_start().starts_with(MARKS))
        && items.iter().any(|i| i.text.trim_start().starts_with('❌'))
}

/// Vietnamese "tổng quan" (overview) and "tóm tắt" (summary), each written as two syllables.
fn vietnamese_summary<S: AsRef<str>>(words: &[S]) -> bool {
    words.windows(2).any(|w| {
        matches!(
            (w[0].as_ref(), w[1].as_ref()),
            ("tổng", "quan") | ("tóm", "tắt")
        )
    })
}

/// "Summary" and "overview" in the languages the reader knows ("## Zusammenfassung", "##
/// Resumen ejecutivo", "## Przegląd", "## 概要"): a short title of them tells, it lists no work.
/// "## 0. Podsumowanie dla zarządu", "## Summary for the board", "Zusammenfassung für die
/// Geschäftsleitung": a title that opens (after its number) with a summary's word, then says
/// whom it is for, sums the plan up for them, however many words the audience takes.
fn summary_for_someone(words: &[&str]) -> bool {
    let words: Vec<&str> = words
        .iter()
        .copied()
        .skip_while(|w| w.chars().all(|c| c.is_ascii_digit()))
        .collect();
    // (For an audience: "Summary for the board", "Podsumowanie dla zarządu"; not "Summary for
    // Q3: things to finish".)
    matches!(words.as_slice(), [summary, of, rest @ ..]
        if (["summary", "overview"].contains(summary) || SUMMARIES.contains(summary))
            && ["for", "dla", "für", "pour", "para", "per", "voor", "för", "til", "pro"].contains(of)
            && rest.iter().take(3).any(|w| AUDIENCES.iter().any(|a| w.starts_with(a))))
}

/// Who a summary is written for, by the start of the word: the board, management, leaders,
/// executives, stakeholders, sponsors, investors, customers, and the same in other languages
/// ("zarządu", "Vorstand", "direction", "dirección", "directie").
const AUDIENCES: &[&str] = &[
    "board",
    "manag",
    "leader",
    "exec",
    "stakeholder",
    "sponsor",
    "investor",
    "customer",
    "client",
    "team",
    "zarząd",
    "vorstand",
    "geschäftsführ",
    "direction",
    "direcci",
    "directie",
    "diretoria",
    "direzione",
    "ledning",
    "styre",
];

const SUMMARIES: &[&str] = &[
    "zusammenfassung",
    "überblick",
    "übersicht",
    "resumen",
    "resumo",
    "résumé",
    "aperçu",
    "riepilogo",
    "panoramica",
    "samenvatting",
    "overzicht",
    "sammanfattning",
    "översikt",
    "oppsummering",
    "oversikt",
    "podsumowanie",
    "przegląd",
    "shrnutí",
    "přehled",
    "обзор",
    "резюме",
    "огляд",
    "概要",
    "概述",
    "개요",
    "요약",
    "özet",
    "ringkasan",
    // Armenian "Ընդհանուր ամփոփ աղյուսակ" (the overall summary table), "Ամփոփում".
    "ամփոփ",
    "ամփոփում",
];

/// Whether a bullet is a remark on the work listed above it rather than work: it opens with
/// "this", "that" or "it" and a verb that states or expects ("- This should be the last RC",
/// "- It is the only slot the hall had", "- That will need a second van"). (Not "- This week's
/// report", "- That invoice: pay it", which name something.)
fn remarks_on_the_line_above(lower: &str) -> bool {
    let words = words_of(lower);
    // (Not a line that goes on to say what to do, "That will need a second reviewer, so ask Dana
    // now", "It should be returned; arrange a driver", nor "It is time to …", "This is the day
    // to …".)
    let then_work = lower.contains(", so ") || lower.contains("; ");
    let time_to = match words.as_slice() {
        [_, _, "time", ..] => true,
        [_, _, "the", when, ..] => ["day", "moment", "week", "time"].contains(when),
        _ => false,
    };
    !then_work
        && !time_to
        && matches!(words.as_slice(), [subject, verb, _, ..]
        if ["this", "that", "it"].contains(subject)
            && ["should", "is", "will", "was", "might", "may", "would", "could"].contains(verb))
}

/// A quote kept as a note, as it reads: a quoted line that opens with a bold lead (a callout's
/// label "> **Note:** …", "> **Go-live**: 3 May", a commenter's name "> **sam** wrote …") keeps
/// the lead's words without its stars, as a paragraph's "**Label:** …" is kept. The quote's
/// marks and any bold later in a line stay as written, so the export writes the quote back.
pub(super) fn quote_as_kept(source: &str) -> String {
    if !source.contains("**") {
        return source.to_string();
    }
    let lines: Vec<String> = source
        .split('\n')
        .map(|line| {
            let body = line.trim_start().trim_start_matches('>');
            let marks = line.len() - body.len();
            let body_start = marks + (body.len() - body.trim_start().len());
            let rest = &line[body_start..];
            let Some(inner) = rest.strip_prefix("**") else {
                return line.to_string();
            };
            // (A lead, closed on its line and with words in it: not "****" nor a bold that
            // runs on to the next line.)
            // (Only a label or a name: "**Note:**", "**Go-live**:", "**sam** wrote"; a word
            // stressed, "> **Don't** use the side door", keeps its stars.)
            let labels = |end: usize| {
                let after = inner[end + 2..].trim_start();
                inner[..end].trim_end().ends_with(':')
                    || after.starts_with(':')
                    || after.starts_with("wrote")
                    || after.starts_with("commented")
                    || after.starts_with("said")
            };
            match inner.find("**") {
                Some(end) if end > 0 && !inner[..end].trim().is_empty() && labels(end) => {
                    format!(
                        "{}{}{}",
                        &line[..body_start],
                        &inner[..end],
                        &inner[end + 2..]
                    )
                }
                _ => line.to_string(),
            }
        })
        .collect();
    lines.join("\n")
}

/// The word for "examples" in the languages of the corpus: English, Portuguese, Spanish,
/// French and Romanian, Italian, German, Dutch, Polish, Czech, Russian, Ukrainian, Swedish,
/// Danish and Norwegian, Turkish, Finnish, Hungarian, Indonesian.
const EXAMPLES: &[&str] = &[
    "examples",
    "exemplos",
    "ejemplos",
    "exemples",
    "exemple",
    "esempi",
    "beispiele",
    "voorbeelden",
    "przykłady",
    "příklady",
    "примеры",
    "приклади",
    "exempel",
    "eksempler",
    "örnekler",
    "esimerkkejä",
    "esimerkit",
    "példák",
    "contoh",
];

/// Whether a label names examples ("**Examples:**", "Some examples:", "***Exemplos de
/// formatos***", "Beispiele für Formate:", "For example:"): what it lists illustrates, it is not
/// work. The word opens or ends a label of at most five words; a label that asks for work on
/// examples ("Write the examples:", "Examples to add:", "Update examples") lists steps.
pub(super) fn names_examples(text: &str) -> bool {
    let lower = text.trim().trim_matches(['*', '_']).trim().to_lowercase();
    let label = lower.trim_end_matches([':', '：']).trim();
    let head = label.split(['(', '（']).next().unwrap_or_default();
    let words = words_of(head);
    if words.is_empty() || words.len() > 5 {
        return false;
    }
    let plural = |w: &&str| EXAMPLES.contains(w);
    let named = words.first().is_some_and(plural)
        || words.last().is_some_and(plural)
        // "For example:", "Example:" alone, "e.g.:".
        || matches!(words.as_slice(), ["for", "example" | "instance"] | ["example"] | ["e", "g"]);
    const WORK: [&str; 12] = [
        "to", "todo", "tasks", "steps", "write", "add", "update", "create", "prepare", "collect",
        "gather", "review",
    ];
    named && !words.iter().any(|w| WORK.contains(w)) && !opens_with_an_imperative(head)
}

/// "Depends" in a title that asks what hangs on what: English, Spanish and Portuguese, French,
/// Italian ("What depends on what", "Qué depende de qué", "Ce qui dépend de quoi", "Cosa
/// dipende da cosa").
const DEPENDS: &[&str] = &[
    "depends",
    "depende",
    "dependem",
    "dependen",
    "dépend",
    "dépendent",
    "dipende",
    "dipendono",
];

/// Whether a title's words name the key messages or talking points ("Key messages", "Talking
/// points", Spanish "Mensajes clave", Portuguese "Mensagens-chave", French "Messages clés",
/// Italian "Messaggi chiave", German "Kernbotschaften", Dutch "Kernboodschappen").
fn says_key_messages(words: &[String]) -> bool {
    const PAIRS: [[&str; 2]; 6] = [
        ["key", "messages"],
        ["talking", "points"],
        ["mensajes", "clave"],
        ["mensagens", "chave"],
        ["messages", "clés"],
        ["messaggi", "chiave"],
    ];
    words
        .windows(2)
        .any(|w| PAIRS.iter().any(|p| w[0] == p[0] && w[1] == p[1]))
        || words
            .iter()
            .any(|w| ["kernbotschaften", "kernboodschappen"].contains(&w.as_str()))
}

/// The heading lines that glance at the part of the plan after the one it states: "## Week 2
/// at a glance" in a plan of week 1 ("# Launch week 1: the card", "## Week 1"). A part of the
/// plan's count ("week", "sprint", "month", "phase" and a number) right before "at a glance";
/// another heading (or the title) names the same count with a smaller number, and none other
/// names this one (before or after it). Its bullets are that part's work, which the plan states
/// nowhere else, not the plan's work repeated as a summary's are.
pub(super) fn glances_ahead(blocks: &[super::blocks::Block]) -> std::collections::HashSet<usize> {
    use std::collections::HashMap;
    const PARTS: [&str; 4] = ["week", "sprint", "month", "phase"];
    // How many headings name each part and number, and the glances with theirs.
    let mut named: HashMap<(&str, u32), usize> = HashMap::new();
    let mut glances: Vec<(usize, &str, u32)> = Vec::new();
    // The parts whose work is also written under a bold label ("**Week 2**") or in a table's
    // rows ("| Week 2 | …", or "| 2 | …" under a "Sprint" column): a glance at one of those
    // repeats work the plan lists already.
    let mut elsewhere: std::collections::HashSet<(&str, u32)> = Default::default();
    let part_and_number = |text: &str| -> Option<(&'static str, u32)> {
        let lower = text.trim().trim_start_matches(['*', '_']).to_lowercase();
        let words = words_of(&lower);
        let part = PARTS.iter().find(|p| words.first() == Some(*p))?;
        Some((*part, words.get(1)?.parse().ok()?))
    };
    for block in blocks {
        match block {
            super::blocks::Block::Paragraph {
                lines, bold_labels, ..
            } => {
                for (text, bold) in lines.iter().zip(bold_labels) {
                    if *bold || text.trim_start().starts_with("**") {
                        elsewhere.extend(part_and_number(text));
                    }
                }
            }
            super::blocks::Block::Table { head, rows, .. } => {
                let column = head
                    .first()
                    .map(|h| h.trim().to_lowercase())
                    .and_then(|h| PARTS.iter().find(|p| h == **p || h == format!("{p}s")));
                for row in rows {
                    let Some(cell) = row.cells.first() else {
                        continue;
                    };
                    elsewhere.extend(part_and_number(cell));
                    if let (Some(part), Ok(n)) = (column, cell.trim().parse::<u32>()) {
                        elsewhere.insert((part, n));
                    }
                }
            }
            _ => {}
        }
    }
    for block in blocks {
        let super::blocks::Block::Heading { text, line, .. } = block else {
            continue;
        };
        // (A cheap test first: only a heading that names a part is read.)
        let lower = text.to_lowercase();
        if !PARTS.iter().any(|p| lower.contains(p)) {
            continue;
        }
        let words = words_of(&lower);
        for pair in words.windows(2) {
            let Some(part) = PARTS.iter().find(|p| **p == pair[0]) else {
                continue;
            };
            if let Ok(n) = pair[1].parse::<u32>() {
                *named.entry((part, n)).or_default() += 1;
            }
        }
        if let Some(at) = words
            .windows(5)
            .position(|w| w[2..] == ["at", "a", "glance"] && PARTS.contains(&w[0]))
        {
            if let (Some(part), Ok(n)) = (
                PARTS.iter().find(|p| **p == words[at]),
                words[at + 1].parse::<u32>(),
            ) {
                glances.push((*line, part, n));
            }
        }
    }
    glances
        .into_iter()
        .filter(|&(_, part, n)| {
            named.get(&(part, n)) == Some(&1)
                && !elsewhere.contains(&(part, n))
                && named.keys().any(|&(p, m)| p == part && m < n)
        })
        .map(|(line, _, _)| line)
        .collect()
}

/// Whether a field's value asks for work ("buy harnesses", French "acheter le nom de domaine",
/// Spanish "reservar la sala", German "Raum buchen und Beamer testen"): a step written after a
/// label, not a measure, a number or a state ("adoption ≥ 50 %", "dix participants", "alle
/// Nähte halten") nor what one must know or have ("savoir enfiler une aiguille", "connaître
/// un peu la vie associative").
fn asks_for_work(value: &str) -> bool {
    let value = value.trim_start_matches(|c: char| c.is_whitespace() || "*_".contains(c));
    if super::opens_with_a_verb(value) || super::text::opens_with_an_imperative(value) {
        return true;
    }
    let words: Vec<&str> = value
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let Some(first) = words.first() else {
        return false;
    };
    let lower = first.to_lowercase();
    // What one knows, has or is, in French, Spanish, Portuguese and Italian: a state.
    const STATES: [&str; 18] = [
        "savoir",
        "connaître",
        "connaitre",
        "avoir",
        "être",
        "saber",
        "conocer",
        "tener",
        "ser",
        "estar",
        "haber",
        "conhecer",
        "ter",
        "sapere",
        "conoscere",
        "avere",
        "essere",
        "disporre",
    ];
    // French verbs in "-re" that ask for work ("faire", "prendre"); other words in "-re" are
    // as often nouns ("lettre", "membre").
    const RE_VERBS: [&str; 12] = [
        "faire",
        "prendre",
        "mettre",
        "écrire",
        "lire",
        "rendre",
        "vendre",
        "construire",
        "produire",
        "traduire",
        "inscrire",
        "réécrire",
    ];
    // An infinitive opening the value, in French, Spanish, Portuguese or Italian ("acheter",
    // "définir", "reservar", "prenotare"), Polish ("kupić") or Russian ("купить"), in lower
    // case.
    let infinitive = first.chars().next().is_some_and(char::is_lowercase)
        && lower.chars().count() >= 4
        && !STATES.contains(&lower.as_str())
        && (["er", "ir", "ar", "ć", "ть"]
            .iter()
            .any(|e| lower.ends_with(e))
            || RE_VERBS.contains(&lower.as_str()));
    if infinitive {
        return true;
    }
    // German: a noun (capitalised) or an article, then an infinitive at the end ("Raum
    // buchen", "den Saal mieten"); not "alle Nähte halten", what holds.
    let last = words.last().copied().unwrap_or_default();
    let german_object = first.chars().next().is_some_and(char::is_uppercase)
        || ["den", "die", "das", "ein", "eine", "einen"].contains(&lower.as_str());
    words.len() >= 2
        && german_object
        && last.chars().next().is_some_and(char::is_lowercase)
        && ["en", "ern", "eln"].iter().any(|e| last.ends_with(e))
}

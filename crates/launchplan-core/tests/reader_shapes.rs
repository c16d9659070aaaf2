//! Property test of the Markdown reader over documents of the shapes real plans take: front
//! matter, headings with and without dates, times relative to launch, nested task lists, tables
//! of dates and notes, records, labelled lines, key dates, forms, decision logs, in random
//! combinations. The reader never panics
//! and keeps every task it read through Markdown export and import (its time is tested in
//! `reader_time.rs`).

use launchplan_core::formats::markdown_in::import_markdown;
use launchplan_core::formats::markdown_out::export_markdown;
use proptest::prelude::*;
use proptest::sample::select;

/// One line or block of a plan document.
fn piece() -> impl Strategy<Value = String> {
    let words = select(vec![
        "Invite wave 1",
        "Code freeze",
        "Go/no-go for launch",
        "Ship build 12",
        "Beta lead: Ana",
        "Do testers keep access?",
        "Press kit final",
        "Security sign-off",
        "Plan the retro",
    ]);
    let date = select(vec![
        "Feb 10",
        "Feb 10, 2026",
        "Monday, January 20",
        "Dec 29 - Jan 2",
        "2026-03-05",
        "Q3 2026",
        "March 2026",
        "Feb 29",
        "T-7 days",
        "T+1",
        "2 weeks before launch",
        "05/13/2027",
        "2026/8/21",
        "2026/5",
        "Tue, 2027-Feb-09",
        "8 de marzo de 2027",
        "",
    ]);
    prop_oneof![
        (1..5usize, date.clone())
            .prop_map(|(level, d)| format!("{} Week {d}\n", "#".repeat(level))),
        (words.clone(), date.clone(), any::<bool>(), 0..3usize).prop_map(|(w, d, done, depth)| {
            format!(
                "{}- [{}] {w} {d}\n",
                "  ".repeat(depth),
                if done { "x" } else { " " }
            )
        }),
        (words.clone(), 0..3usize).prop_map(|(w, depth)| format!("{}- {w}\n", "  ".repeat(depth))),
        (date.clone(), words.clone(), any::<bool>()).prop_map(|(d, w, done)| {
            format!(
                "\n| Date | Task | Status |\n|---|---|---|\n| {d} | {w} | {} |\n\n",
                if done { "Done" } else { "Planned" }
            )
        }),
        date.clone().prop_map(|d| format!("Launch: {d}\n")),
        words.clone().prop_map(|w| format!("\n{w}\n\n")),
        // Constructs of the rounds of December 2026: a range label glued under a bullet, a
        // heading without its space, a day written as a bullet, a rule, a labelled task, a
        // record between rules, a gate in a sentence, "done" with a date, an idle table row.
        words
            .clone()
            .prop_map(|w| format!("- {w}\n17 May - May 21: {w}\n- {w}\n")),
        (1..4usize, words.clone()).prop_map(|(level, w)| format!("\n{}{w}\n\n", "#".repeat(level))),
        (date.clone(), words.clone()).prop_map(|(d, w)| format!("- **{d}**\n  - {w}\n")),
        words.clone().prop_map(|w| format!("- **Policy** {w}\n- Never {w}\n")),
        words.clone().prop_map(|w| format!("\n**Also today:** {w}\n\n")),
        (words.clone(), date.clone())
            .prop_map(|(w, d)| format!("\n---\ntitle: {w}\nend_date: {d}\ntype: task\n---\n\n")),
        date.clone().prop_map(|d| format!("\nFeature freeze is {d}. Only fixes then.\n\n")),
        words.clone().prop_map(|w| format!("- {w} **done 2026/8/21**\n")),
        (date.clone(), words.clone()).prop_map(|(d, w)| {
            format!("\n| Date | Release | Note |\n|---|---|---|\n| {d} | none | {w} |\n| {d} | 1.0 | {w} |\nGlued line\n\n")
        }),
        // Constructs of the fourth session: a pandoc simple table (headed or closed), a
        // Markdown fence with drawn boxes, org-mode tasks with a day and a drawer, a dated label
        // over a list, pandoc's div fences and heading attributes.
        (date.clone(), words.clone()).prop_map(|(d, w)| {
            format!("\n  --------- --------------\n  {d}   {w} (done)\n  XXX       {w}\n  --------- --------------\n\n")
        }),
        (date.clone(), words.clone())
            .prop_map(|(d, w)| format!("\nWhen   What\n-----  -----\n{d}  {w}\n\n")),
        (date.clone(), words.clone(), any::<bool>()).prop_map(|(d, w, done)| {
            format!(
                "\n```markdown\nDay 3 ({d}): {w}\n{} {w}\n  Target: {w}\n```\n\n",
                if done { "☑" } else { "□" }
            )
        }),
        (words.clone(), any::<bool>()).prop_map(|(w, done)| {
            format!(
                "{} {w}\nSCHEDULED: <2027-03-21 Sun ++1w>\n:LOGBOOK:\n* State \"DONE\" from \"TODO\" [2027-03-14 Sun]\n:END:\n",
                if done { "DONE" } else { "TODO" }
            )
        }),
        (date.clone(), words.clone()).prop_map(|(d, w)| format!("\n**Monday** ({d}):\n- [ ] {w}\n")),
        (date.clone(), words.clone()).prop_map(|(d, w)| format!("\n::: {{}}\n## {w} {d} {{#anchor}}\n:::\n")),
        // Constructs of the fifth session: lines of key dates, a form of empty fields, a
        // status record, weekday labels under a signed week, a decision log, year-first and
        // hyphenated dates, release steps.
        (words.clone(), date.clone())
            .prop_map(|(w, d)| format!("\n{w}: {d}\n\nCode freeze: 2027 Mar-30 8pm\n\nLast day: 14-OCT-2027\n\n")),
        words.clone().prop_map(|w| format!("- {w}:\n- Types of errors logged:\n- {w}: feature flag\n")),
        words.clone().prop_map(|w| format!("- **Status**: {w}\n- **Watch**:\n  - {w}\n")),
        (words.clone(), any::<bool>()).prop_map(|(w, plus)| {
            format!("\n### Week {}2: {w}\n- **Mercredi** : {w}\n- Friday - {w}\n", if plus { "+" } else { "-" })
        }),
        (date.clone(), words.clone()).prop_map(|(d, w)| {
            format!("\n## Decisions\n\n| Date | What was decided | Who |\n|---|---|---|\n| {d} | {w} | Ana |\n| 17.08 | {w} | Bo |\n\n")
        }),
        words.clone().prop_map(|w| format!("\n## Step 2: a week before the release\n- [ ] {w}\n## Step 3: just after the release\n- [ ] {w}\n")),
        (date.clone(), words.clone()).prop_map(|(d, w)| format!("\n#### Week 1-2\n- [ ] {w} {d}\n\n### Minus 3 weeks\n- [ ] {w}\n")),
        // Constructs of the eighteenth session: a nightly build's day in code, a plain step
        // among boxes, a heading over the fields of a piece of work, weekday codes in a day
        // column, Latvian days and counts, a freeze by a day.
        words.clone().prop_map(|w| format!("- `20290924`: {w}\n- `2029092ā`: {w}\n")),
        words.clone().prop_map(|w| format!("- [x] {w}\n- Install {w}\n  - [x] {w}\n  - [ ] {w}\n- [ ] {w}\n")),
        (words.clone(), any::<bool>()).prop_map(|(w, done)| {
            format!("\n#### {}7.1.1. {w}\n\nOwner: Ana\nEstimate: 2 days\n\n", if done { "✅ " } else { "" })
        }),
        words.clone().prop_map(|w| format!("\n| Zi | Post |\n|---|---|\n| L1 | {w} |\n| Mi1 | {w} |\n| J2 | {w} |\n\n")),
        // Constructs of the nineteenth session: a checklist indented as code under a heading,
        // headings pushed right, steps under a slot of the day's run, lines counted in weeks,
        // a weekday in brackets beside a date, "a week ahead", an issue's labels over
        // checklists named after its timeline's milestones.
        (date.clone(), words.clone()).prop_map(|(d, w)| format!("\n### {d}\n\n    - [x] {w} / ana\n    - [ ] {w}\n        1.  {w}\n\n###     {w}\n\n- [ ] {w}\n")),
        words.clone().prop_map(|w| format!("\n- [ ] 8:15 {w}\n  1. {w}\n  2. {w}\n")),
        words.clone().prop_map(|w| format!("\nCounted in weeks before the launch.\n\n-12 {w}\n-4 {w}\n0 {w}\n")),
        words.clone().prop_map(|w| format!("\nWindow: 05/12/2029 (qua)\n\n- [ ] {w} a week ahead (list)\n")),
        (date.clone(), words.clone()).prop_map(|(d, w)| format!("\n- {w} – {d}\n- Release – {d}\n\nPre-{w} Steps\n- [ ] {w}\n\nFinal Release Steps:\n- [x] {w}\n")),
        (date.clone(), words.clone()).prop_map(|(d, w)| {
            format!("- {w} 2029.gada 20.jūlija līdz 22.jūlijam, 3 dienas pirms svētkiem\n\nWe will freeze the build by {d}, then {w}.\n\n")
        }),
        // Constructs of the twentieth session: a settled window in a comment, targets and
        // ranges in code spans, files as deliverables, acceptance criteria, a status label,
        // metrics to monitor, a run by the clock, lengths after the launch.
        (date.clone(), words.clone()).prop_map(|(d, w)| format!("\n**{w}** (T-1 day)\n- [ ] {w}\n\n{w} confirmed the window: {d}, from 08:00.\n")),
        words.clone().prop_map(|w| format!("\n> تاریخ هدف {w}: 2030-06-30\n\n1. `2030-07-01` تا `2030-07-02`: {w}\n2. `2030-07-03` to `2030-07-04`: تصمیم {w}\n- `docs/{w}.md` (closed)\n")),
        words.clone().prop_map(|w| format!("\n## Acceptance Criteria\n- [ ] {w}\n\n## {w}\n* Status:\n    * {w}\n\n### Metrics to Monitor\n- [ ] {w}\n")),
        // Round 46's: a phase over its fields, Hebrew dates after a preposition, Georgian days,
        // a table of fields with key days.
        (date.clone(), words.clone()).prop_map(|(d, w)| format!("\n- **Phase 1: {w}**\n  - Status: ✅ Done\n  - Duration: 2 weeks\n  - Dates: 7 April - 20 April\n  - Description:\n    - {w}\n    - [x] {w}\n- [ ] {w} מ-10.10.2030\n\n#### დღე 1-2: {w}\n- [ ] {w}\n\n| Parameter | Value |\n|---|---|\n| Start | {d} |\n| {w} | {d} |\n\n")),
        (date.clone(), words.clone()).prop_map(|(d, w)| {
            format!("\n# Sendung am {d}\n\n⏰ **16:00 Uhr**\n* {w}\n\n⏰ **19:30 Uhr**\n\n## Post-Launch {w}\n### Review (Within 24 hours)\n- [ ] {w}\n### Post Launch (1 Week)\n- [ ] {w}\n")
        }),
        // Constructs of the twenty-first session: native digits and words, banners over
        // titles, work tracked in fields, a launch's day in the count, day ranges ending on a
        // dotted day, weekday labels, a status report.
        words.clone().prop_map(|w| format!("\n## সপ্তাহ ১ (১৫-২১ সেপ্টেম্বর ২০৩০)\n\n### দিন ১-২: {w}\n- [ ] {w} ৪ বনাম ৮\n- [x] T-৭: {w}\n- [ ] ٠٥/٠٤/٢٠٣١ — {w}\n- [ ] ๑๗ มีนาคม ๒๕๗๔ {w}\n")),
        (date.clone(), words.clone()).prop_map(|(d, w)| format!("\n═══════════════\n1. {w} ({d})\n═══════════════\n\n- {w}\n═══════════════\n\n### СЕДМИЦА 1 (14-20.04) — {w}\n- **Вторник:** {w} и още\n- **Четвъртък-Петък:** {w}\n")),
        (date.clone(), words.clone()).prop_map(|(d, w)| format!("\n- **{w}**\n  - Status: ✅ Done\n  - Due: {d}\n  - Owner: Ana\n- [ ] {w}\n  - Due: {d}\n\n## Current status\n\n- **Sprint day:** 6 / 14\n- [ ] {w}\n")),
        // Constructs of the twenty-second session: a period line under a heading with a
        // tilde range and a table of weeks, short dotted days, a count's start in a heading,
        // Thai short months, a bold week's label over fields, a sentence as a list, a box that
        // holds a place.
        words.clone().prop_map(|w| format!("\n### Phase 1: {w}\n**기간**: 2030-03-04 ~ 2030-03-17\n\n| 주차 | {w} |\n|---|---|\n| 1주차 | {w} |\n| Week 2 | {w} |\n\n- [ ] {w} (pet 14.9.)\n- [ ] {w} 3.–9.9.\n- [ ] ... (to be expanded once {w} closes)\n")),
        (date.clone(), words.clone()).prop_map(|(d, w)| format!("\n**Start:** {d}\n\n## Next steps (4-week plan, starting Monday 18 Mar)\n\n### สัปดาห์ที่ 1 — {w}\n- [ ] {w} (พฤ. 28 มี.ค.) 22 เม.ย. 2573\n\n**Week 2 · {w}**\n- Topics: {w}\n\n**N3 · {w}** nädal\n\nEach day has:\n\n- the {w},\n- the next step.\n")),
        (date, words).prop_map(|(d, w)| format!("\n**Target launch date:** {d} (day 14 of the sprint)\n**Timeframe:** kick-off {d}, go-live {d}\n\n#### Day 1–2: {w}\n- [ ] {w}\n\n## Exit Criteria (must)\n- [ ] {w}\n\n## Not in 2.4\n- {w}\n")),
    ]
}

/// Text of the characters the reader's rewrites look at by byte position (digits, dots,
/// dashes, backticks, pipes, brackets) mixed with letters of several bytes.
fn scraps() -> impl Strategy<Value = String> {
    let pieces = select(vec![
        "`",
        ".",
        "-",
        ":",
        "|",
        "(",
        ")",
        "[",
        "]",
        "*",
        "#",
        " ",
        "\n",
        "\n- ",
        "\n- [ ] ",
        "\n| ",
        "1",
        "2",
        "9",
        "0",
        "20",
        "2029",
        "ā",
        "ē",
        "€",
        "ő",
        "Ν",
        "ί",
        "日",
        "월",
        "—",
        "–",
        "…",
        "✅",
        "gada",
        "jūlij",
        "marts",
        "dienas",
        "pirms",
        "T-",
        "D-",
        "W1",
        "Mi",
        "L",
        "Owner",
        "Estimate",
        "freeze",
        " by ",
        "is set",
        "Migration night",
        "of",
        "and",
        "১৫",
        "২০৩১",
        "মার্চ",
        "দিন",
        "٠٥/",
        "๒๕๗๔",
        "२०८७",
        "３",
        "═══════════",
        "━━━━━━━━━━",
        "(day 1)",
        "14-20.04",
        "~",
        "〜",
        "3.–9.9.",
        "pet 14.9.",
        "주차",
        "มี.ค.",
        "2573",
        "N1 · ",
        "nädal",
        "**Week 2 · ",
        "...",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|parts| parts.concat())
}

fn document() -> impl Strategy<Value = String> {
    (any::<bool>(), prop::collection::vec(piece(), 0..40)).prop_map(|(front, pieces)| {
        let mut doc = String::new();
        if front {
            doc.push_str("---\ntitle: Random plan\nrelease_date: 2026-04-01\n---\n");
        }
        doc.push_str("# Plan\n\n");
        doc.extend(pieces);
        doc
    })
}

// `scripts/test.sh` fixes the seed (PROPTEST_RNG_SEED), so that CI draws the same 256 cases each
// run; after changing the reader, run this file with another seed and `cases` raised to a few
// thousand (the twentieth session found two export losses that way).
proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, cases: 256, ..ProptestConfig::default() })]

    /// The reader's rewrites work by byte position: on scraps of the characters they look at,
    /// beside letters of several bytes, it never panics.
    #[test]
    fn the_reader_reads_scraps_of_its_patterns_without_panicking(text in scraps()) {
        let plan = import_markdown(&text).plan;
        let _ = import_markdown(&export_markdown(&plan));
    }

    #[test]
    fn the_reader_keeps_every_task_through_export_and_import(doc in document()) {
        let first = import_markdown(&doc).plan;
        let exported = export_markdown(&first);
        let second = import_markdown(&exported).plan;
        let tasks = |p: &launchplan_core::plan::Plan| {
            let mut t: Vec<(String, bool)> = p.schedule_items().map(|i| (i.text.clone(), i.done)).collect();
            t.sort();
            t
        };
        let (a, b) = (tasks(&first), tasks(&second));
        for task in &a {
            prop_assert!(b.contains(task), "{task:?} lost\n--- document\n{doc}\n--- exported\n{exported}");
        }
    }
}

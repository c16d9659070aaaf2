//! The Markdown reader's time grows linearly with the document (its own test binary, so that no
//! other test runs beside the measurement).

use launchplan_core::formats::markdown_in::import_markdown;

/// Regression (hostile input): repeated identical lines took time in the square of their count
/// (16,000 of them, 18 s in the page): IDs were made unique by scanning. A document of repeated
/// pieces reads in time linear in its size: 16 times the text may take
/// at most 40 times as long (a quadratic pass would take 256 times).
#[test]
fn reading_time_grows_linearly_with_the_document() {
    let unit = "## Week of Feb 10, 2026\n\n- [ ] Code freeze (Feb 12)\n  - [ ] Tag the branch\n\
                | Date | Task |\n|---|---|\n| Feb 13 | Ship |\n\n- Beta lead: Ana\n\
                ## tl;dr\n\n- **Tuesday, Feb 17, 2026**: Week 2 - Docs Freeze\n\n\
                ## Schedule\n\n- Code Freeze: Feb 18, 2026\n- Day 3 sign-off\n- Budget:\n  - venue\n\n\
                ### T-7: Assets\n\n| Task | Owner | Status |\n|---|---|---|\n| Record | Wen | Done |\n";
    // The quickest of three runs, so that a busy machine does not decide the ratio.
    let time = |n: usize| {
        let doc = unit.repeat(n);
        (0..3)
            .map(|_| {
                let started = std::time::Instant::now();
                let plan = import_markdown(&doc).plan;
                assert!(plan.counts().schedule_items >= n);
                started.elapsed()
            })
            .min()
            .unwrap_or_default()
    };
    time(50);
    let small = time(250).max(std::time::Duration::from_millis(1));
    let large = time(4_000);
    assert!(
        large < small * 40,
        "{small:?} for 250 pieces, {large:?} for 4,000"
    );
}

/// Regression (found while writing it): each opening sentence that leads into a list ("Left to
/// do before the launch:") took a copy of every item read so far, so a document of many of them
/// read in the square of its size. 16 times the openings may take at most 40 times as long.
#[test]
fn openings_read_in_time_linear_in_their_count() {
    let unit = "Left to do before the launch:\n\n- [ ] Tag it\n- [ ] Ship it\n\n";
    let time = |n: usize| {
        let doc = format!(
            "# Launch\n\n**Launch date:** June 1, 2027\n\n{}",
            unit.repeat(n)
        );
        (0..3)
            .map(|_| {
                let started = std::time::Instant::now();
                let plan = import_markdown(&doc).plan;
                assert!(plan.counts().schedule_items >= 2 * n);
                started.elapsed()
            })
            .min()
            .unwrap_or_default()
    };
    time(25);
    let small = time(125).max(std::time::Duration::from_millis(1));
    let large = time(2_000);
    assert!(
        large < small * 40,
        "{small:?} for 125 openings, {large:?} for 2,000"
    );
}

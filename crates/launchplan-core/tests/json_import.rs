//! The canonical JSON file: every bad input of the reliability matrix gets a message that says
//! what and where, and the golden version 1 file keeps loading forever.

use launchplan_core::formats::json::{
    export_json, import_json, JsonImportError, MAX_FILE_BYTES, SCHEMA_VERSION,
};
use launchplan_core::formats::markdown_in::import_markdown;
use serde_json::{json, Value};

/// The golden version 1 file: never regenerate it; a new schema version must migrate it.
const GOLDEN_V1: &str = include_str!("fixtures/billingos.v1.launchplan.json");

fn billingos_json() -> Value {
    let plan = launchplan_core::default_plan::default_plan().plan;
    serde_json::from_str(&export_json(&plan)).unwrap()
}

fn err(text: &str) -> JsonImportError {
    import_json(text).expect_err("the import should have failed")
}

fn with(mut value: Value, pointer: &str, new: Value) -> String {
    *value
        .pointer_mut(pointer)
        .unwrap_or_else(|| panic!("no {pointer}")) = new;
    serde_json::to_string_pretty(&value).unwrap()
}

#[test]
fn the_golden_v1_file_loads_with_every_part() {
    let plan = import_json(GOLDEN_V1).expect("golden v1 file must load");
    let counts = plan.counts();
    assert_eq!(
        (
            counts.checklist_items,
            counts.milestones,
            counts.decisions,
            counts.contingencies,
            counts.communications
        ),
        (72, 5, 3, 3, 7)
    );
    assert_eq!(
        plan.facts.launch,
        chrono::NaiveDate::from_ymd_opt(2026, 2, 19)
    );
    assert_eq!(plan.title, "BillingOS Milestones & Timeline");
}

#[test]
fn the_golden_v1_file_matches_what_markdown_import_makes_today() {
    let golden = import_json(GOLDEN_V1).unwrap();
    let fresh = import_markdown(include_str!("../../../plans/billingos-milestones.md")).plan;
    assert_eq!(
        golden, fresh,
        "the Markdown importer changed what it makes of the BillingOS plan"
    );
}

#[test]
fn empty_and_blank_files() {
    assert_eq!(err(""), JsonImportError::Empty);
    assert_eq!(err(" \n\t"), JsonImportError::Empty);
    assert_eq!(err("\u{feff}"), JsonImportError::Empty);
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = format!(
        "\u{feff}{}",
        export_json(&launchplan_core::default_plan::default_plan().plan)
    );
    assert!(import_json(&text).is_ok());
}

#[test]
fn not_json_says_where_it_stopped() {
    let e = err("PK\u{3}\u{4} binary zip");
    assert!(
        matches!(
            e,
            JsonImportError::Syntax {
                line: 1,
                column: 1,
                ..
            }
        ),
        "{e:?}"
    );
    assert!(e.to_string().starts_with("This is not JSON"), "{e}");
    let e = err("{\n  \"format\": \"launchplan\",\n  \"plan\": {\n");
    let JsonImportError::Syntax { line, message, .. } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(*line, 4);
    assert!(message.contains("EOF"), "{message}");
}

#[test]
fn other_kinds_of_json_are_not_plans() {
    assert!(err("[]").to_string().contains("holds a list"));
    assert!(err("\"plan\"").to_string().contains("holds a string"));
    assert!(err("null").to_string().contains("holds null"));
    assert!(err("{\"type\":\"excalidraw\"}")
        .to_string()
        .contains("no \"format\""));
    assert!(
        err("{\"format\":\"tldraw\",\"schema_version\":1,\"plan\":{}}")
            .to_string()
            .contains("\"tldraw\"")
    );
    assert!(err("{\"format\":\"launchplan\",\"schema_version\":1}")
        .to_string()
        .contains("no \"plan\""));
}

#[test]
fn a_newer_schema_is_refused_with_a_clear_message() {
    let e = err(&with(
        billingos_json(),
        "/schema_version",
        json!(SCHEMA_VERSION + 1),
    ));
    assert_eq!(
        e,
        JsonImportError::NewerVersion {
            found: u64::from(SCHEMA_VERSION) + 1,
            supported: SCHEMA_VERSION
        }
    );
    assert!(e.to_string().contains("newer version of Launchplan"), "{e}");
}

#[test]
fn absurd_or_missing_schema_versions_are_refused() {
    for bad in [
        json!(0),
        json!(-1),
        json!(1.5),
        json!("1"),
        json!(null),
        json!(1e300),
    ] {
        let e = err(&with(billingos_json(), "/schema_version", bad.clone()));
        assert!(
            matches!(
                e,
                JsonImportError::BadVersion { .. } | JsonImportError::NewerVersion { .. }
            ),
            "{bad}: {e:?}"
        );
    }
    let mut v = billingos_json();
    v.as_object_mut().unwrap().remove("schema_version");
    assert!(err(&v.to_string()).to_string().contains("(missing)"));
}

#[test]
fn wrong_types_and_nulls_name_the_json_path_and_line() {
    let e = err(&with(
        billingos_json(),
        "/plan/sections/1/blocks/0/schedule/days/0/items/0/done",
        json!("yes"),
    ));
    let JsonImportError::Invalid {
        path,
        message,
        line,
        ..
    } = &e
    else {
        panic!("{e:?}")
    };
    assert_eq!(
        path,
        "$.plan.sections[1].blocks[0].schedule.days[0].items[0].done"
    );
    assert_eq!(message, "Expected a boolean, found string \"yes\"");
    assert!(*line > 10, "line {line}");
    let e = err(&with(billingos_json(), "/plan/title", Value::Null));
    assert!(
        e.to_string()
            .starts_with("Expected a string, found null at $.plan.title (line "),
        "{e}"
    );
}

#[test]
fn unknown_fields_and_duplicate_keys_are_named() {
    let mut v = billingos_json();
    v.pointer_mut("/plan/sections/0")
        .unwrap()
        .as_object_mut()
        .unwrap()
        .insert("colour".into(), json!("red"));
    let e = err(&v.to_string());
    assert!(
        e.to_string().contains("Unknown field `colour`")
            && e.to_string().contains("$.plan.sections[0]"),
        "{e}"
    );
    let text = export_json(&launchplan_core::default_plan::default_plan().plan).replacen(
        "\"title\":",
        "\"title\": \"x\", \"title\":",
        1,
    );
    assert!(
        err(&text)
            .to_string()
            .contains("Duplicate field `title` at $.plan"),
        "{}",
        err(&text)
    );
}

#[test]
fn impossible_and_out_of_range_dates_are_refused() {
    let e = err(&with(
        billingos_json(),
        "/plan/facts/launch",
        json!("2026-02-30"),
    ));
    assert!(
        e.to_string().contains("Not a calendar date")
            && e.to_string().contains("$.plan.facts.launch"),
        "{e}"
    );
    let e = err(&with(
        billingos_json(),
        "/plan/facts/launch",
        json!("0000-02-10"),
    ));
    assert!(e.to_string().contains("outside the years"), "{e}");
    let e = err(&with(
        billingos_json(),
        "/plan/facts/launch",
        json!("Feb 19"),
    ));
    assert!(e.to_string().contains("$.plan.facts.launch"), "{e}");
}

#[test]
fn duplicate_ids_are_refused() {
    let v = billingos_json();
    let first = v
        .pointer("/plan/sections/1/blocks/0/schedule/days/0/items/0/id")
        .unwrap()
        .clone();
    let e = err(&with(
        v,
        "/plan/sections/1/blocks/0/schedule/days/0/items/1/id",
        first,
    ));
    assert!(
        e.to_string()
            .contains("is used twice at $.plan.sections[1].blocks[0].schedule.days[0].items[1].id"),
        "{e}"
    );
}

#[test]
fn deep_nesting_huge_files_and_huge_strings_are_refused() {
    // A list nested 100,000 deep is refused without descending into it (the header check
    // skips what it does not read, without recursion), and so is one inside the plan (the plan's
    // reader says where it is wrong).
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(
        err(&deep).to_string().contains("holds a list"),
        "{}",
        err(&deep)
    );
    let deep_plan = format!(
        "{{\"format\":\"launchplan\",\"schema_version\":2,\"plan\":{{\"title\":{}{}}}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert!(
        err(&deep_plan).to_string().contains("$.plan.title"),
        "{}",
        err(&deep_plan)
    );
    let huge = " ".repeat(MAX_FILE_BYTES + 1);
    assert!(matches!(err(&huge), JsonImportError::TooLarge { .. }));
    let e = err(&with(
        billingos_json(),
        "/plan/title",
        json!("x".repeat(50_000)),
    ));
    assert!(e.to_string().contains("characters long"), "{e}");
}

#[test]
fn markup_in_text_stays_text_and_the_same_file_twice_gives_the_same_plan() {
    let text = with(
        billingos_json(),
        "/plan/title",
        json!("<img src=x onerror=alert(1)> \u{202e}evil\u{200b}"),
    );
    let a = import_json(&text).unwrap();
    assert_eq!(a.title, "<img src=x onerror=alert(1)> \u{202e}evil\u{200b}");
    assert_eq!(import_json(&text).unwrap(), a);
}

#[test]
fn months_and_quarters_out_of_range_are_refused() {
    let e = err(&with(
        billingos_json(),
        "/plan/sections/0/blocks/0/milestones/period/quarter",
        json!(5),
    ));
    assert!(
        e.to_string().contains(
            "The quarter 5 is not from 1 to 4 at $.plan.sections[0].blocks[0].milestones.period"
        ),
        "{e}"
    );
}

#[test]
fn the_stored_copy_keeps_its_revision_and_reads_as_a_file_too() {
    use launchplan_core::formats::json::{decode_stored, encode_stored};
    use launchplan_core::plan::Stamp;
    let plan = launchplan_core::default_plan::default_plan().plan;
    let text = encode_stored(&plan, 7, Stamp(1_770_000_000_000));
    let stored = decode_stored(&text).unwrap();
    assert_eq!(
        (stored.revision, stored.saved_at, &stored.plan),
        (7, Stamp(1_770_000_000_000), &plan)
    );
    assert_eq!(import_json(&text).unwrap(), plan);
    // A file written by export has no revision: it reads as revision 0.
    assert_eq!(decode_stored(&export_json(&plan)).unwrap().revision, 0);
    // A truncated stored copy is an error, never a default.
    assert!(decode_stored(&text[..text.len() / 2]).is_err());
}

/// Regression (hostile input): a plan ID with ":" was stored under a key that the library took
/// for another plan's backup, and the other plan's next save wrote over it.
#[test]
fn a_plan_id_that_could_name_a_backup_key_is_refused() {
    let plan = launchplan_core::default_plan::default_plan().plan;
    for bad in [
        format!("{}:last-good", plan.id),
        "a:b".to_string(),
        "x\u{7}y".into(),
    ] {
        let text = export_json(&plan).replacen(
            &format!("\"id\": \"{}\"", plan.id),
            &format!("\"id\": {}", serde_json::to_string(&bad).unwrap()),
            1,
        );
        let err = import_json(&text).unwrap_err();
        assert!(err.to_string().contains("$.plan.id"), "{err}");
    }
}

/// Regression (hostile input): a 4.8 MB plan of CJK text took 5.3 MB stored; it saved once,
/// then the next save found its own stored copy "too large" and refused, and a reload called the
/// plan unreadable.
#[test]
fn a_stored_copy_is_read_back_whatever_its_size_and_imports_are_measured_as_stored() {
    let mut plan = launchplan_core::default_plan::default_plan().plan;
    // 3 UTF-8 bytes per character: 5.4 MB stored.
    plan.notes = vec!["\u{65e5}".repeat(1_000); 1_800];
    let stored = launchplan_core::formats::json::encode_stored(&plan, 3, Default::default());
    assert!(stored.len() > MAX_FILE_BYTES);
    let back = launchplan_core::formats::json::decode_stored(&stored).unwrap();
    assert_eq!(back.plan, plan);
    let err = launchplan_core::formats::json::check_stored_size(&plan).unwrap_err();
    assert!(
        matches!(err, JsonImportError::TooLargeStored { bytes, .. } if bytes == stored.len()),
        "{err}"
    );
    plan.notes.truncate(100);
    assert!(launchplan_core::formats::json::check_stored_size(&plan).is_ok());
}

/// Regression (review of the hostile-input fixes): the app can save what an import would refuse
/// (a date typed far ahead, a very long text); the stored copy must still read back, or the next
/// save is refused and a reload calls the plan unreadable.
#[test]
fn a_stored_copy_is_read_back_whatever_the_editor_made_of_it() {
    use launchplan_core::formats::json::{decode_stored, encode_stored};
    use launchplan_core::plan::Stamp;
    let mut plan = launchplan_core::default_plan::default_plan().plan;
    let item = plan.schedule_items().next().unwrap().id.clone();
    let far = chrono::NaiveDate::from_ymd_opt(3500, 1, 1).unwrap();
    assert!(plan.set_date(&item, far, Stamp(1)));
    assert!(plan.set_text(&item, &"x".repeat(30_000), Stamp(2)));
    let stored = encode_stored(&plan, 4, Stamp(2));
    assert!(import_json(&stored).is_err(), "an import keeps its limits");
    assert_eq!(decode_stored(&stored).unwrap().plan, plan);
}

#[test]
fn offsets_relative_to_the_launch_are_kept_and_a_bad_one_is_named() {
    let source = "# Launch\n\n**Launch:** June 4, 2026\n\n## T-2 Weeks\n\n- [ ] Book the hall\n";
    let plan = import_markdown(source).plan;
    let text = export_json(&plan);
    assert!(text.contains("\"offset\": \"T-2w\""), "{text}");
    assert!(text.contains(&format!("\"schema_version\": {SCHEMA_VERSION}")));
    assert_eq!(import_json(&text).unwrap(), plan);

    let pointer = "/plan/sections/0/blocks/0/schedule/items/0/offset";
    let value: Value = serde_json::from_str(&text).unwrap();
    assert!(value.pointer(pointer).is_some(), "{text}");
    let e = err(&with(value, pointer, json!("two weeks before")));
    let JsonImportError::Invalid { path, message, .. } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(
        path,
        "$.plan.sections[0].blocks[0].schedule.items[0].offset"
    );
    assert!(
        message.contains("\"two weeks before\" is not a time relative to launch"),
        "{message}"
    );
}

#[test]
fn a_plan_with_more_entries_than_the_limit_is_refused_before_it_renders() {
    use launchplan_core::formats::json::{check_stored_size, MAX_ENTRIES};
    let mut value = billingos_json();
    let items: Vec<Value> = (0..MAX_ENTRIES)
        .map(|i| json!({ "id": format!("many-{i}"), "text": "x" }))
        .collect();
    let pointer = "/plan/sections/1/blocks/0/schedule/days/0/items";
    *value.pointer_mut(pointer).unwrap() = Value::Array(items);
    let e = err(&serde_json::to_string(&value).unwrap());
    assert!(
        matches!(e, JsonImportError::TooManyEntries { entries, limit } if entries > limit && limit == MAX_ENTRIES),
        "{e:?}"
    );
    assert!(
        e.to_string()
            .contains("Launchplan opens plans of up to 25000"),
        "{e}"
    );
    // A Markdown file makes its plan first: the same limit applies before it is shown.
    let markdown = format!(
        "# Many\n\n## Work\n\n{}",
        "- [ ] a\n".repeat(MAX_ENTRIES + 1)
    );
    let plan = import_markdown(&markdown).plan;
    assert!(matches!(
        check_stored_size(&plan),
        Err(JsonImportError::TooManyEntries { .. })
    ));
    // The BillingOS plan is far inside it.
    assert!(check_stored_size(&launchplan_core::default_plan::default_plan().plan).is_ok());
}

#[test]
fn a_number_where_a_whole_number_belongs_is_named_plainly() {
    let e = err(&with(
        billingos_json(),
        "/plan/sections/3/blocks/0/decision/day_label",
        json!(-0.0),
    ));
    let message = e.to_string();
    assert!(
        message.starts_with("Expected a whole number, found the number -0.0 at $.plan.sections[3].blocks[0].decision.day_label"),
        "{message}"
    );
    assert!(!message.contains("floating point"), "{message}");
}

//! Writes a plan file (the JSON that `export_json` makes) as the bytes `decode.rs` reads back.
//!
//! `build.rs` runs this on `plans/billingos.launchplan.json` (it includes this file with
//! `#[path]`), and the tests run it on a plan that fills every field. It knows every field of
//! every type: a field it does not know, or a kind it does not write, stops the build with its
//! name, so nothing in the file is silently left out of the app.
//!
//! The bytes, field by field in the order the model declares them (and `decode.rs` reads them):
//! - a whole number (a length, a year, a stamp, a float's bits): zigzag LEB128, 7 bits a byte;
//! - text (and an ID): its length in bytes, then its UTF-8;
//! - true or false: one byte, 1 or 0; an option: 0 for none, or 1 then the value;
//! - a list: its length, then each element;
//! - a day: year, month and day, as whole numbers;
//! - an enum: one byte for its variant (in the model's order), then the variant's fields.

use serde_json::{Map, Value};

/// The bytes of a plan file: its envelope's header is checked, its plan written.
pub(crate) fn encode_file(file: &Value) -> Vec<u8> {
    let mut envelope = Fields::of(file, "the file");
    match envelope.need("format") {
        Value::String(format) if format == "launchplan" => {}
        other => panic!("the file's format is {other}, not \"launchplan\""),
    }
    // Version 2 only added items' offsets to version 1 (see `formats::json`'s migrations).
    match envelope.need("schema_version").as_u64() {
        Some(1 | 2) => {}
        other => panic!("build.rs writes schema versions 1 and 2, not {other:?}"),
    }
    let mut out = Out(Vec::new());
    plan(&mut out, &envelope.need("plan"));
    out.0
}

/// The fields of one JSON object, taken one by one; any left untaken is an error.
struct Fields {
    map: Map<String, Value>,
    what: &'static str,
}

impl Fields {
    fn of(value: &Value, what: &'static str) -> Fields {
        let Some(map) = value.as_object() else {
            panic!("{what} is not an object: {value}");
        };
        Fields {
            map: map.clone(),
            what,
        }
    }

    /// A field that may be missing (or null, which the JSON reader takes as missing).
    fn get(&mut self, key: &str) -> Option<Value> {
        self.map.remove(key).filter(|v| !v.is_null())
    }

    fn need(&mut self, key: &str) -> Value {
        let what = self.what;
        self.get(key)
            .unwrap_or_else(|| panic!("{what} has no {key:?}"))
    }
}

impl Drop for Fields {
    fn drop(&mut self) {
        if let Some(key) = self.map.keys().next() {
            if !std::thread::panicking() {
                panic!(
                    "build.rs does not encode the field {key:?} of {}",
                    self.what
                );
            }
        }
    }
}

/// The bytes written so far, and how each kind of value is written.
struct Out(Vec<u8>);

impl Out {
    fn byte(&mut self, b: u8) {
        self.0.push(b);
    }

    fn int(&mut self, n: i64) {
        let mut zigzag = ((n << 1) ^ (n >> 63)) as u64;
        while zigzag >= 0x80 {
            self.byte((zigzag as u8) | 0x80);
            zigzag >>= 7;
        }
        self.byte(zigzag as u8);
    }

    fn len(&mut self, n: usize) {
        self.int(i64::try_from(n).expect("a length fits in i64"));
    }

    fn number(&mut self, value: &Value, what: &str) {
        let n = value
            .as_i64()
            .unwrap_or_else(|| panic!("{what} is not a whole number: {value}"));
        self.int(n);
    }

    fn text(&mut self, value: &Value, what: &str) {
        let Some(text) = value.as_str() else {
            panic!("{what} is not text: {value}");
        };
        self.len(text.len());
        self.0.extend_from_slice(text.as_bytes());
    }

    /// Text that may be missing: written as "" when it is (a `#[serde(default)]` String).
    fn text_or_empty(&mut self, value: Option<Value>, what: &str) {
        self.text(&value.unwrap_or_else(|| Value::String(String::new())), what);
    }

    fn bool(&mut self, value: Option<Value>, what: &str) {
        let flag = match value {
            None => false,
            Some(Value::Bool(b)) => b,
            Some(other) => panic!("{what} is not true or false: {other}"),
        };
        self.byte(u8::from(flag));
    }

    fn opt(&mut self, value: Option<Value>, write: impl FnOnce(&mut Out, &Value)) {
        match value {
            None => self.byte(0),
            Some(v) => {
                self.byte(1);
                write(self, &v);
            }
        }
    }

    fn opt_text(&mut self, value: Option<Value>, what: &str) {
        self.opt(value, |out, v| out.text(v, what));
    }

    fn list(&mut self, value: Option<Value>, what: &str, mut write: impl FnMut(&mut Out, &Value)) {
        let items = match value {
            None => Vec::new(),
            Some(Value::Array(items)) => items,
            Some(other) => panic!("{what} is not a list: {other}"),
        };
        self.len(items.len());
        for item in &items {
            write(self, item);
        }
    }

    /// A node's notes: a list of text, empty when missing.
    fn notes(&mut self, f: &mut Fields) {
        self.list(f.get("notes"), "notes", |out, v| out.text(v, "a note"));
    }

    /// A node's ID: every node has one, first.
    fn id(&mut self, f: &mut Fields) {
        self.text(&f.need("id"), "an ID");
    }

    /// A node's stamp, last (0, unknown, when missing).
    fn modified(&mut self, f: &mut Fields) {
        match f.get("modified") {
            None => self.int(0),
            Some(v) => self.number(&v, "a stamp"),
        }
    }

    /// "2026-02-19" as year, month and day.
    fn day(&mut self, value: &Value) {
        let text = value.as_str().unwrap_or_default();
        let parts: Vec<i64> = text
            .split('-')
            .map(|part| part.parse().unwrap_or(-1))
            .collect();
        match parts[..] {
            // A day that is not in the calendar would stop the app at every start (the decoder
            // cannot build it): it stops the build here instead.
            [year, month, day]
                if (0..=9999).contains(&year)
                    && (1..=12).contains(&month)
                    && (1..=days_in_month(year, month)).contains(&day) =>
            {
                self.int(year);
                self.int(month);
                self.int(day);
            }
            _ => panic!("build.rs writes days of the calendar written 2026-02-19, not {value}"),
        }
    }

    fn opt_day(&mut self, value: Option<Value>) {
        self.opt(value, Out::day);
    }

    /// A variant's byte, by its name among `names` (the model's order).
    fn variant(&mut self, name: &str, names: &[&str], what: &str) {
        let Some(i) = names.iter().position(|n| *n == name) else {
            panic!("build.rs does not encode {what} {name:?}");
        };
        self.byte(i as u8);
    }
}

fn plan(out: &mut Out, value: &Value) {
    let f = &mut Fields::of(value, "the plan");
    out.id(f);
    out.text(&f.need("title"), "the plan's title");
    out.opt_text(f.get("subtitle"), "the subtitle");
    facts(
        out,
        &f.get("facts").unwrap_or_else(|| Value::Object(Map::new())),
    );
    out.list(f.get("sections"), "sections", section);
    out.notes(f);
    out.modified(f);
}

fn facts(out: &mut Out, value: &Value) {
    let f = &mut Fields::of(value, "the facts");
    out.opt_day(f.get("written_on"));
    out.opt_day(f.get("launch"));
    out.opt(f.get("launch_within"), period);
    out.opt_day(f.get("last_updated"));
    out.opt_day(f.get("next_review"));
    out.opt_day(f.get("sprint_start"));
}

fn period(out: &mut Out, value: &Value) {
    let f = &mut Fields::of(value, "a period");
    let kind = f.need("kind");
    let kind = kind.as_str().unwrap_or_default();
    out.variant(
        kind,
        &["day", "range", "month", "quarter"],
        "the period kind",
    );
    match kind {
        "day" => out.day(&f.need("date")),
        "range" => {
            out.day(&f.need("start"));
            out.day(&f.need("end"));
        }
        "month" => {
            out.number(&f.need("year"), "a year");
            out.number(&f.need("month"), "a month");
        }
        _ => {
            out.number(&f.need("year"), "a year");
            out.number(&f.need("quarter"), "a quarter");
        }
    }
}

fn section(out: &mut Out, value: &Value) {
    let f = &mut Fields::of(value, "a section");
    out.id(f);
    out.text(&f.need("title"), "a section's title");
    out.list(f.get("blocks"), "blocks", block);
    out.notes(f);
    out.modified(f);
}

/// A block is an object of one field, named for its kind: `{"schedule": {…}}`.
fn block(out: &mut Out, value: &Value) {
    let kinds = [
        "milestones",
        "schedule",
        "decision",
        "metrics",
        "risks",
        "contingencies",
        "communication",
    ];
    let (kind, inner) = match value.as_object() {
        Some(map) if map.len() == 1 => map.iter().next().expect("one field"),
        _ => panic!("a block is not an object of one field: {value}"),
    };
    out.variant(kind, &kinds, "the block kind");
    let write: fn(&mut Out, &Value) = match kind.as_str() {
        "milestones" => milestone_group,
        "schedule" => schedule_group,
        "decision" => decision,
        "metrics" => metric_group,
        "risks" => risk_group,
        "contingencies" => contingency_list,
        _ => comm_channel,
    };
    write(out, inner);
}

fn milestone_group(out: &mut Out, value: &Value) {
    let f = &mut Fields::of(value, "a group of milestones");
    out.id(f);
    out.text(&f.need("title"), "a group's title");
    out.opt(f.get("period"), period);
    out.list(f.get("milestones"), "milestones", milestone);
    out.notes(f);
    out.modified(f);
}

fn milestone(out: &mut Out, value: &Value) {
    let f = &mut Fields::of(value, "a milestone");
    out.id(f);
    out.text(&f.need("title"), "a milestone's title");
    out.opt(f.get("period"), period);
    out.bool(f.get("done"), "a milestone's done");
    out.list(f.get("points"), "points", point);
    out.notes(f);
    out.modified(f);
}

fn point(out: &mut Out, value: &Value) {
    let f = &mut Fields::of(value, "a point");
    out.id(f);
    out.text(&f.need("text"), "a point's text");
    out.modified(f);
}

fn schedule_group(out: &mut Out, value: &Value) {
    let f = &mut Fields::of(value, "a schedule group");
    out.id(f);
    out.text(&f.need("label"), "a group's label");
    out.opt(f.get("period"), period);
    out.opt_text(f.get("aside"), "a group's aside");
    out.list(f.get("items"), "items", item);
    out.list(f.get("days"), "days", day);
    out.notes(f);
    out.modified(f);
}

fn day(out: &mut Out, value: &Value) {
    let f = &mut Fields::of(value, "a day");
    out.id(f);
    out.day(&f.need("date"));
    out.opt_text(f.get("title"), "a day's title");
    out.list(f.get("items"), "items", item);
    out.notes(f);
    out.modified(f);
}

fn item(out: &mut Out, value: &Value) {
    let f = &mut Fields::of(value, "an item");
    out.id(f);
    out.text(&f.need("text"), "an item's text");
    out.bool(f.get("done"), "an item's done");
    out.opt_day(f.get("due"));
    out.opt(f.get("within"), period);
    if let Some(offset) = f.get("offset") {
        panic!("build.rs does not encode an item's offset ({offset}): the default plan has none");
    }
    out.notes(f);
    out.modified(f);
}

fn decision(out: &mut Out, value: &Value) {
    let f = &mut Fields::of(value, "a decision point");
    out.id(f);
    out.opt_day(f.get("date"));
    out.opt(f.get("day_label"), |out, v| out.number(v, "a day label"));
    out.opt_text(f.get("aside"), "a decision's aside");
    out.text(&f.need("title"), "a decision's title");
    out.opt_text(f.get("criteria"), "a decision's criteria");
    out.opt_text(f.get("fallback"), "a decision's fallback");
    out.opt(f.get("outcome"), decision_record);
    out.notes(f);
    out.modified(f);
}

fn decision_record(out: &mut Out, value: &Value) {
    let f = &mut Fields::of(value, "a decision's outcome");
    let outcome = f.need("outcome");
    let names = ["go", "no_go", "fallback"];
    out.variant(outcome.as_str().unwrap_or_default(), &names, "the outcome");
    out.day(&f.need("decided_on"));
    out.text_or_empty(f.get("note"), "an outcome's note");
}

fn metric_group(out: &mut Out, value: &Value) {
    let f = &mut Fields::of(value, "a group of metrics");
    out.id(f);
    out.text(&f.need("title"), "a group's title");
    out.opt_day(f.get("date"));
    out.list(f.get("metrics"), "metrics", metric);
    out.notes(f);
    out.modified(f);
}

fn metric(out: &mut Out, value: &Value) {
    let f = &mut Fields::of(value, "a metric");
    out.id(f);
    out.text(&f.need("text"), "a metric's text");
    out.bool(f.get("done"), "a metric's done");
    out.opt(f.get("target"), target);
    out.opt_text(f.get("actual"), "a metric's actual");
    out.notes(f);
    out.modified(f);
}

fn target(out: &mut Out, value: &Value) {
    let f = &mut Fields::of(value, "a target");
    let comparator = f.need("comparator");
    let names = ["lt", "le", "gt", "ge", "eq"];
    out.variant(
        comparator.as_str().unwrap_or_default(),
        &names,
        "the comparator",
    );
    let number = f.need("value");
    let Some(number) = number.as_f64() else {
        panic!("a target's value is not a number: {number}");
    };
    out.int(number.to_bits() as i64);
    out.text_or_empty(f.get("unit"), "a target's unit");
    out.text_or_empty(f.get("measure"), "a target's measure");
}

fn risk_group(out: &mut Out, value: &Value) {
    let f = &mut Fields::of(value, "a group of risks");
    out.id(f);
    out.text(&f.need("title"), "a group's title");
    let level = f.need("level");
    let names = ["critical", "high", "medium", "low", "unrated"];
    out.variant(level.as_str().unwrap_or_default(), &names, "the risk level");
    out.opt_day(f.get("resolve_by"));
    out.list(f.get("risks"), "risks", risk);
    out.notes(f);
    out.modified(f);
}

fn risk(out: &mut Out, value: &Value) {
    let f = &mut Fields::of(value, "a risk");
    out.id(f);
    out.text(&f.need("text"), "a risk's text");
    out.bool(f.get("resolved"), "a risk's resolved");
    out.notes(f);
    out.modified(f);
}

fn contingency_list(out: &mut Out, value: &Value) {
    let f = &mut Fields::of(value, "a list of contingencies");
    out.id(f);
    out.text(&f.need("title"), "a list's title");
    out.list(f.get("plans"), "plans", contingency);
    out.notes(f);
    out.modified(f);
}

fn contingency(out: &mut Out, value: &Value) {
    let f = &mut Fields::of(value, "a contingency");
    out.id(f);
    out.opt_day(f.get("date"));
    out.text(&f.need("trigger"), "a contingency's trigger");
    out.text_or_empty(f.get("action"), "a contingency's action");
    out.notes(f);
    out.modified(f);
}

fn comm_channel(out: &mut Out, value: &Value) {
    let f = &mut Fields::of(value, "a channel");
    out.id(f);
    out.text(&f.need("audience"), "a channel's audience");
    out.list(f.get("entries"), "entries", comm_entry);
    out.notes(f);
    out.modified(f);
}

fn comm_entry(out: &mut Out, value: &Value) {
    let f = &mut Fields::of(value, "a communication");
    out.id(f);
    out.opt(f.get("when"), cadence);
    out.text(&f.need("text"), "a communication's text");
    out.bool(f.get("done"), "a communication's done");
    out.notes(f);
    out.modified(f);
}

/// "daily", "weekly", "monthly", "ad_hoc", or `{"on": "2026-02-15"}`.
fn cadence(out: &mut Out, value: &Value) {
    let names = ["daily", "weekly", "monthly", "ad_hoc", "on"];
    match value {
        Value::String(word) => out.variant(word, &names[..4], "the cadence"),
        _ => {
            let f = &mut Fields::of(value, "a dated cadence");
            out.variant("on", &names, "the cadence");
            out.day(&f.need("on"));
        }
    }
}

/// The days of month `month` (1-12) of `year`, leap years counted.
fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

//! iCalendar export (RFC 5545): every dated day, decision point, risk deadline and dated
//! communication as an all-day event, with stable UIDs so a re-import updates, not duplicates.

use crate::plan::dates::format_day_with_weekday;
use crate::plan::{Block, Cadence, NodeId, NodeRef, Plan};
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

/// One all-day event.
struct Event {
    uid: String,
    date: NaiveDate,
    summary: String,
    description: String,
}

/// The plan's calendar. `now` (UTC) is the DTSTAMP every event carries.
pub fn export_ics(plan: &Plan, now: NaiveDateTime) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//Launchplan//Launch plan//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", escape(&plan.title)),
    ];
    let stamp = utc(now);
    for event in events(plan) {
        let Some(next) = event.date.succ_opt() else {
            continue;
        };
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", event.uid));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("DTSTART;VALUE=DATE:{}", ymd(event.date)));
        lines.push(format!("DTEND;VALUE=DATE:{}", ymd(next)));
        lines.push(format!("SUMMARY:{}", escape(&event.summary)));
        if !event.description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape(&event.description)));
        }
        lines.push("TRANSP:TRANSPARENT".into());
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold(l)).collect::<Vec<_>>().join("")
}

fn events(plan: &Plan) -> Vec<Event> {
    let uid = |id: &NodeId| format!("{id}@launchplan");
    let mut out = Vec::new();
    if let Some(launch) = plan.facts.launch {
        out.push(Event {
            uid: uid(&NodeId(format!("{}-launch", plan.id))),
            date: launch,
            summary: format!("Launch: {}", plan.title),
            description: String::new(),
        });
    }
    // Every dated node of the plan; a new kind of node must say here whether it is an event.
    plan.for_each_node(|node, parent| match node {
        NodeRef::Day(day) => {
            let title = day
                .title
                .as_ref()
                .map(|t| format!(" — {t}"))
                .unwrap_or_default();
            let group = match parent {
                Some(NodeRef::Block(Block::Schedule(g))) if !g.label.is_empty() => {
                    format!("{}: ", g.label)
                }
                _ => String::new(),
            };
            let items: Vec<String> = day
                .items
                .iter()
                .map(|i| format!("[{}] {}", if i.done { "x" } else { " " }, i.text))
                .collect();
            out.push(Event {
                uid: uid(&day.id),
                date: day.date,
                summary: format!("{group}{}{title}", format_day_with_weekday(day.date)),
                description: items.join("\n"),
            });
        }
        NodeRef::Block(Block::Decision(d)) => {
            if let Some(date) = d.date {
                let mut description = Vec::new();
                description.extend(d.criteria.as_ref().map(|c| format!("Criteria: {c}")));
                description.extend(d.fallback.as_ref().map(|f| format!("Fallback: {f}")));
                description.extend(
                    d.outcome
                        .as_ref()
                        .map(|o| format!("Decided: {} ({})", o.outcome.label(), o.decided_on)),
                );
                out.push(Event {
                    uid: uid(&d.id),
                    date,
                    summary: format!("Decision: {}", d.title),
                    description: description.join("\n"),
                });
            }
        }
        NodeRef::Block(Block::Risks(g)) => {
            if let Some(date) = g.resolve_by {
                let risks: Vec<String> = g
                    .risks
                    .iter()
                    .map(|r| format!("[{}] {}", if r.resolved { "x" } else { " " }, r.text))
                    .collect();
                out.push(Event {
                    uid: uid(&g.id),
                    date,
                    summary: format!("Resolve by today: {}", g.title),
                    description: risks.join("\n"),
                });
            }
        }
        NodeRef::Comm(e) => {
            if let (Some(Cadence::On(date)), Some(NodeRef::Block(Block::Communication(c)))) =
                (&e.when, parent)
            {
                out.push(Event {
                    uid: uid(&e.id),
                    date: *date,
                    summary: format!("{}: {}", c.audience, e.text),
                    description: String::new(),
                });
            }
        }
        NodeRef::Section(_)
        | NodeRef::Block(
            Block::Schedule(_)
            | Block::Milestones(_)
            | Block::Metrics(_)
            | Block::Contingencies(_)
            | Block::Communication(_),
        )
        | NodeRef::Item(_)
        | NodeRef::Milestone(_)
        | NodeRef::Point(_)
        | NodeRef::Metric(_)
        | NodeRef::Risk(_)
        | NodeRef::Contingency(_) => {}
    });
    out
}

fn ymd(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

fn utc(t: NaiveDateTime) -> String {
    format!(
        "{}T{:02}{:02}{:02}Z",
        ymd(t.date()),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// TEXT escaping of RFC 5545 §3.3.11.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets (never inside a UTF-8 character), ended with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::default_plan::default_plan;

    fn ics() -> String {
        let now = NaiveDate::from_ymd_opt(2026, 2, 12)
            .unwrap()
            .and_hms_opt(9, 30, 0)
            .unwrap();
        export_ics(&default_plan().plan, now)
    }

    #[test]
    fn billingos_has_an_event_for_each_day_decision_risk_deadline_and_dated_message() {
        let text = ics();
        // 10 days, 3 decisions, 2 risk deadlines, 3 dated emails and launch day.
        assert_eq!(text.matches("BEGIN:VEVENT").count(), 19);
        assert!(text.contains("DTSTART;VALUE=DATE:20260210\r\nDTEND;VALUE=DATE:20260211\r\n"));
        assert!(text.contains("SUMMARY:Decision: Go/No-Go for Feb 19 launch\r\n"));
        assert!(text.contains("DTSTAMP:20260212T093000Z\r\n"));
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
    }

    #[test]
    fn lines_are_folded_at_75_octets_and_text_is_escaped() {
        let text = ics();
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
        }
        assert_eq!(escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
        let folded = fold(&"é".repeat(60));
        assert!(folded
            .split("\r\n")
            .all(|l| l.len() <= 75 && std::str::from_utf8(l.as_bytes()).is_ok()));
    }

    #[test]
    fn a_calendar_library_reads_it_back() {
        let text = ics();
        let unfolded = icalendar::parser::unfold(&text);
        let calendar = icalendar::parser::read_calendar(&unfolded).expect("valid iCalendar");
        let events: Vec<_> = calendar
            .components
            .iter()
            .filter(|c| c.name == "VEVENT")
            .collect();
        assert_eq!(events.len(), 19);
        let launch = events
            .iter()
            .find(|e| {
                e.find_prop("SUMMARY")
                    .is_some_and(|p| p.val.as_str().starts_with("Launch:"))
            })
            .unwrap();
        assert_eq!(
            launch.find_prop("DTSTART").unwrap().val.as_str(),
            "20260219"
        );
    }
}

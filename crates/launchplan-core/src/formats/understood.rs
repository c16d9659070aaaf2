//! What an import understood of a plan, for the import review: its launch date, its decision
//! points, and how many of its tasks are dated, dated relative to the launch, or undated.

use crate::plan::Plan;
use crate::schedule::gates::gates;
use chrono::NaiveDate;

/// The shape of an imported plan, as the import review states it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Understood {
    pub launch: Option<NaiveDate>,
    pub gates: usize,
    /// Schedule items with a day of their own or their group's.
    pub dated: usize,
    /// Schedule items kept relative to the launch ("T-7d"); dated too once the launch is known.
    pub relative: usize,
    pub undated: usize,
}

impl Understood {
    pub fn of(plan: &Plan) -> Understood {
        let mut out = Understood {
            launch: plan.facts.launch,
            gates: gates(plan).len(),
            ..Understood::default()
        };
        for item in plan.schedule_items() {
            if item.offset.is_some() {
                out.relative += 1;
            } else if item.due.is_some() {
                out.dated += 1;
            } else {
                out.undated += 1;
            }
        }
        out
    }

    /// Whether the review should ask for the launch date: some tasks wait for it to get a day.
    pub fn needs_launch(&self) -> bool {
        self.launch.is_none() && self.relative > 0
    }

    /// "2 decision points; 41 tasks: 30 dated, 8 relative to the launch, 3 undated".
    pub fn summary(&self) -> String {
        let tasks = self.dated + self.relative + self.undated;
        let mut kinds = Vec::new();
        if self.dated > 0 {
            kinds.push(format!("{} dated", self.dated));
        }
        if self.relative > 0 {
            kinds.push(format!("{} relative to the launch", self.relative));
        }
        if self.undated > 0 {
            kinds.push(format!("{} undated", self.undated));
        }
        let mut s = format!(
            "{} decision point{}; {} task{}",
            self.gates,
            plural(self.gates),
            tasks,
            plural(tasks)
        );
        if !kinds.is_empty() {
            s.push_str(": ");
            s.push_str(&kinds.join(", "));
        }
        s
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::markdown_in::import_markdown;

    #[test]
    fn says_what_a_plan_holds_and_whether_it_waits_for_a_launch_date() {
        let plan = import_markdown(
            "# Launch\n\n## T-2 Weeks\n\n- [ ] Book the hall\n- [ ] Go/no-go on the budget\n\n## Later\n\n- [ ] Tidy up (Mar 3, 2026)\n- [ ] Thank everyone\n",
        )
        .plan;
        let understood = Understood::of(&plan);
        assert_eq!(
            understood,
            Understood {
                launch: None,
                gates: 1,
                dated: 1,
                relative: 2,
                undated: 1
            }
        );
        assert!(understood.needs_launch());
        assert_eq!(
            understood.summary(),
            "1 decision point; 4 tasks: 1 dated, 2 relative to the launch, 1 undated"
        );
        let billingos = Understood::of(&crate::default_plan::default_plan().plan);
        assert!(!billingos.needs_launch());
        assert_eq!(billingos.gates, 3);
        assert_eq!(billingos.relative, 0);
    }
}

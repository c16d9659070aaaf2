//! The first visit: the BillingOS plan shown by default says that it is an example, with the two
//! ways to make the page one's own beside it. It goes once the plan is stored (a tick, an edit,
//! another plan opened): a returning visitor sees their own plan and no hint.

use super::clock::{new_id, stamp};
use super::persistence::use_persistence;
use super::state::use_app_state;
use launchplan_core::plan::{Facts, Plan};
use leptos::prelude::*;

/// An empty plan of its own, for "Start a blank plan" here and in the library.
pub(crate) fn blank_plan() -> Plan {
    Plan {
        id: new_id("plan"),
        title: "Untitled plan".into(),
        subtitle: None,
        facts: Facts::default(),
        sections: Vec::new(),
        notes: Vec::new(),
        modified: stamp(),
    }
}

/// "This is an example", with Import your plan and Start a blank plan; shown while the plan is
/// the default one (`example_id`) and nothing has been stored.
#[component]
pub(crate) fn ExampleNotice(example_id: launchplan_core::plan::NodeId) -> impl IntoView {
    let state = use_app_state();
    let persistence = use_persistence();
    // A memo: the notice is rebuilt only when it comes or goes, not on every change of the plan.
    let shown =
        Memo::new(move |_| persistence.revision() == 0 && state.plan.with(|p| p.id == example_id));
    view! {
        {move || shown.get().then(|| view! {
            <div class="example-notice" data-testid="example-notice">
                <p>"This is an example: the BillingOS launch plan. Explore it, or make the page yours."</p>
                <button type="button" on:click=move |_| super::import::open_file_picker()>"Import your plan"</button>
                <button type="button" on:click=move |_| persistence.open_new(state, blank_plan())>"Start a blank plan"</button>
            </div>
        }.into_any())}
    }
}

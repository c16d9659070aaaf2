//! Entry point of the browser build: mounts the app in place of the page's first paint.

fn main() {
    leptos::mount::mount_to_body(launchplan::ui::App);
    launchplan::ui::leave_first_paint();
}

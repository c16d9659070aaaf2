//! Entry point of the browser build: mounts the app in place of the page's first paint.

fn main() {
    launchplan::ui::start_after_first_paint(|| {
        leptos::mount::mount_to_body(launchplan::ui::App);
    });
}
